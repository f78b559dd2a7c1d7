"""Weekday and month names as regular-expression alternatives, from the standard library's English calendar,
so that no module writes them out again."""

from __future__ import annotations

import calendar

WEEKDAYS = "|".join(calendar.day_name)
"""Monday|Tuesday|...|Sunday"""
MONTHS = "|".join(calendar.month_name[1:])
"""January|February|...|December"""
