"""Rules that read a Doc's per-token columns instead of slicing Spans give the same answers,
at the edges of the Doc too (a phrase cut short by the text's end, a patron word at its start); the
gazetteer's other spellings, built from names folded once, are the ones each name gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import _without_affiliations
from parley.extract.events._places import _article_spelling, _bare_spellings, _gazetteer_spellings
from parley.extract.figures._assembly import _phrase_at
from parley.extract.nlp import gazetteer_places

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Iranian-backed militias fired rockets at the base near Erbil.",
         ["-", "backed", "militias", "fired", "rockets", "at", "the", "base", "near", "Erbil", "."]),
        ("Residents said anti-Kremlin partisans blew up a rail line.",
         ["Residents", "said", "anti", "-", "partisans", "blew", "up", "a", "rail", "line", "."]),
        ("The Saudi-led coalition struck Hodeidah.",
         ["The", "Saudi", "-", "led", "coalition", "struck", "Hodeidah", "."]),
    ],
)
def test_patron_country_words_are_dropped(nlp: Language, sentence: str, kept: list[str]) -> None:
    doc = nlp(sentence)
    assert [t.text for t in _without_affiliations(list(doc))] == kept


def test_no_tokens_give_no_tokens() -> None:
    assert _without_affiliations([]) == []


def test_people_cue_phrase_is_read_at_the_text_end(nlp: Language) -> None:
    doc = nlp("In Maiduguri, two traders were gunned down")
    start = next(t.i for t in doc if t.text == "gunned")
    assert _phrase_at(doc, start) == ("killed", 2)


def test_people_cue_phrase_cut_short_by_the_text_end_is_none(nlp: Language) -> None:
    doc = nlp("Police in Lahore said three guards were shot")
    assert _phrase_at(doc, len(doc) - 1) is None


@pytest.mark.parametrize(
    ("spelling", "spellings"),
    [
        ("al kufrah", {"kufrah", "al kufrah"}),
        ("al faaw", {"faaw", "faw", "al faw"}),
        ("raas kaambooni", {"raas kaambooni", "ras kamboni"}),
        ("mogadishu", {"mogadishu"}),
        ("al", {"al"}),
    ],
)
def test_bare_spellings_of_a_gazetteer_name(spelling: str, spellings: set[str]) -> None:
    assert _bare_spellings(spelling) == spellings


def test_gazetteer_spellings_fold_each_name_as_a_look_up_does() -> None:
    folded = _gazetteer_spellings()
    assert folded.keys() == gazetteer_places().keys()
    assert all(folded[name] == _article_spelling(name) for name in list(folded)[:2000])
