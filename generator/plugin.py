"""The MkDocs plugin: fills the docs tree from the fact sheets before MkDocs reads it.

A thin adapter, like Material's own plugins: resolve the configured folders,
call the pipeline once, hand MkDocs the navigation it returns. All the work is
in the pipeline; errors come back as one-line PluginErrors naming the file.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .build import PreparedPages, prepare_pages
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

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Write the pages into docs_dir before MkDocs lists its files, then set the nav."""
        content_dir, templates_dir = self._path(config, "content_dir"), self._path(config, "templates_dir")
        try:
            node_modules = Path(config.config_file_path or ".").parent / "node_modules"
            prepared = prepare_pages(content_dir, Path(config.docs_dir), templates_dir, node_modules)
        except BriefingError as error:
            # A PluginError makes MkDocs print one line instead of a traceback; the cause is kept for build_site.
            raise PluginError(str(error)) from error
        self.prepared = prepared
        for problem in prepared.problems if self.warn_on_problems else ():
            # Skipped articles and sheets are warnings: the site still builds, `mkdocs build --strict` fails it.
            log.warning("skipped %s", problem)
        config["nav"] = prepared.nav
        return config

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
