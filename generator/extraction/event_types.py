"""Event typing: a plain category and its trigger mapped to PLOVER (type, mode) and ACLED (type, sub-type)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EventType:
    """The typed reading of one category or trigger; None where no type fits."""

    plover: str | None = None
    plover_mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


class EventTyper:
    """Looks up the types of an event from its category and trigger (the data file event_types.yaml).

    `plover` is the ontology (plover.yaml): each type and the modes its codebook allows; an entry
    naming any other type or mode is refused when the typer is built.
    """

    def __init__(self, data: dict[str, Any], plover: Mapping[str, Sequence[str]]) -> None:
        self._categories = {str(k): _parse(f"categories.{k}", v, plover) for k, v in data["categories"].items()}
        self._triggers = {
            " ".join(str(k).lower().split()): _parse(f"triggers.{k}", v, plover) for k, v in data["triggers"].items()
        }

    def type_of(self, category: str, trigger: str = "") -> EventType:
        """A trigger's own types if it has them, else its category's."""
        found = self._triggers.get(" ".join(trigger.lower().split()))
        if found is not None:
            return found
        return self._categories.get(category, EventType())

    def all_types(self) -> list[EventType]:
        """Every typing the mapping holds, categories first (for checks and docs)."""
        return [*self._categories.values(), *self._triggers.values()]


def _parse(where: str, entry: dict[str, Any] | None, plover: Mapping[str, Sequence[str]]) -> EventType:
    """One mapping entry; an unknown PLOVER type or mode, or a malformed ACLED pair, raises ValueError naming it."""
    entry = entry or {}
    kind, mode = entry.get("plover"), entry.get("mode")
    if kind is not None and kind not in plover:
        raise ValueError(f"event_types.yaml {where}: unknown PLOVER type {kind!r}")
    if mode is not None and (kind is None or mode not in plover[kind]):
        allowed = ", ".join(plover.get(kind, ())) if kind else "none without a type"
        raise ValueError(f"event_types.yaml {where}: {mode!r} is no PLOVER mode of {kind}; expected one of: {allowed}")
    acled = entry.get("acled") or [None, None]
    if len(acled) != 2:
        raise ValueError(f"event_types.yaml {where}: acled must be [event_type, sub_event_type], got {acled!r}")
    return EventType(kind, mode, acled[0], acled[1])
