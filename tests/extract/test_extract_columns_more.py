"""More rules that read a Doc's per-token columns, a unit kept per Doc and the gazetteer's spelling
tables built with less work give the answers they gave when they walked every Token."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions
from parley.extract.events._places import _article_spelling, _single_vowels
from parley.extract.figures._lexicons import _Expr
from parley.extract.figures._units import _Unit, _unit
from parley.extract.nlp import links_across_semicolon, token_column
from parley.extract.status import rejoinders

from attribution_support import triples

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token


def test_columns_read_each_token_in_order(nlp: Language) -> None:
    doc = nlp("Rebels shelled Goma; the army said 14 civilians died, a toll the rebels disputed.")
    assert token_column(doc, "ORTH") == [t.text for t in doc]
    assert token_column(doc, "DEP") == [t.dep_ for t in doc]
    assert token_column(doc, "POS") == [t.pos_ for t in doc]


def test_column_of_an_empty_text_is_empty(nlp: Language) -> None:
    assert token_column(nlp(""), "ORTH") == []


def _semicolon_between(token: Token) -> bool:
    """The test as it read every word between the verb and its head."""
    head, doc = token.head, token.doc
    if head.i == token.i or token.pos_ not in {"VERB", "AUX"}:
        return False
    between = doc[token.right_edge.i + 1 : head.i] if token.i < head.i else doc[head.i + 1 : token.left_edge.i]
    return any(t.text == ";" and t.head.i == head.i for t in between)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed nine people in Mosul, a police officer told Reuters; no group claimed the attack.",
        "Troops shelled the village; residents fled south, and the mayor said the road was closed.",
        "Protesters marched in Dhaka on Sunday, police said.",
    ],
)
def test_semicolon_link_is_the_one_every_word_gave(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [links_across_semicolon(t) for t in doc] == [_semicolon_between(t) for t in doc]


def test_clause_hung_across_a_semicolon_is_seen(nlp: Language) -> None:
    doc = nlp("A car bomb killed nine people in Mosul, a police officer told Reuters; no group claimed the attack.")
    told = next(t for t in doc if t.text == "told")
    assert told.head.text != "told" and links_across_semicolon(told) == _semicolon_between(told)


def test_rejoinder_after_a_comma_is_found(nlp: Language) -> None:
    doc = nlp("The army said it killed 30 fighters near Kidal, a claim the rebels denied.")
    found = rejoinders(doc)
    assert len(found) == 1
    assert found[0].noun is not None and found[0].noun.text == "claim"
    assert found[0].verb.text == "denied"


def test_text_without_commas_has_no_rejoinder(nlp: Language) -> None:
    assert rejoinders(nlp("Soldiers fired on protesters in Khartoum on Monday.")) == ()


def test_contrasted_second_report_ends_the_first_content(nlp: Language) -> None:
    doc = nlp("Police said they had arrested 150 people in Lagos, while organisers said more than 300 were detained.")
    contents = [content for _, cue, content in triples(find_attributions(doc, "d1")) if cue == "said"]
    assert contents[0] == "they had arrested 150 people in Lagos"


def test_unit_kept_per_doc_tells_expressions_apart(nlp: Language) -> None:
    doc = nlp("Militants seized 40 trucks near Diffa on Tuesday.")
    i = next(t.i for t in doc if t.text == "40")
    trucks = _Expr(start=i, end=i + 1, value=40.0)
    first = _unit(doc, trucks)
    assert first.category != "money"
    assert _unit(doc, _Expr(start=i, end=i + 1, value=40.0)) == first  # asked again: the kept answer
    # the same words with other fields are asked anew, not answered from the first
    assert _unit(doc, _Expr(start=i, end=i + 1, value=40.0, glued_currency="USD")) == _Unit("USD", "money", None)
    assert _unit(doc, _Expr(start=i, end=i + 1, value=40.0, glued_unit="km")).unit == "km"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("deir ez-zor", "deir al zor"),
        ("el-arish", "al arish"),
        ("ras al-'ayn", "ras al ayn"),
        ("mogadishu", "mogadishu"),
        ("tell  abyad", "tell abyad"),
        ("al", "al"),
        ("", ""),
    ],
)
def test_article_spelling(name: str, key: str) -> None:
    assert _article_spelling(name) == key


@pytest.mark.parametrize(
    ("name", "single"),
    [("raas kaambooni", "ras kamboni"), ("mogadishu", "mogadishu"), ("oulu", "oulu"), ("haapajaarvi", "hapajarvi")],
)
def test_single_vowels(name: str, single: str) -> None:
    assert _single_vowels(name) == single
