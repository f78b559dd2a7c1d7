"""Log output for people and for CI: one JSON object per record, and a progress bar for long runs."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .errors import BriefingError


class JsonFormatter(logging.Formatter):
    """One JSON object per line: level and message, plus path and line when the record is a BriefingError."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {"level": record.levelname.lower(), "message": record.getMessage()}
        args = record.args if isinstance(record.args, tuple) else ()
        problem = next((arg for arg in args if isinstance(arg, BriefingError)), None)
        if problem is not None:
            data["message"] = problem.message
            data["path"] = str(problem.path) if problem.path else None
            data["line"] = problem.line
        data.update(getattr(record, "data", None) or {})
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


@contextmanager
def progress(
    total: int, description: str, enabled: bool, labels: tuple[str, str, str] = ("added", "reused", "failed")
) -> Iterator[Any]:
    """A rich progress bar on stderr with three counts (by default added / reused / failed); a no-op when disabled.

    Yields `update(first, second, third)`, to call once after each item with the counts so far.
    """
    if not enabled:
        yield lambda first, second, third: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total, counts="")

        def update(first: int, second: int, third: int) -> None:
            counts = ", ".join(f"{n} {label}" for n, label in zip((first, second, third), labels, strict=True))
            bar.update(task, advance=1, counts=counts)
            if bar.finished:
                bar.stop()  # `briefing build` goes on to MkDocs, whose log lines must not run through the bar

        yield update


def wants_progress(quiet: bool, as_json: bool) -> bool:
    """A bar only for a person at a terminal: never with --quiet or --json, never into a file or CI log."""
    return not quiet and not as_json and sys.stderr.isatty()
