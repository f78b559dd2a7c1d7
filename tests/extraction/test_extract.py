"""The stage as a whole: evidence spans, determinism, publication-date override, schema validity, speed."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.extract import EXTRACTOR_VERSION
from generator.factsheet import FACT_KINDS, to_dict
from generator.sheets import SheetChecker

from .conftest import make_article

STORY = """Sudan's army said on Monday it had retaken the presidential palace in Khartoum from the Rapid Support Forces.
General Abdel Fattah al-Burhan, the army chief, visited troops near the capital Khartoum, officials said.
Related:
- Chad reopens border crossing with Sudan
- Egypt hosts talks on Sudan's war
“The capital is free,” army spokesman Nabil Abdallah told reporters. The RSF denied the claim.
The war, which began in April 2023, has killed tens of thousands of people and displaced 12 million.
Talks in Jeddah, planned for next month, could resume if a ceasefire holds.
"""


def test_every_fact_has_its_sentence_as_evidence(extract) -> None:
    sheet = extract(STORY)
    facts = [fact for kind in FACT_KINDS for fact in getattr(sheet, kind)]
    assert len(facts) > 10
    for fact in facts:
        assert STORY[fact.evidence.start : fact.evidence.end] == fact.evidence.text
        assert "Chad reopens" not in fact.evidence.text


def test_related_block_is_separated(extract) -> None:
    sheet = extract(STORY)
    assert sheet.related_headlines == ("Chad reopens border crossing with Sudan", "Egypt hosts talks on Sudan's war")
    assert {c.code for c in sheet.countries} == {"SDN"}


def test_story_facts(extract) -> None:
    sheet = extract(STORY)
    assert [(p.name, p.title, p.country) for p in sheet.people] == [
        ("Abdel Fattah al-Burhan", "General", "SDN"),
        ("Nabil Abdallah", None, None),
    ]
    assert [(q.speaker, q.text) for q in sheet.quotes] == [("Nabil Abdallah", "The capital is free")]
    assert [(p.name, p.country, p.capital) for p in sheet.places] == [
        ("Khartoum", "SDN", True),
        ("Jeddah", "SAU", False),
    ]
    assert {f.value: f.counts for f in sheet.figures} == {"tens of thousands": "people", "12 million": "displaced"}
    dated = {e.date.text: (e.type, e.date.value) for e in sheet.events if e.date.text}
    assert dated["on Monday"] == ("statement", "2025-08-11")
    assert dated["in April 2023"] == ("battle", "2023-04")
    talks = [e for e in sheet.events if e.type == "agreement"]
    assert [e.status for e in talks] == ["hypothetical"]


def test_output_is_deterministic(extractor) -> None:
    article = make_article(STORY)
    first = yaml.safe_dump(to_dict(extractor.extract(article)), sort_keys=False, allow_unicode=True)
    second = yaml.safe_dump(to_dict(extractor.extract(article)), sort_keys=False, allow_unicode=True)
    assert first == second


def test_published_argument_overrides_the_article(extractor) -> None:
    article = make_article("Troops withdrew on Sunday.", published="2025-08-12")
    assert extractor.extract(article).events[0].date.value == "2025-08-10"
    sheet = extractor.extract(article, published="2025-07-01")
    assert sheet.article.published == "2025-07-01"
    assert sheet.events[0].date.value == "2025-06-29"
    assert extractor.extract(make_article("Troops withdrew on Sunday.", published=None)).events[0].date.value is None


def test_sheet_passes_the_fact_sheet_schema(extractor, tmp_path: Path) -> None:
    sheet = extractor.extract(make_article(STORY))
    assert sheet.extractor == EXTRACTOR_VERSION
    text = yaml.safe_dump(to_dict(sheet), sort_keys=False, allow_unicode=True)
    path = tmp_path / "test.yaml"
    assert SheetChecker.create().problems(path, text) == []
