"""The seed article against its gold facts (../shared/seed/expected.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.articles import read_article
from generator.cli import main
from generator.extract import EXTRACTOR_VERSION, Extractor
from generator.factsheet import FACT_KINDS, FactSheet

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed"


@pytest.fixture(scope="module")
def gold(shared_dir: Path) -> dict:
    return yaml.safe_load((SEED / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sheet(gold: dict) -> FactSheet:
    article = read_article(SEED / gold["source_file"])
    return Extractor().extract(article, published=gold["date_if_published"])


@pytest.fixture(scope="module")
def undated(gold: dict) -> FactSheet:
    return Extractor().extract(read_article(SEED / gold["source_file"]))


def test_sheet_metadata(sheet: FactSheet, gold: dict) -> None:
    assert sheet.article.id == gold["article"]
    assert sheet.article.published == "2025-08-12"
    assert sheet.extractor == EXTRACTOR_VERSION


def test_countries_are_the_story_ones(sheet: FactSheet, gold: dict) -> None:
    codes = {c.code: c for c in sheet.countries}
    assert set(codes) == {c["code"] for c in gold["countries"]}
    for expected in gold["countries"]:
        assert codes[expected["code"]].name == expected["name"]
    assert codes["MLI"].salience == "primary"
    assert codes["FRA"].salience == codes["RUS"].salience == "mentioned"
    assert codes["RUS"].mentions == 2  # "Russia" and "Russian fighters"


def test_read_also_block_contributes_no_story_fact(sheet: FactSheet, gold: dict) -> None:
    related_only = {c["code"] for c in gold["related_countries"]} - {c["code"] for c in gold["countries"]}
    assert related_only == {"BFA", "NER", "TGO"}
    assert not related_only & {c.code for c in sheet.countries}
    assert "ECOWAS" not in {o.name for o in sheet.organizations}
    assert all(f.value != "0.5%" for f in sheet.figures)
    assert list(sheet.related_headlines) == gold["related_headlines"]


def test_people(sheet: FactSheet, gold: dict) -> None:
    people = {p.name: p for p in sheet.people}
    assert set(people) == {p["name"] for p in gold["people"]}
    for expected in gold["people"]:
        person = people[expected["name"]]
        assert person.title == expected["title"]
        assert person.country == expected["country"]
    assert people["Oumar Maiga"].roles == ("sociologist",)
    assert people["Abass Dembele"].status == "detained"
    assert "former governor of the central Mopti region" in people["Abass Dembele"].roles
    assert people["Assimi Goita"].roles == ("junta leader",)
    assert people["Assimi Goita"].aliases == ("Goita",)


def test_named_organizations(sheet: FactSheet, gold: dict) -> None:
    orgs = {o.name: o for o in sheet.organizations}
    for expected in gold["organizations"]:
        if expected.get("named") is False:
            continue
        assert expected["name"] in orgs, expected["name"]
        assert orgs[expected["name"]].kind == expected["kind"]
        assert orgs[expected["name"]].named


def test_unnamed_bodies(sheet: FactSheet) -> None:
    orgs = {o.name: o for o in sheet.organizations}
    junta = orgs["ruling military junta"]
    assert (junta.named, junta.kind) == (False, "government-body")
    assert set(junta.aliases) == {"the junta", "the ruling military junta"}
    assert orgs["junta-backed parliament"].named is False


def test_places(sheet: FactSheet, gold: dict) -> None:
    places = {p.name: p for p in sheet.places}
    assert set(places) == {p["name"] for p in gold["places"]}
    for expected in gold["places"]:
        assert (places[expected["name"]].kind, places[expected["name"]].country) == (
            expected["kind"],
            expected["country"],
        )
    assert places["Bamako"].capital and not places["Kati"].capital
    assert places["Kati"].latitude == pytest.approx(12.74, abs=0.05)


def test_quotes(sheet: FactSheet, gold: dict) -> None:
    quotes = {q.text: q for q in sheet.quotes}
    assert set(quotes) == {q["text"] for q in gold["quotes"]}
    council = quotes["This was an attempt to overthrow the junta"]
    assert council.speaker == "a member of the National Transition Council"
    assert council.cue == "told"
    maiga = quotes["This purge is a sign the leadership is struggling to control its own army"]
    assert (maiga.speaker, maiga.cue) == ("Oumar Maiga", "noted")


def test_figures(sheet: FactSheet) -> None:
    figures = {f.value: f for f in sheet.figures}
    personnel = figures["between 20 and 50"]
    assert (personnel.min, personnel.max, personnel.counts) == (20, 50, "military personnel")
    assert figures["dozens"].counts == "soldiers"
    assert figures["five-year"].number == 5
    assert figures["five-year"].counts.startswith("years")


def _events(sheet: FactSheet, kind: str) -> list:
    return [e for e in sheet.events if e.type == kind]


def test_main_arrest_dated_late_last_week(sheet: FactSheet) -> None:
    main = _events(sheet, "arrest")[0]
    assert "arrested dozens of soldiers" in main.summary
    assert "ruling military junta" in main.actors
    assert main.date.text == "late last week"
    value = main.date.value
    if "/" in value:
        first, last = value.split("/")
        assert "2025-08-07" <= first <= last <= "2025-08-10"
    else:
        assert value == "2025-08" or "2025-08-07" <= value <= "2025-08-10"


def test_kati_arrest_on_sunday(sheet: FactSheet) -> None:
    kati = [e for e in _events(sheet, "arrest") if e.place == "Kati"]
    assert len(kati) == 1
    assert kati[0].date.value == "2025-08-10"
    assert kati[0].date.precision == "day"
    assert "Abass Dembele" in kati[0].targets


def test_background_events(sheet: FactSheet) -> None:
    coups = _events(sheet, "coup")
    assert sorted(e.date.value for e in coups if e.date.value) == ["2020", "2021"]
    legislation = _events(sheet, "legislation")
    assert [e.date.value for e in legislation] == ["2025-07"]
    assert "junta-backed parliament" in legislation[0].actors
    dates = {e.date.value: e for e in sheet.events}
    assert dates["2012"].date.text == "Since 2012"
    assert set(dates["2012"].actors) == {"Al-Qaeda", "Islamic State"}
    transition = dates["2024-03"]
    assert transition.status == "planned"
    assert transition.date.precision == "month"


def test_statements(sheet: FactSheet) -> None:
    speakers = [e.actors for e in _events(sheet, "statement") if e.actors]
    assert ("National Transition Council",) in speakers
    assert speakers.count(("Oumar Maiga",)) == 1  # "said ..." and the quote after it are one statement
    negated = [e for e in sheet.events if e.status == "negated"]
    assert [e.summary for e in negated] == ["No official explanation was given for his arrest"]


def test_relations(sheet: FactSheet) -> None:
    found = {(r.source, r.target, r.kind) for r in sheet.relations}
    assert ("Wagner Group", "Africa Corps", "successor") in found
    assert ("Mali", "France", "distancing") in found
    assert ("Mali", "France", "former-colonial-ruler") in found
    assert ("Mali", "Russia", "military-cooperation") in found


def test_without_publication_date_relative_dates_stay_open(undated: FactSheet) -> None:
    by_text = {e.date.text: e.date for e in undated.events if e.date.text}
    assert by_text["late last week"].value is None
    assert by_text["on Sunday morning"].value is None
    assert by_text["in July"].value is None
    assert by_text["Since 2012"].value == "2012"
    assert by_text["March 2024"].value == "2024-03"
    assert sorted(e.date.value for e in undated.events if e.type == "coup" and e.date.value) == ["2020", "2021"]


def test_every_evidence_is_a_slice_of_the_body(sheet: FactSheet, gold: dict) -> None:
    body = read_article(SEED / gold["source_file"]).body
    for kind in FACT_KINDS:
        for fact in getattr(sheet, kind):
            ev = fact.evidence
            assert body[ev.start : ev.end] == ev.text
            assert not re.search(r"Read also", ev.text)


def test_briefing_extract_command_on_the_seed(gold: dict, tmp_path: Path) -> None:
    """The command-line interface external checks use: a file, --out and --published."""
    code = main(["extract", str(SEED / gold["source_file"]), "--out", str(tmp_path), "--published", "2025-08-12"])
    assert code == 0
    data = yaml.safe_load((tmp_path / f"{gold['article']}.yaml").read_text(encoding="utf-8"))
    assert data["article"]["published"] == "2025-08-12"
    assert {c["code"] for c in data["countries"]} == {c["code"] for c in gold["countries"]}
    assert {p["name"] for p in gold["people"]} <= {p["name"] for p in data["people"]}
    named = {o["name"] for o in gold["organizations"] if o.get("named", True)}
    assert named <= {o["name"] for o in data["organizations"]}
    assert {p["name"] for p in gold["places"]} <= {p["name"] for p in data["places"]}
    assert data["related_headlines"] == gold["related_headlines"]
