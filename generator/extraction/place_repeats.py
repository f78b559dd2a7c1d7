"""Names the gazetteer lacks that the story keeps placing: "reached Luvungi ... fighting in Luvungi".

A capitalised name after a place-only preposition or verb of movement and conquest is most likely a place;
once is weak evidence (so many words follow "in"), twice is strong, and "near X" or "outside X" alone is
enough. The place is taken to be in the story's main country, with no coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bylines import is_byline
from .person_patterns import LOWER, UPPER
from .place_index import PARTICLE
from .place_records import GazetteerEntry, PlaceHit
from .text import Mention, Sentence, overlaps

_WORD = rf"[{UPPER}][\w'’-]*[{LOWER}]"
# "Nioro du Sahel", "Dar es Salaam": a lower-case particle binds two words into one name
_JOIN = rf"\s+(?:{PARTICLE}\s+)?"
_LOCATED = re.compile(
    r"(?<![\w-])(?P<cue>(?i:in|near|outside|around|towards|toward|inside|from)|reached|entered|captured|seized|retook|"
    rf"recaptured|overran|shelled)\s+(?:the\s+)?(?P<name>{_WORD}(?:{_JOIN}{_WORD})?)(?![\w'’-])"
    # the name ends the phrase ("near the X hall": X only describes the hall)
    r"(?=\s*[,.;:)!?\"”]|\s*$|\s+(?:and|or|on|in|at|to|from|for|with|after|before|since|until|by|near|of|into|"
    r"is|was|are|were|has|had|have|where|which|that|when|while|as|but|late|early|last|next|this|the|a|overnight|"
    r"yesterday|today|again|amid|despite|under|without|through|towards|toward|"
    r"crossing|border|area|town|village|district|region|province|county)\b)"
)
_STRONG_CUES = frozenset({"near", "outside", "Near", "Outside"})
# "marched from X towards the parliament": a route's start is a place; "from" alone may open anything
_ROUTE = re.compile(r"^\s+(?:to|towards|toward)\s")


def located_names(
    sentences: list[Sentence],
    hits: list[PlaceHit],
    blocked: list[tuple[int, int]],
    primary: str | None,
    is_candidate: Callable[[str], bool],
) -> list[PlaceHit]:
    """Place hits for unlisted names placed twice in the story, or once after "near" or "outside" or as the start
    of a route ("from X to Y")."""
    if not primary:
        return []
    known = {h.mention.text for h in hits} | {h.entry.name for h in hits}
    taken = blocked + [(h.mention.start, h.mention.end) for h in hits]
    found: dict[str, list[tuple[Sentence, re.Match[str]]]] = {}
    for sentence in sentences:
        if is_byline(sentence.text):
            continue
        for match in _LOCATED.finditer(sentence.text):
            name = match["name"]
            start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
            route = bool(_ROUTE.match(sentence.text[match.end("name") :]))
            if match["cue"].lower() == "from" and not route:
                continue
            if name in known or overlaps(start, end, taken) or not is_candidate(name):
                continue
            found.setdefault(name, []).append((sentence, match))
    out = []
    for name, places in found.items():
        if len(places) < 2 and not any(
            m["cue"] in _STRONG_CUES or m["cue"].lower() == "from" or _in_then_time(s, m) for s, m in places
        ):
            continue
        entry = GazetteerEntry(name, primary, "city")
        for sentence, match in places:
            start = sentence.start + match.start("name")
            mention = Mention(start, start + len(name), name, f"{name}|{primary}", "place", sentence.index)
            out.append(PlaceHit(mention, entry, "city", False))
    return out


def _in_then_time(sentence: Sentence, match: re.Match[str]) -> bool:
    """ "killed in X on Tuesday", "in X last week": a name between "in" and a time is where something happened."""
    return match["cue"] == "in" and bool(
        re.match(r"\s+(?:on|last|this|late|early|overnight|earlier|yesterday)\b", sentence.text[match.end("name") :])
    )
