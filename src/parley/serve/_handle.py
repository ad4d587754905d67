"""The app's one store connection, shared by every request under a lock.

A DuckDB connection is not safe to use from two threads at once, and FastAPI runs synchronous
endpoints in a thread pool, so requests take turns. Writes (ingesting a POST) hold the lock
while the articles are extracted, so reads wait for a running ingest; that keeps every read
consistent and suits a newsroom's load, not a public high-traffic site.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.requests import Request

from parley.serve._config import ServeConfig
from parley.store import Store

__all__ = ["StoreHandle", "app_store"]


class StoreHandle:
    """The app's one store connection and the lock that serialises its use."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._store: Store | None = None

    def open(self) -> None:
        """Open the store (at app start-up, so a bad path fails before serving)."""
        if self._store is None:
            self._store = Store(self.config.db, read_only=self.config.read_only)

    def close(self) -> None:
        """Close the store (at shutdown)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    @contextmanager
    def use(self) -> Iterator[Store]:
        """The store, for the duration of one request's reads or writes."""
        with self._lock:
            self.open()
            assert self._store is not None
            yield self._store


def app_store(request: Request) -> StoreHandle:
    """The store handle of the app serving ``request`` (made with the app): the one way API
    endpoints (as a dependency) and pages reach the store."""
    handle: StoreHandle = request.app.state.store
    return handle
