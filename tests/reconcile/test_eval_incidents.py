"""eval-export fills incident ids across the documents of the file (needs ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from parley.evaluation import eval_export


def test_eval_export_links_reports_of_the_same_release(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    eval_export(shared_dir / "eval" / "reports" / "dev.jsonl", out)
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all("incident" in e for d in docs for e in d["events"])
    score = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"),
                            str(shared_dir / "eval" / "reports" / "dev.jsonl"), str(out), "--task", "events", "--json"],
                           capture_output=True, text=True, check=True)
    result = json.loads(score.stdout)
    f1 = next(v for k, v in _flatten(result) if k.endswith("incident_b3_f1"))
    assert f1 >= 75.0


def _flatten(obj: object, prefix: str = "") -> list[tuple[str, float]]:
    if isinstance(obj, dict):
        return [kv for k, v in obj.items() for kv in _flatten(v, f"{prefix}.{k}")]
    return [(prefix, obj)] if isinstance(obj, (int, float)) else []
