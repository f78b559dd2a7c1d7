"""Whole-site build from the fixture fact sheets: pages, content, offline assets, atomic swap."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.errors import BuildError, TemplateError
from generator.site import build_site

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
NETWORK_ASSET = re.compile(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The fixture corpus built once, strict, with the project's own mkdocs.yml and templates."""
    out = tmp_path_factory.mktemp("build")
    build_site(ROOT / "mkdocs.yml", FIXTURES, out / "site", docs_dir=out / "docs", strict=True)
    return out / "site"


def project_copy(tmp_path: Path) -> Path:
    """mkdocs.yml and templates in a scratch folder, so a test can break a template."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    return tmp_path / "mkdocs.yml"


def read(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


def test_every_kind_of_page_is_built(site):
    for page in (
        "index.html",
        "countries/index.html",
        "countries/mali.html",
        "countries/niger.html",
        "events/index.html",
        "events/2025-08-12-mali-generals-held-1.html",
        "people/index.html",
        "people/abass-dembele.html",
        "organizations/index.html",
        "organizations/economic-community-of-west-african-states.html",
        "articles/index.html",
        "articles/2025-08-12-mali-generals-held.html",
        "search/search_index.js",
        "assets/javascripts/iframe-worker-shim.js",
    ):
        assert (site / page).is_file(), page


def test_country_profile_content(site):
    mali = read(site, "countries/mali.html")
    assert "<title>Mali - Briefing</title>" in mali
    assert "<td>Republic of Mali</td>" in mali
    assert "<td>ML · MLI · 466</td>" in mali
    assert "<td>Bamako</td>" in mali
    assert '<a href="../people/abass-dembele.html">Abass Dembele</a>' in mali
    # Timeline in date order: the 2020 coup, the 2024 withdrawal, the 2025 arrest.
    timeline = mali[mali.index('<h2 data-search-exclude id="timeline">') :]  # a list of events: not indexed
    order = [timeline.index(text) for text in ("Aug 2020", "Jan 2024", "10 Aug 2025")]
    assert order == sorted(order)
    assert '<a href="../articles/2025-08-12-mali-generals-held.html">12 Aug 2025</a>' in mali


def test_event_and_person_pages_link_to_their_sources(site):
    event = read(site, "events/2025-08-12-mali-generals-held-1.html")
    assert "<h1 id=" in event and "General Abass Dembele detained at his home in Kati" in event
    assert '<a href="../people/abass-dembele.html">Abass Dembele</a>' in event
    assert '<div class="admonition quote">' in event
    assert "characters 240–352" in event
    person = read(site, "people/abass-dembele.html")
    assert '<a href="../articles/2025-08-12-mali-generals-held.html">' in person
    article = read(site, "articles/2025-08-12-mali-generals-held.html")
    assert '<a href="https://example.org/news/mali-generals-held">' in article


def test_nav_lists_the_sections_only(site):
    home = read(site, "index.html")
    tabs = re.findall(r'<a href="([^"]+)" class="md-tabs__link', home)
    assert tabs == [
        "index.html",
        "countries/index.html",
        "events/index.html",
        "people/index.html",
        "organizations/index.html",
        "articles/index.html",
    ]
    titles = re.findall(r'class="md-tabs__link[^"]*">\s*([^<]+?)\s*</a>', home)
    assert titles == ["Home", "Countries", "Events", "People", "Organizations", "Articles"]
    # Item pages are reached by links, not listed in every page's sidebar.
    assert "people/abass-dembele.html" not in home.split('<div class="md-content"')[0]


def test_nothing_is_loaded_from_the_network(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not NETWORK_ASSET.search(html), page
        for host in ("unpkg.com", "fonts.googleapis.com", "fonts.gstatic.com", "cdn.jsdelivr.net"):
            assert host not in html, (page, host)
    assert '<script src="../assets/javascripts/iframe-worker-shim.js"></script>' in read(site, "countries/mali.html")


def test_hostile_text_is_never_markup(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert "<img src=x" not in html, page
        assert not re.search(r"""href=["']?javascript:""", html, re.I), page
        assert "</title><script" not in html, page
    event = read(site, "events/2025-01-01-hostile-1.html")
    assert "{{ 7*7 }} &lt;img src=x onerror=alert(1)&gt;" in event


def test_failed_build_leaves_previous_site(tmp_path):
    config = project_copy(tmp_path)
    site = tmp_path / "site"
    build_site(config, FIXTURES, site, docs_dir=tmp_path / "docs")
    before = read(site, "countries/mali.html")
    (tmp_path / "templates" / "country.md.j2").write_text("# {{ country.name | md }}\n{% if %}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        build_site(config, FIXTURES, site, docs_dir=tmp_path / "docs")
    assert (caught.value.path.name, caught.value.line) == ("country.md.j2", 2)
    assert read(site, "countries/mali.html") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "mkdocs.yml", "node_modules", "site", "templates"]


def test_strict_warning_fails_with_one_line(tmp_path):
    config = project_copy(tmp_path)
    home = tmp_path / "templates" / "home.md.j2"
    home.write_text(home.read_text(encoding="utf-8") + "\n[broken](nowhere.md)\n", encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        build_site(config, FIXTURES, tmp_path / "site", docs_dir=tmp_path / "docs", strict=True)
    message = str(caught.value)
    assert "\n" not in message
    assert "Aborted with 1 warnings in strict mode!" in message
    assert "'nowhere.md'" in message
    assert not (tmp_path / "site").exists()


def test_exports_and_feeds_are_in_the_site_and_linked(site):
    for path in ("data/events.csv", "data/events.geojson", "data/knowledge.json", "feeds/events.xml", "feeds/mali.xml"):
        assert (site / path).is_file(), path
    home = read(site, "index.html")
    for link in ("data/events.csv", "data/events.geojson", "data/knowledge.json", "feeds/events.xml"):
        assert f'href="{link}"' in home, link
    assert 'href="../feeds/mali.xml"' in read(site, "countries/mali.html")


def test_country_page_draws_its_pictures(site):
    mali = read(site, "countries/mali.html")
    for kind in ("briefing-timeline", "briefing-map"):
        assert f'<svg class="{kind}"' in mali, kind
    # Links inside the SVG point at built pages.
    for href in re.findall(r'<a href="(\.\./events/[^"]+\.html)">', mali):
        assert (site / "countries" / href).resolve().is_file(), href


def _index(site: Path) -> list[dict[str, str]]:
    """Material's search documents, with entities decoded and whitespace collapsed."""
    docs = json.loads(read(site, "search/search_index.json"))["docs"]
    return [{k: " ".join(html.unescape(v).split()) for k, v in doc.items() if isinstance(v, str)} for doc in docs]


def test_search_indexes_names_and_titles_not_evidence(site):
    docs = _index(site)
    titles = {doc["title"] for doc in docs}
    text = "\n".join(doc["text"] for doc in docs)
    sheets = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "facts").glob("*.yaml"))]
    assert {" ".join(sheet["article"]["title"].split()) for sheet in sheets} <= titles
    assert {"Abass Dembele", "Mali", "Economic Community of West African States"} <= titles
    # Event summaries are found on their article's page; the events' own pages stay out of the index.
    assert "General Abass Dembele detained at his home in Kati" in text
    assert not [doc["location"] for doc in docs if doc["location"].startswith("events/")]
    evidence = {
        " ".join(fact["evidence"]["text"].split())
        for sheet in sheets
        for kind in ("people", "organizations", "events", "quotes", "relations", "figures", "places")
        for fact in sheet.get(kind) or ()
        if isinstance(fact, dict) and isinstance(fact.get("evidence"), dict)
    }
    assert len(evidence) > 20
    # The sentences are on the pages, for readers; only the index leaves them out.
    assert "General Abass Dembele, once governor of the Mopti region" in read(site, "people/abass-dembele.html")
    assert [sentence for sentence in sorted(evidence) if sentence in text] == []
