"""Figures that are weights rather than sums, sums named by a hyphenated currency, numbers that name a
model or a phone line rather than count, and counts whose verb is only taken in one of its senses:
"pounds" as a weight ("a 2,000-pound bomb", "seized 300 pounds of cocaine", "he lost 20 pounds"),
"a 10-pound note", "40 AK-47 rifles", "18 Leopard 2 tanks", "+961 1 234 567" and "the 2bn project is
expected to take three years".

Sentences are written for these tests in the style of wire copy, military briefings and seizure
reports; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in, figures_in

# (text, span, unit, category)
WEIGHTS_AND_SUMS: list[tuple[str, str, str | None, str]] = [
    # pounds weighed: a verb of weighing, an "of" phrase naming what is weighed, a hyphenated thing
    ("The device, which weighed 500 pounds, was found near a checkpoint in Mosul.", "500", "pound-mass", "other"),
    ("Weighing 1,000 pounds, the warhead was the largest recovered.", "1,000", "pound-mass", "other"),
    ("Colombian police seized 300 pounds of cocaine from a speedboat off Tumaco.", "300", "pound-mass", "other"),
    ("Customs officers at Mombasa found 2,000 pounds of heroin in a cargo of sugar.", "2,000", "pound-mass", "other"),
    ("The US military airdropped 38,000 pounds of food over northern Gaza.", "38,000", "pound-mass", "aid"),
    ("Israeli jets dropped a 2,000-pound bomb on the block, killing 17 people.", "2,000", "pound-mass", "other"),
    ("The drone carried a 40-pound warhead, the Ukrainian military said.", "40", "pound-mass", "other"),
    # a person's own weight
    ("A former detainee said he lost 20 pounds during six months in a Saydnaya cell.", "20", "pound-mass", "other"),
    ("The released hostage had lost 17 pounds, doctors at Sheba said.", "17", "pound-mass", "other"),
    # a hyphenated currency names a sum
    ("Egypt's central bank will print new 200-pound notes.", "200", "EGP", "money"),
    ("The court imposed a 50-pound fine on each protester in Leeds.", "50", "GBP", "money"),
    ("The central bank issued a new 100-dollar bill.", "100", "USD", "money"),
    # guards: pounds stay a currency
    ("Britain pledged 50 million pounds of funding for Sudan.", "50 million", "GBP", "money"),
    ("The government spent 2 billion pounds of taxpayers' money on the scheme.", "2 billion", "GBP", "money"),
    ("Saudi Arabia bought 10 million pounds of British weapons last year.", "10 million", "GBP", "money"),
    ("Police seized 70 pounds of heroin and 120,000 pounds in cash.", "120,000", "GBP", "money"),
    ("He was fined 500 pounds of his savings.", "500", "GBP", "money"),
    ("The family lost 20 pounds when the bank collapsed.", "20", "GBP", "money"),
    ("He lost 150 pounds at the betting shop.", "150", "GBP", "money"),
    ("The 20-pound increase in rent angered tenants.", "20", "GBP", "money"),
    ("He paid a 200-pound bribe at the checkpoint.", "200", "GBP", "money"),
    ("Kidnappers demanded 20,000 pounds for the release of three aid workers.", "20,000", "GBP", "money"),
    # millions of a project's noun are a sum; a project does not take captives
    ("The 2bn project is expected to take three years, the planning ministry said.", "2bn", None, "money"),
    ("The 3m programme will train 2,000 teachers.", "3m", None, "money"),
]


@pytest.mark.parametrize(("text", "span", "unit", "category"), WEIGHTS_AND_SUMS)
def test_weight_or_sum(text: str, span: str, unit: str | None, category: str) -> None:
    figure = figure_in(text, span)
    assert (figure.unit, figure.category) == (unit, category)


# (text, span, category, counted)
MODELS: list[tuple[str, str, str, str | None]] = [
    ("Rebels seized 40 AK-47 rifles when they overran the base.", "40", "military", "rifles"),
    ("The EU sent 200 AK-74 rifles to the border guards.", "200", "military", "rifles"),
    ("Around 15 F-16 jets will arrive in Ukraine this summer.", "Around 15", "military", "jets"),
    ("Two Su-34 bombers hit a market in Idlib.", "Two", "military", "Su-34 bombers"),
    ("Security forces killed 20 M23 rebels near Goma.", "20", "killed", "M23 rebels"),
    # guard: a plural model name is itself what is counted, and a weapon's designation is materiel
    ("The 40 AK-47s were found in a cache.", "40", "military", "AK-47s"),
    # guard: a project's count of things taken in the ordinary sense stays a capture
    ("Fighters are expected to take 200 prisoners.", "200", "captured", "prisoners"),
]


@pytest.mark.parametrize(("text", "span", "category", "counted"), MODELS)
def test_count_of_a_model(text: str, span: str, category: str, counted: str | None) -> None:
    figure = figure_in(text, span)
    assert (figure.category, figure.counted) == (category, counted)


# (text, numbers that are figures)
NAMES_AND_LINES: list[tuple[str, list[str]]] = [
    ("Germany said Ukraine would receive 18 Leopard 2 tanks by March.", ["18"]),
    ("Residents can call the emergency line on +961 1 234 567, the Red Cross said.", []),
    ("Families can reach the Red Crescent hotline on 0800 123 4567.", []),
    # guards: a military clock time before a count, a lone zero-padded number, a model with no count before it
    ("At 0630 12 soldiers were killed in the ambush.", ["12"]),
    ("Kenya sent 400 police to Haiti 3 weeks ago.", ["400", "3"]),
    ("Kyiv received 12 Bradley vehicles and 2 Patriot batteries.", ["12", "2"]),
]


@pytest.mark.parametrize(("text", "spans"), NAMES_AND_LINES)
def test_names_and_phone_lines_are_no_figures(text: str, spans: list[str]) -> None:
    assert [f.text for f in figures_in(text)] == spans
