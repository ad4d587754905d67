"""Event status of a habit told with "set" as the deed's own verb ("set fire to").

"set" is a word of planning when it governs an act ("the talks are set to resume"), which kept the
habit rule from reading "militants routinely set fire to schools" as a practice going on. Sentences
are written for these tests about several conflicts (not taken from the evaluation sets). The guards
come from an adversarial pass: a habit set in the past, an act counted with "repeatedly", and a
single dated act keep their past reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import status_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Militants routinely set fire to schools in the north.", "ongoing"),
        ("Jihadists frequently set fire to churches in the region.", "ongoing"),
        ("Soldiers still set fire to homes, villagers say.", "ongoing"),
        # guards: the past, a count of blows, one act
        ("In 2015 militants routinely set fire to schools.", "happened"),
        ("Militants repeatedly set fire to the school last week.", "happened"),
        ("Militants set fire to the school on Monday.", "happened"),
    ],
)
def test_habit_of_setting_fire(nlp: Language, sentence: str, status: str) -> None:
    assert status_in(nlp, sentence, "set") == status
