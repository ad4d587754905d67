"""Places the event parse reads: an event noun told by its verb, parts of a town, towns the tagger
mislabels, and a town whose name holds a capital's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import place_and_target_country

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "place", "country"),
    [
        # an event noun told by a verb of its own type: the place hangs on the verb
        ("Clashes killed eleven herders in Rumbek, the county commissioner said.", "Clashes", "Rumbek", "SSD"),
        ("Russian strikes killed six people in Kostiantynivka overnight.", "strikes", "Kostiantynivka", "UKR"),
        ("Air strikes killed seven people in Saraqeb province.", "strikes", "Saraqeb", "SYR"),
        ("A bombing killed 12 worshippers at a mosque in Quetta.", "bombing", "Quetta", "PAK"),
        ("Air strikes killed two children in Taiz, medics said.", "strikes", "Taiz", "YEM"),
        # a part of a town the act reaches
        ("Army helicopters shelled a neighbourhood of Kidal, killing four people.", "shelled",
         "a neighbourhood of Kidal", "MLI"),
        ("Israeli jets struck a suburb of Damascus on Tuesday.", "struck", "a suburb of Damascus", "SYR"),
        # a one-word town the tagger calls a people or a person
        ("Gunmen killed a lawyer in Culiacan, prosecutors said.", "killed", "Culiacan", "MEX"),
        ("Troops killed 10 militants in Marawi.", "killed", "Marawi", "PHL"),
        # a town whose name holds a capital's: the whole name decides
        ("Insurgents beheaded three men near Mocimboa da Praia.", "beheaded", "Mocimboa da Praia", "MOZ"),
        ("Police arrested 30 protesters in Santiago de Cuba.", "arrested", "Santiago de Cuba", "CUB"),
        ("Police arrested 12 protesters in Santiago del Estero.", "arrested", "Santiago del Estero", "ARG"),
        # guards: the capital itself, and a town named after the country that is the country's
        ("Police detained 20 protesters in Praia on Sunday.", "detained", "Praia", "CPV"),
        ("Police arrested 20 protesters in Santiago on Sunday.", "arrested", "Santiago", "CHL"),
        ("Police detained activists in Kuwait City.", "detained", "Kuwait City", "KWT"),
        ("Troops killed four gunmen near Port Sudan.", "killed", "Port Sudan", "SDN"),
        ("Police detained 40 farmers in New Delhi.", "detained", "New Delhi", "IND"),
    ],
)
def test_places_the_parse_used_to_drop(nlp: Language, sentence: str, trigger: str, place: str,
                                       country: str | None) -> None:
    found, target_country = place_and_target_country(nlp, sentence, trigger)
    assert found is not None and place in found
    assert target_country == country


def test_a_town_named_with_a_capital_is_the_town_as_a_target(nlp: Language) -> None:
    """'the town of Mocimboa da Praia' (tagged a work of art) is Mozambican, not Cape Verde's."""
    text = "Insurgents attacked the town of Mocimboa da Praia on Friday."
    assert place_and_target_country(nlp, text, "attacked")[1] == "MOZ"


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # a speaker's place is not the event's
        ("The clashes killed two people, officials in Juba said.", "killed", None),
        # a dictionary word tagged a person after "near" is no town; a part of no named place
        ("Soldiers killed a man near Ali.", "killed", None),
        ("Police stormed a neighbourhood of the city.", "stormed", None),
        ("The army attacked a suburb of the capital.", "attacked", None),
        # a people's name before a noun describes the place; it is none
        ("Militants attacked mosques in Sunni areas.", "attacked", None),
    ],
)
def test_places_the_parse_leaves_out(nlp: Language, sentence: str, trigger: str, place: str | None) -> None:
    assert place_and_target_country(nlp, sentence, trigger)[0] == place
