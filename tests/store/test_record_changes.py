"""The store's change counter: every write of records raises it in its own transaction, reads never do.

What a reader built from every record (the HTTP checker's evidence) is valid while
``Store.records_generation()`` is unchanged, so every write path must raise it (committed with
the write, undone with a failed one) and nothing that leaves the records alone may.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from parley.errors import StoreError
from parley.store import Store
from parley.store.rows import extraction_tables

from .test_store import SENTENCE_KILLED, SENTENCE_RELEASED, make_extraction

DAY = dt.date(2023, 11, 25)


def _write_new(store: Store) -> None:
    store.write(make_extraction("new-doc", SENTENCE_RELEASED, DAY))


def _reextract(store: Store) -> None:
    store.write(make_extraction("killed-doc", SENTENCE_KILLED, DAY, version="test-2"))


def _write_batch(store: Store) -> None:
    store.write_many([make_extraction("batch-a", SENTENCE_KILLED, DAY),
                      make_extraction("batch-b", SENTENCE_RELEASED, None)])


def _bulk_load(store: Store) -> None:
    store.bulk_load(extraction_tables([make_extraction("shard-a", SENTENCE_RELEASED, DAY)]))


def _link_incident(store: Store) -> None:
    store.save_incidents([("released-doc", 0, "inc-1", 0.9)],
                         [("inc-1", "RETREAT", "release", True, DAY, DAY, None, 1, 1)])


def _prune_links(store: Store) -> None:
    store.prune_incident_links()


WRITES: dict[str, Callable[[Store], None]] = {
    "new document": _write_new, "re-extraction": _reextract, "batch": _write_batch, "bulk shard": _bulk_load,
    "incident links": _link_incident, "pruned links": _prune_links,
}


def _read_everything(store: Store) -> None:
    store.counts()
    list(store.iter_extractions())
    store.figures(category="released")
    store.view_state()


def _unchanged_rewrite(store: Store) -> None:
    store.write(make_extraction("killed-doc", SENTENCE_KILLED, DAY))


def _restart_view_lines(store: Store) -> None:
    store.restart_view_lines(1)


def _save_view_lines(store: Store) -> None:
    store.save_view_lines(store.pending_view_documents(), [])


NOT_WRITES: dict[str, Callable[[Store], None]] = {
    "reads": _read_everything, "same content again": _unchanged_rewrite, "view lines reset": _restart_view_lines,
    "view lines saved": _save_view_lines,
}


@pytest.fixture
def filled(store: Store) -> Store:
    store.write(make_extraction("killed-doc", SENTENCE_KILLED, DAY))
    store.write(make_extraction("released-doc", SENTENCE_RELEASED, DAY))
    return store


@pytest.mark.parametrize("write", list(WRITES.values()), ids=list(WRITES))
def test_every_write_of_records_raises_the_counter(filled: Store, write: Callable[[Store], None]) -> None:
    store_id, before = filled.records_generation()
    write(filled)
    assert filled.records_generation() == (store_id, before + 1)


@pytest.mark.parametrize("action", list(NOT_WRITES.values()), ids=list(NOT_WRITES))
def test_what_leaves_the_records_alone_keeps_the_counter(filled: Store, action: Callable[[Store], None]) -> None:
    before = filled.records_generation()
    action(filled)
    assert filled.records_generation() == before


def test_a_failed_write_leaves_the_counter_as_it_was(filled: Store, fail_event_inserts: Callable[[], None]) -> None:
    before = filled.records_generation()
    fail_event_inserts()
    with pytest.raises(StoreError, match="disk full"):
        _write_new(filled)
    assert filled.records_generation() == before


def test_a_store_made_anew_at_the_same_path_is_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "again.duckdb"
    with Store(path) as first:
        _write_new(first)
        old = first.records_generation()
    path.unlink()
    with Store(path) as second:
        _write_new(second)
        assert second.records_generation() != old
        assert second.records_generation()[1] == old[1]


def test_a_read_only_store_reads_the_counter_the_writer_left(tmp_path: Path) -> None:
    path = tmp_path / "shared.duckdb"
    with Store(path) as writer:
        _write_new(writer)
        written = writer.records_generation()
    with Store(path, read_only=True) as reader:
        assert reader.records_generation() == written
