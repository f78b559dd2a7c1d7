"""content/entities.yaml: a reviewer's merges and splits, applied on every build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import prepare_pages
from generator.decisions import load_decisions

ROOT = Path(__file__).resolve().parents[1]
KB_FACTS = Path(__file__).parent / "fixtures" / "kb" / "facts"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(KB_FACTS, content / "facts")
    return content


def people_of(content: Path, tmp_path: Path) -> tuple[dict[str, tuple[str, ...]], tuple]:
    prepared = prepare_pages(content, tmp_path / "docs", ROOT / "templates", ROOT / "node_modules")
    return {p.name: tuple(sorted(p.aliases)) for p in prepared.knowledge.people}, prepared.problems


def test_without_decisions_an_ambiguous_surname_stays_apart(corpus: Path, tmp_path: Path) -> None:
    people, problems = people_of(corpus, tmp_path)
    assert problems == ()
    assert "Traore" in people


def test_same_merges_what_aggregation_would_not(corpus: Path, tmp_path: Path) -> None:
    (corpus / "entities.yaml").write_text("same:\n  - [Ibrahim Traoré, Traore]\n", encoding="utf-8")
    people, problems = people_of(corpus, tmp_path)
    assert problems == ()
    assert "Traore" not in people
    assert "Traore" in people["Ibrahim Traoré"]


def test_different_keeps_apart_what_aggregation_would_merge(corpus: Path, tmp_path: Path) -> None:
    merged, _ = people_of(corpus, tmp_path)
    bazoum = next(name for name in merged if "Bazoum" in name)
    assert len([n for n in merged if "Bazoum" in n]) == 1
    (corpus / "entities.yaml").write_text("different:\n  - [Mohamed Bazoum, Mohammed Bazoum]\n", encoding="utf-8")
    people, _ = people_of(corpus, tmp_path)
    assert sorted(n for n in people if "Bazoum" in n) == ["Mohamed Bazoum", "Mohammed Bazoum"]
    assert bazoum in people


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("same: [unclosed\n", 2, "not valid YAML"),
        ("merge:\n  - [a, b]\n", 1, "unknown key 'merge'; use 'same' or 'different'"),
        ("same:\n  - [a, b]\ndifferent:\n  - [a, b, c]\n", 4, "different[0]: expected a list of two names"),
        ("same:\n  - Goita\n", 2, "same[0]: expected a list of two or more names"),
    ],
)
def test_broken_decisions_file_is_reported_with_its_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    (tmp_path / "entities.yaml").write_text(text, encoding="utf-8")
    rules, problems = load_decisions(tmp_path)
    assert rules.same == () and rules.different == ()
    assert len(problems) == 1
    assert problems[0].line == line
    assert message in problems[0].message
