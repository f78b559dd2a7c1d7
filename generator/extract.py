"""The extraction stage: one article in, one fact sheet out.

`Extractor` loads its resources once (spaCy pipeline, lexicons, country index, gazetteer) and then
turns articles into `FactSheet`s as a pure function of the article: same text, same facts, in the
same order. Each kind of fact has its own module in `generator.extraction`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from .articles import Article
from .extraction.boilerplate import BoilerplateFinder
from .extraction.countries import CountryIndex, build_countries, primary_country
from .extraction.dateline import find_dateline
from .extraction.dates import TimeFinder, resolve_anaphora
from .extraction.events import Entities, EventFinder, with_places
from .extraction.figures import FigureFinder
from .extraction.lexicon import DATA_DIR, load_lexicon
from .extraction.organizations import OrganizationFinder, OrgResult, build_organizations
from .extraction.people import PeopleFinder
from .extraction.person_records import build_people
from .extraction.place_records import build_places
from .extraction.places import Gazetteer
from .extraction.quotes import QuoteFinder
from .extraction.relations import find_relations
from .extraction.text import Mention, build_pipeline, split_sentences
from .factsheet import ArticleInfo, FactSheet

EXTRACTOR_VERSION = "0.11.0"


class Extractor:
    """Turns articles into fact sheets; build one and reuse it, loading is the slow part."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.lexicon = load_lexicon(data_dir)
        self._nlp = build_pipeline()
        self._boilerplate = BoilerplateFinder(self.lexicon)
        self._countries = CountryIndex(self.lexicon)
        self._gazetteer = Gazetteer(self.lexicon, self._countries)
        self._orgs = OrganizationFinder(self.lexicon, self._countries, lambda name: bool(self._gazetteer.entries(name)))
        self._people = PeopleFinder(self.lexicon, self._countries, lambda name: bool(self._gazetteer.entries(name)))
        self._times = TimeFinder()
        self._figures = FigureFinder(self.lexicon)
        self._quotes = QuoteFinder(self.lexicon)
        self._events = EventFinder(self.lexicon)

    def _counts_beside(self, mention: Mention, orgs: OrgResult) -> bool:
        """Whether a country mention counts, given the organisation names around it.

        A country named inside an organisation's name ("Radio France Internationale", "Air France",
        "Mali Football Federation") is part of that name; a state's own forces or bodies named by its
        demonym ("the Malian Armed Forces"), and parties and armed groups named after their country
        ("Bangladesh Nationalist Party", "Tehreek-e-Taliban Pakistan"), still say the story is about it.
        """
        for org in orgs.mentions:
            record = orgs.records[org.key]
            if record.named and org.start <= mention.start and mention.end <= org.end:
                if record.kind in ("party", "armed-group"):
                    return record.country in (None, mention.key)
                return (
                    record.kind in ("military", "government-body")
                    and record.country == mention.key
                    and self._countries.is_demonym(mention.text)
                )
        return True

    def extract(self, article: Article, published: str | None = None) -> FactSheet:
        """All facts of one article; `published` (YYYY-MM-DD) overrides the article's own date."""
        published = published or article.published
        pub_date = dt.date.fromisoformat(published) if published else None
        body = article.body
        boiler = self._boilerplate.find(body)
        sentences = [
            replace(s, index=i)
            for i, s in enumerate(s for s in split_sentences(self._nlp, body) if not boiler.covers(s.start, s.end))
        ]

        orgs = self._orgs.find(sentences)
        countries = [m for m in self._countries.find(body, sentences, []) if self._counts_beside(m, orgs)]
        primary = primary_country(countries, article.title, self._countries)
        blocked = [(m.start, m.end) for m in orgs.mentions] + [(m.start, m.end) for m in countries]
        people = self._people.find(sentences, blocked)
        person_spans = [(m.start, m.end) for m in people.mentions]
        dateline = find_dateline(sentences)
        place_hits = self._gazetteer.find(sentences, blocked + person_spans, {m.key for m in countries}, primary)
        if dateline and (name := self._gazetteer.lookup_folded(dateline.place)):
            stated = set(self._countries.lookup(dateline.country or ""))
            where = Mention(dateline.place_start, dateline.place_end, dateline.place, name, "place", sentences[0].index)
            hit = self._gazetteer.hit(where, name, stated or {m.key for m in countries})
            place_hits = [hit, *place_hits] if hit else place_hits
        places = build_places(place_hits, sentences)
        # a story set in a country it never names ("in Arequipa ... in Lima"): its places say which
        setting = self._gazetteer.setting(place_hits, primary)
        unnamed = replace(setting.mention, key=setting.entry.country) if setting else None
        if unnamed and unnamed.key not in {m.key for m in countries}:
            primary = unnamed.key
        else:
            unnamed = None
        place_names = {p.name: p.country for p in places if p.country}

        times = [t for s in sentences for t in self._times.find(s, pub_date)]
        if dateline:  # the filing date is not the date of anything the story tells
            times = [t for t in times if not dateline.start <= t.start < dateline.end]
        times = resolve_anaphora(times)
        org_named = [replace(m, key=orgs.records[m.key].name) for m in orgs.mentions]
        quotes = self._quotes.find(body, sentences, people, org_named)
        country_named = [replace(m, key=self._countries.names.get(m.key, m.key)) for m in countries]
        # news agencies report events, they are not party to them
        actors = [m for m in orgs.mentions if orgs.records[m.key].kind != "media"]
        entities = Entities(
            participants=sorted(
                people.mentions + [replace(m, key=orgs.records[m.key].name) for m in actors] + country_named,
                key=lambda m: m.start,
            ),
            named_keys=frozenset(
                [*people.records, *(r.name for r in orgs.records.values() if r.named), *(m.key for m in country_named)]
            ),
            places=[h.mention for h in place_hits],
            countries=country_named,
            primary=self._countries.names.get(primary) if primary else None,
        )
        events = with_places(
            self._events.find(sentences, times, entities, quotes), {f"{p.name}|{p.country}": p.name for p in places}
        )
        if published:  # an event the text dates after publication has not happened yet
            events = [
                replace(e, status="planned")
                if e.status == "reported" and (e.date.value or "").split("/")[0] > published
                else e
                for e in events
            ]
        # "two days after the government announced ...": a distance in time is a figure too
        figure_block = [(t.start, t.end) for t in times if not t.shift] + blocked + person_spans
        figures = [f for s in sentences for f in self._figures.find(s, figure_block)]
        named_orgs = [replace(m, key=orgs.records[m.key].name) for m in orgs.mentions if orgs.records[m.key].named]
        relations = find_relations(sentences, sorted(country_named + named_orgs, key=lambda m: m.start))

        return FactSheet(
            article=ArticleInfo(
                id=article.id,
                title=article.title,
                published=published,
                source=article.source,
                url=article.url,
                sha256=article.sha256 or None,
            ),
            countries=build_countries(self._countries, countries, sentences, article.title, unnamed),
            people=build_people(people, sentences, primary, place_names, countries),
            organizations=build_organizations(orgs, sentences),
            places=places,
            events=tuple(events),
            quotes=tuple(q.quote for q in quotes),
            figures=tuple(figures),
            relations=tuple(relations),
            related_headlines=boiler.headlines,
            extractor=EXTRACTOR_VERSION,
        )


__all__ = ["EXTRACTOR_VERSION", "Extractor"]
