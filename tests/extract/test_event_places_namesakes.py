"""Towns whose name towns of several countries hold ("Bor", "Hyderabad", "Rafah"): the article's country
decides among them (``namesakes`` of data/place_countries.json), named as the land the story is in; with
none of them named, or the gazetteer's own country named anywhere, the gazetteer's choice stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.data_files import read_data

from event_support import place_and_target_country, town_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # the land named in another sentence, as a place, a province's owner or its police
        ("Floods have displaced thousands across South Sudan this year. Nurses in Bor said the hospital was full.",
         "Bor", "SSD"),
        ("Pakistan's Sindh province declared an emergency. A grenade blast wounded six people in Hyderabad.",
         "Hyderabad", "PAK"),
        ("Spanish police clashed with dockworkers in Valencia on Thursday.", "Valencia", "ESP"),
        ("Egyptian security officials said gunmen ambushed a patrol in Rafah before dawn.", "Rafah", "EGY"),
        ("Mozambican police said the cyclone had cut the road to Buzi.", "Buzi", "MOZ"),
        ("Kenya's police said two officers were shot dead in Kwale on Monday.", "Kwale", "KEN"),
        ("Burkina Faso's Hauts-Bassins region has been hit by raids. Gunmen killed four traders near Bama.",
         "Bama", "BFA"),
        # a name the gazetteer leaves to no country, set by the land the article names
        ("Syrian state television said shells landed in Qusayr overnight.", "Qusayr", "SYR"),
    ],
)
def test_article_land_sets_a_namesake(nlp: Language, text: str, town: str, country: str) -> None:
    assert town_country(nlp, text, town) == country


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # no country named: the gazetteer's choice stands
        ("Protesters set fire to tyres in Valencia on Sunday.", "Valencia", "VEN"),
        ("A car bomb exploded in Qusayr on Sunday.", "Qusayr", None),
        # the gazetteer's country named anywhere keeps the town there
        ("Russian drones hit Pokrov overnight. Ukraine's air force said 40 drones were shot down.", "Pokrov", "UKR"),
        ("Gunmen attacked a bus in Hyderabad. India's home ministry blamed militants trained in Pakistan.",
         "Hyderabad", "IND"),
        # a party named acting, acted on or spoken for is no land
        ("Russian artillery shelled Konstantinovka, the regional governor said.", "Konstantinovka", "UKR"),
        ("Egypt urged Israel to halt its assault on Rafah.", "Rafah", "PSE"),
        ("Police in Hyderabad detained a man accused of working for Pakistan.", "Hyderabad", "IND"),
        ("Venezuelan students marched in Barcelona, Catalan police said.", "Barcelona", "ESP"),
        ("American volunteers were among the wounded when gunmen opened fire in Santa Cruz, police said.",
         "Santa Cruz", "PHL"),
        # a capital stays the capital whatever namesake abroad the article's parties hold
        ("The US envoy landed in Athens for talks on the Aegean.", "Athens", "GRC"),
        ("Lebanese workers fled Libya as militias fought in Tripoli.", "Tripoli", "LBY"),
        # a town abroad too small beside the best-known one is no namesake ("Jalalabad", India's towns)
        ("India condemned the attack on its consulate in Jalalabad.", "Jalalabad", "AFG"),
    ],
)
def test_namesake_default_stands(nlp: Language, text: str, town: str, country: str | None) -> None:
    assert town_country(nlp, text, town) == country


def test_event_target_takes_the_namesake_country(nlp: Language) -> None:
    """An attack with no one named is aimed at its place: the namesake's country reaches the record."""
    text = "Ecuador's police chief resigned last week. Gunmen attacked Zamora on Tuesday, burning two patrol cars."
    assert town_country(nlp, text, "Zamora") == "ECU"
    text = "Sierra Leone's police said the curfew would hold. Youths stormed a polling station in Kabala."
    assert place_and_target_country(nlp, text, "stormed")[1] == "SLE"


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("bor", {"SSD", "RUS", "SRB", "TUR"}),
        ("rafah", {"PSE", "EGY"}),
        ("valencia", {"VEN", "ESP"}),
        # a capital, a federal state, a hand-written region, a dwarfed namesake: no choice to make
        ("athens", None),
        ("california", None),
        ("darfur", None),
        ("kandahar", None),
    ],
)
def test_namesake_table(name: str, countries: set[str] | None) -> None:
    namesakes = read_data("place_countries.json")["namesakes"]
    assert (set(namesakes[name]) if name in namesakes else None) == countries
