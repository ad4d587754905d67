"""Store stage: records kept in an embedded DuckDB file (``./parley.duckdb`` by default).

All database access goes through :class:`Store`. Each document is written with everything
extracted from it in one transaction (an ingest writes a parser batch of documents per
transaction), so a crash never leaves half a document; writing a
document whose content is already stored by the same extractor version changes nothing, and
one stored by an older extractor version is replaced (re-extraction).

    >>> from parley.store import Store
    >>> with Store(":memory:") as store:
    ...     store.counts()["documents"]
    0
"""

from __future__ import annotations

from parley.store.store import DB_ENV, DEFAULT_DB, BulkReport, EventRow, FigureRow, Store, WriteOutcome, resolve_db_path

__all__ = ["DB_ENV", "DEFAULT_DB", "BulkReport", "EventRow", "FigureRow", "Store", "WriteOutcome", "resolve_db_path"]
