"""Nationality: which country a person belongs to when the text does not put a demonym before their name."""

from __future__ import annotations

import re

from .countries import CountryIndex
from .text import Mention, Sentence


def owner_country(countries: CountryIndex, before: str) -> str | None:
    """The country written just before a title or role: "Malian sociologist", "US Secretary", "Mali's minister"."""
    words = re.findall(r"[\w'’.-]+", before[-40:])
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        codes = countries.lookup(" ".join(words[-size:]).removesuffix("’s").removesuffix("'s"))
        if len(codes) == 1:
            return codes[0]
    return None


def nearby_country(mention: Mention, sentences: list[Sentence], countries: list[Mention]) -> str | None:
    """'X in Mali' or 'X of Niger' right after the name, else the last country named before it in the sentence,
    else one the sentence later puts the person 'in'."""
    sentence = sentences[mention.sentence]
    same = [c for c in countries if c.sentence == mention.sentence]
    for country in same:
        if country.start >= mention.end and re.fullmatch(
            r"\s+in\s+", sentence.text[mention.end - sentence.start : country.start - sentence.start]
        ):
            return country.key
    before = [c for c in same if c.end <= mention.start]
    if before:
        return before[-1].key
    for country in same:  # "Captain X took over in Burkina Faso"
        if country.start >= mention.end and re.search(r"\bin\s+$", sentence.text[: country.start - sentence.start]):
            return country.key
    return None


def country_from_roles(roles: tuple[str, ...], place_countries: dict[str, str]) -> str | None:
    """The country of a place named in a role ("governor of the central Mopti region")."""
    for role in roles:
        for name, code in place_countries.items():
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", role):
                return code
    return None
