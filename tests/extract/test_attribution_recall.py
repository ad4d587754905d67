"""Attributions the parse hides: a speaker named after its verb, a question hung on "asked" as an
adverbial clause, the one an event led to speak, and a headline label the entity tagger runs past.

Each case is a construction, not a sentence: the speaker after the verb in wire copy ('"...,"
added a senior aide'), "Asked by X if Y", "the defeat led the chairman to declare", "De Vries:
..." at the head of an article. The guards are the same words where no one is named or asked.
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
            "Few insiders expect an upset. “It’s the mayor’s race to lose at this point,” added another Ohio "
            "Democrat. “The rest are fighting for second.”",
            [("Few insiders", "expect", "an upset"),
             ("another Ohio Democrat", "added", "“It’s the mayor’s race to lose at this point,” added another Ohio "
              "Democrat. “The rest are fighting for second.”")],
            id="speaker_after_verb_read_as_object",
        ),
        pytest.param(
            "Most shops stayed shut. “Nobody listens to us anymore,” said the woman, who like many in the "
            "village did not want to be quoted by name.",
            [("the woman", "said", "“Nobody listens to us anymore,”")],
            id="speaker_after_verb_read_as_subject_of_a_later_verb",
        ),
        pytest.param(
            "“We lost the plot in the second half,” conceded the captain after the match.",
            [("the captain", "conceded", "“We lost the plot in the second half,”")],
            id="speaker_after_verb_stops_before_time_phrase",
        ),
        pytest.param(
            "“The season is over for us,” announced the league, citing the outbreak.",
            [("the league", "announced", "“The season is over for us,”"),
             ("the league", "citing", "the outbreak")],
            id="participle_after_inverted_speaker_shares_it",
        ),
        pytest.param(
            "Asked by the panel if she had seen the memo, the witness said she had not.",
            [("the panel", "Asked", "if she had seen the memo"), ("the witness", "said", "she had not")],
            id="asked_by_someone_if",
        ),
        pytest.param(
            "The campaign manager was asked if the candidate would hold a news conference.",
            [(None, "was asked", "if the candidate would hold a news conference")],
            id="asked_if_with_the_asker_unnamed",
        ),
        pytest.param(
            "The envoy asked the militia if it would release the hostages.",
            [("The envoy", "asked", "if it would release the hostages")],
            id="asked_someone_if",
        ),
        pytest.param(
            "The defeat led the party chairman to declare that the campaign was over.",
            [("the party chairman", "to declare", "that the campaign was over")],
            id="object_of_led_is_the_speaker",
        ),
        pytest.param(
            "The scandal prompted two senators to accuse the agency of a cover-up.",
            [("two senators", "to accuse", "the agency of a cover-up")],
            id="object_of_prompted_is_the_speaker",
        ),
    ],
)
def test_recovered_attributions(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


def test_headline_label_the_entity_tagger_runs_past(nlp: Language) -> None:
    text = "Judicial Watch: State Department Hid Key Benghazi Email For Years\n\nThe group sued in May."
    assert ("Judicial Watch", ":", "State Department Hid Key Benghazi Email For Years") in triples(
        find_attributions(nlp(text), "t"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ask your doctor if the symptoms persist.", [], id="imperative_ask_if_is_a_condition"),
        pytest.param("The union will ask for a pay rise if profits keep growing.",
                     [("The union", "will ask for", "a pay rise")], id="asking_for_something_if_is_a_condition"),
        pytest.param("“We will never give up,” told reporters at the camp.",
                     [(None, "told", "“We will never give up,”")], id="addressee_after_told_is_no_speaker"),
        pytest.param("“It is over for now,” said Monday.",
                     [(None, "said Monday", "“It is over for now,”")], id="day_after_verb_is_no_speaker"),
        pytest.param("The senator used the hearing to accuse the ministry of lying.",
                     [("The senator", "to accuse", "the ministry of lying")], id="thing_used_is_no_speaker"),
        pytest.param("The opposition used the debate to demand that the minister resign.",
                     [("The opposition", "to demand", "that the minister resign")], id="occasion_used_is_no_speaker"),
        pytest.param("Obama used his State of the Union address to call out his Republican rivals.",
                     [("Obama", "to call out", "his Republican rivals")], id="owned_thing_is_no_speaker"),
        pytest.param("Sanders joined 89 other senators to reject the president's request.",
                     [("Sanders", "to reject", "the president's request")], id="partner_joined_is_no_speaker"),
    ],
)
def test_no_speaker_or_question_where_none_is_named(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


def test_place_label_stays_a_heading(nlp: Language) -> None:
    text = "Gaza City: Strikes hit the market again overnight\n\nResidents fled at dawn."
    assert [a.cue.text for a in find_attributions(nlp(text), "t") if a.cue.text == ":"] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The guerrillas asked a ransom of $1 million if the captives were to be released.",
                     id="asking_a_price_if_is_a_condition"),
        pytest.param("Landlords asked higher rents if tenants kept pets.", id="asking_a_thing_if_is_a_condition"),
        pytest.param("The plan asks nothing of taxpayers if the economy grows.", id="asking_nothing_if_is_a_condition"),
        pytest.param("She asks a lot of her players, even if they are tired.", id="even_if_after_ask_is_a_condition"),
        pytest.param("She asked him out if he was free.", id="asking_someone_out_if_is_a_condition"),
    ],
)
def test_if_after_asking_for_something_is_no_question(nlp: Language, text: str) -> None:
    assert not [t for t in triples(find_attributions(nlp(text), "t")) if t[2].startswith(("if", "even if"))]


def test_asking_someone_if_is_still_a_question(nlp: Language) -> None:
    text = "The court asked the parties if they would accept mediation."
    assert triples(find_attributions(nlp(text), "t")) == [("The court", "asked", "if they would accept mediation")]


def test_thing_a_thing_uses_is_no_speaker(nlp: Language) -> None:
    text = "The campaign used the debate to attack the governor's record."
    assert [t[0] for t in triples(find_attributions(nlp(text), "t"))] == ["The campaign"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The rebels appear to have withdrawn from the outskirts of Goma.",
                     [(None, "appear", "to have withdrawn from the outskirts of Goma")],
                     id="seeming_lends_no_source"),
        pytest.param("It seems the talks in Doha have stalled again.",
                     [(None, "seems", "the talks in Doha have stalled again")], id="expletive_it_seems_is_no_source"),
        pytest.param("The president appears confident that the coalition will survive the vote.",
                     [(None, "appears", "confident that the coalition will survive the vote")],
                     id="seeming_with_an_adjective_lends_no_source"),
        pytest.param("The ruling party, it appears, will not field a candidate in Lagos.",
                     [(None, "appears", "The ruling party, it appears, will not field a candidate in Lagos")],
                     id="parenthetical_it_appears_is_no_source"),
        pytest.param("The minister seemed to suggest that elections could be delayed.",
                     [("The minister", "seemed to suggest", "that elections could be delayed")],
                     id="saying_after_seeming_keeps_its_source"),
        pytest.param("They seem to think the war will be over by Christmas.",
                     [("They", "seem", "to think the war will be over by Christmas")],
                     id="thinking_after_seeming_keeps_its_source"),
        pytest.param("His words appeared to contradict the official account of the raid.",
                     [("His words", "appeared", "to contradict the official account of the raid")],
                     id="contradicting_after_seeming_keeps_its_source"),
        pytest.param("Ruto appeared before parliament and said the deployment to Haiti would go ahead.",
                     [("Ruto", "said", "the deployment to Haiti would go ahead")],
                     id="appearing_somewhere_is_no_seeming"),
    ],
)
def test_seeming_is_the_writers_judgement(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("What Kyiv needs most, Zelensky said, is air defence.",
                     ("Zelensky", "said", "What Kyiv needs most, Zelensky said, is air defence"),
                     id="subject_clause_before_the_speaker"),
        pytest.param("The families who fled Rafah, the agency said, are sheltering in tents near the coast.",
                     ("the agency", "said",
                      "The families who fled Rafah, the agency said, are sheltering in tents near the coast"),
                     id="relative_clause_in_the_subject_before_the_speaker"),
        pytest.param("The junta hoped, he said, that the sanctions would be lifted by June.",
                     ("he", "said", "The junta hoped, he said, that the sanctions would be lifted by June"),
                     id="that_clause_after_the_speaker_completes_the_verb_before"),
        pytest.param("Whether the truce holds, the envoy said, depends on the militias.",
                     ("the envoy", "said", "Whether the truce holds, the envoy said, depends on the militias"),
                     id="whether_clause_before_the_speaker"),
        pytest.param("An airstrike killed nine people, the ministry said, in one of the deadliest days since the war "
                     "began.", ("the ministry", "said", "An airstrike killed nine people"),
                     id="adjunct_after_the_speaker_stays_out"),
        pytest.param("The gunmen fled, police said, towards the Nigerien border.",
                     ("police", "said", "The gunmen fled"), id="direction_after_the_speaker_stays_out"),
    ],
)
def test_speaker_set_inside_one_clause(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in triples(find_attributions(nlp(text), "t"))


def test_interjection_inside_a_quote_splits_no_clause(nlp: Language) -> None:
    text = "That's why the envoy tried to say, 'Look, here's what we will do. Here's how we will do it.'"
    assert [t for t in triples(find_attributions(nlp(text), "t")) if t[1] == "Look"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"We will not negotiate under fire," read the statement from the Houthi leadership.',
                     [("the statement from the Houthi leadership", "read", '"We will not negotiate under fire,"')],
                     id="statement_named_after_read"),
        pytest.param('"This is a war crime," read a tweet from the EU\'s top diplomat.',
                     [("a tweet from the EU's top diplomat", "read", '"This is a war crime,"')],
                     id="tweet_named_after_read"),
        pytest.param("“The crossing remains closed until further notice,” the notice reads.",
                     [("the notice", "reads", "“The crossing remains closed until further notice,”")],
                     id="writing_named_before_read"),
        pytest.param("The judge read the charges against the 12 defendants.",
                     [("The judge", "read", "the charges against the 12 defendants")],
                     id="reader_before_read_unchanged"),
        pytest.param("“Read the fine print,” the lawyer told the families.",
                     [("the lawyer", "told", "“Read the fine print,”")], id="imperative_read_inside_a_quote"),
    ],
)
def test_writing_that_reads_a_quote(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('Visibly angry, the minister said, "Nobody warned us about the attack."',
                     [("the minister", "said", '"Nobody warned us about the attack."')],
                     id="opening_phrase_parsed_as_complement"),
        pytest.param('"We will fight," he said, "until the last village is free."',
                     [("he", "said", '"We will fight," he said, "until the last village is free."')],
                     id="quote_split_by_its_speaker_stays_joined"),
        pytest.param("Visibly moved, the mother said her son had been missing since March.",
                     [("the mother", "said", "her son had been missing since March")],
                     id="clause_after_the_verb_without_quotes"),
        pytest.param("It was, the envoy said, ''a town where every family has buried someone.''",
                     [("the envoy", "said",
                       "It was, the envoy said, ''a town where every family has buried someone.''")],
                     id="doubled_apostrophes_are_no_quote_to_read_alone"),
        pytest.param('Looking tired, the president said that "the war must end this year."',
                     [("the president", "said", 'that "the war must end this year."')],
                     id="that_clause_opening_a_quote"),
    ],
)
def test_quote_after_an_opening_phrase(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert triples(find_attributions(nlp(text), "t")) == expected
