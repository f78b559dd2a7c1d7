"""Text the way wires, newspapers and NGOs write it: datelines, country variants, unnamed sources, quotes."""

from __future__ import annotations

import pytest


def test_dateline_place_is_a_place_and_its_date_dates_nothing(extract) -> None:
    sheet = extract("NIAMEY, June 3 (Reuters) - Soldiers arrested a former minister, officials said.", "2025-06-03")
    (niamey,) = sheet.places
    assert (niamey.name, niamey.country, niamey.capital) == ("Niamey", "NER", True)
    (arrest,) = [e for e in sheet.events if e.type == "arrest"]
    assert arrest.date.value is None
    assert "Reuters" in {o.name for o in sheet.organizations}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Ivory Coast will hold elections in October.", "CIV"),
        ("Fighting continued in eastern DRC this week.", "COD"),
        ("Officials in the US said talks would resume.", "USA"),
        ("The rebels used a Turkish-made drone.", "TUR"),
    ],
)
def test_country_variants(extract, body: str, code: str) -> None:
    assert [c.code for c in extract(body).countries] == [code]


def test_unnamed_sources_are_speakers_not_people(extract) -> None:
    sheet = extract(
        "“We had no ammunition left and no reinforcements came,” one officer told reporters.\n"
        "“Nobody went to vote,” said a member of the National Transition Council."
    )
    assert sheet.people == ()
    assert [q.speaker for q in sheet.quotes] == ["one officer", "a member of the National Transition Council"]


def test_quote_said_by_the_sentence_subject(extract) -> None:
    sheet = extract("The army said in a statement that it had killed “scores of terrorists” near the border.")
    assert [(q.speaker, q.text, q.cue) for q in sheet.quotes] == [("The army", "scores of terrorists", "said")]


def test_triggers_inside_quotes_are_not_events(extract) -> None:
    sheet = extract("“They are arresting anyone who dares to speak,” said Koffi Yao, a youth leader.")
    assert [e.type for e in sheet.events] == ["statement"]


def test_trailing_attribution_is_no_statement_event(extract) -> None:
    sheet = extract("Rebels attacked the town of Djibo on Sunday, residents said.")
    assert [e.type for e in sheet.events] == ["attack"]


def test_capital_needs_no_cue_and_places_continue_a_list(extract) -> None:
    sheet = extract("M23 rebels seized the cities of Goma and Bukavu in eastern DRC, a charge Kigali denies.")
    assert {p.name: (p.country, p.capital) for p in sheet.places} == {
        "Goma": ("COD", False),
        "Bukavu": ("COD", False),
        "Kigali": ("RWA", True),
    }


def test_election_ahead_of_publication_resolves_forward(extract) -> None:
    sheet = extract("Tension rose ahead of the October 25 presidential election.", "2025-10-08")
    (election,) = [e for e in sheet.events if e.type == "election"]
    assert (election.date.text, election.date.value) == ("October 25", "2025-10-25")


def test_dates_without_publication_keep_their_text_only(extract) -> None:
    sheet = extract("Rebels attacked the town of Djibo last Monday.", None)
    (attack,) = sheet.events
    assert (attack.date.text, attack.date.value) == ("last Monday", None)


def test_last_monday_resolves_before_publication(extract) -> None:
    # 2025-08-12 is a Tuesday. A writer who means the day before says "on Monday" or "yesterday", so "last Monday"
    # is the Monday of the week before; "last Tuesday" is a week before; "last Sunday" two days before.
    sheet = extract(
        "Rebels attacked the town of Djibo last Monday. Police arrested two men last Tuesday. "
        "Soldiers killed a herder last Sunday."
    )
    assert [(e.type, e.date.value) for e in sheet.events] == [
        ("attack", "2025-08-04"),
        ("arrest", "2025-08-05"),
        ("attack", "2025-08-10"),
    ]


def test_headings_and_bylines_with_a_city_are_not_story(extract) -> None:
    sheet = extract("# Mass arrests in Amhara\n\nBy Fatoumata Camara in Conakry\n\nThe talks ended without a deal.")
    assert [e.type for e in sheet.events] == ["other"]
    assert sheet.places == ()
    assert sheet.people == ()
