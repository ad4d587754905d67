"""Places measured from a town ("20 km north of Goma"), towns set in a land or province by the writer
("Gao, Mali", "the village of Solhan in northern Burkina Faso"), parts of a town owned by it ("Kharkiv's
outskirts"), events placed by their verb of occurrence ("clashes erupted in ..."), and the conflict
towns the gazetteer held under no news spelling."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import load_actor_lexicon
from parley.extract.events._places import _named_place, _owning_place, _place_country

from event_support import place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "place", "country"),
    [
        # a compass word measuring from a named town, hung on the verb or on the town described
        ("Rebels shelled positions east of Khartoum overnight.", "shelled", "east of Khartoum", "SDN"),
        ("Militants raided a village 15 kilometres north of Maiduguri.", "raided",
         "15 kilometres north of Maiduguri", "NGA"),
        ("Al-Shabaab fighters overran a base 40 km west of Mogadishu.", "overran", "west of Mogadishu", "SOM"),
        ("The junta's jets bombed a monastery east of Mandalay on Friday.", "bombed", "east of Mandalay", "MMR"),
        ("Militia fighters stormed Tawila, 60 km west of El Fasher.", "stormed", None, "SDN"),
        # a town that is also a word, shown a place by the compass word or the land it is set in
        ("Jihadists attacked an army post 30 kilometres south of Gao.", "attacked", "south of Gao", "MLI"),
        ("Armed men abducted 40 students from a school in Gao, Mali.", "abducted", "Gao", "MLI"),
        # the land or province the writer sets a town in decides over a namesake abroad
        ("Jihadists attacked the village of Solhan in northern Burkina Faso.", "attacked", "Solhan", "BFA"),
        ("Armed men stormed the village of Kobe in Darfur.", "stormed", "Kobe", "SDN"),
        ("Militants attacked the town of Boni in Mali's Mopti region.", "attacked", "Boni", "MLI"),
        ("M23 rebels seized Rubaya, a mining town in North Kivu.", "seized", None, "COD"),
        ("Gunmen shot dead four people in Chinameca, a town in El Salvador.", "shot", "Chinameca", "SLV"),
        ("FARC dissidents attacked a police station near Jamundi in Valle del Cauca.", "attacked", "Jamundi",
         "COL"),
        # a part or site a town owns, a camp named by its town, a department
        ("Russian missiles struck Kharkiv's outskirts on Thursday.", "struck", "outskirts", "UKR"),
        ("Israeli forces raided the Jenin refugee camp on Monday.", "raided", "Jenin", "PSE"),
        ("Guerrillas attacked a military base in Arauca department.", "attacked", "Arauca", "COL"),
        # an event noun placed by its verb of occurrence
        ("Clashes erupted on the outskirts of Baidoa.", "Clashes", "Baidoa", "SOM"),
        ("Heavy fighting broke out near Wad Madani in Gezira state.", "fighting", "Wad Madani", "SDN"),
        ("Protests erupted in Tehran on Friday.", "Protests", "Tehran", "IRN"),
        # towns and districts of long-running fighting under their news spelling
        ("A suicide bomber struck a market in Parachinar, killing 18 people.", "struck", "Parachinar", "PAK"),
        ("Turkish drones struck Kobani on Monday.", "struck", "Kobani", "SYR"),
        ("An Israeli drone strike killed two men in Bint Jbeil.", "strike", "Bint Jbeil", "LBN"),
        ("Gang members killed a police officer in Cite Soleil.", "killed", "Cite Soleil", "HTI"),
    ],
)
def test_places_measured_or_set_in_a_land(nlp: Language, sentence: str, trigger: str, place: str | None,
                                          country: str) -> None:
    found, target_country = place_and_target_country(nlp, sentence, trigger)
    assert place is None or (found is not None and place in found)
    assert target_country == country


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        # measured from a country: the place lies outside it
        ("Gunmen attacked a bus 40 km west of Afghanistan.", "attacked", None),
        ("Gunmen attacked a police post south of Niger.", "attacked", None),
        # a compass word with an article is a part of the land, read as before
        ("Soldiers killed three militants in the north of Mali.", "killed", "MLI"),
        # measured from no named place
        ("Fighters attacked a checkpoint north of the border.", "attacked", None),
        ("Gunmen attacked a village south of the capital.", "attacked", None),
        # a person, a party or a date after "in" or the comma sets no town in a land
        ("Police arrested protesters in Kobe in 2019.", "arrested", "JPN"),
        ("Police arrested three protesters in Nice, France.", "arrested", "FRA"),
        # a building set in a town is placed, not made the act's target
        ("Supporters will hold a rally at the Royal Hotel in Leeds.", "rally", None),
    ],
)
def test_measured_and_set_places_left_alone(nlp: Language, sentence: str, trigger: str, country: str | None) -> None:
    _, target_country = place_and_target_country(nlp, sentence, trigger)
    assert target_country == country


@pytest.mark.parametrize(
    ("sentence", "first", "last", "country"),
    [
        ("Russian jets struck Kharkiv's outskirts overnight.", "Kharkiv", "outskirts", "UKR"),
        ("Officials in the Cauca department condemned it.", "Cauca", "department", "COL"),
    ],
)
def test_the_country_of_an_owned_part_or_a_department(nlp: Language, sentence: str, first: str, last: str,
                                                      country: str | None) -> None:
    doc = nlp(sentence)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last) + 1
    assert _place_country(list(doc[start:end]), load_actor_lexicon()) == country


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Israeli jets struck Hezbollah's base overnight.", "base"),  # a party's, no town's
        ("Officials at the State Department condemned it.", "Department"),  # a ministry, no region
        ("Officials at the Justice Department condemned it.", "Department"),
    ],
)
def test_no_town_owns_or_names_it(nlp: Language, sentence: str, word: str) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert _owning_place(token) is None and _named_place(token) is None
