"""Nouns of saying or thinking before a linking "be" ("Erdogan's argument is that ...") and the source
preposition "in the words of X".

The clause after "be" is what the noun's holder says or thinks; the cue runs from the noun through
the linking verb. Such a noun is a candidate the cue model decides on, so the tests check the
candidate; "in the words of X" is a source preposition, kept by rule. The guards are nouns of the
writer's own framing ("the problem is that"), things that hold no view ("the ceasefire's promise"),
and other senses of the nouns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions, scored_verb_candidates

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "In the words of a senior Hamas official, the talks in Doha have reached a dead end.",
            ("a senior Hamas official", "In the words of", "the talks in Doha have reached a dead end"),
            id="in_the_words_of_opening",
        ),
        pytest.param(
            'In the words of one resident of Kharkiv, "Every night is a lottery."',
            ("one resident of Kharkiv", "In the words of", '"Every night is a lottery."'),
            id="in_the_words_of_a_quote",
        ),
        pytest.param(
            "In the words of one doctor at Al-Nao hospital in Omdurman, the wards are full.",
            ("one doctor at Al-Nao hospital in Omdurman", "In the words of", "the wards are full"),
            id="phrase_on_words_belongs_to_the_source",
        ),
    ],
)
def test_in_the_words_of_is_a_source_preposition(nlp: Language, sentence: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(sentence), "d"))


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        pytest.param("Netanyahu's argument is that military pressure frees the hostages.", "argument is",
                     "that military pressure frees the hostages", id="argument_of_a_leader"),
        pytest.param("The UN's estimate is that 25 million people in Sudan need food aid.", "estimate is",
                     "that 25 million people in Sudan need food aid", id="estimate_of_an_agency"),
        pytest.param("The army's position was that the convoy had strayed into a closed zone.", "position was",
                     "that the convoy had strayed into a closed zone", id="position"),
        pytest.param("The ministry's explanation was that the generator had run out of fuel.", "explanation was",
                     "that the generator had run out of fuel", id="explanation"),
        pytest.param("Her concern was whether the clinic in Goma would have power.", "concern was",
                     "whether the clinic in Goma would have power", id="concern_whether"),
        pytest.param("The hope has been that the rains would ease the famine.", "hope has been",
                     "that the rains would ease the famine", id="auxiliaries_join_the_cue"),
        pytest.param("The promise the mediators made in Doha was that the hostages would be freed.", "promise",
                     "that the hostages would be freed", id="noun_phrase_between_keeps_the_noun_alone"),
    ],
)
def test_copular_noun_is_a_candidate(nlp: Language, sentence: str, cue: str, content: str) -> None:
    doc = nlp(sentence)
    found = [(sentence[f.cue[0] : f.cue[1]], sentence[f.content[0] : f.content[1]])
             for c, f, _ in scored_verb_candidates(doc) if c.kind == "n:cop"]
    assert found == [(cue, content)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The problem is that the port cannot handle the grain shipments.", id="writer_problem"),
        pytest.param("The point is that nobody in Khartoum trusts the army anymore.", id="writer_point"),
        pytest.param("The question is whether the truce will hold through Ramadan.", id="writer_question"),
        pytest.param("The ceasefire's promise was that civilians would be spared.", id="thing_holds_no_view"),
        pytest.param("The army's position was overrun at dawn.", id="position_a_place"),
        pytest.param("The position was that of a sniper overlooking the market.", id="that_of_a_pronoun"),
        pytest.param("The junta's answer was to expel the French ambassador.", id="answer_a_deed"),
        pytest.param("In other words, the ceasefire has collapsed.", id="in_other_words"),
        pytest.param("The words of the treaty are clear on this point.", id="words_of_a_treaty"),
    ],
)
def test_no_copular_noun_attribution(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert [c for c, _, _ in scored_verb_candidates(doc) if c.kind == "n:cop"] == []
    assert triples(find_attributions(doc, "d")) == []
