"""Train the attribution cue model (``data/attribution_model.json``) on PolNeAR train.

Reproduce the shipped weights with::

    python -m parley.extract.attribution_train ../shared/eval/polnear/train.jsonl --skip 100

The first ``--skip`` articles are left out (a held-out check nobody trains on). The decision
threshold is chosen by ``--folds``-fold cross-validation on the rest: each fold is scored by a
model fitted on the other folds, and the threshold is the middle of the stretch where the mean of
content, source and cue F1 over all those out-of-fold scores is within a tenth of a point of its
best (counting every gold attribution in recall's denominator). That curve is flat near its top:
the arg-max over a hundred tuning articles moved by 0.05 when a parse rule changed a few hundred
candidates. The weights are then fitted on all the articles. Articles are parsed as extraction parses them
(:func:`parley.extract.nlp.parse_many`). A verb candidate is a positive example when a gold
attribution's cue covers the verb and its content overlaps the candidate's content, so the model
learns both "is this a cue" and "does the parse give it the right content".

Parsing 740 articles takes a few minutes; ``--cache`` keeps the parses in a spaCy DocBin.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.extract.attribution_model import MODEL_PATH, fit
from parley.extract.attributions import scored_verb_candidates
from parley.extract.nlp import load_nlp, parse_many

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from parley.extract.attributions import _Found

Example = tuple[list[str], int]


@dataclass(frozen=True)
class Outcome:
    """What accepting one candidate would get right, as the three PolNeAR F1 scores count it."""

    content: bool  # a gold attribution's cue covers the verb and the contents overlap
    cue: bool  # ... and the cue span is the gold one exactly
    source: bool  # ... and the sources overlap, or neither has one


def _outcome(found: _Found, at: int, gold: Sequence[dict[str, Any]]) -> Outcome:
    for g in gold:
        if g["cue"]["start"] <= at < g["cue"]["end"] and _overlap(found.content, _bounds(g["content"])):
            source = _bounds(g.get("source"))
            same_source = (source is None and found.source is None) or (
                source is not None and found.source is not None and _overlap(found.source, source))
            return Outcome(True, found.cue == _bounds(g["cue"]), same_source)
    return Outcome(False, False, False)


def _bounds(span: dict[str, Any] | None) -> tuple[int, int] | None:
    return (span["start"], span["end"]) if span else None


def _overlap(a: tuple[int, int], b: tuple[int, int] | None) -> bool:
    return b is not None and min(a[1], b[1]) > max(a[0], b[0])


def _labelled(doc: Doc, gold: Sequence[dict[str, Any]]) -> list[tuple[list[str], Outcome]]:
    """Features and outcome of every verb candidate of one article."""
    return [(features, _outcome(found, candidate.token.idx, gold))
            for candidate, found, features in scored_verb_candidates(doc)]


def _parse(texts: list[str], cache: Path | None) -> list[Doc]:
    from spacy.tokens import DocBin

    nlp = load_nlp()
    if cache is not None and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(parse_many(texts, batch_size=32))  # as extraction parses: datelines apart, wire case normalised
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
    return docs


#: How far below the best mean F1 a threshold may score and still count as on the plateau.
_PLATEAU = 0.001


def _best_threshold(scored: list[tuple[float, Outcome]], gold_total: int) -> float:
    """The middle of the plateau of thresholds that maximise the mean of content, source and cue F1.

    Each F1 is 2·TP / (predicted + gold): the three scores the issue sets targets for, so a
    threshold that buys content recall with wrong cues and sources is not chosen. The curve is
    flat near its top (on PolNeAR train it stays within a tenth of a point from 0.38 to 0.44), so
    the arg-max is noise; the middle of that stretch moves little when candidates change.
    """
    points: list[tuple[float, float]] = []
    content = cue = source = 0
    for n, (p, outcome) in enumerate(sorted(scored, key=lambda pair: pair[0], reverse=True), start=1):
        content, cue, source = content + outcome.content, cue + outcome.cue, source + outcome.source
        points.append((p, 2 * (content + cue + source) / (3 * (n + gold_total))))
    if not points or max(score for _, score in points) <= 0:
        return 0.5  # nothing right to keep: no threshold is better than another
    top = max(range(len(points)), key=lambda k: points[k][1])
    low = high = top
    while high + 1 < len(points) and points[high + 1][1] >= points[top][1] - _PLATEAU:
        high += 1  # the stretch around the best point, not every point as good anywhere
    while low > 0 and points[low - 1][1] >= points[top][1] - _PLATEAU:
        low -= 1
    return math.floor((points[low][0] + points[high][0]) / 2 * 10_000) / 10_000


def _out_of_fold(per_doc: list[list[tuple[list[str], Outcome]]], folds: int) -> list[tuple[float, Outcome]]:
    """Every candidate scored by a model fitted on the folds (contiguous runs of articles) it is not in."""
    from parley.extract.attribution_model import CueModel

    scored: list[tuple[float, Outcome]] = []
    bounds = [round(k * len(per_doc) / folds) for k in range(folds + 1)]
    for start, end in pairwise(bounds):
        held = [e for ex in per_doc[start:end] for e in ex]
        rest = [e for ex in per_doc[:start] + per_doc[end:] for e in ex]
        if not held or not rest:
            continue
        model = CueModel(fit([f for f, _ in rest], [int(o.content) for _, o in rest]), 0.5)
        scored += [(model.probability(f), o) for f, o in held]
    return scored


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry: train, tune, refit, write the model file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path)
    parser.add_argument("--skip", type=int, default=100)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    if args.folds < 2:
        parser.error("--folds must be 2 or more: each fold is scored by a model fitted on the others")
    rows = [json.loads(line) for line in args.train.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[args.skip :]
    docs = _parse([r["text"] for r in rows], args.cache)
    per_doc = [_labelled(doc, r["attributions"]) for doc, r in zip(docs, rows, strict=True)]
    gold_total = sum(len(r["attributions"]) for r in rows)
    threshold = _best_threshold(_out_of_fold(per_doc, args.folds), gold_total)
    everything: list[Example] = [(f, int(o.content)) for ex in per_doc for f, o in ex]
    weights = fit([f for f, _ in everything], [y for _, y in everything])
    note = (
        "Cue model for parley.extract.attribution_model: logistic regression over verb-candidate "
        "features, trained on PolNeAR train (Newell et al., LREC 2018) without its first "
        f"{args.skip} articles (held out). Reproduce: python -m parley.extract.attribution_train "
        f"../shared/eval/polnear/train.jsonl --skip {args.skip} --folds {args.folds}"
    )
    payload = {"note": note, "threshold": threshold, "weights": dict(sorted(weights.items()))}
    args.out.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    positives = sum(y for _, y in everything)
    print(f"{len(everything)} candidates, {positives} positive, {len(weights)} weights, threshold {threshold}")


if __name__ == "__main__":
    main()
