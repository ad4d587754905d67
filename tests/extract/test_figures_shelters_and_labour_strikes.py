"""Figures of people sheltering or staying somewhere, of strikes that are stoppages of work, and of
counts the parser hangs on a participle adjective.

Where people shelter or stay tells whether they are displaced: in camps, collective centres, schools or
churches they are; in a basement, bunker or metro station during a raid they take cover; hikers in a hut
or scouts in tents are no displaced people. A strike staged or called by workers is no military strike.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # staying or taking shelter where the displaced are housed
    ("Some 3,000 residents took shelter in churches in Bangui after the attack.", "Some 3,000", "displaced"),
    ("Over 2 million Ukrainians have taken shelter in Poland since 2022, UNHCR said.", "Over 2 million",
     "displaced"),
    ("Roughly 2,300 people are staying in collective centres in Zaporizhzhia.", "Roughly 2,300", "displaced"),
    ("Around 4,000 people are living in makeshift camps outside Mogadishu.", "Around 4,000", "displaced"),
    ("Nearly 40,000 people are living in camps in Idlib province.", "Nearly 40,000", "displaced"),
    ("About 600 families are living in displacement sites in Ituri.", "About 600", "displaced"),
    ("Some 2,000 people sought shelter at the UN compound in Juba.", "Some 2,000", "displaced"),
    ("About 18,000 people are sheltering in UNRWA schools in Rafah.", "About 18,000", "displaced"),
    ("Some 300 refugees sheltered in a basement during the bombardment.", "Some 300", "displaced"),
    # taking cover from a raid, or staying anywhere else: not displaced
    ("Some 400 people sheltered in the basement during the air raid.", "Some 400", "other"),
    ("Twenty people were sheltering in the bunker when the missile struck.", "Twenty", "other"),
    ("Some 400 people took shelter in the basement of the hospital during the shelling.", "Some 400", "other"),
    ("Dozens of people sheltered in bomb shelters in Sderot as rockets fell.", "Dozens", "other"),
    ("The 35 soldiers took shelter in a trench near Bakhmut.", "35", "military"),
    ("Ten hikers took shelter from the storm in a mountain hut.", "Ten", "other"),
    ("About 10 people took shelter behind a wall as the gunmen opened fire.", "About 10", "other"),
    ("The 40 passengers took shelter in the terminal building.", "40", "other"),
    ("Some 20 tourists stayed in a camp near Petra.", "Some 20", "other"),
    ("Some 500 recruits are living in a training camp outside Kyiv.", "Some 500", "military"),
    ("Some 300 scouts are staying in tents at the jamboree.", "Some 300", "other"),
    ("About 20,000 people live in the city centre.", "About 20,000", "other"),
    ("Five workers are staying at the construction site.", "Five", "other"),
    ("Some 2,000 soldiers are living in tents near the front.", "Some 2,000", "military"),
    ("Some 300 detainees remain in the camp, the ministry said.", "Some 300", "held"),
])
def test_where_people_shelter_or_stay_tells_displacement(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # stoppages of work
    ("Teachers staged two strikes last month over unpaid wages.", "two", "other"),
    ("Workers held 3 strikes over unpaid wages in 2024.", "3", "other"),
    ("The union called two strikes in March.", "two", "other"),
    ("Pilots have staged 9 strikes at Lufthansa since 2022.", "9", "other"),
    # guards: strikes by armed parties, on targets, or with a weapon named stay military
    ("Israel staged dozens of strikes on Hezbollah targets overnight.", "dozens", "military"),
    ("The army staged 12 strikes on Houthi positions.", "12", "military"),
    ("Government forces launched 15 drone strikes on RSF positions.", "15", "military"),
    ("More than 40 strikes hit the city overnight, residents said.", "More than 40", "military"),
    ("The coalition carried out 40 strikes in Raqqa.", "40", "military"),
])
def test_strikes_that_stop_work_are_not_military(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "counted", "category"), [
    ("Thirty injured soldiers were flown to Kyiv for treatment.", "Thirty", "injured soldiers", "injured"),
    ("Forty-two wounded civilians were brought to Al-Aqsa hospital overnight.", "Forty-two", "wounded civilians",
     "injured"),
    ("Ten armed men stormed the village in Zamfara.", "Ten", "armed men", "other"),
])
def test_a_count_hung_on_its_nouns_adjective_counts_the_noun(text: str, span: str, counted: str,
                                                             category: str) -> None:
    figure = figure_in(text, span)
    assert (figure.counted, figure.category) == (counted, category)
