"""Reconciling a store incrementally: link events not yet linked, keep earlier incidents as they are.

:func:`reconcile` reads the events that have no incident yet, restores the incidents around their
days (within :data:`RESTORE_MARGIN` days) from the stored links, lets the new reports join or open
incidents, and writes the links and the touched incidents back in one transaction. A document
re-extracted since (its events rewritten) has its old links pruned and is linked again.

Limits: incidents outside the restore margin are not candidates, so a report published more than
a month (three months for a report with no date of its own) after every earlier report of its
incident opens a new one. Dates from context are worked out among the events read: a day filter
that leaves out the earlier event of a paragraph leaves a later undated event on its
publication day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from parley.reconcile.incidents import Incident, IncidentClusterer
from parley.reconcile.reports import Report, features, with_context_dates
from parley.records import Figure
from parley.store import EventRow, Store

__all__ = [
    "LATE_RESTORE_MARGIN", "RESTORE_MARGIN", "ReconcileReport", "needs_reconcile", "reconcile", "report_from_row",
    "stored_reports",
]

#: Days around the new reports within which stored incidents are restored as candidates.
RESTORE_MARGIN = 31
#: Days back restored when some new report has no date of its own (its day is the publication day).
LATE_RESTORE_MARGIN = 90


@dataclass(frozen=True)
class ReconcileReport:
    """What one reconcile run did."""

    linked: int
    joined: int
    opened: int
    pruned: int
    #: Documents whose view lines were (re)built (see :mod:`parley.reconcile.view_lines`).
    views_built: int = 0

    def as_dict(self) -> dict[str, int]:
        """JSON-ready counts."""
        return {"linked": self.linked, "joined": self.joined, "opened": self.opened, "pruned": self.pruned,
                "views_built": self.views_built}


def report_from_row(row: EventRow, figures: Sequence[Figure]) -> Report:
    """A :class:`Report` from a stored event row and the figures it points to."""
    return Report(event=row.event, idx=row.idx, published=row.published, outlet=row.outlet, sentence=row.sentence,
                  figures=tuple(figures), dateline=row.dateline)


def stored_reports(store: Store, **filters: Any) -> list[Report]:
    """Every stored event as a :class:`Report` (filters as for ``Store.reconcile_reports``), dated by context."""
    return with_context_dates([report_from_row(row, figures) for row, figures in store.reconcile_reports(**filters)])


def reconcile(
    store: Store, *, clusterer: IncidentClusterer | None = None, progress: Callable[[int], None] | None = None
) -> ReconcileReport:
    """Link every event not yet linked to an incident, joining incidents already stored; then build
    the view lines of every document that lacks them (:mod:`parley.reconcile.view_lines`).

    ``progress`` is called with the number of documents whose view lines were just built (the
    long part on a large store), so a command can show that the run is moving.

    Raises:
        StoreError: the store could not be read or written; what was saved before stays (links and
            view lines are each written in their own transactions, and a re-run finishes the job).
    """
    from parley.reconcile import view_lines  # it reads stored reports: imported here, not at the top

    linked = _link(store, clusterer or IncidentClusterer())
    return ReconcileReport(*linked, views_built=view_lines.build(store, progress=progress))


def needs_reconcile(store: Store, written: int) -> bool:
    """Whether :func:`reconcile` has work after an ingest that added or replaced ``written``
    documents: new records to link, or view lines missing (a store written by an older parley).

    ``parley ingest``, ``parley batch`` and ``POST /api/documents`` all decide by this.
    """
    from parley.reconcile import view_lines

    return written > 0 or not view_lines.complete(store)


def _link(store: Store, clusterer: IncidentClusterer) -> tuple[int, int, int, int]:
    """(linked, joined, opened, pruned) of linking the events not yet linked."""
    pruned = store.prune_incident_links()
    new = stored_reports(store, linked=False)
    if not new:
        return 0, 0, 0, pruned
    feats = [features(r) for r in new]
    days = [f.day for f in feats if f.day is not None]
    if days:
        # An undated report may tell of an incident weeks old: look further back for it.
        back = LATE_RESTORE_MARGIN if any(not f.exact_day for f in feats) else RESTORE_MARGIN
        low = dt.date.fromordinal(min(days) - back)
        high = dt.date.fromordinal(max(days) + RESTORE_MARGIN)
        for old in stored_reports(store, linked=True, day_from=low, day_to=high):
            clusterer.restore(str(old.event.incident), old)
    before = set(clusterer.incidents)
    assignments = clusterer.add_all(new)
    touched = [clusterer.incidents[i] for i in sorted(set(assignments.values()))]
    links = [(key[0], key[1], incident, clusterer.scores[key]) for key, incident in assignments.items()]
    store.save_incidents(links, [incident_row(i) for i in touched])
    opened = len(set(clusterer.incidents) - before)
    return len(links), len(links) - opened, opened, pruned


def incident_row(incident: Incident) -> tuple[Any, ...]:
    """The ``incidents`` table row of an incident."""
    days = sorted(set(incident.exact_days) | set(incident.guessed_days))
    block = incident.block.split("/", 1)
    place = incident.places.most_common(1)[0][0] if incident.places else None
    return (
        incident.incident_id, block[0], block[1] if len(block) > 1 else None, incident.realized,
        dt.date.fromordinal(days[0]) if days else None, dt.date.fromordinal(days[-1]) if days else None,
        place, incident.size, len({doc for doc, _ in incident.members}),
    )


def incident_of(reports: Iterable[Report]) -> dict[tuple[str, int], str]:
    """Report key → stored incident id, for reports read from a reconciled store."""
    return {r.key: r.event.incident for r in reports if r.event.incident}
