"""Figure claimants given by a generic "the agency" / "the organisation" / "the group", and the
categories and counted nouns of the remains of the dead, care after an armed strike or a riot, a
count the tagger hangs on a verb's object ("5.4 million needed food aid"), and a count a participle
describes ("1,300 held for trial").

Guards are the near misses: two bodies named before, a noun of the same kind nearer, a body of
another kind ("the Kremlin"), remains of things, a labour, hunger or lightning strike, "riot" as a
modifier, and counts whose noun the verb does not hide.
"""

from __future__ import annotations

import pytest

from figure_support import figure_in

# (text, span, claimant)
GENERIC_BODY_CLAIMANTS = [
    ("UNHCR said arrivals in Uganda had tripled since April. The agency said 2,300 people crossed "
     "at Elegu on Monday.", "2,300", "UNHCR"),
    ("The World Food Programme suspended deliveries in Darfur. The agency said 14 of its trucks "
     "were looted near Nyala.", "14", "The World Food Programme"),
    ("Amnesty International released a report on Myanmar's Rakhine state. The organisation said "
     "at least 60 villagers were killed in Sittwe.", "at least 60", "Amnesty International"),
    ("Hezbollah launched drones at a base in the Golan. The group said 4 of its fighters died in "
     "Israeli strikes.", "4", "Hezbollah"),
]

# (text, span, claimant): the generic noun is left as written
GENERIC_BODY_GUARDS = [
    ("OCHA and the WFP issued a joint appeal for Haiti. The agency said 1.4 million people faced "
     "hunger.", "1.4 million", "The agency"),
    ("Both UNICEF and the WHO sent teams to Aden. The agency said 30 health workers were deployed.",
     "30", "The agency"),
    ("The Kremlin said 12 drones were shot down over Belgorod. The agency said 3 civilians were hurt.",
     "3", "The agency"),
    ("Police stopped a group of 40 protesters in Tunis. The group said 5 of its members were beaten.",
     "5", "The group"),
    ("Sudan's health ministry said 22 people died in El Fasher. The ministry said 40 were wounded.",
     "40", "Sudan's health ministry"),
]


@pytest.mark.parametrize(("text", "span", "claimant"), GENERIC_BODY_CLAIMANTS)
def test_generic_body_takes_up_the_one_named_before(text: str, span: str, claimant: str) -> None:
    assert figure_in(text, span).claimant == claimant


@pytest.mark.parametrize(("text", "span", "claimant"), GENERIC_BODY_GUARDS)
def test_generic_body_guards(text: str, span: str, claimant: str) -> None:
    assert figure_in(text, span).claimant == claimant


@pytest.mark.parametrize(("text", "span", "category"), [
    # the remains of people are the dead
    ("Forensic teams identified the remains of 23 people in a mass grave near Izium.", "23", "killed"),
    ("The skeletons of 14 men were found in a cave near Sinjar, Kurdish officials said.", "14", "killed"),
    ("Divers recovered the remains of 4 crew members from the trawler off Lesbos.", "4", "killed"),
    # admitted to hospital after an armed strike or a riot: the wounded
    ("At least 20 people were admitted to hospital after the air strike on the market in Maarat al-Numan.",
     "At least 20", "injured"),
    ("Fifteen children were admitted to hospital after the missile strike in Odesa.", "Fifteen", "injured"),
    ("Around 60 people were admitted to hospital after a prison riot in Guayaquil.", "Around 60", "injured"),
])
def test_remains_and_care_after_violence(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category"), [
    # remains of things are no one
    ("Workers cleared the remains of 30 market stalls burned in Kano.", "30", "other"),
    ("The remains of two drones were found near Kursk, officials said.", "two", "military"),
    # a labour, hunger or lightning strike, or "riot" as a modifier, tells no violence
    ("Some 30 workers were admitted to hospital after the strike at the cement factory.", "Some 30", "other"),
    ("Twelve people were admitted to hospital after the hunger strike in Evin prison.", "Twelve", "other"),
    ("Three children were admitted to hospital after a lightning strike hit their school in Sylhet.",
     "Three", "other"),
    ("Some 40 people were admitted to hospital after eating at a wedding in the riot-hit town.", "Some 40", "other"),
])
def test_care_guards(text: str, span: str, category: str) -> None:
    assert figure_in(text, span).category == category


@pytest.mark.parametrize(("text", "span", "category", "counted"), [
    # the verb after a bare count is its own, not a modifier of its object
    ("About 5.4 million needed food aid in South Sudan last year.", "About 5.4 million", "other", None),
    ("Roughly 2.1 million needed emergency shelter after the fighting in Khartoum.",
     "Roughly 2.1 million", "other", None),
    # guards: a participle before a plural noun still modifies it
    ("Police detained 18 wanted suspects.", "18", "captured", "wanted suspects"),
    ("About 12,000 injured civilians were evacuated from Mariupol.", "About 12,000", "injured", "injured civilians"),
])
def test_count_before_a_misread_verb(text: str, span: str, category: str, counted: str | None) -> None:
    figure = figure_in(text, span)
    assert (figure.category, figure.counted) == (category, counted)


@pytest.mark.parametrize(("text", "span", "counted"), [
    # a participle right after the count says what it counts: not the noun of the sentence before
    ("Iraqi police detained 200 minors in the sweep. A court later sent 1,300 held for trial to "
     "Nasiriyah prison.", "1,300", None),
    # guards: a bare count still reaches back
    ("Rebels freed 16 hostages near Beni. 200 remain in captivity.", "200", "hostages"),
    ("Gunmen killed 12 villagers in Benue. One died later in hospital.", "One", "villagers"),
])
def test_counted_across_sentences(text: str, span: str, counted: str | None) -> None:
    assert figure_in(text, span).counted == counted
