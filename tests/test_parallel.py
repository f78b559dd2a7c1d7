"""Parallel and distributed extraction give exactly the serial output."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.parallel
from generator.articles import read_article
from generator.parallel import extract_many

CONTENT = Path(__file__).resolve().parents[1] / "content" / "articles"


@pytest.fixture(scope="module")
def articles() -> list:
    """The demo corpus, twice over, so the pool path (not the small-batch shortcut) is taken."""
    demo = [read_article(p) for p in sorted(CONTENT.glob("*.md"))]
    assert len(demo) * 2 >= 8
    return demo * 2


@pytest.fixture(scope="module")
def serial(articles: list) -> list:
    return extract_many(articles, jobs=1)


def test_process_pool_matches_serial(articles: list, serial: list) -> None:
    assert extract_many(articles, jobs=2) == serial


def test_dask_local_cluster_matches_serial(articles: list, serial: list) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert extract_many(articles, dask_address=cluster.scheduler_address) == serial


def test_unreachable_scheduler_is_a_clear_error(articles: list, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.errors import BriefingError

    monkeypatch.setattr(generator.parallel, "DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(BriefingError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        extract_many(articles[:1], dask_address="tcp://127.0.0.1:9")
