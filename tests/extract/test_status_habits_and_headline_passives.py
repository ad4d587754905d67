"""Event status of practices told with an adverb of habit, and of headline passives with "to be".

Sentences are written in the style of wire headlines and reports on several conflicts (not taken
from the evaluation sets). The guard cases come from an adversarial pass: a habit told in the past, a
habit of speaking, and a headline whose "to be" is governed by an adjective keep the status they had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import status_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a headline drops the "is" of "is to be": the act is still to come
        ("Hostages to be freed on Sunday", "freed", "planned"),
        ("Journalists to be deported from Ethiopia", "deported", "planned"),
        ("Soldiers to be deployed to the border", "deployed", "planned"),
        ("Ambassador to be expelled over spying row", "expelled", "planned"),
        ("Curfew to be imposed in Kano", "imposed", "planned"),
        # guards: told as done
        ("Hostages freed on Sunday", "freed", "happened"),
        ("Journalists were freed on Sunday.", "freed", "happened"),
        ("Hostages relieved to be freed after months in Gaza", "freed", "happened"),
    ],
)
def test_headline_passive_infinitive_is_planned(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # an adverb of habit on a deed in the simple present: a practice going on
        ("Security forces regularly arrest activists in Tehran.", "arrest", "ongoing"),
        ("Gangs frequently kidnap travellers on the highway to Port-au-Prince.", "kidnap", "ongoing"),
        ("Hamas frequently fires rockets at Sderot.", "fires", "ongoing"),
        ("Turkey regularly strikes Kurdish positions in northern Iraq.", "strikes", "ongoing"),
        ("Militias routinely detain journalists", "detain", "ongoing"),
        # guards: the habit told in the past, or a single act, is done
        ("Militias routinely detained journalists in 2014.", "detained", "happened"),
        ("Militants often attacked convoys on this road last year.", "attacked", "happened"),
        ("Police arrested 20 protesters on Monday.", "arrested", "happened"),
        ("Israel has often struck targets in Syria.", "struck", "happened"),
    ],
)
def test_habitual_present_is_ongoing(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status
