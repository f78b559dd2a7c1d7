"""RSS 2.0 and Atom files: one article per entry, with the feed's own dates and ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ArticleError
from generator.ingest.feed import is_feed, read_feed

FEEDS = Path(__file__).parent / "fixtures" / "ingest" / "feeds"


def test_rss_entries_become_articles() -> None:
    entries, problems = read_feed(FEEDS / "sahel-wire.rss")
    assert [e.entry_id for e in entries] == ["sahelwire-48211", "sahelwire-48197", "sahelwire-48150"]
    chad = entries[0].article
    assert chad.id == "2025-08-13-chad-s-parliament-approves-constitutional-changes"
    assert chad.title == "Chad's parliament approves constitutional changes"
    assert chad.published == "2025-08-13"  # as the feed wrote it (-0500), not shifted to UTC's 14 August
    assert chad.source == chad.site_name == "Sahel Wire - Latest"
    assert chad.url == "https://www.sahelwire.example/chad/2025/08/13/constitution"
    assert chad.author == "Madjiasra Nako"
    assert chad.language == "en"
    assert chad.origin == "sahel-wire.rss#sahelwire-48211"
    assert chad.found == ("author", "language", "published", "site_name", "source", "title", "url")
    assert chad.inferred == ("dateline_place",)
    assert chad.dateline_place == "N'Djamena"
    assert chad.body.splitlines()[1].startswith("The amendments, backed by President Mahamat Idriss Deby's party")
    assert len(chad.body.splitlines()) == 3  # content:encoded, not the one-line description
    assert [str(p) for p in problems] == [
        f"{FEEDS / 'sahel-wire.rss'}: feed entry 4 has no text (neither content nor summary); it was skipped"
    ]


def test_entry_without_date_takes_the_dateline_year_from_the_feed() -> None:
    entries, _ = read_feed(FEEDS / "sahel-wire.rss")
    smugglers = entries[2].article
    assert smugglers.published == "2025-08-11"  # 'Aug 11' in the dateline, year from lastBuildDate
    assert "published" in smugglers.inferred and "published" not in smugglers.found
    assert smugglers.id == "mauritania-arrests-suspected-smugglers-near-mali-border"


def test_atom_entries_become_articles_without_their_markup() -> None:
    entries, problems = read_feed(FEEDS / "west-africa-desk.atom")
    assert problems == []
    released, border = (e.article for e in entries)
    assert released.title == "Niger junta frees dozens of detained officials"
    assert (released.published, released.author, released.source) == (
        "2025-09-01",
        "Aissatou Diallo",
        "West Africa Desk",
    )
    assert released.body == (
        "NIAMEY (AFP) — Niger's military rulers have released about 50 people detained since the July 2023 coup, "
        "including several former ministers, the government said on Monday.\n"
        "Former president Mohamed Bazoum was not among them, his lawyers said.\n"
    )
    assert entries[0].entry_id == "tag:westafricadesk.example,2025:entry-901"
    assert border.published == "2025-08-30"  # only <updated>: the feed's date for it
    assert border.body.startswith("KIDIRA, Aug 29 - Senegal and Mali")
    assert border.dateline_place == "Kidira"


def test_not_a_feed_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.xml"
    path.write_text("<?xml version='1.0'?><notes><note>Buy milk</note></notes>", encoding="utf-8")
    with pytest.raises(ArticleError, match="no entries found: not a readable RSS or Atom feed"):
        read_feed(path)


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.rss", b"", True),
        ("a.atom", b"", True),
        ("download.xml", b"<?xml version='1.0'?>\n<rss version='2.0'>", True),
        ("export", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", True),
        ("page.html", b"<!DOCTYPE html><html>", False),
        ("story.txt", b"<?xml is how XML starts", False),
    ],
)
def test_feeds_are_recognised_by_suffix_or_root(name: str, head: bytes, expected: bool) -> None:
    assert is_feed(Path(name), head) is expected
