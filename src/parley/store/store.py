"""The store: schema migrations, transactional writes, bulk loads, filtered queries, export.

One query layer over two engines: an embedded DuckDB file (the default, one writer process) or a
shared PostgreSQL database (``postgresql://...``, many writers, chosen for teams and batch
runs). Every query below is written once with ``?`` placeholders; the few places where the
engines differ are in :mod:`parley.store.backend`, and column order lives in
:mod:`parley.store.rows`.

What it deliberately does not do: reconcile records across documents (that is the reconcile
stage, which reads from here) or decide what a record means.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any

from parley.datelines import dateline_text
from parley.errors import NotFound, StoreError, UsageError
from parley.records import Document, Event, Extraction, Figure
from parley.store.backend import Backend, first_line, is_postgres_url, open_backend, redact
from parley.store.rows import (
    ARROW_TABLES,
    DOCUMENT_VALUE_COLUMNS,
    TABLE_COLUMNS,
    arrow_schema,
    attribution_from_row,
    attribution_row,
    column_names,
    document_from_row,
    document_row,
    event_from_row,
    event_row,
    extraction_tables,
    figure_from_row,
    figure_row,
    incident_arrow,
)
from parley.store.rows import ATTRIBUTION_COLUMNS as _ATTRIBUTION_COLUMNS
from parley.store.rows import DOCUMENT_COLUMNS as _DOCUMENT_COLUMNS
from parley.store.rows import EVENT_COLUMNS as _EVENT_COLUMNS
from parley.store.rows import FIGURE_COLUMNS as _FIGURE_COLUMNS
from parley.store.schema import MIGRATIONS
from parley.types import CATEGORIES, EVENT_TYPES, STATUSES

__all__ = [
    "CONTENT_COLUMNS", "DB_ENV", "DEFAULT_DB", "BulkReport", "EventRow", "FigureRow", "Store", "WriteOutcome",
    "content_key", "resolve_db_path",
]

DEFAULT_DB = "parley.duckdb"
DB_ENV = "PARLEY_DB"


def resolve_db_path(db: str | Path | None = None) -> str:
    """The database to use: an explicit ``db``, else ``$PARLEY_DB``, else ``./parley.duckdb``."""
    if db:
        return str(db)
    return os.environ.get(DB_ENV) or DEFAULT_DB


class WriteOutcome(StrEnum):
    """What writing one document did to the store."""

    ADDED = "added"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A stored figure with the document facts a reader needs beside it.

    A plain dataclass, not a pydantic model: its figure was validated when it was written, and
    views read thousands of rows at a time, so a second validation per row would be pure cost.
    """

    figure: Figure
    idx: int
    date: dt.date | None
    outlet: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class EventRow:
    """A stored event with the document facts a reader needs beside it (a dataclass, as :class:`FigureRow`)."""

    event: Event
    idx: int
    published: dt.date | None
    outlet: str | None
    sentence: str
    #: The article's wire dateline as written (empty without one): where a story naming no town was filed.
    dateline: str = ""


@dataclass
class BulkReport:
    """What loading a batch of documents in bulk did: documents added, replaced, left unchanged."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0

    def count(self, outcome: WriteOutcome) -> None:
        """Count one document's outcome."""
        if outcome is WriteOutcome.ADDED:
            self.added += 1
        elif outcome is WriteOutcome.REPLACED:
            self.replaced += 1
        else:
            self.unchanged += 1

    def __iadd__(self, other: BulkReport) -> BulkReport:
        self.added += other.added
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        return self


class Store:
    """An open parley store. Use as a context manager, or call :meth:`close`.

    Args:
        db: a DuckDB file path, ``":memory:"``, a ``postgresql://user@host:port/dbname`` URL, or
            None for ``$PARLEY_DB`` / ``./parley.duckdb``.
        read_only: open without write access (several readers may share a file).

    Raises:
        StoreError: the database cannot be opened (file locked by another process, not a DuckDB
            file, PostgreSQL server unreachable...).
    """

    def __init__(self, db: str | Path | None = None, *, read_only: bool = False) -> None:
        target = resolve_db_path(db)
        #: The store as shown to people (a PostgreSQL password is masked).
        self.path = redact(target)
        self.backend = "postgresql" if is_postgres_url(target) else "duckdb"
        self._db: Backend = open_backend(target, read_only=read_only)
        if not read_only:
            self._migrate()
        elif self.schema_version() == 0 and self.backend == "postgresql":
            self._db.close()
            raise StoreError(f"{self.path}: no parley store here yet; run `parley ingest` first")
        elif self.schema_version() < MIGRATIONS[-1].version:
            raise StoreError(f"{self.path}: store schema is out of date (written by an older parley); "
                             f"run `parley reconcile --db {self.path}` once to migrate it, then read it again")

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._db.close()

    @contextmanager
    def _transaction(self, *, records: bool = True) -> Iterator[Backend]:
        """Run a block atomically: everything in it is committed together or not at all.

        A block that may change stored records (``records``, the default, so a new write path
        cannot forget it) raises the change counter of :meth:`records_generation` in the same
        transaction, last, so a PostgreSQL writer holds that one shared row only while committing.
        Only blocks that touch no record (migrations, view lines) say ``records=False``.
        """
        self._db.begin()
        try:
            yield self._db
            if records:
                self._db.execute("UPDATE record_changes SET generation = generation + 1")
        except BaseException:
            self._db.rollback()
            raise
        self._db.commit()

    # ------------------------------------------------------------------ schema

    def schema_version(self) -> int:
        """The highest migration applied to this store (0 for an empty file)."""
        exists = self._db.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self._db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self) -> None:
        try:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
            current = self.schema_version()
            for migration in MIGRATIONS:
                if migration.version <= current:
                    continue
                with self._transaction(records=False) as con:
                    for statement in migration.statements:
                        con.execute(statement)
                    con.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                        [migration.version, migration.description, _now()],
                    )
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot prepare the store schema: {first_line(exc)}") from exc

    def records_generation(self) -> tuple[str, int]:
        """(the store's random id, how many transactions have changed its records): equal values
        mean the same records, whoever wrote them.

        What a reader built from every record (the HTTP checker's evidence) stays valid while
        this is unchanged; it reads one row, cheap enough for every request.
        """
        row = self._read("SELECT store_id, generation FROM record_changes", [], "the change counter")[0]
        return str(row[0]), int(row[1])

    # ------------------------------------------------------------------ writing

    def stored_version(self, doc_id: str) -> str | None:
        """The extractor version a document was stored with, or None if it is not stored."""
        row = self._db.execute("SELECT extractor_version FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return str(row[0]) if row else None

    def current(self, documents: Sequence[Document], version: str) -> set[str]:
        """The doc_ids of ``documents`` stored by extractor ``version`` with the same content.

        Same content is :func:`content_key`: the same text, date, outlet, url and title, so an
        article sent again under its id with a corrected text or date is stored again, not taken
        as already stored. The text is compared by its MD5 digest (computed by the database), so
        no article text travels back; one query per batch of ids. A doc_id given twice is
        compared by its first copy, the one :meth:`write_many` keeps.
        """
        wanted: dict[str, Document] = {}
        for document in documents:
            wanted.setdefault(document.doc_id, document)
        found: set[str] = set()
        ids = list(wanted)
        stored = ", ".join("md5(text)" if c == "text" else c for c in CONTENT_COLUMNS)
        for begin in range(0, len(ids), _INSERT_CHUNK):
            chunk = ids[begin : begin + _INSERT_CHUNK]
            rows = self._db.execute(
                f"SELECT doc_id, {stored} FROM documents "
                f"WHERE extractor_version = ? AND doc_id IN ({_marks(len(chunk))})", [version, *chunk]
            ).fetchall()
            for doc_id, *key in rows:
                if content_key(wanted[str(doc_id)]) == tuple(key):
                    found.add(str(doc_id))
        return found

    def write(self, extraction: Extraction) -> WriteOutcome:
        """Store one document and all its records in a single transaction.

        Idempotent: the same content extracted by the same version is left as it is.

        Raises:
            StoreError: the write failed; the store is unchanged.
        """
        doc = extraction.document
        previous = self.stored_version(doc.doc_id)
        if previous is not None and self.current([doc], extraction.extractor_version):
            return WriteOutcome.UNCHANGED
        try:
            with self._transaction() as con:
                row = document_row(doc, extraction.extractor_version, _now())
                if previous is None:
                    con.execute(f"INSERT INTO documents ({_DOCUMENT_COLUMNS}) VALUES ({_marks(12)})", row)
                else:
                    # Children first; the document row is updated in place, since DuckDB refuses to
                    # delete a referenced key and re-insert it within one transaction.
                    for table in ("figures", "events", "attributions", "view_lines"):
                        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.doc_id])
                    assignments = ", ".join(f"{c.strip()} = ?" for c in _DOCUMENT_COLUMNS.split(",")[1:])
                    con.execute(f"UPDATE documents SET {assignments} WHERE doc_id = ?", [*row[1:], doc.doc_id])
                figures = [[*figure_row(i, f), doc.date] for i, f in enumerate(extraction.figures)]
                events = [[*event_row(i, e), doc.date] for i, e in enumerate(extraction.events)]
                _insert_many(con, "figures", f"{_FIGURE_COLUMNS}, published", figures)
                _insert_many(con, "events", f"{_EVENT_COLUMNS}, published", events)
                _insert_many(
                    con,
                    "attributions",
                    _ATTRIBUTION_COLUMNS,
                    [attribution_row(i, a) for i, a in enumerate(extraction.attributions)],
                )
                _mark_pending(con, "SELECT CAST(? AS TEXT) AS doc_id", [doc.doc_id])
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: could not store document {doc.doc_id}: {first_line(exc)}") from exc
        return WriteOutcome.ADDED if previous is None else WriteOutcome.REPLACED

    def write_many(self, extractions: Sequence[Extraction]) -> list[WriteOutcome]:
        """Store a batch of documents with all their records in one transaction.

        What :meth:`write` does for each document, done set-wise through the bulk path: an ingest
        writes its documents a parser batch at a time, since nine statements per document cost
        more than extracting some of them. A doc_id repeated in the batch keeps its first
        occurrence and the later ones are reported unchanged: an ingest writes one extractor
        version, and writing the same version in turn leaves the first.

        Returns:
            The outcome of each extraction, in order.

        Raises:
            StoreError: the write failed; the store is unchanged.
        """
        if not extractions:
            return []
        import pyarrow as pa

        try:
            tables = extraction_tables(extractions)
        except (pa.ArrowException, UnicodeError) as exc:  # text Arrow cannot hold (a lone surrogate)
            raise StoreError(f"{self.path}: could not store a batch of documents: {first_line(exc)}") from exc
        taken = self._load(tables, "a batch of documents")
        outcomes = []
        for extraction in extractions:
            outcomes.append(taken.pop(extraction.document.doc_id, WriteOutcome.UNCHANGED))
        return outcomes

    def bulk_load(self, tables: Mapping[str, Any]) -> BulkReport:
        """Load a batch of extractions given as Arrow tables (one batch shard) in one transaction.

        ``tables`` maps ``documents``, ``figures``, ``events`` and ``attributions`` to Arrow tables
        in the column order of :mod:`parley.store.rows` (as ``extraction_tables`` or a Parquet
        shard gives them). The rules are those of :meth:`write`, applied set-wise: a document
        stored with the same extractor version is left as it is, one stored with another version
        has its records replaced, a new one is added. So loading a shard twice, or after a run
        that failed half-way, adds nothing twice. A doc_id repeated inside the shard keeps its
        first occurrence.

        Raises:
            StoreError: the load failed; the store is unchanged.
        """
        staged = {name: _conform(name, tables[name]) for name in ARROW_TABLES}
        taken = self._load(staged, "a batch shard")
        report = BulkReport()
        for outcome in taken.values():
            report.count(outcome)
        report.unchanged = len(set(staged["documents"].column("doc_id").to_pylist())) - len(taken)
        return report

    def _load(self, tables: Mapping[str, Any], what: str) -> dict[str, WriteOutcome]:
        """Load record tables in the store's column order in one transaction; the outcome per written doc_id."""
        keys = {name: ("doc_id",) if name == "documents" else ("doc_id", "idx") for name in ARROW_TABLES}
        staged = {name: _first_per_key(tables[name], keys[name]) for name in ARROW_TABLES}
        try:
            with self._transaction() as db:
                return self._load_staged(db, staged)
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: could not store {what}: {first_line(exc)}") from exc

    def _load_staged(self, db: Backend, staged: dict[str, Any]) -> dict[str, WriteOutcome]:
        import pyarrow as pa

        for name, table in staged.items():
            db.stage(f"_bulk_{name}", table)
        plan = db.execute(
            "SELECT n.doc_id, d.extractor_version FROM _bulk_documents n LEFT JOIN documents d USING (doc_id) "
            "WHERE d.doc_id IS NULL OR d.extractor_version <> n.extractor_version "
            + "".join(f"OR d.{c} IS DISTINCT FROM n.{c} " for c in CONTENT_COLUMNS)
        ).fetchall()
        taken = {
            str(doc_id): WriteOutcome.ADDED if old is None else WriteOutcome.REPLACED for doc_id, old in plan
        }
        take = pa.table({"doc_id": pa.array([d for d, _ in plan], pa.string()),
                         "replacing": pa.array([old is not None for _, old in plan], pa.bool_())})
        db.stage("_bulk_take", take)
        replacing = "SELECT doc_id FROM _bulk_take WHERE replacing"
        for name in (*ARROW_TABLES[1:], "view_lines"):  # all taken documents: their old rows are stale
            db.execute(f"DELETE FROM {name} WHERE doc_id IN (SELECT doc_id FROM _bulk_take)")
        _mark_pending(db, "SELECT doc_id FROM _bulk_take", [])
        names = [c.strip() for c in DOCUMENT_VALUE_COLUMNS.split(",")]
        assignments = ", ".join(f"{c} = n.{c}" for c in names[1:])
        now = _now()
        db.execute(
            f"UPDATE documents SET {assignments}, ingested_at = ? FROM _bulk_documents n "
            f"WHERE documents.doc_id = n.doc_id AND documents.doc_id IN ({replacing})",
            [now],
        )
        db.execute(
            f"INSERT INTO documents ({_DOCUMENT_COLUMNS}) SELECT {DOCUMENT_VALUE_COLUMNS}, ? FROM _bulk_documents "
            "WHERE doc_id IN (SELECT doc_id FROM _bulk_take WHERE NOT replacing)",
            [now],
        )
        for name in ARROW_TABLES[1:]:
            columns = TABLE_COLUMNS[name]
            if name in _DATED_TABLES:  # the document's publication date goes along (migration 4)
                db.execute(
                    f"INSERT INTO {name} ({columns}, published) SELECT {_prefixed('r', columns)}, n.date "
                    f"FROM _bulk_{name} r JOIN _bulk_documents n ON n.doc_id = r.doc_id "
                    "WHERE r.doc_id IN (SELECT doc_id FROM _bulk_take)"
                )
            else:
                db.execute(
                    f"INSERT INTO {name} ({columns}) SELECT {columns} FROM _bulk_{name} "
                    "WHERE doc_id IN (SELECT doc_id FROM _bulk_take)"
                )
        for name in (*staged, "take"):
            db.unstage(f"_bulk_{name}")
        return taken

    def load_parquet(self, shard: Path) -> BulkReport:
        """Bulk-load one batch shard: a directory holding ``documents.parquet``, ``figures.parquet``...

        Raises:
            StoreError: a file is missing or unreadable, or the load failed.
        """
        import pyarrow.parquet as pq

        try:
            tables = {name: pq.read_table(shard / f"{name}.parquet") for name in ARROW_TABLES}
        except (OSError, ValueError) as exc:
            raise StoreError(f"{shard}: not a readable batch shard: {first_line(exc)}") from exc
        return self.bulk_load(tables)

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        """Number of stored documents, figures, events and attributions."""
        out = {}
        for table in ("documents", "figures", "events", "attributions"):
            row = self._db.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def resolve_doc_id(self, key: str) -> str:
        """The full doc_id for a full id or a unique prefix of one (as shown in tables).

        Raises:
            NotFound: no document matches.
            UsageError: the prefix matches several documents.
        """
        if self._db.execute("SELECT 1 FROM documents WHERE doc_id = ?", [key]).fetchone():
            return key  # the common case (links, pages, full ids), answered by the primary key
        # A prefix scans the ids: no index serves it on both engines whatever the collation
        # (PostgreSQL would need text_pattern_ops). Fine for a person typing a short id.
        rows = self._db.execute(
            "SELECT doc_id FROM documents WHERE starts_with(doc_id, ?) ORDER BY doc_id LIMIT 3", [key]
        ).fetchall()
        if not rows:
            raise NotFound("document", key)
        if len(rows) > 1:
            shown = ", ".join(r[0] for r in rows)
            raise UsageError(f"{key!r} matches several documents ({shown}...); give more of the id")
        return str(rows[0][0])

    def document(self, doc_id: str) -> Document:
        """One stored document by id (or unique id prefix)."""
        doc_id = self.resolve_doc_id(doc_id)
        row = self._db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        if row is None:
            raise NotFound("document", doc_id)
        return document_from_row(row)

    def documents(self, *, limit: int | None = None) -> list[Document]:
        """Stored documents, newest publication date first."""
        sql = f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY date DESC NULLS LAST, doc_id"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [document_from_row(r) for r in self._db.execute(sql, params).fetchall()]

    def extraction(self, doc_id: str) -> Extraction:
        """A document with everything extracted from it, as it was written."""
        doc_id = self.resolve_doc_id(doc_id)
        found = self._extractions([doc_id])
        if not found:
            raise NotFound("document", doc_id)
        return found[0]

    def iter_extractions(self) -> Iterator[Extraction]:
        """Every stored document with its records, oldest first (for export and the checker's evidence).

        Read :data:`_EXTRACTION_BATCH` documents at a time, four queries a batch whatever the articles
        hold: reading each article by itself cost a handful of queries per article, which on a store of
        thousands made the checker's first build and a JSONL export wait on query overhead.
        """
        query = "SELECT doc_id FROM documents ORDER BY date NULLS LAST, doc_id"
        ids = [r[0] for r in self._read(query, [], "the document ids")]
        for start in range(0, len(ids), _EXTRACTION_BATCH):
            yield from self._extractions(ids[start : start + _EXTRACTION_BATCH])

    def _extractions(self, doc_ids: Sequence[str]) -> list[Extraction]:
        """The stored extractions of ``doc_ids``, in that order (ids not stored are left out)."""
        marks = _marks(len(doc_ids))
        documents = self._read(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id IN ({marks})",
                               list(doc_ids), "documents")
        records = {table: self._records_of(table, doc_ids) for table in ("figures", "events", "attributions")}
        by_id = {row[0]: row for row in documents}
        return [
            Extraction(
                document=document_from_row(by_id[doc_id]),
                figures=[figure_from_row(r) for r in records["figures"].get(doc_id, [])],
                events=[event_from_row(r) for r in records["events"].get(doc_id, [])],
                attributions=[attribution_from_row(r) for r in records["attributions"].get(doc_id, [])],
                extractor_version=by_id[doc_id][_VERSION_AT] or "",
            )
            for doc_id in doc_ids
            if doc_id in by_id
        ]

    def _records_of(self, table: str, doc_ids: Sequence[str]) -> dict[str, list[Any]]:
        """The rows of one record table for ``doc_ids`` (its columns in row order), by document, in
        ``idx`` order: one query for all of them."""
        sql = (f"SELECT {TABLE_COLUMNS[table]} FROM {table} WHERE doc_id IN ({_marks(len(doc_ids))}) "
               "ORDER BY doc_id, idx")
        out: dict[str, list[Any]] = {}
        for row in self._read(sql, list(doc_ids), table):
            out.setdefault(row[0], []).append(row)
        return out

    def figures(
        self,
        *,
        category: str | Sequence[str] | None = None,
        claimant: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        doc_ids: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[FigureRow]:
        """Stored figures, filtered; dates filter on the publication date of the article.

        Args:
            category: one of the figure categories (``killed``, ``released``...), or several.
            claimant: case-insensitive substring of the claimant; ``"none"`` for the article's own voice.
            text: case-insensitive substring of the figure's sentence or counted noun.
            doc_id: one document (a unique prefix of its id will do); doc_ids: these documents, exactly.
        """
        where, params = _figure_conditions(category, claimant, since, until, text)
        self._only_document("f", doc_id, where, params)
        if doc_ids is not None:
            where.append(f"f.doc_id IN ({_marks(len(doc_ids))})" if doc_ids else "FALSE")
            params += list(doc_ids)
        window = (since, until) if limit is None and (since or until) else None
        rows, facts = self._listing("figures", _FIGURE_COLUMNS, where, params, limit, joined=bool(text),
                                    window=window)
        out = []
        for r in rows:
            outlet, sentence = facts.sentence(r[0], r[13], r[14])
            out.append(FigureRow(figure=figure_from_row(r[:15]), idx=r[1], date=r[15], outlet=outlet,
                                 sentence=sentence))
        return out

    def events(
        self,
        *,
        type: str | None = None,
        status: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[EventRow]:
        """Stored events, filtered; dates filter on the publication date of the article."""
        where, params = _event_conditions(type, status, since, until, text)
        self._only_document("e", doc_id, where, params)
        window = (since, until) if limit is None and (since or until) else None
        rows, facts = self._listing("events", _EVENT_COLUMNS, where, params, limit, joined=bool(text), window=window)
        out = []
        for r in rows:
            outlet, sentence = facts.sentence(r[0], r[23], r[24])
            out.append(EventRow(event=event_from_row(r[:25]), idx=r[1], published=r[25], outlet=outlet,
                                sentence=sentence))
        return out

    def _listing(
        self,
        table: str,
        columns: str,
        where: list[str],
        params: list[Any],
        limit: int | None,
        *,
        joined: bool,
        window: tuple[dt.date | None, dt.date | None] | None = None,
    ) -> tuple[list[Any], _DocumentFacts]:
        """Record rows (their columns, then ``published``) in listing order, and their documents' facts.

        The filters and the order use only the record table (``published`` is on it since
        migration 4), so DuckDB scans one table and PostgreSQL walks an index in order and stops
        at ``limit``. Joining ``documents`` here would read every article's text; the outlet and
        text of the few documents listed are fetched by key afterwards (or, for a whole
        publication-date ``window``, by date: see :meth:`_document_facts`). Only a filter on the
        sentence text (``joined``) needs the join, and pays for it.

        With a limit, a first query finds the publication date of the last row wanted, reading
        only the filter and date columns; the second then reads whole rows only up to that
        date, instead of every column of every matching row (DuckDB has no index to stop on).
        """
        alias = table[0]
        source = f" FROM {table} {alias}" + (" JOIN documents d USING (doc_id)" if joined else "")
        if limit is not None and limit > 0 and not joined:
            bound = self._db.execute(
                f"SELECT {alias}.published{source}{_where(where)} ORDER BY {alias}.published NULLS LAST "
                "LIMIT 1 OFFSET ?",
                [*params, limit - 1],
            ).fetchone()
            if bound is not None and bound[0] is not None:  # else all rows match, or some undated are wanted
                where, params = [*where, f"{alias}.published <= ?"], [*params, bound[0]]
        sql = (
            f"SELECT {_prefixed(alias, columns)}, {alias}.published{source}{_where(where)}"
            f" ORDER BY {alias}.published NULLS LAST, {alias}.doc_id, {alias}.idx"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        rows = self._db.execute(sql, params).fetchall()
        return rows, self._document_facts({r[0] for r in rows}, window=window)

    def _document_facts(
        self, doc_ids: set[str], *, window: tuple[dt.date | None, dt.date | None] | None = None
    ) -> _DocumentFacts:
        """Outlet and text of the given documents.

        With a publication-date ``window`` that holds most of them (every record of a date range
        was asked for) and more than a chunk of them, one range query on ``documents.date`` reads
        them: DuckDB prunes by the column's min/max per row group, where a long ``IN`` list of keys
        costs a lookup each.
        The rest, and every document when there is no window, are fetched by primary key in chunks.
        """
        facts = _DocumentFacts()
        if window is not None and len(doc_ids) > _KEY_CHUNK:  # a few documents are cheaper by key
            where, params = _published_filters("documents", *window, column="date")
            sql = "SELECT doc_id, outlet, text FROM documents" + _where(where)
            for doc_id, outlet, text in self._db.execute(sql, params).fetchall():
                if doc_id in doc_ids:
                    facts.by_id[doc_id] = (outlet, text)
        ids = sorted(doc_ids - facts.by_id.keys())
        for start in range(0, len(ids), _KEY_CHUNK):
            chunk = ids[start : start + _KEY_CHUNK]
            facts.add(self._db.execute(
                f"SELECT doc_id, outlet, text FROM documents WHERE doc_id IN ({_marks(len(chunk))})", chunk
            ).fetchall())
        return facts

    def _document_facts_where(self, condition: str, params: list[Any]) -> _DocumentFacts:
        """Outlet and text of the documents matching ``condition`` (a semi-join on a record query)."""
        facts = _DocumentFacts()
        facts.add(self._db.execute(f"SELECT doc_id, outlet, text FROM documents WHERE {condition}", params).fetchall())
        return facts

    # ------------------------------------------------------------------ export

    def export_tables(
        self, directory: Path, fmt: str, *, on_table: Callable[[Path], None] | None = None
    ) -> list[Path]:
        """Write each table (documents, figures, events, attributions) as CSV or Parquet files.

        On DuckDB, COPY writes them directly, without passing rows through Python. The tables are
        written whole or not at all, as the JSONL export is: into a hidden partial folder, moved
        into place only once all are written. A failure part-way (a full disk, a store error,
        Ctrl-C) thus leaves the previous export as it was, not old and new tables mixed, and no
        new ``directory``. ``on_table`` is called with each table's final path once it is
        written (progress bars).

        A new ``directory`` is written as a sibling folder and renamed into place, so it appears
        with all four tables at once. An existing one keeps the partial folder inside it (so
        ``-o .`` and a folder in a read-only parent work) and gets its tables by one rename each:
        a rename cannot swap a folder that holds other files, so a reader may see the old and
        new tables side by side for the instant between those renames.
        """
        if fmt not in ("csv", "parquet"):
            raise UsageError(f"unknown table format {fmt!r}: choose csv or parquet")
        if directory.exists() and not directory.is_dir():
            raise UsageError(f"{directory} is a file, not a directory; {fmt} exports write one file per table "
                             "into a directory, so give a directory's path")
        created = not directory.exists()
        partial = _partial_export_folder(directory, new=created)
        try:
            partial.mkdir(exist_ok=True)
            written = [self._export_table(table, partial, directory, fmt, on_table) for table in _EXPORT_COLUMNS]
            _move_export_into_place(partial, directory, written, new=created)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        return written

    def _export_table(
        self, table: str, partial: Path, directory: Path, fmt: str, on_table: Callable[[Path], None] | None
    ) -> Path:
        """Write ``table`` into the ``partial`` folder; returns where it goes in ``directory``."""
        target = directory / f"{table}.{fmt}"
        order = "doc_id" if table == "documents" else "doc_id, idx"  # the primary key
        try:
            # Named columns: ``published`` (a copy of the document's date) is not exported.
            self._db.export(f"SELECT {_EXPORT_COLUMNS[table]} FROM {table} ORDER BY {order}", partial / target.name,
                            fmt)
        except self._db.errors as exc:
            raise StoreError(f"cannot write {target}: {first_line(exc)}") from exc
        if on_table:
            on_table(target)
        return target

    # ---- reconcile

    def reconcile_reports(
        self,
        *,
        linked: bool | None = None,
        day_from: dt.date | None = None,
        day_to: dt.date | None = None,
        types: Sequence[str] | None = None,
        known_figures: Mapping[tuple[str, int], Figure] | None = None,
        doc_ids: Sequence[str] | None = None,
    ) -> list[tuple[EventRow, list[Figure]]]:
        """Stored events with their article facts and the figures each event points to, for reconciling.

        Args:
            linked: True for events already linked to an incident, False for those not yet linked,
                None for all.
            day_from, day_to: bounds on the event's day: its own ISO date, else the publication date.
            types: only these PLOVER types.
            known_figures: figures the caller has read already, by (doc_id, idx) (a window of
                figures), so they are not read twice.
            doc_ids: only the events of these documents.

        Returns:
            Each event row with the figures of its ``figures`` indexes, in that order.
        """
        where, params = self._event_day_conditions(linked, day_from, day_to, types)
        if doc_ids is not None:
            where.append(f"e.doc_id IN ({_marks(len(doc_ids))})" if doc_ids else "FALSE")
            params += list(doc_ids)
        events = f"FROM events e{_where(where)}"
        try:
            rows = self._db.execute(
                f"SELECT {_prefixed('e', _EVENT_COLUMNS)}, e.published {events} ORDER BY e.doc_id, e.idx", params
            ).fetchall()
            if day_from is not None or day_to is not None:
                facts = self._document_facts({r[0] for r in rows}, window=(day_from, day_to))
            else:
                facts = self._document_facts_where(f"doc_id IN (SELECT e.doc_id {events})", params)
            event_rows = []
            for r in rows:
                outlet, sentence = facts.sentence(r[0], r[23], r[24])
                event_rows.append(EventRow(event=event_from_row(r[:25]), idx=r[1], published=r[25], outlet=outlet,
                                           sentence=sentence, dateline=facts.dateline(r[0])))
            wanted = {(row.event.doc_id, i) for row in event_rows for i in row.event.figures}
            window = (day_from, day_to) if day_from is not None or day_to is not None else None
            figures = self._figures_by_key(wanted, known_figures or {}, events, params, window)
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot read events to reconcile: {first_line(exc)}") from exc
        return [(row, [figures[(row.event.doc_id, i)] for i in row.event.figures if (row.event.doc_id, i) in figures])
                for row in event_rows]

    def _event_day_conditions(
        self, linked: bool | None, day_from: dt.date | None, day_to: dt.date | None, types: Sequence[str] | None
    ) -> tuple[list[str], list[Any]]:
        """WHERE conditions on ``events e`` alone (no join): an event's day is its own date, else ``published``."""
        where: list[str] = []
        params: list[Any] = []
        if linked is not None:
            where.append("e.incident IS NOT NULL" if linked else "e.incident IS NULL")
        day = f"coalesce({self._db.try_date('e.date')}, e.published)"
        if day_from is not None:
            where.append(f"{day} >= ?")
            params.append(day_from)
        if day_to is not None:
            where.append(f"{day} <= ?")
            params.append(day_to)
        if types:
            where.append(f"e.type IN ({_marks(len(types))})")
            params += list(types)
        return where, params

    def _figures_by_key(
        self,
        wanted: set[tuple[str, int]],
        known: Mapping[tuple[str, int], Figure],
        events: str,
        params: list[Any],
        window: tuple[dt.date | None, dt.date | None] | None,
    ) -> dict[tuple[str, int], Figure]:
        """The figures ``wanted`` by (doc_id, idx): ``known`` ones reused, the rest read.

        With nothing known, one semi-join on the event query (``events``, its ``FROM ... WHERE``)
        reads the documents' figure rows (of the indexes wanted). Otherwise the missing ones are first looked for in the
        publication ``window`` (most events are published in the window they are asked for; one
        range query with the few wanted indexes beats hundreds of key lookups), then by key.
        Only the wanted rows become :class:`Figure` records.
        """
        found = {key: known[key] for key in wanted if key in known}
        if len(found) == len(wanted):
            return found
        if not found:
            # The event query's documents, and of their figures only the indexes some event points to.
            indexes = sorted({idx for _, idx in wanted})
            self._add_wanted(found, wanted, f"doc_id IN (SELECT e.doc_id {events}) AND idx IN ({_marks(len(indexes))})",
                             [*params, *indexes])
            return found
        if window is not None:
            where, values = _published_filters("figures", *window)
            indexes = sorted({idx for _, idx in wanted - found.keys()})
            where.append(f"idx IN ({_marks(len(indexes))})")
            self._add_wanted(found, wanted, " AND ".join(where), values + indexes)
        missing = sorted({doc_id for doc_id, _ in wanted - found.keys()})
        for start in range(0, len(missing), _KEY_CHUNK):
            chunk = missing[start : start + _KEY_CHUNK]
            self._add_wanted(found, wanted, f"doc_id IN ({_marks(len(chunk))})", chunk)
        return found

    def _add_wanted(
        self, found: dict[tuple[str, int], Figure], wanted: set[tuple[str, int]], condition: str, params: list[Any]
    ) -> None:
        """Add to ``found`` the figure rows matching ``condition`` whose key is ``wanted``."""
        for r in self._db.execute(f"SELECT {_FIGURE_COLUMNS} FROM figures WHERE {condition}", params).fetchall():
            if (r[0], r[1]) in wanted and (r[0], r[1]) not in found:
                found[(r[0], r[1])] = figure_from_row(r)

    def prune_incident_links(self) -> int:
        """Drop links of events that were re-extracted (their ``incident`` is empty again) or removed."""
        sql = (
            "DELETE FROM incident_links l WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_id = l.doc_id "
            "AND e.idx = l.idx AND e.incident = l.incident_id)"
        )
        try:
            with self._transaction() as db:
                return db.rowcount(db.execute(sql))
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot prune incident links: {first_line(exc)}") from exc

    def save_incidents(
        self, links: Sequence[tuple[str, int, str, float]], incidents: Sequence[Sequence[Any]]
    ) -> None:
        """Record incident links (doc_id, idx, incident_id, score) and incident rows, in one transaction.

        ``incidents`` rows are (incident_id, type, mode, realized, first_day, last_day, place,
        reports, documents); a row for an existing incident replaces it. Each linked event's
        ``incident`` column is set too, so exports and ``parley events`` show it, and the view lines
        of its document are dropped, to be built again with the incident.
        """
        import pyarrow as pa

        now = _now()
        link_table = pa.table({
            "doc_id": [x[0] for x in links], "idx": pa.array([x[1] for x in links], pa.int32()),
            "incident_id": [x[2] for x in links], "score": pa.array([x[3] for x in links], pa.float64()),
        })
        try:
            with self._transaction() as con:
                con.stage("_new_links", link_table)
                con.execute("DELETE FROM incident_links WHERE (doc_id, idx) IN (SELECT doc_id, idx FROM _new_links)")
                con.execute("INSERT INTO incident_links SELECT doc_id, idx, incident_id, score, ? FROM _new_links",
                            [now])
                con.execute("UPDATE events SET incident = l.incident_id FROM _new_links l "
                            "WHERE events.doc_id = l.doc_id AND events.idx = l.idx")
                # view lines carry incident ids: these documents' are stale
                con.execute("DELETE FROM view_lines WHERE doc_id IN (SELECT doc_id FROM _new_links)")
                _mark_pending(con, "SELECT DISTINCT doc_id FROM _new_links", [])
                con.unstage("_new_links")
                if incidents:
                    con.stage("_new_incidents", incident_arrow(incidents))
                    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT incident_id FROM _new_incidents)")
                    con.execute("INSERT INTO incidents SELECT *, ? FROM _new_incidents", [now])
                    con.unstage("_new_incidents")
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot save incidents: {first_line(exc)}") from exc

    # ---- view lines (see parley.reconcile.view_lines)

    def view_state(self) -> tuple[int | None, int]:
        """(the version that wrote the view lines, or None before any; 1 if a document is pending, else 0)."""
        version = self._read("SELECT max(version) FROM view_state", [], "view state")[0][0]
        pending = self._read("SELECT count(*) FROM (SELECT 1 FROM view_pending LIMIT 1) AS any_pending", [],
                             "view state")[0][0]
        return (int(version) if version is not None else None), int(pending)

    def restart_view_lines(self, version: int) -> None:
        """Drop every view line and make every document pending, for code of ``version`` to rebuild."""
        try:
            with self._transaction(records=False) as con:
                con.execute("DELETE FROM view_lines")
                _mark_pending(con, "SELECT doc_id FROM documents", [])
                con.execute("DELETE FROM view_state")
                con.execute("INSERT INTO view_state VALUES (?)", [version])
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot reset view lines: {first_line(exc)}") from exc

    def tidy_view_lines(self) -> None:
        """After many view lines were built: reclaim deleted rows and refresh statistics (PostgreSQL)."""
        try:
            self._db.tidy(("view_pending", "view_lines"))
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot tidy the view lines: {first_line(exc)}") from exc

    def pending_view_documents(
        self, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[tuple[str, Any]]:
        """(doc_id, marked_at) of the documents whose view lines are missing or stale, in doc_id order;
        with bounds, only those published in them (or undated)."""
        where, params = _published_filters("d", since, until, column="date")
        dated = f" AND (d.date IS NULL OR ({' AND '.join(where)}))" if where else ""
        sql = (f"SELECT p.doc_id, p.marked_at FROM view_pending p JOIN documents d ON d.doc_id = p.doc_id{dated} "
               "ORDER BY p.doc_id")
        return [(r[0], r[1]) for r in self._read(sql, params, "pending view lines")]

    def documents_published(self, since: dt.date | None, until: dt.date | None) -> list[str]:
        """Documents published in [since, until] or undated, in doc_id order (every one with no bounds)."""
        where, params = _published_filters("documents", since, until, column="date")
        dated = f" WHERE date IS NULL OR ({' AND '.join(where)})" if where else ""
        return [r[0] for r in self._read(f"SELECT doc_id FROM documents{dated} ORDER BY doc_id", params, "documents")]

    def save_view_lines(
        self, marked: Sequence[tuple[str, Any]], rows: Sequence[tuple[str, str, Any, Any, str]]
    ) -> None:
        """Replace the view lines of the documents ``marked`` ((doc_id, marked_at) as
        :meth:`pending_view_documents` gave them) by ``rows`` (doc_id, kind, first_day, last_day, payload),
        in one transaction.

        A document marked again since it was read (written or linked meanwhile by another
        process) keeps its old state and stays pending: its rows are not saved.
        """
        import pyarrow as pa

        names = ("doc_id", "kind", "first_day", "last_day", "payload")
        types = (pa.string(), pa.string(), pa.date32(), pa.date32(), pa.string())
        table = pa.table({n: pa.array([r[i] for r in rows], t) for i, (n, t) in enumerate(zip(names, types,
                                                                                               strict=True))})
        built = pa.table({"doc_id": pa.array([d for d, _ in marked], pa.string()),
                          "marked_at": pa.array([m for _, m in marked], pa.timestamp("us"))})
        try:
            with self._transaction(records=False) as con:
                con.stage("_built", built)
                con.stage("_view_lines", table)
                fresh = ("SELECT b.doc_id FROM _built b JOIN view_pending p ON p.doc_id = b.doc_id "
                         "AND p.marked_at = b.marked_at")
                con.execute(f"DELETE FROM view_lines WHERE doc_id IN ({fresh})")
                con.execute(f"INSERT INTO view_lines ({', '.join(names)}) SELECT * FROM _view_lines "
                            f"WHERE doc_id IN ({fresh})")
                con.execute(f"DELETE FROM view_pending WHERE doc_id IN ({fresh})")
                con.unstage("_view_lines")
                con.unstage("_built")
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot save view lines: {first_line(exc)}") from exc

    def view_lines(
        self, kinds: Sequence[str], *, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[tuple[str, str, dt.date | None, dt.date | None, str]]:
        """(doc_id, kind, first_day, last_day, payload) of the view lines of ``kinds`` whose days meet
        [since, until].

        A document row is read when some line of it may fall in the window (its first and last
        days bound its lines); which lines do is for the caller to decide. Rows of pending
        documents are left out (they are not current), and rows come in no particular order.
        """
        # A pending document's rows, if any are left, are not current: the caller computes it anew.
        where = [f"kind IN ({_marks(len(kinds))})", "doc_id NOT IN (SELECT doc_id FROM view_pending)"]
        params: list[Any] = list(kinds)
        if since is not None:
            where.append("last_day >= ?")
            params.append(since)
        if until is not None:
            where.append("first_day <= ?")
            params.append(until)
        sql = f"SELECT doc_id, kind, first_day, last_day, payload FROM view_lines{_where(where)}"
        return [tuple(r) for r in self._read(sql, params, "view lines")]

    def _read(self, sql: str, params: list[Any], what: str) -> list[Any]:
        try:
            return list(self._db.execute(sql, params).fetchall())
        except self._db.errors as exc:
            raise StoreError(f"{self.path}: cannot read {what}: {first_line(exc)}") from exc

    def incident_table(self, *, min_reports: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored incidents, most reported first, as dicts of the ``incidents`` columns."""
        sql = "SELECT * FROM incidents WHERE reports >= ? ORDER BY reports DESC, first_day NULLS LAST, incident_id"
        params: list[Any] = [min_reports]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cursor = self._db.execute(sql, params)
        names = [c[0] for c in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


    # ---- serve

    # Paged reads for the web API (parley.serve): filtered, sorted and cut to one page in SQL, each
    # with the number of rows matching in all, so a request never holds more than one page.
    _SERVE_EVENT_DAY = "coalesce({d}, {m}, {y}, d.date)"

    def figure_page(
        self,
        *,
        category: str | None = None,
        claimant: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        order: str = "date",
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[list[FigureRow], int]:
        """One page of stored figures (filters as :meth:`figures`) and how many match in all.

        Args:
            order: ``date`` (publication), ``value`` (the value, else the low bound), ``category``
                or ``claimant``; a leading ``-`` sorts descending. Missing values sort last either way.
        """
        where, params = _figure_conditions(category, claimant, since, until, text)
        keys = {"date": "d.date", "value": "coalesce(f.value, f.low)", "category": "f.category",
                "claimant": "lower(f.claimant)"}
        rows, total = self._record_page("figures", where, params, doc_id=doc_id, keys=keys, order=order,
                                        offset=offset, limit=limit)
        page = [FigureRow(figure=figure_from_row(r[:15]), idx=r[1], date=r[15], outlet=r[16], sentence=r[17])
                for r in rows]
        return page, total

    def event_page(
        self,
        *,
        type: str | None = None,
        status: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        order: str = "date",
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[list[EventRow], int]:
        """One page of stored events (filters as :meth:`events`) and how many match in all.

        Args:
            order: ``date`` (the event's own day, a partial date at its first day, else the
                publication date), ``type`` or ``status``; a leading ``-`` sorts descending.
        """
        where, params = _event_conditions(type, status, since, until, text)
        day = self._SERVE_EVENT_DAY.format(
            d=self._db.try_date("e.date"), m=self._db.try_date("e.date || '-01'"),
            y=self._db.try_date("e.date || '-01-01'"),
        )
        keys = {"date": day, "type": "e.type", "status": "e.status"}
        rows, total = self._record_page("events", where, params, doc_id=doc_id, keys=keys, order=order,
                                        offset=offset, limit=limit)
        page = [EventRow(event=event_from_row(r[:25]), idx=r[1], published=r[25], outlet=r[26], sentence=r[27])
                for r in rows]
        return page, total

    def _record_page(
        self, table: str, where: list[str], params: list[Any], *, doc_id: str | None, keys: dict[str, str],
        order: str, offset: int, limit: int,
    ) -> tuple[list[Any], int]:
        """One page of a record table's rows, each followed by its article's date and outlet and its
        sentence, and how many rows match in all: figures and events are listed alike, so a filter
        by document or an order means the same in both."""
        alias, columns = _PAGED_RECORDS[table]
        self._only_document(alias, doc_id, where, params)
        source = f"FROM {table} {alias} JOIN documents d USING (doc_id)" + _where(where)
        sql = (f"SELECT {_prefixed(alias, columns)}, d.date, d.outlet, {_SENTENCE.format(alias=alias)} {source} "
               f"ORDER BY {self._serve_order(order, keys, alias)} LIMIT ? OFFSET ?")
        rows = self._serve_read(sql, [*params, limit, offset])
        return rows, self._serve_count(source, params)

    def _only_document(self, alias: str, doc_id: str | None, where: list[str], params: list[Any]) -> None:
        """Add the condition that keeps the rows of one document (id or unique prefix) when one is given."""
        if doc_id:
            where.append(f"{alias}.doc_id = ?")
            params.append(self.resolve_doc_id(doc_id))

    def attribution_page(
        self, *, doc_id: str | None = None, source: str | None = None, offset: int = 0, limit: int = 50
    ) -> tuple[list[tuple[int, Any]], int]:
        """One page of attributions as ``(idx, Attribution)``, newest article first, in article order.

        Args:
            doc_id: only this document (id or unique prefix).
            source: case-insensitive substring of the source; ``"none"`` for unattributed content.
        """
        where: list[str] = []
        params: list[Any] = []
        self._only_document("a", doc_id, where, params)
        if source:
            where.append("a.source_text IS NULL" if source.lower() == "none" else "lower(a.source_text) LIKE ?")
            params += [] if source.lower() == "none" else [f"%{source.lower()}%"]
        origin = "FROM attributions a JOIN documents d USING (doc_id)" + _where(where)
        sql = (f"SELECT {_prefixed('a', _ATTRIBUTION_COLUMNS)} {origin} "
               "ORDER BY d.date DESC NULLS LAST, a.doc_id, a.idx LIMIT ? OFFSET ?")
        rows = self._serve_read(sql, [*params, limit, offset])
        return [(int(r[1]), attribution_from_row(r)) for r in rows], self._serve_count(origin, params)

    def document_page(
        self, *, order: str = "-date", offset: int = 0, limit: int = 50
    ) -> tuple[list[tuple[Document, int, int]], int]:
        """One page of documents as ``(document, figures, events)`` and the number of documents.

        Args:
            order: ``date``, ``figures`` or ``events`` (the counts); a leading ``-`` sorts descending.
        """
        counts = ("(SELECT count(*) FROM figures f WHERE f.doc_id = d.doc_id) AS n_figures, "
                  "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events")
        keys = {"date": "d.date", "figures": "n_figures", "events": "n_events"}
        sql = (f"SELECT {_prefixed('d', _DOCUMENT_COLUMNS)}, {counts} FROM documents d "
               f"ORDER BY {self._serve_order(order, keys, None)} LIMIT ? OFFSET ?")
        width = len(_DOCUMENT_COLUMNS.split(","))
        rows = self._serve_read(sql, [limit, offset])
        page = [(document_from_row(r[:width]), int(r[width]), int(r[width + 1])) for r in rows]
        return page, self._serve_count("FROM documents d", [])

    def _serve_read(self, sql: str, params: list[Any]) -> list[Any]:
        return self._read(sql, params, "a page of records")

    def _serve_count(self, source: str, params: list[Any]) -> int:
        row = self._serve_read(f"SELECT count(*) {source}", params)
        return int(row[0][0]) if row else 0


    @staticmethod
    def _serve_order(order: str, keys: Mapping[str, str], alias: str | None) -> str:
        """An ORDER BY list for ``order`` (a key of ``keys``, ``-`` first for descending), missing values last.

        Ties fall back to document and record order, so paging is stable.

        Raises:
            UsageError: ``order`` names no key.
        """
        name = order.lstrip("-")
        if name not in keys:
            raise UsageError(f"unknown sort order {order!r}; choose one of: {', '.join(keys)} (- first: descending)")
        direction = "DESC" if order.startswith("-") else "ASC"
        tie = f", {alias}.doc_id, {alias}.idx" if alias else ", d.doc_id"
        return f"{keys[name]} {direction} NULLS LAST{tie}"


# ---------------------------------------------------------------------- filters

#: The sentence of a figure or event row, sliced from its document (SQL strings are 1-based).
_SENTENCE = "substr(d.text, {alias}.sentence_start + 1, {alias}.sentence_end - {alias}.sentence_start)"
#: The record tables the serve pages list alike (:meth:`Store._record_page`): alias and columns of each.
_PAGED_RECORDS = {"figures": ("f", _FIGURE_COLUMNS), "events": ("e", _EVENT_COLUMNS)}


def _figure_conditions(
    category: str | Sequence[str] | None,
    claimant: str | None,
    since: dt.date | None,
    until: dt.date | None,
    text: str | None,
) -> tuple[list[str], list[Any]]:
    """WHERE conditions and parameters of a figure listing (alias ``f``; ``text`` needs ``d``).

    One builder serves the plain listing and the paged one, so both filter alike.
    """
    categories = [category] if isinstance(category, str) else list(category or [])
    for one in categories:
        _check_choice("category", one, CATEGORIES)
    where, params = _published_filters("f", since, until)
    if categories:
        where.append(f"f.category IN ({_marks(len(categories))})")
        params += categories
    if claimant:
        if claimant.lower() == "none":
            where.append("f.claimant IS NULL")
        else:
            where.append("lower(f.claimant) LIKE ?")
            params.append(f"%{claimant.lower()}%")
    if text:
        where.append(f"(lower({_SENTENCE.format(alias='f')}) LIKE ? OR lower(f.counted) LIKE ?)")
        params += [f"%{text.lower()}%"] * 2
    return where, params


def _event_conditions(
    type: str | None, status: str | None, since: dt.date | None, until: dt.date | None, text: str | None
) -> tuple[list[str], list[Any]]:
    """WHERE conditions and parameters of an event listing (alias ``e``; ``text`` needs ``d``)."""
    _check_choice("type", type.upper() if type else None, EVENT_TYPES)
    _check_choice("status", status, STATUSES)
    where, params = _published_filters("e", since, until)
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if status:
        where.append("e.status = ?")
        params.append(status)
    if text:
        where.append(f"lower({_SENTENCE.format(alias='e')}) LIKE ?")
        params.append(f"%{text.lower()}%")
    return where, params


# ---------------------------------------------------------------------- helpers

#: Record tables that carry their document's publication date (``published``, migration 4).
_DATED_TABLES = frozenset({"figures", "events"})


def _mark_pending(db: Backend, documents: str, params: list[Any]) -> None:
    """Put the documents the query ``documents`` selects in ``view_pending``, marked now (migration 6)."""
    db.execute(f"DELETE FROM view_pending WHERE doc_id IN ({documents})", params)
    db.execute(f"INSERT INTO view_pending SELECT doc_id, ? FROM ({documents}) AS m", [_now(), *params])
#: Documents fetched per ``IN (...)`` query: few enough for DuckDB to look each up by primary key.
_KEY_CHUNK = 100
#: Documents :meth:`Store.iter_extractions` reads per batch: few enough that a batch of long
#: articles stays small in memory, many enough that query overhead is paid rarely.
_EXTRACTION_BATCH = 500
#: Where ``extractor_version`` is in a row of :data:`DOCUMENT_COLUMNS`.
_VERSION_AT = column_names(_DOCUMENT_COLUMNS).index("extractor_version")
_EXPORT_COLUMNS = {
    "documents": _DOCUMENT_COLUMNS,
    "figures": _FIGURE_COLUMNS,
    "events": _EVENT_COLUMNS,
    "attributions": _ATTRIBUTION_COLUMNS,
}


class _DocumentFacts:
    """Outlet and text of the documents behind a listing, to cut each record's sentence from."""

    def __init__(self) -> None:
        self.by_id: dict[str, tuple[str | None, str]] = {}
        self.datelines: dict[str, str] = {}

    def add(self, rows: Sequence[tuple[str, str | None, str]]) -> None:
        """Remember ``(doc_id, outlet, text)`` rows."""
        for doc_id, outlet, text in rows:
            self.by_id[doc_id] = (outlet, text)

    def dateline(self, doc_id: str) -> str:
        """The document's wire dateline as written, empty without one (read once per document)."""
        if doc_id not in self.datelines:
            self.datelines[doc_id] = dateline_text(self.by_id[doc_id][1])
        return self.datelines[doc_id]

    def sentence(self, doc_id: str, start: int, end: int) -> tuple[str | None, str]:
        """The document's outlet and its text from ``start`` to ``end`` (character offsets, as substr)."""
        outlet, text = self.by_id[doc_id]
        return outlet, text[start:end]


def _conform(name: str, table: Any) -> Any:
    """``table`` with exactly the columns and types of record table ``name`` (a shard from any writer)."""
    schema = arrow_schema(name)
    try:
        return table.select(schema.names).cast(schema)
    except (KeyError, ValueError, TypeError) as exc:
        raise StoreError(f"batch {name} table does not match the store's columns: {first_line(exc)}") from exc


def _first_per_key(table: Any, key: tuple[str, ...]) -> Any:
    """``table`` with each key once (its first row), so an input repeated in a shard cannot break the key."""
    seen: set[tuple[Any, ...]] = set()
    keep = []
    for row in zip(*(table.column(c).to_pylist() for c in key), strict=True):
        keep.append(row not in seen)
        seen.add(row)
    return table if all(keep) else table.filter(keep)


#: Rows per multi-row INSERT: well under PostgreSQL's 65,535 parameters for the widest record table.
_INSERT_CHUNK = 500


def _insert_many(db: Backend, table: str, columns: str, rows: list[list[Any]]) -> None:
    """Insert rows with one multi-row ``VALUES`` statement per chunk.

    DuckDB runs ``executemany`` as one prepared execution per row, which cost more than the
    extraction of a document; a single statement per table and document is several times faster
    and plain SQL on both backends.
    """
    if not rows:
        return
    group = f"({_marks(len(rows[0]))})"
    for begin in range(0, len(rows), _INSERT_CHUNK):
        chunk = rows[begin : begin + _INSERT_CHUNK]
        params = [value for row in chunk for value in row]
        db.execute(f"INSERT INTO {table} ({columns}) VALUES {', '.join([group] * len(chunk))}", params)



def _partial_export_folder(directory: Path, *, new: bool) -> Path:
    """Where a table export is written before it is moved into ``directory``: beside a ``new``
    folder (its parent is writable, as the folder is made there), inside an existing one."""
    if new:
        directory.parent.mkdir(parents=True, exist_ok=True)
        return directory.parent / f".{directory.name}.parley-export.{os.getpid()}.partial"
    return directory / f".parley-export.{os.getpid()}.partial"


def _move_export_into_place(partial: Path, directory: Path, written: list[Path], *, new: bool) -> None:
    """Move the finished tables from ``partial`` to ``directory``: the whole folder at once when
    ``directory`` is new, else table by table (renames within one folder do not fail as the
    writes can)."""
    if new:
        partial.rename(directory)
        return
    for target in written:
        os.replace(partial / target.name, target)
    partial.rmdir()


def _where(conditions: list[str]) -> str:
    return (" WHERE " + " AND ".join(conditions)) if conditions else ""


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def _published_filters(
    alias: str, since: dt.date | None, until: dt.date | None, *, column: str = "published"
) -> tuple[list[str], list[Any]]:
    """Bounds on the publication date as copied onto the record table ``alias`` (migration 4).

    ``column="date"`` bounds the same date on ``documents``, where it is the document's own column.
    """
    where: list[str] = []
    params: list[Any] = []
    if since and until and since > until:
        raise UsageError(f"the date range is empty: since {since} is after until {until}; swap the two dates")
    if since:
        where.append(f"{alias}.{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{alias}.{column} <= ?")
        params.append(until)
    return where, params


def _check_choice(name: str, value: str | None, allowed: Sequence[str]) -> None:
    if value is not None and value not in allowed:
        raise UsageError(f"unknown {name} {value!r}; choose one of: {', '.join(allowed)}")


#: The columns that make a document's content: a stored document with another value in any of
#: them is out of date (:meth:`Store.current`, the bulk write) and a doc_id given twice in one
#: ingest run with another value is a clash (:mod:`parley.pipeline`). The one definition of "same
#: content"; :func:`content_key` gives it for a document, with the text as its MD5 digest.
CONTENT_COLUMNS = ("text", "date", "outlet", "url", "title")


def content_key(document: Document) -> tuple[Any, ...]:
    """A document's :data:`CONTENT_COLUMNS` values, the text as the hex MD5 the database computes."""
    values: list[Any] = []
    for column in CONTENT_COLUMNS:
        value = getattr(document, column)
        if column == "text":
            value = hashlib.md5(value.encode("utf-8"), usedforsecurity=False).hexdigest()
        values.append(value)
    return tuple(values)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
