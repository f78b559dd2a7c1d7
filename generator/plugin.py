"""The MkDocs plugin: fills the docs tree from the fact sheets before MkDocs reads it.

A thin adapter, like Material's own plugins: resolve the configured folders,
call the pipeline once, hand MkDocs the navigation it returns. All the work is
in the pipeline; errors come back as one-line PluginErrors naming the file.

It also keeps MkDocs' memory in check. MkDocs converts every page (Markdown,
HTML, table of contents) before it writes any, so a 10,000-article site would
hold gigabytes of text at once. Once a page is converted its Markdown is no
longer read, so it is dropped, and its HTML is kept zlib-compressed until the
page is written (HTML shrinks about tenfold); after writing, the HTML and the
table of contents are dropped too. Only the page's own template and Material's
search plugin read these, both while that page is being written.
"""

from __future__ import annotations

import contextlib
import logging
import zlib
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .build import PreparedPages, Progress, prepare_pages
from .errors import BriefingError

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(base.Config):
    """Options of the `briefing` plugin; relative paths are relative to mkdocs.yml's folder."""

    content_dir = c.Type(str, default="content")
    """Holds `articles/` and `facts/`."""
    templates_dir = c.Type(str, default="templates")
    """Holds the `*.md.j2` page templates."""


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Generates the Markdown pages and the navigation; MkDocs and Material do the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared: PreparedPages | None = None
        """What the last page run produced, for `briefing build` to report."""
        self.warn_on_problems = True
        """Under plain `mkdocs build` a skipped file is a warning; `briefing build` reports it itself."""
        self.packed: dict[str, bytes] = {}
        self.on_progress: Progress | None = None
        """Set by `briefing build`: gets the extraction's counts after each article, for its progress bar."""
        """Each converted page's HTML, compressed, by source path, from its conversion until it is written."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Write the pages into docs_dir before MkDocs lists its files, then set the nav."""
        content_dir, templates_dir = self._path(config, "content_dir"), self._path(config, "templates_dir")
        try:
            node_modules = Path(config.config_file_path or ".").parent / "node_modules"
            prepared = prepare_pages(
                content_dir, Path(config.docs_dir), templates_dir, node_modules, on_progress=self.on_progress
            )
        except BriefingError as error:
            # A PluginError makes MkDocs print one line instead of a traceback; the cause is kept for build_site.
            raise PluginError(str(error)) from error
        self.prepared = prepared
        for problem in prepared.problems if self.warn_on_problems else ():
            # Skipped articles and sheets are warnings: the site still builds, `mkdocs build --strict` fails it.
            log.warning("skipped %s", problem)
        config["nav"] = prepared.nav
        return config

    @event_priority(-100)  # after every other plugin has changed the HTML
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Any) -> str:
        """Keep the converted page compressed until it is written; its Markdown is not read again."""
        self.packed[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        page.markdown = ""  # not None: MkDocs' `title` reads None as "not read yet"
        return ""

    @event_priority(100)  # before Material's search plugin indexes the HTML
    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        """Put the page's HTML back just before its template and the search index need it."""
        packed = self.packed.pop(page.file.src_uri, None)
        if packed is not None:
            page.content = zlib.decompress(packed).decode("utf-8")
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """The page is written: nothing reads its HTML or table of contents again."""
        page.content = ""
        page.toc = get_toc([])
        return output

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild on changes to content and templates; docs_dir is generated, so watching it would loop."""
        with contextlib.suppress(KeyError):  # `mkdocs serve --no-livereload` never watched it.
            server.unwatch(config.docs_dir)
        server.watch(str(self._path(config, "content_dir")))
        server.watch(str(self._path(config, "templates_dir")))
        return server

    def _path(self, config: MkDocsConfig, option: str) -> Path:
        """An option's folder, resolved against the folder of mkdocs.yml."""
        return Path(config.config_file_path or ".").parent / self.config[option]
