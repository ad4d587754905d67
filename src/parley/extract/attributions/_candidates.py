"""Verb and noun candidates (_verb_candidate, _noun_candidate): voiced, copular and light-verb nouns, headline
passives, contrasted reports, rejoinders, and the clause a candidate stays within.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parley.extract.actors import another_agent
from parley.extract.attributions._cue_verbs import (
    _CONTRASTS,
    _closing_speaker,
    _cue_end_before,
    _cue_range,
    _is_person_or_group,
    _joins_cue,
    _object_controller,
    _speaker_folded_before,
    _speaker_set_in_clause,
    _speaks_after_undergoing,
    _that_mark,
    _undergoes,
)
from parley.extract.attributions._lexicon import _RELATIVE_TAGS, _SUBJECTS, _Lexicon, _lexicon
from parley.extract.attributions._spans import _Found, _quote_pairs, _subtree_range, _trim, _without_stray_quote
from parley.extract.attributions._verb_content import (
    _as_aside_it_end,
    _colon_quote,
    _inverted_source,
    _is_as_aside,
    _past_own_modifiers,
    _prep_content,
    _QuotedSpeaker,
    _speaker_after_quote,
    _subject,
    _subject_range,
    _verb_content,
    _VerbCandidate,
)
from parley.extract.nlp import doc_text, is_to_infinitive, links_across_semicolon, sentence_of, token_column
from parley.extract.status import framing_word, rejoinder_of, rejoinders

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _voiced_noun(verb: Token, lex: _Lexicon) -> tuple[int, tuple[int, int]] | None:
    """'expressed confidence that Congress would act', 'raised concerns that the nominee had misled',
    'issued a statement saying the president was briefed': a verb whose object is a noun of saying
    or feeling with a that-clause, or with a participle of saying and its clause. PolNeAR draws the
    cue through the noun (and the participle), the content as the clause. Returns the cue's end and
    the content, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.voiced_nouns:
        return None
    lemma = verb.lemma_.lower()
    voices = lemma in lex.verbs or (lemma in lex.light_verbs and lemma != "have")
    quoted = _quote_after_colon(verb, obj) if voices else None  # not "received a letter:", "had a note:"
    if quoted is not None:  # 'issued a stark warning: "..."': the quotation is what the noun says
        return quoted
    for child in obj.rights:
        if child.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return obj.idx + len(obj), _subtree_range(child)  # "concerns that the nominee had misled"
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in lex.verbs:
            clause = next((c for c in child.children if c.dep_ == "ccomp"), None)
            if clause is not None:  # "a statement saying the president was briefed"
                return child.idx + len(child), _subtree_range(clause)
    return None


def _quote_after_colon(verb: Token, obj: Token) -> tuple[int, tuple[int, int]] | None:
    """'The army issued a stark warning: "Leave now"', 'sent a message on Sunday: "..."': the
    quotation opened by a colon right after the noun of saying (and the verb's own adverbs and
    phrases after it). PolNeAR draws the cue through the colon ("a three-word proclamation:"), the
    content as the quotation. Returns the cue's end and the quotation, or None."""
    doc = verb.doc
    end = obj.i + 1
    for child in obj.rights:  # the noun's own words ("a warning to residents"), not the quotation hung on it
        if child.left_edge.i != end or child.is_punct or any(t.text == ":" for t in child.subtree):
            break
        end = child.right_edge.i + 1
    found = _colon_quote(verb, end)
    return None if found is None else (doc[found[0]].idx + 1, found[1])


def _light_prep_not_content(noun: Token, prep: Token, objects: Sequence[Token], lex: _Lexicon) -> bool:
    """The preposition after a light verb's noun tells where or when, not what ("issued a statement on
    Telegram", "expressed concern at a news conference", "on Monday"), or the noun only counts what the
    preposition governs ("released a batch of prisoners", "sounded a note of caution about the talks")."""
    if prep.lower_ in {"on", "at"} and any(
            o.lemma_.lower() in lex.light_venues or o.lower_ in lex.light_venues
            or o.ent_type_ in {"DATE", "TIME"} for o in objects):
        return True
    return prep.lower_ == "of" and noun.lemma_.lower() in lex.light_partitives


def _light_verb_noun(verb: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """'made comments about the vote', 'voiced support for the bill', 'expressed alarm that ...': a light
    verb whose object noun carries the saying. PolNeAR draws the cue through the noun and the content
    preposition after it (study set: 'make' 22 to 1, 'have' 12 to 2, 'express' 10 to 4); the content is
    what the preposition governs, or the that-clause. Read once the cue model has taken the verb with its
    object as content (the model's features are those of the object), so it adds no cue. Returns the
    cue's end and where the content starts, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or verb.lemma_.lower() not in lex.light_verbs:
        return None
    after = obj.right_edge.i + 1
    for child in obj.rights:
        if child.dep_ == "prep" and child.lower_ in lex.light_preps:
            after = child.i  # the preposition hangs on the noun: the noun's modifiers before it stay in the cue
            break
        if child.dep_ in {"acl", "ccomp"} and _that_mark(child):
            if any(t.dep_ == "prep" or t.pos_ in {"VERB", "PUNCT"} for t in verb.doc[obj.i + 1 : child.left_edge.i]):
                return None
            return obj.idx + len(obj), child.left_edge.idx
    if after >= len(verb.doc):
        return None
    prep = verb.doc[after]
    if prep.dep_ != "prep" or prep.lower_ not in lex.light_preps or prep.head not in (obj, verb):
        return None
    if any(t.pos_ in {"VERB", "PUNCT", "ADP"} for t in verb.doc[obj.i + 1 : prep.i]):
        return None  # "made a case last week, in Ohio, for": only the noun's own words before the preposition
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objects or (prep.lower_ == "of" and any(another_agent(c) for c in objects)):
        return None  # "expressed the feelings of the people": whose feelings, not what they are about
    if _light_prep_not_content(obj, prep, objects, lex):
        return None
    return prep.idx + len(prep), min(c.left_edge.idx for c in objects)


def _with_light_noun(candidate: _VerbCandidate, found: _Found, lex: _Lexicon) -> _Found:
    """A kept light verb's cue runs through its noun ("made comments about"), the content from what
    follows (:func:`_light_verb_noun`)."""
    if candidate.kind != "dobj":
        return found
    light = _light_verb_noun(candidate.token, lex)
    if light is None:
        return found
    end, start = light
    if not (found.cue[1] < end <= start and found.content[0] <= start < found.content[1]):
        return found
    return _Found(found.source, (found.cue[0], end), (start, found.content[1]))


def _copula_of_trait(token: Token, lex: _Lexicon) -> Token | None:
    """The linking verb of an adjective whose infinitive the cue is: "were quick to point out",
    "was careful to note", "is right to warn". The adjective describes how its subject speaks, so the
    speaker is the subject of "were", not the adjective's (which has none). None for any other cue,
    for a gerund ("is worth noting") and for an "it" subject, which may stand for the infinitive
    itself ("it is too early to say", "it is tempting to conclude": no one speaks)."""
    adjective = framing_word(token)
    if (adjective is None or adjective.i != token.head.i or token.tag_ != "VB"
            or not is_to_infinitive(token)):
        return None  # only an infinitive hung on the adjective itself: "were quick to point out"
    copula = adjective.head
    if copula.pos_ not in {"VERB", "AUX"} or copula.i == adjective.i or any(
            c.dep_ in _SUBJECTS and c.lower_ in lex.expletives for c in copula.children):
        return None
    return copula


def _with_framed_source(candidate: _VerbCandidate, found: _Found, lex: _Lexicon, text: str) -> _Found:
    """A kept cue's source where an adjective frames it, after the cue model has decided on the cue
    (the model was trained on candidates without these sources, so they must not sway it):

    * "were quick to point out", "was careful to note": the infinitive's speaker is the subject of
      the linking verb (:func:`_copula_of_trait`), which the parse does not hand down to it;
    * "It is hard to say whether", "it's fair to say that", "it is impossible to predict": the
      infinitive hangs on "it is" + adjective, so "it" stands for the infinitive itself
      (extraposition) and the judgement is the writer's: no source.
    """
    token = candidate.token
    copula = _copula_of_trait(token, lex) if found.source is None else None
    if copula is not None:
        subject = _subject(copula, lex, None)
        return found if subject is None else _Found(_trim(text, *_subject_range(copula, subject)), found.cue,
                                                    found.content)
    if found.source is not None and _extraposed_it(candidate, lex):
        return _Found(None, found.cue, found.content)
    return found


def _extraposed_it(candidate: _VerbCandidate, lex: _Lexicon) -> bool:
    """The candidate's subject is an "it" of "be" + adjective that the infinitive cue hangs on (not on
    the adjective: :func:`framing_word` reads both)."""
    subject, copula = candidate.subject, candidate.token.head
    adjective = framing_word(candidate.token)
    return (subject is not None and adjective is not None and adjective.head.i == copula.i
            and copula.lemma_ == "be" and subject.head.i == copula.i and subject.dep_ == "nsubj"
            and subject.lower_ in lex.expletives)


def _verb_candidate(token: Token, lex: _Lexicon, text: str) -> _VerbCandidate | None:
    """Build the attribution a verb would make, or None when the parse gives it no content."""
    if token.pos_ != "VERB" or token.dep_ in {"amod", "compound", "acomp"} or not token.text[:1].isalpha():
        return None
    rejoinder = rejoinder_of(token)
    if rejoinder is not None and token in (rejoinder.verb, rejoinder.noun):
        return None  # read by _rejoinder_candidates: the parse gives the answer the report as content
    quoted = _speaker_after_quote(token)
    got = _verb_content(token, lex, quoted)
    if got is None:
        return None
    kind, content, prep = got
    cue = _cue_range(token, lex)
    inverted = _inverted_source(token, lex) if quoted is None else None
    if inverted is not None and inverted[0] > token.idx:  # '"...," said Skelly': the speaker is no adverb
        cue = (cue[0], min(cue[1], _cue_end_before(token, inverted[0])))
    voiced = _voiced_noun(token, lex) if kind == "dobj" else None
    if voiced is not None:  # "expressed confidence that X", "issued a statement saying X"
        kind, cue, content = "n-obj", (cue[0], voiced[0]), voiced[1]
    if content[0] >= cue[1]:  # 'tweeted in response: "..."': through the colon
        cue = (cue[0], max(cue[1], _through_colon(token, text, content[0])))
    if kind == "host" and _is_as_aside(token, lex):
        cue = (cue[0], max(cue[1], _as_aside_it_end(token)))  # "As the senator put it"
    if prep is not None and _joins_cue(token, prep):
        cue = (cue[0], max(cue[1], prep.idx + len(prep)))
    if cue[1] > content[0] >= cue[0]:  # an adverb the parse hung on the verb opens the content
        cue = (cue[0], _cue_end_before(token, content[0]))
    content = _within_clause(text, _before_rejoinder(token.doc, content, cue), cue)
    content = _before_contrasted_report(token.doc, content, cue, lex)
    subject = _subject(token, lex, quoted)
    stranded = _stranded_apposition(token, lex) if subject is None and quoted is None else None
    if stranded is not None:  # "... in Kharkiv, the city's mayor said": the speaker, not an apposition
        subject = stranded
        content = (content[0], min(content[1], int(token.doc[stranded.left_edge.i - 1].idx)))
    folded = _speaker_folded_before(token) if subject is not None and subject.i < token.i else None
    if folded is not None and subject is not None and folded.i == subject.i and content[0] < subject.idx < content[1]:
        # "... fighting with the army, residents and a local official said": the speaker's phrase
        # after its comma is no part of what is said
        comma = next(t for t in reversed(token.doc[: token.i]) if t.text == ",")
        content = (content[0], min(content[1], int(comma.idx)))
    undergoes = subject is not None and _undergoes(subject, lex) and _speaks_after_undergoing(token, lex) != subject
    speaker = None if subject is not None and (
        undergoes or _headline_passive(token, lex) or _raises_its_subject(token, lex)) else subject
    speaker = _object_controller(token, lex) or speaker  # who speaks; the model still reads the parse's subject
    source = None
    if quoted is not None:
        source = quoted.source
    elif speaker is not None:
        source = _trim(text, *_subject_range(token, speaker))
        source = _without_stray_quote(text, *_trim(text, *_outside(_outside(source, content), cue)))
    elif inverted is not None and not (content[0] < inverted[1] and inverted[0] < content[1]):
        source = inverted  # the parse's subject stays what the cue model reads
    set_in = _speaker_set_in_clause(token)
    if set_in is not None:  # "The offensive, said a Kurdish official, had stalled": the official speaks
        source = _trim(text, *_subject_range(token, set_in[1]))  # the parse's subject stays the model's
        content = (min(content[0], set_in[0].left_edge.idx), content[1])
    content = _quote_before_aside(text, _trim(text, *content), cue)
    if content[1] <= content[0]:
        return None
    found = _Found(source if source and source[1] > source[0] else None, cue, content)
    return _VerbCandidate(token, found, kind, subject, main_verb_repaired=_heads_its_clause(token, quoted, kind))


def _through_colon(token: Token, text: str, content_start: int) -> int:
    """The end of the colon that opens the verb's quotation after its own adverbs, particles and
    prepositional phrases, or -1: PolNeAR draws "tweeted in response:", "went even further:", "added
    on Sunday:" whole. Not past an addressee ("told reporters:", "said to Nevadans:" are cued "told",
    "said"), who hears it."""
    doc = token.doc
    colon = _past_own_modifiers(token, token.i + 1)
    if colon >= len(doc) or doc[colon].text != ":" or text[doc[colon].idx + 1 : content_start].strip() not in {
            "", '"', "“", "''"}:
        return -1
    if any(c.dep_ == "prep" and c.lower_ == "to" and c.i < colon for c in token.rights):
        return -1  # "says to Nevadans:" is cued "says", as "told reporters:" is "told"
    return doc[colon].idx + 1


def _raises_its_subject(token: Token, lex: _Lexicon) -> bool:
    """'The rebels appear to have withdrawn', 'the envoy seemed unaware that ...', 'It seems the
    talks have stalled', 'the party, it appears, will ...': a verb of seeming lends its subject to the
    clause it governs; the judgement is the writer's, so no one named is its source. The cue model
    still reads the grammatical subject.

    Not where what seems is itself saying or thinking ("seemed to suggest", "appeared to
    contradict", "seem to think": a cue verb or one of ``raising_verbs.thinking``): PolNeAR then
    gives the subject, as the one who suggests; nor "appeared on television", which is no seeming."""
    if token.lemma_.lower() not in lex.raising_verbs:
        return False
    if any(c.dep_ in _SUBJECTS and c.lower_ in lex.expletives for c in token.children):
        return True
    complements = [c for c in token.children if c.dep_ in {"xcomp", "ccomp", "acomp", "attr", "oprd"}]
    return bool(complements) and not any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lex.raised_thinking for c in complements)


_CHARGING = frozenset({"accuse", "suspect", "charge", "convict"})


def _headline_passive(token: Token, lex: _Lexicon) -> bool:
    """"Sudan's RSF accused of killing hundreds": headline ellipsis of "is accused of". A verb of
    charging with no object and its charge preposition right after it is passive; its subject is
    the one accused, not the accuser."""
    doc = token.doc
    return (token.dep_ == "ROOT" and token.tag_ in {"VBD", "VBN"} and token.i + 1 < len(doc)
            and token.lemma_.lower() in _CHARGING and doc[token.i + 1].lower_ in {"of", "with"}
            and doc[token.i + 1].head.i == token.i
            and not any(c.tag_ in _RELATIVE_TAGS or c.dep_ == "relcl" for c in token.subtree if c.i < token.i)
            and not any(c.dep_ in {"dobj", "dative"} for c in token.children))


def _before_contrasted_report(doc: Doc, content: tuple[int, int], cue: tuple[int, int],
                              lex: _Lexicon) -> tuple[int, int]:
    """"Police said they had arrested 150 people, while organisers said more than 300 had been
    detained": the parser hangs the second report inside the first one's content, but the
    reporter sets the two side by side; the first content ends before "while". A "while" clause
    opening the content, before the verb it hangs on ("said that while polling showed support,
    no date had been set"), is the speaker's own concession, and the content runs on past it."""
    start, end = content
    if end <= cue[1]:
        return content
    span = doc.char_span(cue[1], end, alignment_mode="expand")
    if span is None:
        return content
    deps = token_column(doc, "DEP")
    for i in range(span.start, span.end):
        if deps[i] != "advcl":
            continue  # only an adverbial clause can be the second report: no Token is made for the rest
        token = doc[i]
        reports = token.lemma_.lower() in lex.claim_verbs or any(  # "while the Red Cross gave a toll of 45"
            c.dep_ == "dobj" and c.lemma_.lower() in lex.toll_nouns for c in token.children)
        if (token.dep_ == "advcl" and reports and token.idx > start and token.i > token.head.i
                and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in token.children)
                and any(c.dep_ in _SUBJECTS for c in token.children)):
            return start, min(end, int(token.left_edge.idx))
    return content


def _stranded_apposition(verb: Token, lex: _Lexicon) -> Token | None:
    """The speaker the parser took for an apposition: in "shelling damaged three schools in Kharkiv,
    the city's mayor said" it hangs "the city's mayor" on "Kharkiv" and leaves "said" with no
    subject. A person or body set off by a comma, ending right before a closing verb of saying
    that has no subject, inside that verb's own clause, is its speaker."""
    if verb.i < 2 or verb.i != sentence_of(verb).root.i or verb.lemma_.lower() not in lex.claim_verbs:
        return None
    doc = verb.doc
    for noun in verb.subtree:
        if noun.dep_ != "appos" or noun.right_edge.i != verb.i - 1 or noun.left_edge.i < 1:
            continue
        if doc[noun.left_edge.i - 1].text == "," and _is_person_or_group(noun, lex):
            return noun
    return None


def _heads_its_clause(token: Token, quoted: _QuotedSpeaker | None, kind: str) -> bool:
    """The verb heads a clause of its own that the parser hung on another verb: the speaker's verb
    after a quotation ('"We were wrong," Ramos, 58, told AFP' makes "told" a conjunct of "were"),
    or a clause before a semicolon ("..., an officer told Reuters; no group claimed responsibility"
    makes "told" a complement of "claimed"), or a closing speaker made the complement of the clause
    it reports (:func:`_closing_speaker`). The cue model then reads it as a main verb."""
    return (quoted is not None and kind == "prev_quote") or links_across_semicolon(token) \
        or (kind == "host" and _closing_speaker(token, _lexicon()))


def _before_rejoinder(doc: Doc, content: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """A content that runs into another party's answer to it ("killed 30 militants, a claim the
    rebels denied") ends at the answer's comma: the answer is the other party's statement. A
    parenthetical speaker right before the answer is left out too."""
    text = doc_text(doc)
    for rejoinder in rejoinders(doc):
        comma = int(doc[rejoinder.start].idx)
        if cue[1] <= comma and content[0] < comma < content[1]:
            before_speaker = text.rfind(",", content[0], cue[0])
            if content[0] < cue[0] and not text[cue[1] : comma].strip() and before_speaker > content[0]:
                return content[0], before_speaker  # "A, the ministry said, a claim the army disputed"
            return content[0], comma
    return content


def _rejoinder_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """", a charge Asmara denied": Asmara's answer, its content the claim noun (PolNeAR's convention
    for "a charge that Colorado Republican leaders strongly denied"). After "which" there is none:
    a relative pronoun is never a content here."""
    text = doc_text(doc)
    for rejoinder in rejoinders(doc):
        if rejoinder.noun is None:
            continue
        first, last = rejoinder.subject
        source = (doc[first].idx, doc[last - 1].idx + len(doc[last - 1]))
        content = (doc[rejoinder.start + 1].idx, rejoinder.noun.idx + len(rejoinder.noun))
        yield _Found(_trim(text, *source), _cue_range(rejoinder.verb, lex), content)


def _quote_before_aside(text: str, content: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """A content after its cue that opens with a quotation ends with it when a comma follows it.

    'what the army called "terror infrastructure," Hagari, the spokesman, said': the parser may
    hang the next speaker on the quoted words, but the quotation is all that was called so. A
    content around its own cue ('"Your Honor," I said, "I would ..."') or around another's aside
    ('"On our part," the communique stated, "we accept ..."') is one discontinuous quote.
    """
    start, end = content
    if cue[1] > start:
        return content
    quotes = _quote_pairs(text)
    pair = next((q for q in quotes if q[0] == start), None)
    if pair is None or pair[1] >= end or any(pair[1] <= q[0] < end for q in quotes):
        return content  # '"On our part," the communique stated, "we accept ...': the quote goes on
    comma_in, comma_out = text[pair[1] - 2] == ",", text[pair[1] : pair[1] + 1] == ","  # ',"' or '",'
    return (start, pair[1]) if comma_in or comma_out else content


def _noun_source(token: Token, lex: _Lexicon) -> Token | None:
    """Who holds a noun's attitude: "Trump's claim", "a claim made by Hamas's armed wing". The agent
    of a participle that judges the noun ("the claim, denied by the rebels, that ...") answers the
    claim and does not make it, unless the verb tells where it came from ("claimed by").
    """
    for child in token.children:
        if child.dep_ == "poss":
            return child
    for child in token.children:
        if child.dep_ == "acl" and not _judges_the_noun(child, lex):
            for agent in (c for c in child.children if c.dep_ == "agent"):
                objects = [c for c in agent.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def _judges_the_noun(participle: Token, lex: _Lexicon) -> bool:
    """A verb of judging that is not one of provenance ("denied", "rejected", not "announced")."""
    lemma = participle.lemma_.lower()
    return lemma in lex.judging_verbs and lemma not in lex.provenance_verbs


def _noun_content(token: Token, lex: _Lexicon) -> tuple[str, tuple[int, int], Token | None] | None:
    """A noun's content: a "that"/"to" clause it governs (directly or through "made by X that"), the
    clause of the linking verb it is the subject of ("his argument is that X"), else the object of a
    content preposition ("criticism of X", "calls for X")."""
    for child in token.children:
        if child.dep_ in {"acl", "relcl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return "n:that", _subtree_range(child), None
        if child.dep_ == "acl" and is_to_infinitive(child):
            return "n:to", _subtree_range(child), None
        if child.dep_ == "acl":
            clauses = [c for c in child.children if c.dep_ == "ccomp"]
            if clauses:
                return "n:made", _subtree_range(clauses[0]), None
    clause = _copular_clause(token, lex)
    if clause is not None:
        return "n:cop", _subtree_range(clause), None
    prep = _prep_content(token, lex)
    if prep is not None and _noun_source(token, lex) is not None:
        start = min(c.left_edge.idx for c in prep.children if c.dep_ in {"pobj", "pcomp"})
        return f"n:prep:{prep.lower_}", (start, _subtree_range(prep)[1]), prep
    return None


def _copular_clause(noun: Token, lex: _Lexicon) -> Token | None:
    """'Erdogan's argument is that the militia is a terrorist group', 'the army's position was that
    the convoy had strayed': a noun of saying or thinking (``copular_nouns`` in the cue data) as the
    subject of a linking "be" whose clause, opened by "that" or "whether", is what the noun's holder
    says or thinks. The clause hangs on "be", not on the noun, so the noun's own clauses miss it.
    Returns the clause, or None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be" or noun.lemma_.lower() not in lex.copular_nouns:
        return None
    holder = _noun_source(noun, lex)
    if holder is not None and holder.ent_type_ not in _HOLDER_ENTITIES and not _is_person_or_group(holder, lex):
        return None  # "the ceasefire's promise was that ...": a thing holds no view
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                 and any(m.dep_ in {"mark", "nsubj"} and m.lower_ in _CLAUSE_OPENERS and m.i == c.left_edge.i
                         for m in c.children)), None)


def _joins_linking_verb(noun: Token) -> bool:
    """The cue of a copular noun runs through its "be" when only auxiliaries, negation or adverbs
    stand between ("the hope has long been"); a noun whose own phrase comes between ("the promise
    she has made is", "her argument, much akin to Cameron's, is") is the cue alone, as a cue running
    over that phrase would take in words that say nothing."""
    return all(t.dep_ in {"aux", "neg", "advmod"} for t in noun.doc[noun.i + 1 : noun.head.i])


#: Words that open the clause of a copular noun: "his argument is that ...", "her concern was whether".
_CLAUSE_OPENERS = frozenset({"that", "whether"})
#: Entity labels of a possessor that may hold a view although the actor lexicon does not place it.
_HOLDER_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _noun_candidate(token: Token, lex: _Lexicon, text: str) -> _VerbCandidate | None:
    """Build the attribution a noun of saying or attitude would make ("criticism of X")."""
    if token.pos_ != "NOUN":
        return None
    got = _noun_content(token, lex)
    if got is None:
        return None
    kind, content, prep = got
    cue = (token.idx, token.idx + len(token))
    if kind == "n:cop" and _joins_linking_verb(token):
        cue = (token.idx, token.head.idx + len(token.head))  # "answer was", "The hope has been"
    if prep is not None and prep.i == token.i + 1:
        cue = (token.idx, prep.idx + len(prep))
    content = _trim(text, *_within_clause(text, content, cue))
    if content[1] <= content[0] or content[0] < cue[1] - 1:
        return None
    subject = _noun_source(token, lex)
    source = _trim(text, *_subtree_range(subject)) if subject is not None else None
    if source is not None and subject is not None and subject.dep_ == "poss":
        source = (source[0], max(source[1], subject.right_edge.idx + len(subject.right_edge)))
    return _VerbCandidate(token, _Found(source, cue, content), kind, subject)


def _within_clause(text: str, content: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """Keep a content on the cue's side of a semicolon: "A; B said C" does not attribute A to B."""
    start, end = content
    if start < cue[0]:
        cut = text.rfind(";", start, cue[0])
        if cut >= 0:
            start = cut + 1
    if end > cue[1]:
        cut = text.find(";", cue[1], end)
        if cut >= 0:
            end = cut
    return start, end


def _outside(source: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """Cut a source range back where a misparse lets it run into the content."""
    start, end = source
    if start < content[0] < end:
        end = content[0]
    if start < content[1] < end:
        start = content[1]
    return start, end
