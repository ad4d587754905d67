"""Turning article text into a ``Document``: content-hash id, header metadata, AI disclaimer.

Three things are read from the text itself, and nothing else is guessed from it:

* a leading ``date YYYY-MM-DD`` marker (own line, or followed by the text on the same line, as
  in the bundled seed) gives the date and is removed from the text; so does a bare
  ``YYYY-MM-DD`` alone on the first line with the article below it, as users date a file. A
  bare date followed by text on its line (``2023-11-30 Gaza truce extended``) is text, kept;
  a timeline that opens with its first entry's day alone on a line is dated by that day;
* a wire dateline at the start of the article or of its second paragraph
  (``GAZA, Nov 30 (Reuters) -``, ``JERUSALEM (AP) —``) gives the outlet, and the date when it
  carries a year; a day without a year is not completed with a guessed year. The dateline stays
  in the text: it is part of the article as published;
* a machine-writing disclaimer ("This article ... has been created by the AI assistant ...")
  sets ``ai_generated`` and points ``ai_evidence`` at the sentence, by the patterns in
  ``data/ai_disclaimers.json``.

Outlets named elsewhere in the body (NDTV in the seed's disclaimer) are not taken as the
outlet: an article quotes and credits many outlets, and a wrong outlet is worse than none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley.datelines import find_dateline
from parley.errors import InputError
from parley.ingest._dates import parse_date
from parley.records import Document, Span

__all__ = [
    "content_id",
    "document_from_text",
    "find_ai_disclaimer",
    "is_content_id",
    "make_document",
    "sentence_starts",
]

#: 16 hex digits = 64 bits of SHA-256: collisions are negligible below billions of articles
#: (birthday bound ~4e9) and the id stays short enough to type in a URL or a CLI command.
_ID_HEX_DIGITS = 16

_DATE_MARKER = re.compile(r"\A\s*date\s*[:=]?\s*(\d{4}-\d{1,2}-\d{1,2})(?![\d-])[ \t]*(?:\r?\n)?\s*", re.IGNORECASE)
#: A bare ISO day alone on the first line, with the article after it: strict (four-digit year,
#: two-digit month and day, nothing else on the line), since unmarked it could be text.
_BARE_DATE_LINE = re.compile(r"\A\s*(\d{4}-\d{2}-\d{2})[ \t]*\n\s*(?=\S)")


_SENTENCE_END = re.compile(r"[.!?][)\"”’]?(?=\s|\Z)|\n")
_SENTENCE_START = re.compile(r"(?:[.!?][)\"”’]?\s+|\n\s*)(?=\S)")


def content_id(text: str) -> str:
    """The id of an article: the start of the SHA-256 of its UTF-8 text (same text, same id).

    Re-ingesting a file therefore gives the same ids, so the store can upsert instead of
    duplicating, and the same article arriving from a feed and from a dump is one record.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_ID_HEX_DIGITS]


_CONTENT_ID = re.compile(f"[0-9a-f]{{{_ID_HEX_DIGITS}}}")


def is_content_id(doc_id: str) -> bool:
    """Whether ``doc_id`` has the form of a :func:`content_id` (16 lowercase hex digits).

    Only such ids may be shown shortened: an id the input gave (``202403050001``,
    ``DEV-MUC3-0001``) shares its start with its neighbours.
    """
    return _CONTENT_ID.fullmatch(doc_id) is not None


def document_from_text(
    text: str,
    *,
    origin: str | None = None,
    date: dt.date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """Build a Document from article text, reading its date marker, dateline and AI disclaimer.

    A leading ``date YYYY-MM-DD`` marker, or a ``YYYY-MM-DD`` alone on the first line, is
    removed and surrounding whitespace stripped, so
    offsets refer to the article proper. Metadata given as arguments wins over what the text
    says. ``doc_id`` defaults to :func:`content_id` of the resulting text.

    Raises:
        InputError: ``date`` or the date marker is not a valid, plausible date.

    >>> doc = document_from_text(" date 2023-11-30 Hamas said it would free soldiers.")
    >>> (doc.text, doc.date.isoformat())
    ('Hamas said it would free soldiers.', '2023-11-30')
    """
    return make_document(
        text, origin=origin, date=date, outlet=outlet, url=url, title=title, doc_id=doc_id, strip_marker=True
    )


def make_document(
    text: str,
    *,
    origin: str | None,
    date: dt.date | str | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
    doc_id: str | None,
    strip_marker: bool,
    date_field: str = "date",
    date_order: str | None = None,
) -> Document:
    """:func:`document_from_text`, optionally keeping the text byte for byte.

    Dumps (JSONL/CSV) keep their text verbatim (``strip_marker=False``) because annotations
    and evaluation files give offsets into exactly that text; the marker still supplies a
    missing date. ``date_field`` names the date's column in error messages; ``date_order`` is
    how the source writes all-numeric dates (see :func:`parse_date`).
    """
    where = origin or "<text>"
    fields = {"text": text, "outlet": outlet, "url": url, "title": title, "doc_id": doc_id}
    for name, value in fields.items():
        if isinstance(value, str) and "\x00" in value:
            # A JSON "\u0000" escape: no article holds one, and PostgreSQL cannot store it in text.
            raise InputError(where, f"the {name} holds a NUL character (U+0000), which no article has; "
                                    "remove it (a binary field exported as text?)")
    header = _read_header(text, where)
    body = header.body if strip_marker else text
    try:
        given_date = parse_date(date, order=date_order)
    except ValueError as exc:
        raise InputError(
            where,
            f"field {date_field!r} has {date!r}, which is not a usable date ({exc}); correct it or leave it "
            "empty (the record is skipped: a wrong date would corrupt every series built on it)",
        ) from exc
    evidence = find_ai_disclaimer(body)
    return Document(
        doc_id=doc_id or content_id(body),
        text=body,
        date=given_date or header.date,
        outlet=outlet or header.outlet,
        url=url,
        title=title,
        ai_generated=evidence is not None,
        ai_evidence=evidence,
        origin=origin,
    )


@dataclass(frozen=True, slots=True)
class _Header:
    body: str
    date: dt.date | None
    outlet: str | None


def _read_header(text: str, where: str) -> _Header:
    """Date marker or bare date line (removed from the body) and wire dateline (kept) at the top."""
    body = text.replace("\r\n", "\n").strip()
    marker_date: dt.date | None = None
    marker = _DATE_MARKER.match(body) or _BARE_DATE_LINE.match(body)
    if marker:
        try:
            marker_date = parse_date(_zero_pad(marker.group(1)))
        except ValueError as exc:
            raise InputError(
                where, f"the leading date marker {marker.group(0).strip()!r} is not a valid date ({exc}); fix it"
            ) from exc
        body = body[marker.end() :]
    outlet, dateline_date = _read_dateline(body)
    return _Header(body=body, date=marker_date or dateline_date, outlet=outlet)


def _zero_pad(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _read_dateline(body: str) -> tuple[str | None, dt.date | None]:
    """Outlet and (only with a year) date from a wire dateline near the top of the article."""
    found = find_dateline(body)
    if found is None or found.outlet is None:
        return None, None  # without an agency a dateline names no outlet, and its day is not trusted
    day: dt.date | None = None
    if found.year and found.month_first_date:
        try:
            day = parse_date(found.month_first_date)
        except ValueError:
            day = None  # a dateline we cannot read is no reason to refuse the article
    return found.outlet, day


@lru_cache(maxsize=1)
def _disclaimer_patterns() -> tuple[re.Pattern[str], ...]:
    """Compile ``data/ai_disclaimers.json`` once: each pattern with its shared terms filled in."""
    raw = resources.files("parley.ingest").joinpath("data/ai_disclaimers.json").read_text(encoding="utf-8")
    spec = json.loads(raw)
    terms: dict[str, str] = spec["terms"]
    compiled = []
    for entry in spec["patterns"]:
        source: str = entry["regex"]
        for name, value in terms.items():
            source = source.replace("{" + name + "}", value)
        compiled.append(re.compile(source, re.IGNORECASE | re.MULTILINE))
    return tuple(compiled)


def find_ai_disclaimer(text: str) -> Span | None:
    """The sentence in which the article says a machine wrote it, or ``None``.

    The earliest match over all patterns wins; the span is widened to the whole sentence
    (from the previous sentence end to the next), so it reads as the disclaimer does.
    """
    matches = [m for pattern in _disclaimer_patterns() if (m := pattern.search(text))]
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start())
    start, end = _sentence_around(text, first.start(), first.end())
    return Span(start=start, end=end, text=text[start:end])


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of a text starts (the first at 0), by the same end punctuation and line
    breaks :func:`find_ai_disclaimer` widens its span to: for code that has the text but no parse,
    so that every part of parley cuts a plain text into the same sentences."""
    return [0, *(boundary.end() for boundary in _SENTENCE_START.finditer(text))]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to the sentence that holds it (terminal punctuation kept)."""
    sentence_start = 0
    for boundary in _SENTENCE_START.finditer(text, 0, start + 1):
        sentence_start = boundary.end()
    # a match may start with the whitespace its lookbehind allows; do not begin the span there
    while sentence_start < start and text[sentence_start].isspace():
        sentence_start += 1
    closing = _SENTENCE_END.search(text, end)
    sentence_end = len(text) if closing is None else closing.end()
    if closing is not None and text[closing.start()] == "\n":
        sentence_end = closing.start()
    return sentence_start, sentence_end
