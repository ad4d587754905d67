"""A naming verb whose object is "what" and whose giver is a pronoun ("condemned what he called a brazen
breach") only labels a noun phrase of the writer's sentence: it is dropped after the cue model's
decision, and the speaker's own verb keeps the attribution.

The guards are the same words where they do report: a named giver ("what the rebels called a
ceasefire"), a label no other attribution's content holds ("gathered outside what they described as
a secret prison"), a naming verb with its own object ("called the attack an act of terror"), "as" opening a
clause ("described what she saw as soldiers opened fire"), and a verb of saying ("what the general said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions

from attribution_support import triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "label_cue", "kept_cue"),
    [
        pytest.param("Serbia's president complained about what he called Western double standards in Kosovo.",
                     "called", "complained about", id="called"),
        pytest.param("The ministry denied what it described as false reports of mass graves.",
                     "described as", "denied", id="described_as"),
        pytest.param("Sudanese doctors warned against what they viewed as attacks on hospitals.",
                     "viewed as", "warned against", id="viewed_as"),
        pytest.param("Officials said what they described as a training exercise ended in a deadly crash.",
                     "described as", "said", id="inside_a_reported_clause"),
    ],
)
def test_pronoun_label_is_no_attribution(nlp: Language, text: str, label_cue: str, kept_cue: str) -> None:
    cues = [cue for _, cue, _ in triples(find_attributions(nlp(text), "d"))]
    assert label_cue not in cues
    assert kept_cue in cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("What the rebels called a ceasefire lasted only hours.",
                     ("the rebels", "called"), id="named_giver"),
        pytest.param("The minister called the attack an act of terror.",
                     ("The minister", "called"), id="own_object"),
        pytest.param("The nurse described what she saw as soldiers opened fire on the crowd.",
                     ("The nurse", "described"), id="as_opens_a_clause"),
        pytest.param("Protesters gathered outside what they described as a secret prison.",
                     ("they", "described as"), id="label_on_a_deed_is_its_only_record"),
    ],
)
def test_naming_verb_that_reports_is_kept(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(source, cue) for source, cue, _ in triples(find_attributions(nlp(text), "d"))]
