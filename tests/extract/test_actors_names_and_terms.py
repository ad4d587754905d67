"""Actors: armed groups and agencies named in 2015-2026 reporting, capitals and country names used
as given names, an armed group leader's forces, and sectors that changed with a holder's office."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import actor_for, as_of
from parley.records import Actor

if TYPE_CHECKING:
    from spacy.language import Language


def _actor(nlp: Language, sentence: str, head: str) -> tuple[str | None, str | None]:
    actor = actor_for(next(t for t in nlp(sentence) if t.text == head))
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("sentence", "head", "country", "sector"),
    [
        ("ISKP claimed a suicide bombing at a mosque in Kunduz.", "ISKP", "AFG", "REB"),
        ("The White Army clashed with government troops in Upper Nile.", "Army", "SSD", "REB"),
        ("The ISPR said four soldiers were killed in North Waziristan.", "ISPR", "PAK", "MIL"),
        ("The FAMa said it had repelled an attack near Mopti.", "FAMa", "MLI", "MIL"),
        ("The UPDF deployed more troops to Ituri.", "UPDF", "UGA", "MIL"),
        ("Jaish al-Adl killed five border guards.", "Adl", "IRN", "REB"),
        ("The Southern Transitional Council took control of Aden.", "Council", "YEM", "REB"),
        ("MINUSCA peacekeepers were ambushed near Bria.", "peacekeepers", None, "IGO"),
        ("The Iranian judiciary sentenced the rapper to death.", "judiciary", "IRN", "JUD"),
        # a group active across several states has no country of its own
        ("ISGS fighters raided a village near the border.", "fighters", None, "REB"),
    ],
)
def test_groups_and_agencies_of_recent_years_are_known(nlp: Language, sentence: str, head: str,
                                                       country: str | None, sector: str) -> None:
    assert _actor(nlp, sentence, head) == (country, sector)


def test_an_organisation_name_going_on_past_the_tagged_entity_is_whole(nlp: Language) -> None:
    """The tagger cuts "the Islamic Resistance in Iraq" at "in"; the dictionary name goes on."""
    doc = nlp("The Islamic Resistance in Iraq claimed a drone attack on a US base.")
    actor = actor_for(next(t for t in doc if t.text == "Resistance"))
    assert (actor.text, actor.country, actor.sector) == ("Islamic Resistance in Iraq", "IRQ", "REB")


@pytest.mark.parametrize(
    ("sentence", "head", "text", "country"),
    [
        ("Hamas in Gaza rejected the proposal.", "Hamas", "Hamas", "PSE"),
        ("Hezbollah in Lebanon fired rockets at the north.", "Hezbollah", "Hezbollah", "LBN"),
        ("The Red Cross in Ukraine delivered aid to Kherson.", "Cross", "Red Cross", None),
    ],
)
def test_a_place_after_an_organisation_is_not_its_name(nlp: Language, sentence: str, head: str, text: str,
                                                       country: str | None) -> None:
    actor = actor_for(next(t for t in nlp(sentence) if t.text == head))
    assert (actor.text, actor.country) == (text, country)


@pytest.mark.parametrize(
    ("sentence", "head", "country"),
    [
        ("Jordan Peterson criticised the government.", "Peterson", None),
        ("Georgia Meloni criticised the European Commission.", "Meloni", "ITA"),
        ("Victoria Nuland met opposition leaders in Kyiv.", "Nuland", "USA"),
        # a place, a demonym or a capital as a metonym before a name still places it
        ("Kyiv Mayor Vitali Klitschko criticised the president.", "Klitschko", "UKR"),
        ("Moscow Mayor Sergei Sobyanin said drones were shot down.", "Sobyanin", "RUS"),
        ("Israel Katz ordered the army to prepare.", "Katz", "ISR"),
        ("Bosnian Serbs rallied in Banja Luka.", "Serbs", "BIH"),
    ],
)
def test_a_capital_or_country_name_opening_a_persons_name_is_a_given_name(
        nlp: Language, sentence: str, head: str, country: str | None) -> None:
    assert _actor(nlp, sentence, head)[0] == country


@pytest.mark.parametrize(
    ("sentence", "head", "sector"),
    [
        ("Hemedti's forces besieged El Fasher.", "forces", "REB"),
        ("General Dagalo met the Kenyan president.", "Dagalo", "REB"),
        # a state leader's forces and titles keep the role as written
        ("Putin's forces pounded Kharkiv.", "forces", "MIL"),
        ("Opposition leader Ousmane Sonko was arrested.", "Sonko", "POL"),
    ],
)
def test_an_armed_group_leaders_forces_are_the_groups(nlp: Language, sentence: str, head: str, sector: str) -> None:
    assert _actor(nlp, sentence, head)[1] == sector


def _bare(text: str, country: str, sector: str) -> Actor:
    return Actor(text=text, start=0, end=len(text), country=country, sector=sector)


@pytest.mark.parametrize(
    ("actor", "day", "sector"),
    [
        (_bare("Taliban", "AFG", "REB"), dt.date(2019, 5, 1), "REB"),
        (_bare("Taliban", "AFG", "REB"), dt.date(2021, 8, 15), "REB"),  # the day Kabul fell: still the offensive
        (_bare("Taliban", "AFG", "REB"), dt.date(2023, 5, 1), "GOV"),
        (_bare("Taliban fighters", "AFG", "REB"), dt.date(2023, 5, 1), "REB"),  # not the bare name
        (_bare("Pakistani Taliban", "PAK", "REB"), dt.date(2023, 5, 1), "REB"),
        (_bare("Imran Khan", "PAK", "GOV"), dt.date(2020, 1, 1), "GOV"),
        (_bare("Imran Khan", "PAK", "GOV"), dt.date(2023, 1, 1), "POL"),
        (_bare("Trump", "USA", "GOV"), dt.date(2016, 10, 1), "POL"),
        (_bare("Trump", "USA", "GOV"), dt.date(2019, 10, 1), "GOV"),
        (_bare("Trump", "USA", "GOV"), dt.date(2022, 10, 1), "POL"),
        (_bare("Trump", "USA", "GOV"), dt.date(2025, 10, 1), "GOV"),
        (_bare("President Trump", "USA", "GOV"), dt.date(2022, 10, 1), "GOV"),  # a title says the office then
        (_bare("Trump's lawyers", "USA", "JUD"), dt.date(2022, 10, 1), "JUD"),
    ],
)
def test_a_holders_sector_is_the_one_of_the_articles_date(actor: Actor, day: dt.date, sector: str) -> None:
    found = as_of(actor, day)
    assert found is not None and found.sector == sector


def test_undated_text_keeps_the_dictionarys_sector() -> None:
    actor = _bare("Taliban", "AFG", "REB")
    assert as_of(actor, None) == actor
