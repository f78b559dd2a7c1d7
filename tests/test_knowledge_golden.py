"""One knowledge base across articles: the fixture corpus in tests/fixtures/kb names the same people,
organisations, places and events differently in different articles.

Golden pages: the rendered Markdown of a country and an event page is diffed
against reviewed files in tests/golden/kb/. After a deliberate change, rewrite
them and review the diff:

    UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_knowledge_golden.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from generator.knowledge import ResolutionRules, aggregate
from generator.render import Renderer, country_page, event_page
from generator.sheets import SheetChecker

HERE = Path(__file__).parent
FACTS = HERE / "fixtures" / "kb" / "facts"
GOLDEN = HERE / "golden" / "kb"
TEMPLATES = HERE.parent / "templates"
ARREST = "2025-08-11-afp-mali-generals-1"
BATTLE = "2024-07-29-reuters-tinzaouaten-1"
WITHDRAWAL = "2024-01-28-afp-sahel-ecowas-1"


def load_sheets():
    checker = SheetChecker.create()  # the corpus must pass the project's own checks
    return [checker.load(path) for path in sorted(FACTS.glob("*.yaml"))]


@pytest.fixture(scope="module")
def sheets():
    return load_sheets()


@pytest.fixture(scope="module")
def kb(sheets):
    return aggregate(sheets)


def by_slug(items, slug):
    return next(item for item in items if item.slug == slug)


def test_corpus_is_big_enough(sheets):
    assert len(sheets) >= 10


def test_people_merge_across_spellings_titles_and_transliterations(kb):
    goita = by_slug(kb.people, "assimi-goita")
    assert goita.aliases == ("Col. Goita", "General Assimi Goïta", "Goita")
    assert goita.article_ids == (
        "2025-06-07-bbc-wagner-exit",
        "2025-08-11-afp-mali-generals",
        "2025-08-12-reuters-mali-arrests",
        "2025-08-13-bbc-mali-plot",
    )
    assert [(u.value, u.first.iso, u.last.iso) for u in goita.names] == [
        ("Assimi Goita", "2025-06-07", "2025-06-07"),
        ("General Assimi Goïta", "2025-08-11", "2025-08-11"),
        ("Goita", "2025-08-12", "2025-08-12"),
        ("Col. Goita", "2025-08-13", "2025-08-13"),
    ]
    assert by_slug(kb.people, "abdourahamane-tchiani").aliases == (
        "Abdourahamane Tiani",
        "General Abdourahamane Tiani",
    )
    assert by_slug(kb.people, "mohamed-bazoum").aliases == ("Mohammed Bazoum",)
    assert by_slug(kb.people, "abass-dembele").aliases == ("Gen. Abass Dembele",)


def test_ambiguous_surname_is_listed_for_review_not_merged(kb):
    assert [p.name for p in kb.people if "Traor" in p.name] == ["Ibrahim Traoré", "Moussa Traoré", "Traore"]
    (doubt,) = [a for a in kb.ambiguities if a.kind == "people"]
    assert (doubt.name, doubt.candidates, doubt.article_ids) == (
        "Traore",
        ("Ibrahim Traoré", "Moussa Traoré"),
        ("2024-01-29-bbc-ecowas-exit",),
    )


def test_organizations_merge_by_acronym_and_succession(kb):
    ecowas = by_slug(kb.organizations, "economic-community-of-west-african-states")
    assert ecowas.aliases == ("ECOWAS",)
    assert len(ecowas.article_ids) == 4
    corps = by_slug(kb.organizations, "africa-corps")
    assert corps.aliases == ("Wagner", "Wagner Group", "the Wagner Group")
    assert {(s.before, s.after) for s in corps.successions} == {("Wagner Group", "Africa Corps")}
    # Facts keep the name their article used, and link to the one page.
    battle = kb.events_by_slug[BATTLE]
    assert [(r.name, r.slug) for r in battle.actors + battle.targets] == [
        ("CSP DPA", "csp-dpa"),
        ("Wagner", "africa-corps"),
        ("the Wagner Group", "africa-corps"),
    ]


def test_country_names_resolve_to_one_country(kb):
    statement = kb.events_by_slug["2024-01-29-bbc-ecowas-exit-2"]
    assert [(a.name, a.kind, a.slug) for a in statement.actors] == [("the U.S.", "countries", "united-states")]
    link = next(link for link in kb.links if link.category == "distancing")
    assert (link.subject.name, link.subject.slug, link.target.slug) == ("the US", "united-states", "niger")


def test_places_merge_across_transliterations(kb):
    place = by_slug(kb.places, "tin-zaouatene")
    assert (place.aliases, place.latitude, place.longitude) == (("Tinzaouaten",), 19.95, 2.92)


def test_same_event_from_several_articles_is_one_event_with_every_source(kb):
    arrest = kb.events_by_slug[ARREST]
    assert arrest.article_ids == ("2025-08-11-afp-mali-generals", "2025-08-12-reuters-mali-arrests")
    assert (arrest.when.iso, arrest.when.precision) == ("2025-08-10", "day")  # the more precise account
    assert (arrest.plover, arrest.plover_mode, arrest.acled_sub_event_type) == ("COERCE", "arrest", "Arrests")
    assert [r.when.iso for r in arrest.reports] == ["2025-08-10", "2025-08"]
    assert (arrest.location.name, arrest.location.precision) == ("Kati", 1)
    assert arrest.reviewed
    withdrawal = kb.events_by_slug[WITHDRAWAL]
    assert len(withdrawal.reports) == 3
    assert withdrawal.countries == ("BFA", "MLI", "NER")
    # Another arrest on the same day with a different target stays its own event.
    assert kb.events_by_slug["2025-08-13-bbc-mali-plot-1"].article_ids == ("2025-08-13-bbc-mali-plot",)


def test_conflicting_figures_are_kept_side_by_side(kb):
    arrest = kb.events_by_slug[ARREST]
    assert [(f.value, f.source.article_id) for f in arrest.figures] == [
        ("between 20 and 50", "2025-08-11-afp-mali-generals"),
        ("about 40", "2025-08-12-reuters-mali-arrests"),
    ]
    battle = kb.events_by_slug[BATTLE]
    assert [f.value for f in battle.figures] == ["dozens", "84"]
    page = Renderer(TEMPLATES).render(event_page(kb, arrest), kb)
    assert (
        "- **soldiers detained**: between 20 and 50 ([AFP, 11 Aug 2025](../articles/2025-08-11-afp-mali-generals.md))"
        " · about 40 ([Reuters, 12 Aug 2025](../articles/2025-08-12-reuters-mali-arrests.md))"
    ) in page
    assert "The sources differ on the date, figures" in page


def test_leaders_as_the_articles_report_them(kb):
    mali = kb.countries_by_code["MLI"]
    assert [(lead.person.slug, lead.role, lead.as_of.iso) for lead in mali.leaders][:1] == [
        ("assimi-goita", "junta leader", "2025-08-13")
    ]


def test_timeline_orders_by_date_and_keeps_undated_apart(kb):
    timeline = kb.timeline("NER")
    assert [e.when.iso for e in timeline] == sorted(e.when.iso[:10] for e in timeline)
    assert [e.slug for e in kb.in_country("events", "NER") if not e.when] == ["2023-07-27-afp-niger-coup-2"]


def test_review_rules_merge_and_split(sheets):
    kb = aggregate(sheets, rules={"same": [["Traore", "Ibrahim Traoré"]], "different": [["Goita", "Assimi Goita"]]})
    assert by_slug(kb.people, "ibrahim-traore").aliases == ("Traore",)
    assert [a for a in kb.ambiguities if a.kind == "people"] == []
    assert "Goita" not in by_slug(kb.people, "assimi-goita").aliases
    with pytest.raises(ValueError, match="'same' and 'different'"):
        ResolutionRules.from_mapping({"merge": []})


def test_aggregation_is_deterministic(sheets):
    assert aggregate(sheets) == aggregate(sheets[::-1])


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("country-mali.md", lambda kb: country_page(kb, kb.countries_by_code["MLI"])),
        ("event-arrest.md", lambda kb: event_page(kb, kb.events_by_slug[ARREST])),
        ("event-battle.md", lambda kb: event_page(kb, kb.events_by_slug[BATTLE])),
    ],
)
def test_golden_pages(kb, name, make):
    rendered = Renderer(TEMPLATES).render(make(kb), kb)
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDENS"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if rendered != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True), rendered.splitlines(keepends=True), str(golden), "rendered"
            )
        )
        pytest.fail(f"{name} differs from its golden copy (UPDATE_GOLDENS=1 to rewrite, then review):\n{diff}")
