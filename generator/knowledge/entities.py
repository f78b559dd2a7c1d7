"""Entity resolution: people, organisations and places named differently across articles become one entry.

Merges are made on keys (see names.py): the folded name or an alias; for
people also the name without honorifics, its transliteration key and a lone
surname or initial that fits exactly one person; for organisations an acronym
that fits exactly one name, and a stated succession ('Wagner Group' → 'Africa
Corps'). A surname or acronym that fits several entries is not merged: it is
reported as an Ambiguity. Reviewers' rules (`same`, `different`) come first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .entries import (
    Ambiguity,
    EntityRef,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    Source,
    Succession,
    Usage,
    article_ids,
)
from .names import (
    Groups,
    acronym,
    display_name,
    fold,
    name_key,
    slugify,
    sorted_set,
    translit,
    translit_key,
    unique_slugs,
)
from .registry import Registry, loose_key
from .relations import succession

Mention = tuple[str, Any]
"""(article id, the fact as the sheet states it)."""


def resolve_people(reg: Registry) -> tuple[tuple[PersonEntry, ...], list[Ambiguity]]:
    """People merged by name, alias, transliteration, and a lone surname or initial that fits one person."""
    mentions = [(sheet.article.id, p) for sheet in reg.sheets for p in sheet.people]
    keys = [{name_key(n, (p.title or "").split()) for n in (p.name, *p.aliases)} - {""} for _, p in mentions]
    groups = _groups(reg, "people", keys)
    loose: dict[str, set[str]] = defaultdict(set)
    for key in sorted({k for ks in keys for k in ks if " " in k}):
        loose[translit_key(key)].add(key)
    for same in loose.values():
        groups.union(same)
    spelled = {k: p.name for ks, (_, p) in zip(keys, mentions, strict=True) for k in sorted(ks)}
    ambiguities = _join_short_names(groups, spelled, mentions, keys)
    entries = []
    for cluster_keys, members in _clusters(groups, keys, mentions):
        names = [p.name for _, p in members]
        name = display_name(names)
        entries.append(
            dict(
                base=slugify(name, "person"),
                name=name,
                aliases=tuple(sorted(set(names) - {name})),
                titles=sorted_set(p.title for _, p in members),
                roles=sorted_set(r for _, p in members for r in p.roles),
                statuses=sorted_set(p.status for _, p in members),
                countries=_home_countries(reg, members),
                sources=_sources(members),
                names=_usages(reg, ((aid, p.name) for aid, p in members)),
                title_uses=_usages(reg, ((aid, p.title) for aid, p in members)),
                role_uses=_usages(reg, ((aid, r) for aid, p in members for r in p.roles)),
                keys=cluster_keys,
            )
        )
    people = tuple(_finish(reg, PersonEntry, entries, "people"))
    reg.person_countries = {person.slug: person.countries for person in people}
    return people, ambiguities


def _join_short_names(
    groups: Groups, spelled: dict[str, str], mentions: list[Mention], keys: list[set[str]]
) -> list[Ambiguity]:
    """Merge each lone surname ('Goita') or initial ('A. Goita') into the one full name it fits; report the rest."""
    clusters = groups.groups()
    full: dict[str, set[str]] = defaultdict(set)
    """Loose surname → roots of groups holding a full name with that surname."""
    for root, members in clusters.items():
        for key in members:
            words = key.split()
            if len(words) > 1 and len(words[0]) > 1:
                full[translit(words[-1])].add(root)
    ambiguities = []
    for root, members in sorted(clusters.items()):
        short = sorted(k for k in members if len(k.split()) == 1 or len(k.split()[0]) == 1)
        if len(short) != len(members):
            continue  # the group already has a full name
        candidates = set()
        for key in short:
            words = key.split()
            found = {groups.find(r) for r in full.get(translit(words[-1]), ())}
            if len(words) > 1:  # an initial: the first name must start with it
                found = {r for r in found if any(m.split()[0].startswith(words[0]) for m in clusters[r] if " " in m)}
            candidates |= found
        if len(candidates) == 1:
            groups.union([root, *candidates])
        elif len(candidates) > 1:
            names = sorted(display_name([spelled[k] for k in clusters[c] if k in spelled]) for c in candidates)
            name = spelled.get(short[0], short[0])
            where = {aid for ks, (aid, _) in zip(keys, mentions, strict=True) if ks & members}
            reason = f"{name!r} fits {len(names)} people; add a 'same' or 'different' rule"
            ambiguities.append(Ambiguity("people", name, tuple(names), reason, tuple(sorted(where))))
    return ambiguities


def resolve_organizations(reg: Registry) -> tuple[tuple[OrganizationEntry, ...], list[Ambiguity]]:
    """Organisations merged by name, alias, acronym or succession; unnamed descriptions only within their article."""
    mentions = [(sheet.article.id, o) for sheet in reg.sheets for o in sheet.organizations]
    keys = [
        {(k if o.named else f"{aid}#{k}") for n in (o.name, *o.aliases) if (k := name_key(n))} for aid, o in mentions
    ]
    groups = _groups(reg, "organizations", keys)
    named = sorted({k for ks in keys for k in ks if "#" not in k})
    spellings: dict[str, list[str]] = defaultdict(list)
    for key in named:
        spellings[loose_key(key)].append(key)
    for key in named:  # 'Jama'at Nusrat' and 'Jamaat Nusrat' spell one name
        groups.union([key, *(k for k in spellings[loose_key(key)] if k != key)])
    ambiguities = []
    by_acronym: dict[str, set[str]] = defaultdict(set)
    for key in named:
        if initials := acronym(key):
            by_acronym[initials].add(key)
    for key in named:
        fits = {groups.find(k) for k in by_acronym.get(key.replace(" ", ""), ())}
        if len(fits) == 1:
            groups.union([key, *fits])
        elif len(fits) > 1:
            fitting = tuple(sorted(by_acronym[key.replace(" ", "")]))
            ambiguities.append(Ambiguity("organizations", key.upper(), fitting, f"{key.upper()!r} fits several", ()))
    successions = _successions(reg, groups, set(named))
    entries = []
    for cluster_keys, members in _clusters(groups, keys, mentions):
        names = [o.name for _, o in members]
        mine = [s for s in successions if name_key(s.after) in cluster_keys]
        former = {name_key(s.before) for s in mine} - {name_key(s.after) for s in mine}
        name = display_name([n for n in names if name_key(n) not in former] or names)
        entries.append(
            dict(
                base=slugify(name, "organization"),
                name=name,
                aliases=tuple(sorted({a for _, o in members for a in (o.name, *o.aliases)} - {name})),
                kinds=sorted_set(o.kind for _, o in members),
                named=any(o.named for _, o in members),
                countries=_home_countries(reg, members),
                sources=_sources(members),
                names=_usages(reg, ((aid, n) for aid, o in members for n in (o.name, *o.aliases))),
                successions=tuple(mine),
                keys=cluster_keys,
            )
        )
    return tuple(_finish(reg, OrganizationEntry, entries, "organizations")), ambiguities


def _successions(reg: Registry, groups: Groups, known: set[str]) -> list[Succession]:
    """Relations stating that one organisation continues another; both names end in one group."""
    result = []
    for sheet in reg.sheets:
        for relation in sheet.relations:
            order = succession(relation.kind, relation.source, relation.target)
            if order is None:
                continue
            before, after = order
            if {name_key(before), name_key(after)} <= known and groups.union([name_key(before), name_key(after)]):
                result.append(Succession(before, after, Source(sheet.article.id, relation.evidence, relation.reviewed)))
    return result


def resolve_places(reg: Registry) -> tuple[PlaceEntry, ...]:
    """Places merged by folded name, or by transliteration key, within one country."""
    merged: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for sheet in reg.sheets:
        for place in sheet.places:
            key = name_key(place.name)
            code = reg.code(place.country) or "".join(reg.primary[sheet.article.id][:1])
            merged[(loose_key(key), code)].append((sheet.article.id, place))
            if code:
                reg.place_countries[(sheet.article.id, key)] = code
    homes: dict[str, set[str]] = defaultdict(set)
    for (loose, code), members in merged.items():
        for key in {loose, *(name_key(p.name) for _, p in members)}:
            homes[key].add(code)
    reg.place_countries.update({("", key): codes.pop() for key, codes in homes.items() if len(codes) == 1})
    entries = []
    for (loose, code), members in sorted(merged.items()):
        names = [p.name for _, p in members]
        name = display_name(names)
        entries.append(
            dict(
                base=slugify(name, "place"),
                name=name,
                kind=members[0][1].kind,
                country=code or None,
                capital=any(p.capital for _, p in members),
                latitude=next((p.latitude for _, p in members if p.latitude is not None), None),
                longitude=next((p.longitude for _, p in members if p.longitude is not None), None),
                sources=_sources(members),
                aliases=tuple(sorted(set(names) - {name})),
                keys={loose},
            )
        )
    places = tuple(_finish(reg, PlaceEntry, entries, None))
    for place in places:
        for key in {loose_key(name_key(place.name)), *(name_key(n) for n in (place.name, *place.aliases))}:
            reg.place_entries.setdefault((place.country or "", key), place)
    return places


# ---------------------------------------------------------------- shared steps


def _groups(reg: Registry, kind: str, keys: list[set[str]]) -> Groups:
    """Union-find over the mentions' keys, reviewers' 'same' rules first, 'different' rules enforced."""
    groups = Groups(reg.rules.apart(kind))
    for same in reg.rules.joined(kind):
        present = [k for k in same if any(k in ks for ks in keys)]
        groups.union(present)
    for key_set in keys:
        groups.union(key_set)
    return groups


def _clusters(groups: Groups, keys: list[set[str]], mentions: list[Mention]) -> list[tuple[set[str], list[Mention]]]:
    """Mentions gathered by union-find group, each group with all its keys."""
    members: dict[str, list[Mention]] = defaultdict(list)
    for key_set, mention in zip(keys, mentions, strict=True):
        if key_set:
            members[groups.find(min(key_set))].append(mention)
    all_keys = groups.groups()
    return [(all_keys[root], members[root]) for root in sorted(members)]


def _finish(reg: Registry, cls: type, entries: list[dict[str, Any]], section: str | None) -> list[Any]:
    """Sort, slug, build the entries and register their names so facts can link to them."""
    entries.sort(key=lambda e: (e["base"], e["name"], sorted(e["keys"])))
    result = []
    for slug, entry in zip(unique_slugs([e.pop("base") for e in entries]), entries, strict=True):
        keys = entry.pop("keys")
        item = cls(slug=slug, **entry)
        result.append(item)
        if section:
            ref = EntityRef(item.name, section, slug)
            reg.register(keys, ref)
            reg.register({translit_key(k) for k in keys if " " in k and "#" not in k}, ref)
    return result


def _home_countries(reg: Registry, members: Iterable[Mention]) -> tuple[str, ...]:
    """The countries a merged entity's mentions state; failing that, the ones its articles are about."""
    members = list(members)
    explicit = {code for _, item in members if (code := reg.code(item.country))}
    return tuple(sorted(explicit or {code for aid, _ in members for code in reg.primary[aid]}))


def _sources(members: Iterable[Mention]) -> tuple[Source, ...]:
    return tuple(Source(aid, item.evidence, item.reviewed) for aid, item in members)


def _usages(reg: Registry, values: Iterable[tuple[str, str | None]]) -> tuple[Usage, ...]:
    """Each distinct value with the first and last publication dates of the articles using it."""
    seen: dict[str, set[str]] = defaultdict(set)
    for aid, value in values:
        if value:
            seen[value].add(aid)
    result = []
    for value, aids in seen.items():
        dates = sorted((d for aid in aids if (d := reg.dates.get(aid))), key=lambda m: m.key)
        result.append(Usage(value, dates[0] if dates else None, dates[-1] if dates else None, article_ids_of(aids)))
    return tuple(sorted(result, key=lambda u: ((u.first.key if u.first else (0, 0, 0)), fold(u.value), u.value)))


def article_ids_of(aids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(aids)))


__all__ = ["article_ids", "resolve_organizations", "resolve_people", "resolve_places"]
