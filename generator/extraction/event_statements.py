"""Statements: a speaker's words, quoted or told ("X said ..."), dated by the time attached to their verb."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .dates import TimeExpr
from .event_model import Draft, Entities
from .event_text import in_quote, subject_position
from .lexicon import Lexicon
from .quotes import QuoteHit
from .text import Sentence, ordered_unique, phrase_pattern

_ATTACHED_TO_CUE = re.compile(
    r"^(?:(?:\s+[\w'’-]+){0,3}\s+in\s+a\s+statement|\s+(?:reporters|journalists|parliament|[A-Z][\w-]*))?\s*$"
)
# "and warned that", "and called for the release of": the speaker's second act of speech in one sentence
_COORDINATED_SPEECH = re.compile(
    r"\band\s+(?:also\s+)?(warned|urged|called\s+for|called\s+on|accused|vowed|insisted|denied|promised\s+that)\b"
)
_FUTURE_SAID = re.compile(r"^\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}(?:will|would)\s+(?!have\b)[^,;:“”\"]*$")

_OPENING_TIME = re.compile(r"^\s*(?:speaking\s+)?(?:(?:on|in|late|early|earlier|later|last)\s+)?$", re.I)
_COMMA_GAP = re.compile(r"^\s*,?\s*$")


Speaker = tuple[Sentence, int, int, tuple[str, ...], str]
"""Where a speaker's words are told: sentence, start, end of the verb of saying, participants named, verb."""

# Pronouns go on with a speaker already told; a negation says nothing was said.
_NOT_A_SPEAKER = re.compile(
    r"^(?:it|he|she|they|we|i|you|anyone|nobody|no one|neither)\b|\b(?:not|never|they|he|she|did|does|do)$", re.I
)

# "The authorities had not publicly commented", "no charges had been announced": nothing was said; and "a
# ceasefire was announced" is passive: what was said, not who said it
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b|^no\b|\b(?:been|was|were|being)$", re.I)
# "The claims could not be verified": a determiner alone is no subject; "claims" was the noun
_DETERMINER_ONLY = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her|our|such|both)$", re.I)


class UnnamedSpeakers:
    """Speakers a sentence opens with that no name makes one: "The interior ministry said", "Diplomats say", "The
    government has in the past dismissed": a subject of at most six words before a verb of saying. A clause joined
    by ", and" may open with one too, and a relative clause may stand between subject and verb ("A diplomat, who
    asked not to be named, said")."""

    def __init__(self, lexicon: Lexicon, triggers: re.Pattern[str]) -> None:
        cues = lexicon.status_cues
        verb = phrase_pattern(cues["speaker_verbs"]).pattern
        self._triggers = triggers
        self._witness = re.compile(rf"^(?:\w+\s+){{0,2}}{phrase_pattern(cues['witness_subjects'], re.I).pattern}", re.I)
        self._subject = re.compile(
            rf"(?:^(?:(?:On|In|Late|Earlier|Later|Last|Meanwhile|But|And)\b[^,]{{0,30}},\s+)?|,\s+and\s+)"
            rf"(?P<subject>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){{0,5}}?)(?:\s*\([^()]{{1,40}}\))?"
            rf"(?:,\s+(?:who|which|led\s+by|based\s+in)\s+[^,;:“”\"]{{1,100}},)?"
            rf"\s+(?:(?:has|have|had)\s+)?"
            rf"(?:(?:also|repeatedly|previously|long|now|again|later|separately|in\s+the\s+past)\s+)?"
            rf"(?P<verb>{verb})"
        )

    def find(self, sentence: Sentence, entities: Entities) -> Speaker | None:
        """The unnamed speaker a sentence opens with, if any.

        The subject may hold no event trigger ("Gunmen killed three people, police said" opens with an act).
        """
        match = self._subject.search(sentence.text)
        if not match or in_quote(sentence, match.start("verb")) or self._triggers.search(match.group("subject")):
            return None
        subject = match.group("subject")
        if _NOT_A_SPEAKER.search(subject) or _NEGATION.search(subject) or _DETERMINER_ONLY.match(subject):
            return None  # "It said": the last speaker goes on; "Neither government has confirmed": nothing said
        if self._witness.search(match.group("subject")):
            return None  # "Residents said ...": a source for the facts told, no statement of its own
        start, end = sentence.start + match.start("subject"), sentence.start + match.end("verb")
        actors = ordered_unique(m.key for m in entities.participants if start <= m.start and m.end <= end)
        return sentence, start, end, actors, match.group("verb").split()[-1]


def find_statements(
    sentences: list[Sentence],
    quotes: list[QuoteHit],
    entities: Entities,
    times: list[TimeExpr],
    speech: re.Pattern[str],
    unnamed: Callable[[Sentence, Entities], Speaker | None],
) -> list[Draft]:
    """A statement per speaker (quoted, or 'X said ...'); one speaker's words in neighbouring sentences are one.

    `unnamed` finds a speaker the sentence opens with but names no one for ("The interior ministry said ...",
    "Diplomats say ..."): (sentence, start, cue end, participants in the subject, verb), or None.
    """
    speakers: list[Speaker] = [
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
    told = {s[0].index for s in speakers} | quoted
    described = [
        found for sentence in sentences if sentence.index not in told and (found := unnamed(sentence, entities))
    ]
    # an unnamed speaker is known by the words naming it ("the interior ministry"), not by its empty actors
    descriptions = {(s[0].index, s[1]): s[0].text[s[1] - s[0].start : s[2] - s[0].start].lower() for s in described}
    speakers.extend(described)
    drafts: list[Draft] = []
    last_who: tuple[str, ...] = ()
    for sentence, start, end, actors, verb in sorted(speakers, key=lambda item: item[1]):
        last = drafts[-1] if drafts else None
        who = actors or tuple(filter(None, [descriptions.get((sentence.index, start))]))
        if (
            last
            and last_who == who
            and sentence.index - last.sentence.index <= 1
            and sentence.paragraph == last.sentence.paragraph
        ):
            continue
        last_who = who
        # "X said on Monday": the date of the statement follows its cue
        dated = [
            t
            for t in times
            if t.sentence == sentence.index
            and t.start >= end
            and _ATTACHED_TO_CUE.match(sentence.text[end - sentence.start : t.start - sentence.start])
        ]
        # "On Thursday, the army said": a time opening the sentence, right before its speaker, dates the statement
        dated = dated or [
            t
            for t in times
            if t.sentence == sentence.index
            and t.end <= start
            and _OPENING_TIME.match(sentence.text[: t.start - sentence.start])
            and _COMMA_GAP.match(sentence.text[t.end - sentence.start : start - sentence.start])
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
    return drafts + [again for draft in drafts if (again := _said_again(draft))]


def _said_again(draft: Draft) -> Draft | None:
    """A second act of speech its speaker's sentence joins to the first ("said ... and warned that ...")."""
    sentence = draft.sentence
    for match in _COORDINATED_SPEECH.finditer(sentence.text, draft.end - sentence.start):
        if not in_quote(sentence, match.start()):
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            return replace(draft, start=start, end=end, dates=[], trigger=match.group(1).split()[0], status="reported")
    return None


def _cue_end(sentence: Sentence, cue: str | None) -> int | None:
    """Where a quote's cue verb ends outside the quoted words ("..., she told reporters on Friday"), if it does."""
    if not cue:
        return None
    for match in re.finditer(rf"\b{re.escape(cue)}\b", sentence.text, re.IGNORECASE):
        if not in_quote(sentence, match.start()):
            return sentence.start + match.end()
    return None
