"""Which of an event's times is the more precise: a day the text names against a few days it only reckons from
publication ("overnight", "late last week"), and a back-reference that narrows the date of the event it repeats."""

from __future__ import annotations

import datetime as dt

from .date_links import span
from .dates import TimeExpr
from .event_model import Draft

_NEAR_DAYS = 7  # a named day and a reckoned range further apart than a week tell two different times
_NIGHT_DAYS = 1  # "overnight", "last night": a range over two days at most


def narrows(draft: Draft, prior: Draft) -> bool:
    """Whether a back-reference dates its event more precisely ("the weekend" ... "Saturday's protest")."""
    if not (draft.backref and draft.dates and prior.dates):
        return False
    inner, outer = span(draft.dates[0].values[0].value), span(prior.dates[0].values[0].value)
    if not (inner and outer) or inner == outer:
        return False
    if outer[0] <= inner[0] and inner[1] <= outer[1]:
        return True
    # "late last week" or "overnight", then "the attack ... on Monday, March 31": a day the text names outranks a
    # few days it only reckons from publication, when the two are at most a week apart
    return _is_day(draft.dates[0]) and _is_short_range(prior.dates[0]) and _days_apart(inner[0], outer[0]) <= _NEAR_DAYS


def _is_day(time: TimeExpr) -> bool:
    """Whether a time expression names one day."""
    return len(time.values) == 1 and len(time.values[0].value or "") == 10


def _is_short_range(time: TimeExpr, days: int = _NEAR_DAYS) -> bool:
    """Whether a time expression is a range of a few days (a week at most): "late last week", "overnight"."""
    first, _, last = (time.values[0].value or "").partition("/")
    return len(first) == len(last) == 10 and _days_apart(first, last) <= days


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (their first ten characters)."""
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def named_day_first(times: list[TimeExpr]) -> list[TimeExpr]:
    """A day the clause names goes before a night reckoned from publication ("held overnight ... on Tuesday": the
    night is Tuesday's, not the one before publication), when the two are at most a week apart.

    Only a night or a day part: "last week" beside "on Monday" tells another time, not a vaguer one of the same act.
    """
    if len(times) < 2 or not _is_short_range(times[0], _NIGHT_DAYS):
        return times
    reckoned = (times[0].values[0].value or "")[:10]
    for time in times[1:]:
        if _is_day(time) and _days_apart(time.values[0].value or "", reckoned) <= _NEAR_DAYS:
            return [time, *(t for t in times if t is not time)]
    return times
