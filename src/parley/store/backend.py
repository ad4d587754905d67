"""Database backends of the store: the one small place where DuckDB and PostgreSQL differ.

Every query of :mod:`parley.store.store` is written once, in the SQL both engines share, with
``?`` placeholders, and runs through a :class:`Backend`. What differs lives here and nowhere
else:

- opening the database, read-only mode, and the engine's exception classes;
- placeholders: psycopg wants ``%s`` where DuckDB takes ``?``;
- :meth:`Backend.try_date`: a text-to-date cast that gives NULL instead of failing;
- :meth:`Backend.rowcount`: how many rows an UPDATE/DELETE touched;
- :meth:`Backend.stage`: an Arrow table made visible to SQL under a name, for set-based writes
  (DuckDB scans the Arrow memory in place; PostgreSQL receives it by ``COPY`` into a temp table);
- :meth:`Backend.export`: one query result written to CSV/Parquet (DuckDB's ``COPY TO``;
  for PostgreSQL rows are fetched into Arrow and written by pyarrow).

A target of the form ``postgresql://...`` (or ``postgres://...``) opens PostgreSQL through
psycopg 3, which is imported only then, so DuckDB users need not install it. Limits: PostgreSQL
text cannot hold NUL characters, so a document containing one fails to store there.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import duckdb

from parley.errors import StoreError

__all__ = ["Backend", "Result", "is_postgres_url", "open_backend", "redact"]

_POSTGRES_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
_ISO_DAY = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"


class Result(Protocol):
    """What an executed statement gives back (a DuckDB connection or a psycopg cursor)."""

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


def is_postgres_url(target: str) -> bool:
    """True for a PostgreSQL connection URL, False for a DuckDB file path or ``:memory:``."""
    return bool(_POSTGRES_URL.match(target))


def redact(target: str) -> str:
    """The target with any password in a URL replaced by ``***``, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", target)


def open_backend(target: str, *, read_only: bool) -> Backend:
    """Open the database named by ``target`` (a DuckDB path, ``:memory:``, or a PostgreSQL URL).

    Raises:
        StoreError: the database cannot be opened.
    """
    if is_postgres_url(target):
        return PostgresBackend(target, read_only=read_only)
    return DuckDBBackend(target, read_only=read_only)


class Backend(ABC):
    """One open connection and the engine-specific pieces of SQL the store needs."""

    #: Exceptions the engine raises for a failed statement; the store turns them into StoreError.
    errors: tuple[type[Exception], ...]
    name: str

    @abstractmethod
    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] | None = None) -> Result:
        """Run one statement with ``?`` placeholders."""

    @abstractmethod
    def executemany(self, sql: str, rows: list[list[Any]]) -> None:
        """Run one statement with ``?`` placeholders once per row."""

    @abstractmethod
    def rowcount(self, result: Result) -> int:
        """Rows changed by the UPDATE/DELETE that gave ``result``."""

    @abstractmethod
    def stage(self, name: str, table: Any) -> None:
        """Make the Arrow ``table`` readable by SQL as ``name`` until :meth:`unstage` (in a transaction)."""

    @abstractmethod
    def unstage(self, name: str) -> None:
        """Forget a staged table."""

    @abstractmethod
    def tidy(self, tables: Sequence[str]) -> None:
        """Reclaim the space of deleted rows and refresh the planner's statistics (outside a transaction)."""

    @abstractmethod
    def try_date(self, expr: str) -> str:
        """SQL turning the ISO text ``expr`` into a DATE, NULL where it is not one."""

    @abstractmethod
    def export(self, query: str, target: Path, fmt: str) -> None:
        """Write the rows of ``query`` to ``target`` as ``csv`` (with a header) or ``parquet``."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection (idempotent)."""

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")


class DuckDBBackend(Backend):
    """An embedded DuckDB file (or ``:memory:``): one writer process at a time."""

    errors = (duckdb.Error,)
    name = "duckdb"

    def __init__(self, path: str, *, read_only: bool) -> None:
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"{path}: no parley store here yet; run `parley ingest` first")
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open the store: {first_line(exc)}") from exc

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] | None = None) -> Result:
        return self.con.execute(sql, params)

    def executemany(self, sql: str, rows: list[list[Any]]) -> None:
        self.con.executemany(sql, rows)

    def rowcount(self, result: Result) -> int:
        row = result.fetchone()  # DuckDB answers a DELETE/UPDATE with one row: the count
        return int(row[0]) if row and row[0] is not None else 0

    def stage(self, name: str, table: Any) -> None:
        self.con.register(name, table)

    def unstage(self, name: str) -> None:
        self.con.unregister(name)

    def tidy(self, tables: Sequence[str]) -> None:
        """Nothing to do: DuckDB reclaims deleted rows itself and plans without statistics tables."""

    def try_date(self, expr: str) -> str:
        return f"try_cast({expr} AS DATE)"

    def export(self, query: str, target: Path, fmt: str) -> None:
        options = "(FORMAT csv, HEADER true)" if fmt == "csv" else "(FORMAT parquet)"
        path = str(target).replace("'", "''")
        self.con.execute(f"COPY ({query}) TO '{path}' {options}")

    def close(self) -> None:
        self.con.close()


class PostgresBackend(Backend):
    """A PostgreSQL database through psycopg 3, in autocommit mode with explicit transactions."""

    name = "postgresql"

    def __init__(self, url: str, *, read_only: bool) -> None:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise StoreError("a postgresql:// store needs psycopg 3: pip install 'psycopg[binary]'") from exc
        self._psycopg = psycopg
        self.errors = (psycopg.Error,)
        try:
            self.con = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"{redact(url)}: cannot open the store: {first_line(exc)}") from exc
        self.cur = self.con.cursor()
        if read_only:
            self.cur.execute("SET default_transaction_read_only = on")

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] | None = None) -> Result:
        if params:
            self.cur.execute(_percent_placeholders(sql), params)
        else:
            self.cur.execute(sql)
        return self.cur

    def executemany(self, sql: str, rows: list[list[Any]]) -> None:
        self.cur.executemany(_percent_placeholders(sql), rows)

    def rowcount(self, result: Result) -> int:
        return max(int(self.cur.rowcount), 0)

    def stage(self, name: str, table: Any) -> None:
        columns = ", ".join(f"{f.name} {_pg_type(f.type)}" for f in table.schema)
        self.execute(f"CREATE TEMP TABLE {name} ({columns}) ON COMMIT DROP")
        names = ", ".join(table.schema.names)
        with self.cur.copy(f"COPY {name} ({names}) FROM STDIN") as copy:
            for batch in table.to_batches(max_chunksize=10_000):
                for row in zip(*(column.to_pylist() for column in batch.columns), strict=True):
                    copy.write_row(row)

    def unstage(self, name: str) -> None:
        self.execute(f"DROP TABLE IF EXISTS {name}")

    def tidy(self, tables: Sequence[str]) -> None:
        # A table emptied row by row keeps its dead rows until vacuumed, and a count or a scan of it
        # reads them all: after a large reconcile, view_pending would take 100 ms to count.
        for table in tables:
            self.execute(f"VACUUM (ANALYZE) {table}")

    def try_date(self, expr: str) -> str:
        # PostgreSQL has no try_cast; the regex admits only YYYY-MM-DD, and building the day as
        # "first of the month + (day - 1)" cannot fail (2024-02-30 rolls over to 2024-03-01).
        return (
            f"(CASE WHEN {expr} ~ '{_ISO_DAY}' THEN "
            f"CAST(substr({expr}, 1, 7) || '-01' AS DATE) + (CAST(substr({expr}, 9, 2) AS INTEGER) - 1) END)"
        )

    def export(self, query: str, target: Path, fmt: str) -> None:
        import pyarrow as pa
        import pyarrow.csv as pa_csv
        import pyarrow.parquet as pq

        self.cur.execute(query)
        names = [c.name for c in self.cur.description or []]
        rows = self.cur.fetchall()
        table = pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})
        if fmt == "csv":
            pa_csv.write_csv(table, target)
        else:
            pq.write_table(table, target)

    def close(self) -> None:
        self.con.close()


def _percent_placeholders(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled). Our SQL has no ``?`` in strings."""
    return sql.replace("%", "%%").replace("?", "%s")


def _pg_type(arrow_type: Any) -> str:
    import pyarrow as pa

    if pa.types.is_boolean(arrow_type):
        return "BOOLEAN"
    if pa.types.is_int64(arrow_type):
        return "BIGINT"
    if pa.types.is_integer(arrow_type):
        return "INTEGER"
    if pa.types.is_floating(arrow_type):
        return "DOUBLE PRECISION"
    if pa.types.is_date(arrow_type):
        return "DATE"
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMP"
    return "TEXT"


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (engines add pages of context)."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
