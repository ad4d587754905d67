"""Names the tagger reads as the wrong kind, settled by how the sentence describes them.

A name apposed to a settlement noun is a place whatever its label ("Rubaya, a mining town"); one apposed
to a party's noun is a person ("Layla, a village teacher"). A one-word town a party raids is a place
though the tagger calls it a person: nobody raids a person by name. An attacked town written with its
province or land after it ("shelled Mubi in Walikale territory") is the event's place, the region
its address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("M23 fighters captured Nyabibwe, a small mining town, on Thursday.", "captured", "Nyabibwe"),
    ("Baloch separatists attacked Mach, a town in Balochistan, overnight.", "attacked", "Mach"),
    ("Al-Shabaab militants attacked Bulo Burte, a town in central Somalia.", "attacked", "Bulo Burte"),
    ("Jihadists attacked Tessalit, a desert town, on Sunday.", "attacked", "Tessalit"),
])
def test_name_apposed_to_a_settlement_noun_is_the_place(nlp: Language, text: str, trigger: str,
                                                        place: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen attacked Layla, a village teacher, on Tuesday.", "attacked"),
    ("Israel struck Hezbollah, a state within a state, on Monday.", "struck"),
    ("Gunmen attacked Hassan, a district official, on his way home.", "attacked"),
])
def test_name_apposed_to_a_party_or_known_group_is_no_place(nlp: Language, text: str, trigger: str) -> None:
    place, _ = place_and_target_country(nlp, text, trigger)
    assert place is None


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Israeli forces raided Jenin on Monday.", "Jenin", "PSE"),
    ("Israeli troops raided Qalqilya before dawn on Wednesday.", "Qalqilya", "PSE"),
    ("Soldiers raided Huwara at dawn.", "Huwara", "PSE"),
])
def test_person_tagged_town_a_party_raids_is_the_place(nlp: Language, text: str, place: str, country: str) -> None:
    assert place_and_target_country(nlp, text, "raided") == (place, country)


@pytest.mark.parametrize("text", [
    "Police raided Hassan's home in Rawalpindi on Monday.",  # the home, not a town called Hassan
    "Police raided Florence, who had hidden weapons.",
    "Gunmen attacked Hassan on Tuesday, Indian police said.",  # attacked, not raided: a person's label stands
    "Troops raided Hamdan on Tuesday. Hamdan's lawyer said the arrest was unlawful.",
])
def test_person_raided_or_attacked_by_name_is_no_town(nlp: Language, text: str) -> None:
    place, _ = place_and_target_country(nlp, text, text.split()[1])
    assert place not in {"Hassan", "Florence", "Hamdan"}


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("The army shelled Mubi in Walikale territory.", "shelled", "Mubi"),
    ("Rebels seized Bukavu in South Kivu province on Sunday.", "seized", "Bukavu"),
    ("Houthi forces attacked Marib in central Yemen.", "attacked", "Marib"),
    ("Russian forces captured Bakhmut in the Donetsk region.", "captured", "Bakhmut"),
])
def test_attacked_town_wins_over_the_region_it_is_set_in(nlp: Language, text: str, trigger: str,
                                                         place: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Jubaland forces attacked an al-Shabaab camp in Gedo region.", "attacked", "Gedo region"),
    ("Gunmen attacked a bus in Balochistan province.", "attacked", "Balochistan province"),
    ("Gunmen attacked Mariana in Sao Paulo, Brazilian police said.", "attacked", "Sao Paulo"),
    ("Israeli jets struck Hezbollah in southern Lebanon.", "struck", "southern Lebanon"),
])
def test_region_stays_the_place_of_sites_people_and_groups(nlp: Language, text: str, trigger: str,
                                                           place: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place
