"""Quotations written with doubled apostrophes (''...'') or backticks (``...''), as archive news text
and Penn-Treebank dumps print them.

The cue model's candidates are read without these marks (retrained on them it scored worse), so
they shape only what the model accepted: a quoted content keeps its marks and the comma inside
them, a quotation going on after its speaker and a split quotation are one content, and a verb
inside such a quotation is the speaker's own word, not a cue.

The guards are the other uses of two apostrophes: inches (a 12'' mortar, a man 5'8'' tall, even
inside a quotation), ditto marks with spaces on both sides, an empty pair (''''), a plural
possessive next to a mark, and single quotes nested at a doubled mark's edge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions
from parley.extract.attributions._spans import _all_quote_pairs, _quote_pairs

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("''We will not pull back from the river,'' the brigade commander said on Monday.",
                     [("the brigade commander", "said", "''We will not pull back from the river,''")],
                     id="signed_after_quote"),
        pytest.param("''The curfew stays in force,'' said Yusuf Adan, a police spokesman in Baidoa.",
                     [("Yusuf Adan, a police spokesman in Baidoa", "said", "''The curfew stays in force,''")],
                     id="inverted_speaker"),
        pytest.param("``We are ready to sign,'' the rebel negotiator said in Doha.",
                     [("the rebel negotiator", "said", "``We are ready to sign,''")],
                     id="backtick_opening"),
        pytest.param("The district officer said the militia had ''acted like an army of occupation.''",
                     [("The district officer", "said", "the militia had ''acted like an army of occupation.''")],
                     id="quoted_phrase_closing_the_content"),
        pytest.param("''The shelling stopped at dawn,'' a nurse in Sumy said. ''Then it began again.''",
                     [("a nurse in Sumy", "said",
                       "''The shelling stopped at dawn,'' a nurse in Sumy said. ''Then it began again.''")],
                     id="quote_going_on_in_next_sentence"),
        pytest.param("''The militia is regrouping,'' a senior officer said, ''and the attack will resume soon.''",
                     [("a senior officer", "said",
                       "''The militia is regrouping,'' a senior officer said, ''and the attack will resume soon.''")],
                     id="split_quotation"),
        pytest.param("''The road is closed,'' the driver said. ''It has been shut for a week,'' a soldier added.",
                     [("the driver", "said", "''The road is closed,''"),
                      ("a soldier", "added", "''It has been shut for a week,''")],
                     id="next_quotation_with_a_speaker_of_its_own"),
        pytest.param("''The man was 5'9'' and carried a rifle,'' the witness told the court.",
                     [("the witness", "told", "''The man was 5'9'' and carried a rifle,''")],
                     id="height_inside_a_quote"),
        pytest.param("''We will protect the herders' wells,'' the district chief said.",
                     [("the district chief", "said", "''We will protect the herders' wells,''")],
                     id="plural_possessive_inside_a_quote"),
    ],
)
def test_doubled_apostrophe_quotation(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


@pytest.mark.parametrize(
    ("text", "speaker_verb", "inner_verb"),
    [
        pytest.param("''We reported the looting to the governor,'' said a lawyer for the traders.",
                     "said", "reported", id="reported_inside"),
        pytest.param("''They claim the strike hit only a depot,'' the mayor of Kherson said.",
                     "said", "claim", id="claim_inside"),
        pytest.param("''We warned them the bridge would fall,'' the engineer said on Friday.",
                     "said", "warned", id="warned_inside"),
    ],
)
def test_verb_inside_doubled_apostrophes_is_no_cue(nlp: Language, text: str, speaker_verb: str,
                                                     inner_verb: str) -> None:
    cues = [a.cue.text for a in find_attributions(nlp(text), "t")]
    assert speaker_verb in cues
    assert inner_verb not in cues


def test_unpaired_mark_at_paragraph_end_widens_nothing(nlp: Language) -> None:
    """A quote going on in the next paragraph leaves its mark open: no quotation is read across."""
    text = "''We will stay in Goma,'' the aid worker said.\n\n''The camps need us.''"
    assert triples(find_attributions(nlp(text), "t"))[0] == ("the aid worker", "said", "''We will stay in Goma,''")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The text had 14 '' 12 '' 9 in its columns.", (), id="ditto_marks"),
        pytest.param("The tally read Gedo '' '' and Bay 7.", (), id="ditto_marks_side_by_side"),
        pytest.param("The gunman was about 5'10'' tall, and a 12'' mortar was found.", (), id="inches"),
        pytest.param("The field was left '''' in the form.", (), id="empty_pair"),
        pytest.param("The students' ''demands'' were read out.", ((14, 25),), id="possessive_before_quote"),
        pytest.param("He said ``no'' twice.", ((8, 14),), id="backtick_pair"),
        pytest.param("He said \"no\" and ''never.''", ((8, 12), (17, 27)), id="straight_and_doubled"),
    ],
)
def test_doubled_apostrophes_that_pair(text: str, expected: tuple[tuple[int, int], ...]) -> None:
    assert _all_quote_pairs(text) == expected


def test_model_candidates_read_no_archive_quotation() -> None:
    """The cue model is trained on :func:`_quote_pairs`; archive marks must not reach it."""
    assert _quote_pairs("''We are ready,'' she said.") == ()
