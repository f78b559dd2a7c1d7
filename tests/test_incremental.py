"""Incremental builds: a fact sheet is reused while its article and the extractor are unchanged."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import generator.extract
from generator.build import prepare_pages
from generator.cli import main
from generator.yamlio import load_yaml

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = ("Amadou Keita", "Fatou Diallo", "Ibrahim Toure", "Mariam Sangare", "Oumar Cisse", "Awa Traore")
PLACES = ("Bamako", "Kati", "Mopti", "Gao", "Niamey", "Ouagadougou", "Dakar")
COUNTRIES = ("Mali", "Mali", "Mali", "Niger", "Burkina Faso", "Senegal", "Senegal")


SCENE = (
    *("residents", "traders", "students", "drivers", "farmers", "teachers", "nurses", "fishermen"),
    *("reported", "described", "recalled", "feared", "heard", "watched", "counted", "doubted"),
    *("gunfire", "convoys", "checkpoints", "helicopters", "curfews", "roadblocks", "queues", "rumours"),
    *("near", "beyond", "around", "behind", "along", "outside", "inside", "across"),
    *("markets", "bridges", "schools", "mosques", "barracks", "stadiums", "clinics", "stations"),
)


def write_article(folder: Path, number: int, *, day: int | None = None, source: str = "AFP") -> Path:
    """A short wire story, different for every number; `day` and `source` make another outlet's reprint of it."""
    person, place = PEOPLE[number % len(PEOPLE)], PLACES[number % len(PLACES)]
    country = COUNTRIES[number % len(COUNTRIES)]
    rng = random.Random(number)
    scene = " ".join(rng.choice(SCENE) for _ in range(30))  # the story's own colour: no two stories are reprints
    published = day or 1 + number % 27
    suffix = "" if day is None else f"-{source.lower()}"
    path = folder / f"2024-03-{published:02d}-story-{number:02d}{suffix}.md"
    path.write_text(
        f'---\ntitle: "General {person} detained in {place}"\npublished: 2024-03-{published:02d}\n'
        f"source: {source}\n---\n\n"
        f"General {person} was arrested in {place}, {country}, on Sunday, security sources said.\n\n"
        f"Soldiers surrounded the house of General {person} early in the morning. "
        f"The government of {country} has not commented on the arrest.\n\nWitnesses: {scene}.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    for number in range(20):
        write_article(content / "articles", number)
    return content


def build(content: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """`briefing build` on the corpus; its log."""
    out = content.parent
    args = ["build", "--content", str(content), "--site-dir", str(out / "site"), "--docs-dir", str(out / "docs")]
    assert main([*args, "--config", str(ROOT / "mkdocs.yml")]) == 0
    return capsys.readouterr().err


def test_adding_one_article_extracts_only_that_one(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "extracted 20 article(s), reused 0" in build(corpus, capsys).splitlines()
    before = {p.name: p.read_bytes() for p in (corpus / "facts").glob("*.yaml")}

    added = write_article(corpus / "articles", 20)
    log = build(corpus, capsys).splitlines()

    assert "extracted 1 article(s), reused 20" in log
    after = {p.name: p.read_bytes() for p in (corpus / "facts").glob("*.yaml")}
    assert set(after) - set(before) == {f"{added.stem}.yaml"}
    assert {name: after[name] for name in before} == before  # the reused sheets were not rewritten


def test_adding_a_reprint_records_the_group_without_extracting_again(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(corpus, capsys)
    story = corpus / "facts" / "2024-03-06-story-05.yaml"
    edited = story.read_text(encoding="utf-8").replace("- name: Awa Traore", "- name: Awa Traoré", 1)
    assert "Awa Traoré" in edited
    story.write_text(edited, encoding="utf-8")  # a reviewer's correction
    before = {p.name: p.read_bytes() for p in (corpus / "facts").glob("*.yaml")}

    reprint = write_article(corpus / "articles", 5, day=7, source="Reuters")
    log = build(corpus, capsys).splitlines()

    assert "extracted 1 article(s), reused 20" in log
    after = {p.name: p.read_bytes() for p in (corpus / "facts").glob("*.yaml")}
    assert {n: after[n] for n in before if n != story.name} == {n: v for n, v in before.items() if n != story.name}
    sheet = load_yaml(after[story.name].decode("utf-8"))
    assert sheet["article"]["reprints"] == [reprint.stem]
    assert any(p["name"] == "Awa Traoré" for p in sheet["people"])  # the edit survived
    assert load_yaml(after[f"{reprint.stem}.yaml"].decode("utf-8"))["article"]["reprint_of"] == story.stem
    assert "extracted 0 article(s), reused 21" in build(corpus, capsys).splitlines()
    assert (corpus / "facts" / story.name).read_bytes() == after[story.name]  # recorded once, then stable


def test_prepared_pages_report_the_counts(corpus: Path, tmp_path: Path) -> None:
    first = prepare_pages(corpus, tmp_path / "docs", ROOT / "templates", ROOT / "node_modules")
    assert (first.extracted, first.reused, first.articles) == (20, 0, 20)
    again = prepare_pages(corpus, tmp_path / "docs", ROOT / "templates", ROOT / "node_modules")
    assert (again.extracted, again.reused, again.articles) == (0, 20, 20)


def test_an_extractor_upgrade_extracts_everything_again(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build(corpus, capsys)
    monkeypatch.setattr(generator.extract, "EXTRACTOR_VERSION", "99.0.0-test")

    assert "extracted 20 article(s), reused 0" in build(corpus, capsys).splitlines()
    for sheet in (corpus / "facts").glob("*.yaml"):
        assert str(load_yaml(sheet.read_text(encoding="utf-8"))["extractor"]) == "99.0.0-test"
    assert "extracted 0 article(s), reused 20" in build(corpus, capsys).splitlines()


def test_extracting_a_named_reprint_compares_it_with_the_whole_corpus(corpus: Path) -> None:
    assert main(["extract", "--content", str(corpus), "--jobs", "1"]) == 0
    reprint = write_article(corpus / "articles", 5, day=7, source="Reuters")

    assert main(["extract", str(reprint), "--content", str(corpus), "--jobs", "1"]) == 0

    facts = corpus / "facts"
    assert load_yaml((facts / f"{reprint.stem}.yaml").read_text())["article"]["reprint_of"] == "2024-03-06-story-05"
    assert load_yaml((facts / "2024-03-06-story-05.yaml").read_text())["article"]["reprints"] == [reprint.stem]
