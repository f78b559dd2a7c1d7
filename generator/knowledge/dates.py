"""Dates: what an event's ISO value resolves to, how precise it is, and whether two dates can meet."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from ..factsheet import DateValue

PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}
"""Finer first: the report with the lowest rank gives a merged event its date."""


@dataclass(frozen=True, order=True)
class Moment:
    """A point in time known to a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def key(self) -> tuple[int, int, int]:
        """Sort key: an unknown month or day sorts first."""
        return (self.year, self.month or 0, self.day or 0)

    @property
    def iso(self) -> str:
        """YYYY, YYYY-MM or YYYY-MM-DD."""
        parts = [f"{self.year:04d}", *(f"{p:02d}" for p in (self.month, self.day) if p)]
        return "-".join(parts)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day:
            return dt.date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])


@dataclass(frozen=True)
class When:
    """A resolved date: a moment, a week (the one starting on `start`) or a range."""

    start: Moment
    end: Moment | None = None
    precision: str = "day"
    """day, month, year, week or range: what the templates display."""

    @cached_property  # asked for on every comparison of two events: merging, related events, timelines
    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day this date can mean."""
        if self.precision == "week":
            first = self.start.first_day()
            return first, first + dt.timedelta(days=6)
        return self.start.first_day(), (self.end or self.start).last_day()

    @property
    def iso(self) -> str:
        """The ISO 8601 form: a date or START/END."""
        return f"{self.start.iso}/{self.end.iso}" if self.end else self.start.iso

    @property
    def rank(self) -> int:
        return PRECISION_RANK.get(self.precision, 5)

    def overlaps(self, other: When) -> bool:
        """Whether both dates can mean the same day: 'Aug 2025' overlaps '10 Aug 2025'."""
        (a_first, a_last), (b_first, b_last) = self.span, other.span
        return a_first <= b_last and b_first <= a_last


def parse_when(date: DateValue) -> When | None:
    """The date of an event, or None when its value is missing or not ISO 8601."""
    value = (date.value or "").strip()
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = moment(first), moment(last)
        return When(start, end, "range") if start and end else None
    start = moment(value)
    if start is None:
        return None
    if start.day and date.precision == "week":
        return When(start, None, "week")
    return When(start, None, "day" if start.day else "month" if start.month else "year")


def moment(value: str) -> Moment | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as a Moment; anything else is None."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    year = int(match[1])
    month, day = (int(part) if part else None for part in match.groups()[1:])
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return Moment(year, month, day)
