"""find_figures: number expressions with qualifier, unit, counted noun and category (FORMAT.md).

Sentences are wire-style conflict reporting written for these tests, plus lines of the bundled
seed article; none comes from the evaluation sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from parley.extract.figures import find_figures
from parley.records import Figure

if TYPE_CHECKING:
    from spacy.language import Language


class _StubClaimants:
    """Claims every figure for one fixed source, so the test sees that the resolver is consulted."""

    def claimant_for(self, start: int, end: int) -> str | None:
        return "stub source" if end > start else None


def _figures(nlp: Language, text: str) -> list[Figure]:
    return find_figures(nlp(text), "test-doc", _StubClaimants())  # type: ignore[arg-type]


# (sentence, span text, value, low, high, qualifier, unit, category, counted)
CASES: list[tuple[str, str, Any, Any, Any, str, Any, str, Any]] = [
    ("Militants freed 17 hostages on Sunday.", "17", 17, None, None, "exact", None, "released", "hostages"),
    ("Officials said at least 31 people were killed in the blast.", "at least 31", 31, None, None, "at_least",
     None, "killed", "people"),
    ("Israel holds more than 5,000 Palestinian prisoners.", "more than 5,000", 5000, None, None, "more_than",
     None, "held", "Palestinian prisoners"),
    ("Rebels abducted nearly 80 villagers overnight.", "nearly 80", 80, None, None, "at_most", None,
     "captured", "villagers"),
    ("Some 300 families fled their homes.", "Some 300", 300, None, None, "approx", None, "displaced",
     "families"),
    ("Between 40 and 50 soldiers were wounded.", "Between 40 and 50", None, 40, 50, "range", None, "injured",
     "soldiers"),
    ("The convoy carried 10 to 12 trucks of flour.", "10 to 12", None, 10, 12, "range", None, "aid", "trucks"),
    ("Hundreds of protesters gathered outside the ministry.", "Hundreds", None, 200, None, "at_least", None,
     "other", "protesters"),
    ("Tens of thousands of residents remain without power.", "Tens of thousands", None, 20000, None,
     "at_least", None, "other", "residents"),
    ("The government pledged $1.2 billion in reconstruction funds.", "1.2 billion", 1.2e9, None, None, "exact",
     "USD", "money", None),
    ("Prices rose 12 percent in October.", "12", 12, None, None, "up", "percent", "other", None),
    ("A 10-month-old girl was among those released.", "10", 10, None, None, "exact", "month", "age", "girl"),
    ("Both sides agreed to a three-day ceasefire.", "three", 3, None, None, "exact", "day", "duration",
     "ceasefire"),
    ("The talks lasted 48 hours.", "48", 48, None, None, "exact", "hour", "duration", "hours"),
    ("Eleven Thai workers were freed.", "Eleven", 11, None, None, "exact", None, "released", "Thai workers"),
    ("Gunmen seized two hundred and forty passengers.", "two hundred and forty", 240, None, None, "exact",
     None, "captured", "passengers"),
    ("The army fired a dozen rockets across the border.", "a dozen", 12, None, None, "exact", None, "military",
     "rockets"),
    ("He was fined 15,000 shekels.", "15,000", 15000, None, None, "exact", "ILS", "money", None),
]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "low", "high", "qualifier", "unit", "category", "counted"), CASES
)
def test_figure_is_read_with_qualifier_unit_category_and_counted(
    nlp: Language, sentence: str, span: str, value: Any, low: Any, high: Any, qualifier: str,
    unit: Any, category: str, counted: Any,
) -> None:
    figures = _figures(nlp, sentence)
    assert [f.text for f in figures] == [span]
    figure = figures[0]
    assert sentence[figure.start:figure.end] == span
    assert (figure.value, figure.low, figure.high) == (value, low, high)
    assert (figure.qualifier, figure.unit, figure.category, figure.counted) == (qualifier, unit, category, counted)
    assert figure.claimant == "stub source"
    assert figure.doc_id == "test-doc"


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack happened on October 7.",
        "The deal was signed on Nov. 30, 2023.",
        "The exchange took place in 2011.",
        "KABUL, 14 MAR 91 -- The border crossing reopened.",
        "The shelling began at 0615 and stopped before noon.",
        "She finished second in the 7th race.",
        "The council adopted Resolution 2334.",
        "The amendment is in Section 427 of the code.",
        "Call the hotline at 555-1234.",
        "The meeting starts at 10 a.m.",
        "All hostages and several prisoners were moved.",
        "He chose the same one as before.",
    ],
)
def test_dates_years_ordinals_labels_and_pronouns_are_not_figures(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


def test_warplanes_and_warships_are_military(nlp: Language) -> None:
    sentence = "The ministry said 24 warplanes, three frigates and a submarine took part in the drills."
    assert [(f.text, f.category) for f in _figures(nlp, sentence)][:2] == [("24", "military"), ("three", "military")]


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("Six fighters were wounded in 73 strikes.", [("Six", "injured"), ("73", "military")]),
        ("Two soldiers were killed in three attacks.", [("Two", "killed"), ("three", "military")]),
        ("Five fighters were killed and six wounded in the raid.", [("Five", "killed"), ("six", "injured")]),
        ("Ten combatants and 300 reservists were killed.", [("Ten", "killed"), ("300", "killed")]),
        # people categories count people (vocab.json): things taken, freed or expelled are none of them
        ("The militia captured 15 trucks.", [("15", "other")]),
        ("Taiwan's coast guard said it had expelled four Chinese vessels.", [("four", "other")]),
        ("The army evacuated 12 villages.", [("12", "other")]),
        ("Rebels captured 15 tanks.", [("15", "military")]),
        ("Militants abducted 20 villagers.", [("20", "captured")]),
    ],
)
def test_what_happened_to_people_is_not_said_of_the_strikes_they_were_caught_in(
    nlp: Language, sentence: str, categories: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.category) for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescue workers put the number of dead at 30.", ("30", "killed", "dead")),
        ("The number of people killed rose to 30.", ("30", "killed", "people")),
        ("The number of refugees has reached 1.2 million.", ("1.2 million", "displaced", "refugees")),
        ("Officials put the number of displaced inside the country at more than one million.",
         ("more than one million", "displaced", "displaced")),
    ],
)
def test_a_tally_counts_its_of_phrase(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert [(f.text, f.category, f.counted) for f in _figures(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Thousands of people took to the streets of Yerevan on Sunday.", "other"),
        ("Gunmen took 20 villagers hostage on the highway.", "captured"),
        ("At least 30 people have been detained, police said.", "captured"),
        ("Hundreds rounded up in crackdown on opposition", "captured"),
    ],
)
def test_those_who_take_are_not_taken(nlp: Language, text: str, category: str) -> None:
    assert [f.category for f in _figures(nlp, text)] == [category]


def test_a_toll_raised_to_a_count_gives_its_category(nlp: Language) -> None:
    text = ("Strikes killed 46 people and wounded 85 others on Thursday, raising the death toll since the "
            "escalation began last month to more than 1,900.")
    assert [(f.text, f.category, f.counted) for f in _figures(nlp, text)][-1] == ("more than 1,900", "killed", None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [("The death toll rose to 30.", "30"), ("Deaths rose to 30 on Monday.", "30"),
     ("Floods killed 8 people, taking the toll to 40.", "40")],
)
def test_a_toll_that_rises_or_is_taken_to_a_count_counts_the_dead(nlp: Language, text: str, figure: str) -> None:
    assert {f.text: f.category for f in _figures(nlp, text)}[figure] == "killed"


@pytest.mark.parametrize("text", ["The total rose to 30.", "Their number grew to 40."])
def test_a_tally_without_an_of_phrase_counts_nothing_named(nlp: Language, text: str) -> None:
    assert [f.counted for f in _figures(nlp, text)] == [None]


def test_a_bare_count_takes_what_is_counted_only_from_its_own_sentence(nlp: Language) -> None:
    text = "Nine South Africans were killed. Hospitals said more than 600 wounded had been admitted."
    assert [(f.text, f.counted) for f in _figures(nlp, text)] == [("Nine", "South Africans"), ("more than 600", None)]


def test_a_count_after_including_is_a_part_and_not_what_later_counts_count(nlp: Language) -> None:
    text = "At least 863 civilians had been killed, including 190 children, and more than 3,500 wounded."
    assert [f.counted for f in _figures(nlp, text)] == ["civilians", "children", "civilians"]


def test_partitive_takes_category_of_the_previous_figure(nlp: Language) -> None:
    figures = _figures(nlp, "Israel freed 33 Palestinians on Monday; 30 of them were minors.")
    assert [(f.value, f.category, f.counted) for f in figures] == [
        (33, "released", "Palestinians"),
        (30, "released", "minors"),
    ]


def test_figures_come_in_document_order_with_sentence_offsets(nlp: Language) -> None:
    text = "Rebels killed 12 soldiers. About 400 people fled."
    figures = _figures(nlp, text)
    assert [f.text for f in figures] == ["12", "About 400"]
    assert figures[1].sentence_start == text.index("About")
    assert [f.start for f in figures] == sorted(f.start for f in figures)


SEED_EXPECTED = [
    ("approximately 240", 240, "approx", "captured", "hostages"),
    ("around 1,200", 1200, "approx", "killed", "people"),
    ("an estimated 15,000", 15000, "approx", "killed", "fatalities"),
    ("over 1,000", 1000, "more_than", "released", "Palestinians"),
    ("more than 7,000", 7000, "more_than", "held", "Palestinians"),
]


@pytest.mark.parametrize(("span", "value", "qualifier", "category", "counted"), SEED_EXPECTED)
def test_seed_article_figures(
    nlp: Language, seed_text: str, span: str, value: float, qualifier: str, category: str, counted: str
) -> None:
    figures = {f.text: f for f in _figures(nlp, seed_text)}
    figure = figures[span]
    assert (figure.value, figure.qualifier, figure.category, figure.counted) == (value, qualifier, category, counted)


# (sentence, span text, value, qualifier, unit): number forms added for NewsQuant-style copy.
FORMS: list[tuple[str, str, float, str, str | None]] = [
    ("Nearly two-thirds of the residents fled the town.", "Nearly two-thirds", 2 / 3, "at_most", None),
    ("One in five children in the camp is malnourished.", "One in five", 0.2, "exact", None),
    ("Half the villages in the district were shelled.", "Half", 0.5, "exact", None),
    ("A third of the aid convoys were turned back.", "A third", 1 / 3, "exact", None),
    ("The FTSE -0.8% on Friday.", "-0.8", -0.8, "down", "percent"),
    ("The new plant adds 450 MW of capacity.", "450", 450, "up", "megawatt"),
    ("The villa was sold for $US12,500,000.", "US12,500,000", 12_500_000, "exact", "USD"),
    ("The stock is ~45 pence cheaper.", "~45", 45, "approx", "pence"),
    ("Exports rose about 12 percent last year.", "about 12", 12, "approx", "percent"),
    ("He had been unemployed for over two years.", "over two", 2, "more_than", "year"),
    ("Talks continued over four days in Doha.", "four", 4, "exact", "day"),
    ("Sales of the 4.3M units slowed.", "4.3M", 4_300_000, "exact", None),
]


@pytest.mark.parametrize(("sentence", "span", "value", "qualifier", "unit"), FORMS)
def test_number_forms_fractions_units_and_signs(
    nlp: Language, sentence: str, span: str, value: float, qualifier: str, unit: str | None
) -> None:
    figures = _figures(nlp, sentence)
    figure = next(f for f in figures if f.text == span)
    assert figure.value == pytest.approx(value)
    assert (figure.qualifier, figure.unit) == (qualifier, unit)


@pytest.mark.parametrize(
    "sentence",
    ["Inflation eased in the second half of the year.", "The drive takes half an hour.", "He took a third option."],
)
def test_half_and_third_as_parts_or_ordinals_are_not_figures(nlp: Language, sentence: str) -> None:
    assert [f.text for f in _figures(nlp, sentence) if f.value is not None and f.value < 1] == []


def test_range_of_amounts_of_change_is_that_change(nlp: Language) -> None:
    figures = _figures(nlp, "Night temperatures dropped by 2 to 3 degrees across the north.")
    assert [(f.low, f.high, f.qualifier) for f in figures] == [(2, 3, "down")]


def test_range_from_level_to_level_stays_a_range_after_a_verb_of_change(nlp: Language) -> None:
    figures = _figures(nlp, "Brent crude fell from $80 to $72 in a week.")
    assert [(f.low, f.high, f.qualifier) for f in figures if f.unit == "USD"] == [(72, 80, "range")]


def test_parenthetical_conversion_keeps_the_qualifier(nlp: Language) -> None:
    figures = _figures(nlp, "The drones flew more than 100 kilometres (62 miles) into the territory.")
    assert [(f.value, f.qualifier) for f in figures] == [(100, "more_than"), (62, "more_than")]


@pytest.mark.parametrize(
    ("sentence", "qualifiers"),
    [
        ("The Nikkei shed 212 points, or 0.8%, by the close.", ["down", "down"]),
        ("Shares of the carmaker climbed $2.40, or 3.1 percent, to $79.90.", ["up", "up", "exact"]),
        ("Rents rose 4%, or 3% without service charges.", ["up", "exact"]),
        ("The firm will cut 900 jobs, or 6% of its staff.", ["exact", "exact"]),
    ],
)
def test_change_restated_after_comma_or_in_other_units_is_that_change(
    nlp: Language, sentence: str, qualifiers: list[str]
) -> None:
    assert [f.qualifier for f in _figures(nlp, sentence)] == qualifiers


def test_alternative_after_or_does_not_take_the_qualifier(nlp: Language) -> None:
    figures = _figures(nlp, "The car will cost around 25,000 or 40,000 euros.")
    assert [f.qualifier for f in figures] == ["approx", "exact"]


# (text, span, category): categories that need the clause or the previous sentence.
CONTEXT_CATEGORIES = [
    ("Officials said 42 students from the village school were missing after the raid.", "42", "missing"),
    ("Buses carrying 24 Palestinian detainees left the prison before dawn.", "24", "released"),
    ("The hostages crossed into Egypt at night and were handed to the Red Cross. Ten Thais were among them.",
     "Ten", "released"),
    ("The president said 95 soldiers had come home after the swap.", "95", "released"),
    ("The crew came from five countries.", "five", "other"),
]


@pytest.mark.parametrize(("text", "span", "category"), CONTEXT_CATEGORIES)
def test_category_from_clause_and_antecedent(nlp: Language, text: str, span: str, category: str) -> None:
    figures = {f.text: f for f in _figures(nlp, text)}
    assert figures[span].category == category


# (sentence, span, value, qualifier): where a word next to the number looks like a change but is none.
QUALIFIER_CASES: list[tuple[str, str, float, str]] = [
    ("The defence gave up 412 yards on Saturday.", "412", 412, "exact"),
    ("The rebels blew up two bridges overnight.", "two", 2, "exact"),
    ("Shares were up 5% by noon.", "5", 5, "up"),
    ("The charity raised $4 million for the camps in March.", "4 million", 4e6, "exact"),
    ("The central bank raised rates by 25 basis points.", "25", 25, "up"),
    ("The glacier loses 150 gigatonnes of ice every year.", "150", 150, "down"),
    ("The maker doubled it to 512GB instead of the 256GB in older phones.", "256", 256, "exact"),
    ("The low on the plateau was -12 degrees.", "-12", -12, "exact"),
    ("The FTSE -0.8% on Friday.", "-0.8", -0.8, "down"),
    # the parser makes the particle of a phrasal verb an adverb and the count a bare modifier
    ("Ukraine's air force said it shot down 31 of 36 drones launched overnight.", "31", 31, "exact"),
    ("Shares closed down 2% on Friday.", "2", 2, "down"),
    # the first number of "24 out of 31" hangs from the particle; a share of things is what was downed
    ("The navy said it shot down 24 out of 31 drones fired at Odesa.", "24 out of 31", 24 / 31, "exact"),
    ("Air defences shot down 85% of the missiles Iran fired.", "85", 85, "exact"),
    ("The index closed down 3% of its value on Monday.", "3", 3, "down"),
    ("The index went down 40 points.", "40", 40, "down"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "qualifier"), QUALIFIER_CASES)
def test_change_only_when_the_number_is_an_amount_of_change(
    nlp: Language, sentence: str, span: str, value: float, qualifier: str
) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert (figure.value, figure.qualifier) == (pytest.approx(value), qualifier)


# (sentence, span, low, high): units, and a year, written between the bounds of a range.
UNIT_RANGES: list[tuple[str, str, float, float]] = [
    ("Fuel economy rose from 25 miles per gallon in 2010 to 31 mpg last year.",
     "25 miles per gallon in 2010 to 31", 25, 31),
    ("Oil slid from $90 a barrel to $71 within a month.", "90 a barrel to $71", 71, 90),
    ("The probe measured a field of 4 kV/cm to 9 kV/cm near the coil.", "4 kV/cm to 9", 4, 9),
    ("Flats range from 300 sq ft up to 600 sq ft in the new tower.", "300 sq ft up to 600", 300, 600),
]


@pytest.mark.parametrize(("sentence", "span", "low", "high"), UNIT_RANGES)
def test_range_with_unit_words_between_its_bounds(
    nlp: Language, sentence: str, span: str, low: float, high: float
) -> None:
    figures = _figures(nlp, sentence)
    ranged = [f for f in figures if f.value is None]
    assert [(f.text, f.low, f.high, f.qualifier) for f in ranged] == [(span, low, high, "range")]
    assert not any(f.value == 2010 for f in figures)


def test_number_then_noun_then_to_is_no_range_without_from(nlp: Language) -> None:
    figures = _figures(nlp, "The agency sent 5 nurses to 10 villages.")
    assert [(f.value, f.qualifier) for f in figures] == [(5, "exact"), (10, "exact")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The club slipped into the bottom three after the defeat.",
        "Astronomers still hunt for the hypothetical Planet 9 beyond Neptune.",
        "In Asia: Nikkei 225 ended the session flat.",
        "The envoy owns a townhouse at 14 E 60th St in Manhattan.",
        "The embassy moved to 12 Rue Royale last year.",
        "The match ended 1-1 after extra time.",
    ],
)
def test_ranks_names_addresses_and_tied_scores_are_not_figures(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["S&P 500 futures slipped before the open.", "FTSE 100 miners led the market.",
     "traders sold the s&p 500 and the nasdaq 100 on friday."],
)
def test_market_index_names_are_not_figures_at_sentence_start_or_lower_cased(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


def test_other_number_after_an_index_word_is_still_a_figure(nlp: Language) -> None:
    figures = _figures(nlp, "The sell-off knocked the Nasdaq 150 points lower.")
    assert [(f.value, f.unit) for f in figures] == [(150, "point")]


def test_count_after_a_dateline_day_and_month_is_still_read(nlp: Language) -> None:
    figures = _figures(nlp, "QUITO, 3 JUN 91 -- 14 soldiers were wounded in the ambush.")
    assert [(f.value, f.counted) for f in figures] == [(14, "soldiers")]


def test_count_right_after_a_day_and_month_is_not_taken_for_a_year(nlp: Language) -> None:
    figures = _figures(nlp, "On 6 May 89 people were killed in the north.")
    assert [f.value for f in figures] == [89]


@pytest.mark.parametrize(
    "sentence",
    [
        "THE SECOND BOMB WENT OFF AT 2335 [0335 GMT] OUTSIDE THE BANK.",
        "The convoy was ambushed at approximately 2150 last night near the border.",
        "Shelling resumed shortly after 1400 this afternoon.",
        "The patrol left the base at 0530 hours local time.",
        "The hostages were seized between 0645 and 0710 on the coast road.",
        "A grenade was thrown into the office at 471 CALLE REAL, POLICE SAID.",
        "THE BOMB WENT OFF AT 123 A AVENUE, NEAR THE MARKET.",
        "GUERRILLAS ATTACKED THE POST OF MILITARY DETACHMENT NO. 4 ON FRIDAY.",
        "THE GUERRILLA GROUP WAS FOUNDED IN THE 1960'S.",
    ],
)
def test_clock_times_and_all_caps_addresses_of_wire_reports_are_not_figures(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The climbers set up camp at 1500 meters.", 1500),
        ("The drone flew at 2200 feet over the valley.", 2200),
        ("TROOPS FIRED ON THE CROWD AT 2230, KILLING 14 PEOPLE.", 14),
        ("The ministry put the death toll at 1500, up from 1200 a day earlier.", 1500),
        ("THE MINISTRY PUT THE DEATH TOLL AT 1500, POLICE SAID.", 1500),
        ("The death toll stood at 1500, officials said.", 1500),
    ],
)
def test_a_measure_or_level_after_at_stays_a_figure(nlp: Language, sentence: str, value: float) -> None:
    assert [f.value for f in _figures(nlp, sentence)][:1] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("GUNMEN KILLED 9 ON AIRPORT ROAD.", 9), ("A CAR BOMB KILLED 15 IN TAHRIR SQUARE ON FRIDAY.", 15)],
)
def test_a_count_before_a_street_name_in_all_caps_copy_stays_a_figure(
    nlp: Language, sentence: str, value: float
) -> None:
    assert [f.value for f in _figures(nlp, sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Journalists were killed in the 2013 bombings of the market.",
        "Turnout collapsed in the 1998 elections.",
        "Several of the senator's 2020 rivals had quit.",
        "Emissions are far above the 2005 levels.",
        "None of the Conservative 2019 candidates spoke at the rally.",
        "REBELS WILL DISRUPT THE MARCH 1994 ELECTIONS, THE ARMY SAID.",
    ],
)
def test_a_year_naming_an_occasion_before_a_plural_noun_is_no_figure(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "counted"),
    [
        ("Rebels freed 1500 prisoners on Monday.", 1500, "prisoners"),
        ("Some 2000 troops crossed the river.", 2000, "troops"),
        ("The 1900 people who fled reached the camp.", 1900, "people"),
        ("The 2000 civilians killed in the strike were buried on Friday.", 2000, "civilians"),
        ("Hamas's 2000 fighters were killed in the battle.", 2000, "fighters"),
        ("Israel released the 2010 detainees on Monday.", 2010, "detainees"),
    ],
)
def test_a_count_in_the_year_range_without_a_comma_is_still_read(
    nlp: Language, sentence: str, value: float, counted: str
) -> None:
    assert [(f.value, f.counted) for f in _figures(nlp, sentence)] == [(value, counted)]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [("On 3 March 17 civilians died in the shelling.", "civilians"), ("On 9 July 40 people were wounded.", "people")],
)
def test_a_count_after_a_day_and_month_is_not_taken_for_the_day(nlp: Language, sentence: str, counted: str) -> None:
    figures = _figures(nlp, sentence)
    assert [(f.value, f.counted) for f in figures] == [(float(sentence.split()[3]), counted)]


def test_a_day_after_a_month_is_still_a_date(nlp: Language) -> None:
    assert _figures(nlp, "On July 9 people gathered in the square.") == []


def test_top_n_before_a_noun_still_counts_it(nlp: Language) -> None:
    figures = _figures(nlp, "The top 10 companies paid no tax.")
    assert [(f.value, f.counted) for f in figures] == [(10, "companies")]


# (sentence, span, value, unit): units glued to or hyphenated with the number.
GLUED_UNITS: list[tuple[str, str, float, str]] = [
    ("The guitar neck is 24.75″ long.", "24.75″", 24.75, "inch"),
    ("The hybrid delivered a 3-mpg improvement over the old model.", "3", 3, "mile per gallon"),
    ("Shares in the miner closed down 4 p at 312 p on Friday.", "312", 312, "pence"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), GLUED_UNITS)
def test_unit_symbols_glued_or_hyphenated(nlp: Language, sentence: str, span: str, value: float, unit: str) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("Hamas said 200 people were killed and 300 buildings were destroyed.", ["killed", "other"]),
        ("Up to 300 people are feared dead, adding that 10 to 12 villages were hit.", ["killed", "other"]),
        ("Airstrikes killed 40 people, officials said, including 15 children.", ["killed", "killed"]),
        ("The strike killed 8 people; 3 were children.", ["killed", "killed"]),
    ],
)
def test_a_count_with_a_verb_of_its_own_does_not_borrow_the_people_category(
    nlp: Language, sentence: str, categories: list[str]
) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


# (sentence, span, category): casualty counts whose category sits in the words next to the count,
# in mixed case and in the all-caps of wire bulletins, where the tagger often reads verbs as names.
CASUALTY_WORDING: list[tuple[str, str, str]] = [
    ("Three villagers were killed and 14 wounded when the market was shelled.", "14", "injured"),
    ("THREE VILLAGERS WERE KILLED AND 14 WOUNDED WHEN THE MARKET WAS SHELLED.", "14", "injured"),
    ("The ambush left nine guards dead and 20 injured.", "nine", "killed"),
    ("THE AMBUSH LEFT 9 GUARDS DEAD AND 20 INJURED.", "20", "injured"),
    ("THE REGIMENT REPORTS 240 DEAD AND 310 WOUNDED SINCE MARCH.", "240", "killed"),
    ("THE REGIMENT REPORTS 240 DEAD AND 310 WOUNDED SINCE MARCH.", "310", "injured"),
    ("Six miners died and 11 were hurt in the collapse.", "11", "injured"),
    ("SIX MINERS DIED AND 11 WERE HURT IN THE COLLAPSE.", "11", "injured"),
    ("FOUR NURSES OF THE FIELD CLINIC WERE SERIOUSLY INJURED.", "FOUR", "injured"),
    ("Two customs officers were among those killed.", "Two", "killed"),
    ("TWO CUSTOMS OFFICERS ARE AMONG THE WOUNDED.", "TWO", "injured"),
    ("FIVE DRIVERS WERE GUNNED DOWN AT THE CHECKPOINT.", "FIVE", "killed"),
    ("The tribunal is investigating the killing of 14 farm workers.", "14", "killed"),
    ("THE BISHOP CONDEMNED THE MURDER OF SEVEN TEACHERS.", "SEVEN", "killed"),
    ("The blast resulted in the injury of 23 commuters.", "23", "injured"),
    ("Searchers recovered the bodies of eight fishermen.", "eight", "killed"),
    ("THE SNIPER KILLED 2 PASSERS-BY AND WOUNDED 6 OTHERS.", "6", "injured"),
    ("NINE WERE KILLED AND 30 WERE WOUNDED, INCLUDING 4 FIREFIGHTERS, IN THE FIRE.", "4", "injured"),
]


@pytest.mark.parametrize(("sentence", "span", "category"), CASUALTY_WORDING)
def test_casualty_category_from_the_words_around_the_count(
    nlp: Language, sentence: str, span: str, category: str
) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert figure.category == category


@pytest.mark.parametrize(
    ("sentence", "span", "category"),
    [
        # no predicate after the count; people are no materiel, and shot they are hit, as in the passive
        ("Two gunmen shot five bystanders.", "five", "injured"),
        ("Police arrested 12 men who had killed a shopkeeper.", "12", "captured"),  # "had killed": no passive
        ("THE 40 WOUNDED SOLDIERS REACHED THE BASE.", "40", "injured"),
        ("The fire destroyed 30 homes and 12 shops.", "30", "other"),
    ],
)
def test_words_after_the_count_do_not_override_a_clause_of_its_own(
    nlp: Language, sentence: str, span: str, category: str
) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert figure.category == category


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("Ten soldiers killed 3 rebels near the border.", ["military", "killed"]),
        ("Four gunmen kidnapped 2 engineers on the highway.", ["military", "captured"]),
        ("Three gunmen shot dead a policeman on Monday.", ["military"]),
        ("Nine people lost their lives in the fire.", ["killed"]),
        ("Some 300 families fled their homes.", ["displaced"]),
    ],
)
def test_the_subject_of_an_act_of_harm_is_its_doer_not_its_victim(
    nlp: Language, sentence: str, categories: list[str]
) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("Two gunmen who killed 12 people were arrested.", ["captured", "killed"]),
        ("Negotiators discussed the release of 50 hostages in Doha.", ["released"]),
        ("14 residents of the village where soldiers were killed fled.", ["displaced"]),
        ("Police said 12 people were detained overnight.", ["captured"]),
        ("The execution of 3 contracts was delayed.", ["other"]),
        ("The deaths of 2 children prompted a protest by 300 people.", ["killed", "other"]),
        ("The killing of 4 aid workers was condemned by 15 countries.", ["killed", "other"]),
    ],
)
def test_words_around_a_count_do_not_override_its_parse_in_mixed_case(
    nlp: Language, sentence: str, categories: list[str]
) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


def test_a_verb_read_as_a_name_in_all_caps_copy_is_no_label(nlp: Language) -> None:
    figures = _figures(nlp, "THE EXPLOSION LEFT 10 DEAD AND 30 INJURED.")
    assert [(f.value, f.category) for f in figures] == [(10, "killed"), (30, "injured")]


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("THE INSURGENTS ABDUCTED 14 VILLAGERS NEAR THE BORDER.", ["captured"]),
        ("TROOPS ARRESTED 25 DEMONSTRATORS ON MONDAY.", ["captured"]),
        ("GUNMEN GUNNED DOWN 3 FARMERS IN THE MARKET.", ["killed"]),
        ("THE REBELS FREED 8 HOSTAGES.", ["released"]),
        ("THE RAID KILLED 4 AND WOUNDED 9.", ["killed", "injured"]),
        ("THE EXPLOSION WRECKED A TRUCK, INJURING SEVEN WORKERS.", ["injured"]),
        ("THE GANG STILL HOLDS 6 HOSTAGES.", ["held"]),
        ("12 GUERRILLAS KILLED 5 PATROLMEN.", ["military", "killed"]),
        ("THE COUPLE WERE KIDNAPPED 3 WEEKS AGO.", ["duration"]),
        ("The insurgents abducted 14 villagers near the border.", ["captured"]),
        ("The raid killed 4 and wounded 9.", ["killed", "injured"]),
        ("12 guerrillas killed 5 patrolmen.", ["military", "killed"]),
    ],
)
def test_a_harm_verb_right_before_the_count_says_what_happened_to_it(
    nlp: Language, sentence: str, categories: list[str]
) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("THE FLOODS CLAIMED THE LIVES OF 35 VILLAGERS.", ["killed"]),
        ("The landslide claimed the lives of 12 miners.", ["killed"]),
        ("Militiamen slaughtered 20 cattle herders.", ["killed"]),
        ("THE MINE CRIPPLED 4 CHILDREN.", ["injured"]),
        ("Rescuers saved the lives of 40 passengers.", ["other"]),
        # a phrase of killing wins over the verb alone, which counts what is fired
        ("Police shot dead at least five people.", ["killed"]),
        ("Police shot five protesters dead.", ["killed"]),
        ("A mob beat two men to death.", ["killed"]),
        ("Air defences shot down 25 drones.", ["military"]),
        ("The army deployed 3,000 troops and shot dead two protesters.", ["military", "killed"]),
        ("The army deployed 2,000 soldiers around the detention camp.", ["military"]),
        # what a relative clause with its own subject says is the counted people's past
        ("The militants freed 19 schoolchildren they had abducted last week.", ["released"]),
        ("The gunmen abducted 137 schoolchildren.", ["captured"]),
    ],
)
def test_phrases_and_verbs_of_killing_and_maiming(nlp: Language, sentence: str, categories: list[str]) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("FOUR GUARDS PROTECTING THE EMBASSY WERE KILLED BY GUNMEN.", ["killed"]),
        ("THREE NURSES AND TWO DOCTORS WHO RAN THE CLINIC WERE ABDUCTED.", ["captured", "captured"]),
        ("FIVE MINERS WHO WERE REPAIRING THE SHAFT AND A GUARD WERE HURT.", ["injured"]),
        ("8 PEOPLE [NAMES NOT GIVEN] WERE ALSO INJURED.", ["injured"]),
        ("Four guards protecting the embassy were killed by gunmen.", ["killed"]),
        ("Three nurses and two doctors who ran the clinic were abducted.", ["captured", "captured"]),
        ("10 SOLDIERS ATTACKED THE VILLAGE WHERE THE HOSTAGES WERE HELD.", ["military"]),
        ("6 MEN WHO HAD ROBBED THE BANK WERE ARRESTED.", ["captured"]),
        ("7 VOLUNTEERS HELPING THE POLICE, 3 OF THEM WOMEN, WERE THANKED.", ["other", "other"]),
    ],
)
def test_a_modifier_between_the_counted_noun_and_its_verb_does_not_hide_the_verb(
    nlp: Language, sentence: str, categories: list[str]
) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("AMONG THE WOUNDED ARE 3 NURSES.", ["injured"]),
        ("Among the dead were four firefighters.", ["killed"]),
        ("THOSE KIDNAPPED INCLUDE TWO ENGINEERS.", ["captured"]),
        ("Those injured included 6 students.", ["injured"]),
        ("The delegation included 4 ministers.", ["other"]),
        ("Among the guests were 40 diplomats.", ["other"]),
    ],
)
def test_a_group_named_before_the_count_in_an_inverted_predicate_gives_its_category(
    nlp: Language, sentence: str, categories: list[str]
) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("25 commandos freed 9 hostages from the compound.", ["military", "released"]),
        ("150 police officers evacuated 2,000 residents.", ["other", "displaced"]),
        ("Three soldiers who were wounded in the ambush died later.", ["killed"]),
        ("The ministry said 31 people were killed and 90 wounded in the raid.", ["killed", "injured"]),
        ("THE ARMY REPORTED 30 REBELS DEAD AND 12 CAPTURED.", ["killed", "captured"]),
    ],
)
def test_who_did_and_who_underwent_and_the_final_fate(nlp: Language, sentence: str, categories: list[str]) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Four people have bullet wounds after the clashes in the northern sector.", "injured"),
        ("Twelve soldiers suffered shrapnel wounds when the convoy was hit.", "injured"),
        ("Three children sustained serious burns in the fire.", "injured"),
        ("Two policemen suffered fatal injuries in the ambush.", "killed"),
        ("Five soldiers have weapons and ammunition.", "military"),  # what they have is no harm
        ("Two officers suffered non-fatal injuries in the crash.", "injured"),
        ("Two soldiers suffered potentially fatal wounds.", "injured"),
        ("None of the 40 passengers suffered injuries.", "other"),
        ("The 40 passengers did not suffer any injuries.", "other"),
        ("Forty people received injuries compensation from the state.", "other"),
    ],
)
def test_people_who_suffer_wounds_are_injured_and_fatal_ones_kill(nlp: Language, sentence: str,
                                                                 category: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == [category]


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        # an age range after "between", and every number listed after "aged", is an age
        ("The strike killed four children aged between 2 and 11.", ["between 2 and 11"]),
        ("Three children, aged 4, 7 and 9, were killed.", ["4", "7", "9"]),
        ("Four men aged 22, 25, 31 and 40 were arrested.", ["22", "25", "31", "40"]),
        ("The victims were aged about 30.", ["about 30"]),
        # a number with a noun of its own after the list counts that noun
        ("Five men aged 18 and 20 soldiers were killed.", ["18"]),
    ],
)
def test_every_number_after_aged_is_an_age(nlp: Language, sentence: str, ages: list[str]) -> None:
    figures = _figures(nlp, sentence)
    assert [f.text for f in figures if f.category == "age"] == ages
    assert all(f.unit == "year" for f in figures if f.category == "age")


def test_a_clause_before_a_semicolon_gives_no_category(nlp: Language) -> None:
    figures = _figures(nlp, "The rebels freed 17 hostages; three remain in captivity.")
    assert [(f.text, f.category) for f in figures] == [("17", "released"), ("three", "held")]


@pytest.mark.parametrize(
    ("sentence", "span", "counted", "category"),
    [
        ("Ukraine's air force said it had destroyed 23 of 27 drones launched overnight.", "23", "drones",
         "military"),
        ("Police arrested 4 of 10 suspects after the raid.", "4", "suspects", "captured"),
    ],
)
def test_a_part_counts_what_its_whole_counts(nlp: Language, sentence: str, span: str, counted: str,
                                             category: str) -> None:
    """The parser hangs "23" on "27" in "23 of 27 drones"; the 23 are drones too."""
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert (figure.counted, figure.category) == (counted, category)


def test_the_dead_are_counted_as_dead_whatever_they_were(nlp: Language) -> None:
    """"killing four displaced people": the verb's death outranks the noun's earlier state."""
    figures = {f.text: f for f in _figures(nlp, "Rebels shelled the camp, killing four displaced people and "
                                                 "wounding 11.")}
    assert figures["four"].category == "killed"
    shared = {f.text: f for f in _figures(nlp, "The ministry said 274 Palestinians were killed and nearly 700 "
                                                "wounded during the raid.")}
    assert (shared["274"].category, shared["nearly 700"].category) == ("killed", "injured")
    assert {f.category for f in _figures(nlp, "Aid agencies sheltered 4,000 displaced people.")} == {"displaced"}


@pytest.mark.parametrize(
    ("sentence", "span", "low"),
    [
        ("Scores of villagers were killed in the massacre, survivors said.", "Scores", 40),
        ("The attack killed scores of civilians in the market.", "scores", 40),
    ],
)
def test_scores_of_people_is_a_vague_count(nlp: Language, sentence: str, span: str, low: float) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert (figure.low, figure.qualifier, figure.category) == (low, "at_least", "killed")


@pytest.mark.parametrize("sentence", ["Test scores rose sharply last year.", "Old scores were settled in the war."])
def test_scores_without_of_count_nothing(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


def test_a_count_does_not_take_in_a_conjunct_counted_on_its_own(nlp: Language) -> None:
    [figure] = _figures(nlp, "Two Israeli soldiers and a Hamas commander were killed in the clash.")
    assert figure.counted == "Israeli soldiers"


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("North Korea fired two short-range ballistic missiles into the sea.", "short-range ballistic missiles"),
        ("Police arrested 12 pro-democracy activists in the capital.", "pro-democracy activists"),
        ("They have a $3500 a month mortgage and two kids in private school.", "month mortgage"),
    ],
)
def test_a_hyphened_modifier_is_counted_whole(nlp: Language, sentence: str, counted: str) -> None:
    """The parser hangs "short-" under "range": the counted phrase takes the modifier's own words, not
    its article."""
    assert _figures(nlp, sentence)[0].counted == counted


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Iraqi security forces fired tear gas at hundreds of protesters.", "other"),
        ("Russia launched strikes on 12 cities overnight.", "other"),
        ("Hamas fired 20 rockets at Israel.", "military"),
    ],
)
def test_those_fired_at_are_not_what_is_fired(nlp: Language, sentence: str, category: str) -> None:
    assert _figures(nlp, sentence)[0].category == category


def test_took_them_hostage_counts_them(nlp: Language) -> None:
    figure = _figures(nlp, "Gunmen took 12 workers hostage.")[0]
    assert (figure.counted, figure.category) == ("workers", "captured")


def test_the_handover_of_hostages_releases_them(nlp: Language) -> None:
    figure = _figures(nlp, "The Red Cross facilitated the handover of 12 hostages to Israeli authorities.")[0]
    assert figure.category == "released"


@pytest.mark.parametrize(
    ("sentence", "counted", "category"),
    [
        ("Some 200 trucks carrying 4,000 tonnes of flour entered Gaza.", "flour", "aid"),
        ("Israel allowed 50,000 litres of fuel into the enclave.", "fuel", "aid"),
        ("The 1.6 litre turbocharged engine is new.", None, "other"),
    ],
)
def test_a_weight_or_volume_of_aid_goods_is_aid(nlp: Language, sentence: str, counted: str | None,
                                                category: str) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.unit in {"tonne", "litre"})
    assert (figure.counted, figure.category) == (counted, category)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The rebels are holding 130 hostages, 30 of whom are believed to be dead.", "killed"),
        ("Five soldiers are thought to be missing.", "missing"),
    ],
)
def test_a_state_reported_through_a_raising_verb_is_the_category(nlp: Language, sentence: str,
                                                                 category: str) -> None:
    assert _figures(nlp, sentence)[-1].category == category
    assert _figures(nlp, "Of the 130 hostages, 30 are believed to be dead.")[0].category == "held"


def test_a_verb_s_particle_is_no_qualifier(nlp: Language) -> None:
    """"handed over 700 kg": "over" belongs to the verb; "killed over 300" bounds the count."""
    handed = _figures(nlp, "Swiss doctors handed over 700 kg of medicine to the Red Crescent.")[0]
    assert (handed.text, handed.qualifier) == ("700", "exact")
    assert _figures(nlp, "Rebels killed over 300 villagers.")[0].qualifier == "more_than"


def test_speakers_of_a_toll_are_not_its_dead(nlp: Language) -> None:
    """The people who tell a toll are counted as what they are, not as its victims."""
    said = {f.text: f.category for f in _figures(nlp, "Three officials said 40 people were killed.")}
    assert said == {"Three": "other", "40": "killed"}
    sources = "At least 12 soldiers were killed in the ambush, according to two security sources."
    according = {f.text: f.category for f in _figures(nlp, sources)}
    assert according == {"At least 12": "killed", "two": "other"}
    found = _figures(nlp, "Four bodies were found shot dead near the road.")[0]
    assert found.category == "killed"  # a complement with no subject of its own still tells their fate


@pytest.mark.parametrize(
    "sentence",
    ["It was one of the deadliest attacks on the capital in a decade.",
     "The raid was one of the most violent kidnappings this year."],
)
def test_one_of_the_worst_is_a_ranking_not_a_toll(nlp: Language, sentence: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == ["other"]
    assert _figures(nlp, "Gunmen killed one of the guards.")[0].category == "killed"


def test_people_going_home_are_not_released(nlp: Language) -> None:
    """Coming back releases only captives: refugees returning home were held by no one."""
    home = _figures(nlp, "Thousands of refugees returned home from Chad last month.")[0]
    assert home.category == "other"
    assert _figures(nlp, "Nine hostages returned to Israel on Friday.")[0].category == "released"


def test_a_release_of_people_another_party_held_counts_the_release(nlp: Language) -> None:
    released = _figures(nlp, "The Red Cross helped secure the release of 37 prisoners held by the militia.")[0]
    assert released.category == "released"


def test_expelled_envoys_are_not_displaced_people(nlp: Language) -> None:
    assert _figures(nlp, "Niamey expelled four European diplomats on Tuesday.")[0].category == "other"
    assert _figures(nlp, "Iran expelled 40,000 Afghan refugees in a week.")[0].category == "displaced"


def test_scores_before_a_fate_count_people(nlp: Language) -> None:
    left = {f.text: f.category for f in _figures(nlp, "The bombing left nine dead and scores injured.")}
    assert left == {"nine": "killed", "scores": "injured"}
    assert _figures(nlp, "Exam scores improved this year.") == []


def test_a_count_with_a_predicate_adjective_of_its_own_takes_it(nlp: Language) -> None:
    both = {f.text: f.category for f in _figures(nlp, "Six people were killed and 30 more injured.")}
    assert both == {"Six": "killed", "30": "injured"}


def test_people_fired_at_or_stopped_are_no_materiel(nlp: Language) -> None:
    """Military verbs count what is fired or moved; the people they stop or hit are not materiel."""
    assert _figures(nlp, "Coastguards intercepted 250 migrants off Tunisia.")[0].category == "other"
    assert _figures(nlp, "The navy intercepted 12 drones over the Red Sea.")[0].category == "military"
    assert _figures(nlp, "The army deployed 800 men to the frontier.")[0].category == "military"


def test_a_fatal_adverb_or_a_fatal_second_participle_kills(nlp: Language) -> None:
    assert _figures(nlp, "Two policemen were fatally stabbed in Paris.")[0].category == "killed"
    both = "At least 40 people were shot and killed by security forces."
    assert _figures(nlp, both)[0].category == "killed"
    fled = _figures(nlp, "Gunmen shot at three guards and fled.")[0]
    assert fled.category == "other"  # the gunmen fled; the guards were not displaced


def test_a_count_of_where_people_come_from_is_not_their_fate(nlp: Language) -> None:
    expelled = _figures(nlp, "Caracas expelled diplomats from seven Latin American countries.")[0]
    assert expelled.category == "other"
    assert _figures(nlp, "Hamas released hostages from 12 countries.")[0].category == "other"
    assert _figures(nlp, "Israel freed 39 Palestinians from its prisons.")[0].category == "released"


def test_the_agents_of_a_harm_did_not_undergo_it(nlp: Language) -> None:
    counts = {f.text: f.category for f in _figures(nlp, "Ten villagers were killed by five gunmen.")}
    assert counts["Ten"] == "killed"
    assert counts["five"] != "killed"


def test_people_forced_from_their_homes_are_displaced(nlp: Language) -> None:
    sentence = "The UN said more than 9 million people had been forced from their homes in Sudan."
    assert _figures(nlp, sentence)[0].category == "displaced"
    assert _figures(nlp, "Fighting has forced 200,000 people to flee.")[0].category == "displaced"


def test_a_gapped_count_taken_hostage_is_captured(nlp: Language) -> None:
    text = "Some 1,200 people were killed in the raids and 251 taken hostage."
    taken = next(f for f in _figures(nlp, text) if f.text == "251")
    assert taken.category == "captured"
    assert next(f for f in _figures(nlp, "Thousands took to the streets.")).category == "other"


def test_soldiers_a_force_lost_are_dead(nlp: Language) -> None:
    lost = _figures(nlp, "The army said it had lost 12 soldiers in the fighting for the town.")
    assert [(f.text, f.category) for f in lost] == [("12", "killed")]
    customers = _figures(nlp, "The bank lost 2 million customers last year.")
    assert [(f.text, f.category) for f in customers] == [("2 million", "other")]


def test_captives_who_remain_are_still_held(nlp: Language) -> None:
    text = "Of the 251 hostages taken in the raid, 97 remain in Gaza."
    assert [(f.text, f.category) for f in _figures(nlp, text)] == [("251", "captured"), ("97", "held")]
    missing = "Of the 200 abducted, 50 remain missing."
    assert [(f.text, f.category) for f in _figures(nlp, missing)] == [("200", "captured"), ("50", "missing")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia released 17 of the 23 abducted workers on Tuesday.", [("17", "released"), ("23", "captured")]),
        ("Gunmen killed 12 of the 40 passengers.", [("12", "killed"), ("40", "other")]),
        ("Some two-thirds of Gaza's 2.3 million people have been displaced.",
         [("Some two-thirds", "displaced"), ("2.3 million", "other")]),
        ("Hamas released 13 of the 240 hostages it holds.", [("13", "released"), ("240", "held")]),
    ],
)
def test_the_whole_of_a_part_did_not_undergo_what_the_part_did(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.category) for f in _figures(nlp, text)] == expected


def test_a_clause_about_some_of_them_does_not_say_what_befell_all(nlp: Language) -> None:
    text = "Police arrested 40 protesters, 12 of whom were later released."
    assert [(f.text, f.category) for f in _figures(nlp, text)] == [("40", "captured"), ("12", "released")]


def test_people_taken_hostage_are_captured_however_hostage_is_parsed(nlp: Language) -> None:
    text = "Hamas fighters took more than 240 people hostage during the October 7 attack."
    assert [(f.text, f.category) for f in _figures(nlp, text)] == [("more than 240", "captured")]


def test_a_count_of_acts_is_not_a_count_of_their_victims(nlp: Language) -> None:
    text = "Security forces killed 16 suspected militants in two separate operations."
    assert [(f.text, f.category) for f in _figures(nlp, text)] == [("16", "killed"), ("two", "other")]
    assaults = _figures(nlp, "The military said it had repelled 45 Russian assaults near Pokrovsk.")
    assert [(f.text, f.category) for f in assaults] == [("45", "military")]


def test_guests_taken_hostage_by_the_dozen_are_captured_guests(nlp: Language) -> None:
    found = _figures(nlp, "The militants took dozens of guests hostage.")
    assert [(f.text, f.counted, f.category) for f in found] == [("dozens", "guests", "captured")]


def test_a_gapped_count_of_wounded_is_wounded(nlp: Language) -> None:
    text = "Four Palestinians were killed and dozens wounded by Israeli fire near an aid site in Rafah."
    assert [(f.text, f.category) for f in _figures(nlp, text)] == [("Four", "killed"), ("dozens", "injured")]


def test_a_part_of_a_count_shot_down_marks_no_fall(nlp: Language) -> None:
    # the parser hangs "41" on "52": the particle still belongs to "shot down", not to a change
    found = _figures(nlp, "Ukraine's air force said it shot down 41 of 52 drones launched by Russia overnight.")
    assert [(f.text, f.qualifier) for f in found] == [("41", "exact"), ("52", "exact")]
    shares = _figures(nlp, "Shares closed down 2% on Friday.")
    assert [(f.text, f.qualifier) for f in shares] == [("2", "down")]


def test_one_killed_beside_others_wounded_is_a_count(nlp: Language) -> None:
    text = "Armed men ambushed a convoy carrying aid workers, killing one and wounding three."
    assert [(f.text, f.category) for f in _figures(nlp, text)] == [("one", "killed"), ("three", "injured")]
    assert _figures(nlp, "He picked one and left.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said the suspect, 34, had been arrested twice before.", [("34", "year", "age")]),
    ("The victim, Maria Lopez, 27, was shot in the head.", [("27", "year", "age")]),
    ("The company, 35, was founded in 1988.", [("35", None, "other")]),
])
def test_a_bare_number_set_off_after_a_person_is_an_age(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(f.text, f.unit, f.category) for f in _figures(nlp, text)] == expected


def test_under_the_age_of_a_number_is_an_age(nlp: Language) -> None:
    text = "About 600,000 children are sheltering in Rafah, half of them under the age of five."
    assert [(f.text, f.unit, f.category) for f in _figures(nlp, text)][-1] == ("five", "year", "age")


def test_the_group_its_members_are_counted_of_is_no_casualty(nlp: Language) -> None:
    text = "The strike killed 19 people, among them eight members of one family."
    assert [(f.text, f.category) for f in _figures(nlp, text)] == [
        ("19", "killed"), ("eight", "killed"), ("one", "other")]


def test_an_area_is_a_square_length(nlp: Language) -> None:
    found = _figures(nlp, "Ukrainian forces say they now control more than 1,000 square km of Russian territory.")
    assert [(f.text, f.unit) for f in found] == [("more than 1,000", "square kilometre")]


@pytest.mark.parametrize(("text", "expected"), [
    # generic heads name materiel only with a military modifier
    ("Ukraine said it destroyed 3 enemy tanks and 12 armored vehicles.", [("3", "military"), ("12", "military")]),
    ("Police seized 12 vehicles.", [("12", "other")]),
    # a count whose noun is left out takes the category of the one it borrows its noun from
    ("Russia launched 120 drones on Monday and 90 on Tuesday.", [("120", "military"), ("90", "military")]),
    # a time phrase after the number is when the count held
    ("The number of displaced rose to 2,000, up from 1,500 last year.",
     [("2,000", "displaced"), ("1,500", "displaced")]),
    # raising a tally takes nothing
    ("The strike killed 12 people, taking the total to 60,000.", [("12", "killed"), ("60,000", "killed")]),
    # the people a place holds are no casualties of what befell the place
    ("M23 seized Goma, a city of around 2 million people.", [("around 2 million", "other")]),
])
def test_categories_of_materiel_borrowed_nouns_tallies_and_populations(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.category) for f in _figures(nlp, text)] == expected


def test_a_percentage_counts_what_it_is_a_share_of(nlp: Language) -> None:
    found = _figures(nlp, "About 70% of the dead were women and children, the ministry said.")
    assert [(f.text, f.unit, f.counted, f.category) for f in found] == [("About 70", "percent", "dead", "other")]


def test_a_dated_act_counted_of_people_is_no_group_of_members() -> None:
    # wire copy in capitals, read as parley reads it: the parse hangs "16" on "assassination"
    from parley.extract import extract_one
    from parley.records import Document

    text = ("MANY FOREIGNERS HAD ASKED TO LEAVE THE COUNTRY AFTER THE 16 NOVEMBER ASSASSINATION OF SIX JESUITS, "
            "FIVE OF THEM SPANIARDS.")
    found = extract_one(Document(doc_id="t", text=text)).figures
    assert next((f.text, f.category) for f in found) == ("SIX", "killed")


def test_fighters_neutralised_are_counted_killed(nlp: Language) -> None:
    figure = _figures(nlp, "Nigerian troops neutralized 20 terrorists in Borno state, the army said.")[0]
    assert (figure.value, figure.category) == (20, "killed")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Gang violence has forced more than 700,000 people from their homes in Haiti.", "displaced"),
        ("Militias drove 3,000 families out of their villages in Ituri.", "displaced"),
        ("Pakistan said it had deported more than 500,000 Afghans since October.", "displaced"),
        # driven from somewhere that is no home
        ("Police pushed 50 protesters from the square.", "other"),
    ],
)
def test_people_driven_from_their_homes_are_displaced(nlp: Language, text: str, category: str) -> None:
    assert _figures(nlp, text)[0].category == category


@pytest.mark.parametrize(
    ("text", "value", "unit", "counted"),
    [
        # a glued "m" before a plural count is million, as British copy writes it
        ("The UN said 1.8m people in Gaza had been displaced.", 1_800_000, None, "people"),
        ("About 3m Syrians live in Turkey.", 3_000_000, None, "Syrians"),
        ("Some 1.5m displaced people live in camps.", 1_500_000, None, "displaced people"),
        # before a singular noun or a measuring word it is metres
        ("A 10m wall surrounds the camp.", 10, "metre", "wall"),  # the measure says how tall the wall is
        ("The wall is 8m high.", 8, "metre", None),
        # "half a million" is a number, not a share
        ("Nearly half a million people have fled the fighting.", 500_000, None, "people"),
    ],
)
def test_a_glued_m_and_half_a_million(nlp: Language, text: str, value: float, unit: str | None,
                                      counted: str | None) -> None:
    figure = _figures(nlp, text)[0]
    assert (figure.value, figure.unit, figure.counted) == (value, unit, counted)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A sack of sorghum now costs 120,000 Sudanese pounds in Omdurman.", "SDG"),
        ("The fighters were paid 50 million Congolese francs.", "CDF"),
        ("The bribe was 2 million Pakistani rupees.", "PKR"),
        ("Rents in Petion-Ville reached 500,000 gourdes.", "HTG"),
        # a bare "pounds" stays sterling
        ("The fee is 200 pounds.", "GBP"),
    ],
)
def test_a_countrys_currency_is_named_by_its_adjective(nlp: Language, text: str, unit: str) -> None:
    figure = _figures(nlp, text)[0]
    assert (figure.unit, figure.category) == (unit, "money")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("About 1,500 rebels and 300 mercenaries are fighting in the north.", "military"),
        ("The UN has 12,000 peacekeepers in the country.", "military"),
        # what befell them wins over what they are
        ("Rebels killed 12 peacekeepers near Beni.", "killed"),
    ],
)
def test_armed_men_of_any_side_are_forces(nlp: Language, text: str, category: str) -> None:
    assert _figures(nlp, text)[0].category == category


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Local estimates put the toll as high as 500.", "at_most"),
        ("As few as 10 people attended the funeral.", "at_least"),
        ("The toll may be slightly more than 40.", "more_than"),
    ],
)
def test_bounds_said_with_as_and_slightly(nlp: Language, text: str, qualifier: str) -> None:
    assert _figures(nlp, text)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # how they were taken is their past; the verb tells the news
        ("Kidnappers freed 14 passengers seized from a bus in Zamfara state.", "released"),
        # a wound stays what is counted
        ("Police evacuated 200 people injured in the blast.", "injured"),
        # with no verb of people, the participle tells it
        ("The army found 30 children abducted last month.", "captured"),
    ],
)
def test_people_freed_after_being_taken_are_counted_freed(nlp: Language, text: str, category: str) -> None:
    assert _figures(nlp, text)[0].category == category


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Global temperatures were 1.48°C above pre-industrial levels.", "celsius"),
        ("Highs will reach 104 °F on Friday.", "fahrenheit"),
        ("Temperatures fell to 12 degrees Fahrenheit overnight.", "fahrenheit"),
        ("Each bottle holds 750 ml of water.", "millilitre"),
        ("The ship sailed at 18 knots.", "knot"),
        ("Broadband speeds averaged 74 Mbps in rural areas.", "megabit per second"),
    ],
)
def test_temperatures_and_more_measures(nlp: Language, text: str, unit: str) -> None:
    assert _figures(nlp, text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("About 1.4 million people are now sheltering in Rafah.", "displaced"),
        ("At least 59 people had been lynched in the town.", "killed"),
        ("We buried 23 people on Tuesday, the imam said.", "killed"),
        ("The junta says 5,000 recruits will be called up.", "military"),
    ],
)
def test_sheltering_lynching_burying_and_recruits(nlp: Language, text: str, category: str) -> None:
    assert _figures(nlp, text)[0].category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The battalion had lost at least 60 men since the offensive began.", "killed"),
        # a firm losing staff loses no dead
        ("The company lost 60 men to the rival firm.", "other"),
    ],
)
def test_men_an_armed_unit_loses_are_its_dead(nlp: Language, text: str, category: str) -> None:
    assert _figures(nlp, text)[0].category == category


def test_the_first_count_of_a_list_after_a_colon_is_part_of_the_count_before(nlp: Language) -> None:
    """Armed men have a category of their own, but as part of the bodies found they are the dead."""
    text = "Thirteen bodies were found in the streets: eight guerrillas, four soldiers and a civilian."
    figures = _figures(nlp, text)
    assert [(f.value, f.category) for f in figures][:2] == [(13, "killed"), (8, "killed")]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The stock has fallen by a third since January.", 1 / 3, "down"),
        ("Sales fell by half in March.", 0.5, "down"),
    ],
)
def test_a_fraction_of_change_after_by(nlp: Language, text: str, value: float, qualifier: str) -> None:
    figure = _figures(nlp, text)[0]
    assert (figure.value, figure.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize("text", ["He won a third term.", "The attack was carried out by a third party."])
def test_an_ordinal_third_is_no_fraction(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []


def test_capitals_glued_to_one_digit_name_a_thing(nlp: Language) -> None:
    texts = [f.text for f in _figures(nlp, "Sony has shipped 40 million PS5 units and G7 ministers met in Rome.")]
    assert texts == ["40 million"]
    (pounds,) = _figures(nlp, "He was paid a PS6m bonus.")  # "£6m" as transliterated
    assert (pounds.value, pounds.unit) == (6_000_000, "GBP")


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The new line runs at up to 350 km/h.", "up to 350", "kilometre per hour"),
        ("Operators now sell 5G plans to 80 percent of homes.", "80", "percent"),
    ],
)
def test_units_after_a_number(nlp: Language, sentence: str, text: str, unit: str) -> None:
    assert [(f.text, f.unit) for f in _figures(nlp, sentence) if f.text == text] == [(text, unit)]


def test_a_verb_of_change_before_a_percentage_gives_its_direction(nlp: Language) -> None:
    (rise,) = _figures(nlp, "Consumer prices rose 0.6 per cent month-on-month.")
    assert rise.qualifier == "up"
    (cut,) = _figures(nlp, "The airline cut 900 jobs.")
    assert cut.qualifier == "exact"


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The bookshop keeps 300 titles in stock.", "other"),
        ("The defender grabbed 14 rebounds on Sunday.", "other"),
        ("Gunmen took 12 hostages at the hotel.", "captured"),
        ("Police held 40 protesters overnight.", "held"),
        ("The cyclone has claimed 240 lives in Mozambique.", "killed"),
        ("The new hospital saved 300 lives last year.", "other"),
    ],
)
def test_what_a_verb_of_many_senses_counts(nlp: Language, sentence: str, category: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)][:1] == [category]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The group posted a net profit of RM9 billion.", "RM9 billion", 9e9, "MYR"),
        ("Investors put in USD5 billion last year.", "USD5 billion", 5e9, "USD"),
    ],
)
def test_a_currency_glued_to_one_digit_before_a_scale_is_money(nlp: Language, sentence: str, text: str,
                                                               value: float, unit: str) -> None:
    assert [(f.text, f.value, f.unit) for f in _figures(nlp, sentence)] == [(text, value, unit)]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Gunmen took 12 foreigners hostage at the hotel.", "captured"),
        ("The bus crash took the lives of 14 pilgrims.", "killed"),
    ],
)
def test_a_verb_of_many_senses_with_a_captive_or_a_life(nlp: Language, sentence: str, category: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)][:1] == [category]


@pytest.mark.parametrize(
    "sentence",
    [
        "A construction worker fell 15 metres from scaffolding in Lyon on Tuesday.",
        "Nine people died when their bus plunged 50 metres into a gorge.",
        "Troops advanced 5 kilometres into the town on Sunday, the army said.",
        "The Jamaican jumped 7.1 metres to take the gold medal.",
        "The ferry sank 200 metres from the harbour wall.",
    ],
)
def test_a_length_a_mover_goes_is_a_distance_not_a_change(nlp: Language, sentence: str) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.unit in ("metre", "kilometre"))
    assert figure.qualifier == "exact"


def test_a_level_still_changes_by_a_length_and_a_price_by_a_percentage(nlp: Language) -> None:
    assert [(f.qualifier, f.unit) for f in _figures(nlp, "A roofer fell 15 metres from a ladder.")] == [
        ("exact", "metre")]
    assert [(f.qualifier, f.unit) for f in _figures(nlp, "The river level fell 1.5 metres, officials said.")] == [
        ("down", "metre")]
    assert [(f.qualifier, f.unit) for f in _figures(nlp, "Wheat prices fell 15 percent in March.")] == [
        ("down", "percent")]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Temperatures hit 40C in Seville on Friday.", "40C", 40, "celsius"),
        ("Overnight the temperature dropped to -12C.", "-12C", -12, "celsius"),
        ("Phoenix sweltered at 104F on Monday.", "104F", 104, "fahrenheit"),
        ("The new battery park stores 500MWh of electricity.", "500MWh", 500, "megawatt hour"),
        ("Winds of 185km/h lashed the coast.", "185", 185, "kilometre per hour"),
        ("Up to 20 centimetres of snow fell on the capital.", "Up to 20", 20, "centimetre"),
        ("The trawler sank 70 nautical miles off the coast.", "70", 70, "nautical mile"),
        ("The pipeline will carry 55 billion cubic metres of gas a year.", "55 billion", 55e9, "cubic metre"),
        ("Ten-year yields rose 15 basis points on Tuesday.", "15", 15, "basis point"),
    ],
)
def test_glued_symbols_and_two_word_measures_give_a_unit(nlp: Language, sentence: str, text: str, value: float,
                                                         unit: str) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_a_glued_scale_letter_after_a_label_noun_is_no_temperature(nlp: Language) -> None:
    assert [(f.text, f.unit) for f in _figures(nlp, "Temperatures reached 38.5C on Thursday.")] == [
        ("38.5C", "celsius")]
    assert _figures(nlp, "The device was found under seat 14F on the plane.") == []


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Ambulances took 30 people to hospital after the blast.", "injured"),  # carried to care: the wounded
        ("Buses took 400 residents to temporary shelters in the north.", "other"),
    ],
)
def test_people_taken_somewhere_are_not_captured(nlp: Language, sentence: str, category: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == [category]


def test_people_taken_into_custody_or_by_captors_are_captured(nlp: Language) -> None:
    assert [f.category for f in _figures(nlp, "Paramedics took 4 people to hospital with burns.")] == ["injured"]
    for sentence in ("Police took 9 suspects into custody.", "Gunmen took 14 villagers to an unknown location.",
                     "Rebels seized a cargo ship and took its 25 crew members to the port."):
        assert [f.category for f in _figures(nlp, sentence)] == ["captured"], sentence


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The flight lasted three and a half hours.", "three and a half", 3.5, "hour"),
        ("He waited 2 1/2 years for a trial date.", "2 1/2", 2.5, "year"),
        ("She was jailed for 2½ years in 2019.", "2½", 2.5, "year"),
        ("One and a half million people have fled the fighting.", "One and a half million", 1_500_000, None),
        ("The talks ran for two and three-quarters hours.", "two and three-quarters", 2.75, "hour"),
        ("Nearly one and a half billion people live in India.", "Nearly one and a half billion", 1.5e9, None),
    ],
)
def test_a_whole_number_and_a_fraction_are_one_number(nlp: Language, sentence: str, text: str, value: float,
                                                      unit: str | None) -> None:
    assert [(f.text, f.value, f.unit) for f in _figures(nlp, sentence)][:1] == [(text, pytest.approx(value), unit)]


def test_a_fraction_of_a_whole_after_and_stays_a_share(nlp: Language) -> None:
    assert [(f.text, f.value) for f in _figures(nlp, "The siege lasted two and a half months.")] == [
        ("two and a half", 2.5)]
    figures = _figures(nlp, "Turnout rose 4 and a third of voters backed the plan.")
    assert [(f.text, f.value) for f in figures] == [("4", 4), ("a third", pytest.approx(1 / 3))]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier"),
    [
        ("Exports to China rose 30-fold in a decade.", "30", 30, "up"),
        ("Officials reported a tenfold increase in cholera cases.", "tenfold", 10, "exact"),
        ("Rents have risen threefold in five years.", "threefold", 3, "up"),
        ("The number of drone attacks grew fourfold last year.", "fourfold", 4, "up"),
    ],
)
def test_a_fold_multiplier_is_a_figure(nlp: Language, sentence: str, text: str, value: float,
                                       qualifier: str) -> None:
    figure = _figures(nlp, sentence)[0]
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (text, value, None, qualifier)


def test_percentage_points_stay_percent_and_carry_the_change(nlp: Language) -> None:
    raised = _figures(nlp, "The central bank raised rates by 0.25 percentage points.")
    assert [(f.value, f.unit, f.qualifier) for f in raised] == [(0.25, "percent", "up")]
    narrowed = _figures(nlp, "The party's lead narrowed by three percentage points.")
    assert [(f.value, f.unit, f.qualifier) for f in narrowed] == [(3, "percent", "down")]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("A 40-tonne truck overturned on the motorway.", "truck"),
        ("A 5km exclusion zone was set up around the plant.", "exclusion zone"),
        ("Doctors removed a 3kg tumour from his abdomen.", "tumour"),
    ],
)
def test_a_measure_before_a_noun_measures_that_noun(nlp: Language, sentence: str, counted: str) -> None:
    assert _figures(nlp, sentence)[0].counted == counted


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Soldiers escorted 150 civilians out of the besieged town.", "displaced"),
        ("Buses ferried 900 residents from the shelled district overnight.", "displaced"),
        ("About 600 villagers were moved out of the valley before the offensive.", "displaced"),
        ("Medics led 40 families away from the front line.", "displaced"),
    ],
)
def test_people_moved_out_of_where_they_live_are_displaced(nlp: Language, sentence: str, category: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == [category]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stewards escorted 30 fans out of the stadium.",  # a venue, no place people live
        "Volunteers escorted 300 pilgrims to the city.",  # taken to a place, not out of one
        "The firm moved 200 jobs out of the city.",  # no people
    ],
)
def test_people_moved_elsewhere_are_not_displaced(nlp: Language, sentence: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == ["other"]


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("Two nurses were among 19 people killed in the shelling.", ["killed", "killed"]),
        ("Five Britons were among at least 60 people wounded on Friday.", ["injured", "injured"]),
        ("Three teenagers were among 45 people arrested after the riot.", ["captured", "captured"]),
        ("Two Kenyans were among 180 passengers on the ferry.", ["other", "other"]),
    ],
)
def test_a_part_among_a_counted_whole_shares_its_fate(nlp: Language, sentence: str, categories: list[str]) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == categories


@pytest.mark.parametrize(
    ("sentence", "text", "value", "low", "high", "qualifier"),
    [
        ("The former president turned 90 on Saturday.", "90", 90, None, None, "exact"),
        ("She turns 18 in June and will vote for the first time.", "18", 18, None, None, "exact"),
        ("Children under 16 may not enter the zone.", "under 16", 16, None, None, "less_than"),
        ("Those over 70 were urged to stay indoors.", "over 70", 70, None, None, "more_than"),
        ("Men under 60 were told to report for duty.", "under 60", 60, None, None, "less_than"),
        ("A woman in her 40s was hit by shrapnel.", "40s", None, 40, 49, "range"),
        ("The driver, a man in his late 50s, fled.", "50s", None, 50, 59, "range"),
    ],
)
def test_ages_without_aged_or_old(nlp: Language, sentence: str, text: str, value: Any, low: Any, high: Any,
                                  qualifier: str) -> None:
    figure = _figures(nlp, sentence)[0]
    assert (figure.text, figure.value, figure.low, figure.high, figure.qualifier, figure.unit, figure.category) == (
        text, value, low, high, qualifier, "year", "age")


@pytest.mark.parametrize(
    "sentence",
    [
        "The share index turned 100 points lower.",  # no person
        "Villages under 500 residents get no clinic.",  # a number counting a noun
        "Prisoners under 18 months into their sentence were released first.",  # a span of time, not infants
        "Music from the 80s played at the rally.",  # a decade of the calendar
    ],
)
def test_numbers_near_age_words_that_are_no_age(nlp: Language, sentence: str) -> None:
    assert all(f.category != "age" for f in _figures(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The forint weakened 0.8 percent against the euro.", "down"),
        ("The peso strengthened 1.5 percent on Thursday.", "up"),
        ("Copper firmed 0.9 percent in Shanghai.", "up"),
        ("The lira depreciated 3 percent in a month.", "down"),
        ("The won softened 0.4 percent after the data.", "down"),
        ("European shares rebounded 2 percent on Monday.", "up"),
    ],
)
def test_market_verbs_of_change(nlp: Language, sentence: str, qualifier: str) -> None:
    assert [(f.unit, f.qualifier) for f in _figures(nlp, sentence)][:1] == [("percent", qualifier)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Arsenal won 2-1 at Anfield on Sunday.",
        "The hosts beat Benfica 3-0 in the first leg.",
        "United lost 4-2 to the league leaders.",
        "A 3-1 victory sent them top of the table.",
        "She won the 400m in a season's best time.",
        "Kenya swept the women's 800m final.",
        "The army fired 155mm artillery shells at the ridge.",
        "Police recovered a 9mm pistol from the car.",
    ],
)
def test_results_races_and_calibres_are_no_figures(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


def test_ranges_and_distances_like_results_stay_figures(nlp: Language) -> None:
    assert [(f.low, f.high) for f in _figures(nlp, "Police beat 3-4 demonstrators with batons.")] == [(3, 4)]
    assert [(f.value, f.unit) for f in _figures(nlp, "He ran the last 100 metres with a limp.")] == [(100, "metre")]
    assert [(f.low, f.high) for f in _figures(nlp, "The visitors held a 9-2 lead at the break.")] == [(2, 9)]


def test_the_maturity_of_a_security_is_no_duration(nlp: Language) -> None:
    figures = _figures(nlp, "The yield on 10-year Treasuries rose 6 basis points.")
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [(6, "basis point", "up")]
    loan = _figures(nlp, "The bank approved a 30-year loan for the port.")
    assert [(f.value, f.unit, f.category) for f in loan] == [(30, "year", "duration")]


@pytest.mark.parametrize(
    ("sentence", "qualifier", "category"),
    [
        ("The rebels handed over 6 captured soldiers to the Red Cross.", "exact", "released"),
        ("Students took over 2 campus buildings in protest.", "exact", "other"),
        ("Troops freed 11 abducted farmers on Tuesday.", "exact", "released"),
    ],
)
def test_a_particle_over_is_no_bound_and_a_release_frees_captives(nlp: Language, sentence: str, qualifier: str,
                                                                   category: str) -> None:
    assert [(f.qualifier, f.category) for f in _figures(nlp, sentence)] == [(qualifier, category)]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The junta pardoned 1,500 prisoners on Independence Day.", "released"),
        ("Kidnappers set free 8 nuns after two weeks.", "released"),
        ("Some 3,000 people sought refuge in churches.", "displaced"),
        ("About 700 families took refuge in a school.", "displaced"),
    ],
)
def test_pardons_setting_free_and_seeking_refuge(nlp: Language, sentence: str, category: str) -> None:
    assert _figures(nlp, sentence)[0].category == category


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The death toll passed 1,000 on Monday.", "more_than"),
        ("Losses topped $4 billion last year.", "more_than"),
        ("Inflation exceeded 9 percent in May.", "more_than"),
        ("The convoy passed 5 checkpoints on the way.", "exact"),
        ("The missile passed 200 metres from the ship.", "exact"),  # how near, not a level
    ],
)
def test_a_level_passed_is_a_lower_bound(nlp: Language, sentence: str, qualifier: str) -> None:
    assert _figures(nlp, sentence)[0].qualifier == qualifier


def test_a_level_changes_by_a_length_when_misparsed(nlp: Language) -> None:
    assert [f.qualifier for f in _figures(nlp, "The lake rose 2 metres overnight.")] == ["up"]
    assert [f.qualifier for f in _figures(nlp, "The hiker fell 20 metres overnight.")] == ["exact"]


def test_a_factor_then_the_level_reached_is_no_range(nlp: Language) -> None:
    figures = _figures(nlp, "Seizures of cocaine rose tenfold to 5 tonnes.")
    assert [(f.text, f.qualifier, f.unit) for f in figures] == [("tenfold", "up", None), ("5", "exact", "tonne")]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The Danube fell 3 metres to its lowest level in a century.", "down"),  # a named river
        ("Lake Chad shrank 50 km in two decades.", "down"),
        ("Average rainfall fell 20 millimetres in the region.", "down"),
        ("The Taliban advanced 5 km on Sunday.", "exact"),  # a named party moves
    ],
)
def test_a_named_body_of_water_or_rainfall_changes_by_a_length(nlp: Language, sentence: str, qualifier: str) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.unit in ("metre", "kilometre", "millimetre"))
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    "sentence",
    [
        "Police took 20 protesters to a detention centre.",
        "Police took 7 people to the police station for questioning.",
        "Armed men took 23 passengers to the bush.",
    ],
)
def test_people_taken_into_custody_or_by_armed_men_are_captured(nlp: Language, sentence: str) -> None:
    assert [f.category for f in _figures(nlp, sentence)] == ["captured"]


def test_a_house_number_before_a_street_is_no_temperature(nlp: Language) -> None:
    assert _figures(nlp, "The fire started at 3C Baker Street.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("Police beat 2-3 of the protesters with batons.", "2-3", 2.0, 3.0),
        ("The army lost 10-15 in the ambush, a source said.", "10-15", 10.0, 15.0),
        ("The coalition could lose 8-10 in the election, analysts said.", "8-10", 8.0, 10.0),
    ],
)
def test_a_rising_pair_after_a_verb_of_winning_is_a_range(
        nlp: Language, sentence: str, span: str, low: float, high: float) -> None:
    figure = next(f for f in _figures(nlp, sentence) if f.text == span)
    assert (figure.low, figure.high, figure.qualifier) == (low, high, "range")


@pytest.mark.parametrize(
    "sentence", ["The band revived their 90s hits at the rally.", "The party has revived their 80s slogans."])
def test_a_decade_modifying_a_noun_is_no_age(nlp: Language, sentence: str) -> None:
    assert all(f.category != "age" for f in _figures(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Rebels hold the 10 km final stretch of the road.", 10.0),
        ("The migrants ran the 2 km to the fence before police intervened.", 2.0),
        ("The fence runs the 200 metres from the gate to the school.", 200.0),
    ],
)
def test_a_distance_covered_or_before_a_modified_noun_is_no_race(nlp: Language, sentence: str, value: float) -> None:
    assert [f.value for f in _figures(nlp, sentence)] == [value]


def test_a_prisoner_swap_is_no_security(nlp: Language) -> None:
    [figure] = _figures(nlp, "Talks on a 2-week prisoner swap resumed on Monday.")
    assert (figure.value, figure.category) == (2.0, "duration")


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The army moved 3,000 troops away from the border.", "military"),
        ("Rebels moved 60 hostages from the village to the mountains.", "held"),
        ("Police escorted 12 suspects out of the town.", "other"),
        ("Soldiers escorted 400 civilians out of the city.", "displaced"),
    ],
)
def test_only_civilians_moved_out_of_a_place_are_displaced(nlp: Language, sentence: str, category: str) -> None:
    [figure] = _figures(nlp, sentence)
    assert figure.category == category


@pytest.mark.parametrize(
    "sentence",
    [
        "Police passed 2 kg of heroin to the informant.",
        "He passed $5,000 to the smuggler.",
        "The refugees passed 3 days in the forest without food.",
        "Helicopters lifted 2 tonnes of aid to the town.",
        "The crane lifted 20 tonnes of rubble from the street.",
    ],
)
def test_goods_handed_on_time_spent_and_loads_lifted_are_exact(nlp: Language, sentence: str) -> None:
    [figure] = _figures(nlp, sentence)
    assert figure.qualifier == "exact"


def test_a_group_under_a_number_gives_its_size_not_an_age(nlp: Language) -> None:
    [figure] = _figures(nlp, "Families under 3 were given smaller tents.")
    assert figure.category != "age"


def test_people_taken_to_an_aid_groups_headquarters_are_not_captured(nlp: Language) -> None:
    [figure] = _figures(nlp, "Police took 20 children to the headquarters of the aid group.")
    assert figure.category != "captured"


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # the whole of a part taken or freed are the captives the part is of
        ("Gunmen released 10 of the 25 students.", "released"),
        ("Rebels freed 12 of the 40 hostages on Sunday.", "released"),
        ("The kidnappers released 3 of the 9 aid workers.", "released"),
        ("Bandits abducted 20 of the 50 passengers on the bus.", "captured"),
        # a word of its own still decides; the whole of the dead did not all die
        ("Militants released 17 of the 23 abducted workers.", "captured"),
        ("The crash killed 10 of the 25 passengers.", "other"),
    ],
)
def test_the_whole_of_captives_shares_the_parts_category(nlp: Language, sentence: str, category: str) -> None:
    part, whole = _figures(nlp, sentence)
    assert part.category != "other"
    assert whole.category == category


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The fighting displaced 60,000 people across 4 provinces.", "displaced"),
        ("Floods displaced 3,000 families in 12 districts.", "displaced"),
        ("Airstrikes killed 40 civilians in three towns.", "killed"),
        ("Militants abducted 30 villagers from 2 villages.", "captured"),
        ("The army evacuated 500 residents from five villages.", "displaced"),
    ],
)
def test_a_count_of_places_is_no_count_of_people(nlp: Language, sentence: str, category: str) -> None:
    people, places = _figures(nlp, sentence)
    assert (people.category, places.category) == (category, "other")


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The 400m deal was signed on Monday.", 400_000_000, None),
        ("Kenya took a 20m loan from the bank.", 20_000_000, None),
        ("The ministry cut the 90m budget.", 90_000_000, None),
        ("They signed a 15m contract for drones.", 15_000_000, None),
        # before other nouns "m" stays metres
        ("A 10m wall was built along the border.", 10, "metre"),
        ("Divers searched a 400m stretch of the river.", 400, "metre"),
    ],
)
def test_m_before_a_sums_noun_is_million(nlp: Language, sentence: str, value: float, unit: str | None) -> None:
    [figure] = _figures(nlp, sentence)
    assert (figure.value, figure.unit) == (value, unit)
