"""Wire datelines: the "GAZA, Nov 30 (Reuters) -" that heads a news agency's story.

Two stages read them. Ingest takes the outlet, and the date when the dateline gives a year
(:mod:`parley.ingest`). Extraction parses the dateline as a sentence of its own
(:func:`parley.extract.nlp.parse_many`): left in the first sentence, the parser makes the place
its subject ("KHARTOUM, May 22 (Reuters) - Sudan's warring parties agreed": KHARTOUM agreed),
and the place becomes the actor of the story's first event and part of its first quotation.

The forms read, at the start of one of the article's first paragraphs (a headline, byline or time
stamp may come first), one with an agency or a day first:

* ``GAZA, Nov 30 (Reuters) -``, ``JERUSALEM (AP) —``: a place in capitals, the agency in
  parentheses, optionally a day;
* ``SAN SALVADOR, 3 JAN 90 -- [TEXT]``, ``Lima, 20 Aug 88 (EFE) --``: a place and a day, in any
  case, as wire archives write them; bracketed labels after the dash belong to the dateline;
* ``JERUSALEM — Israel said ...``: a place in capitals alone, but only before a long dash or
  ``--`` and a new sentence, since a hyphen after a capitalised word is as often a compound
  ("US-China talks") and a dash may open an aside ("NATO — which has 32 members — said"); a
  spaced hyphen ("GOMA - M23 rebels said", as local outlets write it) only after a place of
  at most three words and before a story in ordinary case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "dateline_text", "find_dateline"]

#: How far into an article a dateline is looked for (a headline may come first).
SEARCH_CHARS = 600

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WIRE_MONTH = r"(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Za-z]*\.?"
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Za-z'’.\- ]{1,40}?)(?:[ \t]*\([A-Z][A-Za-z'’.\- ]{1,30}\))??"
    r"(?:,[ \t]*[A-Z][A-Za-z'’.\- ]{1,30}?)??"
    rf"(?:,[ \t]*(?:(?P<month_first>{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*(?P<year>\d{{4}}))?)"
    rf"|(?P<wire_date>\d{{1,2}}[ \t]+{_WIRE_MONTH}[ \t]+\d{{2,4}})))?"
    r"[ \t]*(?:\((?P<outlet>[A-Z][A-Za-z0-9.&'’ /\-]{0,50}?)\)[ \t]*)?"
    r"(?P<dash>--|–|—|-(?=\s)|(?<=\))-|(?<=\) )-)"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: "[REPORT] [ARMED FORCES PRESS COMMITTEE, COPREFA] [TEXT]" after a wire archive's dash.
_LABELS = re.compile(r"(?:[ \t]*\[[^\]\n]{1,200}\])+")
_LONG_DASHES = frozenset({"--", "–", "—"})
#: Words that continue a sentence after a dash: "NATO — which has 32 members — said".
_CONTINUING = frozenset({"which", "who", "whom", "whose", "that", "and", "or", "but"})
#: A bare place before a dash is a dateline only with at least this many letters ("ROME", not "US").
_MIN_BARE_PLACE = 4
#: A bare place before a plain hyphen has at most this many words ("DAR ES SALAAM - ...").
_MAX_HYPHEN_PLACE_WORDS = 3
#: A bare place is looked for in the first paragraphs only: further down a dash is an aside.
_BARE_PARAGRAPHS = 2
#: Kicker words that head a story the way a place does: "BREAKING — 2 killed in Gaza strike".
_KICKERS = frozenset({"BREAKING", "LIVE", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION",
                      "EDITORIAL", "DEVELOPING", "URGENT", "FLASH"})


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
    """The dateline heading one of ``text``'s first paragraphs, or ``None`` when it has none.

    One with an agency or a day is preferred, from any paragraph starting in the first 600
    characters (after a headline, a byline, a time stamp); a bare place before a dash is taken
    only from the first two, so a headline such as "BREAKING — Israel and Hamas agree truce"
    does not hide the "JERUSALEM (AP) —" after it.

    >>> find_dateline("KYIV, Jan 3 (AP) - Russia and Ukraine exchanged prisoners.").outlet
    'AP'
    >>> find_dateline("US-China talks resumed on Monday.") is None
    True
    """
    bare: Dateline | None = None
    for n, start in enumerate(_paragraph_starts(text)):
        found = _DATELINE.match(text, start, SEARCH_CHARS)
        if found is None:
            continue
        kind = _kind(found)
        if kind == "dated":
            return _dateline(found)
        if kind == "bare" and bare is None and n < _BARE_PARAGRAPHS:
            bare = _dateline(found)
    return bare


def dateline_text(text: str) -> str:
    """The dateline heading ``text`` as written ("ABUJA, March 12, 2025 -"), empty without one: where a
    story naming no town was filed (read by the incident clustering from stored and in-memory articles alike).

    >>> dateline_text("KYIV, Jan 3 (AP) - Russia and Ukraine exchanged prisoners.")
    'KYIV, Jan 3 (AP) -'
    """
    found = find_dateline(text)
    return text[found.start : found.end] if found is not None else ""


def _paragraph_starts(text: str) -> list[int]:
    """The start of each paragraph within reach: a headline, a byline or a time stamp may come first."""
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, SEARCH_CHARS)]


def _dateline(found: re.Match[str]) -> Dateline:
    labels = _LABELS.match(found.string, found.end())
    return Dateline(
        start=found.start("place"),
        end=labels.end() if labels else found.end(),
        outlet=(found.group("outlet") or "").strip() or None,
        month_first_date=found.group("month_first"),
        year=found.group("year"),
    )


def _kind(found: re.Match[str]) -> str | None:
    """"dated" for a dateline with an agency or a day, "bare" for a place alone, None for no dateline.

    A place in capitals takes an agency or a month-first day ("GAZA, Nov 30 (Reuters) -"); any
    place takes the day-month-year of wire archives ("Lima, 20 Aug 88 (EFE) --"). A place alone
    needs capitals, four letters, a long dash with spaces round it, and a story that does not go
    on after the dash as the same sentence ("JERUSALEM — Israel said", not "NATO — which has").
    """
    place = found.group("place").strip()
    if found.group("wire_date"):
        return "dated"
    if not _is_capitals(place):
        return None
    if found.group("outlet") is not None or found.group("month_first"):
        return "dated"
    text, dash = found.string, found.group("dash")
    before, after = found.start("dash") - 1, found.end("dash")
    spaced = text[before].isspace() and after < len(text) and text[after].isspace()
    following = text[after:].split(maxsplit=1)
    next_word = following[0].lstrip("[(\"“‘'") if following else ""  # "-- [TEXT] THE ARMY"
    if (not (dash in _LONG_DASHES or _hyphen_dateline(place, following)) or not spaced
            or sum(c.isalpha() for c in place) < _MIN_BARE_PLACE or place in _KICKERS
            or not (next_word[:1].isupper() or next_word[:1].isdigit()) or next_word.lower() in _CONTINUING):
        return None
    return "bare"


def _hyphen_dateline(place: str, following: list[str]) -> bool:
    """A bare place before a spaced hyphen, as local outlets write it ("GOMA - M23 rebels said"):
    taken only for a short place and a story in ordinary case after it, so a headline in capitals
    ("ARMY FREES HOSTAGES - OFFICIALS") is no dateline."""
    story = following[1].split(maxsplit=2)[:2] if len(following) > 1 else []
    words = [following[0], *story] if following else []
    return len(place.split()) <= _MAX_HYPHEN_PLACE_WORDS and any(w != w.upper() for w in words)


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
