"""The date of a statement: the time attached to its verb of saying ("said on Monday", "had on Tuesday urged",
"Speaking in parliament on Tuesday, X accused")."""

from __future__ import annotations

import re

from .date_links import text_after
from .dates import TimeExpr
from .event_telling import DAY_BEFORE_VERB
from .text import Sentence

# "said in a statement (read on state television)", "told (local) media": the verb's medium or hearers, then its time
ATTACHED_TO_CUE = re.compile(
    r"^(?:(?:\s+[\w'’-]+){0,3}\s+in\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:statement|update|report|interview|briefing|message|speech|letter|post)"
    r"(?:\s+(?:read|broadcast|aired|published|posted|issued|carried)\s+(?:on|by|in)(?:\s+[\w'’-]+){1,3}?)?"
    r"|\s+(?:(?:local|state|foreign|international|the)\s+)?"
    r"(?:reporters|journalists|parliament|media|lawmakers|legislators|[A-Z][\w-]*))?\s*$"
)
# "had on Tuesday urged", "The ministry on Friday said": a time right before the verb of saying dates it
_BEFORE_VERB = re.compile(r"^\s+(?:(?:also|again|later|separately)\s+)?$", re.I)
# "rejected the criticism on Tuesday, saying ...": the participle of saying goes with the clause the time closes
_PARTICIPLE_CUE = re.compile(r"^\s*,\s+$")
# "rejected the criticism on Tuesday, ...": a time closing the verb's clause dates the verb, not its object
_CLAUSE_CLOSES = re.compile(r"^\s*(?:[,.;]|$)")
# "claimed the attack the following day", "denied the report on Friday": a short object stands between the verb
# and its time; only after a verb taking a noun (after "said" the words run on into what was said)
_OBJECT_THEN_TIME = re.compile(r"^\s+(?:the|a|an|its|his|her|their|responsibility)(?:\s+[\w'’-]+){0,3}\s+$", re.I)
_SAYING_VERBS = frozenset({"said", "says", "say", "told", "tells", "tell", "added", "adds"})
# a time opening with a preposition after a noun may date the noun ("the attack on Monday"), not the verb
_PREPOSED_TIME = re.compile(r"^(?:on|in|at|of|since|from|during|over|before|after)\b", re.I)
# "On Thursday, the army said", "Speaking in parliament on Tuesday, X accused": a time opening the sentence
_OPENING_TIME = re.compile(
    r"^\s*(?:speaking\s+(?:(?:to|in|at|on|before)\s+(?:[\w'’-]+\s+){1,3}?)?)?(?:(?:on|in|late|early|earlier|later|last)\s+)?$",
    re.I,
)
_SPEAKING = re.compile(r"^\s*speaking\b", re.I)
_COMMA_GAP = re.compile(r"^\s*,?\s*$")


def statement_dates(sentence: Sentence, start: int, end: int, verb: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """The times that date a statement whose speaker starts at `start` and whose verb `verb` ends at `end`."""
    # "X said on Monday": the date of the statement follows its cue
    dated = [
        t
        for t in times
        if t.sentence == sentence.index
        and t.start >= end
        and ATTACHED_TO_CUE.match(sentence.text[end - sentence.start : t.start - sentence.start])
    ]
    dated = dated or [
        t
        for t in times
        if t.sentence == sentence.index and t.start >= end and _object_then_time(sentence, end, t, verb)
    ]
    # "had on Tuesday urged": a time right before the verb
    dated = dated or [
        t
        for t in times
        if t.sentence == sentence.index
        and t.end <= end - len(verb)
        and DAY_BEFORE_VERB.match(t.text)
        and (_PARTICIPLE_CUE if verb.endswith("ing") else _BEFORE_VERB).match(
            sentence.text[t.end - sentence.start : end - len(verb) - sentence.start]
        )
    ]
    # "On Thursday, the army said": a time opening the sentence, right before its speaker, dates the statement;
    # "Speaking in parliament on Tuesday, X accused ...": the whole sentence was said then
    dated = dated or [
        t
        for t in times
        if t.sentence == sentence.index
        and _OPENING_TIME.match(sentence.text[: t.start - sentence.start])
        and (
            (t.end <= start and _COMMA_GAP.match(sentence.text[t.end - sentence.start : start - sentence.start]))
            or (t.end <= end and _SPEAKING.match(sentence.text))
        )
    ]
    return dated


def _object_then_time(sentence: Sentence, end: int, time: TimeExpr, verb: str) -> bool:
    """Whether a time dates a verb of speech across its short object ("claimed the attack the following day")."""
    if verb.lower() in _SAYING_VERBS:
        return False
    if _PREPOSED_TIME.match(time.text) and not _CLAUSE_CLOSES.match(text_after(sentence, time)):
        return False  # "denied the attack on Monday killed anyone": the time may date the noun
    return bool(_OBJECT_THEN_TIME.match(sentence.text[end - sentence.start : time.start - sentence.start]))
