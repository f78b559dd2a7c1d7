"""What every reader shares: reading bytes safely, markup stripping, dates, front-matter values."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

import nh3

from ..errors import ArticleError

MAX_ARTICLE_BYTES = 5_000_000
"""Larger files are refused: no news article is this long, and extraction time grows with size."""

_MARKUP = re.compile(r"<[A-Za-z!/?]")
_BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
_BLOCK_BREAK = re.compile(r"\s*</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")\b[^>]*>\s*")


def read_bytes(path: Path) -> bytes:
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


def decode(raw: bytes, path: Path) -> str:
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


def fragment_text(fragment: str) -> str:
    """An HTML fragment (a feed entry's content) as plain paragraphs, one per line.

    nh3 keeps only block tags, in a normalised form, and drops everything else;
    only then are those tags turned into line breaks, so no pattern ever runs on untrusted markup.
    """
    if not _MARKUP.search(fragment):
        return "\n".join(line.strip() for line in fragment.strip().splitlines() if line.strip())
    clean = nh3.clean(fragment, tags=_BLOCK_TAGS, attributes={})
    text = html.unescape(_BLOCK_BREAK.sub("\n", clean))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


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
        key_line(path, "published"),
    )


def key_line(path: Path, key: str) -> int | None:
    """The line of a front-matter key, for error messages."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return number
    except OSError:
        return None
    return None


def first_line_title(text: str) -> str | None:
    """The first line, if it reads like a headline: short and not a finished sentence."""
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    if 0 < len(first) <= 140 and not first.endswith((".", ":", ";", ",")) and len(text.strip().split("\n", 1)) > 1:
        return first
    return None
