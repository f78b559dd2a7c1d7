"""People: found by patterns around names; short mentions resolve; sources and names of things are no people."""

from __future__ import annotations


def people(sheet) -> dict:
    return {p.name: p for p in sheet.people}


def test_title_and_name(extract) -> None:
    found = people(extract("Lieutenant General Mohamed Hamdan Dagalo met Foreign Minister Ali Youssef in Jeddah."))
    assert found["Mohamed Hamdan Dagalo"].title == "Lieutenant General"
    assert found["Ali Youssef"].title == "Foreign Minister"


def test_role_with_demonym_and_appositive_roles(extract) -> None:
    sheet = extract(
        "Kenyan analyst Grace Wanjiru said the talks would fail. "
        "Ivan Sokolov, a retired colonel and former adviser to the defence ministry, disagreed."
    )
    found = people(sheet)
    assert (found["Grace Wanjiru"].roles, found["Grace Wanjiru"].country) == (("analyst",), "KEN")
    assert found["Ivan Sokolov"].roles == ("retired colonel", "former adviser to the defence ministry")


def test_short_mentions_resolve_to_the_full_name(extract) -> None:
    sheet = extract("President Felix Tshisekedi spoke in Kinshasa. Tshisekedi said Rwanda backs the rebels.")
    assert list(people(sheet)) == ["Felix Tshisekedi"]
    assert people(sheet)["Felix Tshisekedi"].aliases == ("Tshisekedi",)


def test_led_by_gives_a_leader_role(extract) -> None:
    sheet = extract("The rebel coalition, led by Colonel Amadou Diallo, seized the town.")
    assert people(sheet)["Amadou Diallo"].roles == ("coalition leader",)


def test_status_from_the_sentence(extract) -> None:
    sheet = extract(
        "Among those detained is Colonel Ahmed Salah. Opposition leader Rose Mbeki was released on Monday. "
        "Soldiers arrested Captain Paul Okoro at dawn. The killing of journalist Sam Njoroge shocked Nairobi."
    )
    found = people(sheet)
    assert found["Ahmed Salah"].status == "detained"
    assert found["Rose Mbeki"].status == "released"
    assert found["Paul Okoro"].status == "arrested"
    assert found["Sam Njoroge"].status == "killed"


def test_country_of_a_titled_official(extract) -> None:
    sheet = extract(
        "Sudan's army chief met US Secretary of State Mark Turner. General Abdel Fattah Burhan thanked Egypt."
    )
    found = people(sheet)
    assert found["Mark Turner"].country == "USA"
    assert found["Abdel Fattah Burhan"].country == "SDN"  # the story's main country


def test_unnamed_sources_and_names_of_things_are_not_people(extract) -> None:
    sheet = extract(
        "Witnesses said gunfire was heard. Security Officials told Reuters the base was hit. "
        "A member of the National Transition Council said the vote was delayed. "
        "Islamic State claimed the attack on Sunday, the Burkina Faso army said."
    )
    assert sheet.people == ()


def test_speech_verb_with_a_two_word_name(extract) -> None:
    sheet = extract("Oleksandr Kovalenko said the bridge was destroyed.")
    assert list(people(sheet)) == ["Oleksandr Kovalenko"]
    assert people(sheet)["Oleksandr Kovalenko"].title is None


def test_role_set_off_by_commas_and_status_after(extract) -> None:
    sheet = extract("The group's founder, Yevgeny Prigozhin, was killed in a plane crash in Russia.")
    [person] = sheet.people
    assert (person.name, person.roles, person.status) == ("Yevgeny Prigozhin", ("founder",), "killed")


# --- names with no title, role or speech verb next to them ------------------------------------------


def test_age_in_apposition_marks_a_person(extract) -> None:
    sheet = extract("Kwesi Adjetey, 45, lost his stall in the fire. The market was rebuilt (Tomas Renko (61) helped).")
    assert {"Kwesi Adjetey", "Tomas Renko"} <= set(people(sheet))


def test_occupation_after_an_age_and_a_spokesman_apposition(extract) -> None:
    sheet = extract(
        "Sekou Bangoura, 52, a shopkeeper, watched the convoy pass. Lamin Jatta, the army spokesman, gave no figure."
    )
    found = people(sheet)
    assert set(found) == {"Sekou Bangoura", "Lamin Jatta"}
    assert found["Lamin Jatta"].roles == ("army spokesman",)


def test_kinship_noun_before_a_name(extract) -> None:
    sheet = extract("Her brother Nana Mensah was taken at a checkpoint. The victim's mother, Esi Boateng, wept.")
    assert set(people(sheet)) == {"Nana Mensah", "Esi Boateng"}


def test_coordination_with_a_known_person(extract) -> None:
    sheet = extract(
        "Opposition leader Idrissa Keita spoke to reporters. Keita and Tounkara were arrested on Monday. "
        "Police later freed Keita, Sangare and Dembele."
    )
    assert set(people(sheet)) == {"Idrissa Keita", "Tounkara", "Sangare", "Dembele"}


def test_a_common_given_name_opens_a_name(extract) -> None:
    sheet = extract(
        "The letter was signed by Amina Bello. Charges against Daniel Okafor were dropped. "
        "Talks with Pierre Lemaire stalled, and Samuel Otieno's lawyers appealed."
    )
    assert set(people(sheet)) == {"Amina Bello", "Daniel Okafor", "Pierre Lemaire", "Samuel Otieno"}


def test_possessive_with_a_personal_noun(extract) -> None:
    sheet = extract("Tinubu Adeyemi's government denied the report.")
    assert list(people(sheet)) == ["Tinubu Adeyemi"]


def test_places_and_openers_are_not_taken_for_people(extract) -> None:
    sheet = extract(
        "In North Kivu, the army spokesman said the road was cut. "
        "Goma and Bukavu were calm, and Burkina Faso, Mali and Niger left the bloc. "
        "By Sunday, 40 people had fled."
    )
    assert sheet.people == ()


def test_accented_names_and_clergy_titles(extract) -> None:
    found = people(extract("Father Ángel Martínez has buried many of the dead. Martínez said the farmers were losing."))
    assert "Ángel Martínez" in found


def test_role_without_article_in_apposition_before_a_speech_verb(extract) -> None:
    found = people(extract("Anders Holm, head of the aid office in the city, said partners had reached 12,000 people."))
    assert "Anders Holm" in found


def test_names_that_only_a_person_can_follow(extract) -> None:
    found = people(
        extract(
            "Rebels toppled President Jean-Marie Paul Kabundi in 1997. The council was led by Aminata Sow. "
            "Critics blame the government of Teodor Vasquez. "
            "Lamine Faye, who headed the ministry, was arrested."
        )
    )
    assert {"Jean-Marie Paul Kabundi", "Aminata Sow", "Teodor Vasquez", "Lamine Faye"} <= set(found)


def test_one_name_speaker_with_an_age(extract) -> None:
    found = people(
        extract('"We lost everything," said Faisal, a 19-year-old student. "Nobody came," said Hana, a local teacher.')
    )
    assert "Faisal" in found and "Hana" in found
    assert people(extract('"It is over," officials said Sunday, a day after the vote.')) == {}


def test_possessive_ends_a_name_and_a_surname_pair_folds_into_the_full_name(extract) -> None:
    found = people(
        extract(
            "Opposition leader Rosa Elena Paredes's Nueva Voz party protested. "
            "Analyst Karim Ben Youssef said the deal was weak. Ben Youssef added that talks would go on."
        )
    )
    assert "Rosa Elena Paredes" in found
    assert "Karim Ben Youssef" in found and "Ben Youssef" not in found


def test_title_set_off_by_commas_and_a_place_noun_after_a_name(extract) -> None:
    sheet = extract(
        "The agency's Secretary-General, Marta Lindqvist, said ships were at risk. "
        "Families sheltered in the Abu Naama displacement camp."
    )
    found = people(sheet)
    assert "Marta Lindqvist" in found
    assert "Abu Naama" not in found


def test_extended_latin_letters_stay_in_the_name(extract) -> None:
    found = people(extract("Talks between chief negotiators Dardan Krasniqi and Stevan Jovanović ended in Brussels."))
    assert {"Dardan Krasniqi", "Stevan Jovanović"} <= set(found)


def test_lower_case_rank_and_plural_role_before_names(extract) -> None:
    found = people(extract("Gunmen killed police sergeant Arben Hoxhaj in an ambush, the ministry said."))
    assert "Arben Hoxhaj" in found


def test_killing_of_a_person_set_off_by_a_role(extract) -> None:
    found = people(extract("The killing of Tomas Arcadio, the mayor of a small town, shocked the state."))
    assert "Tomas Arcadio" in found


def test_a_source_named_by_first_name_only(extract) -> None:
    found = people(extract("A vendor, who gave only her first name, Lorena, said the market had closed."))
    assert "Lorena" in found


def test_quoted_nickname_inside_a_name(extract) -> None:
    found = people(extract('Prosecutors said Ramiro "El Toro" Quintanilla ran the gang. Quintanilla denies it.'))
    assert "Ramiro Quintanilla" in found


def test_full_form_of_a_surname_known_from_a_possessive(extract) -> None:
    found = people(extract("Critics attacked Varga's government. Parliament declared Ottokar Varga the winner."))
    assert "Ottokar Varga" in found


def test_a_name_the_story_calls_a_camp_is_no_person(extract) -> None:
    found = people(extract("In Abu Rakham, gunmen stormed homes. Abu Rakham camp was attacked twice."))
    assert "Abu Rakham" not in found
