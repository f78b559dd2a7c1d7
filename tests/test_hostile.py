"""Hostile articles: nothing in an article may execute, render as HTML, or be evaluated by a template."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from generator.site import build_site

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple]:
    work = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE, work / "content")
    prepared = build_site(ROOT / "mkdocs.yml", work / "content", work / "site", docs_dir=work / "docs")
    return work / "site", prepared.problems


class TagCollector(HTMLParser):
    """Every tag with its attributes, and the text of every script element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def content_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_yaml_tags_are_refused_not_executed(site: tuple[Path, tuple]) -> None:
    _, problems = site
    messages = [str(p) for p in problems]
    assert len(messages) == 1
    assert "2025-05-03-yaml-tag.md" in messages[0] and "front matter is not valid YAML" in messages[0]
    assert not Path("/tmp/briefing-pwned").exists()


def test_no_markup_from_articles_reaches_the_html(site: tuple[Path, tuple]) -> None:
    root, _ = site
    pages = content_pages(root)
    assert len(pages) > 10
    for page in pages:
        parser = TagCollector()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in parser.tags:
            assert tag not in {"iframe", "object", "embed", "details"}, (page, tag)
            assert not (tag == "img" and attrs.get("src") == "x"), page
            assert not any(name.startswith("on") for name in attrs), (page, tag, attrs)
            for name in ("href", "src", "action"):
                assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (page, tag, attrs)
        assert not any("alert(" in script for script in parser.scripts), page


def test_templates_never_evaluate_article_text(site: tuple[Path, tuple]) -> None:
    root, _ = site
    smuggled = (root / "articles" / "2025-05-02-markdown-smuggling.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in smuggled
    assert "| 49" not in smuggled and "49 " not in smuggled.split("<title>")[1].split("</title>")[0]


def test_saved_page_keeps_story_text_and_drops_its_scripts(site: tuple[Path, tuple]) -> None:
    root, _ = site
    page = (root / "articles" / "2025-05-04-saved-page.html").read_text(encoding="utf-8")
    assert "Jeddah" in page or "Sudan" in page


def test_nothing_executes_in_chromium(site: tuple[Path, tuple], chromium: Any) -> None:
    root, _ = site
    dialogs: list[str] = []
    page = chromium.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for html in content_pages(root):
        page.goto(html.as_uri())
        page.wait_for_load_state("load")
    # Search results render article text too: search for the hostile words and show the results.
    page.goto((root / "index.html").as_uri())
    page.locator("input.md-search__input").click()
    page.keyboard.type("alert script Diarra")
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    page.close()
    assert dialogs == []


def test_yaml_is_only_ever_loaded_safely() -> None:
    """Every YAML load in the package goes through SafeLoader (or yamlio's SafeLoader subclass)."""
    unsafe = []
    for source in sorted((ROOT / "generator").rglob("*.py")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            loads = any(call in code for call in ("yaml.load(", "yaml.unsafe_load", "yaml.full_load", "yaml.Loader"))
            if loads and "Loader=TextDateLoader" not in code and "Loader=yaml.SafeLoader" not in code:
                unsafe.append(f"{source.relative_to(ROOT)}:{number}: {line.strip()}")
    assert unsafe == []
