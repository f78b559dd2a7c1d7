"""The project's own exceptions: every failure a user can cause is one of these."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base class: a problem the user can fix, reported as one line, never a traceback."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


class ConfigError(BriefingError):
    """The project configuration (mkdocs.yml, plugin options, CLI options) is invalid."""


class ArticleError(BriefingError):
    """An article could not be read: empty, unreadable, bad front matter."""


class FactSheetError(BriefingError):
    """A fact sheet is not valid YAML or does not match the schema."""


class TemplateError(BriefingError):
    """A page template could not be loaded or rendered."""


class BuildError(BriefingError):
    """The site build failed; the previous site is left as it was."""
