"""Places the gazetteer lacks (or holds under a particle), found by the syntax of English news."""

from __future__ import annotations


def places(sheet) -> dict:
    return {p.name: p for p in sheet.places}


def test_a_particle_inside_a_city_name(extract) -> None:
    found = places(extract("Police in Tanzania imposed a curfew in Dar es Salaam after the vote."))
    assert found["Dar es Salaam"].country == "TZA"


def test_a_place_set_in_a_direction_from_another(extract) -> None:
    found = places(
        extract("Settlers in the Palestinian territories attacked Qaryat Nabeel, north-east of Ramallah, on Monday.")
    )
    assert found["Qaryat Nabeel"].country == "PSE"


def test_an_area_known_as(extract) -> None:
    found = places(extract("Troops in Laos clashed in a remote area known as the Golden Crescent on Friday."))
    assert found["Golden Crescent"].kind == "region"


def test_a_pair_of_multi_word_names_before_a_kind_word(extract) -> None:
    found = places(
        extract("In Thailand, buses carried residents from Ban Khok Sa and Sai Thong Lom districts of Surin.")
    )
    assert {"Ban Khok Sa", "Sai Thong Lom"} <= set(found)


def test_a_known_town_in_a_named_country(extract) -> None:
    found = places(extract("Trucks from the ports of Dakar in Senegal and Abidjan in Ivory Coast stopped in Mali."))
    assert found["Abidjan"].country == "CIV"


def test_a_name_bound_by_a_particle_near_a_place(extract) -> None:
    found = places(extract("In Mali, a convoy was ambushed near Kolongo du Nord last week."))
    assert found["Kolongo du Nord"].country == "MLI"


def test_a_list_of_names_after_a_locative(extract) -> None:
    sheet = extract("In Kenya, most of the deaths were in Kiboroa, Mtundu and Lelemba, where crowds gathered.")
    assert {"Kiboroa", "Mtundu", "Lelemba"} <= set(places(sheet))


def test_a_list_of_languages_after_in_is_no_list_of_places(extract) -> None:
    sheet = extract("In Kenya, the leaflets were printed in Swahili, English and Kikuyu.")
    assert "Kikuyu" not in places(sheet)


def test_a_territory_named_like_a_region_is_no_organisation(extract) -> None:
    sheet = extract("Israeli forces raided camps across the West Bank, Palestinian officials said.")
    assert "West Bank" not in {o.name for o in sheet.organizations}


def test_a_short_alternate_name_opening_a_longer_run_is_no_place(extract) -> None:
    sheet = extract("Fighting near the Ta Kham Pho temple in Thailand spread on Thursday.")
    assert "Ta" not in places(sheet)


def test_a_route_from_a_place(extract) -> None:
    found = places(extract("In Nepal, students marched from Ratna Chowk towards the parliament building."))
    assert found["Ratna Chowk"].country == "NPL"


def test_an_apposition_placing_a_name_outside_a_town(extract) -> None:
    found = places(extract("In Gairi Tole, a cluster of farms outside Itahari in Nepal, relatives mourned."))
    assert found["Gairi Tole"].country == "NPL"


def test_a_ward_and_a_named_road(extract) -> None:
    found = places(extract("In Tanzania, a driver was shot in Mlimani ward. Police fired on the Uhuru Road."))
    assert {"Mlimani", "Uhuru Road"} <= set(found)


def test_a_territory_named_like_a_country_is_a_place(extract) -> None:
    sheet = extract("The ceasefire in the Gaza Strip took effect on Sunday.")
    assert places(sheet)["Gaza Strip"].country == "PSE"
    assert "PSE" in {c.code for c in sheet.countries}


def test_a_known_town_labelling_a_report_list_item(extract) -> None:
    sheet = extract("Deaths by town in Tanzania:\n\n- **Mwanza:** 14 deaths.\n- **Detentions:** many.")
    assert "Mwanza" in places(sheet)
    assert "Detentions" not in places(sheet)


def test_a_region_named_with_and(extract) -> None:
    found = places(extract("In Iran, most hangings took place in Qarebagh and Dashtestan province, officials said."))
    assert "Qarebagh and Dashtestan" in found
    assert "Dashtestan" not in found


def test_a_neighbourhood_set_off_before_its_known_town(extract) -> None:
    found = places(extract("In Iran, he was arrested in Shahrak-e Gharb, Kermanshah province, in 2022."))
    assert found["Shahrak-e Gharb"].country == "IRN"


def test_an_unnamed_source_placed_by_where_they_come_from(extract) -> None:
    found = places(extract('"They took him at night," a woman from Kalgachia told reporters in Iran.'))
    assert found["Kalgachia"].country == "IRN"


def test_a_known_town_after_a_verb_of_attack(extract) -> None:
    assert "Kupwara" in places(extract("Pakistani artillery pounded Kupwara on Friday, officials in India said."))


def test_a_name_between_in_and_a_time_is_a_place(extract) -> None:
    found = places(extract("In Madagascar, soldiers left their barracks in Ambohidratrimo on 11 October."))
    assert found["Ambohidratrimo"].country == "MDG"


def test_a_report_credit_line_names_no_place(extract) -> None:
    sheet = extract(
        "Summary prepared by the Horn Rights Group (HRG) research team, Nairobi\n\n"
        "Fighting continued in Kutum, a town in Sudan, the report said."
    )
    assert "Nairobi" not in places(sheet)
    assert "Kutum" in places(sheet)


def test_a_pipe_separated_statement_header_names_no_place(extract) -> None:
    sheet = extract("Statement | Lakes Watch (LW), Kampala | For immediate release\n\nPolice fired in Gulu, Uganda.")
    assert "Kampala" not in places(sheet)


def test_a_name_after_its_owner_possessive(extract) -> None:
    found = places(extract("Residents of Uri, a town in Indian-administered Kashmir's Kupgam district, fled in India."))
    assert "Kupgam" in found
    assert not any("'s" in name for name in found)


def test_a_road_named_after_towns_of_several_words(extract) -> None:
    found = places(extract("In Kenya, traders blocked the Ol Kalou-Nyahururu road with burning tyres."))
    assert {"Ol Kalou", "Nyahururu"} <= set(found)


def test_a_named_road_before_a_verb(extract) -> None:
    found = places(extract("In Nepal, shops on the North-South Highway stayed shut for a fourth day."))
    assert "North-South Highway" in found


def test_a_name_closing_a_place_phrase_once_is_a_place(extract) -> None:
    found = places(extract("In Kenya, the shelling in Mabwetu, a resident said, went on all night."))
    assert (found["Mabwetu"].country, found["Mabwetu"].kind) == ("KEN", "city")


def test_a_name_after_a_word_that_takes_other_objects_is_no_place(extract) -> None:
    sheet = extract("A Kenyan fund that holds a stake in Tulvaro said on Monday it would sell.")
    assert "Tulvaro" not in places(sheet)


def test_a_capitalised_common_noun_after_in_is_no_place(extract) -> None:
    sheet = extract("In Kenya, he had worked in Intelligence for a decade and later in Counterterrorism.")
    assert not {"Intelligence", "Counterterrorism"} & set(places(sheet))


def test_a_headline_line_is_not_read_for_places_after_in(extract) -> None:
    sheet = extract("Life in Exile\n\nThousands of Kenyans live abroad, the report on Kenya said.")
    assert "Exile" not in places(sheet)


def test_a_big_town_of_the_story_needs_no_cue(extract) -> None:
    found = places(extract("Aid to Sudan has stalled. Kassala residents said prices had doubled since June."))
    assert found["Kassala"].country == "SDN"


def test_a_bare_town_name_is_no_place_inside_a_longer_name_or_a_list_of_languages(extract) -> None:
    assert "Red Sea" not in places(extract("Drones struck the Red Sea city of Port Sudan, Sudan's army said."))
    assert "Kassala" not in places(extract("In Sudan, the radio broadcast in Arabic, English and Kassala."))


def test_a_region_written_without_its_diacritics(extract) -> None:
    found = places(extract("Floods in Afghanistan cut roads in Nuristan and killed dozens."))
    assert (found["Nuristan"].country, found["Nuristan"].kind) == ("AFG", "region")


def test_a_name_across_or_along_a_route_is_a_place(extract) -> None:
    found = places(extract("In Kenya, herders moved across Lomurut, and traders along the Tarbaj road."))
    assert found["Lomurut"].country == "KEN"


def test_a_name_that_goes_on_with_of_is_no_place_alone(extract) -> None:
    sheet = extract("Shells fell along the Line of Contact between India and Pakistan on Friday.")
    assert "Line" not in places(sheet)
