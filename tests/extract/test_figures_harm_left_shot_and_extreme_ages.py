"""Figure categories of people harmed where the counted noun or the verb's other sense would say
otherwise, and ages given after the oldest or youngest.

Forces in care for a wound, people left with wounds or fighting for their lives, and people shot (in
the passive) are the wounded, though "soldiers" alone counts forces and "shoot" alone what is fired;
the guards are the other senses of the same words (care for an illness, a population's need, aircraft
shot down, people shot at or filmed, a fight in battle) and superlatives of things.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # forces in care for a wound: wounded, not a count of forces
    ("Eleven soldiers needed hospital treatment after the ambush near Gao.", "Eleven", "injured"),
    ("Some 30 marines were treated in hospital after the car bomb in Mogadishu.", "Some 30", "injured"),
    ("Sixteen sailors required hospital treatment after the missile strike on their frigate.", "Sixteen", "injured"),
    # care for an illness, or a population's need, tells no wound
    ("Eleven soldiers needed hospital treatment for dengue fever last month.", "Eleven", "military"),
    ("Three fighters were treated for cholera at a field clinic near Marib.", "Three", "military"),
    ("Around 4 million people need medical help across Yemen.", "Around 4 million", "other"),
    ("About 200 pilgrims needed hospital treatment for heatstroke.", "About 200", "other"),
    # left with wounds, or fighting for their lives
    ("Three constables were left with serious injuries after the grenade attack in Srinagar.", "Three", "injured"),
    ("The explosion left six miners with burns.", "six", "injured"),
    ("Two guards were left with fatal wounds after the raid on the prison.", "Two", "killed"),
    ("Two gendarmes were left fighting for their lives after the attack in Ouagadougou.", "Two", "injured"),
    ("Four children are fighting for their lives in hospital in Dnipro.", "Four", "injured"),
    # left with no wound, or fighting in battle
    ("Some 300 families were left with nothing after the shelling of Bakhmut.", "Some 300", "other"),
    ("Around 5,000 troops were left with no food in the encircled town.", "Around 5,000", "military"),
    ("The war left 2 million people with no access to clean water.", "2 million", "other"),
    # shot, in the passive: hit by fire
    ("Two soldiers were shot in the chest during the raid on Jenin.", "Two", "injured"),
    ("Dozens of protesters were shot with rubber bullets in Tehran.", "Dozens", "injured"),
    ("Police detained four students. One of them, then 17, was shot in the leg.", "One", "injured"),
    # shot down, shot at, filmed, or shot dead
    ("Fourteen drones were shot down over Odesa overnight.", "Fourteen", "military"),
    ("Five boys were shot at but escaped unharmed, residents said.", "Five", "other"),
    ("Ten children were shot on camera by the film crew in Beirut.", "Ten", "other"),
    ("Three farmers were shot dead near their fields in Plateau state.", "Three", "killed"),
])
def test_harm_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # "at" and a bare number after the oldest or youngest of people: their age
    ("Dozens of residents died in the siege. He was one of the oldest, at 84.", "84", "age"),
    ("She was among the youngest, at 11, when she was taken.", "11", "age"),
    ("The youngest victim, at seven, was a boy from Kherson.", "seven", "age"),
    # superlatives of things with "at": no age
    ("Kabul had the highest rate, at 14%.", "14", "other"),
    ("The longest siege, at 80 days, ended in May.", "80", "duration"),
])
def test_extreme_at_age(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # captives freed, told in the passive: the release is the news, their taking their past
    ("Nine nurses who had been taken hostage were rescued by commandos near Port Harcourt.", "Nine", "released"),
    ("Fourteen traders who were abducted on the Kaduna highway were freed on Friday.", "Fourteen", "released"),
    ("Eight bloggers detained in Baku were released after a month.", "Eight", "released"),
    # captives who are not freed keep their taking
    ("Six soldiers captured near Avdiivka were handed over to military prosecutors.", "Six", "captured"),
    ("Twenty villagers who were abducted by bandits were found dead.", "Twenty", "killed"),
])
def test_captives_freed_in_the_passive(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category
