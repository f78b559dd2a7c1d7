"""Trimming a capitalised run to the organisation name it holds, and checking an acronym against a name.

A run of capitalised words is often more than a name: "However, the National Assembly", "Interior Cabinet
Secretary Jane Doe" (a title opens a person's name), "Jane Doe's Orange Democratic Movement" (a possessor
owns the name). The plural or collective possessives that names do carry ("Workers' Party", "People's
Liberation Front") stay.
"""

from __future__ import annotations

import re
from collections.abc import Collection

Token = tuple[int, str]
"""A word of a run and its offset in the sentence."""

_POSSESSIVE = re.compile(r"\w['’]s$")
_COLLECTIVE = frozenset({"People's", "People’s", "Women's", "Women’s", "Children's", "Children’s", "Men's", "Men’s"})


def cut_at_title(tokens: list[Token], titles: Collection[str]) -> list[Token]:
    """The words before a title inside the run: 'National Assembly Speaker Jane Doe' -> 'National Assembly'."""
    words = [w for _, w in tokens]
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        if any(rest == t or rest.startswith(f"{t} ") for t in titles if t[:1] == words[i][:1]):
            return tokens[:i]
    return tokens


def cut_after_possessor(tokens: list[Token], heads: Collection[str]) -> list[Token]:
    """The words after a possessor that owns a whole name: "Kenya's Independent Electoral Commission"."""
    for i, (_, word) in enumerate(tokens[:-2]):
        rest = [w for _, w in tokens[i + 1 :]]
        if _POSSESSIVE.search(word) and word not in _COLLECTIVE and any(w in heads for w in rest):
            return tokens[i + 1 :]
    return tokens


def cut_before_of(tokens: list[Token], heads: Collection[str]) -> list[Token]:
    """The name after "X of the" when X is a common noun a sentence opened with: "Supporters of the Awami League"
    -> "Awami League"; a head noun keeps its "of" ("Bank of England", "Office of the High Commissioner")."""
    words = [w for _, w in tokens]
    if len(words) > 3 and words[1] == "of" and words[0] not in heads:
        rest = 3 if words[2] in ("the", "The") else 2
        if any(w in heads for w in words[rest:]):
            return tokens[rest:]
    return tokens


def initials_fit(acronym: str, words: list[str]) -> bool:
    """Whether an acronym abbreviates the words: it opens with their first letter, and its letters follow
    in order through the name, at least two of them as word initials ("Tehreek-e-Taliban Pakistan" -> TTP).
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    parts = [p for w in words for p in re.split(r"[-'’]", w) if p]
    if len(letters) < 2 or not parts or letters[0] != parts[0][0].upper():
        return False
    initials = [p[0].upper() for p in parts]
    if _subsequence(letters, initials):
        return True
    chars = [c.upper() for c in "".join(parts)]
    return _subsequence(letters, chars) and sum(1 for c in set(letters) if c in initials) >= 2


def _subsequence(needle: list[str], haystack: list[str]) -> bool:
    """Whether needle's items appear in haystack in the same order."""
    it = iter(haystack)
    return all(any(c == h for h in it) for c in needle)


def spelled_by_acronym(word: str, after: str) -> bool:
    """Whether one hyphenated word is a name the acronym after it spells letter by letter, small letters too:
    "Jaish-e-Mohammed (JeM)", "Tehrik-i-Taliban (TiT)"; only bodies are written out and abbreviated so."""
    parts = word.split("-")
    acronym = re.match(r"^\s*\(([A-Za-z]{3,6})\)", after)
    return len(parts) >= 3 and acronym is not None and acronym.group(1) == "".join(p[0] for p in parts if p)
