"""Event status of an act told in a rumour ("rumours that the rebels executed prisoners"), decided by a
vote or put to one ("parliament voted to extend the truce", "elections to approve the deal"), and of
an act whose breaking out is negated with a place ("clashes did not erupt in the north").

Sentences are written for these tests in the style of wire and NGO reports on several conflicts
(not taken from the evaluation sets). The guard cases come from an adversarial pass: a rumour
confirmed or proved true, an act in an adjunct under "no rumours", an arranged act negated with a
place set against another, a negation on a manner or a time, a vote against an act or one still to
come, and an infinitive of purpose on a noun that is no ballot keep the status they had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, status_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a rumour is a claim no one stands behind: alleged, as a report or an allegation is
        ("There were rumours that RSF fighters executed prisoners near El Fasher.", "executed", "alleged"),
        ("Rumours that soldiers looted the market in Goma spread quickly on Tuesday.", "looted", "alleged"),
        ("Rumours of a massacre in the village prompted hundreds to flee.", "massacre", "alleged"),
        ("Police arrested a man for spreading rumours that soldiers had raped women in Bamenda.", "raped",
         "alleged"),
        # denied or looked into as reports are
        ("The army denied rumours that it had withdrawn from the town of Kidal.", "withdrawn", "denied"),
        # a rumour or a report confirmed, or proved true, is told as so
        ("Rumours that troops burned the village were confirmed by satellite images.", "burned", "happened"),
        ("Rumours that the rebels had captured the airport in Goma proved true.", "captured", "happened"),
        ("Reports that militiamen burned the market have been confirmed by the UN.", "burned", "happened"),
        # a vote to extend a truce enacts the extension, as an agreement to it does
        ("Parliament voted to extend the truce with the rebels by three months.", "extend", "happened"),
        ("The security cabinet voted on Friday to extend the ceasefire in Lebanon.", "extend", "happened"),
        # what a ballot puts to voters is still to come, whatever governs the ballot
        ("The junta called a referendum to approve a new constitution in Niger.", "approve", "planned"),
        ("The UN General Assembly held a vote to suspend Russia from the Human Rights Council.", "suspend",
         "planned"),
    ],
)
def test_rumour_and_vote_status(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a report called unconfirmed, or a confirmation negated, stays a claim
        ("Reports that troops burned the village were not confirmed.", "burned", "alleged"),
        ("Reports that troops burned the village have yet to be verified.", "burned", "alleged"),
        ("If reports that troops burned the village are confirmed, sanctions will follow.", "burned", "alleged"),
        ("Reports that troops opened fire on the crowd were confirmed only in part.", "opened", "alleged"),
        # an act in an adjunct under "no rumours" is told as a fact
        ("There were no rumours of fighting in the town when troops arrived.", "arrived", "happened"),
        # a vote against the act, or one still to come, enacts no extension
        ("Parliament voted against extending the truce with the Houthis.", "extending", "planned"),
        ("Parliament is expected to vote to extend the truce.", "extend", "planned"),
        # an agreement still enacts the truce; a vote performs a condemnation
        ("Israel and Hamas agreed to extend their truce by two days.", "extend", "happened"),
        ("The General Assembly voted to condemn Russia's annexation of four regions.", "condemn", "happened"),
        # a purpose infinitive on a noun that is no ballot keeps its status
        ("The commander ordered troops to attack the village.", "attack", "demanded"),
        # "rumour" as a verb of hearsay is unchanged
        ("Rebel commanders are rumoured to have executed the captured pilots.", "executed", "alleged"),
    ],
)
def test_rumour_and_vote_guards(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Clashes never erupted in the north despite fears of a new offensive.",
        "Clashes did not erupt in the north, where the ceasefire held.",
        "Riots did not break out in the townships after the verdict.",
        "Attacks did not happen in the camps themselves, aid workers said.",
    ],
)
def test_negated_onset_with_a_place_is_no_event(nlp: Language, sentence: str) -> None:
    acts = {"clashes", "riots", "attacks"}
    assert not [e for e in events_in(nlp, sentence) if e.text.lower() in acts]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a negation on a time, or on a place set against another, leaves the act held
        ("Clashes did not erupt until late in the evening.", "Clashes"),
        ("Clashes did not erupt in the north but in the south.", "Clashes"),
        # an arranged act negated with a manner is held after all
        ("The talks were not held in secret.", "talks"),
        ("The talks were not held in Jeddah but in Cairo.", "talks"),
    ],
)
def test_negation_on_an_adjunct_keeps_the_act(nlp: Language, sentence: str, trigger: str) -> None:
    assert status_in(nlp, sentence, trigger) == "happened"
