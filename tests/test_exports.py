"""Exports and feeds: ACLED-like CSV, GeoJSON, JSON and Atom, deterministic and safe for spreadsheets."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from generator.exports import CSV_COLUMNS, events_csv, events_geojson, knowledge_json
from generator.factsheet import from_dict
from generator.feeds import ATOM, feeds
from generator.knowledge import aggregate


@pytest.fixture(scope="module")
def kb():
    sentence = {"text": '=HYPERLINK("http://evil") troops clashed in Kati.', "start": 0, "end": 40}
    sheet = {
        "schema": 1,
        "article": {"id": "a", "title": "T <b>", "published": "2025-08-12", "source": "+Wire"},
        "countries": [{"code": "MLI", "name": "Mali", "salience": "primary", "evidence": sentence}],
        "places": [{"name": "Kati", "country": "MLI", "latitude": 12.74, "longitude": -8.07, "evidence": sentence}],
        "events": [
            {
                "type": "battle",
                "summary": '=HYPERLINK("http://evil") & <script>',
                "date": {"value": "2025-08-10", "precision": "day"},
                "place": "Kati",
                "actors": ["@army"],
                "acled_event_type": "Battles",
                "plover": "ASSAULT",
                "evidence": sentence,
            },
            {"type": "statement", "summary": "Undated", "evidence": sentence},
        ],
    }
    return aggregate([from_dict(sheet)])


def test_csv_has_acled_columns_and_neutralises_formulas(kb):
    rows = list(csv.DictReader(io.StringIO(events_csv(kb))))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = rows[0]
    assert first["notes"] == '\'=HYPERLINK("http://evil") & <script>'
    assert first["actor1"] == "'@army"
    assert first["source"] == "'+Wire (2025-08-12)"
    assert (first["date"], first["time_precision"], first["event_type"], first["plover_type"]) == (
        "2025-08-10",
        "1",
        "Battles",
        "ASSAULT",
    )
    assert (first["location"], first["latitude"], first["longitude"], first["geo_precision"]) == (
        "Kati",
        "12.74",
        "-8.07",
        "1",
    )
    assert rows[1]["date"] == ""


def test_geojson_points_and_json_dump(kb):
    data = json.loads(events_geojson(kb))
    assert data["features"][0]["geometry"] == {"type": "Point", "coordinates": [-8.07, 12.74]}
    whole = json.loads(knowledge_json(kb))
    assert whole["events"][0]["when"] == {"value": "2025-08-10", "precision": "day"}


def test_atom_feeds_are_valid_escaped_and_dated_from_data(kb):
    files = feeds(kb)
    assert sorted(files) == ["feeds/events.xml", "feeds/mali.xml"]
    root = ET.fromstring(files["feeds/events.xml"].split("\n", 1)[1])
    ns = {"a": ATOM}
    assert root.tag == f"{{{ATOM}}}feed"
    assert root.find("a:updated", ns).text == "2025-08-12T00:00:00Z"
    entries = root.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == ['=HYPERLINK("http://evil") & <script>', "Undated"]
    assert "&lt;script&gt;" in files["feeds/events.xml"]
    assert entries[0].find("a:link", ns).get("href") == "../events/a-1.html"
