"""Figures in humanitarian and casualty reporting: labelled lists, tallies set "at" a count, the
event noun before "of N", rescues that free no one, places people shelter in, and claimants
owned by a place's name.

Sentences are written for these tests in the style of wire copy and situation reports; none
comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in

# (text, span, category, counted)
FIXED: list[tuple[str, str, str, str | None]] = [
    # a labelled list: each label names its own count's category
    ("Killed: 9; injured: 31; missing: 4.", "31", "injured", None),
    ("Dead: 4, wounded: 10, detained: 3.", "4", "killed", None),
    ("Hostages: 85 remain in the tunnels.", "85", "held", None),
    # a tally set at a count hung on the tally's participle counts the tally's noun
    ("The navy put the number of pirates killed at 15.", "15", "killed", "pirates"),
    ("The number of Yemenis held by the coalition has risen to 2,700.", "2,700", "held", "Yemenis"),
    ("The toll, later revised by the ministry to 61, rose again.", "61", "killed", "toll"),
    # the event noun right before "of N" says what befell them, whatever verb governs the phrase
    ("Police detained 5 men over the killing of three farmers.", "three", "killed", "farmers"),
    ("The hostages were freed months after the kidnapping of 8 engineers.", "8", "captured", "engineers"),
    # a rescue from danger frees no captive
    ("Divers rescued 17 fishermen from the capsized ferry.", "17", "other", "fishermen"),
    ("The coastguard rescued 140 migrants south of Crete.", "140", "other", "migrants"),
    # places people shelter in are not displaced
    ("About 12,000 people are sheltering in 64 collective centres.", "64", "other", "collective centres"),
    # a subject with a predicate of its own does not share the outer verb's fate
    ("Forty people drowned after three levees burst.", "three", "other", "levees"),
    # treatment for wounds counts the wounded; tonnes of assistance are aid
    ("Hospitals said 2,300 people were treated for injuries.", "2,300", "injured", "people"),
    ("The agency delivered 900 tonnes of food assistance.", "900", "aid", "food assistance"),
    ("The army said about 40 projectiles crossed the border.", "about 40", "military", "projectiles"),
    # a count the parser made the subject of the participle before its noun
    ("The army said it detained 18 wanted suspects.", "18", "captured", "wanted suspects"),
]


@pytest.mark.parametrize(("text", "span", "category", "counted"), FIXED)
def test_category_and_counted_noun(text: str, span: str, category: str, counted: str | None) -> None:
    figure = figure_in(text, span)
    assert (figure.category, figure.counted) == (category, counted)


# (text, span, category): readings the new rules must leave alone
GUARDS: list[tuple[str, str, str]] = [
    # rescuing captives still frees them
    ("Commandos rescued 6 hostages from a militant hideout.", "6", "released"),
    ("Soldiers rescued 11 kidnapped students in Kaduna.", "11", "released"),
    ("Gunmen abducted 40 villagers. Troops later rescued 15 of them.", "15", "released"),
    ("Police rescued 9 passengers from the bandits.", "9", "released"),
    ("Marines freed 3 crew members and rescued 5 others.", "5", "released"),
    ("The army rescued 12 kidnap victims near the forest.", "12", "released"),
    ("Police rescued 20 girls from a trafficking ring.", "20", "released"),
    # servitude named by a modifier, or captors named in the counted people's own phrase
    ("Officers rescued 35 trafficked boys from a fishing camp.", "35", "released"),
    ("The frigate rescued 19 sailors of a tanker seized by pirates.", "19", "released"),
    # a label that names no fate, or one inside a sentence, sets nothing
    ("Update: 14 people were killed overnight.", "14", "killed"),
    # an adverb may open a list's label
    ("Seized: 80 miners; released: 30; still held: 50.", "50", "held"),
    # people going home are not freed, even counted by a tally
    ("The number of Syrians returning home rose to 41,000.", "41,000", "other"),
    # tonnes of military assistance are no aid
    ("Allies sent 500 tonnes of military assistance.", "500", "other"),
    # a patient treated for an illness is not wounded
    ("The clinic treated 600 people for cholera.", "600", "other"),
]


@pytest.mark.parametrize(("text", "span", "category"), GUARDS)
def test_guarded_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


# (text, span, claimant)
CLAIMANTS: list[tuple[str, str, str]] = [
    ("Sri Lanka's Disaster Management Centre said 38 people had died.", "38",
     "Sri Lanka's Disaster Management Centre"),
    ("Sri Lanka's National Building Research Organisation said 12 people were killed. It said 30 were missing.",
     "30", "Sri Lanka's National Building Research Organisation"),
]


@pytest.mark.parametrize(("text", "span", "claimant"), CLAIMANTS)
def test_a_body_owned_by_a_place_name_is_the_claimant(text: str, span: str, claimant: str) -> None:
    assert figure_in(text, span).claimant == claimant


def test_a_person_owning_a_common_noun_staff_is_still_the_person() -> None:
    """Guard: the place-name rule reads only an owned organisation's proper name."""
    figure = figure_in("Zelensky's aides said 12 drones were downed.", "12")
    assert figure.claimant is not None and "Zelensky" in figure.claimant
