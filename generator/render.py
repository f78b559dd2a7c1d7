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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2

from .errors import BuildError, TemplateError
from .knowledge import CountryEntry, EventEntry, KnowledgeBase, OrganizationEntry, PersonEntry

Nav = list[str]
"""MkDocs `nav:` entries: page paths whose titles come from each page's first heading."""

SECTIONS = ("countries", "events", "people", "organizations", "articles")
"""Top-level sections, in navigation order; each has an index page and one page per item."""

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


@dataclass(frozen=True)
class Page:
    """One Markdown page to write: its path in the docs tree, its template and its context."""

    path: str
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> str:
        """The relative prefix from this page back to the docs root."""
        return "../" * self.path.count("/")


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
        frames = traceback.extract_tb(error.__traceback__)
        frames = [f for f in frames if str(Path(f.filename).resolve()).startswith(root)]
        if frames:
            return Path(frames[-1].filename), frames[-1].lineno
        return self.templates_dir / template, None


# ---------------------------------------------------------------- page contexts


def home_page(kb: KnowledgeBase) -> Page:
    """The briefing: what happened lately, where, and how much the corpus covers."""
    dated = [event for event in kb.events if event.when]
    return Page("index.md", "home.md.j2", {"latest_events": dated[::-1][:10], "latest_articles": kb.articles[:5]})


def index_page(kb: KnowledgeBase, section: str) -> Page:
    """A section's index: every item of one kind."""
    return Page(f"{section}/index.md", f"{section}.md.j2", {"items": getattr(kb, section)})


def country_page(kb: KnowledgeBase, country: CountryEntry) -> Page:
    """A country profile: reference data, then everything the articles say about it."""
    events = kb.in_country("events", country.code)
    organizations = kb.in_country("organizations", country.code)
    return Page(
        f"countries/{country.slug}.md",
        "country.md.j2",
        {
            "country": country,
            "timeline": [e for e in events if e.when],
            "undated": [e for e in events if not e.when],
            "people": kb.in_country("people", country.code),
            "organizations": [o for o in organizations if o.named],
            "descriptions": [o for o in organizations if not o.named],
            "places": kb.in_country("places", country.code),
            "relations": kb.in_country("relations", country.code),
            "quotes": kb.in_country("quotes", country.code),
            "figures": kb.in_country("figures", country.code),
            "articles": [a for a in kb.articles if a.slug in country.article_ids],  # newest first
        },
    )


def event_page(kb: KnowledgeBase, event: EventEntry) -> Page:
    """One event: what, when, where, who, and the sentence that reports it."""
    return Page(f"events/{event.slug}.md", "event.md.j2", {"event": event})


def article_page(kb: KnowledgeBase, article_id: str) -> Page:
    """One source article: its metadata and every fact found in it."""
    facts = {kind: kb.from_article(kind, article_id) for kind in ("events", "people", "organizations", "places")}
    facts.update({kind: kb.from_article(kind, article_id) for kind in ("quotes", "figures", "relations")})
    return Page(f"articles/{article_id}.md", "article.md.j2", {"article": kb.articles_by_id[article_id], **facts})


def person_page(kb: KnowledgeBase, person: PersonEntry) -> Page:
    """One person: who they are, what they did or underwent, what they said."""
    context = {"person": person, **_involvement(kb, "people", person.slug)}
    return Page(f"people/{person.slug}.md", "person.md.j2", context)


def organization_page(kb: KnowledgeBase, organization: OrganizationEntry) -> Page:
    """One organisation: what it is, and the events and relations it appears in."""
    context = {"organization": organization, **_involvement(kb, "organizations", organization.slug)}
    return Page(f"organizations/{organization.slug}.md", "organization.md.j2", context)


def _involvement(kb: KnowledgeBase, kind: str, slug: str) -> dict[str, Any]:
    """Events, quotes and relations whose references point at one entity page."""

    def points_here(refs: Iterable[Any]) -> bool:
        return any(ref.kind == kind and ref.slug == slug for ref in refs)

    return {
        "events": [e for e in kb.events if points_here((*e.actors, *e.targets))],
        "quotes": [q for q in kb.quotes if points_here((q.speaker,))],
        "relations": [r for r in kb.relations if points_here((r.subject, r.target))],
    }


def all_pages(kb: KnowledgeBase) -> list[Page]:
    """Every page of the site, in a stable order."""
    pages = [home_page(kb), *(index_page(kb, section) for section in SECTIONS)]
    pages += [country_page(kb, c) for c in kb.countries]
    pages += [event_page(kb, e) for e in kb.events]
    pages += [article_page(kb, a.slug) for a in kb.articles]
    pages += [person_page(kb, p) for p in kb.people]
    pages += [organization_page(kb, o) for o in kb.organizations]
    return pages


# ---------------------------------------------------------------- writing


def render_pages(kb: KnowledgeBase, docs_dir: Path, templates_dir: Path, *, node_modules: Path | None = None) -> Nav:
    """Render every page into a fresh docs tree that replaces `docs_dir`; return the navigation."""
    shim = (node_modules or templates_dir.parent / "node_modules") / SHIM_SOURCE
    if not shim.is_file():
        raise BuildError("the offline search polyfill is missing; run `make site` (it runs `npm ci`)", shim)
    renderer = Renderer(templates_dir)
    # Render everything before touching the disk: a template error leaves the old tree as it was.
    rendered = {page.path: renderer.render(page, kb) for page in all_pages(kb)}
    docs_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}-", dir=docs_dir.parent))
    try:
        for path, text in sorted(rendered.items()):
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        (staging / SHIM_TARGET).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shim, staging / SHIM_TARGET)
        replace_tree(staging, docs_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ["index.md", *(f"{section}/index.md" for section in SECTIONS)]


def replace_tree(new: Path, target: Path) -> None:
    """Put the folder `new` in place of `target` with two renames, so readers never see a half-written tree."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
