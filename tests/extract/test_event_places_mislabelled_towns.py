"""Towns the tagger mislabels and names it cuts short: a one-word town an armed party attacks or raids,
tagged an organisation or left unlabelled ("attacked Bannu"); a capital another country's town shares
("Tripoli"); a town set in its land by a second "in" phrase the parser hangs beside it; and region names
the tagger cuts ("Sistan and Baluchestan", "Valle del Cauca", "Ethiopia's Somali region")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country, town_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "trigger", "place", "country"),
    [
        # a one-word town tagged an organisation or unlabelled, attacked or raided by an armed party
        ("Israeli troops raided Tubas overnight and detained 15 people.", "raided", "Tubas", "PSE"),
        ("Shabaab militants attacked Mandera on Tuesday.", "attacked", "Mandera", "KEN"),
        ("Anglophone separatists attacked Bamenda in 2019.", "attacked", "Bamenda", "CMR"),
        ("Hamas fighters attacked Sderot on October 7.", "attacked", "Sderot", "ISR"),
        ("Insurgents attacked Macomia in 2020.", "attacked", "Macomia", "MOZ"),
        ("Gunmen attacked Jos on Sunday night.", "attacked", "Jos", "NGA"),
        # the land in an "in" phrase hung beside the town's: a namesake capital set in the other land
        ("Israeli aircraft struck a building in Tripoli in northern Lebanon.", "struck", "Tripoli", "LBN"),
        # region names the tagger cuts or reads as an adjective
        ("Fighting erupted in Ethiopia's Somali region on Sunday.", "Fighting", "Somali region", "ETH"),
        ("Clashes erupted in the Somali region of Ethiopia last week.", "Clashes", "Somali region of Ethiopia", "ETH"),
        ("Militants attacked a border post in Sistan-Baluchestan province.", "attacked",
         "Sistan-Baluchestan province", "IRN"),
        ("Clashes erupted in Valle del Cauca on Friday.", "Clashes", "Valle del Cauca", "COL"),
    ],
)
def test_mislabelled_or_cut_town_is_placed(nlp: Language, text: str, trigger: str, place: str, country: str) -> None:
    assert place_and_target_country(nlp, text, trigger) == (place, country)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a person's label stands, as given names are towns too
        ("Assailants attacked Kim as he left the stadium.", "attacked", None),
        ("Gunmen attacked Mariana as she walked home.", "attacked", None),
        ("Gunmen attacked Hassan outside his shop in Mogadishu.", "attacked", "Mogadishu"),
        # firms bearing a town's name, raided or attacked by no armed party
        ("Tax inspectors raided Hitachi on Tuesday.", "raided", None),
        ("Hackers attacked Nokia in 2023.", "attacked", None),
        # a name towns of several lands hold is no sure town
        ("Insurgents attacked Palma in March 2021, killing dozens.", "attacked", None),
        # a town set before its province after a comma is not one coordinated region name
        ("Nigerian troops killed 10 bandits in Bali, Taraba state.", "killed", "Taraba state"),
    ],
)
def test_person_firm_or_namesake_object_is_not_placed(nlp: Language, text: str, trigger: str,
                                                      place: str | None) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # the article sets the capital's namesake in the other land
        ("A bomb exploded in Tripoli, killing three Lebanese soldiers, the Lebanese army said.", "Tripoli", "LBN"),
        ("The Lebanese army said clashes erupted in Tripoli.", "Tripoli", "LBN"),
        # the capital's own land, or none named as the land: the capital's country
        ("Clashes erupted in Tripoli between rival Libyan militias on Monday.", "Tripoli", "LBY"),
        ("Protests erupted in Tripoli in March 2011.", "Tripoli", "LBY"),
        ("Lebanon's prime minister visited Tripoli, Libya, in 2023.", "Tripoli", "LBY"),
        # a region's "of" phrase naming a land sets it there, whatever people the words before name
        ("Fighters clashed in the Somali region of Kenya.", "Somali region of Kenya", "KEN"),
    ],
)
def test_article_sets_a_namesake_capital(nlp: Language, text: str, town: str, country: str) -> None:
    assert town_country(nlp, text, town) == country
