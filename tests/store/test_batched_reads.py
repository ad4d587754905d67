"""Reading every stored extraction in batches: the same extractions, a few queries per batch.

``Store.iter_extractions`` feeds the HTTP checker's evidence and the JSONL export. It reads a
batch of documents with four queries (documents, figures, events, attributions) instead of
several queries per article, so its query count must not grow with the articles of a batch,
and what it reads must be exactly what was written, in the same order as before.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest

from parley.records import Document, Extraction
from parley.store import Store
from parley.store import store as store_module

from .test_store import SENTENCE_KILLED, SENTENCE_RELEASED, make_extraction

#: A report with nothing extracted from it: a document must come back with empty record lists.
QUIET = "Aid convoys reached the northern district on Tuesday after the road reopened."


def _written(store: Store) -> list[Extraction]:
    """Five extractions written one by one, in the order ``iter_extractions`` gives them
    (publication date, undated last, then id)."""
    extractions = [
        make_extraction("kharkiv-2", SENTENCE_RELEASED, dt.date(2024, 3, 2), version="v2"),
        make_extraction("undated", SENTENCE_KILLED, None),
        make_extraction("kharkiv-1", SENTENCE_KILLED, dt.date(2024, 3, 2)),
        make_extraction("darfur", SENTENCE_RELEASED, dt.date(2023, 6, 14)),
        Extraction(document=Document(doc_id="quiet", text=QUIET, date=dt.date(2024, 1, 9), outlet="Wire"),
                   extractor_version="test-1"),
    ]
    for extraction in extractions:
        store.write(extraction)
    order = ["darfur", "quiet", "kharkiv-1", "kharkiv-2", "undated"]
    return sorted(extractions, key=lambda e: order.index(e.document.doc_id))


@pytest.mark.parametrize("batch", [1, 2, 500])
def test_batched_reading_gives_back_every_extraction_as_written(
    store: Store, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    expected = _written(store)
    monkeypatch.setattr(store_module, "_EXTRACTION_BATCH", batch)
    assert list(store.iter_extractions()) == expected


def test_batched_reading_matches_reading_each_article_alone(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _written(store)
    monkeypatch.setattr(store_module, "_EXTRACTION_BATCH", 2)
    read = list(store.iter_extractions())
    assert read == [store.extraction(e.document.doc_id) for e in read]
    assert [len(e.figures) for e in read] == [2, 0, 1, 2, 1]


def test_each_batch_costs_four_queries_whatever_its_articles_hold(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _written(store)
    monkeypatch.setattr(store_module, "_EXTRACTION_BATCH", 2)
    queries: list[str] = []
    execute = store._db.execute

    def counting(sql: str, params: Any = None) -> Any:
        queries.append(sql)
        return execute(sql, params)

    monkeypatch.setattr(store._db, "execute", counting)
    assert len(list(store.iter_extractions())) == 5
    assert len(queries) == 1 + 4 * math.ceil(5 / 2)


def test_an_empty_store_reads_no_extractions(store: Store) -> None:
    assert list(store.iter_extractions()) == []
