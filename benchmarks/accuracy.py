"""Accuracy on every dev set: runs `parley eval-export` and `score.py`, prints one table.

    python benchmarks/accuracy.py [--eval-dir ../shared/eval] [--json] [--check]

Each dev set in ``../shared/eval`` is extracted exactly as ``parley eval-export`` does and scored
by the evaluation's own ``score.py`` (imported, not copied). ``--check`` compares the figures
with the floors in ``benchmarks/accuracy_floors.json`` and exits 1 if any metric fell below its
floor, so accuracy cannot silently regress; the test suite runs that check.

A second table scores the PLOVER set one event type at a time (gold and predicted events of
that type only, through the same ``score.py``): one F1 over sixteen types hides which types
parley codes well and which it misses or over-reports.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from _common import EVAL_DIR, report_missing

DEFAULT_EVAL_DIR = EVAL_DIR
FLOORS = Path(__file__).with_name("accuracy_floors.json")


@dataclass(frozen=True)
class DevSet:
    """One dev set and the metrics reported for it (task, metric key in score.py's report)."""

    name: str
    path: str
    coarse: bool
    metrics: tuple[tuple[str, str], ...]


DEV_SETS = (
    DevSet("seed", "seed/seed.jsonl", False, (
        ("figures", "value_f1"), ("figures", "category_accuracy"), ("figures", "claimant_accuracy"),
        ("events", "type_f1"), ("events", "status_accuracy"), ("attributions", "content_f1"),
    )),
    DevSet("reports", "reports/dev.jsonl", False, (
        ("figures", "value_f1"), ("figures", "category_accuracy"), ("figures", "claimant_accuracy"),
        ("events", "type_f1"), ("events", "status_accuracy"), ("events", "incident_b3_f1"),
        ("attributions", "content_f1"), ("attributions", "source_overlap_f1"),
    )),
    DevSet("newsquant", "newsquant/dev.jsonl", True, (
        ("figures", "value_f1"), ("figures", "value_qualifier_f1"), ("figures", "value_unit_f1"),
    )),
    DevSet("polnear", "polnear/dev.jsonl", False, (
        ("attributions", "content_f1"), ("attributions", "source_overlap_f1"), ("attributions", "cue_f1"),
    )),
    DevSet("plover", "plover/dev.jsonl", False, (
        ("events", "type_f1"), ("events", "mode_accuracy"), ("events", "status_accuracy"),
        ("events", "source_accuracy"), ("events", "target_accuracy"),
    )),
)


def load_scorer(eval_dir: Path) -> ModuleType:
    """Import the evaluation's own score.py, so parley is judged exactly as it is outside."""
    spec = importlib.util.spec_from_file_location("parley_eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def measure(eval_dir: Path, predictions_dir: Path | None = None) -> dict[str, dict[str, float | None]]:
    """Run eval-export and score every dev set; returns {set: {task.metric: value}}.

    The predictions go to ``predictions_dir`` as ``<set>.jsonl`` when one is given (to be scored
    again, per type), else to a temporary folder removed afterwards."""
    if predictions_dir is None:
        with tempfile.TemporaryDirectory() as tmp:
            return measure(eval_dir, Path(tmp))
    from parley.evaluation import eval_export

    scorer = load_scorer(eval_dir)
    results: dict[str, dict[str, float | None]] = {}
    for dev in DEV_SETS:
        gold_path = eval_dir / dev.path
        pred_path = predictions_dir / f"{dev.name}.jsonl"
        eval_export(gold_path, pred_path)
        tasks = tuple(sorted({task for task, _ in dev.metrics}))
        scored = scorer.score(scorer.load(str(gold_path)), scorer.load(str(pred_path)), tasks, dev.coarse)
        reports: dict[str, dict[str, Any]] = {task: s.report() for task, s in scored.items()}
        results[dev.name] = {f"{task}.{key}": reports.get(task, {}).get(key) for task, key in dev.metrics}
    return results


#: The dev set scored one event type at a time.
BY_TYPE_SET = "plover"
#: What the per-type table shows for each type, from score.py's events report.
BY_TYPE_METRICS = ("type_tp", "type_fp", "type_fn", "type_precision", "type_recall", "type_f1", "mode_accuracy")


def _of_type(docs: dict[str, dict[str, Any]], event_type: str) -> dict[str, dict[str, Any]]:
    """The documents with only their events of one type."""
    return {doc_id: dict(doc, events=[e for e in doc.get("events") or [] if e.get("type") == event_type])
            for doc_id, doc in docs.items()}


def events_by_type(scorer: ModuleType, gold_path: Path, pred_path: Path) -> dict[str, dict[str, float | None]]:
    """Score events one PLOVER type at a time: {type: {metric: value}}, for every type in the gold
    or the predictions. An event matched across types counts against both, as in the overall F1."""
    gold, pred = scorer.load(str(gold_path)), scorer.load(str(pred_path))
    types = sorted({e.get("type") for docs in (gold, pred) for doc in docs.values()
                    for e in doc.get("events") or [] if e.get("type")})
    table: dict[str, dict[str, float | None]] = {}
    for event_type in types:
        scored = scorer.score(_of_type(gold, event_type), _of_type(pred, event_type), ("events",))
        report = scored["events"].report() if "events" in scored else {}
        table[event_type] = {key: report.get(key) for key in BY_TYPE_METRICS}
    return table


def render(results: dict[str, dict[str, float | None]]) -> str:
    lines = [f"{'set':<10} {'metric':<34} {'value':>6}"]
    for name, metrics in results.items():
        for metric, value in metrics.items():
            shown = "n/a" if value is None else f"{value:6.1f}"
            lines.append(f"{name:<10} {metric:<34} {shown:>6}")
    return "\n".join(lines)


def render_by_type(table: dict[str, dict[str, float | None]]) -> str:
    """The per-type table: gold and predicted counts, precision, recall, F1 and mode accuracy.
    A precision with nothing predicted, or a recall with nothing in the gold, is shown as n/a."""
    header = f"{'type':<11} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'mode':>6}"
    lines = [f"{BY_TYPE_SET} events by type", header]
    for event_type, row in table.items():
        tp, fp, fn = (int(row[key] or 0) for key in ("type_tp", "type_fp", "type_fn"))
        shown = {"type_precision": tp + fp > 0, "type_recall": tp + fn > 0, "type_f1": True, "mode_accuracy": True}
        cells = [f"{row[key]:6.1f}" if wanted and row[key] is not None else "   n/a" for key, wanted in shown.items()]
        lines.append(f"{event_type:<11} {tp + fn:>5} {tp + fp:>5} " + " ".join(cells))
    return "\n".join(lines)


def below_floors(results: dict[str, dict[str, float | None]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every metric that fell under its floor, as a readable line."""
    problems = []
    for name, metrics in floors.items():
        for metric, floor in metrics.items():
            value = results.get(name, {}).get(metric)
            if value is None or value < floor:
                problems.append(f"{name} {metric}: {value} < floor {floor}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if a metric is under {FLOORS.name}")
    args = parser.parse_args()
    if not (args.eval_dir / "score.py").exists():
        return report_missing("evaluation sets", args.eval_dir)
    with tempfile.TemporaryDirectory() as tmp:
        results = measure(args.eval_dir, Path(tmp))
        dev = next(d for d in DEV_SETS if d.name == BY_TYPE_SET)
        by_type = events_by_type(load_scorer(args.eval_dir), args.eval_dir / dev.path, Path(tmp) / f"{dev.name}.jsonl")
    if args.json:
        print(json.dumps({**results, f"{BY_TYPE_SET}_by_type": by_type}, indent=1))
    else:
        print(render(results) + "\n\n" + render_by_type(by_type))
    if args.check:
        problems = below_floors(results, json.loads(FLOORS.read_text(encoding="utf-8")))
        for problem in problems:
            print(f"REGRESSION {problem}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
