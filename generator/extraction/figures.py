"""Figures: counts, ranges, percentages, number words and vague quantities, with what they count."""

from __future__ import annotations

import re

from ..factsheet import Evidence, Figure
from .lexicon import Lexicon
from .text import Sentence, overlaps

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_QUALIFIER = (
    r"(?:(?i:about|some|at least|at most|more than|less than|fewer than|nearly|around|over|up to|almost|"
    r"roughly|approximately|an estimated)\s+)?"
)
# Words that end what a figure counts: function words, auxiliaries, prepositions.
_STOP = re.compile(
    r"a|an|the|and|or|but|of|in|on|at|to|from|by|with|for|as|that|which|who|whom|whose|this|these|those|is|are|was|"
    r"were|be|been|being|has|have|had|do|did|does|will|would|could|should|may|might|can|said|says|told|its|their|"
    r"his|her|our|them|they|he|she|it|after|before|since|during|over|under|into|across|against|than|per|more|less|most|another|other|others|such"
)


# A capitalised word, then a lower-case plural noun: "French soldiers", "Kyrgyz shepherds", "Rohingya refugees".
# also "CFA francs", "UN troops", and a name of several words: "350 Islamic State fighters"
_DEMONYM_BEFORE_NOUN = re.compile(r"(?:[A-Z][A-Za-z]+\s+){1,3}[a-z][a-z-]*[^s]s\b")
# A capitalised plural that is itself what is counted: "six Americans", "120,000 Burundians", "Israelis".
_PLURAL_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is)\b")
# "a mother of four": the number counts her children.
_PARENT_OF = re.compile(r"\b(?:mother|father|parent)\s+of\s+$")
# "seven were wounded", "more than 2,000 reported missing": a number that is the subject of what happened.
_SUBJECT_OF = re.compile(r"\s+(?:(?:have|has|had|were|was|are|is)\s+(?:also\s+)?(?:been\s+)?|reported\s+)([a-z]+)\b")
# A determiner that makes a number word a reference back: "the two governments", "these three men".
_DEFINITE_BEFORE = re.compile(r"(?<!\bof\s)\b(?i:the|these|those)\s+$")  # "three of the five centres" counts
# "34 were women", "12 are children": the number is a count of the plural noun that closes the clause
_WERE_NOUN = re.compile(r"\s+(?:were|are)\s+(?P<noun>[a-z]*(?:men|children|people)|[a-z]+s)\s*[,.;]")
_CURRENCIES = {"$": "US dollars", "€": "euros", "£": "pounds"}
# Partitives: "three of the attackers", "1.8 million of them".
# "56 of the country's 330 townships", "14 of 17 districts": a total, or the owner of the whole, comes first
_PARTITIVE = re.compile(r"\s+of\s+(?:(?P<pronoun>them|whom)\b|the\s+(?:[\w-]+['’]s\s+)?|(?=\d))")


class FigureFinder:
    """Finds figures in a sentence; number words come from the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        numbers = lexicon.numbers
        self._words: dict[str, int] = {**numbers["units"], **numbers["tens"]}
        self._scales: dict[str, int] = numbers["scales"]
        self._weak = frozenset(numbers["weak"])
        self._not_counts = frozenset(numbers["not_counts"])
        self._units = frozenset(numbers["compound_units"])
        self._count_verbs = frozenset(numbers["count_verbs"])
        self._casualty = frozenset(numbers.get("casualty_words") or ())
        self._vague_numbers: dict[str, int] = numbers.get("vague_numbers") or {}
        self._fractions: dict[str, float] = numbers.get("fractions") or {}
        self._demonym_plurals = frozenset(numbers.get("demonym_plurals") or ())
        nouns = "|".join(numbers.get("age_nouns") or ())
        # A number in commas after a name ("Iryna Bondar, 58,"), a person noun ("the boy, 16,") or "aged" is an age.
        self._age_before = re.compile(rf"(?:\b[A-Z][\w'’-]+,\s+|\b(?:{nouns}),\s+|\baged\s+)$")
        word = "|".join(sorted(self._words, key=len, reverse=True))
        scale = "|".join(sorted(self._scales, key=len, reverse=True))
        number = rf"(?:{_DIGITS}|(?:{word})(?:[- ](?:{word}))?)(?:\s+(?:{scale})\b)?"
        vague = "|".join(re.escape(v) for v in sorted(numbers["vague"], key=len, reverse=True))
        cur = r"(?P<cur>[$€£])?"  # a money range: "between $20 million and $30 million", "$250 billion to $400 billion"
        self._range = re.compile(
            rf"(?i:between)\s+{cur}(?P<a>{number})\s+and\s+[$€£]?(?P<b>{number})"
            rf"|(?i:from)\s+(?P<c>{number})\s+to\s+(?P<d>{number})"
            rf"|(?P<cur2>[$€£])?(?P<e>{_DIGITS}(?:\s+(?:{scale})\b)?)\s*(?:-|–|to)\s*[$€£]?(?P<f>{_DIGITS}(?:\s+(?:{scale})\b)?)(?!\s*%)"
            rf"|\b(?P<g>(?i:{word}))\s+(?:to|or)\s+(?P<h>(?i:{word}))\b"  # "three to four frigates", "two or three"
        )
        self._percent = re.compile(rf"(?P<n>{_DIGITS})\s*(?:%|percent\b|per cent\b)")
        self._vague = re.compile(rf"{_QUALIFIER}(?P<v>(?i:{vague}))(?=\s+of\s+|\s+[a-z])")
        fraction = "|".join(re.escape(f) for f in sorted(self._fractions, key=len, reverse=True))
        self._fraction = re.compile(rf"(?P<q>{_QUALIFIER[:-1]}|\bby\s+)?\b(?P<f>(?i:{fraction}))\b")
        self._half_scale = re.compile(rf"{_QUALIFIER}\b(?i:half)\s+an?\s+(?P<scale>{scale})\b")
        self._compound = re.compile(rf"(?P<n>{_DIGITS}|(?i:{word}))-(?P<unit>[a-z]+)\b")
        self._money = re.compile(rf"(?P<cur>[$€£])\s?(?P<n>{_DIGITS})(?:\s*(?P<scale>{scale})\b)?")
        self._plain = re.compile(
            rf"{_QUALIFIER}(?P<n>{_DIGITS}|(?i:{word})(?:-(?i:{word}))?)(?:\s+(?P<scale>{scale})\b)?"
        )

    def find(self, sentence: Sentence, blocked: list[tuple[int, int]]) -> list[Figure]:
        """Figures in one sentence; blocked spans (dates, names) are skipped."""
        text = sentence.text
        taken = [(s - sentence.start, e - sentence.start) for s, e in blocked]
        found: list[tuple[int, Figure]] = []

        def add(start: int, end: int, figure: Figure | None) -> None:
            if figure and figure.counts and not overlaps(start, end, taken):
                taken.append((start, end))
                found.append((start, figure))

        evidence = sentence.evidence
        for m in self._range.finditer(text):
            low, high = next((m[a], m[b]) for a, b in ("ab", "cd", "ef", "gh") if m[a])
            lo, hi = self._number(low), self._number(high)
            if lo is not None and hi is not None and lo < hi:
                currency = m["cur"] or m["cur2"]
                counts = self._counts(text, m.end()) or (_CURRENCIES[currency] if currency else "")
                add(m.start(), m.end(), Figure(counts, evidence, m.group(), None, lo, hi))
        for m in self._money.finditer(text):
            value = self._number(m["n"] + (f" {m['scale']}" if m["scale"] else ""))
            counts = self._counts(text, m.end()) or _CURRENCIES[m["cur"]]
            add(m.start(), m.end(), Figure(counts, evidence, m.group(), value))
        for m in self._percent.finditer(text):
            counts = self._counts(text, m.end()) or self._share_of(text, m)
            add(m.start(), m.end(), Figure(counts, evidence, m.group(), float(m["n"].replace(",", ""))))
        for m in self._compound.finditer(text):
            unit = m["unit"].lower()
            if unit in self._units:
                tail = self._counts(text, m.end())
                if unit == "strong":
                    counts = tail  # "a 300-strong force" counts the force's members
                else:
                    counts = f"{'men' if unit == 'man' else unit + 's'} of {tail}" if tail else f"{unit}s"
                add(m.start(), m.end(), Figure(counts, evidence, m.group(), self._number(m["n"])))
        for m in self._half_scale.finditer(text):
            add(
                m.start(),
                m.end(),
                Figure(self._counts(text, m.end()), evidence, m.group(), self._scales[m["scale"]] / 2),
            )
        for m in self._vague.finditer(text):
            rest = text[m.end() :]
            start = m.end() + (len(rest) - len(rest.lstrip()))
            if of := re.match(r"of\s+(?:the\s+)?", text[start:]):
                start += of.end()  # "dozens of homes", "about a dozen of the detainees"
            number: float | None = self._vague_numbers.get(m["v"].lower())
            counts = self._counts(text, start) or self._what_happened(text[: m.start()], text[m.end() :])
            add(m.start(), m.end(), Figure(counts, evidence, m.group(), number))
        for m in self._fraction.finditer(text):
            add(m.start(), m.end(), self._share(text, m, evidence))
        for m in self._plain.finditer(text):
            measured = m["scale"] or re.match(r"\s+(?:percent|per\s+cent)\b", text[m.end() :])  # "one million"
            if m["n"].lower() in self._weak and not measured and not self._casualty_near(text, m):
                continue  # "one of the most significant", "one official warned": no count; "one man died" is one
            if _DEFINITE_BEFORE.search(text[: m.start()]) and not m["n"][:1].isdigit():
                continue  # "the two governments", "both sides": a reference back, not a count
            if re.search(r"[\w$€£.]$", text[: m.start("n")]) or re.match(r"[\w%-]", text[m.end() :]):
                continue  # inside a name ("G5", "M23") or a compound handled above
            number = self._number(m["n"] + (f" {m['scale']}" if m["scale"] else ""))
            counts = self._counts(text, m.end()) or self._counts_around(text, m, found)
            if not counts and re.match(r"[,.;]|$|\s+(?:in|across|from|since|over)\b", text[m.end() :]):
                verb = re.search(r"\b([a-z]+)\s+(?:some\s+|about\s+|nearly\s+|over\s+)?$", text[: m.start()])
                if verb and verb.group(1) in self._count_verbs:
                    counts = verb.group(1)  # "displaced 12 million."
            add(m.start(), m.end(), Figure(counts, evidence, m.group(), number))
        return [figure for _, figure in sorted(found, key=lambda item: item[0])]

    def _counts_around(self, text: str, m: re.Match[str], found: list[tuple[int, Figure]]) -> str:
        """What a number with no noun after it counts, from the words around it (empty when unclear)."""
        before, after = text[: m.start()], text[m.end() :]
        word = re.match(r"\s+([a-z]+)", after)
        if word and word.group(1) in self._casualty:
            return word.group(1)  # "three killed and 12 injured"
        if self._age_before.search(before) and re.match(r"[,.;)]", after):
            return "age"  # "Iryna Bondar, 58, who lives ...", "the boy, 16,", "aged 83."
        if _PARENT_OF.search(before):
            return "children"  # "a mother of four who ..."
        if more := re.match(r"\s+(?:more|other|further|additional)\s+", after):
            return self._counts(text, m.end() + more.end())  # "two more years", "three other soldiers"
        if happened := self._what_happened(before, after):
            return happened
        if (kind := _WERE_NOUN.match(after)) and not re.search(r"(?:ed|ing)$", kind["noun"]):
            return kind["noun"]  # "At least 34 were women."
        partitive = _PARTITIVE.match(after)
        if partitive and partitive["pronoun"]:
            earlier = [figure for start, figure in found if start < m.start()]
            return earlier[-1].counts if earlier else ""  # "37 people ..., 29 of them": the people again
        if partitive and m["n"].lower() not in self._weak:
            start = m.end() + partitive.end()
            total = re.match(r"([\w,]+)\s+", text[start:])  # "two of the four clinics": the clinics
            if total and (total.group(1).lower() in self._words or total.group(1)[:1].isdigit()):
                start += total.end()
            return self._counts(text, start)  # "three of the attackers"
        demonym = re.match(r"\s+(?:(?P<adjective>[a-z]+)\s+)?(?P<people>[A-Z][a-z]+)\b", after)
        if demonym and demonym["adjective"] and _STOP.fullmatch(demonym["adjective"]):
            demonym = None  # "killed 12 in Tunis": a place after a preposition
        if demonym and (_PLURAL_DEMONYM.fullmatch(demonym["people"]) or demonym["people"] in self._demonym_plurals):
            return after[: demonym.end()].strip()  # "six Americans", "about 30 armed Serbs"
        return ""

    def _casualty_near(self, text: str, m: re.Match[str]) -> bool:
        """Whether a casualty verb goes with a weak number ("killing one officer", "one man died of his injuries")."""
        before = re.search(r"\b([a-z]+)\s+$", text[: m.start()])
        if before and (
            before.group(1) in self._casualty or f"{before.group(1).removesuffix('ing')}ed" in self._casualty
        ):
            return True
        after = re.match(r"(?:\s+[a-z]+){1,2}?\s+(?:was\s+|were\s+|ha[sd]\s+been\s+)?([a-z]+)", text[m.end() :])
        return bool(after and (after.group(1) in self._casualty or after.group(1) == "died"))

    def _what_happened(self, before: str, after: str) -> str:
        """A casualty word for a number with no noun: "seven were wounded", "injuring dozens more"."""
        subject = _SUBJECT_OF.match(after)
        if subject and subject.group(1) in self._casualty:
            return subject.group(1)
        verb = re.search(r"\b([a-z]+)ing\s+$", before)
        if verb and re.match(r"\s+more\b|[,.;]", after) and f"{verb.group(1)}ed" in self._casualty:
            return f"{verb.group(1)}ed"
        return ""

    def _share(self, text: str, m: re.Match[str], evidence: Evidence) -> Figure | None:
        """A fraction told as a share ("nearly half the population", "a third of the cases"), else None."""
        after = text[m.end() :]
        if re.match(r"\s+an?\s+|[\w-]|\s+(?:of\s+an?\s+)?(?:century|hour|mile)\b", after):
            return None  # "half a million" is a number; "half-brother" a word; "a quarter century" a time
        share = re.match(r"\s+(?:of\s+)?(?:the|all|its|their)\s+|\s+of\s+", after)
        if not m["q"] and (not share or re.search(r"\b(?:first|second|the|a|one|and)\s+$", text[: m.start()])):
            return None  # "a third term", "the first half of February"
        counts = (self._counts(text, m.end() + share.end()) if share else "") or "percent"
        value = re.sub(r"^by\s+", "", m.group(), flags=re.I)
        return Figure(counts, evidence, value, self._fractions[m["f"].lower()])

    def _share_of(self, text: str, m: re.Match[str]) -> str:
        """What a percentage is a share of: "15% of the uranium", "sanctions of up to 500%"; else plain "percent"."""
        after = re.match(r"\s+of\s+(?:the\s+|all\s+)?", text[m.end() :])
        if after and (counts := self._counts(text, m.end() + after.end())):
            return counts
        before = re.search(r"\b([a-z]+)\s+of\s+(?:[a-z]+\s+){0,2}$", text[: m.start()])
        if before and not _STOP.fullmatch(before.group(1)):
            return before.group(1)
        return "percent"

    def _number(self, text: str) -> float | None:
        """A written number as a float: '20', '1,500', 'twenty-five', '2.5 million'."""
        parts = text.lower().replace("-", " ").split()
        total = 0.0
        for part in parts:
            if re.fullmatch(_DIGITS, part):
                total += float(part.replace(",", ""))
            elif part in self._words:
                total += self._words[part]
            elif part in self._scales:
                total = (total or 1) * self._scales[part]
            else:
                return None
        return total

    def _counts(self, text: str, start: int) -> str:
        """What a figure counts: up to three lower-case words after it, ending at a plural noun or function word."""
        words: list[str] = []
        for match in re.finditer(r"\S+", text[start:]):
            raw = match.group()
            word = raw.strip(',.;:!?”"’)')
            if not words and (named := _DEMONYM_BEFORE_NOUN.match(text[start + match.start() :])):
                return named.group()  # "1,000 French soldiers": capitalised words before the plural noun counted
            if not re.fullmatch(r"[a-z][a-z-]*", word) or _STOP.fullmatch(word) or word in self._not_counts:
                break
            if words and re.search(r"(?:ed|ing)$", word):
                break  # "soldiers killed": the participle says what happened, not what is counted
            words.append(word)
            if word != raw and len(words) == 1 and re.search(r"(?:ed|ing)$", word):
                return ""  # "France 24 reported": a verb, not a counted noun
            if word != raw or len(words) == 3 or (word.endswith("s") and not word.endswith("ss")):
                break
        if len(words) == 1 and re.search(r"(?:ed|ing)$", words[0]):
            return ""
        return " ".join(words)
