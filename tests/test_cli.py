"""The `briefing` command end to end: extract, check, build, with broken input among good."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.sheets import SheetChecker

ROOT = Path(__file__).resolve().parents[1]

GOOD = (
    "---\ntitle: Soldiers detain a general in Gao\npublished: 2025-03-04\nsource: AFP\n"
    "url: https://www.afp.com/\n---\n\n"
    "Malian soldiers detained General Ali Kone at his home in Gao on Sunday, security sources told AFP.\n\n"
    "The army said the arrest was part of an inquiry into a plot against the government of Mali.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / "gao-arrest.md").write_text(GOOD, encoding="utf-8")
    return tmp_path / "content"


def test_extract_writes_valid_fact_sheets(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--content", str(corpus)]) == 0
    sheet = SheetChecker.create().load(corpus / "facts" / "gao-arrest.yaml")
    assert sheet.article.published == "2025-03-04"
    assert [c.code for c in sheet.countries] == ["MLI"]
    assert "Ali Kone" in [p.name for p in sheet.people]
    assert "extracted 1 article(s), 0 up to date" in capsys.readouterr().err


def test_extract_again_reuses_up_to_date_sheets(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "--content", str(corpus)])
    capsys.readouterr()
    assert main(["extract", "--content", str(corpus)]) == 0
    assert "extracted 0 article(s), 1 up to date" in capsys.readouterr().err


def test_hand_edits_survive_a_changed_article(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "--content", str(corpus)])
    sheet_path = corpus / "facts" / "gao-arrest.yaml"
    data = yaml.safe_load(sheet_path.read_text())
    data["people"][0]["name"] = "Ali Koné"  # a correction
    data["people"][0]["reviewed"] = True
    deleted = data["countries"].pop()  # a deletion
    data["places"].append({"name": "Kidal", "kind": "city", "country": "MLI", "evidence": "Added by hand."})
    sheet_path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    article = corpus / "articles" / "gao-arrest.md"
    article.write_text(GOOD.replace("on Sunday", "on Saturday"))
    capsys.readouterr()

    assert main(["extract", "--content", str(corpus)]) == 0
    merged = SheetChecker.create().load(sheet_path)
    person = next(p for p in merged.people if p.name == "Ali Koné")
    assert person.reviewed is True
    assert "Ali Kone" not in [p.name for p in merged.people]
    assert deleted["code"] not in [c.code for c in merged.countries]
    assert "Kidal" in [p.name for p in merged.places]
    new_events = [e for e in merged.events if e.review == "new"]
    assert [e.date.text for e in new_events if e.date.text] == ["on Saturday"]
    assert "on Sunday" not in [e.date.text for e in merged.events], "an unedited machine fact follows the machine"
    assert f"{sheet_path}: " in capsys.readouterr().err


def test_force_on_an_unchanged_article_changes_nothing(corpus: Path) -> None:
    main(["extract", "--content", str(corpus)])
    sheet_path = corpus / "facts" / "gao-arrest.yaml"
    edited = sheet_path.read_text().replace("name: Ali Kone", "name: Ali Koné")
    sheet_path.write_text(edited)
    assert main(["extract", "--content", str(corpus), "--force"]) == 0
    assert sheet_path.read_text() == edited


def test_unparsable_sheet_is_never_overwritten(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "--content", str(corpus)])
    sheet_path = corpus / "facts" / "gao-arrest.yaml"
    sheet_path.write_text("people: [unclosed\n")
    assert main(["extract", "--content", str(corpus), "--force"]) == 1
    assert sheet_path.read_text() == "people: [unclosed\n"
    assert "cannot merge new facts into it" in capsys.readouterr().err


def test_changed_article_with_unedited_sheet_is_extracted_again(corpus: Path) -> None:
    main(["extract", "--content", str(corpus)])
    (corpus / "articles" / "gao-arrest.md").write_text(GOOD.replace("on Sunday", "on Saturday"))
    assert main(["extract", "--content", str(corpus)]) == 0
    assert "on Saturday" in (corpus / "facts" / "gao-arrest.yaml").read_text()


def test_broken_article_is_reported_and_others_extracted(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = corpus / "articles" / "broken.md"
    broken.write_text("---\ntitle: x\npublished: yesterday\n---\nText.\n")
    assert main(["extract", "--content", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"error: {broken}:3: 'published' must be a date like 2025-08-12, got 'yesterday'" in err
    assert (corpus / "facts" / "gao-arrest.yaml").is_file()
    assert not (corpus / "facts" / "broken.yaml").exists()


def test_extract_named_file_to_out_dir_with_published(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Troops in Niger detained two officers on Sunday in Niamey, state television said.\n")
    out = tmp_path / "out"
    assert main(["extract", str(article), "--out", str(out), "--published", "2025-08-12"]) == 0
    data = yaml.safe_load((out / "story.yaml").read_text())
    assert data["article"]["published"] == "2025-08-12"
    assert {"text": "on Sunday", "value": "2025-08-10", "precision": "day"} in [e["date"] for e in data["events"]]


def test_extract_bad_published_option_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Troops in Niger detained two officers.\n")
    assert main(["extract", str(article), "--published", "12/08/2025"]) == 2
    assert "'published' must be a date like 2025-08-12, got '12/08/2025'" in capsys.readouterr().err


def test_check_reports_every_broken_sheet(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "--content", str(corpus)])
    assert main(["check", "--content", str(corpus)]) == 0
    sheet = corpus / "facts" / "gao-arrest.yaml"
    sheet.write_text(sheet.read_text().replace("code: MLI", "code: MAL"))
    assert main(["check", "--content", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"error: {sheet}:" in err
    assert "countries[0].code: unknown country code 'MAL'; use an ISO 3166-1 alpha-3 code" in err


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("briefing")
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    for command in ("extract", "build", "serve", "check"):
        assert command in result.stdout


def test_build_skips_broken_article_and_keeps_building(corpus: Path, tmp_path: Path) -> None:
    (corpus / "articles" / "empty.md").write_text("")
    site = tmp_path / "site"
    code = main(["build", "--content", str(corpus), "--site-dir", str(site), "--docs-dir", str(tmp_path / "docs")])
    assert code == 1
    assert (site / "articles" / "gao-arrest.html").is_file()
    assert (site / "countries" / "mali.html").is_file()


def test_failed_build_leaves_previous_site(corpus: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    args = ["build", "--content", str(corpus), "--site-dir", str(site), "--docs-dir", str(tmp_path / "docs")]
    assert main(args) == 0
    before = (site / "index.html").read_text()
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "country.md.j2").write_text("{% if %}")
    assert main([*args, "--templates", str(templates)]) == 2
    assert (site / "index.html").read_text() == before
