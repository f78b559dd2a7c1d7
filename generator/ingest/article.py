"""The `Article`: one story as the pipeline sees it, with where each of its fields came from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

PROVENANCE_FIELDS = ("title", "published", "source", "url", "author", "site_name", "language", "dateline_place")
"""The metadata fields whose provenance an article records in `found` and `inferred`."""

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
    """The outlet or agency: 'Reuters', 'Le Monde'."""
    url: str | None = None
    """The article's own address (a web page's canonical URL)."""
    sha256: str = ""
    """Hash of the file's bytes: a changed hash means the facts are out of date."""
    author: str | None = None
    """The byline, as written."""
    site_name: str | None = None
    """The publishing site ('Example News'), when it differs from or adds to `source`."""
    language: str | None = None
    """ISO 639-1 code ('en', 'fr'); None when neither stated nor detected with confidence."""
    dateline: str | None = None
    """The dateline as written ('BAMAKO, Aug 12 (Reuters) -'), kept even when it gives no usable date."""
    dateline_place: str | None = None
    """The place the dateline names ('Bamako')."""
    origin: str | None = None
    """Where the article came from: the original file, or a feed file and entry id."""
    found: tuple[str, ...] = ()
    """Fields stated by the source itself (front matter, page metadata, feed entry), sorted."""
    inferred: tuple[str, ...] = ()
    """Fields worked out by Briefing (from the dateline, the first line, language detection), sorted."""

    @property
    def is_english(self) -> bool:
        """Whether English extraction rules apply: English, or a language nobody stated or detected."""
        return self.language in (None, "en")


def article_id(path: Path) -> str:
    """A stable, URL-safe id from the file name."""
    return slug(path.stem) or "article"


def slug(text: str) -> str:
    """Lower-case letters and digits joined by hyphens."""
    return _ID_UNSAFE.sub("-", text.lower()).strip("-")
