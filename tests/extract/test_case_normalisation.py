"""All-caps text is parsed as a case-normalised copy, and records still quote the original.

The sentences are written for these tests in the style of wire copy (not taken from any corpus).
"""

from __future__ import annotations

from collections import Counter

import pytest

from parley.extract import extract_one
from parley.extract.nlp import normalise_case, parse_many
from parley.records import Document, Extraction

SHOUTED = (
    "BOGOTA, 4 MAY 89 -- [REPORT] [TEXT] POLICE SAID TODAY THAT GUNMEN KILLED SEVEN PEASANTS "
    "IN A VILLAGE NEAR MEDELLIN. PRESIDENT VIRGILIO BARCO CONDEMNED THE ATTACK."
)


def test_the_copy_keeps_length_and_changes_only_the_case_of_letters() -> None:
    copy = normalise_case(SHOUTED)
    assert len(copy) == len(SHOUTED)
    assert copy.upper() == SHOUTED
    assert "gunmen killed seven peasants" in copy
    # sentence starts, known places and words no dictionary knows (names) keep a capital
    assert copy.startswith("Bogota, 4 ")
    assert "[Text] Police said" in copy and "Virgilio Barco" in copy


def test_initials_keep_their_capitals_so_the_name_stays_one_token() -> None:
    copy = normalise_case("POLICE SAID TODAY THAT THE U.S. EMBASSY AND THE U.N. ENVOY WERE SAFE. IT WAS PLAN A.")
    assert "the U.S. " in copy and "the U.N. " in copy
    assert copy.endswith("plan a.")  # a lone letter at a sentence's end is the article


def test_words_that_are_also_short_names_are_words_in_all_caps_text() -> None:
    text = ("SAN SALVADOR, 12 NOV 89 -- ONE CAR WAS TOTALLY DESTROYED BY THE BOMB. THE BISHOP ASKED THE "
            "AMBASSADOR TO FIND OUT WHO ARRESTED TWO PRIESTS.")
    extraction = extract_one(Document(doc_id="caps", text=text))
    countries = {a.country for e in extraction.events for a in (e.source, e.target) if a is not None}
    sectors = {a.sector for e in extraction.events for a in (e.source, e.target) if a is not None}
    assert not countries & {"USA", "CAF"} and "IGO" not in sectors


@pytest.mark.parametrize(
    "text",
    ["Police said today that gunmen killed seven peasants.", "THE UN AND NATO", "ÉTAT", ""],
)
def test_text_without_an_all_caps_stretch_is_returned_as_it_is(text: str) -> None:
    assert normalise_case(text) is text


def test_only_ascii_letters_change_so_offsets_hold_for_any_text() -> None:
    text = "THE İSTANBUL OFFICE REPORTED THAT STRASSE AND ÇANKAYA WERE CALM TODAY."
    copy = normalise_case(text)
    assert len(copy) == len(text)
    assert "İ" in copy and "Ç" in copy


def test_a_mixed_case_line_is_left_alone_beside_an_all_caps_one() -> None:
    text = "ISRAEL AND HAMAS AGREED TO EXTEND THE TRUCE\nThe talks in Cairo went on for a week."
    copy = normalise_case(text)
    assert copy.splitlines()[1] == text.splitlines()[1]
    assert copy.splitlines()[0] == "Israel and Hamas agreed to extend the truce"


def test_tokens_and_offsets_are_the_originals() -> None:
    doc = next(parse_many([SHOUTED]))
    assert doc.text == SHOUTED
    assert all(SHOUTED[t.idx : t.idx + len(t)] == t.text for t in doc)
    assert next(t for t in doc if t.text == "KILLED").pos_ == "VERB"
    assert next(t for t in doc if t.text == "KILLED").is_upper


def _records_quote(extraction: Extraction, text: str) -> None:
    for event in extraction.events:
        assert event.text == text[event.start : event.end]
    for figure in extraction.figures:
        assert figure.text == text[figure.start : figure.end]
    for attribution in extraction.attributions:
        for span in (attribution.source, attribution.cue, attribution.content):
            if span is not None:
                assert span.text == text[span.start : span.end]
    for event in extraction.events:
        for actor in (event.source, event.target):
            if actor is not None and actor.start is not None and actor.end is not None:
                assert actor.text == text[actor.start : actor.end]


def test_records_quote_the_original_upper_case_text() -> None:
    extraction = extract_one(Document(doc_id="caps", text=SHOUTED))
    assert extraction.events and extraction.figures
    _records_quote(extraction, SHOUTED)
    assert any(e.text == "KILLED" for e in extraction.events)
    assert [f.text for f in extraction.figures] == ["SEVEN"]


def _reading(text: str) -> Counter[tuple[str, str]]:
    return Counter((e.type, e.text.lower()) for e in extract_one(Document(doc_id="x", text=text)).events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel and Hamas agreed to extend the truce.",
        "Rebels attacked a police post in Soyapango last night.",
        "The army said that guerrillas kidnapped two engineers near Cali.",
        "Thousands of students marched in Santiago to protest against the government.",
    ],
)
def test_an_all_caps_sentence_gives_the_events_of_its_mixed_case_twin(sentence: str) -> None:
    mixed = _reading(sentence)
    assert mixed, f"no event in {sentence!r}"
    assert _reading(sentence.upper()) == mixed


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SAN SALVADOR, 12 NOV 89 -- US TROOPS ATTACKED THE FMLN IN CHALATENANGO.", "USA"),
        ("SAN SALVADOR, 12 NOV 89 -- THE FMLN ACCUSED THE US OF SENDING ADVISERS.", "USA"),
    ],
)
def test_us_naming_a_party_stays_the_country_in_all_caps_text(text: str, country: str) -> None:
    extraction = extract_one(Document(doc_id="caps", text=text))
    countries = {a.country for e in extraction.events for a in (e.source, e.target) if a is not None}
    assert country in countries


def test_a_road_named_for_two_towns_places_nothing_on_wire_text() -> None:
    """"Along" places an act by the route in edited text; on wire text the route is a road named for
    the towns it links, and the gazetteer's "Santa Ana" would be the Californian city."""
    text = ("GUERRILLA ACTIONS INCREASED DURING THE WEEK AND OUR MEN AMBUSHED SOLDIERS ALONG THE"
            " SANTA ANA-METAPAN ROAD SEVERAL TIMES.")
    ambushed = next(e for e in extract_one(Document(doc_id="caps", text=text)).events if e.text == "AMBUSHED")
    assert ambushed.place is None
    assert ambushed.target is None or ambushed.target.country is None


@pytest.mark.parametrize(
    ("headline", "copy"),
    [
        ("Zimbabwe Police Arrest Opposition Leader Ahead of Election",
         "Zimbabwe police arrest opposition leader ahead of election"),
        # an acronym stays as written
        ("EU Lawmakers Back Plan to Seize Frozen Russian Assets for Ukraine",
         "EU lawmakers back plan to seize frozen Russian assets for Ukraine"),
    ],
)
def test_a_title_case_headline_is_parsed_in_sentence_case(headline: str, copy: str) -> None:
    assert normalise_case(headline) == copy


@pytest.mark.parametrize(
    "text",
    [
        # a sentence crowded with names still has a lower-case English word
        "United Nations Secretary-General Antonio Guterres said on Tuesday that the war must end.",
        "Talks in Doha",  # too few English words to tell a headline
    ],
)
def test_a_sentence_with_many_names_is_no_headline(text: str) -> None:
    assert normalise_case(text) == text


def test_a_title_case_headline_gives_its_events() -> None:
    extraction = extract_one(Document(doc_id="t", text="Zimbabwe Police Arrest Opposition Leader Ahead of Election"))
    assert [(e.text, e.type, e.mode) for e in extraction.events] == [("Arrest", "COERCE", "arrest")]
