"""What needs a person's eye: the list `briefing review` prints.

New machine facts, edits the machine disagrees with, events without a date or
place, articles without a publication date, broken fact sheets, and entity
matches too uncertain to merge on their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .articles import article_files, article_id
from .factsheet import FACT_KINDS
from .ingest.notes import article_notes
from .sheets import SheetChecker, line_of
from .yamlio import load_yaml

MARK_TEXT = {
    "new": "new machine fact, not reviewed yet",
    "changed": "edited by hand, and the machine's version has changed since (see machine:)",
    "removed": "edited by hand, and the machine no longer finds it",
}


@dataclass(frozen=True, order=True)
class ReviewItem:
    """One thing to look at, with where to look."""

    path: Path
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.reason}"


def review_items(content_dir: Path, ambiguities: Iterable[str] = ()) -> list[ReviewItem]:
    """Everything in a corpus that waits for review, sorted by file and line."""
    facts_dir = content_dir / "facts"
    checker = SheetChecker.create()
    items: list[ReviewItem] = []
    sheets = sorted(facts_dir.glob("*.yaml")) if facts_dir.is_dir() else []
    for path in sheets:
        items.extend(_sheet_items(path, checker))
    with_sheet = {p.stem for p in sheets}
    for path in article_files(content_dir / "articles"):
        if article_id(path) not in with_sheet:
            items.append(ReviewItem(path, None, "no fact sheet yet; run briefing extract"))
    items.extend(ReviewItem(facts_dir, None, f"ambiguous match, not merged: {text}") for text in ambiguities)
    items.extend(ReviewItem(path, None, note) for path, note in article_notes(content_dir / "articles"))
    return sorted(items)


def ambiguities(content_dir: Path) -> list[str]:
    """Entity matches aggregation would not make on its own, as one line each."""
    from .build import load_fact_sheets
    from .decisions import DECISIONS_FILE, load_decisions
    from .knowledge import aggregate

    sheets, _ = load_fact_sheets(content_dir / "facts")
    rules, _ = load_decisions(content_dir)
    return [
        f"{a.kind}: {a.name!r} could be {' or '.join(map(repr, a.candidates))} ({a.reason}; "
        f"articles {', '.join(a.article_ids)}); record the decision in {DECISIONS_FILE}"
        for a in aggregate(sheets, rules=rules).ambiguities
    ]


def _sheet_items(path: Path, checker: SheetChecker) -> list[ReviewItem]:
    """Review items of one fact sheet; a broken sheet is one item per problem."""
    text = path.read_text(encoding="utf-8", errors="replace")
    problems = checker.problems(path, text)
    if problems:
        return [ReviewItem(path, p.line, f"invalid: {p.message}") for p in problems]
    data: dict[str, Any] = load_yaml(text)
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    items = []
    if not data["article"].get("published"):
        items.append(
            ReviewItem(path, line_of(root, ["article"]), "article has no publication date; relative dates unresolved")
        )
    if data["article"].get("reprint_of"):
        items.append(
            ReviewItem(
                path,
                line_of(root, ["article", "reprint_of"]),
                f"reprint of {data['article']['reprint_of']}: its facts are counted once, there;"
                " set reprint_of: null if it is a story of its own",
            )
        )
    for kind in FACT_KINDS:
        for index, fact in enumerate(data.get(kind) or []):
            line = line_of(root, [kind, index])
            if fact.get("review") in MARK_TEXT:
                items.append(ReviewItem(path, line, f"{kind}: {_label(fact)}: {MARK_TEXT[fact['review']]}"))
            if kind == "events" and fact.get("status", "reported") == "reported":
                missing = [k for k in ("date", "place") if not _has(fact, k)]
                if missing:
                    items.append(ReviewItem(path, line, f"events: {_label(fact)}: no {' or '.join(missing)}"))
    return items


def _has(event: dict[str, Any], key: str) -> bool:
    """Whether an event has a resolved date, or a place."""
    if key == "date":
        return bool((event.get("date") or {}).get("value"))
    return bool(event.get(key))


def _label(fact: dict[str, Any]) -> str:
    """A short name for a fact in a one-line message."""
    for key in ("name", "summary", "text", "counts"):
        if fact.get(key):
            label = " ".join(str(fact[key]).split())
            return repr(label if len(label) <= 60 else label[:57] + "...")
    return repr(f"{fact.get('source')} {fact.get('kind')} {fact.get('target')}")
