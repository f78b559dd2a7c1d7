"""Countries: names, aliases, demonyms and the traps around them."""

from __future__ import annotations

import pytest


def codes(sheet) -> dict[str, int]:
    return {c.code: c.mentions for c in sheet.countries}


def test_names_aliases_and_demonyms(extract) -> None:
    sheet = extract(
        "Malian troops and Russian fighters clashed with rebels. The U.S. and Britain urged restraint. "
        "Ivory Coast and the DRC sent envoys to Mali."
    )
    assert codes(sheet) == {"MLI": 2, "RUS": 1, "USA": 1, "GBR": 1, "CIV": 1, "COD": 1}
    names = {c.code: c.name for c in sheet.countries}
    assert names["RUS"] == "Russia" and names["CIV"] == "Ivory Coast" and names["COD"] == "DR Congo"


def test_niger_is_not_found_inside_nigeria_nor_guinea_inside_guinea_bissau(extract) -> None:
    sheet = extract("Nigeria and Guinea-Bissau signed a deal. Equatorial Guinea did not. Nigerien officials left.")
    assert codes(sheet) == {"NGA": 1, "GNB": 1, "GNQ": 1, "NER": 1}


def test_given_names_and_languages_are_not_countries(extract) -> None:
    sheet = extract(
        "Chad Williams, a French-speaking analyst, said the talks were held in French. "
        "Troops from Chad crossed into Sudan."
    )
    assert codes(sheet) == {"TCD": 1, "SDN": 1}


def test_us_state_is_not_the_country(extract) -> None:
    sheet = extract("The rally was held in Atlanta, Georgia, on Monday. Georgia's government in Tbilisi objected.")
    assert codes(sheet) == {"GEO": 1}


def test_ambiguous_demonym_needs_one_congo_named(extract) -> None:
    assert codes(extract("Congolese soldiers fired shots.")) == {}
    assert codes(extract("Congolese soldiers fired shots in the Republic of Congo.")) == {"COG": 2}


def test_region_words_are_not_demonyms(extract) -> None:
    assert codes(extract("Latin American and West African leaders met South African officials.")) == {"ZAF": 1}


def test_primary_country_has_most_mentions_and_sorts_first(extract) -> None:
    sheet = extract("France criticised Sudan. Sudan's army said Sudanese forces held El Fasher.")
    assert [(c.code, c.salience, c.mentions) for c in sheet.countries] == [
        ("SDN", "primary", 3),
        ("FRA", "mentioned", 1),
    ]


def test_country_inside_an_organisation_name_counts_only_when_it_is_the_org_s_country(extract) -> None:
    sheet = extract("The Economic Community of Central African States met the Malian Armed Forces.")
    assert codes(sheet) == {"MLI": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Authorities suspended Radio France Internationale in Bamako.",
        "The Mali Football Federation met in Bamako on Monday.",
        "Authorities grounded Air France flights in Bamako.",
    ],
)
def test_country_named_inside_an_organisation_name_is_no_mention(extract, text: str) -> None:
    sheet = extract(text)
    assert "FRA" not in codes(sheet)
    assert codes(sheet).get("MLI", 0) <= 1  # Bamako's country may be inferred, the name in the org is no mention


def test_central_asian_demonyms_and_led_adjectives_inside_an_organisation_name(extract) -> None:
    sheet = extract(
        "The two leaders met Uzbek President Islam Karimov in Tajikistan. Both belong to the Russian-led "
        "Collective Security Treaty Organization (CSTO)."
    )
    assert {"UZB", "TJK", "RUS"} <= set(codes(sheet))
    assert "Collective Security Treaty Organization" in {o.name for o in sheet.organizations}


def test_country_opening_a_headline_before_a_colon_is_primary(extract) -> None:
    sheet = extract(
        "Burundian troops fought near the border. Burundi said it would keep its border open. "
        "Refugees crossed into Burundi, Burundian officials said. Aid reached Uvira in DR Congo.",
        title="DR Congo: Fighting displaces tens of thousands",
    )
    primary = [c.code for c in sheet.countries if c.salience == "primary"]
    assert primary == ["COD"]


def test_two_countries_opening_a_headline_do_not_override_the_count(extract) -> None:
    sheet = extract(
        "Tajik guards detained Kyrgyz shepherds. Tajikistan denied it. Tajik officials said so.",
        title="Kyrgyzstan–Tajikistan: Border treaty has not ended abuses",
    )
    assert [c.code for c in sheet.countries if c.salience == "primary"] == ["TJK"]


def test_currency_prefix_and_a_language_as_a_noun_are_no_country(extract) -> None:
    sheet = extract(
        "The appeal seeks US$2.3 billion for Chad. Teachers protested against the use of French in schools."
    )
    assert codes(sheet) == {"TCD": 1}


def test_flag_state_joined_to_flagged_names_the_country(extract) -> None:
    sheet = extract("A Panamanian-flagged tanker and a Maltese-registered bulk carrier were hit off Yemen.")
    assert codes(sheet) == {"PAN": 1, "MLT": 1, "YEM": 1}


def test_a_party_named_after_its_country_says_the_story_is_about_it(extract) -> None:
    sheet = extract("Thousands of supporters of the Bangladesh Nationalist Party marched in Dhaka on Friday.")
    assert codes(sheet) == {"BGD": 1}


def test_a_story_set_in_a_country_it_never_names_gets_it_from_its_towns(extract) -> None:
    sheet = extract(
        "Informal miners blocked the highway near Arequipa on Monday. Police cleared a roadblock outside Cusco, "
        "and the protesters vowed to march on Lima. Chinese investors in the mines declined to comment."
    )
    primary = [c for c in sheet.countries if c.salience == "primary"]
    assert [(c.code, c.mentions) for c in primary] == [("PER", 0)]
    assert "Arequipa" in primary[0].evidence.text
    assert codes(sheet)["CHN"] == 1


def test_one_town_does_not_make_a_story_country(extract) -> None:
    sheet = extract("Police cleared a roadblock outside Cusco on Monday. Chinese investors declined to comment.")
    assert codes(sheet) == {"CHN": 1}
