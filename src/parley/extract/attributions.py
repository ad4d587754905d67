"""Attributions: who says what (source, cue, content), and the claimant of any span.

An attribution follows the PARC / PolNeAR scheme: a *cue* (``said``, ``told``, ``according to``)
links a *source* (who says or thinks it, the whole noun phrase as written, appositives included)
to a *content* (the quote or paraphrase; a ``that`` complementiser belongs to the content; a quote
keeps its quotation marks). Candidates are read off spaCy's dependency parse, and a small trained
model (:mod:`parley.extract.attribution_model`) decides which verb and noun candidates are cues:

* every verb proposes the attribution its parse gives it: its subject as the source and, in
  order, its nearest clausal complement not cut off by a semicolon, its object, the object of a
  content preposition ("called for X", "complained about X"; the preposition joins the cue), the
  host clause of a parenthetical ("..., the operator said, and ...") or of an "as" aside ("As
  the senator put it, ..."), or a quotation right after or right before it ('"Why?" the mayor
  asked'); a subject the parser made the verb's object ("said debris from a missile had
  injured ...") opens the clausal content; a subject-less verb ("... and added",
  "..., saying") inherits the subject of the verb it hangs on; the subject of a passive cue is the
  one accused, asked or told, so it is no source ("Roof is accused of ...": the agent, if named,
  is), unless it still speaks ("he was quoted as saying"); nor is the subject of a verb of seeming
  ("the rebels appear to have withdrawn", "it seems"), whose judgement is the writer's; a quotation
  opening right after the verb is its content, not the phrase opening the sentence ('Visibly angry,
  the minister said, "..."'); a speaker set inside one clause ("What Kyiv needs, he said, is ...")
  reports the whole clause; and a writing named after "read" ('"...," read the statement') is the
  source of the quotation before it;
* a noun with a that/to clause or, when it has a possessor or agent, a content preposition
  proposes one too ("Trump's claim that", "a claim made by X that", "her criticism of X");
  a claim noun with a named source and a that-clause is kept whatever the model says;
* source prepositions (``according to X``) attribute the rest of their clause to ``X``;
* a quotation that continues after the attribution (``"A," she said. "B."``, also past a telling
  verb's addressee: ``"A," she told the crowd, "B."``) extends the content to the end of the
  continuing quote, as PolNeAR covers discontinuous contents with one span;
* a quotation signed by a dash and a name (``"..." ― Name``, reader comments, epigraphs) and a
  paragraph opening with a speaker label (``Name: ...`` in headlines and transcripts) are kept
  by rule: the dash or colon is the cue. Labels that are page furniture ("Editor's note:"),
  headings without a named entity, place-name list headings and numeric results are not speakers;
* a Title Case headline whose cue verb the tagger reads as a name ("Senator X Praises Y Deal")
  is kept by rule: the name opening the line is the source, the rest of the line the content;
* of two kept candidates whose cues nest ("continued" and "continued to call for"), the longer
  cue is kept.

:class:`ClaimantResolver` turns attributions into claimants for figures and events: the source of
the narrowest attribution whose content covers the span, with pronouns resolved to the nearest
preceding compatible named source (a deliberately simple rule, documented at
:meth:`ClaimantResolver.claimant_for`), a source cut to its name ("Bassem Naim, a senior
official" -> "Bassem Naim", "the Islamist movement Hamas" -> "Hamas", "the report, published by
Amnesty" -> "Amnesty"), and no claimant for a time apposition that is the reporter's background
("on Friday, the first day of a four-day truce").

Limits: quotes running over several paragraphs are not joined; a tweet signed without quotation
marks ("... — Name (@handle) date") is not attributed; the parse decides content boundaries, so a
misattached phrase is cut off or included; pronoun resolution knows nothing of gender, only
person versus organisation; the model has seen US political news only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.extract.actors import (
    ARMED_SECTORS,
    actor_for,
    another_agent,
    joins_the_report,
    load_actor_lexicon,
    name_rest,
    names_premises,
    reporting_subject,
)
from parley.extract.attribution_model import cue_model, verb_features
from parley.extract.data_files import read_data
from parley.extract.events import enacts_with_object, is_cyber_attack, load_trigger_lexicon
from parley.extract.nlp import (
    FATE_VERBS,
    clause_verb,
    doc_text,
    entities,
    entities_in,
    links_across_semicolon,
    resolve_relative,
    sentence_of,
    token_column,
    verb_stems,
)
from parley.extract.numbers import vague_unit
from parley.extract.status import load_status_cues, rejoinder_of, rejoinders
from parley.records import Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["ClaimantResolver", "find_attributions"]

#: The parts of speech a verb or noun candidate can have (see _verb_candidate, _noun_candidate).
_CANDIDATE_POS = frozenset({"VERB", "NOUN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSES = frozenset({"ccomp", "xcomp"})
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
#: A relative pronoun ("the meeting that they called") stands for a noun outside the clause: no content.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Dependents of a cue verb that belong to the cue when they sit right before it ("did not say").
_CUE_LEFT = frozenset({"aux", "auxpass", "neg"})
#: Dependents that attach a reporting verb to the clause it reports on ("X, the operator said, Y").
_PARENTHETICAL = frozenset({"parataxis"})
#: A subject-less reporting verb inherits the subject of its head through these ("and added").
_INHERIT = frozenset({"conj", "advcl", "xcomp", "pcomp"})
_OPEN_QUOTES = frozenset({'"', "“", "``", "''", "‘‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "''", "’’"})
_EDGE_PUNCT = " \t\n,;:.—–-"




@dataclass(frozen=True)
class _Lexicon:
    """The cue lexicon of ``data/attribution_cues.json`` (see its ``note`` for the source)."""

    verbs: frozenset[str]
    recipient_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    question_verbs: frozenset[str]
    question_not_before_if: frozenset[str]
    inviting_particles: frozenset[str]
    means_verbs: frozenset[str]
    raising_verbs: frozenset[str]
    raised_thinking: frozenset[str]
    source_preps: tuple[tuple[str, ...], ...]
    figure_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    channel_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    attitude_adjectives: frozenset[str]
    stance_adjectives: frozenset[str]
    volition_adjectives: frozenset[str]
    voiced_nouns: frozenset[str]
    light_verbs: frozenset[str]
    light_preps: frozenset[str]
    light_venues: frozenset[str]
    light_partitives: frozenset[str]
    chain_heads: frozenset[str]
    organisation_heads: frozenset[str]
    toll_verbs: frozenset[str]
    toll_revisers: frozenset[str]
    content_preps: frozenset[str]
    charge_preps: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_group: frozenset[str]
    expletives: frozenset[str]
    furniture_labels: frozenset[str]
    physical_senses: frozenset[str]
    deeds_on_people: frozenset[str]
    advocate_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load the cue lexicon once per process."""
    raw = read_data("attribution_cues.json")
    return _Lexicon(
        verbs=frozenset(raw["verbs"]),
        recipient_verbs=frozenset(raw["recipient_verbs"]),
        addressing_verbs=frozenset(raw["addressing_verbs"]["lemmas"]),
        question_verbs=frozenset(raw["question_verbs"]["lemmas"]),
        question_not_before_if=frozenset(raw["question_verbs"]["not_before_if"]),
        inviting_particles=frozenset(raw["question_verbs"]["inviting_particles"]),
        means_verbs=frozenset(raw["means_verbs"]["lemmas"]),
        raising_verbs=frozenset(raw["raising_verbs"]["lemmas"]),
        raised_thinking=frozenset(raw["raising_verbs"]["thinking"]) | frozenset(raw["verbs"]),
        source_preps=tuple(tuple(p.split()) for p in raw["source_prepositions"]),
        figure_nouns=frozenset(raw["figure_nouns"]),
        toll_nouns=frozenset(raw["figure_nouns"]) | frozenset(raw["toll_nouns"]),
        channel_nouns=frozenset(raw["channel_nouns"]),
        claim_verbs=frozenset(raw["claim_verbs"]),
        claim_nouns=frozenset(raw["claim_nouns"]["lemmas"]),
        attitude_adjectives=frozenset(raw["attitude_adjectives"]["words"]),
        stance_adjectives=frozenset(raw["attitude_adjectives"]["stances"]),
        volition_adjectives=frozenset(raw["attitude_adjectives"]["volition"]),
        voiced_nouns=frozenset(raw["voiced_nouns"]["lemmas"]),
        light_verbs=frozenset(raw["light_verbs"]["lemmas"]),
        light_preps=frozenset(raw["light_verbs"]["prepositions"]),
        light_venues=frozenset(raw["light_verbs"]["venues"]),
        light_partitives=frozenset(raw["light_verbs"]["partitives"]),
        chain_heads=frozenset(raw["chain_heads"]),
        organisation_heads=frozenset(raw["organisation_heads"]),
        toll_verbs=frozenset(raw["toll_verbs"]),
        toll_revisers=frozenset(raw["toll_revisers"]),
        content_preps=frozenset(raw["content_prepositions"]),
        charge_preps=frozenset(raw["charge_prepositions"]),
        pronouns_person=frozenset(raw["pronouns"]["person"]),
        pronouns_group=frozenset(raw["pronouns"]["group"]),
        expletives=frozenset(raw["pronouns"]["expletive"]),
        furniture_labels=frozenset(raw["furniture_labels"]),
        physical_senses=frozenset(raw["physical_senses"]["lemmas"]),
        deeds_on_people=frozenset(raw["deeds_on_people"]["lemmas"]),
        advocate_nouns=frozenset(raw["nominal_stances"]["advocates"]),
    )


# ---------------------------------------------------------------- spans


@dataclass(frozen=True)
class _Found:
    """An attribution found in the parse, as character offsets (source may be absent)."""

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a character range past spaces and clause punctuation at both ends."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _without_stray_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """A source range without the closing mark of the quotation before it.

    The parser may hang that mark on the speaker ('"... next," Mariam Odeh, 45, told AP'), so
    the subject's subtree starts with it; an unmatched straight quote at the start is the same mark.
    """
    if start < end and (text[start] == "”" or (text[start] == '"' and text.count('"', start, end) % 2)):
        return _trim(text, start + 1, end)
    return start, end


def _chars(tokens: Sequence[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subtree_range(token: Token) -> tuple[int, int]:
    """Character range of a token's subtree (left_edge to right_edge, contiguous by projectivity)."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _source_range(token: Token) -> tuple[int, int]:
    """A source's characters: its subtree without a relative clause set off by a comma.

    In "according to the coordination headquarters, which said 2,828 had been freed" the source is
    the headquarters; the clause after the comma is another attribution of its own. A restrictive
    clause stays ("officials who spoke on condition of anonymity").
    """
    start, end = _subtree_range(token)
    cut = _relative_cut(token)
    return (start, token.doc[cut].idx) if cut is not None else (start, end)


def _relative_cut(token: Token, limit: int | None = None) -> int | None:
    """The index of the comma before the first relative clause set off by one in ``token``'s phrase
    (", which said ...", hung on ``token`` or on a noun after it), before ``limit``; None if none."""
    for inner in token.subtree:
        if limit is not None and inner.i >= limit:
            break
        if inner.i > token.i and inner.dep_ in {"relcl", "acl"} and _after_comma(inner):
            return inner.left_edge.i - 1
    return None


def _set_off(phrase: Token) -> bool:
    """A phrase between commas: ", in Kentucky,"."""
    doc = phrase.doc
    after = phrase.right_edge.i + 1
    return _after_comma(phrase) and after < len(doc) and doc[after].text == ","


def _after_comma(clause: Token) -> bool:
    """A clause set off by a comma: ", which said ...", a non-restrictive one."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def _relative_antecedent(verb: Token, pronoun: Token) -> Token:
    """The noun a relative pronoun subject stands for ("the headquarters, which said": the headquarters).

    From the noun the parser hangs the clause on: an apposition's name ("Howard Rubel, a senior
    analyst, who notes": Rubel), a predicate common noun's subject, through a list of them ("Trump
    is a liar and a bully who has pledged": Trump). After a comma, a "which" hung on people or a "who" hung
    on a place or a body in an "of"/"for"/"at" phrase is about the noun before it, one step up
    ("the agency for Palestinian refugees, which said": the agency; "an analyst at Jefferies, who
    notes": the analyst); never across "by" ("the shelling by the RSF, which said": the RSF).
    """
    if verb.dep_ != "relcl" or pronoun.tag_ not in {"WDT", "WP"} or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return pronoun
    noun = verb.head
    if (_after_comma(verb) and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ != "by"
            and noun.head.head.pos_ in {"NOUN", "PROPN"} and _wrong_kind_for(pronoun, noun)):
        noun = noun.head.head
    while noun.dep_ == "appos" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    if first.dep_ == "attr" and first.head.lemma_ == "be" and first.pos_ == "NOUN":
        # "Trump is a liar, racist and bully who has pledged": a description of the subject ("the
        # first group was Hamas, which said" names Hamas itself, and "two men and a woman who said"
        # is the woman)
        subject = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
        noun = subject if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else noun
    return noun


def _wrong_kind_for(pronoun: Token, noun: Token) -> bool:
    """A "which" hung on people ("refugees") or a "who" hung on a place or a body ("Jefferies"):
    the pronoun is about another noun of the phrase."""
    if pronoun.lower_ == "which":
        return load_actor_lexicon().roles.get((noun.lemma_.lower(),)) == "CVL"
    return pronoun.lower_ == "who" and noun.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"}


#: The characters :func:`_quote_pairs` reacts to; a newline ends a paragraph.
_QUOTE_OR_BREAK = re.compile('[“”"\n]')


@lru_cache(maxsize=8)
def _quote_pairs(text: str) -> tuple[tuple[int, int], ...]:
    """Quotation spans (opening mark offset, offset past the closing mark), paragraph by paragraph.

    Curly quotes pair by direction; straight double quotes alternate within a paragraph. An
    opening mark left unclosed at a paragraph end (the news convention for a quote that goes on
    in the next paragraph) opens no span. Cached: the cue finder and the source-preposition pass
    ask for the same article's quotes.
    """
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_OR_BREAK.finditer(text):
        ch, at = mark.group(), mark.start()
        if ch == "\n":
            opened = None
        elif ch == "“" or (ch == '"' and opened is None):
            opened = at
        elif opened is not None:
            pairs.append((opened, at + 1))
            opened = None
    return tuple(pairs)


def _with_quotes(text: str, found: _Found, quotes: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Widen a content range to the quotation it lies in, marks and inner punctuation included.

    PolNeAR keeps the marks and the comma before the closing mark (``"... Donald Trump,”``). A
    cue inside the quotation is the speaker's own verb, not the reporter's: its content stays.
    """
    start, end = found.content
    cue_start, cue_end = found.cue
    for q_start, q_end in quotes:
        if q_start < cue_end and cue_start < q_end:
            continue
        if q_start <= start + 1 and end - 1 <= q_end and q_end - q_start > 2:
            return q_start, q_end
        if start <= q_start and q_end <= end + 2 and q_start < end:
            start, end = min(start, q_start), max(end, q_end)
    return start, end


# ---------------------------------------------------------------- cue verbs


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
    """Index of the first of the auxiliaries, negation and adverbs right before a verb."""
    first = token.i
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.right_edge.i != first - 1:
            continue
        if child.dep_ in _CUE_LEFT or (child.dep_ == "advmod" and child.tag_ != "WRB" and all(
                t.dep_ == "advmod" and t.pos_ in {"ADV", "SCONJ", "ADP"} for t in child.subtree)):
            first = child.left_edge.i  # "has since acknowledged", "has so far declined"
    return first


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


def _subject(token: Token, lex: _Lexicon, quoted: _QuotedSpeaker | None) -> Token | None:
    """The source token of a cue verb: its subject, the agent of a passive, or an inherited subject.

    An active subject outranks a "by" phrase the parser calls an agent ("Hussein said by telephone").
    ``quoted`` is the verb's :func:`_speaker_after_quote`, read once by the caller.
    """
    active = any(child.dep_ == "nsubj" for child in token.children)
    for child in token.children:
        if child.dep_ == "agent" and not active:
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
    swallowed = _speaker_in_fronted_phrase(token) or _speaker_folded_before(token)
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
    if token.dep_ in _INHERIT and token.head.i != token.i:
        head = token.head
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
        if head.pos_ == "ADP" and head.head.pos_ in {"VERB", "AUX"}:  # "began by announcing that"
            head = head.head
        if head.pos_ not in {"VERB", "AUX"} or head.i == token.i:
            return None
        return _subject(head, lex, _speaker_after_quote(head))
    return None


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
    noun = doc[token.i - 1]
    if noun.pos_ not in {"PROPN", "NOUN"} or noun.dep_ not in _FOLDED or noun.head.i >= noun.i:
        return None
    first = noun.left_edge.i
    if first < 1 or doc[first - 1].text != "," or any(t.is_punct and t.text != "." for t in doc[first : noun.i]):
        return None
    opening = [c for c in token.lefts if c.dep_ in _FRONTED and c.left_edge.i <= noun.i <= c.right_edge.i]
    return noun if opening else None


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
    the minister declined"; "Pressed on the toll, ..."): its understood subject underwent the verb."""
    return token.tag_ == "VBN" and token.dep_ == "advcl" and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children)


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


#: Marks of a clause set against the one before it: "..., rights groups said, though the government ...".
_CONTRASTS = frozenset({"though", "although", "while", "whereas", "but"})


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
    another's claim), and a telling verb's addressee ("told reporters that"), are looked through,
    for a clause that :func:`_is_complement_clause` shows to be no relative one.
    """
    content_prep = _prep_content(token, lex)
    nouns = [grand for child in token.rights
             if child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE_PREPS and child != content_prep
             for grand in child.children if grand.dep_ == "pobj"]
    if token.lemma_.lower() in lex.recipient_verbs:
        nouns += [child for child in token.rights if child.dep_ in {"dobj", "dative"}]
    for noun in nouns:
        if noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in _ADVERBIAL_RELATIVE_NOUNS:
            continue  # "in the 64 years that pollsters have been measuring views"
        for clause in noun.rights:
            # "said in a report that", "claimed without evidence that": what the speaker says
            own_clause = clause.dep_ == "acl" and noun.head.lower_ in {"in", "without"}
            if (clause.dep_ == "relcl" or own_clause) and _is_complement_clause(clause):
                return clause
            # "said in a report published Monday that ...": the parser hangs the that-clause on the
            # participle that dates the channel, which reports nothing of its own
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and noun.head.lower_ == "in":
                for grand in clause.rights:
                    if grand.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in grand.children):
                        return grand
    return None


def _is_complement_clause(clause: Token) -> bool:
    """A "relative clause" whose "that" fills no gap in it, so that "that" is the conjunction.

    In a true relative clause "that" is the subject or the object the clause lacks ("a meeting
    that the army had called"). Where the clause has a subject of its own and "that" is parsed as
    a marker, or as an object beside an object of the verb's own ("that troops had killed 12
    militants"), or beside a passive subject ("that 30 people were killed"), it is a complement.
    """
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.head.i != clause.i:
        return False
    own_subject = any(c.dep_ in _SUBJECTS and c.i != that.i for c in clause.lefts)
    if not own_subject:
        return False
    if that.dep_ == "mark" or (that.dep_ == "advmod" and clause.head.lemma_.lower() not in _ADVERBIAL_RELATIVE_NOUNS):
        return True  # "said in a report last year that Rwanda had deployed": "that" is no adverb of "report"
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


def _verb_content(
    token: Token, lex: _Lexicon, quoted: _QuotedSpeaker | None
) -> tuple[str, tuple[int, int], Token | None] | None:
    """How the parse gives a verb its content: (kind, character range, preposition joining the cue).

    In order: the quotation before a speaker set off by an apposition, unless the verb has a
    clause after it (:func:`_speaker_after_quote`); a clause; an object (unless the verb's object
    is its addressee, a relative pronoun, or a pronoun followed by the content preposition); a
    content preposition; the host clause of a parenthetical verb; a clause misparsed as a
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
    if opening is None:
        return None
    return next((pair for pair in _quote_pairs(doc_text(token.doc)) if pair[0] == opening[0]), None)


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
        if quote is not None and doc_text(doc)[quote[1] - 2] != ".":
            return quote  # not a quote in the paragraph before, or one its full stop closes
    return None


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
_MAX_SPEAKER_TOKENS = 12
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
    and the words right after it are a name or noun phrase that ends on the clause's end or a
    comma, as :func:`_speaker_after_quote` reads the speaker before the verb. An apposition after
    that comma is part of the source ("said Jo Bopp, a member of the panel,"), as PolNeAR draws it.
    Not a verb whose object is its addressee ('"...," told reporters') nor a day ('", said Monday').
    Returns the speaker's characters.
    """
    doc = token.doc
    if (not _is_finite(token) or token.i < 3 or token.i + 1 >= len(doc)
            or any(c.dep_ in _SUBJECTS for c in token.children)
            or token.lemma_.lower() in lex.recipient_verbs | lex.addressing_verbs):
        return None
    close = token.i - 1 - (doc[token.i - 1].text == "," and doc[token.i - 2].text in _CLOSE_QUOTES)
    if not _closes_quote(doc, close) or doc[close - 1].text not in _UTTERANCE_ENDS:
        return None
    quote = _preceding_quote_at(doc, close)
    if quote is None or len(_WORD.findall(doc_text(doc)[quote[0] : quote[1]])) < _MIN_QUOTE_WORDS:
        return None
    last = _noun_phrase_end(doc, token.i + 1)
    if last is None:
        return None
    end = last
    if last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].pos_ == "DET":
        end = _noun_phrase_end(doc, last + 2) or last  # "said Jo Bopp, a member of the panel,"
    return doc[token.i + 1].idx, doc[end].idx + len(doc[end])


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


def _voiced_noun(verb: Token, lex: _Lexicon) -> tuple[int, tuple[int, int]] | None:
    """'expressed confidence that Congress would act', 'raised concerns that the nominee had misled',
    'issued a statement saying the president was briefed': a verb whose object is a noun of saying
    or feeling with a that-clause, or with a participle of saying and its clause. PolNeAR draws the
    cue through the noun (and the participle), the content as the clause. Returns the cue's end and
    the content, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.voiced_nouns:
        return None
    for child in obj.rights:
        if child.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return obj.idx + len(obj), _subtree_range(child)  # "concerns that the nominee had misled"
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in lex.verbs:
            clause = next((c for c in child.children if c.dep_ == "ccomp"), None)
            if clause is not None:  # "a statement saying the president was briefed"
                return child.idx + len(child), _subtree_range(clause)
    return None


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
    speaker = None if subject is not None and (
        _undergoes(subject, lex) or _headline_passive(token, lex) or _raises_its_subject(token, lex)) else subject
    speaker = _object_controller(token, lex) or speaker  # who speaks; the model still reads the parse's subject
    source = None
    if quoted is not None:
        source = quoted.source
    elif speaker is not None:
        source = _trim(text, *_subject_range(token, speaker))
        source = _without_stray_quote(text, *_trim(text, *_outside(_outside(source, content), cue)))
    elif inverted is not None and not (content[0] < inverted[1] and inverted[0] < content[1]):
        source = inverted  # the parse's subject stays what the cue model reads
    content = _quote_before_aside(text, _trim(text, *content), cue)
    if content[1] <= content[0]:
        return None
    found = _Found(source if source and source[1] > source[0] else None, cue, content)
    return _VerbCandidate(token, found, kind, subject, main_verb_repaired=_heads_its_clause(token, quoted, kind))


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
    reporter sets the two side by side; the first content ends before "while"."""
    start, end = content
    if end <= cue[1]:
        return content
    for token in doc.char_span(cue[1], end, alignment_mode="expand") or []:
        reports = token.lemma_.lower() in lex.claim_verbs or any(  # "while the Red Cross gave a toll of 45"
            c.dep_ == "dobj" and c.lemma_.lower() in lex.toll_nouns for c in token.children)
        if (token.dep_ == "advcl" and reports and token.idx > start
                and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in token.children)
                and any(c.dep_ in _SUBJECTS for c in token.children)):
            return start, min(end, int(token.left_edge.idx))
    return content


#: Sources that name no one: "nobody", "none of the officials"; "no" before a noun works alike.
_NO_ONE = frozenset({"nobody", "none", "neither", "noone"})
#: Conjunctions that set a second report against the first: "..., while organisers said ...".
_CONTRASTS = frozenset({"while", "whereas", "although", "though"})


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


def _noun_source(token: Token) -> Token | None:
    """Who holds a noun's attitude: "Trump's claim", "a claim made by Hamas's armed wing"."""
    for child in token.children:
        if child.dep_ == "poss":
            return child
    for child in token.children:
        if child.dep_ == "acl":
            for agent in (c for c in child.children if c.dep_ == "agent"):
                objects = [c for c in agent.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def _noun_content(token: Token, lex: _Lexicon) -> tuple[str, tuple[int, int], Token | None] | None:
    """A noun's content: a "that"/"to" clause it governs (directly or through "made by X that"),
    else the object of a content preposition ("criticism of X", "calls for X")."""
    for child in token.children:
        if child.dep_ in {"acl", "relcl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return "n:that", _subtree_range(child), None
        if child.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return "n:to", _subtree_range(child), None
        if child.dep_ == "acl":
            clauses = [c for c in child.children if c.dep_ == "ccomp"]
            if clauses:
                return "n:made", _subtree_range(clauses[0]), None
    prep = _prep_content(token, lex)
    if prep is not None and _noun_source(token) is not None:
        start = min(c.left_edge.idx for c in prep.children if c.dep_ in {"pobj", "pcomp"})
        return f"n:prep:{prep.lower_}", (start, _subtree_range(prep)[1]), prep
    return None


def _noun_candidate(token: Token, lex: _Lexicon, text: str) -> _VerbCandidate | None:
    """Build the attribution a noun of saying or attitude would make ("criticism of X")."""
    if token.pos_ != "NOUN":
        return None
    got = _noun_content(token, lex)
    if got is None:
        return None
    kind, content, prep = got
    cue = (token.idx, token.idx + len(token))
    if prep is not None and prep.i == token.i + 1:
        cue = (token.idx, prep.idx + len(prep))
    content = _trim(text, *_within_clause(text, content, cue))
    if content[1] <= content[0] or content[0] < cue[1] - 1:
        return None
    subject = _noun_source(token)
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
    i = start
    while i < len(doc) and ((doc[i].is_punct and doc[i].text in {",", ":"}) or doc[i].is_space):
        i += 1
    if i >= len(doc) or i == start or not _opens_quote(doc, i):
        return None
    return doc[i].idx, doc[i].idx + 1


# ---------------------------------------------------------------- source prepositions


def _match_prep(doc: Doc, i: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words))


#: Tags of wh-words opening a clause ("according to what the board reported").
_WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})


def _from_prep(doc: Doc, i: int, words: tuple[str, ...], text: str) -> _Found | None:
    """For "according to X, C" and "C, according to X": X is the source, the longer side the content."""
    last = doc[i + len(words) - 1]
    # "according to Save the Children": a name the parser reads as a verb clause is still the source
    objects = [c for c in last.children if c.dep_ == "pobj"] or [
        c for c in last.children if c.dep_ == "pcomp" and c.left_edge.tag_ not in _WH_TAGS]  # not "to what X said"
    if not objects:
        return None
    source = _trim(text, *_source_range(objects[0]))
    cue = (doc[i].idx, last.idx + len(last))
    sent: SpacySpan = sentence_of(doc[i])
    source_end = _subtree_range(objects[0])[1]  # past a relative clause on the source
    for aside in _source_asides(doc[i], last, objects[0]):  # "according to SOHR, a Britain-based monitor, ..."
        source_end = max(source_end, _subtree_range(aside)[1])
    # "has killed 150,000, according to ACLED, and left 21.6 million in need, according to the UN":
    # each source phrase bounds the others' sides, and a phrase followed by another claims what precedes it
    others = [k for k in range(sent.start, sent.end) if k != i and _match_prep(doc, k, words)]
    previous = max((k for k in others if k < i), default=None)
    following = min((k for k in others if k > i), default=None)
    side_start = _subtree_range(doc[previous + len(words) - 1])[1] if previous is not None else sent.start_char
    side_end = doc[following].idx if following is not None else sent.end_char
    before = _trim(text, max(sent.start_char, side_start), cue[0])
    if previous is not None:
        before = _after_joining_word(text, before)  # ", and left 21.6 million in need": not the "and"
    after = _trim(text, source_end, max(source_end, side_end))
    if following is not None and before[1] > before[0]:
        after = (after[0], after[0])
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    if _splits_subject_from_verb(doc[i], cue, source_end) and before[1] > before[0] and after[1] > after[0]:
        content = (before[0], after[1])  # "The figure, according to the U.N., includes 12,000 children"
    if content == before and following is None and _continues_the_clause(doc[i], source_end):
        # "has killed 150,000 people, according to some estimates, and uprooted 12 million": the verb
        # joined after the phrase shares its claim; one covering span, as for a parenthetical speaker
        content = (before[0], after[1])
    if content[1] <= content[0]:
        return None
    return _Found(source, cue, content)


def _after_joining_word(text: str, bounds: tuple[int, int]) -> tuple[int, int]:
    """A content range without the "and" or "but" that joins it to the clause before."""
    start, end = bounds
    for word in ("and ", "but "):
        if text.startswith(word, start):
            return _trim(text, start + len(word), end)
    return bounds


def _splits_subject_from_verb(prep: Token, cue: tuple[int, int], source_end: int) -> bool:
    """The source phrase stands between the subject of the clause it hangs on and that clause's verb
    ("Most of the victims, according to the ministry, were women"): one clause, said as a whole."""
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ in {"nsubj", "nsubjpass"}:  # the parser may hang the phrase on the subject itself
        subject, verb = verb, verb.head
        return verb.pos_ in {"VERB", "AUX"} and subject.i < prep.i and verb.idx >= source_end
    return (verb.pos_ in {"VERB", "AUX"} and subject is not None and _subtree_range(subject)[1] <= cue[0]
            and verb.idx >= source_end)


def _continues_the_clause(prep: Token, source_end: int) -> bool:
    """The clause the source phrase hangs on goes on after it with a verb of its own ("..., according to
    X, and uprooted 12 million"), which shares the clause's subject and so its claim."""
    verb = prep.head
    lex = _lexicon()
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.idx >= source_end
        and c.lemma_.lower() not in lex.verbs  # not "..., according to their attorneys, and said ...": a report
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in verb.children)


def _source_asides(first: Token, last: Token, source: Token) -> list[Token]:
    """A description of the source set off by commas right after it, which the parser hangs as a second
    object of the preposition ("according to the Syrian Observatory for Human Rights, a Britain-based
    monitor, clashes killed 14"): it belongs to the source's side, not to the content."""
    after = source.right_edge.i + 1
    doc = source.doc
    if after >= len(doc) or doc[after].text != ",":
        return []
    return [c for head in {first.i: first, last.i: last}.values() for c in head.children
            if c.dep_ in {"pobj", "appos"} and c.pos_ == "NOUN" and c.left_edge.i == after + 1
            and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","]


# ---------------------------------------------------------------- quotes across sentences


#: A period and a capital after it, and the words before a period that do not end a sentence.
_PERIOD_THEN_CAPITAL = re.compile(r"\. +[A-Z]")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "U.N", "U.S", "J"
_ABBREVIATIONS = frozenset({"lt", "gen", "col", "maj", "capt", "sgt", "dr", "mr", "mrs", "ms", "st", "jr", "sr",
                            "gov", "sen", "rep", "rev", "prof", "brig", "adm", "cmdr", "no"})


def _extend_quote(found: _Found, text: str, quotes: Sequence[tuple[int, int]]) -> _Found:
    """'"A," she said. "B."': a quote opening right after the attribution's sentence joins its content.

    Only when the content is itself a quotation that precedes the cue, and the next quotation
    starts the very next sentence of the same paragraph.
    """
    start, end = found.content
    if not (end <= found.cue[0] and text[start : start + 1] in {'"', "“"}):
        return found
    following = next(((q_start, q_end) for q_start, q_end in quotes if q_start >= found.cue[1]), None)
    if following is None:
        return found
    between = text[found.cue[1] : following[0]]
    if "\n" in between or not between.rstrip().endswith("."):
        return found
    if _ends_a_sentence_before(text, found.cue[1], found.cue[1] + len(between.rstrip()) - 1):
        return found  # another sentence stands between: '"A," she said. The army denied it. "B"'
    if text[following[1] - 2] == "," and _OWN_SPEAKER_AFTER.match(text, following[1]):
        return found  # '"B," the senator said': the next quotation has a speaker of its own
    return _Found(found.source, found.cue, (start, following[1]))


#: A speaker and a finite verb of saying right after a quotation: ' the senator said', ' said Kerry'.
_OWN_SPEAKER_AFTER = re.compile(
    r"\s*(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|insisted|replied)\b")


def _ends_a_sentence_before(text: str, start: int, stop: int) -> bool:
    """A period followed by a capital between ``start`` and ``stop`` that ends a sentence: one after a
    word, not after an initial or an abbreviation ("U.N.", "Lt. Gen.")."""
    for match in _PERIOD_THEN_CAPITAL.finditer(text, start, stop):
        word = text[:match.start()].split()[-1] if text[:match.start()].split() else ""
        if not (_INITIALS.fullmatch(word) or word.lower() in _ABBREVIATIONS):
            return True
    return False


# ---------------------------------------------------------------- bylines and speaker labels

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
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: A label's content is a statement, not a number ("Clinton: 2,316") or a list heading's tail.
_MIN_LABEL_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


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
    adjectives = lex.attitude_adjectives | lex.stance_adjectives | lex.volition_adjectives
    for i, dep in enumerate(token_column(doc, "DEP")):
        token = doc[i] if dep == "acomp" else None
        if token is None or token.lower_ not in adjectives:
            continue
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if verb.lemma_.lower() not in _LINKING_VERBS or subject is None or subject.tag_ in {"WDT", "WP"}:
            continue
        governed = _attitude_content(token, subject, lex)
        if governed is None:
            continue
        content, cue_end = governed
        first = _with_auxiliaries(verb)
        source = _trim(text, *_subject_range(verb, subject))
        if source[0] >= doc[first].idx:
            continue  # "are they confident that ...": a question's inverted subject
        yield _Found(source, (doc[first].idx, cue_end), _trim(text, *content))


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
    if verb.lemma_.lower() not in _LINKING_VERBS or subject is None or subject.tag_ in _RELATIVE_TAGS:
        return None
    if subject.lower_ in lex.expletives | {"this", "that"} or subject.i > verb.i:
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
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if wanted is not None:
            return _subtree_range(wanted), end
    return None


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
        0 < len(label) <= _MAX_NAME_TOKENS
        and label.text[:1].isupper()
        and all(t.pos_ in _LABEL_POS and not t.like_num for t in label)
        and (any(t.pos_ == "PROPN" for t in words)
             or (len(words) == 1 and (_named_elsewhere(words[0]) or _known_person(words[0]))))
        and sum(len(t.text) for t in words) > 2
        and (len(words) == 1 or any(ent.label_ in _SPEAKER_ENTS for ent in names))
        and not _is_one_place(names, len(words))
    )


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
        if not named or source[-1].is_punct:
            return None
        last = k
        if k + 1 < len(tokens) and tokens[k + 1].lower_ in lex.content_preps:
            last = k + 1  # "Sides With", "Worries About"
        content = _trim(text, tokens[last].idx + len(tokens[last]), end)
        if len(_WORD.findall(text[content[0] : content[1]])) < 1:
            return None
        return _Found(_chars(source), _chars(tokens[first : last + 1]), content)
    return None


# ---------------------------------------------------------------- public API


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
    if text[start : start + 1] not in {'"', "“"} or not _speaker_and_cue_only(text, found, lead, tail):
        return found
    tail = _past_aside(text, _past_addressee(text, found.cue, tail))
    for q_start, q_end in quotes:
        if (start >= tail and q_end <= lead and text[q_end:lead].strip(" ,") == "" and text[q_end - 2] == ","
                and text[tail:start].strip() == ","  # 'said: "B"' opens a quotation of its own
                and len(_WORD.findall(text[q_start:q_end])) >= _MIN_QUOTE_WORDS):  # not 'about the "ceasefire,"'
            return _Found(found.source, found.cue, (q_start, end))  # the first part before the speaker
        if (end <= lead and q_start >= tail and text[tail:q_start].strip(" ,") == "" and text[end - 2] == ","
                and (text[q_end - 2] in ".!?" or text[q_end : q_end + 1] in {"", ".", "\n"})):
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
    if objects is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in token.children):
        return True
    # "the fighting has claimed 500 lives", "claimed his 24th title": took them, said nothing
    return token.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED_AS_WON for c in token.children)


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
    return any(c.dep_ == "dobj" and _is_person_or_group(c, lex) for c in token.children)


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
    quotes = _quote_pairs(text)
    kept = _longest_cues(
        [
            _with_light_noun(candidate, found, lex)
            for candidate, found, features in scored_verb_candidates(doc)
            if (model.accepts(features) or _is_sourced_claim(candidate, lex) or _reads_out_a_quote(candidate))
            and not _physical_act(candidate, lex) and not _deed_sense(candidate.token)
            and not is_cyber_attack(candidate.token)
            and not _acts_on_someone(candidate.token, lex) and not enacts_with_object(candidate.token)
        ]
    )
    kept = _without_source_asides(kept, doc, lex)
    kept += [_widen(f, text, quotes) for f in _prep_candidates(doc, lex) if not _inside_quote(f.cue, quotes)]
    kept += [f for f in _rejoinder_candidates(doc, lex) if not _inside_quote(f.cue, quotes)]
    kept += [f for f in _attitude_candidates(doc, lex) if not _inside_quote(f.cue, quotes)]
    kept += _without_overlaps([f for f in _copular_candidates(doc, lex) if not _inside_quote(f.cue, quotes)], kept)
    kept += _without_overlaps([f for f in _question_candidates(doc, lex) if not _inside_quote(f.cue, quotes)], kept)
    kept = _made_clear_over_make(kept, [f for f in _made_clear_candidates(doc) if not _inside_quote(f.cue, quotes)])
    extra = [*_byline_candidates(doc), *_label_candidates(doc, lex), *_headline_candidates(doc, lex)]
    kept += _without_overlaps(extra, kept)
    kept = [found for found in kept if not _in_editorial_note(found, text)]
    records = [
        Attribution(
            doc_id=doc_id,
            source=_span(text, _source_edges(text, _without_focus_word(text, _without_line_marker(
                text, _last_paragraph(text, found.source)))))
            if found.source else None,
            cue=_span(text, found.cue),
            content=_span(text, found.content),
        )
        for found in kept
    ]
    records.sort(key=lambda a: a.cue.start)
    return records


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


# ---------------------------------------------------------------- claimants


class ClaimantResolver:
    """Who claims a span of the text, read off the document's attributions.

    >>> from parley.extract.nlp import load_nlp
    >>> doc = load_nlp()("Police said 12 people died. They added that 3 were children.")
    >>> resolver = ClaimantResolver(doc, find_attributions(doc, "d"))
    >>> resolver.claimant_for(44, 45)
    'Police'
    """

    def __init__(self, doc: Doc, attributions: Sequence[Attribution]) -> None:
        self.doc = doc
        self._lex = _lexicon()
        cues = [(a, *self._read_cue(a)) for a in attributions]  # each cue read once
        # who does not say claims nothing: "The army did not say how many soldiers had been killed"
        self.attributions = sorted(
            (a for a, lemma, negated in cues if self._is_claim(a, lemma) and not negated),
            key=lambda a: a.content.end - a.content.start,
        )
        # A denial claims no figure, but a denied act is the denier's ("Israel denied that its forces
        # struck the hospital"). A later pronoun may stand for the source of any attribution ("the
        # army denied ..., although he admitted ...").
        self._denials = sorted(
            (a for a, lemma, _ in cues if lemma == "deny"), key=lambda a: a.content.end - a.content.start
        )
        self._sources = [a.source for a in attributions if a.source is not None]

    def _is_claim(self, attribution: Attribution, lemma: str | None) -> bool:
        """Speech and estimates give claimants; attitudes ("agreed to", "defended") do not."""
        if tuple(attribution.cue.text.lower().split()) in self._lex.source_preps:
            return True
        return lemma in self._lex.claim_verbs or lemma in self._lex.toll_revisers

    def _read_cue(self, attribution: Attribution) -> tuple[str | None, bool]:
        """The lemma of the cue's (last) verb, and whether the cue is negated ("did not say")."""
        cue = attribution.cue
        span = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if span is None:
            return None, False
        verbs = [t for t in span if t.pos_ == "VERB"] or list(span)
        negated = any(t.dep_ == "neg" or any(c.dep_ == "neg" for c in t.children) for t in span)
        return str(verbs[-1].lemma_.lower()), negated or self._no_one_says(attribution)

    def _no_one_says(self, attribution: Attribution) -> bool:
        """"No group has claimed responsibility", "Nobody said ...": a source that is no one claims nothing."""
        if attribution.source is None:
            return False
        words = attribution.source.text.lower().split()
        return bool(words) and (words[0] in _NO_ONE or (words[0] == "no" and len(words) > 1))

    def claimant_for(self, start: int, end: int, *, denied: bool = False) -> str | None:
        """The claimant of the characters ``start:end`` (a figure, an event trigger), or None.

        The narrowest attribution whose content covers the span gives it. Its source is
        returned as written, with two rewrites:

        * a pronoun ("he", "they") becomes the nearest named source before it, a PERSON for
          he/she and anything but a PERSON for they/it, taken from earlier attributions' sources,
          else from the named entities before it;
        * a source naming a person with a title or apposition ("Ministry spokesman Majed
          al-Ansari", "Ukraine's commissioner, Dmytro Lubinets") becomes the person's name;
          "the ministry's figures" becomes "the ministry".

        None when no attribution covers the span (the article says it in its own voice) or none that
        covers it has a source: a sourceless one ("is believed to have killed 15,000, according to UN
        experts") leaves the span to a wider one that names who says it. A denial gives the claimant
        only of what is ``denied`` (an event whose status says so), never of a figure.
        """
        if self._in_background(start, end):
            return None
        for attribution in [*self.attributions, *(self._denials if denied else [])]:
            content = attribution.content
            if content.start <= start and end <= content.end and attribution.source is not None:
                return self._name(attribution.source)
        return None

    def _in_background(self, start: int, end: int) -> bool:
        """The span lies in a time apposition set off by a comma ("on Friday, the first day of a
        four-day truce, X said"): the reporter's background, not what the source reports."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token: Token = span.root
        while token.head.i != token.i:
            if token.dep_ in {"npadvmod", "appos"} and token.ent_type_ in {"DATE", "TIME"} and not (
                    token.like_num and token.n_lefts + token.n_rights == 0):  # "Maria Kovalenko, 34,": an age
                before = token.left_edge.i - 1
                if before >= 0 and self.doc[before].text == ",":
                    return True
            if token.dep_ in _CLAUSES or token.pos_ in {"VERB", "AUX"}:
                return False
            token = token.head
        return False

    def _name(self, source: Span) -> str:
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is None:
            return source.text
        if len(span) == 1 and span[0].lower_ in self._lex.pronouns_person | self._lex.pronouns_group:
            return self._antecedent(span[0]) or source.text
        if len(span) == 1 and span[0].tag_ in {"WDT", "WP"}:  # "the ministry, which said": the ministry
            noun = _relative_antecedent(span[0].head, span[0])
            if noun.i != span[0].i:
                span = self.doc[noun.left_edge.i : noun.right_edge.i + 1]
        roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
        if len(roots) > 1 and roots[0].dep_ in _SUBJECTS and roots[0].pos_ in {"NOUN", "PROPN"}:
            # "COGAT, the Israeli body that ..., said": the parser made the apposition a second subject
            span = self.doc[roots[0].left_edge.i : roots[0].right_edge.i + 1]
        return (_short_name(span, self._lex) or span.text).strip()

    def _antecedent(self, pronoun: Token) -> str | None:
        """The nearest earlier named source compatible with a pronoun (the documented simple rule)."""
        wants_person = pronoun.lower_ in self._lex.pronouns_person
        speaker = reporting_subject(pronoun)
        if speaker is not None and speaker.pos_ != "PRON":  # "sanctions on officials it accused of ...": the sanctioner
            phrase = self.doc[speaker.left_edge.i : speaker.i + 1]
            return _short_name(phrase, self._lex) or str(phrase.text)
        labels = {"PERSON"} if wants_person else {"ORG", "NORP", "GPE"}
        # a demonym or name that modifies a noun ("Russian officials") is no one a pronoun stands for
        named = [e for e in entities(self.doc) if e.end_char <= pronoun.idx and e.label_ in labels
                 and not (e.root.dep_ in {"amod", "compound"} and e.root.head.pos_ == "NOUN")]
        earlier = sorted((s for s in self._sources if s.end <= pronoun.idx), key=lambda s: -s.start)
        subject = _recent_subject(named, pronoun)
        for source in earlier:
            span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
            if span is None or (len(span) == 1 and span[0].pos_ == "PRON"):
                continue
            if _is_person(span, self._lex) == wants_person:
                if subject is not None and subject.start_char >= source.end:
                    return str(subject.text)  # "the minister, Daud Aweis, gave another account. He said ..."
                nearer = _asked_before(named, span, pronoun, self._lex)
                if nearer is not None:
                    return str(nearer.text)  # "Sanders was asked ..., in which he said": Sanders, asked, says
                return _short_name(span, self._lex) or source.text
        return str(named[-1].text) if named else None


def _recent_subject(named: Sequence[SpacySpan], pronoun: Token) -> SpacySpan | None:
    """The last name in the pronoun's sentence or the one before that is a clause's subject, or set
    beside one ("Somalia's information minister, Daud Aweis, gave a different account"): the one a
    following "he said" most likely takes up, though no cue made it a source."""
    window = sentence_of(pronoun).start
    if window > 0:
        window = sentence_of(pronoun.doc[window - 1]).start
    for entity in reversed(named):
        if entity.start < window:
            return None
        root = entity.root
        subject = root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "appos" and root.head.dep_ == "nsubj")
        if pronoun.lower_ in {"it", "its"} and root.tag_ in {"NNS", "NNPS"}:
            continue  # "... 34,488 Palestinians have been killed. ..., but it says": "it" is no plural
        if subject and root.i < pronoun.i:
            return entity
    return None


def _asked_before(named: Sequence[SpacySpan], source: SpacySpan, pronoun: Token, lex: _Lexicon) -> SpacySpan | None:
    """A name after the nearest earlier source, in the pronoun's sentence or the one before, that
    was asked or told something ("Sanders was asked about their case ..., in which he said"): the
    one asked answers, though as the subject of a passive cue it is no source itself."""
    window = sentence_of(pronoun).start
    if window > 0:
        window = sentence_of(pronoun.doc[window - 1]).start
    for entity in reversed(named):
        if entity.start < max(source.end, window):
            return None
        verb = entity.root.head
        if entity.root.dep_ == "nsubjpass" and verb.lemma_.lower() in lex.verbs and verb.i < pronoun.i:
            return entity
    return None


def _is_person(span: SpacySpan, lex: _Lexicon) -> bool:
    """A source that names a person: a PERSON entity at its head, or a singular noun head that is
    not an organisation ("The Obama campaign" is no person: the name does not head it)."""
    names = entities_in(span)
    if any(ent.label_ == "PERSON" and ent.start <= span.root.i < ent.end for ent in names):
        return True
    roles = load_actor_lexicon()
    if any(c.dep_ == "appos" and c.tag_ == "NN" and (c.lemma_.lower(),) in roles.roles
           and c.lemma_.lower() not in roles.bodies for c in span.root.children):
        return True  # "Jean-Claude Mambo, a civil society leader": the tagger's ORG is a person by his post
    if any(ent.label_ in {"ORG", "NORP", "GPE"} and ent.root == span.root for ent in names):
        return False
    return span.root.tag_ in {"NN", "NNP"} and span.root.lemma_.lower() not in lex.organisation_heads


def _short_name(span: SpacySpan, lex: _Lexicon) -> str | None:
    """The claimant's name out of a source as written; None to keep it whole.

    * "Ukraine's commissioner, Dmytro Lubinets": the named appositive;
    * otherwise the source is first cut before its appositive or relative clause ("Bassem Naim,
      a senior Hamas official"; "Israeli figures, dozens of whom are believed dead"), then a
      titled person ("Army spokesman Daniel Hagari") becomes the name, a proper noun after a
      common description ("the Islamist movement Hamas") the proper noun, and "the ministry's
      figures" the ministry.
    """
    root = span.root
    named = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > root.i]
    if named and not any(ent.label_ == "PERSON" and ent.start <= root.i < ent.end for ent in entities_in(span)):
        return str(_core(span.doc[named[0].left_edge.i : named[0].right_edge.i + 1]).text)
    core = _core(span)
    # a name the tagger calls a person but that modifies a common noun is no one ("the Azov brigade"),
    # nor is one that owns a body that speaks ("Mali's army", "Netanyahu's office", "Rubio's campaign")
    people = [ent for ent in entities_in(core) if ent.label_ == "PERSON" and ent[0].pos_ == "PROPN"
              and not (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN")
              and not (ent.root.dep_ == "poss" and _speaking_body(_compound_head(ent.root.head)))
              and not _owns_named_body(ent)]
    if people:
        person = _titled_name(people[-1])
        while len(person) > 1 and person[0].text.endswith(".") and len(person[0].text) <= 6 and person[0].is_title:
            person = person[1:]  # "Maj. Gen. Pat Ryder": the rank's abbreviations are no part of the name
        return str(person.text)
    proper = _trailing_proper_name(core)
    if proper is not None:
        return proper
    root = core.root
    written = root.lemma_.lower() in load_trigger_lexicon().documents  # "the report, published by Amnesty"
    if written or root.lemma_.lower() in lex.figure_nouns or root.lower_ in lex.figure_nouns:  # "data": "datum"
        owners = [c for c in root.children if c.dep_ == "poss"]
        # "figures compiled by the UN", "data released by the ministry": the agent of the participle
        owners += [o for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if written:  # "a statement from the army"
            owners += [o for c in root.children if c.dep_ == "prep" and c.lower_ == "from"
                       for o in c.children if o.dep_ == "pobj"]
        if owners:
            owner = owners[0]
            return str(span.doc[owner.left_edge.i : owner.i + 1].text)
        makers = [o for c in root.children if c.dep_ == "prep" and c.lower_ == "by"  # "estimates by aid groups"
                  for o in c.children if o.dep_ == "pobj"]
        if makers:  # the whole name: "a study by Harvard and the University of California at Berkeley"
            return str(span.doc[makers[0].left_edge.i : makers[0].right_edge.i + 1].text)
        # "UN figures", "Health Ministry data": a name compounded with the figure noun owns it
        # ("Israeli figures" may be people, and an adjective is no owner)
        named = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ not in {"DATE", "TIME"}]  # "January figures" have no owner
        if named:
            owner = named[0]  # its own name, not the common nouns after it ("UN casualty figures")
            return str(span.doc[owner.left_edge.i : owner.i + 1].text)
    return str(core.text) if len(core) < len(span) else None


def _owns_named_body(entity: SpacySpan) -> bool:
    """"Sri Lanka's Disaster Management Centre": a name the tagger calls a person that owns an
    organisation's proper name is the organisation's place, not a speaker; the source is the body."""
    owned = entity.root.head
    return entity.root.dep_ == "poss" and owned.pos_ == "PROPN" and owned.ent_type_ == "ORG"


#: Nouns of a person's own staff that speak for them: "Rubio's campaign", "Trump's aides".
_STAFF_NOUNS = frozenset({"campaign", "team", "aide", "aides", "camp"})


def _compound_head(noun: Token) -> Token:
    """The noun a compound modifier belongs to: "ministry" for "transport" in "transport ministry"."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _speaking_body(noun: Token) -> bool:
    """A body or staff that speaks in its own name ("army", "office", "campaign"), not a thing a person
    has ("Clinton's win", "Trump's performance")."""
    lemma = noun.lemma_.lower()
    common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower)  # "transport ministry", tagged a name
    return common and (lemma in _STAFF_NOUNS or (lemma,) in load_actor_lexicon().roles)


def _titled_name(person: SpacySpan) -> SpacySpan:
    """A person's name with the given names the tagger left out between it and a title:
    "Attorney General Tarek William Saab" is tagged "William Saab". Only names right after a role
    word are taken in, so "Foreign Secretary David Lammy" tagged "Lammy" stays "Lammy"."""
    doc, roles = person.doc, load_actor_lexicon().roles
    start = person.start
    while start > max(person.start - 2, 1) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].dep_ == "compound" and (doc[start - 1].lemma_.lower(),) not in roles:
        start -= 1
    if start == person.start or (doc[start - 1].lemma_.lower(),) not in roles:
        return person
    return doc[start : person.end]


def _trailing_proper_name(span: SpacySpan) -> str | None:
    """A capitalised name after a common description: "the Islamist movement Hamas" -> "Hamas"."""
    doc = span.doc
    last = span.end - 1
    first = last
    while first >= span.start and doc[first].pos_ == "PROPN" and doc[first].text[:1].isupper():
        first -= 1
    if first == last or first < span.start or doc[first].pos_ != "NOUN" or doc[first].text[:1].isupper():
        return None  # "Doctors Without Borders": a capitalised noun is part of the name
    return str(doc[first + 1 : last + 1].text)


def _core(span: SpacySpan) -> SpacySpan:
    """The source without the appositive or relative clause after its head noun."""
    root = span.root
    cut = span.end
    for child in root.rights:
        if child.dep_ in {"appos", "relcl", "acl"} and child.i < cut:
            cut = child.left_edge.i
    comma = _relative_cut(root, cut)  # "the headquarters for prisoners, which said": hung on "prisoners"
    cut = comma if comma is not None else cut
    rest = name_rest(root)
    if rest and cut <= rest[-1].i < span.end:
        cut = rest[-1].i + 1  # "the Committee to Protect Journalists": a clause inside the name is the name
    while cut > span.start + 1 and span.doc[cut - 1].is_punct:
        cut -= 1
    return span.doc[span.start : max(cut, root.i + 1)]
