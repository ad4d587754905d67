"""Helpers shared by the benchmarks: where the corpora are, and reading them."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from parley.records import Document

REPO = Path(__file__).resolve().parents[1]
SHARED_ENV = "PARLEY_SHARED"
# The shared evaluation sets and corpora sit beside the repository (``../shared``); a clone kept
# elsewhere points $PARLEY_SHARED at them instead of passing a path to every benchmark.
SHARED = Path(os.environ.get(SHARED_ENV) or REPO.parent / "shared")
EVAL_DIR = SHARED / "eval"
MUC_DIR = SHARED / "corpus" / "muc"
MUC = MUC_DIR / "articles.jsonl"


def report_missing(what: str, path: Path) -> int:
    """Says which shared input is absent and where it was looked for; returns the exit status 2."""
    print(f"error: no {what} at {path} (../shared beside the repository, or ${SHARED_ENV})", file=sys.stderr)
    return 2


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


def muc_documents(muc: Path, limit: int | None, keep: Callable[[dict[str, Any]], bool] | None = None) -> list[Document]:
    """MUC messages as Documents (mixed-case text where the corpus has it), those ``keep`` accepts,
    up to ``limit``."""
    docs = []
    with (muc / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            raw = json.loads(line)
            if keep is not None and not keep(raw):
                continue
            date = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
            docs.append(Document(doc_id=raw["doc_id"], text=raw.get("text_mixed_case") or raw["text"], date=date,
                                 outlet=raw.get("outlet")))
            if limit and len(docs) >= limit:
                break
    return docs


def muc_keys(muc: Path, doc_ids: set[str]) -> list[dict[str, Any]]:
    """The MUC-4 answer-key templates of the messages ``doc_ids``."""
    with (muc / "answer_keys.jsonl").open(encoding="utf-8") as lines:
        return [raw for raw in map(json.loads, lines) if raw["doc_id"] in doc_ids]
