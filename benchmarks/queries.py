"""Query latency on a store of 1 million generated figure records: DuckDB and PostgreSQL side by side.

    python benchmarks/queries.py [--figures 1000000] [--repeat 40] [--no-postgres]

Builds the same generated store on each backend through ``Store.bulk_load`` (100,000 documents
over three years, ten figures and one event each), then times the queries behind the CLI and
the web pages, each repeated with varied parameters, and prints p50 and p95 in milliseconds:

- figures: ``Store.figures(category=..., limit=100)`` (``parley figures --category``);
  dates are random, so rows are not in date order on disk (the worst case for DuckDB's
  min/max pruning; a store fed news as it appears is roughly in date order);
- claimant: ``Store.figures(claimant=<substring>, limit=100)``;
- document: ``Store.figures(doc_id=...)`` (a document page);
- ledger captives / ledger truce / series killed / series all / conflicts: a random week (about
  6,500 figures and 650 events) through the calls behind ``parley ledger captives --since d
  --until d+6``, ``parley ledger truce``, ``parley series --category killed``, ``parley series``
  and ``parley conflicts`` (``reconcile.views.captives_in`` and the others), without printing.
  They read the view lines reconcile keeps per document and join them. Every generated figure is
  of a counting category, so "series all" reads every figure of the week: the worst case;
- week records (for information, no target): ``reconcile.views.load`` of that week, every figure
  and event as records, which is what the views compute from on a store not reconciled, and what
  ``parley brief`` reads.

After building, the store is reconciled (``reconcile.reconcile``) as ``parley ingest`` and
``parley batch`` leave it: events are linked to incidents and each document's view lines built.
Generated events are assaults, abductions, releases and ceasefires; generated text is
repetitive, so these are shapes of cost, not a realistic mix of incidents.

Target: p95 <= 50 ms on DuckDB. PostgreSQL is a throwaway local server (fsync off, default
settings, same machine), so it shows the shape, not a tuned server. Not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CATEGORIES = ("killed", "injured", "captured", "held", "released", "displaced", "missing")
CLAIMANTS = ("the health ministry", "the Israeli military", "Hamas", "the UN", "police", None)
COUNTED = ("people", "civilians", "soldiers", "hostages", "prisoners", "children")
START = dt.date(2022, 1, 1)
DAYS = 3 * 365
FIGURES_PER_DOC = 10
SENTENCE = "Officials said {n} {counted} were {category} in the latest strikes on the town, the report added. "
#: (type, mode) of the one event of each generated document.
EVENT_KINDS = (("ASSAULT", None), ("ASSAULT", "abduct"), ("RETREAT", "release"), ("AGREE", "ceasefire"))


def generate(n_docs: int, first: int) -> dict[str, Any]:
    """One chunk of generated documents (ids ``first..first+n_docs``) as the store's Arrow tables."""
    import pyarrow as pa

    from parley.store.rows import arrow_schema

    rng = random.Random(first)
    cols: dict[str, dict[str, list[Any]]] = {t: {n: [] for n in arrow_schema(t).names}
                                             for t in ("documents", "figures", "events", "attributions")}
    for d in range(first, first + n_docs):
        doc_id = f"gen{d:08d}"
        parts, figures = [], []
        for i in range(FIGURES_PER_DOC):
            category, counted, n = rng.choice(CATEGORIES), rng.choice(COUNTED), rng.randint(1, 5000)
            start = sum(len(p) for p in parts)
            sentence = SENTENCE.format(n=n, counted=counted, category=category)
            parts.append(sentence)
            at = start + sentence.index(str(n))
            figures.append((i, at, at + len(str(n)), str(n), float(n), category, counted, rng.choice(CLAIMANTS),
                            start, start + len(sentence) - 1))
        text = "".join(parts)
        _add(cols["documents"], doc_id=doc_id, text=text, date=START + dt.timedelta(days=rng.randrange(DAYS)),
             outlet=f"Outlet {d % 50}", url=None, title=None, ai_generated=False, ai_evidence_start=None,
             ai_evidence_end=None, origin=None, extractor_version="bench")
        for i, s, e, t, v, cat, counted, claimant, ss, se in figures:
            _add(cols["figures"], doc_id=doc_id, idx=i, start_char=s, end_char=e, text=t, value=v, low=None, high=None,
                 qualifier="exact", unit=None, counted=counted, category=cat, claimant=claimant, sentence_start=ss,
                 sentence_end=se)
        event_type, mode = rng.choice(EVENT_KINDS)
        _add(cols["events"], doc_id=doc_id, idx=0, start_char=0, end_char=9, text="Officials", type=event_type,
             mode=mode, source_text=None, source_start=None, source_end=None, source_country=None,
             source_sector=None, target_text=None, target_start=None, target_end=None, target_country=None,
             target_sector=None, status="happened", date=None, place=None, claimant=None, figures="[0]",
             incident=None, sentence_start=0, sentence_end=len(parts[0]) - 1)
    return {t: pa.table({n: pa.array(v, arrow_schema(t).field(n).type) for n, v in c.items()},
                        schema=arrow_schema(t)) for t, c in cols.items()}


def _add(table: dict[str, list[Any]], **values: Any) -> None:
    for name, value in values.items():
        table[name].append(value)


def build(target: str, n_figures: int) -> tuple[float, float]:
    """Fill the store at ``target`` and reconcile it; returns the seconds each took."""
    from parley.reconcile import reconcile
    from parley.store import Store

    n_docs = n_figures // FIGURES_PER_DOC
    started = time.perf_counter()
    with Store(target) as store:
        for first in range(0, n_docs, 10_000):
            store.bulk_load(generate(min(10_000, n_docs - first), first))
        loaded = time.perf_counter()
        reconcile(store)
    return loaded - started, time.perf_counter() - loaded


def measure(target: str, repeat: int) -> dict[str, tuple[float, float]]:
    from parley.reconcile import views
    from parley.store import Store

    rng = random.Random(7)
    with Store(target, read_only=True) as store:
        n_docs = store.counts()["documents"]
        queries: dict[str, Callable[[], Any]] = {
            "figures": lambda: store.figures(category=rng.choice(CATEGORIES), limit=100),
            "claimant": lambda: store.figures(claimant=rng.choice(("ministry", "military", "police", "un")), limit=100),
            "document": lambda: store.figures(doc_id=f"gen{rng.randrange(n_docs):08d}"),
            "ledger captives": lambda: views.captives_in(store, *_week(rng)),
            "ledger truce": lambda: views.truces_in(store, *_week(rng)),
            "series killed": lambda: views.series_in(store, *_week(rng), ["killed"]),
            "series all": lambda: views.series_in(store, *_week(rng)),
            "conflicts": lambda: views.conflicts_in(store, *_week(rng)),
            "week records": lambda: views.load(store, since=(w := _week(rng))[0], until=w[1]),
        }
        out = {}
        for name, query in queries.items():
            query()  # warm
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                query()
                times.append((time.perf_counter() - started) * 1000)
            out[name] = (statistics.median(times), statistics.quantiles(times, n=20)[18])
    return out


def _week(rng: random.Random) -> tuple[dt.date, dt.date]:
    day = START + dt.timedelta(days=rng.randrange(DAYS - 7))
    return day, day + dt.timedelta(days=6)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    from parley.store.pgserver import PgServer, unavailable_reason

    results: dict[str, dict[str, tuple[float, float]]] = {}
    builds: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        duck = str(Path(tmp) / "queries.duckdb")
        builds["duckdb"] = build(duck, args.figures)
        results["duckdb"] = measure(duck, args.repeat)
        reason = "--no-postgres" if args.no_postgres else unavailable_reason()
        if reason is None:
            with PgServer() as server:
                url = server.create_database("bench")
                builds["postgresql"] = build(url, args.figures)
                results["postgresql"] = measure(url, args.repeat)
        else:
            print(f"postgresql: skipped ({reason})")
    print(f"store            {args.figures:>10,} figures, {args.figures // FIGURES_PER_DOC:,} documents; "
          + ", ".join(f"{b} built in {s[0]:.0f} s, reconciled (links and view lines) in {s[1]:.0f} s"
                      for b, s in builds.items()))
    print(f"{'query':<16} " + "  ".join(f"{b + ' p50/p95 ms':>24}" for b in results))
    for name in results["duckdb"]:
        cells = [f"{results[b][name][0]:>11.1f} /{results[b][name][1]:>9.1f}" for b in results]
        print(f"{name:<16} " + "  ".join(f"{c:>24}" for c in cells))
    print(f"load average     {os.getloadavg()[0]:>10.1f} (1 min, {os.cpu_count()} cores): shared machines are noisy")
    worst = max(p95 for name, (_, p95) in results["duckdb"].items() if name != "week records")
    print(f"duckdb worst p95 {worst:>10.1f} ms (target <= 50; week records, for information, aside)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
