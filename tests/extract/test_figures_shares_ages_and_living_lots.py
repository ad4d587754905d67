"""Figures of a share before an article ("half the 400 families"), of ages given as a bound or an
extreme ("children under 5 account for", "girls as young as 12"), of people living in tents after a
flight or sheltering during a clash, and of the living told after a toll ("11 others remain in hospital")
or captives whose bodies were harmed ("eleven inmates were affected by smoke").

A share with no "of" counts what the whole counts, and the whole keeps the lot its own words name, as
"half of the 400 families" does. Tents house the displaced only when the people are said to have fled
from a place or a danger; cover taken during a clash in a library or a bank displaces no one.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category", "counted"), [
    # the share counts the whole's noun, and takes what befell the part
    ("Half the 400 families in Kidal fled to Mauritania after the clashes.", "Half", "displaced", "families"),
    ("Half the 400 families in Kidal fled to Mauritania after the clashes.", "400", "other", "families"),
    ("Half the 30 hostages were later released.", "Half", "released", "hostages"),
    ("Half the 30 hostages were later released.", "30", "held", "hostages"),
    ("Half the 60 prisoners freed on Sunday were women.", "60", "released", "prisoners"),
    ("Half the 46 dead were women, according to the local council.", "Half", "killed", "dead"),
    ("Half the 46 dead were women, according to the local council.", "46", "killed", "dead"),
    ("Half the 120 wounded were children, the hospital director said.", "Half", "injured", "wounded"),
    ("Nearly half the 1,200 residents of the village were displaced by the fighting.", "Nearly half",
     "displaced", "residents"),
    ("Nearly half the 1,200 residents of the village were displaced by the fighting.", "1,200", "other",
     "residents"),
    ("Half the 3,000 migrants held at the centre in Tripoli were moved on Tuesday.", "Half", "held", "migrants"),
    # a whole of forces or goods keeps its own category
    ("Half the 1,500 troops deployed to Goma were withdrawn last week.", "1,500", "military", "troops"),
    ("Half the 40 trucks that entered Gaza on Monday carried flour.", "40", "aid", "trucks"),
    ("Half the 12 drones were shot down over Kyiv, the air force said.", "Half", "military", "drones"),
    # guards: a whole taken before the part was freed is the captives
    ("Police freed half the 40 protesters they had detained.", "half", "released", "protesters"),
    ("Police freed half the 40 protesters they had detained.", "40", "captured", "protesters"),
    ("Half the 12 wounded soldiers died later.", "Half", "killed", "wounded soldiers"),
    ("Half the 300 seats in parliament are held by the ruling party.", "Half", "other", "seats"),
    ("The new clinic cost half the price of the old one.", "half", "other", "price"),
])
def test_a_share_before_an_article_counts_the_whole(text: str, span: str, category: str, counted: str) -> None:
    figure = figure_in(text, span)
    assert (figure.category, figure.counted) == (category, counted)


@pytest.mark.parametrize(("text", "span", "category", "unit"), [
    # an age bound before a verb the tagger reads as a noun
    ("Children under 5 account for a third of the deaths, WHO said.", "under 5", "age", "year"),
    ("Patients over 70 account for most of the deaths.", "over 70", "age", "year"),
    ("People over 60 face the highest risk, the ministry said.", "over 60", "age", "year"),
    # the youngest or oldest of the people named
    ("Girls as young as 12 were abducted by the militia, Amnesty said.", "12", "age", "year"),
    ("The rebels used fighters as young as 13.", "13", "age", "year"),
    ("Detainees as old as 80 have been held without charge.", "80", "age", "year"),
    # guards: sizes, measures and other extremes are no ages
    ("Children under 5 kg were referred to the feeding centre.", "under 5", "other", "kilogram"),
    ("Towns under 5 million were spared.", "under 5 million", "other", None),
    ("Buildings as old as 300 years were damaged in the quake.", "300", "duration", "year"),
    ("Crowds as large as 5,000 gathered in the square.", "as large as 5,000", "other", None),
])
def test_ages_given_by_a_bound_or_an_extreme(text: str, span: str, category: str, unit: str | None) -> None:
    figure = figure_in(text, span)
    assert (figure.category, figure.unit) == (category, unit)


@pytest.mark.parametrize(("text", "span", "category"), [
    # tents after a flight told of the people themselves
    ("Some 10,000 people are living in tents in Rafah after fleeing Khan Younis.", "Some 10,000", "displaced"),
    ("About 400 families fled to Goma and are living in tents.", "About 400", "displaced"),
    ("About 2,000 families displaced by the fighting are living in tents near Kadugli.", "About 2,000",
     "displaced"),
    ("About 800 families who fled the floods are living in tents near Derna.", "About 800", "displaced"),
    # guards: others' flight, a flight from no danger, or no flight at all
    ("Some 40 journalists are living in tents near the border to report on people fleeing Rafah.", "Some 40",
     "other"),
    ("About 300 Scouts are living in tents after fleeing the heat in the valley.", "About 300", "other"),
    ("Some 150 striking workers are living in tents outside the factory.", "Some 150", "other"),
    ("Hundreds of families are living in tents in Idlib after the strikes.", "Hundreds", "other"),
    ("Some 400 soldiers who fled the front are living in tents near Pokrovsk.", "Some 400", "military"),
    # cover taken during a clash, not displacement
    ("Some 90 students were sheltering in the university library during the clashes.", "Some 90", "other"),
    ("Around 70 customers sheltered in the bank during the shootout.", "Around 70", "other"),
    # guards: places the displaced stay in, and dangers that last for weeks
    ("Some 2,000 people sheltered in UN compounds during the clashes in Juba.", "Some 2,000", "displaced"),
    ("Some 12,000 people have sheltered in collective centres during the clashes.", "Some 12,000", "displaced"),
    ("Some 300 people sheltered in schools during the war.", "Some 300", "displaced"),
])
def test_tents_after_flight_and_cover_during_a_clash(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # the living after a toll are never its dead
    ("Four children were killed, and 11 others remain in hospital, the governor said.", "11", "other"),
    ("A car bomb killed 9 people in Kabul and 20 others remain in hospital.", "20", "injured"),
    ("Nine people were killed and 18 others are recovering in hospital in Juba.", "18", "other"),
    ("Ten soldiers were killed; 14 others are receiving treatment in Niamey.", "14", "other"),
    ("Three nurses died of Ebola and 12 others remain in hospital.", "12", "other"),
    # guards: no patients, or the figure before counted no dead
    ("Twelve people died in the fire and 40 others remain in the hospital car park.", "40", "killed"),
    ("Six hostages were killed, and 12 others remain in captivity.", "12", "held"),
    # captives whose bodies were harmed are the wounded
    ("Eleven inmates were affected by smoke during the fire at the prison.", "Eleven", "injured"),
    ("Ten inmates were affected by tear gas fired by guards.", "Ten", "injured"),
    ("Eight inmates remain in critical condition after the riot, officials said.", "Eight", "injured"),
    # guards: no harm to the body, or care with no violence told, keeps the captives held
    ("About 2,000 prisoners were affected by the outbreak.", "About 2,000", "held"),
    ("Thirty prisoners are in critical condition with cholera.", "Thirty", "held"),
    ("Fifty prisoners are held in the facility.", "Fifty", "held"),
])
def test_the_living_after_a_toll_and_harmed_captives(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category
