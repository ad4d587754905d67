"""Briefings that are no talks, counted scores, a side's defence and campaigns of words.

Sentences are written for these tests in the style of wire copy, match reports and business briefs
(not taken from the evaluation sets). A minister who "met with reporters" briefs the press (a
statement, not PLOVER CONSULT); "Senegal hit Gambia for three" and "attacked the Inter defence" are
play; "a charm offensive" is a campaign of image. Talks with parties beside the press, the press met
as a named body or as captives, force counted in time and an army's defences are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from event_support import types

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "sentence",
    [
        "The defence minister met with reporters in Kyiv after the overnight strikes.",
        "The army spokesman met journalists in Addis Ababa on Monday.",
        "Lula met with reporters at the Planalto palace.",
        "The governor met with local journalists in Maiduguri.",
        "Netanyahu met with the foreign press in Jerusalem.",
        "The minister met with reporters who had travelled with him to Goma.",
    ],
)
def test_a_briefing_for_the_press_is_no_consultation(nlp: Language, sentence: str) -> None:
    assert "CONSULT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy met with Houthi officials in Muscat.",
        "Blinken met with reporters and opposition leaders in Caracas.",
        "Guterres met with Reporters Without Borders in Geneva.",
        "The president met with the journalists' union in Tunis.",
        "The minister met with the families of journalists killed in Gaza.",
        "The envoy met with detained journalists in Evin prison.",
        "The governor met with media owners in Lagos.",
    ],
)
def test_meetings_with_parties_beside_or_behind_the_press_consult(nlp: Language, sentence: str) -> None:
    assert "CONSULT" in types(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Al Hilal hit Al Nassr for four in the Riyadh derby.",
        "Senegal hit Gambia for three in Dakar.",
        "Mumbai Indians hit Chennai for 210 at the Wankhede.",
        "Kenya hit Tanzania for four in Nairobi.",
        "The striker is expected to attack the Chelsea defence on Saturday.",
        "Inter attacked the Milan defence from the first whistle.",
        "Airbus launched a charm offensive in Beijing to win plane orders.",
        "Kyiv launched a diplomatic offensive in the Global South.",
        "The opposition launched a media offensive against the government.",
    ],
)
def test_scores_a_sides_defence_and_campaigns_of_words_are_no_event(nlp: Language, sentence: str) -> None:
    assert types(nlp, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Russia hit Kyiv for a third night in a row.", "ASSAULT"),
        ("Russian forces shelled Kherson for 12 hours on Sunday.", "ASSAULT"),
        ("Gunmen attacked the village for two hours, killing 11.", "ASSAULT"),
        ("Harris hit Trump for his comments on NATO.", "ACCUSE"),
        ("Russia attacked Ukraine's air defence in Odesa.", "ASSAULT"),
        ("Israeli drones struck the Hamas defence in Rafah.", "ASSAULT"),
        ("Russian troops attacked Ukrainian defences near Pokrovsk.", "ASSAULT"),
        ("Rebels attacked the defence of Goma on Sunday.", "ASSAULT"),
        ("Drones attacked the defence ministry in Moscow.", "ASSAULT"),
        ("Israeli jets struck the media office in Gaza City.", "ASSAULT"),
        ("Jets bombed the diplomatic quarter in Khartoum.", "ASSAULT"),
        ("A diplomatic source said the army launched an offensive in Idlib.", "ASSAULT"),
        ("Israel launched an air offensive on Lebanon.", "ASSAULT"),
    ],
)
def test_force_counted_in_time_an_armys_defences_and_real_offensives_stay(
        nlp: Language, sentence: str, kept: str) -> None:
    assert kept in types(nlp, sentence)
