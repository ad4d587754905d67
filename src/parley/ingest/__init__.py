"""Ingest stage: read articles from files, dumps, feeds and stdin into Document records.

    read_inputs(paths, *, fields=FieldMap(), max_bytes=DEFAULT_MAX_BYTES, encoding=None,
                date_order=None)
        Streams Documents from text, HTML, JSONL, CSV/TSV, RSS/Atom files, directories and
        "-" (stdin); date_order "DMY" or "MDY" says how dumps write numeric dates. A bad
        input yields an InputError value (not raised) naming the path and line and what to
        do; reading goes on with the next record or file.
    document_from_text(text, *, origin=None, date=None, outlet=None, url=None, title=None,
                       doc_id=None) -> Document
        Builds a Document: content-hash doc_id, leading "date YYYY-MM-DD" marker or a bare
        "YYYY-MM-DD" alone on the first line (removed) or wire dateline (kept), AI-writing
        disclaimer -> ai_generated + ai_evidence.
    read_text_file(path, *, max_bytes=DEFAULT_MAX_BYTES, encoding=None) -> str
        The decoded text of a whole file, with the size, empty, binary and encoding checks of
        an article file (for other text formats, such as Markdown drafts).
    decode_text(data, source, *, encoding=None) -> str
        The same binary and encoding checks for bytes already in memory (an HTTP body).
    read_article_text(text, source, *, html=False) -> Document
        One article from a whole file's or body's text: HTML when declared or when it opens
        like a page, else plain text (what read_inputs does for a text or HTML file).
    check_text_length(document)
        Raises InputError naming a document longer than the parser takes.
    check_encoding(name)
        Raises UsageError for a name that is no text codec (read_inputs checks it too).
    check_date_order(order)
        Raises UsageError for a date order other than None or one of DATE_ORDERS.
    FieldMap: which JSONL key / CSV column holds text, date, outlet, url, title, doc_id.
    ENCODING_HINT: the advice an undecodable input's error ends with (the Python argument and
        CLI option); a reader with other means, such as an HTTP header, swaps it for its own.

Limits, on purpose: articles are never all held in memory (dumps are streamed a line at a time;
whole-file formats are capped by ``max_bytes``; the ingest keeps only each doc_id with a short
digest, about 150 bytes a document, to tell repeats apart: see ``parley.pipeline.RunIds``);
nothing is fetched from the network; the outlet is never guessed from the article body; a date
that cannot be read exactly is an error, never today's date; nor is a year written with two
digits guessed (unless the dump's date order is declared: TWO_DIGIT_YEAR_RULE), nor a day after
tomorrow or before 1900 accepted.

    >>> from parley.ingest import document_from_text
    >>> doc = document_from_text("GAZA, Nov 30 (Reuters) - Hamas said it would free soldiers.")
    >>> (doc.outlet, doc.date, len(doc.doc_id))
    ('Reuters', None, 16)
"""

from __future__ import annotations

from parley.ingest._dates import DATE_ORDERS, TWO_DIGIT_YEAR_RULE, check_date_order
from parley.ingest._decode import ENCODING_HINT, check_encoding
from parley.ingest._documents import (
    content_id,
    document_from_text,
    find_ai_disclaimer,
    is_content_id,
    sentence_starts,
)
from parley.ingest._dumps import DEFAULT_MAX_BYTES, FieldMap
from parley.ingest._read import (
    STDIN,
    check_text_length,
    decode_text,
    read_article_text,
    read_inputs,
    read_text_file,
)

__all__ = [
    "DATE_ORDERS",
    "DEFAULT_MAX_BYTES",
    "ENCODING_HINT",
    "STDIN",
    "TWO_DIGIT_YEAR_RULE",
    "FieldMap",
    "check_date_order",
    "check_encoding",
    "check_text_length",
    "content_id",
    "decode_text",
    "document_from_text",
    "find_ai_disclaimer",
    "is_content_id",
    "read_article_text",
    "read_inputs",
    "read_text_file",
    "sentence_starts",
]
