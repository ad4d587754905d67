"""Reading a draft to check: plain text, HTML or Markdown, as one :class:`Draft`.

Text and HTML go through :func:`parley.ingest.read_inputs`, so a draft is read exactly as an
ingested article would be. Markdown is reduced to its prose by :func:`strip_markdown`, which
removes markup (emphasis, headings, links, images, code fences, list and quote markers) and keeps
a map from each character of the prose back to the Markdown source, so a mark can be shown on
the prose and located in the file.

Limits: Markdown is read line by line with regular expressions (CommonMark's corner cases, such
as nested emphasis across lines or reference-style links, are left as written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from parley.errors import InputError, UsageError
from parley.ingest import check_text_length, document_from_text, read_article_text, read_inputs, read_text_file
from parley.records import Document

__all__ = ["DRAFT_FORMATS", "Draft", "draft_from_text", "read_draft", "strip_markdown"]

#: The formats a draft given as text may be in (a file's is told by its suffix).
DRAFT_FORMATS = ("text", "markdown", "html")

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

# Markup to delete (the group that is kept, if any, is named "keep").
_LINE_PREFIX = re.compile(r"^(?:\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+))+")
_INLINE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\([^)]*\)"          # image: keep the alt text
    r"|\[(?P<link>[^\]]+)\]\([^)]*\)"         # link: keep the label
    r"|(?P<mark>\*\*|__|\*|_(?=\S)|(?<=\S)_|`)"  # emphasis and code ticks: drop
)
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


@dataclass(frozen=True)
class Draft:
    """A draft as parley reads it: the document (prose), its format, and the way back to the file.

    ``source_offsets[i]`` is the offset in ``source`` of character ``i`` of ``document.text``
    (Markdown only; for text and HTML the prose is the document and the list is empty).
    """

    document: Document
    format: str
    source: str = ""
    source_offsets: list[int] = field(default_factory=list)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original file of a span of the prose (the same span for text and HTML)."""
        if not self.source_offsets:
            return start, end
        last = len(self.source_offsets) - 1
        if last < 0:
            return start, end
        return self.source_offsets[min(start, last)], self.source_offsets[min(max(end - 1, 0), last)] + 1


def strip_markdown(markdown: str) -> tuple[str, list[int]]:
    """Prose of a Markdown text and, for each of its characters, its offset in the Markdown."""
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    in_fence = False
    for line in markdown.splitlines(keepends=True):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and not _RULE.match(line.rstrip("\n")):
            _strip_line(line, position, out, offsets)
        elif line.endswith("\n"):
            out.append("\n")
            offsets.append(position + len(line) - 1)
        position += len(line)
    return "".join(out), offsets


def _strip_line(line: str, base: int, out: list[str], offsets: list[int]) -> None:
    prefix = _LINE_PREFIX.match(line)
    i = prefix.end() if prefix else 0
    while i < len(line):
        match = _INLINE.search(line, i)
        end = match.start() if match else len(line)
        for j in range(i, end):
            out.append(line[j])
            offsets.append(base + j)
        if not match:
            break
        kept = match.group("alt") if match.group("alt") is not None else match.group("link")
        if kept:
            first = match.start() + (2 if match.group("alt") is not None else 1)
            for k, ch in enumerate(kept):
                out.append(ch)
                offsets.append(base + first + k)
        i = match.end()


def read_draft(path: str | Path, *, date: str | None = None, outlet: str | None = None) -> Draft:
    """Read a draft file (``.md``/``.markdown`` as Markdown; anything else as parley ingests it).

    Raises:
        InputError: the file cannot be read or holds no article.
    """
    path = Path(path)
    if path.suffix.lower() in _MARKDOWN_SUFFIXES:
        # the checks and encoding detection of an ingested article, so a draft is never read differently
        return draft_from_text(read_text_file(path), "markdown", origin=str(path), date=date, outlet=outlet)
    for item in read_inputs([path]):
        if isinstance(item, InputError):
            raise item
        document = item
        if date or outlet:
            document = document.model_copy(update=_metadata(date, outlet))
        return Draft(document=document, format="html" if path.suffix.lower() in (".html", ".htm") else "text")
    raise InputError(path, "no article in this file")


def draft_from_text(text: str, fmt: str, *, origin: str | None = None, date: str | None = None,
                    outlet: str | None = None) -> Draft:
    """A draft given as text in one of :data:`DRAFT_FORMATS` (pasted in a form, sent over HTTP).

    Text and HTML are read as an ingested article is (:func:`parley.ingest.read_article_text`),
    Markdown by :func:`markdown_draft`; every draft gets the empty and length checks, so a draft
    that cannot be checked is refused with a reason rather than "checked" with no claims.

    Raises:
        UsageError: ``fmt`` is not one of :data:`DRAFT_FORMATS`.
        InputError: the draft is blank, too long, or HTML without article text.
    """
    source = origin or "<draft>"
    if fmt not in DRAFT_FORMATS:
        raise UsageError(f"unknown draft format {fmt!r}: choose {', '.join(DRAFT_FORMATS)}")
    if not text.strip():
        raise InputError(source, "the draft is empty; give the text to check")
    if fmt == "markdown":
        draft = markdown_draft(text, origin=origin, date=date, outlet=outlet)
    else:
        document = read_article_text(text, source, html=fmt == "html")
        if date or outlet:
            document = document.model_copy(update=_metadata(date, outlet))
        draft = Draft(document=document, format=fmt)
    check_text_length(draft.document)
    return draft


def markdown_draft(source: str, *, origin: str | None = None, date: str | None = None,
                   outlet: str | None = None) -> Draft:
    """A draft from Markdown text (see :func:`strip_markdown`)."""
    prose, offsets = strip_markdown(source)
    document = document_from_text(prose, origin=origin, date=date, outlet=outlet)
    # document_from_text drops a leading date marker and surrounding blanks: realign the map.
    shift = prose.find(document.text[:200]) if document.text else 0
    offsets = offsets[max(shift, 0) : max(shift, 0) + len(document.text)]
    return Draft(document=document, format="markdown", source=source, source_offsets=offsets)


def _metadata(date: str | None, outlet: str | None) -> dict[str, object]:
    import datetime as dt

    update: dict[str, object] = {}
    if date:
        update["date"] = dt.date.fromisoformat(date)
    if outlet:
        update["outlet"] = outlet
    return update
