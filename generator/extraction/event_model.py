"""Event drafts: an event while it is built, and the named things events are built from."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import TimeExpr
from .text import Mention, Sentence, clause_bounds


@dataclass
class Draft:
    """An event while it is built; merged drafts lend their date and place to an earlier one."""

    type: str
    sentence: Sentence
    start: int
    end: int
    actors: list[str]
    targets: list[str]
    named: bool
    backref: bool
    definite: bool
    dates: list[TimeExpr] = field(default_factory=list)
    place: str | None = None
    status: str = "reported"
    repeat: bool = False
    """A back-reference to an event already told: takes only a date attached to it."""
    whole: bool = False
    """Summarise with the whole sentence (statements), not the trigger's clause."""
    trigger: str = ""
    toll: bool = False
    """A casualty report ("were killed"): the toll of an event, an event itself only when dated."""
    distinct: bool = False
    """Told as a happening apart from its category's first trigger in the sentence: no repeat of another event."""
    relative_end: int | None = None
    """Where the relative clause the trigger stands in ends ("which began in 2009,"): the times in it are its own."""


@dataclass(frozen=True)
class Entities:
    """Everything named in the story, for events to pick participants and places from."""

    participants: list[Mention]
    """People, organisations and countries; key is the display name."""
    named_keys: frozenset[str]
    """Keys of participants that are named (not 'the junta')."""
    places: list[Mention]
    countries: list[Mention]
    primary: str | None


def same_clause(sentence: Sentence, draft: Draft, time: TimeExpr | Draft) -> bool:
    """Whether a time expression (or another trigger) lies in the clause of a trigger."""
    left, right = clause_bounds(sentence, draft.start, draft.end)
    return left <= time.start and time.end <= right


def distance(time: TimeExpr, draft: Draft) -> int:
    """Characters between a time expression and a trigger."""
    return min(abs(time.start - draft.end), abs(draft.start - time.end))
