"""Figure categories of people in medical care and of people who went missing.

People carried to or treated in a hospital are the wounded, though "take" alone would seize them and
"victims" alone would count the dead; the guards are the other senses of the same verbs (captives
taken somewhere, the sick, the dead, time taken) and captives' own nouns.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # carried to a place of care: wounded, not captured
    ("A further 12 people were taken to hospital in Rafah after the strike.", "12", "injured"),
    ("Police in Karachi said 5 people were taken to Jinnah hospital with bullet wounds.", "5", "injured"),
    ("Three people were taken to a field hospital after the shelling of Avdiivka.", "Three", "injured"),
    ("Some 19 people were rushed to hospital after the car bomb in Baghdad.", "Some 19", "injured"),
    ("Civil defence teams carried 9 people to hospital after the strike in Tyre.", "9", "injured"),
    ("Police said 3 people were found dead and 2 others were taken to hospital in Kaduna.", "2", "injured"),
    ("Six people were taken to hospital for treatment after the grenade attack in Manila.", "Six", "injured"),
    # treated in hospital, or for a wound, or as victims of what wounds
    ("The ministry said 280 people were being treated in hospitals after the earthquake in Herat.", "280", "injured"),
    ("An MSF clinic in Port-au-Prince treated 19 people for gunshot wounds over the weekend.", "19", "injured"),
    ("The hospital in Kramatorsk said it was treating 17 patients with shrapnel wounds.", "17", "injured"),
    ("MSF said its surgical team in Khan Younis treated 30 gunshot victims on Tuesday.", "30", "injured"),
    ("Medics treated 12 blast victims at the scene in Kabul.", "12", "injured"),
    # "went missing"
    ("The army said 7 soldiers were wounded and 2 went missing during the clash on Jolo.", "2", "missing"),
    ("Two journalists went missing in Syria in 2012.", "Two", "missing"),
])
def test_care_and_disappearance_categories(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # taken somewhere as captives, or seized where care is given
    ("Police took 15 suspects into custody after the riot in Lagos.", "15", "captured"),
    ("Gunmen took 30 patients hostage at a hospital in Jenin.", "30", "captured"),
    ("The army took 200 prisoners at the clinic near Bakhmut.", "200", "captured"),
    ("Militants took 12 nurses from the hospital in Khan Younis to an unknown location.", "12", "captured"),
    ("Gunmen abducted 14 people at a clinic in Zamfara.", "14", "captured"),
    # captives and the dead keep their own category
    ("The army said 14 captured fighters were treated at a field hospital.", "14", "captured"),
    ("Rescuers carried 14 bodies to the hospital in Derna.", "14", "killed"),
    # the sick, not the wounded
    ("The clinic treated 500 children for malnutrition in Maiduguri last month.", "500", "other"),
    ("Doctors at the hospital treated 2,000 cholera patients in 2017.", "2,000", "other"),
    ("15 people were admitted to hospital after eating contaminated food in Kano.", "15", "other"),
    ("MSF said 22 people were treated in its clinic in Cox's Bazar.", "22", "other"),
    # other senses of "treat" and "take"
    ("The army treated 40 detainees harshly, the report said.", "40", "held"),
    ("It will take 5 years to rebuild the hospital in Mariupol.", "5", "duration"),
    # things that go missing are no missing people
    ("Funds worth 20 million dollars went missing from the ministry.", "20 million", "money"),
])
def test_care_guards(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span"), [
    # care for the sick, and the dead taken to hospital: whatever else they are, not wounded
    ("Authorities said 300 people were taken to hospital in Maiduguri with cholera.", "300"),
    ("Around 300 people were treated in hospitals for heatstroke in Karachi.", "Around 300"),
    ("About 70 people were taken to hospital with food poisoning in Dhaka.", "About 70"),
    ("12 bodies were taken to hospital in Kano.", "12"),
    ("The three freed hostages were taken to Sheba hospital for checks.", "three"),
    ("They said 45 Ukrainian prisoners were taken to hospital after the exchange.", "45"),
])
def test_care_without_wounds(text: str, span: str) -> None:
    assert figure_in(text, span).category != "injured"
