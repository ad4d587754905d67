"""One data function per page: the HTML page and its JSON endpoint both call it (datasette style).

Each function takes an open :class:`~parley.store.Store` and a validated query model and returns
a pydantic model. The JSON endpoint returns that model as it is; the page template renders the
same model, so what a browser shows and what a script downloads can never disagree.

Limits, on purpose: the store filters in SQL, but paging and the sort orders other than
publication date are done here on the filtered rows, so one request holds every matching row
of one table in memory. That is fine for newsroom-sized stores (tens of thousands of records);
a larger store wants ``offset``/``order`` pushed into :meth:`Store.figures` and friends.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field

from parley.records import Attribution, Document, Event, Figure
from parley.store import EventRow, FigureRow, Store
from parley.types import Category, EventType, Status

__all__ = [
    "ARTICLE_VOICE",
    "AttributionItem",
    "AttributionQuery",
    "DocumentQuery",
    "DocumentSummary",
    "EventItem",
    "EventQuery",
    "FigureItem",
    "FigureQuery",
    "Overview",
    "Page",
    "SeriesPoint",
    "attribution_page",
    "document_page",
    "event_href",
    "event_page",
    "figure_href",
    "figure_page",
    "overview",
]

#: How a figure or event with no claimant (the article's own voice) is labelled in charts.
ARTICLE_VOICE = "(article)"

DEFAULT_LIMIT = 50
MAX_LIMIT = 500

T = TypeVar("T")


class _Query(BaseModel):
    """Query-string parameters shared by every listing; unknown parameters are refused (422)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    offset: int = Field(0, ge=0, le=1_000_000, description="rows to skip (paging)")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="rows per page")


class _DatedQuery(_Query):
    since: dt.date | None = Field(None, description="only articles published on or after this day")
    until: dt.date | None = Field(None, description="only articles published on or before this day")
    doc_id: str | None = Field(None, max_length=64, description="only this document (id or unique prefix)")


class FigureQuery(_DatedQuery):
    """Filters and order of the figure listing."""

    category: Category | None = None
    claimant: str | None = Field(None, max_length=200, description="substring of the claimant; 'none' = article")
    text: str | None = Field(None, max_length=200, description="substring of the sentence or of what is counted")
    sort: Literal["date", "-date", "value", "-value", "category", "claimant"] = "date"


class EventQuery(_DatedQuery):
    """Filters and order of the event listing."""

    type: EventType | None = None
    status: Status | None = None
    text: str | None = Field(None, max_length=200, description="substring of the sentence")
    sort: Literal["date", "-date", "type", "status"] = "date"


class AttributionQuery(_Query):
    """Filters of the attribution listing."""

    doc_id: str | None = Field(None, max_length=64, description="only this document (id or unique prefix)")
    source: str | None = Field(None, max_length=200, description="substring of the source; 'none' = unattributed")


class DocumentQuery(_Query):
    """Order of the document listing."""

    sort: Literal["-date", "date", "figures", "events"] = "-date"


class Page(BaseModel, Generic[T]):
    """One page of a listing: the rows, how many match in all, and where this page starts."""

    items: list[T]
    total: int
    offset: int
    limit: int


class FigureItem(Figure):
    """A stored figure with its index, article facts, sentence and a link to it in the article."""

    idx: int
    published: dt.date | None
    outlet: str | None
    sentence: str
    href: str = Field(description="the dashboard page of the article, focused on this figure's sentence")


class EventItem(Event):
    """A stored event with its index, article facts, sentence and a link to it in the article."""

    idx: int
    published: dt.date | None
    outlet: str | None
    sentence: str
    when: dt.date | None = Field(description="the event's own date (a partial date at its first day), else published")
    href: str


class AttributionItem(Attribution):
    """A stored attribution with its index and a link to its cue in the article."""

    idx: int
    href: str


class DocumentSummary(BaseModel):
    """A stored article as listed: metadata, first words and how much was found in it."""

    doc_id: str
    date: dt.date | None
    outlet: str | None
    title: str | None
    url: str | None
    ai_generated: bool
    headline: str
    figures: int
    events: int
    href: str


class SeriesPoint(BaseModel):
    """One figure as a point of a claimant's series: the numbers a chart needs and its source."""

    claimant: str
    category: str
    date: dt.date
    value: float
    text: str
    counted: str | None
    doc_id: str
    idx: int
    href: str


class Overview(BaseModel):
    """The front page: totals, the event timeline and the figure series per claimant."""

    counts: dict[str, int]
    timeline: list[EventItem]
    category: Category | None
    categories: list[str] = Field(description="the categories that have at least one dated figure")
    series: list[SeriesPoint]


# ---------------------------------------------------------------------- links


def document_href(doc_id: str) -> str:
    """The dashboard page of an article."""
    return f"/documents/{quote(doc_id, safe='')}"


def figure_href(doc_id: str, idx: int) -> str:
    """The article page focused on one figure: its sentence is highlighted and scrolled to."""
    return f"{document_href(doc_id)}?figure={idx}#figure-{idx}"


def event_href(doc_id: str, idx: int) -> str:
    """The article page focused on one event."""
    return f"{document_href(doc_id)}?event={idx}#event-{idx}"


def attribution_href(doc_id: str, idx: int) -> str:
    """The article page focused on one attribution."""
    return f"{document_href(doc_id)}?attribution={idx}#attribution-{idx}"


# ---------------------------------------------------------------------- listings


def figure_page(store: Store, query: FigureQuery) -> Page[FigureItem]:
    """Figures matching the query, sorted and paged."""
    rows = store.figures(
        category=query.category, claimant=query.claimant, since=query.since, until=query.until,
        text=query.text, doc_id=query.doc_id,
    )
    items = [figure_item(row) for row in rows]
    return _paged(_sorted(items, query.sort, _FIGURE_KEYS), query)


def event_page(store: Store, query: EventQuery) -> Page[EventItem]:
    """Events matching the query, sorted and paged."""
    rows = store.events(
        type=query.type, status=query.status, since=query.since, until=query.until, text=query.text,
        doc_id=query.doc_id,
    )
    items = [event_item(row) for row in rows]
    return _paged(_sorted(items, query.sort, _EVENT_KEYS), query)


def attribution_page(store: Store, query: AttributionQuery) -> Page[AttributionItem]:
    """Attributions, optionally of one document or source, in article order.

    The store has no attribution query yet, so this reads each document's extraction; it is the
    slowest listing on a large store.
    """
    doc_ids = [store.resolve_doc_id(query.doc_id)] if query.doc_id else [d.doc_id for d in store.documents()]
    items = []
    for doc_id in doc_ids:
        for idx, attribution in enumerate(store.extraction(doc_id).attributions):
            if _source_matches(attribution, query.source):
                fields = attribution.model_dump()
                items.append(AttributionItem(**fields, idx=idx, href=attribution_href(doc_id, idx)))
    return _paged(items, query)


def document_page(store: Store, query: DocumentQuery) -> Page[DocumentSummary]:
    """Stored articles with their figure and event counts."""
    figures = Counter(row.figure.doc_id for row in store.figures())
    events = Counter(row.event.doc_id for row in store.events())
    items = [_summary(doc, figures[doc.doc_id], events[doc.doc_id]) for doc in store.documents()]
    return _paged(_sorted(items, query.sort, _DOCUMENT_KEYS), query)


def overview(store: Store, category: Category | None) -> Overview:
    """Totals, every event on a timeline, and the series of one figure category per claimant.

    Without a category the most frequent dated category is charted, so the front page never
    opens on an empty chart when there is something to show.
    """
    timeline = [event_item(row) for row in store.events()]
    points = [p for row in store.figures() if (p := series_point(row)) is not None]
    by_category = Counter(p.category for p in points)
    chosen = category or (by_category.most_common(1)[0][0] if by_category else None)
    return Overview(
        counts=store.counts(),
        timeline=[e for e in timeline if e.when is not None],
        category=chosen,
        categories=sorted(by_category),
        series=[p for p in points if p.category == chosen],
    )


# ---------------------------------------------------------------------- row conversion


def figure_item(row: FigureRow) -> FigureItem:
    """A figure row as served."""
    f = row.figure
    return FigureItem(
        **f.model_dump(), idx=row.idx, published=row.date, outlet=row.outlet, sentence=row.sentence,
        href=figure_href(f.doc_id, row.idx),
    )


def event_item(row: EventRow) -> EventItem:
    """An event row as served, with the day it is placed at on the timeline."""
    e = row.event
    return EventItem(
        **e.model_dump(), idx=row.idx, published=row.published, outlet=row.outlet, sentence=row.sentence,
        when=_event_day(e.date) or row.published, href=event_href(e.doc_id, row.idx),
    )


def series_point(row: FigureRow) -> SeriesPoint | None:
    """A figure as a chart point, or None when it has no single value or no publication date.

    Ranges are charted at their low end only if nothing better exists; here they are left out,
    so a line never mixes a claimed range with a claimed count.
    """
    f = row.figure
    if f.value is None or row.date is None or f.unit not in (None, ""):
        return None
    return SeriesPoint(
        claimant=f.claimant or ARTICLE_VOICE, category=f.category, date=row.date, value=f.value, text=f.text,
        counted=f.counted, doc_id=f.doc_id, idx=row.idx, href=figure_href(f.doc_id, row.idx),
    )


def _summary(doc: Document, figures: int, events: int) -> DocumentSummary:
    return DocumentSummary(
        doc_id=doc.doc_id, date=doc.date, outlet=doc.outlet, title=doc.title, url=doc.url,
        ai_generated=doc.ai_generated, headline=doc.title or headline(doc.text), figures=figures, events=events,
        href=document_href(doc.doc_id),
    )


def headline(text: str, words: int = 14) -> str:
    """The first words of an article, for listings of documents that have no title."""
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _event_day(value: str | None) -> dt.date | None:
    """An ISO date that may be partial ('2023-10', '2011') as its first day; None if unreadable."""
    if not value:
        return None
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts[:3]] + [1] * (3 - min(len(parts), 3))
        return dt.date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None


def _source_matches(attribution: Attribution, wanted: str | None) -> bool:
    if not wanted:
        return True
    if wanted.lower() == "none":
        return attribution.source is None
    return attribution.source is not None and wanted.lower() in attribution.source.text.lower()


# ---------------------------------------------------------------------- sorting and paging

_Key = Callable[[Any], Any]

_FIGURE_KEYS: dict[str, _Key] = {
    "date": lambda f: (f.published is None, f.published or dt.date.min, f.doc_id, f.idx),
    "value": lambda f: (f.value is None, f.value if f.value is not None else f.low or 0.0),
    "category": lambda f: f.category,
    "claimant": lambda f: (f.claimant is None, (f.claimant or "").lower()),
}
_EVENT_KEYS: dict[str, _Key] = {
    "date": lambda e: (e.when is None, e.when or dt.date.min, e.doc_id, e.idx),
    "type": lambda e: e.type,
    "status": lambda e: e.status,
}
_DOCUMENT_KEYS: dict[str, _Key] = {
    "date": lambda d: (d.date is None, d.date or dt.date.min, d.doc_id),
    "figures": lambda d: d.figures,
    "events": lambda d: d.events,
}


def _sorted(items: Sequence[T], order: str, keys: dict[str, _Key]) -> list[T]:
    """Items sorted by ``order`` (a key name, ``-`` first for descending); ties keep store order."""
    key = keys[order.lstrip("-")]
    return sorted(items, key=key, reverse=order.startswith("-"))


def _paged(items: Sequence[T], query: _Query) -> Page[T]:
    return Page[T](items=list(items[query.offset : query.offset + query.limit]), total=len(items),
                   offset=query.offset, limit=query.limit)
