"""Rendering: exact Markdown of a country and an event page, escaping of hostile text, errors."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest
import yaml

from generator.errors import BuildError, TemplateError
from generator.exports import exports
from generator.factsheet import from_dict
from generator.knowledge import CountryAtlas, CountryFacts, aggregate
from generator.render import Renderer, all_pages, country_page, event_page, href, md, render_pages

ROOT = Path(__file__).parent.parent
TEMPLATES = ROOT / "templates"
HOSTILE = Path(__file__).parent / "fixtures" / "facts" / "2025-01-01-hostile.yaml"
SVG_TAGS = {"svg", "title", "g", "a", "rect", "line", "circle", "polygon", "path", "text"}
SENTENCE = "General Abass Dembele was taken from his home in Kati."


class FixedAtlas(CountryAtlas):
    """Reference data that does not move with package updates."""

    def lookup(self, code_or_name):
        if code_or_name in ("MLI", "Mali"):
            return CountryFacts("MLI", "ML", "466", "Mali", "Republic of Mali", "Bamako", "Africa", "West", 12345)
        return None


def evidence(text: str, start: int) -> dict:
    return {"text": text, "start": start, "end": start + len(text)}


@pytest.fixture(scope="module")
def kb():
    sheet = {
        "schema": 1,
        "article": {"id": "2025-08-12-mali", "title": "Generals held in Mali", "published": "2025-08-12"},
        "countries": [{"code": "MLI", "name": "Mali", "salience": "primary", "evidence": evidence("Mali.", 0)}],
        "people": [
            {"name": "Abass Dembele", "title": "General", "status": "detained", "evidence": evidence(SENTENCE, 33)}
        ],
        "places": [{"name": "Kati", "kind": "town", "country": "MLI", "evidence": evidence(SENTENCE, 33)}],
        "events": [
            {
                "type": "arrest",
                "summary": "Abass Dembele detained in Kati",
                "date": {"text": "Sunday", "value": "2025-08-10", "precision": "day"},
                "place": "Kati",
                "targets": ["Abass Dembele"],
                "evidence": evidence(SENTENCE, 33),
            },
            {
                "type": "coup",
                "summary": "Army seizes power",
                "date": {"text": "August 2020", "value": "2020-08", "precision": "month"},
                "evidence": evidence("The army seized power in August 2020.", 87),
            },
            {"type": "statement", "summary": "No charges announced", "evidence": evidence("No charges yet.", 125)},
        ],
    }
    return aggregate([from_dict(sheet)], FixedAtlas())


COUNTRY_PAGE = """\
---
title: "Mali"
---

# Mali

!!! info "Reference data"

    | Flag | Official name | ISO 3166-1 | Capital | Region | Population |
    |---|---|---|---|---|---|
    | 🇲🇱 | Republic of Mali | ML · MLI · 466 | Bamako | Africa — West | 12,345 |

    From the pycountry and countryinfo reference packages, not from the articles; the population is as countryinfo \
ships it, which does not say for which year.

Mali is named in 1 article.
3 events, 1 person and no named organizations are attached to Mali; the dated events run from Aug 2020 to 10 Aug 2025.
Most reported kinds of event: arrest (1), coup (1), statement (1).

## Latest developments { data-search-exclude }

- **10 Aug 2025**: [Abass Dembele detained in Kati](../events/2025-08-12-mali-1.md) — Kati ([Generals held in \
Mali, 12 Aug 2025](../articles/2025-08-12-mali.md))
- **Aug 2020**: [Army seizes power](../events/2025-08-12-mali-2.md) ([Generals held in Mali, 12 Aug \
2025](../articles/2025-08-12-mali.md))

## At a glance { data-search-exclude }



## Key actors { data-search-exclude }

- **People**: [Abass Dembele](../people/abass-dembele.md) (General)

## Timeline { data-search-exclude }

| When | What | Where | Involving | Sources |
|------|------|-------|-----------|---------|
| Aug 2020 | [Army seizes power](../events/2025-08-12-mali-2.md) |  |  | [12 Aug \
2025](../articles/2025-08-12-mali.md) |
| 10 Aug 2025 | [Abass Dembele detained in Kati](../events/2025-08-12-mali-1.md) | [Kati](../countries/mali.md) | \
[Abass Dembele](../people/abass-dembele.md) | [12 Aug 2025](../articles/2025-08-12-mali.md) |

### Undated { data-search-exclude }

- [No charges announced](../events/2025-08-12-mali-3.md) ([12 Aug 2025](../articles/2025-08-12-mali.md))

## People { data-search-exclude }

| Name | Title | Roles | Status | Articles |
|------|-------|-------|--------|---------:|
| [Abass Dembele](../people/abass-dembele.md) | General |  | detained | 1 |

## Organizations { data-search-exclude }

No organizations named.

## Places

| Place | Kind | Coordinates | Sources |
|-------|------|-------------|---------|
| Kati | town |  | [12 Aug 2025](../articles/2025-08-12-mali.md) |

## Sources { data-search-exclude }

- 12 Aug 2025: [Generals held in Mali](../articles/2025-08-12-mali.md)

<small>Follow Mali: [Atom feed of its events](../feeds/mali.xml).</small>
"""

EVENT_PAGE = """\
---
title: "Abass Dembele detained in Kati"
search:
  exclude: true
---

# Abass Dembele detained in Kati

<div data-search-exclude markdown>

| What | When | Where | Affecting | Countries |
|---|---|---|---|---|
| arrest | 10 Aug 2025 (“Sunday”) | [Kati](../countries/mali.md) | [Abass Dembele](../people/abass-dembele.md) | \
[Mali](../countries/mali.md) |

Reported by [Generals held in Mali](../articles/2025-08-12-mali.md), 12 Aug 2025.

</div>

## Evidence { data-search-exclude }

!!! quote "Evidence"

    General Abass Dembele was taken from his home in Kati.

    From [Generals held in Mali](../articles/2025-08-12-mali.md), characters 33–87.

## In the timeline { data-search-exclude }

- [Mali](../countries/mali.md): previous: Aug 2020, [Army seizes power](../events/2025-08-12-mali-2.md)

## Related events { data-search-exclude }

- Aug 2020: [Army seizes power](../events/2025-08-12-mali-2.md)
- undated: [No charges announced](../events/2025-08-12-mali-3.md)
"""


def test_country_page_markdown(kb):
    page = Renderer(TEMPLATES).render(country_page(kb, kb.countries[0]), kb)
    # The pictures are checked on their own (and in the golden pages): here, the words.
    assert re.sub(r"<figure.*?</figure>\n", "", page, flags=re.DOTALL) == COUNTRY_PAGE
    assert page.count('<figure class="briefing-picture">') == 2


def test_event_page_markdown(kb):
    arrest = next(e for e in kb.events if e.slug == "2025-08-12-mali-1")
    assert Renderer(TEMPLATES).render(event_page(kb, arrest), kb) == EVENT_PAGE


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("[x](javascript:alert(1))", r"\[x\](javascript:alert(1))"),
        ("{{ 7*7 }}", r"\{\{ 7\*7 \}\}"),
        ("a | b `c` _d_ & e", r"a \| b \`c\` \_d\_ &amp; e"),
        ("# not a heading", r"\# not a heading"),
        ("- not a list", r"\- not a list"),
        ("1. not a list", r"1\. not a list"),
        ("two\nlines", "two lines"),
    ],
)
def test_md_escapes_markdown_and_html(text, escaped):
    assert md(text) == escaped


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("https://example.org/a b)(<x>", "https://example.org/a%20b%29%28%3Cx%3E"),
        ("javascript:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("//example.org/x", ""),
        (None, ""),
    ],
)
def test_href_only_links_http(url, expected):
    assert href(url) == expected


@pytest.fixture(scope="module")
def hostile_pages():
    kb = aggregate([from_dict(yaml.safe_load(HOSTILE.read_text(encoding="utf-8")))], FixedAtlas())
    renderer = Renderer(TEMPLATES)
    return {page.path: renderer.render(page, kb) for page in all_pages(kb)}


def test_hostile_text_stays_text(hostile_pages):
    html_converter = markdown.Markdown(extensions=["admonition", "def_list", "tables", "toc"])
    for path, page in hostile_pages.items():
        assert "<script" not in page and "<img" not in page, path
        # The front-matter title is HTML-escaped plain text, never read as Markdown: check the body.
        text = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.DOTALL)
        # Our own pictures are raw SVG: parsed as XML, they hold only drawing elements and escaped text.
        for svg in re.findall(r"<svg.*?</svg>", text, flags=re.DOTALL):
            assert {el.tag.split("}")[-1] for el in ET.fromstring(svg).iter()} <= SVG_TAGS, path
        text = re.sub(r"<figure.*?</figure>", "", text, flags=re.DOTALL)
        assert not re.search(r"(?<!\\)\]\(javascript:", text), path
        html = html_converter.reset().convert(text)
        assert not re.search(r"<(script|img|svg|b)\b", html), path
        assert not re.search(r"""(href|src)=["']?\s*javascript:""", html), path
        assert "onerror=" not in html.replace("onerror=alert", ""), path  # only ever as escaped text
        assert "49" not in html, path


def test_template_expressions_in_data_stay_literal(hostile_pages):
    event = hostile_pages["events/2025-01-01-hostile-1.md"]
    assert "# \\{\\{ 7\\*7 \\}\\} &lt;img src=x onerror=alert(1)&gt; \\`code\\` \\_under\\_ \\| pipe\n" in event
    html = markdown.markdown(event.split("---\n", 2)[2], extensions=["admonition", "def_list", "tables"])
    assert "{{ 7*7 }} &lt;img src=x onerror=alert(1)&gt; `code` _under_ | pipe" in html


def test_untrusted_url_is_not_linked(hostile_pages):
    article = hostile_pages["articles/2025-01-01-hostile.md"]
    assert "| javascript:alert(1) (not a web address, so not linked) |" in article


def test_syntax_error_names_template_and_line(tmp_path, kb):
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "event.md.j2").write_text("# {{ event.summary | md }}\n\n{% if %}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        Renderer(templates).render(event_page(kb, kb.events[0]), kb)
    assert caught.value.path == templates / "event.md.j2"
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{templates / 'event.md.j2'}:3: template syntax error")


def test_undefined_name_names_template_and_line(tmp_path, kb):
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "event.md.j2").write_text("# title\n{{ no_such_value }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="'no_such_value' is undefined") as caught:
        Renderer(templates).render(event_page(kb, kb.events[0]), kb)
    assert (caught.value.path.name, caught.value.line) == ("event.md.j2", 2)


def test_render_pages_writes_the_tree_and_returns_the_nav(tmp_path, kb):
    docs = tmp_path / "docs"
    nav = render_pages(kb, docs, TEMPLATES)
    assert nav == [
        "index.md",
        "countries/index.md",
        "events/index.md",
        "people/index.md",
        "organizations/index.md",
        "articles/index.md",
    ]
    written = sorted(str(p.relative_to(docs)) for p in docs.rglob("*") if p.is_file())
    assert written == [
        "articles/2025-08-12-mali.md",
        "articles/index.md",
        "assets/javascripts/iframe-worker-shim.js",
        "countries/index.md",
        "countries/mali.md",
        "data/events.csv",
        "data/events.geojson",
        "data/knowledge.json",
        "events/2025-08-12-mali-1.md",
        "events/2025-08-12-mali-2.md",
        "events/2025-08-12-mali-3.md",
        "events/index.md",
        "feeds/events.xml",
        "feeds/mali.xml",
        "index.md",
        "organizations/index.md",
        "people/abass-dembele.md",
        "people/index.md",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]  # no staging folder left behind


def test_streamed_exports_are_the_exports(tmp_path, kb):
    docs = tmp_path / "docs"
    render_pages(kb, docs, TEMPLATES)
    for path, text in exports(kb).items():
        assert (docs / path).read_text(encoding="utf-8") == text, path
    whole = json.loads((docs / "data" / "knowledge.json").read_text(encoding="utf-8"))
    assert list(whole) == [field.name for field in dataclasses.fields(kb)]
    assert [e["slug"] for e in whole["events"]] == [e.slug for e in kb.events]
    points = json.loads((docs / "data" / "events.geojson").read_text(encoding="utf-8"))
    assert [f["id"] for f in points["features"]] == [e.slug for e in kb.events if e.location]


def test_failed_render_leaves_previous_docs(tmp_path, kb):
    docs = tmp_path / "docs"
    render_pages(kb, docs, TEMPLATES)
    before = (docs / "countries" / "mali.md").read_text(encoding="utf-8")
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "country.md.j2").write_text("{% for %}", encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    with pytest.raises(TemplateError):
        render_pages(kb, docs, templates)
    assert (docs / "countries" / "mali.md").read_text(encoding="utf-8") == before


def test_missing_polyfill_asks_for_make_site(tmp_path, kb):
    with pytest.raises(BuildError, match="run `make site`"):
        render_pages(kb, tmp_path / "docs", TEMPLATES, node_modules=tmp_path / "node_modules")
    assert not (tmp_path / "docs").exists()


def test_pages_are_deterministic(tmp_path):
    sheets = [from_dict(yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(HOSTILE.parent.glob("*.yaml"))]
    first, second = tmp_path / "first", tmp_path / "second"
    render_pages(aggregate(sheets, FixedAtlas()), first, TEMPLATES)
    render_pages(aggregate(sheets[::-1], FixedAtlas()), second, TEMPLATES)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for path in files:
        assert (first / path).read_bytes() == (second / path).read_bytes(), path
