"""The merged events of the knowledge base: each account of an event, where it is drawn, and the figures it gives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .dates import When
from .entries import EntityRef, Source, article_ids


@dataclass(frozen=True)
class FigureEntry:
    """A number an article gives, and what it counts."""

    counts: str
    value: str | None
    number: float | None
    low: float | None
    high: float | None
    countries: tuple[str, ...]
    source: Source
    event: str | None = None
    """Slug of the event whose sentence gives the figure."""


@dataclass(frozen=True)
class EventReport:
    """One article's account of an event: merged events keep every account side by side."""

    slug: str
    """The id of this account: article id and position in its fact sheet."""
    source: Source
    type: str
    summary: str
    status: str
    date_text: str | None
    when: When | None
    place: EntityRef | None
    actors: tuple[EntityRef, ...]
    targets: tuple[EntityRef, ...]
    countries: tuple[str, ...]
    figures: tuple[FigureEntry, ...] = ()


@dataclass(frozen=True)
class Location:
    """Where an event is drawn on a map, and how exactly (ACLED geo_precision: 1 exact, 2 near, 3 country)."""

    name: str
    latitude: float
    longitude: float
    precision: int
    country: str | None
    place: str | None = None
    """Slug of the place entry, when the location is a town rather than a country's centre."""


@dataclass(frozen=True)
class EventEntry:
    """One event, merged over every article that reports it; `reports` keeps each account."""

    slug: str
    type: str
    summary: str
    status: str
    date_text: str | None
    when: When | None
    place: EntityRef | None
    actors: tuple[EntityRef, ...]
    targets: tuple[EntityRef, ...]
    countries: tuple[str, ...]
    source: Source
    """The account the event's date and summary come from."""
    reports: tuple[EventReport, ...] = ()
    plover: str | None = None
    plover_mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    location: Location | None = None

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(report.source for report in self.reports) or (self.source,)

    @property
    def article_ids(self) -> tuple[str, ...]:
        return article_ids(self.sources)

    @property
    def figures(self) -> tuple[FigureEntry, ...]:
        return tuple(figure for report in self.reports for figure in report.figures)

    @property
    def reviewed(self) -> bool:
        return any(source.reviewed for source in self.sources)

    @property
    def sort_key(self) -> tuple[Any, ...]:
        """Chronological; undated events last, then by article and position."""
        moment = self.when.start.key if self.when else (9999, 99, 99)
        return (moment, self.source.article_id, self.slug)
