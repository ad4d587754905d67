"""Memory: peak RSS of one process ingesting the MUC corpus once, then ten times over.

    python benchmarks/memory.py [--limit N] [--passes 10]

Every pass ingests the same articles as new documents (the pass number is appended to each
text, so each gets a new content id and is really extracted and stored), into one DuckDB store,
in one process. Peak RSS is read after the first pass and after the last; growth must stay
under 10 %. A leak that grows per document shows here; DuckDB's buffer cache grows with the
store file up to its memory limit, which is part of what is measured. Not a test.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

from _common import MUC, muc_lines


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N MUC articles")
    parser.add_argument("--passes", type=int, default=10)
    args = parser.parse_args()
    if not MUC.exists():
        print(f"error: {MUC} not found", file=sys.stderr)
        return 2
    from parley.ingest import document_from_text
    from parley.pipeline import ingest_documents
    from parley.store import Store

    rows = muc_lines(args.limit)
    after: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "memory.duckdb") as store:
        for n in range(1, args.passes + 1):
            documents = (document_from_text(f"{row['text']}\n\n[PASS {n}]") for row in rows)
            report = ingest_documents(documents, store)
            after.append(peak_mb())
            print(f"pass {n:>2}: {report.added} added, peak RSS {after[-1]:,.0f} MB", flush=True)
    growth = (after[-1] - after[0]) / after[0]
    print(f"articles         {len(rows):>10,}   x {args.passes} passes")
    print(f"peak RSS once    {after[0]:>10,.0f} MB")
    print(f"peak RSS x{args.passes:<5} {after[-1]:>10,.0f} MB")
    print(f"growth           {growth:>10.1%}   (target < 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
