"""Event verbs in their other senses in international wire copy: opinions, trends, markets, reactions.

Sentences are written for these tests in the style of international wire and business reporting
(not taken from the evaluation sets). "Analysts agree that the economy will slow" shares an opinion
and "the army conceded that civilians had been killed" admits a fact, where "Israel and Hamas agreed
that the truce would be extended" settles terms; "arrested the slide of the lira" halts a trend;
money, products, forecasts and candidacies withdrawn, and a race left, move no troops; a plan that
"met with resistance" met no one; a bill or rain that "aided" something is no party giving aid.
The same verbs keep their political sense with their usual objects and doers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, types, types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Analysts agree that the economy will slow in 2025.", "AGREE"),
        ("Most economists agree the central bank will cut rates next month.", "AGREE"),
        ("Diplomats agree that the sanctions have hurt Iran's economy.", "AGREE"),
        ("Officials agree that more troops are needed in the east.", "AGREE"),
        ("Experts agreed that the Asean envoy would visit Myanmar.", "AGREE"),
        ("Scientists agree that the ozone layer will recover by 2066.", "AGREE"),
        ("Putin conceded that the situation in Kursk was difficult.", "CONCEDE"),
        ("The army conceded that civilians had been killed in the strike.", "CONCEDE"),
        ("The team conceded two goals in the second half.", "CONCEDE"),
        ("The central bank arrested the slide of the lira.", "COERCE"),
        ("The measures helped arrest inflation, which had reached 40 percent in 2022.", "COERCE"),
        ("The army arrested the spread of the insurgency in the north.", "COERCE"),
        ("The pharmaceutical firm withdrew the drug from the market after safety concerns.", "RETREAT"),
        ("Apple's shares fell after the company withdrew its sales forecast.", "RETREAT"),
        ("The candidate withdrew from the race on Monday.", "RETREAT"),
        ("The party withdrew its support for the coalition government.", "RETREAT"),
        ("Investors pulled money out of emerging markets on Monday.", "RETREAT"),
        ("The plan met resistance from Germany and the Netherlands.", "CONSULT"),
        ("Protesters met with heavy resistance from police.", "CONSULT"),
        ("The delegation met with criticism from rights groups.", "CONSULT"),
        ("The bill would aid small businesses hit by the pandemic.", "AID"),
        ("Heavy rain aided firefighters battling the blaze.", "AID"),
    ],
)
def test_other_senses_are_no_event(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Israel and Hamas agreed that the truce would be extended by two days.", ("AGREE", None)),
        ("The two sides agreed that prisoners would be exchanged on Thursday.", ("AGREE", None)),
        ("The IAEA and Iran agreed that inspectors would return to the Fordow site.", ("AGREE", None)),
        ("Kenya agreed to lead a multinational force in Haiti.", ("AGREE", None)),
        ("The government conceded defeat in the election.", ("CONCEDE", None)),
        ("Israel conceded that it would allow more aid trucks into Gaza.", ("CONCEDE", None)),
        ("Police arrested a man in the fall of 2023 in Ohio.", ("COERCE", "arrest")),
        ("Iranian security forces arrested 12 people over the protests.", ("COERCE", "arrest")),
        ("Ukraine withdrew its forces from Avdiivka in February 2024.", ("RETREAT", "withdraw")),
        ("Rebels withdrew from the town of Sake on Tuesday.", ("RETREAT", "withdraw")),
        ("The army pulled its troops out of the city.", ("RETREAT", "withdraw")),
        ("Blinken met with Netanyahu in Jerusalem on Monday.", ("CONSULT", None)),
        ("Protesters met with the governor to present their demands.", ("CONSULT", None)),
        ("The Red Cross aided 20,000 displaced people in Darfur.", ("AID", None)),
        ("Iran has aided the Houthis with drones and missiles.", ("AID", None)),
    ],
)
def test_political_senses_stay(nlp: Language, sentence: str, event: tuple[str, str | None]) -> None:
    assert event in types_and_modes(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Ecuador's government ended the state of emergency in seven provinces.", ("RETREAT", "access")),
        ("The government ended the state of emergency in Kazakhstan.", ("RETREAT", "access")),
        ("Sri Lanka's president ended the national emergency after three months.", ("RETREAT", "access")),
        ("The United States withdrew aid to Niger after the coup.", ("SANCTION", "discontinue")),
        ("The EU withdrew assistance to Niger after the coup.", ("SANCTION", "discontinue")),
    ],
)
def test_calling_off_a_measure_or_aid(nlp: Language, sentence: str, event: tuple[str, str | None]) -> None:
    """Ending a state of emergency is a climb-down (RETREAT access); withdrawing aid stops it (SANCTION)."""
    assert types_and_modes(nlp, sentence) == {event}


def test_no_party_ends_no_emergency(nlp: Language) -> None:
    assert types(nlp, "The ceasefire ended the emergency for residents of Gaza.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Indian and Chinese troops narrowly avoided a clash in Ladakh in 2022.",
        "Israel avoided striking the oil facilities in Iran.",
    ],
)
def test_avoided_act_did_not_happen(nlp: Language, sentence: str) -> None:
    assert all(e.status != "happened" for e in events_in(nlp, sentence))
