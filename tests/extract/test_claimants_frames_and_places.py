"""Figure claimants given by "in" frames and read past a place: the holder of a view ("In Moscow's
view, ...", "In his assessment, ..." after the one named) or the poll ("In a Gallup poll, 62
percent ...") claims what the clause says, as "according to" would; a place the tagger calls a
person ("the hospital director in Khan Younis") is where the speaker is, not who speaks.

Sentences are written for these tests in the style of wire copy, ministry statements and NGO
reports; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in

# (text, span, claimant): the original code gave no claimant, or the place
FRAMED_AND_PLACED: list[tuple[str, str, str | None]] = [
    ("In the army's assessment, the rebels had lost 300 fighters since March.", "300", "the army"),
    ("In Moscow's view, Ukrainian forces shelled the village of Tyotkino, killing 8 civilians.", "8", "Moscow"),
    ("In Kyiv's estimation, Russia lost 1,200 troops in a single day.", "1,200", "Kyiv"),
    ("The rebels, in Bamako's view, have lost 300 men since January.", "300", "Bamako"),
    ("In a Gallup poll released Tuesday, 62 percent of Afghans said they opposed the ban.", "62", "Gallup"),
    ("In a survey by the Kyiv International Institute of Sociology, 58 percent of Ukrainians rejected "
     "territorial concessions.", "58", "the Kyiv International Institute of Sociology"),
    # a possessive holder takes up the one named before, as "he" or "it" would
    ("The Sudanese army issued a statement. In its view, the RSF lost 500 fighters in El Fasher.",
     "500", "The Sudanese army"),
    ("The governor, Oksana Lysenko, said 3 people died. In her view, 10 more were missing.", "10", "Oksana Lysenko"),
    # the place after the speaker's noun, tagged a person, is not the speaker
    ("The hospital director in Khan Younis said 40 bodies had arrived overnight.",
     "40", "The hospital director in Khan Younis"),
    ("A spokesman for the army in Goma said 30 M23 fighters were killed.", "30", "A spokesman for the army in Goma"),
    ("Doctors inside Kamal Adwan said 6 infants had died.", "6", "Doctors inside Kamal Adwan"),
]


@pytest.mark.parametrize(("text", "span", "claimant"), FRAMED_AND_PLACED)
def test_claimant_of_a_frame_or_a_placed_speaker(text: str, span: str, claimant: str | None) -> None:
    assert figure_in(text, span).claimant == claimant


# (text, span, claimant): near misses the rules above must leave as they were
FRAME_AND_PLACE_GUARDS: list[tuple[str, str, str | None]] = [
    # a view that is seen, an election, a question: no one claims the figure
    ("In his view from the hilltop, 30 tanks crossed the river.", "30", None),
    ("In the poll held on Sunday, the ruling party won 62 percent of the vote.", "62", None),
    ("In your view, were 50 people killed?", "50", None),
    # a possessive naming no one: the wider speaker, else no claimant rather than "their"
    ("In its view, 300 people were killed, the monitor said.", "300", "the monitor"),
    ("In our view, 10 more shelters are needed, the charity said.", "10", "the charity"),
    ("In their judgment, the strike killed 14 civilians.", "14", None),
    # a named apposition still names the speaker; a person spoken for is not a place
    ("The UN envoy in Yemen, Hans Grundberg, said 14 prisoners were freed.", "14", "Hans Grundberg"),
    ("A spokesman for Ismail Haniyeh said 4 of his relatives were killed.", "4", "Ismail Haniyeh"),
    ("In a statement, the ministry of defence said 7 drones were shot down overnight.", "7",
     "the ministry of defence"),
]


@pytest.mark.parametrize(("text", "span", "claimant"), FRAME_AND_PLACE_GUARDS)
def test_claimant_frame_and_place_guards(text: str, span: str, claimant: str | None) -> None:
    assert figure_in(text, span).claimant == claimant
