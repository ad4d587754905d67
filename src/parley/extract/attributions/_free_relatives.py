"""Attributions read again after the cue model's decision, by grammar the model's candidates do not
see: a naming verb whose object is a free relative ("condemned what he called a brazen breach") only
labels a noun phrase of the writer's sentence, and is no attribution of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parley.extract.attributions._spans import _Found

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs that give a thing a name or a description ("call it a breach", "see it as a trap", "describe it
#: as provocation"). With "what" as their object they label a noun phrase the writer's own verb governs:
#: "the minister condemned what he called a brazen breach". Of the 14 such labels (pronoun giver, inside
#: another kept attribution's content) that the cue model keeps in PolNeAR train articles 1-360 and dev,
#: gold marks 1 as a cue. Verbs of saying ("what the general said") are not here: PolNeAR marks those.
_NAMING_VERBS = frozenset({"call", "dub", "term", "label", "brand", "describe", "characterize", "characterise",
                           "see", "view", "regard", "portray", "depict"})


def _without_free_relative_labels(kept: Sequence[_Found], doc: Doc) -> list[_Found]:
    """The kept attributions but those whose cue is a naming verb with "what" as its object, a label
    after it and a pronoun giver ("what they see as a rigged election"), inside another kept
    attribution's content: PolNeAR rarely marks the label as attributed, and the other attribution
    ("denounced what it called ...") already reports the speaker's stance."""
    return [found for found in kept
            if not (_labels_a_free_relative(doc, found.cue) and _inside_another_content(found, kept))]


def _inside_another_content(found: _Found, kept: Sequence[_Found]) -> bool:
    """Another kept attribution's content holds the label's cue ("condemned what he called a breach"):
    that attribution already says who holds the label, so a figure in it keeps its claimant. A label
    on a deed ("Israel struck what it called 12 Hamas positions") stays: it is the only record of it."""
    return any(other is not found and other.content[0] <= found.cue[0] and found.cue[1] <= other.content[1]
               for other in kept)


def _labels_a_free_relative(doc: Doc, cue: tuple[int, int]) -> bool:
    """The cue's verb names its "what" object: the object comes before the verb, and the verb has a
    predicate for it (an ``oprd`` noun, "called a breach") or an "as" phrase ("described as")."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = span.root
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    return _has_what_object(verb) and _has_label(verb) and _pronoun_subject(verb)


def _has_what_object(verb: Token) -> bool:
    """'what' is the verb's direct object and comes before it: the free relative of "what he called"."""
    return any(child.dep_ == "dobj" and child.lower_ == "what" and child.i < verb.i for child in verb.children)


def _pronoun_subject(verb: Token) -> bool:
    """The label's giver is a pronoun ("what he called", "what it describes as"): it points back to a
    speaker the sentence has already named, whose own verb ("condemned", "rejects") carries the
    attribution. A named giver ("what economists call spending") is a source of its own, and kept."""
    return any(child.dep_ == "nsubj" and child.tag_ == "PRP" for child in verb.children)


def _has_label(verb: Token) -> bool:
    """The verb gives its object a name ("called a breach") or a description ("saw as a trap")."""
    return any(child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as") for child in verb.children)
