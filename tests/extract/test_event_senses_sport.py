"""War words in sport, market, product and arts copy, and the real violence told beside them.

Sentences are written for these tests in the style of wire match reports, business briefs and
local outlets (not taken from the evaluation sets). A side that "struck twice in the first half",
"hit back with a header" or "bombed out of the Asian Cup" attacks no one; a phone or a season
"released" frees no captive; speculators who "attacked the baht" use no force. An article that is
mostly match report reads "Liverpool hit Manchester City" as play too. Fans, police, troops and
weapons keep the act: "fans attacked police in the second half", "a rocket hit the stadium".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import types

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana struck twice in the first half against Angola.",
        "Jordan hit back in the second half through a header from Al-Taamari.",
        "Morocco attacked relentlessly in the second half but could not score.",
        "Uzbekistan retreated into their own half after the early goal.",
        "Thailand invaded Vietnam's half in the closing minutes.",
        "Iraq killed off the game with a late goal in the 89th minute.",
        "The Bangladeshi spinner destroyed the Zimbabwe batting line-up.",
        "The Sudanese national team fought for every ball against Ghana.",
        "Tunisia hit Malawi with four goals in the qualifier.",
        "The Ethiopian runner attacked on the final lap in Eugene.",
        "Palestine bombed out of the Asian Cup in the last 16.",
        "Cameroon's Indomitable Lions crashed out of the Africa Cup of Nations.",
        "The Afghan cricket team stormed to victory over Pakistan in Sharjah.",
        "Senegal captured the Africa Cup of Nations in Yaounde.",
        "Qatar seized the lead in the first half.",
    ],
)
def test_play_in_a_match_is_no_event(nlp: Language, sentence: str) -> None:
    """A word of play in the verb's clause, a contest left or won, or a national side as doer."""
    assert types(nlp, sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Xiaomi released a new electric sedan in Beijing.",
        "Nintendo released a new console in Tokyo.",
        "The studio released the second season of the series in Lagos.",
        "The Korean startup released a chatbot for Arabic speakers.",
        "Speculators attacked the Thai baht in 1997.",
        "Investors attacked the Turkish lira after the rate cut.",
        "The Iranian documentary captured the top prize in Venice.",
    ],
)
def test_products_markets_and_films_are_no_event(nlp: Language, sentence: str) -> None:
    assert types(nlp, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Troops attacked the village in the first half of 2024, a UN report said.", "ASSAULT"),
        ("Azerbaijan seized the southern half of the disputed region.", "ASSAULT"),
        ("Rebels shelled the town with the goal of cutting the supply road.", "ASSAULT"),
        ("Police fired tear gas at fans in the second half of the match in Malang.", "ASSAULT"),
        ("Police beat fans with batons in the second half.", "ASSAULT"),
        ("Soldiers hit protesters with sticks in the second half of the rally.", "ASSAULT"),
        ("A rocket hit the stadium in the second half of the match.", "ASSAULT"),
        ("Rebels stormed the pitch and abducted two players in the first half.", "ASSAULT"),
        ("Militants attacked the Christian quarter of the city.", "ASSAULT"),
        ("Israeli jets struck Gaza within minutes of the siren.", "ASSAULT"),
        ("Rwanda-backed rebels stormed to victory in Bukavu.", "ASSAULT"),
        ("Gunmen opened fire on a football match in Kano, killing three.", "ASSAULT"),
        ("The militia released the model and her driver after a ransom was paid.", "RETREAT"),
        ("Kidnappers released the second group of students in Kaduna.", "RETREAT"),
        ("Russian troops withdrew from the northern half of the region.", "RETREAT"),
        ("Fans staged a walkout in the 70th minute against the club owners.", "PROTEST"),
    ],
)
def test_force_beside_sport_words_stays(nlp: Language, sentence: str, kept: str) -> None:
    """Forces, police or fans as a party, a weapon, an 'of' phrase or a part of a town keep the act."""
    assert kept in types(nlp, sentence)


def test_match_report_reads_a_clash_of_sides_as_play(nlp: Language) -> None:
    report = ("Liverpool hit Chelsea early at Anfield on Sunday. Salah scored twice in the first half. "
              "The visitors pulled one back through a penalty. The win keeps Liverpool top of the league.")
    assert "ASSAULT" not in types(nlp, report)


def test_real_violence_in_a_match_report_stays(nlp: Language) -> None:
    report = ("Galatasaray beat Fenerbahce 2-1 in the league match on Sunday. Icardi scored in the first half. "
              "Gunmen attacked the referee's car after the derby. The league suspended the next round of fixtures.")
    assert "ASSAULT" in types(nlp, report)


def test_strike_on_a_city_in_a_sport_article_stays(nlp: Language) -> None:
    report = ("Shakhtar's squad trained in a shelter before the league match. The club's striker scored twice. "
              "Russia struck Kharkiv with missiles on Saturday. The match went ahead in Lviv.")
    assert "ASSAULT" in types(nlp, report)
