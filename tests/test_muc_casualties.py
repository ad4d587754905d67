"""benchmarks/muc_casualties.py: MUC-4 casualty counts read from the keys and matched to figures."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from parley.records import Figure

Loader = Callable[[str], ModuleType]


def _key(doc_id: str, numbers: list[str], effects: list[str] | None) -> dict[str, Any]:
    return {"doc_id": doc_id, "human_target_number": numbers, "effect": effects}


def _figure(text: str, category: str, value: float | None = None, low: float | None = None,
            high: float | None = None) -> Figure:
    return Figure(doc_id="d", start=0, end=len(text), text=text, value=value, low=low, high=high,
                  category=category)  # type: ignore[arg-type]


def test_number_fills_read_as_muc4_writes_them(benchmark_script: Loader) -> None:
    muc = benchmark_script("muc_casualties")
    assert muc.number_fill("6") == ((6.0, 6.0),)
    assert muc.number_fill("~100") == ((100.0, 100.0),)
    assert muc.number_fill("5-") == muc.number_fill("-5") == ((5.0, 5.0),)
    assert muc.number_fill("? 12 / 15") == ((12.0, 12.0), (15.0, 15.0))
    assert muc.number_fill("5 - 10") == ((5.0, 10.0),)
    assert muc.number_fill("PLURAL") is None and muc.number_fill("-") is None


def test_expectations_pair_counts_with_death_and_injury_and_leave_the_rest_out(benchmark_script: Loader) -> None:
    muc = benchmark_script("muc_casualties")
    keys = [
        _key("DEV-MUC3-0001", ['4: "GUARDS"', '1: "DRIVER"', 'PLURAL: "NEIGHBOURS"', '9: "CLERKS"'],
             ['DEATH: "GUARDS"', 'DEATH: "DRIVER"', 'INJURY: "NEIGHBOURS"', 'NO INJURY OR DEATH: "CLERKS"']),
        _key("DEV-MUC3-0001", ['4: "GUARDS"'], ['? DEATH: "GUARDS"']),  # a second template, same count
        _key("DEV-MUC3-0002", ['3: "PORTERS"'], ['INJURY / DEATH: "PORTERS"']),
    ]
    expected, left_out = muc.expectations(keys)
    assert [(e.doc_id, e.values, sorted(e.categories)) for e in expected] == [
        ("DEV-MUC3-0001", ((4.0, 4.0),), ["killed"]),
        ("DEV-MUC3-0002", ((3.0, 3.0),), ["injured", "killed"]),
    ]
    assert left_out == {"count of 1": 1, "no number (PLURAL, -)": 1, "no death or injury": 1}


def test_score_counts_value_category_and_figures_matching_no_key(benchmark_script: Loader) -> None:
    muc = benchmark_script("muc_casualties")
    keys = [_key("DEV-MUC3-0001", ['4: "GUARDS"', '7: "PASSERS-BY"'], ['DEATH: "GUARDS"', 'INJURY: "PASSERS-BY"']),
            _key("TST1-MUC3-0001", ['12: "MINERS"'], ['DEATH: "MINERS"'])]
    expected, _ = muc.expectations(keys)
    figures = {
        "DEV-MUC3-0001": [_figure("four", "killed", 4), _figure("seven", "killed", 7), _figure("30", "killed", 30)],
        "TST1-MUC3-0001": [_figure("10 to 15", "killed", low=10, high=15)],
    }
    tallies = muc.score(expected, figures, muc.key_numbers(keys))
    dev, tst = tallies["dev-a"], tallies["tst"]
    assert (dev.expected, dev.value_found, dev.category_right) == (2, 2, 1)  # 7 found, but as killed
    assert (dev.figures, dev.unmatched) == (3, 2)  # "seven" killed and "30" match no key count
    assert (tst.expected, tst.value_found, tst.category_right, tst.unmatched) == (1, 1, 1, 0)  # range holds 12
    assert tallies["all"].row() == (100.0, 200 / 3, 200 / 3)


def test_groups_split_the_dev_set_in_halves(benchmark_script: Loader) -> None:
    muc = benchmark_script("muc_casualties")
    assert [muc.group_of(i) for i in ("DEV-MUC3-0650", "DEV-MUC3-0651", "TST4-MUC4-0100")] == ["dev-a", "dev-b", "tst"]
    assert muc.in_split("TST2-MUC4-0003", "tst", "tst2") and not muc.in_split("DEV-MUC3-0003", "tst", "dev")
