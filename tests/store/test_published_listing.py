"""Migrations 4-5 and the listing queries that use them, on every backend.

Figures and events carry their document's publication date (``published``) so listings can
filter and sort on one table. These tests hold the copy to the document on every write path
(single writes, replacements, bulk loads, and the migration of a store created at version 3
with rows in it), and hold the listings to what the plain join of records and documents
gives, including limits that cut inside a day and undated documents (listed last).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.errors import StoreError
from parley.store import Store
from parley.store import store as store_module
from parley.store.rows import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    document_row,
    event_row,
    extraction_tables,
    figure_row,
)
from parley.store.schema import MIGRATIONS

from .test_store import SENTENCE_KILLED, SENTENCE_RELEASED, make_extraction

BOTH = f"{SENTENCE_KILLED} {SENTENCE_RELEASED}"  # three figures, one event, one attribution
NOV = dt.date(2023, 11, 25)
DEC = dt.date(2023, 12, 1)
#: Documents with dates that tie, differ and are missing, written out of date order.
DOCUMENTS = [("d-late", BOTH, DEC), ("d-none-b", BOTH, None), ("b-early", BOTH, NOV),
             ("a-early", SENTENCE_RELEASED, NOV), ("d-none-a", SENTENCE_KILLED, None), ("c-late", SENTENCE_KILLED, DEC)]


def _mismatched_copies(store: Store) -> int:
    """Figures and events whose ``published`` differs from their document's date."""
    total = 0
    for table in ("figures", "events"):
        row = store._db.execute(
            f"SELECT count(*) FROM {table} r JOIN documents d USING (doc_id) "
            "WHERE r.published <> d.date OR (r.published IS NULL) <> (d.date IS NULL)"
        ).fetchone()
        total += int(row[0])
    return total


def _joined_figures(store: Store, where: str = "", params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """(doc_id, idx, date, outlet, sentence) of figures by the plain join, in listing order."""
    sql = ("SELECT f.doc_id, f.idx, d.date, d.outlet, substr(d.text, f.sentence_start + 1, "
           "f.sentence_end - f.sentence_start) FROM figures f JOIN documents d USING (doc_id) "
           f"{where} ORDER BY d.date NULLS LAST, f.doc_id, f.idx")
    return [tuple(r) for r in store._db.execute(sql, params or []).fetchall()]


def _listed(rows: list[store_module.FigureRow]) -> list[tuple[Any, ...]]:
    return [(r.figure.doc_id, r.idx, r.date, r.outlet, r.sentence) for r in rows]


@pytest.fixture
def dated(store: Store) -> Store:
    for doc_id, text, day in DOCUMENTS:
        store.write(make_extraction(doc_id, text, day))
    return store


def test_writes_copy_the_publication_date_onto_figures_and_events(dated: Store) -> None:
    assert dated.counts()["figures"] == 13
    assert _mismatched_copies(dated) == 0


def test_a_replacement_with_a_new_date_moves_the_copies_too(dated: Store) -> None:
    dated.write(make_extraction("d-late", BOTH, dt.date(2024, 1, 5), version="test-2"))
    assert _mismatched_copies(dated) == 0
    assert {r.date for r in dated.figures(doc_id="d-late")} == {dt.date(2024, 1, 5)}


def test_bulk_loads_copy_the_publication_date_as_single_writes_do(store: Store) -> None:
    store.bulk_load(extraction_tables([make_extraction(d, t, day) for d, t, day in DOCUMENTS]))
    assert store.counts()["figures"] == 13
    assert _mismatched_copies(store) == 0


def test_unfiltered_listing_matches_the_join_with_undated_documents_last(dated: Store) -> None:
    listed = _listed(dated.figures())
    assert listed == _joined_figures(dated)
    assert [row[0] for row in listed][:5] == ["a-early", "a-early", "b-early", "b-early", "b-early"]
    assert [row[0] for row in listed][-4:] == ["d-none-a", "d-none-b", "d-none-b", "d-none-b"]
    assert {row[2] for row in listed[-4:]} == {None}


@pytest.mark.parametrize("limit", [0, 1, 2, 4, 5, 7, 8, 9, 12, 13])
def test_a_limit_anywhere_gives_the_first_rows_of_the_full_listing(dated: Store, limit: int) -> None:
    """Limits that cut inside a day, at its end, among undated documents and past the end."""
    assert _listed(dated.figures(limit=limit)) == _listed(dated.figures())[:limit]


@pytest.mark.parametrize(
    ("filters", "where", "params"),
    [
        ({"category": "released", "limit": 3}, "WHERE f.category = ?", ["released"]),
        ({"claimant": "officials", "limit": 2}, "WHERE lower(f.claimant) LIKE ?", ["%officials%"]),
        ({"claimant": "none"}, "WHERE f.claimant IS NULL", []),
        ({"since": DEC}, "WHERE d.date >= ?", [DEC]),
        ({"since": NOV, "until": NOV, "limit": 4}, "WHERE d.date >= ? AND d.date <= ?", [NOV, NOV]),
        ({"text": "truce", "limit": 5}, "WHERE lower(d.text) LIKE ?", ["%truce%"]),
    ],
)
def test_filtered_listings_match_the_join(
    dated: Store, filters: dict[str, Any], where: str, params: list[Any]
) -> None:
    expected = _joined_figures(dated, where, params)[: filters.get("limit")]
    assert expected, "the case must select something"
    assert _listed(dated.figures(**filters)) == expected


def test_event_listing_is_in_publication_order_with_a_limit(dated: Store) -> None:
    rows = dated.events()
    assert [(r.event.doc_id, r.published) for r in rows] == [
        ("a-early", NOV), ("b-early", NOV), ("d-late", DEC), ("d-none-b", None)]
    assert dated.events(limit=2) == rows[:2]
    assert [r.event.doc_id for r in dated.events(since=DEC)] == ["d-late"]
    assert rows[0].sentence == SENTENCE_RELEASED and rows[0].outlet == "Wire"


def _insert_version_3_rows(store: Store) -> None:
    """Rows as a version-3 parley wrote them: no ``published`` column yet."""
    now = dt.datetime(2023, 12, 2, 8, 0)
    for doc_id, text, day in DOCUMENTS:
        ex = make_extraction(doc_id, text, day)
        store._db.execute(f"INSERT INTO documents ({DOCUMENT_COLUMNS}) VALUES ({', '.join('?' * 12)})",
                          document_row(ex.document, ex.extractor_version, now))
        for i, f in enumerate(ex.figures):
            store._db.execute(f"INSERT INTO figures ({FIGURE_COLUMNS}) VALUES ({', '.join('?' * 15)})",
                              figure_row(i, f))
        for i, e in enumerate(ex.events):
            store._db.execute(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({', '.join('?' * 25)})",
                              event_row(i, e))


def test_a_version_3_store_with_rows_migrates_and_lists_as_before(
    store_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:3])
    with Store(store_target) as old:
        assert old.schema_version() == 3
        _insert_version_3_rows(old)
        before = _joined_figures(old)
        monkeypatch.undo()
        old._migrate()  # as opening it with this parley does (an in-memory store cannot be reopened)
        assert old.schema_version() == MIGRATIONS[-1].version >= 5
        assert old.counts() == {"documents": 6, "figures": 13, "events": 4, "attributions": 0}
        assert _mismatched_copies(old) == 0
        assert _listed(old.figures()) == before
        killed = _joined_figures(old, "WHERE f.category = ?", ["killed"])
        assert len(killed) == 5
        assert _listed(old.figures(category="killed", limit=2)) == killed[:2]
        old.write(make_extraction("e-new", SENTENCE_KILLED, DEC))  # writes work on the migrated schema
        assert _mismatched_copies(old) == 0


def test_exports_leave_out_the_copied_date(dated: Store, tmp_path: Any) -> None:
    import pyarrow.parquet as pq

    dated.export_tables(tmp_path, "parquet")
    assert pq.read_schema(tmp_path / "figures.parquet").names == [c.strip() for c in FIGURE_COLUMNS.split(",")]
    assert "published" not in pq.read_schema(tmp_path / "events.parquet").names


def test_an_older_store_read_only_names_the_command_that_migrates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store an older parley wrote cannot be read before it is migrated; the error says how."""
    path = str(tmp_path / "old.duckdb")
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:-1])
    with Store(path) as old:  # the schema an older parley left (writes need this parley's counter table)
        assert old.schema_version() == MIGRATIONS[-2].version
    monkeypatch.undo()
    with pytest.raises(StoreError, match=r"run `parley reconcile --db .*old\.duckdb` once to migrate it"):
        Store(path, read_only=True)
    code = CliRunner().invoke(app, ["reconcile", "--db", path]).exit_code
    assert code == 0
    with Store(path, read_only=True) as migrated:
        assert migrated.schema_version() == MIGRATIONS[-1].version
        assert migrated.records_generation()[1] >= 0
