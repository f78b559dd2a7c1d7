"""Known towns inside hyphenated compounds: "the Beirut-based institute", "the Maiduguri-Damaturu highway"."""

from __future__ import annotations

import re
from collections.abc import Callable

from .place_records import GazetteerEntry, PlaceHit
from .text import Mention, Sentence, overlaps

Pick = Callable[[str, str | None, set[str]], GazetteerEntry | None]
"""The gazetteer record a name means: (name, kind, story countries) -> entry."""

_ROAD_AFTER = re.compile(r"^\s+(?:highway|road|route|axis|corridor|railway)\b")
_KNOWN_TOWN = 100_000


def based_in(
    sentence: Sentence,
    match: re.Match[str],
    blocked: list[tuple[int, int]],
    article_countries: set[str],
    pick: Pick,
    plain: Callable[[str], bool],
    capitals: set[tuple[str, str]],
) -> PlaceHit | None:
    """The known town of an "X-based" compound ("a researcher at the Beirut-based ... Institute")."""
    based = re.match(r"(?P<name>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)-based\b", match.group())
    if not based or not plain(based["name"]):
        return None
    entry = pick(based["name"], "city", article_countries)
    start = sentence.start + match.start()
    end = start + len(based["name"])
    if entry is None or overlaps(start, end, blocked):
        return None
    if entry.country not in article_countries and entry.population < _KNOWN_TOWN:
        return None  # a small namesake abroad: the text means a town the gazetteer lacks
    mention = Mention(start, end, based["name"], f"{entry.name}|{entry.country}", "place", sentence.index)
    capital = entry.kind == "city" and (entry.name, entry.country) in capitals
    return PlaceHit(mention, entry, entry.kind, capital)


def road_ends(
    sentence: Sentence,
    match: re.Match[str],
    blocked: list[tuple[int, int]],
    article_countries: set[str],
    pick: Pick,
    plain: Callable[[str], bool],
) -> list[PlaceHit]:
    """The two towns of a road named after them ("the Maiduguri-Damaturu highway"), when both are known."""
    if not _ROAD_AFTER.match(sentence.text[match.end() :]) or "-" not in match.group() or " " in match.group():
        return []
    hits = []
    offset = match.start()
    for part in match.group().split("-"):
        entry = pick(part, "city", article_countries) if plain(part) else None
        start = sentence.start + offset
        offset += len(part) + 1
        if entry is None or entry.country not in article_countries or overlaps(start, start + len(part), blocked):
            return []
        mention = Mention(start, start + len(part), part, f"{entry.name}|{entry.country}", "place", sentence.index)
        hits.append(PlaceHit(mention, entry, entry.kind, False))
    return hits
