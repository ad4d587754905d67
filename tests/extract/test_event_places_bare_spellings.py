"""Towns and provinces news writes barer than the gazetteer holds them: without the Arabic article and
its closing "h" ("Kufra" for the Libyan province "Al Kufrah"), or with single vowels for the doubled
ones of Somali spellings ("Ras Kamboni" for "Raas-Kaambooni"). A bare spelling that provinces of
several lands share ("Jawf": Libya, Saudi Arabia, Yemen), a sea's name that a province bears ("Red Sea
state"), an Arabic compass word ("Wusta", the middle) and given names stay without a country."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.events import gazetteer_country

from event_support import place_and_target_country, town_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(("sentence", "town", "country"), [
    ("An airstrike hit a fuel depot in Kufra on Tuesday.", "Kufra", "LBY"),
    ("Haftar's forces moved into Jufra on Sunday.", "Jufra", "LBY"),
    ("Kenyan troops clashed with fighters near Ras Kamboni.", "Ras Kamboni", "SOM"),
    ("Gunmen killed two officers in Muthanna on Friday.", "Muthanna", "IRQ"),
    ("Government troops retook Bulobarde after a week of fighting.", "Bulobarde", "SOM"),
])
def test_a_barer_spelling_gives_the_country(nlp: Language, sentence: str, town: str, country: str) -> None:
    assert town_country(nlp, sentence, town) == country


@pytest.mark.parametrize(("sentence", "town"), [
    ("Houthi drones hit a base in Jawf on Sunday.", "Jawf"),  # Libyan, Saudi and Yemeni provinces
    ("The ship was attacked in the Red Sea.", "Red Sea"),  # a sea, though Sudan has a Red Sea state
    ("Police detained Saad on Monday.", "Saad"),
    ("Rebels shelled positions near Wusta on Sunday.", "Wusta"),  # "Al Wusta": the middle, a compass word
])
def test_a_bare_spelling_of_several_lands_or_a_name_gives_none(nlp: Language, sentence: str, town: str) -> None:
    assert town_country(nlp, sentence, town) is None


def test_an_attacked_town_written_bare_is_placed(nlp: Language) -> None:
    place, country = place_and_target_country(nlp, "Al-Shabaab fighters seized Ras Kamboni on Tuesday.", "seized")
    assert (place, country) == ("Ras Kamboni", "SOM")


@pytest.mark.parametrize("name", ["amin", "saad", "noor", "aaron", "jaafar"])
def test_short_and_given_names_have_no_bare_spelling(name: str) -> None:
    assert gazetteer_country(name) is None
