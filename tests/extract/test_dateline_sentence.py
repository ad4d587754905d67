"""A wire dateline is parsed as a sentence of its own, so its place is nobody's actor or quotation.

The sentences are written for these tests in the style of agency copy.
"""

from __future__ import annotations

from parley.extract import extract_one
from parley.extract.nlp import parse_many
from parley.records import Document


def _extract(text: str) -> tuple[dict[str, tuple[str | None, str | None]], list[tuple[str | None, str]]]:
    """Events as trigger -> (source text, source country); attributions as (source, content)."""
    found = extract_one(Document(doc_id="d", text=text))
    events = {e.text: (e.source.text if e.source else None, e.source.country if e.source else None)
              for e in found.events}
    quotes = [(a.source.text if a.source else None, a.content.text) for a in found.attributions]
    return events, quotes


def test_the_place_of_a_dateline_does_not_act_in_the_first_sentence() -> None:
    events, _ = _extract("SANAA, Jan 12 (Reuters) - U.S. and British warplanes struck more than 60 targets in Yemen "
                         "overnight, the U.S. military said.")
    assert events["struck"] == ("U.S. and British warplanes", "USA")


def test_the_first_sentence_quoted_starts_after_the_dateline() -> None:
    _, quotes = _extract("KYIV, Jan 3 (AP) - Russia and Ukraine exchanged hundreds of prisoners on Wednesday, "
                         "officials on both sides said.")
    assert quotes == [("officials on both sides", "Russia and Ukraine exchanged hundreds of prisoners on Wednesday")]


def test_the_parse_keeps_the_dateline_apart_in_upper_case_wire_copy_too() -> None:
    text = "SAN SALVADOR, 3 JAN 90 -- [REPORT] [COPREFA] [TEXT] THE ARMY HAS REPORTED THAT GUERRILLAS ATTACKED A POST."
    doc = next(parse_many([text]))
    story = [s for s in doc.sents if "ARMY" in s.text]
    assert [s.text for s in story] == ["THE ARMY HAS REPORTED THAT GUERRILLAS ATTACKED A POST."]


def test_text_without_a_dateline_is_parsed_as_before() -> None:
    text = "Israel-Hamas truce holds - for now, officials said on Friday."
    doc = next(parse_many([text]))
    assert len(list(doc.sents)) == 1


def test_a_report_the_parser_took_for_a_second_subject_is_still_the_report() -> None:
    """After this headline and dateline the model parses "strikes" as a subject of "said" with
    "killed" hung on it; the ministry is still the source, and the strikes did the killing."""
    text = ("Israeli strikes kill dozens in southern Lebanon as talks on truce stall\n\n"
            "BEIRUT, Oct 3 (Reuters) - Israeli air strikes killed at least 46 people and wounded 85 others "
            "across southern Lebanon on Thursday, Lebanon's health ministry said, raising the death toll "
            "since the escalation began last month to more than 1,900.")
    found = extract_one(Document(doc_id="d", text=text))
    assert [(a.source.text if a.source else None) for a in found.attributions] == ["Lebanon's health ministry"]
    assert {f.text: f.claimant for f in found.figures}["at least 46"] == "Lebanon's health ministry"
    killed = next(e for e in found.events if e.text == "killed")
    assert killed.source is not None and killed.source.country == "ISR"
    assert killed.target is not None and killed.target.text == "people"


def test_a_headline_without_a_full_stop_ends_its_sentence() -> None:
    """The parser joined "The story follows" to the headline as the headline verb's complement."""
    from parley.extract.nlp import parse_many
    [doc] = parse_many(["Democrats Accuse GOP of Stonewalling on Infrastructure\n\nThe story follows."])
    starts = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert starts == ["Democrats Accuse GOP of Stonewalling on Infrastructure", "The story follows."]
