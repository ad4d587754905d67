"""'Let go' (RETREAT release by its phrase entry) frees only a person let go: "let the hostages go",
"let go of four captives". An act or a passage let go ahead, on or through ("let the protest go
ahead", "let the convoy go through", "let the strike go on") is leave given, and something held onto
("refused to let go of Crimea") is no captive. Sentences are written for these tests in the style of
wire reporting."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language

_RELEASE = ("RETREAT", "release")


@pytest.mark.parametrize(
    "sentence",
    [
        "The kidnappers let the hostages go on Friday after a ransom was paid.",
        "Rebels let two aid workers go after three weeks in captivity.",
        "The militia let the journalist go on Monday.",
        "Hamas let go of four Israeli hostages on Saturday.",
        "Kidnappers in Zamfara let go the remaining 30 students on Sunday.",
        "The gunmen let the women go but held the men.",
        "Kidnappers let the priest go on Tuesday.",
    ],
)
def test_a_person_let_go_is_released(nlp: Language, sentence: str) -> None:
    assert _RELEASE in types_and_modes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police let the protest go ahead in Nairobi.",
        "Authorities let the march go ahead despite warnings.",
        "Officials let the vote go ahead in Cabo Delgado.",
        "The court let the demonstration go forward.",
        "Security forces let the funeral procession go ahead in Jenin.",
        "The army let the convoy go through the checkpoint.",
        "The government let the strike go on for weeks.",
        "Russia will never let go of Crimea, the minister said.",
        "The parliament let the deal go through without a vote.",
    ],
)
def test_leave_given_or_something_held_is_no_release(nlp: Language, sentence: str) -> None:
    assert _RELEASE not in types_and_modes(nlp, sentence)


def test_an_act_let_go_ahead_stays_planned(nlp: Language) -> None:
    assert ("PROTEST", "demo") in types_and_modes(nlp, "Police let the protest go ahead in Nairobi.")
