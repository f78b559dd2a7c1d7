"""Markdown with YAML front matter: the canonical form of an article, which `briefing add` writes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import ArticleError
from ..yamlio import load_yaml
from .article import PROVENANCE_FIELDS, Article, article_id
from .common import first_line_title, key_line, parse_published, strip_markup
from .language import language_code

TEXT_KEYS = ("source", "url", "author", "site_name", "dateline", "dateline_place", "origin")
"""Optional front-matter keys holding one line of text each."""


def read_markdown(path: Path, text: str) -> Article:
    """Markdown with optional front matter: title, published, source, url and the provenance keys."""
    meta, body = split_front_matter(path, text)
    body = strip_markup(body)
    if not body.strip():
        raise ArticleError("article has front matter but no story text; add the body below the closing ---", path)
    title = meta.get("title")
    inferred = set(_field_list(meta, "inferred", path))
    if title is None:
        title = first_line_title(body)
        inferred.add("title")
        title = title or path.stem
    values: dict[str, Any] = {key: _text_field(meta, key, path) for key in TEXT_KEYS}
    values = {key: strip_markup(value) if value else None for key, value in values.items()}
    language = _text_field(meta, "language", path)
    if language and language_code(language) is None:
        message = f"front matter 'language' must be a code like en or fr, got {language!r}"
        raise ArticleError(message, path, key_line(path, "language"))
    article = Article(
        id=article_id(path),
        path=path,
        title=strip_markup(_text_field(meta, "title", path, default=str(title)) or path.stem),
        body=body,
        published=parse_published(meta.get("published"), path),
        language=language_code(language),
        **values,
    )
    stated = {name for name in PROVENANCE_FIELDS if getattr(article, name)}
    return _with_provenance(article, stated - inferred, inferred & set(PROVENANCE_FIELDS))


def _with_provenance(article: Article, found: set[str], inferred: set[str]) -> Article:
    """The article with its found and inferred field lists, sorted."""
    return Article(**{**article.__dict__, "found": tuple(sorted(found)), "inferred": tuple(sorted(inferred))})


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
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
        raise ArticleError(f"front matter {key!r} must be text, got {type(value).__name__}", path, key_line(path, key))
    return str(value).strip() or default


def _field_list(meta: dict[str, Any], key: str, path: Path) -> list[str]:
    """A front-matter list of field names, such as inferred: [published, source]."""
    value = meta.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        message = f"front matter {key!r} must be a list of field names like [published], got {value!r}"
        raise ArticleError(message, path, key_line(path, key))
    return value
