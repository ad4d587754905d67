"""A quotation its full stop closes, signed by the next sentence ('"..." The governor said.').

Live blogs and local outlets punctuate a quote as a sentence of its own and name its speaker in the
next one; the parser splits the two, so the verb has no clause. The guards are the same shape where
the next sentence says something else, is negated or hypothetical, names no one, or where the
quotation goes on an earlier speaker's quote or was introduced in its own sentence.
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
            "\"We have lost contact with our team in El Fasher.\" MSF said.",
            [("MSF", "said", "\"We have lost contact with our team in El Fasher.\"")],
            id="organisation_signs_the_quote",
        ),
        pytest.param(
            "The convoy reached Mekelle on Friday. \u201cThe road is open for now.\u201d The driver said on Saturday.",
            [("The driver", "said", "\u201cThe road is open for now.\u201d")],
            id="quote_after_a_reported_sentence_with_a_time",
        ),
        pytest.param(
            "\"The shelling has not stopped for three days.\" A doctor in Khartoum told AFP.",
            [("A doctor in Khartoum", "told", "\"The shelling has not stopped for three days.\"")],
            id="telling_verb_with_its_addressee",
        ),
        pytest.param(
            "\"The army will respond with force.\" The defence minister warned.",
            [("The defence minister", "warned", "\"The army will respond with force.\"")],
            id="verb_of_warning",
        ),
        pytest.param(
            "\"It is a war crime.\" Volker T\u00fcrk, the UN rights chief, said.",
            [("Volker T\u00fcrk, the UN rights chief", "said", "\"It is a war crime.\"")],
            id="speaker_with_an_apposition",
        ),
    ],
)
def test_closed_quote_signed_by_the_next_sentence(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\"The vote was rigged.\" Nobody said.", id="no_one_named"),
        pytest.param("\"The ceasefire is over.\" No official confirmed.", id="no_official"),
        pytest.param("\"The vote was rigged.\" Opposition parties did not say.", id="negated"),
        pytest.param("\"The vote was rigged.\" Opposition parties never said.", id="never"),
        pytest.param("\"The vote was rigged.\" Opposition parties could say.", id="modal"),
        pytest.param("\"We are not afraid.\" The crowd cheered.", id="no_verb_of_saying"),
        pytest.param("\"Hold the line.\" Commanders ordered.", id="an_order_is_no_claim_verb"),
    ],
)
def test_closed_quote_left_unsigned(nlp: Language, text: str) -> None:
    assert triples(find_attributions(nlp(text), "t")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "\"A ceasefire is close,\" the minister said. \"The details are being settled.\" The army said.",
            [("the minister", "said",
              "\"A ceasefire is close,\" the minister said. \"The details are being settled.\"")],
            id="quote_goes_on_an_earlier_speakers_quote",
        ),
        pytest.param(
            "\"We will rebuild every school.\" The minister said the budget was ready.",
            [("The minister", "said", "the budget was ready")],
            id="verb_with_a_clause_of_its_own",
        ),
    ],
)
def test_closed_quote_kept_by_its_own_speaker(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected
