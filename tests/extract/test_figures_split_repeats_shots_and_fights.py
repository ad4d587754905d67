"""Figure categories of people taken again with a hyphenated "re-", of people shot told actively, and
of people in care after a fight or a weapon the event nouns do not name.

The tokenizer splits "re-detained" into "re", "-" and the verb, and the parser hangs the verb on "be"
or "re"; the repeat is still the news, whatever the people's noun or modifier says they were before.
"Police shot 12 protesters" wounds them, as the passive does; "shot dead", "shot down",
"shot at", filming and what is fired are the other senses, and "shoot" counts materiel only when its
object names it. Care after "tear gas", "the battle for the airport", "heavy fighting" or a drone that
hits is care for wounds; after a legal battle or a battle with cancer it is not.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(("text", "span", "category"), [
    # a split repeat of a taking: captured, over the noun's stock or the modifier's past
    ("At least 9 of the released fishermen were re-detained by coastguards in Mombasa.", "At least 9", "captured"),
    ("Twelve of the escaped inmates were re-captured within a day in Tegucigalpa.", "Twelve", "captured"),
    ("Eight students were re-abducted in the same district a week later.", "Eight", "captured"),
    ("Police re-arrested 5 opposition figures in Dhaka on Monday.", "5", "captured"),
    # repeats of no taking keep their own reading; a release repeated is a release
    ("Eleven councillors were re-elected in Tbilisi on Sunday.", "Eleven", "other"),
    ("The ministry re-opened 14 schools in Kharkiv.", "14", "other"),
    ("Five prisoners were re-released after a court order in Minsk.", "Five", "released"),
])
def test_split_repeat_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # people shot, told actively: wounded
    ("Police shot 12 protesters in Harare on Saturday.", "12", "injured"),
    ("Troops shot 11 villagers at a checkpoint near Mopti, witnesses said.", "11", "injured"),
    ("The sniper shot 5 civilians on the bridge in Kherson.", "5", "injured"),
    # shot dead, shot down, shot at, filmed, or fired
    ("Police shot dead 3 protesters in Nairobi.", "3", "killed"),
    ("Soldiers shot down 4 drones over the Red Sea.", "4", "military"),
    ("Militants shot 12 rockets into the Jordan valley.", "12", "military"),
    ("Security forces shot 10 demonstrators on camera, footage showed.", "10", "other"),
    # what "shoot" takes that is no materiel is filmed or hunted, not fired
    ("The director shot 12 scenes in Tbilisi last spring.", "12", "other"),
    ("The hunters shot 40 deer in the park near Nakuru.", "40", "other"),
    ("The gunboat shot 14 shells at the coast near Hodeidah.", "14", "military"),
])
def test_active_shot_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # care after a fight or a weapon named outside the event nouns: wounded
    ("Police fired tear gas in Lima and 37 people needed hospital treatment.", "37", "injured"),
    ("During the battle for the airport, 20 soldiers needed hospital treatment.", "20", "injured"),
    ("A drone hit their frigate and 11 sailors needed hospital treatment.", "11", "injured"),
    ("After heavy fighting in Bakhmut, 14 civilians sought medical treatment.", "14", "injured"),
    # a contest of another kind, or an illness, tells no wound
    ("After a long battle with cancer, 3 patients needed hospital treatment.", "3", "other"),
    ("After a custody battle in Leeds, 2 children needed hospital care.", "2", "other"),
    ("A gas leak at the plant in Bhopal left 20 workers needing hospital treatment.", "20", "other"),
])
def test_care_after_fight_category(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category
