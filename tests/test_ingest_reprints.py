"""Reprints: one wire story run by several outlets groups; a different story on the same subject does not."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest

import generator.ingest.reprints
from generator.articles import Article, read_article
from generator.factsheet import ArticleInfo, Country, Event, Evidence, FactSheet, Person
from generator.ingest.reprints import (
    MIN_SHINGLES,
    THRESHOLD,
    ReprintGroup,
    article_details,
    cached_groups,
    collapse_reprints,
    group_reprints,
    groups_from_sheets,
    overlaps,
    shingles,
    similar_pairs,
)

REPRINTS = Path(__file__).parent / "fixtures" / "ingest" / "reprints"
OUTLETS = ("outlet-edited", "outlet-headline-changed", "outlet-paragraphs-dropped")


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [read_article(path) for path in sorted(REPRINTS.iterdir())]


def test_wire_story_and_its_reprints_are_one_group(articles: list[Article]) -> None:
    [group] = group_reprints(articles)
    assert group.canonical == "wire-original"  # earliest, and longer than the page of the same day
    assert group.reprints == OUTLETS
    assert group.members == ("wire-original", *OUTLETS)


def test_threshold_sits_between_reprints_and_a_distinct_story(articles: list[Article]) -> None:
    scores = overlaps(articles, threshold=0.01)  # every pair that shares anything, to see the margin
    reprint_scores = [scores[tuple(sorted(("wire-original", outlet)))] for outlet in OUTLETS]
    others = ("wire-original", *OUTLETS)
    distinct_scores = [scores.get(tuple(sorted(("distinct-follow-up", other))), 0.0) for other in others]
    # headline changed: identical text; paragraphs dropped and byline added: contained; edited: words changed
    assert reprint_scores == [pytest.approx(0.638, abs=0.01), 1.0, 1.0]
    assert distinct_scores == [
        pytest.approx(0.272, abs=0.01),
        pytest.approx(0.267, abs=0.01),
        pytest.approx(0.272, abs=0.01),
        0.0,
    ]
    assert max(distinct_scores) < 0.3 < THRESHOLD < 0.6 < min(reprint_scores)


def test_grouping_does_not_depend_on_order(articles: list[Article]) -> None:
    expected = group_reprints(articles)
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    assert group_reprints(shuffled) == expected


def test_round_up_of_two_stories_does_not_chain_them(articles: list[Article]) -> None:
    wire = next(a for a in articles if a.id == "wire-original")
    other = next(a for a in articles if a.id == "distinct-follow-up")
    roundup = replace(wire, id="roundup", body=wire.body + "\n" + other.body, published="2025-07-22")
    [group] = group_reprints([wire, other, roundup])  # contains both, so it matches both: joins one, never both
    assert group == ReprintGroup("distinct-follow-up", ("roundup",), (1.0,))


def test_canonical_is_the_earliest_then_the_most_complete(articles: list[Article]) -> None:
    undated = [replace(a, published=None) for a in articles]
    [group] = group_reprints(undated)
    assert group.canonical == "wire-original"  # all undated: the longest version
    shifted = [replace(a, published="2025-07-17") if a.id == "outlet-edited" else a for a in articles]
    assert group_reprints(shifted)[0].canonical == "outlet-edited"


def test_short_texts_are_never_reprints() -> None:
    brief = "Soldiers detained the president in Niamey on Wednesday, the army said in a statement."
    one = Article(id="a", path=Path("a.md"), title="A", body=brief)
    two = Article(id="b", path=Path("b.md"), title="B", body=brief)
    assert group_reprints([one, two]) == []


def _sheet(article_id: str, published: str) -> FactSheet:
    evidence = Evidence("Zerbo said the commission was dissolved.", 0, 40)
    return FactSheet(
        article=ArticleInfo(id=article_id, title=article_id, published=published),
        countries=(Country(code="BFA", name="Burkina Faso", evidence=evidence),),
        people=(Person(name="Emile Zerbo", evidence=evidence),),
        events=(Event(type="dissolve", summary="Electoral commission dissolved", evidence=evidence),),
        related_headlines=("Read also: something",),
        extractor="0.2.0",
    )


def test_collapsed_reprint_keeps_its_article_and_countries_but_no_facts() -> None:
    sheets = [_sheet("wire", "2025-07-18"), _sheet("outlet", "2025-07-19"), _sheet("other", "2025-07-21")]
    result = collapse_reprints(sheets, [ReprintGroup("wire", ("outlet",), (0.9,))])
    assert result[0] == sheets[0] and result[2] == sheets[2]
    assert result[1] == FactSheet(article=sheets[1].article, countries=sheets[1].countries, extractor="0.2.0")


def _marked(sheet: FactSheet, reprint_of: str | None = None, reprints: tuple[str, ...] = ()) -> FactSheet:
    return replace(sheet, article=replace(sheet.article, reprint_of=reprint_of, reprints=reprints))


def test_groups_are_read_from_the_sheets_reprint_of() -> None:
    wire = _marked(_sheet("wire", "2025-07-18"), reprints=("outlet", "stale"))
    outlet = _marked(_sheet("outlet", "2025-07-19"), reprint_of="wire")
    orphan = _marked(_sheet("orphan", "2025-07-20"), reprint_of="no-such-sheet")
    sheets, groups = groups_from_sheets([wire, outlet, orphan])
    assert groups == [ReprintGroup("wire", ("outlet",))]
    assert [s.article.reprints for s in sheets] == [("outlet",), (), ()]  # "stale" names it no longer
    assert [s.article.reprint_of for s in sheets] == [None, "wire", None]  # a missing article counts nothing


def test_a_reviewer_who_clears_reprint_of_gets_the_facts_counted() -> None:
    wire = _marked(_sheet("wire", "2025-07-18"), reprints=("outlet",))
    outlet = _marked(_sheet("outlet", "2025-07-19"), reprint_of=None)  # a reviewer's "not a reprint"
    sheets, groups = groups_from_sheets([wire, outlet])
    assert groups == [] and sheets[0].article.reprints == ()
    assert collapse_reprints(sheets, groups) == sheets


def test_a_chain_of_reprints_stops_at_the_first_link() -> None:
    a = _marked(_sheet("a", "2025-07-18"), reprint_of="b")
    b = _marked(_sheet("b", "2025-07-18"), reprint_of="c")
    c = _sheet("c", "2025-07-18")
    sheets, groups = groups_from_sheets([a, b, c])
    assert groups == [ReprintGroup("c", ("b",))]
    assert sheets[0].article.reprint_of is None  # names a reprint: its own facts count


def test_article_details_record_language_and_group() -> None:
    one = Article(id="one", path=Path("one.md"), title="1", body="x", language="fr")
    two = Article(id="two", path=Path("two.md"), title="2", body="x")
    three = Article(id="three", path=Path("three.md"), title="3", body="x")
    details = article_details([one, two, three], [ReprintGroup("two", ("one", "three"))])
    assert details == {
        "one": {"language": "fr", "reprint_of": "two", "reprints": []},
        "two": {"language": None, "reprint_of": None, "reprints": ["one", "three"]},
        "three": {"language": None, "reprint_of": "two", "reprints": []},
    }


def test_a_paragraph_every_story_repeats_does_not_make_them_reprints() -> None:
    rng = random.Random(3)
    words = [f"word{i}" for i in range(3000)]
    background = "Burkina Faso, Mali and Niger, all run by juntas, left the regional bloc in January. " * 3

    def story(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(120)) + " " + background

    corpus = [Article(id=f"s{n:03d}", path=Path("x.md"), title="t", body=story(n)) for n in range(80)]
    reprint = Article(id="zz-reprint", path=Path("x.md"), title="t", body=corpus[5].body.replace("word", "Word", 3))
    assert group_reprints([*corpus, reprint]) == [ReprintGroup("s005", ("zz-reprint",), (1.0,))]


def _planted_corpus(seed: int) -> dict[str, str]:
    """Stories of many lengths over a small vocabulary, with reprints planted among them.

    Reprints drop paragraphs, edit words or add a byline; several stories share a
    boilerplate paragraph, some are almost nothing but it; some are too short to
    count; copies make sizes tie.
    """
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(400)]  # small: unrelated stories share some shingles too
    boilerplate = " ".join(rng.choice(vocabulary) for _ in range(60))

    def paragraph(words: int) -> str:
        return " ".join(rng.choice(vocabulary) for _ in range(words))

    bodies: dict[str, str] = {}
    for n in range(60):
        paragraphs = [paragraph(rng.randint(8, 40)) for _ in range(rng.randint(1, 6))]
        if n % 3 == 0:
            paragraphs.append(boilerplate)
        bodies[f"s{n:02d}"] = "\n\n".join(paragraphs)
    for n in range(12):  # mostly boilerplate, a little of their own
        bodies[f"b{n:02d}"] = paragraph(rng.randint(5, 30)) + "\n\n" + boilerplate
    for n in range(6):  # too short to be anyone's reprint, some of them copies of each other
        bodies[f"t{n}"] = paragraph(rng.randint(3, 22)) if n % 2 else bodies.get(f"t{n - 1}", paragraph(10))
    for n in range(4):  # just long enough, each with an edited copy
        bodies[f"m{n}"] = paragraph(MIN_SHINGLES + 4 + n)
        bodies[f"m{n}-copy"] = bodies[f"m{n}"].replace(" w", " W", 1)
    originals = sorted(bodies)
    for n in range(40):
        parts = bodies[rng.choice(originals)].split("\n\n")
        match n % 4:
            case 0:  # an exact copy: a tie in size with its original
                kept = parts
            case 1:  # paragraphs dropped
                kept = [p for p in parts if rng.random() < 0.6] or parts[:1]
            case 2:  # words edited
                kept = [" ".join(w if rng.random() < 0.9 else rng.choice(vocabulary) for w in p.split()) for p in parts]
            case _:  # a byline and a sign-off added
                kept = ["By a staff reporter", *parts, paragraph(15)]
        bodies[f"r{n:02d}"] = "\n\n".join(kept)
    return bodies


def _all_pairs(sets: dict[str, frozenset[str]], threshold: float) -> dict[tuple[str, str], float]:
    """The brute-force answer: every pair compared."""
    found = {}
    for a, b in combinations(sorted(sets), 2):
        smaller = min(len(sets[a]), len(sets[b]))
        if smaller >= MIN_SHINGLES and len(sets[a] & sets[b]) / smaller >= threshold:
            found[(a, b)] = len(sets[a] & sets[b]) / smaller
    return found


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("threshold", [0.1, 0.3, 0.5, 0.7, 0.9, 1.0])
def test_prefix_filtering_finds_exactly_the_pairs_all_pairs_finds(seed: int, threshold: float) -> None:
    sets = {key: shingles(body) for key, body in _planted_corpus(seed).items()}
    expected = _all_pairs(sets, threshold)
    assert similar_pairs(sets, threshold) == expected
    if threshold <= 0.5:  # the corpus really has what the test is about
        sizes = {key: len(s) for key, s in sets.items()}
        assert len(expected) > 40
        assert any(sizes[a] == sizes[b] for a, b in expected)
        assert any(a.startswith("b") and b.startswith("b") for a, b in expected)  # boilerplate alike
        assert any(MIN_SHINGLES <= min(sizes[a], sizes[b]) < 30 for a, b in expected)
        assert any(0 < size < MIN_SHINGLES for size in sizes.values())


def test_group_reprints_uses_every_pair_that_all_pairs_finds() -> None:
    bodies = _planted_corpus(4)
    articles = [Article(id=key, path=Path(f"{key}.md"), title=key, body=body) for key, body in bodies.items()]
    sets = {key: shingles(body) for key, body in bodies.items()}
    pairs = _all_pairs(sets, THRESHOLD)
    groups = group_reprints(articles)
    grouped = {(a, b) for g in groups for a, b in combinations(sorted(g.members), 2)}
    assert grouped <= set(pairs)  # complete linkage: every pair within a group is a reprint pair
    members = [m for g in groups for m in g.members]
    assert len(members) == len(set(members)) and len(groups) >= 10
    assert not [pair for pair in pairs if not set(pair) & set(members)]  # two lone articles that match would join


def test_cached_groups_are_reused_until_an_article_changes(
    articles: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / ".machine" / "groups.json"
    computed: list[int] = []
    real = generator.ingest.reprints.group_reprints

    def counting(items: list[Article], threshold: float = THRESHOLD) -> list[ReprintGroup]:
        computed.append(len(items))
        return real(items, threshold)

    monkeypatch.setattr(generator.ingest.reprints, "group_reprints", counting)
    first = cached_groups(articles, cache)
    assert first == real(articles) and computed == [5]
    assert cached_groups(list(reversed(articles)), cache) == first and computed == [5]  # same corpus: from the cache

    edited = [
        replace(a, body=a.body + " Updated.", sha256="changed") if a.id == "outlet-edited" else a for a in articles
    ]
    cached_groups(edited, cache)
    assert computed == [5, 5]
    cached_groups(edited[1:], cache)  # one article fewer
    assert computed == [5, 5, 4]
    cache.write_text("{not json", encoding="utf-8")
    assert cached_groups(edited[1:], cache) == real(edited[1:]) and computed == [5, 5, 4, 4]
