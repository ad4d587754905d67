"""Event extraction: triggers, PLOVER type and mode, status, actors, dates, places, figures.

Sentences are written in the style of wire reports on the 2023 Gaza truce and other conflicts (not
taken from the evaluation sets); the seed article is the bundled example.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.records import Event, Figure

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language

def _one(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.text == trigger]
    assert found, f"no event with trigger {trigger!r} in {[e.text for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode", "status", "source", "target", "date"),
    [
        ("Israel released 30 Palestinian prisoners on Friday.",
         "released", "RETREAT", "release", "happened", "ISR", "PSE", "2023-11-24"),
        ("Hamas militants abducted dozens of civilians from southern Israel on October 7.",
         "abducted", "ASSAULT", "abduct", "happened", "PSE", None, "2023-10-07"),
        ("Russian warplanes bombed the city of Aleppo on Monday.",
         "bombed", "ASSAULT", "aerial", "happened", "RUS", None, "2023-11-27"),
        ("Houthi rebels seized a cargo ship in the Red Sea.",
         "seized", "ASSAULT", "abduct", "happened", "YEM", None, None),
        ("Police arrested two Pakistani nationals in Lahore.",
         "arrested", "COERCE", "arrest", "happened", "PAK", "PAK", None),
        ("Ukraine and Russia exchanged hundreds of prisoners of war in 2022.",
         "exchanged", "RETREAT", "release", "happened", "UKR", None, "2022"),
        ("Egypt condemned the Israeli strikes.",
         "condemned", "ACCUSE", "disapprove", "happened", "EGY", None, None),
        ("The United States imposed sanctions on Iran.",
         "imposed", "SANCTION", None, "happened", "USA", "IRN", None),
        ("Germany deployed troops to Lithuania.",
         "deployed", "MOBILIZE", "troops", "happened", "DEU", None, None),
        ("Qatar's prime minister met Hamas leaders in Doha in October.",
         "met", "CONSULT", None, "happened", "QAT", "PSE", "2023-10"),
        ("Japan pledged to deliver food aid to Sudan.",
         "deliver", "AID", None, "offered", "JPN", "SDN", None),
    ],
)
def test_sentence_gives_event(
    nlp: Language, sentence: str, trigger: str, type_: str, mode: str | None, status: str,
    source: str | None, target: str | None, date: str | None,
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode, event.status) == (type_, mode, status)
    assert (event.source.country if event.source else None) == source
    if target is not None:
        assert event.target is not None and event.target.country == target
    assert event.date == date
    assert sentence[event.start : event.end] == event.text


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        # ground or power taken: fighting for territory (CAMEO 192, ASSAULT with no mode)
        ("Rebels captured the town of Bunagana and two army bases on Tuesday.", "captured", "ASSAULT", None),
        ("M23 fighters captured the city of Goma after a week of fighting.", "captured", "ASSAULT", None),
        ("The junta seized power in a coup.", "seized", "ASSAULT", None),
        ("The capture of Bakhmut by Wagner forces was announced on Saturday.", "capture", "ASSAULT", None),
        # things taken are confiscated (COERCE seize)
        ("Customs officers seized 300 kilograms of heroin at the port.", "seized", "COERCE", "seize"),
        ("After the clash the army seized two pick-up trucks and six revolvers.", "seized", "COERCE", "seize"),
        ("Iran's navy seized an oil tanker in the Gulf of Oman.", "seized", "COERCE", "seize"),
        ("Khartoum must return a helicopter that was captured by the Sudanese army.", "captured", "COERCE", "seize"),
        # people, and vessels taken by armed groups (hijacking), stay abductions
        ("Gunmen seized two aid workers in Darfur.", "seized", "ASSAULT", "abduct"),
        ("Pirates seized a fishing trawler off the coast of Somalia.", "seized", "ASSAULT", "abduct"),
        ("Militants seized the ship and its crew.", "seized", "ASSAULT", "abduct"),
        ("Troops captured a rebel commander's deputy near the border.", "captured", "ASSAULT", "abduct"),
        ("Rebels captured Goma on Monday.", "captured", "ASSAULT", None),  # a town the model tags a person
        ("Security forces tracked down Ahmed Hassan. Troops captured Hassan near the border.", "captured",
         "ASSAULT", "abduct"),  # the person named before, not the town of Hassan
        ("Hamas fighters captured Israeli soldiers on video.", "captured", "ASSAULT", "abduct"),
        ("Armed men seized ballot boxes in Sunday's vote.", "seized", "COERCE", "seize"),
        # counts, measures and containers are looked through; a noun's taker is its possessor
        ("Soldiers seized a cache of weapons.", "seized", "COERCE", "seize"),
        ("Police announced the seizure of 500 kilograms of cocaine.", "seizure", "COERCE", "seize"),
        ("Police made a record cocaine seizure at the port.", "seizure", "COERCE", "seize"),
        ("Iran's seizure of the tanker angered London.", "seizure", "COERCE", "seize"),
        ("Iran's navy intercepted and seized a foreign tanker.", "seized", "COERCE", "seize"),
        ("The Iranian navy, which seized the tanker on Friday, said it would free the crew.", "seized", "COERCE",
         "seize"),
        ("Rebels captured the town and dozens of tanks.", "captured", "ASSAULT", None),
    ],
)
def test_what_is_taken_decides_a_capture(nlp: Language, sentence: str, trigger: str, type_: str,
                                         mode: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("Farmers blocked roads across the country on Monday.", "blocked", "PROTEST", "obstruct"),
        ("Hundreds of thousands of people blocked streets in the capital.", "blocked", "PROTEST", "obstruct"),
        ("Israeli protesters blocked aid trucks at the crossing.", "blocked", "PROTEST", "obstruct"),
        ("Rebels blocked the main road to Goma.", "blocked", "COERCE", "restrict"),
        ("Israeli forces blocked aid trucks from entering Gaza.", "blocked", "COERCE", "withhold"),
        ("The army put its troops on high alert along the border.", "alert", "MOBILIZE", "troops"),
        ("Police were placed on alert after the bombing.", "alert", "MOBILIZE", "police"),
        ("Protesters burned tyres and blocked the main highway.", "blocked", "PROTEST", "obstruct"),
        ("Protesters continued to block the road on Tuesday.", "block", "PROTEST", "obstruct"),
        ("Armed men blocked the road near Bamako.", "blocked", "COERCE", "restrict"),
        ("Authorities blocked access to several news websites.", "blocked", "COERCE", "censor"),
        ("Israeli forces blocked access to the port.", "blocked", "COERCE", "restrict"),
        ("China blocked imports of Australian wine.", "blocked", "SANCTION", None),
        ("Protesters blocked access to parliament.", "blocked", "PROTEST", "obstruct"),
        ("The government blocked access to social media.", "blocked", "COERCE", "censor"),
    ],
)
def test_blocking_and_alerts_are_events_by_who_and_what(nlp: Language, sentence: str, trigger: str, type_: str,
                                                         mode: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("Hamas fired rockets at Tel Aviv.", "fired", "ASSAULT", "heavy-weapons"),
        ("Hezbollah launched dozens of rockets at northern Israel.", "launched", "ASSAULT", "heavy-weapons"),
        ("Russia launched a barrage of missiles and drones at Kyiv.", "launched", "ASSAULT", "heavy-weapons"),
        ("Police fired tear gas at the protesters.", "fired", "ASSAULT", "crowd-control"),
        ("Troops fired rubber bullets at the crowd.", "fired", "ASSAULT", "crowd-control"),
        ("Soldiers fired on the crowd.", "fired", "ASSAULT", "firearms"),  # nothing named: the verb's own mode
        ("Soldiers threw grenades into the house.", "threw", "ASSAULT", "explosives"),
        ("Settlers threw stones at Palestinian cars.", "threw", "ASSAULT", "primitive"),
        ("Protesters threw stones at police.", "threw", "PROTEST", "riot"),
        ("Youths hurled petrol bombs at the police station.", "hurled", "PROTEST", "riot"),
    ],
)
def test_what_is_fired_launched_or_thrown_sets_the_mode(nlp: Language, sentence: str, trigger: str, type_: str,
                                                          mode: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)


@pytest.mark.parametrize("sentence", ["The party launched a campaign to win the youth vote.",
                                      "The agency launched a weather satellite on Monday.",
                                      "The coach threw the ball back to the players.",
                                      "The president fired the army chief on Monday."])
def test_launching_or_throwing_no_weapon_is_no_assault(nlp: Language, sentence: str) -> None:
    assert [e.type for e in events_in(nlp, sentence) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("sentence", "threat"),
    [
        ("The guerrillas have warned that they will start a military offensive tomorrow.", True),
        ("Hezbollah warned Israel against any attack on Lebanon.", True),
        ("Iran warned of a harsh response if its facilities are attacked.", True),
        ("The rebels warned that if the army advanced, they would attack the city.", True),
        ("The interior minister warned that the army would crush any uprising.", True),
        ("The rebels warned that anyone collaborating with the army would be killed.", True),
        ("Iran warned that it would close the Strait of Hormuz.", True),
        ("Civilians were warned to leave the city before the assault.", True),
        # a warning of what others or events may do is a pessimistic comment, no event
        ("The head of the U.N. refugee agency warned on Monday that funding cuts would force it to reduce rations.",
         False),
        ("Economists warn that the central bank could undermine growth by raising rates.", False),
        ("Ortega warned that the United States will pressure Honduras to break relations.", False),
        ("Kyiv warned that the plant would be shelled by Russian forces.", False),
        ("It is undermining our constitution, he warned.", False),
        ("The president warned of the dangers of automation.", False),
        ("Analysts warned that the ceasefire could collapse if the talks fail.", False),
        ("The UN warned of famine if aid did not reach Gaza.", False),
        ("Health officials warned residents of possible flooding.", False),
        ("The US embassy warned of possible terrorist attacks in Nairobi.", False),
    ],
)
def test_a_warning_is_a_threat_only_of_the_speakers_own_act(nlp: Language, sentence: str, threat: bool) -> None:
    warned = [e for e in events_in(nlp, sentence) if e.text.startswith("warn")]
    assert [e.type for e in warned] == (["THREATEN"] if threat else [])


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Thousands blocked streets in the capital in defiance of Chinese authorities.", "blocked", "CHN"),
        ("Students marched through Dhaka in opposition to a law passed by Bangladesh's parliament.", "marched",
         "BGD"),
    ],
)
def test_a_protest_in_defiance_or_opposition_of_a_party_targets_it(nlp: Language, sentence: str, trigger: str,
                                                                   target: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.type == "PROTEST" and event.target is not None and event.target.country == target


@pytest.mark.parametrize(
    "sentence",
    ["Russia blocked the resolution in the Security Council.", "A landslide blocked the road.",
     "Hospitals in the city are on alert.", "Protesters blocked the view of the stage.",
     "The company blocked the shipment of chips to China.", "Facebook blocked the account of the minister.",
     # what is seized or captured here is no one and nothing
     "The opposition seized on the minister's remarks.", "The rebels seized the initiative in the north.",
     "The shooting was captured on video.", "The party captured 40 percent of the vote.",
     "The ruling party seized control of the city council in Sunday's vote."],
)
def test_blocking_a_text_or_by_no_actor_and_civil_alerts_are_no_events(nlp: Language, sentence: str) -> None:
    words = {"blocked", "alert", "seized", "captured"}
    assert [e.type for e in events_in(nlp, sentence) if e.text in words] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Hamas said it was willing to release all the women it holds.", "release", "offered"),
        ("The group offered to free ten more hostages.", "free", "offered"),
        ("Hamas demanded the release of all Palestinian prisoners.", "release", "demanded"),
        ("At least 50 hostages are to be freed over four days.", "freed", "planned"),
        ("Israel will release 150 Palestinian prisoners.", "release", "planned"),
        ("Israel refused to withdraw its troops.", "withdraw", "refused"),
        ("The army is investigating a report that three men were killed in Jenin.", "killed",
         "under_investigation"),
        ("The army is investigating a report that three men were killed in Jenin.", "investigating", "ongoing"),
        ("Talks are ongoing, and negotiations continue in Cairo.", "negotiations", "ongoing"),
        ("If the truce collapses, Israel would attack Rafah.", "attack", "hypothetical"),
        ("Hamas did not release the soldiers.", "release", "refused"),
    ],
)
def test_status_follows_governing_words(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).status == status


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The group declared its willingness to release the hostages.", "willingness"),
        ("Iran threatened to attack the tankers.", "attack"),
        ("Israel released 39 women in exchange for 13 hostages.", "exchange"),
        ("The truce was set to end on Thursday.", "truce"),
        ("Israeli forces extended the truce by two days.", "truce"),
        ("Three men were not killed.", "killed"),
        ("The union rejected terms for closing its wages dispute with the airline.", "dispute"),
        ("Ministers approved a mechanism for easing the farm subsidies dispute with Brussels.", "dispute"),
        ("Officials said a deal for ending the fisheries dispute with Norway was near.", "dispute"),
    ],
)
def test_framing_words_and_anaphors_are_not_separate_events(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in [e.text for e in events_in(nlp, sentence)]


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_"),
    [
        ("Protests erupted in Dhaka after the verdict.", "Protests", "PROTEST"),
        ("Fighting raged in El Fasher for a third day.", "Fighting", "ASSAULT"),
        ("Heavy fighting was reported near Avdiivka on Sunday.", "fighting", "ASSAULT"),
        ("Talks took place in Cairo behind closed doors.", "Talks", "CONSULT"),
    ],
)
def test_an_act_that_takes_place_is_an_event_without_participants(
        nlp: Language, sentence: str, trigger: str, type_: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).type == type_


def test_an_act_that_takes_place_has_the_status_of_its_verb(nlp: Language) -> None:
    assert _one(events_in(nlp, "Talks will take place in Geneva next week."), "Talks").status == "planned"
    assert _one(events_in(nlp, "If protests erupt, the army will deploy."), "protests").status == "hypothetical"


def test_a_plural_event_noun_tagged_as_a_name_is_still_the_event(nlp: Language) -> None:
    events = events_in(nlp, "Airstrikes were carried out on Khan Younis overnight, residents said.")
    assert [(e.text, e.type) for e in events] == [("Airstrikes", "ASSAULT")]  # not the light verb "carried"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The fighting raged on into the night.", "fighting"),  # an anaphor of an earlier mention
        ("International agreements continue to be ignored.", "agreements"),  # the subject of "ignored"
        ("Protests take courage in a police state.", "Protests"),  # "take" without "place"
        ("No protests were reported in the capital.", "protests"),
        ("Protests did not erupt after the verdict.", "Protests"),
        ("A legal battle dragged on for years.", "battle"),  # bare "battle" is often a figure of speech
        ("A strike broke out at the port of Piraeus.", "strike"),  # labour or military: a bare strike says not
        ("Protests were reported to have been banned.", "Protests"),  # the subject of "banned"
    ],
)
def test_taking_place_needs_a_bare_subject_of_an_occurrence_verb(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in [e.text for e in events_in(nlp, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather in Tel Aviv was mild on Sunday.",
        "Shares in London closed higher.",
        "The minister said the report would be published next week.",
    ],
)
def test_sentence_without_event_gives_none(nlp: Language, sentence: str) -> None:
    assert events_in(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        ("The army imposed a curfew on the town after a demonstration over the election.", "demonstration"),
        ("Rebels surrendered in Soroti following clashes with the army in the area.", "clashes"),
        ("The militia declared a ceasefire after 12 days of battles with the army.", "battles"),
        ("Police arrested 20 people in the wake of the bombing in the capital.", "bombing"),
        ("The minister resigned on the eve of a visit by the Turkish president.", "visit"),
    ],
)
def test_undated_background_events_are_not_recorded(nlp: Language, sentence: str, background: str) -> None:
    """An event that only sets the news in time is other news; dated to this report it would be invented."""
    texts = [e.text for e in events_in(nlp, sentence)]
    assert texts and background not in texts
    foreground = f"Witnesses reported {background} with the army in the north on Monday."
    assert background in [e.text for e in events_in(nlp, foreground)]  # the same noun, as news, is an event


def test_background_noun_of_a_clause_without_an_event_is_the_news(nlp: Language) -> None:
    """'Five people died after a bombing': the deaths are no event of their own; the bombing is the news."""
    assert "bombing" in [e.text for e in events_in(nlp, "Five people died after a suicide bombing in the capital.")]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Government forces launched a campaign against the rebels in the east.", "ASSAULT"),
        ("A gunman attacked the candidate during a speech in the capital.", "ASSAULT"),
        ("Police beat opposition supporters during the election.", "ASSAULT"),
        ("Rebels captured 30 percent of the city.", "ASSAULT"),
    ],
)
def test_conflict_senses_survive_the_political_readings(nlp: Language, sentence: str, type_: str) -> None:
    """The rules for election campaigns, verbal attacks and votes won leave armed acts alone."""
    assert type_ in [e.type for e in events_in(nlp, sentence)]


def test_dated_background_event_is_kept(nlp: Language) -> None:
    events = events_in(nlp, "Forty guerrillas were demobilized since the August 13 peace accord between the parties.")
    assert "accord" in [e.text for e in events]


def test_release_of_two_parties_gives_one_event_each(nlp: Language) -> None:
    text = "The deal allowed the release of 60 Israeli hostages and 180 Palestinian prisoners."
    releases = [e for e in events_in(nlp, text) if e.text == "release"]
    assert [e.target.country for e in releases if e.target] == ["ISR", "PSE"]


def test_event_links_figure_inside_its_target(nlp: Language) -> None:
    text = "Israel released 39 Palestinian women and children on Friday."
    start = text.index("39")
    figure = Figure(doc_id="t", start=start, end=start + 2, text="39", value=39, counted="Palestinian women")
    event = _one(events_in(nlp, text, figures=[figure]), "released")
    assert event.figures == [0]
    assert event.target is not None and event.target.text == "Palestinian women and children"


def test_place_is_taken_as_written(nlp: Language) -> None:
    event = _one(events_in(nlp, "Gunmen captured 240 hostages from southern Israel."), "captured")
    assert event.place == "southern Israel"
    assert event.target is not None and event.target.country == "ISR"


SEED_EXPECTED = [
    # (trigger, occurrence, type, mode, status, source country, target country)
    ("release", 0, "RETREAT", "release", "offered", "PSE", "ISR"),
    ("captured", 0, "ASSAULT", "abduct", "happened", "PSE", "ISR"),
    ("attack", 0, "ASSAULT", None, "happened", "PSE", "ISR"),
    ("campaign", 0, "ASSAULT", None, "happened", "ISR", "PSE"),
    ("released", 0, "RETREAT", "release", "happened", None, "PSE"),
    ("liberation", 0, "RETREAT", "release", "offered", "PSE", "ISR"),
    ("investigating", 0, "ACCUSE", "investigate", "ongoing", "ISR", "PSE"),
    ("killed", 0, "ASSAULT", None, "under_investigation", None, "PSE"),
]


@pytest.mark.parametrize(("trigger", "nth", "type_", "mode", "status", "source", "target"), SEED_EXPECTED)
def test_seed_article_event(
    nlp: Language, seed_text: str, trigger: str, nth: int, type_: str, mode: str | None, status: str,
    source: str | None, target: str | None,
) -> None:
    events = [e for e in events_in(nlp, seed_text) if e.text == trigger]
    event = events[nth]
    assert (event.type, event.mode, event.status) == (type_, mode, status)
    assert (event.source.country if event.source else None) == source
    assert (event.target.country if event.target else None) == target


def test_seed_article_dates_resolve_against_article_date(nlp: Language, seed_text: str) -> None:
    events = events_in(nlp, seed_text)
    assert _one(events, "attack").date == "2023-10-07"
    assert _one(events, "released").date == "2011"


# ------------------------------------------------------------------ framing acts, captives, context


@pytest.mark.parametrize(
    ("sentence", "frame", "frame_type", "embedded", "embedded_status", "frame_target"),
    [
        ("The Arab League demanded the withdrawal of Turkish troops from northern Iraq.",
         "demanded", "REQUEST", "withdrawal", "demanded", "TUR"),
        ("Kenya refused to deport the Somali refugees.", "refused", "REJECT", "deport", "refused", "SOM"),
        ("Egypt offered to free the Sudanese fishermen.", "offered", "AGREE", "free", "offered", "SDN"),
    ],
)
def test_speech_act_is_an_event_and_its_act_keeps_a_status(
    nlp: Language, sentence: str, frame: str, frame_type: str, embedded: str, embedded_status: str,
    frame_target: str,
) -> None:
    events = events_in(nlp, sentence)
    framing = _one(events, frame)
    assert framing.type == frame_type and framing.status == "happened"
    assert framing.target is not None and framing.target.country == frame_target
    assert _one(events, embedded).status == embedded_status


def test_reported_must_is_a_demand_on_the_clause_subject(nlp: Language) -> None:
    events = events_in(nlp, "Germany said on Monday that Serbia must free the Kosovo activists.")
    demand = _one(events, "said")
    assert demand.type == "REQUEST"
    assert demand.source is not None and demand.source.country == "DEU"
    assert demand.target is not None and demand.target.country == "SRB"
    assert _one(events, "free").status == "demanded"


def test_threat_takes_the_target_of_the_threatened_act(nlp: Language) -> None:
    threat = _one(events_in(nlp, "Turkey threatened to cut off water supplies to Syria."), "threatened")
    assert threat.target is not None and threat.target.country == "SYR"


def test_negated_acceptance_is_a_rejection(nlp: Language) -> None:
    event = _one(events_in(nlp, "Jordan said it would not accept more refugees from Syria."), "accept")
    assert (event.type, event.status) == ("REJECT", "happened")
    assert event.source is not None and event.source.country == "JOR"


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenia and Azerbaijan agreed on Tuesday to exchange prisoners.",
        "Peru and Chile have agreed to hold joint naval exercises next month.",
    ],
)
def test_reciprocal_subject_is_one_joint_source(nlp: Language, sentence: str) -> None:
    event = _one(events_in(nlp, sentence), "agreed")
    assert event.source is not None and event.source.country in {"ARM", "PER"}
    assert event.target is None  # PLOVER: conjoined parties acting together are one source, no target
    assert event.source.text in {"Armenia and Azerbaijan", "Peru and Chile"}  # and no party is lost


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Clashes between Ethiopian and Eritrean troops left dozens dead.", "Clashes", "Ethiopian and Eritrean troops"),
        ("Fighting broke out between the army and the RSF in Omdurman.", "Fighting", "army and the RSF"),
        ("Talks took place between Serbian and Kosovar officials in Brussels.", "Talks",
         "Serbian and Kosovar officials"),
    ],
)
def test_parties_between_whom_an_act_takes_place_are_its_joint_source(
        nlp: Language, sentence: str, trigger: str, source: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.text == source
    assert event.target is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Egypt launched a mediation effort between Hamas and Fatah on Sunday.", "effort", "Hamas and Fatah"),
        ("Turkey's mediation between Russia and Ukraine continued.", "mediation", "Russia and Ukraine"),
    ],
)
def test_parties_a_mediator_stands_between_are_the_target(
        nlp: Language, sentence: str, trigger: str, target: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country in {"EGY", "TUR"}
    assert event.target is not None and event.target.text == target  # both sides, of two countries too


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Drone strikes continued between Sanaa and Hodeidah.", "strikes"),  # a stretch, and no mutual act
        ("Heavy fighting broke out between Gaza City and Khan Younis.", "fighting"),
        ("Talks took place between Geneva and Vienna over two weeks.", "Talks"),
    ],
)
def test_towns_an_act_takes_place_between_are_no_parties(nlp: Language, sentence: str, trigger: str) -> None:
    found = [e for e in events_in(nlp, sentence) if e.text == trigger]
    assert all(e.source is None for e in found)


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Buses carrying 24 Palestinian detainees left Ofer prison on Sunday.", "left", "Palestinian detainees"),
        ("Four Thai hostages crossed into Egypt at Rafah.", "crossed", "Thai hostages"),
    ],
)
def test_captives_moving_are_released(nlp: Language, sentence: str, trigger: str, target: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode, event.source) == ("RETREAT", "release", None)
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The minister said she would return from Brussels on Friday.", "return"),
        ("Rebels attacked the besieged town of Mariupol.", "besieged"),
        ("Since the war began, more than 9,000 people have been killed in Gaza.", "killed"),
        ("The army freed six hostages, bringing the number released since May to 40.", "released"),
        ("The October 2 bombing killed 30 people in Kabul.", "killed"),
        ("Thousands of students staged protests to demand new elections.", "demand"),
    ],
)
def test_states_tallies_and_restatements_are_not_events(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in [e.text for e in events_in(nlp, sentence)]


def test_event_noun_takes_the_victims_of_its_verb(nlp: Language) -> None:
    bombing = _one(events_in(nlp, "The October 2 bombing killed 30 Afghan civilians."), "bombing")
    assert bombing.target is not None and bombing.target.country == "AFG"


def test_hunger_strike_is_a_protest_without_arguments(nlp: Language) -> None:
    event = _one(events_in(nlp, "Detained activists began a hunger strike."), "strike")
    assert (event.type, event.mode) == ("PROTEST", "hunger")


def test_demand_made_in_a_past_relative_clause_is_not_demanded(nlp: Language) -> None:
    events = events_in(nlp, "Kyiv said Moscow must return the tanker that was seized in May.")
    assert _one(events, "seized").status == "happened"


def test_bare_captives_take_their_country_from_the_article(nlp: Language) -> None:
    text = ("Hamas freed 17 hostages on Sunday. Israel released 39 Palestinian prisoners in return. "
            "More hostages are to be freed on Monday, and 30 more prisoners will be released.")
    events = events_in(nlp, text)
    hostages = [e for e in events if e.target is not None and e.target.text == "hostages"]
    assert [e.target.country for e in hostages if e.target] == ["ISR", "ISR"]
    later = next(e for e in events if e.text == "released" and e.status == "planned")
    assert later.target is not None and later.target.country == "PSE"
    assert later.source is not None and later.source.country == "ISR"  # prisoners are freed by their jailer


@pytest.mark.parametrize(
    "third",
    [
        "Washington threatened to impose sanctions on those who violate the truce.",
        "Washington urged Sudan to respect the truce.",
        "The United States sent aid to Sudan.",
        "Sudan's foreign minister met US envoy Tom Perriello in Jeddah.",
    ],
)
def test_no_foreign_counterpart_is_guessed_in_a_civil_war(nlp: Language, third: str) -> None:
    """Both sides are Sudanese; the United States, named as often, appeals, helps or talks, but fights no one."""
    text = ("Sudan's army and the Rapid Support Forces agreed to a ceasefire, the United States said. "
            "An RSF spokesman accused the army of bombing a market, killing 17 people. " + third)
    killing = _one(events_in(nlp, text), "killing")
    assert killing.target is None or killing.target.country != "USA"


def test_the_other_side_is_taken_when_the_article_shows_the_two_opposed(nlp: Language) -> None:
    text = ("Israel released 39 Palestinian prisoners on Friday. Israel said Hamas had freed 24 hostages. "
            "Hamas fighters attacked an Israeli post, and Israel struck Gaza.")
    freed = _one(events_in(nlp, text), "freed")
    assert freed.target is not None and freed.target.country == "ISR"


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Seven aid workers were killed in an Israeli air strike in central Gaza.", "killed", "ISR"),
        ("Three children were wounded by Russian shelling overnight.", "wounded", "RUS"),
        ("Two nurses were killed in a Gaza hospital.", "killed", None),  # a place, not an attack
        ("20 soldiers were killed in an attack by Boko Haram.", "killed", "NGA"),
        ("Twenty soldiers were killed in a Boko Haram attack.", "killed", "NGA"),
        ("The WHO put the death toll at 705, with at least 5,287 injured.", "injured", None),
    ],
)
def test_victims_of_a_named_sides_attack_were_attacked_by_that_side(
    nlp: Language, text: str, trigger: str, source: str | None
) -> None:
    event = _one(events_in(nlp, text), trigger)
    assert (event.source.country if event.source else None) == source


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The convoy was travelling along the coastal road when it was hit.", "hit", "happened"),
        ("Israel will release the prisoners when Hamas frees the hostages.", "frees", "planned"),
    ],
)
def test_a_time_clause_in_the_past_tells_its_own_fact(nlp: Language, text: str, trigger: str, status: str) -> None:
    assert _one(events_in(nlp, text), trigger).status == status


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The army spokesman did not provide evidence.", "provide"),
        ("Qatar sent a letter to the council.", "sent"),
        ("Days of fighting sent thousands of residents fleeing across the border.", "sent"),
        ("The fighting sent thousands fleeing.", "sent"),
        ("Hospitals said more than 600 wounded had been admitted since Sunday.", "admitted"),
        ("Six people were admitted to hospital.", "admitted"),
        ("He later withdrew the finance bill.", "withdrew"),
        ("The agreement provides for the disarmament of the fighters.", "provides"),
    ],
)
def test_giving_information_sending_words_and_hospital_admissions_are_no_events(
    nlp: Language, text: str, absent: str
) -> None:
    assert absent not in [e.text for e in events_in(nlp, text)]


@pytest.mark.parametrize(
    "text", ["Iran sent weapons to the Houthis.", "The UN sent 40 trucks carrying food into Gaza.",
             "Egypt sent aid convoys heading to Gaza."],
)
def test_sending_goods_is_still_aid(nlp: Language, text: str) -> None:
    assert _one(events_in(nlp, text), "sent").type == "AID"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Rights groups say thousands of detainees were tortured or executed.", "executed", "detainees"),
        ("Five men were arrested and later released.", "released", "men"),
    ],
)
def test_a_passive_shared_by_conjoined_verbs_is_passive_for_both(
    nlp: Language, text: str, trigger: str, target: str
) -> None:
    event = _one(events_in(nlp, text), trigger)
    assert event.source is None  # not "rights groups", the ones who say it
    assert event.target is not None and event.target.text == target


def test_a_call_with_a_purpose_asks_no_one(nlp: Language) -> None:
    congratulate = _one(events_in(nlp, "She called Sanders to congratulate him."), "congratulate")
    assert congratulate.source is None or congratulate.source.text != "Sanders"


def test_a_relative_clause_with_its_own_subject_acts_on_its_noun(nlp: Language) -> None:
    kidnapped = _one(events_in(nlp, "The rebels released the people they had kidnapped."), "kidnapped")
    assert kidnapped.target is not None and kidnapped.target.text == "people"


@pytest.mark.parametrize(
    ("text", "country"),
    [("Five soldiers were killed in a Hamas rocket attack.", "PSE"),
     ("Three people were killed in Israel's air strikes.", "ISR")],
)
def test_a_named_attacker_on_the_attack_noun_is_the_source(nlp: Language, text: str, country: str) -> None:
    killed = _one(events_in(nlp, text), "killed")
    assert killed.source is not None and killed.source.country == country


def test_the_one_urged_to_act_is_the_source_of_the_act(nlp: Language) -> None:
    withdraw = _one(events_in(nlp, "The United States urged Eritrean troops to withdraw from Tigray."), "withdraw")
    assert withdraw.status == "demanded"
    assert withdraw.source is not None and withdraw.source.country == "ERI"


def test_a_perfect_participle_after_a_preposition_is_active(nlp: Language) -> None:
    killed = _one(events_in(nlp, "The gunmen fled after having killed three soldiers."), "killed")
    assert killed.source is not None and killed.source.text == "gunmen"


def test_a_place_on_the_attack_noun_is_where_it_fell_not_who_made_it(nlp: Language) -> None:
    assert _one(events_in(nlp, "Five people were killed in Gaza air strikes."), "killed").source is None


def test_a_denied_act_is_claimed_by_the_denier(nlp: Language) -> None:
    text = "Israel denied that its forces struck the hospital."
    struck = _one(events_in(nlp, text, with_claims=True), "struck")
    assert (struck.status, struck.claimant) == ("denied", "Israel")


@pytest.mark.parametrize(
    ("text", "trigger", "role", "sector"),
    [
        ("The Kachin Independence Army, an ethnic armed group, blamed the army for the attack.", "blamed",
         "source", "REB"),
        ("A foreign commando killed Hector Oqueli, leader of the Salvadoran leftist party.", "killed", "target",
         "POL"),
    ],
)
def test_a_name_is_what_its_description_says(nlp: Language, text: str, trigger: str, role: str, sector: str) -> None:
    actor = getattr(_one(events_in(nlp, text), trigger), role)
    assert actor is not None and actor.sector == sector


# ------------------------------------------------------------------ announcements, transfers, deployments


@pytest.mark.parametrize(
    ("sentence", "trigger", "mode", "source"),
    [
        ("Hezbollah said it would fire rockets at northern Israel if the shelling went on.", "fire", "violence", "LBN"),
        ("The Turkish government announced that it will impose a curfew on Diyarbakir.", "impose", "restrict", "TUR"),
        ("Russia plans to expel twenty British diplomats, the foreign ministry said.", "expel", "expel", "RUS"),
        ("Colombia said it would break off relations with Venezuela unless the border reopened.", "break",
         "relations", "COL"),
    ],
)
def test_hostile_act_announced_by_its_own_side_is_a_threat(
    nlp: Language, sentence: str, trigger: str, mode: str, source: str
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode, event.status) == ("THREATEN", mode, "happened")
    assert event.source is not None and event.source.country == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "status"),
    [
        ("If the truce collapses, Israel would attack Rafah.", "attack", "ASSAULT", "hypothetical"),
        ("Ukrainian officials said Russia would attack Kharkiv again.", "attack", "ASSAULT", "planned"),
        ("The rebels are prepared to fight in the mountains.", "fight", "ASSAULT", "offered"),
    ],
)
def test_guess_third_party_plan_or_resolve_is_no_threat(
    nlp: Language, sentence: str, trigger: str, type_: str, status: str
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.status) == (type_, status)


def test_own_announced_cooperation_adds_an_agreement_beside_the_act(nlp: Language) -> None:
    events = events_in(nlp, "Japan said it would send medical teams to Turkey.")
    agreement = _one(events, "said")
    assert (agreement.type, agreement.status) == ("AGREE", "happened")
    assert agreement.source is not None and agreement.source.country == "JPN"
    assert agreement.target is not None and agreement.target.country == "TUR"
    assert (_one(events, "send").type, _one(events, "send").status) == ("AID", "planned")


@pytest.mark.parametrize(
    "sentence",
    [
        "Qatar said Israel would release 150 Palestinian prisoners.",  # a third party's report of a plan
        "Hamas has declared its willingness to release all soldiers.",  # an offer stays an offer
        "The minister did not say when Israel would free the prisoners.",  # a negated report
        "He said he will resign after the election.",  # resigning commits to no one
    ],
)
def test_no_agreement_without_a_commitment_of_the_speakers_own(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_"),
    [
        ("Turkish doctors handed over 300 kg of medicine to the Red Crescent.", "handed", "AID"),
        ("The army handed over the two captured soldiers to the Red Cross.", "handed", "RETREAT"),
        ("Rescue helicopters evacuated the injured from the village.", "evacuated", "AID"),
        ("Israel evacuated its settlements in Gaza in 2005.", "evacuated", "RETREAT"),
        ("The first UN peacekeepers arrived in Goma on Sunday.", "arrived", "AID"),
        ("Russian troops arrived in Belarus on Monday.", "arrived", "MOBILIZE"),
        ("The deployment of African Union peacekeeping troops began in May.", "deployment", "AID"),
        ("The military government extended the curfew in Bamako.", "extended", "COERCE"),
        ("Sweden sent a team of doctors to the refugee camp.", "sent", "AID"),
    ],
)
def test_sense_of_a_transfer_follows_what_is_moved(nlp: Language, sentence: str, trigger: str, type_: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).type == type_


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The ministry released a statement on Tuesday.", "released"),
        ("The embassy sent a letter to the foreign ministry.", "sent"),
        ("The governor sent out an e-mail to his staff.", "sent"),
        ("An investigator sent to Kabul by the agency found no trace.", "sent"),
        ("The government dispatched an envoy to Khartoum.", "dispatched"),
        ("The UN sent a team of observers to the border.", "sent"),
        ("Medics treated the wounded at the scene.", "wounded"),
    ],
)
def test_messages_envoys_and_the_wounded_are_not_events(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in [e.text for e in events_in(nlp, sentence)]


def test_threat_mode_comes_from_the_threatened_act(nlp: Language) -> None:
    threat = _one(events_in(nlp, "North Korea threatened to launch an attack on Seoul."), "threatened")
    assert threat.mode == "violence"


def test_ethnic_group_is_of_the_country_it_lives_in(nlp: Language) -> None:
    event = _one(events_in(nlp, "Ethnic Hungarians protested in Romania on Sunday."), "protested")
    assert event.source is not None and event.source.country == "ROU"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Hundreds of settlers rallied in Jerusalem on Thursday.", "rallied", "ISR"),
        ("Thousands of people demonstrated in Nairobi on Saturday.", "demonstrated", "KEN"),
        ("Gunmen opened fire in South Carolina on Sunday.", "opened", "USA"),
    ],
)
def test_an_act_on_a_place_with_no_one_named_is_aimed_at_the_place(
    nlp: Language, sentence: str, trigger: str, target: str
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.country == target
    assert event.target.text == event.place


def test_a_meeting_place_is_not_the_meeting_s_target(nlp: Language) -> None:
    event = _one(events_in(nlp, "Delegations from the two sides held talks in Cairo on Monday."), "talks")
    assert event.place == "Cairo" and event.target is None


def test_an_act_of_a_party_as_object_is_aimed_at_that_party(nlp: Language) -> None:
    event = _one(events_in(nlp, "The ministry condemned the army's handling of the protest."), "condemned")
    assert event.target is not None and event.target.text == "army"


@pytest.mark.parametrize(
    ("sentence", "requests"),
    [
        ("Reporters asked whether the troops had withdrawn from the town.", []),
        ("The senator asked why the aid had not arrived.", []),
        ("Kyiv asked what weapons it would receive.", []),
        ("The committee asked about the casualties.", []),
        # asking a party to act, or for something, is a request
        ("Egypt asked Hamas to release the hostages.", ["asked"]),
        ("Ukraine asked for more air defence systems.", ["asked"]),
    ],
)
def test_a_question_requests_nothing(nlp: Language, sentence: str, requests: list[str]) -> None:
    assert [e.text for e in events_in(nlp, sentence) if e.type == "REQUEST"] == requests


@pytest.mark.parametrize(
    ("sentence", "assaults"),
    [
        ("Floods killed at least 40 people in western Kenya.", []),
        ("Nine people were killed in a bus crash near Mombasa.", []),
        ("Two soldiers were killed when their helicopter crashed in bad weather.", []),
        ("At least 30 migrants died or were killed when their boat capsized off Tunisia.", []),
        # an attack stays an attack, a downing stays a downing
        ("Two soldiers were killed when their helicopter was shot down.", ["killed", "shot"]),
        ("A roadside bomb killed four policemen in Kirkuk.", ["killed"]),
    ],
)
def test_deaths_by_accident_or_nature_are_no_assault(nlp: Language, sentence: str, assaults: list[str]) -> None:
    assert [e.text for e in events_in(nlp, sentence) if e.type == "ASSAULT"] == assaults


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("The military imposed martial law in three provinces.", "imposed", "COERCE", "martial-law"),
        ("Ethiopia and Eritrea restored diplomatic relations in 2018.", "restored", "COOPERATE", None),
        ("The two countries agreed to resume diplomatic ties.", "resume", "COOPERATE", None),
        ("Kenya deployed 400 police officers to Haiti.", "deployed", "MOBILIZE", "police"),
        ("Russia deployed more troops to the border.", "deployed", "MOBILIZE", "troops"),
    ],
)
def test_martial_law_resumed_relations_and_police_deployments(
    nlp: Language, sentence: str, trigger: str, type_: str, mode: str | None
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Militiamen set fire to a mosque in the town overnight.", [("ASSAULT", "destroy", "set")]),
        ("Troops set ablaze dozens of homes, villagers said.", [("ASSAULT", "destroy", "set")]),
        # damage done in a protest makes it a riot, not a second event
        ("Inmates rioted at the prison on Sunday, setting fire to mattresses.", [("PROTEST", "riot", "rioted")]),
        ("Demonstrators marched on parliament, torching cars on the way.", [("PROTEST", "riot", "marched")]),
        ("Soldiers raided the village, setting fire to homes.",
         [("ASSAULT", None, "raided"), ("ASSAULT", "destroy", "setting")]),
        # another's arson during a protest stays an attack; a flag or an effigy burnt is a gesture
        ("Farmers were protesting outside parliament while police were torching their tractors.",
         [("PROTEST", "demo", "protesting"), ("ASSAULT", "destroy", "torching")]),
        ("Thousands marched in Karachi, burning American flags.", [("PROTEST", "demo", "marched")]),
    ],
)
def test_arson_is_an_assault_unless_done_in_a_protest(
    nlp: Language, sentence: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(e.type, e.mode, e.text) for e in events_in(nlp, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The truce was extended by two more days.", ("RETREAT", "ceasefire")),
        ("Both sides agreed to extend it for another 48 hours.", ("RETREAT", "ceasefire")),
        ("The curfew was extended until Friday.", ("COERCE", "curfew")),
        # what is extended names no act: no event, and no truce
        ("The Security Council extended the mandate of the mission by a year.", None),
        ("The deadline for the talks was extended.", None),
        ("He extended his condolences to the families.", None),
        ("The mandate, which was extended last year, expires in June.", None),
        ("The fighting extended into the night.", None),
        ("Washington extended its pause on weapons shipments to Kyiv.", None),
    ],
)
def test_extending_is_the_event_of_what_is_extended(
    nlp: Language, sentence: str, expected: tuple[str, str] | None
) -> None:
    events = [e for e in events_in(nlp, sentence) if e.text in {"extended", "extend"}]
    assert [(e.type, e.mode) for e in events] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "trigger", "text", "sector"),
    [
        ("Militants ambushed a convoy of Nigerien soldiers near the border.", "ambushed", "Nigerien soldiers", "MIL"),
        ("Gunmen attacked the home of a police commander overnight.", "attacked", "police commander", "GOV"),
        ("A mortar round hit an army base outside the capital.", "hit", "army base", "MIL"),
    ],
)
def test_an_attack_on_premises_is_aimed_at_their_owner(
    nlp: Language, sentence: str, trigger: str, text: str, sector: str
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and (event.target.text, event.target.sector) == (text, sector)


def test_a_thing_owned_through_a_pronoun_keeps_no_owner_as_target(nlp: Language) -> None:
    event = _one(events_in(nlp, "Israel and Hamas agreed to extend their truce by two days."), "extend")
    assert event.target is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "side", "text", "country"),
    [
        ("Dozens of Israeli soldiers raided the camp.", "raided", "source", "Israeli soldiers", "ISR"),
        ("Hundreds of settlers attacked the village on Friday.", "attacked", "source", "settlers", None),
        ("The strike killed dozens of Palestinian civilians, the ministry said.", "killed", "target",
         "Palestinian civilians", "PSE"),
    ],
)
def test_a_count_of_people_stands_for_the_people_counted(
    nlp: Language, sentence: str, trigger: str, side: str, text: str, country: str | None
) -> None:
    actor = getattr(_one(events_in(nlp, sentence), trigger), side)
    assert actor is not None and actor.text == text and actor.country == country


def test_parties_agreeing_on_a_thing_are_one_source(nlp: Language) -> None:
    event = _one(events_in(nlp, "Turkey and Russia signed a deal to cooperate on grain exports."), "signed")
    assert event.source is not None and event.source.country == "TUR"
    assert event.target is None  # the deal is no party, and neither side acts on the other


@pytest.mark.parametrize(
    ("sentence", "trigger", "target", "country"),
    [
        ("Syrian government forces bombed Idlib on Sunday.", "bombed", "Idlib", "SYR"),
        ("Security forces imposed a curfew in Aleppo on Tuesday after the clashes.", "imposed", "Aleppo", "SYR"),
        ("A rocket hit a house in Sderot.", "hit", "Sderot", "ISR"),
    ],
)
def test_a_town_the_actor_lexicon_does_not_know_takes_its_country_from_the_gazetteer(
    nlp: Language, sentence: str, trigger: str, target: str, country: str
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and (event.target.text, event.target.country) == (target, country)


def test_a_sea_shared_by_several_countries_gives_a_seized_ship_no_country(nlp: Language) -> None:
    event = _one(events_in(nlp, "Rebels seized the Galaxy Leader, a cargo ship, in the Red Sea on Sunday."), "seized")
    assert event.place == "the Red Sea" or event.place == "Red Sea"
    assert event.target is None or event.target.country is None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [("Gunmen abducted 20 in Zamfara on Sunday.", "abducted"), ("Police arrested dozens in Nairobi.", "arrested")],
)
def test_who_is_taken_is_never_the_place_of_the_taking(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.place is not None and (event.target is None or event.target.text != event.place)


def test_a_count_of_them_is_no_party_of_its_own(nlp: Language) -> None:
    event = _one(events_in(nlp, "Hamas released 13 of them on Friday."), "released")
    assert event.target is None or event.target.text != "them"


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The senator's campaign raised two million dollars in March.", False),
        ("Volunteers joined the presidential campaign in Ohio.", False),
        ("The army launched a military campaign against the rebels in the north.", True),
        ("Rebels waged a campaign of sabotage and attacks against army posts.", True),
        ("The guerrillas began a campaign to kill mayors in the province.", True),
        ("The army's campaign against the strikers was preceded by raids.", True),
    ],
)
def test_a_campaign_is_armed_only_when_qualified_so(nlp: Language, sentence: str, kept: bool) -> None:
    """Unqualified, 'campaign' is an election or advocacy campaign; an armed one is marked as such."""
    assert ("campaign" in [e.text for e in events_in(nlp, sentence)]) == kept


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Two hundred teachers began a hunger strike to protest the minister's decision to close schools.",
         "strike", "minister"),
        ("Students held a sit-in at the university in protest against the arrest of their leader by police.",
         "sit-in", "police"),
        ("Farmers staged a protest in Nairobi to demand compensation from the Kenyan government.",
         "staged", "Kenyan government"),
        ("Kurdish prisoners continue a hunger strike in protest of the Turkish government's refusal to move them.",
         "strike", "Turkish government"),
    ],
)
def test_a_protest_is_aimed_at_the_author_of_what_it_protests(
    nlp: Language, sentence: str, trigger: str, target: str,
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.text == target


def test_a_protest_held_at_a_place_is_not_aimed_at_it(nlp: Language) -> None:
    event = _one(events_in(nlp, "The candidate will hold a rally at the Grand Hotel in Leeds."), "rally")
    assert event.target is None or event.target.text != "Grand Hotel"


def test_a_name_in_apposition_is_placed_by_its_description(nlp: Language) -> None:
    sentence = "A member of the Kenyan parliament, John Mbadi, started a hunger strike on Monday."
    event = _one(events_in(nlp, sentence), "strike")
    assert event.source is not None and event.source.text == "John Mbadi" and event.source.country == "KEN"


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Two soldiers were killed by an improvised explosive device near Kandahar.", "explosives"),
        ("Rebels attacked the barracks with mortar fire on Sunday.", "heavy-weapons"),
        ("A man was killed at a gun shop in Dallas.", None),
        # what is attacked is no weapon
        ("Militants attacked a military helicopter near the border.", None),
        ("Iran shot down a U.S. drone over the Strait of Hormuz.", None),
        ("Rebels hit an army tank with a rocket.", "heavy-weapons"),
        # aircraft and missiles shot down fall to a weapon the verb does not name; people to guns
        ("Ukraine's air force said it shot down 31 of 36 drones launched by Russia overnight.", None),
        ("Gunmen shot him down outside his home.", "firearms"),
    ],
)
def test_assault_mode_comes_from_the_instrument_s_modifiers(nlp: Language, sentence: str, mode: str | None) -> None:
    events = [e for e in events_in(nlp, sentence) if e.type == "ASSAULT"]
    assert events and events[0].mode == mode


@pytest.mark.parametrize(
    ("sentence", "trigger", "kept"),
    [
        ("Ghana recalled its ambassador to Togo on Monday.", "recalled", True),
        ("He recalled that the army had shelled the town.", "recalled", False),
        ("She recalled the night the rebels came to the village.", "recalled", False),
        ("Hamas and Fatah signed a reconciliation agreement in Cairo.", "signed", True),
        ("The governor signed a bill banning rallies in the capital.", "signed", False),
        ("Dozens of groups signed the letter to the minister.", "signed", False),
        ("Police beat the protesters with batons in the square.", "beat", True),
        ("The senator beat his rival in the Iowa caucuses.", "beat", False),
        ("The mayor beat out two challengers by ten points.", "beat", False),
        ("The governor captured the support of young voters.", "captured", False),
    ],
)
def test_the_object_decides_whether_recall_sign_beat_and_capture_are_events(
    nlp: Language, sentence: str, trigger: str, kept: bool,
) -> None:
    """One recalls an envoy (a sanction) or a memory; one signs an agreement or only a text; one
    beats protesters or a rival in a vote."""
    assert (trigger in [e.text for e in events_in(nlp, sentence)]) == kept


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("Rescue helicopters evacuated the injured from the besieged Syrian town of Madaya.", "evacuated", "SYR"),
        ("Police imposed a curfew in the town of Batman in southeastern Turkey.", "imposed", "TUR"),
    ],
)
def test_a_place_named_as_the_town_of_x_is_a_place(nlp: Language, sentence: str, trigger: str, country: str) -> None:
    """'the town of X' names a place by a common noun; a second locative may give its country."""
    event = _one(events_in(nlp, sentence), trigger)
    assert event.place is not None and event.target is not None and event.target.country == country


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("Riot police detained 40 students in Dhaka on Sunday.", "detained", "BGD"),
        ("President Laurent Kabila announced that he will extend the curfew in Kinshasa.", "extend", "COD"),
        ("Troops imposed a curfew in Hebron on Friday.", "imposed", None),
    ],
)
def test_an_authority_coercing_at_a_place_is_that_place_s(
    nlp: Language, sentence: str, trigger: str, country: str | None,
) -> None:
    """A state arrests and imposes curfews on its own soil; armed forces also occupy, so stay unplaced."""
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country == country


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_"),
    [
        ("The governor unleashed withering attacks on his rival.", "attacks", "ACCUSE"),
        ("The senator attacked the mayor in an interview on Sunday.", "attacked", "ACCUSE"),
        ("Gunmen attacked a police station in the north.", "attacked", "ASSAULT"),
        ("Militants launched a politically motivated attack on the embassy.", "launched", "ASSAULT"),
    ],
)
def test_an_attack_made_in_words_is_criticism(nlp: Language, sentence: str, trigger: str, type_: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).type == type_


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Thousands of teachers went on strike on Monday over pay.", "strike"),
        ("The union called a nationwide strike against the new pension law.", "strike"),
        ("Some 20,000 miners stopped work on the second day of an indefinite strike over wages.", "strike"),
        ("The strike by bus drivers entered its third week.", "strike"),
        ("Dockers held a 24-hour strike at the port.", "strike"),
        ("Nurses are striking over staffing levels.", "striking"),
        ("THE STRIKE BY TEXTILE WORKERS ENTERED ITS SECOND WEEK.", "STRIKE"),
        ("The airline settled with pilots, ending a weeks-long strike.", "strike"),
    ],
)
def test_labour_strike_is_a_protest(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("PROTEST", "strike")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("An air strike killed 12 people in the village.", "strike"),
        ("Jets struck the town overnight.", "struck"),
        ("A missile strike on the base wounded four soldiers.", "strike"),
        ("Israel carried out a strike on a weapons depot near Damascus.", "strike"),
        ("The army launched a military strike against rebel positions.", "strike"),
        ("The rebels called their strike on the capital a success.", "strike"),
        ("France joined the strikes against militant camps in the desert.", "strikes"),
        ("Turkey resumed its strikes after the truce collapsed.", "strikes"),
        ("The Soviet Union struck back within hours.", "struck"),
        ("The African Union force struck back at the gunmen.", "struck"),
        ("Villagers struck at the patrol with machetes.", "struck"),
    ],
)
def test_military_strike_stays_an_assault(nlp: Language, sentence: str, trigger: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).type == "ASSAULT"


def test_calling_a_strike_is_no_phone_call(nlp: Language) -> None:
    assert "called" not in [e.text for e in events_in(nlp, "The union called a general strike for Monday.")]


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("The minister issued a firm reminder to Syria that it must respect the border.", "reminder", "SYR"),
        ("Japan repeated its position that North Korea should return the abducted citizens.", "position", "PRK"),
    ],
)
def test_speech_noun_with_a_must_clause_is_a_demand(nlp: Language, sentence: str, trigger: str, target: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.status) == ("REQUEST", "happened")
    assert event.target is not None and event.target.country == target


def test_a_meeting_with_a_place_of_its_own_stays_an_event(nlp: Language) -> None:
    events = events_in(nlp, "Armenia and Azerbaijan agreed to a prisoner swap at negotiations in Vienna.")
    assert "negotiations" in [e.text for e in events]


def test_speech_noun_qualified_by_a_relative_clause_demands_nothing(nlp: Language) -> None:
    events = events_in(nlp, "That is the message that every candidate should repeat.")
    assert "message" not in [e.text for e in events]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Zambia's president accused Britain of sabotaging the progress made in the negotiations.", "negotiations"),
        ("The envoy was detained during talks.", "talks"),
    ],
)
def test_meeting_that_sets_the_scene_of_another_event_is_no_event(nlp: Language, sentence: str, absent: str) -> None:
    events = events_in(nlp, sentence)
    assert absent not in [e.text for e in events] and events


def test_meeting_with_its_own_parties_stays_beside_the_act(nlp: Language) -> None:
    events = events_in(nlp, "Israel agreed in talks with Egypt to release 50 prisoners.")
    assert _one(events, "talks").type == "CONSULT"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Opposition parties in Kenya organised a general strike on Monday.", "KEN"),
        ("Thousands of Kenyan teachers went on strike over a law passed by parliament.", "KEN"),
    ],
)
def test_labour_strike_is_by_its_callers_or_strikers(nlp: Language, sentence: str, source: str) -> None:
    event = _one(events_in(nlp, sentence), "strike")
    assert event.source is not None and event.source.country == source


def test_purpose_on_a_clause_describing_a_protest_is_that_protest(nlp: Language) -> None:
    events = events_in(nlp, "Unions in Chile staged a general strike that shut down Santiago in protest of the reform.")
    assert [e.type for e in events].count("PROTEST") == 1


def test_purpose_of_a_consultation_is_that_consultation(nlp: Language) -> None:
    events = events_in(nlp, "The Qatari emir telephoned the Turkish president on Sunday to discuss the crisis.")
    assert [e.text for e in events if e.type == "CONSULT"] == ["telephoned"]


def test_purpose_of_an_assault_is_an_act_of_its_own(nlp: Language) -> None:
    events = events_in(nlp, "Gunmen stormed the hotel to kill the minister.")
    assert "kill" in [e.text for e in events]


def test_purpose_naming_its_own_party_stays(nlp: Language) -> None:
    events = events_in(nlp, "The senator visited the Capitol to meet Senate Democrats.")
    assert "meet" in [e.text for e in events]


def test_meeting_of_a_named_body_is_no_mere_setting(nlp: Language) -> None:
    events = events_in(nlp, "The Cuban minister is visiting Lima to take part in the meeting of the Andean Council.")
    assert "meeting" in [e.text for e in events]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The two parties struck a deal with the rebels on Monday.", "struck"),
        ("The envoy struck a conciliatory tone in Ankara.", "struck"),
        ("The government sought to calm the situation in the north.", "sought"),
    ],
)
def test_idioms_and_attempts_are_no_events(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in [e.text for e in events_in(nlp, sentence)]


def test_deal_struck_is_an_agreement_and_seeking_a_release_a_demand(nlp: Language) -> None:
    assert _one(events_in(nlp, "The two parties struck a deal with the rebels on Monday."), "deal").type == "AGREE"
    assert _one(events_in(nlp, "Hamas sought the release of 300 prisoners."), "sought").type == "REQUEST"


@pytest.mark.parametrize(
    ("sentence", "trigger", "role", "country"),
    [
        ("President Ortega has reneged on his commitment to the Nicaraguan people.", "reneged", "source", "NIC"),
        ("Opposition parties in Kenya are demanding that President Moi abandon his policy of detentions.",
         "demanding", "target", "KEN"),
    ],
)
def test_unplaced_person_shares_the_country_of_their_own_people(
    nlp: Language, sentence: str, trigger: str, role: str, country: str
) -> None:
    person = getattr(_one(events_in(nlp, sentence), trigger), role)
    assert person is not None and person.country == country


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("President Mwale has threatened further action against Russia.", "threatened"),  # a state: a peer
        ("President Okafor welcomed Russian President Yeltsin.", "welcomed"),  # a named peer
        ("President Moi accused Ugandan soldiers of killing 12 villagers.", "accused"),  # an armed side
    ],
)
def test_person_facing_a_state_or_peer_stays_unplaced(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("We condemned the destruction of oil pipelines by the Colombian guerrillas.", "condemned", "COL"),
        ("The minister denounced the bombing of Kurdish villages by Turkish aircraft.", "denounced", "TUR"),
        ("The Colombian army accepted demands from the Venezuelan government.", "accepted", "VEN"),
    ],
)
def test_speech_act_about_a_deed_targets_its_doer(nlp: Language, sentence: str, trigger: str, country: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.country == country


@pytest.mark.parametrize(
    ("sentence", "reply", "reply_type", "asked", "asked_status"),
    [
        ("Chad rejected the rebels' demand for the release of 40 prisoners.", "rejected", "REJECT",
         "release", "demanded"),
        ("The junta conceded to the students' demand for the release of the jailed teachers.", "conceded",
         "CONCEDE", "release", "demanded"),
        ("Kenya said it would not meet the kidnappers' demands to free their comrades.", "meet", "REJECT",
         "free", "demanded"),
    ],
)
def test_answered_request_is_the_reply_and_what_it_asks_keeps_a_status(
    nlp: Language, sentence: str, reply: str, reply_type: str, asked: str, asked_status: str,
) -> None:
    events = events_in(nlp, sentence)
    assert not [e for e in events if e.text in {"demand", "demands"}]
    assert _one(events, reply).type == reply_type
    assert _one(events, asked).status == asked_status


@pytest.mark.parametrize(
    ("sentence", "demand"),
    [
        ("The rebels repeated their demand that the army leave the town.", "demand"),  # made, not answered
        ("The students repeated their demands during the march.", "demands"),  # no reply verb
    ],
)
def test_a_request_no_one_answers_stays_an_event(nlp: Language, sentence: str, demand: str) -> None:
    assert _one(events_in(nlp, sentence), demand).type == "REQUEST"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # names no dictionary places: the group met or acted on says nothing of the person's country
        ("Ivanov met Ukrainian negotiators in Istanbul.", "met"),
        ("Demir arrested Swedish journalists.", "arrested"),
        ("Petrenko met Russian prisoners of war.", "met"),
    ],
)
def test_a_foreign_group_gives_a_named_leader_no_country(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("Putin met Ukrainian negotiators in Istanbul.", "met", "RUS"),
        ("Zelensky met Russian prisoners of war.", "met", "UKR"),
        ("President Chirac welcomed Russian President Yeltsin.", "welcomed", "FRA"),
    ],
)
def test_a_known_leader_keeps_his_own_country_whoever_he_faces(
        nlp: Language, sentence: str, trigger: str, country: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country == country


def test_a_leader_facing_his_own_people_takes_their_country(nlp: Language) -> None:
    event = _one(events_in(nlp, "President Banda threatened the Malawian opposition."), "threatened")
    assert event.source is not None and event.source.country == "MWI"


@pytest.mark.parametrize(
    "sentence",
    [
        "Teachers went on strike against the government.",
        "Unions struck against the government over pensions.",
        "A three-day strike by Palestinians shut schools in the West Bank.",
        "Dock workers struck at the port for better pay.",
    ],
)
def test_a_labour_strike_against_someone_is_still_a_protest(nlp: Language, sentence: str) -> None:
    assert [(e.type, e.mode) for e in events_in(nlp, sentence) if e.text.lower().startswith("str")] == [
        ("PROTEST", "strike")]


def test_a_deed_from_a_place_is_not_aimed_at_the_place(nlp: Language) -> None:
    event = _one(events_in(nlp, "Kyiv welcomed the withdrawal of Russian troops from Kherson."), "welcomed")
    assert event.target is not None and event.target.country == "RUS"


def test_trying_to_win_something_from_a_party_is_no_request(nlp: Language) -> None:
    assert events_in(nlp, "Ukraine sought to win back territory from Russia.") == []


def test_a_strike_called_is_no_strike_demanded(nlp: Language) -> None:
    event = _one(events_in(nlp, "The dockers' union called a general strike over pensions."), "strike")
    assert (event.type, event.status) == ("PROTEST", "happened")


def test_a_ceasefire_called_for_is_demanded(nlp: Language) -> None:
    assert _one(events_in(nlp, "The envoy called for a ceasefire in the north."), "ceasefire").status == "demanded"


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode", "source"),
    [
        ("Qatar launched a mediation effort between Hamas and Israel.", "effort", "CONSULT", "third-party", "QAT"),
        ("Police launched an arrest campaign against activists.", "campaign", "COERCE", "arrest", None),
        # the possessor of an undertaking is its clause's subject
        ("Qatar continued its mediation efforts.", "efforts", "CONSULT", "third-party", "QAT"),
        ("Israel launched a ground operation in Rafah.", "operation", "ASSAULT", None, "ISR"),
    ],
)
def test_an_undertaking_is_the_act_named_before_it(nlp: Language, sentence: str, trigger: str, type_: str,
                                                  mode: str | None, source: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)
    assert (event.source.country if event.source else None) == source


@pytest.mark.parametrize("sentence", ["The company expanded its operations in Kenya.",
                                      "The rescue operation continued overnight.",
                                      "The candidate expanded his campaign."])
def test_an_undertaking_with_no_act_named_is_no_event(nlp: Language, sentence: str) -> None:
    assert events_in(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_"),
    [
        ("The president declared martial law on Tuesday.", "declared", "COERCE"),
        ("The government imposed emergency law in the region.", "imposed", "COERCE"),
        ("The government declared a state of emergency in three provinces.", "declared", "COERCE"),
        ("The army was prepared to impose martial law if the protests continued.", "impose", "THREATEN"),
    ],
)
def test_martial_law_and_a_state_of_emergency_are_coercion(nlp: Language, sentence: str, trigger: str,
                                                          type_: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.type == type_
    assert event.target is None  # the state of emergency is no party


@pytest.mark.parametrize("sentence", ["The court declared the law unconstitutional.",
                                      "Parliament imposed a new law on NGOs."])
def test_a_law_declared_or_imposed_is_no_martial_law(nlp: Language, sentence: str) -> None:
    assert [e.type for e in events_in(nlp, sentence)] == []


@pytest.mark.parametrize("sentence", ["The army announced a halt to its bombing campaign.",
                                      "Israel announced a suspension of military operations in Gaza.",
                                      "Hamas called for an end to the Israeli bombardment."])
def test_an_act_a_stop_ends_is_not_going_on(nlp: Language, sentence: str) -> None:
    assert [e.type for e in events_in(nlp, sentence) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("The army announced a cessation of hostilities.", "cessation", "RETREAT", "ceasefire"),
        ("A state of emergency remains in force in the province.", "state", "COERCE", "martial-law"),
        ("The state of emergency was extended for 30 days.", "extended", "COERCE", "martial-law"),
    ],
)
def test_an_event_noun_named_with_its_of_phrase(nlp: Language, sentence: str, trigger: str, type_: str,
                                                mode: str) -> None:
    events = events_in(nlp, sentence)
    assert [(e.text, e.type, e.mode) for e in events] == [(trigger, type_, mode)]  # one event, not two


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Iran recalled its ambassador from Baku.", "recalled", ("Baku", "AZE")),
        ("Israel withdrew its troops from Gaza.", "withdrew", ("Gaza", "PSE")),
        ("Russia deployed its troops to Belarus.", "deployed", ("Belarus", "BLR")),
        ("The army pulled back its forces.", "pulled", None),  # nothing named beyond its own
    ],
)
def test_what_a_party_moves_of_its_own_is_no_target(nlp: Language, sentence: str, trigger: str,
                                                    target: tuple[str, str] | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert ((event.target.text, event.target.country) if event.target else None) == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Donald Trump backed out of the conference.",
        "He is fighting terminal cancer.",
        "Firefighters fought the blaze for hours.",
        "The lawyers will fight the extradition in court.",
        "Netanyahu rallied supporters before the vote.",
        "Davis did not immediately return a request seeking comment.",
        "A spokesman did not return calls.",
    ],
)
def test_an_object_of_another_sense_makes_no_event(nlp: Language, sentence: str) -> None:
    assert [(e.text, e.type) for e in events_in(nlp, sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("The United States backed the resolution.", "backed", "SUPPORT", None),
        ("Government troops are fighting the rebels in the north.", "fighting", "ASSAULT", None),
        ("Thousands rallied in Tel Aviv against the war.", "rallied", "PROTEST", "demo"),
        ("Hamas is seeking the release of 3,000 prisoners.", "seeking", "REQUEST", None),
        ("The troops returned fire.", "returned", "ASSAULT", "firearms"),
    ],
)
def test_the_same_verbs_in_their_event_sense(nlp: Language, sentence: str, trigger: str, type_: str,
                                            mode: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        # after a preposition, the possessive stands for the verb's object
        ("Ukraine condemned Russia for its attacks on civilians.", "attacks", "RUS"),
        ("The United States criticised Israel over its offensive in Gaza.", "offensive", "ISR"),
        # the of-phrase of an undertaking names who undertakes it
        ("The mediation mission of the African Union arrived in Khartoum.", "mission", None),
    ],
)
def test_the_owner_of_an_event_noun(nlp: Language, sentence: str, trigger: str, source: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country == source


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # two parties could own the possessed: none is guessed
        ("Russia said Ukraine attacked its troops in Kursk.", "attacked"),
        ("Kenyan police said Somali militants attacked their officers.", "attacked"),
    ],
)
def test_a_possessive_two_parties_could_own_is_not_guessed(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.country is None


@pytest.mark.parametrize("sentence", ["Egyptian ceasefire efforts failed to end the fighting.",
                                      "A hostage release effort by Qatar failed.",
                                      "The army launched a rescue operation after the earthquake.",
                                      "The Pakistani army launched a relief operation in flood-hit Sindh."])
def test_an_undertaking_for_an_outcome_or_a_civil_purpose_is_no_such_event(nlp: Language, sentence: str) -> None:
    assert [(e.text, e.type) for e in events_in(nlp, sentence) if e.type in {"RETREAT", "ASSAULT"}] == []


def test_an_operation_to_evacuate_is_the_evacuation(nlp: Language) -> None:
    events = events_in(nlp, "The military began an operation to evacuate civilians from the town.")
    assert [e.type for e in events] == ["AID"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Rebels attacked Aleppo.", "attacked", "SYR"),  # the tagger labels "Aleppo" a people
        ("Rebels seized the town of Aleppo.", "seized", "SYR"),
        ("He asked God to forgive him.", "asked", None),  # a name asked is no place
        ("Troops killed Walker near the border.", "killed", None),  # an unlabelled object may be a person
    ],
)
def test_an_unlabelled_name_where_a_place_stands_is_placed(nlp: Language, sentence: str, trigger: str,
                                                           target: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.target.country if event.target else None) == target


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Israel accused Hamas of killing 30 civilians.", "killing", "PSE"),
        ("The Kremlin accused Kyiv of staging the attack.", "attack", "UKR"),
        ("Israel used tanks for attacking the camp.", "attacking", "ISR"),  # a thing used does not act
    ],
)
def test_the_act_one_is_accused_of_is_done_by_the_accused(nlp: Language, sentence: str, trigger: str,
                                                         source: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("Egypt closed the Rafah crossing.", "closed", "COERCE", "restrict"),
        ("Turkey closed its airspace to Israeli military flights.", "closed", "COERCE", "restrict"),
        ("Farmers closed the highway with tractors.", "closed", "PROTEST", "obstruct"),
        ("Authorities closed the newspaper.", "closed", "COERCE", "censor"),
    ],
)
def test_closing_a_route_or_a_paper_is_blocking_it(nlp: Language, sentence: str, trigger: str, type_: str,
                                                  mode: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)


@pytest.mark.parametrize("sentence", ["The government closed schools for a week.", "The two sides sealed a deal."])
def test_closing_or_sealing_something_else_is_no_event(nlp: Language, sentence: str) -> None:
    assert [e.text for e in events_in(nlp, sentence)] == []


def test_a_region_names_no_country(nlp: Language) -> None:
    event = _one(events_in(nlp, "Venezuela expelled seven Latin American diplomats."), "expelled")
    assert event.target is not None and event.target.country is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_"),
    [
        ("Niger's military rulers revoked a defence agreement with the United States.", "revoked", "SANCTION"),
        ("Mali scrapped a peace deal with separatist rebels.", "scrapped", "SANCTION"),
        ("Jordan airdropped food to northern Gaza.", "airdropped", "AID"),
    ],
)
def test_revoking_a_pact_and_airdropping_aid(nlp: Language, sentence: str, trigger: str, type_: str) -> None:
    events = events_in(nlp, sentence)
    assert [(e.text, e.type) for e in events] == [(trigger, type_)]  # the revoked agreement is no new one


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # what an attack did, told in a relative clause, was done by whoever made the attack
        ("The Taliban claimed responsibility for a suicide bombing in Kabul that killed 12 people.", "AFG"),
        ("Hamas's attack on Israel, which killed 1,200 people, started the war.", "PSE"),
    ],
)
def test_what_an_attack_did_was_done_by_its_maker(nlp: Language, sentence: str, source: str) -> None:
    event = _one(events_in(nlp, sentence), "killed")
    assert event.source is not None and event.source.country == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "source"),
    [
        # a passive light verb yields to the act its subject names, whose agent is the passive's
        ("The attack was carried out by Hamas.", "attack", "ASSAULT", "Hamas"),
        ("An investigation will be carried out by the army.", "investigation", "ACCUSE", "army"),
        ("A hunger strike was staged by prisoners.", "strike", "PROTEST", "prisoners"),
    ],
)
def test_an_act_carried_out_in_the_passive_is_that_act(nlp: Language, sentence: str, trigger: str, type_: str,
                                                      source: str) -> None:
    events = events_in(nlp, sentence)
    assert [(e.text, e.type) for e in events] == [(trigger, type_)]
    assert events[0].source is not None and events[0].source.text == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "target", "country"),
    [
        # the tagger labels these objects persons or organisations; after a verb whose object is
        # ground, the gazetteer places them
        ("Russian forces shelled Kharkiv overnight, the regional governor said.", "shelled", "Kharkiv", "UKR"),
        ("Israeli jets struck Khan Younis before dawn.", "struck", "Khan Younis", "PSE"),
        # regions and districts of current wars that neither GeoNames nor ISO 3166-2 names so
        ("Russian forces shelled Zaporizhzhia overnight.", "shelled", "Zaporizhzhia", "UKR"),
        ("The paramilitary forces besieged El Fasher for months.", "besieged", "El Fasher", "SDN"),
    ],
)
def test_ground_attacked_is_placed_by_the_gazetteer(
        nlp: Language, sentence: str, trigger: str, target: str, country: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and (event.target.text, event.target.country) == (target, country)


def test_a_person_killed_is_not_looked_up_as_a_place(nlp: Language) -> None:
    """"kill" takes people: a name after it stays a name, even one a town shares."""
    event = _one(events_in(nlp, "Gunmen killed Kharkiv, a local trader, on Tuesday."), "killed")
    assert event.target is None or event.target.country is None


@pytest.mark.parametrize(
    ("sentence", "mode", "target"),
    [
        ("More than a dozen rockets were fired from Lebanon into northern Israel.", "heavy-weapons", "ISR"),
        ("Tear gas was fired at protesters in the square.", "crowd-control", None),
        ("The rockets were fired from Gaza.", "heavy-weapons", None),
        # an opening capitalised plural the tagger takes for a name
        ("Rockets were fired at Haifa by Hezbollah.", "heavy-weapons", "ISR"),
    ],
)
def test_what_was_fired_is_no_target_and_where_it_came_from_neither(nlp: Language, sentence: str, mode: str,
                                                                    target: str | None) -> None:
    """In the passive the projectile is the subject; it sets the mode, and only where it was aimed is hit."""
    fired = _one(events_in(nlp, sentence), "fired")
    assert fired.mode == mode
    assert (fired.target.country if fired.target else None) == target
    assert fired.target is None or fired.target.text not in {"rockets", "Tear gas", "Gaza", "Lebanon"}


def test_the_owner_named_on_what_was_fired_fired_it(nlp: Language) -> None:
    fired = _one(events_in(nlp, "Another FMLN missile was fired against a Salvadoran air force plane."), "fired")
    assert fired.source is not None and fired.source.text == "FMLN"
    assert fired.target is not None and fired.target.text == "Salvadoran air force plane"


def test_a_person_fired_is_dismissed_not_shot(nlp: Language) -> None:
    assert events_in(nlp, "The defence minister was fired on Monday.") == []
    assert _one(events_in(nlp, "Protesters were fired on by police."), "fired").type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_"),
    [
        ("Sudan's foreign ministry summoned the Kenyan ambassador to protest against Nairobi's hosting of the RSF.",
         "summoned", "ACCUSE"),
        ("Beijing protested against the visit.", "protested", "ACCUSE"),
        ("Police officers protested over pay outside the ministry.", "protested", "PROTEST"),
        ("The opposition protested against the election result.", "protested", "PROTEST"),
    ],
)
def test_a_state_s_protest_is_an_official_complaint(nlp: Language, sentence: str, trigger: str, type_: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).type == type_


def test_a_town_taken_is_the_target_not_the_border_it_lies_on(nlp: Language) -> None:
    text = "Rebels of the M23 group seized the town of Bunagana on the Ugandan border."
    seized = _one(events_in(nlp, text), "seized")
    assert seized.target is not None and seized.target.text == "Bunagana"


def test_ground_given_up_to_a_party_has_that_party_as_target(nlp: Language) -> None:
    conceded = _one(events_in(nlp, "Armenia conceded four villages to Azerbaijan."), "conceded")
    assert conceded.target is not None and conceded.target.country == "AZE"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Many of the hostages were freed on Sunday.", "freed", "hostages"),
        ("Some of the soldiers were killed in Gaza.", "killed", "soldiers"),
    ],
)
def test_a_part_of_a_group_stands_for_the_group(nlp: Language, sentence: str, trigger: str, target: str) -> None:
    """"some of the soldiers": the quantifier names no party, the people it takes a part of do."""
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Rebel fighters took control of the town of Kamanyola on Tuesday, residents said.", "took", "Kamanyola"),
        ("M23 rebels took over Goma on Monday.", "took", "Goma"),
        ("The RSF gained control of El Fasher after a long siege.", "gained", "El Fasher"),
        ("Russian forces have taken control of Avdiivka, the defence ministry said.", "taken", "Avdiivka"),
    ],
)
def test_ground_taken_over_is_fought_for(nlp: Language, sentence: str, trigger: str, target: str) -> None:
    """'took control of' a town is the capture of ground (ASSAULT, no mode), aimed at the town."""
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("ASSAULT", None)
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    "sentence",
    ["Democrats took control of the Senate in 2020.", "He took over the company in 2010.",
     "She took over as president after the election."],
)
def test_control_of_no_ground_is_no_assault(nlp: Language, sentence: str) -> None:
    assert [e for e in events_in(nlp, sentence) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "sentence",
    ["Talk of a ceasefire has grown in recent days.", "There has been talk of a truce since Friday."],
)
def test_talk_of_an_act_is_no_meeting(nlp: Language, sentence: str) -> None:
    """"talk of a ceasefire" is speculation about the ceasefire; "talks between Israel and Hamas" meet."""
    assert [e for e in events_in(nlp, sentence) if e.type == "CONSULT"] == []
    assert _one(events_in(nlp, "Talks between Israel and Hamas resumed in Doha."), "Talks").type == "CONSULT"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("The Pentagon said it would send an additional 3,000 troops to Poland.", "send", "POL"),
        ("Russia said it would deploy more troops to the border.", "deploy", None),
    ],
)
def test_troops_a_threat_would_deploy_are_not_its_target(nlp: Language, sentence: str, trigger: str,
                                                         target: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.type == "THREATEN"
    assert (event.target.country if event.target else None) == target
    assert event.target is None or "troops" not in event.target.text


def test_a_bomber_who_blew_himself_up_aimed_at_the_place(nlp: Language) -> None:
    event = _one(events_in(nlp, "A suicide bomber blew himself up at a mosque in Peshawar on Friday."), "blew")
    assert event.target is not None and event.target.text != "himself"
    assert event.place == "Peshawar"


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        ("Gunmen opened fire at a market in Maiduguri on Sunday.", "opened", "Maiduguri"),
        ("The attacker blew himself up near a checkpoint in Mogadishu.", "blew", "Mogadishu"),
    ],
)
def test_a_site_s_place_is_where_the_event_happened(nlp: Language, sentence: str, trigger: str, place: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).place == place


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Russia amassed more than 100,000 soldiers near the border.", "amassed"),
        ("China moved troops to the border on Tuesday.", "moved"),
        ("Venezuela is massing troops on the border with Guyana.", "massing"),
    ],
)
def test_forces_massed_are_mobilised(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("MOBILIZE", "troops")


@pytest.mark.parametrize(
    "sentence",
    ["The shipping firm amassed a fleet of ships to carry ore.", "The sheikh amassed a fleet of private jets."],
)
def test_ships_or_jets_amassed_alone_mobilise_nothing(nlp: Language, sentence: str) -> None:
    assert [e.type for e in events_in(nlp, sentence) if e.type == "MOBILIZE"] == []


def test_who_allows_a_protest_does_not_protest(nlp: Language) -> None:
    """"Turkey criticised Sweden for allowing a Koran-burning protest": Sweden did not protest, and the
    burning of a holy book is a gesture, no destruction."""
    events = events_in(nlp, "Turkey criticised Sweden for allowing a Koran-burning protest.")
    assert [e.text for e in events if e.type == "ASSAULT"] == []
    protest = _one(events, "protest")
    assert (protest.type, protest.source) == ("PROTEST", None)
    by_opposition = _one(events_in(nlp, "Police allowed a protest by the opposition."), "protest")
    assert by_opposition.source is not None and by_opposition.source.text == "opposition"


def test_the_detention_a_release_ends_is_no_arrest(nlp: Language) -> None:
    events = events_in(nlp, "The junta released the former president from house arrest.")
    assert [(e.text, e.type) for e in events] == [("released", "RETREAT")]
    assert _one(events_in(nlp, "She was returning from a demonstration in the capital."), "demonstration")


@pytest.mark.parametrize(
    ("sentence", "trigger", "mode", "target"),
    [
        ("Kenya deployed 400 police officers to Haiti to lead a multinational mission.", "deployed", "police",
         "HTI"),
        ("Kenya will send 1,000 police officers to Haiti.", "send", "police", "HTI"),
    ],
)
def test_police_a_state_sends_abroad_are_its_own(nlp: Language, sentence: str, trigger: str, mode: str,
                                                 target: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("MOBILIZE", mode)
    assert event.target is not None and event.target.country == target


def test_a_counterpart_is_an_official(nlp: Language) -> None:
    met = _one(events_in(nlp, "Iran's foreign minister met his Saudi counterpart in Riyadh on Thursday."), "met")
    assert met.target is not None and (met.target.country, met.target.sector) == ("SAU", "GOV")


def test_taking_over_power_is_no_fight(nlp: Language) -> None:
    assert events_in(nlp, "President Cerezo took over power in Guatemala on 14 January 1986.") == []


@pytest.mark.parametrize(
    ("sentence", "status", "source"),
    [
        ("The general ordered the bombing of the bridge.", "happened", "general"),
        ("He was accused of ordering the shooting of 124 prison inmates.", "alleged", None),
    ],
)
def test_an_order_of_violence_is_told_after_the_deed(nlp: Language, sentence: str, status: str,
                                                    source: str | None) -> None:
    """Unlike an ordered arrest, an ordered shooting is news once done; who ordered it answers for it."""
    event = next(e for e in events_in(nlp, sentence) if e.type == "ASSAULT")
    assert event.status == status
    assert (event.source.text if event.source else None) == source


@pytest.mark.parametrize(
    ("sentence", "type_", "mode", "target"),
    [
        ("Peacekeepers came under sniper fire in Bangui on Sunday.", "ASSAULT", "firearms", "Peacekeepers"),
        ("A UN base came under rocket fire near the border.", "ASSAULT", "heavy-weapons", "UN base"),
        # with a reason, the fire is criticism
        ("The minister came under fire for his remarks on the war.", "ACCUSE", "disapprove", "minister"),
    ],
)
def test_who_comes_under_fire_is_its_target(nlp: Language, sentence: str, type_: str, mode: str,
                                            target: str) -> None:
    event = _one(events_in(nlp, sentence), "fire")
    assert (event.type, event.mode) == (type_, mode)
    assert event.target is not None and event.target.text == target


def test_a_fire_is_no_attack(nlp: Language) -> None:
    assert events_in(nlp, "Firefighters put out the fire in the market on Sunday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel does not plan to withdraw its troops from the corridor.",
        "Hamas did not offer to release the hostages.",
        "Hamas did not demand the release of the prisoners.",
    ],
)
def test_an_act_not_meant_offered_or_asked_for_is_no_event(nlp: Language, sentence: str) -> None:
    """As with "has no plans to withdraw", a negated plan, guarantee or demand reports no act of its object."""
    assert [e.text for e in events_in(nlp, sentence) if e.type == "RETREAT"] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "role"),
    [
        ("Thousands rallied in Tel Aviv on Saturday to demand a hostage deal.", "rallied", "source"),
        ("Security forces shot dead 100 demonstrators and injured hundreds more.", "injured", "target"),
    ],
)
def test_a_bare_crowd_count_is_people(nlp: Language, sentence: str, trigger: str, role: str) -> None:
    """"thousands rallied": the count stands for civilians, though the tagger calls it a number."""
    actor = getattr(_one(events_in(nlp, sentence), trigger), role)
    assert actor is not None and actor.sector == "CVL"
    assert events_in(nlp, "Thousands of dollars were stolen from the office.") == []


def test_fighting_between_parties_is_theirs(nlp: Language) -> None:
    """The parser reads "fighting" as a verb with no subject; "between" names who fights, as for "clashes"."""
    fighting = _one(events_in(nlp, "Fighting between rival militias in Tripoli killed at least 55 people."), "Fighting")
    assert fighting.source is not None and (fighting.source.text, fighting.source.sector) == ("rival militias", "REB")


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # the place phrase hangs on an object that is no party; a village's name is a place whatever its tag
        ("Israeli settlers set fire to homes and cars in the village of Huwara.", "set", "village of Huwara"),
        # where an object comes from, or the place of an act named as the object, is not the event's
        ("Pakistan's president rejected a fresh offer from Afghanistan for direct talks.", "rejected", None),
        ("EC foreign ministers demanded the withdrawal of Serbian forces from Bosnia on Monday.", "demanded", None),
    ],
)
def test_a_place_on_the_object_places_the_act(nlp: Language, sentence: str, trigger: str,
                                              place: str | None) -> None:
    assert _one(events_in(nlp, sentence), trigger).place == place


@pytest.mark.parametrize(
    "sentence",
    [
        "A car bomb exploded near a police checkpoint in Mogadishu, killing at least eight people.",
        "Troops opened fire on protesters in Mogadishu, killing five.",
    ],
)
def test_a_closing_act_is_where_the_clause_it_closes_was(nlp: Language, sentence: str) -> None:
    assert _one(events_in(nlp, sentence), "killing").place == "Mogadishu"


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # a region noun after its name: the name and the noun are the place
        ("At least 35 people were killed when gunmen attacked a market in Zamfara state.", "attacked",
         "Zamfara state"),
        ("Insurgents beheaded 11 villagers in Cabo Delgado province, a local official said.", "beheaded",
         "Cabo Delgado province"),
        # a place's own modifiers come whole, not cut inside a name
        ("Israeli settlers torched cars and homes in the West Bank village of Turmus Ayya.", "torched",
         "West Bank village of Turmus Ayya"),
    ],
)
def test_named_regions_and_whole_place_phrases(nlp: Language, sentence: str, trigger: str, place: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).place == place


def test_who_attacked_when_the_victims_fell_is_the_killer(nlp: Language) -> None:
    """"35 people were killed when gunmen attacked a market": the killing has the gunmen as source."""
    killed = _one(events_in(nlp, "At least 35 people were killed when gunmen attacked a market."), "killed")
    assert killed.source is not None and (killed.source.text, killed.source.sector) == ("gunmen", "REB")
    blast = _one(events_in(nlp, "Two people were killed when a bomb exploded in the market."), "killed")
    assert blast.source is None


def test_those_who_meet_a_protest_with_force_do_not_march_in_it(nlp: Language) -> None:
    events = events_in(nlp, "Police in Nairobi detained at least 50 people during protests against the finance bill.")
    assert _one(events, "protests").source is None
    raid = events_in(nlp, "In an attack on October 7, Hamas captured more than 200 hostages.")
    source = _one(raid, "attack").source
    assert source is not None and source.text == "Hamas"


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "status"),
    [
        ("The police stopped protesters from marching on parliament.", "marching", "protesters", "refused"),
        ("Israel barred aid agencies from delivering food to Gaza.", "delivering", "aid agencies", "refused"),
        # a prevention that did not happen leaves the act done
        ("The police mission has been unable to stop gangs from seizing more territory.", "seizing", "gangs",
         "happened"),
        ("The army failed to prevent the rebels from capturing the town.", "capturing", "rebels", "happened"),
    ],
)
def test_an_act_kept_from_happening_is_its_object_s(nlp: Language, sentence: str, trigger: str, source: str,
                                                     status: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.text == source
    assert event.status == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The rebels suspended attacks on government forces.", "suspended", "happened"),
        ("The ELN said it would suspend attacks on Colombian soldiers during the talks.", "suspend", "planned"),
        ("Israel halted its strikes on Gaza.", "halted", "happened"),
        ("Turkey ended its strikes after the truce took hold.", "ended", "happened"),
        ("The army stopped shelling the city.", "stopped", "happened"),
    ],
)
def test_halting_attacks_is_a_ceasefire(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    events = events_in(nlp, sentence)
    halt = _one(events, trigger)
    assert (halt.type, halt.mode, halt.status) == ("RETREAT", "ceasefire", status)
    assert not [e for e in events if e.type == "ASSAULT"]  # the attacks stopped are not told as done


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The government suspended talks with the rebels.", "suspended", ("SANCTION", "discontinue")),
        ("Trump said he would do whatever it took to stop a similar attack.", "attack", ("ASSAULT", None)),
    ],
)
def test_halting_anything_else_keeps_its_sense(nlp: Language, sentence: str, trigger: str,
                                               expected: tuple[str, str | None]) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == expected


def test_a_candidate_suspending_a_campaign_is_no_event(nlp: Language) -> None:
    assert events_in(nlp, "Florida Sen. Marco Rubio suspended his campaign after losing his home-state primary.") == []
    assert events_in(nlp, "The developers systematically looted millions of dollars from the investors.") == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("The Taliban publicly flogged 12 people in Ghazni province.", "flogged", "ASSAULT", "beat"),
        ("A man stabbed two police officers in Jerusalem.", "stabbed", "ASSAULT", "primitive"),
        ("Soldiers looted shops in the town.", "looted", "COERCE", "seize"),
    ],
)
def test_more_acts_of_force(nlp: Language, sentence: str, trigger: str, type_: str, mode: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == (type_, mode)


def test_took_them_hostage_names_them_without_the_word_hostage(nlp: Language) -> None:
    took = _one(events_in(nlp, "Rebels took 30 foreign oil workers hostage."), "took")
    assert took.target is not None and (took.target.text, took.target.sector) == ("foreign oil workers", "CVL")


def test_a_clan_is_an_armed_group(nlp: Language) -> None:
    killed = _one(events_in(nlp, "Colombian troops killed a senior commander of the Clan del Golfo."), "killed")
    assert killed.target is not None and (killed.target.country, killed.target.sector) == ("COL", "REB")


def test_the_victims_of_a_closing_act_are_of_the_party_attacked(nlp: Language) -> None:
    """"ambushed an Israeli patrol in Jabalia, killing three soldiers": the soldiers are the patrol's,
    not of the place (Gaza) where they fell."""
    sentence = "Hamas fighters ambushed an Israeli patrol in Jabalia, killing three soldiers."
    killing = _one(events_in(nlp, sentence), "killing")
    assert killing.target is not None and (killing.target.country, killing.target.sector) == ("ISR", "MIL")
    strike = _one(events_in(nlp, "Israeli jets struck a village in Lebanon, killing five civilians."), "killing")
    assert strike.target is not None and strike.target.country == "LBN"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("China's foreign ministry summoned the Japanese ambassador to lodge a protest.", "summoned", "JPN"),
        ("The ministry summoned the ambassador to protest against the raid.", "summoned", None),
    ],
)
def test_summoning_an_envoy_is_one_rebuke(nlp: Language, sentence: str, trigger: str, target: str | None) -> None:
    events = events_in(nlp, sentence)
    assert [(e.text, e.type, e.mode) for e in events] == [(trigger, "ACCUSE", "disapprove")]
    assert events[0].target is not None and events[0].target.country == target
    assert events_in(nlp, "The committee summoned three witnesses.") == []


def test_annexed_ground_is_seized(nlp: Language) -> None:
    annexed = _one(events_in(nlp, "Russia annexed four Ukrainian regions in September 2022."), "annexed")
    assert (annexed.type, annexed.mode) == ("COERCE", "seize")
    assert annexed.target is not None and annexed.target.country == "UKR"


def test_worshippers_are_civilians(nlp: Language) -> None:
    killed = _one(events_in(nlp, "Gunmen killed 12 worshippers at a mosque in northern Burkina Faso."), "killed")
    assert killed.target is not None and (killed.target.text, killed.target.sector) == ("worshippers", "CVL")


def test_sanctions_adopted_are_the_adopter_s(nlp: Language) -> None:
    sanctions = _one(events_in(nlp, "The Senate adopted new sanctions on Iran."), "sanctions")
    assert sanctions.source is not None and sanctions.source.text == "Senate"


def test_it_in_a_closing_act_is_what_the_clause_hit(nlp: Language) -> None:
    sentence = "Hezbollah said it had targeted an Israeli tank with a guided missile, destroying it."
    destroying = _one(events_in(nlp, sentence), "destroying")
    assert destroying.target is not None and (destroying.target.text, destroying.target.country) == (
        "Israeli tank", "ISR")


def test_a_when_clause_on_a_conjunct_names_the_attacker_of_both(nlp: Language) -> None:
    sentence = "At least six people were killed and 30 injured when a suicide bomber blew himself up in Kabul."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.source is not None and killed.source.text == "suicide bomber"


def test_conscripting_is_mobilising(nlp: Language) -> None:
    event = _one(events_in(nlp, "The Burmese military conscripted thousands of young men."), "conscripted")
    assert (event.type, event.mode) == ("MOBILIZE", "troops")


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Putin spoke by phone with the Turkish president about the war in Ukraine.", "spoke",
         ("CONSULT", "phone")),
        ("The two leaders talked via video link on Tuesday.", "talked", ("CONSULT", "phone")),
    ],
)
def test_talks_by_phone_or_video_are_consultations(nlp: Language, sentence: str, trigger: str,
                                             expected: tuple[str, str]) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == expected
    assert events_in(nlp, "He spoke by the river.") == []


def test_a_country_s_name_before_a_region_noun_is_another_country_s_region(nlp: Language) -> None:
    """"Niger state" is in Nigeria: the country's name does not place the act in Niger. The state is a
    listed region (``regions`` of ``data/event_places.json``), so the act is placed there, in Nigeria."""
    stormed = _one(events_in(nlp, "Gunmen stormed a village in Niger state, residents said."), "stormed")
    assert stormed.place == "Niger state" and (stormed.target is None or stormed.target.country == "NGA")


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Hundreds of thousands of people marched in Hong Kong on Sunday.", "marched", ("people", "HKG", "CVL")),
        ("Thousands rallied in Tel Aviv on Saturday.", "rallied", ("Thousands", "ISR", "CVL")),
        ("Ethnic Albanians demonstrated in Pristina.", "demonstrated", ("Ethnic Albanians", "XKX", "CVL")),
    ],
)
def test_a_crowd_protesting_somewhere_is_its_people(nlp: Language, sentence: str, trigger: str,
                                                    source: tuple[str, str, str]) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and (event.source.text, event.source.country, event.source.sector) == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "mode"),
    [
        ("Regime helicopters dropped barrel bombs on two villages near Hama.", "dropped", "aerial"),
        ("Bombs were dropped on the market at dawn.", "dropped", "aerial"),
        ("The attackers dropped a grenade inside the police car.", "dropped", "explosives"),
    ],
)
def test_bombs_dropped_on_a_target_are_an_air_strike(nlp: Language, sentence: str, trigger: str, mode: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("ASSAULT", mode)


@pytest.mark.parametrize(
    "sentence", ["Aircraft dropped leaflets over Khan Younis.", "Prosecutors dropped the charges."]
)
def test_dropping_no_weapon_is_no_assault(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.text == "dropped"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Pyongyang test-fired two short-range ballistic missiles on Thursday.", "fired"),
        ("Iran tested a new hypersonic missile last month.", "tested"),
        ("The country carried out its sixth nuclear test in 2017.", "test"),
    ],
)
def test_a_weapons_test_mobilises_weapons(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("MOBILIZE", "weapons")
    assert not [e for e in events_in(nlp, sentence) if e.type == "ASSAULT"]


def test_testing_positive_is_no_weapons_test(nlp: Language) -> None:
    assert events_in(nlp, "The defence minister tested positive for the virus.") == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Police arrested three men suspected of planning a bombing in the capital.", "bombing", "men"),
        ("The army said it had detained two officers accused of plotting to kill the president.", "kill",
         "officers"),
    ],
)
def test_a_party_a_participle_describes_does_its_act(nlp: Language, sentence: str, trigger: str,
                                                     source: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.text == source


def test_a_clause_of_its_own_on_a_noun_keeps_its_subject(nlp: Language) -> None:
    """Only a bare participle takes the noun as its subject: "confidence that Russia was involved in
    hacking" says nothing of who is confident."""
    sentence = "Officials voiced their confidence that Russia was involved in hacking the emails."
    hacking = _one(events_in(nlp, sentence), "hacking")
    assert hacking.source is None or hacking.source.text != "confidence"


def test_ranks_are_soldiers(nlp: Language) -> None:
    killed = _one(events_in(nlp, "A colonel and two sergeants were killed in the ambush."), "killed")
    assert killed.target is not None and killed.target.sector == "MIL"


def test_a_downed_helicopter_is_no_shooting_with_a_gun(nlp: Language) -> None:
    shot = _one(events_in(nlp, "Insurgents shot down an army helicopter near Gao."), "shot")
    assert (shot.type, shot.mode) == ("ASSAULT", None)
    gunned = _one(events_in(nlp, "A sniper shot down two soldiers near the checkpoint."), "shot")
    assert gunned.mode == "firearms"


def test_an_attack_on_a_site_is_placed_where_the_site_lies(nlp: Language) -> None:
    sentence = "Militants killed 15 soldiers in an attack on a military camp in northern Mali."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.place == "northern Mali"


def test_a_country_the_tagger_calls_a_date_still_places_the_act(nlp: Language) -> None:
    killed = _one(events_in(nlp, "Jihadists killed 12 soldiers in western Niger."), "killed")
    assert killed.place == "western Niger"


@pytest.mark.parametrize(
    ("sentence", "trigger", "mode"),
    [
        ("Air defences intercepted a drone launched from Lebanon.", "launched", "drone"),
        ("Three rockets fired from Gaza landed in open areas.", "fired", "heavy-weapons"),
    ],
)
def test_a_projectile_fired_from_somewhere_is_a_shot(nlp: Language, sentence: str, trigger: str,
                                                     mode: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("ASSAULT", mode)
    assert event.place is None  # where it flew from is not where it struck


def test_a_refinery_set_ablaze_is_destroyed(nlp: Language) -> None:
    event = _one(events_in(nlp, "Ukrainian drones set a fuel depot ablaze in the Bryansk region."), "set")
    assert (event.type, event.mode) == ("ASSAULT", "destroy")


def test_conscription_is_mobilising(nlp: Language) -> None:
    event = _one(events_in(nlp, "The junta introduced compulsory military conscription in February."), "conscription")
    assert (event.type, event.mode) == ("MOBILIZE", "troops")


def test_holding_people_hostage_is_an_abduction(nlp: Language) -> None:
    held = _one(events_in(nlp, "Gunmen held 40 passengers hostage on the train."), "held")
    assert (held.type, held.mode) == ("ASSAULT", "abduct")
    assert held.target is not None and held.target.text == "passengers"
    assert not [e for e in events_in(nlp, "Hamas is still holding 130 hostages.") if e.type == "ASSAULT"]


def test_a_denied_gerund_of_targeting_is_a_denied_attack(nlp: Language) -> None:
    targeting = _one(events_in(nlp, "The military denied targeting civilians in the camp."), "targeting")
    assert (targeting.type, targeting.status) == ("ASSAULT", "denied")
    assert not [e for e in events_in(nlp, "The senator denied targeting minorities with the bill.")
                if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Soldiers marched into the border town on Sunday.", "marched", ("MOBILIZE", "troops")),
        ("Protesters marched to the presidential palace.", "marched", ("PROTEST", "demo")),
        ("Hundreds of demonstrators gathered outside the embassy.", "gathered", ("PROTEST", "demo")),
    ],
)
def test_who_marches_or_gathers_decides_the_act(nlp: Language, sentence: str, trigger: str,
                                                expected: tuple[str, str]) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == expected


def test_leaders_gathering_protest_nothing(nlp: Language) -> None:
    assert events_in(nlp, "European leaders gathered in Brussels for the summit.") == []


def test_the_parties_between_rival_communities_are_civilians(nlp: Language) -> None:
    clashes = _one(events_in(nlp, "Clashes between rival communities left 20 dead in Plateau state."), "Clashes")
    assert clashes.source is not None and clashes.source.sector == "CVL"


def test_the_international_community_is_no_civilian(nlp: Language) -> None:
    condemned = _one(events_in(nlp, "The international community condemned the massacre."), "condemned")
    assert condemned.source is not None and condemned.source.sector != "CVL"


def test_a_relative_pronoun_conducting_a_test_is_the_country(nlp: Language) -> None:
    sentence = "Seoul is alarmed by North Korea, which has conducted a new missile test."
    test = _one(events_in(nlp, sentence), "test")
    assert test.source is not None and test.source.country == "PRK"


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        ("The explosion at a market in Maiduguri killed 14 people.", "killed", "Maiduguri"),
        ("An air strike on a wedding party in northern Mali killed nine civilians.", "strike", "northern Mali"),
    ],
)
def test_an_act_named_as_subject_or_aimed_at_a_site_is_placed_there(nlp: Language, sentence: str, trigger: str,
                                                                     place: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).place == place


def test_a_party_s_own_place_does_not_place_its_act(nlp: Language) -> None:
    imposed = _one(events_in(nlp, "Officials in Brussels imposed sanctions on Belarus."), "imposed")
    assert imposed.place is None


def test_a_humanitarian_pause_is_a_truce(nlp: Language) -> None:
    pause = _one(events_in(nlp, "The warring parties agreed to a humanitarian pause of 48 hours."), "pause")
    assert (pause.type, pause.mode) == ("RETREAT", "ceasefire")


def test_people_taken_hostage_are_its_target_not_its_takers(nlp: Language) -> None:
    taken = _one(events_in(nlp, "Of the 90 villagers taken hostage on Sunday, 40 have escaped."), "taken")
    assert (taken.type, taken.mode) == ("ASSAULT", "abduct")
    assert taken.source is None and taken.target is not None and taken.target.text == "villagers"


def test_a_demanded_return_of_captives_is_a_demanded_release(nlp: Language) -> None:
    back = _one(events_in(nlp, "Kyiv demanded the return of the prisoners of war held by Russia."), "return")
    assert (back.type, back.mode, back.status) == ("RETREAT", "release", "demanded")
    assert _one(events_in(nlp, "Both sides agreed to a cessation of hostilities."), "cessation").mode == "ceasefire"


def test_humanitarian_access_is_access(nlp: Language) -> None:
    access = _one(events_in(nlp, "Aid agencies called for humanitarian access to El Fasher."), "access")
    assert (access.type, access.mode, access.status) == ("RETREAT", "access", "demanded")
    assert access.target is not None and access.target.text == "El Fasher"  # where access is granted


def test_chemical_weapons_used_are_an_unconventional_attack(nlp: Language) -> None:
    used = _one(events_in(nlp, "Investigators said government forces had used chemical weapons in Douma."), "used")
    assert (used.type, used.mode) == ("ASSAULT", "unconventional")


def test_who_is_accused_of_plotting_an_attack_is_its_source(nlp: Language) -> None:
    attack = _one(events_in(nlp, "Tehran accused Israel of plotting the attack on its embassy."), "attack")
    assert attack.source is not None and attack.source.country == "ISR"


def test_tribal_elders_are_civilians(nlp: Language) -> None:
    brokered = _one(events_in(nlp, "The truce was brokered by tribal elders in Zintan."), "brokered")
    assert brokered.source is not None and brokered.source.sector == "CVL"


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("Darfur rebels ambushed an army convoy near Nyala.", "ambushed", "SDN"),
        ("The Arakan Army overran a border post on Tuesday.", "overran", "MMR"),
        ("Ambazonian separatists torched a school in Bamenda.", "torched", "CMR"),
    ],
)
def test_armed_groups_named_for_a_region_are_of_its_state(nlp: Language, sentence: str, trigger: str,
                                                          country: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and (event.source.country, event.source.sector) == (country, "REB")


def test_presidential_guards_are_soldiers(nlp: Language) -> None:
    clashed = _one(events_in(nlp, "Rebels clashed with the presidential guard near the palace."), "clashed")
    assert clashed.target is not None and clashed.target.sector == "MIL"


def test_an_irregular_verb_with_a_prefix_is_read(nlp: Language) -> None:
    retook = _one(events_in(nlp, "Government troops retook the town of Kidal from the rebels."), "retook")
    assert retook.type == "ASSAULT"


def test_a_date_the_tagger_calls_a_time_dates_the_act(nlp: Language) -> None:
    stormed = _one(events_in(nlp, "Gunmen stormed the village on the night of November 12."), "stormed")
    assert stormed.date == "2023-11-12"


def test_an_act_taking_place_is_dated_by_its_verb(nlp: Language) -> None:
    talks = _one(events_in(nlp, "Talks between the two sides will resume next Monday in Doha."), "Talks")
    assert talks.date == "2023-12-04"


def test_downing_a_craft_is_an_attack(nlp: Language) -> None:
    downed = _one(events_in(nlp, "The rebels said they had downed an army helicopter near Rutshuru."), "downed")
    assert downed.type == "ASSAULT"
    assert events_in(nlp, "Dock workers downed tools on Monday.") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The military government suspended the broadcasts of two French radio stations.", "suspended"),
        ("Authorities banned the opposition newspaper for three months.", "banned"),
    ],
)
def test_silencing_media_is_censorship(nlp: Language, sentence: str, trigger: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.type, event.mode) == ("COERCE", "censor")
    assert _one(events_in(nlp, "The EU suspended budget support to Niger."), "suspended").mode == "discontinue"
    suspended = _one(events_in(nlp, "Washington suspended its aid programme for the army."), "suspended")
    assert suspended.mode == "discontinue"


def test_barring_people_from_an_act_restricts_them(nlp: Language) -> None:
    barred = _one(events_in(nlp, "The authorities barred girls from attending secondary school."), "barred")
    assert (barred.type, barred.mode) == ("COERCE", "restrict")
    events = events_in(nlp, "Barring a last-minute deal, the talks will collapse.")
    assert not [e for e in events if e.text == "Barring"]


def test_refusing_food_is_a_hunger_strike(nlp: Language) -> None:
    refused = _one(events_in(nlp, "Detainees at the camp have refused food for three weeks."), "refused")
    assert (refused.type, refused.mode) == ("PROTEST", "hunger")


def test_aid_agencies_are_ngos(nlp: Language) -> None:
    barred = _one(events_in(nlp, "The army barred aid agencies from entering the camp."), "barred")
    assert barred.target is not None and barred.target.sector == "NGO"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor attacked the budget in a radio address.", "ACCUSE"),
        ("The senator attacked the bill on Tuesday.", "ACCUSE"),
        ("Donald Trump attacked Hillary Clinton at a rally in Ohio.", "ACCUSE"),
        ("Militants attacked a police station in Quetta.", "ASSAULT"),
        ("Rebel units attacked army positions north of the town.", "ASSAULT"),
    ],
)
def test_an_attack_on_a_text_or_by_one_person_on_another_is_criticism(nlp: Language, sentence: str,
                                                                       expected: str) -> None:
    assert _one(events_in(nlp, sentence), "attacked").type == expected


def test_clergy_are_religious_actors(nlp: Language) -> None:
    killed = _one(events_in(nlp, "Gunmen killed a pastor and two worshippers in Kaduna."), "killed")
    assert killed.target is not None and killed.target.sector == "REL"


def test_forces_loyal_to_a_government_are_of_its_country(nlp: Language) -> None:
    shelled = _one(events_in(nlp, "Fighters loyal to the Sudanese army shelled the market."), "shelled")
    assert shelled.source is not None and shelled.source.country == "SDN"


def test_who_was_behind_an_attack_is_its_source(nlp: Language) -> None:
    sentence = "The Islamic State group said it was behind the suicide attack on the church."
    attack = _one(events_in(nlp, sentence), "attack")
    assert attack.source is not None and attack.source.text == "it"


def test_meeting_demands_is_conceding(nlp: Language) -> None:
    met = _one(events_in(nlp, "The government finally met the strikers' demands."), "met")
    assert met.type == "CONCEDE"
    refused = _one(events_in(nlp, "Washington said it would not meet the kidnappers' demands."), "meet")
    assert refused.type == "REJECT"


def test_a_passive_act_is_placed_where_its_agent_is(nlp: Language) -> None:
    """The parser hangs "in Zamfara state" on the agent; it still says where the kidnapping was."""
    kidnapped = _one(events_in(nlp, "Three engineers were kidnapped by gunmen in Zamfara state."), "kidnapped")
    assert kidnapped.place == "Zamfara state"
    assert kidnapped.target is not None and kidnapped.target.sector == "CVL"


def test_a_pronoun_in_a_contact_relative_clause_is_the_main_clause_subject(nlp: Language) -> None:
    sentence = "Britain sanctioned four Iranian officials it accused of torturing protesters."
    events = events_in(nlp, sentence)
    accused = _one(events, "accused")
    assert accused.source is not None and accused.source.country == "GBR"
    torturing = _one(events, "torturing")  # the officials it accused are said to torture
    assert torturing.source is not None and torturing.source.country == "IRN"
    assert torturing.status == "alleged"


def test_the_claimant_of_an_act_in_such_a_clause_is_the_subject_not_a_demonym(nlp: Language) -> None:
    text = "The EU sanctioned six Russian officials it accused of deporting Ukrainian children."
    deporting = _one(events_in(nlp, text, with_claims=True), "deporting")
    assert deporting.claimant == "The EU"


def test_an_accused_party_the_parser_gave_the_gerund_to_still_did_it(nlp: Language) -> None:
    sentence = "Manila accused Chinese vessels of ramming and firing water cannon at its boats."
    firing = _one(events_in(nlp, sentence), "firing")
    assert firing.source is not None and firing.source.country == "CHN"


def test_its_in_a_denied_report_is_the_denier(nlp: Language) -> None:
    shelled = _one(events_in(nlp, "Russia denied reports that its troops had shelled the plant."), "shelled")
    assert shelled.status == "denied"
    assert shelled.source is not None and shelled.source.country == "RUS"


def test_a_sea_named_for_a_country_lies_in_no_country(nlp: Language) -> None:
    sentence = "Iran seized a tanker in the Gulf of Oman, accusing it of smuggling fuel."
    accusing = _one(events_in(nlp, sentence), "accusing")
    assert accusing.place == "Gulf of Oman"
    assert accusing.target is not None and accusing.target.country is None
    shot = _one(events_in(nlp, "Gunmen shot three people in Florida."), "shot")  # a US state, not a Cuban town
    assert shot.target is not None and shot.target.country == "USA"


def test_destruction_by_a_hazard_is_no_attack(nlp: Language) -> None:
    assert events_in(nlp, "Floods destroyed 3,000 homes in the north.") == []
    bulldozed = _one(events_in(nlp, "Israeli bulldozers destroyed 20 homes."), "destroyed")
    assert bulldozed.type == "ASSAULT"


def test_the_part_of_a_named_place_an_act_reaches_places_it(nlp: Language) -> None:
    assert _one(events_in(nlp, "Missiles struck the centre of Dnipro on Monday."), "struck").place == (
        "the centre of Dnipro")
    assert _one(events_in(nlp, "Troops shelled the outskirts of Kharkiv."), "shelled").place == (
        "the outskirts of Kharkiv")
    refusal = "Serbia's refusal to accept the independence of Kosovo angered the rebels."
    assert _one(events_in(nlp, refusal), "accept").place is None


def test_a_vague_count_after_a_passive_underwent_it(nlp: Language) -> None:
    injured = _one(events_in(nlp, "Five people were killed and dozens injured in the blast."), "injured")
    assert injured.source is None
    assert injured.target is not None and injured.target.text == "dozens"


def test_an_act_asked_about_in_an_indirect_question_happened(nlp: Language) -> None:
    arrested = _one(events_in(nlp, "Police would not say how many protesters had been arrested."), "arrested")
    assert arrested.status == "happened"
    asked = _one(events_in(nlp, "Reporters asked whether police had fired on the crowd."), "fired")
    assert asked.status != "happened"


def test_declining_to_comment_rejects_no_one(nlp: Language) -> None:
    assert events_in(nlp, "The ministry declined to comment.") == []
    assert events_in(nlp, "The army refused to confirm the report.") == []
    refused = _one(events_in(nlp, "Hamas refused to release the hostages."), "refused")
    assert refused.type == "REJECT"


def test_who_is_blamed_for_an_act_is_its_source(nlp: Language) -> None:
    attack = _one(events_in(nlp, "Kyiv blamed Moscow for the attack on the dam."), "attack")
    assert attack.source is not None and attack.source.country == "RUS"
    visit = "The premier will visit Moscow next month for talks with the president."
    talks = _one(events_in(nlp, visit), "talks")  # a place visited for talks is no party judged for them
    assert talks.source is None or talks.source.country != "RUS"


def test_a_relative_clause_hung_on_a_place_is_the_act_s(nlp: Language) -> None:
    sentence = "Israel carried out a strike on a school in Gaza City, which killed 20 people."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.source is not None and killed.source.country == "ISR"


def test_relatives_and_trades_are_people(nlp: Language) -> None:
    abducted = _one(events_in(nlp, "Gunmen abducted the father of a senator."), "abducted")
    assert abducted.target is not None and abducted.target.sector == "CVL"
    arrested = _one(events_in(nlp, "Police arrested two human rights lawyers."), "arrested")
    assert arrested.target is not None and arrested.target.sector == "JUD"


def test_a_march_through_a_city_is_placed_there(nlp: Language) -> None:
    sentence = "Thousands of people marched through central Tbilisi on Sunday."
    assert _one(events_in(nlp, sentence), "marched").place == "central Tbilisi"
    clash = "Indian and Chinese troops clashed along the disputed border in the Galwan Valley."
    assert _one(events_in(nlp, clash), "clashed").place == "Galwan Valley"


def test_the_phrase_on_a_light_verb_places_the_act_it_carries(nlp: Language) -> None:
    airstrike = _one(events_in(nlp, "Israel carried out an airstrike in Rafah."), "airstrike")
    assert airstrike.place == "Rafah"
    launched = _one(events_in(nlp, "Azerbaijan launched a military offensive in Nagorno-Karabakh."), "launched")
    assert launched.place == "Nagorno-Karabakh"  # a gazetteer name of two words, tagged an organisation
    sentence = "The junta carried out an air strike on a village in Sagaing region, killing 40 people."
    strike = _one(events_in(nlp, sentence), "strike")  # the site it was aimed at lies in a region
    assert strike.place == "Sagaing region"


def test_a_subject_the_parser_hangs_on_an_auxiliary_is_the_subject(nlp: Language) -> None:
    sentence = "Qatar and Egypt have been mediating between Israel and Hamas for months."
    mediating = _one(events_in(nlp, sentence), "mediating")
    assert mediating.source is not None and mediating.source.country == "QAT"


def test_being_sworn_in_threatens_no_one(nlp: Language) -> None:
    assert events_in(nlp, "The general who led the coup was sworn in as president.") == []
    vowed = _one(events_in(nlp, "The rebels swore to attack the capital."), "swore")
    assert vowed.type == "THREATEN"


def test_a_settlement_named_by_its_of_name_places_what_takes_it(nlp: Language) -> None:
    sentence = "Russian forces captured the village of Novomykhailivka, the defence ministry in Moscow said."
    captured = _one(events_in(nlp, sentence), "captured")
    assert captured.place == "the village of Novomykhailivka"


def test_a_bare_count_killed_at_the_close_is_of_those_fired_on(nlp: Language) -> None:
    sentence = "Police opened fire on protesters in Nairobi, killing at least 23."
    killing = _one(events_in(nlp, sentence), "killing")
    assert killing.target is not None and killing.target.text == "protesters"
    bandits = _one(events_in(nlp, "The army said its air strikes had killed 35 bandits."), "strikes")
    assert bandits.target is not None and bandits.target.sector == "REB"


def test_military_drills_are_a_show_of_force(nlp: Language) -> None:
    drills = _one(events_in(nlp, "Chinese warships staged drills around Taiwan for a second day."), "drills")
    assert (drills.type, drills.mode) == ("MOBILIZE", "troops")
    assert events_in(nlp, "The school held a fire drill on Monday.") == []
    exercises = _one(events_in(nlp, "Russia and Belarus held joint military exercises."), "exercises")
    assert exercises.type == "MOBILIZE"
    agreed = "Jordan and Britain have agreed to undertake joint military exercises this month."
    undertaken = _one(events_in(nlp, agreed), "exercises")  # "undertake" is a light verb: its subject acts
    assert undertaken.source is not None and undertaken.source.country == "JOR"


def test_a_finite_verb_after_a_gerund_is_the_main_verb_s_conjunct(nlp: Language) -> None:
    """The parser coordinates "blamed" with "carrying"; its tense shows the rebels blamed, not denied blaming."""
    events = events_in(nlp, "The rebels denied carrying out the attack and blamed government forces.")
    assert _one(events, "attack").status == "denied"
    blamed = _one(events, "blamed")
    assert blamed.status == "happened"
    assert blamed.source is not None and blamed.source.sector == "REB"


def test_an_attack_by_a_misparsed_agent_on_a_named_city(nlp: Language) -> None:
    sentence = ("The army said it had repelled an attack by the paramilitary Rapid Support Forces"
                " on the city of El Obeid.")
    attack = _one(events_in(nlp, sentence), "attack")
    assert attack.source is not None and attack.source.text == "Rapid Support Forces"
    assert attack.place == "the city of El Obeid"
    assert attack.target is not None and attack.target.country == "SDN"


def test_a_closing_harm_after_an_accusation_is_the_accused_act_s(nlp: Language) -> None:
    sentence = "The RSF accused the army of bombing a market in Nyala, killing dozens of civilians."
    killing = _one(events_in(nlp, sentence), "killing")
    assert killing.source is not None and killing.source.sector == "MIL"  # the army, not the RSF
    assert killing.status == "alleged"


def test_a_relative_pronoun_inside_a_reporting_clause_is_the_noun(nlp: Language) -> None:
    sentence = "Troops shot dead a Palestinian man who they said had tried to stab soldiers at a checkpoint."
    stab = _one(events_in(nlp, sentence), "stab")
    assert stab.source is not None and stab.source.text == "Palestinian man"


def test_a_village_chief_is_a_party(nlp: Language) -> None:
    killed = _one(events_in(nlp, "Gunmen killed a village chief in an overnight raid."), "killed")
    assert killed.target is not None and killed.target.sector == "GOV"


def test_claiming_an_attack_claims_responsibility_for_it(nlp: Language) -> None:
    bombing = _one(events_in(nlp, "The Islamic State claimed the bombing of the church."), "bombing")
    assert bombing.status == "happened"
    assert bombing.source is not None and bombing.source.text == "Islamic State"
    shelled = _one(events_in(nlp, "Russia claimed that Ukraine shelled the plant."), "shelled")
    assert shelled.status == "alleged"  # a claim that something happened is still a claim


@pytest.mark.parametrize(
    ("sentence", "trigger", "doer"),
    [
        # a time that owns an act only dates it: the doer is in the "by" phrase or the claim
        ("Saturday's ambush by bandits left the road closed.", "ambush", "bandits"),
        ("Al-Shabaab claimed responsibility for Friday's car bombing near the port.", "bombing", "Al-Shabaab"),
        ("The Pakistani Taliban claimed last month's raid on the police post.", "raid", "Pakistani Taliban"),
        # no one who claims it is its doer
        ("Nobody has claimed responsibility for the shelling of the depot.", "shelling", None),
        ("No group claimed the kidnapping of the engineers.", "kidnapping", None),
    ],
)
def test_the_doer_of_an_owned_or_claimed_act(nlp: Language, sentence: str, trigger: str, doer: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert (event.source.text if event.source else None) == doer


def test_a_count_hedge_the_parser_reads_as_a_preposition_keeps_the_object(nlp: Language) -> None:
    arrested = _one(events_in(nlp, "Police arrested over 2,500 people during a crackdown."), "arrested")
    assert arrested.target is not None and arrested.target.text == "people"


def test_dead_after_shot_is_no_object(nlp: Language) -> None:
    shot = _one(events_in(nlp, "Rebels in eastern Congo shot dead a Red Cross worker on Tuesday."), "shot")
    assert shot.target is not None and shot.target.text == "Red Cross worker"
    assert shot.target.sector == "NGO"  # an organisation's own worker, not one it holds


def test_trading_fire_is_an_exchange_of_fire(nlp: Language) -> None:
    traded = _one(events_in(nlp, "Hezbollah and Israel have traded fire almost daily since October."), "traded")
    assert traded.type == "ASSAULT"


def test_what_a_sanction_takes_is_aimed_at_whose_it_is(nlp: Language) -> None:
    froze = _one(events_in(nlp, "Britain froze the assets of 12 Iranian officials."), "froze")
    assert froze.target is not None and (froze.target.country, froze.target.sector) == ("IRN", "GOV")
    revoked = _one(events_in(nlp, "Niger's junta revoked the licence of the BBC."), "revoked")
    assert revoked.target is not None and revoked.target.sector == "MED"


def test_an_option_under_consideration_is_hypothetical(nlp: Language) -> None:
    sending = _one(events_in(nlp, "Washington is considering sending more air defence systems to Kyiv."), "sending")
    assert sending.status == "hypothetical"
    sanctions = _one(events_in(nlp, "The EU is weighing new sanctions on Iran."), "sanctions")
    assert sanctions.status == "hypothetical"
    assert sanctions.source is not None and sanctions.source.sector == "IGO"


def test_setting_something_on_fire_destroys_it(nlp: Language) -> None:
    set_on_fire = _one(events_in(nlp, "Militants set the embassy on fire."), "set")  # protesters riot
    assert (set_on_fire.type, set_on_fire.mode) == ("ASSAULT", "destroy")
    assert events_in(nlp, "They set the meeting on Monday.") == []


def test_a_hyphenated_town_is_placed_whole(nlp: Language) -> None:
    sentence = "Gangs torched a clinic in Port-au-Prince and looted shops."
    assert _one(events_in(nlp, sentence), "torched").place == "Port-au-Prince"  # the parse hangs "Port" as nmod
    sea = "Houthi rebels seized a tanker in the Red Sea."  # the entity's article stays out of the place
    assert _one(events_in(nlp, sea), "seized").place == "Red Sea"


def test_a_town_of_several_words_tagged_a_person_is_a_place(nlp: Language) -> None:
    sentence = "Israeli tanks withdrew from Khan Younis after a three-month offensive."
    assert _one(events_in(nlp, sentence), "withdrew").place == "Khan Younis"


def test_an_act_claimed_by_or_blamed_on_a_party_is_that_partys(nlp: Language) -> None:
    claimed = "A car bombing claimed by the Islamic State killed nine people in Baghdad."
    bombing = _one(events_in(nlp, claimed), "bombing")
    assert bombing.source is not None and bombing.source.text == "Islamic State"
    blamed = "A drone strike blamed on the RSF hit a market in Omdurman, killing 14 people."
    events = events_in(nlp, blamed)
    for trigger in ("strike", "killing"):
        source = _one(events, trigger).source
        assert source is not None and source.text == "RSF", trigger


def test_the_doer_of_an_act_that_closes_with_a_killing(nlp: Language) -> None:
    sentence = "An airstrike by Israel hit a house in Rafah, killing 12 people."
    source = _one(events_in(nlp, sentence), "killing").source
    assert source is not None and source.country == "ISR"


def test_a_passive_act_is_aimed_at_the_party_its_phrase_names(nlp: Language) -> None:
    blamed = _one(events_in(nlp, "The shelling was blamed on Russian forces."), "blamed")
    assert blamed.target is not None and blamed.target.country == "RUS"
    sent = _one(events_in(nlp, "More weapons were sent to Ukraine by Poland."), "sent")
    assert sent.target is not None and sent.target.country == "UKR"
    jailed = _one(events_in(nlp, "He was imprisoned for three years at Rikers Island."), "imprisoned")
    assert jailed.target is None or jailed.target.text != "Rikers Island"  # "at" places the act


def test_a_party_far_from_its_demands_owns_them(nlp: Language) -> None:
    sentence = "Hamas said it had accepted the proposal, but Israel said the terms were far from its demands."
    demands = _one(events_in(nlp, sentence), "demands")
    assert demands.source is not None and demands.source.country == "ISR"


def test_a_failure_that_closes_with_deaths_is_no_attack(nlp: Language) -> None:
    capsized = "A boat carrying migrants capsized off the coast of Libya, killing 61 people."
    assert [e for e in events_in(nlp, capsized) if e.type == "ASSAULT"] == []
    struck = "A building collapsed after an Israeli strike, killing 20 people."
    assert _one(events_in(nlp, struck), "killing").type == "ASSAULT"  # the strike brought it down


def test_the_party_accused_in_a_passive_did_the_act(nlp: Language) -> None:
    sentence = "The militia was accused of carrying out summary executions."
    carrying = _one(events_in(nlp, sentence), "carrying")
    assert carrying.status == "alleged"
    assert carrying.source is not None and carrying.source.text == "militia"


def test_a_closing_participle_after_a_refusal_is_not_refused(nlp: Language) -> None:
    sentence = "The army chief rejected calls for a truce, vowing to fight on."
    assert _one(events_in(nlp, sentence), "vowing").status == "happened"
    refused = "Israel refused to withdraw its troops, keeping them in Gaza."
    assert _one(events_in(nlp, refused), "withdraw").status == "refused"


def test_laying_siege_and_committing_a_massacre_are_light_verbs(nlp: Language) -> None:
    siege = _one(events_in(nlp, "Russian troops laid siege to Mariupol in March."), "siege")
    assert siege.source is not None and siege.source.country == "RUS"
    assert siege.target is not None and siege.target.text == "Mariupol"
    massacre = _one(events_in(nlp, "The militia committed a massacre in the village."), "massacre")
    assert massacre.status == "happened"  # not a commitment to one
    assert massacre.source is not None and massacre.source.text == "militia"


def test_parties_agreeing_to_a_truce_make_it(nlp: Language) -> None:
    truce = _one(events_in(nlp, "The rebels agreed to a truce with the army."), "truce")
    assert truce.source is not None and truce.source.text == "rebels"
    assert truce.target is not None and truce.target.text == "army"


def test_aid_a_vehicle_carries_is_not_sent_by_who_stops_it(nlp: Language) -> None:
    sentence = "The Israeli navy intercepted a flotilla carrying aid to Gaza."
    aid = _one(events_in(nlp, sentence), "aid")
    assert aid.source is None or aid.source.country != "ISR"


def test_activists_are_civilians(nlp: Language) -> None:
    detained = _one(events_in(nlp, "Police detained 12 activists in Minsk."), "detained")
    assert detained.target is not None and detained.target.sector == "CVL"


def test_those_killed_repelling_an_attack_are_the_attackers(nlp: Language) -> None:
    sentence = "Chadian troops repelled an attack by Boko Haram fighters on a base, killing 17 of them."
    killing = _one(events_in(nlp, sentence), "killing")
    assert killing.target is not None and killing.target.text == "Boko Haram fighters"


def test_what_left_people_wounded_wounded_them(nlp: Language) -> None:
    sentence = "Clashes between rival militias in Tripoli left 30 people dead and 80 wounded."
    wounded = _one(events_in(nlp, sentence), "wounded")
    assert wounded.source is not None and wounded.source.text == "rival militias"
    left = _one(events_in(nlp, "The ambush left 12 soldiers wounded."), "wounded")
    assert left.target is not None and left.target.text == "soldiers"


def test_deaths_in_an_attack_told_in_a_when_clause_are_placed_there(nlp: Language) -> None:
    sentence = "Twenty people were killed when gunmen attacked a cattle market in Maiduguri."
    assert _one(events_in(nlp, sentence), "killed").place == "Maiduguri"


def test_the_object_of_a_verb_of_persuading_does_its_infinitive(nlp: Language) -> None:
    release = _one(events_in(nlp, "Qatar persuaded Hamas to release the hostages."), "release")
    assert release.source is not None and release.source.country == "PSE"
    withdraw = _one(events_in(nlp, "Israel promised Egypt to withdraw its troops."), "withdraw")
    assert withdraw.source is not None and withdraw.source.country == "ISR"  # a promise binds the one who makes it


def test_an_intelligence_agency_is_a_state_body(nlp: Language) -> None:
    sentence = "Ukraine's military intelligence agency claimed responsibility for the killing of a general."
    killing = _one(events_in(nlp, sentence), "killing")
    assert killing.source is not None and (killing.source.country, killing.source.sector) == ("UKR", "GOV")


def test_an_act_claimed_in_the_passive_is_the_claimants_deed(nlp: Language) -> None:
    sentence = "A suicide bombing in Kabul, which left 20 people wounded, was claimed by the Islamic State."
    events = events_in(nlp, sentence)
    bombing = _one(events, "bombing")
    assert bombing.status == "happened"
    assert bombing.source is not None and bombing.source.text == "Islamic State"
    assert _one(events, "wounded").status == "happened"


def test_a_when_clause_and_a_closing_participle_do_not_chase_each_other(nlp: Language) -> None:
    # the place search goes up to the clause a participle closes and down into a "when" clause; here
    # each leads back to the other
    sentence = "He started the match when injuring himself while fouling a defender."
    assert _one(events_in(nlp, sentence), "injuring").place is None


def test_what_a_party_uses_to_act_is_not_who_acts(nlp: Language) -> None:
    attack = _one(events_in(nlp, "The junta used soldiers to attack the protesters."), "attack")
    assert attack.source is not None and attack.source.text == "junta"  # the means is the object


def test_dismissing_an_official_rejects_nothing(nlp: Language) -> None:
    assert [e.type for e in events_in(nlp, "The president dismissed the defence minister on Friday.")] == []
    proposal = _one(events_in(nlp, "Hamas dismissed the Israeli proposal."), "dismissed")
    assert proposal.type == "REJECT"


def test_the_party_of_a_deal_split_from_its_noun_is_the_target(nlp: Language) -> None:
    sentence = "The Israeli cabinet approved a ceasefire deal with Hezbollah on Tuesday."
    approved = _one(events_in(nlp, sentence), "approved")
    assert approved.target is not None and approved.target.country == "LBN"


def test_a_main_verb_parsed_as_a_participle_with_an_object_is_an_act(nlp: Language) -> None:
    sentence = "Israeli forces arrested at least 20 Palestinians in overnight raids across the occupied West Bank."
    arrested = _one(events_in(nlp, sentence), "arrested")
    assert arrested.source is not None and arrested.source.country == "ISR"


def test_pressing_ahead_with_an_offensive_demands_nothing(nlp: Language) -> None:
    events = events_in(nlp, "Russia pressed ahead with its offensive in Donetsk.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert _one(events, "offensive").status == "happened"
    pushed = _one(events_in(nlp, "Russian troops pushed deeper into Donetsk, capturing two villages."), "capturing")
    assert pushed.status == "happened"
    aid = _one(events_in(nlp, "The US pressed Israel to allow more aid."), "aid")
    assert aid.status == "demanded"


def test_terminating_an_agreement_discontinues_it(nlp: Language) -> None:
    sentence = "Niger terminated its military cooperation agreement with the United States."
    events = events_in(nlp, sentence)
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "discontinue")]  # and no agreement made
    assert events[0].target is not None and events[0].target.country == "USA"
    assert events_in(nlp, "The company terminated his employment in March.") == []  # only ties and missions


def test_a_report_cited_despite_a_denial_is_not_denied(nlp: Language) -> None:
    sentence = ("Rwanda denied supporting the M23 rebels, despite a UN report that said Rwandan troops "
                "were fighting alongside them.")
    events = events_in(nlp, sentence)
    assert _one(events, "supporting").status == "denied"
    assert _one(events, "fighting").status == "alleged"


def test_the_subject_of_a_relative_clause_is_not_its_object(nlp: Language) -> None:
    # "rallying supporters" is no protest, but supporters who rallied are the ones rallying
    sentence = "Police detained dozens of supporters who rallied outside the court in Istanbul."
    assert _one(events_in(nlp, sentence), "rallied").type == "PROTEST"


def test_a_shooting_attack_is_one_attack(nlp: Language) -> None:
    stabbing = events_in(nlp, "A Palestinian carried out a stabbing attack in Jerusalem.")
    assert [(e.text, e.mode) for e in stabbing] == [("attack", "primitive")]
    shelling = events_in(nlp, "Israel's shelling campaign in the north displaced thousands.")
    assert [e.text for e in shelling] == ["campaign"]


def test_a_town_tagged_a_person_whole_is_ground_taken(nlp: Language) -> None:
    sentence = "The army regained control of Wad Medani from the RSF."
    regained = _one(events_in(nlp, sentence), "regained")
    assert regained.type == "ASSAULT"
    assert regained.target is not None and regained.target.country == "SDN"


def test_accusations_traded_are_the_traders(nlp: Language) -> None:
    sentence = "Ethiopia and Eritrea traded accusations over a troop build-up along their border."
    accusations = _one(events_in(nlp, sentence), "accusations")
    assert accusations.source is not None and accusations.source.country == "ETH"


def test_blame_hung_on_a_place_in_the_attack_phrase_names_the_attacker(nlp: Language) -> None:
    # the parser hangs "blamed" on "province"; a province is not what blame is laid on
    sentence = ("At least 40 civilians were killed in an attack on a village in Ituri province blamed "
                "on the Allied Democratic Forces.")
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.source is not None and killed.source.text == "Allied Democratic Forces"
    claimed = events_in(nlp, "Russian forces shelled a town claimed by Russia.")  # a claim stays with its noun
    assert _one(claimed, "shelled").source is not None and _one(claimed, "shelled").source.country == "RUS"


def test_those_who_died_in_an_attack_fell_in_it(nlp: Language) -> None:
    attack = _one(events_in(nlp, "At least 40 civilians died in an attack."), "attack")
    assert attack.source is None
    assert attack.target is not None and attack.target.text == "civilians"
    # a side named with "with" makes the one who died the other side
    clash = _one(events_in(nlp, "The rebel commander died in a clash with army troops."), "clash")
    assert clash.source is not None and clash.source.sector == "REB"
    assert clash.target is not None and clash.target.sector == "MIL"


def test_sides_that_clash_near_a_town_do_not_target_it(nlp: Language) -> None:
    sentence = "Ethiopian federal forces and Fano militiamen clashed near the town of Lalibela."
    clashed = _one(events_in(nlp, sentence), "clashed")
    assert clashed.target is None and clashed.place == "town of Lalibela"
    struck = _one(events_in(nlp, "The US and Britain struck Houthi targets in Yemen."), "struck")
    assert struck.target is not None and struck.target.country == "YEM"
    protest = _one(events_in(nlp, "Students and workers held a demonstration in Nairobi."), "demonstration")
    assert protest.target is not None and protest.target.country == "KEN"  # a protest noun keeps its place


def test_a_town_tagged_an_organisation_is_attacked_ground(nlp: Language) -> None:
    attacked = _one(events_in(nlp, "The RSF attacked El Fasher."), "attacked")
    assert attacked.target is not None and attacked.target.country == "SDN"


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("The air force bombed a village in Kaduna state, killing 85 civilians.", "killing", "NGA"),
        ("Russian forces shelled a village in the Kherson region.", "shelled", "UKR"),
        ("Rebels attacked a town in Ituri province.", "attacked", "COD"),
    ],
)
def test_a_region_noun_after_a_name_does_not_hide_its_country(
    nlp: Language, sentence: str, trigger: str, country: str
) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.country == country


def test_verbs_joined_before_one_object_share_it(nlp: Language) -> None:
    events = events_in(nlp, "Gunmen robbed, beat and abducted five traders.")
    for trigger in ("beat", "abducted"):
        event = _one(events, trigger)
        assert event.source is not None and event.source.text == "Gunmen"  # two conjuncts up
        assert event.target is not None and event.target.text == "traders"
    arrested = _one(events_in(nlp, "Police arrested and tortured dozens of activists."), "arrested")
    assert arrested.target is not None and arrested.target.text == "activists"
    # a conjunct with its own subject is another clause
    fled = events_in(nlp, "Residents fled and the militia looted the town.")
    assert all(e.target is None or e.target.text != "town" for e in fled if e.text == "fled")


def test_prisoners_of_war_are_soldiers(nlp: Language) -> None:
    swap = _one(events_in(nlp, "Russia and Ukraine exchanged 95 prisoners of war."), "exchanged")
    assert swap.target is not None and swap.target.sector == "MIL"
    freed = _one(events_in(nlp, "Israel freed 39 prisoners."), "freed")
    assert freed.target is not None and freed.target.sector == "CVL"


def test_what_a_party_holds_is_aimed_at_the_party(nlp: Language) -> None:
    shelled = _one(events_in(nlp, "Troops shelled positions held by a rival militia."), "shelled")
    assert shelled.target is not None and shelled.target.sector == "REB"
    struck = _one(events_in(nlp, "Israeli jets struck a building used by Hamas."), "struck")
    assert struck.target is not None and struck.target.text == "Hamas"


def test_an_aid_package_is_aid_to_whom_it_is_for(nlp: Language) -> None:
    sentence = "The Pentagon announced a new $425 million military aid package for Ukraine."
    package = _one(events_in(nlp, sentence), "package")
    assert package.type == "AID"
    assert package.source is not None and package.source.country == "USA"
    assert package.target is not None and package.target.country == "UKR"
    aid = _one(events_in(nlp, "Aid to Gaza has slowed to a trickle."), "Aid")
    assert aid.target is not None and aid.target.country == "PSE"


def test_an_attack_aimed_at_a_town_took_place_there(nlp: Language) -> None:
    killed = _one(events_in(nlp, "At least 12 people were killed in Israeli strikes on Rafah."), "killed")
    assert killed.place == "Rafah"
    strike = _one(events_in(nlp, "A Russian missile strike on Kharkiv killed 7 people."), "strike")
    assert strike.place == "Kharkiv"
    sanctions = _one(events_in(nlp, "The US imposed sanctions on Iran."), "imposed")
    assert sanctions.place is None  # sanctions are imposed from elsewhere


def test_a_passive_when_clause_places_the_wounding(nlp: Language) -> None:
    sentence = "Seven people were wounded when a grenade was thrown into a market in Kismayo."
    wounded = _one(events_in(nlp, sentence), "wounded")
    assert wounded.place == "Kismayo"
    assert wounded.source is None  # a passive clause names no attacker


def test_naming_an_act_demands_nothing(nlp: Language) -> None:
    sentence = "Hezbollah fired rockets in what it called retaliation for the killing of its commander."
    assert _one(events_in(nlp, sentence), "killing").status == "happened"
    named = events_in(nlp, "Amnesty called the killing of protesters a war crime.")
    assert _one(named, "killing").status == "happened"
    asked = events_in(nlp, "The UN called for the release of the hostages.")
    assert _one(asked, "release").status == "demanded"


def test_the_accused_does_the_act_when_the_parser_hangs_the_charge_on_the_accuser(nlp: Language) -> None:
    sentence = "Myanmar's military has been accused by rights groups of carrying out air strikes on civilian areas."
    strikes = _one(events_in(nlp, sentence), "strikes")
    assert strikes.status == "alleged"
    assert strikes.source is not None and strikes.source.country == "MMR"


def test_a_weapon_fired_to_disperse_a_crowd_is_aimed_at_it(nlp: Language) -> None:
    used = _one(events_in(nlp, "Kenyan police used tear gas to disperse hundreds of protesters."), "used")
    assert used.target is not None and used.target.text == "protesters"


def test_a_plan_dismissed_after_a_comma_is_the_dismissers_answer(nlp: Language) -> None:
    sentence = ("The Burmese military junta announced that it would hold elections next year, a plan the "
                "opposition dismissed as a sham.")
    dismissed = _one(events_in(nlp, sentence), "dismissed")
    assert dismissed.status == "happened" and dismissed.claimant is None
    assert dismissed.source is not None and dismissed.source.text == "opposition"


def test_two_passives_share_the_attack_named_after_the_last(nlp: Language) -> None:
    sentence = "Five soldiers were killed and 12 wounded in an attack by Boko Haram."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.source is not None and killed.source.text == "Boko Haram"
    own = _one(events_in(nlp, "Five soldiers were killed in Maiduguri and 12 wounded in an attack by Boko Haram."),
               "killed")
    assert own.source is None  # a phrase of its own: the attack may be another


@pytest.mark.parametrize(("phrase", "sector"), [("The Taliban government", "GOV"), ("Houthi authorities", "GOV"),
                                                ("A Hamas official", "REB"), ("Hamas fighters", "REB")])
def test_a_group_named_before_a_governing_body_governs(nlp: Language, phrase: str, sector: str) -> None:
    arrested = _one(events_in(nlp, f"{phrase} arrested 12 journalists."), "arrested")
    assert arrested.source is not None and arrested.source.sector == sector


def test_an_approved_act_is_still_to_come(nlp: Language) -> None:
    sending = _one(events_in(nlp, "Parliament approved sending troops to Congo."), "sending")
    assert sending.status == "planned"
    sentence = "The Israeli cabinet approved a deal for the release of hostages held in Gaza."
    assert _one(events_in(nlp, sentence), "release").status == "planned"


def test_a_protest_lodged_by_a_government_is_its_disapproval(nlp: Language) -> None:
    protest = _one(events_in(nlp, "The Philippines lodged a diplomatic protest against China."), "protest")
    assert (protest.type, protest.mode) == ("ACCUSE", "disapprove")
    assert protest.source is not None and protest.source.country == "PHL"
    filed = _one(events_in(nlp, "The Philippine government filed a diplomatic protest against China."), "protest")
    assert filed.source is not None and filed.source.country == "PHL"


def test_those_hurt_in_clashes_between_two_sides_were_hurt_by_both(nlp: Language) -> None:
    sentence = "More than 60 people were injured in clashes between police and protesters in the capital."
    injured = _one(events_in(nlp, sentence), "injured")
    assert injured.source is not None and injured.source.text == "police and protesters"


def test_an_approval_makes_only_its_object_a_plan(nlp: Language) -> None:
    sentence = "The resolutions were approved at the central committee meeting held on 6 November."
    assert _one(events_in(nlp, sentence), "meeting").status == "happened"


def test_hostage_read_as_a_verb_still_says_what_people_were_taken_as(nlp: Language) -> None:
    # the parser reads "hostage" as a verb here, in a clause under "took"
    sentence = "Hamas fighters took more than 240 people hostage during the October 7 attack."
    events = events_in(nlp, sentence)
    took = _one(events, "took")
    assert (took.type, took.mode) == ("ASSAULT", "abduct")
    assert took.target is not None and took.target.text == "people"
    attack = _one(events, "attack")
    assert attack.source is not None and attack.source.text == "Hamas fighters"  # not the people taken


def test_an_act_during_protests_takes_their_place(nlp: Language) -> None:
    sentence = "At least three people were shot dead by police during protests in Maputo."
    assert _one(events_in(nlp, sentence), "shot").place == "Maputo"


def test_two_acts_of_one_subject_share_the_raid_named_after_the_last(nlp: Language) -> None:
    sentence = "Bandits killed 12 people and abducted dozens more in a raid on a village in Zamfara state."
    events = events_in(nlp, sentence)
    assert _one(events, "killed").place == "Zamfara state"
    raid = _one(events, "raid")
    assert raid.source is not None and raid.source.text == "Bandits"


def test_a_wedding_party_is_no_political_party(nlp: Language) -> None:
    hit = _one(events_in(nlp, "A drone strike hit a wedding party in central Mali."), "hit")
    assert hit.target is not None and hit.target.sector == "CVL"


@pytest.mark.parametrize(("sentence", "trigger", "sector"), [
    ("Assailants shot dead a mayoral candidate at a campaign rally in Guerrero.", "shot", "POL"),
    ("A bomb exploded near a school in Pattani province, wounding two rangers.", "wounding", "MIL"),
    ("Poachers attacked two park rangers.", "attacked", "GOV"),
])
def test_candidates_and_rangers_are_parties(nlp: Language, sentence: str, trigger: str, sector: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.sector == sector


def test_a_weapon_named_second_in_the_object_still_makes_the_act(nlp: Language) -> None:
    used = _one(events_in(nlp, "Police used batons and tear gas against demonstrators."), "used")
    assert (used.type, used.mode) == ("ASSAULT", "crowd-control")


@pytest.mark.parametrize(("sentence", "trigger", "place"), [
    ("Gunmen opened fire on worshippers at a mosque in Herat, killing six people.", "killing", "Herat"),
    ("At least 19 people were killed in Russian strikes on the city of Zaporizhzhia.", "killed",
     "city of Zaporizhzhia"),
    ("Police arrested 17 people after clashes between rival fans at a football match in Belgrade.", "arrested",
     "Belgrade"),
])
def test_towns_the_tagger_or_the_parse_hides(nlp: Language, sentence: str, trigger: str, place: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).place == place


def test_a_part_a_town_owns_is_a_place(nlp: Language) -> None:
    struck = _one(events_in(nlp, "Israeli warplanes struck Beirut's southern suburbs on Friday."), "struck")
    assert struck.place == "Beirut's southern suburbs"
    assert _one(events_in(nlp, "Israel's army attacked the town."), "attacked").place is None  # a state owns no part


def test_a_passive_gerund_befalls_the_subject_of_its_clause(nlp: Language) -> None:
    sentence = "A Palestinian gunman killed three Israelis before being shot dead by off-duty soldiers."
    shot = _one(events_in(nlp, sentence), "shot")
    assert shot.target is not None and shot.target.text == "Palestinian gunman"
    assert shot.source is not None and shot.source.sector == "MIL"


def test_hostages_counted_with_of_are_taken(nlp: Language) -> None:
    took = _one(events_in(nlp, "The militants stormed the hotel and took dozens of guests hostage."), "took")
    assert (took.type, took.mode) == ("ASSAULT", "abduct")
    assert took.target is not None and took.target.text == "guests"


def test_a_state_written_as_an_acronym_before_a_strike_struck(nlp: Language) -> None:
    killed = _one(events_in(nlp, "The group's leader was killed in a US drone strike."), "killed")
    assert killed.source is not None and killed.source.country == "USA"
    gaza = _one(events_in(nlp, "Five people were killed in Gaza air strikes."), "killed")
    assert gaza.source is None  # a name written out may be where the strikes fell


def test_a_passive_when_clause_names_its_attacker_after_by(nlp: Language) -> None:
    sentence = "Three members of a family were killed when their home was hit by a Russian drone in Kherson."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.source is not None and killed.source.country == "RUS"


def test_a_ceasefire_between_two_sides_is_theirs(nlp: Language) -> None:
    sentence = "The ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday."
    ceasefire = _one(events_in(nlp, sentence), "ceasefire")
    assert ceasefire.source is not None and ceasefire.source.text == "Israel and Hezbollah"


def test_more_than_a_tonne_of_drugs_seized_is_confiscated(nlp: Language) -> None:
    seized = _one(events_in(nlp, "Mexican soldiers seized more than a tonne of fentanyl in a raid."), "seized")
    assert (seized.type, seized.mode) == ("COERCE", "seize")
    people = _one(events_in(nlp, "Gunmen seized more than 20 villagers."), "seized")
    assert (people.type, people.mode) == ("ASSAULT", "abduct")


def test_an_attack_a_warning_foretells_of_others_is_still_recorded(nlp: Language) -> None:
    sentence = "Russia could launch a new offensive in the spring, Ukrainian intelligence warned."
    launch = _one(events_in(nlp, sentence), "launch")
    assert launch.status == "hypothetical"
    threat = events_in(nlp, "Iran warned that it would close the Strait of Hormuz.")
    assert [e.type for e in threat] == ["THREATEN"]  # the speaker's own act: the threat stands for it


def test_a_gapped_count_shares_its_attacker_with_the_first_passive(nlp: Language) -> None:
    # the parser makes "dozens" a conjunct of "killed", with "wounded by ..." hung on it
    sentence = "Four Palestinians were killed and dozens wounded by Israeli fire near an aid site in Rafah."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.source is not None and killed.source.country == "ISR"
    assert killed.place == "Rafah"
    police = _one(events_in(nlp, "Three people were killed and five injured by police in Nairobi."), "killed")
    assert police.source is not None and police.source.text == "police"


def test_an_attacker_split_from_its_attack_by_the_parser_is_still_its_attacker(nlp: Language) -> None:
    sentence = "At least 15 civilians had been killed in RSF shelling of Omdurman on Saturday."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.source is not None and killed.source.text == "RSF"


def test_ramming_a_boat_is_an_attack_and_ramming_a_bill_through_is_not(nlp: Language) -> None:
    rammed = _one(events_in(nlp, "A Chinese coast guard vessel rammed a Philippine supply boat."), "rammed")
    assert rammed.type == "ASSAULT" and rammed.target is not None and rammed.target.country == "PHL"
    assert events_in(nlp, "Republicans rammed the bill through the Senate.") == []
    assert events_in(nlp, "He rammed home the point.") == []


def test_a_later_passive_of_another_kind_lends_no_agent(nlp: Language) -> None:
    sentence = "Three policemen and four civilians were wounded and taken by the Red Cross to the local hospital."
    assert _one(events_in(nlp, sentence), "wounded").source is None


def test_an_attack_on_a_vehicle_is_aimed_at_the_people_it_carries(nlp: Language) -> None:
    sentence = "A roadside bomb hit a vehicle carrying Pakistani police officers in the northwest."
    hit = _one(events_in(nlp, sentence), "hit")
    assert hit.target is not None and hit.target.text == "Pakistani police officers"


def test_media_outlets_are_media(nlp: Language) -> None:
    revoked = _one(events_in(nlp, "Niger's junta revoked the licences of two foreign media outlets."), "revoked")
    assert revoked.target is not None and revoked.target.sector == "MED"


def test_a_region_of_several_states_has_no_government(nlp: Language) -> None:
    sent = _one(events_in(nlp, "The Pentagon sent 1,500 troops to the Middle East."), "sent")
    assert sent.target is not None and sent.target.sector is None
    state = _one(events_in(nlp, "Russia sent troops to Belarus."), "sent")
    assert state.target is not None and state.target.sector == "GOV"


def test_a_neighbourhood_named_before_its_noun_is_the_place(nlp: Language) -> None:
    sentence = "Gangs set fire to at least 30 homes in the Solino neighbourhood overnight."
    assert _one(events_in(nlp, sentence), "set").place == "Solino neighbourhood"


def test_a_town_struck_is_where_the_strike_happened(nlp: Language) -> None:
    struck = _one(events_in(nlp, "Russian missiles struck Kharkiv on Monday."), "struck")
    assert struck.place == "Kharkiv"
    state = _one(events_in(nlp, "Israel struck Iran on Saturday."), "struck")
    assert state.place is None and state.target is not None and state.target.country == "IRN"


def test_a_town_the_tagger_calls_a_person_once_is_a_town(nlp: Language) -> None:
    hit = _one(events_in(nlp, "A Russian missile hit a shopping centre in Kremenchuk."), "hit")
    assert hit.place == "Kremenchuk"


def test_patients_are_civilians_and_the_second_act_is_where_the_first_was(nlp: Language) -> None:
    sentence = "Sudanese paramilitaries stormed a hospital in El Fasher and killed at least nine patients."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.target is not None and killed.target.sector == "CVL"
    assert killed.place == "El Fasher"
    assert killed.source is not None and killed.source.sector == "REB"


def test_a_convoy_attacked_where_it_was_carrying_people(nlp: Language) -> None:
    sentence = "Armed men ambushed a convoy carrying aid workers in South Sudan's Jonglei state."
    assert _one(events_in(nlp, sentence), "ambushed").place == "Jonglei state"


def test_a_commander_of_a_named_group_is_of_the_group(nlp: Language) -> None:
    sentence = "Troops arrested a senior commander of the Islamic State group near Kirkuk."
    arrested = _one(events_in(nlp, sentence), "arrested")
    assert arrested.target is not None and arrested.target.sector == "REB"


def test_force_used_with_a_weapon_is_an_assault(nlp: Language) -> None:
    sentence = "Protesters threw fireworks at police, who responded with water cannon and tear gas."
    events = events_in(nlp, sentence)
    assert (_one(events, "threw").type, _one(events, "threw").mode) == ("PROTEST", "riot")
    responded = _one(events, "responded")
    assert (responded.type, responded.mode) == ("ASSAULT", "crowd-control")
    charged = _one(events_in(nlp, "Riot police charged the protesters with batons."), "charged")
    assert charged.type == "ASSAULT"
    accused = _one(events_in(nlp, "Prosecutors charged him with murder."), "charged")
    assert accused.type == "ACCUSE"
    assert events_in(nlp, "The ministry responded with a statement.") == []


def test_soldiers_an_army_reports_killed_are_its_own(nlp: Language) -> None:
    sentence = "Israel's military said two soldiers were killed in fighting in southern Gaza."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.target is not None and killed.target.country == "ISR"
    enemy = _one(events_in(nlp, "Russia's defence ministry said it killed 200 soldiers near Bakhmut."), "killed")
    assert enemy.target is not None and enemy.target.country == "UKR"


def test_an_arrest_warrant_accuses_and_the_arrest_is_sought(nlp: Language) -> None:
    sentence = "A court in Kinshasa issued a warrant for the arrest of the former president."
    events = events_in(nlp, sentence)
    assert _one(events, "issued").type == "ACCUSE"
    assert _one(events, "arrest").status == "demanded"


def test_a_first_word_misread_as_a_verb_before_its_noun_is_no_act(nlp: Language) -> None:
    sentence = "Aid groups estimate that between 20,000 and 30,000 people have been killed."
    assert not any(e.type == "AID" for e in events_in(nlp, sentence))
    assert _one(events_in(nlp, "Aid the refugees, the UN urged donors."), "Aid").type == "AID"


def test_a_place_hung_on_the_people_a_camp_is_for_is_the_camps(nlp: Language) -> None:
    sentence = "The Tatmadaw bombed a camp for displaced people in Kachin state, killing at least 29 people."
    assert _one(events_in(nlp, sentence), "bombed").place == "Kachin state"


def test_a_rally_broken_up_is_aimed_at_those_who_held_it(nlp: Language) -> None:
    sentence = ("Police in Bangladesh used tear gas and rubber bullets to break up a rally by thousands of "
                "opposition supporters in Dhaka.")
    used = _one(events_in(nlp, sentence), "used")
    assert used.target is not None and used.target.text == "opposition supporters"
    assert used.place == "Dhaka"


def test_mobilizing_voters_is_no_call_up(nlp: Language) -> None:
    assert events_in(nlp, "Democrats are trying to mobilize black voters in Florida.") == []
    called_up = _one(events_in(nlp, "Russia mobilized 300,000 reservists."), "mobilized")
    assert (called_up.type, called_up.mode) == ("MOBILIZE", "troops")


def test_a_pronoun_opening_a_sentence_is_the_last_sentences_subject(nlp: Language) -> None:
    text = ("The Sudanese Doctors Network said the RSF had killed at least 300 people in two days. "
            "It accused the group of genocide.")
    accused = _one(events_in(nlp, text), "accused")
    assert accused.source is not None and accused.source.sector != "REB"  # not the RSF named in between
    text = "The RSF attacked El Fasher on Friday. It killed at least 30 people."
    killed = _one(events_in(nlp, text), "killed")
    assert killed.source is not None and killed.source.sector == "REB"


def test_an_armed_group_that_says_it_will_keep_targeting_ships_threatens_force(nlp: Language) -> None:
    text = "The Houthis said they would continue targeting ships linked to Israel."
    targeting = _one(events_in(nlp, text), "targeting")
    assert targeting.type == "ASSAULT" and targeting.source is not None and targeting.source.country == "YEM"
    assert events_in(nlp, "The party said it would target young voters.") == []


def test_letting_relief_goods_in_eases_access(nlp: Language) -> None:
    allow = _one(events_in(nlp, "Israel will allow 200 trucks of aid a day into Gaza, a US official said."), "allow")
    assert (allow.type, allow.mode, allow.status) == ("RETREAT", "access", "planned")
    assert allow.place == "Gaza"
    assert events_in(nlp, "The government allowed aid groups to operate.") == []


def test_talks_a_party_is_invited_to_are_offered(nlp: Language) -> None:
    talks = _one(events_in(nlp, "Colombia's president invited the ELN to resume talks in Havana."), "talks")
    assert talks.status == "offered"


def test_a_condemned_act_of_a_state_is_aimed_at_the_state(nlp: Language) -> None:
    sentence = "Japan condemned North Korea's missile launch as a clear violation of UN resolutions."
    condemned = _one(events_in(nlp, sentence), "condemned")
    assert condemned.target is not None and condemned.target.text == "North Korea"
    homes = _one(events_in(nlp, "Israeli forces demolished 14 Palestinian homes."), "demolished")
    assert homes.target is not None and homes.target.text == "Palestinian homes"


def test_a_demonym_on_the_weapon_names_the_attacker(nlp: Language) -> None:
    sentence = "A Russian missile strike on an apartment building in the city of Dnipro killed at least 40 people."
    strike = _one(events_in(nlp, sentence), "strike")
    assert strike.source is not None and strike.source.country == "RUS"


def test_fighting_between_parties_in_a_town_is_there(nlp: Language) -> None:
    sentence = "Fighting between rival militias in Tripoli killed at least 55 people, the health ministry said."
    assert _one(events_in(nlp, sentence), "Fighting").place == "Tripoli"


def test_where_the_wounded_come_from_is_not_where_they_were_wounded(nlp: Language) -> None:
    sentence = "Two UN peacekeepers from Nepal were wounded when their base came under fire, the mission said."
    wounded = _one(events_in(nlp, sentence), "wounded")
    assert wounded.place is None
    assert wounded.target is not None and wounded.target.country == "NPL"


def test_a_township_named_before_its_noun_is_the_place(nlp: Language) -> None:
    sentence = "The Arakan Army said it had seized the last military base in Maungdaw township."
    assert _one(events_in(nlp, sentence), "seized").place == "Maungdaw township"


def test_the_site_an_attack_was_aimed_at_places_the_victims(nlp: Language) -> None:
    sentence = ("At least 27 people were killed in Israeli strikes on two schools sheltering displaced "
                "families in Gaza City.")
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.place == "Gaza City"
    assert _one(events_in(nlp, "He was killed in a raid on Monday."), "killed").place is None


def test_on_a_part_of_a_place_is_where(nlp: Language) -> None:
    killed = _one(events_in(nlp, "Two soldiers were killed on the outskirts of Bakhmut."), "killed")
    assert killed.place == "outskirts of Bakhmut"
    island = _one(events_in(nlp, "The Philippine military killed nine rebels on the island of Negros."), "killed")
    assert island.place == "island of Negros"
    aimed = _one(events_in(nlp, "Israel carried out strikes on a house in Rafah."), "strikes")
    assert aimed.place == "Rafah"


def test_a_town_of_several_words_the_tagger_cut_short_is_a_town(nlp: Language) -> None:
    sentence = "The bombing killed 23 soldiers at a military post in Dera Ismail Khan."
    killed = _one(events_in(nlp, sentence), "killed")
    assert killed.place == "Dera Ismail Khan"
    assert killed.target is not None and killed.target.country == "PAK"


def test_bodies_pulled_from_the_rubble_are_no_withdrawal(nlp: Language) -> None:
    sentence = "Rescue workers pulled 18 bodies from the rubble of a building hit by an Israeli strike."
    assert not any(e.type == "RETREAT" for e in events_in(nlp, sentence))
    assert _one(events_in(nlp, "Russia pulled its troops out of Kherson."), "pulled").type == "RETREAT"


def test_the_plotters_named_in_a_foiled_plot_would_have_acted(nlp: Language) -> None:
    sentence = "Israel's Shin Bet said it had foiled a plot by Hamas to assassinate Israeli officials."
    plotted = _one(events_in(nlp, sentence), "assassinate")
    assert plotted.source is not None and plotted.source.text == "Hamas"
    assert _one(events_in(nlp, "Police foiled a plot to attack the parade."), "attack").source is None


def test_people_an_attack_goes_into_are_its_target(nlp: Language) -> None:
    rammed = _one(events_in(nlp, "A car rammed into a crowd in New Orleans."), "rammed")
    assert rammed.target is not None and rammed.target.text == "crowd"
    sea = _one(events_in(nlp, "North Korea fired a missile into the sea."), "fired")
    assert sea.target is None


def test_the_place_of_a_thing_taken_from_its_owner_places_the_act(nlp: Language) -> None:
    sentence = "The RSF said it had taken control of the army's last stronghold in North Darfur."
    taken = _one(events_in(nlp, sentence), "taken")
    assert taken.place == "North Darfur"


def test_a_hazard_that_killed_is_no_attacker(nlp: Language) -> None:
    sentence = "Three days of heavy rain triggered landslides that killed at least 50 people in Nepal."
    assert not any(e.type == "ASSAULT" for e in events_in(nlp, sentence))
    gunmen = _one(events_in(nlp, "Gunmen who killed 12 people fled."), "killed")
    assert gunmen.type == "ASSAULT"


def test_aid_goes_to_the_party_after_to_wherever_the_parser_hangs_it(nlp: Language) -> None:
    sentence = "The United States has provided more than $60 billion in military aid to Ukraine since 2022."
    provided = _one(events_in(nlp, sentence), "provided")
    assert provided.target is not None and provided.target.country == "UKR"


def test_a_region_named_in_an_of_phrase_places_its_part(nlp: Language) -> None:
    sentence = "Syrian government forces bombed rebel-held areas of Idlib province, killing 9 civilians."
    assert _one(events_in(nlp, sentence), "bombed").place == "rebel-held areas of Idlib province"


def test_a_camp_named_before_its_noun_is_the_place_of_a_raid_on_it(nlp: Language) -> None:
    sentence = "A Palestinian man was shot dead by Israeli forces during a raid on the Jenin refugee camp."
    assert _one(events_in(nlp, sentence), "raid").place == "Jenin refugee camp"


def test_asking_not_to_be_named_requests_nothing(nlp: Language) -> None:
    sentence = ("The spokesman, who asked not to be named because he was not authorised to speak to the media, "
                "said 14 soldiers had been killed.")
    assert not any(e.type == "REQUEST" for e in events_in(nlp, sentence))
    asked = _one(events_in(nlp, "Protesters asked the police not to intervene."), "asked")
    assert asked.type == "REQUEST"


def test_an_act_in_prospect_has_not_happened(nlp: Language) -> None:
    sentence = "Diplomats said the prospect of a permanent ceasefire had receded."
    assert _one(events_in(nlp, sentence), "ceasefire").status == "hypothetical"
    questions = _one(events_in(nlp, "Bush asks no questions about the massacre of Spanish priests."), "massacre")
    assert questions.status == "happened"


def test_captives_who_own_their_release_are_released(nlp: Language) -> None:
    release = _one(events_in(nlp, "The hostages' release was delayed."), "release")
    assert release.source is None and release.target is not None and release.target.text == "hostages"
    assert release.status == "planned"
    delayed = _one(events_in(nlp, "Israel delayed the release of 600 prisoners."), "release")
    assert delayed.source is not None and delayed.source.country == "ISR"


def test_people_sheltering_somewhere_take_shelter(nlp: Language) -> None:
    assert events_in(nlp, "The UN says about 600,000 children are sheltering in Rafah.") == []
    school = _one(events_in(nlp, "The school is sheltering 2,000 displaced people."), "sheltering")
    assert school.type == "AID"


def test_wounded_counted_with_a_toll_are_no_act_of_their_own(nlp: Language) -> None:
    sentence = "The ministry of health in Gaza said the death toll had risen to 34,183, with 77,143 wounded."
    assert events_in(nlp, sentence) == []


def test_a_party_met_somewhere_is_not_of_that_place(nlp: Language) -> None:
    welcome = _one(events_in(nlp, "The president said he would welcome him in Jerusalem."), "welcome")
    assert welcome.target is not None and welcome.target.country is None
    freed = _one(events_in(nlp, "Gunmen abducted 20 villagers in Zamfara."), "abducted")
    assert freed.target is not None and freed.target.country == "NGA"  # harm done there is to its people


def test_the_weapon_an_attack_is_made_with_is_not_its_target(nlp: Language) -> None:
    sentence = "The committee said the RSF had attacked Wad al-Noura village twice with heavy artillery."
    attacked = _one(events_in(nlp, sentence), "attacked")
    assert attacked.target is None or attacked.target.text != "heavy artillery"
    assert attacked.place == "Wad al-Noura village"
    clashed = _one(events_in(nlp, "The army clashed with rebels near Goma."), "clashed")
    assert clashed.target is not None and clashed.target.text == "rebels"


def test_a_denied_targeting_by_a_conjoined_verb_is_the_subjects(nlp: Language) -> None:
    sentence = "The RSF said it had attacked three army camps near the village and denied targeting civilians."
    targeting = _one(events_in(nlp, sentence), "targeting")
    assert (targeting.type, targeting.status) == ("ASSAULT", "denied")
    assert targeting.source is not None and targeting.source.sector == "REB"


def test_what_an_act_is_condemned_as_is_no_second_act(nlp: Language) -> None:
    events = events_in(nlp, "The army condemned the attack as a massacre.")
    assert [e.text for e in events] == ["condemned"]


def test_acts_counted_as_the_object_of_a_light_verb_are_the_subjects(nlp: Language) -> None:
    strikes = _one(events_in(nlp, "Israel carried out dozens of airstrikes on Gaza."), "airstrikes")
    assert strikes.source is not None and strikes.source.country == "ISR"


def test_scrambling_fighter_jets_is_a_show_of_force(nlp: Language) -> None:
    scrambled = _one(events_in(nlp, "Poland said it had scrambled fighter jets to secure its airspace."), "scrambled")
    assert (scrambled.type, scrambled.mode) == ("MOBILIZE", "weapons")
    assert events_in(nlp, "Scientists scrambled to explain the data.") == []


def test_an_act_a_party_is_warned_against_is_its_possible_act(nlp: Language) -> None:
    attacking = _one(events_in(nlp, "Washington warned Iran against attacking US forces in the region."), "attacking")
    assert attacking.status == "hypothetical"
    assert attacking.source is not None and attacking.source.country == "IRN"
    assert [e.type for e in events_in(nlp, "Iran warned that it would close the Strait of Hormuz.")] == ["THREATEN"]


def test_a_state_accused_of_targeting_infrastructure_is_accused_of_force(nlp: Language) -> None:
    sentence = "Kyiv accused Moscow of deliberately targeting civilian infrastructure, a charge Russia denies."
    targeting = _one(events_in(nlp, sentence), "targeting")
    assert (targeting.type, targeting.status) == ("ASSAULT", "alleged")
    assert targeting.source is not None and targeting.source.country == "RUS"
    assert events_in(nlp, "The sanctions target Russian banks.") == []


def test_people_a_states_forces_capture_are_detained(nlp: Language) -> None:
    sentence = "Mexican security forces captured a top leader of the Sinaloa cartel in a raid."
    captured = _one(events_in(nlp, sentence), "captured")
    assert (captured.type, captured.mode) == ("COERCE", "arrest")
    soldiers = _one(events_in(nlp, "Ukrainian forces captured 47 Russian soldiers."), "captured")
    assert (soldiers.type, soldiers.mode) == ("ASSAULT", "abduct")
    gunmen = _one(events_in(nlp, "Gunmen captured 20 villagers."), "captured")
    assert (gunmen.type, gunmen.mode) == ("ASSAULT", "abduct")


def test_a_states_demonym_on_an_attack_or_weapon_names_its_forces(nlp: Language) -> None:
    airstrike = _one(events_in(nlp, "An Israeli airstrike killed 12 people."), "airstrike")
    assert airstrike.source is not None and (airstrike.source.country, airstrike.source.sector) == ("ISR", "MIL")
    settlers = _one(events_in(nlp, "Israeli settlers attacked Huwara village."), "attacked")
    assert settlers.source is not None and settlers.source.sector == "CVL"


def test_dissidents_of_an_armed_group_are_armed(nlp: Language) -> None:
    attacked = _one(events_in(nlp, "FARC dissidents attacked a military base."), "attacked")
    assert attacked.source is not None and attacked.source.sector == "REB"


def test_forces_deployed_with_no_one_named_to_deploy_them_are_the_source(nlp: Language) -> None:
    deployed = _one(events_in(nlp, "Rwandan troops were deployed to Mozambique's Cabo Delgado province."), "deployed")
    assert deployed.source is not None and (deployed.source.country, deployed.source.sector) == ("RWA", "MIL")
    assert deployed.target is not None and deployed.target.country == "MOZ"
    sent = _one(events_in(nlp, "Troops were sent to the border."), "sent")
    assert (sent.type, sent.mode) == ("MOBILIZE", "troops")


def test_a_body_beginning_to_withdraw_its_troops_withdraws_its_own(nlp: Language) -> None:
    withdrawing = _one(events_in(nlp, "MONUSCO began withdrawing its troops from eastern Congo."), "withdrawing")
    assert withdrawing.target is not None and withdrawing.target.text == "eastern Congo"


def test_an_act_told_beside_a_framing_verb_is_not_absorbed(nlp: Language) -> None:
    sentence = "Masked men set fire to a bus in Monterrey after police detained a cartel boss."
    assert [e.text for e in events_in(nlp, sentence)] == ["set", "detained"]


def test_an_allegation_before_two_joined_verbs_covers_both(nlp: Language) -> None:
    events = events_in(nlp, "Soldiers allegedly tortured and killed three men.")
    assert [(e.text, e.status) for e in events] == [("tortured", "alleged"), ("killed", "alleged")]


def test_forces_entering_a_country_to_support_someone_support_it_themselves(nlp: Language) -> None:
    events = events_in(nlp, "Iraqi forces entered Kuwait to support the new government.")
    entered, support = _one(events, "entered"), _one(events, "support")
    assert (entered.type, entered.mode) == ("MOBILIZE", "troops")
    assert support.source is not None and support.source.country == "IRQ"
    assert events_in(nlp, "Migrants crossed the border.") == []


def test_who_is_placed_under_arrest_is_arrested(nlp: Language) -> None:
    passive = _one(events_in(nlp, "Opposition leader Bobi Wine was placed under house arrest."), "arrest")
    assert passive.target is not None and passive.target.text == "Opposition leader Bobi Wine"
    active = _one(events_in(nlp, "Ugandan police placed Bobi Wine under house arrest."), "arrest")
    assert active.source is not None and active.source.country == "UGA"


def test_where_the_forces_that_act_are_places_an_arrest(nlp: Language) -> None:
    assert _one(events_in(nlp, "Police in Karachi arrested 12 men."), "arrested").place == "Karachi"
    sanctions = _one(events_in(nlp, "Officials in Washington imposed sanctions on Iran."), "imposed")
    assert sanctions.place is None


def test_entering_talks_moves_no_troops(nlp: Language) -> None:
    assert events_in(nlp, "The FMLN enters the dialogue process with a serious attitude.") == []
    entered = _one(events_in(nlp, "Russian troops entered Kherson."), "entered")
    assert (entered.type, entered.mode) == ("MOBILIZE", "troops")


@pytest.mark.parametrize(
    ("sentence", "trigger", "target", "place"),
    [
        ("The Sudanese army retook the city of Wad Madani from the Rapid Support Forces on Saturday.",
         "retook", "SDN", "the city of Wad Madani"),
        ("The Taliban seized Kunduz from Afghan government forces in 2015.", "seized", "AFG", "Kunduz"),
    ],
)
def test_ground_taken_from_a_party_is_aimed_at_the_party(
        nlp: Language, sentence: str, trigger: str, target: str, place: str) -> None:
    """The holder the ground was taken from is the target; the ground is where it happened."""
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.sector in {"MIL", "REB"}
    assert (event.target.country, event.place) == (target, place)


def test_people_moved_from_a_place_keep_their_object(nlp: Language) -> None:
    event = _one(events_in(nlp, "Soldiers evacuated 300 civilians from Rafah."), "evacuated")
    assert event.target is not None and event.target.text == "civilians"


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Pakistan's military said security forces killed 11 militants in a raid near the Afghan border.",
         "killed", "PAK"),
        ("Troops arrested 40 suspects in the north, Nigeria's army said.", "arrested", "NGA"),
        # no state speaks: the forces keep no country
        ("Witnesses said security forces opened fire on the crowd.", "opened", None),
    ],
)
def test_forces_of_no_side_in_a_state_armys_report_are_its_own(
        nlp: Language, sentence: str, trigger: str, source: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.sector == "MIL"
    assert event.source.country == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Pakistan's foreign office said India's claims were baseless, and warned of a strong response.",
         "warned", "Pakistan's foreign office"),
        # a deed joined to the reported clause stays the deed of its doers
        ("Officials said gunmen attacked the village, and killed 12 people.", "killed", "gunmen"),
    ],
)
def test_a_spoken_act_joined_to_a_report_is_the_reporters(nlp: Language, sentence: str, trigger: str,
                                                          source: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.text == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("A Moscow court sentenced opposition politician Vladimir Kara-Murza to 25 years in prison.",
         "sentenced", "RUS"),
        ("Vietnam jailed prominent environmental activist Hoang Thi Minh Hong for three years.", "jailed", "VNM"),
        ("Iranian authorities executed a protester on Monday.", "executed", "IRN"),
        # an army's captives are often the enemy's people, and a release's often foreign: left alone
        ("Belarus released 18 political prisoners.", "released", None),
    ],
)
def test_people_a_state_punishes_at_home_are_its_own(nlp: Language, sentence: str, trigger: str,
                                                      country: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.target is not None and event.target.country == country


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        ("Kenya will send 1,000 police officers to Haiti.", "send", "Haiti"),
        ("Russia deployed troops to Belarus.", "deployed", "Belarus"),
        ("M23 rebels pulled out of the town of Kibumba in North Kivu.", "pulled", "town of Kibumba"),
    ],
)
def test_forces_moved_to_or_withdrawn_from_a_place_are_placed_there(nlp: Language, sentence: str, trigger: str,
                                                                    place: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).place == place


def test_a_visit_travelled_for_is_the_travellers_where_he_arrived(nlp: Language) -> None:
    text = "Chinese Foreign Minister Wang Yi arrived in Islamabad on Saturday for a two-day visit."
    event = _one(events_in(nlp, text), "visit")
    assert event.source is not None and event.source.country == "CHN"
    assert event.place == "Islamabad"


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        ("Security forces fired live ammunition at demonstrators in Nairobi.", "fired", "KEN"),
        ("Police killed a student in Dhaka on Tuesday.", "killed", "BGD"),
        ("Government troops clashed with Tamil rebels near Jaffna.", "clashed", "LKA"),
        ("Gunmen killed at least 12 villagers in Zamfara state on Sunday.", "killed", "NGA"),
        # soldiers also fight abroad: the place says nothing of theirs
        ("Soldiers killed three Palestinians in Jenin.", "killed", None),
    ],
)
def test_police_and_security_forces_at_a_place_are_its_own(nlp: Language, sentence: str, trigger: str,
                                                           country: str | None) -> None:
    """And so are armed men of no named group."""
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.country == country


def test_what_an_apology_is_demanded_for_happened(nlp: Language) -> None:
    bombing = _one(events_in(nlp, "Beijing demanded an apology for the bombing of its embassy."), "bombing")
    assert bombing.status == "happened"


def test_a_titled_name_takes_the_country_of_its_own_of_phrase(nlp: Language) -> None:
    """Not that of another Hussein named later in the sentence."""
    talks = _one(events_in(nlp, "King Hussein of Jordan held talks with Iraqi President Saddam Hussein."), "talks")
    assert talks.source is not None and talks.source.country == "JOR"
    assert talks.target is not None and talks.target.country == "IRQ"


def test_cypriots_of_either_community_are_cypriots(nlp: Language) -> None:
    met = _one(events_in(nlp, "Greek Cypriot leaders met Turkish Cypriot officials in Nicosia."), "met")
    assert met.source is not None and met.target is not None
    assert (met.source.country, met.target.country) == ("CYP", "CYP")


@pytest.mark.parametrize("forces", ["paratroopers", "marines", "commandos"])
def test_any_armed_men_sent_are_a_deployment(nlp: Language, forces: str) -> None:
    sent = _one(events_in(nlp, f"France sent 300 {forces} to the Central African Republic."), "sent")
    assert (sent.type, sent.mode) == ("MOBILIZE", "troops")


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Chinese Premier Li Peng began an official visit to India on Sunday.", "CHN", "IND"),
        ("France's President Francois Mitterrand paid a surprise visit to Sarajevo.", "FRA", "BIH"),
        ("Chancellor Helmut Kohl arrived in Moscow for a three-day official visit.", "DEU", "RUS"),
    ],
)
def test_a_visit_is_the_visitors_to_the_host(nlp: Language, sentence: str, source: str, target: str) -> None:
    visit = _one(events_in(nlp, sentence), "visit")
    assert visit.source is not None and visit.target is not None
    assert (visit.source.country, visit.target.country) == (source, target)


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("The president ordered the release of 50 political prisoners.", "release", "president"),
        ("Mali's junta ordered the expulsion of the French ambassador.", "expulsion", "Mali's junta"),
    ],
)
def test_an_act_an_authority_orders_is_its_own(nlp: Language, sentence: str, trigger: str, source: str) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.source is not None and event.source.text == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "target"),
    [
        ("Washington expressed support for Russian President Yeltsin.", "expressed", "SUPPORT", "RUS"),
        ("The UN expressed concern over Iran's nuclear programme.", "expressed", "ACCUSE", "IRN"),
        ("The president thanked Qatar for its mediation.", "thanked", "SUPPORT", "QAT"),
        ("Egypt hailed the agreement.", "hailed", "SUPPORT", None),
    ],
)
def test_feelings_expressed_towards_a_party(nlp: Language, sentence: str, trigger: str, type_: str,
                                            target: str | None) -> None:
    event = _one(events_in(nlp, sentence), trigger)
    assert event.type == type_
    assert (event.target.country if event.target is not None else None) == target


@pytest.mark.parametrize(
    ("sentence", "type_", "mode"),
    [
        ("Iraqi troops occupied Kuwait in August 1990.", "ASSAULT", None),
        ("Students occupied the university for a week.", "PROTEST", "obstruct"),
    ],
)
def test_occupying_is_an_attack_or_a_protest_by_who_occupies(nlp: Language, sentence: str, type_: str,
                                                             mode: str | None) -> None:
    event = _one(events_in(nlp, sentence), "occupied")
    assert (event.type, event.mode) == (type_, mode)


def test_ground_described_as_occupied_is_no_act(nlp: Language) -> None:
    events = events_in(nlp, "Israeli forces bombed neighbourhoods occupied by the guerrillas.")
    assert [e.text for e in events] == ["bombed"]


def test_a_threat_is_placed_where_the_attack_would_be_not_where_its_makers_are(nlp: Language) -> None:
    threat = _one(events_in(nlp, "The terrorist group released a video threatening an attack in New York City."),
                  "threatening")
    assert threat.source is not None and threat.source.country is None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # sport: what is attacked or left is a contest, the doer a player, or a score is given
        ("The Dutch winger attacked the goal from the left in the second half.", "attacked"),
        ("Supporters invaded the pitch at the end of the derby.", "invaded"),
        ("The world number one withdrew from the tournament with a back injury.", "withdrew"),
        ("Juventus beat Lazio 3-1 in Turin on Saturday.", "beat"),
        ("The Ethiopian sprinter destroyed the field in the 10,000 metres.", "destroyed"),
        # markets and firms
        ("The euro retreated against the dollar in London trading.", "retreated"),
        ("Stocks rallied on Wall Street after the rate decision.", "rallied"),
        ("The software giant has launched an assault on the tablet market.", "assault"),
        ("The Swiss franc came under attack from speculators.", "attack"),
        # proposals killed or shot down, questions and setbacks that hit no one, works of art
        ("A proposal to raise the retirement age was killed in committee.", "killed"),
        ("Senators shot down the amendment on Thursday.", "shot"),
        ("The minister was bombarded with questions about the scandal.", "bombarded"),
        ("The carrier was hit by cancellations and delays.", "hit"),
        ("His second album bombed in America.", "bombed"),
    ],
)
def test_war_words_used_of_sport_markets_and_the_arts_are_no_event(nlp: Language, sentence: str,
                                                                    trigger: str) -> None:
    assert trigger not in [e.text for e in events_in(nlp, sentence)]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Gunmen attacked a crowded market in Maiduguri, killing 12 people.", "attacked"),
        ("Rebels attacked a police post near the football pitch in Mogadishu.", "attacked"),
        ("Fighters stormed the football stadium where the hostages were held.", "stormed"),
        # a match or an audience is where and whom an attack hit, not a contest
        ("A suicide bomber attacked fans at the match in Kabul, killing 20 people.", "attacked"),
        ("A gunman attacked the audience at a concert in Paris.", "attacked"),
        ("A bank in Kabul came under attack from gunmen on Sunday.", "attack"),  # a firm attacked, not attacking
        ("Riot police stormed the pitch to arrest fans after the match.", "stormed"),  # force on a pitch
    ],
)
def test_attacks_on_places_named_like_a_market_stay_attacks(nlp: Language, sentence: str, trigger: str) -> None:
    assert _one(events_in(nlp, sentence), trigger).type == "ASSAULT"


def test_investors_who_protest_in_the_street_protest(nlp: Language) -> None:
    protest = _one(events_in(nlp, "Investors protested outside the bank's headquarters in Athens."), "protested")
    assert protest.type == "PROTEST"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("An earthquake struck eastern Iran on Sunday, killing at least 30 people.", "killing"),
        ("Heat waves killed hundreds of people across southern Europe.", "killed"),
        ("Floods forced the evacuation of 20,000 people in Sindh province.", "evacuation"),
        ("Poverty kills more children than war, the charity said.", "kills"),
    ],
)
def test_harm_done_by_nature_or_want_is_no_act(nlp: Language, sentence: str, trigger: str) -> None:
    assert trigger not in [e.text for e in events_in(nlp, sentence)]


def test_market_demand_is_no_request(nlp: Language) -> None:
    events = events_in(nlp, "Oil prices slipped on weak demand from Asian refiners.")
    assert "demand" not in [e.text for e in events]


@pytest.mark.parametrize(
    ("sentence", "kept", "joined"),
    [
        ("Police arrested and detained 14 students in Dhaka.", "arrested", "detained"),
        ("The president met and held talks with the Kenyan prime minister.", "met", "talks"),
    ],
)
def test_two_verbs_of_one_act_give_one_event(nlp: Language, sentence: str, kept: str, joined: str) -> None:
    triggers = [e.text for e in events_in(nlp, sentence)]
    assert kept in triggers and joined not in triggers


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Police arrested five men in Lahore and detained three more in Karachi.", "arrested", "detained"),
        # a phrase of its own, harm told apart, or another status: still two
        ("The campaign called on the agency to review the pipes and said the governor should resign.",
         "called", "said"),
        ("Gunmen killed and wounded 40 people in the market.", "killed", "wounded"),
        ("Dozens of suspects have been extradited and more will be extradited.", "extradited", "extradited"),
    ],
)
def test_verbs_with_their_own_objects_stay_two_acts(nlp: Language, sentence: str, first: str, second: str) -> None:
    triggers = [e.text for e in events_in(nlp, sentence)]
    assert len([t for t in triggers if t in {first, second}]) == 2, triggers


def test_an_act_voted_for_is_planned(nlp: Language) -> None:
    event = _one(events_in(nlp, "The Security Council voted to send peacekeepers to Haiti."), "send")
    assert event.status == "planned"


def test_a_goal_pursued_is_no_contest(nlp: Language) -> None:
    text = "NATO is deploying four battalions to the Baltic states for the common goal of deterrence."
    assert _one(events_in(nlp, text), "deploying").type == "MOBILIZE"


@pytest.mark.parametrize(
    "sentence",
    ["Iraqi troops attacked Kurdish villages in the 1980-88 war.",
     "The army attacked rebel positions during the 2014-15 offensive."],
)
def test_years_run_on_are_no_score(nlp: Language, sentence: str) -> None:
    assert _one(events_in(nlp, sentence), "attacked").type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a tally of votes or a score in a phrase of time is no result of the act
        ("In a 13-2 vote, the Security Council imposed sanctions on Iran.", "imposed"),
        ("Riot police fired tear gas at fans after the 1-0 win.", "fired"),
        ("Troops killed 12 protesters in the 3-2 ruling's aftermath.", "killed"),
    ],
)
def test_a_score_that_sets_the_act_leaves_it_an_event(nlp: Language, sentence: str, trigger: str) -> None:
    assert trigger in [e.text for e in events_in(nlp, sentence)]


def test_a_player_who_protests_protests(nlp: Language) -> None:
    assert _one(events_in(nlp, "The champion protested the arrest of his brother."), "protested").type == "PROTEST"


def test_a_partys_demand_is_a_request_whatever_its_strength(nlp: Language) -> None:
    events = events_in(nlp, "The opposition's strong demand for early elections was rejected.")
    assert _one(events, "demand").type == "REQUEST"


def test_a_joined_verb_with_a_target_of_its_own_stays(nlp: Language) -> None:
    march = _one(events_in(nlp, "Protesters gathered and marched on parliament."), "marched")
    assert march.target is not None and march.target.text == "parliament"


@pytest.mark.parametrize(
    "sentence",
    [
        "Parliament voted on Tuesday, sending 300 troops to Mali.",  # what followed the vote
        "The General Assembly voted to condemn the invasion.",  # done by the vote itself
    ],
)
def test_an_act_the_vote_does_not_decide_is_not_planned(nlp: Language, sentence: str) -> None:
    assert [e.status for e in events_in(nlp, sentence)] == ["happened"]


def test_a_hostile_act_a_party_intends_is_a_threat_that_stands_for_it(nlp: Language) -> None:
    """PLOVER codes an intended hostile act as the announcement: the THREATEN (made, so happened)
    stands for the planned act, as a threat does for what it threatens; no second event is told."""
    events = events_in(nlp, "Israel intends to expand its ground operation in Gaza.")
    assert [(e.type, e.status) for e in events] == [("THREATEN", "happened")]
    assert events[0].source is not None and events[0].source.country == "ISR"
    assert events_in(nlp, "Israel does not intend to expand its ground operation in Gaza.") == []
