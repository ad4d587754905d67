"""Bulk loads of batch shards and the reconcile queries, on every backend.

Bulk loading follows the rules of ``Store.write`` set-wise (same version: unchanged; other
version: replaced; new: added), so a batch re-run after a failure never duplicates a record.
The reconcile queries hold the one dialect-specific expression (a lenient text-to-date cast),
so they are checked here with event dates that are full, partial and impossible.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from parley.errors import StoreError, UsageError
from parley.records import Event
from parley.store import Store
from parley.store.rows import extraction_tables

from .test_store import SENTENCE_KILLED, SENTENCE_RELEASED, make_extraction

DAY = dt.date(2023, 11, 30)


def test_bulk_load_adds_every_document_with_its_records(store: Store) -> None:
    shard = extraction_tables([make_extraction("a", SENTENCE_KILLED, DAY),
                               make_extraction("b", SENTENCE_RELEASED, DAY)])
    report = store.bulk_load(shard)
    assert (report.added, report.replaced, report.unchanged) == (2, 0, 0)
    assert store.counts() == {"documents": 2, "figures": 3, "events": 1, "attributions": 1}
    assert store.extraction("a") == make_extraction("a", SENTENCE_KILLED, DAY)


def test_bulk_loading_the_same_shard_twice_adds_nothing(store: Store) -> None:
    shard = extraction_tables([make_extraction("a", SENTENCE_KILLED, DAY),
                               make_extraction("b", SENTENCE_RELEASED, DAY)])
    store.bulk_load(shard)
    before = store.counts()
    report = store.bulk_load(shard)
    assert (report.added, report.replaced, report.unchanged) == (0, 0, 2)
    assert store.counts() == before


def test_bulk_load_after_single_writes_only_adds_the_missing_documents(store: Store) -> None:
    store.write(make_extraction("a", SENTENCE_KILLED, DAY))
    report = store.bulk_load(extraction_tables([make_extraction("a", SENTENCE_KILLED, DAY),
                                                make_extraction("b", SENTENCE_RELEASED, DAY)]))
    assert (report.added, report.unchanged) == (1, 1)
    assert store.counts()["documents"] == 2


def test_bulk_load_of_a_newer_extractor_version_replaces_the_records(store: Store) -> None:
    store.bulk_load(extraction_tables([make_extraction("b", SENTENCE_RELEASED, DAY, version="v1")]))
    newer = make_extraction("b", SENTENCE_RELEASED, DAY, version="v2")
    newer = newer.model_copy(update={"figures": newer.figures[:1]})
    report = store.bulk_load(extraction_tables([newer]))
    assert report.replaced == 1
    assert store.counts()["figures"] == 1
    assert store.stored_version("b") == "v2"


def test_a_doc_id_repeated_inside_one_shard_is_stored_once(store: Store) -> None:
    twice = make_extraction("a", SENTENCE_KILLED, DAY)
    report = store.bulk_load(extraction_tables([twice, twice]))
    assert report.added == 1
    assert store.counts()["documents"] == 1


def test_parquet_shard_round_trips_into_the_store(store: Store, tmp_path: Path) -> None:
    for name, table in extraction_tables([make_extraction("a", SENTENCE_KILLED, DAY)]).items():
        pq.write_table(table, tmp_path / f"{name}.parquet")
    assert store.load_parquet(tmp_path).added == 1
    assert store.figures()[0].figure.text == "around 1,200"


def test_a_shard_missing_a_table_is_refused_with_a_store_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a readable batch shard"):
        store.load_parquet(tmp_path)


def _dated_event(doc_id: str, date: str | None) -> Event:
    extraction = make_extraction(doc_id, SENTENCE_RELEASED, dt.date(2024, 1, 1))
    return extraction.events[0].model_copy(update={"date": date})


@pytest.mark.parametrize(
    ("event_date", "day_from", "selected"),
    [
        ("2024-06-09", dt.date(2024, 6, 1), True),    # the event's own day counts
        ("2024-06", dt.date(2024, 6, 1), False),      # a partial date falls back to publication (Jan 1)
        (None, dt.date(2024, 1, 1), True),            # no date: publication day
        ("2024-13-40", dt.date(2024, 6, 1), False),   # not a date: publication day, no error
    ],
)
def test_reconcile_reports_filter_on_the_event_day_else_the_publication_day(
    store: Store, event_date: str | None, day_from: dt.date, selected: bool
) -> None:
    extraction = make_extraction("r", SENTENCE_RELEASED, dt.date(2024, 1, 1))
    store.write(extraction.model_copy(update={"events": [_dated_event("r", event_date)]}))
    rows = store.reconcile_reports(day_from=day_from)
    assert bool(rows) is selected


def test_incidents_are_saved_linked_listed_and_pruned(store: Store) -> None:
    store.write(make_extraction("r", SENTENCE_RELEASED, DAY))
    incident = ("inc-1", "RETREAT", "release", True, DAY, DAY, "Gaza", 1, 1)
    store.save_incidents([("r", 0, "inc-1", 0.9)], [incident])
    (row,) = store.incident_table()
    assert (row["incident_id"], row["reports"], row["first_day"]) == ("inc-1", 1, DAY)
    assert store.events()[0].event.incident == "inc-1"
    assert [r.event.incident for r, _ in store.reconcile_reports(linked=True)] == ["inc-1"]
    assert store.prune_incident_links() == 0
    store.write(make_extraction("r", SENTENCE_RELEASED, DAY, version="v2"))  # re-extracted: link is stale
    assert store.prune_incident_links() == 1


def test_read_only_open_of_an_empty_postgresql_database_says_to_ingest_first(store_target: str) -> None:
    if not store_target.startswith("postgresql://"):
        pytest.skip("PostgreSQL only: a DuckDB file is checked by its path")
    with pytest.raises(StoreError, match=r"no parley store here yet"):
        Store(store_target, read_only=True)


def test_an_unreachable_postgresql_server_gives_a_store_error_without_the_password() -> None:
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed")
    with pytest.raises(StoreError, match=r"postgresql://u:\*\*\*@127\.0\.0\.1:1/x\S*: cannot open the store") as info:
        Store("postgresql://u:secret@127.0.0.1:1/x?connect_timeout=2")
    assert "secret" not in str(info.value)


@pytest.mark.parametrize("known", [False, True])
def test_reconcile_reports_give_each_event_the_figures_it_points_to_in_its_order(store: Store, known: bool) -> None:
    extraction = make_extraction("r", SENTENCE_RELEASED, DAY)
    event = extraction.events[0].model_copy(update={"figures": [1, 0]})
    store.write(extraction.model_copy(update={"events": [event]}))
    # A caller that read some figures already (here the 180, idx 1) hands them over; the rest are read.
    given = {("r", 1): extraction.figures[1]} if known else None
    ((row, figures),) = store.reconcile_reports(day_from=DAY, day_to=DAY, known_figures=given)
    assert [f.text for f in figures] == ["180", "60"]
    assert row.sentence == SENTENCE_RELEASED and row.outlet == "Wire"


def test_figures_filter_on_several_categories(store: Store) -> None:
    store.write(make_extraction("k", SENTENCE_KILLED, DAY))
    store.write(make_extraction("r", SENTENCE_RELEASED, DAY))
    assert {r.figure.category for r in store.figures(category=["killed", "released"])} == {"killed", "released"}
    assert {r.figure.text for r in store.figures(category=["released"], since=DAY, until=DAY)} == {"60", "180"}
    with pytest.raises(UsageError, match="unknown category 'wounded'"):
        store.figures(category=["killed", "wounded"])


def _pending(store: Store) -> list[str]:
    return [doc_id for doc_id, _ in store.pending_view_documents()]


def test_view_lines_are_saved_read_by_window_and_dropped_when_a_document_is_rewritten(store: Store) -> None:
    store.write(make_extraction("a", SENTENCE_KILLED, DAY))
    store.write(make_extraction("b", SENTENCE_RELEASED, DAY))
    assert store.view_state() == (None, 1) and _pending(store) == ["a", "b"]
    store.restart_view_lines(1)
    rows = [("a", "series", DAY, DAY, '{"points":[]}'),
            ("b", "captives", DAY, DAY + dt.timedelta(days=3), '{"lines":[],"exchanges":[]}')]
    store.save_view_lines(store.pending_view_documents(), rows)
    assert store.view_state() == (1, 0)
    assert [r[0] for r in store.view_lines(["captives"], since=DAY + dt.timedelta(days=2))] == ["b"]
    assert store.view_lines(["captives"], since=DAY + dt.timedelta(days=4)) == []
    assert sorted(r[:2] for r in store.view_lines(["series", "captives"])) == [("a", "series"), ("b", "captives")]
    store.write(make_extraction("b", SENTENCE_RELEASED, DAY, version="v2"))
    assert _pending(store) == ["b"] and store.view_state() == (1, 1)
    assert [r[0] for r in store.view_lines(["captives", "series"])] == ["a"]


def test_a_document_marked_again_while_its_lines_were_built_stays_pending(store: Store) -> None:
    store.write(make_extraction("a", SENTENCE_KILLED, DAY))
    store.restart_view_lines(1)
    read = store.pending_view_documents()  # a reconcile reads the document...
    store.write(make_extraction("a", SENTENCE_KILLED, DAY, version="v2"))  # ...another process rewrites it
    store.save_view_lines(read, [("a", "series", DAY, DAY, '{"points":[]}')])
    assert _pending(store) == ["a"] and store.view_lines(["series"]) == []


def test_pending_documents_are_listed_by_publication_window(store: Store) -> None:
    store.write(make_extraction("old", SENTENCE_KILLED, DAY - dt.timedelta(days=400)))
    store.write(make_extraction("new", SENTENCE_KILLED, DAY))
    found = store.pending_view_documents(since=DAY - dt.timedelta(days=10), until=DAY)
    assert [doc_id for doc_id, _ in found] == ["new"]
    assert store.documents_published(DAY, None) == ["new"]


def test_linking_a_document_s_events_makes_its_view_lines_pending(store: Store) -> None:
    store.write(make_extraction("r", SENTENCE_RELEASED, DAY))
    store.restart_view_lines(1)
    store.save_view_lines(store.pending_view_documents(), [("r", "captives", DAY, DAY, '{"lines":[],"exchanges":[]}')])
    store.save_incidents([("r", 0, "inc-1", 0.9)], [("inc-1", "RETREAT", "release", True, DAY, DAY, None, 1, 1)])
    assert _pending(store) == ["r"] and store.view_lines(["captives"]) == []


def test_a_bulk_load_that_replaces_a_document_makes_its_view_lines_pending(store: Store) -> None:
    store.bulk_load(extraction_tables([make_extraction("a", SENTENCE_KILLED, DAY)]))
    store.restart_view_lines(1)
    store.save_view_lines(store.pending_view_documents(), [("a", "series", DAY, DAY, '{"points":[]}')])
    assert _pending(store) == []
    store.bulk_load(extraction_tables([make_extraction("a", SENTENCE_KILLED, DAY, version="v2")]))
    assert _pending(store) == ["a"] and store.view_lines(["series"]) == []
