"""Fixtures for the checker tests: evidence from short wire-style reports written for these tests.

The reports follow facts agencies reported at the time (the November 2023 Gaza truce) in our own
words; none is copied from a dev set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.check import Evidence, Mark, check_draft
from parley.extract import extract
from parley.records import Document

REPORTS = [
    ("wire-a", "2023-11-24", "Wire A",
     "Hamas freed 24 hostages in Gaza on Friday, Qatar's foreign ministry said. "
     "Israel released 39 Palestinian prisoners in return, the Palestinian Prisoners' Club said."),
    ("wire-b", "2023-11-24", "Wire B",
     "Gaza's health ministry says more than 14,000 people have been killed in the territory since October 7."),
    ("wire-c", "2023-11-28", "Wire C",
     "White House spokesman John Kirby said Hamas had committed to releasing another 20 women and children."),
]


def report_documents() -> list[Document]:
    return [Document(doc_id=d, date=dt.date.fromisoformat(day), outlet=outlet, text=text)
            for d, day, outlet, text in REPORTS]


@pytest.fixture(scope="session")
def report_docs() -> list[Document]:
    return report_documents()


@pytest.fixture(scope="session")
def evidence() -> Evidence:
    return Evidence(extract(report_documents()))


def evidence_of(reports: list[tuple[str, str, str]]) -> Evidence:
    """Evidence from (doc_id, ISO day, text) reports, each from outlet "Wire"."""
    return Evidence(extract([Document(doc_id=d, date=dt.date.fromisoformat(day), outlet="Wire", text=text)
                             for d, day, text in reports]))


def marks_on(evidence: Evidence, text: str, day: str, kind: str, claim: str) -> list[Mark]:
    """The checker's marks of one kind on one claim of a draft (failing when there is none)."""
    draft = Document(doc_id="draft", text=text, date=dt.date.fromisoformat(day), outlet="Draft")
    marks = [m for m in check_draft(draft, evidence).marks if m.kind == kind and claim in m.text]
    assert marks, f"no {kind} mark on {claim!r}"
    return marks
