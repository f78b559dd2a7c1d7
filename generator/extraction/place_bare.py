"""A known region or sizeable town of the story's country, named with no cue around it.

News names the story's own regions and big towns bare once the reader knows where the story is ("famine in
North and South Darfur ... Darfur's camps", "Chanthaburi and Trat border command", "Kassala residents"). A
gazetteer name is taken without a locative when it is a region, or a town of at least 100,000 people, of a
country the story names; it is not taken inside a longer name ("Suez Canal", "Sinaloa Cartel"), before a town
word that shows it only describes another place ("the Red Sea city"), before a verb of speech ("Kati said"),
listed after a language ("in Swahili, English and Kikuyu"), or when it is also a first name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .place_records import GazetteerEntry

_BARE_TOWN = 100_000
# the name opens a longer capitalised name, describes a town it contains ("the Red Sea city"), or speaks
# ("Kati said": a person's name)
_NOT_ALONE = re.compile(
    r"^(?:[-‐]?\s*[A-Z]|\s+(?:city|town|port|capital|said|says|told|added|wrote|argued|warned|insisted|stated|"
    r"noted|explained|asked|replied|declined|denied|confirmed)\b)"
)
# "printed in Swahili, English and Kikuyu": a name listed after a language or a faith is one too; "North and
# South Darfur" lists two regions
_COMPASS = frozenset("North South East West Central Upper Lower Northern Southern Eastern Western".split())
_LISTED = re.compile(r"(?P<item>[A-Z][\w'’-]*)(?:,|\s+and|\s+or)\s+$")


def bare_place(
    name: str,
    entries: Iterable[GazetteerEntry],
    before: str,
    after: str,
    article_countries: set[str],
    not_names: frozenset[str],
) -> bool:
    """Whether a gazetteer name with no place cue is still a place of the story (see the module docstring)."""
    listed = _LISTED.search(before)
    if name in not_names or _NOT_ALONE.match(after) or (listed and _not_a_place(listed["item"], not_names)):
        return False
    return any(e.country in article_countries and (e.kind == "region" or e.population >= _BARE_TOWN) for e in entries)


def _not_a_place(item: str, not_names: frozenset[str]) -> bool:
    """Whether a list's earlier item is a word that is never a place (a language, a faith), not a direction."""
    return item in not_names and item not in _COMPASS
