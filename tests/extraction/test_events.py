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


# --- which trigger a date goes to, and spurious triggers -------------------------------------------


def dated(sheet) -> dict:
    return {e.type: e.date.value for e in events(sheet)}


def test_a_date_stays_in_its_clause(extract) -> None:
    sheet = extract(
        "Fighting between the army and the militias broke out in August 2023, less than a year after "
        "the peace agreement ended the war in the north."
    )
    assert dated(sheet)["battle"] == "2023-08"
    assert dated(sheet)["agreement"] is None


def test_coordinated_acts_share_a_following_date(extract) -> None:
    sheet = extract("Police detained two opposition figures and dispersed protesters in the capital over the weekend.")
    assert dated(sheet) == {"arrest": "2025-08-09/2025-08-10", "protest": "2025-08-09/2025-08-10"}


def test_a_statement_verb_that_tells_another_event_is_no_statement(extract) -> None:
    sheet = extract(
        "The arrests followed a ban on opposition rallies announced by the interior ministry last Thursday."
    )
    assert [(e.type, e.date.value) for e in events(sheet)] == [("arrest", None), ("legislation", "2025-08-07")]
    sheet = extract("The government declared a state of emergency in the region on Monday.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("other", "2025-08-11")]


def test_a_dated_back_reference_narrows_the_event(extract) -> None:
    sheet = extract(
        "Police dispersed protesters in the capital over the weekend. "
        "One organiser said he went into hiding after Saturday's protest."
    )
    [protest] = [e for e in events(sheet) if e.type == "protest"]
    assert protest.date.value == "2025-08-09"


def test_anaphoric_date_from_the_previous_one(extract) -> None:
    sheet = extract("Rebels captured the town on 3 August. Soldiers arrested the mayor the next day.")
    assert dated(sheet) == {"battle": "2025-08-03", "arrest": "2025-08-04"}


def test_states_and_attributive_nouns_are_no_events(extract) -> None:
    sheet = extract(
        "The former president, who remains in detention, wrote to the election commission. "
        "Protest movement leaders met the war crimes tribunal."
    )
    assert [e.type for e in events(sheet) if e.type != "statement"] == []
