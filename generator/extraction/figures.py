"""Figures: counts, ranges, percentages, number words and vague quantities, with what they count."""

from __future__ import annotations

import re

from ..factsheet import Figure
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


# A capitalised word, then a lower-case plural noun: "French soldiers", "Malian troops".
_DEMONYM_BEFORE_NOUN = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)\s+[a-z][a-z-]*s\b")
# A number in commas after a name ("Iryna Bondar, 58,") or after "aged" is an age.
_AGE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]+,\s+|\baged\s+)$")


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
        word = "|".join(sorted(self._words, key=len, reverse=True))
        scale = "|".join(sorted(self._scales, key=len, reverse=True))
        number = rf"(?:{_DIGITS}|(?:{word})(?:[- ](?:{word}))?)(?:\s+(?:{scale})\b)?"
        vague = "|".join(re.escape(v) for v in sorted(numbers["vague"], key=len, reverse=True))
        self._range = re.compile(
            rf"(?i:between)\s+(?P<a>{number})\s+and\s+(?P<b>{number})|(?i:from)\s+(?P<c>{number})\s+to\s+(?P<d>{number})"
            rf"|(?P<e>{_DIGITS})\s*(?:-|–|to)\s*(?P<f>{_DIGITS})(?!\s*%)"
        )
        self._percent = re.compile(rf"(?P<n>{_DIGITS})\s*(?:%|percent\b|per cent\b)")
        self._vague = re.compile(rf"(?i:{vague})(?=\s+of\s+|\s+[a-z])")
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
            low, high = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"]) if m["c"] else (m["e"], m["f"])
            lo, hi = self._number(low), self._number(high)
            if lo is not None and hi is not None and lo < hi:
                add(m.start(), m.end(), Figure(self._counts(text, m.end()), evidence, m.group(), None, lo, hi))
        for m in self._money.finditer(text):
            value = self._number(m["n"] + (f" {m['scale']}" if m["scale"] else ""))
            counts = self._counts(text, m.end()) or {"$": "US dollars", "€": "euros", "£": "pounds"}[m["cur"]]
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
        for m in self._vague.finditer(text):
            rest = text[m.end() :]
            start = m.end() + (len(rest) - len(rest.lstrip()))
            if text[start:].startswith("of "):
                start += 3
            add(m.start(), m.end(), Figure(self._counts(text, start), evidence, m.group()))
        for m in self._plain.finditer(text):
            if m["n"].lower() in self._weak and re.match(r"\s+of\b", text[m.end() :]):
                continue  # "one of the most significant": not a count
            if re.search(r"[\w$€£.]$", text[: m.start("n")]) or re.match(r"[\w%-]", text[m.end() :]):
                continue  # inside a name ("G5", "M23") or a compound handled above
            number = self._number(m["n"] + (f" {m['scale']}" if m["scale"] else ""))
            counts = self._counts(text, m.end())
            after = re.match(r"\s+([a-z]+)", text[m.end() :])
            if not counts and after and after.group(1) in self._casualty:
                counts = after.group(1)  # "three killed and 12 injured"
            elif not counts and _AGE_BEFORE.search(text[: m.start()]) and re.match(r"[,.;)]", text[m.end() :]):
                counts = "age"  # "Iryna Bondar, 58, who lives ...", "aged 83."
            if not counts and re.match(r"[,.;]|$|\s+(?:in|across|from|since|over)\b", text[m.end() :]):
                verb = re.search(r"\b([a-z]+)\s+(?:some\s+|about\s+|nearly\s+|over\s+)?$", text[: m.start()])
                if verb and verb.group(1) in self._count_verbs:
                    counts = verb.group(1)  # "displaced 12 million."
            add(m.start(), m.end(), Figure(counts, evidence, m.group(), number))
        return [figure for _, figure in sorted(found, key=lambda item: item[0])]

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
            if not words and _DEMONYM_BEFORE_NOUN.match(text[start + match.start() :]):
                words.append(word)  # "1,000 French soldiers": a capitalised adjective before the noun counted
                continue
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
