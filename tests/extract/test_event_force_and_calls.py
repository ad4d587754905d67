"""Attacks told with verbs of heavy blows ('pounded', 'pummelled', 'battered', 'hammered',
'crushed', 'rained down') and consultations told by talking ('spoke with', 'spoke to his
counterpart', 'talked on the phone').

The blow verbs are an ASSAULT only where force shows (a weapon or an armed party doing it, or a
weapon it is done with), so weather, sport, markets, polls and figures of speech stay no event.
Talking is a consultation only between political parties: talking to the press, troops, crowds
or kin, addressing a body, and calls among private people are none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def found(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    """The (trigger, type, mode) of each event in ``text``."""
    return {(e.text, e.type, e.mode) for e in events_in(nlp, text)}


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Russian forces pounded Kherson with artillery overnight, the governor said.", "pounded", "heavy-weapons"),
    ("Israeli warplanes pummelled Rafah on Thursday, health officials said.", "pummelled", "aerial"),
    ("Sudanese army drones battered RSF positions in Omdurman in March 2024.", "battered", "drone"),
    ("Houthi missiles hammered a Greek-owned tanker in the Red Sea.", "hammered", "heavy-weapons"),
    ("Turkish jets pounded Kurdish militant hideouts in northern Iraq.", "pounded", "aerial"),
    ("Jihadist fighters pummelled an army post near Djibo with mortars.", "pummelled", "heavy-weapons"),
    ("Rockets rained down on the port city of Haifa late on Monday.", "rained", None),
    ("Barrel bombs rained on Daraya throughout 2015.", "rained", "explosives"),
])
def test_blow_verbs_with_force_are_attacks(nlp: Language, text: str, trigger: str, mode: str | None) -> None:
    events = [e for e in events_in(nlp, text) if e.text == trigger]
    assert events and events[0].type == "ASSAULT"
    if mode is not None:
        assert events[0].mode == mode


@pytest.mark.parametrize("text", [
    "Torrential rains pounded Dhaka for a second day, flooding low-lying districts.",
    "Cyclone Freddy battered Malawi and Mozambique in March 2023.",
    "Heavy waves hammered the harbour wall in Tripoli.",
    "Morocco crushed Zambia 3-0 in the qualifier on Saturday.",
    "Emerging-market currencies were pummelled after the rate decision.",
    "Sanctions have battered the Venezuelan economy for years.",
    "The governing party was crushed in the municipal elections.",
    "The opposition crushed the ruling coalition at the ballot box.",
    "The court ruling crushed hopes of an early release for the activists.",
    "The senator pounded the lectern as he spoke.",
    "Security forces crushed the uprising in 2022, rights groups say.",
    "A collapsing wall crushed two labourers at a building site in Abuja.",
    "Criticism rained down on the interior minister after the stampede.",
    "Critics hammered the government over its handling of the floods.",
    "Mediators hammered out the terms of a prisoner swap in Muscat.",
    "Confetti rained down on the winning team in Abidjan.",
    "Debris rained down on the street after the blast.",
    "The capital was pounded by heavy rains on Friday.",
])
def test_blow_verbs_without_force_are_no_attack(nlp: Language, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in events_in(nlp, text))


@pytest.mark.parametrize(("text", "trigger", "mode", "target_country"), [
    ("Erdogan spoke with Putin about the grain corridor on Friday.", "spoke", None, "RUS"),
    ("Modi spoke to his Sri Lankan counterpart about the fishermen.", "spoke", None, "LKA"),
    ("Macron talked with Zelensky about air defence systems.", "talked", None, "UKR"),
    ("Biden spoke with Netanyahu in a call on Thursday.", "spoke", "phone", "ISR"),
    ("Tinubu telephoned the Ghanaian president after the coup.", "telephoned", "phone", "GHA"),
])
def test_talks_between_parties_consult(nlp: Language, text: str, trigger: str, mode: str | None,
                                       target_country: str) -> None:
    events = [e for e in events_in(nlp, text) if e.text == trigger]
    assert events and events[0].type == "CONSULT" and events[0].mode == mode
    assert events[0].target is not None and events[0].target.country == target_country


def test_two_leaders_on_the_phone_consult(nlp: Language) -> None:
    text = "The Kenyan and Ugandan presidents talked on the phone on Sunday."
    assert ("talked", "CONSULT", "phone") in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The foreign minister spoke to reporters in Brussels after the meeting.",
    "The president spoke to the BBC about the offensive.",
    "Ramaphosa spoke to the crowd at the stadium in Soweto.",
    "The general spoke to troops near the front line.",
    "Zelensky spoke to the UN General Assembly in September.",
    "The prime minister spoke to parliament about the budget.",
    "The president spoke with his daughter after the ceremony.",
    "Witnesses spoke to Reuters by phone from Khartoum.",
    "Residents telephoned the police when the gunfire started.",
    "Analysts spoke with investors on a conference call.",
    "The governor spoke about the floods on Monday.",
    "The lawyers talked on the phone with their client.",
    "The rebel commander spoke to fighters in a video message.",
    "Doctors spoke by phone with colleagues in Kharkiv.",
])
def test_talks_that_are_no_consultation(nlp: Language, text: str) -> None:
    assert not any(e.type == "CONSULT" for e in events_in(nlp, text))
