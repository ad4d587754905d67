"""Publication dates on ingest: years written with two digits, days in the future or before 1900,
ISO basic dates, and a bare ISO date alone on a text file's first line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.ingest import document_from_text, read_inputs
from parley.ingest._dates import parse_date

TOMORROW = dt.date.today() + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("20240116", None, dt.date(2024, 1, 16)),  # ISO 8601 basic form
        ("20240116T0630+0630", None, dt.date(2024, 1, 16)),
        ("16.01.24", "DMY", dt.date(2024, 1, 16)),  # declared order: the year is last, 00-68 -> 20xx
        ("01/16/24", "MDY", dt.date(2024, 1, 16)),
        ("31/12/98", "DMY", dt.date(1998, 12, 31)),  # 69-99 -> 19xx
        ("14-Feb-22", "DMY", dt.date(2022, 2, 14)),  # a month name: the declared order puts the year last
        ("14 February 22", "DMY", dt.date(2022, 2, 14)),
        ("Feb 14, 22", "MDY", dt.date(2022, 2, 14)),
        ("Monday 14 Feb 22", "DMY", dt.date(2022, 2, 14)),
        ("14 Feb 2022 09:15", "DMY", dt.date(2022, 2, 14)),  # the minutes are no two-digit year
        ("2022-02-14T23:59:59.5Z", None, dt.date(2022, 2, 14)),
        ("2022-02-14T", None, dt.date(2022, 2, 14)),
        ("14/02/22 09:15", "DMY", dt.date(2022, 2, 14)),
        ("Tue, 16 Jan 24 06:30:00 +0630", None, dt.date(2024, 1, 16)),  # RFC 2822 places the year itself
        ("16 January 2024", None, dt.date(2024, 1, 16)),
        ("16 січня 2024", None, dt.date(2024, 1, 16)),
        ("٣٠/١١/٢٠٢٣", None, dt.date(2023, 11, 30)),  # Arabic-Indic digits, year in full
        ("1 January 1900", None, dt.date(1900, 1, 1)),
        (TOMORROW.isoformat(), None, TOMORROW),  # a day's grace for zones ahead of this clock
        (dt.datetime(2019, 4, 6, 23, 0), None, dt.date(2019, 4, 6)),
    ],
)
def test_dates_with_a_known_year_are_read(value: object, order: str | None, expected: dt.date) -> None:
    assert parse_date(value, order=order) == expected


@pytest.mark.parametrize(
    ("value", "order", "reason"),
    [
        ("31.02.23", None, "two digits"),  # dateparser alone read 23 February 2031
        ("16.01.24", None, "two digits"),
        ("16 Jan 24", None, "two digits"),
        ("Jan 16, '24", None, "two digits"),
        ("14-Feb-22", None, "--date-order"),  # no declared order: refused as before, with the way out
        ("Feb 22", "DMY", "absolute day"),  # no day: the 22 is not read as a year and padded
        ("14 02 22", "DMY", "two digits"),  # no month name and no date separators: not a shape we read
        ("14-Feb-41", "DMY", "in the future"),
        ("2022-02-14T25:00", None, "time of day '25:00' does not exist"),
        ("2022-02-14T23:60", None, "does not exist"),
        ("20220214T2630", None, "does not exist"),
        ("2022-02-14 99", None, "does not exist"),
        ("14/02/22 24:30", "DMY", "does not exist"),
        ("31.02.23", "DMY", "not a calendar date"),
        ("25.12.60", "DMY", "in the future"),
        ("2071-06-01", None, "in the future"),
        ((TOMORROW + dt.timedelta(days=1)).isoformat(), None, "in the future"),
        ("9 March 2041", None, "in the future"),
        (dt.date(2099, 1, 1), None, "in the future"),
        ("1019-04-06", None, "before 1900"),
        ("26/04/0019", None, "before 1900"),
        ("20240230", None, "not a calendar date"),
    ],
)
def test_guessed_impossible_or_implausible_dates_are_refused_with_the_reason(
    value: object, order: str | None, reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(value, order=order)


@pytest.mark.parametrize(
    ("text", "day", "body"),
    [
        ("2024-01-16\nTroops retook Hpakant.", dt.date(2024, 1, 16), "Troops retook Hpakant."),
        (" 2024-01-16 \r\n\r\nTroops retook Hpakant.", dt.date(2024, 1, 16), "Troops retook Hpakant."),
        ("2024-01-16\nYANGON, Jan 17, 2024 (Reuters) - Troops retook Hpakant.", dt.date(2024, 1, 16),
         "YANGON, Jan 17, 2024 (Reuters) - Troops retook Hpakant."),  # the line wins over the dateline
        # text on the date's line, another shape, or a date later in the text: the text as written
        ("2024-01-16 Troops retook Hpakant.", None, "2024-01-16 Troops retook Hpakant."),
        ("2024-01-16: Troops retook Hpakant.", None, "2024-01-16: Troops retook Hpakant."),
        ("2024-01-16 to 2024-01-18\nTroops retook Hpakant.", None, "2024-01-16 to 2024-01-18\nTroops retook Hpakant."),
        ("16/01/2024\nTroops retook Hpakant.", None, "16/01/2024\nTroops retook Hpakant."),
        ("20240116\nTroops retook Hpakant.", None, "20240116\nTroops retook Hpakant."),
        ("2024-1-16\nTroops retook Hpakant.", None, "2024-1-16\nTroops retook Hpakant."),
        ("Timeline\n2024-01-16\nTroops retook Hpakant.", None, "Timeline\n2024-01-16\nTroops retook Hpakant."),
        ("2024-01-16", None, "2024-01-16"),  # a date and nothing else is no article with a date
    ],
)
def test_a_bare_iso_date_alone_on_the_first_line_dates_the_article(
    text: str, day: dt.date | None, body: str
) -> None:
    document = document_from_text(text)
    assert (document.date, document.text) == (day, body)


@pytest.mark.parametrize("first_line", ["2024-02-30", "2064-01-16", "date 2064-01-16"])
def test_a_first_line_date_that_is_no_plausible_day_is_refused(first_line: str) -> None:
    with pytest.raises(InputError, match="not a valid date"):
        document_from_text(f"{first_line}\nTroops retook Hpakant.")


def test_a_text_file_is_dated_by_its_bare_first_line_and_a_dump_keeps_its_text(tmp_path: Path) -> None:
    (tmp_path / "hpakant.txt").write_text("2024-01-16\nTroops retook Hpakant.\n", encoding="utf-8")
    (tmp_path / "dump.jsonl").write_text('{"text": "2024-01-16\\nTroops retook Hpakant."}\n', encoding="utf-8")
    documents = [d for d in read_inputs([tmp_path]) if not isinstance(d, InputError)]
    by_name = {Path(d.origin or "").name.split(":")[0]: (d.date, d.text) for d in documents}
    day = dt.date(2024, 1, 16)
    assert by_name["hpakant.txt"] == (day, "Troops retook Hpakant.")
    assert by_name["dump.jsonl"] == (day, "2024-01-16\nTroops retook Hpakant.")  # a dump's text is verbatim
