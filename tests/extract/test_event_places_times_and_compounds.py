"""Names the tagger labels places that tell a time or a campaign ("in Muharram", "in Lent", "in Operation
Hadin Kai": ``periods`` and ``campaigns`` of data/event_places.json), and towns written as compounds the
tagger leaves unlabelled, whose name holds a capital's ("attacked Mocimboa da Praia" is no Praia)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a festival or month of worship is no place; a place hung on it is the act's
        ("Police detained 25 Shia mourners in Muharram in Hyderabad.", "detained", "Hyderabad"),
        ("Gunmen torched a chapel in Lent, local officials said.", "torched", None),
        ("Jihadists killed 22 villagers in Advent in northern Burkina Faso.", "killed", "northern Burkina Faso"),
        ("Police arrested 15 settlers in Passover near Nablus.", "arrested", "Nablus"),
        ("Bombers struck a procession in Ashura in Kerbala.", "struck", "Kerbala"),
        # a military operation's name is a campaign, not where it was fought
        ("Nigerian troops killed 18 insurgents in Operation Hadin Kai in Yobe.", "killed", "Yobe"),
        ("Israeli troops killed nine gunmen in Operation Iron Wall in Tulkarem.", "killed", "Tulkarem"),
        ("Congolese soldiers attacked ADF camps in Operation Shujaa in Beni.", "attacked", "Beni"),
    ],
)
def test_times_and_campaigns_are_no_places(nlp: Language, text: str, trigger: str, place: str | None) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a festival's word inside a place's whole name leaves the place standing
        ("Guards beat 40 asylum seekers in a camp in Christmas Island.", "beat", "Christmas Island"),
        ("Thousands rallied in Eid Square on Sunday.", "rallied", "Eid Square"),
        ("Police arrested two fishermen in Easter Island.", "arrested", "Easter Island"),
        # a common-noun operation keeps its place
        ("Soldiers killed 11 militants in a military operation in Timbuktu.", "killed", "Timbuktu"),
    ],
)
def test_places_named_with_a_festival_word_stay(nlp: Language, text: str, trigger: str, place: str) -> None:
    assert place_and_target_country(nlp, text, trigger)[0] == place


@pytest.mark.parametrize(
    ("text", "trigger", "place", "country"),
    [
        # an unlabelled town of several words the parser compounds: the whole name, not the capital in it
        ("Insurgents attacked Mocimboa da Praia before dawn on Thursday.", "attacked", "Mocimboa da Praia", "MOZ"),
        ("Gunmen raided Mocimboa da Praia district overnight.", "raided", "Mocimboa da Praia district", "MOZ"),
        ("Cartel gunmen attacked San Jose del Cabo.", "attacked", "San Jose del Cabo", "MEX"),
        ("Gangs attacked Croix-des-Bouquets on Monday.", "attacked", "Croix-des-Bouquets", "HTI"),
    ],
)
def test_compounded_towns_are_placed_whole(nlp: Language, text: str, trigger: str, place: str, country: str) -> None:
    assert place_and_target_country(nlp, text, trigger) == (place, country)


@pytest.mark.parametrize(
    ("text", "trigger", "target_country"),
    [
        # people's names of several words are no towns; a capital alone is the capital
        ("Police arrested Jose da Silva on Friday.", "arrested", None),
        ("Rebels attacked Juba on Tuesday.", "attacked", "SSD"),
    ],
)
def test_compounded_names_that_are_no_towns(nlp: Language, text: str, trigger: str,
                                            target_country: str | None) -> None:
    assert place_and_target_country(nlp, text, trigger)[1] == target_country
