"""Event actors normalised to country and sector: armed groups fighting their own state, nations
named as people, a state's military premises, ships, possessives that open a sentence, and the
dictionary entries added for them; with guards for the readings those rules must leave alone.

Sentences written in wire style for these tests (not taken from any evaluation set or corpus).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from parley.extract import extract_one
from parley.records import Actor, Document, Event

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _event(nlp: Language, text: str, trigger: str) -> Event:
    found = [e for e in events_in(nlp, text) if e.text == trigger]
    assert found, f"no event {trigger!r}"
    return found[0]


def _coded(actor: Actor | None) -> tuple[str | None, str | None] | None:
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "expected"),
    [
        # an armed group of no named country fighting a state's forces at home is of that state
        ("Ivorian soldiers killed seven militants near the border.", "killed", "target", ("CIV", "REB")),
        ("Guerrillas ambushed a Bolivian army patrol.", "ambushed", "source", ("BOL", "REB")),
        ("Jamaican police shot dead two gang members.", "shot", "target", ("JAM", "REB")),
        # a plural demonym alone, attacked or detained, is that nation's people
        ("Soldiers detained 30 Eritreans at a checkpoint.", "detained", "target", ("ERI", "CVL")),
        ("A gunman stabbed Jordanians outside a mall.", "stabbed", "target", ("JOR", "CVL")),
        # a state's military premises are its armed forces'
        ("Rebels shelled Nigerien positions overnight.", "shelled", "target", ("NER", "MIL")),
        ("Militants overran a Kenyan army garrison.", "overran", "source", ("KEN", "REB")),
        ("Drones hit a Syrian base near the coast.", "hit", "target", ("SYR", "MIL")),
        # merchant ships are businesses
        ("Pirates hijacked a Maltese-flagged bulk carrier.", "hijacked", "target", ("MLT", "BUS")),
        ("Commandos seized an oil tanker in the strait.", "seized", "target", (None, "BUS")),
        # a possessive opening a sentence stands for the last sentence's subject
        ("The Chadian army moved north. Its soldiers killed 40 fighters.", "killed", "source", ("TCD", "MIL")),
        # dictionary entries: peoples within a state, armed groups, places
        ("Papuan fighters burned a school.", "burned", "source", ("IDN", "REB")),
        ("Mai-Mai militiamen attacked a village.", "attacked", "source", ("COD", "REB")),
        ("ARSA militants attacked a police post.", "attacked", "source", ("MMR", "REB")),
        ("Gunmen attacked a bakery in Hama.", "attacked", "source", ("SYR", "REB")),
        # an intergovernmental body is not of the place it works in
        ("Gunmen looted a UN warehouse in Malakal.", "looted", "target", (None, "IGO")),
    ],
)
def test_event_actor_is_normalised(nlp: Language, text: str, trigger: str, role: str,
                                   expected: tuple[str | None, str | None]) -> None:
    event = _event(nlp, text, trigger)
    assert _coded(getattr(event, role)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "role", "expected"),
    [
        # forces mostly reported abroad, joint or posted forces, and stateless groups give no country
        ("US troops killed four militants in a raid.", "killed", "target", (None, "REB")),
        ("Israeli soldiers killed two gunmen.", "killed", "target", (None, "REB")),
        ("Kenyan police deployed in Haiti killed three gang members.", "killed", "target", (None, "REB")),
        ("Nigerian and Chadian troops killed fighters.", "killed", "target", (None, "REB")),
        ("Egyptian troops killed Islamic State fighters.", "killed", "target", (None, "REB")),
        ("Gunmen attacked the Egyptian embassy.", "attacked", "source", (None, "REB")),
        # "the Israelis" name a side; a modified demonym is not a nation alone
        ("Hamas fired rockets at the Israelis.", "fired", "target", ("ISR", None)),
        # a view is no position held by troops; a newspaper's name is no post
        ("Moscow rejected the Ukrainian position on talks.", "rejected", "target", ("UKR", None)),
        # a people within a state is no state: its positions are not an army's
        ("Troops shelled Tigrayan positions.", "shelled", "target", ("ETH", None)),
        # a possessive on a civilian, or not opening its sentence, is left alone
        ("The army entered the town. Its residents were killed.", "killed", "target", (None, "CVL")),
        # an aid group is of where it works
        ("Gunmen attacked a Red Crescent ambulance in Gaza.", "attacked", "target", ("PSE", "NGO")),
        # a movement is no people: its members killed are rebels, not civilians
        ("Paramilitary police shot dead 9 Naxalites in Bijapur.", "shot", "target", ("IND", "REB")),
        # "Karen" is a given name before it is a people
        ("Karen Smith said gunmen attacked a farm.", "attacked", "source", (None, "REB")),
    ],
)
def test_guarded_readings_are_left_alone(nlp: Language, text: str, trigger: str, role: str,
                                         expected: tuple[str | None, str | None] | None) -> None:
    event = _event(nlp, text, trigger)
    assert _coded(getattr(event, role)) == expected


def test_a_newspaper_named_in_a_headline_is_no_military_post() -> None:
    """A headline's title case makes the tagger read "Post" as a common noun; it names a paper, not premises."""
    text = "Washington Post Hit Piece Smears Governor Over Tax Story"
    extraction = extract_one(Document(doc_id="t", text=text, date=dt.date(2024, 5, 1)))
    sources = [_coded(e.source) for e in extraction.events if e.text == "Hit"]
    assert sources == [("USA", None)]


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # since May 1997 a bare "Congo" is the Democratic Republic; before, and undated, the Republic
        (dt.date(2023, 2, 14), "COD"),
        (dt.date(1993, 6, 2), "COG"),
        (None, "COG"),
    ],
)
def test_a_renamed_state_is_read_for_the_article_date(date: dt.date | None, expected: str) -> None:
    text = "Gunmen ambushed Congolese soldiers near Beni."
    extraction = extract_one(Document(doc_id="t", text=text, date=date))
    targets = [e.target.country for e in extraction.events if e.text == "ambushed" and e.target is not None]
    assert targets == [expected]


def test_the_republic_named_in_full_keeps_its_code() -> None:
    text = "Rebels attacked a Congo-Brazzaville army post in the Pool region."
    extraction = extract_one(Document(doc_id="t", text=text, date=dt.date(2017, 4, 3)))
    targets = [e.target.country for e in extraction.events if e.text == "attacked" and e.target is not None]
    assert targets == ["COG"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a demonym on the attack the parser reads as a gerund, a subject or a place
        ("Two farmers were killed by Russian shelling in Kupiansk on Monday.", "killed", ("RUS", "MIL")),
        ("Ukrainian shelling killed a man in Belgorod.", "killed", ("UKR", "MIL")),
        ("Indian shelling killed two civilians in Kotli.", "killed", ("IND", "MIL")),
        # a state's fire
        ("Israeli tank fire hit a clinic in Jabalia.", "hit", ("ISR", "MIL")),
        # a state's own name on a strike made with arms of war: its forces, not its government
        ("A US air strike killed two militants near Kismayo.", "strike", ("USA", "MIL")),
        ("Five people were killed in Turkey's drone strikes on Hasakah.", "killed", ("TUR", "MIL")),
    ],
)
def test_an_attacker_named_by_its_weapon_is_the_state_military(nlp: Language, text: str, trigger: str,
                                                               expected: tuple[str, str]) -> None:
    assert _coded(_event(nlp, text, trigger).source) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a person or people named by a demonym is no army
        ("A Sudanese stabbed a guard at a hotel in Cairo.", "stabbed", ("SDN", None)),
        # a state's name written out before the strikes may be where they fell
        ("Syria air strikes killed 14 people, a monitor said.", "strikes", ("SYR", "GOV")),
        # a raid may be the police's
        ("A US raid on a Texas warehouse detained 40 workers.", "raid", ("USA", "GOV")),
    ],
)
def test_a_demonym_or_state_name_that_is_no_weapon_keeps_its_reading(
        nlp: Language, text: str, trigger: str, expected: tuple[str | None, str | None]) -> None:
    assert _coded(_event(nlp, text, trigger).source) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # troops or soldiers of no named owner acting on people where they are: the place's own
        ("Troops opened fire on mourners in Monywa on Sunday.", "opened", ("MMR", "MIL")),
        ("Soldiers killed nine suspected jihadists near Dori, the army said.", "killed", ("BFA", "MIL")),
        ("Soldiers detained a dozen opposition activists in Kinshasa.", "detained", ("COD", "MIL")),
        ("The army killed 25 gunmen in Kaduna state.", "killed", ("NGA", "MIL")),
        ("Federal troops clashed with militiamen in Bahir Dar.", "clashed", ("ETH", "MIL")),
    ],
)
def test_bare_troops_at_home_are_the_place_state_forces(nlp: Language, text: str, trigger: str,
                                                        expected: tuple[str, str]) -> None:
    assert _coded(_event(nlp, text, trigger).source) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # ground held by another state's forces, or a state whose forces are mostly abroad
        ("Soldiers shot dead a teenager in Qalqilya.", "shot"),
        ("Troops killed two men in Melitopol.", "killed"),
        # another state named in this sentence or the one before, or an international force
        ("Chadian forces crossed the border on Monday. Soldiers killed 14 fighters near Diffa.", "killed"),
        ("Troops killed 9 militants in Somalia's Bay region, the African Union force said.", "killed"),
        # a foreign owner, a modifier or a conjunct tells whose they are
        ("Foreign troops killed four villagers in Kunduz.", "killed"),
        ("Soldiers and militiamen killed 20 herders in Darfur.", "killed"),
        # shelling and air strikes reach a place from afar
        ("Troops shelled houses in Bakhmut.", "shelled"),
        ("Soldiers shelled villages near Kadugli.", "shelled"),
    ],
)
def test_bare_troops_that_may_be_foreign_get_no_country(nlp: Language, text: str, trigger: str) -> None:
    source = _event(nlp, text, trigger).source
    assert source is not None and source.country is None
