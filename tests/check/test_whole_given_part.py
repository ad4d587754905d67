"""The whole given a part's number, and a parent body's name shared with its agencies.

"The UN says 10,000 people are displaced" is not backed by UN Women's "10,000 women": the part's
number says the whole is at least that, not that it is that (the reverse of a part given the whole's
number). "UN Women" and "the UN refugee agency" share only the parent's "UN": two agencies, two
sources. "Downed 24 of the 31 drones" is a count of drones downed, compared like any other.

Reports and drafts are wire-style sentences written for these tests (Sudan 2025, Ukraine 2024,
Burkina Faso 2024, Myanmar 2024, Chad 2025), not copied from any evaluation set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import claimants_compatible, whole_given_part

from .conftest import evidence_of, marks_on

REPORTS = [
    ("fasher", "2025-03-10", "UN Women said 10,000 women had fled El Fasher in North Darfur since the shelling began."),
    ("chad", "2025-03-10", "The UN refugee agency said 60,000 people had crossed into Chad from Darfur this month."),
    ("drones", "2024-05-11", "Ukraine's air force said it downed 24 of the 31 drones Russia launched overnight."),
    ("djibo", "2024-03-02", "Burkina Faso's army said 25 soldiers were killed in an ambush near Djibo."),
    ("lashio", "2024-09-20", "Myanmar's junta said 30 civilians had been wounded in a rebel attack on Lashio."),
    ("goma", "2025-02-03", "The Red Cross said 900 hostages had been freed by the rebels near Bukavu."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


@pytest.mark.parametrize(
    ("day", "text", "claim", "verdict"),
    [
        # Fail on the original code: the whole given the part's number was backed by it.
        ("2025-03-11", "The UN says 10,000 people have fled El Fasher since the shelling began.",
         "10,000", "unsourced"),
        ("2024-03-02", "Burkina Faso's army said 25 people were killed in an ambush near Djibo.", "25", "unsourced"),
        ("2024-09-20", "The junta said 30 people were wounded when rebels attacked Lashio.", "30", "unsourced"),
        # Fail on the original code: two agencies of the UN are two sources.
        ("2025-03-10", "The UN refugee agency says 10,000 women have fled El Fasher since the shelling began.",
         "10,000", "misattributed"),
        ("2025-03-10", "UN Women says 60,000 people crossed into Chad from Darfur this month.",
         "60,000", "misattributed"),
        # Fail on the original code: "downed 24 of the 31" read as a decrease was never compared.
        ("2024-05-11", "Ukraine's air force said it downed 24 of the 31 drones that Russia launched overnight.",
         "24", "supported"),
        ("2024-05-11", "Ukraine's air force said it downed 26 of the 31 drones that Russia launched overnight.",
         "26", "contradicted"),
        # Guards: the same level, a parent credited with its agency's count, a role that is no part.
        ("2025-03-11", "The UN says 10,000 women have fled El Fasher since the shelling began.", "10,000", "supported"),
        ("2025-03-10", "The United Nations says 60,000 people crossed into Chad from Darfur this month.",
         "60,000", "supported"),
        ("2025-03-10", "The UN refugee agency says 70,000 people crossed into Chad from Darfur this month.",
         "70,000", "contradicted"),
        ("2024-03-02", "Burkina Faso's army said 25 troops were killed in an ambush near Djibo.", "25", "supported"),
        ("2025-02-03", "The Red Cross said 900 people had been freed by the rebels near Bukavu.", "900", "supported"),
        ("2024-05-11", "Ukraine's air force said it shot down 24 Russian drones overnight.", "24", "supported"),
    ],
)
def test_figure_levels_and_agencies(stored: Evidence, day: str, text: str, claim: str, verdict: str) -> None:
    assert marks_on(stored, text, day, "figure", claim)[0].verdict == verdict


@pytest.mark.parametrize(
    ("day", "text", "verdict"),
    [
        # Fail on the original code: the statement about the whole was carried by the part's.
        ("2025-03-11", "UN Women said 10,000 people had fled El Fasher in North Darfur since the shelling began.",
         "unsourced"),
        # Guards: the same statement is carried; the parent quoted with another number misquotes its agency.
        ("2025-03-11", "UN Women said 10,000 women had fled El Fasher in North Darfur since the shelling began.",
         "supported"),
        ("2025-03-10", "The UN said 70,000 people had crossed into Chad from Darfur this month.", "contradicted"),
    ],
)
def test_statement_levels(stored: Evidence, day: str, text: str, verdict: str) -> None:
    assert marks_on(stored, text, day, "attribution", "had")[0].verdict == verdict


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        ("people", "women", True),
        ("Palestinians", "Palestinian children", True),
        ("Palestinians", "children", False),  # of no named people: not comparable at all
        ("people", "hostages", False),  # a role, not a kind of people
        ("victims", "children", False),  # "victims" may already be the part
        ("women", "people", False),  # the part given the whole: part_given_whole's case
        ("people", "people", False),
    ],
)
def test_whole_given_part(mine: str, theirs: str, expected: bool) -> None:
    assert whole_given_part(mine, theirs) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("UN Women", "the UN refugee agency", False),
        ("UN Women", "UN Habitat", False),
        ("The UN", "UN Women", False),  # the parent: is_parent_of's case, not the same body
        ("UN Women", "UN Women", True),
        ("the UN refugee agency", "UNHCR", True),
        ("UN officials", "the UN", True),
        ("the UN human rights office", "UN human rights chief Volker Turk", True),
    ],
)
def test_agencies_share_no_parent_word(a: str, b: str, expected: bool) -> None:
    assert claimants_compatible(a, b) is expected
