"""Rejoinders: a second party's answer appended to a report ("..., a charge Asmara denied").

Wire copy closes many reports this way. The answer is the second party's statement about the
claim before it: it neither governs the report's events (the accusation still happened) nor is it
part of what the first source said. Sentences are written for these tests in the style of
current wire reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions
from parley.extract.status import rejoinders

from attribution_support import Triple, triples
from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language

ACCUSATION = "Ethiopia accused Eritrea of preparing for war, a charge Asmara denied."
KILLING = "The army said its troops had killed 30 militants, a claim the rebels denied."
HOST = "Israeli troops shot dead two Palestinians in Jenin, the health ministry said, a claim the army disputed."


def _triples(nlp: Language, text: str) -> list[Triple]:
    return triples(find_attributions(nlp(text), "t"))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (ACCUSATION, "a charge Asmara denied"),
        (KILLING, "a claim the rebels denied"),
        ("Congo accuses Rwanda of backing the M23 rebels, an accusation Kigali rejects.",
         "an accusation Kigali rejects"),
        ("Russia says its forces captured the village, a claim Ukraine has not confirmed.",
         "a claim Ukraine has not confirmed"),
        ("Israel accused Hamas of breaking the truce, a claim denied by the group's armed wing.",
         "a claim denied by the group's armed wing"),
        ("The rebels said they had shot down a helicopter, claims the army dismissed as propaganda.",
         "claims the army dismissed as propaganda"),
        ("Kyiv accused Moscow of using chemical weapons near the front, which Moscow denies.", "which Moscow denies"),
    ],
)
def test_answer_after_a_comma_is_a_rejoinder(nlp: Language, text: str, answer: str) -> None:
    doc = nlp(text)
    [rejoinder] = rejoinders(doc)
    assert doc[rejoinder.start + 1 : rejoinder.end].text == answer


@pytest.mark.parametrize(
    "text",
    [
        # "which" with a naming verb names a thing; it answers no claim
        "The troops entered the city, which Moscow calls its own territory.",
        # the answer goes on to another clause: no answer appended at the end
        "Israel accused Hamas of violating the truce, a charge Hamas denied, and said it would respond.",
        # a relative clause that acts
        "The army shelled the town, which the rebels had held since May.",
        # no one answers
        "The army said it killed 30 militants, a claim that could not be independently verified.",
        # nothing after the comma, or only an article
        "Rockets were fired at Sderot,",
        "Rockets were fired at Sderot, a",
    ],
)
def test_no_rejoinder(nlp: Language, text: str) -> None:
    assert rejoinders(nlp(text)) == ()


def test_an_accusation_answered_still_happened(nlp: Language) -> None:
    """The parser makes "denied" the main verb with the accusation its complement."""
    [accused] = [e for e in events_in(nlp, ACCUSATION, with_claims=True) if e.text == "accused"]
    assert accused.status == "happened"
    assert accused.claimant is None


@pytest.mark.parametrize(
    "text",
    [
        ACCUSATION,
        "Sudan's army accused the RSF of killing more than 100 villagers, an accusation the RSF denied.",
    ],
)
def test_the_claim_noun_answered_is_no_second_event(nlp: Language, text: str) -> None:
    """"an accusation the RSF denied" points back at the accusation already recorded."""
    events = events_in(nlp, text, with_claims=True)
    assert [e.type for e in events].count("ACCUSE") == 1
    assert {e.text for e in events}.isdisjoint({"accusation", "charge"})


def test_the_answer_is_the_answering_party_s_rejection(nlp: Language) -> None:
    [denial] = [e for e in events_in(nlp, ACCUSATION, with_claims=True) if e.text == "denied"]
    assert (denial.type, denial.status) == ("REJECT", "happened")
    assert denial.source is not None and denial.source.text == "Asmara"
    assert denial.target is None  # the claim answered names no party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ACCUSATION, [("Ethiopia", "accused", "Eritrea of preparing for war"), ("Asmara", "denied", "a charge")]),
        (KILLING, [("The army", "said", "its troops had killed 30 militants"), ("the rebels", "denied", "a claim")]),
        (HOST, [("the health ministry", "said", "Israeli troops shot dead two Palestinians in Jenin"),
                ("the army", "disputed", "a claim")]),
    ],
)
def test_the_report_ends_where_the_answer_begins(
        nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(nlp, text) == expected


def test_the_answer_is_not_claimed_by_the_first_source(nlp: Language) -> None:
    [denial] = [e for e in events_in(nlp, KILLING, with_claims=True) if e.text == "denied"]
    assert denial.claimant is None
    [killing] = [e for e in events_in(nlp, KILLING, with_claims=True) if e.text == "killed"]
    assert killing.claimant == "The army"


def test_a_charge_another_party_answers_was_said(nlp: Language) -> None:
    """An answer naming the content a charge makes the accusation an attribution, however unsure
    the cue model is of a content cut short at the answer's comma."""
    found = find_attributions(nlp("Russia accused Ukraine of shelling the plant, a charge Kyiv denied."), "t")
    assert [(a.source.text if a.source else None, a.cue.text) for a in found] == [
        ("Russia", "accused"), ("Kyiv", "denied")]
