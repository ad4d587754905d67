"""Bounds at their own number, bounds backing bounds, a year's count against a running total, and
two UN rights bodies told apart.

The reports are written for these tests in wire style (Sudan, Ukraine, Myanmar, Somalia), in our
own words; none is taken from a dev set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._descriptors import named_party
from parley.check._terms import claimants_compatible, possible_interval, value_interval
from parley.records import Figure

from .conftest import evidence_of, marks_on

DAY = "2024-06-04"
REPORTS = [
    ("darfur", DAY, "Fewer than 20 aid trucks reached El Fasher on Monday, the UN refugee agency said. "
     "Nearly 60 people were missing after shelling in Omdurman, Sudanese doctors said."),
    ("donetsk", DAY, "Russian shelling of Pokrovsk killed 15 civilians, Ukraine's interior ministry said. "
     "The governor said more than 200 homes had been damaged in the region."),
    ("toll", DAY, "More than 11,000 civilians have been killed in Ukraine since the full-scale invasion began, "
     "the UN monitoring mission said. Al-Shabaab fighters said they had seized at least 12 army posts in Somalia."),
    ("myanmar", DAY, "The UN human rights office said at least 5,000 civilians had been killed in Myanmar by "
     "the military. In 2024, 800 civilians were killed in Myanmar, the monitoring group Isp-Myanmar said."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


def verdict(evidence: Evidence, text: str, claim: str) -> str:
    return marks_on(evidence, text, DAY, "figure", claim)[0].verdict


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # A bound excludes its own number: a small count at it is no rounding of it.
        ("Twenty aid trucks reached El Fasher on Monday, the UN refugee agency said.", "Twenty", "contradicted"),
        ("Nineteen aid trucks reached El Fasher on Monday, the UN refugee agency said.", "Nineteen", "supported"),
        ("At least 60 people were missing after shelling in Omdurman, Sudanese doctors said.", "60",
         "contradicted"),
        ("Up to 60 people were missing after shelling in Omdurman, Sudanese doctors said.", "60", "supported"),
        ("Russian shelling of Pokrovsk killed more than 15 civilians, Ukraine's interior ministry said.", "15",
         "contradicted"),
        ("Russian shelling of Pokrovsk killed at least 15 civilians, Ukraine's interior ministry said.", "15",
         "supported"),
        # From 200 up an exact count's rounding reaches the next count: "200" may be a rounded 201.
        ("The governor said 200 homes had been damaged in the region.", "200", "supported"),
    ],
)
def test_a_bound_excludes_its_own_number(stored: Evidence, text: str, claim: str, expected: str) -> None:
    assert verdict(stored, text, claim) == expected


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("Al-Shabaab fighters said they had seized at least 10 army posts in Somalia.", "10", "supported"),
        # "at least 12" does not make "at least 15" true, and cannot contradict it either.
        ("Al-Shabaab fighters said they had seized at least 15 army posts in Somalia.", "15", "unsourced"),
        ("Fewer than 25 aid trucks reached El Fasher on Monday, the UN refugee agency said.", "25", "unsourced"),
    ],
)
def test_a_bound_is_backed_only_by_a_bound_at_least_as_strong(stored: Evidence, text: str, claim: str,
                                                              expected: str) -> None:
    assert verdict(stored, text, claim) == expected


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("More than 11,000 civilians have been killed in Ukraine since the invasion began, the UN said.",
         "11,000", "supported"),
        # One year's count is not a total since the war began, nor the reverse.
        ("In 2024, more than 11,000 civilians were killed in Ukraine, the UN monitoring mission said.",
         "11,000", "unsourced"),
        ("Since the 2021 coup, 800 civilians have been killed in Myanmar, the monitoring group said.",
         "800", "unsourced"),
        # A total that runs within the year it is compared with is still that year's count.
        ("Since January, 800 civilians have been killed in Myanmar, the monitoring group Isp-Myanmar said.",
         "800", "supported"),
    ],
)
def test_a_year_count_and_a_running_total_are_other_series(stored: Evidence, text: str, claim: str,
                                                            expected: str) -> None:
    assert verdict(stored, text, claim) == expected


def test_the_reason_of_a_total_against_a_year_names_the_period(stored: Evidence) -> None:
    mark = marks_on(stored, "In 2024, more than 11,000 civilians were killed in Ukraine, the UN monitoring "
                    "mission said.", DAY, "figure", "11,000")[0]
    assert "another period" in mark.reason


def test_the_human_rights_council_is_not_the_human_rights_office(stored: Evidence) -> None:
    assert not claimants_compatible("the UN Human Rights Council", "the UN human rights office")
    assert not claimants_compatible("the Human Rights Council", "OHCHR")
    assert claimants_compatible("the UN Human Rights Council", "UNHRC")
    assert not claimants_compatible("the UN Human Rights Council", "Human Rights Watch")
    text = "The UN Human Rights Council said at least 5,000 civilians had been killed in Myanmar by the military."
    assert verdict(stored, text, "5,000") == "misattributed"


def _figure(text: str, value: float, qualifier: str, unit: str | None = None) -> Figure:
    return Figure(doc_id="t", text=text, start=0, end=len(text), value=value, qualifier=qualifier, unit=unit,
                  category="killed")


def test_intervals_of_bounds_at_their_number() -> None:
    assert value_interval(_figure("fewer than 20", 20, "less_than")) == (17, 19)
    assert value_interval(_figure("nearly 60", 60, "at_most"))[1] == 59  # type: ignore[index]
    assert value_interval(_figure("at most 60", 60, "at_most"))[1] == 60  # type: ignore[index]
    assert possible_interval(_figure("more than 3", 3, "more_than")) == (4, float("inf"))
    low = possible_interval(_figure("more than 2.5%", 2.5, "more_than", "%"))[0]  # type: ignore[index]
    assert 2.5 < low < 2.51  # a share is no count: it starts just above its number


@pytest.mark.parametrize(
    ("sentences_between", "expected"),
    [
        (["“We will hold the city,” a commander said.", "“The army has fled.”"], "Rapid Support Forces"),
        (["“We will hold the city,” a commander said.", "“The army has fled.”", "“We are ready.”"], None),
    ],
)
def test_a_descriptor_looks_back_over_quoted_sentences(sentences_between: list[str], expected: str | None) -> None:
    """Sentences ending in a closing quote are sentences: the party named four back is out of reach."""
    text = " ".join(["The Rapid Support Forces attacked El Fasher.", *sentences_between,
                     "The paramilitary said it had captured 40 soldiers."])
    assert named_party("The paramilitary", text, text.index("The paramilitary")) == expected
