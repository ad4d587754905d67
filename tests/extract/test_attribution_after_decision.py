"""Repairs made once the cue model has kept its records (round 2): a relay the parser hangs under
the report's verb, a report running on over its own speaker and a relay, a relay followed by a time
phrase, an appeal's addressee, a recording shown, an interpolated speaker, a quotation opening with
a number, and a headline naming its speaker with a long title.

Each kind comes with the near misses it must leave alone.
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
        pytest.param(
            "Rebels shelled the market, the provincial governor said, the state news agency reported.",
            ("the provincial governor", "said", "Rebels shelled the market"),
            id="relay_hung_under_the_verb",
        ),
        pytest.param(
            "Security forces killed six gunmen, police said, the state broadcaster reported on Thursday.",
            ("police", "said", "Security forces killed six gunmen"),
            id="relay_hung_on_the_clause",
        ),
        pytest.param(
            "Police said the bomber was 17, the state broadcaster reported on Thursday.",
            ("Police", "said", "the bomber was 17"),
            id="relay_with_a_time_phrase",
        ),
        pytest.param(
            "‘12 soldiers died,’ an officer said, the agency reported.",
            ("an officer", "said", "‘12 soldiers died,’"),
            id="quotation_then_relay",
        ),
    ],
)
def test_report_ends_before_its_relay(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Security forces killed six gunmen, police said, and arrested four others.",
                     ("police", "said", "Security forces killed six gunmen, police said, and arrested four others"),
                     id="clause_goes_on_after_the_speaker"),
        pytest.param('"We will not leave," the mayor said, "whatever happens."',
                     ("the mayor", "said", '"We will not leave," the mayor said, "whatever happens."'),
                     id="split_quotation"),
    ],
)
def test_content_around_its_speaker_stays(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The UN envoy called on all parties to respect the truce.",
                     ("The UN envoy", "called on", "all parties to respect the truce"), id="called_on"),
        pytest.param("The Red Cross urged both sides to allow safe passage for the wounded.",
                     ("The Red Cross", "urged", "both sides to allow safe passage for the wounded"), id="urged"),
        pytest.param("The mayor called on the army to protect the city.",
                     ("The mayor", "called on", "the army to protect the city"), id="armed_addressee"),
        pytest.param("The minister called on the phone to offer condolences.",
                     ("The minister", "called on", "to offer condolences"), id="no_one_called_on"),
    ],
)
def test_appeal_keeps_its_addressee(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    "text",
    [
        "State television showed footage of burned-out tanks near the border.",
        "Local media showed images of collapsed buildings in Kharkiv.",
    ],
)
def test_recording_shown_is_no_statement(nlp: Language, text: str) -> None:
    assert [t for t in triples(find_attributions(nlp(text), "d")) if t[1] == "showed"] == []


def test_finding_opening_with_images_stays(nlp: Language) -> None:
    found = triples(find_attributions(nlp("The survey showed images of the war dominate the news."), "d"))
    assert ("The survey", "showed", "images of the war dominate the news") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The militants, police said, were armed with rifles and grenades.",
                     ("police", "said", "The militants, police said, were armed with rifles and grenades"),
                     id="subject_then_speaker"),
        pytest.param("Troops advanced on the village, the ministry said, with tanks and artillery.",
                     ("the ministry", "said",
                      "Troops advanced on the village, the ministry said, with tanks and artillery"),
                     id="clause_then_speaker_then_phrase"),
    ],
)
def test_interpolated_speaker_reports_the_sentence(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("‘12 soldiers died,’ an officer said.", ("an officer", "said", "‘12 soldiers died,’"),
                     id="number_opens_the_quotation"),
        pytest.param("‘40 houses burned in one night,’ the village chief told the BBC.",
                     ("the village chief", "told", "‘40 houses burned in one night,’"), id="told"),
        pytest.param("He fought in the ‘03 invasion, his brother said.",
                     ("his brother", "said", "He fought in the ‘03 invasion"), id="shortened_year_stays"),
    ],
)
def test_quotation_opening_with_a_number(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


def test_headline_label_after_a_long_title(nlp: Language) -> None:
    found = triples(find_attributions(nlp('Sudan Army Chief Abdel Fattah Al-Burhan: "No Talks With The Rebels"'), "d"))
    assert found == [("Sudan Army Chief Abdel Fattah Al-Burhan", ":", '"No Talks With The Rebels"')]


def test_long_heading_before_a_colon_is_no_label(nlp: Language) -> None:
    text = "Fighting in the north of the country near the town of Kidal: what we know so far"
    assert find_attributions(nlp(text), "d") == []


def test_archive_quotation_after_an_interpolated_speaker_stays_alone(nlp: Language) -> None:
    text = "As for the channel's bias, he said, ''What outlet is not taking sides in this war?''"
    found = triples(find_attributions(nlp(text), "d"))
    assert ("he", "said", "''What outlet is not taking sides in this war?''") in found
