"""Statements: a speaker's words, quoted or told ("X said ..."), dated by the time attached to their verb."""

from __future__ import annotations

import re

from .dates import TimeExpr
from .event_model import Draft, Entities
from .event_text import in_quote, subject_position
from .quotes import QuoteHit
from .text import Sentence, ordered_unique

_ATTACHED_TO_CUE = re.compile(
    r"^(?:(?:\s+[\w'’-]+){0,3}\s+in\s+a\s+statement|\s+(?:reporters|journalists|parliament|[A-Z][\w-]*))?\s*$"
)
_FUTURE_SAID = re.compile(r"^\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}(?:will|would)\s+(?!have\b)[^,;:“”\"]*$")


def find_statements(
    sentences: list[Sentence],
    quotes: list[QuoteHit],
    entities: Entities,
    times: list[TimeExpr],
    speech: re.Pattern[str],
) -> list[Draft]:
    """A statement per speaker (quoted, or 'X said ...'); one speaker's words in neighbouring sentences are one."""
    speakers: list[tuple[Sentence, int, int, tuple[str, ...], str]] = [
        (
            sentences[hit.sentence],
            hit.quote.evidence.start or 0,
            _cue_end(sentences[hit.sentence], hit.quote.cue) or hit.quote.evidence.start or 0,
            hit.actors,
            hit.quote.cue or "",
        )
        for hit in quotes  # an unnamed speaker ("a resident", "one officer") still makes a statement
    ]
    quoted = {hit.sentence for hit in quotes}
    for mention in entities.participants:
        sentence = sentences[mention.sentence]
        cue = speech.match(sentence.text[mention.end - sentence.start :])
        if mention.sentence not in quoted and cue and subject_position(sentence, mention):
            same_verb = [i for i, s in enumerate(speakers) if s[0] is sentence and s[2] == mention.end + cue.end()]
            if same_verb:  # "Niger's military government said": one speaker named twice, one statement
                first = speakers[same_verb[0]]
                speakers[same_verb[0]] = (*first[:3], ordered_unique((*first[3], mention.key)), first[4])
                continue
            verb = cue.group().split()[-1]  # "denied", "accused": the verb types the statement (REJECT, ACCUSE)
            speakers.append((sentence, mention.start, mention.end + cue.end(), (mention.key,), verb))
    drafts: list[Draft] = []
    for sentence, start, end, actors, verb in sorted(speakers, key=lambda item: item[1]):
        last = drafts[-1] if drafts else None
        if last and last.actors == list(actors) and sentence.index - last.sentence.index <= 1:
            continue
        # "X said on Monday": the date of the statement follows its cue
        dated = [
            t
            for t in times
            if t.sentence == sentence.index
            and t.start >= end
            and _ATTACHED_TO_CUE.match(sentence.text[end - sentence.start : t.start - sentence.start])
        ]
        # "said the monitors would publish a report in December": the words announce a dated act still to come
        ahead = [
            t
            for t in times
            if t.sentence == sentence.index
            and t.start >= end
            and _FUTURE_SAID.match(sentence.text[end - sentence.start : t.start - sentence.start])
        ]
        drafts.append(
            Draft(
                "statement",
                sentence,
                start,
                end,
                list(actors),
                [],
                True,
                False,
                False,
                dates=dated[:1] or ahead[:1],
                whole=True,
                trigger=verb,
                status="planned" if ahead and not dated else "reported",
            )
        )
    return drafts


def _cue_end(sentence: Sentence, cue: str | None) -> int | None:
    """Where a quote's cue verb ends outside the quoted words ("..., she told reporters on Friday"), if it does."""
    if not cue:
        return None
    for match in re.finditer(rf"\b{re.escape(cue)}\b", sentence.text, re.IGNORECASE):
        if not in_quote(sentence, match.start()):
            return sentence.start + match.end()
    return None
