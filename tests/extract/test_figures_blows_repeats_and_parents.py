"""Figure categories the words of a harm, a repeated taking or a family description decide.

People beaten, stabbed or burned (in the passive) and people who lost a limb are the wounded, whatever
their noun counts; a verb of doing again ("rearrested") is a verb of its own; a parent's "of N" counts
children, not the dead; a tally of an adjective standing for people ("the number of missing") and a
share of materiel keep their category; a station is a place, not forces stationed. The guards are the
other senses of the same words: things burned, candidates beaten at the polls, towns retaken, homes
lost, "the father of two soldiers killed", shares of people.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # blows, blades or fire told of people in the passive: wounded
    ("Three reporters were beaten unconscious by plainclothes police in Minsk.", "Three", "injured"),
    ("Four shepherds were badly beaten by settlers near Hebron, the village head said.", "Four", "injured"),
    ("Seven inmates were brutally beaten by guards at the jail in Kampala.", "Seven", "injured"),
    ("Police said 16 detainees were beaten in custody last month.", "16", "injured"),
    ("Eight marines were badly burned when the fuel depot exploded.", "Eight", "injured"),
    ("Dozens of students were clubbed by riot police at the campus in Yangon.", "Dozens", "injured"),
    # things burned, blows that defeat, drive back or kill
    ("Forty shops were burned during the unrest in Kisumu.", "Forty", "other"),
    ("More than 200 homes were burned by gunmen in the Ituri region.", "More than 200", "other"),
    ("Three opposition candidates were beaten in the runoff in Lima.", "Three", "other"),
    ("Five villagers were beaten to death by militiamen in Mopti.", "Five", "killed"),
    ("Two brothers were burned alive when their shop was set on fire.", "Two", "killed"),
    # a limb or sight lost maims; homes, jobs or a tie's legs lost do not
    ("Two boys lost their legs when a mine exploded in Helmand.", "Two", "injured"),
    ("Six deminers lost limbs in the blast near Kherson.", "Six", "injured"),
    ("Twelve families lost their homes in the shelling.", "Twelve", "other"),
    ("Three children starved to death in the besieged camp.", "Three", "killed"),
])
def test_harm_by_blows_and_losses(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # doing again is the news, not the release told on the noun
    ("Six activists who were released in March were rearrested on Sunday in Cairo.", "Six", "captured"),
    ("Soldiers recaptured 21 prisoners who had fled the jail in Maiduguri.", "21", "captured"),
    # taking places again, or other verbs in re-
    ("The army recaptured 4 villages near the river.", "4", "other"),
    ("Government forces retook 9 towns in the north.", "9", "other"),
    ("The agency resettled 5,000 refugees last year.", "5,000", "displaced"),
])
def test_repeated_taking(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # a parent described by their children: the children are no dead or wounded
    ("Yusuf, a father of four, died when the shell hit his house in Rafah.", "four", "other"),
    ("Olena, a mother of two, was wounded in the drone attack on Sumy.", "two", "other"),
    ("Two men, including a father of six, were killed at the checkpoint.", "six", "other"),
    ("Two men, including a father of six, were killed at the checkpoint.", "Two", "killed"),
    # the parent of people the verb tells of, or of a part of them
    ("The father of three soldiers killed in the ambush spoke to reporters.", "three", "killed"),
    ("The mother of two of the victims asked for an inquiry.", "two", "killed"),
])
def test_parents_of_children(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # a tally of an adjective standing for people
    ("The number of missing now stands at 2,300, the Red Crescent said.", "2,300", "missing"),
    ("The number of wounded has reached 418, the ministry said.", "418", "injured"),
    ("The number of people killed rose to 35.", "35", "killed"),
    # a share of materiel is materiel; of people, what befell them; of money, other
    ("Officials said 95% of the missiles were intercepted over Haifa.", "95", "military"),
    ("About 60 percent of the drones launched overnight were shot down.", "About 60", "military"),
    ("About 30 percent of the fighters were killed in the first week.", "About 30", "killed"),
    ("About 20 percent of the budget went to drones.", "About 20", "other"),
    # a station is a place
    ("Gunmen torched 14 polling stations in the north of the country.", "14", "other"),
    ("Rebels attacked 3 police stations overnight.", "3", "other"),
    ("Some 800 troops are stationed at the base.", "Some 800", "military"),
])
def test_tallies_shares_and_stations(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category
