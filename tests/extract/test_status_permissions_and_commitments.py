"""Event status of acts let go ahead, of commitments a condition asks to be carried out, and of
acts told under an empty "it was rumoured that"; and taking over a central bank, which is no ground.

Sentences are written in the style of wire, NGO and local-outlet reports on several conflicts (not
taken from the evaluation sets). The guard cases come from an adversarial pass: near-misses that
must keep what they had (an indefinite threat, a threat kept up, a truce that makes room for talks,
violence let take place, a confirmed or announced act, the West Bank).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, status_in, types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # the condition is on carrying the threat out: the threat itself was made
        ("If Moscow were to follow through on its threats, the Baltic states would invoke Article 4.", "threats",
         "happened"),
        ("Should the Houthis carry out their threat to target tankers, insurers would pull out.", "threat",
         "happened"),
        ("It is unclear whether Ankara will act on its threats against the Kurdish militia.", "threats",
         "happened"),
        ("If the junta makes good on its threat to expel the French ambassador, Paris will respond.", "threat",
         "happened"),
        ("If the threats are carried out, thousands of civilians in Idlib could be displaced.", "threats",
         "happened"),
        # guards: an indefinite threat is not yet made; threats going on stay supposed, threats kept up go on
        ("If Iran carries out a threat against shipping in the Gulf, oil prices will soar.", "threat",
         "hypothetical"),
        ("If Houthi threats continue, shipping companies will avoid the Red Sea.", "threats", "hypothetical"),
        ("Were the government to keep up its threats, the union would strike.", "threats", "ongoing"),
    ],
)
def test_a_commitment_carried_out_under_a_condition_was_made(nlp: Language, sentence: str, trigger: str,
                                                             status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a permission tells an act still to come; a permission withheld, one that did not take place
        ("Police in Tbilisi allowed the protest to go ahead on Saturday.", "protest", "planned"),
        ("The court in Kampala allowed the rally to go ahead next week.", "rally", "planned"),
        ("The interior ministry permitted the demonstration to take place.", "demonstration", "planned"),
        ("A court in Tunis allowed the opposition to hold a protest on Friday.", "protest", "planned"),
        ("Kenya allowed the evacuation of foreign nationals to proceed.", "evacuation", "planned"),
        ("Authorities in Almaty did not allow the rally to go ahead.", "rally", "refused"),
        ("The army said it would not allow the rally to take place.", "rally", "refused"),
        # guards: a state of affairs that makes room for the act is no permission
        ("The ceasefire allowed talks between the army and the RSF to begin in Jeddah.", "talks", "happened"),
        ("The lull in fighting allowed the evacuation of civilians from Mariupol to proceed.", "evacuation",
         "happened"),
        ("The court's ruling allowed the extradition of the suspect to proceed.", "extradition", "happened"),
    ],
)
def test_an_act_let_go_ahead_is_planned(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # acts of force let take place or go on blame who let them: no permitted act is read
        ("The government allowed the killings to take place, the UN report said.", "killings"),
        ("Officials allowed the shelling to go on for hours without intervening.", "shelling"),
        ("The ministry authorised the strike to go ahead on Tuesday.", "strike"),
    ],
)
def test_violence_let_take_place_is_no_permitted_act(nlp: Language, sentence: str, trigger: str) -> None:
    assert all(e.status != "planned" for e in events_in(nlp, sentence) if e.text == trigger)


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # an empty "it" with a passive verb of hearsay: no one named vouches for the act
        ("It was rumoured that the general had been arrested in Niamey.", "arrested", "alleged"),
        ("It is believed that the rebels executed the prisoners.", "executed", "alleged"),
        ("The army said it was believed that rebels had attacked the base.", "attacked", "alleged"),
        # guards: confirmed or announced acts are facts; a named reporter tells them as done
        ("It was confirmed that the general had been arrested.", "arrested", "happened"),
        ("It was announced that the army had withdrawn from the town.", "withdrawn", "happened"),
        ("The rebels reported that they had captured the town.", "captured", "happened"),
        # a wire's impersonal report tells the news as a named reporter does
        ("It was officially reported today in Bamako that soldiers killed 12 militants.", "killed", "happened"),
        ("It was reported this afternoon that troops have been sent to Kidal.", "sent", "happened"),
    ],
)
def test_an_act_told_by_an_empty_it_of_hearsay_is_alleged(nlp: Language, sentence: str, trigger: str,
                                                          status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "territorial"),
    [
        # a central bank is an institution: threatening to take it over threatens no territory
        ("The Houthis threatened to take control of the central bank in Sanaa.", False),
        ("Militia leaders threatened to take control of the Central Bank of Libya in Tripoli.", False),
        # guards: a town, and a river's bank, are ground
        ("The rebels threatened to take control of Goma within days.", True),
        ("The militia threatened to take control of the airport in Tripoli.", True),
    ],
)
def test_a_central_bank_is_no_territory(nlp: Language, sentence: str, territorial: bool) -> None:
    assert (("THREATEN", "territory") in types_and_modes(nlp, sentence)) is territorial


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli forces took control of the West Bank town of Jenin.",
        "Ukrainian troops took control of the east bank of the river.",
    ],
)
def test_ground_named_bank_is_still_taken(nlp: Language, sentence: str) -> None:
    assert ("ASSAULT", None) in types_and_modes(nlp, sentence)
