"""Memory: peak RSS of one process ingesting the MUC corpus once, then ten times over.

    python benchmarks/memory.py [--limit N] [--passes 10]

Every pass ingests the same articles as new documents (the pass number is appended to each
text, so each gets a new content id and is really extracted and stored), into one DuckDB store,
in one process. After each pass it prints the peak RSS so far (``VmHWM``) and the RSS now
(``VmRSS``). The issue's figure is peak RSS after the last pass against peak RSS after the
first: the first pass is the same work as a process that ingests the corpus once. Because
the first pass also pays for warm-up (the model's lazy tables, DuckDB's first buffers, the
allocator's arenas), growth from pass 2 to the last is printed too: that one shows a leak
that grows per document. DuckDB's buffer cache grows with the store file up to its memory
limit, which is part of what is measured. Not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _common import MUC, muc_lines


def rss_mb() -> tuple[float, float]:
    """(peak RSS so far, RSS now) of this process in MB, from /proc/self/status."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmHWM:", "VmRSS:")):
            name, amount = line.split(":")
            values[name] = int(amount.split()[0]) / 1024
    return values["VmHWM"], values["VmRSS"]


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
    words = sum(len(str(row["text"]).split()) for row in rows)
    peaks: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "memory.duckdb") as store:
        for n in range(1, args.passes + 1):
            documents = (document_from_text(f"{row['text']}\n\n[PASS {n}]") for row in rows)
            report = ingest_documents(documents, store)
            peak, now = rss_mb()
            peaks.append(peak)
            print(f"pass {n:>2}: {report.added} added, peak RSS {peak:,.0f} MB, RSS now {now:,.0f} MB", flush=True)
        figures = store.counts()["figures"]
    print(f"articles         {len(rows):>10,}   ({words:,} words) x {args.passes} passes; {figures:,} figures stored")
    print(f"peak RSS once    {peaks[0]:>10,.0f} MB")
    print(f"peak RSS x{args.passes:<5} {peaks[-1]:>10,.0f} MB")
    print(f"growth           {(peaks[-1] - peaks[0]) / peaks[0]:>10.1%}   (target < 10%)")
    if len(peaks) > 2:
        print(f"growth pass 2-{args.passes:<2} {(peaks[-1] - peaks[1]) / peaks[1]:>10.1%}   (after warm-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
