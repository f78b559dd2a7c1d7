"""Readers on realistic fixtures: saved web pages, plain wire copy, Markdown with provenance keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.articles import read_article
from generator.errors import ArticleError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_saved_page_gives_story_and_every_metadata_field() -> None:
    article = read_article(FIXTURES / "pages" / "niger-uranium-sahel-times.html")
    assert article.title == "Niger nationalises French-run uranium mine"
    assert article.published == "2025-06-20"
    assert article.author == "Moussa Kaka"
    assert article.site_name == article.source == "The Sahel Times"
    assert article.url == "https://www.saheltimes.example/africa/2025/06/20/niger-nationalises-uranium-mine"
    assert article.language == "en"
    assert article.found == ("author", "language", "published", "site_name", "source", "title", "url")
    assert article.inferred == ()
    assert article.body.startswith("Niger's military government said on Thursday it would nationalise")
    assert article.body.endswith("sought closer ties with Russia and Turkey.\n")
    assert len(article.body.splitlines()) == 5


@pytest.mark.parametrize(
    "boilerplate",
    [
        "cookies",  # consent banner
        "Subscribe",  # navigation
        "Read also",  # box inside the article
        "Orano says it has lost operational control",  # its headlines
        "Russia and Niger sign nuclear cooperation",  # related-articles list
        "Finally our resources",  # comments
        "Share on",
        "newsletter",  # footer
        "Niger nationalises French-run uranium mine",  # the headline is the title, not a sentence
    ],
)
def test_saved_page_leaves_boilerplate_out_of_the_story(boilerplate: str) -> None:
    article = read_article(FIXTURES / "pages" / "niger-uranium-sahel-times.html")
    assert boilerplate not in article.body


def test_page_without_date_metadata_has_no_date_even_when_a_comment_has_one() -> None:
    article = read_article(FIXTURES / "pages" / "mali-lithium-undated.htm")
    assert article.title == "Mali opens lithium plant built with Chinese partner"
    assert article.published is None
    assert article.source == "Bamako Post"
    assert "published" not in article.found + article.inferred
    assert "Good news for the youth" not in article.body
    assert article.language == "en"
    assert article.inferred == ("language",)


def test_french_page_declares_its_language() -> None:
    article = read_article(FIXTURES / "pages" / "niger-fr-le-sahel-quotidien.html")
    assert article.language == "fr"
    assert "language" in article.found
    assert not article.is_english
    assert article.published == "2024-12-12"
    assert "cookies" not in article.body and "À lire aussi" not in article.body


def test_wire_copy_dateline_gives_place_and_agency_but_no_invented_year() -> None:
    article = read_article(FIXTURES / "text" / "reuters-bamako.txt")
    assert article.title == "Mali junta bans activities of political associations"
    assert article.dateline == "BAMAKO, Aug 12 (Reuters) -"
    assert article.dateline_place == "Bamako"
    assert article.source == "Reuters"
    assert article.published is None
    assert article.found == ()
    assert article.inferred == ("dateline_place", "language", "source", "title")
    assert article.body.startswith("BAMAKO, Aug 12 (Reuters) - Mali's military government")


def test_dated_dateline_gives_the_publication_date_as_inferred() -> None:
    article = read_article(FIXTURES / "text" / "ouagadougou-dated.txt")
    assert (article.published, article.dateline_place, article.source) == ("2025-03-03", "Ouagadougou", None)
    assert "published" in article.inferred


def test_text_without_headline_takes_the_file_name_and_the_agency() -> None:
    article = read_article(FIXTURES / "text" / "afp-niamey.txt")
    assert article.title == "afp-niamey"
    assert (article.source, article.dateline_place, article.published) == ("AFP", "Niamey", None)


def test_byline_under_the_headline_is_the_author_not_story_text() -> None:
    article = read_article(FIXTURES / "reprints" / "outlet-paragraphs-dropped.txt")
    assert article.author == "Awa Sawadogo"
    assert "author" in article.inferred
    assert article.body.startswith("OUAGADOUGOU, July 18 (Reuters) -")


def test_french_text_is_detected() -> None:
    article = read_article(FIXTURES / "text" / "bamako-fr.txt")
    assert article.language == "fr"
    assert article.published == "2025-05-14"
    assert "language" in article.inferred


def test_markdown_front_matter_keeps_provenance(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Junta bans associations\npublished: 2025-08-12\nsource: Reuters\nauthor: A. Writer\n"
        "site_name: Wire\nlanguage: en-GB\ndateline: 'BAMAKO, Aug 12 (Reuters) -'\ndateline_place: Bamako\n"
        "origin: originals/a.txt\norigin_id: 'sha256:00'\ninferred: [published, dateline_place]\n---\n\n"
        "BAMAKO, Aug 12 (Reuters) - The junta banned associations.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.author, article.site_name, article.language) == ("A. Writer", "Wire", "en")
    assert (article.dateline, article.dateline_place, article.origin) == (
        "BAMAKO, Aug 12 (Reuters) -",
        "Bamako",
        "originals/a.txt",
    )
    assert article.found == ("author", "language", "site_name", "source", "title")
    assert article.inferred == ("dateline_place", "published")


def test_plain_markdown_records_what_its_front_matter_states(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2025-08-12\n---\n\nJunta bans associations\n\nThe junta said so.\n")
    article = read_article(path)
    assert article.found == ("published",)
    assert article.inferred == ("title",)
    assert article.language is None  # too short to tell: treated as English, as before


@pytest.mark.parametrize(
    ("front", "message", "line"),
    [
        ("inferred: published\n", "front matter 'inferred' must be a list of field names", 3),
        ("language: Français du Sahel\n", "front matter 'language' must be a code like en or fr", 3),
        ("author: [a, b]\n", "front matter 'author' must be text, got list", 3),
    ],
)
def test_bad_provenance_keys_are_one_line_errors(tmp_path: Path, front: str, message: str, line: int) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: x\n{front}---\nText.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert message in str(caught.value)
    assert caught.value.line == line


@pytest.mark.parametrize("content", ["<!", "<script>alert(1)</script>", "<p> </p>"])
def test_text_that_is_only_markup_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match="no story text once markup is removed"):
        read_article(path)
