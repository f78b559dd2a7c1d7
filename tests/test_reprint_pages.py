"""Pages of a reprinted story: every outlet is listed and linked, its facts count once, the strict build is clean."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import PreparedPages, prepare_pages
from generator.factsheet import ArticleInfo, Country, DateValue, Event, Evidence, FactSheet, Person, Place
from generator.sheets import write_fact_sheet
from generator.site import build_site

ROOT = Path(__file__).resolve().parents[1]
REPRINTS = Path(__file__).parent / "fixtures" / "ingest" / "reprints"
OUTLETS = {"outlet-edited": "West Africa Daily", "outlet-headline-changed": "Sahel Monitor"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PreparedPages]:
    """The wire story, two outlets' reprints of it and a distinct follow-up, built strict into HTML."""
    out = tmp_path_factory.mktemp("reprints")
    (out / "content" / "articles").mkdir(parents=True)
    for name in ("wire-original.md", "outlet-edited.md", "outlet-headline-changed.html", "distinct-follow-up.md"):
        shutil.copy(REPRINTS / name, out / "content" / "articles")
    prepared = build_site(ROOT / "mkdocs.yml", out / "content", out / "site", docs_dir=out / "docs", strict=True)
    return out, prepared


def test_the_story_counts_once(built: tuple[Path, PreparedPages]) -> None:
    _, prepared = built
    assert prepared.problems == ()
    reported = {aid for event in prepared.knowledge.events for aid in event.article_ids}
    assert reported.isdisjoint(OUTLETS) and "wire-original" in reported


def test_the_canonical_article_page_lists_every_outlet(built: tuple[Path, PreparedPages]) -> None:
    out, _ = built
    page = (out / "docs" / "articles" / "wire-original.md").read_text(encoding="utf-8")
    html = (out / "site" / "articles" / "wire-original.html").read_text(encoding="utf-8")
    assert "Also run by" in page and "Also run by" in html
    for slug, source in OUTLETS.items():
        assert f"{source} ([" in page and f"](../articles/{slug}.md)" in page
        assert f'href="{slug}.html"' in html and source in html


def test_a_reprint_page_links_to_the_article_that_counts(built: tuple[Path, PreparedPages]) -> None:
    out, _ = built
    for slug in OUTLETS:
        page = (out / "docs" / "articles" / f"{slug}.md").read_text(encoding="utf-8")
        assert "| Reprint of |" in page
        assert "A reprint of [Burkina Faso's junta dissolves the national electoral commission]" in page
        assert "](../articles/wire-original.md) (Reuters): the story's facts are counted once" in page
        assert "No facts were found" not in page
        html = (out / "site" / "articles" / f"{slug}.html").read_text(encoding="utf-8")
        assert 'href="wire-original.html"' in html


def test_an_event_page_names_the_other_outlets(built: tuple[Path, PreparedPages]) -> None:
    out, prepared = built
    events = [e for e in prepared.knowledge.events if e.article_ids == ("wire-original",)]
    assert events
    for event in events:
        page = (out / "docs" / "events" / f"{event.slug}.md").read_text(encoding="utf-8")
        html = (out / "site" / "events" / f"{event.slug}.html").read_text(encoding="utf-8")
        assert "Also run by" in page
        for slug, source in OUTLETS.items():
            assert f"{source} ([" in page and f"](../articles/{slug}.md)" in page
            assert f'href="../articles/{slug}.html"' in html


def test_a_distinct_story_is_not_listed_as_an_outlet(built: tuple[Path, PreparedPages]) -> None:
    out, _ = built
    page = (out / "docs" / "articles" / "distinct-follow-up.md").read_text(encoding="utf-8")
    assert "Also run by" not in page and "Reprint of" not in page


def _sheet(article_id: str, source: str, reprint_of: str | None = None, reprints: tuple[str, ...] = ()) -> FactSheet:
    sentence = "Soldiers arrested General Ali Traore in Kati on Sunday."
    evidence = Evidence(sentence, 0, len(sentence))
    info = ArticleInfo(
        id=article_id,
        title=f"General detained ({source})",
        published="2025-08-12",
        source=source,
        reprint_of=reprint_of,
        reprints=reprints,
    )
    if reprint_of:
        return FactSheet(article=info, extractor="test")
    return FactSheet(
        article=info,
        countries=(Country(code="MLI", name="Mali", evidence=evidence, salience="primary"),),
        people=(Person(name="Ali Traore", title="General", country="MLI", evidence=evidence),),
        places=(Place(name="Kati", country="MLI", evidence=evidence),),
        events=(
            Event(
                type="arrest",
                summary="Soldiers arrested General Ali Traore in Kati",
                evidence=evidence,
                date=DateValue("on Sunday", "2025-08-10", "day"),
                place="Kati",
                targets=("Ali Traore",),
            ),
        ),
        extractor="test",
    )


def test_an_event_reported_twice_names_the_reprints_of_each_report(tmp_path: Path) -> None:
    content = tmp_path / "content"
    for sheet in (
        _sheet("afp-story", "AFP", reprints=("bbc-copy",)),
        _sheet("bbc-copy", "BBC", reprint_of="afp-story"),
        _sheet("reuters-story", "Reuters"),
    ):
        write_fact_sheet(sheet, content / "facts" / f"{sheet.article.id}.yaml")
    prepared = prepare_pages(content, tmp_path / "docs", ROOT / "templates")
    assert prepared.problems == ()
    [event] = prepared.knowledge.events
    assert event.article_ids == ("afp-story", "reuters-story")
    page = (tmp_path / "docs" / "events" / f"{event.slug}.md").read_text(encoding="utf-8")
    assert "Reported by 2 articles: [AFP, 12 Aug 2025](../articles/afp-story.md) (also run by BBC (" in page
    assert "[General detained (BBC)](../articles/bbc-copy.md)))" in page
    assert "[Reuters, 12 Aug 2025](../articles/reuters-story.md)." in page
