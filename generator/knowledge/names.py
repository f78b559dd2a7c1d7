"""Names: folding, transliteration keys, slugs, and the union-find that groups mentions.

Two spellings are compared through keys, from strict to loose: the folded name
(case and accents ignored), the name without honorifics, and a transliteration
key ('Tchiani' and 'Tiani', 'Mohammed' and 'Mohamed' meet). Looser matches,
such as a surname shared by two people, are never merged: they are reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
HONORIFICS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "sir", "president", "minister", "prime", "interim", "transitional"),
        *("gen", "general", "col", "colonel", "capt", "captain", "lt", "lieutenant", "maj", "major"),
        *("brig", "brigadier", "cmdr", "commander", "sgt", "sergeant", "marshal", "field", "adm", "admiral"),
    }
)
"""Leading words dropped before comparing people's names: 'Col. Goita' meets 'Goita'."""
_TRANSLIT = (("tch", "t"), ("dj", "j"), ("kh", "k"), ("ph", "f"), ("sh", "s"), ("ou", "u"), ("oo", "u"), ("y", "i"))
"""French and English renderings of the same sounds, folded to one spelling."""
_RESERVED_SLUGS = frozenset({"index"})
"""`index.md` is each section's own page."""
_STOP_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "al", "el"})
"""Words an acronym skips: ECOWAS is the Economic Community of West African States."""


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: 'Goïta' and 'GOITA' both give 'goita'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", ascii_text.lower()).strip()


def slugify(text: str, fallback: str = "item") -> str:
    """URL-safe slug: 'Abass Dembélé' → 'abass-dembele'."""
    return fold(text).replace(" ", "-") or fallback


def name_key(name: str, drop: Iterable[str] | None = None) -> str:
    """Folded name without a leading 'the' and, for people (`drop` given), honorifics and their title."""
    words = fold(name).split()
    dropped = set() if drop is None else HONORIFICS | {w for word in drop for w in fold(word).split()}
    while len(words) > 1 and (words[0] in dropped or words[0] == "the"):
        words = words[1:]
    return " ".join(words)


def translit(word: str) -> str:
    """A looser spelling of one folded word: shared transliterations, no inner 'h', no doubled letters."""
    for old, new in _TRANSLIT:
        word = word.replace(old, new)
    word = word[:1] + word[1:].replace("h", "")
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def translit_key(key: str) -> str:
    """The transliteration key of a folded name: each word loosened."""
    return " ".join(translit(word) for word in key.split())


def acronym(key: str) -> str:
    """Initials of a folded name's significant words ('' for one word): 'economic community of ...' → 'ecowas'."""
    words = [w for w in key.split() if w not in _STOP_WORDS]
    return "".join(w[0] for w in words) if len(words) > 2 else ""


def unique_slugs(bases: Sequence[str]) -> list[str]:
    """Slugs made unique by numbering repeats in the given (already sorted) order."""
    seen: Counter[str] = Counter(_RESERVED_SLUGS)
    result = []
    for base in bases:
        seen[base] += 1
        result.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return result


def display_name(names: Sequence[str]) -> str:
    """The fullest spelling without an honorific, then the most frequent, then the first alphabetically."""
    counts = Counter(names)
    return min(counts, key=lambda n: (name_key(n, ()) != fold(n), -len(n.split()), -counts[n], n))


def sorted_set(values: Iterable[str | None]) -> tuple[str, ...]:
    """Distinct non-empty values, sorted."""
    return tuple(sorted({v for v in values if v}))


class Groups:
    """Union-find over name keys: mentions sharing any key end up in one group, unless a rule keeps them apart."""

    def __init__(self, apart: Iterable[tuple[str, str]] = ()) -> None:
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        self._apart = [(a, b) for a, b in apart if a != b]
        """Pairs of keys a review said are different entities: no union may bring them together."""

    def find(self, key: str) -> str:
        if key not in self._parent:
            self._parent[key] = key
            self._members[key] = {key}
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def union(self, keys: Iterable[str]) -> bool:
        """Put the keys in one group; False (and nothing done) when a 'different' rule forbids it."""
        roots = sorted({self.find(key) for key in keys})
        merged = set().union(*(self._members[root] for root in roots)) if roots else set()
        if any(a in merged and b in merged for a, b in self._apart):
            return False
        for root in roots[1:]:
            self._parent[root] = roots[0]
            self._members[roots[0]] |= self._members.pop(root)
        return True

    def together(self, a: str, b: str) -> bool:
        """Whether two keys already share a group."""
        return self.find(a) == self.find(b)

    def groups(self) -> dict[str, set[str]]:
        result: dict[str, set[str]] = defaultdict(set)
        for key in list(self._parent):
            result[self.find(key)].add(key)
        return result
