"""An offer's price is no release that happened, a count given per side keeps its "each", and a
denial in one clause does not turn a truce breach told in the next clause into a denied one.

Reports written for these tests in wire style (Gaza, Yemen, Ukraine, Sudan, Lebanon; 2024-2025),
not copied from a dev set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.brief._guards import per_side
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("offer", "2025-01-20", "Levant Wire",
     "Hamas offered on Monday to free 50 hostages in exchange for 150 Palestinian prisoners, a senior official "
     "of the group said."),
    ("freed", "2025-01-20", "Gulf Wire",
     "Israel freed 150 Palestinian prisoners on Monday, the prison service said."),
    ("swap", "2024-10-02", "Kyiv Post",
     "Russia and Ukraine exchanged 95 prisoners of war each on Wednesday, the Ukrainian coordination "
     "headquarters said."),
    ("weekly", "2024-05-10", "Aden Wire",
     "The Houthis released 20 prisoners each week during the talks, a mediator said."),
    ("rsf", "2025-06-03", "Nile Wire",
     "The RSF denied shelling the city and said the army had violated the ceasefire."),
    ("hamas", "2025-02-03", "Levant Wire",
     "Hamas denied breaching the ceasefire on Sunday, a spokesman said."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("brief_offer_each"), documents(REPORTS)) as s:
        yield s


def _section(store: Store, topic: str, heading: str) -> list[str]:
    brief = write_brief(store, topic)
    assert_supported(brief, store)
    return [st.text for s in brief.sections if s.heading.startswith(heading) for st in s.statements]


def test_a_real_release_is_told_and_cites_no_offer(store: Store) -> None:
    brief = write_brief(store, "captives")
    happened = [st for s in brief.sections if s.heading.startswith("What happened") for st in s.statements]
    released = [st for st in happened if "150 Palestinian prisoners" in st.text]
    assert released, statement_texts(brief)
    cited = {brief.references[n - 1].doc_id for st in released for n in st.refs}
    assert cited == {"freed"}, cited


def test_the_offered_price_stays_with_the_offer(store: Store) -> None:
    texts = _section(store, "captives", "Exchanges") + _section(store, "captives", "Offered")
    assert any("50 hostages" in t and "150 Palestinian prisoners" in t and "offered" in t for t in texts), texts


@pytest.mark.parametrize(("count", "expected"), [("95 prisoners each", True), ("20 prisoners each", False)])
def test_a_count_per_side_keeps_its_each(store: Store, count: str, expected: bool) -> None:
    happened = _section(store, "captives", "What happened")
    assert any(count in t for t in happened) is expected, happened


@pytest.mark.parametrize(("sentence", "count", "counted", "expected"), [
    ("Kyiv and Moscow swapped 307 soldiers each, the ministries said.", "307", "soldiers", True),
    ("The two sides freed 84 prisoners of war each on Friday.", "84", "prisoners", True),
    ("Both sides said they had freed 100 prisoners each.", "100", "prisoners", True),
    ("The Houthis released 20 prisoners each week, a mediator said.", "20", "prisoners", False),
    ("The army freed 40 detainees, each of them held for months.", "40", "detainees", False),
    ("The junta freed 21 detainees each with a suspended sentence.", "21", "detainees", False),
    ("Gunmen abducted 30 villagers each from a different family.", "30", "villagers", False),
    ("The two sides exchanged 250 bodies each, the Red Cross said.", "two", "sides", False),
    ("Ukraine and Russia exchanged 1,000 prisoners on Friday.", "1,000", "prisoners", False),
])
def test_per_side_reads_only_a_closing_each(sentence: str, count: str, counted: str, expected: bool) -> None:
    assert per_side(sentence, count, counted, sentence.index(count)) is expected


def test_a_breach_told_after_a_denial_of_something_else_is_not_denied(store: Store) -> None:
    happened = _section(store, "truce", "What happened")
    rsf = [t for t in happened if "RSF" in t]
    assert rsf and all("denied" not in t for t in rsf), happened


def test_a_denied_breach_stays_denied(store: Store) -> None:
    happened = _section(store, "truce", "What happened")
    assert any("was denied" in t and "a spokesman" in t for t in happened), happened
