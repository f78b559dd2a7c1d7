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


def test_definite_description_points_back_to_the_unnamed_source(extract) -> None:
    sheet = extract(
        "A Nordic aid worker in Goma, speaking on condition of anonymity, said the camps were overflowing. "
        '"We are turning families away every night," the aid worker said.'
    )
    assert quotes(sheet) == [("A Nordic aid worker in Goma", "We are turning families away every night", "said")]


def test_unnamed_source_with_an_abbreviation_and_a_who_clause(extract) -> None:
    sheet = extract(
        "A U.N. official in Juba, who was not authorised to speak to the press, said food stocks were low. "
        '"If the road stays shut, people will starve before the rains end," the official said.'
    )
    assert quotes(sheet) == [
        ("A U.N. official in Juba", "If the road stays shut, people will starve before the rains end", "said")
    ]


def test_a_name_between_commas_after_a_description_is_the_speaker(extract) -> None:
    sheet = extract(
        "Minister Ruth Achieng was questioned by police on Friday. Her lawyer, Thomas Wekesa, said his client had "
        'merely "followed the rules of the ministry" and would be cleared.'
    )
    assert quotes(sheet) == [("Thomas Wekesa", "followed the rules of the ministry", "said")]


def test_quote_after_another_speakers_cue_does_not_carry_on_the_last_speaker(extract) -> None:
    sheet = extract(
        '"The talks are over," said the rebel commander Joseph Kabila Mutombo. '
        "A spokesperson for the regional bloc, Marie Dufresne, said on Friday that the bloc "
        '"regrets the collapse of the negotiations".'
    )
    assert [s for s, _, _ in quotes(sheet)] == ["Joseph Kabila Mutombo", "Marie Dufresne"]


def test_a_capitalised_name_after_said_with_a_description_is_a_speaker(extract) -> None:
    sheet = extract(
        'Dozens gathered in the square. "We will be back every night until they listen," said Nino, a '
        "19-year-old student who gave only her first name."
    )
    assert quotes(sheet) == [("Nino", "We will be back every night until they listen", "said")]


def test_quoted_phrase_belongs_to_the_subject_of_the_nearest_verb(extract) -> None:
    sheet = extract(
        "The Health Ministry said on Monday that clinics were open. Opposition leader Karim Haddad said the "
        'clinics were empty, a claim the ministry rejected as "rumours spread by enemies".'
    )
    assert quotes(sheet) == [("Health Ministry", "rumours spread by enemies", "rejected")]


def test_nested_reported_speech_quotes_the_inner_speaker(extract) -> None:
    sheet = extract(
        'The UN mission said its envoy, Clara Jimenez, had welcomed the accord as "a decisive first step" '
        "towards peace."
    )
    assert quotes(sheet) == [("Clara Jimenez", "a decisive first step", "welcomed")]


def test_phrase_after_an_opening_participle_belongs_to_the_subject(extract) -> None:
    sheet = extract(
        "Speaking in parliament on Tuesday, Prime Minister Ivan Petrov accused foreign donors of funding "
        '"a coup in slow motion".'
    )
    assert quotes(sheet) == [("Ivan Petrov", "a coup in slow motion", "accused")]


def test_standalone_quote_after_a_sentence_whose_pronoun_speaks(extract) -> None:
    sheet = extract(
        "Bishop Emmanuel Okoro has led the parish for a decade.\n\n"
        "What frightens people now, he said, is the silence at night. "
        '"Before, we heard the trucks. Now nobody drives after dark."'
    )
    assert quotes(sheet) == [("Emmanuel Okoro", "Before, we heard the trucks. Now nobody drives after dark.", None)]


def test_two_word_quote_needs_a_speaker_and_is_no_name(extract) -> None:
    sheet = extract(
        'The army said it had hit "terrorist positions" near the town. Rebels of the so-called "Northern Front" '
        'fled. Residents spoke of "dead streets".'
    )
    assert quotes(sheet) == [("The army", "terrorist positions", "said")]


def test_a_verb_in_an_if_clause_before_a_comma_is_not_the_speaker(extract) -> None:
    sheet = extract(
        "Analyst Sara Lindgren said that if the parliament rejected the plan, the currency would become "
        '"a plaything of speculators".'
    )
    assert quotes(sheet) == [("Sara Lindgren", "a plaything of speculators", "said")]


def test_a_quote_run_over_paragraphs_is_spoken_by_the_speaker_of_its_last_paragraph(extract) -> None:
    sheet = extract(
        "Rights researcher Helen Moyo said the report was damning.\n\n"
        '"The police must answer for these deaths. The families have waited long enough.\n\n'
        '"Without justice, the killings will go on," Moyo said.'
    )
    assert [(s, t) for s, t, _ in quotes(sheet)] == [
        ("Helen Moyo", "The police must answer for these deaths. The families have waited long enough."),
        ("Helen Moyo", "Without justice, the killings will go on"),
    ]


def test_a_curly_quote_run_over_paragraphs_is_one_quote_a_paragraph(extract) -> None:
    sheet = extract(
        "“We crossed the river at night. Nobody helped us.\n\n“Now we sleep under the trees,” said Amina Diallo, a "
        "mother of four."
    )
    assert [(s, t) for s, t, _ in quotes(sheet)] == [
        ("Amina Diallo", "We crossed the river at night. Nobody helped us."),
        ("Amina Diallo", "Now we sleep under the trees"),
    ]


def test_according_to_after_the_quote_and_an_age_before_the_description(extract) -> None:
    sheet = extract(
        '"We have lost every harvest," according to Fatou Sanneh, a farmer in the valley. '
        '"The river took the rest," Ibrahim Conteh, 52, a fisherman, told AFP.'
    )
    assert [(s, c) for s, _, c in quotes(sheet)] == [("Fatou Sanneh", "according to"), ("Ibrahim Conteh", "told")]


def test_one_quoted_word_said_by_a_speaker_is_a_quote(extract) -> None:
    sheet = extract("The health ministry said the outbreak was “contained” after a week of testing.")
    assert quotes(sheet) == [("The health ministry", "contained", "said")]
    assert extract("Residents now call the district “Freetown” in jest.").quotes == ()


def test_an_unnamed_source_who_gives_a_first_name_is_that_name(extract) -> None:
    sheet = extract("“The water ran out on Monday,” said a neighbour, who gave only her first name, Amina, for safety.")
    assert quotes(sheet) == [("Amina", "The water ran out on Monday", "said")]
    sheet = extract(
        "At the market, a trader who gave only his first name, Tomas, said sales had halved. "
        "“Nobody buys bread twice a week now,” he said."
    )
    assert quotes(sheet) == [("Tomas", "Nobody buys bread twice a week now", "said")]


def test_a_relative_clause_with_which_is_skipped_to_reach_the_subject(extract) -> None:
    sheet = extract(
        "The rebel front, which operates from the hills, said it had pushed back an assault and "
        "“will keep fighting until the end”."
    )
    assert quotes(sheet) == [("The rebel front", "will keep fighting until the end", "said")]


def test_an_indefinite_source_opening_the_sentence_owns_a_phrase(extract) -> None:
    sheet = extract(
        "The militia denied the raid. An aid agency spokesperson called the looting “a serious breach” on Friday."
    )
    assert quotes(sheet) == [("An aid agency spokesperson", "a serious breach", "called")]


def test_a_quote_ending_in_a_question_mark_keeps_its_tag(extract) -> None:
    sheet = extract(
        "A nurse who asked not to be named said supplies had run out. "
        "“We have no gauze. What are we supposed to use?” the nurse said."
    )
    assert quotes(sheet) == [("A nurse", "We have no gauze. What are we supposed to use?", "said")]


def test_a_tag_closing_the_sentence_gives_a_phrase_its_speaker(extract) -> None:
    sheet = extract(
        "A court spokesman, Paul Mbeki, defended the ruling. "
        "The men were convicted of “inciting unrest” and will appeal next month, he said."
    )
    assert quotes(sheet) == [("Paul Mbeki", "inciting unrest", "said")]
