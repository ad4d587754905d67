"""``POST /api/check`` and the ``/check`` page: a draft checked against the store, nothing stored.

The work is the library's (:mod:`parley.check`), as ``parley check`` does it: the draft is read
by :func:`parley.check.draft_from_text` and checked by :func:`parley.check.check_draft`; the API
answers :func:`parley.check.report_dict`, the JSON ``parley check --format json`` writes. A body
is read with the charset, binary and media-type rules of ``POST /api/documents``
(:mod:`parley.serve._posting`).

The evidence (every stored record, indexed: :class:`parley.check.Evidence`) is kept between
requests by :class:`EvidenceCache` and built again only when the store's records changed
(:meth:`parley.store.Store.records_generation`, raised by every write, this process's or
another's): building it takes seconds on a store of tens of thousands of articles, holding the
store's lock, while asking whether the records changed is one small query. The draft is
extracted without the lock, so other readers wait only for that query, or for a rebuild.

Limits: one evidence is held per ``machine_written`` setting, the one being replaced dropped
before its successor is built, so at most two are in memory (one when only one setting is used).
A DuckDB file cannot be written by another process while this server holds it open, even
read-only (DuckDB's file lock); a PostgreSQL store can, and its writes are seen at the next check.
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import Request

from parley.check import Draft, Evidence, check_draft, draft_from_text, report_dict
from parley.errors import InputError
from parley.ingest import decode_text
from parley.serve._data import sentence_href
from parley.serve._errors import RejectedInput
from parley.serve._handle import StoreHandle
from parley.serve._posting import BODY, accepted_media, body_problem, charset_of

__all__ = [
    "CHECK_ORIGIN", "DRAFT_MEDIA_TYPES", "PAGE_ORIGIN", "EvidenceCache", "app_evidence", "check_body", "check_pasted",
    "check_report", "draft_from_body", "with_evidence_links",
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


class EvidenceCache:
    """The evidence of the store behind ``handle``, kept while its records are unchanged.

    One evidence per ``machine_written`` setting, each tagged with the
    :meth:`~parley.store.Store.records_generation` it was built at. Checks take turns on the
    cache's own lock, so concurrent checks after a write wait for one rebuild instead of each
    building the same evidence; reading an evidence is safe from many threads since checking
    never changes it.
    """

    def __init__(self, handle: StoreHandle) -> None:
        self._handle = handle
        self._lock = threading.Lock()
        self._held: dict[bool, tuple[tuple[str, int], Evidence]] = {}

    def evidence(self, *, machine_written: bool = False) -> Evidence:
        """The evidence of the store as it is now (machine-written articles included only with
        ``machine_written``), built again only if the records changed since it was built."""
        with self._lock, self._handle.use() as store:
            # Read before the build: a write another process commits during it makes the next
            # check build again; the evidence is never older than its tag.
            generation = store.records_generation()
            held = self._held.get(machine_written)
            if held is not None and held[0] == generation:
                return held[1]
            # Drop the stale copy first: two evidences of a large store at once could exhaust memory.
            self._held.pop(machine_written, None)
            evidence = Evidence.from_store(store, machine_written=machine_written)
            self._held[machine_written] = (generation, evidence)
            return evidence


def app_evidence(request: Request) -> EvidenceCache:
    """The app's evidence cache (made with the app, over its store handle)."""
    cache: EvidenceCache = request.app.state.evidence
    return cache


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


def check_report(cache: EvidenceCache, draft: Draft, *, machine_written: bool = False) -> dict[str, Any]:
    """The JSON report of ``draft`` checked against every stored article, as ``parley check --format json``
    writes it (machine-written articles count as evidence only with ``machine_written``, as with
    its ``--machine-written``)."""
    return report_dict(check_draft(draft, cache.evidence(machine_written=machine_written)))


def check_body(cache: EvidenceCache, body: bytes, content_type: str, *, machine_written: bool = False
               ) -> dict[str, Any]:
    """The report of the draft in a request body (see :func:`draft_from_body`, :func:`check_report`).

    Reading an HTML body parses it, so, like the check, it runs off the event loop: the caller
    runs this in a worker thread.
    """
    return check_report(cache, draft_from_body(body, content_type), machine_written=machine_written)


def check_pasted(cache: EvidenceCache, text: str, fmt: str) -> dict[str, Any]:
    """The report of a draft pasted into the dashboard's form, in one of :data:`parley.check.DRAFT_FORMATS`.

    Raises:
        UsageError: an unknown format.
        InputError: a draft that cannot be checked (the form shows the reason).
    """
    return check_report(cache, draft_from_text(text, fmt, origin=PAGE_ORIGIN))


def with_evidence_links(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The report's marks, each source given the dashboard link to its sentence in its article,
    so a reader can open the report a verdict rests on."""
    return [
        {**mark, "evidence": [{**source, "href": sentence_href(source["doc_id"], source["start"])}
                              for source in mark["evidence"]]}
        for mark in report["marks"]
    ]
