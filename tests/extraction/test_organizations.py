"""Organisations: lexicon, head-noun patterns, acronyms, media after cues, unnamed bodies."""

from __future__ import annotations

import shutil

import yaml

from generator.extraction.lexicon import DATA_DIR, load_lexicon


def orgs(sheet) -> dict:
    return {o.name: o for o in sheet.organizations}


def test_lexicon_organisations_with_kind_and_country(extract) -> None:
    found = orgs(extract("Fighters from the Rapid Support Forces and Islamic State attacked. Reuters confirmed it."))
    assert (found["Rapid Support Forces"].kind, found["Rapid Support Forces"].country) == ("armed-group", "SDN")
    assert found["Islamic State"].kind == "armed-group"
    assert found["Reuters"].kind == "media"


def test_head_noun_pattern_and_acronym_in_parentheses(extract) -> None:
    sheet = extract(
        "The Movement for Democratic Change (MDC) rejected the result. "
        "Later the MDC called a strike with the Ugandan People's Defence Forces watching."
    )
    found = orgs(sheet)
    assert found["Movement for Democratic Change"].kind == "armed-group"
    assert found["Movement for Democratic Change"].aliases == ("MDC",)
    assert found["Ugandan People's Defence Forces"].kind == "military"
    assert found["Ugandan People's Defence Forces"].country == "UGA"


def test_outlet_after_a_media_cue(extract) -> None:
    found = orgs(extract("A senior officer told the Financial Times that the base had fallen."))
    assert found["Financial Times"].kind == "media"


def test_unnamed_bodies_are_grouped_by_head(extract) -> None:
    sheet = extract(
        "The ruling military junta dissolved parties. Critics say the junta fears dissent. "
        "The junta-appointed parliament approved the decision."
    )
    found = orgs(sheet)
    junta = found["ruling military junta"]
    assert (junta.named, junta.kind, junta.aliases) == (
        False,
        "government-body",
        ("the junta", "the ruling military junta"),
    )
    parliament = found["junta-appointed parliament"]
    assert (parliament.named, parliament.aliases) == (False, ())


def test_army_needs_a_determiner_or_country(extract) -> None:
    sheet = extract("The Sudanese army shelled Omdurman. Each side says its army is winning.")
    assert [(o.name, o.country, o.named) for o in sheet.organizations] == [("Sudanese army", "SDN", False)]


def test_sentence_initial_words_and_titles_are_not_part_of_a_name(extract) -> None:
    found = orgs(extract("However, the National Assembly rejected the bill."))
    assert list(found) == ["National Assembly"]
    assert found["National Assembly"].kind == "government-body"


def test_one_word_names_from_the_words_around_them(extract) -> None:
    sheet = extract(
        "The mine was run by French nuclear fuel company Kelvora. Clashes pitted the army against Tesfa, "
        "a loose network of Amhara militias, and pro-government Bazamo militias. "
        "Parliament backed Ndali Umo of the ruling Zentra party. Kelvora said it would appeal."
    )
    found = orgs(sheet)
    assert {name: found[name].kind for name in ("Kelvora", "Tesfa", "Bazamo", "Zentra")} == {
        "Kelvora": "company",
        "Tesfa": "armed-group",
        "Bazamo": "armed-group",
        "Zentra": "party",
    }
    kelvora = [o for o in sheet.organizations if o.name == "Kelvora"]
    assert len(kelvora) == 1  # the later bare mention is the same organisation
    assert "Amhara" not in found  # a people or region before "militias" is no organisation


def test_one_word_cues_do_not_make_peoples_places_or_sentence_openers_organisations(extract) -> None:
    found = orgs(
        extract(
            "Opposition party leaders met in Bamako. Tuareg rebels and Mopti militias clashed. "
            "Dembele, a former member of the ruling party, was detained."
        )
    )
    assert not {"Opposition", "Tuareg", "Mopti", "Dembele"} & set(found)


def test_known_name_with_a_hyphened_suffix_is_still_a_mention(extract) -> None:
    found = orgs(extract("The al-Qaeda-linked group claimed the attack, and Wagner-backed troops arrived."))
    assert "Al-Qaeda" in found
    assert "Wagner Group" in found


def test_long_form_defining_an_acronym_outranks_a_known_name_inside_it(extract) -> None:
    sheet = extract(
        "Troops of the African Union Support and Stabilization Mission in Somalia (AUSSOM) guarded the hotel. "
        "AUSSOM said two soldiers died."
    )
    found = orgs(sheet)
    mission = found["African Union Support and Stabilization Mission in Somalia"]
    assert (mission.kind, mission.aliases) == ("intergovernmental", ("AUSSOM",))
    assert "African Union" not in found


def test_well_known_one_word_groups_and_parties_come_from_the_lexicon(extract) -> None:
    found = orgs(extract("Renamo accused Frelimo of fraud as Janjaweed and Mai-Mai fighters were blamed for raids."))
    assert {name: found[name].kind for name in ("Renamo", "Frelimo", "Janjaweed", "Mai-Mai")} == {
        "Renamo": "party",
        "Frelimo": "party",
        "Janjaweed": "armed-group",
        "Mai-Mai": "armed-group",
    }


def test_new_head_nouns_and_a_trailing_town(extract) -> None:
    sheet = extract(
        "The Border Service of the Kyrgyz Republic closed the post. Aid workers from the Red Crescent Society "
        "said families fled. An analyst at the Tunis-based Maghreb Policy Centre spoke. "
        "The Regional Peace Council in Kidal met on Monday."
    )
    found = orgs(sheet)
    assert found["Border Service of the Kyrgyz Republic"].kind == "government-body"
    assert found["Red Crescent Society"].kind == "ngo"
    assert found["Maghreb Policy Centre"].kind == "ngo"
    assert "Regional Peace Council" in found and "Regional Peace Council in Kidal" not in found


def test_ordinal_unit_and_general_chamber(extract) -> None:
    found = orgs(extract("The ELN fought the 33rd Front for weeks. The House of Representatives must vote."))
    assert found["33rd Front"].kind == "armed-group"
    assert found["House of Representatives"].kind == "government-body"


def test_outlet_before_news_agency_and_group_apposition(extract) -> None:
    sheet = extract(
        "A truce was agreed, the state-run Kalamu news agency reported. Gunmen from Dawlah Islamiyah, a small group "
        "loyal to IS, attacked. In Washington, a group of senators wrote a bill."
    )
    found = orgs(sheet)
    assert found["Kalamu"].kind == "media"
    assert found["Dawlah Islamiyah"].kind == "other"
    assert "Washington" not in found


def test_based_prefix_is_dropped_but_the_name_kept(extract) -> None:
    sheet = extract("Officials from the Tripoli-based Government of National Unity (GNU) signed. The GNU denied it.")
    found = orgs(sheet)
    assert found["Government of National Unity"].aliases == ("GNU",)


def test_a_person_with_a_role_in_a_group_is_no_organisation(extract) -> None:
    sheet = extract(
        "Sanctions hit Mustafa Bin Rajab, a militia commander in the west, and Kalamu, a militia from the east."
    )
    found = orgs(sheet)
    assert "Mustafa Bin Rajab" not in found and "Rajab" not in found
    assert found["Kalamu"].kind == "armed-group"


def test_name_spelled_out_before_an_acronym_without_a_head_noun(extract) -> None:
    found = orgs(
        extract(
            "Fighters of the Harakat Nasr al-Shimal (HNS) ambushed a convoy. "
            "The HNS later released two drivers. The Regional Peace Accord (RPA) was signed in 2019, "
            "and some 300 internally displaced persons (IDPs) returned."
        )
    )
    assert found["Harakat Nasr al-Shimal"].aliases == ("HNS",)
    assert "Regional Peace Accord" not in found
    assert "IDPs" not in found and not any("displaced" in name for name in found)


def test_title_or_possessor_inside_a_capitalised_run_is_not_part_of_the_name(extract) -> None:
    found = orgs(
        extract(
            "Justice Cabinet Secretary Wanjiru Kamau spoke. Peter Otieno's United Reform Movement walked out, "
            "and Kenya's National Cohesion Commission met."
        )
    )
    assert "United Reform Movement" in found and "National Cohesion Commission" in found
    assert not any("Kamau" in name or "Otieno" in name for name in found)


def test_plural_possessive_and_initials_with_dots_stay_in_a_name(extract) -> None:
    sheet = extract("The Farmers' Solidarity Network (FSN) cited the U.S. Geological Survey.")
    found = orgs(sheet)
    assert "Farmers' Solidarity Network" in found
    assert "Geological Survey" in found  # "U.S." stays a country mention of its own
    assert [c.code for c in sheet.countries] == ["USA"]


def test_one_word_names_from_apposition_workplace_and_party(extract) -> None:
    sheet = extract(
        "Telmar, the country's largest mobile operator, cut prices. "
        "Ana Ruiz, an economist at Quinta Analytics in Lima, expects a slump. "
        "The ruling Peruvian Renewal party and the outlet Andes Today disagreed."
    )
    found = orgs(sheet)
    assert found["Telmar"].kind == "company"
    assert "Quinta Analytics" in found
    assert "Peruvian Renewal" in found
    assert found["Andes Today"].kind == "media"


def test_outlet_before_a_reporting_verb_and_title_case_headlines(extract) -> None:
    found = orgs(
        extract(
            "Rebels And Army Trade Blame Over Market Fire\n\n"
            "The Coastal Courier reported that 12 stalls burned. A witness told The Coastal Courier it began at dawn."
        )
    )
    assert found["Coastal Courier"].kind == "media"
    assert not any("Blame" in name for name in found)


def test_long_form_of_a_known_acronym_joins_the_known_body(extract) -> None:
    found = orgs(
        extract("The U.N. Assistance Mission in Afghanistan (UNAMA) said 40 people died. UNAMA called for calm.")
    )
    assert "UNAMA" in found and len(found) == 1


def test_acronym_before_a_noun_for_fighters(extract) -> None:
    found = orgs(extract("KLF rebels ambushed a convoy near Beni in DR Congo as ZDF soldiers and US troops looked on."))
    assert found["KLF"].kind == "armed-group"
    assert found["ZDF"].kind == "military"
    assert "US" not in found


def test_newspaper_after_its_name_and_plural_workplace(extract) -> None:
    found = orgs(
        extract(
            "Analysts at Delta Risk Monitor, a Lagos-based consultancy, expect more attacks. "
            "The Evening Star newspaper said turnout was low."
        )
    )
    assert "Delta Risk Monitor" in found
    assert found["Evening Star"].kind == "media"


def test_sentence_openers_and_buildings_are_not_organisations(extract) -> None:
    found = orgs(
        extract(
            "Separately, the company, which operates in Nigeria, said profits fell. "
            "A nurse at Al Amal hospital in Sudan said 12 people died."
        )
    )
    assert found == {}


def test_a_person_described_by_a_bodys_possessive_is_no_organisation(extract) -> None:
    sheet = extract('"We will march," said Teodoro Quispe, the association\'s leader in the town.')
    assert "Teodoro Quispe" not in {o.name for o in sheet.organizations}
    assert "Teodoro Quispe" in {p.name for p in sheet.people}


def test_acronym_stop_words_come_from_the_lexicon_data_folder(tmp_path) -> None:
    # a custom data folder is read for every list, the words that make a spelled-out name no body included
    for path in DATA_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    data = yaml.safe_load((tmp_path / "organizations.yaml").read_text(encoding="utf-8"))
    data["acronym_not_names"] = ["Zebra"]
    (tmp_path / "organizations.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    assert load_lexicon(tmp_path).acronym_not_names == frozenset({"Zebra"})


def test_cartel_named_after_a_place_and_a_possessive_company(extract) -> None:
    found = orgs(
        extract(
            "Two factions of the Jalisco cartel fought in Mexico. The review follows the loss of French mining "
            "group Vertano's permit."
        )
    )
    assert found["Jalisco cartel"].kind == "armed-group"
    assert "Vertano" in found


def test_long_name_holding_a_bare_head_word_body(extract) -> None:
    found = orgs(
        extract("The National Congress for Renewal (CNDD), a French acronym, said its offices were raided in Gitega.")
    )
    assert "National Congress for Renewal" in found
    assert "Congress" not in found


def test_lab_head_and_outlet_after_gazette(extract) -> None:
    found = orgs(
        extract(
            "Imagery analysed by the Harbor Conflict Research Lab showed trenches. The decree was published in "
            "the official gazette La Crónica Oficial on Tuesday."
        )
    )
    assert "Harbor Conflict Research Lab" in found
    assert found["La Crónica Oficial"].kind == "media"


def test_body_described_in_lower_case_and_named_by_its_acronym(extract) -> None:
    found = orgs(
        extract(
            "The national electoral commission (CENA) rejected the lists on Monday. The ruling MPD-PRU is "
            "expected to win a large majority, and CENA will publish results next week."
        )
    )
    assert found["CENA"].kind == "government-body"
    assert found["MPD-PRU"].kind == "party"


def test_a_common_noun_opening_the_sentence_is_not_part_of_the_name(extract) -> None:
    sheet = extract(
        "Supporters of the Bangladesh Nationalist Party marched in Dhaka. The Bank of England said nothing."
    )
    assert {o.name for o in sheet.organizations} == {"Bangladesh Nationalist Party", "Bank of England"}
