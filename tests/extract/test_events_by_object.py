"""Events whose type or parties depend on what a verb acts on, where forces go, and who is meant.

Sentences are written in the style of international wire reports for these tests (not taken from
any evaluation set or corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.records import Event

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _by_trigger(events: list[Event], trigger: str) -> Event | None:
    return next((e for e in events if e.text == trigger), None)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # ending or cutting back talks, ties or aid is a sanction; ending an offensive stops fighting
        ("The government ended peace talks with the ELN on Tuesday.", "ended", ("SANCTION", "discontinue")),
        ("Washington ended military aid to Uzbekistan in 2005.", "ended", ("SANCTION", "discontinue")),
        ("The World Food Programme reduced rations to refugees in the camp.", "reduced", ("SANCTION", "discontinue")),
        ("The army ended its offensive in the Swat valley.", "ended", ("RETREAT", "ceasefire")),
        ("The new law will reduce taxes on fuel.", "reduce", None),
        ("The drought reduced food supplies in the Sahel to their lowest level in a decade.", "reduced", None),
        ("Lower oil prices eased pressure on the rupee, traders said.", "eased", None),
        ("Saudi Arabia ended its blockade of Qatar in 2021.", "ended", ("RETREAT", "access")),
        ("China eased travel curbs on Monday.", "eased", ("RETREAT", "access")),
        ("The fighting ended in 1995.", "ended", None),
        # easing a restriction opens access; easing a shortage or a crisis is no act toward anyone
        ("Israel eased restrictions on the Kerem Shalom crossing.", "eased", ("RETREAT", "access")),
        ("Pakistan shipped wheat to Afghanistan to ease a food shortage.", "ease", None),
        # freezing assets or ties sanctions; freezing a programme does not
        ("The EU froze the assets of 20 Belarusian officials.", "froze", ("SANCTION", None)),
        ("North Korea offered to freeze its nuclear programme.", "freeze", None),
        # giving way
        ("The junta backed down after weeks of strikes.", "backed", ("CONCEDE", None)),
        ("The senator gave the appearance of calm in the hearing.", "gave", None),
        # condolences offered, or a disease fought, are no agreement and no attack
        ("The king offered condolences to the families of the victims.", "offered", None),
        ("Health workers are struggling to fight the cholera outbreak in Yemen.", "fight", None),
        # cutting rates, forecasts or jobs is business news; cutting ties or aid stays a sanction
        ("The Bundesbank cut its key lending rate by a quarter point.", "cut", None),
        ("The IMF cut its growth forecast for Latin America.", "cut", None),
        ("Washington cut aid to the Nicaraguan government in 1981.", "cut", ("SANCTION", "discontinue")),
        # calling an election or a vote is no telephone call
        ("The prime minister called a snap election for June.", "called", None),
        ("The Argentine president called his Chilean counterpart on Monday.", "called", ("CONSULT", "phone")),
        # production or trading suspended stops a business, no relations
        ("The mining company suspended production at the Grasberg mine after a landslide.", "suspended", None),
        ("Jordan suspended talks with Israel over the shooting.", "suspended", ("SANCTION", "discontinue")),
    ],
)
def test_the_object_decides_the_act(nlp: Language, sentence: str, trigger: str,
                                    expected: tuple[str, str | None] | None) -> None:
    event = _by_trigger(events_in(nlp, sentence), trigger)
    if expected is None:
        assert event is None, event
    else:
        assert event is not None, f"no event {trigger!r}"
        assert (event.type, event.mode) == expected


def test_the_partner_of_a_call_hung_on_its_channel_is_the_target(nlp: Language) -> None:
    event = _by_trigger(events_in(nlp, "French President Emmanuel Macron spoke by telephone with Russian President "
                                     "Vladimir Putin for nearly two hours on Sunday, the Elysee said."), "spoke")
    assert event is not None and (event.type, event.mode) == ("CONSULT", "phone")
    assert event.target is not None and event.target.country == "RUS"


def test_a_visit_travelled_for_has_its_traveller_as_argument(nlp: Language) -> None:
    event = _by_trigger(events_in(nlp, "Kenyan President William Ruto arrived in Beijing on Monday for a state visit."),
                        "visit")
    assert event is not None and event.source is not None and event.source.country == "KEN"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("The World Bank approved a $500 million loan for Ethiopia on Thursday.", "approved", "ETH"),
        ("Norway pledged $20 million in aid to Somalia on Tuesday.", "pledged", "SOM"),
    ],
)
def test_a_party_a_thing_given_is_for_is_the_target(nlp: Language, sentence: str, trigger: str, target: str) -> None:
    event = _by_trigger(events_in(nlp, sentence), trigger)
    assert event is not None and event.target is not None and event.target.country == target


def test_a_plan_for_a_place_makes_no_target(nlp: Language) -> None:
    event = _by_trigger(events_in(nlp, "Parliament approved funds for the reconstruction of Mosul."), "approved")
    assert event is None or event.target is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Canada pulled its remaining trainers out of western Ukraine on Sunday.", "pulled", "UKR"),
        ("Iran sent tanks and artillery to its border with Azerbaijan.", "sent", "AZE"),
        ("Russia deployed 5,000 troops to Belarus for drills.", "deployed", "BLR"),
    ],
)
def test_forces_moved_into_or_out_of_another_country_are_aimed_at_it(nlp: Language, sentence: str, trigger: str,
                                                                      target: str) -> None:
    event = _by_trigger(events_in(nlp, sentence), trigger)
    assert event is not None and event.target is not None and event.target.country == target


def test_forces_moved_within_their_own_country_are_aimed_at_no_one(nlp: Language) -> None:
    event = _by_trigger(events_in(nlp, "India moved 3,000 troops to Ladakh last week."), "moved")
    assert event is not None and (event.target is None or event.target.country != "IND")


def test_one_called_on_to_withdraw_owns_its_forces(nlp: Language) -> None:
    event = _by_trigger(events_in(nlp, "Turkey called on Russia to withdraw its troops from the region."), "withdraw")
    assert event is not None and event.source is not None and event.source.country == "RUS"
    assert event.target is None or event.target.country != "TUR"


def test_an_act_completed_is_its_completers(nlp: Language) -> None:
    event = _by_trigger(events_in(nlp, "US forces completed their withdrawal from Niger on Monday."), "withdrawal")
    assert event is not None and event.source is not None and event.source.country == "USA"
    event = _by_trigger(events_in(nlp, "Bosnian Serbs said their forces had completed their withdrawal from Gorazde."),
                        "withdrawal")
    assert event is not None and event.source is not None and event.source.country == "BIH"


def test_any_attack_an_answer_is_threatened_for_is_hypothetical(nlp: Language) -> None:
    threat = "North Korea warned of a merciless response to any attack on its territory."
    assert [e.status for e in events_in(nlp, threat) if e.text == "attack"] == ["hypothetical"]
    denial = "Israel denied any attack on the convoy."
    assert [e.status for e in events_in(nlp, denial) if e.text == "attack"] == ["denied"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Al-Shabaab threatened on Sunday to step up its attacks in Kenya.", "KEN"),
        ("Eritrea threatened to launch a new offensive in its border war with Ethiopia.", "ETH"),
    ],
)
def test_a_threat_is_aimed_where_the_act_it_threatens_would_be(nlp: Language, sentence: str, target: str) -> None:
    event = _by_trigger(events_in(nlp, sentence), "threatened")
    assert event is not None and event.target is not None and event.target.country == target


def test_an_act_a_source_phrase_hangs_on_is_not_absorbed_by_its_relative_clause(nlp: Language) -> None:
    text = ("Settlers set fire to cars and a house in the village of Burqa overnight, according to the "
            "Palestinian foreign ministry, which urged the international community to impose sanctions.")
    arson = _by_trigger(events_in(nlp, text), "set")
    assert arson is not None and arson.type == "ASSAULT" and arson.status == "happened"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("The two soldiers face the death penalty if convicted.", "convicted", "soldiers"),
        ("Once arrested, the suspects will be handed to prosecutors in Tripoli.", "arrested", "suspects"),
    ],
)
def test_a_bare_participle_of_condition_or_time_befalls_the_main_subject(nlp: Language, sentence: str,
                                                                         trigger: str, target: str) -> None:
    event = _by_trigger(events_in(nlp, sentence), trigger)
    assert event is not None and event.source is None
    assert event.target is not None and event.target.text == target


def test_a_spoken_act_joined_without_a_comma_is_the_reporters(nlp: Language) -> None:
    text = "Kenya's foreign minister said the raid was unlawful and accused Somalia of harbouring the gunmen."
    accused = _by_trigger(events_in(nlp, text), "accused")
    assert accused is not None and accused.source is not None and accused.source.country == "KEN"
    assert accused.target is not None and accused.target.country == "SOM"


def test_what_an_answer_was_given_to_happened(nlp: Language) -> None:
    text = "Israel said its strikes were a response to an attack launched from Lebanon last week."
    assert [e.status for e in events_in(nlp, text) if e.text == "attack"] == ["happened"]
    text = "Israel said its strikes were a response to any attack launched from Lebanon last week."
    assert [e.status for e in events_in(nlp, text) if e.text == "attack"] == ["happened"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Israel cut the subsidy to the Palestinian Authority.", "cut"),
        ("Israel suspended trading with Turkey.", "suspended"),
    ],
)
def test_a_business_object_going_to_a_party_is_still_a_sanction(nlp: Language, sentence: str, trigger: str) -> None:
    event = _by_trigger(events_in(nlp, sentence), trigger)
    assert event is not None and (event.type, event.mode) == ("SANCTION", "discontinue")
