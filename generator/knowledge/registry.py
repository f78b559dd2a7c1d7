"""The registry: which page a name written in an article resolves to.

Filled as each kind of entity is merged (countries first, then people,
organisations and places); the facts that mention names (events, quotes,
relations) then ask it for their links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..factsheet import FactSheet
from .atlas import CountryAtlas
from .dates import Moment, moment
from .entries import EntityRef, PlaceEntry
from .names import fold, name_key, translit_key


@dataclass(frozen=True)
class ResolutionRules:
    """Decisions of a reviewer: names that are one entity, and names that must stay apart."""

    same: tuple[tuple[str, ...], ...] = ()
    different: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Sequence[Sequence[str]]] | ResolutionRules | None) -> ResolutionRules:
        """Rules from `{"same": [[a, b]], "different": [[a, b]]}`; None gives no rules."""
        if data is None:
            return cls()
        if isinstance(data, ResolutionRules):
            return data
        unknown = sorted(set(data) - {"same", "different"})
        if unknown:
            raise ValueError(f"resolution rules take 'same' and 'different', got {unknown!r}")
        same = tuple(tuple(group) for group in data.get("same", ()))
        different = tuple(tuple(pair) for pair in data.get("different", ()))
        if any(len(pair) != 2 for pair in different):
            raise ValueError(f"each 'different' rule names two entities, got {list(data['different'])!r}")
        return cls(same, different)  # type: ignore[arg-type]

    def apart(self, key: str = "") -> list[tuple[str, str]]:
        """The 'different' pairs as name keys (people's keys drop honorifics when `key` is 'people')."""
        drop = () if key == "people" else None
        return [(name_key(a, drop), name_key(b, drop)) for a, b in self.different]

    def joined(self, key: str = "") -> list[list[str]]:
        """The 'same' groups as name keys."""
        drop = () if key == "people" else None
        return [[name_key(name, drop) for name in group] for group in self.same]


@dataclass
class Registry:
    """Names → pages, and the country context of each article, shared by one aggregation run."""

    sheets: Sequence[FactSheet]
    atlas: CountryAtlas
    rules: ResolutionRules = field(default_factory=ResolutionRules)
    refs: dict[str, EntityRef] = field(default_factory=dict)
    """Folded name → page, filled as each kind of entity is merged."""
    primary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Article id → the countries it is about: where its unplaced facts belong."""
    dates: dict[str, Moment | None] = field(default_factory=dict)
    """Article id → publication date."""
    place_countries: dict[tuple[str, str], str] = field(default_factory=dict)
    """(article id, folded place name) → the country of that place; article '' when only one country has it."""
    country_codes: dict[str, str] = field(default_factory=dict)
    """Country slug → ISO code, for references that resolved to a country page."""
    person_countries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Person slug → countries, so quotes follow their speaker."""
    place_entries: dict[tuple[str, str], PlaceEntry] = field(default_factory=dict)
    """(country code, place key or loose key) → the merged place, for coordinates."""

    def __post_init__(self) -> None:
        self.dates = {sheet.article.id: moment(sheet.article.published or "") for sheet in self.sheets}

    def code(self, code_or_name: str | None) -> str | None:
        """The ISO alpha-3 code of a country code or name, or None."""
        reference = self.atlas.lookup(code_or_name)
        if reference:
            return reference.alpha_3
        if code_or_name and len(code_or_name) == 3 and code_or_name.isupper():
            return code_or_name  # a code the reference data lacks (XKX): kept as the sheet gives it
        return None

    def register(self, keys: Iterable[str], ref: EntityRef) -> None:
        """Let names (already keys) resolve to a page; the first registration of a key wins."""
        for key in sorted(keys):
            self.refs.setdefault(key, ref)

    def ref(self, name: str, article_id: str) -> EntityRef:
        """The page a name resolves to, written as the article wrote it; descriptions only within their article."""
        person = name_key(name, ())
        keys = (f"{article_id}#{name_key(name)}", name_key(name), person, fold(name), translit_key(person))
        known = next((self.refs[key] for key in keys if key in self.refs), None)
        if known is None and (code := self.atlas.code_for(name)):
            known = self.refs.get(fold(code))
        return EntityRef(name, known.kind, known.slug) if known else EntityRef(name)

    def linked_countries(self, refs: Iterable[EntityRef]) -> set[str]:
        """Countries named among some references (actors, relation ends)."""
        return {self.country_codes[ref.slug] for ref in refs if ref.kind == "countries" and ref.slug}

    def place(self, article_id: str, name: str | None) -> tuple[EntityRef | None, str | None]:
        """Where an event happened and in which country; a town links to its country's page."""
        if not name:
            return None, None
        ref = self.ref(name, article_id)
        if ref.kind == "countries" and ref.slug:
            return ref, self.country_codes[ref.slug]
        key = name_key(name)
        code = (
            self.place_countries.get((article_id, key))
            or self.place_countries.get(("", key))
            or self.place_countries.get(("", loose_key(key)))
        )
        country = self.refs.get(fold(code)) if code else None
        if country and ref.kind is None:
            return EntityRef(name, country.kind, country.slug), code
        return ref, code

    def place_entry(self, name: str, code: str | None) -> PlaceEntry | None:
        """The merged place a name designates within a country, if the articles located it."""
        key = name_key(name)
        return self.place_entries.get((code or "", key)) or self.place_entries.get((code or "", loose_key(key)))


def loose_key(key: str) -> str:
    """A place's transliteration key without spaces: 'Tin Zaouatene' meets 'Tinzaouaten'."""
    return "~" + translit_key(key).replace(" ", "")
