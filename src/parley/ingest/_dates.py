"""Publication dates from the strings that files, dumps and feeds give.

A wrong date corrupts every time series built on the store, so this module never guesses:
a value is read as an ISO date, an RFC 2822 feed date, or an absolute date ``dateparser``
understands with day, month and year all present. Relative phrases ("yesterday") and words
("garbage") are refused instead of becoming today's date, and a month without a day is refused
rather than padded to the first. An all-numeric day whose first two numbers could each be the
month ("12/03/2024": 12 March in Europe, 3 December in the US) is refused too, since the file
does not say which order it uses, unless the caller states the order (``order="DMY"`` for a
European dump, ``"MDY"`` for a US one; CLI ``--date-order``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from typing import Any

from parley.errors import UsageError

__all__ = ["DATE_ORDERS", "check_date_order", "parse_date"]

#: The day orders a dump can be declared to write numeric dates in: day first, or month first.
DATE_ORDERS = ("DMY", "MDY")

_ISO_PREFIX = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?\s*\Z")
#: A numeric day-month-year or month-day-year date, optionally followed by a time of day.
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[T ][\d:.]*)?\s*\Z")

#: ``relative-time`` is left out of the parsers so "today" or "2 hours ago" is refused (the date
#: would be the day the file was read, not the day the article was written), and every part of
#: the date must be present so "November 2023" is not silently read as 1 November.
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


def check_date_order(order: str | None) -> None:
    """Refuse an unknown date order once, before any file is read, instead of once per record.

    Raises:
        UsageError: ``order`` is neither None nor one of :data:`DATE_ORDERS`.
    """
    if order is not None and order not in DATE_ORDERS:
        raise UsageError(f"unknown date order {order!r}; choose {' or '.join(DATE_ORDERS)} (or give none)")


def parse_date(value: object, *, order: str | None = None) -> dt.date | None:
    """Read a publication date; ``None`` or a blank string means "no date".

    ``order`` (one of :data:`DATE_ORDERS`) says how the source writes all-numeric dates; without
    it a date such as ``12/03/2024`` is refused, since either reading could be the right one.

    The date is the calendar day as written in the source (``2023-11-30T23:30-05:00`` is the
    30th), not converted to UTC, because that is the day the outlet published it.

    Raises:
        ValueError: the value is present but is not a complete, absolute date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    iso = _ISO_PREFIX.match(text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError as exc:
            raise ValueError(f"not a calendar date: {exc}") from exc
    if order is not None:
        numeric = _numeric_in_order(text, order)
        if numeric is not None:
            return numeric
    _refuse_ambiguous_order(text)
    return _parse_rfc2822(text) or _parse_free(text)


def _refuse_ambiguous_order(text: str) -> None:
    """Refuse a numeric date whose day and month could be either way round, naming both readings.

    dateparser would silently take the US month-first order, filing a European dump's
    12 March under 3 December.

    Raises:
        ValueError: both of the first two numbers are valid months and they differ.
    """
    numeric = _NUMERIC_DATE.match(text)
    if numeric is None:
        return
    first, second = int(numeric.group(1)), int(numeric.group(2))
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return
    raise ValueError(
        f"day and month could be either way round ({first} {calendar.month_name[second]} or "
        f"{second} {calendar.month_name[first]}); write it as YYYY-MM-DD, or state the dump's order "
        "(read_inputs(..., date_order='DMY'), CLI: --date-order DMY)"
    )


def _numeric_in_order(text: str, order: str) -> dt.date | None:
    """A numeric date read in the ``order`` its source declared; ``None`` for any other shape.

    The day is handed to dateparser spelled out (``12 March 24``), so a two-digit year is
    completed as it is without an order; a value that contradicts the declared order ("03/25/2024" in a
    DMY dump) is refused, since it shows the column is not written the way it was declared.

    Raises:
        ValueError: the value has no month where ``order`` puts it.
    """
    numeric = _NUMERIC_DATE.match(text)
    if numeric is None:
        return None
    first, second, year = numeric.group(1, 2, 3)
    day, month = (int(first), int(second)) if order == "DMY" else (int(second), int(first))
    if not 1 <= month <= 12:
        raise ValueError(f"{month} is no month, yet the date order was given as {order}; check the column's order")
    return _parse_free(f"{day} {calendar.month_name[month]} {year}")


def _parse_rfc2822(text: str) -> dt.date | None:
    """RSS dates (``Thu, 30 Nov 2023 10:00:00 GMT``) without dateparser's language detection."""
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _parse_free(text: str) -> dt.date:
    """Anything else ``dateparser`` can read as an absolute day ("30 November 2023", "Nov 30, 2023")."""
    import dateparser  # imported late: it costs about half a second and most inputs are ISO

    parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        raise ValueError("expected an absolute day, month and year such as 2023-11-30")
    day: dt.date = parsed.date()
    return day
