"""Headline verbs the tagger misreads, headline passives without "were", armed forces of a body
entering a town, and firms suspending their own services.

Sentences are written in the style of wire headlines and reports on several conflicts (not taken
from the evaluation sets). The guard cases come from an adversarial pass: real adjectives after a
plural noun ("free trade zone"), accidental blasts, craft entering airspace and states suspending
flights keep the reading they had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("headline", "trigger", "event"),
    [
        ("Houthis release crew of seized ship", "release", ("RETREAT", "release")),
        ("Rebels free hostages in Congo", "free", ("RETREAT", "release")),
        ("Houthis free Galaxy Leader crew", "free", ("RETREAT", "release")),
        ("Rebels detain aid workers in Darfur", "detain", ("COERCE", "arrest")),
        ("Police detain protesters in Lagos", "detain", ("COERCE", "arrest")),
    ],
)
def test_headline_verb_read_as_adjective_or_noun(nlp: Language, headline: str, trigger: str,
                                                 event: tuple[str, str]) -> None:
    found = [(e.type, e.mode) for e in events_in(nlp, headline) if e.text == trigger]
    assert found == [event]


@pytest.mark.parametrize("headline", [
    "Iran free trade zone opens to investors",
    "Rebels free zone expands",
    "Protesters free speech rally draws thousands",
    "Farmers free range eggs fetch more",
])
def test_adjective_after_a_plural_noun_stays_an_adjective(nlp: Language, headline: str) -> None:
    assert events_in(nlp, headline) == []


@pytest.mark.parametrize(("headline", "mode"), [
    ("Seven injured in Kabul blast", "explosives"),
    ("Two killed in Quetta blast", "explosives"),
    ("Soldiers killed in Helmand ambush", None),
    ("Protesters arrested in Tbilisi", "arrest"),
])
def test_headline_passive_participle_is_an_event(nlp: Language, headline: str, mode: str | None) -> None:
    events = events_in(nlp, headline)
    assert len(events) == 1
    assert events[0].mode == mode
    assert events[0].status == "happened"


@pytest.mark.parametrize("text", [
    "The soldiers killed in Helmand were buried on Sunday.",
    "Troops stationed in Poland",
    "Three dead in Lagos gas explosion",
    "Five killed in Karachi boiler blast",
    "A gas cylinder explosion injured nine people in Lahore.",
    "A fuel tanker explosion killed 20 people in Nigeria.",
])
def test_state_participles_and_accidental_blasts_give_no_event(nlp: Language, text: str) -> None:
    assert events_in(nlp, text) == []


@pytest.mark.parametrize("text", [
    "African Union troops entered Kismayo on Monday.",
    "AU soldiers entered Mogadishu.",
    "Ecowas troops entered Freetown in 1998.",
])
def test_troops_of_a_body_entering_a_town_are_deployed(nlp: Language, text: str) -> None:
    assert types_and_modes(nlp, text) == {("MOBILIZE", "troops")}


@pytest.mark.parametrize("text", [
    "NATO jets entered Polish airspace.",
    "African Union officials entered talks with the rebels.",
    "European Union monitors entered Gori.",
])
def test_craft_and_unarmed_staff_entering_are_no_deployment(nlp: Language, text: str) -> None:
    assert "MOBILIZE" not in {e.type for e in events_in(nlp, text)}


@pytest.mark.parametrize("text", [
    "Kenya Airways suspended flights to Mogadishu.",
    "Turkish Airlines halted flights to Tel Aviv after the attack.",
    "Maersk halted sailings through the Red Sea.",
    "Lufthansa cancelled flights to Tehran.",
])
def test_firm_suspending_its_own_service_is_no_sanction(nlp: Language, text: str) -> None:
    assert events_in(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Russia suspended flights to Georgia in 2019.",
    "The United Arab Emirates suspended flights to Beirut.",
    "Washington suspended military aid to Egypt.",
])
def test_state_suspending_flights_or_aid_is_a_sanction(nlp: Language, text: str) -> None:
    assert ("SANCTION", "discontinue") in types_and_modes(nlp, text)
