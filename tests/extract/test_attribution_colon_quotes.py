"""Quotations a colon opens after their speaker's words: a verb with its own adverbs and phrases
('replied on Sunday: "..."'), a noun of saying it voices ('issued a stark warning: "..."') and an
adjective of how someone speaks ('was blunt: "..."'). PolNeAR draws the cue through the colon and
the quotation as the content.

The guards are the same shapes where no one named speaks: a quotation another signs ('... read the
banners'), a passive or a verb of motion before the colon, a note someone only has or receives, a
thing (not a person or group) that is "clear" or "firm".
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
        pytest.param('The UN coordinator pleaded once more: "Let the trucks in."',
                     [("The UN coordinator", "pleaded once more:", '"Let the trucks in."')],
                     id="verb_with_adverbs_before_colon"),
        pytest.param('Hamas responded within hours: "The proposal is a non-starter."',
                     [("Hamas", "responded within hours:", '"The proposal is a non-starter."')],
                     id="verb_with_time_phrase_before_colon"),
        pytest.param('The foreign ministry tweeted shortly afterwards: "We condemn this attack on civilians."',
                     [("The foreign ministry", "tweeted shortly afterwards:",
                       '"We condemn this attack on civilians."')],
                     id="tweet_after_colon"),
        pytest.param('The president said in a televised address: "Russia will not stop."',
                     [("The president", "said in a televised address:", '"Russia will not stop."')],
                     id="cue_runs_through_the_colon"),
        pytest.param('The Houthis said later on Al-Masirah TV: "The ship was targeted with missiles."',
                     [("The Houthis", "said later on Al-Masirah TV:", '"The ship was targeted with missiles."')],
                     id="hyphenated_name_in_the_phrase_before_colon"),
        pytest.param('The army issued a stark warning: "Anyone approaching the fence will be shot."',
                     [("The army", "issued a stark warning:", '"Anyone approaching the fence will be shot."')],
                     id="voiced_noun_before_colon"),
        pytest.param('The council voiced its concern: "The violence in Darfur must stop."',
                     [("The council", "voiced its concern:", '"The violence in Darfur must stop."')],
                     id="voiced_feeling_before_colon"),
        pytest.param('Zelensky was blunt: "We will not give up an inch of our land."',
                     [("Zelensky", "was blunt:", '"We will not give up an inch of our land."')],
                     id="adjective_of_manner_before_colon"),
        pytest.param('The Kremlin was categorical: "No Russian troops are in Ukraine."',
                     [("The Kremlin", "was categorical:", '"No Russian troops are in Ukraine."')],
                     id="adjective_of_manner_for_a_group"),
        pytest.param('The militia leader was scathing about the government: "They are thieves."',
                     [("The militia leader", "was scathing about the government:", '"They are thieves."')],
                     id="adjective_with_its_own_phrase_before_colon"),
    ],
)
def test_quotation_after_a_colon(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('He told reporters in Goma: "The rebels must withdraw."',
                     [("He", "told", '"The rebels must withdraw."')], id="addressee_stays_out_of_cue"),
        pytest.param('The spokesman said to reporters on Sunday: "No comment."',
                     [("The spokesman", "said", '"No comment."')], id="addressee_after_to_stays_out_of_cue"),
        pytest.param('A reporter tweeted back at the minister pointing out how ironic the statement was: '
                     '"You promised peace."',
                     [("A reporter", "tweeted back at", "the minister"),
                      ("A reporter", "pointing out", 'how ironic the statement was: "You promised peace."')],
                     id="clause_inside_the_phrase_before_colon"),
        pytest.param('The crowd gathered outside the parliament in Tbilisi: "No to the Russian law" read the banners.',
                     [], id="quotation_signed_by_another"),
        pytest.param('The album was released in Lagos last year: "Freedom Songs".', [], id="passive_before_title"),
        pytest.param('The envoy had a note in his pocket: "Call Doha first."', [], id="note_only_had"),
        pytest.param('The family received a letter on Monday: "Your son died a hero."', [], id="letter_received"),
        pytest.param('The message from Kyiv was clear: "No talks while Russian troops remain."', [],
                     id="a_thing_is_clear"),
        pytest.param('The general was firm: "We will hold Avdiivka," he said.',
                     [("he", "said", 'The general was firm: "We will hold Avdiivka,"')], id="adjective_quote_signed"),
        pytest.param('The road was direct: "Route 4" leads straight to Aleppo.', [], id="direct_road"),
        pytest.param('The price was firm: "Five hundred dollars, no less."', [], id="firm_price"),
    ],
)
def test_no_colon_quotation_where_no_one_named_speaks(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected
