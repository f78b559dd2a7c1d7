"""The `briefing` command: one subcommand per pipeline stage, plus build and serve.

Exit codes: 0 all went well; 1 something was reported and skipped (the rest was
still written); 2 nothing could be done (bad options, unreadable configuration).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .articles import READERS, article_files, parse_published
from .errors import BriefingError

log = logging.getLogger("briefing")

EXIT_OK, EXIT_PROBLEMS, EXIT_FATAL = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    _setup_logging(args.quiet, args.log_json)
    try:
        return int(args.run(args))
    except BriefingError as error:
        log.error("%s", error)
        return EXIT_FATAL
    except OSError as error:
        # A read-only or full disk: say which file, not a traceback. Writes are atomic, so nothing is half-written.
        where = f"{error.filename}: " if error.filename else ""
        log.error("%scannot write: %s; free space or fix permissions and run again", where, error.strerror or error)
        return EXIT_FATAL
    except KeyboardInterrupt:
        log.error("interrupted; files already written are complete, nothing half-written was kept")
        return EXIT_FATAL


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Build a briefing site from news articles.")
    parser.add_argument("-q", "--quiet", action="store_true", help="only print errors")
    parser.add_argument("--json", dest="log_json", action="store_true", help="log one JSON object per line (for CI)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = sub.add_parser("extract", help="write a fact sheet for each article")
    extract.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE", help="article files or folders")
    extract.add_argument("--content", type=Path, default=Path("content"), help="corpus folder (default: content)")
    extract.add_argument("--out", type=Path, help="fact-sheet folder (default: CONTENT/facts)")
    extract.add_argument("--published", help="date YYYY-MM-DD that relative dates resolve against")
    extract.add_argument("--force", action="store_true", help="extract again even when up to date")
    extract.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    extract.add_argument("--dask", metavar="ADDRESS", help="run extraction on this Dask scheduler instead")
    extract.set_defaults(run=_run_extract)

    add = sub.add_parser("add", help="normalise saved pages, feeds and text into Markdown articles")
    add.add_argument("inputs", nargs="+", type=Path, metavar="FILE_OR_FOLDER", help="files, feeds or folders")
    add.add_argument("--content", type=Path, default=Path("content"), help="corpus folder (default: content)")
    add.set_defaults(run=_run_add)

    check = sub.add_parser("check", help="validate fact sheets against the schema")
    check.add_argument("sheets", nargs="*", type=Path, metavar="FACT_SHEET", help="files or folders")
    check.add_argument("--content", type=Path, default=Path("content"), help="corpus folder (default: content)")
    check.set_defaults(run=_run_check)

    review = sub.add_parser("review", help="list what needs a person's eye: new facts, flagged edits, gaps")
    review.add_argument("--content", type=Path, default=Path("content"), help="corpus folder (default: content)")
    review.set_defaults(run=_run_review)

    pages = sub.add_parser("pages", help="render the Markdown pages only, without building HTML")
    _site_options(pages)
    pages.add_argument("--out", type=Path, required=True, help="folder for the Markdown pages")
    pages.set_defaults(run=_run_pages)

    build = sub.add_parser("build", help="extract what is missing, render pages and build the HTML site")
    _site_options(build)
    build.add_argument("--site-dir", type=Path, default=Path("site"), help="output folder (default: site)")
    build.add_argument("--docs-dir", type=Path, help="folder for the generated Markdown (default: from mkdocs.yml)")
    build.set_defaults(run=_run_build)

    serve = sub.add_parser("serve", help="serve the site locally and rebuild when content changes")
    _site_options(serve)
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on")
    serve.set_defaults(run=_run_serve)

    evaluate = sub.add_parser("eval", help="score extraction against gold fact sheets")
    evaluate.add_argument("gold", type=Path, metavar="GOLD_DIR", help="folder of gold fact sheets <id>.yaml")
    evaluate.add_argument("--articles", type=Path, help="article folder (default: GOLD_DIR/../articles)")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--misses", action="store_true", help="also list every false positive and negative")
    evaluate.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        help="score a second annotator's sheets of the same articles instead of extraction (agreement)",
    )
    evaluate.set_defaults(run=_run_eval)
    return parser


def _site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, default=Path("content"), help="corpus folder (default: content)")
    parser.add_argument("--config", type=Path, default=None, help="MkDocs configuration (default: mkdocs.yml)")
    parser.add_argument("--templates", type=Path, default=None, help="page templates (default: templates/)")


def _setup_logging(quiet: bool, as_json: bool = False) -> None:
    from .logs import JsonFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else _OneLine())
    root = logging.getLogger("briefing")
    root.handlers[:] = [handler]
    root.setLevel(logging.ERROR if quiet else logging.INFO)
    root.propagate = False


class _OneLine(logging.Formatter):
    """'error: file:line: message' for problems, the bare message for progress."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.levelno >= logging.WARNING:
            return f"{record.levelname.lower()}: {message}"
        return message


def _project_file(given: Path | None, name: str) -> Path:
    """An option's path, else NAME in the current folder, else NAME beside the installed package."""
    if given is not None:
        return given
    here = Path(name)
    if here.exists():
        return here
    return Path(__file__).resolve().parent.parent / name


def _expand(paths: Iterable[Path], suffixes: Iterable[str]) -> list[Path]:
    """Files as given, folders as their files with a known suffix, sorted."""
    suffixes = tuple(suffixes)
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in suffixes))
        else:
            out.append(path)
    return out


def _report(problems: Iterable[BriefingError]) -> int:
    """Log each problem on one line; the exit code says whether there were any."""
    count = 0
    for problem in problems:
        log.error("%s", problem)
        count += 1
    return EXIT_PROBLEMS if count else EXIT_OK


def _run_extract(args: argparse.Namespace) -> int:
    from .build import Corpus, extract_articles
    from .logs import progress, wants_progress

    corpus = Corpus(args.content)
    paths = _expand(args.articles, READERS) if args.articles else article_files(corpus.articles_dir)
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise BriefingError(f"no such article: {missing[0]}")
    if args.published:
        args.published = parse_published(args.published, Path("--published"))
    # Named articles are still compared with the whole corpus for reprints, so a reprint is recognised as one.
    group_with = article_files(corpus.articles_dir) if args.articles else ()
    bar = wants_progress(args.quiet, args.log_json)
    with progress(len(paths), "extracting", bar, ("extracted", "reused", "failed")) as update:
        report = extract_articles(
            paths,
            args.out or corpus.facts_dir,
            force=args.force,
            published=args.published,
            jobs=args.jobs,
            dask_address=args.dask,
            group_with=group_with,
            on_progress=update,
        )
    log.info(
        "extracted %d article(s), %d up to date, %d failed", len(report.written), report.reused, len(report.problems)
    )
    if report.regrouped:
        log.info("recorded a new reprint group or language on %d other sheet(s)", len(report.regrouped))
    return _report(report.problems)


def _run_add(args: argparse.Namespace) -> int:
    from .ingest.add import add_files, expand_inputs
    from .logs import progress, wants_progress

    files, _ = expand_inputs(args.inputs)
    with progress(len(files), "adding", wants_progress(args.quiet, args.log_json)) as update:
        report = add_files(args.inputs, args.content, lambda _, r: update(len(r.added), len(r.reused), len(r.problems)))
    log.info(
        "added %d article(s), %d already there, %d failed", len(report.added), len(report.reused), len(report.problems)
    )
    return _report(report.problems)


def _run_check(args: argparse.Namespace) -> int:
    from .sheets import SheetChecker

    checker = SheetChecker.create()
    paths = _expand(args.sheets or [args.content / "facts"], (".yaml", ".yml"))
    problems = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(BriefingError(f"cannot read fact sheet: {error}", path))
            continue
        problems.extend(checker.problems(path, text))
    log.info("checked %d fact sheet(s): %d problem(s)", len(paths), len(problems))
    return _report(problems)


def _run_review(args: argparse.Namespace) -> int:
    from .review import ambiguities, review_items

    items = review_items(args.content, ambiguities(args.content))
    for item in items:
        print(item)
    log.info("%d item(s) to review", len(items))
    return EXIT_OK


def _run_pages(args: argparse.Namespace) -> int:
    from .build import prepare_pages

    prepared = prepare_pages(args.content, args.out, _project_file(args.templates, "templates"))
    log.info("rendered pages for %d article(s) into %s", prepared.articles, args.out)
    return _report(prepared.problems)


def _run_build(args: argparse.Namespace) -> int:
    from .build import Corpus
    from .logs import progress, wants_progress
    from .site import build_site

    total = len(article_files(Corpus(args.content).articles_dir))
    bar = wants_progress(args.quiet, args.log_json)
    with progress(total, "extracting", bar, ("extracted", "reused", "failed")) as update:
        prepared = build_site(
            _project_file(args.config, "mkdocs.yml"),
            content_dir=args.content,
            site_dir=args.site_dir,
            docs_dir=args.docs_dir,
            templates_dir=args.templates,
            on_progress=update,
        )
    log.info("extracted %d article(s), reused %d", prepared.extracted, prepared.reused)
    log.info("built %s from %d article(s)", args.site_dir, prepared.articles)
    return _report(prepared.problems)


def _run_serve(args: argparse.Namespace) -> int:
    from .site import serve_site

    serve_site(_project_file(args.config, "mkdocs.yml"), content_dir=args.content, dev_addr=args.dev_addr)
    return EXIT_OK


def _run_eval(args: argparse.Namespace) -> int:
    from .evaluate import scores_json
    from .extract import Extractor
    from .goldset import GoldSet, second_annotation

    gold = GoldSet.load(args.gold, args.articles)
    scores = gold.compare(second_annotation(args.against, gold)) if args.against else gold.score(Extractor())
    if args.json:
        print(scores_json(scores))
        return EXIT_OK
    for name, score in scores.items():
        print(score.table(f"## {name}"), end="\n\n")
        if args.misses and name in ("dev", *(["all"] if len(scores) == 1 else [])):  # held-out misses stay unseen
            print("\n".join(f"{m.article}: {m.kind} {m.error} {m.fact}" for m in score.misses), end="\n\n")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
