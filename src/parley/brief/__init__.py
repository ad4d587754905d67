"""``parley brief``: a short written brief on captives, a truce or casualties, from stored records only.

Deterministic data-to-text: each sentence is a template filled from one group of records of the
reconcile views (:func:`parley.reconcile.captives`, :func:`~parley.reconcile.truces`,
:func:`~parley.reconcile.figure_series` and :func:`~parley.reconcile.figure_conflicts`). The
rules the templates keep:

* every sentence cites its records, ``[1]``, ``[2]``, and the reference list gives each one's
  outlet, date, document and sentence;
* every figure is copied as its source wrote it ("about 7,200") and names its claimant; a figure
  in an article's own voice is said to be the article's ("according to Reuters' own report");
* where claimants give different figures for one count, they are set side by side;
* a denial, an allegation or an investigation of the topic's events is told as its source put it,
  naming who denies or alleges, right after the claim it answers (:mod:`._disputes`): a toll is
  not left to stand alone where the accused, in the records, deny it;
* offers, demands and plans are written as such, apart from what happened (the price asked in an
  offered exchange too: "in exchange for 150 of its fighters" is not a release);
* a day is given as the day of a capture or release only when the text says when; otherwise the
  statement says when it was reported; no ratio is worked out from a vague count ("hundreds");
* nothing is stated that no record gives: every number, claimant and counted noun in a sentence
  is recorded as a *quote* of a cited sentence or document (:attr:`Statement.quotes`), which the
  tests check.

Machine-written articles (``ai_generated``) are left out unless asked for: a brief must not launder
an unsourced machine text into a sourced-looking one.

    >>> from parley.brief import write_brief
    >>> from parley.store import Store
    >>> with Store("news.duckdb", read_only=True) as store:
    ...     brief = write_brief(store, "captives")
    >>> print(brief.markdown())                               # doctest: +ELLIPSIS
    # ...

Limits: one sentence per ledger line or series (no summarising across days); counts are not
added up (a total the sources do not give is not given).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from parley.brief._disputes import DISPUTE_HEADING, disputed_documents, tell_disputes
from parley.brief._render import brief_html, brief_markdown
from parley.brief._write import Reference, Section, Statement, compose, place_filter
from parley.errors import UsageError
from parley.reconcile.views import Material
from parley.store import Store

__all__ = ["DISPUTE_HEADING", "TOPICS", "Brief", "Reference", "Section", "Statement", "Topic", "write_brief"]

#: More attributions than any one article holds (the brief reads an article's attributions in one page).
_ALL = 1_000_000

Topic = Literal["captives", "truce", "casualties"]
TOPICS: tuple[str, ...] = ("captives", "truce", "casualties")


@dataclass(frozen=True)
class Brief:
    """A written brief: titled sections of cited statements, and the references they cite."""

    topic: str
    title: str
    sections: list[Section]
    references: list[Reference]
    filters: dict[str, str] = field(default_factory=dict)

    def markdown(self) -> str:
        """The brief as Markdown (references as a numbered list at the end)."""
        return brief_markdown(self)

    def html(self) -> str:
        """The brief as a self-contained, escaped HTML page."""
        return brief_html(self)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "topic": self.topic,
            "title": self.title,
            "filters": self.filters,
            "sections": [{"heading": s.heading, "statements": [st.as_dict() for st in s.statements]}
                         for s in self.sections],
            "references": [r.as_dict() for r in self.references],
        }

    def statements(self) -> list[Statement]:
        """Every statement, in order."""
        return [st for s in self.sections for st in s.statements]


def write_brief(
    store: Store,
    topic: str,
    *,
    place: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    machine_written: bool = False,
) -> Brief:
    """Write the brief on ``topic`` (captives, truce or casualties) from a store.

    Args:
        place: only records whose place or sentence names this (case-insensitive).
        since, until: bounds on the event's day / the article's publication date.
        machine_written: also use articles marked as machine-written.

    Raises:
        UsageError: unknown topic.
    """
    if topic not in TOPICS:
        raise UsageError(f"unknown brief topic {topic!r}: choose one of {', '.join(TOPICS)}")
    from parley.reconcile import load

    skip = set() if machine_written else {d.doc_id for d in store.documents() if d.ai_generated}
    # Skipped articles leave before the ledgers are built: a ledger line merges the same figure
    # across reports, and a machine text must not be cited through a line a wire report opened.
    material = _without(load(store, since=since, until=until), skip)
    texts = _texts(store, material, skip)
    sections, references = compose(topic, material, texts, place=place, skip=skip)
    attributions = {doc_id: [a for _, a in store.attribution_page(doc_id=doc_id, limit=_ALL)[0]]
                    for doc_id in sorted(disputed_documents(topic, material.reports, texts))}
    sections, references = tell_disputes(topic, sections, references, material.reports, attributions,
                                         place_filter(place, skip))
    filters = {k: v for k, v in (("place", place), ("since", since.isoformat() if since else None),
                                 ("until", until.isoformat() if until else None)) if v}
    title = f"Brief: {topic}" + (f" — {place}" if place else "")
    if since or until:
        title += f" ({since.isoformat() if since else '…'} to {until.isoformat() if until else '…'})"
    return Brief(topic, title, sections, references, filters)


def _without(material: Material, skip: set[str]) -> Material:
    """The material without the reports and figures of skipped articles."""
    if not skip:
        return material
    return Material([r for r in material.reports if r.event.doc_id not in skip],
                    [f for f in material.figures if f[0].doc_id not in skip])


def _texts(store: Store, material: Any, skip: set[str]) -> dict[str, str]:
    """Full text of every document the material draws on (claimants are checked against it)."""
    ids = {r.event.doc_id for r in material.reports} | {f[0].doc_id for f in material.figures}
    return {doc_id: store.document(doc_id).text for doc_id in ids - skip}
