"""Where quoted words stand in a body, including quotes that run over paragraphs.

News style runs a long quote over paragraphs by leaving each paragraph but the last without a closing mark and
opening the next one with a fresh mark: each paragraph is its own quote, spoken by whoever speaks the last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Sentence

# British style quotes in single curly marks (‘...’): a ’ between letters is an apostrophe ("don’t"), not the end
_QUOTED = re.compile(r"“(?P<a>[^”]+)”|\"(?P<b>[^\"\n]+)\"|(?<!\w)‘(?P<c>(?!\d)(?:[^‘’\n]|’(?=\w))+)’(?!\w)")
# a curly quote carried into the next paragraph: the break and the fresh opening mark
_PARAGRAPH_REOPENED = re.compile(r"\s*\n\s*\n\s*“")
# a paragraph that opens a straight or curly quote and never closes it
_OPEN_PARAGRAPH = re.compile(r"(?m)^[ \t]*(?P<mark>[“\"])(?P<text>[^”\"\n]+)$")
_REOPENS = re.compile(r"\s*\n\s*\n[ \t]*[“\"]")


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words: from the opening mark to the closing one (or the paragraph's end when the quote runs on)."""

    start: int
    end: int
    text: str
    runs_on: bool = False
    """The quote carries on into the next paragraph, whose speaker speaks this one too."""


def quote_spans(body: str) -> list[QuoteSpan]:
    """Every quote in text order, a quote run over paragraphs as one span per paragraph."""
    spans: list[QuoteSpan] = []
    for match in _QUOTED.finditer(body):
        if match.group("a") is None:
            spans.append(QuoteSpan(match.start(), match.end(), match.group("b") or match.group("c")))
            continue
        spans.extend(_paragraphs_of(match))
    taken = [(s.start, s.end) for s in spans]
    for match in _OPEN_PARAGRAPH.finditer(body):
        inside = any(start <= match.start("mark") < end for start, end in taken)
        if not inside and _REOPENS.match(body, match.end()):
            spans.append(QuoteSpan(match.start("mark"), match.end(), match.group("text"), runs_on=True))
    return sorted(spans, key=lambda s: s.start)


def _paragraphs_of(match: re.Match[str]) -> list[QuoteSpan]:
    """A curly quote as one span per paragraph it runs over."""
    inner_start = match.start("a")
    cuts = list(_PARAGRAPH_REOPENED.finditer(match.group("a")))
    if not cuts:
        return [QuoteSpan(match.start(), match.end(), match.group("a"))]
    spans = []
    start = match.start()
    text_start = inner_start
    for cut in cuts:
        text_end = inner_start + cut.start()
        spans.append(QuoteSpan(start, text_end, match.string[text_start:text_end], runs_on=True))
        start = inner_start + cut.end() - 1  # the fresh opening mark
        text_start = inner_start + cut.end()
    spans.append(QuoteSpan(start, match.end(), match.string[text_start : match.end("a")]))
    return spans


def tag_sentence(sentences: list[Sentence], quote_end: int, last: Sentence) -> Sentence:
    """The sentence that carries on after a quote ending in "?" or "!" (“... expect?” the officer said), when the
    splitter cut there: it opens in lower case; else the quote's own last sentence."""
    if last.end > quote_end + 1:
        return last
    following = next((s for s in sentences if s.index == last.index + 1), None)
    if following and following.paragraph == last.paragraph and re.match(r"[a-z]", following.text):
        return following
    return last
