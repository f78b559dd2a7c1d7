"""Quotes: speaker before or after, resolved to a full name or kept as an unnamed source's description."""

from __future__ import annotations


def quotes(sheet) -> list[tuple]:
    return [(q.speaker, q.text, q.cue) for q in sheet.quotes]


def test_speaker_after_with_short_name_resolved(extract) -> None:
    sheet = extract(
        "Sudanese analyst Amira Hassan said the siege was tightening. "
        "“The city cannot hold out much longer,” Hassan noted."
    )
    assert quotes(sheet) == [("Amira Hassan", "The city cannot hold out much longer", "noted")]


def test_cue_before_speaker_and_straight_quotes(extract) -> None:
    sheet = extract('"We will not negotiate under fire," said Colonel Jean Mukendi, a spokesman.')
    assert quotes(sheet) == [("Jean Mukendi", "We will not negotiate under fire", "said")]


def test_speaker_before_the_quote(extract) -> None:
    sheet = extract("President Ruto told reporters: “Our troops will stay in Haiti until the job is done.”")
    assert quotes(sheet) == [("Ruto", "Our troops will stay in Haiti until the job is done.", "told")]


def test_unnamed_source_is_kept_as_described(extract) -> None:
    sheet = extract("“The base fell at dawn,” a senior security source told AFP.")
    assert quotes(sheet) == [("a senior security source", "The base fell at dawn", "told")]


def test_pronoun_speaker_and_continued_quote(extract) -> None:
    sheet = extract(
        "Defence Minister Rustem Umerov visited the front. “We are holding,” he said. “Reinforcements are coming.”"
    )
    assert quotes(sheet) == [
        ("Rustem Umerov", "We are holding", "said"),
        ("Rustem Umerov", "Reinforcements are coming.", None),
    ]


def test_scare_quotes_are_not_quotes(extract) -> None:
    assert extract("The junta called it a “special operation” against bandits.").quotes == ()
