"""Related-headline blocks, bylines and footers are recognised and kept out of the story."""

from __future__ import annotations

import pytest

from generator.extraction.boilerplate import BoilerplateFinder


def test_read_also_list_becomes_related_headlines(lexicon) -> None:
    body = (
        "Troops entered the town on Monday.\n"
        "Read also:\n"
        "- Chad closes border with Sudan\n"
        "- Sudan's army chief visits Port Sudan\n"
        "The fighting continued into the night, residents said.\n"
    )
    found = BoilerplateFinder(lexicon).find(body)
    assert found.headlines == ("Chad closes border with Sudan", "Sudan's army chief visits Port Sudan")
    block = body[found.spans[0][0] : found.spans[0][1]]
    assert block.startswith("Read also:") and block.endswith("Port Sudan")
    assert not found.covers(body.index("The fighting"), body.index("said."))


@pytest.mark.parametrize("marker", ["Related coverage:", "Read next", "More coverage:"])
def test_other_wordings_of_the_related_block(lexicon, marker: str) -> None:
    body = f"Troops entered the town on Monday.\n{marker}\n- Chad closes border with Sudan\n"
    assert BoilerplateFinder(lexicon).find(body).headlines == ("Chad closes border with Sudan",)


def test_marker_with_headline_on_the_same_line_and_markdown_links(lexicon) -> None:
    body = (
        "**Related:** [Kyiv says drones hit refinery](https://example.org/a)\n"
        "* [Moscow denies strike](https://example.org/b)\n"
        "\n"
        "The strike started a fire.\n"
    )
    found = BoilerplateFinder(lexicon).find(body)
    assert found.headlines == ("Kyiv says drones hit refinery", "Moscow denies strike")


def test_bylines_credits_and_footers_are_boilerplate(lexicon) -> None:
    body = (
        "By Jane Doe and John Roe\n"
        "Photo: AFP\n"
        "Protesters marched in Abidjan on Saturday.\n"
        "Subscribe to our newsletter for daily updates.\n"
    )
    found = BoilerplateFinder(lexicon).find(body)
    covered = [body[s:e] for s, e in found.spans]
    assert covered == ["By Jane Doe and John Roe", "Photo: AFP", "Subscribe to our newsletter for daily updates."]
    assert found.headlines == ()


def test_story_sentences_starting_with_a_marker_word_are_kept(lexicon) -> None:
    body = "Related talks in Doha stalled, officials said.\nSee also the annex, which lists the sites.\n"
    assert BoilerplateFinder(lexicon).find(body).spans == ()


def test_contributor_credit_is_boilerplate(lexicon) -> None:
    body = (
        "Troops killed 11 militants on Monday.\n"
        "Associated Press writer Ana Cruz in Davao City contributed to this report.\n"
    )
    found = BoilerplateFinder(lexicon).find(body)
    assert found.covers(body.index("Associated"), body.index("report.") + 7)
    assert not found.covers(0, body.index("Monday."))
