"""Event modes told by the weapon or instrument: the blast, the attacker's arms, coordinated weapons,
the narrower mode among several (a suicide bomb is explosives too), and threats to use arms.

Guard cases keep modes off the near misses found when probing these rules: blasts of another kind,
parties named like weapons, aimed-at drone sites, figurative weapons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def mode_of(nlp: Language, text: str, trigger: str) -> str | None:
    """The mode of the first event whose trigger is ``trigger`` in ``text``."""
    found = [e for e in events_in(nlp, text) if e.text == trigger]
    assert found, f"no event {trigger!r} in {text!r}"
    return found[0].mode


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    # the blast itself tells the weapon
    ("Four people were wounded in a blast at a market in Peshawar on Sunday.", "wounded", "explosives"),
    ("An explosion ripped through a crowded bus in Quetta, killing nine passengers.", "killing", "explosives"),
    ("Two children were killed by unexploded ordnance in Idlib province.", "killed", "explosives"),
    # the weapon the attacker is armed with
    ("Unidentified attackers armed with AK-47 rifles killed seven villagers in Zamfara.", "killed", "firearms"),
    ("Attackers armed with knives killed a priest in a village near Kasese.", "killed", "primitive"),
    # coordinated weapons of one mode
    ("Militiamen killed villagers with axes and spears in Ituri province.", "killed", "primitive"),
    ("Men armed with sticks and stones attacked a church in Minya.", "attacked", "primitive"),
    # what landed or struck, for the clause of result
    ("A mortar round landed on a school in Tripoli, wounding six pupils.", "wounding", "heavy-weapons"),
    # a narrower mode wins over the broader one
    ("A suicide car bomb struck an army base in Mogadishu.", "struck", "suicide-attack"),
    ("Two female suicide bombers blew themselves up at a market in Maiduguri.", "blew", "suicide-attack"),
    ("Houthi forces hit a commercial ship with an unmanned aerial vehicle in the Red Sea.", "hit", "drone"),
    # other instruments
    ("RSF fighters sexually assaulted dozens of women in El Geneina.", "assaulted", "sexual"),
    ("Officers fired pepper spray at students in Dhaka.", "fired", "crowd-control"),
])
def test_instrument_tells_the_assault_mode(nlp: Language, text: str, trigger: str, mode: str) -> None:
    assert mode_of(nlp, text, trigger) == mode


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    # a blast of another kind is no bombing (an accidental one, "a gas explosion", is no event at all:
    # see test_event_headline_verbs_and_services.py)
    ("A grain dust explosion killed five people in a Tehran silo.", "killed", None),
    # weapons of different modes: a mixed attack
    ("Rebels killed soldiers with rifles and grenades in Cabo Delgado.", "killed", None),
    ("Settlers attacked Palestinian farmers with sticks and rifles near Nablus.", "attacked", None),
    # a party named after a weapon is no weapon
    ("A mortar team moved into position, killing time before the assault.", "killing", None),
    # what is attacked or the other conjunct's modifier does not narrow the mode
    ("Airstrikes on drone factories in Tehran killed five people.", "Airstrikes", "aerial"),
    ("Drone strikes and air raids killed 30 people in North Waziristan.", "raids", "aerial"),
    ("Israeli jets bombed a drone launch site in Yemen.", "bombed", "aerial"),
    # "equipped" or "armed" with no weapon
    ("Fighters equipped with night-vision goggles raided a village in Niger.", "raided", None),
])
def test_near_misses_keep_their_mode(nlp: Language, text: str, trigger: str, mode: str | None) -> None:
    assert mode_of(nlp, text, trigger) == mode


@pytest.mark.parametrize(("text", "mode"), [
    ("North Korea threatened to use nuclear weapons against South Korea.", "violence"),
    ("The president threatened to use force against the protesters.", "violence"),
    ("Militants threatened to use drones against the oil installations in Marib.", "violence"),
    # no arms
    ("The opposition threatened to use its veto in the Security Council.", None),
    ("China threatened to use economic weapons against Lithuania.", None),
    ("Iran threatened to use its oil weapon against the West.", None),
    ("The minister threatened to use the courts against the newspaper.", None),
])
def test_threat_to_use_arms_is_violence(nlp: Language, text: str, mode: str | None) -> None:
    threats = [e for e in events_in(nlp, text) if e.type == "THREATEN"]
    assert threats, f"no threat in {text!r}"
    assert threats[0].mode == mode


@pytest.mark.parametrize(("text", "mode"), [
    ("North Korea deployed missiles near the demilitarised zone on Friday.", "weapons"),
    ("Tribal militias mobilized in South Kordofan after the raid.", "militia"),
    ("Police mobilized thousands of officers for the summit in Lima.", "police"),
    # mixed, in a clause below, or aimed at: the troops stay
    ("Russia deployed troops and police to the region.", "troops"),
    ("The army deployed troops to fight militias in Ituri.", "troops"),
    ("Russia deployed troops to protect missile sites in Crimea.", "troops"),
    ("The army deployed troops against the militia in Tigray.", "troops"),
])
def test_deployment_mode_from_what_is_deployed(nlp: Language, text: str, mode: str) -> None:
    moves = [e for e in events_in(nlp, text) if e.type == "MOBILIZE"]
    assert moves, f"no deployment in {text!r}"
    assert moves[0].mode == mode


@pytest.mark.parametrize("text", [
    "Russian drones and missiles hit Kyiv overnight.",
    "Warplanes and drones attacked the town of Taftanaz.",
])
def test_weapons_of_different_modes_set_none(nlp: Language, text: str) -> None:
    assert [e.mode for e in events_in(nlp, text) if e.type == "ASSAULT"] == [None]
