"""The store keeps each document with its records atomically, idempotently, and answers filters.

Records here are built by hand on real sentences of the seed report so these tests do not depend
on the extractor's accuracy. Every test taking the ``store`` or ``store_target`` fixture runs on
DuckDB and on PostgreSQL (see conftest.py); the DuckDB-file-only ones say so in their name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from parley.errors import NotFound, StoreError, UsageError
from parley.records import Actor, Attribution, Document, Event, Extraction, Figure, Span
from parley.store import Store, WriteOutcome
from parley.store.backend import Backend
from parley.store.schema import MIGRATIONS

SENTENCE_KILLED = "Israeli officials estimating that around 1,200 people lost their lives during the incident."
SENTENCE_RELEASED = "The truce has facilitated the release of 60 Israeli hostages and 180 Palestinian prisoners."


def _span(text: str, part: str, offset: int = 0) -> Span:
    start = text.index(part) + offset
    return Span(start=start, end=start + len(part), text=part)


def make_extraction(doc_id: str, text: str, day: dt.date | None, version: str = "test-1") -> Extraction:
    """An extraction with one figure per number found by hand, one event, one attribution."""
    doc = Document(doc_id=doc_id, text=text, date=day, outlet="Wire")
    figures = []
    for number, category, counted, claimant in (
        ("around 1,200", "killed", "people", "Israeli officials"),
        ("60", "released", "Israeli hostages", None),
        ("180", "released", "Palestinian prisoners", None),
    ):
        if number in text:
            s = _span(text, number)
            figures.append(Figure(
                doc_id=doc_id, start=s.start, end=s.end, text=s.text, value=float(number.split()[-1].replace(",", "")),
                qualifier="approx" if number.startswith("around") else "exact", counted=counted,
                category=category, claimant=claimant, sentence_start=0, sentence_end=len(text),
            ))
    events = []
    if "release" in text:
        trigger = _span(text, "release")
        target = _span(text, "Israeli hostages")
        events.append(Event(
            doc_id=doc_id, start=trigger.start, end=trigger.end, text=trigger.text, type="RETREAT", mode="release",
            target=Actor(text=target.text, start=target.start, end=target.end, country="ISR", sector="CVL"),
            figures=[0], sentence_start=0, sentence_end=len(text),
        ))
    attributions = []
    if "estimating" in text:
        attributions.append(Attribution(
            doc_id=doc_id, source=_span(text, "Israeli officials"), cue=_span(text, "estimating"),
            content=_span(text, "around 1,200 people lost their lives during the incident"),
        ))
    return Extraction(document=doc, figures=figures, events=events, attributions=attributions,
                      extractor_version=version)


@pytest.fixture
def filled(store: Store) -> Store:
    store.write(make_extraction("killed-doc", SENTENCE_KILLED, dt.date(2023, 11, 30)))
    store.write(make_extraction("released-doc", SENTENCE_RELEASED, dt.date(2023, 11, 25)))
    return store


def test_new_store_is_migrated_to_the_last_version(store: Store) -> None:
    assert store.schema_version() == MIGRATIONS[-1].version
    assert store.counts() == {"documents": 0, "figures": 0, "events": 0, "attributions": 0}


def test_reopening_a_store_keeps_its_records_and_applies_no_migration_twice(store_target: str) -> None:
    if store_target == ":memory:":
        pytest.skip("an in-memory store does not outlive its connection")
    with Store(store_target) as first:
        first.write(make_extraction("killed-doc", SENTENCE_KILLED, None))
    with Store(store_target) as second:
        assert second.counts()["figures"] == 1
        applied = second._db.execute("SELECT count(*) FROM schema_migrations").fetchone()
        assert tuple(applied) == (len(MIGRATIONS),)


def test_writing_the_same_extraction_twice_adds_nothing(store: Store) -> None:
    extraction = make_extraction("released-doc", SENTENCE_RELEASED, None)
    assert store.write(extraction) is WriteOutcome.ADDED
    before = store.counts()
    assert store.write(extraction) is WriteOutcome.UNCHANGED
    assert store.counts() == before == {"documents": 1, "figures": 2, "events": 1, "attributions": 0}


def test_a_newer_extractor_version_replaces_the_records_of_a_document(store: Store) -> None:
    store.write(make_extraction("released-doc", SENTENCE_RELEASED, None, version="v1"))
    newer = make_extraction("released-doc", SENTENCE_RELEASED, None, version="v2")
    newer = newer.model_copy(update={"figures": newer.figures[:1]})
    assert store.write(newer) is WriteOutcome.REPLACED
    assert store.counts()["figures"] == 1
    assert store.stored_version("released-doc") == "v2"


def test_a_document_is_current_only_with_the_same_version_text_and_metadata(store: Store) -> None:
    """On either backend: the text is compared by the database's MD5, the metadata as values."""
    extraction = make_extraction("released-doc", SENTENCE_RELEASED, dt.date(2023, 11, 30))
    store.write(extraction)
    doc = extraction.document
    assert store.current([doc], "test-1") == {"released-doc"}
    assert store.current([doc], "test-2") == set()
    assert store.current([doc.model_copy(update={"text": doc.text + " More."})], "test-1") == set()
    assert store.current([doc.model_copy(update={"outlet": None})], "test-1") == set()
    assert store.current([doc.model_copy(update={"doc_id": "other"})], "test-1") == set()
    edited = make_extraction("released-doc", SENTENCE_RELEASED.replace("60", "61"), dt.date(2023, 11, 30))
    assert store.write(edited) is WriteOutcome.REPLACED
    assert store.write_many([edited]) == [WriteOutcome.UNCHANGED]


def test_a_document_repeated_in_a_lookup_is_compared_by_its_first_copy(store: Store) -> None:
    """As the bulk write keeps the first copy of a doc_id, so does the lookup of stored copies."""
    extraction = make_extraction("released-doc", SENTENCE_RELEASED, dt.date(2023, 11, 30))
    store.write(extraction)
    doc = extraction.document
    other = doc.model_copy(update={"outlet": "AP"})
    assert store.current([doc, other], "test-1") == {"released-doc"}
    assert store.current([other, doc], "test-1") == set()
    assert store.write_many([extraction, extraction.model_copy(update={"document": other})]) == [
        WriteOutcome.UNCHANGED, WriteOutcome.UNCHANGED
    ]


def test_extraction_round_trips_through_the_store(filled: Store) -> None:
    original = make_extraction("killed-doc", SENTENCE_KILLED, dt.date(2023, 11, 30))
    assert filled.extraction("killed-doc") == original


def test_a_failed_write_leaves_the_store_as_it_was(store: Store, fail_event_inserts: Callable[[], None]) -> None:
    store.write(make_extraction("killed-doc", SENTENCE_KILLED, None))
    before = store.counts()
    fail_event_inserts()
    with pytest.raises(StoreError, match=r"could not store document released-doc: .*disk full"):
        store.write(make_extraction("released-doc", SENTENCE_RELEASED, None))
    assert store.counts() == before
    assert store.stored_version("released-doc") is None


def test_a_batch_write_stores_what_writing_one_by_one_stores(store: Store) -> None:
    batch = [
        make_extraction("killed-doc", SENTENCE_KILLED, dt.date(2023, 11, 30)),
        make_extraction("released-doc", SENTENCE_RELEASED, None),
    ]
    assert store.write_many(batch) == [WriteOutcome.ADDED, WriteOutcome.ADDED]
    assert [store.extraction(e.document.doc_id) for e in batch] == batch
    assert store.counts() == {"documents": 2, "figures": 3, "events": 1, "attributions": 1}
    assert store.write_many(batch) == [WriteOutcome.UNCHANGED, WriteOutcome.UNCHANGED]
    assert store.counts()["figures"] == 3


def test_a_batch_write_replaces_older_versions_and_adds_new_documents(store: Store) -> None:
    store.write(make_extraction("released-doc", SENTENCE_RELEASED, None, version="v1"))
    newer = make_extraction("released-doc", SENTENCE_RELEASED, None, version="v2")
    newer = newer.model_copy(update={"figures": newer.figures[:1]})
    fresh = make_extraction("killed-doc", SENTENCE_KILLED, None, version="v2")
    assert store.write_many([newer, fresh]) == [WriteOutcome.REPLACED, WriteOutcome.ADDED]
    assert store.extraction("released-doc") == newer
    assert store.counts()["figures"] == 2


def test_a_doc_id_repeated_in_a_batch_keeps_its_first_text_and_records(store: Store) -> None:
    first = make_extraction("same-id", SENTENCE_KILLED, None)
    second = make_extraction("same-id", SENTENCE_RELEASED, None)
    assert store.write_many([first, second]) == [WriteOutcome.ADDED, WriteOutcome.UNCHANGED]
    assert store.extraction("same-id") == first


def test_a_failed_batch_write_leaves_the_store_as_it_was(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write(make_extraction("killed-doc", SENTENCE_KILLED, None))
    before = store.counts()
    real_execute = type(store._db).execute

    def fail_on_events(db: Backend, sql: str, params: list[object] | None = None) -> object:
        if sql.startswith("INSERT INTO events"):  # after the documents and figures went in
            raise db.errors[0]("disk full")
        return real_execute(db, sql, params)

    monkeypatch.setattr(type(store._db), "execute", fail_on_events)
    batch = [make_extraction("released-doc", SENTENCE_RELEASED, None)]
    with pytest.raises(StoreError, match=r"could not store a batch of documents: .*disk full"):
        store.write_many(batch)
    assert store.counts() == before
    assert store.stored_version("released-doc") is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"category": "killed"}, ["around 1,200"]),
        ({"category": "released"}, ["60", "180"]),
        ({"claimant": "israeli OFFICIALS"}, ["around 1,200"]),
        ({"claimant": "none"}, ["60", "180"]),
        ({"since": dt.date(2023, 11, 26)}, ["around 1,200"]),
        ({"until": dt.date(2023, 11, 25)}, ["60", "180"]),
        ({"text": "prisoners"}, ["60", "180"]),
        ({"doc_id": "kill"}, ["around 1,200"]),
        ({"limit": 1}, ["60"]),
    ],
)
def test_figure_filters_select_the_right_rows(filled: Store, filters: dict[str, object], expected: list[str]) -> None:
    rows = filled.figures(**filters)  # type: ignore[arg-type]
    assert [r.figure.text for r in rows] == expected


def test_figure_rows_carry_their_sentence_date_and_outlet(filled: Store) -> None:
    (row,) = filled.figures(category="killed")
    assert row.sentence == SENTENCE_KILLED
    assert row.date == dt.date(2023, 11, 30)
    assert row.outlet == "Wire"


def test_event_filters_and_actor_round_trip(filled: Store) -> None:
    (row,) = filled.events(type="retreat", status="happened")
    assert row.event.target == Actor(text="Israeli hostages", start=44, end=60, country="ISR", sector="CVL")
    assert filled.events(status="offered") == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.figures(category="dead"), "unknown category 'dead'; choose one of: killed"),
        (lambda s: s.events(status="rumoured"), "unknown status 'rumoured'"),
        (lambda s: s.events(type="BOMB"), "unknown type 'BOMB'"),
        (lambda s: s.figures(since=dt.date(2024, 1, 2), until=dt.date(2024, 1, 1)), "is after until 2024-01-01"),
    ],
)
def test_bad_filters_raise_usage_errors_that_name_the_choices(filled: Store, call: object, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        call(filled)  # type: ignore[operator]


def test_unknown_and_ambiguous_document_ids(filled: Store) -> None:
    with pytest.raises(NotFound, match="no document with id 'nope'"):
        filled.document("nope")
    filled.write(make_extraction("killed-doc-2", SENTENCE_KILLED, None))
    with pytest.raises(UsageError, match="matches several documents"):
        filled.document("killed")


def test_read_only_open_of_a_missing_duckdb_file_says_to_ingest_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no parley store here yet; run `parley ingest` first"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_a_file_that_is_not_a_duckdb_database_gives_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match=r"notes\.duckdb: cannot open the store"):
        Store(bogus)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_export_writes_every_table_with_its_rows(filled: Store, tmp_path: Path, fmt: str) -> None:
    written = filled.export_tables(tmp_path / "out", fmt)
    assert sorted(p.name for p in written) == sorted(f"{t}.{fmt}" for t in ("attributions", "documents", "events",
                                                                            "figures"))
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    relation = duckdb.sql(f"SELECT text FROM {reader}('{tmp_path / 'out' / f'figures.{fmt}'}') ORDER BY text")
    assert relation is not None
    figures = relation.fetchall()
    assert [r[0] for r in figures] == ["180", "60", "around 1,200"]
