"""Events on upper-case wire text: dates read by pattern, places only from a gazetteer or a place noun.

Wire archives come wholly in upper case, where the model's entity labels fail: dates go unlabelled
and common nouns ("ADDITION", "CLASHES") are labelled places. Sentences are written here in the style
of 1989 Central American wire reports (not taken from any corpus); the mixed-case twins check that
edited text keeps its entity-based reading.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import ClaimantResolver
from parley.extract.events import find_events, load_place_lexicon
from parley.records import Document, Event

if TYPE_CHECKING:
    from spacy.language import Language

WIRE_DATE = dt.date(1989, 11, 20)  # a Monday


def _only_event(nlp: Language, text: str, trigger: str) -> Event:
    doc = nlp(text)
    document = Document(doc_id="w", text=text, date=WIRE_DATE)
    events = [e for e in find_events(doc, document, [], ClaimantResolver(doc, [])) if e.text == trigger]
    assert events, f"no event {trigger!r} in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("sentence", "trigger", "date", "place"),
    [
        ("URBAN GUERRILLAS ATTACKED A POLICE POST IN SOYAPANGO LAST NIGHT.", "ATTACKED", "1989-11-19", "SOYAPANGO"),
        ("THE REBELS KILLED FOUR SOLDIERS IN USULUTAN DEPARTMENT 3 DAYS AGO.",
         "KILLED", "1989-11-17", "USULUTAN DEPARTMENT"),
        ("TERRORISTS MURDERED THE MAYOR IN THE TOWN OF SESORI YESTERDAY.", "MURDERED", "1989-11-19", "SESORI"),
        ("POLICE SAID TODAY THAT GUNMEN SHOT A JUDGE IN BOGOTA ON 2 NOVEMBER.", "SHOT", "1989-11-02", "BOGOTA"),
        ("SOLDIERS KILLED A GUERRILLA IN A GUERRILLA CAMP ON SATURDAY.", "KILLED", "1989-11-18", None),
        ("THE REBELS KILLED TWO OFFICIALS WHO ORGANIZED THE 19 MARCH ELECTIONS.", "KILLED", None, None),
        ("GUNMEN KILLED A JUDGE IN MEDELLIN TODAY.", "KILLED", "1989-11-20", "MEDELLIN"),
    ],
)
def test_upper_case_event_takes_its_written_date_and_named_place(
    nlp: Language, sentence: str, trigger: str, date: str | None, place: str | None
) -> None:
    event = _only_event(nlp, sentence, trigger)
    assert (event.date, event.place) == (date, place)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("IN ADDITION, GUERRILLAS KILLED TWO PEASANTS.", "KILLED"),
        ("TROOPS KILLED 12 REBELS IN CLASHES NEAR THE BORDER.", "KILLED"),
        ("THE ARMY ARRESTED THREE STUDENTS IN THE CROSSFIRE.", "ARRESTED"),
        ("GUERRILLAS ATTACKED THE ARMY BARRACKS IN THE STATE OF EMERGENCY DECLARED YESTERDAY.", "ATTACKED"),
        ("SOLDIERS KILLED 12 PEOPLE IN THE MEDELLIN SLUMS.", "KILLED"),
    ],
)
def test_upper_case_common_nouns_are_not_places(nlp: Language, sentence: str, trigger: str) -> None:
    assert _only_event(nlp, sentence, trigger).place is None


def test_a_place_in_another_clause_before_the_event_is_not_its_place(nlp: Language) -> None:
    text = "A REBEL SPOKESMAN IN MANAGUA SAID THE GUERRILLAS ATTACKED TWO ARMY POSTS."
    assert _only_event(nlp, text, "ATTACKED").place is None


def test_the_wire_dateline_does_not_date_the_first_event(nlp: Language) -> None:
    text = "SAN SALVADOR, 18 NOV 89 (RADIO) -- [TEXT] URBAN GUERRILLAS ATTACKED A POLICE POST IN SOYAPANGO."
    assert _only_event(nlp, text, "ATTACKED").date is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        ("Urban guerrillas attacked a police post in Soyapango last night.", "attacked", "Soyapango"),
        ("In addition, guerrillas killed two peasants in clashes.", "killed", None),
    ],
)
def test_mixed_case_text_keeps_the_entity_reading(
    nlp: Language, sentence: str, trigger: str, place: str | None
) -> None:
    assert _only_event(nlp, sentence, trigger).place == place


def test_place_lexicon_knows_places_and_not_common_words() -> None:
    places = load_place_lexicon()
    assert {"san salvador", "usulutan", "medellin"} <= places.names
    assert not {"addition", "clashes", "crossfire", "reading"} & places.names
    assert "department" in places.heads and "downtown" in places.modifiers
