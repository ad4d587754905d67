"""Captives and truce sections as an analyst reads them: a captive group keeps the article its
sentence gives it ("the crew"), no pronoun is written as who acts or who is party to a truce, a
source's sentence-opening capital is not carried mid-sentence, a claim "disputed" in apposition is
told whole, a plan is "agreed" only where its sentence says so, and a planned truce the text does
not date is dated by its report, not as if made that day.

Reports written for these tests in wire style (Nigeria 2024-2025, eastern Congo 2025, Mali 2026,
Ukraine 2025, Lebanon 2024), not copied from a dev set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.brief._write import _names_people, _status_verb, _truce_day
from parley.reconcile import SourceRef, TruceLine
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("kaduna", "2025-01-14", "Sahel Wire",
     "Gunmen kidnapped 23 passengers from a bus near Kaduna on Sunday, police said.\n"
     "The release of the crew by the group came after talks, a local official said."),
    ("zamfara", "2025-05-12", "Sahel Wire",
     "Gunmen stormed a school in Zamfara state.\nPolice said 11 students were released by them on Friday."),
    ("kebbi", "2025-02-23", "Sahel Wire",
     "Gunmen abducted 20 students from a school in Kebbi, police said, a claim the state government disputed."),
    ("borno", "2024-06-10", "Lake Wire",
     "Boko Haram fighters abducted 30 women near Gwoza on Saturday, residents said."),
    ("kyiv", "2025-06-03", "Kyiv Desk",
     "Russia and Ukraine exchanged 390 prisoners of war on Friday, Ukraine's coordination headquarters said.\n"
     "Ukraine said 1,000 captives would be swapped in the coming days."),
    ("goma", "2025-02-20", "Lakes Wire",
     "The M23 rebels said they would declare a unilateral ceasefire from Tuesday to allow aid into Goma."),
    ("bamako", "2026-01-09", "Sahel Wire",
     "The junta said it would declare a ceasefire with the Tuareg rebels."),
    ("beirut", "2024-11-27", "Levant Wire",
     "Israel and Hezbollah agreed to a 60-day ceasefire on Tuesday, U.S. officials said."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("brief_reading"), documents(REPORTS)) as s:
        yield s


def _texts(store: Store, topic: str) -> list[str]:
    brief = write_brief(store, topic)
    assert_supported(brief, store)
    return statement_texts(brief)


def _about(texts: list[str], needle: str) -> str:
    found = [t for t in texts if needle in t]
    assert found, (needle, texts)
    return found[0]


@pytest.mark.parametrize(("needle", "reads", "not_reads"), [
    ("crew", "The crew were released", "Crew were released"),
    ("11 students", "11 students were released", "by them"),
    ("23 passengers", "taken captive by gunmen", "by Gunmen"),
    ("30 women", "taken captive by Boko Haram fighters", "by boko"),
    ("1,000 captives", "was planned but not yet carried out", "agreed"),
])
def test_captive_statements_read_as_english(store: Store, needle: str, reads: str, not_reads: str) -> None:
    text = _about(_texts(store, "captives"), needle)
    assert reads in text and not_reads not in text, text


def test_a_claim_disputed_in_apposition_is_told_whole(store: Store) -> None:
    text = _about(_texts(store, "captives"), "state government")
    assert "a claim the state government disputed" in text, text


@pytest.mark.parametrize(("needle", "reads", "not_reads"), [
    ("M23 rebels", "was planned but not yet carried out (reported on 20 February 2025)", "agreed"),
    ("junta", "A truce was planned", "between it and"),
    ("U.S. officials", "was reported on 26 November 2024", "(reported"),
])
def test_truce_statements_say_what_the_text_says(store: Store, needle: str, reads: str, not_reads: str) -> None:
    text = _about(_texts(store, "truce"), needle)
    assert reads in text and not_reads not in text, text


def _truce(sentence: str, day: dt.date, status: str = "planned") -> TruceLine:
    source = SourceRef("doc", "Wire", dt.date(2025, 2, 20), sentence, "the group")
    return TruceLine(day, "mention", status, None, None, None, None, source, outcome="expected")


@pytest.mark.parametrize(("sentence", "day", "status", "written"), [
    ("The group said it would declare a truce from Tuesday.", dt.date(2025, 2, 20), "planned",
     "(reported on 20 February 2025)"),
    ("The group said on Thursday it would declare a truce.", dt.date(2025, 2, 20), "planned",
     "on 20 February 2025"),
    ("The group said it would declare a truce.", dt.date(2025, 2, 16), "planned", "on 16 February 2025"),
    ("The group declared a truce.", dt.date(2025, 2, 20), "happened", "on 20 February 2025"),
])
def test_a_truce_is_dated_only_by_a_day_the_text_gives(sentence: str, day: dt.date, status: str,
                                                       written: str) -> None:
    assert _truce_day(_truce(sentence, day, status)) == written


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Congo and the M23 agreed to exchange 40 soldiers for 120 prisoners, mediators said.",
     "was agreed but not yet carried out"),
    ("Kyiv and Moscow will exchange 84 prisoners each under a deal brokered by the UAE.",
     "was agreed but not yet carried out"),
    ("Ukraine said 1,000 captives would be swapped in the coming days.", "was planned but not yet carried out"),
    ("The rebels said they would free the hostages on Friday.", "was planned but not yet carried out"),
    ("Both sides are expected to agree to a truce soon, diplomats said.", "was planned but not yet carried out"),
])
def test_a_plan_is_agreed_only_where_its_sentence_says_so(sentence: str, verb: str) -> None:
    assert _status_verb("planned", sentence) == verb


@pytest.mark.parametrize(("phrase", "names"), [
    ("them", False), ("it", False), ("they rebels", False),
    ("US special forces", True), ("the US", True), ("the junta", True), ("Tuareg rebels", True),
])
def test_a_pronoun_is_no_actor_but_a_country_in_capitals_is(phrase: str, names: bool) -> None:
    """'released by them' names no one; 'released by US special forces' does ("US" is not "us")."""
    assert _names_people(phrase) is names
