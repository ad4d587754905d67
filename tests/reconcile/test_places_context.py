"""Incident linking on wire text: places at different levels, upper case, and names shared by documents.

The sentences are written for these tests in the style of 1980s-90s wire and radio reports (upper
case included); none is copied from MUC or the dev sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.reconcile import IncidentClusterer, Report, incidents
from parley.reconcile.incidents import document_contexts
from parley.reconcile.reports import _place_key, features, place_relation
from parley.records import Actor, Event, Figure


def attack(doc_id: str, sentence: str, *, idx: int = 0, place: str | None = None, day: str | None = "1989-11-12",
           published: str = "1989-11-12", kind: str = "ASSAULT") -> Report:
    """An ASSAULT report (or one of ``kind``) with the given sentence, place and day."""
    event = Event(doc_id=doc_id, start=0, end=5, text="attack", type=kind, date=day, place=place)
    return Report(event=event, idx=idx, published=dt.date.fromisoformat(published), sentence=sentence)


@pytest.mark.parametrize(("written", "key"), [
    ("SAN SALVADOR (CITY)", "san salvador"),
    ("Downtown Lima", "lima"),
    ("the department of Usulutan", "usulutan"),
    ("NORTHERN BOGOTA", "bogota"),
])
def test_place_key_is_case_free_and_drops_wire_levels(written: str, key: str) -> None:
    assert _place_key(written) == key


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("San Salvador", "SAN SALVADOR (CITY)", "same"),
    ("Gaza", "Gaza City", "same"),
    ("SAN SALVADOR", "EL SALVADOR", "country"),
    ("Lima", "Peru", "country"),
    ("Lima", "Bogota", "apart"),
    ("Soyapango", "San Salvador", "unknown"),
])
def test_place_relation_by_level(a: str, b: str, relation: str) -> None:
    key_a, key_b = _place_key(a), _place_key(b)
    assert key_a is not None and key_b is not None
    assert place_relation(key_a, key_b) == relation


def test_upper_case_wire_place_joins_mixed_case_report_of_the_same_day() -> None:
    clusterer = IncidentClusterer()
    wire = clusterer.add(attack("wire", "URBAN COMMANDOS ATTACKED A NATIONAL GUARD POST IN SAN SALVADOR (CITY).",
                                place="SAN SALVADOR (CITY)"))
    paper = clusterer.add(attack("paper", "Guerrillas fired on a police post in San Salvador before dawn.",
                                 place="San Salvador"))
    assert wire == paper


def test_city_and_its_country_are_not_counted_against() -> None:
    clusterer = IncidentClusterer()
    city = clusterer.add(attack("a", "REBELS DYNAMITED A POWER PYLON IN SAN SALVADOR.", place="SAN SALVADOR"))
    incident = clusterer.incidents[city]
    report = attack("b", "A power pylon was blown up in El Salvador, the army said.", place="EL SALVADOR")
    assert incidents._place_score(features(report), incident) == 0.0


def test_attacks_on_one_day_in_two_countries_stay_apart() -> None:
    clusterer = IncidentClusterer()
    lima = clusterer.add(attack("a", "A CAR BOMB EXPLODED OUTSIDE A BANK IN LIMA.", place="LIMA"))
    bogota = clusterer.add(attack("b", "A car bomb exploded outside a bank in Bogota.", place="Bogota"))
    assert lima != bogota


def test_document_context_is_the_words_of_all_its_sentences() -> None:
    reports = [attack("a", "SIX PRIESTS WERE SHOT AT THE UNIVERSITY."),
               attack("a", "THE RECTOR, FATHER MONTALVO, WAS AMONG THE DEAD.", idx=1),
               attack("b", "The army denied it.")]
    contexts = document_contexts(reports)
    assert {"priest", "university", "rector", "montalvo"} <= contexts["a"]
    assert "montalvo" not in contexts["b"]


def _follow_ups(name: str) -> list[Report]:
    """Two documents of one day: the killing told in one (the victim named in a sentence of threats),
    a condemnation naming the victim in the other; the killing's sentence and the condemnation's share no word."""
    first = [attack("first", "GUNMEN KILLED A JUDGE IN HIS CAR THIS MORNING."),
             attack("first", f"JUDGE {name} HAD RECEIVED THREATS FROM DRUG TRAFFICKERS.", idx=1, kind="THREATEN")]
    second = [attack("second", f"THE BAR ASSOCIATION CONDEMNED THE MURDER OF {name} AND DEMANDED JUSTICE.")]
    others = [attack(f"other-{i}", f"TROOPS CLASHED WITH REBELS NEAR VILLAGE NUMBER {i}.") for i in range(6)]
    return [*first, *second, *others]


def test_rare_name_shared_by_two_documents_links_their_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incidents, "CONTEXT_RARE_IDF", 1.5)  # a handful of documents: rarity is relative
    monkeypatch.setattr(incidents, "CONTEXT_WEIGHT", 1.0)
    clusterer = IncidentClusterer()
    assignments = clusterer.add_all(_follow_ups("OSPINA"))
    assert assignments[("first", 0)] == assignments[("second", 0)]


def test_without_a_shared_name_the_same_reports_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incidents, "CONTEXT_RARE_IDF", 1.5)
    monkeypatch.setattr(incidents, "CONTEXT_WEIGHT", 1.0)
    reports = _follow_ups("OSPINA")
    reports[2] = attack("second", "THE BAR ASSOCIATION CONDEMNED THE VIOLENCE AND DEMANDED JUSTICE.")
    assignments = IncidentClusterer().add_all(reports)
    assert assignments[("first", 0)] != assignments[("second", 0)]


@pytest.mark.parametrize(("written", "key"), [("Bogotá", "bogotá"), ("Ciudad Juárez", "ciudad juárez"),
                                              ("SÃO PAULO (CITY)", "são paulo"), ("Kyiv", "kyiv")])
def test_place_keys_keep_letters_outside_ascii(written: str, key: str) -> None:
    from parley.reconcile.reports import _place_key

    assert _place_key(written) == key


def _strike(doc_id: str, sentence: str, place: str | None, value: float | None) -> Report:
    """An Israeli strike on Gaza told on 17 March 2025, with its toll as a figure."""
    figures = (Figure(doc_id=doc_id, start=0, end=4, text="nine", value=value, category="killed"),) if value else ()
    event = Event(doc_id=doc_id, start=0, end=6, text="strike", type="ASSAULT", date="2025-03-17", place=place,
                  source=Actor(country="ISR"), target=Actor(country="PSE"), figures=[0] if figures else [])
    return Report(event=event, idx=0, published=dt.date(2025, 3, 17), sentence=sentence, figures=figures)


def test_two_strikes_in_two_towns_with_one_toll_on_one_day_stay_apart() -> None:
    clusterer = IncidentClusterer()
    khan_younis = clusterer.add(_strike("a", "An Israeli airstrike on a house in Khan Younis killed nine people "
                                             "on Monday, Gaza's health ministry said.", "Khan Younis", 9))
    jabalia = clusterer.add(_strike("b", "An Israeli strike on a school sheltering displaced families in Jabalia "
                                         "killed nine people on Monday, the civil defence said.", "Jabalia", 9))
    assert khan_younis != jabalia


@pytest.mark.parametrize(("sentence", "place"), [
    ("Monday's Israeli air strike on a home in Khan Younis killed nine members of one family.", "Khan Younis"),
    ("An Israeli strike killed nine people in a house in southern Gaza on Monday, medics said.", None),
])
def test_reports_of_one_strike_with_its_toll_still_join(sentence: str, place: str | None) -> None:
    clusterer = IncidentClusterer()
    first = clusterer.add(_strike("a", "An Israeli airstrike on a house in Khan Younis killed nine people on Monday, "
                                       "Gaza's health ministry said.", "Khan Younis", 9))
    assert clusterer.add(_strike("b", sentence, place, 9)) == first

