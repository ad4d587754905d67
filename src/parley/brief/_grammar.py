"""Small English helpers for the brief: lists, plurals, dates, capitals.

Deliberately tiny: the brief copies numbers and nouns as its sources wrote them ("about 7,200",
"Palestinian prisoners"), so it never has to spell or inflect a number itself; what is left is
joining lists, choosing "was"/"were", writing dates and capitalising a sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

__all__ = ["be", "capitalise", "day", "in_sentence", "join", "plural_count"]


def join(items: Sequence[str], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' (no serial comma, as wire style)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def be(count: float | None, written: str | None = None, subject: str | None = None) -> str:
    """'was' for one (or a singular noun phrase), else 'were'.

    Without a count, the ``subject`` phrase decides: "Israeli soldier Gilad Shalit was",
    "Palestinian women and children were".
    """
    if count == 1 or (written is not None and written.strip().lower() in ("one", "a", "an", "1")):
        return "was"
    if count is None and written is None and subject is not None and not is_plural_phrase(subject):
        return "was"
    return "were"


#: Endings of singular nouns in -s ("witness", "crisis", "census").
_SINGULAR_IN_S = ("ss", "is", "us")
#: Plural nouns that do not end in -s.
_IRREGULAR_PLURALS = frozenset({"children", "women", "men", "people", "police", "personnel", "staff", "crew"})


def is_plural_phrase(phrase: str) -> bool:
    """Whether a noun phrase is plural: a coordination, or a common noun in the plural.

    Capitalised words are names ("Gilad Shalit"), so their final -s says nothing.
    """
    words = [w.strip(".,;:'\"") for w in phrase.split()]
    if "and" in words:
        return True
    common = [w for w in words if w and w[0].islower()]
    return any(w in _IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith(_SINGULAR_IN_S) and len(w) > 3)
               for w in common)


def plural_count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 report', '2 reports' ('1 ministry', '3 ministries')."""
    if n == 1:
        return f"1 {noun}"
    if plural is None:
        plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{n:,} {plural}"


def day(value: dt.date | None) -> str:
    """'on 24 November 2023', 'in October 2023' or 'in 2011' (a date known to its month or year), or ''."""
    if not value:
        return ""
    precision = getattr(value, "precision", "day")  # a PartialDate from parley.extract.dates
    if precision == "year":
        return f"in {value.year}"
    if precision == "month":
        return f"in {value:%B %Y}"
    return f"on {value.day} {value:%B %Y}"


def capitalise(sentence: str) -> str:
    """First letter upper case, the rest as written (names keep their case)."""
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def in_sentence(name: str, is_common: Callable[[str], bool] | None = None) -> str:
    """A name as it reads inside a sentence: "The Gaza Government Media Office" → "the Gaza ...".

    A source that opened its sentence keeps that sentence's capital ("Residents of Moura said");
    with ``is_common``, a first word that is a common word is lowered ("according to residents of
    Moura") unless the next word is capitalised too, as in a name ("Doctors Without Borders").
    """
    name = re.sub(r"^(The|An?)\b", lambda m: m.group(1).lower(), name)
    first, space, rest = name.partition(" ")
    if is_common is None or not first[:1].isupper() or _goes_on_as_name(rest) or not is_common(first):
        return name
    return first.lower() + space + rest


def _goes_on_as_name(rest: str) -> bool:
    """A next word in capitals ("Doctors Without Borders") or "of the World": the first word is a name's."""
    return rest[:1].isupper() or re.search(r"\bthe [A-Z]", rest) is not None
