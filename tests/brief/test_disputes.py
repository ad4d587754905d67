"""Denials, allegations and investigations in briefs: told as their sources put them, next to the
claim they answer, naming who denies or alleges, and cited like every other sentence.

Reports written for these tests in wire style (Sudan 2024, Myanmar 2023, Ukraine 2024, Nigeria
2024, Lebanon 2024, Syria 2025), not copied from a dev set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import DISPUTE_HEADING, TOPICS, write_brief
from parley.brief._disputes import _as_written, renumbered
from parley.brief._write import FigureQuote, Quote, Reference, Section, Statement
from parley.records import Span
from parley.store import Store

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("fasher", "2024-09-16", "Wire A",
     "Shelling hit a displacement camp near El Fasher on Sunday, killing 23 people, camp coordinators said.\n"
     "The Rapid Support Forces denied that its fighters had shelled the camp."),
    ("sagaing", "2023-04-20", "Wire B",
     "Fortify Rights accused Myanmar's military of killing 17 villagers in Sagaing region in March.\n"
     "The junta rejected the allegations."),
    ("kherson", "2024-11-08", "Wire C",
     "The UN human rights office said it was investigating reports that a drone hit a bus in Kherson on Friday, "
     "wounding five passengers."),
    ("kebbi", "2024-03-12", "Wire D",
     "Police said gunmen abducted 25 students from a school in Kebbi state on Monday.\n"
     "A bandit leader denied abducting the students."),
    ("litani", "2024-12-04", "Wire E",
     "Israel said Hezbollah had violated the ceasefire by firing drones at northern Israel on Tuesday.\n"
     "Hezbollah denied breaching the ceasefire."),
    ("idlib", "2025-01-11", "Wire F",
     "The health ministry said 12 people were killed in air strikes on Idlib on Saturday.\n"
     "The ministry denied that talks with donors had stalled."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("disputes"), documents(REPORTS)) as s:
        yield s



@pytest.mark.parametrize("topic", TOPICS)
def test_every_dispute_statement_is_cited_and_quotes_its_record(store: Store, topic: str) -> None:
    assert_supported(write_brief(store, topic), store)


@pytest.mark.parametrize(("claim", "dispute"), [
    # a denial in the article that carries the toll, right after the toll
    ("given as 23", "The Rapid Support Forces denied that its fighters had shelled the camp."),
    # an accusation told as one, and the denial that names the claim only as "the allegations"
    ("given as 17", "Fortify Rights accused Myanmar's military of killing 17 villagers in Sagaing region in March."),
    ("Fortify Rights accused", "The junta rejected the allegations."),
    # an investigation names who investigates
    ("given as five", "The UN human rights office said it was investigating reports that a drone hit a bus in "
                      "Kherson on Friday, wounding five passengers."),
])
def test_casualty_brief_tells_the_dispute_next_to_the_claim(store: Store, claim: str, dispute: str) -> None:
    texts = statement_texts(write_brief(store, "casualties"))
    assert dispute in texts, texts
    before = texts[texts.index(dispute) - 1]
    assert claim in before, (before, dispute)


def test_denial_of_something_else_than_an_attack_is_not_told(store: Store) -> None:
    brief = write_brief(store, "casualties")
    assert not any("talks with donors" in t for t in statement_texts(brief))
    assert any("given as 12" in t for t in statement_texts(brief))


def test_a_denied_abduction_is_not_written_as_one_that_happened(store: Store) -> None:
    texts = statement_texts(write_brief(store, "captives"))
    assert "A bandit leader denied abducting the students." in texts
    assert not any("according to a bandit leader" in t for t in texts), texts
    assert any(t.startswith("25 students were taken captive") for t in texts), texts


def test_a_denied_truce_breach_names_who_denies(store: Store) -> None:
    texts = statement_texts(write_brief(store, "truce"))
    assert any("breach of the truce was denied" in t and "according to Hezbollah" in t for t in texts), texts
    assert not any("was reported" in t and "Hezbollah" in t and "according to Wire E" in t for t in texts)


def test_a_place_filter_keeps_only_disputes_of_that_place(store: Store) -> None:
    texts = statement_texts(write_brief(store, "casualties", place="Kherson"))
    assert any("investigating reports" in t for t in texts)
    assert not any("denied" in t or "accused" in t for t in texts), texts


def test_disputes_no_claim_answers_get_a_section_of_their_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = "Russia's defence ministry denied that its forces had struck a hospital in Kharkiv."
    with stored(tmp_path_factory.mktemp("apart"), documents([("kharkiv", "2024-05-20", "Wire G", text)])) as s:
        brief = write_brief(s, "casualties")
        assert [sec.heading for sec in brief.sections] == [DISPUTE_HEADING]
        assert statement_texts(brief) == [text]
        assert_supported(brief, s)


def test_references_are_numbered_again_in_reading_order() -> None:
    refs = [Reference(n, f"d{n}", None, None, f"Sentence {n}.", None) for n in (1, 2, 3)]
    sections = [Section("A", [Statement("First", (1,), (Quote(1, "x"),)), Statement("Late", (3,))]),
                Section("B", [Statement("Second", (2,), (), (FigureQuote(2, "5", "people"),))])]
    out, new_refs = renumbered(sections, refs)
    assert [st.refs for sec in out for st in sec.statements] == [(1,), (2,), (3,)]
    assert [r.doc_id for r in new_refs] == ["d1", "d3", "d2"]
    assert out[1].statements[0].figures[0].reference == 3 and out[0].statements[0].quotes[0].reference == 1


def test_a_pronoun_source_is_not_named_by_a_guess(tmp_path_factory: pytest.TempPathFactory) -> None:
    """'It denied ...' after an accuser's sentence: the accuser must not become the denier."""
    text = ("Regional officials said 8 civilians were killed in a drone strike on Nikopol on Tuesday. "
            "It denied carrying out the strike.")
    with stored(tmp_path_factory.mktemp("pronoun"), documents([("nikopol", "2024-07-03", "Wire H", text)])) as s:
        texts = statement_texts(write_brief(s, "casualties"))
    assert not any("officials denied" in t for t in texts), texts


@pytest.mark.parametrize(("spans", "written"), [
    # source, cue, content in the sentence's order, whatever it is
    (((0, "The army"), (9, "denied"), (16, "shelling the market")), ("The army", "denied", "shelling the market")),
    (((40, "The army"), (49, "said"), (0, "No civilians were hit")), ("No civilians were hit,", "the army", "said")),
    (((30, "said"), (35, "residents"), (0, "Shells hit the market")), ("Shells hit the market,", "said", "residents")),
])
def test_a_dispute_keeps_the_order_its_sentence_gave(spans: tuple[tuple[int, str], ...],
                                                      written: tuple[str, ...]) -> None:
    (who_at, who), (cue_at, cue), (content_at, content) = spans
    parts = _as_written(Span(start=who_at, end=who_at + len(who), text=who),
                        Span(start=cue_at, end=cue_at + len(cue), text=cue), content_at, content)
    assert parts == written
