"""Scoring against gold fact sheets, and the extraction targets on the gold set in tests/gold."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from generator.articles import read_article
from generator.cli import main
from generator.errors import BriefingError
from generator.evaluate import Scores, evaluate, normalize_name, same_name
from generator.extract import Extractor
from generator.factsheet import ArticleInfo, DateValue, Event, Evidence, FactSheet, Figure, Person, Quote
from generator.gold_sheets import gold_sheet_from_dict, load_gold, seed_gold
from generator.goldset import GoldSet

GOLD = Path(__file__).resolve().parent / "gold"
TARGETS = {
    "countries": 0.95,
    "places": 0.85,
    "people": 0.90,
    "organizations": 0.85,
    "quotes": 0.85,
    "figures": 0.80,
    "events": 0.70,
}
DATE_TARGET = 0.90
# The development set (53 articles): d01-d10, h01-h05 (held out until extractor 0.3.0, used for tuning since), d11-d16,
# d17-d24, d25-d32 and d33-d48 (each batch written by annotators who never read the rules, then used to make the rules
# generalise; d37-d40 were only scored in aggregate while the 0.10.0 and 0.11.0 rules were written). Every kind is at
# or above its target there but date resolution (0.88 with 0.11.0: the newest batches pull it down). The floors are
# where each measures now, so a change that loses a fact fails.
DEV_FLOOR = {
    "countries": 0.98,
    "places": 0.93,
    "people": 0.96,
    "organizations": 0.92,
    "quotes": 0.93,
    "figures": 0.92,
    "events": 0.70,
}
DEV_DATE_FLOOR = 0.87
# The blind held-out set (holdout.txt: n01-n05, n06-n10 and n11-n15, written by annotators who never saw the rules,
# never tuned on). Countries, people, organisations and figures reach their targets; places, events, quotes and date
# resolution do not (issue 3): these floors are where they measure, so a regression fails.
HOLDOUT_BELOW_TARGET = {
    "places": 0.81,
    "events": 0.58,
    "quotes": 0.78,
}
HOLDOUT_DATE_FLOOR = 0.75


def _sheet(**kinds) -> FactSheet:
    return FactSheet(article=ArticleInfo(id="a", title="A"), **kinds)


def _event(kind: str, sentence: str, value: str | None = None) -> Event:
    return Event(type=kind, summary="", evidence=Evidence(sentence), date=DateValue(value=value))


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("General Assimi Goïta", "assimi goita"),
        ("Goita", "Assimi Goita"),
        ("al-Burhan", "Abdel Fattah al-Burhan"),
        ("the Wagner Group", "Wagner Group"),
        ("Maiga's", "Oumar Maiga"),
    ],
)
def test_lenient_names_match(a: str, b: str) -> None:
    assert same_name(a, b)


@pytest.mark.parametrize(("a", "b"), [("Assimi Goita", "Assimi Diallo"), ("Oumar", "Oumar Maiga"), ("", "Mali")])
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_normalize_name() -> None:
    assert normalize_name("President Félix Tshisekedi") == "felix tshisekedi"


# --- scores on tiny cases ------------------------------------------------------------------------


def test_people_precision_recall_f1() -> None:
    gold = _sheet(
        people=(Person("Oumar Maiga", Evidence("")), Person("Assimi Goita", Evidence("")), Person("X Y", Evidence("")))
    )
    predicted = _sheet(people=(Person("Maiga", Evidence("")), Person("Goita", Evidence("")), Person("Z", Evidence(""))))
    score = evaluate([gold], [predicted]).kinds["people"]
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)


def test_matching_is_one_to_one() -> None:
    gold = _sheet(people=(Person("Oumar Maiga", Evidence("")),))
    predicted = _sheet(people=(Person("Maiga", Evidence("")), Person("Oumar Maiga", Evidence(""))))
    score = evaluate([gold], [predicted]).kinds["people"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_events_match_on_type_and_evidence_or_date_and_dates_are_scored() -> None:
    gold = _sheet(
        events=(
            _event("arrest", "soldiers stormed his residence in Kati", "2025-08-10"),
            _event("coup", "", "2020"),
            _event("attack", "gunmen attacked a convoy", "2025-08"),
            _event("protest", "crowds marched", "2025-08-01"),
        )
    )
    predicted = _sheet(
        events=(
            _event("arrest", "Witnesses say heavily armed soldiers stormed his residence in Kati.", "2025-08-09"),
            _event("coup", "The junta seized power in 2020.", "2020"),
            _event("attack", "Gunmen attacked a convoy near Djibo.", "2025-08-07/2025-08-10"),
            _event("battle", "crowds marched", "2025-08-01"),
        )
    )
    scores = evaluate([gold], [predicted])
    events = scores.kinds["events"]
    assert (events.tp, events.fp, events.fn) == (3, 1, 1)
    # arrest: wrong day; coup: same year; attack: a range inside the gold month counts
    assert (scores.dates_correct, scores.dates_total, scores.dates_gold) == (2, 3, 4)
    assert scores.date_accuracy == pytest.approx(2 / 3)


def test_negated_events_are_not_scored_and_plans_are_not_facts() -> None:
    planned = Event(type="election", summary="", evidence=Evidence("elections are due in December"), status="planned")
    negated = Event(type="agreement", summary="", evidence=Evidence("No ceasefire was agreed"), status="negated")
    told_as_fact = replace(planned, status="reported")
    gold = _sheet(events=(planned,))
    events = evaluate([gold], [_sheet(events=(planned, negated))]).kinds["events"]
    assert (events.tp, events.fp, events.fn) == (1, 0, 0)  # the negated one is kept in the sheet, not scored
    events = evaluate([gold], [_sheet(events=(told_as_fact,))]).kinds["events"]
    assert (events.tp, events.fp, events.fn) == (0, 1, 1)  # a plan told as a fact is a different claim


def test_events_pair_with_their_own_sentence_before_a_shared_date() -> None:
    gold = _sheet(
        events=(
            _event("battle", "have been fighting since April 15, 2023", "2023-04-15"),
            _event("battle", "recaptured Khartoum in March", "2025-03"),
        )
    )
    predicted = _sheet(
        events=(
            _event(
                "battle", "Drones struck the city, the seat of government since war broke out in April 2023.", "2023-04"
            ),
            _event("battle", "The army and the RSF have been fighting since April 15, 2023.", "2023-04-15"),
        )
    )
    scores = evaluate([gold], [predicted])
    assert (scores.kinds["events"].tp, scores.dates_correct, scores.dates_total) == (1, 1, 1)


def test_quotes_need_the_words_and_the_speaker() -> None:
    gold = _sheet(quotes=(Quote("a member of the Council", "This was an attempt", Evidence("")),))
    right = _sheet(quotes=(Quote("a member of the Council", "This was an attempt", Evidence("")),))
    wrong = _sheet(quotes=(Quote("Oumar Maiga", "This was an attempt", Evidence("")),))
    assert evaluate([gold], [right]).kinds["quotes"].tp == 1
    assert evaluate([gold], [wrong]).kinds["quotes"].tp == 0


def test_figures_match_on_number_or_range() -> None:
    gold = _sheet(
        figures=(Figure("soldiers", Evidence(""), "at least 20", 20), Figure("", Evidence(""), "", None, 20, 50))
    )
    predicted = _sheet(figures=(Figure("troops", Evidence(""), "20", 20), Figure("x", Evidence(""), "", None, 20, 50)))
    assert evaluate([gold], [predicted]).kinds["figures"].tp == 2


def test_unnamed_bodies_are_not_scored_as_organizations() -> None:
    gold = gold_sheet_from_dict(
        {"article": {"id": "a"}, "organizations": [{"name": "AFP"}, {"name": "ruling junta", "named": False}]}
    )
    predicted = gold_sheet_from_dict({"article": {"id": "a"}, "organizations": [{"name": "Agence France-Presse"}]})
    assert evaluate([gold], [predicted]).kinds["organizations"].tp == 0
    predicted = gold_sheet_from_dict({"article": {"id": "a"}, "organizations": [{"name": "AFP", "kind": "media"}]})
    score = evaluate([gold], [predicted]).kinds["organizations"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_missing_prediction_counts_every_gold_fact_missed() -> None:
    gold = gold_sheet_from_dict({"article": {"id": "b"}, "countries": [{"code": "MLI", "name": "Mali"}]})
    assert evaluate([gold], []).kinds["countries"].fn == 1


def test_table_and_json() -> None:
    gold = gold_sheet_from_dict({"article": {"id": "a"}, "countries": [{"code": "MLI", "name": "Mali"}]})
    scores = evaluate([gold], [gold])
    assert "| countries | 1 | 0 | 0 | 1.00 | 1.00 | 1.00 |" in scores.table()
    assert scores.as_dict()["countries"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_gold_sheet_loader_is_lenient() -> None:
    sheet = gold_sheet_from_dict(
        {
            "article": {"id": "x", "published": "2025-08-12"},
            "events": [{"type": "coup", "date": {"text": "in 2020", "value": 2020}, "note": "ignored"}],
            "figures": [{"value": "dozens", "counts": "soldiers"}],
        }
    )
    (event,) = sheet.events
    assert (event.type, event.date.value, event.evidence.text, event.summary) == ("coup", "2020", "", "")
    assert sheet.figures[0].value == "dozens"


# --- the gold set --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold_scores(extractor: Extractor) -> dict[str, Scores]:
    return GoldSet.load(GOLD / "facts").score(extractor)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_gold_set_layout() -> None:
    gold = GoldSet.load(GOLD / "facts")
    assert len(gold.sheets) >= 15
    assert len(gold.holdout) == 15
    assert gold.holdout <= {s.article.id for s in gold.sheets}


@pytest.mark.parametrize("kind", TARGETS)
def test_development_set_reaches_targets_and_its_floors(gold_scores: dict[str, Scores], kind: str) -> None:
    f1 = gold_scores["dev"].kinds[kind].f1
    assert f1 >= max(TARGETS[kind], DEV_FLOOR[kind]), gold_scores["dev"].table("dev")


def test_development_set_date_resolution(gold_scores: dict[str, Scores]) -> None:
    scores = gold_scores["dev"]
    assert scores.date_accuracy >= DEV_DATE_FLOOR, scores.table("dev")  # below DATE_TARGET: issue 3 is open
    assert scores.dates_total >= 460  # resolution is measured on the dated events found, and those stay found


# A failing held-out test prints no score table: whoever works on the rules must not see held-out scores per kind
# while they work; they are measured once, at the end of a round.
@pytest.mark.parametrize("kind", TARGETS)
def test_held_out_set_reaches_targets_or_its_measured_floor(gold_scores: dict[str, Scores], kind: str) -> None:
    scores = gold_scores["holdout"]
    reached = scores.kinds[kind].f1 >= HOLDOUT_BELOW_TARGET.get(kind, TARGETS[kind])
    assert reached, f"held out: {kind} is below its floor"


def test_held_out_date_resolution_floor(gold_scores: dict[str, Scores]) -> None:
    scores = gold_scores["holdout"]
    reached = scores.date_accuracy >= HOLDOUT_DATE_FLOOR
    assert reached, "held out: date resolution is below its floor"
    assert scores.dates_total >= 100


def test_seed_reaches_targets(shared_dir: Path, extractor: Extractor) -> None:
    data = yaml.safe_load((shared_dir / "seed" / "expected.yaml").read_text(encoding="utf-8"))
    gold = seed_gold(data)
    article = read_article(shared_dir / "seed" / data["source_file"])
    scores = evaluate([gold], [extractor.extract(article, published=data["date_if_published"])])
    for kind, target in TARGETS.items():
        assert scores.kinds[kind].f1 >= target, (kind, scores.table("seed"))
    assert scores.kinds["events"].f1 >= 0.83, scores.table("seed")  # where the seed's events measure now
    assert scores.date_accuracy == 1.0


def test_eval_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(GOLD / "facts"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"dev", "holdout", "all"}
    assert set(data["all"]) == {*TARGETS, "dates"}


def test_a_folder_without_gold_sheets_is_an_error_not_a_perfect_score(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match=r"no gold fact sheets \(\*\.yaml\) in "):
        GoldSet.load(tmp_path)
    assert main(["eval", str(GOLD)]) == 2  # the gold set's parent folder, not its facts/


def test_against_scores_a_second_annotator_on_the_articles_both_annotated(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(GOLD / "facts"), "--against", str(GOLD / "second"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"dev", "all"}  # the second annotator worked on development articles only
    both = len(list((GOLD / "second").glob("*.yaml")))
    people = data["all"]["people"]
    assert people["tp"] + people["fn"] == sum(
        len(load_gold(GOLD / "facts" / p.name).people) for p in (GOLD / "second").glob("*.yaml")
    )
    assert both == 6


def test_against_a_sheet_of_no_gold_article_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("article: {id: not-in-the-gold-set, title: X}\npeople: []\n")
    assert main(["eval", str(GOLD / "facts"), "--against", str(tmp_path)]) == 2
    sheet = gold_sheet_from_dict({"article": {"id": "a", "title": "A"}, "people": [{"name": "Ann Lee"}]})
    gold = GoldSet((sheet,), {"a": tmp_path / "a.md"}, frozenset())
    other = replace(sheet, people=())
    assert gold.compare({"a": other})["all"].kinds["people"].fn == 1
    assert gold.compare({}) == {}  # nothing to compare: no split
