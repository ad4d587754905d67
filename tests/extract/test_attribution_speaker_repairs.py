"""Speakers the parse hides: the teller in "was told by X that ...", the outlet in "was quoted by
Tass as saying", a speaker named after a verb the parser joined to the clause before ("The deal is
dead, reported the Tehran Times") or after a warning ('"...," warned the WFP'), and the subject of a
passive verb that then speaks ("The army was forced to retreat and said ...").

The guards are the same shapes where the words are another's or no one speaks: a verb of acting
joined after a comma, a verb that shares the passive, a thing as the passive subject, a verb of
judging with "as".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from parley.extract import extract_one
from parley.extract.attributions import find_attributions
from parley.records import Document

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The correspondent was told by residents that militia fighters had torched the market in Bunia.",
            ("residents", "was told", "that militia fighters had torched the market in Bunia"),
            id="told_by_clause_hung_on_the_teller",
        ),
        pytest.param(
            "The panel was told by a former detainee that guards beat prisoners daily at Saydnaya.",
            ("a former detainee", "was told", "that guards beat prisoners daily at Saydnaya"),
            id="told_by_that_read_as_a_second_subject",
        ),
        pytest.param(
            "The journalists were told by the guards that they could not film the site.",
            ("the guards", "were told", "that they could not film the site"),
            id="told_by_plural",
        ),
        pytest.param(
            "The deal is dead, reported the Tehran Times.",
            ("the Tehran Times", "reported", "The deal is dead"),
            id="inverted_report_read_as_second_verb",
        ),
        pytest.param(
            "Troops have entered Goma, claimed the M23 spokesman.",
            ("the M23 spokesman", "claimed", "Troops have entered Goma"),
            id="inverted_claim_read_as_second_verb",
        ),
        pytest.param(
            "The army pulled back, reported the BBC on Sunday.",
            ("the BBC", "reported", "The army pulled back"),
            id="inverted_report_with_a_day",
        ),
        pytest.param(
            "Rebels have seized the airport in Bukavu, reported Radio Okapi.",
            ("Radio Okapi", "reported", "Rebels have seized the airport in Bukavu"),
            id="inverted_report_comma_inside_the_clause",
        ),
        pytest.param(
            '"Stay away from the border," warned the Iranian foreign ministry.',
            ("the Iranian foreign ministry", "warned", '"Stay away from the border,"'),
            id="warning_after_a_quote",
        ),
        pytest.param(
            "Famine is imminent in northern Gaza, warned the World Food Programme.",
            ("the World Food Programme", "warned", "Famine is imminent in northern Gaza"),
            id="warning_after_a_clause",
        ),
        pytest.param(
            "Peskov was quoted by Tass as saying the Kremlin had no plans for a meeting.",
            ("Peskov", "saying", "the Kremlin had no plans for a meeting"),
            id="quoted_by_an_outlet_as_saying",
        ),
        pytest.param(
            "The minister was cited by Reuters as saying the talks were over.",
            ("The minister", "saying", "the talks were over"),
            id="cited_by_an_outlet_as_saying",
        ),
        pytest.param(
            "The army was forced to retreat and said it would regroup near Bakhmut.",
            ("The army", "said", "it would regroup near Bakhmut"),
            id="passive_subject_speaks_next",
        ),
        pytest.param(
            "The minister was summoned by parliament and said the budget would be cut.",
            ("The minister", "said", "the budget would be cut"),
            id="passive_subject_not_its_agent",
        ),
        pytest.param(
            "The opposition leader was arrested in Kampala and later claimed he had been tortured.",
            ("The opposition leader", "later claimed", "he had been tortured"),
            id="passive_subject_claims_later",
        ),
        pytest.param(
            "The hostages were released and told reporters they had been treated well.",
            ("The hostages", "told", "they had been treated well"),
            id="passive_subject_tells_an_addressee",
        ),
    ],
)
def test_hidden_speaker_found(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The minister was summoned by parliament and questioned about the leak.",
                     "questioned about", "parliament", id="verb_sharing_the_passive"),
        pytest.param("The statement was released by the ministry and said the strike was lawful.",
                     "said", "the ministry", id="thing_as_passive_subject"),
        pytest.param("The envoy was summoned and told that Russia would retaliate.",
                     "told", None, id="telling_verb_sharing_the_passive"),
        pytest.param('"Get out of Gaza City," the army warned residents in leaflets.',
                     "warned", "the army", id="warning_with_its_own_subject"),
    ],
)
def test_speaker_kept_where_the_repair_does_not_apply(nlp: Language, text: str, cue: str,
                                                      source: str | None) -> None:
    found = [t for t in triples(find_attributions(nlp(text), "d")) if t[1] == cue]
    assert found
    assert all(t[0] == source for t in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The president visited the front, praised the troops.", id="acting_verb_after_comma"),
        pytest.param("The rebels captured the town, killed the mayor.", id="deed_after_comma"),
        pytest.param("The general was criticised by lawmakers as saying too little.", id="judged_as_saying"),
    ],
)
def test_no_speaker_named_after_the_verb(nlp: Language, text: str) -> None:
    named_after = [t for t in triples(find_attributions(nlp(text), "d"))
                   if t[0] is not None and text.index(t[0]) > text.index(t[1])]
    assert not named_after


def test_judged_as_saying_keeps_the_judge(nlp: Language) -> None:
    """A verb of judging with "as saying" is no verb of quoting: its subject is not made to speak."""
    text = "The general was criticised by lawmakers as saying too little."
    assert all(t[0] != "The general" for t in triples(find_attributions(nlp(text), "d")))


@pytest.mark.parametrize(
    ("text", "cue", "undergoer"),
    [
        pytest.param("She proposed that more forces be left in Syria, and pushed to send weapons to the Kurdish "
                     "fighters.", "pushed", "more forces", id="passive_in_a_subordinate_clause"),
        pytest.param("THE OTHER GUNMAN WAS ARRESTED BY THE ARMY AFTER A BUS DRIVER REFUSED TO CARRY HIM AND "
                     "REPORTED HIM AS A SUSPECT.", "REPORTED", "THE OTHER GUNMAN", id="another_subject_between"),
    ],
)
def test_a_passive_subject_speaks_only_with_the_verb_it_heads(text: str, cue: str, undergoer: str) -> None:
    """The one who undergoes a passive verb is no source of a verb of another clause joined after it
    (read through the whole pipeline, which reads upper-case wire copy as such)."""
    extraction = extract_one(Document(doc_id="d", text=text, date=dt.date(2024, 5, 1)))
    cues = [a for a in extraction.attributions if a.cue.text == cue]
    assert cues
    assert all(a.source is None or a.source.text != undergoer for a in cues)
