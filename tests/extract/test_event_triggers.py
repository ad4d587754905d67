"""Which word is the trigger and what it makes of the event: light verbs, restating nouns, vows, speech.

Sentences are written in the style of wire reports (not taken from the evaluation sets). A light
verb ("carry out", "conduct", "launch") takes its event from its object noun; a noun that restates
its verb's event ("killed ... in an attack") is not a second event; a vow is a promise or a threat
according to the act vowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.events import load_trigger_lexicon

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _typed(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.type, e.mode) for e in events_in(nlp, text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army carried out the liberation of four hostages in Nuseirat.",
         [("liberation", "RETREAT", "release")]),
        ("Special forces carried out a raid on the camp before dawn.", [("raid", "ASSAULT", None)]),
        ("Police conducted arrests across the West Bank overnight.", [("arrests", "COERCE", "arrest")]),
        ("Israel conducted airstrikes on Rafah overnight.", [("airstrikes", "ASSAULT", "aerial")]),
        ("Diplomats from both countries held talks in Cairo.", [("talks", "CONSULT", None)]),
    ],
)
def test_light_verb_takes_its_event_from_the_object_noun(
    nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _typed(nlp, sentence) == expected


def test_light_verb_phrase_of_its_own_wins_over_the_noun(nlp: Language) -> None:
    assert _typed(nlp, "Dock workers staged a strike on Monday.") == [("staged", "PROTEST", "strike")]


def test_light_verb_subject_is_the_agent_of_the_noun(nlp: Language) -> None:
    events = {e.text: e for e in events_in(nlp, "Israeli troops carried out the liberation of four hostages.")}
    assert "carried" not in events
    source = events["liberation"].source
    assert source is not None and (source.country, source.sector) == ("ISR", "MIL")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen wounded two police officers in a bomb attack on Thursday.",
         [("wounded", "ASSAULT", "explosives")]),
        ("Warplanes killed twelve villagers in an attack on a market.", [("killed", "ASSAULT", "aerial")]),
        ("The two governments agreed on a new trade pact.", [("agreed", "AGREE", None)]),
    ],
)
def test_noun_restating_its_verb_is_one_event(
    nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _typed(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "both"),
    [
        # a part of another mode: the capture is one act of the attack
        ("In a surprise attack on October 7, militants captured about 240 hostages.", {"attack", "captured"}),
        # an adjunct: another, earlier event
        ("Israel bombed Gaza after the October 7 attack on its southern towns.", {"bombed", "attack"}),
    ],
)
def test_noun_of_another_event_stays(nlp: Language, sentence: str, both: set[str]) -> None:
    assert both <= {e.text for e in events_in(nlp, sentence)}


def test_vow_of_a_cooperative_act_is_a_promise(nlp: Language) -> None:
    events = {e.text: e for e in events_in(nlp, "The prime minister vowed to free every hostage held in Gaza.")}
    assert events["vowed"].type == "AGREE"
    assert (events["free"].type, events["free"].status) == ("RETREAT", "offered")


def test_vow_of_a_hostile_act_is_a_threat(nlp: Language) -> None:
    assert _typed(nlp, "The militia vowed to destroy the government's forces.") == [
        ("vowed", "THREATEN", "violence")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb introducing a statement of fact is a speech act, not its own entry
        ("The opposition protested that the vote count had been rigged.", [("protested", "ACCUSE", "disapprove")]),
        ("The army is failing to protect the villages, a rights group protested on Monday.",
         [("protested", "ACCUSE", "disapprove")]),
        ("The ministry insisted the unrest reflected old ethnic tensions.", []),
        # the same verbs keep their own sense otherwise
        ("Thousands of students protested in the capital on Friday.", [("protested", "PROTEST", "demo")]),
        ("Hamas insisted that Israel withdraw its troops from Gaza.",
         [("insisted", "REQUEST", None), ("withdraw", "RETREAT", "withdraw")]),
    ],
)
def test_verb_introducing_a_fact_is_a_speech_act(
    nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _typed(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "type_", "mode"),
    [
        ("On Saturday, the senator called on the governor to resign over the crisis.", "called", "REQUEST", None),
        ("Hamas called for all Palestinian prisoners to be released.", "called", "REQUEST", None),
        ("The president called his Russian counterpart on Monday.", "called", "CONSULT", "phone"),
        ("Hackers launched a cyber attack on government websites.", "attack", "COERCE", "cyber"),
        ("Activists staged rallies in Gaza City against the party leader.", "rallies", "PROTEST", "demo"),
        ("The agency released 300 tonnes of food to the refugees.", "released", "AID", None),
        ("Sweden decided to send the asylum seekers back to Bulgaria.", "send", "COERCE", "deport"),
        # forces sent are mobilised; arms sent to another party are aid
        ("Russia sent more troops to the border on Tuesday.", "sent", "MOBILIZE", "troops"),
        ("China sent 42 warplanes across the median line.", "sent", "MOBILIZE", "weapons"),
        ("Iran sent drones to Russia.", "sent", "AID", None),
        ("Belarus massed armoured units along the Polish frontier.", "massed", "MOBILIZE", "troops"),
        ("The junta has amassed thousands of soldiers near the rebel-held town.", "amassed", "MOBILIZE", "troops"),
        ("Putin held a phone call with Erdogan about the grain corridor.", "call", "CONSULT", "phone"),
        ("South Africa filed a genocide case against Israel at the International Court of Justice.", "filed",
         "ACCUSE", "allege"),
    ],
)
def test_general_lexicon_senses(nlp: Language, sentence: str, trigger: str, type_: str, mode: str | None) -> None:
    found = [(e.type, e.mode) for e in events_in(nlp, sentence) if e.text == trigger]
    assert found == [(type_, mode)]


@pytest.mark.parametrize(
    "sentence",
    [
        # one masses forces, not wealth, votes or proof
        "The tycoon amassed a fortune from shipping contracts.",
        "Prosecutors amassed evidence against the former minister.",
        "Demonstrators massed outside the election commission.",
    ],
)
def test_massing_what_is_no_force_mobilises_nothing(nlp: Language, sentence: str) -> None:
    assert [e.type for e in events_in(nlp, sentence) if e.type == "MOBILIZE"] == []


@pytest.mark.parametrize(
    "sentence",
    ["Russia sent more troops to the border.", "China sent 42 warplanes across the median line."],
)
def test_forces_a_party_moves_are_not_its_target(nlp: Language, sentence: str) -> None:
    [sent] = [e for e in events_in(nlp, sentence) if e.text == "sent"]
    assert sent.target is None


def test_phrase_entries_name_their_words_as_the_parser_lemmatises_them(nlp: Language) -> None:
    """A phrase is looked up by its dependent's lemma: an entry written "send troops" never matched."""
    unmatched = []
    for phrase in load_trigger_lexicon().phrases:
        verb, rest = phrase
        doc = nlp(f"They will {verb} {rest}.")
        words = rest.split()
        if [t.lemma_.lower() for t in doc[3 : 3 + len(words)]] != words:
            unmatched.append(" ".join(phrase))
    assert unmatched == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Russia launched what it calls a special military operation in February 2022.", "operation", "RUS"),
        ("Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh.", "operations", "AZE"),
        ("Israel carried out what it described as targeted strikes on Hezbollah.", "strikes", "ISR"),
    ],
)
def test_an_act_named_by_a_free_relative_is_the_verb_s_object(nlp: Language, sentence: str, trigger: str,
                                                              source: str) -> None:
    """"what it calls X": X is what was launched, so it happened and the launcher did it; the naming
    verb demands nothing."""
    events = events_in(nlp, sentence)
    assert [(e.text, e.type, e.status) for e in events] == [(trigger, "ASSAULT", "happened")]
    assert events[0].source is not None and events[0].source.country == source


def test_naming_with_call_is_no_event(nlp: Language) -> None:
    assert events_in(nlp, "On Twitter, the former governor called the candidate unhinged.") == []


def test_demanded_passive_infinitive_is_demanded_not_planned(nlp: Language) -> None:
    events = {e.text: e for e in events_in(nlp, "Hamas called for all Palestinian prisoners to be released.")}
    released = events["released"]
    assert released.status == "demanded"
    assert released.target is not None and released.target.text == "Palestinian prisoners"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the military euphemism for killing fighters in Nigerian and Turkish army statements
        ("Nigerian troops neutralized 20 terrorists in Borno state, the army said.",
         [("neutralized", "ASSAULT", None)]),
        ("Turkey's military said it had neutralised 17 Kurdish militants in northern Iraq.",
         [("neutralised", "ASSAULT", None)]),
        # a bomb, a threat or a risk made harmless is no attack on anyone
        ("Bomb disposal experts neutralised the device near the market.", []),
        ("The new radar neutralises the danger from cheap drones.", []),
    ],
)
def test_fighters_neutralised_are_attacked_but_not_devices_or_threats(
        nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _typed(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hundreds of thousands of Israelis took to the streets on Saturday to demand a hostage deal.",
         [("took", "PROTEST", "demo")]),
        ("Protesters took to the streets across Kenya after the vote.", [("took", "PROTEST", "demo")]),
        # taking someone somewhere is no demonstration
        ("Police took him to the station for questioning.", []),
    ],
)
def test_taking_to_the_streets_is_a_demonstration(
        nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _typed(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Morocco's King Mohammed VI pardoned three journalists.", [("pardoned", "RETREAT", "release")]),
        ("Ukraine declared a general mobilisation.", [("mobilisation", "MOBILIZE", "troops")]),
        ("Russia's annexation of Crimea drew condemnation.",
         [("annexation", "COERCE", "seize"), ("condemnation", "ACCUSE", "disapprove")]),
    ],
)
def test_pardons_annexations_and_british_spellings(
        nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _typed(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the tokenizer splits a hyphenated event noun; the event is the whole word
        ("Students staged a sit-in outside the ministry.", [("sit-in", "PROTEST", "demo")]),
        ("Rebels launched a cyber-attack on the ministry.", [("cyber-attack", "COERCE", "cyber")]),
    ],
)
def test_a_hyphenated_event_noun_is_one_trigger(
        nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _typed(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a passive subject that restates its verb's act is one event with it, as an object is
        ("Sanctions were imposed on the regime.", [("imposed", "SANCTION", None)]),
        ("A curfew was imposed in the city.", [("imposed", "COERCE", "curfew")]),
    ],
)
def test_a_passive_subject_restating_its_verb_is_one_event(
        nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _typed(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # damage done by protesters is a riot or vandalism, not an armed attack or censorship
        ("Rioters torched cars in the suburbs of Paris.", [("torched", "PROTEST", "riot")]),
        ("Demonstrators defaced a statue of Columbus in Santiago.", [("defaced", "PROTEST", "vandalize")]),
        # settlers burning homes attack
        ("Settlers torched Palestinian homes in Huwara.", [("torched", "ASSAULT", "destroy")]),
        # farmers blockading a crossing obstruct it
        ("Poland's farmers blockaded the main border crossing with Ukraine.", [("blockaded", "PROTEST", "obstruct")]),
    ],
)
def test_protesters_damage_is_a_riot_or_vandalism(
        nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _typed(nlp, sentence) == expected


def test_a_purpose_of_the_acts_own_type_parsed_as_xcomp_is_that_act(nlp: Language) -> None:
    sentence = "Prime Minister Benazir Bhutto telephoned Rajiv Gandhi to discuss tensions in Kashmir."
    assert _typed(nlp, sentence) == [("telephoned", "CONSULT", "phone")]


def _typed_as(nlp: Language, sentence: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in events_in(nlp, sentence) if e.text == trigger]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # yielding said in set phrases is a concession (CAMEO 08), not a request or an agreement
        ("The junta caved in to the demands of the striking dockworkers.", "caved", ("CONCEDE", None)),
        ("The minister climbed down after two days of protests.", "climbed", ("CONCEDE", None)),
        ("The general expressed regret for the shelling of the market.", "expressed", ("CONCEDE", None)),
        ("The incumbent accepted defeat on Sunday night.", "accepted", ("CONCEDE", None)),
        ("The king granted an amnesty to 300 prisoners.", "granted", ("CONCEDE", None)),
        ("The government made concessions to the farmers' union.", "concessions", ("CONCEDE", None)),
        # a party letting foreign inspectors in allows international involvement (CAMEO 086)
        ("Damascus allowed chemical weapons inspectors into the site on Monday.", "allowed", ("CONCEDE", None)),
        ("The army allowed 50 aid trucks into the town.", "allowed", ("RETREAT", "access")),
    ],
)
def test_concessions_told_by_phrase_noun_or_letting_in(nlp: Language, sentence: str, trigger: str,
                                                       expected: tuple[str, str | None]) -> None:
    assert _typed_as(nlp, sentence, trigger) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company won a mining concession in the south.",  # a licence, with no party yielding
        "The senator gave the appearance of calm in the hearing.",  # "in the hearing" is no particle
        "The agency downgraded its growth forecast.",  # a forecast is no relation
    ],
)
def test_new_senses_need_their_setting(nlp: Language, sentence: str) -> None:
    assert _typed(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # what is handed over decides: weapons disarm, ground is given up, captives are released
        ("Fighters handed in their rifles at a stadium.", "handed", ("RETREAT", "disarm")),
        ("The rebels handed over their heavy weapons to the monitors.", "handed", ("RETREAT", "disarm")),
        ("The militia handed back two villages to the army.", "handed", ("RETREAT", "withdraw")),
        ("The kidnappers handed over the two engineers to tribal elders.", "handed", ("RETREAT", "release")),
        ("Both armies observed the truce on Tuesday.", "observed", ("RETREAT", "ceasefire")),
        # "crossing" read as a form of "cross" still names the crossing
        ("Jordan opened the Allenby crossing on Friday.", "opened", ("RETREAT", "access")),
        ("The surrender of 400 fighters was announced by the army.", "surrender", ("RETREAT", "disarm")),
        ("The disarmament of the militias began in June.", "disarmament", ("RETREAT", "disarm")),
    ],
)
def test_retreats_by_handover_phrase_and_noun(nlp: Language, sentence: str, trigger: str,
                                              expected: tuple[str, str | None]) -> None:
    assert _typed_as(nlp, sentence, trigger) == [expected]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The two countries reached an understanding on water sharing.", "reached", ("AGREE", None)),
        ("The factions consented to a joint commission.", "consented", ("AGREE", None)),
        ("The negotiators initialled the text of the accord.", "initialled", ("AGREE", None)),
        # the deal struck is the agreement though no other party is named beside it
        ("The warring parties struck a deal to exchange prisoners.", "deal", ("AGREE", None)),
        ("The two neighbours settled their border dispute in 1995.", "settled", ("AGREE", "settle")),
    ],
)
def test_agreements_told_by_new_verbs_and_phrases(nlp: Language, sentence: str, trigger: str,
                                                  expected: tuple[str, str | None]) -> None:
    assert _typed_as(nlp, sentence, trigger) == [expected]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # "call off" cancels; it is no phone call
        ("The minister called off his trip to Washington.", "called", ("SANCTION", "discontinue")),
        # an envoy withdrawn is recalled (CAMEO 161), not a military withdrawal
        ("Rabat withdrew its ambassador from Algiers.", "withdrew", ("SANCTION", "withdraw")),
        ("Israel downgraded relations with the country.", "downgraded", ("SANCTION", "discontinue")),
        # aid frozen is stopped; assets frozen keep the plain sanction
        ("Tokyo froze aid to the junta.", "froze", ("SANCTION", "discontinue")),
        ("The recall of the envoy was announced on Monday.", "recall", ("SANCTION", "withdraw")),
        ("The EU blacklisted 12 officials.", "blacklisted", ("SANCTION", None)),
    ],
)
def test_sanctions_told_by_new_verbs_and_phrases(nlp: Language, sentence: str, trigger: str,
                                                 expected: tuple[str, str | None]) -> None:
    assert _typed_as(nlp, sentence, trigger) == [expected]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Kabul held Islamabad responsible for the bombing.", "held", ("ACCUSE", "allege")),
        ("The newspaper castigated the minister over the deal.", "castigated", ("ACCUSE", "disapprove")),
        ("The denunciation of the coup by the bloc was unanimous.", "denunciation", ("ACCUSE", "disapprove")),
        ("The former governor faces charges of fraud.", "faces", ("ACCUSE", "allege")),
    ],
)
def test_accusations_told_by_new_verbs_phrases_and_nouns(nlp: Language, sentence: str, trigger: str,
                                                         expected: tuple[str, str | None]) -> None:
    assert _typed_as(nlp, sentence, trigger) == [expected]


def test_who_faces_charges_is_accused_not_the_accuser(nlp: Language) -> None:
    [charged] = [e for e in events_in(nlp, "The former governor faces charges of fraud.") if e.text == "faces"]
    assert charged.source is None
    assert charged.target is not None and charged.target.text == "former governor"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The roof caved in after heavy shelling, killing two children.", "caved"),
        ("The firefighters climbed down from the burning building.", "climbed"),
        ("The actors bowed to the audience at the end of the show.", "bowed"),
        ("Russia expressed regret that the talks had failed.", "expressed"),
        ("The coach expressed regret at the team's poor performance.", "expressed"),
        ("Students handed in their homework late.", "handed"),
        ("The minister handed in his resignation on Tuesday.", "handed"),
        ("The company's mining concession in the north was revoked.", "concession"),
        ("The club completed the signing of the striker for $50 million.", "signing"),
        ("The author held a book signing in the capital.", "signing"),
        ("The two sides did not strike a deal, officials said.", "deal"),
        ("The two sides failed to strike a deal on the border.", "deal"),
        ("The government faces charges of $3 million from its lawyers.", "faces"),
        ("The troops faced a charge by cavalry.", "faced"),
        ("The landlord allowed inspectors into the building.", "allowed"),
        ("The police allowed investigators into the flat where the body was found.", "allowed"),
    ],
)
def test_new_yielding_and_agreeing_entries_need_their_political_sense(
        nlp: Language, sentence: str, trigger: str) -> None:
    assert _typed_as(nlp, sentence, trigger) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The government caved in to the strikers' demands on Friday.", "caved", ("CONCEDE", None)),
        ("The government expressed regret for the deaths of 12 civilians.", "expressed", ("CONCEDE", None)),
        ("Fighters handed in 300 rifles at the collection point.", "handed", ("RETREAT", "disarm")),
        ("The signing of the accord took place in Doha.", "signing", ("AGREE", None)),
        ("The minister faces a charge of murder.", "faces", ("ACCUSE", "allege")),
        ("Iran allowed UN inspectors into the sites on Monday.", "allowed", ("CONCEDE", None)),
        ("Iran refused to allow inspectors into the plant.", "allow", ("REJECT", None)),
    ],
)
def test_new_yielding_and_agreeing_entries_keep_their_political_sense(
        nlp: Language, sentence: str, trigger: str, expected: tuple[str, str | None]) -> None:
    assert _typed_as(nlp, sentence, trigger) == [expected]
