"""Event nouns talked about rather than reported, and visits to things rather than to parties.

Sentences are written for these tests in the style of international wire copy (not taken from the
evaluation sets). A withdrawal, meeting, aid or cooperation that the sentence judges ('was a
mistake', 'was constructive'), or a cooperation or agreement whose standing it tells changing or
lapsing ('has deepened', 'expired', 'covers'), is the topic of a comment, not news of the act. A
complement that ranks the act ('his second since 2015', 'the last direct contact') or tells its
status ('are due to resume'), a participle telling it done ('reached in Luanda'), and more of an act
being done ('access has improved') still report it. A leader visiting a factory, a temple or a
crossing sees a place and consults no one; a land, a named place or a party's premises visited is
a consultation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import types

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The withdrawal of Dutch troops from Uruzgan in 2010 was a mistake, the general argued.", "RETREAT"),
        ("Diplomats said the meeting between the two foreign ministers was constructive.", "CONSULT"),
        ("The support of local elders was decisive, the colonel said.", "SUPPORT"),
        ("The cooperation of tribal leaders was crucial, the governor said.", "COOPERATE"),
        ("Analysts say cooperation between Tehran and Moscow has deepened since 2022.", "COOPERATE"),
        ("The accord between Chad and the rebels expired at midnight.", "AGREE"),
        ("The defence cooperation agreement between Niger and Russia covers training and equipment.", "AGREE"),
        ("The evacuation of civilians from Sievierodonetsk was chaotic.", "RETREAT"),
        ("The mobilisation of reservists was unpopular in Russia.", "MOBILIZE"),
        ("Security cooperation between Nairobi and Mogadishu improved after the reforms.", "COOPERATE"),
        ("The surrender of the militants was a turning point.", "RETREAT"),
    ],
)
def test_judged_event_nouns_are_no_events(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("The Japanese premier's visit to Mongolia was his second since 2015.", "CONSULT"),
        ("The talks between Armenia and Azerbaijan in Almaty were the last direct contact for a year.", "CONSULT"),
        ("An agreement reached in Luanda on Tuesday includes a prisoner swap.", "AGREE"),
        ("The withdrawal of Russian troops from Kherson was completed on Friday.", "RETREAT"),
        ("The attack on the market was the deadliest in Pakistan this year.", "ASSAULT"),
        ("The arrest of the opposition leader was illegal, his lawyers said.", "COERCE"),
        ("The truce between the army and the RSF was extended by 72 hours.", "RETREAT"),
        ("Talks between Kinshasa and the M23 are due to resume in Doha on Monday.", "CONSULT"),
        ("Humanitarian access to Idlib has improved since the crossings reopened.", "RETREAT"),
    ],
)
def test_reported_event_nouns_stay(nlp: Language, sentence: str, present: str) -> None:
    assert present in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea's leader visited a munitions factory in 2024.",
        "Modi visited a Hindu temple in Abu Dhabi.",
        "Erdogan visited the quake zone on Wednesday.",
        "The minister visited the site of the bombing.",
        "The UN chief visited the Rafah crossing on Friday.",
        "IAEA inspectors visited the plant on Tuesday.",
    ],
)
def test_visits_to_things_are_no_consultation(nlp: Language, sentence: str) -> None:
    assert "CONSULT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ethiopia's prime minister visited Eritrea on Monday for talks with President Isaias Afwerki.",
        "President Lula visited the country for the first time in 2023.",
        "Wang Yi visited the region last week.",
        "Scholz visited the White House on Friday.",
        "The delegation visited the headquarters of the African Union in Addis Ababa.",
        "The envoy visited Houthi leaders in Sanaa.",
        # a visit for a summit consults wherever it is held
        "President Ruto will visit the lakeside resort on Friday for a regional peace summit.",
    ],
)
def test_visits_to_lands_and_parties_consult(nlp: Language, sentence: str) -> None:
    assert "CONSULT" in types(nlp, sentence)
