"""What is counted, and where: one number of another category, of other people or at another place
is another count, neither support nor contradiction.

The reports and drafts are news-like sentences written for these tests (northern Nigeria 2024,
Myanmar 2025, Burkina Faso 2023), not copied from any dev set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import counts_conflict, places_conflict
from parley.records import Figure

from .conftest import evidence_of, marks_on

REPORTS = [
    ("zamfara", "2024-05-14", "Bandits released 35 farmers in the town of Gusau on Tuesday, police said."),
    ("kaduna", "2024-05-15", "An air strike on a wedding near Kaduna killed 16 guests on Wednesday, "
     "Amnesty International said."),
    ("sagaing", "2025-02-20", "The junta freed 40 political prisoners in Mandalay on Thursday, state media said."),
    ("djibo", "2023-11-27", "Militants abducted 50 women near Djibo on Monday, a regional official said."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


@pytest.mark.parametrize(
    ("day", "text", "kind", "claim", "verdict"),
    [
        # Another category: 16 killed do not back 16 wounded (and do not contradict them either).
        ("2024-05-15", "An air strike on a wedding near Kaduna wounded 16 guests, Amnesty International said.",
         "attribution", "16 guests", "unsourced"),
        ("2024-05-15", "An air strike on a wedding near Kaduna wounded 16 guests, Amnesty International said.",
         "figure", "16", "unsourced"),
        # Abducted is not released.
        ("2023-11-27", "Militants freed 50 women near Djibo on Monday, a regional official said.",
         "attribution", "50 women", "unsourced"),
        # Other people counted: a release of farmers does not back a release of soldiers.
        ("2024-05-14", "Bandits released 200 soldiers in the town of Gusau on Tuesday.", "event", "released",
         "unsourced"),
        # Another place: Mandalay is not Yangon.
        ("2025-02-20", "The junta freed 40 political prisoners in Yangon on Thursday, state media said.",
         "figure", "40", "unsourced"),
        ("2025-02-20", "The junta freed 40 political prisoners in Yangon on Thursday, state media said.",
         "event", "freed", "unsourced"),
        ("2025-02-20", "The junta freed 40 political prisoners in Yangon on Thursday, state media said.",
         "attribution", "40 political", "unsourced"),
        # Guards: the same count told in other words, or a place that contains the other, is still backed.
        ("2024-05-15", "An air strike on a wedding near Kaduna killed 16 people, Amnesty International said.",
         "attribution", "16 people", "supported"),
        ("2024-05-15", "An air strike on a wedding near Kaduna killed 16 people, Amnesty International said.",
         "figure", "16", "supported"),
        ("2024-05-14", "Bandits released 35 farmers in Gusau on Tuesday, police said.", "figure", "35", "supported"),
        ("2024-05-14", "Bandits released 35 people in the Gusau area on Tuesday, police said.", "event", "released",
         "supported"),
        ("2025-02-20", "The junta freed 40 political prisoners on Thursday, state media said.", "figure", "40",
         "supported"),
        ("2025-02-20", "The junta freed 40 political detainees in Mandalay, state media said.", "event", "freed",
         "supported"),
    ],
)
def test_category_counted_and_place(stored: Evidence, day: str, text: str, kind: str, claim: str,
                                    verdict: str) -> None:
    assert [m.verdict for m in marks_on(stored, text, day, kind, claim)] == [verdict]


def _count(counted: str | None, category: str = "released", unit: str | None = None) -> Figure:
    return Figure(doc_id="d", start=0, end=2, text="30", value=30, counted=counted, category=category, unit=unit)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("soldiers", "aid workers", True),
        ("hostages", "captives", False),  # synonyms
        ("hostages", "aid workers", False),  # a captive role may be anyone
        ("people", "aid workers", False),  # a generic head counts anyone
        (None, "aid workers", False),  # nothing said of who is counted
    ],
)
def test_counts_conflict(a: str | None, b: str, conflict: bool) -> None:
    assert counts_conflict([_count(a)], [_count(b)]) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ({"Goma"}, {"Kinshasa"}, True),
        ({"the town of Gao"}, {"Gao region"}, False),
        ({"northern Mali"}, {"Mali"}, False),
        (set(), {"Goma"}, False),
        ({"the camp"}, {"Goma"}, False),  # a kind of place names no place
    ],
)
def test_places_conflict(a: set[str], b: set[str], conflict: bool) -> None:
    assert places_conflict(a, b) is conflict
