"""find_figures on small kinds: "the two sides" (still a cardinal), "a couple of" (two, loosely),
earthquake magnitudes (a reading with a unit), care sought after violence (the wounded), and numbers
completing an acronym's name ("SDG 16").

Sentences are written for these tests in the style of wire and NGO copy; none comes from the
evaluation sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from figure_support import figures_alone, only_figure

if TYPE_CHECKING:
    from spacy.language import Language







@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The two sides agreed to resume talks in Cairo next week, Egyptian officials said.", "two"),
        ("Two sides of the Kerch bridge were damaged, the ministry said.", "Two"),
        ("The two camps near Rafah housed 40,000 people.", "two"),
        ("The two men were arrested at a checkpoint outside Hebron, police said.", "two"),
    ],
)
def test_the_two_sides_stays_a_cardinal(nlp: Language, text: str, span: str) -> None:
    """FORMAT.md counts every cardinal but dates, times, ordinals, phone numbers and names: a pair of
    parties is none of these, so "the two sides" stays a figure of 2."""
    assert only_figure(nlp, text, span).value == 2.0


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("A couple of rockets landed near Sderot, the army said.", "A couple", 2.0, None),
        ("The ceasefire held for a couple of days before shelling resumed in Idlib.", "a couple", 2.0, "day"),
        ("A couple of hundred protesters gathered outside parliament in Tbilisi.", "A couple of hundred", 200.0, None),
        ("The militia demanded a couple of million dollars in ransom.", "a couple of million", 2e6, "USD"),
    ],
)
def test_a_couple_of_is_two_approximately(
    nlp: Language, text: str, span: str, value: float, unit: str | None
) -> None:
    figure = only_figure(nlp, text, span)
    assert (figure.text, figure.value, figure.qualifier, figure.unit) == (span, value, "approx", unit)


@pytest.mark.parametrize(
    "text",
    [
        "A couple from Leeds was arrested at Istanbul airport on Saturday.",
        "A Ukrainian couple was killed when a drone hit their house in Kherson.",
    ],
)
def test_a_couple_of_people_is_no_count(nlp: Language, text: str) -> None:
    assert figures_alone(nlp, text) == []


def test_a_couple_of_a_counted_whole_leaves_the_whole(nlp: Language) -> None:
    figures = figures_alone(nlp, "A couple of the 14 wounded were in critical condition in Beirut.")
    assert [(f.text, f.counted) for f in figures] == [("14", "wounded")]  # "the 14 wounded": the participle is counted


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A 7.8-magnitude earthquake struck southern Turkey and northern Syria in February 2023.", "7.8", 7.8),
        ("A magnitude 6.3 earthquake hit Herat province in October 2023.", "6.3", 6.3),
        ("A powerful 7.7 magnitude earthquake struck central Myanmar in March 2025.", "7.7", 7.7),
    ],
)
def test_an_earthquake_magnitude_is_a_reading(nlp: Language, text: str, span: str, value: float) -> None:
    figure = only_figure(nlp, text, span)
    assert (figure.value, figure.unit, figure.category) == (value, "magnitude", "other")


def test_a_number_after_magnitude_with_its_own_unit_is_not_a_reading(nlp: Language) -> None:
    figure = only_figure(nlp, "A crisis of this magnitude 20 years ago would have toppled the government.", "20")
    assert figure.unit == "year"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The air strike on the market killed three people. Another 2 people sought medical help.", "2"),
        ("After the shelling of Kharkiv, 14 residents sought treatment at local clinics.", "14"),
        ("The drone attack on Odesa killed two; five others sought medical attention.", "five"),
        ("After the shooting, 6 officers received treatment for minor injuries.", "6"),
    ],
)
def test_care_sought_after_violence_counts_the_wounded(nlp: Language, text: str, span: str) -> None:
    assert only_figure(nlp, text, span).category == "injured"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("More than 300 people sought treatment for cholera in Aden last week.", "300"),
        ("Thousands sought medical help during the heatwave in Karachi.", "Thousands"),
        ("After the attack on the village, 300 people sought shelter in the church.", "300"),
        ("After the air strike, 40 patients received dialysis treatment in Gaza City.", "40"),
        ("Since the war began, 2 million people have needed medical help in Sudan.", "2 million"),
        ("After the attack, families sought help from relatives in Kabul, and 20 left.", "20"),
    ],
)
def test_care_for_illness_or_other_help_counts_no_wounded(nlp: Language, text: str, span: str) -> None:
    assert only_figure(nlp, text, span).category != "injured"


@pytest.mark.parametrize(
    "text",
    [
        "Progress on SDG 16 has stalled in the Sahel, the report said.",
    ],
)
def test_a_number_completing_an_acronym_is_a_label(nlp: Language, text: str) -> None:
    assert figures_alone(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In the DRC 12 people died in the landslide, officials said.", "12"),
        ("DRC 30 soldiers were tried for fleeing the front.", "30"),
        ("The ICC 3 judges issued warrants on Thursday.", "3"),
        ("In CAR 5 peacekeepers were killed in an ambush last year.", "5"),
    ],
)
def test_a_count_after_an_acronym_stays(nlp: Language, text: str, span: str) -> None:
    assert only_figure(nlp, text, span).text == span
