"""Event status of acts supposed, asked about, still going on, or put off rather than called off.

Sentences are written in the style of wire and NGO reports on several conflicts (not taken from the
evaluation sets). The guard cases come from an adversarial pass: near-misses that must keep the
status they had (a question word, a negated question, a past "still", a speech act with "still",
"was to" with no condition).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import status_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a condition put by inversion, without "if": what it supposes is a hypothesis
        ("Were Pakistan to strike militant camps in Afghanistan, the Taliban would retaliate.", "strike",
         "hypothetical"),
        ("Were Pakistan to strike militant camps in Afghanistan, the Taliban would attack Pakistani posts.",
         "attack", "hypothetical"),
        ("Should the militia attack the camp again, the peacekeepers will evacuate the wounded.", "attack",
         "hypothetical"),
        ("Had the coalition bombed the bridge, the convoy would have been stranded.", "bombed", "hypothetical"),
        # "if ... were to" supposes; it arranges nothing
        ("If Eritrea were to invade Tigray again, Addis Ababa would mobilise its reserves.", "invade",
         "hypothetical"),
        # "will" under a condition stays planned, as "will ... unless" does
        ("Should the truce collapse, the army will attack El Obeid.", "attack", "planned"),
        # guards: "was to" with no condition is a schedule; a question on "should" asks, it does not suppose
        ("The envoy was to meet junta leaders in Niamey on Thursday.", "meet", "planned"),
        ("Should Ankara extradite the two journalists?", "extradite", "hypothetical"),
    ],
)
def test_an_inverted_condition_is_a_supposition(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # supposing a past act undone says it was done
        ("Had the peacekeepers not evacuated the camp, hundreds would have died.", "evacuated", "happened"),
        ("If the coast guard had not rescued the migrants, dozens would have drowned.", "rescued", "happened"),
        ("Kabul would have fallen in weeks had Western forces not bombed the Taliban positions.", "bombed",
         "happened"),
        # guards: a future condition, or no "would have" in the main clause, leaves it supposed or refused
        ("If the junta does not release the ministers, ECOWAS would intervene.", "release", "hypothetical"),
        ("The army had not withdrawn from the town by Sunday, residents said.", "withdrawn", "refused"),
    ],
)
def test_a_past_act_supposed_undone_was_done(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a yes-no question asks whether the act took place, or will
        ("Did Rwandan troops cross into North Kivu?", "cross", "alleged"),
        ("Has the RSF released the detained aid workers?", "released", "alleged"),
        ("Will the Taliban release the detained journalists?", "release", "hypothetical"),
        # guards: a question word takes the act as known; a negated question is rhetorical
        ("Why did the police open fire on the mourners?", "open", "happened"),
        ("Who fired the mortar that hit the market in Goma?", "fired", "happened"),
    ],
)
def test_a_yes_no_question_does_not_tell_the_act(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # "still" with a present deed: it goes on
        ("Armed settlers still occupy the hilltop near Masafer Yatta.", "occupy", "ongoing"),
        ("Al-Shabaab still kidnaps truck drivers on the Mogadishu road.", "kidnaps", "ongoing"),
        # guards: a past "still" tells what was done; "still refuses" is a stance stated now
        ("Soldiers still occupied the school when reporters arrived in 2017.", "occupied", "happened"),
        ("The junta still refuses to release the former president.", "refuses", "happened"),
    ],
)
def test_a_present_deed_still_done_is_ongoing(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


def test_an_act_not_called_off_but_put_off_is_still_to_come(nlp: Language) -> None:
    sentence = "The sit-in outside the Khartoum ministry was not called off but postponed by a week."
    assert status_in(nlp, sentence, "sit-in") == "planned"


def test_a_dash_the_tagger_reads_as_a_clause_does_not_end_the_article(nlp: Language) -> None:
    """A horizontal bar ("―") the tagger made a verb heading an adverbial clause of its own once ended
    the whole article's extraction (a StopIteration looking past punctuation for the inverted word)."""
    text = ("In 2015, Hughes resigned from Parliament ― and became the fodder of tabloid cartoonists ― "
            "after he accidentally posted a racist joke on Twitter.")
    assert status_in(nlp, text, "resigned") == "happened"
