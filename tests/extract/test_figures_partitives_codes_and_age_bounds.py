"""find_figures on partitives over a participle standing for people ("six of the 11 wounded"), the
whole of a part named by its own lot ("half of the 4,000 detainees"), currency codes that also spell
labels ("SDG 787 million" but "SDG 4"), and age bounds after "be" told of a share of people.

Sentences are written for these tests in the style of wire, NGO and local-outlet copy; none comes
from the evaluation sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from figure_support import figure_in, figures_alone

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "span", "counted", "category"),
    [
        ("Six of the 11 wounded were children, the hospital director said.", "Six", "wounded", "injured"),
        ("Six of the 11 wounded were children, the hospital director said.", "11", "wounded", "injured"),
        ("Four of the 23 dead were aid workers, OCHA said.", "23", "dead", "killed"),
        ("Two of the 15 injured remain in critical condition.", "Two", "injured", "injured"),
        ("About a third of the 600 wounded were treated in Rafah.", "600", "wounded", "injured"),
        ("Half of the 2 million displaced are living in tents.", "2 million", "displaced", "displaced"),
        ("Most of the 300 evacuated were elderly.", "300", "evacuated", "displaced"),
        # the whole keeps its own participle's category, not the verb told of the part
        ("Dozens of the 200 arrested were later freed.", "200", "arrested", "captured"),
        ("Dozens of the 200 arrested were later freed.", "Dozens", "arrested", "released"),
        ("The 10 wounded and 3 dead were taken away.", "3", "dead", None),
        ("Thirty percent of the 500 wounded were children.", "Thirty", "wounded", "other"),
    ],
)
def test_participle_after_the_count_is_counted(
        text: str, span: str, counted: str, category: str | None) -> None:
    figure = figure_in(text, span)
    assert figure.counted == counted
    if category is not None:
        assert figure.category == category


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The 11 wounded soldiers were flown to Tel Aviv.", "11", "wounded soldiers"),  # a noun follows
        ("Of the 40 listed, six were Russian firms.", "40", None),  # no fate: may be things
        ("At least 30 killed in Mogadishu car bomb.", "At least 30", None),  # no article: a predicate
        ("The 12 accused were acquitted by the court in Kampala.", "12", None),
    ],
)
def test_participle_without_article_or_fate_is_not_counted(text: str, span: str, counted: str | None) -> None:
    assert figure_in(text, span).counted == counted


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("Nearly half of the 4,000 detainees are held without charge, Amnesty said.", "4,000", "held"),
        ("Two-thirds of the 9,000 refugees who arrived in Chad were children.", "9,000", "displaced"),
        ("Troops killed three of the 12 hostages.", "12", "held"),
        ("Gunmen killed 10 of the 25 passengers.", "25", "other"),  # passengers name no lot
    ],
)
def test_whole_of_a_part_named_by_its_lot(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The government allocated SDG 787 million for relief.", 787e6, "SDG"),
        ("A bag of flour costs SDG 45,000 in El Fasher, residents said.", 45e3, "SDG"),
        ("The court ordered a payment of ILS 120,000 to the family.", 120e3, "ILS"),
        ("Ankara set aside TRY 100 billion for the quake zone.", 100e9, "TRY"),
        ("Ghana earmarked GHS 200 million for flood relief.", 200e6, "GHS"),
        ("South Sudan paid SSP 3 billion in arrears.", 3e9, "SSP"),
    ],
)
def test_label_like_currency_codes_before_a_sum(nlp: Language, text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in figures_alone(nlp, text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Progress on SDG 16 stalled, the report said.",
        "The plane used ILS 2 approach procedures.",
        "GHS 2,000 nurses were posted to the north.",
    ],
)
def test_label_like_codes_before_a_label_or_a_count_are_no_currency(nlp: Language, text: str) -> None:
    assert all(f.unit is None for f in figures_alone(nlp, text))


@pytest.mark.parametrize(
    ("text", "span", "unit", "category"),
    [
        ("Most of the victims were under 18, the ministry said.", "under 18", "year", "age"),
        ("Roughly 40 percent of the displaced are under 18.", "under 18", "year", "age"),
        ("Three of the victims were over 60.", "over 60", "year", "age"),
        # "be" with a plain subject may count people as well as age them
        ("The dead were under 50 in number.", "under 50", None, "killed"),
        ("The fighters were over 30, witnesses said.", "over 30", None, "other"),
    ],
)
def test_age_bound_after_be_told_of_a_share(text: str, span: str, unit: str | None, category: str) -> None:
    figure = figure_in(text, span)
    assert (figure.unit, figure.category) == (unit, category)
