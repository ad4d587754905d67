"""Paraphrases a fact-checker meets: another name of one body, another word for the same people,
a town named where a report named its province.

The reports and drafts are news-like sentences written for these tests (Yemen 2024, Gaza 2024,
Colombia 2025, Syria 2024, Myanmar 2024, Nigeria 2025), not copied from any dev set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import claimants_compatible, counted_compatible, places_conflict, places_nested

from .conftest import evidence_of, marks_on

REPORTS = [
    ("yemen", "2024-01-13", "Six of its men were killed in the US and British strikes on Friday, "
     "the Houthi movement said."),
    ("msf", "2024-01-20", "Doctors Without Borders said five of its staff members had been killed in Gaza "
     "since October."),
    ("cali", "2025-08-21", "A truck bomb killed six police officers in Cali, Colombian President Gustavo Petro said."),
    ("idlib", "2024-03-10", "Government airstrikes killed 19 people in Idlib province on Sunday, the monitor said."),
    ("sagaing", "2024-05-09", "Junta troops killed 25 villagers in Sagaing region on Wednesday, "
     "the National Unity Government said."),
    ("borno", "2025-02-11", "Boko Haram fighters killed 18 soldiers in an attack on a base in Borno state, "
     "military sources said."),
    ("kharkiv", "2024-06-01", "Shelling killed five people in Kharkiv, regional governor Oleh Syniehubov said."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


@pytest.mark.parametrize(
    ("day", "text", "claim", "verdict"),
    [
        # "its men" of an armed group are its fighters.
        ("2024-01-13", "Six of its fighters died in the US and British strikes, the Houthi movement said.",
         "Six", "supported"),
        ("2024-01-13", "Six Houthi fighters were killed in the strikes, the Houthi movement said.", "Six", "supported"),
        # A policeman is a police officer.
        ("2025-08-21", "A truck bomb killed six policemen in Cali, President Gustavo Petro said.", "six", "supported"),
        # MSF is Doctors Without Borders: the same source, not another one.
        ("2024-01-20", "MSF said five of its staff members had been killed in Gaza since October.",
         "five", "supported"),
        ("2024-01-20", "Medecins Sans Frontieres said five of its staff members had been killed in Gaza.",
         "five", "supported"),
        # A town of the province's country (or one the gazetteer does not know) may lie in it.
        ("2024-03-10", "Government airstrikes killed 19 people in Maarat al-Numan on Sunday, the monitor said.",
         "19", "supported"),
        ("2024-05-09", "Junta troops killed 25 villagers near Monywa on Wednesday, the National Unity Government said.",
         "25", "supported"),
        ("2025-02-11", "Boko Haram fighters killed 18 soldiers in an attack on a base in Maiduguri, "
         "military sources said.", "18", "supported"),
        # Guards: a town's count is no contradiction of its province's; another region, another country.
        ("2024-03-10", "Government airstrikes killed 25 people in Maarat al-Numan on Sunday, the monitor said.",
         "25", "unsourced"),
        ("2024-03-10", "Government airstrikes killed 19 people in Hama province on Sunday, the monitor said.",
         "19", "unsourced"),
        ("2024-03-10", "Government airstrikes killed 19 people in Mosul on Sunday, the monitor said.",
         "19", "unsourced"),
        ("2024-05-09", "Junta troops killed 25 villagers in Mandalay region on Wednesday, "
         "the National Unity Government said.", "25", "unsourced"),
        # A speaker named by the title his name was written with: the same source.
        ("2024-06-01", "Shelling killed five people in Kharkiv, the governor said.", "five", "supported"),
        ("2024-06-01", "Shelling killed five people in Kharkiv, the regional governor said.", "five", "supported"),
        # Guards: another title is another speaker; a title never makes a contradiction by itself.
        ("2024-06-01", "Shelling killed five people in Kharkiv, the mayor said.", "five", "unsourced"),
        ("2024-06-01", "Shelling killed five people in Kharkiv, the defence minister said.", "five", "unsourced"),
        # Guards: six women are not six of its men; a soldier is not a policeman.
        ("2024-01-13", "Six women were killed in the US and British strikes, the Houthi movement said.",
         "Six", "unsourced"),
        ("2025-08-21", "A truck bomb killed six soldiers in Cali, President Gustavo Petro said.", "six", "unsourced"),
    ],
)
def test_paraphrased_figure_verdicts(stored: Evidence, day: str, text: str, claim: str, verdict: str) -> None:
    assert marks_on(stored, text, day, "figure", claim)[0].verdict == verdict


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("MSF", "Doctors Without Borders", True),
        ("Médecins Sans Frontières", "MSF's head of mission", True),
        ("The Houthis", "Ansar Allah", True),
        ("Hezbollah", "Hizbollah", True),
        ("the UN refugee agency", "UNHCR", True),
        ("ISWAP", "Islamic State West Africa Province", True),
        # Guards: one group's province is not the group; a national society is not the ICRC.
        ("Islamic State", "ISWAP", False),
        ("Kenya Red Cross", "the ICRC", False),
        ("UNRWA", "UNICEF", False),
        ("MSF", "Save the Children", False),
    ],
)
def test_claimant_aliases(a: str, b: str, same: bool) -> None:
    assert claimants_compatible(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("its men", "fighters", True),
        ("their men", "soldiers", True),
        ("its men", "men", True),
        ("police officers", "policemen", True),
        ("police", "policemen", True),
        # Guards: men unowned are anyone; an army officer is no policeman.
        ("men", "soldiers", False),
        ("army officers", "policemen", False),
        ("its men", "women", False),
    ],
)
def test_counted_paraphrases(a: str, b: str, compatible: bool) -> None:
    assert counted_compatible(a, b, strict=True) is compatible


@pytest.mark.parametrize(
    ("a", "b", "nested"),
    [
        ("Idlib province", "Maarat al-Numan", True),
        ("Kharkiv region", "Kupiansk", True),
        ("the state of Borno", "Maiduguri", True),
        # Guards: two regions of a country, a town abroad, a bare name with no kind of region.
        ("Sagaing region", "Mandalay region", False),
        ("Idlib province", "Goma", False),
        ("Kunar province", "Peshawar", False),
        ("North Kivu", "Kigali", False),
    ],
)
def test_region_may_hold_a_town(a: str, b: str, nested: bool) -> None:
    assert places_conflict([a], [b])
    assert places_nested([a], [b]) is nested
    assert places_nested([b], [a]) is nested
