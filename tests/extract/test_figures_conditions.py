"""Figures of people alive whose health is told after a toll: conditions, care needed, irritants.

"Another 14 are in critical condition" or "another 60 need treatment" after a toll are not the dead
told before: they are the wounded after violence, and otherwise people in care of no category.
Irritants breathed ("affected by tear gas") are a harm to the body. Guards keep things in poor
condition, captives, the dead's own words and needs that are no care as they were.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A roadside bomb killed 9 soldiers near Gao. Another 16 are in critical condition.", "16"),
        ("Houthi gunmen killed five fishermen off Hodeidah. Three remain in serious condition.", "Three"),
        ("The suicide bombing in Peshawar killed 31. At least 50 were in critical condition.", "At least 50"),
        ("Militants killed seven policemen in Bannu. Two more are in critical but stable condition.", "Two"),
        ("A mortar blast killed four children in Taiz. Two others remain in intensive care.", "Two"),
        ("Rebels killed 11 villagers in Ituri on Friday. Another 35 need treatment.", "35"),
        ("Police shot dead two students in Dhaka. Dozens were affected by tear gas.", "Dozens"),
        ("A fire at the depot killed six workers. Another 20 were affected by smoke.", "20"),
        ("An explosion killed 12 miners in Balochistan. Twenty were rushed to hospital for treatment.", "Twenty"),
        ("Two victims remain in critical condition after the grenade attack in Manipur.", "Two"),
    ],
)
def test_the_living_after_a_toll_are_injured(text: str, span: str) -> None:
    assert figure_in(text, span).category == "injured"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cholera has killed 28 people in Aden. About 15 are in critical condition.", "About 15"),
        ("Heatstroke killed 14 pilgrims near Arafat. Another 60 need treatment.", "60"),
        ("Floods killed 52 people in Sindh. Another 4,000 suffer from waterborne diseases.", "4,000"),
    ],
)
def test_the_living_without_violence_are_no_dead(text: str, span: str) -> None:
    assert figure_in(text, span).category == "other"


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # things in poor condition are not people
        ("The shelling destroyed 20 houses in Bakhmut. Another 35 are in poor condition.", "35", "other"),
        ("After the blast 40 vehicles were in poor condition.", "40", "other"),
        # the held stay held, the wounded stay wounded
        ("Police arrested 14 protesters in Tbilisi. Ten were affected by pepper spray.", "Ten", "other"),
        ("Kidnappers seized 20 pupils in Kaduna. Five remain in captivity.", "Five", "held"),
        ("The attack on the market wounded 40. Of the 40 injured, 12 are in critical condition.", "12", "injured"),
        # the dead's own words and what kills stay killed
        ("Clashes killed 20 in Tripoli. Another 5 suffered fatal wounds.", "5", "killed"),
        ("Fighting killed 9 in Tigray; 3 bodies were in bad condition.", "3", "killed"),
        # needs that are no care
        ("Floods killed 41 people in Borno. Another 30,000 need food aid.", "30,000", "other"),
        ("Shelling killed seven civilians in Kharkiv. Some 20 buildings need repair.", "Some 20", "other"),
        # no condition: 'in a condition to', 'in serious trouble'
        ("Gunmen killed 10 at a bar in Soweto. Another 4 were in serious trouble.", "4", "killed"),
    ],
)
def test_condition_guards(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category
