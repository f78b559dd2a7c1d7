"""Event typing: a plain category and its trigger mapped to PLOVER (type, mode) and ACLED (type, sub-type)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE "
    "COERCE ASSAULT".split()
)


@dataclass(frozen=True)
class EventType:
    """The typed reading of one category or trigger; None where no type fits."""

    plover: str | None = None
    plover_mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


class EventTyper:
    """Looks up the types of an event from its category and trigger (the data file event_types.yaml)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._categories = {str(k): _parse(f"categories.{k}", v) for k, v in data["categories"].items()}
        self._triggers = {
            " ".join(str(k).lower().split()): _parse(f"triggers.{k}", v) for k, v in data["triggers"].items()
        }

    def type_of(self, category: str, trigger: str = "") -> EventType:
        """A trigger's own types if it has them, else its category's."""
        found = self._triggers.get(" ".join(trigger.lower().split()))
        if found is not None:
            return found
        return self._categories.get(category, EventType())


def _parse(where: str, entry: dict[str, Any] | None) -> EventType:
    """One mapping entry; an unknown PLOVER type or a malformed ACLED pair raises ValueError naming the entry."""
    entry = entry or {}
    plover = entry.get("plover")
    if plover is not None and plover not in PLOVER_TYPES:
        raise ValueError(f"event_types.yaml {where}: unknown PLOVER type {plover!r}")
    acled = entry.get("acled") or [None, None]
    if len(acled) != 2:
        raise ValueError(f"event_types.yaml {where}: acled must be [event_type, sub_event_type], got {acled!r}")
    return EventType(plover, entry.get("mode"), acled[0], acled[1])
