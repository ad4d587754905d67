"""Sources of cues framed by an adjective or an adverbial participle.

* "X was quick to point out that ...": the cue is the infinitive of an adjective after a linking
  verb, and the linking verb's subject speaks;
* "It is hard to say whether ...": "it" stands for the infinitive (extraposition), so no one speaks;
* "Asked whether ..., X said": the participle, even where the tagger reads it as a past tense, has
  no source of its own (the one asked is not the one asking).

The guards are an "it" that may stand for the infinitive, gerunds ("is worth noting"), active
"asked" with a subject, and verbs of saying that merely sit near such frames.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

from attribution_support import triples

if TYPE_CHECKING:
    from spacy.language import Language


def _sources_of(nlp: Language, text: str, cue: str) -> list[str | None]:
    """The sources of every attribution whose cue holds the word ``cue``."""
    return [t[0] for t in triples(find_attributions(nlp(text), "d")) if cue in t[1].split()]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Advisers to the defence minister were quick to point out that the ceasefire had held in Idlib.",
                     "point", "Advisers to the defence minister", id="quick_to_point_out"),
        pytest.param("The Nigerian army was careful to note that no civilians were harmed in the Borno raid.",
                     "note", "The Nigerian army", id="careful_to_note"),
        pytest.param("The Ethiopian government has been slow to acknowledge that famine had returned to Tigray.",
                     "acknowledge", "The Ethiopian government", id="slow_to_acknowledge_perfect"),
        pytest.param("Human Rights Watch was right to warn in 2019 that the camps in northeast Syria would breed "
                     "militancy.", "warn", "Human Rights Watch", id="right_to_warn"),
        pytest.param("Indian officials were quick to dismiss the Canadian allegations as absurd.",
                     "dismiss", "Indian officials", id="quick_to_dismiss"),
        pytest.param("Kenya's president is unlikely to admit that the police used live rounds.",
                     "admit", "Kenya's president", id="raising_adjective"),
        pytest.param("She was quick to point out that the sanctions had not stopped Iranian oil exports.",
                     "point", "She", id="pronoun_subject"),
    ],
)
def test_linking_verb_subject_speaks_through_its_adjective(nlp: Language, text: str, cue: str, source: str) -> None:
    assert _sources_of(nlp, text, cue) == [source]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("It is difficult to predict whether the truce in Sudan will hold.", "predict", id="difficult"),
        pytest.param("It's fair to say that the Houthis have been weakened by the strikes.", "say", id="fair_to_say"),
        pytest.param("It is important to note that the toll in Derna may rise sharply.", "note", id="important"),
        pytest.param("It would be wrong to suggest that the junta in Niger has lost control.", "suggest",
                     id="would_be_wrong"),
    ],
)
def test_extraposed_it_is_no_source(nlp: Language, text: str, cue: str) -> None:
    assert _sources_of(nlp, text, cue) == [None]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("It is worth noting that the toll in Gaza excludes the missing.", "noting", id="gerund"),
        pytest.param("It is too early to say whether the ceasefire in Lebanon will last.", "say",
                     id="infinitive_on_the_adjective"),
        pytest.param("It is tempting to conclude that the mutiny weakened the Kremlin.", "conclude", id="tempting"),
    ],
)
def test_it_never_speaks_through_an_adjective(nlp: Language, text: str, cue: str) -> None:
    """An "it" with an adjective may stand for the infinitive itself: it is never made the speaker."""
    assert "It" not in _sources_of(nlp, text, cue)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The army said it was ready to defend the border with Venezuela.", "said", "The army",
                     id="adjective_inside_the_content"),
        pytest.param("Officials said it was too early to say how many people died in the landslide.", "said",
                     "Officials", id="extraposition_inside_the_content"),
        pytest.param("Eager to reassure investors, the central bank said inflation would fall.", "said",
                     "the central bank", id="fronted_adjective"),
        pytest.param("Reporters asked whether the troops would leave Niger.", "asked", "Reporters",
                     id="active_asked"),
        pytest.param("The envoy asked whether Moscow would extend the grain deal.", "asked", "The envoy",
                     id="active_asked_with_object_clause"),
        pytest.param("When the minister asked whether the troops would leave, the general said no.", "asked",
                     "the minister", id="asked_after_when_with_subject"),
    ],
)
def test_frames_leave_other_sources(nlp: Language, text: str, cue: str, source: str) -> None:
    assert _sources_of(nlp, text, cue) == [source]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Asked what a firm commitment looks like, Devine said the campaign would wait.", "Asked",
                     id="opening_participle_tagged_past"),
        pytest.param("Asked what the army would do next, the colonel said the offensive would continue.", "Asked",
                     id="opening_participle_common_noun"),
        pytest.param("Asked whether troops would leave Gaza, Netanyahu said the war would go on.", "Asked",
                     id="opening_participle"),
    ],
)
def test_asked_participle_has_no_source(nlp: Language, text: str, cue: str) -> None:
    assert _sources_of(nlp, text, cue) == [None]
