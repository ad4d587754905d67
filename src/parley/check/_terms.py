"""What makes two records "the same claim": counted nouns, claimants, value intervals, statuses.

These comparisons are deliberately simple and explainable, because a fact-checker must be able
to see why a mark was given: heads of counted noun phrases compared by word (with a small
synonym table), claimants compared by the country they name, their distinctive words, acronyms
and other names of one body (``reconcile/data/claimant_aliases.json``: "MSF" is "Doctors Without Borders"),
values compared as intervals that their qualifier allows. The word lists are data
(``data/check_terms.json``).

Places: two different names conflict, except that a first-level region written as one ("Idlib
province") may hold a town of its country, or one the gazetteer does not know (:func:`places_nested`);
the gazetteer knows countries, not which province a town is in, so "Idlib province" may hold Aleppo.

Limits: no coreference across articles ("the ministry" in one report and "Gaza's health
ministry" in another are unknown to each other unless they share a country); heads are compared
as written, with a crude plural rule.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal, cast

from parley.check._numbers import numbers_in
from parley.extract.actors import WrittenOrganisation, load_actor_lexicon, organisation_written, unaccented
from parley.extract.events import gazetteer_country
from parley.reconcile.reports import claimant_alias, content_words, country_of
from parley.records import Figure

__all__ = [
    "ClaimantKey",
    "agency_named",
    "article_countries",
    "as_count",
    "both_tolls",
    "bound_implied",
    "check_data",
    "claimant_key",
    "claimants_compatible",
    "content_set",
    "counted_compatible",
    "counted_head",
    "counted_relation",
    "countries_in",
    "counts_conflict",
    "group_may_hold",
    "intervals_overlap",
    "is_denial",
    "is_doubted",
    "is_framing",
    "is_intent",
    "is_parent_of",
    "is_vague",
    "names_places",
    "numbers_in",
    "overlap",
    "parent_related",
    "part_given_whole",
    "places_conflict",
    "places_in_sentence",
    "places_nested",
    "possible_interval",
    "role_of_whole",
    "same_story",
    "states_figure",
    "terms",
    "value_interval",
    "whole_given_part",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
#: Relative slack of an exact figure (rounding in reports: 1,200 vs 1,203 is not a dispute).
EXACT_SLACK = 0.005
#: Relative width of "about N" either side.
APPROX_SLACK = 0.10
#: How far above N "more than N" / "at least N" is taken to reach.
OPEN_ABOVE = 1.30
#: A vague plural ("hundreds": low 200) reaches this many times its low bound.
VAGUE_SPAN = 4.95
#: How far below N "nearly N" / "fewer than N" is taken to reach.
OPEN_BELOW = 0.85
#: Qualifiers of a bound: a limit, not a count.
#: How far a source's bound may be from the draft's for the draft's to round it ("more than 150" → "more than 100").
BOUND_REACH = 2.0
BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most"})


@cache
def check_data(name: str) -> dict[str, Any]:
    """The parsed JSON object of ``parley/check/data/<name>``, read once per process: the checker's
    lexicon and the brief's (``brief_terms.json``), which ships beside it, share this one reader."""
    text = resources.files("parley.check").joinpath("data", name).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def terms() -> dict[str, Any]:
    """The lexicon of ``data/check_terms.json``."""
    return check_data("check_terms.json")


@cache
def _synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in terms()["counted_synonyms"]:
        for word in group:
            out[word] = group[0]
    return out


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def counted_head(counted: str | None) -> str | None:
    """The head of what is counted, singular and mapped to its synonym group; None when unknown.

    A two-word head ("police officers") is looked up before its last word: "six policemen" is a
    paraphrase of "six police officers".
    """
    words = [w.lower() for w in _WORD.findall(counted or "")]
    if not words:
        return None
    head, synonyms = words[-1], _synonyms()
    pair = " ".join(words[-2:])
    return (synonyms.get(pair) or synonyms.get(head) or synonyms.get(_singular(head))
            or _singular(head))


def _owned_heads(counted: str | None) -> frozenset[str]:
    """The synonym groups a head owned by a body may mean ("its men" → soldiers or militants, as the body
    is a state's or not); empty for other phrases."""
    words = [w.lower() for w in _WORD.findall(counted or "")]
    owned = terms()["possessed_synonyms"]
    if len(words) < 2 or words[-2] not in terms()["possessives"] or words[-1] not in owned:
        return frozenset()
    return frozenset(_synonyms()[word] for word in owned[words[-1]])


def _is_generic(counted: str | None) -> bool:
    words = [w.lower() for w in _WORD.findall(counted or "")]
    return not words or _head_in(words, terms()["generic_counted"])


def both_tolls(a: str | None, b: str | None) -> bool:
    """Whether two counted phrases both name a whole toll without saying whose ("people", "the death toll").

    Of one incident, "85 people were killed" and "the toll rose to 58" give two values of one
    count; the caller must know the sentences tell one incident (a war's overall toll is no
    day's count).
    """
    return _is_total(a) and _is_total(b)


def _is_total(counted: str | None) -> bool:
    words = [w.lower() for w in _WORD.findall(counted or "")]
    return bool(words) and _head_in(words, terms()["total_counted"])


def _head_in(words: list[str], heads: Collection[str]) -> bool:
    """Whether the phrase's last word, or its last two, is one of ``heads``."""
    return words[-1] in heads or " ".join(words[-2:]) in heads


def counted_compatible(a: str | None, b: str | None, *, strict: bool = False) -> bool:
    """Whether two counted phrases can count the same people or things.

    Same head (or synonyms) and no conflicting country: "Israeli hostages" ~ "hostages", not
    "Palestinian prisoners". A demonym head ("Palestinians") is a generic head with a country.
    Unless ``strict``, a generic head ("people", "fatalities") is compatible with any head whose
    country does not conflict; ``strict`` is what a contradiction needs.
    """
    ca, cb = country_of(a), country_of(b)
    if ca and cb and ca != cb:
        return False
    ha, hb = counted_head(a), counted_head(b)
    if ha is not None and ha == hb:
        return True
    # "six of its men" are its fighters, and still men: either reading may be the other's head.
    owned_a, owned_b = _owned_heads(a), _owned_heads(b)
    if ha in owned_b or hb in owned_a or owned_a & owned_b:
        return True
    if strict:
        return False
    if _is_generic(a) or _is_generic(b):
        return True
    # A demonym head ("Palestinians") counts people of one country: the other must name it too.
    return bool((ha and country_of(ha) and ca == cb) or (hb and country_of(hb) and ca == cb))


CountedRelation = Literal["same", "part", "whole"]


def counted_relation(mine: str | None, theirs: str | None) -> CountedRelation | None:
    """How the people ``mine`` counts stand to those ``theirs`` counts, in one sentence of one story.

    "same": one group (same head, or both whole tolls: "people", "Palestinians", no phrase);
    "part": ``mine`` names a group of ``theirs``' whole ("children" of "people"); "whole": the
    reverse; None: two different groups ("women" and "soldiers"), or a country conflict. Only the
    same group with another number is a contradiction: 40,000 children displaced fit 350,000 people.
    """
    if not counted_compatible(mine, theirs):
        return None
    mine_whole, theirs_whole = _counts_anyone(mine), _counts_anyone(theirs)
    if counted_compatible(mine, theirs, strict=True) or (mine_whole and theirs_whole):
        return "same"
    if theirs_whole:
        return "part"
    return "whole" if mine_whole else None


def _counts_anyone(counted: str | None) -> bool:
    """A phrase that counts people of any kind: a generic head ("people") or a nation's ("Palestinians")."""
    head = counted_head(counted)
    return _is_generic(counted) or (head is not None and country_of(head) is not None)


def part_given_whole(mine: str | None, theirs: str | None) -> bool:
    """Whether ``mine`` counts a part of the whole that ``theirs`` names outright: "children" of "people",
    "women" of "Palestinians", "civilians" of "deaths".

    A source's "1.9 million people displaced" does not say 1.9 million *children* were: the part
    given the whole's number is unsourced. Only a phrase that plainly counts everyone makes the
    whole (a whole toll or a nation): "victims", "casualties" or "them" may already be the part;
    and only a kind of people is a part: "240 hostages" are the "240 people" taken hostage.
    """
    head = counted_head(theirs)
    names_whole = _is_total(theirs) or (head is not None and country_of(head) is not None)
    return names_whole and _names_population_part(mine) and counted_relation(mine, theirs) == "part"


def whole_given_part(mine: str | None, theirs: str | None) -> bool:
    """Whether ``mine`` counts the whole of which ``theirs`` names only a part: "people" of "women".

    The reverse of :func:`part_given_whole`: a source's "10,000 women displaced" says the whole is
    10,000 or more, not that 10,000 people were, so the whole given the part's number is unsourced too.
    """
    return part_given_whole(theirs, mine)


@cache
def _group_roles() -> frozenset[str]:
    """The heads of ``group_roles`` (people counted by what an event made of them), read once: the
    checker asks for every stored figure against each draft figure."""
    return frozenset(terms()["group_roles"])


def group_may_hold(mine: str | None, theirs: str | None) -> bool:
    """Whether ``theirs`` counts people by what an event made of them ("hostages", "refugees") and ``mine``
    a kind of person that group may or may not hold ("women"): ``group_roles``.

    "900 hostages were freed" neither backs nor contradicts "900 women were freed": the women may be
    some of the hostages, or all of them, or other people. Not a part of a whole: a whole would
    give an upper bound.
    """
    ca, cb = country_of(mine), country_of(theirs)
    return (not (ca and cb and ca != cb) and _names_population_part(mine)
            and counted_head(theirs) in _group_roles())


def role_of_whole(a: str | None, b: str | None) -> bool:
    """Whether one phrase counts everyone ("people", "Sudanese") and the other a group an event made of
    them ("refugees", "hostages"), either way round: told with the same verb ("40,000 refugees crossed",
    "40,000 people crossed") they count the same people, though the role noun sets another category."""
    def role(counted: str | None) -> bool:
        return counted_head(counted) in _group_roles()
    return (_counts_anyone(a) and role(b)) or (_counts_anyone(b) and role(a))


def _names_population_part(counted: str | None) -> bool:
    """Whether a counted phrase names a kind of people within any population ("children", "aid workers"),
    not a role the event gives them ("hostages", "refugees"): ``population_parts``."""
    words = [w.lower() for w in _WORD.findall(counted or "")]
    parts = set(terms()["population_parts"])
    return bool(words) and (counted_head(counted) in parts or _head_in([_singular(w) for w in words], parts))


def counts_conflict(a: Iterable[Figure], b: Iterable[Figure]) -> bool:
    """Whether two acts count incompatible people: both count someone, and no two counts can be the same.

    "released 200 soldiers" and "released 30 aid workers" are two releases, not one told twice.
    Only counts of people or things with a counted phrase take part (a duration says nothing), and
    a captive role says nothing of who was held ("hostages" may be the "aid workers").
    """
    mine, theirs = _counted_phrases(a), _counted_phrases(b)
    return bool(mine and theirs) and not any(counted_compatible(x, y) for x in mine for y in theirs)


def _counted_phrases(figures: Iterable[Figure]) -> list[str]:
    """Counted phrases that say who is counted: a captive role ("30 hostages") may be anyone, so it is left out."""
    roles = set(terms()["captive_roles"])
    return [f.counted for f in figures if f.counted and f.unit is None and f.category != "other"
            and counted_head(f.counted) not in roles]


def _place_names(places: Collection[str]) -> frozenset[str]:
    """The naming words of place phrases: "the town of Gao" → {"gao"} (kinds of place and directions left out)."""
    generic = set(terms()["generic_place_words"]) | _STOP
    return frozenset(w.lower() for p in places for w in _WORD.findall(p) if w.lower() not in generic)


def names_places(sentence: str, places: Collection[str]) -> bool:
    """Whether a sentence names one of the places by a naming word (True when there is no place to name).

    For a stored figure no event places: "the toll from the Rafah house strike" names Rafah, not Khan Younis.
    """
    names = _place_names(places)
    return not names or bool(names & {w.lower() for w in _WORD.findall(sentence)})


@lru_cache(maxsize=65536)
def places_in_sentence(sentence: str) -> frozenset[str]:
    """Capitalised names of a sentence the extractor's gazetteer knows as places ("El Fasher", "Rafah").

    The extractor gives a place only to the event it can attach one to; "shelling of a market
    in El Fasher killed 85" still names El Fasher. Noisy (the gazetteer knows towns named like
    countries or common words), so only for narrowing a match, never for making one.
    """
    return frozenset(m.group(0) for m in _CAPITALISED.finditer(sentence)
                     if gazetteer_country(unaccented(m.group(0)).lower()))


def places_conflict(a: Collection[str], b: Collection[str]) -> bool:
    """Whether two records are set in different places: both name one, and they share no name.

    "the town of Gao" and "Gao region" are one place; Goma and Kinshasa are not. A record with
    no place conflicts with nothing, and a shared word is enough ("Gao" in "Gao region"): only
    wholly different names count. A province and a town it may hold still conflict here; the
    caller that lets them back each other asks :func:`places_nested`.
    """
    names_a, names_b = _place_names(a), _place_names(b)
    return bool(names_a and names_b) and not names_a & names_b


def places_nested(a: Collection[str], b: Collection[str]) -> bool:
    """Whether two records set in different places (:func:`places_conflict`) may still be told of one
    place: one is a first-level region that may hold the other ("Idlib province" / "Maarat al-Numan").

    Such a pair may give one count (a toll told by town and by province), so it can back a figure;
    it cannot contradict one, as the province's count may take in more than the town's.
    """
    return places_conflict(a, b) and any(_may_hold(x, y) or _may_hold(y, x) for x in a for y in b)


def _may_hold(region: str, place: str) -> bool:
    """Whether a first-level region ("Idlib province") may hold a place that is no region ("Maarat al-Numan").

    The gazetteer knows the country of a region and of most towns, not which region a town is in:
    a town of the region's country, or one it does not know, may lie inside; a town of another
    country, or another region, does not.
    """
    country = _region_country(region)
    if country is None or _region_country(place) is not None:
        return False
    other = _named_country(place)
    return other is None or other == country


def _region_country(place: str) -> str | None:
    """The country of a place written as a first-level region ("Sagaing region"); None for other places."""
    words = [w.lower() for w in _WORD.findall(unaccented(place))]
    if not set(words) & set(terms()["region_kinds"]):
        return None
    return _named_country(place)


def _name_words(place: str) -> list[str]:
    """The naming words of one place phrase, accents dropped: "the town of Ménaka" → ["menaka"]."""
    generic = set(terms()["generic_place_words"]) | _STOP
    return [w for w in unaccented(place).lower().split() if w.strip(",.") not in generic]


def _named_country(place: str) -> str | None:
    """The country the extractor's gazetteer gives a place phrase by its naming words ("the town of
    Deir el-Zor" → SYR, under any spelling of the Arabic article); None if unknown."""
    return gazetteer_country(" ".join(_name_words(place)).strip(" ,."))


@dataclass(frozen=True)
class ClaimantKey:
    """A claimant as comparable facts: the country it names, its distinctive words, all its words."""

    country: str | None
    words: frozenset[str]
    all_words: frozenset[str] = frozenset()
    #: The claimant names a non-state armed group ("the RSF", "Houthi officials"): one side of a civil war.
    armed_group: bool = False
    #: Initials of its capitalised words ("ICRC" for "the International Committee of the Red Cross").
    initials: str = ""
    #: Acronyms it is written with ("ICRC" in "The ICRC").
    acronyms: frozenset[str] = frozenset()

    @property
    def vague(self) -> bool:
        """True for a claimant that names no one in particular ("officials", "he", "the group")."""
        return self.country is None and not self.all_words


_STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "its", "his", "her", "their"})
# Two letters ("UN", "US") are too often something else; a suffix after a hyphen is part of it ("SPLM-IO").
_ACRONYM = re.compile(r"\b[A-Z]{3,6}(?:-[A-Z]{1,3})?\b")
_NAME_WORD = re.compile(r"[^\W\d_][\w\-]*")
#: Sector the actor lexicon gives a non-state armed group.
_ARMED_GROUP = "REB"


def claimant_key(claimant: str | None) -> ClaimantKey | None:
    """Comparable form of a claimant as written; None for the article's own voice."""
    if claimant is None or not claimant.strip():
        return None
    lowered = claimant.lower().replace("’", "'")
    bare = re.sub(r"^(?:the|a|an)\s+", "", lowered.strip())
    vague = _vague_claimants()
    if lowered.strip() in vague or bare in vague:
        return ClaimantKey(None, frozenset())
    generic = _words_naming_no_one()
    raw = [w for w in _WORD.findall(lowered.replace("'s", "")) if w not in _STOP]
    organisation = organisation_written(claimant)
    country = _own_country(organisation) or country_of(claimant)
    # "Israeli" is the country, not a word; "RSF" or "Houthis" name a group, which stays a word.
    raw += [w.split("-")[0] for w in raw if _armed_group_prefix(w)]  # "Hamas-run"
    every = {_singular(w) for w in raw if not _names_country(w)}
    if alias := claimant_alias(claimant):  # "MSF" and "Doctors Without Borders": one body, no word in common
        every.add(f"={alias.lower()}")
    if agency := agency_named(claimant):  # "UNICEF" and "the UN children's agency": one agency
        every.add(f"={agency}")
    armed = any(_is_armed_group(w) for w in raw) or (organisation is not None and organisation.sector == _ARMED_GROUP)
    return ClaimantKey(country, frozenset(w for w in every if w not in generic), frozenset(every),
                       armed_group=armed, initials=_initials(claimant),
                       acronyms=_acronyms(claimant) | _short_acronym(claimant, generic))


def _own_country(organisation: WrittenOrganisation | None) -> str | None:
    """The country of a body whose name holds another one's ("the Sudan People's Liberation
    Movement-in-Opposition" is South Sudan's, not Sudan's); None for other names, whose country is
    read from the words as written ("the Indian National Congress" is India's, not the US Congress)."""
    if organisation is None or organisation.country is None:
        return None
    named = country_of(organisation.name)
    return organisation.country if named is not None and named != organisation.country else None


@cache
def _vague_claimants() -> frozenset[str]:
    """Claimants that name no one ("he", "they", "the group"): built once, as :func:`claimant_key` runs
    for every record compared."""
    return frozenset(terms()["vague_claimants"])


@cache
def _words_naming_no_one() -> frozenset[str]:
    """Words of a claimant that do not tell who speaks: generic ones ("officials", "spokesman") and
    the words many names are built of (:func:`_name_building_words`)."""
    return frozenset(terms()["generic_claimant_words"]) | _name_building_words()


@cache
def _name_building_words() -> frozenset[str]:
    """Words many unrelated bodies' names are built of ("United", "Islamic", "People's"): shared,
    they say nothing about who speaks ("the United Nations" is not "the United States")."""
    return frozenset(terms()["name_building_words"])


def _names_country(word: str) -> bool:
    """A country name, demonym or capital ("Israeli", "Sudan"), as opposed to an organisation's name."""
    return (word,) in load_actor_lexicon().countries


def _armed_group_prefix(word: str) -> bool:
    """A hyphenated word that opens with an armed group ("Hamas-run", "RSF-held"), and is not itself
    another group's name: the SPLA-IO fights the SPLA, so "spla-io" does not say "spla"."""
    prefix = word.split("-")[0]
    return prefix != word and _is_armed_group(prefix) and (word,) not in load_actor_lexicon().organisations


def _is_armed_group(word: str) -> bool:
    """Whether the actor lexicon lists the word as a non-state armed group ("rsf", "houthis", "hamas")."""
    entry = load_actor_lexicon().organisations.get((word,))
    return entry is not None and entry[1] == _ARMED_GROUP


def _initials(name: str) -> str:
    """Initials of a name's capitalised words, small words and possessive 's skipped ("Rapid Support
    Forces" → "RSF", "Tigray People's Liberation Front" → "TPLF"); each part of a hyphenated word gives
    one, as acronyms are built ("Liberation Movement-in-Opposition" → "LMIO", of "SPLM-IO")."""
    words = [w for w in _NAME_WORD.findall(re.sub(r"['’]s\b", "", name)) if w.lower() not in _STOP]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(part[0] for w in words for part in w.split("-") if part).upper()


def _acronyms(claimant: str) -> frozenset[str]:
    """Acronyms of three letters or more a claimant is written with, hyphens dropped to compare with
    initials ("the SPLM-IO" → "SPLMIO"): the SPLM-IO is not the SPLM, its adversary."""
    return frozenset(a.replace("-", "") for a in _ACRONYM.findall(claimant))


def _short_acronym(claimant: str, generic: Collection[str]) -> frozenset[str]:
    """A two-letter acronym that is the claimant's whole name ("the UN", "AU officials").

    Two capitals inside a longer name are too often something else ("US" in "US-backed forces"),
    so one counts only beside an article or words that name no one ("officials", "spokesman").
    """
    words = claimant.replace("'s", "").split()
    short = [w for w in words if re.fullmatch(r"[A-Z]{2}", w)]
    others = [w for w in words if w not in short and w.lower() not in _STOP and w.lower() not in generic]
    return frozenset(short) if len(short) == 1 and not others else frozenset()


def _same_by_acronym(a: ClaimantKey, b: ClaimantKey) -> bool:
    """One claimant is the other's acronym: "the ICRC" and "the International Committee of the Red Cross"."""
    return _acronym_of(a, b) or _acronym_of(b, a)


def _acronym_of(full: ClaimantKey, short: ClaimantKey) -> bool:
    """Whether ``short`` is written with ``full``'s initials; two letters only for a name of no country
    ("the UN" is "the United Nations", not "the Ukrainian Navy")."""
    return bool(full.initials) and full.initials in short.acronyms and (len(full.initials) > 2 or full.country is None)


def _name_within(short: str | None, long: str | None) -> bool:
    """Whether the whole of a name of two or more capitalised words is written inside the other
    claimant ("Islamic State" in "the Islamic State West Africa Province", "National Guard" in
    "Ukraine's National Guard"): the one body, though its words are only name-building ones."""
    if not short or not long:
        return False
    name = re.sub(r"^(?:the|a|an)\s+", "", short.strip(), flags=re.IGNORECASE)
    words = _NAME_WORD.findall(name)
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    return re.search(rf"\b{re.escape(name)}\b", long) is not None


def claimants_compatible(a: str | None, b: str | None) -> bool:
    """Whether two written claimants can be the same source (unknown counts as compatible).

    Conflicting countries ("Israeli officials" vs "Hamas") are incompatible; otherwise a shared
    distinctive word ("Naim" / "Bassem Naim"), an acronym ("ICRC" / "International Committee of
    the Red Cross") or the same country is enough; the same country is not enough when either
    names a non-state armed group, since a civil war's sides share their country. A claimant of
    common words only ("Human rights organizations") needs a word in common with the other. Words
    that build many names ("United", "Islamic", ``name_building_words``) never count as shared: "the
    United Nations" is not "the United States", unless one whole name is written in the other; nor
    does a parent body's word beside an agency's name ("UN" in "UN Women"): see :func:`_shared_words`.
    """
    ka, kb = claimant_key(a), claimant_key(b)
    if ka is None or kb is None:
        return ka is None and kb is None
    if ka.vague or kb.vague:
        return True
    if ka.country and kb.country and ka.country != kb.country:
        return False
    if (agency := agency_named(a)) is not None and agency_named(b) not in (None, agency):
        return False  # "the World Food Programme" and "the World Health Organization" share only "world"
    if _shared_words(a, b, ka, kb) or _same_by_acronym(ka, kb) or _name_within(a, b) or _name_within(b, a):
        return True
    # One country is enough for one side ("Israeli officials" / "the Israeli military"), not when
    # an armed group of that country is named: "the RSF" is not "Sudan's health ministry".
    if ka.country and ka.country == kb.country and not (ka.armed_group or kb.armed_group):
        return True
    plain = (not ka.words and not ka.country) or (not kb.words and not kb.country)
    return plain and bool((ka.all_words & kb.all_words) - _name_building_words())


def _shared_words(a: str | None, b: str | None, ka: ClaimantKey, kb: ClaimantKey) -> frozenset[str]:
    """Distinctive words two claimants share, save the parent body's own words beside an agency's name.

    "UN Women" and "the UN refugee agency" share only "un": two agencies, which stay two sources;
    and "the UN" is "UN Women"'s parent, not the agency itself (:func:`is_parent_of` says so apart).
    """
    shared = ka.words & kb.words
    for claimant, other in ((a, b), (b, a)):
        if shared and (body := _parent_of_member(claimant)) is not None:
            shared -= _parent_words(body)
            if _parent_of_member(other) != body and not _names_body(other, body):
                shared -= _member_words(claimant, body)
    return shared


def _names_body(claimant: str | None, body: str) -> bool:
    """Whether a claimant writes the parent body's name ("UN human rights chief Volker Turk"): one of its
    own, whose agency words are its words too."""
    written = unaccented((claimant or "").replace("’", "'"))
    return any(p.search(written) for p in _parent_bodies()[body][0])


def _member_words(claimant: str | None, body: str) -> frozenset[str]:
    """The words of the agency names of ``body`` written in a claimant ("children" of "the UN children's
    agency"): a body outside the parent sharing one ("Save the Children") is another source, as the
    word is the agency's description, not a name; a person's name beside it still counts."""
    written = unaccented((claimant or "").replace("’", "'"))
    names = _member_names(body)
    keys = (claimant_key(name) for name, pattern in zip(names, _parent_bodies()[body][1], strict=True)
            if pattern.search(written))
    return frozenset(w for key in keys if key is not None for w in key.words)


def is_parent_of(parent: str | None, member: str | None) -> bool:
    """Whether ``parent`` names only a body ("the UN", "UN officials") of which ``member`` names an agency
    ("UNICEF", "the UN refugee agency"): ``data/check_terms.json``'s ``parent_bodies``.

    A draft that credits the UN with UNICEF's count drops a level of detail, not the source; the
    reverse (an agency credited with what "the UN" said) is no such thing, nor are two agencies one.
    """
    body = _parent_named(parent)
    return body is not None and body == _parent_of_member(member)


def parent_related(a: str | None, b: str | None) -> bool:
    """Whether one claimant is the other's parent body: two levels of one source, neither of which
    gives a count that rivals the other's (the UN's agencies count differently, and all are "the UN")."""
    return is_parent_of(a, b) or is_parent_of(b, a)


@cache
def _parent_bodies() -> dict[str, tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]]:
    """Each parent body's patterns for its own names and for its members' names (:func:`_name_pattern`)."""
    table = terms()["parent_bodies"]
    return {body: (tuple(map(_name_pattern, entry["names"])), tuple(map(_name_pattern, _member_names(body))))
            for body, entry in table.items()}


@cache
def _member_names(body: str) -> tuple[str, ...]:
    """The names of a parent body's agencies: its ``members`` and every name of its ``agency_names``."""
    groups = terms().get("agency_names", {}).get(body, [])
    named = [name for group in groups for name in group]
    return tuple(dict.fromkeys([*terms()["parent_bodies"][body]["members"], *named]))


@cache
def _agency_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each name of ``agency_names`` as a pattern (:func:`_name_pattern`), with its agency's first name;
    longest first, so "the UN human rights office" is not read by a shorter name inside it."""
    pairs = [(name, group[0]) for groups in terms().get("agency_names", {}).values() for group in groups
             for name in group]
    return tuple((_name_pattern(name), first) for name, first in sorted(pairs, key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=8192)
def agency_named(claimant: str | None) -> str | None:
    """The agency a claimant names by any of its names ("the UN children's agency" → "unicef"), else None.

    An agency's acronym and the description wire copy gives it share no distinctive word: without
    this, "UNICEF said" and "the UN children's agency said" would be two sources of one statement.
    """
    if not claimant:
        return None
    written = unaccented(claimant.replace("’", "'"))
    return next((first for pattern, first in _agency_patterns() if pattern.search(written)), None)


def _name_pattern(name: str) -> re.Pattern[str]:
    """A whole-word pattern for a name of the table: case-free for a phrase ("un refugee agency"); a
    single word in capitals, or capitalised if longer than an acronym ("UNICEF", "Unicef", "Frontex"),
    as a lower-case "who" or "echo" is an English word."""
    if " " in name:
        return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    forms = {name.upper()} | ({name.capitalize()} if len(name) > 4 else set())
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(forms)))})(?!\w)")


def _parent_named(claimant: str | None) -> str | None:
    """The parent body a claimant names alone, with only generic words beside it ("UN officials",
    "the United Nations"); None when it names one of its members or anyone else besides."""
    key = claimant_key(claimant)
    if claimant is None or key is None:
        return None
    written = unaccented(claimant.replace("’", "'"))
    for body, (names, members) in _parent_bodies().items():
        if (any(p.search(written) for p in names) and not any(p.search(written) for p in members)
                and key.words <= _parent_words(body)):
            return body
    return None


@cache
def _parent_words(body: str) -> frozenset[str]:
    """The distinctive words of a parent body's own names, as :func:`claimant_key` reads them."""
    keys = (claimant_key(name) for name in terms()["parent_bodies"][body]["names"])
    return frozenset(w for key in keys if key is not None for w in key.words)


def _parent_of_member(claimant: str | None) -> str | None:
    """The parent body of the agency a claimant names ("the UN refugee agency" → "United Nations")."""
    if not claimant:
        return None
    written = unaccented(claimant.replace("’", "'"))
    alias = claimant_alias(claimant)
    for body, (_names, members) in _parent_bodies().items():
        if any(p.search(written) for p in members) or (alias and any(p.fullmatch(alias) for p in members)):
            return body
    return None


def value_interval(figure: Figure) -> tuple[float, float] | None:
    """The values a figure allows given its qualifier; None for changes ("up 5%") and unknowns.

    A bound that excludes its number ("more than 15", "fewer than 20", "nearly 60") excludes it
    whole when it counts people or things: the next count up or down is where it starts, so
    "20" is no value of "fewer than 20" however its rounding slack is drawn (:func:`_excluding`).
    """
    q, v = figure.qualifier, figure.value
    if q in ("up", "down"):
        return None
    if q == "range" or v is None:
        if figure.low is None and figure.high is None:
            return None
        low = figure.low if figure.low is not None else 0.0
        # "hundreds" (low 200) reaches up to a thousand, not to infinity.
        high = figure.high if figure.high is not None else low * VAGUE_SPAN
        return (low, high)
    if q == "exact":
        return (v * (1 - EXACT_SLACK), v * (1 + EXACT_SLACK))
    if q == "approx":
        return (v * (1 - APPROX_SLACK), v * (1 + APPROX_SLACK))
    if q in ("more_than", "at_least"):
        # "more than 150" excludes 150 itself: "nearly 150" (at most 150) cannot be it.
        low = _excluding(figure, above=True) if q == "more_than" else v
        return (low, max(v * OPEN_ABOVE, low))  # "more than 3" reaches 4 at least
    # less_than, at_most; "nearly 150" is read as at most, yet excludes 150 as "fewer than 150" does.
    high = _excluding(figure, above=False) if q == "less_than" or _approaching(figure) else v
    return (min(v * OPEN_BELOW, high), high)


def _excluding(figure: Figure, *, above: bool) -> float:
    """Where a bound that excludes its number starts: the next whole count for a count of people or
    things ("more than 15" soldiers starts at 16), else the next number at all ("more than 2.5%").

    A whole count's exact value has a rounding slack (:data:`EXACT_SLACK`) that, for a small count,
    reaches past the excluded number only to fractions no count can be: "20" would meet "fewer
    than 20" at 19.95. Starting the bound at the next count keeps the two apart. Where the slack
    reaches a whole count (from 200 up), "200" may be a rounded 201 and still meets "more than 200".
    """
    v = cast(float, figure.value)
    if figure.unit is None and v == int(v) and v >= 1 and v * EXACT_SLACK < 1:
        return v + 1 if above else v - 1
    return math.nextafter(v, math.inf if above else -math.inf)


def _approaching(figure: Figure) -> bool:
    """Whether a figure is written as just below its number ("nearly 60", "almost 14,000"): the
    extractor reads it as at most, which allows the number itself (``approaching_words``)."""
    opening = figure.text.lower().lstrip()
    return any(re.match(rf"{re.escape(word)}\b", opening) for word in _approaching_words())


@cache
def _approaching_words() -> tuple[str, ...]:
    return tuple(terms()["approaching_words"])


def possible_interval(figure: Figure) -> tuple[float, float] | None:
    """Every value a figure leaves possible, bounds open-ended: "more than 100" is any number above 100.

    :func:`value_interval` is what a figure *says* (a writer with 400 does not write "more than
    100"), the right test for backing a claim; this is what it *allows*, the test for contradicting
    one: "more than 100" and "more than 150" can both be true, "nearly 150" and "more than 150" cannot.
    """
    said = value_interval(figure)
    if said is None:
        return None
    if figure.qualifier in ("more_than", "at_least"):
        return (said[0], math.inf)
    if figure.qualifier in ("less_than", "at_most"):
        return (0.0, said[1])
    return said


def bound_implied(stored: Figure, draft: Figure) -> bool:
    """Whether a stored bound makes the draft's bound of the same direction true: "more than 150"
    makes "more than 100" true (a bound rounded down), "fewer than 50" makes "fewer than 80" true."""
    mine, theirs = possible_interval(draft), possible_interval(stored)
    if (mine is None or theirs is None or draft.qualifier not in BOUNDS or stored.qualifier not in BOUNDS
            or draft.value is None or stored.value is None):  # "hundreds" is no bound of a number
        return False
    above = draft.qualifier in ("more_than", "at_least")
    if above != (stored.qualifier in ("more_than", "at_least")):
        return False
    # A bound rounded, not a bound of another count: "at least 15" is not how one writes "more than 50".
    near = stored.value <= draft.value * BOUND_REACH if above else draft.value <= stored.value * BOUND_REACH
    return near and mine[0] <= theirs[0] and theirs[1] <= mine[1]


_PART_OF = re.compile(r"\b(?:out\s+)?of\b")


def as_count(figure: Figure) -> Figure:
    """A figure read as a share of a whole ("150 out of 210" drones, value 0.71) as the count of its part (150).

    The extractor gives "N out of M" as a ratio; a draft's "150 out of 210 drones" claims 150 drones
    downed, and so does a source's. Compared as 0.71 it would meet neither a plain "150" nor
    another ratio of other counts. A share written as one ("one in five") stays a ratio.
    """
    if figure.value is None or not 0 < figure.value < 1 or figure.unit is not None or not _PART_OF.search(figure.text):
        return figure
    numbers = sorted(numbers_in(figure.text))
    if len(numbers) != 2 or not numbers[1] or abs(numbers[0] / numbers[1] - figure.value) > 1e-6:
        return figure
    return figure.model_copy(update={"value": numbers[0]})


def states_figure(stored: Figure, draft: Figure) -> bool:
    """Whether a stored figure gives the draft's number itself, not only a bound it falls under.

    "roughly 240" states "approximately 240", and "60" states "more than 50"; but "more than 50"
    does not state "60", nor "between 40 and 50" a plain 45: the source never said that number.
    A bound states no exact count, not even its own number: "more than 50" does not say "50"
    were released (it says 51 or more). It does state an approximate one: "nearly 15,000" is
    the number "an estimated 15,000" gives.
    Two ranges or vague plurals state each other when they overlap (the caller checks that).
    """
    mine = value_interval(draft)
    if mine is None:
        return False
    if stored.qualifier in BOUNDS and draft.qualifier == "exact":
        return False
    if stored.value is None or stored.qualifier == "range":
        return draft.value is None or draft.qualifier == "range"
    # A bound states its own number ("over 50" states "more than 50"), though it excludes it as a value.
    low, high = (min(mine[0], draft.value), max(mine[1], draft.value)) if draft.value is not None else mine
    return low <= stored.value <= high


def is_vague(figure: Figure) -> bool:
    """A vague plural ("hundreds", "dozens"): a low bound only, no value."""
    return figure.value is None and figure.high is None


def intervals_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Closed intervals share a point."""
    return a[0] <= b[1] and b[0] <= a[1]


def is_intent(status: str) -> bool:
    """Offered, demanded, planned, refused or hypothetical: not something that took place."""
    return status in set(terms()["intent_statuses"])


def is_denial(cue: str) -> bool:
    """A reporting cue by which the source says the content is not so ("denied", "rejected")."""
    return any(w in set(terms()["denial_cues"]) for w in cue.lower().split())


def is_framing(event_type: str) -> bool:
    """An act that frames another: agreeing to, asking for or refusing it ("offered to release")."""
    return event_type in set(terms()["framing_event_types"])


def is_doubted(status: str) -> bool:
    """Alleged, under investigation or denied: said to have happened by some, not established."""
    return status in set(terms()["doubt_statuses"])


def overlap(a: str, b: str) -> float:
    """Dice coefficient of the two texts' content words (0..1): a short text cannot match a long one."""
    wa, wb = content_set(a), content_set(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z\-]+(?:\s+[A-Z][A-Za-z\-]+)?")


@lru_cache(maxsize=65536)
def countries_in(sentence: str) -> frozenset[str]:
    """Countries a sentence names (by name, demonym, capital or organisation); cached per sentence."""
    return _countries(sentence)


@lru_cache(maxsize=64)
def article_countries(text: str) -> frozenset[str]:
    """Countries a whole article names; a small cache of its own (long texts, asked once per draft or report)."""
    return _countries(text)


def _countries(text: str) -> frozenset[str]:
    """Countries named by capitalised words, and the country of the longest organisation named: the
    "Sudan" of "the Sudan People's Liberation Movement-in-Opposition" is read as Sudan, and the
    movement adds South Sudan, so the story is still found to be South Sudan's."""
    found: set[str] = set()
    for match in _CAPITALISED.findall(text):
        found |= _name_countries(match)
    if own := _own_country(organisation_written(text)):
        found.add(own)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _name_countries(name: str) -> frozenset[str]:
    """Countries one capitalised name ("El Salvador", "Sudanese Army") names, whole or by a word of it:
    cached, as the checker reads every stored article whole and the same names recur from one to the
    next; a name of two words reads each word through the cache too, as words recur more than pairs
    (a text in capitals is nothing but pairs: "ARMY POST", "THE ARMY")."""
    words = name.split()
    found = {country for word in words for country in _name_countries(word)} if len(words) > 1 else set()
    if country := country_of(name):
        found.add(country)
    return frozenset(found)


def same_story(a: str, b: str, a_article: frozenset[str] = frozenset(),
               b_article: frozenset[str] = frozenset()) -> bool:
    """False when the two sentences are about different countries (another conflict).

    A sentence that names no country is about what its article is about: ``a_article`` and
    ``b_article`` (the countries each whole article names) stand in for it. Without them, or when
    either side names none at all, nothing tells the stories apart and the answer is True.
    """
    ca, cb = countries_in(a) or a_article, countries_in(b) or b_article
    return not ca or not cb or bool(ca & cb)


@lru_cache(maxsize=65536)
def content_set(sentence: str) -> frozenset[str]:
    """Content words of a text, numbers left out (they are what the check compares apart)."""
    return frozenset(w for w in content_words(sentence) if not w.isdigit())
