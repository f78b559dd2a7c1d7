"""Names listed with a place the story has placed: "blocked at Chala, Atico and Ocoña", "localities including
Um Kadada, Melit and El Fasher". A list of bare names that holds a known place is a list of places; the names
the gazetteer lacks are taken as places of the same kind in the same country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .person_patterns import LOWER, UPPER
from .place_compounds import Pick
from .place_records import GazetteerEntry, PlaceHit
from .text import Mention, Sentence, overlaps

_NAME = rf"(?:(?:al|el|as|ad|ar)-)?[{UPPER}][\w'’-]*[{LOWER}](?:\s+[{UPPER}][\w'’-]*[{LOWER}]){{0,2}}"
# three or more names, or two joined by "and"/"or", standing as one phrase: closed by punctuation or a small word
_LIST = re.compile(
    rf"(?<![\w'’-])(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME})"
    r"(?=\s*[,.;:)!?\"“”]|\s*$|\s+(?:in|on|at|to|from|for|with|where|which|that|when|while|as|were|was|are|is|have|had|"
    r"has|since|after|before|until|during|last|this|districts?|provinces?|regions?|towns?|villages?|areas?)\b)"
)
_PARTS = re.compile(rf"{_NAME}")
# "in Kimara, Mbezi and Ubungo": three or more bare names after a preposition of place
_LOCATIVE_BEFORE = re.compile(r"\b(?i:in|near|around|across|outside)\s+$")
_MIN_LOCATED = 3


def listed_places(
    sentences: list[Sentence],
    hits: list[PlaceHit],
    blocked: list[tuple[int, int]],
    is_candidate: Callable[[str], bool],
    pick: Pick,
) -> list[PlaceHit]:
    """Place hits for names the gazetteer lacks, listed with a name the story places elsewhere."""
    by_name = {h.mention.text: h for h in hits}
    taken = blocked + [(h.mention.start, h.mention.end) for h in hits]
    out: list[PlaceHit] = []
    for sentence in sentences:
        for match in _LIST.finditer(sentence.text):
            parts = [
                (sentence.start + match.start("list") + p.start(), p.group())
                for p in _PARTS.finditer(match.group("list"))
            ]
            known = [by_name[name] for _, name in parts if name in by_name]
            if not known:
                continue
            like = known[0]
            for start, name in parts:
                end = start + len(name)
                if name in by_name or overlaps(start, end, taken):
                    continue
                # a gazetteer name counts when it has a record in the country of the place it is listed with
                known_entry = pick(name, like.kind, {like.entry.country})
                if known_entry is not None and known_entry.country == like.entry.country:
                    entry = known_entry
                elif is_candidate(name):
                    entry = GazetteerEntry(name, like.entry.country, like.kind)
                else:
                    continue
                mention = Mention(start, end, name, f"{entry.name}|{entry.country}", "place", sentence.index)
                out.append(PlaceHit(mention, entry, like.kind, False))
    return out


def located_lists(
    sentences: list[Sentence],
    hits: list[PlaceHit],
    blocked: list[tuple[int, int]],
    primary: str | None,
    is_candidate: Callable[[str], bool],
) -> list[PlaceHit]:
    """Towns of the story's main country the gazetteer lacks, listed three or more after "in" or "near".

    One name after "in" may be anything; a list of bare names there is a list of places (countries, people and
    organisations are found first and block theirs).
    """
    if not primary:
        return []
    taken = blocked + [(h.mention.start, h.mention.end) for h in hits]
    out: list[PlaceHit] = []
    for sentence in sentences:
        for match in _LIST.finditer(sentence.text):
            if not _LOCATIVE_BEFORE.search(sentence.text[: match.start("list")]):
                continue
            parts = [
                (sentence.start + match.start("list") + p.start(), p.group())
                for p in _PARTS.finditer(match.group("list"))
            ]
            if len(parts) < _MIN_LOCATED or not all(is_candidate(name) for _, name in parts):
                continue
            if any(overlaps(start, start + len(name), taken) for start, name in parts):
                continue
            for start, name in parts:
                mention = Mention(start, start + len(name), name, f"{name}|{primary}", "place", sentence.index)
                out.append(PlaceHit(mention, GazetteerEntry(name, primary, "city"), "city", False))
    return out
