"""Evaluation: extracted fact sheets scored against hand-checked gold sheets.

Gold sheets use the fact-sheet YAML format, loaded leniently: evidence may be left out (or given as a
short excerpt of the sentence), unknown keys are ignored. Each kind is scored by one-to-one matching
(maximum bipartite matching, so the order of facts does not matter), then precision, recall and F1.

Matching rules, per kind:

- countries: same ISO alpha-3 code.
- people: same name, leniently (see `same_name`), or one's name matches an alias of the other.
- organizations: named ones only (`named: false` descriptions such as "the junta" are not scored);
  any form of one (name, aliases) matches any form of the other, so "ECOWAS" matches
  "Economic Community of West African States".
- places: same name, leniently; and the same country when both give one.
- events: same `type` (category), both told as facts (`status: reported`) or both not (planned,
  hypothetical), and either their evidence overlaps (the gold excerpt lies in the
  predicted sentence, or the other way round) or their date values overlap; a gold event with no
  evidence and no date matches on a shared actor.
  Negated events (`status: negated`: "no ceasefire was agreed") stay in the sheets, marked, but are
  not scored: the text says they did not happen (PLOVER likewise leaves them out of event data).
- quotes: the words match (one contains the other, after normalising case, space and quote marks)
  and so does the speaker (same name, or one description contains the other).
- figures: same number (or same min and max), else the same written value.

Names match leniently: case, accents, hyphens, a leading "the", titles ("General") and possessives are
ignored, and a name matches a longer one it ends ("Burhan" ~ "Abdel Fattah al-Burhan").

Date resolution is scored over matched event pairs whose gold event has a resolved value: correct when
the predicted value equals it or lies inside it (a day inside a gold month or range counts).
`dates_found` counts the gold dated events that were matched at all.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .extraction.lexicon import load_lexicon
from .factsheet import Event, FactSheet
from .gold_sheets import gold_sheet_from_dict
from .knowledge.names import fold

SCORED_KINDS = ("countries", "places", "people", "organizations", "events", "quotes", "figures")
_TITLES = tuple(sorted((t.casefold().rstrip(".") for t in load_lexicon().titles), key=len, reverse=True))
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True)
class KindScore:
    """Counts for one kind of fact."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: KindScore) -> KindScore:
        return KindScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Miss:
    """One fact counted wrong: a false positive (predicted only) or a false negative (gold only)."""

    article: str
    kind: str
    error: str
    """'FP' or 'FN'."""
    fact: str


@dataclass(frozen=True)
class Scores:
    """Per-kind scores, date resolution, and every miss for inspection."""

    kinds: dict[str, KindScore]
    dates_correct: int = 0
    dates_total: int = 0
    """Matched gold events with a resolved date value."""
    dates_gold: int = 0
    """All gold events with a resolved date value."""
    misses: tuple[Miss, ...] = field(default=(), repr=False)

    @property
    def date_accuracy(self) -> float:
        return self.dates_correct / self.dates_total if self.dates_total else 1.0

    def as_dict(self) -> dict[str, Any]:
        """The scores as plain data, for --json."""
        out: dict[str, Any] = {
            kind: {
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
            }
            for kind, s in self.kinds.items()
        }
        out["dates"] = {
            "correct": self.dates_correct,
            "matched": self.dates_total,
            "gold": self.dates_gold,
            "accuracy": round(self.date_accuracy, 4),
        }
        return out

    def table(self, title: str = "") -> str:
        """A plain-text (Markdown) table."""
        lines = [
            f"{title}\n" if title else "",
            "| kind | TP | FP | FN | P | R | F1 |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for kind, s in self.kinds.items():
            lines.append(f"| {kind} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |")
        lines.append(
            f"| dates (resolution) | {self.dates_correct}/{self.dates_total} | | | | | {self.date_accuracy:.2f} |"
        )
        return "\n".join(line for line in lines if line or title)


def evaluate(gold: Sequence[FactSheet | dict[str, Any]], predicted: Sequence[FactSheet]) -> Scores:
    """Score predicted sheets against gold ones, paired by article id (a missing prediction is all misses)."""
    by_id = {sheet.article.id: sheet for sheet in predicted}
    totals = {kind: KindScore() for kind in SCORED_KINDS}
    misses: list[Miss] = []
    dates = [0, 0, 0]
    for item in gold:
        gold_sheet = item if isinstance(item, FactSheet) else gold_sheet_from_dict(item)
        pred = by_id.get(gold_sheet.article.id) or FactSheet(article=gold_sheet.article)
        for kind in SCORED_KINDS:
            gold_facts, pred_facts = _scored(gold_sheet, kind), _scored(pred, kind)
            pairs = _match(gold_facts, pred_facts, _MATCHERS[kind], _closer if kind == "events" else None)
            totals[kind] += KindScore(len(pairs), len(pred_facts) - len(pairs), len(gold_facts) - len(pairs))
            matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
            aid = gold_sheet.article.id
            misses.extend(Miss(aid, kind, "FN", _show(f)) for i, f in enumerate(gold_facts) if i not in matched_gold)
            misses.extend(Miss(aid, kind, "FP", _show(f)) for i, f in enumerate(pred_facts) if i not in matched_pred)
            if kind == "events":
                dates[2] += sum(1 for e in gold_facts if e.date.value)
                for g, p in pairs:
                    if gold_facts[g].date.value:
                        dates[1] += 1
                        dates[0] += _inside(pred_facts[p].date.value, gold_facts[g].date.value)
    return Scores(totals, dates[0], dates[1], dates[2], tuple(misses))


def _scored(sheet: FactSheet, kind: str) -> list[Any]:
    """The facts of a kind that are scored (descriptions of unnamed bodies are not)."""
    facts = list(getattr(sheet, kind))
    if kind == "organizations":
        facts = [o for o in facts if o.named]
    if kind == "events":  # what the text says did not happen is kept, marked, but is no event (as in PLOVER)
        facts = [e for e in facts if e.status != "negated"]
    return facts


def _match(
    gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool], closer: Callable[[Any, Any], int] | None = None
) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): (gold index, predicted index) pairs.

    `closer` ranks a gold fact's candidates (lower first): each gold fact tries its best-supported partner
    first (an event told in the same sentence before one that only shares a date), so the count of pairs is
    the same and the pairs are the right ones.
    """
    options = [[j for j, p in enumerate(pred) if same(g, p)] for g in gold]
    if closer is not None:
        # (rank, index) pairs sort as a stable sort by rank would: ties keep the index order
        options = [
            [j for _, j in sorted((closer(g, pred[j]), j) for j in js)] for g, js in zip(gold, options, strict=True)
        ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def normalize_name(name: str) -> str:
    """A name for comparison: no accents, case, hyphens, possessive, leading article or title."""
    text = re.sub(r"'s\b", "", name.translate(_QUOTE_MARKS))
    text = re.sub(r"^(?:the|a|an)\s+", "", fold(text.replace(".", "")))
    for title in _TITLES:
        if text.startswith(title + " ") and len(text) > len(title) + 1:
            text = text[len(title) + 1 :]
            break
    return text


def same_name(a: str, b: str) -> bool:
    """Lenient name match: equal when normalised, or one ends the other ("Maiga" ~ "Oumar Maiga")."""
    na, nb = normalize_name(a).split(), normalize_name(b).split()
    if not na or not nb:
        return False
    short, long = sorted((na, nb), key=len)
    return long[len(long) - len(short) :] == short


def _any_name(forms_a: Iterable[str], forms_b: Iterable[str]) -> bool:
    """Whether any form of one matches any form of the other."""
    forms_b = list(forms_b)
    return any(same_name(a, b) for a in forms_a for b in forms_b)


def _text(text: str | None) -> str:
    """Free text for containment tests."""
    return " ".join(re.sub(r"[^\w\s]", " ", (text or "").translate(_QUOTE_MARKS).casefold()).split())


def _contains(a: str | None, b: str | None) -> bool:
    """Whether one normalised text contains the other (both non-empty)."""
    ta, tb = _text(a), _text(b)
    return bool(ta and tb) and (ta in tb or tb in ta)


def _interval(value: str | None) -> tuple[str, str] | None:
    """An ISO value (YYYY, YYYY-MM, YYYY-MM-DD or START/END) as first and last day."""
    if not value:
        return None
    first, _, last = str(value).partition("/")
    try:
        return _bounds(first)[0], _bounds(last or first)[1]
    except ValueError:
        return None


def _bounds(part: str) -> tuple[str, str]:
    """First and last day of a year, month or day."""
    bits = [int(b) for b in part.split("-")]
    if len(bits) == 1:
        return f"{bits[0]:04d}-01-01", f"{bits[0]:04d}-12-31"
    if len(bits) == 2:
        start = dt.date(bits[0], bits[1], 1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return start.isoformat(), end.isoformat()
    return dt.date(*bits).isoformat(), dt.date(*bits).isoformat()


def _inside(pred: str | None, gold: str | None) -> bool:
    """Whether a predicted date value equals or lies inside the gold one."""
    p, g = _interval(pred), _interval(gold)
    return p is not None and g is not None and g[0] <= p[0] and p[1] <= g[1]


def _overlap(a: str | None, b: str | None) -> bool:
    """Whether two date values share a day."""
    p, g = _interval(a), _interval(b)
    return p is not None and g is not None and p[0] <= g[1] and g[0] <= p[1]


def _same_event(g: Event, p: Event) -> bool:
    if g.type != p.type or (g.status == "reported") != (p.status == "reported"):
        return False  # a plan or a supposition told as a fact (or the other way round) is a different claim
    if _contains(g.evidence.text, p.evidence.text) or _overlap(g.date.value, p.date.value):
        return True
    if not g.evidence.text and not g.date.value:
        return _any_name(g.actors, p.actors)
    return False


def _closer(g: Event, p: Event) -> int:
    """How well a matching predicted event is supported: same sentence and date, same sentence, date only."""
    return (0 if _contains(g.evidence.text, p.evidence.text) else 2) + (0 if _inside(p.date.value, g.date.value) else 1)


def _same_quote(g: Any, p: Any) -> bool:
    return _contains(g.text, p.text) and (same_name(g.speaker, p.speaker) or _contains(g.speaker, p.speaker))


def _same_figure(g: Any, p: Any) -> bool:
    if g.number is not None and g.number == p.number:
        return True
    if g.min is not None and (g.min, g.max) == (p.min, p.max):
        return True
    return bool(g.value) and _text(str(g.value)) == _text(p.value)


_MATCHERS: dict[str, Callable[[Any, Any], bool]] = {
    "countries": lambda g, p: g.code == p.code,
    "people": lambda g, p: _any_name((g.name, *g.aliases), (p.name, *p.aliases)),
    "organizations": lambda g, p: _any_name((g.name, *g.aliases), (p.name, *p.aliases)),
    "places": lambda g, p: same_name(g.name, p.name) and (not g.country or not p.country or g.country == p.country),
    "events": _same_event,
    "quotes": _same_quote,
    "figures": _same_figure,
}


def _show(fact: Any) -> str:
    """A short description of a fact for the miss list."""
    if isinstance(fact, Event):
        return f"{fact.type} [{fact.date.value or '-'}] {fact.evidence.text[:90]!r}"
    for name in ("name", "text", "value", "code"):
        value = getattr(fact, name, None)
        if value:
            extra = getattr(fact, "speaker", None) or getattr(fact, "counts", None) or ""
            return f"{value}" + (f" ({extra})" if extra else "")
    return repr(fact)


def scores_json(scores: dict[str, Scores]) -> str:
    """Named score sets as JSON."""
    return json.dumps({name: s.as_dict() for name, s in scores.items()}, indent=2)
