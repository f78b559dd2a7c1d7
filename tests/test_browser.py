"""The built site in headless Chromium from file://: search works offline, hostile text never runs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from generator.site import build_site

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser")
    build_site(ROOT / "mkdocs.yml", FIXTURES, out / "site", docs_dir=out / "docs", strict=True)
    return out / "site"


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


@pytest.fixture
def page(browser):
    """A fresh page that records dialogs, console errors, failed loads and any non-file request."""
    context = browser.new_context()
    page = context.new_page()
    page.problems = []
    page.on("dialog", lambda dialog: (page.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
    page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
    page.on(
        "requestfailed",
        # A navigation aborts the loads still running on the page it leaves: not a missing asset.
        lambda request: (
            request.failure == "net::ERR_ABORTED" or page.problems.append(f"failed: {request.url} {request.failure}")
        ),
    )
    page.on(
        "request",
        lambda request: (
            request.url.startswith(("file:", "about:", "data:", "blob:"))
            or page.problems.append(f"network: {request.url}")
        ),
    )
    yield page
    context.close()


def search(page, query: str):
    """Type a query into Material's search box and wait for its results."""
    box = page.locator("input[data-md-component='search-query']")
    box.click()
    # The index loads in a worker (an iframe under file://); typing before it is ready finds nothing.
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.trim() !== 'Initializing search'",
        timeout=15_000,
    )
    box.press_sequentially(query, delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    return page.locator(".md-search-result__item a.md-search-result__link")


def test_search_finds_a_person_and_opens_their_page(page, site):
    page.goto((site / "index.html").as_uri())
    assert page.locator("input[data-md-component='search-query']").is_visible()
    results = search(page, "Dembele")
    hrefs = results.evaluate_all("links => links.map(link => link.href)")
    person = (site / "people" / "abass-dembele.html").as_uri()
    assert any(href.split("?")[0] == person for href in hrefs), hrefs
    results.and_(page.locator(f"a[href^='{person}']")).first.click()
    page.wait_for_url(f"{person}*")
    assert page.title() == "Abass Dembele - Briefing"
    assert page.problems == []


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("Burkina", "countries/burkina-faso.html"),  # a country
        ("trenches", "articles/2024-08-26-burkina-barsalogho.html"),  # only in an event summary
    ],
)
def test_search_finds_countries_and_event_summaries(page, site, query, target):
    page.goto((site / "index.html").as_uri())
    hrefs = search(page, query).evaluate_all("links => links.map(link => link.href)")
    assert any(href.split("?")[0].split("#")[0] == (site / target).as_uri() for href in hrefs), hrefs
    assert page.problems == []


def test_hostile_pages_run_no_script(page, site):
    titles = {}
    for path in (
        "articles/2025-01-01-hostile.html",
        "events/2025-01-01-hostile-1.html",
        "people/script-alert-1-script.html",
        "organizations/x-javascript-alert-1.html",
        "countries/mali.html",
    ):
        page.goto((site / path).as_uri())
        page.wait_for_load_state("load")
        titles[path] = page.title()
    # The text shows as written, and nothing of it became markup.
    assert titles["people/script-alert-1-script.html"] == "<script>alert(1)</script> - Briefing"
    assert titles["articles/2025-01-01-hostile.html"].startswith("</title><script>alert(1)</script> Breaking")
    assert page.locator("script:not([src]):not([id]):not([type])", has_text="alert").count() == 0
    # Search results show the hostile title as text too.
    results = search(page, "Breaking")
    assert "</title><script>alert(1)</script> Breaking" in results.first.inner_text()
    page.wait_for_timeout(500)
    assert page.problems == []


def test_country_page_pictures_render_and_links_resolve(page, site):
    page.goto((site / "countries" / "mali.html").as_uri())
    page.wait_for_load_state("load")
    for kind in ("briefing-timeline", "briefing-map"):
        svg = page.locator(f"svg.{kind}")
        assert svg.is_visible(), kind
        box = svg.bounding_box()
        assert box["width"] > 200 and box["height"] > 50, (kind, box)
        assert svg.locator("circle").count() > 0, kind
    assert page.locator("svg.briefing-map polygon").count() > 1  # the country and its neighbours
    # SVG links have no string `href` property: resolve every link's attribute against the page.
    hrefs = page.locator("a[href]").evaluate_all(
        "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
    )
    local = {h.split("#")[0].split("?")[0] for h in hrefs if h.startswith("file:")}
    assert len(local) > 10
    missing = [h for h in sorted(local) if not Path(unquote(h.removeprefix("file://"))).exists()]
    assert missing == []
    # A dot on the timeline opens its event.
    page.locator("svg.briefing-timeline a").first.click()
    page.wait_for_load_state("load")
    assert "/events/" in page.url
    assert page.problems == []
