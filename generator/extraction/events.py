"""Events: trigger words by category, with actors, targets, place, date and status from their sentence."""

from __future__ import annotations

import re
from collections import Counter

from ..factsheet import DateValue, Event
from .dates import TimeExpr
from .event_context import lend_time, possessive_dates, retold_lede, time_alone
from .event_cues import ANAPHORIC_DAY, BACKREF, COUNTED_OBJECT, COUNTED_PASSIVE, DATED_BACKREF
from .event_dates import absorb_statements, assign_dates, from_subject, merged_dates, repeated_event
from .event_gate import PASSIVE_END, TriggerGate, is_heading
from .event_happenings import HappeningSplitter, may_repeat, own_relative_times, rebuttal, result_participle
from .event_model import Draft, Entities
from .event_statements import UnnamedSpeakers, find_statements
from .event_status import StatusReader
from .event_telling import TellingTimes
from .event_text import follows, place_of, possessor, quote_bounds, summarize, with_places
from .event_triggers import TriggerWords
from .event_types import EventTyper
from .lexicon import Lexicon
from .quotes import QuoteHit
from .text import Sentence, clause_bounds, ordered_unique, phrase_pattern

__all__ = ["Entities", "EventFinder", "summarize", "with_places"]

_PREPOSITION_END = re.compile(r"\b(?:on|against|with|from|of)$", re.IGNORECASE)
_GOVERNED = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
_AND_TO = re.compile(r"\band\s+to\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TARGET_WORDS = 10


class EventFinder:
    """Finds events; the trigger lexicon and status cues are compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._triggers = TriggerWords(lexicon)
        cues = lexicon.status_cues
        cue = phrase_pattern(lexicon.speech_cues).pattern
        # "X said", "X's defence ministry said": the speaker is the sentence's subject, not a trailing attribution
        # "ECOWAS (the bloc) said", "Orano, which holds a stake in X, said": a bracketed name or a relative clause
        # may stand between the subject and its verb, and so may an apposition ("Yahya Saree, the group's spokesman,")
        self._speech = re.compile(
            rf"^(?:[’']s(?:\s+[a-z][\w-]*){{1,3}})?(?:\s*\([^()]{{1,40}}\))?"
            rf"(?:,\s+(?:which|who)\s+[^,;:“”\"]{{1,80}}"
            rf"|,\s+(?:the|a|an|its|his|her|their)\s+[^,;:“”\"]{{1,60}})?"
            rf",?\s+{cue}"
        )
        self._typer = EventTyper(lexicon.event_types, lexicon.plover)
        # "adding that fighting had continued": after a verb of saying, 'that' opens a clause, it points back to nothing
        openers = phrase_pattern(cues["that_clause_verbs"], re.I).pattern
        self._complementizer = re.compile(rf"(?:{cue}|{openers})\s+that\s+$", re.I)
        self._unnamed = UnnamedSpeakers(lexicon, self._triggers.pattern)
        self._status = StatusReader(cues, cue)
        self._onset = phrase_pattern(cues["onset_verbs"], re.I)
        self._telling = frozenset(w.lower() for w in cues["telling_verbs"])
        self._telling_times = TellingTimes(cue, self._telling, frozenset(cues["told_later"]))
        self._inflected = lexicon.inflected
        self._requesting = frozenset(w.lower() for w in cues["requesting_verbs"])
        self._governs = lexicon.trigger_objects
        self._gate = TriggerGate(self._triggers, cues)
        self._casualty = frozenset(w.lower() for w in cues["casualty_words"])
        self._disasters = frozenset(w.lower() for w in cues["disaster_triggers"])
        self._disaster_harm = frozenset(w.lower() for w in cues["disaster_harm"])
        # "were (reportedly) killed": the toll of an event; "has killed": a running total
        self._passive = re.compile(rf"{phrase_pattern(cues['toll_passive'], re.I).pattern}(?:\s+[a-z]+ly)?\s+$", re.I)
        accusing = phrase_pattern(cues["accusing_verbs"], re.I).pattern
        accusing = phrase_pattern(cues["accusing_verbs"], re.I).pattern
        # "cut ties with X, accusing it of ...": the participle tells why the act was done, no statement of its own
        self._accusing_participle = re.compile(rf",\s+{accusing}$", re.IGNORECASE)
        self._splitter = HappeningSplitter(
            self._complementizer, phrase_pattern(cues["causal_verbs"], re.I), self._casualty
        )

    def find(
        self, sentences: list[Sentence], times: list[TimeExpr], entities: Entities, quotes: list[QuoteHit]
    ) -> list[Event]:
        """Events in text order; repeated mentions of one event are merged into its first."""
        drafts: list[Draft] = []
        alone: tuple[Sentence, TimeExpr] | None = None  # a day told in a sentence of no event, for the next one
        paragraphs = Counter(s.paragraph for s in sentences)
        headings = {s.index for s in sentences if is_heading(s, alone=paragraphs[s.paragraph] == 1)}
        for sentence in sentences:
            if sentence.index in headings:
                continue  # "**Detentions**": a section's topic, told in the paragraphs below
            # "X said on Monday": that date is the statement's, not the reported event's
            own = [t for t in times if t.sentence == sentence.index]
            groups, told = absorb_statements(
                sentence, self._groups(sentence, entities), self._telling, self._requesting
            )
            in_sentence = [t for t in own if not self._telling_times.dates_telling(sentence, t, groups)]
            for group in groups:  # "the arrests" after an arrest was told: a repeat, not a new event
                group.repeat = (
                    group.backref and (not group.named or group.definite) and any(d.type == group.type for d in drafts)
                )
            in_sentence = [from_subject(t, groups, drafts) for t in in_sentence]
            in_sentence = own_relative_times(groups, in_sentence)
            assign_dates(sentence, groups, in_sentence, told, self._onset)
            if alone and not own and follows(alone[0], sentence):
                lend_time(groups, alone[1])
            alone = (sentence, time) if (time := time_alone(sentence, groups, in_sentence)) else None
            # "At least three people were killed": the toll of an event told, unless the text dates it
            # "Nineteen people were killed that day": a date pointing back names the day of the event told
            groups = [g for g in groups if not (g.toll and all(ANAPHORIC_DAY.match(t.text) for t in g.dates))]
            for draft in groups:
                if draft.repeat:  # "Saturday's attack was the deadliest this year": Saturday names the attack
                    draft.dates = possessive_dates(draft)
                prior = None if draft.distinct else repeated_event(drafts, draft)
                if prior is not None and not may_repeat(prior, draft):
                    prior = None
                if prior is None and (prior := retold_lede(drafts, draft, sentences)) is not None:
                    prior.targets = prior.targets or draft.targets  # the details name whom the lede's act befell
                if prior is not None:
                    prior.dates = merged_dates(prior, draft)
                    prior.place = prior.place or draft.place
                else:
                    drafts.append(draft)
        statements = [  # "X announced that it was ending ...": the announcement is the act it tells, not a statement
            st
            for st in find_statements(sentences, quotes, entities, times, self._speech, self._unnamed.find)
            if st.sentence.index not in headings
            and not self._unnamed.vouches(st.sentence, st.start)
            and not (
                st.trigger.lower() in self._telling
                and any(d.sentence.index == st.sentence.index and d.end > st.end for d in drafts)
            )
        ]
        # "Rubio said the two governments would start talks": the words announce the act, told as the act (planned)
        statements = [st for st in statements if not self._announces_act(st, drafts)]
        for st in statements:  # "said it would withdraw on Monday": the date is the withdrawal's, told as its own event
            if st.status == "planned" and any(d.sentence is st.sentence and d.start >= st.end for d in drafts):
                st.status, st.dates = "reported", []
        spoken = {d.sentence.index for d in statements}
        # a rebuttal told in passing ("a charge the TPLF denies") is a statement beside the speaker's own
        drafts = [d for d in drafts if not (d.type == "statement" and d.sentence.index in spoken and not d.distinct)]
        drafts.extend(statements)
        drafts.sort(key=lambda d: (d.sentence.index, d.start))
        for draft in drafts:  # after merging: "stormed his residence" told anew is still the same man's arrest
            if draft.type != "statement" and not draft.targets and (owner := possessor(entities, draft)):
                draft.targets = [owner]  # "stormed his residence": the person told last is the one it was done to
        return [event for draft in drafts for event in self._events(draft)]

    def _announces_act(self, statement: Draft, drafts: list[Draft]) -> bool:
        """Whether a said-clause only announces an act to come told right in it ("said it would resume deliveries")."""
        sentence = statement.sentence
        return any(
            d.sentence is sentence
            and d.type != "statement"
            and d.status == "planned"
            and d.start >= statement.end
            and self._status.announces(
                sentence.text[statement.end - sentence.start - len(statement.trigger) : d.start - sentence.start]
            )
            for d in drafts
        )

    def _groups(self, sentence: Sentence, entities: Entities) -> list[Draft]:
        """A draft per happening in the sentence: per trigger category, anchored at its first trigger, unless a
        later trigger of the category tells another happening (see `HappeningSplitter.separate`)."""
        spans = [(m.start, m.end) for m in entities.participants + entities.places]
        drafts: list[Draft] = []
        previous: re.Match[str] | None = None
        for match in self._triggers.pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s <= start and end <= e for s, e in spans):
                continue  # a trigger word inside a name ("Transition Council")
            if self._gate.names_other(sentence, match, entities):
                continue
            if (
                previous is not None
                and _GOVERNED.fullmatch(sentence.text[previous.end() : match.start()])
                and (
                    _PREPOSITION_END.search(previous.group())
                    or self._triggers.category_of(match) in self._governs.get(self._triggers.category_of(previous), ())
                )
            ):
                continue  # "a ban on opposition rallies": the rallies are what is banned, no event of their own
            previous = match
            if self._gate.untold(sentence, match):
                continue
            before = sentence.text[: match.start()]
            if match.group().lower() in self._inflected and result_participle(before, match.group(), drafts):
                continue  # "passed a bill ..., effectively scrapping the transition": what the act did
            toll = match.group().lower() in self._gate.toll_words
            category = self._triggers.recategorized(self._triggers.category_of(match), match, sentence)
            draft = self._draft(sentence, start, end, category, entities)
            # "called the arrests political": the act named is what the words judge, the words are not its telling
            draft.whole = draft.whole or self._triggers.judges(match)
            draft.toll = toll and bool(self._passive.search(before))
            if drafts and _AND_TO.search(before) and draft.status == "reported":
                draft.status = drafts[-1].status  # "calls on X to suspend A and to open B": B is asked for too
            same = [d for d in drafts if d.type == category]
            # "verified the arrest of at least 30 officials": a count of its own makes a new event, not a repeat
            draft.distinct = rebuttal(sentence, draft) or bool(
                draft.definite and COUNTED_OBJECT.match(sentence.text[end - sentence.start :])
            )
            if not same:
                drafts.append(draft)
            elif same[-1].toll and not toll:
                drafts[drafts.index(same[-1])] = draft  # the category's toll gives way to the event it counts
            elif self._splitter.separate(sentence, same, draft):
                draft.distinct = True
                drafts.append(draft)
        statement = next((d for d in drafts if d.type == "statement"), None)
        if (
            statement
            and any(d.start < statement.start for d in drafts)
            and self._accusing_participle.search(sentence.text[: statement.end - sentence.start])
        ):
            drafts.remove(statement)  # "cut ties with X, accusing it of ...": why the act was done
        attack = next((d for d in drafts if d.type == "attack"), None)
        if (
            attack
            and any(d.type == "battle" for d in drafts)
            and attack.trigger.lower() in self._casualty
            and not attack.definite
        ):
            drafts.remove(attack)  # "fighting ... killed 100 people": the battle's toll
        if any(d.trigger.lower() in self._disasters for d in drafts):  # "an earthquake struck ..., killing 12"
            drafts = [d for d in drafts if not (d.type == "attack" and d.trigger.lower() in self._disaster_harm)]
        return drafts

    def _draft(self, sentence: Sentence, start: int, end: int, category: str, entities: Entities) -> Draft:
        """Participants, place and status of one trigger."""
        left, right = quote_bounds(sentence, start, end, *clause_bounds(sentence, start, end))
        inside = [m for m in entities.participants if left <= m.start and m.end <= right]
        actors = ordered_unique(m.key for m in inside if m.end <= start)
        following = sentence.text[end - sentence.start : right - sentence.start]
        reach = end + len(" ".join(following.split()[:_TARGET_WORDS])) + 1
        after_keys = ordered_unique(m.key for m in inside if end <= m.start < reach and m.key not in actors)
        targets: tuple[str, ...]
        before = sentence.text[: start - sentence.start]
        by_agent = bool(re.match(r"^\s+by\b", following))
        passive = PASSIVE_END.search(before) and not re.match(r"\w+ing\b", sentence.text[start - sentence.start :])
        if passive:  # "X was taken from his home (by Y)": X is the one it was done to; "has been fighting" is not
            actors, targets = (after_keys if by_agent else ()), actors
        elif by_agent:
            actors, targets = ordered_unique((*actors, *after_keys)), ()  # passive: "ravaged by X"
        else:
            targets = after_keys
        after = sentence.text[end - sentence.start :]
        trigger = sentence.text[start - sentence.start : end - sentence.start]
        status = self._status.status(before, trigger, after)
        clause_that = bool(self._complementizer.search(before))
        place = place_of(sentence, start, end, left, right, entities)
        agentless = bool(COUNTED_PASSIVE.search(before)) and not (actors or targets or place)
        return Draft(
            type=category,
            sentence=sentence,
            start=start,
            end=end,
            actors=list(actors),
            targets=list(targets),
            named=any(k in entities.named_keys for k in (*actors, *targets)),
            backref=bool(
                (BACKREF.search(before) and not (clause_that or COUNTED_OBJECT.match(following)))
                or DATED_BACKREF.search(before)
                or agentless
            ),
            # "Saturday's attack" points to one known event as "the attack" does
            definite=bool(re.search(r"\b(?:the|this|that)\s+$", before, re.IGNORECASE) or DATED_BACKREF.search(before))
            and not clause_that,
            trigger=trigger,
            place=place,
            status=status,
        )

    def _events(self, draft: Draft) -> list[Event]:
        """The draft as one Event, or one per date when a list of dates belongs to it ("in 2020 and 2021")."""
        summary = summarize(draft.sentence, draft.start, draft.end, whole=draft.whole)
        values: list[DateValue] = [v for t in draft.dates[:1] for v in t.values] or [DateValue()]
        # a trigger's own typing holds for the category the lexicon gives it, not one the context gave it
        # ("suspended a gas project" pulls out, it imposes no sanction)
        own = self._triggers.lexicon_category(draft.trigger) == draft.type
        typed = self._typer.type_of(draft.type, draft.trigger if own else "")
        return [
            Event(
                type=draft.type,
                summary=summary,
                evidence=draft.sentence.evidence,
                date=value,
                place=draft.place,
                actors=tuple(draft.actors),
                targets=tuple(draft.targets),
                status=draft.status,
                plover=typed.plover,
                plover_mode=typed.plover_mode,
                acled_event_type=typed.acled_event_type,
                acled_sub_event_type=typed.acled_sub_event_type,
            )
            for value in values
        ]
