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


def test_speaker_with_a_description_between_commas_after_the_quote(extract) -> None:
    sheet = extract(
        "“Nobody here wants a war,” Samuel Okafor, a spokesman for the foreign ministry, told reporters on Friday."
    )
    assert quotes(sheet) == [("Samuel Okafor", "Nobody here wants a war", "told")]


def test_colon_introduced_quote_after_said_and_a_clause(extract) -> None:
    sheet = extract(
        "Lena Fischer, a researcher at the Centre for Peace Studies, said the risk lay elsewhere: "
        "“The danger is a mistake on the border, not a decision to go to war.”"
    )
    assert quotes(sheet) == [
        ("Lena Fischer", "The danger is a mistake on the border, not a decision to go to war.", "said")
    ]


def test_short_quoted_phrase_belongs_to_the_sentence_subject(extract) -> None:
    sheet = extract(
        "Judge Maria Santos ruled that the state had proved the case “beyond reasonable doubt” on Monday. "
        'President Daniel Moreau praised the police and ordered them to "finish the job" this year.'
    )
    assert quotes(sheet) == [
        ("Maria Santos", "beyond reasonable doubt", "ruled"),
        ("Daniel Moreau", "finish the job", "praised"),
    ]


def test_short_phrase_after_a_speech_clause_with_adding(extract) -> None:
    sheet = extract(
        "“We will not back down,” Peter Lund, the party leader, told reporters, adding that they would seek a deal "
        '"by peaceful means and through talks".'
    )
    assert [(s, t) for s, t, _ in quotes(sheet)] == [
        ("Peter Lund", "We will not back down"),
        ("Peter Lund", "by peaceful means and through talks"),
    ]


def test_unnamed_speaker_clause_after_and(extract) -> None:
    sheet = extract(
        "An envoy is due next week, and a senior official, speaking on condition of anonymity, said the envoy "
        'would carry "a message of restraint to both sides".'
    )
    assert quotes(sheet) == [("a senior official", "a message of restraint to both sides", "said")]


def test_pronoun_after_an_unnamed_source_is_that_source(extract) -> None:
    sheet = extract(
        "President Ali Ndayi visited the camp on Monday. A nurse in the camp, who asked not to be named, said the "
        'tents were full. "Our stocks will last ten days at most," she said.'
    )
    assert quotes(sheet) == [("A nurse in the camp", "Our stocks will last ten days at most", "said")]


def test_quotes_carry_on_across_sentences_and_after_a_sentence_about_the_speaker(extract) -> None:
    sheet = extract(
        "Father Tomas Herrera has buried many of the dead.\n\n"
        "“People ask me who is winning. Nobody is winning,” Herrera said. “The farmers are losing their land.”\n\n"
        "Asked about the talks, Herrera was silent for a long moment. “I still want to believe in them.”"
    )
    assert [(s, t) for s, t, _ in quotes(sheet)] == [
        ("Tomas Herrera", "People ask me who is winning. Nobody is winning"),
        ("Tomas Herrera", "The farmers are losing their land."),
        ("Tomas Herrera", "I still want to believe in them."),
    ]
