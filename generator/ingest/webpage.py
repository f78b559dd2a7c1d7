"""Saved web pages ('Save page as'): the story and its metadata from trafilatura, not hand-written scraping.

Navigation, cookie banners, 'Read also' boxes, related-article lists and
comments are trafilatura's to leave out (precision mode, comments off). Only
the page's declared language is read from the parsed tree: trafilatura does
not report it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ArticleError
from .article import Article, article_id
from .common import parse_published
from .language import language_code

DATE_OPTIONS = {"extensive_search": False, "original_date": True}
"""Dates from the page's metadata and markup only: a date in a comment or a sidebar is not the story's."""


def read_html(path: Path, text: str) -> Article:
    """A saved web page: main text, title, byline, date, site, canonical URL and declared language."""
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    tree = trafilatura.load_html(text)
    if tree is None:
        raise ArticleError("not a web page trafilatura can parse; save the article page itself", path)
    declared = _declared_language(tree)
    doc: Any = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params=DATE_OPTIONS,
    )
    if doc is None or not (doc.text or "").strip():
        raise ArticleError("no story text found in the web page; save the article page itself", path)
    published = parse_published(doc.date, path) if doc.date else None
    values: dict[str, Any] = {
        "title": doc.title or None,
        "published": published,
        "source": doc.sitename or None,
        "url": doc.url or None,
        "author": doc.author or None,
        "site_name": doc.sitename or None,
        "language": declared,
    }
    found = tuple(sorted(key for key, value in values.items() if value))
    return Article(
        id=article_id(path),
        path=path,
        body=_without_headline(doc.text, values["title"]),
        found=found,
        inferred=() if values["title"] else ("title",),
        **{**values, "title": values["title"] or path.stem},
    )


def _without_headline(text: str, title: str | None) -> str:
    """The story text without the page's headline, which trafilatura puts first: it is the title, not a sentence."""
    first, _, rest = text.strip().partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        return rest.strip() + "\n"
    return text.strip() + "\n"


def _declared_language(tree: Any) -> str | None:
    """The language the page declares: <html lang>, else a content-language or og:locale meta tag."""
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"),
        *tree.xpath("//meta[@property='og:locale']/@content"),
    ]
    return next((code for value in candidates if (code := language_code(value))), None)
