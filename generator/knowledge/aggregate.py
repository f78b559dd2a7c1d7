"""`aggregate`: every fact sheet into one knowledge base, in a fixed order of steps.

It only collects and groups: it reads no files and writes none. Countries come
first (every other fact is placed by them), then people, organisations and
places, then the facts that name them. Every list is sorted by an explicit key,
so the same sheets give the same knowledge base whatever order they arrive in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..factsheet import FactSheet
from .atlas import CountryAtlas
from .base import KnowledgeBase
from .countries import resolve_articles, resolve_countries, with_leaders
from .entities import resolve_organizations, resolve_people, resolve_places
from .entries import QuoteEntry, RelationEntry, Source
from .event_entries import FigureEntry
from .events import resolve_events
from .registry import Registry, ResolutionRules
from .relations import category, from_events, links


def aggregate(
    sheets: Sequence[FactSheet],
    atlas: CountryAtlas | None = None,
    rules: ResolutionRules | Mapping | None = None,
) -> KnowledgeBase:
    """Merge fact sheets into one knowledge base.

    `atlas` supplies country reference data; `rules` are a reviewer's decisions,
    `{"same": [[name, name, ...]], "different": [[name, name]]}`, applied before
    any automatic match.
    """
    ordered = sorted(sheets, key=lambda sheet: sheet.article.id)
    reg = Registry(ordered, atlas or CountryAtlas(), ResolutionRules.from_mapping(rules))
    countries = resolve_countries(reg)
    articles = resolve_articles(reg)
    people, people_doubts = resolve_people(reg)
    organizations, organization_doubts = resolve_organizations(reg)
    places = resolve_places(reg)
    figures = _figures(reg)
    events, event_doubts = resolve_events(reg, figures)
    figures = _figures_with_events(figures, events)
    relations = _relations(reg)
    graph = links((*relations, *from_events(events, reg.dates)))
    return KnowledgeBase(
        articles=articles,
        countries=with_leaders(reg, countries, people, relations),
        people=people,
        organizations=organizations,
        places=places,
        events=events,
        quotes=_quotes(reg),
        figures=figures,
        relations=relations,
        links=graph,
        ambiguities=tuple(sorted({*people_doubts, *organization_doubts, *event_doubts}, key=repr)),
    )


def _quotes(reg: Registry) -> tuple[QuoteEntry, ...]:
    """Quotes in article order; a quote belongs to its speaker's countries."""
    result = []
    for sheet in reg.sheets:
        for quote in sheet.quotes:
            speaker = reg.ref(quote.speaker, sheet.article.id)
            codes = reg.person_countries.get(speaker.slug or "", ()) if speaker.kind == "people" else ()
            result.append(
                QuoteEntry(
                    speaker=speaker,
                    text=quote.text,
                    cue=quote.cue,
                    countries=codes or reg.primary[sheet.article.id],
                    source=Source(sheet.article.id, quote.evidence, quote.reviewed),
                )
            )
    return tuple(result)


def _figures(reg: Registry) -> tuple[FigureEntry, ...]:
    """Figures in article order, attached to the countries their article is about."""
    return tuple(
        FigureEntry(
            counts=figure.counts,
            value=figure.value,
            number=figure.number,
            low=figure.min,
            high=figure.max,
            countries=reg.primary[sheet.article.id],
            source=Source(sheet.article.id, figure.evidence, figure.reviewed),
        )
        for sheet in reg.sheets
        for figure in sheet.figures
    )


def _figures_with_events(figures: tuple[FigureEntry, ...], events: Sequence) -> tuple[FigureEntry, ...]:
    """Each figure with the slug of the event whose account gives it, if any."""
    owner = {id(figure): event.slug for event in events for report in event.reports for figure in report.figures}
    result = []
    for figure in figures:
        slug = owner.get(id(figure))
        result.append(FigureEntry(**{**figure.__dict__, "event": slug}) if slug else figure)
    return tuple(result)


def _relations(reg: Registry) -> tuple[RelationEntry, ...]:
    """Relations in article order; a relation belongs to the countries at either end, else its article's."""
    result = []
    for sheet in reg.sheets:
        aid = sheet.article.id
        for relation in sheet.relations:
            subject, target = reg.ref(relation.source, aid), reg.ref(relation.target, aid)
            codes = reg.linked_countries((subject, target))
            result.append(
                RelationEntry(
                    subject=subject,
                    kind=relation.kind,
                    target=target,
                    countries=tuple(sorted(codes)) or reg.primary[aid],
                    source=Source(aid, relation.evidence, relation.reviewed),
                    category=category(relation.kind),
                    date=reg.dates.get(aid),
                )
            )
    return tuple(result)
