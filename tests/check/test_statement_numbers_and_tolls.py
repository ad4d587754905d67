"""Numbers inside statements, a claimant's own other count, death tolls and two-letter acronyms.

The reports and drafts are wire-style sentences written for these tests (Lebanon 2024, Gaza 2024,
Mali 2025, Sudan 2024, eastern Congo 2025); none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import claimants_compatible

from .conftest import evidence_of, marks_on

LEBANON_DAY = "2024-09-25"


@pytest.fixture(scope="module")
def lebanon() -> Evidence:
    return evidence_of([
        ("leb-1", LEBANON_DAY, "Israeli air strikes on southern Lebanon killed 51 people on Wednesday, "
                               "Lebanon's health ministry said."),
        ("leb-2", LEBANON_DAY, "The death toll in Lebanon has passed 1,000 since the escalation began, "
                               "the health ministry said."),
    ])


@pytest.mark.parametrize(
    ("draft", "claim", "verdict"),
    [
        # The draft rounds what the ministry said: no misquote.
        ("Israeli strikes killed more than 50 people in southern Lebanon on Wednesday, the health ministry said.",
         "more than 50", "supported"),
        ("Israeli strikes killed about 50 people in southern Lebanon on Wednesday, the health ministry said.",
         "about 50", "supported"),
        # Another number is still a misquote.
        ("Israeli strikes killed 49 people in southern Lebanon on Wednesday, the health ministry said.",
         "49 people", "contradicted"),
        # The source's own bound states no number inside it.
        ("The death toll in Lebanon has passed 1,100 since the escalation began, the health ministry said.",
         "1,100", "contradicted"),
        # Another source with another number: its own count, not the draft's statement misattributed.
        ("Israeli strikes killed 15 people in southern Lebanon on Wednesday, the civil defence said.",
         "15 people", "unsourced"),
        # Another source with the same number: misattributed, as before.
        ("Israeli strikes killed 51 people in southern Lebanon on Wednesday, the civil defence said.",
         "51 people", "misattributed"),
    ],
)
def test_statement_numbers_allow_rounding_but_not_substitution(lebanon: Evidence, draft: str, claim: str,
                                                                verdict: str) -> None:
    marks = marks_on(lebanon, draft, LEBANON_DAY, "attribution", claim)
    assert [m.verdict for m in marks] == [verdict]


@pytest.mark.parametrize(
    ("number", "verdict"),
    [("10", "supported"), ("30", "unsourced")],
)
def test_same_source_elsewhere_must_give_the_same_numbers(number: str, verdict: str) -> None:
    evidence = evidence_of([("gaza-1", "2024-07-08", "Hamas offered to release 10 Israeli hostages in exchange for "
                                                     "a six-week ceasefire, a Hamas official said.")])
    draft = f"Hamas offered to free {number} hostages in return for a six-week truce, a Hamas official said."
    marks = marks_on(evidence, draft, "2024-07-08", "attribution", f"{number} hostages")
    assert [m.verdict for m in marks] == [verdict]


MALI_DAY = "2025-06-03"
BOULKESSI = ("Jihadist fighters killed 31 soldiers in an attack on an army base in Boulkessi on Sunday, security "
             "sources said.")
ARMY_COUNT = "The army said in a statement that 12 soldiers died and that it had repelled the assault."


@pytest.mark.parametrize(
    ("reports", "verdict"),
    [
        # One report gives both counts: the army's is 12, so "the army said 31" is wrong.
        ([("mali-1", f"{BOULKESSI} {ARMY_COUNT}")], "contradicted"),
        # Told apart in two reports, the army's 12 may count another attack: no accusation.
        ([("mali-1", BOULKESSI), ("mali-2", ARMY_COUNT)], "unsourced"),
        # The army's count since January is no rival of one attack's.
        ([("mali-1", BOULKESSI),
          ("mali-2", "The Malian army said 120 soldiers had been killed in attacks across central Mali "
                     "since January.")],
         "unsourced"),
    ],
)
def test_claimants_own_other_count_in_the_same_report_contradicts(reports: list[tuple[str, str]],
                                                                   verdict: str) -> None:
    evidence = evidence_of([(doc, MALI_DAY, text) for doc, text in reports])
    marks = marks_on(evidence, "The Malian army said 31 troops died when jihadists raided its Boulkessi base.",
                     MALI_DAY, "figure", "31")
    assert [m.verdict for m in marks] == [verdict]


SUDAN_DAY = "2024-03-14"


@pytest.fixture(scope="module")
def omdurman() -> Evidence:
    return evidence_of([
        ("sdn-1", SUDAN_DAY, "The death toll from Monday's shelling of a market in Omdurman has risen to 58, "
                             "the Sudanese health ministry said on Thursday."),
        ("sdn-2", SUDAN_DAY, "The toll from the Kassala floods rose to 14, the Sudanese health ministry said."),
    ])


@pytest.mark.parametrize(
    ("draft", "claim", "verdict"),
    [
        # "people killed" and "the death toll" of one shelling are one count.
        ("The health ministry said 85 people were killed in the market shelling in Omdurman.", "85", "contradicted"),
        ("The health ministry said 58 people were killed in the market shelling in Omdurman.", "58", "supported"),
        # Another place: the Omdurman toll says nothing of a shelling in El Fasher.
        ("Shelling of a market in El Fasher killed 85 people, the health ministry said.", "85", "unsourced"),
        ("RSF shelling killed 85 people in El Fasher on Monday, the health ministry said.", "85", "unsourced"),
        # A count added to the toll is not the toll.
        ("Shelling of a market in Omdurman on Thursday killed 12 more people, the health ministry said.", "12",
         "unsourced"),
        # Another event in the same words is not the flood's toll.
        ("Drone strikes killed 30 people in Khartoum on Thursday, the health ministry said.", "30", "unsourced"),
    ],
)
def test_a_toll_and_a_count_of_people_killed_are_one_count_of_one_event(omdurman: Evidence, draft: str, claim: str,
                                                                        verdict: str) -> None:
    marks = marks_on(omdurman, draft, SUDAN_DAY, "figure", claim)
    assert [m.verdict for m in marks] == [verdict]


def test_overall_toll_is_no_rival_of_a_days_count() -> None:
    evidence = evidence_of([("gaza-t", "2024-07-02", "The Gaza health ministry said the overall death toll in the "
                                                     "territory had risen to 37,900.")])
    marks = marks_on(evidence, "Israeli strikes killed 40 people in Gaza on Tuesday, the health ministry said.",
                     "2024-07-02", "figure", "40")
    assert [m.verdict for m in marks] == ["unsourced"]


def test_un_is_the_united_nations() -> None:
    evidence = evidence_of([("cod-1", "2025-02-15", "The United Nations said some 350,000 people had been displaced "
                                                    "by fighting in South Kivu since January.")])
    draft = "Around 350,000 people have been displaced by fighting in South Kivu since January, the UN said."
    assert [m.verdict for m in marks_on(evidence, draft, "2025-02-15", "figure", "350,000")] == ["supported"]
    assert [m.verdict for m in marks_on(evidence, draft, "2025-02-15", "attribution", "350,000")] == ["supported"]


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("the UN", "the United Nations", True),
        ("UN officials", "United Nations", True),
        ("the AU", "the African Union", True),
        # Two letters name a body only on their own, and never one that names a country.
        ("the UN", "the Ukrainian Navy", False),
        ("US-backed forces", "the United Nations", False),
        ("UN OCHA", "the United Nations", False),
        ("the UN", "the European Union", False),
    ],
)
def test_two_letter_acronyms(a: str, b: str, compatible: bool) -> None:
    assert claimants_compatible(a, b) is compatible
