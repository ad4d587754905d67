"""Three readings of the ledgers and incidents, on short reports written for these tests in wire style
(Nigeria, Sudan, Lebanon, Ukraine, Armenia, Bosnia 2025), not copied from any evaluation set:

* a first toll naming no town joins the one placed incident of its day and country (the dateline gives
  the country), and stays apart when two placed incidents fit;
* bodies handed back are a return of remains: never a release of captives, exchanged for remains or
  for captives when the sentence prices one with the other;
* a truce's parties are its two sides, a region standing for its state ("northern Israel" → Israel).
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract import extract_one
from parley.reconcile import figure_series, link_incidents, material_of
from parley.reconcile.reports import whole_words_pattern
from parley.reconcile.truce import _party_names
from parley.reconcile.views import Material, captives, truces
from parley.records import Document, Extraction


def _linked(name: str, reports: list[tuple[str, str]]) -> list[Extraction]:
    docs = [Document(doc_id=f"{name}-{i}", text=text, date=dt.date.fromisoformat(day), outlet=f"Outlet {i}")
            for i, (day, text) in enumerate(reports)]
    return link_incidents([extract_one(d) for d in docs])


def _material(name: str, reports: list[tuple[str, str]]) -> Material:
    return material_of(_linked(name, reports))


def _killing_incident(extraction: Extraction) -> str | None:
    return next(e.incident for e in extraction.events if e.text in ("killed", "killing"))


PLACED_KUJE = ("2025-04-09", "Nigerian bandits stormed a mosque in Kuje, Abuja, on Tuesday, killing 15 worshippers, "
               "police said.")
PLACED_GUSAU = ("2025-04-09", "Nigerian gunmen attacked a market in Gusau, Zamfara, on Tuesday, killing 6 traders, "
                "the army said.")
UNPLACED = ("2025-04-09", "ABUJA, April 9, 2025 - Gunmen killed 12 people on Tuesday, the governor said.")


def test_a_toll_naming_no_town_joins_the_one_placed_incident_of_its_day() -> None:
    placed, unplaced = _linked("upd", [PLACED_KUJE, UNPLACED])
    assert _killing_incident(unplaced) == _killing_incident(placed)


def test_a_toll_naming_no_town_stays_apart_when_two_placed_incidents_fit() -> None:
    kuje, gusau, unplaced = _linked("two", [PLACED_KUJE, PLACED_GUSAU, UNPLACED])
    assert _killing_incident(kuje) != _killing_incident(gusau)
    assert _killing_incident(unplaced) not in (_killing_incident(kuje), _killing_incident(gusau))


def test_a_toll_of_another_country_stays_apart() -> None:
    khartoum = ("2025-04-09", "KHARTOUM, April 9, 2025 - Gunmen killed 12 people on Tuesday, the governor said.")
    placed, unplaced = _linked("other", [PLACED_KUJE, khartoum])
    assert _killing_incident(unplaced) != _killing_incident(placed)


def _lines(sentence: str) -> list[tuple[str, str | None, str | None]]:
    lines, _ = captives(_material("rem", [("2025-06-03", sentence)]))
    return sorted((ln.action, ln.count, ln.exchange) for ln in lines if ln.count)


def test_bodies_given_for_captives_are_remains_in_an_exchange_for_captives() -> None:
    lines = _lines("Hezbollah freed two Israeli soldiers in exchange for 10 bodies of its fighters, "
                   "the Red Cross said.")
    assert [(action, count) for action, count, _ in lines] == [("released", "two"), ("remains returned", "10")]
    assert len({exchange for _, _, exchange in lines}) == 1 and lines[0][2] is not None


@pytest.mark.parametrize(("sentence", "remains", "released"), [
    ("Hamas handed over the bodies of four hostages on Thursday, the Israeli army said.", ["four"], []),
    ("Russia handed over 500 bodies of Ukrainian soldiers on Tuesday, Kyiv said.", ["500"], []),
    ("Hamas released six hostages and handed over four bodies on Saturday, Israel said.", ["four"], ["six"]),
    ("Hamas said it would hand over 8 hostages and the remains of 3 others this week.", ["3"], ["8"]),
    # near misses: a body of people, bodies of the living, a count before "and" and a noun of the dead
    ("Gunmen released 8 members of the student body of a university in Zamfara, police said.", [], ["8"]),
    ("Boko Haram fighters freed 10 girls, whose bodies were emaciated, the army said.", [], ["10"]),
    ("The Taliban released 9 prisoners from the main prison, according to a local body.", [], ["9"]),
])
def test_remains_are_told_apart_from_captives(sentence: str, remains: list[str], released: list[str]) -> None:
    lines = _lines(sentence)
    assert [count for action, count, _ in lines if action == "remains returned"] == remains
    assert [count for action, count, _ in lines if action == "released"] == released


def test_a_captive_exchange_beside_a_return_of_remains_still_pairs() -> None:
    lines, exchanges = captives(_material("rx", [(
        "2025-06-03", "Hamas freed 3 Israeli hostages in exchange for 90 Palestinian prisoners on Sunday and "
                      "handed over 2 bodies, officials said.")]))
    assert [(x.first.count, x.second.count, x.ratio) for x in exchanges] == [("3", "90", "1:30")]
    assert [(ln.action, ln.exchange) for ln in lines if ln.count == "2"] == [("remains returned", None)]


@pytest.mark.parametrize(("written", "parties"), [
    (["Hezbollah and northern Israel"], ["Hezbollah", "Israel"]),
    (["Israeli jets", "southern Lebanon"], ["Israeli jets", "Lebanon"]),
    (["the north of Israel"], ["Israel"]),
    (["Israel and Hamas"], ["Israel", "Hamas"]),
    # guards: a state whose name holds a compass word or "and", a region of no known state, three sides
    (["South Sudan", "Sudan"], ["South Sudan", "Sudan"]),
    (["Bosnia and Herzegovina's factions"], ["Bosnia and Herzegovina's factions"]),
    (["Trinidad and Tobago"], ["Trinidad and Tobago"]),
    (["West Bank"], ["West Bank"]),
    (["the army and police", "rebels"], ["the army and police", "rebels"]),
    (["Hezbollah, Iran and Syria"], ["Hezbollah, Iran and Syria"]),
])
def test_a_truce_party_is_a_side_and_a_region_its_state(written: list[str], parties: list[str]) -> None:
    assert _party_names(written) == parties


def test_a_truce_with_a_region_named_lists_the_state() -> None:
    lines = truces(_material("tr", [(
        "2025-03-10", "A truce between Hezbollah and northern Israel took effect on Monday, mediators said.")]))
    assert [ln.parties for ln in lines] == ["Hezbollah / Israel"]


def test_a_word_list_pattern_prefers_the_longest_phrase() -> None:
    found = whole_words_pattern(["extend", "extended", "cease-fire"]).findall("They extended the Cease-fire.")
    assert found == ["extended", "Cease-fire"]


@pytest.mark.parametrize(("sentence", "points"), [
    ("Russia handed over 757 bodies of fallen soldiers on Tuesday, Kyiv said.", []),
    # bodies found, pulled out or counted in a toll are the dead of an attack: still a toll
    ("Rescuers pulled 40 bodies from the rubble of a building in Kharkiv, officials said.", ["40"]),
    ("The bodies of 30 people were found in a mass grave near Izium, police said.", ["30"]),
    ("Gunmen killed 12 people on Tuesday, the governor said.", ["12"]),
])
def test_bodies_handed_over_are_no_toll(sentence: str, points: list[str]) -> None:
    series = figure_series(_material("toll", [("2025-06-03", sentence)]))
    assert [p.text for s in series for p in s.points] == points
