"""Gold fact sheets read leniently: evidence optional (or a short excerpt), unknown keys ignored.

Also reads the seed's expected.yaml, which has a layout of its own, as a gold sheet.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

import yaml

from .factsheet import FACT_KINDS, ArticleInfo, DateValue, Evidence, FactSheet


def gold_sheet_from_dict(data: dict[str, Any], article_id: str | None = None) -> FactSheet:
    """A gold fact sheet from its mapping; evidence optional, unknown keys ignored."""
    info = data.get("article") or {}
    if isinstance(info, str):
        info = {"id": info}
    published = info.get("published")
    article = ArticleInfo(
        id=str(info.get("id") or article_id or ""),
        title=str(info.get("title") or ""),
        published=None if published is None else str(published),
    )
    # one keyword per fact kind, each a tuple of its own fact class
    kinds: dict[str, Any] = {
        kind: tuple(_gold_fact(cls, item) for item in data.get(kind) or ()) for kind, cls in FACT_KINDS.items()
    }
    return FactSheet(article=article, **kinds)


def _gold_fact(cls: type, item: dict[str, Any]) -> Any:
    """One gold fact; a missing evidence is empty, a string evidence is its text."""
    known = {f.name for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in item.items():
        if key not in known:
            continue
        if key == "evidence":
            value = Evidence(text=value) if isinstance(value, str) else Evidence(**value)
        elif key == "date":
            value = DateValue(**{k: None if v is None else str(v) for k, v in (value or {}).items()})
        elif isinstance(value, list):
            value = tuple(str(v) for v in value)
        elif key in ("number", "min", "max") and value is not None:
            value = float(value)
        elif key in ("name", "value", "text", "speaker", "counts") and value is not None:
            value = str(value)
        kwargs[key] = value
    kwargs.setdefault("evidence", Evidence(text=""))
    for f in fields(cls):  # required fields a gold sheet may leave out (an event's summary, a figure's counts)
        if f.default is MISSING and f.default_factory is MISSING:
            kwargs.setdefault(f.name, "")
    return cls(**kwargs)


def load_gold(path: Path) -> FactSheet:
    """A gold sheet from a YAML file; the article id defaults to the file name."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return gold_sheet_from_dict(data, article_id=path.stem)


def seed_gold(data: dict[str, Any]) -> FactSheet:
    """The seed's expected.yaml (its own layout) as a gold sheet, dated as if published on `date_if_published`."""
    events = [
        {
            "type": e["type"],
            "date": {"text": e.get("date_text"), "value": e.get("date_if_published")},
            "place": e.get("place"),
            "actors": e.get("actors") or [],
            "status": "planned" if str(e.get("status", "")).startswith("planned") else "reported",
        }
        for e in data.get("events") or ()
    ]
    quotes = [{"speaker": q["speaker"].replace("(unnamed)", "").strip(), "text": q["text"]} for q in data["quotes"]]
    figures = []
    for f in data.get("figures") or ():
        number = f["value"] if isinstance(f["value"], int | float) else None
        value = f.get("text") or str(f["value"])
        figures.append({"value": value, "number": number, "min": f.get("min"), "max": f.get("max")})
    return gold_sheet_from_dict(
        {
            "article": {"id": data["article"], "published": data.get("date_if_published")},
            "countries": data["countries"],
            "people": [{k: p[k] for k in ("name", "title", "country")} for p in data["people"]],
            "organizations": data["organizations"],
            "places": data["places"],
            "events": events,
            "quotes": quotes,
            "figures": figures,
        }
    )
