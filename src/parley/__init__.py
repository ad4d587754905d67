"""parley: reads conflict news and keeps an accountable, sourced record of it.

The pipeline, one package per stage: :mod:`parley.ingest` reads articles into
:class:`Document` records; :mod:`parley.extract` finds figures, events and attributions in
them; :mod:`parley.store` keeps them in DuckDB; :func:`ingest_paths` runs the three in one call.

    >>> import parley
    >>> with parley.Store(":memory:") as store:
    ...     report = parley.ingest_paths(["article.txt"], store)    # doctest: +SKIP
    ...     rows = store.figures(category="killed")           # doctest: +SKIP
"""

from __future__ import annotations

from parley.errors import ExtractionError, InputError, NotFound, ParleyError, StoreError, UsageError
from parley.extract import EXTRACTOR_VERSION, extract, extract_one
from parley.pipeline import IngestReport, ingest_documents, ingest_paths
from parley.records import Actor, Attribution, Document, Event, Extraction, Figure, Span
from parley.store import Store

__version__ = "0.1.0"

__all__ = [
    "EXTRACTOR_VERSION",
    "Actor",
    "Attribution",
    "Document",
    "Event",
    "Extraction",
    "ExtractionError",
    "Figure",
    "IngestReport",
    "InputError",
    "NotFound",
    "ParleyError",
    "Span",
    "Store",
    "StoreError",
    "UsageError",
    "__version__",
    "extract",
    "extract_one",
    "ingest_documents",
    "ingest_paths",
]
