"""Figures: counts, ranges, percentages, number words, vague quantities."""

from __future__ import annotations

import pytest

from generator.extraction.figures import FigureFinder
from generator.extraction.text import Sentence


@pytest.fixture(scope="module")
def finder(lexicon) -> FigureFinder:
    return FigureFinder(lexicon)


def figures(finder: FigureFinder, text: str, blocked: list[tuple[int, int]] | None = None) -> list[tuple]:
    sentence = Sentence(0, 0, len(text), text, 0)
    return [(f.value, f.number, f.min, f.max, f.counts) for f in finder.find(sentence, blocked or [])]


def test_range(finder) -> None:
    assert figures(finder, "Police held between 20 and 50 military personnel.") == [
        ("between 20 and 50", None, 20, 50, "military personnel")
    ]
    assert figures(finder, "Some 10 to 15 armed men attacked.") == [("10 to 15", None, 10, 15, "armed men")]


def test_counts_stop_before_what_happened_to_them(finder) -> None:
    assert figures(finder, "At least 45 soldiers were killed and 1,200 people displaced.") == [
        ("At least 45", 45, None, None, "soldiers"),  # the qualifier as written, capital or not
        ("1,200", 1200, None, None, "people"),
    ]


def test_percentages_money_and_scales(finder) -> None:
    assert figures(finder, "They imposed 0.5% tariffs and pledged $2.5 billion in aid.") == [
        ("0.5%", 0.5, None, None, "tariffs"),
        ("$2.5 billion", 2.5e9, None, None, "US dollars"),
    ]


def test_number_words_and_compounds(finder) -> None:
    assert figures(finder, "Gunmen killed twenty-five villagers under a five-year emergency decree.") == [
        ("twenty-five", 25, None, None, "villagers"),
        ("five-year", 5, None, None, "years of emergency decree"),
    ]


def test_vague_quantities(finder) -> None:
    assert figures(finder, "The junta arrested dozens of soldiers as thousands of residents fled.") == [
        ("dozens", None, None, None, "soldiers"),
        ("thousands", None, None, None, "residents"),
    ]


def test_not_figures(finder) -> None:
    text = "It was one of the worst attacks; the G5 Sahel and M23 met one another."
    assert figures(finder, text) == []


def test_blocked_spans_such_as_dates_are_skipped(finder) -> None:
    text = "On 12 March 300 troops left."
    assert figures(finder, text, [(3, 11)]) == [("300", 300, None, None, "troops")]


def test_a_number_ending_the_clause_counts_what_the_verb_says(finder) -> None:
    assert figures(finder, "The war has displaced 12 million.") == [("12 million", 12e6, None, None, "displaced")]
    assert figures(finder, "Captain Traore, aged 34.") == [("34", 34, None, None, "age")]  # an age is a figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It supplied roughly 15% of the uranium used in France.",
            ("15%", 15.0, "uranium"),
        ),  # the % rule keeps no qualifier
        ("A bill would impose sanctions of up to 500% on imports.", ("500%", 500.0, "sanctions")),
        ("Voters approved the text by 89.4% in a referendum.", ("89.4%", 89.4, "percent")),
    ],
)
def test_a_percentage_counts_what_it_is_a_share_of(finder, text: str, expected: tuple) -> None:
    [(value, number, _, _, counts)] = figures(finder, text)
    assert (value, number, counts) == expected


def test_casualties_ages_and_counted_demonym_nouns(finder) -> None:
    assert figures(finder, "At least three people were killed and 12 injured, officials said.") == [
        ("At least three", 3, None, None, "people"),
        ("12", 12, None, None, "injured"),
    ]
    assert figures(finder, "“It came at dawn,” said Iryna Bondar, 58, who lives nearby.") == [
        ("58", 58, None, None, "age")
    ]
    assert figures(finder, "The candidate, aged 83.") == [("83", 83, None, None, "age")]
    assert figures(finder, "About 1,000 French soldiers left.") == [
        ("About 1,000", 1000, None, None, "French soldiers")
    ]
    assert figures(finder, "The war displaced around 2 million in the north.") == [
        ("around 2 million", 2_000_000, None, None, "displaced")
    ]
    assert figures(finder, "Rebels held 12 Boko Haram fighters.") == []  # a name is not what is counted
