"""Given names the gazetteer also holds as towns ("Layla", "Laila"), attacked by an armed party: a
person word hung on the name or on the victim's own spot ("outside her home", "who runs a shelter",
"and her daughter") keeps the name a person, while possessives naming someone else after a town
("in his absence", "his spokesman said", "whose residents fled") leave the town placed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize("text", [
    "Gunmen attacked Layla outside her home.",
    "Gunmen attacked Layla, who runs a shelter, in Kabul.",
    "Militants attacked Layla and her daughter.",
    "Militants attacked Laila, who was driving home.",
    # names the tagger calls places
    "Gunmen attacked Laila outside her home in Kabul.",
    "Gunmen attacked Salem outside his shop in Kabul.",
    "Armed men attacked Medina at her home.",
    "Militiamen attacked Salem and his son near the market.",
])
def test_given_name_with_a_person_word_is_no_town(nlp: Language, text: str) -> None:
    place, country = place_and_target_country(nlp, text, "attacked")
    assert place in {None, "Kabul"}
    assert country in {None, "AFG"}  # not the namesake towns' lands (Saudi Layla, US Salem and Medina)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Militants attacked Bannu, he said.", "Bannu", "PAK"),
    ("Gunmen attacked Jos on Sunday, her office said.", "Jos", "NGA"),
    ("Shabaab militants attacked Mandera, his spokesman said.", "Mandera", "KEN"),
    ("Separatists attacked Bamenda in his absence.", "Bamenda", "CMR"),
    ("Gunmen attacked Jos, killing his brother.", "Jos", "NGA"),
    ("Militants attacked Bannu, whose residents fled.", "Bannu", "PAK"),
    ("Israeli troops raided Tubas and arrested a man in his home.", "Tubas", "PSE"),
    ("Jihadists attacked Djibo on Sunday, she told AFP.", "Djibo", "BFA"),
    # possessives of no victim's spot or kin after towns the tagger calls places
    ("Al-Shabaab fighters attacked Mogadishu at his command.", "Mogadishu", "SOM"),
    ("Houthi fighters attacked Marib near her border.", "Marib", "YEM"),
    ("Houthi fighters attacked Marib and her people.", "Marib", "YEM"),
    ("Militants attacked Bannu at his behest.", "Bannu", "PAK"),
])
def test_town_followed_by_someone_elses_possessive_stays_placed(nlp: Language, text: str, town: str,
                                                                country: str) -> None:
    place, target_country = place_and_target_country(nlp, text, _trigger(text))
    assert (place, target_country) == (town, country)


def _trigger(text: str) -> str:
    """The attack verb the sentence uses."""
    return "raided" if " raided " in text else "attacked"
