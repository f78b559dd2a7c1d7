"""Articles: the names the rest of Briefing imports; the readers live in `generator.ingest`."""

from __future__ import annotations

from .ingest import (
    MAX_ARTICLE_BYTES,
    READERS,
    Article,
    article_files,
    article_id,
    iter_articles,
    parse_published,
    read_article,
    strip_markup,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "READERS",
    "Article",
    "article_files",
    "article_id",
    "iter_articles",
    "parse_published",
    "read_article",
    "strip_markup",
]
