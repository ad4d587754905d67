"""find_figures on number forms of local and regional outlets: ISO currency codes and "KSh" before
the digits, scale words glued to them ("$5million"), hedged counts before a capitalised people's
name, "-strong"/"-plus"/"-odd" after a number, and shares of a participle-modified noun.

Sentences are written for these tests in the style of wire, NGO and local-outlet copy; none comes
from the evaluation sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from figure_support import figures_alone

if TYPE_CHECKING:
    from spacy.language import Language





@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Israel transferred NIS 500 million in tax revenue to the Palestinian Authority.", 500e6, "ILS"),
        ("The county government offered a reward of KSh 1 million for information.", 1e6, "KES"),
        ("A magistrate in Nakuru fined the trader KSh500,000 for hoarding maize.", 5e5, "KES"),
        ("Uganda's supplementary budget included UGX 500 billion for defence.", 500e9, "UGX"),
        ("Cameroon's finance ministry set aside XAF 50 billion for the Anglophone regions.", 50e9, "XAF"),
        ("Ukraine's parliament approved UAH 1.2 trillion for defence spending.", 1.2e12, "UAH"),
        ("The US announced $5million in emergency aid for Sudanese refugees in Chad.", 5e6, "USD"),
        ("The EU pledged 1.5billion euros to Egypt for migration control.", 1.5e9, "EUR"),
    ],
)
def test_currency_codes_and_glued_scales_read_as_money(nlp: Language, text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in figures_alone(nlp, text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The ILS 2 system guided the cargo plane onto the runway at Goma.",
        "The SSP 1 phase of the cantonment programme ended in March.",
        "COP28 opened in Dubai with pledges on loss and damage.",
        "SDG 4 on education is badly off track in the Sahel.",
    ],
)
def test_codes_that_are_other_acronyms_name_no_money(nlp: Language, text: str) -> None:
    assert [f.text for f in figures_alone(nlp, text) if f.category == "money"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered around 10 Downing Street to demand a ceasefire.",
        "The drone flew over 10 Downing Street before it was intercepted.",
    ],
)
def test_prepositions_before_a_name_hedge_no_amount(nlp: Language, text: str) -> None:
    assert figures_alone(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("Fewer than 100 Rohingya remain in the camp at Bhasan Char.", "Fewer than 100", 100, "less_than"),
        ("About 300 Rohingya arrived by boat in Aceh on Sunday.", "About 300", 300, "approx"),
        ("The army said a 2,000-strong force had been deployed to Port-au-Prince.", "2,000", 2000, "exact"),
        ("Residents said 100-plus homes were torched in the raid on the village.", "100-plus", 100, "more_than"),
        ("Some 40-odd fighters surrendered to the army in Marawi.", "Some 40-odd", 40, "approx"),
    ],
)
def test_hedged_and_suffixed_counts(nlp: Language, text: str, span: str, value: float, qualifier: str) -> None:
    assert [(f.text, f.value, f.qualifier) for f in figures_alone(nlp, text)] == [(span, value, qualifier)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Only one in ten displaced people in Darfur has received food aid.", "one in ten", 0.1),
        ("One in five displaced families in Idlib lacks shelter, the agency said.", "One in five", 0.2),
        ("Nine in 10 displaced Sudanese are women and children.", "Nine in 10", 0.9),
    ],
)
def test_share_of_participle_modified_noun(nlp: Language, text: str, span: str, value: float) -> None:
    figures = figures_alone(nlp, text)
    assert [f.text for f in figures] == [span]
    assert figures[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["A three-bed house was hit by a drone in Kharkiv.", "The 15-member Security Council voted unanimously."],
)
def test_other_hyphenated_words_still_describe_a_kind(nlp: Language, text: str) -> None:
    assert figures_alone(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Officials said the 800-strong Nepali contingent would leave Juba next month.", "Nepali contingent"),
        ("A 2,000-strong force was deployed to the outskirts of Port-au-Prince.", "force"),
    ],
)
def test_strength_counts_the_body_after_the_suffix(nlp: Language, text: str, counted: str) -> None:
    assert [f.counted for f in figures_alone(nlp, text)] == [counted]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Some two-thousand fighters joined the offensive near Sittwe.", 2000, None),
        ("Seventy-two-hundred troops were redeployed to the border.", 7200, None),
        ("A twenty-five-million-dollar grant was approved for Gaza's hospitals.", 25e6, "USD"),
        ("A three-hundred-metre tunnel was found under the crossing.", 300, "metre"),
        ("If even a portion of those billion people are displaced, the crisis will spread.", 1e9, None),
    ],
)
def test_word_numbers_hyphened_to_a_scale_are_one_number(
        nlp: Language, text: str, value: float, unit: str | None) -> None:
    assert [(f.value, f.unit, f.low) for f in figures_alone(nlp, text)] == [(value, unit, None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The leader paid no tax for 15-plus years, the report said.", "year"),
        ("A 24-plus hour curfew was imposed in Leh after the clashes.", "hour"),
    ],
)
def test_unit_after_a_hyphened_qualifier(nlp: Language, text: str, unit: str) -> None:
    assert [(f.qualifier, f.unit) for f in figures_alone(nlp, text)] == [("more_than", unit)]
