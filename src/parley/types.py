"""Shared type aliases: the closed vocabularies of parley's records.

The values follow ``vocab.json`` of the evaluation format (figure categories, statuses,
qualifiers, sectors, PLOVER 2.0 event types) so records can be exported without mapping.
"""

from __future__ import annotations

from typing import Literal, get_args

Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range", "up", "down"]

Category = Literal[
    "killed",
    "injured",
    "missing",
    "displaced",
    "captured",
    "held",
    "released",
    "age",
    "duration",
    "money",
    "aid",
    "military",
    "other",
]

Status = Literal[
    "happened",
    "ongoing",
    "offered",
    "demanded",
    "planned",
    "refused",
    "denied",
    "alleged",
    "under_investigation",
    "hypothetical",
]

Sector = Literal[
    "GOV", "MIL", "POL", "REB", "MED", "NGO", "IGO", "CVL", "JUD", "BUS", "REL", "HLH", "EDU", "LAB", "OTHER"
]

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]

QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
CATEGORIES: tuple[str, ...] = get_args(Category)
STATUSES: tuple[str, ...] = get_args(Status)
SECTORS: tuple[str, ...] = get_args(Sector)
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
