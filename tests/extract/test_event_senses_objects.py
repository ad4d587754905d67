"""Verbs of cooperation, aid, deployment and withdrawal whose object shows another sense.

Sentences are written for these tests in the style of wire, business and sports reporting (not
taken from the evaluation sets). Sharing intelligence, evidence or power with a party cooperates
(CAMEO 064), sharing a view, a photo or a border does not; troops, police and missiles deployed are
a mobilisation, software and money deployed are none; a proposal accepted is an agreement, an award
or a resignation accepted is not, nor a fact ("accepted that mistakes had been made"); aid and tanks
delivered are aid, a speech or a verdict delivered is none; forces pulling out of a town withdraw,
a team pulling out of a tournament does not; hostages released are freed, a single released is
published. The guards keep the political sense where the other-sense word stands elsewhere in the
sentence ("deployed troops in the capital", "delivered aid to the Red Cross").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, types

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The president shared a photo of his grandchildren on Instagram.", "COOPERATE"),
        ("Many economists share the view that growth will slow in Germany.", "COOPERATE"),
        ("Iran and Iraq share a 1,400-km border.", "COOPERATE"),
        ("The minister shared the stage with the Nigerian president at the summit in Abuja.", "COOPERATE"),
        ("The prime minister shared his concern about the rising death toll.", "COOPERATE"),
        ("Microsoft deployed a software update to millions of computers.", "MOBILIZE"),
        ("The investment fund deployed 500 million dollars in Nigerian startups.", "MOBILIZE"),
        ("The health ministry deployed doctors to the flooded districts of Sindh.", "MOBILIZE"),
        ("The insurer deployed a chatbot to handle claims.", "MOBILIZE"),
        ("The Ukrainian president accepted an award from the Atlantic Council.", "AGREE"),
        ("The general accepted responsibility for the failure in Kabul.", "AGREE"),
        ("Mexico's president accepted that the violence had got worse.", "AGREE"),
        ("Shops in Kabul no longer accept payment in dollars.", "AGREE"),
        ("The president delivered a speech to parliament in Kyiv.", "AID"),
        ("The court delivered its verdict in the war crimes case in The Hague.", "AID"),
        ("The strike delivered a heavy blow to the economy in Nigeria.", "AID"),
        ("The Russian team pulled out of the tournament in Belgrade.", "RETREAT"),
        ("The singer pulled out of the concert in Tel Aviv.", "RETREAT"),
        ("The French bank pulled out of the Russian market in 2022.", "RETREAT"),
        ("The band released a new single about the war in Ukraine.", "RETREAT"),
        ("The boxers exchanged punches for twelve rounds in Riyadh.", "RETREAT"),
    ],
)
def test_object_of_another_sense_is_no_event(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Washington has shared satellite imagery with Kyiv since 2022.", "shared", "COOPERATE"),
        ("Kenya shared evidence with Interpol about the traffickers.", "shared", "COOPERATE"),
        ("France will share nuclear technology with Saudi Arabia under the deal.", "share", "COOPERATE"),
        ("The rival factions agreed to share power in a transitional government in Sudan.", "share", "COOPERATE"),
        ("Turkey shared the recordings with Saudi Arabia and the United States.", "shared", "COOPERATE"),
        ("Russia deployed Iskander missiles to Belarus in 2023.", "deployed", "MOBILIZE"),
        ("The junta deployed troops in the capital after the coup in Niger.", "deployed", "MOBILIZE"),
        ("Pakistan deployed troops to protect doctors working on the polio campaign.", "deployed", "MOBILIZE"),
        ("Hamas accepted a ceasefire proposal put forward by Egypt and Qatar.", "accepted", "AGREE"),
        ("Israel accepted that the truce would be extended by two days.", "accepted", "AGREE"),
        ("The opposition accepted an invitation to talks in Caracas.", "accepted", "AGREE"),
        ("Jordan delivered aid to the Red Cross for distribution in Gaza.", "delivered", "AID"),
        ("The Red Crescent delivered food to families on their return to Mosul.", "delivered", "AID"),
        ("Germany delivered Leopard tanks to Ukraine in 2023.", "delivered", "AID"),
        ("Russian forces pulled out of Kherson in November 2022.", "pulled", "RETREAT"),
        ("Russian troops pulled out of the market town of Izium in 2022.", "pulled", "RETREAT"),
        ("UN peacekeepers pulled out of their base in Kidal.", "pulled", "RETREAT"),
        ("Hamas released 13 Israeli hostages in a single day.", "released", "RETREAT"),
        ("The two sides exchanged prisoners in Yemen under a UN deal.", "exchanged", "RETREAT"),
    ],
)
def test_usual_object_keeps_the_event(nlp: Language, sentence: str, trigger: str, expected: str) -> None:
    found = [e.type for e in events_in(nlp, sentence) if e.text == trigger]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a that-clause in the bare subjunctive sets terms: accepting or agreeing to it settles them
        ("The rebels accepted that the commission be composed as the government wants.", {"AGREE"}),
        ("Hamas agreed that the hostages be released in stages.", {"AGREE"}),
        # an indicative clause is a fact or an opinion, no agreement
        ("The minister accepted that mistakes had been made in Kabul.", set()),
        ("Analysts agree that the economy is slowing in Nigeria.", set()),
        ("Experts agree that the plan be reviewed.", set()),  # opinion holders keep no terms
    ],
)
def test_terms_put_in_the_subjunctive_are_agreed(nlp: Language, sentence: str, expected: set[str]) -> None:
    assert {e.type for e in events_in(nlp, sentence) if e.text in {"accepted", "agreed", "agree"}} == expected
