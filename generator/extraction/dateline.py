"""Datelines: the place (and date) a wire or newspaper story is filed from, written before its first sentence.

"NIAMEY, June 3 (Reuters) -", "Maputo (AFP) –", "KYIV —", "**Nairobi, 26 March 2025** –". The place is a
place of the story; the date is the filing date, never the date of an event the story tells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Sentence

DATELINE = re.compile(
    r"^[*_]*(?P<place>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3})"
    r"(?P<rest>(?:,[^()\n–—]{1,40}?)?(?:\s*\([A-Z][\w .-]{1,30}\))?)[*_]*\s*[-–—]+\s+"
)


@dataclass(frozen=True)
class Dateline:
    """Where the dateline is in the body, and the place name it gives."""

    start: int
    end: int
    place_start: int
    place_end: int
    place: str
    country: str | None = None
    """A country written after the place ("MAIDUGURI, Nigeria, ...")."""


def find_dateline(sentences: list[Sentence]) -> Dateline | None:
    """The dateline opening the first story sentence, or None."""
    if not sentences:
        return None
    first = sentences[0]
    match = DATELINE.match(first.text)
    if not match:
        return None
    rest = match.group("rest")
    words = match.group("place").split()
    if len(words) > 1 and not match.group("place").isupper():
        return None  # "Armed gangs stormed - ..." is a sentence; a dateline place is short or in capitals
    country = re.match(r",\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*,", rest)
    return Dateline(
        first.start,
        first.start + match.end(),
        first.start + match.start("place"),
        first.start + match.end("place"),
        match.group("place"),
        country.group(1) if country else None,
    )
