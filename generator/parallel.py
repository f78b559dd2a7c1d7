"""Running extraction over many articles: in-process, on a process pool, or on a Dask cluster.

Extraction is a pure function of one article, so the three give identical
results in the same order; only where the work runs differs. Each worker
builds one Extractor (slow to load) and reuses it for every article it gets.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .articles import Article
from .errors import BriefingError
from .factsheet import FactSheet

SERIAL_BELOW = 8
"""Fewer articles than this are extracted in-process: a worker pool costs more to start than it saves."""

DASK_CONNECT_TIMEOUT = "30s"
"""How long to wait for the scheduler before giving up with an error."""

_worker_extractor: Any = None
"""The Extractor of a pool worker process. Process-local by design: each worker loads its own once."""


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_many(
    articles: Sequence[Article],
    published: str | None = None,
    jobs: int | None = None,
    dask_address: str | None = None,
) -> list[FactSheet]:
    """Fact sheets for `articles`, in order, computed serially, on `jobs` processes or on a Dask cluster."""
    return list(iter_extract(articles, published, jobs, dask_address))


def iter_extract(
    articles: Sequence[Article],
    published: str | None = None,
    jobs: int | None = None,
    dask_address: str | None = None,
) -> Iterator[FactSheet]:
    """`extract_many`, one sheet at a time as each is ready (in order), so a caller can write and report progress."""
    if not articles:
        return
    if dask_address:
        yield from _on_dask(articles, published, dask_address)
        return
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(articles) < SERIAL_BELOW:
        from .extract import Extractor

        extractor = Extractor()
        for article in articles:
            yield extractor.extract(article, published=published)
        return
    chunk = max(1, len(articles) // (jobs * 8))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker) as pool:
        yield from pool.map(_extract_in_worker, articles, [published] * len(articles), chunksize=chunk)


def _start_worker() -> None:
    """Pool initializer: load the Extractor once per worker process."""
    global _worker_extractor
    from .extract import Extractor

    _worker_extractor = Extractor()


def _extract_in_worker(article: Article, published: str | None) -> FactSheet:
    return _worker_extractor.extract(article, published=published)


def _on_dask(articles: Sequence[Article], published: str | None, address: str) -> Iterator[FactSheet]:
    """Extraction on an existing dask.distributed cluster; the scheduler spreads articles over its workers."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise BriefingError("--dask needs dask.distributed: pip install 'briefing[dask]'") from None
    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT)
    except OSError as error:
        raise BriefingError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        futures = client.map(_extract_on_dask_worker, list(articles), published=published, pure=False)
        for future in futures:
            yield future.result()


def _extract_on_dask_worker(article: Article, published: str | None) -> FactSheet:
    """Runs on a Dask worker; the Extractor is kept on the worker object between tasks."""
    from dask.distributed import get_worker

    worker = get_worker()
    extractor: Any = getattr(worker, "briefing_extractor", None)
    if extractor is None:
        from .extract import Extractor

        extractor = Extractor()
        setattr(worker, "briefing_extractor", extractor)  # noqa: B010 - a worker attribute of our own
    return extractor.extract(article, published=published)
