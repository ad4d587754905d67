"""Figure categories of captives who escape, of percentages of people, of counts told "among" a
group across words between, and of people named by a tie to someone.

Inmates or hostages who escape, break out or flee a jail are freed by their own hand: released, not
the stock held nor people displaced; refugees who flee a camp or villagers who flee from rebels stay
displaced. A share of people takes a fate told by its verb ("90% of the population has been
displaced"); a share of things, or of people with no fate told ("40 percent of the victims were
women"), stays other. "Colleagues", "comrades" and "neighbours" are people, so shooting them wounds
them.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # captives who get away: released
    ("Four hundred inmates escaped after gunmen stormed the jail in Kogi state.", "Four hundred", "released"),
    ("Some 50 detainees broke out of a detention centre near Misrata.", "Some 50", "released"),
    ("Fourteen abducted students escaped from their captors in Kaduna.", "Fourteen", "released"),
    ("About 120 prisoners fled the jail after it was hit by a missile.", "About 120", "released"),
    ("Hundreds of prisoners escaped after the earthquake damaged the jail in Hatay.", "Hundreds", "released"),
    ("Seven migrants fled a detention centre in Zawiya on Sunday.", "Seven", "released"),
    # flight from anything else, and the other senses of the verbs
    ("5,000 refugees fled the camp after the attack on Tuesday.", "5,000", "displaced"),
    ("Some 200 families fled the border villages after the airstrikes.", "Some 200", "displaced"),
    ("Twelve people escaped unhurt when the bus was hit by a rocket in Sumy.", "Twelve", "other"),
    ("Three hundred prisoners were transferred to another jail in Karachi.", "Three hundred", "held"),
    ("Eleven of the escaped prisoners were recaptured by police.", "Eleven", "captured"),
    ("Five detainees were killed while trying to escape from the jail.", "Five", "killed"),
])
def test_escape_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # a share of people with a fate told by its verb
    ("About 90% of the population has been displaced by the fighting in Khartoum.", "About 90", "displaced"),
    ("Nearly 70% of residents were forced from their homes in the region.", "Nearly 70", "displaced"),
    ("Around 5% of the detainees have been released so far.", "Around 5", "released"),
    ("Some 15% of those wounded later died in hospital.", "Some 15", "killed"),
    # a share of things, of people with no fate told (what the share is), or of materiel
    ("Around 40 percent of the victims were women, according to the report.", "Around 40", "other"),
    ("About 70% of the territory is controlled by the army.", "About 70", "other"),
    ("About 60% of residents lack access to clean water.", "About 60", "other"),
    ("Roughly 20% of the workers were laid off after the strike.", "Roughly 20", "other"),
    ("Around 80% of the drones were shot down by air defences.", "Around 80", "military"),
])
def test_share_of_people_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # "among" a group of the dead or wounded, with words between the count and its verb
    ("Four children aged between 5 and 12 were among the dead.", "Four", "killed"),
    ("Six children, the youngest aged two, were among the wounded.", "Six", "injured"),
    ("Two boys aged 10 and 13 were among the missing.", "Two", "missing"),
    # among a group of no fate
    ("Four children aged between 3 and 9 were among the passengers.", "Four", "other"),
    ("Five journalists were among the guests at the ceremony.", "Five", "other"),
])
def test_among_group_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # people named by a tie, shot: wounded
    ("Police shot 2 colleagues during the confrontation at the checkpoint.", "2", "injured"),
    ("A soldier shot three of his comrades at a base in Kashmir.", "three", "injured"),
    ("Militants shot 8 comrades accused of spying.", "8", "injured"),
    # what is fired, filmed or scored
    ("The soldier shot 3 rounds into the air.", "3", "military"),
    ("He shot three of the rockets from a launcher in the field.", "three", "military"),
    ("The photographer shot 200 photos of the protest.", "200", "other"),
])
def test_people_ties_shot(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category
