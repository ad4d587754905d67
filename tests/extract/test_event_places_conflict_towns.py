"""Towns of recent fighting that GeoNames holds with no population or under another name (Myanmar's
Chin and Karenni states, the Kivus, Syria, Karabakh): the hand-written list places them, and a
person of the same name stays a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Junta troops shelled villages around Mindat, residents said.", "shelled", "MMR"),
    ("Resistance fighters ambushed a convoy near Matupi.", "ambushed", "MMR"),
    ("Army jets bombed a church in Demoso on Sunday.", "bombed", "MMR"),
    ("M23 rebels seized Kitshanga after a fierce battle.", "seized", "COD"),
    ("Militiamen raided a village in Shabunda.", "raided", "COD"),
    ("Syrian troops retook Palmyra from the militants.", "retook", "SYR"),
])
def test_towns_missing_from_the_gazetteer_are_placed(nlp: Language, text: str, trigger: str, country: str) -> None:
    place, target_country = place_and_target_country(nlp, text, trigger)
    assert place is not None
    assert target_country == country


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police arrested Palmyra at her home on Friday.", "arrested"),
    ("Gunmen shot Palmyra outside the shop.", "shot"),
])
def test_a_person_of_a_towns_name_stays_a_person(nlp: Language, text: str, trigger: str) -> None:
    place, target_country = place_and_target_country(nlp, text, trigger)
    assert place is None
    assert target_country != "SYR"
