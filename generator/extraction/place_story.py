"""The countries a story's places lie in, for stories that never (or only in passing) name their own country.

A local outlet writes "in Arequipa ... in Lima" and never says "Peru"; a story names India once but every town it
places is in Bangladesh. The gazetteer places found on a first reading say where the story is: a country with
several of them (or its capital among them) is one of the story's countries, and the one most of them lie in is
where a name the gazetteer lacks belongs.
"""

from __future__ import annotations

import re
from collections import Counter

from .place_records import GazetteerEntry, PlaceHit

_MAJOR_CITY = 1_000_000
_KNOWN_TOWN = 100_000
_TOWN = 5_000
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


def unnamed_setting(known: list[PlaceHit], primary: str | None) -> PlaceHit | None:
    """The first gazetteer place of the country the story's places make its main one, when that is not `primary`."""
    main = main_country(known, primary)
    if main is None or main == primary:
        return None
    return next(h for h in known if h.entry.country == main)


def opens_own_name(hit: PlaceHit, next_word: str, article_countries: set[str], kind_after: re.Pattern[str]) -> bool:
    """Whether a known name opening a longer capitalised run is the place meant: not a namesake abroad ("the
    annex of Cerro Rico"), nor a village opening a longer village name ("Ban Khok Sa"), unless a kind word follows
    ("Djibo Province")."""
    small = hit.entry.kind == "city" and hit.entry.population < _KNOWN_TOWN
    return hit.entry.country in article_countries and (not small or bool(kind_after.match(f" {next_word}")))


def sole_namesake(entries: list[GazetteerEntry], entry: GazetteerEntry) -> bool:
    """Whether no other region or town shares the entry's name (villages abroad do not make it ambiguous)."""
    return {(e.name, e.country) for e in entries if e.kind == "region" or e.population >= _TOWN} <= {
        (entry.name, entry.country)
    }
