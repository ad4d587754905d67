"""Fixtures for the reconcile tests: a store built once from the bundled examples and short reports.

The short reports are written for these tests in wire style (not copied from any dev set): two
outlets report the same release of hostages, a third the release of prisoners the same day, a
fourth a release a day later, and one reports a truce extension with its length.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.ingest import read_inputs
from parley.pipeline import ingest_documents
from parley.records import Document
from parley.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "parley" / "examples"

REPORTS = [
    ("wire-a", "2025-01-19", "Wire A",
     "Hamas freed three Israeli hostages in Gaza City on Sunday, the Israeli military said. "
     "Israel released 90 Palestinian prisoners from Ofer prison in exchange, the Palestinian Prisoners' Club said."),
    ("wire-b", "2025-01-19", "Wire B",
     "Three hostages held in Gaza were freed by Hamas on Sunday and handed to the Red Cross, Israeli officials said."),
    ("wire-c", "2025-01-20", "Wire C",
     "Israel freed 90 Palestinian prisoners overnight, the Palestinian Prisoners' Club said on Monday."),
    ("wire-d", "2025-01-25", "Wire D",
     "Hamas freed four Israeli soldiers in Gaza City on Saturday, the Israeli military said. "
     "Israel and Hamas agreed on Saturday to extend the ceasefire by 42 days, Qatar said."),
]


def report_documents() -> list[Document]:
    return [Document(doc_id=d, date=dt.date.fromisoformat(day), outlet=outlet, text=text)
            for d, day, outlet, text in REPORTS]


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store file with the bundled examples and the short reports, reconciled once."""
    from parley.reconcile import reconcile

    path = tmp_path_factory.mktemp("reconcile") / "examples.duckdb"
    with Store(path) as store:
        examples = [d for d in read_inputs([EXAMPLES]) if isinstance(d, Document)]
        ingest_documents([*examples, *report_documents()], store)
        reconcile(store)
    yield path
