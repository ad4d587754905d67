"""Source and cue spans the parse cuts wrongly: a speaker folded with an apposition into the phrase
that opens the sentence, a source with a lone quotation mark or bracket, an "according to" source
whose apposition the parser hangs elsewhere, and a quantifier floated between subject and verb.

Each case is a construction, with guards where the same words are no speaker, a place, a clause's
own subject, or the "both" of "both ... and".
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
            "Speaking in Kyiv, Olena Shuliak, a senior lawmaker, said the bill would pass.",
            [("Olena Shuliak, a senior lawmaker", "said", "the bill would pass")],
            id="name_folded_into_an_opening_participle",
        ),
        pytest.param(
            "At the camp in Cox's Bazar, Mohammed Rafiq, a community leader, said rations had been cut again.",
            [("Mohammed Rafiq, a community leader", "said", "rations had been cut again")],
            id="name_hung_on_the_place_before_it",
        ),
        pytest.param(
            "Near the border with Chad, Yasmin Adam, a mother of four, said her village had been burned.",
            [("Yasmin Adam, a mother of four", "said", "her village had been burned")],
            id="apposition_ending_in_a_prepositional_phrase",
        ),
        pytest.param(
            "Under pressure from Washington, Netanyahu, the prime minister, insisted the crossing would stay shut.",
            [("Netanyahu, the prime minister", "insisted", "the crossing would stay shut")],
            id="single_name_with_an_apposition",
        ),
    ],
)
def test_speaker_folded_into_the_opening_phrase(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "d")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Moscow, the Russian capital, officials said the drone was shot down.",
            [("officials", "said", "the drone was shot down")],
            id="place_with_apposition_before_a_subject",
        ),
        pytest.param(
            "Speaking in Kyiv, Olena Shuliak, a senior lawmaker, left the hall before the vote.",
            [],
            id="no_verb_of_saying",
        ),
    ],
)
def test_no_folded_speaker_where_the_parse_has_one(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "d")) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "“We will return,” the villagers, who fled to “Camp 5,” told reporters.",
            "the villagers, who fled to “Camp 5,”",
            id="title_closed_after_its_comma",
        ),
        pytest.param(
            "Steve Coll, the author of “Ghost Wars: The Secret History of the CIA, Afghanistan and bin Laden, "
            "from the Soviet Invasion to September 10, 2001,” said the agency had been warned.",
            "Steve Coll, the author of “Ghost Wars: The Secret History of the CIA, Afghanistan and bin Laden, "
            "from the Soviet Invasion to September 10, 2001,”",
            id="long_title_taken_whole",
        ),
        pytest.param(
            "A 2019 video (above) shows the commander addressing his troops.",
            "A 2019 video",
            id="bracketed_aside_left_out",
        ),
        pytest.param(
            "Sen. Ron Wyden (D-Ore.) said the program should be shut down.",
            "Sen. Ron Wyden (D-Ore.)",
            id="guard_balanced_brackets_kept",
        ),
    ],
)
def test_source_marks_pair_up(nlp: Language, text: str, source: str) -> None:
    assert [a.source.text for a in find_attributions(nlp(text), "d") if a.source] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to Airwars, a London-based monitoring group, at least 40 civilians were killed in the "
            "strikes.",
            [("Airwars, a London-based monitoring group", "According to",
              "at least 40 civilians were killed in the strikes")],
            id="opening_source_with_apposition_read_as_a_second_subject",
        ),
        pytest.param(
            "Twelve fighters died in the clashes, according to the Syrian Observatory for Human Rights, a "
            "Britain-based war monitor.",
            [("the Syrian Observatory for Human Rights, a Britain-based war monitor", "according to",
              "Twelve fighters died in the clashes")],
            id="closing_source_with_apposition_read_as_a_second_object",
        ),
        pytest.param(
            "According to police, the suspect, a 34-year-old man, was arrested at the scene.",
            [("police", "According to", "the suspect, a 34-year-old man, was arrested at the scene")],
            id="guard_the_clause_own_subject_with_apposition",
        ),
    ],
)
def test_source_preposition_keeps_its_apposition(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert [t for t in triples(find_attributions(nlp(text), "d")) if t[1].lower() == "according to"] == expected


def test_claimant_is_the_name_without_the_apposition() -> None:
    """The source keeps its apposition; the claimant of a figure in the content is the name alone."""
    text = ("According to Airwars, a London-based monitoring group, at least 40 civilians were killed in the "
            "strikes.")
    extraction = extract_one(Document(doc_id="d", text=text, date=dt.date(2024, 5, 1)))
    assert [f.claimant for f in extraction.figures] == ["Airwars"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Sudanese army and the RSF have both denied targeting civilians.",
            ("The Sudanese army and the RSF", "have both denied"),
            id="quantifier_between_auxiliary_and_verb",
        ),
        pytest.param(
            "India and Pakistan each blamed the other for the shelling.",
            ("India and Pakistan", "each blamed"),
            id="quantifier_hung_on_the_subject",
        ),
        pytest.param(
            "Both sides said the talks would resume.",
            ("Both sides", "said"),
            id="guard_determiner_of_the_subject",
        ),
        pytest.param(
            "The minister has both praised the deal and criticised its critics.",
            ("The minister", "praised"),
            id="guard_both_of_both_and",
        ),
    ],
)
def test_floated_quantifier_joins_the_cue(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    source_and_cue = [(a.source.text if a.source else None, a.cue.text) for a in find_attributions(nlp(text), "d")]
    assert source_and_cue[:1] == [expected]


def test_a_source_ending_on_the_quotation_it_opens_keeps_the_name() -> None:
    """'Said Comey, "The thought ..."': the parse ends the source on the opening mark of the quoted
    content. The mark must go, the name stay: cutting at the mark as if it closed a quotation left an
    empty source, and naming the claimant of the event inside then failed the whole article."""
    text = ("The gunman should have been stopped from buying the rifle used in the attack, in what police "
            "called an act of terror. Said Comey, \"The thought that a mistake on our side is connected to "
            "this man's purchase of a weapon that he used to kill these people is very painful to us.\"\n\n"
            "It was painful to the families too.\n")
    extraction = extract_one(Document(doc_id="t", text=text, date=dt.date(2024, 5, 1)))
    assert [a.source.text for a in extraction.attributions if a.cue.text == "Said" and a.source] == ["Comey"]
    assert [e.claimant for e in extraction.events if e.text == "kill"] == ["Comey"]
