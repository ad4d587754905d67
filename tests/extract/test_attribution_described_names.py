"""Sources that are a description and the name it describes ("the monitoring group ACLED", "Airwars,
a British monitoring group"): the source keeps both halves where the parse split them so that one of
them is left with no place in the sentence, and the figure claimant is the name, so that a draft
crediting the name alone ("ACLED said") matches the record.

Sentences are written for these tests in the style of wire copy and NGO reports; none comes from an
evaluation set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

from figure_support import figure_in

if TYPE_CHECKING:
    from spacy.language import Language


def _sources(nlp: Language, text: str) -> list[str | None]:
    """The source text of each attribution found in ``text``."""
    return [a.source.text if a.source else None for a in find_attributions(nlp(text), "d")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The conflict monitor ACLED said 312 people died in political violence in March.",
                     "The conflict monitor ACLED", id="name_read_as_a_relative_clause_subject"),
        pytest.param("Airwars, a British monitoring group, reported that 30 civilians died in the raid.",
                     "Airwars, a British monitoring group", id="name_hung_on_the_verb_before_its_description"),
    ],
)
def test_source_keeps_the_description_and_the_name(nlp: Language, text: str, source: str) -> None:
    assert _sources(nlp, text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a clause on a noun that has a verb of its own: "the letter" is no description of Putin
        pytest.param("The letter Putin wrote said 300 prisoners would be exchanged.",
                     "The letter Putin wrote", id="clause_on_the_subject_of_another_verb"),
        pytest.param("The army Monday said 15 militants were killed in the raid.", "The army", id="date_after_noun"),
        # two subjects of the verb keep the name alone, as the seed set's gold draws it
        pytest.param("The Iran-backed group Hezbollah said it fired 40 rockets at northern Israel.",
                     "Hezbollah", id="description_and_name_two_subjects"),
        pytest.param("In Goma, a doctor said 25 wounded people arrived overnight.", "a doctor", id="place_before"),
        pytest.param("Sudan, an envoy said, has 8 million displaced people.", "an envoy", id="country_before"),
    ],
)
def test_no_description_joined_where_there_is_none(nlp: Language, text: str, source: str) -> None:
    assert _sources(nlp, text) == [source]


@pytest.mark.parametrize(
    ("text", "span", "claimant"),
    [
        ("The humanitarian group Doctors Without Borders said 80 wounded people reached its clinic.", "80",
         "Doctors Without Borders"),
        ("Seven journalists were detained, according to the press freedom group Reporters Without Borders.",
         "Seven", "Reporters Without Borders"),
        ("The Iran-backed group Hezbollah said it fired 40 rockets at northern Israel.", "40", "Hezbollah"),
        ("The ministry spokesperson Ashraf al-Qudra said 36 people died overnight.", "36", "Ashraf al-Qudra"),
        ("Airwars, a British monitoring group, reported that 30 civilians died in the raid.", "30", "Airwars"),
        # a pronoun takes up the name, not the description before it
        ("The monitoring group ACLED published new data on Monday. It said 500 people were killed in April.",
         "500", "ACLED"),
        # a plain description names no one more precisely
        ("The monitoring group said 45 people were killed last week.", "45", "The monitoring group"),
    ],
)
def test_claimant_is_the_name_described(text: str, span: str, claimant: str) -> None:
    assert figure_in(text, span).claimant == claimant
