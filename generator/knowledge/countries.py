"""Countries and articles: the frame every other fact hangs on, and who leads each country."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..factsheet import FactSheet
from .entries import ArticleEntry, CountryEntry, EntityRef, Leader, PersonEntry, RelationEntry, Source, article_ids
from .names import fold, slugify, unique_slugs
from .registry import Registry

_LEADER_ROLE = re.compile(
    r"\b(president|head of state|junta leader|leader of the junta|head of the junta|prime minister|king|emir|"
    r"chancellor|supreme leader|military ruler|transitional president)\b",
    re.IGNORECASE,
)
"""Titles and roles that name who runs a country."""
_NOT_NOW = re.compile(r"\b(former|ex|deposed|ousted|late|vice|deputy)\b", re.IGNORECASE)
_GONE = frozenset({"dead", "killed", "ousted", "deposed", "resigned", "former"})
"""Statuses that end a leadership; 'detained' is shown but does not end it."""


def resolve_countries(reg: Registry) -> tuple[CountryEntry, ...]:
    """One entry per ISO code any sheet lists; every name and code of it resolves to its page."""
    mentions: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for sheet in reg.sheets:
        for mention in sheet.countries:
            code = reg.code(mention.code) or reg.code(mention.name)
            if code:
                mentions[code].append((sheet.article.id, mention))
        reg.primary[sheet.article.id] = _primary(reg, sheet)
    entries = []
    for code in sorted(mentions):
        reference = reg.atlas.lookup(code)
        name = reference.name if reference else sorted(c.name for _, c in mentions[code])[0]
        sources = tuple(Source(aid, c.evidence, c.reviewed) for aid, c in mentions[code])
        entries.append((slugify(name, code.lower()), code, name, reference, article_ids(sources), sources))
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    slugs = unique_slugs([entry[0] for entry in entries])
    result = tuple(CountryEntry(slug, *entry[1:]) for slug, entry in zip(slugs, entries, strict=True))
    for country in result:
        reg.country_codes[country.slug] = country.code
        ref = EntityRef(country.name, "countries", country.slug)
        names = (country.name, country.code, *(c.name for _, c in mentions[country.code]))
        if country.reference:
            names += (country.reference.alpha_2, country.reference.official_name or country.name)
        reg.register({fold(name) for name in names}, ref)
    return result


def _primary(reg: Registry, sheet: FactSheet) -> tuple[str, ...]:
    """Countries the article is about; all it mentions when none is marked primary."""
    chosen = [c for c in sheet.countries if c.salience == "primary"] or list(sheet.countries)
    return tuple(sorted({code for c in chosen if (code := reg.code(c.code) or reg.code(c.name))}))


def resolve_articles(reg: Registry) -> tuple[ArticleEntry, ...]:
    """One entry per sheet, newest first."""
    entries = [
        ArticleEntry(
            slug=sheet.article.id,
            info=sheet.article,
            date=reg.dates[sheet.article.id],
            countries=tuple(sorted({code for c in sheet.countries if (code := reg.code(c.code))})),
            primary_countries=reg.primary[sheet.article.id],
            related_headlines=sheet.related_headlines,
            extractor=sheet.extractor,
        )
        for sheet in reg.sheets
    ]
    entries.sort(key=lambda a: a.slug)
    entries.sort(key=lambda a: a.info.published or "", reverse=True)
    return tuple(entries)


def with_leaders(
    reg: Registry,
    countries: tuple[CountryEntry, ...],
    people: tuple[PersonEntry, ...],
    relations: tuple[RelationEntry, ...],
) -> tuple[CountryEntry, ...]:
    """Each country with who leads it as the articles report it, newest statement first."""
    found: dict[str, dict[tuple[str, str], Leader]] = defaultdict(dict)

    def keep(code: str, leader: Leader) -> None:
        key = (leader.person.slug or leader.person.name, fold(leader.role))
        old = found[code].get(key)
        if old is None or _newer(leader, old):
            found[code][key] = leader

    by_slug = {person.slug: person for person in people}
    for sheet in reg.sheets:
        for fact in sheet.people:
            found_ref = reg.ref(fact.name, sheet.article.id)
            person = by_slug.get(found_ref.slug or "") if found_ref.kind == "people" else None
            role = next((r for r in (fact.title, *fact.roles) if r and _LEADER_ROLE.search(r)), None)
            if person is None or role is None or _NOT_NOW.search(role):
                continue
            code = reg.code(fact.country) or (person.countries[0] if len(person.countries) == 1 else None)
            if code:
                source = Source(sheet.article.id, fact.evidence, fact.reviewed)
                ref = EntityRef(person.name, "people", person.slug)
                keep(code, Leader(ref, role, fact.status, reg.dates.get(sheet.article.id), source))
    for relation in relations:
        if relation.category == "leader" and relation.subject.kind == "people" and relation.target.kind == "countries":
            code = reg.country_codes[relation.target.slug or ""]
            keep(code, Leader(relation.subject, relation.kind, None, relation.date, relation.source))
    result = []
    for country in countries:
        leaders = sorted(found.get(country.code, {}).values(), key=_leader_order)
        current = [lead for lead in leaders if (lead.status or "").lower() not in _GONE]
        result.append(CountryEntry(**{**country.__dict__, "leaders": tuple(current)}))
    return tuple(result)


def _newer(a: Leader, b: Leader) -> bool:
    return (a.as_of.key if a.as_of else (0, 0, 0)) > (b.as_of.key if b.as_of else (0, 0, 0))


def _leader_order(leader: Leader) -> tuple:
    """Newest statement first, then by name."""
    as_of = leader.as_of.key if leader.as_of else (0, 0, 0)
    return (tuple(-x for x in as_of), leader.person.name, leader.role)
