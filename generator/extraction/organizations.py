"""Organisations: lexicon names, capitalised names with an organisation head noun, and unnamed bodies."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..factsheet import Organization
from .calendar_words import MONTHS, WEEKDAYS
from .countries import CountryIndex
from .lexicon import Lexicon
from .org_described import DescribedBodies, OrgRecord, merge_countryless
from .org_described import norm as _norm
from .org_names import SingleWordOrgs
from .org_runs import cut_after_possessor, cut_at_title, cut_before_of, initials_fit, spelled_by_acronym
from .text import Mention, Sentence, overlaps, phrase_pattern

# "33rd Front": an ordinal opens a unit's name; "U.S. Geological Survey", "Public Defence Lawyers' Network"
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’.-]*[\w](?:(?<=s)['’](?=[ \t]+[A-Z]))?|[A-Z]|\d+(?:st|nd|rd|th)?)"
_CONNECTOR = r"(?:of|for|and|&|the|de|du|des|on|to|in|al|el|la|le|pour)"
_CALENDAR = rf"(?:{MONTHS}|{WEEKDAYS})\b"
# A capitalised run; a connector never leads into a date ("Constitutional Council in September").
# "Hayat Tahrir al-Sham": an Arabic article joined to a capitalised word goes on a name, never opens one
_JOINED_ARTICLE = r"(?:al|el|ad|ash|as|ar|at|az|an|bin|ibn|wal)-[A-Z][\w'’-]*\w"
# connectors join capitalised words, never a bare "the" ("hand Maduro the X") nor "and the" ("the Senate and the Y")
_JOIN = rf"(?:(?!the[ \t]|and[ \t]+the[ \t]){_CONNECTOR}[ \t]+(?:{_CONNECTOR}[ \t]+)*)?"
_RUN = re.compile(rf"(?<![\w-]){_CAP}(?:[ \t]+{_JOIN}(?!{_CALENDAR})(?:{_CAP}|{_JOINED_ARTICLE}))*")
_REPORTED_AFTER = re.compile(r"^\s+(?:reported|reports|quoted|cited|said|says|wrote|published)\b")
# "Kurdish-led Syrian Democratic Forces": a compound describing the body is not part of its name
_DESCRIBED_BY = re.compile(r"-(?:led|backed|linked|allied|aligned|affiliated|run|controlled|dominated|supported)$")
_SMALL_WORDS = frozenset("of and the a an in on for to at by with as from or vs".split())
_ACRONYM_AFTER = re.compile(r"^\s*\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11})\)")


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
        self._first_names = lexicon.first_names
        self._not_org_words = lexicon.acronym_not_names
        self._described = DescribedBodies(lexicon, countries)
        cues = "|".join(re.escape(c) for c in lexicon.media_cues)
        self._media_words = lexicon.media_words
        self._media_cue = re.compile(rf"(?:{cues})\s+(?:[Tt]he\s+)?$")

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
            headline = _title_case(sentence.text)  # "Separatists and Army Both Responsible": every word capitalised
            for start, end, name, kind in [] if headline else self._patterned(sentence, found, acronyms):
                inside = [m for m in found if start <= m.start - sentence.start and m.end - sentence.start <= end]
                found = [m for m in found if m not in inside]  # a long form defined here outranks a name in it
                defined = _ACRONYM_AFTER.match(sentence.text[end:])
                known = self._alias_to_name.get(defined["acronym"], "") if defined else ""
                if known and self._entries[known].kind != "media":  # a long form of a known body: "(UNAMA)"
                    name = known  # (an agency's acronym is often another body's too: "Armed Forces ... (AFP)")
                    entry = self._entries[name]
                    record = records.setdefault(name, OrgRecord(name, entry.kind, entry.country))
                else:
                    record = records.setdefault(name, OrgRecord(name, kind, self._country_in(name)))
                found.append(self._mention(sentence, start, end, name, record))
            taken = [(m.start - sentence.start, m.end - sentence.start) for m in found]
            for start, end, name, kind in [] if headline else self._single.find(sentence, taken):
                if name in acronyms:
                    continue  # "ELN fighters" after "the National Liberation Army (ELN)": the body already known
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
                    spans = [(m.start, m.end) for m in found]
                    if not overlaps(start, end, spans) or (
                        _inside_parens(sentence, match) and (start, end) not in spans
                    ):
                        found.append(self._mention(sentence, match.start(), match.end(), name, records[name]))
            found.extend(self._described.find(sentence, found, records))
            mentions.extend(sorted(found, key=lambda m: m.start))
        merge_countryless(mentions, records)
        return OrgResult(mentions, records)

    def _mention(self, sentence: Sentence, rel_start: int, rel_end: int, key: str, record: OrgRecord) -> Mention:
        """A mention at sentence-relative offsets; its surface form is remembered as a possible alias."""
        text = sentence.text[rel_start:rel_end]
        record.forms.append(_norm(text))
        return Mention(sentence.start + rel_start, sentence.start + rel_end, text, key, "org", sentence.index)

    def _patterned(
        self, sentence: Sentence, known: list[Mention], acronyms: dict[str, str]
    ) -> list[tuple[int, int, str, str]]:
        """Capitalised runs with an organisation head noun or a defined acronym, and outlets named as sources."""
        out = []
        taken = [(m.start - sentence.start, m.end - sentence.start) for m in known]
        for match in _RUN.finditer(sentence.text):
            tokens = self._name_tokens(match)
            if not tokens:
                continue
            start, words = tokens[0][0], [w for _, w in tokens]
            end = tokens[-1][0] + len(tokens[-1][1])
            text = sentence.text[start:end]
            if len(words) >= 2 and self._defines_acronym(sentence, start, end, taken, words):
                acronym = _ACRONYM_AFTER.match(sentence.text[end:]).group("acronym")  # type: ignore[union-attr]
                while len(tokens) > 2 and tokens[0][1][0] != acronym[0]:
                    tokens = tokens[1:]  # "Troops of the African Union ... (AUSSOM)": the name starts with its A
                start = tokens[0][0]
                heads = [self._heads[w] for _, w in tokens if w in self._heads]
                out.append((start, end, sentence.text[start:end], heads[-1]))
                continue
            # "the National Congress for Freedom": a known body named by a bare head word is no name inside a longer one
            generic = [
                (s, e)
                for s, e in taken
                if start <= s
                and e <= end
                and sentence.text[s:e] in self._heads
                and not re.search(r"\b[a-z]", sentence.text[start:s])  # "Lawmakers in the U.S. Congress": no name
            ]
            others = [span for span in taken if span not in generic] if len(words) > 2 else taken
            if len(words) == 1 and spelled_by_acronym(text, sentence.text[end:]) and not overlaps(start, end, taken):
                out.append((start, end, text, "other"))  # "the Jaish-e-Mohammed (JeM) group"
                continue
            if len(words) < 2 or overlaps(start, end, others):
                media = None if text in acronyms else self._media_name(sentence, start, end, words, taken)
                if media:
                    out.append(media)
                continue
            # "the West Bank": a name the gazetteer holds whole is a place, whatever its last word
            heads = [self._heads[w] for w in words if w in self._heads] if not self._is_place(text) else []
            if heads:
                town = re.search(r"\s+in\s+(?P<town>[A-Z][\w'’-]+)$", text)
                if town and words[-3] in self._heads and self._is_place(town["town"]):
                    # "Mindanao State University in Marawi": the town after the name says where it stands
                    end, text, words = start + town.start(), text[: town.start()], words[:-2]
                out.append((start, end, text, heads[-1] if words[-1] in self._heads else heads[0]))
            elif (opening := self._acronym_named(sentence, end, words)) is not None:
                start = tokens[opening][0]  # "Fighters of the Harakat ... (HNS)": the name starts with its H
                out.append((start, end, sentence.text[start:end], "other"))
            elif media := self._media_name(sentence, start, end, words, taken):
                out.append(media)
        return out

    def _name_tokens(self, match: re.Match[str]) -> list[tuple[int, str]]:
        """The words of a capitalised run that can be an organisation's name, with their offsets."""
        tokens = [(match.start() + t.start(), t.group()) for t in re.finditer(r"\S+", match.group())]
        while tokens and (
            tokens[0][1] in self._non_name
            or tokens[0][1] in self._titles
            or self._countries.is_joined(tokens[0][1])
            or (len(tokens) > 1 and _DESCRIBED_BY.search(tokens[0][1]))
            or (
                len(tokens) > 2 and re.fullmatch(r"(?:[A-Z]\.)+", tokens[0][1]) and self._countries.lookup(tokens[0][1])
            )
        ):  # "U.S. Treasury Department": the country stays a mention of its own
            tokens = tokens[1:]  # "The", "However", a title, "Russian-led": not part of the name
        if len(tokens) > 1 and tokens[0][1].endswith("-based"):
            tokens = tokens[1:]  # "the Tunis-based Maghreb Policy Centre": where it sits is not its name
        return cut_before_of(cut_after_possessor(cut_at_title(tokens, self._titles), self._heads), self._heads)

    def _acronym_named(self, sentence: Sentence, end: int, words: list[str]) -> int | None:
        """A name with no head noun that the text abbreviates ("the Tehreek-e-Taliban Pakistan (TTP)").

        Spelling out an acronym is what news does for bodies; agreements, laws, places and countries it also
        abbreviates are told apart by their words.
        """
        defined = _ACRONYM_AFTER.match(sentence.text[end:])
        if not defined or not re.fullmatch(r"[A-Z][A-Z0-9-]+", defined["acronym"]):
            return None  # "(IDPs)", "(PoR)": an acronym with small letters names people or things
        opening = next((i for i, w in enumerate(words) if w[0] == defined["acronym"][0]), len(words))
        words = words[opening:]
        if len(words) < 2 or words[0] in self._first_names or any(w in self._not_org_words for w in words):
            return None  # "Ali Sow (AS)", "the Comprehensive Peace Agreement (CPA)"
        text = " ".join(words)
        if initials_fit(defined["acronym"], words) and not self._countries.lookup(text) and not self._is_place(text):
            return opening
        return None

    def _defines_acronym(
        self, sentence: Sentence, start: int, end: int, taken: list[tuple[int, int]], words: list[str]
    ) -> bool:
        """A long name holding a known one ("African Union ... Mission in Somalia (AUSSOM)") that defines an acronym."""
        inside = [(s, e) for s, e in taken if start <= s and e <= end and (s, e) != (start, end)]
        if not inside or overlaps(start, end, [(s, e) for s, e in taken if (s, e) not in inside]):
            return False
        defined = _ACRONYM_AFTER.match(sentence.text[end:])
        if not defined:
            return False
        own_heads = [w for w in words if w in self._heads and not any(w in sentence.text[s:e] for s, e in inside)]
        if own_heads:
            return True
        # "African Union Peace and Security Council (PSC)": the acronym spells the longer name, not the known one
        acronym = defined["acronym"]
        tail = next((words[i:] for i, w in enumerate(words) if w[0] == acronym[0]), [])
        return acronym not in self._alias_to_name and len(tail) > 1 and initials_fit(acronym, tail)

    def _media_name(
        self, sentence: Sentence, start: int, end: int, words: list[str], taken: list[tuple[int, int]]
    ) -> tuple[int, int, str, str] | None:
        """A news outlet: after a media cue, an acronym or a name with a press word ("Financial Times");
        before a reporting verb, a name with a press word ("The Daily Nation reported")."""
        if not words or overlaps(start, end, taken):
            return None
        cued = bool(self._media_cue.search(sentence.text[:start]))
        if not cued and not _REPORTED_AFTER.match(sentence.text[end:]):
            return None
        text = sentence.text[start:end]
        acronym = cued and len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0])
        if (acronym or any(w in self._media_words for w in words)) and not self._countries.lookup(text):
            return start, end, text, "media"
        return None

    def _country_in(self, name: str) -> str | None:
        """The country a patterned name carries ("Malian Armed Forces" -> MLI)."""
        words = re.findall(r"[A-Z][\w'’-]+", name)
        pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]  # "South Sudan" before "Sudan"
        for word in pairs + words:
            codes = self._countries.lookup(word.rstrip("’'s"))
            if len(codes) == 1:
                return codes[0]
        return None


def _title_case(text: str) -> bool:
    """Whether a line is a headline in title case: every word capitalised, small words aside."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _inside_parens(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether an acronym stands in the parentheses that define it."""
    return (
        sentence.text[max(0, match.start() - 1) : match.start()] == "("
        and sentence.text[match.end() : match.end() + 1] == ")"
    )


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
