"""The article view: the text cut into segments, each marked as a figure, event, claimant or cue.

A reader follows a number to the sentence it came from, so the article is served with its
records laid over the text. Marks must not overlap to be rendered as flat HTML, so where two
records cover the same characters the more specific one wins (figure, then event trigger, then
claimant, then cue) and the other stays listed in the tables under the article, never lost.
The focused record's sentence is returned as its own block so the page can highlight it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from parley.errors import UsageError
from parley.records import Extraction
from parley.serve._data import (
    AttributionItem,
    EventItem,
    FigureItem,
    attribution_href,
    document_href,
    event_item,
    figure_item,
)
from parley.store import Store

__all__ = ["ArticleView", "Block", "Mark", "Segment", "article_view"]

MarkKind = Literal["figure", "event", "claimant", "cue"]
FocusKind = Literal["figure", "event", "attribution", "at"]

#: The end of a sentence, for a focus given as a character offset that no record's sentence covers.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s|\Z)|\n")

#: Lower wins when marks overlap.
_PRIORITY: dict[str, int] = {"figure": 0, "event": 1, "claimant": 2, "cue": 3}


class Mark(BaseModel):
    """A record laid over a piece of the text: what kind, which record, and a short label."""

    kind: MarkKind
    idx: int = Field(description="index of the record in the document's figures, events or attributions")
    label: str


class Segment(BaseModel):
    """A run of text, marked or plain."""

    text: str
    start: int
    mark: Mark | None = None


class Block(BaseModel):
    """Consecutive segments; ``focus`` is the sentence of the record the reader came for."""

    focus: bool
    segments: list[Segment]


class ArticleView(BaseModel):
    """An article with its records, and its text cut into marked segments."""

    doc_id: str
    title: str
    date: str | None
    outlet: str | None
    url: str | None
    origin: str | None
    ai_generated: bool
    ai_evidence: str | None
    focus: str | None = Field(description="'figure-3', 'event-0'... the record whose sentence is highlighted")
    focus_sentence: str | None
    blocks: list[Block]
    figures: list[FigureItem]
    events: list[EventItem]
    attributions: list[AttributionItem]
    href: str


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    mark: Mark


def article_view(
    store: Store,
    doc_id: str,
    *,
    figure: int | None = None,
    event: int | None = None,
    attribution: int | None = None,
    at: int | None = None,
) -> ArticleView:
    """The article ``doc_id`` with its records, focused on at most one figure, event or attribution.

    ``at`` focuses on the sentence around a character offset instead (ledger lines link so).

    Raises:
        NotFound: no such document.
        UsageError: two records asked for at once, or an index the document does not have.
    """
    extraction = store.extraction(doc_id)
    figures = {row.idx: row for row in store.figures(doc_id=extraction.document.doc_id)}
    events = {row.idx: row for row in store.events(doc_id=extraction.document.doc_id)}
    focus_kind, focus_idx = _focus(figure, event, attribution, at)
    sentence = _focus_range(extraction, focus_kind, focus_idx)
    doc = extraction.document
    return ArticleView(
        doc_id=doc.doc_id,
        title=doc.headline(),
        date=doc.date.isoformat() if doc.date else None,
        outlet=doc.outlet,
        url=doc.url,
        origin=doc.origin,
        ai_generated=doc.ai_generated,
        ai_evidence=doc.ai_evidence.text if doc.ai_evidence else None,
        focus=f"{focus_kind}-{focus_idx}" if focus_kind else None,
        focus_sentence=doc.text[sentence[0]:sentence[1]] if sentence else None,
        blocks=_blocks(doc.text, _marks(extraction), sentence),
        figures=[figure_item(figures[i]) for i in sorted(figures)],
        events=[event_item(events[i]) for i in sorted(events)],
        attributions=[
            AttributionItem(**a.model_dump(), idx=i, href=attribution_href(doc.doc_id, i))
            for i, a in enumerate(extraction.attributions)
        ],
        href=document_href(doc.doc_id),
    )


def _focus(
    figure: int | None, event: int | None, attribution: int | None, at: int | None
) -> tuple[FocusKind | None, int]:
    asked: list[tuple[FocusKind, int | None]] = [
        ("figure", figure), ("event", event), ("attribution", attribution), ("at", at)
    ]
    given = [(kind, idx) for kind, idx in asked if idx is not None]
    if len(given) > 1:
        raise UsageError("focus on one thing at a time: give only one of figure, event, attribution, at")
    return given[0] if given else (None, -1)


def _focus_range(extraction: Extraction, kind: FocusKind | None, idx: int) -> tuple[int, int] | None:
    """The character range of the focused record's sentence (an attribution: cue to content)."""
    if kind is None:
        return None
    if kind == "at":
        return _sentence_at(extraction, idx)
    records: list[object] = list(getattr(extraction, kind + "s"))
    if not 0 <= idx < len(records):
        raise UsageError(f"this document has {len(records)} {kind}s; there is no {kind} {idx}")
    if kind == "attribution":
        a = extraction.attributions[idx]
        starts = [a.cue.start, a.content.start] + ([a.source.start] if a.source else [])
        ends = [a.cue.end, a.content.end] + ([a.source.end] if a.source else [])
        return min(starts), max(ends)
    record = extraction.figures[idx] if kind == "figure" else extraction.events[idx]
    return record.sentence_start, record.sentence_end


def _sentence_at(extraction: Extraction, at: int) -> tuple[int, int]:
    """The sentence around character ``at``: a record's sentence if one covers it, else up to its end."""
    text = extraction.document.text
    if not 0 <= at < len(text):
        raise UsageError(f"this document has {len(text)} characters; there is no character {at}")
    ranges = [(r.sentence_start, r.sentence_end) for r in extraction.figures]
    ranges += [(r.sentence_start, r.sentence_end) for r in extraction.events]
    for start, end in ranges:
        if start <= at < end:
            return start, end
    stop = _SENTENCE_END.search(text, at)
    return at, stop.end() if stop else len(text)


def _marks(extraction: Extraction) -> list[_Span]:
    """Every record's span, overlaps resolved by priority then by position."""
    spans: list[_Span] = []
    for i, f in enumerate(extraction.figures):
        what = " ".join(x for x in (f.counted or "", f.category) if x)
        spans.append(_Span(f.start, f.end, Mark(kind="figure", idx=i, label=f"{what}; {f.claimant or 'article'}")))
    for i, e in enumerate(extraction.events):
        label = f"{e.type}{'/' + e.mode if e.mode else ''}, {e.status}"
        spans.append(_Span(e.start, e.end, Mark(kind="event", idx=i, label=label)))
    for i, a in enumerate(extraction.attributions):
        if a.source:
            spans.append(_Span(a.source.start, a.source.end, Mark(kind="claimant", idx=i, label="source")))
        spans.append(_Span(a.cue.start, a.cue.end, Mark(kind="cue", idx=i, label="attribution cue")))
    chosen: list[_Span] = []
    for span in sorted(spans, key=lambda s: (_PRIORITY[s.mark.kind], s.start, -s.end)):
        if span.end > span.start and all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _blocks(text: str, spans: list[_Span], focus: tuple[int, int] | None) -> list[Block]:
    """Cut the text at every mark and at the focused sentence's edges.

    A mark that straddles an edge of the focused sentence is dropped from the text (it stays in
    the tables), so the highlighted sentence is always one element.
    """
    if focus:
        lo, hi = focus
        spans = [s for s in spans if s.end <= lo or s.start >= hi or lo <= s.start < s.end <= hi]
    edges = sorted({0, len(text), *(focus or ())})
    blocks: list[Block] = []
    for lo, hi in itertools.pairwise(edges):
        inside = [s for s in spans if lo <= s.start and s.end <= hi]
        blocks.append(Block(focus=focus == (lo, hi), segments=_segments(text, lo, hi, inside)))
    return [b for b in blocks if b.segments]


def _segments(text: str, lo: int, hi: int, spans: list[_Span]) -> list[Segment]:
    out: list[Segment] = []
    at = lo
    for span in spans:
        if span.start > at:
            out.append(Segment(text=text[at:span.start], start=at))
        out.append(Segment(text=text[span.start:span.end], start=span.start, mark=span.mark))
        at = span.end
    if at < hi:
        out.append(Segment(text=text[at:hi], start=at))
    return out
