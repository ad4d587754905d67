"""Reconciliation cost against the number of reports: time 10k and 100k generated reports.

Generates report records of synthetic incidents (a type, a day, a place, two parties, a figure,
a few content words; each incident reported 1-6 times with noise: undated reports, missing
actors, other words), times :class:`parley.reconcile.IncidentClusterer` on them, and prints the
time per size and the log-log slope between the sizes (target ≤ 1.15: near-linear). Reports
per day are held constant, as in a feed that runs longer, not denser. Also prints the B-cubed
F1 against the generated incidents, as a check that the clusterer did real work.

    python benchmarks/reconcile_scaling.py [--sizes 10000 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import time
from collections import Counter

from parley.reconcile import IncidentClusterer, Report
from parley.records import Actor, Event, Figure

TYPES = [("RETREAT", "release"), ("ASSAULT", None), ("ASSAULT", "abduct"), ("RETREAT", "ceasefire"), ("AGREE", None)]
PLACES = ["Gaza", "Rafah", "Khan Younis", "Kharkiv", "Kherson", "Kaduna", "Mogadishu", "Goma", "Aleppo", "Sanaa"]
COUNTRIES = ["ISR", "PSE", "UKR", "RUS", "NGA", "SOM", "COD", "SYR", "YEM", "SDN"]
WORDS = [f"w{i}" for i in range(5000)]
REPORTS_PER_DAY = 40
START = dt.date(2023, 1, 1)


def generate(n: int, rng: random.Random) -> tuple[list[Report], dict[tuple[str, int], int]]:
    """About ``n`` reports of synthetic incidents, and each report's true incident."""
    days = max(1, n // REPORTS_PER_DAY)
    reports: list[Report] = []
    truth: dict[tuple[str, int], int] = {}
    incident = 0
    while len(reports) < n:
        incident += 1
        kind, mode = rng.choice(TYPES)
        day = START + dt.timedelta(days=rng.randrange(days))
        place = rng.choice(PLACES)
        source, target = rng.sample(COUNTRIES, 2)
        value = float(rng.randrange(1, 500))
        words = rng.sample(WORDS, 6)
        for _ in range(rng.randint(1, 6)):
            doc_id = f"d{len(reports)}"
            published = day + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
            figure = Figure(doc_id=doc_id, start=0, end=3, text=str(int(value)), value=value, category="released")
            event = Event(
                doc_id=doc_id, start=4, end=10, text="freed", type=kind, mode=mode,
                source=Actor(country=source) if rng.random() < 0.7 else None,
                target=Actor(country=target) if rng.random() < 0.7 else None,
                date=day.isoformat() if rng.random() < 0.6 else None,
                place=place if rng.random() < 0.5 else None, figures=[0],
            )
            sentence = " ".join(rng.sample(words, 4) + rng.sample(WORDS, 3))
            reports.append(Report(event=event, idx=0, published=published, sentence=sentence,
                                  figures=(figure,) if rng.random() < 0.5 else ()))
            truth[(doc_id, 0)] = incident
    return reports[:n], truth


def b_cubed_f1(truth: dict[tuple[str, int], int], predicted: dict[tuple[str, int], str]) -> float:
    """B-cubed F1 of predicted clusters against the generated incidents."""
    pairs = Counter((truth[k], predicted[k]) for k in predicted)
    gold = Counter(truth[k] for k in predicted)
    pred = Counter(predicted.values())
    n = len(predicted)
    p = sum(c * c / pred[q] for (g, q), c in pairs.items()) / n
    r = sum(c * c / gold[g] for (g, q), c in pairs.items()) / n
    return 2 * p * r / (p + r) if p + r else 0.0


def time_one(n: int, seed: int) -> tuple[float, float]:
    """Seconds to cluster ``n`` generated reports, and the B-cubed F1 reached."""
    reports, truth = generate(n, random.Random(seed))
    started = time.perf_counter()
    assignments = IncidentClusterer().add_all(reports)
    elapsed = time.perf_counter() - started
    return elapsed, b_cubed_f1(truth, assignments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    small, large = args.sizes
    t_small, f_small = time_one(small, args.seed)
    print(f"{small:>7} reports: {t_small:7.2f} s  ({small / t_small:,.0f} reports/s, B-cubed F1 {100 * f_small:.1f})")
    t_large, f_large = time_one(large, args.seed)
    print(f"{large:>7} reports: {t_large:7.2f} s  ({large / t_large:,.0f} reports/s, B-cubed F1 {100 * f_large:.1f})")
    slope = math.log(t_large / t_small) / math.log(large / small)
    print(f"log-log slope: {slope:.3f}  (target <= 1.15: {'ok' if slope <= 1.15 else 'TOO STEEP'})")


if __name__ == "__main__":
    main()
