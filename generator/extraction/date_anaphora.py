"""Anaphoric time expressions ("two days later", "the following week"): dated from the date told before them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..factsheet import DateValue
from .calendar_words import WEEKDAYS
from .date_resolve import NUMBER_WORDS, one_value

if TYPE_CHECKING:
    from .dates import TimeExpr

_AT_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
# what may stand before an expression that opens its sentence ("Just a day after ...", "Less than a year after")
_OPENING_WORDS = re.compile(
    r"(?:.*[.!?;]\s+)?\s*(?:(?:and|but|just|only|barely|less\s+than|more\s+than|about)\s+)*", re.IGNORECASE | re.DOTALL
)
_DAY_PARTS = r"morning|afternoon|evening|night"
_EVENING = re.compile(r"(?i)\b(?:late|night|evening|overnight|tonight)\b")
_ORDINAL = {"next": 1, "following": 1, "same": 0, "previous": -1, "preceding": -1}
# Expressions that date something from the date last told, not from publication. "after"/"before" followed by
# words ("a day after the United States said ...") lead a clause: see `leads`.
ANAPHORIC = (
    r"(?:(?P<within>(?i:less\s+than|under|within|barely|nearly|almost)\s+)?"
    r"(?P<det>the|that|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?P<unit>day|week|month|year|night)s?\s+(?P<dir>later|earlier|after|before)"  # "the night before": a day
    rf"|(?:(?:later|earlier)\s+)?(?:on\s+|in\s+|during\s+)?the\s+(?P<ord>same|next|following|previous|preceding)\s+"
    rf"(?P<unit2>day|week|month|year|{_DAY_PARTS})"
    rf"|(?:(?:later|earlier)\s+)?(?:on\s+|in\s+|during\s+)?that\s+(?:same\s+)?(?P<unit3>day|week|month|year|{_DAY_PARTS})"
    # "later in the day", "earlier in the week": the same unit as the date told last
    rf"|(?:later|earlier)\s+in\s+the\s+(?P<unit4>day|week|month|year|{_DAY_PARTS})"
    # "hours later", "minutes after the blast": the same day as the date told last
    r"|(?P<hours>(?:(?:just|only|a\s+few|several|some|within)\s+)?(?:hours|minutes|moments)\s+"
    r"(?P<dir2>later|earlier|after|before)"
    # "Within hours, ...": opening its clause, the same day as the date told last ("within hours of X" is X's)
    r"|within\s+(?:(?:a\s+few|several)\s+)?(?:hours|minutes)(?=,))"
    # "shortly after midnight": the day after the evening told last
    r"|(?P<midnight>(?:(?:shortly|just|soon|minutes|hours)\s+)?after\s+midnight)"
    # "the following Monday": the first Monday after the day told last
    r"|(?:on\s+)?the\s+(?P<ord2>following|next|previous|preceding)\s+"
    rf"(?P<wday>{WEEKDAYS}))"
)


def anaphoric(m: re.Match[str], _published: dt.date | None) -> tuple[DateValue, ...]:
    """the next day, the same month, two days later: unresolved until the date it counts from is known."""
    return one_value(m.group(), None, _unit(m))


def _unit(m: re.Match[str]) -> str:
    """The calendar unit an anaphoric expression counts in; parts of a day ("the next morning") count in days."""
    if m["hours"] or m["midnight"] or m["wday"]:
        return "day"
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    return "day" if re.fullmatch(_DAY_PARTS, unit) else unit


def leads(m: re.Match[str]) -> bool:
    """Whether an expression dates the clause after it, inside its sentence ("X came a day after Y happened").

    Opening its sentence ("A day after the attack, police ...") it dates the sentence's own clause instead.
    """
    direction = (m["dir"] or m["dir2"] or "").lower()
    if direction not in ("after", "before") or _AT_CLAUSE_END.match(m.string[m.end() :]):
        return False
    return not _OPENING_WORDS.fullmatch(m.string[: m.start()])


def within(m: re.Match[str]) -> bool:
    """Whether the expression gives a bound, not a distance ("less than a year after")."""
    return bool(m.groupdict().get("within"))


def shift(m: re.Match[str]) -> tuple[str, int]:
    """Unit and offset of an anaphoric expression from the date told last: "two days later" -> ("day", 2).

    "X came a day after Y": the date told last is X's, and Y, the clause the expression leads, is a day before
    it, so the offset turns round ("a day after" -> -1, "a week before" -> +1).
    """
    unit = _unit(m)
    if m["midnight"]:
        return "midnight", 1
    if m["wday"]:  # a weekday after (or before) the anchor: the unit names it, the sign gives the direction
        unit = "weekday-" + m["wday"].capitalize()
        return unit, 1 if m["ord2"].lower() in ("following", "next") else -1
    if m["hours"]:
        return unit, 0
    if m["det"]:
        det = m["det"].lower()
        n = 1 if det in ("the", "that", "a", "an") else int(det) if det.isdigit() else NUMBER_WORDS[det]
        n = n if m["dir"].lower() in ("later", "after") else -n
        return unit, -n if leads(m) else n
    return unit, _ORDINAL[m["ord"].lower()] if m["ord"] else 0


def resolve_anaphora(times: list[TimeExpr]) -> list[TimeExpr]:
    """Anaphoric expressions resolved from the date told last before them, in text order."""
    anchor: str | None = None
    # the last evening or night told: "after midnight" counts from it, not from a statement's day told in between
    # ("late on Wednesday ... the ministry said on Thursday ... taken shortly after midnight")
    evening: str | None = None
    out: list[TimeExpr] = []
    for time in times:
        if time.shift and time.shift[0] == "midnight":
            time = reanchor(time, evening) if evening else time
        elif anchor:
            time = reanchor(time, anchor)
        if time.values and time.values[-1].value and not time.leads:  # a clause led back in time is a digression
            anchor = time.values[-1].value
            if _EVENING.search(time.text):
                evening = anchor
        out.append(time)
    return out


def reanchor(time: TimeExpr, anchor: str) -> TimeExpr:
    """An anaphoric expression resolved from an anchor value ("a day after" a day told); others unchanged."""
    if not time.shift:
        return time
    unit, n = time.shift
    # "a year later" is a distance and keeps the anchor's month; "the following year" is a calendar year
    distance = bool(re.search(r"(?i)\b(?:later|earlier|after|before)$", time.text))
    if unit == "month_of":  # "in October that year": a month of the anchor's year
        value: str | None = f"{anchor[:4]}-{n:02d}"
    else:
        value = _shifted(anchor if distance else anchor.split("-")[0] if unit == "year" else anchor, unit, n)
    if value and time.within and n:  # "less than a year after": anywhere between then and the anchor
        ends = sorted([value, anchor.partition("/")[0 if n < 0 else 2] or anchor])
        value = f"{ends[0]}/{ends[1]}"
    precision = time.values[0].precision
    return replace(time, values=(DateValue(time.text, value, "range" if "/" in (value or "") else precision),))


def _base_day(first: str, last: str, n: int) -> str | None:
    """The day of an anchor to count a weekday from: its last day going forward, its first going back."""
    day = (last or first) if n > 0 else first
    return day if len(day) == 10 else None


def _weekday_from(day: str | None, name: str, n: int) -> str | None:
    """The first such weekday after a day (n > 0) or the last before it."""
    if day is None:
        return None
    start = dt.date.fromisoformat(day)
    target = list(calendar.day_name).index(name)
    gap = (target - start.weekday()) % 7 or 7 if n > 0 else -((start.weekday() - target) % 7 or 7)
    return (start + dt.timedelta(days=gap)).isoformat()


def _shifted(anchor: str, unit: str, n: int) -> str | None:
    """A date value moved by n units from an anchor value (a day, month, year or range)."""
    first, _, last = anchor.partition("/")
    # a night ("overnight": two days) counts from its second day either way; longer ranges from the near end
    two_days = len(first) == len(last) == 10 and (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days == 1
    if unit.startswith("weekday-"):
        return _weekday_from(_base_day(first, last, n), unit.removeprefix("weekday-"), n)
    if unit == "midnight":  # after the midnight of a night told: its second day; of a day told: the next one
        return last if two_days else _shifted(anchor, "day", n) if len(anchor) == 10 else None
    base = last if last and (n > 0 or two_days) else first
    bits = [int(b) for b in base.split("-")]
    if unit == "year":  # keeps the anchor's month or day: "a year after August 2023" is August 2022
        return "-".join([str(bits[0] + n), *base.split("-")[1:]])
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
