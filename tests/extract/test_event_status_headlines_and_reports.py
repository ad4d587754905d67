"""Statuses of planned, dreaded, rumoured and investigated acts, and firms named after their land.

Sentences are written for these tests in the style of wire, NGO and local-outlet copy (not taken
from the evaluation sets). A headline drops the "is" of "is to" ("Rebels to free 20 hostages"): the
act is planned. A report coming to light ("reports emerged that ...") leaves what it tells alleged,
as "reports that" does, and an impersonal "it was alleged that" is no accusation by anyone. An act
feared or braced for is hypothetical; a plan told in the past or disclosed by another side is the
planned act, no threat. An act an inquiry takes as its object happened (who did it is asked), unlike
one a claim under inquiry tells. A firm whose name holds a land ("Qatar Airways") is a business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _status(nlp: Language, sentence: str, trigger: str) -> tuple[str, str]:
    """Type and status of the event ``trigger`` in ``sentence``."""
    found = [e for e in events_in(nlp, sentence) if e.text == trigger]
    assert found, f"no event {trigger!r} in {sentence!r}"
    return found[0].type, found[0].status


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # headline infinitives: planned
        ("Rebels to free 20 hostages in exchange for prisoners", "free", ("RETREAT", "planned")),
        ("Ethiopia to withdraw troops from Somalia next year", "withdraw", ("RETREAT", "planned")),
        ("Pakistan to deport thousands of Afghan refugees", "deport", ("COERCE", "planned")),
        ("Syrian rebels to release captured soldiers", "release", ("RETREAT", "planned")),
        ("Mali junta to hold talks with jihadists", "talks", ("CONSULT", "planned")),
        ("Kenyans to protest tax hikes on Tuesday", "protest", ("PROTEST", "planned")),
        # guards: the cause of a headline act, and prose, are told as done
        ("Gunmen to face trial over Kaduna kidnapping", "kidnapping", ("ASSAULT", "happened")),
        ("To free the hostages, Israel launched a raid on Nuseirat.", "raid", ("ASSAULT", "happened")),
        ("Rebels freed 20 hostages in Beni on Monday.", "freed", ("RETREAT", "happened")),
        # reports coming to light: alleged
        ("Reports emerged that soldiers had burned villages in Rakhine State.", "burned", ("ASSAULT", "alleged")),
        ("Claims circulated that militiamen abducted 30 students in Zamfara.", "abducted", ("ASSAULT", "alleged")),
        ("Rumours spread that the army had shot protesters in Khartoum.", "shot", ("ASSAULT", "alleged")),
        # guards: news, evidence and confirmed reports are told as so; "reportedly" stays a fact
        ("News emerged on Tuesday that rebels had released 10 hostages.", "released", ("RETREAT", "happened")),
        ("Confirmed reports emerged that the army shelled the market.", "shelled", ("ASSAULT", "happened")),
        ("Israeli jets reportedly struck a convoy near Damascus.", "struck", ("ASSAULT", "happened")),
        # dreaded acts: hypothetical
        ("Residents fear an attack on the city of El Fasher.", "attack", ("ASSAULT", "hypothetical")),
        ("Kharkiv braced for an offensive as Russian troops massed near the border.", "offensive",
         ("ASSAULT", "hypothetical")),
        ("Residents are bracing for an attack by RSF fighters.", "attack", ("ASSAULT", "hypothetical")),
        ("Farmers in Benue fear attacks by herders.", "attacks", ("ASSAULT", "hypothetical")),
        # plans told in the past or by the other side: the act, planned
        ("Al-Shabaab planned to bomb the hotel, police said.", "bomb", ("ASSAULT", "planned")),
        ("Russia is planning to attack Kharkiv again, Zelensky said.", "attack", ("ASSAULT", "planned")),
        # an inquiry into an act: the act happened; into a claim: under investigation
        ("Investigators are examining the attack on the convoy near Kidal.", "attack", ("ASSAULT", "happened")),
        ("An inquiry into the massacre of civilians in Bucha began in April.", "massacre", ("ASSAULT", "happened")),
        ("The ministry launched an inquiry into claims that police beat students.", "beat",
         ("ASSAULT", "under_investigation")),
        ("Police are investigating whether the gunmen kidnapped the priest.", "kidnapped",
         ("ASSAULT", "under_investigation")),
    ],
)
def test_status_of_planned_reported_dreaded_and_investigated_acts(
        nlp: Language, sentence: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a dreaded act is the dreading word's own object: a massacre named inside it happened
        ("Many fear a repeat of the 2017 massacre.", "massacre", ("ASSAULT", "happened")),
        # a plan its own side voices in the present stays a threat (PLOVER THREATEN)
        ("Hezbollah threatened to attack Israeli cities.", "threatened", ("THREATEN", "happened")),
    ],
)
def test_guards_against_dread_and_plan_rules(nlp: Language, sentence: str, trigger: str,
                                             expected: tuple[str, str]) -> None:
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It was alleged that police beat detainees in Harare.",
        "It has been alleged that Russian forces deported children from Kherson.",
    ],
)
def test_impersonal_allegation_is_no_accusation(nlp: Language, sentence: str) -> None:
    events = events_in(nlp, sentence)
    assert "ACCUSE" not in {e.type for e in events}
    assert any(e.status == "alleged" for e in events)


def test_named_allegation_stays_an_accusation(nlp: Language) -> None:
    events = events_in(nlp, "Ukraine alleged that Russia had deported children.")
    assert "ACCUSE" in {e.type for e in events}


@pytest.mark.parametrize(
    ("sentence", "source", "country"),
    [
        ("Qatar Airways signed an agreement with Israel.", "Qatar Airways", "QAT"),
        ("Turkish Airlines signed a deal with the Iraqi government.", "Turkish Airlines", "TUR"),
    ],
)
def test_firm_named_after_its_land_is_a_business(nlp: Language, sentence: str, source: str, country: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.source is not None and e.source.text == source)
    assert (event.source.country, event.source.sector) == (country, "BUS")


@pytest.mark.parametrize(
    "sentence",
    [
        "Air India agreed to buy 470 jets from Airbus and Boeing.",
        "Qatar Airways signed a deal with FIFA.",
        "Saudi Aramco signed a deal with TotalEnergies.",
    ],
)
def test_dealings_of_firms_named_after_a_land_are_no_events(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.type == "AGREE"]


def test_state_deal_stays_an_event(nlp: Language) -> None:
    assert "AGREE" in {e.type for e in events_in(nlp, "Qatar agreed to buy Rafale jets from France.")}
