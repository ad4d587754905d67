"""The store's schema as numbered migrations.

Each migration is applied once, in order, inside a transaction, and recorded in
``schema_migrations``; opening a store created by an older parley brings it up to date. Never
edit a migration that has shipped: add a new one. The SQL is kept to the subset DuckDB and
PostgreSQL share, so one schema serves both backends.

Column names avoid SQL keywords: character offsets are ``start_char``/``end_char``.
Migrations 4 and 5 copy each document's publication date onto its figures and events
(``published``), so listing them in date order, or a date range of them, reads one table and
can stop early on PostgreSQL's ordered indexes, instead of sorting the whole join with
``documents``. The store fills it on every write; nothing else may write those tables.

Migration 6 adds ``view_lines``, each document's part of the ledgers and series as reconcile
computed it (see :mod:`parley.reconcile.view_lines`); a write of a document drops its rows.

Migration 7 adds ``record_changes``, one row: a random id of the store and a counter every
transaction that changes stored records raises before it commits (see
``Store.records_generation``), so a reader holding what it built from the records (the HTTP
checker's evidence) can tell with one cheap query whether they changed, in this process or another.

Record tables carry ``doc_id`` without a FOREIGN KEY clause: DuckDB refuses to update or replace a
referenced row inside the transaction that rewrites its children, and every write goes through
``Store.write``, which keeps documents and their records together.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MIGRATIONS", "Migration"]


@dataclass(frozen=True)
class Migration:
    """One step of schema history."""

    version: int
    description: str
    statements: tuple[str, ...]


_DOCUMENTS = """
CREATE TABLE documents (
    doc_id            TEXT PRIMARY KEY,
    text              TEXT NOT NULL,
    date              DATE,
    outlet            TEXT,
    url               TEXT,
    title             TEXT,
    ai_generated      BOOLEAN NOT NULL DEFAULT FALSE,
    ai_evidence_start INTEGER,
    ai_evidence_end   INTEGER,
    origin            TEXT,
    extractor_version TEXT NOT NULL,
    ingested_at       TIMESTAMP NOT NULL
)"""

_FIGURES = """
CREATE TABLE figures (
    doc_id         TEXT NOT NULL,
    idx            INTEGER NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    value          DOUBLE PRECISION,
    low            DOUBLE PRECISION,
    high           DOUBLE PRECISION,
    qualifier      TEXT NOT NULL,
    unit           TEXT,
    counted        TEXT,
    category       TEXT NOT NULL,
    claimant       TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
)"""

_EVENTS = """
CREATE TABLE events (
    doc_id         TEXT NOT NULL,
    idx            INTEGER NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    source_text    TEXT,
    source_start   INTEGER,
    source_end     INTEGER,
    source_country TEXT,
    source_sector  TEXT,
    target_text    TEXT,
    target_start   INTEGER,
    target_end     INTEGER,
    target_country TEXT,
    target_sector  TEXT,
    status         TEXT NOT NULL,
    date           TEXT,
    place          TEXT,
    claimant       TEXT,
    figures        TEXT NOT NULL,
    incident       TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
)"""

_ATTRIBUTIONS = """
CREATE TABLE attributions (
    doc_id        TEXT NOT NULL,
    idx           INTEGER NOT NULL,
    source_start  INTEGER,
    source_end    INTEGER,
    source_text   TEXT,
    cue_start     INTEGER NOT NULL,
    cue_end       INTEGER NOT NULL,
    cue_text      TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content_text  TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
)"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, figures, events, attributions", (_DOCUMENTS, _FIGURES, _EVENTS, _ATTRIBUTIONS)),
    Migration(
        2,
        "indexes for the common filters",
        (
            "CREATE INDEX figures_category ON figures (category)",
            "CREATE INDEX events_type ON events (type)",
            "CREATE INDEX documents_date ON documents (date)",
        ),
    ),
    Migration(
        3,
        "reconcile: incidents (one row per real event) and the links of event reports to them",
        (
            """
CREATE TABLE incidents (
    incident_id TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    mode        TEXT,
    realized    BOOLEAN NOT NULL,
    first_day   DATE,
    last_day    DATE,
    place       TEXT,
    reports     INTEGER NOT NULL,
    documents   INTEGER NOT NULL,
    updated_at  TIMESTAMP NOT NULL
)""",
            """
CREATE TABLE incident_links (
    doc_id      TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    incident_id TEXT NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    linked_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (doc_id, idx)
)""",
            "CREATE INDEX incident_links_incident ON incident_links (incident_id)",
        ),
    ),
    Migration(
        4,
        "publication date of the document on figures and events (published)",
        (
            "ALTER TABLE figures ADD COLUMN published DATE",
            "ALTER TABLE events ADD COLUMN published DATE",
            "UPDATE figures SET published = d.date FROM documents d WHERE figures.doc_id = d.doc_id",
            "UPDATE events SET published = d.date FROM documents d WHERE events.doc_id = d.doc_id",
        ),
    ),
    Migration(
        5,
        "indexes in listing order: (category or type, published, doc_id, idx) and (published, doc_id, idx)",
        (
            # A migration of its own: DuckDB cannot create an index in the transaction that
            # filled the column (migration 4). The category/type indexes replace the
            # single-column ones of migration 2, which they cover.
            "DROP INDEX figures_category",
            "DROP INDEX events_type",
            "CREATE INDEX figures_category_published ON figures (category, published, doc_id, idx)",
            "CREATE INDEX figures_published ON figures (published, doc_id, idx)",
            "CREATE INDEX events_type_published ON events (type, published, doc_id, idx)",
            "CREATE INDEX events_published ON events (published, doc_id, idx)",
        ),
    ),
    Migration(
        6,
        "view lines: each document's part of the ledgers and series, kept by reconcile",
        (
            # One row per document and kind ("captives", "truce", "series"): a JSON payload and
            # the first and last day of its lines. view_pending lists the documents whose rows
            # are missing or stale (written, re-linked), with when they became so; view_state
            # holds the version of the code that wrote the rows.
            """
CREATE TABLE view_lines (
    doc_id    TEXT NOT NULL,
    kind      TEXT NOT NULL,
    first_day DATE,
    last_day  DATE,
    payload   TEXT NOT NULL,
    PRIMARY KEY (doc_id, kind)
)""",
            "CREATE TABLE view_pending (doc_id TEXT PRIMARY KEY, marked_at TIMESTAMP NOT NULL)",
            "CREATE TABLE view_state (version INTEGER NOT NULL)",
            "CREATE INDEX view_lines_kind_days ON view_lines (kind, last_day, first_day)",
        ),
    ),
    Migration(
        7,
        "record_changes: a counter every write of records raises, to tell readers the records changed",
        (
            # The id tells a store re-created at the same path from the one it replaced, whose
            # counter may have reached the same value.
            "CREATE TABLE record_changes (store_id TEXT NOT NULL, generation BIGINT NOT NULL)",
            "INSERT INTO record_changes VALUES (CAST(gen_random_uuid() AS TEXT), 0)",
        ),
    ),
)
