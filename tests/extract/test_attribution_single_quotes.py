"""Quotations in single curly marks (‘...’), as British outlets print them.

The cue model's candidates are read without these marks (the plain pairs only), so they shape only
what the model accepted, as archive quotations do: a quoted content keeps its marks and the comma
inside them, a quotation going on after its speaker and a split quotation are one content, and a
verb inside such a quotation is the speaker's own word, not a cue.

The guards are the other uses of the marks: apostrophes in contractions and names, plural
possessives (inside a quotation and right before its closing mark), shortened decades ‘90s and
’90s, "rock ’n’ roll", and a single quotation nested in a double one, which is never an
attribution of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions
from parley.extract.attributions._spans import _all_quote_pairs, _quote_pairs

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("‘We will hold the bridge whatever it costs,’ the battalion commander said on Friday.",
                     [("the battalion commander", "said", "‘We will hold the bridge whatever it costs,’")],
                     id="signed_after_quote"),
        pytest.param("‘The border crossing stays shut,’ said Amina Yusuf, a spokeswoman for the governor.",
                     [("Amina Yusuf, a spokeswoman for the governor", "said", "‘The border crossing stays shut,’")],
                     id="inverted_speaker"),
        pytest.param("‘The generators stopped at midnight,’ a nurse in Khartoum said. ‘Then the oxygen ran out.’",
                     [("a nurse in Khartoum", "said",
                       "‘The generators stopped at midnight,’ a nurse in Khartoum said. ‘Then the oxygen ran out.’")],
                     id="quote_going_on_in_next_sentence"),
        pytest.param("‘The convoy was turned back,’ the aid official said, ‘and the drivers were detained.’",
                     [("the aid official", "said",
                       "‘The convoy was turned back,’ the aid official said, ‘and the drivers were detained.’")],
                     id="split_quotation"),
        pytest.param("‘We can’t reach the wounded,’ a medic in Bakhmut said.",
                     [("a medic in Bakhmut", "said", "‘We can’t reach the wounded,’")],
                     id="contraction_inside"),
        pytest.param("‘The miners’ homes were burned first,’ the village elder told the inquiry.",
                     [("the village elder", "told", "‘The miners’ homes were burned first,’")],
                     id="plural_possessive_inside"),
    ],
)
def test_single_curly_quotation(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


def test_verb_inside_single_quotation_is_no_cue(nlp: Language) -> None:
    text = "‘We warned them the dam would burst,’ the engineer said on Tuesday."
    cues = [a.cue.text for a in find_attributions(nlp(text), "t")]
    assert "said" in cues
    assert "warned" not in cues


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        pytest.param("Tehran ‘warned’ Baku against holding drills on the border.", "warned", id="single_curly"),
        pytest.param("Moscow ''warned'' London against expelling its diplomats.", "warned", id="doubled_apostrophes"),
    ],
)
def test_quotation_of_the_cue_alone_keeps_it(nlp: Language, text: str, verb: str) -> None:
    """A headline's doubt marks on the verb itself leave the verb a cue."""
    assert verb in [a.cue.text for a in find_attributions(nlp(text), "t")]


def test_nested_single_quotation_stays_inside_the_double_one(nlp: Language) -> None:
    text = "“The guards called us ‘dogs’ every day,” a former prisoner said."
    assert triples(find_attributions(nlp(text), "t")) == [
        ("a former prisoner", "said", "“The guards called us ‘dogs’ every day,”")]


def _singles(text: str) -> list[str]:
    plain = set(_quote_pairs(text))
    return [text[start:end] for start, end in _all_quote_pairs(text) if (start, end) not in plain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The pilots’ union said it wouldn’t strike.", [], id="apostrophes_only"),
        pytest.param("In the ‘80s the port was mined, and in the ’90s it was rebuilt.", [], id="short_decades"),
        pytest.param("They played rock ’n’ roll at the base.", [], id="rock_n_roll"),
        pytest.param("“He shouted ‘run’ and we ran,” she said.", [], id="nested_in_double"),
        pytest.param("“Then someone shouted ‘run’.\n‘Go now,’ he said.", ["‘Go now,’"],
                     id="double_open_to_paragraph_end"),
        pytest.param("The army called it ‘a raid on the smugglers’ and said nothing more.",
                     ["‘a raid on the smugglers’"], id="plural_at_closing_before_a_conjunction"),
        pytest.param("‘It was the soldiers’,’ she insisted.", ["‘It was the soldiers’,’"],
                     id="possessive_before_closing"),
        pytest.param("‘The farmers’ wells are dry,’ he said.", ["‘The farmers’ wells are dry,’"],
                     id="possessive_inside"),
        pytest.param("‘Tis a grim day for the town.", [], id="elision_without_closing"),
    ],
)
def test_single_curly_pairs(text: str, expected: list[str]) -> None:
    assert _singles(text) == expected


def test_model_candidates_read_no_single_quotation() -> None:
    """The cue model is trained on :func:`_quote_pairs`; single curly marks must not reach it."""
    assert _quote_pairs("‘We are ready,’ she said.") == ()


def test_cue_inside_a_headline_quotation_stays(nlp: Language) -> None:
    """A Title Case headline's quotation is all it has to say who spoke: the model's cue stays."""
    text = "Senator On The Border Deal: ‘I Think It Will Pass’\n\nThe senator spoke on Sunday."
    assert "Think" in [a.cue.text for a in find_attributions(nlp(text), "t")]
