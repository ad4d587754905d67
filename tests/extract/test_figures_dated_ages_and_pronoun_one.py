"""Ages set off after a person with a word of time ("Mr. Okafor, then 38, said"), and "one" standing
for a thing named before ("the truce was a fragile one").

A bare whole number between commas after a person is that person's age, and a word of time before
it ("then", "now", "at the time") only dates that age. A predicate "one" with a determiner and an
adjective of quality is a noun, no count, so it takes no counted noun from an earlier figure; as a
subject, or with an adjective that adds to a count or tells a person's lot, it stays a count.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in, figures_in


@pytest.mark.parametrize(("text", "span"), [
    ("Mr. Okafor, then 38, said the army had fired first.", "38"),
    ("The commander, now 52, lives in exile in Istanbul.", "52"),
    ("Ahmed Saleh, at the time 40, was held for three months.", "40"),
    ("The journalist, then 24, was shot near Jenin.", "24"),
    ("The prisoner, at that time 22, was tortured in Saydnaya.", "22"),
    ("Jones, 45, a nurse, was injured in the shelling of Kherson.", "45"),
    # an earlier count of people does not make the age a count of them
    ("Gunmen killed seven police officers in Quetta. Mr. Khan, then 52, was the provincial police chief.",
     "52"),
    ("A bus crash killed 18 pilgrims near Karbala. The driver, now 42, was arrested.", "42"),
])
def test_age_set_off_after_a_person_with_a_word_of_time(text: str, span: str) -> None:
    figure = figure_in(text, span)
    assert (figure.unit, figure.category, figure.counted) == ("year", "age", None)


@pytest.mark.parametrize(("text", "span"), [
    ("The death toll, now 52, is expected to rise.", "52"),
    ("The company, now 40, employs 300 people.", "40"),
    ("Troops, then 40, were sent to the border.", "40"),
    ("Police said that, at the time, 40 people were inside the building.", "40"),
    ("The list, at the time 40, included several journalists.", "40"),
    ("Mr. Obi, then 38 days into his hunger strike, was moved to hospital.", "38"),
])
def test_number_after_a_word_of_time_that_is_no_age(text: str, span: str) -> None:
    assert figure_in(text, span).category != "age"


@pytest.mark.parametrize("text", [
    "A car bomb in Mogadishu killed 20 people. The president said the response was a crucial one.",
    "Floods displaced 40,000 families in Sindh. Officials said the situation was the worst one in a decade.",
    "Rebels freed 40 hostages in Goma. The UN welcomed the release. Analysts said the truce was a fragile one.",
    "Mr. Ruto intends to fill half his cabinet with women. The finance ministry called the outlook a cautious one.",
    "Mali's junta expelled 3 French diplomats. Paris recalled its ambassador. The move was a symbolic one.",
])
def test_predicate_one_with_an_adjective_is_no_figure(text: str) -> None:
    assert "one" not in [f.text for f in figures_in(text)]


@pytest.mark.parametrize(("text", "category", "counted"), [
    ("The shelling killed 8 civilians in Kharkiv. An elderly one died in hospital.", "killed", "civilians"),
    ("Police detained four men in Minsk. A fifth one escaped.", "captured", "men"),
    ("A drone strike killed three fighters in Deir ez-Zor. Locals said one was a commander.", "killed", "fighters"),
    ("Militants abducted 30 students in Kaduna. Security forces gave chase. Six escaped on Monday.",
     "captured", "students"),
])
def test_elliptical_count_still_takes_the_earlier_noun(text: str, category: str, counted: str) -> None:
    span = next(f.text for f in figures_in(text)[1:])
    figure = figure_in(text, span)
    assert (figure.category, figure.counted) == (category, counted)
