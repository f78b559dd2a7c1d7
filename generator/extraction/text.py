"""Text: the spaCy pipeline, sentences with their offsets, and mention spans shared by all extractors."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..factsheet import Evidence

if TYPE_CHECKING:
    from thinc.types import Ints2d

_OPENING_QUOTES = {"“", '"', "‘"}
_FINAL_PUNCT = {".", "!", "?", "…"}
# Words that open a subordinate clause: an event's participants rarely cross them.
# Reported speech ("X said the arrests ...") starts a clause too: the speaker is no participant of what is told.
CLAUSE_BREAK = re.compile(
    r"(?:;|—|–| - |^(?:As|While|When|After|Although|Though|Since|If|Because|Before|Despite)\b[^,]*,|"
    r"\b(?:that|which|who|whom|whose|where|when|after|before|while|whereas|because|although|though|but|as well as|"
    r"adding|amid|since|until|said|says|say|claim|claims|claimed|noted|argued|stated|believes?)\b)",
)


@dataclass(frozen=True)
class Sentence:
    """One story sentence: its text is body[start:end], stripped of surrounding whitespace."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int

    @property
    def evidence(self) -> Evidence:
        """The sentence as a fact's evidence."""
        return Evidence(text=self.text, start=self.start, end=self.end)


@dataclass(frozen=True)
class Mention:
    """A stretch of body text that names something; `key` is what it names (code or canonical name)."""

    start: int
    end: int
    text: str
    key: str
    kind: str
    sentence: int


@Language.component("briefing_breaks")
def _line_and_quote_breaks(doc: Doc) -> Doc:
    """A new line starts a sentence; so does an opening quote after a full stop (the sentencizer glues it back)."""
    # Set through one array: assigning token.is_sent_start checks the whole Doc each time (quadratic).
    starts = doc.to_array([SENT_START]).reshape(-1, 1).astype("int64")  # -1 marks 'not a start'
    for i in range(1, len(doc)):
        prev, token = doc[i - 1], doc[i]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[i, 0] = 1
        elif token.text in _OPENING_QUOTES and prev.text in _FINAL_PUNCT and prev.whitespace_:
            starts[i, 0] = 1
            if i + 1 < len(doc):
                starts[i + 1, 0] = -1
    # thinc's Ints2d is how spaCy types the numpy array it takes here
    doc.from_array([SENT_START], cast("Ints2d", starts.astype("uint64")))
    return doc


def build_pipeline() -> Language:
    """A blank English pipeline with our line breaks and the rule-based sentencizer: no model to download."""
    nlp = spacy.blank("en")
    nlp.add_pipe("briefing_breaks")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(nlp: Language, body: str) -> list[Sentence]:
    """Every non-blank sentence of the body, with offsets into it and the paragraph (line block) it is in."""
    doc = nlp(body)
    sentences: list[Sentence] = []
    for sent in doc.sents:
        raw = sent.text
        stripped = raw.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        paragraph = body.count("\n", 0, start)
        sentences.append(Sentence(len(sentences), start, end, stripped, paragraph))
    return sentences


def phrase_pattern(phrases: Iterable[str], flags: int = 0, suffixes: Iterable[str] = ()) -> re.Pattern[str]:
    """One regex matching any of the phrases as whole words, longest first, flexible on inner spaces.

    `suffixes` are words a hyphen may join to a phrase without hiding it ("al-Qaeda-linked").
    """
    alternatives = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in alternatives)
    joined = "|".join(re.escape(s) for s in suffixes)
    end = rf"(?:(?![\w-])|(?=-(?:{joined})(?![\w-])))" if joined else r"(?![\w-])"
    return re.compile(rf"(?<![\w-])(?:{body}){end}", flags)


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    return any(start < e and s < end for s, e in spans)


def sentence_of(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding a body offset (sentences are in text order: a binary search)."""
    index = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if index >= 0 and sentences[index].start <= offset < sentences[index].end:
        return sentences[index]
    return None


def clause_bounds(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Body offsets of the clause around [start, end): cut at subordinators and semicolons, not commas."""
    text = sentence.text
    rel_start, rel_end = start - sentence.start, end - sentence.start
    left, right = 0, len(text)
    for match in CLAUSE_BREAK.finditer(text):
        if match.end() <= rel_start:
            left = match.end()
        elif match.start() >= rel_end:
            right = match.start()
            break
    return sentence.start + left, sentence.start + right


def ordered_unique(items: Iterable[str]) -> tuple[str, ...]:
    """Items in first-seen order, without repeats."""
    return tuple(dict.fromkeys(items))
