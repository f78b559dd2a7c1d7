"""Relations between countries and organisations."""

from __future__ import annotations


def relations(sheet) -> set[tuple[str, str, str]]:
    return {(r.source, r.target, r.kind) for r in sheet.relations}


def test_distancing_colonial_past_and_military_ties(extract) -> None:
    sheet = extract(
        "The junta has sought to distance Niger from its former colonial ruler France, "
        "forging closer military ties with Russia."
    )
    assert relations(sheet) == {
        ("Niger", "France", "distancing"),
        ("Niger", "France", "former-colonial-ruler"),
        ("Niger", "Russia", "military-cooperation"),
    }


def test_successor(extract) -> None:
    sheet = extract("Fighters of the Wagner Group, now operating as Africa Corps, guard the mines.")
    assert relations(sheet) == {("Wagner Group", "Africa Corps", "successor")}


def test_withdrawal_of_several_members(extract) -> None:
    sheet = extract("Mali, Burkina Faso and Niger quit ECOWAS in January.")
    assert relations(sheet) == {
        ("Mali", "ECOWAS", "withdrawal"),
        ("Burkina Faso", "ECOWAS", "withdrawal"),
        ("Niger", "ECOWAS", "withdrawal"),
    }


def test_sanctions_and_alliance(extract) -> None:
    sheet = extract(
        "The European Union imposed new sanctions on Belarus. Mali and Niger formed a defence alliance in 2023."
    )
    assert relations(sheet) == {
        ("European Union", "Belarus", "sanctions"),
        ("Mali", "Niger", "alliance"),
    }


def test_no_relation_between_merely_co_mentioned_countries(extract) -> None:
    assert extract("Officials from Kenya and Ethiopia attended the summit in Addis Ababa.").relations == ()
