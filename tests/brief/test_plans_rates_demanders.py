"""Briefs on plans, rates, demands and a denial told beside a truce.

Reports written for these tests in wire style (Ukraine, Gaza, Lebanon, Sudan 2024-2025), not
copied from any evaluation set:

* "expected to bring home 150 more prisoners" and "hopes to free" are plans, not releases;
* "released 20 prisoners each week" is written with its period, never as one release of 20;
* a demanded release names who demanded it;
* "Hezbollah denied firing rockets and said the ceasefire was holding" is no denied truce.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("ua-plan", "2025-03-04", "Kyiv Independent",
     "Ukraine's coordination headquarters for prisoners of war said on Tuesday it expected to bring home 150 "
     "more prisoners before the end of the month. Kyiv hopes to free 300 soldiers held in Russian camps under a "
     "new swap, Zelensky said."),
    ("gaza-demand", "2025-02-10", "Al Jazeera",
     "Hamas demanded the release of 500 Palestinian prisoners in exchange for the remaining hostages, a Hamas "
     "official said."),
    ("gaza-rate", "2025-02-12", "Times of Israel",
     "Under the deal, Israel released 20 Palestinian prisoners each week, the prison service said."),
    ("lebanon-denial", "2024-11-28", "AP",
     "Hezbollah denied firing rockets at northern Israel on Thursday and said the ceasefire was holding."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("plans"), documents(REPORTS)) as s:
        yield s


def _section(store: Store, topic: str, heading_start: str) -> list[str]:
    brief = write_brief(store, topic)
    return [st.text for section in brief.sections if section.heading.startswith(heading_start)
            for st in section.statements]


@pytest.mark.parametrize("count", ["150 prisoners", "300 soldiers"])
def test_a_hope_or_expectation_is_written_as_a_plan(store: Store, count: str) -> None:
    assert any(count in text and "planned" in text for text in _section(store, "captives", "Offered"))
    assert not any(count in text for text in _section(store, "captives", "What happened"))


def test_a_rate_is_written_with_its_period(store: Store) -> None:
    twenty = [text for text in statement_texts(write_brief(store, "captives")) if "20 Palestinian" in text]
    assert twenty and all("each week" in text for text in twenty)


def test_a_demanded_release_names_who_demanded_it(store: Store) -> None:
    demanded = [text for text in _section(store, "captives", "Offered") if "500" in text]
    assert demanded == [next(t for t in demanded if "was demanded by Hamas" in t)]


def test_a_truce_told_beside_a_denial_of_rockets_is_not_denied(store: Store) -> None:
    truce = statement_texts(write_brief(store, "truce"))
    assert truce and not any("was denied" in text for text in truce)


@pytest.mark.parametrize("topic", ["captives", "truce"])
def test_every_statement_quotes_its_records(store: Store, topic: str) -> None:
    assert_supported(write_brief(store, topic), store)
