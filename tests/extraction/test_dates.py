"""Time expressions: our own patterns, resolved by calendar arithmetic against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extraction.dates import TimeFinder, resolve_anaphora
from generator.extraction.text import Sentence

PUBLISHED = dt.date(2025, 8, 12)  # a Tuesday


def resolve(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    sentence = Sentence(0, 0, len(text), text, 0)
    return [(v.text, v.value, v.precision) for t in TimeFinder().find(sentence, published) for v in t.values]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The arrests began late last week.", [("late last week", "2025-08-07/2025-08-10", "range")]),
        ("Talks stalled last week.", [("last week", "2025-08-04/2025-08-10", "week")]),
        ("Troops stormed the base on Sunday morning.", [("on Sunday morning", "2025-08-10", "day")]),
        ("He resigned last Monday.", [("last Monday", "2025-08-04", "day")]),  # not yesterday: the week before
        ("He resigned last Friday.", [("last Friday", "2025-08-08", "day")]),
        ("The vote is due next Friday.", [("next Friday", "2025-08-15", "day")]),
        ("Parliament passed it in July.", [("in July", "2025-07", "month")]),
        ("Elections were held in September.", [("in September", "2024-09", "month")]),
        ("It was slated for March 2024.", [("March 2024", "2024-03", "month")]),
        ("Since 2012, the north has been at war.", [("Since 2012", "2012", "year")]),
        (
            "It was hit by coups in 2020 and 2021.",
            [("in 2020 and 2021", "2020", "year"), ("in 2020 and 2021", "2021", "year")],
        ),
        ("A truce held between 2020 and 2021.", [("between 2020 and 2021", "2020/2021", "range")]),
        ("The 2019-21 drought ended.", [("2019-21", "2019/2021", "range")]),
        ("He was born on 3 March 1971.", [("3 March 1971", "1971-03-03", "day")]),
        ("The deal was signed on August 5.", [("on August 5", "2025-08-05", "day")]),
        ("Fighting flared over the weekend.", [("over the weekend", "2025-08-09/2025-08-10", "range")]),
        ("The convoy left two days ago.", [("two days ago", "2025-08-10", "day")]),
        ("Officials met yesterday.", [("yesterday", "2025-08-11", "day")]),
        ("Prices rose last year.", [("last year", "2024", "year")]),
        ("Wagner arrived at the end of 2021.", [("at the end of 2021", "2021", "year")]),
        ("The statement is dated 2025-08-01.", [("2025-08-01", "2025-08-01", "day")]),
    ],
)
def test_resolution_with_publication_date(text: str, expected: list) -> None:
    assert resolve(text) == expected


def test_false_friends_are_not_dates() -> None:
    assert resolve("Protesters march on the palace. May we hope? A five-year plan. 45 soldiers died.") == []
    assert resolve("Some 2000 soldiers and 1,200 police were deployed; 2015 rebels surrendered.") == []


def test_relative_expressions_stay_open_without_publication_date() -> None:
    text = "It began late last week, on Sunday, in July, since 2012 and in March 2024."
    assert resolve(text, None) == [
        ("late last week", None, "range"),
        ("on Sunday", None, "day"),
        ("in July", None, "month"),
        ("since 2012", "2012", "year"),
        ("in March 2024", "2024-03", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks held in May and June failed.", [("in May and June", "2025-05/2025-06", "range")]),
        ("Talks ran from November to February.", [("from November to February", "2024-11/2025-02", "range")]),
        ("Talks ran between March and May 2024.", [("between March and May 2024", "2024-03/2024-05", "range")]),
        ("Floods hit in January-March 2024.", [("in January-March 2024", "2024-01/2024-03", "range")]),
        ("The summit ran from 3 to 5 March.", [("from 3 to 5 March", "2025-03-03/2025-03-05", "range")]),
        ("The summit ran 3-5 March 2024.", [("3-5 March 2024", "2024-03-03/2024-03-05", "range")]),
        (
            "Gunmen struck on the night of Saturday to Sunday.",
            [("on the night of Saturday to Sunday", "2025-08-09/2025-08-10", "range")],
        ),
        ("Drones hit the city overnight.", [("overnight", "2025-08-11/2025-08-12", "range")]),
        ("Turnout was low in the election planned for December.", [("for December", "2025-12", "month")]),
    ],
)
def test_ranges_nights_and_planned_months(text: str, expected: list) -> None:
    assert resolve(text) == expected


def anaphora(text: str) -> list[tuple[str, str | None]]:
    sentence = Sentence(0, 0, len(text), text, 0)
    return [(v.text, v.value) for t in resolve_anaphora(TimeFinder().find(sentence, PUBLISHED)) for v in t.values]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was held on 3 August and freed the next day.",
            [("on 3 August", "2025-08-03"), ("the next day", "2025-08-04")],
        ),
        (
            "Rebels took it on Monday; the army retook it two days later.",
            [("on Monday", "2025-08-11"), ("two days later", "2025-08-13")],
        ),
        (
            "War broke out in August 2023. A curfew followed the same month.",
            [("in August 2023", "2023-08"), ("the same month", "2023-08")],
        ),
        (
            "Talks opened in March 2024 and resumed the following year.",
            [("in March 2024", "2024-03"), ("the following year", "2025")],
        ),
        (
            "He arrived on 10 July. A day earlier, troops had left.",
            [("on 10 July", "2025-07-10"), ("A day earlier", "2025-07-09")],
        ),
        ("Later that day, police fired on 1 August crowds.", [("Later that day", None), ("on 1 August", "2025-08-01")]),
    ],
)
def test_anaphoric_expressions_count_from_the_date_told_last(text: str, expected: list) -> None:
    assert anaphora(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X came a day after Y": X is the date told last, Y (the clause led) a day before it
        (
            "Russia struck Kyiv on 9 July. The strikes came a day after the US said it would resume deliveries.",
            [("on 9 July", "2025-07-09"), ("a day after", "2025-07-08")],
        ),
        # an overnight strike counts from its second day
        (
            "Drones hit Kharkiv overnight. The strikes came a day after the US said it would resume deliveries.",
            [("overnight", "2025-08-11/2025-08-12"), ("a day after", "2025-08-11")],
        ),
        (
            "Fighting broke out in August 2023, less than a year after the agreement ended the war.",
            [("in August 2023", "2023-08"), ("less than a year after", "2022-08/2023-08")],
        ),
        (
            "Rebels took Goma in March 2020. A year later, talks opened.",
            [("in March 2020", "2020-03"), ("A year later", "2021-03")],
        ),
        (
            "The vote was held on 3 August, two weeks before the army seized power.",
            [("on 3 August", "2025-08-03"), ("two weeks before", "2025-08-11/2025-08-17")],
        ),
        # opening the sentence, it dates the sentence's own clause, from the event told last
        (
            "Police arrested him on 3 August. A day after the arrest, crowds marched in Bamako.",
            [("on 3 August", "2025-08-03"), ("A day after", "2025-08-04")],
        ),
        ("The strikes came a day after Russia launched drones.", [("a day after", None)]),  # nothing to count from
    ],
)
def test_an_expression_that_leads_a_clause_dates_that_clause(text: str, expected: list) -> None:
    assert anaphora(text) == expected


def test_anaphora_without_a_publication_date_stays_unresolved() -> None:
    sentence = Sentence(0, 0, 60, "Police arrested him on Monday and freed him two days later.", 0)
    times = resolve_anaphora(TimeFinder().find(sentence, None))
    assert [(v.text, v.value) for t in times for v in t.values] == [("on Monday", None), ("two days later", None)]


def test_a_clause_led_by_a_day_after_gets_its_date_and_the_main_clause_keeps_its_own(extract) -> None:
    sheet = extract(
        "Russian drones struck Kharkiv overnight, killing six people. The barrage came a day after Kyiv "
        "announced that it had expelled two Russian diplomats."
    )
    dated = {e.type: e.date.value for e in sheet.events}
    assert dated["attack"] == "2025-08-11/2025-08-12"
    assert dated["withdrawal"] == "2025-08-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The currency was floated in July last year.", [("in July last year", "2024-07", "month")]),
        ("A vote is expected in May next year.", [("in May next year", "2026-05", "month")]),
        ("It opened in March this year.", [("in March this year", "2025-03", "month")]),
    ],
)
def test_month_with_a_year_relative_to_publication(text: str, expected: list) -> None:
    assert resolve(text) == expected


def test_month_of_that_year_counts_from_the_year_told_last() -> None:
    assert anaphora("The siege began in 2017 and ended in October that year.") == [
        ("in 2017", "2017"),
        ("in October that year", "2017-10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A truce came in the spring.", [("in the spring", "2025-03/2025-05", "range")]),
        ("Talks failed last winter.", [("last winter", "2024-12/2025-02", "range")]),
        ("Fighting may go on into the autumn.", [("into the autumn", "2025-09/2025-11", "range")]),
        ("A vote is not expected before the autumn.", [("before the autumn", "2025-09/2025-11", "range")]),
        ("Troops left in the summer of 2021.", [("in the summer of 2021", "2021-06/2021-08", "range")]),
        ("The war began in the late 1980s.", [("in the late 1980s", "1985/1989", "range")]),
        ("Dozens have died since the start of the year.", [("since the start of the year", "2025", "year")]),
        ("Prices rose by the end of last month.", [("by the end of last month", "2025-07", "month")]),
        ("Police moved in last night.", [("last night", "2025-08-11/2025-08-12", "range")]),
        ("Crowds will gather tonight.", [("tonight", "2025-08-12", "day")]),
        ("The minister resigned this morning.", [("this morning", "2025-08-12", "day")]),
        ("It was signed on the 3rd of May 2021.", [("on the 3rd of May 2021", "2021-05-03", "day")]),
        ("It was signed on the 3rd of August.", [("on the 3rd of August", "2025-08-03", "day")]),
        ("Protests have run since late November last year.", [("since late November last year", "2024-11", "month")]),
    ],
)
def test_seasons_decades_parts_of_days_and_edges_of_periods(text: str, expected: list) -> None:
    assert resolve(text) == expected


def test_no_season_without_a_time_word_and_no_fall_of_a_city() -> None:
    assert resolve("Summer heat hit the Arab Spring veterans. The fall of Kabul came. A fall in prices.") == []


def test_planned_months_ahead_of_publication_move_to_the_next_year() -> None:
    assert resolve("The talks are scheduled for March and April.") == [("March and April", "2026-03/2026-04", "range")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The convoy was hit on 3 August. The next morning, troops arrived.",
            [("on 3 August", "2025-08-03"), ("The next morning", "2025-08-04")],
        ),
        (
            "Rebels struck on 3 August. Hours later, the army answered.",
            [("on 3 August", "2025-08-03"), ("Hours later", "2025-08-03")],
        ),
        (
            "Crowds gathered late on Sunday and police charged shortly after midnight.",
            [("late on Sunday", "2025-08-10"), ("shortly after midnight", "2025-08-11")],
        ),
        (
            "Police charged late on Sunday. They said on Monday that 30 were held after midnight.",
            [("late on Sunday", "2025-08-10"), ("on Monday", "2025-08-11"), ("after midnight", "2025-08-11")],
        ),
        (
            "Talks ended on 5 August. Just after midnight, a fire broke out.",
            [("on 5 August", "2025-08-05"), ("Just after midnight", None)],
        ),
        (
            "Talks opened on Friday 1 August. The following Monday, the rebels walked out.",
            [("on Friday 1 August", "2025-08-01"), ("The following Monday", "2025-08-04")],
        ),
        (
            "The vote was held on 6 August. On the previous Saturday, police banned rallies.",
            [("on 6 August", "2025-08-06"), ("On the previous Saturday", "2025-08-02")],
        ),
        (
            "Drones hit the city overnight. Just after midnight, a fire broke out.",
            [("overnight", "2025-08-11/2025-08-12"), ("Just after midnight", "2025-08-12")],
        ),
        (
            "Talks ended on 5 August. That evening, the envoy left.",
            [("on 5 August", "2025-08-05"), ("That evening", "2025-08-05")],
        ),
        (
            "Talks ended on 5 August. Later in the day, the envoy left, and that same day the border closed.",
            [("on 5 August", "2025-08-05"), ("Later in the day", "2025-08-05"), ("that same day", "2025-08-05")],
        ),
    ],
)
def test_parts_of_days_and_hours_count_from_the_day_told_last(text: str, expected: list) -> None:
    assert anaphora(text) == expected


def dated(sheet) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value) for e in sheet.events]


def test_a_time_dates_the_trigger_of_its_own_coordinated_clause(extract) -> None:
    sheet = extract(
        "The rebels seized the border town earlier this year, and a ceasefire accord between the two sides was "
        "signed in Nairobi last month."
    )
    assert ("agreement", "2025-07") in dated(sheet)


def test_a_year_before_a_noun_dates_that_noun_only(extract) -> None:
    sheet = extract(
        "The accord commits the army to withdraw its troops within 90 days and bars support for a militia "
        "founded by veterans of the 1994 war."
    )
    assert ("withdrawal", None) in dated(sheet)


def test_a_participle_phrase_dates_the_noun_before_its_comma(extract) -> None:
    sheet = extract(
        "The opposition said the arrest had broken the 2019 peace agreement, signed in Nairobi in March that year."
    )
    assert ("agreement", "2019-03") in dated(sheet)


def test_a_time_ending_one_act_dates_the_act_joined_to_it(extract) -> None:
    sheet = extract(
        "The president suspended talks with the rebels last month and declared a state of emergency. "
        "The Taliban seized power in August 2021 as foreign forces withdrew."
    )
    assert ("other", "2025-07") in dated(sheet)
    assert ("withdrawal", "2021-08") in dated(sheet)


def test_a_span_or_a_sequence_does_not_date_the_next_act(extract) -> None:
    sheet = extract("Troops have killed 40 civilians in air strikes since January and detained hundreds of men.")
    assert ("arrest", None) in dated(sheet)


def test_a_possessive_time_dates_its_noun_after_of(extract) -> None:
    sheet = extract("Within an hour of Saturday's attack on the port, the crew had left the ship.")
    assert ("attack", "2025-08-09") in dated(sheet)


def test_a_time_in_a_relative_clause_between_dashes_dates_nothing_told(extract) -> None:
    sheet = extract(
        "Since the militia seized the tanker in November 2023, the group — which has held the capital since "
        "2014 — has attacked more than 100 ships."
    )
    assert ("attack", "2023-11") in dated(sheet)


def test_a_relative_clause_telling_the_start_dates_its_antecedent_even_with_a_trigger_inside(extract) -> None:
    sheet = extract(
        "Twelve years of war, which began with peaceful protests in the south in March 2013, have emptied the towns."
    )
    assert ("battle", "2013-03") in dated(sheet)


def test_a_time_after_a_claimed_attack_does_not_date_the_attack(extract) -> None:
    sheet = extract(
        "A drone struck the tanker on Saturday, setting it ablaze. The rebels claimed the attack the following day."
    )
    assert [d for t, d in dated(sheet) if t == "attack"] == ["2025-08-09"]


def test_a_visit_expected_on_a_weekday_is_the_next_one() -> None:
    assert resolve("The envoy is expected in the capital on Thursday.") == [("on Thursday", "2025-08-14", "day")]


def test_the_year_in_apposition_dates_the_clause_it_introduces(extract) -> None:
    sheet = extract("The country has been under an arms embargo since 2011, the year rebels overthrew the ruler.")
    assert ("coup", "2011") in dated(sheet) or ("battle", "2011") in dated(sheet)


def test_an_act_followed_by_a_dated_after_clause_shares_its_date(extract) -> None:
    sheet = extract("The general took power after his brother was killed in an ambush in April 2021.")
    assert ("appointment", "2021-04") in dated(sheet)


def test_a_time_in_the_speech_clause_after_the_events_dates_none_of_them(extract) -> None:
    sheet = extract(
        "Soldiers have detained hundreds of young men in the north, the monitor said in a report published today. "
        "Police said rebels attacked the town on Sunday."
    )
    assert ("arrest", None) in dated(sheet)
    assert ("attack", "2025-08-10") in dated(sheet)


def test_a_new_subject_after_and_does_not_share_the_time(extract) -> None:
    sheet = extract("Police arrested the opposition leader on Monday and the protests spread to other towns.")
    assert dated(sheet) == [("arrest", "2025-08-11"), ("protest", None)]


def test_the_end_of_a_month_told_before_dates_the_event(extract) -> None:
    sheet = extract("The treaty was signed in March 2024. At the end of that month, rebels attacked the border post.")
    assert ("attack", "2024-03") in dated(sheet)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rains eased in the second half of July.", [("in the second half of July", "2025-07-16/2025-07-31", "range")]),
        ("Exports rose in the first half of 2024.", [("in the first half of 2024", "2024-01/2024-06", "range")]),
        (
            "The census will be held in the first half of March.",  # still to come: next March
            [("in the first half of March", "2026-03-01/2026-03-15", "range")],
        ),
    ],
)
def test_halves_of_a_month_or_year_are_ranges(text: str, expected: list) -> None:
    assert resolve(text) == expected


def test_the_night_before_counts_back_a_day() -> None:
    text = "Looting began on Saturday, after the garrison fled the night before."
    sentence = Sentence(0, 0, len(text), text, 0)
    times = resolve_anaphora(TimeFinder().find(sentence, PUBLISHED))
    assert [(t.text, t.values[0].value) for t in times] == [
        ("on Saturday", "2025-08-09"),
        ("the night before", "2025-08-08"),
    ]


def test_a_time_in_the_triggers_own_clause_dates_it_before_a_nearer_one(extract) -> None:
    sheet = extract("Villagers fled on Saturday after gunmen attacked the market the night before.")
    assert ("attack", "2025-08-08") in dated(sheet)
