"""Country reference data: names, ISO codes, capital, population and borders, from packages only.

pycountry gives the ISO names and codes; countryinfo (MIT) adds capital, region,
population, alternative spellings and a simplified outline of each country.
Nothing is fetched from the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pycountry
from countryinfo import CountryInfo, CountryNotFoundError

from .names import fold

Ring = tuple[tuple[float, float], ...]
"""A closed outline as (longitude, latitude) pairs."""

_PRESS_NAMES = {
    "america": "USA",
    "britain": "GBR",
    "great britain": "GBR",
    "uk": "GBR",
    "us": "USA",
    "usa": "USA",
    "russia": "RUS",
    "ivory coast": "CIV",
    "iran": "IRN",
    "syria": "SYR",
    "south korea": "KOR",
    "north korea": "PRK",
    "vietnam": "VNM",
    "laos": "LAO",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "taiwan": "TWN",
    "moldova": "MDA",
    "czech republic": "CZE",
    "dr congo": "COD",
    "drc": "COD",
    "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "republic of congo": "COG",
    "the gambia": "GMB",
    "kosovo": "XKX",
}
"""Names newspapers use that the ISO tables spell otherwise."""
_SHORT_CODES_NEED_CAPITALS = 3
"""'US' is the United States, 'us' is a pronoun: codes and short names count only when written in capitals."""


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
    """As countryinfo ships it; the package does not say for which year."""

    @property
    def flag(self) -> str:
        """The flag as an emoji (two regional indicator letters): no image to download."""
        if len(self.alpha_2) != 2 or not self.alpha_2.isalpha():
            return ""
        return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in self.alpha_2.upper())


class CountryAtlas:
    """Looks countries up by ISO code or name in pycountry, completed by countryinfo."""

    population_source = "countryinfo package (year not stated)"
    """What the country page cites for the population figure."""

    def __init__(self) -> None:
        self._known: dict[str, CountryFacts | None] = {}
        """Answers so far: aggregation asks about the same few countries for every fact."""
        self._names: dict[str, str] | None = None
        """Folded country name → ISO alpha-3, built on first use."""
        self._outlines: dict[str, tuple[Ring, ...]] | None = None
        """Every country's outline, read on the first map drawn."""

    def lookup(self, code_or_name: str | None) -> CountryFacts | None:
        """The country a code or name designates, or None when it is not a country."""
        key = (code_or_name or "").strip()
        if key not in self._known:
            self._known[key] = self._find(key) if key else None
        return self._known[key]

    def code_for(self, name: str | None) -> str | None:
        """The ISO alpha-3 code a name written in an article designates ('the U.S.' → USA), or None."""
        text = (name or "").strip()
        words = fold(text).split()
        if words[:1] == ["the"] and len(words) > 1:
            words = words[1:]
        if all(len(w) == 1 for w in words):  # 'U.S.' folds to 'u s'
            words = ["".join(words)]
        key = " ".join(words)
        if not key:
            return None
        if len(key) <= _SHORT_CODES_NEED_CAPITALS and not any(c.isupper() for c in text):
            return None
        if self._names is None:
            self._names = self._name_index()
        return self._names.get(key)

    def outline(self, alpha_3: str) -> tuple[Ring, ...]:
        """The country's border rings from countryinfo's simplified GeoJSON; () when the package has none."""
        try:
            data = CountryInfo(alpha_3).geo_json()
        except (CountryNotFoundError, KeyError, ValueError):
            return ()
        rings: list[Ring] = []
        for feature in (data or {}).get("features", ()):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            for polygon in polygons if geometry.get("type") in ("Polygon", "MultiPolygon") else ():
                if polygon:
                    rings.append(tuple((float(x), float(y)) for x, y, *_ in polygon[0]))
        return tuple(rings)

    def outlines_within(self, west: float, south: float, east: float, north: float) -> dict[str, tuple[Ring, ...]]:
        """Every country's outline that reaches into a box, by ISO code: the surroundings of a locator map."""
        if self._outlines is None:
            self._outlines = {c.alpha_3: self.outline(c.alpha_3) for c in sorted(pycountry.countries, key=_alpha_3)}
        found = {}
        for code, rings in self._outlines.items():
            points = [pt for ring in rings for pt in ring]
            if points and _meets(points, west, south, east, north):
                found[code] = rings
        return found

    def neighbours(self, alpha_3: str) -> tuple[str, ...]:
        """ISO codes of the countries sharing a land border, as countryinfo lists them."""
        try:
            return tuple(sorted(CountryInfo(alpha_3).borders() or ()))
        except (CountryNotFoundError, KeyError, ValueError):
            return ()

    def centre(self, alpha_3: str) -> tuple[float, float] | None:
        """A representative (latitude, longitude) for the whole country."""
        try:
            lat, lon = CountryInfo(alpha_3).latlng()
        except (CountryNotFoundError, KeyError, ValueError, TypeError):
            return None
        return float(lat), float(lon)

    def _find(self, code_or_name: str) -> CountryFacts | None:
        """Reference data for one country, read from the packages."""
        try:
            country = pycountry.countries.lookup(code_or_name)
        except LookupError:
            code = self.code_for(code_or_name)
            if code is None or code == code_or_name:
                return None
            return self.lookup(code)
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

    @staticmethod
    def _name_index() -> dict[str, str]:
        """Every name and code of every country, folded; ISO names win over alternative spellings."""
        index: dict[str, str] = {}
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            try:
                spellings = CountryInfo(country.alpha_3).alt_spellings() or []
            except (CountryNotFoundError, KeyError, ValueError):
                spellings = []
            for name in spellings:
                index.setdefault(fold(name), country.alpha_3)
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            for attr in ("name", "official_name", "common_name", "alpha_2", "alpha_3"):
                if value := getattr(country, attr, None):
                    index[fold(value)] = country.alpha_3
        index.update(_PRESS_NAMES)
        return index


def _alpha_3(country: Any) -> str:
    return str(country.alpha_3)


def _meets(points: list[tuple[float, float]], west: float, south: float, east: float, north: float) -> bool:
    """Whether the bounding box of some points overlaps a box."""
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons) <= east and max(lons) >= west and min(lats) <= north and max(lats) >= south
