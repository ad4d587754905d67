"""Acts called off, denied gerunds the parser reads as adjectives, and acts joined to an open question.

Sentences are written in the style of wire reports (not taken from any evaluation set or corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _status(nlp: Language, sentence: str, trigger: str) -> str:
    found = [e for e in events_in(nlp, sentence) if e.text == trigger]
    assert len(found) == 1, [(e.text, e.type, e.status) for e in events_in(nlp, sentence)]
    return found[0].status


@pytest.mark.parametrize(
    ("sentence", "undone_type"),
    [
        ("The teachers' union called off its nationwide strike after the government raised salaries.", "PROTEST"),
        ("Hamas called off the planned handover of three Israeli hostages.", "RETREAT"),
        ("Kyiv called off a prisoner exchange with Moscow at the last minute.", "RETREAT"),
        ("The rebels called off their strike on the capital.", "ASSAULT"),
        ("Moscow called off the grain deal in July 2023.", "AGREE"),
        ("Peace talks between Khartoum and the RSF were called off on Tuesday.", "CONSULT"),
        ("The planned visit of the Chinese defence minister to Manila was called off.", "CONSULT"),
        ("The hunger strike was called off after the detainees' demands were met.", "PROTEST"),
    ],
)
def test_an_act_called_off_is_one_discontinuing_event(nlp: Language, sentence: str, undone_type: str) -> None:
    """'called off' stops what its object names, as 'cancelled' does: one SANCTION discontinue that
    happened, and no event of the act itself, which did not take place."""
    events = events_in(nlp, sentence)
    called = [e for e in events if e.text == "called"]
    assert [(e.type, e.mode, e.status) for e in called] == [("SANCTION", "discontinue", "happened")]
    assert undone_type not in {e.type for e in events if e.text != "called"}


@pytest.mark.parametrize(
    ("sentence", "undone_type"),
    [
        ("The march planned by opposition parties in Dhaka was cancelled.", "PROTEST"),
        ("A visit by the Turkish president to Baghdad was cancelled.", "CONSULT"),
    ],
)
def test_an_act_cancelled_in_the_passive_is_folded_into_the_cancelling(
        nlp: Language, sentence: str, undone_type: str) -> None:
    """The passive subject of "cancelled" is folded into it as its object is in the active."""
    events = events_in(nlp, sentence)
    assert [(e.text, e.type) for e in events] == [("cancelled", "SANCTION")]
    assert undone_type not in {e.type for e in events}


@pytest.mark.parametrize(
    ("sentence", "trigger", "kind"),
    [
        ("The union called a general strike for Monday in Buenos Aires.", "strike", ("PROTEST", "strike")),
        ("The strike was called by the teachers' union.", "strike", ("PROTEST", "strike")),
        ("Russia called up 300,000 reservists in September 2022.", "called", ("MOBILIZE", "troops")),
        ("The UN called for an immediate ceasefire in Gaza.", "ceasefire", ("RETREAT", "ceasefire")),
    ],
)
def test_calling_without_off_still_carries_out_or_demands(
        nlp: Language, sentence: str, trigger: str, kind: tuple[str, str]) -> None:
    """Other uses of "call" carry the act out ("called a strike") or ask for it: no discontinuing."""
    events = events_in(nlp, sentence)
    assert kind in [(e.type, e.mode) for e in events if e.text == trigger]
    assert ("SANCTION", "discontinue") not in [(e.type, e.mode) for e in events]


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type"),
    [
        ("Iran has repeatedly denied supplying drones to Russia for use in Ukraine.", "supplying", "AID"),
        ("The RSF denied looting homes in Khartoum.", "looting", "COERCE"),
        ("The militia denied attacking peacekeepers.", "attacking", "ASSAULT"),
    ],
)
def test_a_denied_gerund_read_as_an_adjective_is_a_denied_act(
        nlp: Language, sentence: str, trigger: str, event_type: str) -> None:
    """'denied supplying drones': the parser hangs the gerund on the noun as amod; it is still the act denied."""
    found = [e for e in events_in(nlp, sentence) if e.text == trigger]
    assert [(e.type, e.status) for e in found] == [(event_type, "denied")]
    assert found[0].source is not None


@pytest.mark.parametrize(
    ("sentence", "participle"),
    [
        ("Moscow denied mounting evidence of war crimes in Bucha.", "mounting"),
        ("The ministry denied escalating tensions along the border.", "escalating"),
        ("The military dismissed growing calls for an inquiry.", "growing"),
        ("The government denied conflicting accounts of the shooting.", "conflicting"),
    ],
)
def test_a_real_adjective_on_a_denied_noun_is_no_act(nlp: Language, sentence: str, participle: str) -> None:
    assert participle not in [e.text for e in events_in(nlp, sentence)]


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("It is unclear whether the militia attacked the convoy or merely fired warning shots.", "fired", "alleged"),
        ("It remains unclear whether the commander was killed or captured.", "captured", "alleged"),
        ("It was not known whether the gunmen kidnapped the workers or killed them.", "killed", "alleged"),
        ("Officials could not confirm whether soldiers shot the protesters or beat them.", "beat", "alleged"),
        ("Nobody knows whether the militia attacked the convoy near Goma.", "attacked", "alleged"),
        ("None of the witnesses knew whether soldiers fired first.", "fired", "alleged"),
        # guards: an act beside the question, a future question, a condition, a settled fact
        ("It is unclear whether the army shelled the camp, and the rebels later attacked the base.", "attacked",
         "happened"),
        ("Nobody knew whether the militia would attack again.", "attack", "hypothetical"),
        ("Rebels will retaliate if the army attacks the town or shells the villages.", "shells", "hypothetical"),
        ("It is clear that the militia attacked the convoy and fired on civilians.", "fired", "happened"),
        ("Nobody knows who attacked the convoy near Goma.", "attacked", "happened"),
    ],
)
def test_an_act_joined_to_an_open_question_is_alleged(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    """The second act of "whether A or B" is asked about as the first is; "nobody knows" leaves it open."""
    assert _status(nlp, sentence, trigger) == status
