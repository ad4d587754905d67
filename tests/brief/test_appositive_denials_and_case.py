"""What a brief's sections list, and how they read: a claim denied in apposition ("..., a claim the
RSF denied") is told whole, next to the figure it answers, under a heading that says so; sources
that opened their sentence ("Witnesses said") and hedged counts ("At least 30") read as they would
inside a sentence, while names keep their capitals.

Reports written for these tests in wire style (Sudan 2025, Gaza 2024, Myanmar 2023, Kenya 2019,
Ethiopia 2021), not copied from a dev set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.brief._grammar import in_sentence
from parley.brief._guards import is_common_word
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("palace", "2025-03-21", "Wire A",
     "Sudan's army said on Friday it had retaken the presidential palace in Khartoum, a claim the RSF denied.\n"
     "At least 30 people were killed in the fighting around the palace, a medical group said."),
    ("nasser", "2024-01-22", "Wire B",
     "The army said it had killed dozens of gunmen in the area.\n"
     "Israeli forces killed 50 people around Nasser hospital, Palestinian health officials said, "
     "an account the Israeli military denied."),
    ("togoga", "2021-06-24", "Wire C",
     "Witnesses said an air strike on a market in Togoga killed 64 people.\n"
     "Doctors Without Borders said 180 people were wounded in the strike."),
    ("dusit", "2019-01-16", "Wire D",
     "Local officials said 21 people were killed in the attack on the Dusit hotel complex in Nairobi."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("appositive"), documents(REPORTS)) as s:
        yield s


@pytest.fixture(scope="module")
def casualties(store: Store) -> list[str]:
    return statement_texts(write_brief(store, "casualties"))


@pytest.mark.parametrize("whole", [
    "Sudan's army said on Friday it had retaken the presidential palace in Khartoum, a claim the RSF denied.",
    "Israeli forces killed 50 people around Nasser hospital, Palestinian health officials said, "
    "an account the Israeli military denied.",
])
def test_a_claim_denied_in_apposition_is_told_whole(casualties: list[str], whole: str) -> None:
    assert whole in casualties


@pytest.mark.parametrize("garbled", [
    "A claim, the RSF denied.", "An account, the Israeli military denied.",
    "Sudan's army said on Friday it had retaken the presidential palace in Khartoum.",
    "Israeli forces killed 50 people around Nasser hospital, Palestinian health officials said.",
])
def test_neither_the_claim_alone_nor_a_cut_denial_is_told(casualties: list[str], garbled: str) -> None:
    assert garbled not in casualties


def test_the_denial_follows_the_figure_of_its_own_sentence(casualties: list[str]) -> None:
    figure = next(i for i, t in enumerate(casualties) if "given as 50" in t)
    assert casualties[figure + 1].startswith("Israeli forces killed 50 people around Nasser hospital")


def test_a_section_holding_disputes_says_so_and_one_without_keeps_its_heading(store: Store) -> None:
    headings = [s.heading for s in write_brief(store, "casualties").sections]
    assert headings[0].startswith("Figures by claimant (with the denials")
    plain = [s.heading for s in write_brief(store, "casualties", place="Nairobi").sections]
    assert plain == ["Figures by claimant"]


@pytest.mark.parametrize(("fragment", "absent"), [
    ("given as at least 30 on 21 March 2025", "given as At least 30"),
    ("according to witnesses", "according to Witnesses"),
    ("according to local officials", "according to Local officials"),
    ("according to Doctors Without Borders", "according to doctors Without Borders"),
    ("according to Palestinian health officials", "according to palestinian"),
])
def test_claimants_and_counts_read_as_inside_a_sentence(casualties: list[str], fragment: str, absent: str) -> None:
    text = " ".join(casualties)
    assert fragment in text and absent not in text


def test_every_statement_is_still_supported(store: Store) -> None:
    assert_supported(write_brief(store, "casualties"), store)


@pytest.mark.parametrize(("claimant", "inside"), [
    ("Witnesses", "witnesses"),
    ("Residents of Moura", "residents of Moura"),
    ("Health officials in North Kivu", "health officials in North Kivu"),
    ("Police", "police"),
    ("The Gaza Government Media Office", "the Gaza Government Media Office"),
    ("Doctors Without Borders", "Doctors Without Borders"),
    ("Health Ministry", "Health Ministry"),
    ("Friends of the Earth", "Friends of the Earth"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("Ukrainian officials", "Ukrainian officials"),
    ("Hamas", "Hamas"),
])
def test_a_source_that_opened_its_sentence_reads_as_inside_one(claimant: str, inside: str) -> None:
    assert in_sentence(claimant, is_common_word) == inside


def test_without_the_common_word_test_only_articles_are_lowered() -> None:
    assert in_sentence("Witnesses") == "Witnesses" and in_sentence("The army") == "the army"


APPOSITION_WITH_PRONOUN = [
    ("camp", "2023-11-02", "Wire E",
     "Residents said soldiers had shelled the camp in Sittwe, killing 9 people, an accusation it denied."),
]


def test_a_denial_by_a_pronoun_does_not_silence_the_claim(tmp_path_factory: pytest.TempPathFactory) -> None:
    """'an accusation it denied' names no denier: the claim told before stays, and no garbled denial."""
    with stored(tmp_path_factory.mktemp("pronoun"), documents(APPOSITION_WITH_PRONOUN)) as store:
        texts = statement_texts(write_brief(store, "casualties"))
    assert "Residents said soldiers had shelled the camp in Sittwe, killing 9 people." in texts
    assert not any(t.startswith("An accusation") or "an accusation it denied" in t for t in texts)
