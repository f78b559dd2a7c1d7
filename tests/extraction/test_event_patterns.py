"""Events told in patterns of news syntax: section headings, requests, rebuttals, acts of office, executions."""

from __future__ import annotations


def typed(sheet) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in sheet.events]


def test_a_bold_section_heading_tells_no_event(extract) -> None:
    sheet = extract("**Arrests and curfews**\n\nPolice detained 14 students in Lomé on Monday.")
    assert [e.type for e in sheet.events] == ["arrest"]
    assert sheet.events[0].evidence.text.startswith("Police detained")


def test_a_short_line_of_its_own_is_a_heading(extract) -> None:
    sheet = extract("Police detained 14 students in Lomé on Monday.\n\nSanctions\n\nThe bloc met in Abuja.")
    assert "sanction" not in [e.type for e in sheet.events]


def test_calls_on_is_a_request_by_the_caller(extract) -> None:
    sheet = extract("The Sahel Watch group calls on the authorities to free the detained reporters.")
    statements = [e for e in sheet.events if e.type == "statement"]
    assert len(statements) == 1
    assert statements[0].plover == "REQUEST"


def test_a_rebuttal_told_in_passing_is_a_statement(extract) -> None:
    sheet = extract(
        "Monitors counted 300 dead in the first week, a figure the interior ministry has dismissed as inflated."
    )
    statements = [e for e in sheet.events if e.type == "statement"]
    assert [s.plover for s in statements] == ["REJECT"]
    sheet = extract("The opposition says 40 people died; the government rejected the figure as invented.")
    assert sum(e.type == "statement" for e in sheet.events) == 2


def test_dismissing_someone_is_no_rebuttal(extract) -> None:
    sheet = extract("The president dismissed his finance minister on Tuesday.")
    assert all(e.type != "statement" for e in sheet.events)


def test_acts_of_office_and_state_are_other_events(extract) -> None:
    sheet = extract("The interior minister resigned on Sunday, and the cabinet lifted the ban on social media.")
    assert [(e.type, e.plover) for e in sheet.events] == [("other", "RETREAT"), ("other", "CONCEDE")]
    sheet = extract("Guinea closed its border with Sierra Leone on Friday.")
    assert [e.type for e in sheet.events] == ["other"]
    sheet = extract("The envoys met behind closed doors in Accra.")
    assert all(e.type != "other" for e in sheet.events)


def test_judicial_executions_are_other_not_attacks(extract) -> None:
    sheet = extract("Two men were hanged in Evin prison on Tuesday after a court convicted them of spying.")
    assert "attack" not in [e.type for e in sheet.events]
    assert "other" in [e.type for e in sheet.events]
    sheet = extract("Militants executed five villagers near Mopti on Sunday, and their bodies were burned.")
    assert [e.type for e in sheet.events][:1] == ["attack"]


def test_property_burned_is_an_attack(extract) -> None:
    sheet = extract("More than 40 fuel tankers have been burned on the road to Kayes since June.")
    assert [e.type for e in sheet.events] == ["attack"]


def test_witnesses_named_by_their_town_only_vouch_for_the_facts(extract) -> None:
    sheet = extract("Residents of Kati, a garrison town, said gunmen torched three trucks on Sunday.")
    assert [e.type for e in sheet.events] == ["attack"]


def test_said_it_would_act_is_the_act_to_come(extract) -> None:
    sheet = extract("The foreign minister said the two governments would start talks in Geneva.")
    assert typed(sheet) == [("other", "planned")]


def test_a_toll_dated_that_day_is_the_toll_of_the_event_told(extract) -> None:
    sheet = extract("Police fired on marchers in Conakry on Monday. Nine people were killed that day.")
    assert [e.type for e in sheet.events] == ["attack"]


def test_calling_an_act_something_is_an_assessment(extract) -> None:
    sheet = extract('The opposition called the detentions "a crime against the constitution".')
    assert [e.type for e in sheet.events][:1] == ["statement"]
    sheet = extract("He is serving ten years on charges his lawyers call invented.")
    assert "statement" in [e.type for e in sheet.events]


def test_calling_that_names_or_acts_is_no_assessment(extract) -> None:
    for text in (
        'The separatists fight for a homeland they call "Ambazonia".',
        "A militia called Ansar raided the village.",
        "The so-called national dialogue opened in Niamey.",
    ):
        assert "statement" not in [e.type for e in extract(text).events], text


def test_naming_someone_to_an_office_is_an_appointment(extract) -> None:
    sheet = extract("On Sunday the junta leader named Amara Kone, a banker, as prime minister.")
    assert [(e.type, e.status) for e in sheet.events] == [("appointment", "reported")]
    for text in (
        "A diplomat who asked not to be named said a militia named Ansar had grown.",
        "The square was named after a general who died in 1990.",
    ):
        assert "appointment" not in [e.type for e in extract(text).events], text


def test_a_shooting_told_in_a_participle_is_an_attack(extract) -> None:
    sheet = extract("Residents described a boy shot near the market in Arusha on Friday.")
    assert [e.type for e in sheet.events] == ["attack"]


def test_asking_someone_to_act_is_a_request(extract) -> None:
    sheet = extract("Mali has asked the United Nations to withdraw its peacekeepers.")
    assert [(e.type, e.plover) for e in sheet.events][:1] == [("statement", "REQUEST")]
    sheet = extract("A diplomat who asked not to be named said talks had stalled.")
    assert all(e.plover != "REQUEST" for e in sheet.events)


def test_a_definite_nominal_with_a_count_of_its_own_is_a_new_event(extract) -> None:
    sheet = extract(
        "Police arrested the opposition leader in Lomé on Monday. "
        "Monitors have since confirmed the arrest of at least 40 other activists."
    )
    assert [e.type for e in sheet.events].count("arrest") == 2


def test_a_relative_clause_in_the_perfect_inside_a_request_is_done(extract) -> None:
    sheet = extract("The agency calls on Chad not to return refugees who have crossed the border from Sudan.")
    assert ("other", "reported") in typed(sheet)


def test_what_a_denial_clause_tells_is_negated(extract) -> None:
    sheet = extract("The government denied on Friday that its soldiers had crossed the border into Togo.")
    assert ("other", "negated") in typed(sheet)
    assert ("other", "reported") not in typed(sheet)


def test_services_restored_are_an_other_event(extract) -> None:
    sheet = extract("Internet access was cut on the day of the vote and only partly restored on Monday.")
    assert "other" in [e.type for e in sheet.events]


def test_an_end_asked_for_tells_no_fighting(extract) -> None:
    sheet = extract("The African Union urged an end to the fighting around Goma.")
    assert [e.type for e in sheet.events] == ["statement"]


def test_a_dashed_line_of_its_own_is_a_heading(extract) -> None:
    sheet = extract(
        "Police detained 14 students in Lomé on Monday.\n\n- Fighting in the north -\n\nThe bloc met in Abuja."
    )
    assert "battle" not in [e.type for e in sheet.events]


def test_a_masthead_split_by_bars_tells_no_event(extract) -> None:
    sheet = extract(
        "Statement | Sahel Rights Watch, Dakar | Arrests must stop\n\nPolice detained 14 students on Monday."
    )
    assert [e.type for e in sheet.events] == ["arrest"]
    assert sheet.events[0].evidence.text.startswith("Police")
