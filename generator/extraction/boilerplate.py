"""Boilerplate: related-headline lists, bylines, photo credits and footers, kept apart from the story."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

_BULLET = re.compile(r"^\s*(?:[-*•–—+]|\d{1,2}[.)])\s+(?P<text>.+?)\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
_DECORATION = re.compile(r"^[\s*_#>]+|[\s*_#]+$")
# A headline is short and does not read as a finished prose sentence.
_MAX_HEADLINE_WORDS = 22


@dataclass(frozen=True)
class Boilerplate:
    """What is not story: body spans to ignore, and the related headlines found in them."""

    spans: tuple[tuple[int, int], ...] = ()
    headlines: tuple[str, ...] = ()

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside boilerplate."""
        return any(s <= start and end <= e for s, e in self.spans)


class BoilerplateFinder:
    """Recognises related-article blocks and furniture lines; knows nothing else about the story."""

    def __init__(self, lexicon: Lexicon) -> None:
        markers = "|".join(re.escape(m) for m in sorted(lexicon.boilerplate_markers, key=len, reverse=True))
        self._marker = re.compile(rf"^(?:{markers})\b\s*(?:[:\-–—|]\s*(?P<rest>.*))?$", re.IGNORECASE)
        self._lines = tuple(re.compile(p, re.IGNORECASE) for p in lexicon.boilerplate_lines)

    def find(self, body: str) -> Boilerplate:
        """Scan the body line by line."""
        lines = _lines_with_offsets(body)
        spans: list[tuple[int, int]] = []
        headlines: list[str] = []
        i = 0
        while i < len(lines):
            start, end, line = lines[i]
            clean = _clean(line)
            marker = self._marker.match(clean)
            if marker:
                rest = (marker.group("rest") or "").strip()
                if rest:
                    headlines.append(_headline(rest))
                block_end = end
                i += 1
                while i < len(lines):
                    _, next_end, next_line = lines[i]
                    if not next_line.strip():
                        if rest or headlines:
                            break  # a blank line closes a list that has begun
                        i += 1
                        continue
                    headline = _list_item(next_line)
                    if headline is None:
                        break
                    headlines.append(headline)
                    block_end = next_end
                    i += 1
                spans.append((start, block_end))
                continue
            # a Markdown heading ("# Title", "## Summary") labels the story, it does not tell it
            if clean and (any(p.search(clean) for p in self._lines) or _HEADING.match(line)):
                spans.append((start, end))
            i += 1
        return Boilerplate(tuple(spans), tuple(dict.fromkeys(h for h in headlines if h)))


def _lines_with_offsets(body: str) -> list[tuple[int, int, str]]:
    """Each line with its start and end offsets (end excludes the newline)."""
    out = []
    offset = 0
    for line in body.split("\n"):
        out.append((offset, offset + len(line), line))
        offset += len(line) + 1
    return out


def _clean(line: str) -> str:
    """A line without Markdown emphasis, heading marks or quote marks around it."""
    return _DECORATION.sub("", line.strip())


def _headline(text: str) -> str:
    """Headline text without Markdown link syntax or decoration."""
    text = _MD_LINK.sub(lambda m: m.group("text"), text)
    return _clean(text).strip()


def _list_item(line: str) -> str | None:
    """The headline of a related-list line, or None when the line is story prose."""
    bullet = _BULLET.match(line)
    if bullet:
        return _headline(bullet.group("text"))
    text = _headline(line)
    if _MD_LINK.search(line) or (
        len(text.split()) <= _MAX_HEADLINE_WORDS and not text.endswith((".", "!", "?", '"', "”"))
    ):
        return text
    return None
