"""Speakers the parser puts in the wrong place: named after their verb inside the clause they report
("The offensive, said a senior Kurdish official, had stalled"), after an unquoted clause ("...,
reported Radio Dabanga"), after a question ('"...?" asked the village chief'), before a passive
aside ("Kenyatta, asked about the raid, said"), and a participle the parser hung on the quotation
it opens ('addressed parliament, telling lawmakers, "Russia will ..."').

The guards are the same shapes where no one else speaks: "said to be", a day after the verb, an
addressee after "told", and a question put to someone.
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
            "The offensive, said a senior Kurdish official, had stalled outside Raqqa.",
            ("a senior Kurdish official", "said",
             "The offensive, said a senior Kurdish official, had stalled outside Raqqa"),
            id="speaker_inside_the_clause",
        ),
        pytest.param(
            "The blockade, said Mohammed Saleh, a trader in Taiz, had doubled the price of flour.",
            ("Mohammed Saleh, a trader in Taiz", "said",
             "The blockade, said Mohammed Saleh, a trader in Taiz, had doubled the price of flour"),
            id="speaker_made_the_reported_subject",
        ),
        pytest.param(
            "Most of the fighters, said the colonel, were foreigners.",
            ("the colonel", "said", "Most of the fighters, said the colonel, were foreigners"),
            id="speaker_as_second_subject",
        ),
        pytest.param(
            "The raid, says Human Rights Watch, was unlawful.",
            ("Human Rights Watch", "says", "The raid, says Human Rights Watch, was unlawful"),
            id="present_tense",
        ),
        pytest.param(
            "The militia had withdrawn from the airport, reported Radio Dabanga.",
            ("Radio Dabanga", "reported", "The militia had withdrawn from the airport"),
            id="after_an_unquoted_clause",
        ),
        pytest.param(
            "The soldiers had been paid in cash, claimed a former officer.",
            ("a former officer", "claimed", "The soldiers had been paid in cash"),
            id="after_a_passive_clause",
        ),
        pytest.param(
            '"Where are the international observers?" asked the village chief.',
            ("the village chief", "asked", '"Where are the international observers?"'),
            id="after_a_question",
        ),
        pytest.param(
            "Kenyatta, asked about the raid, said the soldiers had acted in self-defence.",
            ("Kenyatta", "said", "the soldiers had acted in self-defence"),
            id="before_a_passive_aside",
        ),
        pytest.param(
            'Zelensky addressed parliament on Tuesday, telling lawmakers, "Russia will not stop at Donetsk."',
            ("Zelensky", "telling", '"Russia will not stop at Donetsk."'),
            id="participle_hung_on_its_quote",
        ),
    ],
)
def test_speaker_out_of_place(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The offensive, said to be the largest in years, had stalled outside Raqqa.", "said", "The offensive"),
        ("The truce, he said, was holding.", "said", "he"),
        ("Fighting had resumed in Tripoli, said Tuesday.", "said", None),
        ("The prisoner, released on Monday, said he had been beaten.", "said", "The prisoner"),
        ("The spokesman, who asked not to be named, said the talks had stalled.", "said",
         "The spokesman, who asked not to be named"),
        ("The governor toured the camp, telling aid workers, \"We need 500 more tents.\"", "telling", "The governor"),
    ],
)
def test_speaker_where_the_parse_puts_it(nlp: Language, text: str, cue: str, source: str | None) -> None:
    found = [t for t in triples(find_attributions(nlp(text), "d")) if t[1] == cue]
    assert all(t[0] == source for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The army had fled, told reporters.",
        "The airport had been shut since May, told the Security Council.",
    ],
)
def test_no_speaker_after_an_addressee(nlp: Language, text: str) -> None:
    assert all(t[0] is None for t in triples(find_attributions(nlp(text), "d")))
