"""Figure claimants carried across sentences and counted things named unusually: a pronoun or "the
ministry" taking up the source named before, a body named as a sentence's subject with no cue, a
proper name the tagger leaves untagged; vote tallies ("passed the bill 220-207"), hyphenated sums
("a 10-million-dollar grant"), plans and appeals of millions, and weapons counted by designation
("25 AK-47s").

Sentences are written for these tests in the style of wire copy, ministry statements, NGO reports
and parliamentary reporting; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in, figures_in

# (text, span, claimant)
CARRIED_CLAIMANTS: list[tuple[str, str, str | None]] = [
    # a name inside what the source reports is talked about; the pronoun takes up the speaker
    ("Ukraine's air force said Russia launched 120 drones overnight. It said 97 were shot down.",
     "97", "Ukraine's air force"),
    ("Israel's military said Hamas still held 59 hostages. It said at least 35 of them were dead.",
     "at least 35", "Israel's military"),
    ("Somalia's information minister, Daud Aweis, said al-Shabaab lost 70 fighters. He said eight soldiers died.",
     "eight", "Daud Aweis"),
    # a body that is a sentence's subject, with no cue and no entity, is what "it" takes up
    ("The health ministry in Gaza gave the death toll as 112 on Thursday. It said 760 others were wounded.",
     "760", "The health ministry in Gaza"),
    ("The government of Niger closed the border on Monday. It said 300 migrants were stranded.",
     "300", "The government of Niger"),
    # a proper name the tagger leaves untagged is no person for "it"
    ("Human Rights Watch said Ethiopian forces executed at least 45 civilians. It said 12 of the victims "
     "were children.", "12", "Human Rights Watch"),
    # "the ministry" takes up the ministry named in full before
    ("Sudan's health ministry said 43 people were killed in El Fasher. The ministry said 112 were wounded.",
     "112", "Sudan's health ministry"),
]


@pytest.mark.parametrize(("text", "span", "claimant"), CARRIED_CLAIMANTS)
def test_claimant_carried_from_an_earlier_sentence(text: str, span: str, claimant: str | None) -> None:
    assert figure_in(text, span).claimant == claimant


# (text, span, claimant): cases the rules above must leave as they were
CLAIMANT_GUARDS: list[tuple[str, str, str | None]] = [
    # no compatible source before: the named person reported on is who "he" is
    ("Police said Ahmed Ali was arrested in Mombasa. He said 3 accomplices had fled.", "3", "Ahmed Ali"),
    # a person named as the subject after the source still takes up "he"
    ("Somalia's information minister, Daud Aweis, gave a different account on Sunday. He said 20 soldiers died.",
     "20", "Daud Aweis"),
    # "the army" with two armies named before: the nearest
    ("Israel's army said it struck 30 targets. Lebanon's army said 3 soldiers died. The army said 5 were hurt.",
     "5", "Lebanon's army"),
    # "it" after a spokesman: a person by his post, not an untagged name
    ("The army's spokesman said the Houthis fired 5 missiles. It said 3 were intercepted.", "3", "It"),
    # the article's own voice stays unclaimed
    ("The ministry in Kabul gave the toll as 45 on Friday.", "45", None),
]


@pytest.mark.parametrize(("text", "span", "claimant"), CLAIMANT_GUARDS)
def test_claimant_guards(text: str, span: str, claimant: str | None) -> None:
    assert figure_in(text, span).claimant == claimant


# (text, the figures' (text, value) in order)
VOTE_TALLIES: list[tuple[str, list[tuple[str, float]]]] = [
    ("The House passed the aid bill 311-112 on Saturday.", [("311", 311), ("112", 112)]),
    ("The Senate voted 52-48 on Thursday to block the arms sale.", [("52", 52), ("48", 48)]),
    ("The Supreme Court ruled by a vote of 6-3 that the law was valid.", [("6", 6), ("3", 3)]),
    ("Armenia's parliament approved the treaty 68-1.", [("68", 68), ("1", 1)]),
    ("The Security Council voted 14-0 to extend the mission.", [("14", 14), ("0", 0)]),
]


@pytest.mark.parametrize(("text", "expected"), VOTE_TALLIES)
def test_a_vote_tally_is_two_counts(text: str, expected: list[tuple[str, float]]) -> None:
    figures = figures_in(text)
    assert [(f.text, f.value) for f in figures[: len(expected)]] == expected
    assert all(f.qualifier == "exact" for f in figures[: len(expected)])


# (text, span, low, high): pairs that stay ranges or results
VOTE_GUARDS: list[tuple[str, str, float, float]] = [
    ("The cabinet approved 10-15 projects in the north.", "10-15", 10, 15),  # ascending
    ("The convoy passed 25-20 burned vehicles on the road to Khartoum.", "25-20", 20, 25),  # counts a noun
    ("The army approved 300-250 new recruits in Kivu.", "300-250", 250, 300),
    ("The team defeated the rebels' club 2-1 in a friendly match in Goma.", "2-1", 1, 2),  # no vote verb
]


@pytest.mark.parametrize(("text", "span", "low", "high"), VOTE_GUARDS)
def test_vote_guards(text: str, span: str, low: float, high: float) -> None:
    figure = figure_in(text, span)
    assert (figure.value, figure.low, figure.high) == (None, low, high)


def test_a_won_match_is_still_no_figure() -> None:
    assert figures_in("Barcelona beat Real Madrid 4-0 at the Bernabeu.") == []


# (text, span, value, unit, category)
SUMS: list[tuple[str, str, float, str | None, str]] = [
    ("The EU announced a 10-million-dollar grant for Sudan.", "10-million", 10_000_000, "USD", "money"),
    ("Japan pledged a 2.5-billion-yen emergency package.", "2.5-billion", 2_500_000_000, "JPY", "money"),
    ("Kidnappers demanded a 50-thousand-dollar ransom.", "50-thousand", 50_000, "USD", "money"),
    ("Egypt unveiled a 1.5bn reconstruction plan for Gaza.", "1.5bn", 1_500_000_000, None, "money"),
    ("The UN launched a 4.1bn appeal for Sudan.", "4.1bn", 4_100_000_000, None, "money"),
    ("Ukraine's 500m recovery programme began in March.", "500m", 500_000_000, None, "money"),
    ("The IMF released a 700m tranche of the loan.", "700m", 700_000_000, None, "money"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "category"), SUMS)
def test_sums_of_plans_and_hyphenated_millions(text: str, span: str, value: float, unit: str | None,
                                               category: str) -> None:
    figure = figure_in(text, span)
    assert (figure.value, figure.unit, figure.category) == (value, unit, category)


# (text, span, value, unit): lengths and counts that stay so
SUM_GUARDS: list[tuple[str, str, float, str | None]] = [
    ("Workers built a 20m wall plan in the drawings.", "20", 20, "metre"),  # a wall has a length
    ("Israel built a 40m security wall.", "40", 40, "metre"),
    ("The mayor presented 4 plans for the district.", "4", 4, None),
    ("The government announced a 10-year plan for the north.", "10", 10, "year"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), SUM_GUARDS)
def test_sum_guards(text: str, span: str, value: float, unit: str | None) -> None:
    figure = figure_in(text, span)
    assert (figure.value, figure.unit) == (value, unit)
    assert figure.category != "money"


# (text, span, category)
DESIGNATIONS: list[tuple[str, str, str]] = [
    ("Police seized 25 AK-47s and 4,000 rounds of ammunition in Sinaloa.", "25", "military"),
    ("The militia bought 50 RPG-7s from traffickers.", "50", "military"),
    ("Kyiv has received 12 F-16s from its allies.", "12", "military"),
    ("Rebels downed 2 Mi-8s near Aleppo.", "2", "military"),
    # guards: an airliner, a summit, a group named by a designation
    ("The airline ordered 30 A320s for its fleet.", "30", "other"),
    ("The army killed 40 M23 in Rutshuru.", "40", "killed"),
]


@pytest.mark.parametrize(("text", "span", "category"), DESIGNATIONS)
def test_weapons_counted_by_designation(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category
