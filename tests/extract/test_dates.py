"""Date resolution against the article date: absolute, partial, relative and non-dates."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract.dates import PartialDate, as_day, day_fields, find_dates, is_upper_case, period_of, resolve_date

ARTICLE = dt.date(2023, 11, 30)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on October 7", "2023-10-07"),
        ("7 October", "2023-10-07"),
        ("Oct. 7", "2023-10-07"),
        ("November 24, 2023", "2023-11-24"),
        ("on Friday", "2023-11-24"),
        ("late on Monday", "2023-11-27"),
        ("Thursday", "2023-11-30"),
        ("Friday evening", "2023-11-24"),
        ("yesterday", "2023-11-29"),
        ("in 2011", "2011"),
        ("in October", "2023-10"),
        ("in December", "2022-12"),
        ("last month", "2023-10"),
        ("last year", "2022"),
        ("December 25", "2022-12-25"),
        ("next Tuesday", "2023-12-05"),
        ("on next Friday", "2023-12-01"),
    ],
)
def test_expression_resolves_against_article_date(text: str, expected: str) -> None:
    assert resolve_date(text, ARTICLE) == expected


@pytest.mark.parametrize(
    "text",
    ["six days", "five years prior", "over the next two days", "since Friday", "the same period", "10-month-old",
     "for the next week"],
)
def test_durations_and_spans_are_not_dates(text: str) -> None:
    assert resolve_date(text, ARTICLE) is None


def test_relative_expression_without_article_date_is_unresolved() -> None:
    assert resolve_date("on Friday", None) is None


def test_absolute_expression_without_article_date_still_resolves() -> None:
    assert resolve_date("March 3, 2024", None) == "2024-03-03"


def test_a_decade_is_not_a_year() -> None:
    assert resolve_date("the 1990s", ARTICLE) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Since the pause began on November 24, 102 hostages have been freed.", [("November 24", "2023-11-24")]),
        ("Notably, in 2011, over 1,000 Palestinians were released in exchange for Israeli soldier Gilad Shalit.",
         [("2011", "2011")]),
        ("Israel released 1,027 prisoners in October 2011 in exchange for one soldier.",
         [("October 2011", "2011-10")]),
        ("It is worth noting that in October, Hamas demanded the release of all Palestinian prisoners.",
         [("October", "2023-10")]),
        ("The first hostages crossed into Egypt at Rafah on Friday evening in Red Cross vehicles.",
         [("Friday evening", "2023-11-24")]),
        ("The ceasefire took effect at 7 a.m. on Friday, Oct. 13, 2023, officials said.",
         [("Friday, Oct. 13, 2023", "2023-10-13")]),
        ("Hamas may release more hostages, an official said.", []),
        ("Prices rose in the 1990s and have held for six days.", []),
    ],
)
def test_find_dates_reads_the_date_expressions_of_a_sentence(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(sentence, ARTICLE)
    assert [(m.text, m.iso) for m in found] == expected
    assert all(sentence[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("iso", "first", "last"),
    [
        ("2011", dt.date(2011, 1, 1), dt.date(2011, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-11-24", dt.date(2023, 11, 24), dt.date(2023, 11, 24)),
    ],
)
def test_period_of_an_iso_date_as_precise_as_written(iso: str, first: dt.date, last: dt.date) -> None:
    assert period_of(iso) == (first, last)


@pytest.mark.parametrize("iso", [None, "", "Friday", "2023-13"])
def test_period_of_a_non_date_is_none(iso: str | None) -> None:
    assert period_of(iso) is None


def test_a_year_only_day_sorts_among_days_and_prints_as_the_year() -> None:
    year = as_day("2011")
    assert isinstance(year, PartialDate)
    assert year.isoformat() == "2011" and str(year) == "2011"
    assert sorted([dt.date(2023, 11, 24), year]) == [year, dt.date(2023, 11, 24)]
    assert as_day("2023-10") is not None and as_day("2023-10").isoformat() == "2023-10"  # type: ignore[union-attr]
    assert as_day("2023-11-24") == dt.date(2023, 11, 24) and not isinstance(as_day("2023-11-24"), PartialDate)


def test_day_fields_keep_a_full_date_and_say_its_precision() -> None:
    assert day_fields(as_day("2011")) == {"day": "2011-01-01", "day_precision": "year"}
    assert day_fields(dt.date(2023, 11, 24)) == {"day": "2023-11-24", "day_precision": "day"}
    assert day_fields(None) == {"day": None, "day_precision": None}


WIRE_ARTICLE = dt.date(1989, 11, 20)  # a Monday; wire archives of the time are all upper case


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("THE TWO PRIESTS WERE SHOT DEAD ON 16 NOVEMBER AT THEIR RESIDENCE.", [("16 NOVEMBER", "1989-11-16")]),
        ("LIMA, 16 NOV 89 (AFP) -- [TEXT] A CAR BOMB EXPLODED.", [("16 NOV 89", "1989-11-16")]),
        ("THE JUDGE WAS ABDUCTED 9 DAYS AGO ON HIS WAY TO COURT.", [("9 DAYS AGO", "1989-11-11")]),
        ("REBELS BLEW UP TWO POWER PYLONS LAST NIGHT, THE ARMY SAID YESTERDAY.",
         [("LAST NIGHT", "1989-11-19"), ("YESTERDAY", "1989-11-19")]),
        ("A GRENADE WAS THROWN AT THE EMBASSY THIS MORNING.", [("THIS MORNING", "1989-11-20")]),
        ("THE OFFENSIVE BEGAN ON SATURDAY, 11 NOVEMBER 1989.", [("SATURDAY, 11 NOVEMBER 1989", "1989-11-11")]),
        ("THE TALKS BROKE DOWN IN SEPTEMBER AND RESUMED ON 5 MAY.",
         [("SEPTEMBER", "1989-09"), ("5 MAY", "1989-05-05")]),
        ("THE DEATH SQUADS MAY STRIKE AGAIN, A PRIEST WARNED LAST WEEK.", []),
        ("THE COMMANDER MET REPORTERS IN MAR DEL PLATA.", []),
    ],
)
def test_upper_case_wire_text_has_its_dates_read(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(sentence, WIRE_ARTICLE)
    assert [(m.text, m.iso) for m in found] == expected
    assert all(sentence[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("USA TODAY reported the findings on Wednesday.", [("Wednesday", "2023-11-29")]),
        ("The SUNDAY TIMES said that protesters may march in the capital.", []),
        ("Gunmen seized the mayor two days ago, his family said this morning.",
         [("two days ago", "2023-11-28"), ("this morning", "2023-11-30")]),
    ],
)
def test_capitals_in_mixed_case_text_are_not_read_as_wire_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.iso) for m in find_dates(sentence, ARTICLE)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16 NOV 89", "1989-11-16"),
        ("9 DAYS AGO", "1989-11-11"),
        ("two days ago", "1989-11-18"),
        ("the day before yesterday", "1989-11-18"),
        ("three weeks ago", None),
        ("LAST WEEK", None),
        ("LAST NIGHT", "1989-11-19"),
    ],
)
def test_days_counted_back_and_two_digit_years_resolve(text: str, expected: str | None) -> None:
    assert resolve_date(text, WIRE_ARTICLE) == expected


@pytest.mark.parametrize(
    ("text", "upper"),
    [("GUERRILLAS ATTACKED A POLICE POST.", True), ("Guerrillas attacked a police post.", False),
     ("USA TODAY said so.", False), ("OK", False)],
)
def test_upper_case_text_is_told_from_mixed_case(text: str, upper: bool) -> None:
    assert is_upper_case(text) is upper


def test_what_date_arithmetic_makes_of_a_partial_date_is_a_plain_day() -> None:
    import pickle

    year = PartialDate.of("2011")
    next_day = year + dt.timedelta(days=1)
    assert str(year) == "2011" and str(next_day) == "2011-01-02" and str(year.replace(month=3)) == "2011-03-01"
    assert pickle.loads(pickle.dumps(next_day)) == dt.date(2011, 1, 2)
    assert str(pickle.loads(pickle.dumps(year))) == "2011"


def _example_sentences() -> list[str]:
    """Sentences of the bundled example articles (real wire text), split at full stops."""
    from importlib import resources

    examples = resources.files("parley.examples")
    texts = [examples.joinpath(name).read_text(encoding="utf-8")
             for name in ("seed-2023-11-30.txt", "nuseirat-2024-06-09.html", "ankara-swap-2024-08-01.jsonl")]
    return [s for text in texts for s in text.split(". ") if s.strip()]


def test_the_quick_test_before_the_date_patterns_never_hides_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.extract import dates

    sentences = [*_example_sentences(), "Fighting resumed in mid-January, a week after the vote.",
                 "THE PRIEST WAS KIDNAPPED TWO DAYS AGO.", "He was seen the day before yesterday.",
                 "In early 2011 the talks began.", "GUNMEN ATTACKED THE CONVOY ON 3 JAN 90."]
    quick = [[(m.text, m.iso) for m in find_dates(s, ARTICLE)] for s in sentences]
    monkeypatch.setattr(dates, "_may_hold_date", lambda text, upper: True)
    assert quick == [[(m.text, m.iso) for m in find_dates(s, ARTICLE)] for s in sentences]
    assert sum(1 for found in quick if found) >= 10  # the articles do name dates
