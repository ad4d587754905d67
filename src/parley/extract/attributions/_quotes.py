"""Quotes across sentences: a quotation continuing after the attribution extends its content to the end
of the continuing quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parley.extract.attributions._spans import _closing_mark_at, _Found, _starts_with_quote

#: A period and a capital after it, and the words before a period that do not end a sentence.
_PERIOD_THEN_CAPITAL = re.compile(r"\. +[A-Z]")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "U.N", "U.S", "J"
_ABBREVIATIONS = frozenset({"lt", "gen", "col", "maj", "capt", "sgt", "dr", "mr", "mrs", "ms", "st", "jr", "sr",
                            "gov", "sen", "rep", "rev", "prof", "brig", "adm", "cmdr", "no"})


def _extend_quote(found: _Found, text: str, quotes: Sequence[tuple[int, int]]) -> _Found:
    """'"A," she said. "B."': a quote opening right after the attribution's sentence joins its content.

    Only when the content is itself a quotation that precedes the cue, and the next quotation
    starts the very next sentence of the same paragraph.
    """
    start, end = found.content
    if not (end <= found.cue[0] and _starts_with_quote(text, start, quotes)):
        return found
    following = next(((q_start, q_end) for q_start, q_end in quotes if q_start >= found.cue[1]), None)
    if following is None:
        return found
    between = text[found.cue[1] : following[0]]
    if "\n" in between or not between.rstrip().endswith("."):
        return found
    if _ends_a_sentence_before(text, found.cue[1], found.cue[1] + len(between.rstrip()) - 1):
        return found  # another sentence stands between: '"A," she said. The army denied it. "B"'
    if text[_closing_mark_at(text, following[1]) - 1] == "," and _OWN_SPEAKER_AFTER.match(text, following[1]):
        return found  # '"B," the senator said': the next quotation has a speaker of its own
    return _Found(found.source, found.cue, (start, following[1]))


#: A speaker and a finite verb of saying right after a quotation: ' the senator said', ' said Kerry'.
_OWN_SPEAKER_AFTER = re.compile(
    r"\s*(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|insisted|replied)\b")


def _ends_a_sentence_before(text: str, start: int, stop: int) -> bool:
    """A period followed by a capital between ``start`` and ``stop`` that ends a sentence: one after a
    word, not after an initial or an abbreviation ("U.N.", "Lt. Gen.")."""
    for match in _PERIOD_THEN_CAPITAL.finditer(text, start, stop):
        word = text[:match.start()].split()[-1] if text[:match.start()].split() else ""
        if not (_INITIALS.fullmatch(word) or word.lower() in _ABBREVIATIONS):
            return True
    return False
