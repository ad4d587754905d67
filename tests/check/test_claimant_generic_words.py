"""Words that build many bodies' names ("United", "Islamic", "People's", "Front") never make two
claimants one source; acronyms and distinctive words still do."""

from __future__ import annotations

import pytest

from parley.check._terms import claimants_compatible


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the United Nations", "the United States"),
        ("United Nations officials", "United States officials"),
        ("the United Nations", "the United Arab Emirates"),
        ("the National Unity Government", "the National League for Democracy"),
        ("the Islamic State group", "Islamic Jihad"),
        ("the Islamic Revolutionary Guard Corps", "the Islamic State"),
        ("the Tigray People's Liberation Front", "the Eritrean People's Liberation Front"),
        ("the National Police", "the National Guard"),
        ("Democratic Party lawmakers", "the Democratic Unionist Party"),
        ("the National Front", "the Popular Front"),
        ("the Security Council", "the Norwegian Refugee Council"),
        ("Democratic Forces for the Liberation of Rwanda", "Syrian Democratic Forces"),
        ("the African Union", "the European Union"),
        ("the National Assembly", "the National Council"),
        ("the Islamic State", "Islamic Relief"),
        ("the US National Guard", "the Ukrainian National Guard"),
    ],
)
def test_a_shared_name_building_word_is_no_same_source(a: str, b: str) -> None:
    assert not claimants_compatible(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the United Nations", "UN officials"),
        ("the United Nations", "the UN"),
        ("the United States", "US officials"),
        ("the United States", "the US State Department"),
        ("the Syrian Democratic Forces", "SDF officials"),
        ("Islamic State", "the Islamic State group"),
        ("Palestinian Islamic Jihad", "Islamic Jihad spokesman"),
        ("the Polisario Front", "Polisario officials"),
        ("the UN Security Council", "the Security Council"),
        ("the Ukrainian National Guard", "Ukraine's National Guard"),
        # a possessive 's no longer hides a name's initials
        ("the Tigray People's Liberation Front", "the TPLF"),
        ("the Tigray People's Liberation Front", "TPLF spokesman Getachew Reda"),
        ("Human rights organizations", "rights groups"),
        # a whole name of name-building words inside the other claimant is the same body
        ("the Islamic State", "the Islamic State West Africa Province"),
        ("the National Guard", "the Ukrainian National Guard"),
        ("the People's Liberation Army", "the PLA"),
    ],
)
def test_one_body_named_two_ways_stays_one_source(a: str, b: str) -> None:
    assert claimants_compatible(a, b)
