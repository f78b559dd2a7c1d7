"""Which time dates an event when its sentence has several, and time expressions that name a part of a period."""

from __future__ import annotations

import datetime as dt

from generator.extraction.dates import TimeFinder, resolve_anaphora
from generator.extraction.text import Sentence

PUBLISHED = dt.date(2025, 8, 12)  # a Tuesday


def times(text: str) -> list[tuple[str, str | None]]:
    sentence = Sentence(0, 0, len(text), text, 0)
    return [(v.text, v.value) for t in resolve_anaphora(TimeFinder().find(sentence, PUBLISHED)) for v in t.values]


def dated(sheet, kind: str) -> list[str | None]:
    return [e.date.value for e in sheet.events if e.type == kind]


def test_the_end_of_last_year_is_its_last_month() -> None:
    assert times("Some 20,000 people had fled by the end of last year.") == [("by the end of last year", "2024-12")]
    assert times("Prices have doubled since the start of last year.") == [("since the start of last year", "2024-01")]
    # this year's end may still be ahead: it stays the year
    assert times("The mission ends by the end of the year.") == [("by the end of the year", "2025")]


def test_within_hours_opening_a_sentence_is_the_day_told_last() -> None:
    assert times("The court ruled on 4 August. Within hours, crowds filled the streets.") == [
        ("on 4 August", "2025-08-04"),
        ("Within hours", "2025-08-04"),
    ]


def test_the_early_hours_of_a_day_date_the_act(extract) -> None:
    sheet = extract("In the early hours of Saturday, militants attacked a police post near the river.")
    assert dated(sheet, "attack") == ["2025-08-09"]


def test_a_named_day_outranks_overnight_in_one_clause(extract) -> None:
    # the night is the one of the day the clause names, not the night before publication
    sheet = extract("Police detained 40 students overnight at the central station on Friday.")
    assert dated(sheet, "arrest") == ["2025-08-08"]


def test_overnight_alone_stays_the_night_before_publication(extract) -> None:
    sheet = extract("Police detained 40 students overnight.")
    assert dated(sheet, "arrest") == ["2025-08-11/2025-08-12"]


def test_a_span_of_days_across_months_is_one_range() -> None:
    assert times("Between 2 June and 9 July, 4,000 people arrived.") == [
        ("Between 2 June and 9 July", "2025-06-02/2025-07-09")
    ]
    assert times("Some 900 were held from May 3 to June 1, 2024.") == [
        ("from May 3 to June 1, 2024", "2024-05-03/2024-06-01")
    ]
    # with no year, the latest such span ending by publication; one still to come is the next
    assert times("Shelters were full between 20 December and 5 January.") == [
        ("between 20 December and 5 January", "2024-12-20/2025-01-05")
    ]
    assert times("Voting will run from 3 November to 6 December.") == [
        ("from 3 November to 6 December", "2025-11-03/2025-12-06")
    ]
