"""Periods longer or vaguer than a calendar day or month: seasons, decades, parts of the day near publication,
and the start or end of a week, month or year.

Each resolver takes a `dates.TimeFinder` pattern's match and the publication date, like those of `date_resolve`.
Seasons are the meteorological ones of the northern hemisphere (spring is March to May), as news agencies use them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..factsheet import DateValue
from .calendar_words import MONTHS
from .date_resolve import month_number, one_value, relative

# first and last month of each season; winter runs into the next year
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_DECADE_PARTS = {"": (0, 9), "early": (0, 4), "mid": (3, 7), "late": (5, 9)}

SEASON = (
    r"(?:(?P<lead>(?i:in|during|by|until|till|since|through|throughout|into|over|before|after))\s+)?"
    r"(?:(?P<srel>(?i:the|this|last|next|this\s+past))\s+)?(?:(?i:early|late|mid)[\s-]+)?"
    r"(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+of\s+(?P<year>(?:19|20)\d\d)|\s+(?P<year2>(?:19|20)\d\d))?"
    r"(?!\s+(?:of|in|to|from|by)\b|[\w-])"  # "the fall of Kabul", "a fall in prices" name no time
)
DECADE = (
    r"(?:(?i:in|during|since|by|until|through|throughout)\s+)?(?:(?i:the)\s+)?"
    r"(?:(?P<edge>(?i:early|mid|late))[\s-]+)?(?P<decade>(?:19|20)\d0)s"
)
# "this morning", "tonight", "last night": parts of the day of publication or the night before it
DAY_PART = r"(?P<word>tonight|this\s+(?:morning|afternoon|evening)|last\s+night|(?:earlier|later)\s+today)"
# "since the start of the year", "by the end of the month": the unit the edge belongs to
UNIT_EDGE = (
    r"(?:(?i:since|by|until|till|before|at|from|in|towards?)\s+)?the\s+(?P<part>start|beginning|end|middle|turn)\s+of\s+"
    r"(?P<rel>the|this|last|next)\s+(?P<unit>week|month|year)"
)

# "in the second half of August", "the first half of 2025": a half of a month (days 1-15, 16-end) or of a year
HALF = (
    r"(?:(?i:in|during|by|until|since|from|over|throughout)\s+)?(?i:the)\s+(?P<half>(?i:first|second))\s+(?i:half)\s+of\s+"
    rf"(?:(?P<month>{MONTHS})"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?|(?P<year2>(?:19|20)\d\d))"
)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}


def half(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """The first or second half of a month (the latest such month not after publication) or of a year."""
    second = m["half"].lower() == "second"
    if m["year2"]:
        months = ("07", "12") if second else ("01", "06")
        return one_value(m.group(), f"{m['year2']}-{months[0]}/{m['year2']}-{months[1]}", "range")
    month = _MONTH_NUMBERS[m["month"]]
    if m["year"]:
        year = int(m["year"])
    elif published is None:
        return one_value(m.group(), None, "range")
    else:
        year = published.year if month <= published.month else published.year - 1
    first = dt.date(year, month, 16 if second else 1)
    last = (dt.date(year, month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    end = last if second else dt.date(year, month, 15)
    return one_value(m.group(), f"{first.isoformat()}/{end.isoformat()}", "range")


def half_ahead(value: DateValue, published: dt.date) -> DateValue:
    """A half of a month the text puts ahead of publication ("will be held in the first half of February"): the
    next such half when it resolved before publication."""
    parts = (value.value or "").split("/")
    if len(parts) != 2 or len(parts[0]) != 10 or parts[1] >= published.isoformat():
        return value
    first, last = dt.date.fromisoformat(parts[0]), dt.date.fromisoformat(parts[1])
    first = first.replace(year=first.year + 1)
    last = (dt.date(first.year, first.month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    end = last if first.day == 16 else first.replace(day=15)
    return DateValue(value.text, f"{first.isoformat()}/{end.isoformat()}", value.precision)


def season(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """in the spring, last winter, the summer of 2023: the season's months as a range."""
    name = m["season"].lower()
    year = m["year"] or m["year2"]
    rel = " ".join((m["srel"] or "").lower().split())
    lead = (m["lead"] or "").lower()
    if not (year or rel or lead):
        return ()  # "summer heat": no time told
    if name in ("fall", "spring") and not (year or rel):
        return ()  # "in fall", "since spring" are rarely seasons without "the"
    if year:
        return one_value(m.group(), _season_span(name, int(year)), "range")
    if published is None:
        return one_value(m.group(), None, "range")
    if rel == "next":
        choice = "next"
    elif lead in ("into", "until", "till"):
        choice = "coming"
    else:
        choice = "last" if rel == "last" else rel
    return one_value(m.group(), _season_near(name, choice, published), "range")


def _season_bounds(name: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of a season that starts in `year`."""
    first, last = _SEASONS[name]
    end_year = year + 1 if last < first else year
    following = dt.date(end_year + (last == 12), last % 12 + 1, 1)
    return dt.date(year, first, 1), following - dt.timedelta(days=1)


def _season_span(name: str, year: int) -> str:
    """The season starting in a year as YYYY-MM/YYYY-MM."""
    first, last = _season_bounds(name, year)
    return f"{first.isoformat()[:7]}/{last.isoformat()[:7]}"


def _season_near(name: str, choice: str, published: dt.date) -> str:
    """The season meant relative to publication.

    next: the first to begin after it; coming ("into the autumn"): the one running or the next; last: the last to
    have ended; otherwise ("this summer", "in the spring") the nearest, the past one when two are as near.
    """
    spans = {y: _season_bounds(name, y) for y in range(published.year - 2, published.year + 2)}
    if choice == "next":
        year = min(y for y, (first, _) in spans.items() if first > published)
    elif choice == "coming":
        year = min(y for y, (_, last) in spans.items() if last >= published)
    elif choice == "last":
        year = max(y for y, (_, last) in spans.items() if last < published)
    else:  # the nearest: "in the spring" told in August is the last one, "before the autumn" told in July the next
        year = min(spans, key=lambda y: (_days_outside(spans[y], published), -y))
    return _season_span(name, year)


def _days_outside(span: tuple[dt.date, dt.date], day: dt.date) -> int:
    """How many days a day lies outside a span (0 inside it)."""
    first, last = span
    return max((first - day).days, (day - last).days, 0)


def decade(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """the 1990s, the late 1980s: the decade's years (or its part) as a range."""
    base = int(m["decade"])
    first, last = _DECADE_PARTS[(m["edge"] or "").lower()]
    return one_value(m.group(), f"{base + first}/{base + last}", "range")


def day_part(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """this morning, tonight: the day of publication; last night: the night before it, as its two days."""
    word = " ".join(m["word"].lower().split())
    if published is None:
        return one_value(m.group(), None, "range" if word == "last night" else "day")
    if word == "last night":
        return one_value(m.group(), f"{published - dt.timedelta(days=1)}/{published}", "range")
    return one_value(m.group(), published.isoformat(), "day")


def unit_edge(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """since the start of the year, by the end of last month: the year, month or week it is the edge of.

    A year already over ("by the end of last year") narrows to its first or last month: the year is all behind
    the text, so its edge is a month the story can mean; this year's edge stays the year (it may still be ahead).
    """
    values = relative(m, published)
    month = {"start": "01", "beginning": "01", "end": "12"}.get(m["part"].lower())
    if month and m["unit"].lower() == "year" and m["rel"].lower() == "last" and values and values[0].value:
        return one_value(m.group(), f"{values[0].value}-{month}", "month")
    return values


def night(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """on the night of Saturday to Sunday: the two days, the second the latest not after publication."""
    if published is None:
        return one_value(m.group(), None, "range")
    second = published - dt.timedelta(days=(published.weekday() - calendar_weekday(m["weekday2"])) % 7)
    first = second - dt.timedelta(days=1)
    if first.weekday() != calendar_weekday(m["weekday"]):
        return ()
    return one_value(m.group(), f"{first}/{second}", "range")


def overnight(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """overnight: the night before publication, as its two days."""
    if published is None:
        return one_value(m.group(), None, "range")
    return one_value(m.group(), f"{published - dt.timedelta(days=1)}/{published}", "range")


def calendar_weekday(name: str) -> int:
    """A weekday's number (Monday is 0) from its English name."""
    return list(calendar.day_name).index(name.capitalize())


def day_span(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """between 4 March and 6 April (2025): the days from one to the other as one range; with no year, the latest
    such span that ends by publication ("between 20 December and 5 January" runs into the next year)."""
    first_month, last_month = month_number(m["m1"] or m["m1b"]), month_number(m["m2"] or m["m2b"])
    first_day, last_day = int(m["d1"] or m["d1b"]), int(m["d2"] or m["d2b"])
    turns = int(first_month > last_month)
    if m["year"]:
        last_year = int(m["year"])
        first_year = int(m["y1"]) if m["y1"] else last_year - turns
    elif m["y1"]:
        first_year = int(m["y1"])
        last_year = first_year + turns
    elif published:
        last_year = published.year - int((last_month, last_day) > (published.month, published.day))
        first_year = last_year - turns
    else:
        return one_value(m.group(), None, "range")
    try:
        first, last = dt.date(first_year, first_month, first_day), dt.date(last_year, last_month, last_day)
    except ValueError:
        return ()
    return one_value(m.group(), f"{first}/{last}", "range") if first < last else ()


def span_ahead(value: DateValue, published: dt.date) -> DateValue:
    """A span of days the text puts ahead of publication ("will run from 3 November to 6 December"): a year later
    when it resolved to one already over."""
    first, _, last = (value.value or "").partition("/")
    if not last or last >= published.isoformat():
        return value
    later = "/".join(f"{int(p[:4]) + 1}{p[4:]}" for p in (first, last))
    return DateValue(value.text, later, value.precision)
