"""Dates: time expressions found by our own patterns, resolved against the publication date by calendar arithmetic.

dateparser's search_dates finds dates in "march on the" or "a five-year"; these patterns only take what is
unmistakably a time expression. Relative expressions need the publication date: without one their value is None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..factsheet import DateValue
from .text import Sentence, overlaps

_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name: i for i, name in enumerate(calendar.month_abbr) if name and name != "May"})
_MONTHS.update({"Sept": 9})
_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_MONTH = rf"(?P<month>{_MONTH_NAMES})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?P<weekday>{_WEEKDAY_NAMES})"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMBER_WORDS = {
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
# Prepositions that make a bare month or year a time expression ("in July", "since 2012").
_LEAD = r"(?i:in|on|since|by|until|till|from|during|before|after|of|around|through|throughout|as of)"
# Words before a day or month that put it ahead of publication ("ahead of the October 25 election").
_AHEAD = re.compile(
    r"(?:ahead of|planned for|scheduled for|set for|slated for|due (?:on|in)|expected (?:on|in)|upcoming)"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
_ORDINAL = {"next": 1, "following": 1, "same": 0, "previous": -1, "preceding": -1}
# Expressions that date something from the date last told, not from publication.
# "a day after Russia launched ...": the clause after it is dated, not the one it stands in; left alone.
_ANAPHORIC = (
    r"(?:(?P<det>the|that|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|after(?=\s*(?:[,.;:)]|$))|before(?=\s*(?:[,.;:)]|$)))"
    r"|(?:(?:later|earlier)\s+)?(?:on\s+|in\s+|during\s+)?the\s+(?P<ord>same|next|following|previous|preceding)\s+"
    r"(?P<unit2>day|week|month|year)"
    r"|(?:(?:later|earlier)\s+)?(?:on\s+|in\s+)?that\s+(?P<unit3>day|week|month|year))"
)
_EDGE = (
    r"(?i:early|mid|late|the end of|end of|the beginning of|the start of|the middle of|the first half of|"
    r"the second half of)"
)


@dataclass(frozen=True)
class TimeExpr:
    """A time expression in the body: where it is and what it resolves to (two values for "2020 and 2021")."""

    start: int
    end: int
    text: str
    values: tuple[DateValue, ...]
    sentence: int
    shift: tuple[str, int] | None = None
    """An anaphoric expression ("the next day", "the same month"): unit and offset from the last date told."""


Resolver = Callable[[re.Match[str], dt.date | None], tuple[DateValue, ...]]


class TimeFinder:
    """Finds and resolves time expressions; patterns are tried most specific first."""

    def __init__(self) -> None:
        year = r"(?:19|20)\d\d"
        year_or_month = rf"(?:[A-Z][a-z]+\.?\s+)?{year}"
        year_list = rf"{year}(?:(?:,\s*|,?\s+and\s+|\s+or\s+){year})+"
        at = r"(?:(?i:in|at|by|until|since)\s+)?"
        rules: list[tuple[str, Resolver]] = [
            (r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", _iso),
            (rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}", _full),
            (rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", _full),
            (
                rf"(?:(?i:in|between|from)\s+)?{_MONTH}\s+(?:and|to|until|through|-|–)\s+"
                rf"(?P<month2>{_MONTH_NAMES})(?:\s+(?P<year>{year}))?(?!\s+[0-3]?\d\b)",
                _month_range,
            ),
            (
                rf"(?:(?i:between|from)\s+)?(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*{_DAY}\s+{_MONTH}"
                rf"(?:,?\s+{_YEAR})?",
                _day_range,
            ),
            (rf"(?i:between|from)\s+(?P<a>{year_or_month})\s+(?:and|to|until)\s+(?P<b>{year_or_month})", _range),
            # a list of years, unless the last one is a count ("in 2023 and 2000 soldiers")
            (rf"(?:(?i:in|of|since|during)\s+)?(?P<years>{year_list})(?!\s+[a-z]+s\b)", _years),
            (rf"(?P<a>{year})\s*[-–]\s*(?P<b>(?:19|20)?\d\d)(?![\d%])", _year_span),
            (rf"{at}{_EDGE}[\s-]+{_MONTH}\s+{_YEAR}", _month_year),
            (rf"{at}{_EDGE}[\s-]+{_YEAR}", _year),
            (rf"(?:{_LEAD}\s+)?{_MONTH}\s+{_YEAR}", _month_year),
            (rf"(?:on\s+)?{_DAY}\s+{_MONTH}(?!\s+{year})", _day_month),
            (rf"(?:on\s+)?{_MONTH}\s+{_DAY}(?![\d,]*\s*{year})(?!\d)", _day_month),
            (
                rf"(?:(?:{_LEAD}|(?i:for|last|this|next|early|mid|late|earlier in|later in))[\s-]+){_MONTH}(?![\w-])",
                _month,
            ),
            (
                rf"(?:(?:on|during)\s+)?the\s+night\s+of\s+{_WEEKDAY}\s+(?:to|into)\s+(?P<weekday2>{_WEEKDAY_NAMES})",
                _night,
            ),
            (r"(?P<word>overnight)", _overnight),
            (_ANAPHORIC, _anaphoric),
            (rf"(?:(?P<rel>last|this|next)\s+|on\s+|(?:late|early)\s+on\s+)?{_WEEKDAY}{_PART}", _weekday),
            (r"(?P<edge>late|early|earlier|later)\s+(?P<rel>last|this|next)\s+(?P<unit>week|month|year)", _relative),
            (r"(?P<rel>last|this|next|earlier this|later this)\s+(?P<unit>week|month|year|weekend)", _relative),
            (r"(?:over\s+|at\s+|during\s+)?the\s+(?P<unit>weekend)", _relative),
            (
                r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago",
                _ago,
            ),
            (r"(?P<word>yesterday|today|tomorrow)", _deictic),
            (rf"(?:{_LEAD}\s+|{_EDGE}\s+){_YEAR}(?!\d|,\d)", _year),
            # a bare year, unless it counts something ("2000 soldiers") or is money or a percentage
            (rf"(?<![\d,.$€£]){_YEAR}(?!\d|,\d|\s+[a-z]+s\b|%)", _year),
        ]
        self._rules = [
            (re.compile(rf"(?<![\w-]){rx}(?![\w])", re.IGNORECASE if _relative_rule(rx) else 0), fn) for rx, fn in rules
        ]

    def find(self, sentence: Sentence, published: dt.date | None) -> list[TimeExpr]:
        """Time expressions in one sentence, without overlaps, in text order."""
        found: list[TimeExpr] = []
        taken: list[tuple[int, int]] = []
        for regex, resolve in self._rules:
            for match in regex.finditer(sentence.text):
                if overlaps(match.start(), match.end(), taken):
                    continue
                values = resolve(match, published)
                # "planned for December": the preposition may open the match itself
                lead = re.match(r"(?i:(?:in|on|for|by|until)\s+)?", match.group()).group()
                if (
                    published
                    and not re.search(r"\d{4}", match.group())
                    and _AHEAD.search(sentence.text[: match.start()] + lead)
                ):
                    values = tuple(_ahead(v, published) for v in values)
                if not values:
                    continue
                taken.append((match.start(), match.end()))
                found.append(
                    TimeExpr(
                        sentence.start + match.start(),
                        sentence.start + match.end(),
                        match.group(),
                        values,
                        sentence.index,
                        _shift(match) if resolve is _anaphoric else None,
                    )
                )
        return sorted(found, key=lambda t: t.start)


def _relative_rule(regex: str) -> bool:
    """Relative words are matched in any case; names of months and days only capitalised."""
    return any(g in regex for g in ("(?P<rel>", "(?P<word>", "(?P<n>", "(?P<unit>weekend)", "(?P<det>"))


def _value(text: str, value: str | None, precision: str) -> tuple[DateValue, ...]:
    """One DateValue."""
    return (DateValue(text=text, value=value, precision=precision),)


def _iso(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """2025-08-12."""
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _value(m.group(), day.isoformat(), "day") if day else ()


def _full(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """12 August 2025, August 12, 2025."""
    day = _safe_date(int(m["year"]), _MONTHS[m["month"].rstrip(".")], int(m["day"]))
    return _value(m.group(), day.isoformat(), "day") if day else ()


def _range(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """between 2020 and 2021, from March 2023 to May 2024."""
    ends = [_year_or_month(m[g]) for g in ("a", "b")]
    if None in ends:
        return ()
    return _value(m.group(), f"{ends[0]}/{ends[1]}", "range")


def _year_or_month(text: str) -> str | None:
    """'2020' or 'March 2023' as ISO."""
    parts = text.split()
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS.get(parts[0].rstrip("."))
    return f"{parts[1]}-{month:02d}" if month else None


def _years(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """in 2020 and 2021: one value per year."""
    return tuple(DateValue(text=m.group(), value=y, precision="year") for y in re.findall(r"\d{4}", m["years"]))


def _year_span(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """2020-2021, 2020-21."""
    first, second = m["a"], m["b"]
    if len(second) == 2:
        second = first[:2] + second
    if second <= first:
        return ()
    return _value(m.group(), f"{first}/{second}", "range")


def _month_year(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """March 2024, late March 2024."""
    return _value(m.group(), f"{m['year']}-{_MONTHS[m['month'].rstrip('.')]:02d}", "month")


def _year(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """since 2012, the end of 2021, a bare 2015."""
    return _value(m.group(), m["year"], "year")


def _day_month(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """12 August: the latest such day not after publication."""
    month, day = _MONTHS[m["month"].rstrip(".")], int(m["day"])
    if not 1 <= day <= 31:
        return ()
    if published is None:
        return _value(m.group(), None, "day")
    year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    resolved = _safe_date(year, month, day)
    return _value(m.group(), resolved.isoformat() if resolved else None, "day")


def _month(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """in July: the latest July not after publication; next July: the first after it."""
    month = _MONTHS[m["month"].rstrip(".")]
    if published is None:
        return _value(m.group(), None, "month")
    if m.group().lower().startswith("next"):
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return _value(m.group(), f"{year}-{month:02d}", "month")


def _weekday(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """on Sunday: the latest such day not after publication; last Monday before it; next Monday after it."""
    if published is None:
        return _value(m.group(), None, "day")
    target = _WEEKDAYS[m["weekday"]]
    rel = (m["rel"] or "").lower()
    back = (published.weekday() - target) % 7
    if rel == "next":
        day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    elif rel == "last" and back == 0:
        day = published - dt.timedelta(days=7)
    else:
        day = published - dt.timedelta(days=back)
    return _value(m.group(), day.isoformat(), "day")


def _relative(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
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
        return _value(m.group(), None, unit)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return _value(m.group(), f"{index // 12}-{index % 12 + 1:02d}", "month")
    return _value(m.group(), str(published.year + offset), "year")


def _week(text: str, offset: int, edge: str, published: dt.date | None) -> tuple[DateValue, ...]:
    """A week relative to publication: whole (precision week) or part of it (late: Thu-Sun, early: Mon-Wed)."""
    if published is None:
        return _value(text, None, "range" if edge else "week")
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
        return _value(text, first.isoformat(), "day")
    return _value(text, f"{first}/{last}", "range" if edge else "week")


def _weekend(text: str, rel: str, published: dt.date | None) -> tuple[DateValue, ...]:
    """The weekend: the latest Saturday-Sunday not after publication (the next one for "next weekend")."""
    if published is None:
        return _value(text, None, "range")
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if rel == "next":
        saturday += dt.timedelta(weeks=1)
    return _value(text, f"{saturday}/{saturday + dt.timedelta(days=1)}", "range")


def _ago(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """three days ago, two years ago."""
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()]
    unit = m["unit"].lower()
    if published is None:
        return _value(m.group(), None, unit if unit != "week" else "week")
    if unit == "day":
        return _value(m.group(), (published - dt.timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        day = published - dt.timedelta(weeks=n)
        monday = day - dt.timedelta(days=day.weekday())
        return _value(m.group(), f"{monday}/{monday + dt.timedelta(days=6)}", "week")
    if unit == "month":
        index = published.year * 12 + published.month - 1 - n
        return _value(m.group(), f"{index // 12}-{index % 12 + 1:02d}", "month")
    return _value(m.group(), str(published.year - n), "year")


def _deictic(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """yesterday, today, tomorrow."""
    if published is None:
        return _value(m.group(), None, "day")
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["word"].lower()]
    return _value(m.group(), (published + dt.timedelta(days=shift)).isoformat(), "day")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None for 31 February."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _ahead(value: DateValue, published: dt.date) -> DateValue:
    """A day or month the text puts ahead of publication, moved to the next year when it resolved before it."""
    if not value.value or "/" in value.value or len(value.value) < 7 or value.value >= published.isoformat()[:7]:
        return value
    return DateValue(value.text, f"{int(value.value[:4]) + 1}{value.value[4:]}", value.precision)


def _month_range(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """in May and June, from March to May 2024: the months as one range, ending not after publication."""
    first, last = _MONTHS[m["month"].rstrip(".")], _MONTHS[m["month2"].rstrip(".")]
    if m["year"]:
        year = int(m["year"])
    elif published:
        year = published.year if last <= published.month else published.year - 1
    else:
        return _value(m.group(), None, "range")
    start_year = year if first <= last else year - 1
    return _value(m.group(), f"{start_year}-{first:02d}/{year}-{last:02d}", "range")


def _day_range(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """from 3 to 5 March, 3-5 March 2024: the days as one range."""
    month, first, last = _MONTHS[m["month"].rstrip(".")], int(m["day1"]), int(m["day"])
    if first >= last:
        return ()
    if m["year"]:
        year = int(m["year"])
    elif published:
        year = published.year if (month, last) <= (published.month, published.day) else published.year - 1
    else:
        return _value(m.group(), None, "range")
    ends = _safe_date(year, month, first), _safe_date(year, month, last)
    return _value(m.group(), f"{ends[0]}/{ends[1]}", "range") if all(ends) else ()


def _night(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """on the night of Saturday to Sunday: the two days, the second the latest not after publication."""
    if published is None:
        return _value(m.group(), None, "range")
    second = published - dt.timedelta(days=(published.weekday() - _WEEKDAYS[m["weekday2"]]) % 7)
    first = second - dt.timedelta(days=1)
    if first.weekday() != _WEEKDAYS[m["weekday"]]:
        return ()
    return _value(m.group(), f"{first}/{second}", "range")


def _overnight(m: re.Match[str], published: dt.date | None) -> tuple[DateValue, ...]:
    """overnight: the night before publication, as its two days."""
    if published is None:
        return _value(m.group(), None, "range")
    return _value(m.group(), f"{published - dt.timedelta(days=1)}/{published}", "range")


def _anaphoric(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """the next day, the same month, two days later: unresolved until the date it counts from is known."""
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    return _value(m.group(), None, unit)


def _shift(m: re.Match[str]) -> tuple[str, int]:
    """Unit and offset of an anaphoric expression: "two days later" -> ("day", 2)."""
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    if m["det"]:
        det = m["det"].lower()
        n = 1 if det in ("the", "that", "a", "an") else int(det) if det.isdigit() else _NUMBER_WORDS[det]
        return unit, n if m["dir"].lower() in ("later", "after") else -n
    return unit, _ORDINAL[m["ord"].lower()] if m["ord"] else 0


def resolve_anaphora(times: list[TimeExpr]) -> list[TimeExpr]:
    """Anaphoric expressions resolved from the date told last before them, in text order."""
    anchor: str | None = None
    out: list[TimeExpr] = []
    for time in times:
        if time.shift and anchor:
            value = _shifted(anchor, *time.shift)
            precision = time.values[0].precision
            time = replace(time, values=(DateValue(time.text, value, "range" if "/" in (value or "") else precision),))
        if time.values and time.values[-1].value:
            anchor = time.values[-1].value
        out.append(time)
    return out


def _shifted(anchor: str, unit: str, n: int) -> str | None:
    """A date value moved by n units from an anchor value (a day, month, year or range)."""
    first, _, last = anchor.partition("/")
    base = last if n > 0 and last else first
    bits = [int(b) for b in base.split("-")]
    if unit == "year":
        return str(bits[0] + n)
    if unit == "month":
        if len(bits) < 2:
            return None
        index = bits[0] * 12 + bits[1] - 1 + n
        return f"{index // 12}-{index % 12 + 1:02d}"
    if len(bits) < 3:
        return None
    day = dt.date(*bits)
    if unit == "day":
        return (day + dt.timedelta(days=n)).isoformat()
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=n)
    return f"{monday}/{monday + dt.timedelta(days=6)}"
