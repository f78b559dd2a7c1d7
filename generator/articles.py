"""Articles: reading the corpus, one reader per file format.

Readers turn a file into an `Article` (metadata plus plain body text) or raise an
`ArticleError` that names the file, the line and the fix. Nothing here interprets
the text; extraction does that.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nh3
import yaml

from .errors import ArticleError
from .yamlio import load_yaml

MAX_ARTICLE_BYTES = 5_000_000
"""Larger files are refused: no news article is this long, and extraction time grows with size."""

_ID_UNSAFE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Article:
    """One article of the corpus, as read from disk."""

    id: str
    """The file name without extension, made URL-safe: unique within a corpus."""
    path: Path
    title: str
    body: str
    """The story text (Markdown or plain text); evidence spans index into it."""
    published: str | None = None
    """ISO date YYYY-MM-DD, or None when the article does not say."""
    source: str | None = None
    url: str | None = None
    sha256: str = ""
    """Hash of the file's bytes: a changed hash means the facts are out of date."""


def article_id(path: Path) -> str:
    """A stable, URL-safe id from the file name."""
    return _ID_UNSAFE.sub("-", path.stem.lower()).strip("-") or "article"


def read_article(path: Path) -> Article:
    """Read one article file with the reader for its extension."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ArticleError(f"unsupported file type {path.suffix!r}; use one of {known}", path)
    raw = _read_bytes(path)
    text = _decode(raw, path)
    article = reader(path, text)
    return Article(**{**article.__dict__, "sha256": hashlib.sha256(raw).hexdigest()})


def article_files(articles_dir: Path) -> list[Path]:
    """Every readable article file in a folder, sorted so builds are deterministic."""
    if not articles_dir.is_dir():
        return []
    return sorted(
        p for p in articles_dir.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in READERS
    )


def iter_articles(articles_dir: Path) -> Iterator[Article | ArticleError]:
    """Read every article; a broken one yields its error instead of stopping the others."""
    for path in article_files(articles_dir):
        try:
            yield read_article(path)
        except ArticleError as error:
            yield error


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what cannot be an article."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"file is {size:,} bytes, more than the {MAX_ARTICLE_BYTES:,} an article may have; split it", path
            )
        return path.read_bytes()
    except OSError as error:
        raise ArticleError(f"cannot read file: {error.strerror}", path) from None


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 text (a BOM is allowed); binary files and other encodings are refused."""
    if b"\x00" in raw[:8192]:
        raise ArticleError("binary file, not an article; remove it from the articles folder", path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ArticleError("not valid UTF-8; re-save the file as UTF-8", path, line) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("empty article; write the story or remove the file", path)
    return text


def strip_markup(text: str) -> str:
    """Text without any HTML: markup in an article is untrusted and never reaches a fact or a page.

    nh3 (a maintained sanitizer, not a regular expression) drops every tag and
    the content of script and style elements; its entity escaping is undone so
    the text reads as written. Pages escape all text again when they render it.
    """
    if not _MARKUP.search(text):
        return text
    return html.unescape(nh3.clean(text, tags=set()))


_MARKUP = re.compile(r"<[A-Za-z!/?]")


def _read_markdown(path: Path, text: str) -> Article:
    """Markdown with optional YAML front matter (title, published, source, url)."""
    meta, body = _split_front_matter(path, text)
    body = strip_markup(body)
    if not body.strip():
        raise ArticleError("article has front matter but no story text; add the body below the closing ---", path)
    title = meta.get("title")
    if title is None:
        title = _first_line_title(body) or path.stem
    return Article(
        id=article_id(path),
        path=path,
        title=strip_markup(_text_field(meta, "title", path, default=str(title)) or path.stem),
        body=body,
        published=parse_published(meta.get("published"), path),
        source=strip_markup(_text_field(meta, "source", path) or "") or None,
        url=_text_field(meta, "url", path),
    )


def _read_text(path: Path, text: str) -> Article:
    """Plain text: the first line is the title when it looks like a headline."""
    text = strip_markup(text)
    title = _first_line_title(text)
    body = text.split("\n", 1)[1] if title else text
    if not body.strip():
        body = text
    return Article(id=article_id(path), path=path, title=title or path.stem, body=body.strip("\n") + "\n")


def _read_html(path: Path, text: str) -> Article:
    """A saved web page: main text and metadata from trafilatura, not hand-written scraping."""
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise ArticleError("no story text found in the web page; save the article page itself", path)
    published = None
    if doc.date:
        published = parse_published(doc.date, path)
    return Article(
        id=article_id(path),
        path=path,
        title=doc.title or path.stem,
        body=doc.text.strip() + "\n",
        published=published,
        source=doc.sitename or None,
        url=doc.url or None,
    )


READERS: dict[str, Callable[[Path, str], Article]] = {
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".txt": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
}


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """The front matter mapping and the body."""
    if not text.startswith("---\n"):
        return {}, text
    end = re.search(r"^(---|\.\.\.)[ \t]*$", text[4:], flags=re.MULTILINE)
    if end is None:
        raise ArticleError("front matter is not closed; add a line with --- after it", path, 1)
    raw_meta = text[4 : 4 + end.start()]
    body = text[4 + end.end() :].lstrip("\n")
    try:
        meta = load_yaml(raw_meta)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or "invalid YAML"
        message = f"front matter is not valid YAML ({problem}); quote values that contain ':'"
        raise ArticleError(message, path, line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError("front matter must be a mapping of keys such as title: and published:", path, 2)
    return meta, body


def _text_field(meta: dict[str, Any], key: str, path: Path, default: str | None = None) -> str | None:
    """A front-matter value that must be text."""
    value = meta.get(key, default)
    if value is None:
        return default
    if isinstance(value, dict | list):
        raise ArticleError(f"front matter {key!r} must be text, got {type(value).__name__}", path, _key_line(path, key))
    return str(value).strip() or default


def parse_published(value: Any, path: Path) -> str | None:
    """The publication date as YYYY-MM-DD; anything else is an error, never a guess."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$", text)
    if match:
        try:
            return dt.date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            pass
    raise ArticleError(
        f"'published' must be a date like 2025-08-12, got {text!r}; write the real publication date or leave it out",
        path,
        _key_line(path, "published"),
    )


def _key_line(path: Path, key: str) -> int | None:
    """The line of a front-matter key, for error messages."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return number
    except OSError:
        return None
    return None


def _first_line_title(text: str) -> str | None:
    """The first line, if it reads like a headline: short and not a finished sentence."""
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    if 0 < len(first) <= 140 and not first.endswith((".", ":", ";", ",")) and len(text.strip().split("\n", 1)) > 1:
        return first
    return None
