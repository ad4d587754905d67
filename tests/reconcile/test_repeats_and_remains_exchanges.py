"""Two readings across reports, on short wire stories written for these tests (Congo, Nigeria, Somalia,
Ukraine, Armenia, Lebanon; 2025), not copied from any evaluation set:

* an attack told as a repeat ("attacked the village again", "another attack"), reported days after an
  attack on the same place, is a new incident, while a follow-up whose "again" or "new" belongs to
  another word ("police said again", "new details") still joins;
* captives released for the dead ("freed 757 prisoners for the bodies of 43 soldiers") are one exchange,
  the remains still kept out of the captive totals.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract import extract_one
from parley.reconcile import link_incidents, material_of
from parley.reconcile.reports import told_as_repeat
from parley.reconcile.views import captives
from parley.records import Document, Extraction

ATTACKS = {"ASSAULT", "COERCE"}

FIRST = ("2025-05-05", "Gunmen attacked the village of Mbau in North Kivu, killing 11 civilians, local officials said.")


def _linked(reports: list[tuple[str, str]]) -> list[Extraction]:
    docs = [Document(doc_id=f"rep-{i}", text=text, date=dt.date.fromisoformat(day), outlet=f"Outlet {i}")
            for i, (day, text) in enumerate(reports)]
    return link_incidents([extract_one(d) for d in docs])


def _attack_incidents(extraction: Extraction) -> set[str | None]:
    return {e.incident for e in extraction.events if e.type in ATTACKS}


@pytest.mark.parametrize("later", [
    ("2025-05-07", "Gunmen attacked the village of Mbau again, killing six people, local officials said."),
    ("2025-05-07", "In another attack in Mbau, gunmen killed four farmers, local officials said."),
    ("2025-05-07", "Gunmen killed 10 more villagers in a fresh attack on Mbau, local officials said."),
    ("2025-05-07", "Gunmen attacked Mbau for the second time in three days, killing 9, local officials said."),
])
def test_an_attack_told_as_a_repeat_days_later_is_a_new_incident(later: tuple[str, str]) -> None:
    first, second = _linked([FIRST, later])
    assert not _attack_incidents(first) & _attack_incidents(second)


@pytest.mark.parametrize("later", [
    ("2025-05-06", "Gunmen attacked the village of Mbau in North Kivu, killing 11 civilians, officials said."),
    ("2025-05-06", "Officials said again that gunmen attacked the village of Mbau in North Kivu, killing 11 "
                   "civilians."),
])
def test_a_follow_up_not_told_as_a_repeat_joins_the_first_attack(later: tuple[str, str]) -> None:
    first, second = _linked([FIRST, later])
    assert _attack_incidents(first) & _attack_incidents(second)


@pytest.mark.parametrize(("sentence", "trigger", "repeat"), [
    ("Gunmen attacked the village of Mbau again, killing six people.", "attacked", True),
    ("Gunmen attacked the village of Mbau again, killing six people.", "killing", True),
    ("Al-Shabaab fighters stormed another hotel in Mogadishu, killing 5 people.", "stormed", True),
    ("Another car bomb killed 6 people in Baidoa, officials said.", "killed", True),
    ("Bandits raided Tsafe for the third time this month, police said.", "raided", True),
    # near misses: "again" and "new" of other words, an ordinal of a lasting event, a growing toll
    ("Police said again that bandits who raided Tsafe killed 17 people.", "raided", False),
    ("The army once again blamed jihadists for the attack on the post in Djibo.", "attack", False),
    ("New details emerged about the bombing of a market in Quetta.", "bombing", False),
    ("Fighting raged for a second day in Khartoum, medics said.", "Fighting", False),
    ("The blast killed another 20 people, rescuers said.", "killed", False),
    ("Gunmen stormed a hotel in Mogadishu, police said, in a new blow to the government.", "stormed", False),
])
def test_a_repeat_is_read_from_the_trigger_s_own_clause(sentence: str, trigger: str, repeat: bool) -> None:
    start = sentence.index(trigger)
    assert told_as_repeat(sentence, start, start + len(trigger), "ASSAULT") is repeat


def _exchanges(sentence: str) -> list[tuple[str | None, str, str | None, str, str | None]]:
    _, exchanges = captives(material_of(_linked([("2025-06-03", sentence)])))
    return [(x.first.count, x.first.action, x.second.count, x.second.action, x.ratio) for x in exchanges]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ukraine freed 757 prisoners for the bodies of 43 soldiers on Friday, Kyiv said.",
     ("757", "released", "43", "remains returned")),
    ("Azerbaijan handed over 32 Armenian prisoners in exchange for the bodies of 15 Azerbaijani soldiers, "
     "the ministry said.", ("32", "released", "15", "remains returned")),
    ("Russia returned 500 bodies of fallen soldiers in return for 20 Russian prisoners, officials said.",
     ("500", "remains returned", "20", "released")),
])
def test_captives_given_for_the_dead_are_one_exchange(sentence: str, expected: tuple[str, ...]) -> None:
    assert [x[:4] for x in _exchanges(sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    "Hamas released six hostages and handed over four bodies on Saturday, Israel said.",
    "Israel released 90 prisoners, and Hamas handed over 3 bodies for burial, officials said.",
    "Russia handed over 500 bodies of Ukrainian soldiers on Tuesday and freed 20 prisoners, Kyiv said.",
])
def test_a_release_beside_a_return_of_remains_with_no_price_is_no_exchange(sentence: str) -> None:
    assert _exchanges(sentence) == []


def test_remains_exchanged_for_captives_stay_out_of_captive_releases() -> None:
    lines, _ = captives(material_of(_linked([("2025-06-03", "Ukraine freed 757 prisoners for the bodies of 43 "
                                                            "soldiers on Friday, Kyiv said.")])))
    assert sorted((ln.action, ln.count) for ln in lines if ln.count) == [
        ("released", "757"), ("remains returned", "43")]


PLACED_KUJE = ("2025-04-09", "Nigerian bandits stormed a mosque in Kuje, Abuja, on Tuesday, killing 15 worshippers, "
               "police said.")


def _killing_incident(extraction: Extraction) -> str | None:
    return next(e.incident for e in extraction.events if e.text in ("killed", "killing"))


@pytest.mark.parametrize(("unplaced", "joins"), [
    ("ABUJA, April 9, 2025 - Gunmen killed 12 people on Tuesday, the governor said.", True),
    ("ABUJA, April 9, 2025 - In another attack, gunmen killed 12 people on Tuesday, the governor said.", False),
    ("ABUJA, April 9, 2025 - Elsewhere, gunmen killed 12 people on Tuesday, the governor said.", False),
    ("ABUJA, April 9, 2025 - Gunmen have killed 120 people since January, the governor said on Tuesday.", False),
])
def test_a_toll_naming_no_town_told_apart_is_no_update(unplaced: str, joins: bool) -> None:
    placed, toll = _linked([PLACED_KUJE, ("2025-04-09", unplaced)])
    assert (_killing_incident(toll) == _killing_incident(placed)) is joins
