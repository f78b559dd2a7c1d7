"""Ingest: every kind of file an analyst collects, read into `Article`s.

One module per format (`markdown`, `plaintext`, `webpage`, `feed`), what they
share (`common`), what fills their gaps (`dateline`, `language`, `complete`),
reprint grouping (`reprints`) and `briefing add` (`add`), which turns any of
them into the canonical Markdown-with-front-matter form.
"""

from .article import PROVENANCE_FIELDS, Article, article_id
from .common import MAX_ARTICLE_BYTES, fragment_text, parse_published, strip_markup
from .readers import READERS, article_files, iter_articles, read_article

__all__ = [
    "MAX_ARTICLE_BYTES",
    "PROVENANCE_FIELDS",
    "READERS",
    "Article",
    "article_files",
    "article_id",
    "fragment_text",
    "iter_articles",
    "parse_published",
    "read_article",
    "strip_markup",
]
