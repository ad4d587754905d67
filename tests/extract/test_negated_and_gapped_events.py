"""Events a sentence says did not happen, passives with a left-out auxiliary, and senses that are no event.

Sentences are written in the style of wire reports (not taken from any evaluation set or corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "sentence",
    [
        # "no" before the act noun, or a participant that is no one
        "Police said no arrests were made.",
        "No ceasefire has been agreed.",
        "No one was killed in the attack.",
        "Nobody was wounded.",
        "The army killed no civilians, the spokesman said.",
        # a gerund subject of a negated verb
        "Fighting never broke out in the town.",
        # a negated noun of intent, offer or demand above the act
        "Israel has no plans to withdraw its troops.",
        "Hamas has shown no willingness to release the hostages.",
        "The army said it would make no request to extend the state of emergency.",
    ],
)
def test_an_act_the_sentence_says_did_not_happen_is_no_event(nlp: Language, sentence: str) -> None:
    assert [(e.text, e.type, e.status) for e in events_in(nlp, sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # "no" that bounds a number is no negation
        ("The army killed no fewer than 12 rebels.", "killed"),
        # one participant is no one, another is someone
        ("No soldiers and two civilians were killed.", "killed"),
        # "no" on a word that is neither the act, its participant nor a noun of intent
        ("There is no doubt that the rebels attacked the convoy.", "attacked"),
    ],
)
def test_a_number_bound_or_a_named_participant_keeps_the_event(nlp: Language, sentence: str, trigger: str) -> None:
    assert trigger in [e.text for e in events_in(nlp, sentence) if e.status == "happened"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Five policemen were killed and at least 24 soldiers injured when a car bomb exploded.",
         "injured", "soldiers"),
        ("Three soldiers were killed and five others wounded in the ambush.", "wounded", None),
    ],
)
def test_a_count_after_a_passive_underwent_the_second_verb_too(nlp: Language, sentence: str, trigger: str,
                                                              target: str | None) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.source is None  # the soldiers did not injure anyone
    assert (event.target.text if event.target else None) == target


def test_an_active_verb_after_a_passive_keeps_its_subject(nlp: Language) -> None:
    events = events_in(nlp, "Two soldiers were killed and the rebels retreated.")
    event = next(e for e in events if e.text == "retreated")
    assert event.source is not None and event.source.text == "rebels"


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The regime restricted freedom of speech and freedom of movement.", False),
        ("Press freedom has declined across the region.", False),
        ("The freedom of the 50 hostages was secured by Qatar.", True),
        ("The hostages regained their freedom on Sunday.", True),
    ],
)
def test_freedom_is_a_release_only_when_it_is_someone_s(nlp: Language, sentence: str, kept: bool) -> None:
    releases = [e for e in events_in(nlp, sentence) if e.text == "freedom"]
    assert bool(releases) is kept
    assert all(e.type == "RETREAT" for e in releases)


@pytest.mark.parametrize(
    ("sentence", "rejected"),
    [
        ("Press freedom has declined.", False),
        ("The number of attacks declined sharply in March.", False),
        ("Hamas declined to comment.", False),  # declining comment is a statement (CAMEO 011), no refusal
        ("Hamas declined to attend the talks.", True),
        ("Israel declined the offer.", True),
        ("The offer was declined by Hamas.", True),
    ],
)
def test_declining_is_a_refusal_only_with_something_declined(nlp: Language, sentence: str, rejected: bool) -> None:
    assert any(e.type == "REJECT" for e in events_in(nlp, sentence)) is rejected


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("The drug cartel released the senator on Friday.", "REB", "GOV"),
        ("A congressman was kidnapped by a gang in Tegucigalpa.", "REB", "GOV"),
    ],
)
def test_cartels_and_legislators_are_actors(nlp: Language, sentence: str, source: str, target: str) -> None:
    event = events_in(nlp, sentence)[0]
    assert event.source is not None and event.source.sector == source
    assert event.target is not None and event.target.sector == target


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # "would have" with a participle tells what did not happen
        ("Had it not been for a faulty detonator, the bomb would have killed at least 50 people.", "killed",
         "hypothetical"),
        ("Without the warning, troops would have shelled the village.", "shelled", "hypothetical"),
        # a future perfect in reported speech is still to come
        ("Israel said it would have withdrawn all its troops by March.", "withdrawn", "planned"),
        # "be to" with an active verb is an arrangement
        ("The envoy was to meet Hamas leaders in Doha on Sunday.", "meet", "planned"),
        ("Hamas is to release 13 hostages on Friday.", "release", "planned"),
        ("Barco is to visit Belgium following his stay in Paris.", "visit", "planned"),
    ],
)
def test_counterfactuals_and_arrangements_did_not_happen(nlp: Language, sentence: str, trigger: str,
                                                         status: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.status == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        # a light verb as a participle after the act noun carries the act out; it is no act of its own
        ("According to an investigation carried out by the attorney general's office, the men are free.",
         "investigation", "attorney general's office"),
        ("Every shop closed during the three-day strike called by the rebels.", "strike", "rebels"),
        ("The raid, conducted by special forces, killed two militants.", "raid", "special forces"),
    ],
)
def test_an_act_carried_out_in_a_participle_is_that_act(nlp: Language, sentence: str, trigger: str,
                                                       source: str) -> None:
    events = events_in(nlp, sentence)
    assert not [e for e in events if e.text in {"carried", "called", "conducted"}]
    event = next(e for e in events if e.text == trigger)
    assert event.source is not None and event.source.text == source


def test_going_to_act_is_planned(nlp: Language) -> None:
    event = next(e for e in events_in(nlp, "Israel is going to release 30 prisoners.") if e.text == "release")
    assert event.status == "planned"


@pytest.mark.parametrize(
    ("sentence", "trigger", "kept"),
    [
        # the object or particle shows a sense that is no event
        ("The government failed to meet the needs of the displaced.", "meet", False),
        ("Blinken met Netanyahu in Jerusalem.", "met", True),
        ("Those who carried out the order to assassinate the Jesuits were soldiers.", "carried", False),
        ("Change is blowing over the country.", "blowing", False),
        ("Militants blew up a bridge.", "blew", True),
        ("He was admitted to the emergency room after being shot.", "admitted", False),
    ],
)
def test_an_object_that_shows_another_sense_gives_no_event(nlp: Language, sentence: str, trigger: str,
                                                          kept: bool) -> None:
    assert (trigger in [e.text for e in events_in(nlp, sentence)]) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a participle of aid after a building tells what it is used for
        ("An Israeli strike hit a school sheltering displaced families in Gaza City.", False),
        ("The shelling hit a hospital treating wounded fighters.", False),
        # with a party as the subject, it is aid given
        ("Jordan is sheltering 600,000 Syrian refugees.", True),
    ],
)
def test_what_a_building_is_used_for_is_no_aid(nlp: Language, sentence: str, kept: bool) -> None:
    assert any(e.type == "AID" for e in events_in(nlp, sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # targeting is an assault where force shows: an armed doer, a weapon, an armed target
        ("Israeli jets targeted Hamas positions in Rafah.", "ISR", "PSE"),
        ("Russian missiles targeted Kyiv overnight.", "RUS", "UKR"),
        ("Hezbollah said it had targeted an Israeli military post with guided missiles.", "LBN", "ISR"),
        ("Rebels targeted army positions near the airport.", None, None),
    ],
)
def test_targeting_with_force_is_an_assault(nlp: Language, sentence: str, source: str | None,
                                            target: str | None) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == "targeted")
    assert event.type == "ASSAULT"
    assert (event.source.country if event.source else None) == source
    assert (event.target.country if event.target else None) == target


@pytest.mark.parametrize(
    "sentence",
    [
        "The new sanctions target Russian banks and energy companies.",
        "Trump targeted Clinton in his speech on Tuesday.",
        "The campaign targeted young voters in swing states.",
        "Critics said the law targeted journalists and activists.",
    ],
)
def test_targeting_without_force_is_no_assault(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        # who survives, escapes or holds off an act underwent it
        ("The prime minister survived an assassination attempt in Bratislava.", "attempt", "prime minister"),
        ("Two soldiers escaped an ambush near the border.", "ambush", "soldiers"),
    ],
)
def test_who_survives_an_act_is_its_target(nlp: Language, sentence: str, trigger: str, target: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize("sentence", ["Armed men attacked a police station overnight.",
                                      "Masked men abducted two aid workers."])
def test_armed_or_masked_men_are_an_armed_group(nlp: Language, sentence: str) -> None:
    event = events_in(nlp, sentence)[0]
    assert event.source is not None and event.source.sector == "REB"


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # "No" as the abbreviation of "number" negates nothing
        ("No 10 criticised Moscow over the poisoning.", "criticised", "happened"),
        ("Israel killed Hamas's No 2 in a drone strike in Beirut.", "killed", "happened"),
        # a relative clause under a negated noun of intent tells a fact of its own
        ("Hamas has no plans to release the hostages it seized in October.", "seized", "happened"),
        ("There has been no claim of responsibility for the bombing that killed 30 people in Kabul.", "killed",
         "happened"),
        # no inquiry into an act does not undo the act
        ("There is no investigation into the killings of protesters who were shot in March.", "shot", "happened"),
        # an act that never stopped went on
        ("Shelling never stopped during the night.", "Shelling", "happened"),
        # a refusal whose object is left out is still one
        ("Israel offered a truce, but Hamas declined.", "declined", "happened"),
        # what a reaction consisted of, and a later act told in narrative, happened
        ("Hamas's reaction was to fire rockets at Tel Aviv.", "fire", "happened"),
        ("Putin was to invade Ukraine eight years later.", "invade", "happened"),
        # a deadline makes "would have" a future perfect
        ("Officials said the army would have withdrawn from the city within two weeks.", "withdrawn", "planned"),
    ],
)
def test_negations_and_modalities_read_too_widely(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.status == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        # a counted subject of a verb that is no harm does it
        ("Three people were arrested and 2,000 protesters marched to parliament.", "marched", "protesters"),
        ("Two soldiers were killed and 40 militants surrendered to the army.", "surrendered", "militants"),
        # carrying out a death sentence is an execution
        ("The army carried out the death sentence against three rebels.", "carried", "army"),
        # an act called for is demanded, not carried out
        ("An investigation called for by the UN has not started.", "called", "UN"),
    ],
)
def test_who_does_the_act_after_the_new_rules(nlp: Language, sentence: str, trigger: str, source: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.source is not None and event.source.text == source


def test_a_shared_negative_subject_negates_both_verbs(nlp: Language) -> None:
    assert events_in(nlp, "Nobody was killed or wounded in the blast.") == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "mode", "target"),
    [
        # the weapon may hang on the object; a barrage fired toward a city is aimed at it
        ("Hezbollah said it had targeted an Israeli military post with guided missiles.", "targeted",
         "heavy-weapons", "ISR"),
        ("Palestinian militants fired a barrage of rockets toward Tel Aviv.", "fired", "heavy-weapons", "ISR"),
    ],
)
def test_weapon_and_aim_beyond_the_verb(nlp: Language, sentence: str, trigger: str, mode: str, target: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.mode == mode
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize(
    "sentence",
    [
        # sanctions, policy and words target armed groups too; an armed doer aims at more than people
        "The sanctions target Hezbollah's financial network.",
        "Washington targeted the Wagner Group with sanctions.",
        "Hamas leaders were targeted by new US sanctions.",
        "Police targeted drug cartels in a crackdown.",
        "The army targeted recruitment at young men.",
        "Hezbollah targeted Shiite voters in its election campaign.",
        "The insurgents targeted the army's morale.",
    ],
)
def test_targeting_by_policy_or_words_is_no_assault(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.text == "targeted" or e.text == "target"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        # the act's own target outranks who held it off
        ("Kenyan troops repelled an al-Shabaab attack on a Somali army base.", "attack", "SOM"),
        # a weapon fired toward a city targets it; toward the sea, nobody
        ("Palestinian militants fired a barrage of rockets toward Tel Aviv.", "fired", "ISR"),
        ("North Korea fired a missile towards the Sea of Japan.", "fired", None),
    ],
)
def test_targets_after_review(nlp: Language, sentence: str, trigger: str, target: str | None) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert (event.target.country if event.target else None) == target


@pytest.mark.parametrize("sentence", ["Two journalists narrowly escaped abduction.",
                                      "The opposition leader escaped arrest by fleeing to Turkey."])
def test_an_arrest_or_abduction_escaped_did_not_happen(nlp: Language, sentence: str) -> None:
    assert events_in(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The minister was to sign the agreement later in the day.", "sign", "planned"),
        ("Without the airstrikes, the rebels would have captured the city within days.", "captured", "hypothetical"),
        ("Had the talks not collapsed, the hostages would have been freed before the deadline.", "freed",
         "hypothetical"),
    ],
)
def test_schedules_and_conditions_after_review(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.status == status


@pytest.mark.parametrize("sentence", ["Russia's influence declined in the region.",
                                      "The opposition declined in the polls.",
                                      "Police raided a flat with explosives inside."])
def test_no_refusal_or_weapon_where_none_is_told(nlp: Language, sentence: str) -> None:
    events = events_in(nlp, sentence)
    assert not [e for e in events if e.type == "REJECT"]
    assert all(e.mode is None for e in events)


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        # fire exchanged is a clash, prisoners exchanged a release, views exchanged no event
        ("Israel and Hezbollah exchanged fire across the border.", "exchanged", "ASSAULT", None),
        ("An exchange of fire between troops and militants left two dead.", "exchange", "ASSAULT", None),
        ("Ukraine and Russia exchanged 95 prisoners each.", "exchanged", "RETREAT", "release"),
        ("The two sides exchanged views on the crisis.", "exchanged", None, None),
        # crowd-control weapons used or fired
        ("Police used tear gas and water cannon against students in Belgrade.", "used", "ASSAULT", "crowd-control"),
        ("China's coast guard fired water cannon at a Philippine supply boat.", "fired", "ASSAULT", "crowd-control"),
    ],
)
def test_what_is_exchanged_or_used_decides_the_event(nlp: Language, sentence: str, trigger: str,
                                                     type_: str | None, mode: str | None) -> None:
    found = [(e.type, e.mode) for e in events_in(nlp, sentence) if e.text == trigger]
    assert found == ([(type_, mode)] if type_ else [])


def test_a_compass_word_names_no_country(nlp: Language) -> None:
    # "the North" is a region of any country, not Cameroon's North province
    event = next(e for e in events_in(nlp, "South Korea raised its alert after the North fired a ballistic missile.")
                 if e.text == "fired")
    assert event.source is None or event.source.country is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        # diplomats sent away without the word "expel"
        ("Mali's junta ordered the French ambassador to leave the country within 72 hours.", "ordered", "MLI", "FRA"),
        ("Niger gave the French ambassador 48 hours to leave.", "gave", "NER", "FRA"),
        ("Russia declared two Estonian diplomats persona non grata.", "declared", "RUS", "EST"),
        ("Two Russian diplomats were told to leave the country within a week.", "told", None, "RUS"),
        # foreign forces ordered out, however the parser hangs "to leave"
        ("The junta in Niger ordered French troops to leave the country by the end of the year.", "ordered", "NER",
         "FRA"),
        ("Burkina Faso gave French forces a month to leave.", "gave", "BFA", "FRA"),
    ],
)
def test_an_envoy_ordered_out_is_expelled(nlp: Language, sentence: str, trigger: str, source: str | None,
                                          target: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert (event.source.country if event.source else None) == source
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize("sentence", ["The army ordered residents to leave the area.",
                                      "He told reporters to leave the room.",
                                      "The general ordered his troops to leave the city.",
                                      "France ordered French troops to leave Niger."])
def test_anyone_else_told_to_leave_is_not_expelled(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.mode == "expel"]


def test_an_international_mission_ordered_out_is_expelled(nlp: Language) -> None:
    event = next(e for e in events_in(nlp, "Mali ordered the UN peacekeeping mission to leave.") if e.text == "ordered")
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert event.target is not None and event.target.sector == "IGO"


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        # an attack by hackers or on computers is a cyber attack, not an assault
        ("Hackers linked to Iran attacked the websites of several Israeli ministries.", "attacked", "COERCE", "cyber"),
        ("Russian hackers targeted the computer networks of the electoral commission.", "targeted", "COERCE",
         "cyber"),
        ("Rebels attacked a police station.", "attacked", "ASSAULT", None),
    ],
)
def test_attacks_by_hackers_are_cyber(nlp: Language, sentence: str, trigger: str, type_: str,
                                      mode: str | None) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert (event.type, event.mode) == (type_, mode)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Colombia, Peru and Bolivia are to blame for producing the drugs.", "COL"),
        ("Officials said Hamas was to blame for the collapse of the talks.", "PSE"),
    ],
)
def test_who_is_to_blame_is_blamed(nlp: Language, sentence: str, target: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == "blame")
    assert event.source is None
    assert event.target is not None and event.target.country == target


def test_hard_to_blame_is_no_idiom(nlp: Language) -> None:
    event = next(e for e in events_in(nlp, "Groberg says it is hard to blame any one person for that.")
                 if e.text == "blame")
    assert event.target is None or event.target.text != "it"


def test_sanctions_on_bank_accounts_are_no_cyber_attack(nlp: Language) -> None:
    events = events_in(nlp, "The new sanctions target bank accounts linked to Hamas.")
    assert not [e for e in events if e.mode == "cyber"]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # what a deed was done without did not happen, nor what is inside that phrase
        ("Israeli troops withdrew from the Jenin camp without firing a shot.", [("withdrew", "happened")]),
        ("Talks in Doha ended without an agreement on a ceasefire.", []),
        ("The gunmen fled without taking any hostages.", []),
        # under a negated verb "without" states a condition: the release is still the wanted act
        ("Israel said it would not accept a deal without the release of all hostages.",
         [("accept", "happened"), ("release", "planned")]),
    ],
)
def test_what_a_deed_was_done_without_did_not_happen(
        nlp: Language, sentence: str, kept: list[tuple[str, str]]) -> None:
    assert [(e.text, e.status) for e in events_in(nlp, sentence)] == kept


def test_an_attack_in_which_no_one_was_killed_still_happened(nlp: Language) -> None:
    """The killing did not happen; the strike it would restate did."""
    events = events_in(nlp, "No one was killed in a drone strike on the port city of Odesa.")
    assert [(e.text, e.type, e.status) for e in events] == [("strike", "ASSAULT", "happened")]
