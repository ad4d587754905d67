"""The numbers a quoted statement states, each read apart, for comparing two reports of one quote.

A quote misquoted by one number ("24 and 40" for "23 and 41") must show as a substitution, and
a quote paraphrased ("10 to 20" for "between 10 and 20") must not: so every number of a range
or list is its own number, and tokens are joined only where English joins them into one
spelled-out number: "twenty-four", "two hundred and forty", "1.2 million". The vocabulary and
the value of a joined number come from :mod:`parley.extract.numbers`.

Limits: plain text, no parse: "one" as a pronoun ("one of them") is read as 1; ordinals, vague
plurals ("hundreds") and fractions are not numbers here; a digit token never joins the number
before it ("1 million 200,000" is two numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from parley.extract.numbers import lexicon, parse_digits, parse_number

__all__ = ["numbers_in"]

#: A token: letters and digits, with the commas, points and hyphens inside numbers and compounds.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9,.\-]*")
#: Text between two tokens that still lets them be one number (spaces only).
_JOINING_GAP = re.compile(r"\s*")

_Kind = Literal["digits", "unit", "tens", "scale", "and", "other"]
#: After which kinds of word each kind continues a spelled-out number ("twenty" + "four",
#: "hundred" + "forty", "two" + "hundred", "hundred" + "and"); digits always start a new number.
_CONTINUES: dict[_Kind, frozenset[_Kind]] = {
    "unit": frozenset({"tens", "scale", "and"}),
    "tens": frozenset({"scale", "and"}),
    "scale": frozenset({"digits", "unit", "tens", "scale"}),
    "and": frozenset({"scale"}),
}


def _kind(word: str) -> _Kind:
    lower, lex = word.lower(), lexicon()
    if parse_digits(lower) is not None:
        return "digits"
    if lower in lex.units:
        return "unit"
    if lower in lex.tens:
        return "tens"
    if lower in lex.scales:
        return "scale"
    return "and" if lower == "and" else "other"


def _pieces(text: str) -> Iterator[tuple[str, bool]]:
    """Each word piece with whether it may join the piece before it.

    Hyphens split a token ("3,000-4,000", "twenty-four"); punctuation between or after tokens
    ("24, 39", "(10)") ends a number.
    """
    end = 0
    for match in _TOKEN.finditer(text):
        gap_joins = _JOINING_GAP.fullmatch(text, end, match.start()) is not None
        token = match.group(0)
        core = token.rstrip(".,-")
        for i, piece in enumerate(p for p in core.split("-") if p):
            yield piece, gap_joins or i > 0
        end = match.start() + len(core) if core != token else match.end()


@lru_cache(maxsize=65536)
def numbers_in(text: str) -> frozenset[float]:
    """The numbers a text states, in digits or words, each number of a range or list apart.

    "between 10 and 20" and "10 to 20" both give {10, 20}; "3,000-4,000" gives {3000, 4000};
    "two hundred and forty" gives {240}: "and" joins only after a scale word and before a
    number word of a spelled-out number.
    """
    found: set[float] = set()
    run: list[str] = []
    last: _Kind = "other"
    for piece, joins in [*_pieces(text), ("", False)]:
        kind = _kind(piece) if piece else "other"
        if run and not (joins and last in _CONTINUES.get(kind, frozenset())):
            _flush(run, last, found)
            run = []
        if kind not in ("other", "and") or run:
            run.append(piece)
        last = kind if run else "other"
    return frozenset(found)


def _flush(run: list[str], last: _Kind, found: set[float]) -> None:
    """Add the value of a finished run (a trailing "and" was no part of it)."""
    words = run[:-1] if last == "and" else run
    value = parse_number(words) if words else None
    if value is not None:
        found.add(value)
