"""Three readings of the ledgers, on short reports written for these tests in wire style (Sudan,
Yemen, Mali, Myanmar, Lebanon, Ukraine, Gaza, Nigeria, Colombia 2015-2026), not copied from any
evaluation set:

* an exchange whose price is a count with no side ("64 RSF fighters in exchange for 30 soldiers")
  is paired when the sentence names two parties and the count stands right after the cue;
* a truce line whose event is an attack told beside the truce ("struck southern Lebanon hours after
  the ceasefire took effect") takes no parties from it, unless it is the breach or a fight of two
  armed sides;
* one claimant's tolls of two incidents two days apart are two series, the later one reported a
  day after the first.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract import extract_one
from parley.reconcile import figure_series, link_incidents, material_of
from parley.reconcile.views import Material, captives, truces
from parley.records import Document


def _material(name: str, reports: list[tuple[str, str]]) -> Material:
    docs = [Document(doc_id=f"{name}-{i}", text=text, date=dt.date.fromisoformat(day), outlet=f"Outlet {i}")
            for i, (day, text) in enumerate(reports)]
    return material_of(link_incidents([extract_one(d) for d in docs]))


def _exchanged_counts(sentence: str) -> list[str | None]:
    lines, _ = captives(_material("x", [("2025-06-03", sentence)]))
    return sorted(str(ln.count) for ln in lines if ln.exchange)


@pytest.mark.parametrize(("sentence", "exchanged"), [
    ("The Sudanese army handed over 64 RSF fighters in exchange for 30 soldiers on Sunday, a mediator said.",
     ["30", "64"]),
    ("The Houthis released 14 Saudi prisoners in exchange for 42 of their fighters, the ICRC said.", ["14", "42"]),
    ("The Malian army handed over 11 JNIM fighters in exchange for 7 soldiers, local sources said.", ["11", "7"]),
    ("The army offered to free 64 RSF fighters in exchange for 30 soldiers, a mediator said.", ["30", "64"]),
    # guards: two counts before the cue, a count the cue's object governs, no party named for the captives
    ("The army released 64 RSF fighters and 30 civilians on Sunday in exchange for a halt to shelling, "
     "officials said.", []),
    ("The Sudanese army freed 64 RSF fighters in return for safe passage for 30 civilians, a mediator said.", []),
    ("The army released 64 fighters in exchange for 30 soldiers, a mediator said.", []),
    ("The Sudanese army handed over 64 RSF fighters in exchange for 30 soldiers and 5 civilians, a mediator said.",
     []),
])
def test_an_unsided_price_is_the_other_side_of_an_exchange(sentence: str, exchanged: list[str]) -> None:
    assert _exchanged_counts(sentence) == exchanged


@pytest.mark.parametrize(("sentence", "parties"), [
    ("Israeli jets struck southern Lebanon on Friday, hours after the ceasefire took effect, Lebanese officials "
     "said.", None),
    ("M23 rebels seized Walikale two days after the ceasefire took effect, the army said.", None),
    ("Gunmen abducted 20 passengers in Zamfara after a truce with bandits collapsed, police said.", None),
    ("Russian forces shelled Kherson on Friday, a day after the Easter truce ended, the governor said.", None),
    # guards: the breach itself, a fight of two armed sides, the truce's own event
    ("Israeli tanks shelled Khiam in breach of the ceasefire, Lebanese media said.", "Israeli tanks / Khiam"),
    ("Colombian troops clashed with ELN guerrillas hours after the ceasefire ended, the army said.",
     "Colombian troops / ELN guerrillas"),
    ("The truce between Israel and Hezbollah took effect at 4 a.m. on Wednesday, US officials said.",
     "Israel / Hezbollah"),  # the two sides of "Israel and Hezbollah"
])
def test_an_attack_beside_a_truce_names_no_parties_of_it(sentence: str, parties: str | None) -> None:
    lines = truces(_material("t", [("2024-11-29", sentence)]))
    assert [ln.parties for ln in lines] == [parties]


def _killed_series(reports: list[tuple[str, str]]) -> list[list[float | None]]:
    return sorted([p.value for p in s.points] for s in figure_series(_material("s", reports))
                  if s.category == "killed")


@pytest.mark.parametrize(("reports", "expected"), [
    ([("2024-05-27", "An Israeli airstrike on Rafah killed 45 people on Sunday, the health ministry said."),
      ("2024-05-28", "An Israeli strike on Rafah killed 21 people on Tuesday, the health ministry said.")],
     [[21.0], [45.0]]),
    ([("2023-11-20", "Gunmen killed 17 villagers in Mangu on Sunday, police said."),
      ("2023-11-21", "Gunmen killed 9 villagers in Mangu on Tuesday, police said.")],
     [[9.0], [17.0]]),
    # guards: a death told with the earlier day, an updated toll, a toll dated only by its saying,
    # an incident a day later
    ([("2025-05-25", "A Russian drone strike on Kharkiv killed 3 people on Saturday, the governor said."),
      ("2025-05-26", "Two more people died in hospital on Monday after Saturday's drone strike on Kharkiv, the "
                     "governor said.")],
     [[3.0, 2.0]]),
    ([("2024-05-27", "An Israeli airstrike on Rafah killed 45 people on Sunday, the health ministry said."),
      ("2024-05-28", "The toll from Sunday's strike on Rafah rose to 50 on Tuesday, the health ministry said.")],
     [[45.0, 50.0]]),
    ([("2024-05-27", "An Israeli airstrike on Rafah killed 45 people on Sunday, the health ministry said."),
      ("2024-05-28", "The health ministry said on Tuesday that 50 people were killed in the Israeli strike on Rafah.")],
     [[45.0, 50.0]]),
    ([("2024-05-27", "An Israeli airstrike on Rafah killed 45 people on Sunday, the health ministry said."),
      ("2024-05-28", "Israeli strikes on Rafah killed 45 people last weekend, the health ministry said on Tuesday.")],
     [[45.0, 45.0]]),
    ([("2025-06-10", "Shelling of El Fasher killed 12 people on Monday, the resistance committee said."),
      ("2025-06-11", "Shelling of El Fasher killed 9 people on Tuesday, the resistance committee said.")],
     [[12.0, 9.0]]),
])
def test_incidents_two_days_apart_are_two_series(reports: list[tuple[str, str]],
                                                 expected: list[list[float | None]]) -> None:
    assert _killed_series(reports) == expected
