"""Small English helpers for the brief: lists, plurals, dates, capitals.

Deliberately tiny: the brief copies numbers and nouns as its sources wrote them ("about 7,200",
"Palestinian prisoners"), so it never has to spell or inflect a number itself; what is left is
joining lists, choosing "was"/"were", writing dates and capitalising a sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

__all__ = ["be", "capitalise", "day", "join", "plural_count"]


def join(items: Sequence[str], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' (no serial comma, as wire style)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def be(count: float | None, written: str | None = None) -> str:
    """'was' for one (or a singular noun phrase), else 'were'."""
    if count == 1 or (written is not None and written.strip().lower() in ("one", "a", "an", "1")):
        return "was"
    return "were"


def plural_count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 report', '2 reports' ('1 ministry', '3 ministries')."""
    if n == 1:
        return f"1 {noun}"
    if plural is None:
        plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{n:,} {plural}"


def day(value: dt.date | None) -> str:
    """'on 24 November 2023', or '' when unknown."""
    return f"on {value.day} {value:%B %Y}" if value else ""


def capitalise(sentence: str) -> str:
    """First letter upper case, the rest as written (names keep their case)."""
    return sentence[:1].upper() + sentence[1:] if sentence else sentence
