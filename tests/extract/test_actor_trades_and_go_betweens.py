"""Actors named by their work in a war, a state's go-betweens, firms and charities named bare, and
peoples whose land several states share.

Aid workers serve aid agencies, snipers and sappers an army,
smugglers and traffickers no one; a state's mediators are its government's; a Kurdish or Tuareg force
is no state's army whatever state's adjective it carries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import actor_for

if TYPE_CHECKING:
    from spacy.language import Language


def _actor(nlp: Language, sentence: str, head: str) -> tuple[str | None, str | None]:
    actor = actor_for(next(t for t in nlp(sentence) if t.text == head))
    return actor.country, actor.sector


@pytest.mark.parametrize(("sentence", "head", "country", "sector"), [
    ("Qatari mediators said the talks would resume next week.", "mediators", "QAT", "GOV"),
    ("Egypt's mediators put forward a three-stage plan.", "mediators", "EGY", "GOV"),
    ("Norwegian facilitators flew in for the ceasefire talks.", "facilitators", "NOR", "GOV"),
    # a go-between of no state keeps its own sector, and a body's its body's
    ("Mediators said the two sides were still far apart.", "Mediators", None, "OTHER"),
    ("Tribal mediators brokered a truce between the clans.", "mediators", None, "OTHER"),
    ("African Union mediators met both delegations in Nairobi.", "mediators", None, "IGO"),
])
def test_a_states_go_betweens_are_its_government(nlp: Language, sentence: str, head: str,
                                                 country: str | None, sector: str) -> None:
    assert _actor(nlp, sentence, head) == (country, sector)


@pytest.mark.parametrize(("sentence", "head", "country", "sector"), [
    ("Two aid workers were killed when their convoy was hit.", "workers", None, "NGO"),
    ("Humanitarian workers were pulled out of the camp.", "workers", None, "NGO"),
    ("UN aid workers were evacuated from the town.", "workers", None, "IGO"),
    ("Russian snipers shot two soldiers near the trench.", "snipers", "RUS", "MIL"),
    ("Hamas snipers fired on the troops.", "snipers", "PSE", "REB"),
    ("Sappers cleared mines from the bridge.", "Sappers", None, "MIL"),
    ("Libyan smugglers abandoned the boat off the coast.", "smugglers", "LBY", "CVL"),
    ("Traffickers held the migrants in a warehouse.", "Traffickers", None, "CVL"),
    # other workers stay civilians
    ("Oil workers were kidnapped in the delta.", "workers", None, "CVL"),
])
def test_people_named_by_their_work_in_a_war(nlp: Language, sentence: str, head: str,
                                             country: str | None, sector: str) -> None:
    assert _actor(nlp, sentence, head) == (country, sector)


@pytest.mark.parametrize(("sentence", "head", "country", "sector"), [
    ("Gazprom halted gas deliveries to Moldova.", "Gazprom", "RUS", "BUS"),
    ("Naftogaz said its storage site was hit by missiles.", "Naftogaz", "UKR", "BUS"),
    ("The HALO Trust said two of its deminers were hurt.", "Trust", None, "NGO"),
])
def test_firms_and_charities_named_bare(nlp: Language, sentence: str, head: str,
                                        country: str | None, sector: str) -> None:
    assert _actor(nlp, sentence, head) == (country, sector)


@pytest.mark.parametrize(("sentence", "head", "country", "sector"), [
    ("Syrian Kurdish forces captured the village after heavy fighting.", "forces", "SYR", "REB"),
    ("Kurdish forces repelled the attack on the dam.", "forces", None, "REB"),
    ("Malian Tuareg forces attacked the army camp.", "forces", "MLI", "REB"),
    # the state's own forces stay its army, and the people's civilians stay civilians
    ("Malian forces attacked the camp.", "forces", "MLI", "MIL"),
    ("Syrian Kurdish civilians fled the shelling.", "civilians", "SYR", "CVL"),
])
def test_forces_of_a_people_of_several_states_are_no_army(nlp: Language, sentence: str, head: str,
                                                          country: str | None, sector: str) -> None:
    assert _actor(nlp, sentence, head) == (country, sector)
