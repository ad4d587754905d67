"""A stored copy of the draft's own sentence decides its numbers; loose matches elsewhere do not.

The reports and drafts are news-like sentences written for these tests (a Gaza truce exchange,
a school kidnapping, a later truce), not copied from any dev set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.check import Evidence, check_draft
from parley.check._terms import numbers_in, states_figure
from parley.records import Document, Figure

from .conftest import evidence_of, marks_on

EXCHANGE = ("The prison service said 42 detainees had been freed from Ofer prison, and the army confirmed "
            "that 12 hostages had been handed to the Red Cross.")
SCHOOL = "A teacher said 140 pupils from the boys' school and 95 from the girls' school were missing in Kaduna."
QUOTE = ("Egypt's information service chief Diaa Rashwan said the group included eight Thai workers, "
         "four Israeli women and one Nepali student.")
REPORTS = [
    ("exchange", "2023-11-26", "Israel and Hamas carried out a third exchange in Gaza. " + EXCHANGE),
    ("tally", "2023-11-27", "More than 60 detainees have been released since the truce in Gaza began, "
     "Israel's prison service said."),
    ("school", "2024-03-09", "Gunmen raided two schools in Nigeria's Kaduna state. " + SCHOOL),
    ("deal-2025", "2025-01-18", "Under the new Gaza deal, Hamas is to free 33 hostages over six weeks."),
    ("rafah", "2023-11-26", "Hostages crossed from Gaza into Egypt at Rafah. " + QUOTE),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)




@pytest.mark.parametrize(
    ("sentence", "claim", "verdict"),
    [
        # "more than 60" a day later would back 60 loosely; the same sentence says 42.
        (EXCHANGE.replace("42", "60"), "60", "contradicted"),
        (EXCHANGE, "42", "supported"),
        (EXCHANGE.replace("12 hostages", "30 hostages"), "30", "contradicted"),
    ],
)
def test_changed_number_in_a_stored_sentence_is_contradicted_despite_a_loose_match(
        stored: Evidence, sentence: str, claim: str, verdict: str) -> None:
    text = "Israel and Hamas carried out a third exchange in Gaza. " + sentence
    marks = marks_on(stored, text, "2023-11-26", "figure", claim)
    assert {m.verdict for m in marks} == {verdict}
    if verdict == "contradicted":
        assert all(s.doc_id == "exchange" for m in marks for s in m.evidence)


@pytest.mark.parametrize(
    ("sentence", "claim", "verdict"),
    [
        # 140 is in the sentence, but for the boys' school: the girls' school figure said 95.
        (SCHOOL.replace("95", "140"), "140 from", "contradicted"),
        (SCHOOL, "95", "supported"),
    ],
)
def test_another_figure_of_the_same_sentence_is_not_the_changed_ones_counterpart(
        stored: Evidence, sentence: str, claim: str, verdict: str) -> None:
    text = "Gunmen raided two schools in Nigeria's Kaduna state. " + sentence
    figures = [m for m in check_draft(Document(doc_id="draft", text=text, date=dt.date(2024, 3, 9)), stored).marks
               if m.kind == "figure"]
    mark = next(m for m in figures if text.find(claim, text.find("boys")) == m.start)
    assert mark.verdict == verdict


def test_same_sentence_reported_days_earlier_does_not_contradict_an_update(stored: Evidence) -> None:
    text = "Israel and Hamas carried out a third exchange in Gaza. " + EXCHANGE.replace("42", "60")
    assert marks_on(stored, text, "2023-11-30", "figure", "60")[0].verdict != "contradicted"


@pytest.mark.parametrize(
    ("day", "verdict"),
    [("2023-11-24", "unsourced"), ("2025-01-20", "supported")],
)
def test_count_from_a_report_months_apart_does_not_back_a_figure_without_shared_words(
        stored: Evidence, day: str, verdict: str) -> None:
    text = "Israel and Hamas agreed a truce in Gaza. Under it, at least 30 hostages will be freed in four days."
    assert marks_on(stored, text, day, "figure", "30")[0].verdict == verdict


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        (QUOTE.replace("one Nepali", "3 Nepali"), "contradicted"),
        (QUOTE, "supported"),
        # Quoting less of the statement is not misquoting it.
        (QUOTE.replace(" and one Nepali student", ""), "supported"),
    ],
)
def test_statement_quoted_with_another_number_is_contradicted(stored: Evidence, quote: str, verdict: str) -> None:
    text = "Hostages crossed from Gaza into Egypt at Rafah. " + quote
    marks = marks_on(stored, text, "2023-11-26", "attribution", "Thai workers")
    assert marks[0].verdict == verdict


def _figure(text: str, value: float, qualifier: str) -> Figure:
    return Figure.model_validate({"doc_id": "d", "start": 0, "end": len(text), "text": text, "value": value,
                                  "qualifier": qualifier, "category": "killed"})


@pytest.mark.parametrize(
    ("stored_figure", "draft_figure", "states"),
    [
        (_figure("more than 50", 50, "more_than"), _figure("50", 50, "exact"), False),
        (_figure("at least 287", 287, "at_least"), _figure("287", 287, "exact"), False),
        (_figure("nearly 15,000", 15000, "less_than"), _figure("an estimated 15,000", 15000, "approx"), True),
        (_figure("more than 50", 50, "more_than"), _figure("over 50", 50, "more_than"), True),
    ],
)
def test_a_bound_does_not_state_its_own_number_as_an_exact_count(stored_figure: Figure, draft_figure: Figure,
                                                                 states: bool) -> None:
    assert states_figure(stored_figure, draft_figure) is states


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("eight Thai workers, four Israeli women and one Nepali student", {8, 4, 1}),
        ("two hundred and forty people were taken, 1,200 were killed.", {240, 1200}),
        ("hundreds were hurt", set()),
    ],
)
def test_numbers_in_reads_digits_and_number_words(text: str, numbers: set[float]) -> None:
    assert numbers_in(text) == frozenset(numbers)
