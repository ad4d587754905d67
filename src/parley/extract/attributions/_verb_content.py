"""What a cue verb reports and who says it: _subject, the content clause, object or preposition
(_verb_content), questions asked, tolls, "as" asides, quotations before or after the verb and the
speakers they name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.extract.actors import joins_the_report, names_premises
from parley.extract.attributions._cue_verbs import (
    _MAX_SPEAKER_TOKENS,
    _addressed,
    _answers_report,
    _apposed_subject,
    _clause_subject,
    _closing_comment,
    _closing_speaker,
    _cue_range,
    _host_clause,
    _is_cue_verb,
    _is_participle,
    _is_passive_adverbial,
    _is_person_or_group,
    _may_speak,
    _owned_by_pronoun,
    _revises_a_toll,
    _speaker_before_passive_aside,
    _speaker_folded_before,
    _speaker_in_fronted_phrase,
    _speaks_after_undergoing,
    _undergoes_clause,
)
from parley.extract.attributions._lexicon import (
    _CLAUSES,
    _CLOSE_QUOTES,
    _CUE_LEFT,
    _INHERIT,
    _NO_ONE,
    _OBJECTS,
    _OPEN_QUOTES,
    _PARENTHETICAL,
    _RELATIVE_TAGS,
    _SUBJECTS,
    _Lexicon,
    _lexicon,
)
from parley.extract.attributions._spans import (
    _after_comma,
    _Found,
    _quote_at,
    _set_off,
    _signed_after,
    _subtree_range,
    _trim,
)
from parley.extract.events import load_trigger_lexicon
from parley.extract.nlp import DEFINITE_DETERMINERS, doc_text, sentence_of, token_column
from parley.extract.numbers import vague_unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _subject(token: Token, lex: _Lexicon, quoted: _QuotedSpeaker | None) -> Token | None:
    """The source token of a cue verb: its subject, the agent of a passive, or an inherited subject.

    An active subject outranks a "by" phrase the parser calls an agent ("Hussein said by telephone").
    ``quoted`` is the verb's :func:`_speaker_after_quote`, read once by the caller.
    """
    active = any(child.dep_ == "nsubj" for child in token.children)
    for child in token.children:
        if child.dep_ == "agent" and not active and not _quoted_as_saying(token, lex):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    misparsed = _misparsed_report(token)
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS and (misparsed is None or c.i != misparsed.i)]
    if len(subjects) > 1:  # "Speaking in Salem, New Hampshire, Trump went ...": the parser gave two
        subjects.sort(key=lambda c: (c.i > token.i, -c.i))  # the nearest one before the verb
        earlier = _apposed_subject(subjects[0], subjects[1:])
        if earlier is not None:
            return earlier  # "COGAT, the Israeli body that oversees aid, said": an apposition, not a subject
    for child in subjects[:1]:
        if child.lower_ in lex.expletives and child.dep_ == "nsubjpass":
            return None
        return child
    if quoted is not None:
        return quoted.speaker
    swallowed = (_speaker_in_fronted_phrase(token) or _speaker_folded_before(token)
                 or _speaker_before_passive_aside(token))
    if swallowed is not None:
        return swallowed
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return None  # "two Palestinians accused of carrying out an attack": they are accused, by someone unnamed
    if token.dep_ in {"relcl", "acl"}:  # "officials who said", "a tweet attacking ..."
        speaks = _may_speak(token.head, lex) and not _addressed(token.head, lex)
        if token.dep_ == "acl" and token.tag_ == "VBG" and not speaks:
            # "spent the run-up to the caucuses portraying Sanders as", "emailed supporters saying"
            return _clause_subject(token.head)
        return token.head
    if _is_passive_adverbial(token):
        return None  # "Asked about the attack, Peskov said ...": Peskov was asked; who asked is unnamed
    if _report_read_as_second_verb(token, lex) is not None:
        return None  # "The deal is dead, reported the Tehran Times": the speaker follows the verb
    if token.dep_ in _INHERIT and token.head.i != token.i:
        head = _host_before_quote(token)
        reported = head.dep_ in _CLAUSES and head.head.pos_ in {"VERB", "AUX"}
        if reported and (_is_joined_report(token, lex) or (_is_closing_report(token, lex) and any(
                c.dep_ in _SUBJECTS and (c.pos_ == "PRON" or not _is_person_or_group(c, lex)
                                         or _undergoes_clause(head) or _answers_report(token) or _owned_by_pronoun(c))
                for c in head.children))):
            # "said India's claims were baseless, and warned of ...": a report joined after a comma is
            # the first speaker's;
            # "the army denied that its soldiers had fired, saying ...": the army says it, as the owner
            # of "its soldiers";
            # "Trump insisted that he won, claiming ...": Trump claims, as "he" does; "the ministry said
            # the toll had passed 40,000, adding ...": a toll says nothing, the ministry adds; "denied
            # that its troops had used chemical weapons, calling the allegation a provocation": the
            # troops did not call their own deed an allegation
            head = head.head
        if head.pos_ == "ADP" and head.lower_ == "as" and token.tag_ == "VBG":
            cited = next((c for c in head.head.children if c.dep_ == "dobj"), None)
            if cited is not None:
                return cited  # "Reuters quoted a security source as saying": the source says
        if head.pos_ == "ADP" and head.lower_ == "for" and token.tag_ == "VBG":
            judged = next((c for c in head.head.children if c.dep_ == "dobj"), None)
            if judged is not None and not any(c.dep_ == "prep" for c in judged.children):  # not "Obama of"
                return judged  # "criticised Trump for saying", "sentenced a soldier for refusing": the one judged
        if head.pos_ == "ADP" or head.dep_ == "prep":  # "began by announcing that", "despite admitting that"
            head = _verb_over_preposition(head) or head
            undergoer = _person_undergoing(head, lex)
            if undergoer is not None:
                return undergoer  # "was attacked by MPs after claiming that": the one attacked claims
        if head.pos_ not in {"VERB", "AUX"} or head.i == token.i:
            return None
        shared = _speaks_after_undergoing(token, lex) if head.i == token.head.i else None
        if shared is not None:
            return shared  # "was summoned by parliament and said": the minister says it, not parliament
        return _subject(head, lex, _speaker_after_quote(head))
    return None


#: Nouns of complex prepositions whose gerund is an act done ("in addition to claiming", "in spite
#: of denying"), so its speaker is the subject of the clause they open.
_ACT_DONE_NOUNS = frozenset({"addition", "spite"})


def _person_undergoing(verb: Token, lex: _Lexicon) -> Token | None:
    """The person or group subject of a passive verb with an agent, who is the one doing what a
    gerund after a preposition on that verb says ("The minister was attacked by MPs after claiming
    that ...": the minister claims); a thing is not ("The deal was announced by Qatar after
    confirming ...": Qatar confirms). None for any other verb."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and _is_person_or_group(subject, lex) else None


def _verb_over_preposition(preposition: Token) -> Token | None:
    """The verb a gerund's preposition hangs on, whose subject is the gerund's speaker.

    The preposition may hang on the verb itself ("began by announcing"; "since" and "despite",
    which the tagger reads as conjunctions), on the bare noun of a complex preposition that takes
    the act as done ("in addition to claiming", "in spite of denying"; not "in favour of
    announcing a truce", which no one announced) or on an adverb modifying the verb ("stopped
    short of blaming", "ahead of announcing"). Else None.
    """
    head = preposition.head
    bare = [c.i for c in head.children] == [preposition.i]
    if head.lemma_.lower() in _ACT_DONE_NOUNS and head.dep_ == "pobj" and bare:
        head = head.head.head  # "in addition to": the outer preposition's head
    elif head.pos_ in {"ADV", "ADJ"} and head.dep_ == "advmod":
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} and head.i != preposition.i else None


#: Verbs by which an outlet gives another's words: "Peskov was quoted by Tass as saying".
_QUOTING = frozenset({"quote", "cite"})


def _quoted_as_saying(verb: Token, lex: _Lexicon) -> bool:
    """A passive verb of quoting with "as saying" ("Peskov was quoted by Tass as saying ..."): its
    agent is the outlet that quotes, while its subject says what follows, so the agent is no source.
    Not a verb of judging ("was criticised by lawmakers as saying too little"): its agent judges."""
    return verb.lemma_.lower() in _QUOTING and any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.tag_ == "VBG" and g.lemma_.lower() in lex.claim_verbs for g in c.children) for c in verb.children)


def _host_before_quote(token: Token) -> Token:
    """The verb a subject-less participle takes its subject from. 'Zelensky addressed parliament,
    telling lawmakers, "Russia will not stop"': the parser hangs "telling" on the quotation it opens
    ("stop"), whose subject is the quote's, not the teller; the clause before the participle, on
    which the quoted verb itself hangs, is the host. A head before the participle is kept."""
    head = token.head
    if token.tag_ == "VBG" and head.i > token.i and head.head.i < token.i and _opens_quote_between(token, head):
        return head.head
    return head


def _opens_quote_between(token: Token, head: Token) -> bool:
    """A quotation opens between the participle and the verb it hangs on."""
    return any(_opens_quote(token.doc, i) for i in range(token.i + 1, head.i))


#: Words that place a toll: "put the toll at / above / near N", "put the number closer to N", "higher, at N".
_TOLL_PREPS = frozenset({"at", "above", "below", "over", "under", "near", "around", "beyond"})
_TOLL_COMPARATIVES = frozenset({"higher", "lower", "closer", "nearer", "above", "below"})


def _toll_content(token: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """For "X put the death toll at N", the content runs from the object to the end of the phrase
    that places it ("at N", "above N", "closer to N", "higher, at N"), or of a "with" phrase after
    it that gives more counts ("at 705, with 5,287 injured")."""
    comparatives = [c for c in token.children if c.dep_ == "advmod" and c.lower_ in _TOLL_COMPARATIVES]
    objects = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.toll_nouns]
    objects += [g for c in comparatives for g in c.children  # "put the death toll higher": parsed under it
                if g.dep_ == "npadvmod" and g.lemma_.lower() in lex.toll_nouns]
    preps = _TOLL_PREPS | ({"to"} if token.lemma_.lower() in lex.toll_revisers else set())  # "raised the toll to 24"
    placing = [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps] + comparatives
    if objects:  # "the number of displaced closer to 800,000": the parse may hang it inside the object
        placing += [t for t in objects[0].subtree if t.dep_ == "advmod" and t.lower_ in _TOLL_COMPARATIVES]
    if objects and not placing:  # "put the number of people killed in Gaza at 37,431": "at" on "killed"
        placing = [t for t in objects[0].subtree if t.dep_ == "prep" and t.lower_ in preps
                   and any(g.like_num for g in t.subtree)]
    if not objects or not placing:
        return None
    last = max(placing, key=lambda t: t.right_edge.i)
    for child in token.children:
        if child.i > last.i and child.dep_ == "prep" and child.lower_ == "with" and any(
                t.like_num or vague_unit(t.text) for t in child.subtree):
            last = child
    last = max([last, *_gapped_counts(token, last)], key=lambda t: t.right_edge.i)
    return objects[0].left_edge.idx, last.right_edge.idx + len(last.right_edge)


@dataclass(frozen=True)
class _VerbCandidate:
    """A verb with the attribution its parse gives, before the model decides on it."""

    token: Token
    found: _Found
    kind: str
    subject: Token | None
    #: The verb heads its clause although the parse hung it on another verb (:func:`_heads_its_clause`).
    main_verb_repaired: bool = False


def _prep_content(token: Token, lex: _Lexicon) -> Token | None:
    """The preposition that carries the content of "called for X", "complained about X"."""
    for child in token.rights:
        if child.dep_ != "prep" or child.lower_ not in lex.content_preps:
            continue
        objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        if any(_is_bare_day(o) for o in objects):
            return None  # "agreed on Wednesday": a day is when, not what; nor is a phrase after it
        if objects:
            return child
    return None


def _is_bare_day(token: Token) -> bool:
    """A date or time with no "of" after it: "Wednesday", "19 February", not "the night of the attack"."""
    return token.ent_type_ in {"DATE", "TIME"} and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _is_absolute(clause: Token) -> bool:
    """'..., officials said, with more than 200 others wounded': a with-clause the parser hangs on the
    verb as its complement is an absolute phrase that adds to the report, not what was said."""
    return any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children)


def _count_aside_end(verb: Token) -> int:
    """End of a count set off after a parenthetical speaker that belongs to the report: ", the
    spokesman said, up from an earlier figure of 132", ", officials said, with more than 200 others
    wounded"."""
    def counts(child: Token) -> bool:
        aside = (child.dep_ == "advmod" and child.lower_ in {"up", "down"}) or _is_absolute(child)
        return aside and any(t.like_num or vague_unit(t.text) for t in child.subtree)

    return _end_of_rights(verb, counts)


def _end_of_rights(verb: Token, keep: Callable[[Token], bool]) -> int:
    """End, within the sentence, of the last of the verb's right dependents that ``keep`` accepts; 0 if none."""
    ends = [min(_subtree_range(child)[1], sentence_of(verb).end_char) for child in verb.rights if keep(child)]
    return max(ends, default=0)


def _nearest_clause(token: Token) -> Token | None:
    """The clausal complement nearest the verb that no semicolon separates from it.

    "A, the source said; the minister said B" parses with both clauses under the second verb:
    only ``B`` is its content.
    """
    text = doc_text(token.doc)
    best: Token | None = None
    for child in token.children:
        if child.dep_ not in _CLAUSES or _is_absolute(child):
            continue
        lo, hi = _subtree_range(child)
        between = text[hi : token.idx] if hi <= token.idx else text[token.idx : lo]
        own = text[lo:hi].strip()
        if ";" in between or own.startswith(";") or own.endswith(";"):
            continue
        if best is None or abs(child.i - token.i) < abs(best.i - token.i):
            best = child
    return best


def _question_candidates(doc: Doc, lex: _Lexicon) -> Iterator[_Found]:
    """A verb of asking with the question the parser hung on it as an adverbial clause ("Asked by
    the host if the leak had helped, she said no": the host asks). Read beside the cue model, not
    through it: the parse gives the verb no content there, and the question is the asking's content
    whatever the model would make of a clause it never saw on that verb."""
    text = doc_text(doc)
    lemmas = token_column(doc, "LEMMA")
    for i, pos in enumerate(token_column(doc, "POS")):
        if pos != "VERB" or lemmas[i].lower() not in lex.question_verbs:
            continue
        verb = doc[i]
        clause = next((c for c in verb.rights if _asked_question(verb, c, lex)), None)
        if clause is None or _nearest_clause(verb) is not None:
            continue
        subject = _subject(verb, lex, None)
        if subject is not None and subject.dep_ == "nsubjpass":
            subject = None  # "Smith was asked if ...": Smith is asked; the one asking is unnamed
        source = _trim(text, *_subject_range(verb, subject)) if subject is not None else None
        content = _trim(text, *_subtree_range(clause))
        if content[1] > content[0]:
            yield _Found(source if source and source[1] > source[0] else None, _cue_range(verb, lex), content)


def _asked_question(verb: Token, clause: Token, lex: _Lexicon) -> bool:
    """An "if" or "whether" clause the parser hung on a verb of asking as an adverbial: the question
    asked ("Asked by the host if the leak had helped, she said no"), not a condition. Asking *for*
    something is a request, and an "if" after it its condition ("will ask for a recount if the
    margin is small"), and so is an "if" after a bare form ("Ask your doctor if the pain persists",
    "the court will question her if she returns"), after an object that is a thing, not the one
    asked ("asked $2 million if the buyer paid in cash", "asks nothing of taxpayers if"), and after
    a word that makes the "if" a condition ("even if", "only if", "as if": the data's
    ``not_before_if``), or after asking someone round ("asked him over if he was free": the data's
    ``inviting_particles``)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"if", "whether"}]
    return (clause.dep_ == "advcl" and clause.i > verb.i and verb.lemma_.lower() in lex.question_verbs
            and verb.tag_ != "VB" and bool(marks)
            and not any(c.lower_ in lex.question_not_before_if and c.i < marks[0].i for c in clause.children)
            and not any(c.dep_ == "dobj" and not _asked_one(c, lex) for c in verb.children)
            and not (verb.lemma_.lower() == "ask"
                     and any(c.dep_ == "prt" and c.lower_ in lex.inviting_particles for c in verb.children))
            and not any(c.dep_ == "prep" and c.lower_ == "for" and c.i < clause.i for c in verb.rights))


def _asked_one(noun: Token, lex: _Lexicon) -> bool:
    """The object of a verb of asking is the one asked ("asked him if", "asked the spokesman
    whether"), not what is asked for ("asked higher rents if", "asked nothing in return if")."""
    return noun.ent_type_ == "ORG" or _is_person_or_group(noun, lex)


#: Prepositions of a report's occasion or channel ("said in a statement / during a visit that"). Not
#: "on": "on news that", "on condition that" name another's claim or a condition.
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "during", "after", "before", "following", "through", "via", "without"})
#: Nouns a "that" clause modifies as an adverb ("the day that ...", "the way that ...").
_ADVERBIAL_RELATIVE_NOUNS = frozenset({"time", "day", "year", "moment", "way", "place", "reason", "period"})


def _clause_on_circumstance(token: Token, lex: _Lexicon) -> Token | None:
    """The that-clause the parser hung on a noun between the verb and the clause.

    In "The army said during a briefing that troops had killed 12 militants" the parser often
    makes "that troops had killed ..." a relative clause of "briefing". After "in" it may make it
    the noun's own complement ("said in a report that ..."), which is also what the speaker says;
    after other prepositions such a complement is another's ("at news that"). Only nouns after an
    occasion's or channel's preposition ("in a report that" is what the report and its author
    say) that is not the verb's content preposition ("commented on a report that" comments on
    another's claim), and a telling verb's addressee ("told reporters that") or teller ("was told
    by residents that"), and a manner noun after "with" (:func:`_manner_nouns`), are looked through,
    for a clause that :func:`_is_complement_clause` shows to be no relative one.
    """
    content_prep = _prep_content(token, lex)
    nouns = [grand for child in token.rights
             if child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE_PREPS and child != content_prep
             for grand in child.children if grand.dep_ == "pobj"]
    nouns += _manner_nouns(token, lex)
    if token.lemma_.lower() in lex.recipient_verbs:
        nouns += [child for child in token.rights if child.dep_ in {"dobj", "dative"}]
        # "The reporter was told by residents that ...": the teller, whom the clause may hang on
        nouns += [grand for child in token.rights if child.dep_ == "agent" for grand in child.children
                  if grand.dep_ == "pobj"]
    for noun in nouns:
        if noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in _ADVERBIAL_RELATIVE_NOUNS:
            continue  # "in the 64 years that pollsters have been measuring views"
        for clause in noun.rights:
            # "said in a report that", "claimed without evidence that": what the speaker says
            own_clause = clause.dep_ == "acl" and noun.head.lower_ in {"in", "without", "with"}
            if (clause.dep_ == "relcl" or own_clause) and _is_complement_clause(clause):
                return clause
            # "said in a report published Monday that ...": the parser hangs the that-clause on the
            # participle that dates the channel, which reports nothing of its own
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and noun.head.lower_ == "in":
                for grand in clause.rights:
                    if grand.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in grand.children):
                        return grand
    return None


def _manner_nouns(verb: Token, lex: _Lexicon) -> list[Token]:
    """Nouns after "with" that tell how the verb's subject speaks ("said with a laugh that", "insisted
    with confidence that"): the parser hangs the that-clause on the noun, yet the clause is the
    verb's content and "with" no content preposition. A person or group is a partner ("agreed
    with the opposition that"), and a claim, document or fact someone supplies ("countered with
    evidence that": the data's ``informing_nouns``) is what the verb is about, so neither is one; nor
    is a noun with a definite article ("concurred with the conclusion that"), which points to a
    proposition already known, where a manner is told with "a", "some" or no article."""
    supplied = lex.said_things | lex.channel_nouns | lex.informing_nouns
    return [noun for prep in verb.rights if prep.dep_ == "prep" and prep.lower_ == "with"
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lemma_.lower() not in supplied
            and not _is_person_or_group(noun, lex) and not _has_definite_article(noun)]


def _has_definite_article(noun: Token) -> bool:
    """'the view', 'this claim': a determiner that points back to something known."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _is_complement_clause(clause: Token) -> bool:
    """A "relative clause" whose "that" fills no gap in it, so that "that" is the conjunction.

    In a true relative clause "that" is the subject or the object the clause lacks ("a meeting
    that the army had called"). Where the clause has a subject of its own and "that" is parsed as
    a marker, or as an object beside an object of the verb's own ("that troops had killed 12
    militants"), or beside a passive subject ("that 30 people were killed"), or as a subject beside
    the clause's own ("that guards beat prisoners"), it is a complement.
    """
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.head.i != clause.i:
        return False
    own_subject = any(c.dep_ in _SUBJECTS and c.i != that.i for c in clause.lefts)
    if not own_subject:
        return False
    if that.dep_ == "mark" or (that.dep_ == "advmod" and clause.head.lemma_.lower() not in _ADVERBIAL_RELATIVE_NOUNS):
        return True  # "said in a report last year that Rwanda had deployed": "that" is no adverb of "report"
    if that.dep_ == "nsubj":
        return True  # "told by a former detainee that guards beat prisoners": a clause has one subject
    return that.dep_ == "dobj" and any(c.dep_ in {"dobj", "nsubjpass"} and c.i != that.i for c in clause.children)


def _participle_end(token: Token, lex: _Lexicon) -> int:
    """End of a participle clause that continues a parenthetical report ("..., the army said,
    bringing the number released to 50"): what it adds is still the source's account. A
    participle that is itself a reporting verb ("adding that") makes its own attribution."""
    return _end_of_rights(token, lambda child: child.dep_ in {"advcl", "xcomp"} and child.tag_ == "VBG"
                          and child.lemma_.lower() not in lex.verbs)


def _speaker_goes_on(verb: Token, clause: Token) -> bool:
    """'"We will rebuild," said the mayor, standing in front of the town hall': after a quotation or
    an inverted speaker, a closing participle tells what the speaker did, not more of what was said."""
    inverted = any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    after = clause.right_edge.i + 1
    while after < verb.i and verb.doc[after].is_punct and verb.doc[after].text not in _CLOSE_QUOTES:
        after += 1
    return inverted or (after < verb.i and verb.doc[after].text in _CLOSE_QUOTES)


#: Words joining a second report to the first after a comma.
_JOINING_WORDS = frozenset({"and", "but"})


def _is_joined_report(token: Token, lex: _Lexicon) -> bool:
    """A reporting verb of its own joined after a comma ("said India's claims were baseless, and warned
    of a strong response"), with no subject of its own: the parser hangs it on the reported clause's
    verb, but the comma sets it beside the first report. Without the comma, a reporting verb in the
    past like the first ("said the complaint was disturbing and accused the administration of ...")
    is the speaker's second report too, unless the reported clause has an agent of its own ("said the
    gunmen stormed the school and demanded a ransom": the gunmen demand)."""
    doc = token.doc
    k = token.left_edge.i - 1
    if not (token.dep_ == "conj" and token.lemma_.lower() in lex.verbs and token.left_edge.i == token.i
            and not any(c.dep_ in _SUBJECTS for c in token.children)
            and k > 0 and doc[k].lower_ in _JOINING_WORDS):
        return False
    if doc[k - 1].text == ",":
        return True
    clause = token.head
    return (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lex.verbs and clause.head.tag_ == "VBD"
            and token.tag_ in {"VBD", "VBN"} and joins_the_report(token))


def _is_closing_report(token: Token, lex: _Lexicon) -> bool:
    """A reporting participle after a comma that closes a sentence ("..., adding that ...", or
    after a quotation closed: ',” claiming that ...')."""
    before = token.left_edge.i - 1
    while before > 0 and token.doc[before].text in _CLOSE_QUOTES:
        before -= 1
    return (token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in lex.verbs
            and before >= 0 and token.doc[before].text == ",")


def _trailing_report_start(clause: Token, lex: _Lexicon) -> int | None:
    """Where a closing reporting participle starts inside a clause ("insisted that he won, claiming
    that turnout rose"): the participle makes an attribution of its own, so the first content stops
    at its comma. The parser often hangs such a participle on the nearest verb, not the speaker's.

    A closing apposition that names the content as a claim ("..., a claim that could not be
    independently verified") is the reporter's comment on it, and the content stops there too."""
    doc = clause.doc
    for child in clause.rights:
        if _is_closing_report(child, lex) or _is_joined_report(child, lex):
            end = child.left_edge.i
            while end - 1 > clause.i and doc[end - 1].lower_ in _JOINING_WORDS:
                end -= 1  # "... and accused ...": the content ends before the joining word
            if doc[end - 1].text == ",":
                end -= 1  # ", and warned of ...": or at the comma
            return int(doc[end].idx)
    comment = _closing_comment(clause)
    return int(doc[comment.left_edge.i - 1].idx) if comment is not None else None


def _verb_content(
    token: Token, lex: _Lexicon, quoted: _QuotedSpeaker | None
) -> tuple[str, tuple[int, int], Token | None] | None:
    """How the parse gives a verb its content: (kind, character range, preposition joining the cue).

    In order: the quotation before a speaker set off by an apposition, unless the verb has a
    clause after it (:func:`_speaker_after_quote`); a clause; an object (unless the verb's object
    is its addressee, a relative pronoun, or a pronoun followed by the content preposition); the
    subject of a passive verb of judging with an agent (:func:`_judged_by_agent`), or the noun
    such a participle modifies (:func:`_judged_in_relative`); a content
    preposition; the host clause of a parenthetical verb; a clause misparsed as a
    subject; a quotation right after the verb, then right before it.

    An object with a charge preposition after it takes the preposition's phrase along ("accused
    the RSF of killing 100 villagers", "accused her of lying"), as PolNeAR draws such contents, so
    a figure in the charge is the accuser's claim.
    """
    revised = token.lemma_.lower() in lex.toll_revisers and _revises_a_toll(token, lex)
    if token.lemma_.lower() in lex.toll_verbs or revised:
        toll = _toll_content(token, lex)
        if toll is not None:
            return "toll", toll, None
    if _is_as_aside(token, lex):
        host = _host_clause(token, lex)
        if host is not None:
            return "host", _without_aside(token, host), None  # "As the senator put it, the bill is dead"
    clause = _nearest_clause(token) or _clause_on_circumstance(token, lex)
    if quoted is not None and (clause is None or _subtree_range(clause)[1] <= token.idx):
        return "prev_quote", quoted.quote, None  # a clause before the verb is the quote, misparsed
    opening = _quote_after_an_opening(token, clause, lex) if clause is not None else None
    if opening is not None:
        return "quote", opening, None  # 'Visibly angry, the minister said, "Nobody warned us"'
    if clause is not None:
        lo, hi = _subtree_range(clause)
        lo = _stranded_subject_start(token, clause, lex) or lo
        if clause.i > token.i:
            hi = _split_complements_end(token, clause, hi)
        hi = _trailing_report_start(clause, lex) or hi
        if hi <= token.idx:
            hi = max(hi, _clauses_before_subject_end(token, clause), _joined_after_cue_end(token, lex))
        if hi <= token.idx:  # "A, the army said, bringing the total to 50"
            hi = max(hi, _stray_words_end(clause, token), _count_aside_end(token))
            if not _speaker_goes_on(token, clause):
                hi = max(hi, _participle_end(token, lex))
        return clause.dep_, (lo, hi), _called_on(token, clause)
    reported = _report_read_as_second_verb(token, lex)
    if reported is not None:  # "The deal is dead, reported the Tehran Times": the clause before the comma
        return "ccomp", (reported.left_edge.idx, token.doc[token.i - 1].idx), None
    prep = _prep_content(token, lex)
    objects = [c for c in token.children if c.dep_ in _OBJECTS and c.tag_ not in _RELATIVE_TAGS]
    addressee = token.lemma_.lower() in lex.recipient_verbs
    charge = (prep if objects and not addressee and prep is not None and prep.i > objects[0].i
              and prep.lower_ in lex.charge_preps else None)
    if charge is None and objects and not addressee:
        charge = _predicate_as(token, objects[0])  # "described the meeting as tense"
    if objects and not addressee and not (prep is not None and objects[0].tag_ == "PRP"):
        # "accused the RSF of killing 100 villagers": the charge is part of what is said
        end = _subtree_range(charge if charge is not None else objects[0])[1]
        return "dobj", (_subtree_range(objects[0])[0], end), None
    judged = _judged_by_agent(token, lex) if not objects else None
    if judged is not None and (prep is None or prep.lower_ not in lex.charge_preps):
        return "passive", _subtree_range(judged), None  # "the truce was rejected by Hamas (at the talks)"
    judged_noun = _judged_in_relative(token, lex) if not objects and prep is None else None
    if judged_noun is not None:  # "The truce proposal, rejected by Hamas on Sunday, would have ..."
        return "reduced-passive", _noun_before_relative(token, judged_noun), None
    if prep is not None and not objects and token.lemma_.lower() in lex.verbs:
        quote = _preceding_quote(token)
        if quote is not None:  # '"Look at them," Paradis said with a smirk': the quote, not the smirk
            return "prev_quote", quote, None
    if prep is not None:
        start = min(c.left_edge.idx for c in prep.children if c.dep_ in {"pobj", "pcomp"})
        if charge is not None:
            start = objects[0].idx  # "accused him of lying", as PolNeAR draws it
        return f"prep:{prep.lower_}", (start, _subtree_range(prep)[1]), prep
    if token.dep_ in _PARENTHETICAL or _closing_speaker(token, lex):
        host = _host_clause(token, lex)
        if host is not None:
            return "host", (host[0], max(host[1], _participle_end(token, lex), _count_aside_end(token))), None
    fronted = _misparsed_report(token)
    if fronted is not None:
        return "ccomp", _subtree_range(fronted), None
    quote = _following_quote(token, lex)
    if quote is not None:
        return "quote", quote, None
    quote = _preceding_quote(token)
    return ("prev_quote", quote, None) if quote is not None else None


def _judged_by_agent(verb: Token, lex: _Lexicon) -> Token | None:
    """'The truce proposal was rejected by Hamas', 'the strike was condemned by the UN': a passive
    verb of judging or stating (``judging_verbs``) with an agent reports the agent's stance on its
    subject, which is the content (the agent is the source, :func:`_subject`); PolNeAR train marks
    most such passives so. A relative pronoun or an expletive subject names nothing. Returns the
    subject, or None."""
    if verb.lemma_.lower() not in lex.judging_verbs or not _is_participle(verb) or not _has_judging_agent(verb, lex):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.tag_ in _RELATIVE_TAGS or subject.lower_ in lex.expletives:
        return None
    if verb.lemma_.lower() in lex.refusals and subject.lemma_.lower() not in lex.said_things:
        return None  # "entry was denied by the guards": refused, not disputed
    return subject


def _judged_in_relative(verb: Token, lex: _Lexicon) -> Token | None:
    """'The truce proposal, rejected by Hamas on Sunday, ...', 'allegations of mass executions,
    denied by the army, ...': a past participle of judging (``judging_verbs``) with an agent that
    modifies a noun reports the agent's stance on that noun, as the full passive does
    (:func:`_judged_by_agent`); the parse gives it no content, so the noun is read here. Verbs that
    tell where a document or figure came from ("a report released by", "figures reported by":
    ``provenance``) name no stance, nor does a refusal of anything but a claim ("entry denied by
    the guards"). Returns the noun, or None."""
    lemma = verb.lemma_.lower()
    if (verb.dep_ != "acl" or lemma not in lex.judging_verbs or lemma in lex.provenance_verbs
            or not _is_participle(verb) or verb.head.pos_ not in {"NOUN", "PROPN"}
            or not _has_judging_agent(verb, lex)):
        return None
    noun = verb.head
    if lemma in lex.refusals and noun.lemma_.lower() not in lex.said_things:
        return None
    if _is_person_or_group(noun, lex) or names_premises(noun):
        return None  # "troops, welcomed by cheering crowds", "the houses, condemned by the municipality"
    if lemma in lex.other_sense_verbs and not _is_said_or_written(noun, lex):
        return None  # "the appeal, dismissed by the court", "the kidney, rejected by his body"
    if _charge_on_agent(verb, lex):
        return None  # "denounced by the opposition as a sham": the parse makes the charge the agent's
    return noun


def _is_said_or_written(noun: Token, lex: _Lexicon) -> bool:
    """A claim, a document or a count ("the allegations", "a proposal", "the deaths"): what a verb
    with a deed sense as well ("dismissed", "rejected", "confirmed by") can only judge in words."""
    lemma = noun.lemma_.lower()
    return lemma in lex.said_things or lemma in lex.toll_nouns or lemma in load_trigger_lexicon().documents


def _charge_on_agent(verb: Token, lex: _Lexicon) -> bool:
    """A charge preposition the parser hung on the agent ("the vote, denounced by the opposition as
    a sham"): the source would take in the charge, and the content would lose it."""
    return any(p.dep_ == "prep" and p.lower_ in lex.charge_preps
               for agent in verb.children if agent.dep_ == "agent"
               for o in agent.children if o.dep_ == "pobj" for p in o.children)


def _noun_before_relative(verb: Token, noun: Token) -> tuple[int, int]:
    """The noun phrase a reduced relative hangs on, up to the relative: "Allegations of mass
    executions in Axum" in "Allegations of mass executions in Axum, denied by the army, ..."."""
    last = verb.doc[max(noun.i, verb.left_edge.i - 1)]
    return noun.left_edge.idx, last.idx + len(last)


def _has_judging_agent(verb: Token, lex: _Lexicon) -> bool:
    """A "by" agent that can judge: not a measure or an instrument ("rejected by a wide margin",
    "revealed by radar": ``not_agents``)."""
    return any(c.dep_ == "agent" and any(o.dep_ == "pobj" and o.lemma_.lower() not in lex.not_agents
                                         for o in c.children) for c in verb.children)


def _quote_after_an_opening(token: Token, clause: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """'Visibly angry, the minister said, "Nobody warned us"', 'Pointing at the rubble, she said:
    "..."': a quotation opening right after the verb is what is said; the parser often makes the
    phrase that opens the sentence a clausal complement of the verb, and as the nearest one it would
    be read as the content. Not where a quotation also closes before the speaker ('"A," he said, "B"'),
    whose parts are joined elsewhere (:func:`_join_split_quote`), nor a quotation whose closing mark
    is not found (the doubled apostrophes some archives print), whose words would be lost."""
    if _subtree_range(clause)[1] > token.idx or _preceding_quote(token) is not None:
        return None
    opening = _following_quote(token, lex)
    return None if opening is None else _quote_at(doc_text(token.doc), opening[0])


def _split_complements_end(token: Token, clause: Token, hi: int) -> int:
    """'said 32 people had been killed, 20 of them students, and at least 50 wounded': the parser
    splits one report into two complements of the verb; the content runs to the end of the last
    (not over a semicolon, which starts another report)."""
    for child in token.rights:
        if (child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"} and child.i > clause.i
                and ";" not in doc_text(token.doc)[hi:child.left_edge.idx]):
            hi = max(hi, _subtree_range(child)[1])
    return hi


def _clauses_before_subject_end(token: Token, clause: Token) -> int:
    """'A took place on Tuesday, when two jets dropped bombs, a resident told AP': the parser hangs
    the clause after the comma on the verb, but it continues what is reported before the speaker."""
    subject = next((c for c in token.lefts if c.dep_ in _SUBJECTS and c.i > clause.i), None)
    if subject is None:
        return 0
    return max((_subtree_range(c)[1] for c in token.lefts
                if c.dep_ in {"advcl", "conj"} and clause.right_edge.i < c.left_edge.i
                and c.right_edge.i < subject.left_edge.i), default=0)


def _joined_after_cue_end(token: Token, lex: _Lexicon) -> int:
    """'At least 12 were killed, he said, and hundreds of families fled': a clause joined by "and"
    after an interpolated cue, with a subject of its own and no verb of saying, goes on with the
    report (PolNeAR draws a discontinuous content as one span, as in :func:`_host_clause`)."""
    if token.dep_ != "ROOT" or not any(c.dep_ in _SUBJECTS and c.i < token.i for c in token.children):
        return 0
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children):
        return 0
    return max((_subtree_range(c)[1] for c in token.rights
                if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.lemma_.lower() not in lex.verbs
                and any(g.dep_ in _SUBJECTS and g.pos_ in {"NOUN", "PROPN", "NUM"} for g in c.children)),
               default=0)


def _called_on(token: Token, clause: Token) -> Token | None:
    """'called on countries to cut off fuel': "on" joins the cue, and the one called on is the
    addressee, left out of the content as after "urged"."""
    if clause.dep_ != "xcomp" or clause.i <= token.i or token.i + 1 >= clause.i:
        return None
    after = token.doc[token.i + 1]
    if after.dep_ == "prep" and after.head.i == token.i and after.lower_ in {"on", "upon"} and any(
            c.dep_ == "pobj" and c.ent_type_ not in {"DATE", "TIME"} and not _is_bare_day(c) for c in after.children):
        return after
    return None


def _gapped_counts(verb: Token, after: Token) -> list[Token]:
    """'put the toll at 12 dead and 40 wounded': the parser makes "40 wounded" a clause of its own,
    joined to the verb; a count with nothing but its participle continues the content."""
    return [c for c in verb.children if c.dep_ == "conj" and c.i > after.i and c.tag_ in {"VBN", "JJ"}
            and [(g.dep_, g.like_num) for g in c.children] == [("nsubj", True)]]


def _stray_words_end(clause: Token, verb: Token) -> int:
    """The end of words between a reported clause and its speaker that the parser hung on neither
    ("displaced, half of them children, the IOM said": "children" on the comma): they are part of
    what is said when the speaker closes the sentence."""
    doc = clause.doc
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and clause.i < c.i < verb.i), None)
    if speaker is None or clause.dep_ != "ccomp" or clause.head.i != verb.i:
        return 0
    gap = doc[clause.right_edge.i + 1 : speaker.left_edge.i]
    between = [t for t in gap if not t.is_punct]
    set_off = "," in {doc[clause.right_edge.i].text, doc[clause.right_edge.i + 1].text}
    if not between or "\n" in gap.text or not set_off:
        return 0  # only an aside set off by a comma, in the same paragraph
    if any(t.dep_ in {"nsubj", "mark", "cc"} and t.head.pos_ in {"VERB", "AUX"} and t.head.i not in
           range(clause.left_edge.i, clause.right_edge.i + 1) for t in between):
        return 0  # another clause of its own
    last = between[-1]
    return last.idx + len(last.text)


def _predicate_as(verb: Token, obj: Token) -> Token | None:
    """What the object is called, after it: a second object ("called the war a special military
    operation") or an "as" phrase ("described the meeting as tense", "portrayed them as criminals"),
    part of what is said whatever the parser made of the word after "as"."""
    named = next((c for c in verb.rights if c.dep_ == "oprd" and c.i > obj.i), None)
    if named is not None:
        return named  # "called Hillary Clinton a disgrace", "calls the war a special military operation"
    return next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i
                 and any(g.dep_ in {"pobj", "pcomp", "amod", "acomp"} for g in c.children)), None)


def _is_as_aside(verb: Token, lex: _Lexicon) -> bool:
    """'As the senator put it, ...', '..., as the minister said': a verb of saying in an "as" clause
    with no content of its own ("it" stands for the host clause) reports the clause it hangs on.
    Other verbs in such a clause tell a time or a manner ("as Clinton talked about", "as it stands")."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in lex.claim_verbs:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    own = [c for c in verb.children if c.dep_ in _CLAUSES or (c.dep_ == "dobj" and c.lower_ != "it")]
    doc = verb.doc
    after, before = verb.right_edge.i + 1, verb.left_edge.i - 1
    if doc[after - 1].text in {",", ":"} and after - 1 > verb.i:  # "As the Times noted, ...": the parse
        after -= 1  # may hang the comma on the aside's own verb
    set_off = (after < len(doc) and doc[after].text in {",", ":"}) or (before >= 0 and doc[before].text == ",")
    return not own and set_off and any(c.dep_ == "nsubj" for c in verb.children)  # not "voted as the party said"


def _as_aside_it_end(verb: Token) -> int:
    """The end of "it" (and a colon after it) right after the verb of an "as" aside: PolNeAR draws "As
    Vulture put it" with the cue "put it" (study set: 7 to 0); 0 when there is none."""
    doc, end = verb.doc, 0
    nxt = verb.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "it" and doc[nxt].head.i == verb.i:
        end = doc[nxt].idx + len(doc[nxt])
        if nxt + 1 < len(doc) and doc[nxt + 1].text == ":":
            end = doc[nxt + 1].idx + 1
    return end


def _without_aside(verb: Token, host: tuple[int, int]) -> tuple[int, int]:
    """The host clause without an "as" aside at its start or end: "the bill is dead" in "As the
    senator put it, the bill is dead"; one in the middle stays inside, as for any parenthetical."""
    lo, hi = host
    first, last = verb.left_edge, verb.right_edge
    doc = verb.doc
    if first.idx <= lo:
        after = last.i + 1
        while after < len(doc) and doc[after].is_punct and doc[after].text in {",", ":", "—", "-"}:
            after += 1
        return (doc[after].idx, hi) if after < len(doc) else host
    if all(t.is_punct for t in doc[last.i + 1 :] if t.idx < hi):
        before = first.i - 1
        while before > 0 and doc[before].is_punct:
            before -= 1
        return lo, doc[before].idx + len(doc[before].text)
    return host


def _stranded_subject_start(verb: Token, clause: Token, lex: _Lexicon) -> int | None:
    """Start of the clause's subject where the parser made it the verb's object: in "the
    administration said debris from a downed missile had injured four people" it reads "said
    debris" and leaves "had injured" with no subject. A telling verb's object is its addressee
    ("told reporters had ..." is not read so)."""
    if clause.dep_ != "ccomp" or verb.lemma_.lower() in lex.recipient_verbs:
        return None
    if any(c.dep_ in _SUBJECTS or c.dep_ == "expl" or (c.dep_ == "mark" and c.lower_ == "that")
           for c in clause.children):
        return None  # not "echoed statements by Trump that ...": an object with its own clause
    stranded = [c for c in verb.rights if c.dep_ == "dobj" and c.i < clause.i
                and c.tag_ not in _RELATIVE_TAGS and c.tag_ != "PRP"]  # "I promise you, our strength ..."
    if not stranded:
        return None
    between = verb.doc[stranded[0].right_edge.i + 1 : clause.left_edge.i]
    if any(t.text in {":", ";"} or t.is_quote for t in between):
        return None  # "addressed the supporters again: 'Here is ...'"
    return _subtree_range(stranded[0])[0]


def _misparsed_report(verb: Token) -> Token | None:
    """The reported clause the parser took for a subject: in "Israeli air strikes killed 46 people,
    Lebanon's health ministry said" it may make "strikes" a second subject of "said", with "killed"
    as a reduced relative on it. A first subject with a verb of its own, set off by a comma from
    the subject right before the verb, is the report, and the later subject is its source."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return None
    first, last = subjects[0], subjects[-1]
    between = verb.doc[first.right_edge.i + 1 : last.left_edge.i]
    has_verb = any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" for c in first.children)
    return first if has_verb and any(t.text == "," for t in between) else None


def _preceding_quote(token: Token) -> tuple[int, int] | None:
    """'"Why not?" Graham asked.': the quotation right before the speaker and verb is the content.

    The parser often splits such a quote off into its own sentence, so the verb has no clause.
    Only a verb whose left side is its subject (and auxiliaries) qualifies; the closing mark must
    stand right before that, a comma at most between. The parser may hang the quotation, or just
    its closing comma and mark, on the subject ('"...," Sarandon, 69, told MSNBC'), so the mark is
    also looked for right before the subject's own word.
    """
    doc = token.doc
    left = [c for c in token.lefts if c.dep_ in _SUBJECTS | _CUE_LEFT]
    first = min([token.i, *(c.left_edge.i for c in left)])
    subjects = [c.i for c in left if c.dep_ in _SUBJECTS and c.left_edge.i < c.i]
    # '"... moved. Women, children, old men," the official said': a verbless end of the quote that the
    # parser made a second subject; the mark stands before the subject nearest the verb
    nearest = max((c for c in left if c.dep_ in _SUBJECTS), key=lambda c: c.i, default=None)
    extra = [nearest.left_edge.i] if nearest is not None and nearest.left_edge.i > first else []
    for start in (first, *subjects[:1], *extra):
        i = start - 1
        while i >= 0 and (doc[i].text == "," or doc[i].is_space) and "\n" not in doc[i].text:
            i -= 1
        quote = _preceding_quote_at(doc, i) if i >= 0 else None
        if quote is not None and (doc_text(doc)[quote[1] - 2] != "." or _signs_a_closed_quote(token, quote)):
            return quote  # not a quote in the paragraph before, or one its full stop closes
    return None


def _signs_a_closed_quote(token: Token, quote: tuple[int, int]) -> bool:
    """'"We will not hand over a single village." The governor said.': a quotation its full stop
    closes, standing as a sentence of its own, and right after it a sentence that is only a speaker
    and a verb of saying (with a time or a place, "said on Tuesday"), which names the quotation's
    speaker. Live blogs and local outlets punctuate so; the parser splits the two sentences, and
    the verb reports nothing else.

    Read only where the verb of saying (``claim_verbs``) heads its sentence, its subject opens that
    sentence, is neither negated nor modal ("did not say", "could say") nor said by no one
    ("Nobody said"), nothing after it is an object or a clause, and the quotation opens its own
    sentence (after a full stop, a line break, or at the start) with no quotation before it in its
    paragraph, so neither a speaker of its own introduced it ('He said: "A." Officials agreed.')
    nor does it go on an earlier speaker's quote ('"A," she said. "B." The army said.')."""
    lex = _lexicon()
    sentence = sentence_of(token)
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if (token.lemma_.lower() not in lex.claim_verbs or token.i != sentence.root.i
            or subject is None or subject.left_edge.i != sentence.start or _names_no_one(subject)):
        return False
    if any(c.dep_ == "neg" or c.lower_ == "never" or c.tag_ == "MD" for c in token.lefts):
        return False  # "Officials did not say", "Observers could say": no one signed it
    addressee = {"dobj", "dative"} if token.lemma_.lower() in lex.recipient_verbs else set()
    if any(c.dep_ not in _CLOSED_QUOTE_SIGN_DEPS | addressee for c in token.rights):
        return False  # "The governor said nothing", "Officials said the road was cut"; "told Reuters" is fine
    text = doc_text(token.doc)
    before = text[: quote[0]].rstrip(" \t\xa0")
    paragraph = text[before.rfind("\n") + 1 : quote[0]]
    if any(mark in paragraph for mark in ('"', *_CLOSE_QUOTES)):
        return False  # '"A," the minister said. "B." The army said.': B goes on the minister's quote
    return not before or before[-1] in _SENTENCE_ENDS


def _names_no_one(subject: Token) -> bool:
    """'Nobody said', 'No official confirmed': a subject that names no one signs nothing."""
    return subject.lower_ in _NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


#: What may follow a verb that signs a closed quotation: a time or a place, an adverb, an aside.
_CLOSED_QUOTE_SIGN_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})
#: What ends the text before a quotation standing as its own sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})


def _straight_quotes_before(doc: Doc, i: int) -> int:
    """How many straight double quotes stand in token ``i``'s paragraph before it."""
    text = doc_text(doc)
    at = doc[i].idx
    return text.count('"', text.rfind("\n", 0, at) + 1, at)


def _closes_quote(doc: Doc, i: int) -> bool:
    """Token ``i`` is a closing quotation mark; a straight one closes when an odd number precede it."""
    mark = doc[i].text
    if mark == '"':
        return _straight_quotes_before(doc, i) % 2 == 1
    return mark in _CLOSE_QUOTES


def _opens_quote(doc: Doc, i: int) -> bool:
    """Token ``i`` is an opening quotation mark; a straight one opens when an even number precede it."""
    mark = doc[i].text
    if mark == '"':
        return _straight_quotes_before(doc, i) % 2 == 0
    return mark in _OPEN_QUOTES


def _preceding_quote_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The quotation that the closing mark at token ``i`` ends, within one paragraph."""
    if not _closes_quote(doc, i):
        return None
    end = doc[i].idx + len(doc[i])
    text = doc_text(doc)
    opening = text.rfind("“", 0, doc[i].idx) if doc[i].text == "”" else text.rfind(doc[i].text, 0, doc[i].idx)
    if opening < 0 or "\n" in text[opening:end]:
        return None
    return opening, end


#: What may stand between a closing quotation and its verb as the speaker and an apposition.
_SPEAKER_PHRASE_POS = frozenset({"PROPN", "NOUN", "NUM", "DET", "ADJ", "ADP", "PART", "CCONJ"})
#: How a quotation ends when the sentence goes on to its speaker ('"...," Ramos said').
_UTTERANCE_ENDS = frozenset({",", "!", "?"})
#: Fewer words than this inside quotation marks name a term ("the 'ceasefire,'"), US style keeping the comma in.
_MIN_QUOTE_WORDS = 3


@dataclass(frozen=True)
class _QuotedSpeaker:
    """A quotation, and the speaker named between it and the verb (with the apposition)."""

    quote: tuple[int, int]
    speaker: Token
    source: tuple[int, int]


def _speaker_after_quote(token: Token) -> _QuotedSpeaker | None:
    """'"We were wrong," Ramos, 58, told AFP': the quotation and the speaker named before the verb.

    Wire copy sets an age or a post off by commas between the speaker and the verb, and the
    parser then often loses the speaker (here "Ramos" becomes a conjunct of "were", and "told"
    inherits "We"). Read only where the verb is no "-ing" participle and has no subject of its
    own, the quotation holds three words or more and closes on a comma, "!" or "?" (not a term in
    scare quotes: 'an "unfiltered" Clinton, discussing', 'asked about the "ceasefire," Lavrov'),
    the speaker is a name or noun right after it, and an apposition set off by commas ends right
    before the verb ("Murphy, the man accused of ..." gives "accused" no speaker).
    """
    doc = token.doc
    if (any(c.dep_ in _SUBJECTS for c in token.children) or token.tag_ == "VBG"
            or token.i < 3 or doc[token.i - 1].text != ","):
        return None
    i = token.i - 2
    while i > 0 and token.i - i <= _MAX_SPEAKER_TOKENS and doc[i].text not in _CLOSE_QUOTES:
        if doc[i].pos_ not in _SPEAKER_PHRASE_POS and doc[i].text != ",":
            return None
        i -= 1
    if i < 1 or doc[i].text not in _CLOSE_QUOTES or doc[i - 1].text not in _UTTERANCE_ENDS:
        return None
    quote = _preceding_quote_at(doc, i)
    if quote is not None and len(_WORD.findall(doc_text(doc)[quote[0] : quote[1]])) < _MIN_QUOTE_WORDS:
        return None  # 'Asked about the "ceasefire," Lavrov, ... said': a term, not an utterance
    first = i + 1 + (doc[i + 1].text == ",")
    if (quote is None or doc[first].pos_ not in {"PROPN", "NOUN"}
            or not any(t.text == "," for t in doc[first : token.i - 1])):
        return None  # no apposition: the speaker is the verb's subject, where the parse found it
    speaker = doc[first]
    while doc[speaker.i + 1].text != "," and doc[speaker.i + 1].pos_ in {"PROPN", "NOUN"}:
        speaker = doc[speaker.i + 1]
    last = doc[token.i - 2]
    return _QuotedSpeaker(quote, speaker, (doc[first].idx, last.idx + len(last)))


#: What may end a speaker's phrase named right after its verb: the end of the clause, or a comma
#: before an apposition or an aside.
_INVERTED_SPEAKER_ENDS = frozenset({".", ",", "!", "?", ";", ":", "—", "–"})
#: Words that open a phrase after the verb that names no one ("said Monday", "said yesterday").
_NOT_A_SPEAKER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _speaker_after_verb(token: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """'"We lost the vote," added a senior aide.': wire copy names the speaker after its verb, and
    the parser often misses the inversion, hanging the speaker on the verb as an object or an adverb
    ('"...," said Skelly') or on a later verb as its subject.

    Read only where the verb has no subject, is finite, comes right after a quotation of three words
    or more that closes on a comma, "!" or "?" (the comma may stand outside the marks: '", said'),
    or after an unquoted clause that opens the sentence (:func:`_reports_clause_before`),
    and the words right after it are a name or noun phrase that ends on the clause's end or a
    comma, as :func:`_speaker_after_quote` reads the speaker before the verb. An apposition after
    that comma is part of the source ("said Jo Bopp, a member of the panel,"), as PolNeAR draws it.
    Not a verb whose object is its addressee ('"...," told reporters') nor a day ('", said Monday'),
    unless a question mark closes the quotation and the verb asks ('"Where are the observers?" asked
    the village chief': who asks is named after it, no one is asked).
    Returns the speaker's characters.
    """
    doc = token.doc
    if (not _is_finite(token) or token.i < 3 or token.i + 1 >= len(doc)
            or any(c.dep_ in _SUBJECTS for c in token.children)):
        return None
    close = token.i - 1 - (doc[token.i - 1].text == "," and doc[token.i - 2].text in _CLOSE_QUOTES)
    if _closes_quote(doc, close) and doc[close - 1].text in _UTTERANCE_ENDS:
        if not _names_speaker_after(token, close, lex):
            return None
    elif _names_addressee(token, lex) or _clause_reported_before(token, lex) is None:
        return None  # an unquoted clause: its speaker after the verb, never an addressee
    last = _noun_phrase_end(doc, token.i + 1)
    if last is None:
        return None
    end = last
    if last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].pos_ == "DET":
        end = _noun_phrase_end(doc, last + 2) or last  # "said Jo Bopp, a member of the panel,"
    return doc[token.i + 1].idx, doc[end].idx + len(doc[end])


def _names_speaker_after(verb: Token, close: int, lex: _Lexicon) -> bool:
    """The quotation closing at token ``close`` is an utterance of three words or more whose
    speaker the verb names after it: not an addressee ('"...," told reporters'), unless the
    quotation is a question the verb asks ('"Where are the observers?" asked the village chief')."""
    doc = verb.doc
    asks = doc[close - 1].text == "?" and verb.lemma_.lower() in lex.question_verbs
    if _names_addressee(verb, lex) and not asks:
        return False
    quote = _preceding_quote_at(doc, close)
    return quote is not None and len(_WORD.findall(doc_text(doc)[quote[0] : quote[1]])) >= _MIN_QUOTE_WORDS


def _names_addressee(verb: Token, lex: _Lexicon) -> bool:
    """A verb whose object after it is the one addressed, never a speaker set after it ('"...," told
    reporters'); a verb of warning or urging with no subject names who warns ('warned the WFP')."""
    lemma = verb.lemma_.lower()
    return lemma in lex.recipient_verbs | lex.addressing_verbs and lemma not in lex.warning_verbs


def _clause_reported_before(verb: Token, lex: _Lexicon) -> Token | None:
    """The verb's clause, with a subject of its own, that opens the sentence and ends on the comma
    right before the verb: "The militia had withdrawn from the airport, reported Radio Dabanga"
    names its speaker after the verb as a quotation's does, and the parser makes the speaker the
    verb's object. The parser hangs that comma on either verb. Not a clause inside a longer
    sentence, nor one whose "and" joins it to the verb ("stood at his pulpit and, citing ...,
    endorsed Senator Ted Cruz"), where the object is what the verb acts on. Also the clause the
    parser made the verb's head (:func:`_report_read_as_second_verb`)."""
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    return next((c for c in verb.lefts if c.dep_ == "ccomp" and verb.i - 2 <= c.right_edge.i < verb.i
                 and c.left_edge.i == sentence_of(c).start and any(g.dep_ in _SUBJECTS for g in c.children)
                 and not _joined_onward(c)), None) or _report_read_as_second_verb(verb, lex)


#: Dependents a verb of saying read back from a second verb may have besides its speaker: the
#: comma and full stop, and a day ("reported the Tehran Times on Sunday").
_INVERTED_VERB_EXTRAS = frozenset({"punct", "npadvmod", "prep"})


def _report_read_as_second_verb(verb: Token, lex: _Lexicon) -> Token | None:
    """The clause a verb of saying reports when the parser made the verb its second verb: in "The
    deal is dead, reported the Tehran Times" it joins "reported" to "is" as a conjunct, with the
    speaker as its object, and the verb seems to share "The deal" as its subject. Read so only for
    a finite verb that wire copy inverts (``inverting_verbs``), joined by a comma alone to a clause
    with a subject of its own that opens the sentence, with a person, group or organisation as its
    only object and nothing else after it but a day; returns the clause's head."""
    head, doc = verb.head, verb.doc
    if (verb.dep_ != "conj" or verb.lemma_.lower() not in lex.inverting_verbs or not _is_finite(verb)
            or head.i > verb.i or doc[verb.i - 1].text != "," or head.left_edge.i != sentence_of(head).start
            or any(c.dep_ == "cc" for c in head.children) or not any(c.dep_ in _SUBJECTS for c in head.children)):
        return None
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    extras = [c for c in verb.children if c not in objects]
    if (len(objects) != 1 or objects[0].i < verb.i or not _may_be_named_speaker(objects[0], lex)
            or any(c.dep_ not in _INVERTED_VERB_EXTRAS or (c.dep_ != "punct" and not _is_day_phrase(c))
                   for c in extras)):
        return None
    return head


def _may_be_named_speaker(noun: Token, lex: _Lexicon) -> bool:
    """A person, group or organisation ("the Tehran Times", "the M23 spokesman"), not a thing."""
    return noun.ent_type_ in {"ORG", "PERSON", "NORP"} or _is_person_or_group(noun, lex)


def _is_day_phrase(token: Token) -> bool:
    """A day or time set after the speaker ("on Sunday", "Tuesday")."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)


def _joined_onward(clause: Token) -> bool:
    """The clause has a conjunction with nothing joined after it: its "and" joins the next verb."""
    children = [c.dep_ for c in clause.children]
    return "cc" in children and "conj" not in children


#: Verbs by which a written thing gives its words: '"...," read the statement'.
_READING = frozenset({"read"})


def _is_finite(verb: Token) -> bool:
    """A finite verb by its tag; "read", spelled alike in the base form, the present and the past,
    counts whatever the tagger guessed ('"...," read the statement' is tagged a base form)."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or (verb.tag_ == "VB" and verb.lemma_.lower() in _READING)


def _inverted_source(verb: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """The source named after a verb (:func:`_speaker_after_verb`), or after the verb a participle
    hangs on ('"...," added Okafor, referring to the floods': Okafor refers). Only the source: the
    cue model keeps reading the parse's subject, so its weights do not move."""
    found = _speaker_after_verb(verb, lex)
    if found is None and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.i < verb.i:
        found = _speaker_after_verb(verb.head, lex)
    return found


def _names_someone(word: Token) -> bool:
    """A word that can head a speaker's phrase: a name or noun, "another", or a capitalised word the
    tagger took for an adverb in a headline-like inversion ('"...," said Skelly')."""
    return word.pos_ in {"PROPN", "NOUN", "PRON"} or (word.is_title and word.pos_ == "ADV")


def _noun_phrase_end(doc: Doc, start: int) -> int | None:
    """Index of the last token of a name or noun phrase starting at ``start`` that runs to the end
    of its clause or to a comma ("a senior aide.", "Navy Capt. Jeff Davis,"), or None."""
    i = start
    while i < len(doc) and i - start < _MAX_SPEAKER_TOKENS and (
            doc[i].pos_ in _SPEAKER_PHRASE_POS or (doc[i].pos_ == "PRON" and doc[i].tag_ != "PRP")
            or (doc[i].is_title and doc[i].pos_ in {"ADV", "PUNCT"} and doc[i].text[:1].isalpha())):
        if doc[i].ent_type_ in _NOT_A_SPEAKER_ENTS:
            return None
        if doc[i].pos_ == "ADP" and not start <= doc[i].head.i < i:
            return _phrase_before(doc, start, i)  # "conceded the captain after the match": when, not who
        i += 1
    if i < len(doc) and doc[i].text not in _INVERTED_SPEAKER_ENDS and not doc[i].is_space:
        return None
    return _phrase_before(doc, start, i)


def _phrase_before(doc: Doc, start: int, i: int) -> int | None:
    """Index of the last word of a speaker's phrase ``doc[start:i]``, or None when it names no one
    or starts or ends on a function word."""
    if i == start or not any(_names_someone(t) for t in doc[start:i]):
        return None
    if doc[start].pos_ in {"ADP", "CCONJ", "PART"} or doc[i - 1].pos_ in {"ADP", "CCONJ", "DET", "PART"}:
        return None
    return i - 1


def _subject_range(token: Token, subject: Token) -> tuple[int, int]:
    """The subject's characters, joined with a second subject right after it.

    "The Islamist movement Hamas said" is often parsed with two subjects, "movement" and "Hamas";
    the source is both. A participle set off by commas is an aside, not the source ("an
    official, speaking on condition of anonymity, said": PolNeAR train leaves it out 27 times
    in 28), and so is a phrase between commas (", in Kentucky,"); a relative clause stays (", who ..."
    is inside the source 239 times).
    """
    start, end = _subtree_range(subject)
    for child in token.lefts:
        if child.dep_ in _SUBJECTS and child.i != subject.i and (
                child.left_edge.i == subject.right_edge.i + 1
                or _apposed_subject(child, [subject]) is not None):
            end = _subtree_range(child)[1]
    aside = next((c for c in subject.rights if (c.dep_ in {"acl", "advcl"} and c.tag_ in {"VBG", "VBN"}
                                                 and _after_comma(c)) or (c.dep_ == "prep" and _set_off(c))), None)
    if aside is not None:  # "A senior Hamas official, speaking on condition of anonymity, told AFP"
        comma = subject.doc[aside.left_edge.i - 1]
        end = min(end, comma.idx)
    reporting = _reporting_relative(subject)
    if reporting is not None:  # "Smith, who noted that turnout was low, said": the clause is a report of its own
        end = min(end, subject.doc[reporting.left_edge.i - 1].idx)
    return start, end


def _reporting_relative(subject: Token) -> Token | None:
    """A relative clause set off by a comma in the subject's phrase whose verb is a verb of saying
    ("Smith, who noted that turnout was low, said"; "said Jones, the mayor, who called it a
    disgrace"). PolNeAR never lets a source hold another cue: in train 101-360 every relative
    clause it keeps in a source (64 before the verb, 43 after) reports nothing, and it leaves out
    the 55 that hold a cue."""
    lex = _lexicon()
    for inner in subject.subtree:
        if inner.i > subject.i and inner.dep_ == "relcl" and _after_comma(inner) and not _asks_anonymity(inner) and any(
                _is_cue_verb(t, lex) for t in inner.subtree if t.head.i == inner.i or t.i == inner.i):
            return inner
    return None


def _asks_anonymity(clause: Token) -> bool:
    """"who asked not to be named", "who declined to be identified", "who requested anonymity": the
    clause says why the source is unnamed and reports nothing, so it stays in the source."""
    for child in clause.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _ANONYMITY:
            return True
        if child.dep_ == "xcomp" and (child.lemma_.lower() in _UNNAMED or any(
                c.dep_ == "xcomp" and c.lemma_.lower() in _UNNAMED for c in child.children)):
            return True
    return False


#: What an unnamed source asks for, or asks not to be: "requested anonymity", "not to be named".
_ANONYMITY = frozenset({"anonymity"})
_UNNAMED = frozenset({"name", "identify", "quote", "cite"})


def _following_quote(token: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """'He added, "..."' or 'said:' followed by a quote: the quote after the cue is the content.

    A verb of telling may name its addressee first ("telling reporters: "..."").
    """
    doc = token.doc
    start = token.i + 1
    if token.lemma_.lower() in lex.recipient_verbs:
        for child in token.rights:
            if child.dep_ in {"dobj", "dative"} and child.left_edge.i == start:
                start = child.right_edge.i + 1
    opening = _quote_after_own_words(token, start, lex)
    if opening is not None:
        return opening  # 'tweeted in response: "..."', 'said in a statement: "..."'
    i = start
    while i < len(doc) and ((doc[i].is_punct and doc[i].text in {",", ":"}) or doc[i].is_space):
        i += 1
    if i >= len(doc) or i == start or not _opens_quote(doc, i):
        return None
    return doc[i].idx, doc[i].idx + 1


#: A verb's own words that may stand between it and the colon opening its quotation: "shot back:",
#: "went even further:", "tweeted in response:", "said on Sunday:".
_BEFORE_COLON = frozenset({"advmod", "prt", "prep", "npadvmod"})


def _quote_after_own_words(token: Token, start: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The opening mark of a quotation that a colon opens after the verb's own adverbs, particles and
    prepositional phrases ('the spokesman replied on Sunday: "..."'), or None. Only for an active
    verb of saying in the lexicon with a quotation no one else signs: '"No to the law" read the
    banners', a passive ("was released last year: ...") or a verb of motion ("gathered outside the
    parliament: ...") tells no one's words."""
    if (not _is_cue_verb(token, lex) or any(c.dep_ == "auxpass" for c in token.children)
            or (token.dep_ == "acl" and token.tag_ == "VBN")):
        return None
    found = _colon_quote(token, start)
    if found is None or found[0] == start or _signed_after(doc_text(token.doc), found[1][1]):
        return None  # no words of its own: the quotation right after the verb is read below
    return found[1][0], found[1][0] + 1


def _colon_quote(head: Token, start: int) -> tuple[int, tuple[int, int]] | None:
    """The colon after a word's own adverbs and phrases from ``start`` (:func:`_past_own_modifiers`)
    and the quotation it opens: (the colon's token index, the quotation), or None."""
    doc = head.doc
    colon = _past_own_modifiers(head, start)
    if colon + 1 >= len(doc) or doc[colon].text != ":" or not _opens_quote(doc, colon + 1):
        return None
    pair = _quote_at(doc_text(doc), doc[colon + 1].idx)
    return None if pair is None else (colon, pair)


def _past_own_modifiers(token: Token, start: int) -> int:
    """The index after the adverbs, particles and prepositional phrases that follow the verb from
    ``start`` without a gap. A colon there opens the verb's quotation ('Mr. Smith shot back: "..."'),
    which the parser hangs on the quotation's own verb, leaving the speaker's verb no content.
    Only with a colon: a comma after such words more often closes an opening phrase."""
    i = start
    for child in token.rights:
        if child.i < start:
            continue
        if child.left_edge.i != i or child.dep_ not in _BEFORE_COLON or any(
                _ends_own_phrase(t) for t in child.subtree):
            break
        i = child.right_edge.i + 1
    return i


#: Relations of a clause inside a phrase ("at Trump pointing out how ...", "at the niche he sees").
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "conj"})
#: Marks that, set off by a space, end a phrase ("blame in Iowa poll overhype - HuffPollster:").
_PHRASE_BREAKS = frozenset({",", ";", "-", "–", "—"})


def _ends_own_phrase(word: Token) -> bool:
    """A clause or a spaced dash or comma inside a verb's phrase before a colon: the phrase then runs
    on to another report or a label, and the colon is not the verb's ("said in a televised address:"
    and "on Al-Masirah TV:" are still its own)."""
    if word.dep_ in _CLAUSE_DEPS and word.pos_ in {"VERB", "AUX"}:
        return True
    spaced = bool(word.whitespace_) or (word.i > 0 and bool(word.doc[word.i - 1].whitespace_))
    return word.text in _PHRASE_BREAKS and spaced


_WORD = re.compile(r"[^\W\d_]{2,}")
