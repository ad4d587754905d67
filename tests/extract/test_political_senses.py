"""War words in political news: attacks made in words, contests won, texts released.

Sentences are written for these tests in the style of US political reporting and of conflict wire
copy (not taken from the evaluation sets). In political news "attacked Clinton over her emails" is
criticism (ACCUSE disapprove), "I can beat Trump" wins a contest, "released the transcripts"
publishes a text and "a testy exchange with reporters" is words; the same verbs keep their force in
conflict reports ("rebels attacked the army post", "police beat protesters with clubs").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


def _typed(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.mode) for e in events_in(nlp, text)}


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The Democratic campaign fired back at the Republican nominee on Thursday.", "fired"),
        ("The ad hits Clinton for her paid speeches.", "hits"),
        ("The group ran ads hitting Senator Toomey on guns.", "hitting"),
        ("Rubio's attacks on Cruz grew sharper in the final days.", "attacks"),
        ("Sanders stepped up his attacks on Clinton's ties to Wall Street.", "attacks"),
        ("Trump hit Bush over his brother's record.", "hit"),
        ("He has attacked Bush repeatedly for his support of Common Core.", "attacked"),
        ("Trump was attacked by his rivals for his comments on Muslims.", "attacked"),
        ("Democrats attacked Republicans for blocking the nominee.", "attacked"),
        ("Romney came under attack for his comments about the 47 percent.", "attack"),
        ("The president's health care law came under fire from Republicans.", "fire"),
    ],
)
def test_attack_in_words_is_criticism(nlp: Language, sentence: str, trigger: str) -> None:
    assert _typed(nlp, sentence).get(trigger) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Obama beat Romney in Ohio.", "beat"),
        ("I can beat Donald Trump in November.", "beat"),
        ("He would beat Clinton in a head-to-head matchup, the poll found.", "beat"),
        ("The candidates clashed over immigration at the debate.", "clashed"),
        ("Clinton and Sanders clashed over gun control.", "clashed"),
        ("The candidate fought his way back into contention.", "fought"),
        ("The campaign waged a fierce battle for delegates.", "battle"),
        ("The State Department released 3,000 pages of Clinton's emails.", "released"),
        ("The system captured every email sent by officials.", "captured"),
        ("The debate featured a testy exchange between Trump and Bush.", "exchange"),
        ("Their exchange over foreign policy was the most heated of the night.", "exchange"),
        ("The campaign manager was fired on Monday.", "fired"),
        ("The mayor was struck by the anger of the protesters.", "struck"),
        ("Protesters marched downtown three days after the video's release.", "release"),
        ("The committee delayed the release of the transcripts until March.", "release"),
        ("Walker's campaign was killed by a lack of money.", "killed"),
        ("Stocks in the miner hit a record high on Friday.", "hit"),
    ],
)
def test_political_sense_is_no_event(nlp: Language, sentence: str, trigger: str) -> None:
    assert trigger not in _typed(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Rebels attacked the army post, killing two soldiers.", "attacked", ("ASSAULT", None)),
        ("Gunmen attacked a police checkpoint in Kandahar on Tuesday.", "attacked", ("ASSAULT", "firearms")),
        ("A gunman attacked the candidate during a speech in Mexico.", "attacked", ("ASSAULT", "firearms")),
        ("Soldiers fired on protesters in the capital, killing three.", "fired", ("ASSAULT", "firearms")),
        ("The gunmen fired at the bus, killing seven passengers.", "fired", ("ASSAULT", "firearms")),
        ("A rocket hit a residential building in Ashkelon.", "hit", ("ASSAULT", "heavy-weapons")),
        ("Police beat protesters with clubs in the capital.", "beat", ("ASSAULT", "beat")),
        ("The mob beat the man to death.", "beat", ("ASSAULT", "beat")),
        ("Security forces beat Juan Perez, a student leader, with rifle butts.", "beat", ("ASSAULT", "beat")),
        ("Troops clashed with insurgents in the Swat valley.", "clashed", ("ASSAULT", None)),
        ("The army fought Islamist militants in the north for three days.", "fought", ("ASSAULT", None)),
        ("Guerrillas captured two soldiers during the clash.", "captured", ("ASSAULT", "abduct")),
        ("Hamas released three hostages on Saturday.", "released", ("RETREAT", "release")),
        ("Israel released 90 Palestinian prisoners in exchange for the hostages.", "released",
         ("RETREAT", "release")),
        ("The two sides carried out a prisoner exchange on Friday.", "exchange", ("RETREAT", "release")),
        ("The embassy was attacked by a mob.", "attacked", ("ASSAULT", None)),
        ("The base came under rocket fire overnight.", "fire", ("ASSAULT", "heavy-weapons")),
        ("Urban guerrillas attacked the presidency with mortar fire.", "attacked", ("ASSAULT", "heavy-weapons")),
        # a crowd or thugs beating a named person assault them; attacks aimed at a country's grid are force
        ("A mob beat Tariq Aziz Khan after the Friday prayers.", "beat", ("ASSAULT", "beat")),
        ("Thugs beat reporter Elena Ruiz as she filmed the vote count.", "beat", ("ASSAULT", "beat")),
        ("Putin's attacks on Ukraine's power plants left millions in the dark.", "attacks", ("ASSAULT", None)),
        # states step up and trade attacks with force; opponents attacking premises use force
        ("Israel and Hezbollah traded attacks across the border on Sunday.", "attacks", ("ASSAULT", None)),
        ("Moscow escalated its attacks after the bridge explosion.", "attacks", ("ASSAULT", None)),
        ("Opponents of the junta attacked an army convoy.", "attacked", ("ASSAULT", None)),
        ("Critics of the regime were attacked by militiamen.", "attacked", ("ASSAULT", None)),
        # a candidate or a reporter attacked by a crowd or an unknown man is assaulted
        ("Supporters of the president attacked opposition candidates in Harare.", "attacked", ("ASSAULT", None)),
        ("A man attacked a reporter with a knife outside the stadium.", "attacked", ("ASSAULT", "primitive")),
        # military positions are premises, not stances; markets hit records, not rivals
        ("Artillery shells hit Armenian positions near the border.", "hit", ("ASSAULT", "heavy-weapons")),
        ("Georgia attacked Ossetian positions overnight.", "attacked", ("ASSAULT", None)),
        # police, mobs and men attacking someone "for" or "over" something use force
        ("Police attacked the reporters for filming the arrests.", "attacked", ("ASSAULT", None)),
        ("A crowd attacked him over a rumour of theft.", "attacked", ("ASSAULT", None)),
        # "rival" qualifies fighters; it makes no speaker of them
        ("Rival clans fired at each other near the well.", "fired", ("ASSAULT", "firearms")),
        # "fire on", "fire up at": what is fired at is struck, whatever its noun
        ("Soldiers fired on staff leaving the clinic.", "fired", ("ASSAULT", "firearms")),
        ("The gunmen fired up at the drone.", "fired", ("ASSAULT", "firearms")),
        # candidates who speak of an attack did not make it
        ("The candidates reacted to a mass shooting at a school in Texas.", "shooting", ("ASSAULT", "firearms")),
        ("The governor's campaign manager allegedly assaulted a photographer at the rally.", "assaulted",
         ("ASSAULT", None)),
    ],
)
def test_real_sense_keeps_its_event(
    nlp: Language, sentence: str, trigger: str, expected: tuple[str, str | None]
) -> None:
    assert _typed(nlp, sentence).get(trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a politician fights for a cause or to get something done: campaigning, no assault
        ("The senator has fought for lower drug prices since she entered Congress.", "fought"),
        ("He fought to overturn the election results.", "fought"),
        ("The senator fought for a ban on assault weapons.", "fought"),
        ("Ocasio-Cortez said she would keep fighting to cancel student debt.", "fighting"),
        ("He has been fighting to repeal the health law since 2017.", "fighting"),
        ("McCain fought for campaign finance reform for years.", "fought"),
        # a battle of a named person, or a pronoun for one, with a named rival is a contest
        ("Her bruising battle with Obama in 2008 left scars.", "battle"),
        ("Romney's battle with Gingrich intensified after South Carolina.", "battle"),
        ("Clinton's battle with Trump in the fall will be brutal.", "battle"),
        # a battle named a contest in politics or court by its modifier
        ("His legal battle with the former aide dragged on for months.", "battle"),
        ("Biden's primary battle with Sanders ended in April.", "battle"),
        ("The custody battle between the two parents drew headlines.", "battle"),
        # money shelled out is spent; a ban or a mandate a court strikes down is annulled
        ("The campaign shelled out $2 million for television ads.", "shelled"),
        ("The Supreme Court struck down the state's ban on same-sex marriage.", "struck"),
        ("The judge struck down the city's mask mandate.", "struck"),
    ],
)
def test_campaigns_and_contests_are_no_force(nlp: Language, sentence: str, trigger: str) -> None:
    assert _typed(nlp, sentence).get(trigger, ("none", None))[0] != "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # fighters fight for a party, a side, ground or control, or to take, hold or free a place
        ("He fought for the Islamic State in Raqqa before he was captured in 2019.", "fought"),
        ("Kurdish forces fought for control of the dam until Sunday.", "fought"),
        ("She fought for the resistance in occupied Kherson.", "fought"),
        ("Abu Mohammed fought for the caliphate until the fall of Baghuz.", "fought"),
        ("He fought for money as a mercenary in Donbas.", "fought"),
        ("He fought to free Mosul from the Islamic State.", "fought"),
        ("He fought to reach the besieged town with his unit.", "fought"),
        ("Villagers fought to defend their homes when the gunmen arrived.", "fought"),
        ("The rebels fought for independence from Ethiopia for three decades.", "fought"),
        ("The soldier fought for his life after the roadside bomb.", "fought"),
        # a battle against an armed party, or one named by its place, stays force
        ("The army's battle against al-Shabaab in Lower Shabelle intensified in March.", "battle"),
        ("His battle with the Houthis for Marib ended in defeat.", "battle"),
        ("Iraqi forces' battle with ISIS militants in west Mosul killed hundreds of civilians.", "battle"),
        # a court's word is no strike, but a protester struck down by soldiers is
        ("Soldiers struck down a protester with a rifle butt.", "struck"),
        ("Militants shelled the town of Avdiivka overnight.", "shelled"),
    ],
)
def test_war_words_in_conflict_keep_their_force(nlp: Language, sentence: str, trigger: str) -> None:
    assert _typed(nlp, sentence).get(trigger, ("none", None))[0] == "ASSAULT"
