"""Which trigger words tell an event: the ones that only name a state, a risk, a total or something else do not."""

from __future__ import annotations

import re
from typing import Any

from .event_model import Entities
from .event_text import in_quote
from .event_triggers import TriggerWords
from .text import Sentence, phrase_pattern

_STATE_BEFORE = re.compile(
    r"\b(?:(?:remains?|remained|still|kept|held|is|are|was|were)\s+in|remains?|remained|remaining)\s+$", re.IGNORECASE
)
_ATTRIBUTIVE = re.compile(
    r"\s+(?:commission|committee|campaign|body|observers?|monitors?|movement|helicopters?|zones?|crimes?|tribunal|"
    r"court|officials?|workers?|calendar|code|season|posters?|rally|rallies|force|forces|radius)\b"
)
_NAMED_BY_DATE = re.compile(r"^\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b(?!\d))")
_DEFINITE_END = re.compile(r"\bthe\s+(?:[\w.-]+\s+)?$", re.IGNORECASE)
_PASSIVE_BLAME = re.compile(r"(?:accused|accuses|accusing)\s+of\b|blamed\s+on\b", re.IGNORECASE)
PASSIVE_END = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
"""'was taken', 'had been detained', 'were reportedly killed': what comes next is a passive participle."""
# "**Detentions**", "**3. Demolitions**": a bold line of a few words with no sentence end heads a section
_HEADING = re.compile(r"^(?:\*\*)?(?:\d+\.\s*)?[^.!?*]{1,80}\*\*$")
_PLAIN_HEADING = re.compile(r"^(?:[-–—]\s+)?[A-Z][^.!?:;\"“”|*#\d]*[A-Za-z)](?:\s+[-–—])?$")
_DETERMINER_END = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that)|[’']s)\s+(?:now-|long-)?$", re.I)


def is_heading(sentence: Sentence, alone: bool = False) -> bool:
    """Whether a sentence is a section heading: in bold ("**Internet shutdown and curfew**"), a short line of its
    own with no sentence end ("Sanctions"), or a masthead split by bars. It names a topic, no event of its own."""
    text = sentence.text.strip()
    if alone and _PLAIN_HEADING.match(text) and len(text.split()) <= 6:
        return True
    if text.count(" | ") >= 2:
        return True  # "Statement | Rights Monitor, Nairobi | For immediate release": a masthead, no sentence
    return bool(_HEADING.match(text)) and len(sentence.text.split()) <= 10


class TriggerGate:
    """Tells the trigger words that name something other than an event told; its cues are compiled once."""

    def __init__(self, triggers: TriggerWords, cues: dict[str, Any]) -> None:
        self._triggers = triggers
        self._state_words = frozenset(w.lower() for w in cues["state_participles"])
        self._attributive = frozenset(w.lower() for w in cues["attributive_participles"])
        self._active_perfect = re.compile(rf"{phrase_pattern(cues['active_perfect'], re.I).pattern}\s+$", re.I)
        toll = phrase_pattern(cues["toll_triggers"], re.I).pattern
        self.toll_words = frozenset(w.lower() for w in cues["toll_triggers"])
        self._total = re.compile(rf"{phrase_pattern(cues['toll_total'], re.I).pattern}(?:\s+[a-z]+ly)?\s+$", re.I)
        self._subject_of_total = re.compile(
            rf"^\s+{phrase_pattern(cues['toll_total'], re.I).pattern}(?:\s+[a-z]+ly)?\s+{toll}", re.I
        )
        self._generic = re.compile(
            rf"{phrase_pattern(cues['generic_before'], re.I).pattern}(?:\s+[\w-]+)?\s+$", re.IGNORECASE
        )
        accusing = phrase_pattern(cues["accusing_verbs"], re.I).pattern
        # the content runs on past a comma that opens a phrase of it ("of killing eight, including children, in a
        # strike"), not past one that ends it ("of backing the M23, denied ...", "of X, a charge Y denies")
        self._alleged = re.compile(
            rf"{accusing}\s+(?:[\w'’-]+\s+){{0,8}}?of\s+(?:[^,;:]|,\s+(?:including|in|on|at|near|during|with)\b)*$",
            re.IGNORECASE,
        )
        self._idiom = re.compile(rf"^\s+{phrase_pattern(cues['idiom_after'], re.I).pattern}", re.IGNORECASE)
        self._general = re.compile(
            rf"^(?:\s+[\w-]+){{0,3}}?\s+{phrase_pattern(cues['general_after'], re.I).pattern}", re.I
        )

    def names_other(self, sentence: Sentence, match: re.Match[str], entities: Entities) -> bool:
        """Whether the word names something other than a happening: a state, a dated name, an attribute."""
        before, after = sentence.text[: match.start()], sentence.text[match.end() :]
        if not self._triggers.fits(sentence, match, entities):
            return True  # "seized weapons", "left the capital", "a day of strikes": no battle, withdrawal, attack
        if _STATE_BEFORE.search(before):
            return True  # "who remains in detention": a state the person is in, not an event told
        if _NAMED_BY_DATE.match(after) and _DEFINITE_END.search(before):
            return True  # "the earthquake of 28 March": an event named by its date, pointed to, not told
        return bool(_ATTRIBUTIVE.match(after))  # "the election commission", "protest movement"

    def untold(self, sentence: Sentence, match: re.Match[str]) -> bool:
        """Whether a happening word tells no event of the story: quoted, general, alleged, idiomatic or a total."""
        if in_quote(sentence, match.start()):
            return True  # quoted words are the speaker's statement, not events the story reports
        before, after = sentence.text[: match.start()], sentence.text[match.end() :]
        word = match.group().lower()
        if self._general.match(after) or self._subject_of_total.match(after):
            return True  # "kidnappings are rife", "the insurgency has killed 6,000": how things are, no event
        if self._triggers.category_of(match) == "statement" and PASSIVE_END.search(before):
            return True  # "a ceasefire was announced", "an outbreak was declared": the act's telling, no statement
        if _PASSIVE_BLAME.match(sentence.text[match.start() :]):
            return True  # "soldiers accused of plotting", "killings blamed on gangs": a charge others make, untold
        if self._alleged.search(before):
            return True  # "accused the army of killing civilians": an allegation inside the statement
        if self._generic.search(before) or self._idiom.match(after):
            return True  # "still face detention", "the war of words": a risk or a figure of speech, no event
        if word in self._attributive and _DETERMINER_END.search(before):
            return True  # "the banned party", "the besieged city": a state named in passing, no act told
        if word in self._state_words and not self._active_perfect.search(before):
            return True  # "officers stationed in the town": where they were, not a deployment told
        return word in self.toll_words and bool(self._total.search(before))  # "has killed more than 40,000 people"
