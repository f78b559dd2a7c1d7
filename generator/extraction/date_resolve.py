"""Calendar arithmetic for time expressions: one resolver per pattern of `dates.TimeFinder`.

Each resolver takes the pattern's match and the publication date and returns the expression's values;
a relative expression with no publication date keeps its text and gets no value: dates are never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..factsheet import DateValue

_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name: i for i, name in enumerate(calendar.month_abbr) if name and name != "May"})
_MONTHS.update({"Sept": 9})
_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
}


def one_value(text: str, value: str | None, precision: str) -> tuple[DateValue, ...]:
    """One DateValue."""
    return (DateValue(text=text, value=value, precision=precision),)


def iso(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """2025-08-12."""
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return one_value(m.group(), day.isoformat(), "day") if day else ()


def full(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """12 August 2025, August 12, 2025."""
    day = _safe_date(int(m["year"]), _MONTHS[m["month"].rstrip(".")], int(m["day"]))
    return one_value(m.group(), day.isoformat(), "day") if day else ()


def between(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """between 2020 and 2021, from March 2023 to May 2024."""
    ends = [_year_or_month(m[g]) for g in ("a", "b")]
    if None in ends:
        return ()
    return one_value(m.group(), f"{ends[0]}/{ends[1]}", "range")


def _year_or_month(text: str) -> str | None:
    """'2020' or 'March 2023' as ISO."""
    parts = text.split()
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS.get(parts[0].rstrip("."))
    return f"{parts[1]}-{month:02d}" if month else None


def years(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """in 2020 and 2021: one value per year."""
    return tuple(DateValue(text=m.group(), value=y, precision="year") for y in re.findall(r"\d{4}", m["years"]))


def year_span(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """2020-2021, 2020-21."""
    first, second = m["a"], m["b"]
    if len(second) == 2:
        second = first[:2] + second
    if second <= first:
        return ()
    return one_value(m.group(), f"{first}/{second}", "range")


def month_year(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """March 2024, late March 2024."""
    return one_value(m.group(), f"{m['year']}-{_MONTHS[m['month'].rstrip('.')]:02d}", "month")


def year(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """since 2012, the end of 2021, a bare 2015."""
    return one_value(m.group(), m["year"], "year")


def day_month(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """12 August: the latest such day not after publication."""
    month, day = _MONTHS[m["month"].rstrip(".")], int(m["day"])
    if not 1 <= day <= 31:
        return ()
    if published is None:
        return one_value(m.group(), None, "day")
    year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    resolved = _safe_date(year, month, day)
    return one_value(m.group(), resolved.isoformat() if resolved else None, "day")


def month(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """in July: the latest July not after publication; next July: the first after it."""
    month = _MONTHS[m["month"].rstrip(".")]
    if published is None:
        return one_value(m.group(), None, "month")
    if m.group().lower().startswith("next"):
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return one_value(m.group(), f"{year}-{month:02d}", "month")


def month_of_year(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """October last year, March next year: that month of the year before, of or after publication."""
    if published is None:
        return one_value(m.group(), None, "month")
    year = published.year + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
    return one_value(m.group(), f"{year}-{_MONTHS[m['month'].rstrip('.')]:02d}", "month")


def month_that_year(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """in October that year: the month of the year told last, resolved with the other anaphoric expressions."""
    return one_value(m.group(), None, "month")


def month_number(name: str) -> int:
    """The number of a month name or abbreviation ("Oct." -> 10)."""
    return _MONTHS[name.rstrip(".")]


def weekday(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """on Sunday: the latest such day not after publication; next Monday: the first after publication;
    last Monday: the latest before publication but for yesterday, which a writer calls "on Monday" or "yesterday"
    (told on a Thursday, "last Wednesday" is the Wednesday of the week before)."""
    if published is None:
        return one_value(m.group(), None, "day")
    target = _WEEKDAYS[m["weekday"]]
    rel = (m["rel"] or "").lower()
    back = (published.weekday() - target) % 7
    if rel == "next":
        day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    elif rel == "last" and back <= 1:
        day = published - dt.timedelta(days=back + 7)
    else:
        day = published - dt.timedelta(days=back)
    return one_value(m.group(), day.isoformat(), "day")


def relative(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """last week, late last week, earlier this month, last year, the weekend."""
    groups = m.groupdict()
    unit = groups["unit"].lower()
    rel = " ".join((groups.get("rel") or "").lower().split())
    edge = (groups.get("edge") or "").lower()
    if rel.startswith("earlier"):
        rel, edge = "this", "earlier"
    elif rel.startswith("later"):
        rel, edge = "this", "later"
    if unit == "weekend":
        return _weekend(m.group(), rel, published)
    offset = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "week":
        return _week(m.group(), offset, edge, published)
    if published is None:
        return one_value(m.group(), None, unit)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return one_value(m.group(), f"{index // 12}-{index % 12 + 1:02d}", "month")
    return one_value(m.group(), str(published.year + offset), "year")


def _week(text: str, offset: int, edge: str, published: dt.date | None) -> tuple[DateValue, ...]:
    """A week relative to publication: whole (precision week) or part of it (late: Thu-Sun, early: Mon-Wed)."""
    if published is None:
        return one_value(text, None, "range" if edge else "week")
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
    first, last = monday, monday + dt.timedelta(days=6)
    if edge == "late":
        first = monday + dt.timedelta(days=3)
    elif edge == "early":
        last = monday + dt.timedelta(days=2)
    elif edge == "earlier":
        last = published - dt.timedelta(days=1)
    elif edge == "later":
        first = published + dt.timedelta(days=1)
    if first > last:
        return ()
    if first == last:
        return one_value(text, first.isoformat(), "day")
    return one_value(text, f"{first}/{last}", "range" if edge else "week")


def _weekend(text: str, rel: str, published: dt.date | None) -> tuple[DateValue, ...]:
    """The weekend: the latest Saturday-Sunday not after publication (the next one for "next weekend")."""
    if published is None:
        return one_value(text, None, "range")
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if rel == "next":
        saturday += dt.timedelta(weeks=1)
    return one_value(text, f"{saturday}/{saturday + dt.timedelta(days=1)}", "range")


def ago(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """three days ago, two years ago."""
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
    unit = m["unit"].lower()
    if published is None:
        return one_value(m.group(), None, unit if unit != "week" else "week")
    if unit == "day":
        return one_value(m.group(), (published - dt.timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        day = published - dt.timedelta(weeks=n)
        monday = day - dt.timedelta(days=day.weekday())
        return one_value(m.group(), f"{monday}/{monday + dt.timedelta(days=6)}", "week")
    if unit == "month":
        index = published.year * 12 + published.month - 1 - n
        return one_value(m.group(), f"{index // 12}-{index % 12 + 1:02d}", "month")
    return one_value(m.group(), str(published.year - n), "year")


def deictic(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """yesterday, today, tomorrow."""
    if published is None:
        return one_value(m.group(), None, "day")
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["word"].lower()]
    return one_value(m.group(), (published + dt.timedelta(days=shift)).isoformat(), "day")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None for 31 February."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def ahead(value: DateValue, published: dt.date) -> DateValue:
    """A day, month or span of months the text puts ahead of publication, a year later when it resolved before it."""
    parts = (value.value or "").split("/")
    if not value.value or len(parts[0]) < 7 or parts[-1][:7] >= published.isoformat()[:7]:
        return value
    if len(parts) == 2 and not len(parts[0]) == len(parts[1]) == 7:
        return value  # a span of days ("the weekend") is reckoned from publication already
    later = "/".join(f"{int(p[:4]) + 1}{p[4:]}" for p in parts)
    return DateValue(value.text, later, value.precision)


def next_weekday(value: DateValue, published: dt.date) -> DateValue:
    """A weekday the text puts ahead of publication ("will meet on Thursday"): the next one, not the last."""
    if not value.value or len(value.value) != 10 or value.value >= published.isoformat():
        return value
    day = dt.date.fromisoformat(value.value) + dt.timedelta(days=7)
    return DateValue(value.text, day.isoformat(), value.precision)


def month_range(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """in May and June, from March to May 2024: the months as one range, ending not after publication."""
    first, last = _MONTHS[m["month"].rstrip(".")], _MONTHS[m["month2"].rstrip(".")]
    if m["year"]:
        year = int(m["year"])
    elif published:
        year = published.year if last <= published.month else published.year - 1
    else:
        return one_value(m.group(), None, "range")
    start_year = year if first <= last else year - 1
    return one_value(m.group(), f"{start_year}-{first:02d}/{year}-{last:02d}", "range")


def day_range(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """from 3 to 5 March, 3-5 March 2024: the days as one range."""
    month, first, last = _MONTHS[m["month"].rstrip(".")], int(m["day1"]), int(m["day"])
    if first >= last:
        return ()
    if m["year"]:
        year = int(m["year"])
    elif published:
        year = published.year if (month, last) <= (published.month, published.day) else published.year - 1
    else:
        return one_value(m.group(), None, "range")
    ends = _safe_date(year, month, first), _safe_date(year, month, last)
    return one_value(m.group(), f"{ends[0]}/{ends[1]}", "range") if all(ends) else ()
