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
_POSSESSIVE = re.compile(r"['’]s$")
# a comma closes the apposition and the sentence goes on with its verb, not a relative clause
_CLOSED_APPOSITION = re.compile(r"^,\s+(?!(?:which|who|whose|that|where|when)\b)")
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
        self._not_workplaces = frozenset(str(w) for w in data.get("not_workplaces") or ())
        self._countries = countries
        self._is_place = is_place
        roles = "|".join(re.escape(str(w)) for w in data.get("roles_after") or ()) or "(?!)"
        names = rf"{_NAME}(?:[ \t]+{_NAME}){{0,2}}"  # up to three capitalised words
        self._names_rx = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3}")  # "Gen Z Kenya" in quotes
        self._before_rx = re.compile(rf"(?<![\w-])(?P<cue>{_alternatives(self._before)})\s+(?P<name>{names})(?![\w-])")
        # "the main opposition party, Chadema, says": the description and the name set off by commas
        self._before_apposed_rx = re.compile(
            rf"(?<![\w-])(?P<cue>{_alternatives(self._before)}),\s+(?P<name>{names}),(?!\s+(?:and|or)\b)"
        )
        # "two factions, known as "Los Pinos" and "La Sierra"", "organised under the banner "Gen Z Kenya"": a group
        # the text names in quotes
        self._known_as_rx = re.compile(
            r"(?:\b(?P<noun>factions?|groups?|gangs?|movements?|networks?|coalitions?|cells?|militias?)\b[^.;:]{0,20}?\s+"
            r"(?:known\s+as|called|named|dubbed)|\bunder\s+the\s+(?:banner|name))\s+[\"“](?P<name>[^\"”]{2,40})[\"”]"
            r"(?:\s+and\s+[\"“](?P<other>[^\"”]{2,40})[\"”])?"
        )
        self._after_rx = re.compile(rf"(?<![\w-])(?P<name>{names})\s+(?P<cue>{_alternatives(self._after)})(?![\w-])")
        # "the electoral commission (CENI)": a body described in lower case and named by the acronym after it
        heads = {str(k).lower(): str(v) for k, v in lexicon.org_heads.items()}
        self._described_heads = heads
        self._described_acronym_rx = re.compile(
            rf"\b(?i:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<head>{_alternatives(heads)})\s+"
            r"\((?P<name>[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)\)"
        )
        # "the Sinaloa cartel": a lower-case noun that is part of the name, often a place's
        self._in_name = {str(k): str(v) for k, v in (data.get("after_in_name") or {}).items()}
        self._in_name_rx = re.compile(
            rf"(?<![\w-])(?P<name>{_NAME}\s+(?P<cue>{_alternatives(self._in_name) or '(?!)'}))(?![\w-])"
        )
        # "an economist at Caracas consultancy X", "head of marine risk at Harland Brokers": a person's workplace
        roles = "|".join(sorted(map(re.escape, lexicon.roles), key=len, reverse=True))
        self._workplace_rx = re.compile(
            rf"\b(?:{roles})s?(?:\s+of\s+[a-z][a-z ]{{0,30}}?)?\s+at\s+(?:the\s+)?"
            rf"(?P<name>{_NAME}(?:[ \t]+{_NAME}){{1,2}})(?![\w-]|\s+[A-Z])"
        )
        # "ADF rebels", "SSPDF soldiers": an acronym before a noun for fighters names their group or force
        self._fighters = {str(k): str(v) for k, v in (data.get("acronym_before") or {}).items()}
        self._acronym_rx = re.compile(
            rf"(?<![\w.-])(?P<name>[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)\s+(?P<cue>{_alternatives(self._fighters)})(?![\w-])"
        )
        self._apposition_rx = re.compile(
            rf"(?<![\w-])(?P<name>{names}),\s+(?:a|an|the)\s+(?P<mods>(?:(?:[a-z][\w'’-]*|[A-Z][\w'’]*-based)\s+){{0,3}}?)"
            # "X, the association's leader": a body's possessive describes a person's role, not X
            rf"(?P<cue>{_alternatives(self._apposition)})(?![\w'’-])(?!\s+(?:{roles})\b)"
        )

    def find(self, sentence: Sentence, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """(start, end, name, kind) of one-word names in a sentence, offsets relative to it."""
        text, out = sentence.text, []
        for match in [*self._before_rx.finditer(text), *self._before_apposed_rx.finditer(text)]:
            end = match.end("name") - (2 if _POSSESSIVE.search(match.group("name")) else 0)  # "group Orano's licence"
            out.append((match.start("name"), end, self._before[_lower(match.group("cue"))], False))
        for match in self._described_acronym_rx.finditer(text):
            kind = self._described_heads[_lower(match.group("head"))]
            out.append((match.start("name"), match.end("name"), kind, False))
        for match in self._in_name_rx.finditer(text):
            if match.start() > 0 and not self._countries.lookup(match.group("name").split()[0]):
                out.append((match.start("name"), match.end("name"), self._in_name[_lower(match.group("cue"))], False))
        for match in self._known_as_rx.finditer(text):
            armed = (match["noun"] or "").rstrip("s") in ("faction", "gang", "cell", "militia")
            for group in ("name", "other"):
                if match.group(group) and self._names_rx.fullmatch(match.group(group)):
                    out.append((match.start(group), match.end(group), "armed-group" if armed else "other", False))
        for match in self._after_rx.finditer(text):
            start = match.start("name")
            if text.startswith(("The ", "the "), start) and len(match.group("name")) > 4:
                start += 4  # "The Evening Star newspaper": the article is no part of the name
            if start > 0:  # a capital that opens the sentence proves nothing
                out.append((start, match.end("name"), self._after[_lower(match.group("cue"))], True))
        for match in self._acronym_rx.finditer(text):
            out.append((match.start("name"), match.end("name"), self._fighters[match.group("cue")], False))
        for match in self._workplace_rx.finditer(text):
            name = match.group("name")
            building = re.match(r"\s+(\w+)", text[match.end("name") :])  # "a nurse at Al Amal hospital"
            words = [*name.split(), building.group(1).capitalize() if building else ""]
            if not any(w in self._not_workplaces for w in words):
                out.append((match.start("name"), match.end("name"), "other", True))
        for match in self._apposition_rx.finditer(text):
            # a capital that opens the sentence is a name only when a comma closes the apposition after it
            # ("Pemex, the state oil company, said"), never in "Meanwhile, the company said"
            opens = match.start("name") == 0 and not _CLOSED_APPOSITION.match(text[match.end() :])
            opens = opens or (match.start("name") == 0 and match.group("name").endswith("ly"))  # "Separately, ..."
            if not _LINK_WORDS & set(match.group("mods").split()) and not opens:
                kind = self._apposition[_lower(match.group("cue"))]
                # "In Washington, a group of senators": after a locative the name is a place, not the group
                weak = bool(_LOCATIVE_BEFORE.search(text[: match.start("name")]))
                out.append((match.start("name"), match.end("name"), kind, weak))
        found: list[tuple[int, int, str, str]] = []
        for start, end, kind, weak in sorted(out):
            start = self._name_start(text, start, end, kind)
            name = text[start:end]
            if self._is_name(name, weak, kind) and not overlaps(start, end, taken + [(s, e) for s, e, _, _ in found]):
                found.append((start, end, name, kind))
        return found

    def _name_start(self, text: str, start: int, end: int, kind: str) -> int:
        """Where the name starts: after a possessor ("Jane Doe's X Y party"); a demonym opening it describes
        the group ("Congolese Wazalendo militias"), except in a party's name ("the ruling Georgian Dream party")."""
        owned = list(re.finditer(r"\S+['’]s\s+", text[start:end]))
        if owned:
            start += owned[-1].end()
        first, _, rest = text[start:end].partition(" ")
        if rest and kind != "party" and self._countries.is_demonym(first):
            return start + len(first) + 1
        return start

    def _is_name(self, name: str, weak: bool, kind: str = "") -> bool:
        """Whether a capitalised stretch can be an organisation's own name.

        After a weak cue (a noun after the word: "Kidal rebels") a place's name is no organisation;
        a description before it or an apposition is strong enough to outrank a far-away namesake town.
        A country's name or demonym may open a longer name ("Myanmar Now", "Georgian Dream"), and end only a
        party's ("Vente Venezuela party").
        """
        words = name.split()
        if any(w in self._not_names or _POSSESSIVE.search(w) for w in words):
            return False
        inner = words[1:-1] if kind == "party" else words[1:]
        if any(self._countries.lookup(w) for w in inner) or self._countries.lookup(name):
            return False
        return not (weak and self._is_place(name))


def _alternatives(phrases: dict[str, str]) -> str:
    """Regex alternatives for lower-case cue phrases, longest first, flexible on inner spaces."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def _lower(text: str) -> str:
    """A cue as written, as its lexicon key."""
    return " ".join(text.lower().split())
