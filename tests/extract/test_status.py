"""Event status from the words that govern a trigger: an act agreed, expected, vowed or failed is not done.

Sentences are written in the style of wire reports on the 2023 Gaza truce and other conflicts (not
taken from the evaluation sets). Each case names the trigger and the status it must get; the
negative cases check that a framing word does not leak into an adjunct or a reported fact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.status import governors, is_attempt, load_status_cues, negating_governor

from event_support import events_in, status_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # agreed, expected, scheduled or supposed acts are still to come
        ("Hamas has agreed to release 50 women and children during a four-day pause.", "release", "planned"),
        ("Israel agreed to free 150 Palestinian prisoners held in its jails.", "free", "planned"),
        ("Hamas is expected to release a second group of hostages on Saturday.", "release", "planned"),
        ("The prisoners were supposed to be released on Friday morning.", "released", "planned"),
        ("Hamas is set to free 13 Israeli women and children on Friday.", "free", "planned"),
        ("Israel would release three Palestinian prisoners for every hostage.", "release", "planned"),
        # promises and vows of a cooperative act are offers
        ("Israel promised to release 300 Palestinian prisoners.", "release", "offered"),
        ("The prime minister vowed to free every hostage still held in Gaza.", "free", "offered"),
        # an attempt by the subject itself is not done yet
        ("Egypt sought to free the stranded truck drivers through talks with both sides.", "free", "planned"),
        ("Government troops tried to retake the town on Sunday.", "retake", "planned"),
        # an act that failed or was refused did not happen
        ("Hamas failed to release the hostages by the deadline.", "release", "refused"),
        ("Israel refused to release the bodies of the militants.", "release", "refused"),
        # an agreement to extend a truce is the extension itself
        ("Israel and Hamas had agreed to extend their truce by two days.", "extend", "happened"),
        # a cue under a condition is itself only a guess
        ("The party will boycott the vote unless the president agrees to step down.", "step", "hypothetical"),
        ("The party will boycott the vote unless the president agrees to step down.", "boycott", "planned"),
    ],
)
def test_governed_act_gets_the_status_of_its_governor(nlp: Language, sentence: str, trigger: str,
                                                      status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a news agency reporting is attribution, not allegation
        ("Afghan guerrillas blew up three power lines near Kabul last month, the state news agency reported.",
         "blew"),
        ("Iran threatened to cut off gas supplies to Turkey, the official IRNA news agency reported.", "threatened"),
        # an adjunct is told as a fact whatever governs the clause above it
        ("Police want to question a man about rioting during a summit of G20 leaders in Hamburg.", "summit"),
        # a reduced relative with its agent reports a done act
        ("Farmers demanded the return of land seized by the army in 1967.", "seized"),
        # the agreement itself happened
        ("Hamas has agreed to release 50 women and children during a four-day pause.", "agreed"),
        # a clause before a semicolon is no complement of the verb after it, though the parser makes it one
        ("A car bomb exploded near a police station in Mogadishu, killing six people, an officer told Reuters; "
         "no group immediately claimed responsibility.", "killing"),
        ("Shelling destroyed the hospital's main building, a doctor told AFP; officials have promised an "
         "investigation into the attack.", "destroyed"),
    ],
)
def test_reported_and_adjunct_acts_happened(nlp: Language, sentence: str, trigger: str) -> None:
    assert status_in(nlp, sentence, trigger) == "happened"


@pytest.mark.parametrize(
    ("sentence", "trigger", "status", "source"),
    [
        # asked, told or ordered to act: the one addressed is asked to act, and has not yet
        ("Qatar asked Israel to withdraw its troops from the crossing.", "withdraw", "demanded", "Israel"),
        ("The army told residents to evacuate the northern districts.", "evacuate", "demanded", "residents"),
        ("The general ordered his troops to pull back from the ridge.", "pull", "demanded", "troops"),
        ("The families asked for the release of the hostages.", "release", "demanded", None),
        # a relative clause in the perfect under the demand is a fact of its own
        ("Egypt urged Hamas to free the hostages it has seized.", "seized", "happened", "it"),
        ("Zelensky asked to meet the Russian president.", "meet", "demanded", "Zelensky"),
        # "for" demands only the act it names: comment on an airstrike leaves the airstrike a fact
        ("Asked for comment on the Israeli airstrike, a spokesman said the army was reviewing it.", "airstrike",
         "happened", "Israeli"),
        # told or asked with a that-clause or a question, the verb reports
        ("The army told reporters that its troops had withdrawn from the town.", "withdrawn", "happened", "troops"),
        ("The minister told reporters the troops withdraw every night.", "withdraw", "happened", "troops"),
        # ... unless the clause is in the subjunctive: what is to be done
        ("The families asked that the detainees be released.", "released", "demanded", None),
        ("The mediators asked that Israel halt its strikes on the camp.", "halt", "demanded", "Israel"),
        ("He asked that the troops withdraw from the border.", "withdraw", "demanded", "troops"),
    ],
)
def test_asked_told_or_ordered_to_act_is_a_demand_on_the_one_addressed(
    nlp: Language, sentence: str, trigger: str, status: str, source: str | None
) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.status == status
    assert (event.source.text.split()[-1] if event.source else None) == source


def test_failed_agreement_is_a_rejection_not_an_agreement(nlp: Language) -> None:
    events = events_in(nlp, "Israeli and Palestinian negotiators failed to reach agreement on the border crossing.")
    assert [(e.type, e.status) for e in events if e.text == "reach"] == [("REJECT", "happened")]
    assert "AGREE" not in [e.type for e in events]


def test_failed_passive_act_is_no_event(nlp: Language) -> None:
    assert "released" not in [e.text for e in events_in(nlp, "The hostages failed to be released on time.")]


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        ("Hamas is expected to release more hostages on Saturday.", "release", "PSE"),
        ("Israel was urged to free the prisoners before the holiday.", "free", "ISR"),
        ("Egypt sought to free the stranded truck drivers.", "free", "EGY"),
    ],
)
def test_raised_or_trying_subject_is_the_agent(nlp: Language, sentence: str, trigger: str, source: str) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.text == trigger)
    assert event.source is not None and event.source.country == source


def test_attempt_is_no_demand_of_its_own(nlp: Language) -> None:
    events = events_in(nlp, "Egypt sought to free the stranded truck drivers.")
    assert "REQUEST" not in [e.type for e in events]


def test_seeking_an_object_stays_a_demand(nlp: Language) -> None:
    doc = nlp("Qatar sought the release of the hostages.")
    release = next(t for t in doc if t.lower_ == "release")
    assert not any(is_attempt(g) for g in governors(release))
    assert status_in(nlp, "Qatar sought the release of the hostages.", "release") == "demanded"


@pytest.mark.parametrize(
    ("sentence", "verb", "negated"),
    [
        ("The two sides failed to reach a deal.", "reach", True),
        ("Rescuers were unable to free the trapped miners.", "free", True),
        ("The two sides did not fail to reach a deal.", "reach", False),
        ("The two sides hoped to reach a deal.", "reach", False),
    ],
)
def test_negating_governor_is_found_only_when_it_negates(nlp: Language, sentence: str, verb: str,
                                                         negated: bool) -> None:
    token = next(t for t in nlp(sentence) if t.lower_ == verb)
    assert (negating_governor(token, cues=load_status_cues()) is not None) is negated


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Rebels allegedly executed 12 villagers near the border.", "executed", "alleged"),
        ("The alleged attack on the convoy killed four aid workers.", "attack", "alleged"),
        ("A suspected Israeli airstrike hit a car in Damascus.", "airstrike", "alleged"),
        ("Troops reportedly withdrew from the town overnight.", "withdrew", "happened"),
    ],
)
def test_an_act_put_as_someone_s_claim_is_alleged(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Any soldier who has fired on protesters will be prosecuted.", "fired", "hypothetical"),
        ("Any group that attacks the convoy will face retaliation.", "attacks", "hypothetical"),
        ("The soldier who fired on protesters was arrested.", "fired", "happened"),
        # in a clause of fact, "any" tells what some did
        ("The president ordered an investigation into any officers who shot at protesters.", "shot", "happened"),
    ],
)
def test_a_relative_clause_on_any_one_is_no_fact(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The rebels threatened to attack the capital if the government did not release their leader.",
         "release", "hypothetical"),
        ("Hamas said it would free more hostages if Israel did not resume its offensive.", "offensive", "hypothetical"),
        ("Israel will not withdraw unless the hostages are freed.", "withdraw", "refused"),
        ("The army did not release the prisoners.", "release", "refused"),
    ],
)
def test_a_negated_condition_is_no_refusal(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    """What a condition names may or may not come: "if X did not release" says nothing of what X did."""
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The army denied reports that its soldiers had executed five detainees.", "executed", "denied"),
        # a denial not made leaves the report a claim
        ("Israel has neither confirmed nor denied reports that it struck the convoy.", "struck", "alleged"),
        ("The Pentagon did not deny reports that its forces had raided a compound.", "raided", "alleged"),
        ("The ministry declined to deny reports that troops had shelled the village.", "shelled", "alleged"),
        # with no report noun between, too
        ("Hamas did not deny that it had fired the rocket.", "fired", "alleged"),
        ("Israel has neither confirmed nor denied that it struck the convoy.", "struck", "alleged"),
        ("Israel has not denied carrying out the strike.", "strike", "alleged"),
        # a progressive under a denial is denied, not going on
        ("Venezuela has denied that it is massing troops on the border with Guyana.", "massing", "denied"),
        ("Hamas demanded that Israel stop the attacks it is carrying out in Gaza.", "carrying", "ongoing"),
        ("Police are investigating reports that soldiers executed five detainees.", "executed",
         "under_investigation"),
        # responsibility claimed or denied: who did it is in question, not that it was done
        ("Houthi rebels claimed responsibility for an attack on a tanker.", "attack", "happened"),
        ("The army denied responsibility for an attack on the village.", "attack", "happened"),
        # responsibility to be taken is no claim of a deed done
        ("The UN demanded that Russia take responsibility for the shelling of the hospital.", "shelling",
         "demanded"),
        ("Kenya agreed to take responsibility for the deployment of police officers to Haiti.", "deployment",
         "planned"),
    ],
)
def test_reports_denied_and_responsibility_claimed(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Houthi rebels claimed responsibility for an attack on a tanker.", "YEM"),
        ("The Taliban claimed responsibility for a suicide bombing in Kabul.", "AFG"),
        ("The group did not claim responsibility for an attack on the base.", None),
        ("Baloch separatists, who have claimed responsibility for similar attacks, denied involvement.", "PAK"),
    ],
)
def test_who_claims_responsibility_for_an_act_did_it(nlp: Language, sentence: str, source: str | None) -> None:
    event = next(e for e in events_in(nlp, sentence) if e.type == "ASSAULT")
    assert (event.source.country if event.source else None) == source


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Hamas denied that it had fired the rocket, blaming an Israeli strike.", "blaming", "happened"),
        ("Hamas denied that it had fired the rocket, blaming an Israeli strike.", "fired", "denied"),
        ("Russia denied that its forces had attacked the hospital, accusing Kyiv of staging the strike.",
         "accusing", "happened"),
        # an act closing the reported clause stays in it
        ("The army denied that troops had shot the protesters, killing three.", "killing", "denied"),
    ],
)
def test_a_closing_participle_of_saying_is_the_speaker_s_own_act(nlp: Language, sentence: str, trigger: str,
                                                                   status: str) -> None:
    """The parser hangs ", blaming ..." on the denied clause; the blaming is not denied."""
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("A military court ordered the arrest of the former defence minister.", "arrest", "demanded"),
        ("The court ordered the release of the journalist on Monday.", "release", "demanded"),
        ("The governor ordered the evacuation of the town.", "evacuation", "demanded"),
        # an act ordered bare is set going by the order
        ("The president ordered an investigation into the killings.", "investigation", "happened"),
        ("The army ordered a curfew in the city.", "curfew", "happened"),
    ],
)
def test_an_act_on_others_that_is_ordered_is_demanded(nlp: Language, sentence: str, trigger: str,
                                                       status: str) -> None:
    """The one who orders an arrest is not the one who makes it, and the order says it is yet to come."""
    assert status_in(nlp, sentence, trigger) == status


def test_a_rejection_does_not_reach_into_what_the_rejecter_says(nlp: Language) -> None:
    """", saying it would not release the hostages": the saying is a statement of its own; the release
    is refused by its own negation, and what the statement reports as so is not rejected."""
    assert status_in(nlp, "Hamas rejected the truce, saying Israel had killed 30 civilians.", "killed") == "happened"
    assert status_in(nlp, "Hamas rejected the proposal, saying it would not release the hostages.", "release") == (
        "refused")


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Israel did not carry out the strike, the army said.", "strike", "refused"),
        ("The two sides did not hold talks on Monday.", "talks", "refused"),
        ("Negotiators failed to reach an agreement on a ceasefire.", "ceasefire", "refused"),
        ("Israel carried out the strike, the army said.", "strike", "happened"),
    ],
)
def test_an_act_whose_light_verb_did_not_happen_did_not_happen(nlp: Language, sentence: str, trigger: str,
                                                                status: str) -> None:
    """A noun act takes the negation of the light verb that carries it, as a verb act takes its own."""
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Moscow warned that any attack on its territory with Western missiles would draw a response.",
         "attack", "hypothetical"),
        ("The army said it had not carried out any attack in the area.", "attack", "refused"),
    ],
)
def test_any_act_under_a_modal_is_a_case_not_a_deed(nlp: Language, sentence: str, trigger: str,
                                                    status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The Israeli prime minister vowed to continue the war until Hamas is destroyed.", "destroyed", "planned"),
        ("The fighting continued until the rebels were destroyed.", "destroyed", "happened"),
    ],
)
def test_until_in_the_present_is_a_goal(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


def test_a_prevention_asked_for_does_not_negate_the_act(nlp: Language) -> None:
    """"urging it to desist from offering him protection": the desisting is asked, so the offer is what
    the urging is about, not an offer refused."""
    sentence = "They sent a note to the embassy urging it to desist from offering him protection."
    assert status_in(nlp, sentence, "offering") == "demanded"
    assert status_in(nlp, "The rebels agreed to refrain from attacking the city.", "attacking") != "refused"


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Police foiled an attack on the parade.", "attack", "refused"),
        ("Police said they had foiled a plot to attack the parade.", "attack", "refused"),
        ("Security forces thwarted an attempt to storm the embassy.", "storm", "refused"),
        ("The ministry said 15 soldiers were missing, and it feared they had been captured.", "captured",
         "hypothetical"),
    ],
)
def test_a_foiled_or_feared_act_is_not_told_as_done(nlp: Language, sentence: str, trigger: str,
                                                    status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


def test_the_foiler_is_not_the_attacker(nlp: Language) -> None:
    attack = next(e for e in events_in(nlp, "Police said they had foiled a plot to attack the parade.")
                  if e.text == "attack")
    assert attack.source is None


def test_until_in_a_reported_future_is_a_goal_whatever_its_tense(nlp: Language) -> None:
    """"would not let them return until she was released": the past tense is the report's, and the
    release has not happened."""
    sentence = "Israel said it would not let displaced Palestinians return to northern Gaza until she was released."
    assert status_in(nlp, sentence, "released") == "planned"


@pytest.mark.parametrize(
    "sentence",
    ["The warring sides failed to agree on a truce after two days of talks.",
     "Three rounds of talks failed to produce a ceasefire."],
)
def test_a_truce_no_one_managed_to_agree_is_refused(nlp: Language, sentence: str) -> None:
    truce = next(e for e in events_in(nlp, sentence) if e.type == "RETREAT")
    assert truce.status == "refused"
    agreed = next(e for e in events_in(nlp, "The warring sides agreed on a truce.") if e.type == "RETREAT")
    assert agreed.status == "happened"


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Militiamen were said to have executed a dozen prisoners.", "executed", "alleged"),
        ("Russia is believed to have carried out the strike.", "strike", "alleged"),
        ("The militia is known to have executed prisoners.", "executed", "happened"),
    ],
)
def test_an_act_raised_by_hearsay_is_alleged(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Nigerian authorities are investigating whether an army drone strike killed civilians.",
         "killed", "under_investigation"),
        ("The army said it was checking whether its troops had fired on the convoy.", "fired", "under_investigation"),
        ("The African Union is assessing whether Sudanese forces used chemical weapons.",
         "used", "under_investigation"),
        # "whether" after the preposition of an inquiry
        ("Investigators are looking into whether the militia shelled the market.", "shelled", "under_investigation"),
        # "whether" under a decision is still an open choice
        ("Israel will decide whether to attack Iran.", "attack", "hypothetical"),
    ],
)
def test_whether_under_an_inquiry_is_under_investigation(nlp: Language, sentence: str, trigger: str,
                                                         status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Wagner rejected accusations that its fighters executed civilians in Moura.", "executed", "denied"),
        ("Beijing refuted claims that Chinese vessels rammed the boat.", "rammed", "denied"),
        ("Kigali dismissed reports that Rwandan troops were fighting alongside M23.", "fighting", "denied"),
        # a report no one rejects stays a claim, and so does one whose rejection is negated
        ("There are reports that troops are shelling the town.", "shelling", "alleged"),
        ("Hamas did not reject claims that its fighters killed civilians.", "killed", "alleged"),
    ],
)
def test_a_report_rejected_outright_is_a_denial(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # the cause a retaliation answers is told as done, whatever vow or threat frames the retaliation
        ("Hezbollah vowed to retaliate for the killing of its commander.", "killing", "happened"),
        ("Hamas threatened to execute hostages in response to Israeli strikes.", "strikes", "happened"),
        # a response to a possible act is still to come
        ("Israel said it would respond to any attack.", "attack", "hypothetical"),
    ],
)
def test_what_a_retaliation_answers_happened(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # what someone is asked to stop goes on meanwhile: the stopping is what is demanded
        ("Amnesty International called on the Taliban to stop public floggings.", "floggings", "ongoing"),
        ("The US asked Ukraine to stop its strikes on Russian refineries.", "strikes", "ongoing"),
    ],
)
def test_an_act_someone_is_asked_to_stop_goes_on(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Hamas has yet to release the bodies of the hostages.", "release"),
        ("Israel is yet to withdraw its troops from the corridor.", "withdraw"),
    ],
)
def test_an_act_a_party_has_yet_to_do_is_not_done(nlp: Language, sentence: str, trigger: str) -> None:
    assert status_in(nlp, sentence, trigger) == "refused"


def test_an_event_noun_due_to_begin_is_planned(nlp: Language) -> None:
    assert status_in(nlp, "Talks between the two sides are due to begin in Doha on Saturday.", "Talks") == "planned"
    assert status_in(nlp, "The talks were held in Doha on Saturday.", "talks") == "happened"


def test_a_part_in_an_act_denied_leaves_the_act_done(nlp: Language) -> None:
    assert status_in(nlp, "Russia denied involvement in the killing of the journalist.", "killing") == "happened"


def test_a_capital_before_an_act_is_where_not_who(nlp: Language) -> None:
    [attack] = [e for e in events_in(nlp, "The government denied any link to the Ankara attack.") if e.text == "attack"]
    assert attack.source is None and attack.status == "happened"


def test_neither_side_did_it(nlp: Language) -> None:
    assert [e.text for e in events_in(nlp, "Neither side has agreed to meet.")] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # every conjunct of a condition is only a condition
        ("Officials said they were open to talks only if the rebels lay down their arms and cut ties with "
         "the Islamic State group.", "cut", "hypothetical"),
        # an act noun that is the subject of a condition, or of what would be
        ("Islamabad has threatened further strikes if attacks from across the border continue.", "attacks",
         "hypothetical"),
        # a past tense in a time clause of reported speech is still to come
        ("The group said it would halt its attacks on shipping only when Israel withdrew its troops from Gaza.",
         "withdrew", "planned"),
        # a truce parties are pressed to agree to is no truce yet
        ("Washington pressed the two sides to agree to a ceasefire.", "ceasefire", "demanded"),
    ],
)
def test_conditions_and_pressure_leave_an_act_undone(nlp: Language, sentence: str, trigger: str,
                                                      status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a ranking of what happened, only its count in doubt
        ("Monday's bombing would be the deadliest attack in Kabul since 2021 if the toll is confirmed.", "bombing",
         "happened"),
        # "would" with a noun subject may tell a habit; its time clause happened
        ("Villagers said militiamen would burn homes when residents refused to pay.", "refused", "happened"),
    ],
)
def test_would_that_tells_no_condition_or_promise(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a promise, plan or order that is itself denied leaves the act denied, not offered or planned
        ("The militia denied that it had promised to free the captives.", "free", "denied"),
        ("The army denied plans to pull out of the province.", "pull", "denied"),
        # the subject's own commitment refused leaves the act refused
        ("The minister refused to commit to withdrawing the troops.", "withdrawing", "refused"),
        ("The rebels refused to agree to release the hostages.", "release", "refused"),
        # another party's request turned down keeps what it asks demanded
        ("Damascus rejected a request to extradite the suspect.", "extradite", "demanded"),
        # an agreement told as fact still leaves the act to come
        ("The army said it had agreed to withdraw from the town.", "withdraw", "planned"),
    ],
)
def test_a_plan_or_offer_denied_or_turned_down_is_no_plan(nlp: Language, sentence: str, trigger: str,
                                                           status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # an act noun that is the subject of a verb of taking place has that verb's status
        ("Clashes could erupt again in the capital.", "Clashes", "hypothetical"),
        ("Talks between the parties are likely to take place next month.", "Talks", "hypothetical"),
        # in the present, under way or into a span of its own is going on
        ("Talks between the envoys are under way in Muscat.", "Talks", "ongoing"),
        ("The blockade of the harbour has entered its fifth week.", "blockade", "ongoing"),
        # in the past it is told as done
        ("Fighting continued on Tuesday.", "Fighting", "happened"),
    ],
)
def test_an_act_noun_takes_the_status_of_its_taking_place(nlp: Language, sentence: str, trigger: str,
                                                          status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # wanting someone else's act asks it of them
        ("Kenya would like Somalia to expel the militants.", "expel", "demanded"),
        ("The protesters want the army to free the students.", "free", "demanded"),
        # one's own wanted act is only a wish
        ("The UN wants to deliver aid to the north.", "deliver", "hypothetical"),
        # an act weighed as likely or unlikely is a guess
        ("Russia is unlikely to withdraw from the region before winter.", "withdraw", "hypothetical"),
    ],
)
def test_wanted_and_likely_acts_are_not_done(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # the verb kept for an act noun put as a claim is a claim too
        ("The alleged attack killed four people.", "killed", "alleged"),
        ("A suspected drone strike killed three fighters.", "killed", "alleged"),
        # a suspected party is only not yet named: what it did is done
        ("Suspected smugglers shot a border guard.", "shot", "happened"),
        ("The attack killed four people.", "killed", "happened"),
    ],
)
def test_what_an_alleged_act_did_is_alleged(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # the denial is of another clause: the plan or promise stands
        ("The ministry denied that plans to withdraw troops had been shelved.", "withdraw", "planned"),
        ("He denied his promise to release the prisoners was a bluff.", "release", "offered"),
        ("The ministry denied plans to withdraw troops from the border.", "withdraw", "denied"),
        ("The ministry denied reports that it had dropped plans to withdraw troops.", "withdraw", "planned"),
        ("The ministry denied that it had plans to withdraw troops.", "withdraw", "denied"),
        ("The government denied claims it planned to withdraw troops.", "withdraw", "denied"),
        # a wish for another's act had by no one, or negated, demands nothing
        ("The US does not want Israel to attack Iran.", "attack", "hypothetical"),
        ("Nobody wants the army to attack.", "attack", "hypothetical"),
        ("Moscow wants NATO to withdraw its troops from the border.", "withdraw", "demanded"),
        # 'likely' with a perfect infinitive judges a past act
        ("The army is likely to have shelled the village, monitors said.", "shelled", "happened"),
        ("The army is unlikely to withdraw from the town.", "withdraw", "hypothetical"),
    ],
)
def test_denied_plans_wishes_and_chances_are_read_narrowly(nlp: Language, sentence: str, trigger: str,
                                                           status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # time given to act, with no word of demand, is an ultimatum: the act is demanded
        ("The militants gave the government 48 hours to release the hostages.", "release", "demanded"),
        ("The kidnappers gave the company two weeks to free the jailed fighters.", "free", "demanded"),
        ("Rebels gave the army 72 hours to withdraw from the district.", "withdraw", "demanded"),
        ("The junta granted the mission 24 hours to withdraw its troops.", "withdraw", "demanded"),
        ("Protesters gave the governor a week to release the detained students.", "release", "demanded"),
        ("The tribe gave the militia ten days to hand over the captured fighters.", "hand", "demanded"),
        ("The gunmen gave the authorities a deadline to release their comrades.", "release", "demanded"),
        ("The clan set the army a three-day deadline to withdraw from the valley.", "withdraw", "demanded"),
        # a span of time that is no ultimatum leaves the act done
        ("The army withdrew from the district after 72 hours of fighting.", "withdrew", "happened"),
        ("The militants released the hostages 48 hours after the raid.", "released", "happened"),
    ],
)
def test_time_given_to_act_is_an_ultimatum(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # what an act is done for is still to come
        ("Police arrested her so that she can face charges.", "face", "planned"),
        ("Troops detained the mayor so that he could be charged with murder.", "charged", "planned"),
        ("The army evacuated the village so that the engineers could demolish the bridge.", "demolish", "planned"),
        ("Officials moved the prisoners in order that they could be exchanged.", "exchanged", "planned"),
        ("The UN paused deliveries so that the convoy can be inspected.", "inspected", "planned"),
        ("The rebels withdrew from the hills so that aid could be delivered.", "delivered", "planned"),
        # the act the purpose hangs on, and a result, are done
        ("Police arrested her so that she can face charges.", "arrested", "happened"),
        ("Police arrested her, and she now faces charges.", "arrested", "happened"),
        ("The shelling was so heavy that it destroyed the bridge.", "destroyed", "happened"),
    ],
)
def test_an_act_in_a_purpose_clause_is_planned(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # what could not be confirmed is a report, not a guess
        ("Officials could not confirm that the commander had been killed.", "killed", "alleged"),
        ("Reuters could not independently verify that the soldiers were killed.", "killed", "alleged"),
        ("The army was unable to confirm that the village had been shelled.", "shelled", "alleged"),
        ("Officials did not confirm that the hostages had been released.", "released", "alleged"),
        ("The ministry declined to confirm that the aid workers had been abducted.", "abducted", "alleged"),
        ("Police could not corroborate that the protesters had been beaten.", "beaten", "alleged"),
        # not confirmed so far: "has yet to", "is yet to"
        ("Kyiv has yet to confirm that its troops recaptured the bridge.", "recaptured", "alleged"),
        ("The junta is yet to verify that the convoy was ambushed.", "ambushed", "alleged"),
        # confirmed, it is a fact
        ("Officials confirmed that the hostages had been released.", "released", "happened"),
        ("The army confirmed that the commander had been killed in the strike.", "killed", "happened"),
    ],
)
def test_an_act_left_unconfirmed_is_alleged(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The panel recommended that he face charges.", "face", "demanded"),
        ("The envoy recommended that the army withdraw from the border.", "withdraw", "demanded"),
    ],
)
def test_a_recommended_act_is_demanded(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The prosecutor did not recommend that she face charges.",
        "The inquiry did not recommend that the officers face charges.",
        "The panel did not recommend that the troops withdraw from the border.",
    ],
)
def test_an_act_no_one_recommended_is_no_event(nlp: Language, sentence: str) -> None:
    """As with "did not demand the release", a recommendation not made reports no act of its clause."""
    assert events_in(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a past act a "whether" question leaves open is a report no one has settled
        ("It is not clear whether the militia attacked the convoy.", "attacked", "alleged"),
        ("It remains unclear whether the commander was killed in the strike on Tyre.", "killed", "alleged"),
        ("It is not known whether the soldiers fired live rounds at the crowd in Dhaka.", "fired", "alleged"),
        ("It was unclear if Russian forces had shelled the hospital.", "shelled", "alleged"),
        ("Officials could not confirm whether the army had shot the protesters.", "shot", "alleged"),
        ("Officials were unsure whether the militia had attacked the convoy.", "attacked", "alleged"),
        # a future or modal act stays a guess; a question of who or how takes the act as known
        ("It is unclear whether Hamas will release more hostages before the deadline.", "release", "hypothetical"),
        ("It was not clear whether Israel would attack Iranian nuclear sites.", "attack", "hypothetical"),
        ("It is unclear who killed the two aid workers in Darfur.", "killed", "happened"),
        ("It is clear that the airstrike killed at least 20 civilians.", "killed", "happened"),
        ("Israel will halt strikes if Hamas releases the hostages.", "releases", "hypothetical"),
        ("The UN is investigating whether chemical weapons were used in Idlib.", "used", "under_investigation"),
        ("Officials knew whether the militia attacked the convoy.", "attacked", "hypothetical"),
    ],
)
def test_a_past_act_left_an_open_question_is_alleged(nlp: Language, sentence: str, trigger: str,
                                                     status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # a rejoinder that rebuts or leaves unconfirmed the claim makes its acts a claim
        ("Gunmen had opened fire on worshippers, a claim the police disputed.", "opened", "alleged"),
        ("The army said its troops had killed 30 militants, a claim the rebels denied.", "killed", "alleged"),
        ("Armenia said Azerbaijani troops had shelled villages in Syunik, which Baku denied.", "shelled", "alleged"),
        ("Saudi jets bombed a wedding party in Yemen, an allegation the coalition rejected.", "bombed", "alleged"),
        ("Wagner fighters seized a gold mine near Bambari, a claim the government has not confirmed.", "seized",
         "alleged"),
        ("The army said it killed 30 militants and arrested 12, a claim the rebels denied.", "arrested", "alleged"),
        ("Ukrainian forces shelled a school in Donetsk, a charge Kyiv rejected.", "shelled", "alleged"),
        # the speech act, an adjunct, a disputed count, a move turned down and a claim not rebutted are left as told
        ("The army said its troops had killed 30 militants, a claim the rebels denied.", "denied", "happened"),
        ("After rebels attacked the base, the army said it killed 30 militants, a claim the rebels denied.",
         "attacked", "happened"),
        ("The airstrike killed 40 people, a toll the army disputed.", "killed", "happened"),
        ("Israel expanded its offensive in Rafah, a move Egypt rejected.", "expanded", "happened"),
        ("Israel expanded its offensive in Rafah, which Egypt rejected.", "expanded", "happened"),
        ("Settlers attacked the village, a claim the army confirmed.", "attacked", "happened"),
        ("A drone strike killed four civilians in Kunduz on Monday, police said, a claim the Taliban did not "
         "dispute.", "killed", "happened"),
        ("Israel said it would withdraw from the corridor, a claim Hamas disputed.", "withdraw", "planned"),
        # a speech act is no claim of a deed, nor is what it blames or condemns
        ("Israel blamed Hamas for the blast, a charge the group denied.", "blamed", "happened"),
        ("The UN condemned the attack on the convoy, a charge the rebels denied.", "condemned", "happened"),
        ("The army threatened to shell the town, a claim the ministry denied.", "threatened", "happened"),
    ],
)
def test_a_claim_a_rejoinder_rebuts_is_alleged(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The EU stopped short of imposing new sanctions on Israeli ministers.", "imposing", "refused"),
        ("Washington stopped short of sending troops to Haiti.", "sending", "refused"),
        ("The rebels fell short of capturing Port Sudan.", "capturing", "refused"),
        # "short of" a place, or a verb of stopping without it, leaves the acts done
        ("The tanks stopped short of the border and shelled the village from the hills.", "shelled", "happened"),
        ("The missile fell short of its target and struck a residential building.", "struck", "happened"),
        ("The EU did not stop short of sanctions and imposed an arms embargo on Israel.", "embargo", "happened"),
    ],
)
def test_an_act_stopped_short_of_was_not_done(nlp: Language, sentence: str, trigger: str, status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        ("They blew up the bridge so that rebels did not cross.", "blew", "cross"),
        ("The army sealed the border so that fighters did not enter from Syria.", "sealed", "enter"),
    ],
)
def test_a_negated_act_a_deed_was_done_for_is_no_event(nlp: Language, sentence: str, kept: str,
                                                       dropped: str) -> None:
    """The act of a negated "so that" clause did not take place, and no one refused it."""
    texts = [e.text for e in events_in(nlp, sentence)]
    assert kept in texts
    assert dropped not in texts


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The rebels did not attack so that talks could continue.", "attack", "refused"),
        ("Israel did not withdraw, so Hamas did not release the hostages.", "release", "refused"),
        ("The rebels withdrew so that civilians could leave the city.", "withdrew", "happened"),
    ],
)
def test_a_negated_main_act_or_a_bare_so_is_left_as_told(nlp: Language, sentence: str, trigger: str,
                                                         status: str) -> None:
    assert status_in(nlp, sentence, trigger) == status
