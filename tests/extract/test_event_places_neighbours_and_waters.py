"""Places read by what the writer sets them next to: a village "near" a town lies in that town's
country, a bearing from a divided city tells no land, waters named for a land ("the South China
Sea") and an island set before its noun ("Jolo island"), a town the tagger read as an adverb
("shelled Bakhmut"); and the state scanner reading whole long and hyphenated names."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import countries_named

from event_support import events_in, place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "place", "country"),
    [
        # a village the gazetteer misses, or holds only abroad, lies where the town it is near lies
        ("The RSF attacked displaced people at Zamzam camp near El Fasher.", "attacked", "Zamzam camp", "SDN"),
        ("Militiamen killed 12 villagers in Bokoro near Bunia.", "killed", "Bokoro", "COD"),
        # a bearing from a city on a line between two lands gives no country
        ("Israeli troops demolished two homes in a village north of Jerusalem.", "demolished",
         "a village north of Jerusalem", None),
        # waters named for a land are no part of it; an island is named before its noun
        ("Chinese coast guard vessels rammed a Philippine ship in the South China Sea.", "rammed",
         "South China Sea", "PHL"),
        ("A fishing boat was seized in the Irish Sea.", "seized", "Irish Sea", None),
        ("Government forces killed two militants on Jolo island.", "killed", "Jolo island", "PHL"),
        ("Troops killed rebels on Basilan island.", "killed", "Basilan island", "PHL"),
        # a capital written with hyphens, which the tokenizer splits
        ("Armed gangs stormed a prison in Port-au-Prince on Saturday.", "stormed", "Port-au-Prince", "HTI"),
        # a town the tagger read as an adverb or a bare noun phrase modifier is the object attacked
        ("Russian forces shelled Bakhmut on Thursday.", "shelled", "Bakhmut", "UKR"),
        ("Russian forces attacked Toretsk on Thursday.", "attacked", "Toretsk", "UKR"),
        ("Troops shelled Aleppo on Monday.", "shelled", "Aleppo", "SYR"),
    ],
)
def test_places_set_by_their_neighbours_and_names(nlp: Language, sentence: str, trigger: str, place: str,
                                                  country: str | None) -> None:
    assert place_and_target_country(nlp, sentence, trigger) == (place, country)


@pytest.mark.parametrize(
    ("sentence", "trigger", "place", "country"),
    [
        # a town near a country (not a town) keeps its own reading; so does a bearing from another city
        ("Hezbollah fired rockets at Metula near Lebanon.", "fired", "Metula", None),
        ("Gunmen killed 12 people in Bor near Juba.", "killed", "Bor", "SSD"),
        ("Troops raided a village 20 km north of Hebron.", "raided", "20 km north of Hebron", "PSE"),
        # a sea named for no land, and a province named for a sea, are read as before
        ("The ship was attacked in the Red Sea.", "attacked", "Red Sea", None),
        ("Troops clashed in Red Sea state.", "clashed", "Red Sea state", "SDN"),
        # a name after the verb that is a time or a person is no town attacked
        ("Police arrested Ahmed on Tuesday.", "arrested", None, None),
        ("The rebels attacked Friday.", "attacked", None, None),
    ],
)
def test_near_misses_keep_their_reading(nlp: Language, sentence: str, trigger: str, place: str | None,
                                        country: str | None) -> None:
    assert place_and_target_country(nlp, sentence, trigger) == (place, country)


def test_a_bearing_from_a_divided_city_still_places_the_act(nlp: Language) -> None:
    """The place stays as written; only its country is left open."""
    events = events_in(nlp, "Israeli troops demolished homes south of Jerusalem.")
    assert [(e.place, e.target) for e in events] == [("south of Jerusalem", None)]


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Ecuadorean soldiers patrolled the port on Tuesday.", {"ECU"}),
        ("The Democratic Republic of Congo's army said it had retaken the town.", {"COD"}),
        ("Troops of the Democratic Republic of the Congo clashed with M23.", {"COD"}),
        ("Soldiers in Guinea-Bissau attempted a coup.", {"GNB"}),
        ("Timor-Leste sent observers.", {"TLS"}),
        ("Salvadorian police arrested 300 gang suspects.", {"SLV"}),
        ("Kyrgyzstani border guards clashed with Tajik forces.", {"KGZ", "TJK"}),
        # the shorter names inside them still name their own states
        ("The Republic of Congo's president met his counterpart.", {"COG"}),
        ("Guinea's junta arrested opposition leaders.", {"GIN"}),
    ],
)
def test_the_state_scanner_reads_whole_names(nlp: Language, sentence: str, states: set[str]) -> None:
    assert {iso3 for _, iso3 in countries_named(nlp(sentence))} == states
