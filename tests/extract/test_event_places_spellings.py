"""Towns the gazetteer holds under another spelling or the tagger mislabels: names cut at a hyphen
("Cap-Haitien"), other transliterations of an Arabic article ("Deir el-Zor" for "Deir ez-Zor"), a
town after "in" that the tagger calls a person and the dictionary holds ("in Goma"), and a rare town
beside a weekday tagged a date ("in Turbat on Thursday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.events import gazetteer_country

from event_support import events_in, place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "place", "country"),
    [
        # a name the tokenizer cuts at its hyphens
        ("Protesters marched in Cap-Haitien on Friday.", "marched", "Cap-Haitien", "HTI"),
        ("Protesters marched in Port-Gentil on Saturday.", "marched", "Port-Gentil", "GAB"),
        ("Fighters clashed in Al-Qaim on Wednesday.", "clashed", "Al-Qaim", "IRQ"),
        ("Gunmen killed three in Mbuji-Mayi on Sunday.", "killed", "Mbuji-Mayi", "COD"),
        ("Fighting erupted in Al-Hasakah on Friday, Kurdish officials said.", "Fighting", "Al-Hasakah", "SYR"),
        ("Troops clashed with rebels in Kaga-Bandoro on Tuesday.", "clashed", "Kaga-Bandoro", "CAF"),
        # the Arabic article spelled otherwise than the gazetteer does
        ("Fighting erupted in Deir el-Zor on Friday.", "Fighting", "Deir el-Zor", "SYR"),
        ("Fighting erupted in Deir al-Zor on Friday.", "Fighting", "Deir al-Zor", "SYR"),
        ("Fighting erupted in Deir ez-Zor on Friday.", "Fighting", "Deir ez-Zor", "SYR"),
        ("Israeli warplanes struck al-Mawasi on Friday.", "struck", "al-Mawasi", "PSE"),
        # a town taken by an attack that the tagger calls a product
        ("Russian forces shelled Avdiivka overnight, the Ukrainian army said.", "shelled", "Avdiivka", "UKR"),
        ("Russian forces captured Vuhledar in October 2024.", "captured", "Vuhledar", "UKR"),
        # a town after "in" the tagger calls a person, whose name the dictionary also holds
        ("Protests erupted in Goma on Monday after a UN convoy was attacked.", "Protests", "Goma", "COD"),
        ("Clashes broke out in Gao on Sunday, the Malian army said.", "Clashes", "Gao", "MLI"),
        # a rare town beside a weekday, tagged a date
        ("Turkish-backed fighters clashed with Kurdish forces in Manbij on Friday.", "clashed", "Manbij", "SYR"),
    ],
)
def test_towns_under_other_spellings_and_labels(nlp: Language, sentence: str, trigger: str, place: str,
                                                country: str | None) -> None:
    found, target_country = place_and_target_country(nlp, sentence, trigger)
    assert found == place
    assert target_country == country


def test_a_hyphenated_town_the_tagger_cut_short(nlp: Language) -> None:
    """"Croix-des-Bouquets" is tagged "Croix", a person: the compounds and hyphens before "Bouquets" are
    read with it."""
    events = events_in(nlp, "Gangs attacked a police station in Croix-des-Bouquets on Monday.")
    assert [e.place for e in events] == ["Croix-des-Bouquets"]


def test_a_town_tagged_a_date_is_placed(nlp: Language) -> None:
    """"Turbat" beside "on Thursday" is tagged a date; it is the Pakistani town."""
    events = events_in(nlp, "Separatists killed nine workers in Turbat on Thursday, Pakistani police said.")
    assert [e.place for e in events if e.text == "killed"] == ["Turbat"]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("deir el-zor", "SYR"),
        ("deir al zor", "SYR"),
        ("ras al-ain", "SYR"),
        ("jisr al-shughur", "SYR"),
        ("deir ez-zor", "SYR"),  # as the gazetteer holds it
        ("bab al-hawa", None),  # a crossing no gazetteer spelling holds
        ("el-arish", "EGY"),  # a leading article: "Al Arish" in the gazetteer
        ("al-bayda", None),  # "Al Bayda" in Yemen, "Al Bayda’" in Libya: no country for the variant
        ("el paso", "USA"),
    ],
)
def test_arabic_article_spellings_meet(name: str, country: str | None) -> None:
    assert gazetteer_country(name) == country


@pytest.mark.parametrize(
    "sentence",
    [
        # a holiday or month beside a date is no town
        "Fighting intensified in Ramadan, rebels said.",
        "Attacks rose in Ashura, Pakistani police said.",
        # a word-like town measured "near" or left by the tagger a person stays unplaced, as before
        "Jihadists attacked a village near Gao on Friday.",
        # a product taken is no town
        "Ukrainian forces seized Iskander launchers on Friday, Kyiv said.",
    ],
)
def test_no_place_from_dates_or_near_a_word_like_town(nlp: Language, sentence: str) -> None:
    assert all(e.place is None for e in events_in(nlp, sentence))
