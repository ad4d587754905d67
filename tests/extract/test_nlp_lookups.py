"""Constant-time sentence and entity lookups agree with spaCy's own (slow) properties."""

from __future__ import annotations

from typing import Any

import pytest

from parley.extract.nlp import entity_of, preposition_objects, sentence_of, verb_stems


def _bounds(span: Any) -> tuple[int, int] | None:
    return (span.start, span.end) if span is not None else None


def test_sentence_of_and_entity_of_agree_with_spacy_on_the_seed(nlp: Any, seed_text: str) -> None:
    doc = nlp(seed_text)
    assert doc.ents, "the seed names people and places"
    for token in doc:
        assert _bounds(sentence_of(token)) == _bounds(token.sent)
        spacy_entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert _bounds(entity_of(token)) == _bounds(spacy_entity)


@pytest.mark.parametrize(
    ("word", "stem"),
    [("Praises", "praise"), ("Slams", "slam"), ("carried", "carry"), ("KIDNAPPED", "kidnap"), ("MURDERED", "murder"),
     ("Denies", "deny"), ("pushes", "push"), ("died", "die"), ("dies", "die"),
     # irregular forms come from the model's own lemmatiser exceptions; "-ing" forms by rule
     ("FLED", "flee"), ("slain", "slay"), ("TAKEN", "take"), ("held", "hold"), ("INJURING", "injure"),
     ("kidnapping", "kidnap")],
)
def test_verb_stems_include_the_base_form(word: str, stem: str) -> None:
    assert stem in verb_stems(word)


@pytest.mark.parametrize("word", ["press", "Kabul", "talk", "thing"])
def test_a_word_without_a_verb_ending_has_no_stems(word: str) -> None:
    assert verb_stems(word) == []


@pytest.mark.parametrize(
    ("text", "head", "prepositions", "objects"),
    [("Some 4,000 families are living in tents near Khan Younis.", "living", {"in", "at"}, ["tents"]),
     ("Rebels attacked the convoy with rockets on Tuesday.", "attacked", {"with", "on"}, ["rockets", "Tuesday"]),
     ("The spokesman of the Kurdistan Workers' Party denied the report.", "spokesman", {"of"}, ["Party"]),
     ("Rebels attacked the convoy with rockets on Tuesday.", "attacked", {"from"}, [])],
)
def test_preposition_objects_reads_only_the_prepositions_asked_for(
        nlp: Any, text: str, head: str, prepositions: set[str], objects: list[str]) -> None:
    token = next(t for t in nlp(text) if t.text == head)
    assert [o.text for o in preposition_objects(token, prepositions)] == objects
