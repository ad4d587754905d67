"""Helpers shared by the scale benchmarks: where the corpora are, and reading them."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MUC = REPO.parent / "shared" / "corpus" / "muc" / "articles.jsonl"


def muc_lines(limit: int | None) -> list[dict[str, object]]:
    """MUC articles as dicts with text, date and outlet (the first ``limit``, or all)."""
    rows = []
    with MUC.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            rows.append({"text": item["text"], "date": item["date"], "outlet": item["outlet"]})
            if limit and len(rows) >= limit:
                break
    return rows


def write_jsonl(rows: list[dict[str, object]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    return path
