"""The pipeline in one place: articles -> fact sheets -> knowledge base -> Markdown pages.

`prepare_pages` is what both `briefing build` and the MkDocs plugin run before
MkDocs turns the pages into HTML. It gathers everything first, so every page is
rendered from the same, complete knowledge base; a broken article or fact sheet
is reported and skipped, and the rest of the site still builds.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .articles import Article, article_files, read_article
from .atomic import write_text_atomic
from .errors import ArticleError, BriefingError
from .factsheet import FactSheet
from .sheets import SheetChecker, dump_fact_sheet

log = logging.getLogger("briefing")

CACHE_DIR = ".briefing-cache"
"""Beside the fact sheets: the machine's own last output, never edited by people."""


@dataclass(frozen=True)
class Corpus:
    """Where a corpus keeps its articles and fact sheets."""

    content_dir: Path

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def facts_dir(self) -> Path:
        return self.content_dir / "facts"


@dataclass(frozen=True)
class ExtractReport:
    """What an extraction run did."""

    written: tuple[Path, ...] = ()
    reused: int = 0
    kept: tuple[Path, ...] = ()
    """Fact sheets edited by hand whose article changed: left as they are for review."""
    problems: tuple[BriefingError, ...] = ()


@dataclass(frozen=True)
class PreparedPages:
    """The result of the page stage: the navigation for MkDocs and what went wrong."""

    nav: list[Any]
    articles: int
    problems: tuple[BriefingError, ...]


def extract_articles(
    paths: Sequence[Path],
    facts_dir: Path,
    *,
    force: bool = False,
    published: str | None = None,
) -> ExtractReport:
    """Write a fact sheet for each article that has none or whose article changed.

    A fact sheet that differs from the machine's last output was edited by a
    person; it is never overwritten.
    """
    written: list[Path] = []
    kept: list[Path] = []
    problems: list[BriefingError] = []
    reused = 0
    extractor = None
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as error:
            problems.append(error)
            continue
        if article.id in seen:
            problems.append(
                ArticleError(f"article id {article.id!r} is also used by {seen[article.id].name}; rename one", path)
            )
            continue
        seen[article.id] = path
        target = facts_dir / f"{article.id}.yaml"
        machine_copy = facts_dir / CACHE_DIR / f"{article.id}.yaml"
        state = _sheet_state(target, machine_copy, article)
        if state == "current" and not force:
            reused += 1
            continue
        if state == "edited":
            kept.append(target)
            log.warning("%s: edited by hand and its article changed; kept as it is, review it", target)
            continue
        if extractor is None:
            extractor = _new_extractor()
        sheet = extractor.extract(article, published=published)
        text = dump_fact_sheet(sheet)
        write_text_atomic(machine_copy, text)
        write_text_atomic(target, text)
        written.append(target)
    return ExtractReport(tuple(written), reused, tuple(kept), tuple(problems))


def _sheet_state(target: Path, machine_copy: Path, article: Article) -> str:
    """'missing', 'current', 'stale' (safe to rewrite) or 'edited' (a person changed it)."""
    if not target.exists():
        return "missing"
    text = target.read_text(encoding="utf-8", errors="replace")
    machine = machine_copy.read_text(encoding="utf-8", errors="replace") if machine_copy.exists() else None
    from .extract import EXTRACTOR_VERSION

    up_to_date = f"sha256: {article.sha256}" in text and f"extractor: {EXTRACTOR_VERSION}" in (machine or text)
    if up_to_date:
        return "current"
    return "stale" if machine is not None and machine == text else "edited"


def _new_extractor() -> Any:
    """The extractor is slow to set up: made only when an article needs it."""
    from .extract import Extractor

    return Extractor()


def load_fact_sheets(facts_dir: Path) -> tuple[list[FactSheet], list[BriefingError]]:
    """Every valid fact sheet in a folder; invalid ones are reported, not fatal."""
    checker = SheetChecker.create()
    sheets: list[FactSheet] = []
    problems: list[BriefingError] = []
    for path in sorted(facts_dir.glob("*.yaml")) if facts_dir.is_dir() else []:
        try:
            sheets.append(checker.load(path))
        except BriefingError as error:
            problems.append(error)
    return sheets, problems


def prepare_pages(
    content_dir: Path, docs_dir: Path, templates_dir: Path, node_modules: Path | None = None
) -> PreparedPages:
    """Extract what is missing, aggregate every fact sheet, render the Markdown pages.

    `node_modules` holds the npm packages the site ships (the offline search shim);
    by default it is the one beside the templates folder.
    """
    from .knowledge import aggregate
    from .render import render_pages

    corpus = Corpus(content_dir)
    report = extract_articles(article_files(corpus.articles_dir), corpus.facts_dir)
    sheets, sheet_problems = load_fact_sheets(corpus.facts_dir)
    current = {p.stem for p in article_files(corpus.articles_dir)} | {s.article.id for s in sheets}
    sheets = [s for s in sheets if s.article.id in current]
    knowledge = aggregate(sheets)
    nav = render_pages(knowledge, docs_dir, templates_dir, node_modules=node_modules)
    return PreparedPages(nav=nav, articles=len(sheets), problems=report.problems + tuple(sheet_problems))
