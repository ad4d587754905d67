"""General rules of the captive ledger and the truce tracker, on wire-style sentences written for these tests.

Each document is extracted with parley's own extractor, so the rules are tested on the records
they meet in practice: parts of a group, seized things, running totals, the same count in two
reports, one line per clause, and truce stages with their outcome, length and truce.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from parley.reconcile import captives, material_of, truce_groups, truces
from parley.reconcile.truce import outcome_of, stage_of
from parley.records import Document


def _material(*texts: tuple[str, str], day: dt.date = dt.date(2024, 6, 3)) -> Any:
    from parley.extract import extract_one

    docs = [Document(doc_id=doc_id, text=text, date=day, outlet="Wire") for doc_id, text in texts]
    return material_of([extract_one(d) for d in docs])


@pytest.fixture(scope="module")
def release_with_parts() -> Any:
    return _material(("parts", "Rebels freed 30 hostages in Goma on Sunday, the army said. "
                               "Twelve of them were Kenyan citizens, along with eight Ugandans and two Britons. "
                               "The government released 90 prisoners in exchange, a spokesman said."))


def test_n_of_them_is_a_part_of_the_earlier_group_not_a_new_release(release_with_parts: Any) -> None:
    lines, _ = captives(release_with_parts)
    parts = {ln.count: ln.part_of for ln in lines if ln.part_of}
    assert parts.get("Twelve") == "30 hostages"
    assert "eight" in parts and "two" in parts  # the list after "of them" is the same group
    assert not any(ln.part_of for ln in lines if ln.count in ("30", "90"))


def test_exchange_pairs_the_totals_not_a_part(release_with_parts: Any) -> None:
    _, exchanges = captives(release_with_parts)
    assert [(x.first.count, x.second.count, x.ratio) for x in exchanges] == [("30", "90", "1:3")]


def test_a_seized_ship_is_not_a_captive_but_its_crew_is() -> None:
    material = _material(("ship", "Pirates seized the Ocean Star, a bulk carrier, off Somalia on Monday "
                                  "and took its 19 crew members ashore, the owner said."))
    lines, _ = captives(material)
    assert all(ln.captives != "Ocean Star" for ln in lines)
    assert any(ln.count == "19" and ln.action == "taken" for ln in lines)


def test_one_clause_with_two_triggers_gives_one_line() -> None:
    material = _material(("offer", "The group said it was ready to release all foreign captives in exchange "
                                   "for the freedom of its jailed commanders."))
    lines, _ = captives(material)
    keys = [(ln.sentence_start, ln.action, ln.status, ln.count) for ln in lines]
    assert len(keys) == len(set(keys))


def test_a_running_total_is_marked_and_not_paired_with_one_release() -> None:
    material = _material(("total", "Eight more hostages were freed on Tuesday, bringing the number released "
                                   "since the truce began to 43. Israel freed 24 prisoners in return."))
    lines, exchanges = captives(material)
    assert any(ln.cumulative and ln.value == 43 for ln in lines)
    assert all(43.0 not in (x.first.value, x.second.value) for x in exchanges)


def test_the_same_count_in_two_reports_is_one_line_with_both_sources() -> None:
    material = _material(("wire-1", "Gunmen abducted about 130 villagers in Kaduna on May 30, police said."),
                         ("wire-2", "Roughly 130 villagers were abducted in Kaduna state, officials said."))
    lines, _ = captives(material)
    taken = [ln for ln in lines if ln.action == "taken" and ln.value == 130]
    assert len(taken) == 1
    assert {s.doc_id for s in taken[0].sources} == {"wire-1", "wire-2"}


@pytest.mark.parametrize(("sentence", "stage", "outcome"), [
    ("The truce was set to end at dawn on Friday.", "end", "expected"),
    ("Hamas said it was willing to extend the truce by two more days.", "extension", "offered"),
    ("Israel rejected calls to extend the ceasefire, an official said.", "extension", "refused"),
    ("The sides agreed to extend the truce by 48 hours, hours before it was due to expire.", "extension", "agreed"),
    ("Mediators are pressing on with efforts to prolong the pause in fighting.", "extension", "sought"),
    ("The government refused to extend the ceasefire beyond Sunday.", "extension", "refused"),
])
def test_truce_stage_and_outcome_come_from_the_words_before_the_cue(sentence: str, stage: str,
                                                                   outcome: str | None) -> None:
    found, cue = stage_of(sentence)
    assert found == stage
    result = outcome_of(sentence, cue)
    assert (result[0] if result else None) == outcome


def test_truce_lines_are_grouped_per_truce_with_extension_length_apart() -> None:
    material = _material(
        ("gaza-1", "Israel and Hamas agreed to extend their four-day truce in Gaza by two days, Qatar said."),
        ("sudan-1", "The Sudanese army and the RSF agreed to a week-long ceasefire in Khartoum, Saudi Arabia said."),
        day=dt.date(2023, 11, 27))
    lines = truces(material)
    extension = next(ln for ln in lines if ln.source.doc_id == "gaza-1")
    assert extension.stage == "extension" and extension.outcome == "agreed"
    assert extension.length == "two days" and extension.truce_length == "four days"
    groups = truce_groups(lines)
    assert len(groups) == 2


def test_truces_that_meet_only_through_a_third_are_one() -> None:
    """A (Israel) and B (Palestine) share nothing until C (both) joins A: then B meets A too."""
    import datetime as dt

    from parley.reconcile.reports import SourceRef
    from parley.reconcile.truce import TruceLine, _merge_truces

    def line(truce: str, day: int, countries: tuple[str, ...]) -> TruceLine:
        source = SourceRef(f"doc-{truce}", "Wire", dt.date(2023, 11, day), "The truce held.", None)
        return TruceLine(dt.date(2023, 11, day), "holding", "happened", None, None, None, None, source,
                         countries=countries, truce=truce)

    merged = _merge_truces([line("a", 24, ("ISR",)), line("b", 25, ("PSE",)), line("c", 26, ("ISR", "PSE"))])
    assert {ln.truce for ln in merged} == {"a"}
    apart = _merge_truces([line("a", 24, ("ISR",)), line("b", 25, ("UKR",))])
    assert {ln.truce for ln in apart} == {"a", "b"}
