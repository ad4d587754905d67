"""Attribution spans scored one role at a time, for information beside score.py's pair-based figures.

    python benchmarks/attribution_spans.py [--gold ../shared/eval/polnear/dev.jsonl] [--pred PRED.jsonl]

score.py credits a source or a cue only on an attribution whose content matched, so its source
and cue F1 can never exceed content F1. Published attribution extractors (Citron on PARC3, 85.3
source / 82.3 cue F1) report each role's spans on their own. This prints both ways of counting
side by side so the two sets of figures can be compared like with like: per role (source, cue,
content), the predicted spans of a document are matched one-to-one with its gold spans, largest
overlap first, and counted as right when they overlap (``overlap``) or coincide (``exact``).

Without ``--pred`` the gold file's documents are extracted as ``parley eval-export`` does. Not a
test and not a target: score.py's figures in ``benchmarks/accuracy.py`` remain the measure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import EVAL_DIR, report_missing

DEFAULT_GOLD = EVAL_DIR / "polnear" / "dev.jsonl"
ROLES = ("source", "cue", "content")

Bounds = tuple[int, int]


@dataclass
class Tally:
    """Matched, predicted and gold span counts of one role and one way of counting."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def f1(self) -> tuple[float, float, float]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return 100 * precision, 100 * recall, 100 * f1


def spans(attributions: list[dict[str, Any]], role: str) -> list[Bounds]:
    """The role's spans of a document's attributions (unnamed sources have none)."""
    out = []
    for attribution in attributions:
        span = attribution.get(role)
        if isinstance(span, dict) and isinstance(span.get("start"), int) and span["end"] > span["start"]:
            out.append((span["start"], span["end"]))
    return out


def overlap(a: Bounds, b: Bounds) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matched(gold: list[Bounds], pred: list[Bounds], *, exact: bool) -> int:
    """One-to-one greedy matching, largest overlap first; pairs must coincide when ``exact``."""
    pairs = sorted(((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                    if (g == p if exact else overlap(g, p) > 0)), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, i, j in pairs:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
    return len(used_gold)


def score(gold_docs: dict[str, dict[str, Any]], pred_docs: dict[str, dict[str, Any]]) -> dict[str, Tally]:
    """Tallies keyed "role/way" over every gold document (a document without predictions has none)."""
    tallies = {f"{role}/{way}": Tally() for role in ROLES for way in ("overlap", "exact")}
    for doc_id, gold in gold_docs.items():
        predicted = pred_docs.get(doc_id, {}).get("attributions") or []
        for role in ROLES:
            g, p = spans(gold.get("attributions") or [], role), spans(predicted, role)
            for way in ("overlap", "exact"):
                tally = tallies[f"{role}/{way}"]
                tally.matched += matched(g, p, exact=way == "exact")
                tally.predicted += len(p)
                tally.gold += len(g)
    return tallies


def load(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return {row["doc_id"]: row for row in map(json.loads, filter(str.strip, lines))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (FORMAT.md)")
    parser.add_argument("--pred", type=Path, default=None, help="predictions; extracted now if absent")
    args = parser.parse_args()
    if not args.gold.exists():
        return report_missing("gold file", args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = args.pred
        if pred_path is None:
            from parley.evaluation import eval_export

            pred_path = Path(tmp) / "pred.jsonl"
            eval_export(args.gold, pred_path)
        tallies = score(load(args.gold), load(pred_path))
    print(f"{'role/way':<18} {'P':>6} {'R':>6} {'F1':>6}   (each role's spans matched on their own)")
    for name, tally in tallies.items():
        precision, recall, f1 = tally.f1()
        print(f"{name:<18} {precision:6.1f} {recall:6.1f} {f1:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
