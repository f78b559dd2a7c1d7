"""Knowledge base: the facts of every fact sheet, merged and grouped for the site.

One module per noun: `atlas` (country reference data), `names` (folding and
keys), `dates`, `registry` (names → pages), `entities` (people, organisations,
places), `countries`, `events` (deduplication), `relations` (the graph),
`entries` and `event_entries` (the value objects), `base` (KnowledgeBase) and `aggregate`.
"""

from .aggregate import aggregate
from .atlas import CountryAtlas, CountryFacts
from .base import KnowledgeBase
from .dates import Moment, When, parse_when
from .entries import (
    Ambiguity,
    ArticleEntry,
    CountryEntry,
    EntityRef,
    Leader,
    Link,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    QuoteEntry,
    RelationEntry,
    Source,
    Succession,
    Usage,
)
from .event_entries import EventEntry, EventReport, FigureEntry, Location
from .names import fold, slugify
from .registry import ResolutionRules

__all__ = [
    "Ambiguity",
    "ArticleEntry",
    "CountryAtlas",
    "CountryEntry",
    "CountryFacts",
    "EntityRef",
    "EventEntry",
    "EventReport",
    "FigureEntry",
    "KnowledgeBase",
    "Leader",
    "Link",
    "Location",
    "Moment",
    "OrganizationEntry",
    "PersonEntry",
    "PlaceEntry",
    "QuoteEntry",
    "RelationEntry",
    "ResolutionRules",
    "Source",
    "Succession",
    "Usage",
    "When",
    "aggregate",
    "fold",
    "parse_when",
    "slugify",
]
