"""Batch stage: ingest and extraction over many inputs on a Dask cluster, loaded into the store in bulk.

``parley batch`` (and :func:`run_batch`) reads the inputs on the client, cuts the documents into
chunks, and has Dask workers extract each chunk into a Parquet *shard* (one file per record
table, in the store's column order). Each worker process loads the spaCy pipeline once, when
it starts (a worker plugin) and keeps it (``load_nlp`` is cached per process). Shards finished
by an earlier run are found by name and not computed again, and loading a shard applies the
store's own rules (same extractor version: unchanged), so a run that failed half-way is
finished by running it again, without duplicates.

Limits: the inputs are read by the client process, which is fine up to a few thousand documents
a second; the shard directory must be reachable by the client and every worker (a shared
filesystem when the cluster spans machines). ``parley batch`` keeps the shards beside a DuckDB
store unless told otherwise (:func:`default_shard_dir`). One DuckDB file takes one writer at a time, so
the client alone writes to the store.

    >>> from parley.batch import run_batch
    >>> report = run_batch(["articles.jsonl"], out_dir="batch-out", db="news.duckdb")  # doctest: +SKIP
"""

from __future__ import annotations

from parley.batch._runner import (
    BatchReport,
    NlpPreload,
    ShardResult,
    connect,
    default_shard_dir,
    extract_shard,
    run_batch,
    shard_name,
)

__all__ = [
    "BatchReport", "NlpPreload", "ShardResult", "connect", "default_shard_dir", "extract_shard", "run_batch",
    "shard_name",
]
