"""The pipeline in one place: articles -> fact sheets -> knowledge base -> Markdown pages.

`prepare_pages` is what both `briefing build` and the MkDocs plugin run before
MkDocs turns the pages into HTML. It gathers everything first, so every page is
rendered from the same, complete knowledge base; a broken article or fact sheet
is reported and skipped, and the rest of the site still builds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .articles import Article, article_files, read_article
from .errors import ArticleError, BriefingError, FactSheetError
from .factsheet import FactSheet, to_dict
from .ingest.notes import unmined_sheet
from .ingest.reprints import article_details, cached_groups, collapse_reprints, groups_from_sheets
from .parallel import iter_extract
from .sheets import SheetChecker
from .sheetstore import (
    MACHINE_DIR,
    REPRINTS_CACHE,
    Pending,
    is_current,
    machine_header,
    read_mapping,
    record_details,
    write_merged,
)

log = logging.getLogger("briefing")


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


Progress = Callable[[int, int, int], None]
"""Called after each article with the counts so far: extracted, reused, failed."""


@dataclass(frozen=True)
class ExtractReport:
    """What an extraction run did."""

    written: tuple[Path, ...] = ()
    reused: int = 0
    problems: tuple[BriefingError, ...] = ()
    articles: tuple[Article, ...] = ()
    """Every article read, extracted or not: what reprint grouping compares."""
    regrouped: tuple[Path, ...] = ()
    """Sheets not extracted again whose article details (language, reprint group) were brought up to date."""


@dataclass(frozen=True)
class PreparedPages:
    """The result of the page stage: the navigation for MkDocs and what went wrong."""

    nav: list[Any]
    articles: int
    problems: tuple[BriefingError, ...]
    knowledge: Any = None
    """The KnowledgeBase the pages were rendered from."""
    extracted: int = 0
    """Articles extracted in this run (new, changed, or extracted by an older extractor)."""
    reused: int = 0
    """Articles whose fact sheet was current and was used as it is."""


def extract_articles(
    paths: Sequence[Path],
    facts_dir: Path,
    *,
    force: bool = False,
    published: str | None = None,
    jobs: int | None = None,
    dask_address: str | None = None,
    group_with: Sequence[Path] = (),
    on_progress: Progress | None = None,
) -> ExtractReport:
    """Write a fact sheet for each article that has none, or whose article or extractor changed.

    An existing sheet is merged three ways with the machine's last and new
    output, so every edit a person made to it survives (see merge.py).
    Extraction runs on `jobs` processes (default: every core) or on a Dask cluster.
    The articles, with those of `group_with` (the rest of the corpus), are grouped
    into reprints, and every sheet records its article's group and language; a
    sheet whose group changed gets only that, through the same merge, not a new extraction.
    """
    todo: list[Pending] = []
    problems: list[BriefingError] = []
    current: list[tuple[Article, dict[str, Any]]] = []  # reused sheets and the header they were made with
    seen: dict[str, Path] = {}
    read: list[Article] = []

    def tick(extracted: int = 0) -> None:
        if on_progress is not None:
            on_progress(extracted, len(current), len(problems))

    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as error:
            problems.append(error)
            tick()
            continue
        if article.id in seen:
            problems.append(
                ArticleError(f"article id {article.id!r} is also used by {seen[article.id].name}; rename one", path)
            )
            tick()
            continue
        seen[article.id] = path
        read.append(article)
        target, machine_copy = facts_dir / f"{article.id}.yaml", facts_dir / MACHINE_DIR / f"{article.id}.yaml"
        head = None if force or not target.exists() else machine_header(machine_copy)
        if head is not None and is_current(head, article, published):
            current.append((article, head))  # the fast path of a rebuild: only the machine copy's header is read
            tick()
            continue
        try:
            base, mine = read_mapping(machine_copy), read_mapping(target)
        except FactSheetError as error:
            problems.append(error)
            tick()
            continue
        if not force and mine is not None and is_current(base or mine, article, published):
            current.append((article, base or mine))
            tick()
            continue
        todo.append(Pending(article, target, machine_copy, base, mine))
    others = _other_articles(group_with, seen)
    groups = cached_groups([*read, *others], facts_dir / MACHINE_DIR / REPRINTS_CACHE)
    details = article_details([*read, *others], groups)
    mined = [p.article for p in todo if p.article.is_english]  # other languages: article details only
    sheets = iter_extract(mined, published=published, jobs=jobs, dask_address=dask_address)
    for extracted, pending in enumerate(todo, 1):
        sheet = next(sheets) if pending.article.is_english else unmined_sheet(pending.article, published)
        data = to_dict(sheet)
        data["article"].update(details[pending.article.id])
        write_merged(pending, data)
        tick(extracted)
    regrouped = record_details(current, others, facts_dir, details, problems)
    return ExtractReport(tuple(p.target for p in todo), len(current), tuple(problems), tuple(read), regrouped)


def _other_articles(paths: Sequence[Path], seen: dict[str, Path]) -> list[Article]:
    """The readable articles of `paths` that this run does not extract: compared for reprints only."""
    others = []
    given = {path.resolve() for path in seen.values()}
    for path in paths:
        if path.resolve() in given:
            continue
        try:
            article = read_article(path)
        except ArticleError:
            continue  # reported by the run that extracts it
        if article.id not in seen:
            others.append(article)
    return others


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
    content_dir: Path,
    docs_dir: Path,
    templates_dir: Path,
    node_modules: Path | None = None,
    on_progress: Progress | None = None,
) -> PreparedPages:
    """Extract what is missing, aggregate every fact sheet, render the Markdown pages.

    `node_modules` holds the npm packages the site ships (the offline search shim);
    by default it is the one beside the templates folder. `on_progress` gets the
    extraction's counts after each article (see `extract_articles`).
    """
    from .decisions import load_decisions
    from .knowledge import aggregate
    from .render import render_pages

    corpus = Corpus(content_dir)
    report = extract_articles(article_files(corpus.articles_dir), corpus.facts_dir, on_progress=on_progress)
    sheets, sheet_problems = load_fact_sheets(corpus.facts_dir)
    sheets, groups = groups_from_sheets(sheets)  # as extraction recorded them, and as reviewers corrected them
    sheets = collapse_reprints(sheets, groups)  # one story, many outlets: facts once
    rules, rule_problems = load_decisions(content_dir)
    knowledge = aggregate(sheets, rules=rules)
    nav = render_pages(knowledge, docs_dir, templates_dir, node_modules=node_modules)
    problems = report.problems + tuple(sheet_problems) + tuple(rule_problems)
    return PreparedPages(
        nav=nav,
        articles=len(sheets),
        problems=problems,
        knowledge=knowledge,
        extracted=len(report.written),
        reused=report.reused,
    )
