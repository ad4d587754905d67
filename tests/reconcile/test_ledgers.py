"""Captive ledger, truce tracker, figure series and conflicts, built from real-style reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parley.reconcile import TRUCE_CATEGORIES, build_series, captives, conflicts, load, material_of, truces
from parley.reconcile.reports import SourceRef
from parley.records import Document, Figure
from parley.store import Store


@pytest.fixture(scope="module")
def seed_material(seed_text: str) -> object:
    from parley.extract import extract_one

    body = seed_text.split("\n", 1)[1] if seed_text.startswith("date") else seed_text
    document = Document(doc_id="seed", text=body, date=dt.date(2023, 11, 30), outlet="NDTV")
    return material_of([extract_one(document)])


def test_seed_exchange_of_60_hostages_for_180_prisoners_is_one_to_three(seed_material: object) -> None:
    _, exchanges = captives(seed_material)  # type: ignore[arg-type]
    ratios = {(x.first.value, x.second.value): x.ratio for x in exchanges}
    assert ratios.get((60.0, 180.0)) == "1:3"


def test_seed_shalit_exchange_counts_the_named_soldier_as_one(seed_material: object) -> None:
    _, exchanges = captives(seed_material)  # type: ignore[arg-type]
    shalit = [x for x in exchanges if "Shalit" in (x.first.captives or "") + (x.second.captives or "")]
    assert shalit and shalit[0].ratio == "1:1000"


def test_seed_offers_and_demands_are_listed_apart(seed_material: object) -> None:
    lines, _ = captives(seed_material)  # type: ignore[arg-type]
    proposed = {ln.status for ln in lines if ln.proposed}
    happened = [ln for ln in lines if not ln.proposed]
    assert "offered" in proposed or "demanded" in proposed
    assert all(ln.status not in ("offered", "demanded") for ln in happened)


def test_every_captive_line_has_a_source_sentence(example_store: Path) -> None:
    with Store(example_store, read_only=True) as store:
        lines, _ = captives(load(store))
    assert lines
    for line in lines:
        assert line.source.doc_id and line.source.sentence.strip()


def test_store_ledger_pairs_hostages_and_prisoners_of_one_article(example_store: Path) -> None:
    with Store(example_store, read_only=True) as store:
        _, exchanges = captives(load(store))
    wire_a = [x for x in exchanges if x.first.source.doc_id == "wire-a"]
    assert wire_a and wire_a[0].ratio == "1:30"


def test_truce_extension_carries_its_length_and_source(example_store: Path) -> None:
    with Store(example_store, read_only=True) as store:
        lines = truces(load(store, categories=TRUCE_CATEGORIES))  # the figures the CLI and the API read
    extension = [ln for ln in lines if ln.source.doc_id == "wire-d" and ln.stage == "extension"]
    assert extension and "42" in (extension[0].length or "")
    assert extension[0].source.sentence.startswith("Israel and Hamas agreed")


def test_truce_tracker_reads_a_planned_end_in_the_seed(seed_material: object) -> None:
    stages = {ln.stage for ln in truces(seed_material)}  # type: ignore[arg-type]
    assert "extension" in stages


def _figure(doc: str, value: float, claimant: str | None, counted: str = "people") -> Figure:
    return Figure(doc_id=doc, start=0, end=3, text=f"{value:,.0f}", value=value, counted=counted, category="killed",
                  claimant=claimant)


def test_series_keeps_every_value_of_a_rising_toll() -> None:
    figures = [(_figure("a", 14000, "Gaza's health ministry"), dt.date(2023, 11, 24), None, "s"),
               (_figure("b", 14800, "Gaza's health ministry"), dt.date(2023, 11, 27), None, "s"),
               (_figure("c", 15000, "the Gaza health ministry"), dt.date(2023, 11, 30), None, "s")]
    series = {s.claimant: s for s in build_series(figures)}
    # "the Gaza health ministry" is the same body written differently: one series, shown as most write it
    assert [p.value for p in series["Gaza's health ministry"].points] == [14000, 14800, 15000]
    assert len(series) == 1


def test_conflict_when_claimants_disagree_on_the_same_day() -> None:
    figures = [(_figure("a", 15000, "Gaza Government Media Office"), dt.date(2023, 11, 30), None, "s"),
               (_figure("b", 12000, "Israeli officials"), dt.date(2023, 11, 30), None, "s"),
               (_figure("c", 15100, "Hamas"), dt.date(2023, 11, 30), None, "s")]
    found = conflicts(build_series(figures))
    pairs = {frozenset((c.a.claimant, c.b.claimant)) for c in found}
    assert frozenset(("Gaza Government Media Office", "Israeli officials")) in pairs
    assert frozenset(("Gaza Government Media Office", "Hamas")) not in pairs


def test_no_conflict_between_values_a_week_apart() -> None:
    figures = [(_figure("a", 14000, "Gaza's health ministry"), dt.date(2023, 11, 24), None, "s"),
               (_figure("b", 1200, "Israeli officials"), dt.date(2023, 11, 30), None, "s")]
    assert conflicts(build_series(figures)) == []


def test_source_ref_serialises_dates() -> None:
    ref = SourceRef("d1", "AP", dt.date(2023, 11, 30), "A sentence.", "Naim")
    assert ref.as_dict()["published"] == "2023-11-30"
