"""Wire datelines: which headers are read as one, and where the story after them starts."""

from __future__ import annotations

import pytest

from parley.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "dateline", "outlet"),
    [
        ("KHARTOUM, May 22 (Reuters) - Sudan's warring parties agreed to a ceasefire.",
         "KHARTOUM, May 22 (Reuters) -", "Reuters"),
        ("PORT-AU-PRINCE, March 10 (AFP) - Armed gangs attacked the palace.",
         "PORT-AU-PRINCE, March 10 (AFP) -", "AFP"),
        ("CAMBRIDGE, Mass., Dec. 11 (UPI) — Students protested.", "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "UPI"),
        ("RENO, Nev. (AP) — The senator spoke.", "RENO, Nev. (AP) —", "AP"),
        ("JERUSALEM — Israel said it would extend the truce.", "JERUSALEM —", None),
        ("SAN SALVADOR, 3 JAN 90 -- [REPORT] [COPREFA] [TEXT] THE ARMY REPORTED CLASHES.",
         "SAN SALVADOR, 3 JAN 90 -- [REPORT] [COPREFA] [TEXT]", None),
        ("ROME (ITALY), 11 JAN 90 -- [TEXT] ZAMORA SAID.", "ROME (ITALY), 11 JAN 90 -- [TEXT]", None),
        ("Lima, 20 Aug 88 (EFE) -- [Excerpts] The prosecutor said.", "Lima, 20 Aug 88 (EFE) -- [Excerpts]", "EFE"),
        ("Gangs storm prisons\n\nPORT-AU-PRINCE (Reuters) - Gangs freed inmates.", "PORT-AU-PRINCE (Reuters) -",
         "Reuters"),
    ],
)
def test_wire_headers_are_datelines_up_to_their_dash_and_labels(text: str, dateline: str, outlet: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert text[found.start : found.end] == dateline
    assert found.outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        "US-China talks resumed on Monday.",
        "Israel-Hamas truce holds - for now.",
        "JERUSALEM - a city of three faiths.",  # a hyphen after a bare place is no dateline dash
        "Hamas (the Islamist group) - which runs Gaza - said it would free hostages.",
        "Israel — and its allies — welcomed the deal.",  # a bare place must be in capitals
        "The army said 12 people died. KABUL (AP) — A second blast hit.",  # not at a paragraph start
        "NATO — which has 32 members — said it would send 300 troops.",  # an aside, not a dateline
        "On Monday, March 4 - the day after the raid - police arrested 12 people.",
        "US — China talks resumed on Monday.",  # too short for a bare place
        "BREAKING — 2 killed in Gaza strike.",  # a kicker, not a place
        "Lead paragraph.\n\nSecond.\n\nJERUSALEM — Israel said.",  # a bare place past the second paragraph
    ],
)
def test_sentences_with_dashes_are_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_a_month_first_day_with_a_year_is_given_for_ingest_to_date_the_article() -> None:
    found = find_dateline("WASHINGTON, Nov. 30, 2023 (Reuters) -- The U.S. welcomed the extension.")
    assert found is not None
    assert (found.month_first_date, found.year) == ("Nov. 30, 2023", "2023")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("BREAKING — Israel and Hamas agree truce\n\nJERUSALEM (AP) — Israel and Hamas agreed.", "AP"),
        ("EDITOR'S NOTE — This story has graphic details.\n\nGAZA (AP) — Strikes hit Rafah.", "AP"),
        ("Israel-Hamas war, Day 30 — what to know\n\nGAZA, Nov 6 (Reuters) - Israel struck.", "Reuters"),
        ("GAZA (Reuters) -Sudan said the talks failed.", "Reuters"),  # no space after the dash
        ("Truce holds\n\nBy Jane Doe\n\nJERUSALEM (AP) — Israel said.", "AP"),  # after a byline
        ("Truce holds\n\nUpdated 3:45 PM\n\nGAZA, Nov 30 (Reuters) - Israel said.", "Reuters"),
    ],
)
def test_an_agency_dateline_is_found_past_a_headline_with_a_dash(text: str, outlet: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.outlet == outlet
