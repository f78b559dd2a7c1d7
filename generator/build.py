"""The pipeline in one place: articles -> fact sheets -> knowledge base -> Markdown pages.

`prepare_pages` is what both `briefing build` and the MkDocs plugin run before
MkDocs turns the pages into HTML. It gathers everything first, so every page is
rendered from the same, complete knowledge base; a broken article or fact sheet
is reported and skipped, and the rest of the site still builds.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .articles import Article, article_files, read_article
from .atomic import write_text_atomic
from .errors import ArticleError, BriefingError, FactSheetError
from .factsheet import FactSheet, to_dict
from .ingest.notes import unmined_sheet
from .ingest.reprints import collapse_reprints, group_reprints
from .merge import merge_sheets
from .parallel import extract_many
from .sheets import SheetChecker, dump_sheet_data
from .yamlio import load_yaml

log = logging.getLogger("briefing")

MACHINE_DIR = ".machine"
"""Beside the fact sheets: the machine's own last output, the base of every merge. Committed, never edited."""


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
    problems: tuple[BriefingError, ...] = ()
    articles: tuple[Article, ...] = ()
    """Every article read, extracted or not: what reprint grouping compares."""


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
) -> ExtractReport:
    """Write a fact sheet for each article that has none, or whose article or extractor changed.

    An existing sheet is merged three ways with the machine's last and new
    output, so every edit a person made to it survives (see merge.py).
    Extraction runs on `jobs` processes (default: every core) or on a Dask cluster.
    """
    todo: list[_Pending] = []
    problems: list[BriefingError] = []
    reused = 0
    seen: dict[str, Path] = {}
    read: list[Article] = []
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
        read.append(article)
        target, machine_copy = facts_dir / f"{article.id}.yaml", facts_dir / MACHINE_DIR / f"{article.id}.yaml"
        if not force and target.exists() and _machine_copy_is_current(machine_copy, article, published):
            reused += 1  # the fast path of a rebuild: only the machine copy's header is read
            continue
        try:
            base, mine = _read_mapping(machine_copy), _read_mapping(target)
        except FactSheetError as error:
            problems.append(error)
            continue
        if not force and mine is not None and _is_current(base or mine, article, published):
            reused += 1
            continue
        todo.append(_Pending(article, target, machine_copy, base, mine))
    mined = [p.article for p in todo if p.article.is_english]  # other languages: article details only
    sheets = iter(extract_many(mined, published=published, jobs=jobs, dask_address=dask_address))
    for pending in todo:
        sheet = next(sheets) if pending.article.is_english else unmined_sheet(pending.article, published)
        _write_merged(pending, to_dict(sheet))
    return ExtractReport(tuple(p.target for p in todo), reused, tuple(problems), tuple(read))


@dataclass(frozen=True)
class _Pending:
    """An article to extract and where its sheet and the machine's copy live."""

    article: Article
    target: Path
    machine_copy: Path
    base: dict[str, Any] | None
    """The machine's last output, if any."""
    mine: dict[str, Any] | None
    """The sheet as a reviewer left it, if any."""


def _write_merged(pending: _Pending, theirs: dict[str, Any]) -> None:
    """Write the new machine output, merged into the reviewed sheet when there is one."""
    if pending.mine is None:
        write_text_atomic(pending.target, dump_sheet_data(theirs))
    else:
        result = merge_sheets(pending.base, pending.mine, theirs)
        write_text_atomic(pending.target, dump_sheet_data(result.sheet))
        if result.new or result.changed or result.removed:
            log.info(
                "%s: %d new, %d changed, %d removed fact(s) to review",
                pending.target,
                result.new,
                result.changed,
                result.removed,
            )
    write_text_atomic(pending.machine_copy, dump_sheet_data(theirs))


def _read_mapping(path: Path) -> dict[str, Any] | None:
    """A fact sheet's YAML mapping, None when the file does not exist; unreadable YAML is an error."""
    if not path.exists():
        return None
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise FactSheetError(
            f"cannot merge new facts into it: {type(error).__name__}; fix the file (briefing check) and extract again",
            path,
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        raise FactSheetError("cannot merge new facts into it: not a fact sheet mapping; fix or delete the file", path)
    return data


_FACT_LISTS = re.compile(r"^(?!schema:|extractor:|article:)[a-z_]+:", re.MULTILINE)
"""The first top-level key after the header keys: where a machine copy's header ends."""


def _machine_copy_is_current(path: Path, article: Article, published: str | None) -> bool:
    """Whether the machine's copy was made from this article by this extractor, parsing only its header.

    The machine writes `schema`, `extractor` and `article` first; anything unexpected
    returns False, and the caller then reads both sheets in full as before.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    end = _FACT_LISTS.search(text)
    try:
        head = load_yaml(text[: end.start()] if end else text)
    except yaml.YAMLError:
        return False
    return isinstance(head, dict) and isinstance(head.get("article"), dict) and _is_current(head, article, published)


def _is_current(sheet: dict[str, Any], article: Article, published: str | None) -> bool:
    """Whether the machine output the sheet is based on came from this article text and this extractor."""
    from .extract import EXTRACTOR_VERSION

    info = sheet["article"]
    return (
        info.get("sha256") == article.sha256
        and str(sheet.get("extractor")) == EXTRACTOR_VERSION
        and (published is None or str(info.get("published")) == published)
    )


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
    from .decisions import load_decisions
    from .knowledge import aggregate
    from .render import render_pages

    corpus = Corpus(content_dir)
    report = extract_articles(article_files(corpus.articles_dir), corpus.facts_dir)
    sheets, sheet_problems = load_fact_sheets(corpus.facts_dir)
    sheets = collapse_reprints(sheets, group_reprints(report.articles))  # one story, many outlets: facts once
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
