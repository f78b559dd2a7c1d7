"""The article readers: front matter, plain text, HTML, and every way a file can be broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.articles import article_files, article_id, iter_articles, read_article
from generator.errors import ArticleError


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_markdown_front_matter_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Niger Coup.md",
        '---\ntitle: "Soldiers detain Niger\'s president"\npublished: 2023-07-27\nsource: Reuters\n'
        "url: https://www.reuters.com/\n---\n\nSoldiers detained the president in Niamey.\n",
    )
    article = read_article(path)
    assert article.id == "niger-coup"
    assert article.title == "Soldiers detain Niger's president"
    assert article.published == "2023-07-27"
    assert article.source == "Reuters"
    assert article.url == "https://www.reuters.com/"
    assert article.body == "Soldiers detained the president in Niamey.\n"
    assert len(article.sha256) == 64


def test_plain_text_takes_headline_from_first_line(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "Junta extends transition\nThe junta said on Monday it would stay.\n")
    article = read_article(path)
    assert article.title == "Junta extends transition"
    assert article.body == "The junta said on Monday it would stay.\n"
    assert article.published is None


def test_plain_text_without_headline_keeps_whole_text(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "The junta said on Monday it would stay. Critics objected.\n")
    article = read_article(path)
    assert article.title == "story"
    assert article.body.startswith("The junta said")


def test_html_page_main_text_is_extracted(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Sahel states leave bloc | Example News</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        "<article><h1>Sahel states leave bloc</h1>"
        + "".join(f"<p>Paragraph {i}: the three juntas said they would leave the regional bloc.</p>" for i in range(6))
        + "</article><footer>Subscribe to our newsletter</footer></body></html>"
    )
    article = read_article(write(tmp_path, "page.html", page))
    assert "the three juntas said" in article.body
    assert "Subscribe" not in article.body


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", "", "empty article"),
        ("blank.txt", "  \n\n ", "empty article"),
        ("only-meta.md", "---\ntitle: Nothing here\n---\n", "front matter but no story text"),
        ("bad-yaml.md", "---\ntitle: [unclosed\n---\nText.\n", "front matter is not valid YAML"),
        ("unclosed.md", "---\ntitle: x\nText without end.\n", "front matter is not closed"),
        ("yesterday.md", "---\ntitle: x\npublished: yesterday\n---\nText.\n", "'published' must be a date"),
        ("bad-date.md", "---\ntitle: x\npublished: 2025-13-45\n---\nText.\n", "'published' must be a date"),
        ("list.md", "---\n- a\n- b\n---\nText.\n", "front matter must be a mapping"),
        ("latin1.txt", "Caf\xe9 in Bamako".encode("latin-1"), "not valid UTF-8"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("notes.docx", "x", "unsupported file type"),
    ],
)
def test_broken_articles_raise_one_line_errors(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    text = str(caught.value)
    assert text.startswith(str(path))
    assert message in text
    assert "\n" not in text


def test_error_names_the_line_of_a_bad_published_date(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: x\nsource: AFP\npublished: soon\n---\nText.\n")
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.line == 4
    assert str(caught.value).startswith(f"{path}:4: ")


def test_oversized_article_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.txt", "Word " * 1_100_000)
    with pytest.raises(ArticleError, match="split it"):
        read_article(path)


def test_one_broken_article_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ntitle: A\n---\nFine.\n")
    write(tmp_path, "b.md", "")
    write(tmp_path, "c.txt", "Also fine. Really.\n")
    write(tmp_path, ".hidden.md", "ignored")
    results = list(iter_articles(tmp_path))
    assert [type(r).__name__ for r in results] == ["Article", "ArticleError", "Article"]
    assert [p.name for p in article_files(tmp_path)] == ["a.md", "b.md", "c.txt"]


def test_article_ids_are_url_safe() -> None:
    assert article_id(Path("2025-08-12 Mali: Généraux.md")) == "2025-08-12-mali-g-n-raux"
    assert article_id(Path("---.md")) == "article"
