"""Word-level patterns of personal names: the name token, the words around a name that say it is (or is not) a
person's, and a role's modifiers."""

from __future__ import annotations

import calendar
import re

# Letters of the Latin alphabets news names are written in: Latin-1 accents ("Álvaro", "Émile"), Latin Extended-A
# ("Tomić", "Šimonović", "Yıldız") and Vietnamese ("Nguyễn"). The extended blocks mix cases, so both classes hold them.
UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1eff"
LOWER = "a-zà-öø-ÿ\u0100-\u017f\u1e00-\u1eff"
TOKEN = rf"[{UPPER}][{LOWER}'’]*[{LOWER}](?:-[A-Za-z{LOWER}'’]+)*"
# Function words and verbs that end a role's modifiers: "said junta leader X" keeps only "junta".
SKIP_MODIFIERS = re.compile(
    r"the|a|an|and|or|of|to|in|on|at|by|with|for|from|as|that|is|was|were|has|have|had|its|his|her|their|"
    r"said|says|told|according|former"
)
# "an official of the district administration, Jane Doe,": a role's "of" phrase before a name set off by commas
ROLE_OF = r"\s+(?:of|for|at|with)\s+[^,;:.“”\"()]{2,60}?,\s+"
# "Prime Minister KP Sharma Oli": initials written without stops open a name after a title
INITIALS = r"(?:[A-Z]{2,3}\s+(?=[A-Z][a-z]))?"
# "High Commissioner for Human Rights Jane Doe", "Minister of Foreign Affairs Jane Doe": the office a title names,
# up to the two words of the name that end the capitalised run
TITLE_OF = (
    r"\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:(?:and|of|on)\s+)?){1,4}?"
    r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?![\w'’-]|\s+[A-Z]))"
)
CALENDAR_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
# Capitalised words that open a sentence or phrase before a name: "In Bamako", "By Ali Sow" are no names.
OBLIQUE = frozenset(
    "In At On From Near Outside Inside Across Around Along To By For With Against Between Into Towards Through".split()
)
# Nouns after a possessive name that only a person owns: "Ali Sow's government".
PERSONAL_POSSESSION = (
    r"government|administration|party|supporters|allies|family|lawyers?|spokesman|spokeswoman|office|camp|regime|"
    r"cabinet|arrest|death|release|detention|killing|successor|predecessor|rival|rivals|aides?|rise|ouster|"
    r"overthrow|resignation|presidency|premiership|tenure|wife|husband|widow|funeral|trial|conviction"
)
# Phrases before a name that only a person can follow: "led by X", "the government of X", "toppled X".
PERSON_OBJECT_CUES = (
    r"led\s+by|(?:government|administration|regime|rule|ouster|overthrow|presidency)\s+of|successor\s+to|"
    # "the death in custody of X", "the arrest of X": what happens to a person
    r"(?:death|killing|murder|funeral|execution|arrest|detention|abduction|kidnapping)(?:\s+in\s+custody)?\s+of|"
    r"\d{1,3}-year-old|"  # "cremated 19-year-old Jane Doe": only a person has an age
    r"toppled|ousted|overthrew|deposed|assassinated"
)
# Place nouns after a name: "the Abu Shouk camp", "in Lin Ta village".
PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:(?:displacement|refugee|IDP|border)\s+)?(?:camp|camps|village|town|township|district|province|region|"
    r"county|crossing|neighbourhood|neighborhood|area|municipality|valley|plain)\b"
)
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+")


def with_modifiers(before: str, role: str) -> str:
    """A role with the lower-case words written just before it ("political analyst"), stopping at function words."""
    mods: list[str] = []
    for word in reversed(before.split()[-2:]):
        if not re.fullmatch(r"[a-z][\w-]*", word) or SKIP_MODIFIERS.fullmatch(word):
            break
        mods.insert(0, word)
    return " ".join([*mods, role])


def titled_pattern(titles: str, name: str) -> str:
    """A title and the name after it: "General Jane Doe", "the IMO's Secretary-General, Jane Doe, said",
    "Prime Minister KP Jane Doe", "High Commissioner for Human Rights Jane Doe"."""
    return rf"(?P<title>{titles})(?:\s+|,\s+(?=(?:{name}),)|{TITLE_OF})(?P<name>{INITIALS}{name})"
