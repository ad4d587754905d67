"""Acts that go ahead after all, and who rallies after a raising verb.

Sentences are written in the style of wire and market reports (not taken from the evaluation sets).

* A definite act noun is an anaphor of an earlier mention, unless the sentence tells it taking place
  after all ("the strike was not called off", "the demonstration went ahead despite a ban"): then it
  is an event of its own, with the status of the verb that tells it going ahead; one a party lets go
  ahead ("allowed the protest to go ahead") is planned.
* "Markets are poised to rally": a raising verb's subject is its infinitive's, so markets rally (a
  figurative use), while "the opposition is set to rally" still protests.

The guard cases come from the adversarial pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, status_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The strike was not called off despite pressure from the government.", "strike", "happened"),
        ("The protests were not cancelled despite the ban.", "protests", "happened"),
        ("The boycott was not called off, organisers in Colombo said.", "boycott", "happened"),
        ("The demonstration went ahead in Kampala despite a police ban.", "demonstration", "happened"),
        ("The summit went ahead in Addis Ababa as planned.", "summit", "happened"),
        ("Protests went ahead in Yerevan despite the heat.", "Protests", "happened"),
        # the undoing verb's modal is the act's: still to come
        ("Nurses said the strike would not be called off.", "strike", "planned"),
        ("The walkout will not be cancelled, the union in Lagos said.", "walkout", "planned"),
        ("The protest will go ahead on Friday, organisers in Nairobi said.", "protest", "planned"),
        # let go ahead: permitted, still to come (test_status_permissions_and_commitments.py)
        ("The government allowed the protest to go ahead.", "protest", "planned"),
    ],
)
def test_a_definite_act_going_ahead_after_all_is_an_event(nlp: Language, sentence: str, trigger: str,
                                                          status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    "sentence",
    [
        # an anaphor that does not go ahead
        "The fighting went on for three days in Sennar.",
        "The strike did not go ahead after the government raised wages.",
        "The deal went ahead despite objections from Kyiv.",
        "The protests were not violent.",
        "The protests were not organised by the opposition.",
    ],
)
def test_an_act_not_told_going_ahead_stays_unmentioned(nlp: Language, sentence: str) -> None:
    assert [e.text for e in events_in(nlp, sentence) if e.type in {"PROTEST", "ASSAULT", "AGREE"}] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Markets are poised to rally after the ceasefire deal.",
        "Stocks are set to rally as oil prices fall.",
        "Shares were expected to rally on Tuesday.",
        "Asian stocks are likely to rally after the Fed decision.",
        "Markets seem to be rallying.",
        "The dollar is expected to retreat.",
        "The movie is expected to bomb.",
    ],
)
def test_a_market_raised_to_an_infinitive_acts_figuratively(nlp: Language, sentence: str) -> None:
    assert events_in(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The opposition is set to rally in Harare on Saturday.", "planned"),
        ("Farmers are poised to rally in Brussels against the trade deal.", "planned"),
        ("Teachers were expected to rally outside the ministry in Nairobi.", "planned"),
        ("Protesters continued to rally in Belgrade.", "ongoing"),
    ],
)
def test_people_raised_to_an_infinitive_rally_as_protest(nlp: Language, sentence: str, status: str) -> None:
    assert status_in(nlp, sentence, "rally") == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # "head off" foils as "avert" does; "staved off", "fended off" and "warded off" attacks repel them
        ("Troops headed off an attack on the base near Gao.", "attack", "refused"),
        ("Diplomats headed off a clash between Serbia and Kosovo.", "clash", "refused"),
        ("Defenders staved off repeated attacks on Bakhmut.", "attacks", "happened"),
        ("Ukrainian forces fended off an attack near Avdiivka.", "attack", "happened"),
        ("Soldiers narrowly avoided a clash with militants near the border.", "clash", "refused"),
    ],
)
def test_an_act_headed_off_did_not_happen(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Oil rallied on Monday.",
        "The hryvnia is set to rally after the aid package.",
        "Crude is poised to retreat after the truce.",
    ],
)
def test_a_commodity_or_currency_moves_figuratively(nlp: Language, sentence: str) -> None:
    assert events_in(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the commodity names the workers, not the mover
        ("Oil workers went on strike in Basra.", "strike"),
        ("Wheat farmers are expected to rally in Warsaw.", "rally"),
        ("Gold Star families are expected to rally in Washington.", "rally"),
    ],
)
def test_workers_named_by_a_commodity_still_protest(nlp: Language, sentence: str, trigger: str) -> None:
    assert [e.type for e in events_in(nlp, sentence) if e.text == trigger] == ["PROTEST"]
