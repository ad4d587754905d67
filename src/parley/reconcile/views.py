"""Ledgers, series and conflicts over a store or over extractions in memory.

``captives_in``, ``truces_in``, ``series_in`` and ``conflicts_in`` are the calls behind ``parley
ledger captives``, ``parley ledger truce``, ``parley series`` and ``parley conflicts`` and the HTTP
API. They read only. On a reconciled store they join the view lines reconcile keeps per document;
on a store not (fully) reconciled they compute from the records, and events not yet linked to an
incident are clustered in memory for the view (run :func:`parley.reconcile.reconcile` to store
the links and the view lines). ``load`` and the functions on a :class:`Material` work on any
material in hand (a brief reads everything once and builds several views from it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from parley.errors import UsageError
from parley.reconcile import view_lines
from parley.reconcile.captives import (
    FIGURE_CATEGORIES,
    CaptiveLine,
    Exchange,
    captive_ledger,
    finish_ledger,
)
from parley.reconcile.memory import reports_of
from parley.reconcile.reports import Report
from parley.reconcile.series import COUNTING, Conflict, Series, build_series, conflicts, group_series
from parley.reconcile.stored import stored_reports
from parley.reconcile.truce import FIGURE_CATEGORIES as _TRUCE_FIGURES
from parley.reconcile.truce import TruceLine, finish_truces, truce_tracker
from parley.records import Extraction, Figure
from parley.store import Store

__all__ = [
    "CAPTIVE_CATEGORIES", "SERIES_CATEGORIES", "TRUCE_CATEGORIES", "Material", "captives", "captives_in",
    "conflicts_in", "figure_conflicts", "figure_series", "load", "material_of", "series_in", "truces", "truces_in",
]

FigureTuple = tuple[Figure, dt.date | None, str | None, str]


class Material:
    """Reports (events in context, with incident ids) and figures, as the views need them."""

    def __init__(self, reports: list[Report], figures: list[FigureTuple]) -> None:
        self.reports = view_lines.with_incidents(reports)
        self.figures = figures


#: Figure categories the captive ledger reads (the others make no line of it).
CAPTIVE_CATEGORIES = FIGURE_CATEGORIES
#: Figure categories the truce tracker reads.
TRUCE_CATEGORIES = _TRUCE_FIGURES
#: Figure categories series and conflicts read.
SERIES_CATEGORIES = tuple(sorted(COUNTING))


def load(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    categories: Sequence[str] | None = None,
) -> Material:
    """Everything the views need from a store (dates filter on the event's day / publication date).

    ``categories`` limits the figures read to those a view uses (:data:`CAPTIVE_CATEGORIES`,
    :data:`SERIES_CATEGORIES`, :data:`TRUCE_CATEGORIES`): reading and building the others is most of a view's cost on a
    large store. Events keep every figure they point to. The figures of the window are read once
    and handed to the event query, so the figures of events published in the window are not
    read twice.
    """
    rows = store.figures(since=since, until=until, category=categories)
    known = {(row.figure.doc_id, row.idx): row.figure for row in rows}
    reports = stored_reports(store, day_from=since, day_to=until, known_figures=known)
    return Material(reports, [(row.figure, row.date, row.outlet, row.sentence) for row in rows])


def material_of(extractions: Iterable[Extraction]) -> Material:
    """The same from extractions in memory (no store)."""
    reports: list[Report] = []
    figures: list[FigureTuple] = []
    for ex in extractions:
        reports += reports_of(ex)
        doc = ex.document
        figures += [(f, doc.date, doc.outlet, doc.text[f.sentence_start : f.sentence_end]) for f in ex.figures]
    return Material(reports, figures)


# ---------------------------------------------------------------- a store over a window
#
# The calls behind the CLI and the HTTP API. They read each document's view lines
# (parley.reconcile.view_lines), computed now from its records for a document reconcile has not
# built yet, and only join them. A window keeps the lines dated in it.


def captives_in(
    store: Store, since: dt.date | None = None, until: dt.date | None = None
) -> tuple[list[CaptiveLine], list[Exchange]]:
    """The captive ledger of the lines dated in [since, until] (see :func:`captives`)."""
    with view_lines.many_objects():
        return finish_ledger(*view_lines.captive_parts(store, since, until))


def truces_in(store: Store, since: dt.date | None = None, until: dt.date | None = None) -> list[TruceLine]:
    """The truce tracker's lines dated in [since, until] (see :func:`truces`)."""
    with view_lines.many_objects():
        return finish_truces(view_lines.truce_parts(store, since, until))


def series_in(
    store: Store, since: dt.date | None = None, until: dt.date | None = None,
    categories: Sequence[str] = SERIES_CATEGORIES,
) -> list[Series]:
    """Figure series of ``categories`` from figures published in [since, until] (see :func:`figure_series`).

    Raises:
        UsageError: a category that has no series (a typo, or ``age``, ``duration``... which count no
            one), so a filter never answers "no series" for a category it did not look at.
    """
    unknown = [c for c in categories if c not in SERIES_CATEGORIES]
    if unknown:
        raise UsageError(f"no series are kept for category {unknown[0]!r}; choose one of: "
                         f"{', '.join(SERIES_CATEGORIES)} (parley figures lists the other categories)")
    with view_lines.many_objects():
        return group_series(view_lines.series_parts(store, since, until, categories), in_order=True)


def conflicts_in(store: Store, since: dt.date | None = None, until: dt.date | None = None) -> list[Conflict]:
    """Claimants whose newest values disagree, over [since, until] (see :func:`figure_conflicts`)."""
    with view_lines.many_objects():  # held across both steps (the hold nests)
        return conflicts(series_in(store, since, until))


# ---------------------------------------------------------------- material in hand


def captives(material: Material) -> tuple[list[CaptiveLine], list[Exchange]]:
    """The captive ledger (see :mod:`parley.reconcile.captives`)."""
    return captive_ledger(material.reports, material.figures)


def truces(material: Material) -> list[TruceLine]:
    """The truce tracker (see :mod:`parley.reconcile.truce`)."""
    return truce_tracker(material.reports, material.figures)


def figure_series(material: Material) -> list[Series]:
    """Figure series per (category, counted, place, claimant) (see :mod:`parley.reconcile.series`)."""
    return build_series(material.figures, material.reports)


def figure_conflicts(material: Material) -> list[Conflict]:
    """Claimants whose newest values disagree (see :mod:`parley.reconcile.series`)."""
    return conflicts(figure_series(material))
