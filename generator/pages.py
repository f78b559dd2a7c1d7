"""Pages: which facts each page gets. One function builds each page's context; templates do the wording."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .knowledge import CountryAtlas, CountryEntry, EventEntry, KnowledgeBase, OrganizationEntry, PersonEntry
from .pictures import graph_svg, map_svg, timeline_svg

SECTIONS = ("countries", "events", "people", "organizations", "articles")
"""Top-level sections, in navigation order; each has an index page and one page per item."""
LATEST = 5
"""Events under 'Latest developments' on a country page."""


@dataclass(frozen=True)
class Page:
    """One Markdown page to write: its path in the docs tree, its template and its context."""

    path: str
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> str:
        """The relative prefix from this page back to the docs root."""
        return "../" * self.path.count("/")


def home_page(kb: KnowledgeBase) -> Page:
    """The briefing: what happened lately, where it was busiest, and how much the corpus covers."""
    dated = [event for event in kb.events if event.when]
    context = {
        "latest_events": dated[::-1][:10],
        "latest_articles": kb.articles[:5],
        "active": kb.recent_activity(30)[:8],
        "newest_day": kb.newest_day,
    }
    return Page("index.md", "home.md.j2", context)


def index_page(kb: KnowledgeBase, section: str) -> Page:
    """A section's index: every item of one kind."""
    return Page(f"{section}/index.md", f"{section}.md.j2", {"items": getattr(kb, section)})


def country_page(kb: KnowledgeBase, country: CountryEntry, atlas: CountryAtlas | None = None) -> Page:
    """A country profile: identity, leaders, latest developments, pictures, actors, timeline, relations."""
    path = f"countries/{country.slug}.md"
    root = "../"
    events = kb.in_country("events", country.code)
    timeline = [e for e in events if e.when]
    organizations = kb.in_country("organizations", country.code)
    links = kb.links_of(("countries", country.slug))
    types = Counter(e.type for e in events).most_common()
    named_in = set(country.article_ids)
    pictures = {
        "timeline": timeline_svg(timeline, root, f"Timeline of events in {country.name}"),
        "map": map_svg(country.code, events, atlas or CountryAtlas(), root, f"Where events in {country.name} happened"),
        "graph": graph_svg(("countries", country.slug), country.name, links, root, f"Relations of {country.name}"),
    }
    return Page(
        path,
        "country.md.j2",
        {
            "country": country,
            "timeline": timeline,
            "latest": timeline[::-1][:LATEST],
            "undated": [e for e in events if not e.when],
            "people": kb.in_country("people", country.code),
            "actors": kb.people_by_kind(country.code),
            "organizations": [o for o in organizations if o.named],
            "descriptions": [o for o in organizations if not o.named],
            "places": kb.in_country("places", country.code),
            "links": links,
            "quotes": kb.in_country("quotes", country.code),
            "figures": kb.in_country("figures", country.code),
            "articles": [a for a in kb.articles if a.slug in named_in],  # newest first
            "types": sorted(types, key=lambda t: (-t[1], t[0]))[:3],
            "pictures": pictures,
        },
    )


def event_page(kb: KnowledgeBase, event: EventEntry) -> Page:
    """One event: what, when, where, who, every source's account side by side, and its neighbours."""
    figures: dict[str, list[Any]] = {}
    for figure in event.figures:
        figures.setdefault(figure.counts, []).append(figure)
    timelines = [
        (kb.countries_by_code[code], *kb.neighbours_in_timeline(event, code))
        for code in event.countries
        if code in kb.countries_by_code and event.when
    ]
    context = {
        "event": event,
        "figures": figures,
        "related": kb.related_events(event),
        "timelines": [t for t in timelines if t[1] or t[2]],
        "differs": _differs(event),
    }
    return Page(f"events/{event.slug}.md", "event.md.j2", context)


def _differs(event: EventEntry) -> list[str]:
    """Which details the sources disagree on: 'date', 'place', 'figures'."""
    if len(event.reports) < 2:
        return []
    differs = []
    if len({r.when for r in event.reports if r.when}) > 1:
        differs.append("date")
    if len({r.place.name.casefold() for r in event.reports if r.place}) > 1:
        differs.append("place")
    counted: dict[str, set[str]] = {}
    for figure in event.figures:
        counted.setdefault(figure.counts, set()).add(str(figure.value or figure.number))
    if any(len(values) > 1 for values in counted.values()):
        differs.append("figures")
    return differs


def article_page(kb: KnowledgeBase, article_id: str) -> Page:
    """One source article: its metadata and every fact found in it."""
    facts = {kind: kb.from_article(kind, article_id) for kind in ("events", "people", "organizations", "places")}
    facts.update({kind: kb.from_article(kind, article_id) for kind in ("quotes", "figures", "relations")})
    return Page(f"articles/{article_id}.md", "article.md.j2", {"article": kb.articles_by_id[article_id], **facts})


def person_page(kb: KnowledgeBase, person: PersonEntry) -> Page:
    """One person: who they are, what they did or underwent, what they said."""
    context = {"person": person, **_involvement(kb, "people", person.slug)}
    return Page(f"people/{person.slug}.md", "person.md.j2", context)


def organization_page(kb: KnowledgeBase, organization: OrganizationEntry) -> Page:
    """One organisation: what it is, and the events and relations it appears in."""
    context = {"organization": organization, **_involvement(kb, "organizations", organization.slug)}
    return Page(f"organizations/{organization.slug}.md", "organization.md.j2", context)


def _involvement(kb: KnowledgeBase, kind: str, slug: str) -> dict[str, Any]:
    """Events, quotes and relations whose references point at one entity page."""
    found = kb.involving(kind, slug)
    return {"events": list(found["events"]), "quotes": list(found["quotes"]), "links": kb.links_of((kind, slug))}


def all_pages(kb: KnowledgeBase, atlas: CountryAtlas | None = None) -> list[Page]:
    """Every page of the site, in a stable order."""
    return list(iter_pages(kb, atlas))


def iter_pages(kb: KnowledgeBase, atlas: CountryAtlas | None = None) -> Iterator[Page]:
    """Every page of the site, in a stable order, each context made only when it is asked for."""
    atlas = atlas or CountryAtlas()
    yield home_page(kb)
    yield from (index_page(kb, section) for section in SECTIONS)
    yield from (country_page(kb, c, atlas) for c in kb.countries)
    yield from (event_page(kb, e) for e in kb.events)
    yield from (article_page(kb, a.slug) for a in kb.articles)
    yield from (person_page(kb, p) for p in kb.people)
    yield from (organization_page(kb, o) for o in kb.organizations)
