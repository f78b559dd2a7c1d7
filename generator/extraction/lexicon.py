"""The curated lexicons in generator/data, loaded once into one read-only object."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .trigger_forms import generated_forms, inflected_triggers

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class OrgEntry:
    """A well-known organisation from the lexicon."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True)
class Descriptive:
    """A way of describing a body the text does not name ("the ruling military junta")."""

    head: str
    kind: str
    modifiers: tuple[str, ...] = ()
    needs_determiner: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Every data file, parsed; the extractors read from here and never from disk."""

    titles: dict[str, bool]
    """Title -> whether it is a state office or military rank."""
    roles: frozenset[str]
    statuses: dict[str, str]
    status_nouns: dict[str, str]
    name_particles: frozenset[str]
    non_name_words: frozenset[str]
    first_names: frozenset[str]
    """Common given names: evidence for a name that stands with no title, role or speech verb."""
    kinship: frozenset[str]
    organizations: tuple[OrgEntry, ...]
    org_heads: dict[str, str]
    org_hyphen_suffixes: tuple[str, ...]
    """Words hyphened onto a known name that keep it a mention ("al-Qaeda-linked")."""
    acronym_not_names: frozenset[str]
    """Words that make a name spelled out before an acronym something else (organizations.yaml)."""
    single_word_orgs: dict[str, Any]
    """Contexts that make one capitalised word an organisation (organizations.yaml, single_word)."""
    descriptive: tuple[Descriptive, ...]
    media_cues: tuple[str, ...]
    media_words: frozenset[str]
    countries: dict[str, Any]
    places: dict[str, Any]
    triggers: dict[str, tuple[str, ...]]
    status_cues: dict[str, tuple[str, ...]]
    trigger_objects: dict[str, tuple[str, ...]]
    """Category -> categories whose trigger right after it is its object, no event ("ending its ... agreement")."""
    speech_cues: tuple[str, ...]
    phrase_cues: tuple[str, ...]
    unnamed_heads: frozenset[str]
    pronouns: frozenset[str]
    boilerplate_markers: tuple[str, ...]
    boilerplate_lines: tuple[str, ...]
    numbers: dict[str, Any]
    event_types: dict[str, Any]
    plover: dict[str, tuple[str, ...]]
    """PLOVER event type -> the modes its codebook defines (plover.yaml)."""
    inflected: frozenset[str] = frozenset()
    """Trigger forms generated from the listed ones (trigger_forms.py), not listed themselves."""


def load_lexicon(data_dir: Path = DATA_DIR) -> Lexicon:
    """Read and check every lexicon file; a malformed file raises ValueError naming it."""
    titles = _load(data_dir, "titles.yaml")
    orgs = _load(data_dir, "organizations.yaml")
    triggers = _load(data_dir, "triggers.yaml")
    speech = _load(data_dir, "speech.yaml")
    boiler = _load(data_dir, "boilerplate.yaml")
    inflected = inflected_triggers(triggers["categories"], triggers.get("uninflected") or ())
    return Lexicon(
        titles={str(t["title"]): bool(t.get("state", False)) for t in titles["titles"]},
        roles=frozenset(titles["roles"]),
        statuses={str(k): str(v) for k, v in titles["statuses"].items()},
        status_nouns={str(k): str(v) for k, v in titles["status_nouns"].items()},
        name_particles=frozenset(titles["name_particles"]),
        non_name_words=frozenset(titles["non_name_words"]),
        first_names=frozenset(_load(data_dir, "first_names.yaml")["first_names"]),
        kinship=frozenset(titles["kinship"]),
        organizations=tuple(
            OrgEntry(o["name"], o["kind"], tuple(o.get("aliases") or ()), o.get("country"))
            for o in orgs["organizations"]
        ),
        org_heads=dict(orgs["heads"]),
        org_hyphen_suffixes=tuple(str(w) for w in orgs.get("hyphen_suffixes") or ()),
        acronym_not_names=frozenset(str(w) for w in orgs.get("acronym_not_names") or ()),
        single_word_orgs=dict(orgs.get("single_word") or {}),
        descriptive=tuple(
            Descriptive(d["head"], d["kind"], tuple(d.get("modifiers") or ()), bool(d.get("needs_determiner")))
            for d in orgs["descriptive"]
        ),
        media_cues=tuple(orgs["media_cues"]),
        media_words=frozenset(orgs["media_words"]),
        countries=_load(data_dir, "countries.yaml"),
        places=_load(data_dir, "places.yaml"),
        triggers=inflected,
        status_cues={key: tuple(str(p) for p in cues) for key, cues in triggers["status"].items()},
        trigger_objects={str(k): tuple(str(c) for c in v) for k, v in (triggers.get("objects") or {}).items()},
        speech_cues=tuple(speech["cues"]),
        phrase_cues=tuple(speech["phrase_cues"]),
        unnamed_heads=frozenset(speech["unnamed_heads"]),
        pronouns=frozenset(speech["pronouns"]),
        boilerplate_markers=tuple(boiler["block_markers"]),
        boilerplate_lines=tuple(boiler["line_patterns"]),
        numbers=_load(data_dir, "numbers.yaml"),
        event_types=_load(data_dir, "event_types.yaml"),
        plover={str(k): tuple(str(m) for m in v or ()) for k, v in _load(data_dir, "plover.yaml")["types"].items()},
        inflected=generated_forms(triggers["categories"], inflected),
    )


def _load(data_dir: Path, name: str) -> dict[str, Any]:
    """One YAML mapping from the data folder."""
    path = data_dir / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ValueError(f"lexicon {path}: cannot load: {error}") from None
    if not isinstance(data, dict):
        raise ValueError(f"lexicon {path}: expected a mapping at the top, got {type(data).__name__}")
    return data
