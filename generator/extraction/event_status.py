"""Event status: reported, negated, planned or hypothetical, from the cue words around a trigger."""

from __future__ import annotations

import re

from .text import phrase_pattern

# "until elections are held": an act a state waits for, not one told
_UNTIL_BEFORE = re.compile(r"\buntil\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PRESENT_AFTER = re.compile(r"^\s+(?:are|is|take|takes)\b", re.IGNORECASE)
_PAST_VERB = re.compile(r"^\w+ed$", re.IGNORECASE)
# "denied on Tuesday that its soldiers had crossed the border": what the denial's clause tells did not happen
_DENIED_THAT = re.compile(r"\b(?:denied|denies|deny)(?:\s+[\w-]+){0,3}\s+that(?:\s+[\w'’-]+){0,6}\s*$", re.IGNORECASE)
# "refugees who have crossed": a relative clause in the perfect tells what was done, inside a plan or a request too
_RELATIVE_PERFECT = re.compile(r"\b(?:who|which|that)\s+(?:have|has|had)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_INNER_PASSIVE = re.compile(r"\s(?:be|been|were|was|are|is)\s+\w+$", re.IGNORECASE)


class StatusReader:
    """Reads a trigger's status from the lexicon's cue words; the patterns are compiled once."""

    def __init__(self, cues: dict[str, tuple[str, ...]], speech_cue: str) -> None:
        # "denied carrying out the attack": up to four words between the cue and the trigger, none opening a clause
        # of its own ("refused to hand over power until elections are held": the elections are not refused)
        self._negated = re.compile(
            rf"{phrase_pattern(cues['negated_before'], re.I).pattern}"
            rf"(?:\s+(?!(?:until|unless|if|when|before|after)\b)[\w-]+){{0,4}}\s*$",
            re.I,
        )
        self._planned_before = re.compile(
            rf"{phrase_pattern(cues['planned_before']).pattern}(?:\s+[\w-]+){{0,4}}\s*$", re.I
        )
        self._requested = re.compile(
            rf"{phrase_pattern(cues['requested_before']).pattern}\s[^.;:“”\"]{{0,150}}?"
            rf"\bto(?:\s+[\w-]+){{0,4}}\s*$",
            re.I,
        )
        self._planned_after = re.compile(
            rf"^(?:\W*[\w-]+){{0,6}}?\W*{phrase_pattern(cues['planned_after']).pattern}", re.I
        )
        self._modifiers = frozenset(w.lower() for w in cues["hypothetical_modifiers"])
        self._hypothetical = re.compile(
            rf"(?:{phrase_pattern(cues['hypothetical_before']).pattern}(?:\s+[\w-]+){{0,3}}|"
            rf"{phrase_pattern(cues['hypothetical_modifiers']).pattern}(?:\s+[\w-]+)?)\s*$",
            re.I,
        )
        # "said it would withdraw": a reported intention is a plan, not a supposition
        self._said_would = re.compile(
            rf"{speech_cue}\s+(?:that\s+)?(?:[\w'’-]+\s+){{0,4}}(?:would|will)(?:\s+[\w-]+){{0,3}}\s*$"
        )

    def status(self, before: str, trigger: str, after: str) -> str:
        """Reported, negated, planned or hypothetical, from the words before a trigger, the trigger and after."""
        before += _subject_inside(trigger)
        if self._negated.search(before) or _DENIED_THAT.search(before):
            return "negated"
        if _RELATIVE_PERFECT.search(before):
            return "reported"  # "not to return Tanzanians who have crossed the border": done, whatever is asked
        if any(
            rx.search(before) for rx in (self._planned_before, self._requested, self._said_would)
        ) or self._planned_after.search(after):
            return "planned"
        hypothetical = self._hypothetical.search(before)
        if hypothetical and self._of_subject(hypothetical.group(), trigger):
            hypothetical = None  # "Suspected jihadists killed 23": the doubt is about who did it, not whether
        if hypothetical or (_UNTIL_BEFORE.search(before) and _PRESENT_AFTER.match(after)):
            return "hypothetical"
        return "reported"

    def announces(self, telling: str) -> bool:
        """Whether words from a verb of saying up to a trigger announce it as to come ("said it would resume")."""
        return bool(self._said_would.fullmatch(telling.strip() + " "))

    def _of_subject(self, cue: str, trigger: str) -> bool:
        """Whether a doubting modifier qualifies the subject of a verb trigger ("suspected rebels attacked"), not
        the act ("a suspected attack")."""
        words = cue.split()
        return (
            len(words) == 2
            and words[0].lower() in self._modifiers
            and words[1].lower().endswith("s")
            and bool(_PAST_VERB.match(trigger))
        )


def _subject_inside(trigger: str) -> str:
    """The words of a trigger before its verb, when the trigger holds its subject ("troops would be sent"): the
    cues of status ("would", "not") stand there."""
    verb = _INNER_PASSIVE.search(trigger)
    return trigger[: verb.start()] + " " if verb else ""
