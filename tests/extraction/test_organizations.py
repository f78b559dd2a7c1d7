"""Organisations: lexicon, head-noun patterns, acronyms, media after cues, unnamed bodies."""

from __future__ import annotations


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
