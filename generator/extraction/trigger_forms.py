"""Inflected forms of verb triggers, generated from the lexicon's listed forms with lemminflect.

triggers.yaml lists a verb in the forms its authors met ("apprehended"); the other forms ("apprehends",
"apprehending", "apprehend") tell the same act. A multi-word trigger inflects its verb head ("seized power" ->
"seizes power"). A generated word that is also a noun or adjective ("march", "close", "names") is left out: a
trigger word is matched without parts of speech, and those readings would tell no act.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import lemminflect

# heads that only auxiliaries or copulas are ("was shot", "have agreed"): their other forms change nothing told
_AUXILIARIES = frozenset({"be", "have", "do"})


def inflected_triggers(
    categories: Mapping[str, Iterable[str]], uninflected: Iterable[str] = ()
) -> dict[str, tuple[str, ...]]:
    """Each category's listed triggers, followed by the other forms of their verb heads not listed anywhere.

    `uninflected` names listed triggers (or their verbs) whose other forms tell no act of the category ("talks"
    -> "talking to reporters").
    """
    listed = {cat: tuple(str(p) for p in phrases) for cat, phrases in categories.items()}
    seen = {_key(p) for phrases in listed.values() for p in phrases}
    skip = frozenset(w.lower() for w in uninflected)
    result: dict[str, tuple[str, ...]] = {}
    for cat, phrases in listed.items():
        added: list[str] = []
        for phrase in phrases:
            for form in _forms(_key(phrase), skip):
                if form not in seen:
                    seen.add(form)
                    added.append(form)
        result[cat] = (*phrases, *added)
    return result


def generated_forms(categories: Mapping[str, Iterable[str]], inflected: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The trigger forms `inflected_triggers` added to the listed ones."""
    listed = {_key(p) for phrases in categories.values() for p in phrases}
    return frozenset(_key(p) for phrases in inflected.values() for p in phrases) - listed


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _forms(phrase: str, skip: frozenset[str]) -> list[str]:
    """The other forms of a phrase's verb head, the rest of the phrase kept ("seized power" -> "seizing power")."""
    head, *rest = phrase.split()
    lemma = _verb_lemma(head)
    if lemma is None or lemma in _AUXILIARIES or skip & {phrase, head, lemma}:
        return []
    if rest and head == lemma and _other_readings(head):
        return []  # "air strike", "tear gas": a noun heads the phrase, no verb
    # the bare form is kept too: after "to" or a modal ("calls on X to suspend") the status cues mark it asked
    # for or supposed, and it tells acts in the present ("they suspend")
    inflections = lemminflect.getAllInflections(lemma, upos="VERB")
    forms = sorted({f for fs in inflections.values() for f in fs})
    # a lone word read as a noun or adjective too ("march", "close") would match where it tells no act
    return [" ".join((f, *rest)) for f in forms if f != head and (rest or not _other_readings(f))]


@lru_cache(maxsize=4096)
def _verb_lemma(word: str) -> str | None:
    lemmas = lemminflect.getAllLemmas(word).get("VERB")
    return str(lemmas[0]) if lemmas else None


@lru_cache(maxsize=4096)
def _other_readings(word: str) -> bool:
    """Whether a word is also read as something other than a verb (a noun, an adjective, an adverb)."""
    return any(upos != "VERB" for upos in lemminflect.getAllLemmas(word))
