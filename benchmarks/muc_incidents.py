"""Incident clustering on real wire text: parley's clusters against the MUC-4 answer keys.

Reads ``../shared/corpus/muc`` (1,700 FBIS reports, 1988-1990, with MUC-4 templates), extracts
every report with parley, clusters the events into incidents across all reports, and scores
the clusters with B-cubed against the keys' incident identity (``incident_key`` = type | date |
location; see the corpus README for its known errors in both directions).

Items are (message, incident key) pairs. Each item takes the incident of the message's event
whose type fits the key's type (ATTACK/BOMBING/ARSON → ASSAULT, KIDNAPPING → ASSAULT/abduct or
COERCE, ...) and whose day is nearest the key's date; an item with no such event is a cluster of
its own. Prints B-cubed P/R/F1 over all keyed items and over the items of incidents reported by
two or more messages, the largest wrong merge, and the clusters parley built for three
well-known incidents (the Jesuit murders, the FENASTRAS bombing, the killing of Luis Carlos Galan).

    python benchmarks/muc_incidents.py [--muc ../shared/corpus/muc] [--limit N] [--cache extractions.pkl]

``--cache`` keeps the extractions in a pickle (written on the first run, read on later runs) so that
the clustering can be tuned without extracting 1,700 messages again.

Mixed-case text is used where the corpus has it (TST4); the rest is upper case, as distributed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import time
from collections import Counter, defaultdict
from pathlib import Path

from _common import MUC_DIR, muc_documents, muc_keys

from parley.extract import EXTRACTOR_VERSION, extract
from parley.reconcile import IncidentClusterer, reports_of
from parley.records import Document, Extraction

DEFAULT_MUC = MUC_DIR
TYPE_FIT = {
    "ATTACK": {"ASSAULT"}, "BOMBING": {"ASSAULT"}, "ARSON": {"ASSAULT", "COERCE"},
    "KIDNAPPING": {"ASSAULT", "COERCE"}, "ROBBERY": {"ASSAULT", "COERCE"},
    "FORCED WORK STOPPAGE": {"PROTEST", "COERCE"},
}
WELL_KNOWN = {
    "Jesuit murders": "ATTACK | 16 NOV 89 | EL SALVADOR",
    "FENASTRAS bombing": "BOMBING | 31 OCT 89 | EL SALVADOR: SAN SALVADOR (CITY)",
    "Galan killing": "ATTACK | 18 AUG 89 | COLOMBIA",
}
Item = tuple[str, str]


def load_extractions(docs: list[Document], cache: Path | None) -> list[Extraction]:
    """Extract the documents, or read the extractions from ``cache`` when it holds the same documents."""
    if cache is not None and cache.exists():
        kept: list[Extraction] = pickle.loads(cache.read_bytes())
        if [ex.document.doc_id for ex in kept] == [d.doc_id for d in docs]:
            versions = {ex.extractor_version for ex in kept}
            if versions != {EXTRACTOR_VERSION}:
                print(f"note: cache built by extractor {sorted(versions)}, current is {EXTRACTOR_VERSION}; "
                      "delete the cache to re-extract")
            return kept
    extractions = list(extract(docs))
    if cache is not None:
        cache.write_bytes(pickle.dumps(extractions))
    return extractions


def key_day(value: str | None) -> int | None:
    """The last day named in a key date ('16 NOV 89', '15 JAN 89 - 21 JAN 89', '- 21 JAN 89')."""
    if not value:
        return None
    part = value.split("-")[-1].strip().lstrip("?").strip()
    try:
        return dt.datetime.strptime(part.title(), "%d %b %y").date().toordinal()
    except ValueError:
        return None


def predicted_labels(extractions: list[Extraction], keys: list[dict[str, str]],
                     assignments: dict[tuple[str, int], str]) -> dict[Item, str]:
    by_doc = {ex.document.doc_id: ex for ex in extractions}
    labels: dict[Item, str] = {}
    for key in keys:
        item = (key["doc_id"], key["incident_key"])
        if item in labels:
            continue
        ex = by_doc[key["doc_id"]]
        wanted = set().union(*(TYPE_FIT.get(t.strip().lstrip("?").strip(), set())
                               for t in key["incident_type"].split("/")))
        target_day = key_day(key.get("incident_date"))
        best: tuple[int, int] | None = None
        for idx, event in enumerate(ex.events):
            if event.type not in wanted or event.status not in ("happened", "alleged", "ongoing", "denied"):
                continue
            day = _event_day(event.date, ex.document.date)
            gap = abs(day - target_day) if day is not None and target_day is not None else 999
            if best is None or gap < best[0]:
                best = (gap, idx)
        labels[item] = assignments[(key["doc_id"], best[1])] if best else f"none:{item}"
    return labels


def _event_day(date: str | None, published: dt.date | None) -> int | None:
    if date and len(date) >= 10:
        try:
            return dt.date.fromisoformat(date[:10]).toordinal()
        except ValueError:
            pass
    return published.toordinal() if published else None


def b_cubed(labels: dict[Item, str], items: list[Item]) -> tuple[float, float, float]:
    pred = Counter(labels[i] for i in items)
    gold = Counter(i[1] for i in items)
    both = Counter((i[1], labels[i]) for i in items)
    p = sum(both[(i[1], labels[i])] / pred[labels[i]] for i in items) / len(items)
    r = sum(both[(i[1], labels[i])] / gold[i[1]] for i in items) / len(items)
    return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--muc", type=Path, default=DEFAULT_MUC)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the extractions (read if present)")
    args = parser.parse_args()
    docs = muc_documents(args.muc, args.limit)
    started = time.perf_counter()
    extractions = load_extractions(docs, args.cache)
    extracted = time.perf_counter()
    clusterer = IncidentClusterer()
    assignments = clusterer.add_all(r for ex in extractions for r in reports_of(ex))
    done = time.perf_counter()
    print(f"{len(docs)} messages, {len(assignments)} events: extraction {extracted - started:.1f} s, "
          f"clustering {done - extracted:.2f} s, {len(clusterer.incidents)} incidents")
    keys = [key for key in muc_keys(args.muc, {d.doc_id for d in docs}) if key.get("incident_key")]
    labels = predicted_labels(extractions, keys, assignments)
    items = sorted(labels)
    reports_per_key = Counter(i[1] for i in items)
    multi = [i for i in items if reports_per_key[i[1]] > 1]
    scores = b_cubed(labels, items)
    print("B-cubed over all keyed items ({}):  P {:.1f}  R {:.1f}  F1 {:.1f}".format(len(items), *scores))
    if multi:
        print("B-cubed over items of incidents with 2+ reports ({}):  P {:.1f}  R {:.1f}  F1 {:.1f}".format(
            len(multi), *b_cubed(labels, multi)))
    by_cluster: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_cluster[labels[item]].append(item)
    wrong = [(len(v), k, v) for k, v in by_cluster.items() if len({i[1] for i in v}) > 1]
    if wrong:
        size, cluster, members = max(wrong)
        print(f"largest wrong merge: {cluster} holds {size} items of {len({i[1] for i in members})} key incidents:")
        for key, count in Counter(i[1] for i in members).most_common(6):
            print(f"    {count} x {key}")
    else:
        print("largest wrong merge: none")
    across = [(len({i[0] for i in v}), k, v) for k, v in by_cluster.items()
              if len({i[1] for i in v}) > 1 and len({i[0] for i in v}) > 1]
    if across:
        n_docs, cluster, members = max(across)
        print(f"largest wrong merge across messages: {cluster}, {n_docs} messages, "
              f"{len({i[1] for i in members})} key incidents: {sorted({i[1] for i in members})[:4]}")
    for name, key in WELL_KNOWN.items():
        its = [i for i in items if i[1] == key]
        clusters = Counter(labels[i] for i in its)
        print(f"\n{name} ({key}): {len(its)} keyed messages in {len(clusters)} parley clusters")
        for cluster, count in clusters.most_common(5):
            others = [i[0] for i in by_cluster[cluster] if i[1] != key]
            print(f"    {cluster}: {count} of its messages {sorted(i[0] for i in its if labels[i] == cluster)[:6]}"
                  f"{' ...' if count > 6 else ''}; other keyed messages in it: {len(others)}")


if __name__ == "__main__":
    main()
