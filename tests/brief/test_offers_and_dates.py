"""The brief keeps an offered exchange's price out of what happened, dates only what the text dates,
works out no ratio from a vague count, and does not name a casualty category twice.

Reports written for these tests in wire style (Sudan and eastern Congo, 2025), not copied from a dev set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.brief._write import Citations, _Writer
from parley.reconcile import CaptiveLine, SourceRef
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("offer", "2025-10-16", "Gulf Wire",
     "The Rapid Support Forces offered on Thursday to release 200 soldiers it holds in exchange for 150 of its "
     "fighters detained by the army, RSF adviser Mustafa Ibrahim said."),
    ("aid", "2025-10-15", "Nile Wire",
     "The Rapid Support Forces released 30 aid workers on Wednesday, the International Committee of the Red "
     "Cross said."),
    ("goma", "2025-02-07", "Lakes Wire",
     "The M23 rebels freed 12 Congolese police officers, the group said."),
    ("swap", "2025-03-02", "Lakes Wire",
     "Congo and the M23 agreed to exchange 40 soldiers for hundreds of prisoners, mediators said."),
    ("clinic", "2025-10-11", "Relief Wire",
     "Doctors Without Borders said its teams in El Fasher treated 97 wounded people on Saturday."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("brief_offers"), documents(REPORTS)) as s:
        yield s


def _section(store: Store, heading: str) -> list[str]:
    brief = write_brief(store, "captives")
    assert_supported(brief, store)
    return [st.text for s in brief.sections if s.heading.startswith(heading) for st in s.statements]


def test_the_price_of_an_offered_exchange_is_not_told_as_done(store: Store) -> None:
    happened = _section(store, "What happened")
    assert not any("150" in text for text in happened), happened
    offered = _section(store, "Offered")
    assert any("200 soldiers" in text and "offered" in text for text in offered), offered


def test_a_release_the_text_dates_is_dated_and_one_it_does_not_is_reported(store: Store) -> None:
    happened = _section(store, "What happened")
    dated = [t for t in happened if "30 aid workers" in t]
    assert dated and "on 15 October 2025" in dated[0] and "reported" not in dated[0], dated
    undated = [t for t in happened if "12 Congolese police officers" in t]
    assert undated and "(reported on 7 February 2025)" in undated[0], undated


def test_the_actor_keeps_the_article_its_sentence_gives_it(store: Store) -> None:
    happened = _section(store, "What happened")
    assert any("released by the Rapid Support Forces" in t for t in happened), happened


@pytest.mark.parametrize(
    ("count_b", "value_b", "approx", "ratio"),
    [("hundreds", 200.0, False, False), ("about 300", 300.0, True, False), ("120", 120.0, False, True)],
)
def test_no_ratio_is_worked_out_from_a_vague_count(count_b: str, value_b: float, approx: bool,
                                                   ratio: bool) -> None:
    """'40 soldiers for hundreds of prisoners, a ratio of 1:5' would be precision no source gave."""
    sentence = f"Congo and the M23 agreed to exchange 40 soldiers for {count_b} prisoners, mediators said."
    source = SourceRef("swap", "Lakes Wire", dt.date(2025, 3, 2), sentence, "mediators")
    sides = [CaptiveLine(dt.date(2025, 3, 2), "released", "planned", count, value, captives, None, None, None,
                         source, exchange="x1", ratio=f"1:{value_b / 40:.1f}", approx=rough)
             for count, value, captives, rough in (("40", 40.0, "soldiers", False),
                                                   (count_b, value_b, "prisoners", approx))]
    [statement] = _Writer(Citations(), {"swap": sentence}).exchange_statements(sides)
    assert ("ratio" in statement.text) is ratio, statement.text
    assert statement.text.startswith("An exchange of 40 soldiers for") and "agreed" in statement.text


def test_a_counted_phrase_that_says_its_category_does_not_get_it_twice(store: Store) -> None:
    brief = write_brief(store, "casualties")
    assert_supported(brief, store)
    texts = [text for text in statement_texts(brief) if "97" in text]
    assert texts and "The number of wounded people was given as 97" in texts[0], texts
