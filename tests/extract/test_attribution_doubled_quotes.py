"""Quotations written with doubled apostrophes (''...'') or backticks (``...''), as archive news text
and Penn-Treebank dumps print them: they pair like any quotation marks, so a quoted content keeps its
marks and the comma inside them, a colon quotation and a quotation going on after its speaker are
read, and a split quotation is one content.

The guards are the other uses of two apostrophes: inches (a 12'' mortar, a man 5'8'' tall, even
inside a quotation), ditto marks with spaces on both sides, an empty pair (''''), a plural
possessive next to a mark, and single quotes nested at a doubled mark's edge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import find_attributions
from parley.extract.attributions._spans import _quote_pairs

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
        pytest.param("The governor told reporters: ''No convoy will pass until the road is cleared.''",
                     [("The governor", "told", "''No convoy will pass until the road is cleared.''")],
                     id="colon_quote"),
        pytest.param("``We are ready to sign,'' the rebel negotiator said in Doha.",
                     [("the rebel negotiator", "said", "``We are ready to sign,''")],
                     id="backtick_opening"),
        pytest.param("''The shelling stopped at dawn,'' a nurse in Sumy said. ''Then it began again.''",
                     [("a nurse in Sumy", "said",
                       "''The shelling stopped at dawn,'' a nurse in Sumy said. ''Then it began again.''")],
                     id="quote_going_on_in_next_sentence"),
        pytest.param("''The militia is regrouping,'' a senior officer said, ''and the attack will resume soon.''",
                     [("a senior officer", "said",
                       "''The militia is regrouping,'' a senior officer said, ''and the attack will resume soon.''")],
                     id="split_quotation"),
        pytest.param("''I heard them shout 'open the gate' before the blast,'' said a guard in Kirkuk.",
                     [("a guard in Kirkuk", "said", "''I heard them shout 'open the gate' before the blast,''")],
                     id="nested_single_quote"),
        pytest.param("''Do not call it a 'truce,''' the activist said.",
                     [("the activist", "said", "''Do not call it a 'truce,'''")],
                     id="nested_single_quote_closing_with_doubled_mark"),
        pytest.param("''The man was 5'9'' and carried a rifle,'' the witness told the court.",
                     [("the witness", "told", "''The man was 5'9'' and carried a rifle,''")],
                     id="height_inside_a_quote"),
        pytest.param("''They told us, 'Leave the village,' '' said a farmer from Darfur.",
                     [("a farmer from Darfur", "said", "''They told us, 'Leave the village,' ''")],
                     id="spaced_single_quote_before_closing_mark"),
        pytest.param("''We will protect the herders' wells,'' the district chief said.",
                     [("the district chief", "said", "''We will protect the herders' wells,''")],
                     id="plural_possessive_inside_a_quote"),
    ],
)
def test_doubled_apostrophe_quotation(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The text had 14 '' 12 '' 9 in its columns.", (), id="ditto_marks"),
        pytest.param("The tally read Gedo '' '' and Bay 7.", (), id="ditto_marks_side_by_side"),
        pytest.param("The gunman was about 5'10'' tall, and a 12'' mortar was found.", (), id="inches"),
        pytest.param("The field was left '''' in the form.", (), id="empty_pair"),
        pytest.param("The students' ''demands'' were read out.", ((14, 25),), id="possessive_before_quote"),
        pytest.param("He said ``no'' twice.", ((8, 14),), id="backtick_pair"),
    ],
)
def test_doubled_apostrophes_that_pair(text: str, expected: tuple[tuple[int, int], ...]) -> None:
    assert _quote_pairs(text) == expected
