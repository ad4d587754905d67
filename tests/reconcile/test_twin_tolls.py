"""A placed toll and a place-less one of another article are set side by side when that article's
events name the toll's place only and share its incident, and only then: strikes of one day on two
towns or in two wars stay apart, as do an article's tolls of two places.

Short wire stories written for these tests (Ukraine, Gaza; 2025), not copied from a dev set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.pipeline import ingest_documents
from parley.reconcile import conflicts_in, reconcile, view_lines
from parley.reconcile.reports import SourceRef
from parley.reconcile.series import Point, conflicts, group_series
from parley.records import Document
from parley.store import Store

MARCH_4 = dt.date(2025, 3, 4)

STORIES = [
    ("dnipro", "Dnipro Wire",
     "A Russian missile strike on Dnipro killed 17 people on Tuesday, regional governor Serhiy Lysak said."),
    ("block", "Euro Desk",
     "Russian missiles hit Dnipro on Tuesday. The strike on an apartment block killed 21 people, Ukraine's "
     "emergency service said."),
    ("two-towns", "Kyiv Post",
     "Russian missiles hit Dnipro on Tuesday. Drones struck Zaporizhzhia overnight. The attacks killed 40 "
     "people, officials said."),
    ("khan-younis", "Gaza Desk",
     "An Israeli air strike on Khan Younis killed 12 people on Tuesday, the health ministry said."),
    ("camp", "Levant Wire",
     "The air strike on a tent camp on Tuesday killed 30 people, civil defence officials said."),
]


@pytest.fixture(scope="module")
def pairs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[set[frozenset[str]]]:
    path = tmp_path_factory.mktemp("twins") / "twins.duckdb"

    with Store(path) as store:
        ingest_documents([Document(doc_id=d, date=MARCH_4, outlet=o, text=t) for d, o, t in STORIES], store)
        reconcile(store)
        assert view_lines.complete(store)
        found = conflicts_in(store)
    yield {frozenset(f"{s.points[-1].source.doc_id} {s.points[-1].text}" for s in (c.a, c.b)) for c in found}

def test_a_placed_toll_meets_its_place_less_twin(pairs: set[frozenset[str]]) -> None:
    assert frozenset(("dnipro 17", "block 21")) in pairs

@pytest.mark.parametrize(("one", "other"), [
    ("dnipro 17", "two-towns 40"),  # an article of two places may give the toll of either
    ("khan-younis 12", "camp 30"),  # an article naming no place: the incident alone is not enough
    ("dnipro 17", "camp 30"),
    ("khan-younis 12", "block 21"),
])
def test_no_twin_without_the_place_alone(pairs: set[frozenset[str]], one: str, other: str) -> None:
    assert frozenset((one, other)) not in pairs


def _point(doc_id: str, value: float, incidents: tuple[str, ...], article_place: str | None = None) -> Point:
    source = SourceRef(doc_id, "Wire", MARCH_4, "A sentence.", f"officials {doc_id}")
    return Point(MARCH_4, value, None, None, "exact", f"{value:g}", "people", source, (), False, incidents,
                 article_place)


@pytest.mark.parametrize(("placeless", "expected"), [
    (_point("b", 21, ("inc-1", "inc-3"), "dnipro"), True),
    (_point("b", 21, ("inc-2",), "dnipro"), False),  # another incident
    (_point("b", 21, ("inc-1",), "kharkiv"), False),  # another town
    (_point("b", 21, ("inc-1",)), False),  # no place, or two places, named
    (_point("a", 21, ("inc-1",), "dnipro"), False),  # the same article
    (_point("b", 18, ("inc-1",), "dnipro"), False),  # within the tolerance
])
def test_twin_rules(placeless: Point, expected: bool) -> None:
    placed = _point("a", 17, ("inc-1",))
    series = group_series([(("killed", "anyone", "dnipro", "a"), placed),
                           (("killed", "anyone", None, "b"), placeless)])
    assert bool(conflicts(series)) is expected


def test_twins_need_the_stored_incidents(tmp_path: Path) -> None:
    """Incidents travel in the stored view lines, so a reconciled store finds the twin too."""

    with Store(tmp_path / "one.duckdb") as store:
        ingest_documents([Document(doc_id=d, date=MARCH_4, outlet=o, text=t) for d, o, t in STORIES[:2]], store)
        reconcile(store)
        found = conflicts_in(store)
    assert [sorted(s.points[-1].text for s in (c.a, c.b)) for c in found] == [["17", "21"]]
