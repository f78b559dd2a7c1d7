"""Places: gazetteer names accepted only in place context, resolved to the article's countries."""

from __future__ import annotations


def places(sheet) -> dict:
    return {p.name: p for p in sheet.places}


def test_city_region_and_capital(extract) -> None:
    sheet = extract(
        "Gunmen attacked a convoy near Djibo in Burkina Faso. The army sent troops to the northern Sahel region "
        "from the capital Ouagadougou."
    )
    found = places(sheet)
    assert (found["Djibo"].kind, found["Djibo"].country, found["Djibo"].capital) == ("city", "BFA", False)
    assert found["Djibo"].latitude is not None
    assert (found["Ouagadougou"].kind, found["Ouagadougou"].capital) == ("city", True)
    assert (found["Sahel"].kind, found["Sahel"].country, found["Sahel"].latitude) == ("region", "BFA", None)
    assert set(found) == {"Djibo", "Ouagadougou", "Sahel"}


def test_named_region_from_the_text(extract) -> None:
    found = places(extract("Fighting spread across the Mopti region of Mali and into North Darfur in Sudan."))
    assert (found["Mopti"].kind, found["Mopti"].country) == ("region", "MLI")
    assert (found["North Darfur"].kind, found["North Darfur"].country) == ("region", "SDN")
    assert found["Mopti"].latitude is None


def test_ambiguous_name_resolves_to_a_country_of_the_article(extract) -> None:
    found = places(extract("Mali's army said jihadists struck in Gao overnight."))
    assert found["Gao"].country == "MLI"


def test_no_place_without_place_context(extract) -> None:
    # Kati and Mopti are towns, but here they are only words next to a verb or a name.
    sheet = extract("Kati said the vote was fair. Reporter Anna Mopti wrote about Mali.")
    assert sheet.places == ()


def test_small_namesake_abroad_is_not_taken(extract) -> None:
    # Moura is a village in Mali, absent from the gazetteer, and a town in Portugal: the Malian village is
    # kept (the text says it is a village) without the Portuguese town's coordinates.
    (moura,) = extract("Soldiers entered the village of Moura in central Mali.").places
    assert (moura.name, moura.kind, moura.country, moura.latitude, moura.longitude) == (
        "Moura",
        "city",
        "MLI",
        None,
        None,
    )


def test_apposition_and_stated_country(extract) -> None:
    found = places(extract("Fighting reached Bakhmut, a city in the east. Shells fell on Kharkiv, Ukraine."))
    assert found["Bakhmut"].country == "UKR"
    assert found["Kharkiv"].country == "UKR"


def test_a_town_the_gazetteer_lacks_is_not_a_namesake_abroad(extract) -> None:
    sheet = extract(
        "Insurgents attacked villages in Mozambique's Cabo Delgado province. TotalEnergies suspended a gas "
        "project near the town of Palma after an attack."
    )
    palma = places(sheet)["Palma"]
    assert (palma.country, palma.latitude) == ("MOZ", None)  # not Palma de Mallorca


def test_the_towns_a_road_is_named_after(extract) -> None:
    sheet = extract("In Nigeria's Borno state, gunmen abducted 12 passengers on the Maiduguri-Damaturu highway.")
    found = places(sheet)
    assert {found["Maiduguri"].country, found["Damaturu"].country} == {"NGA"}
    assert found["Damaturu"].latitude is not None


def test_multi_word_names_with_particles_and_a_leading_the(extract) -> None:
    found = places(
        extract(
            "A court in Cagayan de Oro in the Philippines convicted the men. The former president was flown to "
            "The Hague to face trial."
        )
    )
    assert (found["Cagayan de Oro"].country, found["Cagayan de Oro"].kind) == ("PHL", "city")
    assert found["The Hague"].country == "NLD"
    assert "Cagayan" not in found


def test_alternate_spelling_is_reported_as_written(extract) -> None:
    found = places(extract("Fighters seized the government offices in Mekelle, in northern Ethiopia."))
    assert found["Mekelle"].country == "ETH"
    assert found["Mekelle"].latitude is not None  # the gazetteer record behind the alternate name


def test_possessive_country_does_not_swallow_the_region_name(extract) -> None:
    found = places(extract("Thousands fled Colombia's Norte de Santander department this year."))
    assert (found["Norte de Santander"].kind, found["Norte de Santander"].country) == ("region", "COL")


def test_unlisted_place_takes_the_country_of_what_it_lies_in_or_its_demonym(extract) -> None:
    sheet = extract(
        "Kyrgyzstan and Tajikistan signed a treaty. Guards detained shepherds near the village of Tash-Bulak in "
        "Batken region. A quarrel broke out near the Tajik enclave of Sarvan. Kyrgyzstan has many villages."
    )
    found = places(sheet)
    assert found["Tash-Bulak"].country == "KGZ"
    assert found["Sarvan"].country == "TJK"


def test_describing_words_before_the_kind_word_still_make_a_place(extract) -> None:
    found = places(extract("Libya's eastern forces control the desert town of Qasr Bir and the coast."))
    assert (found["Qasr Bir"].kind, found["Qasr Bir"].country) == ("city", "LBY")


def test_natural_features_named_in_the_text(extract) -> None:
    found = places(
        extract(
            "Ethiopia wants access to the Red Sea, and aid is stored near Lake Kivu in DR Congo. "
            "Fighting spread across the Rusizi plain. The Red Sea port of Massawa is quiet."
        )
    )
    assert {"Red Sea", "Lake Kivu", "Rusizi plain"} <= set(found)
    assert found["Rusizi plain"].kind == "region"


def test_a_feature_used_as_a_modifier_is_not_a_place(extract) -> None:
    found = places(extract("Sudan's army holds the Red Sea city of Port Sudan."))
    assert "Red Sea" not in found


def test_capital_named_by_its_demonym(extract) -> None:
    found = places(extract("Libya's rival governments met in the Tunisian capital on Wednesday."))
    assert (found["Tunis"].country, found["Tunis"].capital) == ("TUN", True)
    found = places(extract("Troops entered the Malian capital, Bamako, on Monday."))
    assert set(found) == {"Bamako"}  # a name after it is taken as usual


def test_unlisted_name_after_a_compass_direction(extract) -> None:
    found = places(extract("Every road south of Kamanyolo in DR Congo is cut, aid workers said."))
    assert (found["Kamanyolo"].kind, found["Kamanyolo"].country) == ("city", "COD")


def test_town_after_a_capture_verb(extract) -> None:
    found = places(extract("M23 rebels in Congo seized Goma in January."))
    assert (found["Goma"].kind, found["Goma"].country) == ("city", "COD")


def test_island_and_iso_subdivision_are_regions(extract) -> None:
    sheet = extract("The Philippine army said peace in Mindanao is near. Troops moved into Zamboanga Sibugay.")
    found = places(sheet)
    assert (found["Mindanao"].kind, found["Mindanao"].country) == ("region", "PHL")
    assert (found["Zamboanga Sibugay"].kind, found["Zamboanga Sibugay"].country) == ("region", "PHL")


def test_unlisted_towns_by_kind_word_distance_and_apposition(extract) -> None:
    found = places(
        extract(
            "Drones hit Korobele village in Mali on Monday. Survivors fled to Tessamba, about 40 km north of Gao. "
            "There was no damage in Ouarsin, the district capital."
        )
    )
    assert found["Korobele"].kind == "city"
    assert found["Tessamba"].country == "MLI"
    assert "Ouarsin" in found


def test_unlisted_names_in_a_list_before_a_plural_kind_word(extract) -> None:
    found = places(extract("Clashes in South Sudan spread to the Nyala, Bokor and Tiet counties on Friday."))
    assert {"Nyala", "Bokor", "Tiet"} <= set(found)


def test_adjective_before_a_plural_kind_word_is_not_a_place(extract) -> None:
    found = places(extract("Schools in Cameroon's Anglophone regions stayed shut."))
    assert "Anglophone" not in found


def test_unlisted_name_placed_twice_or_after_near(extract) -> None:
    sheet = extract(
        "Rebels in DR Congo reached Kasindolo on Monday. By Tuesday, fighting in Kasindolo had stopped. "
        "Another clash was reported near Bweremana. Officials said in Swahili that aid was coming."
    )
    found = places(sheet)
    assert (found["Kasindolo"].country, found["Kasindolo"].kind) == ("COD", "city")
    assert "Bweremana" in found
    assert "Swahili" not in found


def test_a_world_city_outranks_a_small_namesake_in_a_story_country(extract) -> None:
    found = places(extract("The United States and Syria will meet in Paris, a U.S. official said."))
    assert found["Paris"].country == "FRA"


def test_town_of_an_x_based_compound_and_byline_places(extract) -> None:
    sheet = extract("By Jane Roe in Madrid\n\nAn analyst at a Nairobi-based institute said Somalia was calm.")
    found = places(sheet)
    assert found["Nairobi"].country == "KEN"
    assert "Madrid" not in found
    assert sheet.people == ()


def test_possessive_country_gives_an_unlisted_region_its_country(extract) -> None:
    found = places(extract("Refugees from Sudan crossed into Chad's Ouaddai Nord region."))
    assert found["Ouaddai Nord"].country == "TCD"


def test_feature_named_with_of_and_a_building_is_no_place(extract) -> None:
    sheet = extract(
        "Pirates from Somalia struck again in the Gulf of Aden. The Ocean Star was sailing from the Gulf Coast. "
        "Inmates rioted at the Kaboré Central Prison in Ouagadougou, Burkina Faso."
    )
    found = places(sheet)
    assert found["Gulf of Aden"].kind == "region"
    assert "Gulf Coast" in found
    assert "Gulf" not in found and "Ocean Star" not in found
    assert not any("Prison" in name for name in found)


def test_district_of_an_unlisted_name_and_a_local_area_over_a_namesake_abroad(extract) -> None:
    found = places(
        extract("Clashes in Bangladesh hit the northern district of Porabari and the Mirpur area of Dhaka on Sunday.")
    )
    assert found["Porabari"].country == "BGD"
    assert found["Mirpur"].country == "BGD"  # not the Pakistani city of the same name


def test_direction_word_regions_need_their_kind_word(extract) -> None:
    assert "Western" not in places(extract("Floods hit homes in Western Kenya, Kenyan officials said."))
    found = places(extract("Ghana's Western Region flooded after the rains, officials in Ghana said."))
    assert found["Western"].country == "GHA"


def test_unlisted_place_takes_the_country_of_the_place_it_lies_in(extract) -> None:
    found = places(
        extract(
            "Refugees from South Sudan crossed into Ethiopia's Gambela Nord region. "
            "New arrivals reached the Kuergeng area of Gambela Nord on Friday."
        )
    )
    assert found["Kuergeng"].country == "ETH"


def test_named_square_or_avenue_where_protesters_gather(extract) -> None:
    found = places(extract('Protesters in Serbia blocked Slavija Square "for the students" late on Friday.'))
    assert "Slavija Square" in found


def test_story_country_from_its_places_when_the_text_never_names_it(extract) -> None:
    # A local paper never writes "Peru": its capital and other known towns say where the story is, and a
    # name the gazetteer lacks ("the hamlet of ...") belongs there.
    found = places(
        extract(
            "Truckers blocked the road outside Arequipa on Monday. Officials in Lima said talks would resume. "
            "Farmers in the hamlet of Quebrada Honda said their crops were rotting."
        )
    )
    assert found["Arequipa"].country == found["Lima"].country == "PER"
    assert found["Quebrada Honda"].country == "PER"


def test_namesake_resolves_to_the_country_most_places_lie_in(extract) -> None:
    # India is named once, but the towns are Bangladeshi: the ambiguous name goes with them.
    found = places(
        extract(
            "Hasina fled to India last year. Clashes broke out in Dhaka, Khulna and Gazipur, and a rail line "
            "was cut near Bhanga in Faridpur district."
        )
    )
    assert found["Faridpur"].country == "BGD"


def test_plural_kind_words_and_lists_of_places(extract) -> None:
    sheet = extract(
        "Mexico's army sent troops to the municipalities of Tepazco, Lomarillo and Cuencame in Sinaloa. "
        "In Arroyo Seco, a farming village south of the state capital, families fled. Soldiers patrolled "
        "the Ixtla and Tonalco crossings and the hamlet of San Pedro de las Flores."
    )
    found = places(sheet)
    for name in ("Tepazco", "Lomarillo", "Cuencame", "Arroyo Seco", "Ixtla", "Tonalco", "San Pedro de las Flores"):
        assert found[name].country == "MEX", name


def test_names_listed_with_a_known_place(extract) -> None:
    found = places(
        extract(
            "Fighting in Sudan forced people out of El Fasher. Famine has been declared in localities including "
            "Ubdara, Kormali and El Fasher."
        )
    )
    assert found["Ubdara"].country == found["Kormali"].country == "SDN"


def test_commune_forest_and_camp_after_a_name(extract) -> None:
    found = places(
        extract(
            "In Burundi, police arrested seven activists in Rubanza commune on Sunday. Soldiers clashed with "
            "rebels in the Nyagisozi forest, and returnees left Kavumu camp in Tanzania."
        )
    )
    assert found["Rubanza"].country == "BDI"
    assert "Nyagisozi forest" in found
    assert "Kavumu" in found


def test_accented_names_possessive_names_and_country_named_cities(extract) -> None:
    found = places(
        extract(
            "Kosovo police entered the municipality of Štrpce, and patrols went on around Štrpce and Zvečan "
            '"for weeks". Refugees in Cox\'s Bazar waited for aid, and an analyst in Mexico City said the talks '
            "had failed."
        )
    )
    assert {"Zvečan", "Štrpce", "Cox's Bazar", "Mexico City"} <= set(found)
    assert found["Mexico City"].country == "MEX"


def test_a_country_before_an_unlisted_name_gives_its_country(extract) -> None:
    found = places(extract("Venezuela said two cargoes bound for the U.S. Gulf Coast had been delayed."))
    assert found["Gulf Coast"].country == "USA"


def test_local_division_words_and_conquest_verbs(extract) -> None:
    found = places(
        extract(
            "In the Democratic Republic of Congo, rebels seized Kambeho in Rugari territory and villages such as "
            "Ntoto and Busanza. Troops clashed with militiamen in Gidan chiefdom."
        )
    )
    assert found["Kambeho"].country == found["Rugari"].country == "COD"
    assert found["Rugari"].kind == "region"
    assert {"Ntoto", "Busanza"} <= set(found)
    assert (found["Gidan"].kind, found["Gidan"].country) == ("region", "COD")


def test_a_feature_used_as_a_modifier_is_no_city(extract) -> None:
    found = places(extract("Drones struck Port Sudan, the Red Sea city that hosts Sudan's government."))
    assert "Red Sea" not in found or found["Red Sea"].kind != "city"


def test_a_town_named_in_the_possessive_before_a_place_noun(extract) -> None:
    found = places(
        extract(
            "In the Democratic Republic of Congo, Goma's mayor fled on Monday and Rubaya's residents hid. "
            "Kabila's government said nothing."
        )
    )
    assert found["Goma"].latitude is not None
    assert (found["Rubaya"].country, found["Rubaya"].latitude) == ("COD", None)
    assert "Kabila" not in found
