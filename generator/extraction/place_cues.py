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
from .place_records import GazetteerEntry, PlaceHit
from .text import Mention, Sentence, phrase_pattern

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
# "X, north-east of Y", "X, just south of the border": only places lie in a direction from another
_DIRECTION_OF = re.compile(
    r"^,\s+(?:(?:just|some|about|immediately|due|further|farther)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?[A-Z]"
)
# "an area known as the X", "a region called X": a kind word names what follows
_KNOWN_AS = re.compile(
    r"\b(?:area|region|zone|district|neighbourhood|neighborhood|village|town|territory|enclave|strip|triangle|"
    r"corridor|pocket)s?\s+(?:known|called|named|dubbed)(?:\s+locally)?\s+(?:as\s+)?(?:the\s+)?$"
)
# one to three capitalised words: "Kap Choeng" in "the Phanom Dong Rak and Kap Choeng districts"
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# "In X, a cluster of farming households outside Y": an apposition that places the name by another place
_APPOSED_NEAR = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,6}?(?:outside|near|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?[A-Z]"
)
# a preposition of place, or a verb of movement or conquest ("seized X in Y territory")
_LOCATIVE = re.compile(
    r"\b(?:(?i:in|near|outside|from|towards|toward)|seized|captured|recaptured|retook|overran|entered|reached)\s+"
    r"(?:the\s+)?$"
)


# "Statement | Rights Monitor (RM), Nairobi | For immediate release", "Summary prepared by the X research team,
# London": a report's credit line says where its authors sit, not where the story is
_CREDIT_LINE = re.compile(
    r"^[^.!?]*(?:\s\|\s[^.!?]*,\s+[A-Z][\w'’ -]+(?:\s\||$)|\b(?:prepared|compiled|issued|produced|written)\s+by\b"
    r"[^.!?]*,\s+[A-Z][\w'’ -]+$)"
)


def is_credit_line(text: str) -> bool:
    """Whether a sentence is a report's credit line, ending with where its authors are based."""
    return bool(_CREDIT_LINE.match(text.strip()))


class PlaceCues:
    """Cue patterns from places.yaml, compiled once."""

    def __init__(
        self,
        cues: dict[str, Any],
        countries: CountryIndex,
        places_of: Callable[[str], set[str]],
        known_of: Callable[[str], bool] = lambda _name: False,
    ) -> None:
        self._countries = countries
        self._places_of = places_of
        self._known_of = known_of
        """Whether a name is a region or a sizeable town of the gazetteer."""
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
            rf"^(?:,\s+{_NAME})*,?\s+and\s+{_NAME}\s+"
            rf"(?:{'|'.join(cues['region_after'] + cues['plural_after'])})s?\b"
        )
        # "the town of X", also with one or two describing words: "the desert town of X"
        kinds = "|".join(cues["unlisted_kinds"])
        self._unlisted = re.compile(
            rf"(?:(?:{phrase_pattern(cues['unlisted_before']).pattern})"
            rf"|\b(?i:the|a)\s+(?:[a-z][a-z-]+\s+){{1,2}}(?:{kinds})\s+of)\s+$",
            re.IGNORECASE,
        )
        # "a woman from X told ...", "said a teacher in X": an unnamed source placed by the name
        self._origin = re.compile(
            r"\b(?:a|an|the|one|two|three|four|five|several|many|some)\s+(?:[a-z][\w-]*\s+){0,2}"
            rf"(?:{'|'.join(cues['origin_nouns'])})\s+(?:from|in)\s+$"
        )
        self._facilities = frozenset(cues["not_after"])
        self.not_before_in = frozenset(cues["not_before_in"])
        """Words that take other objects than places after "in" ("a stake in X"): place_repeats.py."""
        self._feature_first = frozenset(cues["features"]["first"])
        self._streets = frozenset(cues["features"]["streets"])
        self._feature_of = frozenset(cues["features"]["of_names"])
        self._feature_last = frozenset(w for w in cues["features"]["last"] if w[:1].isupper())
        lower = [w for w in cues["features"]["last"] if w[:1].islower()]
        self._feature_after = re.compile(rf"^\s+(?P<word>{'|'.join(lower)})\b")
        followers = "|".join(cues["features"]["followers"])
        self._feature_end = re.compile(rf"^(?:\s*(?:[,.;:)\"“”]|$)|\s+(?:{followers})\b)")

    def unlisted(
        self, name: str, before: str, after: str, listed_kind: str | None, seen: dict[str, str] | None = None
    ) -> tuple[str, str] | None:
        """(name, kind) of a name the gazetteer lacks when its words make it a place, else None; `seen` holds the
        places the story named before ("from X in Y", Y placed earlier)."""
        if name.split()[-1] in self._facilities:
            return None  # "the Litoral Penitentiary in Guayaquil": a building, not a place of its own
        feature = self._feature_after.match(after)
        words = name.split()
        named_feature = len(words) > 1 and (
            words[0] in self._feature_first
            or words[-1] in self._feature_last
            or (words[0] in self._feature_of and words[1] == "of")  # "the Gulf of Aden", not the ship "Sea Lantern"
        )
        # "the town's main market on the East-West Highway stayed shut": a road's name needs no closing word
        street = len(words) > 1 and words[-1] in self._streets and not re.match(r"^\s+[A-Z]", after)
        if street or (
            (feature or named_feature) and self._feature_end.match(after[feature.end() :] if feature else after)
        ):
            # "the Ruzizi plain": the feature word is part of the name
            return (f"{name} {feature.group('word')}" if feature else name), "region"
        joint = re.match(rf"^\s+and\s+({_NAME})(?=\s+\w)", after)
        if joint and self.region_after.match(after[joint.end() :]):
            return f"{name} and {joint.group(1)}", "region"  # "Sistan and Baluchestan province": one region's name
        if self.region_after.match(after) or self.pair_after.match(after):
            city = re.match(r"^(?:,\s+\S+)*,?\s+(?:and\s+\S+\s+)?(?:district|commune|town|village)", after)
            return name, "city" if city else "region"
        if self._unlisted.search(before):
            return name, "region" if self.kind_before["region"].search(before) else "city"
        if listed_kind:
            return name, listed_kind
        if self._origin.search(before) and re.match(r"\s*[,.;:)]|\s*$|\s+(?:told|said|says|who)\b", after):
            return name, "city"  # "a woman from X told", "a teacher in X."
        if _KNOWN_AS.search(before):
            return name, "region"  # "a contested area known as the X"
        if (
            self._city_after.match(after)
            or _DISTANCE.match(after)
            or _DIRECTION_OF.match(after)
            or _APPOSED_TOWN.match(after)
        ):
            return name, "city"  # "in Nasir town", "X, about 60 km west of Y", "X, north of Y", "X, the capital"
        if _LOCATIVE.search(before) and (
            self.country_after(after, seen)
            or self._in_named_region(after)
            or _APPOSED_NEAR.match(after)
            or self._in_known_place(after, seen)
        ):
            return name, "city"  # "in Akobo in neighbouring Jonglei State", "seized X in Y territory"
        return None

    def unlisted_hit(
        self, sentence: Sentence, match: re.Match[str], primary: str, listed_kind: str | None, hits: list[PlaceHit]
    ) -> PlaceHit | None:
        """The hit of a name the gazetteer lacks when its words make it a place; its country is the one of the
        place it is said to lie in, of a demonym or possessive before it, or the story's main one."""
        if hits and hits[-1].mention.end > sentence.start + match.start():
            return None  # "Baluchestan" inside "Sistan and Baluchestan", already taken whole
        # "Indian-administered Kashmir's Baramulla district": the name starts after its owner's possessive
        owner = re.match(r"^.*['’]s\s+(?=[A-Z])", match.group())
        cut = match.start() + (owner.end() if owner else 0)
        before, after = sentence.text[:cut], sentence.text[match.end() :]
        seen = {h.mention.text: h.entry.country for h in hits}  # "the X area of Gambella", Gambella placed before
        found = self.unlisted(sentence.text[cut : match.end()], before, after, listed_kind, seen)
        if found is None:
            return None
        name, kind = found
        country = self.country_after(after, seen) or self.country_before(before) or primary
        start = sentence.start + cut
        mention = Mention(start, start + len(name), name, f"{name}|{country}", "place", sentence.index)
        return PlaceHit(mention, GazetteerEntry(name, country, kind), kind, False)

    def _in_known_place(self, after: str, seen: dict[str, str] | None) -> bool:
        """Whether the name is set off by a comma before a place the story placed or a sizeable one ("in Kariakoo,
        Dar es Salaam"), the way news gives a neighbourhood its town."""
        match = re.match(r"^,\s+([A-Z][\w'’-]+(?:\s+(?:es\s+)?[A-Z][\w'’-]+){0,2})", after)
        # the place ends the phrase, or is named with its kind word ("in Javanrud, Kermanshah province")
        ends = match and (
            re.match(r"\s*[,.;:)]|\s*$", after[match.end() :]) or self.region_after.match(after[match.end() :])
        )
        return bool(match and ends and (match.group(1) in (seen or {}) or self._known_of(match.group(1))))

    def _in_named_region(self, after: str) -> bool:
        """Whether the text goes on to say the name lies in a region it names ("..., in Rugari territory")."""
        region = re.match(r"^,?\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s)", after)
        return bool(region and self.region_after.match(after[region.end() :]))

    def country_after(self, after: str, seen: dict[str, str] | None = None) -> str | None:
        """The country of the known place a name is said to lie in ("the village of X in Batken region",
        "the X area of Gambella"); `seen` holds the places the story named before, with their countries."""
        match = re.match(
            # "in Ukhiya and Teknaf, in Cox's Bazar district": the place a pair of names lies in
            r"^(?:\s+and\s+[A-Z][\w'’-]+)?(?:,?\s+in|\s+(?:area|district|region|province|county|part)\s+of|"
            # "X, north-east of Ramallah": the town a name is placed from
            r",\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+"
            r"(?:the\s+)?"
            r"(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?"
            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})",
            after,
        )
        if not match or match.group(1).split()[0] in _CALENDAR:
            return None
        words = match.group(1).split()
        names = [" ".join(words[:size]) for size in range(len(words), 0, -1)]  # longest first
        countries = next((found for n in names if (found := self._places_of(n))), set())
        if not countries and seen:
            countries = {seen[n] for n in names if n in seen}
        return next(iter(countries)) if len(countries) == 1 else None

    @staticmethod
    def labelled(before: str, after: str) -> bool:
        """Whether a name is the bold label of a report's list item ("- **Arusha:** 19 deaths", "**Gao (Gao
        region):**"): reports list their findings place by place."""
        return bool(re.fullmatch(r"\s*(?:[-*•]\s+)?\*\*", before) and re.match(r"^(?:\s+\([^)]{1,40}\))?:\*\*", after))

    def stated_countries(self, after: str) -> tuple[str, ...]:
        """The country codes the text gives right after a name: "Kharkiv, Ukraine." or "Abidjan in Ivory Coast"."""
        comma = re.match(r"^,\s+([A-Z][\w'’ -]+?)(?=[,.;]|$)", after)
        if comma and (codes := self._countries.lookup(comma.group(1))):
            return codes
        inside = re.match(r"^\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])", after)
        if not inside:
            return ()
        return self._countries.lookup(inside.group(1)) or self._countries.lookup(inside.group(1).split()[0])

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
