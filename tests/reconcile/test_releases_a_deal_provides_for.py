"""A release an agreement provides for is planned until an article tells it done."""

from __future__ import annotations

import pytest

from parley.reconcile.captives import _provided_by_deal


@pytest.mark.parametrize("before", [
    "The agreement includes the ",
    "The accord reached in Juba on Sunday provides for the ",
    "Under the deal, which provided for the ",
])
def test_a_release_an_agreement_provides_for_is_planned(before: str) -> None:
    assert _provided_by_deal(before)


@pytest.mark.parametrize("before", [
    "Monday's exchange included the ",
    "The handover ceremony included the ",
    "The deal was agreed. It included the ",
])
def test_a_release_an_act_included_is_no_plan(before: str) -> None:
    assert not _provided_by_deal(before)
