"""Throughput: `parley ingest` words/s against bare spaCy `nlp.pipe` on the same real texts, one core.

    python benchmarks/throughput.py [--source ../shared/eval/polnear/train.jsonl] [--limit N]

Both runs happen in this process, pinned to one core with BLAS threads at 1: bare spaCy first,
then the ingest. ``--repeat N`` alternates them N times and keeps each side's best run, to show the
spread: a second pass of bare spaCy over the same texts, after an ingest, has run up to an eighth
slower than the first. Speeds are words per CPU-second of this process (``time.process_time``), so
other jobs slow the wall clock more than these; wall-clock speeds are printed beside them. Prints
words/s for both, every run, their ratio (target >= 0.75), articles/s (what a batch of articles
takes) and the peak RSS of the process.
Not a test: these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from _common import EVAL_DIR, report_missing

DEFAULT_SOURCE = EVAL_DIR / "polnear" / "train.jsonl"


def load_texts(source: Path, limit: int | None) -> list[str]:
    texts = []
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="JSONL with a text field per line")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each side; the best counts (default 1)")
    args = parser.parse_args()
    if not args.source.exists():
        return report_missing("source texts", args.source)
    # One core and one BLAS thread, set before numpy/thinc are imported by the lazy imports below.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from parley.extract.nlp import load_nlp
    from parley.pipeline import ingest_paths
    from parley.store import Store

    texts = load_texts(args.source, args.limit)
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    list(nlp.pipe(texts[:3]))  # warm up both runs alike

    bare_runs: list[tuple[float, float]] = []
    full_runs: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "articles.jsonl"
        with dump.open("w", encoding="utf-8") as out:
            for i, text in enumerate(texts):
                out.write(json.dumps({"text": text, "title": f"article {i}"}) + "\n")
        for run in range(max(1, args.repeat)):
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=32):
                pass
            bare_runs.append((words / (time.process_time() - cpu), words / (time.perf_counter() - wall)))
            with Store(Path(tmp) / f"bench-{run}.duckdb") as store:
                cpu, wall = time.process_time(), time.perf_counter()
                report = ingest_paths([dump], store)
                full_runs.append((words / (time.process_time() - cpu), words / (time.perf_counter() - wall)))
    (bare, bare_wall), (full, full_wall) = max(bare_runs), max(full_runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"texts            {len(texts):>10,}   ({args.source.name}, {words:,} words)")
    print(f"spaCy nlp.pipe   {bare:>10,.0f} words/CPU-s   ({bare_wall:,.0f} words/s wall clock)")
    print(f"parley ingest    {full:>10,.0f} words/CPU-s   ({full_wall:,.0f} words/s wall clock; "
          f"{report.added} stored, {len(report.skipped)} skipped)")
    print(f"articles         {full * len(texts) / words:>10.2f} articles/CPU-s ingested "
          f"({bare * len(texts) / words:.2f} parsed by bare spaCy)")
    print(f"runs             bare {', '.join(f'{b:,.0f}' for b, _ in bare_runs)}; "
          f"ingest {', '.join(f'{f:,.0f}' for f, _ in full_runs)} words/CPU-s (best of each counts)")
    print(f"ratio            {full / bare:>10.2f}   (parley / bare spaCy; target >= 0.75)")
    print(f"peak RSS         {peak_mb:>10,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
