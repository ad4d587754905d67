"""Running totals and standalone disputes in briefs: a "since" that says how long released people
were held ("six soldiers it had held since March") makes no running total, and a denial that
names only a number ("The government disputed the figure.") after a count told as fact is told
beside it.

Reports written for these tests in wire style (Sudan 2024, Yemen 2025, Nigeria 2024-2025,
Gaza 2023, Colombia 2024, Ukraine 2025, Somalia 2024), not copied from a dev set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.brief._guards import is_running_total
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("kordofan", "2024-07-09", "Nile Wire",
     "The Rapid Support Forces released six soldiers it had held since March, the Sudanese army said on Tuesday."),
    ("sanaa", "2025-01-13", "Gulf Wire",
     "Houthi authorities freed 14 aid workers who had been held in captivity since June, the United Nations said."),
    ("gaza", "2023-11-27", "Levant Wire",
     "Eleven hostages were freed from Gaza on Monday, officials said.\n"
     "Since the truce began on Friday, 69 hostages have been freed."),
    ("arauca", "2024-06-21", "Andes Wire",
     "ELN rebels have kidnapped 30 people since January, Colombia's ombudsman said on Friday."),
    ("kyiv", "2025-02-07", "Kyiv Desk",
     "Russia has freed 4,300 Ukrainians since the start of the war, Ukraine's ombudsman said."),
    ("zamfara", "2024-05-14", "Sahel Wire",
     "Gunmen abducted 40 villagers in Zamfara state on Sunday, residents said.\n"
     "The government disputed the figure."),
    ("plateau", "2024-01-27", "Sahel Wire",
     "Gunmen killed 18 people in an attack on a village in Plateau state on Saturday, a local leader said.\n"
     "The state government disputed the toll."),
    ("kaduna", "2025-04-02", "Sahel Wire",
     "The army denied the figure.\n"
     "Gunmen abducted 12 traders near Kaduna on Monday, police said."),
    ("ramallah", "2023-11-27", "Levant Wire",
     "Hamas offered to free 11 hostages on Monday.\n"
     "Israel rejected the number."),
    ("hiran", "2024-10-02", "Horn Wire",
     "Al-Shabaab fighters seized nine soldiers near Beledweyne on Tuesday, the Somali army said.\n"
     "Officials rejected claims of a mutiny in the unit."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("held_since"), documents(REPORTS)) as s:
        yield s


def _sections(store: Store, topic: str) -> dict[str, list[str]]:
    """Each section's heading, without the note on disputes, with its statements' texts."""
    brief = write_brief(store, topic)
    assert_supported(brief, store)
    return {s.heading.split(" (")[0]: [st.text for st in s.statements] for s in brief.sections}


def _holding(texts: list[str], needle: str) -> list[str]:
    return [t for t in texts if needle in t]


@pytest.mark.parametrize("needle", ["six soldiers", "14 aid workers released"])
def test_a_since_that_dates_a_captivity_makes_no_running_total(store: Store, needle: str) -> None:
    sections = _sections(store, "captives")
    assert not _holding(sections.get("Running totals", []), needle.replace(" released", ""))
    assert _holding(sections["What happened"], needle.split(" released")[0].capitalize()) or \
        _holding(sections["What happened"], needle.split(" released")[0])


@pytest.mark.parametrize("needle", ["69 hostages", "30 people", "4,300 Ukrainians"])
def test_a_count_over_a_period_stays_a_running_total(store: Store, needle: str) -> None:
    assert _holding(_sections(store, "captives")["Running totals"], needle)


@pytest.mark.parametrize(("topic", "after", "dispute"), [
    ("captives", "40 villagers", "The government disputed the figure."),
    ("casualties", "18", "The state government disputed the toll."),
])
def test_a_denial_of_the_figure_is_told_beside_it(store: Store, topic: str, after: str, dispute: str) -> None:
    texts = statement_texts(write_brief(store, topic))
    assert dispute in texts
    claim = next(i for i, t in enumerate(texts) if after in t and t != dispute)
    assert texts.index(dispute) == claim + 1


@pytest.mark.parametrize("not_told", ["The army denied the figure.", "Officials rejected claims of a mutiny",
                                      "Israel rejected the number."])
def test_a_denial_before_any_figure_or_of_something_else_is_not_told(store: Store, not_told: str) -> None:
    assert not any(t.startswith(not_told) for t in statement_texts(write_brief(store, "captives")))


@pytest.mark.parametrize(("sentence", "count", "action", "running"), [
    ("The Rapid Support Forces released six soldiers it had held since March.", "six", "released", False),
    ("Kidnappers freed 20 worshippers held hostage since Easter in Kogi state.", "20", "released", False),
    ("The junta freed 120 prisoners jailed in Insein since the coup.", "120", "released", False),
    # guards: the count's own verb takes the 'since', or another cue makes a total
    ("More than 1,000 protesters have been detained since the protests began.", "1,000", "taken", True),
    ("Some 240 hostages have been held in Gaza since October 7.", "240", "held", True),
    ("Hamas has freed 81 hostages since the truce began.", "81", "released", True),
    ("In total, 50 captives held since March have been freed.", "50", "released", True),
    ("The group has freed 40 people held since 2021 so far.", "40", "released", True),
    ("Russia freed 30 soldiers, the largest swap since 2022.", "30", "released", False),
    ("More than 1,000 people have been detained so far, a rights group said.", "1,000", "taken", True),
    ("The RSF has released 300 soldiers held since the war began.", "300", "released", True),
    ("The Houthis freed 14 of the 50 aid workers detained since June.", "50", "released", True),
])
def test_running_total_reads_what_the_since_dates(sentence: str, count: str, action: str, running: bool) -> None:
    assert is_running_total(sentence, count, None, action) is running
