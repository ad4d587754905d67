"""Towns the tagger calls persons after "attacked", placed when the article sets them in their own land.

Given names are towns too ("Hassan", "Menaka", "Layla"), so an attacked name alone places nothing; the
article naming a place of the town's country (the country, a province or another town, outside the
attackers' own words) does, whoever attacks ("settlers"), unless the name reads as a person's ("Mr", a
role, "as he left", a full name); a people's adjective ("Indian police said") backs nothing. One-word
names spelled with an apostrophe or hyphen GeoNames leaves out ("Petion-Ville") are looked up without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Jihadists attacked Menaka overnight, residents said, as fighting spread across northern Mali.",
     "Menaka", "MLI"),
    ("Fano militiamen attacked Bahir Dar on Saturday as fighting spread across Ethiopia's Amhara region.",
     "Bahir Dar", "ETH"),
    ("Gangs attacked Mirebalais on Monday, freeing inmates from the prison in central Haiti.", "Mirebalais", "HTI"),
    ("Bandits attacked Kajuru on Sunday, police in Kaduna said.", "Kajuru", "NGA"),
    ("Rebels attacked Myawaddy on Monday, Myanmar officials said.", "Myawaddy", "MMR"),
    ("Gunmen attacked Uvira on Monday, killing three civilians in South Kivu.", "Uvira", "COD"),
    ("Israeli settlers attacked Huwara on Sunday night, torching cars in the West Bank.", "Huwara", "PSE"),
])
def test_attacked_town_backed_by_its_land_is_the_place(nlp: Language, text: str, place: str,
                                                       country: str) -> None:
    assert place_and_target_country(nlp, text, "attacked") == (place, country)


@pytest.mark.parametrize("text", [
    "Gunmen attacked Hassan, a shopkeeper, on Tuesday, Indian police said.",
    "Unknown men attacked Mr Hassan on Friday, Indian police said.",
    "Gunmen attacked Hassan as he left a mosque, Indian police said.",
    "Gunmen attacked Adama Traore on Sunday, Malian officials said.",
    "Jihadists attacked Djibo, a herder, on Sunday, Burkinabe officials said.",
    "Protesters attacked Hassan on Monday, Indian police said.",
    "Gunmen attacked Hassan on Tuesday, Indian police said.",
    "Settlers attacked Sinjil on Monday, Palestinian officials said.",
    "Critics attacked Hassan over the budget, Indian newspapers said.",
    "Jihadists attacked Menaka on Sunday, the French army said.",
    "Boko Haram fighters attacked Aisha on Sunday, Nigerian officials said.",
    "Hackers attacked Nokia on Monday, Finnish officials said.",
    "Gunmen attacked Hassan on Tuesday, police in Mysuru said, adding that he survived.",
    "The minister attacked Kenscoff over the gangs, Port-au-Prince media said.",
])
def test_person_or_unbacked_name_is_no_place(nlp: Language, text: str) -> None:
    events = [e for e in events_in(nlp, text) if e.text == "attacked"]
    assert events and all(e.place is None for e in events)


@pytest.mark.parametrize(("text", "place"), [
    ("Militants attacked Bannu while he was visiting the province, the minister said.", "Bannu"),
    ("Israeli forces raided Jenin as she slept, her mother said.", "Jenin"),
    ("Houthi fighters attacked Marib, killing him and two aides, Yemeni officials said.", "Marib"),
])
def test_pronoun_of_someone_else_keeps_a_town_the_tagger_places(nlp: Language, text: str, place: str) -> None:
    events = [e for e in events_in(nlp, text) if e.text in {"attacked", "raided"}]
    assert events and events[0].place == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Gangs attacked homes in Petion-Ville on Tuesday.", "attacked", "Petion-Ville"),
    ("Air strikes hit a market in Sa'ada on Monday.", "strikes", "Sa'ada"),
])
def test_town_spelled_with_a_mark_or_hyphen_is_found(nlp: Language, text: str, trigger: str, place: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place
