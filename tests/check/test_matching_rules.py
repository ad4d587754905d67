"""Which stored reports decide a draft's claim: the same sentence, the same conflict, the same time.

The reports and drafts are news-like sentences written for these tests (the November 2023 Gaza
truce, a Russia-Ukraine prisoner swap), not copied from any dev set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._terms import same_story, states_figure
from parley.check._verdicts import _loose_match
from parley.records import Figure

from .conftest import evidence_of, marks_on

REPORTS = [
    ("ofer", "2023-11-29", "Israel freed 30 Palestinian detainees from Ofer prison on Wednesday, the Israeli prison "
     "service said. A government spokesman did not say how many detainees Israel would release on Thursday."),
    ("swap", "2023-11-27", "Russia and Ukraine swapped prisoners on Monday. Moscow said 16 people had come home "
     "after months in captivity."),
    ("army", "2023-11-28", "More than 50 hostages have been freed from Gaza since Friday, the Israeli army said."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)




@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The sentence the store carries says "would release": another release in the story is no support.
        ("A government spokesman did not say how many detainees Israel released on Thursday.", "contradicted"),
        ("A government spokesman did not say how many detainees Israel would release on Thursday.", "supported"),
        ("Israel freed 30 Palestinian detainees from Ofer prison on Wednesday, the Israeli prison service said.",
         "supported"),
    ],
)
def test_release_in_a_rewritten_offer_sentence_is_judged_by_that_sentence(stored: Evidence, text: str,
                                                                          verdict: str) -> None:
    claim = "release" if "release" in text else "freed"
    assert marks_on(stored, text, "2023-11-29", "event", claim)[0].verdict == verdict


@pytest.mark.parametrize(
    ("day", "verdict"),
    [("2023-11-28", "contradicted"), ("2023-11-30", "unsourced")],
)
def test_offer_contradicts_a_release_only_when_not_older_than_the_draft(evidence: Evidence, day: str,
                                                                        verdict: str) -> None:
    text = "White House spokesman John Kirby said Hamas had released another 20 women and children."
    assert {m.verdict for m in marks_on(evidence, text, day, "event", "released")} == {verdict}
    assert {m.verdict for m in marks_on(evidence, text, day, "figure", "20")} == {verdict}


def test_figure_in_a_sentence_naming_no_country_is_not_backed_by_another_conflict(stored: Evidence) -> None:
    text = ("Israel and Hamas extended their truce in Gaza. "
            "Each extra day of calm requires the release of at least 15 hostages.")
    mark = marks_on(stored, text, "2023-11-27", "figure", "15")[0]
    assert mark.verdict == "unsourced"
    assert not mark.evidence


def test_figure_naming_no_country_still_matches_a_report_of_the_same_conflict(stored: Evidence) -> None:
    text = ("Russia and Ukraine traded prisoners on Monday. "
            "In all, 16 people had come home after months in captivity, officials said.")
    assert marks_on(stored, text, "2023-11-27", "figure", "16")[0].verdict == "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In all, 60 hostages have been freed from Gaza since Friday.", "unsourced"),
        ("More than 50 hostages have been freed from Gaza since Friday.", "misattributed"),
    ],
)
def test_own_voice_figure_is_misattributed_only_when_a_source_gives_that_number(stored: Evidence, text: str,
                                                                                verdict: str) -> None:
    claim = "60" if "60" in text else "50"
    assert marks_on(stored, text, "2023-11-30", "figure", claim)[0].verdict == verdict


def _figure(text: str, value: float | None, qualifier: str = "exact", low: float | None = None,
            high: float | None = None) -> Figure:
    return Figure.model_validate({"doc_id": "d", "start": 0, "end": len(text), "text": text, "value": value,
                                  "qualifier": qualifier, "low": low, "high": high, "category": "released"})


@pytest.mark.parametrize(
    ("stored_figure", "draft_figure", "states"),
    [
        (_figure("roughly 240", 240, "approx"), _figure("approximately 240", 240, "approx"), True),
        (_figure("60", 60), _figure("more than 50", 50, "more_than"), True),
        (_figure("more than 50", 50, "more_than"), _figure("60", 60), False),
        (_figure("between 40 and 50", None, "range", 40, 50), _figure("45", 45), False),
        (_figure("hundreds", None, "at_least", 200), _figure("hundreds", None, "at_least", 200), True),
        (_figure("up 5%", 5, "up"), _figure("5", 5), True),
        (_figure("5", 5), _figure("up 5%", 5, "up"), False),
    ],
)
def test_a_bound_a_number_falls_under_does_not_state_it(stored_figure: Figure, draft_figure: Figure,
                                                        states: bool) -> None:
    assert states_figure(stored_figure, draft_figure) is states


@pytest.mark.parametrize(
    ("a", "b", "a_article", "b_article", "same"),
    [
        ("Each day requires ten more releases.", "Moscow said 16 people came home.", {"ISR", "PSE"}, set(), False),
        ("Each day requires ten more releases.", "Sixteen people came home.", {"ISR"}, {"RUS", "UKR"}, False),
        ("Each day requires ten more releases.", "Sixteen people came home.", {"ISR"}, {"ISR", "QAT"}, True),
        ("Each day requires ten more releases.", "Sixteen people came home.", set(), set(), True),
        ("Israel freed 30 detainees.", "Israeli officials said 30 were freed.", {"RUS"}, {"UKR"}, True),
    ],
)
def test_a_sentence_naming_no_country_is_about_its_article(a: str, b: str, a_article: set[str],
                                                           b_article: set[str], same: bool) -> None:
    assert same_story(a, b, frozenset(a_article), frozenset(b_article)) is same


def _counting(text: str, value: float, qualifier: str, counted: str) -> Figure:
    return _figure(text, value, qualifier).model_copy(update={"counted": counted})


@pytest.mark.parametrize(
    ("draft_figure", "stored_figure", "loose"),
    [
        (_counting("61", 61, "exact", "hostages"), _counting("more than 50", 50, "more_than", "number released"), True),
        (_counting("61", 61, "exact", "hostages"), _counting("more than 50", 50, "more_than", "hostages"), False),
        (_counting("61", 61, "exact", "hostages"), _counting("61", 61, "exact", "people"), False),
    ],
)
def test_a_bound_of_a_generic_count_does_not_back_a_number(draft_figure: Figure, stored_figure: Figure,
                                                           loose: bool) -> None:
    assert _loose_match(draft_figure, stored_figure) is loose
