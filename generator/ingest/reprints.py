"""Reprints: one wire story run by several outlets, recognised so its facts count once.

Exact, not sampled: each article's body becomes a set of word 5-shingles, and
two articles are reprints when their overlap coefficient |A ∩ B| / min(|A|, |B|)
reaches the threshold, so an outlet that drops paragraphs still scores high,
while a new story that reuses a background paragraph or two scores low. Groups
are complete-linkage: an article joins a group only if it matches every member,
so a round-up quoting two stories never chains them together.

Candidate pairs come from prefix filtering (All-Pairs, Bayardo et al. 2007;
PPJoin): shingles are ordered rarest first (by how many articles have them,
ties by a deterministic id), and if A is the smaller set and shares at least
`need` = ceil(t·|A|) shingles with B, then A's first |A| - need + ℓ shingles in
that order hold at least ℓ of them (ℓ = 1 is the classic prefix). Each set,
from the largest down, probes that prefix against an index of the sets before
it (none smaller); only sets hit ℓ times are candidates, and each candidate is
verified with the exact intersection, so the result is the all-pairs result.
Boilerplate every story repeats sorts last and rarely reaches a prefix; in the
plain inverted index it paired every story with every other. MinHash
(datasketch) would only approximate the counts, and it brings scipy.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from ..atomic import write_text_atomic
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

PREFIX_EXTRA = 0.5
"""How much longer than the minimal prefix each set probes, as a share of the shingles a pair must share.

A pair that shares `need` shingles shares at least ℓ of them within the set's first |A| - need + ℓ (the
ℓ-prefix of Wang, Li and Feng, VLDB 2012). Probing further costs array work in numpy but leaves far fewer
candidates to verify in Python: on the bench corpora, half of `need` is fastest."""

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


def overlaps(articles: Sequence[Article], threshold: float = THRESHOLD) -> dict[tuple[str, str], float]:
    """The exact overlap of every pair of articles that reaches `threshold`, keyed by sorted ids.

    A pair whose smaller text has fewer than MIN_SHINGLES shingles is never listed.
    """
    return _similar(_encode((a.id, shingles(a.body)) for a in sorted(articles, key=lambda a: a.id)), threshold)


def similar_pairs(sets: Mapping[str, Collection[str]], threshold: float) -> dict[tuple[str, str], float]:
    """Every pair of sets whose overlap coefficient is at least `threshold`, with it; by prefix filtering.

    Exactly what comparing all pairs gives, for any threshold above 0 (see the module docstring).
    """
    return _similar(_encode((key, sets[key]) for key in sorted(sets)), threshold)


def _encode(named_sets: Iterable[tuple[str, Iterable[str]]]) -> dict[str, np.ndarray]:
    """Each set as the ids of its shingles, so the texts need not be kept: 8 bytes a shingle instead of about 100.

    Ids are given in the order shingles are first met (sets in the order given, each set's shingles sorted),
    so the same corpus always gets the same ids.
    """
    vocabulary: dict[str, int] = {}
    encoded = {}
    for key, shingle_set in named_sets:
        ids = [vocabulary.setdefault(shingle, len(vocabulary)) for shingle in sorted(shingle_set)]
        encoded[key] = np.array(ids, dtype=np.int64)
    return encoded


def _similar(sets: Mapping[str, np.ndarray], threshold: float) -> dict[tuple[str, str], float]:
    """`similar_pairs` over encoded sets."""
    keys = sorted((k for k, v in sets.items() if len(v) >= MIN_SHINGLES), key=lambda k: (-len(sets[k]), k))
    if len(keys) < 2:
        return {}  # largest first, above: each set probes only the sets before it, none of them smaller
    ranks = _ranked([sets[key] for key in keys])
    owners = np.repeat(np.arange(len(keys)), [len(r) for r in ranks])
    flat = np.concatenate(ranks)
    by_rank = np.argsort(flat, kind="stable")  # stable: within a shingle, its sets in processing order
    postings = owners[by_rank]
    starts = np.searchsorted(flat[by_rank], np.arange(int(flat.max()) + 2))
    keyed = flat[by_rank] * len(keys) + postings  # ascending: where a shingle's sets before a position end
    member = np.zeros(int(flat.max()) + 1, dtype=bool)  # the probing set's shingles, to count what others share
    result: dict[tuple[str, str], float] = {}
    for position in range(1, len(keys)):
        mine = ranks[position]
        need = _needed(len(mine), threshold)
        hits_needed = max(1, min(need, math.ceil(need * PREFIX_EXTRA)))
        prefix = mine[: len(mine) - need + hits_needed]
        found = _gather(postings, starts[prefix], np.searchsorted(keyed, prefix * len(keys) + position))
        hits = np.bincount(found, minlength=position)
        candidates = np.flatnonzero(hits >= hits_needed).tolist()
        member[mine] = True
        for other in candidates:
            shared = int(np.count_nonzero(member[ranks[other]]))
            if shared >= need:
                result[_pair(keys[position], keys[other])] = shared / len(mine)
        member[mine] = False
    return result


def _ranked(sets: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Each set as its shingles' ranks, ascending; rank 0 is the rarest shingle of all.

    Rarity is the number of sets a shingle is in; ties go by shingle id, so the order is deterministic.
    """
    frequency = np.bincount(np.concatenate(sets))
    order = np.lexsort((np.arange(len(frequency)), frequency))
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return [np.sort(rank[ids]) for ids in sets]


def _gather(values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """values[starts[0]:ends[0]] + values[starts[1]:ends[1]] + ..., without a Python loop."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return values[:0]
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return values[offsets + np.arange(total)]


def _needed(size: int, threshold: float) -> int:
    """The fewest shared shingles c with c / size >= threshold, as the float comparison decides it (at least 1)."""
    need = max(1, math.ceil(threshold * size))
    while need > 1 and (need - 1) / size >= threshold:
        need -= 1  # threshold * size rounded up past an exact integer
    while need <= size and need / size < threshold:
        need += 1
    return need


def group_reprints(articles: Iterable[Article], threshold: float = THRESHOLD) -> list[ReprintGroup]:
    """Groups of two or more articles that are one story, sorted by canonical id; deterministic."""
    by_id = {a.id: a for a in articles}
    sets = _encode((article_id, shingles(by_id[article_id].body)) for article_id in sorted(by_id))
    scores = _similar(sets, threshold)
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


def cached_groups(articles: Sequence[Article], cache: Path, threshold: float = THRESHOLD) -> list[ReprintGroup]:
    """`group_reprints`, reused from `cache` while no article was added, removed or changed; the cache is updated.

    Grouping reads every article's text, so a rebuild that changed nothing should
    not pay for it again. The cache is keyed by every article's id, hash and date,
    and by the grouping's parameters; anything unreadable is simply recomputed.
    """
    if len(articles) < 2:
        return []  # nothing to group, and nothing worth writing beside the sheets
    key = _fingerprint(articles, threshold)
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data["key"] == key:
            return [ReprintGroup(str(c), tuple(map(str, r)), tuple(map(float, s))) for c, r, s in data["groups"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    groups = group_reprints(articles, threshold)
    payload = {"key": key, "groups": [[g.canonical, list(g.reprints), list(g.scores)] for g in groups]}
    cache.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(cache, json.dumps(payload, indent=1) + "\n")
    return groups


def _fingerprint(articles: Iterable[Article], threshold: float) -> str:
    """What grouping depends on: each article's id, text (its file hash, else its body) and date; the parameters."""
    digest = hashlib.sha256(f"{SHINGLE_WORDS} {MIN_SHINGLES} {threshold!r}\n".encode())
    for article in sorted(articles, key=lambda a: a.id):
        text = article.sha256 or hashlib.sha256(article.body.encode("utf-8", "surrogatepass")).hexdigest()
        digest.update(f"{article.id} {text} {article.published}\n".encode())
    return digest.hexdigest()


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


def article_details(articles: Iterable[Article], groups: Iterable[ReprintGroup]) -> dict[str, dict[str, Any]]:
    """What a fact sheet records about its article beyond the extractor's output: language and reprint group."""
    details: dict[str, dict[str, Any]] = {
        a.id: {"language": a.language, "reprint_of": None, "reprints": []} for a in articles
    }
    for group in groups:
        details[group.canonical]["reprints"] = list(group.reprints)
        for reprint in group.reprints:
            details[reprint]["reprint_of"] = group.canonical
    return details


def groups_from_sheets(sheets: Sequence[FactSheet]) -> tuple[list[FactSheet], list[ReprintGroup]]:
    """The reprint groups the sheets record, with each sheet's `reprints` and `reprint_of` made to agree.

    `reprint_of` decides, as extraction wrote it or a reviewer corrected it: a
    sheet is a reprint when it names another sheet that is not itself a reprint;
    otherwise its facts count. The canonical sheet's `reprints` is then rebuilt
    from them, so pages never list an outlet that does not name it back.
    """
    ids = {sheet.article.id for sheet in sheets}
    naming = {s.article.id: s.article.reprint_of for s in sheets if s.article.reprint_of in ids}
    reprint_of = {r: c for r, c in naming.items() if c != r and c not in naming}
    members: dict[str, list[str]] = {}
    for reprint, canonical in sorted(reprint_of.items()):
        members.setdefault(canonical, []).append(reprint)
    fixed = []
    for sheet in sheets:
        info = sheet.article
        wanted = replace(info, reprint_of=reprint_of.get(info.id), reprints=tuple(members.get(info.id, ())))
        fixed.append(sheet if wanted == info else replace(sheet, article=wanted))
    return fixed, [ReprintGroup(canonical, tuple(rest)) for canonical, rest in sorted(members.items())]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


__all__ = [
    "MIN_SHINGLES",
    "THRESHOLD",
    "ReprintGroup",
    "article_details",
    "cached_groups",
    "collapse_reprints",
    "group_reprints",
    "groups_from_sheets",
    "overlaps",
    "shingles",
    "similar_pairs",
]
