"""Speakers found away from the usual "X said" next to a quote: the nearest verb's subject for a quoted phrase,
a definite description pointing back ("the diplomat", "the ministry"), and the speaker of the sentence before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .person_records import PeopleResult
from .text import Mention, Sentence

Attribution = tuple[str, str | None, tuple[str, ...]]
"""(speaker, cue verb, names of who is behind the words)."""

# "Gaye, a lawyer for Thiam," / "Sall, who ...,": a description between commas, skipped to reach the subject
# "The ministry, in a post on social media, blamed": a circumstance between commas is skipped too
_DESCRIPTION_END = re.compile(r",\s+(?:a|an|the|who|which|speaking|in)\b[^,“”\"]*,\s*$", re.IGNORECASE)
_AUXILIARY_END = re.compile(r"(?:\s+(?:had|has|have|also|reportedly|repeatedly|already))+\s*$", re.IGNORECASE)
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|being|be)\s*$", re.IGNORECASE)
# a common noun after a determiner ("the ministry", "the aid worker"), not a name ("the Interior Ministry")
_DEFINITE_END = re.compile(r"\b(?i:the|its|their)\s+(?P<head>[a-z][\w-]*)\s*$")
# an unnamed source that opens the sentence ("A UN rights office spokesperson called the killings “...”") or a
# possessive description ("Kosovo's interior ministry")
_DESCRIBED_END = re.compile(
    r"(?:^|,\s+)(?P<description>(?:(?i:a|an|one)|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,5}?(?P<head>[a-z][\w-]*))\s*$"
)
_DEFINITE = re.compile(r"(?i:the|this|that)\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)")
_MAX_GAP = 90  # characters between a cue verb and the quoted phrase it leads to
# "a cousin, who gave only her first name, Lorena,", "a trader who asked to be identified only as Musa": the
# unnamed source has a name after all
_GIVEN_NAME = re.compile(
    r"^,?\s+(?:who\s+)?(?:(?:gave|give|gives|would\s+give|provided)\s+only\s+(?:his|her|their)\s+first\s+name"
    r"|(?:asked\s+to\s+be\s+|was\s+)?identified\s+only\s+(?:by\s+(?:his|her|their)\s+first\s+name|as))"
    r",?\s+(?P<given>[A-Z][\w'’-]+)\b"
)
_DESCRIBED_THEN_NAMED = re.compile(
    r"\b(?:a|an)\s+[a-z][^,.;:“”\"]{0,60}?(?=,?\s+(?:who\s+)?(?:gave|give|gives|would|provided|asked|was|identified)\b)"
)


def given_name(after: str) -> str | None:
    """The first name an unnamed source gave, right after its description (None when there is none)."""
    match = _GIVEN_NAME.match(after)
    return match.group("given") if match else None


def named_sources(sentence: Sentence) -> list[tuple[int, str, tuple[str, ...]]]:
    """Sources described, then named by a first name only, in a sentence: (end position, name, names)."""
    out: list[tuple[int, str, tuple[str, ...]]] = []
    for match in _DESCRIBED_THEN_NAMED.finditer(sentence.text):
        name = given_name(sentence.text[match.end() :])
        if name:
            out.append((sentence.start + match.end(), name, (name,)))
    return out


def nearest_subject(
    before: str,
    offset: int,
    cue: re.Pattern[str],
    people: PeopleResult,
    orgs: Sequence[Mention],
    unnamed: frozenset[str],
) -> Attribution | None:
    """The subject of the cue verb nearest before a quoted phrase ("an allegation the ministry rejected as “...”").

    Reported speech nests: "X said its head, Y, had welcomed the deal as “...”" quotes Y, the subject of the verb
    closest to the words. A passive ("was accused of “...”") has no speaker before its verb.
    """
    # the phrase is the verb's object or complement: no comma between ("if X rejected the text, the bank could
    # become “...”" quotes the sentence's speaker, not X)
    verbs = [m for m in cue.finditer(before) if len(before) - m.end() <= _MAX_GAP and "," not in before[m.end() :]]
    if not verbs:
        return None
    verb = verbs[-1]
    head = before[: verb.start()]
    if _PASSIVE_END.search(head):
        return None
    head = _AUXILIARY_END.sub("", head)
    head = _DESCRIPTION_END.sub("", head).rstrip(" ,")
    end = offset + len(head)
    for mention in people.mentions:
        if mention.end == end:
            return mention.key, verb.group().lower(), (mention.key,)
    for mention in orgs:  # an organisation speaks as the text names it ("the SPLM-IO"), as in `QuoteFinder._speaker`
        if mention.end == end and mention.key[:1].isupper():
            return mention.text, verb.group().lower(), (mention.key,)
    definite = _DEFINITE_END.search(head)
    if definite:
        org = org_named_by(definite["head"], offset + definite.start(), orgs)
        if org:
            return org, verb.group().lower(), (org,)
        if definite["head"].lower() in unnamed:
            return definite.group().strip(), verb.group().lower(), ()
    described = _DESCRIBED_END.search(head)
    if described and described["head"].lower() in unnamed:
        inside = tuple(dict.fromkeys(m.key for m in orgs if offset + described.start() <= m.start and m.end <= end))
        return described["description"], verb.group().lower(), inside
    return None


def org_named_by(head: str, before: int, orgs: Sequence[Mention]) -> str | None:
    """The organisation told last before an offset whose name ends in a noun ("the ministry" -> Interior Ministry)."""
    earlier = [m for m in orgs if m.end <= before and m.key[:1].isupper() and m.key.split()[-1].lower() == head.lower()]
    return earlier[-1].key if earlier else None


def described_earlier(
    text: str, start: int, sources: Sequence[tuple[int, str, tuple[str, ...]]], orgs: Sequence[Mention]
) -> tuple[str, tuple[str, ...]] | None:
    """What a definite description points back to: "the diplomat" after "A Western diplomat in Dakar ... said"."""
    definite = _DEFINITE.fullmatch(text)
    if not definite:
        return None
    head = definite["head"].lower()
    for end, description, actors in reversed(sources):
        if end <= start and head in description.lower().split():
            return description, actors
    org = org_named_by(head, start, orgs)
    return (org, (org,)) if org else None


def previous_sentence_speaker(
    sentences: list[Sentence], first: Sentence, people: PeopleResult, pronoun_cue: re.Pattern[str]
) -> Attribution | None:
    """The person a pronoun speaks for in the sentence just before ("What has changed, he said, is fear. “...”")."""
    previous = next((s for s in sentences if s.index == first.index - 1), None)
    if previous is None or previous.paragraph != first.paragraph:
        return None
    said = pronoun_cue.search(previous.text)
    if not said:
        return None
    at = previous.start + said.start()
    earlier = [m for m in people.mentions if m.end <= at]
    if not earlier:
        return None
    return earlier[-1].key, None, (earlier[-1].key,)
