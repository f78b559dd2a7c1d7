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
