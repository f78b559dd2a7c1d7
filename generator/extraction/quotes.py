"""Quotes: quoted words, their speaker (a resolved person or the description of an unnamed source) and cue verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..factsheet import Evidence, Quote
from .lexicon import Lexicon
from .person_records import PeopleResult
from .text import Mention, Sentence, phrase_pattern, sentence_of

_QUOTED = re.compile(r"“(?P<a>[^”]+)”|\"(?P<b>[^\"\n]+)\"")
_MIN_WORDS = 3
_MAX_SPEAKER_WORDS = 12
_PHRASE_WORDS = 8


@dataclass(frozen=True)
class QuoteHit:
    """A quote with the names of who is behind it (a person, or organisations in the description)."""

    quote: Quote
    actors: tuple[str, ...]
    sentence: int


class QuoteFinder:
    """Finds quotes and attributes them; cue verbs and unnamed-source words come from the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = phrase_pattern(lexicon.speech_cues).pattern
        speaker = r"(?P<speaker>[^,.;:“”\"!?]{1,100}?)"
        # "Name, a spokesman for the ministry, said": the description between commas is not the speaker
        apposition = r"(?:,\s+(?:a|an|the|who|speaking)\b[^“”\"!?;]{1,150}?,)?"
        self._after_speaker_first = re.compile(rf"^[\s,]*{speaker}{apposition}\s+(?P<cue>{cues})")
        self._after_cue_first = re.compile(
            rf"^[\s,]*(?P<cue>said|says|added|noted|continued|wrote|asked)\s+{speaker}(?=[,.;]|$)"
        )
        self._before = re.compile(
            rf"{speaker}{apposition}\s+(?P<cue>{cues})"
            rf"(?:(?:\s+[\w-]+){{0,2}}?(?:\s+that)?\s*[:,]?|\s[^“”\"]{{1,120}}:)\s*$"  # "... said X lay elsewhere:"
        )
        # "The army said it had struck “terrorist targets”": the sentence's subject said the quoted words
        self._subject = re.compile(
            rf"(?:^|,\s+(?:and|but)\s+)(?P<speaker>[^,.;:“”\"!?]{{1,60}}?){apposition}\s+(?P<cue>{cues})\b"
        )
        # A short quoted phrase ("ordered the army to “finish the job”") belongs to the person who opens the sentence
        self._phrase_cue = re.compile(rf"\b(?:{cues}|{phrase_pattern(lexicon.phrase_cues).pattern})\b", re.IGNORECASE)
        self._unnamed = lexicon.unnamed_heads
        self._pronouns = lexicon.pronouns

    def find(self, body: str, sentences: list[Sentence], people: PeopleResult, orgs: list[Mention]) -> list[QuoteHit]:
        """Every quote of at least three words in the story sentences, in text order."""
        hits: list[QuoteHit] = []
        previous_last = -2  # the last sentence of the previous quote
        sources = self._described_sources(sentences, people, orgs)
        for match in _QUOTED.finditer(body):
            inner_key = "a" if match.group("a") is not None else "b"
            words = match.group(inner_key).split()
            first = sentence_of(sentences, match.start())
            last = sentence_of(sentences, match.end() - 1)
            if first is None or last is None or len(words) < _MIN_WORDS:
                continue
            after = body[match.end() : last.end]
            before = body[first.start : match.start()]
            attribution = self._attribute(after, before, match.end(), first.start, people, orgs, sources)
            if attribution is None and len(words) <= _PHRASE_WORDS:
                attribution = self._phrase_speaker(body[first.start : match.start()], first.start, people)
            if attribution is None and hits and first.index - previous_last <= 1:
                previous = hits[-1].quote  # a quote that carries on the previous speaker's words
                attribution = (previous.speaker, None, hits[-1].actors)
            if attribution is None and not before.strip():
                attribution = _previous_person(sentences, first, people)
            if attribution is None:
                continue
            speaker, cue, actors = attribution
            text = match.group(inner_key).strip().rstrip(",").strip()
            evidence = Evidence(body[first.start : last.end], first.start, last.end)
            hits.append(QuoteHit(Quote(speaker, text, evidence, cue), actors, first.index))
            previous_last = last.index
        return hits

    def _described_sources(
        self, sentences: list[Sentence], people: PeopleResult, orgs: list[Mention]
    ) -> list[tuple[int, str, tuple[str, ...]]]:
        """Unnamed sources that open a sentence as its speaker ("A humanitarian worker ... said"), by position."""
        out = []
        for sentence in sentences:
            match = self._subject.match(sentence.text)
            if not match:
                continue
            start, end = sentence.start + match.start("speaker"), sentence.start + match.end("speaker")
            if any(start <= m.start and m.end <= end for m in people.mentions):
                continue
            resolved = self._speaker(match.group("speaker"), start, end, people, orgs, [])
            if resolved and resolved[0].split()[0].lower() in ("a", "an", "one"):
                out.append((end, resolved[0], resolved[1]))
        return out

    def _attribute(
        self,
        after: str,
        before: str,
        after_start: int,
        before_start: int,
        people: PeopleResult,
        orgs: list[Mention],
        sources: list[tuple[int, str, tuple[str, ...]]],
    ) -> tuple[str, str | None, tuple[str, ...]] | None:
        """(speaker, cue, actors) from the words after the quote, else before it."""
        for regex, text, offset in (
            (self._after_speaker_first, after, after_start),
            (self._after_cue_first, after, after_start),
            (self._before, before, before_start),
            (self._subject, before, before_start),
        ):
            match = regex.search(text)
            if not match:
                continue
            start, end = offset + match.start("speaker"), offset + match.end("speaker")
            resolved = self._speaker(match.group("speaker"), start, end, people, orgs, sources)
            if resolved:
                return resolved[0], match.group("cue").lower(), resolved[1]
        return None

    def _phrase_speaker(
        self, before: str, offset: int, people: PeopleResult
    ) -> tuple[str, str | None, tuple[str, ...]] | None:
        """The person who opens the sentence, when a cue verb of theirs leads to the quoted phrase."""
        inside = [m for m in people.mentions if offset <= m.start and m.end <= offset + len(before)]
        if not inside or (len(inside) > 1 and inside[1].key != inside[0].key):
            return None  # no person, or another person between the subject and the phrase
        # the words before the person since the last full stop (the splitter may miss one: "Sunday Mass. Judge X")
        opener = re.split(r"[.!?;]\s+", before[: inside[0].start - offset])[-1].split()
        if len(opener) > 1 or (opener and not opener[0][:1].isupper()):
            return None  # the person is not the sentence's subject ("an aide to X said")
        cue = self._phrase_cue.search(before, inside[0].end - offset)
        if not cue:
            return None
        return inside[0].key, cue.group().lower(), (inside[0].key,)

    def _speaker(
        self,
        text: str,
        start: int,
        end: int,
        people: PeopleResult,
        orgs: list[Mention],
        sources: list[tuple[int, str, tuple[str, ...]]],
    ) -> tuple[str, tuple[str, ...]] | None:
        """The speaker's full name, or the unnamed source as described; None when the words are no speaker."""
        text = " ".join(text.split())
        if not text or len(text.split()) > _MAX_SPEAKER_WORDS:
            return None
        for mention in people.mentions:
            if start <= mention.start and mention.end <= end:
                return mention.key, (mention.key,)
        if text.lower() in self._pronouns:
            earlier = [m for m in people.mentions if m.end <= start]
            described = [s for s in sources if s[0] <= start]
            if described and (not earlier or earlier[-1].end < described[-1][0]):
                return described[-1][1], described[-1][2]  # "A worker in X said ... “...,” she said."
            return (earlier[-1].key, (earlier[-1].key,)) if earlier else None
        resolved = people.resolve(text)
        if resolved:
            return resolved, (resolved,)
        words = {w.lower().removesuffix("’s").removesuffix("'s") for w in text.split()}
        inside = tuple(dict.fromkeys(m.key for m in orgs if start <= m.start and m.end <= end))
        if words & self._unnamed or inside or text.split()[0].lower() in ("a", "an", "the", "one"):
            return text, inside
        return None


def _previous_person(
    sentences: list[Sentence], first: Sentence, people: PeopleResult
) -> tuple[str, str | None, tuple[str, ...]] | None:
    """The one person of the sentence just before, in the same paragraph, when a quote opens a sentence alone."""
    if first.index == 0:
        return None
    previous = next((s for s in sentences if s.index == first.index - 1), None)
    if previous is None or previous.paragraph != first.paragraph:
        return None
    keys = {m.key for m in people.mentions if previous.start <= m.start and m.end <= previous.end}
    if len(keys) != 1:
        return None
    key = keys.pop()
    return key, None, (key,)
