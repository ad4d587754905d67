"""A return of remains in the captives brief, on short reports written for these tests (Lebanon, Ukraine
2025), not copied from any evaluation set: bodies handed back are neither released captives nor the price
of an exchange of captives."""

from __future__ import annotations

from pathlib import Path

from parley.brief import write_brief

from .support import documents, statement_texts, stored

ARTICLES = documents([
    ("rem-1", "2025-03-12", "Levant Report",
     "Hezbollah freed two Israeli soldiers in exchange for 10 bodies of its fighters on Wednesday, "
     "the Red Cross said."),
    ("rem-2", "2025-03-18", "Kyiv Ledger",
     "Russia handed over 500 bodies of Ukrainian soldiers on Tuesday, Ukrainian officials said."),
])


def test_bodies_are_not_written_as_captives_released_or_exchanged(tmp_path: Path) -> None:
    with stored(tmp_path, ARTICLES) as store:
        texts = statement_texts(write_brief(store, "captives"))
    assert not [t for t in texts if "bodies" in t and ("released" in t or "exchanged" in t)]
    assert not [t for t in texts if "ratio" in t]
