"""A one-word town the tagger calls a person, attacked by rebels the actor lexicon places in that
town's own land ("Al-Shabaab fighters attacked Kismayo"), is the town; a person's signs, bands of no
land, armies and police, and rebels of another land leave the name as tagged. And a town taken for
the target when it owns the site hit ("struck Kramatorsk's train station") is the act's place, and a bare
town the tagger calls a work or product ("attacked Ouallam") is a town."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(("sentence", "trigger", "country"), [
    ("Al-Shabaab fighters attacked Kismayo on Tuesday.", "attacked", "SOM"),
    ("ELN guerrillas attacked Tibu on Thursday, the army said.", "attacked", "COL"),
])
def test_rebels_attack_a_town_of_their_own_land(nlp: Language, sentence: str, trigger: str, country: str) -> None:
    assert place_and_target_country(nlp, sentence, trigger)[1] == country


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Gunmen attacked Kismayo on Tuesday.", "attacked"),  # a band of no land
    ("Soldiers attacked Tibu on Thursday.", "attacked"),  # no rebels
    ("Al-Shabaab fighters attacked Hassan on Tuesday.", "attacked"),  # Somali rebels, an Indian town
    ("A teacher named Florencia Ortiz was wounded. FARC dissidents attacked Florencia as she left the school.",
     "attacked"),  # named in full before
    ("Houthi rebels attacked Layla outside her home on Tuesday.", "attacked"),  # a person's spot
])
def test_the_name_stays_as_tagged_without_the_rebels_own_land(nlp: Language, sentence: str, trigger: str) -> None:
    _place, country = place_and_target_country(nlp, sentence, trigger)
    assert country is None


@pytest.mark.parametrize(("sentence", "trigger", "place"), [
    ("Russian missiles struck Kramatorsk's train station, killing dozens.", "struck", "Kramatorsk"),
    ("A drone hit Kharkiv's central station overnight.", "hit", "Kharkiv"),
])
def test_a_town_owning_the_site_hit_is_the_place(nlp: Language, sentence: str, trigger: str, place: str) -> None:
    assert place_and_target_country(nlp, sentence, trigger)[0] == place


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Gunmen attacked Hassan's shop on Monday.", "attacked"),
    ("Troops attacked Layla's house before dawn.", "attacked"),
])
def test_a_person_owning_the_site_hit_is_no_place(nlp: Language, sentence: str, trigger: str) -> None:
    assert place_and_target_country(nlp, sentence, trigger)[0] is None


def test_a_bare_town_called_a_work_is_placed(nlp: Language) -> None:
    assert place_and_target_country(nlp, "Insurgents attacked Ouallam before dawn.", "attacked") == ("Ouallam", "NER")


def test_a_ship_with_an_article_is_no_town(nlp: Language) -> None:
    assert place_and_target_country(nlp, "Houthi rebels attacked the Sounion in the Red Sea.", "attacked")[1] is None
