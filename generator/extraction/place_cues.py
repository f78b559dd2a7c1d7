"""The words around a name that make it a place, and the kind and country they give a name the gazetteer lacks.

Compiled once from places.yaml. A gazetteer name needs a cue before it is taken (places.py judges it); a name
the gazetteer lacks needs a stronger one: a kind word ("the town of X", "the X district", "X, the provincial
capital"), a natural feature ("the Ruzizi plain"), a place it is said to lie in ("in X in Jonglei State"),
a distance ("X, about 60 km west of Y") or a compound that only places form ("the X-based institute").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .countries import CountryIndex
from .text import phrase_pattern

DIRECTION = r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west)(?:ern)?\s+)"
# ", the provincial capital", ", a small farming village": an apposition that says what a name is
APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?P<what>town|city|village|capital|region|province|hub|port|commune|"
    r"locality|district)\b"
)
# an apposition that ends at its kind word ("X, the district capital."), not "X, the town's mayor"
_APPOSED_TOWN = re.compile(
    APPOSITION.pattern
    + r"(?=\s*[,.;:)]|\s*$|\s+(?:of|in|on|near|about|some|where|which|that|close|and|just|outside|along|north|south|"
    r"east|west|north-east|north-west|south-east|south-west)\b)"
)
# "X, about 60 km west of Y", "X, 30 kilometres from the border": only places lie at a distance
_DISTANCE = re.compile(
    r"^,\s+(?:(?:about|some|around|roughly|nearly|just|barely|only|less\s+than|more\s+than)\s+)?\d[\d,.]*\s*"
    r"(?:-\s*)?(?:km|kilometres|kilometers|miles)\b"
)
# a preposition of place, or a verb of movement or conquest ("seized X in Y territory")
_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|from|towards|toward|seized|captured|recaptured|retook|overran|entered|reached)\s+"
    r"(?:the\s+)?$"
)


class PlaceCues:
    """Cue patterns from places.yaml, compiled once."""

    def __init__(self, cues: dict[str, Any], countries: CountryIndex, places_of: Callable[[str], set[str]]) -> None:
        self._countries = countries
        self._places_of = places_of
        self.before = re.compile(
            rf"(?:\b(?:{'|'.join(cues['before'])})\s+)(?:the\s+)?(?:{DIRECTION}|(?-i:[a-z][a-z-]+)\s+)?$",
            re.IGNORECASE,
        )
        self.kind_before = {
            kind: re.compile(rf"(?:{phrase_pattern(phrases).pattern})\s+{DIRECTION}?$", re.IGNORECASE)
            for kind, phrases in cues["kind_before"].items()
        }
        self.region_after = re.compile(rf"^\s+(?:{'|'.join(cues['region_after'])})\b", re.IGNORECASE)
        self._city_after = re.compile(rf"^\s+(?:{'|'.join(cues['city_after'])})\b(?!\s+(?:hall|council|centre|center))")
        # "the Yopougon and Cocody districts", "in Nasir, Ulang and Longochuk counties": a list before a kind word
        self.pair_after = re.compile(
            rf"^(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+"
            rf"(?:{'|'.join(cues['region_after'] + cues['plural_after'])})s?\b"
        )
        # "the town of X", also with one or two describing words: "the desert town of X"
        kinds = "|".join(cues["unlisted_kinds"])
        self._unlisted = re.compile(
            rf"(?:(?:{phrase_pattern(cues['unlisted_before']).pattern})"
            rf"|\b(?i:the|a)\s+(?:[a-z][a-z-]+\s+){{1,2}}(?:{kinds})\s+of)\s+$",
            re.IGNORECASE,
        )
        self._facilities = frozenset(cues["not_after"])
        self._feature_first = frozenset(cues["features"]["first"])
        self._feature_of = frozenset(cues["features"]["of_names"])
        self._feature_last = frozenset(w for w in cues["features"]["last"] if w[:1].isupper())
        lower = [w for w in cues["features"]["last"] if w[:1].islower()]
        self._feature_after = re.compile(rf"^\s+(?P<word>{'|'.join(lower)})\b")
        followers = "|".join(cues["features"]["followers"])
        self._feature_end = re.compile(rf"^(?:\s*(?:[,.;:)\"“”]|$)|\s+(?:{followers})\b)")

    def unlisted(self, name: str, before: str, after: str, listed_kind: str | None) -> tuple[str, str] | None:
        """(name, kind) of a name the gazetteer lacks when its words make it a place, else None."""
        if name.split()[-1] in self._facilities:
            return None  # "the Litoral Penitentiary in Guayaquil": a building, not a place of its own
        feature = self._feature_after.match(after)
        words = name.split()
        named_feature = len(words) > 1 and (
            words[0] in self._feature_first
            or words[-1] in self._feature_last
            or (words[0] in self._feature_of and words[1] == "of")  # "the Gulf of Aden", not the ship "Sea Lantern"
        )
        if (feature or named_feature) and self._feature_end.match(after[feature.end() :] if feature else after):
            # "the Ruzizi plain": the feature word is part of the name
            return (f"{name} {feature.group('word')}" if feature else name), "region"
        if self.region_after.match(after) or self.pair_after.match(after):
            city = re.match(r"^(?:,\s+\S+)*,?\s+(?:and\s+\S+\s+)?(?:district|commune|town|village)", after)
            return name, "city" if city else "region"
        if self._unlisted.search(before):
            return name, "region" if self.kind_before["region"].search(before) else "city"
        if listed_kind:
            return name, listed_kind
        if self._city_after.match(after) or _DISTANCE.match(after) or _APPOSED_TOWN.match(after):
            return name, "city"  # "in Nasir town", "X, about 60 km west of Y", "X, the provincial capital"
        if _LOCATIVE.search(before) and (self.country_after(after) or self._in_named_region(after)):
            return name, "city"  # "in Akobo in neighbouring Jonglei State", "seized X in Y territory"
        return None

    def _in_named_region(self, after: str) -> bool:
        """Whether the text goes on to say the name lies in a region it names ("..., in Rugari territory")."""
        region = re.match(r"^,?\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s)", after)
        return bool(region and self.region_after.match(after[region.end() :]))

    def country_after(self, after: str, seen: dict[str, str] | None = None) -> str | None:
        """The country of the known place a name is said to lie in ("the village of X in Batken region",
        "the X area of Gambella"); `seen` holds the places the story named before, with their countries."""
        match = re.match(
            # "in Ukhiya and Teknaf, in Cox's Bazar district": the place a pair of names lies in
            r"^(?:\s+and\s+[A-Z][\w'’-]+)?(?:,?\s+in|\s+(?:area|district|region|province|county|part)\s+of)\s+"
            r"(?:the\s+)?"
            r"(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?"
            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
            after,
        )
        if not match or match.group(1).split()[0] in _CALENDAR:
            return None
        first = match.group(1).split()[0]
        countries = self._places_of(match.group(1)) or self._places_of(first)
        if not countries and seen:
            countries = {seen[n] for n in (match.group(1), first) if n in seen}
        return next(iter(countries)) if len(countries) == 1 else None

    def country_before(self, before: str) -> str | None:
        """The country a demonym, possessive or modifier gives the place right after it ("the Tajik enclave of
        X", "Ethiopia's X region", "the U.S. X")."""
        match = re.search(r"\b([A-Z][\w'’-]+)\s+[a-z]+\s+of\s+$", before)
        if match and self._countries.is_demonym(match.group(1)):
            codes = self._countries.lookup(match.group(1))
            return codes[0] if len(codes) == 1 else None
        owner = re.search(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+$", before)
        # "the U.S. Gulf Coast": a country named right before the place, as its modifier
        modifier = re.search(r"\bthe\s+([A-Z][\w.'’-]+)\s+$", before)
        named = owner or modifier
        codes = self._countries.lookup(named.group(1)) if named else ()
        return codes[0] if len(codes) == 1 else None


_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
