"""Repairs after the cue model's decision: a report relayed by another ("..., the ministry said,
according to state media") keeps the inner report's content to what it says, a quoted title is no
quotation of speech, a speaker shown in footage is the gerund's source, and an opinion poll named
after its clause finds that clause.

The guards are the same shapes where the words are another's: a source phrase inside the clause, a
speaker set inside the clause, a quotation that is a sentence, a recording of a thing, an election.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rebel fighters shot down a helicopter, the defence ministry said, according to state television.",
            [("the defence ministry", "said", "Rebel fighters shot down a helicopter"),
             ("state television", "according to", "Rebel fighters shot down a helicopter, the defence ministry said")],
            id="parenthetical_then_according_to",
        ),
        pytest.param(
            "The governor said the dam had been breached, according to Ukrinform.",
            [("The governor", "said", "the dam had been breached"),
             ("Ukrinform", "according to", "The governor said the dam had been breached")],
            id="report_then_according_to",
        ),
        pytest.param(
            "Villagers said militiamen had burned the granary, the rights group reported, according to its website.",
            [("Villagers", "said", "militiamen had burned the granary")],
            id="two_relays_closing_the_content",
        ),
    ],
)
def test_relayed_report_keeps_its_own_content(nlp: Language, text: str, expected: list[Triple]) -> None:
    found = triples(find_attributions(nlp(text), "d"))
    for triple in expected:
        assert triple in found
    contents = [t[2] for t in found]
    assert len(contents) == len(set(contents)), "two records with the same content"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The police chief said the convoy, according to its drivers, had been stopped twice.",
            ("The police chief", "said", "the convoy, according to its drivers, had been stopped twice"),
            id="source_phrase_inside_the_clause",
        ),
        pytest.param(
            "Medics said that, according to early counts, nine people had drowned.",
            ("Medics", "said", "that, according to early counts, nine people had drowned"),
            id="source_phrase_after_that",
        ),
    ],
)
def test_source_phrase_inside_the_clause_stays_in_it(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param('The colonel, who wrote "The Forgotten Front", said the siege would not be lifted soon.',
                     '"The Forgotten Front"', id="relative_clause_title"),
        pytest.param('The reporter published "Voices from the Camps" before her arrest.',
                     '"Voices from the Camps"', id="published_title"),
    ],
)
def test_quoted_title_is_no_quotation(nlp: Language, text: str, title: str) -> None:
    assert all(t[2] != title for t in triples(find_attributions(nlp(text), "d")))


def test_title_writer_still_speaks(nlp: Language) -> None:
    text = 'The colonel, who wrote "The Forgotten Front", said the siege would not be lifted soon.'
    assert ("The colonel", "said", "the siege would not be lifted soon") in triples(
        find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('The medic wrote "We have no more morphine." in a message to her family.',
                     ("The medic", "wrote", '"We have no more morphine."'), id="quoted_sentence"),
        pytest.param('The spokesman wrote in a statement: "We Will Hold Every Street".',
                     ("The spokesman", "wrote in a statement:", '"We Will Hold Every Street"'), id="colon_quote"),
    ],
)
def test_written_words_stay_quotations(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Local television showed footage of the brigade commander asking for air support.",
                     ("the brigade commander", "asking for", "air support"), id="footage_of_a_commander"),
        pytest.param("Investigators found a video of the militia leader calling for attacks on the camp.",
                     ("the militia leader", "calling for", "attacks on the camp"), id="video_of_a_leader"),
    ],
)
def test_speaker_shown_in_footage(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


def test_outlet_speaks_after_a_comma(nlp: Language) -> None:
    text = "The army released images of the drone, saying it had been launched from across the border."
    sources = [t[0] for t in triples(find_attributions(nlp(text), "d")) if t[1] == "saying"]
    assert sources == ["The army"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Most Colombians back the peace talks, in a Gallup poll published on Sunday.",
                     ("a Gallup poll published on Sunday", "in", "Most Colombians back the peace talks"),
                     id="pollster_named"),
        pytest.param("Two thirds of Lebanese oppose the war, in an opinion poll for a Beirut newspaper.",
                     ("an opinion poll for a Beirut newspaper", "in", "Two thirds of Lebanese oppose the war"),
                     id="opinion_poll"),
    ],
)
def test_poll_after_its_clause(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The ruling party took 52 percent of the vote, in a presidential poll held on Sunday.",
                     id="election"),
        pytest.param("Sixty percent trust the police, in a Levada Center poll, while a third do not.",
                     id="clause_goes_on"),
        pytest.param("The garrison surrendered, in a siege that lasted four months.", id="no_poll"),
    ],
)
def test_no_poll_frame(nlp: Language, text: str) -> None:
    assert all(t[1] != "in" for t in triples(find_attributions(nlp(text), "d")))


def test_quoted_by_an_outlet_as_saying_is_one_record(nlp: Language) -> None:
    text = "The brigade commander was quoted by RIA Novosti as saying the bridge had been mined."
    found = triples(find_attributions(nlp(text), "d"))
    assert found == [("The brigade commander", "saying", "the bridge had been mined")]


def test_refusal_frame_keeps_both_records(nlp: Language) -> None:
    text = "The governor declined to say whether the curfew would be lifted."
    cues = [t[1] for t in triples(find_attributions(nlp(text), "d"))]
    assert cues == ["declined", "to say"]
