"""The countries a story's places lie in, for stories that never (or only in passing) name their own country.

A local outlet writes "in Arequipa ... in Lima" and never says "Peru"; a story names India once but every town it
places is in Bangladesh. The gazetteer places found on a first reading say where the story is: a country with
several of them (or its capital among them) is one of the story's countries, and the one most of them lie in is
where a name the gazetteer lacks belongs.
"""

from __future__ import annotations

from collections import Counter

from .place_records import GazetteerEntry, PlaceHit

_MAJOR_CITY = 1_000_000
_MIN_NAMES = 3
"""Distinct gazetteer places that make a country the story's, when its capital is not among them."""


def place_weights(known: list[PlaceHit]) -> Counter[str]:
    """Country code -> how many distinct gazetteer places of the story lie there."""
    return Counter(country for _, country in {(h.entry.name, h.entry.country) for h in known})


def story_countries(known: list[PlaceHit]) -> set[str]:
    """Countries the story's gazetteer places make its own: three places there, or two with the capital."""
    weights = place_weights(known)
    with_capital = {h.entry.country for h in known if h.capital}
    return {c for c, n in weights.items() if n >= _MIN_NAMES or (n >= 2 and c in with_capital)}


def main_country(known: list[PlaceHit], primary: str | None) -> str | None:
    """The country a place the gazetteer lacks belongs to: the story's main country, unless its gazetteer places
    say otherwise (another country is the story's by them, with more than twice as many as the main one)."""
    weights = place_weights(known)
    if not weights:
        return primary
    top, count = weights.most_common(1)[0]
    if primary is None:
        return top if top in story_countries(known) else None
    if top != primary and top in story_countries(known) and weights.get(primary, 0) * 2 < count:
        return top
    return primary


def pick_entry(
    entries: list[GazetteerEntry], kind: str | None, countries: set[str], weights: Counter[str]
) -> GazetteerEntry | None:
    """The record meant: in a country of the article (the one most of its places lie in, by `weights`), of the
    kind the text says, primary name, most populous."""
    if not entries:
        return None
    best = max(
        entries,
        key=lambda e: (
            e.country in countries,
            weights[e.country],  # "Faridpur" is the one in the country the story's places lie in
            e.kind == kind,
            e.primary,
            e.population,
            e.country,
        ),
    )
    major = max(entries, key=lambda e: e.population)
    if (
        kind != "region"
        and major.country != best.country
        and major.population >= max(_MAJOR_CITY, 20 * best.population)
    ):
        return major  # "Paris" is the French capital even in a story that names the United States
    return best
