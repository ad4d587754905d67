"""The HTTP checker on a store of a few thousand articles: first check against later ones.

    python benchmarks/serve_check.py [--limit 1700] [--copies 2] [--repeat 5] [--store PATH]

Builds a DuckDB store from the MUC corpus in ``../shared/corpus/muc`` (``--limit`` articles
extracted once, then bulk-loaded again ``--copies`` times under other ids, so the store holds
``limit * (copies + 1)`` articles without extracting each), serves it read-only and posts one
short draft to ``POST /api/check`` through FastAPI's test client. The first check builds the
evidence (every stored record, indexed); the later ones reuse it while the store's records are
unchanged, paying only the draft's extraction and the marking. Prints the first check, the
median of the ``--repeat`` later ones and their ratio, the evidence build alone with the number of
store queries it makes (a few per batch of 500 articles, not a few per article), and the cost of
asking the store whether its records changed. Not a test: shared machines are noisy; compare figures of one run.
``--store`` times a store built before (by this script's build, or any ingest) instead, left unchanged:
extracting the corpus takes far longer than what is measured, so one store can serve many runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import MUC_DIR, muc_documents, report_missing

#: A draft in the corpus's idiom (El Salvador, 1990), written for this benchmark.
DRAFT = ("date 1990-01-05\nThe armed forces press committee said guerrillas killed 12 peasants in San Miguel "
         "department on Thursday.")


def build(path: Path, limit: int, copies: int) -> tuple[int, float]:
    """Store ``limit`` MUC articles and ``copies`` re-keyed copies of them; (articles stored, seconds)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from parley.pipeline import ingest_documents
    from parley.store import Store
    from parley.store.rows import extraction_tables

    started = time.perf_counter()
    with Store(path) as store:
        ingest_documents(muc_documents(MUC_DIR, limit), store)
        tables = extraction_tables(list(store.iter_extractions()))
        for copy in range(1, copies + 1):
            suffix = pa.scalar(f"-copy{copy}")
            store.bulk_load({name: table.set_column(table.schema.get_field_index("doc_id"), "doc_id",
                                                    pc.binary_join_element_wise(table["doc_id"], suffix, ""))
                             for name, table in tables.items()})
        stored = store.counts()["documents"]
    return stored, time.perf_counter() - started


def timed_checks(path: Path, repeat: int) -> tuple[float, list[float], float]:
    """(first check, the later checks, one change-counter read), in seconds, on a read-only app."""
    from fastapi.testclient import TestClient

    from parley.check import Evidence, check_text
    from parley.serve import ServeConfig, create_app

    def check(client: TestClient) -> float:
        started = time.perf_counter()
        response = client.post("/api/check", content=DRAFT.encode(), headers={"Content-Type": "text/plain"})
        assert response.status_code == 200, response.text
        return time.perf_counter() - started

    check_text(DRAFT, Evidence([]))  # loads the spaCy pipeline, which a first request pays, cache or none
    with TestClient(create_app(ServeConfig(db=str(path), read_only=True))) as client:
        first = check(client)
        later = [check(client) for _ in range(repeat)]
        with client.app.state.store.use() as store:  # type: ignore[attr-defined]
            started = time.perf_counter()
            store.records_generation()
            probe = time.perf_counter() - started
    return first, later, probe


def evidence_build(path: Path) -> tuple[float, int]:
    """(seconds, store queries) of building the checker's evidence from the store alone."""
    from parley.check import Evidence
    from parley.store import Store

    with Store(path, read_only=True) as store:
        queries = 0
        execute = store._db.execute

        def counting(sql: str, params: Any = None) -> Any:
            nonlocal queries
            queries += 1
            return execute(sql, params)

        store._db.execute = counting  # type: ignore[method-assign]
        started = time.perf_counter()
        Evidence.from_store(store)
        return time.perf_counter() - started, queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1700, help="MUC articles to extract (1700: all)")
    parser.add_argument("--copies", type=int, default=2, help="re-keyed copies of them to bulk-load")
    parser.add_argument("--repeat", type=int, default=5, help="checks after the first")
    parser.add_argument("--store", type=Path, default=None, help="a store built before, timed as it is")
    args = parser.parse_args()
    if args.store is not None:
        if not args.store.is_file():
            return report_missing("store", args.store)
        return report(args.store, None, args.repeat)
    if not (MUC_DIR / "articles.jsonl").exists():
        return report_missing("MUC corpus", MUC_DIR)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "check.duckdb"
        _stored, seconds = build(path, args.limit, args.copies)
        return report(path, seconds, args.repeat)


def report(path: Path, built_in: float | None, repeat: int) -> int:
    """Times the evidence build and the checks on the store at ``path`` and prints the figures."""
    from parley.store import Store

    with Store(path, read_only=True) as store:
        stored = store.counts()["documents"]
    evidence_seconds, queries = evidence_build(path)
    first, later, probe = timed_checks(path, repeat)
    median = statistics.median(later)
    made = f"built in {built_in:.0f} s" if built_in is not None else "built before"
    print(f"store            {stored:,} articles ({made})")
    print(f"first check      {first * 1000:>10.0f} ms (builds the evidence)")
    print(f"later checks     {median * 1000:>10.0f} ms (median of {len(later)}, evidence reused)")
    print(f"ratio            {first / median:>10.1f} x")
    print(f"evidence build   {evidence_seconds * 1000:>10.0f} ms ({queries:,} store queries)")
    print(f"change probe     {probe * 1000:>10.2f} ms (Store.records_generation)")
    print(f"load average     {os.getloadavg()[0]:>10.1f} (1 min, {os.cpu_count()} cores): shared machines are noisy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
