"""The evidence build reads every stored article whole for the countries it names: the cached and
indexed reading must name the same countries as reading each name afresh.

The sentences are written for these tests (wire style, several conflicts), not copied from a dev set.
"""

from __future__ import annotations

import pytest

from parley.check._terms import article_countries, countries_in
from parley.extract.actors import load_actor_lexicon, organisation_written
from parley.reconcile.reports import country_of

#: Texts in capitals, as old wire copy is: every word is capitalised, so each pairs with its neighbour.
CAPITALS = "EL SALVADOR: GUERRILLAS ATTACKED AN ARMY POST ON TUESDAY, THE DEFENCE MINISTRY SAID."

ORGANISATION_TEXTS = [
    "Fighters of the Rapid Support Forces shelled a market in Omdurman, residents said.",
    "The army said it repelled an attack. Later the Sudan People's Liberation Movement-in-Opposition "
    "said its forces had taken Nasir.",
    "Police in Bamako said the attack was claimed by a group linked to al-Qaeda; Jama'at Nusrat al-Islam "
    "wal-Muslimin later denied it.",
    "officials of the health ministry in the enclave said 40 people were killed.",
    "Residents said nobody had claimed the bombing by nightfall.",
]


def test_a_country_of_two_words_in_capitals_is_named() -> None:
    # Neither "EL" nor "SALVADOR" names a country; the pair does.
    assert country_of("SALVADOR") is None
    assert article_countries(CAPITALS) == frozenset({"SLV"})


def test_a_word_read_before_inside_a_pair_does_not_name_the_pair_country_alone() -> None:
    assert article_countries(CAPITALS) == frozenset({"SLV"})
    assert countries_in("Salvador Ruiz, a farmer, said the soldiers left at dawn.") == frozenset()


def test_a_two_word_country_and_the_country_of_one_word_are_both_named() -> None:
    # "South Sudan" names SSD and its word "Sudan" names SDN: both, as before any caching.
    assert countries_in("Fighting spread across South Sudan on Monday.") == frozenset({"SSD", "SDN"})


def test_an_organisation_holding_another_country_name_adds_its_own_country() -> None:
    text = "The Sudan People's Liberation Movement-in-Opposition said its forces had taken Nasir."
    assert article_countries(text) == frozenset({"SDN", "SSD"})


@pytest.mark.parametrize("text", ORGANISATION_TEXTS)
def test_the_organisation_of_a_text_is_the_same_read_with_or_without_the_openers_index(text: str) -> None:
    # An explicit lexicon reads every start; the default one skips starts no organisation opens with.
    assert organisation_written(text) == organisation_written(text, load_actor_lexicon())


def test_the_longest_organisation_is_found_after_a_shorter_one() -> None:
    found = organisation_written(ORGANISATION_TEXTS[1])
    assert found is not None and found.country == "SSD"
