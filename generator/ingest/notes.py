"""What ingest leaves for a person to check: undated articles and other languages.

`briefing review` lists these beside the fact-sheet items; nothing here is
fixed automatically, because each needs a person's judgement or a fact only
they can look up (a publication date is never invented). Reprints are listed
from the fact sheets (`review.py`), where extraction records them and a
reviewer may correct them.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ArticleError
from ..factsheet import ArticleInfo, FactSheet
from .article import Article
from .readers import iter_articles


def unmined_sheet(article: Article, published: str | None = None) -> FactSheet:
    """The fact sheet of an article English rules must not mine: the article's details and no facts."""
    from ..extract import EXTRACTOR_VERSION

    info = ArticleInfo(
        id=article.id,
        title=article.title,
        published=published or article.published,
        source=article.source,
        url=article.url,
        sha256=article.sha256 or None,
    )
    return FactSheet(article=info, extractor=EXTRACTOR_VERSION)


def article_notes(articles_dir: Path) -> list[tuple[Path, str]]:
    """(article file, what to check) for every article of a folder, in file order."""
    articles = [a for a in iter_articles(articles_dir) if not isinstance(a, ArticleError)]
    return [note for article in articles for note in _notes(article)]


def _notes(article: Article) -> list[tuple[Path, str]]:
    """An article's own gaps."""
    notes = []
    if not article.published:
        hint = f" (its dateline {article.dateline!r} gives no year)" if article.dateline else ""
        notes.append((article.path, f"no publication date found{hint}; add published: YYYY-MM-DD to its front matter"))
    if not article.is_english:
        how = "stated" if "language" in article.found else "detected"
        notes.append(
            (article.path, f"language {article.language} ({how}): not mined with English rules, no facts extracted")
        )
    return notes
