"""``POST /api/check`` and the ``/check`` page: a draft checked against the store, nothing stored.

The work is the library's (:mod:`parley.check`), as ``parley check`` does it: the draft is read
by :func:`parley.check.draft_from_text` and checked by :func:`parley.check.check_draft`; the API
answers :func:`parley.check.report_dict`, the JSON ``parley check --format json`` writes. A body
is read with the charset, binary and media-type rules of ``POST /api/documents``
(:mod:`parley.serve._posting`).

The evidence is read from the store under its lock, then the draft is extracted without the
lock, so other readers wait only for the read, not for the parse.

Limits: the evidence (every stored record) is read for each check, as ``parley check`` reads it
per run: seconds on a store of tens of thousands of articles.
"""

from __future__ import annotations

from typing import Any

from parley.check import Draft, Evidence, check_draft, draft_from_text, report_dict
from parley.errors import InputError
from parley.ingest import decode_text
from parley.serve._data import sentence_href
from parley.serve._errors import RejectedInput
from parley.serve._handle import StoreHandle
from parley.serve._posting import BODY, accepted_media, body_problem, charset_of

__all__ = [
    "CHECK_ORIGIN", "DRAFT_MEDIA_TYPES", "PAGE_ORIGIN", "check_body", "check_pasted", "check_report", "draft_from_body",
    "with_evidence_links",
]

#: Media type of a draft -> its format for :func:`parley.check.draft_from_text`.
DRAFT_MEDIA_TYPES: dict[str, str] = {
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/html": "html",
}

#: How a draft sent over HTTP is named in its report (a file's report names the file).
CHECK_ORIGIN = "POST /api/check"

#: How a draft pasted into the dashboard's form is named in its report.
PAGE_ORIGIN = "the pasted draft"


def draft_from_body(body: bytes, content_type: str) -> Draft:
    """The draft in a request body, read as a draft file of its media type would be.

    Raises:
        UnsupportedMediaType: the media type is not one of :data:`DRAFT_MEDIA_TYPES`.
        RejectedInput: the body is empty, binary, undecodable, too long or holds no text.
    """
    fmt = accepted_media(content_type, DRAFT_MEDIA_TYPES)
    try:
        text = decode_text(body, BODY, encoding=charset_of(content_type))
        return draft_from_text(text, fmt, origin=CHECK_ORIGIN)
    except InputError as error:
        problem = body_problem(error)
        raise RejectedInput(f"cannot check the draft: {problem}", [problem]) from error


def check_report(handle: StoreHandle, draft: Draft, *, machine_written: bool = False) -> dict[str, Any]:
    """The JSON report of ``draft`` checked against every stored article, as ``parley check --format json``
    writes it (machine-written articles count as evidence only with ``machine_written``, as with
    its ``--machine-written``)."""
    with handle.use() as store:
        evidence = Evidence.from_store(store, machine_written=machine_written)
    return report_dict(check_draft(draft, evidence))


def check_body(handle: StoreHandle, body: bytes, content_type: str, *, machine_written: bool = False) -> dict[str, Any]:
    """The report of the draft in a request body (see :func:`draft_from_body`, :func:`check_report`).

    Reading an HTML body parses it, so, like the check, it runs off the event loop: the caller
    runs this in a worker thread.
    """
    return check_report(handle, draft_from_body(body, content_type), machine_written=machine_written)


def check_pasted(handle: StoreHandle, text: str, fmt: str) -> dict[str, Any]:
    """The report of a draft pasted into the dashboard's form, in one of :data:`parley.check.DRAFT_FORMATS`.

    Raises:
        UsageError: an unknown format.
        InputError: a draft that cannot be checked (the form shows the reason).
    """
    return check_report(handle, draft_from_text(text, fmt, origin=PAGE_ORIGIN))


def with_evidence_links(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The report's marks, each source given the dashboard link to its sentence in its article,
    so a reader can open the report a verdict rests on."""
    return [
        {**mark, "evidence": [{**source, "href": sentence_href(source["doc_id"], source["start"])}
                              for source in mark["evidence"]]}
        for mark in report["marks"]
    ]
