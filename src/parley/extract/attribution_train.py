"""Train the attribution cue model (``data/attribution_model.json``) on PolNeAR train.

Reproduce the shipped weights with::

    python -m parley.extract.attribution_train ../shared/eval/polnear/train.jsonl --skip 100

The first ``--skip`` articles are left out (a held-out check nobody trains on). Of the rest, the
last ``--tune`` articles choose the decision threshold (the one maximising content F1 there,
counting every gold attribution of those articles as recall's denominator); the weights are then
refitted on all the rest with that threshold. A verb candidate is a positive example when a gold
attribution's cue covers the verb and its content overlaps the candidate's content, so the model
learns both "is this a cue" and "does the parse give it the right content".

Parsing 740 articles takes a few minutes; ``--cache`` keeps the parses in a spaCy DocBin.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.extract.attribution_model import MODEL_PATH, fit
from parley.extract.attributions import scored_verb_candidates
from parley.extract.nlp import load_nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

Example = tuple[list[str], int]


def _labelled(doc: Doc, gold: Sequence[dict[str, Any]]) -> list[Example]:
    """Features and label of every verb candidate of one article."""
    out: list[Example] = []
    for candidate, found, features in scored_verb_candidates(doc):
        at = candidate.token.idx
        positive = any(
            g["cue"]["start"] <= at < g["cue"]["end"]
            and min(g["content"]["end"], found.content[1]) > max(g["content"]["start"], found.content[0])
            for g in gold
        )
        out.append((features, int(positive)))
    return out


def _parse(texts: list[str], cache: Path | None) -> list[Doc]:
    from spacy.tokens import DocBin

    nlp = load_nlp()
    if cache is not None and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
    return docs


def _best_threshold(weights: dict[str, float], examples: list[Example], gold_total: int) -> float:
    """The threshold maximising 2·TP / (predicted + gold) on the tuning articles."""
    from parley.extract.attribution_model import CueModel

    model = CueModel(weights, 0.5)
    scored = sorted(((model.probability(f), y) for f, y in examples), reverse=True)
    best, best_f1, tp = 0.5, -1.0, 0
    for n, (p, y) in enumerate(scored, start=1):
        tp += y
        f1 = 2 * tp / (n + gold_total)
        if f1 > best_f1:
            best, best_f1 = p, f1
    return round(best, 4)


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry: train, tune, refit, write the model file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path)
    parser.add_argument("--skip", type=int, default=100)
    parser.add_argument("--tune", type=int, default=100)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.train.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[args.skip :]
    docs = _parse([r["text"] for r in rows], args.cache)
    per_doc = [_labelled(doc, r["attributions"]) for doc, r in zip(docs, rows, strict=True)]
    split = len(rows) - args.tune
    fit_part = [e for ex in per_doc[:split] for e in ex]
    tune_part = [e for ex in per_doc[split:] for e in ex]
    weights = fit([f for f, _ in fit_part], [y for _, y in fit_part])
    gold_total = sum(len(r["attributions"]) for r in rows[split:])
    threshold = _best_threshold(weights, tune_part, gold_total)
    everything = fit_part + tune_part
    weights = fit([f for f, _ in everything], [y for _, y in everything])
    note = (
        "Cue model for parley.extract.attribution_model: logistic regression over verb-candidate "
        "features, trained on PolNeAR train (Newell et al., LREC 2018) without its first "
        f"{args.skip} articles (held out). Reproduce: python -m parley.extract.attribution_train "
        f"../shared/eval/polnear/train.jsonl --skip {args.skip} --tune {args.tune}"
    )
    payload = {"note": note, "threshold": threshold, "weights": dict(sorted(weights.items()))}
    args.out.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    positives = sum(y for _, y in everything)
    print(f"{len(everything)} candidates, {positives} positive, {len(weights)} weights, threshold {threshold}")


if __name__ == "__main__":
    main()
