"""Cue patterns of the words before and after a trigger that tell whether it points back to an event already told."""

from __future__ import annotations

import re

from .calendar_words import WEEKDAYS

# "the arrests", "his arrest", "the latest sweep": a definite noun that points back to an event already told.
BACKREF = re.compile(
    r"(?:\b(?:the|these|those|this|that|such|his|her|their|its)\s+(?:(?:latest|recent|subsequent|alleged|same|"
    r"ongoing|reported|apparent|initial|earlier|previous|last|new|wave\s+of)\s+)?|\bsubsequent\s+)$",
    re.IGNORECASE,
)
# "Saturday's protest", "last week's attack": a dated back-reference to an event already told.
DATED_BACKREF = re.compile(
    rf"\b(?:{WEEKDAYS}|yesterday|today|weekend|week|month)[’']s\s+$",
    re.IGNORECASE,
)
# "27 people had been arrested": a count of people an act befell, told without its agent: a story's second telling
COUNTED_PASSIVE = re.compile(
    r"\b(?:\d[\d,]*|dozens|scores|hundreds|thousands)\s+(?:[\w-]+\s+){0,2}(?:(?:had|have|has)\s+been|was|were)\s+$",
    re.IGNORECASE,
)
# "the arrest of at least 30 officials", "the killing of 39 people": a nominal with a counted object of its own
# tells an event anew; "the arrests" alone points back
COUNTED_OBJECT = re.compile(
    r"^\s+of\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+)?"
    r"(?:\d|dozens\b|hundreds\b|scores\b|several\b|(?:two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
# "Nineteen people were killed that day": a date pointing back to the day of an event already told
ANAPHORIC_DAY = re.compile(r"^(?:on\s+)?(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)$", re.IGNORECASE)
