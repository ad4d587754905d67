"""Attributions kept by rule: bylines (a dash and a name), speaker labels, attitude and copular nouns
("a critic of"), "made clear", "in" frames (a poll, a possessor's view), and Title Case headlines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from parley.extract.actors import load_actor_lexicon
from parley.extract.attributions._cue_verbs import _is_person_or_group
from parley.extract.attributions._lexicon import _OPEN_QUOTES, _RELATIVE_TAGS, _SUBJECTS, _Lexicon
from parley.extract.attributions._spans import _chars, _Found, _quote_pairs, _signed_after, _subtree_range, _trim
from parley.extract.attributions._verb_content import _WORD, _colon_quote, _subject_range
from parley.extract.events import load_trigger_lexicon
from parley.extract.nlp import (
    doc_text,
    entities,
    entities_in,
    is_to_infinitive,
    resolve_relative,
    sentence_of,
    token_column,
    verb_stems,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


#: A dash that signs a quotation ('"..." ― Name'); a hyphen only at a paragraph start.
_BYLINE_DASHES = frozenset({"―", "—", "–"})
#: Where a byline cue can be: a dash, or a hyphen opening a line (its last character is the cue).
_BYLINE_MARK = re.compile("[―—–]|\n *-")


def _tokens_at(doc: Doc, offsets: Iterable[int]) -> Iterator[Token]:
    """The tokens that begin at these character offsets, in order: the few tokens a rule looks at,
    found from the text instead of by walking every token of a long article (each walk makes a
    Python object per token, a noticeable share of extraction time)."""
    for offset in offsets:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].idx == offset:
            yield span[0]


#: Word classes a speaker label ("PENCE:", "Rush Limbaugh:", "Poll:") may consist of.
_LABEL_POS = frozenset({"PROPN", "NOUN", "DET", "ADP", "PART", "PUNCT", "CCONJ", "ADJ"})
_MAX_NAME_TOKENS = 6
#: The most tokens of a label that is a title before a person's name ("Sudan Army Chief Abdel
#: Fattah Al-Burhan:"): a headline names its speaker with the full title.
_MAX_TITLED_NAME_TOKENS = 10
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: A label's content is a statement, not a number ("Clinton: 2,316") or a list heading's tail.
_MIN_LABEL_WORDS = 3


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The capitalised name that starts at token ``i`` ("Pamela Padilla", "Julie A. Diaz Martinez").

    It stops at the first token that is not a capitalised proper noun (an initial's full stop
    included), so "― Paul Ryan (@SpeakerRyan) July 5" gives "Paul Ryan".
    """
    j = i
    while j < len(doc) and j - i < _MAX_NAME_TOKENS:
        token = doc[j]
        proper = token.pos_ == "PROPN" and token.text[:1].isupper()
        if not (proper or (token.text == "." and j > i and len(doc[j - 1].text) == 1)):
            break
        j += 1
    if j == i or doc[i].ent_type_ not in {"PERSON", "ORG", "NORP", "GPE", ""}:
        return None
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _byline_candidates(doc: Doc) -> Iterator[_Found]:
    """'"..." ― Sonya Herridge': a quotation signed by a dash and a name (reader comments, tweets,
    epigraphs). The dash is the cue; it must follow the closing mark, at most whitespace between,
    or open the paragraph right after a quoted one ("- Bernie Sanders.")."""
    text = doc_text(doc)
    ends = {q_end: q_start for q_start, q_end in _quote_pairs(text)}
    for token in _tokens_at(doc, (m.end() - 1 for m in _BYLINE_MARK.finditer(text))):
        hyphen_line = token.text == "-" and text[: token.idx].rstrip(" ").endswith("\n")
        if token.text not in _BYLINE_DASHES and not hyphen_line:
            continue
        before = text[: token.idx].rstrip()
        if len(before) not in ends or ("\n" in text[len(before) : token.idx] and not hyphen_line):
            continue
        nxt = token.i + 1
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        name = _name_after(doc, nxt) if nxt < len(doc) else None
        if name is not None:
            yield _Found(name, (token.idx, token.idx + len(token)), (ends[len(before)], len(before)))


def _attitude_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """'Party leaders remain confident that they will hold the Senate', 'Democrats are worried about
    the polls': an adjective of belief or feeling after a linking verb, with a that-clause or an
    about/of phrase, attributes what it governs to the linking verb's subject. So does an adjective
    of stance with its object ('was critical of the plan') and one of will with its infinitive ('is
    eager to sign'), when the subject can hold a view (see ``attitude_adjectives`` in the cue data).
    PolNeAR draws the cue from the linking verb (with its auxiliaries, negation and adverbs) to the
    adjective and its preposition ("has been acutely aware", "are concerned about")."""
    text = doc_text(doc)
    adjectives = lex.attitude_adjectives | lex.stance_adjectives | lex.volition_adjectives | lex.manner_adjectives
    for i, dep in enumerate(token_column(doc, "DEP")):
        token = doc[i] if dep == "acomp" else None
        if token is None or token.lower_ not in adjectives:
            continue
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        holder = _relative_holder(subject, verb) if subject is not None else None
        if verb.lemma_.lower() not in _LINKING_VERBS or subject is None or holder is None:
            continue
        governed = _attitude_content(token, holder, lex)
        if governed is None and (token.lower_ in lex.manner_adjectives or token.lower_ in lex.stance_adjectives) \
                and _is_person_or_group(holder, lex):
            governed = _quote_after_adjective(token, text)  # 'the envoy was blunt: "..."'
        if governed is None:
            continue
        content, cue_end = governed
        first = _with_auxiliaries(verb)
        source = _trim(text, *_subject_range(verb, subject))
        if source[0] >= doc[first].idx:
            continue  # "are they confident that ...": a question's inverted subject
        yield _Found(source, (doc[first].idx, cue_end), _trim(text, *content))


def _relative_holder(subject: Token, verb: Token) -> Token | None:
    """Who holds a linking verb's attitude: its subject, or for a relative pronoun ("diplomats, who
    are wary of the plan", "the White House, which has long been lukewarm about") the noun the
    relative clause modifies, which the checks on a holder read; PolNeAR's source is the pronoun.
    None for a pronoun that stands for no noun ("what is clear about ..."): no one holds it."""
    if subject.tag_ not in _RELATIVE_TAGS:
        return subject
    holder = resolve_relative(subject, verb)
    return None if holder is subject or holder.tag_ in _RELATIVE_TAGS else holder


def _with_auxiliaries(verb: Token) -> int:
    """Where a cue that starts at a verb begins: its auxiliaries and negation before it ("has not
    been", "had made"), as PolNeAR draws linking and light verbs' cues."""
    return min([verb.i, *(c.i for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < verb.i)])


def _copular_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """'The mayor is an outspoken supporter of the levy', 'she has been a harsh critic of the tariffs': a
    noun of advocacy after a linking verb, with an of/for phrase, gives its object to the linking
    verb's subject, the cue running from the linking verb (with its auxiliaries) through the
    preposition (``nominal_stances`` in the cue data). Read outside the cue model, as
    ``_attitude_candidates`` are."""
    text = doc_text(doc)
    for i, dep in enumerate(token_column(doc, "DEP")):
        found = _advocate(doc[i], lex, text) if dep == "attr" else None
        if found is not None:
            yield found


def _in_frame_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """Attributions framed by an "in" phrase: a poll ('In a Gallup poll released Tuesday, 62 percent
    of Afghans said ...': ``poll_frames`` in the cue data, the cue being "in") or a possessor's
    view ("in Moscow's view", ``viewpoint_frames``, the cue being the noun) is the source of the
    clause the phrase hangs on, as PolNeAR marks them. Read outside the cue model, as source
    prepositions are: the model scores verbs and nouns with their own content, and these have none."""
    text = doc_text(doc)
    for i, word in enumerate(token_column(doc, "LOWER")):
        found = (_poll_frame(doc[i], lex, text) or _trailing_poll_frame(doc[i], lex, text)
                 or _viewpoint_frame(doc[i], lex, text)) if word == "in" else None
        if found is not None:
            yield found


def _poll_frame(prep: Token, lex: _Lexicon, text: str) -> _Found | None:
    """The attribution of a fronted 'In a <pollster> poll, CLAUSE' (see ``_in_frame_candidates``), or None."""
    verb = prep.head
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if (prep.dep_ != "prep" or poll is None or poll.lemma_.lower() not in lex.poll_nouns
            or verb.pos_ not in {"VERB", "AUX"} or not _opens_clause(prep) or not _is_opinion_poll(poll, lex)):
        return None
    doc = prep.doc
    comma = prep.right_edge.i + 1
    if comma >= verb.i or doc[comma].text != ",":
        return None  # "In the polls, anyway.": no clause of its own after the phrase
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if (subject is not None and verb.lemma_.lower() in lex.claim_verbs
            and subject.ent_type_ in {"ORG", "PERSON"}):
        return None  # "In a poll of 800 voters, Gallup found that ...": the pollster's own verb says it
    if _is_done_not_found(verb, prep, lex):
        return None  # "In a Gallup poll, the question was worded differently": done, not found by the poll
    content = _trim(text, doc[comma + 1].idx, _subtree_range(verb)[1])
    if content[1] <= content[0] or text[content[1] - 1] == "?":
        return None  # "In a Gallup poll, did most Afghans back the Taliban?": a question, not a finding
    return _Found(_trim(text, *_subtree_range(poll)), (prep.idx, prep.idx + len(prep)), content)


def _trailing_poll_frame(prep: Token, lex: _Lexicon, text: str) -> _Found | None:
    """'Most voters back the truce, in a Reuters/Ipsos poll released on Monday': an opinion poll named
    after a comma at the end of its sentence found what comes before it, as a fronted poll frame finds
    what follows it. Read off the sentence, not the parse, which often misreads the clause before.
    None unless the phrase closes the sentence and a clause of three words or more stands before it."""
    doc = prep.doc
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if (prep.i == 0 or doc[prep.i - 1].text != "," or poll is None or poll.lemma_.lower() not in lex.poll_nouns
            or not _is_opinion_poll(poll, lex)):
        return None
    sentence = sentence_of(prep)
    rest = doc[prep.right_edge.i + 1 : sentence.end]
    if prep.right_edge.i >= sentence.end or any(not t.is_punct or t.text not in {".", "!", "\"", "”"} for t in rest):
        return None  # "..., in a poll, and ...": the clause goes on
    content = _trim(text, sentence.start_char, doc[prep.i - 1].idx)
    if len(_WORD.findall(text[content[0] : content[1]])) < _MIN_LABEL_WORDS or text[content[1] - 1] == "?":
        return None
    return _Found(_trim(text, *_subtree_range(poll)), (prep.idx, prep.idx + len(prep)), content)


def _viewpoint_frame(prep: Token, lex: _Lexicon, text: str) -> _Found | None:
    """The attribution of "in X's view" (see ``_in_frame_candidates``): the possessor says or thinks
    the clause the phrase hangs on; fronted ("In Ash's view, the change would ..."), the clause
    after the comma, else the whole clause around it ("the only other action, in Professor
    Knittel's view, would be ...", as PolNeAR spans it).

    Only a phrase set off by commas and holding nothing but its possessor: "in his view from the
    balcony", "in their view of the hills" and "stood in his neighbour's view" are sight, not
    judgement; "in the view of the court" is left to the parse."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or noun is None or noun.lemma_.lower() not in lex.viewpoint_nouns:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb, doc = prep.head, prep.doc
    if holder is None or verb.pos_ not in {"VERB", "AUX"} or not _set_off(prep, noun):
        return None
    if any(c.dep_ != "poss" and c.lower_ != "own" for c in noun.children) or _is_sight(noun, verb, lex):
        return None  # "in his view from the balcony": a view with more than its holder is seen
    start, end = _subtree_range(verb)
    if _opens_clause(prep) and noun.i + 1 < verb.i:
        start = doc[noun.i + 2].idx  # past the comma after the noun
    content = _trim(text, start, end)
    if content[1] <= content[0]:
        return None
    return _Found(_trim(text, *_subtree_range(holder)), (noun.idx, noun.idx + len(noun)), content)


def _is_done_not_found(verb: Token, frame: Token, lex: _Lexicon) -> bool:
    """A passive clause after a poll frame that no one polled did ("the question was worded
    differently", "12 soldiers were killed"): no "by" phrase, wherever the parser hangs it, names
    those polled ("was favored by 52 percent", "was seen as a failure by 61 percent"; not the
    frame's own "a survey by Gallup") and the verb reports no finding ("were found to distrust")."""
    polled_by = any(t.lower_ == "by" and not frame.left_edge.i <= t.i <= frame.right_edge.i for t in verb.subtree)
    return (any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
            and not polled_by and verb.lemma_.lower() not in lex.claim_verbs)


def _is_sight(noun: Token, verb: Token, lex: _Lexicon) -> bool:
    """A view that is a field of vision: "In the photographer's view, a column of tanks rolled past"
    narrates, in the simple past, something moving or showing itself along a path, which is seen
    rather than judged (``sight_verbs`` in the cue data). A place or a body sees nothing ("In Kyiv's
    view, Russian troops crossed the line first"), and a verb with an object, a complement or a
    manner ("moved too slowly", "emerged as the main threat") is judged."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if (noun.lemma_.lower() not in lex.sight_nouns or verb.tag_ != "VBD" or verb.lemma_.lower() not in lex.sight_verbs
            or holder is None or holder.ent_type_ in {"GPE", "ORG", "NORP"}):
        return False
    after = [c for c in verb.rights if not c.is_punct]
    return bool(after) and all(c.lower_ in lex.sight_paths and c.dep_ in {"prt", "prep", "advmod"} for c in after)


def _set_off(prep: Token, noun: Token) -> bool:
    """The phrase from ``prep`` to ``noun`` is an aside: a comma follows it, and it opens its clause or
    a comma comes before it ("The crisis, in Nairobi's view, requires ...")."""
    doc = prep.doc
    after = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
    before = prep.i > 0 and doc[prep.i - 1].text == ","
    return after and (before or (_opens_clause(prep) and noun.i + 1 < prep.head.i))


def _opens_clause(prep: Token) -> bool:
    """The preposition opens its sentence, after at most a conjunction ("But in a CNN poll, ..."),
    and hangs on the clause's verb after it: a frame for the whole clause, not a standing "in the polls"."""
    sentence_start = prep.sent.start
    return prep.i < prep.head.i and all(t.dep_ in {"cc", "punct"} for t in prep.doc[sentence_start : prep.i])


def _is_opinion_poll(poll: Token, lex: _Lexicon) -> bool:
    """An opinion poll, not an election ("the poll held on Sunday", "the Tigray regional poll"): it
    names who ran it ("a Gallup poll", "a survey by the Kyiv International Institute of Sociology")
    or is of a kind only opinion polls are ("an opinion poll", "exit polls"), and no word before it
    makes it a vote ("presidential", "regional")."""
    if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in lex.poll_elections for c in poll.lefts):
        return False
    return any(t.ent_type_ in {"ORG", "PERSON"} or t.lemma_.lower() in lex.poll_kinds
               for t in poll.subtree if t.i != poll.i)


def _made_clear_candidates(doc: Doc) -> Iterator[_Found]:
    """Every "made (it) clear that ..." of the document (see ``_made_clear``)."""
    text = doc_text(doc)
    for i, word in enumerate(token_column(doc, "LOWER")):
        found = _made_clear(doc[i], text) if word == "clear" and doc[i].dep_ != "acomp" else None
        if found is not None:
            yield found


def _made_clear_over_make(kept: list[_Found], made: Sequence[_Found]) -> list[_Found]:
    """A "made clear that" takes the place of the model's "made" with the same clause: PolNeAR's cue
    runs through "clear" ("had made clear"), the clause after "that" is the content."""
    out = [k for k in kept if not any(m.cue[0] <= k.cue[0] < m.cue[1] and k.content[0] < m.content[1]
                                      and m.content[0] < k.content[1] for m in made)]
    return out + [m for m in made if not any(k.cue[0] < m.cue[1] and m.cue[0] < k.cue[1] for k in out)]


def _advocate(noun: Token, lex: _Lexicon, text: str) -> _Found | None:
    """The attribution of 'X is a supporter of Y' (see ``_copular_candidates``), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.advocate_nouns:
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}] if prep is not None else []
    if prep is None or not objects:
        return None
    verb = holder = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        holder = verb.head  # "likes the port and has been a vocal opponent of the airport": the first subject
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    stance_holder = _relative_holder(subject, subject.head) if subject is not None else None
    if verb.lemma_.lower() not in _LINKING_VERBS or subject is None or stance_holder is None:
        return None
    if stance_holder.lower_ in lex.expletives | {"this", "that"} or subject.i > verb.i:
        return None  # "it is a supporter of the roof": a thing; "is he a critic of": a question
    first = _with_auxiliaries(verb)
    content = _trim(text, min(o.left_edge.idx for o in objects), _subtree_range(prep)[1])
    return _Found(_trim(text, *_subject_range(holder, subject)), (noun.doc[first].idx, prep.idx + len(prep)), content)


def _made_clear(clear: Token, text: str) -> _Found | None:
    """'The union made clear on Friday that it would strike', 'the aide made it clear that ...': the
    subject of "make" says the that-clause after "clear"; the cue runs from "make" (with its
    auxiliaries) through "clear"; read outside the cue model."""
    doc = clear.doc
    verb = doc[clear.i - 1] if clear.i > 0 else None
    if verb is not None and verb.lower_ == "it" and clear.i > 1:
        verb = doc[clear.i - 2]
    if verb is None or verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in _RELATIVE_TAGS or subject.i > verb.i:
        return None
    mark = next((t for t in doc[clear.i + 1 : clear.i + 4] if t.lower_ == "that" and t.dep_ == "mark"), None)
    if mark is None or not verb.i <= mark.head.head.i <= mark.head.i or mark.head.i <= mark.i:
        return None
    first = _with_auxiliaries(verb)
    content = _trim(text, mark.idx + len(mark), _subtree_range(mark.head)[1])
    return _Found(_trim(text, *_subject_range(verb, subject)), (doc[first].idx, clear.idx + len(clear)), content)


def _attitude_content(adjective: Token, subject: Token, lex: _Lexicon) -> tuple[tuple[int, int], int] | None:
    """What an adjective of belief, stance or will governs, and where its cue ends: a that-clause, the
    object of its preposition, or (will) its to-infinitive. None when it governs none, or when a
    stance or a will is given to "it" or "this", which mostly stand for a thing or a situation.
    A stance's prepositions leave out "to", "in", "at" and "on", which also tell a thing's importance,
    place or time ("the port is critical to the war effort", "the roads were quiet on Sunday")."""
    word = adjective.lower_
    belief = word in lex.attitude_adjectives
    if not belief and subject.lower_ in lex.expletives | {"this", "that"}:
        return None
    if not belief and subject.lemma_.lower() in load_trigger_lexicon().figurative.movers:
        return None  # "prices were reluctant to fall", "markets were wary of the truce": a market's moves, no view
    end = adjective.idx + len(adjective)
    clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
    if clause is not None and (belief or word in lex.stance_adjectives):
        return _subtree_range(clause), end
    preps = _BELIEF_PREPS if belief else _STANCE_PREPS if word in lex.stance_adjectives else frozenset()
    prep = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ in preps), None)
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}] if prep is not None else []
    if prep is not None and objects:
        return (min(c.left_edge.idx for c in objects), _subtree_range(prep)[1]), prep.idx + len(prep)
    if word in lex.volition_adjectives:
        wanted = next((c for c in adjective.children if c.dep_ == "xcomp" and c.i > adjective.i
                       and is_to_infinitive(c)), None)
        if wanted is not None:
            return _subtree_range(wanted), end
    return None


def _quote_after_adjective(adjective: Token, text: str) -> tuple[tuple[int, int], int] | None:
    """'The envoy was blunt: "The truce is dead."': a quotation opened by a colon right after the
    adjective (and its own phrases: "was conclusive in its findings:") is what its holder says, the cue
    running through the colon. Only a quotation that closes its paragraph or sentence with no speaker
    signing it ('... was grim: "We have no water," a doctor said' is the doctor's). Returns the
    quotation and the cue's end, or None."""
    found = _colon_quote(adjective, adjective.i + 1)
    if found is None or _signed_after(text, found[1][1]):
        return None
    return found[1], adjective.doc[found[0]].idx + 1


#: Prepositions of what a belief is about ("worried about", "aware of"), and of what a stance or a
#: feeling is toward ("angry with", "impressed by", "upset over", "hostile toward").
_BELIEF_PREPS = frozenset({"about", "of"})
_STANCE_PREPS = frozenset({"about", "of", "with", "by", "over", "toward", "towards"})
#: Verbs that link a subject to an adjective of belief or feeling ("is", "remain", "grew").
_LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "feel", "grow", "become", "stay", "sound"})


def _label_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """Speaker labels: a paragraph that opens with a short name and a colon ("Pat Caddell: Democrat
    voters worried ...", a transcript's "PENCE: And that's why ..."). The colon is the cue, the
    name the source, the rest of the paragraph the content. A label is names and nouns only:
    "He said:" is a verb's cue, "6 p.m.:" a time, "Iowa:" a list heading, "Clinton: 2,316" a
    result (a content needs three words); page furniture ("Editor's note:", "Q:") is
    listed in the lexicon's ``furniture_labels``. In mid-paragraph, a name after a spaced dash with a
    quotation after its colon is a label too ("Pollsters agree - Carl Bialik: “Keep on contacting voters”",
    as a poll roundup quotes its sources)."""
    text = doc_text(doc)
    for token in _tokens_at(doc, (m.start() for m in re.finditer(":", text))):
        if token.text != ":" or token.i == 0:
            continue
        para = text.rfind("\n", 0, token.idx) + 1
        lead = para + len(text[para : token.idx]) - len(text[para : token.idx].lstrip(" \"“'‘"))
        stop = text.find("\n", token.idx)
        content = _trim(text, token.idx + 1, len(text) if stop < 0 else stop)
        dash = _LABEL_AFTER_DASH.search(text, para, token.idx)
        if dash is not None and text[content[0] : content[0] + 1] in _OPEN_QUOTES:
            after_dash = doc.char_span(dash.end(), token.idx, alignment_mode="expand")
            if after_dash is not None and _is_label(after_dash):  # not "Gaza - Ministry of Health:", whose
                lead = dash.end()  # label needs the place; "... in Iowa - Carl Bialik: “One of ...”"
        label = doc.char_span(lead, token.idx, alignment_mode="expand")
        if label is None or not _is_label(label) or label.text.lower().replace("’", "'") in lex.furniture_labels:
            continue
        if len(_WORD.findall(text[content[0] : content[1]])) >= _MIN_LABEL_WORDS:
            yield _Found((label.start_char, label.end_char), (token.idx, token.idx + 1), content)


#: A label after a spaced dash in mid-paragraph, before a quotation ("Pollsters agree - Carl Bialik: “...”");
#: "more from" before the name is no part of it.
_LABEL_AFTER_DASH = re.compile(r"[ \xa0][-—–][ \xa0]+(?:[Mm]ore [Ff]rom |[Ff]rom )?(?=[^ ][^-—–\n]*$)")


def _is_label(label: SpacySpan) -> bool:
    """Up to six tokens of names and nouns, capitalised, with a proper noun, two letters or more.

    A label of several words must name someone (a person, organisation, place or group entity):
    a section heading ("Little Relief for Refugees:") is a phrase of capitalised common words.
    """
    words = [t for t in label if not t.is_punct]
    names = entities_in(label) + _names_across_colon(label)
    return (
        0 < len(label) <= (_MAX_TITLED_NAME_TOKENS if _ends_in_person(label) else _MAX_NAME_TOKENS)
        and label.text[:1].isupper()
        and all(t.pos_ in _LABEL_POS and not t.like_num for t in label)
        and (any(t.pos_ == "PROPN" for t in words)
             or (len(words) == 1 and (_named_elsewhere(words[0]) or _known_person(words[0]))))
        and sum(len(t.text) for t in words) > 2
        and (len(words) == 1 or any(ent.label_ in _SPEAKER_ENTS for ent in names))
        and not _is_one_place(names, len(words))
    )


def _ends_in_person(label: SpacySpan) -> bool:
    """The label closes on a person's name of two words or more, with all the words before it capitalised: a
    title before the name ("Hezbollah Deputy Secretary General Naim Qassem")."""
    person = next((ent for ent in entities(label.doc) if ent.label_ == "PERSON" and ent.end == label.end
                   and ent.start > label.start and len(ent) >= 2), None)
    return person is not None and all(t.text[:1].isupper() or t.is_punct for t in label.doc[label.start : person.start])


def _names_across_colon(label: SpacySpan) -> list[SpacySpan]:
    """A name the entity tagger ran on past the label's colon into a headline ("De Blasio: Trust
    Bratton" read as one organisation), cut back to the label: it still names the speaker."""
    from spacy.tokens import Span as SpacySpan  # at run time: the module imports spaCy types for typing only

    return [SpacySpan(label.doc, ent.start, label.end, label=ent.label_) for ent in entities(label.doc)
            if ent.start == label.start and ent.end > label.end]


def _is_one_place(names: Sequence[SpacySpan], words: int) -> bool:
    """The label is a single place name ("Iowa:" heading a list)."""
    return len(names) == 1 and names[0].label_ == "GPE" and len(names[0]) == words


def _known_person(word: Token) -> bool:
    """A name the actor lexicon knows as a person's ("Pelosi: ...", read as a noun in a headline)."""
    return word.is_title and (word.lower_,) in load_actor_lexicon().people


def _named_elsewhere(word: Token) -> bool:
    """A one-word label the tagger takes for a common word ("Trump: ...", "Sanders: ..." at the head
    of a title) is a name when the article names a speaker by that word somewhere else."""
    return any(
        ent.label_ in _SPEAKER_ENTS and not ent.start <= word.i < ent.end and any(t.text == word.text for t in ent)
        for ent in entities(word.doc)
    )


#: A headline is a short line in Title Case: most of its longer words capitalised, not all caps.
_TITLE_WORD = re.compile(r"[^\W\d_][^\W\d_’']*")
_MIN_TITLE_WORDS, _MAX_TITLE_WORDS = 4, 25
#: Words of a source before a headline verb: names, nouns, a determiner, a possessive.
_HEADLINE_SOURCE_POS = frozenset({"PROPN", "NOUN", "DET", "PART", "PUNCT", "ADJ", "NUM"})


def _is_title_case(line: str) -> bool:
    """A headline: 4 to 25 words, nine in ten of those of four letters or more capitalised, and
    most of them not all capitals (an all-caps wire text is no headline)."""
    words = _TITLE_WORD.findall(line)
    long_words = [w for w in words if len(w) >= 4]
    if not _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS or len(long_words) < 2:
        return False
    capitalised = sum(w[0].isupper() for w in long_words)
    shouting = sum(w.isupper() for w in long_words)
    return bool(10 * capitalised >= 9 * len(long_words) and 2 * shouting < len(long_words))


def _headline_verb_lemma(word: str, lex: _Lexicon) -> str | None:
    """The cue-verb lemma of a headline's third-person or past form ("Praises", "Slams",
    "Questioned"); the tagger reads such capitalised verbs as names. A bare form ("Support")
    is as likely a noun and is not read."""
    return next((stem for stem in verb_stems(word) if stem in lex.verbs), None)


def _headline_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """'Carly Fiorina Endorses Ted Cruz', 'Ben Carson Slams Hillary And The Media': a Title Case
    headline whose verb the tagger took for a name. The source is the name opening the line
    (a determiner, nouns and names only, one of them a proper noun), the cue the capitalised
    cue verb after it (with an adverb right before it and a content preposition right after
    it: "Finally Endorses", "Sides With"), the content the rest of the line. A verb the parse
    reads as a verb is left to the verb candidates."""
    text = doc_text(doc)
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _is_title_case(line):
            span = doc.char_span(start, end, alignment_mode="expand")
            found = _headline_found(span, lex, text, end) if span is not None else None
            if found is not None:
                yield found
        start = end + 1


def _is_headline_adverb(token: Token) -> bool:
    """A capitalised adverb the tagger recognises before a headline verb ("Just Dismissed"). One it
    reads as a name ("Finally") stays in the source: a word in -ly may be a name ("Kelly")."""
    return token.pos_ == "ADV" and token.text[:1].isupper()


def _headline_found(line: SpacySpan, lex: _Lexicon, text: str, end: int) -> _Found | None:
    """The attribution of one Title Case line, or None (see :func:`_headline_candidates`)."""
    tokens = [t for t in line if not t.is_space]
    for k, token in enumerate(tokens):
        if k == 0 or not token.text[:1].isupper():
            continue
        # parsed in sentence case (:func:`parley.extract.nlp.normalise_case`) the verb is read as a verb,
        # and a name that is also a word ("Trump") as a noun; else the tagger took the verb for a name
        recased = token.pos_ == "VERB"
        if _headline_verb_lemma(token.text, lex) is None:
            continue
        first = k
        while first > 0 and _is_headline_adverb(tokens[first - 1]):
            first -= 1  # "Finally Endorses"
        modal_after = k + 1 < len(tokens) and (tokens[k + 1].tag_ == "MD" or tokens[k + 1].pos_ == "AUX")
        if token.dep_ in _SUBJECTS or modal_after:
            return None  # "The Tax Plans Would Cost ...", "Water Rules Face ...": a plural noun subject
        source = tokens[:first]
        while any(any(ch.isdigit() for ch in t.text) for t in source):
            source = source[1:]  # a live blog's time stamp runs into the line ("9:09PM Ted Cruz")
        if not source or not all(t.pos_ in _HEADLINE_SOURCE_POS or (recased and t.is_title and t.pos_ != "VERB")
                                 for t in source):
            return None
        named = any(t.pos_ == "PROPN" or _known_person(t) or (recased and t.is_title) for t in source)
        if not named or source[-1].is_punct or any(t.text == ":" for t in source):
            return None  # 'Army Chief X: "No Talks With ..."': a verb after a label's colon is the quotation's
        last = k
        if k + 1 < len(tokens) and tokens[k + 1].lower_ in lex.content_preps:
            last = k + 1  # "Sides With", "Worries About"
        content = _trim(text, tokens[last].idx + len(tokens[last]), end)
        if len(_WORD.findall(text[content[0] : content[1]])) < 1:
            return None
        return _Found(_chars(source), _chars(tokens[first : last + 1]), content)
    return None
