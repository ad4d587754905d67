"""Threatened acts read in their sense, supplies cut, and 'hack' done with a blade.

Sentences are written for these tests in the style of conflict wire copy (not taken from the
evaluation sets). A threat's mode is that of the act it threatens, read as the act would be read if
done: closing a crossing or blocking the internet restricts (THREATEN restrict), seizing a town or
taking control of oil fields is a threat to territory (THREATEN territory), cutting a party's gas or
electricity withholds it (COERCE withhold, so a threat of it restricts). Cutting aid or ties stays a
sanction; a storm cutting power, cut prices or seizing power are not these. 'Hacked to death' is
killed with a blade (ASSAULT primitive); hackers hacking servers stay a cyber attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language


def _threat_modes(nlp: Language, text: str) -> set[str | None]:
    """The modes of the THREATEN events of ``text``."""
    return {e.mode for e in events_in(nlp, text) if e.type == "THREATEN"}


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Hamas threatened to close the Rafah crossing if the aid was not allowed through.", "restrict"),
        ("The Taliban threatened to close the Torkham border crossing with Pakistan.", "restrict"),
        ("The junta threatened to block the internet ahead of the vote.", "restrict"),
        ("Ethiopian authorities threatened to shut down the internet in Amhara region.", "restrict"),
        ("Moscow threatened to cut gas supplies to Moldova over its debts.", "restrict"),
        ("Israel threatened to cut off electricity to Gaza unless the hostages were freed.", "restrict"),
        ("China has threatened to seize Taiwan by force.", "territory"),
        ("M23 rebels threatened to capture Goma.", "territory"),
        ("Islamist militants threatened to take over the town of Djibo.", "territory"),
        ("Al-Shabaab threatened to take control of the airport in Kismayo.", "territory"),
        # guards: other threatened acts keep their modes
        ("Algeria threatened to sever diplomatic ties with Morocco.", "relations"),
        ("Washington threatened to cut aid to Ethiopia.", "relations"),
        ("Kim Jong Un threatened to attack US bases in Guam.", "violence"),
        ("The generals threatened to seize power if the president did not resign.", "violence"),
        ("Iran threatened to seize more ships in the Gulf.", "violence"),
    ],
)
def test_threat_mode_from_the_sense_of_the_act(nlp: Language, sentence: str, mode: str) -> None:
    assert _threat_modes(nlp, sentence) == {mode}


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia cut off gas supplies to Bulgaria and Poland.",
        "Israel cut electricity to the Gaza Strip on Monday.",
        "The militia cut the water supply to Tripoli for three days.",
        "Houthi forces cut off fuel deliveries to Taiz.",
        "Serbian authorities cut electricity to four northern municipalities of Kosovo.",
    ],
)
def test_supplies_cut_by_a_party_are_withheld(nlp: Language, sentence: str) -> None:
    assert ("COERCE", "withhold") in types_and_modes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States cut aid to Ethiopia over the Tigray war.",
        "Bolivia cut diplomatic ties with Israel.",
        "A storm cut power to 200,000 homes in Florida.",
        "Egypt cut fuel subsidies again in March.",
        "The Kremlin cut gas prices for Armenia.",
        "The ruling cut the power of the regional courts.",
        "The company cut gas supplies to customers who had not paid.",
    ],
)
def test_other_cuts_withhold_nothing(nlp: Language, sentence: str) -> None:
    assert ("COERCE", "withhold") not in types_and_modes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Suspected herders hacked 12 farmers to death with machetes in Benue state.",
        "Three villagers were hacked to death by Fulani militants in Plateau state on Sunday.",
        "ADF rebels hacked at least 20 civilians to death near Beni overnight.",
        "Gang members hacked two police officers with machetes in Port-au-Prince.",
    ],
)
def test_hacked_with_a_blade_is_an_assault(nlp: Language, sentence: str) -> None:
    found = types_and_modes(nlp, sentence)
    assert ("ASSAULT", "primitive") in found
    assert ("COERCE", "cyber") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian hackers hacked the email servers of the German parliament.",
        "Iranian hackers hacked the websites of several Israeli ministries.",
        "Critics said the reform was hacked to pieces by the senate.",
    ],
)
def test_hacking_without_a_blade_is_no_assault(nlp: Language, sentence: str) -> None:
    assert "ASSAULT" not in {t for t, _ in types_and_modes(nlp, sentence)}
