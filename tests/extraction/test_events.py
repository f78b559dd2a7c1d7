"""Events: category from the trigger lexicon, participants, place, date and status from the sentence."""

from __future__ import annotations


def events(sheet) -> list:
    return list(sheet.events)


def test_category_participants_place_and_date(extract) -> None:
    sheet = extract("Rebels from the M23 attacked army positions near Goma in DR Congo on Saturday.")
    [event] = events(sheet)
    assert event.type == "attack"
    assert event.actors == ("M23",)
    assert event.place == "Goma"
    assert (event.date.text, event.date.value) == ("on Saturday", "2025-08-09")
    assert event.summary == "Rebels from the M23 attacked army positions near Goma in DR Congo on Saturday"


def test_a_list_of_years_makes_one_event_per_year(extract) -> None:
    sheet = extract("Burkina Faso's army seized power in back-to-back coups in 2022.", published=None)
    assert [(e.type, e.date.value) for e in events(sheet)] == [("coup", "2022")]
    sheet = extract("Soldiers seized power in Guinea in 2008 and 2021.", published=None)
    assert [(e.type, e.date.value, e.place) for e in events(sheet)] == [
        ("coup", "2008", "Guinea"),
        ("coup", "2021", "Guinea"),
    ]


def test_status_negated_planned_hypothetical(extract) -> None:
    sheet = extract(
        "No ceasefire was agreed in Doha. Elections are scheduled for February 2026. "
        "Kyiv said Russia could launch a new offensive."
    )
    assert [(e.type, e.status) for e in events(sheet) if e.type != "statement"] == [
        ("agreement", "negated"),
        ("election", "planned"),
        ("battle", "hypothetical"),
    ]


def test_back_references_merge_into_the_event_they_repeat(extract) -> None:
    sheet = extract(
        "Police detained dozens of protesters in Dakar. The arrests, which began on Friday, drew criticism. "
        "The detentions come as tensions rise."
    )
    arrests = [e for e in events(sheet) if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].place == "Dakar"
    assert (arrests[0].date.text, arrests[0].date.value) == ("on Friday", "2025-08-08")


def test_date_goes_to_the_nearest_trigger(extract) -> None:
    sheet = extract(
        "The protests follow a decision in July, when the assembly passed a law banning parties, "
        "ending the transition to civilian rule, originally slated for May 2025."
    )
    by_type = {e.type: e for e in events(sheet)}
    assert by_type["legislation"].date.value == "2025-07"
    assert (by_type["other"].date.value, by_type["other"].status) == ("2025-05", "planned")


def test_statements_from_quotes_and_reported_speech(extract) -> None:
    sheet = extract(
        "Analyst Omar Farouk said the offensive had stalled. “They lack fuel,” Farouk added. "
        "“The front is quiet,” a resident told AFP."
    )
    statements = [(e.type, e.actors) for e in events(sheet) if e.type == "statement"]
    assert statements == [("statement", ("Omar Farouk",))]


def test_passive_agent_is_an_actor(extract) -> None:
    sheet = extract("The region has been ravaged by attacks blamed on JNIM.")
    [event] = [e for e in events(sheet) if e.type == "other"]
    assert event.actors == ("JNIM",)
