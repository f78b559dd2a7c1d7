"""Speakers told away from a plain "X said": coordinated and participle verbs, relative clauses, groups, passives."""

from __future__ import annotations


def quotes(sheet) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in sheet.quotes]


def test_a_relative_clause_speaker_is_its_antecedent(extract) -> None:
    sheet = extract(
        "The truce was first announced on Sunday by Kenyan President William Ruto, who wrote online that both sides "
        'had accepted a "complete and lasting truce".'
    )
    assert quotes(sheet) == [("William Ruto", "complete and lasting truce")]


def test_a_coordinated_verb_speaks_for_the_sentence_subject(extract) -> None:
    sheet = extract(
        "The African Union, which Kenya had chaired since March, held an emergency session and said it was "
        '"gravely alarmed".'
    )
    assert quotes(sheet) == [("African Union", "gravely alarmed")]


def test_a_participle_of_saying_speaks_for_the_sentence_subject(extract) -> None:
    sheet = extract(
        'Army spokesman Moses Odhiambo rejected the report, saying only nine deaths had been "confirmed" so far.'
    )
    assert quotes(sheet) == [("Moses Odhiambo", "confirmed")]


def test_a_described_source_after_a_semicolon_keeps_its_phrase(extract) -> None:
    sheet = extract(
        "Bulldozers cleared the market; a senior official from the city council, who asked not to be named, "
        'said whole streets had been "flattened".'
    )
    assert quotes(sheet) == [("a senior official from the city council", "flattened")]


def test_one_of_a_group_told_before_is_one_of_its_kind(extract) -> None:
    sheet = extract(
        "Three doctors at Kisumu hospital said they had run out of blood. "
        "“We are treating people on the floor,” one of them said."
    )
    assert quotes(sheet) == [("a doctor at Kisumu hospital", "We are treating people on the floor")]


def test_a_pronoun_after_a_source_told_mid_sentence_is_that_source(extract) -> None:
    sheet = extract(
        "In Garissa, a town where the river burst its banks last week, a farmer said the harvest was lost. "
        "“What will we eat this winter?” he asked."
    )
    assert quotes(sheet) == [("a farmer", "What will we eat this winter?")]


def test_an_opening_participle_phrase_stands_before_the_speaker(extract) -> None:
    sheet = extract(
        "Presenting the plan, the representative of Brazil said the council was giving the region "
        '"a mission with the means to keep the peace at last".'
    )
    assert quotes(sheet) == [("the representative of Brazil", "a mission with the means to keep the peace at last")]


def test_the_subject_of_a_passive_is_no_speaker_and_an_auxiliary_is_cut(extract) -> None:
    sheet = extract('The office had on Monday urged a "swift and independent inquiry" into the deaths.')
    assert quotes(sheet) == [("The office", "swift and independent inquiry")]


def test_said_before_a_described_source_is_not_part_of_it(extract) -> None:
    sheet = extract("“The roads are closed,” said a truck driver in Kayes who asked not to be named for his safety.")
    assert quotes(sheet) == [("a truck driver in Kayes", "The roads are closed")]


def test_a_person_opening_the_sentence_outranks_the_body_naming_their_post(extract) -> None:
    sheet = extract('UN envoy Maria Costa toured the camp on Monday and said conditions were "deeply shocking".')
    assert quotes(sheet) == [("Maria Costa", "deeply shocking")]


def test_an_accusation_quotes_even_two_words(extract) -> None:
    sheet = extract(
        "Foreign Minister Lina Haddad met the envoy. Hours later, Haddad accused the rebels on Sunday of "
        '"deliberate provocations" along the border.'
    )
    assert quotes(sheet) == [("Lina Haddad", "deliberate provocations")]


def test_an_unnamed_body_opening_the_sentence_speaks_through_its_participle(extract) -> None:
    sheet = extract(
        'The national judiciary rejected the report on Monday, saying every trial had been "fully lawful and fair".'
    )
    assert quotes(sheet) == [("The national judiciary", "fully lawful and fair")]


def test_a_coordinated_verb_of_saying_keeps_the_words_short(extract) -> None:
    sheet = extract('The interior ministry denied the claim and said police had acted "lawfully".')
    assert quotes(sheet) == [("The interior ministry", "lawfully")]


def test_a_person_after_a_verb_is_its_object_not_the_subject(extract) -> None:
    sheet = extract('Gunmen abducted Father Peter Okafor and said he would be freed "once the ransom is paid".')
    assert [speaker for speaker, _ in quotes(sheet)] != ["Peter Okafor"]


def test_a_coordinated_verb_after_another_name_still_finds_the_subject(extract) -> None:
    # "X hosted Y and said": with Y between, the general subject rules tell who spoke, not the coordination rule
    sheet = extract("President Lena Holm hosted Chancellor Otto Brenner and said the deal was “historic”.")
    assert quotes(sheet) == [("Lena Holm", "historic")]
