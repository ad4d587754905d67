"""Conflicts set only values that may count the same dead against each other: not an undated toll
against a dated one of another article, not place-less tolls of articles about two wars."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parley.extract import extract_one
from parley.pipeline import ingest_documents
from parley.reconcile import conflicts_in, figure_conflicts, material_of, reconcile, view_lines
from parley.reconcile.reports import SourceRef
from parley.reconcile.series import Point, comparable
from parley.records import Document
from parley.store import Store

MARCH_20 = dt.date(2025, 3, 20)

#: (doc id, publication day, text) of short wire stories of several wars at once.
STORIES = {
    "jabalia": (MARCH_20, "Israeli airstrikes hit Jabalia overnight. Mourners buried the victims on Thursday. "
                          "Medics said 12 people were killed."),
    "djibo": (MARCH_20, "Gunmen attacked the town of Djibo on Thursday. Local officials said 27 people were killed."),
    "kremenchuk": (MARCH_20, "A missile hit a shopping centre in Kremenchuk. "
                             "Emergency services said 20 people were killed."),
    "station": (MARCH_20, "A Russian strike hit a train station. The interior minister said 50 people were killed."),
    "national": (MARCH_20, "Opposition activists said 75 people were killed."),
    "fasher-undated": (None, "Medics said 90 people were killed in El Fasher."),
    "fasher-dated": (MARCH_20, "The Sudanese health ministry said 60 people were killed in El Fasher."),
    "fasher-two-claims": (None, "The RSF said only 10 people died in El Fasher. "
                                "Local medics said 95 people were killed in El Fasher."),
}


def _documents() -> list[Document]:
    return [Document(doc_id=doc_id, text=text, date=day, outlet="Wire") for doc_id, (day, text) in STORIES.items()]


@pytest.fixture(scope="module")
def conflict_pairs() -> set[frozenset[str]]:
    """The (doc id, value) pairs listed as conflicts over all the stories, ingested together."""
    found = figure_conflicts(material_of(extract_one(d) for d in _documents()))
    return {frozenset(f"{s.points[-1].source.doc_id} {s.points[-1].text}" for s in (c.a, c.b)) for c in found}


@pytest.mark.parametrize(("one", "other"), [
    ("jabalia 12", "djibo 27"),  # airstrikes on Jabalia (PSE), an attack on Djibo (BFA): two wars
    ("jabalia 12", "kremenchuk 20"),
    ("kremenchuk 20", "djibo 27"),
    ("fasher-dated 60", "fasher-undated 90"),  # a dated toll and an undated one of another article
    ("fasher-undated 90", "fasher-two-claims 10"),  # two undated tolls of two articles
])
def test_no_conflict_between_values_that_count_different_dead(
    conflict_pairs: set[frozenset[str]], one: str, other: str
) -> None:
    assert frozenset((one, other)) not in conflict_pairs


@pytest.mark.parametrize(("one", "other"), [
    ("fasher-two-claims 95", "fasher-two-claims 10"),  # one undated article giving two claims
    ("kremenchuk 20", "station 50"),  # where it landed (UKR) and who struck (RUS): one strike may be told so
    ("station 50", "jabalia 12"),  # "a Russian strike" says who struck, not where: compared as before
    ("national 75", "djibo 27"),  # an article naming no country may be of any
])
def test_conflict_kept_between_values_that_may_count_the_same_dead(
    conflict_pairs: set[frozenset[str]], one: str, other: str
) -> None:
    assert frozenset((one, other)) in conflict_pairs


def _point(doc_id: str, day: dt.date | None, countries: tuple[str, ...] = (), struck_known: bool = True) -> Point:
    source = SourceRef(doc_id, "Wire", day, "A sentence.", "officials")
    return Point(day, 40.0, None, None, "exact", "40", "people", source, countries, struck_known and bool(countries))


@pytest.mark.parametrize(("a", "b", "expected"), [
    (_point("a", MARCH_20), _point("b", MARCH_20 + dt.timedelta(days=1)), True),
    (_point("a", MARCH_20), _point("b", MARCH_20 + dt.timedelta(days=2)), False),
    (_point("a", None), _point("b", MARCH_20), False),
    (_point("a", None), _point("b", None), False),
    (_point("a", None), _point("a", None), True),
    (_point("a", MARCH_20, ("ISR", "PSE")), _point("b", MARCH_20, ("MLI",)), False),
    (_point("a", MARCH_20, ("ISR", "PSE")), _point("b", MARCH_20, ("PSE",)), True),
    (_point("a", MARCH_20, ("SDN",)), _point("b", MARCH_20), True),  # an article naming no country may be of any
    (_point("a", MARCH_20, ("RUS",), struck_known=False), _point("b", MARCH_20, ("UKR",)), True),
])
def test_comparable_values(a: Point, b: Point, expected: bool) -> None:
    assert comparable(a, b) is expected


def test_a_store_lists_the_same_conflicts_from_its_stored_lines_as_computed(tmp_path: Path) -> None:
    """The article's countries travel in the stored view lines: a reconciled store drops the same pairs."""
    with Store(tmp_path / "wars.duckdb") as store:
        ingest_documents(_documents(), store)
        computed = conflicts_in(store)
        reconcile(store)
        assert view_lines.complete(store)
        stored = conflicts_in(store)
    assert stored == computed
    pairs = {frozenset(s.points[-1].source.doc_id for s in (c.a, c.b)) for c in stored}
    assert frozenset(("jabalia", "djibo")) not in pairs and frozenset(("kremenchuk", "station")) in pairs
