"""Towns entered, and towns of several words or tagged adverbs, as the event's place.

Armed forces entering a town ("troops entered Rafah", a deployment) act in it: one enters ground, never
a person. A gazetteer town of several words that the tagger calls a person ("attacked Tal Afar",
"Khan Sheikhoun") is the town when armed men attack it and nothing marks a person; a town the tagger
labels a place but tags an adverb ("attacked Mosul") is read as the name it is. Entering talks, a ship,
a building, a land, or upper-case copy gives no town; people attacked by a full name stay people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Iraqi troops entered Al-Qaim on Friday after a week-long push.", "entered", "Al-Qaim"),
    ("Tigrayan fighters entered Mekelle on June 28, 2021.", "entered", "Mekelle"),
    ("Russian troops entered Kherson in early March 2022.", "entered", "Kherson"),
    ("Pakistani troops entered Miranshah in 2014.", "entered", "Miranshah"),
    ("Karen rebels entered Myawaddy in April 2024.", "entered", "Myawaddy"),
    ("Wagner mercenaries entered Bamako airport.", "entered", "Bamako"),
])
def test_town_armed_forces_enter_is_the_place(nlp: Language, text: str, trigger: str, place: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Militants attacked Tal Afar on Sunday, killing four policemen.", "attacked", "Tal Afar"),
    ("Syrian rebels attacked Khan Sheikhoun on Monday.", "attacked", "Khan Sheikhoun"),
    ("Fano militiamen attacked Bahir Dar on Tuesday.", "attacked", "Bahir Dar"),
    ("Hezbollah fighters attacked Kiryat Shmona with rockets.", "attacked", "Kiryat Shmona"),
    ("Islamic State militants attacked Mosul in June 2014.", "attacked", "Mosul"),
])
def test_attacked_town_the_tagger_misreads_is_the_place(nlp: Language, text: str, trigger: str,
                                                        place: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place


@pytest.mark.parametrize("text", [
    "Government negotiators entered talks with the rebels on Monday.",
    "Militants entered the Galaxy Leader and took the crew hostage.",
    "Soldiers entered Parliament and detained several lawmakers.",
    "TROOPS ENTERED RAFAH ON TUESDAY.",
    "MILITANTS ATTACKED KHAN SHEIKHOUN OVERNIGHT.",
    "Gunmen attacked Abu Bakr as he left the mosque.",
    "Gunmen attacked Mohammed Ali, a local councillor, on Friday.",
    "Militants attacked Ahmad Shah outside his home.",
    "Critics attacked Tal Afar's governor for his handling of the crisis.",
    "Hackers attacked Toyota in a ransomware campaign.",
])
def test_no_town_is_read_into_talks_ships_people_or_upper_case(nlp: Language, text: str) -> None:
    assert all(event.place is None for event in events_in(nlp, text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Turkish troops entered Syria in 2016.", "entered"),
    ("Ugandan troops entered South Sudan in 2013.", "entered"),
])
def test_land_entered_is_a_party_not_a_place(nlp: Language, text: str, trigger: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] is None
