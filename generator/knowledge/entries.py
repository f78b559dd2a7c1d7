"""The merged facts of the knowledge base: frozen value objects, each keeping its sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..factsheet import ArticleInfo, Evidence
from .atlas import CountryFacts
from .dates import Moment


@dataclass(frozen=True)
class Source:
    """Where a fact came from: the article and the sentence that states it."""

    article_id: str
    evidence: Evidence
    reviewed: bool = False
    """A person checked this fact in its fact sheet."""


@dataclass(frozen=True)
class EntityRef:
    """A name as an article wrote it, and the page it resolves to when there is one."""

    name: str
    kind: str | None = None
    """'countries', 'people' or 'organizations': the section of the page; None for plain text."""
    slug: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """What two references share when they designate the same entity."""
        return (self.kind or "", self.slug) if self.slug else ("", self.name.casefold())


@dataclass(frozen=True)
class Usage:
    """A name, title or role as the articles used it, and when."""

    value: str
    first: Moment | None
    """Publication date of the first article that used it."""
    last: Moment | None
    article_ids: tuple[str, ...]


def article_ids(sources: Iterable[Source]) -> tuple[str, ...]:
    return tuple(sorted({source.article_id for source in sources}))


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
    names: tuple[Usage, ...] = ()
    """Every spelling with the dates it was used: aliases over time."""
    title_uses: tuple[Usage, ...] = ()
    role_uses: tuple[Usage, ...] = ()

    @property
    def article_ids(self) -> tuple[str, ...]:
        return article_ids(self.sources)


@dataclass(frozen=True)
class Succession:
    """One organisation name giving way to another ('Wagner Group' → 'Africa Corps'), as an article states it."""

    before: str
    after: str
    source: Source


@dataclass(frozen=True)
class OrganizationEntry:
    """One organisation, merged by name, alias, acronym and succession; unnamed descriptions stay per article."""

    slug: str
    name: str
    aliases: tuple[str, ...]
    kinds: tuple[str, ...]
    named: bool
    countries: tuple[str, ...]
    sources: tuple[Source, ...]
    names: tuple[Usage, ...] = ()
    successions: tuple[Succession, ...] = ()
    """Earlier names this organisation continues under its current one."""

    @property
    def article_ids(self) -> tuple[str, ...]:
        return article_ids(self.sources)


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
    aliases: tuple[str, ...] = ()

    @property
    def countries(self) -> tuple[str, ...]:
        return (self.country,) if self.country else ()

    @property
    def article_ids(self) -> tuple[str, ...]:
        return article_ids(self.sources)


@dataclass(frozen=True)
class QuoteEntry:
    """Something a speaker said, as quoted by an article."""

    speaker: EntityRef
    text: str
    cue: str | None
    countries: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class RelationEntry:
    """A stated link between two names (ally of, member of, withdrew from...), one per article."""

    subject: EntityRef
    kind: str
    """As the fact sheet words it."""
    target: EntityRef
    countries: tuple[str, ...]
    source: Source
    category: str = "other"
    """ally, adversary, distancing, member, withdrew from, sanctioned, leader, successor or other."""
    date: Moment | None = None
    """When the article stated it: its publication date, or the date of the event it comes from."""


@dataclass(frozen=True)
class Link:
    """One edge of the relation graph: every statement of the same relation between the same two entities."""

    subject: EntityRef
    category: str
    target: EntityRef
    kinds: tuple[str, ...]
    sources: tuple[Source, ...]
    first: Moment | None
    last: Moment | None
    countries: tuple[str, ...]


@dataclass(frozen=True)
class Leader:
    """Who leads a country according to an article, and as of when."""

    person: EntityRef
    role: str
    status: str | None
    as_of: Moment | None
    source: Source


@dataclass(frozen=True)
class Ambiguity:
    """A possible match aggregation did not make on its own: for a person to confirm or reject."""

    kind: str
    """'people', 'organizations' or 'events'."""
    name: str
    candidates: tuple[str, ...]
    reason: str
    article_ids: tuple[str, ...]


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
    leaders: tuple[Leader, ...] = ()
