"""Passive verbs of judging with a "by" agent: "the truce proposal was rejected by Hamas".

The agent is the source and the passive subject the content, as PolNeAR draws such passives.
The guards are passives that do a deed to their subject (freed, attacked, questioned, recalled),
agents that measure or detect rather than judge, and "denied" in its sense of refusing a thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The truce proposal was rejected by Hamas on Tuesday.",
            ("Hamas", "was rejected", "The truce proposal"),
            id="rejected_by_an_armed_group",
        ),
        pytest.param(
            "The airstrike on the market in Idlib was condemned by the United Nations.",
            ("the United Nations", "was condemned", "The airstrike on the market in Idlib"),
            id="condemned_by_a_body",
        ),
        pytest.param(
            "Reports of mass graves near Izium were confirmed by Ukrainian prosecutors.",
            ("Ukrainian prosecutors", "were confirmed", "Reports of mass graves near Izium"),
            id="confirmed_by_officials",
        ),
        pytest.param(
            "The ceasefire plan was endorsed by the Arab League at its summit in Jeddah.",
            ("the Arab League", "was endorsed", "The ceasefire plan"),
            id="subject_not_the_place_after_the_agent",
        ),
        pytest.param(
            "The accusation was denied by the Sudanese army.",
            ("the Sudanese army", "was denied", "The accusation"),
            id="a_claim_denied",
        ),
        pytest.param(
            "The attack was claimed by the Islamic State group.",
            ("the Islamic State group", "was claimed", "The attack"),
            id="attack_claimed",
        ),
    ],
)
def test_passive_judged_by_its_agent(nlp: Language, sentence: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(sentence), "d"))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Twelve hostages were released by the militants on Sunday.", id="freed_not_judged"),
        pytest.param("The convoy was attacked by gunmen near Gao.", id="attacked_with_force"),
        pytest.param("The ambassador was recalled by Bogota in protest.", id="recalled_envoy_is_a_deed"),
        pytest.param("The minister was dismissed by the president after the riots.", id="removed_from_office"),
        pytest.param("The suspect was questioned by police for six hours.", id="questioned_is_a_deed"),
        pytest.param("The plan was rejected by a wide margin in the referendum.", id="margin_is_no_source"),
        pytest.param("The tunnel was revealed by ground-penetrating radar.", id="instrument_is_no_source"),
        pytest.param("Entry to the camp was denied by Israeli authorities.", id="denied_entry_is_a_refusal"),
        pytest.param("The shots were echoed by the mountains around the valley.", id="echo_is_a_sound"),
        pytest.param("Government troops were opposed by fierce resistance in the hills.", id="opposed_in_arms"),
    ],
)
def test_passive_deed_or_measure_is_no_attribution(nlp: Language, sentence: str) -> None:
    assert triples(find_attributions(nlp(sentence), "d")) == []


def test_relative_pronoun_subject_names_nothing(nlp: Language) -> None:
    doc = nlp("The deal, which was rejected by Hamas, would have freed 40 hostages.")
    assert not any(a.content.text == "which" for a in find_attributions(doc, "d"))
