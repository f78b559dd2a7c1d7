"""The reader table: one reader per file extension, and reading a corpus folder.

Readers turn a file into an `Article` (metadata plus plain body text) or raise an
`ArticleError` that names the file, the line and the fix. Nothing here interprets
the story; extraction does that.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import ArticleError
from .article import Article
from .common import decode, read_bytes
from .complete import complete
from .markdown import read_markdown
from .plaintext import read_text
from .webpage import read_html

READERS: dict[str, Callable[[Path, str], Article]] = {
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
}
"""What the build reads. Feeds are not here: `briefing add` expands them into Markdown articles."""


def read_article(path: Path) -> Article:
    """Read one article file with the reader for its extension, then fill gaps from its dateline and language."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ArticleError(f"unsupported file type {path.suffix!r}; use one of {known}", path)
    raw = read_bytes(path)
    article = complete(reader(path, decode(raw, path)))
    return replace(article, sha256=hashlib.sha256(raw).hexdigest())


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
