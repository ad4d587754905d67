"""A series is one claimant's running count of one incident (or one cumulative toll).

Short corpora written for these tests in wire style (DR Congo, Ukraine, Gaza, Sudan, Nigeria
2024-2025), not copied from any evaluation set. Each is extracted and clustered in memory, as
``eval-export`` does, and its series are read as the dashboard reads them:

* one claimant's counts of two incidents, the later dated after the earlier was reported, are
  two series (not a toll "falling" from 8 to 3);
* a toll that rises, is updated ("rose to") or sums a period stays one series;
* a count with no place joins its claimant's placed series when its article names that place
  alone and the two are a day apart: one running count, not two series.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parley.extract import extract_one
from parley.pipeline import ingest_documents
from parley.reconcile import (
    captives_in,
    figure_conflicts,
    figure_series,
    link_incidents,
    material_of,
    reconcile,
    series_in,
    view_lines,
)
from parley.reconcile.reports import SourceRef
from parley.reconcile.series import Point, Series, incident_threads
from parley.records import Document
from parley.store import Store


def _series(name: str, reports: list[tuple[str, str]]) -> list[Series]:
    docs = [Document(doc_id=f"{name}-{i}", text=text, date=dt.date.fromisoformat(day), outlet=f"Outlet {i}")
            for i, (day, text) in enumerate(reports)]
    return figure_series(material_of(link_incidents([extract_one(d) for d in docs])))


def _values(series: list[Series], category: str = "killed") -> list[list[float | None]]:
    return sorted([p.value for p in s.points] for s in series if s.category == category)


@pytest.mark.parametrize(
    ("name", "reports", "expected"),
    [
        ("m23", [("2025-03-10", "M23 said eight of its fighters were killed in clashes with government troops "
                                "on Sunday."),
                 ("2025-03-19", "M23 said three of its fighters were killed on Tuesday when the army breached "
                                "the ceasefire.")],
         [[3.0], [8.0]]),
        ("kharkiv", [("2025-04-01", "A Russian missile strike on Kharkiv killed 4 people on Monday, the governor "
                                    "said."),
                     ("2025-04-10", "A Russian drone strike on Kharkiv killed 2 people on Thursday, the governor "
                                    "said.")],
         [[2.0], [4.0]]),
    ],
)
def test_two_incidents_of_one_claimant_are_two_series(name: str, reports: list[tuple[str, str]],
                                                       expected: list[list[float]]) -> None:
    series = _series(name, reports)
    assert _values(series) == expected
    assert all(s.opened is not None for s in series if s.category == "killed")


@pytest.mark.parametrize(
    ("name", "reports", "expected"),
    [
        ("jabalia", [("2024-05-13", "An Israeli airstrike on Jabalia killed 20 people on Monday, the health "
                                    "ministry said."),
                     ("2024-05-15", "The toll from Monday's strike on Jabalia rose to 35, the health ministry "
                                    "said.")],
         [[20.0, 35.0]]),
        ("goma-fighting", [("2025-01-27", "Fighting in Goma killed 100 people, the UN said."),
                           ("2025-02-01", "Fighting in Goma killed 700 people since Sunday, the UN said on "
                                          "Saturday.")],
         [[100.0, 700.0]]),
        ("sumy", [("2025-04-01", "A Russian missile strike on Sumy killed 34 people on Sunday, Ukrainian "
                                 "officials said."),
                  ("2025-04-08", "The toll from the strike on Sumy reached 35, Ukrainian officials said.")],
         [[34.0, 35.0]]),
        ("msf", [("2024-01-20", "Doctors Without Borders said five of its staff members had been killed in Gaza."),
                 ("2024-02-05", "MSF said seven of its staff members have been killed in Gaza since the war "
                                "began.")],
         [[5.0, 7.0]]),
    ],
)
def test_a_rising_updated_or_running_toll_stays_one_series(name: str, reports: list[tuple[str, str]],
                                                          expected: list[list[float]]) -> None:
    series = _series(name, reports)
    assert _values(series) == expected
    assert all(s.opened is None for s in series)


def test_a_placeless_count_joins_the_placed_series_its_article_names() -> None:
    series = _series("goma-market", [
        ("2025-02-04", "At least 31 people were killed on Tuesday when rebels stormed a crowded market, the "
                       "governor of North Kivu said. The attack on the market in Goma was the deadliest this "
                       "year, residents said."),
        ("2025-02-05", "The death toll from the attack on a market in Goma rose to 40, the governor of North "
                       "Kivu said on Wednesday.")])
    killed = [s for s in series if s.category == "killed"]
    assert [(s.place, [p.value for p in s.points]) for s in killed] == [("goma", [31.0, 40.0])]


def test_a_placeless_count_of_another_town_stays_apart() -> None:
    series = _series("bunia-goma", [
        ("2025-02-04", "At least 31 people were killed on Tuesday when rebels stormed a market, the governor "
                       "said. The attack in Bunia shocked residents."),
        ("2025-02-05", "Rebels killed 40 people in Goma on Wednesday, the governor said.")])
    assert _values(series) == [[31.0], [40.0]]


def _point(day: dt.date, value: float, incident: str, event_day: dt.date | None, sentence: str = "x") -> Point:
    source = SourceRef(f"doc-{incident}-{day}", "Wire", day, sentence, "the army")
    return Point(day, value, None, None, "exact", f"{value:g}", "soldiers", source, told_of=(incident,),
                 event_day=event_day)


@pytest.mark.parametrize(
    ("later_event_day", "sentence", "threads"),
    [
        (dt.date(2025, 5, 9), "Four soldiers were killed on Friday.", 2),  # after the first report: new incident
        (dt.date(2025, 5, 2), "Four soldiers were killed on Friday.", 1),  # the first report's day: an update
        (None, "Four soldiers were killed.", 1),  # undated: no ground to split
        (dt.date(2025, 5, 9), "The toll rose to four soldiers on Friday.", 1),  # told as an update
    ],
)
def test_only_a_later_dated_incident_opens_a_thread(later_event_day: dt.date | None, sentence: str,
                                                    threads: int) -> None:
    first = _point(dt.date(2025, 5, 2), 3, "inc-a", dt.date(2025, 5, 1))
    later = _point(dt.date(2025, 5, 10), 4, "inc-b", later_event_day, sentence)
    assert len(incident_threads([first, later])) == threads


def test_a_claimant_is_never_in_conflict_with_itself() -> None:
    docs = [("2025-03-10", "M23 said eight of its fighters were killed in clashes with government troops on "
                           "Sunday."),
            ("2025-03-19", "M23 said three of its fighters were killed on Tuesday when the army breached the "
                           "ceasefire.")]
    extractions = [extract_one(Document(doc_id=f"self-{i}", text=t, date=dt.date.fromisoformat(d), outlet="Wire"))
                   for i, (d, t) in enumerate(docs)]
    assert figure_conflicts(material_of(link_incidents(extractions))) == []


def test_stored_view_lines_keep_threads_rates_and_demanders(tmp_path: Path) -> None:
    """The dashboard reads stored view lines: they must keep what the threads and the ledger need."""
    rows = [("m23-a", "2025-03-10", "M23 said eight of its fighters were killed in clashes with government troops "
                                    "on Sunday."),
            ("m23-b", "2025-03-19", "M23 said three of its fighters were killed on Tuesday when the army breached "
                                    "the ceasefire."),
            ("rate", "2025-03-12", "Under the deal, Israel released 20 Palestinian prisoners each week, the prison "
                                   "service said."),
            ("demand", "2025-03-12", "Hamas demanded the release of 500 Palestinian prisoners, a Hamas official "
                                     "said.")]
    path = tmp_path / "threads.duckdb"
    with Store(path) as store:
        ingest_documents([Document(doc_id=d, text=t, date=dt.date.fromisoformat(day), outlet="Wire")
                          for d, day, t in rows], store)
        reconcile(store)
    with Store(path, read_only=True) as store:
        assert view_lines.complete(store)
        m23 = [s for s in series_in(store) if s.claimant == "M23" and s.category == "killed"]
        lines, _ = captives_in(store)
    assert sorted(([p.value for p in s.points], s.opened) for s in m23) == [
        ([3.0], dt.date(2025, 3, 19)), ([8.0], dt.date(2025, 3, 10))]
    assert {(ln.count, ln.every, ln.demanded_by) for ln in lines} >= {("20", "each week", None),
                                                                       ("500", None, "Hamas")}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv hopes to free 300 soldiers held in Russian camps under a new swap, Zelensky said.",
        "Ukraine's coordination headquarters said it expected to bring home 150 more prisoners this month.",
    ],
)
def test_a_count_in_a_hope_or_expectation_is_no_series_point(text: str) -> None:
    assert _series("plan", [("2025-03-04", text)]) == []


def test_a_count_that_happened_beside_an_intent_word_is_a_point() -> None:
    series = _series("done", [("2025-03-04", "The government, which hopes to end the war, freed 60 prisoners on "
                                             "Friday, the ministry said.")])
    assert [[p.value for p in s.points] for s in series if s.category == "released"] == [[60.0]]
