"""find_figures on unusual numerals: scientific notation, "minus N", sizes and products that are no number.

Sentences are written for these tests in the style of wire copy (markets, science, sport, conflict
reporting); none comes from the evaluation sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from figure_support import figures_alone, only_figure

if TYPE_CHECKING:
    from spacy.language import Language







def test_slash_between_numbers_without_currency_is_no_range(nlp: Language) -> None:
    figures = figures_alone(nlp, "The hotline is staffed 24/7 by volunteers.")
    assert not any(f.low is not None for f in figures)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The agency said Iran had raised its stock of uranium enriched to 60 percent to 182 kilograms.",
         [("60", 60, "percent"), ("182", 182, "kilogram")]),
        ("The convoy took 3 hours to 200 minutes to cross, drivers said.", [("3", 3, "hour"), ("200", 200, "minute")]),
    ],
)
def test_bounds_with_different_units_are_two_figures(
        nlp: Language, sentence: str, figures: list[tuple[str, float, str]]) -> None:
    assert [(f.text, f.value, f.unit) for f in figures_alone(nlp, sentence)] == figures


def test_bounds_with_one_unit_written_twice_are_a_range(nlp: Language) -> None:
    figure = only_figure(nlp, "Unemployment in the province rose 5% to 7 percent last year.", "5")
    assert (figure.low, figure.high, figure.unit) == (5, 7, "percent")


def test_number_after_a_speakers_colon_that_counts_a_noun_is_a_figure(nlp: Language) -> None:
    figure = only_figure(nlp, "Spokesman Daniel Hagari: 40 rockets were fired overnight.", "40")
    assert figure.value == 40


def test_tally_after_a_name_and_colon_is_a_figure(nlp: Language) -> None:
    figure = only_figure(nlp, "Delegates won so far. Ruth Bader: 1,204. Others trail far behind.", "1,204")
    assert figure.value == 1204


# (sentence, span, value, qualifier, unit)
NUMERALS: list[tuple[str, str, float, str, str | None]] = [
    ("A proton carries a charge of 1.602×10−19 coulombs.", "1.602×10−19", 1.602e-19, "exact", None),
    ("The sample held roughly 6.02x10^23 atoms.", "roughly 6.02x10^23", 6.02e23, "approx", None),
    ("Light travels at about 3 × 10^8 metres per second.", "about 3 × 10^8", 3e8, "approx", "metre"),
    ("Overnight lows reached about minus 40 Celsius in the north.", "about minus 40", -40, "approx", "celsius"),
    ("Her net approval rating stood at minus 12 in the latest survey.", "minus 12", -12, "exact", None),
]


@pytest.mark.parametrize(("sentence", "span", "value", "qualifier", "unit"), NUMERALS)
def test_scientific_notation_and_minus_are_read(
    nlp: Language, sentence: str, span: str, value: float, qualifier: str, unit: str | None
) -> None:
    figure = next(f for f in figures_alone(nlp, sentence) if f.text == span)
    assert figure.value == pytest.approx(value, rel=1e-6)
    assert (figure.qualifier, figure.unit) == (qualifier, unit)


def test_scientific_value_has_no_float_noise(nlp: Language) -> None:
    figure = only_figure(nlp, "An electron carries a charge of 1.6×10−19 coulombs.", "1.6×10")
    assert figure.value == 1.6e-19  # exactly, not 1.6000000000000002e-19


@pytest.mark.parametrize(
    ("sentence", "misread"),
    [
        ("The phone has a 1920x1080 screen and a 5,000mAh battery.", 1.92e83),
        ("Jamaica won the 4x100 relay in a season's best time.", 4.0),
        ("The 5x102 metre pool was built for the championships.", 500.0),
        ("She anchored the 2x1000 metres kayak crew.", 2.0),
        ("Players fill a 3x3 grid with the digits one to nine.", 3.0),
        ("The team will play 2 x 10 - 3 drills before the match.", 0.002),
    ],
)
def test_sizes_relays_and_products_are_not_scientific_notation(nlp: Language, sentence: str, misread: float) -> None:
    values = [f.value for f in figures_alone(nlp, sentence)]
    assert not any(v is not None and v == pytest.approx(misread) for v in values), values


@pytest.mark.parametrize(
    "sentence", ["The COVID-19 wards reopened.", "Two F-16 jets flew over the city.", "The foundry makes sub-5 chips."]
)
def test_numbers_hyphenated_inside_a_word_stay_unread(nlp: Language, sentence: str) -> None:
    assert not any(f.value in (19, 16, 5) for f in figures_alone(nlp, sentence))


def test_plus_or_minus_is_a_positive_margin_not_a_negative_number(nlp: Language) -> None:
    figure = only_figure(nlp, "The poll has a margin of error of plus or minus four percentage points.", "four")
    assert (figure.value, figure.unit) == (4, "percent")
