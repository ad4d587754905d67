"""Wire datelines: the "GAZA, Nov 30 (Reuters) -" that heads a news agency's story.

Two stages read them. Ingest takes the outlet, and the date when the dateline gives a year
(:mod:`parley.ingest`). Extraction parses the dateline as a sentence of its own
(:func:`parley.extract.nlp.parse_many`): left in the first sentence, the parser makes the place
its subject ("KHARTOUM, May 22 (Reuters) - Sudan's warring parties agreed": KHARTOUM agreed),
and the place becomes the actor of the story's first event and part of its first quotation.

The forms read, at the start of the article or of its second paragraph (after a headline):

* ``GAZA, Nov 30 (Reuters) -``, ``JERUSALEM (AP) —``: a place in capitals, the agency in
  parentheses, optionally a day;
* ``SAN SALVADOR, 3 JAN 90 -- [TEXT]``, ``Lima, 20 Aug 88 (EFE) --``: a place and a day, in any
  case, as wire archives write them; bracketed labels after the dash belong to the dateline;
* ``JERUSALEM — Israel said ...``: a place in capitals alone, but only before a long dash or
  ``--``, since a hyphen after a capitalised word is as often a compound ("US-China talks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "find_dateline"]

#: How far into an article a dateline is looked for (a headline may come first).
SEARCH_CHARS = 600

_DATELINE = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*"
    r"(?P<place>[A-Z][A-Za-z'’.\- ]{1,40}?)(?:[ \t]*\([A-Z][A-Za-z'’.\- ]{1,30}\))??"
    r"(?:,[ \t]*[A-Z][A-Za-z'’.\- ]{1,30}?)??"
    r"(?:,[ \t]*(?P<date>(?P<month_first>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*(?P<year>\d{4}))?)"
    r"|\d{1,2}[ \t]+[A-Z][A-Za-z]{2,8}\.?[ \t]+\d{2,4}))?"
    r"[ \t]*(?:\((?P<outlet>[A-Z][A-Za-z0-9.&'’ /\-]{0,50}?)\)[ \t]*)?"
    r"(?P<dash>--|–|—|-(?=\s))"
)
#: "[REPORT] [ARMED FORCES PRESS COMMITTEE, COPREFA] [TEXT]" after a wire archive's dash.
_LABELS = re.compile(r"(?:[ \t]*\[[^\]\n]{1,200}\])+")
_LONG_DASHES = frozenset({"--", "–", "—"})


@dataclass(frozen=True)
class Dateline:
    """Where a dateline is in the text, and what it names.

    Attributes:
        start: offset of its first character (the place).
        end: offset just after its dash and any bracketed labels: where the story starts.
        outlet: the agency in parentheses, if any ("Reuters").
        month_first_date: the day when written "Nov 30" or "Nov. 30, 2023", if so.
        year: the year of that day, when it has one.
    """

    start: int
    end: int
    outlet: str | None
    month_first_date: str | None
    year: str | None


def find_dateline(text: str) -> Dateline | None:
    """The dateline heading ``text`` (or its second paragraph), or ``None`` when it has none.

    >>> find_dateline("KYIV, Jan 3 (AP) - Russia and Ukraine exchanged prisoners.").outlet
    'AP'
    >>> find_dateline("US-China talks resumed on Monday.") is None
    True
    """
    for found in _DATELINE.finditer(text, 0, SEARCH_CHARS):
        if _is_dateline(found):
            labels = _LABELS.match(text, found.end())
            end = labels.end() if labels else found.end()
            return Dateline(
                start=found.start("place"),
                end=end,
                outlet=(found.group("outlet") or "").strip() or None,
                month_first_date=found.group("month_first"),
                year=found.group("year"),
            )
    return None


def _is_dateline(found: re.Match[str]) -> bool:
    """A day makes any place a dateline; an agency alone needs a place in capitals; a place alone
    needs capitals, spaces round the dash and a long dash ("JERUSALEM — ")."""
    place = found.group("place").strip()
    if found.group("date"):
        return True
    if not _is_capitals(place):
        return False
    if found.group("outlet") is not None:
        return True
    text, dash = found.string, found.group("dash")
    before, after = found.start("dash") - 1, found.end("dash")
    return dash in _LONG_DASHES and text[before].isspace() and after < len(text) and text[after].isspace()


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
