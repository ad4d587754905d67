"""Store fixtures: every store test runs on DuckDB (in memory and on file) and on PostgreSQL.

The PostgreSQL server is a throwaway one started once per session from Debian's ``postgresql``
package (see :mod:`parley.store.pgserver`); each test gets an empty database of its own. Where
the binaries or psycopg are absent, the PostgreSQL cases skip and say why.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from parley.store import Store
from parley.store import store as store_module
from parley.store.backend import Backend
from parley.store.pgserver import PgServer, unavailable_reason

BACKENDS = ["duckdb-memory", "duckdb-file", "postgresql"]
_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"PostgreSQL store tests skipped: {reason}")
    with PgServer() as server:
        yield server


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where to open a fresh, empty store: a DuckDB ``:memory:``, a DuckDB file, or a PostgreSQL URL."""
    if request.param == "duckdb-memory":
        return ":memory:"
    if request.param == "duckdb-file":
        return str(tmp_path / "test.duckdb")
    server: PgServer = request.getfixturevalue("pg_server")
    return server.create_database(f"parley_test_{next(_numbers)}")


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with Store(store_target) as s:
        yield s


@pytest.fixture
def fail_event_inserts(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """A switch that makes every later insert into the events table fail as a full disk would, after
    the document and its figures went in: a write must then roll back whole."""
    real_insert = store_module._insert_many

    def fail_on_events(db: Backend, table: str, columns: str, rows: list[list[object]]) -> None:
        if table == "events":
            raise db.errors[0]("disk full")
        real_insert(db, table, columns, rows)

    def switch_on() -> None:
        monkeypatch.setattr(store_module, "_insert_many", fail_on_events)

    return switch_on
