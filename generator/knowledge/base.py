"""The knowledge base: every merged fact, and the questions pages ask of it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .dates import Moment
from .entries import (
    Ambiguity,
    ArticleEntry,
    CountryEntry,
    EventEntry,
    FigureEntry,
    Link,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    QuoteEntry,
    RelationEntry,
)


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the site shows, merged, slugged and sorted."""

    articles: tuple[ArticleEntry, ...]
    countries: tuple[CountryEntry, ...]
    people: tuple[PersonEntry, ...]
    organizations: tuple[OrganizationEntry, ...]
    places: tuple[PlaceEntry, ...]
    events: tuple[EventEntry, ...]
    quotes: tuple[QuoteEntry, ...]
    figures: tuple[FigureEntry, ...]
    relations: tuple[RelationEntry, ...]
    links: tuple[Link, ...] = ()
    """The relation graph: relations merged per (subject, category, target)."""
    ambiguities: tuple[Ambiguity, ...] = ()
    """Possible matches left unmerged, for review."""

    @cached_property
    def articles_by_id(self) -> dict[str, ArticleEntry]:
        return {article.slug: article for article in self.articles}

    @cached_property
    def countries_by_code(self) -> dict[str, CountryEntry]:
        return {country.code: country for country in self.countries}

    @cached_property
    def events_by_slug(self) -> dict[str, EventEntry]:
        return {event.slug: event for event in self.events}

    def in_country(self, kind: str, code: str) -> tuple[Any, ...]:
        """The facts of one kind ('people', 'events'...) attached to a country."""
        return tuple(item for item in getattr(self, kind) if code in item.countries)

    def from_article(self, kind: str, article_id: str) -> tuple[Any, ...]:
        """The facts of one kind found in one article."""
        return tuple(item for item in getattr(self, kind) if article_id in _provenance(item))

    @property
    def date_range(self) -> tuple[str, str] | None:
        """First and last publication dates of the articles, ISO strings."""
        dates = sorted(a.info.published for a in self.articles if a.info.published)
        return (dates[0], dates[-1]) if dates else None

    @cached_property
    def newest_day(self) -> dt.date | None:
        """The corpus's 'today': the latest publication date or event day, never the clock."""
        days = [a.date.last_day() for a in self.articles if a.date]
        days += [e.when.span[1] for e in self.events if e.when and e.status == "reported"]
        return max(days) if days else None

    def recent_activity(self, days: int = 30) -> list[tuple[CountryEntry, int]]:
        """Countries by the number of events in the last `days` days of the corpus, busiest first."""
        if self.newest_day is None:
            return []
        since = self.newest_day - dt.timedelta(days=days - 1)
        counts: Counter[str] = Counter(
            code for e in self.events if e.when and e.when.span[1] >= since for code in e.countries
        )
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(self.countries_by_code[code], n) for code, n in ranked if code in self.countries_by_code]

    def timeline(self, code: str) -> tuple[EventEntry, ...]:
        """A country's dated events, oldest first."""
        return tuple(e for e in self.in_country("events", code) if e.when)

    def neighbours_in_timeline(self, event: EventEntry, code: str) -> tuple[EventEntry | None, EventEntry | None]:
        """The events just before and after one in a country's timeline."""
        timeline = self.timeline(code)
        if event not in timeline:
            return None, None
        i = timeline.index(event)
        return (timeline[i - 1] if i else None), (timeline[i + 1] if i + 1 < len(timeline) else None)

    def related_events(self, event: EventEntry, limit: int = 8) -> list[EventEntry]:
        """Other events sharing actors or targets, then place, then country; closest in time first."""
        mine = {ref.key for ref in (*event.actors, *event.targets) if ref.slug}
        place = event.place.key if event.place and event.place.kind != "countries" else None
        scored = []
        for other in self.events:
            if other is event:
                continue
            shared = len(mine & {ref.key for ref in (*other.actors, *other.targets) if ref.slug})
            same_place = place is not None and other.place is not None and other.place.key == place
            same_country = bool(set(event.countries) & set(other.countries))
            if not (shared or same_place or same_country):
                continue
            scored.append(((-shared, -same_place, _distance(event, other), other.slug), other))
        return [other for _, other in sorted(scored, key=lambda item: item[0])[:limit]]

    def links_of(self, code_or_key: tuple[str, str]) -> tuple[Link, ...]:
        """Graph edges touching one entity, given as (kind, slug)."""
        return tuple(link for link in self.links if code_or_key in (link.subject.key, link.target.key))

    def people_by_kind(self, code: str) -> dict[str, tuple[Any, ...]]:
        """A country's key actors: people, then named organisations grouped by kind."""
        groups: dict[str, tuple[Any, ...]] = {}
        if people := self.in_country("people", code):
            groups["people"] = people
        for organization in self.in_country("organizations", code):
            if organization.named:
                kind = organization.kinds[0] if organization.kinds else "other"
                groups[kind] = (*groups.get(kind, ()), organization)
        return groups

    @cached_property
    def latest_moment(self) -> Moment | None:
        dated = [a.date for a in self.articles if a.date]
        return max(dated, key=lambda m: m.key) if dated else None


def _distance(a: EventEntry, b: EventEntry) -> int:
    """Days between two events; undated ones count as far apart."""
    if not (a.when and b.when):
        return 10**6
    return abs((a.when.span[0] - b.when.span[0]).days)


def _provenance(item: Any) -> tuple[str, ...]:
    """The article ids behind an aggregated fact, whichever provenance field it has."""
    return item.article_ids if hasattr(item, "article_ids") else (item.source.article_id,)
