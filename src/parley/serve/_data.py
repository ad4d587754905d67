"""One data function per page: the HTML page and its JSON endpoint both call it (datasette style).

Each function takes an open :class:`~parley.store.Store` and a validated query model and returns
a pydantic model. The JSON endpoint returns that model as it is; the page template renders the
same model, so what a browser shows and what a script downloads can never disagree.

Listings are filtered, sorted and paged by the store (``Store.figure_page`` and friends), so
a request holds one page of rows. The overview still reads every dated event and figure: its
timeline and series are drawn whole.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar
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
    "Page",
    "attribution_page",
    "document_href",
    "document_page",
    "event_href",
    "event_item",
    "event_page",
    "figure_href",
    "figure_item",
    "figure_page",
    "sentence_href",
]

#: How a figure or event with no claimant (the article's own voice) is labelled in charts.
ARTICLE_VOICE = "(article)"

DEFAULT_LIMIT = 50
MAX_LIMIT = 500

T = TypeVar("T")

# Every column a listing sorts by, ascending or (a leading "-") descending: the store takes both
# for every key, and the page's column headers link to the other direction of the current one,
# so a choice missing here is a header link that answers 422.
FigureSort = Literal["date", "-date", "value", "-value", "category", "-category", "claimant", "-claimant"]
EventSort = Literal["date", "-date", "type", "-type", "status", "-status"]
DocumentSort = Literal["-date", "date", "figures", "-figures", "events", "-events"]


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
    sort: FigureSort = "date"


class EventQuery(_DatedQuery):
    """Filters and order of the event listing."""

    type: EventType | None = None
    status: Status | None = None
    text: str | None = Field(None, max_length=200, description="substring of the sentence")
    sort: EventSort = "date"


class AttributionQuery(_Query):
    """Filters of the attribution listing."""

    doc_id: str | None = Field(None, max_length=64, description="only this document (id or unique prefix)")
    source: str | None = Field(None, max_length=200, description="substring of the source; 'none' = unattributed")


class DocumentQuery(_Query):
    """Order of the document listing."""

    sort: DocumentSort = "-date"


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


# ---------------------------------------------------------------------- links


def document_href(doc_id: str) -> str:
    """The dashboard page of an article."""
    return f"/documents/{quote(doc_id, safe='')}"


def sentence_href(doc_id: str, at: int) -> str:
    """The article page focused on the sentence around character ``at`` (a record's start)."""
    return f"{document_href(doc_id)}?at={at}#focus"


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
    """Figures matching the query, sorted and paged by the store."""
    rows, total = store.figure_page(
        category=query.category, claimant=query.claimant, since=query.since, until=query.until,
        text=query.text, doc_id=query.doc_id, order=query.sort, offset=query.offset, limit=query.limit,
    )
    return _page([figure_item(row) for row in rows], total, query)


def event_page(store: Store, query: EventQuery) -> Page[EventItem]:
    """Events matching the query, sorted and paged by the store."""
    rows, total = store.event_page(
        type=query.type, status=query.status, since=query.since, until=query.until, text=query.text,
        doc_id=query.doc_id, order=query.sort, offset=query.offset, limit=query.limit,
    )
    return _page([event_item(row) for row in rows], total, query)


def attribution_page(store: Store, query: AttributionQuery) -> Page[AttributionItem]:
    """Attributions, optionally of one document or source: newest article first, in article order."""
    rows, total = store.attribution_page(
        doc_id=query.doc_id, source=query.source, offset=query.offset, limit=query.limit
    )
    items = [_attribution_item(idx, attribution) for idx, attribution in rows]
    return _page(items, total, query)


def document_page(store: Store, query: DocumentQuery) -> Page[DocumentSummary]:
    """Stored articles with their figure and event counts."""
    rows, total = store.document_page(order=query.sort, offset=query.offset, limit=query.limit)
    return _page([_summary(doc, figures, events) for doc, figures, events in rows], total, query)


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


def _summary(doc: Document, figures: int, events: int) -> DocumentSummary:
    return DocumentSummary(
        doc_id=doc.doc_id, date=doc.date, outlet=doc.outlet, title=doc.title, url=doc.url,
        ai_generated=doc.ai_generated, headline=doc.headline(), figures=figures, events=events,
        href=document_href(doc.doc_id),
    )


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


def _attribution_item(idx: int, attribution: Attribution) -> AttributionItem:
    return AttributionItem(**attribution.model_dump(), idx=idx, href=attribution_href(attribution.doc_id, idx))


# ---------------------------------------------------------------------- paging


def _page(items: list[T], total: int, query: _Query) -> Page[T]:
    return Page[T](items=items, total=total, offset=query.offset, limit=query.limit)
