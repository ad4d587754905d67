"""Casualty figures on real wire text: parley's killed/injured figures against the MUC-4 answer keys.

Reads ``../shared/corpus/muc`` (1,700 FBIS reports, 1988-1990, mostly upper case, with MUC-4
templates), extracts the reports with parley and checks, for every casualty count the keys give,
that parley found a figure of that value in the message and put it in the right category.

    python benchmarks/muc_casualties.py [--muc ../shared/corpus/muc] [--split all|dev|dev-a|dev-b|tst|tst1..tst4]
                                        [--limit N] [--cache extractions.pkl] [--show N] [--misses N]

What is expected. A template's ``human_target_number`` (``6: "JESUITS"``) is paired with its
``effect`` fills naming the same target (``DEATH: "JESUITS"``): DEATH expects a parley figure of
category ``killed``, INJURY one of category ``injured``, ``INJURY / DEATH`` either. A leading
``?`` (optional fill) is ignored, and optional templates count like the others. One message's
expectations are deduplicated on (value, category). Number fills are read as MUC-4 writes them:
``6``; ``~100`` (about), ``5-`` (at least) and ``-26`` (at most) expect the number written;
``12 / 15`` are alternatives, any of which may match; ``5 - 10`` is a range, matched by a parley
value inside it or by a parley range with the same ends. A parley range matches a key number
inside it.

Left out, and counted in the header line: counts of 1 (the text names the victim or says "a
peasant", which is no count; parley finds no figure there and should not), ``PLURAL`` and ``-``
(no number), and the other effects: NO INJURY / NO DEATH / NO INJURY OR DEATH, REGAINED FREEDOM,
ESCAPED, RESIGNATION and PROPERTY TAKEN FROM TARGET. Kidnapping templates have no effect fill for
the hostages and are left out as well. The keys cover only incidents of the MUC-4 task (terrorist
acts in nine Latin American countries), so they are incomplete: a parley casualty figure that
matches no key is not necessarily wrong, and the script lists the commonest of them to read.

Printed per group of messages (dev-a = DEV-MUC3-0001..0650, dev-b = 0651..1300, tst = TST1-4):
``value``, the share of expected counts with a parley figure of that value in the message;
``cat|value``, the share of those whose figure (any of them) has the expected category; ``both``;
and, over the keyed messages, parley's killed/injured figures and how many of them match no key
number of the message (counts of 1 included) with that category.

``--cache`` keeps the extractions in a pickle keyed by message (read if present; messages missing
from it are extracted and added), so the scoring can be tuned without extracting again. Delete it
after changing the extractor. Mixed-case text is used where the corpus has it (TST4).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import MUC_DIR, muc_documents, muc_keys, report_missing

from parley.records import Document, Extraction, Figure

DEFAULT_MUC = MUC_DIR
EFFECTS = {"DEATH": "killed", "INJURY": "injured"}
CASUALTY = frozenset(EFFECTS.values())
SPLITS = ("all", "dev", "dev-a", "dev-b", "tst", "tst1", "tst2", "tst3", "tst4")
_NUMBER = re.compile(r"^[~]?(\d+)-?$|^-(\d+)$")
_RANGE = re.compile(r"^(\d+)\s+-\s+(\d+)$")

Bounds = tuple[float, float]


@dataclass(frozen=True)
class Expected:
    """One casualty count a key gives for a message: its alternatives and the categories allowed."""

    doc_id: str
    values: tuple[Bounds, ...]
    categories: frozenset[str]
    fill: str


@dataclass
class Tally:
    expected: int = 0
    value_found: int = 0
    category_right: int = 0
    figures: int = 0
    unmatched: int = 0
    misses: list[tuple[Expected, str]] = field(default_factory=list)
    extras: list[tuple[str, Figure]] = field(default_factory=list)

    def row(self) -> tuple[float, float, float]:
        value = 100 * self.value_found / self.expected if self.expected else 0.0
        category = 100 * self.category_right / self.value_found if self.value_found else 0.0
        both = 100 * self.category_right / self.expected if self.expected else 0.0
        return value, category, both


def group_of(doc_id: str) -> str:
    """dev-a, dev-b or tst for a message id."""
    if doc_id.startswith("DEV-"):
        return "dev-a" if int(doc_id.rsplit("-", 1)[1]) <= 650 else "dev-b"
    return "tst"


def in_split(doc_id: str, split: str, corpus_split: str) -> bool:
    if split == "all":
        return True
    if split in ("dev-a", "dev-b"):
        return doc_id.startswith("DEV-") and group_of(doc_id) == split
    if split == "tst":
        return corpus_split.startswith("tst")
    return corpus_split == split


def number_fill(fill: str) -> tuple[Bounds, ...] | None:
    """The alternatives of a HUM TGT: NUMBER fill as bounds; None when none is a number.

    '6' → ((6, 6),); '~100', '5-', '-26' → the number written; '12 / 15' → both;
    '5 - 10' → ((5, 10),); 'PLURAL', '-' → None.
    """
    out: list[Bounds] = []
    # ' / ' separates alternatives; a range '5 - 10' has spaces around a lone '-' and is kept whole
    for part in fill.split("/"):
        part = part.strip().lstrip("?").strip()
        ranged = _RANGE.match(part)
        if ranged:
            out.append((float(ranged.group(1)), float(ranged.group(2))))
            continue
        single = _NUMBER.match(part.replace(" ", ""))
        if single:
            value = float(single.group(1) or single.group(2))
            out.append((value, value))
    return tuple(out) or None


def _target(text: str) -> str:
    return " ".join(text.split()).strip().lstrip("?").strip()


def split_fill(line: str) -> tuple[str, str]:
    """'6: "JESUITS"' → ('6', '"JESUITS"'); the number part holds no double quote."""
    head, _, rest = line.partition(":")
    return head.strip(), _target(rest)


def effects_of(key: dict[str, Any]) -> dict[str, set[str]]:
    """Target → the effect names the key gives it ('? DEATH' and 'INJURY / DEATH' read as such)."""
    out: dict[str, set[str]] = {}
    for line in key.get("effect") or []:
        names, target = split_fill(line)
        for name in names.strip("()").split("/"):
            out.setdefault(target, set()).add(name.strip().lstrip("?").strip())
    return out


def expectations(keys: list[dict[str, Any]]) -> tuple[list[Expected], Counter[str]]:
    """The casualty counts expected per message, and a count of what was left out and why."""
    seen: set[tuple[str, tuple[Bounds, ...], frozenset[str]]] = set()
    out: list[Expected] = []
    left_out: Counter[str] = Counter()
    for key in keys:
        effects = effects_of(key)
        for line in key.get("human_target_number") or []:
            fill, target = split_fill(line)
            categories = frozenset(EFFECTS[e] for e in effects.get(target, set()) if e in EFFECTS)
            if not categories:
                left_out["no death or injury"] += 1
                continue
            values = number_fill(fill)
            if values is None:
                left_out["no number (PLURAL, -)"] += 1
                continue
            if all(b == (1.0, 1.0) for b in values):
                left_out["count of 1"] += 1
                continue
            item = (key["doc_id"], values, categories)
            if item not in seen:
                seen.add(item)
                out.append(Expected(key["doc_id"], values, categories, line))
    return out, left_out


def key_numbers(keys: list[dict[str, Any]]) -> dict[str, list[tuple[tuple[Bounds, ...], frozenset[str]]]]:
    """Every numeric count of a message's keys with the categories its effects give (any effect)."""
    out: dict[str, list[tuple[tuple[Bounds, ...], frozenset[str]]]] = {}
    for key in keys:
        effects = effects_of(key)
        for line in key.get("human_target_number") or []:
            fill, target = split_fill(line)
            values = number_fill(fill)
            if values is not None:
                categories = frozenset(EFFECTS[e] for e in effects.get(target, set()) if e in EFFECTS)
                out.setdefault(key["doc_id"], []).append((values, categories))
    return out


def matches(figure: Figure, values: tuple[Bounds, ...]) -> bool:
    """Whether the figure gives one of the values: the number, a value in the key's range, a
    range with the same ends, or a range holding the key's number."""
    for low, high in values:
        if figure.value is not None and low <= figure.value <= high:
            return True
        ranged = figure.low is not None and figure.high is not None
        if ranged and ((figure.low, figure.high) == (low, high) or (low == high and figure.low <= low <= figure.high)):
            return True
    return False


def score(expected: list[Expected], figures: dict[str, list[Figure]],
          numbers: dict[str, list[tuple[tuple[Bounds, ...], frozenset[str]]]]) -> dict[str, Tally]:
    """Tallies per group (dev-a, dev-b, tst) and 'all'. ``figures`` holds every keyed message's
    figures (a message without any maps to an empty list)."""
    tallies: dict[str, Tally] = {}

    def both(doc_id: str) -> tuple[Tally, Tally]:
        return tallies.setdefault(group_of(doc_id), Tally()), tallies.setdefault("all", Tally())

    for item in expected:
        found = [f for f in figures.get(item.doc_id, []) if matches(f, item.values)]
        right = [f for f in found if f.category in item.categories]
        for tally in both(item.doc_id):
            tally.expected += 1
            tally.value_found += bool(found)
            tally.category_right += bool(right)
            if not right:
                tally.misses.append((item, ", ".join(f"{f.text!r}:{f.category}" for f in found) or "no figure"))
    for doc_id, its in figures.items():
        for figure in its:
            if figure.category not in CASUALTY:
                continue
            keyed = any(matches(figure, values) and figure.category in cats
                        for values, cats in numbers.get(doc_id, []))
            for tally in both(doc_id):
                tally.figures += 1
                if not keyed:
                    tally.unmatched += 1
                    tally.extras.append((doc_id, figure))
    return tallies


def load_extractions(docs: list[Document], cache: Path | None) -> dict[str, Extraction]:
    """Extractions by message; with ``cache``, read those it holds and extract (and add) the rest."""
    from parley.extract import EXTRACTOR_VERSION, extract

    kept: dict[str, Extraction] = pickle.loads(cache.read_bytes()) if cache is not None and cache.exists() else {}
    versions = {kept[d.doc_id].extractor_version for d in docs if d.doc_id in kept}
    if versions - {EXTRACTOR_VERSION}:
        print(f"note: cache built by extractor {sorted(versions)}, current is {EXTRACTOR_VERSION}; "
              "delete the cache to re-extract")
    missing = [d for d in docs if d.doc_id not in kept]
    if missing:
        kept.update((ex.document.doc_id, ex) for ex in extract(missing))
        if cache is not None:
            cache.write_bytes(pickle.dumps(kept))
    return {d.doc_id: kept[d.doc_id] for d in docs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--muc", type=Path, default=DEFAULT_MUC)
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the extractions (read if present)")
    parser.add_argument("--show", type=int, default=10, help="unmatched parley casualty figures to list")
    parser.add_argument("--misses", type=int, default=0, help="missed key counts to list")
    args = parser.parse_args()
    if not (args.muc / "answer_keys.jsonl").exists():
        return report_missing("MUC corpus", args.muc)
    docs = muc_documents(args.muc, args.limit, lambda raw: in_split(raw["doc_id"], args.split, raw["split"]))
    keys = muc_keys(args.muc, {d.doc_id for d in docs})
    keyed = {k["doc_id"] for k in keys}
    extractions = load_extractions([d for d in docs if d.doc_id in keyed], args.cache)
    expected, left_out = expectations(keys)
    figures = {doc_id: ex.figures for doc_id, ex in extractions.items()}
    tallies = score(expected, figures, key_numbers(keys))
    print(f"{len(docs)} messages, {len(keyed)} with keys; {len(expected)} casualty counts expected; left out: "
          + ", ".join(f"{why} {n}" for why, n in left_out.most_common()))
    print(f"{'group':<7} {'expected':>8} {'value':>6} {'cat|value':>9} {'both':>6} {'parley k/i':>10} {'no key':>7}")
    for name in ("dev-a", "dev-b", "tst", "all"):
        if name in tallies:
            tally = tallies[name]
            value, category, hit = tally.row()
            print(f"{name:<7} {tally.expected:8d} {value:6.1f} {category:9.1f} {hit:6.1f} {tally.figures:10d} "
                  f"{tally.unmatched:7d}")
    everything = tallies.get("all", Tally())
    if args.show and everything.extras:
        print("\nparley killed/injured figures matching no key count, by counted noun (keys are incomplete):")
        nouns = Counter((f.counted or "-").upper() for _, f in everything.extras)
        print("    " + ", ".join(f"{noun} {n}" for noun, n in nouns.most_common(args.show)))
        for doc_id, figure in everything.extras[:args.show]:
            print(f"    {doc_id}: {figure.text!r} {figure.category} {figure.counted!r}")
    for item, got in everything.misses[:args.misses]:
        print(f"miss {item.doc_id}: {item.fill} → {'/'.join(sorted(item.categories))}; parley: {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
