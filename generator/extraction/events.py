"""Events: trigger words by category, with actors, targets, place, date and status from their sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..factsheet import DateValue, Event
from .dates import TimeExpr
from .event_types import EventTyper
from .lexicon import Lexicon
from .quotes import QuoteHit
from .text import Mention, Sentence, clause_bounds, ordered_unique, phrase_pattern

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
# "a ban announced by the ministry", "declared a state of emergency": the statement is the other event's telling.
_TOLD_BY = re.compile(r"^\s+by\b")
_TOLD_OBJECT = re.compile(r"^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$")
_PREPOSITION_END = re.compile(r"\b(?:on|against|with|from|of)$", re.IGNORECASE)
_GOVERNED = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)
_POSSESSED = re.compile(r"^[’']s\s+(?:[\w-]+\s+)?$")  # "Saturday's protest", "last week's deadly attack"
_WHEN = re.compile(r"^,?\s+when\s+")
_STATE_BEFORE = re.compile(r"\b(?:remains?|remained|still|kept|held|is|are|was|were)\s+in\s+$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(
    r"\s+(?:commission|committee|campaign|body|observers?|monitors?|movement|helicopters?|zones?|crimes?|tribunal|"
    r"court|officials?|workers?|calendar|code|season|posters?|rally|rallies)\b"
)
_ATTACHED = re.compile(r"^[\s,]*(?:(?:which|that)\s+(?:\w+\s+){0,2})?$")
_ATTACHED_TO_CUE = re.compile(r"^(?:\s+(?:in\s+a\s+statement|reporters|journalists|[A-Z][\w-]*))?\s*$")
_LEADING = re.compile(r"^(?:and|but|or|so|however|meanwhile|moreover|also)\b[\s,]*", re.IGNORECASE)
_MIN_CLAUSE_WORDS = 6
_MAX_SUMMARY_WORDS = 30
_MERGE_WINDOW = 2
_TARGET_WORDS = 10
# An event's place is introduced by a locative ("in Kati", "near the capital Bamako"), not by "governor of".
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|around|inside|across|into|from|on|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")


@dataclass
class _Draft:
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


class EventFinder:
    """Finds events; the trigger lexicon and status cues are compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._category = {
            " ".join(p.lower().split()): cat for cat, phrases in lexicon.triggers.items() for p in phrases
        }
        self._trigger = phrase_pattern(self._category, re.IGNORECASE)
        cues = lexicon.status_cues
        self._negated = re.compile(
            rf"{phrase_pattern(cues['negated_before'], re.I).pattern}(?:\s+[\w-]+){{0,2}}\s*$", re.I
        )
        self._planned_before = re.compile(
            rf"{phrase_pattern(cues['planned_before']).pattern}(?:\s+[\w-]+){{0,3}}\s*$", re.I
        )
        self._planned_after = re.compile(
            rf"^(?:\W*[\w-]+){{0,6}}?\W*{phrase_pattern(cues['planned_after']).pattern}", re.I
        )
        cue = phrase_pattern(lexicon.speech_cues).pattern
        # "X said", "X's defence ministry said": the speaker is the sentence's subject, not a trailing attribution
        self._speech = re.compile(rf"^(?:[’']s(?:\s+[a-z][\w-]*){{1,3}})?,?\s+{cue}")
        self._typer = EventTyper(lexicon.event_types)
        self._after_cue = re.compile(rf"{cue}(?:\s+(?:reporters|journalists|[A-Z][\w-]*))?\s+$")
        self._hypothetical = re.compile(
            rf"{phrase_pattern(cues['hypothetical_before']).pattern}(?:\s+[\w-]+){{0,3}}\s*$", re.I
        )

    def find(
        self, sentences: list[Sentence], times: list[TimeExpr], entities: Entities, quotes: list[QuoteHit]
    ) -> list[Event]:
        """Events in text order; repeated mentions of one event are merged into its first."""
        drafts: list[_Draft] = []
        for sentence in sentences:
            # "X said on Monday": that date is the statement's, not the reported event's
            in_sentence = [
                t
                for t in times
                if t.sentence == sentence.index
                and not self._after_cue.search(sentence.text[: t.start - sentence.start])
            ]
            groups, told = _absorb_statements(sentence, self._groups(sentence, entities))
            for group in groups:  # "the arrests" after an arrest was told: a repeat, not a new event
                group.repeat = (
                    group.backref and (not group.named or group.definite) and any(d.type == group.type for d in drafts)
                )
            _assign_dates(sentence, groups, in_sentence, told)
            for draft in groups:
                prior = _prior(drafts, draft)
                if prior is not None:
                    prior.dates = draft.dates if _narrows(draft, prior) else prior.dates or draft.dates
                    prior.place = prior.place or draft.place
                else:
                    drafts.append(draft)
        statements = self._statements(sentences, quotes, entities, times)
        spoken = {d.sentence.index for d in statements}
        drafts = [d for d in drafts if not (d.type == "statement" and d.sentence.index in spoken)]
        drafts.extend(statements)
        drafts.sort(key=lambda d: (d.sentence.index, d.start))
        return [event for draft in drafts for event in self._events(draft)]

    def _groups(self, sentence: Sentence, entities: Entities) -> list[_Draft]:
        """One draft per trigger category in the sentence, anchored at its first trigger."""
        spans = [(m.start, m.end) for m in entities.participants + entities.places]
        drafts: dict[str, _Draft] = {}
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
            if governed and _PREPOSITION_END.search(previous.group()):
                continue  # "a ban on opposition rallies": the rallies are what is banned, no event of their own
            previous = match
            if _in_quote(sentence, match.start()):
                continue  # quoted words are the speaker's statement, not events the story reports
            category = self._category[" ".join(match.group().lower().split())]
            if category in drafts:
                continue
            drafts[category] = self._draft(sentence, start, end, category, entities)
        return list(drafts.values())

    def _draft(self, sentence: Sentence, start: int, end: int, category: str, entities: Entities) -> _Draft:
        """Participants, place and status of one trigger."""
        left, right = _quote_bounds(sentence, start, end, *clause_bounds(sentence, start, end))
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
        elif self._planned_before.search(before) or self._planned_after.search(after):
            status = "planned"
        elif self._hypothetical.search(before):
            status = "hypothetical"
        return _Draft(
            type=category,
            sentence=sentence,
            start=start,
            end=end,
            actors=list(actors),
            targets=list(targets),
            named=any(k in entities.named_keys for k in (*actors, *targets)),
            backref=bool(_BACKREF.search(before) or _DATED_BACKREF.search(before)),
            definite=bool(re.search(r"\b(?:the|this|that)\s+$", before, re.IGNORECASE)),
            trigger=sentence.text[start - sentence.start : end - sentence.start],
            place=_place(sentence, start, end, left, right, entities),
            status=status,
        )

    def _statements(
        self, sentences: list[Sentence], quotes: list[QuoteHit], entities: Entities, times: list[TimeExpr]
    ) -> list[_Draft]:
        """A statement per speaker (quoted, or 'X said ...'); one speaker's words in neighbouring sentences are one."""
        speakers: list[tuple[Sentence, int, int, tuple[str, ...]]] = [
            (sentences[hit.sentence], hit.quote.evidence.start or 0, hit.quote.evidence.start or 0, hit.actors)
            for hit in quotes
            if hit.actors
        ]
        quoted = {hit.sentence for hit in quotes}
        for mention in entities.participants:
            sentence = sentences[mention.sentence]
            cue = self._speech.match(sentence.text[mention.end - sentence.start :])
            if mention.sentence not in quoted and cue and _subject_position(sentence, mention):
                speakers.append((sentence, mention.start, mention.end + cue.end(), (mention.key,)))
        drafts: list[_Draft] = []
        for sentence, start, end, actors in sorted(speakers, key=lambda item: item[1]):
            last = drafts[-1] if drafts else None
            if last and last.actors == list(actors) and sentence.index - last.sentence.index <= 1:
                continue
            # "X said on Monday": the date of the statement follows its cue
            dated = [
                t
                for t in times
                if t.sentence == sentence.index
                and _ATTACHED_TO_CUE.match(sentence.text[end - sentence.start : t.start - sentence.start])
            ]
            drafts.append(
                _Draft(
                    "statement", sentence, start, end, list(actors), [], True, False, False, dates=dated[:1], whole=True
                )
            )
        return drafts

    def _events(self, draft: _Draft) -> list[Event]:
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


def _assign_dates(
    sentence: Sentence, drafts: list[_Draft], times: list[TimeExpr], told: list[tuple[_Draft, _Draft]]
) -> None:
    """Each time expression goes to the trigger it is attached to, else to the nearest one that is no repeat.

    A time after a statement verb that only tells another event ("a ban announced by X last Thursday") dates that
    event.
    """
    for time in times:
        telling = [event for verb, event in told if time.start >= verb.end and _same_clause(sentence, verb, time)]
        if telling:
            telling[-1].dates.append(time)
            continue
        attached = [
            d
            for d in drafts
            if (
                time.start >= d.end
                and _ATTACHED.match(sentence.text[d.end - sentence.start : time.start - sentence.start])
            )
            or (
                d.start >= time.end
                and _POSSESSED.match(sentence.text[time.end - sentence.start : d.start - sentence.start])
            )
        ]
        candidates = attached or [d for d in drafts if not d.repeat]
        if not candidates:
            continue
        # a time expression dates its own clause ("X broke out in 2023, a year after the war ended"), unless a
        # 'when' clause after it tells what happened then ("a decision in July, when the assembly passed a law")
        rest = sentence.text[time.end - sentence.start :]
        if _WHEN.match(rest):
            when = time.end + _WHEN.match(rest).end()
            candidates = [
                d for d in candidates if _same_clause(sentence, d, replace(time, start=when, end=when))
            ] or candidates
        else:
            candidates = [d for d in candidates if _same_clause(sentence, d, time)] or candidates
        # a definite noun ("the protests follow a decision in July") is more often the topic than the dated act
        best = min(candidates, key=lambda d: _distance(time, d) * (2 if d.backref and not attached else 1))
        best.dates.append(time)
    for draft in drafts:  # "detained X and dispersed Y in Abidjan over the weekend": coordinated acts share a date
        if not draft.dates and not draft.repeat:
            draft.dates = [t for t in times if _shared(sentence, draft, t)][:1]
        draft.dates.sort(key=lambda t: _distance(t, draft))


def _same_clause(sentence: Sentence, draft: _Draft, time: TimeExpr) -> bool:
    """Whether a time expression lies in the clause of a trigger."""
    left, right = clause_bounds(sentence, draft.start, draft.end)
    return left <= time.start and time.end <= right


def _shared(sentence: Sentence, draft: _Draft, time: TimeExpr) -> bool:
    """Whether a time expression follows a trigger in its clause with no comma between: it dates that act too."""
    if draft.backref:
        return False  # "the arrests followed a ban announced last Thursday": a definite noun names a known event
    between = sentence.text[draft.end - sentence.start : time.start - sentence.start]
    return time.start >= draft.end and "," not in between and _same_clause(sentence, draft, time)


def _absorb_statements(sentence: Sentence, drafts: list[_Draft]) -> tuple[list[_Draft], list[tuple[_Draft, _Draft]]]:
    """Drop a statement trigger that only tells another event ("a ban announced by X", "declared a curfew").

    Returns the drafts kept and (statement, event told) pairs; of several events before a passive statement, the
    told one is the head of its noun phrase ("a ban on rallies announced by"), the first with a determiner.
    """
    others = [d for d in drafts if d.type != "statement"]
    kept: list[_Draft] = []
    told: list[tuple[_Draft, _Draft]] = []
    for draft in drafts:
        if draft.type == "statement" and not draft.whole:
            after = sentence.text[draft.end - sentence.start :]
            before = [d for d in others if d.end <= draft.start and _same_clause(sentence, d, draft)]
            objects = [
                d
                for d in others
                if d.start >= draft.end
                and _TOLD_OBJECT.match(sentence.text[draft.end - sentence.start : d.start - sentence.start])
            ]
            if before and _TOLD_BY.match(after):
                heads = [d for d in before if _DETERMINED.search(sentence.text[: d.start - sentence.start])]
                told.append((draft, (heads or before)[-1]))
                continue
            if objects:
                told.append((draft, objects[0]))
                continue
        kept.append(draft)
    return kept, told


def _narrows(draft: _Draft, prior: _Draft) -> bool:
    """Whether a back-reference dates its event more precisely ("the weekend" ... "Saturday's protest")."""
    if not (draft.backref and draft.dates and prior.dates):
        return False
    inner, outer = _span(draft.dates[0].values[0].value), _span(prior.dates[0].values[0].value)
    return bool(inner and outer) and outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _span(value: str | None) -> tuple[str, str] | None:
    """First and last ISO prefix of a value ('2025-10-04', '2025-10-04/2025-10-05'), comparable as strings."""
    if not value:
        return None
    first, _, last = value.partition("/")
    return first, (last or first) + "~"  # '~' sorts after digits: a month contains its days


def _distance(time: TimeExpr, draft: _Draft) -> int:
    """Characters between a time expression and a trigger."""
    return min(abs(time.start - draft.end), abs(draft.start - time.end))


def _prior(drafts: list[_Draft], draft: _Draft) -> _Draft | None:
    """The earlier event a participant-less draft repeats: same type, a back-reference or close by."""
    if (draft.named and not draft.definite) or len([v for t in draft.dates for v in t.values]) > 1:
        return None
    for earlier in reversed(drafts):
        if earlier.type != draft.type:
            continue
        if draft.dates and earlier.dates and _values(draft) != _values(earlier) and not _narrows(draft, earlier):
            return None  # a dated event of the same kind is another event ("on 9 February, a drone strike hit ...")
        if draft.backref or draft.sentence.index - earlier.sentence.index <= _MERGE_WINDOW:
            return earlier
        return None
    return None


def _values(draft: _Draft) -> set[str | None]:
    """The date values a draft carries."""
    return {v.value for t in draft.dates for v in t.values}


def _in_quote(sentence: Sentence, offset: int) -> bool:
    """Whether a sentence-relative offset lies inside quotation marks."""
    return any(m.start() < offset < m.end() for m in _QUOTE.finditer(sentence.text))


def _subject_position(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention opens its sentence (after at most a determiner and two modifiers): the subject."""
    before = sentence.text[: mention.start - sentence.start]
    return bool(re.fullmatch(r"(?:(?:The|the|A|An|In|On|Earlier|Later|Meanwhile)\s+)?(?:[\w'’-]+\s+){0,2}", before))


def _quote_bounds(sentence: Sentence, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    """Inside a quotation the participants are the quoted words' own, not the speaker after them."""
    for match in _QUOTE.finditer(sentence.text):
        q_start, q_end = sentence.start + match.start(), sentence.start + match.end()
        if q_start <= start and end <= q_end:
            return max(left, q_start), min(right, q_end)
    return left, right


def _place(sentence: Sentence, start: int, end: int, left: int, right: int, entities: Entities) -> str | None:
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
