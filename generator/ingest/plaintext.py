"""Plain text, as pasted: the first line is the title when it reads like one."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ArticleError
from .article import Article, article_id
from .common import first_line_title, strip_markup

_BYLINE = re.compile(r"^By (?P<author>[A-Z][\w'’.-]*(?:,? (?:and )?[A-Z][\w'’.-]*){1,5})[ \t]*$")


def read_text(path: Path, text: str) -> Article:
    """Plain text: a headline-like first line is the title, a 'By ...' line under it the byline; all of it inferred."""
    text = strip_markup(text)
    if not text.strip():
        raise ArticleError("no story text once markup is removed; save the article's text itself", path)
    title = first_line_title(text)
    body = text.split("\n", 1)[1] if title else text
    if not body.strip():
        body = text
    byline = _BYLINE.match(body.strip().split("\n", 1)[0].strip())
    if byline and body.strip().count("\n"):
        body = body.strip().split("\n", 1)[1]
    return Article(
        id=article_id(path),
        path=path,
        title=title or path.stem,
        body=body.strip("\n") + "\n",
        author=byline.group("author") if byline else None,
        inferred=("author", "title") if byline else ("title",),
    )
