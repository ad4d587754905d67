"""The cue classifier: is this verb, with the content the parse gives it, an attribution cue?

PolNeAR marks far more than speech: attitudes, plans, support, criticism ("called for",
"complained about", "wants to", "backed"). No word list can say when such verbs report a
source's position and when they report an act ("find a job" against "found that"), so a small
logistic-regression model scores each verb candidate from sparse string features of the parse:
its lemma, what kind of content the parse attaches (clause, object, preposition, quotation),
who its subject is (a name's entity type, a common noun's lemma: "poll", "officials"), whether
it stands inside a quotation, whether the content is quoted or precedes the verb, the head noun
of a noun content ("sent [a letter]" against "sent [troops]"), and so on (:func:`verb_features`).

The weights live in ``data/attribution_model.json``, trained on the PolNeAR train split
(840 articles; Newell et al., LREC 2018) minus its first 100 articles, which are kept aside as
a held-out check, with the command named in that file's ``note``. Inference is pure Python (a
sum of weights and a logistic function); training needs numpy, which spaCy already brings.

Limits: the model has seen US political news of 2016 only; a lemma it never saw scores from
the generic features alone (content kind, subject, tense), which favour speech-like frames.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from parley.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CueModel", "cue_model", "fit", "verb_features"]

MODEL_PATH = Path(__file__).parent / "data" / "attribution_model.json"

_OPENERS = frozenset({"that", "how", "what", "whether", "why", "when", "who", "where", "if", "to", "for"})
_QUOTE_MARKS = frozenset({'"', "“", "‘", "'", "``", "''"})


def _length_bucket(n: int) -> str:
    for bound, name in ((1, "1"), (3, "2-3"), (7, "4-7"), (15, "8-15")):
        if n <= bound:
            return name
    return "16+"


def _subject_class(subject: Token | None) -> str:
    """A coarse type for the source: who speaks matters more than what they are called."""
    if subject is None:
        return "none"
    if subject.tag_ in {"PRP", "WP"}:
        return "pron"
    if subject.ent_type_:
        return subject.ent_type_
    return subject.pos_


def verb_features(
    token: Token,
    kind: str,
    subject: Token | None,
    content: Sequence[Token],
    *,
    in_quote: bool,
    in_lexicon: bool,
    dep: str | None = None,
) -> list[str]:
    """Sparse features of one verb candidate (``kind`` is how its content was found).

    Args:
        token: the verb.
        kind: ``ccomp``, ``xcomp``, ``dobj``, ``prep:<word>``, ``host``, ``quote`` or ``toll``.
        subject: the token the source is read from, if any.
        content: the content's tokens (non-empty).
        in_quote: the verb stands inside a quotation (the speaker's own words).
        in_lexicon: the lemma is in the hand-checked cue lexicon.
        dep: the verb's relation where the parse's was repaired (a speaker's verb after a quotation
            that the parser hung on the quotation's own verb); the parse's relation otherwise.
    """
    lemma = token.lemma_.lower()
    subj = _subject_class(subject)
    first = content[0]
    opener = first.lower_ if first.lower_ in _OPENERS else ("Q" if first.text in _QUOTE_MARKS else first.pos_)
    negated = any(c.dep_ == "neg" for c in token.children)
    dep = dep or token.dep_
    head_lemma = token.head.lemma_.lower() if dep in {"xcomp", "conj", "advcl"} else "-"
    coarse_kind = kind.split(":")[0]
    quoted = any(t.text in _QUOTE_MARKS for t in content)
    before = content[-1].i < token.i
    root = _content_root(content)
    subject_word = _subject_word(subject)
    return [
        f"C={quoted}",
        f"KC={coarse_kind}|{quoted}",
        f"B={before}",
        f"KB={coarse_kind}|{before}",
        f"R={root}",
        f"LR={lemma}|{root}",
        f"SW={subject_word}",
        f"LSW={lemma}|{subject_word}",
        "bias",
        f"L={lemma}",
        f"K={kind}",
        f"LK={lemma}|{coarse_kind}",
        f"LKf={lemma}|{kind}",
        f"D={dep}",
        f"LD={lemma}|{dep}",
        f"S={subj}",
        f"KS={coarse_kind}|{subj}",
        f"LS={lemma}|{subj}",
        f"T={token.tag_}",
        f"Q={in_quote}",
        f"X={in_lexicon}",
        f"XQ={in_lexicon}|{in_quote}",
        f"N={negated}",
        f"O={opener}",
        f"KO={coarse_kind}|{opener}",
        f"LO={lemma}|{opener}",
        f"LEN={_length_bucket(len(content))}",
        f"KLEN={coarse_kind}|{_length_bucket(len(content))}",
        f"H={head_lemma}",
        f"HD={head_lemma}|{dep}",
    ]


def _content_root(content: Sequence[Token]) -> str:
    """The lemma of the content's head word for a noun content ("sent [a letter]", "offered [no
    proof]"): what is said or done tells a report from an act. Clauses give their POS only."""
    inside = {t.i for t in content}
    heads = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    if not heads or heads[0].pos_ in {"VERB", "AUX"}:
        return "-clause"
    return heads[0].lemma_.lower() if heads[0].pos_ == "NOUN" else heads[0].pos_


def _subject_word(subject: Token | None) -> str:
    """A common-noun source's lemma ("poll", "officials", "report"); names and pronouns by class."""
    if subject is None or subject.pos_ != "NOUN":
        return _subject_class(subject)
    return subject.lemma_.lower()


@dataclass(frozen=True)
class CueModel:
    """Logistic-regression weights over string features, with the decision threshold."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        """P(cue) for one candidate."""
        score = sum(map(self.weights.get, features, repeat(0.0)))  # same order as a loop: same float
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def accepts(self, features: Iterable[str]) -> bool:
        """The candidate is kept as an attribution."""
        return self.probability(features) >= self.threshold


@lru_cache(maxsize=1)
def cue_model() -> CueModel:
    """Load the shipped weights once per process."""
    try:
        raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractionError(f"cannot read the attribution cue model: {exc}") from exc
    return CueModel(weights={str(k): float(v) for k, v in raw["weights"].items()}, threshold=float(raw["threshold"]))


def fit(
    examples: Sequence[Sequence[str]],
    labels: Sequence[int],
    *,
    l2: float = 1e-4,
    epochs: int = 300,
    min_weight: float = 0.1,
) -> dict[str, float]:
    """Train the weights by full-batch Adam on the L2-regularised logistic loss.

    Features seen once only are dropped (they cannot generalise); weights smaller than
    ``min_weight`` are pruned from the result to keep the shipped file small.
    """
    import numpy as np

    counts: dict[str, int] = {}
    for feats in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2 or f == "bias"))}
    rows = [[index[f] for f in feats if f in index] for feats in examples]
    row_ids = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    cols = np.fromiter((c for r in rows for c in r), dtype=np.int64)
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(len(index))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, epochs + 1):
        scores = np.bincount(row_ids, weights=w[cols], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        grad = np.bincount(cols, weights=(p - y)[row_ids], minlength=len(w)) / len(rows) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= min_weight or f == "bias"}
