"""One event per happening: when a second trigger of a kind in a sentence tells another happening, when a later
mention repeats an event already told, and which times a relative clause keeps for its own act."""

from __future__ import annotations

import re

from .dates import TimeExpr
from .event_model import Draft
from .text import Sentence, clause_bounds

# "the expulsion of", "after an attack on": a trigger told as a noun, in a phrase of its own
_NOMINAL_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|after|before|following|of|by|with|in)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# "... and declared", "... and to open an independent investigation": a second act joined by 'and'
_COORDINATED = re.compile(r"\band\s+(?:to\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "a charge the TPLF denies", "which the rebels deny", "a figure the government has dismissed": a rebuttal told in
# passing, by a speaker of its own; so is a clause of its own after a semicolon ("; the government rejected ...")
_REBUTTAL = re.compile(
    r"(?:\b(?:charges?|allegations?|claims?|accusations?|figures?|estimates?|reports?|accounts?|which)\s+"
    r"(?:the\s+)?|;\s+)(?:[\w'’.-]+\s+){1,4}$",
    re.IGNORECASE,
)
# "which has fought", "who took": a relative pronoun and at most four words before a trigger
_RELATIVE_OPEN = re.compile(r"\b(which|who|whom|whose|that)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


class HappeningSplitter:
    """Tells whether a later trigger of a category already anchored in a sentence tells a happening of its own."""

    def __init__(self, complementizer: re.Pattern[str], causal: re.Pattern[str], casualty: frozenset[str]) -> None:
        self._complementizer = complementizer
        self._causal = causal
        self._casualty = casualty

    def separate(self, sentence: Sentence, same: list[Draft], draft: Draft) -> bool:
        """Whether `draft` tells another happening than the drafts of its category before it in the sentence.

        "The departure follows the expulsion of ...": a back-reference anchored the category, the act told anew
        after it is another event. "X, which has fought the army since 2023, exchanged gunfire overnight": a
        relative clause tells a background event, its main clause the news. Within one clause, or as a toll
        ("attacked the village, killing 12") or a back-reference, the trigger repeats the anchor's event.
        """
        if draft.type == "statement":  # "X accused Y of ..., a charge Y denies": the rebuttal is Y's own
            return rebuttal(sentence, draft)
        if draft.trigger.lower() in self._casualty:
            return False
        before = sentence.text[: draft.start - sentence.start]
        if same[-1].backref:  # "the expulsion of French forces" after "the departure": told, not pointed back to
            if not _NOMINAL_BEFORE.search(before):
                return False  # "the arrests ... have swept up 50 officers": a verb telling the same act
            return not draft.backref or bool(re.match(r"\s+of\b", sentence.text[draft.end - sentence.start :]))
        if draft.backref:
            return False
        if self._causal.search(sentence.text[same[-1].end - sentence.start : draft.start - sentence.start]):
            return True  # "an ambush ... triggered days of revenge killings": what one act set off is another
        if draft.status != same[-1].status and "negated" not in (draft.status, same[-1].status):
            return True  # "agreed a ceasefire at talks on Sunday and are due to meet again": done, then planned
        first, this = self.relative_end(sentence, same[-1]), self.relative_end(sentence, draft)
        if (first is None) != (this is None):
            same[-1].relative_end, draft.relative_end = first, this
            same[-1].distinct = True  # a background act told in passing, apart from the news beside it
            return True
        # 'other' gathers unlike acts: "suspended talks ... and declared a state of unrest" tells two, joined by
        # 'and' or in clauses of their own; "distance X from Y, forging closer ties with Z" tells one
        if draft.type != "other" or any(d.trigger.lower()[:5] == draft.trigger.lower()[:5] for d in same):
            return False
        bounds = clause_bounds(sentence, draft.start, draft.end)
        return bool(_COORDINATED.search(before)) or all(clause_bounds(sentence, d.start, d.end) != bounds for d in same)

    def relative_end(self, sentence: Sentence, draft: Draft) -> int | None:
        """Where the relative clause a trigger stands in ends, if it stands in one ("Fano, which has fought ...,").

        'that' opens one after a noun ("the militia that has fought"), not after a verb of saying ("said that").
        """
        opening = sentence.text[: draft.start - sentence.start]
        relative = _RELATIVE_OPEN.search(opening)
        if not relative:
            return None
        if relative.group(1).lower() == "that" and self._complementizer.search(opening[: relative.end(1)] + " "):
            return None
        comma = sentence.text.find(",", draft.end - sentence.start)
        return sentence.start + (comma if comma >= 0 else len(sentence.text))


def rebuttal(sentence: Sentence, draft: Draft) -> bool:
    """Whether a statement trigger tells a rebuttal in passing, by a speaker of its own ("a charge X denies")."""
    return draft.type == "statement" and bool(_REBUTTAL.search(sentence.text[: draft.start - sentence.start]))


def own_relative_times(drafts: list[Draft], times: list[TimeExpr]) -> list[TimeExpr]:
    """The times left once each trigger told in a relative clause takes those in its clause ("that has fought the
    army since August 2023, exchanged fire overnight": 2023 dates the fighting of the clause, not the news)."""
    left: list[TimeExpr] = []
    for time in times:
        owner = next((d for d in drafts if d.relative_end and d.end <= time.start and time.end <= d.relative_end), None)
        if owner is None:
            left.append(time)
        else:
            owner.dates.append(time)
    return left


def may_repeat(prior: Draft, draft: Draft) -> bool:
    """Whether a draft may tell again an earlier event of its category.

    A plan or a supposition does not repeat a told act ("if the attacks continue"). 'other' gathers unlike acts:
    a sentencing, then an acquittal, are two events unless the later one points back ("the talks") or names the
    act again in the same word.
    """
    if draft.status in ("planned", "hypothetical") and prior.status != draft.status:
        return False  # "if the attacks continue", "the talks are due to resume": a supposition or plan of its own
    if draft.type != "other" or draft.backref:
        return True
    return prior.trigger.lower()[:5] == draft.trigger.lower()[:5]


_RESULT_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?$")


def result_participle(before: str, word: str, drafts: list[Draft]) -> bool:
    """Whether a participle after an act and a comma tells what that act did, no act of its own ("passed a bill
    ..., effectively scrapping the transition"). The caller asks it of generated trigger forms only: the listed
    ones ("..., killing 12") are weighed by the rules of tolls and happenings."""
    return (
        word.lower().endswith("ing")
        and bool(_RESULT_PARTICIPLE.search(before))
        and any(d.type != "statement" for d in drafts)
    )
