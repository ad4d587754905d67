"""Actors: guards, wardens and other people named by their work; a firm named like a state; a capital's
name that is a person's; group names plural in meaning but not in form."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import actor_for, is_plural_in_meaning

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _actor(nlp: Language, sentence: str, head: str) -> tuple[str | None, str | None]:
    actor = actor_for(next(t for t in nlp(sentence) if t.text == head))
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("sentence", "head", "sector"),
    [
        ("Guards opened fire on the inmates during the riot.", "Guards", "MIL"),
        ("Two guards were wounded when gunmen stormed the consulate.", "guards", "MIL"),
        ("Jailers at the military prison tortured the detainees.", "Jailers", "GOV"),
        ("The warden of the central prison was shot dead.", "warden", "GOV"),
        ("Hundreds of foreigners crossed into Chad by road.", "foreigners", "CVL"),
        ("Three deminers died when a shell exploded in a field.", "deminers", "CVL"),
        ("Armed tribesmen blocked the road to the oil terminal.", "tribesmen", "CVL"),
        # whose guards they are, when it is written, says their kind
        ("Security guards at the gold mine fled.", "guards", "CVL"),
        ("Rebel guards moved the captives to another camp.", "guards", "REB"),
        ("Prison guards beat the hunger strikers.", "guards", "GOV"),
        ("The old guard of the ruling party resisted the change.", "guard", "POL"),
    ],
)
def test_people_named_by_their_work_have_its_sector(nlp: Language, sentence: str, head: str, sector: str) -> None:
    assert _actor(nlp, sentence, head)[1] == sector


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("The captives were marched off under armed guard.", "guard"),
        ("The journalists were held under guard in a hotel.", "guard"),
    ],
)
def test_guard_as_the_watch_kept_is_no_party(nlp: Language, sentence: str, head: str) -> None:
    assert _actor(nlp, sentence, head) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        ("Emirates suspended its flights to Beirut after the strikes.", "BUS"),
        ("The Emirates recalled its ambassador from Khartoum.", "GOV"),
        ("Talks between the Emirates and Saudi Arabia stalled over Yemen.", "GOV"),
    ],
)
def test_bare_emirates_is_the_airline_and_the_emirates_the_state(nlp: Language, sentence: str, sector: str) -> None:
    assert _actor(nlp, sentence, "Emirates") == ("ARE", sector)


@pytest.mark.parametrize(
    ("sentence", "head", "expected"),
    [
        ("Soldiers detained Victoria at a checkpoint near the town.", "Victoria", (None, None)),
        ("Kingston was arrested after the protest.", "Kingston", (None, None)),
        ("Gunmen kidnapped Santiago on his way to work.", "Santiago", (None, None)),
        # a capital that is shelled, captured or acts is still the place or the state
        ("Russian troops tried to capture Kyiv in 2022.", "Kyiv", ("UKR", "GOV")),
        ("Tehran executed four men accused of spying.", "Tehran", ("IRN", "GOV")),
        ("The US accused Moscow of war crimes.", "Moscow", ("RUS", "GOV")),
    ],
)
def test_a_capital_detained_or_killed_is_a_persons_name(nlp: Language, sentence: str, head: str,
                                                        expected: tuple[str | None, str | None]) -> None:
    assert _actor(nlp, sentence, head) == expected


@pytest.mark.parametrize(
    ("headline", "word", "plural"),
    [
        ("Taliban attack convoy in Kunduz", "Taliban", True),
        ("Peshmerga shell positions near Makhmour", "Peshmerga", True),
        ("Hamas fires rockets at Ashkelon", "Hamas", False),
    ],
)
def test_group_names_plural_in_meaning_are_known(nlp: Language, headline: str, word: str, plural: bool) -> None:
    assert is_plural_in_meaning(next(t for t in nlp(headline) if t.text == word)) is plural


def test_a_headline_verb_after_a_plural_group_name_is_an_event(nlp: Language) -> None:
    """The tagger reads "Taliban attack convoy" as one noun run; "Taliban" asks for a plural verb, as
    "Houthis" does, so "attack" is the headline's verb."""
    events = events_in(nlp, "Taliban attack army convoy in Kunduz")
    assert [(e.type, e.source.text if e.source else None) for e in events] == [("ASSAULT", "Taliban")]
