"""Ages told after "be" ("the gunman was 22"), after "one of them" set off by commas, and of infants
under a bound in months ("babies under six months"); care in hospital as a wound's care; and "one of
the most violent", which lends no counted noun to later bare counts.

One person is no count, so a bare whole number "be" takes after a person is that person's age;
after people ("the dead were 20") it may count them and stays a count, and "one of 12 nurses" ranks
a person among others.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in, figures_in


@pytest.mark.parametrize(("text", "span"), [
    ("The bomber was 19 and came from a village near Peshawar.", "19"),
    ("Police said the suspect is 34 and had no criminal record.", "34"),
    ("She is 29 and has been held in Evin prison since 2022.", "29"),
    ("He was 45 when militiamen abducted him outside Goma.", "45"),
    ("The youngest was 3, a spokesman for the health ministry in Gaza said.", "3"),
    ("The oldest victim was 94, rescuers in Antakya said.", "94"),
    ("The soldier was only 19, his mother told reporters in Lviv.", "19"),
    ("Ahmed, who was then 17, was detained at a checkpoint near Hebron.", "17"),
    ("The boy, who is 12, was wounded by shrapnel in Kharkiv.", "12"),
    ("One of them, then 16, was shot in the leg near Tulkarm.", "16"),
    ("The activist, now 29, was arrested again in Minsk.", "29"),
])
def test_age_of_one_person(text: str, span: str) -> None:
    figure = figure_in(text, span)
    assert (figure.unit, figure.category) == ("year", "age")


@pytest.mark.parametrize(("text", "span"), [
    # people may be counted, not aged
    ("The dead were 20, including four children, officials said.", "20"),
    ("They are 17 and 15, their father said.", "17"),
    ("The crew was 12, the navy said.", "12"),
    # a person ranked among others, or a thing
    ("She was one of 12 nurses held at the hospital in Khan Younis.", "one"),
    ("The gunman was one of three attackers, police said.", "one"),
    ("The child was 1 of 3 survivors of the strike.", "1"),
    ("The company was 20 at the time.", "20"),
    ("The score was 3 at half-time in Kigali.", "3"),
    ("The toll was 40 by Sunday evening.", "40"),
    # a thing set off after "one of"
    ("One of the villages, now 300, was shelled overnight.", "300"),
])
def test_no_age_after_people_or_things(text: str, span: str) -> None:
    assert figure_in(text, span).category != "age"


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Infants under 6 months were among the dead in the strikes on Rafah.", "under 6", "month"),
    ("Babies under six months are most at risk, UNICEF warned.", "under six", "month"),
    ("Children over 12 months received boosters in Borno.", "over 12", "month"),
    ("Newborns under 28 days died of hypothermia in the camps.", "under 28", "day"),
])
def test_infant_ages_under_a_bound(text: str, span: str, unit: str) -> None:
    figure = figure_in(text, span)
    assert (figure.unit, figure.category) == (unit, "age")


@pytest.mark.parametrize(("text", "span"), [
    ("The truce lasted under 6 months before fighting resumed.", "6"),
    ("Prisoners under 18 months into their sentence were excluded.", "18"),
    ("Refugees under 6 months in the country cannot work.", "6"),
])
def test_spans_of_time_under_a_bound_stay_durations(text: str, span: str) -> None:
    assert figure_in(text, span).category == "duration"


@pytest.mark.parametrize(("text", "span", "category"), [
    ("Three others received hospital treatment after the stabbing in Solingen.", "Three", "injured"),
    ("Six people received hospital treatment after the grenade attack in Dakar.", "Six", "injured"),
    ("Forty patients received hospital treatment for cholera in Sanaa.", "Forty", "other"),
    ("Some 30 people received hospital treatment after eating contaminated bread.", "Some 30", "other"),
])
def test_hospital_treatment_is_care(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span"), [
    ("It was one of the most violent, with 12 killed.", "12"),
    ("The attack was one of the most violent in the region. At least 9 died.", "At least 9"),
    ("It was one of the largest protests in years, with 300 arrested.", "300"),
])
def test_superlative_one_lends_no_counted_noun(text: str, span: str) -> None:
    assert figure_in(text, span).counted is None


def test_part_of_a_count_still_counts_its_whole() -> None:
    figures = figures_in("One of the three hostages was freed. The other 2 remain in Gaza.")
    assert [f.text for f in figures] == ["One", "three", "2"]
