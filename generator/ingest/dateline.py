"""Datelines: 'BAMAKO, Aug 12 (Reuters) -', 'NIAMEY (AFP) —', 'Ouagadougou, 3 March 2025 —'.

A dateline gives the place a story was filed from, often the agency, and a
date whose year wire services leave out. A year is never guessed: it comes
from a reference date the caller knows (a feed's build date), else the date
stays unresolved and only the dateline text is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    **dict.fromkeys(("jan", "january", "janv", "janvier"), 1),
    **dict.fromkeys(("feb", "february", "fév", "fev", "févr", "fevr", "février", "fevrier"), 2),
    **dict.fromkeys(("mar", "march", "mars"), 3),
    **dict.fromkeys(("apr", "april", "avr", "avril"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("jun", "june", "juin"), 6),
    **dict.fromkeys(("jul", "july", "juil", "juillet"), 7),
    **dict.fromkeys(("aug", "august", "août", "aout"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre"), 9),
    **dict.fromkeys(("oct", "october", "octobre"), 10),
    **dict.fromkeys(("nov", "november", "novembre"), 11),
    **dict.fromkeys(("dec", "december", "déc", "décembre", "decembre"), 12),
}
"""English and French month names and their agency abbreviations."""

MAX_LAG = dt.timedelta(days=183)
"""How long before the reference date a yearless dateline may be; an older one is left unresolved."""

_LEAD = re.compile(r"^(?P<head>[^\n]{2,100}?)(?:\s+|(?<=\)))[-–—]{1,2}\s+(?=\S)")
_AGENCY = re.compile(r"\(\s*(?P<agency>[A-Za-z][\w .&/-]{0,30}?)\s*\)\s*$")
_PLACE_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|de|du|des|el|al|la|le)$")
_REGION = re.compile(r"^[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){0,2}$")
_DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})(?:er)? (?P<month>[^\W\d]+)\.?(?: (?P<year>\d{4}))?$")
_MONTH_DAY = re.compile(r"^(?P<month>[^\W\d]+)\.? (?P<day>\d{1,2})(?:,? (?P<year>\d{4}))?$")


@dataclass(frozen=True)
class Dateline:
    """What a dateline says."""

    text: str
    """The dateline as written, up to and including its dash."""
    place: str
    """The place, capitalised as a name ('Bamako' for 'BAMAKO')."""
    region: str | None = None
    """A country or region after the place ('NIAMEY, Niger (AP)')."""
    agency: str | None = None
    """The agency in parentheses: 'Reuters', 'AFP'."""
    date_text: str | None = None
    """The date as written ('Aug 12'), with or without a year."""
    published: str | None = None
    """The date as YYYY-MM-DD, only when its year is known."""


def find_dateline(body: str, reference: dt.date | None = None) -> Dateline | None:
    """The dateline opening a story's first paragraph, or None.

    `reference` is a date known to be on or shortly after the filing (a feed's
    build date): a date without a year takes the latest year that does not put
    it after the reference, if that is within half a year of it. Otherwise such a date stays unresolved.
    """
    first = body.lstrip().split("\n", 1)[0]
    match = _LEAD.match(first)
    if not match:
        return None
    head = match.group("head").strip().strip("*_").strip()
    agency = _AGENCY.search(head)
    if agency:
        head = head[: agency.start()].strip()
    segments = _merge_years([part.strip() for part in head.split(",")])
    place = segments[0]
    words = place.split()
    if not 0 < len(words) <= 4 or not all(_PLACE_WORD.match(word) for word in words):
        return None
    region = date = None
    for segment in segments[1:]:
        if date is None and (parsed := _parse_date(segment)) is not None:
            date = (segment, parsed)
        elif region is None and date is None and _REGION.match(segment):
            region = segment
        else:
            return None
    if not (place.isupper() or agency or date):
        return None  # 'Kati - ...' could be anything; a dateline shows itself by capitals, an agency or a date
    published = _resolve(*date[1], reference) if date else None
    return Dateline(
        text=match.group(0).strip(),
        place=place.title() if place.isupper() else place,
        region=region,
        agency=agency.group("agency") if agency else None,
        date_text=date[0] if date else None,
        published=published.isoformat() if published else None,
    )


def _merge_years(segments: list[str]) -> list[str]:
    """'August 12', '2025' back into 'August 12, 2025': the comma split them."""
    result: list[str] = []
    for segment in segments:
        if re.fullmatch(r"\d{4}", segment) and result:
            result[-1] = f"{result[-1]}, {segment}"
        else:
            result.append(segment)
    return result


def _parse_date(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) from '12 August 2025', 'Aug. 12', '3 mars'; None when it is no date."""
    text = " ".join(text.split())
    match = _DAY_MONTH.match(text) or _MONTH_DAY.match(text)
    if not match:
        return None
    month = MONTHS.get(match.group("month").lower())
    day = int(match.group("day"))
    year = int(match.group("year")) if match.group("year") else None
    if month is None or not 1 <= day <= 31:
        return None
    return month, day, year


def _resolve(month: int, day: int, year: int | None, reference: dt.date | None) -> dt.date | None:
    """The calendar date, when the year is written or can be taken from the reference date."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        if reference is None:
            return None
        for candidate in (reference.year, reference.year - 1):
            when = _date_or_none(candidate, month, day)
            if when is not None and reference - MAX_LAG <= when <= reference + dt.timedelta(days=1):
                return when
    except ValueError:
        return None
    return None


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    """A valid date or None (29 February, 31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
