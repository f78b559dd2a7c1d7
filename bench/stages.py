"""One instrumented `briefing build`, run as its own process by bench/run.py.

It wraps the pipeline's stage functions with timers, runs the same build
`briefing build` runs (our stages inside the MkDocs plugin, then MkDocs), and
prints one JSON object: the seconds of each of our stages, of the whole build,
the extracted/reused counts and this process's peak resident memory.

    python bench/stages.py CONTENT_DIR SITE_DIR DOCS_DIR
"""

from __future__ import annotations

import functools
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _timed(seconds: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, adding its wall time to seconds[name] on every call."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start

    return wrapper


def main(content: Path, site: Path, docs: Path) -> dict[str, Any]:
    import generator.build
    import generator.decisions
    import generator.knowledge
    import generator.render
    from generator.site import build_site

    seconds: dict[str, float] = {}
    # prepare_pages imports these at call time from their modules, and the two build.py globals by name.
    generator.build.extract_articles = _timed(seconds, "ingest_and_cache", generator.build.extract_articles)
    generator.build.load_fact_sheets = _timed(seconds, "load_sheets", generator.build.load_fact_sheets)
    if hasattr(generator.build, "group_reprints"):
        generator.build.group_reprints = _timed(seconds, "reprints", generator.build.group_reprints)
    generator.knowledge.aggregate = _timed(seconds, "aggregate", generator.knowledge.aggregate)
    generator.render.render_pages = _timed(seconds, "render", generator.render.render_pages)
    generator.build.prepare_pages = _timed(seconds, "our_stages", generator.build.prepare_pages)
    import generator.plugin

    generator.plugin.prepare_pages = generator.build.prepare_pages
    start = time.perf_counter()
    prepared = build_site(ROOT / "mkdocs.yml", content, site, docs_dir=docs, strict=False)
    seconds["build"] = time.perf_counter() - start
    seconds["mkdocs"] = seconds["build"] - seconds["our_stages"]
    return {
        "seconds": seconds,
        "extracted": prepared.extracted,
        "reused": prepared.reused,
        "articles": prepared.articles,
        "events": len(prepared.knowledge.events),
        "people": len(prepared.knowledge.people),
        "organizations": len(prepared.knowledge.organizations),
        "countries": len(prepared.knowledge.countries),
        "pages": sum(1 for _ in docs.rglob("*.md")),
        "problems": len(prepared.problems),
        "query": _query(prepared.knowledge),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _query(kb: Any) -> str:
    """A surname to search for in the browser: the person named in the most articles."""
    people = sorted(kb.people, key=lambda p: (-len({s.article_id for s in p.sources}), p.slug))
    return people[0].name.split()[-1] if people else "Briefing"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(json.dumps(main(*(Path(arg) for arg in sys.argv[1:4]))))
