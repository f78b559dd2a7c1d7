"""Dates an event takes from its neighbours: the sentence before it, or the possessive that names it."""

from __future__ import annotations

import re

from .dates import TimeExpr
from .event_model import Draft
from .text import Sentence

# "Saturday's attack": the possessive time names the event pointed back to
_POSSESSIVE_GAP = re.compile(r"[’']s\s+")


def possessive_dates(draft: Draft) -> list[TimeExpr]:
    """The dates of a back-reference named by a possessive time ("Saturday's attack was the deadliest this year"):
    only that time; the others in its sentence tell something else about it."""
    sentence = draft.sentence
    named = [
        t
        for t in draft.dates
        if t.end <= draft.start
        and _POSSESSIVE_GAP.fullmatch(sentence.text[t.end - sentence.start : draft.start - sentence.start])
    ]
    return named[:1] or draft.dates


def time_alone(sentence: Sentence, groups: list[Draft], times: list[TimeExpr]) -> TimeExpr | None:
    """The one day a sentence tells without any event to date ("Israel's answer came on Monday."), if so."""
    if groups or len(times) != 1:
        return None
    [time] = times
    values = [v for v in time.values if v.value]
    return time if len(values) == 1 and values[0].precision == "day" else None


def lend_time(groups: list[Draft], time: TimeExpr) -> None:
    """Give a day told alone in the sentence before to the first act the next one tells undated.

    Only when the sentence has no time of its own (the caller checks); a back-reference, a toll or a plan takes
    none: what was told on that day is an act reported as done.
    """
    for group in groups:
        if group.dates or group.repeat or group.toll or group.status != "reported" or group.type == "statement":
            continue
        group.dates = [time]
        return


# violent or dramatic acts a lede tells in brief and the next paragraph in detail; talks, deals and the catch-all
# 'other' come in series ("the two leaders met ... in March")
_RETOLD_KINDS = frozenset({"attack", "battle", "arrest", "protest", "coup"})
# "In a separate attack", "another raid": the paragraph tells a new event of the kind
_ANOTHER = re.compile(r"\b(?:another|separate|second|third|other|earlier|previous|similar|new|latest)\b", re.I)


def retold_lede(drafts: list[Draft], draft: Draft, sentences: list[Sentence]) -> Draft | None:
    """The lede's event a story's next paragraph tells again with its details.

    News opens with the event in brief ("Gunmen shot dead the mayor of a town on Monday") and retells it in the
    paragraph after ("Mayor X of Y was ambushed as he drove back ..."): the first act of that kind there is the
    lede's, unless the paragraph calls it another or dates it to another day.
    """
    if not drafts or draft.status != "reported" or draft.distinct or draft.type not in _RETOLD_KINDS:
        return None
    lede = drafts[0].sentence.paragraph
    following = next((s.paragraph for s in sentences if s.paragraph > lede), None)
    if draft.sentence.paragraph != following or any(
        d.sentence.paragraph == following and d.type == draft.type for d in drafts
    ):
        return None
    told = [d for d in drafts if d.sentence.paragraph == lede and d.type == draft.type and d.status == "reported"]
    if len(told) != 1:
        return None
    mine, theirs = _day_values(draft), _day_values(told[0])
    if mine and theirs and mine != theirs:
        return None
    if _ANOTHER.search(draft.sentence.text[: draft.start - draft.sentence.start]):
        return None
    return told[0]


def _day_values(draft: Draft) -> set[str]:
    """The date values a draft carries; with no publication date to resolve them, their words."""
    return {v.value or t.text.casefold() for t in draft.dates for v in t.values}
