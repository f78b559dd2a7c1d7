"""Statements: a speaker's words, quoted or told ("X said ..."), dated by the time attached to their verb."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .calendar_words import MONTHS, WEEKDAYS
from .dates import TimeExpr
from .event_model import Draft, Entities
from .event_statement_dates import ATTACHED_TO_CUE, statement_dates
from .event_text import in_quote, subject_position
from .lexicon import Lexicon
from .quotes import QuoteHit
from .text import Sentence, ordered_unique, phrase_pattern

# "and warned that", "and called for the release of": the speaker's second act of speech in one sentence
_COORDINATED_SPEECH = re.compile(
    r"\band\s+(?:also\s+)?(warned|urged|called\s+for|called\s+on|accused|vowed|insisted|denied|promised\s+that)\b"
)
_FUTURE_SAID = re.compile(r"^\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}(?:will|would)\s+(?!have\b)[^,;:“”\"]*$")


Speaker = tuple[Sentence, int, int, tuple[str, ...], str]
"""Where a speaker's words are told: sentence, start, end of the verb of saying, participants named, verb."""

# Pronouns go on with a speaker already told; a negation says nothing was said.
_NOT_A_SPEAKER = re.compile(
    r"^(?:it|he|she|they|we|i|you|anyone|nobody|no one|neither)\b|\b(?:not|never|they|he|she|did|does|do)$", re.I
)

# "The authorities had not publicly commented", "no charges had been announced": nothing was said; and "a
# ceasefire was announced" is passive: what was said, not who said it
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b|^no\b|\b(?:been|was|were|being|is|are)$", re.I)
# "..., its officials said on Wednesday.": a dated attribution closing the sentence is a statement of its own, told
# on that day; an undated one ("..., police said.") only names the source of the facts
_DAYS = rf"{WEEKDAYS}|yesterday"
_MONTHS = MONTHS
_TRAILING = re.compile(
    r",\s+(?P<subject>(?:[a-z]+\s+){0,2}(?:[\w'’.-]+\s+){0,3}?(?:[\w'’.-]+))(?:,\s+[A-Z][\w-]*,)?"
    r"\s+(?P<verb>said|says|told\s+[A-Za-z]+)"
    rf"(?=\s+(?:in\s+an?\s+\w+\s+)?(?:on\s+|late\s+|early\s+)?(?:{_DAYS}|(?:in|last|early|late)\s+(?:{_MONTHS})|last\s+week)\b"
    r"[^,;:“”\"]{0,30}(?:[,.]|$))"
)
# '"...," he said.', '"...," the officer said.': a pronoun or a definite noun tells the quote, the speaker
# named before goes on
_PRONOUN_CUE = re.compile(
    r"[”\"],?\s+(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|added|says|told|warned)\b"
    r"|\b(?:said|added)\s+(?:he|she)\b"
)
# "..., a volunteer told NHM.": a source who told an outlet by name closes the sentence: the outlet heard a statement
_TOLD_OUTLET = re.compile(
    r",\s+(?P<subject>(?:[a-z]+\s+){0,2}(?:[\w'’.-]+\s+){0,3}?(?:[\w'’.-]+))"
    r"\s+(?P<verb>told)\s+(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\W*$"
)
_AS_AFTER = re.compile(r"^(?:\s+[^\s,;.]+){0,6}?\s+as\b")
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
        # "dismissed the reports as biased" is words; "dismissed his minister" an act of office, told as 'other'
        self._rebutting = frozenset(w.lower() for w in cues["rebutting_verbs"])
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
        match = self._subject.search(sentence.text) or self._closing(sentence)
        if not match or in_quote(sentence, match.start("verb")) or self._triggers.search(match.group("subject")):
            return None
        subject = match.group("subject")
        if _NOT_A_SPEAKER.search(subject) or _NEGATION.search(subject) or _DETERMINER_ONLY.match(subject):
            return None  # "It said": the last speaker goes on; "Neither government has confirmed": nothing said
        if self._witness.search(match.group("subject")):
            return None  # "Residents said ...": a source for the facts told, no statement of its own
        if match.group("verb").lower() in self._rebutting and not _AS_AFTER.match(sentence.text[match.end("verb") :]):
            return None  # "The president dismissed his minister": no words dismissed
        start, end = sentence.start + match.start("subject"), sentence.start + match.end("verb")
        actors = ordered_unique(m.key for m in entities.participants if start <= m.start and m.end <= end)
        return sentence, start, end, actors, match.group("verb").split()[-1]

    def vouches(self, sentence: Sentence, start: int) -> bool:
        """Whether witnesses open the sentence before a speaker found at `start` ("Residents of Sandaré, a market
        town, said ..."): the place names where they live, they only vouch for the facts told."""
        return bool(self._witness.search(sentence.text[: start - sentence.start]))

    def _closing(self, sentence: Sentence) -> re.Match[str] | None:
        """A dated attribution closing the sentence (", the home ministry said on Wednesday"), or one naming the
        outlet told (", a volunteer told NHM."), if any."""
        found = list(_TRAILING.finditer(sentence.text))
        return found[-1] if found else _TOLD_OUTLET.search(sentence.text)


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
    last_at: Sentence | None = None  # where the last speaker's words were last told
    for sentence, start, end, actors, verb in sorted(speakers, key=lambda item: item[1]):
        who = actors or tuple(filter(None, [descriptions.get((sentence.index, start))]))
        goes_on = last_at is not None and _goes_on(last_at, last_who, sentence, who, verb)
        last_at = sentence
        if goes_on:
            continue
        last_who = who
        dated = statement_dates(sentence, start, end, verb, times)
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
    return drafts + [again for draft in drafts if (again := _said_again(draft, times))]


def _goes_on(last: Sentence, last_who: tuple[str, ...], sentence: Sentence, who: tuple[str, ...], verb: str) -> bool:
    """Whether a speaker's words go on the last statement: the same speaker in its paragraph, or quoted words
    right after it told by no one or by a pronoun ("..., said a farmer. "We did not sleep." / "...," he said.)."""
    if sentence.paragraph != last.paragraph or sentence.index - last.index > 2:
        return False
    if who or sentence.index == last.index:
        return last_who == who
    return not verb or bool(_PRONOUN_CUE.search(sentence.text))


def _said_again(draft: Draft, times: list[TimeExpr]) -> Draft | None:
    """A second act of speech its speaker's sentence joins to the first ("said ... and warned that ...").

    It keeps the first verb's date ("said on Thursday ... and called for"), unless a time follows its own verb.
    """
    sentence = draft.sentence
    for match in _COORDINATED_SPEECH.finditer(sentence.text, draft.end - sentence.start):
        if not in_quote(sentence, match.start()):
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            own = [
                t
                for t in times
                if t.sentence == sentence.index
                and t.start >= end
                and ATTACHED_TO_CUE.match(sentence.text[end - sentence.start : t.start - sentence.start])
            ]
            dates = own[:1] or (draft.dates if draft.status == "reported" else [])
            return replace(
                draft, start=start, end=end, dates=dates, trigger=match.group(1).split()[0], status="reported"
            )
    return None


def _cue_end(sentence: Sentence, cue: str | None) -> int | None:
    """Where a quote's cue verb ends outside the quoted words ("..., she told reporters on Friday"), if it does."""
    if not cue:
        return None
    for match in re.finditer(rf"\b{re.escape(cue)}\b", sentence.text, re.IGNORECASE):
        if not in_quote(sentence, match.start()):
            return sentence.start + match.end()
    return None
