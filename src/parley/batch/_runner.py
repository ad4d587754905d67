"""The batch runner: chunks of documents -> Dask tasks -> Parquet shards -> bulk loads into the store."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from parley.errors import InputError, UsageError
from parley.extract import EXTRACTOR_VERSION, extract
from parley.extract.nlp import load_nlp
from parley.ingest import DEFAULT_MAX_BYTES, FieldMap, read_inputs
from parley.pipeline import is_stored_undated, new_documents
from parley.records import Document
from parley.store import Store, WriteOutcome
from parley.store.backend import is_postgres_url
from parley.store.rows import extraction_tables
from parley.store.store import content_key

__all__ = [
    "BatchReport", "NlpPreload", "ShardResult", "connect", "default_shard_dir", "extract_shard", "run_batch",
    "shard_name",
]

#: Called with the number of documents just dealt with (extracted, or found already done).
ProgressCallback = Callable[[int], None]

_DONE = "_SUCCESS"


@dataclass(frozen=True)
class ShardResult:
    """What a worker did with one chunk: the shard it wrote, and which process parsed it."""

    shard: str
    documents: int
    pid: int
    nlp_loads: int
    reused: bool = False


@dataclass
class BatchReport:
    """What a batch run did."""

    documents: int = 0
    shards: int = 0
    shards_reused: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: list[InputError] = field(default_factory=list)
    #: Documents this run extracted with no publication date, as ``IngestReport.undated`` counts
    #: them for ``parley ingest``, so both commands' summaries say how many no series can place.
    undated: int = 0
    #: spaCy loads per worker process id (1 each: the model is loaded once per worker).
    nlp_loads: dict[int, int] = field(default_factory=dict)
    out_dir: Path = Path()

    @property
    def ok(self) -> bool:
        """True when no input had to be skipped."""
        return not self.skipped


class NlpPreload(WorkerPlugin):
    """Dask worker plugin: load the spaCy pipeline when a worker starts, before any task arrives.

    ``load_nlp`` is cached per process, so every task on the worker reuses this one pipeline;
    loading up front keeps the first task of each worker from paying for it.
    """

    name = "parley-nlp-preload"

    def setup(self, worker: Any) -> None:
        load_nlp()


def shard_name(documents: list[Document]) -> str:
    """A name that identifies a chunk's content and the extractor version (so a re-run finds it).

    It hashes each document's id and content (:func:`parley.store.store.content_key`: text, date,
    outlet, url, title), so an article corrected under its id makes a new shard instead of the
    old shard being loaded again.
    """
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for document in documents:
        digest.update(b"\0" + document.doc_id.encode() + b"\0" + repr(content_key(document)).encode())
    return f"shard-{digest.hexdigest()[:20]}"


def default_shard_dir(store_target: str) -> Path:
    """Where ``parley batch`` keeps its shards when not told: beside a DuckDB store, named after it
    (``/data/news.duckdb`` -> ``/data/news-batch``), so a re-run finds them again and they are
    deleted with the store, not left in whatever folder the command was started from. A server
    store (or ``:memory:``) has no folder, so its shards go to a temporary folder named after the
    store: still found by a re-run on this machine, and cleared with the temporary files.
    """
    if is_postgres_url(store_target) or store_target == ":memory:":
        digest = hashlib.sha256(store_target.encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"parley-batch-{digest}"
    store = Path(store_target)
    return store.with_name(f"{store.stem}-batch")


def extract_shard(documents: list[Document], out_dir: str) -> ShardResult:
    """Extract a chunk and write it as a shard directory of Parquet files (runs on a worker).

    The files are written to a private temporary directory renamed into place at the end, so a
    shard directory either is complete or does not exist, whatever happens to the worker.
    """
    import pyarrow.parquet as pq

    name = shard_name(documents)
    final = Path(out_dir) / name
    if (final / _DONE).exists():
        return ShardResult(name, len(documents), os.getpid(), load_nlp.cache_info().misses, reused=True)
    partial = Path(out_dir) / f".{name}.{os.getpid()}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for table_name, table in extraction_tables(extract(documents)).items():
        pq.write_table(table, partial / f"{table_name}.parquet")
    (partial / _DONE).touch()
    try:
        partial.rename(final)
    except OSError:  # another worker finished the same shard first (a retried task): keep theirs
        shutil.rmtree(partial, ignore_errors=True)
    return ShardResult(name, len(documents), os.getpid(), load_nlp.cache_info().misses)


def run_batch(
    inputs: Iterable[str | Path],
    *,
    out_dir: str | Path,
    db: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Any = None,
    chunk_size: int = 64,
    fields: FieldMap | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date_order: str | None = None,
    on_progress: ProgressCallback | None = None,
) -> BatchReport:
    """Extract every input document on a Dask cluster into Parquet shards under ``out_dir``; load them into ``db``.

    Args:
        inputs: files or directories, as for ``parley ingest`` (JSONL/CSV dumps, text, HTML, feeds).
        out_dir: where shards are written (kept: a re-run reuses them).
        db: the store to load the shards into (DuckDB path or PostgreSQL URL); None to only write shards.
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); None for a local cluster.
        workers: local cluster size (default: one worker per core); ignored with ``scheduler``.
        client: an already connected ``distributed.Client`` (tests, notebooks); overrides both.
        chunk_size: documents per task and per shard.
        date_order: how the dumps write all-numeric dates ("DMY", "MDY"); see ``read_inputs``.
        on_progress: called with the number of documents each time a shard is done.

    Raises:
        UsageError: bad options.
        StoreError: the store cannot be opened or a shard cannot be loaded.
    """
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BatchReport(out_dir=out)
    store = Store(db) if db else None
    try:
        with _client(client, scheduler, workers) as dask_client:
            readable = read_inputs(inputs, fields=fields or FieldMap(), max_bytes=max_bytes, date_order=date_order)
            chunks = _chunks(_documents(readable, report, store), chunk_size)
            for result in _run_tasks(dask_client, chunks, str(out.resolve())):
                _record(report, result, store, out, on_progress)
    finally:
        if store is not None:
            store.close()
    return report


def _documents(
    items: Iterable[Document | InputError], report: BatchReport, store: Store | None
) -> Iterator[Document]:
    """Input documents to extract: as ingest decides, less those stored already and repeats of
    this run (:func:`parley.pipeline.new_documents`); two articles given one id are refused."""

    def readable() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                report.skipped.append(item)
            else:
                yield item

    for outcome, item in new_documents(readable(), store):
        if isinstance(item, InputError):
            report.skipped.append(item)
        elif outcome is WriteOutcome.UNCHANGED:
            report.documents += 1
            report.unchanged += 1
        else:
            report.undated += is_stored_undated(outcome, item)
            yield item


def _chunks(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(islice(documents, size)):
        yield chunk


def _run_tasks(dask_client: Any, chunks: Iterator[list[Document]], out_dir: str) -> Iterator[ShardResult]:
    """Submit chunks with a bounded number in flight (memory stays flat) and yield results as they finish."""
    window = 2 * max(1, len(dask_client.scheduler_info().get("workers", {})) or 1) + 2
    pending = _distributed().as_completed()
    for chunk in islice(chunks, window):
        pending.add(_submit(dask_client, chunk, out_dir))
    for future in pending:
        result: ShardResult = future.result()
        future.release()
        for chunk in islice(chunks, 1):
            pending.add(_submit(dask_client, chunk, out_dir))
        yield result


def _submit(dask_client: Any, chunk: list[Document], out_dir: str) -> Any:
    # pure=False: the key must not depend on hashing the documents (slow), the shard name is the identity.
    return dask_client.submit(extract_shard, chunk, out_dir, key=f"{shard_name(chunk)}-{os.getpid()}", pure=False)


def _record(
    report: BatchReport, result: ShardResult, store: Store | None, out: Path, on_progress: ProgressCallback | None
) -> None:
    report.documents += result.documents
    report.shards += 1
    report.shards_reused += int(result.reused)
    if not result.reused:
        report.nlp_loads[result.pid] = result.nlp_loads
    if store is not None:
        report_bulk = store.load_parquet(out / result.shard)
        report.added += report_bulk.added
        report.replaced += report_bulk.replaced
        report.unchanged += report_bulk.unchanged
    if on_progress:
        on_progress(result.documents)


#: Where a local cluster's scheduler serves HTTP: any free port on this machine only. The
#: scheduler serves it even with no dashboard, and ``dashboard_address=None`` means Dask's default
#: port 8787, so a second run, a notebook's cluster or any other server there made the run warn
#: (and a test suite that turns warnings into errors fail).
_LOCAL_HTTP_ADDRESS = "127.0.0.1:0"


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A Dask client with spaCy preloaded on every worker: on a running scheduler, or on a new local cluster.

    The local cluster has ``workers`` single-threaded worker processes (default: one per core);
    spaCy holds the GIL, so processes, not threads, are what scale.
    """
    dd = _distributed()
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        with dd.Client(scheduler) as client:
            client.register_plugin(NlpPreload())
            yield client
        return
    n = workers or os.cpu_count() or 1
    with dd.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                         dashboard_address=_LOCAL_HTTP_ADDRESS) as cluster, \
            dd.Client(cluster) as client:
        client.register_plugin(NlpPreload())
        yield client


def _distributed() -> Any:
    """The ``distributed`` package, untyped in parts, as Any (its calls are checked by the tests)."""
    import distributed

    return distributed


@contextmanager
def _client(client: Any, scheduler: str | None, workers: int | None) -> Iterator[Any]:
    if client is not None:
        yield client
    else:
        with connect(scheduler, workers) as owned:
            yield owned

