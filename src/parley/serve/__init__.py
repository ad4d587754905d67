"""Serve stage: the HTTP API and the web dashboard over a parley store (``parley serve``).

    create_app(config=None) -> FastAPI
        The app: the JSON API under ``/api`` (OpenAPI schema at ``/openapi.json``), the
        dashboard pages (``/``, ``/figures``, ``/events``, ``/attributions``, ``/documents``,
        ``/documents/{doc_id}``, ``/check``) and their static assets, Vega included, so it works offline.
    ServeConfig(db=None, token=None, read_only=False, max_body_bytes=5 MB, open_reads=True)
        The store to serve, who may write and whether reads need the token.
        ``ServeConfig.from_env`` reads ``$PARLEY_TOKEN``.
    reads_open(host, public_reads=False) -> bool
        Reads are open on loopback; elsewhere only when the operator passes ``--public-reads``.
    check_bind(host, config)
        Raises UsageError for a writable server on a non-loopback address without a token, or
        for reads guarded by a token that is not set.

Every page has a JSON twin computed by the same data function (``/check``'s is
``POST /api/check``, the report ``parley check --format json`` writes). ``GET /api/export``
downloads what ``parley export`` writes: ``format=jsonl``, or ``csv``/``parquet`` as a zip of the
four tables. Both are reads: they store nothing and need the token only where reads do. Writes
(``POST /api/documents``) need ``Authorization: Bearer <token>``; so do reads when
``open_reads`` is False (browsers log in once at ``/login`` and keep a session cookie). Errors share one JSON shape
(``{"error": {"status", "type", "message", "problems"}}``) whose status comes from the
parley error raised.

Limits: one DuckDB connection per process, used under a lock (reads wait for a running
ingest). The checker's evidence (every stored record, indexed) is built at the first check and
kept until the store's records change (``Store.records_generation``), one copy per
``machine_written`` setting. Listings are paged and sorted by the store; the overview reads every dated event and
figure, since it draws them all.

    >>> from fastapi.testclient import TestClient                   # doctest: +SKIP
    >>> from parley.serve import ServeConfig, create_app            # doctest: +SKIP
    >>> with TestClient(create_app(ServeConfig(db="news.duckdb"))) as client:  # doctest: +SKIP
    ...     client.get("/api/figures", params={"category": "killed"}).json()["total"]

Over HTTP (``parley serve --db news.duckdb``)::

    curl -H "Content-Type: text/plain" --data-binary @draft.txt http://127.0.0.1:8000/api/check
    curl -OJ "http://127.0.0.1:8000/api/export?format=jsonl"    # parley-records-<date>.jsonl
"""

from __future__ import annotations

from parley.serve._app import create_app
from parley.serve._config import (
    DEFAULT_MAX_BODY_BYTES,
    TOKEN_ENV,
    ServeConfig,
    check_bind,
    is_loopback,
    reads_open,
)

__all__ = [
    "DEFAULT_MAX_BODY_BYTES", "TOKEN_ENV", "ServeConfig", "check_bind", "create_app", "is_loopback", "reads_open",
]
