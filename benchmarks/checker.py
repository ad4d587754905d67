"""How well ``parley check`` catches planted errors, and how often it cries wolf.

    python benchmarks/checker.py [--eval-dir ../shared/eval] [--seed 7] [--json] [-v]

Drafts come from :mod:`perturb` (the dev reports and the seed, each with one planted error, and
one untouched copy of each). The unperturbed articles and the bundled examples are ingested into
a temporary store; every draft is extracted once and marked in two setups:

* **with its own article** — the store holds the draft's original. Detection is then easy (the
  original sentence is in the store, with the true number and claimant), and an untouched draft
  is trivially supported: this setup only shows that the rules fire when the evidence is there.
* **other reports only** — the draft's own article is left out (``exclude``), as when checking a
  new story against what others reported. Many claims of a story appear in no other report; a
  changed number in such a claim can only be *unsourced*, never *contradicted*.

A planted error counts as **detected** when a mark on the changed claim (overlapping its target
span) is anything but *supported*; **newly flagged** additionally requires that the same claim
in the untouched article was *supported* (in the second setup most claims are unsourced to begin
with, and flagging them again says nothing about the perturbation). **False alarms** are marks
*contradicted* or *misattributed* on untouched drafts, per claim and per draft; *unsourced* is
reported apart (it is not an accusation, only "no other report says so").

An untouched draft is not always a clean one: the seed is a machine-written story whose own
gold annotations state figures in its own voice that the other reports' gold annotations
attribute, and give a running total another report of the same day gives higher. An accusation
on an untouched draft is therefore also checked against the gold annotations (:func:`borne_out`:
a figure *misattributed* for its own voice where the draft's gold claimant is null and every
cited source's gold claimant is not; a figure *contradicted* where the gold values differ for
the same category and counted noun, within a day). Both rates are printed: every accusation on
an untouched draft (the plain count), and those the gold annotations do not bear out (the false
alarms proper). Anything the gold cannot decide (events, attributions, bundled examples) stays
a false alarm.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb import DEFAULT_EVAL_DIR, KINDS, PerturbedDraft, build, load_articles

from parley.check import Evidence, Mark
from parley.check._verdicts import mark_all
from parley.extract import extract
from parley.ingest import document_from_text, read_inputs
from parley.pipeline import ingest_documents
from parley.records import Document, Extraction
from parley.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "parley" / "examples"
SETUPS = ("with_own_article", "other_reports_only")
ACCUSING = ("contradicted", "misattributed")


def _document(text: str, doc_id: str, date: str | None, outlet: str | None) -> Document:
    return document_from_text(text, doc_id=doc_id, date=dt.date.fromisoformat(date) if date else None, outlet=outlet)


def build_evidence(eval_dir: Path, workdir: Path) -> Evidence:
    """A temporary store of the unperturbed articles and the bundled examples, read back as evidence."""
    articles = [_document(a["text"], a["doc_id"], a.get("date"), a.get("outlet")) for a in load_articles(eval_dir)]
    examples = [d for d in read_inputs([EXAMPLES]) if isinstance(d, Document) and "seed" not in (d.origin or "")]
    with Store(workdir / "checker.duckdb") as store:
        ingest_documents([*articles, *examples], store)
        return Evidence.from_store(store)


def _overlapping(marks: list[Mark], spans: list[list[int]]) -> list[Mark]:
    return [m for m in marks for s, e in spans if m.start < e and s < m.end]


def _flagged(marks: list[Mark]) -> bool:
    return any(m.verdict != "supported" for m in marks)


Gold = dict[str, dict[str, Any]]


def _gold_figure(gold: Gold, doc_id: str, start: int, end: int) -> dict[str, Any] | None:
    """The gold figure of an article overlapping a span (None when unannotated)."""
    figures = gold.get(doc_id, {}).get("figures") or []
    return next((f for f in figures if f and f["start"] < end and start < f["end"]), None)


def _days_apart(gold: Gold, a: str, b: str) -> int | None:
    days = [gold.get(d, {}).get("date") for d in (a, b)]
    if not all(days):
        return None
    return abs((dt.date.fromisoformat(str(days[0])) - dt.date.fromisoformat(str(days[1]))).days)


def borne_out(mark: Mark, doc_id: str, gold: Gold) -> bool:
    """Whether the gold annotations confirm an accusation on an untouched draft (see the module doc)."""
    mine = _gold_figure(gold, doc_id, mark.start, mark.end) if mark.kind == "figure" else None
    theirs = [_gold_figure(gold, s.doc_id, s.start, s.end) for s in mark.evidence]
    if mine is None or not theirs or any(t is None for t in theirs):
        return False
    cited = [t for t in theirs if t is not None]
    if mark.verdict == "misattributed":  # the same number (within rounding), attributed by every source
        return mine["claimant"] is None and all(t["claimant"] and _same_number(t, mine) for t in cited)
    same_series = all(t["category"] == mine["category"]
                      and (t["counted"] or "").lower() == (mine["counted"] or "").lower() for t in cited)
    values = (mine["value"], mine["low"], mine["high"])
    close = all((_days_apart(gold, doc_id, s.doc_id) or 0) <= 1 for s in mark.evidence)
    return same_series and close and all((t["value"], t["low"], t["high"]) != values for t in cited)


def _same_number(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Gold values within 10 % of each other ("nearly 15,000" and "an estimated 15,000")."""
    if a["value"] is None or b["value"] is None:
        return (a["low"], a["high"]) == (b["low"], b["high"])
    return bool(abs(a["value"] - b["value"]) <= 0.1 * max(abs(a["value"]), abs(b["value"])))


def run(eval_dir: Path, seed: int, verbose: bool = False, kind: str | None = None) -> dict[str, Any]:
    """Every draft marked in both setups; returns the figures printed by :func:`main`.

    ``kind`` keeps only the drafts of one perturbation kind (and the untouched ones).
    """
    drafts = [d for d in build(eval_dir, seed) if kind is None or d.kind in (kind, "untouched")]
    gold = {a["doc_id"]: a for a in load_articles(eval_dir)}
    with tempfile.TemporaryDirectory() as tmp:
        evidence = build_evidence(eval_dir, Path(tmp))
    documents = [_document(d.text, d.draft_id, d.date, d.outlet) for d in drafts]
    extractions = dict(zip([d.draft_id for d in drafts], extract(documents), strict=True))
    untouched = {d.doc_id: extractions[d.draft_id] for d in drafts if d.kind == "untouched"}
    result: dict[str, Any] = {"drafts": Counter(d.kind for d in drafts), "setups": {}}
    for setup in SETUPS:
        result["setups"][setup] = _score(drafts, extractions, untouched, evidence, setup, verbose, gold)
    return result


def _score(drafts: list[PerturbedDraft], extractions: dict[str, Extraction], untouched: dict[str, Extraction],
           evidence: Evidence, setup: str, verbose: bool, gold: Gold) -> dict[str, Any]:
    def marks_of(extraction: Extraction, doc_id: str) -> list[Mark]:
        return mark_all(extraction, evidence, exclude={doc_id} if setup == "other_reports_only" else ())

    base = {doc_id: marks_of(ex, doc_id) for doc_id, ex in untouched.items()}
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in drafts:
        if d.kind == "untouched":
            continue
        on_target = _overlapping(marks_of(extractions[d.draft_id], d.doc_id), d.targets)
        before = _overlapping(base[d.doc_id], d.origins) if d.origins else []
        detected = _flagged(on_target)
        tally[d.kind]["drafts"] += 1
        tally[d.kind]["detected"] += detected
        tally[d.kind]["newly_flagged"] += detected and not _flagged(before)
        tally[d.kind]["claim_found"] += bool(on_target)
        tally[d.kind]["was_supported"] += bool(before) and not _flagged(before)
        found: list[str] = sorted({m.verdict for m in on_target})
        verdicts[d.kind].update(found or ["(no claim found)"])
        if verbose and not detected:
            print(f"[{setup}] missed {d.draft_id}: {d.note} -> {[(m.text, m.verdict) for m in on_target]}")
    marks = [m for doc_marks in base.values() for m in doc_marks]
    alarms = [m for m in marks if m.verdict in ACCUSING]
    unconfirmed = {doc_id: [m for m in ms if m.verdict in ACCUSING and not borne_out(m, doc_id, gold)]
                   for doc_id, ms in base.items()}
    if verbose:
        for doc_id, doc_marks in base.items():
            for m in doc_marks:
                if m.verdict in ACCUSING:
                    tag = "" if m in unconfirmed[doc_id] else " [borne out by gold]"
                    print(f"[{setup}] alarm in {doc_id}: {m.kind} {m.text!r} {m.verdict}: {m.reason}{tag}")
    total = sum(t["drafts"] for t in tally.values())
    false_alarms = [m for ms in unconfirmed.values() for m in ms]
    return {
        "per_kind": {k: {**dict(v), "verdicts": dict(verdicts[k])} for k, v in tally.items()},
        "detected": sum(t["detected"] for t in tally.values()) / total if total else 0.0,
        "untouched_claims": len(marks),
        "untouched_verdicts": dict(Counter(m.verdict for m in marks)),
        "false_alarm_claims": len(alarms) / len(marks) if marks else 0.0,
        "false_alarm_drafts": sum(1 for ms in base.values() if any(m.verdict in ACCUSING for m in ms)) / len(base),
        "borne_out_by_gold": len(alarms) - len(false_alarms),
        "false_alarm_claims_gold": len(false_alarms) / len(marks) if marks else 0.0,
        "false_alarm_drafts_gold": sum(1 for ms in unconfirmed.values() if ms) / len(base),
    }


def _pct(n: float, d: float) -> str:
    return f"{100 * n / d:5.1f} %" if d else "    - "


def print_table(result: dict[str, Any]) -> None:
    """The figures as plain text."""
    print(f"drafts: {dict(result['drafts'])}")
    for setup, r in result["setups"].items():
        print(f"\n== {setup.replace('_', ' ')} ==")
        print(f"{'perturbation':22} {'drafts':>6} {'detected':>9} {'newly flagged':>14} {'claim found':>12}  verdicts")
        for kind in KINDS:
            t = r["per_kind"].get(kind)
            if not t:
                continue
            print(f"{kind:22} {t['drafts']:6d} {_pct(t.get('detected', 0), t['drafts']):>9} "
                  f"{_pct(t.get('newly_flagged', 0), t['drafts']):>14} {_pct(t.get('claim_found', 0), t['drafts']):>12}"
                  f"  {t['verdicts']}")
        print(f"all planted errors: detected {100 * r['detected']:.1f} %")
        print(f"untouched drafts: {r['untouched_claims']} claims {r['untouched_verdicts']}")
        print(f"accusations on untouched drafts (contradicted/misattributed): {100 * r['false_alarm_claims']:.1f} %"
              f" of claims, {100 * r['false_alarm_drafts']:.1f} % of drafts")
        print(f"false alarms (accusations the gold annotations do not bear out; {r['borne_out_by_gold']} borne out): "
              f"{100 * r['false_alarm_claims_gold']:.1f} % of claims, "
              f"{100 * r['false_alarm_drafts_gold']:.1f} % of drafts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--kind", choices=[k for k in KINDS if k != "untouched"],
                        help="only drafts of this perturbation kind (with the untouched ones)")
    args = parser.parse_args()
    result = run(args.eval_dir, args.seed, args.verbose, args.kind)
    if args.json:
        print(json.dumps(result, indent=2, default=dict))
    else:
        print_table(result)


if __name__ == "__main__":
    main()
