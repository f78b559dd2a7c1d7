"""Reprints: one wire story run by several outlets groups; a different story on the same subject does not."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from generator.articles import Article, read_article
from generator.factsheet import ArticleInfo, Country, Event, Evidence, FactSheet, Person
from generator.ingest.reprints import THRESHOLD, ReprintGroup, collapse_reprints, group_reprints, overlaps

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
    scores = overlaps(articles)
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


def test_a_paragraph_every_story_repeats_pairs_nothing_but_still_counts() -> None:
    rng = random.Random(3)
    words = [f"word{i}" for i in range(3000)]
    background = "Burkina Faso, Mali and Niger, all run by juntas, left the regional bloc in January. " * 3

    def story(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(120)) + " " + background

    corpus = [Article(id=f"s{n:03d}", path=Path("x.md"), title="t", body=story(n)) for n in range(80)]
    reprint = Article(id="zz-reprint", path=Path("x.md"), title="t", body=corpus[5].body.replace("word", "Word", 3))
    assert group_reprints([*corpus, reprint]) == [ReprintGroup("s005", ("zz-reprint",), (1.0,))]
