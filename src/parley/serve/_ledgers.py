"""Ledgers, series and conflicts from :mod:`parley.reconcile`, as served, each line linked to its sentence.

The reconcile stage gives each ledger line and series point a source (document, outlet, date,
sentence, claimant). Here every source also gets ``href``, the article page focused on it:

* a series point or conflict claim links to its figure (matched by document, sentence and the
  figure's text, so the number itself is highlighted);
* a captive line links to its sentence by the offset the line carries;
* a truce line has no offset, so its sentence is found by its text in the article (the first
  occurrence: a sentence repeated word for word in one article is shown at its first place).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from parley.brief import write_brief
from parley.errors import NotFound
from parley.reconcile import SERIES_CATEGORIES, captives_in, conflicts_in, series_in, truces_in
from parley.reconcile.reports import SourceRef
from parley.serve._data import document_href, figure_href, sentence_href
from parley.store import FigureRow, Store
from parley.types import Category

__all__ = [
    "BriefQuery",
    "CaptiveLedger",
    "ConflictList",
    "LedgerQuery",
    "SeriesList",
    "SeriesQuery",
    "SourceLinker",
    "TruceLedger",
    "brief_of",
    "captive_ledger",
    "conflict_list",
    "series_list",
    "truce_ledger",
]


class LedgerQuery(BaseModel):
    """The period a ledger covers (event day, else publication date)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    since: dt.date | None = None
    until: dt.date | None = None


class BriefQuery(LedgerQuery):
    """Which brief to write: its topic and, optionally, a place its records must name."""

    topic: Literal["captives", "truce", "casualties"]
    place: str | None = Field(None, max_length=200, description="only records whose place or sentence names this")


class SeriesQuery(LedgerQuery):
    """Which series to list."""

    category: Category | None = None
    claimant: str | None = Field(None, max_length=200, description="substring of the claimant")


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Source(_Out):
    """Where a line comes from, and the link to its sentence in the article."""

    doc_id: str
    outlet: str | None
    published: dt.date | None
    sentence: str
    claimant: str | None
    href: str


class CaptiveLineItem(_Out):
    """One reported taking, holding or release of captives."""

    day: dt.date | None = Field(description="the day; a period's first day when only its month or year is known")
    day_precision: Literal["day", "month", "year"] | None = Field(
        default=None, description="how much of ``day`` the reports gave: 'year' for 'in 2011'")
    action: str
    status: str
    count: str | None
    value: float | None
    captives: str | None
    side: str | None
    by: str | None
    demanded_by: str | None = Field(default=None, description="who demanded a demanded release (not who would release)")
    every: str | None = Field(default=None, description="the period a recurring count repeats over ('each week')")
    incident: str | None
    exchange: str | None
    ratio: str | None
    source: Source


class ExchangeItem(_Out):
    """Two releases that are each other's price, and their ratio."""

    exchange_id: str
    ratio: str | None
    first: CaptiveLineItem
    second: CaptiveLineItem


class CaptiveLedger(_Out):
    """The captive ledger of the period."""

    lines: list[CaptiveLineItem]
    exchanges: list[ExchangeItem]


class TruceLineItem(_Out):
    """One report of a stage of a truce."""

    day: dt.date | None = Field(description="the day; a period's first day when only its month or year is known")
    day_precision: Literal["day", "month", "year"] | None = Field(
        default=None, description="how much of ``day`` the reports gave: 'year' for 'in 2011'")
    stage: str
    status: str
    length: str | None
    parties: str | None
    place: str | None
    incident: str | None
    source: Source


class TruceLedger(_Out):
    """The truce tracker of the period, oldest first."""

    lines: list[TruceLineItem]


class PointItem(_Out):
    """One figure of a series."""

    day: dt.date | None
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    text: str
    counted: str | None
    source: Source


class SeriesItem(_Out):
    """Every report of one count by one claimant, oldest first."""

    category: str
    counted: str
    place: str | None
    claimant: str
    points: list[PointItem]
    #: The day of the first point, when the claimant counts several incidents under one key.
    opened: dt.date | None = None


class SeriesList(_Out):
    """Figure series per (category, counted, place, claimant)."""

    series: list[SeriesItem]


class ClaimItem(PointItem):
    """A claimant's newest value in a conflict."""

    claimant: str


class ConflictItem(_Out):
    """Two claimants whose newest values disagree."""

    category: str
    counted: str
    place: str | None
    spread: float
    claims: list[ClaimItem]


class ConflictList(_Out):
    """Every disagreement between claimants in the period."""

    conflicts: list[ConflictItem]


class SourceLinker:
    """Turns a :class:`SourceRef` into a served source with a link to its figure or sentence."""

    def __init__(self, store: Store, figures: list[FigureRow] | None = None) -> None:
        self._store = store
        self._texts: dict[str, str] = {}
        self._rows = figures
        self._figures: dict[tuple[str, str, str], int] | None = None

    def source(self, ref: SourceRef, *, at: int | None = None, figure: str | None = None) -> dict[str, Any]:
        """The source as served: ``figure`` (its text) links to that figure, ``at`` to the sentence there."""
        if figure is not None:
            idx = self._figure_index().get((ref.doc_id, ref.sentence, figure))
            if idx is not None:
                return {**ref.as_dict(), "href": figure_href(ref.doc_id, idx)}
        href = sentence_href(ref.doc_id, at) if at is not None else self.href(ref.doc_id, ref.sentence)
        return {**ref.as_dict(), "href": href}

    def href(self, doc_id: str, sentence: str) -> str:
        """The article focused on the first occurrence of ``sentence`` (the article alone if absent)."""
        if doc_id not in self._texts:
            try:
                self._texts[doc_id] = self._store.document(doc_id).text
            except NotFound:
                self._texts[doc_id] = ""
        at = self._texts[doc_id].find(sentence) if sentence else -1
        return sentence_href(doc_id, at) if at >= 0 else document_href(doc_id)

    def line(self, data: dict[str, Any], ref: SourceRef, *, at: int | None = None,
             figure: str | None = None) -> dict[str, Any]:
        """A ledger line's data with its served source."""
        return {**data, "source": self.source(ref, at=at, figure=figure)}

    def _figure_index(self) -> dict[tuple[str, str, str], int]:
        """(doc_id, sentence, figure text) -> the figure's index; the first figure wins a tie."""
        if self._figures is None:
            rows = self._rows if self._rows is not None else self._store.figures()
            self._figures = {}
            for row in rows:
                self._figures.setdefault((row.figure.doc_id, row.sentence, row.figure.text), row.idx)
        return self._figures


def _captive_line(link: SourceLinker, line: Any) -> CaptiveLineItem:
    """A captive line linked to its sentence by the offset reconcile keeps (0 means unknown)."""
    start = getattr(line, "sentence_start", None) or None
    return CaptiveLineItem.model_validate(link.line(line.as_dict(), line.source, at=start))


def captive_ledger(store: Store, query: LedgerQuery) -> CaptiveLedger:
    """Captives taken, held and released, with the exchanges among them."""
    link = SourceLinker(store)
    lines, exchanges = captives_in(store, query.since, query.until)
    return CaptiveLedger(
        lines=[_captive_line(link, x) for x in lines],
        exchanges=[
            ExchangeItem(
                exchange_id=x.exchange_id, ratio=x.ratio,
                first=_captive_line(link, x.first), second=_captive_line(link, x.second),
            )
            for x in exchanges
        ],
    )


def truce_ledger(store: Store, query: LedgerQuery) -> TruceLedger:
    """Agreements, starts, extensions, ends and breaches of truces, oldest first."""
    link = SourceLinker(store)
    lines = truces_in(store, query.since, query.until)
    return TruceLedger(lines=[TruceLineItem.model_validate(link.line(x.as_dict(), x.source)) for x in lines])


def series_list(store: Store, query: SeriesQuery) -> SeriesList:
    """Figure series, optionally of one category or claimant."""
    link = SourceLinker(store)
    out = []
    categories = [query.category] if query.category else SERIES_CATEGORIES
    for s in series_in(store, query.since, query.until, categories):
        if query.claimant and query.claimant.lower() not in s.claimant.lower():
            continue
        points = [PointItem.model_validate(link.line(p.as_dict(), p.source, figure=p.text)) for p in s.points]
        out.append(SeriesItem(category=s.category, counted=s.counted, place=s.place, claimant=s.claimant,
                              points=points, opened=s.opened))
    return SeriesList(series=out)


def conflict_list(store: Store, query: LedgerQuery) -> ConflictList:
    """Claimants whose newest values for the same count disagree."""
    link = SourceLinker(store)
    out = []
    for c in conflicts_in(store, query.since, query.until):
        newest = [(s.claimant, s.points[-1]) for s in (c.a, c.b)]
        claims = [
            ClaimItem.model_validate({**link.line(p.as_dict(), p.source, figure=p.text), "claimant": claimant})
            for claimant, p in newest
        ]
        out.append(ConflictItem(category=c.category, counted=c.counted, place=c.place, spread=round(c.spread, 3),
                                claims=claims))
    return ConflictList(conflicts=out)


def brief_of(store: Store, query: BriefQuery) -> dict[str, Any]:
    """The brief ``parley brief`` writes, as data (sections, cited statements, references) and as Markdown.

    A newsroom tool reads the data; a person pastes the Markdown. Both come from one
    :func:`~parley.brief.write_brief` call, so they cannot disagree.
    """
    brief = write_brief(store, query.topic, place=query.place, since=query.since, until=query.until)
    return {**brief.as_dict(), "markdown": brief.markdown()}
