"""The numbers of a quoted statement are read one by one, so a paraphrased range is no misquote.

The phrases are news wording (ranges, lists, spelled-out counts) written for these tests; the
Jabalia report follows what was reported in November 2023 in our own words, not a dev set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._numbers import numbers_in

from .conftest import evidence_of, marks_on

JABALIA = ("Israeli strikes hit the Jabalia camp overnight. Civil defence spokesman Mahmoud Basal said rescuers "
           "had pulled {} bodies from the rubble of two houses in the camp.")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("between 10 and 20 trucks a day", {10, 20}),
        ("10 to 20 trucks a day", {10, 20}),
        ("Hamas released 13 and 11 hostages on the first two days", {13, 11, 2}),
        ("the group numbered 24, 39 of them women", {24, 39}),
        ("3,000-4,000 people sheltered in the school", {3000, 4000}),
        ("two hundred and forty people were taken, 1,200 were killed.", {240, 1200}),
        ("a hundred and fifty trucks", {150}),
        ("twenty-four hostages and two hundred forty-five prisoners", {24, 245}),
        ("1.2 million people fled south and 300 stayed", {1_200_000, 300}),
        ("three and four days", {3, 4}),
        ("The 13 Israelis, 10 Thais and one Filipino", {13, 10, 1}),
        ("hundreds were hurt", set()),
        ("no number here (none).", set()),
    ],
)
def test_each_number_of_a_range_or_list_is_read_apart(text: str, numbers: set[float]) -> None:
    assert numbers_in(text) == frozenset(numbers)


@pytest.fixture(scope="module")
def jabalia() -> Evidence:
    return evidence_of([("jabalia", "2023-11-20", JABALIA.format("between 24 and 40"))])


@pytest.mark.parametrize(
    ("numbers", "verdict"),
    [
        ("between 24 and 40", "supported"),
        # A paraphrase of the range is not a misquote (24 + 40 is no number the source gave).
        ("24 to 40", "supported"),
        # Both ends changed, the sum kept: still a substitution.
        ("between 23 and 41", "contradicted"),
    ],
)
def test_statement_with_a_range_is_misquoted_only_when_its_numbers_change(jabalia: Evidence, numbers: str,
                                                                         verdict: str) -> None:
    marks = marks_on(jabalia, JABALIA.format(numbers), "2023-11-20", "attribution", "rescuers")
    assert [m.verdict for m in marks] == [verdict]
