"""Three-way merge of fact sheets, so a re-extraction never destroys a human edit.

The three versions of one article's facts:

- base: the machine's output the reviewer last saw (kept in `.machine/`, never edited);
- mine: the fact sheet as the reviewer left it;
- theirs: the machine's output now.

Facts are matched across versions by a key per kind. For each key:

| base | mine | theirs | result |
|---|---|---|---|
| = mine | yes | yes | theirs: nobody touched it, the machine's update wins |
| any | yes | = base | mine: the reviewer's edit stands |
| ≠ mine | yes | ≠ base, ≠ mine | mine, flagged `review: changed` with the machine's new version beside it |
| = mine | yes | gone | dropped: the machine no longer finds it and nobody edited it |
| ≠ mine | yes | gone | mine, flagged `review: removed` |
| yes | gone | any | stays deleted: a deletion is an edit |
| no | yes | any | mine: added (or re-keyed) by the reviewer |
| no | no | yes | theirs, marked `review: new` |

Equality ignores the review marks themselves, so marking a fact does not count as an edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .knowledge.names import fold

Fact = dict[str, Any]

REVIEW_KEYS = ("review", "machine")
"""Keys the merge writes; they are not part of a fact's content."""


def _fold(text: Any) -> str:
    """Case- and accent-insensitive form of a name, as aggregation compares them."""
    return fold(str(text or ""))


def _evidence_text(fact: Fact) -> str:
    evidence = fact.get("evidence")
    return evidence.get("text", "") if isinstance(evidence, dict) else str(evidence or "")


KEYS: dict[str, Callable[[Fact], tuple[Any, ...]]] = {
    "countries": lambda f: (f.get("code"),),
    "people": lambda f: (_fold(f.get("name")),),
    "organizations": lambda f: (_fold(f.get("name")),),
    "places": lambda f: (_fold(f.get("name")), f.get("country")),
    "events": lambda f: (f.get("type"), _evidence_text(f), (f.get("date") or {}).get("value")),
    "quotes": lambda f: (_fold(f.get("text")),),
    "figures": lambda f: (f.get("counts"), f.get("value"), _evidence_text(f)),
    "relations": lambda f: (_fold(f.get("source")), _fold(f.get("target")), f.get("kind")),
}
"""What makes two versions of a fact the same fact; a changed key reads as delete plus add."""

ARTICLE_MACHINE_KEYS = ("sha256",)
"""Article fields only the machine writes."""


@dataclass(frozen=True)
class MergeResult:
    """The merged sheet and what needs a reviewer's eye."""

    sheet: dict[str, Any]
    new: int = 0
    changed: int = 0
    removed: int = 0


def merge_sheets(base: dict[str, Any] | None, mine: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    """Merge the machine's new output into a reviewed fact sheet (all three as YAML mappings)."""
    merged: dict[str, Any] = dict(theirs)
    base = base or {}
    merged["article"] = _merge_article(base.get("article") or {}, mine.get("article") or {}, theirs["article"])
    counts = {"new": 0, "changed": 0, "removed": 0}
    for kind, key in KEYS.items():
        facts, marks = _merge_facts(base.get(kind) or [], mine.get(kind) or [], theirs.get(kind) or [], key)
        merged[kind] = facts
        for mark in marks:
            counts[mark] += 1
    merged["related_headlines"] = _merge_value(
        base.get("related_headlines"), mine.get("related_headlines"), theirs.get("related_headlines")
    )
    return MergeResult(merged, **counts)


def _merge_article(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Article metadata: the reviewer's corrections stand, the machine's hash is always current."""
    out = {}
    for field in theirs.keys() | mine.keys():
        if field in ARTICLE_MACHINE_KEYS:
            out[field] = theirs.get(field)
        else:
            out[field] = _merge_value(base.get(field), mine.get(field), theirs.get(field))
    return {k: out[k] for k in [*theirs, *(k for k in mine if k not in theirs)]}


def _merge_value(base: Any, mine: Any, theirs: Any) -> Any:
    """One value: the machine's when the reviewer left it alone, else the reviewer's."""
    return theirs if mine == base else mine


def _merge_facts(
    base: list[Fact], mine: list[Fact], theirs: list[Fact], key: Callable[[Fact], tuple[Any, ...]]
) -> tuple[list[Fact], list[str]]:
    """One kind of fact, merged; returns the facts and the review marks it set."""
    base_by, mine_by, theirs_by = _keyed(base, key), _keyed(mine, key), _keyed(theirs, key)
    out: list[Fact] = []
    marks: list[str] = []
    for k, fact in mine_by.items():
        if k not in base_by:
            out.append(fact)  # added or re-keyed by the reviewer
            continue
        before, now = base_by[k], theirs_by.get(k)
        edited = _content(fact) != _content(before)
        if now is None:
            if edited:
                out.append({**_content(fact), "review": "removed"})
                marks.append("removed")
            continue
        if not edited:
            out.append({**now, **_marks(fact)})
        elif _content(now) in (_content(before), _content(fact)):
            out.append(fact)
        else:
            out.append({**_content(fact), "review": "changed", "machine": _content(now)})
            marks.append("changed")
    for k, fact in theirs_by.items():
        if k not in mine_by and k not in base_by:
            out.append({**fact, "review": "new"})
            marks.append("new")
    return out, marks


def _keyed(facts: Iterable[Fact], key: Callable[[Fact], tuple[Any, ...]]) -> dict[tuple[Any, ...], Fact]:
    """Facts by key, in order; repeated keys get an ordinal so none is lost."""
    out: dict[tuple[Any, ...], Fact] = {}
    for fact in facts:
        if not isinstance(fact, dict):
            continue
        k = key(fact)
        ordinal = 0
        while (*k, ordinal) in out:
            ordinal += 1
        out[(*k, ordinal)] = fact
    return out


def _content(fact: Fact) -> Fact:
    """A fact without the merge's own review marks."""
    return {k: v for k, v in fact.items() if k not in REVIEW_KEYS}


def _marks(fact: Fact) -> Fact:
    """The review marks a fact carries."""
    return {k: v for k, v in fact.items() if k in REVIEW_KEYS}
