"""How well ``parley check`` catches planted errors, and how often it cries wolf.

    python benchmarks/checker.py [--eval-dir ../shared/eval] [--seeds 1-5,7] [--seed N ...] [--kind K] [--json] [-v]

By default one run pools the drafts of several seeds (:data:`DEFAULT_SEEDS`): a seed chooses
which claims get perturbed, and a rule that holds on one seed may fail on another. Per-seed
detection is printed first, then the pooled table. Identical draft texts (the untouched copies,
dropped claimants, offers made done) are extracted once for all seeds.

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
cited source's gold claimant is not; a figure *contradicted* where, for every cited source, the
gold values differ for the same category and counted noun, the gold claimants agree (both the
same named source, or both the reports' own voice: contested figures of different claimants are
no error in the draft), and both reports have a date, a day apart at most). Both rates are printed: every accusation on
an untouched draft (the plain count), and those the gold annotations do not bear out (the false
alarms proper). Anything the gold cannot decide (events, attributions, bundled examples) stays
a false alarm.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
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
#: Token F1 at which two gold claimants are the same (the scorer's claimant match, FORMAT.md).
CLAIMANT_MATCH = 0.5
_TOKEN = re.compile(r"\w+")


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
Cache = dict[tuple[str, str | None], Extraction]
#: Marks by (setup, draft text, date, doc_id of the draft's original).
MarkCache = dict[tuple[str, str, str | None, str], list[Mark]]


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
    return all(_gold_disagree(mine, t) and _close(gold, doc_id, s.doc_id)
               for t, s in zip(cited, mark.evidence, strict=True))


def _gold_disagree(mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Gold says the two figures are one claimant's count of one thing, with different values.

    The same category and counted noun is not enough: contested figures from different
    claimants (Hamas's count and Israel's) are no error in the draft that gives one of them. So
    the gold claimants must agree: both named and the same (token overlap, as the scorer
    judges claimants), or both null, i.e. two reports stating different numbers in their own
    voice at the same time, which is the contradiction a fact-checker must see. A null on one
    side only is undecided (an own-voice number may well be a named source's, the attribution
    left out) and counts as a false alarm.
    """
    same_series = theirs["category"] == mine["category"] and \
        (theirs["counted"] or "").lower() == (mine["counted"] or "").lower()
    values = (mine["value"], mine["low"], mine["high"])
    return same_series and _same_claimant(mine["claimant"], theirs["claimant"]) \
        and (theirs["value"], theirs["low"], theirs["high"]) != values


def _same_claimant(a: str | None, b: str | None) -> bool:
    """Both null, or both named with token F1 >= 0.5 (FORMAT.md's claimant match)."""
    if a is None or b is None:
        return a is None and b is None
    ta, tb = _TOKEN.findall(a.lower()), _TOKEN.findall(b.lower())
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    return bool(ta and tb) and 2 * common / (len(ta) + len(tb)) >= CLAIMANT_MATCH


def _close(gold: Gold, a: str, b: str) -> bool:
    """Published within a day of each other; an unknown date is not close (nothing says they are)."""
    days = _days_apart(gold, a, b)
    return days is not None and days <= 1


def _same_number(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Gold values within 10 % of each other ("nearly 15,000" and "an estimated 15,000")."""
    if a["value"] is None or b["value"] is None:
        return (a["low"], a["high"]) == (b["low"], b["high"])
    return bool(abs(a["value"] - b["value"]) <= 0.1 * max(abs(a["value"]), abs(b["value"])))


#: Seeds pooled by default: enough variety that a rule tuned on one choice of claims shows.
DEFAULT_SEEDS = (1, 2, 3, 4, 5, 7)


def parse_seeds(spec: str) -> list[int]:
    """'1-5,7' -> [1, 2, 3, 4, 5, 7] (ranges inclusive, order kept, duplicates dropped)."""
    seeds: list[int] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        low, _, high = part.partition("-")
        seeds += range(int(low), int(high or low) + 1)
    return list(dict.fromkeys(seeds))


def _extract_all(drafts: list[PerturbedDraft], cache: dict[tuple[str, str | None], Extraction]) -> None:
    """Extract every draft text not yet in ``cache`` (keyed by text and date), in one batch."""
    todo: dict[tuple[str, str | None], PerturbedDraft] = {}
    for d in drafts:
        if (d.text, d.date) not in cache:
            todo.setdefault((d.text, d.date), d)
    documents = [_document(d.text, d.draft_id, d.date, d.outlet) for d in todo.values()]
    cache.update(zip(todo, extract(documents), strict=True))


def run(eval_dir: Path, seeds: Sequence[int] = DEFAULT_SEEDS, verbose: bool = False,
        kind: str | None = None) -> dict[str, Any]:
    """Every draft of every seed marked in both setups; per-seed and pooled figures for :func:`main`.

    ``kind`` keeps only the drafts of one perturbation kind (and the untouched ones). The store
    is built once; a draft text shared by several seeds is extracted and marked once.
    """
    gold = {a["doc_id"]: a for a in load_articles(eval_dir)}
    with tempfile.TemporaryDirectory() as tmp:
        evidence = build_evidence(eval_dir, Path(tmp))
    cache: dict[tuple[str, str | None], Extraction] = {}
    marked: MarkCache = {}
    per_seed: dict[int, dict[str, Any]] = {}
    for seed in seeds:
        drafts = [d for d in build(eval_dir, seed) if kind is None or d.kind in (kind, "untouched")]
        _extract_all(drafts, cache)
        per_seed[seed] = {"drafts": Counter(d.kind for d in drafts), "setups": {
            setup: _score(drafts, cache, evidence, setup, verbose, gold, marked) for setup in SETUPS}}
        if verbose:
            print(f"(seed {seed} done)")
    return {"seeds": list(seeds), "per_seed": per_seed, **_pooled(list(per_seed.values()))}


def _pooled(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts summed over seeds, rates recomputed from the sums."""
    drafts: Counter[str] = Counter()
    for r in results:
        drafts.update(r["drafts"])
    setups: dict[str, Any] = {}
    for setup in SETUPS:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        verdicts: dict[str, Counter[str]] = defaultdict(Counter)
        totals: Counter[str] = Counter()
        untouched_verdicts: Counter[str] = Counter()
        for r in results:
            s = r["setups"][setup]
            for k, t in s["per_kind"].items():
                counts[k].update({n: v for n, v in t.items() if n != "verdicts"})
                verdicts[k].update(t["verdicts"])
            totals.update(s["counts"])
            untouched_verdicts.update(s["untouched_verdicts"])
        setups[setup] = _rates(counts, verdicts, totals, untouched_verdicts)
    return {"drafts": drafts, "setups": setups}


def _rates(counts: dict[str, Counter[str]], verdicts: dict[str, Counter[str]], totals: Counter[str],
           untouched_verdicts: Counter[str]) -> dict[str, Any]:
    """The printed figures from raw counts (one seed or several pooled)."""
    planted = sum(t["drafts"] for t in counts.values())
    claims, bases = totals["claims"], totals["untouched_drafts"]
    return {
        "per_kind": {k: {**dict(v), "verdicts": dict(verdicts[k])} for k, v in counts.items()},
        "detected": sum(t["detected"] for t in counts.values()) / planted if planted else 0.0,
        "untouched_claims": claims,
        "untouched_verdicts": dict(untouched_verdicts),
        "false_alarm_claims": totals["alarms"] / claims if claims else 0.0,
        "false_alarm_drafts": totals["alarm_drafts"] / bases if bases else 0.0,
        "borne_out_by_gold": totals["alarms"] - totals["false_alarms"],
        "false_alarm_claims_gold": totals["false_alarms"] / claims if claims else 0.0,
        "false_alarm_drafts_gold": totals["false_alarm_drafts"] / bases if bases else 0.0,
        "counts": dict(totals),
    }




def _score(drafts: list[PerturbedDraft], cache: Cache, evidence: Evidence, setup: str, verbose: bool,
           gold: Gold, marked: MarkCache) -> dict[str, Any]:
    def marks_of(d: PerturbedDraft, text: str) -> list[Mark]:
        key = (setup, text, d.date, d.doc_id)  # doc_id decides ``exclude`` in other_reports_only
        if key not in marked:
            exclude = {d.doc_id} if setup == "other_reports_only" else ()
            marked[key] = mark_all(cache[(text, d.date)], evidence, exclude=exclude)
        return marked[key]

    base = {d.doc_id: marks_of(d, d.text) for d in drafts if d.kind == "untouched"}
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in drafts:
        if d.kind == "untouched":
            continue
        on_target = _overlapping(marks_of(d, d.text), d.targets)
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
    unconfirmed = {doc_id: [m for m in ms if m.verdict in ACCUSING and not borne_out(m, doc_id, gold)]
                   for doc_id, ms in base.items()}
    if verbose:
        for doc_id, doc_marks in base.items():
            for m in doc_marks:
                if m.verdict in ACCUSING:
                    tag = "" if m in unconfirmed[doc_id] else " [borne out by gold]"
                    print(f"[{setup}] alarm in {doc_id}: {m.kind} {m.text!r} {m.verdict}: {m.reason}{tag}")
    totals = Counter({
        "claims": len(marks),
        "untouched_drafts": len(base),
        "alarms": sum(1 for m in marks if m.verdict in ACCUSING),
        "alarm_drafts": sum(1 for ms in base.values() if any(m.verdict in ACCUSING for m in ms)),
        "false_alarms": sum(len(ms) for ms in unconfirmed.values()),
        "false_alarm_drafts": sum(1 for ms in unconfirmed.values() if ms),
    })
    return _rates(tally, verdicts, totals, Counter(m.verdict for m in marks))


def _pct(n: float, d: float) -> str:
    return f"{100 * n / d:5.1f} %" if d else "    - "


def print_seeds(result: dict[str, Any]) -> None:
    """Detection per kind for each seed (both setups), before the pooled table."""
    kinds = [k for k in KINDS if k != "untouched" and k in result["drafts"]]
    for setup in SETUPS:
        print(f"\n-- per seed, {setup.replace('_', ' ')}: detected --")
        print(f"{'seed':>4} " + " ".join(f"{k:>20}" for k in kinds) + f" {'all':>7}")
        for seed, r in result["per_seed"].items():
            per_kind = r["setups"][setup]["per_kind"]
            cells = [_pct(per_kind[k].get("detected", 0), per_kind[k]["drafts"]) if k in per_kind else "    - "
                     for k in kinds]
            print(f"{seed:>4} " + " ".join(f"{c:>20}" for c in cells)
                  + f" {100 * r['setups'][setup]['detected']:5.1f} %")


def print_table(result: dict[str, Any]) -> None:
    """The figures as plain text (pooled over the seeds when there are several)."""
    if len(result.get("seeds", [])) > 1:
        print_seeds(result)
        print(f"\n== pooled over seeds {', '.join(map(str, result['seeds']))} ==")
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
    parser.add_argument("--seeds", default=None, help="seeds to pool, e.g. '1-5,7' (default: "
                        + ",".join(map(str, DEFAULT_SEEDS)) + ")")
    parser.add_argument("--seed", type=int, action="append", help="one seed (repeatable; adds to --seeds)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--kind", choices=[k for k in KINDS if k != "untouched"],
                        help="only drafts of this perturbation kind (with the untouched ones)")
    args = parser.parse_args()
    seeds = [*(parse_seeds(args.seeds) if args.seeds else []), *(args.seed or [])]
    result = run(args.eval_dir, list(dict.fromkeys(seeds)) or DEFAULT_SEEDS, args.verbose, args.kind)
    if args.json:
        print(json.dumps(result, indent=2, default=dict))
    else:
        print_table(result)


if __name__ == "__main__":
    main()
