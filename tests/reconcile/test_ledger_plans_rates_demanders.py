"""The captive ledger and the truce tracker on plans, rates, demands and denials of another act.

Sentences written for these tests in wire style (Ukraine, Gaza, Sudan, Colombia, Lebanon 2024-2026),
not copied from any evaluation set. Each is extracted with parley's own extractor, so the rules
meet the records they meet in practice:

* a hope, an aim or an expectation to free people is a plan, not a release ("hopes to free",
  "expected to bring home 150 more prisoners");
* a count repeated over a period ("20 prisoners each week") is a rate, kept apart from one release;
* who demanded a release is named apart from who would release;
* a denial of another act does not make a truce's stage denied.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from parley.extract import extract_one
from parley.reconcile import captives, material_of, truces
from parley.records import Document


def _material(*texts: str, day: dt.date = dt.date(2025, 3, 12)) -> Any:
    docs = [Document(doc_id=f"doc-{i}", text=text, date=day, outlet="Wire") for i, text in enumerate(texts)]
    return material_of([extract_one(d) for d in docs])


def _lines(text: str) -> list[Any]:
    lines, _ = captives(_material(text))
    return lines


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ukraine's coordination headquarters said it expected to bring home 150 more prisoners this month.", "150"),
        ("Kyiv hopes to free 300 soldiers held in Russian camps under a new swap, Zelensky said.", "300"),
        ("Colombia's government hopes to free 40 soldiers held by the ELN through talks in Havana.", "40"),
        ("Hamas hoped to trade the 33 hostages for 1,900 prisoners, negotiators said.", "33"),
        ("The army is due to hand over 25 captured militants to the Red Cross on Friday.", "25"),
        ("The junta aims to repatriate 70 detained migrants by the end of the month.", "70"),
    ],
)
def test_a_hope_or_expectation_to_free_is_a_planned_release(text: str, count: str) -> None:
    line = next(ln for ln in _lines(text) if ln.count == count)
    assert (line.action, line.status) == ("released", "planned")
    assert line.proposed


@pytest.mark.parametrize(
    ("text", "count", "action"),
    [
        # the cue of intent governs no release of these counts: they stay what happened
        ("Ukraine brought home 120 prisoners of war on Tuesday, the ombudsman said.", "120", "held"),
        ("The government, which hopes to end the war, freed 60 prisoners on Friday.", "60", "released"),
        ("The militia, which holds 30 soldiers, hopes to win concessions, a spokesman said.", "30", "held"),
        ("The ministry expected to receive a list of 150 prisoners held by Russia, an official said.", "150", "held"),
        ("The rebels set free 14 hostages on Sunday, the Red Cross said.", "14", "released"),
    ],
)
def test_an_intent_word_that_governs_no_release_changes_nothing(text: str, count: str, action: str) -> None:
    line = next(ln for ln in _lines(text) if ln.count == count)
    assert (line.action, line.status) == (action, "happened")


@pytest.mark.parametrize(
    ("text", "count", "every"),
    [
        ("Under the deal, Israel released 20 Palestinian prisoners each week, the prison service said.", "20",
         "each week"),
        ("The RSF freed 12 prisoners of war every month under a Red Cross programme.", "12", "every month"),
        ("The junta frees 100 prisoners every two months, the watchdog said.", "100", "every two months"),
        ("About 50 migrants a day are released from the detention centre, the agency said.", "About 50", "a day"),
        ("The authorities release 30 detainees weekly, according to the rights group.", "30", "weekly"),
    ],
)
def test_a_recurring_count_is_a_rate_not_one_release(text: str, count: str, every: str) -> None:
    line = next(ln for ln in _lines(text) if ln.count == count)
    assert line.every == every
    assert line.as_dict()["every"] == every


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Israel released 20 Palestinian prisoners a day after the deal was signed.", "20"),
        ("The rebels freed 12 hostages in a week, the Red Cross said.", "12"),
        ("The army released 30 detainees within a day of their arrest.", "30"),
        ("The group released 14 prisoners who had been held for a year.", "14"),
        ("Israel released 90 prisoners a week ago, officials said.", "90"),
        ("The group released 19 hostages a month after the attack.", "19"),
        ("The government freed 1,200 prisoners a year ago under an amnesty.", "1,200"),
    ],
)
def test_a_day_or_span_after_a_count_is_no_rate(text: str, count: str) -> None:
    line = next(ln for ln in _lines(text) if ln.count == count)
    assert line.every is None


def test_a_rate_is_not_one_side_of_an_exchange_told_later() -> None:
    lines, exchanges = captives(_material(
        "The Rapid Support Forces released 12 prisoners of war each month under a Red Cross programme. "
        "The army freed 64 RSF fighters on Friday in exchange for 30 soldiers, the Sudanese army said."))
    rate = next(ln for ln in lines if ln.count == "12")
    assert rate.exchange is None
    assert all("12" not in (x.first.count, x.second.count) for x in exchanges)


def test_a_rate_and_a_one_off_of_the_same_number_stay_two_lines() -> None:
    lines, _ = captives(_material(
        "Israel released 20 Palestinian prisoners each week under the deal, the prison service said.",
        "Israel released 20 Palestinian prisoners on Tuesday, the prison service said."))
    twenty = [ln for ln in lines if ln.count == "20"]
    assert sorted(str(ln.every) for ln in twenty) == ["None", "each week"]


@pytest.mark.parametrize(
    ("text", "count", "demander", "by"),
    [
        ("Hamas demanded the release of 500 Palestinian prisoners in exchange for the remaining hostages.", "500",
         "Hamas", None),
        ("The UN urged the release of 1,500 detainees held without charge in Sudan.", "1,500", "UN", None),
        ("Ukraine demanded that Russia release 800 civilians held in occupied areas.", "800", "Ukraine", "Russia"),
        ("Human Rights Watch called for the release of 20 activists arrested in Kampala.", "20",
         "Human Rights Watch", None),
    ],
)
def test_who_demanded_a_release_is_named_apart_from_who_would_release(text: str, count: str, demander: str,
                                                                       by: str | None) -> None:
    line = next(ln for ln in _lines(text) if ln.count == count)
    assert line.status == "demanded"
    assert line.demanded_by == demander
    assert line.by == by


@pytest.mark.parametrize(
    "text",
    [
        "Israel released 90 prisoners after Hamas demanded it, officials said.",
        "Hamas, which demanded a ceasefire, released 3 hostages on Sunday.",
        "The court ordered the release of 30 detainees on Monday.",
    ],
)
def test_a_demand_names_no_demander_of_a_release_that_happened(text: str) -> None:
    assert all(ln.demanded_by is None for ln in _lines(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah denied firing rockets at northern Israel and said the ceasefire was holding.",
        "The RSF denied shelling El Fasher, saying the truce was holding.",
        "Hamas denied firing rockets and said the truce was still in place.",
        "M23 denied launching the offensive but said the ceasefire had collapsed.",
    ],
)
def test_a_denial_of_another_act_does_not_deny_the_truce(text: str) -> None:
    lines = truces(_material(text))
    assert lines and all(ln.status != "denied" for ln in lines)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas denied breaching the ceasefire, a spokesman said.",
        "Hezbollah denied firing rockets in breach of the ceasefire.",
        "The RSF denied attacking the camp in violation of the truce.",
        "The rebels denied agreeing to extend the truce.",
    ],
)
def test_a_denial_of_the_truce_itself_stays_denied(text: str) -> None:
    assert [ln.status for ln in truces(_material(text))] == ["denied"]
