"""Shared fixtures: one Extractor for the whole session (loading it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.articles import Article
from generator.extract import Extractor
from generator.extraction.lexicon import Lexicon, load_lexicon
from generator.factsheet import FactSheet


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


def make_article(body: str, published: str | None = "2025-08-12", title: str = "Test article") -> Article:
    """An in-memory article, as the readers would produce it."""
    return Article(id="test", path=Path("test.md"), title=title, body=body, published=published)


@pytest.fixture(scope="session")
def extract(extractor: Extractor):
    """Extract facts from a body of text written in the test."""

    def run(body: str, published: str | None = "2025-08-12", title: str = "Test article") -> FactSheet:
        return extractor.extract(make_article(body, published, title))

    return run
