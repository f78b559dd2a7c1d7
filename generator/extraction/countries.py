"""Countries: names, aliases and demonyms found in the story, with counts and salience."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import countryinfo
import pycountry

from ..factsheet import Country
from .lexicon import Lexicon
from .text import Mention, Sentence, overlaps

_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")


@dataclass(frozen=True)
class _Form:
    """One way of writing a country: its code(s) and whether it is a demonym."""

    codes: tuple[str, ...]
    demonym: bool


class CountryIndex:
    """Every way of writing every country, built once from pycountry, countryinfo and the alias file."""

    def __init__(self, lexicon: Lexicon) -> None:
        data = lexicon.countries
        self.names: dict[str, str] = {}
        forms: dict[str, set[str]] = {}
        demonyms: dict[str, set[str]] = {}
        population: dict[str, int] = {}
        for country in pycountry.countries:
            code = country.alpha_3
            self.names[code] = getattr(country, "common_name", None) or country.name
            for name in (country.name, getattr(country, "common_name", None)):
                if name and "," not in name and "(" not in name:
                    forms.setdefault(name, set()).add(code)
        for info in countryinfo.all_countries():
            code = (info.iso(3) or "").upper()
            if code not in self.names:
                continue
            forms.setdefault(info.name(), set()).add(code)
            population[code] = info.population() or 0
            if demonym := info.demonym():
                demonyms.setdefault(demonym, set()).add(code)
        self.names.update(data["names"])
        for code, aliases in data["aliases"].items():
            for alias in aliases:
                forms.setdefault(re.sub(r"^the\s+", "", alias, flags=re.IGNORECASE), set()).add(code)
        # Territories share their state's demonym ("French"): the most populous holder is meant.
        demonyms = {w: {max(codes, key=lambda c: (population.get(c, 0), c))} for w, codes in demonyms.items()}
        # The alias file's demonyms replace countryinfo's for the same word (countryinfo has some wrong).
        curated: dict[str, set[str]] = {}
        for code, words in data["demonyms"].items():
            for word in words:
                curated.setdefault(word, set()).add(code)
        demonyms.update(curated)
        for name in data["ignore_names"]:
            forms.pop(name, None)
        self._forms: dict[str, _Form] = {}
        for name, codes in forms.items():
            if name in self.names.values() or len(codes) == 1:
                self._forms[name] = _Form(tuple(sorted(codes)), False)
        for word, codes in demonyms.items():
            for form in (word, _plural(word)):
                if form not in self._forms:
                    self._forms[form] = _Form(tuple(sorted(codes)), True)
        pattern = "|".join(re.escape(f) for f in sorted(self._forms, key=lambda f: (-len(f), f)))
        # "Turkish-made", "Saudi-led": a demonym joined to a participle still names its country
        joined = "|".join(data["demonym_suffixes"])
        # "US$1.7 billion" is a currency, not a mention of the country
        self._regex = re.compile(rf"(?<![\w-])(?:{pattern})(?=-(?:{joined})\b|(?![\w$-]|\.\w))")
        self._joined = re.compile(rf"(?:{pattern})-(?:{joined})")
        self._person_like = frozenset(data["person_like"])
        self._us_states = frozenset(data["us_states"])
        self._languages = frozenset(data["languages"])
        self._not_after = frozenset(data["not_after_name"])
        self._not_before = frozenset(data["not_before_demonym"])
        self._ambiguous = frozenset(data["ambiguous_demonyms"])

    def lookup(self, text: str) -> tuple[str, ...]:
        """Codes a single form names exactly ("Malian" -> MLI), or () when it names no country."""
        form = self._forms.get(text)
        return form.codes if form else ()

    def forms_in(self, text: str) -> list[re.Match[str]]:
        """Every country form written in a text (multi-word ones included: "DR Congo"), in order."""
        return list(self._regex.finditer(text))

    def is_joined(self, word: str) -> bool:
        """Whether a word is a country form joined to a participle ("Russian-led"), never part of a name."""
        return bool(self._joined.fullmatch(word))

    def is_demonym(self, text: str) -> bool:
        """Whether a form is a demonym ("Malian"), not a name."""
        form = self._forms.get(text)
        return bool(form and form.demonym)

    def find(self, body: str, sentences: list[Sentence], blocked: list[tuple[int, int]]) -> list[Mention]:
        """Country mentions in story sentences, skipping blocked spans (organisation names)."""
        raw: list[tuple[int, int, str, _Form, int]] = []
        for sentence in sentences:
            for match in self._regex.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if overlaps(start, end, blocked) or self._skip(body, start, end, match.group()):
                    continue
                raw.append((start, end, match.group(), self._forms[match.group()], sentence.index))
        named = {f.codes[0] for *_, f, _ in raw if len(f.codes) == 1}
        mentions = []
        for start, end, text, form, index in raw:
            codes = form.codes
            if len(codes) > 1 or text in self._ambiguous:
                codes = tuple(c for c in codes if c in named) or codes
                if len(codes) != 1:
                    continue  # "Congolese" with neither Congo named: cannot tell which
            mentions.append(Mention(start, end, text, codes[0], "demonym" if form.demonym else "name", index))
        return mentions

    def country_word(self, word: str, opens_name: bool = False) -> bool:
        """Whether a word names a country; a country that is also a given name ("Israel Katz", "Jordan Bardella")
        does not when it opens a name of several words."""
        return bool(self.lookup(word)) and not (opens_name and word in self._person_like)

    def _skip(self, body: str, start: int, end: int, text: str) -> bool:
        """Context that shows the match is not a country: a language, a person, a river, a US state."""
        before = body[max(0, start - 30) : start]
        after = body[end : end + 30]
        prev_word = before.split()[-1] if before.split() else ""
        next_word = after.split()[0] if after.split() else ""
        if prev_word in self._not_before:
            return True
        if next_word.strip(",.;:") in self._not_after:
            return True
        if text in self._languages and (
            after.startswith(("-speaking", " language", "-language", " speakers", "-speakers"))
            or re.search(r"\b(?:in|speak|speaks|spoke|speaking|into|(?:use|teaching|knowledge|command) of)\s+$", before)
        ):
            return True
        if text in self._person_like:
            if self._capitalised_neighbour(prev_word, before[-1:], before=True) or self._capitalised_neighbour(
                next_word, after[:1]
            ):
                return True
            if text in self._us_states and re.search(r"[A-Z][a-z]+,\s*$", before):
                return True  # "Atlanta, Georgia"
        return False

    def _capitalised_neighbour(self, word: str, gap: str, before: bool = False) -> bool:
        """Whether a word right beside a match (only a space between) is capitalised and not a country."""
        if gap != " " or (before and word[-1:] in ".!?:;,"):
            return False  # a sentence or clause boundary separates them
        bare = word.rstrip(",.;:!?")
        return bool(_CAPITALISED.fullmatch(bare)) and not self.lookup(bare)


def _plural(word: str) -> str:
    """The plural of a demonym used as a noun ("Malians"); words in -s, -sh, -ch, -ese stay as they are."""
    if word.endswith(("s", "sh", "ch", "ese")):
        return word
    return word + "s"


def build_countries(
    index: CountryIndex, mentions: list[Mention], sentences: list[Sentence], title: str, setting: Mention | None = None
) -> tuple[Country, ...]:
    """One Country per code: mention count, first evidence, salience 'primary' for the story's main country.

    `setting` is a place of a country the story never names but is set in (by its places): that country is the
    primary one, with no mentions and the place's sentence as evidence.
    """
    counts = Counter(m.key for m in mentions)
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.key, mention)
    primary = primary_country(mentions, title, index)
    by_index = {s.index: s for s in sentences}
    unnamed: list[Country] = []
    if setting is not None and setting.key not in counts:
        primary = setting.key
        name, evidence = index.names.get(setting.key, setting.key), by_index[setting.sentence].evidence
        unnamed = [Country(code=setting.key, name=name, evidence=evidence, mentions=0, salience="primary")]
    countries = unnamed + [
        Country(
            code=code,
            name=index.names.get(code, code),
            evidence=by_index[first[code].sentence].evidence,
            mentions=counts[code],
            salience="primary" if code == primary else "mentioned",
        )
        for code in counts
    ]
    return tuple(sorted(countries, key=lambda c: (c.salience != "primary", -c.mentions, c.code)))


def primary_country(mentions: list[Mention], title: str, index: CountryIndex) -> str | None:
    """The most mentioned country; ties go to one named in the title, then to the first named."""
    if not mentions:
        return None
    counts = Counter(m.key for m in mentions)
    named = [(match.start(), index.lookup(match.group())) for match in index.forms_in(title)]
    in_title = {code for _, codes in named for code in codes}
    # "DR Congo: fighting displaces thousands": the country a headline opens with, before a colon, is its subject
    lead = re.match(r"^\s*([^:]{1,40}?)\s*:", title)
    first = index.forms_in(title)[:1]
    alone = lead and first and (first[0].start(), first[0].end()) == (lead.start(1), lead.end(1))
    if alone and len(named[0][1]) == 1 and named[0][1][0] in counts:
        return named[0][1][0]
    order = {m.key: i for i, m in reversed(list(enumerate(mentions)))}
    return min(counts, key=lambda code: (-counts[code], code not in in_title, order[code]))
