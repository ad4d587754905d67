"""Who is the same source in a civil war, what a denial says, and whose offer a number is.

The reports and drafts are news-like sentences written for these tests (Yemen 2024, eastern
Congo 2025, Sudan 2025), not copied from any dev set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import claimants_compatible

from .conftest import evidence_of, marks_on

REPORTS = [
    ("marib", "2024-03-05", "Yemen's health ministry said 14 people were killed when a missile hit a market in "
     "Marib on Tuesday."),
    ("icrc", "2024-03-06", "The International Committee of the Red Cross said it had visited 120 detainees held "
     "in Sanaa."),
    ("goma", "2025-02-03", "Congo's army on Monday denied that it was holding 60 M23 fighters in Goma."),
    ("offer", "2025-02-04", "The M23 offered on Tuesday to free 45 Congolese soldiers in exchange for 80 of its "
     "fighters, rebel spokesman Lawrence Kanyuka said."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # One country, two sides of a civil war: a shared country no longer makes them one source.
        ("The RSF", "Sudan's health ministry", False),
        ("the Houthis", "Yemen's government", False),
        ("Hezbollah", "Lebanon's health ministry", False),
        ("Hamas", "Islamic Jihad", False),
        # An acronym and its name are one source.
        ("The ICRC", "the International Committee of the Red Cross", True),
        ("The RSF", "the Rapid Support Forces", True),
        ("OCHA", "the Office for the Coordination of Humanitarian Affairs", True),
        # Guards: what was compatible stays so; two-letter acronyms and part-names do not match.
        ("Israeli officials", "the Israeli military", True),
        ("the IDF", "Israeli officials", True),
        ("The RSF", "RSF spokesman Al-Fateh Qurashi", True),
        ("the Houthis", "Houthi officials", True),
        ("Hamas", "the Hamas-run health ministry", True),
        ("Sudan's army", "the army", True),
        ("UN", "the Ukrainian Navy", False),
        ("the Red Cross", "the ICRC", False),
        ("Hamas", "Israeli officials", False),
    ],
)
def test_claimants_in_a_civil_war_and_by_acronym(a: str, b: str, same: bool) -> None:
    assert claimants_compatible(a, b) is same
    assert claimants_compatible(b, a) is same


@pytest.mark.parametrize(
    ("day", "text", "kind", "claim", "verdict"),
    [
        # The rebels did not give the ministry's toll: it is not backed as theirs.
        ("2024-03-05", "The Houthis said 14 people were killed in the Marib market strike.", "figure", "14",
         "unsourced"),
        ("2024-03-05", "The Houthis said 14 people were killed in the Marib market strike.", "attribution",
         "14 people", "misattributed"),
        ("2024-03-05", "Yemen's health ministry said 14 people were killed in the Marib market strike.", "figure",
         "14", "supported"),
        # The ICRC is the International Committee of the Red Cross.
        ("2024-03-06", "The ICRC said it had visited 120 detainees held in Sanaa.", "figure", "120", "supported"),
        ("2024-03-06", "The ICRC said it had visited 120 detainees held in Sanaa.", "attribution", "120",
         "supported"),
        # Admitting what the source denied is the opposite statement; repeating the denial is not.
        ("2025-02-03", "Congo's army admitted on Monday that it was holding 60 M23 fighters in Goma.",
         "attribution", "60 M23", "contradicted"),
        ("2025-02-03", "Congo's army denied on Monday that it was holding 60 M23 fighters in Goma.",
         "attribution", "60 M23", "supported"),
        ("2025-02-03", "Congo's army said on Monday that it was not holding 60 M23 fighters in Goma.",
         "attribution", "60 M23", "supported"),
        # An offer told as an offer is backed by the offer, not accused of being told as done.
        ("2025-02-04", "The M23 offered to free 45 Congolese soldiers in exchange for 80 of its fighters.",
         "figure", "45", "supported"),
        ("2025-02-04", "The M23 freed 45 Congolese soldiers on Tuesday.", "figure", "45", "contradicted"),
    ],
)
def test_sides_denials_and_offers(stored: Evidence, day: str, text: str, kind: str, claim: str,
                                  verdict: str) -> None:
    assert [m.verdict for m in marks_on(stored, text, day, kind, claim)] == [verdict]


def test_one_sentence_is_listed_once_behind_a_mark() -> None:
    """Three events of one report sentence are one piece of evidence to a reader."""
    stored = evidence_of([("fasher", "2025-10-11", "Shelling of a market in El Fasher killed 45 people and "
                                                   "wounded 112 on Saturday, Sudan's health ministry said.")])
    marks = marks_on(stored, "Shelling of a market in El Fasher killed 45 people on Saturday, Sudan's health "
                             "ministry said.", "2025-10-11", "event", "Shelling")
    sentences = [(s.doc_id, s.sentence) for s in marks[0].evidence]
    assert sentences and len(sentences) == len(set(sentences))
