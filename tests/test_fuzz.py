"""Property-based tests: random input never raises anything but the project's own errors."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.articles import Article, read_article
from generator.errors import ArticleError, FactSheetError
from generator.extract import Extractor
from generator.sheets import SheetChecker, dump_sheet_data

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

front_matter_values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=30), st.lists(st.text(max_size=5), max_size=3)
)
markdownish = st.builds(
    lambda meta, body: "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body,
    st.dictionaries(st.sampled_from(["title", "published", "source", "url", "extra"]), front_matter_values),
    st.text(max_size=300),
)


@FUZZ
@given(
    content=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode), markdownish.map(str.encode)),
    suffix=st.sampled_from([".md", ".txt", ".html"]),
)
def test_article_reader_raises_only_article_errors(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(content)
        try:
            article = read_article(path)
        except ArticleError as error:
            assert "\n" not in str(error)
        else:
            assert isinstance(article, Article) and article.body.strip()


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


# Tokens that have tripped date and figure parsers, mixed with random text.
WORDS = (
    "on Sunday last Monday in July March 2024 since 2012 between 2020 and 2021 late last week 45 a five-year "
    'may the 3rd of May dozens of 20 to 50 % Mali Niger General said “ ” " . , Bamako Kati ( ) - 0 99999'
).split()
words = st.sampled_from(WORDS)


@FUZZ
@given(
    tokens=st.lists(st.one_of(words, st.text(max_size=8)), max_size=60),
    published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_extraction_and_date_resolution_never_raise(extractor: Extractor, tokens: list[str], published) -> None:
    body = " ".join(tokens) + "\n"
    if not body.strip():
        return
    article = Article(id="fuzz", path=Path("fuzz.md"), title="Fuzz", body=body, published=published)
    sheet = extractor.extract(article)
    for event in sheet.events:
        value = event.date.value
        assert value is None or (published is not None and value.split("/")[0] <= published) or value[:4].isdigit()
    for kind in ("countries", "people", "events", "quotes", "figures"):
        for fact in getattr(sheet, kind):
            ev = fact.evidence
            assert body[ev.start : ev.end] == ev.text


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)
sheet_like = st.fixed_dictionaries(
    {"schema": st.one_of(st.just(1), json_values), "article": st.one_of(json_values, st.just({"id": "fuzz"}))},
    optional={
        "countries": st.lists(st.dictionaries(st.sampled_from(["code", "name", "evidence"]), json_values), max_size=2),
        "events": st.lists(st.dictionaries(st.sampled_from(["type", "summary", "date"]), json_values), max_size=2),
    },
)


@FUZZ
@given(text=st.one_of(st.text(max_size=300), sheet_like.map(dump_sheet_data)))
def test_fact_sheet_loader_raises_only_fact_sheet_errors(text: str) -> None:
    checker = SheetChecker.create()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            checker.load(path)
        except FactSheetError as error:
            assert "\n" not in str(error)
