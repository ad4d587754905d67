"""Reconcile stage: one record per real event, ledgers of captives and truces, figure series.

A conflict produces many reports a day that repeat, update and contradict each other. This stage
rebuilds the picture while keeping every source:

* **Event identity** — :class:`IncidentClusterer` groups event reports into incidents
  (blocking by type, day and rare words, then a feature score; see :mod:`.incidents`).
  :func:`reconcile` does it incrementally on a :class:`~parley.store.Store`, persisting links in
  ``incident_links``/``incidents`` and each event's ``incident``; :func:`link_incidents` does it
  for extractions in memory (``eval-export``).
* **Figure series** — :func:`figure_series` and :func:`figure_conflicts` (:mod:`.series`).
* **Captive ledger** — :func:`captives` (:mod:`.captives`), with exchanges and their ratios.
* **Truce tracker** — :func:`truces` (:mod:`.truce`), grouped per truce by :func:`truce_groups`.

    >>> from parley.store import Store
    >>> from parley.reconcile import reconcile, load, captives
    >>> with Store("news.duckdb") as store:                # doctest: +SKIP
    ...     reconcile(store)                               # link new events to incidents
    ...     lines, exchanges = captives(load(store))
    ...     [(x.first.count, x.second.count, x.ratio) for x in exchanges]
    [('60', '180', '1:3')]

Every ledger line and series point carries a :class:`SourceRef` (doc id, outlet, publication
date, sentence, claimant). Limits are stated in each module.
"""

from __future__ import annotations

from parley.reconcile.captives import CaptiveLine, Exchange, captive_ledger, ratio
from parley.reconcile.incidents import Incident, IncidentClusterer, cluster_reports
from parley.reconcile.memory import link_incidents, reports_of
from parley.reconcile.reports import Report, SourceRef
from parley.reconcile.series import Conflict, Point, Series, build_series, conflicts, series_head
from parley.reconcile.stored import ReconcileReport, needs_reconcile, reconcile, stored_reports
from parley.reconcile.truce import Truce, TruceLine, truce_groups, truce_tracker
from parley.reconcile.views import (
    CAPTIVE_CATEGORIES,
    SERIES_CATEGORIES,
    TRUCE_CATEGORIES,
    Material,
    captives,
    captives_in,
    conflicts_in,
    figure_conflicts,
    figure_series,
    load,
    material_of,
    series_in,
    truces,
    truces_in,
)

__all__ = [
    "CAPTIVE_CATEGORIES",
    "SERIES_CATEGORIES",
    "TRUCE_CATEGORIES",
    "CaptiveLine",
    "Conflict",
    "Exchange",
    "Incident",
    "IncidentClusterer",
    "Material",
    "Point",
    "ReconcileReport",
    "Report",
    "Series",
    "SourceRef",
    "Truce",
    "TruceLine",
    "build_series",
    "captive_ledger",
    "captives",
    "captives_in",
    "cluster_reports",
    "conflicts",
    "conflicts_in",
    "figure_conflicts",
    "figure_series",
    "link_incidents",
    "load",
    "material_of",
    "needs_reconcile",
    "ratio",
    "reconcile",
    "reports_of",
    "series_head",
    "series_in",
    "stored_reports",
    "truce_groups",
    "truce_tracker",
    "truces",
    "truces_in",
]
