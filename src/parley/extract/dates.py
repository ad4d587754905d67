"""Dates: resolve a date expression as written ("on Friday", "October 7") against the article date.

News text dates events relative to the day of publication: "on Friday" in a Thursday story is the
Friday before; "October 7" in a November story is this year's; "in October" is a month. The
result is an ISO string as precise as the text: ``2023-10-07``, ``2023-10`` or ``2011``.

Limits: durations and spans ("six days", "over the next two days", "since Friday") resolve to
None on purpose (they say how long, not when); week-level expressions ("last week") too, because
ISO has no partial form for them that FORMAT.md allows. Future weekdays ("on Friday" in a story
about plans) resolve to the past one, as news most often reports what happened. Decades ("the
1990s") are not dates either.

Beside :func:`resolve_date` this module finds the date expressions of a whole sentence
(:func:`find_dates`, by pattern, for stages where no parse is at hand: a truce that "began on
November 24"), turns an ISO date as precise as written into the days it covers
(:func:`period_of`), and gives a :class:`PartialDate`, a ``datetime.date`` that prints as the
year or month it stands for, so that ledgers can order "2011" among days and still print "2011".
Limits of :func:`find_dates`: English month and weekday names, capitalised as in edited text
("May" the month, not "may" the verb) or wholly upper case as on wire archives ("16 NOVEMBER",
"16 NOV 89", "YESTERDAY"), where an upper-case "MAY" is a month only beside a day or a year;
days counted back ("9 days ago", "the day before yesterday") are points in time, weeks and months
counted back are not; numeric dates (11/24) are not read, their order differs between countries.
A two-digit year ("16 NOV 89", the wire dateline form) is read only after an upper-case month
abbreviation, and falls in the century that puts it nearest the article date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from parley.extract.nlp import sentence_of
from parley.extract.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "DateMention", "PartialDate", "as_day", "day_fields", "find_dates", "is_upper_case", "is_upper_sentence",
    "period_of", "resolve_date",
]

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
_YEAR = re.compile(r"(?<![\d-])(19\d{2}|20\d{2})(?![\d-]|s\b)")
_DAY = re.compile(r"(?<![\d-])(\d{1,2})(?:st|nd|rd|th)?(?![\d-])")
_WORD = re.compile(r"[a-z]+")
#: "next Tuesday", "on next Friday": the first such weekday after the article date (not a span).
_NEXT_WEEKDAY = re.compile(r"^\s*(?:on\s+)?next\s+(\w+day)\s*$")
#: How far past the article date a month-day may lie before it is taken as last year's.
_FUTURE_SLACK = dt.timedelta(days=14)
#: "9 days ago", "a day ago", "the day before yesterday": a day counted back from the article date.
_DAYS_AGO = re.compile(r"\b(?:(\w+)\s+days?\s+ago|(the\s+day\s+before\s+yesterday))\b")
#: A day, an upper-case month abbreviation and a two-digit year: the wire dateline form "16 NOV 89".
_TWO_DIGIT_YEAR = re.compile(r"(?<![\d-])\d{1,2}\s+[A-Z]{3,4}\.?\s+(\d{2})$")


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


def _days_ago(lowered: str, base: dt.date | None) -> str | None:
    """'9 days ago', 'two days ago', 'the day before yesterday', as the day they name; else None."""
    match = _DAYS_AGO.search(lowered)
    if match is None or base is None:
        return None
    count = 2.0 if match.group(2) else parse_number([match.group(1)])
    if count is None or count != int(count) or not 0 < count < 60:
        return None
    return (base - dt.timedelta(days=int(count))).isoformat()


def _century(two_digits: int, base: dt.date | None) -> int:
    """The year a two-digit year names: the one nearest the article date (or 19xx/20xx split at 50)."""
    if base is None:
        return 1900 + two_digits if two_digits >= 50 else 2000 + two_digits
    candidates = [century + two_digits for century in (base.year // 100 * 100 - 100, base.year // 100 * 100,
                                                       base.year // 100 * 100 + 100)]
    return min(candidates, key=lambda year: abs(year - base.year))


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
    if "this" in words and any(w in words for w in ("morning", "afternoon", "evening")):
        return base.isoformat()
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
    if _DAYS_AGO.search(lowered):
        return _days_ago(lowered, base)
    upcoming = _NEXT_WEEKDAY.match(lowered)
    if upcoming is not None:
        weekday = _weekday_in([upcoming.group(1)])
        if weekday is None or base is None:
            return None
        return (base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)).isoformat()
    if _SPAN_WORDS.search(lowered) or re.search(r"\b(days|weeks|months|years|hours)\b", lowered):
        return None
    words = _WORD.findall(lowered.replace(".", " "))
    if "may" in words and "May" not in text and "MAY" not in text:
        words = [w for w in words if w != "may"]
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    short_year = _TWO_DIGIT_YEAR.search(text.strip()) if year is None else None
    if short_year is not None:
        year = _century(int(short_year.group(1)), base)
        text = text.strip()[: short_year.start(1)]
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


# ------------------------------------------------------------------ periods and partial dates


class PartialDate(dt.date):
    """A date known only to its month or year: orders as the period's first day, prints as ISO written.

    Ledgers sort lines by ``datetime.date``; an event dated "in 2011" must sort among them and
    still print as ``2011``, not ``2011-01-01``. What ``date``'s own methods make of it (``+ timedelta``,
    ``replace``) has no precision of its own and prints as the full date it is.

    >>> PartialDate.of("2011").isoformat()
    '2011'
    >>> PartialDate.of("2011-10") < dt.date(2011, 10, 2)
    True
    """

    #: "year" or "month"; a PartialDate made by ``date``'s own constructors (which know nothing of
    #: it) falls back to "day" and prints as a full date rather than failing.
    precision: str = "day"

    @classmethod
    def of(cls, iso: str) -> PartialDate:
        """The partial date of an ISO year ``YYYY`` or month ``YYYY-MM``.

        Raises:
            ValueError: ``iso`` is not a year or a month.
        """
        parts = iso.split("-")
        if len(parts) not in (1, 2) or len(parts[0]) != 4:
            raise ValueError(f"not an ISO year or month: {iso!r}")
        made = cls(int(parts[0]), int(parts[1]) if len(parts) == 2 else 1, 1)
        made.precision = "month" if len(parts) == 2 else "year"
        return made

    def isoformat(self) -> str:
        """``2011`` or ``2011-10``: as precise as the text."""
        if self.precision == "year":
            return f"{self.year:04d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return dt.date(self.year, self.month, self.day).isoformat()

    __str__ = isoformat

    def __repr__(self) -> str:
        if self.precision == "day":
            return repr(dt.date(self.year, self.month, self.day))
        return f"PartialDate.of({self.isoformat()!r})"

    def __reduce__(self) -> tuple[object, tuple[Any, ...]]:
        if self.precision == "day":
            return (dt.date, (self.year, self.month, self.day))
        return (PartialDate.of, (self.isoformat(),))


def period_of(iso: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date as precise as written covers, or None if it is not one.

    >>> period_of("2011")
    (datetime.date(2011, 1, 1), datetime.date(2011, 12, 31))
    >>> period_of("2023-11-24")
    (datetime.date(2023, 11, 24), datetime.date(2023, 11, 24))
    """
    if not iso:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso.strip()[:10])
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError:
        return None


def as_day(iso: str | None) -> dt.date | None:
    """A full ISO date as a ``date``, a year or month as a :class:`PartialDate`, else None."""
    period = period_of(iso)
    if period is None or iso is None:
        return None
    if period[0] == period[1]:
        return period[0]
    return PartialDate.of(iso.strip()[:7] if period[0].month == period[1].month else iso.strip()[:4])


def day_fields(day: dt.date | None) -> dict[str, str | None]:
    """A day for JSON: ``day`` a full ISO date (a period's first day) and ``day_precision``.

    Readers that expect a date keep getting one; ``day_precision`` ("day", "month", "year") says
    when it stands for a whole month or year ("in 2011" → ``2011-01-01``, ``year``).
    """
    if day is None:
        return {"day": None, "day_precision": None}
    precision = day.precision if isinstance(day, PartialDate) else "day"
    return {"day": dt.date(day.year, day.month, day.day).isoformat(), "day_precision": precision}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, with its offsets and its resolved ISO value."""

    start: int
    end: int
    text: str
    iso: str


_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
#: "9 days ago", "the day before yesterday" (any case): a day counted back.
_AGO = (r"(?i:\b(?:the\s+day\s+before\s+yesterday|(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten"
        r"|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)\s+days?\s+ago)\b)")
_TODAY = r"(?:[Yy]esterday|[Tt]oday|[Ll]ast night|[Tt]onight|[Tt]his (?:morning|afternoon|evening))"


def _patterns(dated_month: str, bare_month: str, weekday: str, today: str, case: str) -> list[str]:
    """Date expressions, most specific first; found left to right without overlap.

    ``dated_month`` is a month beside a day or year, ``bare_month`` one after "in", "of", "by";
    they differ only in upper-case text ("MAY" the month needs a day or year, and
    "IN MAR DEL PLATA" is a city). ``case`` ("upper" or "") gives the case of "in", "early", "morning".
    """
    upper = case == "upper"
    early, in_, of_by, parts = (("EARLY|MID|LATE", "IN", "IN|OF|BY", "MORNING|AFTERNOON|EVENING|NIGHT") if upper else
                                ("early|mid|late", "in|In", "in|In|of|by|By", "morning|afternoon|evening|night"))
    early_or_late = "EARLY|LATE" if upper else "early|late"
    season = rf"(?:(?:{early})[\s-])"
    ordinal = r"\d{1,2}(?:ST|ND|RD|TH)?" if upper else _ORD
    of = "OF" if upper else "of"
    return [
        rf"\b(?:{weekday},?\s+)?{dated_month}\s+{ordinal}(?:,?\s+(?:19|20)\d{{2}})?(?![\d:])",
        rf"\b(?:{weekday},?\s+)?{ordinal}\s+(?:{of}\s+)?{dated_month}(?:,?\s+(?:19|20)\d{{2}})?\b",
        rf"\b{season}?{dated_month},?\s+(?:19|20)\d{{2}}\b",
        rf"(?<=\b(?:{of_by}) ){season}?{bare_month}(?![\w-])",
        rf"(?<=\b(?:{in_}) ){season}?(?:19|20)\d{{2}}(?![\d-]|s\b)",
        rf"\b(?:(?:{early_or_late})\s+)?{weekday}(?:\s+(?:{parts}))?\b",
        _AGO,
        rf"\b{today}\b",
    ]


_MENTIONS = [re.compile(p) for p in _patterns(_MONTH_NAME, _MONTH_NAME, _WEEKDAY_NAME, _TODAY, "")]

#: Every text some pattern above matches contains one of these (a cheap test that skips the rest).
# Every name starts a word, so one leading \b lets the engine skip positions inside words; "days ago"
# (any case, costly as a pattern) is tested after a plain substring test (see _may_hold_date).
_ANY_DATE = re.compile(rf"\b(?:{_MONTH_NAME}|{_WEEKDAY_NAME}|{_TODAY}"
                       r"|(?:in|In) (?:(?:early|mid|late)[\s-])?(?:19|20)\d{2})")
_AGO_PATTERN = re.compile(_AGO)

_UPPER_MONTH = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
                r"|JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT?\.?|OCT\.?|NOV\.?|DEC\.?)")
_UPPER_BARE_MONTH = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_UPPER_WEEKDAY = r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY"
_UPPER_TODAY = r"(?:YESTERDAY|TODAY|LAST NIGHT|TONIGHT|THIS (?:MORNING|AFTERNOON|EVENING))"
#: The same in upper-case text (wire archives), first the dateline form with a two-digit year: "16 NOV 89".
_UPPER_MENTIONS = [re.compile(p) for p in (
    r"\b\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\s+\d{2}(?![\d:])",
    *_patterns(rf"(?:{_UPPER_MONTH}|MAY)", _UPPER_BARE_MONTH, _UPPER_WEEKDAY, _UPPER_TODAY, "upper"),
)]
_UPPER_ANY_DATE = re.compile(rf"\b(?:{_UPPER_MONTH}|MAY|{_UPPER_WEEKDAY}|{_UPPER_TODAY}|IN (?:19|20)\d{{2}})")
#: Share of a text's cased letters in upper case from which it is read as upper-case wire text.
_UPPER_SHARE = 0.9


def is_upper_sentence(token: Token) -> bool:
    """Whether ``token``'s sentence is upper-case wire text (:func:`is_upper_case`), worked out once
    per sentence: the figure and event rules ask it of every number and trigger."""
    cache = token.doc.user_data.setdefault("parley_upper_sents", {})
    sent = sentence_of(token)
    if sent.start not in cache:
        cache[sent.start] = is_upper_case(sent.text)
    return bool(cache[sent.start])


def is_upper_case(text: str) -> bool:
    """True for text written wholly in upper case (wire archives), where capitals mark nothing.

    Mixed-case text keeps its capitals as evidence ("May" the month, "USA TODAY" a paper); upper-case
    text needs case-free readings. A few lower-case letters (a "[sic]", a unit) do not change it.
    """
    # Counted by C-level maps over the characters: event views call this once per stored sentence.
    upper, lower = sum(map(str.isupper, text)), sum(map(str.islower, text))
    if upper + lower < 8:
        return False
    return upper >= _UPPER_SHARE * (upper + lower)


def _may_hold_date(text: str, upper: bool) -> bool:
    """A cheap test that every text some date pattern matches passes (most sentences name no date)."""
    if (_UPPER_ANY_DATE if upper else _ANY_DATE).search(text) is not None:
        return True
    return "ago" in text.lower() and _AGO_PATTERN.search(text) is not None


def find_dates(text: str, base: dt.date | None) -> list[DateMention]:
    """The date expressions of a text that name a point or period in time, in order.

    >>> [(m.text, m.iso) for m in find_dates("Since the pause began on November 24, 102 were freed.",
    ...                                      dt.date(2023, 11, 30))]
    [('November 24', '2023-11-24')]
    >>> [m.iso for m in find_dates("Notably, in 2011, over 1,000 were released", dt.date(2023, 11, 30))]
    ['2011']
    """
    upper = is_upper_case(text)
    if not _may_hold_date(text, upper):
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern in _UPPER_MENTIONS if upper else _MENTIONS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            iso = resolve_date(re.sub(r"^(?:early|mid|late|EARLY|MID|LATE)[\s-]", "", match.group(0)), base)
            if iso is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(DateMention(match.start(), match.end(), match.group(0), iso))
    return sorted(found, key=lambda m: m.start)
