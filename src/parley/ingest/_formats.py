"""Whole-file formats: plain text, HTML pages and RSS/Atom feeds.

These are read whole (an article page or a feed file is small), so they are guarded by the
``max_bytes`` size limit before a byte is read. HTML goes through trafilatura, which keeps the
article and drops navigation, adverts and footers; a page where it finds no article text is an
error, not an empty document. A feed yields one document per entry, from the entry's full
content when the feed carries it and from its summary otherwise.
"""

from __future__ import annotations

import codecs
import re
import xml.sax
from collections.abc import Iterator
from html.entities import name2codepoint
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.sax import SAXParseException

from parley.errors import InputError
from parley.ingest._documents import document_from_text
from parley.records import Document

__all__ = [
    "html_to_text",
    "looks_like_feed",
    "looks_like_html",
    "read_feed",
    "read_html",
    "read_text",
    "read_whole",
]

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_EMPTY = "the file is empty; give it an article's text or remove it from the inputs"
_HTML_ROOT = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


def read_whole(path: Path, source: str, max_bytes: int) -> bytes:
    """The bytes of a whole-file input, refusing it before reading when it is over the limit.

    Raises:
        InputError: too large, unreadable, or empty.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, _too_large(size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read the file ({exc.strerror}); check its permissions") from exc
    if not data.strip():
        raise InputError(source, _EMPTY)
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit for whole-file inputs; "
        "raise it with read_inputs(..., max_bytes=N) (CLI: --max-mb N) or split the file"
    )


def looks_like_feed(head: bytes) -> bool:
    """The first bytes of an XML file open an RSS, Atom or RDF feed (UTF-16 when it has a BOM,
    as XML allows; feedparser reads such a feed itself)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return _FEED_ROOT.search(head) is not None


def looks_like_html(text: str) -> bool:
    """The text is an HTML page (doctype or ``<html>`` first), whatever the file is called."""
    return _HTML_ROOT.match(text[:4096]) is not None


def read_text(text: str, source: str) -> Document:
    """One plain-text article; the date marker and dateline are read by ``document_from_text``.

    Raises:
        InputError: the text is blank (a byte-order mark or UTF-16 spaces are not caught by the
            byte-level check), blank once the date marker is removed, or the marker is invalid.
    """
    if not text.strip():
        raise InputError(source, _EMPTY)
    document = document_from_text(text, origin=source)
    if not document.text:
        raise InputError(source, "the file holds only a date marker, no article text")
    return document


def read_html(html: str, source: str) -> Document:
    """The main article of an HTML page with its title, date, site name and URL (trafilatura).

    Raises:
        InputError: trafilatura finds no article text (broken or boilerplate-only page).
    """
    import trafilatura

    result: Any = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params={"original_date": True}
    )
    text = getattr(result, "text", None) if result is not None else None
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            source,
            "no article text found in this HTML (broken markup, or only navigation and boilerplate); "
            "save the article page itself, or its text as a .txt file",
        )
    title = _str_or_none(getattr(result, "title", None))
    return document_from_text(
        _without_headline(text, title),
        origin=source,
        date=_str_or_none(getattr(result, "date", None)),
        outlet=_str_or_none(getattr(result, "sitename", None)),
        url=_str_or_none(getattr(result, "url", None)),
        title=title,
    )


def _without_headline(text: str, title: str | None) -> str:
    """The article body without the ``<h1>`` line trafilatura repeats from the title.

    The headline has no final full stop, so left in it runs into the first sentence, and
    its numbers would be counted twice; it is kept in ``Document.title``.
    """
    first, newline, rest = text.lstrip().partition("\n")
    if title and newline and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        return rest
    return text


def read_feed(data: bytes, source: str) -> Iterator[Document | InputError]:
    """One document per feed entry; an entry without text or with a bad date is an InputError.

    The bytes (never a path or URL) are handed to feedparser, so it cannot reach the network.
    """
    import feedparser

    parsed: Any = feedparser.parse(data)
    entries = list(parsed.entries)
    if not entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(source, f"no feed entries found{reason}; is this an RSS or Atom feed?")
        return
    broken = _xml_break(parsed, data)
    if broken:
        yield _broken_feed_error(source, broken)
    outlet = _str_or_none(parsed.feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        yield _feed_entry(entry, number, outlet, source)


def _xml_break(parsed: Any, data: bytes) -> SAXParseException | None:
    """Where feedparser found the feed's XML not well-formed, if it did.

    feedparser reads a feed that breaks off (a truncated download) as far as the break and sets
    its ``bozo`` flag; only the entry at the break shows a problem of its own, so without this the
    entries lost after it would go unnoticed. Its other ``bozo`` causes (a declared encoding it
    overrode, say) lose nothing and are not reported, nor is an HTML entity such as ``&nbsp;``
    that XML does not define: feedparser's lenient reading decodes it and loses no entry, so
    the feed is checked again without those entities for a break that does lose entries.
    """
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not isinstance(exc, SAXParseException):
        return None
    if "undefined entity" in exc.getMessage():
        return _xml_break_beyond_html_entities(data)
    return exc


#: An HTML named entity (``&eacute;``): undefined in XML, yet common in feeds written by CMSs.
_HTML_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]*);")
#: The five entities XML itself defines, left as they are.
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _xml_break_beyond_html_entities(data: bytes) -> SAXParseException | None:
    """The first XML error of ``data`` once its HTML named entities are written as character
    references; None if that makes it well-formed. An unknown name (``&bogus;``) stays, and
    is then the break reported."""

    def numeric(match: re.Match[bytes]) -> bytes:
        code = name2codepoint.get(match.group(1).decode("ascii"))
        return match.group(0) if code is None or match.group(1) in _XML_ENTITIES else b"&#%d;" % code

    try:
        xml.sax.parseString(_HTML_ENTITY.sub(numeric, data), xml.sax.ContentHandler())
    except SAXParseException as exc:
        return exc
    return None


def _broken_feed_error(source: str, exc: SAXParseException) -> InputError:
    """The error that names where a feed's XML breaks: the entries before it are kept."""
    return InputError(
        source,
        f"the feed's XML is broken ({exc.getMessage()}; a truncated download?): the entries before "
        "the break are read, any after it are missing",
        line=exc.getLineNumber(),
    )


def _feed_entry(entry: Any, number: int, outlet: str | None, source: str) -> Document | InputError:
    where = f"{source}#{number}"
    title = _str_or_none(entry.get("title"))
    label = f"feed entry {number} ({title!r})" if title else f"feed entry {number} (untitled)"
    contents = entry.get("content") or []
    body = contents[0].get("value") if contents else entry.get("summary")
    text = html_to_text(body) if isinstance(body, str) else ""
    if not text:
        return InputError(source, f"{label} has no content or summary text")
    raw_date = entry.get("published") or entry.get("updated")
    try:
        return document_from_text(
            text, origin=where, date=raw_date, outlet=outlet, url=_str_or_none(entry.get("link")), title=title
        )
    except InputError as exc:
        return InputError(source, f"{label}: {exc.problem}")


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


class _TextCollector(HTMLParser):
    """Visible text of an HTML fragment, with a paragraph break at each block element."""

    _BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "blockquote",
            "section",
            "article",
            "pre",
            "hr",
            "figcaption",
        ]
    )
    _HIDDEN = frozenset(["script", "style", "noscript", "template"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden_depth += 1
        elif tag in self._BLOCKS:
            self.paragraphs.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in self._BLOCKS:
            self.paragraphs.append([])

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.paragraphs[-1].append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of a feed's HTML (or plain) content: tags dropped, entities decoded.

    Whitespace inside a paragraph is collapsed; paragraphs are separated by a blank line.
    """
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = (" ".join("".join(parts).split()) for parts in collector.paragraphs)
    return "\n\n".join(p for p in paragraphs if p)
