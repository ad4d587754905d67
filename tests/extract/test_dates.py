"""Date resolution against the article date: absolute, partial, relative and non-dates."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract.dates import resolve_date

ARTICLE = dt.date(2023, 11, 30)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on October 7", "2023-10-07"),
        ("7 October", "2023-10-07"),
        ("Oct. 7", "2023-10-07"),
        ("November 24, 2023", "2023-11-24"),
        ("on Friday", "2023-11-24"),
        ("late on Monday", "2023-11-27"),
        ("Thursday", "2023-11-30"),
        ("Friday evening", "2023-11-24"),
        ("yesterday", "2023-11-29"),
        ("in 2011", "2011"),
        ("in October", "2023-10"),
        ("in December", "2022-12"),
        ("last month", "2023-10"),
        ("last year", "2022"),
        ("December 25", "2022-12-25"),
    ],
)
def test_expression_resolves_against_article_date(text: str, expected: str) -> None:
    assert resolve_date(text, ARTICLE) == expected


@pytest.mark.parametrize(
    "text",
    ["six days", "five years prior", "over the next two days", "since Friday", "the same period", "10-month-old"],
)
def test_durations_and_spans_are_not_dates(text: str) -> None:
    assert resolve_date(text, ARTICLE) is None


def test_relative_expression_without_article_date_is_unresolved() -> None:
    assert resolve_date("on Friday", None) is None


def test_absolute_expression_without_article_date_still_resolves() -> None:
    assert resolve_date("March 3, 2024", None) == "2024-03-03"
