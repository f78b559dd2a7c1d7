"""Speakers a quote points back to: pronouns, "it", a sentence ending in a colon, countries, single curly marks."""

from __future__ import annotations


def quotes(sheet) -> list[tuple]:
    return [(q.speaker, q.text) for q in sheet.quotes]


def test_a_paragraph_of_quote_after_a_sentence_ending_in_a_colon(extract) -> None:
    sheet = extract(
        "Fire chief Marta Lindqvist said on Sunday:\n\n"
        "“The blaze is under control. Crews will stay on site overnight.\n\n"
        "“Residents can return in the morning.”"
    )
    assert quotes(sheet) == [
        ("Marta Lindqvist", "The blaze is under control. Crews will stay on site overnight."),
        ("Marta Lindqvist", "Residents can return in the morning."),
    ]


def test_an_adverb_between_the_pronoun_and_its_verb(extract) -> None:
    sheet = extract("Mayor Oskar Brandt opened the bridge. He later told reporters: “It was built to last.”")
    assert quotes(sheet) == [("Oskar Brandt", "It was built to last.")]


def test_a_pronoun_speaks_for_the_subject_of_the_sentence_before(extract) -> None:
    sheet = extract(
        "Senator Ruth Adeyemi met trade envoy Paul Mensah on Friday. She later said: “The talks went well.”"
    )
    assert quotes(sheet) == [("Ruth Adeyemi", "The talks went well.")]


def test_it_speaks_for_the_organisation_opening_the_sentence_before(extract) -> None:
    sheet = extract(
        "Human Rights Watch published a report on the prisons on Monday. “Detainees were beaten daily,” it said."
    )
    assert quotes(sheet) == [("Human Rights Watch", "Detainees were beaten daily")]


def test_it_speaks_for_a_body_described_at_the_start_of_the_sentence_before(extract) -> None:
    sheet = extract("The army said on Tuesday it had cleared the valley. “The operation is over,” it added.")
    assert quotes(sheet) == [("The army", "The operation is over")]


def test_it_after_an_unknown_description_has_no_speaker(extract) -> None:
    sheet = extract("The Oxfam-backed coalition published its findings. “Harvests fell by half this year,” it said.")
    assert [speaker for speaker, _ in quotes(sheet)] != ["Oxfam"]


def test_a_country_speaks_as_its_government(extract) -> None:
    sheet = extract("“We will defend every inch of our land,” Portugal said in a statement.")
    assert quotes(sheet) == [("Portugal", "We will defend every inch of our land")]


def test_a_demonym_is_no_speaker(extract) -> None:
    assert extract("“We will defend every inch of our land,” Portuguese said.").quotes == ()


def test_a_source_who_gave_a_name_only(extract) -> None:
    sheet = extract("“We slept in the car for a week,” said one woman, who gave her name only as Ilse.")
    assert quotes(sheet) == [("Ilse", "We slept in the car for a week")]


def test_single_curly_quotes_with_apostrophes_inside(extract) -> None:
    sheet = extract("‘We don’t have enough beds,’ said hospital director Nadia Farouk.")
    assert quotes(sheet) == [("Nadia Farouk", "We don’t have enough beds")]


def test_a_possessive_apostrophe_is_no_quote(extract) -> None:
    assert extract("The farmers’ union met the workers’ council on Monday.").quotes == ()


def test_a_paragraph_of_quote_after_a_paragraph_that_introduces_the_speaker(extract) -> None:
    sheet = extract(
        "Midwife Rosa Kamau described the night the clinic lost power.\n\n“We delivered three babies by torchlight.”"
    )
    assert quotes(sheet) == [("Rosa Kamau", "We delivered three babies by torchlight.")]


def test_a_person_merely_named_in_the_paragraph_before_does_not_speak(extract) -> None:
    sheet = extract("Coach Ivan Petrov arrived an hour later.\n\n“Security will be tightened across the city.”")
    assert quotes(sheet) == []


def test_any_verb_of_saying_before_the_speaker(extract) -> None:
    sheet = extract("“We had nothing,” recalled Dora Nkosi, a retired teacher.")
    assert [(q.speaker, q.text, q.cue) for q in sheet.quotes] == [("Dora Nkosi", "We had nothing", "recalled")]


def test_the_verb_before_an_unnamed_speaker_is_the_cue_not_the_relative_clause(extract) -> None:
    sheet = extract("“The wells are dry,” said a herder who asked not to be named.")
    assert [(q.speaker, q.cue) for q in sheet.quotes] == [("a herder", "said")]
