"""Dask speed-up: `parley batch` on 2 local workers against 1, on the MUC corpus.

    python benchmarks/dask_speedup.py [--limit N] [--chunk-size 32]

Each cluster is started first (workers load spaCy as they start) and then timed on the same
articles into an empty shard directory, so the figure is the extraction speed-up, not cluster
start-up (printed separately). Target >= 1.8x. Limited by the cores actually free: on a
2-core machine shared with other jobs, the second worker competes with them. Not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import MUC, muc_lines, write_jsonl


def timed_run(workers: int, source: Path, chunk_size: int, tmp: Path) -> tuple[float, float, int]:
    """(start-up seconds, batch seconds, documents) for one local cluster of ``workers``."""
    from parley.batch import connect, run_batch

    started = time.perf_counter()
    with connect(workers=workers) as client:
        client.wait_for_workers(workers)
        ready = time.perf_counter()
        report = run_batch([source], out_dir=tmp / f"out-{workers}", client=client, chunk_size=chunk_size)
        done = time.perf_counter()
    return ready - started, done - ready, report.documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N MUC articles")
    parser.add_argument("--chunk-size", type=int, default=32)
    args = parser.parse_args()
    if not MUC.exists():
        print(f"error: {MUC} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rows = muc_lines(args.limit)
        source = write_jsonl(rows, tmp / "muc.jsonl")
        words = sum(len(str(r["text"]).split()) for r in rows)
        results = {n: timed_run(n, source, args.chunk_size, tmp) for n in (1, 2)}
    print(f"articles         {len(rows):>10,}   (MUC, {words:,} words, chunks of {args.chunk_size})")
    for n, (startup, seconds, docs) in results.items():
        print(f"{n} worker{'s' if n > 1 else ' '}        {seconds:>10.1f} s   {docs / seconds:8.1f} documents/s   "
              f"{words / seconds:9,.0f} words/s   (cluster start-up {startup:.1f} s)")
    speedup = results[1][1] / results[2][1]
    print(f"speed-up         {speedup:>10.2f}x  (2 workers / 1; target >= 1.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
