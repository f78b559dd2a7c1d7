"""Languages: detected or stated, reported by review, and never mined with English rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import extract_articles, prepare_pages
from generator.ingest.language import detect_language, language_code
from generator.logs import progress, wants_progress
from generator.review import review_items
from generator.yamlio import load_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ((FIXTURES / "text" / "bamako-fr.txt").read_text(encoding="utf-8"), "fr"),
        ((FIXTURES / "text" / "reuters-bamako.txt").read_text(encoding="utf-8"), "en"),
        ("Junta extends transition", None),  # too short to tell
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("value", "code"), [("en-GB", "en"), ("fr_FR", "fr"), ("FR", "fr"), ("", None), ("French language", None)]
)
def test_language_codes(value: str, code: str | None) -> None:
    assert language_code(value) == code


def test_french_article_gets_an_article_only_sheet(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(FIXTURES / "text" / "bamako-fr.txt", articles)
    report = extract_articles(sorted(articles.iterdir()), tmp_path / "facts", jobs=1)
    assert report.problems == ()
    sheet = load_yaml((tmp_path / "facts" / "bamako-fr.yaml").read_text(encoding="utf-8"))
    assert sheet["article"]["title"] == "Mali : les partis politiques dissous par décret"
    assert sheet["article"]["published"] == "2025-05-14"
    assert all(sheet[kind] == [] for kind in ("countries", "people", "organizations", "places", "events"))
    again = extract_articles(sorted(articles.iterdir()), tmp_path / "facts", jobs=1)
    assert (again.written, again.reused) == ((), 1)


def test_review_lists_language_undated_articles_and_reprints(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in [FIXTURES / "text" / "bamako-fr.txt", FIXTURES / "text" / "reuters-bamako.txt"]:
        shutil.copy(path, articles)
    for path in (FIXTURES / "reprints").iterdir():
        shutil.copy(path, articles)
    extract_articles(sorted(articles.iterdir()), tmp_path / "facts", jobs=1)  # records the reprints on the sheets
    lines = {str(item) for item in review_items(tmp_path)}
    facts = tmp_path / "facts"
    assert {
        f"{articles / 'bamako-fr.txt'}: language fr (detected): not mined with English rules, no facts extracted",
        f"{articles / 'reuters-bamako.txt'}: no publication date found (its dateline 'BAMAKO, Aug 12 (Reuters) -'"
        " gives no year); add published: YYYY-MM-DD to its front matter",
        f"{articles / 'outlet-paragraphs-dropped.txt'}: no publication date found (its dateline "
        "'OUAGADOUGOU, July 18 (Reuters) -' gives no year); add published: YYYY-MM-DD to its front matter",
    } <= lines
    reprint = (
        "reprint of wire-original: its facts are counted once, there; set reprint_of: null if it is a story of its own"
    )
    assert {line.split(":", 2)[0] for line in lines if line.endswith(reprint)} == {
        str(facts / "outlet-edited.yaml"),
        str(facts / "outlet-headline-changed.yaml"),
        str(facts / "outlet-paragraphs-dropped.yaml"),
    }
    assert not any("distinct-follow-up" in line and "reprint" in line for line in lines)


def test_build_counts_a_reprinted_story_once_and_keeps_every_outlet(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    for name in ("wire-original.md", "outlet-headline-changed.html", "outlet-edited.md"):
        shutil.copy(FIXTURES / "reprints" / name, content / "articles")
    prepared = prepare_pages(content, tmp_path / "docs", ROOT / "templates")
    assert prepared.problems == ()
    kb = prepared.knowledge
    assert sorted(a.slug for a in kb.articles) == ["outlet-edited", "outlet-headline-changed", "wire-original"]
    assert {aid for event in kb.events for aid in event.article_ids} == {"wire-original"}
    zerbo = [p for p in kb.people if "Zerbo" in p.name]
    assert [p.article_ids for p in zerbo] == [("wire-original",)]
    burkina = next(c for c in kb.countries if c.code == "BFA")
    assert burkina.article_ids == ("outlet-edited", "outlet-headline-changed", "wire-original")


def test_progress_bar_is_only_for_a_terminal() -> None:
    assert wants_progress(quiet=False, as_json=False) is False  # pytest captures stderr: not a TTY
    assert wants_progress(quiet=True, as_json=False) is False
    with progress(2, "adding", enabled=True) as update:
        update(1, 0, 0)
        update(1, 1, 0)
