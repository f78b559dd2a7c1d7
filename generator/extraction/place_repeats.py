"""Names the gazetteer lacks (or holds only as a small town abroad) that the story places: "fighting reached
Luvungi", "the guns in Masisi", "moved across X".

A capitalised name after a place-only preposition or verb of movement and conquest is most likely a place
when it closes the phrase ("the guns in Masisi,", "fled towards X, the worker said"): the people and
organisations of the story are blocked before, so what stays is a place unless the word before the
preposition takes other objects ("a stake in X", "believed in X", "served in X": places.yaml
`not_before_in`). The place is taken to be in the story's main country, with no coordinates.
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
    r"(?<![\w-])(?P<cue>(?i:in|near|outside|around|towards|toward|inside|from|across|beyond|along)|reached|"
    rf"entered|captured|seized|retook|recaptured|overran|shelled)\s+(?:the\s+)?(?P<name>{_WORD}(?:{_JOIN}{_WORD})?)"
    # "along the Line of Control": a name followed by "of" and a capital goes on
    r"(?![\w'’-])(?!\s+of\s+(?:the\s+)?[A-Z])"
    # the name ends the phrase ("near the X hall": X only describes the hall)
    r"(?=\s*[,.;:)!?\"”]|\s*$|\s+(?:and|or|on|in|at|to|from|for|with|after|before|since|until|by|near|of|into|"
    r"is|was|are|were|has|had|have|where|which|that|when|while|as|but|late|early|last|next|this|the|a|overnight|"
    r"yesterday|today|again|amid|despite|under|without|through|towards|toward|"
    r"crossing|border|area|town|village|district|region|province|county)\b)"
)
# "marched from X towards the parliament": a route's start is a place; "from" alone may open anything
_ROUTE = re.compile(r"^\s+(?:to|towards|toward)\s")


def located_names(
    sentences: list[Sentence],
    hits: list[PlaceHit],
    blocked: list[tuple[int, int]],
    primary: str | None,
    is_candidate: Callable[[str], bool],
    not_before_in: frozenset[str] = frozenset(),
) -> list[PlaceHit]:
    """Place hits for unlisted names the story places: after a place preposition (not after a word that takes
    other objects, `not_before_in`), or as the start of a route ("from X to Y")."""
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
            before = sentence.text[: match.start()]
            if _takes_other_objects(before, not_before_in) or _common_noun(name) or _in_headline(sentence.text, match):
                continue
            if name in known or overlaps(start, end, taken) or not is_candidate(name):
                continue
            found.setdefault(name, []).append((sentence, match))
    out = []
    for name, places in found.items():
        entry = GazetteerEntry(name, primary, "city")
        for sentence, match in places:
            start = sentence.start + match.start("name")
            mention = Mention(start, start + len(name), name, f"{name}|{primary}", "place", sentence.index)
            out.append(PlaceHit(mention, entry, "city", False))
    return out


def _takes_other_objects(before: str, not_before_in: frozenset[str]) -> bool:
    """Whether the word before the preposition takes people, firms or ideas after it ("a stake in", "believed
    in", "served in")."""
    last = re.search(r"([\w'’-]+)\s*$", before)
    if not last:
        return False
    return last.group(1).lower() in not_before_in


def _common_noun(name: str) -> bool:
    """ "interested in Marxism", "worked in Intelligence": an English noun's ending, not a place's."""
    return " " not in name and bool(
        re.search(r"(?:ism|ist|ists|tion|sion|ence|ance|ment|ness|ship|ity|ogy|ics|form)$", name)
    )


def _in_headline(text: str, match: re.Match[str]) -> bool:
    """Whether the match stands on a line whose longer words are mostly capitalised, as in a headline or subhead
    ("Life in Exile")."""
    line = text[text.rfind("\n", 0, match.start()) + 1 :].split("\n", 1)[0].strip()
    if re.match(r"[-*•]\s", line) or re.search(r"[.!?;:\"”]$", line):
        return False  # a list item or a sentence: "- Clashes in Kamanyola", "Fighting spread to Uvira."
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", line)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) > 0.6 * len(words)
