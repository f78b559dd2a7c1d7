"""Sentence splitting and the shared span helpers."""

from __future__ import annotations

import pytest

from generator.extraction.text import build_pipeline, clause_bounds, phrase_pattern, split_sentences


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_each_line_starts_a_sentence(nlp) -> None:
    body = "Related:\n- Sudan army retakes Khartoum airport\nThe army said on Monday it had won."
    texts = [s.text for s in split_sentences(nlp, body)]
    assert texts == ["Related:", "- Sudan army retakes Khartoum airport", "The army said on Monday it had won."]


def test_opening_quote_after_full_stop_starts_the_next_sentence(nlp) -> None:
    body = "He spoke to officers. “We will hold Goma,” the governor said."
    texts = [s.text for s in split_sentences(nlp, body)]
    assert texts == ["He spoke to officers.", "“We will hold Goma,” the governor said."]


def test_sentence_offsets_index_the_body(nlp) -> None:
    body = "  Fighting resumed in Kharkiv.\n\nUkraine's army said it held. Gen. Ivan Petrov denied it.\n"
    sentences = split_sentences(nlp, body)
    assert [s.text for s in sentences] == [
        "Fighting resumed in Kharkiv.",
        "Ukraine's army said it held.",
        "Gen. Ivan Petrov denied it.",
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 2, 2]


def test_clause_bounds_cut_at_subordinators_not_commas(nlp) -> None:
    body = "The army withdrew after rebels, armed with drones, attacked the town, which burned."
    sentence = split_sentences(nlp, body)[0]
    start = body.index("attacked")
    left, right = clause_bounds(sentence, start, start + len("attacked"))
    assert body[left:right] == " rebels, armed with drones, attacked the town, "


def test_phrase_pattern_matches_whole_words_longest_first() -> None:
    regex = phrase_pattern(["coup", "coup attempt", "seized power"])
    assert [m.group() for m in regex.finditer("a coup attempt, then coups; they seized  power")] == [
        "coup attempt",
        "seized  power",
    ]
