"""Which times date a telling ("X said on Monday") rather than the event told, and which telling dates its act."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import TimeExpr
from .event_model import Draft
from .text import Sentence

_AUXILIARY_END = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would)\s+$", re.IGNORECASE)
# "said on Friday (that) it had revoked ...": the speaker tells an act of its own, done by the day it tells it
SELF_REPORTED = re.compile(r"^,?\s+(?:that\s+)?(?:it|they|we)\s+(?:had|has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
# "The army on Friday said", "had on Tuesday urged": a day set between subject and verb dates the verb; "a nurse
# abducted in April told ..." ends a participle phrase, and dates the act it follows
DAY_BEFORE_VERB = re.compile(r"^(?:on|late|early|earlier)\b", re.IGNORECASE)


class TellingTimes:
    """Tells the times of a sentence that date only its verb of speech."""

    def __init__(self, cue: str, telling: frozenset[str], told_later: frozenset[str] = frozenset()) -> None:
        """`cue`: the pattern of the verbs of speech; `telling`: the verbs whose 'that' clause is the act they tell;
        `told_later`: the kinds of happening a speaker tells after the day they happened."""
        self._after_cue = re.compile(rf"{cue}(?:\s+(?:reporters|journalists|[A-Z][\w-]*))?\s+$")
        self._before_cue = re.compile(rf"^\s+(?:(?:also|again|later)\s+)?{cue}\b")
        self._telling = telling
        self._told_later = told_later

    def dates_telling(self, sentence: Sentence, time: TimeExpr, drafts: Sequence[Draft] = ()) -> bool:
        """Whether a time dates only a speech act ("X said on Monday", "X on Monday said"), not the event told.

        "announced on November 28 that it was ending ...": announcing that is the act, and its date the event's;
        so is "said on Friday it had revoked the licence": the speaker's own decision, told the day it was taken
        (not "said on Friday they had captured two villages": fighting is told after the day it was fought).
        """
        before, after = sentence.text[: time.start - sentence.start], sentence.text[time.end - sentence.start :]
        ahead = self._before_cue.match(after) if DAY_BEFORE_VERB.match(time.text) else None
        cue = ahead or self._after_cue.search(before)
        if not cue or (not ahead and _AUXILIARY_END.search(before[: cue.start()])):
            return False  # "fighting had continued this week": a verb of the event, not of speech
        if not ahead and SELF_REPORTED.match(after):
            told = [d for d in drafts if d.start >= time.end]
            if told and told[0].type not in self._told_later:
                return False
        verb = cue.group().split()[0].lower()
        rest = after[cue.end() :] if ahead else after
        return not (verb in self._telling and re.match(r"\s+that\b", rest))
