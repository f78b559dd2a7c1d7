"""The demo corpus in content/, built end to end as `make site` builds it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.articles import article_files
from generator.build import load_fact_sheets
from generator.site import build_site

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"

NEW_ARTICLE = """---
title: Niger's junta expels a foreign aid agency
published: 2025-09-02
source: Reuters
url: https://www.reuters.com/
---

Niger's military government ordered the International Committee of the Red Cross to leave the country on Monday,
Reuters reported. General Abdourahamane Tiani has led Niger since the coup of July 2023.
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of content/ (articles and committed fact sheets) built into a temporary site."""
    work = tmp_path_factory.mktemp("demo")
    shutil.copytree(CONTENT, work / "content")
    prepared = build_site(ROOT / "mkdocs.yml", work / "content", work / "site", docs_dir=work / "docs")
    assert prepared.problems == ()
    return work


def page(demo: Path, name: str) -> str:
    return (demo / "site" / name).read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_every_article_has_a_valid_committed_fact_sheet() -> None:
    sheets, problems = load_fact_sheets(CONTENT / "facts")
    assert problems == []
    assert sorted(s.article.id for s in sheets) == sorted(p.stem for p in article_files(CONTENT / "articles"))
    assert len(sheets) >= 6


def test_demo_build_extracts_nothing_new(demo: Path) -> None:
    assert sorted(p.name for p in (demo / "content" / "facts").glob("*.yaml")) == sorted(
        p.name for p in (CONTENT / "facts").glob("*.yaml")
    )


@pytest.mark.parametrize(("slug", "name"), [("mali", "Mali"), ("burkina-faso", "Burkina Faso"), ("niger", "Niger")])
def test_sahel_country_profiles_have_events(demo: Path, slug: str, name: str) -> None:
    html = page(demo, f"countries/{slug}.html")
    text = text_of(html)
    assert f'<h1 id="{slug}">{name}' in html or f">{name}</h1>" in html
    assert "Timeline" in text
    assert len(re.findall(r'href="\.\./events/[^"]+\.html"', html)) >= 3
    assert 'href="../articles/' in html


def test_mali_profile_names_the_detained_general(demo: Path) -> None:
    text = text_of(page(demo, "countries/mali.html"))
    assert "Abass Dembele" in text
    assert "Assimi Goita" in text
    assert "Republic of Mali" in text
    assert "Bamako" in text


def test_person_page_links_back_to_source_article(demo: Path) -> None:
    html = page(demo, "people/abass-dembele.html")
    assert "Abass Dembele" in html
    assert 'href="../articles/2025-08-12-mali-generals-detained.html"' in html


def test_search_index_finds_people_and_places(demo: Path) -> None:
    raw = page(demo, "search/search_index.js")
    index = json.loads(raw[raw.index("{") : raw.rindex("}") + 1])
    locations = {doc["location"] for doc in index["docs"] if "Dembele" in doc["title"] + doc["text"]}
    assert any(loc.startswith("people/abass-dembele.html") for loc in locations)
    assert any("Kati" in doc["title"] + doc["text"] for doc in index["docs"])


def test_home_page_is_a_briefing(demo: Path) -> None:
    text = text_of(page(demo, "index.html"))
    assert re.search(r"\b9 articles\b", text)
    assert "Mali" in text and "Niger" in text and "Burkina Faso" in text


def test_new_article_appears_after_rebuild(demo: Path) -> None:
    (demo / "content" / "articles" / "2025-09-02-niger-expels-icrc.md").write_text(NEW_ARTICLE, encoding="utf-8")
    prepared = build_site(ROOT / "mkdocs.yml", demo / "content", demo / "site", docs_dir=demo / "docs")
    assert prepared.problems == ()
    assert (demo / "content" / "facts" / "2025-09-02-niger-expels-icrc.yaml").is_file()
    niger = page(demo, "countries/niger.html")
    assert "2025-09-02-niger-expels-icrc" in niger


def test_every_entity_page_is_two_clicks_from_home(demo: Path) -> None:
    """Home -> section index (or any linked page) -> entity page, following real links in the HTML."""
    site = demo / "site"
    link = re.compile(r'href="([^"#:?]+\.html)')

    def links_of(page: Path) -> set[Path]:
        html = page.read_text(encoding="utf-8")
        return {(page.parent / target).resolve() for target in link.findall(html)}

    one_click = links_of(site / "index.html")
    two_clicks = set(one_click)
    for page in one_click:
        if page.is_file():
            two_clicks |= links_of(page)
    for section in ("countries", "events", "people", "organizations"):
        pages = {p.resolve() for p in (site / section).glob("*.html") if p.name != "index.html"}
        assert pages, section
        assert pages <= two_clicks, sorted(str(p.relative_to(site)) for p in pages - two_clicks)[:5]
