"""Event senses of weather, hosts and sessions: who acts decides whether a war or meeting word is an event.

Sentences are written for these tests in the style of wire, NGO and local-outlet copy (not taken
from the evaluation sets). A storm, a flood or a named hurricane that cuts, hits or drives people out
is no party acting; a leader who receives or welcomes another party's leader hosts a visit (CONSULT),
unlike one who receives aid or a proposal; a country hosting a tournament, and a single national
body (a court, a parliament) meeting alone, consult no one; a currency the tagger labels a place
still moves as a market does, and a player storming into a final plays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import types, types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm cut power to 60,000 homes in Beira on Sunday.",
        "Cyclone Chido cut the main road to Pemba in December 2024.",
        "Monsoon rains cut off dozens of villages in Assam.",
        "Heavy snow cut off several districts of Badakhshan province.",
        "Hurricane Beryl hit Jamaica in July 2024.",
        "Tropical Storm Alberto struck the Mexican coast in June 2024.",
        "Typhoon Yagi destroyed thousands of homes in northern Vietnam.",
        "Floodwaters retreated from the outskirts of Maiduguri on Friday.",
        "Wildfires forced thousands to evacuate on the island of Rhodes.",
        "The earthquake forced the authorities to evacuate the old city of Antakya.",
    ],
)
def test_what_a_hazard_does_is_no_event(nlp: Language, sentence: str) -> None:
    assert types(nlp, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a barrage named after weather is the weapons it rains down
        ("A storm of rockets hit Sderot on Saturday.", "ASSAULT"),
        ("A hail of bullets hit the convoy near Kidal.", "ASSAULT"),
        # weapons named after storms are no storms
        ("Storm Shadow missiles hit a Russian command post in Crimea.", "ASSAULT"),
        ("RAF Typhoon jets struck Islamic State positions near Mosul.", "ASSAULT"),
        # troops a storm drives back still withdraw
        ("The storm forced Russian troops to withdraw from their positions on the Dnipro.", "RETREAT"),
        # an attack told beside the weather stays an attack
        ("Militants attacked the village during a sandstorm.", "ASSAULT"),
    ],
)
def test_weather_words_beside_a_party_keep_its_act(nlp: Language, sentence: str, expected: str) -> None:
    assert expected in types(nlp, sentence)


def test_a_hazard_beside_an_attack_adds_no_event(nlp: Language) -> None:
    assert types(nlp, "Rebels attacked the town as floods cut the main road.") == {"ASSAULT"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin received Hungarian Prime Minister Viktor Orban in the Kremlin on Friday.",
        "King Abdullah received the visiting Iraqi prime minister at the royal palace in Amman.",
        "The foreign minister received his Iranian counterpart in Riyadh.",
        "The junta received an ECOWAS delegation in Niamey on Tuesday.",
        "Hamas received an Egyptian delegation in Gaza.",
        "She received the Iraqi foreign minister on Sunday.",
        "Biden welcomed Zelensky to the White House in December 2022.",
        "Kenya welcomed the new UN envoy to Nairobi.",
    ],
)
def test_receiving_another_partys_leader_is_a_consultation(nlp: Language, sentence: str) -> None:
    assert "CONSULT" in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government received an IMF loan of $3 billion.",
        "Kenya received UN aid after the floods.",
        "Sudan received the UN envoy's proposal on Monday.",
        "The army received reinforcements from the north.",
        "The camp received 2,000 Sudanese refugees last week.",
        "The hospital received the bodies of three soldiers.",
        "The prime minister received a letter from the opposition leader.",
        "The EU welcomed the new Syrian government.",
        "Stoltenberg welcomed Finland to NATO.",
        "The crowd welcomed the president at the airport.",
    ],
)
def test_receiving_a_thing_or_welcoming_in_words_is_no_consultation(nlp: Language, sentence: str) -> None:
    assert "CONSULT" not in types(nlp, sentence)


def test_welcoming_a_new_government_stays_support(nlp: Language) -> None:
    assert types(nlp, "The EU welcomed the new Syrian government.") == {"SUPPORT"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Qatar hosted the World Cup in 2022.",
        "Morocco will host the Africa Cup of Nations in 2025.",
        "The national stadium hosted the Champions League final.",
        "The Supreme Court met on Monday to consider the appeal.",
        "Parliament met in an emergency session on Saturday.",
        "The Knesset met for an emergency debate.",
        "Congress met in joint session on January 6.",
    ],
)
def test_a_tournament_hosted_or_a_body_meeting_alone_is_no_consultation(nlp: Language, sentence: str) -> None:
    assert "CONSULT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Algeria hosted the Arab League in November 2022.",
        "Egypt hosted the COP27 summit in Sharm el-Sheikh.",
        "The Security Council met on Friday.",
        "The African Union met in Addis Ababa.",
        "The Supreme Court met with lawyers for the detainees.",
        "Parliament met with the visiting delegation from Kenya.",
        "Hezbollah met with Lebanese officials.",
    ],
)
def test_international_bodies_and_partners_still_consult(nlp: Language, sentence: str) -> None:
    assert "CONSULT" in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The naira retreated against the dollar on Friday.",
        "Djokovic stormed into the semi-finals.",
    ],
)
def test_market_and_sport_senses_are_no_event(nlp: Language, sentence: str) -> None:
    assert types(nlp, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Troops stormed into the final rebel stronghold in Marawi.", ("ASSAULT", None)),
        ("Russian forces retreated from Kherson in November 2022.", ("RETREAT", "withdraw")),
        ("Striking miners attacked police in Rustenburg.", ("ASSAULT", None)),
    ],
)
def test_near_misses_of_sport_and_market_senses_stay_events(
        nlp: Language, sentence: str, expected: tuple[str, str | None]) -> None:
    assert expected in types_and_modes(nlp, sentence)
