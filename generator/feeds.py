"""Atom feeds of events: one for the whole briefing, one per country.

Written with xml.etree, which escapes every value. `updated` comes from the
data (the newest source article of an entry), never from the clock, so the
same knowledge base always gives the same feed. Links are relative to the
feed's own address, which Atom allows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from .knowledge import EventEntry, KnowledgeBase, Moment
from .pictures import moment_text

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
"""Newest events per feed."""


def feeds(kb: KnowledgeBase) -> dict[str, str]:
    """{path in the docs tree: Atom XML}: feeds/events.xml and feeds/<country>.xml."""
    result = {"feeds/events.xml": feed(kb, kb.events, "urn:briefing:events", "Briefing: latest events")}
    for country in kb.countries:
        events = kb.in_country("events", country.code)
        title = f"Briefing: {country.name}"
        result[f"feeds/{country.slug}.xml"] = feed(kb, events, f"urn:briefing:country:{country.code}", title)
    return result


def feed(kb: KnowledgeBase, events: Sequence[EventEntry], feed_id: str, title: str) -> str:
    """One Atom document, newest dated events first, then undated ones."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    _text(root, "id", feed_id)
    _text(root, "title", title)
    entries = sorted(events, key=lambda e: (e.when is None, tuple(-x for x in e.sort_key[0]), e.slug))[:FEED_SIZE]
    newest = max((_updated(kb, e) for e in entries), default=_stamp(kb.latest_moment))
    _text(root, "updated", newest)
    ET.SubElement(root, f"{{{ATOM}}}link", href="../index.html", rel="alternate", type="text/html")
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "Briefing")
    for event in entries:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", f"urn:briefing:event:{event.slug}")
        _text(entry, "title", event.summary)
        _text(entry, "updated", _updated(kb, event))
        ET.SubElement(entry, f"{{{ATOM}}}link", href=f"../events/{event.slug}.html", rel="alternate", type="text/html")
        ET.SubElement(entry, f"{{{ATOM}}}category", term=event.type)
        _text(entry, "summary", _summary(kb, event))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _updated(kb: KnowledgeBase, event: EventEntry) -> str:
    """The newest publication date among the event's sources, else its own date."""
    dates = [d for aid in event.article_ids if (d := kb.articles_by_id[aid].date)]
    newest = max(dates, key=lambda m: m.key) if dates else (event.when.start if event.when else kb.latest_moment)
    return _stamp(newest)


def _stamp(moment: Moment | None) -> str:
    """An Atom date-time at midnight UTC of a day (the first of a month or year when that is all we know)."""
    if moment is None:
        return "1970-01-01T00:00:00Z"
    return f"{moment.first_day().isoformat()}T00:00:00Z"


def _summary(kb: KnowledgeBase, event: EventEntry) -> str:
    when = moment_text(event.when.start) if event.when else "undated"
    where = f" in {event.place.name}" if event.place else ""
    sources = ", ".join(
        kb.articles_by_id[aid].info.source or kb.articles_by_id[aid].info.title for aid in event.article_ids
    )
    return f"{when}: {event.type}{where}. Sources: {sources}."
