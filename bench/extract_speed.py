"""Extraction speed: articles per second on one core for 600-word articles, after the extractor is loaded.

The articles are built from the gold set's story paragraphs (tests/gold/articles), rotated so that each
article is a different mix of about 600 words. Run: .venv/bin/python bench/extract_speed.py [N]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.articles import Article, article_files, read_article  # noqa: E402
from generator.extract import Extractor  # noqa: E402

WORDS = 600


def paragraphs() -> list[str]:
    """Story paragraphs of the gold articles (blank-line separated, more than ten words)."""
    out = []
    for path in article_files(ROOT / "tests" / "gold" / "articles"):
        out.extend(p.strip() for p in read_article(path).body.split("\n\n") if len(p.split()) > 10)
    return out


def articles(count: int) -> list[Article]:
    """`count` articles of about 600 words each."""
    pool = paragraphs()
    built = []
    for i in range(count):
        chosen: list[str] = []
        j = i * 7
        while sum(len(p.split()) for p in chosen) < WORDS:
            chosen.append(pool[j % len(pool)])
            j += 3
        built.append(
            Article(
                id=f"bench-{i}",
                path=Path(f"bench-{i}.md"),
                title="Bench",
                body="\n\n".join(chosen),
                published="2025-06-01",
            )
        )
    return built


def main(count: int = 60) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    extractor = Extractor()
    batch = articles(count)
    extractor.extract(batch[0])  # warm-up: first-call caches are not what we measure
    words = sum(len(a.body.split()) for a in batch)
    start = time.perf_counter()
    for article in batch:
        extractor.extract(article)
    elapsed = time.perf_counter() - start
    print(
        f"| extraction | {count} articles, {words / count:.0f} words each | "
        f"{count / elapsed:.1f} articles/s | {1000 * elapsed / count:.0f} ms/article | one core |"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
