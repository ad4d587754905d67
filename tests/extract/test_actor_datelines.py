"""A local outlet's dateline before a spaced hyphen ("GOMA - M23 rebels ...") is no part of the
first sentence's actor; a headline in capitals or a compound is no dateline. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.datelines import find_dateline
from parley.extract import extract_one
from parley.records import Document


def _sources(text: str) -> list[str | None]:
    events = extract_one(Document(doc_id="d", text=text, date=dt.date(2025, 3, 4))).events
    return [e.source.text if e.source else None for e in events]


@pytest.mark.parametrize(("text", "source"), [
    ("GOMA - M23 rebels freed 14 soldiers on Tuesday, the army said.", "M23 rebels"),
    ("ADEN - The Houthis released 64 prisoners on Sunday.", "Houthis"),
    ("KYIV - Ukraine and Russia swapped 95 prisoners each.", "Ukraine and Russia"),
    ("PORT-AU-PRINCE - Gang members kidnapped 17 missionaries on Saturday.", "Gang members"),
    ("DAR ES SALAAM - Police detained 40 opposition members.", "Police"),
])
def test_a_hyphen_dateline_does_not_join_the_actor(text: str, source: str) -> None:
    assert source in _sources(text)


def test_a_count_opening_the_story_after_a_hyphen_dateline_keeps_its_reading() -> None:
    figures = extract_one(Document(doc_id="d", text="KHARTOUM - 12 soldiers were freed by the RSF on Thursday.",
                                   date=dt.date(2025, 3, 4))).figures
    assert [(f.text, f.category, f.counted) for f in figures] == [("12", "released", "soldiers")]


@pytest.mark.parametrize("text", [
    "US - China talks resumed after 3 detained citizens were freed.",
    "ARMY FREES 40 HOSTAGES - OFFICIALS SAY 12 MORE ARE HELD",
    "NATO - which has 32 members - said 2 soldiers were detained.",
    "BREAKING - Hamas freed 3 hostages on Sunday.",
    "Goma - M23 rebels freed 14 soldiers on Tuesday.",
    "THE ARMY SAID ON MONDAY THE REBELS - Police said 5 were held.",
])
def test_no_hyphen_dateline_in_a_compound_a_headline_or_an_aside(text: str) -> None:
    assert find_dateline(text) is None
