"""Relations: each stated link sorted into a few kinds, and merged into the edges of one graph.

Fact sheets word relations freely ('partner of', 'left', 'imposed sanctions on');
pages and pictures need a handful of kinds. Events that state a relation (a
withdrawal from an organisation, sanctions) add an edge too, with the event's
sentence as evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from .dates import Moment
from .entries import Link, RelationEntry, Source, article_ids
from .event_entries import EventEntry

CATEGORIES = ("ally", "adversary", "distancing", "member", "withdrew from", "sanctioned", "leader", "successor")
"""The kinds of relation pages and graphs show, plus 'other' for the rest."""

_PATTERNS = (
    ("successor", r"successor|succeeded|replaced|renamed|rebranded|became"),
    ("withdrew from", r"withdr[ae]w|withdrawal|\bleft\b|\bleave|\bquit|exit"),
    ("sanctioned", r"sanction|embargo"),
    ("distancing", r"distanc|broke with|break with|cut ties|severed|expel|suspend|recall"),
    ("adversary", r"adversar|enemy|hostile|fight|against|attack|accuse|rival|oppos"),
    ("member", r"member|joined|\bjoin|belongs"),
    ("leader", r"leader|leads|\bled\b|heads|head of|chief|president of"),
    ("ally", r"ally|allie|alliance|partner|support|cooperat|backed|backs|friend"),
)
_EVENT_CATEGORIES = {"withdrawal": "withdrew from", "sanctions": "sanctioned", "sanction": "sanctioned"}
"""Event types that state a relation between their actors and their targets."""


def category(kind: str) -> str:
    """The graph kind of a relation as a fact sheet words it: 'partner of' → 'ally'."""
    text = kind.lower().replace("_", " ")
    return next((name for name, pattern in _PATTERNS if re.search(pattern, text)), "other")


def succession(kind: str, source: str, target: str) -> tuple[str, str] | None:
    """(earlier name, later name) when a relation says one organisation continues another, else None."""
    if category(kind) != "successor":
        return None
    text = kind.lower()
    passive = re.search(r"\bby\b|^renamed|^rebranded|^became", text) and not text.startswith("successor")
    return (source, target) if passive else (target, source)


def from_events(events: Iterable[EventEntry], dates: dict[str, Moment | None]) -> list[RelationEntry]:
    """Relations an event states: 'Mali, Burkina Faso and Niger leave ECOWAS' → three 'withdrew from' edges."""
    result = []
    for event in events:
        kind = _EVENT_CATEGORIES.get(event.type.lower())
        if kind is None or event.status != "reported":
            continue
        for actor in event.actors:
            for target in event.targets:
                if actor.kind in ("countries", "organizations") and target.slug and actor.key != target.key:
                    when = event.when.start if event.when else dates.get(event.source.article_id)
                    result.append(RelationEntry(actor, event.type, target, event.countries, event.source, kind, when))
    return result


def links(relations: Iterable[RelationEntry]) -> tuple[Link, ...]:
    """Relations merged per (subject, kind, target): one edge with every source and the dates it was stated."""
    grouped: dict[tuple, list[RelationEntry]] = defaultdict(list)
    for relation in relations:
        if relation.subject.key == relation.target.key or relation.category == "successor":
            continue
        grouped[(relation.subject.key, relation.category, relation.target.key)].append(relation)
    result = []
    for members in grouped.values():
        dates = sorted((r.date for r in members if r.date), key=lambda m: m.key)
        sources = _unique_sources(r.source for r in members)
        result.append(
            Link(
                subject=members[0].subject,
                category=members[0].category,
                target=members[0].target,
                kinds=tuple(sorted({r.kind for r in members})),
                sources=sources,
                first=dates[0] if dates else None,
                last=dates[-1] if dates else None,
                countries=tuple(sorted({c for r in members for c in r.countries})),
            )
        )
    return tuple(sorted(result, key=lambda k: (k.subject.name, k.category, k.target.name, article_ids(k.sources))))


def _unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Sources without repeats, in article order."""
    seen: dict[tuple[str, str], Source] = {}
    for source in sources:
        seen.setdefault((source.article_id, source.evidence.text), source)
    return tuple(sorted(seen.values(), key=lambda s: (s.article_id, s.evidence.start or 0)))
