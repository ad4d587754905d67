"""Dates from context: periods ("in 2011"), dates a sentence names, dates carried through a paragraph.

Sentences are wire-style news sentences (the seed article's, and ones written in its style); each
document is extracted with parley's own extractor, so the rules meet the records they see in use.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from parley.extract.dates import PartialDate
from parley.reconcile import IncidentClusterer, captives, material_of, reports_of, truce_groups, truces
from parley.records import Document, Extraction

ARTICLE_DAY = dt.date(2023, 11, 30)  # a Thursday


def _extract(text: str, doc_id: str = "doc", day: dt.date = ARTICLE_DAY) -> Extraction:
    from parley.extract import extract_one

    return extract_one(Document(doc_id=doc_id, text=text, date=day, outlet="Wire"))


def _dates(text: str, day: dt.date = ARTICLE_DAY) -> dict[str, str | None]:
    """Trigger → the date reconciliation uses for it (own or from context)."""
    return {r.event.text: r.date for r in reports_of(_extract(text, day=day))}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Hamas freed 24 hostages on Friday, Qatar said. Israel released 39 Palestinian prisoners in exchange, "
         "a spokesman added.", "released", "2023-11-24"),
        ("Israel's military confirmed that 11 hostages had returned to Israel on Monday night, and the prison "
         "service said 33 prisoners had been released.", "released", "2023-11-27"),
        # a year frames the sentence; a clause "N years prior" moves its event back from the frame
        ("Notably, in 2011, over 1,000 Palestinians were released in exchange for Israeli soldier Gilad Shalit, "
         "who had been captured by Hamas five years prior.", "released", "2011"),
        ("Notably, in 2011, over 1,000 Palestinians were released in exchange for Israeli soldier Gilad Shalit, "
         "who had been captured by Hamas five years prior.", "captured", "2006"),
        ("In 1985, Israel freed 1,150 prisoners in exchange for three soldiers, who had been seized by the group "
         "three years earlier.", "seized", "1982"),
    ],
)
def test_an_undated_event_takes_the_date_of_its_context(text: str, trigger: str, expected: str) -> None:
    assert _dates(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # another paragraph
        ("Hamas freed 24 hostages on Friday, Qatar said.\n\nIsrael released 39 Palestinian prisoners, "
         "the prison service said.", "released"),
        # another kind of act: the attack's day is not the release's
        ("In an unprecedented attack on October 7, Hamas captured approximately 240 hostages. However, the truce "
         "agreement has already facilitated the release of 60 Israeli hostages.", "release"),
        # a shift finer than the frame: the year alone would be a guess
        ("In 1985, Israel freed 1,150 prisoners in exchange for three soldiers, who had been seized by the group "
         "two months earlier.", "seized"),
        # the date is the start of a span, or another event's
        ("Since the pause began on November 24, 102 hostages have been freed, out of about 240 seized on "
         "October 7.", "freed"),
    ],
)
def test_no_date_is_taken_across_paragraphs_kinds_of_act_or_from_another_event(text: str, trigger: str) -> None:
    assert _dates(text).get(trigger) is None


def _release(doc_id: str, text: str, day: dt.date) -> list[Any]:
    return [r for r in reports_of(_extract(text, doc_id, day)) if r.event.mode == "release"]


def test_a_background_exchange_in_2011_is_not_todays_release() -> None:
    clusterer = IncidentClusterer()
    today = _release("a", "Israel released 30 Palestinian prisoners from Ofer prison on Thursday in exchange "
                          "for ten hostages, the prison service said.", ARTICLE_DAY)
    background = _release("b", "Notably, in 2011, over 1,000 Palestinian prisoners were released from Israeli "
                               "prisons in exchange for Israeli soldier Gilad Shalit.", ARTICLE_DAY)
    assigned = clusterer.add_all([*today, *background])
    assert {assigned[r.key] for r in today}.isdisjoint({assigned[r.key] for r in background})


def test_daily_releases_with_other_counts_of_prisoners_stay_apart_when_undated() -> None:
    first = _release("a", "Israel released 39 Palestinian prisoners from its jails in exchange, the Red Cross "
                          "said.", dt.date(2023, 11, 24))
    later = _release("b", "Israel's prison service said 33 prisoners had been released from its jails.",
                     dt.date(2023, 11, 27))
    assigned = IncidentClusterer().add_all([*first, *later])
    assert {assigned[r.key] for r in first}.isdisjoint({assigned[r.key] for r in later})


@pytest.fixture(scope="module")
def shalit() -> Any:
    return material_of([_extract(
        "However, the truce agreement has already facilitated the release of 60 Israeli hostages and 180 "
        "Palestinian prisoners. Notably, in 2011, over 1,000 Palestinians were released in exchange for Israeli "
        "soldier Gilad Shalit, who had been captured by Hamas five years prior.")])


def test_the_2011_exchange_is_dated_2011_in_the_ledger_not_the_publication_day(shalit: Any) -> None:
    lines, exchanges = captives(shalit)
    old = next(x for x in exchanges if x.ratio == "1:1000")
    assert isinstance(old.first.day, PartialDate) and old.first.day.isoformat() == "2011"
    assert old.second.day is not None and old.second.day.isoformat() == "2011"
    assert all(ln.day != ARTICLE_DAY for ln in lines if "Shalit" in ln.source.sentence)


def test_a_release_added_with_also_after_a_part_is_part_of_the_same_group() -> None:
    material = material_of([_extract(
        "Hamas freed 17 hostages on Sunday, the Israeli army said. Thirteen Israelis were among them, the army "
        "said; Thailand's foreign ministry said four Thai workers had also been freed.", day=dt.date(2023, 11, 26))])
    lines, _ = captives(material)
    parts = {ln.count: ln.part_of for ln in lines}
    assert parts.get("Thirteen") == "17 hostages"
    assert parts.get("four") == "17 hostages"


def test_a_total_followed_by_an_also_release_stays_its_own_line() -> None:
    material = material_of([_extract("Rebels freed 30 hostages in Goma on Sunday, the army said. The government "
                                     "also released 90 prisoners, a spokesman said.", day=dt.date(2024, 6, 3))])
    lines, _ = captives(material)
    assert not any(ln.part_of for ln in lines if ln.count == "90")


@pytest.mark.parametrize(
    "other_side",
    [
        "Israel also released 39 Palestinian prisoners in exchange, the prison service said.",
        "The government also freed 42 detainees from a military prison, a spokesman said.",
    ],
)
def test_the_other_side_of_an_exchange_after_a_part_is_not_added_to_the_group(other_side: str) -> None:
    text = ("Rebels freed 21 hostages on Saturday under a truce deal, the mediators said. Eleven Kenyans were "
            "among them. " + other_side)
    lines, _ = captives(material_of([_extract(text, day=dt.date(2024, 3, 2))]))
    assert {ln.count: ln.part_of for ln in lines}.get("Eleven") == "21 hostages"
    other = next(ln for ln in lines if ln.count in ("39", "42"))
    assert other.part_of is None


def test_an_uncounted_report_of_a_release_is_another_source_of_the_counted_line() -> None:
    material = material_of([
        _extract("Hamas freed 24 hostages on Friday, the first day of a four-day truce, Qatar said.", "a",
                 dt.date(2023, 11, 24)),
        _extract("The first hostages freed by Hamas under the truce crossed into Egypt on Friday, "
                 "an Israeli security source said.", "b", dt.date(2023, 11, 24)),
    ])
    lines, _ = captives(material)
    released = [ln for ln in lines if ln.action == "released" and not ln.proposed]
    counted = next(ln for ln in released if ln.count == "24")
    assert {s.doc_id for s in counted.sources} == {"a", "b"}
    assert not any(ln.count is None and ln.source.doc_id == "b" for ln in released)


@pytest.mark.parametrize(
    ("sentence", "stage", "day"),
    [
        ("Since the pause began on November 24, 102 hostages have been freed, according to an Israeli tally.",
         "start", dt.date(2023, 11, 24)),
        ("The ceasefire between Israel and Hamas took effect at 7 a.m. on Friday, Qatar said.", "start",
         dt.date(2023, 11, 24)),
        ("The truce was initially set to end early Thursday following six days of temporary peace.", "end",
         dt.date(2023, 11, 30)),
    ],
)
def test_a_date_right_after_the_stage_cue_dates_the_truce_line(sentence: str, stage: str, day: dt.date) -> None:
    lines = [ln for ln in truces(material_of([_extract(sentence)])) if ln.stage == stage]
    assert lines and lines[0].day == day


def test_a_truce_starts_on_the_day_its_start_line_names() -> None:
    material = material_of([
        _extract("Since the pause began on November 24, 102 hostages have been freed, 70 of them Israelis, "
                 "according to an Israeli tally.", "a"),
        _extract("Israel and Hamas agreed to extend their truce in Gaza by two days, Qatar said.", "b",
                 dt.date(2023, 11, 27)),
    ])
    groups = truce_groups(truces(material))
    assert len(groups) == 1
    assert groups[0].start == dt.date(2023, 11, 24)
    assert groups[0].as_dict()["start"] == "2023-11-24"
