"""The MkDocs plugin under `mkdocs serve`: what it watches, and a real rebuild on a new article."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[1]


class RecordingServer:
    """Stands in for MkDocs' LiveReloadServer: records what is watched."""

    def __init__(self, watched: list[str]) -> None:
        self.watched = list(watched)

    def watch(self, path: str) -> None:
        self.watched.append(path)

    def unwatch(self, path: str) -> None:
        self.watched.remove(path)


def test_serve_watches_content_and_templates_not_the_generated_pages(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs))
    plugin = config.plugins["briefing"]
    server = RecordingServer([config.docs_dir])
    plugin.on_serve(server, config=config, builder=None)
    assert server.watched == [str(ROOT / "content"), str(ROOT / "templates")]


def test_a_converted_page_is_held_compressed_and_released_once_written(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "people").mkdir(parents=True)
    (docs / "people" / "ada.md").write_text(
        "---\ntitle: Ada Diallo\n---\n\n# Ada Diallo\n\n## Events\n", encoding="utf-8"
    )
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(tmp_path / "site"))
    plugin = config.plugins["briefing"]
    page = Page(None, File("people/ada.md", str(docs), str(tmp_path / "site"), False), config)
    page.read_source(config)
    page.render(config, files=None)  # type: ignore[arg-type]
    html, toc = page.content, page.toc
    assert "Ada Diallo" in html and [item.title for item in toc] == ["Ada Diallo"]

    page.content = plugin.on_page_content(html, page=page, config=config, files=None)
    assert (page.markdown, page.content) == ("", "")
    assert page.title == "Ada Diallo"  # MkDocs reads an unread page's title as None; this one stays named

    plugin.on_page_context({}, page=page, config=config, nav=None)
    assert page.content == html and page.toc is toc  # as converted, for the template and the search index

    assert plugin.on_post_page("<html>", page=page, config=config) == "<html>"
    assert page.content == "" and list(page.toc) == [] and plugin.packed == {}


def test_briefing_serve_rebuilds_when_an_article_is_added(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "tests" / "fixtures" / "serve", content)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    script = Path(sys.executable).with_name("briefing")
    server = subprocess.Popen(
        [str(script), "serve", "--content", str(content), "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )

    def articles_page() -> str:
        """The articles index as served, or '' while the server is not up yet."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/articles/index.html", timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    def wait_for(text: str) -> bool:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if text in articles_page():
                return True
            time.sleep(0.5)
        return False

    try:
        assert wait_for("Sahel leaders meet in Niamey"), "the first build was not served"
        (content / "articles" / "second.md").write_text(
            "---\ntitle: Mali closes its border with Niger\npublished: 2025-02-03\n---\n\n"
            "Mali closed its border with Niger on Monday, officials said.\n",
            encoding="utf-8",
        )
        assert wait_for("Mali closes its border with Niger"), "the new article did not appear after a rebuild"
    finally:
        server.terminate()
        server.wait(timeout=30)
