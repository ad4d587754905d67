"""Retreats and concessions (PLOVER 2.0 RETREAT, CONCEDE) told apart from the same verbs' other senses.

Sentences are written for these tests in the style of wire reporting (not taken from the evaluation
sets). Forces that abandon their positions or give up their weapons retreat or disarm; a party that
abandons its position on a bill or gives up hope does not. A state that withdraws from a treaty or a
regional bloc leaves a pact (no RETREAT), but troops that withdraw from a town in a deal pull back.
Convoys let into a named land ease a restriction (RETREAT access), trucks let into a park do not;
crossings reopened and curfews lifted ease one, schools reopened and weights lifted do not. A
glacier, sea ice or fog that retreats or lifts is no party, and a patient released from hospital
is discharged, not freed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ukrainian troops abandoned their positions near Toretsk on Thursday.", ("RETREAT", "withdraw")),
        ("The jihadists abandoned their stronghold in the hills east of Palmyra.", ("RETREAT", "withdraw")),
        ("Former FARC fighters gave up their guns at a ceremony in Caqueta.", ("RETREAT", "disarm")),
        ("The rebels gave up the town of Rubaya to government troops.", ("RETREAT", "withdraw")),
        ("The Ethiopian government allowed aid convoys into Tigray for the first time in months.",
         ("RETREAT", "access")),
        ("The Syrian army allowed a UN convoy into Eastern Ghouta on Monday.", ("RETREAT", "access")),
        ("Egypt allowed convoys through the Rafah crossing on Saturday.", ("RETREAT", "access")),
        # guards: the pullout is on the terms of a deal, the hostages freed to a hospital
        ("Russian forces withdrew from the Kyiv region in a deal brokered by Turkey.", ("RETREAT", "withdraw")),
        ("Houthi fighters withdrew from the port in an agreement mediated by the UN.", ("RETREAT", "withdraw")),
        ("Syrian government forces withdrew from the bloc of villages north of Hama.", ("RETREAT", "withdraw")),
        ("The two hostages were released to a hospital in Tel Aviv.", ("RETREAT", "release")),
        ("Israel reopened the Erez crossing for workers on Sunday.", ("RETREAT", "access")),
        ("Authorities lifted the curfew in Leh after a week.", ("RETREAT", "access")),
        ("Some 300 fighters handed in their rifles in Bor.", ("RETREAT", "disarm")),
    ],
)
def test_retreat_read(nlp: Language, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in types_and_modes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia withdrew from the Black Sea grain deal in July 2023.",
        "Burkina Faso, Mali and Niger withdrew from the regional bloc.",
        "Nicaragua withdrew from the Organization of American States.",
        "Savers withdrew 2 billion euros from Greek banks last week.",
        "The company withdrew its bid for the Haifa port operator.",
        "The ministry withdrew the accreditation of BBC reporters.",
        "The injured soldier was released from hospital on Friday.",
        "Samsung released a new smartphone in Seoul.",
        "The Iranian weightlifter lifted 210 kilograms at the Asian Games.",
        "The fog lifted and the flights resumed at Heathrow.",
        "The rocket lifted off from Baikonur.",
        "Kyiv reopened its schools after the winter break.",
        "Police reopened the investigation into the killing.",
        "The glacier retreated two kilometres in a decade.",
        "Sea ice retreated to a record low.",
        "The party abandoned its position on the bill.",
        "Residents abandoned their homes in Bakhmut.",
        "The government abandoned plans to hold elections in March.",
        "Negotiators gave up after a week of talks in Jeddah.",
        "The family gave up hope of finding him alive.",
        "Organisers let the trucks into Hyde Park.",
        "Police allowed the truck into the square.",
        "The university admitted 500 students from Gaza.",
    ],
)
def test_no_retreat_or_concession(nlp: Language, sentence: str) -> None:
    assert not {t for t, _ in types_and_modes(nlp, sentence)} & {"RETREAT", "CONCEDE"}


def test_resignation_handed_in_disarms_no_one(nlp: Language) -> None:
    """'handed in his resignation': the parser takes 'in' for a preposition; what is handed is no arms."""
    assert ("RETREAT", "disarm") not in types_and_modes(nlp, "The minister handed in his resignation on Tuesday.")
