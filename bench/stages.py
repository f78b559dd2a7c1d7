"""One instrumented `briefing build`, run as its own process by bench/run.py.

It wraps the pipeline's stage functions with timers, runs the same build
`briefing build` runs (our stages inside the MkDocs plugin, then MkDocs), and
prints one JSON object: the seconds of each of our stages, of the whole build,
the CPU seconds of our stages and of MkDocs (steadier than wall time on a
shared machine), the extracted/reused counts, this process's resident memory
after each stage and when MkDocs has converted every page, and its peak both
at the end of our stages and at the end of the build.

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


def _memory() -> tuple[float, float]:
    """This process's resident memory now and at its peak so far, in MB (Linux /proc; zeros elsewhere)."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0.0, 0.0
    fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _timed(
    seconds: dict[str, float], rss: dict[str, float], name: str, function: Callable[..., Any]
) -> Callable[..., Any]:
    """`function`, adding its wall time to seconds[name] on every call and noting the RSS after it."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
            rss[name] = _memory()[0]

    return wrapper


def _after_populate(rss: dict[str, float], function: Callable[..., Any]) -> Callable[..., Any]:
    """MkDocs' `_build_page`, noting the RSS when it is first called: every page is then read and converted."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        rss.setdefault("mkdocs_pages_converted", _memory()[0])
        return function(*args, **kwargs)

    return wrapper


def main(content: Path, site: Path, docs: Path) -> dict[str, Any]:
    import mkdocs.commands.build

    import generator.build
    import generator.decisions
    import generator.knowledge
    import generator.render
    from generator.site import build_site

    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    rss: dict[str, float] = {}
    peaks: dict[str, float] = {}
    # prepare_pages imports these at call time from their modules, and the two build.py globals by name.
    generator.build.extract_articles = _timed(seconds, rss, "ingest_and_cache", generator.build.extract_articles)
    generator.build.load_fact_sheets = _timed(seconds, rss, "load_sheets", generator.build.load_fact_sheets)
    # Reprint grouping: its own step in older pipelines, part of the ingest step (and timed inside it) since
    # the groups are cached beside the fact sheets.
    for name in ("group_reprints", "cached_groups"):
        if hasattr(generator.build, name):
            setattr(generator.build, name, _timed(seconds, rss, "reprints", getattr(generator.build, name)))
    generator.knowledge.aggregate = _timed(seconds, rss, "aggregate", generator.knowledge.aggregate)
    generator.render.render_pages = _timed(seconds, rss, "render", generator.render.render_pages)
    prepare = _timed(seconds, rss, "our_stages", generator.build.prepare_pages)

    @functools.wraps(prepare)
    def prepare_and_note_peak(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        result = prepare(*args, **kwargs)
        cpu["our_stages"] = time.process_time() - start
        peaks["our_stages"] = _memory()[1]
        return result

    generator.build.prepare_pages = prepare_and_note_peak
    mkdocs.commands.build._build_page = _after_populate(rss, mkdocs.commands.build._build_page)
    import generator.plugin

    generator.plugin.prepare_pages = generator.build.prepare_pages
    start, cpu_start = time.perf_counter(), time.process_time()
    prepared = build_site(ROOT / "mkdocs.yml", content, site, docs_dir=docs, strict=False)
    seconds["build"] = time.perf_counter() - start
    seconds["mkdocs"] = seconds["build"] - seconds["our_stages"]
    rss["build"] = _memory()[0]
    cpu["build"] = time.process_time() - cpu_start
    cpu["mkdocs"] = cpu["build"] - cpu["our_stages"]
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
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
        "rss_mb": rss,
        "our_stages_rss_mb": peaks.get("our_stages", 0.0),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _query(kb: Any) -> str:
    """A surname to search for in the browser: the person named in the most articles."""
    people = sorted(kb.people, key=lambda p: (-len({s.article_id for s in p.sources}), p.slug))
    return people[0].name.split()[-1] if people else "Briefing"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(json.dumps(main(*(Path(arg) for arg in sys.argv[1:4]))))
