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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The ceasefire proposal, rejected by Hamas on Sunday, would have freed 30 hostages.",
            ("Hamas", "rejected", "The ceasefire proposal"),
            id="proposal_rejected",
        ),
        pytest.param(
            "The coup, condemned by the African Union and ECOWAS, left President Bazoum in detention.",
            ("the African Union and ECOWAS", "condemned", "The coup"),
            id="coup_condemned",
        ),
        pytest.param(
            "Allegations of mass executions in Axum, denied by the Ethiopian army, were documented by Amnesty.",
            ("the Ethiopian army", "denied", "Allegations of mass executions in Axum"),
            id="allegations_denied",
        ),
        pytest.param(
            "The deaths, confirmed by the Gaza health ministry late on Tuesday, bring the toll in Rafah to 45.",
            ("the Gaza health ministry", "confirmed", "The deaths"),
            id="deaths_confirmed",
        ),
        pytest.param(
            "The junta issued a decree, criticised by rights groups, that suspends all party activity in Mali.",
            ("rights groups", "criticised", "a decree"),
            id="object_of_the_clause_criticised",
        ),
        pytest.param(
            "A proposal by Egypt, rejected by Israel, would have reopened the crossing.",
            ("Israel", "rejected", "A proposal by Egypt"),
            id="document_rejected",
        ),
    ],
)
def test_reduced_relative_judged_by_its_agent(nlp: Language, sentence: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(sentence), "d"))


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        pytest.param("The town, captured by Wagner fighters in May, lies 20 kilometres from Bakhmut.", "captured",
                     id="not_a_judging_verb"),
        pytest.param("The minister, dismissed by the president last week, had overseen the fuel subsidy.",
                     "dismissed", id="removed_from_office"),
        pytest.param("The soldiers, welcomed by cheering crowds in Kherson, handed out bread.", "welcomed",
                     id="people_greeted"),
        pytest.param("The appeal, dismissed by the supreme court, was the last legal route.", "dismissed",
                     id="court_deed"),
        pytest.param("The kidney, rejected by the patient's body, had been flown in from Amman.", "rejected",
                     id="body_rejects_an_organ"),
        pytest.param("The houses, condemned by the municipality, were demolished.", "condemned",
                     id="premises_condemned"),
        pytest.param("The border, disputed by both countries, runs through the Galwan valley.", "disputed",
                     id="territory_disputed"),
        pytest.param("Casualty figures reported by the health ministry rose to 312 on Monday.", "reported",
                     id="provenance_of_figures"),
        pytest.param("The attack, claimed by Islamic State, killed 30 worshippers in Peshawar.", "claimed",
                     id="responsibility_claimed"),
        pytest.param("The motion, rejected by a wide margin, would have extended the state of emergency.", "rejected",
                     id="margin_is_no_source"),
        pytest.param("The players, applauded by the crowd, left the pitch in Kabul.", "applauded",
                     id="applause_for_people"),
    ],
)
def test_reduced_relative_deed_or_provenance_is_no_attribution(nlp: Language, sentence: str, cue: str) -> None:
    assert all(a.cue.text != cue for a in find_attributions(nlp(sentence), "d"))
