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
        self._after_speaker_first = re.compile(rf"^[\s,]*{speaker}\s+(?P<cue>{cues})")
        self._after_cue_first = re.compile(
            rf"^[\s,]*(?P<cue>said|says|added|noted|continued|wrote|asked)\s+{speaker}(?=[,.;]|$)"
        )
        self._before = re.compile(rf"{speaker}\s+(?P<cue>{cues})(?:\s+[\w-]+){{0,2}}?(?:\s+that)?\s*[:,]?\s*$")
        # "The army said it had struck “terrorist targets”": the sentence's subject said the quoted words
        self._subject = re.compile(rf"^(?P<speaker>[^,.;:“”\"!?]{{1,60}}?)\s+(?P<cue>{cues})\b")
        self._unnamed = lexicon.unnamed_heads
        self._pronouns = lexicon.pronouns

    def find(self, body: str, sentences: list[Sentence], people: PeopleResult, orgs: list[Mention]) -> list[QuoteHit]:
        """Every quote of at least three words in the story sentences, in text order."""
        hits: list[QuoteHit] = []
        for match in _QUOTED.finditer(body):
            inner_key = "a" if match.group("a") is not None else "b"
            words = match.group(inner_key).split()
            first = sentence_of(sentences, match.start())
            last = sentence_of(sentences, match.end() - 1)
            if first is None or last is None or len(words) < _MIN_WORDS:
                continue
            after = body[match.end() : last.end]
            before = body[first.start : match.start()]
            attribution = self._attribute(after, before, match.end(), first.start, people, orgs)
            if attribution is None and hits and hits[-1].sentence in (first.index - 1, first.index):
                previous = hits[-1].quote  # a quote that carries on the previous speaker's words
                attribution = (previous.speaker, None, hits[-1].actors)
            if attribution is None:
                continue
            speaker, cue, actors = attribution
            text = match.group(inner_key).strip().rstrip(",").strip()
            evidence = Evidence(body[first.start : last.end], first.start, last.end)
            hits.append(QuoteHit(Quote(speaker, text, evidence, cue), actors, first.index))
        return hits

    def _attribute(
        self, after: str, before: str, after_start: int, before_start: int, people: PeopleResult, orgs: list[Mention]
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
            resolved = self._speaker(match.group("speaker"), start, end, people, orgs)
            if resolved:
                return resolved[0], match.group("cue").lower(), resolved[1]
        return None

    def _speaker(
        self, text: str, start: int, end: int, people: PeopleResult, orgs: list[Mention]
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
            return (earlier[-1].key, (earlier[-1].key,)) if earlier else None
        resolved = people.resolve(text)
        if resolved:
            return resolved, (resolved,)
        words = {w.lower().removesuffix("’s").removesuffix("'s") for w in text.split()}
        inside = tuple(dict.fromkeys(m.key for m in orgs if start <= m.start and m.end <= end))
        if words & self._unnamed or inside or text.split()[0].lower() in ("a", "an", "the", "one"):
            return text, inside
        return None
