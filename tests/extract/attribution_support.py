"""What the attribution tests share: attributions written as (source, cue, content) texts.

Not a test module; the test modules of this folder import it by name (pytest puts their folder on
``sys.path``).
"""

from __future__ import annotations

from parley.records import Attribution

#: An attribution as its three texts; no source is None.
Triple = tuple[str | None, str, str]


def triples(attributions: list[Attribution]) -> list[Triple]:
    """Each attribution's source, cue and content text, in order."""
    return [(a.source.text if a.source else None, a.cue.text, a.content.text) for a in attributions]
