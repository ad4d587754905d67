"""Attributions no verb or noun proposes: an "in" phrase that frames a clause (an opinion poll, a
possessor's view) and an attitude whose holder is a relative pronoun.

Each case is a construction: "In a <pollster> poll, CLAUSE", "in X's view", "X, who are wary of Y".
The guards are the same words where no one is polled or holds a view: an election called a poll,
a standing in the polls, a pollster's own verb, a question, a view that is seen ("in his view from
the balcony"), "in the view of", "in his mind", and a relative clause about a thing's importance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.attributions import ClaimantResolver, find_attributions

from attribution_support import Triple, triples

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In a Gallup poll released Tuesday, 62 percent of Afghans said security had worsened.",
            ("a Gallup poll released Tuesday", "In", "62 percent of Afghans said security had worsened"),
            id="pollster_named",
        ),
        pytest.param(
            "In a survey by the Kyiv International Institute of Sociology, 78 percent of Ukrainians opposed "
            "any territorial concessions.",
            ("a survey by the Kyiv International Institute of Sociology", "In",
             "78 percent of Ukrainians opposed any territorial concessions"),
            id="survey_by_an_institute",
        ),
        pytest.param(
            "But in a Reuters/Ipsos poll released Friday, 40 percent of Americans said aid to Ukraine should stop.",
            ("a Reuters/Ipsos poll released Friday", "in",
             "40 percent of Americans said aid to Ukraine should stop"),
            id="after_a_conjunction",
        ),
        pytest.param(
            "In an exit poll, 55 percent of voters backed the opposition candidate.",
            ("an exit poll", "In", "55 percent of voters backed the opposition candidate"),
            id="exit_poll_names_no_pollster",
        ),
        pytest.param(
            "In Moscow's view, NATO's expansion to the east is a direct threat.",
            ("Moscow's", "view", "NATO's expansion to the east is a direct threat"),
            id="fronted_view",
        ),
        pytest.param(
            "The crisis, in Nairobi's view, requires an African solution.",
            ("Nairobi's", "view", "The crisis, in Nairobi's view, requires an African solution"),
            id="view_set_off_inside_its_clause",
        ),
        pytest.param(
            "In the army's own reckoning, the offensive had stalled.",
            ("the army's", "reckoning", "the offensive had stalled"),
            id="own_view",
        ),
        pytest.param(
            "Western diplomats, who are wary of the junta's promises, urged a quick return to civilian rule.",
            ("who", "are wary of", "the junta's promises"),
            id="relative_holder_of_a_stance",
        ),
        pytest.param(
            "The African Union, which remains skeptical of the transition plan, sent observers to Niamey.",
            ("which", "remains skeptical of", "the transition plan"),
            id="relative_holder_is_a_body",
        ),
        pytest.param(
            "The opposition leader, who has been a fierce critic of the army, was arrested in Dhaka.",
            ("who", "has been a fierce critic of", "the army"),
            id="relative_holder_of_an_advocate_noun",
        ),
    ],
)
def test_framed_attributions(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    "text",
    [
        "In the poll held on Sunday, the ruling party won 60 percent of the vote.",
        "In the Tigray regional poll, the TPLF took every seat.",
        "In Nigeria's presidential poll, turnout fell to 27 percent.",
        "In the polls, anyway.",
        "In the polling station in Bamako, voters queued for hours.",
        "In a Gallup poll, did most Afghans back the Taliban?",
        "The ruling party has slipped in a Gallup poll released Tuesday.",
        "In the Gallup poll's long history, no president has fallen so fast.",
    ],
)
def test_no_poll_frame_where_no_one_is_polled(nlp: Language, text: str) -> None:
    assert not [t for t in triples(find_attributions(nlp(text), "d")) if t[1].lower() == "in"]


def test_pollster_verb_keeps_the_finding(nlp: Language) -> None:
    found = triples(find_attributions(nlp("In a survey of 800 voters, Gallup found that most opposed the deal."), "d"))
    assert [t[1] for t in found] == ["found"]


@pytest.mark.parametrize(
    "text",
    [
        "In the view of the court, the evidence was insufficient.",
        "In his mind, the war was already lost.",
        "The view from the hill in Shusha was stunning.",
        "In his view from the hotel balcony, smoke rose over Khartoum.",
        "In their view of the hills, the gunmen spotted the convoy.",
        "He stood in his neighbour's view as the shells fell.",
    ],
)
def test_no_viewpoint_where_the_view_is_seen(nlp: Language, text: str) -> None:
    assert triples(find_attributions(nlp(text), "d")) == []


@pytest.mark.parametrize(
    "text",
    [
        "What is clear about the strike is that the army hit a school.",
        "The bridge, which was critical to the resupply effort, was destroyed.",
        "The road, which was quiet on Sunday, reopened to traffic.",
        "Markets, which were nervous about the strikes, fell 3 percent.",
    ],
)
def test_relative_clause_of_a_thing_holds_no_view(nlp: Language, text: str) -> None:
    assert not [t for t in triples(find_attributions(nlp(text), "d")) if t[0] in {"which", "what", "who"}]


@pytest.mark.parametrize(
    "text",
    [
        "In a Gallup poll, the question was worded differently.",
        "In a survey by Gallup, 12 soldiers were killed.",
        "In an opinion poll last year, the sample was drawn from six provinces.",
    ],
)
def test_no_poll_frame_over_what_was_done(nlp: Language, text: str) -> None:
    assert not [t for t in triples(find_attributions(nlp(text), "d")) if t[1] == "In"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In a Gallup poll, Biden was favored by 52 percent of likely voters.",
            ("a Gallup poll", "In", "Biden was favored by 52 percent of likely voters"),
            id="those_polled_as_agent",
        ),
        pytest.param(
            "In a Reuters/Ipsos poll, the war was seen as a failure by 61 percent of Americans.",
            ("a Reuters/Ipsos poll", "In", "the war was seen as a failure by 61 percent of Americans"),
            id="those_polled_hung_elsewhere",
        ),
    ],
)
def test_passive_poll_findings_stay_the_polls(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    "text",
    [
        "In the photographer's view, a column of tanks rolled past.",
        "In the pilot's view, smoke rose over the refinery.",
        "In the guard's view, three men walked past the gate.",
    ],
)
def test_no_viewpoint_where_a_person_sees_something_move(nlp: Language, text: str) -> None:
    assert triples(find_attributions(nlp(text), "d")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kyiv's view, Russian troops crossed the line first.",
         ("Kyiv's", "view", "Russian troops crossed the line first")),
        ("In Moscow's view, NATO moved its forces right up to Russia's border.",
         ("Moscow's", "view", "NATO moved its forces right up to Russia's border")),
        ("In their view, the army moved too slowly.", ("their", "view", "the army moved too slowly")),
        ("In the minister's view, the economy rose sharply last year.",
         ("the minister's", "view", "the economy rose sharply last year")),
        ("In Ankara's view, the Kurdish militia emerged as the main threat.",
         ("Ankara's", "view", "the Kurdish militia emerged as the main threat")),
    ],
)
def test_a_view_of_movement_is_still_a_judgement(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "d"))


@pytest.mark.parametrize(
    ("text", "figure", "claimant"),
    [
        ("In Tehran's view, the strike that killed 12 soldiers was an act of war, state media said.", "12",
         "state media"),
        ("In the ministry's view, 300 people died in the floods, an official said.", "300", "an official"),
        ("In Tehran's view, the strike that killed 12 soldiers was an act of war.", "12", "Tehran"),
        ("In a Gallup poll, 62 percent of Afghans said security had worsened.", "62", "Gallup"),
        ("In a survey by Gallup, 12 soldiers were killed.", "12", None),
    ],
)
def test_claimant_of_a_framed_clause(nlp: Language, text: str, figure: str, claimant: str | None) -> None:
    doc = nlp(text)
    start = text.index(figure)
    resolver = ClaimantResolver(doc, find_attributions(doc, "d"))
    assert resolver.claimant_for(start, start + len(figure)) == claimant
