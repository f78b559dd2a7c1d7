"""PLOVER and ACLED typing of events, from the category and trigger mapping in event_types.yaml."""

from __future__ import annotations

import pytest

from generator.extraction.event_types import EventType, EventTyper


def test_category_default_and_trigger_override(lexicon) -> None:
    typer = EventTyper(lexicon.event_types)
    assert typer.type_of("arrest", "detained") == EventType("COERCE", "arrest", "Strategic developments", "Arrests")
    assert typer.type_of("attack", "Drone strikes") == EventType(
        "ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike"
    )
    assert typer.type_of("sanction", "cut diplomatic ties") == EventType("SANCTION", "withdraw")
    assert typer.type_of("statement", "said") == EventType()


def test_unknown_plover_type_is_refused() -> None:
    with pytest.raises(ValueError, match=r"categories.arrest: unknown PLOVER type 'ARREST'"):
        EventTyper({"categories": {"arrest": {"plover": "ARREST"}}, "triggers": {}})


def test_extracted_events_carry_their_types(extract) -> None:
    sheet = extract("Police arrested the opposition leader in Bamako on Monday. Rebels captured the town of Kidal.")
    arrest, battle = sheet.events
    assert (arrest.type, arrest.plover, arrest.plover_mode) == ("arrest", "COERCE", "arrest")
    assert (arrest.acled_event_type, arrest.acled_sub_event_type) == ("Strategic developments", "Arrests")
    assert (battle.type, battle.plover, battle.acled_sub_event_type) == (
        "battle",
        "ASSAULT",
        "Non-state actor overtakes territory",
    )
