"""The public API: scored_verb_candidates (the cue model's candidates, for training too) and
find_attributions, with preposition candidates, split quotes, physical (not verbal) acts, editorial
notes, overlapping and nested cues, and _span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parley.extract.actors import ARMED_SECTORS, actor_for, load_actor_lexicon, names_premises
from parley.extract.attribution_model import cue_model, verb_features
from parley.extract.attributions._candidates import (
    _noun_candidate,
    _rejoinder_candidates,
    _verb_candidate,
    _with_framed_source,
    _with_light_noun,
)
from parley.extract.attributions._cue_verbs import _is_cue_verb, _is_person_or_group
from parley.extract.attributions._free_relatives import _without_free_relative_labels
from parley.extract.attributions._labels import (
    _attitude_candidates,
    _byline_candidates,
    _copular_candidates,
    _headline_candidates,
    _in_frame_candidates,
    _is_title_case,
    _label_candidates,
    _made_clear_candidates,
    _made_clear_over_make,
)
from parley.extract.attributions._lexicon import _CANDIDATE_POS, _Lexicon, _lexicon
from parley.extract.attributions._quotes import _extend_quote
from parley.extract.attributions._repairs import (
    _joined_frames,
    _quotes_a_title,
    _repaired_after_decision,
    _shown_speaker,
    _without_relays,
)
from parley.extract.attributions._source_prepositions import _from_prep, _match_prep
from parley.extract.attributions._spans import (
    _QUOTE_OR_BREAK,
    _all_quote_pairs,
    _archive_quote_pairs,
    _balanced_source,
    _closing_mark_at,
    _Found,
    _quote_pairs,
    _starts_with_quote,
    _trim,
    _with_name_edges,
    _with_quotes,
)
from parley.extract.attributions._verb_content import (
    _MIN_QUOTE_WORDS,
    _READING,
    _WORD,
    _question_candidates,
    _VerbCandidate,
)
from parley.extract.events import enacts_with_object, is_cyber_attack, load_trigger_lexicon
from parley.extract.nlp import doc_text, resolve_relative, token_column
from parley.extract.status import rejoinders
from parley.records import Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _prep_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """Source prepositions ("according to X"), found from the lower-case column, not a Token per word."""
    text = doc_text(doc)
    firsts = {words[0] for words in lex.source_preps}
    for i, lower in enumerate(token_column(doc, "LOWER")):
        if lower not in firsts:
            continue
        for words in lex.source_preps:
            if lower == words[0] and _match_prep(doc, i, words):
                found = _from_prep(doc, i, words, text)
                if found is not None:
                    yield found


def _widen(found: _Found, text: str, quotes: Sequence[tuple[int, int]]) -> _Found:
    """The content widened to the quotation it lies in, and to a quote continuing after or before it."""
    content = _with_quotes(text, found, quotes)
    widened = _extend_quote(_Found(found.source, found.cue, content), text, quotes)
    return _join_split_quote(widened, text, quotes)


def _join_split_quote(found: _Found, text: str, quotes: Sequence[tuple[int, int]]) -> _Found:
    """'"A," Odeh said, "B."': a quotation on one side of the speaker continues one on the other
    side that closed on a comma, and the content spans both, as PolNeAR marks a split quotation."""
    start, end = found.content
    lead = min(found.cue[0], found.source[0]) if found.source else found.cue[0]
    tail = max(found.cue[1], found.source[1]) if found.source else found.cue[1]
    if not _starts_with_quote(text, start, quotes) or not _speaker_and_cue_only(text, found, lead, tail):
        return found
    tail = _past_aside(text, _past_addressee(text, found.cue, tail))
    for q_start, q_end in quotes:
        if (start >= tail and q_end <= lead and text[q_end:lead].strip(" ,") == ""
                and text[_closing_mark_at(text, q_end) - 1] == ","
                and text[tail:start].strip() == ","  # 'said: "B"' opens a quotation of its own
                and len(_WORD.findall(text[q_start:q_end])) >= _MIN_QUOTE_WORDS):  # not 'about the "ceasefire,"'
            return _Found(found.source, found.cue, (q_start, end))  # the first part before the speaker
        if (end <= lead and q_start >= tail and text[tail:q_start].strip(" ,") == ""
                and text[_closing_mark_at(text, end) - 1] == ","
                and (text[_closing_mark_at(text, q_end) - 1] in ".!?" or text[q_end : q_end + 1] in {"", ".", "\n"})):
            return _Found(found.source, found.cue, (start, q_end))  # the rest, unless another speaker follows it
    return found


def _past_addressee(text: str, cue: tuple[int, int], tail: int) -> int:
    """The end of a telling verb's addressee before a comma ('"A," she told the crowd, "B"'), which
    stands between the two parts of a split quotation as the speaker does; else ``tail``."""
    words = _WORD.findall(text[cue[0] : cue[1]])
    if tail != cue[1] or not words or words[-1].lower() not in _TELLING:
        return tail
    comma = text.find(",", tail)
    addressee = text[tail:comma] if comma > 0 else ""
    if not addressee.strip() or len(_WORD.findall(addressee)) > _LONGEST_ADDRESSEE or _QUOTE_OR_BREAK.search(addressee):
        return tail
    return comma


#: Forms of "tell", whose addressee may follow the cue inside a split quotation.
_TELLING = frozenset({"tell", "tells", "told", "telling"})
#: The most words an addressee between a split quotation's parts is read as ("the crowd", "reporters in Kyiv").
_LONGEST_ADDRESSEE = 5


#: The longest aside after a speaker read as one, in characters.
_LONGEST_ASIDE = 120


def _past_aside(text: str, tail: int) -> int:
    """The end of an aside set off by commas after the speaker, which the source leaves out ('said
    Sherman, speaking of politicians, "B"'), up to its last comma; else ``tail``."""
    mark = _QUOTE_OR_BREAK.search(text, tail)
    if mark is None:
        return tail
    between = text[tail : mark.start()].rstrip()
    if not (between.startswith(",") and between.endswith(",") and len(between) <= _LONGEST_ASIDE):
        return tail
    first = _WORD.search(between)
    if first is not None and _verb_forms(first.group().lower()) & _lexicon().verbs:
        return tail  # 'the army said, adding, "B"': another cue, whose quotation is its own
    return tail + len(between) - 1


def _verb_forms(word: str) -> set[str]:
    """Lemma guesses for a participle read off the text: "adding" -> add, "referring" -> refer."""
    forms = {word}
    for suffix in ("ing", "ed"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            forms |= {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return forms


def _speaker_and_cue_only(text: str, found: _Found, lead: int, tail: int) -> bool:
    """Between a split quotation's parts stand only its speaker and cue ('"A," the army said,
    adding, "B"' has the army's "said" between "adding" and "A")."""
    if found.source is None:
        return True
    first, second = sorted([found.source, found.cue])
    return text[first[1] : second[0]].strip(" ,") == "" and first[0] == lead and second[1] == tail


def _is_sourced_claim(candidate: _VerbCandidate, lex: _Lexicon) -> bool:
    """A claim noun with a named source and a that-clause, or a source putting a toll at a number
    (a relative pronoun's too: "medics, who put the toll at 30"), is an attribution whatever the
    model says.

    "a claim made by X that ...", "X's estimate that ...", "the rebels put the army's losses at
    over 50" are rare in PolNeAR train, so the model is unsure of them, yet they are what a
    claimant is read from.
    """
    if candidate.found.source is None:
        return False
    source, content = candidate.found.source, candidate.found.content
    if content[0] <= source[0] < content[1]:
        return False  # "a counter-argument that the GOP has been taken over by its fringe": no source outside
    if candidate.kind == "toll":  # "the army, which puts its losses at a handful": no number, no toll
        doc = candidate.token.doc
        span = doc.char_span(*candidate.found.content, alignment_mode="expand")
        return span is not None and any(t.like_num for t in span)
    if candidate.kind == "n-obj":
        return True  # "expressed confidence that ...": a noun of saying made by a named source
    if candidate.kind == "reduced-passive":
        return True  # "the proposal, rejected by Hamas, ...": a kind the model was never trained on
    verb = candidate.token
    if (candidate.kind == "ccomp" and verb.lemma_.lower() == "say" and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() == "say" and verb.head.i < verb.i and candidate.subject is not None
            and candidate.subject.pos_ in {"NOUN", "PROPN"}):
        return True  # "X, the agency said; the army said it had ...": the parser hangs one report on the other
    if candidate.token.lemma_.lower() in lex.verbs and _answered(candidate):
        return True  # "accused Eritrea of preparing for war, a charge Asmara denied": a charge, answered
    return (
        candidate.token.pos_ == "NOUN"
        and candidate.kind in {"n:that", "n:made"}
        and (candidate.token.lemma_.lower() in lex.claim_verbs or candidate.token.lemma_.lower() in lex.claim_nouns)
    )


def _reads_out_a_quote(candidate: _VerbCandidate) -> bool:
    """'"We will not negotiate under fire," read the statement from the group': a quotation whose
    writing is named after "read" (:func:`_inverted_source`) is an attribution whatever the model
    says. The parser makes the writing the verb's object, so the model, which has seen "read" mostly
    with the reader as subject ("the judge read his decision"), rejects it."""
    found = candidate.found
    return (candidate.token.lemma_.lower() in _READING and candidate.subject is None
            and found.source is not None and found.source[0] >= found.cue[1] and found.content[1] <= found.cue[0])


def _answered(candidate: _VerbCandidate) -> bool:
    """Another party's answer follows the content (", a charge Asmara denied"): what the answer
    names a charge or a claim was said by the candidate's source."""
    doc, end = candidate.token.doc, candidate.found.content[1]
    text = doc_text(doc)
    return any(0 <= doc[r.start].idx - end <= 2 and not text[end : doc[r.start].idx].strip(" ,\"”")
               for r in rejoinders(doc) if r.noun is not None)


def scored_verb_candidates(doc: Doc) -> Iterator[tuple[_VerbCandidate, _Found, list[str]]]:
    """Every verb the parse gives a content, widened, with the model's features (for training too)."""
    lex = _lexicon()
    text = doc_text(doc)
    quotes = _quote_pairs(text)
    for i, pos in enumerate(token_column(doc, "POS")):
        if pos not in _CANDIDATE_POS:
            continue  # read from one column: most tokens are never a cue, and each Token costs
        token = doc[i]
        candidate = _verb_candidate(token, lex, text) or _noun_candidate(token, lex, text)
        if candidate is None:
            continue
        widened = _widen(candidate.found, text, quotes)
        span = doc.char_span(*widened.content, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        features = verb_features(
            token,
            candidate.kind,
            candidate.subject,
            list(span),
            in_quote=_inside_quote(candidate.found.cue, quotes),
            in_lexicon=_is_cue_verb(token, lex),
            dep="ROOT" if candidate.main_verb_repaired else None,
        )
        yield candidate, widened, features


#: Sectors of those whose attacks on an armed party or a building are words: politicians, the press.
_SPEAKING_SECTORS = frozenset({"POL", "MED"})
#: Sectors of people an armed doer attacks with force, not in words: "gunmen attacked worshippers",
#: "militiamen attacked journalists". A government or a party attacked may be answered in words.
_UNARMED_PEOPLE = frozenset({"CVL", "MED", "HLH", "EDU"})
#: Premises whose name is also a stance or a following ("their position", "the party's base").
_STANCE_NOUNS = frozenset({"position", "post", "base", "camp"})
#: Prepositions that give the grounds of a criticism: "attacked X over Y", "blasted X for Y", "as a trap".
_GROUNDS = frozenset({"over", "for", "as"})
#: Participles that tell what an attack said: "slammed the deal, calling it a betrayal".
_SAYING = frozenset({"say", "call", "accuse", "label", "brand", "charge", "describe", "claim", "argue", "insist",
                     "allege", "blame", "denounce", "dismiss"})


def _physical_act(candidate: _VerbCandidate, lex: _Lexicon) -> bool:
    """'Guerrillas attacked the post', 'attacks on army positions': a cue word used in its physical
    sense, which reports no statement.

    Political news attacks and blasts in words, and the cue model learnt it there; conflict news
    attacks with force. Force is read where an armed doer strikes nothing named, a place or
    something other than words ("rebels attacked at dawn", "attacked Kidal"), or where anyone but a
    speaker strikes an armed party, premises or a facility (the actor lexicon's ``premises``). An attack given
    grounds or words ("attacked the army over the killings", "blasted the deal, calling it a
    betrayal") stays an attribution, whoever makes it.
    """
    token = candidate.token
    if token.lemma_.lower() not in lex.physical_senses or _in_words(token):
        return False
    doer = resolve_relative(candidate.subject, token) if candidate.subject is not None else None
    armed = doer is not None and _is_armed_party(doer)
    struck = _struck(token)
    if not struck:
        return armed
    if armed:  # "rebels attacked Kidal": whatever the tagger calls the name, a town or a person is hit
        return any(_is_armed_party(hit) or _is_premises(hit, stance=True) or hit.pos_ == "PROPN"
                   or actor_for(hit, with_conjuncts=False).sector in _UNARMED_PEOPLE for hit in struck)
    if doer is not None and _is_speaker(doer, lex):
        return False
    # a facility by its entity label; a town is not trusted, since the tagger calls unknown surnames so
    return any(_is_armed_party(hit) or _is_premises(hit) or hit.ent_type_ == "FAC" for hit in struck)


def _deed_sense(token: Token) -> bool:
    """'Iran recalled its ambassador': a cue verb whose object gives it the sense of a deed (the
    event lexicon's ``object_senses`` requires), which reports no statement."""
    objects = load_trigger_lexicon().object_requires.get(token.lemma_.lower())
    if objects is not None and any(c.dep_ in _PATIENTS and c.lemma_.lower() in objects for c in token.children):
        return True  # also passive: "the ambassador was recalled by Bogota"
    # "the fighting has claimed 500 lives", "claimed his 24th title": took them, said nothing
    return token.lemma_.lower() == "claim" and any(
        c.dep_ in _PATIENTS and c.lemma_.lower() in _CLAIMED_AS_WON for c in token.children)


#: What a verb acts on: its object, or the subject of its passive.
_PATIENTS = frozenset({"dobj", "nsubjpass"})


#: What one claims by taking or winning it, not by saying: lives, victims, titles, seats.
_CLAIMED_AS_WON = frozenset({"life", "victim", "title", "seat", "medal", "trophy", "crown"})


def _acts_on_someone(token: Token, lex: _Lexicon) -> bool:
    """'The cartel released the senator', 'the president dismissed the defence minister': a verb of
    releasing or dismissing whose object is a person or a group frees them or removes them from
    office; it reports no statement. "Dismissed his critics as losers" speaks of them."""
    if token.lemma_.lower() not in lex.deeds_on_people:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False
    return any(c.dep_ in _PATIENTS and _is_person_or_group(c, lex) for c in token.children)


def _in_words(token: Token) -> bool:
    """An attack with grounds ("over the killings", "for its silence", "as a trap") or with a
    participle of saying ("saying it ignored their demands", "calling it a betrayal")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _GROUNDS and any(
                o.dep_ in {"pobj", "pcomp"} and o.ent_type_ not in {"DATE", "TIME"} for o in child.children):
            return True
        if child.dep_ in {"advcl", "xcomp", "conj"} and child.tag_ == "VBG" and child.lemma_.lower() in _SAYING:
            return True
    return False


def _is_speaker(doer: Token, lex: _Lexicon) -> bool:
    """A person, a politician or the press: whose attacks on soldiers or a station are mostly words."""
    if doer.ent_type_ == "PERSON" or doer.lower_ in lex.pronouns_person:
        return True
    actors = load_actor_lexicon()
    return actor_for(doer, with_conjuncts=False).sector in _SPEAKING_SECTORS or doer.lemma_.lower() in actors.positions


def _struck(token: Token) -> list[Token]:
    """What an attack verb or noun hits: its object, a passive subject, or "attacks on/against X"."""
    struck = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}:
            struck += [c for c in prep.children if c.dep_ == "pobj"]
    return [t for hit in struck for t in (hit, *hit.conjuncts)]


def _is_armed_party(token: Token) -> bool:
    """An armed actor, or premises named for one ("army positions", "military garrisons")."""
    return actor_for(token, with_conjuncts=False).sector in ARMED_SECTORS


def _is_premises(token: Token, *, stance: bool = False) -> bool:
    """A building, vehicle or place ("the embassy", "a convoy", "the town").

    Not a person's ("Clinton's house"), which is the person's in politics; not a name ("the White
    House"); and not a word that is also a stance ("their position") unless ``stance`` says the
    doer is armed ("guerrillas attacked a post").
    """
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or not names_premises(token) or (lemma in _STANCE_NOUNS and not stance):
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return owner is None or not (owner.ent_type_ == "PERSON" or owner.lower_ in {"his", "her"})


def find_attributions(doc: Doc, doc_id: str) -> list[Attribution]:
    """Every attributed statement in a parsed document, in text order of their cues.

    Verbs are proposed with the content their parse gives and kept when the cue model
    (:mod:`parley.extract.attribution_model`) accepts them; source prepositions ("according
    to") are always kept outside quotations.

    Args:
        doc: the parsed article (``parley.extract.nlp.parse_many``).
        doc_id: the document id the records carry.

    Returns:
        One :class:`Attribution` per cue, source ``None`` when the text names no one
        ("it was reported that ...").

    >>> from parley.extract.nlp import load_nlp
    >>> [a.source.text for a in find_attributions(load_nlp()("Police said 12 people died."), "d")]
    ['Police']
    """
    lex = _lexicon()
    model = cue_model()
    text = doc_text(doc)
    quotes = _all_quote_pairs(text)
    kept = _longest_cues(
        [
            _repaired(candidate, _with_framed_source(candidate, _with_light_noun(candidate, found, lex), lex, text),
                      lex)
            for candidate, found, features in scored_verb_candidates(doc)
            if (model.accepts(features) or _is_sourced_claim(candidate, lex) or _reads_out_a_quote(candidate))
            and not _quotes_a_title(candidate.token, found, text)
            and not _physical_act(candidate, lex) and not _deed_sense(candidate.token)
            and not is_cyber_attack(candidate.token)
            and not _acts_on_someone(candidate.token, lex) and not enacts_with_object(candidate.token)
        ]
    )
    kept = _read_with_archive_quotes(kept, text)
    kept = _without_source_asides(_joined_frames(kept, text), doc, lex)
    kept += [_widen(f, text, quotes) for f in _prep_candidates(doc, lex) if not _inside_quote(f.cue, quotes)]
    kept += [f for f in _rejoinder_candidates(doc, lex) if not _inside_quote(f.cue, quotes)]
    kept += [f for f in _in_frame_candidates(doc, lex) if not _inside_quote(f.cue, quotes)]
    kept += [f for f in _attitude_candidates(doc, lex) if not _inside_quote(f.cue, quotes)]
    kept += _without_overlaps([f for f in _copular_candidates(doc, lex) if not _inside_quote(f.cue, quotes)], kept)
    kept += _without_overlaps([f for f in _question_candidates(doc, lex) if not _inside_quote(f.cue, quotes)], kept)
    kept = _made_clear_over_make(kept, [f for f in _made_clear_candidates(doc) if not _inside_quote(f.cue, quotes)])
    extra = [*_byline_candidates(doc), *_label_candidates(doc, lex), *_headline_candidates(doc, lex)]
    kept += _without_overlaps(extra, kept)
    kept = _without_relays([_with_name_edges(doc, found) for found in kept if not _in_editorial_note(found, text)],
                           text)
    kept = _repaired_after_decision(kept, doc, lex)
    kept = _without_free_relative_labels(kept, doc)
    records = [
        Attribution(
            doc_id=doc_id,
            source=_span(text, _source_edges(text, _without_focus_word(text, _without_line_marker(
                text, _last_paragraph(text, _balanced_source(text, found.source, found))))))
            if found.source else None,
            cue=_span(text, found.cue),
            content=_span(text, found.content),
        )
        for found in kept
    ]
    records.sort(key=lambda a: a.cue.start)
    return records


def _read_with_archive_quotes(kept: Sequence[_Found], text: str) -> list[_Found]:
    """The model's attributions read again with archive quotations (''...'') and British ones (‘...’),
    which the model's candidates do not see (:func:`_all_quote_pairs` says why): a cue inside one is
    the speaker's own wording unless the quotation is the cue alone, and a content is widened to its
    quotation and to the quote running on from it."""
    archive = _archive_quote_pairs(text)
    if not archive:
        return list(kept)
    quotes = _all_quote_pairs(text)
    return [_widen(found, text, quotes) for found in kept
            if not _inside_quote(found.cue, [q for q in archive if not _quotes_the_cue_alone(text, q, found.cue)
                                             and not _single_quote_in_headline(text, q)])]


def _single_quote_in_headline(text: str, quote: tuple[int, int]) -> bool:
    """A ‘...’ quotation in a Title Case headline ("Senator On The Talks: ‘I Think They Will Fail’"):
    its marks are all the headline has to say who spoke, so a cue the model took inside it stays as
    with plain text. Dropped, the headline's claim would have no record at all: a headline's colon
    is read as a speaker label only after a short name."""
    line_start = text.rfind("\n", 0, quote[0]) + 1
    line_end = text.find("\n", quote[0])
    return text[quote[0]] == "‘" and _is_title_case(text[line_start : len(text) if line_end < 0 else line_end])


def _quotes_the_cue_alone(text: str, quote: tuple[int, int], cue: tuple[int, int]) -> bool:
    """The quotation holds the cue's words and nothing else: "Moscow ‘warned’ London" marks the verb
    as the writer's doubt, and the verb still says what Moscow said."""
    return _WORD.findall(text[quote[0] : quote[1]]) == _WORD.findall(text[cue[0] : cue[1]])


def _repaired(candidate: _VerbCandidate, found: _Found, lex: _Lexicon) -> _Found:
    """A kept candidate with its source repaired after the model's decision (:mod:`._repairs`): the
    speaker shown in footage, not the outlet that aired it."""
    shown = _shown_speaker(candidate.token, lex)
    return _Found(shown, found.cue, found.content) if shown is not None and shown[1] > shown[0] else found


def _without_source_asides(kept: Sequence[_Found], doc: Doc, lex: _Lexicon) -> list[_Found]:
    """Drop a cue inside another attribution's source that is no verb of saying: "an official, who
    spoke on condition of anonymity to discuss the talks / who declined to be named / who asked not
    to be named, said": the aside says why the speaker is unnamed, not what anyone claims. A relative
    clause of saying ("a neighbor who said the flat was hit first") stays."""
    out: list[_Found] = []
    for found in kept:
        inside = any(o.source is not None and o is not found and o.source[0] <= found.cue[0]
                     and found.cue[1] <= o.source[1] for o in kept)
        span = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
        verbs = [t for t in span if t.pos_ == "VERB"] if span is not None else []
        says = any(t.lemma_.lower() in lex.claim_verbs for t in verbs)
        if not inside or says:
            out.append(found)
    return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


#: The longest editor's note read as one, in characters: "[QUOTATION MARKS AS PUBLISHED]" is 30.
_LONGEST_NOTE = 80


def _in_editorial_note(found: _Found, text: str) -> bool:
    """A cue inside square brackets whose content lies outside them: a transcriber's or editor's
    note ("RAIDED [AS PUBLISHED] THE EMBASSIES", "[CHANGES THOUGHT] THEY HAVE TO"), not a
    statement. A note that holds its own content ('[CROWD SHOUTS: "YES!"]') still reports one."""
    start, end = found.cue
    opening = text.rfind("[", 0, start)
    if opening < 0 or text.rfind("]", opening, start) >= 0:
        return False
    closing = text.find("]", end)
    if closing < 0 or closing - opening > _LONGEST_NOTE or any(c in text[opening + 1 : closing] for c in "\n[()"):
        return False  # "[CNG) ASKED ... [ARMED GROUPS]": a mistyped bracket opens no note
    return not (opening < found.content[0] and found.content[1] <= closing)


def _last_paragraph(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """A source ends at its verb and never crosses a paragraph break: in "9:55 p.m.\n\nDonald Trump
    said" the parse hangs the live-blog time stamp on the subject, but the speaker is "Donald Trump"."""
    start, end = source
    breaks = list(_PARAGRAPH_BREAK.finditer(text, start, end))
    if not breaks:
        return source  # a line break inside a paragraph ("Foreign Minister\nJohn Smith") keeps both lines
    tail = _trim(text, breaks[-1].end(), end)
    return tail if tail[1] > tail[0] else source


_FOCUS_WORD = re.compile(r"[Ee]ven\s+")


def _without_line_marker(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """A source that runs over a line break from a list's marker: a number or bullet alone on the line
    above ("2\nSalma Hayek"), a bracketed credit ending it ("[WashPost]\n-Matthew Yglesias"), or a bullet
    opening the speaker's line ("SurveyMonkey\n-Americans"). The parse hangs such a marker on the
    subject; it is no part of the source. A line of words ending in a word ("the Gaza\nhealth
    ministry", "Sen.\nLindsey Graham") is a wrapped line, and the source keeps both."""
    start, end = source
    brk = text.rfind("\n", start, end)
    if brk < 0:
        return source
    before = text[start:brk].strip(" \t\xa0")
    after = _LIST_BULLET.match(text, brk + 1, end)
    if not (_HAS_LETTER.search(before) is None or before.endswith("]") or after is not None):
        return source
    tail = _trim(text, after.end() if after is not None else brk + 1, end)
    return tail if tail[1] > tail[0] else source


#: A list's bullet opening a line: "-Matthew Yglesias", "• Amnesty", "* Ms. Lee".
_LIST_BULLET = re.compile(r"[ \t\xa0]*[-•*][ \t\xa0]*(?=[A-Z])")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _without_focus_word(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """'Even some of his admirers wonder ...': PolNeAR leaves the focusing "even" out of the source
    (PolNeAR study set: 14 gold sources right after it, 1 starting with it)."""
    start, end = source
    focus = _FOCUS_WORD.match(text, start, end)
    return (focus.end(), end) if focus is not None and focus.end() < end else source


def _longest_cues(kept: Sequence[_Found]) -> list[_Found]:
    """One attribution per cue: "continued to call for X" is proposed by both "continued" (content
    "to call for X") and "call for" (content "X"); the candidate whose cue covers the other's wins.
    A sourceless noun after a sourced cue with the very same content restates it and is dropped."""
    out: list[_Found] = []
    for found in kept:
        start, end = found.cue
        covered = any(
            o.cue[0] <= start
            and end <= o.cue[1]
            and o.cue != found.cue
            and o.content[0] < found.content[1]
            and found.content[0] < o.content[1]
            for o in kept
        )
        # "Abdallah said in a statement that ...": the parser hangs the clause on "statement", so
        # the noun offers the same content again, with no source of its own
        restated = found.source is None and any(
            o.content == found.content and o.source is not None and o.cue[1] <= found.cue[0] for o in kept)
        if not covered and not restated:
            out.append(found)
    return out


def _without_overlaps(extra: Sequence[_Found], kept: Sequence[_Found]) -> list[_Found]:
    """Bylines and labels whose content no kept attribution already covers.

    "PENCE: ... I think X" keeps both (the verb's content lies inside the label's), but a quote
    some verb already attributes is not attributed twice.
    """
    out: list[_Found] = []
    for found in extra:
        start, end = found.content
        if any(k.cue[0] < found.cue[1] and found.cue[0] < k.cue[1] for k in kept):
            continue  # a headline verb the model already took as a cue ("Expressed Fear About")
        if not any(k.content[0] <= start and end <= k.content[1] for k in kept):
            out.append(found)
    return out


def _inside_quote(cue: tuple[int, int], quotes: Sequence[tuple[int, int]]) -> bool:
    """A cue within a quotation is the speaker's own wording ("we say ..."), not an attribution.

    On PolNeAR train nine in ten such candidates match no gold attribution.
    """
    return any(q_start < cue[0] and cue[1] < q_end for q_start, q_end in quotes)


#: A name that ends in initials ("the U.N", "I.R.S"), whose last period the trimming took off.
_ENDS_IN_INITIALS = re.compile(r"(?:^|[^A-Za-z.])(?:[A-Za-z]\.)+[A-Za-z]$")


def _with_initials_period(text: str, bounds: tuple[int, int]) -> tuple[int, int]:
    """'the U.N. said': the source keeps the period of its initials, also where it ends the sentence."""
    start, end = bounds
    if end < len(text) and text[end] == "." and _ENDS_IN_INITIALS.search(text, start, end):
        return start, end + 1
    return bounds


def _source_edges(text: str, bounds: tuple[int, int]) -> tuple[int, int]:
    """A source's final edges: no space or no-break space at either end ("Trump" with a no-break space
    before "said"), no comma at its end, and the period of initials kept ("the U.N. said").

    PolNeAR also ends a source on the comma that closes its apposition ("Jane Doe, the committee's
    chair,"); parley leaves that comma out, as a name shown to a reader should not end in one."""
    start, end = bounds
    while start < end and text[start] in _SOURCE_SPACES:
        start += 1
    while end > start and (text[end - 1] in _SOURCE_SPACES or (text[end - 1] == "," and end - 1 > start)):
        end -= 1  # "Ted Cruz (“Lyin Ted”),\xa0promoting ...": neither the space nor the comma
    return _with_initials_period(text, (start, end))


#: Spaces a source never starts or ends with.
_SOURCE_SPACES = frozenset(" \t\n\xa0")


def _span(text: str, bounds: tuple[int, int]) -> Span:
    return Span(start=bounds[0], end=bounds[1], text=text[bounds[0] : bounds[1]])
