"""The checker benchmark's judge: which accusations on an untouched draft the gold annotations bear out.

``benchmarks/checker.py`` is a script, loaded here from its path. The gold records are written for
these tests (a truce hostage count given by two sides), not taken from a dev set.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from parley.check import Mark
from parley.check._evidence import Source
from parley.check._terms import article_countries, countries_in


@pytest.fixture(scope="module")
def checker(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    return benchmark_script("checker")


def _figure(value: float, claimant: str | None, counted: str = "hostages") -> dict[str, Any]:
    return {"start": 0, "end": 2, "text": str(int(value)), "value": value, "low": None, "high": None,
            "category": "released", "counted": counted, "claimant": claimant}


def _gold(draft: dict[str, Any], source: dict[str, Any], source_date: str | None = "2023-11-25") -> dict[str, Any]:
    return {"draft": {"date": "2023-11-25", "figures": [draft]},
            "other": {"date": source_date, "figures": [source]}}


def _contradicted() -> Mark:
    cited = Source("other", "Wire", dt.date(2023, 11, 25), "…", None, text="12", start=0, end=2)
    return Mark("figure", 0, 2, "15", 0, 40, "contradicted", "sources give another value", evidence=(cited,))


@pytest.mark.parametrize(
    ("mine", "theirs", "source_date", "borne_out"),
    [
        # Two outlets state different counts in their own voice on one day: a real contradiction.
        (_figure(15, None), _figure(12, None), "2023-11-25", True),
        (_figure(15, "the Israeli army"), _figure(12, "Israeli army"), "2023-11-25", True),
        # Contested figures from different claimants are no error in the draft.
        (_figure(15, "Hamas"), _figure(12, "the Israeli army"), "2023-11-25", False),
        (_figure(15, None), _figure(12, "the Israeli army"), "2023-11-25", False),
        # An unknown date is not "the same time"; a week apart is not either.
        (_figure(15, None), _figure(12, None), None, False),
        (_figure(15, None), _figure(12, None), "2023-12-02", False),
        # Another counted noun, or the same value, is no contradiction.
        (_figure(15, None), _figure(12, None, "prisoners"), "2023-11-25", False),
        (_figure(15, None), _figure(15, None), "2023-11-25", False),
    ],
)
def test_contradiction_is_borne_out_only_for_one_claimant_at_one_time(
        checker: ModuleType, mine: dict[str, Any], theirs: dict[str, Any], source_date: str | None,
        borne_out: bool) -> None:
    assert checker.borne_out(_contradicted(), "draft", _gold(mine, theirs, source_date)) is borne_out


def test_seeds_help_names_the_default_seeds(checker: ModuleType, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["checker.py", "--help"])
    with pytest.raises(SystemExit):
        checker.main()
    out = capsys.readouterr().out
    assert "None" not in out
    assert ",".join(map(str, checker.DEFAULT_SEEDS)) in out


def test_sentences_do_not_evict_the_article_from_its_country_cache() -> None:
    article = "Israel and Hamas agreed a truce in Gaza. Qatar and Egypt mediated it."
    article_countries(article)
    hits = article_countries.cache_info().hits
    for i in range(200):
        countries_in(f"Sentence {i} of the story names Egypt.")
    article_countries(article)
    assert article_countries.cache_info().hits == hits + 1
