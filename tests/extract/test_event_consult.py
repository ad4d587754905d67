"""Meetings, visits and calls: a consultation (PLOVER CONSULT) only between parties.

Sentences are written for these tests in the style of international wire copy (not taken from the
evaluation sets). A board or cabinet that meets with no one named holds its own session; teams that
meet in a final play a match; tourists, pilgrims and fans who visit a place, or anyone visiting their
own kin, make no visit between parties; 'meet' with a thing as object ('met the news with relief')
has another sense. Leaders who meet each other, visit a capital, host a counterpart or hold a call
consult, and so do bodies of several states, and officials meeting the families of hostages.
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
        # a body meeting alone, and what it meets to do
        "The board met on Tuesday to approve the budget.",
        "The central bank's monetary policy committee met on Thursday and kept rates unchanged.",
        "The cabinet met on Monday to discuss the fuel subsidy.",
        "The jury met for three hours before returning a verdict.",
        "The electoral commission met on Monday.",
        "The company's board meets on Thursday to discuss the bid.",
        "The board met and approved the budget.",
        # private people meeting among themselves
        "Scientists met in Vienna to discuss nuclear fusion.",
        "Shareholders met in Tokyo on Thursday.",
        # sports fixtures
        "The two teams met in the final in 2019.",
        "Real Madrid will meet Bayern Munich in the Champions League semi-final.",
        "India will meet Pakistan in the Asia Cup final in Dubai.",
        "Federer met Nadal in the Wimbledon final in 2008.",
        # sightseers and kin
        "Thousands of tourists visited Petra last year despite the war in Gaza.",
        "About 2 million pilgrims visited Mecca for the Hajj.",
        "Fans visited the stadium to pay tribute to the late striker.",
        "The orchestra toured Asia in the spring.",
        "He visited his mother in hospital on Sunday.",
        "She visited her father in prison in Tehran.",
        "He met his wife at a refugee camp in Jordan.",
        # 'meet' with a thing
        "Investors met the rate decision with relief.",
        "The striker met the cross with a powerful header.",
        "The plan failed to meet international standards.",
    ],
)
def test_meetings_of_no_parties_are_no_consultation(nlp: Language, sentence: str) -> None:
    assert "CONSULT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday.",
        "Putin and Erdogan met in Sochi in September 2023.",
        "The foreign ministers of Egypt, Jordan and Saudi Arabia met in Amman on Saturday.",
        "The two sides met in Cairo on Monday for indirect talks.",
        "The two negotiating teams met in Geneva on Tuesday.",
        "The Arab League met in Cairo on Sunday to discuss the war in Gaza.",
        "The Quartet met in Munich on the sidelines of the security conference.",
        "Erdogan met Putin in the final hours of the summit in Astana.",
        "The heads of state met in the final session of the summit.",
        "Zelensky met the families of Ukrainian prisoners of war in Kyiv.",
        "Netanyahu met hostages' families at his office in Jerusalem.",
        "The president met the mother of the slain journalist on Tuesday.",
        "The Pakistani army chief met the Saudi leadership in Riyadh.",
        "The governor met the rebels' leadership in Goma.",
        "Scholz met his Polish counterpart in Warsaw on Monday.",
        "The hostage families visited Qatar to press for a deal.",
        "The Chinese navy's hospital ship visited Havana in 2024.",
        "Qatar hosted the families of Israeli hostages in Doha.",
        "Japanese Prime Minister Fumio Kishida visited Kyiv in March 2023.",
        "Relatives of the detained activists met the interior minister in Cairo.",
        "Blinken praised the Saudi officials whom he met in Riyadh on Monday.",
        "The envoy, whom Putin met in the Kremlin on Friday, carried a message from Trump.",
        "The president met and held talks with the Kenyan prime minister.",
    ],
)
def test_meetings_between_parties_stay_consultations(nlp: Language, sentence: str) -> None:
    assert "CONSULT" in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Macron held a call with Zelensky on Sunday, the Elysee said.", ("CONSULT", "phone")),
        ("The two presidents held a video call on Monday.", ("CONSULT", "phone")),
        ("Chinese and Russian navies conducted joint patrols in the Sea of Japan.", ("COOPERATE", None)),
        ("Turkish and Russian troops began joint patrols in northern Syria.", ("COOPERATE", None)),
    ],
)
def test_calls_held_and_joint_patrols_are_found(nlp: Language, sentence: str,
                                                event: tuple[str, str | None]) -> None:
    assert event in types_and_modes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police patrols were stepped up in the capital.",
        "Army patrols came under fire near the border.",
    ],
)
def test_patrols_of_one_force_are_no_cooperation(nlp: Language, sentence: str) -> None:
    assert "COOPERATE" not in types(nlp, sentence)
