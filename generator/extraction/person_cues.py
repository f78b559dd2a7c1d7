"""More ways news text names a person, beside the patterns in people.py.

- "a shopkeeper who gave only his first name, Dragan": a person named by one name on purpose;
- 'Ismael "El Mayo" Zambada': a nickname quoted inside a name (the person is "Ismael Zambada");
- "Maduro's government ... declared Nicolás Maduro the winner": a surname known as a person's (a possessive of
  personal possession) makes the capitalised name ending in it a full name;
- "the Abu Shouk camp": a name the story calls a camp, village or district is a place, never a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .person_patterns import PERSONAL_POSSESSION, PLACE_NOUN_AFTER, TOKEN
from .text import Mention, Sentence, overlaps

_FIRST_NAME_ONLY = re.compile(
    rf"\b(?:gave|giving|gives|give|identified\s+by|identified\s+only\s+by|named\s+only\s+as|asked\s+to\s+be\s+"
    rf"identified\s+by)\s+(?:only\s+)?(?:his|her|their)\s+(?:first|given)\s+names?,?\s+(?:as\s+)?(?P<name>{TOKEN})"
    r"(?![\w'’-]|\s+[A-Z])"
)
_NICKNAMED = re.compile(
    rf"(?<![\w'’-])(?P<first>{TOKEN})\s+[\"“](?:[A-Z][\w'’.-]*\s*){{1,3}}[\"”]\s+(?P<last>{TOKEN})(?![\w'’-])"
)
_SURNAME_POSSESSOR = re.compile(rf"(?<![\w'’-])(?P<name>{TOKEN})[’']s\s+(?:{PERSONAL_POSSESSION})\b")
# "the killing of X, the mayor of ...": "of" after a noun only a person is the object of does not make X a place
PERSON_OF = re.compile(
    r"\b(?:killing|killings|murder|death|arrest|detention|release|assassination|abduction|kidnapping|funeral|"
    r"disappearance|trial|conviction|extradition|resignation|dismissal|election|appointment)\s+of\s+$"
)


def first_name_only(sentence: Sentence) -> Iterator[tuple[int, int]]:
    """Spans (in the sentence) of names a source gave as a first name only."""
    for match in _FIRST_NAME_ONLY.finditer(sentence.text):
        yield match.start("name"), match.end("name")


def nicknamed(sentence: Sentence) -> Iterator[tuple[int, int, str]]:
    """(start, end, name without the nickname) of names with a quoted nickname inside."""
    for match in _NICKNAMED.finditer(sentence.text):
        yield match.start(), match.end(), f"{match['first']} {match['last']}"


def possessor_surnames(sentences: list[Sentence]) -> set[str]:
    """One-word names written with a possessive of personal possession ("Maduro's government")."""
    return {m["name"] for s in sentences for m in _SURNAME_POSSESSOR.finditer(s.text)}


def full_names_ending(sentence: Sentence, surnames: set[str]) -> Iterator[tuple[int, int]]:
    """Spans of two-word capitalised names ending in one of the surnames ("Nicolás Maduro")."""
    if not surnames:
        return
    ends = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
    for match in re.finditer(rf"(?<![\w'’-]){TOKEN}\s+(?:{ends})(?![\w-])", sentence.text):
        yield match.start(), match.end()


def place_named(sentences: list[Sentence], name: str) -> bool:
    """Whether the story writes the name before a place noun somewhere ("Abu Shouk camp")."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?=\s)")
    return any(PLACE_NOUN_AFTER.match(s.text[m.end() :]) for s in sentences for m in pattern.finditer(s.text))


def more_names(
    sentences: list[Sentence],
    blocked: list[tuple[int, int]],
    opens_name: Callable[[Sentence, int, int], bool],
    is_other: Callable[[str], bool],
) -> list[Mention]:
    """Names given as a first name only, names with a quoted nickname, and full forms of known surnames.

    `opens_name(sentence, start, end)` says whether the word there can open a name (no title or sentence opener);
    `is_other(name)` whether the name is a known place or country.
    """
    surnames = {name for name in possessor_surnames(sentences) if not is_other(name)}  # "Tigray's government"
    out = []
    for sentence in sentences:
        # a name given as a first name is one whatever else it could be ("Lorena" is a town too)
        spans = [(a, b, sentence.text[a:b], True) for a, b in first_name_only(sentence)]
        spans += [(a, b, sentence.text[a:b], False) for a, b in full_names_ending(sentence, surnames)]
        spans += [(a, b, key, False) for a, b, key in nicknamed(sentence)]
        for start, end, key, sure in spans:
            first = re.match(r"\S+", sentence.text[start:end])
            if not first or not opens_name(sentence, start, start + first.end()):
                continue  # "President Maduro": a title, no given name, opens it
            if overlaps(sentence.start + start, sentence.start + end, blocked) or (not sure and is_other(key)):
                continue
            text = sentence.text[start:end]
            out.append(Mention(sentence.start + start, sentence.start + end, text, key, "person", sentence.index))
    return out
