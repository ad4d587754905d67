"""parley.extract.numbers reads digits, number words, multipliers and glued currencies/units."""

from __future__ import annotations

import pytest

from parley.extract.numbers import (
    fraction_value,
    parse_number,
    read_numeric_token,
    read_scientific,
    vague_unit,
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["two", "hundred", "and", "forty"], 240.0),
        (["eleven"], 11.0),
        (["a", "dozen"], 12.0),
        (["twenty", "-", "five"], 25.0),
        (["1.2", "million"], 1_200_000.0),
        (["1,200"], 1200.0),
        (["15k"], 15_000.0),
        (["three", "thousand", "five", "hundred"], 3500.0),
    ],
)
def test_parse_number_reads_words_digits_and_scales(words: list[str], expected: float) -> None:
    assert parse_number(words) == pytest.approx(expected)


@pytest.mark.parametrize("words", [["hostages"], ["and"], []])
def test_parse_number_rejects_non_numbers(words: list[str]) -> None:
    assert parse_number(words) is None


@pytest.mark.parametrize(
    ("text", "value", "prefix", "suffix"),
    [
        ("EUR50m", 50_000_000.0, "EUR", None),
        ("RM23.50", 23.5, "RM", None),
        ("-1.3", -1.3, None, None),
        ("10kW", 10.0, None, "kW"),
        ("4.3M", 4_300_000.0, None, None),
        ("37m", 37.0, None, "m"),
    ],
)
def test_read_numeric_token_splits_glued_currency_and_unit(
    text: str, value: float, prefix: str | None, suffix: str | None
) -> None:
    read = read_numeric_token(text)
    assert read is not None
    assert read.value == pytest.approx(value)
    assert (read.prefix, read.suffix) == (prefix, suffix)


def test_vague_plural_unit() -> None:
    assert vague_unit("Hundreds") == 100.0
    assert vague_unit("people") is None


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [("two", "thirds", 2 / 3), ("one", "fourth", 0.25), ("a", "quarter", 0.25), ("3", "quarters", 0.75)],
)
def test_fraction_value_reads_numerator_and_denominator(numerator: str, denominator: str, expected: float) -> None:
    assert fraction_value(numerator, denominator) == pytest.approx(expected)


@pytest.mark.parametrize(("numerator", "denominator"), [("two", "third"), ("the", "third"), ("one", "thirds")])
def test_fraction_value_rejects_ordinals_and_mismatched_number(numerator: str, denominator: str) -> None:
    assert fraction_value(numerator, denominator) is None


def test_tilde_before_digits_is_skipped() -> None:
    read = read_numeric_token("~45g")
    assert read is not None
    assert (read.value, read.suffix) == (45.0, "g")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.998×10^8", 2.998e8), ("1.6×10−19", 1.6e-19), ("6.02x10²³", 6.02e23), ("9.1×10⁻³¹", 9.1e-31),
        ("3x10**8", 3e8), ("5x10-3", 5e-3), ("1.6×10-19", 1.6e-19), ("2x10+5", 2e5), ("4.2×10^-7", 4.2e-7),
    ],
)
def test_scientific_notation_in_one_token_is_read(text: str, expected: float) -> None:
    assert read_scientific(text) == expected  # exact: the mantissa and exponent are rounded once


@pytest.mark.parametrize(
    "text", ["3x10", "10^8", "2.5×12", "1,200", "1920x1080", "4x100", "5x102", "2x1000", "3x3", "1280x720"]
)
def test_products_sizes_and_plain_numbers_are_not_scientific(text: str) -> None:
    assert read_scientific(text) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [(["4.1", "billion"], 4_100_000_000.0), (["8.7", "million"], 8_700_000.0), (["4.1bn"], 4_100_000_000.0),
     (["0.3", "million"], 300_000.0)],
)
def test_scaled_values_are_exactly_what_was_written(words: list[str], expected: float) -> None:
    """Binary floats make 4.1 times a billion 4099999999.9999995; a stored figure must say 4.1 billion."""
    assert parse_number(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["2.5", "lakh", "crore"], 2.5e12),  # Indian scales in a row multiply
        (["a", "thousand", "million"], 1e9),
        (["two", "thousand", "five", "hundred"], 2500.0),  # a smaller number after a scale still adds
    ],
)
def test_large_scales_in_a_row_multiply(words: list[str], expected: float) -> None:
    assert parse_number(words) == pytest.approx(expected)


def test_a_fraction_word_after_a_whole_number_adds_and_scales_with_it() -> None:
    """"one and a half million": the reader hands the fraction over as a "+0.5" word."""
    assert parse_number(["one", "+0.5", "million"]) == 1_500_000.0
    assert parse_number(["three", "+0.5"]) == 3.5
    assert parse_number(["+0.5"]) is None


@pytest.mark.parametrize(("text", "value"), [("2½", 2.5), ("3¾", 3.75)])
def test_read_numeric_token_adds_a_glued_vulgar_fraction(text: str, value: float) -> None:
    token = read_numeric_token(text)
    assert token is not None and token.value == value
