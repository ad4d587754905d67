"""Event status of an act supposed under a modal ("a ceasefire would allow aid to reach Gaza"), of a
clause whose saying is judged ("it would be wrong to say that"), and of an act noun whose taking
place is negated ("the talks were not held as planned": no event).

Sentences are written for these tests in the style of wire and NGO reports on several conflicts
(not taken from the evaluation sets). The guard cases come from an adversarial pass: an act told
as made by a relative clause, a plan's terms ("would come into force", "would last"), a narrative
"would later", a deed judged wrong, a negation that bears on a manner, a time or a contrast, and
questions, which the older rules already read.
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
        # an act supposed as the subject of what it would bring about
        ("A ceasefire would allow aid to reach Gaza.", "ceasefire", "hypothetical"),
        ("A truce might give negotiators time in Doha.", "truce", "hypothetical"),
        ("An invasion of Taiwan would devastate the global economy.", "invasion", "hypothetical"),
        ("An Israeli strike on Lebanon could draw Hezbollah into the war.", "strike", "hypothetical"),
        ("A blockade of the Strait of Hormuz would send oil prices soaring.", "blockade", "hypothetical"),
        ("A strike by nurses could close hospitals in Kenya.", "strike", "hypothetical"),
        ("An attack on the convoy would have killed dozens, officials said.", "attack", "hypothetical"),
        # guards: told as made, a plan's terms, a narrative "would", a plain past
        ("A ceasefire that took effect on Sunday would hold, officials hoped.", "ceasefire", "happened"),
        ("A rocket attack would later kill three soldiers in the Golan.", "attack", "happened"),
        ("A ceasefire took effect in Lebanon on Wednesday.", "ceasefire", "happened"),
        ("An attack killed 12 soldiers in Borno on Monday.", "attack", "happened"),
        # questions, read by the older rules
        ("Did Russian forces shell the train station in Kramatorsk?", "shell", "alleged"),
        ("Will the junta release the detained journalists?", "release", "hypothetical"),
        ("Who shelled the Zaporizhzhia plant last night?", "shelled", "happened"),
    ],
)
def test_an_act_supposed_under_a_modal_is_hypothetical(nlp: Language, sentence: str, trigger: str,
                                                       status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "A ceasefire would come into force on Monday, the White House said.",
        "A truce brokered by Egypt would last 72 hours.",
        "A ceasefire could not hold, the mediators conceded.",
    ],
)
def test_a_plan_s_terms_or_an_act_s_fate_is_no_supposition(nlp: Language, sentence: str) -> None:
    assert "hypothetical" not in {e.status for e in events_in(nlp, sentence)}


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("It would be wrong to say that the army shelled the town.", "shelled", "denied"),
        ("It is false to say that the army fired first near Tulkarm.", "fired", "denied"),
        ("It is untrue to say that Rwanda supplied weapons to M23.", "supplied", "denied"),
        ("It is not accurate to say that Hamas fired the rocket.", "fired", "denied"),
        ("It would be misleading to say that the army withdrew from Sennar.", "withdrew", "denied"),
        ("It would be false to claim that Israel bombed the convoy near Khan Younis.", "bombed", "denied"),
        # a saying granted is told as so; a modal on the copula hedges it
        ("It would be fair to say that police beat the students.", "beat", "happened"),
        ("It is safe to say that the militia attacked the convoy.", "attacked", "happened"),
        # guards: a deed judged wrong, and the saying's subject judged
        ("It is wrong that troops killed civilians in Tigray.", "killed", "happened"),
        ("The minister was right to say that Russia bombed the hospital.", "bombed", "happened"),
    ],
)
def test_a_clause_whose_saying_is_judged(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("The talks were not held as planned.", "talks"),
        ("Peace talks were not held in Jeddah last week.", "talks"),
        ("The summit between the AU and the junta was never held.", "summit"),
        ("Talks between Kyiv and Moscow did not happen.", "Talks"),
        ("Clashes did not break out in Tripoli despite fears.", "Clashes"),
        ("Protests were not held in Minsk this year.", "Protests"),
    ],
)
def test_an_act_whose_taking_place_is_negated_is_no_event(nlp: Language, sentence: str, act: str) -> None:
    assert act not in [e.text for e in events_in(nlp, sentence)]


@pytest.mark.parametrize(
    ("sentence", "act", "status"),
    [
        ("The talks were held as planned in Doha.", "talks", "happened"),
        # the negation bears on a time, a manner or a contrast: the act was held
        ("The talks were not held in Doha but in Cairo.", "talks", "happened"),
        ("The protests were not held by the opposition but by students.", "protests", "happened"),
        ("Negotiations did not begin until the Americans arrived.", "Negotiations", "happened"),
        ("The rally was not held in secret.", "rally", "happened"),
        ("The talks were not held in good faith, the opposition said.", "talks", "happened"),
        # the undoing negated: it goes ahead (older rule)
        ("The strike was not called off.", "strike", "happened"),
    ],
)
def test_a_negation_on_an_adjunct_leaves_the_act_held(nlp: Language, sentence: str, act: str,
                                                      status: str) -> None:
    assert status_in(nlp, sentence, act) == status
