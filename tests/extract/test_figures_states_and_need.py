"""Figures of people in a state of their own (affected, in need), of people in care with no wound,
and of the displaced and needy in humanitarian copy.

A count with no noun takes the category of the figure before it ("30 of them", "another 50 were
wounded"), but not when its own predicate names a lot no category names: "a further 33 million have
been affected" after a death toll is no toll. People taken to hospital for observation, with an
illness or as the patients of one are in care, neither seized ("taken") nor wounded.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # a state of its own after a toll: not the dead
    ("Floods in Niger State killed 41 people in 2024. A further 230,000 have been affected.", "230,000", "other"),
    ("Monsoon rains have killed 300 people in Sindh. About 12 million have been affected.", "About 12 million",
     "other"),
    ("Cyclone Freddy killed 500 people in Malawi. Around 800,000 are in need of food aid, the WFP said.",
     "Around 800,000", "other"),
    ("Fighting in Darfur killed 2,000 people in 2023. Almost 9 million need humanitarian assistance.",
     "Almost 9 million", "other"),
    ("The siege killed 300 people in Tigray. A further 2 million are at risk of famine.", "2 million", "other"),
    ("Floods killed 12 people and affected 40,000 in Chad's Mandoul province in 2022.", "40,000", "other"),
    ("The clashes displaced 12,000 people in Borno. About 40,000 have fled and 90,000 are in need of aid.",
     "90,000", "other"),
    # guards: a state the categories name, or care needed by the wounded, keeps its category
    ("The earthquake killed 2,000 people in Herat. More than 20,000 were left homeless.", "More than 20,000",
     "displaced"),
    ("Shelling killed 12 people in Kharkiv. Another 40 were wounded.", "40", "injured"),
    ("The raid killed five soldiers in Tillaberi. Seven others are missing, the army said.", "Seven", "missing"),
    ("At least 30 people were wounded in the blast in Quetta in 2019. Ten need surgery.", "Ten", "injured"),
    ("The attack wounded 25 people in Jenin. Six are in need of urgent medical care.", "Six", "injured"),
    ("The blast injured 30 people in Aden. Eighteen were affected by burns.", "Eighteen", "injured"),
    ("Police detained 200 protesters in Tbilisi. Fifteen need medical attention.", "Fifteen", "captured"),
])
def test_a_state_of_its_own_is_not_inherited(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # in care for no wound: neither seized nor hurt
    ("Six people were taken to hospital for observation after the gas leak in Aden.", "Six", "other"),
    ("Nine people were taken to hospital for observation after the explosion in Kirkuk.", "Nine", "other"),
    ("Hundreds of cholera patients were taken to hospital in Hodeidah in 2017.", "Hundreds", "other"),
    ("Six cancer patients were taken to hospital in Amman.", "Six", "other"),
    ("Forty children were taken to hospital suffering from dehydration in the camp near Baidoa.", "Forty",
     "other"),
    ("About 150 were taken to hospital suffering from exhaustion during the march in Dhaka.", "About 150",
     "other"),
    ("A suicide bomber killed 22 people in Peshawar. Another 50 were treated for shock.", "50", "other"),
    # guards: a wound or a wound cause keeps them wounded; captives and the dead keep their own category
    ("Twelve people were taken to hospital with gunshot wounds after the clash in Juba.", "Twelve", "injured"),
    ("Eleven people were taken to hospital suffering from burns in Kramatorsk.", "Eleven", "injured"),
    ("Four trauma patients were taken to hospital in Khan Younis.", "Four", "injured"),
    ("The blast killed 14 people in Kabul. Another 30 were taken to hospital with shrapnel wounds.", "30",
     "injured"),
    ("Twelve bodies were taken to hospital for identification in Antakya.", "Twelve", "killed"),
    ("Two released prisoners were taken to hospital for observation in Ramallah.", "Two", "released"),
    ("The gunmen took 14 villagers to an unknown location in Zamfara.", "14", "captured"),
])
def test_care_without_a_wound_is_other(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category", "counted"), [
    ("The violence in Rakhine forced 700,000 Rohingya from their homes in 2017.", "700,000", "displaced",
     "Rohingya"),
    ("The storm left 1,500 people homeless in Sofala province.", "1,500", "displaced", "people"),
    ("About 2.3 million people need food aid in Somalia, the WFP said.", "About 2.3 million", "other", "people"),
    ("Some 12,000 Sudanese sought refuge in Chad last week, UNHCR said.", "Some 12,000", "displaced", "Sudanese"),
    ("The fighting has uprooted 300,000 people in North Kivu since January.", "300,000", "displaced", "people"),
    ("About 500 families were relocated from the flood zone in Beledweyne.", "About 500", "displaced",
     "families"),
])
def test_humanitarian_figures(text: str, span: str, category: str, counted: str) -> None:
    figure = figure_in(text, span)
    assert (figure.category, figure.counted) == (category, counted)
