"""Accidents at work, talks that broke down, habits the tagger reads as past, headline verbs, captives.

Sentences are written for these tests in the style of wire and local-outlet copy (not taken from the
evaluation sets). A blast or fire told by itself at a place of work is an accident, no assault; one
named by its weapon or its attacker, or at a market or a police station, stays an attack. Talks or a
truce that "collapsed" do not make the harm beside them an accident, and talks told ending in a
clause of time on an attack date it rather than being news of their own. A plural subject with an
adverb of habit before a verb spelt alike in past and present ("beat", "hit") tells a habit going on,
unless the sentence is told in the past. A headline verb read as an adjective with its own subject
and object ("Taliban free two American prisoners") is a verb, and "Police fire tear gas at ..." takes
the mode of what is fired. An undated capture told of the captives a release frees is earlier news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, status_in, types, types_and_modes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "sentence",
    [
        "An explosion at a fireworks factory injured nine workers.",
        "A blast at an oil refinery injured 15 people.",
        "A fire at a garment factory in Dhaka killed 40 workers.",
        "An explosion at a coal mine killed 22 miners.",
        "A gas leak at a fertiliser plant killed three workers.",
    ],
)
def test_a_blast_at_a_place_of_work_is_an_accident(nlp: Language, sentence: str) -> None:
    assert "ASSAULT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb blast at a factory killed four workers.",
        "A suicide blast at a cement plant killed nine people.",
        "An explosion at a market in Maiduguri killed 12 people.",
        "An explosion at a police station in Mogadishu killed three officers.",
        "The explosion at the plant killed four workers.",
    ],
)
def test_a_blast_named_by_weapon_or_at_a_target_stays_an_attack(nlp: Language, sentence: str) -> None:
    assert "ASSAULT" in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked a police station in Zamfara after talks with local leaders collapsed.",
        "Rebels attacked the base after the peace deal collapsed.",
        "Gunmen killed five villagers after the ceasefire collapsed.",
    ],
)
def test_collapsed_talks_do_not_make_an_attack_an_accident(nlp: Language, sentence: str) -> None:
    assert "ASSAULT" in types(nlp, sentence)


def test_a_vehicle_that_failed_still_makes_an_accident(nlp: Language) -> None:
    assert types(nlp, "Three soldiers were killed when their truck overturned near Kidal.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked a village after talks with local elders collapsed.",
        "Troops shelled the town hours after negotiations with the rebels ended.",
        "Pakistan closed the border after talks with Afghanistan failed.",
    ],
)
def test_talks_ending_before_an_act_are_its_background(nlp: Language, sentence: str) -> None:
    assert "CONSULT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops withdrew after talks between Russia and Ukraine began in Istanbul.",
        "Talks between Kenya and Somalia resumed after the ceasefire collapsed.",
    ],
)
def test_talks_beginning_or_resuming_are_news(nlp: Language, sentence: str) -> None:
    assert "CONSULT" in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers often beat detainees at the camp.",
        "Guards routinely beat prisoners, rights groups say.",
        "They often beat the prisoners at night.",
    ],
)
def test_a_habit_spelt_like_the_past_goes_on(nlp: Language, sentence: str) -> None:
    assert status_in(nlp, sentence, "beat") == "ongoing"


@pytest.mark.parametrize(
    "sentence",
    [
        "A soldier often beat the detainee.",
        "Soldiers repeatedly beat the detainees.",
        "Soldiers often beat detainees when they refused to answer.",
        "In 2015 soldiers often beat detainees at the camp.",
        "Police often beat protesters in the past.",
        "Soldiers often beat detainees at the camp, former inmates said.",
    ],
)
def test_a_habit_told_in_the_past_happened(nlp: Language, sentence: str) -> None:
    assert status_in(nlp, sentence, "beat") == "happened"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Taliban free two American prisoners", "American prisoners"),
        ("Hamas free three Thai hostages", "Thai hostages"),
    ],
)
def test_a_headline_verb_read_as_an_adjective_releases(nlp: Language, sentence: str, target: str) -> None:
    events = [e for e in events_in(nlp, sentence) if e.type == "RETREAT"]
    assert [e.mode for e in events] == ["release"]
    assert events[0].target is not None and events[0].target.text == target


@pytest.mark.parametrize(
    "sentence",
    [
        "The prisoners were free to leave the camp.",
        "Journalists free to report, minister says",
        "Hamas says hostages free of injuries.",
    ],
)
def test_free_as_an_adjective_releases_no_one(nlp: Language, sentence: str) -> None:
    assert "RETREAT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Police fire tear gas at protesters in Nairobi", "crowd-control"),
        ("Riot police fire rubber bullets at students", "crowd-control"),
        ("Troops fire rockets at rebel camp", "heavy-weapons"),
    ],
)
def test_a_headline_fire_takes_the_mode_of_what_is_fired(nlp: Language, sentence: str, mode: str) -> None:
    assert types_and_modes(nlp, sentence) == {("ASSAULT", mode)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels release 12 soldiers captured in clashes",
        "Rebels freed 30 students kidnapped from a school in Kaduna.",
        "Israel released 39 Palestinians detained in the West Bank.",
    ],
)
def test_the_capture_describing_released_captives_is_earlier_news(nlp: Language, sentence: str) -> None:
    assert types(nlp, sentence) == {"RETREAT"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas freed 24 hostages abducted on October 7.",
        "Rebels freed soldiers and captured their commander.",
        "Two hostages were released by gunmen who kidnapped them.",
    ],
)
def test_a_dated_or_separate_capture_beside_a_release_stays(nlp: Language, sentence: str) -> None:
    assert types(nlp, sentence) == {"RETREAT", "ASSAULT"}
