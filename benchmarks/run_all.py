"""Run every scale benchmark, one after the other, and print their figures and ratios.

    python benchmarks/run_all.py [--quick]

One command for the numbers in docs/scaling.md: throughput (parley ingest / bare spaCy on
polnear train, one core), Dask speed-up (2 workers / 1 on MUC), memory (peak RSS, MUC once vs
ten times), query and view latency (1M figures, DuckDB and PostgreSQL), reconcile scaling (10k
and 100k reports, log-log slope), the checker's detection and false alarms, and the HTTP
checker's first check against later ones (evidence built, then reused). Each runs in its own process
so one's memory and caches do not colour the next. ``--quick`` uses small samples (minutes, not
an hour); figures from it are indicative only. Not part of the test suite: shared machines are
noisy, so compare ratios measured in the same run, not absolute speeds across runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = [
    ["throughput.py"],
    ["dask_speedup.py"],
    ["memory.py"],
    ["queries.py"],
    ["reconcile_scaling.py"],
    ["checker.py"],
    ["serve_check.py"],
]
QUICK = [
    ["throughput.py", "--limit", "100"],
    ["dask_speedup.py", "--limit", "200", "--chunk-size", "16"],
    ["memory.py", "--limit", "40", "--passes", "10"],
    ["queries.py", "--figures", "100000", "--repeat", "20"],
    ["reconcile_scaling.py", "--sizes", "2000", "20000"],
    ["checker.py", "--seeds", "7"],
    ["serve_check.py", "--limit", "200", "--copies", "4"],
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small samples, for a smoke run")
    args = parser.parse_args()
    failed = 0
    for command in QUICK if args.quick else FULL:
        print(f"\n== {' '.join(command)}", flush=True)
        done = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]], cwd=HERE, check=False)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
