"""Exports: the events as CSV (ACLED-like columns) and GeoJSON, and the whole knowledge base as JSON.

`write_exports` writes them into the docs tree entry by entry, so the whole
knowledge base is never in memory twice (as entries and as JSON); MkDocs copies
them into the site as they are. JSON files hold one entry per line, encoded by
the json module's C encoder. Output is deterministic: fixed key order, no clock.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from .knowledge import EventEntry, KnowledgeBase, Moment, When

CSV_COLUMNS = (
    *("event_id", "date", "time_precision", "event_type", "sub_event_type", "plover_type", "actor1", "actor2"),
    *("country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes"),
)
TIME_PRECISION = {"day": 1, "week": 2, "range": 2, "month": 3, "year": 3}
"""ACLED's codes: 1 the day is known, 2 within a week or a few days, 3 only the month (or coarser)."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet would run as a formula: such cells get a leading apostrophe."""

EXPORT_FILES = ("data/events.csv", "data/events.geojson", "data/knowledge.json")


def exports(kb: KnowledgeBase) -> dict[str, str]:
    """Every export file of the site, as {path in the docs tree: text}."""
    return {
        "data/events.csv": events_csv(kb),
        "data/events.geojson": events_geojson(kb),
        "data/knowledge.json": knowledge_json(kb),
    }


def write_exports(kb: KnowledgeBase, docs_dir: Path) -> None:
    """Write every export file under `docs_dir`, streaming each one entry by entry."""
    writers = {
        "data/events.csv": write_events_csv,
        "data/events.geojson": write_events_geojson,
        "data/knowledge.json": write_knowledge_json,
    }
    for path, write in writers.items():
        target = docs_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8", newline="") as out:
            write(kb, out)


def _row(kb: KnowledgeBase, event: EventEntry) -> dict[str, Any]:
    """One event in ACLED-like terms; several actors or sources are joined with '; '."""
    location = event.location
    country = kb.countries_by_code.get(location.country) if location and location.country else None
    if country is None and len(event.countries) == 1:
        country = kb.countries_by_code.get(event.countries[0])
    sources = []
    for aid in event.article_ids:
        info = kb.articles_by_id[aid].info
        sources.append(f"{info.source or info.title} ({info.published or 'undated'})")
    return {
        "event_id": event.slug,
        "date": event.when.iso if event.when else "",
        "time_precision": TIME_PRECISION.get(event.when.precision, "") if event.when else "",
        "event_type": event.acled_event_type or event.type,
        "sub_event_type": event.acled_sub_event_type or "",
        "plover_type": "/".join(x for x in (event.plover, event.plover_mode) if x),
        "actor1": "; ".join(ref.name for ref in event.actors),
        "actor2": "; ".join(ref.name for ref in event.targets),
        "country": country.name if country else "; ".join(event.countries),
        "admin1": "",
        "location": location.name if location else (event.place.name if event.place else ""),
        "latitude": location.latitude if location else "",
        "longitude": location.longitude if location else "",
        "geo_precision": location.precision if location else "",
        "source": "; ".join(sources),
        "notes": event.summary,
    }


def events_csv(kb: KnowledgeBase) -> str:
    """All events, one row each, chronological; text cells are neutralised against formula injection."""
    out = io.StringIO()
    write_events_csv(kb, out)
    return out.getvalue()


def write_events_csv(kb: KnowledgeBase, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in kb.events:
        row = _row(kb, event)
        writer.writerow({k: (_cell(v) if isinstance(v, str) else v) for k, v in row.items()})


def _cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: one line, no leading formula character."""
    text = " ".join(text.split())
    return "'" + text if text.startswith(_FORMULA_START) else text


def events_geojson(kb: KnowledgeBase) -> str:
    """Located events as GeoJSON points with the CSV's columns as properties."""
    out = io.StringIO()
    write_events_geojson(kb, out)
    return out.getvalue()


def write_events_geojson(kb: KnowledgeBase, out: TextIO) -> None:
    out.write('{"type": "FeatureCollection", "features": ')
    _write_list(out, _features(kb))
    out.write("}\n")


def _features(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    for event in kb.events:
        if event.location is None:
            continue
        properties = {k: v for k, v in _row(kb, event).items() if k not in ("latitude", "longitude")}
        yield {
            "type": "Feature",
            "id": event.slug,
            "geometry": {"type": "Point", "coordinates": [event.location.longitude, event.location.latitude]},
            "properties": properties,
        }


def knowledge_json(kb: KnowledgeBase) -> str:
    """The knowledge base as plain JSON: every field of every entry, dates as ISO strings."""
    out = io.StringIO()
    write_knowledge_json(kb, out)
    return out.getvalue()


def write_knowledge_json(kb: KnowledgeBase, out: TextIO) -> None:
    out.write("{")
    for i, field in enumerate(dataclasses.fields(kb)):
        out.write(f"{',' if i else ''}\n{json.dumps(field.name)}: ")
        value = getattr(kb, field.name)
        if isinstance(value, tuple | list):
            _write_list(out, (_plain(item) for item in value))
        else:
            out.write(_dumps(_plain(value)))
    out.write("\n}\n")


def _write_list(out: TextIO, items: Iterable[Any]) -> None:
    """A JSON array with one item per line, each encoded as soon as it is made."""
    out.write("[")
    for i, item in enumerate(items):
        out.write(f"{',' if i else ''}\n{_dumps(item)}")
    out.write("\n]")


def _plain(value: Any) -> Any:
    if isinstance(value, Moment):
        return value.iso
    if isinstance(value, When):
        return {"value": value.iso, "precision": value.precision}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)
