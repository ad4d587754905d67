"""Reconciling extractions held in memory (no store): used by ``eval-export`` and by tests.

:func:`reports_of` turns an :class:`~parley.records.Extraction` into :class:`Report` objects;
:func:`link_incidents` clusters the events of many extractions and returns copies whose events
carry their incident id. Records are frozen, so nothing is edited in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from parley.datelines import dateline_text
from parley.reconcile.incidents import IncidentClusterer
from parley.reconcile.reports import Report, with_context_dates
from parley.records import Extraction

__all__ = ["link_incidents", "reports_of"]


def reports_of(extraction: Extraction) -> list[Report]:
    """The reports (event + context) of one extraction, undated events dated by their context."""
    doc = extraction.document
    dateline = dateline_text(doc.text)  # as the store reads it
    out = []
    for idx, event in enumerate(extraction.events):
        figures = tuple(extraction.figures[i] for i in event.figures if 0 <= i < len(extraction.figures))
        sentence = doc.text[event.sentence_start : event.sentence_end] or doc.text[event.start : event.end]
        out.append(Report(event=event, idx=idx, published=doc.date, outlet=doc.outlet, sentence=sentence,
                          figures=figures, dateline=dateline))
    return with_context_dates(out)


def link_incidents(extractions: Iterable[Extraction], clusterer: IncidentClusterer | None = None) -> list[Extraction]:
    """Cluster the events of all extractions; returns the extractions with ``incident`` filled."""
    kept: Sequence[Extraction] = list(extractions)
    clusterer = clusterer or IncidentClusterer()
    assignments = clusterer.add_all(r for ex in kept for r in reports_of(ex))
    out = []
    for ex in kept:
        events = [e.model_copy(update={"incident": assignments.get((e.doc_id, i))}) for i, e in enumerate(ex.events)]
        out.append(ex.model_copy(update={"events": events}))
    return out
