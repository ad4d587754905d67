"""Shares shot down, groups that may hold the draft's people, agencies' descriptive words, statements of other wars.

"Shot down 41 out of 52 drones" and "shot down 85% of the missiles" count what was downed, not a
decrease, so they are compared like any count. "600 detainees freed" neither backs nor contradicts
"600 women freed" (the women may or may not be among them): unsourced, with the detainees' count
shown. "The UN children's agency" shares only its description with "Save the Children": two
sources. A UN agency's statement about one war is not the same statement about another.

Reports and drafts are wire-style sentences written for these tests (Israel 2024, Yemen 2024,
Somalia 2024, Ethiopia 2023, Sudan 2024), not copied from any evaluation set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import claimants_compatible, group_may_hold

from .conftest import evidence_of, marks_on

REPORTS = [
    ("iran", "2024-04-14", "Israel's military said its air defences shot down 41 out of 52 drones launched from Iran."),
    ("iran2", "2024-04-14", "The military said Israeli jets shot down 85% of the cruise missiles fired at Israel."),
    ("somalia", "2024-08-05", "The Somali army said 600 detainees were freed from a prison near Baidoa on Sunday."),
    ("tigray", "2023-05-20", "The UN refugee agency said 40,000 refugees had crossed into Sudan from Tigray."),
    ("sudan", "2024-07-02", "Save the Children said 1,500 children were killed in Darfur in June."),
    ("yemen", "2024-07-03", "UNICEF said about 11,000 children had been killed or maimed in Yemen since 2015."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


@pytest.mark.parametrize(
    ("day", "text", "claim", "verdict"),
    [
        # Fail on the original code: "shot down" read as a decrease, never compared.
        ("2024-04-14", "Israel's military said its air defences shot down 41 out of 52 drones launched from Iran.",
         "41", "supported"),
        ("2024-04-14", "Israel's military said its air defences shot down 45 out of 52 drones launched from Iran.",
         "45", "contradicted"),
        ("2024-04-14", "The military said Israeli jets shot down 85% of the cruise missiles fired at Israel.",
         "85", "supported"),
        ("2024-04-14", "The military said Israeli jets shot down 60% of the cruise missiles fired at Israel.",
         "60", "contradicted"),
        # The same count of other things; a bound that holds the count.
        ("2024-04-14", "The military said Israeli jets shot down 85% of the drones fired at Israel.", "85",
         "unsourced"),
        ("2024-04-14", "The military said Israeli jets shot down more than 80% of the cruise missiles fired at Israel.",
         "80", "supported"),
    ],
)
def test_a_share_shot_down_is_a_count(stored: Evidence, day: str, text: str, claim: str, verdict: str) -> None:
    assert marks_on(stored, text, day, "figure", claim)[0].verdict == verdict


def test_a_group_that_may_hold_the_draft_people_is_shown_not_counted(stored: Evidence) -> None:
    # Fails on the original code: the reason said no report gave the figure, and listed none.
    mark = marks_on(stored, "The Somali army said 600 women were freed from a prison near Baidoa.",
                    "2024-08-05", "figure", "600")[0]
    assert mark.verdict == "unsourced"
    assert "600 detainees" in mark.reason
    assert [s.doc_id for s in mark.evidence] == ["somalia"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Somali army said 600 people were freed from a prison near Baidoa on Sunday.", "supported"),
        ("The Somali army said 600 prisoners were freed from a prison near Baidoa on Sunday.", "supported"),
        ("The Somali army said 700 detainees were freed from a prison near Baidoa on Sunday.", "contradicted"),
    ],
)
def test_the_group_itself_is_still_compared(stored: Evidence, text: str, verdict: str) -> None:
    assert marks_on(stored, text, "2024-08-05", "figure", "00")[0].verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Refugees who crossed are the people who crossed; the women among them are not all of them.
        # Fails on the original code: the refugees' count was filed as displaced, the people's as other.
        ("The UNHCR said 40,000 people had crossed into Sudan from Tigray.", "supported"),
        ("The UNHCR said 30,000 people had crossed into Sudan from Tigray.", "contradicted"),
        # Another verb is another act: people who went home are not the refugees who crossed.
        ("The UNHCR said 40,000 people had returned to Tigray from Sudan.", "unsourced"),
        ("The UNHCR said 40,000 women had crossed into Sudan from Tigray.", "unsourced"),
    ],
)
def test_refugees_are_people_but_not_women(stored: Evidence, text: str, verdict: str) -> None:
    assert marks_on(stored, text, "2023-05-21", "figure", "0,000")[0].verdict == verdict


@pytest.mark.parametrize(
    ("mine", "theirs", "holds"),
    [
        ("women", "hostages", True),
        ("children", "refugees", True),
        ("women", "people", False),  # a whole, not a group an event made
        ("hostages", "women", False),
        ("Israeli women", "Palestinian prisoners", False),
    ],
)
def test_group_may_hold(mine: str, theirs: str, holds: bool) -> None:
    assert group_may_hold(mine, theirs) is holds


def test_an_agency_description_is_no_name_shared(stored: Evidence) -> None:
    # Fails on the original code: "children" made the UN agency and the charity one source.
    mark = marks_on(stored, "The UN children's agency said 1,500 children were killed in Darfur in June.",
                    "2024-07-02", "figure", "1,500")[0]
    assert mark.verdict == "misattributed"
    assert "Save the Children" in mark.reason


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the UN children's agency", "Save the Children", False),
        ("UN Women", "Women for Women International", False),
        ("the UN human rights office", "Human Rights Watch", False),
        # Guards: one agency written two ways, an agency and its chief by name.
        ("the UN food agency", "World Food Programme", True),
        ("UNHCR chief Filippo Grandi", "Filippo Grandi", True),
        ("UN Women", "UN Women executive director Sima Bahous", True),
    ],
)
def test_agency_words_and_claimants(a: str, b: str, same: bool) -> None:
    assert claimants_compatible(a, b) is same


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The war in Sudan has no end in sight. UNICEF said 1,500 children were killed in Darfur in June.",
         "misattributed"),
        # Fails on the original code: UNICEF's Yemen statement backed a Sudan draft.
        ("The war in Sudan has no end in sight. UNICEF said 11,000 children had been killed or maimed since 2015.",
         "unsourced"),
        # Guards: the same war, with the venue of the briefing named.
        ("The war in Yemen goes on. UNICEF told reporters in Geneva that about 11,000 children had been "
         "killed or maimed since 2015.", "supported"),
        ("The war in Yemen goes on. UNICEF said about 15,000 children had been killed or maimed since 2015.",
         "contradicted"),
    ],
)
def test_a_statement_about_another_war_is_not_the_same(stored: Evidence, text: str, verdict: str) -> None:
    assert marks_on(stored, text, "2024-07-03", "attribution", "children")[0].verdict == verdict
