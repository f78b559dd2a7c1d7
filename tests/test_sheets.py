"""Fact-sheet files: round trip, schema errors with lines, safe loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import FactSheetError
from generator.factsheet import (
    ArticleInfo,
    Country,
    DateValue,
    Event,
    Evidence,
    FactSheet,
    Figure,
    Person,
    Quote,
)
from generator.sheets import SheetChecker, dump_fact_sheet, write_fact_sheet

SENTENCE = "Soldiers detained General Ali Traore in Gao on Sunday."


def sample_sheet() -> FactSheet:
    evidence = Evidence(SENTENCE, 0, len(SENTENCE))
    return FactSheet(
        article=ArticleInfo(id="gao-arrest", title="Arrest in Gao", published="2025-03-04", source="AFP"),
        countries=(Country(code="MLI", name="Mali", evidence=evidence, mentions=2, salience="primary"),),
        people=(Person(name="Ali Traore", title="General", status="detained", country="MLI", evidence=evidence),),
        events=(
            Event(
                type="arrest",
                summary="Soldiers detain General Ali Traore in Gao",
                evidence=evidence,
                date=DateValue("on Sunday", "2025-03-02", "day"),
                place="Gao",
                actors=("soldiers",),
                targets=("Ali Traore",),
            ),
        ),
        quotes=(Quote(speaker="Ali Traore", text="I am innocent", cue="said", evidence=evidence, reviewed=True),),
        figures=(Figure(counts="soldiers", value="between 20 and 50", min=20, max=50, evidence=evidence),),
        extractor="0.1.0",
    )


@pytest.fixture
def checker() -> SheetChecker:
    return SheetChecker.create()


def test_round_trip_is_lossless(tmp_path: Path, checker: SheetChecker) -> None:
    sheet = sample_sheet()
    path = tmp_path / "gao-arrest.yaml"
    write_fact_sheet(sheet, path)
    assert checker.problems(path, path.read_text()) == []
    assert checker.load(path) == sheet
    assert not list(tmp_path.glob(".*tmp")), "no temporary file is left behind"


def test_dump_is_readable_yaml(tmp_path: Path) -> None:
    text = dump_fact_sheet(sample_sheet())
    assert text.startswith("# Briefing fact sheet (schema 1)")
    assert "schema: 1\n" in text
    assert "  published: '2025-03-04'\n" in text
    assert "reviewed: true" in text
    assert text.count("reviewed:") == 1, "reviewed: false is left out"


def problems_of(tmp_path: Path, checker: SheetChecker, old: str, new: str, name: str = "gao-arrest.yaml") -> list[str]:
    text = dump_fact_sheet(sample_sheet())
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1))
    return [str(p) for p in checker.problems(path, path.read_text())]


def line_of(tmp_path: Path, needle: str) -> int:
    lines = (tmp_path / "gao-arrest.yaml").read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_unknown_country_code_names_file_line_and_fix(tmp_path: Path, checker: SheetChecker) -> None:
    found = problems_of(tmp_path, checker, "code: MLI", "code: XYZ")
    line = line_of(tmp_path, "code: XYZ")
    assert found == [
        f"{tmp_path / 'gao-arrest.yaml'}:{line}: countries[0].code: unknown country code 'XYZ'; "
        "use an ISO 3166-1 alpha-3 code"
    ]


def test_wrong_type_is_reported_with_its_line(tmp_path: Path, checker: SheetChecker) -> None:
    found = problems_of(tmp_path, checker, "mentions: 2", "mentions: many")
    line = line_of(tmp_path, "mentions: many")
    assert found == [f"{tmp_path / 'gao-arrest.yaml'}:{line}: countries[0].mentions: expected integer, got 'many'"]


def test_every_problem_is_collected(tmp_path: Path, checker: SheetChecker) -> None:
    text = dump_fact_sheet(sample_sheet()).replace("mentions: 2", "mentions: many").replace("status: reported", "x: 1")
    path = tmp_path / "gao-arrest.yaml"
    path.write_text(text)
    found = checker.problems(path, text)
    assert len(found) == 2
    assert "additional properties" in str(found[1]).lower() or "additional" in str(found[0]).lower()


def test_event_dated_after_publication_is_refused(tmp_path: Path, checker: SheetChecker) -> None:
    found = problems_of(tmp_path, checker, "value: '2025-03-02'", "value: '2026-01-01'")
    assert len(found) == 1
    assert "is after the article's publication date 2025-03-04" in found[0]


def test_invalid_yaml_names_the_line(tmp_path: Path, checker: SheetChecker) -> None:
    found = problems_of(tmp_path, checker, "  source: AFP\n", "  source: [AFP\n")
    assert len(found) == 1
    assert "not valid YAML" in found[0]
    assert found[0].startswith(f"{tmp_path / 'gao-arrest.yaml'}:")


def test_impossible_date_is_a_schema_error_not_a_crash(tmp_path: Path, checker: SheetChecker) -> None:
    found = problems_of(tmp_path, checker, "published: '2025-03-04'", "published: 2025-13-45")
    assert found and "article.published: expected a date like 2025-08-12" in found[0]


def test_python_tags_are_never_constructed(tmp_path: Path, checker: SheetChecker) -> None:
    found = problems_of(tmp_path, checker, "source: AFP", "source: !!python/object/apply:os.system ['echo pwned']")
    assert len(found) == 1
    assert "not valid YAML" in found[0]


def test_file_name_must_match_article_id(tmp_path: Path, checker: SheetChecker) -> None:
    found = problems_of(tmp_path, checker, "schema: 1", "schema: 1", name="other.yaml")
    assert len(found) == 1
    assert "article.id is 'gao-arrest' but the file is named other.yaml" in found[0]


def test_load_raises_first_problem_and_counts_the_rest(tmp_path: Path, checker: SheetChecker) -> None:
    text = dump_fact_sheet(sample_sheet()).replace("code: MLI", "code: 12").replace("mentions: 2", "mentions: x")
    path = tmp_path / "gao-arrest.yaml"
    path.write_text(text)
    with pytest.raises(FactSheetError, match=r"\(and 1 more; see briefing check\)"):
        checker.load(path)


def test_hand_added_fact_with_plain_evidence_is_accepted(tmp_path: Path, checker: SheetChecker) -> None:
    text = dump_fact_sheet(sample_sheet()).replace(
        "places: []\n",
        "places:\n- name: Gao\n  kind: city\n  country: MLI\n  evidence: Soldiers detained him in Gao.\n"
        "  reviewed: true\n",
    )
    path = tmp_path / "gao-arrest.yaml"
    path.write_text(text)
    sheet = checker.load(path)
    assert sheet.places[0].evidence == Evidence("Soldiers detained him in Gao.")
    assert sheet.places[0].reviewed is True


def test_article_language_and_reprint_fields_round_trip(tmp_path: Path, checker: SheetChecker) -> None:
    base = sample_sheet()
    info = ArticleInfo(**{**vars(base.article), "language": "en", "reprints": ("gao-arrest-reuters",)})
    sheet = FactSheet(**{**vars(base), "article": info})
    path = tmp_path / "gao-arrest.yaml"
    write_fact_sheet(sheet, path)
    assert "  language: en\n  reprint_of: null\n  reprints:\n  - gao-arrest-reuters\n" in path.read_text()
    assert checker.load(path) == sheet


def test_a_sheet_without_the_new_article_fields_still_loads(tmp_path: Path, checker: SheetChecker) -> None:
    path = tmp_path / "old.yaml"
    path.write_text("schema: 1\narticle:\n  id: old\n  title: Old sheet\n  published: 2025-01-02\n")
    info = checker.load(path).article
    assert (info.language, info.reprint_of, info.reprints) == (None, None, ())


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("  language: English", "article.language: 'English' is not in the expected form (an ISO 639-1 code"),
        ("  reprint_of: Other Story", "article.reprint_of: 'Other Story' is not in the expected form (an article id"),
        ("  reprints: [ok-id, Bad Id]", "article.reprints[1]: 'Bad Id' is not in the expected form (an article id"),
        ("  reprint_of: story", "article.reprint_of names the article itself"),
    ],
)
def test_bad_reprint_fields_name_the_fix(tmp_path: Path, checker: SheetChecker, line: str, message: str) -> None:
    path = tmp_path / "story.yaml"
    path.write_text(f"schema: 1\narticle:\n  id: story\n  title: A story\n{line}\n")
    [problem] = checker.problems(path, path.read_text())
    assert message in problem.message and problem.line == 5
