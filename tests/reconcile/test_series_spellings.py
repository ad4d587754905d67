"""Series as an analyst reads them across outlets: one line per claimant and count, whatever the spelling.

The sentences and names are written for these tests in wire style (Sudan, Gaza, Myanmar, Ukraine,
2023-2025); none is copied from a dev set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parley.reconcile import build_series, conflicts
from parley.reconcile.reports import Report
from parley.reconcile.series import _place_name, claimant_key, running_total, series_head
from parley.records import Event, Figure

Item = tuple[Figure, dt.date | None, str | None, str]


def toll(doc: str, value: float, claimant: str | None, day: str, *, counted: str | None = "people",
         start: int = 40, sentence_start: int = 0, outlet: str = "Wire") -> Item:
    """A killed figure of an article published on ``day``."""
    figure = Figure(doc_id=doc, start=start, end=start + 2, text=f"{value:.0f}", value=value, counted=counted,
                    category="killed", claimant=claimant, sentence_start=sentence_start)
    return (figure, dt.date.fromisoformat(day), outlet, "s")


def strike(doc: str, place: str | None, *, sentence_start: int = 0, figures: tuple[Figure, ...] = (),
           idx: int = 0) -> Report:
    """An attack report of an article, placed where its text places it, pointing to ``figures``."""
    event = Event(doc_id=doc, start=sentence_start, end=sentence_start + 6, text="strike", type="ASSAULT",
                  place=place, sentence_start=sentence_start)
    return Report(event=event, idx=idx, published=dt.date(2025, 3, 10), sentence="s", figures=figures)


@pytest.mark.parametrize(("a", "b"), [
    ("Sudan's Ministry of Health", "the Sudanese health ministry"),
    ("Sudan's health ministry", "Sudan's Health Ministry"),
    ("Gaza's health ministry", "the Gaza health ministry"),
    ("the Sudan Doctors' Network", "Sudan Doctors Network"),
    ("Ukraine's Ministry of Defence", "the Ukrainian defence ministry"),
    ("MSF", "Doctors Without Borders"),
])
def test_spellings_of_one_body_share_a_key(a: str, b: str) -> None:
    assert claimant_key(a, "Wire") == claimant_key(b, "Wire")


@pytest.mark.parametrize(("a", "b"), [
    ("Sudan's health ministry", "Chad's health ministry"),
    ("Gaza's health ministry", "Gaza's civil defence agency"),
    ("Ukraine's defence ministry", "Russia's defence ministry"),
    ("the Israeli army", "Israel's defence ministry"),
    ("the health ministry", "Sudan's health ministry"),  # a bare name is joined only within a topic
])
def test_different_bodies_keep_different_keys(a: str, b: str) -> None:
    assert claimant_key(a, "Wire") != claimant_key(b, "Wire")


def test_a_rising_toll_told_in_three_spellings_is_one_series() -> None:
    figures = [toll("a", 12, "Sudan's health ministry", "2025-03-10"),
               toll("b", 21, "Sudan's Ministry of Health", "2025-03-11", counted="toll"),
               toll("c", 27, "the Sudanese health ministry", "2025-03-12", counted=None)]
    (series,) = build_series(figures)
    assert [p.value for p in series.points] == [12, 21, 27]
    assert series.claimant in {"Sudan's health ministry", "Sudan's Ministry of Health", "Sudanese health ministry"}


def test_the_bare_ministry_joins_the_one_ministry_of_its_topic_and_is_no_conflict_with_it() -> None:
    figures = [toll("a", 12, "Sudan's health ministry", "2025-03-10"),
               toll("b", 21, "the health ministry", "2025-03-11"),
               toll("c", 27, "Sudan's health ministry", "2025-03-11")]
    reports = [strike(doc, "Mellit", figures=(figure,)) for doc, (figure, *_) in zip("abc", figures, strict=True)]
    (series,) = build_series(figures, reports)
    assert [p.value for p in series.points] == [12, 21, 27]
    assert conflicts([series]) == []


def test_the_bare_ministry_stays_apart_when_two_countries_ministries_count() -> None:
    figures = [toll("a", 12, "Sudan's health ministry", "2025-03-10"),
               toll("b", 40, "Chad's health ministry", "2025-03-10"),
               toll("c", 21, "the health ministry", "2025-03-11")]
    reports = [strike(doc, "Adre", figures=(figure,)) for doc, (figure, *_) in zip("abc", figures, strict=True)]
    assert len(build_series(figures, reports)) == 3


def test_civilians_and_soldiers_stay_apart_from_people() -> None:
    figures = [toll("a", 9, "Gaza's health ministry", "2024-05-02"),
               toll("b", 4, "Gaza's health ministry", "2024-05-02", counted="civilians"),
               toll("c", 2, "the Israeli army", "2024-05-02", counted="soldiers")]
    assert {s.counted for s in build_series(figures)} == {"people", "civilian", "soldier"}


@pytest.mark.parametrize(("written", "place"), [
    ("the North Darfur town of Mellit", "mellit"),
    ("Mellit, North Darfur", "mellit"),
    ("Mellit", "mellit"),
    ("the village of Kyaukme", "kyaukme"),
    ("Gaza Strip", "PSE"),
    ("southern Lebanon", "LBN"),
    ("Khan Younis", "khan younis"),
    ("Maiduguri, Borno state", "maiduguri"),
    ("Jenin, West Bank", "jenin"),
    ("Yemen's capital Sanaa", "YEM"),  # a capital is its country, as the actor lexicon has it
])
def test_a_town_is_named_by_itself_and_a_country_by_its_code(written: str, place: str) -> None:
    assert _place_name(written) == place


def test_a_figure_no_event_points_to_takes_its_sentences_place() -> None:
    figure, day, outlet, sentence = toll("a", 21, "the health ministry", "2025-03-11", sentence_start=0)
    reports = [strike("a", "Mellit", sentence_start=0)]  # "The toll from the strike on Mellit rose to 21"
    (series,) = build_series([(figure, day, outlet, sentence)], reports)
    assert series.place == "mellit"


def test_a_figure_of_a_sentence_telling_no_event_takes_its_articles_one_place() -> None:
    first = toll("a", 27, "Sudan's health ministry", "2025-03-12", start=40, sentence_start=0)
    second = toll("a", 35, "the Sudan Doctors Network", "2025-03-12", start=140, sentence_start=100)
    reports = [strike("a", "Mellit", figures=(first[0],))]  # "The Network said 35 people died."
    series = build_series([first, second], reports)
    assert {s.place for s in series} == {"mellit"}
    assert len(conflicts(series)) == 1


def test_a_figure_of_an_article_with_two_places_gets_none_of_them() -> None:
    item = toll("a", 9, "Gaza's civil defence", "2024-05-02", start=240, sentence_start=200)
    reports = [strike("a", "Jabalia", sentence_start=0), strike("a", "Rafah", sentence_start=100, idx=1)]
    (series,) = build_series([item], reports)
    assert series.place is None


def test_a_figure_beside_an_unplaced_event_does_not_take_the_articles_place() -> None:
    item = toll("a", 7000, "the United Nations", "2024-05-02", start=140, sentence_start=100)
    reports = [strike("a", "Kramatorsk", sentence_start=0), strike("a", None, sentence_start=100, idx=1)]
    (series,) = build_series([item], reports)  # "Nationwide, 7,000 have been killed since ..."
    assert series.place is None


def test_same_toll_in_two_towns_on_one_day_is_no_conflict_and_two_series() -> None:
    mellit = toll("a", 12, "Sudan's health ministry", "2025-03-10", sentence_start=0)
    kadugli = toll("b", 30, "local officials", "2025-03-10", sentence_start=0)
    reports = [strike("a", "the North Darfur town of Mellit", figures=(mellit[0],)),
               strike("b", "Kadugli, South Kordofan", figures=(kadugli[0],))]
    series = build_series([mellit, kadugli], reports)
    assert {s.place for s in series} == {"mellit", "kadugli"}
    assert conflicts(series) == []


def test_a_bare_army_with_no_place_stays_apart_from_a_named_countrys_army() -> None:
    figures = [toll("a", 5, "the army", "2025-03-18", counted="soldiers"),
               toll("b", 3, "the Israeli army", "2025-03-18", counted="soldiers")]
    assert {s.claimant for s in build_series(figures)} == {"army", "Israeli army"}


@pytest.mark.parametrize(("written", "head"), [
    ("the toll", "people"), ("35 dead", "people"), ("victims", "people"), (None, "people"),
    ("Palestinian prisoners", "prisoner"), ("civilians", "civilian"), ("militias", "militia"),
])
def test_series_head_is_what_a_reader_filters_series_by(written: str | None, head: str) -> None:
    """`parley series --counted toll` finds the tolls a series shows as people, through this head."""
    assert series_head(written) == head


@pytest.mark.parametrize(("a", "b"), [
    ("Burkina Faso's health ministry", "the Burkinabe health ministry"),
    ("South Sudan's Ministry of Health", "the South Sudanese health ministry"),
    ("Sierra Leone's army", "the Sierra Leonean army"),
    ("Sri Lanka's army", "the Sri Lankan army"),
])
def test_a_country_of_several_words_is_one_code_in_a_claimant_key(a: str, b: str) -> None:
    assert claimant_key(a, "Wire") == claimant_key(b, "Wire")


@pytest.mark.parametrize(("a", "b"), [
    ("South Sudan's health ministry", "Sudan's health ministry"),  # "south" is no word of Sudan's name
    ("Hamas officials", "Palestinian officials"),  # a group of a country is not the country
    ("the Syrian Observatory for Human Rights", "the Syrian government"),
    ("Latin American observers", "American observers"),  # a region names no country
])
def test_country_coding_keeps_other_bodies_apart(a: str, b: str) -> None:
    assert claimant_key(a, "Wire") != claimant_key(b, "Wire")


def test_a_bare_ministry_joins_a_ministry_named_by_a_country_of_two_words() -> None:
    first = toll("a", 18, "Burkina Faso's health ministry", "2025-03-12", start=40)
    second = toll("b", 27, "the health ministry", "2025-03-13", start=40)
    reports = [strike("a", "Djibo", figures=(first[0],)), strike("b", "Djibo", figures=(second[0],))]
    (series,) = build_series([first, second], reports)
    assert [p.value for p in series.points] == [18, 27]


@pytest.mark.parametrize("sentence", [
    "More than 50,000 Palestinians have been killed since October 2023, the health ministry says.",
    "The ministry says 50,200 people have been killed in the war.",
    "Some 150,000 people have been killed since the war began in April 2023.",
    "At least 3,000 people have died in the conflict, according to the UN.",
    "The UN has recorded 12,300 civilian deaths since the start of the invasion.",
])
def test_a_war_toll_is_a_running_total(sentence: str) -> None:
    assert running_total(sentence)


@pytest.mark.parametrize("sentence", [
    "The toll from Wednesday's attack on the market rose to 27, the ministry said.",
    "The toll has risen to 27 since Wednesday's attack, medics said.",
    "It was the deadliest attack in the town since Monday, when 12 died.",
    "Rescuers were still searching the rubble on Thursday, the civil defence said, and 14 bodies were found.",
    "The group put the toll at 35.",
    "In the war's worst day for journalists, 5 reporters were killed.",
    "To date, 14 bodies have been recovered from the site.",
])
def test_a_toll_of_one_event_is_no_running_total(sentence: str) -> None:
    assert not running_total(sentence)


def test_a_war_toll_closing_a_strike_article_does_not_take_the_strikes_town() -> None:
    strike_toll = toll("a", 14, "medics", "2025-04-02", start=40, sentence_start=0)
    war = toll("a", 50000, "the health ministry", "2025-04-02", start=140, sentence_start=100, counted="people")
    war = (war[0], war[1], war[2], "More than 50,000 people have been killed in Gaza since October 2023, "
                                   "according to the health ministry.")
    reports = [strike("a", "Jabalia", figures=(strike_toll[0],))]
    places = {s.claimant: s.place for s in build_series([strike_toll, war], reports)}
    assert places == {"medics": "jabalia", "health ministry": None}
