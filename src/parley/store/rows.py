"""Rows of the store's tables: records to column values and back, and the Arrow form of both.

One place knows the column order of each table; the store's SQL (both backends), the batch
runner's Parquet shards and the bulk loader all go through it, so a shard written by a worker
loads into any store without a mapping step. The ``documents`` Arrow schema leaves out
``ingested_at``, which the store stamps when it loads a shard.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from parley.records import Actor, Attribution, Document, Event, Extraction, Figure, Span

__all__ = [
    "ARROW_TABLES", "ATTRIBUTION_COLUMNS", "DOCUMENT_COLUMNS", "DOCUMENT_VALUE_COLUMNS", "EVENT_COLUMNS",
    "FIGURE_COLUMNS", "TABLE_COLUMNS", "arrow_schema", "attribution_from_row", "attribution_row", "column_names",
    "document_from_row", "document_row", "document_values", "event_from_row", "event_row", "extraction_tables",
    "figure_from_row", "figure_row", "incident_arrow",
]

FIGURE_COLUMNS = (
    "doc_id, idx, start_char, end_char, text, value, low, high, qualifier, unit, counted, category, "
    "claimant, sentence_start, sentence_end"
)
EVENT_COLUMNS = (
    "doc_id, idx, start_char, end_char, text, type, mode, source_text, source_start, source_end, "
    "source_country, source_sector, target_text, target_start, target_end, target_country, target_sector, "
    "status, date, place, claimant, figures, incident, sentence_start, sentence_end"
)
ATTRIBUTION_COLUMNS = (
    "doc_id, idx, source_start, source_end, source_text, cue_start, cue_end, cue_text, "
    "content_start, content_end, content_text"
)
#: Every documents column but ``ingested_at`` (last), which the store sets at write time.
DOCUMENT_VALUE_COLUMNS = (
    "doc_id, text, date, outlet, url, title, ai_generated, ai_evidence_start, ai_evidence_end, origin, "
    "extractor_version"
)
DOCUMENT_COLUMNS = DOCUMENT_VALUE_COLUMNS + ", ingested_at"

#: The record tables a batch shard carries, with the columns of each in table order.
TABLE_COLUMNS = {
    "documents": DOCUMENT_VALUE_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "events": EVENT_COLUMNS,
    "attributions": ATTRIBUTION_COLUMNS,
}
ARROW_TABLES = tuple(TABLE_COLUMNS)

_INTEGER_COLUMNS = frozenset({
    "idx", "start_char", "end_char", "sentence_start", "sentence_end", "source_start", "source_end",
    "target_start", "target_end", "cue_start", "cue_end", "content_start", "content_end",
    "ai_evidence_start", "ai_evidence_end",
})
_FLOAT_COLUMNS = frozenset({"value", "low", "high"})


def column_names(columns: str) -> list[str]:
    """``"a, b, c"`` as ``["a", "b", "c"]``."""
    return [c.strip() for c in columns.split(",")]


def arrow_schema(table: str) -> Any:
    """The Arrow schema of one record table (``documents`` without ``ingested_at``)."""
    import pyarrow as pa

    def arrow_type(name: str, table: str) -> Any:
        if name in _INTEGER_COLUMNS:
            return pa.int32()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        if name == "ai_generated":
            return pa.bool_()
        if name == "date" and table == "documents":
            return pa.date32()
        return pa.string()

    return pa.schema([(n, arrow_type(n, table)) for n in column_names(TABLE_COLUMNS[table])])


def extraction_tables(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """Extractions as one Arrow table per record table, in store column order (a batch shard).

    A doc_id met again is left out: the store keeps a document's first occurrence, and the records
    of two different texts under one doc_id must not mix by their index.
    """
    import pyarrow as pa

    rows: dict[str, list[list[Any]]] = {name: [] for name in ARROW_TABLES}
    seen: set[str] = set()
    for ex in extractions:
        if ex.document.doc_id in seen:
            continue
        seen.add(ex.document.doc_id)
        rows["documents"].append(document_values(ex.document, ex.extractor_version))
        rows["figures"] += [figure_row(i, f) for i, f in enumerate(ex.figures)]
        rows["events"] += [event_row(i, e) for i, e in enumerate(ex.events)]
        rows["attributions"] += [attribution_row(i, a) for i, a in enumerate(ex.attributions)]
    out = {}
    for name, table_rows in rows.items():
        schema = arrow_schema(name)
        columns = list(zip(*table_rows, strict=True)) if table_rows else [() for _ in schema.names]
        out[name] = pa.table([pa.array(list(col), f.type) for col, f in zip(columns, schema, strict=True)],
                             schema=schema)
    return out


def document_values(doc: Document, version: str) -> list[Any]:
    """The ``documents`` columns of a document, all but ``ingested_at``."""
    evidence = doc.ai_evidence
    return [
        doc.doc_id, doc.text, doc.date, doc.outlet, doc.url, doc.title, doc.ai_generated,
        evidence.start if evidence else None, evidence.end if evidence else None,
        doc.origin, version,
    ]


def document_row(doc: Document, version: str, ingested_at: dt.datetime) -> list[Any]:
    """All ``documents`` columns of a document."""
    return [*document_values(doc, version), ingested_at]


def document_from_row(row: Sequence[Any]) -> Document:
    """The document of a ``documents`` row in :data:`DOCUMENT_COLUMNS` order (the extractor version
    and ``ingested_at`` are the store's, not the document's, and are not read); the evidence span
    of a machine-written article is cut again from the stored text, which it indexes."""
    text = row[1]
    evidence = Span(start=row[7], end=row[8], text=text[row[7]:row[8]]) if row[7] is not None else None
    return Document(
        doc_id=row[0], text=text, date=row[2], outlet=row[3], url=row[4], title=row[5],
        ai_generated=bool(row[6]), ai_evidence=evidence, origin=row[9],
    )


def figure_row(idx: int, f: Figure) -> list[Any]:
    """The ``figures`` columns of a figure; ``idx`` is its place in its document, the second half of
    the table's key (a figure carries no index of its own)."""
    return [
        f.doc_id, idx, f.start, f.end, f.text, f.value, f.low, f.high, f.qualifier, f.unit, f.counted,
        f.category, f.claimant, f.sentence_start, f.sentence_end,
    ]


def figure_from_row(r: Sequence[Any]) -> Figure:
    """The figure of a ``figures`` row in :data:`FIGURE_COLUMNS` order (``idx`` is only the key)."""
    return Figure(
        doc_id=r[0], start=r[2], end=r[3], text=r[4], value=r[5], low=r[6], high=r[7], qualifier=r[8],
        unit=r[9], counted=r[10], category=r[11], claimant=r[12], sentence_start=r[13], sentence_end=r[14],
    )


def _actor_columns(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 5
    return [actor.text, actor.start, actor.end, actor.country, actor.sector]


def _actor_from_columns(values: Sequence[Any]) -> Actor | None:
    if all(v is None for v in values):
        return None
    return Actor(text=values[0], start=values[1], end=values[2], country=values[3], sector=values[4])


def event_row(idx: int, e: Event) -> list[Any]:
    """The ``events`` columns of an event: each actor flattened into five columns (all None for no
    actor), the indexes of its figures as a JSON list, as a column holds one value."""
    return [
        e.doc_id, idx, e.start, e.end, e.text, e.type, e.mode,
        *_actor_columns(e.source), *_actor_columns(e.target),
        e.status, e.date, e.place, e.claimant, json.dumps(e.figures), e.incident, e.sentence_start, e.sentence_end,
    ]


def event_from_row(r: Sequence[Any]) -> Event:
    """The event of an ``events`` row in :data:`EVENT_COLUMNS` order: the inverse of :func:`event_row`."""
    return Event(
        doc_id=r[0], start=r[2], end=r[3], text=r[4], type=r[5], mode=r[6],
        source=_actor_from_columns(r[7:12]), target=_actor_from_columns(r[12:17]),
        status=r[17], date=r[18], place=r[19], claimant=r[20], figures=json.loads(r[21]), incident=r[22],
        sentence_start=r[23], sentence_end=r[24],
    )


def attribution_row(idx: int, a: Attribution) -> list[Any]:
    """The ``attributions`` columns of an attribution; an unnamed source (a bare cue such as
    "reportedly") is three None columns."""
    source = a.source
    return [
        a.doc_id, idx,
        source.start if source else None, source.end if source else None, source.text if source else None,
        a.cue.start, a.cue.end, a.cue.text, a.content.start, a.content.end, a.content.text,
    ]


def attribution_from_row(r: Sequence[Any]) -> Attribution:
    """The attribution of an ``attributions`` row in :data:`ATTRIBUTION_COLUMNS` order: the inverse
    of :func:`attribution_row`."""
    source = Span(start=r[2], end=r[3], text=r[4]) if r[2] is not None else None
    return Attribution(
        doc_id=r[0], source=source,
        cue=Span(start=r[5], end=r[6], text=r[7]), content=Span(start=r[8], end=r[9], text=r[10]),
    )


def incident_arrow(rows: Sequence[Sequence[Any]]) -> Any:
    """Incident rows as an Arrow table in the column order of ``incidents`` (reconcile)."""
    import pyarrow as pa

    names = ("incident_id", "type", "mode", "realized", "first_day", "last_day", "place", "reports", "documents")
    types = (pa.string(), pa.string(), pa.string(), pa.bool_(), pa.date32(), pa.date32(), pa.string(),
             pa.int32(), pa.int32())
    return pa.table({n: pa.array([r[i] for r in rows], t) for i, (n, t) in enumerate(zip(names, types, strict=True))})
