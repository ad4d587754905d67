"""Guards between the ledgers and the brief: what a record must show before the brief says it.

The captive ledger (:mod:`parley.reconcile.captives`) is built by rules that can err, and it keeps
changing; the brief must not turn a bad ledger line into a confident sentence. Each guard here
reads the line's own cited sentence, so a line passes only when its record supports the sentence
the brief would write:

* :func:`names_people` — captives are people: the head of the counted noun phrase is a person
  noun, a demonym ("Filipinos") or a group noun, never a name of a thing ("Galaxy Leader");
* :func:`superlative_partitive` — "one of the largest kidnappings" is not a count of anything;
* :func:`shows_action` — the sentence says the people were taken, held or released ("Seventeen
  of them are Filipino" describes a crew, it reports no capture);
* :func:`is_running_total` — "since the pause began, 102 hostages have been freed" is a total
  over days, never set against one day's count; "released six soldiers it had held since March"
  is one release (the "since" dates the captivity:
  :func:`~parley.reconcile.reports.without_captivity_since`);
* :func:`exchange_sides` — a sentence about an exchange names both sides, and so must the brief;
* :func:`per_side` — "exchanged 150 prisoners of war each" counts what each side gave, and the
  brief must keep the "each" (without it, the count would read as the swap's total).

The word lists are data (``parley/check/data/brief_terms.json``; person nouns, demonyms and
group nouns also come from the extract lexicons, read only).

Limits: no parser is run (the brief must be fast and deterministic over stored text), so heads
and clauses are found with word rules: a head is the last word of the phrase, a clause ends at a
comma, semicolon or dash.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, cast

from parley.extract.data_files import read_data
from parley.reconcile.reports import without_captivity_since

__all__ = [
    "exchange_sides",
    "head_noun",
    "is_common_word",
    "is_running_total",
    "names_people",
    "per_side",
    "shows_action",
    "superlative_partitive",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")
#: A clause ends at a semicolon, colon, dash or comma, but not at the comma of "1,000".
_CLAUSE_END = re.compile(r"[;:—–]|\s-\s|(?<!\d),|,(?!\d{3}(?!\d))")


def terms() -> dict[str, Any]:
    """The brief's lexicon (``parley/check/data/brief_terms.json``).

    Imported here, not at the top: ``parley.check`` imports this module (its verdicts read
    :func:`is_running_total`), so a top-level import made ``import parley.brief`` on its own (as
    ``parley brief`` does) fail on a partly initialised module.
    """
    from parley.check._terms import check_data

    return check_data("brief_terms.json")


@cache
def _people() -> frozenset[str]:
    """Person nouns (singular): the brief's list, the extract lexicons' captive nouns and group nouns."""
    words = set(terms()["person_nouns"])
    categories = read_data("figure_categories.json")
    words |= {_singular(w) for w in categories["nouns"]["held"] if " " not in w and w != "captivity"}
    words |= set(read_data("actor_entities.json")["collectives"]["lemmas"])
    return frozenset(words)


@cache
def _demonyms() -> frozenset[str]:
    countries = read_data("actor_countries.json")["countries"]
    return frozenset(d.lower() for c in countries for d in [*c.get("demonyms", []), *c.get("peoples", [])])


def _singular(word: str) -> str:
    word = word.lower()
    irregular = terms()["irregular_singulars"]
    if word in irregular:
        return cast(str, irregular[word])
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def is_common_word(word: str) -> bool:
    """A person noun or a common word that opens a source ("Witnesses", "Local"), not a name:
    a claimant written at the start of its sentence is lowered by it inside the brief's own."""
    forms = {word.lower(), _singular(word)}
    return bool(forms & _people()) or bool(forms & set(terms()["sentence_case_words"]))


def head_noun(phrase: str | None) -> str | None:
    """The last word of a noun phrase as written ("Palestinian women and children" → "children")."""
    words = _WORD.findall(phrase or "")
    return words[-1] if words else None


def names_people(phrase: str | None) -> bool:
    """Whether a counted phrase names people: its head is a person or group noun, or a demonym.

    A capitalised head that is no demonym is a name; a named person ("Israeli soldier Gilad
    Shalit") passes by a lower-case person noun before the name, a named thing ("Galaxy Leader")
    does not, because a capitalised word is never read as a common noun.
    """
    words = _WORD.findall(phrase or "")
    if not words:
        return False
    head = words[-1]
    if head.lower() in _demonyms() or _singular(head) in _demonyms():
        return True
    if head[0].islower():
        return _singular(head) in _people()
    return any(w[0].islower() and _singular(w) in _people() for w in words[:-1])


def _is_superlative(word: str) -> bool:
    word = word.lower()
    if word in terms()["superlatives"]:
        return True
    return len(word) > 4 and word.endswith("est") and word not in terms()["not_superlatives"]


def superlative_partitive(sentence: str, count: str | None) -> bool:
    """True where the count opens "<count> of the <superlative> ..." ("one of the largest ...")."""
    if not count:
        return False
    for match in re.finditer(re.escape(count), sentence):
        after = re.match(r"\s+of\s+(?:the|its|their|his|her)\s+([A-Za-z\-]+)(?:\s+([A-Za-z\-]+))?",
                         sentence[match.end():])
        if after and any(w and _is_superlative(w) for w in after.groups()):
            return True
    return False


def _words(sentence: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(sentence)]


def shows_action(sentence: str, action: str) -> bool:
    """Whether the sentence has a word saying people were taken, held or released (``action``)."""
    wanted = set(terms()["action_words"].get(action, []))
    return bool(wanted & set(_words(sentence)))


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", text, re.I) is not None


def _clause_at(sentence: str, position: int) -> str:
    """The clause of the sentence around ``position`` (between commas, semicolons or dashes)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, max(position, 0))]
    start = starts[-1] if starts else 0
    end_match = _CLAUSE_END.search(sentence, max(position, 0))
    return sentence[start : end_match.start() if end_match else len(sentence)]


def is_running_total(sentence: str, count: str | None, position: int | None = None,
                     action: str | None = None) -> bool:
    """Whether the count is a running total: a cue in its own clause, or a fronted "Since ..., ".

    ``position`` is the count's offset in the sentence (found from ``count`` when not given).
    "Eleven hostages were freed on Monday, bringing the number released since Friday to 50":
    Eleven is one day's count, 50 the total. ``action`` is the ledger's ("released"): a "since"
    that dates how long the people released were held ("six soldiers it had held since March")
    makes no total.
    """
    opening = sentence.lstrip().lower()
    if any(re.match(rf"{re.escape(cue)}\b", opening) for cue in terms()["fronted_cumulative"]):
        return True
    if position is None or position < 0:
        position = sentence.find(count) if count else -1
    if position < 0:
        return False
    told = without_captivity_since(sentence, position, position + len(count or ""), action)
    clause = _clause_at(told, position)
    return any(_has_phrase(clause, cue) and not _comparison(clause, cue) for cue in terms()["cumulative_cues"])


#: "at least 14,000", "at most 300": a count's qualifier, whose "least" or "most" compares nothing.
_QUALIFYING = re.compile(r"\bat\s+(?:least|most|the\s+(?:very\s+)?(?:least|most))\b", re.I)


def _comparison(clause: str, cue: str) -> bool:
    """'the largest swap since 2022', 'the first since': a comparison, not a running total."""
    at = re.search(rf"(?<![A-Za-z]){re.escape(cue)}(?![A-Za-z])", clause, re.I)
    before = _words(_QUALIFYING.sub(" ", clause[: at.start()]))[-4:] if at else []
    return any(_is_superlative(w) or w in ("first", "last") for w in before)


def exchange_sides(sentence: str, side: str | None) -> tuple[str, str] | None:
    """The two sides of an exchange the sentence tells of, or None when it tells of none.

    Returns ``("", "")`` when the sentence is about an exchange but does not name two sides
    ("prisoners were swapped"), so the caller says "in an exchange" without taking a side.
    """
    if not set(terms()["exchange_words"]) & set(_words(sentence)):
        return None
    name = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
    if side:
        for pattern in (rf"({re.escape(side)})\s+and\s+({name})", rf"({name})\s+and\s+({re.escape(side)})"):
            found = re.search(pattern, sentence)
            if found:
                return found.group(1), found.group(2)
    found = re.search(rf"\b(?:between\s+)?({name})\s+and\s+({name})\s+(?:have\s+|had\s+)?(?:exchanged|swapped|traded)",
                      sentence)
    return (found.group(1), found.group(2)) if found else ("", "")


#: "each" closing a count's noun phrase ("150 prisoners of war each, ..."): what follows it is the
#: end of the clause or a word that opens an adjunct, never a noun "each" would determine
#: ("20 prisoners each week" is a rate, "each of them" a part) nor a word that makes it the head of
#: a phrase of its own ("21 detainees each with a suspended sentence", "each from a different family").
_EACH_CLOSING = (r"(?:\s+of(?:\s+[\w'-]+){1,2})?\s+each(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|under|after|since|"
                 r"during|last|earlier|overnight|and|but|while|according)\b)")


def per_side(sentence: str, count: str | None, counted: str | None, position: int) -> bool:
    """Whether the count at ``position`` is given per side ("swapped 95 prisoners each on Friday").

    Only an "each" right after the counted phrase that follows the count, or after an "of" phrase
    of one or two words ("95 prisoners of war each"), counts; in "The two sides exchanged 250
    bodies each" the count "two" is not given per side.
    """
    if not count or not counted or sentence[position:position + len(count)] != count:
        return False
    pattern = r"\s+(?:of\s+)?" + re.escape(counted) + _EACH_CLOSING
    return re.match(pattern, sentence[position + len(count):], re.I) is not None
