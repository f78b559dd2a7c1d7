"""Site build: MkDocs run into a staging folder, then swapped in place of the old site.

A failed or interrupted build never touches `site_dir`: MkDocs writes into a
sibling folder, and only a complete build is renamed into place.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.utils.yaml import yaml_load

from .build import PreparedPages, Progress
from .errors import BriefingError, BuildError, ConfigError
from .render import replace_tree


class _FirstWarning(logging.Handler):
    """Remembers the first warning MkDocs logs, so a strict failure can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.message: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.message is None:
            self.message = " ".join(record.getMessage().split())


def build_site(
    config_file: Path,
    content_dir: Path,
    site_dir: Path,
    docs_dir: Path | None = None,
    strict: bool = True,
    templates_dir: Path | None = None,
    on_progress: Progress | None = None,
) -> PreparedPages:
    """Build the site from `content_dir` into `site_dir`; on failure the previous site stays as it was.

    Articles and fact sheets that could not be used are returned, not raised:
    the site is built from the others, and the caller decides the exit code.
    """
    docs_dir = docs_dir or _configured_docs_dir(config_file)
    # MkDocs refuses a docs_dir that does not exist yet, even though the plugin is about to fill it.
    docs_dir.mkdir(parents=True, exist_ok=True)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    warnings = _FirstWarning()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        config = load_config(str(config_file), site_dir=str(staging), docs_dir=str(docs_dir), strict=strict)
        plugin = config.plugins.get("briefing")
        if plugin is None:
            raise ConfigError("the 'briefing' plugin is not enabled under 'plugins'", config_file)
        plugin.config.content_dir = str(content_dir.resolve())
        if templates_dir is not None:
            plugin.config.templates_dir = str(templates_dir.resolve())
        plugin.warn_on_problems = False
        plugin.on_progress = on_progress
        mkdocs_build(config)
        replace_tree(staging, site_dir)
        assert plugin.prepared is not None, "the briefing plugin ran on_config"
        return plugin.prepared
    except BriefingError:
        raise
    except MkDocsException as error:
        cause = _briefing_cause(error)
        if cause is not None:
            raise cause from error
        detail = f": {warnings.message}" if warnings.message else ""
        raise BuildError(f"{' '.join(error.format_message().split())}{detail}", config_file) from error
    finally:
        logger.removeHandler(warnings)
        shutil.rmtree(staging, ignore_errors=True)


def _configured_docs_dir(config_file: Path) -> Path:
    """The docs_dir mkdocs.yml names, resolved against its folder (MkDocs' own default is 'docs')."""
    try:
        with config_file.open(encoding="utf-8") as f:
            data = yaml_load(f) or {}
    except OSError as error:
        raise ConfigError(f"cannot read the MkDocs configuration: {error.strerror}", config_file) from error
    return config_file.parent / str(data.get("docs_dir", "docs"))


def _briefing_cause(error: BaseException) -> BriefingError | None:
    """Our own error behind an MkDocs one (plugins wrap theirs in PluginError), if any."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, BriefingError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def serve_site(config_file: Path, content_dir: Path, dev_addr: str) -> None:
    """`mkdocs serve`, pointed at `content_dir`; rebuilds when content or templates change."""
    from mkdocs.commands.serve import serve

    # MkDocs reloads mkdocs.yml on every rebuild, so the folder goes through the
    # `!ENV [BRIEFING_CONTENT_DIR, content]` value there rather than a config object.
    os.environ["BRIEFING_CONTENT_DIR"] = str(content_dir.resolve())
    _configured_docs_dir(config_file).mkdir(parents=True, exist_ok=True)
    try:
        serve(str(config_file), dev_addr=dev_addr)
    except MkDocsException as error:
        raise BuildError(" ".join(error.format_message().split()), config_file) from error
