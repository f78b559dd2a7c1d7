"""Completing an article after its reader: dateline (place, agency, date) and language.

What a reader found in the source always wins; what is worked out here fills
only the gaps and is listed in `Article.inferred`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from .article import Article
from .dateline import find_dateline
from .language import detect_language


def complete(article: Article, reference: str | None = None) -> Article:
    """The article with the gaps the dateline and language detection can fill.

    `reference` (YYYY-MM-DD) is a date the caller knows to be on or after the
    filing, such as a feed's build date; it is the only source of a year for a
    dateline that has none. The clock never is.
    """
    changes: dict[str, Any] = {}
    inferred = set(article.inferred)
    line = find_dateline(article.body, dt.date.fromisoformat(reference) if reference else None)
    if line is not None:
        changes["dateline"] = article.dateline or line.text
        gaps = {"dateline_place": line.place, "source": line.agency, "published": line.published}
        for name, value in gaps.items():
            if value and not getattr(article, name):
                changes[name] = value
                inferred.add(name)
    if article.language is None and (language := detect_language(f"{article.title}\n{article.body}")):
        changes["language"] = language
        inferred.add("language")
    if not changes:
        return article
    return replace(article, **changes, inferred=tuple(sorted(inferred)))
