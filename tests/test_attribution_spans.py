"""benchmarks/attribution_spans.py: each attribution role's spans scored on their own."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

Loader = Callable[[str], ModuleType]


def _attribution(source: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int]) -> dict[str, Any]:
    def span(bounds: tuple[int, int] | None) -> dict[str, int] | None:
        return None if bounds is None else {"start": bounds[0], "end": bounds[1]}

    return {"source": span(source), "cue": span(cue), "content": span(content)}


def test_a_source_counts_even_where_the_content_is_missed(benchmark_script: Loader) -> None:
    """score.py would credit nothing here (no content overlaps); span by span the source and cue count."""
    spans = benchmark_script("attribution_spans")
    gold = {"d": {"attributions": [_attribution((0, 6), (7, 11), (12, 40))]}}
    pred = {"d": {"attributions": [_attribution((0, 6), (7, 11), (45, 60))]}}
    tallies = spans.score(gold, pred)
    assert tallies["source/exact"].f1() == (100.0, 100.0, 100.0)
    assert tallies["cue/overlap"].f1() == (100.0, 100.0, 100.0)
    assert tallies["content/overlap"].f1() == (0.0, 0.0, 0.0)


def test_matching_is_one_to_one_and_exact_needs_the_same_bounds(benchmark_script: Loader) -> None:
    spans = benchmark_script("attribution_spans")
    gold = {"d": {"attributions": [_attribution(None, (7, 11), (12, 40)), _attribution(None, (50, 54), (55, 70))]}}
    pred = {"d": {"attributions": [_attribution(None, (7, 13), (12, 70))]}}
    tallies = spans.score(gold, pred)
    content = tallies["content/overlap"]
    assert (content.matched, content.predicted, content.gold) == (1, 1, 2)
    assert tallies["cue/exact"].matched == 0 and tallies["cue/overlap"].matched == 1
    assert tallies["source/overlap"].gold == 0  # unnamed sources have no span to find
