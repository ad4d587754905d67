"""Sources that run past the speaker: a time or medium phrase the parse hangs on the end of the subject
("The defence minister on state television said", "Police in Karachi on Sunday said") tells when or
how the statement was made, not who makes it; and a hyphenated name the tokenizer broke ("Har-Even"),
whose second half the tagger gave to the cue.

Guards: phrases that say which people speak ("commentators on state television", "witnesses in the
video", "survivors of the 2015 attack"), and polls, documents and figures, whose time may say which
one it is (PolNeAR is split on those).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from parley.extract import extract_one
from parley.extract.attributions import find_attributions
from parley.records import Document

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The interior minister on state television said the curfew in Mogadishu would be extended.",
            [("The interior minister", "said", "the curfew in Mogadishu would be extended")],
            id="channel_after_an_office",
        ),
        pytest.param(
            "Police in Peshawar on Thursday said four suspects had been detained.",
            [("Police in Peshawar", "said", "four suspects had been detained")],
            id="day_hung_on_the_place_in_the_source",
        ),
        pytest.param(
            "The Sudanese army in a statement said its forces had recaptured the bridge.",
            [("The Sudanese army", "said", "its forces had recaptured the bridge")],
            id="occasion_with_an_indefinite_article",
        ),
        pytest.param(
            "Zelensky in his evening video address said air defences had downed 30 drones.",
            [("Zelensky", "said", "air defences had downed 30 drones")],
            id="occasion_with_a_possessive",
        ),
        pytest.param(
            "The governor of Sumy on Telegram said a school had been hit.",
            [("The governor of Sumy", "said", "a school had been hit")],
            id="channel_named_after_an_of_phrase",
        ),
        pytest.param(
            "Negotiators in Cairo on Saturday night said the talks had stalled.",
            [("Negotiators in Cairo", "said", "the talks had stalled")],
            id="time_of_day",
        ),
        pytest.param(
            "Brig. Gen. Avi Har-Even told reporters that the brigade had left the city.",
            [("Brig. Gen. Avi Har-Even", "told", "that the brigade had left the city")],
            id="hyphenated_name_whose_half_the_cue_took",
        ),
    ],
)
def test_source_ends_on_the_speaker(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "d")) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Commentators on state television said the strikes were justified.",
                     "Commentators on state television", id="plural_people_of_the_channel"),
        pytest.param("A presenter on state television said the attack had been staged.",
                     "A presenter on state television", id="the_channel_own_presenter"),
        pytest.param("Palestinians on social media said the strike hit a school in Jabalia.",
                     "Palestinians on social media", id="plural_name_on_a_channel"),
        pytest.param("Officials in the statement said aid deliveries had been delayed.",
                     "Officials in the statement", id="definite_article_may_say_whose"),
        pytest.param("Witnesses in the video said the soldiers fired first.",
                     "Witnesses in the video", id="video_shows_who_speaks"),
        pytest.param("Survivors of the 2015 attack said the gunmen wore uniforms.",
                     "Survivors of the 2015 attack", id="date_inside_a_description"),
        pytest.param("A poll on Monday showed support for the truce had fallen.",
                     "A poll on Monday", id="poll_keeps_its_time"),
        pytest.param("The data on Sunday showed a rise in casualties.",
                     "The data on Sunday", id="figures_keep_their_time"),
        pytest.param("Leaders at the summit said they would send more air defences.",
                     "Leaders at the summit", id="gathering_says_who_speaks"),
        pytest.param("The Hamas-run health ministry said 35 people had been killed.",
                     "The Hamas-run health ministry", id="hyphenated_modifier"),
    ],
)
def test_source_keeps_a_phrase_that_says_who_speaks(nlp: Language, text: str, source: str) -> None:
    assert [a.source.text for a in find_attributions(nlp(text), "d") if a.source] == [source]


def test_claimant_leaves_out_the_day() -> None:
    text = "Police in Peshawar on Thursday said four suspects had been detained."
    extraction = extract_one(Document(doc_id="d", text=text, date=dt.date(2024, 3, 7)))
    assert [f.claimant for f in extraction.figures] == ["Police in Peshawar"]
