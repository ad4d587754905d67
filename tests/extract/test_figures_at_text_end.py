"""A number as the very last word of a text, with no full stop after it.

Headlines, tickers and truncated feed summaries end so ("Russia shells Kherson, killing three"),
and the unit reader looked one token past the end for a unit word, which crashed the whole
article's extraction.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(
    ("text", "span", "value", "category"),
    [
        ("Russia shells Kherson, killing three", "three", 3.0, "killed"),
        ("Gunmen in Zamfara killed twelve", "twelve", 12.0, "killed"),
        ("Floods in Borno displace 2,000", "2,000", 2000.0, "displaced"),
        ("Inflation in Sudan reaches 245 percent", "245", 245.0, "other"),
    ],
)
def test_a_number_ending_the_text_is_read(text: str, span: str, value: float, category: str) -> None:
    figure = figure_in(text, span)
    assert figure.value == value
    assert figure.category == category


def test_a_unit_ending_the_text_is_kept() -> None:
    assert figure_in("Inflation in Sudan reaches 245 percent", "245").unit == "percent"
