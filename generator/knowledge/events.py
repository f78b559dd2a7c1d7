"""Events: each article's account resolved, then accounts of the same event merged into one.

Two accounts from different articles are one event when they have the same type,
dates that can meet, and the same place or a shared actor or target. Accounts
never merge within one article (the sheet lists them apart on purpose), nor when
both name targets and the targets differ. A date known only to the year needs
both place and actors to agree. Accounts that match on type and date but share
nothing else are left apart and reported as an Ambiguity.

Conflicting details (dates, places, figures) are not reconciled: every account
is kept in `EventEntry.reports`, and pages show them side by side.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from ..factsheet import Event
from .dates import parse_when
from .entries import Ambiguity, Source
from .event_entries import EventEntry, EventReport, FigureEntry, Location
from .names import Groups, fold, name_key
from .registry import Registry, loose_key


def resolve_events(reg: Registry, figures: Sequence[FigureEntry]) -> tuple[tuple[EventEntry, ...], list[Ambiguity]]:
    """Every account of every sheet, merged into events, chronological."""
    reports = [_report(reg, sheet.article.id, n, e) for sheet in reg.sheets for n, e in enumerate(sheet.events, 1)]
    by_article: dict[str, list[FigureEntry]] = defaultdict(list)
    for figure in figures:
        by_article[figure.source.article_id].append(figure)
    reports = [_with_figures(report, by_article) for report in reports]
    groups = Groups()
    articles: dict[str, set[str]] = {r.slug: {r.source.article_id} for r in reports}
    ambiguities = []
    by_type: dict[str, list[EventReport]] = defaultdict(list)
    for report in reports:
        groups.find(report.slug)
        by_type[_type_key(report, reg)].append(report)
    where = {report.slug: _where(reg, report) for report in reports}
    for same_type in by_type.values():
        for a, b in _overlapping_pairs(same_type):
            verdict = _match(a, b, where[a.slug], where[b.slug])
            root_a, root_b = groups.find(a.slug), groups.find(b.slug)
            if verdict == "same" and root_a != root_b and not (articles[root_a] & articles[root_b]):
                groups.union([a.slug, b.slug])
                articles[groups.find(a.slug)] = articles[root_a] | articles[root_b]
            elif verdict == "maybe" and root_a != root_b:
                ambiguities.append(
                    Ambiguity(
                        "events",
                        a.summary,
                        (b.summary,),
                        f"same type ({a.type}) and date, nothing else in common: {a.slug} and {b.slug}",
                        tuple(sorted({a.source.article_id, b.source.article_id})),
                    )
                )
    clusters: dict[str, list[EventReport]] = defaultdict(list)
    for report in reports:
        clusters[groups.find(report.slug)].append(report)
    sheets_events = {(s.article.id, n): e for s in reg.sheets for n, e in enumerate(s.events, 1)}
    events = [_merge(reg, members, sheets_events) for members in clusters.values()]
    return tuple(sorted(events, key=lambda e: e.sort_key)), ambiguities


SHORT_SPAN_DAYS = 31
"""Dates up to a month long are indexed by their first day; longer ones (years, ranges) are compared with all."""


def _overlapping_pairs(reports: list[EventReport]) -> Iterator[tuple[EventReport, EventReport]]:
    """Every pair (a, b), a before b in the list, whose dates can meet, in the order of a nested loop.

    Other pairs can never be one event (see _match), so skipping them changes nothing;
    comparing every pair would grow with the square of the archive.
    """
    spans = [r.when.span if r.when else None for r in reports]
    short = sorted((span[0], i) for i, span in enumerate(spans) if span and (span[1] - span[0]).days < SHORT_SPAN_DAYS)
    firsts = [first for first, _ in short]
    long = [i for i, span in enumerate(spans) if span and (span[1] - span[0]).days >= SHORT_SPAN_DAYS]
    window = dt.timedelta(days=SHORT_SPAN_DAYS)
    for i, span in enumerate(spans):
        if span is None:
            continue
        first, last = span
        lo, hi = bisect.bisect_left(firsts, first - window), bisect.bisect_right(firsts, last)
        found = [j for _, j in short[lo:hi] if j > i and spans[j][1] >= first]  # type: ignore[index]
        found += [j for j in long if j > i and spans[j][0] <= last and first <= spans[j][1]]  # type: ignore[index]
        for j in sorted(found):
            yield reports[i], reports[j]


def _report(reg: Registry, article_id: str, number: int, event: Event) -> EventReport:
    """One account with its names resolved to pages."""
    actors = tuple(reg.ref(a, article_id) for a in event.actors)
    targets = tuple(reg.ref(t, article_id) for t in event.targets)
    place, place_country = reg.place(article_id, event.place)
    codes = reg.linked_countries((*actors, *targets)) | ({place_country} if place_country else set())
    return EventReport(
        slug=f"{article_id}-{number}",
        source=Source(article_id, event.evidence, event.reviewed),
        type=event.type,
        summary=event.summary,
        status=event.status,
        date_text=event.date.text,
        when=parse_when(event.date),
        place=place,
        actors=actors,
        targets=targets,
        countries=tuple(sorted(codes)) or reg.primary[article_id],
    )


def _with_figures(report: EventReport, figures: Mapping[str, Sequence[FigureEntry]]) -> EventReport:
    """The figures given in the same sentence as the account; `figures` are grouped by article."""
    own = tuple(f for f in figures.get(report.source.article_id, ()) if _same_sentence(f, report))
    return EventReport(**{**report.__dict__, "figures": own}) if own else report


def _same_sentence(figure: FigureEntry, report: EventReport) -> bool:
    a, b = figure.source.evidence, report.source.evidence
    if None not in (a.start, a.end, b.start, b.end):
        return a.start < b.end and b.start < a.end  # type: ignore[operator]
    return fold(a.text) == fold(b.text)


def _type_key(report: EventReport, reg: Registry) -> str:
    """What 'same type' compares: the folded type as the sheet words it."""
    return fold(report.type)


def _where(reg: Registry, report: EventReport) -> tuple[str, str] | None:
    """What 'same place' compares: ('country', code) for a country, ('town', loose name) for anything smaller."""
    if report.place is None:
        return None
    code = reg.atlas.code_for(report.place.name)
    if code or (report.place.kind == "countries" and report.place.name == report.place.slug):
        return ("country", code or "")
    return ("town", loose_key(name_key(report.place.name)))


def _match(a: EventReport, b: EventReport, where_a: tuple | None, where_b: tuple | None) -> str:
    """'same', 'maybe' or 'different' for two accounts of the same type."""
    if a.source.article_id == b.source.article_id or a.status != b.status:
        return "different"
    if not (a.when and b.when and a.when.overlaps(b.when)):
        return "different"
    targets_a = {t.key for t in a.targets}
    targets_b = {t.key for t in b.targets}
    if targets_a and targets_b and not targets_a & targets_b:
        return "different"
    if where_a and where_b and where_a[0] == where_b[0] == "town" and where_a != where_b:
        return "different"  # two towns
    town = where_a is not None and where_a == where_b and where_a[0] == "town"
    shared = {r.key for r in (*a.actors, *a.targets)} & {r.key for r in (*b.actors, *b.targets)}
    named = {key for key in shared if key[0] != "countries"}
    rank = max(a.when.rank, b.when.rank)
    if rank >= 4:  # a year: too wide unless place and a named actor agree
        return "same" if town and named else "different"
    if (rank <= 1 and (shared or town)) or named or (town and shared):
        return "same"
    return "maybe" if rank <= 1 and set(a.countries) & set(b.countries) else "different"


def _merge(reg: Registry, members: list[EventReport], sheet_events: dict[tuple[str, int], Event]) -> EventEntry:
    """One event from its accounts: date and summary from the most precise, every name and country kept."""
    members.sort(key=lambda r: (r.source.article_id, int(r.slug.rsplit("-", 1)[1])))
    main = min(members, key=lambda r: (r.when.rank if r.when else 9, members.index(r)))
    originals = [sheet_events[(r.source.article_id, int(r.slug.rsplit("-", 1)[1]))] for r in members]
    labels = {
        attr: next((getattr(e, attr) for e in originals if getattr(e, attr)), None)
        for attr in ("plover", "plover_mode", "acled_event_type", "acled_sub_event_type")
    }
    place = main.place or next((r.place for r in members if r.place), None)
    return EventEntry(
        slug=members[0].slug,
        type=main.type,
        summary=main.summary,
        status=main.status,
        date_text=main.date_text,
        when=main.when,
        place=place,
        actors=_union(main.actors, *(r.actors for r in members)),
        targets=_union(main.targets, *(r.targets for r in members)),
        countries=tuple(sorted({c for r in members for c in r.countries})),
        source=main.source,
        reports=tuple(members),
        location=_location(reg, members, main),
        **labels,
    )


def _union(*groups: tuple) -> tuple:
    """References of several accounts, one per entity, in the order first seen."""
    seen: dict[tuple[str, str], object] = {}
    for group in groups:
        for ref in group:
            seen.setdefault(ref.key, ref)
    return tuple(seen.values())


def _location(reg: Registry, members: list[EventReport], main: EventReport) -> Location | None:
    """Where to draw the event: a located town (precision 1), else its country's centre (precision 3)."""
    for report in sorted(members, key=lambda r: r is not main):
        if report.place is None:
            continue
        code = reg.country_codes.get(report.place.slug or "") if report.place.kind == "countries" else None
        entry = reg.place_entry(report.place.name, code)
        if entry and entry.latitude is not None and entry.longitude is not None:
            return Location(entry.name, entry.latitude, entry.longitude, 1, entry.country, entry.slug)
    codes = sorted({c for r in members for c in r.countries})
    if len(codes) == 1 and (centre := reg.atlas.centre(codes[0])):
        reference = reg.atlas.lookup(codes[0])
        name = next((r.place.name for r in members if r.place), reference.name if reference else codes[0])
        return Location(name, centre[0], centre[1], 3, codes[0])
    return None
