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
    Link,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    QuoteEntry,
    RelationEntry,
)
from .event_entries import EventEntry, FigureEntry
from .related import RelatedIndex


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
        return self._index(kind, "countries").get(code, ())

    def from_article(self, kind: str, article_id: str) -> tuple[Any, ...]:
        """The facts of one kind found in one article."""
        return self._index(kind, "articles").get(article_id, ())

    def involving(self, kind: str, slug: str) -> dict[str, tuple[Any, ...]]:
        """Events whose actors or targets, and quotes whose speaker, point at one entity page."""
        key = (kind, slug)
        return {"events": self._involved.get(("events", key), ()), "quotes": self._involved.get(("quotes", key), ())}

    # Pages ask these questions once per country, article or entity: each is answered from an
    # index built on first use, so a whole site costs one pass over the facts, not one per page.

    @cached_property
    def _indexes(self) -> dict[tuple[str, str], dict[str, tuple[Any, ...]]]:
        return {}

    def _index(self, kind: str, by: str) -> dict[str, tuple[Any, ...]]:
        """Facts of one kind grouped by country code or by article id, each group in the facts' own order."""
        index = self._indexes.get((kind, by))
        if index is None:
            groups: dict[str, list[Any]] = {}
            for item in getattr(self, kind):
                for value in dict.fromkeys(item.countries if by == "countries" else _provenance(item)):
                    groups.setdefault(value, []).append(item)
            index = self._indexes[(kind, by)] = {value: tuple(items) for value, items in groups.items()}
        return index

    @cached_property
    def _involved(self) -> dict[tuple[str, tuple[str | None, str | None]], tuple[Any, ...]]:
        groups: dict[tuple[str, tuple[str | None, str | None]], list[Any]] = {}
        for event in self.events:
            for ref in dict.fromkeys((ref.kind, ref.slug) for ref in (*event.actors, *event.targets)):
                groups.setdefault(("events", ref), []).append(event)
        for quote in self.quotes:
            groups.setdefault(("quotes", (quote.speaker.kind, quote.speaker.slug)), []).append(quote)
        return {key: tuple(items) for key, items in groups.items()}

    @cached_property
    def _related(self) -> RelatedIndex:
        return RelatedIndex(self.events)

    @cached_property
    def _timelines(self) -> dict[str, tuple[tuple[EventEntry, ...], dict[int, int]]]:
        """Each country's dated events, and each event's position in that timeline."""
        result = {}
        for code, events in self._index("events", "countries").items():
            timeline = tuple(e for e in events if e.when)
            result[code] = (timeline, {id(e): i for i, e in enumerate(timeline)})
        return result

    @cached_property
    def _links_by_key(self) -> dict[tuple[str, str], tuple[Link, ...]]:
        groups: dict[tuple[str, str], list[Link]] = {}
        for link in self.links:
            for key in dict.fromkeys((link.subject.key, link.target.key)):
                groups.setdefault(key, []).append(link)
        return {key: tuple(items) for key, items in groups.items()}

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
        return self._timelines.get(code, ((), {}))[0]

    def neighbours_in_timeline(self, event: EventEntry, code: str) -> tuple[EventEntry | None, EventEntry | None]:
        """The events just before and after one in a country's timeline."""
        timeline, position = self._timelines.get(code, ((), {}))
        i = position.get(id(event))
        if i is None:
            return None, None
        return (timeline[i - 1] if i else None), (timeline[i + 1] if i + 1 < len(timeline) else None)

    def related_events(self, event: EventEntry, limit: int = 8) -> list[EventEntry]:
        """Other events sharing actors or targets, then place, then country; closest in time first."""
        return self._related.related(event, limit)

    def links_of(self, code_or_key: tuple[str, str]) -> tuple[Link, ...]:
        """Graph edges touching one entity, given as (kind, slug)."""
        return self._links_by_key.get(code_or_key, ())

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


def _provenance(item: Any) -> tuple[str, ...]:
    """The article ids behind an aggregated fact, whichever provenance field it has."""
    return item.article_ids if hasattr(item, "article_ids") else (item.source.article_id,)
