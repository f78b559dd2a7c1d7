"""Person records: what an article says about each person while it is read, and the Person facts built from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..factsheet import Person
from .nationality import country_from_roles, nearby_country
from .text import Mention, Sentence


@dataclass
class PersonRecord:
    """What the article says about one person while it is read."""

    name: str
    first: Mention
    title: str | None = None
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    status: str | None = None
    aliases: list[str] = field(default_factory=list)
    state_title: bool = False


@dataclass(frozen=True)
class PeopleResult:
    """People found, and every mention of them (full or short), in text order."""

    records: dict[str, PersonRecord]
    mentions: list[Mention]

    def resolve(self, text: str) -> str | None:
        """The full name a written name stands for ("Maiga" -> "Oumar Maiga"), or None."""
        text = text.strip().removesuffix("’s").removesuffix("'s")
        if text in self.records:
            return text
        matches = [n for n, r in self.records.items() if text in n.split() or text in r.aliases]
        return matches[0] if len(matches) == 1 else None


def fold_short_names(records: dict[str, PersonRecord]) -> None:
    """A one-word name found after a title ("General Goita"), or the end of a longer name ("Ben Saad" after
    "Amira Ben Saad"), joins the full name it is part of."""
    for name in sorted(records, key=lambda n: -len(n.split())):  # "Ben Saad" folds before "Saad" is weighed
        if " " in name:
            owners = [n for n in records if n != name and n.endswith(f" {name}")]
        else:
            owners = [n for n in records if n != name and name in n.split()]
        if len(owners) == 1:
            target, short = records[owners[0]], records.pop(name)
            target.title = target.title or short.title
            target.roles.extend(short.roles)
            target.aliases.append(name)


def build_people(
    result: PeopleResult,
    sentences: list[Sentence],
    primary: str | None,
    place_countries: dict[str, str],
    countries: list[Mention],
) -> tuple[Person, ...]:
    """Person facts in order of first mention.

    A titled official whose country the text does not state takes the country placed right after the name
    ("Colonel X in Mali"), else the nearest named before it in the sentence, else the story's main country.
    """
    people = []
    for record in sorted(result.records.values(), key=lambda r: r.first.start):
        roles = tuple(dict.fromkeys(record.roles))
        country = record.country or country_from_roles(roles, place_countries)
        if country is None and record.state_title:
            country = nearby_country(record.first, sentences, countries) or primary
        people.append(
            Person(
                name=record.name,
                evidence=sentences[record.first.sentence].evidence,
                title=record.title,
                roles=roles,
                country=country,
                status=record.status,
                aliases=tuple(sorted(set(record.aliases))),
            )
        )
    return tuple(people)
