"""Headlines of a release whose captive is described by a participle of capture.

In "Taliban release detained British journalist" the parser reads "Taliban release" as a noun phrase
and "detained" as the main verb, which gave an arrest by "Taliban release" and no release of the
journalist. Sentences are written for these tests in the style of wire headlines (not taken from the
evaluation sets). The guards come from an adversarial pass: a release noun in prose, or one whose
verb takes no captive, keeps its old reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("headline", "trigger", "source", "target"),
    [
        ("Taliban release detained British journalist", "release", "Taliban", "British journalist"),
        ("Iran frees detained French tourist", "frees", "Iran", "French tourist"),
        ("Azerbaijan frees captured Armenian troops", "frees", "Azerbaijan", "Armenian troops"),
        ("Turkey releases detained German journalist", "releases", "Turkey", "German journalist"),
    ],
)
def test_release_headline_frees_the_described_captive(nlp: Language, headline: str, trigger: str,
                                                      source: str, target: str) -> None:
    events = events_in(nlp, headline)
    assert [(e.text, e.type, e.mode) for e in events] == [(trigger, "RETREAT", "release")]
    assert events[0].source is not None and events[0].source.text == source
    assert events[0].target is not None and events[0].target.text == target


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Hostage release captured world attention.", {("release", "RETREAT")}),
        ("Prisoner releases detained nobody.", {("releases", "RETREAT")}),
        ("The Red Cross said the release freed 40 detainees.", {("freed", "RETREAT")}),
    ],
)
def test_release_noun_in_prose_keeps_its_reading(nlp: Language, sentence: str, found: set[tuple[str, str]]) -> None:
    events = events_in(nlp, sentence)
    assert {(e.text, e.type) for e in events} == found
    assert all(e.target is None or e.target.text != "nobody" for e in events)
