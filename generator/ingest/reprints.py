"""Reprints: one wire story run by several outlets, recognised so its facts count once.

Exact, not sampled: each article's body becomes a set of word 5-shingles, and
an inverted index counts the shingles every pair of articles shares. The score
is the overlap coefficient |A ∩ B| / min(|A|, |B|), so an outlet that drops
paragraphs still scores high, while a new story that reuses a background
paragraph or two scores low. Groups are complete-linkage: an article joins a
group only if it matches every member, so a round-up quoting two stories never
chains them together. MinHash (datasketch) would only approximate these
counts, and it brings scipy; at corpus sizes of thousands the exact count is fast.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from ..factsheet import FactSheet
from .article import Article
from .dateline import find_dateline

SHINGLE_WORDS = 5
"""Words per shingle: long enough that unrelated stories share almost none, short enough to survive edits."""

THRESHOLD = 0.5
"""Overlap a pair needs to be reprints: the tested reprints (headline changed, paragraphs dropped,
byline added, words edited) score 0.58 and above; a distinct follow-up reusing two background paragraphs 0.27."""

MIN_SHINGLES = 20
"""A text with fewer shingles (about 25 words) is too short to call a reprint of anything."""

COMMON_SHARE = 0.05
COMMON_MIN = 50
"""A shingle in more than COMMON_SHARE of the articles, and in more than COMMON_MIN, is common: it proposes no pairs."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, order=True)
class ReprintGroup:
    """One story and the articles that reprint it."""

    canonical: str
    """The article whose facts count: the earliest published, then the most complete (most shingles), then by id."""
    reprints: tuple[str, ...]
    """The other articles of the group, sorted by id."""
    scores: tuple[float, ...] = ()
    """Each reprint's overlap with the canonical article, in the order of `reprints`."""

    @property
    def members(self) -> tuple[str, ...]:
        return (self.canonical, *self.reprints)


def shingles(body: str) -> frozenset[str]:
    """The word shingles of a story, without its dateline (outlets drop or rewrite it)."""
    line = find_dateline(body)
    if line is not None:
        body = body.lstrip()[len(line.text) :]
    words = [word.casefold() for word in _WORD.findall(body)]
    return frozenset(" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))


def overlaps(articles: Sequence[Article]) -> dict[tuple[str, str], float]:
    """The exact overlap of every pair of articles that share a shingle not common to the corpus, keyed by sorted ids.

    A shingle in more than COMMON_SHARE of the articles (an outlet's sign-off,
    a background paragraph every story repeats) would pair everything with
    everything; it proposes no pairs, but still counts in the exact score.
    """
    return _overlaps({a.id: shingles(a.body) for a in articles})


def _overlaps(sets: dict[str, frozenset[str]]) -> dict[tuple[str, str], float]:
    """`overlaps` over shingle sets keyed by article id."""
    index: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(sets):
        for shingle in sets[article_id]:
            index[shingle].append(article_id)
    limit = max(COMMON_MIN, int(len(sets) * COMMON_SHARE))
    common = {shingle for shingle, ids in index.items() if len(ids) > limit}
    n_common = {article_id: len(shingle_set & common) for article_id, shingle_set in sets.items()}
    shared: Counter[tuple[str, str]] = Counter()
    for ids in index.values():
        if 1 < len(ids) <= limit:
            shared.update(combinations(ids, 2))  # ids are sorted, so each pair comes once and in order
    result = {}
    for (a, b), count in shared.items():
        smaller = min(len(sets[a]), len(sets[b]))
        if smaller < MIN_SHINGLES:
            continue
        if common and (count + min(n_common[a], n_common[b])) / smaller < THRESHOLD / 2:
            continue  # cannot be close to a reprint, even if it shared every common shingle
        result[(a, b)] = (len(sets[a] & sets[b]) if common else count) / smaller
    return result


def group_reprints(articles: Iterable[Article], threshold: float = THRESHOLD) -> list[ReprintGroup]:
    """Groups of two or more articles that are one story, sorted by canonical id; deterministic."""
    by_id = {a.id: a for a in articles}
    sets = {article_id: shingles(article.body) for article_id, article in by_id.items()}
    scores = _overlaps(sets)
    groups: dict[str, set[str]] = {article_id: {article_id} for article_id in by_id}
    pairs = sorted((pair for pair, score in scores.items() if score >= threshold), key=lambda p: (-scores[p], p))
    for a, b in pairs:
        group_a, group_b = groups[a], groups[b]
        if group_a is group_b:
            continue
        if all(scores.get(_pair(x, y), 0.0) >= threshold for x in group_a for y in group_b):
            merged = group_a | group_b
            for member in merged:
                groups[member] = merged
    result = []
    for members in {id(g): g for g in groups.values() if len(g) > 1}.values():
        ordered = sorted(
            members, key=lambda m: (by_id[m].published is None, by_id[m].published or "", -len(sets[m]), m)
        )
        canonical, rest = ordered[0], sorted(ordered[1:])
        result.append(ReprintGroup(canonical, tuple(rest), tuple(round(scores[_pair(canonical, r)], 3) for r in rest)))
    return sorted(result)


def collapse_reprints(sheets: Sequence[FactSheet], groups: Iterable[ReprintGroup]) -> list[FactSheet]:
    """The sheets with each reprint's facts removed, so a story's facts and events count once.

    A reprint keeps its article entry and its countries: the outlet is still
    listed as a source of the story and on the country's pages.
    """
    reprints = {article_id for group in groups for article_id in group.reprints}
    return [
        FactSheet(article=sheet.article, countries=sheet.countries, extractor=sheet.extractor)
        if sheet.article.id in reprints
        else sheet
        for sheet in sheets
    ]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


__all__ = ["THRESHOLD", "ReprintGroup", "collapse_reprints", "group_reprints", "overlaps", "shingles"]
