"""Towns the tagger calls persons after attack verbs, and regions several countries share.

A one-word town attacked or raided by an armed party ("ADF rebels attacked Beni") is often tagged a
person; it becomes a place only when the article writes the same name elsewhere as one ("residents in
Beni"), never on the name alone, as given names are towns too. A region several lands share
("Kashmir", "the Jordan Valley", "Lake Chad") gives none of them from its name, only the one the
article sets its story in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import events_in, town_country

if TYPE_CHECKING:
    from spacy.language import Language


def _target_country(nlp: Language, text: str, trigger: str) -> str | None:
    """The target's country of the first event ``trigger`` in ``text``."""
    events = [e for e in events_in(nlp, text) if e.text == trigger]
    assert events, f"no event {trigger!r} in {text!r}"
    return events[0].target.country if events[0].target is not None else None


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("ADF rebels attacked Beni overnight, killing nine civilians. Residents in Beni said the gunfire "
     "lasted for hours.", "attacked", "COD"),
    ("Israeli forces raided Qalqilya before dawn. Three people were wounded in Qalqilya, the Palestinian "
     "health ministry said.", "raided", "PSE"),
    ("Jihadists attacked Gao on Sunday. Shops in Gao stayed shut the next day.", "attacked", "MLI"),
    ("Israeli soldiers raided Huwara after the shooting. Witnesses in Huwara said dozens of homes were "
     "searched.", "raided", "PSE"),
    ("Al-Shabaab fighters attacked Beledweyne on Saturday. Clan militia in Beledweyne fought back.",
     "attacked", "SOM"),
])
def test_person_tagged_town_placed_elsewhere_in_the_article(nlp: Language, text: str, trigger: str,
                                                             country: str) -> None:
    assert _target_country(nlp, text, trigger) == country


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen attacked Hassan outside his home. Hassan, a local journalist, was wounded.", "IND"),
    ("Gunmen attacked Hassan on Tuesday. A funeral was held in Mosul for Hassan's brother.", "IND"),
    ("Soldiers attacked Mariana during the protest. Rights groups showed little interest in Mariana at "
     "first.", "BRA"),
    ("Masked soldiers attacked Hassan in his home. The ministry said it had full confidence in Hassan.", "IND"),
    ("Militiamen attacked Marion at a checkpoint. Her family said it still had faith in Marion.", "USA"),
    ("Militants attacked Alexandria with knives. Hopes rested in Alexandria to lead the talks.", "EGY"),
])
def test_person_named_in_a_phrase_of_regard_stays_a_person(nlp: Language, text: str, town: str) -> None:
    assert _target_country(nlp, text, "attacked") != town


@pytest.mark.parametrize(("text", "region", "country"), [
    ("Israeli troops clashed with protesters in the Jordan Valley.", "Jordan Valley", None),
    ("Jordan condemned the demolitions in the Jordan Valley.", "Jordan Valley", None),
    ("Boko Haram fighters killed 12 fishermen near Lake Chad.", "Lake Chad", None),
    ("Jihadists killed dozens of civilians across the Sahel last year.", "Sahel", None),
    ("Police arrested 12 protesters in Punjab on Monday.", "Punjab", None),
    ("Police in Pakistan's Punjab province arrested 12 protesters on Monday.", "Punjab", "PAK"),
    ("Police fired tear gas at protesters in Lahore, Punjab.", "Punjab", "PAK"),
    ("Gunmen killed two soldiers in Indian-administered Kashmir.", "Kashmir", "IND"),
    ("Indian police said militants killed three villagers in Kashmir.", "Kashmir", "IND"),
    ("Jihadists killed 40 civilians in the Sahel region of Burkina Faso.", "Sahel", "BFA"),
    ("Palestinian police said settlers attacked herders in the Jordan Valley.", "Jordan Valley", "PSE"),
])
def test_shared_region_takes_the_land_the_article_tells(nlp: Language, text: str, region: str,
                                                        country: str | None) -> None:
    assert town_country(nlp, text, region) == country


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Militants attacked an army camp in Jammu and Kashmir.", "Jammu and Kashmir", "IND"),
    ("Israeli forces raided Jericho in the Jordan Valley on Monday.", "Jericho", "PSE"),
    ("Protesters rallied in Jordan on Friday.", "Jordan", "JOR"),
    ("Gunmen killed 10 herders in eastern Chad.", "Chad", "TCD"),
])
def test_names_holding_a_shared_region_keep_their_land(nlp: Language, text: str, place: str,
                                                       country: str) -> None:
    assert town_country(nlp, text, place) == country
