"""``POST /api/documents``: articles sent in a request body, read and stored all or nothing.

The body is read by the same readers as ``parley ingest`` (:func:`parley.ingest.read_inputs`,
via a temporary file named for the body's media type) and stored by the same pipeline call
(:func:`parley.pipeline.ingest_documents`), then reconciled when ``parley ingest`` would reconcile
(:func:`parley.reconcile.needs_reconcile`). Unlike the CLI, which skips bad records and goes on,
a request is refused whole when any of its articles cannot be read, or two of them are given one
id with different texts or metadata (:class:`parley.pipeline.RunIds`): a client gets one clear
422 listing every problem, and nothing of that request is stored, so it can fix and resend.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping
from email.message import EmailMessage
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, Field

from parley.errors import InputError
from parley.ingest import ENCODING_HINT, read_inputs
from parley.pipeline import RunIds, ingest_documents
from parley.reconcile import needs_reconcile, reconcile
from parley.records import Document
from parley.serve._data import document_href
from parley.serve._errors import RejectedInput, UnsupportedMediaType
from parley.store import Store

__all__ = ["BODY", "MEDIA_TYPES", "IngestResult", "accepted_media", "body_problem", "charset_of", "ingest_body"]

#: Media type of the body -> the file suffix the ingest readers recognise.
MEDIA_TYPES: dict[str, str] = {
    "text/plain": ".txt",
    "text/html": ".html",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/x-jsonlines": ".jsonl",
}

#: How a problem of a request body names where it is.
BODY = "request body"

_T = TypeVar("_T")


class StoredDocument(BaseModel):
    """One posted article as stored."""

    doc_id: str
    outcome: str = Field(description="added, unchanged (already stored) or replaced")
    href: str


class IngestResult(BaseModel):
    """What a POST stored."""

    added: int
    unchanged: int
    replaced: int
    documents: list[StoredDocument]


def ingest_body(body: bytes, content_type: str, store: Store, *, max_bytes: int) -> IngestResult:
    """Read the articles in ``body`` and store them, or store nothing and say why.

    Raises:
        UnsupportedMediaType: the content type is not one of :data:`MEDIA_TYPES`.
        RejectedInput: some article could not be read; lists every problem.
    """
    suffix = accepted_media(content_type, MEDIA_TYPES)
    documents = _read(body, suffix, max_bytes, charset_of(content_type))
    outcomes: list[StoredDocument] = []

    def record(outcome: object, item: Document | InputError) -> None:
        if isinstance(item, Document):
            outcomes.append(StoredDocument(doc_id=item.doc_id, outcome=str(outcome), href=document_href(item.doc_id)))

    report = ingest_documents(documents, store, on_item=record, all_or_nothing=True)
    if needs_reconcile(store, report.added + report.replaced):
        # As `parley ingest` does: link the new events to incidents and build their view lines, so
        # the API lists them with their incident and the views need not recompute them per read.
        reconcile(store)
    return IngestResult(added=report.added, unchanged=report.unchanged, replaced=report.replaced, documents=outcomes)


def accepted_media(content_type: str, accepted: Mapping[str, _T]) -> _T:
    """What ``accepted`` maps the body's media type to (parameters such as charset aside).

    Raises:
        UnsupportedMediaType: the media type is not one of ``accepted``, or none was sent.
    """
    chosen = accepted.get(content_type.split(";")[0].strip().lower())
    if chosen is None:
        what = f"the media type {content_type}" if content_type else "a body without Content-Type"
        raise UnsupportedMediaType(f"cannot read {what}; send one of: {', '.join(accepted)}")
    return chosen


def charset_of(content_type: str) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if the client declared one.

    A declared charset is used rather than detected: detection guesses on short bodies (a
    Latin-1 paragraph can read as a Baltic code page), and the client knows what it sent.
    """
    header = EmailMessage()
    header["Content-Type"] = content_type
    charset = header.get_param("charset")
    return charset if isinstance(charset, str) and charset.strip() else None


def _read(body: bytes, suffix: str, max_bytes: int, encoding: str | None) -> list[Document]:
    """Every document in the body; raises with all problems if any record is bad.

    Raises:
        UsageError: the declared charset is not a known encoding.
    """
    with tempfile.TemporaryDirectory(prefix="parley-post-") as workdir:
        path = Path(workdir) / f"body{suffix}"
        path.write_bytes(body)
        results = list(read_inputs([path], max_bytes=max_bytes, encoding=encoding))
    problems = [body_problem(r, str(path)) for r in results if isinstance(r, InputError)]
    documents = [r for r in results if isinstance(r, Document)]
    # Two articles given one id: ingest would keep the first and skip the other after storing
    # the rest, so they are found here, by the same rule, before anything is stored.
    seen = RunIds(scope="request", outcome="nothing was stored")
    for document in documents:
        if isinstance(clash := seen.check(document), InputError):
            where = re.sub(r":(\d+)$", r" line \1", (document.origin or "").replace(str(path), BODY))
            problems.append(f"{where}: {clash.problem}")
    if problems:
        raise RejectedInput(f"nothing stored: {len(problems)} problem(s) in the request body: {problems[0]}", problems)
    if not documents:
        raise RejectedInput("nothing stored: the request body holds no article", ["request body: no article"])
    # The origin names the temporary file, which means nothing later; say where it came from.
    return [d.model_copy(update={"origin": "POST /api/documents"}) for d in documents]


def body_problem(error: InputError, path: str | None = None) -> str:
    """One unreadable input of a request body as a client of the API can act on it.

    The readers' advice on encodings names a Python argument and a CLI option, neither of which
    an HTTP client has; over HTTP the encoding is declared in the Content-Type header. ``path``
    is the temporary file the body was read from, if any: it means nothing to the client.
    """
    where = f"{BODY} line {error.line}" if error.line is not None else BODY
    problem = error.problem.replace(path, BODY) if path else error.problem
    problem = problem.replace(ENCODING_HINT, _HTTP_ENCODING_HINT)
    return f"{where}: {problem}"


_HTTP_ENCODING_HINT = (
    "declare the encoding in the Content-Type header (for example 'text/plain; charset=cp1252') "
    "or send the body as UTF-8"
)
