"""Known towns inside compounds: "the Beirut-based institute", "the Maiduguri-Damaturu highway", "the Tunisian
capital"."""

from __future__ import annotations

import re
from collections.abc import Callable

from .countries import CountryIndex
from .place_records import GazetteerEntry, PlaceHit
from .text import Mention, Sentence, overlaps

Pick = Callable[[str, str | None, set[str]], GazetteerEntry | None]
"""The gazetteer record a name means: (name, kind, story countries) -> entry."""

# "the Tunisian capital": a demonym and "capital" with no name after them
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+(?P<demonym>[A-Z][\w'’-]+)\s+capital\b(?!,?\s+(?:city\s+)?(?:of\s+)?[A-Z])")
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
    """The two towns of a road named after them ("the Maiduguri-Damaturu highway", "the Ol Kalou-Nyahururu
    road"), when both are known."""
    if not _ROAD_AFTER.match(sentence.text[match.end() :]) or "-" not in match.group():
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


def capital_by_demonym(
    sentence: Sentence,
    blocked: list[tuple[int, int]],
    countries: CountryIndex,
    capital_of: dict[str, str],
    pick: Pick,
) -> list[PlaceHit]:
    """ "the Tunisian capital" (with no name after it) is that country's capital city."""
    hits = []
    for match in _DEMONYM_CAPITAL.finditer(sentence.text):
        codes = countries.lookup(match["demonym"])
        if len(codes) != 1 or not countries.is_demonym(match["demonym"]) or codes[0] not in capital_of:
            continue
        entry = pick(capital_of[codes[0]], "city", {codes[0]})
        start, end = sentence.start + match.start("demonym"), sentence.start + match.end()
        if entry is None or overlaps(end - len("capital"), end, blocked):  # the demonym is a country mention
            continue
        key = f"{entry.name}|{entry.country}"
        mention = Mention(
            start, end, match.group()[match.start("demonym") - match.start() :], key, "place", sentence.index
        )
        hits.append(PlaceHit(mention, entry, "city", True))
    return hits


def possessed_place(
    sentence: Sentence,
    match: re.Match[str],
    blocked: list[tuple[int, int]],
    countries: tuple[set[str], str | None],
    pick: Pick,
    owned: re.Pattern[str],
    capitals: set[tuple[str, str]],
) -> list[PlaceHit] | None:
    """A town named in the possessive before a noun only a place owns ("Goma's mayor", "Kavumu's residents").

    `countries` holds the story's countries, and the country a name the gazetteer lacks goes to (None when it
    may be no place). None when the name is not in such a possessive; else its hit, if it is a place.
    """
    possessive = re.search(r"['’]s$", match.group())
    if not possessive or not owned.match(sentence.text[match.start() + possessive.start() :]):
        return None
    article_countries, unlisted = countries
    name = match.group()[: possessive.start()]
    start = sentence.start + match.start()
    if overlaps(start, start + len(name), blocked):
        return []
    entry = pick(name, "city", article_countries)
    if entry is not None and entry.country not in article_countries and entry.population < _KNOWN_TOWN:
        entry = None  # a small namesake abroad: the story's own town the gazetteer lacks
    if entry is None and unlisted:
        entry = GazetteerEntry(name, unlisted, "city")
    if entry is None:
        return []
    mention = Mention(start, start + len(name), name, f"{entry.name}|{entry.country}", "place", sentence.index)
    return [PlaceHit(mention, entry, "city", entry.kind == "city" and (entry.name, entry.country) in capitals)]


def territories(sentence: Sentence, pattern: re.Pattern[str] | None, pick: Pick) -> list[PlaceHit]:
    """Territories the text names like a country ("the West Bank", "the Gaza Strip"): they count as a mention of
    that country (countries.yaml) and are a place of the story too (places.yaml `regions`)."""
    hits: list[PlaceHit] = []
    for match in pattern.finditer(sentence.text) if pattern else ():
        entry = pick(match.group(), "region", set())
        if entry is None:
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        mention = Mention(start, end, match.group(), f"{entry.name}|{entry.country}", "place", sentence.index)
        hits.append(PlaceHit(mention, entry, "region", False))
    return hits


def territory_pattern(regions: list[str], countries: CountryIndex) -> re.Pattern[str] | None:
    """The curated regions the country index also knows as a country's name ("West Bank" for Palestine)."""
    names = sorted((n for n in regions if countries.lookup(n)), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])") if names else None
