"""`briefing review`: new facts, flagged edits, gaps and broken sheets, each with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.review import review_items

ARTICLE = (
    "---\ntitle: Troops detain officers in Gao\npublished: 2025-03-04\n---\n\n"
    "Malian soldiers detained two officers in Gao on Sunday, the army said.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "gao.md").write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", "--content", str(content)]) == 0
    return content


def test_fresh_corpus_lists_only_gaps(corpus: Path) -> None:
    reasons = [item.reason for item in review_items(corpus)]
    assert all("new machine fact" not in r for r in reasons)


def test_marks_and_missing_data_are_listed_with_lines(corpus: Path) -> None:
    path = corpus / "facts" / "gao.yaml"
    data = yaml.safe_load(path.read_text())
    data["article"]["published"] = None
    data["people"] = [{"name": "Ali Kone", "evidence": "x", "review": "new"}]
    data["events"] = [{"type": "arrest", "summary": "Officers detained", "evidence": "x"}]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    (corpus / "articles" / "later.md").write_text("Mali said nothing more.\n")
    items = [str(i) for i in review_items(corpus, ambiguities=["'Traore' could be Ibrahim Traore or Ali Traore"])]
    lines = path.read_text().splitlines()
    person_line = lines.index("- name: Ali Kone") + 1
    event_line = lines.index("- type: arrest") + 1
    assert f"{path}:{person_line}: people: 'Ali Kone': new machine fact, not reviewed yet" in items
    assert f"{path}:{event_line}: events: 'Officers detained': no date or place" in items
    assert any(i.startswith(f"{path}:") and "article has no publication date" in i for i in items)
    assert f"{corpus / 'articles' / 'later.md'}: no fact sheet yet; run briefing extract" in items
    assert f"{corpus / 'facts'}: ambiguous match, not merged: 'Traore' could be Ibrahim Traore or Ali Traore" in items


def test_broken_sheet_is_listed_not_raised(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = corpus / "facts" / "gao.yaml"
    path.write_text("article: [broken\n")
    assert main(["review", "--content", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert f"{path}:" in out and "invalid: not valid YAML" in out
