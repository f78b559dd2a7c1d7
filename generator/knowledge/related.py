"""Related events: for each event, the few others a reader should see next, found through indexes.

The ranking is KnowledgeBase.related_events' own: events sharing the most
actors or targets first, then those at the same place, then those in the same
country; closest in time, then by slug, within each. Scoring every other event
for every event grows with the square of the archive, so this index looks only
at the events that share a name or a place with it (posting lists), and walks
its countries' timelines outward from its date for the rest.

A name or place in more than 2 × NEAREST events (a head of state, a capital) is
looked at through the NEAREST events on either side of this one's date, not all
of them: among hundreds of events sharing one name, the nearest in time are the
ones the ranking would pick anyway, unless a far one shares two names. Below
that size the answer is exactly the full scan's.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from .event_entries import EventEntry

UNDATED = 10**6
"""The distance, in days, between an undated event and any other: after every dated one."""
NEAREST = 50
"""Events taken on either side of an event's date from a posting list longer than twice this."""


def _keys(event: EventEntry) -> set[tuple[str, str]]:
    """The actors and targets that have a page, as reference keys."""
    return {ref.key for ref in (*event.actors, *event.targets) if ref.slug}


def _place(event: EventEntry) -> tuple[str, str] | None:
    """The key of an event's place when it is smaller than a country."""
    return event.place.key if event.place and event.place.kind != "countries" else None


def distance(a: EventEntry, b: EventEntry) -> int:
    """Days between two events; undated ones count as far apart."""
    if not (a.when and b.when):
        return UNDATED
    return abs((a.when.span[0] - b.when.span[0]).days)


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


class _Postings:
    """The events sharing one name or place, in date order (undated last), for a window around a date."""

    def __init__(self, events: list[EventEntry]) -> None:
        self.events = sorted(events, key=lambda e: (_day(e), e.slug))
        self.days = [_day(e) for e in self.events]

    def near(self, event: EventEntry) -> list[EventEntry]:
        """All the events when there are few, else the NEAREST on either side of the event's date."""
        if len(self.events) <= 2 * NEAREST:
            return self.events
        i = bisect.bisect_left(self.days, _day(event))
        return self.events[max(0, i - NEAREST) : i + NEAREST]


def _day(event: EventEntry) -> int:
    """A sortable day: the first day of the event's date, or after every date when undated."""
    return event.when.span[0].toordinal() if event.when else 10**9


class RelatedIndex:
    """Answers 'which events relate to this one' in time proportional to the answer's neighbourhood."""

    def __init__(self, events: Sequence[EventEntry]) -> None:
        self.by_key: dict[tuple[str, str], list[EventEntry]] = defaultdict(list)
        self.by_place: dict[tuple[str, str], list[EventEntry]] = defaultdict(list)
        dated: dict[str, list[tuple[int, str, EventEntry]]] = defaultdict(list)
        undated: dict[str, list[tuple[str, EventEntry]]] = defaultdict(list)
        self.keys = {id(event): _keys(event) for event in events}
        for event in events:
            for key in self.keys[id(event)]:
                self.by_key[key].append(event)
            if event.place is not None:
                self.by_place[event.place.key].append(event)
            for code in set(event.countries):
                if event.when:
                    dated[code].append((event.when.span[0].toordinal(), event.slug, event))
                else:
                    undated[code].append((event.slug, event))
        self.dated = {code: sorted(items, key=lambda item: item[:2]) for code, items in dated.items()}
        self.days = {code: [item[0] for item in items] for code, items in self.dated.items()}
        self.undated = {code: sorted(items, key=lambda item: item[0]) for code, items in undated.items()}
        self.key_postings = {key: _Postings(items) for key, items in self.by_key.items()}
        self.place_postings = {key: _Postings(items) for key, items in self.by_place.items()}
        self.by_slug = {
            code: sorted([*((slug, e) for _, slug, e in dated.get(code, ())), *undated.get(code, ())], key=_first)
            for code in {*dated, *undated}
        }

    def related(self, event: EventEntry, limit: int = 8) -> list[EventEntry]:
        """Up to `limit` related events, best first."""
        mine = self.keys[id(event)]
        found: dict[int, EventEntry] = {}
        for key in mine:
            found.update((id(other), other) for other in self.key_postings[key].near(event))
        place = _place(event)
        if place:
            found.update((id(other), other) for other in self.place_postings[place].near(event))
        found.pop(id(event), None)
        scored = sorted(
            (
                (
                    -len(mine & self.keys[i]),
                    -(place is not None and other.place is not None and other.place.key == place),
                    distance(event, other),
                    other.slug,
                ),
                other,
            )
            for i, other in found.items()
        )
        result = [other for _, other in scored[:limit]]
        if len(result) < limit:  # only then can events that merely share a country make the list
            taken = {id(event), *found}
            result += self._nearest_in_countries(event, limit - len(result), taken)
        return result

    def _nearest_in_countries(self, event: EventEntry, count: int, taken: set[int]) -> list[EventEntry]:
        """The `count` events of the event's countries closest in time (then by slug), skipping `taken`."""
        candidates: dict[int, tuple[tuple[int, str], EventEntry]] = {}
        for code in set(event.countries):
            for key, other in self._walk(event, code, count, taken):
                candidates[id(other)] = (key, other)
        return [other for _, other in sorted(candidates.values(), key=lambda item: item[0])[:count]]

    def _walk(self, event: EventEntry, code: str, count: int, taken: set[int]):
        """One country's nearest events: at least `count` eligible ones, with every tie of the last kept."""
        found: list[tuple[tuple[int, str], EventEntry]] = []
        dated = self.dated.get(code, [])
        if event.when and dated:
            day = event.when.span[0].toordinal()
            days = self.days[code]
            right = bisect.bisect_left(days, day)
            left = right - 1
            limit_distance: int | None = None
            while left >= 0 or right < len(dated):
                # Take the closer side next; equal distances are all taken before the limit closes.
                go_left = right >= len(dated) or (left >= 0 and day - days[left] <= days[right] - day)
                index = left if go_left else right
                gap = abs(days[index] - day)
                if limit_distance is not None and gap > limit_distance:
                    break
                _, slug, other = dated[index]
                if id(other) not in taken:
                    found.append(((gap, slug), other))
                    if len(found) >= count and limit_distance is None:
                        limit_distance = gap
                if go_left:
                    left -= 1
                else:
                    right += 1
            if len(found) >= count:
                return found
            rest = self.undated.get(code, [])
        else:
            rest = self.by_slug.get(code, [])  # an undated event is equally far from every other
        for slug, other in rest:  # all at the same distance, so in slug order
            if len(found) >= count:
                break
            if id(other) not in taken:
                found.append(((UNDATED, slug), other))
        return found
