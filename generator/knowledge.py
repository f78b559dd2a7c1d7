"""Knowledge base: the facts of every fact sheet, merged and grouped for the site.

`aggregate` only collects and groups: it merges the same person, organisation,
place or country seen in several articles, gives each a stable slug for its URL
and keeps, for every fact, the article and sentence it came from. It reads no
files and writes none; every list is sorted by an explicit key so the same
sheets always give the same knowledge base.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pycountry
from countryinfo import CountryInfo, CountryNotFoundError

from .factsheet import ArticleInfo, DateValue, Evidence, FactSheet

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "capt", "captain", "president"})
"""Leading words dropped before comparing names, so 'General Abass Dembele' meets 'Abass Dembele'."""
_RESERVED_SLUGS = frozenset({"index"})
"""`index.md` is each section's own page."""


# ---------------------------------------------------------------- reference data


@dataclass(frozen=True)
class CountryFacts:
    """Reference data about one country, from pycountry and countryinfo."""

    alpha_3: str
    alpha_2: str
    numeric: str
    name: str
    official_name: str | None = None
    capital: str | None = None
    region: str | None = None
    subregion: str | None = None
    population: int | None = None


class CountryAtlas:
    """Looks countries up by ISO code or name in pycountry, completed by countryinfo."""

    def __init__(self) -> None:
        self._known: dict[str, CountryFacts | None] = {}
        """Answers so far: aggregation asks about the same few countries for every fact."""

    def lookup(self, code_or_name: str | None) -> CountryFacts | None:
        """The country a code or name designates, or None when it is not a country."""
        key = (code_or_name or "").strip()
        if key not in self._known:
            self._known[key] = self._find(key) if key else None
        return self._known[key]

    def _find(self, code_or_name: str) -> CountryFacts | None:
        """Reference data for one country, read from the packages."""
        try:
            country = pycountry.countries.lookup(code_or_name)
        except LookupError:
            return None
        extra = self._countryinfo(country.alpha_3)
        return CountryFacts(
            alpha_3=country.alpha_3,
            alpha_2=country.alpha_2,
            numeric=country.numeric,
            name=country.name,
            official_name=getattr(country, "official_name", None),
            capital=extra.get("capital"),
            region=extra.get("region"),
            subregion=extra.get("subregion"),
            population=extra.get("population"),
        )

    @staticmethod
    def _countryinfo(alpha_3: str) -> dict[str, Any]:
        """Capital, region and population; countryinfo lacks a few territories, which simply get none."""
        try:
            info = CountryInfo(alpha_3)
            return {
                "capital": info.capital(),
                "region": info.region(),
                "subregion": info.subregion(),
                "population": info.population(),
            }
        except (CountryNotFoundError, KeyError):
            return {}


# ---------------------------------------------------------------- dates


@dataclass(frozen=True, order=True)
class Moment:
    """A point in time known to a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def key(self) -> tuple[int, int, int]:
        """Sort key: an unknown month or day sorts first."""
        return (self.year, self.month or 0, self.day or 0)


@dataclass(frozen=True)
class When:
    """A resolved date: a moment, a week (the one starting on `start`) or a range."""

    start: Moment
    end: Moment | None = None
    precision: str = "day"
    """day, month, year, week or range: what the templates display."""


def parse_when(date: DateValue) -> When | None:
    """The date of an event, or None when its value is missing or not ISO 8601."""
    value = (date.value or "").strip()
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = _moment(first), _moment(last)
        return When(start, end, "range") if start and end else None
    start = _moment(value)
    if start is None:
        return None
    if start.day and date.precision == "week":
        return When(start, None, "week")
    return When(start, None, "day" if start.day else "month" if start.month else "year")


def _moment(value: str) -> Moment | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as a Moment; anything else is None."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return Moment(year, month, day)


# ---------------------------------------------------------------- aggregated facts


@dataclass(frozen=True)
class Source:
    """Where a fact came from: the article and the sentence that states it."""

    article_id: str
    evidence: Evidence


@dataclass(frozen=True)
class EntityRef:
    """A name as an article wrote it, and the page it resolves to when there is one."""

    name: str
    kind: str | None = None
    """'countries', 'people' or 'organizations': the section of the page; None for plain text."""
    slug: str | None = None


@dataclass(frozen=True)
class PersonEntry:
    """One person, merged over every article that names them."""

    slug: str
    name: str
    aliases: tuple[str, ...]
    """Other spellings seen, e.g. the surname alone."""
    titles: tuple[str, ...]
    roles: tuple[str, ...]
    statuses: tuple[str, ...]
    countries: tuple[str, ...]
    """ISO alpha-3 codes."""
    sources: tuple[Source, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return _article_ids(self.sources)


@dataclass(frozen=True)
class OrganizationEntry:
    """One organisation, merged by name and alias; unnamed descriptions stay per article."""

    slug: str
    name: str
    aliases: tuple[str, ...]
    kinds: tuple[str, ...]
    named: bool
    countries: tuple[str, ...]
    sources: tuple[Source, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return _article_ids(self.sources)


@dataclass(frozen=True)
class PlaceEntry:
    """One place, merged by name within its country."""

    slug: str
    name: str
    kind: str
    country: str | None
    capital: bool
    latitude: float | None
    longitude: float | None
    sources: tuple[Source, ...]

    @property
    def countries(self) -> tuple[str, ...]:
        return (self.country,) if self.country else ()

    @property
    def article_ids(self) -> tuple[str, ...]:
        return _article_ids(self.sources)


@dataclass(frozen=True)
class EventEntry:
    """One event of one fact sheet (events are not merged: two reports may differ)."""

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

    @property
    def sort_key(self) -> tuple[Any, ...]:
        """Chronological; undated events last, then by article and position."""
        moment = self.when.start.key if self.when else (9999, 99, 99)
        return (moment, self.source.article_id, self.slug)


@dataclass(frozen=True)
class QuoteEntry:
    """Something a speaker said, as quoted by an article."""

    speaker: EntityRef
    text: str
    cue: str | None
    countries: tuple[str, ...]
    source: Source


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


@dataclass(frozen=True)
class RelationEntry:
    """A stated link between two names (ally of, member of, leader of...)."""

    subject: EntityRef
    kind: str
    target: EntityRef
    countries: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class ArticleEntry:
    """One source article and what its fact sheet says about it."""

    slug: str
    info: ArticleInfo
    date: Moment | None
    """The publication date, when the sheet gives a valid one."""
    countries: tuple[str, ...]
    primary_countries: tuple[str, ...]
    related_headlines: tuple[str, ...]
    extractor: str | None


@dataclass(frozen=True)
class CountryEntry:
    """One country: reference data plus every fact the articles attach to it."""

    slug: str
    code: str
    name: str
    reference: CountryFacts | None
    article_ids: tuple[str, ...]
    sources: tuple[Source, ...]
    """The sentences that mention the country."""


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

    @cached_property
    def articles_by_id(self) -> dict[str, ArticleEntry]:
        return {article.slug: article for article in self.articles}

    @cached_property
    def countries_by_code(self) -> dict[str, CountryEntry]:
        return {country.code: country for country in self.countries}

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


def _article_ids(sources: Iterable[Source]) -> tuple[str, ...]:
    return tuple(sorted({source.article_id for source in sources}))


def _provenance(item: Any) -> tuple[str, ...]:
    """The article ids behind an aggregated fact, whichever provenance field it has."""
    return item.article_ids if hasattr(item, "article_ids") else (item.source.article_id,)


# ---------------------------------------------------------------- names and slugs


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: 'Goïta' and 'GOITA' both give 'goita'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", ascii_text.lower()).strip()


def slugify(text: str, fallback: str = "item") -> str:
    """URL-safe slug: 'Abass Dembélé' → 'abass-dembele'."""
    return fold(text).replace(" ", "-") or fallback


def _name_key(name: str, drop: Iterable[str] | None = None) -> str:
    """Folded name without a leading 'the' and, for people (`drop` given), honorifics and their title."""
    words = fold(name).split()
    dropped = set() if drop is None else _HONORIFICS | {fold(word) for word in drop}
    while len(words) > 1 and (words[0] in dropped or words[0] == "the"):
        words = words[1:]
    return " ".join(words)


def _unique_slugs(bases: Sequence[str]) -> list[str]:
    """Slugs made unique by numbering repeats in the given (already sorted) order."""
    seen: Counter[str] = Counter(_RESERVED_SLUGS)
    result = []
    for base in bases:
        seen[base] += 1
        result.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return result


class _Groups:
    """Union-find over name keys: mentions sharing any key end up in one group."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self._parent.setdefault(key, key)
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def union(self, keys: Iterable[str]) -> None:
        roots = sorted({self.find(key) for key in keys})
        for root in roots[1:]:
            self._parent[root] = roots[0]

    def groups(self) -> dict[str, set[str]]:
        result: dict[str, set[str]] = defaultdict(set)
        for key in list(self._parent):
            result[self.find(key)].add(key)
        return result


# ---------------------------------------------------------------- aggregation


def aggregate(sheets: Sequence[FactSheet], atlas: CountryAtlas | None = None) -> KnowledgeBase:
    """Merge fact sheets into one knowledge base; `atlas` supplies country reference data."""
    return _Merger(sorted(sheets, key=lambda sheet: sheet.article.id), atlas or CountryAtlas()).build()


class _Merger:
    """One aggregation run: resolves countries first, then entities, then the facts that point at them."""

    def __init__(self, sheets: Sequence[FactSheet], atlas: CountryAtlas) -> None:
        self.sheets = sheets
        self.atlas = atlas
        self.refs: dict[str, EntityRef] = {}
        """Folded name → page, filled as each kind of entity is merged."""
        self.primary: dict[str, tuple[str, ...]] = {}
        """Article id → the countries it is about: where its unplaced facts belong."""
        self.place_countries: dict[tuple[str, str], str] = {}
        """(article id, folded place name) → the country of that place; article '' when only one country has it."""
        self.country_codes: dict[str, str] = {}
        """Country slug → ISO code, for references that resolved to a country page."""
        self.person_countries: dict[str, tuple[str, ...]] = {}
        """Person slug → countries, so quotes follow their speaker."""

    def build(self) -> KnowledgeBase:
        """Countries, then people, organisations and places, then the facts that cite them."""
        countries, articles = self._countries(), self._articles()
        people, organizations, places = self._people(), self._organizations(), self._places()
        return KnowledgeBase(
            articles=articles,
            countries=countries,
            people=people,
            organizations=organizations,
            places=places,
            events=self._events(),
            quotes=self._quotes(),
            figures=self._figures(),
            relations=self._relations(),
        )

    # -- countries and articles

    def _code(self, value: str | None) -> str | None:
        """ISO alpha-3 for a code or name; unknown codes are kept upper-cased so nothing is lost."""
        if not value:
            return None
        facts = self.atlas.lookup(value)
        if facts:
            return facts.alpha_3
        return value.upper() if re.fullmatch(r"[A-Za-z]{3}", value) else None

    def _countries(self) -> tuple[CountryEntry, ...]:
        """One entry per ISO code any sheet lists."""
        mentions: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        for sheet in self.sheets:
            for country in sheet.countries:
                code = self._code(country.code) or self._code(country.name)
                if code:
                    mentions[code].append((sheet.article.id, country))
            self.primary[sheet.article.id] = self._primary(sheet)
        entries = []
        for code in sorted(mentions):
            reference = self.atlas.lookup(code)
            name = reference.name if reference else sorted(c.name for _, c in mentions[code])[0]
            sources = tuple(Source(aid, c.evidence) for aid, c in mentions[code])
            entries.append((slugify(name, code.lower()), code, name, reference, _article_ids(sources), sources))
        entries.sort(key=lambda entry: (entry[0], entry[1]))
        slugs = _unique_slugs([entry[0] for entry in entries])
        result = tuple(CountryEntry(slug, *entry[1:]) for slug, entry in zip(slugs, entries, strict=True))
        for country in result:
            self.country_codes[country.slug] = country.code
            ref = EntityRef(country.name, "countries", country.slug)
            for name in (country.name, country.code, *(c.name for _, c in mentions[country.code])):
                self.refs.setdefault(fold(name), ref)
        return result

    def _primary(self, sheet: FactSheet) -> tuple[str, ...]:
        """Countries the article is about; all it mentions when none is marked primary."""
        chosen = [c for c in sheet.countries if c.salience == "primary"] or list(sheet.countries)
        return tuple(sorted({code for c in chosen if (code := self._code(c.code) or self._code(c.name))}))

    def _articles(self) -> tuple[ArticleEntry, ...]:
        """One entry per sheet, newest first."""
        entries = [
            ArticleEntry(
                slug=sheet.article.id,
                info=sheet.article,
                date=_moment(sheet.article.published or ""),
                countries=tuple(sorted({code for c in sheet.countries if (code := self._code(c.code))})),
                primary_countries=self.primary[sheet.article.id],
                related_headlines=sheet.related_headlines,
                extractor=sheet.extractor,
            )
            for sheet in self.sheets
        ]
        entries.sort(key=lambda a: a.slug)
        entries.sort(key=lambda a: a.info.published or "", reverse=True)
        return tuple(entries)

    def _home_countries(self, members: Iterable[tuple[str, Any]]) -> tuple[str, ...]:
        """The countries a merged entity's mentions state; failing that, the ones its articles are about."""
        members = list(members)
        explicit = {code for _, item in members if (code := self._code(item.country))}
        return tuple(sorted(explicit or {code for aid, _ in members for code in self.primary[aid]}))

    # -- people, organisations, places

    def _people(self) -> tuple[PersonEntry, ...]:
        """People merged by folded name or alias; a lone surname joins the one full name that ends with it."""
        mentions = [(sheet.article.id, p) for sheet in self.sheets for p in sheet.people]
        keys = [{_name_key(n, (p.title or "").split()) for n in (p.name, *p.aliases)} - {""} for _, p in mentions]
        groups = _Groups()
        for key_set in keys:
            groups.union(key_set)
        self._join_surnames(groups)
        clusters = _clusters(groups, keys, mentions)
        entries = []
        for cluster_keys, members in clusters:
            names = [p.name for _, p in members]
            name = _display_name(names)
            entries.append(
                dict(
                    base=slugify(name, "person"),
                    name=name,
                    aliases=tuple(sorted(set(names) - {name})),
                    titles=_sorted_set(p.title for _, p in members),
                    roles=_sorted_set(r for _, p in members for r in p.roles),
                    statuses=_sorted_set(p.status for _, p in members),
                    countries=self._home_countries(members),
                    sources=tuple(Source(aid, p.evidence) for aid, p in members),
                    keys=cluster_keys,
                )
            )
        people = tuple(self._finish(PersonEntry, entries, "people"))
        self.person_countries = {person.slug: person.countries for person in people}
        return people

    @staticmethod
    def _join_surnames(groups: _Groups) -> None:
        """Merge each one-word name into the single group holding a longer name that ends with it."""
        clusters = groups.groups()
        by_surname: dict[str, set[str]] = defaultdict(set)
        for root, members in clusters.items():
            for key in members:
                if " " in key:
                    by_surname[key.rsplit(" ", 1)[1]].add(root)
        for root, members in sorted(clusters.items()):
            if all(" " not in key for key in members):
                candidates = {groups.find(r) for key in members for r in by_surname.get(key, ())}
                if len(candidates) == 1:
                    groups.union([root, *candidates])

    def _organizations(self) -> tuple[OrganizationEntry, ...]:
        """Organisations merged by name or alias; unnamed descriptions only within their article."""
        mentions = [(sheet.article.id, o) for sheet in self.sheets for o in sheet.organizations]
        keys = [
            {(k if o.named else f"{aid}#{k}") for n in (o.name, *o.aliases) if (k := _name_key(n))}
            for aid, o in mentions
        ]
        groups = _Groups()
        for key_set in keys:
            groups.union(key_set)
        entries = []
        for cluster_keys, members in _clusters(groups, keys, mentions):
            names = [o.name for _, o in members]
            name = _display_name(names)
            entries.append(
                dict(
                    base=slugify(name, "organization"),
                    name=name,
                    aliases=tuple(sorted({a for _, o in members for a in (o.name, *o.aliases)} - {name})),
                    kinds=_sorted_set(o.kind for _, o in members),
                    named=any(o.named for _, o in members),
                    countries=self._home_countries(members),
                    sources=tuple(Source(aid, o.evidence) for aid, o in members),
                    keys=cluster_keys,
                )
            )
        return tuple(self._finish(OrganizationEntry, entries, "organizations"))

    def _places(self) -> tuple[PlaceEntry, ...]:
        """Places merged by folded name within one country."""
        merged: dict[tuple[str, str], list[tuple[str, Any]]] = defaultdict(list)
        for sheet in self.sheets:
            for place in sheet.places:
                code = self._code(place.country) or "".join(self.primary[sheet.article.id][:1])
                merged[(_name_key(place.name), code)].append((sheet.article.id, place))
                if code:
                    self.place_countries[(sheet.article.id, _name_key(place.name))] = code
        homes: dict[str, set[str]] = defaultdict(set)
        for key, code in merged:
            homes[key].add(code)
        self.place_countries.update({("", key): codes.pop() for key, codes in homes.items() if len(codes) == 1})
        entries = []
        for (key, code), members in sorted(merged.items()):
            first = members[0][1]
            entries.append(
                dict(
                    base=slugify(first.name, "place"),
                    name=_display_name([p.name for _, p in members]),
                    kind=first.kind,
                    country=code or None,
                    capital=any(p.capital for _, p in members),
                    latitude=next((p.latitude for _, p in members if p.latitude is not None), None),
                    longitude=next((p.longitude for _, p in members if p.longitude is not None), None),
                    sources=tuple(Source(aid, p.evidence) for aid, p in members),
                    keys={key},
                )
            )
        return tuple(self._finish(PlaceEntry, entries, None))

    def _finish(self, cls: type, entries: list[dict[str, Any]], section: str | None) -> list[Any]:
        """Sort, slug, build the entries and register their names so facts can link to them."""
        entries.sort(key=lambda e: (e["base"], e["name"], sorted(e["keys"])))
        result = []
        for slug, entry in zip(_unique_slugs([e.pop("base") for e in entries]), entries, strict=True):
            keys = entry.pop("keys")
            item = cls(slug=slug, **entry)
            result.append(item)
            ref = EntityRef(item.name, section, slug if section else None)
            for key in sorted(keys):
                self.refs.setdefault(key, ref)
        return result

    # -- facts citing entities

    def _ref(self, name: str, article_id: str) -> EntityRef:
        """The page a name resolves to, written as the article wrote it; descriptions only within their article."""
        keys = (f"{article_id}#{_name_key(name)}", _name_key(name), _name_key(name, ()), fold(name))
        known = next((self.refs[key] for key in keys if key in self.refs), None)
        return EntityRef(name, known.kind, known.slug) if known else EntityRef(name)

    def _linked_countries(self, refs: Iterable[EntityRef]) -> set[str]:
        """Countries named among some references (actors, relation ends)."""
        return {self.country_codes[ref.slug] for ref in refs if ref.kind == "countries" and ref.slug}

    def _events(self) -> tuple[EventEntry, ...]:
        """Every event of every sheet, chronological."""
        result = []
        for sheet in self.sheets:
            aid = sheet.article.id
            for number, event in enumerate(sheet.events, start=1):
                actors = tuple(self._ref(a, aid) for a in event.actors)
                targets = tuple(self._ref(t, aid) for t in event.targets)
                place, place_country = self._place(aid, event.place)
                codes = self._linked_countries((*actors, *targets)) | ({place_country} if place_country else set())
                result.append(
                    EventEntry(
                        slug=f"{aid}-{number}",
                        type=event.type,
                        summary=event.summary,
                        status=event.status,
                        date_text=event.date.text,
                        when=parse_when(event.date),
                        place=place,
                        actors=actors,
                        targets=targets,
                        countries=tuple(sorted(codes)) or self.primary[aid],
                        source=Source(aid, event.evidence),
                    )
                )
        return tuple(sorted(result, key=lambda e: e.sort_key))

    def _place(self, article_id: str, name: str | None) -> tuple[EntityRef | None, str | None]:
        """Where an event happened and in which country; a town links to its country's page."""
        if not name:
            return None, None
        ref = self._ref(name, article_id)
        if ref.kind == "countries" and ref.slug:
            return ref, self.country_codes[ref.slug]
        key = _name_key(name)
        code = self.place_countries.get((article_id, key)) or self.place_countries.get(("", key))
        country = self.refs.get(fold(code)) if code else None
        if country and ref.kind is None:
            return EntityRef(name, country.kind, country.slug), code
        return ref, code

    def _quotes(self) -> tuple[QuoteEntry, ...]:
        """Quotes in article order; a quote belongs to its speaker's countries."""
        result = []
        for sheet in self.sheets:
            for quote in sheet.quotes:
                speaker = self._ref(quote.speaker, sheet.article.id)
                codes = self.person_countries.get(speaker.slug or "", ()) if speaker.kind == "people" else ()
                result.append(
                    QuoteEntry(
                        speaker=speaker,
                        text=quote.text,
                        cue=quote.cue,
                        countries=codes or self.primary[sheet.article.id],
                        source=Source(sheet.article.id, quote.evidence),
                    )
                )
        return tuple(result)

    def _figures(self) -> tuple[FigureEntry, ...]:
        """Figures in article order, attached to the countries their article is about."""
        return tuple(
            FigureEntry(
                counts=figure.counts,
                value=figure.value,
                number=figure.number,
                low=figure.min,
                high=figure.max,
                countries=self.primary[sheet.article.id],
                source=Source(sheet.article.id, figure.evidence),
            )
            for sheet in self.sheets
            for figure in sheet.figures
        )

    def _relations(self) -> tuple[RelationEntry, ...]:
        """Relations in article order; a relation belongs to the countries at either end, else its article's."""
        result = []
        for sheet in self.sheets:
            for relation in sheet.relations:
                subject, target = (
                    self._ref(relation.source, sheet.article.id),
                    self._ref(relation.target, sheet.article.id),
                )
                codes = self._linked_countries((subject, target))
                result.append(
                    RelationEntry(
                        subject=subject,
                        kind=relation.kind,
                        target=target,
                        countries=tuple(sorted(codes)) or self.primary[sheet.article.id],
                        source=Source(sheet.article.id, relation.evidence),
                    )
                )
        return tuple(result)


def _clusters(groups: _Groups, keys: list[set[str]], mentions: list[tuple[str, Any]]) -> list[tuple[set[str], list]]:
    """Mentions gathered by union-find group, each group with all its keys."""
    members: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for key_set, mention in zip(keys, mentions, strict=True):
        if key_set:
            members[groups.find(next(iter(key_set)))].append(mention)
    all_keys = groups.groups()
    return [(all_keys[root], members[root]) for root in sorted(members)]


def _display_name(names: Sequence[str]) -> str:
    """The fullest spelling without an honorific, then the most frequent, then the first alphabetically."""
    counts = Counter(names)
    return min(counts, key=lambda n: (_name_key(n, ()) != fold(n), -len(n.split()), -counts[n], n))


def _sorted_set(values: Iterable[str | None]) -> tuple[str, ...]:
    """Distinct non-empty values, sorted."""
    return tuple(sorted({v for v in values if v}))
