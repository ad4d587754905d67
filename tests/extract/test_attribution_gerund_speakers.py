"""The speaker of a gerund after a preposition: the subject of the clause the preposition hangs
on, also where the tagger reads the preposition as a conjunction ("since announcing", "despite
admitting"), where it is a complex one ("in addition to accusing", "in spite of claiming") and
where it hangs on an adverb of the verb ("stopped short of blaming", "ahead of announcing"); of
a passive verb with an agent, a person subject does it, not the agent ("was attacked by MPs after
claiming").

The guards are the same shapes where the clause subject does not say it: a gerund with a subject
of its own, the one judged "for" saying, the agent of a passive whose subject is a thing, a
complex preposition whose act no one did ("in favour of announcing a truce") and a noun phrase
that is no complex preposition ("the risk of Moscow claiming").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Since announcing in March that he would run again, Tshisekedi has toured the eastern provinces.",
            ("Tshisekedi", "announcing", "that he would run again"),
            id="since_read_as_a_conjunction",
        ),
        pytest.param(
            "The Pakistani army chief, despite admitting that the border posts were poorly manned, "
            "insisted no troops had deserted.",
            ("The Pakistani army chief", "admitting", "that the border posts were poorly manned"),
            id="despite_read_as_a_conjunction",
        ),
        pytest.param(
            "In addition to claiming that the drone was shot down, the Houthi spokesman has threatened "
            "further strikes.",
            ("the Houthi spokesman", "claiming", "that the drone was shot down"),
            id="in_addition_to",
        ),
        pytest.param(
            "The opposition leader, in spite of claiming that the vote was rigged, accepted a seat in parliament.",
            ("The opposition leader", "claiming", "that the vote was rigged"),
            id="in_spite_of",
        ),
        pytest.param(
            "The commander stopped short of blaming Rwanda for the shelling.",
            ("The commander", "blaming", "Rwanda for the shelling"),
            id="stopped_short_of",
        ),
        pytest.param(
            "Ukraine's military stopped short of claiming that the bridge had been destroyed.",
            ("Ukraine's military", "claiming", "that the bridge had been destroyed"),
            id="stopped_short_of_possessive_subject",
        ),
        pytest.param(
            "The minister was attacked by opposition MPs after claiming that the army had retaken the town.",
            ("The minister", "claiming", "that the army had retaken the town"),
            id="passive_subject_not_its_agent",
        ),
        pytest.param(
            "After insisting for weeks that the port was open, the ministry admitted it had been closed.",
            ("the ministry", "insisting", "that the port was open"),
            id="preposition_tagged_as_one_unchanged",
        ),
    ],
)
def test_gerund_after_a_preposition_is_said_by_the_clause_subject(
    nlp: Language, text: str, expected: Triple
) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Despite Kyiv insisting the drones were Russian, Moscow said they were Ukrainian decoys.",
                     "insisting", "Kyiv", id="gerund_with_a_subject_of_its_own"),
        pytest.param("The court fined the newspaper for alleging that the general took bribes.",
                     "alleging", "the newspaper", id="the_one_judged_for_saying"),
        pytest.param("The commission faulted the police for claiming that the protesters were armed.",
                     "claiming", "the police", id="the_one_faulted_for_claiming"),
        pytest.param("The ceasefire was announced by Qatar after confirming that both sides had agreed.",
                     "confirming", "Qatar", id="agent_of_a_passive_thing"),
    ],
)
def test_gerund_with_another_speaker_keeps_it(nlp: Language, text: str, cue: str, source: str) -> None:
    found = [t for t in triples(find_attributions(nlp(text), "d")) if t[1] == cue]
    assert found and all(t[0] == source for t in found)


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        pytest.param("In favour of announcing a truce, the mediators argued that the talks needed time.",
                     "the mediators", id="in_favour_of_an_act_not_done"),
        pytest.param("The risk of Moscow claiming a victory worried Western diplomats.",
                     "Western diplomats", id="noun_phrase_not_a_complex_preposition"),
        pytest.param("Her habit of denying every report annoyed the foreign press in Addis Ababa.",
                     "the foreign press in Addis Ababa", id="habit_of_denying"),
    ],
)
def test_gerund_not_credited_to_the_clause_subject(nlp: Language, text: str, not_source: str) -> None:
    assert all(t[0] != not_source for t in triples(find_attributions(nlp(text), "d")) if t[1].endswith("ing"))
