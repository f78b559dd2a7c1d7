"""Datelines: the patterns wire services and newspapers use, and a year that is never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place", "region", "agency", "date_text", "published"),
    [
        ("BAMAKO, Aug 12 (Reuters) - Mali said.", "Bamako", None, "Reuters", "Aug 12", None),
        ("BAMAKO, Aug. 12 (Reuters) - Mali said.", "Bamako", None, "Reuters", "Aug. 12", None),
        ("NIAMEY (AFP) — Soldiers said.", "Niamey", None, "AFP", None, None),
        ("Ouagadougou, 3 March 2025 — The junta said.", "Ouagadougou", None, None, "3 March 2025", "2025-03-03"),
        ("NIAMEY, Niger (AP) — Soldiers said.", "Niamey", "Niger", "AP", None, None),
        ("BAMAKO, August 12, 2025 (AP) — x", "Bamako", None, "AP", "August 12, 2025", "2025-08-12"),
        ("NIAMEY, 12 août 2025 (AFP) - x", "Niamey", None, "AFP", "12 août 2025", "2025-08-12"),
        ("TIN ZAOUATENE, Mali, July 30 (Reuters) - x", "Tin Zaouatene", "Mali", "Reuters", "July 30", None),
        ("N'DJAMENA, Aug 13 (Sahel Wire) - x", "N'Djamena", None, "Sahel Wire", "Aug 13", None),
        ("**Nairobi, 26 March 2025** – x", "Nairobi", None, None, "26 March 2025", "2025-03-26"),
        ("KYIV — x", "Kyiv", None, None, None, None),
    ],
)
def test_dateline_patterns(
    text: str, place: str, region: str | None, agency: str | None, date_text: str | None, published: str | None
) -> None:
    line = find_dateline(text)
    assert line is not None
    assert (line.place, line.region, line.agency, line.date_text, line.published) == (
        place,
        region,
        agency,
        date_text,
        published,
    )
    assert text.startswith(line.text)


@pytest.mark.parametrize(
    "text",
    [
        "Armed gangs stormed - the village, witnesses said.",
        "Kati - a garrison town - was quiet.",
        "The president said on Monday - and repeated it later.",
        "Mali's junta detained generals.",
        "BAMAKO, yesterday afternoon (Reuters) - x",
        "BAMAKO, Aug 45 (Reuters) - x",
        "",
    ],
)
def test_sentences_are_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "reference", "published"),
    [
        ("BAMAKO, Aug 12 (Reuters) - x", dt.date(2025, 8, 14), "2025-08-12"),
        ("BAMAKO, Aug 12 (Reuters) - x", dt.date(2025, 8, 11), "2025-08-12"),  # a day late: feed clocks drift
        ("BAMAKO, Dec 31 (Reuters) - x", dt.date(2026, 1, 2), "2025-12-31"),  # across new year
        ("BAMAKO, Feb 29 (Reuters) - x", dt.date(2025, 3, 1), None),  # no such day in 2025 or 2024 before it
        ("BAMAKO, Aug 12 (Reuters) - x", None, None),  # no context: no year, not today's
        ("Ouagadougou, 3 March 2025 — x", dt.date(2030, 1, 1), "2025-03-03"),  # a written year wins
    ],
)
def test_year_comes_only_from_a_reference_date(text: str, reference: dt.date | None, published: str | None) -> None:
    line = find_dateline(text, reference)
    assert line is not None
    assert line.published == published
