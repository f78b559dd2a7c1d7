"""How a time expression links to the event triggers of its sentence: clause, coordination, participle and
relative-clause tests that `event_dates.assign_dates` uses to pick which event a time dates."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .dates import TimeExpr
from .event_model import Draft, same_clause
from .lexicon import load_lexicon
from .text import Sentence, clause_bounds

SPAN_START = re.compile(r"(?:since|by|until|from)\b", re.IGNORECASE)  # "Since 2012, X has been ...": a state
_PREPOSITION_CUT = re.compile(r"(?:since|until|after|before)\b", re.IGNORECASE)  # words clause_bounds cuts at
# ", signed in Addis Ababa in": a past participle opening a phrase that describes the noun before the comma
_PARTICIPLE = re.compile(
    r",\s+(?:[a-z]+ed|held|won|made|taken|fought|begun|set|led|struck|built|brought|given|seen|done|agreed)\s+[^,;:—–()]*$"
)
_DETERMINER_END = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|[’']s)\s+$", re.IGNORECASE)
ATTRIBUTE_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,3}$")  # "the 2018 Revitalized Agreement"
_SPEECH_END = re.compile(r"\b(?:said|says|say|claimed|claims|stated|noted|argued)\s*$")  # CLAUSE_BREAK's speech
_NEW_SUBJECT = re.compile(r"^[\s,]*(?:and|but)\s+(?:the|a|an|his|her|its|their|he|she|it|they|we)\b", re.IGNORECASE)
_APPOSED_PERIOD = re.compile(r"^,\s+the\s+(?:year|month|week|day)\s+(?:when\s+|that\s+)?(?:[\w.'’-]+\s+){0,6}$")
_AFTER_LINK = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}?(?:shortly\s+|just\s+|soon\s+)?after\s+(?:[\w'’-]+\s+){0,8}$")
_JOINED = re.compile(
    # "and declared", "and promised reinforcements"; not a new subject ("and the protests spread") nor "and then"
    r"^(?:\s+and\s+(?:also\s+)?(?!(?:then|later|the|a|an|his|her|its|their|he|she|it|they|we)\b)(?:[\w-]+\s+)?"
    r"|\s+(?:as|while)\s+(?:[\w.'’-]+\s+){1,5}"
    r"|,?\s+(?:shortly\s+|just\s+|soon\s+)?after\s+(?:[\w.'’-]+\s+){1,8})$",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
_RELATIVE = re.compile(r"(?:,|—|–|\()\s*(?:which|who)\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,—–()]")


@cache
def _reporting_verb_before() -> re.Pattern[str]:
    """A verb of speech or judgement and a determiner just before a noun: "claimed the", "condemned Saturday's"."""
    lexicon = load_lexicon()
    verbs = "|".join(re.escape(v) for v in (*lexicon.speech_cues, *lexicon.phrase_cues) if " " not in v)
    return re.compile(rf"\b(?:{verbs})\s+(?:the|its|their|this|that|[\w-]+[’']s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def reported_object(sentence: Sentence, draft: Draft) -> bool:
    """Whether a back-reference is the object of a verb that speaks of it ("denied the raid", "claimed the attack")."""
    return draft.backref and bool(_reporting_verb_before().search(sentence.text[: draft.start - sentence.start]))


def opens_next_clause(sentence: Sentence, time: TimeExpr, draft: Draft) -> bool:
    """Whether a trigger after a time stands in a new coordinated clause ("on Monday and the protests spread")."""
    return draft.start >= time.end and bool(_NEW_SUBJECT.match(between(sentence, time.end, draft.start)))


def in_telling_clause(sentence: Sentence, time: TimeExpr, drafts: list[Draft]) -> bool:
    """Whether a time stands in the clause of a speech verb that follows the events told, with no event of its own."""
    left, _ = clause_bounds(sentence, time.start, time.start)
    if not _SPEECH_END.search(sentence.text[: left - sentence.start]):
        return False
    opening = replace(time, end=time.start)  # "in March that year": 'that' inside the time cuts no clause
    return not any(same_clause(sentence, d, opening) for d in drafts)


def attributive_year(sentence: Sentence, time: TimeExpr) -> bool:
    """Whether a bare year stands before a noun as its attribute ("the 1994 genocide", "its 2023 offensive")."""
    before = sentence.text[: time.start - sentence.start]
    return bool(
        re.fullmatch(r"\d{4}", time.text)
        and _DETERMINER_END.search(before)
        and re.match(r"\s+[\w-]", text_after(sentence, time))
    )


def between(sentence: Sentence, start: int, end: int) -> str:
    """The sentence text between two body offsets (empty when they are out of order)."""
    return sentence.text[start - sentence.start : end - sentence.start] if start <= end else "\x00"


def participle_head(sentence: Sentence, time: TimeExpr, drafts: list[Draft]) -> list[Draft]:
    """The event noun a participle phrase with the time describes ("the accord, signed in Doha in March, ...")."""
    phrase = _PARTICIPLE.search(sentence.text[: time.start - sentence.start])
    if not phrase or SPAN_START.match(time.text):
        return []  # "the group, based in Paris since 2010": a state, no event's date
    comma = sentence.start + phrase.start()
    if any(comma <= d.start < time.start for d in drafts):
        return []  # the phrase has a trigger of its own ("..., killed in a raid in May")
    before = [d for d in drafts if d.end <= comma]
    return before[-1:]


def carries_into(sentence: Sentence, time: TimeExpr, draft: Draft) -> bool:
    """Whether a time ending one act dates the act joined right after it.

    "suspended talks earlier this year and declared a state of unrest", "seized power in August 2021 as US forces
    withdrew", "detained 37 people on Wednesday, after thousands marched in protest"; not a span ("since January
    and detained ...") nor a sequence ("on Monday and then released").
    """
    if draft.start < time.end or draft.backref:
        return False
    between = sentence.text[time.end - sentence.start : draft.start - sentence.start]
    if _APPOSED_PERIOD.match(between):  # "since 2011, the year rebels toppled Gaddafi": that year, even after since
        return True
    return not SPAN_START.match(time.text) and bool(_JOINED.match(between))


def date_of_after_clause(sentence: Sentence, draft: Draft, drafts: list[Draft]) -> list[TimeExpr]:
    """The date of the act an 'after' clause tells, for the act it follows ("took power after his father was
    killed in April 2021")."""
    for other in drafts:
        if other.start < draft.end or not other.dates or SPAN_START.match(other.dates[0].text):
            continue
        if _AFTER_LINK.match(sentence.text[draft.end - sentence.start : other.start - sentence.start]):
            return other.dates[:1]
    return []


def finest_first(times: list[TimeExpr]) -> list[TimeExpr]:
    """A time that narrows the first one ("the 2018 agreement, signed in September that year") goes before it."""
    if len(times) < 2:
        return times
    outer = span(times[0].values[0].value)
    for time in times[1:]:
        inner = span(time.values[0].value)
        if outer and inner and inner != outer and outer[0] <= inner[0] and inner[1] <= outer[1]:
            return [time, *(t for t in times if t is not time)]
    return times


def coordinated_apart(sentence: Sentence, draft: Draft, time: TimeExpr) -> bool:
    """Whether a time and a trigger stand in two coordinated clauses (", and" / ", but" / ";" between them)."""
    left, right = sorted((draft.start, time.start))
    return bool(_COORDINATION.search(sentence.text[left - sentence.start : right - sentence.start]))


def text_after(sentence: Sentence, time: TimeExpr) -> str:
    """The sentence after a time expression."""
    return sentence.text[time.end - sentence.start :]


def relative_clause(sentence: Sentence, time: TimeExpr) -> tuple[int, int] | None:
    """Body offsets of the relative clause a time stands in (", which ...,", "— which ... —"), if it stands in one."""
    text, base = sentence.text, sentence.start
    before = text[: time.start - base]
    opening = [m for m in _RELATIVE.finditer(before) if not _CLAUSE_EDGE.search(before[m.end() :])]
    if not opening:
        return None
    closing = _CLAUSE_EDGE.search(text, time.end - base)
    return base + opening[-1].end(), base + (closing.start() if closing else len(text))


def shared(sentence: Sentence, draft: Draft, time: TimeExpr) -> bool:
    """Whether a time expression follows a trigger in its clause with no comma between: it dates that act too."""
    if draft.backref:
        return False  # "the arrests followed a ban announced last Thursday": a definite noun names a known event
    between = sentence.text[draft.end - sentence.start : time.start - sentence.start]
    return time.start >= draft.end and "," not in between and in_clause(sentence, draft, time)


def in_clause(sentence: Sentence, draft: Draft, time: TimeExpr) -> bool:
    """Whether a time lies in a trigger's clause; "since 2012", "until May" end the clause they follow, not open one."""
    if same_clause(sentence, draft, time):
        return True
    _, right = clause_bounds(sentence, draft.start, draft.end)
    return right == time.start and bool(_PREPOSITION_CUT.match(time.text))


def span(value: str | None) -> tuple[str, str] | None:
    """First and last ISO prefix of a value ('2025-10-04', '2025-10-04/2025-10-05'), comparable as strings."""
    if not value:
        return None
    first, _, last = value.partition("/")
    return first, (last or first) + "~"  # '~' sorts after digits: a month contains its days
