"""Attributions whose parse points at the wrong cue or cuts the content at the wrong word.

A manner noun after "with" ("said with a laugh that ...") carries the that-clause in the parse
but is no content; a concession opening the content ("said that while the rebels claimed
victory, ...") is no second report set beside the first. Sentences are written in the style of
wire reports (not taken from any evaluation set or corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

if TYPE_CHECKING:
    from spacy.language import Language


def _cues_and_contents(nlp: Language, sentence: str) -> list[tuple[str, str]]:
    """The (cue, content) pairs parley finds in one sentence."""
    return [(a.cue.text, a.content.text) for a in find_attributions(nlp(sentence), "t")]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The Ukrainian defence minister said with confidence that Russian forces would be pushed back by spring.",
         "said", "that Russian forces would be pushed back by spring"),
        ("The Houthi spokesman insisted with a smile that the Red Sea attacks would continue.",
         "insisted", "that the Red Sea attacks would continue"),
        ("Haiti's police chief admitted with resignation that gangs controlled most of Port-au-Prince.",
         "admitted", "that gangs controlled most of Port-au-Prince"),
        ("The Serbian president remarked with sarcasm that Pristina had never wanted dialogue.",
         "remarked", "that Pristina had never wanted dialogue"),
        ("The commander told the BBC with a smile that the town had been taken.",
         "told", "that the town had been taken"),
        ("The general noted with concern that attacks had increased.", "noted", "that attacks had increased"),
    ],
)
def test_a_manner_noun_after_with_is_no_content(nlp: Language, sentence: str, cue: str, content: str) -> None:
    """The parser hangs the that-clause on the manner noun; the clause is still what was said."""
    assert (cue, content) in _cues_and_contents(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        # what someone supplies, agrees with or answers with is what the verb is about
        ("The ministry countered with evidence that the strike had hit an arms depot.",
         "countered with", "evidence that the strike had hit an arms depot"),
        ("The army responded with a statement that the convoy had strayed into a closed zone.",
         "responded with", "a statement that the convoy had strayed into a closed zone"),
        ("Nigeria's army disagreed with reports that 40 villagers had been killed in Zamfara.",
         "disagreed with", "reports that 40 villagers had been killed in Zamfara"),
        ("The senator agreed with the assessment that Russia had gained ground.",
         "agreed with", "the assessment that Russia had gained ground"),
        ("Kenya's president agreed with her view that the police had overreacted.",
         "agreed with", "her view that the police had overreacted"),
    ],
)
def test_a_claim_or_fact_after_with_stays_the_content(nlp: Language, sentence: str, cue: str, content: str) -> None:
    assert (cue, content) in _cues_and_contents(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers fought with a ferocity that stunned observers.",
        "The president met with leaders that week to discuss the crisis.",
        "Residents watched with alarm that the river was rising near Derna.",
    ],
)
def test_with_after_a_verb_of_no_saying_makes_no_attribution(nlp: Language, sentence: str) -> None:
    assert _cues_and_contents(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The union said that while polling showed support for the strike, no date had been set.",
         "that while polling showed support for the strike, no date had been set"),
        ("Kyiv said that while Moscow claimed to have taken the village, fighting continued.",
         "that while Moscow claimed to have taken the village, fighting continued"),
        ("Diplomats said that though Tehran insisted its programme was peaceful, inspectors had been blocked.",
         "that though Tehran insisted its programme was peaceful, inspectors had been blocked"),
        ("The doctors said that, while the ministry reported 12 deaths, hospitals had received 40 bodies.",
         "that, while the ministry reported 12 deaths, hospitals had received 40 bodies"),
    ],
)
def test_a_concession_opening_the_content_does_not_end_it(nlp: Language, sentence: str, content: str) -> None:
    """A "while" clause before the verb it hangs on is the speaker's own concession."""
    assert ("said", content) in _cues_and_contents(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Kyiv said 12 drones were shot down, while Moscow claimed all its targets were hit.",
         ("said", "12 drones were shot down")),
        ("The Red Cross said its teams had counted 70 bodies, while the army gave a toll of 45.",
         ("said", "its teams had counted 70 bodies")),
        ("The army said 30 militants were killed, while local officials said most of the dead were farmers.",
         ("said", "30 militants were killed")),
    ],
)
def test_a_report_set_after_the_content_still_ends_it(nlp: Language, sentence: str, first: tuple[str, str]) -> None:
    assert _cues_and_contents(nlp, sentence)[0] == first
