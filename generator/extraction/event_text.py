"""The words of events: summaries, places, and where quotations and subjects stand in a sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from ..factsheet import Event
from .dateline import DATELINE
from .event_model import Draft, Entities
from .text import Mention, Sentence, clause_bounds

_LEADING = re.compile(r"^(?:and|but|or|so|however|meanwhile|moreover|also)\b[\s,]*", re.IGNORECASE)
# "stormed his residence", "raided her home": the object belongs to the person told last
_HIS_OBJECT = re.compile(
    r"^[\w-]+(?:\s+[a-z]+)?\s+(?:his|her)\s+(?:home|house|residence|office|car|convoy|compound|family)\b"
)
_MIN_CLAUSE_WORDS = 6
_MAX_SUMMARY_WORDS = 30
# An event's place is introduced by a locative ("in Kati", "near the capital Bamako"), not by "governor of".
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|around|inside|across|into|from|on|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DESCRIBED_FIRST = re.compile(r"(?:A|An|The)\s+[^,;:“”\"]{1,80},\s+")
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def in_quote(sentence: Sentence, offset: int) -> bool:
    """Whether a sentence-relative offset lies inside quotation marks.

    A quotation opened and not closed before the offset runs on into the next sentence: the words are still quoted.
    """
    text, before = sentence.text, sentence.text[:offset]
    if any(m.start() < offset < m.end() for m in _QUOTE.finditer(text)) or before.count("“") > before.count("”"):
        return True
    # a quotation opened in an earlier sentence closes in this one: 'For them, it is over," he said.'
    closing = text.find("”")
    if closing >= 0 and "“" not in text[:closing] and offset < closing:
        return True
    marks = [i for i, char in enumerate(text) if char == '"']
    if len(marks) % 2:  # a straight mark left unpaired: it closes a quotation run on, or opens one running on
        if marks[0] > 0 and not text[marks[0] - 1].isspace():
            return offset < marks[0]
        return offset > marks[-1]
    return False


def subject_position(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention opens its sentence (after at most a determiner and two modifiers): the subject.

    A dateline ("NIAMEY, June 3 (Reuters) -") stands before the first sentence, not in it.
    """
    before = sentence.text[: mention.start - sentence.start]
    if sentence.index == 0 and (dateline := DATELINE.match(before)):
        before = before[dateline.end() :]
    if re.fullmatch(r"(?:(?:The|the|A|An|In|On|Earlier|Later|Meanwhile)\s+)?(?:[\w'’-]+\s+){0,3}", before):
        return True
    # "A spokesperson for the foreign ministry, Anna Lind, said": a description set before the name
    return bool(_DESCRIBED_FIRST.fullmatch(before))


def quote_bounds(sentence: Sentence, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    """Inside a quotation the participants are the quoted words' own, not the speaker after them."""
    for match in _QUOTE.finditer(sentence.text):
        q_start, q_end = sentence.start + match.start(), sentence.start + match.end()
        if q_start <= start and end <= q_end:
            return max(left, q_start), min(right, q_end)
    return left, right


def place_of(sentence: Sentence, start: int, end: int, left: int, right: int, entities: Entities) -> str | None:
    """The nearest place in the trigger's clause, else a country the sentence puts the event 'in'."""
    places = [
        m
        for m in entities.places
        if left <= m.start and m.end <= right and _LOCATIVE.search(sentence.text[: m.start - sentence.start])
    ]
    if places:
        return min(places, key=lambda m: min(abs(m.start - end), abs(start - m.end))).key
    countries = [m for m in entities.countries if m.sentence == sentence.index]
    for mention in countries:
        if re.search(r"\bin\s+$", sentence.text[: mention.start - sentence.start]):
            return mention.key
    if entities.primary and any(m.key == entities.primary for m in countries):
        return entities.primary
    return None


def summarize(sentence: Sentence, start: int, end: int, whole: bool = False) -> str:
    """A one-line summary cut from the sentence: the trigger's clause, or the sentence when the clause is short."""
    left, right = clause_bounds(sentence, start, end)
    text = sentence.text[left - sentence.start : right - sentence.start]
    if whole or len(text.split()) < _MIN_CLAUSE_WORDS:
        text = sentence.text
    text = _LEADING.sub("", text.strip(" ,;:—–-\n")).rstrip(" ,;:.")
    words = text.split()
    if len(words) > _MAX_SUMMARY_WORDS:
        cut = " ".join(words[:_MAX_SUMMARY_WORDS])
        comma = cut.rfind(",")
        text = (cut[:comma] if comma > len(cut) // 2 else cut) + " …"
    return text[:1].upper() + text[1:]


def with_places(events: list[Event], names: dict[str, str]) -> list[Event]:
    """Events whose place key ('Kati|MLI') is replaced by its display name."""
    return [replace(e, place=names.get(e.place, e.place)) if e.place else e for e in events]


def follows(previous: Sentence, sentence: Sentence) -> bool:
    """Whether a sentence comes right after another in its paragraph."""
    return sentence.index == previous.index + 1 and sentence.paragraph == previous.paragraph


def possessor(entities: Entities, draft: Draft) -> str | None:
    """The person "his" or "her" right after a trigger points to: the last one named before it, in its sentence
    or the one before."""
    sentence, start = draft.sentence, draft.start
    if not _HIS_OBJECT.match(sentence.text[start - sentence.start :]):
        return None
    people = [
        m
        for m in entities.participants
        if m.kind == "person" and m.end <= start and sentence.index - 1 <= m.sentence <= sentence.index
    ]
    return people[-1].key if people else None
