"""Character spans of sources and contents: _Found (one attribution found), trimming, subtree and
source ranges, relative-clause cuts, quotation pairs, sources whose marks pair up, sources cut to the
speaker (no trailing time or medium phrase, hyphenated names whole).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.extract.actors import load_actor_lexicon
from parley.extract.attributions._lexicon import _EDGE_PUNCT, _lexicon
from parley.extract.data_files import read_data
from parley.extract.events import load_trigger_lexicon
from parley.extract.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


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


def _signed_after(text: str, end: int) -> bool:
    """A speaker follows the quotation ending at ``end`` in its sentence ('," a doctor said', ', said
    the envoy'): the sentence goes on in lower case or after a comma instead of closing."""
    rest = text[end : end + 40].lstrip(" ")
    return bool(rest) and (rest[0] in ",;" or rest[0].islower())


def _quote_at(text: str, opening: int) -> tuple[int, int] | None:
    """The quotation whose opening mark is at ``opening``, or None when the mark pairs with none (a
    quote going on in the next paragraph, the doubled apostrophes some archives print)."""
    return next((pair for pair in _quote_pairs(text) if pair[0] == opening), None)


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


#: The marks :func:`_all_quote_pairs` reacts to: those of :func:`_quote_pairs`, and the doubled
#: apostrophes and backticks of NYT-archive and Penn-Treebank text (''...'', ``...''); a run of three
#: apostrophes is a single quote nested at a doubled one's edge.
_ANY_QUOTE_OR_BREAK = re.compile("``|'{2,}|[“”\"\n]")
#: A height in feet and inches right before doubled apostrophes (5'10''): the apostrophes are inches.
_FEET_AND_INCHES = re.compile(r"\d'\d{1,2}$")
#: Openings of a quotation, as its first characters.
_OPENING_MARKS = ('"', "“", "''", "``")
#: The opening mark of a British quotation, read as one only where it opens a paired quotation.
_SINGLE_OPENING = "‘"
#: The marks that pair with doubled apostrophes.
_DOUBLED_MARKS = ("''", "``")


@lru_cache(maxsize=8)
def _all_quote_pairs(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`_quote_pairs` with archive quotations too: doubled apostrophes (and backticks, which
    only open) pair by the side their words stand on (:func:`_doubled_apostrophe_roles`).

    Kept apart from :func:`_quote_pairs` on purpose: the cue model's candidates and features are
    read with :func:`_quote_pairs`, and retrained on archive quotations the model scored worse (on
    PolNeAR dev and held-out train alike). These pairs only shape what the model accepted: the
    content widened to the quotation, quotes running on joined, verbs inside a quotation dropped.
    British quotations in single curly marks join them the same way (:func:`_single_quote_pairs`).
    Equal to :func:`_quote_pairs` for text without doubled apostrophes, backticks or ‘.
    """
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _ANY_QUOTE_OR_BREAK.finditer(text):
        ch, at = mark.group(), mark.start()
        doubled_open = opened is not None and text.startswith(_DOUBLED_MARKS, opened)
        if ch == "\n":
            opened = None
        elif ch.startswith("'"):
            opens, closes = _doubled_apostrophe_roles(text, at, mark.end())
            if opened is not None and doubled_open and closes:
                if any(c.isalnum() for c in text[opened : mark.end()]):  # not an empty pair ('' '')
                    pairs.append((opened, mark.end()))
                opened = None
            elif opens:
                opened = at
        elif ch in ("“", "``") or (ch == '"' and opened is None):
            opened = at
        elif opened is not None and not doubled_open:
            pairs.append((opened, at + 1))
            opened = None
    return tuple(sorted([*pairs, *_single_quote_pairs(text, pairs)]))


def _archive_quote_pairs(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations :func:`_all_quote_pairs` finds that :func:`_quote_pairs` does not."""
    if "''" not in text and "``" not in text and "‘" not in text:
        return ()
    plain = set(_quote_pairs(text))
    return tuple(pair for pair in _all_quote_pairs(text) if pair not in plain)


#: A single curly opening mark, or a paragraph end.
_SINGLE_OPEN_OR_BREAK = re.compile("[‘\n]")
#: A decade or year shortened with a turned apostrophe ('‘90s', '‘97 election'): no quotation opens.
_SHORT_YEAR = re.compile(r"‘\d{2}(?:s\b|\b)")
#: Words that follow a closing single mark but never a plural possessive ("‘a war on farmers’ and").
_AFTER_CLOSING = frozenset({"and", "or", "but", "as", "in", "on", "at", "to", "for", "with", "from", "by",
                            "he", "she", "they", "we", "it", "said", "says", "told", "added", "is", "was",
                            "are", "were", "that", "which", "who", "after", "before", "over", "because"})


def _single_quote_pairs(text: str, doubles: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """British quotations in single curly marks (‘...’), outside any double quotation.

    A quote nested in a double one is never an attribution of its own in PolNeAR's gold, so a ‘
    inside a double pair, or after a double mark left open to the paragraph's end, opens nothing.
    The closing ’ is also the apostrophe: :func:`_single_closing` tells them apart.
    """
    pairs: list[tuple[int, int]] = []
    for mark in _SINGLE_OPEN_OR_BREAK.finditer(text):
        at = mark.start()
        if (mark.group() == "\n" or (at > 0 and text[at - 1].isalnum()) or _is_short_year(text, at)
                or any(start < at < end for start, end in doubles) or _double_left_open(text, at, doubles)):
            continue
        if pairs and at < pairs[-1][1]:
            continue  # inside the quotation just paired
        close = _single_closing(text, at)
        if close is not None and sum(ch.isalnum() for ch in text[at:close]) >= 2:
            pairs.append((at, close + 1))
    return pairs


def _is_short_year(text: str, at: int) -> bool:
    """The ‘ at ``at`` turns a shortened year ("the ‘97 election", "the ‘90s"), not a quotation that
    opens with a number ("‘12 soldiers died,’ an officer said"): a number, not a decade, whose ‘
    finds a ’ closing on punctuation opens a quotation."""
    if not _SHORT_YEAR.match(text, at):
        return False
    if _DECADE.match(text, at):
        return True
    close = _single_closing(text, at)
    return close is None or text[close - 1] not in ",.!?"


#: A decade shortened with a turned apostrophe ("‘90s"): never a quotation's first word.
_DECADE = re.compile(r"‘\d{2}s\b")


def _double_left_open(text: str, at: int, doubles: Sequence[tuple[int, int]]) -> bool:
    """A double mark opened before ``at`` in its paragraph closes nowhere: the quotation goes on to
    the paragraph's end (the news convention for a quote continued in the next one)."""
    start = text.rfind("\n", 0, at) + 1
    for mark in _ANY_QUOTE_OR_BREAK.finditer(text, start, at):
        if mark.group() in ("“", '"', "``") and not any(q_start <= mark.start() < q_end for q_start, q_end in doubles):
            return True
    return False


#: Punctuation and a closing mark right after a ’: that ’ is a possessive's ("the Russians’,’").
_MARK_CLOSES_NEXT = re.compile(r"[,.!?;:]?’")


def _single_closing(text: str, opening: int) -> int | None:
    """Where the quotation opened by the ‘ at ``opening`` closes, in its paragraph; None if nowhere.

    A ’ closes after a word or punctuation when no letter or digit runs on from it (not "don’t",
    "’90s", nor either mark of "rock ’n’ roll"). One after an s with a word after it may be a plural
    possessive ("the soldiers’ families"): it closes only before a word a possessive never takes
    ("‘a war on farmers’ and"), or when no other ’ closes the quotation. Another ‘ opening first
    (after a space) ends the search: the quotations do not nest.
    """
    end = text.find("\n", opening)
    end = len(text) if end < 0 else end
    possessive: int | None = None
    for at in range(opening + 2, end):
        ch = text[at]
        if ch == "‘" and text[at - 1].isspace():
            break
        if ch != "’" or text[at - 1].isspace() or (at + 1 < end and text[at + 1].isalnum()):
            continue
        if (text[at - 2] == "’" and text[at - 1].isalpha()) or _MARK_CLOSES_NEXT.match(text, at + 1):
            continue  # "rock ’n’ roll", "‘It was the Russians’,’": the mark is an apostrophe
        if not _maybe_possessive(text, at):
            return at
        possessive = at if possessive is None else possessive
    return possessive


def _maybe_possessive(text: str, at: int) -> bool:
    """The ’ at ``at`` may be a plural possessive: it follows an s and a word follows it."""
    if text[at - 1] not in "sS" or not text.startswith(" ", at + 1):
        return False
    following = re.match(r"\w+", text[at + 2 : at + 30])
    return following is not None and following.group().lower() not in _AFTER_CLOSING


def _doubled_apostrophe_roles(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the apostrophes ``text[start:end]`` may open and may close a quotation.

    A mark opens when a word or mark follows it and no word runs into it (''We ...), and closes when
    it follows its last word or punctuation (...,'' the envoy). Apostrophes with spaces on both sides
    (ditto marks in a table) do neither, nor do the inches of a height (5'10''), nor four apostrophes
    or more (an empty pair); inches after a bare number (a 12'' mortar) cannot open. A run of three is
    a doubled mark with a single quote nested at its inner edge, or a plural possessive before a
    closing mark.
    """
    if end - start > 3 or _FEET_AND_INCHES.search(text, max(0, start - 5), start):
        return False, False
    before = _beside_mark(text, start - 1, -1)
    after = _beside_mark(text, end, 1)
    return not after.isspace() and not before.isalnum(), not before.isspace()


def _beside_mark(text: str, at: int, step: int) -> str:
    """The character at ``at`` next to a doubled mark, read through a space to a lone single quote:
    typesetters space a single quote nested at a doubled one's edge ('Manhattan poor,' '')."""
    ch = text[at] if 0 <= at < len(text) else " "
    near, far = at + step, at + 2 * step
    if ch == " " and 0 <= near < len(text) and text[near] == "'" and not (0 <= far < len(text) and text[far] == "'"):
        return "'"
    return ch


def _starts_with_quote(text: str, at: int, quotes: Sequence[tuple[int, int]] = ()) -> bool:
    """A quotation mark opens at ``at``: a content or quotation starting there is quoted.

    A ‘ counts only when it opens one of ``quotes``: it is also a turned apostrophe ("‘90s"), and the
    cue model's candidates, read with the plain pairs, must not see it (:func:`_all_quote_pairs`).
    """
    if text.startswith(_SINGLE_OPENING, at):
        return any(start == at for start, _ in quotes)
    return text.startswith(_OPENING_MARKS, at)


def _closing_mark_at(text: str, end: int) -> int:
    """Where the closing mark of a quotation ending at ``end`` starts: doubled apostrophes are two
    characters wide, so the comma or full stop inside the quotation stands before them."""
    return end - 2 if text[end - 2 : end] == "''" else end - 1


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
        if start <= q_start and _closing_mark_at(text, q_end) <= end + 1 and q_start < end:
            start, end = min(start, q_start), max(end, q_end)
    return start, end


#: Marks that open and close a title or an aside inside a name: curly and straight quotes, the
#: doubled apostrophes of NYT-style quotes, and brackets ("Sen. Ron Wyden (D-Ore.)").
_PAIRED_MARKS = (("“", "”"), ("''", "''"), ('"', '"'), ("(", ")"))
#: How far past a source the closing mark of a title it leaves open may be ("a co-author of ''Those
#: Guys Have All the Fun: Inside the World of ESPN.''").
_TITLE_REACH = 80


def _balanced_source(text: str, source: tuple[int, int], found: _Found) -> tuple[int, int]:
    """The source of an attribution found, with quotation marks and brackets that pair up.

    The parse may end a source inside a title ('Joe Scarborough, host of MSNBC's “Morning Joe'),
    start it inside one ('the New Black” star Selenis Leyva') or begin it on the closing mark of the
    quotation it attributes ("Mr. President,'' Representative Steve Cohen"). PolNeAR never draws a
    source with a lone mark (train 101-360: none of 6,000 gold sources, 11 of parley's). A title is
    taken whole; a quotation that is the content, or a mark that cannot be paired nearby, is left out.
    """
    start, end = source
    original = source
    for opening, closing in _PAIRED_MARKS:
        lone = _lone_mark(text, start, end, opening, closing)
        if lone is None:
            continue
        at, opens = lone
        if opens:
            start, end = _close_or_cut(text, (start, end), at, closing, found)
        else:
            start, end = _open_or_cut(text, (start, end), at, opening, found.content)
    return (start, end) if start < end else original  # a cut that leaves nothing is no better


def _lone_mark(text: str, start: int, end: int, opening: str, closing: str) -> tuple[int, bool] | None:
    """The offset of a mark of the pair left unpaired in ``text[start:end]``, and whether it opens.

    A mark that is the same both ways (straight quotes) opens when a word follows it without a space."""
    stack: list[int] = []
    lone_closing: int | None = None
    at = start
    while at < end:
        if text.startswith(opening, at) and (opening != closing or (not stack and _opens(text, at, len(opening)))):
            stack.append(at)
            at += len(opening)
            continue
        if text.startswith(closing, at):
            if stack:
                stack.pop()
            elif lone_closing is None:
                lone_closing = at
            at += len(closing)
            continue
        at += 1
    if lone_closing is not None:
        return lone_closing, False
    return (stack[0], True) if stack else None


def _opens(text: str, at: int, width: int) -> bool:
    """A straight mark opens a quotation when a word follows it and no word runs into it; the word may
    lie past the source's end ('Said Comey, "The thought ...': the source's last mark opens the content)."""
    after = at + width
    return after < len(text) and text[after].isalnum() and (at == 0 or not text[at - 1].isalnum())


def _close_or_cut(text: str, source: tuple[int, int], at: int, closing: str, found: _Found) -> tuple[int, int]:
    """An opening mark left open: a quotation mark opens a title, and the source runs to its closing
    mark when that comes soon, in the same paragraph and before the cue and the content; a mark the
    source starts with is dropped, and so is one it ends with (the opening of the quotation after
    it); a bracket is an aside the source ends before ("A 2010 video (above) shows": PolNeAR leaves
    it out); any other source is kept as it is."""
    start, end = source
    limit = min([p for p in (found.cue[0], found.content[0]) if p >= end] + [end + _TITLE_REACH])
    shut = text.find(closing, end, limit + len(closing))
    if closing != ")" and shut >= 0 and "\n" not in text[end:shut] and not (
            start < found.content[1] and found.content[0] < shut):  # the closing mark of the quoted content
        return start, shut + len(closing)
    if at == start:
        return _trim(text, start + len(closing), end)
    return _trim(text, start, at) if closing == ")" or not text[at + len(closing) : end].strip() else source


def _open_or_cut(text: str, source: tuple[int, int], at: int, opening: str,
                 content: tuple[int, int]) -> tuple[int, int]:
    """A closing mark with no opening one in the source: the source starts after it when the
    quotation it closes is the content ("Mr. President,'' Representative Steve Cohen told") or has no
    opening mark in the same paragraph, and takes the quotation's opening mark otherwise (a title:
    '“Orange Is the New Black” star Selenis Leyva')."""
    start, end = source
    width = len(opening)
    opened = text.rfind(opening, 0, start)
    closing = text[at : at + width]
    quoted_content = content[0] < at + width and content[1] > opened
    if opened < 0 or quoted_content or "\n" in text[opened:start] or text.count(closing, opened + width, at):
        return _trim(text, at + width, end)
    return opened, end


@dataclass(frozen=True)
class _Settings:
    """The phrases of data/attribution_settings.json that set the scene of a statement (see its _note)."""

    time_preps: frozenset[str]
    occasion_preps: frozenset[str]
    channel_preps: frozenset[str]
    media_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _settings() -> _Settings:
    """Load the scene-setting phrases once per process."""
    raw = read_data("attribution_settings.json")
    return _Settings(
        time_preps=frozenset(raw["time_prepositions"]),
        occasion_preps=frozenset(raw["medium_prepositions"]["occasion"]),
        channel_preps=frozenset(raw["medium_prepositions"]["channel"]),
        media_nouns=frozenset(raw["media_nouns"]),
    )


#: Entity labels of a time phrase: "on Sunday", "last week", "on Tuesday night".
_TIME_LABELS = frozenset({"DATE", "TIME"})


def _without_trailing_setting(doc: Doc, source: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """A source without the time or medium phrase the parse hung on its end.

    In "The defence minister on state television said" or "Police in Karachi on Sunday said" the
    parser makes the phrase part of the subject, but it tells when or where the statement was made,
    not who makes it: PolNeAR leaves it out (see data/attribution_settings.json). Only a source that
    is the subject (or object) of the cue itself is cut, and not one headed by a document or a
    figure, whose time may say which one it is ("A Quinnipiac poll this month found")."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or len(span) < 2 or not cue[0] <= span.root.head.idx < cue[1] or _names_a_record(span.root):
        return source
    setting = next((t for t in span[1:] if t.right_edge.i == span.end - 1 and _sets_the_scene(t, span)), None)
    if setting is None:
        return source
    cut = _trim(doc_text(doc), source[0], setting.left_edge.idx)
    return cut if cut[1] > cut[0] else source


def _names_a_record(noun: Token) -> bool:
    """A document, a poll or a figure ("report", "poll", "figures"), as opposed to who speaks."""
    words = {noun.lemma_.lower(), noun.lower_}  # "data" has the lemma "datum"
    return bool(words & (load_trigger_lexicon().documents | _lexicon().figure_nouns))


def _sets_the_scene(token: Token, span: SpacySpan) -> bool:
    """A time ("on Sunday", "last week") or medium phrase ("in a statement", "on state television")
    hung on the source's head or on the place named after it ("officials in Kyiv on Monday"), not on a
    common noun it would describe ("survivors of the attack in 2015"). "In" is left out: "an executive
    at the foundation in 2009" dates the post, not the statement."""
    head = token.head
    after_comma = any(t.text == "," for t in span[: token.i - span.start])
    if after_comma or not (head.i == span.root.i or _place_of(head, span.root)):
        return False  # after a comma it may belong to an apposition ("..., the favourite to win come November")
    if token.dep_ == "npadvmod":  # "last week", "Monday night"; not "today", often "nowadays"
        return token.ent_type_ in _TIME_LABELS and (token.n_lefts > 0 or token.is_title)
    if token.dep_ != "prep":
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if not objects:
        return False
    settings = _settings()
    preposition, noun = token.lower_, objects[0]
    if noun.ent_type_ in _TIME_LABELS and preposition in settings.time_preps:
        return True
    if noun.lemma_.lower() not in settings.media_nouns and noun.lower_ not in settings.media_nouns:
        return False
    if preposition in settings.occasion_preps:  # "in a statement", "in his address", not "in the report"
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in noun.children)
    return preposition in settings.channel_preps and _speaks_for_itself(head)


def _place_of(noun: Token, root: Token) -> bool:
    """A name in a prepositional phrase on the source's head: "Kyiv" in "officials in Kyiv"."""
    return noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.head.i == root.i


#: Sectors of people a channel may describe: "a presenter on state television", "a guest on Channel 12".
_CHANNEL_PEOPLE = frozenset({"MED", "CVL"})


def _speaks_for_itself(noun: Token) -> bool:
    """A name or an office that speaks on a channel ("Zelensky on Telegram", "the defence minister on
    state television"), not someone the channel describes ("a presenter on state television", "users
    on X": the channel's own people)."""
    if noun.pos_ == "PROPN":
        return noun.tag_ != "NNPS"  # "Palestinians on social media" are some of them
    sector = load_actor_lexicon().roles.get((noun.lemma_.lower(),))
    return sector is not None and sector not in _CHANNEL_PEOPLE and noun.tag_ != "NNS"


#: The rest of a hyphenated name after a source's end: "-Even" in "Yoav Har-Even told".
_NAME_TAIL = re.compile(r"-[A-Z][\w'’]*")


def _with_hyphenated_name(
        text: str, source: tuple[int, int], cue: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """A source whose hyphenated name the tokenizer broke, with its second half back from the cue.

    "Yoav Har-Even told" is split "Har", "-", "Even" and the tagger reads "Even" as an adverb of the
    verb ("Even told"), or leaves it between the name and the cue ("Amira Abu-Lately told": source
    "Abu"). A capitalised word joined to the source's last word by a hyphen is part of the name."""
    tail = _NAME_TAIL.match(text, source[1])
    if tail is None:
        return source, cue
    name = (source[0], tail.end())
    if cue[0] == tail.start() + 1:  # the cue took the name's second half
        rest = _trim(text, tail.end(), cue[1])
        return (name, rest) if rest[1] > rest[0] else (source, cue)
    if cue[0] >= tail.end() and not text[tail.end() : cue[0]].strip():  # left between the name and the cue
        return name, cue
    return source, cue


def _with_name_edges(doc: Doc, found: _Found) -> _Found:
    """An attribution whose source ends on the speaker's name: without the time or medium phrase after
    it (:func:`_without_trailing_setting`), with a hyphenated name whole (:func:`_with_hyphenated_name`),
    and with the description the parse split off the name (:func:`_with_split_description`)."""
    if found.source is None:
        return found
    source, cue = _with_hyphenated_name(doc_text(doc), found.source, found.cue)
    source = _with_split_description(doc, _without_trailing_setting(doc, source, cue), cue)
    return _Found(source, cue, found.content) if (source, cue) != (found.source, found.cue) else found


def _with_split_description(doc: Doc, source: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """A source that is a name, with the description before it that the parse split off.

    In "The monitoring group ACLED said" the parser may read "ACLED said" as a relative clause on
    "group"; in "Airwars, a British monitoring
    group, reported" it may hang the name on the verb and make the description the subject. Either
    way the source kept half the phrase; it names the speaker whole, as PolNeAR draws it. Only a
    subject of the cue itself is widened, and only over a description that is no clause's subject of
    its own ("the strike the ministry reported" keeps "the ministry": "strike" is no subject)."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"} or not cue[0] <= span.root.head.idx < cue[1]:
        return source
    verb = span.root.head
    description = _description_before(span, verb) or _name_before_description(span, verb)
    return (description.left_edge.idx, source[1]) if description is not None else source


def _description_before(name: SpacySpan, verb: Token) -> Token | None:
    """The common noun right before a capitalised name that the parse split from it: the noun the verb
    hangs on as a relative clause with no relative word ("The monitoring group ACLED said": "said"
    read as a clause on "group", the sentence left with no main verb)."""
    first = name[0]
    if first.i == 0 or not first.text[:1].isupper() or first.ent_type_ in _TIME_LABELS:
        return None
    noun = name.doc[first.i - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or _names_a_record(noun):
        return None
    # a clause on a noun that is itself the sentence's root: no verb is left for the sentence, so the
    # "clause" is its main verb ("The letter Putin wrote said ..." keeps "said" and its own subject).
    # Two subjects of the verb ("the Islamist movement Hamas has declared") keep the name alone: the
    # seed set's gold draws that source as the name, and PolNeAR dev and train have no such case.
    bare_clause = (verb.dep_ == "relcl" and verb.head.i == noun.i and noun.dep_ == "ROOT"
                   and not any(c.tag_ in {"WDT", "WP"} for c in verb.children))
    return noun if bare_clause else None


#: Entity labels of a name that places or dates a statement rather than makes it.
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})


def _name_before_description(description: SpacySpan, verb: Token) -> Token | None:
    """The name opening the sentence before an indefinite description the parse made the subject:
    "Airwars, a British monitoring group, reported" hangs "Airwars" on the verb and makes "a ...
    group" its subject; the speaker is "Airwars, a British monitoring group"."""
    doc = description.doc
    first = description[0]
    if first.lower_ not in {"a", "an"} or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    name = doc[first.i - 2]
    while name.head.i != verb.i and name.head.i < first.i and name.head.i != name.i:
        name = name.head
    if (name.head.i != verb.i or name.pos_ != "PROPN" or name.dep_ in {"nsubj", "nsubjpass", "dobj"}
            or name.ent_type_ in _PLACE_OR_TIME):  # "In Kyiv, a spokesman said", "Sudan, an envoy said, ..."
        return None
    return name if name.left_edge.is_sent_start and name.right_edge.i == first.i - 2 else None
