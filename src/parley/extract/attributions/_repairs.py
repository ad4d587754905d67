"""Repairs made after the cue model has decided: a report whose content ran on over the relay that
reports it ("..., the ministry said, according to state media"), a quoted title read as a quotation
of speech ('who wrote "The Long War"'), the speaker of a gerund shown in footage ("footage of the
commander asking for ..."), and a frame repeating its inner report ("was quoted by Tass as saying").

They change no candidate the model is trained on: each takes records the model kept and fixes
a source or content, or drops one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parley.extract.attributions._cue_verbs import _is_person_or_group
from parley.extract.attributions._lexicon import _Lexicon
from parley.extract.attributions._spans import _Found, _subtree_range, _trim
from parley.extract.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Verbs whose quoted Title Case object is a work's title, not words spoken: "wrote", "published".
_MAKING_A_WORK = frozenset({"write", "author", "co-author", "pen", "publish", "edit", "title", "entitle",
                            "direct", "produce", "release", "co-write", "film", "record"})
#: Small words a title keeps in lower case ("Notes of a Soldier", "War and Peace").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from",
                                "by", "with", "but", "nor", "as", "into", "over", "upon"})
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
#: The shortest and longest title read as one, in words: a one-word quotation may be a word said ("No").
_SHORTEST_TITLE = 2
_LONGEST_TITLE = 12


def _quotes_a_title(verb: Token, found: _Found, text: str) -> bool:
    """'the general, who wrote "The Long War", said ...': a verb of making a work whose content is a
    quotation in Title Case names the work; it quotes no one. A quotation with a sentence of its own
    ('wrote "We are winning."'), one word ('wrote "No"') or one a colon opens ('wrote in a statement:
    "We Will Not Retreat"') stays a quotation."""
    if verb.lemma_.lower() not in _MAKING_A_WORK or ":" in text[found.cue[0] : found.content[0]]:
        return False
    quoted = text[found.content[0] : found.content[1]].strip()
    if len(quoted) < 3 or quoted[0] not in "\"“" or quoted[-1] not in "\"”":
        return False
    inner = quoted[1:-1].strip()
    words = _TITLE_WORD.findall(inner)
    if not _SHORTEST_TITLE <= len(words) <= _LONGEST_TITLE or inner[-1:] in {".", "!", "?", ","}:
        return False
    return words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


#: Nouns of a recording that shows someone doing or saying something ("footage of X asking").
_SHOWING_NOUNS = frozenset({"footage", "video", "videos", "clip", "clips", "recording", "recordings", "audio",
                            "image", "images", "picture", "pictures", "photo", "photos", "photograph",
                            "photographs", "film", "broadcast"})


def _shown_speaker(verb: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """'State television aired footage of the commander asking for reinforcements': a subject-less
    gerund right after "<recording> of X" is X's saying, shown by the outlet, not the outlet's own.
    The range of X, or None where the gerund is not so placed or X is no one who speaks ("footage of
    the strike showing ...")."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or verb.i == 0:
        return None
    doc = verb.doc
    before = doc[verb.i - 1]
    speaker = next((t for t in before.ancestors if t.dep_ == "pobj" and t.right_edge.i == before.i), None)
    if speaker is None and before.dep_ == "pobj":
        speaker = before
    if (speaker is None or speaker.head.lower_ != "of" or speaker.head.head.lower_ not in _SHOWING_NOUNS
            or not _is_person_or_group(speaker, lex)):
        return None
    start, end = _subtree_range(speaker)
    if end > verb.idx:  # the parser hung the gerund inside the speaker's phrase: "a soldier saying ..."
        end = verb.idx
    return _trim(doc_text(doc), start, end)


def _without_relays(kept: Sequence[_Found], text: str) -> list[_Found]:
    """'The ministry said the toll had risen to 45, according to Xinhua': the relay ("according to
    Xinhua", "..., the AP reported") reports the ministry's report, so the ministry's content ends
    before the relay's speaker and cue, where the parse let it run on over them. Both records stay,
    nested: the relay's content holds the ministry's report, and the ministry's holds the toll.

    Only relays that close the content are cut off: one inside the clause ("the toll, according to
    its records, had risen") qualifies part of what is said. A parenthetical whose content so ran
    on over its own speaker ("The army killed 12 militants, the ministry said, according to state
    media") ends before its speaker too; without a relay after it, it keeps its parse."""
    out: list[_Found] = []
    for found in kept:
        start, end = found.content
        speaker = min(found.cue[0], *(found.source or found.cue))
        relays = [o for o in kept if o is not found and found.cue[1] <= o.cue[0] and start < o.cue[0] < end
                  and o.content[0] <= speaker and found.cue[1] <= o.content[1]]
        cut = end
        for relay in sorted(relays, key=lambda o: -o.cue[0]):
            if not text[_edges(relay)[1] : cut].strip(" ,.;"):
                cut = _edges(relay)[0]
        if cut < end and start < speaker < cut and not text[found.cue[1] : cut].strip(" ,"):
            cut = speaker  # its own speaker and cue close what is left
        content = _trim(text, start, cut)
        out.append(_Found(found.source, found.cue, content) if content[1] > content[0] else found)
    return out


def _edges(found: _Found) -> tuple[int, int]:
    """Where an attribution's speaker and cue together begin and end."""
    ends = [*found.cue, *(found.source or found.cue)]
    return min(ends), max(ends)


def _joined_frames(kept: Sequence[_Found], text: str) -> list[_Found]:
    """'The army chief was quoted by Tass as saying the operation ...': "was quoted" reports "saying
    ...", and "saying" the clause, both for the army chief; one statement, one record. The inner
    record stays (cue "saying", as the outlet's phrase parts the two verbs), the frame goes.

    Only a frame joined to the inner verb by "as", whose content is exactly the inner cue and its
    content, with the same source: PolNeAR keeps both records of "declined to say whether ..." and
    "refused to testify about ...", a refusal being a statement of its own."""
    return [found for found in kept if not any(
        o is not found and o.source == found.source and found.cue[1] <= o.cue[0]
        and found.content == (o.cue[0], o.content[1]) and _after_as(text, o.cue[0]) for o in kept)]


def _after_as(text: str, at: int) -> bool:
    """The word before ``at`` is "as" ("quoted by Tass as saying")."""
    words = _TITLE_WORD.findall(text[max(0, at - 8) : at])
    return bool(words) and words[-1].lower() == "as" and not text[at - 1 : at].isalnum()
