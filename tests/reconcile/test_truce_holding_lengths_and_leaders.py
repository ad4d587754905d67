"""Truce ledger readings: a truce noun's own "held" is the truce holding, an extension "by a month"
has a length, and the leader of a "-led" coalition is a party country."""

from __future__ import annotations

import pytest

from parley.reconcile.truce import _lengths, countries_in, stage_of


@pytest.mark.parametrize("sentence", [
    "The truce between the army and the rebels held for a second day on Sunday, residents said.",
    "The fragile ceasefire in Tripoli largely held overnight.",
])
def test_a_truce_that_held_is_holding(sentence: str) -> None:
    assert stage_of(sentence)[0] == "holding"


@pytest.mark.parametrize("sentence", [
    "Talks on a truce held in Nairobi on Sunday made little progress.",
    "The ceasefire talks held in Geneva made no progress.",
    "Hostages held for 50 days were freed on the first day of the truce.",
    "The ceasefire held until Tuesday, when fighting resumed.",
])
def test_held_of_something_else_is_no_holding(sentence: str) -> None:
    assert stage_of(sentence)[0] != "holding"


@pytest.mark.parametrize(("sentence", "length"), [
    ("The mediators offered to extend the truce by a month.", "a month"),
    ("The government extended the ceasefire for another week.", "another week"),
    ("The truce was extended on Monday, a month after it took effect.", None),
])
def test_an_extension_by_one_unit_of_time_has_that_length(sentence: str, length: str | None) -> None:
    stage, cue = stage_of(sentence)
    assert stage == "extension"
    assert _lengths(sentence, stage, cue, [])[0] == length


def test_the_leader_of_a_coalition_is_a_party_country_and_a_backer_is_not() -> None:
    assert "SAU" in countries_in("The Saudi-led coalition and the Houthis agreed to extend the truce.")
    assert "IRN" not in countries_in("The Iran-backed Houthis accepted the truce.")
