"""Dates of statements and of the acts they tell: the time attached to a verb of saying, wherever it stands."""

from __future__ import annotations


def dated(sheet) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value) for e in sheet.events]


def test_a_time_after_the_hearers_or_the_medium_dates_the_statement(extract) -> None:
    sheet = extract("The mission's commander told local media on Sunday that his troops would step up patrols.")
    assert dated(sheet) == [("statement", "2025-08-10")]
    sheet = extract("The army said in a statement read on state television late on Sunday that the town was calm.")
    assert dated(sheet) == [("statement", "2025-08-10")]


def test_a_day_before_the_verb_dates_it(extract) -> None:
    assert dated(extract("The rights office had on Monday urged restraint.")) == [("statement", "2025-08-11")]
    # the day of the saying, not of the attack it tells
    sheet = extract("The army on Friday said that rebels had attacked a base.")
    assert dated(sheet) == [("statement", "2025-08-08"), ("attack", None)]


def test_an_opening_speaking_phrase_dates_what_was_said(extract) -> None:
    sheet = extract("Speaking in parliament on Monday, the prime minister accused foreign groups of plotting unrest.")
    assert dated(sheet) == [("statement", "2025-08-11")]


def test_a_time_closing_the_clause_of_a_participle_of_saying_dates_it(extract) -> None:
    sheet = extract("The court rejected the criticism on Monday, saying the trial was fair.")
    assert dated(sheet) == [("statement", "2025-08-11")]


def test_a_speakers_own_decision_takes_the_day_it_is_told(extract) -> None:
    sheet = extract("The trade ministry said on Friday it had revoked the licence of a mining firm.")
    assert dated(sheet) == [("statement", "2025-08-08"), ("sanction", "2025-08-08")]
    # fighting is told after the day it was fought
    sheet = extract("Rebel fighters said on Friday they had captured two villages.")
    assert dated(sheet) == [("statement", "2025-08-08"), ("battle", None)]


def test_a_step_asked_for_is_no_event(extract) -> None:
    sheet = extract("The opposition urged an independent investigation into the deaths.")
    assert [(e.type, e.plover) for e in sheet.events] == [("statement", "REQUEST")]


def test_a_date_an_act_is_set_for_is_not_shared(extract) -> None:
    sheet = extract("The president dissolved parliament and set fresh elections for 5 March 2026.")
    assert [(e.type, e.status, e.date.value) for e in sheet.events] == [
        ("other", "reported", None),
        ("election", "planned", "2026-03-05"),
    ]
