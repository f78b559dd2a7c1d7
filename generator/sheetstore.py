"""The fact-sheet folder as extraction keeps it: each reviewed sheet, and the machine's own copy beside it.

Every write goes through the three-way merge (merge.py), so a person's edit to a
sheet survives whatever the machine writes next: a new extraction, or only new
article details (language, reprint group) for a sheet that is otherwise current.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .articles import Article
from .atomic import write_text_atomic
from .errors import BriefingError, FactSheetError
from .merge import merge_sheets
from .sheets import dump_sheet_data
from .yamlio import load_yaml

log = logging.getLogger("briefing")

MACHINE_DIR = ".machine"
"""Beside the fact sheets: the machine's own last output, the base of every merge. Committed, never edited."""

REPRINTS_CACHE = "reprint-groups.json"
"""In MACHINE_DIR: the last reprint grouping and what it was computed from, so an unchanged corpus is not regrouped."""


def record_details(
    current: Sequence[tuple[Article, dict[str, Any]]],
    others: Sequence[Article],
    facts_dir: Path,
    details: dict[str, dict[str, Any]],
    problems: list[BriefingError],
) -> tuple[Path, ...]:
    """Bring the article details of sheets that were not extracted again up to date; the changed sheets."""
    changed = []
    headers = [*current, *((a, machine_header(facts_dir / MACHINE_DIR / f"{a.id}.yaml")) for a in others)]
    for article, head in headers:
        wanted = details[article.id]
        recorded = (head or {}).get("article") or {}
        if head is not None and all(_same_detail(recorded.get(k), v) for k, v in wanted.items()):
            continue
        target, machine_copy = facts_dir / f"{article.id}.yaml", facts_dir / MACHINE_DIR / f"{article.id}.yaml"
        try:
            base, mine = read_mapping(machine_copy), read_mapping(target)
        except FactSheetError as error:
            problems.append(error)
            continue
        if mine is None:
            continue  # an article of the corpus this run does not extract, and no sheet yet
        theirs = dict(base or mine)
        theirs["article"] = {**theirs["article"], **wanted}
        # Without the machine's copy, the sheet (maybe edited) must not become one: only the sheet is written.
        write_merged(Pending(article, target, machine_copy, base, mine), theirs, machine_copy=base is not None)
        changed.append(target)
    return tuple(changed)


def _same_detail(recorded: Any, wanted: Any) -> bool:
    """Whether a recorded article detail equals the wanted one; an old sheet's missing list is an empty one."""
    if isinstance(wanted, list):
        return list(recorded or []) == wanted
    return recorded == wanted


@dataclass(frozen=True)
class Pending:
    """An article to extract and where its sheet and the machine's copy live."""

    article: Article
    target: Path
    machine_copy: Path
    base: dict[str, Any] | None
    """The machine's last output, if any."""
    mine: dict[str, Any] | None
    """The sheet as a reviewer left it, if any."""


def write_merged(pending: Pending, theirs: dict[str, Any], machine_copy: bool = True) -> None:
    """Write the new machine output, merged into the reviewed sheet when there is one."""
    if pending.mine is None:
        write_text_atomic(pending.target, dump_sheet_data(theirs))
    else:
        result = merge_sheets(pending.base, pending.mine, theirs)
        write_text_atomic(pending.target, dump_sheet_data(result.sheet))
        if result.new or result.changed or result.removed:
            log.info(
                "%s: %d new, %d changed, %d removed fact(s) to review",
                pending.target,
                result.new,
                result.changed,
                result.removed,
            )
    if machine_copy:
        write_text_atomic(pending.machine_copy, dump_sheet_data(theirs))


def read_mapping(path: Path) -> dict[str, Any] | None:
    """A fact sheet's YAML mapping, None when the file does not exist; unreadable YAML is an error."""
    if not path.exists():
        return None
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise FactSheetError(
            f"cannot merge new facts into it: {type(error).__name__}; fix the file (briefing check) and extract again",
            path,
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        raise FactSheetError("cannot merge new facts into it: not a fact sheet mapping; fix or delete the file", path)
    return data


_FACT_LISTS = re.compile(r"^(?!schema:|extractor:|article:)[a-z_]+:", re.MULTILINE)
"""The first top-level key after the header keys: where a machine copy's header ends."""


def machine_header(path: Path) -> dict[str, Any] | None:
    """The header (schema, extractor, article) of the machine's copy, parsing nothing else; None when unusable.

    The machine writes those keys first; anything unexpected returns None, and
    the caller then reads both sheets in full.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    end = _FACT_LISTS.search(text)
    try:
        head = load_yaml(text[: end.start()] if end else text)
    except yaml.YAMLError:
        return None
    return head if isinstance(head, dict) and isinstance(head.get("article"), dict) else None


def is_current(sheet: dict[str, Any], article: Article, published: str | None) -> bool:
    """Whether the machine output the sheet is based on came from this article text and this extractor."""
    from .extract import EXTRACTOR_VERSION

    info = sheet["article"]
    return (
        info.get("sha256") == article.sha256
        and str(sheet.get("extractor")) == EXTRACTOR_VERSION
        and (published is None or str(info.get("published")) == published)
    )
