"""Speakers a quote points back to: a pronoun's person ("he said"), what "it" speaks for ("it said"), and the
speaker of a sentence that ends in a colon before a quote standing alone ("X said on Monday:"), a country speaking
as its government ("Cambodia said"), and a name the people finder missed that a description follows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .calendar_words import MONTHS, WEEKDAYS
from .countries import CountryIndex
from .lexicon import Lexicon
from .person_records import PeopleResult
from .quote_speakers import acted_on
from .text import Mention, Sentence, sentence_of

# an adverb between a pronoun and its verb of speech ("she later said", "he also told")
_PRONOUN_ADVERB = re.compile(
    r"^(?P<pronoun>\w+)(?:\s+(?:later|also|then|again|earlier|previously|once|further|[a-z]+ly))+$"
)
# "“...,” said Luka, a student": a name the people finder did not take, known as one by its description
_NAMED_AFTER_CUE = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
_DESCRIPTION_AFTER = re.compile(r"^\s*(?:,\s+(?:a|an|the|who)\b|[.!?]?\s*$)")
_NOT_NAMES = re.compile(rf"^(?:{WEEKDAYS}|{MONTHS}|Today|Tonight|Yesterday)\b")
_OPENER_WORDS = 3
Source = tuple[int, str, tuple[str, ...]]
"""An unnamed source described in the text: (end position, description, names in it)."""


class References:
    """Speakers that point back: pronouns, "it", and countries speaking as their governments ("Cambodia said")."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._pronouns = lexicon.pronouns
        self._unnamed = lexicon.unnamed_heads
        self._countries = CountryIndex(lexicon)

    def speaker(
        self,
        text: str,
        start: int,
        sentences: list[Sentence],
        people: PeopleResult,
        orgs: Sequence[Mention],
        sources: Sequence[Source],
    ) -> tuple[str, tuple[str, ...]] | tuple[()] | None:
        """Who a pronoun or a country speaks for; () when a pronoun points to no one, None when the words are
        neither: "he" the last person (or the subject of their sentence), "it" a body, "Cambodia" itself."""
        if bare_pronoun(text).lower() in self._pronouns:
            return pronoun_person(sentences, start, people, [s for s in sources if s[0] <= start]) or ()
        if people.resolve(text):
            return None
        if text.lower() == "it":
            return last_body(sentences, start, orgs, self._unnamed) or ()
        if self._countries.lookup(text) and not self._countries.is_demonym(text):
            return text, (text,)
        return None


_PUNCTUATION = re.compile(r"[,;:“”\"()]")


def bare_pronoun(text: str) -> str:
    """A speaker's words without the adverbs after a leading pronoun: "She later" is "She"."""
    return _PRONOUN_ADVERB.sub(r"\g<pronoun>", text)


def colon_lead(sentences: list[Sentence], first: Sentence) -> Sentence | None:
    """The sentence just before a quote's when it ends in a colon ("Police chief X said:"), else None."""
    lead = next((s for s in sentences if s.index == first.index - 1), None)
    return lead if lead is not None and lead.text.rstrip().endswith(":") else None


def pronoun_person(
    sentences: list[Sentence],
    start: int,
    people: PeopleResult,
    described: Sequence[Source],
) -> tuple[str, tuple[str, ...]] | None:
    """The person "he" or "she" speaks for: an unnamed source described after the last person named ("A worker
    in X said ... “...,” she said."), else the last person named, or the subject of that person's sentence ("X
    met Y. She said" is X)."""
    earlier = [m for m in people.mentions if m.end <= start]
    if described and (not earlier or earlier[-1].end < described[-1][0]):
        return described[-1][1], described[-1][2]
    if not earlier:
        return None
    key = _sentence_subject(sentences, earlier[-1], people) or earlier[-1].key
    return key, (key,)


def _sentence_subject(sentences: list[Sentence], last: Mention, people: PeopleResult) -> str | None:
    """The person who opens the sentence of the last person named, as its subject, when that is another person."""
    sentence = sentence_of(sentences, last.start)
    if sentence is None:
        return None
    inside = [m for m in people.mentions if sentence.start <= m.start and m.end <= last.end]
    if not inside or inside[0].key == last.key:
        return None
    opener = sentence.text[: inside[0].start - sentence.start]
    if len(opener.split()) > _OPENER_WORDS or _PUNCTUATION.search(opener) or acted_on(opener):
        return None
    return inside[0].key


def last_body(
    sentences: list[Sentence], start: int, orgs: Sequence[Mention], unnamed: frozenset[str]
) -> tuple[str, tuple[str, ...]] | None:
    """What "it" speaks for ("“...,” it said."): a named organisation told before it in its own sentence, else the
    subject of the sentence before: an organisation that opens it, or a body described ("The army said ...")."""
    here = next((s for s in sentences if s.start <= start < s.end), None)
    if here is None:
        return None
    named = [m for m in orgs if here.start <= m.start and m.end <= start and m.key[:1].isupper()]
    if named:
        return named[-1].key, (named[-1].key,)
    previous = next((s for s in sentences if s.index == here.index - 1), None)
    if previous is None:
        return None
    words = previous.text.split()[:4]
    if words and words[0] == "The" and words[1:2] and words[1][:1].islower():
        for count, word in enumerate(words[1:], 2):  # "The army", "The national police": the head noun ends it
            if word.lower() in unnamed:
                return " ".join(words[:count]), ()
        return None  # "The al-Qaeda-linked group": a description whose head is no known body
    opening = [m for m in orgs if previous.start <= m.start < previous.end and m.key[:1].isupper()]
    lead = previous.text[: opening[0].start - previous.start] if opening else ""
    if opening and len(lead.split()) <= 1 and not _PUNCTUATION.search(lead):
        return opening[0].key, (opening[0].key,)
    return None


def unlisted_name(match: re.Match[str], text: str) -> tuple[str, tuple[str, ...]] | None:
    """A capitalised name right after the cue, described as a person next ("said Luka, a 22-year-old student")."""
    name = " ".join(match.group("speaker").split())
    if not _NAMED_AFTER_CUE.match(name) or _NOT_NAMES.match(name):
        return None
    if not _DESCRIPTION_AFTER.match(text[match.end("speaker") :]):
        return None
    return name, (name,)
