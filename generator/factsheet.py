"""Fact sheets: the typed facts extracted from one article, and their YAML form.

A fact sheet is the hand-off between extraction and aggregation, and the file a
reviewer edits. Every fact carries its evidence: the sentence it came from and
that sentence's character span in the article body.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact came from."""

    text: str
    """The sentence, as it stands in the article body."""
    start: int | None = None
    """Offset of its first character in the article body (None when added by hand)."""
    end: int | None = None
    """Offset one past its last character."""


@dataclass(frozen=True)
class ArticleInfo:
    """What the fact sheet says about its article."""

    id: str
    title: str
    published: str | None = None
    """ISO date (YYYY-MM-DD) or None when the article gives none."""
    source: str | None = None
    url: str | None = None
    sha256: str | None = None
    """Hash of the article file the facts were extracted from."""
    language: str | None = None
    """ISO 639-1 code ('en', 'fr') as the source stated it or ingest detected it; None when unknown."""
    reprint_of: str | None = None
    """On a reprint's sheet: the id of the article of the same story whose facts count (see docs/ingest.md)."""
    reprints: tuple[str, ...] = ()
    """On that article's sheet: the ids of the other outlets' articles that reprint it, sorted."""


@dataclass(frozen=True, kw_only=True)
class Reviewable:
    """What people and the merge add to any fact; keyword-only, written last in the YAML."""

    reviewed: bool = False
    """True once a person has checked the fact."""
    review: str | None = None
    """Set by a re-extraction: new, changed (see `machine`) or removed; a reviewer deletes it when done."""
    machine: dict[str, Any] | None = field(default=None, hash=False)
    """With review: changed, the machine's new version of a fact a person had edited."""


REVIEW_FIELDS = ("reviewed", "review", "machine")


@dataclass(frozen=True)
class Country(Reviewable):
    code: str
    """ISO 3166-1 alpha-3."""
    name: str
    evidence: Evidence
    mentions: int = 1
    salience: str = "mentioned"
    """'primary' for what the story is about, else 'mentioned'."""


@dataclass(frozen=True)
class Person(Reviewable):
    name: str
    evidence: Evidence
    title: str | None = None
    roles: tuple[str, ...] = ()
    country: str | None = None
    status: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organization(Reviewable):
    name: str
    evidence: Evidence
    kind: str = "other"
    aliases: tuple[str, ...] = ()
    country: str | None = None
    named: bool = True
    """False for descriptions such as 'the ruling military junta'."""


@dataclass(frozen=True)
class Place(Reviewable):
    name: str
    evidence: Evidence
    kind: str = "city"
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    capital: bool = False


@dataclass(frozen=True)
class DateValue:
    """A time expression: the raw text and what it resolves to."""

    text: str | None = None
    value: str | None = None
    """ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, or an interval START/END."""
    precision: str | None = None
    """day, week, month, year or range."""


@dataclass(frozen=True)
class Event(Reviewable):
    type: str
    summary: str
    evidence: Evidence
    date: DateValue = field(default_factory=DateValue)
    place: str | None = None
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    status: str = "reported"
    """reported, planned, hypothetical or negated."""
    plover: str | None = None
    """PLOVER event type, e.g. COERCE."""
    plover_mode: str | None = None
    """PLOVER mode where one applies, e.g. arrest."""
    acled_event_type: str | None = None
    """ACLED event_type, e.g. Strategic developments."""
    acled_sub_event_type: str | None = None
    """ACLED sub_event_type, e.g. Arrests."""


@dataclass(frozen=True)
class Quote(Reviewable):
    speaker: str
    text: str
    evidence: Evidence
    cue: str | None = None


@dataclass(frozen=True)
class Figure(Reviewable):
    counts: str
    evidence: Evidence
    value: str | None = None
    """The figure as written ('dozens', 'five-year', '0.5%')."""
    number: float | None = None
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class Relation(Reviewable):
    source: str
    target: str
    kind: str
    evidence: Evidence


@dataclass(frozen=True)
class FactSheet:
    """Everything extracted from one article."""

    article: ArticleInfo
    countries: tuple[Country, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    relations: tuple[Relation, ...] = ()
    related_headlines: tuple[str, ...] = ()
    extractor: str | None = None
    """Version of the extractor that wrote the sheet."""


FACT_KINDS: dict[str, type] = {
    "countries": Country,
    "people": Person,
    "organizations": Organization,
    "places": Place,
    "events": Event,
    "quotes": Quote,
    "figures": Figure,
    "relations": Relation,
}


def to_dict(sheet: FactSheet) -> dict[str, Any]:
    """The YAML-ready form of a fact sheet, keys in a stable, readable order."""
    out: dict[str, Any] = {"schema": SCHEMA_VERSION, "extractor": sheet.extractor}
    out["article"] = _plain(sheet.article)
    for kind in FACT_KINDS:
        out[kind] = [_plain(fact) for fact in getattr(sheet, kind)]
    out["related_headlines"] = list(sheet.related_headlines)
    return out


def _plain(obj: Any) -> Any:
    """Dataclasses to dicts, tuples to lists; review fields last, and only when set, to keep sheets short."""
    if hasattr(obj, "__dataclass_fields__"):
        names = [f.name for f in fields(obj) if f.name not in REVIEW_FIELDS]
        names += [name for name in REVIEW_FIELDS if getattr(obj, name, None)]
        return {name: _plain(getattr(obj, name)) for name in names}
    if isinstance(obj, tuple | list):
        return [_plain(v) for v in obj]
    return obj


def from_dict(data: dict[str, Any]) -> FactSheet:
    """Build a FactSheet from already schema-validated data."""
    article = ArticleInfo(**{k: _article_value(k, v) for k, v in data["article"].items()})
    kinds = {kind: tuple(_fact(cls, item) for item in data.get(kind) or ()) for kind, cls in FACT_KINDS.items()}
    return FactSheet(
        article=article,
        related_headlines=tuple(data.get("related_headlines") or ()),
        extractor=data.get("extractor"),
        **kinds,
    )


def _article_value(key: str, value: Any) -> Any:
    """An article field as the model keeps it: dates as ISO strings, lists as tuples."""
    if key == "published":
        return _iso(value)
    if key == "reprints":
        return tuple(value or ())
    return value


def _iso(value: Any) -> str | None:
    """YAML reads an unquoted 2025-08-12 as a date; the model keeps ISO strings."""
    return None if value is None else str(value)


def _fact(cls: type, item: dict[str, Any]) -> Any:
    """One fact from its mapping; list fields become tuples, evidence and dates objects."""
    kwargs: dict[str, Any] = {}
    for key, value in item.items():
        if key == "evidence":
            value = Evidence(text=value) if isinstance(value, str) else Evidence(**value)
        elif key == "date":
            value = DateValue(**{k: _iso(v) for k, v in value.items()}) if isinstance(value, dict) else DateValue()
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[key] = value
    return cls(**kwargs)
