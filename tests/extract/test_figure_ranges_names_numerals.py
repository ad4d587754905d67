"""find_figures on the harder news forms: ranges with words inside, names and ratings, unusual numerals.

Sentences are written for these tests in the style of wire copy (markets, science, sport, conflict
reporting); none comes from the evaluation sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.figures import find_figures
from parley.records import Figure

if TYPE_CHECKING:
    from spacy.language import Language


class _NoClaimants:
    def claimant_for(self, start: int, end: int) -> str | None:
        return None


def _figures(nlp: Language, text: str) -> list[Figure]:
    return find_figures(nlp(text), "test-doc", _NoClaimants())  # type: ignore[arg-type]


def _only(nlp: Language, text: str, span: str) -> Figure:
    matches = [f for f in _figures(nlp, text) if span in f.text]
    assert len(matches) == 1, [f.text for f in _figures(nlp, text)]
    return matches[0]


# (sentence, a word of the range span, low, high, unit)
RANGES: list[tuple[str, str, float, float, str | None]] = [
    ("The new battery lifts the range from up to 300 km to 350 km on one charge.", "300", 300, 350, "kilometre"),
    ("Output is expected to grow from about 40 to 50 tonnes a day.", "40", 40, 50, "tonne"),
    ("The fund could grow from 1.5 to 2-2.5 billion dollars by 2030.", "1.5", 1.5e9, 2.5e9, "USD"),
    ("Analysts put a fair price for the shares at $12/$15 next year.", "12", 12, 15, "USD"),
]


@pytest.mark.parametrize(("sentence", "word", "low", "high", "unit"), RANGES)
def test_range_with_qualifier_nested_bound_or_currency_slash_is_one_range(
    nlp: Language, sentence: str, word: str, low: float, high: float, unit: str | None
) -> None:
    figure = _only(nlp, sentence, word)
    assert figure.value is None
    assert figure.low == pytest.approx(low)
    assert figure.high == pytest.approx(high)
    assert figure.unit == unit


def test_qualifier_inside_from_range_does_not_leave_a_second_figure(nlp: Language) -> None:
    figures = _figures(nlp, "The new battery lifts the range from up to 300 km to 350 km on one charge.")
    assert [(f.low, f.high) for f in figures if f.low is not None] == [(300, 350)]
    assert not any(f.value in (300, 350) for f in figures)


def test_slash_between_numbers_without_currency_is_no_range(nlp: Language) -> None:
    figures = _figures(nlp, "The hotline is staffed 24/7 by volunteers.")
    assert not any(f.low is not None for f in figures)


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline grounded three new 787 Dreamliner jets after the fault.",
        "By noon the ftse 100 was up 0.4% on the day.",
        "Marcus Rashford: 7 Lively on the left and unlucky not to score.",
    ],
)
def test_model_numbers_index_names_and_ratings_are_not_figures(nlp: Language, sentence: str) -> None:
    values = {f.value for f in _figures(nlp, sentence)}
    assert not values & {787, 100, 7}


def test_count_before_a_model_number_is_still_a_figure(nlp: Language) -> None:
    figure = _only(nlp, "The airline grounded three new 787 Dreamliner jets after the fault.", "three")
    assert figure.value == 3


def test_number_after_a_speakers_colon_that_counts_a_noun_is_a_figure(nlp: Language) -> None:
    figure = _only(nlp, "Spokesman Daniel Hagari: 40 rockets were fired overnight.", "40")
    assert figure.value == 40


def test_age_after_a_full_name_without_commas_is_a_figure(nlp: Language) -> None:
    figure = _only(nlp, "Astronaut Peggy Whitson 57 has spent 665 days in orbit.", "57")
    assert figure.value == 57


# (sentence, span, value, qualifier, unit)
NUMERALS: list[tuple[str, str, float, str, str | None]] = [
    ("A proton carries a charge of 1.602×10−19 coulombs.", "1.602×10−19", 1.602e-19, "exact", None),
    ("The sample held roughly 6.02x10^23 atoms.", "roughly 6.02x10^23", 6.02e23, "approx", None),
    ("Light travels at about 3 × 10^8 metres per second.", "about 3 × 10^8", 3e8, "approx", "metre"),
    ("Overnight lows reached about minus 40 Celsius in the north.", "about minus 40", -40, "approx", "celsius"),
    ("The foundry will make sub-5 nanometre chips next year.", "sub-5", 5, "less_than", None),
    ("She travelled with her now-3 year-old son.", "now-3", 3, "exact", "year"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "qualifier", "unit"), NUMERALS)
def test_scientific_notation_minus_and_hyphen_prefixes_are_read(
    nlp: Language, sentence: str, span: str, value: float, qualifier: str, unit: str | None
) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert figure.value == pytest.approx(value, rel=1e-6)
    assert (figure.qualifier, figure.unit) == (qualifier, unit)


@pytest.mark.parametrize("sentence", ["The COVID-19 wards reopened.", "Two F-16 jets flew over the city."])
def test_names_hyphenated_to_digits_stay_unread(nlp: Language, sentence: str) -> None:
    assert not any(f.value in (19, 16) for f in _figures(nlp, sentence))


def test_plus_or_minus_is_a_positive_margin_not_a_negative_number(nlp: Language) -> None:
    figure = _only(nlp, "The poll has a margin of error of plus or minus four percentage points.", "four")
    assert (figure.value, figure.unit) == (4, "percent")


def test_tally_after_a_name_and_colon_is_a_figure(nlp: Language) -> None:
    figure = _only(nlp, "Delegates won so far. Ruth Bader: 1,204. Others trail far behind.", "1,204")
    assert figure.value == 1204
