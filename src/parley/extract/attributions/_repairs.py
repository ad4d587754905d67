"""Repairs made after the cue model has decided: a report whose content ran on over the relay that
reports it ("..., the ministry said, according to state media"), a quoted title read as a quotation
of speech ('who wrote "The Long War"'), the speaker of a gerund shown in footage ("footage of the
commander asking for ..."), a frame repeating its inner report ("was quoted by Tass as saying"), and
those of :func:`_repaired_after_decision` (nested relays, interpolated speakers, appeals' addressees,
recordings shown).

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
from parley.extract.nlp import doc_text, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
            if _TIME_OR_NOTHING.fullmatch(text, _edges(relay)[1], cut):
                cut = _edges(relay)[0]
        if cut < end and start < speaker < cut and not text[found.cue[1] : cut].strip(" ,"):
            cut = speaker  # its own speaker and cue close what is left
        content = _trim(text, start, cut)
        out.append(_Found(found.source, found.cue, content) if content[1] > content[0] else found)
    return out


#: What may follow a relay that closes a content: nothing, or a short phrase of when or how it
#: reported ("..., according to state media on Sunday", "..., AFP reported late on Friday").
_TIME_OR_NOTHING = re.compile(r"[\s,.;]*(?:(?:on|late|early|in|at|this|last|earlier|later)\b[^,;:\"“”‘’()]{0,40})?"
                              r"[\s,.;]*")


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


def _repaired_after_decision(kept: Sequence[_Found], doc: Doc, lex: _Lexicon) -> list[_Found]:
    """The repairs made once every record is kept, in order: a report nested under its relay takes
    back its clause, a report running on over its own speaker ends before it, a speaker set inside
    the clause reports the sentence, an appeal keeps the ones it is made to, and a recording shown
    is no statement. Made after the model, they leave what the cue-model trainer sees unchanged."""
    text = doc_text(doc)
    fixed = _without_own_speaker(_with_nested_relay_clause(kept, text), text)
    fixed = [_around_interpolated_speaker(found, doc) for found in fixed]
    return [_with_addressee(found, doc, lex) for found in fixed if not _shows_a_recording(found, doc)]


def _with_nested_relay_clause(kept: Sequence[_Found], text: str) -> list[_Found]:
    """'Rebels shelled the town, the governor said, the state news agency reported': the parser hangs
    "reported" under "said" as its clause, so the governor's content is the relay's speaker and cue.
    Where a content is exactly another record's speaker and cue, and that record's content holds the
    first's speaker and cue, the first says what stands before its speaker."""
    out: list[_Found] = []
    for found in kept:
        speaker = _edges(found)[0]
        relay = next((o for o in kept if o is not found and found.content == _trim(text, *_edges(o))
                      and o.content[0] < speaker and _edges(found)[1] <= o.content[1]), None)
        content = _trim(text, relay.content[0], speaker) if relay is not None else found.content
        out.append(_Found(found.source, found.cue, content) if content[1] > content[0] else found)
    return out


#: Quotation marks: a content with one after its speaker spans it ('"A," he said, "B."').
_QUOTE_MARKS = frozenset("\"“”‘’")


#: What follows a report's own speaker and cue when a relay closes the sentence: ", the state
#: broadcaster reported on Thursday", ", AFP reported", ", Interfax quoted him as saying".
_RELAY_TAIL = re.compile(r"\s*,\s*(?:[\w'’.&-]+\s+){1,6}?(?:reported|reports|said|says|quoted|wrote|cited)\b"
                         r"(?:\s+(?:on|late|early|in|at|this|last)\b[^,;:\"“”]{0,40})?[\s.]*$")


def _is_quoted(span: str) -> bool:
    """The text holds a quotation mark, archive ones too ('' and ``, :func:`._spans._all_quote_pairs`)."""
    return bool(_QUOTE_MARKS & set(span)) or "''" in span or "``" in span


def _without_own_speaker(kept: Sequence[_Found], text: str) -> list[_Found]:
    """'Security forces killed six gunmen, police said, the state broadcaster reported': where the
    parser hangs the relay on the report's clause, the content runs on over its own speaker and cue
    and the relay after them. Such a content, with no quotation after the speaker, ends before it.
    One that goes on with the clause after the speaker ("The strike, officials said, killed 12")
    keeps it: PolNeAR draws that as one span."""
    out: list[_Found] = []
    for found in kept:
        (start, end), (lead, tail) = found.content, _edges(found)
        inside = start < lead and tail < end and found.source is not None
        if inside and _RELAY_TAIL.match(text[tail:end]) and not _is_quoted(text[tail:end]):
            cut = _trim(text, start, lead)
            out.append(_Found(found.source, found.cue, cut) if cut[1] > cut[0] else found)
        else:
            out.append(found)
    return out


#: Cues of an appeal whose addressee PolNeAR keeps in the content: "called on all parties to
#: respect the truce", "urged him to resign" (PolNeAR train: the addressee is in the content).
_APPEAL_CUE = re.compile(r"(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:on|upon|to)|urg(?:e|es|ed|ing)", re.I)
#: An addressee between an appeal's cue and its "to"-clause: a few words, no clause punctuation.
_ADDRESSEE = re.compile(r"\s+((?:[\w'’.-]+\s+){1,7}?)to\s+\w")


def _with_addressee(found: _Found, doc: Doc, lex: _Lexicon) -> _Found:
    """'The envoy called on all parties to respect the truce': the parse leaves the ones an appeal
    is made to out of its content, which starts at "to". The content starts at them, as PolNeAR
    draws it. A content not opening with "to", an addressee of many words, or one that is no person
    or group ("called on the phone to offer condolences") stays out."""
    text = doc_text(doc)
    if not _APPEAL_CUE.fullmatch(text[found.cue[0] : found.cue[1]]) or not text[found.content[0] :].startswith("to "):
        return found
    match = _ADDRESSEE.match(text, found.cue[1])
    addressee = doc.char_span(*_trim(text, *match.span(1)), alignment_mode="expand") if match is not None else None
    if match is None or match.end(1) != found.content[0] or addressee is None or not _names_people(addressee.root, lex):
        return found
    return _Found(found.source, found.cue, (match.start(1), found.content[1]))


def _names_people(token: Token, lex: _Lexicon) -> bool:
    """Someone an appeal is made to: a person or group the lexicons place, or any plural noun ("all
    sides", "her neighbours"), which names people far more often after "called on" than things."""
    return _is_person_or_group(token, lex) or token.tag_ in {"NNS", "NNPS"}


#: A recording shown as the whole content: "footage of ...", "images of ...".
_RECORDING_SHOWN = re.compile(r"(?:(?:the|a|an|new|more|some|its|their|his|her|graphic|live)\s+){0,2}"
                              r"(?:" + "|".join(sorted(_SHOWING_NOUNS)) + r")\s+of\b", re.I)


def _shows_a_recording(found: _Found, doc: Doc) -> bool:
    """'State television showed footage of burned-out tanks': an outlet showing a recording shows
    what was filmed; it says nothing. "The poll showed Clinton leading" stays a finding, and so does
    one whose clause merely opens with a recording ("showed images of the war dominate the news")."""
    text = doc_text(doc)
    words = _TITLE_WORD.findall(text[found.cue[0] : found.cue[1]])
    if not (len(words) == 1 and words[0].lower() in {"show", "shows", "showed", "shown", "showing"}
            and _RECORDING_SHOWN.match(text, found.content[0]) is not None):
        return False
    content = doc.char_span(*found.content, alignment_mode="expand")
    return content is not None and content.root.lower_ in _SHOWING_NOUNS


def _around_interpolated_speaker(found: _Found, doc: Doc) -> _Found:
    """'The militants, police said, were armed with rifles': a speaker and cue set off by commas
    inside the clause they report, which the parser splits into scraps around them ("police said,
    were", or "tanks and artillery" in "Troops advanced, the ministry said, with tanks and
    artillery"). The content is then the whole sentence, the speaker inside it, as PolNeAR draws a
    clause around an interpolated speaker. Only where the content holds nothing before the speaker
    and the sentence goes on after the cue's comma with no quotation."""
    text = doc_text(doc)
    lead, tail = _edges(found)
    if found.source is None or found.content[0] < lead or not text[tail:].startswith(","):
        return found
    cue = doc.char_span(*found.cue, alignment_mode="expand")
    if cue is None:
        return found
    sentence = sentence_of(cue[0])
    whole = _trim(text, sentence.start_char, sentence.end_char)
    before = text[whole[0] : lead].rstrip()
    quoted = _is_quoted(text[whole[0] : whole[1]])
    if (not before.endswith(",") or len(_TITLE_WORD.findall(before)) < 2 or quoted
            or not _TITLE_WORD.search(text, tail, whole[1])):
        return found
    return _Found(found.source, found.cue, whole)
