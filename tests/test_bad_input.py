"""Bad input, end to end: one line naming the file, the rest still builds, non-zero exit, nothing damaged."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

import generator.site
from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]

GOOD = (
    "---\ntitle: Junta names a new prime minister\npublished: 2025-03-04\nsource: AFP\n---\n\n"
    "Mali's junta named a new prime minister in Bamako on Monday, AFP reported.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus with one good article, extracted and built once; tests copy it."""
    work = tmp_path_factory.mktemp("good")
    (work / "content" / "articles").mkdir(parents=True)
    (work / "content" / "articles" / "good.md").write_text(GOOD, encoding="utf-8")
    assert main(build_args(work)) == 0
    return work


def build_args(work: Path, *extra: str) -> list[str]:
    return [
        "build",
        "--content",
        str(work / "content"),
        "--site-dir",
        str(work / "site"),
        "--docs-dir",
        str(work / "docs"),
        *extra,
    ]


@pytest.fixture
def work(built: Path, tmp_path: Path) -> Path:
    shutil.copytree(built, tmp_path / "work", symlinks=True)
    return tmp_path / "work"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


BAD_ARTICLES: list[tuple[str, bytes, str]] = [
    ("empty.md", b"", "empty article"),
    ("only-front-matter.md", b"---\ntitle: x\n---\n", "front matter but no story text"),
    ("bad-yaml.md", b"---\ntitle: 'unclosed\n---\nText.\n", "front matter is not valid YAML"),
    ("yesterday.md", b"---\npublished: yesterday\n---\nText.\n", "'published' must be a date"),
    ("impossible-date.md", b"---\npublished: 2025-13-45\n---\nText.\n", "'published' must be a date"),
    ("latin1.md", "---\ntitle: x\n---\nCaf\xe9 \xe0 Bamako.\n".encode("latin-1"), "not valid UTF-8"),
    ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_ARTICLES, ids=[b[0] for b in BAD_ARTICLES])
def test_bad_article_is_one_line_and_the_rest_builds(
    work: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    bad = work / "content" / "articles" / name
    bad.write_bytes(content)
    assert main(build_args(work)) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {bad}")
    assert message in errors[0]
    assert (work / "site" / "articles" / "good.html").is_file()
    assert not (work / "content" / "facts" / f"{bad.stem}.yaml").exists()


def test_twenty_megabyte_article_is_refused(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = work / "content" / "articles" / "huge.txt"
    with huge.open("w") as handle:
        handle.write("Soldiers patrolled the streets of Bamako. " * 500_000)
    assert huge.stat().st_size > 20_000_000
    assert main(build_args(work)) == 1
    assert f"error: {huge}: file is 21,000,000 bytes" in capsys.readouterr().err
    assert (work / "site" / "articles" / "good.html").is_file()


def test_article_with_ten_thousand_quotes_builds(work: Path) -> None:
    lines = [f"\u201cWe will hold position {i},\u201d a soldier in Gao said." for i in range(10_000)]
    (work / "content" / "articles" / "quotes.md").write_text(
        "---\ntitle: Many quotes\npublished: 2025-01-01\n---\n\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )
    assert main(build_args(work)) == 0
    assert (work / "site" / "articles" / "quotes.html").is_file()


def test_duplicate_article_ids_are_reported(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    twin = work / "content" / "articles" / "good.txt"
    twin.write_text("Another story with the same name.\n")
    assert main(build_args(work)) == 1
    assert f"error: {twin}: article id 'good' is also used by good.md; rename one" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace("schema: 1", "schema: 1\npeople: [unclosed"), "not valid YAML"),
        (lambda t: t.replace("code: MLI", "code: XXX", 1), "unknown country code 'XXX'"),
        (lambda t: t.replace("mentions: ", "mentions: many #", 1), "expected integer, got 'many'"),
    ],
    ids=["invalid-yaml", "unknown-country", "wrong-type"],
)
def test_broken_fact_sheet_is_skipped_and_kept(work: Path, capsys: pytest.CaptureFixture[str], edit, message) -> None:
    other = work / "content" / "articles" / "other.md"
    other.write_text(GOOD.replace("prime minister", "defence minister"))
    sheet = work / "content" / "facts" / "good.yaml"
    broken = edit(sheet.read_text())
    sheet.write_text(broken)
    assert main(build_args(work)) == 1
    err = capsys.readouterr().err
    assert f"error: {sheet}:" in err and message in err
    assert sheet.read_text() == broken, "a broken sheet is never rewritten"
    assert (work / "site" / "articles" / "other.html").is_file()


def test_event_dated_after_its_article_is_reported(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = work / "content" / "facts" / "good.yaml"
    text = sheet.read_text()
    future = "- {type: election, summary: Vote held, evidence: x, date: {value: '2026-01-01'}}\n"
    # the sheet's events are a block list ("events:\n- ...") or empty ("events: []"): add one either way
    edited = text.replace("events: []\n", "events:\n" + future) if "events: []\n" in text else None
    edited = edited or text.replace("\nevents:\n", "\nevents:\n" + future, 1)
    assert edited != text
    sheet.write_text(edited)
    assert main(build_args(work)) == 1
    assert "is after the article's publication date 2025-03-04" in capsys.readouterr().err


def test_template_syntax_error_keeps_the_previous_site(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(work / "site")
    templates = work / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "country.md.j2").write_text("# {{ country.name }\n")
    assert main(build_args(work, "--templates", str(templates))) == 2
    err = capsys.readouterr().err
    assert f"error: {templates / 'country.md.j2'}:1:" in err
    assert snapshot(work / "site") == before


def test_unwritable_output_is_one_line(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = work / "not-a-folder"
    blocker.write_text("a file where the site's parent folder should be")
    args = build_args(work)
    args[args.index("--site-dir") + 1] = str(blocker / "site")
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: ") and "not-a-folder" in err[-1]


def test_full_disk_keeps_the_previous_site(
    work: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(work / "site")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(work / "site"))

    monkeypatch.setattr(generator.site, "replace_tree", disk_full)
    assert main(build_args(work)) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert snapshot(work / "site") == before
    assert [p.name for p in work.iterdir() if p.name.startswith(".site")] == []


def test_interrupted_build_keeps_the_previous_site(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(work / "site")
    real_build = generator.site.mkdocs_build

    def interrupted(config: object, *args: object, **kwargs: object) -> None:
        real_build(config, *args, **kwargs)  # writes the whole new site into the staging folder ...
        raise KeyboardInterrupt  # ... and is stopped before it is swapped in

    monkeypatch.setattr(generator.site, "mkdocs_build", interrupted)
    (work / "content" / "articles" / "other.md").write_text(GOOD.replace("prime minister", "defence minister"))
    assert main(build_args(work)) == 2
    assert snapshot(work / "site") == before
    assert [p.name for p in work.iterdir() if p.name.startswith(".site")] == []
