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
    # a quote from an unnamed source is a statement too, with no named actor ("a resident told AFP")
    assert statements == [("statement", ("Omar Farouk",)), ("statement", ())]


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
    # the clause led by "less than a year after" is dated by it: some time in the year before August 2023
    assert dated(sheet)["agreement"] == "2022-08/2023-08"


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


# --- what is no event, or no fact --------------------------------------------------------------------


def test_a_casualty_report_is_the_toll_of_the_event_told_not_another(extract) -> None:
    sheet = extract(
        "Drones struck a fuel depot in Port Sudan on Tuesday. At least three people were killed, officials said."
    )
    assert [(e.type, e.date.value) for e in events(sheet) if e.type != "statement"] == [("attack", "2025-08-12")]


def test_a_dated_casualty_report_is_an_event(extract) -> None:
    sheet = extract("Five soldiers were killed near Gao on Monday.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("attack", "2025-08-11")]


def test_a_toll_word_does_not_hide_the_act_after_it(extract) -> None:
    sheet = extract("Twenty soldiers were killed when gunmen ambushed a convoy near Gao.")
    [event] = events(sheet)
    assert (event.type, event.summary) == ("attack", "Gunmen ambushed a convoy near Gao")  # anchored at the act


def test_running_totals_and_general_statements_are_no_events(extract) -> None:
    sheet = extract(
        "Its insurgency has killed more than 6,000 people since 2017. Kidnappings for ransom are rife in the north. "
        "The insurgency, which began in 2009, has displaced two million people."
    )
    assert [(e.type, e.date.value) for e in events(sheet)] == [("battle", "2009")]


def test_denials_negate_what_is_denied_and_stay_statements(extract) -> None:
    sheet = extract("The RSF denied carrying out the attack on the camp. No ceasefire was agreed in Doha.")
    found = [(e.type, e.status, e.plover) for e in events(sheet)]
    assert ("attack", "negated", "ASSAULT") in found
    assert ("agreement", "negated", "AGREE") in found
    assert ("statement", "reported", "REJECT") in found


def test_a_request_is_not_yet_done(extract) -> None:
    sheet = extract("The monitor calls on the UN Security Council to impose a global arms embargo on Myanmar.")
    assert [(e.type, e.status) for e in events(sheet)] == [("sanction", "planned")]


def test_a_participle_of_state_is_no_deployment(extract) -> None:
    sheet = extract(
        "Police officers stationed in the town retreated after an attack. About 1,000 French soldiers had been "
        "stationed in Chad until last year. France has stationed 500 troops in Niamey."
    )
    assert [e.type for e in events(sheet)] == ["withdrawal", "attack", "deployment"]


def test_what_an_act_ends_is_no_event_of_its_own(extract) -> None:
    sheet = extract("Chad's government announced on November 28 that it was ending its defence cooperation agreement.")
    assert [(e.type, e.date.value, e.plover) for e in events(sheet)] == [("withdrawal", "2024-11-28", "RETREAT")]


# --- dates of events ---------------------------------------------------------------------------------


def test_a_relative_clause_dates_its_noun_only_when_it_tells_its_start(extract) -> None:
    sheet = extract(
        "Haiti's council, which has governed the country since April 2024, declared a state of emergency on "
        "Saturday. The insurgency, which began in 2009, spread to Niger."
    )
    assert dated(sheet) == {"other": "2025-08-09", "battle": "2009"}


def test_a_named_day_told_later_outranks_a_reckoned_few_days(extract) -> None:
    sheet = extract(
        "Armed gangs stormed the town of Mirebalais late last week. The attack, which began before dawn on "
        "Monday, August 4, was carried out by a gang coalition.",
        published="2025-08-12",
    )
    assert [(e.type, e.date.text, e.date.value) for e in events(sheet)] == [
        ("attack", "on Monday, August 4", "2025-08-04")
    ]


def test_the_speaker_of_a_first_sentence_after_a_dateline_is_its_subject(extract) -> None:
    sheet = extract(
        "NIAMEY, June 3 (Reuters) - Niger's military government said on Monday it would nationalise a mine."
    )
    [statement] = [e for e in events(sheet) if e.type == "statement"]
    assert (statement.actors, statement.date.value) == (("military government", "Niger"), "2025-08-11")


def test_the_date_of_a_thing_named_dates_no_event(extract) -> None:
    sheet = extract("Airstrikes hit Sagaing on Monday. More airstrikes followed the earthquake of 28 March.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("attack", "2025-08-11")]


def test_statement_dated_by_the_time_after_its_quote_cue(extract) -> None:
    sheet = extract(
        "“We will not back down,” Samuel Okafor, a spokesman for the ministry, told reporters on Friday. "
        "The border service said in a statement on Tuesday: “Our guards fired warning shots only.”"
    )
    dated = {e.date.value for e in sheet.events if e.type == "statement"}
    assert dated == {"2025-08-08", "2025-08-12"}


def test_a_time_before_the_cue_does_not_date_the_statement(extract) -> None:
    sheet = extract(
        'An envoy will visit next week, and a senior official said the envoy would carry "a message of restraint".'
    )
    statements = [e for e in sheet.events if e.type == "statement"]
    assert statements and all(e.date.value is None for e in statements)


def test_new_trigger_forms(extract) -> None:
    kinds = {
        text: {e.type for e in extract(text).events}
        for text in (
            "Earlier this year both parliaments ratified the treaty.",
            "Gunmen exchanged fire in the market district on Sunday.",
            "Rebels blew up a stretch of the oil pipeline last month.",
            "The court sentenced the men to life in prison on Wednesday.",
            "The men were released two days later.",
        )
    }
    assert [sorted(k) for k in kinds.values()] == [
        ["agreement", "legislation"],
        ["battle"],
        ["attack"],
        ["other"],
        ["other"],
    ]


def test_reported_is_a_statement_only_when_it_tells_something(extract) -> None:
    told = extract("The state news agency reported last month that 400 families would be resettled.")
    assert "statement" in {e.type for e in told.events}
    credited = extract("Mali's junta named a new prime minister in Bamako on Monday, AFP reported.")
    assert "statement" not in {e.type for e in credited.events}


def test_a_bracketed_acronym_or_relative_clause_between_speaker_and_verb(extract) -> None:
    sheet = extract("The European Union (EU) said it would send observers.")
    assert [(e.type, e.actors) for e in events(sheet)] == [("statement", ("European Union",))]


def test_said_would_with_a_date_ahead_is_a_planned_statement(extract) -> None:
    sheet = extract("The European Union (EU) said it would send observers in November.")
    [event] = events(sheet)
    assert (event.type, event.status, event.date.value) == ("statement", "planned", "2025-11")


def test_said_it_would_act_is_a_plan_not_a_supposition(extract) -> None:
    sheet = extract("The army said it would withdraw from the town on Monday.")
    by_type = {e.type: e for e in events(sheet)}
    assert (by_type["withdrawal"].status, by_type["withdrawal"].date.value) == ("planned", "2025-08-18")
    assert (by_type["statement"].status, by_type["statement"].date.value) == ("reported", None)


def test_a_weekday_in_a_clause_of_an_act_to_come_is_the_next_one(extract) -> None:
    [event] = events(extract("The two leaders are expected to hold talks in Geneva on Thursday."))
    assert (event.status, event.date.value) == ("planned", "2025-08-14")
    [event] = events(extract("The two leaders held talks in Geneva on Thursday."))
    assert event.date.value == "2025-08-07"


def test_a_day_after_counts_from_the_event_its_subject_points_back_to(extract) -> None:
    sheet = extract(
        "Rebels attacked the town on Monday. Parliament is expected to vote on the budget next week. "
        "The attack came a day after the government imposed sanctions on the rebel leader."
    )
    [sanction] = [e for e in events(sheet) if e.type == "sanction"]
    assert (sanction.status, sanction.date.value) == ("reported", "2025-08-10")


def test_risks_states_and_figures_of_speech_are_no_events(extract) -> None:
    sheet = extract(
        "Convoys to the town remain suspended. Villagers still face detention and eviction. "
        "The war of words turned into threats last month."
    )
    assert events(sheet) == []
    assert [e.type for e in events(extract("Convoys to the town were suspended on Monday."))] == ["sanction"]


def test_an_act_awaited_until_it_happens_is_hypothetical(extract) -> None:
    [event] = events(extract("The prime minister has refused to hand over power until elections are held."))
    assert (event.type, event.status) == ("election", "hypothetical")


def test_a_count_of_people_arrested_later_repeats_the_arrests_told(extract) -> None:
    sheet = extract(
        "Police detained dozens of protesters in Dakar on Friday. "
        "A police source said 27 people had been arrested for public order offences."
    )
    assert [e.type for e in events(sheet) if e.type == "arrest"] == ["arrest"]


def test_casualties_of_a_battle_are_its_toll_not_an_attack(extract) -> None:
    sheet = extract("Fighting with tanks and drones killed more than 100 people in the border town in September 2022.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("battle", "2022-09")]
    assert [e.type for e in events(extract("Gunmen killed 11 villagers in the border town on Sunday."))] == ["attack"]


def test_a_time_opening_the_sentence_dates_each_act_it_tells(extract) -> None:
    sheet = extract(
        "Gunmen exchanged fire in the capital on Sunday, killing two people. "
        "In May, the killing of a militia leader set off the worst fighting in the capital in years."
    )
    assert [(e.type, e.date.value) for e in events(sheet)] == [
        ("battle", "2025-08-10"),
        ("attack", "2025-05"),
        ("battle", "2025-05"),
    ]


def test_a_later_mention_dates_an_event_first_told_without_a_date(extract) -> None:
    sheet = extract(
        "Six months after Kyrgyzstan and Tajikistan signed a treaty, villagers are afraid. "
        "The treaty was signed in Bishkek in March by President Sadyr Japarov."
    )
    assert [(e.type, e.date.value) for e in events(sheet)] == [("agreement", "2025-03")]


def test_a_dated_act_near_an_undated_one_of_its_kind_is_another_act(extract) -> None:
    sheet = extract(
        "Rebels retook the town after the withdrawal of the UN mission. "
        "The 2015 peace agreement was declared void by the junta in January 2024."
    )
    assert [(e.type, e.date.value) for e in events(sheet) if e.type == "withdrawal"] == [
        ("withdrawal", None),
        ("withdrawal", "2024-01"),
    ]


def test_plural_agreements_and_annulments_are_triggers(extract) -> None:
    [event] = events(extract("The two presidents are due to sign further agreements in Washington on Thursday."))
    assert (event.type, event.status, event.date.value) == ("agreement", "planned", "2025-08-14")


def test_words_of_a_quotation_running_on_past_the_sentence_are_no_events(extract) -> None:
    sheet = extract(
        "A researcher said the greater risk lay elsewhere: “The danger is miscalculation, not a decision to go to war. "
        "A single incident, and it is over.”"
    )
    assert [e.type for e in events(sheet) if e.type != "statement"] == []


def test_independence_and_visits_to_come_are_events(extract) -> None:
    sheet = extract(
        "An African Union envoy is expected to visit both capitals next week. Eritrea became independent in 1993."
    )
    assert [(e.type, e.status, e.date.value) for e in events(sheet)] == [
        ("other", "planned", "2025-08-18/2025-08-24"),
        ("other", "reported", "1993"),
    ]


def test_a_speaker_after_a_three_word_title_makes_a_statement(extract) -> None:
    sheet = extract("Burundian Interior Minister Léonidas Ndikumana said on Wednesday that the border would stay open.")
    statements = [e for e in events(sheet) if e.type == "statement"]
    assert [(e.actors, e.date.value) for e in statements] == [(("Léonidas Ndikumana",), "2025-08-06")]


def test_a_dated_act_told_anew_is_not_folded_into_an_undated_one(extract) -> None:
    first = "Federal forces have killed dozens of civilians in drone strikes. "
    sheet = extract(first + "On 9 February, a drone strike hit a crowded market in the town, killing 17 people.")
    assert [e.date.value for e in events(sheet)] == [None, "2025-02-09"]
    sheet = extract(first + "On 9 February, drone strikes hit a crowded market in the town, killing 17 people.")
    assert [e.date.value for e in events(sheet)] == ["2025-02-09"]  # no article: the strikes already told
    sheet = extract(
        "Police detained General Abass Dembele, a former governor. Soldiers stormed his residence on Sunday."
    )
    assert [(e.type, e.date.value) for e in events(sheet)] == [("arrest", "2025-08-10")]


def test_what_someone_is_accused_of_is_an_allegation_not_an_event(extract) -> None:
    sheet = extract(
        "Rebels accused the army on Saturday of killing at least eight civilians, including children, "
        "in a drone strike on a fuel station."
    )
    assert [e.type for e in events(sheet)] == ["statement"]
    sheet = extract("Officials accuse the faction of seeking a deal with the rebels, a charge the faction denies.")
    assert [e.type for e in events(sheet)] == ["statement"]  # the denial is told, past the accusation's content


def test_a_participle_of_accusing_after_an_act_is_its_reason_not_a_statement(extract) -> None:
    sheet = extract(
        "Sudan's government cut diplomatic ties with the United Arab Emirates, accusing it of arming rebels."
    )
    assert [e.type for e in events(sheet)] == ["sanction"]


def test_a_span_opening_the_sentence_dates_no_listed_act(extract) -> None:
    sheet = extract("Since 2012, the nation has been ravaged by jihadist violence and deadly sectarian clashes.")
    assert [(e.type, e.date.value) for e in events(sheet) if e.type == "battle"] == [("battle", None)]
