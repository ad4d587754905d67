"""A law, treaty or resolution is not a claimant: "according to the Geneva Conventions" says what is
required, not who says what happened. The attribution stands (the PolNeAR scheme keeps "according to
state law"), but the figures of its clause are no one's. A body named with a law still is a claimant.

Sentences written for these tests in wire style (Ukraine 2024, Gaza 2024, Syria 2025), not copied from a dev set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract import extract_one
from parley.records import Document


def _sources(text: str) -> list[str | None]:
    extraction = extract_one(Document(doc_id="t", text=text, date=dt.date(2024, 5, 1)))
    return [a.source.text if a.source else None for a in extraction.attributions]


def _claimants(text: str) -> list[str | None]:
    return [f.claimant for f in extract_one(Document(doc_id="t", text=text, date=dt.date(2024, 5, 1))).figures]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 prisoners of war were executed, according to the Geneva Conventions.",
        "Forty prisoners must be released within 48 hours, according to the 1949 Geneva Conventions.",
        "According to Security Council resolution 2728, the parties must agree to a 30-day ceasefire.",
        "According to international law, an occupying power must supply food to 2 million people.",
    ],
)
def test_instrument_is_no_claimant(text: str) -> None:
    assert _sources(text), "the attribution itself is kept"
    claimants = _claimants(text)
    assert claimants and all(c is None for c in claimants)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Guards: a body named with an instrument, a body that reports, a text whose author is named.
        ("Some 40 prisoners were executed near Bakhmut, according to the Geneva Conventions monitoring mission.",
         "the Geneva Conventions"),
        ("Three protesters died in custody, according to the Law Society of Kenya.", "the Law Society of Kenya"),
        ("Twelve people were killed, according to law enforcement officials in Nairobi.", "law enforcement officials"),
        ("Some 70 people died, according to the resolution adopted by the regional parliament.",
         "the resolution adopted by the regional parliament"),
        ("According to Human Rights Watch, 25 people were executed in Tigray.", "Human Rights Watch"),
    ],
)
def test_body_named_with_instrument_stays_claimant(text: str, source: str) -> None:
    # The parse may cut the body's name short ("the Geneva Conventions" of "... monitoring mission"):
    # what matters is that the sentence's figure keeps a claimant.
    assert any(s and s.startswith(source) for s in _sources(text))
    assert all(c is not None for c in _claimants(text))
