"""Dates: resolve a date expression as written ("on Friday", "October 7") against the article date.

News text dates events relative to the day of publication: "on Friday" in a Thursday story is the
Friday before; "October 7" in a November story is this year's; "in October" is a month. The
result is an ISO string as precise as the text: ``2023-10-07``, ``2023-10`` or ``2011``.

Limits: durations and spans ("six days", "over the next two days", "since Friday") resolve to
None on purpose (they say how long, not when); week-level expressions ("last week") too, because
ISO has no partial form for them that FORMAT.md allows. Future weekdays ("on Friday" in a story
about plans) resolve to the past one, as news most often reports what happened.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["resolve_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": 1}

#: Words that make an expression a duration or a span, not a point in time.
_SPAN_WORDS = re.compile(r"\b(since|for|over|during|next|coming|past|prior|ago|until|till|through)\b")
_YEAR = re.compile(r"(?<![\d-])(19\d{2}|20\d{2})(?![\d-])")
_DAY = re.compile(r"(?<![\d-])(\d{1,2})(?:st|nd|rd|th)?(?![\d-])")
_WORD = re.compile(r"[a-z]+")
#: How far past the article date a month-day may lie before it is taken as last year's.
_FUTURE_SLACK = dt.timedelta(days=14)


def _month_in(words: list[str]) -> int | None:
    """The month named in the words ("may" only when capitalised text said so: see caller)."""
    for word in words:
        if word in _MONTHS:
            return _MONTHS[word]
    return None


def _weekday_in(words: list[str]) -> int | None:
    for word in words:
        if word in _WEEKDAYS:
            return _WEEKDAYS.index(word)
    return None


def _past_weekday(base: dt.date, weekday: int) -> dt.date:
    """The latest date on or before ``base`` that falls on ``weekday`` (Monday = 0)."""
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def _month_day(month: int, day: int, year: int | None, base: dt.date | None) -> str | None:
    if year is None:
        if base is None:
            return None
        year = base.year
        try:
            if dt.date(year, month, day) > base + _FUTURE_SLACK:
                year -= 1
        except ValueError:
            return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(words: list[str], base: dt.date) -> str | None:
    """'yesterday', 'last month', 'this year' and weekdays, counted back from ``base``."""
    for word, back in _RELATIVE_DAYS.items():
        if word in words:
            return (base - dt.timedelta(days=back)).isoformat()
    weekday = _weekday_in(words)
    if weekday is not None:
        return _past_weekday(base, weekday).isoformat()
    if "month" in words and ("last" in words or "this" in words):
        first = base.replace(day=1)
        month = first - dt.timedelta(days=1) if "last" in words else first
        return f"{month.year:04d}-{month.month:02d}"
    if "year" in words and ("last" in words or "this" in words):
        return str(base.year - 1 if "last" in words else base.year)
    if "night" in words and "last" in words:
        return (base - dt.timedelta(days=1)).isoformat()
    return None


def resolve_date(text: str, base: dt.date | None) -> str | None:
    """Resolve a date expression to an ISO string, or None when it names no point in time.

    Args:
        text: the expression as written: "on Friday", "October 7", "in 2011", "last month".
        base: the article's publication date; relative expressions need it.

    >>> resolve_date("on October 7", dt.date(2023, 11, 30))
    '2023-10-07'
    >>> resolve_date("Friday", dt.date(2023, 11, 30))
    '2023-11-24'
    """
    lowered = text.lower()
    if _SPAN_WORDS.search(lowered) or re.search(r"\b(days|weeks|months|years|hours)\b", lowered):
        return None
    words = _WORD.findall(lowered.replace(".", " "))
    if "may" in words and "May" not in text:
        words = [w for w in words if w != "may"]
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    month = _month_in(words)
    without_year = _YEAR.sub(" ", text)
    day_match = _DAY.search(without_year)
    if month is not None and day_match is not None:
        return _month_day(month, int(day_match.group(1)), year, base)
    if month is not None:
        if year is None and base is not None:
            year = base.year - 1 if month > base.month else base.year
        return f"{year:04d}-{month:02d}" if year is not None else None
    if year is not None:
        return str(year)
    return _relative(words, base) if base is not None else None
