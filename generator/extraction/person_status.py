"""A person's status (detained, killed, appointed ...) where the sentence says it of them."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .text import Mention, Sentence, phrase_pattern


class StatusReader:
    """Reads what happened to a named person from the words around the name; patterns compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        statuses = phrase_pattern(lexicon.statuses).pattern
        nouns = phrase_pattern(lexicon.status_nouns).pattern
        self._status_after = re.compile(
            rf"^,?\s+(?:who\s+)?(?:was|were|has been|had been|is|is being|being)\s+(?:\w+\s+)?(?P<w>{statuses})"
        )
        self._status_before = re.compile(
            rf"(?:(?P<w>{statuses})\s+(?:\w+\s+){{0,2}}(?:is|are|was|were|include[sd]?)|(?P<v>{statuses})|(?P<n>{nouns})\s+of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}$",
            re.IGNORECASE,
        )

    def status(self, sentence: Sentence, mention: Mention) -> str | None:
        """What happened to the person, when the sentence says it of them."""
        after = sentence.text[mention.end - sentence.start :]
        before = sentence.text[: mention.start - sentence.start]
        match = self._status_after.match(after)
        if match:
            return self._lexicon.statuses[_norm(match.group("w"))]
        for title in self._lexicon.titles:
            if before.endswith(f"{title} "):
                before = before[: -len(title) - 1]
                break
        match = self._status_before.search(before)
        if match:
            if match.group("n"):
                return self._lexicon.status_nouns[match.group("n").lower()]
            return self._lexicon.statuses[_norm(match.group("w") or match.group("v")).lower()]
        return None


def _norm(text: str) -> str:
    """Collapse inner whitespace."""
    return " ".join(text.split())
