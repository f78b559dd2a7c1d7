"""Bylines left in the story text ("By Jane Doe in Paris"): the reporters and where they file from are not part
of the story, so people and places are not taken from them."""

from __future__ import annotations

import re

from .calendar_words import MONTHS, WEEKDAYS

# "By Jane Doe", "Reporting by Jane Doe; Editing by John Roe": a credit opens the line
_CREDIT = re.compile(
    r"^\W*(?:By|Reporting\s+by|Additional\s+reporting\s+by|Writing\s+by|Editing\s+by)\s+"
    rf"(?!(?:{MONTHS}|{WEEKDAYS}|the|then|now)\b)[A-Z]"
)
_MAX_WORDS = 16  # a credit is short; a sentence opening "By 2030, ..." goes on


def is_byline(text: str) -> bool:
    """Whether a sentence is a reporter's credit rather than story text."""
    return bool(_CREDIT.match(text)) and len(text.split()) <= _MAX_WORDS and not re.search(r"\b(?:said|says)\b", text)
