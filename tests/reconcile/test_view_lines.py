"""The view lines reconcile keeps per document: the views read them and give what computing gives.

The store is the bundled examples with the short wire reports of ``conftest.py``, reconciled.
Each view is taken twice, from the stored lines and from the records (the path a store not
reconciled takes), and the two must agree, over the whole store and over windows.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from parley.pipeline import ingest_documents
from parley.reconcile import captives_in, conflicts_in, reconcile, series_in, truces_in, view_lines
from parley.records import Document
from parley.store import Store

from .conftest import report_documents

WINDOWS = [(None, None), (dt.date(2025, 1, 19), dt.date(2025, 1, 20)), (dt.date(2023, 11, 24), dt.date(2023, 11, 30)),
           (None, dt.date(2024, 1, 1)), (dt.date(2025, 1, 21), None)]


VIEWS: list[Callable[[Store, dt.date | None, dt.date | None], Any]] = [captives_in, truces_in, series_in,
                                                                       conflicts_in]


@pytest.fixture
def computed_store(example_store: Path, tmp_path: Path) -> Path:
    """A copy of the example store whose view lines are all pending: views compute every document."""
    path = tmp_path / "pending.duckdb"
    shutil.copy(example_store, path)
    with Store(path) as store:
        store.restart_view_lines(view_lines.VERSION)
        assert not view_lines.complete(store)
    return path


@pytest.mark.parametrize(("since", "until"), WINDOWS)
def test_stored_lines_give_the_ledgers_computing_gives(
    example_store: Path, computed_store: Path, since: dt.date | None, until: dt.date | None
) -> None:
    with Store(example_store, read_only=True) as stored, Store(computed_store, read_only=True) as computed:
        assert view_lines.complete(stored)
        for view in VIEWS:
            assert view(stored, since, until) == view(computed, since, until)


def test_the_whole_store_s_ledgers_are_not_empty(example_store: Path) -> None:
    with Store(example_store, read_only=True) as store:
        lines, exchanges = captives_in(store)
        assert lines and exchanges and truces_in(store) and series_in(store)
        assert all(line.source.sentence in store.document(line.source.doc_id).text for line in lines)


def test_a_window_keeps_the_lines_dated_in_it(example_store: Path) -> None:
    since, until = dt.date(2025, 1, 19), dt.date(2025, 1, 20)
    with Store(example_store, read_only=True) as store:
        lines, _ = captives_in(store, since, until)
        everything, _ = captives_in(store)
    assert lines and all(line.day is not None and since <= line.day <= until for line in lines)
    assert len(lines) < len(everything)


def test_a_rewritten_document_loses_its_lines_until_reconcile_builds_them_again(
    example_store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "copy.duckdb"
    shutil.copy(example_store, path)
    first = report_documents()[0]
    changed = Document(doc_id=first.doc_id, date=first.date, outlet=first.outlet,
                       text=first.text.replace("three Israeli hostages", "five Israeli hostages"))
    with Store(path) as store:
        store._db.execute("UPDATE documents SET extractor_version = 'older' WHERE doc_id = ?", [first.doc_id])
        ingest_documents([changed], store)
        assert not view_lines.complete(store)
        assert [doc_id for doc_id, _ in store.pending_view_documents()] == [first.doc_id]
        report = reconcile(store)
        assert report.views_built == 1 and view_lines.complete(store)
        counts = {line.count for line in captives_in(store)[0] if line.source.doc_id == first.doc_id}
    assert "five" in counts and "three" not in counts


def test_lines_of_another_version_are_rebuilt(example_store: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "copy.duckdb"
    shutil.copy(example_store, path)
    with Store(path) as store:
        before = captives_in(store)
        documents = store.counts()["documents"]
        monkeypatch.setattr(view_lines, "VERSION", view_lines.VERSION + 1)
        assert not view_lines.complete(store)
        assert captives_in(store) == before  # rows of another version are not read: computed instead
        assert reconcile(store).views_built == documents
        assert view_lines.complete(store) and captives_in(store) == before


def test_a_window_computed_and_stored_agree_on_an_article_about_an_earlier_day(tmp_path: Path) -> None:
    """An article of Saturday about Friday's exchange: a Friday window shows both releases and the
    exchange, a Saturday window neither, whether its lines are stored or computed."""
    text = ("Hamas freed 24 hostages on Friday, the Israeli military said. "
            "Israel released 39 Palestinian prisoners on Friday in exchange, the Prisoners' Club said.")
    document = Document(doc_id="sat", date=dt.date(2023, 11, 25), outlet="Wire", text=text)
    friday, saturday = dt.date(2023, 11, 24), dt.date(2023, 11, 25)
    with Store(tmp_path / "one.duckdb") as store:
        ingest_documents([document], store)
        pending = {day: captives_in(store, day, day) for day in (friday, saturday)}
        reconcile(store)
        assert view_lines.complete(store)
        built = {day: captives_in(store, day, day) for day in (friday, saturday)}
    lines, exchanges = built[friday]
    assert sorted(line.count for line in lines) == ["24", "39"] and len(exchanges) == 1
    assert built[saturday] == ([], [])
    assert built[friday][0] == pending[friday][0] and built[saturday] == pending[saturday]


def test_a_side_whose_partner_falls_outside_the_window_names_no_exchange(tmp_path: Path) -> None:
    text = ("Hamas freed 24 hostages on Friday, the Israeli military said. "
            "Israel released 39 Palestinian prisoners on Saturday in exchange, the Prisoners' Club said.")
    document = Document(doc_id="two-days", date=dt.date(2023, 11, 26), outlet="Wire", text=text)
    with Store(tmp_path / "two.duckdb") as store:
        ingest_documents([document], store)
        reconcile(store)
        friday = dt.date(2023, 11, 24)
        lines, exchanges = captives_in(store, friday, friday)
        _, all_exchanges = captives_in(store)
    assert all_exchanges and not exchanges
    assert lines and all(line.exchange is None and line.ratio is None for line in lines)


def test_the_rows_version_follows_the_code_format(monkeypatch: pytest.MonkeyPatch) -> None:
    current = view_lines._version()
    assert current == view_lines.VERSION and 0 < current < 2**31
    monkeypatch.setattr(view_lines, "FORMAT", view_lines.FORMAT + 1)
    assert view_lines._version() != current
