"""RSS 2.0 and Atom files, read with feedparser: each entry becomes one article.

A feed is a container, not an article: `briefing add feed.xml` expands it into
one Markdown article per entry, and the build itself never reads feeds. The
bytes are handed to feedparser (never a path or URL, so it cannot fetch anything).
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ArticleError
from .article import Article, slug
from .common import decode, first_line_title, fragment_text, read_bytes, strip_markup
from .complete import complete
from .language import language_code

FEED_SUFFIXES = (".xml", ".rss", ".atom")


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed, read as an article, and the id that names it across re-exports of the feed."""

    article: Article
    entry_id: str
    """The entry's guid or atom:id, else its link, else its title and date."""


def is_feed(path: Path, head: bytes) -> bool:
    """Whether a file is a feed: a feed suffix, or XML whose root is rss or feed."""
    if path.suffix.lower() in FEED_SUFFIXES:
        return True
    start = head[:2000].lstrip().lower()
    return start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start)


def read_feed(path: Path) -> tuple[list[FeedEntry], list[ArticleError]]:
    """Every entry of a feed file; an entry without text is reported, the others are kept."""
    import feedparser

    raw = read_bytes(path)
    decode(raw, path)  # the same refusals as for articles: binary, empty, not UTF-8
    parsed = feedparser.parse(raw, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise ArticleError(f"no entries found: not a readable RSS or Atom feed{reason}", path)
    channel = parsed.feed
    reference = _date(channel.get("updated") or channel.get("published"))
    entries, problems = [], []
    for number, entry in enumerate(parsed.entries, 1):
        try:
            entries.append(_entry(path, channel, entry, number, reference))
        except ArticleError as error:
            problems.append(error)
    return entries, problems


def _entry(path: Path, channel: Any, entry: Any, number: int, reference: str | None) -> FeedEntry:
    """One entry as an article; `reference` is the feed's own date, context for a dateline without a year."""
    contents = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    body = fragment_text(max(contents, key=len) if contents else entry.get("summary", ""))
    if not body.strip():
        raise ArticleError(f"feed entry {number} has no text (neither content nor summary); it was skipped", path)
    title = strip_markup(entry.get("title", "")).strip() or None
    published = _date(entry.get("published") or entry.get("updated"))
    source = (entry.get("source") or {}).get("title") or channel.get("title")
    values: dict[str, Any] = {
        "title": title,
        "published": published,
        "source": strip_markup(source).strip() if source else None,
        "url": entry.get("link") or None,
        "author": strip_markup(entry.get("author", "")).strip() or None,
        "site_name": strip_markup(channel.get("title", "")).strip() or None,
        "language": language_code(entry.get("language") or channel.get("language")),
    }
    entry_id = entry.get("id") or entry.get("link") or f"{title or ''} {published or ''}".strip() or str(number)
    found = tuple(sorted(key for key, value in values.items() if value))
    inferred: tuple[str, ...] = ()
    if not title:
        values["title"] = first_line_title(body) or f"{path.stem} entry {number}"
        inferred = ("title",)
    name = f"{published}-{slug(values['title'])}" if published else slug(values["title"])
    article = Article(
        id=name[:80].strip("-") or f"entry-{number}",
        path=path,
        body=body + "\n",
        found=found,
        inferred=inferred,
        origin=f"{path.name}#{entry_id}",
        **values,
    )
    return FeedEntry(complete(article, reference), entry_id)


def _date(value: Any) -> str | None:
    """An RFC 822 (RSS) or RFC 3339 (Atom) date as YYYY-MM-DD, as the feed wrote it (no time-zone shift)."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None
