"""Towns a weapon hits ("Russian missiles hit Kharkiv"), capitals an armed party attacks ("rebels attacked
Bangui"), sites named by a town that is also a dictionary word ("Goma airport") or a town's own hall
("Marawi's city hall"), towns named like another land's leader ("near Masisi"), and conflict regions the
gazetteer lacks ("Qandil"). Persons, firms, ships and attacks in words stay unplaced."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country, place_of

if TYPE_CHECKING:
    from spacy.language import Language



@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # a projectile or warcraft hits ground
        ("Russian drones hit Odesa overnight, damaging port buildings.", "hit", "Odesa"),
        ("Two ballistic missiles hit Sumy on Sunday, the mayor said.", "hit", "Sumy"),
        ("Hezbollah rockets hit Kiryat Shmona on Wednesday.", "hit", "Kiryat Shmona"),
        ("Turkish warplanes struck Qandil on Thursday.", "struck", "Qandil"),
        ("Mortars hit Ashkelon, police said.", "hit", "Ashkelon"),
        # an armed party attacks a capital the dictionary holds too
        ("Rebel fighters attacked Bangui on Christmas Day.", "attacked", "Bangui"),
        # a site named by a dictionary's city, in a story set in its land
        ("M23 fighters shelled Goma airport, Congolese officials said.", "shelled", "Goma"),
        # a town's own hall
        ("Militants stormed Marawi's city hall on Tuesday.", "stormed", "Marawi"),
        ("Russian troops shelled Kharkiv city hall.", "shelled", "Kharkiv"),
    ],
)
def test_towns_struck_attacked_or_named_by_their_sites_are_placed(nlp: Language, sentence: str, trigger: str,
                                                                  place: str) -> None:
    assert place_of(nlp, sentence, trigger) == place


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a person a weapon hits, told of by "his" or "she", or a name sites bear
        ("A bomb hit Kennedy as his motorcade passed.", "hit"),
        ("A drone hit Ahmed as he walked home, his brother said.", "hit"),
        # a firm or a person hit in words, and a ship
        ("The strike hit Ford hard, union leaders said.", "hit"),
        ("Houthi missiles hit the Galaxy Leader on Sunday.", "hit"),
        ("A barrage of criticism hit Hassan after the vote.", "hit"),
        # a capital attacked in words, and a person named like a capital
        ("Rebel fighters attacked Bangui over the arrests.", "attacked"),
        ("Soldiers attacked Praia, a journalist, on Monday.", "attacked"),
        # a hall that is no town's own, and a dictionary word's site in a story of no land of it
        ("Militants attacked Marawi's sports hall.", "attacked"),
        ("Rebels shelled Victory school, residents said.", "shelled"),
    ],
)
def test_persons_firms_ships_and_words_are_no_town(nlp: Language, sentence: str, trigger: str) -> None:
    assert place_of(nlp, sentence, trigger) is None


def test_a_town_named_like_another_lands_leader_keeps_its_own_land(nlp: Language) -> None:
    place, country = place_and_target_country(nlp, "Gunmen killed five villagers near Masisi on Thursday.",
                                              "killed")
    assert (place, country) == ("Masisi", "COD")


def test_a_leader_attacked_in_words_keeps_his_land(nlp: Language) -> None:
    place, country = place_and_target_country(nlp, "Critics attacked Obama over his remarks.", "attacked")
    assert (place, country) == (None, "USA")
