"""An exchange of captives for remains (and a truce that held) in the brief, on short reports written for these tests
(Ukraine, Gaza, Lebanon 2025), not copied from any evaluation set: the exchange is written, the bodies as
the remains of people, with no ratio of the living to the dead; remains priced by nothing stay unwritten."""

from __future__ import annotations

from pathlib import Path

from parley.brief import write_brief

from .support import documents, statement_texts, stored

PRICED = documents([
    ("xr-1", "2025-04-15", "Kyiv Ledger",
     "Ukraine handed over 90 Russian soldiers for the bodies of 31 Ukrainian servicemen on Monday, "
     "the coordination headquarters said."),
])

UNPRICED = documents([
    ("xr-2", "2025-04-16", "Levant Report",
     "Russia handed over 400 bodies of Ukrainian soldiers on Tuesday, Ukrainian officials said."),
])


def test_captives_for_remains_is_written_as_an_exchange_for_remains(tmp_path: Path) -> None:
    with stored(tmp_path, PRICED) as store:
        texts = statement_texts(write_brief(store, "captives"))
    exchanges = [t for t in texts if "exchanged for" in t]
    assert exchanges == [next(t for t in exchanges if "the remains of 31 Ukrainian servicemen" in t)]
    assert "ratio" not in exchanges[0]
    assert not [t for t in texts if "Ukrainian servicemen were released" in t]


def test_remains_priced_by_no_captives_are_not_written(tmp_path: Path) -> None:
    with stored(tmp_path, UNPRICED) as store:
        texts = statement_texts(write_brief(store, "captives"))
    assert not [t for t in texts if "bodies" in t or "remains" in t]


HOLDING = documents([
    ("th-1", "2025-06-02", "Sahel Wire",
     "The truce between the army and the rebels held for a third day on Monday, residents said."),
])


def test_a_truce_that_held_is_written_as_holding(tmp_path: Path) -> None:
    with stored(tmp_path, HOLDING) as store:
        texts = statement_texts(write_brief(store, "truce"))
    assert [t for t in texts if "was reported to be holding" in t]


EXTENDED = documents([
    ("te-1", "2025-06-05", "Gulf Desk",
     "The government and the rebels agreed to extend their ceasefire by a month, the UN envoy said on Thursday."),
])


def test_an_extension_by_a_month_is_written_with_its_length(tmp_path: Path) -> None:
    with stored(tmp_path, EXTENDED) as store:
        texts = statement_texts(write_brief(store, "truce"))
    assert [t for t in texts if "of a month" in t]
