"""Quotes: quoted words, their speaker (a resolved person or the description of an unnamed source) and cue verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..factsheet import Evidence, Quote
from .lexicon import Lexicon
from .person_records import PeopleResult
from .quote_references import References, colon_lead, unlisted_name
from .quote_spans import QuoteSpan, quote_spans, tag_sentence
from .quote_speakers import (
    QUOTING_VERBS,
    acted_on,
    described_earlier,
    given_name,
    named_sources,
    nearest_subject,
    one_of_many,
    previous_person,
    previous_sentence_speaker,
    spoken_subject,
)
from .text import Mention, Sentence, phrase_pattern, sentence_of

_MIN_WORDS = 3
_MIN_ATTRIBUTED_WORDS = 1  # "The army said it had struck “terrorist targets”": short words, told by a speaker
_MAX_SPEAKER_WORDS = 12
_PHRASE_WORDS = 8
# "Introducing the draft, the envoy said ...": a participle phrase opening the sentence stands before its subject
_OPENING_PARTICIPLE = r"(?:[A-Z][a-z]+ing\b[^,;:“”\"]{0,60},\s+)?"


@dataclass(frozen=True)
class QuoteHit:
    """A quote with the names of who is behind it (a person, or organisations in the description)."""

    quote: Quote
    actors: tuple[str, ...]
    sentence: int


class QuoteFinder:
    """Finds quotes and attributes them; cue verbs and unnamed-source words come from the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = phrase_pattern(lexicon.speech_cues).pattern
        # a dot only after a single capital ("the U.N. envoy"): abbreviations stay inside a speaker
        speaker_char = r"(?:[^,.;:“”\"!?]|(?<=\b[A-Z])\.)"
        speaker = rf"(?P<speaker>{speaker_char}{{1,100}}?)"
        # "Name, a spokesman for the ministry, said": the description between commas is not the speaker;
        # "Thiam's lawyer, Ousseynou Gaye, said": a name between commas is
        name = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|al|el|bin|van|von)){0,4}"
        # "Maria Lopez, 34, a teacher, said": an age before the description
        apposition = (
            rf"(?:,\s+\d{{1,3}}(?=,))?"
            rf"(?:,\s+(?:a|an|the|who|which|speaking)\b[^“”\"!?;]{{1,150}}?,|,\s+(?P<named>{name}),)?"
        )
        self._after_speaker_first = re.compile(rf"^[\s,]*{speaker}{apposition}\s+(?P<cue>{cues})")
        self._after_cue_first = re.compile(
            rf"^[\s,]*(?P<cue>{cues})\s+{speaker}"  # "“...,” recalled Mariam Toure": any verb of saying, inverted
            rf"(?:,\s+(?P<named>{name})(?=[,.;]|$)|(?=[,.;]|$))"  # "said his sister, Eka Kereselidze, who ..."
        )
        self._before = re.compile(
            rf"{speaker}{apposition}\s+(?P<cue>{cues})"
            rf"(?:(?:\s+[\w-]+){{0,2}}?(?:\s+that)?\s*[:,]?|\s[^“”\"]{{1,120}}:)\s*$"  # "... said X lay elsewhere:"
        )
        # "The army said it had struck “terrorist targets”": the sentence's subject said the quoted words
        self._subject = re.compile(
            rf"(?:^{_OPENING_PARTICIPLE}|,\s+(?:and|but)\s+)(?P<speaker>{speaker_char}{{1,90}}?){apposition}\s+(?P<cue>{cues})\b"
        )
        # "They were held for “disturbing public order” and would be charged, he said.": a tag closing the sentence
        self._described_subject = re.compile(rf",\s+(?P<speaker>(?:a|an|one)\s+[^,.;:“”\"]{{1,60}}?)\s+(?:{cues})\b")
        self._closing_tag = re.compile(
            rf",\s+(?P<speaker>{speaker_char}{{1,60}}?)\s+(?P<cue>said|says|added|told\s+[\w-]+)\s*[.!]?\s*$"
        )
        self._speech_cue = re.compile(rf"\b(?:{cues})\b", re.IGNORECASE)
        any_cue = rf"(?:{cues}|{phrase_pattern(lexicon.phrase_cues).pattern})"
        # "What has changed, he said, is ...": a pronoun speaking in the sentence before a quote standing alone
        pronouns = "|".join(re.escape(p) for p in lexicon.pronouns)
        self._pronoun_cue = re.compile(rf"\b(?:{pronouns})\s+(?:[a-z]+ly\s+)?{any_cue}\b", re.IGNORECASE)
        # A short quoted phrase ("ordered the army to “finish the job”") belongs to the person who opens the sentence
        self._phrase_cue = re.compile(rf"\b{any_cue}\b", re.IGNORECASE)
        self._unnamed = lexicon.unnamed_heads
        self._references = References(lexicon)
        self._sentences: list[Sentence] = []

    def find(self, body: str, sentences: list[Sentence], people: PeopleResult, orgs: list[Mention]) -> list[QuoteHit]:
        """Every quote of at least three words in the story sentences, in text order."""
        hits: list[QuoteHit] = []
        self._sentences = sentences
        previous_last = -2  # the last sentence of the previous quote
        sources = self._described_sources(sentences, people, orgs)
        running_on: list[tuple[QuoteSpan, Sentence, Sentence]] = []  # paragraphs of a quote its last one attributes
        for span in quote_spans(body):
            words = span.text.split()
            first = sentence_of(sentences, span.start)
            last = sentence_of(sentences, span.end - 1)
            if first is None or last is None or len(words) < _MIN_ATTRIBUTED_WORDS:
                continue
            last = tag_sentence(sentences, span.end, last)
            after = body[span.end : last.end]
            before = body[first.start : span.start]
            phrase = len(words) <= _PHRASE_WORDS
            attribution = self._attribute(after, before, span.end, first.start, people, orgs, sources, phrase)
            if attribution is None and not before.strip() and (lead := colon_lead(sentences, first)):  # "X said:"
                attribution = self._attribute("", lead.text.rstrip(), lead.end, lead.start, people, orgs, sources)
            if attribution is None and span.runs_on:
                running_on.append((span, first, last))
                continue
            # two words are a quote only when a speaker says them ("called it a “special operation”" is a label),
            # and they are no name
            if len(words) < _MIN_WORDS and not self._said_by(attribution, words):
                continue
            if attribution is None and phrase:
                attribution = self._phrase_speaker(body[first.start : span.start], first.start, people)
            if attribution is None and hits and first.index - previous_last <= 1:
                previous = hits[-1]  # a quote that carries on the previous speaker's words, unless another speaks
                if not self._another_speaks(before, first.start, previous, people):
                    attribution = (previous.quote.speaker, None, previous.actors)
            if attribution is None and not before.strip():
                attribution = previous_person(sentences, first, people, self._phrase_cue) or previous_sentence_speaker(
                    sentences, first, people, self._pronoun_cue
                )
            if attribution is None:
                running_on.clear()
                continue
            if (many := one_of_many(sentences, first, attribution[0], self._unnamed)) is not None:
                attribution = (many, attribution[1], attribution[2])  # "..., one of them said." after "Farmers said"
            for earlier, earlier_first, earlier_last in running_on:  # the speaker of the quote's last paragraph
                hits.append(_hit(body, earlier, earlier_first, earlier_last, (attribution[0], None, attribution[2])))
            running_on.clear()
            hits.append(_hit(body, span, first, last, attribution))
            previous_last = last.index
        return hits

    def _described_sources(
        self, sentences: list[Sentence], people: PeopleResult, orgs: list[Mention]
    ) -> list[tuple[int, str, tuple[str, ...]]]:
        """Unnamed sources that open a sentence as its speaker ("A humanitarian worker ... said"), by position."""
        out = []
        for sentence in sentences:
            out.extend(named_sources(sentence))  # "a shopkeeper who gave only his first name, Dragan, said"
            # "In X, a village where ..., a farmer said": after an opening phrase, an unnamed source as subject
            match = self._subject.match(sentence.text) or self._described_subject.search(sentence.text)
            if not match:
                continue
            start, end = sentence.start + match.start("speaker"), sentence.start + match.end("speaker")
            if any(start <= m.start and m.end <= end for m in people.mentions):
                continue
            resolved = self._speaker(match.group("speaker"), start, end, people, orgs, [])
            if resolved and resolved[0].split()[0].lower() in ("a", "an", "one"):
                out.append((end, resolved[0], resolved[1]))
        return out

    def _attribute(
        self,
        after: str,
        before: str,
        after_start: int,
        before_start: int,
        people: PeopleResult,
        orgs: list[Mention],
        sources: list[tuple[int, str, tuple[str, ...]]],
        phrase: bool = False,
    ) -> tuple[str, str | None, tuple[str, ...]] | None:
        """(speaker, cue, actors) from the words after the quote, else before it.

        A quoted phrase belongs to the subject of the verb nearest before it, ahead of the sentence's subject.
        """
        for regex, text, offset in (
            (self._after_speaker_first, after, after_start),
            (self._after_cue_first, after, after_start),
            (self._before, before, before_start),
            (None, before, before_start),
            (self._subject, before, before_start),
            (self._closing_tag, after, after_start),
        ):
            if regex is None:
                nearest = phrase and nearest_subject(
                    text, offset, self._phrase_cue, people, orgs, self._unnamed, self._speech_cue
                )
                if nearest:
                    return nearest
                continue
            match = regex.search(text)
            if not match:
                continue
            named = self._named_apposition(match, offset, people)
            if named:
                return named
            start, end = offset + match.start("speaker"), offset + match.end("speaker")
            given = given_name(text[match.end("speaker") :])
            if given:  # "said a cousin, who gave only her first name, Lorena"
                return given, match.group("cue").lower(), (given,)
            resolved = self._speaker(match.group("speaker"), start, end, people, orgs, sources)
            if not resolved and regex is self._after_cue_first:
                resolved = unlisted_name(match, text)
            if resolved:
                said = re.match(r"(?:said|says|added|told)(?=\s)", match.group("speaker").strip())
                # "said a farmer who asked not to be named": the verb before the speaker is the cue
                return resolved[0], said.group() if said else match.group("cue").lower(), resolved[1]
        return None

    def _said_by(self, attribution: tuple[str, str | None, tuple[str, ...]] | None, words: list[str]) -> bool:
        """Whether a speech verb (not a verb of naming or judging) gives short quoted words a speaker."""
        if attribution is None or attribution[1] is None or all(w[:1].isupper() for w in words):
            return False
        return bool(self._speech_cue.fullmatch(attribution[1])) or attribution[1] in QUOTING_VERBS

    def _another_speaks(self, before: str, offset: int, previous: QuoteHit, people: PeopleResult) -> bool:
        """Whether the words before a quote give a speaker other than the last one ("Her lawyer, X, said ...")."""
        if not self._speech_cue.search(before):
            return False
        end = offset + len(before)
        return any(offset <= m.start and m.end <= end and m.key not in previous.actors for m in people.mentions)

    def _named_apposition(
        self, match: re.Match[str], offset: int, people: PeopleResult
    ) -> tuple[str, str | None, tuple[str, ...]] | None:
        """The person named between commas after a description ("Thiam's lawyer, Ousseynou Gaye, said")."""
        if "named" not in match.re.groupindex or not match.group("named"):
            return None
        start, end = offset + match.start("named"), offset + match.end("named")
        for mention in people.mentions:
            if start <= mention.start and mention.end <= end:
                return mention.key, match.group("cue").lower(), (mention.key,)
        return None

    def _phrase_speaker(
        self, before: str, offset: int, people: PeopleResult
    ) -> tuple[str, str | None, tuple[str, ...]] | None:
        """The person who opens the sentence, when a cue verb of theirs leads to the quoted phrase."""
        inside = [m for m in people.mentions if offset <= m.start and m.end <= offset + len(before)]
        if not inside or (len(inside) > 1 and inside[1].key != inside[0].key):
            return None  # no person, or another person between the subject and the phrase
        # the words before the person since the last full stop (the splitter may miss one: "Sunday Mass. Judge X")
        # "Speaking in parliament on Tuesday, Kobakhidze accused ...": an opening phrase before a comma is no subject
        opener = re.split(r"[.!?;,]\s+", before[: inside[0].start - offset])[-1].split()
        if len(opener) > 1 or (opener and not opener[0][:1].isupper()):
            return None  # the person is not the sentence's subject ("an aide to X said")
        cue = self._phrase_cue.search(before, inside[0].end - offset)
        if not cue:
            return None
        return inside[0].key, cue.group().lower(), (inside[0].key,)

    def _speaker(
        self,
        text: str,
        start: int,
        end: int,
        people: PeopleResult,
        orgs: list[Mention],
        sources: list[tuple[int, str, tuple[str, ...]]],
    ) -> tuple[str, tuple[str, ...]] | None:
        """The speaker's full name, or the unnamed source as described; None when the words are no speaker."""
        raw, text = text, spoken_subject(" ".join(text.split()))
        if re.match(r"(?i:a|an|one)\s", text):  # "a senior officer who asked not to be named": the description
            text = re.split(r"\s+who\b", text)[0]
        if not text or len(text.split()) > _MAX_SPEAKER_WORDS:
            return None
        for mention in people.mentions:
            if start <= mention.start and mention.end <= end:
                # "Gunmen abducted X and": a person after a verb is its object
                return None if acted_on(raw[: mention.start - start]) else (mention.key, (mention.key,))
        if pointed := described_earlier(text, start, sources, orgs):
            return pointed  # "the diplomat said" after "A Western diplomat in Dakar ... said"
        back = self._references.speaker(text, start, self._sentences, people, orgs, sources)
        if back is not None:  # "he said", "it said", "Cambodia said"
            return back or None
        if resolved := people.resolve(text):
            return resolved, (resolved,)
        words = {w.lower().removesuffix("’s").removesuffix("'s") for w in text.split()}
        inside = tuple(dict.fromkeys(m.key for m in orgs if start <= m.start and m.end <= end))
        if words & self._unnamed or inside or text.split()[0].lower() in ("a", "an", "the", "one"):
            return text, inside
        return None


def _hit(
    body: str, span: QuoteSpan, first: Sentence, last: Sentence, attribution: tuple[str, str | None, tuple[str, ...]]
) -> QuoteHit:
    """A quote found and attributed."""
    speaker, cue, actors = attribution
    text = span.text.strip().rstrip(",").strip()
    evidence = Evidence(body[first.start : last.end], first.start, last.end)
    return QuoteHit(Quote(speaker, text, evidence, cue), actors, first.index)
