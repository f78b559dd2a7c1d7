"""Aggregation: merging, slugs, provenance, reference data and determinism."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.factsheet import DateValue, Evidence, FactSheet, from_dict
from generator.knowledge import CountryAtlas, CountryFacts, Moment, When, aggregate, fold, parse_when, slugify

FIXTURES = Path(__file__).parent / "fixtures" / "facts"


def fixture_sheets() -> list[FactSheet]:
    return [from_dict(yaml.safe_load(path.read_text(encoding="utf-8"))) for path in sorted(FIXTURES.glob("*.yaml"))]


def sheet(article_id: str, published: str = "2025-01-01", **facts: Any) -> FactSheet:
    """A small fact sheet; every fact gets a one-word evidence sentence unless it has one."""
    for items in facts.values():
        for item in items:
            item.setdefault("evidence", {"text": f"Sentence of {article_id}.", "start": 0, "end": 10})
    return from_dict({"schema": 1, "article": {"id": article_id, "title": article_id, "published": published}, **facts})


@pytest.fixture(scope="module")
def kb():
    return aggregate(fixture_sheets())


def test_countries_are_merged_by_iso_code_with_reference_data(kb):
    assert [c.slug for c in kb.countries] == ["burkina-faso", "france", "mali", "niger"]
    mali = kb.countries_by_code["MLI"]
    assert mali.article_ids == ("2025-01-01-hostile", "2025-08-12-mali-generals-held")
    assert mali.reference == CountryFacts(
        alpha_3="MLI",
        alpha_2="ML",
        numeric="466",
        name="Mali",
        official_name="Republic of Mali",
        capital="Bamako",
        region="Africa",
        subregion="Sub-Saharan Africa",
        population=mali.reference.population,
    )
    assert mali.reference.population > 1_000_000


def test_country_groups_its_facts(kb):
    assert [p.slug for p in kb.in_country("people", "MLI")] == [
        "abass-dembele",
        "assimi-goita",
        "nema-sagara",
        "script-alert-1-script",
    ]
    assert [p.name for p in kb.in_country("places", "MLI")] == ["Bamako", "Kati"]
    # The ECOWAS withdrawal names all three countries as actors, so it is on each timeline.
    for code in ("MLI", "BFA", "NER"):
        assert "2025-08-12-mali-generals-held-3" in [e.slug for e in kb.in_country("events", code)]
    assert kb.in_country("events", "FRA") == ()


def test_surname_alone_merges_into_the_only_full_name_ending_with_it(kb):
    goita = next(p for p in kb.people if p.slug == "assimi-goita")
    assert goita.name == "Assimi Goïta"
    assert goita.aliases == ("Goita",)
    assert len(goita.sources) == 2
    bazoum = next(p for p in kb.people if p.slug == "mohamed-bazoum")
    assert bazoum.aliases == ("Bazoum",)
    assert bazoum.titles == ("President",)


def test_ambiguous_surname_stays_apart():
    kb = aggregate(
        [
            sheet("a", people=[{"name": "Ali Traoré"}, {"name": "Moussa Traore"}]),
            sheet("b", people=[{"name": "Traoré"}]),
        ]
    )
    assert [p.name for p in kb.people] == ["Ali Traoré", "Moussa Traore", "Traoré"]


def test_people_merge_across_case_accents_and_honorifics():
    kb = aggregate(
        [
            sheet("a", people=[{"name": "General Assimi GOÏTA", "title": "General"}]),
            sheet("b", people=[{"name": "Assimi Goita"}]),
        ]
    )
    assert [(p.slug, p.name, p.aliases) for p in kb.people] == [
        ("assimi-goita", "Assimi Goita", ("General Assimi GOÏTA",))
    ]
    assert [s.article_id for s in kb.people[0].sources] == ["a", "b"]


def test_organizations_merge_by_alias_and_descriptions_stay_in_their_article():
    kb = aggregate(
        [
            sheet("a", organizations=[{"name": "ECOWAS"}, {"name": "the junta", "named": False}]),
            sheet(
                "b",
                organizations=[
                    {"name": "Economic Community of West African States", "aliases": ["ECOWAS"]},
                    {"name": "the junta", "named": False},
                ],
            ),
        ]
    )
    assert [(o.slug, o.named, o.article_ids) for o in kb.organizations] == [
        ("economic-community-of-west-african-states", True, ("a", "b")),
        ("the-junta", False, ("a",)),
        ("the-junta-2", False, ("b",)),
    ]


def test_places_merge_by_name_within_a_country_and_slugs_stay_unique():
    kb = aggregate(
        [
            sheet("a", places=[{"name": "Kati", "country": "MLI"}, {"name": "Kati", "country": "NER"}]),
            sheet("b", places=[{"name": "KATI", "country": "MLI"}], people=[{"name": "Index"}]),
        ]
    )
    assert [(p.slug, p.country, p.article_ids) for p in kb.places] == [
        ("kati", "MLI", ("a", "b")),
        ("kati-2", "NER", ("a",)),
    ]
    assert [p.slug for p in kb.people] == ["index-2"]  # index.md is the section page


def test_events_keep_article_evidence_and_sort_by_date_undated_last(kb):
    slugs = [e.slug for e in kb.events]
    assert slugs[0] == "2025-08-12-mali-generals-held-2"  # Aug 2020
    assert slugs[-2:] == ["2025-01-01-hostile-1", "2025-08-12-mali-generals-held-4"]  # undated
    arrest = next(e for e in kb.events if e.slug == "2025-08-12-mali-generals-held-1")
    assert arrest.source.article_id == "2025-08-12-mali-generals-held"
    sentence = "General Abass Dembele, once governor of the Mopti region, was taken from his house in Kati before dawn"
    assert arrest.source.evidence == Evidence(f"{sentence} on Sunday.", 240, 352)
    assert arrest.when == When(Moment(2025, 8, 10), None, "day")
    assert (arrest.place.name, arrest.place.kind, arrest.place.slug) == ("Kati", "countries", "mali")
    assert [(t.kind, t.slug) for t in arrest.targets] == [("people", "abass-dembele")]
    # An unnamed group links only within its own article.
    assert [(a.kind, a.slug) for a in arrest.actors] == [("organizations", "the-ruling-military-junta")]


def test_quotes_relations_and_figures_keep_provenance(kb):
    tiani = next(q for q in kb.quotes if q.speaker.slug == "abdourahamane-tiani")
    assert tiani.countries == ("NER",)
    assert tiani.source.article_id == "2023-07-27-niger-president-held"
    relation = next(r for r in kb.relations if r.kind == "partner of")
    assert (relation.subject.slug, relation.target.slug, relation.countries) == ("mali", "wagner-group", ("MLI",))
    figure = next(f for f in kb.figures if f.counts == "soldiers detained")
    assert (figure.low, figure.high, figure.source.evidence.start) == (20, 50, 96)


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2025-08-10", "day", When(Moment(2025, 8, 10), None, "day")),
        ("2025-08", "month", When(Moment(2025, 8), None, "month")),
        ("2020", "year", When(Moment(2020), None, "year")),
        ("2023-07-31", "week", When(Moment(2023, 7, 31), None, "week")),
        ("2024-08-26/2024-08-28", "range", When(Moment(2024, 8, 26), Moment(2024, 8, 28), "range")),
        ("2025-02-30", "day", None),
        (None, None, None),
    ],
)
def test_parse_when(value, precision, expected):
    assert parse_when(DateValue(text="x", value=value, precision=precision)) == expected


def test_unknown_country_code_is_kept_without_reference_data():
    kb = aggregate([sheet("a", countries=[{"code": "XKX", "name": "Kosovo", "salience": "primary"}])])
    assert [(c.slug, c.code, c.name, c.reference) for c in kb.countries] == [("kosovo", "XKX", "Kosovo", None)]


def test_reference_data_comes_from_the_atlas_passed_in():
    class OneCountryAtlas(CountryAtlas):
        def lookup(self, code_or_name):
            if code_or_name in ("MLI", "Mali"):
                return CountryFacts("MLI", "ML", "466", "Mali", capital="Test capital")
            return None

    kb = aggregate([sheet("a", countries=[{"code": "MLI", "name": "Mali"}])], OneCountryAtlas())
    assert kb.countries[0].reference.capital == "Test capital"


def test_aggregation_is_deterministic():
    sheets = fixture_sheets()
    assert aggregate(sheets) == aggregate(list(reversed(sheets)))


def test_fold_and_slugify():
    assert fold("  Goïta, ASSIMI ") == "goita assimi"
    assert slugify("Abass Dembélé") == "abass-dembele"
    assert slugify("<script>") == "script"
    assert slugify("!!!", "person") == "person"


def test_a_stated_country_wins_over_the_article_country():
    kb = aggregate(
        [
            sheet("a", countries=[{"code": "NER", "name": "Niger", "salience": "primary"}], people=[{"name": "Ali"}]),
            sheet("b", countries=[{"code": "MLI", "name": "Mali"}], people=[{"name": "Ali", "country": "MLI"}]),
        ]
    )
    assert [(p.name, p.countries) for p in kb.people] == [("Ali", ("MLI",))]


def test_event_place_located_by_another_article():
    kb = aggregate(
        [
            sheet("a", countries=[{"code": "MLI", "name": "Mali"}], places=[{"name": "Kati", "country": "MLI"}]),
            sheet("b", events=[{"type": "attack", "summary": "Attack", "place": "Kati"}]),
        ]
    )
    (event,) = kb.events
    assert (event.place.name, event.place.kind, event.place.slug, event.countries) == (
        "Kati",
        "countries",
        "mali",
        ("MLI",),
    )
