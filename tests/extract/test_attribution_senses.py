"""Attributions: deeds done with a cue verb, questions put to a speaker, and editors' notes.

Sentences are written in the style of wire reports (not taken from any evaluation set or corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract import extract_one
from parley.extract.attributions import find_attributions
from parley.records import Document

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # a person or group released is freed; a statement released is words
        ("The drug cartel released the senator on Friday.", None),
        ("Hamas released three hostages on Friday.", None),
        ("Police released him on bail.", None),
        ("The army released a statement saying it had killed 12 militants.", "released a statement saying"),
        # declaring martial law or a ceasefire performs it; declaring that ... states
        ("The junta declared martial law in three provinces after the attack.", None),
        ("Hamas declared a unilateral ceasefire on Sunday.", None),
        ("Putin declared that the war would continue.", "declared"),
        # a report released by a body is words, whoever wrote it; a ceasefire declared over is a statement
        ("The ministry released the UN report, which found troops had fired on civilians.", "released"),
        ("Hamas declared the ceasefire over after Israeli strikes.", "declared"),
        # people of any named kind are freed; an assessment is words
        ("The Taliban released the Afghan pilots.", None),
        ("The group released the Saudi intelligence assessment.", "released"),
    ],
)
def test_a_deed_done_with_a_cue_verb_is_no_attribution(nlp: Language, sentence: str, cue: str | None) -> None:
    cues = [a.cue.text for a in find_attributions(nlp(sentence), "t")]
    assert (cues[:1] == [cue]) if cue else cues == []  # the statement's own "saying" may follow


@pytest.mark.parametrize(
    ("sentence", "asked", "speaker"),
    [
        ("Asked whether troops would leave, the minister declined to comment.", "whether troops would leave", None),
        ("Asked about the attack, Peskov said Russia would respond.", "the attack", "Peskov"),
    ],
)
def test_who_asks_before_a_speaker_is_unnamed(nlp: Language, sentence: str, asked: str, speaker: str | None) -> None:
    found = {a.cue.text.split()[0]: a for a in find_attributions(nlp(sentence), "t")}
    question = found["Asked"]
    assert question.source is None  # the speaker was asked; who asked is not said
    assert question.content.text == asked
    if speaker is not None:
        said = found["said"]
        assert said.source is not None and said.source.text == speaker


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # a transcriber's note in brackets states nothing about the words around it
        ("THE TROOPS ATTACKED [AS REPORTED] THE VILLAGE OF SAN JOSE.", []),
        ("Troops stormed [as reported] the village of Kidal.", []),
        # brackets inside or beside what a speaker says leave the speaker's words an attribution
        ("Police said the suspect [a 34-year-old man] was arrested.", ["said"]),
        ("THE REBELS [WORDS INDISTINCT] SAID THAT THE ARMY HAD LEFT.", ["SAID"]),
        # a mistyped bracket opens no note
        ("THE GUERRILLA COORDINATING BOARD [CGSB) SAID TODAY THAT THE TALKS MUST BE HELD \"WITH ALL\" [ARMED GROUPS].",
         ["SAID"]),
    ],
)
def test_an_editors_note_in_brackets_is_no_attribution(nlp: Language, sentence: str, cues: list[str]) -> None:
    assert [a.cue.text for a in find_attributions(nlp(sentence), "t")] == cues


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # who does not say or confirm a figure claims nothing
        ("Police would not confirm that 12 people died.", None),
        ("The ministry did not say whether 12 people died.", None),
        ("Police said 12 people died.", "Police"),
    ],
)
def test_a_negated_cue_gives_no_claimant(nlp: Language, sentence: str, claimant: str | None) -> None:
    extraction = extract_one(Document(doc_id="t", text=sentence))
    assert [f.claimant for f in extraction.figures] == [claimant]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a participle set off by commas is an aside about the speaker, not part of the source
        ("A senior Hamas official, speaking on condition of anonymity, told AFP that talks had stalled.",
         "A senior Hamas official"),
        # a relative clause and an apposition stay, as PolNeAR marks them
        ("The minister, who spoke on condition of anonymity, said talks had stalled.",
         "The minister, who spoke on condition of anonymity"),
        ("Kyiv's mayor, Vitali Klitschko, said two people had been killed.", "Kyiv's mayor, Vitali Klitschko"),
    ],
)
def test_a_participle_aside_is_not_the_source(nlp: Language, sentence: str, source: str) -> None:
    said = [a for a in find_attributions(nlp(sentence), "t") if a.cue.text in {"told", "said"}]
    assert [a.source.text if a.source else None for a in said] == [source]


@pytest.mark.parametrize(
    ("sentence", "contents"),
    [
        # an aside after the speaker does not split a quotation in two
        ('"These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves '
         'a little wiggle room."',
         ['"These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves '
          'a little wiggle room."']),
        # another cue between the parts does
        ("“We certainly can’t afford to do this anymore,” Trump said, adding later, “NATO is costing us a fortune.”",
         ["“We certainly can’t afford to do this anymore,”", "“NATO is costing us a fortune.”"]),
    ],
)
def test_a_split_quotation_around_an_aside_is_one(nlp: Language, sentence: str, contents: list[str]) -> None:
    assert [a.content.text for a in find_attributions(nlp(sentence), "t")] == contents


def test_militias_attacking_bases_report_no_statement(nlp: Language) -> None:
    """"bases" is lemmatised "basis"; the plural still names premises an armed party strikes."""
    sentence = "Iran-backed militias have attacked American bases in Syria dozens of times."
    assert find_attributions(nlp(sentence), "t") == []
    assert [a.cue.text for a in find_attributions(nlp("The senator attacked the bill."), "t")] == ["attacked"]


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("Rockets hit two apartment blocks in Dnipro, the region's governor said.", "the region's governor",
         "Rockets hit two apartment blocks in Dnipro"),
        ("Russian strikes damaged a hospital and three schools in Kharkiv, the city's mayor said.",
         "the city's mayor", "Russian strikes damaged a hospital and three schools in Kharkiv"),
    ],
)
def test_a_speaker_parsed_as_an_apposition_is_the_source(nlp: Language, sentence: str, source: str,
                                                         content: str) -> None:
    """The parser hangs a closing speaker on the clause's last noun as its apposition."""
    found = find_attributions(nlp(sentence), "t")
    assert [(a.source and a.source.text, a.content.text) for a in found] == [(source, content)]


def test_a_report_set_against_another_ends_before_it(nlp: Language) -> None:
    sentence = "Police said 80 people were arrested, while organisers said more than 200 had been detained."
    found = find_attributions(nlp(sentence), "t")
    assert [(a.source and a.source.text, a.content.text) for a in found] == [
        ("Police", "80 people were arrested"), ("organisers", "more than 200 had been detained")]


def test_a_source_cited_after_a_toll_is_cited_by_the_reporter(nlp: Language) -> None:
    """The dead cite no one: ", citing witnesses" after "had died" is the rights group's."""
    sentence = "Amnesty said at least nine prisoners had died in custody, citing former inmates."
    found = find_attributions(nlp(sentence), "t")
    assert [(a.source and a.source.text, a.cue.text) for a in found] == [("Amnesty", "said"), ("Amnesty", "citing")]


def test_a_cyber_attack_reports_no_statement(nlp: Language) -> None:
    sentence = "Pro-Russian hackers attacked the websites of three Polish ministries."
    assert find_attributions(nlp(sentence), "t") == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # lives a war claims are the dead, not words
        ("The conflict has claimed more than 3,000 lives since March.", []),
        ("The rebels claimed that they had taken the airport.", ["claimed"]),
    ],
)
def test_lives_claimed_are_no_claim(nlp: Language, sentence: str, cues: list[str]) -> None:
    assert [a.cue.text for a in find_attributions(nlp(sentence), "t")] == cues


def test_who_is_expected_to_act_is_no_speaker(nlp: Language) -> None:
    (expected,) = find_attributions(nlp("The governor is expected to sign the budget on Friday."), "t")
    assert expected.source is None
    (quoted,) = [a for a in find_attributions(nlp("She was quoted as saying the vote was rigged."), "t")]
    assert quoted.source is not None and quoted.source.text == "She"


@pytest.mark.parametrize(
    "sentence",
    [
        "Djokovic claimed his 24th Grand Slam title on Sunday.",
        "The ruling party claimed 300 seats in the new parliament.",
    ],
)
def test_what_is_claimed_by_winning_it_is_no_claim(nlp: Language, sentence: str) -> None:
    assert [a.cue.text for a in find_attributions(nlp(sentence), "t")] == []


def test_a_second_act_of_the_reported_clauses_own_agent_is_no_report(nlp: Language) -> None:
    text = "Police said the man stabbed two people and shouted threats at officers."
    assert [a.cue.text for a in find_attributions(nlp(text), "t")] == ["said"]
