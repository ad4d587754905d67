"""Perturbed drafts for the checker benchmark, built from annotated dev articles.

    python benchmarks/perturb.py [--eval-dir ../shared/eval] [--seed 7] [-o drafts.jsonl]

Each draft is one article with exactly one planted error (or none), so a checker's marks on the
changed claim say whether it caught it. Kinds:

* ``changed_number`` — a count changed (24 → 36; "Eleven" → "17");
* ``dropped_claimant`` — the attribution of a figure removed ("..., the Israeli army said" gone),
  so the figure stands in the article's own voice;
* ``swapped_claimant`` — the source of an attribution replaced by a source of another article
  that names another country or body;
* ``offered_to_released`` — an offer, plan or demand rewritten as done ("had committed to
  releasing" → "had released");
* ``invented_figure`` — a sentence with a figure no report gives, inserted after the first
  paragraph;
* ``untouched`` — the article as it is (false alarms are counted on these).

The gold annotations (``FORMAT.md``) say where the figures and attributions are, so every edit is
made at a known span and its target (the span of the changed claim in the new text) is recorded.
The random generator is seeded: the same arguments give the same drafts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from _common import EVAL_DIR

DEFAULT_EVAL_DIR = EVAL_DIR
KINDS = ("changed_number", "dropped_claimant", "swapped_claimant", "offered_to_released", "invented_figure",
         "untouched")
#: At most this many drafts of one kind per article (the first ones in text order after shuffling).
PER_ARTICLE = 3
COUNTING = {"killed", "injured", "missing", "displaced", "captured", "held", "released"}

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30}

# Offers, plans and demands, and how each reads once "done" (the verb keeps its own tense family).
_INTENT_REWRITES: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"\bhad committed to (releas|free)ing\b", lambda m: f"had {m.group(1)}ed".replace("freeed", "freed")),
    (r"\b(?:is|are) to be (freed|released)\b", lambda m: f"were {m.group(1)}"),
    (r"\bwould (free|release)\b", lambda m: "freed" if m.group(1) == "free" else "released"),
    (r"\b(?:has |have )?(?:declared|announced|expressed) (?:its|their|his|her) willingness to (release|free)\b",
     lambda m: "has " + ("freed" if m.group(1) == "free" else "released")),
    (r"\b(?:are|is) prepared to (release|free)\b",
     lambda m: "have " + ("freed" if m.group(1) == "free" else "released")),
    (r"\boffered to (release|free)\b", lambda m: "freed" if m.group(1) == "free" else "released"),
    (r"\bagreed to (release|free)\b", lambda m: "freed" if m.group(1) == "free" else "released"),
    (r"\bproposed the (liberation|release) of\b", lambda m: f"carried out the {m.group(1)} of"),
    (r"\brequires the release of\b", lambda m: "saw the release of"),
]

_INVENTED = [
    "{n} people were killed in overnight strikes, the {body} said.",
    "Another {n} hostages were freed on the same day.",
    "At least {n} people have been wounded since the fighting began.",
    "The {body} said {n} prisoners remained in custody.",
    "Some {n} families have fled their homes, according to the {body}.",
]
_BODIES = ["civil defence agency", "interior ministry", "regional governor's office", "local council"]


#: (new text, target spans in it, what was done, the same claims' spans in the original text)
Made = tuple[str, list[list[int]], str, list[list[int]]]


@dataclass
class PerturbedDraft:
    """One draft: the text, the article it came from, the kind of error and where the claim is."""

    draft_id: str
    doc_id: str
    kind: str
    text: str
    date: str | None
    outlet: str | None
    targets: list[list[int]]
    note: str
    origins: list[list[int]]


def load_articles(eval_dir: Path) -> list[dict[str, Any]]:
    """The annotated dev reports and the seed, with offsets moved onto the article proper."""
    from parley.ingest import document_from_text

    rows = [json.loads(line) for line in (eval_dir / "reports" / "dev.jsonl").open(encoding="utf-8")]
    rows += [json.loads(line) for line in (eval_dir / "seed" / "seed.jsonl").open(encoding="utf-8")]
    out = []
    for row in rows:
        text = document_from_text(row["text"]).text
        shift = row["text"].find(text)
        if shift < 0:
            continue
        out.append(_shifted(row, text, shift))
    return out


def _shifted(row: dict[str, Any], text: str, shift: int) -> dict[str, Any]:
    def span(s: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if s is None else {**s, "start": s["start"] - shift, "end": s["end"] - shift}

    figures = [span(f) for f in row.get("figures", [])]
    attributions = [{"source": span(a.get("source")), "cue": span(a["cue"]), "content": span(a["content"])}
                    for a in row.get("attributions", [])]
    events = [span(e) for e in row.get("events", [])]
    return {**row, "text": text, "figures": figures, "attributions": attributions, "events": events}


def _edit(text: str, start: int, end: int, new: str) -> tuple[str, int]:
    """The text with [start, end) replaced, and the shift of every offset after it."""
    return text[:start] + new + text[end:], len(new) - (end - start)


def _moved(span: tuple[int, int], at: int, delta: int) -> list[int]:
    return [span[0] + (delta if span[0] >= at else 0), span[1] + (delta if span[1] >= at else 0)]


def _new_value(value: float, rng: random.Random) -> int:
    factor = rng.choice([0.5, 0.6, 1.5, 2.0, 3.0])
    new = max(2, round(value * factor))
    return new + 1 if new == value else new


def changed_numbers(article: dict[str, Any], rng: random.Random) -> Iterator[Made]:
    """Counts changed in place: digits stay digits, a number word becomes digits."""
    text = article["text"]
    for f in article["figures"]:
        if f["value"] is None or f["unit"] is not None or f["category"] not in COUNTING:
            continue
        written = text[f["start"] : f["end"]]
        digits = re.search(r"\d[\d,]*(?:\.\d+)?", written)
        word = re.search(r"[A-Za-z]+", written.split()[-1]) if not digits else None
        new = _new_value(f["value"], rng)
        if digits:
            start, end = f["start"] + digits.start(), f["start"] + digits.end()
        elif word and word.group(0).lower() in _NUMBER_WORDS:
            last = written.rfind(word.group(0))
            start, end = f["start"] + last, f["start"] + last + len(word.group(0))
        else:
            continue
        replacement = f"{new:,}"
        changed, delta = _edit(text, start, end, replacement)
        yield changed, [[f["start"], f["end"] + delta]], f"{written!r} -> {replacement!r}", [[f["start"], f["end"]]]


def _attribution_of(article: dict[str, Any], figure: dict[str, Any]) -> dict[str, Any] | None:
    for a in article["attributions"]:
        c = a["content"]
        if a["source"] and c["start"] <= figure["start"] and figure["end"] <= c["end"]:
            found: dict[str, Any] = a
            return found
    return None


def dropped_claimants(article: dict[str, Any]) -> Iterator[Made]:
    """The source and cue of an attributed figure removed, with the punctuation that joined them."""
    text = article["text"]
    seen: set[int] = set()
    for f in article["figures"]:
        a = _attribution_of(article, f) if f.get("claimant") else None
        if a is None or id(a) in seen or f["unit"] is not None:
            continue
        seen.add(id(a))
        cut = _attribution_cut(text, a)
        if cut is None:
            continue
        start, end, replacement = cut
        if end - start > 80 or ". " in text[start:end]:
            continue  # the source is in another sentence (a pronoun resolved across sentences)
        changed, delta = _edit(text, start, end, replacement)
        yield (changed, [_moved((f["start"], f["end"]), end, delta)], f"removed {text[start:end]!r}",
               [[f["start"], f["end"]]])


def _attribution_cut(text: str, a: dict[str, Any]) -> tuple[int, int, str] | None:
    """Where to cut an attribution out so the sentence still reads, and what to leave."""
    source, cue, content = a["source"], a["cue"], a["content"]
    if cue["end"] <= content["start"] and source["start"] < content["start"]:
        # "X said 13 of them..." / "According to X, Israel holds..."
        start, end = min(source["start"], cue["start"]), content["start"]
        if start > 0 and text[start - 1] not in "\n. ":
            return None
        return start, end, ""
    if content["end"] <= min(source["start"], cue["start"]):
        # "..., the Israeli army said, bringing" / "... in Gaza, Qatar's foreign ministry said."
        start = text.rfind(",", content["end"] - 1, min(source["start"], cue["start"]))
        if start < 0:
            return None
        end = max(source["end"], cue["end"])
        return start, end, ""
    return None


def swapped_claimants(article: dict[str, Any], pool: list[str], rng: random.Random
                      ) -> Iterator[Made]:
    """A figure's source replaced by a source that names another country or body."""
    from parley.reconcile.reports import country_of

    text = article["text"]
    seen: set[int] = set()
    for f in article["figures"]:
        a = _attribution_of(article, f) if f.get("claimant") else None
        if a is None or id(a) in seen:
            continue
        seen.add(id(a))
        original = a["source"]["text"]
        if not _named(original):
            continue  # "he", "the source": nothing specific to swap
        others = [p for p in pool if country_of(p) != country_of(original) and not _share_word(p, original)]
        if not others:
            continue
        new = rng.choice(others)
        if a["source"]["start"] == 0 or text[a["source"]["start"] - 2 : a["source"]["start"]].strip() in (".", ""):
            new = new[0].upper() + new[1:]
        changed, delta = _edit(text, a["source"]["start"], a["source"]["end"], new)
        targets = [[a["source"]["start"], a["source"]["end"] + delta],
                   _moved((f["start"], f["end"]), a["source"]["end"], delta)]
        yield changed, targets, f"{original!r} -> {new!r}", [[a["source"]["start"], a["source"]["end"]],
                                                            [f["start"], f["end"]]]


def _named(source: str) -> bool:
    """A source with a proper name in it ("Qatar's foreign ministry", "the Red Cross"), not "the office"."""
    words = source.split()
    return any(w[0].isupper() for w in words[1:]) or (words[0][0].isupper() and words[0] not in ("The", "A", "An"))


def _share_word(a: str, b: str) -> bool:
    small = {"the", "a", "of", "'s", "said", "officials", "official", "ministry"}
    wa = {w.lower().strip("'’s") for w in a.split()} - small
    wb = {w.lower().strip("'’s") for w in b.split()} - small
    return bool(wa & wb)


def offers_made_done(article: dict[str, Any]) -> Iterator[Made]:
    """Each offer, plan or demand of a release rewritten as a release that happened."""
    text = article["text"]
    for pattern, rewrite in _INTENT_REWRITES:
        for match in re.finditer(pattern, text):
            new = rewrite(match)
            changed, delta = _edit(text, match.start(), match.end(), new)
            yield (changed, [[match.start(), match.end() + delta]], f"{match.group(0)!r} -> {new!r}",
                   [[match.start(), match.end()]])


def invented_figures(article: dict[str, Any], rng: random.Random) -> Iterator[Made]:
    """A sentence with a made-up figure after the first paragraph (or sentence)."""
    text = article["text"]
    at = text.find("\n\n")
    at = at if at >= 0 else text.find(". ") + 1
    for template in rng.sample(_INVENTED, 2):
        n = rng.randrange(37, 4000)
        sentence = " " + template.format(n=f"{n:,}", body=rng.choice(_BODIES))
        changed, _ = _edit(text, at, at, sentence)
        yield changed, [[at + 1, at + len(sentence)]], sentence.strip(), []


def build(eval_dir: Path, seed: int) -> list[PerturbedDraft]:
    """Every draft of every kind, at most :data:`PER_ARTICLE` of a kind per article."""
    rng = random.Random(seed)
    articles = load_articles(eval_dir)
    pool = sorted({a["source"]["text"] for art in articles for a in art["attributions"]
                   if a["source"] and len(a["source"]["text"].split()) >= 2 and _named(a["source"]["text"])})
    drafts: list[PerturbedDraft] = []
    for art in articles:
        makers: dict[str, list[Made]] = {
            "changed_number": list(changed_numbers(art, rng)),
            "dropped_claimant": list(dropped_claimants(art)),
            "swapped_claimant": list(swapped_claimants(art, pool, rng)),
            "offered_to_released": list(offers_made_done(art)),
            "invented_figure": list(invented_figures(art, rng)),
            "untouched": [(art["text"], [], "", [])],
        }
        for kind, made in makers.items():
            rng.shuffle(made)
            for i, (text, targets, note, origins) in enumerate(made[:PER_ARTICLE]):
                drafts.append(PerturbedDraft(f"{art['doc_id']}:{kind}:{i}", art["doc_id"], kind, text,
                                             art.get("date"), art.get("outlet"), targets, note, origins))
    return drafts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, help="write JSON lines here (default: stdout)")
    args = parser.parse_args()
    lines = [json.dumps(asdict(d), ensure_ascii=False) for d in build(args.eval_dir, args.seed)]
    if args.output:
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
