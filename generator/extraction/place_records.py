"""Place records: a gazetteer entry, a place mention resolved to one, and the Place facts built from them."""

from __future__ import annotations

from dataclasses import dataclass

from ..factsheet import Place
from .text import Mention, Sentence


@dataclass(frozen=True)
class GazetteerEntry:
    """One gazetteer record: a city (with coordinates) or a first-level region."""

    name: str
    country: str
    kind: str
    population: int = 0
    latitude: float | None = None
    longitude: float | None = None
    primary: bool = True
    """False when the name is only one of the city's alternate names."""


@dataclass(frozen=True)
class PlaceHit:
    """A place mention with what its context says."""

    mention: Mention
    entry: GazetteerEntry
    kind: str
    capital: bool


def build_places(hits: list[PlaceHit], sentences: list[Sentence]) -> tuple[Place, ...]:
    """One Place per gazetteer record, in order of first mention; a capital mention anywhere marks it capital."""
    by_index = {s.index: s for s in sentences}
    first: dict[str, PlaceHit] = {}
    capital: set[str] = set()
    for hit in hits:
        first.setdefault(hit.mention.key, hit)
        if hit.capital:
            capital.add(hit.mention.key)
    places = []
    for key, hit in first.items():
        city = hit.kind == "city" and hit.entry.kind == "city"
        places.append(
            Place(
                # an alternate spelling ("Mekelle" for "Mek'ele") is reported as the article writes it
                name=hit.entry.name if hit.entry.primary else hit.mention.text,
                evidence=by_index[hit.mention.sentence].evidence,
                kind=hit.kind,
                country=hit.entry.country,
                latitude=hit.entry.latitude if city else None,
                longitude=hit.entry.longitude if city else None,
                capital=key in capital,
            )
        )
    return tuple(places)
