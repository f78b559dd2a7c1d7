"""Trigger words: the lexicon's phrases and gapped patterns, and what the words around a trigger make of it."""

from __future__ import annotations

import re

from .event_model import Entities
from .lexicon import Lexicon
from .text import Sentence, phrase_pattern

# what is called ("it", "the killings") and how: in quoted words ("called the killings \"a grave violation\""), or
# by an adjective alone when a noun of words stands before the subject (see `_WORDS_NOUN_BEFORE`)
_CALLED = r"(?:it|them|this|that|the\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
_QUOTED = r"[\"“]"
_ASSESSMENT = r"(?:[\"“]|(?:[a-z-]+(?:al|ive|ous|ic|ent|ant|ed|ful|less|able|ible|ate|ory|ary)\b))"
# "charges her supporters call", "a ruling the colonel's opponents call": a noun of words or rulings, then the
# subject of the verb of calling
_WORDS_NOUN_BEFORE = re.compile(
    r"\b(?:charges?|allegations?|claims?|accusations?|rulings?|verdicts?|vote|figures?|reports?|which)\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+){1,4}$",
    re.IGNORECASE,
)


# who names someone to an office stands right before "named": a pronoun, an auxiliary, a conjunction or a name
_NAMER_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|it|who|which|has|have|had|was|were|is|been|and|then|also|not|later|formally)|"
    r"\b[A-Z][\w'’-]*)\s+$"
)
# "named Amara Kone, a banker, as prime minister", "named a new chief of staff": the office follows
_NAMED_TO_OFFICE = re.compile(r"^\s+(?:(?:a|an)\s+(?:new|interim|acting)\b|(?:[^\s.;]+\s+){1,7}?as\s)")
_UNNAMED_SOURCE = re.compile(r"\bto\s+be\s+$", re.IGNORECASE)


class TriggerWords:
    """Finds trigger words in a sentence and tells each one's category from the words around it."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._category = {
            " ".join(p.lower().split()): cat for cat, phrases in lexicon.triggers.items() for p in phrases
        }
        cues = lexicon.status_cues
        # "moved eight mechanised brigades", "pledged to send more troops": a verb of sending, a few words, a force;
        # "launched more than 400 drones": a verb of firing, a few words, what was fired
        sending = phrase_pattern(cues["sending_verbs"]).pattern
        forces = phrase_pattern(cues["force_nouns"]).pattern
        firing = phrase_pattern(cues["firing_verbs"]).pattern
        weapons = phrase_pattern(cues["fired_weapons"]).pattern
        # "1,200 soldiers would be sent to the region": the force first, the verb of sending in the passive
        sent = r"(?:be|been|were|was|are|is)\s+(?:sent|moved|dispatched|flown|rushed)"
        # "dismissed the verdict as biased": the verb alone is the trigger, the "as" a few words on makes it words
        rebutting = phrase_pattern(cues["rebutting_verbs"]).pattern
        self._rebutting = frozenset(w.lower() for w in cues["rebutting_verbs"])
        assessing = phrase_pattern(cues["assessing_verbs"]).pattern
        self._assessing = frozenset(w.lower() for w in cues["assessing_verbs"])
        asking = phrase_pattern(cues["asking_verbs"]).pattern
        self._asking = frozenset(w.lower() for w in cues["asking_verbs"])
        self.pattern = re.compile(
            rf"(?P<sending>{sending}(?:\s+[\w-]+){{0,5}}?\s+{forces}|{forces}(?:\s+[\w-]+){{0,5}}?\s+{sent})|"
            rf"(?P<firing>{firing}(?:\s+[\w-]+){{0,4}}?\s+{weapons})|"
            # "signed the Finance Bill 2025 into law": the bill named between the verb and its end
            rf"(?P<enacting>signed(?:\s+[\w-]+){{1,6}}?\s+into\s+law)|"
            rf"(?P<rebutting>{rebutting}(?=(?:\s+[\w'’“”\".-]+){{0,5}}?\s+as\b))|"
            rf"(?P<assessing>(?<![\w-]){assessing}(?=\s+{_CALLED}\s+{_QUOTED}))|"
            rf"(?P<asking>(?<![\w-]){asking}(?!\s+not\b)(?=\s+(?:the\s+)?(?:[\w'’.-]+\s+){{1,6}}?to\s+[a-z]))|"
            rf"(?P<judging>(?<![\w-]){assessing}(?=\s+{_ASSESSMENT}))|"
            rf"{phrase_pattern(self._category).pattern}",
            re.IGNORECASE,
        )
        # "a general strike", "a day of strikes": a stoppage of work, no attack
        self._labour = re.compile(rf"{phrase_pattern(cues['labour_strike_before'], re.I).pattern}\s+$", re.I)
        # "formally left ECOWAS", "will leave the bloc": leaving a body is a withdrawal, leaving a place is not
        self._leaving = frozenset(w.lower() for w in cues["leaving_verbs"])
        self._body = re.compile(rf"^\s+(?:the\s+)?{phrase_pattern(cues['body_nouns']).pattern}", re.I)
        # "seized Goma", "seized the town": seizing ground is a battle, seizing weapons or a ship is not
        self._needs_ground = frozenset(w.lower() for w in cues["ground_verbs"])
        self._ground = re.compile(rf"^\s+(?:the\s+)?(?:[\w-]+\s+)?{phrase_pattern(cues['ground_nouns']).pattern}", re.I)
        self._clashes = frozenset(w.lower() for w in cues["clash_words"])
        self._with_police = re.compile(rf"^\s+with\s+{phrase_pattern(cues['police_nouns'], re.I).pattern}", re.I)
        self._toppling = frozenset(w.lower() for w in cues["toppling_verbs"])
        self._fighters = phrase_pattern(cues["armed_struggle_words"], re.I)
        self._power_taking = frozenset(w.lower() for w in cues["power_taking"])
        self._military = phrase_pattern(cues["military_words"], re.I)
        self._executions = frozenset(w.lower() for w in cues["execution_words"])
        self._judicial = phrase_pattern(cues["judicial_words"], re.I)
        self._armed_killers = phrase_pattern(cues["armed_killers"], re.I)
        self._talks = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?{phrase_pattern(cues['talks_nouns']).pattern}", re.I)
        self._ventures = re.compile(
            rf"^\s+(?:[\w$.,-]+\s+){{0,4}}?{phrase_pattern(cues['venture_nouns']).pattern}", re.IGNORECASE
        )

    def category_of(self, match: re.Match[str]) -> str:
        """The lexicon's category of a trigger found by `pattern`."""
        if match.group("sending"):
            return "deployment"
        if match.group("firing"):
            return "attack"
        if match.group("enacting"):
            return "legislation"
        if match.group("rebutting") or match.group("assessing") or match.group("judging") or match.group("asking"):
            return "statement"
        return self._category[" ".join(match.group().lower().split())]

    @staticmethod
    def judges(match: re.Match[str]) -> bool:
        """Whether a trigger is words judging what follows it ("called the arrests political", "dismissed the
        reports as lies"), not the telling of an act."""
        return bool(match.group("assessing") or match.group("judging") or match.group("rebutting"))

    def lexicon_category(self, trigger: str) -> str | None:
        """The category the lexicon gives a trigger as written, if it lists it."""
        if trigger.lower() in self._rebutting | self._assessing | self._asking:
            return "statement"
        return self._category.get(" ".join(trigger.lower().split()))

    def fits(self, sentence: Sentence, match: re.Match[str], entities: Entities) -> bool:
        """Whether the words after a trigger let it tell its event: "seized weapons" takes no ground, "left the
        capital" quits no body, "a day of strikes" is a stoppage of work."""
        word = match.group().lower()
        if match.group("judging"):  # "charges her supporters call fabricated": a rebuttal told in passing
            return bool(_WORDS_NOUN_BEFORE.search(sentence.text[: match.start()]))
        if word == "named":  # "Haftar named his son deputy": a namer acts; "asked not to be named" is no act
            before, after = sentence.text[: match.start()], sentence.text[match.end() :]
            if _UNNAMED_SOURCE.search(before) or re.match(r"\s+after\b", after):
                return False  # "asked not to be named", "a street named after a general"
            return bool(_NAMER_BEFORE.search(before) or _NAMED_TO_OFFICE.match(after))
        if word in self._needs_ground:
            return self._names_next(sentence, match, entities, self._ground, kinds=None)
        if word in self._leaving:
            return self._names_next(sentence, match, entities, self._body, kinds=("org",))
        if word in ("strike", "strikes"):
            return not self._labour.search(sentence.text[: match.start()])
        return True

    def recategorized(self, category: str, match: re.Match[str], sentence: Sentence) -> str:
        """The category a trigger takes from the words around it.

        "rebels toppled the president": an armed struggle won, no coup. "took power after his father died": a
        succession, unless soldiers or a coup are in the sentence. "suspended a gas project": a company pulling
        out, no sanction; "suspended talks": a halt to talks, typed with them. "executed ... on drug charges": a
        sentence carried out, no attack.
        """
        word = " ".join(match.group().lower().split())
        before = sentence.text[max(0, match.start() - 80) : match.start()]
        after = sentence.text[match.end() :]
        if category == "battle" and word in self._clashes and self._with_police.match(after):
            return "protest"  # "supporters clashed with police": a crowd against the police, no armed clash
        if category == "coup" and word in self._toppling and self._fighters.search(before):
            return "battle"
        if word in self._power_taking and not self._military.search(sentence.text):
            return "appointment"
        if category == "attack" and word in self._executions and self._judicial_execution(sentence.text):
            return "other"  # "hanged in Ghezel Hesar prison": a sentence carried out, a court step
        if category == "sanction" and word in ("suspended", "suspends") and self._ventures.match(after):
            return "withdrawal"
        if category == "sanction" and word in ("suspended", "suspends") and self._talks.match(after):
            return "other"  # "suspended talks with the rebels": the talks stopped, as the other acts of talks are
        return category

    def _judicial_execution(self, text: str) -> bool:
        """Whether executions told in a sentence are a state's sentences carried out, not armed men killing captives."""
        return bool(self._judicial.search(text)) or not self._armed_killers.search(text)

    @staticmethod
    def _names_next(
        sentence: Sentence,
        match: re.Match[str],
        entities: Entities,
        nouns: re.Pattern[str],
        kinds: tuple[str, ...] | None,
    ) -> bool:
        """Whether a word for the thing acted on follows a trigger, or a mention of it (a place, or of `kinds`)."""
        after = sentence.text[match.end() :]
        if nouns.match(after):
            return True
        gap = re.match(r"\s+(?:the\s+)?", after)
        at = sentence.start + match.end() + (gap.end() if gap else 0)
        mentions = entities.places if kinds is None else [m for m in entities.participants if m.kind in kinds]
        return any(m.start == at for m in mentions)
