"""Rendering: the knowledge base to Markdown pages, one Jinja template per page kind.

The `Renderer` owns the Jinja environment and nothing else. Article text is
untrusted: templates print every value that came from an article through the
`md` filter, which escapes what Markdown or HTML would interpret, and every URL
through `href`, which lets only http(s) addresses become links. Page text lives
in the templates; this module only chooses which page gets which facts.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import tempfile
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2

from .errors import BuildError, TemplateError
from .exports import write_exports
from .feeds import feeds
from .knowledge import KnowledgeBase
from .pages import SECTIONS, Page, all_pages, country_page, event_page, iter_pages

__all__ = ["SECTIONS", "Page", "Renderer", "all_pages", "country_page", "event_page", "render_pages"]

Nav = list[str]
"""MkDocs `nav:` entries: page paths whose titles come from each page's first heading."""

SHIM_SOURCE = Path("iframe-worker", "shim", "index.js")
"""The iframe-worker polyfill inside node_modules: Material's offline search needs it under file://."""
SHIM_TARGET = "assets/javascripts/iframe-worker-shim.js"
"""Where the polyfill goes in the docs tree; mkdocs.yml lists this path in `extra.polyfills`."""

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
"""Characters that start Markdown inline syntax, attribute lists (`{...}`) or table cells anywhere in a line."""
_LINE_START = re.compile(r"^(?:[#+=-]|\d+[.)])")
"""Syntax that only counts at the start of a line: headings, lists, setext underlines."""


def md(value: Any) -> str:
    """Untrusted text as inert Markdown: one line, HTML and Markdown syntax escaped."""
    text = " ".join(str(value).split())
    text = html.escape(text, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A backslash neutralises the final character of each; '=' cannot be backslash-escaped, so it becomes an entity.
    return _LINE_START.sub(lambda m: m[0][:-1] + ("&#61;" if m[0] == "=" else "\\" + m[0][-1]), text)


def title(value: Any) -> str:
    """A page title for the front matter: HTML-escaped, as a quoted YAML string.

    Without it MkDocs takes the title from the first heading and Material prints it
    through `striptags`, which un-escapes `&lt;/title&gt;` back into markup; a
    front-matter title is printed as it is, so escaping it here keeps it inert.
    """
    return json.dumps(html.escape(" ".join(str(value).split()), quote=True), ensure_ascii=False)


def href(url: Any) -> str:
    """A URL safe to put in a Markdown link, or '' when it is not plain http(s)."""
    text = str(url or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    # Percent-encode whatever could end the link target or start markup.
    return quote(text, safe=":/?#@!$&'*+,;=%-._~")


def number(value: Any) -> str:
    """A count or population with thousands separators, independent of locale."""
    return f"{value:,.0f}" if isinstance(value, int | float) else md(value)


class Renderer:
    """Owns the Jinja environment: loads templates, renders pages, reports template errors by file and line."""

    def __init__(self, templates_dir: Path) -> None:
        self.templates_dir = templates_dir
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # Markdown, not HTML: escaping is the explicit `md` filter's job.
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(md=md, href=href, number=number, title=title)

    def render(self, page: Page, kb: KnowledgeBase) -> str:
        """The Markdown of one page."""
        try:
            template = self.env.get_template(page.template)
            return template.render(kb=kb, root=page.root, **page.context)
        except jinja2.TemplateSyntaxError as error:
            path = Path(error.filename) if error.filename else self.templates_dir / (error.name or page.template)
            raise TemplateError(f"template syntax error: {error.message}", path, error.lineno) from error
        except jinja2.TemplateNotFound as error:
            raise TemplateError(f"template not found: {error.name}", self.templates_dir) from error
        except Exception as error:
            path, line = self._template_frame(error, page.template)
            raise TemplateError(f"cannot render {page.path}: {error}", path, line) from error

    def _template_frame(self, error: BaseException, template: str) -> tuple[Path, int | None]:
        """The innermost template file and line of a rendering error (Jinja maps its frames to templates)."""
        root = str(self.templates_dir.resolve())
        stack = traceback.extract_tb(error.__traceback__)
        frames = [f for f in stack if str(Path(f.filename).resolve()).startswith(root)]
        if frames:
            return Path(frames[-1].filename), frames[-1].lineno
        return self.templates_dir / template, None


# ---------------------------------------------------------------- writing


def render_pages(kb: KnowledgeBase, docs_dir: Path, templates_dir: Path, *, node_modules: Path | None = None) -> Nav:
    """Render every page into a fresh docs tree that replaces `docs_dir`; return the navigation."""
    shim = (node_modules or templates_dir.parent / "node_modules") / SHIM_SOURCE
    if not shim.is_file():
        raise BuildError("the offline search polyfill is missing; run `make site` (it runs `npm ci`)", shim)
    renderer = Renderer(templates_dir)
    docs_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}-", dir=docs_dir.parent))
    try:
        # Each page's context is made when its turn comes and the page goes to the staging folder as
        # soon as it is rendered, so neither the contexts nor the text of the whole site are in memory
        # at once; a template error still leaves the old tree as it was.
        for page in iter_pages(kb):
            _write(staging / page.path, renderer.render(page, kb))
        write_exports(kb, staging)
        for path, text in feeds(kb).items():
            _write(staging / path, text)
        (staging / SHIM_TARGET).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shim, staging / SHIM_TARGET)
        replace_tree(staging, docs_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ["index.md", *(f"{section}/index.md" for section in SECTIONS)]


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def replace_tree(new: Path, target: Path) -> None:
    """Put the folder `new` in place of `target` with two renames, so readers never see a half-written tree."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
