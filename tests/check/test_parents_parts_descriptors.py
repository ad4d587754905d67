"""A parent body credited with its agency's count, a part given its whole's number, near-synonym
counted groups, "N out of M" shares, and descriptor claimants ("the paramilitary") read as the party
named before them.

The reports and drafts are wire-style sentences written for these tests (Sudan 2023-2025, DR Congo
2024, Mali 2022, Gaza 2024, Ukraine 2024, Somalia 2024, Syria 2024), not copied from any evaluation set.
"""

from __future__ import annotations

import pytest

from parley.check import Evidence
from parley.check._descriptors import named_party
from parley.check._terms import as_count, is_parent_of, part_given_whole
from parley.records import Figure

from .conftest import evidence_of, marks_on

REPORTS = [
    ("darfur", "2025-03-10", "UNICEF said on Monday that 1.2 million children had been displaced by the fighting "
     "in North Darfur since January."),
    ("iom", "2025-03-12", "The International Organization for Migration said 8.6 million people were internally "
     "displaced in Sudan."),
    ("unhcr", "2025-03-12", "The UN refugee agency said 11 million people had been displaced inside Sudan by the war."),
    ("kivu", "2024-09-02", "Fighting between the army and M23 rebels has displaced 1.9 million people in North Kivu "
     "province this year, the International Organization for Migration said on Monday. The Congolese army said it "
     "had killed 80 rebels in clashes near Rutshuru on Sunday."),
    ("beni", "2024-08-18", "12 soldiers and 30 militants were killed in fighting near Beni, the army said."),
    ("rafah", "2024-02-12", "An airstrike on a market in Rafah killed 37 people, including 12 children, "
     "the Gaza civil defence said."),
    ("hostages", "2023-11-25", "Hamas took 240 people hostage on October 7, Israeli officials said."),
    ("drones", "2024-04-16", "Air defences destroyed 120 out of 160 drones launched overnight, "
     "Ukraine's air force said on Tuesday."),
    ("atmis", "2024-06-20", "ATMIS said 3,000 troops had already left Somalia."),
    ("khartoum", "2023-05-20", "The Rapid Support Forces said on Saturday they had captured 300 soldiers during "
     "fighting in Khartoum."),
    ("sednaya", "2024-12-09", "HTS fighters entered Damascus on Sunday. The rebels said they had freed 3,000 "
     "prisoners from Sednaya prison."),
]


@pytest.fixture(scope="module")
def stored() -> Evidence:
    return evidence_of(REPORTS)


@pytest.mark.parametrize(
    ("day", "text", "claim", "verdict"),
    [
        # The parent body credited with its agency's count: backed, with the agency named.
        ("2025-03-10", "The UN says 1.2 million children have been displaced by the fighting in North Darfur "
         "since January.", "1.2 million", "supported"),
        ("2024-09-02", "The United Nations said 1.9 million people had been displaced in North Kivu province "
         "this year.", "1.9 million", "supported"),
        ("2024-06-20", "AU officials said 3,000 troops had already left Somalia.", "3,000", "supported"),
        # Guards: an agency's other count does not contradict its parent; two agencies stay two sources.
        ("2025-03-12", "The UN says 10 million people are internally displaced in Sudan.", "10 million", "unsourced"),
        ("2025-03-12", "The UN says 8.6 million people are internally displaced in Sudan.", "8.6 million",
         "supported"),
        ("2025-03-10", "The WHO said 1.2 million children had been displaced by the fighting in North Darfur "
         "since January.", "1.2 million", "misattributed"),
        ("2025-03-12", "The IOM said 11 million people had been displaced inside Sudan by the war.", "11 million",
         "misattributed"),
        # A part given the whole's number is not backed by the whole.
        ("2024-09-02", "Fighting has displaced 1.9 million children in North Kivu province this year, the IOM said.",
         "1.9 million", "unsourced"),
        ("2024-02-12", "An airstrike on a market in Rafah killed 37 civilians, the Gaza civil defence said.", "37",
         "unsourced"),
        ("2023-11-25", "Hamas took 240 women hostage on October 7, Israeli officials said.", "240", "unsourced"),
        # Guards: the whole's own number, a part's own number, a role the event gives ("hostages").
        ("2024-02-12", "An airstrike on a market in Rafah killed 37 Palestinians, the Gaza civil defence said.", "37",
         "supported"),
        ("2024-02-12", "An airstrike on a market in Rafah killed 12 children, the Gaza civil defence said.", "12",
         "supported"),
        ("2023-11-25", "Hamas took 240 hostages on October 7, Israeli officials said.", "240", "supported"),
        # Near-synonyms of one group meet; soldiers and militants stay two groups.
        ("2024-09-02", "The Congolese army said it had killed 80 fighters in clashes near Rutshuru on Sunday.", "80",
         "supported"),
        ("2024-08-18", "30 insurgents were killed in fighting near Beni, the army said.", "30", "supported"),
        ("2024-08-18", "12 servicemen were killed in fighting near Beni, the army said.", "12", "supported"),
        ("2024-08-18", "30 soldiers were killed in fighting near Beni, the army said.", "30", "contradicted"),
        ("2024-08-18", "12 civilians were killed in fighting near Beni, the army said.", "12", "unsourced"),
        # A share "N out of M" is compared by its part.
        ("2024-04-16", "Ukraine's air force said it destroyed 120 of 160 drones launched overnight.", "120",
         "supported"),
        ("2024-04-16", "Ukraine's air force said 120 drones launched overnight were destroyed.", "120", "supported"),
        ("2024-04-16", "Ukraine's air force said 110 out of 160 drones launched overnight were destroyed.", "110",
         "contradicted"),
        # A descriptor claimant is the party of its kind named before it, in the draft and in the report.
        ("2023-05-20", "The Rapid Support Forces pressed their offensive in Khartoum on Saturday. The paramilitary "
         "said it had captured 300 soldiers during the fighting.", "300", "supported"),
        ("2024-12-09", "HTS fighters entered Damascus on Sunday. The group said it had freed 3,000 prisoners "
         "from Sednaya prison.", "3,000", "supported"),
        # Guards: no paramilitary named before; an unresolved descriptor still meets the report's own.
        ("2023-05-20", "The Sudanese army launched air strikes on Khartoum. The paramilitary said it had captured "
         "300 soldiers during the fighting.", "300", "unsourced"),
        ("2024-12-09", "The rebels said they had freed 3,000 detainees from Sednaya prison.", "3,000", "supported"),
    ],
)
def test_figure_verdicts(stored: Evidence, day: str, text: str, claim: str, verdict: str) -> None:
    assert marks_on(stored, text, day, "figure", claim)[0].verdict == verdict


def test_parent_body_reason_names_the_agency(stored: Evidence) -> None:
    mark = marks_on(stored, "The UN says 1.2 million children have been displaced by the fighting in North Darfur "
                    "since January.", "2025-03-10", "figure", "1.2 million")[0]
    assert "parent body of UNICEF" in mark.reason


def test_descriptor_shown_with_the_party_it_was_read_as(stored: Evidence) -> None:
    mark = marks_on(stored, "The Rapid Support Forces pressed their offensive in Khartoum on Saturday. The "
                    "paramilitary said it had captured 300 soldiers during the fighting.", "2023-05-20", "figure",
                    "300")[0]
    assert mark.claimant == "The paramilitary (Rapid Support Forces)"


@pytest.mark.parametrize(
    ("parent", "member", "expected"),
    [
        ("The UN", "UNICEF", True),
        ("UN officials", "the UN refugee agency", True),
        ("the European Union", "The European Commission", True),
        ("the African Union", "ATMIS", True),
        ("UNICEF", "The UN", False),  # one way only
        ("UNHCR", "The IOM", False),  # two agencies
        ("The UN", "residents who fled", False),  # "who" is a word, not the WHO
        ("UN chief Antonio Guterres", "UNICEF", False),  # a named person is no parent body
        ("The EU", "The European Parliament", False),
    ],
)
def test_is_parent_of(parent: str, member: str, expected: bool) -> None:
    assert is_parent_of(parent, member) is expected


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        ("children", "people", True),
        ("civilians", "deaths", True),
        ("Palestinian children", "Palestinians", True),
        ("hostages", "people", False),  # a role the event gives, not a kind of people
        ("children", "victims", False),  # "victims" may already be the children
        ("children", "them", False),
        ("people", "children", False),
    ],
)
def test_part_given_whole(part: str, whole: str, expected: bool) -> None:
    assert part_given_whole(part, whole) is expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("150 out of 210", 150 / 210, 150.0),
        ("one in five", 0.2, 0.2),  # a share written as one stays a ratio
        ("150", 150.0, 150.0),
    ],
)
def test_as_count(text: str, value: float, expected: float) -> None:
    figure = Figure(doc_id="d", start=0, end=len(text), text=text, value=value)
    assert as_count(figure).value == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "claimant", "expected"),
    [
        ("The Arakan Army launched a new offensive. The militia said", "The militia", "Arakan Army"),
        ("JNIM militants ambushed a convoy near Boni. The jihadist group said", "The jihadist group", "JNIM"),
        ("UNICEF warned of famine. The agency said", "The agency", "UNICEF"),
        # Guards: two groups named; no party of the kind named; a name is no descriptor; an army is no militia.
        ("Hamas and Islamic Jihad fired rockets. The group said", "The group", None),
        ("The Israeli army struck Beirut. The militia said", "The militia", None),
        ("The Arakan Army launched a new offensive. The Arakan Army said", "The Arakan Army", None),
        ("Amnesty International said the RSF had attacked El Geneina. The group said", "The group", None),
    ],
)
def test_named_party(text: str, claimant: str, expected: str | None) -> None:
    assert named_party(claimant, text, text.rindex(claimant)) == expected
