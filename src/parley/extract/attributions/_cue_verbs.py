"""Cue verbs and their edges (_is_cue_verb, _cue_range, channels, joined words), speakers the parse
tells (passive, fronted, folded, apposed, closing), the host clause of a parenthetical, and reports
set against another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parley.extract.actors import actor_for, load_actor_lexicon
from parley.extract.attributions._lexicon import _CUE_LEFT, _PARENTHETICAL, _SUBJECTS, _Lexicon
from parley.extract.attributions._spans import _after_comma, _subtree_range
from parley.extract.events import load_trigger_lexicon
from parley.extract.nlp import FATE_VERBS, clause_verb, sentence_of
from parley.extract.status import load_status_cues

if TYPE_CHECKING:
    from spacy.tokens import Token


def _is_cue_verb(token: Token, lex: _Lexicon) -> bool:
    """A reporting verb used as a verb ("the said company" is an adjective, not a cue).

    A light verb whose complement is itself a cue ("seemed to think") gives way to it.
    """
    if token.pos_ != "VERB" or token.dep_ in {"amod", "compound", "acomp"}:
        return False
    if token.lemma_.lower() in lex.toll_revisers:
        return _revises_a_toll(token, lex)
    if token.lemma_.lower() not in lex.verbs | lex.toll_verbs:
        return False
    if token.lemma_.lower() in lex.chain_heads:
        return not any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.verbs for c in token.children)
    return True


def _revises_a_toll(token: Token, lex: _Lexicon) -> bool:
    """'He later raised the toll to 24': a speaker moves a toll of its own; 'the attack raised the toll to
    30' is the news, no one's claim."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    lemma = subject.lemma_.lower() if subject is not None else ""
    speaks = subject is not None and (subject.pos_ in {"PROPN", "PRON"} or lemma in lex.organisation_heads
                                      or (lemma,) in load_actor_lexicon().roles)
    return speaks and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.toll_nouns for c in token.children)


def _cue_range(token: Token, lex: _Lexicon) -> tuple[int, int]:
    """The cue as PolNeAR marks it: the verb with what hugs it.

    To the left: auxiliaries, negation and adverbs right before it ("has also said", "did not
    say") and a light verb it completes ("went on to explain", "seemed to think"). To the right:
    a particle ("pointed out"), a colon ("said:"), a day ("said Tuesday"), a manner or time
    adverb ("said sarcastically", "has said repeatedly") and the channel ("said in a
    statement"). Each is the majority convention of PolNeAR train (counts in the lexicon note).
    """
    doc = token.doc
    first = _left_edge_of_cue(token)
    head = token.head
    infinitive = token.dep_ == "xcomp" or (token.dep_ == "advcl" and any(  # "went on to say": an advcl
        c.dep_ == "aux" and c.lower_ == "to" for c in token.lefts))
    if infinitive and head.lemma_.lower() in lex.chain_heads and 0 < token.i - head.i <= 4:
        first = min(first, _left_edge_of_cue(head))
    if _is_gerund_after_verb(token):  # "began by saying", "has taken to urging"
        first = min(first, _left_edge_of_cue(head.head))
    last = token.i
    for child in token.rights:
        if child.i != last + 1:
            break
        if child.dep_ == "prt" or child.text == ":" or _is_channel(child, lex) or _is_day(child) or _is_adverb(child):
            if _is_channel(child, lex):  # "said in a statement on Wednesday that": not the clause hung on it
                last = _channel_end(next(c for c in child.children if c.dep_ == "pobj")).i
            else:
                last = child.right_edge.i if child.dep_ == "prep" else child.i
        else:
            break
    return doc[first].idx, doc[last].idx + len(doc[last])


def _is_gerund_after_verb(token: Token) -> bool:
    """A verb that is the object of a preposition right after another verb ("began by saying",
    "wavered in answering"): PolNeAR train puts the three words in the cue (31 to 4)."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.i == token.i - 1
        and prep.head.i == prep.i - 1
        and prep.head.pos_ in {"VERB", "AUX", "ADJ"}
    )


def _left_edge_of_cue(token: Token) -> int:
    """Index of the first of the auxiliaries, negation, adverbs and floated quantifiers right before a verb."""
    first = token.i
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.right_edge.i != first - 1:
            continue
        if child.dep_ in _CUE_LEFT or _is_floated_quantifier(child, token) or (
                child.dep_ == "advmod" and child.tag_ != "WRB" and all(
                t.dep_ == "advmod" and t.pos_ in {"ADV", "SCONJ", "ADP"} for t in child.subtree)):
            first = child.left_edge.i  # "has since acknowledged", "has so far declined", "have both denied"
    before = token.doc[first - 1] if first > 0 else None
    if before is not None and _is_floated_quantifier(before, token) and before.head.dep_ in _SUBJECTS \
            and before.head.head.i == token.i:
        first = before.i  # "Kenya and Uganda both rejected": hung on the subject, it still joins the verb
    return first


#: Quantifiers that float after the subject they count ("the two sides have both denied").
_FLOATED_QUANTIFIERS = frozenset({"both", "all", "each"})


def _is_floated_quantifier(token: Token, verb: Token) -> bool:
    """A lone "both", "all" or "each" the parser left between a subject and its verb, which PolNeAR
    puts in the cue, not the source (PolNeAR train, 360 articles: 10 cues to 1 source). Not the "both" of "both
    ... and" before a verb with a conjunct ("has both endorsed him and criticized him")."""
    correlative = token.lower_ == "both" and any(c.dep_ == "conj" for c in verb.children)
    return (token.lower_ in _FLOATED_QUANTIFIERS and token.tag_ == "DT" and token.dep_ in {"dep", "appos", "advmod"}
            and not any(token.children) and not correlative)


def _is_channel(token: Token, lex: _Lexicon) -> bool:
    """The channel PolNeAR counts as part of the cue: "in a statement", "in an interview"."""
    if token.dep_ != "prep" or token.lower_ != "in":
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return bool(objects) and objects[0].lemma_.lower() in lex.channel_nouns and _channel_end(objects[0]) == objects[0]


def _that_mark(clause: Token) -> bool:
    """The clause opens with "that" as its marker ("that the law might be too broad")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _channel_end(noun: Token) -> Token:
    """The last word of a channel phrase: the noun, when all that follows it is the content the parser
    hung on it ("said in a statement that ...") or the day of the statement ("in a statement on
    Wednesday")."""
    for child in noun.rights:
        clause = child.dep_ in {"acl", "relcl"} and _that_mark(child)
        day = child.dep_ == "prep" and child.lower_ == "on" and any(
            g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children)
        if not (clause or day):
            return noun.right_edge
    return noun


def _is_adverb(token: Token) -> bool:
    """An adverb right after the verb ("said recently", "asked rhetorically"); not a wh-word
    ("did not say when"), which opens the content."""
    return token.dep_ == "advmod" and token.pos_ == "ADV" and token.tag_ != "WRB"


def _joins_cue(token: Token, prep: Token) -> bool:
    """A content preposition joins the cue when only adverbs and particles stand between it and
    the verb ("called for", "railed loudly against"), not across an object ("accused him of":
    PolNeAR train marks "accused" alone, 40 to 6)."""
    between = token.doc[token.i + 1 : prep.i]
    return 0 < prep.i - token.i <= 4 and all(t.dep_ in {"advmod", "prt", "neg"} for t in between)


def _cue_end_before(token: Token, limit: int) -> int:
    """The end of the last cue token that ends by ``limit`` ("said so": "so" is the content)."""
    end = token.idx + len(token)
    for right in token.doc[token.i + 1 :]:
        if right.idx + len(right) > limit:
            break
        end = right.idx + len(right)
    return end


def _is_day(token: Token) -> bool:
    """A bare weekday or date word right after the verb ("said Tuesday")."""
    return token.ent_type_ == "DATE" and token.dep_ in {"npadvmod", "tmod"} and token.n_rights == 0


def _object_controller(verb: Token, lex: _Lexicon) -> Token | None:
    """The one who does an infinitive hung on the object of a verb whose subject is an event or a
    thing: "the defeat led the party chairman to declare him the nominee", "the remark prompted the
    host to accuse her": the chairman declares, not the defeat (PolNeAR train articles 361-840 give
    such an object as the source 20 times, the subject never). Where the subject is a doer, the
    infinitive is the doer's word ("urged fellow senators to reject the deal": PolNeAR gives the
    one urging), means ("used his address to call out rivals") or company ("joined 40 senators to
    reject it"), and the subject stays the source."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        return None
    subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    if not subjects or _may_speak(subjects[0], lex) or verb.head.lemma_.lower() in lex.means_verbs:
        return None  # "the campaign used the debate to attack him": the debate is the means, not who speaks
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}
                 and c.lemma_.lower() not in load_trigger_lexicon().documents), None)


def _apposed_subject(nearest: Token, others: Sequence[Token]) -> Token | None:
    """The subject that opens its sentence, when the parser made the apposition after it, set off by
    a comma, a second subject: "An official with COGAT, the Israeli agency that ..., said"."""
    doc = nearest.doc
    for other in others:
        if (other.i < nearest.i and other.right_edge.i + 2 == nearest.left_edge.i
                and doc[other.right_edge.i + 1].text == "," and other.left_edge.i == sentence_of(other).start
                and other.pos_ in {"NOUN", "PROPN"} and nearest.pos_ in {"NOUN", "PROPN"}):
            return other
    return None


def _speaker_set_in_clause(verb: Token) -> tuple[Token, Token] | None:
    """(The clause's own subject, the speaker) of a speaker named inside the clause it reports, after
    its verb: "The offensive, said a senior Kurdish official, had stalled outside Raqqa", "Part of
    the problem, say aid workers, is ...". The parser makes the clause's subject the verb's and the
    speaker a second subject, or the subject of the reported verb; either way the phrase set off by
    commas right after the verb is who speaks. None unless a verb, no participle ("Democrats,
    fearing the consequences, failed"), follows ", " right after a
    subject described by no clause of its own ("James Bruner, whose father was the pastor,
    remembers Mr. Bush, known as Jeb, as ..." is Bruner's) and a noun phrase that no pronoun owns
    ("said their stump speeches, already replete with ..., would focus") opens right after the verb
    and closes on a comma."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.tag_ in {"VBG", "VBN"}:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.right_edge.i + 2 >= verb.i), None)
    if subject is None or any(t.dep_ in {"relcl", "acl", "appos"} for t in subject.subtree):
        return None
    reported = [c for clause in verb.rights if clause.dep_ == "ccomp" for c in clause.lefts]
    return next(((subject, c) for c in [*verb.rights, *reported]
                 if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and c.left_edge.i == verb.i + 1
                 and not _owned_by_pronoun(c) and _closes_on_comma(c)), None)


def _closes_on_comma(phrase: Token) -> bool:
    """The phrase ends on a comma, its own (the parser may hang it on the phrase) or right after it."""
    doc, last = phrase.doc, phrase.right_edge.i
    return doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")


def _owned_by_pronoun(subject: Token) -> bool:
    """'its soldiers', 'his aides': a subject a pronoun owns, who is the reporter's own party."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children)


def _answers_report(verb: Token) -> bool:
    """A closing report whose object is the report it answers: "calling the allegation a provocation",
    "dismissing the claims"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in load_status_cues().report_nouns for c in verb.children)


#: Relations of an opening adverbial ("Tuesday in New York", "while on the trail", "after winning").
_FRONTED = frozenset({"npadvmod", "prep", "advcl", "advmod"})
#: Relations the parser gives a subject it folds into the opening adverbial before it.
_FOLDED = frozenset({"appos", "conj", "pobj", "dobj", "npadvmod"})


def _undergoes_clause(verb: Token) -> bool:
    """The clause tells what befell its subject ("17 detainees had died", "40 were killed"), who
    then closes no report of their own: ", citing witnesses" is the reporter's."""
    return verb.lemma_.lower() in FATE_VERBS or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _undergoes(subject: Token, lex: _Lexicon) -> bool:
    """The subject of a passive cue is the one accused, asked or told, or what is announced ("Roof
    is accused of killing nine", "Sanders was asked"): whoever speaks is unnamed, so it is no source,
    nor of a verb that shares the subject ("these reports were not included ... and says"). One
    quoted or said to speak still does ("he was quoted as saying"). The cue model still reads the
    grammatical subject among its features: how a verb is used, not who is credited."""
    verb = subject.head
    return subject.dep_ == "nsubjpass" and _is_participle(verb) and not _passive_speaker(verb, lex)


#: Dependents by which a verb joined to a passive one says something of its own: a clause or an
#: object ("and said it would regroup", "and denied the charges", "and vowed to return").
_SAYS_SOMETHING = frozenset({"ccomp", "xcomp", "dobj", "dative"})


#: Dependency labels of a clause inside another: a passive there is not what its joined verb continues.
_SUBORDINATE_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "pcomp"})


def _speaks_after_undergoing(cue: Token, lex: _Lexicon) -> Token | None:
    """The person or group that undergoes one verb and speaks with the next, active one joined to
    it: "The army was forced to retreat and said it would regroup", "The envoy was expelled and
    later claimed ...". The passive verb's subject says it, not its agent ("was summoned by
    parliament and said": the minister says it). Not a verb that shares the passive ("was summoned
    and questioned about the leak", "and told that ..."), so the joined verb must be finite or
    follow "has", and have a clause or an object of its own, a telling verb an addressee; nor a
    thing, which never speaks ("the reports were not included ... and says"); nor a verb after a
    relative clause, which the verb may continue ("was asked by the host, who backs him, but has
    dismissed ...": the host dismissed it), or after another clause's subject; nor a passive that is
    itself a subordinate clause ("proposed that more forces be left in Iraq, and pushed to ...")."""
    verb = cue.head
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if cue.dep_ != "conj" or verb.i > cue.i or subject is None or not _is_person_or_group(subject, lex):
        return None
    if any(c.dep_ in _SUBJECTS | {"auxpass"} for c in cue.children):
        return None  # a subject or a passive auxiliary of its own
    if verb.dep_ in _SUBORDINATE_CLAUSES:
        return None  # "proposed that more forces be left in Iraq, and pushed to ...": the proposer pushed
    between = cue.doc[verb.i + 1 : cue.i]
    if any(t.dep_ == "relcl" for t in between):
        return None  # "was asked by Maher, who backs Sanders, but has dismissed ...": Maher's, misparsed
    if any(t.dep_ in _SUBJECTS for t in between):
        return None  # "was arrested after a taxi driver refused ... and reported him": the driver's
    if not (cue.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" for c in cue.children)):
        return None
    owns = {c.dep_ for c in cue.children} & _SAYS_SOMETHING
    if not owns or (cue.lemma_.lower() in lex.recipient_verbs and not owns & {"dobj", "dative"}):
        return None
    return subject


def _is_participle(token: Token) -> bool:
    """A past participle by its form, not only its tag: the tagger calls "coy" in "were coy about" one."""
    return token.tag_ == "VBN" and token.lemma_.lower() != token.lower_


def _passive_speaker(token: Token, lex: _Lexicon) -> bool:
    """A passive cue whose subject still speaks: "he was quoted as saying", "is said to have told".
    Otherwise a passive subject is the one accused, asked or told, or what is announced; and the
    one "expected to sign the order" signs, he says nothing (a verb of saying, not any cue verb)."""
    return any(c.dep_ in {"xcomp", "advcl", "prep"} and (c.lemma_.lower() in lex.claim_verbs or any(
        g.lemma_.lower() in lex.claim_verbs and g.tag_ == "VBG" for g in c.children)) for c in token.children)


def _speaker_in_fronted_phrase(token: Token) -> Token | None:
    """The subject the parser folded into a long opening adverbial.

    In "Tuesday in New York City, while on the campaign trail for his wife Hillary Clinton, former
    president Bill Clinton said ..." the parser makes "Bill Clinton" an apposition of "Clinton"
    inside the opening phrase, and "said" has no subject. A finite main verb with none, right
    after a noun phrase that a comma sets off from the opening adverbial, takes that phrase.
    """
    doc = token.doc
    if (token.dep_ != "ROOT" or token.tag_ not in {"VBD", "VBZ", "VBP"} or token.i < 3
            or any(c.dep_ in _SUBJECTS for c in token.children)):
        return None
    noun = _name_before_apposition(token) or doc[token.i - 1]
    if noun.pos_ not in {"PROPN", "NOUN"} or noun.dep_ not in _FOLDED or noun.head.i >= noun.i:
        return None
    first = noun.left_edge.i
    if first < 1 or doc[first - 1].text != "," or any(t.is_punct and t.text != "." for t in doc[first : noun.i]):
        return None
    opening = [c for c in token.lefts if c.dep_ in _FRONTED and c.left_edge.i <= noun.i <= c.right_edge.i]
    return noun if opening else None


def _speaker_before_passive_aside(token: Token) -> Token | None:
    """The speaker the parser gave to a passive aside: in "Kenyatta, asked about the raid, said the
    soldiers had acted in self-defence" it makes "Kenyatta" the subject of "asked", and "said" has
    none. A subject-less verb right after an aside of a past participle set off by commas takes the
    name or noun that opens the aside's subtree, which a comma sets off from the participle."""
    doc = token.doc
    if token.i < 4 or doc[token.i - 1].text != "," or any(c.dep_ in _SUBJECTS for c in token.children):
        return None
    aside = next((c for c in token.lefts if c.dep_ == "advcl" and c.tag_ in {"VBN", "VBD"}
                  and c.right_edge.i + 2 >= token.i), None)
    if aside is None or doc[aside.i - 1].text != ",":
        return None
    speaker = next((c for c in aside.lefts if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}), None)
    return speaker if speaker is not None and speaker.right_edge.i + 2 >= aside.i else None


#: Entity labels of a noun that is a place or a time, which says nothing ("in Moscow, the capital,").
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _name_before_apposition(token: Token) -> Token | None:
    """The name before an apposition that closes right before the verb ("Speaking in Kyiv, Olena
    Shuliak, a senior lawmaker, said"): the parser folds the name into the opening phrase and hangs
    the apposition on it, so the word before the verb is the apposition's closing comma, not the
    name. A place or a time with an apposition ("in Moscow, the capital,") is no speaker."""
    doc = token.doc
    if token.i < 4 or doc[token.i - 1].text != ",":
        return None
    last = token.i - 2
    apposition = doc[last]
    while apposition.dep_ != "appos" and apposition.head.i < apposition.i and apposition.head.right_edge.i == last:
        apposition = apposition.head  # up from the apposition's last word ("a mother of four")
    if apposition.dep_ != "appos" or not _after_comma(apposition):
        return None
    comma = apposition.left_edge.i - 1
    # the name right before the apposition's comma, or the parser's sibling apposition of a place
    # ("in Jos, Simon Lalong, the Plateau governor,": both hung on "Jos")
    name = apposition.head if apposition.head.i == comma - 1 else next(
        (c for c in apposition.head.children if c.dep_ == "appos" and c.i == comma - 1), None)
    if name is None or name.ent_type_ in _PLACE_OR_TIME or doc[name.i + 1].text != ",":
        return None
    return name


_FOLDED_SPEAKER_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "CCONJ", "ADP", "PART"})


def _speaker_folded_before(token: Token) -> Token | None:
    """'A seized the town after fighting with the army, residents and a local official said, ...': a
    subjectless parenthetical verb right after a noun phrase that a comma sets off, which the parser
    folded into the clause before as a conjunct or object; that phrase is the speaker."""
    doc = token.doc
    if (token.dep_ not in _PARENTHETICAL or token.tag_ not in {"VBD", "VBZ", "VBP"}
            or any(c.dep_ in _SUBJECTS for c in token.children)):
        return None
    i = token.i - 1
    while i > 0 and token.i - i <= _MAX_SPEAKER_TOKENS and doc[i].text != "," and doc[i].pos_ in _FOLDED_SPEAKER_POS:
        i -= 1
    if doc[i].text != "," or i == token.i - 1:
        return None
    phrase = range(i + 1, token.i)
    tops = [doc[j] for j in phrase if doc[j].head.i not in phrase]
    if len(tops) != 1 or tops[0].pos_ not in {"NOUN", "PROPN"} or tops[0].dep_ not in _FOLDED or tops[0].head.i > i:
        return None
    return tops[0]


def _may_speak(noun: Token, lex: _Lexicon) -> bool:
    """A noun that can say what a participle on it says: people, groups, bodies, or a written thing
    ("a tweet attacking ...", "an ad accusing ...")."""
    return (noun.ent_type_ == "ORG" or noun.lemma_.lower() in load_trigger_lexicon().documents
            or _is_person_or_group(noun, lex))


def _addressed(noun: Token, lex: _Lexicon) -> bool:
    """The noun is the one a verb of writing or telling addresses ("emailed supporters", "told reporters")."""
    lemma = noun.head.lemma_.lower()
    return noun.dep_ == "dobj" and (lemma in lex.addressing_verbs or lemma in lex.recipient_verbs)


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the clause a noun phrase sits in: the parser hung the participle on the last noun."""
    verb = clause_verb(noun)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def _is_passive_adverbial(token: Token) -> bool:
    """A past participle heading an adverbial clause of its own ("Asked whether troops would leave,
    the minister declined"; "Pressed on the toll, ..."): its understood subject underwent the verb.
    The tagger often reads the participle as a past tense ("Asked/VBD what ..., Devine said"; "said
    ... when asked/VBD what"); a past tense with no subject of its own that opens the sentence or
    follows "when"/"if" is that participle, as no finite clause starts so."""
    if token.dep_ != "advcl" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children):
        return False
    return token.tag_ == "VBN" or (token.tag_ == "VBD" and (
        token.i == token.sent.start or any(c.dep_ in {"advmod", "mark"} and c.lower_ in _PARTICIPLE_MARKS
                                           and c.i < token.i for c in token.children)))


#: Words that open a subject-less participle clause: "when asked", "if pressed", "once told".
_PARTICIPLE_MARKS = frozenset({"when", "if", "once", "unless", "until", "whenever"})


def _closing_speaker(verb: Token, lex: _Lexicon) -> bool:
    """'Gangs control 80% of Port-au-Prince, the U.N. envoy told the Security Council': a reporting
    verb with its own subject set off by a comma after the clause it reports, which the parser made
    that clause's complement; it reports the clause, as a parenthetical speaker does."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "ccomp" or verb.head.i >= verb.i or verb.lemma_.lower() not in lex.verbs or subject is None:
        return False
    before = subject.left_edge.i - 1
    return before > verb.head.i and verb.doc[before].text == ","


def _host_clause(token: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """For a parenthetical verb ("A, the operator said, and B"), the whole host clause.

    PolNeAR gives a discontinuous content one covering span, so the cue and source inside it
    stay inside; a figure in ``B`` is then claimed by the operator too. A clause after the
    parenthetical that reports another speaker ("..., rights groups said, though the government put
    the figure at 120") is that speaker's, so the host stops before it.
    """
    head = token.head
    if head.i == token.i:
        return None
    sent = sentence_of(token)
    doc = token.doc
    first = token.left_edge.i
    while first < token.i and doc[first].is_punct:
        first += 1
    split = _split_clause_head(head, token)
    if split is not None:
        head = split  # "What worries them most, she said, is the lack of access": one clause around her
    elif (head.i > token.i and first - 1 > sent.start and doc[first - 1].text == ","
            and any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start : first - 1])):
        # "A killed nine, the ministry said, in one of the deadliest days since the war began": the
        # parser hangs the speaker on the clause after it, but what is reported is the clause before
        return sent.start_char, doc[first - 1].idx
    if head.pos_ in {"NOUN", "PROPN"} and head.i < token.i:
        clause = _clause_of(head)
        rest = list(doc[token.right_edge.i + 1 : clause.right_edge.i + 1]) if clause is not None else []
        if clause is not None and all(t.is_punct or t.i in _subtree_indices(head) for t in rest):
            # "A killed B, the military said, a claim ...": the parser hangs the speaker on the last
            # word of the clause it closes, B
            return max(clause.left_edge.idx, sent.start_char), _before_joints(token.left_edge, clause).idx
    end = min(_subtree_range(head)[1], sent.end_char)
    comment = _closing_comment(head)  # "A, the army said, a figure that could not be verified": the reporter's
    commented = comment is not None and comment.left_edge.i > token.right_edge.i
    if comment is not None and commented:
        end = min(end, int(doc[comment.left_edge.i - 1].idx))
    tail_end = comment.left_edge.i if comment is not None and commented else sent.end
    closing = all(t.is_punct for t in doc[token.right_edge.i + 1 : tail_end]) and not any(
        c.dep_ == "conj" for c in token.rights)  # not "A, he said, and are steering away from B"
    if closing and token.left_edge.i > head.i:
        end = min(end, _before_joints(token.left_edge, head).idx)  # "A, the government said, without giving a toll."
    for clause in head.rights:
        if clause.i > token.i and clause.left_edge.i > token.right_edge.i and _reports_another(clause, token, lex):
            between = doc[token.right_edge.i + 1 : clause.left_edge.i]
            cut = token.left_edge if all(_is_joint(t) for t in between) else clause.left_edge
            end = min(end, _before_joints(cut, head).idx)
            break
    return max(head.left_edge.idx, sent.start_char), end


def _split_clause_head(head: Token, parenthetical: Token) -> Token | None:
    """The head of the one clause a parenthetical speaker splits, when the parser hangs the speaker
    on the part after it: "What worries the monitors most, she said, is the lack of access" (the
    verb after the speaker has its subject before it), "The junta hoped, he said, that the sanctions
    would be lifted" (the that-clause after the speaker completes a verb before it). The words on
    both sides are one report, unlike "A killed nine, the ministry said, in one of the deadliest
    days", where what follows the speaker is an adjunct of a clause already complete. Only a
    parenthetical with a speaker of its own: an interjection ("to say, 'Look, here's what ...'")
    splits nothing."""
    if (head.i < parenthetical.i or head.pos_ not in {"VERB", "AUX"}
            or not any(c.dep_ in _SUBJECTS for c in parenthetical.children)):
        return None
    if any(c.dep_ in _SUBJECTS and c.i < parenthetical.i for c in head.children):
        return head
    governor = head.head
    between = parenthetical.doc[governor.i + 1 : parenthetical.left_edge.i]
    if (head.dep_ == "ccomp" and governor.i < parenthetical.i and governor.pos_ in {"VERB", "AUX"}
            and all(t.is_punct or t.pos_ in {"ADV", "PART"} for t in between)):
        return governor  # the verb right before the speaker, not one further back ("attacks that, X noted, ...")
    return None


def _subtree_indices(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)


def _clause_of(noun: Token) -> Token | None:
    """The verb whose clause a noun belongs to, up through its heads; None outside any clause."""
    token = noun
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _before_joints(cut: Token, head: Token) -> Token:
    """``cut`` moved back over the commas and conjunctions before it, which belong to neither side."""
    doc = cut.doc
    while cut.i > head.left_edge.i and _is_joint(doc[cut.i - 1]):
        cut = doc[cut.i - 1]
    return cut


def _is_joint(token: Token) -> bool:
    """Punctuation or a conjunction between two clauses."""
    return token.is_punct or token.dep_ == "cc"


#: Marks of a clause set against the one before it: "..., rights groups said, though the government
#: ...", "..., while organisers said ...". ("but" is a coordinator, not a mark, in spaCy's parse.)
_CONTRASTS = frozenset({"while", "whereas", "although", "though"})


def _reports_another(clause: Token, speaker_verb: Token, lex: _Lexicon) -> bool:
    """A coordinate or contrasting clause whose own subject reports with a verb of saying: "though
    the government put the figure at 120", "and the army said". A clause of time or purpose ("when a
    young man asked", "for Democrats to put") belongs to the host.

    A pronoun or a quantifier ("but we don't ask them", "and most don't expect") may be the first
    speaker again, so only a named or nominal subject is another speaker."""
    if clause.lemma_.lower() not in lex.verbs | lex.toll_verbs:
        return False
    contrast = any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in clause.children)
    if not (clause.dep_ in {"conj", "parataxis"} or (clause.dep_ == "advcl" and contrast)):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ not in {"NOUN", "PROPN"}:
        return False
    own = [c for c in speaker_verb.children if c.dep_ == "nsubj"]
    return not own or subjects[0].lower_ != own[0].lower_


#: Nouns by which a reporter comments on a figure just given: ", a figure that could not be verified".
_COMMENTED_FIGURES = frozenset({"figure", "toll", "number", "tally", "estimate", "count"})


def _closing_comment(clause: Token) -> Token | None:
    """The reporter's comment after a comma that ends the clause: an apposition that names it a claim
    (", a claim that could not be verified"), which the parser hangs on the clause's verb or on its
    last noun, or what the source left out (", without giving a number")."""
    doc = clause.doc
    last = clause.right_edge
    while last.is_punct and last.i > clause.i:
        last = doc[last.i - 1]  # the sentence's full stop hangs on the main verb
    for token in clause.subtree:
        if token.right_edge.i != last.i or token.left_edge.i <= clause.i or doc[token.left_edge.i - 1].text != ",":
            continue
        named = token.lemma_.lower() in load_status_cues().report_nouns or token.lemma_.lower() in _COMMENTED_FIGURES
        second_object = token.dep_ == "dobj" and any(  # the parser's second object after a comma
            c.dep_ == "dobj" and c.i < token.i for c in token.head.children)
        if (token.dep_ in {"npadvmod", "appos"} or second_object) and named:
            return token  # ", a claim that could not be verified", ", a figure that could not be verified"
        if token.dep_ == "prep" and token.lower_ == "without" and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children):
            return token
    return None


_MAX_SPEAKER_TOKENS = 12


def _is_person_or_group(token: Token, lex: _Lexicon) -> bool:
    """A name of a person or people, a personal pronoun, or a noun the actor lexicon places ("the
    senator", "three hostages", "the Afghan pilots"); never a written thing, whoever wrote it ("the
    UN report", "the Russian proposal": the event lexicon's ``documents``)."""
    if token.ent_type_ in {"PERSON", "NORP"} or token.lower_ in lex.pronouns_person:
        return True
    if token.lemma_.lower() in load_trigger_lexicon().documents:
        return False
    actor = actor_for(token, with_conjuncts=False)
    return actor.sector is not None or actor.country is not None
