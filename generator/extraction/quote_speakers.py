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
# ("an engineering official from the town council"): the head may take a phrase of its own after it
_DESCRIBED_END = re.compile(
    r"(?:^|[,;:]\s+)(?P<description>(?:(?i:a|an|one|the)|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,5}?(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:from|of|in|at|with|for)\s+[^,;:“”\"]{1,60}?)?)\s*$"
)
# "President X, who wrote that ...": the relative pronoun stands for the noun before it, the verb's subject
_RELATIVE_END = re.compile(r",\s+who\s*$")
# "X convened a meeting and said it was “...”": a second verb of the sentence's subject
_COORDINATED_END = re.compile(r"\s+and\s*$")
# "X disputed the figures, saying 14 deaths had been “verified”": the subject of the clause the participle hangs on
SPEAKING_PARTICIPLES = frozenset({"saying", "adding", "insisting", "arguing", "warning", "claiming"})
# verbs of judging that still quote the words they take ("accused X of “repeated violations”"), unlike naming
QUOTING_VERBS = SPEAKING_PARTICIPLES | {"accused", "vowed", "pledged", "promised", "demanded"}
_PARTICIPLE_CUE = re.compile(rf",\s+(?:{'|'.join(sorted(SPEAKING_PARTICIPLES))}|calling\s+it)\b")
# "The ceasefire was first (announced)": a passive's subject; "The office had on Tuesday (urged)": an auxiliary
_PASSIVE_SUBJECT = re.compile(r"\s(?:was|were|is|are|been|being)(?:\s+[a-z]+)?$")
_AUXILIARY_TAIL = re.compile(r"\s+(?:had|has|have)\b(?:\s+[\w-]+){0,4}$")
_OPENING_WORDS = 4
_OPENER_VERB = re.compile(r"\b(?:[a-z]+ed|said|told|met|shot|hit|is|are|was|were|has|had|have)\b")
_OPENING_DESCRIPTION = re.compile(r"(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z][\w-]*)(?=\s+[a-z]+(?:ed|s)\b)")
_CUE_FIRST = re.compile(r"^(?:said|says|added|told)\s+(?=(?:a|an|one)\s)")
# "Two nurses at the hospital said ...", "Farmers there told ...": a group of unnamed sources opening a sentence
_GROUP_SUBJECT = re.compile(
    r"^(?:(?:two|three|four|five|several|some|many|most|\d+)\s+)?(?P<head>[A-Za-z][a-z]+s)"
    r"(?P<phrase>\s+(?:at|in|from|of|with)\s+[^,.;:“”\"]{1,60}?)?(?:\s+there)?\s+(?:said|say|told|tell)\b",
    re.IGNORECASE,
)  # words before the mention that opens a sentence ("Police spokesperson X", "The UN's Y")
_DEFINITE = re.compile(r"(?i:the|this|that)\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)")
_MAX_GAP = 90  # characters between a cue verb and the quoted phrase it leads to
# "a cousin, who gave only her first name, Lorena,", "a trader who asked to be identified only as Musa": the
# unnamed source has a name after all
_GIVEN_NAME = re.compile(
    r"^,?\s+(?:who\s+)?(?:(?:gave|give|gives|would\s+give|provided)\s+only\s+(?:his|her|their)\s+first\s+name"
    r"|(?:gave|give|gives|would\s+give|provided)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as"
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
    speech: re.Pattern[str] | None = None,
) -> Attribution | None:
    """The subject of the cue verb nearest before a quoted phrase ("an allegation the ministry rejected as “...”").

    Reported speech nests: "X said its head, Y, had welcomed the deal as “...”" quotes Y, the subject of the verb
    closest to the words. A passive ("was accused of “...”") has no speaker before its verb.
    """
    # the phrase is the verb's object or complement: no comma between ("if X rejected the text, the bank could
    # become “...”" quotes the sentence's speaker, not X)
    verbs = [m for m in cue.finditer(before) if _leads_to_quote(m, before)]
    participles = [m for m in _PARTICIPLE_CUE.finditer(before) if _leads_to_quote(m, before)]
    if participles and (not verbs or verbs[-1].start() < participles[-1].start()):
        participle = participles[-1].group().lstrip(", ").split()[0]
        return opening_subject(before, offset, people, orgs, participle) or _opening_description(
            before, participle, unnamed
        )
    if not verbs:
        return None
    verb = verbs[-1]
    head = before[: verb.start()]
    if _PASSIVE_END.search(head):
        return None
    if _COORDINATED_END.search(head):
        said = verb.group().lower()  # a verb that quotes ("and accused X of “...”") else the subject's first one
        quoting = said in QUOTING_VERBS or bool(speech and speech.fullmatch(said))
        said = said if quoting else first_cue(before, cue, said)
        subject = opening_subject(before, offset, people, orgs, said)
        if subject and _named_between(subject[2], offset, offset + len(head), people, orgs):
            return None  # "X met Y and said": which of them said it is for the other rules to tell
        return subject or _opening_description(before, said, unnamed)
    head = _RELATIVE_END.sub("", head.rstrip())
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


def spoken_subject(text: str) -> str:
    """A speaker's words without what follows the subject: "The office had on Tuesday" is "The office"; a passive
    subject ("The ceasefire was first", before "announced") is what was said, no speaker: empty."""
    if _PASSIVE_SUBJECT.search(text) and not re.search(r"\b(?:who|whose|which|that)\b", text):
        return ""  # "a man who was (injured)": the passive is the relative clause's, not the speaker's verb
    # "said a man who (asked ...)": the verb after the quote opens the words, "asked" is no cue of the man's
    return _AUXILIARY_TAIL.sub("", _CUE_FIRST.sub("", text, count=1))


def first_cue(before: str, cue: re.Pattern[str], default: str) -> str:
    """The subject's first verb of speech ("praised the troops on Thursday and ordered ..."): its time dates the
    statement; else the verb that leads to the quote."""
    found = cue.search(before)
    return found.group().lower() if found else default


def _leads_to_quote(verb: re.Match[str], before: str) -> bool:
    """Whether a verb stands close before the quoted words, with no comma between (they are its object)."""
    return len(before) - verb.end() <= _MAX_GAP and "," not in before[verb.end() :]


def opening_subject(
    before: str, offset: int, people: PeopleResult, orgs: Sequence[Mention], verb: str
) -> Attribution | None:
    """The person or named organisation that opens a sentence (after a few words at most: a title, "The"), as the
    subject of a verb the sentence coordinates or hangs a participle on; a person before an organisation that only
    names their post ("UN chief X")."""
    inside = range(offset, offset + len(before))
    people_first = [(m.start, m.key, m.key) for m in people.mentions if m.start in inside]
    orgs_first = [(m.start, m.text, m.key) for m in orgs if m.start in inside and m.key[:1].isupper()]
    for start, speaker, key in (*people_first[:1], *orgs_first[:1]):
        opener = before[: start - offset]
        # "Gunmen killed X and said": after a verb, X is the object, not the subject
        if (
            not re.search(r"[,;:.“”\"()]", opener)
            and len(opener.split()) <= _OPENING_WORDS
            and not _OPENER_VERB.search(opener)
        ):
            return speaker, verb, (key,)
    return None


def _named_between(keys: tuple[str, ...], start: int, end: int, people: PeopleResult, orgs: Sequence[Mention]) -> bool:
    """Whether a person or named organisation other than the subject stands in the words before a coordinated verb."""
    named = [m for m in (*people.mentions, *orgs) if start <= m.start and m.end <= end and m.key[:1].isupper()]
    return any(m.key not in keys for m in named)


def acted_on(lead: str) -> bool:
    """Whether the words before a name in a subject hold a verb ("Gunmen abducted X"): the name is its object."""
    return bool(_OPENER_VERB.search(lead))


def _opening_description(before: str, verb: str, unnamed: frozenset[str]) -> Attribution | None:
    """An unnamed source that opens the sentence ("The national judiciary rejected ..., saying"), as described."""
    opening = _OPENING_DESCRIPTION.match(before)
    if not opening or opening["head"].lower() not in unnamed:
        return None
    return opening.group().strip(), verb, ()


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


def previous_person(
    sentences: list[Sentence], first: Sentence, people: PeopleResult, cue: re.Pattern[str]
) -> tuple[str, str | None, tuple[str, ...]] | None:
    """The one person of the sentence just before, when a quote opens a sentence alone: in the same paragraph, or
    closing the paragraph before with a verb of saying ("Y described the night.", then a paragraph of quote)."""
    if first.index == 0:
        return None
    previous = next((s for s in sentences if s.index == first.index - 1), None)
    if previous is None or (previous.paragraph != first.paragraph and not cue.search(previous.text)):
        return None
    keys = {m.key for m in people.mentions if previous.start <= m.start and m.end <= previous.end}
    if len(keys) != 1:
        return None
    key = keys.pop()
    return key, None, (key,)


def one_of_many(sentences: list[Sentence], first: Sentence, speaker: str, unnamed: frozenset[str]) -> str | None:
    """ "..., one of them said": one of the group of unnamed sources the sentence before opens with, as "a nurse at
    the hospital" (after "Two nurses at the hospital said ..."); None when the speaker is no "one of them"."""
    if speaker.lower() != "one of them" or first.index == 0:
        return None
    previous = next((s for s in sentences if s.index == first.index - 1), None)
    group = _GROUP_SUBJECT.match(previous.text) if previous and previous.paragraph == first.paragraph else None
    if not group or group["head"].lower() not in unnamed:
        return None
    head = group["head"].lower()
    single = head[:-2] if re.search(r"(?:ss|ch|sh|x)es$", head) else head[:-1]
    return f"a {single}{group['phrase'] or ''}"
