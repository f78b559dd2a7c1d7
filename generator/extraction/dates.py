"""Dates: time expressions found by our own patterns, resolved against the publication date by calendar arithmetic.

dateparser's search_dates finds dates in "march on the" or "a five-year"; these patterns only take what is
unmistakably a time expression. Relative expressions need the publication date: without one their value is None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..factsheet import DateValue
from . import date_periods as periods
from . import date_resolve as calc
from .calendar_words import MONTHS, WEEKDAYS
from .date_anaphora import ANAPHORIC, anaphoric, leads, resolve_anaphora, shift, within
from .text import Sentence, overlaps

__all__ = ["TimeExpr", "TimeFinder", "resolve_anaphora"]

_MONTH_NAMES = (
    rf"{MONTHS}|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_MONTH = rf"(?P<month>{_MONTH_NAMES})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ORDINAL_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
_WEEKDAY_NAMES = WEEKDAYS
_WEEKDAY = rf"(?P<weekday>{_WEEKDAY_NAMES})"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Prepositions that make a bare month or year a time expression ("in July", "since 2012").
_LEAD = r"(?i:in|on|since|by|until|till|from|during|before|after|of|around|through|throughout|as of)"
# Words before a day or month that put it ahead of publication ("ahead of the October 25 election").
_AHEAD = re.compile(
    r"(?:ahead of|planned for|scheduled for|set for|slated for|due (?:on|in)|expected (?:on|in)|upcoming)"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
_LEAD_WORD = re.compile(r"(?i:(?:in|on|for|by|until)\s+)?")
# A modal or plan before a day or month in its clause ("would publish a report in December", "are due to sign
# agreements on Thursday"): the act is still to come, so the day or month is the next one, not the last.
_MODAL_AHEAD = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|expected|set)\s+to|plans?\s+to|intends?\s+to"
    r"|(?:is|are)\s+(?:due|expected|scheduled|set)\b)"  # "is expected in Caracas on Tuesday"
    r"\s+(?!have\b)[^,;:!?]*$",
    re.IGNORECASE,
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
    leads: bool = False
    """It dates the clause after it ("came a day after the US said ..."), not the one it stands in."""
    within: bool = False
    """Its distance is a bound ("less than a year after"): the value is a range up to the date counted from."""


Resolver = Callable[[re.Match[str], dt.date | None], tuple[DateValue, ...]]


class TimeFinder:
    """Finds and resolves time expressions; patterns are tried most specific first."""

    def __init__(self) -> None:
        year = r"(?:19|20)\d\d"
        year_or_month = rf"(?:[A-Z][a-z]+\.?\s+)?{year}"
        year_list = rf"{year}(?:(?:,\s*|,?\s+and\s+|\s+or\s+){year})+"
        at = r"(?:(?i:in|at|by|until|since)\s+)?"
        named_day = rf"(?:(?:{_WEEKDAY_NAMES}),?\s+)?"  # "Monday, March 31": the weekday only confirms the date
        rules: list[tuple[str, Resolver]] = [
            (r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", calc.iso),
            # "between 4 March and 6 April", "from January 1 to September 30, 2025": a span across months
            (
                rf"(?i:between|from)\s+(?:(?P<d1>[0-3]?\d)\s+(?P<m1>{_MONTH_NAMES})|(?P<m1b>{_MONTH_NAMES})\s+(?P<d1b>[0-3]?\d))"
                rf"(?:,?\s+(?P<y1>{year}))?\s+(?i:and|to|until|through)\s+"
                rf"(?:(?P<d2>[0-3]?\d)\s+(?P<m2>{_MONTH_NAMES})|(?P<m2b>{_MONTH_NAMES})\s+(?P<d2b>[0-3]?\d))"
                rf"(?:,?\s+(?P<year>{year}))?",
                periods.day_span,
            ),
            (rf"{named_day}{_DAY}\s+{_MONTH},?\s+{_YEAR}", calc.full),
            (rf"{named_day}{_MONTH}\s+{_DAY},?\s+{_YEAR}", calc.full),
            # "the 8th of October (2025)": British order with "of"
            (rf"(?:on\s+)?(?:the\s+)?{_ORDINAL_DAY}\s+of\s+{_MONTH},?\s+{_YEAR}", calc.full),
            (
                rf"(?:(?i:in|between|from)\s+)?{_MONTH}(?:\s+(?:and|to|until|through)\s+|\s*[-–]\s*)"
                rf"(?P<month2>{_MONTH_NAMES})(?:\s+(?P<year>{year}))?(?!\s+[0-3]?\d\b)",
                calc.month_range,
            ),
            (
                rf"(?:(?i:between|from)\s+)?(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*{_DAY}\s+{_MONTH}"
                rf"(?:,?\s+{_YEAR})?",
                calc.day_range,
            ),
            (rf"(?i:between|from)\s+(?P<a>{year_or_month})\s+(?:and|to|until)\s+(?P<b>{year_or_month})", calc.between),
            # a list of years, unless the last one is a count ("in 2023 and 2000 soldiers")
            (rf"(?:(?i:in|of|since|during)\s+)?(?P<years>{year_list})(?!\s+[a-z]+s\b)", calc.years),
            (rf"(?P<a>{year})\s*[-–]\s*(?P<b>(?:19|20)?\d\d)(?![\d%])", calc.year_span),
            (
                rf"(?:{_LEAD}\s+)?(?:{_EDGE}[\s-]+)?{_MONTH}\s+(?P<yrel>(?i:last|this|next))\s+(?i:year)",
                calc.month_of_year,
            ),
            (rf"(?:{_LEAD}\s+)?{_MONTH}\s+(?i:that|the\s+same)\s+(?i:year)", calc.month_that_year),
            (periods.HALF, periods.half),
            (rf"{at}{_EDGE}[\s-]+{_MONTH}\s+{_YEAR}", calc.month_year),
            (rf"{at}{_EDGE}[\s-]+{_YEAR}", calc.year),
            (rf"(?:{_LEAD}\s+)?{_MONTH}\s+{_YEAR}", calc.month_year),
            (rf"(?:on\s+)?(?:the\s+)?{_ORDINAL_DAY}\s+of\s+{_MONTH}(?!,?\s+{year})", calc.day_month),
            (periods.DECADE, periods.decade),
            (periods.SEASON, periods.season),
            (periods.UNIT_EDGE, periods.unit_edge),
            (rf"(?:on\s+)?{named_day}{_DAY}\s+{_MONTH}(?!\s+{year})", calc.day_month),
            (rf"(?:on\s+)?{named_day}{_MONTH}\s+{_DAY}(?![\d,]*\s*{year})(?!\d)", calc.day_month),
            (
                rf"(?:(?:{_LEAD}|(?i:for|last|this|next|early|mid|late|earlier in|later in))[\s-]+){_MONTH}(?![\w-])",
                calc.month,
            ),
            (
                rf"(?:(?:on|during)\s+)?the\s+night\s+of\s+{_WEEKDAY}\s+(?:to|into)\s+(?P<weekday2>{_WEEKDAY_NAMES})",
                periods.night,
            ),
            (r"(?P<word>overnight)", periods.overnight),
            (periods.DAY_PART, periods.day_part),
            (ANAPHORIC, anaphoric),
            (rf"(?:(?P<rel>last|this|next)\s+|on\s+|(?:late|early)\s+on\s+)?{_WEEKDAY}{_PART}", calc.weekday),
            (
                r"(?P<edge>late|early|earlier|later)\s+(?P<rel>last|this|next)\s+(?P<unit>week|month|year)",
                calc.relative,
            ),
            (r"(?P<rel>last|this|next|earlier this|later this)\s+(?P<unit>week|month|year|weekend)", calc.relative),
            (r"(?:over\s+|at\s+|during\s+)?the\s+(?P<unit>weekend)", calc.relative),
            (
                r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago",
                calc.ago,
            ),
            (r"(?P<word>yesterday|today|tomorrow)", calc.deictic),
            (rf"(?:{_LEAD}\s+|{_EDGE}\s+){_YEAR}(?!\d|,\d)", calc.year),
            # a bare year, unless it counts something ("2000 soldiers") or is money or a percentage
            (rf"(?<![\d,.$€£]){_YEAR}(?!\d|,\d|\s+[a-z]+s\b|%)", calc.year),
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
                opening = _LEAD_WORD.match(match.group())  # the pattern is optional: it always matches
                lead = opening.group() if opening else ""
                if (
                    published
                    and not re.search(r"\d{4}", match.group())
                    and _AHEAD.search(sentence.text[: match.start()] + lead)
                ):
                    values = tuple(_ahead(resolve, weekday=False)(v, published) for v in values)
                elif published and _modal_ahead(sentence.text[: match.start()], match, resolve):
                    values = tuple(_ahead(resolve)(v, published) for v in values)
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
                        _shift(match, resolve),
                        resolve is anaphoric and leads(match),
                        resolve is anaphoric and within(match),
                    )
                )
        return sorted(found, key=lambda t: t.start)


def _ahead(resolve: Resolver, weekday: bool = True) -> Callable[[DateValue, dt.date], DateValue]:
    """How a time of this kind moves when the text puts it ahead of publication."""
    if resolve is calc.weekday and weekday:
        return calc.next_weekday
    if resolve is periods.day_span:
        return periods.span_ahead
    return periods.half_ahead if resolve is periods.half else calc.ahead


def _modal_ahead(before: str, match: re.Match[str], resolve: Resolver) -> bool:
    """Whether a bare month or weekday stands in a clause that tells an act still to come."""
    if resolve not in (calc.month, calc.weekday, periods.season, periods.half, periods.day_span) or re.search(
        r"\d{4}|(?i:\blast\b)", match.group()
    ):
        return False
    return bool(_MODAL_AHEAD.search(before))


def _shift(match: re.Match[str], resolve: Resolver) -> tuple[str, int] | None:
    """How an anaphoric expression counts from the date told last; "October that year" names a month of its year."""
    if resolve is calc.month_that_year:
        return "month_of", calc.month_number(match["month"])
    return shift(match) if resolve is anaphoric else None


def _relative_rule(regex: str) -> bool:
    """Relative words are matched in any case; names of months and days only capitalised."""
    return any(g in regex for g in ("(?P<rel>", "(?P<word>", "(?P<n>", "(?P<unit>weekend)", "(?P<det>"))
