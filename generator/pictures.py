"""Pictures: inline SVG drawn at build time, with no network and no JavaScript.

Three pictures for a country page: a timeline strip of its events, a locator
map of where they happened (country borders from the countryinfo package, a
plain graticule when it has none) and the relation graph around the country.
Every text that came from an article is XML-escaped; links are relative `.html`
paths, since MkDocs does not rewrite links inside raw HTML.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from html import escape

from .knowledge import CountryAtlas, EventEntry, Link, Moment
from .knowledge.atlas import Ring

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
COLOURS = {
    "ally": "#2e7d32",
    "member": "#1565c0",
    "adversary": "#c62828",
    "sanctioned": "#ef6c00",
    "distancing": "#8e24aa",
    "withdrew from": "#6d4c41",
    "leader": "#00838f",
    "other": "#757575",
}
"""One colour per relation kind; the legend repeats the names, so colour is never the only cue."""
_VIOLENT = {"attack", "battle", "clash", "ambush", "bombing", "killing", "massacre", "assault", "fighting", "raid"}


def _x(text: object) -> str:
    """Text or attribute value, XML-escaped."""
    return escape(str(text), quote=True)


def _svg(width: int, height: int, label: str, body: Iterable[str], css_class: str) -> str:
    """An accessible SVG element; lines joined without blank lines so Markdown keeps it as one HTML block."""
    head = (
        f'<svg class="{css_class}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="max-width:100%;height:auto" role="img" '
        f'aria-label="{_x(label)}" font-family="sans-serif" font-size="11">'
    )
    return "\n".join([head, f"<title>{_x(label)}</title>", *body, "</svg>"])


def moment_text(m: Moment) -> str:
    if m.day and m.month:
        return f"{m.day} {MONTHS[m.month - 1]} {m.year}"
    return f"{MONTHS[m.month - 1]} {m.year}" if m.month else str(m.year)


# ---------------------------------------------------------------- timeline strip


def timeline_svg(events: Sequence[EventEntry], root: str, label: str) -> str:
    """Dated events on one line from the first to the last; violent events in red, the rest in blue."""
    dated = [e for e in events if e.when]
    if not dated:
        return ""
    width, height, left, right = 720, 96, 24, 24
    first = min(e.when.span[0] for e in dated if e.when)
    last = max(e.when.span[1] for e in dated if e.when)
    start, end = first.replace(month=1, day=1), last.replace(month=12, day=31)
    days = max((end - start).days, 1)

    def x_of(day) -> float:
        return left + (width - left - right) * (day - start).days / days

    body = [f'<line x1="{left}" y1="60" x2="{width - right}" y2="60" stroke="#9e9e9e" stroke-width="2"/>']
    for year in range(start.year, end.year + 1):
        x = x_of(start.replace(year=year))
        body.append(f'<line x1="{x:.1f}" y1="54" x2="{x:.1f}" y2="66" stroke="#9e9e9e"/>')
        body.append(f'<text x="{x + 3:.1f}" y="82" fill="#616161">{year}</text>')
    lanes: dict[int, int] = {}
    for event in dated:
        assert event.when is not None
        span_start, span_end = event.when.span
        x = x_of(span_start + (span_end - span_start) / 2)
        lane = lanes[round(x / 8)] = lanes.get(round(x / 8), -1) + 1
        y = 48 - 10 * (lane % 4)
        colour = "#c62828" if event.type.lower() in _VIOLENT else "#1565c0"
        radius = 5 if event.when.rank <= 1 else 4
        tip = f"{moment_text(event.when.start)} ({event.when.precision}): {event.summary}"
        shape = (
            f'<circle cx="{x:.1f}" cy="{y}" r="{radius}" fill="{colour}" fill-opacity="0.85">'
            f"<title>{_x(tip)}</title></circle>"
        )
        if event.when.rank > 1:  # a month or more: show the span it may fall in
            x1, x2 = x_of(span_start), x_of(span_end)
            shape = f'<line x1="{x1:.1f}" y1="{y}" x2="{x2:.1f}" y2="{y}" stroke="{colour}" stroke-width="2"/>' + shape
        body.append(f'<a href="{_x(root)}events/{_x(event.slug)}.html">{shape}</a>')
    body.append('<circle cx="20" cy="10" r="4" fill="#c62828"/><text x="28" y="14" fill="#424242">violent</text>')
    body.append('<circle cx="90" cy="10" r="4" fill="#1565c0"/><text x="98" y="14" fill="#424242">other</text>')
    body.append('<text x="150" y="14" fill="#424242">a bar: date known only to the month or year</text>')
    return _svg(width, height, label, body, "briefing-timeline")


# ---------------------------------------------------------------- locator map


def map_svg(code: str, events: Sequence[EventEntry], atlas: CountryAtlas, root: str, label: str) -> str:
    """The country's outline with its neighbours, a graticule and a dot per located event."""
    rings = atlas.outline(code)
    located = [e for e in events if e.location]
    points = [(e.location.longitude, e.location.latitude) for e in located if e.location]
    box = _bbox([pt for ring in rings for pt in ring] or points)
    if box is None:
        return ""
    west, south, east, north = _pad(box)
    width = 480
    ratio = math.cos(math.radians((south + north) / 2)) or 1
    height = max(160, min(480, round(width * (north - south) / ((east - west) * ratio))))

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (width * (lon - west) / (east - west), height * (north - lat) / (north - south))

    body = [f'<rect width="{width}" height="{height}" fill="#e3f2fd"/>']
    for other, other_rings in sorted(atlas.outlines_within(west, south, east, north).items()):
        if other != code:
            body += [_path(ring, xy, "#f5f5f5", "#bdbdbd") for ring in other_rings]
    body += [_path(ring, xy, "#fff8e1", "#5d4037") for ring in rings]
    body += _graticule(west, south, east, north, xy)
    seen: set[str] = set()
    for event in sorted(located, key=lambda e: (e.location.precision if e.location else 9, e.slug)):
        place = event.location
        assert place is not None
        x, y = xy(place.longitude, place.latitude)
        tip = f"{place.name}: {event.summary}"
        radius = 5 if place.precision == 1 else 3
        body.append(
            f'<a href="{_x(root)}events/{_x(event.slug)}.html"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" '
            f'fill="#c62828" stroke="#fff"><title>{_x(tip)}</title></circle></a>'
        )
        if place.precision == 1 and place.name not in seen:
            seen.add(place.name)
            body.append(f'<text x="{x + 7:.1f}" y="{y + 4:.1f}" fill="#212121">{_x(place.name)}</text>')
    if not rings:
        body.append(f'<text x="8" y="{height - 8}" fill="#616161">No border data: points on a plain grid.</text>')
    return _svg(width, height, label, body, "briefing-map")


def _bbox(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float] | None:
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def _pad(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The box with a margin, at least 6 degrees wide so a single point has surroundings."""
    west, south, east, north = box
    cx, cy = (west + east) / 2, (south + north) / 2
    half_w, half_h = max((east - west) / 2 * 1.15, 3), max((north - south) / 2 * 1.15, 3)
    return cx - half_w, max(cy - half_h, -89.0), cx + half_w, min(cy + half_h, 89.0)


def _path(ring: Ring, xy, fill: str, stroke: str) -> str:
    points = " ".join("{:.1f},{:.1f}".format(*xy(lon, lat)) for lon, lat in ring)
    return f'<polygon points="{points}" fill="{fill}" stroke="{stroke}" stroke-width="1"/>'


def _graticule(west: float, south: float, east: float, north: float, xy) -> list[str]:
    """Lines every 5 degrees (10 for wide maps), labelled on the left and bottom edges."""
    step = 5 if max(east - west, north - south) <= 40 else 10
    lines = []
    for lon in range(math.ceil(west / step) * step, math.floor(east) + 1, step):
        (x, _), (_, bottom) = xy(lon, north), xy(lon, south)
        lines.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{bottom:.1f}" stroke="#90a4ae" stroke-width="0.5"/>')
        lines.append(
            f'<text x="{x + 2:.1f}" y="{bottom - 4:.1f}" fill="#607d8b" font-size="9">{_degrees(lon, "EW")}</text>'
        )
    for lat in range(math.ceil(south / step) * step, math.floor(north) + 1, step):
        (_, y), (right, _) = xy(west, lat), xy(east, lat)
        lines.append(f'<line x1="0" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}" stroke="#90a4ae" stroke-width="0.5"/>')
        lines.append(f'<text x="2" y="{y - 2:.1f}" fill="#607d8b" font-size="9">{_degrees(lat, "NS")}</text>')
    return lines


def _degrees(value: int, hemispheres: str) -> str:
    return f"{abs(value)}°{hemispheres[0] if value >= 0 else hemispheres[1]}" if value else "0°"


# ---------------------------------------------------------------- relation graph


def graph_svg(centre: tuple[str, str], name: str, links: Sequence[Link], root: str, label: str) -> str:
    """The entity in the middle, everything it is linked to around it, one coloured line per kind of link."""
    others: dict[tuple[str, str], tuple[str, str | None, str | None]] = {}
    edges: list[tuple[tuple[str, str], str, bool]] = []
    for link in links:
        outgoing = link.subject.key == centre
        other = link.target if outgoing else link.subject
        others.setdefault(other.key, (other.name, other.kind, other.slug))
        edges.append((other.key, link.category, outgoing))
    if not others:
        return ""
    width, height = 640, 360
    cx, cy, radius = width / 2, height / 2, 130
    order = sorted(others, key=lambda k: (others[k][0].casefold(), k))
    where = {}
    for i, key in enumerate(order):
        angle = -math.pi / 2 + 2 * math.pi * i / len(order)
        where[key] = (cx + radius * 1.6 * math.cos(angle), cy + radius * math.sin(angle))
    body = []
    for n, (key, kind, outgoing) in enumerate(sorted(set(edges), key=lambda e: (e[0], e[1], e[2]))):
        x, y = where[key]
        colour = COLOURS.get(kind, COLOURS["other"])
        bend = 10 * (n % 3 - 1)
        words = f"{name} {kind} {others[key][0]}" if outgoing else f"{others[key][0]} {kind} {name}"
        body.append(
            f'<path d="M{cx:.1f},{cy:.1f} Q{(cx + x) / 2 + bend:.1f},{(cy + y) / 2 + bend:.1f} {x:.1f},{y:.1f}" '
            f'fill="none" stroke="{colour}" stroke-width="2"><title>{_x(words)}</title></path>'
        )
    body.append(_node(cx, cy, name, None, root, bold=True))
    for key in order:
        title, section, slug = others[key]
        body.append(_node(*where[key], title, f"{root}{section}/{slug}.html" if slug and section else None, root))
    used = sorted({kind for _, kind, _ in edges})
    for i, kind in enumerate(used):
        colour = COLOURS.get(kind, COLOURS["other"])
        body.append(f'<rect x="8" y="{10 + 16 * i}" width="14" height="4" fill="{colour}"/>')
        body.append(f'<text x="28" y="{16 + 16 * i}" fill="#424242">{_x(kind)}</text>')
    return _svg(width, height, label, body, "briefing-graph")


def _node(x: float, y: float, text: str, href: str | None, root: str, bold: bool = False) -> str:
    shown = text if len(text) <= 28 else text[:27] + "…"
    weight = ' font-weight="bold"' if bold else ""
    shape = (
        f'<rect x="{x - 4 - 3.2 * len(shown):.1f}" y="{y - 11:.1f}" width="{8 + 6.4 * len(shown):.1f}" height="20" '
        f'rx="6" fill="#ffffff" stroke="#607d8b"/>'
        f'<text x="{x:.1f}" y="{y + 3:.1f}" text-anchor="middle" fill="#212121"{weight}>{_x(shown)}</text>'
    )
    return f'<a href="{_x(href)}"><title>{_x(text)}</title>{shape}</a>' if href else f"<g>{shape}</g>"
