"""Business and labour deals, visits to troops and the displaced, and headline verbs read as nouns.

Sentences are written for these tests in the style of international wire copy (not taken from the
evaluation sets). A firm that agrees to pay a fine or a settlement, signs a sponsorship deal or has
its board approve a merger, and a union that agrees to a pay rise, do business, no PLOVER event; a
state doing the same, or a union settling a strike, stays. A meeting of shareholders is no talks
between parties. A leader visiting troops, refugees or their camps cheers or comforts them (no
CONSULT); one visiting a land, a body, its leader or its headquarters consults. A headline such as
"Army shells rebel positions" has its verb read as a plural noun with an object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, types

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The Johannesburg-based insurer agreed to pay a penalty of 40 million rand to the watchdog.", "AGREE"),
        ("The trading house agreed to pay $135 million to resolve bribery probes in Ecuador.", "AGREE"),
        ("Nike signed a sponsorship deal with the Senegalese football federation.", "AGREE"),
        ("The nurses' union agreed to a pay rise of 8 percent on Tuesday.", "AGREE"),
        ("The company convened a meeting of shareholders in Oslo.", "CONSULT"),
        ("The board approved the takeover by the Emirati conglomerate.", "AGREE"),
        ("Shareholders approved the merger with the Turkish cement maker.", "AGREE"),
        ("Sisi visited troops stationed in northern Sinai on Thursday.", "CONSULT"),
        ("The defence minister visited soldiers wounded in the ambush near Gao.", "CONSULT"),
        ("The Swedish minister toured refugee camps in Chad on Monday.", "CONSULT"),
        ("The governor visited flood victims in Maiduguri.", "CONSULT"),
    ],
)
def test_business_and_morale_visits_are_no_events(nlp: Language, sentence: str, absent: str) -> None:
    assert absent not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Baghdad agreed to pay compensation to the families of the protesters killed in 2019.", "AGREE"),
        ("Hezbollah agreed to pay the families of fighters killed in the strikes.", "AGREE"),
        ("Burkina Faso signed a defence deal with Russia in Ouagadougou.", "AGREE"),
        ("The miners' union agreed to end the strike after talks with the government.", "AGREE"),
        ("The Arab League convened a meeting of foreign ministers in Cairo.", "CONSULT"),
        ("The governor called a meeting of tribal elders in Kandahar.", "CONSULT"),
        ("The Knesset approved the prisoner exchange deal with Hamas.", "AGREE"),
        ("Washington approved the sale of drones to India.", "AGREE"),
        ("The emir visited the Pakistani army chief in Rawalpindi.", "CONSULT"),
        ("The minister visited the army headquarters in Bamako.", "CONSULT"),
        ("Erdogan visited the Turkish army and met its generals.", "CONSULT"),
        ("The UN envoy visited the rebel leaders in Kidal.", "CONSULT"),
        ("Blinken visited Kyiv on Wednesday.", "CONSULT"),
    ],
)
def test_political_deals_and_visits_stay(nlp: Language, sentence: str, present: str) -> None:
    assert present in types(nlp, sentence)


@pytest.mark.parametrize(
    ("headline", "trigger", "source"),
    [
        ("Army shells rebel positions in Idlib", "shells", "Army"),
        ("Army shells opposition villages near Kadugli", "shells", "Army"),
    ],
)
def test_headline_verb_read_as_plural_noun(nlp: Language, headline: str, trigger: str, source: str) -> None:
    found = [e for e in events_in(nlp, headline) if e.text == trigger]
    assert found and found[0].type == "ASSAULT"
    assert found[0].source is not None and found[0].source.text == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery shells hit the market in Donetsk.",
        "Gaza shells found in the rubble",
        "Tank shells rained down on the town overnight.",
    ],
)
def test_shells_as_munitions_stay_nouns(nlp: Language, sentence: str) -> None:
    assert not any(e.text == "shells" for e in events_in(nlp, sentence))
