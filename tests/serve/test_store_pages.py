"""The store's paged reads for the web API, on DuckDB and on PostgreSQL: same filters, order and totals.

The example articles are copied from the session's example store into a fresh store of each
engine; every test then compares a page with what the unpaged queries give.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.errors import UsageError
from parley.store import Store
from parley.store.pgserver import PgServer, unavailable_reason

_numbers = itertools.count()


@pytest.fixture(scope="module")
def pg_server() -> Iterator[PgServer]:
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"PostgreSQL case skipped: {reason}")
    with PgServer() as server:
        yield server


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def paged(
    request: pytest.FixtureRequest, example_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """A store of each engine holding the example articles."""
    if request.param == "duckdb":
        target = str(tmp_path_factory.mktemp("pages") / "pages.duckdb")
    else:
        server: PgServer = request.getfixturevalue("pg_server")
        target = server.create_database(f"parley_serve_{next(_numbers)}")
    with Store(example_db, read_only=True) as source, Store(target) as store:
        for extraction in source.iter_extractions():
            store.write(extraction)
        yield store


def test_pages_of_figures_put_together_give_every_figure_once(paged: Store) -> None:
    whole = paged.figures()
    pages = [paged.figure_page(offset=o, limit=7) for o in range(0, len(whole) + 7, 7)]
    keys = [(r.figure.doc_id, r.idx) for rows, _ in pages for r in rows]
    assert keys == [(r.figure.doc_id, r.idx) for r in whole]
    assert {total for _, total in pages} == {len(whole)}


def test_figures_by_value_descending_put_the_largest_first_and_no_value_last(paged: Store) -> None:
    rows, total = paged.figure_page(order="-value", limit=500)
    values = [r.figure.value if r.figure.value is not None else r.figure.low for r in rows]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True) and len(rows) == total
    assert values[len(known):] == [None] * (len(values) - len(known)), "missing values sort last"


def test_figure_filters_count_only_matching_rows(paged: Store) -> None:
    rows, total = paged.figure_page(category="released", limit=2)
    assert len(rows) == 2 and total == len(paged.figures(category="released"))
    assert {r.figure.category for r in rows} == {"released"}


def test_events_by_date_follow_their_own_day_else_the_publication_date(paged: Store) -> None:
    rows, total = paged.event_page(order="date", limit=500)
    assert total == len(paged.events())

    def day(value: str | None, published: dt.date | None) -> dt.date | None:
        if not value:
            return published
        parts = [int(p) for p in value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    days = [day(r.event.date, r.published) for r in rows]
    known = [d for d in days if d is not None]
    assert known == sorted(known)


def test_unattributed_content_is_found_with_source_none(paged: Store) -> None:
    rows, total = paged.attribution_page(source="none", limit=500)
    assert total == len(rows) and all(a.source is None for _, a in rows)
    named, named_total = paged.attribution_page(source="israeli", limit=500)
    assert named_total >= 1 and all(a.source and "israeli" in a.source.text.lower() for _, a in named)


def test_documents_by_figure_count_carry_their_counts(paged: Store) -> None:
    rows, total = paged.document_page(order="-figures", limit=50)
    assert total == paged.counts()["documents"] == len(rows)
    counts = [n for _, n, _ in rows]
    assert counts == sorted(counts, reverse=True)
    for doc, figures, events in rows:
        assert figures == len(paged.figures(doc_id=doc.doc_id))
        assert events == len(paged.events(doc_id=doc.doc_id))


@pytest.mark.parametrize("call", [
    lambda s: s.figure_page(order="size"),
    lambda s: s.event_page(order="-claimant"),
    lambda s: s.document_page(order="title"),
])
def test_an_unknown_sort_order_is_a_usage_error_naming_the_choices(paged: Store, call: object) -> None:
    with pytest.raises(UsageError, match="choose one of"):
        call(paged)  # type: ignore[operator]
