"""Investigations in briefs: an inquiry that is only its own event or attribution is told as written,
naming who investigates, beside the claim it looks into, or apart when what it looks into is unclear.

Reports written for these tests in wire and local-outlet style (Nigeria 2022 and 2025, Ethiopia 2021, Syria
2025, Mali 2024, DR Congo 2024, Ukraine 2024, Myanmar 2024, Yemen 2024, Gaza 2024), not copied from
a dev set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import DISPUTE_HEADING, TOPICS, write_brief
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("kano", "2025-03-09", "Wire K",
     "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people, residents said.\n"
     "Police said they were investigating the attack on the mosque."),
    ("axum", "2021-03-02", "Wire T",
     "Soldiers killed at least 30 civilians in the town of Axum in November, witnesses told reporters.\n"
     "The African Union formed a committee to investigate the killings."),
    ("idlib", "2025-02-14", "Wire S",
     "An air strike on a market in Idlib killed nine people on Thursday, rescuers said.\n"
     "The army said it had opened an inquiry into the strike."),
    ("gao", "2024-06-18", "Local M",
     "Suspected jihadists kidnapped 14 passengers from a bus near Gao on Monday, a local official said.\n"
     "The gendarmerie said it was investigating the kidnapping."),
    ("goma", "2024-05-04", "NGO R",
     "Two shells hit a camp for displaced people near Goma on Friday, killing 18 people, the camp manager said.\n"
     "Monusco said it had launched an investigation."),
    ("kharkiv", "2024-08-31", "Wire U",
     "A Russian glide bomb struck an apartment block in Kharkiv on Friday, killing seven people, the regional "
     "governor said.\nProsecutors said they were investigating allegations of fraud at a state energy company."),
    ("naf", "2024-08-08", "Wire B",
     "Drone attacks killed dozens of Rohingya trying to cross the Naf river on Monday, survivors said.\n"
     "Amnesty International called for an independent investigation into the attacks."),
    ("hodeidah", "2024-02-20", "Wire Y",
     "A drone strike killed five fishermen off the coast of Hodeidah on Monday, a local official said.\n"
     "It said it was investigating the attack."),
    ("kramatorsk", "2024-10-10", "Wire V",
     "Shelling killed eight civilians in Kramatorsk on Wednesday, the regional governor said.\n"
     "The army said it would investigate the shelling."),
    ("katsina", "2025-01-22", "Local N",
     "Armed men abducted 20 farmers near Katsina on Saturday, residents said.\n"
     "Police said they were investigating the bombing of a police post in a nearby town."),
    ("owo", "2022-10-30", "Local O",
     "Gunmen shot dead four worshippers at a church in Owo on Sunday, a lawmaker said.\n"
     "An investigation into the shooting is under way, police said."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("investigations"), documents(REPORTS)) as s:
        yield s



@pytest.mark.parametrize("topic", TOPICS)
def test_every_investigation_statement_is_cited_and_quotes_its_record(store: Store, topic: str) -> None:
    assert_supported(write_brief(store, topic), store)


@pytest.mark.parametrize(("topic", "claim", "investigation"), [
    # the attribution holding the inquiry names who investigates
    ("casualties", "given as 12", "Police said they were investigating the attack on the mosque."),
    ("casualties", "given as nine", "The army said it had opened an inquiry into the strike."),
    # the source told after the content keeps the sentence's order
    ("casualties", "given as four", "An investigation into the shooting is under way, police said."),
    # no attribution: the sentence itself names who investigates
    ("casualties", "given as at least 30", "The African Union formed a committee to investigate the killings."),
    # an inquiry into a kidnapping is told in the captives brief
    ("captives", "14 passengers were taken captive", "The gendarmerie said it was investigating the kidnapping."),
])
def test_an_investigation_is_told_next_to_the_claim_it_looks_into(store: Store, topic: str, claim: str,
                                                                  investigation: str) -> None:
    texts = statement_texts(write_brief(store, topic))
    assert investigation in texts, texts
    assert claim in texts[texts.index(investigation) - 1], texts


def test_an_investigation_of_unclear_object_is_told_apart(store: Store) -> None:
    brief = write_brief(store, "casualties")
    apart = next(s for s in brief.sections if s.heading == DISPUTE_HEADING)
    assert [st.text for st in apart.statements] == ["Monusco said it had launched an investigation."]


@pytest.mark.parametrize(("topic", "words"), [
    ("casualties", "allegations of fraud"),       # an inquiry into something else than the attack
    ("casualties", "called for"),                 # a call for an inquiry is a demand, not one
    ("casualties", "investigating the attack."),  # 'It said': who investigates is only a pronoun
    ("casualties", "would investigate"),          # a promise of an inquiry is not one under way
    ("captives", "bombing of a police post"),     # an inquiry into an attack is not the captives brief's
    ("casualties", "investigating the kidnapping"),  # nor an inquiry into a kidnapping the casualties brief's
])
def test_an_investigation_that_is_not_the_topics_is_not_told(store: Store, topic: str, words: str) -> None:
    texts = statement_texts(write_brief(store, topic))
    assert not any(words in t for t in texts), texts
