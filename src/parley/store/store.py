"""The DuckDB-backed store: schema migrations, transactional writes, filtered queries, export.

What it deliberately does not do: reconcile records across documents (that is the reconcile
stage, which reads from here) or decide what a record means.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
from pydantic import BaseModel, ConfigDict

from parley.errors import NotFound, StoreError, UsageError
from parley.records import Actor, Attribution, Document, Event, Extraction, Figure, Span
from parley.store.schema import MIGRATIONS
from parley.types import CATEGORIES, EVENT_TYPES, STATUSES

__all__ = ["DB_ENV", "DEFAULT_DB", "EventRow", "FigureRow", "Store", "WriteOutcome", "resolve_db_path"]

DEFAULT_DB = "parley.duckdb"
DB_ENV = "PARLEY_DB"

_FIGURE_COLUMNS = (
    "doc_id, idx, start_char, end_char, text, value, low, high, qualifier, unit, counted, category, "
    "claimant, sentence_start, sentence_end"
)
_EVENT_COLUMNS = (
    "doc_id, idx, start_char, end_char, text, type, mode, source_text, source_start, source_end, "
    "source_country, source_sector, target_text, target_start, target_end, target_country, target_sector, "
    "status, date, place, claimant, figures, incident, sentence_start, sentence_end"
)
_ATTRIBUTION_COLUMNS = (
    "doc_id, idx, source_start, source_end, source_text, cue_start, cue_end, cue_text, "
    "content_start, content_end, content_text"
)
_DOCUMENT_COLUMNS = (
    "doc_id, text, date, outlet, url, title, ai_generated, ai_evidence_start, ai_evidence_end, origin, "
    "extractor_version, ingested_at"
)


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


class FigureRow(BaseModel):
    """A stored figure with the document facts a reader needs beside it."""

    model_config = ConfigDict(frozen=True)

    figure: Figure
    idx: int
    date: dt.date | None
    outlet: str | None
    sentence: str


class EventRow(BaseModel):
    """A stored event with the document facts a reader needs beside it."""

    model_config = ConfigDict(frozen=True)

    event: Event
    idx: int
    published: dt.date | None
    outlet: str | None
    sentence: str


class Store:
    """An open parley store. Use as a context manager, or call :meth:`close`.

    Args:
        db: a file path, ``":memory:"``, or None for ``$PARLEY_DB`` / ``./parley.duckdb``.
        read_only: open without write access (several readers may share a file).

    Raises:
        StoreError: the file cannot be opened (locked by another process, not a DuckDB file...).
    """

    def __init__(self, db: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = resolve_db_path(db)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no parley store here yet; run `parley ingest` first")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {_first_line(exc)}") from exc
        if not read_only:
            self._migrate()
        elif self.schema_version() < MIGRATIONS[-1].version:
            raise StoreError(f"{self.path}: store schema is out of date; open it once for writing to migrate")

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._con.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block atomically: everything in it is committed together or not at all."""
        self._con.begin()
        try:
            yield self._con
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    # ------------------------------------------------------------------ schema

    def schema_version(self) -> int:
        """The highest migration applied to this store (0 for an empty file)."""
        exists = self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self._con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self) -> None:
        try:
            self._con.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
            current = self.schema_version()
            for migration in MIGRATIONS:
                if migration.version <= current:
                    continue
                with self._transaction() as con:
                    for statement in migration.statements:
                        con.execute(statement)
                    con.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                        [migration.version, migration.description, _now()],
                    )
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot prepare the store schema: {_first_line(exc)}") from exc

    # ------------------------------------------------------------------ writing

    def stored_version(self, doc_id: str) -> str | None:
        """The extractor version a document was stored with, or None if it is not stored."""
        row = self._con.execute("SELECT extractor_version FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return str(row[0]) if row else None

    def write(self, extraction: Extraction) -> WriteOutcome:
        """Store one document and all its records in a single transaction.

        Idempotent: the same content extracted by the same version is left as it is.

        Raises:
            StoreError: the write failed; the store is unchanged.
        """
        doc = extraction.document
        previous = self.stored_version(doc.doc_id)
        if previous == extraction.extractor_version:
            return WriteOutcome.UNCHANGED
        try:
            with self._transaction() as con:
                row = _document_row(doc, extraction.extractor_version)
                if previous is None:
                    con.execute(f"INSERT INTO documents ({_DOCUMENT_COLUMNS}) VALUES ({_marks(12)})", row)
                else:
                    # Children first; the document row is updated in place, since DuckDB refuses to
                    # delete a referenced key and re-insert it within one transaction.
                    for table in ("figures", "events", "attributions"):
                        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.doc_id])
                    assignments = ", ".join(f"{c.strip()} = ?" for c in _DOCUMENT_COLUMNS.split(",")[1:])
                    con.execute(f"UPDATE documents SET {assignments} WHERE doc_id = ?", [*row[1:], doc.doc_id])
                figures = [_figure_row(i, f) for i, f in enumerate(extraction.figures)]
                _insert_many(con, "figures", _FIGURE_COLUMNS, figures)
                _insert_many(con, "events", _EVENT_COLUMNS, [_event_row(i, e) for i, e in enumerate(extraction.events)])
                _insert_many(
                    con,
                    "attributions",
                    _ATTRIBUTION_COLUMNS,
                    [_attribution_row(i, a) for i, a in enumerate(extraction.attributions)],
                )
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: could not store document {doc.doc_id}: {_first_line(exc)}") from exc
        return WriteOutcome.ADDED if previous is None else WriteOutcome.REPLACED

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        """Number of stored documents, figures, events and attributions."""
        out = {}
        for table in ("documents", "figures", "events", "attributions"):
            row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def resolve_doc_id(self, key: str) -> str:
        """The full doc_id for a full id or a unique prefix of one (as shown in tables).

        Raises:
            NotFound: no document matches.
            UsageError: the prefix matches several documents.
        """
        rows = self._con.execute(
            "SELECT doc_id FROM documents WHERE doc_id = ? OR starts_with(doc_id, ?) ORDER BY doc_id LIMIT 3",
            [key, key],
        ).fetchall()
        exact = [r[0] for r in rows if r[0] == key]
        if exact:
            return str(exact[0])
        if not rows:
            raise NotFound("document", key)
        if len(rows) > 1:
            shown = ", ".join(r[0] for r in rows)
            raise UsageError(f"{key!r} matches several documents ({shown}...); give more of the id")
        return str(rows[0][0])

    def document(self, doc_id: str) -> Document:
        """One stored document by id (or unique id prefix)."""
        doc_id = self.resolve_doc_id(doc_id)
        row = self._con.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        if row is None:
            raise NotFound("document", doc_id)
        return _document_from_row(row)

    def documents(self, *, limit: int | None = None) -> list[Document]:
        """Stored documents, newest publication date first."""
        sql = f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY date DESC NULLS LAST, doc_id"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_document_from_row(r) for r in self._con.execute(sql, params).fetchall()]

    def extraction(self, doc_id: str) -> Extraction:
        """A document with everything extracted from it, as it was written."""
        document = self.document(doc_id)
        version = self.stored_version(document.doc_id) or ""
        figure_rows = self._con.execute(
            f"SELECT {_FIGURE_COLUMNS} FROM figures WHERE doc_id = ? ORDER BY idx", [document.doc_id]
        ).fetchall()
        event_rows = self._con.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE doc_id = ? ORDER BY idx", [document.doc_id]
        ).fetchall()
        attribution_rows = self._con.execute(
            f"SELECT {_ATTRIBUTION_COLUMNS} FROM attributions WHERE doc_id = ? ORDER BY idx", [document.doc_id]
        ).fetchall()
        return Extraction(
            document=document,
            figures=[_figure_from_row(r) for r in figure_rows],
            events=[_event_from_row(r) for r in event_rows],
            attributions=[_attribution_from_row(r) for r in attribution_rows],
            extractor_version=version,
        )

    def iter_extractions(self) -> Iterator[Extraction]:
        """Every stored document with its records, one at a time (for export)."""
        query = "SELECT doc_id FROM documents ORDER BY date NULLS LAST, doc_id"
        ids = [r[0] for r in self._con.execute(query).fetchall()]
        for doc_id in ids:
            yield self.extraction(doc_id)

    def figures(
        self,
        *,
        category: str | None = None,
        claimant: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[FigureRow]:
        """Stored figures, filtered; dates filter on the publication date of the article.

        Args:
            category: one of the figure categories (``killed``, ``released``...).
            claimant: case-insensitive substring of the claimant; ``"none"`` for the article's own voice.
            text: case-insensitive substring of the figure's sentence or counted noun.
        """
        _check_choice("category", category, CATEGORIES)
        where, params = _date_filters(since, until)
        if category:
            where.append("f.category = ?")
            params.append(category)
        if claimant:
            if claimant.lower() == "none":
                where.append("f.claimant IS NULL")
            else:
                where.append("lower(f.claimant) LIKE ?")
                params.append(f"%{claimant.lower()}%")
        if text:
            where.append("(lower(substr(d.text, f.sentence_start + 1, f.sentence_end - f.sentence_start)) LIKE ? "
                         "OR lower(f.counted) LIKE ?)")
            params += [f"%{text.lower()}%"] * 2
        if doc_id:
            where.append("f.doc_id = ?")
            params.append(self.resolve_doc_id(doc_id))
        sql = (
            f"SELECT {_prefixed('f', _FIGURE_COLUMNS)}, d.date, d.outlet, "
            "substr(d.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) "
            "FROM figures f JOIN documents d USING (doc_id)"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.date NULLS LAST, f.doc_id, f.idx"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._con.execute(sql, params).fetchall()
        return [
            FigureRow(figure=_figure_from_row(r[:15]), idx=r[1], date=r[15], outlet=r[16], sentence=r[17])
            for r in rows
        ]

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
        _check_choice("type", type.upper() if type else None, EVENT_TYPES)
        _check_choice("status", status, STATUSES)
        where, params = _date_filters(since, until)
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        if status:
            where.append("e.status = ?")
            params.append(status)
        if text:
            where.append("lower(substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)) LIKE ?")
            params.append(f"%{text.lower()}%")
        if doc_id:
            where.append("e.doc_id = ?")
            params.append(self.resolve_doc_id(doc_id))
        sql = (
            f"SELECT {_prefixed('e', _EVENT_COLUMNS)}, d.date, d.outlet, "
            "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) "
            "FROM events e JOIN documents d USING (doc_id)"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.date NULLS LAST, e.doc_id, e.idx"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._con.execute(sql, params).fetchall()
        return [
            EventRow(event=_event_from_row(r[:25]), idx=r[1], published=r[25], outlet=r[26], sentence=r[27])
            for r in rows
        ]

    # ------------------------------------------------------------------ export

    def export_tables(self, directory: Path, fmt: str) -> list[Path]:
        """Write each table (documents, figures, events, attributions) as CSV or Parquet files.

        DuckDB's COPY writes them directly, without passing rows through Python.
        """
        if fmt not in ("csv", "parquet"):
            raise UsageError(f"unknown table format {fmt!r}: choose csv or parquet")
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        options = "(FORMAT csv, HEADER true)" if fmt == "csv" else "(FORMAT parquet)"
        for table in ("documents", "figures", "events", "attributions"):
            target = directory / f"{table}.{fmt}"
            try:
                self._con.execute(f"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{_sql_path(target)}' {options}")
            except duckdb.Error as exc:
                raise StoreError(f"cannot write {target}: {_first_line(exc)}") from exc
            written.append(target)
        return written

    # ---- reconcile

    def reconcile_reports(
        self,
        *,
        linked: bool | None = None,
        day_from: dt.date | None = None,
        day_to: dt.date | None = None,
        types: Sequence[str] | None = None,
    ) -> list[tuple[EventRow, list[Figure]]]:
        """Stored events with their article facts and the figures of their document, for reconciling.

        Args:
            linked: True for events already linked to an incident, False for those not yet linked,
                None for all.
            day_from, day_to: bounds on the event's day: its own ISO date, else the publication date.
            types: only these PLOVER types.
        """
        where: list[str] = []
        params: list[Any] = []
        if linked is not None:
            where.append("e.incident IS NOT NULL" if linked else "e.incident IS NULL")
        day = "coalesce(try_cast(e.date AS DATE), d.date)"
        if day_from is not None:
            where.append(f"{day} >= ?")
            params.append(day_from)
        if day_to is not None:
            where.append(f"{day} <= ?")
            params.append(day_to)
        if types:
            where.append(f"e.type IN ({_marks(len(types))})")
            params += list(types)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        sql = (
            f"SELECT {_prefixed('e', _EVENT_COLUMNS)}, d.date, d.outlet, "
            "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) "
            f"FROM events e JOIN documents d USING (doc_id){clause} ORDER BY e.doc_id, e.idx"
        )
        try:
            rows = self._con.execute(sql, params).fetchall()
            figure_rows = self._con.execute(
                f"SELECT {_FIGURE_COLUMNS} FROM figures WHERE doc_id IN "
                f"(SELECT DISTINCT e.doc_id FROM events e JOIN documents d USING (doc_id){clause}) "
                "ORDER BY doc_id, idx",
                params,
            ).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read events to reconcile: {_first_line(exc)}") from exc
        by_doc: dict[str, list[Figure]] = {}
        for r in figure_rows:
            by_doc.setdefault(r[0], []).append(_figure_from_row(r))
        return [
            (EventRow(event=_event_from_row(r[:25]), idx=r[1], published=r[25], outlet=r[26], sentence=r[27]),
             by_doc.get(r[0], []))
            for r in rows
        ]

    def prune_incident_links(self) -> int:
        """Drop links of events that were re-extracted (their ``incident`` is empty again) or removed."""
        sql = (
            "DELETE FROM incident_links l WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_id = l.doc_id "
            "AND e.idx = l.idx AND e.incident = l.incident_id)"
        )
        try:
            with self._transaction() as con:
                row = con.execute(sql).fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot prune incident links: {_first_line(exc)}") from exc
        return int(row[0]) if row and row[0] is not None else 0

    def save_incidents(
        self, links: Sequence[tuple[str, int, str, float]], incidents: Sequence[Sequence[Any]]
    ) -> None:
        """Record incident links (doc_id, idx, incident_id, score) and incident rows, in one transaction.

        ``incidents`` rows are (incident_id, type, mode, realized, first_day, last_day, place,
        reports, documents); a row for an existing incident replaces it. Each linked event's
        ``incident`` column is set too, so exports and ``parley events`` show it.
        """
        import pyarrow as pa

        now = _now()
        link_table = pa.table({
            "doc_id": [x[0] for x in links], "idx": pa.array([x[1] for x in links], pa.int32()),
            "incident_id": [x[2] for x in links], "score": pa.array([x[3] for x in links], pa.float64()),
        })
        try:
            with self._transaction() as con:
                con.register("_new_links", link_table)
                con.execute("DELETE FROM incident_links WHERE (doc_id, idx) IN (SELECT doc_id, idx FROM _new_links)")
                con.execute("INSERT INTO incident_links SELECT doc_id, idx, incident_id, score, ? FROM _new_links",
                            [now])
                con.execute("UPDATE events SET incident = l.incident_id FROM _new_links l "
                            "WHERE events.doc_id = l.doc_id AND events.idx = l.idx")
                con.unregister("_new_links")
                if incidents:
                    con.register("_new_incidents", _incident_arrow(incidents))
                    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT incident_id FROM _new_incidents)")
                    con.execute("INSERT INTO incidents SELECT *, ? FROM _new_incidents", [now])
                    con.unregister("_new_incidents")
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot save incidents: {_first_line(exc)}") from exc

    def incident_table(self, *, min_reports: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored incidents, most reported first, as dicts of the ``incidents`` columns."""
        sql = "SELECT * FROM incidents WHERE reports >= ? ORDER BY reports DESC, first_day NULLS LAST, incident_id"
        params: list[Any] = [min_reports]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cursor = self._con.execute(sql, params)
        names = [c[0] for c in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# ---------------------------------------------------------------------- row conversion


def _document_row(doc: Document, version: str) -> list[Any]:
    evidence = doc.ai_evidence
    return [
        doc.doc_id, doc.text, doc.date, doc.outlet, doc.url, doc.title, doc.ai_generated,
        evidence.start if evidence else None, evidence.end if evidence else None,
        doc.origin, version, _now(),
    ]


def _document_from_row(row: Sequence[Any]) -> Document:
    text = row[1]
    evidence = Span(start=row[7], end=row[8], text=text[row[7]:row[8]]) if row[7] is not None else None
    return Document(
        doc_id=row[0], text=text, date=row[2], outlet=row[3], url=row[4], title=row[5],
        ai_generated=bool(row[6]), ai_evidence=evidence, origin=row[9],
    )


def _figure_row(idx: int, f: Figure) -> list[Any]:
    return [
        f.doc_id, idx, f.start, f.end, f.text, f.value, f.low, f.high, f.qualifier, f.unit, f.counted,
        f.category, f.claimant, f.sentence_start, f.sentence_end,
    ]


def _figure_from_row(r: Sequence[Any]) -> Figure:
    return Figure(
        doc_id=r[0], start=r[2], end=r[3], text=r[4], value=r[5], low=r[6], high=r[7], qualifier=r[8],
        unit=r[9], counted=r[10], category=r[11], claimant=r[12], sentence_start=r[13], sentence_end=r[14],
    )


def _actor_columns(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 5
    return [actor.text, actor.start, actor.end, actor.country, actor.sector]


def _actor_from_columns(values: Sequence[Any]) -> Actor | None:
    if all(v is None for v in values):
        return None
    return Actor(text=values[0], start=values[1], end=values[2], country=values[3], sector=values[4])


def _event_row(idx: int, e: Event) -> list[Any]:
    return [
        e.doc_id, idx, e.start, e.end, e.text, e.type, e.mode,
        *_actor_columns(e.source), *_actor_columns(e.target),
        e.status, e.date, e.place, e.claimant, json.dumps(e.figures), e.incident, e.sentence_start, e.sentence_end,
    ]


def _event_from_row(r: Sequence[Any]) -> Event:
    return Event(
        doc_id=r[0], start=r[2], end=r[3], text=r[4], type=r[5], mode=r[6],
        source=_actor_from_columns(r[7:12]), target=_actor_from_columns(r[12:17]),
        status=r[17], date=r[18], place=r[19], claimant=r[20], figures=json.loads(r[21]), incident=r[22],
        sentence_start=r[23], sentence_end=r[24],
    )


def _attribution_row(idx: int, a: Attribution) -> list[Any]:
    source = a.source
    return [
        a.doc_id, idx,
        source.start if source else None, source.end if source else None, source.text if source else None,
        a.cue.start, a.cue.end, a.cue.text, a.content.start, a.content.end, a.content.text,
    ]


def _attribution_from_row(r: Sequence[Any]) -> Attribution:
    source = Span(start=r[2], end=r[3], text=r[4]) if r[2] is not None else None
    return Attribution(
        doc_id=r[0], source=source,
        cue=Span(start=r[5], end=r[6], text=r[7]), content=Span(start=r[8], end=r[9], text=r[10]),
    )


def _incident_arrow(rows: Sequence[Sequence[Any]]) -> Any:
    """Incident rows as an Arrow table in the column order of ``incidents`` (reconcile)."""
    import pyarrow as pa

    names = ("incident_id", "type", "mode", "realized", "first_day", "last_day", "place", "reports", "documents")
    types = (pa.string(), pa.string(), pa.string(), pa.bool_(), pa.date32(), pa.date32(), pa.string(),
             pa.int32(), pa.int32())
    return pa.table({n: pa.array([r[i] for r in rows], t) for i, (n, t) in enumerate(zip(names, types, strict=True))})


# ---------------------------------------------------------------------- helpers


def _insert_many(con: duckdb.DuckDBPyConnection, table: str, columns: str, rows: list[list[Any]]) -> None:
    if rows:
        con.executemany(f"INSERT INTO {table} ({columns}) VALUES ({_marks(len(rows[0]))})", rows)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def _date_filters(since: dt.date | None, until: dt.date | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    if since:
        where.append("d.date >= ?")
        params.append(since)
    if until:
        where.append("d.date <= ?")
        params.append(until)
    return where, params


def _check_choice(name: str, value: str | None, allowed: Sequence[str]) -> None:
    if value is not None and value not in allowed:
        raise UsageError(f"unknown {name} {value!r}; choose one of: {', '.join(allowed)}")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
