"""A truce's stage still to come is dated ahead of its report and told as expected; an attack
"despite the truce" names no parties to it; one hospital's toll is no rival of a larger count;
an exchange is not said to happen "in an exchange".

Reports written for these tests in wire style (Yemen, Sudan, Lebanon, Ukraine, 2024-2025), not
copied from a dev set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    # Wednesday 16 April 2025
    ("aden", "2025-04-16", "Gulf Wire", "The three-day truce in Aden is due to end on Friday, Saudi mediators said."),
    ("taiz", "2025-04-16", "Gulf Wire",
     "The 48-hour truce in Taiz had been due to end on Monday, government officials said."),
    ("sennar", "2025-04-16", "Nile Wire",
     "The three-day truce in Sennar was set to expire early Monday, the Sudanese army said."),
    ("kosti", "2025-04-16", "Nile Wire",
     "The five-day truce in Kosti is scheduled to end next Friday, the UN envoy said."),
    # Friday 17 January 2025
    ("start", "2025-01-17", "Levant Wire",
     "The Gaza ceasefire is set to begin on Sunday, Qatar's prime minister said."),
    ("jenin", "2025-04-18", "Levant Wire",
     "Israeli forces killed 3 Palestinians in Jenin despite the truce, the Palestinian health ministry said."),
    ("hodeidah", "2025-04-18", "Gulf Wire", "The Houthis accused Saudi Arabia of violating the truce in Hodeidah."),
    ("beirut", "2024-10-22", "Levant Wire",
     "Lebanon's health ministry said 21 people were killed in Israeli strikes on Beirut on Monday. "
     "Rafik Hariri hospital said 13 were killed; Sahel hospital said 5."),
    ("jabalia", "2023-11-20", "Levant Wire",
     "Kamal Adwan hospital said 40 people were killed in the strike on Jabalia on Sunday. "
     "Gaza's health ministry said 25 people were killed in the strike on Jabalia on Sunday."),
    ("sumy", "2025-03-20", "Dnipro Wire",
     "Clinical staff at the Red Crescent said 4 people were wounded in Sumy on Wednesday. "
     "Ukraine's emergency service said 30 people were wounded in Sumy on Wednesday."),
    ("swap", "2025-06-11", "Nile Wire", "Sudan's army and the RSF exchanged 100 prisoners on Tuesday, the ICRC said."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("brief_coming"), documents(REPORTS)) as s:
        yield s


def _texts(store: Store, topic: str) -> list[str]:
    brief = write_brief(store, topic)
    assert_supported(brief, store)
    return statement_texts(brief)


def _line(texts: list[str], words: str) -> str:
    found = [t for t in texts if words in t]
    assert len(found) == 1, (words, texts)
    return found[0]


@pytest.mark.parametrize(("claimant", "expected"), [
    ("Saudi mediators", "was expected on 18 April 2025 (reported on 16 April 2025)"),
    ("the UN envoy", "was expected on 18 April 2025 (reported on 16 April 2025)"),
    ("Qatar's prime minister", "was expected on 19 January 2025 (reported on 17 January 2025)"),
])
def test_a_stage_still_to_come_is_dated_ahead_and_told_as_expected(store: Store, claimant: str,
                                                                    expected: str) -> None:
    assert expected in _line(_texts(store, "truce"), f"according to {claimant}")


@pytest.mark.parametrize(("claimant", "day"), [
    ("government officials", "on 14 April 2025"),   # "had been due to end on Monday": a past expectation
    ("the Sudanese army", "on 14 April 2025"),      # "was set to expire early Monday"
])
def test_a_past_expectation_keeps_its_past_weekday(store: Store, claimant: str, day: str) -> None:
    line = _line(_texts(store, "truce"), f"according to {claimant}")
    assert day in line and "expected" not in line, line


def test_an_attack_despite_the_truce_names_no_parties_but_an_accusation_does(store: Store) -> None:
    texts = _texts(store, "truce")
    assert "between" not in _line(texts, "the Palestinian health ministry")
    assert any("between Houthis and Saudi Arabia" in t for t in texts), texts


@pytest.mark.parametrize("names", [
    ("Rafik Hariri hospital", "Sahel hospital"),         # two hospitals count different dead
    ("Lebanon's health ministry", "Rafik Hariri hospital"),  # a hospital's part of the ministry's toll
    ("Lebanon's health ministry", "Sahel hospital"),
])
def test_one_hospitals_lower_toll_is_no_disagreement(store: Store, names: tuple[str, str]) -> None:
    brief = write_brief(store, "casualties")
    disputes = [st.text for s in brief.sections if s.heading == "Where sources disagree" for st in s.statements]
    assert not [t for t in disputes if all(name in t for name in names)], disputes


@pytest.mark.parametrize("guard", [
    "25 according to Gaza's health ministry; 40 according to Kamal Adwan hospital",  # a hospital's higher toll
    "4 according to Clinical staff at the Red Crescent",                          # "clinical" is no clinic
])
def test_a_higher_hospital_toll_and_other_claimants_are_still_disputes(store: Store, guard: str) -> None:
    brief = write_brief(store, "casualties")
    disputes = [st.text for s in brief.sections if s.heading == "Where sources disagree" for st in s.statements]
    assert any(guard in t for t in disputes), disputes


def test_an_exchange_is_not_said_to_happen_in_an_exchange(store: Store) -> None:
    line = _line(_texts(store, "captives"), "100 prisoners")
    assert "exchanged" in line and "in an exchange" not in line, line
