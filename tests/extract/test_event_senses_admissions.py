"""Event senses of admissions: owning up to a fault is a concession (PLOVER CONCEDE).

Sentences are written for these tests in the style of wire, NGO and local-outlet copy (not taken
from the evaluation sets). A party that acknowledges, admits or concedes a fault ("admitted
responsibility", "acknowledged mistakes"), or a harm of its own done to the unarmed or by mistake
("acknowledged that its troops had killed 11 civilians"), concedes, and the act it owns up to is told
as done. Acknowledging a crowd, a receipt, a duty, a loss or a strike on a foe, and admitting people
into a bloc or a school, concede nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, status_in, types

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "verb", "country"),
    [
        ("The Nigerian army acknowledged that its troops had killed 11 civilians in an airstrike in Kaduna state.",
         "acknowledged", "NGA"),
        ("The Pentagon acknowledged that a US drone strike in Kabul had killed 10 civilians.", "acknowledged", "USA"),
        ("Israel's army conceded that its soldiers had shot the journalist in Jenin.", "conceded", "ISR"),
        ("The US military conceded that the strike in Syria had killed civilians.", "conceded", "USA"),
        ("Moscow owned up to the downing of the airliner after three days of denials.", "owned", "RUS"),
    ],
)
def test_owning_up_to_a_harm_is_a_concession(nlp: Language, sentence: str, verb: str, country: str) -> None:
    found = [e for e in events_in(nlp, sentence) if e.text == verb]
    assert [(e.type, e.status) for e in found] == [("CONCEDE", "happened")]
    assert found[0].source is not None and found[0].source.country == country


@pytest.mark.parametrize(
    "sentence",
    [
        "The interior ministry conceded that the raid on the camp had been a mistake.",
        "The governor acknowledged failures in the police response to the riot in Durban.",
        "The army acknowledged that it had shot down the passenger plane by mistake.",
        "The navy acknowledged that its missile had hit the wrong vessel off Hodeidah.",
        "The government acknowledged that its police had fired tear gas at the students in Dhaka.",
        "The police acknowledged wrongdoing in the handling of the protests in Lima.",
    ],
)
def test_admitting_a_fault_concedes(nlp: Language, sentence: str) -> None:
    assert "CONCEDE" in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("The Myanmar junta acknowledged that its soldiers had killed villagers in Sagaing.", "killed"),
        ("The army admitted the shelling of the hospital in Kharkiv.", "shelling"),
    ],
)
def test_the_act_owned_up_to_is_done(nlp: Language, sentence: str, act: str) -> None:
    assert status_in(nlp, sentence, act) == "happened"


@pytest.mark.parametrize(
    "sentence",
    [
        "The president acknowledged the cheers of supporters at the rally in Harare.",
        "The ministry acknowledged receipt of the petition from the teachers' union.",
        "Officials acknowledged that the ceasefire was fragile.",
        "Israel acknowledged its responsibility to protect civilians under international law.",
        "The ministry acknowledged the failure of the peace talks in Doha.",
        "The Kremlin acknowledged the attack on the airbase in Crimea.",
        "Hamas acknowledged the killing of its commander in Beirut.",
        "The Pentagon acknowledged that its strikes had targeted Houthi radar sites.",
        "Iran acknowledged that it had launched drones at Israel.",
        "The government acknowledged that militants had killed 20 soldiers in Borno.",
        "The army acknowledged that the attack had killed 12 soldiers near Mopti.",
        "Officials acknowledged the attack had killed at least nine people.",
        "The report acknowledged that the strike had killed civilians.",
        "Kyiv acknowledged that its troops had withdrawn from Avdiivka.",
        "NATO admitted new members at the summit in Vilnius.",
        "The school admitted refugee children from Sudan.",
        "Lebanon admitted thousands of refugees from Syria in 2015.",
        "The team conceded a goal in the final minute in Dakar.",
    ],
)
def test_acknowledging_no_fault_concedes_nothing(nlp: Language, sentence: str) -> None:
    assert "CONCEDE" not in types(nlp, sentence)
