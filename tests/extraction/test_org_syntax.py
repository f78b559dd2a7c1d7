"""Organisations named by apposition, by a quoted name after "known as", or spelled out before a mixed-case
acronym; and places that are not organisations."""

from __future__ import annotations


def orgs(sheet) -> dict:
    return {o.name: o for o in sheet.organizations}


def test_a_description_and_a_name_set_off_by_commas(extract) -> None:
    sheet = extract("The main opposition party, Umoja, says 300 people were killed in Kenya.")
    assert orgs(sheet)["Umoja"].kind == "party"


def test_a_state_utility_set_off_by_commas(extract) -> None:
    sheet = extract("The state utility, Nelec, has been loss-making for years in Niger.")
    assert "Nelec" in orgs(sheet)


def test_groups_known_by_quoted_names(extract) -> None:
    sheet = extract('In Mexico, the two factions - known as "Los Pinos" and "La Sierra" - have fought since 2024.')
    found = orgs(sheet)
    assert found["Los Pinos"].kind == found["La Sierra"].kind == "armed-group"


def test_a_quoted_name_needs_a_group_noun(extract) -> None:
    sheet = extract('In Mexico, a hill known as "El Cerro" overlooks the town.')
    assert "El Cerro" not in orgs(sheet)


def test_a_hyphenated_name_spelled_by_a_mixed_case_acronym(extract) -> None:
    sheet = extract("The camps belonged to the Harkat-ul-Mujahideen (HuM) group in Pakistan, India said.")
    assert "HuM" in orgs(sheet)["Harkat-ul-Mujahideen"].aliases


def test_an_app_named_after_its_description(extract) -> None:
    assert "Signal" in orgs(extract("Organisers in Nepal voted on the chat app Signal on Friday."))


def test_and_the_joins_two_bodies_not_one_name(extract) -> None:
    sheet = extract("In Madagascar, the National Assembly and the Electoral Review Board approved the move.")
    assert not any(" and the " in name for name in orgs(sheet))
