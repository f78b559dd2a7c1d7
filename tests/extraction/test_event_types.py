"""PLOVER and ACLED typing of events, from the category and trigger mapping in event_types.yaml."""

from __future__ import annotations

import pytest

from generator.extraction.event_types import EventType, EventTyper


def test_category_default_and_trigger_override(lexicon) -> None:
    typer = EventTyper(lexicon.event_types, lexicon.plover)
    assert typer.type_of("arrest", "detained") == EventType("COERCE", "arrest", "Strategic developments", "Arrests")
    assert typer.type_of("attack", "Drone strikes") == EventType(
        "ASSAULT", None, "Explosions/Remote violence", "Air/drone strike"
    )
    assert typer.type_of("attack", "car bomb").plover_mode == "explosives"
    assert typer.type_of("protest", "marched").plover_mode == "demo"
    assert typer.type_of("deployment", "deployed").plover_mode == "troops"
    assert typer.type_of("sanction", "cut diplomatic ties") == EventType("SANCTION", "sever")
    assert typer.type_of("withdrawal", "quit") == EventType("SANCTION", "withdraw", "Strategic developments", "Other")
    assert typer.type_of("statement", "said") == EventType()


def test_unknown_plover_type_is_refused(lexicon) -> None:
    with pytest.raises(ValueError, match=r"categories.arrest: unknown PLOVER type 'ARREST'"):
        EventTyper({"categories": {"arrest": {"plover": "ARREST"}}, "triggers": {}}, lexicon.plover)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"plover": "COERCE", "mode": "seize"}, r"triggers.x: 'seize' is no PLOVER mode of COERCE; expected one of: "),
        ({"plover": "AGREE", "mode": "sign"}, r"'sign' is no PLOVER mode of AGREE; expected one of: $"),
        ({"mode": "arrest"}, r"'arrest' is no PLOVER mode of None; expected one of: none without a type"),
    ],
)
def test_unknown_plover_mode_is_refused(lexicon, entry: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EventTyper({"categories": {}, "triggers": {"x": entry}}, lexicon.plover)


def test_the_ontology_file_holds_the_sixteen_plover_types(lexicon) -> None:
    assert len(lexicon.plover) == 16
    assert lexicon.plover["COERCE"][-2:] == ("deport", "withhold")
    assert "REQUEST" in lexicon.plover and "DEMAND" not in lexicon.plover
    assert lexicon.plover["AGREE"] == ()


def test_every_type_and_mode_in_the_mapping_is_a_known_plover_one(lexicon) -> None:
    typer = EventTyper(lexicon.event_types, lexicon.plover)
    used = [(t.plover, t.plover_mode) for t in typer.all_types() if t.plover]
    assert used  # the mapping is not empty
    for kind, mode in used:
        assert kind in lexicon.plover
        assert mode is None or mode in lexicon.plover[kind], (kind, mode)
    assert {m for _, m in used if m} >= {"arrest", "abduct", "explosives", "demo", "troops", "sever", "withdraw"}


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


def test_new_trigger_words_are_typed(lexicon) -> None:
    typer = EventTyper(lexicon.event_types, lexicon.plover)
    assert typer.type_of("attack", "missiles hit").acled_sub_event_type == "Shelling/artillery/missile attack"
    assert typer.type_of("attack", "assassinated") == EventType(
        "ASSAULT", "assassinate", "Violence against civilians", "Attack"
    )
    assert typer.type_of("battle", "overran").acled_sub_event_type == "Non-state actor overtakes territory"
    assert typer.type_of("withdrawal", "expulsion") == EventType("SANCTION", "expel", "Strategic developments", "Other")
    assert typer.type_of("other", "visited") == EventType("CONSULT", "visit")
    assert typer.type_of("other", "deported") == EventType("COERCE", "deport")
    assert typer.type_of("protest", "took to the streets").plover_mode == "demo"


def test_a_trigger_given_another_category_by_its_context_takes_that_category_s_types(extract) -> None:
    [event] = extract("The energy group suspended a $20 billion gas project near the port.").events
    assert (event.type, event.plover) == ("withdrawal", "RETREAT")
    [event] = extract("Rebels accuse the army of shelling villages.").events
    assert (event.type, event.plover) == ("statement", "ACCUSE")
