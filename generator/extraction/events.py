"""Events: trigger words by category, with actors, targets, place, date and status from their sentence."""

from __future__ import annotations

import re

from ..factsheet import DateValue, Event
from .dates import TimeExpr
from .event_dates import absorb_statements, assign_dates, narrows, repeated_event
from .event_model import Draft, Entities
from .event_text import in_quote, place_of, quote_bounds, subject_position, summarize, with_places
from .event_types import EventTyper
from .lexicon import Lexicon
from .quotes import QuoteHit
from .text import Sentence, clause_bounds, ordered_unique, phrase_pattern

__all__ = ["Entities", "EventFinder", "summarize", "with_places"]

# "the arrests", "his arrest", "the latest sweep": a definite noun that points back to an event already told.
_BACKREF = re.compile(
    r"(?:\b(?:the|these|those|this|that|such|his|her|their|its)\s+(?:(?:latest|recent|subsequent|alleged|same|"
    r"ongoing|reported|apparent|initial|earlier|previous|last|new|wave\s+of)\s+)?|\bsubsequent\s+)$",
    re.IGNORECASE,
)
# "Saturday's protest", "last week's attack": a dated back-reference to an event already told.
_DATED_BACKREF = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|weekend|week|month)[’']s\s+$",
    re.IGNORECASE,
)
_PREPOSITION_END = re.compile(r"\b(?:on|against|with|from|of)$", re.IGNORECASE)
_GOVERNED = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
_STATE_BEFORE = re.compile(r"\b(?:remains?|remained|still|kept|held|is|are|was|were)\s+in\s+$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(
    r"\s+(?:commission|committee|campaign|body|observers?|monitors?|movement|helicopters?|zones?|crimes?|tribunal|"
    r"court|officials?|workers?|calendar|code|season|posters?|rally|rallies)\b"
)
_ATTACHED_TO_CUE = re.compile(
    r"^(?:(?:\s+[\w'’-]+){0,3}\s+in\s+a\s+statement|\s+(?:reporters|journalists|parliament|[A-Z][\w-]*))?\s*$"
)
_TARGET_WORDS = 10
_AUXILIARY_END = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would)\s+$", re.IGNORECASE)


class EventFinder:
    """Finds events; the trigger lexicon and status cues are compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._category = {
            " ".join(p.lower().split()): cat for cat, phrases in lexicon.triggers.items() for p in phrases
        }
        self._trigger = phrase_pattern(self._category, re.IGNORECASE)
        cues = lexicon.status_cues
        # "denied carrying out the attack": up to three words between the cue and the trigger
        self._negated = re.compile(
            rf"{phrase_pattern(cues['negated_before'], re.I).pattern}(?:\s+[\w-]+){{0,3}}\s*$", re.I
        )
        self._planned_before = re.compile(
            rf"{phrase_pattern(cues['planned_before']).pattern}(?:\s+[\w-]+){{0,3}}\s*$", re.I
        )
        self._requested = re.compile(
            rf"{phrase_pattern(cues['requested_before']).pattern}(?:\s+[\w-]+){{0,5}}\s+to(?:\s+[\w-]+){{0,4}}\s*$",
            re.I,
        )
        self._planned_after = re.compile(
            rf"^(?:\W*[\w-]+){{0,6}}?\W*{phrase_pattern(cues['planned_after']).pattern}", re.I
        )
        cue = phrase_pattern(lexicon.speech_cues).pattern
        # "X said", "X's defence ministry said": the speaker is the sentence's subject, not a trailing attribution
        self._speech = re.compile(rf"^(?:[’']s(?:\s+[a-z][\w-]*){{1,3}})?,?\s+{cue}")
        self._typer = EventTyper(lexicon.event_types, lexicon.plover)
        # "adding that fighting had continued": after a verb of saying, 'that' opens a clause, it points back to nothing
        openers = phrase_pattern(cues["that_clause_verbs"], re.I).pattern
        self._complementizer = re.compile(rf"(?:{cue}|{openers})\s+that\s+$", re.I)
        self._after_cue = re.compile(rf"{cue}(?:\s+(?:reporters|journalists|[A-Z][\w-]*))?\s+$")
        self._hypothetical = re.compile(
            rf"{phrase_pattern(cues['hypothetical_before']).pattern}(?:\s+[\w-]+){{0,3}}\s*$", re.I
        )
        self._onset = phrase_pattern(cues["onset_verbs"], re.I)
        self._telling = frozenset(w.lower() for w in cues["telling_verbs"])
        self._governs = lexicon.trigger_objects
        self._state_words = frozenset(w.lower() for w in cues["state_participles"])
        self._active_perfect = re.compile(rf"{phrase_pattern(cues['active_perfect'], re.I).pattern}\s+$", re.I)
        toll = phrase_pattern(cues["toll_triggers"], re.I).pattern
        self._toll_words = frozenset(w.lower() for w in cues["toll_triggers"])
        # "were (reportedly) killed": the toll of an event; "has killed": a running total
        self._passive = re.compile(rf"{phrase_pattern(cues['toll_passive'], re.I).pattern}(?:\s+[a-z]+ly)?\s+$", re.I)
        self._total = re.compile(rf"{phrase_pattern(cues['toll_total'], re.I).pattern}(?:\s+[a-z]+ly)?\s+$", re.I)
        self._subject_of_total = re.compile(
            rf"^\s+{phrase_pattern(cues['toll_total'], re.I).pattern}(?:\s+[a-z]+ly)?\s+{toll}", re.I
        )
        self._general = re.compile(
            rf"^(?:\s+[\w-]+){{0,3}}?\s+{phrase_pattern(cues['general_after'], re.I).pattern}", re.I
        )

    def find(
        self, sentences: list[Sentence], times: list[TimeExpr], entities: Entities, quotes: list[QuoteHit]
    ) -> list[Event]:
        """Events in text order; repeated mentions of one event are merged into its first."""
        drafts: list[Draft] = []
        for sentence in sentences:
            # "X said on Monday": that date is the statement's, not the reported event's
            in_sentence = [t for t in times if t.sentence == sentence.index and not self._dates_telling(sentence, t)]
            groups, told = absorb_statements(sentence, self._groups(sentence, entities), self._telling)
            for group in groups:  # "the arrests" after an arrest was told: a repeat, not a new event
                group.repeat = (
                    group.backref and (not group.named or group.definite) and any(d.type == group.type for d in drafts)
                )
            assign_dates(sentence, groups, in_sentence, told, self._onset)
            # "At least three people were killed": the toll of an event told, unless the text dates it
            groups = [g for g in groups if not (g.toll and not g.dates)]
            for draft in groups:
                prior = repeated_event(drafts, draft)
                if prior is not None:
                    prior.dates = draft.dates if narrows(draft, prior) else prior.dates or draft.dates
                    prior.place = prior.place or draft.place
                else:
                    drafts.append(draft)
        statements = [  # "X announced that it was ending ...": the announcement is the act it tells, not a statement
            st
            for st in self._statements(sentences, quotes, entities, times)
            if not (
                st.trigger.lower() in self._telling
                and any(d.sentence.index == st.sentence.index and d.start >= st.end for d in drafts)
            )
        ]
        spoken = {d.sentence.index for d in statements}
        drafts = [d for d in drafts if not (d.type == "statement" and d.sentence.index in spoken)]
        drafts.extend(statements)
        drafts.sort(key=lambda d: (d.sentence.index, d.start))
        return [event for draft in drafts for event in self._events(draft)]

    def _dates_telling(self, sentence: Sentence, time: TimeExpr) -> bool:
        """Whether a time dates only a speech act ("X said on Monday"), not the event told.

        "announced on November 28 that it was ending ...": announcing that is the act, and its date the event's.
        """
        before = sentence.text[: time.start - sentence.start]
        cue = self._after_cue.search(before)
        if not cue or _AUXILIARY_END.search(before[: cue.start()]):
            return False  # "fighting had continued this week": a verb of the event, not of speech
        verb = cue.group().split()[0].lower()
        return not (verb in self._telling and re.match(r"\s+that\b", sentence.text[time.end - sentence.start :]))

    def _groups(self, sentence: Sentence, entities: Entities) -> list[Draft]:
        """One draft per trigger category in the sentence, anchored at its first trigger."""
        spans = [(m.start, m.end) for m in entities.participants + entities.places]
        drafts: dict[str, Draft] = {}
        previous: re.Match[str] | None = None
        for match in self._trigger.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s <= start and end <= e for s, e in spans):
                continue  # a trigger word inside a name ("Transition Council")
            if _STATE_BEFORE.search(sentence.text[: match.start()]):
                continue  # "who remains in detention": a state the person is in, not an event told
            if _ATTRIBUTIVE.match(sentence.text[match.end() :]):
                continue  # "the election commission", "protest movement": the noun names something else
            governed = previous and _GOVERNED.fullmatch(sentence.text[previous.end() : match.start()])
            governing = previous and self._category[" ".join(previous.group().lower().split())]
            if governed and (
                _PREPOSITION_END.search(previous.group())
                or self._category[" ".join(match.group().lower().split())] in self._governs.get(governing, ())
            ):
                continue  # "a ban on opposition rallies": the rallies are what is banned, no event of their own
            previous = match
            if in_quote(sentence, match.start()):
                continue  # quoted words are the speaker's statement, not events the story reports
            before, after = sentence.text[: match.start()], sentence.text[match.end() :]
            if self._general.match(after) or self._subject_of_total.match(after):
                continue  # "kidnappings are rife", "the insurgency has killed 6,000": how things are, no event
            if match.group().lower() in self._state_words and not self._active_perfect.search(before):
                continue  # "officers stationed in the town": where they were, not a deployment told
            toll = match.group().lower() in self._toll_words
            if toll and self._total.search(before):
                continue  # "has killed more than 40,000 people": a running total
            category = self._category[" ".join(match.group().lower().split())]
            if category in drafts and not (drafts[category].toll and not toll):
                continue  # the category's first trigger anchors it, unless that was only a toll
            drafts[category] = self._draft(sentence, start, end, category, entities)
            drafts[category].toll = toll and bool(self._passive.search(before))
        return list(drafts.values())

    def _draft(self, sentence: Sentence, start: int, end: int, category: str, entities: Entities) -> Draft:
        """Participants, place and status of one trigger."""
        left, right = quote_bounds(sentence, start, end, *clause_bounds(sentence, start, end))
        inside = [m for m in entities.participants if left <= m.start and m.end <= right]
        actors = ordered_unique(m.key for m in inside if m.end <= start)
        following = sentence.text[end - sentence.start : right - sentence.start]
        reach = end + len(" ".join(following.split()[:_TARGET_WORDS])) + 1
        after_keys = ordered_unique(m.key for m in inside if end <= m.start < reach and m.key not in actors)
        if re.match(r"^\s+by\b", following):
            actors, targets = ordered_unique((*actors, *after_keys)), ()  # passive: "ravaged by X"
        else:
            targets = after_keys
        before = sentence.text[: start - sentence.start]
        after = sentence.text[end - sentence.start :]
        status = "reported"
        if self._negated.search(before):
            status = "negated"
        elif any(rx.search(before) for rx in (self._planned_before, self._requested)) or self._planned_after.search(
            after
        ):
            status = "planned"
        elif self._hypothetical.search(before):
            status = "hypothetical"
        clause_that = bool(self._complementizer.search(before))
        return Draft(
            type=category,
            sentence=sentence,
            start=start,
            end=end,
            actors=list(actors),
            targets=list(targets),
            named=any(k in entities.named_keys for k in (*actors, *targets)),
            backref=bool((_BACKREF.search(before) and not clause_that) or _DATED_BACKREF.search(before)),
            definite=bool(re.search(r"\b(?:the|this|that)\s+$", before, re.IGNORECASE)) and not clause_that,
            trigger=sentence.text[start - sentence.start : end - sentence.start],
            place=place_of(sentence, start, end, left, right, entities),
            status=status,
        )

    def _statements(
        self, sentences: list[Sentence], quotes: list[QuoteHit], entities: Entities, times: list[TimeExpr]
    ) -> list[Draft]:
        """A statement per speaker (quoted, or 'X said ...'); one speaker's words in neighbouring sentences are one."""
        speakers: list[tuple[Sentence, int, int, tuple[str, ...], str]] = [
            (
                sentences[hit.sentence],
                hit.quote.evidence.start or 0,
                _cue_end(sentences[hit.sentence], hit.quote.cue) or hit.quote.evidence.start or 0,
                hit.actors,
                hit.quote.cue or "",
            )
            for hit in quotes  # an unnamed speaker ("a resident", "one officer") still makes a statement
        ]
        quoted = {hit.sentence for hit in quotes}
        for mention in entities.participants:
            sentence = sentences[mention.sentence]
            cue = self._speech.match(sentence.text[mention.end - sentence.start :])
            if mention.sentence not in quoted and cue and subject_position(sentence, mention):
                same_verb = [i for i, s in enumerate(speakers) if s[0] is sentence and s[2] == mention.end + cue.end()]
                if same_verb:  # "Niger's military government said": one speaker named twice, one statement
                    first = speakers[same_verb[0]]
                    speakers[same_verb[0]] = (*first[:3], ordered_unique((*first[3], mention.key)), first[4])
                    continue
                verb = cue.group().split()[-1]  # "denied", "accused": the verb types the statement (REJECT, ACCUSE)
                speakers.append((sentence, mention.start, mention.end + cue.end(), (mention.key,), verb))
        drafts: list[Draft] = []
        for sentence, start, end, actors, verb in sorted(speakers, key=lambda item: item[1]):
            last = drafts[-1] if drafts else None
            if last and last.actors == list(actors) and sentence.index - last.sentence.index <= 1:
                continue
            # "X said on Monday": the date of the statement follows its cue
            dated = [
                t
                for t in times
                if t.sentence == sentence.index
                and t.start >= end
                and _ATTACHED_TO_CUE.match(sentence.text[end - sentence.start : t.start - sentence.start])
            ]
            drafts.append(
                Draft(
                    "statement",
                    sentence,
                    start,
                    end,
                    list(actors),
                    [],
                    True,
                    False,
                    False,
                    dates=dated[:1],
                    whole=True,
                    trigger=verb,
                )
            )
        return drafts

    def _events(self, draft: Draft) -> list[Event]:
        """The draft as one Event, or one per date when a list of dates belongs to it ("in 2020 and 2021")."""
        summary = summarize(draft.sentence, draft.start, draft.end, whole=draft.whole)
        values: list[DateValue] = [v for t in draft.dates[:1] for v in t.values] or [DateValue()]
        typed = self._typer.type_of(draft.type, draft.trigger)
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


def _cue_end(sentence: Sentence, cue: str | None) -> int | None:
    """Where a quote's cue verb ends outside the quoted words ("..., she told reporters on Friday"), if it does."""
    if not cue:
        return None
    for match in re.finditer(rf"\b{re.escape(cue)}\b", sentence.text, re.IGNORECASE):
        if not in_quote(sentence, match.start()):
            return sentence.start + match.end()
    return None
