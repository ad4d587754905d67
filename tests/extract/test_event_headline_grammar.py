"""Headlines the parser misreads: acts in headline grammar read as the acts they are.

Sentences are written for these tests in the style of wire and local-outlet headlines (not taken from
the evaluation sets). A headline verb the parser hangs inside a run of nouns ("Militants ambush convoy
in Niger", "Two killed as army raids Jenin camp") is the verb when the noun before it agrees with it as
a subject and names a party; a truce noun opening a headline with the infinitive of its start ("Truce
to take effect at dawn") is a planned truce; a root the tagger calls a noun with a subject of its own
("Tens of thousands protest in Belgrade") is the verb. The guards are noun phrases of the same words
("Army raids report published", "Car bombs factory found"), acts of no party ("Sharks attack swimmer")
and prose ("The truce to end the war was signed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract import extract_one
from parley.records import Document

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type", "source_country", "source_text"),
    [
        ("Two killed as army raids Jenin camp", "raids", "ASSAULT", None, "army"),
        ("Three dead as police raid Nablus mosque", "raid", "ASSAULT", None, "police"),
        ("Four wounded as militants attack checkpoint in Sinai", "attack", "ASSAULT", "EGY", "militants"),
        ("Saudi-led coalition bombs Sanaa", "bombs", "ASSAULT", "SAU", "Saudi-led coalition"),
        ("Militants ambush convoy in Niger", "ambush", "ASSAULT", "NER", "Militants"),
        ("Al-Shabaab attacks base in Lower Shabelle", "attacks", "ASSAULT", "SOM", "Al-Shabaab"),
        ("Myanmar junta bombs village in Sagaing", "bombs", "ASSAULT", "MMR", "Myanmar junta"),
        ("Settlers raid village near Nablus", "raid", "ASSAULT", None, "Settlers"),
        ("Police arrest suspects in Mombasa", "arrest", "COERCE", "KEN", "Police"),
        ("Pakistan expels Afghan refugees", "expels", "SANCTION", "PAK", "Pakistan"),
        ("Tens of thousands protest in Belgrade", "protest", "PROTEST", "SRB", "thousands"),
    ],
)
def test_headline_verb_read_as_noun_is_the_act(nlp: Language, sentence: str, trigger: str, event_type: str,
                                               source_country: str | None, source_text: str) -> None:
    events = [e for e in events_in(nlp, sentence) if e.text == trigger]
    assert [e.type for e in events] == [event_type]
    assert events[0].source is not None
    assert events[0].source.text == source_text
    assert events[0].source.country == source_country


@pytest.mark.parametrize(
    ("sentence", "target_text"),
    [
        ("Al-Shabaab attacks base in Lower Shabelle", "Lower Shabelle"),
        ("Saudi-led coalition bombs Sanaa", "Sanaa"),
    ],
)
def test_headline_object_stops_at_the_verb(nlp: Language, sentence: str, target_text: str) -> None:
    targets = [e.target.text for e in events_in(nlp, sentence) if e.target is not None]
    assert targets == [target_text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Army raids report published in Israel",
        "Police raid footage released",
        "Missile attacks anniversary marked in Kyiv",
        "Car bombs factory found in Idlib",
        "Sharks attack swimmer off Sydney",
        "Dog attacks boy in Manchester",
        "Critics attack minister over budget",
        "Army raid victims buried in Jenin",
    ],
)
def test_noun_phrase_of_headline_words_is_no_act(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "TEGUCIGALPA, 4 MAR 91 -- [COMMUNIQUE] [ARMED FORCES PRESS OFFICE, OPFA] [TEXT] THE FOURTH BRIGADE "
        "HAS REPORTED THAT 12 FARMERS WERE KIDNAPPED.",
        "LIMA, 9 JUN 90 -- [REPORT] [NATIONAL POLICE PRESS DEPARTMENT] [TEXT] POLICE UNITS CLASHED WITH "
        "GUERRILLAS IN AYACUCHO.",
    ],
)
def test_upper_case_names_of_bodies_are_no_headline_verbs(sentence: str) -> None:
    """Upper-case wire copy tags nothing by number: "FORCES PRESS" is a body's name, no request. Read
    through the whole extraction, which parses such copy with its case normalised."""
    events = extract_one(Document(doc_id="upper", text=sentence)).events
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Truce to take effect at dawn in Idlib", "Truce"),
        ("Ceasefire to begin Monday in Gaza", "Ceasefire"),
        ("Gaza ceasefire to take effect Sunday", "ceasefire"),
        ("Humanitarian pause to begin in Rafah", "pause"),
        ("Truce to begin at noon as mediators push for talks", "Truce"),
    ],
)
def test_headline_truce_to_start_is_planned(nlp: Language, sentence: str, trigger: str) -> None:
    events = [e for e in events_in(nlp, sentence) if e.text == trigger]
    assert [(e.type, e.mode, e.status) for e in events] == [("RETREAT", "ceasefire", "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ceasefire to end the war, says UN",
        "Truce talks to resume in Cairo",
        "Strike to begin Monday at Port of Antwerp",
        "Ceasefire to blame for rebel regrouping, says general",
    ],
)
def test_headline_truce_without_its_start_is_not_planned_truce(nlp: Language, sentence: str) -> None:
    assert not [e for e in events_in(nlp, sentence) if e.mode == "ceasefire" and e.status == "planned"]
