"""The captive ledger as the dashboard shows it, on wire-style sentences written for these tests.

A count under an offer, condition or plan is no release that happened; the "By" column names the
party a pronoun stands for (or nothing); the whole of a partitive ("5 of the 11 women") is not a
number released. Each document is extracted with parley's own extractor.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract import extract_one
from parley.reconcile import captives, material_of
from parley.reconcile.captives import CaptiveLine
from parley.records import Document


def _lines(text: str) -> list[CaptiveLine]:
    document = Document(doc_id="wire", text=text, date=dt.date(2025, 3, 4), outlet="Wire")
    lines, _ = captives(material_of([extract_one(document)]))
    return lines


def _released(text: str) -> dict[str | None, str]:
    """Count → status of every release line."""
    return {ln.count: ln.status for ln in _lines(text) if ln.action == "released"}


@pytest.mark.parametrize(("text", "count"), [
    ("Hamas offered to release 20 fighters in exchange for 20 of its commanders held by Israel.", "20"),
    ("Houthi officials offered to exchange 100 coalition prisoners for 200 of their fighters.", "200"),
    ("Hezbollah offered to hand over 5 Israeli soldiers in return for 500 Lebanese prisoners.", "500"),
    ("Negotiators agreed to swap 100 prisoners for 100 soldiers.", "100"),
])
def test_a_count_under_an_offer_is_no_release_that_happened(text: str, count: str) -> None:
    statuses = {ln.status for ln in _lines(text) if ln.action == "released" and ln.count == count}
    assert statuses and "happened" not in statuses


@pytest.mark.parametrize(("text", "count", "status"), [
    # a plan to release the people held does not make the holding a plan
    ("The militia said it was holding 12 soldiers and would release them only after talks.", "12", "happened"),
    # an agreement told in a relative clause is not the holding's status
    ("Israel, which agreed to the deal last week, holds about 7,000 Palestinian prisoners.", "about 7,000", "happened"),
    ("The army said it would free the 6 suspects if no charges were filed.", "6", "hypothetical"),
])
def test_status_of_a_count_is_read_from_its_own_clause(text: str, count: str, status: str) -> None:
    assert {ln.status for ln in _lines(text) if ln.count == count} == {status}


@pytest.mark.parametrize(("text", "count", "by"), [
    ("The army said it would free the 6 suspects if no charges were filed.", "6", "army"),
    ("Police said they arrested 25 suspects after the bombing in Quetta.", "25", "Police"),
    ("The Polisario Front said on Monday that it had freed 6 Moroccan soldiers.", "6", "Polisario Front"),
    ("Ansar Allah announced the release of 9 Saudi prisoners. It also freed 2 Sudanese nationals.", "2", "Ansar Allah"),
    ("Rebels seized 30 miners on Monday. On Wednesday they freed 12 of them.", "12", "Rebels"),
    # no named party the pronoun takes up: show nothing rather than "it"
    ("They released 10 hostages late on Friday.", "10", None),
    ("A spokesman for the army said it had freed 14 hostages in Borno.", "14", None),
    ("Security sources said they arrested 11 militants in Sinai.", "11", None),
])
def test_by_names_the_party_a_pronoun_stands_for(text: str, count: str, by: str | None) -> None:
    assert [ln.by for ln in _lines(text) if ln.count == count] == [by]


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Rebels freed 5 of the 11 women on Monday.", "5", "11"),
    ("The militia freed 3 of its 14 hostages and kept the rest.", "3", "14"),
    ("Police released 200 of the more than 1,000 detained protesters.", "200", "more than 1,000"),
    ("The rebels released 5 of the 12 on Tuesday and 7 of the 12 on Wednesday.", "7", "12"),
])
def test_the_whole_of_a_partitive_is_not_released(text: str, part: str, whole: str) -> None:
    released = _released(text)
    assert part in released and whole not in released


@pytest.mark.parametrize(("text", "taken"), [
    ("Gang members in Haiti freed 5 of the 17 missionaries they kidnapped.", "17"),
    ("Al-Shabaab freed 4 of the 9 truck drivers it seized in Hiraan last month, elders said.", "9"),
])
def test_the_whole_is_still_the_number_taken(text: str, taken: str) -> None:
    lines = _lines(text)
    assert [ln.count for ln in lines if ln.action == "taken"] == [taken]
    assert taken not in _released(text)


def test_two_of_the_same_people_released_is_one_count_not_two() -> None:
    assert set(_released("Hamas freed 13 Israelis, 10 Thais and 1 Filipino on Friday.")) == {"13", "10", "1"}
