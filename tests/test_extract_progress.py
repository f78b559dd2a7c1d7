"""The extraction progress bar: the counts it is given, and when it is shown at all."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import generator.logs
from generator.articles import article_files
from generator.build import extract_articles
from generator.cli import main

STORY = (
    "---\ntitle: Story {n}\npublished: 2025-03-0{n}\nsource: AFP\n---\n\n"
    "Soldiers detained Colonel Ba{n} in Bamako, Mali, on Sunday.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "content" / "articles"
    folder.mkdir(parents=True)
    for n in (1, 2, 3):
        (folder / f"story-{n}.md").write_text(STORY.format(n=n), encoding="utf-8")
    (folder / "broken.md").write_text("", encoding="utf-8")  # an empty article: reported, not extracted
    return folder


def test_counts_after_each_article(articles: Path, tmp_path: Path) -> None:
    calls: list[tuple[int, int, int]] = []
    extract_articles(article_files(articles), tmp_path / "facts", jobs=1, on_progress=lambda *c: calls.append(c))
    assert len(calls) == 4  # once per article file, the broken one included
    assert calls[-1] == (3, 0, 1)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)  # counts only grow

    (articles / "story-4.md").write_text(STORY.format(n=4), encoding="utf-8")
    calls.clear()
    extract_articles(article_files(articles), tmp_path / "facts", jobs=1, on_progress=lambda *c: calls.append(c))
    assert len(calls) == 5 and calls[-1] == (1, 3, 1)


def _recording(seen: dict[str, Any]) -> Any:
    """A stand-in for logs.progress that records what the command gives it."""

    @contextmanager
    def fake(total: int, description: str, enabled: bool, labels: tuple[str, ...] = ()) -> Iterator[Any]:
        seen.update(total=total, enabled=enabled, labels=labels, updates=[])
        yield lambda *counts: seen["updates"].append(counts)

    return fake


@pytest.mark.parametrize(
    ("options", "shown"), [([], True), (["--quiet"], False), (["--json"], False)], ids=["tty", "quiet", "json"]
)
def test_extract_command_feeds_the_bar_only_at_a_terminal(
    articles: Path, monkeypatch: pytest.MonkeyPatch, options: list[str], shown: bool
) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(generator.logs, "progress", _recording(seen))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main([*options, "extract", "--content", str(articles.parent), "--jobs", "1"]) == 1  # one broken
    assert seen["enabled"] is shown
    assert (seen["total"], seen["labels"]) == (4, ("extracted", "reused", "failed"))
    assert seen["updates"][-1] == (3, 0, 1)


def test_no_bar_when_stderr_is_not_a_terminal(articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(generator.logs, "progress", _recording(seen))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    main(["extract", "--content", str(articles.parent), "--jobs", "1"])
    assert seen["enabled"] is False


def test_build_command_feeds_the_bar_while_it_extracts(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(generator.logs, "progress", _recording(seen))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    site, docs = tmp_path / "site", tmp_path / "docs"
    command = ["build", "--content", str(articles.parent), "--site-dir", str(site), "--docs-dir", str(docs)]
    assert main(command) == 1  # built, with the broken article reported
    assert (site / "index.html").is_file()
    assert (seen["total"], seen["enabled"]) == (4, True)
    assert len(seen["updates"]) == 4 and seen["updates"][-1] == (3, 0, 1)
