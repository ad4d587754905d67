"""Figures of people admitted to hospital, of ranges whose scale is written once, and of vote tallies
after a label noun.

"Admitted to hospital" counts the wounded only when the sentence tells of violence, since hospitals
admit the sick as well; "4-5m pounds" and "$3-4bn" start in the millions and billions as "between 2
and 3 million" does; "adopted the resolution 141-5" is a tally of two counts, though "Resolution 2334"
names a text.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in, figures_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # admitted after violence: the wounded
    ("9 people were admitted to hospital after a bombing in Kabul.", "9", "injured"),
    ("At least 40 protesters were admitted to hospitals after clashes with police in Nairobi.", "At least 40",
     "injured"),
    ("Doctors in Goma said 14 people were admitted to hospital after an explosion at a market.", "14", "injured"),
    ("Medics said 6 villagers were admitted to hospital after the shelling of Kherson.", "6", "injured"),
    # admitted without violence, or keeping their own category
    ("15 people were admitted to hospital after eating contaminated food in Cox's Bazar.", "15", "other"),
    ("14 children were admitted to hospital with cholera after the shelling of the town.", "14", "other"),
    ("Two freed hostages were admitted to hospital after the raid in Jenin.", "Two", "released"),
    ("The university admitted 300 students after the teachers' strike ended.", "300", "other"),
    ("The clinic admitted 25 patients with malaria last week, officials in Juba said.", "25", "other"),
    ("12 people were admitted to hospital after a heart attack scare at the stadium in Cairo.", "12", "other"),
    ("Three were admitted to hospital after a sudden attack of fever in the camp.", "Three", "other"),
    ("Some 60 people were admitted to hospital with smoke inhalation after the blaze in Dhaka.", "Some 60", "other"),
])
def test_admission_categories(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # the violence told in the sentence before
    ("A bombing killed 14 people at a market in Kabul. 20 others were admitted to hospital.", "20", "injured"),
    # brought to care: alive, so not the dead of the figure before
    ("The cholera outbreak killed 34 people in Kasai; 1,200 others were admitted to hospital.", "1,200", "other"),
    ("Cholera killed 12 people in Kasai. 300 others were admitted to hospital.", "300", "other"),
    # their own nouns still count
    ("Troops freed 113 detainees in Marib. 4 of them were admitted to hospital.", "4", "released"),
    ("The bodies of 4 fishermen were taken to hospital in Sittwe.", "4", "killed"),
])
def test_admission_after_an_earlier_figure(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    # the scale of the high bound is the low bound's too
    ("Britain pledged 4-5m pounds in emergency aid to Sudan.", "4-5m", 4_000_000, 5_000_000, "GBP"),
    ("The UN appeal for Yemen seeks $3-4bn this year.", "3-4bn", 3_000_000_000, 4_000_000_000, "USD"),
    ("Rebuilding the bridge will cost 2-3 billion dollars, the ministry said.", "2-3 billion",
     2_000_000_000, 3_000_000_000, "USD"),
    ("London promised 4-5 million pounds for refugees in Chad.", "4-5 million", 4_000_000, 5_000_000, "GBP"),
    # no multiplier: the bounds stay as written
    ("Some 20-30k people rallied in Tbilisi on Sunday.", "Some 20-30k", 20_000, 30_000, None),
    ("The blast wall around the base is 4-5m high.", "4-5", 4, 5, "metre"),
    ("The boxer lost 10-15 pounds before the fight.", "10-15", 10, 15, None),
])
def test_ranges_share_their_written_scale(text: str, span: str, low: float, high: float, unit: str | None) -> None:
    figure = figure_in(text, span)
    assert (figure.low, figure.high, figure.unit) == (low, high, unit)


@pytest.mark.parametrize(("text", "spans"), [
    ("The UN General Assembly adopted the resolution 141-5, with 35 abstentions.", ["141", "5", "35"]),
    ("Ethiopia's parliament approved the emergency decree 201-63 on Friday.", ["201", "63"]),
    ("The Security Council passed Resolution 2334 on Friday.", []),
    ("The General Assembly adopted Resolution 377 in 1950.", []),
    ("Parliament approved article 5 of the treaty.", []),
])
def test_vote_tally_after_a_label_noun(text: str, spans: list[str]) -> None:
    assert [f.text for f in figures_in(text)] == spans
