"""Truces coming into force, votes set for a day, and business and sport told with words of agreement.

Sentences are written for these tests in wire and local-outlet style (not taken from the evaluation
sets). A truce that "took effect", "came into force" or "will begin at dawn" is a mention of its own
even as "the ceasefire", with the verb's status; "since the truce began" only dates something else.
"Will vote on Monday to extend the truce" is a plan whatever the parser hangs the infinitive on.
Firms, investors, clubs and sports bodies agreeing to buy, signing players or banning clubs make no
PLOVER event; states doing the same do. Sides that meet in a "semi-final" (cut by the tokenizer at
its hyphen) or beat a rival in a cup final play a match. A headline noun that takes a subject and an
object ("fighters storm hotel") is read as the verb it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, status_in, types

if TYPE_CHECKING:
    from spacy.language import Language


def _ceasefires(nlp: Language, text: str) -> list[str]:
    """The statuses of the truces (RETREAT ceasefire) told in ``text``."""
    return [e.status for e in events_in(nlp, text) if (e.type, e.mode) == ("RETREAT", "ceasefire")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The ceasefire came into force at midnight local time.", "happened"),
        ("The truce in Yemen came into effect at 7 p.m. on Saturday.", "happened"),
        ("The ceasefire in southern Lebanon started at 4 a.m. on Wednesday.", "happened"),
        ("The truce in Sudan will begin at 6 a.m. on Saturday, Saudi mediators said.", "planned"),
        ("The Easter truce will come into effect at 6 p.m. Moscow time.", "planned"),
        ("The Libyan ceasefire would take effect at midnight, the UN envoy said.", "planned"),
        ("The ceasefire is expected to come into force at midnight on Sunday.", "planned"),
        ("The cessation of hostilities took effect at 6 p.m. on Sunday.", "happened"),
    ],
)
def test_truce_coming_into_force_is_a_mention(nlp: Language, sentence: str, status: str) -> None:
    """Its start is the news, told with the start's tense or modal."""
    assert _ceasefires(nlp, sentence) == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the ceasefire began in November, at least 40 people have been killed in Gaza.",
        "When the ceasefire began, thousands of displaced people headed north.",
        "The ceasefire, which began in May, has largely held in Tigray.",
        "The truce in Gaza starts on Sunday, officials said.",
        "The ceasefire began to unravel within hours as shelling resumed in Donetsk.",
        "The truce failed to take effect in Khartoum on Monday.",
        "The ceasefire did not take effect as planned on Friday.",
    ],
)
def test_truce_start_as_time_or_schedule_is_no_new_mention(nlp: Language, sentence: str) -> None:
    """A start that dates another act, a plain-present schedule, a clause of its own or a negation."""
    assert _ceasefires(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The new law took effect on Monday.",
        "The sanctions came into force on Friday.",
        "The trial began on Monday in The Hague.",
        "The pause in trading went into effect after the crash.",
    ],
)
def test_other_acts_coming_into_force_stay_as_they_were(nlp: Language, sentence: str) -> None:
    """Only truces are read so: laws, sanctions and trials starting give no event here."""
    assert types(nlp, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Parliament will vote on Monday to extend the ceasefire.", "extend", "planned"),
        ("The parliament will vote on Monday to ban the opposition party.", "ban", "planned"),
        ("The UN Security Council voted on Tuesday to condemn the coup.", "condemn", "happened"),
    ],
)
def test_vote_set_for_a_day_plans_its_infinitive(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    """The infinitive after a time is what is voted on; an act the vote performs is done by it."""
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors agreed to buy a stake in the Nigerian refinery.",
        "The tech firm agreed to acquire the startup for $1 billion.",
        "Shareholders agreed to the merger on Thursday.",
        "The airline signed a deal to buy 50 Boeing jets.",
        "Chelsea signed a striker from Benfica on Monday.",
        "Real Madrid signed the Brazilian winger for 60 million euros.",
        "The football federation banned the club from European competition.",
        "UEFA banned Russian clubs from its competitions.",
        "The league banned the player for eight matches.",
        "Investors withdrew billions from emerging markets.",
        "The mining company withdrew from the Congolese copper project.",
        "Arsenal met Chelsea in the semi-final on Sunday.",
        "The two sides met in the semi-finals last year.",
        "Liverpool beat Chelsea in the League Cup final.",
    ],
)
def test_business_and_sport_make_no_event(nlp: Language, sentence: str) -> None:
    """Trades, transfers, sports sanctions and fixtures are no PLOVER acts."""
    assert types(nlp, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Turkey agreed to buy S-400 missiles from Russia.", "AGREE"),
        ("The junta agreed to buy 20 drones from Turkey.", "AGREE"),
        ("Iran banned women fans from stadiums.", "COERCE"),
        ("The Egyptian authorities banned the Ultras from stadiums.", "COERCE"),
        ("The regime banned the athlete from travelling abroad.", "COERCE"),
        ("Hamas agreed to release 33 hostages in the first phase.", "AGREE"),
        ("Russia withdrew 10,000 troops from the border.", "RETREAT"),
        ("Blinken met Netanyahu in Tel Aviv.", "CONSULT"),
        ("Police beat protesters in the final hours of the sit-in.", "ASSAULT"),
    ],
)
def test_states_and_force_keep_the_act(nlp: Language, sentence: str, type_: str) -> None:
    """A political party trading or banning, troops withdrawn, leaders met, protesters beaten."""
    assert type_ in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Al-Shabaab fighters storm hotel in Mogadishu", {"ASSAULT"}),
        ("The storm hit the coast of Mozambique on Friday.", set()),
        ("Cyclone Freddy hits Malawi", set()),
        ("Trade talks resume in Geneva", set()),
        # upper-case wire copy: the noun a misparse gives a subject and an object is itself a subject
        ("THE PANAMANIAN CHARGE D'AFFAIRS IN OUR COUNTRY, JAIME CERDA, DID NOT MAKE AN URGENT CALL "
         "TO ALL LATIN AMERICAN COUNTRIES.", set()),
    ],
)
def test_headline_noun_with_subject_and_object_is_a_verb(nlp: Language, sentence: str, expected: set[str]) -> None:
    """A word the tagger calls a noun but that takes a subject and a direct object is a verb."""
    assert types(nlp, sentence) == expected
