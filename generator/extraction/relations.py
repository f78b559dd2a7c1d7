"""Relations between countries and organisations: distancing, colonial past, military ties, succession, exits,
sanctions and alliances. Patterns run on the sentence with each named entity replaced by a placeholder."""

from __future__ import annotations

import re

from ..factsheet import Relation
from .text import Mention, Sentence

_E = r"⟨\d+⟩"
_LIST = rf"{_E}(?:\s*,\s*{_E})*(?:,?\s+and\s+{_E})?"
_POSS = r"(?:’s|'s)"
_HAVE = r"(?:(?:has|have|had|will)\s+)?(?:(?:formally|officially|effectively|also)\s+)?"

# (kind, pattern): groups src/tgt hold one placeholder, srcs a list; a missing src is the sentence's subject.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in [
        (
            "former-colonial-ruler",
            rf"(?:(?P<src>{_E}){_POSS}\s+|(?:its|their)\s+)former\s+colonial\s+(?:ruler|power|master)\s*,?\s*(?P<tgt>{_E})",
        ),
        (
            "former-colonial-ruler",
            rf"(?P<tgt>{_E}),\s+(?:(?P<src>{_E}){_POSS}|its|their|the)\s+former\s+colonial\s+(?:ruler|power|master)",
        ),
        (
            "distancing",
            rf"distanc\w*\s+(?:(?:itself|themselves)\s+)?(?P<src>{_E})?\s*from\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<tgt>{_E})",
        ),
        (
            "distancing",
            rf"(?:turned\s+away|broke\s+away|pivoted\s+away)\s+from\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<tgt>{_E})",
        ),
        (
            "distancing",
            rf"(?:cut|severed|broke\s+off)\s+(?:(?:diplomatic|military|all)\s+)?(?:ties|relations)\s+with\s+(?P<tgt>{_E})",
        ),
        (
            "military-cooperation",
            rf"(?:military|security|defen[cs]e)\s+(?:ties|cooperation|partnership|pact|agreement|deal|links|support)\s+(?:with|from)\s+(?P<tgt>{_E})",
        ),
        (
            "military-cooperation",
            rf"(?P<src>{_E})\s+and\s+(?P<tgt>{_E})\s+{_HAVE}signed\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:military|defen[cs]e|security)",
        ),
        (
            "successor",
            rf"(?P<src>{_E}),?\s+now\s+(?:operating\s+|known\s+|rebranded\s+|reorgani[sz]ed\s+)?(?:under\s+the\s+(?:banner|name|flag|umbrella)\s+of|as)\s+(?P<tgt>{_E})",
        ),
        ("successor", rf"(?P<tgt>{_E}),?\s+(?:the\s+|its\s+)?successor\s+(?:to|of)\s+(?P<src>{_E})"),
        (
            "successor",
            rf"(?P<src>{_E})\s+(?:was|has\s+been|had\s+been)\s+(?:renamed|rebranded|replaced\s+by|absorbed\s+into|folded\s+into)\s+(?P<tgt>{_E})",
        ),
        ("successor", rf"(?P<tgt>{_E}),?\s+which\s+(?:replaced|succeeded|took\s+over\s+from)\s+(?P<src>{_E})"),
        (
            "withdrawal",
            rf"(?P<srcs>{_LIST})\s+{_HAVE}(?:(?:were|was|are|is)\s+)?(?:withdr[ae]wn?\s+from|withdrawing\s+from|quit|quitting|left|leaving|pulled\s+out\s+of|pulling\s+out\s+of|exited|announced\s+(?:its|their)\s+(?:withdrawal|exit|departure)\s+from)\s+(?:the\s+)?(?P<tgt>{_E})",
        ),
        ("withdrawal", rf"(?P<srcs>{_LIST}){_POSS}\s+(?:exit|withdrawal|departure)\s+from\s+(?:the\s+)?(?P<tgt>{_E})"),
        ("withdrawal", rf"(?:exit|withdrawal|departure)\s+of\s+(?P<srcs>{_LIST})\s+from\s+(?:the\s+)?(?P<tgt>{_E})"),
        (
            "sanctions",
            rf"(?P<src>{_E})\s+{_HAVE}(?:imposed|slapped|announced|approved|adopted)\s+(?:[\w-]+\s+){{0,3}}?sanctions\s+(?:on|against)\s+(?P<tgt>{_E})",
        ),
        ("sanctions", rf"sanctions\s+(?:imposed\s+)?by\s+(?P<src>{_E})\s+(?:on|against)\s+(?P<tgt>{_E})"),
        ("sanctions", rf"(?P<src>{_E}){_POSS}\s+sanctions\s+(?:on|against)\s+(?P<tgt>{_E})"),
        ("sanctions", rf"(?P<src>{_E})\s+{_HAVE}sanctioned\s+(?P<tgt>{_E})"),
        (
            "alliance",
            rf"(?P<srcs>{_LIST})\s+{_HAVE}(?:formed|created|launched|set\s+up|established|signed)\s+(?:[\w-]+\s+){{0,4}}?(?:alliance|pact|confederation|federation)",
        ),
        ("alliance", rf"alliance\s+(?:between|of)\s+(?P<srcs>{_LIST})"),
        (
            "member-of",
            rf"(?P<srcs>{_LIST})\s+{_HAVE}(?:joined|became\s+(?:a\s+)?members?\s+of)\s+(?:the\s+)?(?P<tgt>{_E})",
        ),
    ]
]
_SYMMETRIC = frozenset({"alliance"})


def find_relations(sentences: list[Sentence], entities: list[Mention]) -> list[Relation]:
    """Relations in text order, each once; `entities` are country and named-organisation mentions keyed by name."""
    relations: dict[tuple[str, str, str], Relation] = {}
    for sentence in sentences:
        mentions = sorted((m for m in entities if m.sentence == sentence.index), key=lambda m: m.start)
        if len(mentions) < 2:
            continue
        masked = _mask(sentence, mentions)
        subject: str | None = None
        for kind, regex in _PATTERNS:
            for match in regex.finditer(masked):
                groups = match.groupdict()
                targets = [_key(groups["tgt"], mentions)] if groups.get("tgt") else []
                if groups.get("srcs"):
                    sources = [_key(p, mentions) for p in re.findall(_E, groups["srcs"])]
                elif groups.get("src"):
                    sources = [_key(groups["src"], mentions)]
                else:
                    found = subject or _subject(masked, match.start(), mentions, targets)
                    sources = [found] if found else []
                if kind in _SYMMETRIC and not targets:
                    pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1 :]]
                else:
                    pairs = [(s, t) for s in sources for t in targets]
                for source, target in pairs:
                    if source and target and source != target:
                        relations.setdefault((source, target, kind), Relation(source, target, kind, sentence.evidence))
                        subject = subject or source
    return sorted(relations.values(), key=lambda r: (r.evidence.start or 0, r.kind, r.source, r.target))


def _mask(sentence: Sentence, mentions: list[Mention]) -> str:
    """The sentence with each mention replaced by ⟨i⟩ (i its index in `mentions`)."""
    out, cursor = [], sentence.start
    for i, mention in enumerate(mentions):
        if mention.start < cursor:
            continue
        out.append(sentence.text[cursor - sentence.start : mention.start - sentence.start])
        out.append(f"⟨{i}⟩")
        cursor = mention.end
    out.append(sentence.text[cursor - sentence.start :])
    return "".join(out)


def _key(placeholder: str, mentions: list[Mention]) -> str:
    """The name behind a placeholder."""
    return mentions[int(placeholder.strip("⟨⟩"))].key


def _subject(masked: str, before: int, mentions: list[Mention], exclude: list[str]) -> str | None:
    """The first entity of the sentence before a cue, as the relation's source when the pattern names none."""
    for placeholder in re.finditer(_E, masked[:before]):
        key = _key(placeholder.group(), mentions)
        if key not in exclude:
            return key
    return None
