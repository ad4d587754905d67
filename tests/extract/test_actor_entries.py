"""Actor dictionary entries that the lookup must reach: plural and three-word roles, names longer
than six tokens, keys written twice; and the countries and sectors of armed sides named by
demonym, by transnational groups' names and by one-word leaders' names.

Sentences written in wire style for these tests (not taken from any evaluation set or corpus).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import MAX_ENTRY_TOKENS, actor_for, load_actor_lexicon

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language

    from parley.records import Actor


def _coded(actor: Actor | None) -> tuple[str | None, str | None] | None:
    return None if actor is None else (actor.country, actor.sector)


def _keys_written_twice(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object hook that fails on a key written twice: only the later value is ever read."""
    keys = [key for key, _ in pairs]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    assert not twice, f"keys written twice: {twice}"
    return dict(pairs)


@pytest.mark.parametrize("name", ["actor_entities.json", "actor_people.json", "actor_countries.json",
                                  "actor_terms.json"])
def test_no_actor_entry_is_written_twice(name: str) -> None:
    text = resources.files("parley.extract").joinpath("data", name).read_text(encoding="utf-8")
    json.loads(text, object_pairs_hook=_keys_written_twice)


@pytest.mark.parametrize("table", ["countries", "organisations", "people"])
def test_every_dictionary_name_fits_the_matcher(table: str) -> None:
    too_long = [" ".join(key) for key in getattr(load_actor_lexicon(), table) if len(key) > MAX_ENTRY_TOKENS]
    assert not too_long


@pytest.mark.parametrize(
    ("sentence", "head", "text", "country", "sector"),
    [
        # roles listed in the plural or with three words are found as written
        ("Iranian state media reported the launch.", "media", "Iranian state media", "IRN", "MED"),
        ("Kenyan security forces arrested three men.", "forces", "Kenyan security forces", "KEN", "MIL"),
        ("Lebanon's internal security forces arrested two men.", "forces",
         "Lebanon's internal security forces", "LBN", "GOV"),
        ("The House of Representatives passed the bill.", "House", "House of Representatives", None, "GOV"),
        ("An Iraqi human rights group documented the killings.", "group", "Iraqi human rights group", "IRQ", "NGO"),
        # names longer than six tokens
        ("Al-Qaeda in the Arabian Peninsula claimed the attack.", "Qaeda", "Al-Qaeda in the Arabian Peninsula",
         "YEM", "REB"),
        ("The Popular Front for the Liberation of Palestine claimed it.", "Front",
         "Popular Front for the Liberation of Palestine", "PSE", "REB"),
        # a Ugandan group, whichever of its names is written
        ("The Allied Democratic Forces killed 20 people.", "Forces", "Allied Democratic Forces", "UGA", "REB"),
        ("ADF rebels killed 20 people.", "rebels", "ADF rebels", "UGA", "REB"),
        # a leader known by one name; his name opening someone else's is not his
        ("Burhan's forces retook the palace.", "forces", "Burhan's forces", "SDN", "MIL"),
        ("Burhan Wani was killed in 2016.", "Wani", "Burhan Wani", "IND", "REB"),
        ("AP photographer Burhan Ozbilici took the picture.", "Ozbilici", "AP photographer Burhan Ozbilici",
         None, "MED"),
    ],
)
def test_entry_is_reached(nlp: Language, sentence: str, head: str, text: str, country: str | None,
                          sector: str | None) -> None:
    doc = nlp(sentence)
    actor = actor_for(next(t for t in doc if t.text == head))
    assert (actor.text, actor.country, actor.sector) == (text, country, sector)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "expected"),
    [
        # attacks named by the demonym of a nation fought for by armed groups, or of a people within a state
        ("Palestinian fire wounded two Israeli soldiers near the fence.", "wounded", "source", ("PSE", "REB")),
        ("Palestinian rocket fire hit a house in Sderot.", "hit", "source", ("PSE", "REB")),
        ("Baloch gunfire killed four soldiers in Turbat.", "killed", "source", ("PAK", "REB")),
        # guards: a state's fire is its army's; a named Palestinian body keeps its own sector
        ("Israeli fire killed a teenager near Jenin.", "killed", "source", ("ISR", "MIL")),
        ("Russian shelling killed three people in Kharkiv.", "shelling", "source", ("RUS", "MIL")),
        ("Palestinian security forces arrested two gunmen in Jenin.", "arrested", "source", ("PSE", "MIL")),
        # a Sahel group fighting in several states takes the scene's country
        ("JNIM fighters killed 20 soldiers near Djibo in northern Burkina Faso.", "killed", "source",
         ("BFA", "REB")),
        ("JNIM militants attacked an army post in Niger's Tillaberi region.", "attacked", "source", ("NER", "REB")),
        # an armed group of no country named before the act is its doer, not one the act is against; the
        # scene gives it its country, as it gives JNIM one
        ("An Islamic State ambush killed ten soldiers near Palmyra.", "ambush", "source", ("SYR", "REB")),
        ("US forces conducted an anti-ISIS raid in Syria.", "raid", "source", ("USA", "MIL")),
        ("Iraqi troops launched an anti-Islamic State operation in Anbar.", "operation", "source",
         ("IRQ", "MIL")),
        # Sudan's army chief named by one name
        ("Hemedti accused Burhan of attacking his forces.", "accused", "target", ("SDN", "GOV")),
    ],
)
def test_event_party_is_coded(nlp: Language, text: str, trigger: str, role: str,
                              expected: tuple[str | None, str | None]) -> None:
    found = [e for e in events_in(nlp, text) if e.text == trigger]
    assert found, f"no event {trigger!r}"
    assert _coded(getattr(found[0], role)) == expected
