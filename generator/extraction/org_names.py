"""Organisations named by one capitalised word ("Fano", "Orano"): found by the words around them.

A single capitalised word carries no head noun ("Council", "Forces") to say it names an organisation,
so only its context can: a description before it ("energy group TotalEnergies"), a noun after it
("the ruling Frelimo party", "Wazalendo militias") or an apposition ("Fano, a loose network of ...").
The lists are curated in organizations.yaml (`single_word`); a word that is a country, a demonym, a
known place, a people or a calendar word is never taken for a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .countries import CountryIndex
from .lexicon import Lexicon
from .text import Sentence, overlaps

_NAME = r"[A-Z][\w'’.-]*[\w]"
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# words that may stand between an apposition's article and its noun: adjectives, never a preposition
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?i:in|at|near|from|outside|inside|to|into)\s+$")
_LINK_WORDS = frozenset("of in for from with to and or who which that on at by as".split())


class SingleWordOrgs:
    """Finds one-word organisation names from their context; patterns are compiled once."""

    def __init__(self, lexicon: Lexicon, countries: CountryIndex, is_place: Callable[[str], bool]) -> None:
        data = lexicon.single_word_orgs
        self._before = {str(k): str(v) for k, v in (data.get("before") or {}).items()}
        self._after = {str(k): str(v) for k, v in (data.get("after") or {}).items()}
        self._apposition = {str(k): str(v) for k, v in (data.get("apposition") or {}).items()}
        self._not_names = frozenset(str(w) for w in data.get("not_names") or ()) | _CALENDAR
        self._not_names |= lexicon.non_name_words | frozenset(lexicon.titles)
        self._countries = countries
        self._is_place = is_place
        roles = "|".join(re.escape(str(w)) for w in data.get("roles_after") or ()) or "(?!)"
        names = rf"{_NAME}(?:[ \t]+{_NAME}){{0,2}}"  # up to three capitalised words
        self._before_rx = re.compile(rf"(?<![\w-])(?P<cue>{_alternatives(self._before)})\s+(?P<name>{names})(?![\w-])")
        self._after_rx = re.compile(rf"(?<![\w-])(?P<name>{names})\s+(?P<cue>{_alternatives(self._after)})(?![\w-])")
        self._apposition_rx = re.compile(
            rf"(?<![\w-])(?P<name>{names}),\s+(?:a|an|the)\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,3}}?)"
            rf"(?P<cue>{_alternatives(self._apposition)})(?![\w-])(?!\s+(?:{roles})\b)"
        )

    def find(self, sentence: Sentence, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """(start, end, name, kind) of one-word names in a sentence, offsets relative to it."""
        text, out = sentence.text, []
        for match in self._before_rx.finditer(text):
            out.append((match.start("name"), match.end("name"), self._before[_lower(match.group("cue"))], False))
        for match in self._after_rx.finditer(text):
            if match.start("name") > 0:  # a capital that opens the sentence proves nothing
                out.append((match.start("name"), match.end("name"), self._after[_lower(match.group("cue"))], True))
        for match in self._apposition_rx.finditer(text):
            if not _LINK_WORDS & set(match.group("mods").split()) and match.start("name") > 0:
                kind = self._apposition[_lower(match.group("cue"))]
                # "In Washington, a group of senators": after a locative the name is a place, not the group
                weak = bool(_LOCATIVE_BEFORE.search(text[: match.start("name")]))
                out.append((match.start("name"), match.end("name"), kind, weak))
        found: list[tuple[int, int, str, str]] = []
        for start, end, kind, weak in sorted(out):
            name = text[start:end]
            if self._is_name(name, weak) and not overlaps(start, end, taken + [(s, e) for s, e, _, _ in found]):
                found.append((start, end, name, kind))
        return found

    def _is_name(self, name: str, weak: bool) -> bool:
        """Whether a capitalised stretch can be an organisation's own name.

        After a weak cue (a noun after the word: "Kidal rebels") a place's name is no organisation;
        a description before it or an apposition is strong enough to outrank a far-away namesake town.
        """
        words = name.split()
        if any(w in self._not_names or self._countries.lookup(w.rstrip("’'s")) for w in words):
            return False
        return not self._countries.lookup(name) and not (weak and self._is_place(name))


def _alternatives(phrases: dict[str, str]) -> str:
    """Regex alternatives for lower-case cue phrases, longest first, flexible on inner spaces."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def _lower(text: str) -> str:
    """A cue as written, as its lexicon key."""
    return " ".join(text.lower().split())
