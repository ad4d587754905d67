"""The front page's data: totals, the event timeline, and the reconciled figure series of one category.

The series are those of :func:`parley.reconcile.series_in`: one per (category, what is
counted, place, claimant), so "killed · people · PSE · Gaza's health ministry" and the same
count by the Israeli military are two lines, and a number in an offer or a demand is never
drawn as a count of what happened. Each point links to its figure in the article.

A chart with twenty lines is unreadable, so at most :data:`MAX_LINES` series are drawn (those
with most points, then the most recent); the table under the chart lists every series.

Limits: the overview reads every dated event and every figure of the store, since it draws
them all; it suits newsroom-sized stores.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from pydantic import BaseModel, Field

from parley.reconcile import Point, Series, series_in
from parley.serve._data import EventItem, event_item
from parley.serve._ledgers import SourceLinker
from parley.store import Store
from parley.types import Category

__all__ = ["MAX_LINES", "Overview", "SeriesPoint", "overview"]

#: The most series drawn on the chart (one colour and shape each, all told apart in the legend).
MAX_LINES = 8


class SeriesPoint(BaseModel):
    """One figure as a point of a reconciled series, with its source."""

    line: str = Field(description="the series: who claims it · what is counted (· where)")
    claimant: str
    category: str
    counted: str = Field(description="what is counted, by its head word (person, hostage, prisoner...)")
    place: str | None
    date: dt.date = Field(description="publication date of the report")
    value: float = Field(description="the value, or the middle of a range")
    low: float | None
    high: float | None
    text: str = Field(description="the figure as written")
    doc_id: str
    outlet: str | None
    href: str = Field(description="the article page focused on this figure")
    charted: bool = Field(description="whether its series is one of the lines drawn")


class Overview(BaseModel):
    """The front page: totals, the event timeline and the reconciled series of one figure category."""

    counts: dict[str, int]
    timeline: list[EventItem]
    category: Category | None
    categories: list[str] = Field(description="the categories that have at least one dated point")
    lines: list[str] = Field(description="the series drawn, most reported first")
    series: list[SeriesPoint]


def overview(store: Store, category: Category | None) -> Overview:
    """Totals, every dated event, and the series of one category (default: the most reported one)."""
    timeline = [e for e in (event_item(row) for row in store.events()) if e.when is not None]
    rows = store.figures()
    link = SourceLinker(store, rows)
    all_series = [s for s in series_in(store) if any(_dated(p) for p in s.points)]
    by_category = Counter(s.category for s in all_series for p in s.points if _dated(p))
    chosen: Category | None = category or (by_category.most_common(1)[0][0] if by_category else None)  # type: ignore[assignment]
    shown = sorted((s for s in all_series if s.category == chosen), key=_rank)
    lines = [_label(s) for s in shown[:MAX_LINES]]
    points = [_point(s, p, link, _label(s) in lines) for s in shown for p in s.points if _dated(p)]
    return Overview(
        counts=store.counts(), timeline=timeline, category=chosen, categories=sorted(by_category), lines=lines,
        series=points,
    )


def _dated(point: Point) -> bool:
    return point.day is not None and point.estimate is not None


def _rank(series: Series) -> tuple[int, int, str]:
    """Most points first, then the most recent, then by name (so the order is stable)."""
    newest = max((p.day for p in series.points if p.day), default=dt.date.min)
    return (-len(series.points), -newest.toordinal(), _label(series))


def _label(series: Series) -> str:
    """How a series is named in the legend: claimant · counted (· place) (· from the day of its first point,
    when its claimant counts several incidents under one key)."""
    claimant = series.claimant
    if claimant.startswith("(article: "):  # the outlet's own voice: "(article: Reuters)"
        claimant = f"unattributed, {claimant[10:-1]}"
    elif claimant == "(article)":
        claimant = "unattributed"
    parts = [claimant, series.counted] + ([series.place] if series.place else [])
    if series.opened is not None:  # one claimant's counts of two incidents are two lines
        parts.append(f"from {series.opened.isoformat()}")
    return " · ".join(parts)


def _point(series: Series, p: Point, link: SourceLinker, charted: bool) -> SeriesPoint:
    """A dated point (see :func:`_dated`) as served, linked to its figure."""
    assert p.day is not None and p.estimate is not None
    return SeriesPoint(
        line=_label(series), claimant=series.claimant, category=series.category, counted=series.counted,
        place=series.place, date=p.day, value=p.estimate, low=p.low, high=p.high, text=p.text,
        doc_id=p.source.doc_id, outlet=p.source.outlet, href=link.source(p.source, figure=p.text)["href"],
        charted=charted,
    )
