"""`briefing add`: everything normalised into Markdown with complete front matter, originals kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.articles import read_article
from generator.cli import main
from generator.ingest.add import add_files

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_add_writes_markdown_that_reads_back_the_same(tmp_path: Path) -> None:
    report = add_files([FIXTURES / "text" / "reuters-bamako.txt"], tmp_path)
    assert report.added == [tmp_path / "articles" / "reuters-bamako.md"]
    text = report.added[0].read_text(encoding="utf-8")
    assert text.startswith(
        "---\ntitle: Mali junta bans activities of political associations\nsource: Reuters\nlanguage: en\n"
        "dateline: BAMAKO, Aug 12 (Reuters) -\ndateline_place: Bamako\norigin: originals/reuters-bamako.txt\n"
        "origin_id: sha256:"
    )
    assert "inferred: [dateline_place, language, source, title]\n---\n\nBAMAKO, Aug 12 (Reuters) - Mali's" in text
    assert "published" not in text  # no year anywhere: left empty, for review
    original = read_article(FIXTURES / "text" / "reuters-bamako.txt")
    again = read_article(report.added[0])
    for name in ("title", "published", "source", "language", "dateline", "dateline_place", "found", "inferred"):
        assert getattr(again, name) == getattr(original, name), name
    assert again.origin == "originals/reuters-bamako.txt"
    assert (tmp_path / "originals" / "reuters-bamako.txt").read_bytes() == (
        FIXTURES / "text" / "reuters-bamako.txt"
    ).read_bytes()


def test_saved_page_becomes_markdown_with_paragraphs(tmp_path: Path) -> None:
    [path] = add_files([FIXTURES / "pages" / "niger-uranium-sahel-times.html"], tmp_path).added
    text = path.read_text(encoding="utf-8")
    assert "published: 2025-06-20\n" in text
    assert "author: Moussa Kaka\n" in text
    assert "found: [author, language, published, site_name, source, title, url]\n" in text
    assert "\n\nA decree read on state television" in text
    article = read_article(path)
    assert article.found == ("author", "language", "published", "site_name", "source", "title", "url")
    assert article.inferred == ()


def test_feed_becomes_one_article_per_entry_and_is_kept_once(tmp_path: Path) -> None:
    report = add_files([FIXTURES / "feeds"], tmp_path)
    assert sorted(p.name for p in report.added) == [
        "2025-08-12-guinea-sets-date-for-presidential-election.md",
        "2025-08-13-chad-s-parliament-approves-constitutional-changes.md",
        "2025-08-30-senegal-and-mali-agree-to-reopen-border-post.md",
        "2025-09-01-niger-junta-frees-dozens-of-detained-officials.md",
        "mauritania-arrests-suspected-smugglers-near-mali-border.md",
    ]
    assert len(report.problems) == 1 and "feed entry 4 has no text" in str(report.problems[0])
    assert sorted(p.name for p in (tmp_path / "originals").iterdir()) == ["sahel-wire.rss", "west-africa-desk.atom"]
    chad = read_article(tmp_path / "articles" / "2025-08-13-chad-s-parliament-approves-constitutional-changes.md")
    assert chad.origin == "originals/sahel-wire.rss#sahelwire-48211"
    assert chad.published == "2025-08-13"


def test_adding_again_reuses_what_is_there(tmp_path: Path) -> None:
    first = add_files([FIXTURES / "feeds", FIXTURES / "text"], tmp_path)
    before = {p: p.read_bytes() for p in (tmp_path / "articles").iterdir()}
    second = add_files([FIXTURES / "feeds", FIXTURES / "text"], tmp_path)
    assert second.added == []
    assert sorted(second.reused) == sorted(first.added)
    assert {p: p.read_bytes() for p in (tmp_path / "articles").iterdir()} == before


def test_a_raw_file_in_the_articles_folder_is_replaced_by_its_markdown(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(FIXTURES / "text" / "afp-niamey.txt", articles)
    report = add_files([articles], tmp_path)
    assert [p.name for p in articles.iterdir()] == ["afp-niamey.md"]
    assert report.added == [articles / "afp-niamey.md"]
    assert (tmp_path / "originals" / "afp-niamey.txt").exists()


def test_same_id_from_another_file_gets_a_number(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "reuters-bamako.txt"
    other.parent.mkdir()
    other.write_text("Another story\nNIAMEY (AFP) — Something else happened on Monday.\n", encoding="utf-8")
    add_files([FIXTURES / "text" / "reuters-bamako.txt"], tmp_path)
    report = add_files([other], tmp_path)
    assert [p.name for p in report.added] == ["reuters-bamako-2.md"]
    assert sorted(p.name for p in (tmp_path / "originals").iterdir()) == [
        "reuters-bamako-" + report.added[0].read_text().split("sha256:")[1][:8] + ".txt",
        "reuters-bamako.txt",
    ]


def test_cli_add_reports_counts_and_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["add", str(FIXTURES / "text"), str(tmp_path / "missing.html"), "--content", str(tmp_path)])
    assert code == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "added 4 article(s), 0 already there, 1 failed",
        f"error: {tmp_path / 'missing.html'}: no such file or folder",
    ]


def test_cli_json_logs_one_object_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--json", "add", str(FIXTURES / "feeds" / "sahel-wire.rss"), "--content", str(tmp_path)])
    assert code == 1
    records = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert records == [
        {"level": "info", "message": "added 3 article(s), 0 already there, 1 failed"},
        {
            "level": "error",
            "message": "feed entry 4 has no text (neither content nor summary); it was skipped",
            "path": str(FIXTURES / "feeds" / "sahel-wire.rss"),
            "line": None,
        },
    ]


def test_cli_quiet_prints_only_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quiet", "add", str(FIXTURES / "text"), "--content", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""
