"""People: found by the patterns around names, never by a list of people.

Evidence that a capitalised sequence names a person: a title or role before it, an apposition after it (a role,
an age: "X, 45,"), a kinship noun ("her brother X"), a speech verb, a common given name opening it, or a
coordination with someone already known ("Diarra and Keita"). Known places, organisations and countries are never
people.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bylines import is_byline
from .countries import CountryIndex
from .lexicon import Lexicon
from .nationality import owner_country
from .person_cues import PERSON_OF, more_names, place_named
from .person_patterns import (
    CALENDAR_WORDS,
    LIST_GAP,
    OBLIQUE,
    PERSON_OBJECT_CUES,
    PERSONAL_POSSESSION,
    PLACE_NOUN_AFTER,
    ROLE_OF,
    TOKEN,
    titled_pattern,
    with_modifiers,
)
from .person_records import PeopleResult, PersonRecord, fold_short_names
from .person_status import StatusReader
from .text import Mention, Sentence, overlaps, phrase_pattern


class PeopleFinder:
    """Finds people by the patterns around names; compiled once."""

    def __init__(
        self, lexicon: Lexicon, countries: CountryIndex, is_place: Callable[[str], bool] | None = None
    ) -> None:
        self._lexicon = lexicon
        self._countries = countries
        self._is_place = is_place or (lambda _name: False)
        particles = "|".join(sorted(lexicon.name_particles, key=len, reverse=True))
        more = rf"\s+(?:(?:{particles})[\s-])?{TOKEN}"
        name = rf"{TOKEN}(?:{more}){{0,3}}"
        self._name = re.compile(rf"(?<![\w-]){name}")
        kin = "|".join(sorted(lexicon.kinship, key=len, reverse=True))
        titles = phrase_pattern(lexicon.titles).pattern
        roles = "|".join(sorted(lexicon.roles, key=len, reverse=True))
        cues = phrase_pattern(lexicon.speech_cues).pattern
        self._titled = re.compile(titled_pattern(titles, name))
        # "sociologist Jane Doe", and "the group's founder, Jane Doe," with the name set off by commas
        self._roled = re.compile(
            rf"(?<![\w-])(?P<role>{roles}|(?-i:[A-Z])(?i:{roles}))s?(?:\s+|(?:,|{ROLE_OF})\s*(?=(?:{name}),))(?P<name>{name})"
        )
        self._speaker_before = re.compile(rf"(?<![\w-])(?P<name>{name}),?\s+(?:{cues})")
        self._speaker_after = re.compile(rf"\b(?:said|says|told|according to)\s+(?P<name>{name})")
        # "X, a shopkeeper", "X, 45, the army spokesman", "X, the victim's father", "X, head of the office",
        # "X, a 41-year-old ...", "X, who headed ...": only a person is aged or a "who"
        self._described = re.compile(
            rf"(?<![\w-])(?P<name>{name}),\s+(?:(?:aged\s+)?\d{{1,3}},\s+)?(?:(?:a|an|the|his|her|their)\s+"
            rf"(?:[\w'’-]+\s+){{0,6}}?(?:{roles}|{kin})\b|(?:{roles})\s+of\b|(?:a|an)\s+\d{{1,3}}-year-old\b|who\b)"
        )
        # "the government of Jane Doe", "rebels toppled Jane Doe": only a person is led, ruled or toppled
        self._object = re.compile(rf"\b(?:{PERSON_OBJECT_CUES})\s+(?:(?:{titles})\s+)?(?P<name>{name})")
        # "said Luka, a 22-year-old student", "said Rami, a teacher": a speaker with an age or a trade is a
        # person even by one name
        self._one_name_aged = re.compile(
            rf"\b(?:said|says|added)\s+(?P<name>{TOKEN}),\s+(?:a|an)\s+"
            rf"(?:\d{{1,3}}-year-old\b|(?:[a-z][\w'’-]*\s+){{0,2}}(?:{roles})\b)"
        )
        # "Moussa Diarra, 45, ...", "Ali Sow (45)": an age set off after the name
        self._aged = re.compile(
            rf"(?<![\w-])(?P<name>{name})(?:,\s+(?:aged\s+)?\d{{1,3}}\s*(?:,|\.|;|$)|\s+\(\d{{1,3}}\))"
        )
        # "her brother Ali Sow", "the victim's mother, Awa Diallo"
        self._kin = re.compile(
            rf"\b(?i:his|her|their|whose|my|our|the\s+[a-z]+[’']s)\s+(?:(?:late|elder|older|younger|eldest|youngest|"
            rf"twin)\s+)?(?:{kin})(?:\s+|,\s+)(?P<name>{name})"
        )
        # "Ali Sow's government"
        self._possessor = re.compile(rf"(?<![\w-])(?P<name>{name})[’']s\s+(?:{PERSONAL_POSSESSION})\b")
        # a common given name opening a capitalised sequence: "signed by Amina Bello"
        firsts = "|".join(sorted(map(re.escape, lexicon.first_names), key=len, reverse=True))
        self._given = re.compile(rf"(?<![\w'’-])(?P<name>(?:{firsts})(?:{more}){{1,3}})(?![\w'’-]|\s+{TOKEN})")
        self._appositive = re.compile(r"^,\s+(?:a|an|the)\s+(?P<roles>[^,.;:“”\"()]+)")
        self._led_by = re.compile(
            rf"\b(?:(?i:the|a|an|its|their)|[A-Z][\w-]*(?:’s|'s))\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)s?\s*,?\s+"
            rf"(?:(?:is|are|was|were)\s+)?led\s+by\s+(?:(?:{titles})\s+)?$"
        )
        self._role_words = re.compile(rf"\b(?:{roles})s?\b")
        self._statuses = StatusReader(lexicon)

    def find(self, sentences: list[Sentence], blocked: list[tuple[int, int]]) -> PeopleResult:
        """People in the story and all their mentions; blocked spans (organisations, countries) are never names."""
        records: dict[str, PersonRecord] = {}
        full: list[Mention] = []
        for sentence in sentences:
            if is_byline(sentence.text):
                continue  # "By Jane Doe": the reporter is no person of the story
            for mention, title, role, owner in self._candidates(sentence, blocked):
                name = mention.key
                record = records.get(name) or records.setdefault(name, PersonRecord(name, mention))
                full.append(mention)
                if title and not record.title:
                    record.title = title
                    record.state_title = self._lexicon.titles.get(title, False)
                if role:
                    record.roles.append(role)
                if owner and not record.country:
                    record.country = owner
        opens = lambda sentence, start, end: self._clean_name(sentence, start, end, blocked)[0] == start  # noqa: E731
        other = lambda name: self._is_place(name) or any(self._countries.lookup(w) for w in name.split())  # noqa: E731
        for mention in more_names(sentences, blocked, opens, other):
            records.setdefault(mention.key, PersonRecord(mention.key, mention))
            full.append(mention)
        for name in [n for n, r in records.items() if not r.title and place_named(sentences, n)]:
            del records[name]  # "the Abu Shouk camp": the story says the name is a place's
        fold_short_names(records)
        for mention in self._coordinated(sentences, records, blocked):
            records.setdefault(mention.key, PersonRecord(mention.key, mention))
            full.append(mention)
        mentions = self._all_mentions(sentences, records, full, blocked)
        for mention in mentions:
            sentence = sentences[mention.sentence]
            record = records[mention.key]
            record.roles.extend(self._roles_after(sentence, mention))
            if record.status is None:
                record.status = self._statuses.status(sentence, mention)
            if mention.text != record.name and mention.text not in record.aliases and " " not in mention.text:
                record.aliases.append(mention.text)
        return PeopleResult(records, mentions)

    def _candidates(
        self, sentence: Sentence, blocked: list[tuple[int, int]]
    ) -> list[tuple[Mention, str | None, str | None, str | None]]:
        """(mention, title, role, country) for each name a pattern finds in the sentence."""
        out = []
        text = sentence.text
        for regex, kind in (
            (self._titled, "title"),
            (self._roled, "role"),
            (self._speaker_before, "speech"),
            (self._speaker_after, "speech"),
            (self._described, "speech"),
            (self._aged, "apposition"),
            (self._kin, "kin"),
            (self._possessor, "apposition"),
            (self._given, "given"),
            (self._object, "object"),
            (self._one_name_aged, "aged-speaker"),
        ):
            for match in regex.finditer(text):
                start, end = self._clean_name(sentence, match.start("name"), match.end("name"), blocked)
                if start is None:
                    continue
                words = text[start:end].split()
                if (
                    kind == "speech"
                    and re.search(r"\b(?:in|at|from|near|of)\s+$", text[:start])
                    and not PERSON_OF.search(text[:start])
                ):
                    continue  # "a leader in North Kivu, adding that ...": a place before the cue, not a speaker
                if kind not in ("title", "aged-speaker") and len(words) < 2:
                    continue  # a lone capitalised word is a name only after a title
                if kind != "title" and PLACE_NOUN_AFTER.match(text[end:]):
                    continue  # "the Abu Shouk displacement camp": a name before a place noun names a place
                if kind not in ("title", "role", "aged-speaker") and self._is_place(text[start:end]):
                    continue  # "North Kivu, the army spokesman said": a place set off by a comma
                mention = Mention(
                    sentence.start + start,
                    sentence.start + end,
                    text[start:end],
                    text[start:end],
                    "person",
                    sentence.index,
                )
                before = text[: match.start()]
                owner = owner_country(self._countries, before)
                role = None
                if kind == "role":
                    role = with_modifiers(before, match.group("role").lower())
                led = self._led_by.search(text[: match.start("name") if kind != "title" else match.start()])
                if led:
                    role = f"{led.group('noun')} leader"
                out.append((mention, match.group("title") if kind == "title" else None, role, owner))
        return out

    def _coordinated(
        self, sentences: list[Sentence], records: dict[str, PersonRecord], blocked: list[tuple[int, int]]
    ) -> list[Mention]:
        """Names listed with a known person ("Diarra and Keita were arrested", "Sow, Ba and Diop") are people too."""
        parts = {p for n in records for p in n.split()} - self._lexicon.name_particles
        found: list[Mention] = []
        for sentence in sentences:
            chains: list[list[re.Match[str]]] = []
            for match in self._name.finditer(sentence.text):
                last = chains[-1][-1] if chains else None
                if last and LIST_GAP.fullmatch(sentence.text[last.end() : match.start()]):
                    chains[-1].append(match)
                else:
                    chains.append([match])
            for chain in chains:
                texts = [m.group().removesuffix("’s").removesuffix("'s") for m in chain]
                known = [t for t in texts if t in records or t in parts]
                if len(chain) < 2 or not known:
                    continue
                single = all(" " not in t for t in known)  # a lone surname listed with surnames only
                for match, text in zip(chain, texts, strict=True):
                    if text in known:
                        continue
                    start, end = self._clean_name(sentence, match.start(), match.end(), blocked)
                    if start != match.start() or (" " not in text and not single) or self._is_place(text):
                        continue
                    name = sentence.text[start:end]
                    found.append(
                        Mention(sentence.start + start, sentence.start + end, name, name, "person", sentence.index)
                    )
        return found

    def _clean_name(
        self, sentence: Sentence, start: int, end: int, blocked: list[tuple[int, int]]
    ) -> tuple[int | None, int]:
        """Trim a name at the first word that cannot belong to one; None when nothing is left."""
        words = list(re.finditer(r"\S+", sentence.text[start:end]))
        while words and {words[0].group().lower(), words[0].group().lower().removesuffix("s")} & self._lexicon.roles:
            words = words[1:]  # "Analyst Omar Farouk said", "Presidents X and Y": a role opens it, it is no name
        while len(words) > 1 and words[0].group() in self._lexicon.non_name_words:
            if words[0].group() in OBLIQUE:
                return None, end  # "In North Kivu, ...", "By Ali Sow": a phrase opens here, not a name
            words = words[1:]  # "But Moussa Diarra, 45, ...": a sentence opener, not part of the name
        if not words:
            return None, end
        start += words[0].start()
        words = list(re.finditer(r"\S+", sentence.text[start:end]))
        keep = 0
        for word in words:
            w = word.group()
            absolute = (sentence.start + start + word.start(), sentence.start + start + word.end())
            bad = (
                w in self._lexicon.non_name_words
                or w in self._lexicon.titles
                or w in self._lexicon.org_heads
                or w in CALENDAR_WORDS
                or self._countries.country_word(w.removesuffix("’s").removesuffix("'s"), keep == 0 < len(words) - 1)
                or overlaps(*absolute, blocked)
            )
            if bad:
                break
            keep += 1
            if w.endswith(("’s", "'s")):
                break  # "Jane Doe's Vente party": the name ends at its possessive
        if keep == 0:
            return None, end
        last = words[keep - 1]
        end = start + last.end()
        if sentence.text[start:end].endswith(("’s", "'s")):
            end -= 2
        return start, end

    def _all_mentions(
        self,
        sentences: list[Sentence],
        records: dict[str, PersonRecord],
        full: list[Mention],
        blocked: list[tuple[int, int]],
    ) -> list[Mention]:
        """Full mentions plus short ones ("Goita") that stand for exactly one person."""
        short: dict[str, str] = {}
        for name in records:
            for part in name.split():
                owners = [n for n in records if part in n.split()]
                if len(owners) == 1 and part.lower() not in self._lexicon.name_particles:
                    short[part] = name
        mentions = [m for m in full if m.key in records]
        taken = [(m.start, m.end) for m in mentions] + list(blocked)
        if short:
            regex = re.compile(
                rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(short, key=len, reverse=True)))})(?![\w-])"
            )
            for sentence in sentences:
                for match in regex.finditer(sentence.text):
                    start, end = sentence.start + match.start(), sentence.start + match.end()
                    if not overlaps(start, end, taken):
                        mentions.append(
                            Mention(start, end, match.group(), short[match.group()], "person", sentence.index)
                        )
        return sorted(mentions, key=lambda m: m.start)

    def _roles_after(self, sentence: Sentence, mention: Mention) -> list[str]:
        """Roles from an apposition: 'X, a respected commander and former governor of ...'."""
        match = self._appositive.match(sentence.text[mention.end - sentence.start :])
        if not match or not self._role_words.search(match.group("roles")):
            return []
        parts = re.split(r"\s+and\s+(?:a\s+|an\s+|the\s+)?", match.group("roles").strip())
        return [p.strip() for p in parts if p.strip()]
