"""The main job: read inputs, extract records, store them — the call behind ``parley ingest``.

The CLI, the HTTP API and batch runs all call :func:`ingest_paths` or :func:`ingest_documents`,
so an article goes through the same steps whichever door it comes in by. Inputs are streamed:
memory grows only by a short digest per distinct doc_id. Documents already stored by the current
extractor with the same text and metadata are not parsed again, so re-running an ingest is
cheap and changes nothing; an article sent again (in a later run) under its id with a new text
or metadata replaces the old. Within one run the first copy of a doc_id wins: see :class:`RunIds`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from parley.errors import InputError, StoreError
from parley.extract import EXTRACTOR_VERSION, extract
from parley.ingest import DEFAULT_MAX_BYTES, FieldMap, content_id, read_inputs
from parley.records import Document, Extraction
from parley.store import BulkReport, Store, WriteOutcome
from parley.store.store import content_key

__all__ = ["IngestReport", "RunIds", "ingest_documents", "ingest_paths", "is_stored_undated", "new_documents"]

T = TypeVar("T")

#: Documents whose stored copy is looked up with one query, and extractions written in one
#: transaction: the parser's batch size, so streaming still starts after one batch. The write
#: checks again, so a document repeated inside one batch is still stored once.
_LOOKUP_BATCH = 32

#: Called once per input item as it is dealt with: the outcome, and the document or the error.
ProgressCallback = Callable[[WriteOutcome | None, Document | InputError], None]


@dataclass
class IngestReport(BulkReport):
    """What an ingest run did: counts per outcome and every input it had to skip."""

    skipped: list[InputError] = field(default_factory=list)
    #: Documents this run stored (added or re-extracted) with no publication date: kept, since
    #: their records are still worth reading, but no series or conflict can place them. Those
    #: found already stored are not counted: they were counted by the run that stored them, and
    #: a repeat inside one run is the same article, not a second undated one.
    undated: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing had to be skipped."""
        return not self.skipped

    def count_document(self, outcome: WriteOutcome, document: Document) -> None:
        """Count one document's outcome, and whether this run stored it without a date."""
        self.count(outcome)
        self.undated += is_stored_undated(outcome, document)


def is_stored_undated(outcome: WriteOutcome | None, document: Document) -> bool:
    """Whether a report counts ``document`` as stored without a date (:attr:`IngestReport.undated`):
    one found already stored (``UNCHANGED``) was counted by the run that stored it. ``None`` is a
    document still to extract, as ``parley batch`` counts it before its shard is loaded."""
    return outcome is not WriteOutcome.UNCHANGED and document.date is None


def ingest_paths(
    sources: Iterable[str | Path],
    store: Store,
    *,
    fields: FieldMap | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    date_order: str | None = None,
    on_item: ProgressCallback | None = None,
) -> IngestReport:
    """Read every source (files, directories, dumps, feeds, ``-`` for stdin) into the store.

    Bad inputs are skipped and listed in the report; the rest of the batch goes on. Documents
    are written a parser batch at a time, each batch in one transaction, so what was stored
    before is never lost and no document is ever half-written.

    Args:
        fields: JSONL/CSV column names of text, date, outlet, url, title, doc_id.
        max_bytes: largest whole file (text, HTML, feed) or dump line/row accepted.
        encoding: force a text encoding instead of detecting it.
        date_order: how the dumps write all-numeric dates ("DMY", "MDY"); see ``read_inputs``.
        on_item: called after each document or skipped input (progress bars).
    """
    report = IngestReport()

    def documents() -> Iterator[Document]:
        items = read_inputs(
            sources, fields=fields or FieldMap(), max_bytes=max_bytes, encoding=encoding, date_order=date_order
        )
        for item in items:
            if isinstance(item, InputError):
                report.skipped.append(item)
                if on_item:
                    on_item(None, item)
            else:
                yield item

    _store_all(documents(), store, report, on_item)
    return report


def ingest_documents(
    documents: Iterable[Document],
    store: Store,
    *,
    on_item: ProgressCallback | None = None,
    all_or_nothing: bool = False,
) -> IngestReport:
    """Extract and store documents already read (by the API, tests or another reader).

    Args:
        on_item: called after each document (progress bars, per-document outcomes).
        all_or_nothing: write every document in one transaction, so a failed write stores none
            of them (the HTTP API promises a client this for one request). The documents are
            then held in memory together, so keep it for bounded inputs; an ingest run writes a
            parser batch at a time and keeps what was stored before a failure.

    Raises:
        StoreError: with ``all_or_nothing``, the write failed and nothing of this call is stored.
    """
    report = IngestReport()
    if all_or_nothing:
        _store_together(documents, store, report, on_item)
    else:
        _store_all(documents, store, report, on_item)
    return report


def _store_together(
    documents: Iterable[Document], store: Store, report: IngestReport, on_item: ProgressCallback | None
) -> None:
    extractions = list(extract(_fresh(documents, store, report, on_item)))
    outcomes = store.write_many(extractions)
    for extraction, outcome in zip(extractions, outcomes, strict=True):
        report.count_document(outcome, extraction.document)
        if on_item:
            on_item(outcome, extraction.document)


def _fresh(
    documents: Iterable[Document], store: Store, report: IngestReport, on_item: ProgressCallback | None
) -> Iterator[Document]:
    """The documents to extract; the ones already stored are counted unchanged and refused ones
    are listed as skipped, each reported to ``on_item`` as it is met."""
    for outcome, item in new_documents(documents, store):
        if outcome is None and isinstance(item, Document):
            yield item
            continue
        if isinstance(item, InputError):
            report.skipped.append(item)
        else:
            report.count(WriteOutcome.UNCHANGED)
        if on_item:
            on_item(outcome, item)


def _store_all(
    documents: Iterable[Document], store: Store, report: IngestReport, on_item: ProgressCallback | None
) -> None:
    for chunk in _chunks(extract(_fresh(documents, store, report, on_item)), _LOOKUP_BATCH):
        for extraction, outcome in _written(store, chunk):
            report.count_document(outcome, extraction.document)
            if on_item:
                on_item(outcome, extraction.document)


def new_documents(
    documents: Iterable[Document], store: Store | None
) -> Iterator[tuple[WriteOutcome | None, Document | InputError]]:
    """Each document with what to do with it: (None, document) to extract, (UNCHANGED, document)
    already stored or a later copy of this run (:class:`RunIds`), (None, error) refused.

    The store is asked once per batch of documents; with no store, only repeats are left out.
    ``parley ingest`` and ``parley batch`` both decide through here.
    """
    seen = RunIds()
    for chunk in _chunks(documents, _LOOKUP_BATCH):
        current = store.current(chunk, EXTRACTOR_VERSION) if store is not None else set()
        for document in chunk:
            outcome = seen.check(document)
            if isinstance(outcome, InputError):
                yield None, outcome
            elif outcome is WriteOutcome.UNCHANGED or document.doc_id in current:
                yield WriteOutcome.UNCHANGED, document
            else:
                yield None, document


class RunIds:
    """The doc_ids seen in one run, each with a digest of its content; the first copy of an id wins.

    The store keeps one document per id, so a run must decide which copy of a repeated id it
    stores, and decide it the same way every time, or each re-run would store the other copy:

    * a doc_id seen again with the same content (:func:`parley.store.store.content_key`: text,
      date, outlet, url, title) is the same article, counted unchanged;
    * an id parley made from the text (:func:`parley.ingest.content_id`) seen again is the same
      text: the same article arriving twice, perhaps with other metadata (an outlet from the
      dateline in one dump, given in another). The first copy is kept and the later one counted
      unchanged, as the bulk write keeps the first copy of a batch;
    * an id the input gave, seen again with another text or other metadata, is refused by name:
      which copy is right is the input's to say (a copying error, ids that restart per file).

    An article re-sent in a *later* run under its id with a new text or metadata replaces the
    stored one. Memory grows by one id and a 16-byte digest per distinct doc_id.
    """

    def __init__(self, *, scope: str = "run", outcome: str = "the first is kept") -> None:
        """``scope`` and ``outcome`` word the clash error: an ingest run keeps the first copy,
        a request to the API stores nothing."""
        self._digests: dict[str, bytes] = {}
        self._scope = scope
        self._outcome = outcome

    def check(self, document: Document) -> WriteOutcome | InputError | None:
        """None for an id first seen; UNCHANGED for a later copy to leave; an error for a clash."""
        digest = hashlib.blake2b(repr(content_key(document)).encode("utf-8"), digest_size=16).digest()
        earlier = self._digests.get(document.doc_id)
        if earlier is None:
            self._digests[document.doc_id] = digest
            return None
        if earlier == digest or document.doc_id == content_id(document.text):
            return WriteOutcome.UNCHANGED
        return InputError(
            document.origin or document.doc_id,
            f"doc_id {document.doc_id!r} was already given to another article (or the same one with "
            f"another text, date, outlet, url or title) in this {self._scope}; {self._outcome}. Give "
            "each article its own id, or send the corrected copy alone",
        )


def _written(store: Store, chunk: list[Extraction]) -> Iterator[tuple[Extraction, WriteOutcome]]:
    """Write a chunk in one transaction; if that fails, write it document by document.

    The second pass yields each document as it is stored, so the ones before a document that
    cannot be stored are kept, counted and reported, as writing one at a time always did, and
    the error names that document.
    """
    try:
        outcomes = store.write_many(chunk)
    except StoreError:
        for extraction in chunk:
            yield extraction, store.write(extraction)
        return
    yield from zip(chunk, outcomes, strict=True)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of up to ``size`` items, pulled lazily (memory stays bounded)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
