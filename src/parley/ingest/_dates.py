"""Publication dates from the strings that files, dumps and feeds give.

A wrong date corrupts every time series built on the store, so this module never guesses:
a value is read as an ISO date, an RFC 2822 feed date, or an absolute date ``dateparser``
understands with day, month and year all present. Relative phrases ("yesterday") and words
("garbage") are refused instead of becoming today's date, and a month without a day is refused
rather than padded to the first. An all-numeric day whose first two numbers could each be the
month ("12/03/2024": 12 March in Europe, 3 December in the US) is refused too, since the file
does not say which order it uses, unless the caller states the order (``order="DMY"`` for a
European dump, ``"MDY"`` for a US one; CLI ``--date-order``).

Three more guesses are refused, since each would file an article under a day nobody wrote:

* a year written with two digits (``30.11.23``, ``30 Nov 23``): dateparser may read ``31.02.23``
  as 23 February 2031. Only where the year's place is known is a two-digit year completed, by
  :data:`TWO_DIGIT_YEAR_RULE`: last in a numeric or month-name date (``30/11/23``, ``30-Nov-23``)
  whose source declared its order, and in an
  RFC 2822 feed date (``Thu, 30 Nov 23 10:00:00 GMT``; the standard's obsolete two-digit year,
  read by ``email.utils`` with this rule);
* a time of day that does not exist (``2023-11-30T25:00``): the value was mistyped or mangled;
* a day outside :data:`FIRST_PLAUSIBLE_DAY` .. tomorrow: news is not published in the future (one
  day is allowed, for zones ahead of the reader's clock), and a year such as 0023 or 1023 is a typo.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from typing import Any

from parley.errors import UsageError

__all__ = ["DATE_ORDERS", "FIRST_PLAUSIBLE_DAY", "TWO_DIGIT_YEAR_RULE", "check_date_order", "parse_date"]

#: The day orders a dump can be declared to write numeric dates in: day first, or month first.
DATE_ORDERS = ("DMY", "MDY")

#: ISO 8601 in its extended (2023-11-30) or basic (20231130) form, optionally with a time and zone.
_ISO_PREFIX = re.compile(r"\s*(\d{4}-\d{2}-\d{2}|\d{8})(?:[T ]([\d:.]*)(?:Z|[+-]\d{2}:?\d{2})?)?\s*\Z")
#: A numeric day-month-year or month-day-year date, optionally followed by a time of day.
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[T ]([\d:.]*))?\s*\Z")
#: A date ending in a two-digit year after a separator, with a word (a month name) and exactly
#: one other number (the day) before it: "30-Nov-23", "30 Nov 23", "Nov 30, 23".
_NAMED_MONTH_SHORT_YEAR = re.compile(r"\s*(?=[^\d]*\d+[^\d]+\d{2}\s*\Z)(?=.*[^\W\d_])(.*[\s\-./,])(\d{2})\s*\Z")

#: The earliest day accepted: parley reads modern news; an earlier year is taken for a typo.
FIRST_PLAUSIBLE_DAY = dt.date(1900, 1, 1)

#: How a declared-order numeric date's two-digit year is completed: the POSIX/C ``%y`` rule.
TWO_DIGIT_YEAR_RULE = "00-68 are 2000-2068, 69-99 are 1969-1999"
_TWO_DIGIT_PIVOT = 69

#: Runs of digits in any script (``int`` reads Arabic-Indic digits too), to find the written year.
_DIGITS = re.compile(r"\d+")

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
    it a date such as ``12/03/2024`` is refused, since either reading could be the right one,
    and so is a two-digit year (with it, one last in a numeric date is completed; see the module).

    The date is the calendar day as written in the source (``2023-11-30T23:30-05:00`` is the
    30th), not converted to UTC, because that is the day the outlet published it.

    Raises:
        ValueError: the value is present but is not a complete, absolute, plausible date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _plausible_day(value.date())
    if isinstance(value, dt.date):
        return _plausible_day(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    return _plausible_day(_read_day(text, order))


def _plausible_day(day: dt.date) -> dt.date:
    """``day`` if an article can have been published on it: a later day is a typo, a wrong
    order or a two-digit year read as a century, and would sit in every series as a spike.

    Raises:
        ValueError: ``day`` is before :data:`FIRST_PLAUSIBLE_DAY` or after tomorrow.
    """
    latest = dt.date.today() + dt.timedelta(days=1)  # a day's grace: zones ahead of this clock
    if day > latest:
        raise ValueError(f"{day.isoformat()} is in the future (today is {dt.date.today().isoformat()}); "
                         "a typo, or a year or order misread?")
    if day < FIRST_PLAUSIBLE_DAY:
        raise ValueError(f"{day.isoformat()} is before {FIRST_PLAUSIBLE_DAY.year}; a typo in the year?")
    return day


def _read_day(text: str, order: str | None) -> dt.date:
    """The day a non-blank string writes, by the first reading that fits its shape."""
    iso = _ISO_PREFIX.match(text)
    if iso:
        _check_time_of_day(iso.group(2))
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError as exc:
            raise ValueError(f"not a calendar date: {exc}") from exc
    if order is not None:
        numeric = _numeric_in_order(text, order)
        if numeric is not None:
            return numeric
        text = _named_month_full_year(text)
    _refuse_ambiguous_order(text)
    feed_day = _parse_rfc2822(text)
    if feed_day is not None:
        return feed_day  # RFC 2822 fixes where the year is; a two-digit one follows the same rule
    day = _parse_free(text)
    _refuse_two_digit_year(text, day)
    return day


def _refuse_two_digit_year(text: str, day: dt.date) -> None:
    """Refuse a date read from a string that does not write its year in full.

    dateparser and RFC 2822 complete ``23`` to 2023, but in ``31.02.23`` that "year" may be
    the day, and dateparser then reads 23 February 2031; no reading of a short year is sure.

    Raises:
        ValueError: no number in ``text`` is the year of ``day``.
    """
    if any(int(number) == day.year for number in _DIGITS.findall(text)):
        return
    hint = ", or state the dump's order (--date-order DMY or MDY)" if _year_place_declarable(text) else ""
    raise ValueError(f"the year is written with two digits, which is a guess; write it in full (YYYY-MM-DD){hint}")


def _year_place_declarable(text: str) -> bool:
    """Whether declaring the date order would let ``text``'s two-digit year be read."""
    return bool(_NUMERIC_DATE.match(text) or _NAMED_MONTH_SHORT_YEAR.match(text))


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

    The year is the last number; written with two digits it is completed by
    :data:`TWO_DIGIT_YEAR_RULE`. A value that contradicts the declared order ("03/25/2024" in a
    DMY dump) is refused, since it shows the column is not written the way it was declared.

    Raises:
        ValueError: the value has no month where ``order`` puts it, or no such day.
    """
    numeric = _NUMERIC_DATE.match(text)
    if numeric is None:
        return None
    first, second, year = numeric.group(1, 2, 3)
    _check_time_of_day(numeric.group(4))
    day, month = (int(first), int(second)) if order == "DMY" else (int(second), int(first))
    if not 1 <= month <= 12:
        raise ValueError(f"{month} is no month, yet the date order was given as {order}; check the column's order")
    try:
        return dt.date(_full_year(year), month, day)
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {exc}") from exc


def _check_time_of_day(written: str | None) -> None:
    """Refuse a date whose time of day does not exist ("T25:00", "23:61").

    Only the day is kept, but an impossible time shows the value was mistyped or mangled by
    the export, so the day beside it is no more trustworthy than the time.

    Raises:
        ValueError: a time is written and is not a valid ISO time of day.
    """
    if not written:
        return
    try:
        dt.time.fromisoformat(written)
    except ValueError as exc:
        raise ValueError(f"the time of day {written!r} does not exist ({exc}); check the value") from exc


def _named_month_full_year(text: str) -> str:
    """``text`` with the two-digit year of a month-name date written in full ("30-Nov-23" ->
    "30-Nov-2023"), for a source that declared its date order.

    The declared order says the year comes last, as it does for numeric dates, and the month
    name leaves only the day and the year as numbers, so the last one is the year; it is completed
    by :data:`TWO_DIGIT_YEAR_RULE`. Any other shape is returned unchanged.
    """
    named = _NAMED_MONTH_SHORT_YEAR.match(text)
    if named is None:
        return text
    return f"{named.group(1)}{_full_year(named.group(2))}"


def _full_year(written: str) -> int:
    """A declared-order date's year, a two-digit one completed by :data:`TWO_DIGIT_YEAR_RULE`."""
    year = int(written)
    if len(written) > 2:
        return year
    return year + (1900 if year >= _TWO_DIGIT_PIVOT else 2000)


def _parse_rfc2822(text: str) -> dt.date | None:
    """RSS dates (``Thu, 30 Nov 2023 10:00:00 GMT``) without dateparser's language detection.

    ``email.utils`` insists on the RFC's shape (day, month name, year, time of day), so a value
    it reads has its year where the standard puts it, even with two digits.
    """
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
