"""People named after a role's "of" phrase, with initials after a title, or in the possessive."""

from __future__ import annotations


def names(sheet) -> set[str]:
    return {p.name for p in sheet.people}


def test_a_role_with_an_of_phrase_before_a_name_set_off_by_commas(extract) -> None:
    sheet = extract("An official of the Kisumu county administration, Peter Otieno Wafula, was injured in Kenya.")
    assert "Peter Otieno Wafula" in names(sheet)


def test_initials_open_a_name_after_a_title(extract) -> None:
    sheet = extract("Protesters in Nepal surrounded the home of Prime Minister RK Thapa Magar on Monday.")
    assert "RK Thapa Magar" in names(sheet)


def test_a_name_in_the_possessive_before_a_noun_only_a_person_owns(extract) -> None:
    sheet = extract("The unit had opened the way for Joseph Rakotomalala's rise to power in Madagascar.")
    assert "Joseph Rakotomalala" in names(sheet)


def test_an_of_phrase_does_not_make_a_place_a_person(extract) -> None:
    sheet = extract("The head of the mission in Mali, Bamako, said nothing.")
    assert "Bamako" not in names(sheet)


def test_a_person_something_happens_to(extract) -> None:
    sheet = extract("Protests followed the death in custody of Leila Rahimi in Iran.")
    assert "Leila Rahimi" in names(sheet)


def test_a_name_after_an_age(extract) -> None:
    sheet = extract("In Nepal, relatives cremated 19-year-old Ram Bahadur Thapa on Wednesday.")
    assert "Ram Bahadur Thapa" in names(sheet)


def test_a_title_naming_its_office_before_the_name(extract) -> None:
    sheet = extract("UN High Commissioner for Human Rights Anna Keller called on Iran to halt executions.")
    assert "Anna Keller" in names(sheet)
    assert "Rights Anna Keller" not in names(sheet)


def test_a_country_that_is_also_a_given_name_opens_a_name(extract) -> None:
    sheet = extract("Palestinians fled the camp. Defence Minister Israel Levy said troops would stay.")
    assert "Israel Levy" in names(sheet)
    assert "ISR" not in {c.code for c in sheet.countries}
