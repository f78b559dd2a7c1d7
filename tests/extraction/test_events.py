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
    # the call is the monitor's statement (REQUEST); the act asked for is not done
    assert [(e.type, e.status) for e in events(sheet)] == [("statement", "reported"), ("sanction", "planned")]
    assert events(sheet)[0].plover == "REQUEST"


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
    assert "statement" not in by_type  # the words announce the act: told as the act to come (GUIDE: announcements)


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
    sheet = extract("The prime minister has refused to hand over power until elections are held.")
    # the refused handover is kept, negated; the elections wait on it
    assert [(e.type, e.status) for e in events(sheet)] == [("other", "negated"), ("election", "hypothetical")]


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
    # the accusation and the denial told past its content are two statements, and its content no event
    assert [e.type for e in events(sheet)] == ["statement", "statement"]


def test_a_participle_of_accusing_after_an_act_is_its_reason_not_a_statement(extract) -> None:
    sheet = extract(
        "Sudan's government cut diplomatic ties with the United Arab Emirates, accusing it of arming rebels."
    )
    assert [e.type for e in events(sheet)] == ["sanction"]


def test_a_span_opening_the_sentence_dates_no_listed_act(extract) -> None:
    sheet = extract("Since 2012, the nation has been ravaged by jihadist violence and deadly sectarian clashes.")
    assert [(e.type, e.date.value) for e in events(sheet) if e.type == "battle"] == [("battle", None)]


def test_an_act_told_after_a_back_reference_in_its_sentence_is_an_event_of_its_own(extract) -> None:
    sheet = extract(
        "Germany withdrew its last soldiers from the country on Friday. "
        "The pullout follows the expulsion of UN peacekeepers from Mali."
    )
    assert [e.type for e in events(sheet)] == ["withdrawal", "withdrawal"]


def test_an_act_in_a_relative_clause_is_a_background_event_with_its_own_date(extract) -> None:
    sheet = extract(
        "Villagers said the militia, which has fought the army since March 2021, clashed with soldiers "
        "near the border on Sunday."
    )
    battles = [e for e in events(sheet) if e.type == "battle"]
    assert sorted(e.date.value or "" for e in battles) == ["2021-03", "2025-08-10"]


def test_a_plan_told_after_a_done_act_of_the_same_kind_is_its_own_event(extract) -> None:
    sheet = extract("The ministers held talks in Geneva on Monday and are due to meet again next month.")
    assert [(e.type, e.status) for e in events(sheet)] == [("other", "reported"), ("other", "planned")]


def test_unlike_acts_of_the_other_kind_are_not_merged(extract) -> None:
    sheet = extract("The court sentenced two men to life in prison and acquitted a third.")
    assert [e.type for e in events(sheet)] == ["other", "other"]
    sheet = extract("A judge sentenced two soldiers on Monday. Another judge acquitted a police officer.")
    assert [e.type for e in events(sheet)] == ["other", "other"]


def test_an_unnamed_subject_before_a_verb_of_saying_makes_a_statement(extract) -> None:
    for text in (
        "The interior ministry said the march had not been authorised.",
        "Diplomats say the mood in the capital has changed.",
        "The government has in the past dismissed such reports as biased.",
    ):
        assert [e.type for e in events(extract(text))] == ["statement"], text
    for text in ("It said the convoy had not been hit.", "Neither government has confirmed the visit."):
        assert [e.type for e in events(extract(text)) if e.type == "statement"] == [], text


def test_a_verb_of_sending_and_a_force_a_few_words_on_are_a_deployment(extract) -> None:
    sheet = extract("The army moved two armoured brigades towards the frontier last month.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("deployment", "2025-07")]
    sheet = extract("Kenya pledged to send more police officers to the island.")
    assert [(e.type, e.status) for e in events(sheet)] == [("deployment", "planned")]


def test_seizing_is_a_battle_only_when_ground_is_seized(extract) -> None:
    assert [e.type for e in events(extract("Rebels seized the town of Kalehe on Friday."))] == ["battle"]
    assert [e.type for e in events(extract("Customs officers seized weapons at the port."))] == []


def test_deaths_beside_a_natural_disaster_are_its_toll_not_an_attack(extract) -> None:
    sheet = extract("A magnitude 5.8 earthquake struck the province on Tuesday, killing at least 12 people.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("other", "2025-08-12")]


def test_weapons_that_hit_a_target_are_an_attack(extract) -> None:
    [event] = events(extract("A drone hit a fuel depot outside the city on Monday."))
    assert (event.type, event.acled_sub_event_type) == ("attack", "Air/drone strike")


def test_charges_disasters_and_evacuations_are_events(extract) -> None:
    sheet = extract(
        "Two activists were charged with treason in March. Floods hit the valley, and officials evacuated three "
        "villages."
    )
    assert [(e.type, e.date.value) for e in events(sheet)] == [("other", "2025-03"), ("other", None), ("other", None)]


def test_a_quotation_running_on_from_the_last_sentence_tells_no_events(extract) -> None:
    sheet = extract('"They have lived through years of bombing. For them, being attacked is nothing new," he said.')
    assert [e.type for e in events(sheet) if e.type != "statement"] == []


def test_a_second_act_of_speech_joined_to_the_first_is_its_own_statement(extract) -> None:
    sheet = extract(
        "Yahya Saree, the group's military spokesman, said in a televised address that it had hit a vessel, "
        "and warned that more ships would be targeted."
    )
    assert [(e.type, e.actors) for e in events(sheet) if e.type == "statement"] == [
        ("statement", ("Yahya Saree",)),
        ("statement", ("Yahya Saree",)),
    ]


def test_a_speaker_named_after_a_description_makes_a_statement(extract) -> None:
    sheet = extract("A spokesperson for the foreign ministry, Anna Lind, said on Thursday that the border was open.")
    assert [(e.type, e.actors, e.date.value) for e in events(sheet)] == [("statement", ("Anna Lind",), "2025-08-07")]


def test_a_strike_is_an_attack_unless_it_stops_work(extract) -> None:
    sheet = extract("Unions called a general strike on Monday. An Israeli strike killed three people on Tuesday.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("protest", "2025-08-11"), ("attack", "2025-08-12")]


def test_weapons_launched_or_fired_make_an_attack(extract) -> None:
    [event] = events(extract("Russia launched more than 400 drones and missiles at Ukraine on Sunday."))
    assert (event.type, event.actors, event.date.value) == ("attack", ("Russia",), "2025-08-10")


def test_a_plan_may_stand_four_words_before_its_trigger(extract) -> None:
    [event] = events(extract("The government plans to hold legislative and regional elections later this year."))
    assert (event.type, event.status) == ("election", "planned")


def test_a_verb_telling_what_a_back_reference_did_is_the_same_event(extract) -> None:
    sheet = extract(
        "Police detained dozens of officers on Friday. Sources said the arrests have so far swept up 40 officers."
    )
    assert [e.type for e in events(sheet) if e.type == "arrest"] == ["arrest"]


def test_unlike_other_acts_need_an_and_or_a_clause_of_their_own(extract) -> None:
    sheet = extract("The council has sought to distance the country from France, forging closer ties with Russia.")
    assert [e.type for e in events(sheet)] == ["other"]


def test_people_accused_of_an_act_make_no_statement(extract) -> None:
    sheet = extract("The junta arrested dozens of soldiers accused of plotting a coup.")
    assert "statement" not in [e.type for e in events(sheet)]


def test_leaving_a_body_is_a_withdrawal_leaving_a_place_is_not(extract) -> None:
    sheet = extract("Mali formally left the Economic Community of West African States (ECOWAS) in January.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("withdrawal", "2025-01")]
    assert [e.type for e in events(extract("The president left the capital on Monday."))] == []


def test_what_one_act_set_off_is_another_event(extract) -> None:
    sheet = extract("In March, an ambush on a patrol triggered days of revenge killings in the province.")
    assert [e.type for e in events(sheet)] == ["attack", "attack"]


def test_a_supposition_about_acts_told_is_no_repeat(extract) -> None:
    sheet = extract("Rebels attacked three ships on Monday. If the attacks continue, insurers will leave.")
    assert [(e.type, e.status) for e in events(sheet)] == [("attack", "reported"), ("attack", "hypothetical")]


def test_rebels_toppling_a_ruler_fight_a_battle_not_a_coup(extract) -> None:
    assert [e.type for e in events(extract("In 2011 rebels toppled the long-time ruler."))] == ["battle"]
    assert [e.type for e in events(extract("In 2021 the army toppled the president."))] == ["coup"]


def test_taking_power_without_soldiers_is_a_succession(extract) -> None:
    sheet = extract("The president, who took power after his father died in April 2021, won a second term.")
    assert "appointment" in [e.type for e in events(sheet)]
    sheet = extract("The junta took power in a coup in July 2023.")
    assert [e.type for e in events(sheet)] == ["coup"]


def test_a_company_suspending_a_venture_pulls_out(extract) -> None:
    [event] = events(extract("The energy group suspended a $20 billion gas project near the port."))
    assert event.type == "withdrawal"


def test_an_act_asked_for_after_and_to_is_asked_for_too(extract) -> None:
    sheet = extract(
        "The monitor calls on both governments to suspend all demolitions and to open an independent investigation."
    )
    assert [(e.type, e.status) for e in events(sheet) if e.type == "other"] == [
        ("other", "planned"),
        ("other", "planned"),
    ]


def test_a_warrant_for_an_arrest_is_no_arrest(extract) -> None:
    sheet = extract("He fled to Spain after a warrant was issued for his arrest.")
    assert [e.type for e in events(sheet)] == ["other", "other"]  # the flight, and the warrant


def test_a_rebuttal_told_in_passing_is_a_statement_of_its_own(extract) -> None:
    sheet = extract("Rebels accused the army of shelling villages, which the army denies.")
    assert [(e.type, e.plover) for e in events(sheet)] == [("statement", "ACCUSE"), ("statement", "REJECT")]


def test_an_act_announced_in_the_passive_is_told_not_stated(extract) -> None:
    sheet = extract("A ceasefire was announced on Saturday. An outbreak of cholera was declared in March.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("agreement", "2025-08-09"), ("other", "2025-03")]


def test_a_clause_opened_by_should_is_a_supposition(extract) -> None:
    [event] = events(extract("Should fighting spread to the city, aid would stop."))
    assert (event.type, event.status) == ("battle", "hypothetical")


def test_a_doubt_on_a_noun_reaches_only_the_next_word(extract) -> None:
    sheet = extract("The clinic has recorded 1,200 suspected cases since an outbreak was declared in March.")
    assert [(e.type, e.status) for e in events(sheet)] == [("other", "reported")]
    [event] = events(extract("Police foiled an alleged coup plot on Monday."))
    assert event.status == "hypothetical"


def test_meeting_an_obligation_is_no_meeting(extract) -> None:
    assert [e.type for e in events(extract("The company failed to meet its obligations."))] == []


def test_an_unnamed_speaker_may_open_a_joined_clause_or_carry_a_relative_clause(extract) -> None:
    sheet = extract(
        "The bloc suspended visa-free travel in January, and the European Commission has warned that it could go "
        "further."
    )
    assert [e.type for e in events(sheet)] == ["sanction", "statement"]
    sheet = extract("A diplomat in the capital, who asked not to be named, said member states remained divided.")
    assert [e.type for e in events(sheet)] == ["statement"]


def test_acts_asked_to_end_or_named_with_any_are_no_events(extract) -> None:
    sheet = extract("The group urges the bloc to press the junta to end attacks on civilians.")
    assert [e.type for e in events(sheet) if e.type != "statement"] == []
    sheet = extract("The step would test the government more than any sanctions ever did.")
    assert [e.type for e in events(sheet)] == []


def test_sides_that_agreed_made_an_agreement(extract) -> None:
    sheet = extract("The two leaders met in the capital in March and agreed where the new border runs.")
    assert "agreement" in [e.type for e in events(sheet)]
    sheet = extract("The two sides hope to strike a deal next week.")
    assert [(e.type, e.status) for e in events(sheet)] == [("agreement", "planned")]


def test_a_negation_reaches_four_words_but_not_past_a_clause_opener(extract) -> None:
    sheet = extract("The government would not seek to open membership talks before 2028.")
    assert [(e.type, e.status) for e in events(sheet)] == [("other", "negated")]
    sheet = extract("The premier has refused to hand over power until elections are held.")
    assert [(e.type, e.status) for e in events(sheet)] == [("other", "negated"), ("election", "hypothetical")]


def test_a_request_reaches_an_act_asked_for_late_in_its_sentence(extract) -> None:
    sheet = extract(
        "The group urges the African Union Peace and Security Council (PSC) to put the country on its agenda "
        "and to consider targeted sanctions if abuses continue."
    )
    assert [(e.type, e.status) for e in events(sheet) if e.type == "sanction"] == [("sanction", "planned")]


def test_going_to_the_polls_is_the_election_not_a_back_reference(extract) -> None:
    sheet = extract("Voters went to the polls on Sunday in a parliamentary election.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("election", "2025-08-10")]


def test_peacekeepers_named_are_no_deployment_but_coming_under_fire_is_an_attack(extract) -> None:
    sheet = extract("The mission said its peacekeepers had come under fire near the border.")
    assert [e.type for e in events(sheet) if e.type != "statement"] == ["attack"]
    sheet = extract("The UN deployed 500 more peacekeepers to the region in May.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("deployment", "2025-05")]


def test_acts_blamed_on_someone_make_no_statement(extract) -> None:
    sheet = extract("Gunmen shot dead a prison director on Tuesday, the latest in a wave of killings blamed on gangs.")
    assert [e.type for e in events(sheet)] == ["attack"]


def test_words_that_only_look_like_events_are_none(extract) -> None:
    for text in (
        "He executed a plan to rebuild the army.",
        "Unlike last year, the strike force was ready.",
        "The minister left for Paris on Monday.",
    ):
        assert [e.type for e in events(extract(text))] == [], text
    sheet = extract("The outbreak of war in 2023 left millions without homes.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("battle", "2023")]


def test_court_steps_are_events_of_their_own(extract) -> None:
    sheet = extract("Several former ministers have been questioned by an anti-corruption court since May.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("other", "2025-05")]
    sheet = extract("A judge is expected to decide on Friday whether to keep him in pre-trial detention.")
    assert [(e.type, e.status) for e in events(sheet)] == [("other", "planned")]


def test_suspending_talks_is_a_halt_to_talks_not_a_sanction(extract) -> None:
    sheet = extract(
        "The president suspended talks with the rebels in May and declared a state of emergency in the region."
    )
    assert [(e.type, e.date.value) for e in events(sheet)] == [("other", "2025-05"), ("other", "2025-05")]


def test_an_event_named_by_its_day_stays_named_after_a_measure(extract) -> None:
    sheet = extract("More airstrikes followed the 7.7-magnitude earthquake of 28 March.")
    assert [e.type for e in events(sheet)] == ["attack"]


def test_one_speaker_quoted_in_two_paragraphs_makes_two_statements(extract) -> None:
    one = extract("“We lost everything,” said Amina Diallo, a trader. “The water took the shop and the stock.”")
    assert [e.type for e in events(one)] == ["statement"]
    two = extract("“We lost everything,” said Amina Diallo, a trader.\n“Nobody came to help us,” Diallo said.")
    assert [e.type for e in events(two)] == ["statement", "statement"]


def test_the_subject_of_a_passive_act_is_its_target(extract) -> None:
    sheet = extract("Opposition leader Ousmane Diallo was taken from his home in Thies on Sunday, relatives said.")
    assert [(e.type, e.actors, e.targets) for e in events(sheet)] == [("arrest", (), ("Ousmane Diallo",))]


def test_nothing_said_and_a_passive_announcement_are_no_statements(extract) -> None:
    sheet = extract("The ministry had not publicly commented on the raids, and no charges had been announced.")
    assert "statement" not in [e.type for e in events(sheet)]


def test_a_time_opening_the_sentence_dates_its_unnamed_speaker(extract) -> None:
    sheet = extract("On Sunday, the interior ministry said in a statement that the curfew would stay.")
    assert [(e.type, e.date.value) for e in events(sheet)][:1] == [("statement", "2025-08-10")]


def test_a_noun_that_looks_like_a_verb_of_saying_makes_no_speaker(extract) -> None:
    sheet = extract("The claims could not be independently verified.")
    assert events(sheet) == []


def test_a_progressive_is_no_passive(extract) -> None:
    sheet = extract("Chad has been fighting rebels in the north since 2019.")
    assert [(e.type, e.actors) for e in events(sheet)] == [("battle", ("Chad",))]


def test_a_day_told_alone_dates_the_next_sentences_act(extract) -> None:
    sheet = extract("The reply came on Monday. Warplanes struck a fuel depot outside the port city.")
    [strike] = events(sheet)
    assert (strike.type, strike.date.value) == ("attack", "2025-08-11")
    sheet = extract("The province has been tense since 2019. Gunmen killed three farmers.")
    assert [e.date.value for e in events(sheet)] == [None]  # a year of a state dates no act


def test_a_possessive_day_names_the_event_told_before(extract) -> None:
    sheet = extract(
        "Gunmen attacked a police post near the border on Saturday, killing four officers. "
        "Saturday's attack was the deadliest this year, the governor's office said."
    )
    assert [(e.type, e.date.value) for e in events(sheet) if e.type == "attack"] == [("attack", "2025-08-09")]


def test_a_verb_of_speech_keeps_its_date_across_its_object_and_a_second_verb(extract) -> None:
    sheet = extract("The army denied the report last week.")
    [statement] = [e for e in events(sheet) if e.type == "statement"]
    assert statement.date.value == "2025-08-04/2025-08-10"
    sheet = extract("The minister said on Thursday that talks had stalled and called for calm.")
    assert [e.date.value for e in events(sheet) if e.type == "statement"] == ["2025-08-07", "2025-08-07"]


def test_a_dated_closing_attribution_is_a_statement(extract) -> None:
    sheet = extract("More than 60 people have been detained since the vote, the interior ministry said on Friday.")
    [statement] = [e for e in events(sheet) if e.type == "statement"]
    assert statement.date.value == "2025-08-08"
    sheet = extract("Gunmen killed four soldiers near the border, police said.")
    assert [e.type for e in events(sheet)] == ["attack"]  # an undated source of the facts is no statement


def test_flight_burial_hospital_and_looting_are_events(extract) -> None:
    sheet = extract(
        "Thousands of villagers fled towards the river. Shops in the market were looted overnight. "
        "Two of the wounded died of their injuries in hospital."
    )
    assert [e.type for e in events(sheet)] == ["other", "attack", "other"]


def test_a_force_sent_in_the_passive_is_a_deployment(extract) -> None:
    sheet = extract("Extra troops had been sent to the district on Monday.")
    assert [(e.type, e.status, e.date.value) for e in events(sheet)] == [("deployment", "reported", "2025-08-11")]
    sheet = extract("No soldiers were sent to the valley.")
    assert [(e.type, e.status) for e in events(sheet)] == [("deployment", "negated")]


def test_quoted_words_going_on_after_a_speaker_are_one_statement(extract) -> None:
    sheet = extract(
        '"They came at night and took the men," said a fisherman from the island. "We left everything behind."'
    )
    assert [e.type for e in events(sheet)].count("statement") == 1
    sheet = extract('A nurse at the clinic said supplies had run out. "We turn people away every day," the nurse said.')
    assert [e.type for e in events(sheet)].count("statement") == 1


def test_a_crowd_clashing_with_police_is_a_protest(extract) -> None:
    sheet = extract("Supporters of the outlawed movement clashed with police in the capital on Tuesday.")
    assert [e.type for e in events(sheet)] == ["protest"]
    sheet = extract("Rebels clashed with soldiers near the border.")
    assert [e.type for e in events(sheet)] == ["battle"]


def test_a_participle_naming_a_state_tells_no_act(extract) -> None:
    sheet = extract("Leaders of the banned party met in secret.")
    assert [e.type for e in events(sheet)] == []
    sheet = extract("The government banned the party in May.")
    assert [e.type for e in events(sheet)] == ["legislation"]


def test_a_call_without_a_verb_of_saying_is_a_statement(extract) -> None:
    sheet = extract("Church leaders urged both sides to return to talks.")
    assert "statement" in [e.type for e in events(sheet)]
    sheet = extract("The aid agencies have appealed for help to house the families.")
    assert [e.type for e in events(sheet)] == ["statement"]


def test_a_source_telling_an_outlet_by_name_makes_a_statement(extract) -> None:
    sheet = extract("The well had run dry weeks ago, a teacher told The Valley Post.")
    assert [e.type for e in events(sheet)] == ["statement"]
    sheet = extract("The well had run dry weeks ago, two residents told Reuters.")
    assert [e.type for e in events(sheet)] == []  # witnesses vouch for the facts, no statement of their own


def test_a_passive_call_has_no_speaker(extract) -> None:
    sheet = extract("Donors are urged to fund the response.")
    assert "statement" not in [e.type for e in events(sheet)]


def test_a_bill_signed_into_law_and_a_terrorist_designation(extract) -> None:
    sheet = extract("The president signed the new finance bill into law in June.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("legislation", "2025-06")]
    sheet = extract("Washington designated the group as a terrorist organisation in March.")
    assert [e.type for e in events(sheet)] == []  # the phrase split by its object is left alone
    sheet = extract("The group was designated as a terrorist organisation in March.")
    assert [(e.type, e.date.value) for e in events(sheet)] == [("sanction", "2025-03")]


def test_the_paragraph_after_the_lede_retells_its_event(extract) -> None:
    sheet = extract(
        "Gunmen shot dead the mayor of a hill town on Monday, officials said.\n\n"
        "Mayor Juan Ortega was ambushed as he drove home from a meeting. His driver was wounded."
    )
    assert [(e.type, e.date.value) for e in events(sheet) if e.type == "attack"] == [("attack", "2025-08-11")]
    sheet = extract(
        "Gunmen shot dead the mayor of a hill town on Monday, officials said.\n\n"
        "In another incident, gunmen killed councillor Ana Ruiz near the coast."
    )
    assert [e.type for e in events(sheet)].count("attack") == 2


def test_a_doubt_about_the_doers_leaves_the_act_reported(extract) -> None:
    sheet = extract("Suspected militants attacked a convoy near the border.")
    assert [(e.type, e.status) for e in events(sheet)] == [("attack", "reported")]
    sheet = extract("A suspected attack damaged the pipeline.")
    assert [(e.type, e.status) for e in events(sheet)] == [("attack", "hypothetical")]


def test_his_home_points_to_the_person_told_last(extract) -> None:
    sheet = extract(
        "The opposition named Ousmane Diallo as its candidate in June. "
        "Police raided his home in Thies on Sunday and seized documents."
    )
    raid = [e for e in events(sheet) if e.date.value == "2025-08-10"]
    assert raid and raid[0].targets == ("Ousmane Diallo",)
