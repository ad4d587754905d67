"""Figure categories of people cared for after breathing an irritant, of counts told by a count word
("dozens of", "a couple of") in care, and of a people's name read after a number.

Breathing tear gas or smoke is a harm to the body, so those treated for it are the injured; "exposure"
alone (the cold), shock and anxiety are not. A count word the parser makes the subject carries the
care of the people it counts. A people's name after a number ("1,500 Rohingya") is who is counted,
not a label. The guards are the other senses the adversarial pass tried.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in, figures_in


@pytest.mark.parametrize(("text", "span"), [
    # breathing an irritant, named with the exposure
    ("Eleven protesters were treated for tear gas inhalation after police dispersed a rally in Tbilisi.", "Eleven"),
    ("Medics said 8 demonstrators were treated for inhaling tear gas in Yerevan.", "8"),
    ("Twelve journalists were treated for exposure to pepper spray during the protest in Belgrade.", "Twelve"),
    ("Two firefighters were treated for smoke inhalation after the blaze in Kharkiv.", "Two"),
    ("Medics treated dozens for tear gas inhalation in Tehran.", "dozens"),
    # a count word as the subject of care
    ("Dozens of protesters were taken to hospital after the clashes in Nairobi.", "Dozens"),
    ("A couple of officers were taken to hospital after the riot in Leicester.", "A couple"),
    ("Hundreds of civilians sought medical help after the shelling of Kherson.", "Hundreds"),
    ("A couple of the protesters were treated for tear gas inhalation in Tbilisi.", "A couple"),
])
def test_care_for_a_harm_is_injured(text: str, span: str) -> None:
    assert figure_in(text, span).category == "injured"


@pytest.mark.parametrize(("text", "span", "category"), [
    # exposure without an irritant, shock and anxiety, and "have exposure" in its money sense
    ("Four climbers were treated for exposure after being rescued on Mount Kenya.", "Four", "other"),
    ("Seven protesters were treated for shock after police fired live rounds in Khartoum.", "Seven", "other"),
    ("Paramedics treated 30 people for anxiety after the rocket sirens in Ashkelon.", "30", "other"),
    ("Twelve banks have exposure to gas firms in Russia, the central bank said.", "Twelve", "other"),
    ("The hospital treated 12 men for inhaling drugs.", "12", "other"),
    # a reason for being taken that is a clause is no wound, and no other reason either
    ("Six people were taken to hospital for checking after the crash in Lahore.", "Six", "injured"),
    # count words taken elsewhere stay captives; the freed and the dead keep their own category
    ("Dozens of protesters were taken into custody in Tbilisi.", "Dozens", "captured"),
    ("Hundreds of protesters were taken to a police station in Nairobi.", "Hundreds", "captured"),
    ("Fifty prisoners were released from Evin prison. A couple of them were taken to hospital.", "A couple",
     "released"),
])
def test_care_reason_guards(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    ("A fire destroyed 300 shelters. Floods left 1,500 Rohingya homeless in Cox's Bazar.", "1,500", "displaced"),
    ("Police detained 300 Uyghur in Urumqi.", "300", "captured"),
    ("The boat carried 200 Rohingya to Aceh.", "200", "other"),
])
def test_people_named_after_a_number_are_counted(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "label"), [
    ("The council reaffirmed Resolution 2334 in New York.", "2334"),
    ("Two soldiers were killed when their convoy hit a roadside bomb on Highway 60 near Kandahar.", "60"),
    ("Fighters from Brigade 55 shelled positions along Route 9, killing four civilians.", "55"),
])
def test_labels_stay_names(text: str, label: str) -> None:
    assert all(label not in f.text for f in figures_in(text))
