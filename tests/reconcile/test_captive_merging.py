"""Merging captive-ledger lines told by several reports (:func:`parley.reconcile.captives.merge_reports`).

The lines are built by hand, as ``document_lines`` makes them from articles, so each rule of
the merge is tried on its own: which line stays, where the other reports go, how an uncounted
line joins the counted line of its incident, and how exchanges follow their merged sides.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.reconcile.captives import CaptiveLine, Exchange, merge_reports
from parley.reconcile.reports import SourceRef

NOV = dt.date(2023, 11, 1)


def source(doc_id: str, day: int, sentence: str = "") -> SourceRef:
    return SourceRef(doc_id=doc_id, outlet=None, published=NOV.replace(day=day), sentence=sentence)


def release(doc_id: str, day: int, value: float | None, captives: str, *, published: int | None = None,
            exact: bool = True, incident: str | None = None, by: str | None = None,
            status: str = "happened") -> CaptiveLine:
    """A release line of ``value`` captives on ``day`` (the text's day when ``exact``)."""
    count = None if value is None else str(int(value))
    return CaptiveLine(NOV.replace(day=day), "released", status, count, value, captives, None, by, incident,
                       source(doc_id, published or day, f"{count or 'The'} {captives} were freed."),
                       day_exact=exact)


def test_three_reports_of_one_release_are_one_line_with_the_others_oldest_first() -> None:
    lines = [release("c", 24, 24, "hostages", published=29), release("a", 24, 24, "hostages"),
             release("b", 24, 24, "hostages", published=27)]
    merged, _ = merge_reports(lines, [])
    assert len(merged) == 1
    (line,) = merged
    assert line.source.doc_id == "a"  # the same day in all three: the first by document stays
    assert [s.doc_id for s in line.also] == ["b", "c"]  # given in the order c, b


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (release("b", 24, 39, "hostages"), "another count"),
        (release("b", 25, 24, "hostages"), "another day the text gave"),
        (release("b", 24, 24, "prisoners"), "another kind of captive"),
        (release("b", 24, 24, "hostages", status="offered"), "an offer, not a release"),
    ],
)
def test_reports_that_differ_stay_apart(other: CaptiveLine, why: str) -> None:
    merged, _ = merge_reports([release("a", 24, 24, "hostages"), other], [])
    assert len(merged) == 2, why


def test_an_uncounted_report_joins_the_counted_line_of_its_incident_and_lends_its_captor() -> None:
    counted = release("a", 24, 24, "hostages", incident="inc-1")
    uncounted = release("b", 24, None, "hostages", incident="inc-1", by="Hamas")
    merged, _ = merge_reports([uncounted, counted], [])
    assert len(merged) == 1
    assert merged[0].count == "24" and merged[0].by == "Hamas" and [s.doc_id for s in merged[0].also] == ["b"]


def test_a_counted_line_that_gains_an_incident_takes_that_incidents_uncounted_reports() -> None:
    """The first report has no incident; a second report of the same count brings one, and a
    third, uncounted report of that incident then joins the line too."""
    first = release("a", 24, 24, "hostages")
    second = release("b", 24, 24, "hostages", incident="inc-1")
    uncounted = release("c", 24, None, "hostages", incident="inc-1")
    merged, _ = merge_reports([first, second, uncounted], [])
    assert len(merged) == 1
    assert merged[0].incident == "inc-1" and sorted(s.doc_id for s in merged[0].also) == ["b", "c"]


def test_an_exchange_told_twice_is_one_exchange_between_the_merged_lines() -> None:
    hostages_a, prisoners_a = release("a", 24, 24, "hostages"), release("a", 24, 39, "prisoners")
    hostages_b, prisoners_b = release("b", 25, 24, "hostages", exact=False), release("b", 25, 39, "prisoners",
                                                                                      exact=False)
    exchanges = [Exchange("x-a", hostages_a, prisoners_a, "1:1.6"), Exchange("x-b", hostages_b, prisoners_b, "1:1.6")]
    merged, merged_exchanges = merge_reports([hostages_a, prisoners_a, hostages_b, prisoners_b], exchanges)
    assert len(merged) == 2 and [x.exchange_id for x in merged_exchanges] == ["x-a"]
    assert {line.exchange for line in merged} == {"x-a"} and {line.ratio for line in merged} == {"1:1.6"}
