"""Benchmark: Briefing on synthetic corpora of growing size.

    .venv/bin/python bench/run.py --sizes 100 1000 10000 [--browser] [--work DIR]

For each size N it generates N articles (bench/corpus.py, fixed seed), then
runs each step as its own process and records wall time and that process's
peak resident memory:

1. serial extraction (`briefing extract --jobs 1`) on a sample of the corpus
   (all of it when N is at most --sample), reported as articles per second;
2. parallel extraction of the whole corpus (`--jobs`, default 2);
3. the same command again, every fact sheet reused (the cached re-run);
4. one instrumented `briefing build` (bench/stages.py): our stages (ingest
   and cache check, loading the sheets, aggregation, rendering) and MkDocs,
   timed in the same run, with the process's peak RSS when our stages end
   and at the end of the build;
5. with --browser, the built site opened from file:// in Chromium: page load,
   search ready, and time from typing a query to the first result;
6. with --zensical PATH (a `zensical` executable, installed in a venv of its
   own), `zensical build` of the same generated pages, for comparison with
   MkDocs: wall time and peak RSS, or the error it stopped with.

It prints a Markdown table and writes it to bench/results.md. These are
measurements, not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))  # headless.py: the same Chromium as the browser tests

from corpus import generate  # noqa: E402
from headless import launch  # noqa: E402

BRIEFING = [sys.executable, "-m", "generator.cli"]


@dataclass
class Run:
    """What one process took: wall seconds, its own peak RSS in MB, and what it printed."""

    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str


@dataclass
class Result:
    """Every measurement for one corpus size."""

    n: int
    values: dict[str, Any] = field(default_factory=dict)


def run(command: list[str], cwd: Path = ROOT) -> Run:
    """Run a command to the end; its peak RSS comes from wait4, so it is this process's alone."""
    scratch = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    out, err = scratch / "stdout", scratch / "stderr"
    with out.open("w") as stdout, err.open("w") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    result = Run(seconds, usage.ru_maxrss / 1024, out.read_text(), err.read_text())
    shutil.rmtree(scratch)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{result.stderr[-3000:]}")
    return result


def size_mb(path: Path) -> float:
    """Bytes on disk of a file or folder, in MB (apparent size, like du -sb)."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def measure(n: int, work: Path, sample: int, jobs: int, browser: bool, zensical: Path | None = None) -> Result:
    """Generate a corpus of n articles and measure every step on it."""
    result = Result(n)
    base = work / str(n)
    shutil.rmtree(base, ignore_errors=True)
    content, sample_content = base / "content", base / "sample"
    log(f"N={n}: generating the corpus")
    paths = generate(content / "articles", n)
    result.values["words"] = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    sample_paths = paths[:: max(1, n // sample)][:sample]
    (sample_content / "articles").mkdir(parents=True)
    for path in sample_paths:
        shutil.copy(path, sample_content / "articles" / path.name)

    log(f"N={n}: serial extraction of {len(sample_paths)} article(s)")
    serial = run([*BRIEFING, "extract", "--content", str(sample_content), "--jobs", "1"])
    result.values["serial_sample"] = len(sample_paths)
    result.values["serial_rate"] = len(sample_paths) / serial.seconds

    log(f"N={n}: parallel extraction, {jobs} jobs")
    parallel = run([*BRIEFING, "extract", "--content", str(content), "--jobs", str(jobs)])
    result.values["parallel_rate"] = n / parallel.seconds
    result.values["parallel_seconds"] = parallel.seconds

    log(f"N={n}: cached extraction")
    cached = run([*BRIEFING, "extract", "--content", str(content)])
    result.values["cached_seconds"] = cached.seconds
    result.values["cached_log"] = cached.stderr.strip().splitlines()[-1] if cached.stderr.strip() else ""

    log(f"N={n}: instrumented briefing build")
    site, docs = base / "site", base / "docs"
    build = run([sys.executable, str(HERE / "stages.py"), str(content), str(site), str(docs)])
    stats = json.loads(build.stdout.strip().splitlines()[-1])
    result.values.update(stats)
    result.values["build_rss_mb"] = build.peak_rss_mb
    result.values["site_mb"] = size_mb(site)
    result.values["docs_mb"] = size_mb(docs)
    index = site / "search" / "search_index.js"
    result.values["index_mb"] = size_mb(index if index.exists() else site / "search" / "search_index.json")
    if browser:
        log(f"N={n}: Chromium")
        result.values.update(browse(site, stats["query"]))
    if zensical:
        log(f"N={n}: zensical build")
        result.values.update(zensical_build(zensical, docs, base / "zensical"))
    log(f"N={n}: done {json.dumps(result.values, default=str)}")
    return result


def zensical_build(executable: Path, docs: Path, project: Path) -> dict[str, Any]:
    """`zensical build` of the generated pages, configured from mkdocs.yml without the briefing plugin.

    Zensical runs no MkDocs plugins, so the nav the plugin sets is written out, and it
    wants docs_dir inside the project folder, so the pages are copied there.
    """
    from mkdocs.utils.yaml import yaml_load

    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(docs, project / "docs")
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as f:
        config = yaml_load(f)
    plugins = [p for p in config.get("plugins", []) if not (isinstance(p, dict) and "briefing" in p)]
    sections = [p.name for p in sorted(docs.iterdir()) if (p / "index.md").is_file()]
    order = ["index.md", *(f"{s}/index.md" for s in ("countries", "events", "people", "organizations", "articles"))]
    nav = [page for page in order if page == "index.md" or page.split("/")[0] in sections]
    config.update(docs_dir="docs", site_dir="site", plugins=plugins, nav=nav)
    (project / "mkdocs.yml").write_text(json.dumps(config, indent=1), encoding="utf-8")  # JSON is YAML
    try:
        built = run([str(executable), "build", "--clean", "--config-file", str(project / "mkdocs.yml")], cwd=project)
    except SystemExit as error:
        return {"zensical_error": " ".join(str(error).split())[:300]}
    if not (project / "site" / "index.html").is_file():
        said = (built.stderr.strip() or built.stdout.strip() or "no output").splitlines()[-1]
        return {"zensical_error": " ".join(said.split())[:300]}
    pages = sum(1 for _ in (project / "site").rglob("*.html"))
    return {"zensical_seconds": built.seconds, "zensical_rss_mb": built.peak_rss_mb, "zensical_pages": pages}


def browse(site: Path, query: str) -> dict[str, float]:
    """Open the site from file:// and time page load, search readiness and the first result of a query."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        start = time.perf_counter()
        page.goto((site / "index.html").as_uri(), wait_until="load", timeout=120_000)
        loaded = time.perf_counter()
        box = page.locator("input[data-md-component='search-query']")
        box.click()
        page.wait_for_function(
            "document.querySelector('.md-search-result__meta').textContent.trim() !== 'Initializing search'",
            timeout=120_000,
            polling=20,
        )
        ready = time.perf_counter()
        typed = time.perf_counter()
        box.press_sequentially(query)  # keystrokes, as a reader types: Material searches on each one
        page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
        first = time.perf_counter()
        browser.close()
    return {
        "load_ms": (loaded - start) * 1000,
        "search_ready_ms": (ready - start) * 1000,
        "first_result_ms": (first - typed) * 1000,
        "query_chars": len(query),
    }


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine() -> str:
    """Cores, memory and Python of this machine, one line."""
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        memory = f", {kb / 1024**2:.0f} GB RAM"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores{memory}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


ROWS: tuple[tuple[str, str, str], ...] = (
    ("articles (words)", "n", "{n:,} ({words:,})"),
    ("pages generated", "pages", "{pages:,}"),
    ("events / people / organisations", "events", "{events:,} / {people:,} / {organizations:,}"),
    ("extraction, serial", "serial_rate", "{serial_rate:.0f} articles/s{serial_note}"),
    (
        "extraction, parallel (--jobs {jobs})",
        "parallel_rate",
        "{parallel_rate:.0f} articles/s ({parallel_seconds:.1f} s)",
    ),
    ("cached re-run of `briefing extract`", "cached_seconds", "{cached_seconds:.1f} s"),
    ("our stages in `briefing build`", "our_stages", "**{our_stages:.1f} s**"),
    ("  ingest + cache check", "ingest_and_cache", "{ingest_and_cache:.1f} s"),
    ("  load and check fact sheets", "load_sheets", "{load_sheets:.1f} s"),
    ("  group reprints", "reprints", "{reprints:.1f} s"),
    ("  aggregate", "aggregate", "{aggregate:.1f} s"),
    ("  render Markdown", "render", "{render:.1f} s"),
    ("MkDocs build (same run)", "mkdocs", "**{mkdocs:.1f} s**"),
    ("our stages / MkDocs", "ratio", "{ratio:.2f}"),
    ("peak RSS of `briefing build`", "build_rss_mb", "{build_rss_mb:,.0f} MB"),
    ("  peak RSS by the end of our stages", "our_stages_rss_mb", "{our_stages_rss_mb:,.0f} MB"),
    ("site size", "site_mb", "{site_mb:,.0f} MB"),
    ("search index", "index_mb", "{index_mb:.1f} MB"),
    ("Chromium: page load", "load_ms", "{load_ms:,.0f} ms"),
    ("Chromium: search ready", "search_ready_ms", "{search_ready_ms:,.0f} ms"),
    ("Chromium: typing a surname to first result", "first_result_ms", "{first_result_ms:,.0f} ms"),
    ("Zensical build of the same pages", "zensical_seconds", "{zensical_seconds:.1f} s ({zensical_rss_mb:,.0f} MB)"),
    ("Zensical build failed", "zensical_error", "{zensical_error}"),
)


def table(results: list[Result], jobs: int) -> str:
    """Metrics as rows, corpus sizes as columns."""
    lines = ["| | " + " | ".join(f"N = {r.n:,}" for r in results) + " |", "|---|" + "---:|" * len(results)]
    for label, key, form in ROWS:
        cells = []
        for r in results:
            values = _with_derived(r, jobs)
            cells.append(form.format(**values) if key in values else "")
        if any(cells):
            lines.append(f"| {label.format(jobs=jobs)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _with_derived(result: Result, jobs: int) -> dict[str, Any]:
    values = {**result.values, **result.values.get("seconds", {}), "n": result.n, "jobs": jobs}
    if "mkdocs" in values:
        values["ratio"] = values["our_stages"] / values["mkdocs"]
    sample = values.get("serial_sample", result.n)
    values["serial_note"] = f" (sample of {sample:,})" if sample < result.n else ""
    return values


def growth(results: list[Result], jobs: int) -> str:
    """How each timed step grows with N: the exponent k in time ~ N^k between successive sizes."""
    keys = (("our stages", "our_stages"), ("MkDocs", "mkdocs"), ("reprints", "reprints"), ("aggregate", "aggregate"))
    keys += (("render", "render"), ("Zensical", "zensical_seconds"))
    keys += (("site size", "site_mb"), ("search index", "index_mb"), ("peak RSS", "build_rss_mb"))
    keys += (("our stages' peak RSS", "our_stages_rss_mb"),)
    lines = []
    for a, b in itertools.pairwise(results):
        va, vb = _with_derived(a, jobs), _with_derived(b, jobs)
        parts = []
        for label, key in keys:
            if va.get(key) and vb.get(key):
                k = math.log(vb[key] / va[key]) / math.log(b.n / a.n)
                parts.append(f"{label} N^{k:.2f}")
        lines.append(f"- {a.n:,} → {b.n:,}: " + ", ".join(parts))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--sample", type=int, default=300, help="articles for the serial extraction (default 300)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel extraction (default 2)")
    parser.add_argument("--browser", action="store_true", help="also time search in Chromium")
    parser.add_argument("--zensical", type=Path, help="a zensical executable: also time `zensical build`")
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefing-bench"), help="scratch folder")
    parser.add_argument("--out", type=Path, default=HERE / "results.md", help="Markdown report")
    args = parser.parse_args()
    results = [measure(n, args.work, args.sample, args.jobs, args.browser, args.zensical) for n in args.sizes]
    report = "\n\n".join(
        [
            "# Benchmark results",
            f"Machine: {machine()}. Command: `bench/run.py --sizes {' '.join(map(str, args.sizes))}"
            f"{' --browser' if args.browser else ''}{' --zensical ZENSICAL' if args.zensical else ''}`.",
            table(results, args.jobs),
            "Growth (time or size ~ N^k; k = 1 is linear):\n\n" + growth(results, args.jobs),
            "Raw values:\n\n```json\n" + json.dumps({r.n: r.values for r in results}, indent=1, default=str) + "\n```",
        ]
    )
    print(report)
    args.out.write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
