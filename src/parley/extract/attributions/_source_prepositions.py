"""Source prepositions ("according to X") attributing the rest of their clause to X, and the asides
they open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.attributions._lexicon import _SUBJECTS, _lexicon
from parley.extract.attributions._spans import _Found, _source_range, _subtree_range, _trim
from parley.extract.nlp import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _match_prep(doc: Doc, i: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words))


#: The marks that may end a sentence.
_SENTENCE_END = frozenset({".", "!", "?"})
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
    for trailer in _phrase_trailers(doc[i], last):  # "in the words of one doctor [at the hospital]"
        source_end = max(source_end, _subtree_range(trailer)[1])
        source = (source[0], max(source[1], _subtree_range(trailer)[1]))
    for aside in _source_asides(doc[i], last, objects[0]):  # "according to SOHR, a Britain-based monitor, ..."
        source_end = max(source_end, _subtree_range(aside)[1])
        source = (source[0], max(source[1], _subtree_range(aside)[1]))  # the whole phrase, apposition included
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


#: Parts of speech of a word that, right after a phrase, goes on naming it: the parse broke the phrase.
_NAME_GOES_ON = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _names_an_instrument(source: Token) -> bool:
    """Whether the head of a source phrase names a law, treaty or resolution ("according to the Geneva
    Conventions", "according to international law"): it says what is required, not what happened.
    The attribution stands (the scheme keeps "according to state law"), but it gives no claimant.

    Not when a noun follows the head in the phrase, or right after it: the phrase may name a body
    that writes or reports ("the resolution adopted by the regional parliament", "the resolutions of
    the party congress", "the Geneva Conventions monitoring mission"), which is a claimant."""
    if source.pos_ not in {"NOUN", "PROPN"} or source.lemma_.lower() not in _lexicon().instrument_nouns:
        return False
    if any(t.pos_ in {"NOUN", "PROPN"} for t in source.subtree if t.i > source.i):
        return False
    after = source.right_edge.i + 1
    return after >= len(source.doc) or source.doc[after].pos_ not in _NAME_GOES_ON


def _phrase_trailers(first: Token, last: Token) -> list[Token]:
    """Prepositional phrases after a source phrase that the parser hangs on one of the phrase's own
    words rather than on the source: in "in the words of one doctor at Al-Nao hospital, ..." the
    "at" phrase hangs on "words", yet it describes the doctor, so it belongs to the source, not to
    the content. Only a noun of the phrase ("words") carries one; "according" keeps its parse."""
    doc = first.doc
    return [c for t in doc[first.i : last.i] if t.pos_ == "NOUN"
            for c in t.children if c.dep_ == "prep" and c.i > last.i]


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
    """A description of the source set off by a comma right after it, which the parser hangs as a
    second object of the preposition or on the comma ("clashes killed 14, according to the Syrian
    Observatory for Human Rights, a Britain-based monitor") or, opening the sentence, as a second
    subject of its verb ("According to Airwars, a London-based monitoring group, at least 40
    civilians were killed"): it belongs to the source (PolNeAR keeps an apposition in the source),
    not to the content. It ends on a comma or closes the sentence."""
    after = source.right_edge.i + 1
    doc = source.doc
    if after >= len(doc) or doc[after].text != ",":
        return []
    objects = [c for head in {first.i: first, last.i: last}.values() for c in head.children
               if c.dep_ in {"pobj", "appos"}]
    objects += list(doc[after].children)
    return [c for c in objects + _second_subjects(doc[after + 1 :])
            if c.pos_ == "NOUN" and c.left_edge.i == after + 1 and _closes_aside(c)]


def _second_subjects(tokens: SpacySpan) -> list[Token]:
    """Subjects of a verb that has another subject after them and a comma between the two: the first
    is a description the parser misread as a subject, as no clause has two."""
    return [t for t in tokens if t.dep_ in _SUBJECTS and any(
        c.dep_ in _SUBJECTS and c.i > t.right_edge.i + 1 and t.doc[t.right_edge.i + 1].text == ","
        for c in t.head.children)]


def _closes_aside(phrase: Token) -> bool:
    """A phrase followed by a comma, or by the punctuation that ends its sentence."""
    doc = phrase.doc
    following = phrase.right_edge.i + 1
    return following < len(doc) and (doc[following].text == "," or (
        doc[following].is_punct and doc[following].text in _SENTENCE_END
        and following == sentence_of(phrase).end - 1))
