"""Other names of one claimant, and counts of a part of a group beside the whole.

A draft names a body as the actor dictionary knows it ("the RSF" / "the Rapid Support Forces", "the
SPLM-IO" / its long name, which holds "Sudan" though the movement is South Sudan's), and counts a
group within a stored count ("40,000 children" of "350,000 people"): a part is no contradiction of
its whole unless it is larger. The reports and drafts are written for these tests (Sudan 2025,
South Sudan 2025, Syria 2024, Myanmar 2024), not copied from any evaluation set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import claimant_key, claimants_compatible, counted_relation
from parley.extract.actors import organisation_written

from .conftest import evidence_of, marks_on

REPORTS = [
    ("fasher", "2025-05-06", "The UN humanitarian office said 350,000 people had been "
     "displaced from El Fasher since April."),
    ("drones", "2025-05-06", "The Rapid Support Forces said its fighters had shot "
     "down two army drones over Port Sudan."),
    ("nasir", "2025-03-09", "The Sudan People's Liberation Movement-in-Opposition "
     "said 27 of its fighters were killed in "
     "clashes with government troops in Nasir county."),
    ("sagaing", "2024-10-01", "A drone strike on a wedding in Sagaing region killed "
     "25 villagers, among them eight women, "
     "the National Unity Government said."),
    ("deir", "2024-05-20", "The Syrian Democratic Forces said they had detained 150 "
     "Islamic State suspects in Deir el-Zor."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


@pytest.mark.parametrize(
    ("day", "text", "claim", "verdict"),
    [
        # A part of the displaced, fewer than the whole: another group, not another number.
        ("2025-05-06", "The UN humanitarian office said 120,000 women had been displaced from El Fasher since April.",
         "120,000", "unsourced"),
        # A part larger than its whole cannot be.
        ("2025-05-06", "The UN humanitarian office said 400,000 children had "
         "been displaced from El Fasher since April.",
         "400,000", "contradicted"),
        # The same group with another number still is a contradiction.
        ("2025-05-06", "OCHA said 300,000 people had been displaced "
         "from El Fasher since April.", "300,000", "contradicted"),
        ("2025-05-06", "OCHA said 350,000 people had been displaced "
         "from El Fasher since April.", "350,000", "supported"),
        # The long name says "Sudan", the movement is South Sudan's: its acronym is the same claimant.
        ("2025-03-09", "The SPLM-IO said 27 of its fighters were "
         "killed in clashes in Nasir county.", "27", "supported"),
        ("2025-03-09", "The SPLM-IO said 35 of its fighters were "
         "killed in clashes in Nasir county.", "35", "contradicted"),
        # The Sudanese army is the RSF's enemy, though both are Sudan's.
        ("2025-05-06", "The Sudanese army said its forces shot down "
         "two RSF drones over Port Sudan.", "two", "misattributed"),
        ("2025-05-06", "The RSF said its fighters had shot down two army drones over Port Sudan.", "two", "supported"),
        # The report counts eight women among 25 villagers: twelve women is the same group with another number.
        ("2024-10-01", "A drone strike on a wedding in Sagaing region killed 12 "
         "women, the National Unity Government said.",
         "12", "contradicted"),
        ("2024-10-01", "A drone strike on a wedding in Sagaing region killed 30 "
         "women, the National Unity Government said.",
         "30", "contradicted"),
        ("2024-05-20", "The Syrian army said it had detained 150 Islamic "
         "State suspects in Deir el-Zor.", "150", "misattributed"),
        ("2024-05-20", "The SDF said it had detained 150 Islamic State suspects in Deir el-Zor.", "150", "supported"),
    ],
)
def test_aliases_and_parts_of_a_count(stored: Evidence, day: str, text: str, claim: str, verdict: str) -> None:
    assert [m.verdict for m in marks_on(stored, text, day, "figure", claim)] == [verdict]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the SPLM-IO", "the Sudan People's Liberation Movement-in-Opposition", True),
        ("the Sudan People's Liberation Movement", "the SPLM", True),
        ("the Rapid Support Forces", "the Sudanese Armed Forces", False),
        ("the Rapid Support Forces", "Sudan's health ministry", False),
        ("the Syrian Democratic Forces", "Syria's defence ministry", False),
        ("the Tigray People's Liberation Front", "Ethiopia's government", False),
        # Guards: a splinter's acronym is not its parent's, and a suffix that is no splinter keeps the name.
        ("the SPLA", "the SPLA-IO", False),
        ("the SPLM", "the SPLM-IO", False),
        ("the Sudan People's Liberation Movement-North", "the SPLM-IO", False),
        ("FARC-EP", "the FARC", True),
        ("the IDF", "the Israeli army", True),
        ("the IRGC", "Iran's Islamic Revolutionary Guard Corps", True),
        ("OCHA", "the UN humanitarian office", True),
        ("NATO", "the NATO-Russia Council", False),
    ],
)
def test_other_names_of_one_claimant(a: str, b: str, same: bool) -> None:
    assert claimants_compatible(a, b) is same


@pytest.mark.parametrize(
    ("claimant", "country"),
    [
        ("the Sudan People's Liberation Movement-in-Opposition", "SSD"),
        # A name that holds no other country keeps the country written beside it.
        ("the Indian National Congress", "IND"),
        ("the Rapid Support Forces", "SDN"),
    ],
)
def test_a_body_keeps_its_own_country(claimant: str, country: str) -> None:
    key = claimant_key(claimant)
    assert key is not None and key.country == country


@pytest.mark.parametrize(
    ("mine", "theirs", "relation"),
    [
        ("children", "people", "part"),
        ("people", "civilians", "whole"),
        ("Palestinians", "people", "same"),
        ("its fighters", "soldiers", "same"),
        ("women", "soldiers", None),
        ("Palestinian prisoners", "Israeli hostages", None),
    ],
)
def test_counted_relation(mine: str, theirs: str, relation: str | None) -> None:
    assert counted_relation(mine, theirs) == relation


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the Rapid Support Forces", "REB"),
        ("the party congress", None),  # a name in lower case is a word
    ],
)
def test_organisation_written(text: str, sector: str | None) -> None:
    found = organisation_written(text)
    assert (found.sector if found else None) == sector
