"""Figures whose unit, category or claimant comes from beyond the number's own words: a currency
word several states share read by the country the article names, millions of a sum's noun written
"5m", a second tally coordinated with the first ("the toll at 88 and the number of wounded at
140"), and a toll revised by a named body.

Sentences are written for these tests in the style of wire copy, ministry statements and
situation reports; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in

# (text, span, unit, category)
CURRENCIES: list[tuple[str, str, str | None, str]] = [
    # a shared currency word takes the code of the state named before it
    ("Iraq's finance ministry said salaries would cost 9 trillion dinars this quarter.", "9 trillion", "IQD", "money"),
    ("Gunmen killed 8 people in Kirkuk. The governor said each family would get 5 million dinars.",
     "5 million", "IQD", "money"),
    ("Colombian prosecutors said the cartel laundered 30 billion pesos.", "30 billion", "COP", "money"),
    ("A Pakistani court jailed him and fined him 1 million rupees.", "1 million", "PKR", "money"),
    ("Uganda's parliament approved 2 trillion shillings for defence.", "2 trillion", "UGX", "money"),
    ("Mali's junta froze 2 billion francs in accounts.", "2 billion", "XOF", "money"),
    ("A Moroccan court fined the activist 2,000 dirhams.", "2,000", "MAD", "money"),
    ("Yemen's rial fell again; a dollar bought 1,700 rials in Aden.", "1,700", "YER", "money"),
    # "South Sudan" is not also "Sudan"
    ("South Sudan's government spent 300 million pounds on salaries.", "300 million", "SSP", "money"),
    # or of one named later in the same sentence
    ("Smugglers charge 5,000 dinars for a seat, Tunisian coast guard officers said.", "5,000", "TND", "money"),
    # the nearest state before the number decides
    ("India and Pakistan traded fire; Pakistan's army said damage ran to 400 million rupees.",
     "400 million", "PKR", "money"),
]


@pytest.mark.parametrize(("text", "span", "unit", "category"), CURRENCIES)
def test_shared_currency_takes_the_named_state(text: str, span: str, unit: str | None, category: str) -> None:
    figure = figure_in(text, span)
    assert (figure.unit, figure.category) == (unit, category)


# (text, span, unit): no state that uses the word is named, or the copy says which currency it is
CURRENCY_GUARDS: list[tuple[str, str, str | None]] = [
    ("He said he spent 10 dinars on bread.", "10", None),
    ("Police found 2 million pesos in a safe house.", "2 million", "MXN"),
    ("The committee paid 40,000 francs in fees.", "40,000", "CHF"),
    # a national adjective names the currency itself
    ("A Sudanese official in Cairo said 120,000 Sudanese pounds were seized.", "120,000", "SDG"),
    # dollars stay US dollars wherever the story is set
    ("Liberia's government said it needed 50 million dollars.", "50 million", "USD"),
    # a state named only in a later sentence does not reach back
    ("The fund paid 3 million dinars to families. Iraq has not commented.", "3 million", None),
]


@pytest.mark.parametrize(("text", "span", "unit"), CURRENCY_GUARDS)
def test_shared_currency_guards(text: str, span: str, unit: str | None) -> None:
    assert figure_in(text, span).unit == unit


# (text, span, value, unit, category)
MILLIONS: list[tuple[str, str, float, str | None, str]] = [
    ("A sovereign fund took a 400m stake in the rebuilt port.", "400m", 400_000_000, None, "money"),
    ("The kidnappers demanded a 5m ransom for the engineers.", "5m", 5_000_000, None, "money"),
    ("The ministry reported a 300m deficit for the year.", "300m", 300_000_000, None, "money"),
    ("The town received a 1 million grant from the EU.", "1 million", 1_000_000, None, "money"),
    # things with a length stay metres, and a stake driven into the ground is a post
    ("Workers drove a 2m stake into the ground to mark the grave.", "2", 2, "metre", "other"),
    ("A 10m wall separates the two districts.", "10", 10, "metre", "other"),
    ("Engineers found a 30m tunnel under the border.", "30", 30, "metre", "other"),
    # millions of a plural count the things
    ("Banks issued 3 million loans last year.", "3 million", 3_000_000, None, "other"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "category"), MILLIONS)
def test_millions_of_a_sum(text: str, span: str, value: float, unit: str | None, category: str) -> None:
    figure = figure_in(text, span)
    assert (figure.value, figure.unit, figure.category) == (value, unit, category)


# (text, span, category, counted, claimant)
TALLIES: list[tuple[str, str, str, str | None, str | None]] = [
    # a second tally coordinated with the first counts its own people, for the same claimant
    ("The Gaza health ministry put the death toll at 88 and the number of wounded at 140.", "140",
     "injured", "wounded", "The Gaza health ministry"),
    ("Rescuers put the death toll at 41, and the number of missing at 17.", "17", "missing", "missing", "Rescuers"),
    ("Local authorities put the number of dead at 12 and the injured at 40.", "40", "injured", "injured",
     "Local authorities"),
    ("The committee put the death toll at 103, and the number of detainees at 2,000.", "2,000", "held",
     "detainees", "The committee"),
    # the first tally keeps its own count
    ("The Gaza health ministry put the death toll at 88 and the number of wounded at 140.", "88",
     "killed", "toll", "The Gaza health ministry"),
    # a toll revised by a named body is that body's figure
    ("An earthquake killed 2,000 people, a toll later revised by the WHO to 3,958.", "3,958", "killed", "toll",
     "the WHO"),
    ("The toll was later raised by the State Emergency Service to 22.", "22", "killed", "toll",
     "the State Emergency Service"),
    ("The number of dead was revised by the UN to 1,200.", "1,200", "killed", "dead", "the UN"),
]


@pytest.mark.parametrize(("text", "span", "category", "counted", "claimant"), TALLIES)
def test_coordinated_and_revised_tallies(text: str, span: str, category: str, counted: str | None,
                                         claimant: str | None) -> None:
    figure = figure_in(text, span)
    assert (figure.category, figure.counted, figure.claimant) == (category, counted, claimant)


# (text, span): no body gives these counts
CLAIMANT_GUARDS: list[tuple[str, str]] = [
    ("The toll was raised by new air strikes to 30.", "30"),  # strikes raise a toll, they do not report it
    ("The number of troops was raised by the Pentagon to 5,000.", "5,000"),  # an act, not a count given
    ("The alert level was raised by the army to 4.", "4"),
    ("The ministry raised the alert level to 3 and the number of troops to 5,000.", "5,000"),
]


@pytest.mark.parametrize(("text", "span"), CLAIMANT_GUARDS)
def test_revised_counts_without_claimant(text: str, span: str) -> None:
    assert figure_in(text, span).claimant is None
