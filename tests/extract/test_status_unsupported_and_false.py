"""Event status of an act in a clause left unshown ("there is no evidence that"), called false
("it is not true that", "reports ... were baseless") or not ruled out ("has not ruled out").

Sentences are written for these tests in the style of wire and NGO reports on several conflicts
(not taken from the evaluation sets). The guard cases come from an adversarial pass: evidence
told as found, truth affirmed, a deed judged wrong, a "rule" with no "out", and a true relative
clause on an evidence noun keep the status they had.
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
        # a negated noun of evidence leaves the act a claim no one has shown
        ("There is no evidence that the militia shelled the camp near Goma.", "shelled", "alleged"),
        ("There was no proof that Houthi fighters attacked the tanker.", "attacked", "alleged"),
        ("The police said there was no sign that protesters had attacked officers in Nairobi.", "attacked",
         "alleged"),
        ("The court found no evidence that the police had tortured the suspects.", "tortured", "alleged"),
        ("There was no confirmation that the hostages had been freed in Gaza.", "freed", "alleged"),
        # without "that", the parser's relative clause is still the content of the evidence
        ("There is no proof the rebels shot down the helicopter in Mali.", "shot", "alleged"),
        # a verb of confirming with no one as its subject, as a negated one
        ("No one has confirmed that the gunmen kidnapped the students in Kaduna.", "kidnapped", "alleged"),
        # a clause or a report called false is denied
        ("It is not true that rebels seized the town of Kidal.", "seized", "denied"),
        ("Witnesses said it was false that police beat detainees in Harare.", "beat", "denied"),
        ("It is untrue that soldiers burned villages in Rakhine, the army spokesman said.", "burned", "denied"),
        ("Claims that Iran supplied drones to Russia are baseless, Tehran said.", "supplied", "denied"),
        ("Officials said there was no truth to reports that the army had abducted journalists.", "abducted",
         "denied"),
        # a negated exclusion leaves the act possible, not refused
        ("Israel has not ruled out a ground offensive in Lebanon.", "offensive", "hypothetical"),
        ("The EU did not exclude new sanctions against Belarus.", "sanctions", "hypothetical"),
    ],
)
def test_unshown_or_false_clause_status(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # evidence told as there, or found, supports the act: it stays as told
        ("There is evidence that the militia shelled the camp near Goma.", "shelled", "happened"),
        ("Investigators found evidence that soldiers executed detainees in Bucha.", "executed", "happened"),
        # truth affirmed, or a deed judged wrong, states the act
        ("It is true that rebels seized the town of Kidal.", "seized", "happened"),
        ("It is wrong that troops killed unarmed protesters in Khartoum.", "killed", "happened"),
        # doubt is often of a detail, not of the act
        ("Residents doubted that police had arrested the real killers.", "arrested", "happened"),
        # the report is confirmed, not called false: told as so, as a report called accurate is
        ("Reports that the army shelled the camp were confirmed by the UN.", "shelled", "happened"),
        # "ruled out" itself refuses
        ("The minister ruled out an offensive on Rafah.", "offensive", "refused"),
        # an infinitive on an evidence noun says what evidence would do, not what is claimed done
        ("Officials said there was no evidence to support the protesters in Harare.", "support", "happened"),
    ],
)
def test_supported_or_affirmed_clause_keeps_status(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # an undoing negated in the active leaves the act an event of its own, going ahead
        ("The union did not call off the strike at the port of Durban.", "strike", "happened"),
        ("Dock workers did not call off their strike, the union said.", "strike", "happened"),
        ("The union will not call off the strike planned for Monday in Buenos Aires.", "strike", "planned"),
        # a participle of planning keeps it still to come, active or passive
        ("The union has not yet called off the strike planned for Monday in Buenos Aires.", "strike", "planned"),
        ("The strike planned for Monday in Buenos Aires was not called off.", "strike", "planned"),
    ],
)
def test_act_not_called_off_goes_ahead(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # called off, the act is folded into the cancelling
        ("The union called off the strike after talks with the government in Accra.", "strike"),
        # a strike that would go ahead under a doubt is no event of a call-off
        ("The union did not doubt that the strike would go ahead.", "strike"),
    ],
)
def test_act_called_off_or_not_undone_is_no_event(nlp: Language, sentence: str, trigger: str) -> None:
    assert trigger not in [e.text for e in events_in(nlp, sentence)]
