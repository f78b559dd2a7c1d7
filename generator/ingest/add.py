"""`briefing add`: any file an analyst collects, normalised into content/articles/<id>.md.

Saved pages, plain text and Markdown become one article each; a feed becomes
one article per entry. Each article is written as Markdown with complete front
matter (what was found, what was inferred, where it came from), and the file it
came from is kept, byte for byte, in content/originals/. Adding the same file
or feed entry again is recognised and skipped, so `add` can be re-run on a
download folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..atomic import write_text_atomic
from ..errors import ArticleError, BriefingError
from .article import Article
from .common import read_bytes
from .feed import FEED_SUFFIXES, FeedEntry, is_feed, read_feed
from .markdown import split_front_matter
from .readers import READERS, read_article

ORIGINALS = "originals"
"""Folder of the corpus that keeps every added file as it was."""

FRONT_MATTER_KEYS = (
    "title",
    "published",
    "source",
    "url",
    "author",
    "site_name",
    "language",
    "dateline",
    "dateline_place",
    "origin",
    "origin_id",
    "found",
    "inferred",
)
"""The front matter `add` writes, in this order; None values are left out."""


@dataclass
class AddReport:
    """What an add run did; filled in as files are processed."""

    added: list[Path] = field(default_factory=list)
    """Articles written."""
    reused: list[Path] = field(default_factory=list)
    """Articles already there from an earlier add of the same file or feed entry."""
    problems: list[BriefingError] = field(default_factory=list)


def add_files(
    inputs: Sequence[Path], content_dir: Path, on_file: Callable[[Path, AddReport], None] | None = None
) -> AddReport:
    """Add every file (folders: their article and feed files), calling `on_file` after each one."""
    articles_dir, originals_dir = content_dir / "articles", content_dir / ORIGINALS
    files, missing = expand_inputs(inputs)
    report = AddReport(problems=list(missing))
    known = _known_origins(articles_dir)
    for path in files:
        try:
            _add_file(path, articles_dir, originals_dir, known, report)
        except ArticleError as error:
            report.problems.append(error)
        if on_file is not None:
            on_file(path, report)
    return report


def expand_inputs(inputs: Sequence[Path]) -> tuple[list[Path], list[ArticleError]]:
    """Files as given; a folder's own article and feed files, sorted (not its subfolders:
    a browser's 'Save page as' puts the page's images and scripts in a '_files' folder beside it)."""
    suffixes = (*READERS, *FEED_SUFFIXES)
    files: list[Path] = []
    missing: list[ArticleError] = []
    for path in inputs:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in suffixes
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(ArticleError("no such file or folder", path))
    return files, missing


def _add_file(path: Path, articles_dir: Path, originals_dir: Path, known: dict[str, Path], report: AddReport) -> None:
    """One input file: its article(s) written, the original kept."""
    raw = read_bytes(path)
    if is_feed(path, raw):
        entries, problems = read_feed(path)
        report.problems.extend(problems)
        todo = [entry for entry in entries if not _reused(entry.entry_id, known, report)]
        if todo:
            original = _keep_original(path, raw, originals_dir)
            for entry in todo:
                _write(_from_feed(entry, original, originals_dir.parent), entry.entry_id, articles_dir, known, report)
        return
    origin_id = f"sha256:{hashlib.sha256(raw).hexdigest()}"
    if _reused(origin_id, known, report):
        target = known[origin_id]
    else:
        article = read_article(path)
        original = _keep_original(path, raw, originals_dir)
        target = _write(
            _with_origin(article, _relative(original, originals_dir.parent)), origin_id, articles_dir, known, report
        )
    if path.resolve().parent == articles_dir.resolve() and path.resolve() != target.resolve():
        _keep_original(path, raw, originals_dir)
        path.unlink()  # kept in originals/: left here, the build would read the story twice


def _reused(origin_id: str, known: dict[str, Path], report: AddReport) -> bool:
    """Whether this file or entry was added before; counted as reused if so."""
    if origin_id in known:
        report.reused.append(known[origin_id])
        return True
    return False


def _from_feed(entry: FeedEntry, original: Path, content_dir: Path) -> Article:
    """A feed entry's article, its origin pointing at the kept feed file and the entry id."""
    return _with_origin(entry.article, f"{_relative(original, content_dir)}#{entry.entry_id}")


def _with_origin(article: Article, origin: str) -> Article:
    return Article(**{**article.__dict__, "origin": origin})


def _write(article: Article, origin_id: str, articles_dir: Path, known: dict[str, Path], report: AddReport) -> Path:
    """Write the article as Markdown under a free id; record it as known and added."""
    target = _free_target(articles_dir, article.id, article.path)
    write_text_atomic(target, to_markdown(article, origin_id))
    known[origin_id] = target
    report.added.append(target)
    return target


def to_markdown(article: Article, origin_id: str | None = None) -> str:
    """The canonical form: YAML front matter with every known field, then the story."""
    values: dict[str, Any] = {key: getattr(article, key, None) for key in FRONT_MATTER_KEYS}
    values.update(origin_id=origin_id, found=list(article.found) or None, inferred=list(article.inferred) or None)
    if article.published:  # a YAML date, unquoted, as people write it
        values["published"] = dt.date.fromisoformat(article.published)
    meta = {key: value for key, value in values.items() if value is not None}
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=None)
    body = article.body if article.path.suffix.lower() in (".md", ".markdown") else _paragraphs(article.body)
    return f"---\n{front}---\n\n{body.strip()}\n"


def _paragraphs(text: str) -> str:
    """One paragraph per line of extracted text, separated by blank lines as Markdown wants them."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _free_target(articles_dir: Path, wanted: str, source: Path) -> Path:
    """articles/<id>.md, or <id>-2.md ... when another article has the id (the source file itself may be replaced)."""
    number = 1
    while True:
        name = wanted if number == 1 else f"{wanted}-{number}"
        target = articles_dir / f"{name}.md"
        if not target.exists() or target.resolve() == source.resolve():
            taken = [p for p in articles_dir.glob(f"{name}.*") if p.resolve() != source.resolve() and p != target]
            if not any(p.suffix.lower() in READERS for p in taken):
                return target
        number += 1


def _keep_original(path: Path, raw: bytes, originals_dir: Path) -> Path:
    """The file, copied once into originals/; a different file of the same name gets its hash in the name."""
    target = originals_dir / path.name
    if target.exists() and target.read_bytes() != raw:
        target = originals_dir / f"{path.stem}-{hashlib.sha256(raw).hexdigest()[:8]}{path.suffix}"
    if not target.exists():
        originals_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    return target


def _relative(path: Path, content_dir: Path) -> str:
    """A path inside the corpus, written relative to it so the corpus can move."""
    return path.resolve().relative_to(content_dir.resolve()).as_posix()


def _known_origins(articles_dir: Path) -> dict[str, Path]:
    """origin_id -> article, for every Markdown article an earlier add wrote."""
    known: dict[str, Path] = {}
    for path in sorted(articles_dir.glob("*.md")) if articles_dir.is_dir() else []:
        try:
            meta, _ = split_front_matter(path, path.read_text(encoding="utf-8"))
        except (ArticleError, OSError, UnicodeDecodeError):
            continue  # the build reports broken articles; here they simply match nothing
        if isinstance(meta.get("origin_id"), str):
            known[meta["origin_id"]] = path
    return known


__all__ = ["AddReport", "add_files", "expand_inputs", "to_markdown"]
