"""Regions the GeoNames gazetteer lacks or places wrongly, read from the ``regions`` table of
``data/event_places.json`` before the capital/country fallback: "Lower Juba" is Somali, not the South
Sudanese capital's; "the Niger Delta" and "Niger state" are Nigerian; "East Azerbaijan" is an Iranian
province; "Mount Lebanon" is no town in Pennsylvania. Regions named after a capital that the gazetteer
does hold ("East Jerusalem", "West Beirut", "South Kivu") and the capitals themselves keep their country.
Sentences are written for these tests in the style of wire reporting."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _place_and_party_countries(nlp: Language, sentence: str, trigger: str) -> tuple[str | None, set[str | None]]:
    """The place of the first event ``trigger`` and the countries of its parties, which take the
    place's country when nothing else gives theirs."""
    events = [e for e in events_in(nlp, sentence) if e.text == trigger]
    assert events, f"no event {trigger!r} in {sentence!r}"
    return events[0].place, {a.country for a in (events[0].source, events[0].target) if a is not None}


@pytest.mark.parametrize(
    ("sentence", "trigger", "place", "country"),
    [
        # a listed region whose name holds a capital's or country's name
        ("Jubaland forces attacked an al-Shabaab camp in Lower Juba on Tuesday.", "attacked", "Lower Juba", "SOM"),
        ("Kenyan troops shelled villages in the Lower Juba region last week.", "shelled", "Lower Juba region",
         "SOM"),
        ("Gunmen kidnapped three oil workers in the Niger Delta on Monday.", "kidnapped", "Niger Delta", "NGA"),
        ("Militants blew up a pipeline in the Niger Delta region in 2016.", "blew", "Niger Delta region", "NGA"),
        ("Tribal fighters attacked a police station in Mount Lebanon in 2021.", "attacked", "Mount Lebanon",
         "LBN"),
        ("Troops arrested dozens of protesters in East Azerbaijan province in 2022.", "arrested",
         "East Azerbaijan province", "IRN"),
        # a listed region the gazetteer lacks altogether
        ("Gunmen attacked a checkpoint in South Sinai on Sunday.", "attacked", "South Sinai", "EGY"),
        ("Militants attacked a police post in northern Sinai in 2017.", "attacked", "northern Sinai", "EGY"),
        ("Troops fought militants in Galmudug state in 2022.", "fought", "Galmudug state", "SOM"),
        # guards: regions named after a capital the gazetteer holds, and the capitals themselves
        ("Israeli forces demolished two homes in East Jerusalem on Monday.", "demolished", "East Jerusalem",
         "PSE"),
        ("Gunmen opened fire on a checkpoint in West Beirut in 2017.", "opened", "West Beirut", "LBN"),
        ("Militiamen burned houses in South Kivu on Saturday.", "burned", "South Kivu", "COD"),
        ("Protesters clashed with police in Juba on Tuesday.", "clashed", "Juba", "SSD"),
        ("Protesters rallied in Juba on Monday against rising prices.", "rallied", "Juba", "SSD"),
        ("Jihadists killed 17 soldiers in Niger's Tillaberi region in 2023.", "killed", None, "NER"),
    ],
)
def test_listed_regions_give_their_country(nlp: Language, sentence: str, trigger: str, place: str | None,
                                           country: str) -> None:
    found_place, countries = _place_and_party_countries(nlp, sentence, trigger)
    if place is not None:
        assert found_place == place
    assert country in countries
