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
    # the fighters are counted, named by the group they belong to
    assert figures(finder, "Rebels held 12 Boko Haram fighters.") == [("12", 12, None, None, "Boko Haram fighters")]


def test_vague_quantities_keep_their_qualifier_and_a_dozen_is_twelve(finder) -> None:
    assert figures(finder, "Guards held at least a dozen traders and several hundred farmers.") == [
        ("at least a dozen", 12, None, None, "traders"),
        ("several hundred", None, None, None, "farmers"),
    ]
    assert figures(finder, "A charity helps about a dozen of the prisoners.") == [
        ("about a dozen", 12, None, None, "prisoners")
    ]


def test_fractions_only_when_told_as_a_share(finder) -> None:
    assert figures(finder, "The fund is about a third financed, and sales fell by a fifth.") == [
        ("about a third", 33.3, None, None, "percent"),
        ("a fifth", 20, None, None, "percent"),
    ]
    assert figures(finder, "Nearly half the voters stayed home.")[0][:2] == ("Nearly half", 50)
    assert figures(finder, "She began a third term in the second half of May.") == []
    assert figures(finder, "The town now shelters more than half a million migrants.") == [
        ("more than half a million", 500000, None, None, "migrants")
    ]


def test_word_and_money_ranges(finder) -> None:
    assert figures(finder, "Only three to four tankers call, and the fee is between $5 million and $8 million.") == [
        ("three to four", None, 3, 4, "tankers"),
        ("between $5 million and $8 million", None, 5e6, 8e6, "US dollars"),
    ]


def test_counts_from_the_words_around_a_bare_number(finder) -> None:
    assert figures(finder, "Three guards died and nine were injured.")[1] == ("nine", 9, None, None, "injured")
    assert figures(finder, "Hundreds were detained in June.") == [("Hundreds", None, None, None, "detained")]
    assert figures(finder, "The storm flattened a village, injuring dozens more.") == [
        ("dozens", None, None, None, "injured")
    ]
    assert figures(finder, "Officers held 40 people and charged 12 of them; two of the suspects fled.") == [
        ("40", 40, None, None, "people"),
        ("12", 12, None, None, "people"),
        ("two", 2, None, None, "suspects"),
    ]
    assert figures(finder, "Police stopped five Ugandan traders and four Canadians.") == [
        ("five", 5, None, None, "Ugandan traders"),
        ("four", 4, None, None, "Canadians"),
    ]
    assert figures(finder, "The girl, 12, and a father of three were hurt.") == [
        ("12", 12, None, None, "age"),
        ("three", 3, None, None, "children"),
    ]


def test_the_two_sides_is_a_reference_not_a_count(finder) -> None:
    assert figures(finder, "The two ministers met, and both said the three parties agreed.") == []
    assert figures(finder, "Two of the four clinics closed.") == [
        ("Two", 2, None, None, "clinics"),
        ("four", 4, None, None, "clinics"),
    ]


def test_one_counts_only_a_casualty(finder) -> None:
    assert figures(finder, "The talks may fail, one diplomat warned, and the plan closes one chapter.") == []
    assert figures(finder, "Shelling hit the town, killing one nurse.") == [("one", 1, None, None, "nurse")]
    assert figures(finder, "More than one million people have fled.") == [
        ("More than one million", 1e6, None, None, "people")
    ]


def test_capitalised_modifiers_more_and_page_counts(finder) -> None:
    assert figures(finder, "Kidnappers asked 3 million CFA francs and gave him two more weeks.") == [
        ("3 million", 3e6, None, None, "CFA francs"),
        ("two", 2, None, None, "weeks"),
    ]
    assert figures(finder, "A 40-page brief was filed.") == [("40-page", 40, None, None, "pages of brief")]


def test_dozen_is_a_scale(finder) -> None:
    assert figures(finder, "The blast killed about two dozen people.") == [
        ("about two dozen", 24, None, None, "people")
    ]


def test_a_name_of_several_words_before_the_counted_noun(finder) -> None:
    assert figures(finder, "More than 200 Allied Democratic Forces fighters surrendered.") == [
        ("More than 200", 200, None, None, "Allied Democratic Forces fighters")
    ]


def test_a_part_of_a_total_or_of_an_owner(finder) -> None:
    assert figures(finder, "Rebels hold 9 of 12 districts.")[0] == ("9", 9, None, None, "districts")
    assert figures(finder, "No vote is held in 40 of the region's 210 villages.")[0] == (
        "40",
        40,
        None,
        None,
        "villages",
    )


def test_a_count_told_by_the_noun_after_were(finder) -> None:
    assert figures(finder, "Of those held, at least 12 were children.") == [("at least 12", 12, None, None, "children")]


def test_one_counts_a_casualty_after_had_been(finder) -> None:
    assert figures(finder, "Officials said one soldier had been killed.") == [("one", 1, None, None, "soldier")]
