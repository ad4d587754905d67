"""Parties a report names again: "the military" after "the Sudanese army", "he" after a named person,
"it" after the body that spoke.

Short articles written in wire style for these tests (not taken from any evaluation set or corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.records import Event

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _event(nlp: Language, text: str, trigger: str) -> Event:
    found = [e for e in events_in(nlp, text) if e.text == trigger]
    assert found, f"no event {trigger!r}"
    return found[0]


def test_the_military_is_the_army_named_before(nlp: Language) -> None:
    text = ("The Sudanese army said on Tuesday it had repelled an attack on El Fasher. "
            "The paramilitary group accused the military of bombing a market in the city.")
    accused = _event(nlp, text, "accused")
    assert accused.target is not None and (accused.target.country, accused.target.sector) == ("SDN", "MIL")


def test_a_description_with_an_owner_of_its_own_is_not_taken_back(nlp: Language) -> None:
    text = ("The Sudanese army said on Tuesday it had repelled an attack on El Fasher. "
            "Chad's army closed the border on Wednesday.")
    closed = _event(nlp, text, "closed")
    assert closed.source is not None and closed.source.country == "TCD"


def test_a_scene_set_by_in_a_country_places_its_government(nlp: Language) -> None:
    text = "In neighbouring Burkina Faso, the government suspended two French radio stations."
    suspended = _event(nlp, text, "suspended")
    assert suspended.source is not None and suspended.source.country == "BFA"


def test_he_is_the_person_named_as_subject_not_an_organisation(nlp: Language) -> None:
    text = ("General Abdel Fattah al-Burhan met the head of the World Food Programme on Monday. "
            "He also threatened to expel any aid agency found supplying the paramilitaries.")
    threatened = _event(nlp, text, "threatened")
    assert threatened.source is not None and threatened.source.country == "SDN"


def test_him_is_rather_someone_else_than_the_subject(nlp: Language) -> None:
    text = ("Israeli President Isaac Herzog refused to meet Jordan's King Abdullah in Haifa, "
            "saying he would only welcome him in Jerusalem.")
    welcome = _event(nlp, text, "welcome")
    assert welcome.source is not None and welcome.source.country == "ISR"
    assert welcome.target is not None and welcome.target.country == "JOR"


def test_it_after_a_body_that_spoke_is_that_body(nlp: Language) -> None:
    text = ("The United Nations said it was investigating reports that RSF fighters had detained dozens of "
            "young men in Omdurman.")
    investigating = _event(nlp, text, "investigating")
    assert investigating.source is not None and investigating.source.sector == "IGO"


def test_the_army_in_a_report_is_not_the_other_sides_troops(nlp: Language) -> None:
    text = ("Russian troops attacked the village on Monday. "
            "Ukrainian officials said the army destroyed three Russian tanks.")
    destroyed = _event(nlp, text, "destroyed")
    assert destroyed.source is None or destroyed.source.country != "RUS"


def test_a_phrase_opening_with_in_sets_a_scene_only_when_it_names_a_country(nlp: Language) -> None:
    text = "In talks with Iran, the government agreed to release two prisoners."
    agreed = _event(nlp, text, "agreed")
    assert agreed.source is None or agreed.source.country != "IRN"


def test_the_group_opening_a_sentence_is_the_last_sentences_subject(nlp: Language) -> None:
    text = ("Amnesty International said the RSF killed dozens of civilians in El Geneina. "
            "The group called for an arms embargo on Sudan.")
    called = _event(nlp, text, "called")
    assert called.source is not None and called.source.country is None and called.source.sector == "NGO"
