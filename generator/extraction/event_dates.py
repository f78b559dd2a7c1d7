"""Dates and repeats of events: which time expression dates which event, which statement only tells another
event, and which mention repeats an event already told."""

from __future__ import annotations

import re
from dataclasses import replace

from .date_anaphora import reanchor
from .date_links import (
    ATTRIBUTE_GAP,
    SPAN_START,
    attributive_year,
    between,
    carries_into,
    coordinated_apart,
    date_of_after_clause,
    finest_first,
    in_clause,
    in_telling_clause,
    opens_next_clause,
    participle_head,
    relative_clause,
    reported_object,
    shared,
    text_after,
)
from .date_precision import named_day_first, narrows
from .dates import TimeExpr
from .event_model import Draft, distance, same_clause
from .event_telling import SELF_REPORTED
from .text import Sentence, clause_bounds

# "a ban announced by the ministry", "declared a state of emergency": the statement is the other event's telling.
_TOLD_BY = re.compile(r"^\s+by\b")
_TOLD_OBJECT = re.compile(r"^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$")
_TOLD_THAT = re.compile(r"^\s+(?:[\w-]+\s+){0,4}?that\s+(?:[\w'’-]+\s+){1,3}$")
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)
_POSSESSED = re.compile(r"^[’']s\s+(?:[\w-]+\s+)?$")  # "Saturday's protest", "last week's deadly attack"
_WHEN = re.compile(r"^,?\s+when\s+")
_ATTACHED = re.compile(r"^[\s,]*(?:(?:which|that)\s+(?:\w+\s+){0,2})?$")
_OPENS = re.compile(r"^\W*(?:(?:in|on|during)\s+)?\|,", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # "a drone strike hit": told anew
_MERGE_WINDOW = 2
_SET_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
# "the earthquake of 28 March" (not "the end of that month", "the night of 3 May": parts of the time itself)
_OF_NOUN = re.compile(
    r"\b(?!(?:end|start|beginning|middle|turn|close|half|rest|eve|night|morning|evening|afternoon|hours|week|weekend)\s)"
    r"([a-z][\w-]*)\s+of\s+$"
)


def assign_dates(
    sentence: Sentence,
    drafts: list[Draft],
    times: list[TimeExpr],
    told: list[tuple[Draft, Draft]],
    onset: re.Pattern[str],
) -> None:
    """Each time expression goes to the trigger it is attached to, else to the nearest one that is no repeat.

    A time after a statement verb that only tells another event ("a ban announced by X last Thursday") dates that
    event. A time in a relative clause with no trigger of its own dates the noun before it only when the clause
    tells that noun's start (`onset`: "the insurgency, which began in 2009"); "the council, which has governed
    since 2024, declared ..." dates nothing told.
    """
    free: list[TimeExpr] = []  # times no rule below has set aside, which coordinated acts may share

    def rest_of(time: TimeExpr) -> str:
        return text_after(sentence, time)

    for time in times:
        owner = _OF_NOUN.search(sentence.text[: time.start - sentence.start])
        possessive = re.match(r"[’']s\b", text_after(sentence, time))  # "within an hour of Saturday's attack"
        if owner and not possessive and not any(d.end - sentence.start == owner.end(1) for d in drafts):
            continue  # "the earthquake of 28 March": the date of a thing named, no event told
        if attributive_year(sentence, time):
            modified = [d for d in drafts if ATTRIBUTE_GAP.match(between(sentence, time.end, d.start))]
            if modified:  # "the 2018 agreement": the year dates the noun it stands before, and nothing else
                modified[0].dates.append(time)
            continue
        if not time.leads and in_telling_clause(sentence, time, drafts) and not SELF_REPORTED.match(rest_of(time)):
            continue  # "X killed 45 people, the group said in a briefing published today": the telling's day
        if time.leads:  # "came a day after the US said it would resume deliveries": the clause after it
            following = [d for d in drafts if d.start >= time.end and not d.repeat]
            if following:
                following[0].dates.append(time)
            continue
        relative = relative_clause(sentence, time)
        if relative is not None:
            left, right = relative
            antecedent = [d for d in drafts if d.end <= left]
            inside = [d for d in drafts if left <= d.start and d.end <= right]
            # "the war, which began with protests in March 2011": the clause tells its antecedent's start (not
            # "the accord, which ended the war that broke out in 2013": that start is the war's)
            told_start = inside[0].start if inside else time.start
            if antecedent and onset.search(sentence.text[left - sentence.start : told_start - sentence.start]):
                antecedent[-1].dates.append(time)
                if not inside:
                    continue
            elif not inside:
                continue  # "the council, which has governed since 2024, declared ...": a state, no event told
        free.append(time)
        telling = [event for verb, event in told if time.start >= verb.end and same_clause(sentence, verb, time)]
        if telling:
            telling[-1].dates.append(time)
            continue
        # "The group claimed the attack the following day": the day of the claim, not of the attack told before
        open_drafts = [d for d in drafts if not (time.start >= d.end and reported_object(sentence, d))]
        attached = [
            d
            for d in open_drafts
            if (
                time.start >= d.end
                and _ATTACHED.match(sentence.text[d.end - sentence.start : time.start - sentence.start])
            )
            or (
                d.start >= time.end
                and _POSSESSED.match(sentence.text[time.end - sentence.start : d.start - sentence.start])
            )
        ]
        attached = attached or participle_head(sentence, time, open_drafts)
        # a repeat takes a time in its own clause ("The treaty was signed in March"): it may date its event
        candidates = (
            attached
            or [d for d in open_drafts if not d.repeat]
            or [d for d in open_drafts if same_clause(sentence, d, time)]
        )
        if not candidates:
            continue
        # a time expression dates its own clause ("X broke out in 2023, a year after the war ended"), unless a
        # 'when' clause after it tells what happened then ("a decision in July, when the assembly passed a law")
        rest = sentence.text[time.end - sentence.start :]
        if when_clause := _WHEN.match(rest):
            when = time.end + when_clause.end()
            candidates = [
                d for d in candidates if same_clause(sentence, d, replace(time, start=when, end=when))
            ] or candidates
        else:
            candidates = [d for d in candidates if in_clause(sentence, d, time)] or candidates
        # a definite noun ("the protests follow a decision in July") is more often the topic than the dated act
        # "arrested him on Monday and the protests spread": a clause with a subject of its own after the time
        best = min(
            candidates,
            key=lambda d: (
                opens_next_clause(sentence, time, d),
                distance(time, d) * (2 if d.backref and not attached else 1),
            ),
        )
        best.dates.append(time)
    # "In May, the killing of a leader set off the worst fighting in years": a time that opens the sentence dates
    # each act the sentence tells
    opening = [
        t
        for t in free
        if _OPENS.match(sentence.text[: t.start - sentence.start] + "|" + text_after(sentence, t))
        and not SPAN_START.match(t.text)
    ]
    # "dissolved parliament and set elections for 5 March": a date an act is set for is that act's alone
    sharable = [t for t in free if not _SET_FOR.search(sentence.text[: t.start - sentence.start])]
    for draft in drafts:  # "detained X and dispersed Y in Abidjan over the weekend": coordinated acts share a date
        if not draft.dates and not draft.repeat:
            draft.dates = (
                [t for t in sharable if shared(sentence, draft, t)][:1]
                or [t for t in sharable if carries_into(sentence, t, draft)][:1]
                or date_of_after_clause(sentence, draft, drafts)
                or opening[:1]
            )
        # "X seized Goma earlier this year, and an accord was signed last month": its own clause's time first
        # "loaded trucks on Sunday after gunmen torched houses the night before": the trigger's own clause first
        draft.dates.sort(
            key=lambda t: (
                coordinated_apart(sentence, draft, t),
                not _starts_in_clause(sentence, draft, t),
                distance(t, draft),
            )
        )
        draft.dates = named_day_first(finest_first(draft.dates))


def absorb_statements(
    sentence: Sentence,
    drafts: list[Draft],
    telling: frozenset[str] = frozenset(),
    requesting: frozenset[str] = frozenset(),
) -> tuple[list[Draft], list[tuple[Draft, Draft]]]:
    """Drop a statement trigger that only tells another event ("a ban announced by X", "declared a curfew").

    Returns the drafts kept and (statement, event told) pairs; of several events before a passive statement, the
    told one is the head of its noun phrase ("a ban on rallies announced by"), the first with a determiner. A
    `telling` verb also tells the event of its 'that' clause ("announced on November 28 that it was ending ...").
    A `requesting` verb asks for a step of state ("urged an investigation", "demanded the release of"): the call is
    the statement, the step asked for no event; a protest called for ("called for a boycott") is the protest.
    """
    others = [d for d in drafts if d.type != "statement"]
    kept: list[Draft] = []
    told: list[tuple[Draft, Draft]] = []
    asked: set[int] = set()
    for draft in drafts:
        if draft.type == "statement" and not draft.whole:
            after = sentence.text[draft.end - sentence.start :]
            before = [d for d in others if d.end <= draft.start and same_clause(sentence, d, draft)]
            objects = [
                d
                for d in others
                if d.start >= draft.end
                and (
                    _TOLD_OBJECT.match(between := sentence.text[draft.end - sentence.start : d.start - sentence.start])
                    or (draft.trigger.lower() in telling and _TOLD_THAT.match(between))
                )
            ]
            if before and _TOLD_BY.match(after):
                heads = [d for d in before if _DETERMINED.search(sentence.text[: d.start - sentence.start])]
                told.append((draft, (heads or before)[-1]))
                continue
            if objects and draft.trigger.lower() in requesting and objects[0].type == "other":
                asked.add(id(objects[0]))
            elif objects:
                told.append((draft, objects[0]))
                continue
        kept.append(draft)
    return [d for d in kept if id(d) not in asked], told


def _starts_in_clause(sentence: Sentence, draft: Draft, time: TimeExpr) -> bool:
    """Whether a time starts in a trigger's clause ("the night before" ends in a word that cuts clauses)."""
    left, right = clause_bounds(sentence, draft.start, draft.end)
    return left <= time.start < right


def repeated_event(drafts: list[Draft], draft: Draft) -> Draft | None:
    """The earlier event a participant-less draft repeats: same type, a back-reference or close by."""
    if (draft.named and not draft.definite) or len([v for t in draft.dates for v in t.values]) > 1:
        return None
    for earlier in reversed(drafts):
        if earlier.type != draft.type:
            continue
        mine, theirs = _values(draft) - {None}, _values(earlier) - {None}  # "six months after": no value, no date
        if mine and theirs and mine != theirs and not narrows(draft, earlier):
            return None  # a dated event of the same kind is another event ("on 9 February, a drone strike hit ...")
        if draft.backref:
            return earlier
        if mine and not theirs and (_strangers(draft, earlier) or _INDEFINITE.search(_before(draft))):
            return None  # a dated act near an undated one, by or against others or newly told ("a strike"), is another
        if draft.sentence.index - earlier.sentence.index <= _MERGE_WINDOW:
            return earlier
        return None
    return None


def _before(draft: Draft) -> str:
    """The sentence before a draft's trigger."""
    return draft.sentence.text[: draft.start - draft.sentence.start]


def _strangers(draft: Draft, earlier: Draft) -> bool:
    """Whether two drafts both name participants and share none."""
    mine, theirs = {*draft.actors, *draft.targets}, {*earlier.actors, *earlier.targets}
    return bool(mine and theirs and not mine & theirs)


def merged_dates(prior: Draft, draft: Draft) -> list[TimeExpr]:
    """The dates an event keeps when a later mention repeats it: the more precise, else the first with a value."""
    if narrows(draft, prior) or not (_values(prior) - {None}):
        return draft.dates or prior.dates
    return prior.dates


def _values(draft: Draft) -> set[str | None]:
    """The date values a draft carries."""
    return {v.value for t in draft.dates for v in t.values}


def from_subject(time: TimeExpr, groups: list[Draft], drafts: list[Draft]) -> TimeExpr:
    """ "The agreement came a day after X": counted from the date of the event its subject points back to.

    The date told last may be another event's ("next week"); the back-reference names the one meant.
    """
    if not (time.leads and time.shift):
        return time
    subjects = [g for g in groups if g.repeat and g.end <= time.start]
    if not subjects:
        return time
    anchors = [d.dates[0].values[0].value for d in drafts if d.type == subjects[-1].type and d.dates]
    # "a day after" counts from a day: an event of the kind told only to the month ("first agreed in March") is
    # another one
    counted = [t for a in anchors if a and (t := reanchor(time, a)).values[0].value]
    return counted[-1] if counted else time
