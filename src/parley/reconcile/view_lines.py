"""Each document's part of the ledgers and series, kept in the store so views read instead of compute.

The captive ledger, the truce tracker and the figure series do most of their work within one
article (:func:`~parley.reconcile.captives.document_lines`, :func:`~parley.reconcile.truce.truce_lines`,
:func:`~parley.reconcile.series.series_points`) and a little across articles (merging reports of
one movement, grouping truces and series). :func:`build` runs the first part once per document,
when :func:`parley.reconcile.reconcile` has linked its events, and stores the result as JSON rows
of ``view_lines``; the views then read the rows of a window and do only the second part, which is
what keeps a week's ledger of a million-figure store quick (``benchmarks/queries.py``).

Rows are rebuilt when a document is written again or its events are linked (the store marks it
pending), and all of them when :data:`VERSION` changes: a new parley, an edited lexicon, or a
bump of :data:`FORMAT` (do that whenever the per-document work or the encoding changes in code).
A document without current rows is computed when a view needs it, the same way, from its whole
records (slower); :func:`complete` says whether any is left.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

import msgspec

from parley.extract.dates import as_day
from parley.reconcile.captives import READ_CATEGORIES as CAPTIVE_FIGURES
from parley.reconcile.captives import CaptiveLine, Exchange, document_lines
from parley.reconcile.incidents import IncidentClusterer
from parley.reconcile.reports import Report, SourceRef
from parley.reconcile.series import COUNTING, Point, SeriesKey, series_points
from parley.reconcile.stored import stored_reports
from parley.reconcile.truce import FIGURE_CATEGORIES as TRUCE_FIGURES
from parley.reconcile.truce import TruceLine, truce_lines
from parley.records import Figure
from parley.store import Store

__all__ = [
    "VERSION", "build", "captive_parts", "complete", "document_rows", "many_objects", "series_parts", "truce_parts",
    "with_incidents",
]

#: Bump when the per-document work or the encoding below changes in code.
FORMAT = 13


def _version() -> int:
    """The rows' version: :data:`FORMAT`, parley's version and the lexicons the per-document work
    reads (captive, truce and series terms, every ``actor_*.json`` of the actor lexicon), so that editing a
    lexicon rebuilds the rows too. A positive 31-bit number: it is an INTEGER column on both backends."""
    from importlib import resources

    from parley import __version__

    digest = zlib.crc32(f"{FORMAT}|{__version__}".encode())
    reconcile_data = resources.files("parley.reconcile").joinpath("data")
    actor_data = sorted((f for f in resources.files("parley.extract").joinpath("data").iterdir()
                         if f.name.startswith("actor_") and f.name.endswith(".json")), key=lambda f: f.name)
    for lexicon in (reconcile_data.joinpath("captive_terms.json"), reconcile_data.joinpath("truce_terms.json"),
                    reconcile_data.joinpath("series_terms.json"),
                    *actor_data):  # every file of the actor lexicon: people and terms of office too
        digest = zlib.crc32(lexicon.read_bytes(), digest)
    return digest & 0x7FFFFFFF


#: The version of the rows this code writes; rows of another version are not read, and rebuilt.
VERSION = _version()
#: Documents read and built together.
CHUNK = 500

FigureTuple = tuple[Figure, dt.date | None, str | None, str]
_JSON = msgspec.json.Decoder()
_ENCODER = msgspec.json.Encoder()
#: A ``view_lines`` row: (doc_id, kind, first_day, last_day, payload).
Row = tuple[str, str, dt.date | None, dt.date | None, str]
_T = TypeVar("_T")


_gc_lock = threading.Lock()
_holders = 0
_collector_was_on = True


@contextmanager
def many_objects() -> Iterator[None]:
    """Hold the cycle collector while a view makes its lines.

    A week of lines is tens of thousands of small objects made at once (lines, sources, tuples),
    none in a reference cycle; meanwhile the collector would walk every live object of the
    process several times, which made the slowest runs of a view twice its median. Reference
    counting still frees everything. Nested and concurrent calls are counted under a lock: the
    collector goes back to what it was when the last one leaves.
    """
    global _holders, _collector_was_on
    with _gc_lock:
        if _holders == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _holders -= 1
            if _holders == 0 and _collector_was_on:
                gc.enable()


def complete(store: Store) -> bool:
    """True when every document of the store has its view lines, written by this :data:`VERSION`."""
    version, pending = store.view_state()
    return version == VERSION and pending == 0


def build(store: Store, *, progress: Callable[[int], None] | None = None) -> int:
    """Build the view lines of every pending document; returns how many documents were built.

    Rows of another version are dropped first, and every document is built again. Documents are
    read and saved :data:`CHUNK` at a time, each chunk saved in one transaction; a document
    written or linked by another process meanwhile stays pending for the next run.
    """
    if store.view_state()[0] != VERSION:
        store.restart_view_lines(VERSION)
    pending = store.pending_view_documents()
    for start in range(0, len(pending), CHUNK):
        chunk = pending[start : start + CHUNK]
        store.save_view_lines(chunk, _computed_rows(store, [doc_id for doc_id, _ in chunk]))
        if progress is not None:
            progress(len(chunk))
    if pending:
        store.tidy_view_lines()
    return len(pending)


def _computed_rows(store: Store, doc_ids: Sequence[str], kinds: Sequence[str] = ()) -> list[Row]:
    """The rows of ``doc_ids`` (of ``kinds``, or all) computed from their records (events not yet
    linked get incidents from an in-memory clustering, as a view of an unreconciled store always did)."""
    reports = with_incidents(stored_reports(store, doc_ids=doc_ids))
    figures = [(r.figure, r.date, r.outlet, r.sentence) for r in store.figures(doc_ids=doc_ids)]
    return document_rows(reports, figures, kinds)


def with_incidents(reports: list[Report]) -> list[Report]:
    """Reports whose events lack an incident get one from an in-memory clustering."""
    if all(r.event.incident for r in reports):
        return reports
    clusterer = IncidentClusterer()
    for r in reports:
        if r.event.incident:
            clusterer.restore(r.event.incident, r)
    assigned = clusterer.add_all(r for r in reports if not r.event.incident)
    return [r if r.event.incident else replace(r, event=r.event.model_copy(update={"incident": assigned[r.key]}))
            for r in reports]


#: Days before and after a window within which a pending document's lines are looked for: a report
#: tells of events up to weeks old (the reconcile restore margin for undated reports).
PENDING_MARGIN = 90


def _rows(store: Store, kind: str, since: dt.date | None, until: dt.date | None) -> list[Row]:
    """The rows of ``kind`` that may hold lines of [since, until]: stored ones, and for documents
    whose rows are missing or stale (or all, when the rows are of another version), rows computed
    now from their records, the same way. In order of first day (undated first), then document.
    """
    version, pending = store.view_state()
    low = since - dt.timedelta(days=PENDING_MARGIN) if since else None
    high = until + dt.timedelta(days=PENDING_MARGIN) if until else None
    if version != VERSION:
        stored: list[Row] = []
        computing = store.documents_published(low, high)
    else:
        stored = store.view_lines([kind], since=since, until=until)
        computing = [doc_id for doc_id, _ in store.pending_view_documents(since=low, until=high)] if pending else []
    computed = [row for start in range(0, len(computing), CHUNK)
                for row in _computed_rows(store, computing[start : start + CHUNK], [kind])
                if _meets(row, since, until)]
    # Sorted here, not by SQL: a server's collation may order ids otherwise than Python does.
    return sorted([*stored, *computed], key=lambda r: (r[2] is not None, r[2] or dt.date.min, r[0]))


def _meets(row: Row, since: dt.date | None, until: dt.date | None) -> bool:
    """A row may hold lines of the window (as the store's query selects them)."""
    if since is not None and (row[3] is None or row[3] < since):
        return False
    return until is None or (row[2] is not None and row[2] <= until)


def document_rows(reports: Sequence[Report], figures: Sequence[FigureTuple], kinds: Sequence[str] = ()) -> list[Row]:
    """The ``view_lines`` rows of the documents of ``reports`` and ``figures``: one per document and
    kind (``kinds`` only, when given: a view computing a pending document wants its own)."""
    return [row for kind, rows_of in _BUILDERS.items() if not kinds or kind in kinds
            for row in rows_of(reports, figures)]


def _captive_rows(reports: Sequence[Report], figures: Sequence[FigureTuple]) -> list[Row]:
    lines, exchanges = document_lines(reports, [f for f in figures if f[0].category in CAPTIVE_FIGURES])
    rows = []
    for doc_id, (doc_lines, doc_exchanges) in _captives_by_document(lines, exchanges).items():
        index = {id(line): i for i, line in enumerate(doc_lines)}
        payload = {"lines": [_encode_captive(line) for line in doc_lines],
                   "exchanges": [[x.exchange_id, index[id(x.first)], index[id(x.second)], x.ratio]
                                 for x in doc_exchanges]}
        rows.append(_row(doc_id, "captives", (line.day for line in doc_lines), payload))
    return rows


def _truce_rows(reports: Sequence[Report], figures: Sequence[FigureTuple]) -> list[Row]:
    lines = truce_lines(reports, [f for f in figures if f[0].category in TRUCE_FIGURES])
    return [_row(doc_id, "truce", (ln.day for ln in group), {"lines": [_encode_truce(ln) for ln in group]})
            for doc_id, group in _by_document(lines, lambda ln: ln.source.doc_id).items()]


def _series_rows(reports: Sequence[Report], figures: Sequence[FigureTuple]) -> list[Row]:
    """One row per document. A series point's day is its document's publication day and its source is
    that document, so the row says (doc_id, outlet, published) once for all its points."""
    points = series_points([f for f in figures if f[0].category in COUNTING], reports)
    rows = []
    for doc_id, group in _by_document(points, lambda kp: kp[1].source.doc_id).items():
        source = group[0][1].source
        payload = {"doc": [doc_id, source.outlet, _day(source.published)],
                   "points": [[*key, *_encode_point(p)] for key, p in group]}
        rows.append(_row(doc_id, "series", (p.day for _, p in group), payload))
    return rows


_BUILDERS: dict[str, Callable[[Sequence[Report], Sequence[FigureTuple]], list[Row]]] = {
    "captives": _captive_rows, "truce": _truce_rows, "series": _series_rows,
}


# ---------------------------------------------------------------- reading


def captive_parts(
    store: Store, since: dt.date | None, until: dt.date | None
) -> tuple[list[CaptiveLine], list[Exchange]]:
    """The stored captive lines dated in [since, until] and the exchanges both of whose sides are."""
    lines: list[CaptiveLine] = []
    exchanges: list[Exchange] = []
    for *_, payload in _rows(store, "captives", since, until):
        data = _JSON.decode(payload)
        decoded = [_decode_captive(item) for item in data["lines"]]
        told = [Exchange(x_id, decoded[a], decoded[b], ratio) for x_id, a, b, ratio in data["exchanges"]]
        kept_lines, kept_exchanges = _captives_within(decoded, told, since, until)
        lines += kept_lines
        exchanges += kept_exchanges
    return lines, exchanges


def _captives_within(
    lines: list[CaptiveLine], exchanges: list[Exchange], since: dt.date | None, until: dt.date | None
) -> tuple[list[CaptiveLine], list[Exchange]]:
    """The lines dated in [since, until], and the exchanges both of whose sides are (a line whose
    exchange is not listed loses its exchange id and ratio)."""
    kept = [line for line in lines if _within(line.day, since, until)]
    ids = {id(line) for line in kept}
    whole = [x for x in exchanges if id(x.first) in ids and id(x.second) in ids]
    # A side whose other side falls outside the window names no exchange the window lists.
    listed = {id(side) for x in whole for side in (x.first, x.second)}
    halves = {id(side) for x in exchanges for side in (x.first, x.second)} - listed
    return [replace(line, exchange=None, ratio=None) if id(line) in halves else line for line in kept], whole


def truce_parts(store: Store, since: dt.date | None, until: dt.date | None) -> list[TruceLine]:
    """The stored truce lines dated in [since, until]."""
    lines = (_decode_truce(item) for *_, payload in _rows(store, "truce", since, until)
             for item in _JSON.decode(payload)["lines"])
    return [line for line in lines if _within(line.day, since, until)]


def series_parts(
    store: Store, since: dt.date | None, until: dt.date | None, categories: Iterable[str]
) -> list[tuple[SeriesKey, Point]]:
    """The stored series points of ``categories`` published in [since, until], oldest document first
    (a document's points all have its publication day)."""
    wanted = frozenset(categories)
    out: list[tuple[SeriesKey, Point]] = []
    for _, _, first, last, payload in _rows(store, "series", since, until):
        data = _JSON.decode(payload)
        doc_id, outlet, published = data["doc"]
        day = _as_day(published)
        points = (((v[0], v[1], v[2], v[3]),
                   Point(day, v[4], v[5], v[6], v[7], v[8], v[9], SourceRef(doc_id, outlet, day, v[10], v[11]),
                         tuple(v[12]), v[13], tuple(v[14]), v[15], tuple(v[16]),
                         _as_day(v[17])))
                  for v in data["points"] if v[0] in wanted)
        if _within(first, since, until) and _within(last, since, until):
            out += points  # every point of the document is in the window (most documents)
        else:
            out += [(key, point) for key, point in points if _within(point.day, since, until)]
    return out


# ---------------------------------------------------------------- encoding


def _row(doc_id: str, kind: str, days: Iterable[dt.date | None], payload: dict[str, Any]) -> Row:
    dated = [dt.date(d.year, d.month, d.day) for d in days if d is not None]
    return doc_id, kind, min(dated, default=None), max(dated, default=None), _ENCODER.encode(payload).decode()


def _within(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    """A line in the window: dated in it; an undated line only when no bound is given."""
    if since is None and until is None:
        return True
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


def _by_document(items: Iterable[_T], key: Callable[[_T], Any]) -> dict[Any, list[_T]]:
    out: dict[Any, list[_T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


def _captives_by_document(
    lines: list[CaptiveLine], exchanges: list[Exchange]
) -> dict[str, tuple[list[CaptiveLine], list[Exchange]]]:
    out: dict[str, tuple[list[CaptiveLine], list[Exchange]]] = {}
    for line in lines:
        out.setdefault(line.source.doc_id, ([], []))[0].append(line)
    for x in exchanges:
        out[x.first.source.doc_id][1].append(x)
    return out


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None  # a PartialDate writes "2011"


def _encode_source(s: SourceRef) -> list[Any]:
    return [s.doc_id, s.outlet, _day(s.published), s.sentence, s.claimant]


def _decode_source(v: list[Any]) -> SourceRef:
    return SourceRef(v[0], v[1], _as_day(v[2]), v[3], v[4])


@lru_cache(maxsize=4096)
def _as_day(iso: str | None) -> dt.date | None:
    """A stored day back as a date, or as a PartialDate for "2011" (dates repeat: a week has seven)."""
    if iso is not None and len(iso) == 10:
        return dt.date.fromisoformat(iso)
    return as_day(iso)


def _encode_captive(x: CaptiveLine) -> list[Any]:
    return [_day(x.day), x.action, x.status, x.count, x.value, x.captives, x.captive_side, x.by, x.incident,
            _encode_source(x.source), x.exchange, x.ratio, x.sentence_start, x.part_of, x.cumulative,
            [_encode_source(a) for a in x.also], x.position, x.approx, x.day_exact, x.every, x.demanded_by]


def _decode_captive(v: list[Any]) -> CaptiveLine:
    return CaptiveLine(_as_day(v[0]), v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], _decode_source(v[9]),
                       exchange=v[10], ratio=v[11], sentence_start=v[12], part_of=v[13], cumulative=v[14],
                       also=tuple(_decode_source(a) for a in v[15]), position=v[16], approx=v[17], day_exact=v[18],
                       every=v[19], demanded_by=v[20])


def _encode_truce(x: TruceLine) -> list[Any]:
    return [_day(x.day), x.stage, x.status, x.length, x.parties, x.place, x.incident, _encode_source(x.source),
            x.outcome, x.truce_length, list(x.countries), x.truce]


def _decode_truce(v: list[Any]) -> TruceLine:
    return TruceLine(_as_day(v[0]), v[1], v[2], v[3], v[4], v[5], v[6], _decode_source(v[7]), outcome=v[8],
                     truce_length=v[9], countries=tuple(v[10]), truce=v[11])


def _encode_point(p: Point) -> list[Any]:
    """A point without its day and its source's document (the row gives them: see _series_rows)."""
    return [p.value, p.low, p.high, p.qualifier, p.text, p.counted, p.source.sentence, p.source.claimant,
            list(p.countries), p.struck_known, list(p.incidents), p.article_place, list(p.told_of),
            _day(p.event_day)]
