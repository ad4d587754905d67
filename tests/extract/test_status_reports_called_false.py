"""Reports called false or true after a parenthetical speaker, "too early to say whether", and the
source of a claim noun whose participle answers it ("the claim, denied by the rebels, that ...").

Sentences are written for these tests in the style of wire and NGO reports on several conflicts
(not taken from the evaluation sets). The parser often hangs a report noun's that-clause on it as a
relative clause when a ", the army said" parenthetical follows; the clause is still the report's
content. The guard cases come from an adversarial pass: true relative clauses on report nouns,
reports called true only in part or under a condition, "too early" judging no telling or a
question of detail, and participles that tell where a claim came from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

from attribution_support import triples
from event_support import status_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a report called false denies what it tells, whatever parenthetical follows
        ("Reports that soldiers burned the village were untrue, the army said.", "burned", "denied"),
        ("Reports that militants attacked the base were not correct, police in Borno said.", "attacked", "denied"),
        ("Claims that Russian forces struck a hospital in Kherson were fabricated, the Kremlin said.", "struck",
         "denied"),
        ("Claims that gunmen attacked the base in Niger are groundless, officials insisted.", "attacked", "denied"),
        # a report neither called false nor true stays a claim
        ("Reports that the militia attacked the convoy in Darfur were widely shared, a resident said.", "attacked",
         "alleged"),
        ("Reports that rebels seized Bunagana were premature, the governor said.", "seized", "alleged"),
        ("Reports that militants attacked the base were contradicted by satellite images.", "attacked", "alleged"),
        # a report called true, plainly, tells the act as so
        ("Reports that Israeli jets bombed the depot were accurate, a UN official said.", "bombed", "happened"),
        ("Reports that the drone destroyed a tank near Bakhmut were accurate, the ministry confirmed.", "destroyed",
         "happened"),
        # a past act asked about when it is too early or too hard to tell is a claim; a future one a guess
        ("It is too early to say whether the militia attacked the convoy near Nyala.", "attacked", "alleged"),
        ("It is hard to say whether the Houthis struck the tanker.", "struck", "alleged"),
        ("It remains too early to say whether the drone strike hit the command post.", "hit", "alleged"),
        ("Police in Kaduna said it was too soon to say whether gunmen had kidnapped the pupils.", "kidnapped",
         "alleged"),
        ("It is too early to tell if the airstrike killed civilians in Khan Younis.", "killed", "alleged"),
        ("It is too early to say whether Hamas will release the hostages.", "release", "hypothetical"),
    ],
)
def test_called_false_and_open_question_status(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a true relative clause on a report noun tells a fact of its own
        ("Reports that reached the capital said gunmen killed 14 farmers in Plateau State.", "killed", "happened"),
        ("Soldiers burned the village that the rebels had used as a base, the army said.", "burned", "happened"),
        # a report called true only in part, under a condition or in a question stays a claim
        ("Reports that the army shelled the camp were broadly accurate but exaggerated, the UN said.", "shelled",
         "alleged"),
        ("Reports that the army shelled the camp were true in part, the UN said.", "shelled", "alleged"),
        ("If reports that the army shelled the camp were accurate, the council would meet.", "shelled",
         "hypothetical"),
        ("The UN is checking whether reports that the army shelled the camp are accurate.", "shelled", "alleged"),
        ("Reports that the army shelled the camp may be true, a UN official said.", "shelled", "alleged"),
        # "too early" judging no telling, or a question of detail: the act is told
        ("It is too early to celebrate, the general said after troops recaptured Kupiansk.", "recaptured",
         "happened"),
        ("It is hard to say how many people died when the militia attacked the convoy.", "attacked", "happened"),
        ("The missile hit the hospital, and it is hard to say when it will reopen.", "hit", "happened"),
    ],
)
def test_called_false_and_open_question_guards(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "noun", "judge"),
    [
        ("The claim, denied by the rebels, that they shelled the camp spread online.", "claim", "the rebels"),
        ("The allegation, denied by the army, that troops shelled the market in Gao stands.", "allegation",
         "the army"),
        ("The claim, disputed by Kyiv, that its forces shelled Donetsk drew a UN response.", "claim", "Kyiv"),
        ("The accusation, dismissed by the junta, that soldiers shelled the village drew condemnation.",
         "accusation", "the junta"),
    ],
)
def test_judging_agent_is_no_source_of_the_claim(nlp: Language, sentence: str, noun: str, judge: str) -> None:
    """Who denies or disputes a claim does not make it: the claim noun's source is unknown."""
    found = triples(find_attributions(nlp(sentence), "d"))
    assert not any(source == judge and cue == noun for source, cue, _ in found)


@pytest.mark.parametrize(
    ("sentence", "noun", "maker"),
    [
        ("The claim, made by Hamas, that Israeli tanks shelled the hospital was denied.", "claim", "Hamas"),
        ("The accusation, repeated by the UN, that the army shelled the camp angered Khartoum.", "accusation",
         "the UN"),
    ],
)
def test_maker_of_the_claim_stays_its_source(nlp: Language, sentence: str, noun: str, maker: str) -> None:
    """A participle that makes or passes on the claim keeps its agent as the source."""
    found = triples(find_attributions(nlp(sentence), "d"))
    assert any(source == maker and cue == noun for source, cue, _ in found)
