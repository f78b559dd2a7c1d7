"""Trigger forms generated from the listed ones with lemminflect, and what the extractor makes of them."""

from __future__ import annotations

from generator.extraction.trigger_forms import generated_forms, inflected_triggers


def test_a_listed_verb_brings_its_other_forms() -> None:
    forms = inflected_triggers({"arrest": ["apprehended"]})["arrest"]
    assert forms[0] == "apprehended"
    assert {"apprehend", "apprehends", "apprehending"} <= set(forms)


def test_a_phrase_inflects_its_verb_head_and_keeps_the_rest() -> None:
    forms = set(inflected_triggers({"coup": ["seized power"]})["coup"])
    assert {"seizes power", "seizing power", "seize power"} <= forms


def test_noun_readings_noun_heads_and_auxiliaries_bring_nothing() -> None:
    triggers = inflected_triggers({"protest": ["marched", "tear gas", "was shot"]})
    forms = set(triggers["protest"])
    assert "march" not in forms and "marches" not in forms  # a noun too (and a month)
    assert "marching" in forms
    assert not any(f.endswith(" gas") and f != "tear gas" for f in forms)  # "tear gas" is headed by a noun
    assert not any(f.endswith(" shot") and f != "was shot" for f in forms)


def test_a_form_listed_elsewhere_or_left_uninflected_is_not_added() -> None:
    triggers = inflected_triggers({"attack": ["attacked"], "other": ["attacks", "talks"]}, uninflected=["talks"])
    assert "attacks" not in triggers["attack"]  # listed under 'other': the list decides
    assert set(triggers["other"]) == {"attacks", "talks"}
    categories = {"withdrawal": ["expelled"]}
    assert "expels" in generated_forms(categories, inflected_triggers(categories))


def test_generated_forms_tell_their_category(extract) -> None:
    assert [e.type for e in extract("The junta expels the French ambassador.").events] == ["withdrawal"]
    sheet = extract("Soldiers were apprehending students outside the court.")
    assert [e.type for e in sheet.events] == ["arrest"]


def test_a_generated_participle_after_an_act_tells_what_it_did(extract) -> None:
    sheet = extract("Parliament passed a law extending the leader's term, effectively scrapping the transition.")
    assert [e.type for e in sheet.events] == ["legislation"]
