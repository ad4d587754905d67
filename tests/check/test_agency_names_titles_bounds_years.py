"""Agencies' names, officials' titles, the bounds of qualified figures, and the years a claim is set in.

"UNHCR" and "the UN refugee agency" are one source; "the World Food Programme" and "the World
Health Organization" are two. An official written with a body's name ("IOM chief Amy Pope") speaks
for it. "Nearly 90" and "more than 90" cannot both be true (contradicted); "more than 300" is made
true by "more than 400" (supported); "at least 30" beside "at least 20" is neither. A claim set in
2021 is not backed by a record of 2023.

Reports and drafts are wire-style sentences written for these tests (Sudan, Haiti, Syria,
Ethiopia, Mozambique, Yemen), not copied from any evaluation set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import agency_named, bound_implied, claimants_compatible, possible_interval
from parley.records import Figure

from .conftest import evidence_of, marks_on

REPORTS = [
    ("haiti", "2024-03-20", "Violence spread in the capital. The UN migration agency said 17,000 people had fled "
     "Port-au-Prince in a week."),
    ("syria", "2024-03-20", "Shelling resumed in the northwest. UNHCR said more than 400 families were displaced "
     "from Idlib province."),
    ("ethiopia", "2024-03-21", "The drought deepened. The World Food Programme said nearly 90 trucks of food had "
     "reached Mekelle."),
    ("mozambique", "2024-03-21", "Insurgents attacked again in the north. At least 20 people were killed in "
     "Macomia, local officials said."),
    ("yemen", "2023-06-01", "The war has dragged on for years. Since 2015, more than 11,000 children have been "
     "killed or maimed in Yemen, UNICEF said."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


def verdict(stored: Evidence, day: str, text: str, claim: str) -> str:
    return marks_on(stored, text, day, "figure", claim)[0].verdict


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # Fail on the original code: an acronym and the agency's description share no word.
        ("The IOM said 17,000 people had fled Port-au-Prince in a week.", "17,000", "supported"),
        # The reverse way round (held before, by the reports' shared sentence).
        ("The UN refugee agency said more than 400 families were displaced from Idlib province.", "400",
         "supported"),
        # Another agency stays another source, even sharing "world".
        ("The World Health Organization said nearly 90 trucks of food had reached Mekelle.", "90",
         "misattributed"),
        ("The UN refugee agency said 17,000 people had fled Port-au-Prince in a week.", "17,000", "misattributed"),
    ],
)
def test_an_agency_is_one_source_by_any_of_its_names(stored: Evidence, text: str, claim: str,
                                                     expected: str) -> None:
    assert verdict(stored, "2024-03-21", text, claim) == expected


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # Fail on the original code: the official's bare name was compared, not the body in the title.
        ("IOM chief Amy Pope said 17,000 people had fled Port-au-Prince in a week.", "17,000", "supported"),
        ("WFP country director Zlatan Milisic said nearly 90 trucks of food had reached Mekelle.", "90",
         "supported"),
        # A title naming another body, or another country, backs nothing (not on record from them).
        ("UNICEF spokesperson James Elder said 17,000 people had fled Port-au-Prince in a week.", "17,000",
         "unsourced"),
        ("Haitian police chief Frantz Elbe said 17,000 people had fled Port-au-Prince in a week.", "17,000",
         "unsourced"),
    ],
)
def test_an_official_speaks_for_the_body_in_the_title(stored: Evidence, text: str, claim: str,
                                                      expected: str) -> None:
    assert verdict(stored, "2024-03-21", text, claim) == expected


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # Fail on the original code: "nearly 90" (at most 90) met "more than 90" at 90.
        ("The WFP said more than 90 trucks of food had reached Mekelle.", "90", "contradicted"),
        # Fail on the original code: a bound rounded down is made true by the source's.
        ("More than 300 families fled Idlib province this week, UNHCR said.", "300", "supported"),
        ("Insurgents killed at least 15 people in Macomia, local officials said.", "15", "supported"),
        # The source's very sentence with a weaker bound: true if the source is, but not what it said.
        ("At least 15 people were killed in Macomia, local officials said.", "15", "unsourced"),
        # Fail on the original code: a higher floor can be true beside the source's, so it is no contradiction.
        ("At least 30 people were killed in Macomia, local officials said.", "30", "unsourced"),
        # Cannot both be true: contradicted, as before.
        ("Fewer than 200 families were displaced from Idlib province, UNHCR said.", "200", "contradicted"),
        ("Around 85 trucks of food had reached Mekelle, the WFP said.", "85", "supported"),
    ],
)
def test_qualified_figures_are_compared_by_what_they_allow(stored: Evidence, text: str, claim: str,
                                                           expected: str) -> None:
    assert verdict(stored, "2024-03-21", text, claim) == expected


@pytest.mark.parametrize(
    ("day", "text", "claim", "expected"),
    [
        ("2023-06-02", "More than 11,000 children have been killed or maimed in Yemen since 2015, UNICEF said.",
         "11,000", "supported"),
        # Fail on the original code: the year the draft gives was never read.
        ("2023-06-02", "In 2014, more than 11,000 children were killed or maimed in Yemen, UNICEF said.",
         "11,000", "unsourced"),
        ("2024-03-21", "At least 20 people were killed in Macomia in 2019, local officials said.", "20",
         "unsourced"),
        ("2024-03-21", "At least 20 people were killed in Macomia on Wednesday, local officials said.", "20",
         "supported"),
    ],
)
def test_a_claim_set_in_another_year_is_not_backed(stored: Evidence, day: str, text: str, claim: str,
                                                   expected: str) -> None:
    assert verdict(stored, day, text, claim) == expected


def test_the_reason_names_the_record_period(stored: Evidence) -> None:
    mark = marks_on(stored, "UNICEF said in 2014 more than 11,000 children were killed or maimed in Yemen.",
                    "2023-06-02", "figure", "11,000")[0]
    assert mark.verdict == "unsourced"
    assert "another period" in mark.reason and "2015" in mark.reason


def test_agency_names_and_their_limits() -> None:
    assert agency_named("the U.N. refugee agency") == agency_named("UNHCR") == "unhcr"
    assert agency_named("WHO chief Tedros") == "who"
    assert agency_named("the doctor who treated them") is None  # a lower-case "who" is no agency
    assert claimants_compatible("the UN children's agency", "UNICEF")
    assert not claimants_compatible("the World Food Programme", "the World Health Organization")
    assert not claimants_compatible("the UN children's agency", "Save the Children")


def test_bounds_in_logic() -> None:
    more_90 = Figure(doc_id="t", text="more than 90", start=0, end=12, value=90, qualifier="more_than", category="aid")
    nearly_90 = Figure(doc_id="t", text="nearly 90", start=0, end=9, value=90, qualifier="at_most", category="aid")
    more_60 = Figure(doc_id="t", text="more than 60", start=0, end=12, value=60, qualifier="more_than", category="aid")
    # A count "more than 90" starts at 91: no rounding slack of an exact 90 reaches into it.
    assert possible_interval(more_90) == (pytest.approx(91), float("inf"))
    mine, theirs = possible_interval(nearly_90), possible_interval(more_90)
    assert mine is not None and theirs is not None and mine[1] < theirs[0]
    assert bound_implied(more_90, more_60) and not bound_implied(more_60, more_90)
    assert not bound_implied(nearly_90, more_60)
