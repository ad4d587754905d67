"""Sites named by their town ("Omdurman market", "Kharkiv railway station", "in a Khan Younis hospital"):
the town is the act's place when the sentence names no other; a person, firm, club, country or dictionary
word before the site is none. And towns written without the closing "h" of the gazetteer's Arabic
spelling ("Ar-Raqqa" for "Ar-Raqqah", "Shabwa" for "Shabwah")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.events import gazetteer_country

from event_support import place_of

if TYPE_CHECKING:
    from spacy.language import Language



@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # the site is the object of the act
        ("Houthi rebels shelled Saada prison overnight, residents said.", "shelled", "Saada"),
        ("Saudi-led coalition jets bombed Sanaa airport on Thursday.", "bombed", "Sanaa"),
        ("Russian missiles attacked Kharkiv railway station late on Tuesday.", "attacked", "Kharkiv"),
        ("Russian troops shelled the Zaporizhzhia nuclear plant again, the IAEA said.", "shelled", "Zaporizhzhia"),
        ("Paramilitaries shelled El Fasher hospital on Saturday.", "shelled", "El Fasher"),
        ("Government forces shelled Marib city for a third day.", "shelled", "Marib"),
        ("Drones attacked Port Sudan naval base on Sunday.", "attacked", "Port Sudan"),
        ("Israeli forces struck Deir al-Balah school.", "struck", "Deir al-Balah"),
        ("An airstrike hit Gaza City's Ahli hospital.", "airstrike", "Gaza City"),
        ("Insurgents attacked Mocimboa da Praia port.", "attacked", "Mocimboa da Praia"),
        # the site is in a phrase of place, or what an attack noun is aimed at
        ("Two patients were killed in a Khan Younis hospital when the ward was hit.", "killed", "Khan Younis"),
        ("Gunmen shot dead three worshippers at Kano mosque.", "shot", "Kano"),
        ("Gunmen killed 11 people at Bunia displacement camp.", "killed", "Bunia"),
        ("Islamic State claimed the attack on Kerman cemetery.", "attack", "Kerman"),
        # a place the sentence names itself wins
        ("Gunmen attacked Kumbo hospital in northwest Cameroon.", "attacked", "northwest Cameroon"),
    ],
)
def test_a_site_named_by_its_town_is_placed_there(nlp: Language, sentence: str, trigger: str, place: str) -> None:
    assert place_of(nlp, sentence, trigger) == place


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a person's name sites bear, which a town somewhere bears too
        ("Police arrested ten activists at Kennedy airport.", "arrested"),
        ("Gunmen attacked Jinnah hospital staff in the night.", "attacked"),
        # a site's own name that is no town, and a firm's site
        ("Israeli troops stormed Al-Shifa hospital on Wednesday.", "stormed"),
        ("Russian forces attacked Azovstal steel plant.", "attacked"),
        ("Workers struck at Toyota plant over pay.", "struck"),
        # a dictionary word a small town bears, a country, a party, a name several lands' towns bear
        ("Protesters rallied at Liberty bridge.", "rallied"),
        ("Jets bombed Jordan hospital.", "bombed"),
        ("Fighters attacked Hamas base, Israel said.", "attacked"),
        ("Militants stormed Palma airport.", "stormed"),
        # hotels and stadiums bear other towns' names
        ("Protesters stormed the Baghdad hotel.", "stormed"),
        ("Hooligans stormed the Kyiv stadium.", "stormed"),
    ],
)
def test_no_town_is_read_from_names_that_are_not_the_sites_town(nlp: Language, sentence: str,
                                                                trigger: str) -> None:
    assert place_of(nlp, sentence, trigger) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [("ar-raqqa", "SYR"), ("al-raqqa", "SYR"), ("shabwa", "YEM"), ("hodeida", "YEM"), ("al-mahra", "YEM"),
     # first names are not extended to towns ending in "-ah", nor is an "-ah" name cut to a town in "-a"
     ("rima", None), ("ana", None), ("hannah", None), ("jonah", None)],
)
def test_a_town_written_without_its_closing_h(name: str, country: str | None) -> None:
    assert gazetteer_country(name) == country


def test_a_spelling_without_the_closing_h_places_an_attack(nlp: Language) -> None:
    assert place_of(nlp, "Forces shelled Ar-Raqqa overnight.", "shelled") == "Ar-Raqqa"
