"""Organisations: lexicon names, capitalised names with an organisation head noun, and unnamed bodies."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..factsheet import Organization
from .countries import CountryIndex
from .lexicon import Lexicon
from .org_names import SingleWordOrgs
from .text import Mention, Sentence, overlaps, phrase_pattern

_CAP = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z]|\d+(?:st|nd|rd|th)?)"  # "33rd Front": an ordinal opens a unit's name
_CONNECTOR = r"(?:of|for|and|the|de|du|des|on|to|in|al|el|la|le|pour)"
_CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A capitalised run; a connector never leads into a date ("Constitutional Council in September").
_RUN = re.compile(rf"(?<![\w-]){_CAP}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*(?!{_CALENDAR}){_CAP})*")
_ACRONYM_AFTER = re.compile(r"^\s*\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11})\)")


@dataclass
class OrgRecord:
    """What is known about one organisation while an article is read."""

    name: str
    kind: str
    country: str | None = None
    named: bool = True
    forms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class OrgResult:
    """Organisation mentions (key = record name) and their records, in order of first mention."""

    mentions: list[Mention]
    records: dict[str, OrgRecord]

    def named_spans(self) -> list[tuple[int, int, str | None]]:
        """Spans of named organisations, with their home country."""
        return [(m.start, m.end, self.records[m.key].country) for m in self.mentions if self.records[m.key].named]


class OrganizationFinder:
    """Finds organisations; the lexicon and patterns are compiled once."""

    def __init__(self, lexicon: Lexicon, countries: CountryIndex, is_place: Callable[[str], bool]) -> None:
        self._countries = countries
        self._single = SingleWordOrgs(lexicon, countries, is_place)
        self._is_place = is_place
        self._entries = {e.name: e for e in lexicon.organizations}
        self._alias_to_name: dict[str, str] = {}
        for entry in lexicon.organizations:
            for form in (entry.name, *entry.aliases):
                self._alias_to_name.setdefault(form, entry.name)
        self._known = phrase_pattern(self._alias_to_name, suffixes=lexicon.org_hyphen_suffixes)
        self._heads = lexicon.org_heads
        self._non_name = lexicon.non_name_words
        self._titles = set(lexicon.titles)
        self._descriptive = [
            (d, re.compile(_descriptive_pattern(d.head, d.modifiers), re.IGNORECASE)) for d in lexicon.descriptive
        ]
        cues = "|".join(re.escape(c) for c in lexicon.media_cues)
        self._media_words = lexicon.media_words
        self._media_cue = re.compile(rf"(?:{cues})\s+(?:the\s+)?$")

    def find(self, sentences: list[Sentence]) -> OrgResult:
        """All organisation mentions in the story sentences."""
        records: dict[str, OrgRecord] = {}
        mentions: list[Mention] = []
        acronyms: dict[str, str] = {}
        for sentence in sentences:
            found: list[Mention] = []
            for match in self._known.finditer(sentence.text):
                name = self._alias_to_name[_norm(match.group())]
                entry = self._entries[name]
                record = records.setdefault(name, OrgRecord(name, entry.kind, entry.country))
                found.append(self._mention(sentence, match.start(), match.end(), name, record))
            for start, end, name, kind in self._patterned(sentence, found):
                inside = [m for m in found if start <= m.start - sentence.start and m.end - sentence.start <= end]
                found = [m for m in found if m not in inside]  # a long form defined here outranks a name in it
                record = records.setdefault(name, OrgRecord(name, kind, self._country_in(name)))
                found.append(self._mention(sentence, start, end, name, record))
            taken = [(m.start - sentence.start, m.end - sentence.start) for m in found]
            for start, end, name, kind in self._single.find(sentence, taken):
                record = records.setdefault(name, OrgRecord(name, kind))
                found.append(self._mention(sentence, start, end, name, record))
                acronyms.setdefault(name, name)  # later bare mentions of the one-word name
            for mention in list(found):
                defined = _ACRONYM_AFTER.match(sentence.text[mention.end - sentence.start :])
                if defined and defined.group("acronym") != mention.text:
                    acronyms[defined.group("acronym")] = mention.key
            for acronym, name in acronyms.items():
                for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", sentence.text):
                    start, end = sentence.start + match.start(), sentence.start + match.end()
                    if not overlaps(start, end, [(m.start, m.end) for m in found]) or _inside_parens(sentence, match):
                        found.append(self._mention(sentence, match.start(), match.end(), name, records[name]))
            found.extend(self._described(sentence, found, records))
            mentions.extend(sorted(found, key=lambda m: m.start))
        _merge_countryless(mentions, records)
        return OrgResult(mentions, records)

    def _mention(self, sentence: Sentence, rel_start: int, rel_end: int, key: str, record: OrgRecord) -> Mention:
        """A mention at sentence-relative offsets; its surface form is remembered as a possible alias."""
        text = sentence.text[rel_start:rel_end]
        record.forms.append(_norm(text))
        return Mention(sentence.start + rel_start, sentence.start + rel_end, text, key, "org", sentence.index)

    def _patterned(self, sentence: Sentence, known: list[Mention]) -> list[tuple[int, int, str, str]]:
        """Capitalised runs with an organisation head noun, and outlets named after 'told' or 'according to'."""
        out = []
        taken = [(m.start - sentence.start, m.end - sentence.start) for m in known]
        for match in _RUN.finditer(sentence.text):
            tokens = [(match.start() + t.start(), t.group()) for t in re.finditer(r"\S+", match.group())]
            while tokens and (
                tokens[0][1] in self._non_name
                or tokens[0][1] in self._titles
                or self._countries.is_joined(tokens[0][1])
            ):
                tokens = tokens[1:]  # "The", "However", a title, "Russian-led": not part of the name
            if len(tokens) > 1 and tokens[0][1].endswith("-based"):
                tokens = tokens[1:]  # "the Tunis-based Maghreb Policy Centre": where it sits is not its name
            if not tokens:
                continue
            start, words = tokens[0][0], [w for _, w in tokens]
            text = sentence.text[start : match.end()]
            if len(words) >= 2 and self._defines_acronym(sentence, start, match.end(), taken, words):
                acronym = _ACRONYM_AFTER.match(sentence.text[match.end() :]).group("acronym")  # type: ignore[union-attr]
                while len(tokens) > 2 and tokens[0][1][0] != acronym[0]:
                    tokens = tokens[1:]  # "Troops of the African Union ... (AUSSOM)": the name starts with its A
                start = tokens[0][0]
                heads = [self._heads[w] for _, w in tokens if w in self._heads]
                out.append((start, match.end(), sentence.text[start : match.end()], heads[-1]))
                continue
            if len(words) < 2 or overlaps(start, match.end(), taken):
                media = self._media_name(sentence, start, match.end(), words, taken)
                if media:
                    out.append(media)
                continue
            heads = [self._heads[w] for w in words if w in self._heads]
            if heads:
                end = match.end()
                town = re.search(r"\s+in\s+(?P<town>[A-Z][\w'’-]+)$", text)
                if town and words[-3] in self._heads and self._is_place(town["town"]):
                    # "Mindanao State University in Marawi": the town after the name says where it stands
                    end, text, words = start + town.start(), text[: town.start()], words[:-2]
                out.append((start, end, text, heads[-1] if words[-1] in self._heads else heads[0]))
            elif media := self._media_name(sentence, start, match.end(), words, taken):
                out.append(media)
        return out

    def _defines_acronym(
        self, sentence: Sentence, start: int, end: int, taken: list[tuple[int, int]], words: list[str]
    ) -> bool:
        """A long name holding a known one ("African Union ... Mission in Somalia (AUSSOM)") that defines an acronym."""
        inside = [(s, e) for s, e in taken if start <= s and e <= end and (s, e) != (start, end)]
        if not inside or overlaps(start, end, [(s, e) for s, e in taken if (s, e) not in inside]):
            return False
        own_heads = [w for w in words if w in self._heads and not any(w in sentence.text[s:e] for s, e in inside)]
        return bool(own_heads) and bool(_ACRONYM_AFTER.match(sentence.text[end:]))

    def _media_name(
        self, sentence: Sentence, start: int, end: int, words: list[str], taken: list[tuple[int, int]]
    ) -> tuple[int, int, str, str] | None:
        """A news outlet: after a media cue, an acronym or a name with a press word ("Financial Times")."""
        if not words or overlaps(start, end, taken) or not self._media_cue.search(sentence.text[:start]):
            return None
        text = sentence.text[start:end]
        acronym = len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0])
        if (acronym or any(w in self._media_words for w in words)) and not self._countries.lookup(text):
            return start, end, text, "media"
        return None

    def _country_in(self, name: str) -> str | None:
        """The country a patterned name carries ("Malian Armed Forces" -> MLI)."""
        for word in re.findall(r"[A-Z][\w'’-]+", name):
            codes = self._countries.lookup(word.rstrip("’'s"))
            if len(codes) == 1:
                return codes[0]
        return None

    def _described(self, sentence: Sentence, found: list[Mention], records: dict[str, OrgRecord]) -> list[Mention]:
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
                name = _descriptive_name(_norm(re.sub(r"^\S+[’']s\s+", "", core)), country, self._countries)
                key = f"{entry.head}|{country or ''}"
                record = records.setdefault(key, OrgRecord(name, entry.kind, country, named=False))
                if len(name) > len(record.name):
                    record.name = name
                determiner = (match.group("det") or "").strip().lower()
                form = _norm(f"{determiner} {core}" if determiner else core)
                record.forms.append(form[0].lower() + form[1:] if determiner else form)
                out.append(
                    Mention(
                        start,
                        end,
                        sentence.text[start - sentence.start : end - sentence.start],
                        key,
                        "org",
                        sentence.index,
                    )
                )
                taken.append((start, end))
        return out


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


def _merge_countryless(mentions: list[Mention], records: dict[str, OrgRecord]) -> None:
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


def _inside_parens(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether an acronym stands in the parentheses that define it."""
    return (
        sentence.text[max(0, match.start() - 1) : match.start()] == "("
        and sentence.text[match.end() : match.end() + 1] == ")"
    )


def _norm(text: str) -> str:
    """Collapse inner whitespace."""
    return " ".join(text.split())


def build_organizations(result: OrgResult, sentences: list[Sentence]) -> tuple[Organization, ...]:
    """One Organization per record, in order of first mention; aliases are the other forms seen in the text."""
    by_index = {s.index: s for s in sentences}
    first: dict[str, Mention] = {}
    for mention in result.mentions:
        first.setdefault(mention.key, mention)
    orgs = []
    for key, mention in sorted(first.items(), key=lambda item: item[1].start):
        record = result.records[key]
        forms = list(dict.fromkeys(record.forms))
        if record.named:
            aliases = tuple(sorted(f for f in forms if f != record.name))
        else:
            aliases = tuple(sorted(forms)) if len(forms) > 1 else ()
        orgs.append(
            Organization(
                name=record.name,
                evidence=by_index[mention.sentence].evidence,
                kind=record.kind,
                aliases=aliases,
                country=record.country,
                named=record.named,
            )
        )
    return tuple(orgs)
