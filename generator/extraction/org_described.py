"""Unnamed bodies ("the ruling military junta", "the Malian army"): described, not named, by the text.

A mention is `[the] [Owner] [modifier ...] head`; all mentions with the same head and owner country are one
body, and a country-less mention ("the junta") joins the one owned body of its head ("Mali's junta").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .countries import CountryIndex
from .lexicon import Lexicon
from .text import Mention, Sentence, overlaps


@dataclass
class OrgRecord:
    """What is known about one organisation while an article is read."""

    name: str
    kind: str
    country: str | None = None
    named: bool = True
    forms: list[str] = field(default_factory=list)


class DescribedBodies:
    """Finds descriptions of unnamed bodies; patterns are compiled once."""

    def __init__(self, lexicon: Lexicon, countries: CountryIndex) -> None:
        self._countries = countries
        self._descriptive = [
            (d, re.compile(_descriptive_pattern(d.head, d.modifiers), re.IGNORECASE)) for d in lexicon.descriptive
        ]

    def find(self, sentence: Sentence, found: list[Mention], records: dict[str, OrgRecord]) -> list[Mention]:
        """Unnamed bodies such as 'the ruling military junta' or 'the Malian army'."""
        out: list[Mention] = []
        taken = [(m.start, m.end) for m in found]
        for entry, regex in self._descriptive:
            for match in regex.finditer(sentence.text):
                start, end = sentence.start + match.start("core"), sentence.start + match.end()
                if overlaps(start, end, taken):
                    continue
                country = None
                owner = match.group("owner")
                if owner:
                    codes = self._countries.lookup(owner.strip().removesuffix("’s").removesuffix("'s"))
                    if len(codes) == 1:
                        country = codes[0]
                    elif not match.group("det"):
                        start = sentence.start + match.start("mods")
                if entry.needs_determiner and not (match.group("det") or country):
                    continue
                core = sentence.text[start - sentence.start : end - sentence.start]
                # "Mali's junta" is the junta, of Mali; "the Malian army" keeps its demonym
                name = _descriptive_name(norm(re.sub(r"^\S+[’']s\s+", "", core)), country, self._countries)
                key = f"{entry.head}|{country or ''}"
                record = records.setdefault(key, OrgRecord(name, entry.kind, country, named=False))
                if len(name) > len(record.name):
                    record.name = name
                determiner = (match.group("det") or "").strip().lower()
                form = norm(f"{determiner} {core}" if determiner else core)
                record.forms.append(form[0].lower() + form[1:] if determiner else form)
                out.append(Mention(start, end, core, key, "org", sentence.index))
                taken.append((start, end))
        return out


def merge_countryless(mentions: list[Mention], records: dict[str, OrgRecord]) -> None:
    """'the junta' and 'Mali's junta' in one article are one body: fold the country-less record in."""
    for key in [k for k in records if k.endswith("|")]:
        head = key[:-1]
        owners = [k for k in records if k.startswith(f"{head}|") and k != key]
        if len(owners) != 1:
            continue
        target = records[owners[0]]
        target.forms.extend(records.pop(key).forms)
        for i, mention in enumerate(mentions):
            if mention.key == key:
                mentions[i] = Mention(mention.start, mention.end, mention.text, owners[0], "org", mention.sentence)


def _descriptive_pattern(head: str, modifiers: tuple[str, ...]) -> str:
    """Regex for '[the] [Owner] [modifier ...] head', with named groups det, owner, mods, core."""
    mods = "|".join(re.escape(m) for m in sorted(modifiers, key=len, reverse=True)) or "(?!)"
    head_rx = r"\s+".join(re.escape(w) for w in head.split())
    return (
        r"(?<![\w-])(?P<det>(?:the|a|an|its|their)\s+)?"
        rf"(?P<core>(?P<owner>(?-i:[A-Z][\w'’-]+)\s+)?(?P<mods>(?:(?:{mods})\s+)*){head_rx})(?![\w-])"
    )


def _descriptive_name(name: str, country: str | None, countries: CountryIndex) -> str:
    """The body's name as written, keeping a demonym's capital ("Malian army")."""
    first, _, rest = name.partition(" ")
    if country and rest and countries.lookup(first):
        return f"{first} {rest.lower()}"
    return name.lower()


def norm(text: str) -> str:
    """Collapse inner whitespace."""
    return " ".join(text.split())
