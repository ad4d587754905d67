"""Serve stage: the HTTP API and the web dashboard over a parley store (``parley serve``).

    create_app(config=None) -> FastAPI
        The app: the JSON API under ``/api`` (OpenAPI schema at ``/openapi.json``), the
        dashboard pages (``/``, ``/figures``, ``/events``, ``/attributions``, ``/documents``,
        ``/documents/{doc_id}``) and their static assets, Vega included, so it works offline.
    ServeConfig(db=None, token=None, read_only=False, max_body_bytes=5 MB)
        The store to serve and who may write. ``ServeConfig.from_env`` reads ``$PARLEY_TOKEN``.
    check_bind(host, config)
        Raises UsageError for a writable server on a non-loopback address without a token.

Every page has a JSON twin computed by the same data function. Writes
(``POST /api/documents``) need ``Authorization: Bearer <token>``. Errors share one JSON shape
(``{"error": {"status", "type", "message", "problems"}}``) whose status comes from the
parley error raised.

Limits: one DuckDB connection per process, used under a lock (reads wait for a running
ingest); paging and most sort orders are done in Python on the filtered rows.

    >>> from fastapi.testclient import TestClient                   # doctest: +SKIP
    >>> from parley.serve import ServeConfig, create_app            # doctest: +SKIP
    >>> with TestClient(create_app(ServeConfig(db="news.duckdb"))) as client:  # doctest: +SKIP
    ...     client.get("/api/figures", params={"category": "killed"}).json()["total"]
"""

from __future__ import annotations

from parley.serve._app import create_app
from parley.serve._config import DEFAULT_MAX_BODY_BYTES, TOKEN_ENV, ServeConfig, check_bind, is_loopback

__all__ = ["DEFAULT_MAX_BODY_BYTES", "TOKEN_ENV", "ServeConfig", "check_bind", "create_app", "is_loopback"]
