"""Actors: normalise a noun phrase ("Israeli hostages", "Gaza's health ministry") to country and sector.

The dictionaries are data (``data/actor_countries.json``, ``data/actor_entities.json``): country
names, demonyms and capitals used as metonyms ("Washington", "Kremlin"); named organisations
(armed groups, agencies, intergovernmental bodies); and role nouns ("prisoners" → CVL, "troops" →
MIL). A phrase is normalised by the longest dictionary entry found over its tokens: an organisation
gives country and sector, a country name or demonym gives the country, and the head noun's role
gives the sector when no organisation did. A leader or group whose sector changed with an office
(``data/actor_terms.json``: the Taliban governing from August 2021) takes the sector of the article's date.

Limits: no coreference beyond a look-back for pronouns and "the group"-style phrases to the most
recent named organisation or country; a person gets a country only from a title, modifier or
apposition of one of the mentions of the same name in the article ("Hamas official Bassem Naim
... Naim said"); no gazetteer of people.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from parley.extract.data_files import entries, read_data
from parley.extract.dates import is_upper_sentence
from parley.extract.nlp import entity_of, gazetteer_places, is_captive_complement, sentence_of, token_column
from parley.extract.numbers import vague_unit
from parley.records import Actor
from parley.types import SECTORS, Sector

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ARMED_SECTORS",
    "ActorLexicon",
    "WrittenOrganisation",
    "actor_for",
    "as_of",
    "attackers_sector",
    "is_crowd",
    "is_ethnic_group",
    "is_plural_in_meaning",
    "joins_the_report",
    "load_actor_lexicon",
    "name_rest",
    "normalise_tokens",
    "organisation_written",
    "owner_of",
    "phrase_tokens",
    "unaccented",
]

#: Sectors of parties that fight: an act by or on one of them is one of force.
ARMED_SECTORS: frozenset[str] = frozenset({"MIL", "REB"})

#: Longest entry, in tokens, that the matcher tries: "al - qaeda in the arabian peninsula" is 7 tokens,
#: "nawaf al - ahmad al - jaber al - sabah" 10 (a test keeps every dictionary name within it).
MAX_ENTRY_TOKENS = 10
#: Longest role, in tokens, ending at a phrase's head ("human rights group").
_LONGEST_ROLE = 3

#: Dependency labels of left modifiers that belong to an actor's phrase as written.
_KEEP_LEFT = {"compound", "amod", "poss", "nmod", "case", "npadvmod", "punct", "hmod", "hyph"}

#: Pronouns and general nouns that stand for an actor named earlier.
_ANAPHORS = {"we", "they", "it", "he", "she", "us", "them", "its", "their", "our", "group", "movement"}


@dataclass(frozen=True)
class ActorLexicon:
    """The actor dictionaries, keyed by lower-case token sequences."""

    countries: dict[tuple[str, ...], str | None]
    demonyms: frozenset[tuple[str, ...]]
    #: peoples and regions within a state ("Tigrayan", "Chechen"): their forces are not its military
    peoples: frozenset[tuple[str, ...]]
    organisations: dict[tuple[str, ...], tuple[str | None, Sector | None]]
    roles: dict[tuple[str, ...], Sector]
    collectives: frozenset[str] = frozenset()
    civilian_collectives: frozenset[str] = frozenset()
    premises: frozenset[str] = frozenset()
    #: premises of armed forces: "positions", "base", "checkpoint"
    military_premises: frozenset[str] = frozenset()
    #: posts held abroad, whose attackers are not of the post's country ("gunmen attacked the embassy")
    posted_abroad: frozenset[str] = frozenset()
    #: states whose forces are mostly reported fighting on others' ground
    forces_abroad: frozenset[str] = frozenset()
    #: grounds where bare "troops" are mostly another state's (Gaza, the West Bank)
    held_by_foreign_forces: frozenset[str] = frozenset()
    #: nations whose attacks named by demonym alone are armed groups' ("Palestinian rocket fire")
    fought_by_armed_groups: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    constituencies: frozenset[str] = frozenset()
    mass_senses: frozenset[str] = frozenset()
    motions: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    words_in_capitals: frozenset[str] = frozenset()
    pronouns_in_capitals: frozenset[str] = frozenset()
    positions: frozenset[str] = frozenset()
    speakers: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    dealt_with: frozenset[str] = frozenset()
    #: the countries' own names ("niger"), not their capitals or demonyms
    country_names: frozenset[tuple[str, ...]] = frozenset()
    #: leaders and other well-known people by name ("netanyahu", "abdel fattah al-burhan")
    people: dict[tuple[str, ...], tuple[str | None, Sector | None]] = field(default_factory=dict)
    #: capitals used as metonyms ("kremlin" is no capital; "victoria", "kingston" are), also given names
    capitals: frozenset[tuple[str, ...]] = frozenset()
    #: firms whose bare name is a state's short name ("emirates"), with the land they are based in
    firms_named_as_states: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: verbs whose object is a person's body, never a city ("detain", "kill")
    persons_not_places: frozenset[str] = frozenset()
    #: group names plural in meaning but not in form ("taliban", "peshmerga")
    plural_names: frozenset[str] = frozenset()
    #: role nouns that, named with a state, are its government's agents ("Qatari mediators")
    state_agents: frozenset[str] = frozenset()
    #: peoples whose land several states share ("kurdish"): their forces are no state's army
    peoples_across_states: frozenset[tuple[str, ...]] = frozenset()


def _key(phrase: str) -> tuple[str, ...]:
    """Token key of a dictionary phrase: lower case, without accents, split on spaces and before
    possessive 's."""
    return tuple(unaccented(phrase.lower()).replace("'s", " 's").replace("s' ", "s ' ").split())


def _name_keys(name: str) -> set[tuple[str, ...]]:
    """The token keys a written name may take: as written and with its hyphens split off, as the
    tokenizer splits most of them ("al - Shabaab", "Port - au - Prince", "Guinea - Bissau")."""
    return {_key(name), _key(name.replace("-", " - "))}


def unaccented(text: str) -> str:
    """'élysée' -> 'elysee', 'médecins' -> 'medecins': names are written with and without accents."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _sector(value: object) -> Sector | None:
    return cast(Sector, value) if value in SECTORS else None


@dataclass(frozen=True)
class RenamedState:
    """A name that passed from one state to another on a date (``renamed`` in actor_countries.json)."""

    words: tuple[str, ...]
    before: str
    after: str
    since: dt.date
    keeps: tuple[str, ...]


@lru_cache(maxsize=1)
def _renamed_states() -> tuple[RenamedState, ...]:
    raw = read_data("actor_countries.json")["renamed"]["entries"]
    return tuple(RenamedState(tuple(e["words"]), e["before"], e["after"], dt.date.fromisoformat(e["since"]),
                              tuple(e["keeps"])) for e in raw)


@dataclass(frozen=True)
class Term:
    """A span of dates in which a holder had another sector than the dictionary's; open ends are None."""

    since: dt.date | None
    until: dt.date | None
    sector: Sector | None

    def covers(self, date: dt.date) -> bool:
        return (self.since is None or self.since <= date) and (self.until is None or date < self.until)


@dataclass(frozen=True)
class Holder:
    """A person or group whose sector changed on a date (``holders`` in actor_terms.json)."""

    names: tuple[str, ...]
    country: str
    sector: Sector
    terms: tuple[Term, ...]


def _date_or_none(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def _holders() -> tuple[Holder, ...]:
    raw = read_data("actor_terms.json")["holders"]
    return tuple(Holder(tuple(h["names"]), h["country"], cast(Sector, h["sector"]),
                        tuple(Term(_date_or_none(t.get("from")), _date_or_none(t.get("until")), _sector(t["sector"]))
                              for t in h["terms"]))
                 for h in raw)


def _sector_in_office(actor: Actor, date: dt.date) -> Actor:
    """The actor with the sector its holder had on the article's date: "the Taliban" governed
    Afghanistan from August 2021, "Imran Khan" led the opposition after April 2022. Only an actor
    written as the bare name changes: a title says the office as it was ("President Trump" in a
    retelling), and "Trump's lawyers" or "Taliban fighters" are not the holder."""
    said = unaccented((actor.text or "").lower()).removeprefix("the ")
    for holder in _holders():
        if actor.country != holder.country or actor.sector != holder.sector or said not in holder.names:
            continue
        term = next((t for t in holder.terms if t.covers(date)), None)
        if term is not None:
            return actor.model_copy(update={"sector": term.sector})
    return actor


def as_of(actor: Actor | None, date: dt.date | None, *places: str | None) -> Actor | None:
    """The actor read for the article's date: its sector as its holder's was then
    (:func:`_sector_in_office`), and its country: "eastern Congo" and "Congolese troops"
    in a 2024 article are the Democratic Republic's, in a 1995 one the Republic's (``renamed``).
    The actor's own words or ``places`` (its event's place, the article's dateline) must say the
    name, and nothing there may name the older state (:func:`_keeps_older_state`); undated text
    keeps the older reading."""
    if actor is None or date is None:
        return actor
    actor = _sector_in_office(actor, date)
    if actor.country is None:
        return actor
    said = " ".join(part for part in (actor.text, *places) if part).lower()
    for state in _renamed_states():
        if actor.country != state.before or date < state.since or _keeps_older_state(state, said, places):
            continue
        if any(re.search(rf"\b{re.escape(word)}\b", said) for word in state.words):
            return actor.model_copy(update={"country": state.after})
    return actor


def _keeps_older_state(state: RenamedState, said: str, places: tuple[str | None, ...]) -> bool:
    """Whether the words name the older state outright: one of its ``keeps`` ("Congo Republic"),
    not inside a name of the newer one ("Democratic Republic of Congo" holds "Republic of Congo"),
    or one of ``places`` is a town the gazetteer gives it ("POINTE-NOIRE, Congo (Reuters)": the
    dateline says which Congo). Towns are read in places only: an actor's capitalised words are as
    often a person's name ("Ovando") as a town's."""
    for name in _names_of(state.after):
        said = said.replace(name, " ")
    if any(re.search(rf"\b{re.escape(keep)}\b", said) for keep in state.keeps):
        return True
    gazetteer = gazetteer_places()
    towns = (word for part in places if part for word in _PLACE_WORD.findall(part) if word[0].isupper())
    return any(gazetteer.get(unaccented(town).lower()) == state.before for town in towns)


#: A capitalised place word, hyphens kept ("Pointe-Noire").
_PLACE_WORD = re.compile(r"[^\W\d_][\w\-]*")


def _names_of(iso3: str) -> list[str]:
    """The lexicon's names of a country, lower case, longest first (so "dr congo" goes before "congo")."""
    names = (" ".join(words) for words, code in load_actor_lexicon().countries.items() if code == iso3)
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=1)
def load_actor_lexicon() -> ActorLexicon:
    """Load the actor dictionaries once per process."""
    countries: dict[tuple[str, ...], str | None] = {}
    demonyms: set[tuple[str, ...]] = set()
    peoples: set[tuple[str, ...]] = set()
    for entry in read_data("actor_countries.json")["countries"]:
        within = entry.get("peoples", [])
        for phrase in [*entry["names"], *entry["demonyms"], *within, *entry["capitals"]]:
            for key in _name_keys(phrase):  # "Guinea-Bissau" is not "Guinea"
                countries.setdefault(key, entry["iso3"])
        demonyms.update(_key(d) for d in [*entry["demonyms"], *within]
                        if _key(d) not in countries or d not in entry["names"])
        peoples.update(_key(p) for p in within)
    entities = read_data("actor_entities.json")
    for region in entities["regions"]["names"]:  # "Latin American": longer than "American", and no country
        countries.setdefault(_key(region), None)
    organisations = {
        key: (value.get("country"), _sector(value.get("sector")))
        for name, value in entries(entities["organisations"]).items()
        for key in _name_keys(name)
    }
    people = {
        key: (value.get("country"), _sector(value.get("sector")))
        for name, value in read_data("actor_people.json")["people"].items()
        for key in _name_keys(name)
    }
    roles = {_key(name): cast(Sector, sector) for name, sector in entries(entities["roles"]).items()
             if sector in SECTORS}
    names = {_key(n) for e in read_data("actor_countries.json")["countries"] for n in [*e["names"], *e["capitals"]]}
    return ActorLexicon(countries=countries, demonyms=frozenset(demonyms - names), peoples=frozenset(peoples),
                        organisations=organisations, roles=roles,
                        collectives=frozenset(entities["collectives"]["lemmas"]),
                        civilian_collectives=frozenset(entities["collectives"]["civilian"]),
                        premises=frozenset(entities["premises"]["lemmas"]),
                        military_premises=frozenset(entities["premises"]["military"]),
                        posted_abroad=frozenset(entities["compatriots"]["posted_abroad"]),
                        forces_abroad=frozenset(entities["compatriots"]["forces_abroad"]),
                        held_by_foreign_forces=frozenset(entities["compatriots"]["held_by_foreign_forces"]),
                        fought_by_armed_groups=frozenset(entities["compatriots"]["fought_by_armed_groups"]),
                        bodies=frozenset(entities["bodies"]["lemmas"]),
                        constituencies=frozenset(entities["constituencies"]["lemmas"]),
                        mass_senses=frozenset(entities["mass_senses"]["lemmas"]),
                        conditions=frozenset(entities["mass_senses"]["conditions"]),
                        motions=frozenset(entities["mass_senses"]["motions"]),
                        words_in_capitals=frozenset(entities["words_in_capitals"]["lemmas"]),
                        pronouns_in_capitals=frozenset(entities["words_in_capitals"]["pronouns"]),
                        positions=frozenset(entities["positions"]["lemmas"]),
                        speakers=frozenset(entities["positions"]["speakers"]),
                        parts=frozenset(entities["positions"]["parts"]),
                        dealt_with=frozenset(entities["positions"]["dealt_with"]),
                        country_names=frozenset(key for e in read_data("actor_countries.json")["countries"]
                                                for n in e["names"] for key in _name_keys(n)),
                        people=people,
                        capitals=frozenset(key for e in read_data("actor_countries.json")["countries"]
                                           for n in e["capitals"] for key in _name_keys(n)),
                        firms_named_as_states={_key(name): iso3 for name, iso3
                                               in entities["firms_named_as_states"]["names"].items()},
                        persons_not_places=frozenset(entities["persons_not_places"]["verbs"]),
                        plural_names=frozenset(entities["plural_names"]["names"]),
                        state_agents=frozenset(entities["state_agents"]["lemmas"]),
                        peoples_across_states=frozenset(_key(name) for name
                                                        in entities["peoples_across_states"]["names"]))


def _normal(token: Token) -> str:
    """Token text for matching: lower case, curly apostrophes straightened, accents dropped."""
    return unaccented(token.text.lower().replace("’", "'"))


def _doc_normals(doc: Doc) -> list[str]:
    """:func:`_normal` of every token of ``doc``, computed once per Doc.

    The look-back for antecedents tries every window of up to four sentences per pronoun;
    normalising the same tokens again for each window was most of the actor stage's time.
    """
    norms = doc.user_data.get("parley_normals")
    if not isinstance(norms, list):
        norms = [unaccented(lower.replace("’", "'")) for lower in token_column(doc, "LOWER")]  # as _normal
        doc.user_data["parley_normals"] = norms
    return norms


def _sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence's start, in order; built once per Doc (``doc.sents`` makes Spans anew)."""
    starts = doc.user_data.get("parley_sentence_starts")
    if not isinstance(starts, list):
        starts = [sent.start for sent in doc.sents]
        doc.user_data["parley_sentence_starts"] = starts
    return starts


def _is_name_like(tokens: list[Token]) -> bool:
    """Dictionary names are written capitalised ("US", "Hamas"); this keeps "us" and "who" out,
    and in text written wholly in capitals, "CAR" and the pronouns "WHO" and "US" as words
    (``words_in_capitals``)."""
    if len(tokens) == 1 and tokens[0].is_upper and is_upper_sentence(tokens[0]):
        lexicon, token = load_actor_lexicon(), tokens[0]
        pronoun = token.pos_ == "PRON" and token.lower_ in lexicon.pronouns_in_capitals  # "TOLD US", not "US TROOPS"
        return not pronoun and token.lower_ not in lexicon.words_in_capitals
    return any(not t.text.islower() for t in tokens)


def _longest_entry(keys: list[str], table: dict[tuple[str, ...], Any], accepts: Callable[[int, int], bool],
                   openers: frozenset[str] | None = None) -> tuple[Any, int, int] | None:
    """The value of the longest entry of ``table`` written in ``keys`` that ``accepts(start, end)``
    lets count, with where it starts and ends (exclusive); the first of the longest on a tie.

    One scanner for parsed tokens (:func:`_longest`) and plain text (:func:`organisation_written`),
    so both read the same name out of the same words: "the Sudan People's Liberation Movement"
    before "Sudan". ``openers``, the first words of the table's entries, skips the starts no entry
    opens with: a whole article is then read in one pass, not ten lookups a word."""
    best: tuple[Any, int, int] | None = None
    for start in range(len(keys)):
        if openers is not None and keys[start] not in openers:
            continue
        for end in range(start + min(MAX_ENTRY_TOKENS, len(keys) - start), start, -1):
            key = tuple(keys[start:end])
            if key in table and accepts(start, end):
                if best is None or end - start > best[2] - best[1]:
                    best = (table[key], start, end)
                break
    return best


def _longest(tokens: list[Token], table: dict[tuple[str, ...], Any], *, names: bool) -> tuple[Any, int, int] | None:
    """The value of the longest entry of ``table`` found in ``tokens``, with the indexes where it
    ends and where it starts."""
    found = _longest_entry([_normal(t) for t in tokens], table,
                           lambda start, end: not names or _is_name_like(tokens[start:end]))
    if found is None:
        return None
    value, start, end = found
    return value, end - 1, start


def _role(tokens: list[Token], lexicon: ActorLexicon) -> Sector | None:
    """Sector of the phrase's head: two-token roles ("health ministry") before one-token lemmas."""
    if not tokens:
        return None
    if tokens[-1].pos_ == "PROPN" and len(tokens) > 1 and (tokens[-1].lemma_.lower(),) not in lexicon.roles:
        # a name with a title: "Israeli soldier Gilad Shalit" takes the title's role, and so does
        # "French President Jacques Chirac", whose capitalised title the tagger calls a name
        person = tokens[-1].ent_type_ == "PERSON"  # not "the 1951 Refugee Convention"
        titled = [t for t in tokens[:-1]  # the hyphen of "Secretary-General" stays: no general's rank
                  if t.pos_ == "NOUN" or t.text == "-" or (person and t.pos_ == "PROPN" and _is_title(t, lexicon))]
        return _role(titled, lexicon) if titled else None
    head = tokens[-1]
    if _in_mass_sense(head, lexicon):
        return None
    if len(tokens) >= 2 and tokens[-2].text == "-":
        # "secretary-general", "director-general", "attorney-general": a post of its own, no rank
        before = _normal(tokens[-3]) if len(tokens) >= 3 else ""
        hyphened = _role_entry([(before,)], head, lexicon.roles)
        if hyphened is not None:
            return hyphened
        if head.lemma_.lower() == "general" and before not in _RANKS_BEFORE_GENERAL:
            return None
    if len(tokens) >= 2:
        # "human rights group" before "rights group", "health ministry" before "ministry"
        before_head = [tuple(_normal(t) for t in tokens[-n:-1]) for n in range(min(len(tokens), _LONGEST_ROLE), 1, -1)]
        compound = _role_entry(before_head, head, lexicon.roles)
        if compound is not None:
            return compound
        body = _body_of_position(tokens, lexicon)
        if body is not None:
            return body
    if len(tokens) >= 2 and head.lemma_.lower() in _MILITARY_UNITS:
        kind = _kind_of_owner(tokens, lexicon)  # "a rebel brigade" REB, "militia brigades"; else the army's
        if kind is not None:
            return kind
    of_role = _role_with_of(head, lexicon)
    if of_role is not None:
        return of_role
    for form in (head.lemma_.lower(), _normal(head), *capitalised_plural(head)):
        if (form,) in lexicon.roles:
            return lexicon.roles[(form,)]
    lemma = head.lemma_.lower()
    if len(tokens) >= 2 and (lemma in _GROUP_NOUNS or names_premises(head, lexicon)):
        # "an opposition coalition", "an army post"; "Ukrainian positions": a state's own are its army's
        return _kind_of_owner(tokens, lexicon) or _state_military_premises(tokens, lexicon)
    if lemma in lexicon.collectives:
        # "opposition supporters", "union members", "party activists"
        kind = _kind_of_owner(tokens, lexicon) if len(tokens) >= 2 else None
        kind = kind if kind not in _STATE_KINDS else None  # "government supporters" are no state body
        return kind or ("CVL" if lemma in lexicon.civilian_collectives else None)  # "detained 12 activists"
    return None


def _role_with_of(head: Token, lexicon: ActorLexicon) -> Sector | None:
    """A role named with an "of" phrase: "prisoners of war" are soldiers, where "prisoners" alone are
    civilians."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            kept = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if kept is not None:
                return _role_entry([(head.lemma_.lower(), "of")], kept, lexicon.roles)
    return None


def _written_forms(word: Token) -> tuple[str, ...]:
    """The word's lemma, then its spelling as written: the roles list some words in the plural
    ("security forces", "state media", "house of representatives"), which their lemmas ("force",
    "medium", "representative") alone would never find."""
    lemma, written = word.lemma_.lower(), _normal(word)
    return (lemma,) if written == lemma else (lemma, written)


def _role_entry(prefixes: list[tuple[str, ...]], last: Token, roles: dict[tuple[str, ...], Sector]) -> Sector | None:
    """The sector of the first role made of a prefix (tried in order) and the last word in one of
    its :func:`_written_forms`; None if there is none."""
    for prefix in prefixes:
        for form in _written_forms(last):
            if (*prefix, form) in roles:
                return roles[(*prefix, form)]
    return None


def names_premises(token: Token, lexicon: ActorLexicon | None = None) -> bool:
    """The word names premises (the lexicon's ``premises``): by its lemma, or for a plural the
    lemmatiser misreads ("bases" → "basis"), by its singular spelling."""
    premises = (lexicon or load_actor_lexicon()).premises
    lower = token.lower_
    return token.lemma_.lower() in premises or (lower.endswith("s") and lower[:-1] in premises)


def names_party(token: Token, lexicon: ActorLexicon | None = None) -> bool:
    """The word itself names people or a body of them: a named person, organisation or people, a
    role ("colonels"), a group or unit ("an FMLN column") or a collective ("supporters"); not a
    thing its modifiers tie to a party ("a General Assembly vote")."""
    lexicon = lexicon or load_actor_lexicon()
    lemma = token.lemma_.lower()
    return (token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or (lemma,) in lexicon.roles
            or lemma in _GROUP_NOUNS or lemma in _MILITARY_UNITS or lemma in lexicon.collectives)


#: Words that make "-general" a military rank: "major-general", "lieutenant-general".
_RANKS_BEFORE_GENERAL = frozenset({"major", "lieutenant", "brigadier", "lt", "maj", "brig"})


def _in_mass_sense(head: Token, lexicon: ActorLexicon) -> bool:
    """'restrictions on movement', 'seized by force': a bare singular of a role noun with a
    commoner sense (the lexicon's ``mass_senses``) is that sense, not a party, and so is one whose
    modifier names what moves ("troop movements"); so is a condition named with "of" and a common
    noun ("a state of emergency")."""
    lemma = head.lemma_.lower()
    if lemma == "movement" and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in lexicon.motions
                                   for c in head.children):
        return True  # "Russian troop movements": troops moving, not a political movement ("military forces" are)
    if head.tag_ != "NN":
        return False
    if lemma in lexicon.conditions:
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "NOUN"
                   for o in p.children) for p in head.children)
    if lemma not in lexicon.mass_senses:
        return False
    lefts = [c for c in head.children if c.i < head.i]
    if head.dep_ == "pobj" and all(c.dep_ == "amod" for c in lefts):
        return True  # "under armed guard", "with brute force": an adjective alone makes no body of it
    return not any(c.dep_ in {"det", "poss", *_KEEP_LEFT} for c in lefts)


def capitalised_plural(head: Token) -> tuple[str, ...]:
    """'Guerrillas attacked ...': the tagger takes some capitalised plurals opening a sentence for
    names, and a name's lemma is itself; the singular finds the role. Only there: in a title-case
    headline every word is capitalised, and a possessor's role is not its head's ("Terrorists'
    Family Members")."""
    if head.pos_ != "PROPN" or not head.is_sent_start or not head.is_title or not head.lower_.endswith("s"):
        return ()
    return (head.lower_[:-1],)


#: Collectives (see the lexicon's ``collectives``) that name a body of people, not its members.
_GROUP_NOUNS = frozenset({"group", "coalition", "faction", "side", "delegation", "team", "bloc", "camp",
                          "unit", "column", "squad", "cell", "detachment", "alliance"})
#: Sectors of the state's own bodies, which its supporters or loyalists do not join by backing them.
_STATE_KINDS = frozenset({"GOV", "MIL", "JUD"})
#: Units of an army (MIL in the roles), which a modifier may give to another kind: "a rebel brigade",
#: "rebel guards" (armed guards are a state's unless a modifier says whose).
_MILITARY_UNITS = frozenset({"brigade", "battalion", "regiment", "platoon", "squadron", "guard"})
#: Role words that, before a vehicle, name a class of warplane.
_CRAFT_CLASSES = frozenset({"fighter", "bomber"})
#: Prepositions that make a collective the pact, not the parties: "a military alliance with Washington".
_PACT_PREPOSITIONS = frozenset({"with", "between"})


def _kind_of_owner(tokens: list[Token], lexicon: ActorLexicon) -> Sector | None:
    """'a militant group' REB, 'an opposition coalition', 'an army post' MIL: a group with no sector
    of its own, or the premises of a body, are of the kind the modifier before the head names.

    Not against or apart from that kind ("an anti-government group", "a non-government group"), and
    not "national", an adjective of the whole country whose noun is a citizen ("the national team").
    """
    modifier = tokens[-2]
    if modifier.dep_ not in {"amod", "compound"} or modifier.i != tokens[-1].i - 1:
        return None
    if any(c.dep_ == "prep" and c.lower_ in _PACT_PREPOSITIONS for c in tokens[-1].children):
        return None  # "sever a military alliance with Washington": the pact, the parties are elsewhere
    doc = modifier.doc
    if modifier.lower_.startswith(("anti-", "non-")) or (
            modifier.i >= 2 and doc[modifier.i - 1].text == "-" and doc[modifier.i - 2].lower_ in {"anti", "non"}):
        return None
    if modifier.lemma_.lower() in _CRAFT_CLASSES and names_premises(tokens[-1], lexicon):
        return "MIL"  # "fighter planes", "bomber aircraft": a class of warplane, not rebel fighters
    return None if modifier.lower_ == "national" else _role([modifier], lexicon)


def _state_military_premises(tokens: list[Token], lexicon: ActorLexicon) -> Sector | None:
    """'Armenian positions', 'a US base', 'Saudi border posts': military premises (the lexicon's
    ``military_premises``) that a state's name or demonym owns, with no body named, are its armed
    forces'. Not a people within a state ("Kurdish positions" are no state's) nor an organisation's
    ("Houthi positions" take the group's sector elsewhere)."""
    head = tokens[-1]
    if head.pos_ != "NOUN" or head.is_title or head.lower_ not in lexicon.military_premises:
        return None  # "Washington Post" is a name (a noun to the tagger in a headline); "the Ukrainian position" a view
    owners = [(_normal(t),) for t in tokens[:-1] if t.dep_ in {"amod", "compound", "nmod", "poss"}]
    state = any(o in lexicon.countries and o not in lexicon.peoples for o in owners)
    return "MIL" if state and _longest(tokens, lexicon.organisations, names=True) is None else None


def _body_of_position(tokens: list[Token], lexicon: ActorLexicon) -> Sector | None:
    """A post named with its body takes the body's sector: "rebel leader" REB, "union leader" LAB,
    "army spokesman" MIL, "health ministry official" HLH. Alone, "leader" or "spokesman" keeps its
    own role (GOV): the one who speaks for a state is the commonest reading in news."""
    head, modifier = tokens[-1], tokens[-2]
    if head.lemma_.lower() not in lexicon.positions or modifier.pos_ not in {"NOUN", "ADJ"} or modifier.i != head.i - 1:
        return None
    return _body(head, tokens[:-1], lexicon)


def _body(post: Token, body: list[Token], lexicon: ActorLexicon) -> Sector | None:
    """The sector a post takes from the body named with it (see :func:`_body_of_position`): not
    from people it deals with ("civilian leaders", "hostage negotiator"), nor from a news agency,
    except for a part, which is of what it belongs to ("crew member")."""
    sector = None
    if names_organisation(body, lexicon):  # "representatives of the ELN", "a commander of the Islamic State group"
        sector = normalise_tokens(body, lexicon)[1]
    sector = sector or _role(body, lexicon)
    if post.lemma_.lower() in lexicon.parts:
        return sector
    if sector == "MED" or (body and body[-1].lemma_.lower() in lexicon.dealt_with):
        return None
    return sector


def body_of_post(head: Token, lexicon: ActorLexicon | None = None) -> Sector | None:
    """'leader of the Salvadoran leftist party' POL, 'spokesman for the army' MIL: the sector of the
    body an "of"/"for" phrase gives a post; None when it names none."""
    lexicon = lexicon or load_actor_lexicon()
    if head.lemma_.lower() not in lexicon.positions:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}:
            body = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if body is not None:
                return _body(head, phrase_tokens(body), lexicon)  # a country alone names no body
    return None


#: Words that, joined by a hyphen to a country word, say whom an actor is aligned with, not where it is from.
_ALLY_PREFIXES = frozenset({"pro", "anti"})
_ALLY_SUFFIXES = frozenset({"backed", "supported", "funded", "sponsored", "allied", "aligned", "armed", "trained",
                            "brokered", "friendly"})


def _without_affiliations(tokens: list[Token]) -> list[Token]:
    """'pro-Iranian Hizbollah', 'Syrian-backed Amal militia': drop country words that name a patron.

    The token is replaced by nothing, so longer names do not join across it. "US-led forces" keeps
    its country: the leader is a member.

    The words around each token are read from the per-Doc column of lower forms, not from Spans
    sliced out of the Doc: this runs for every phrase an actor is looked up for. A token's lower
    form is "-" exactly when its text is.
    """
    if not tokens:
        return []
    lower = token_column(tokens[0].doc, "LOWER")
    keep: list[Token] = []
    for token in tokens:
        i = token.i
        patron_before = i >= 2 and lower[i - 1] == "-" and lower[i - 2] in _ALLY_PREFIXES
        patron_after = i + 2 < len(lower) and lower[i + 1] == "-" and lower[i + 2] in _ALLY_SUFFIXES
        if lower[i].startswith(("pro-", "anti-")) or patron_before or patron_after:
            continue
        keep.append(token)
    return keep


#: Civilian roles that, after an organisation's name, are its own people: "Red Cross workers", "UN staff".
_MEMBERSHIP_ROLES = frozenset({"worker", "volunteer", "staffer", "member", "official", "employee", "dissident",
                               "deminer"})


def _is_title(token: Token, lexicon: ActorLexicon) -> bool:
    """A capitalised role word before a name ("President", "Prime Minister", "General"): a role of
    the actor dictionary alone or with the word before it."""
    if token.ent_type_ not in {"", "PERSON"}:
        return False  # "General Motors", "the 1951 Refugee Convention": a name the word is part of
    doc = token.doc
    forms: list[tuple[str, ...]] = [(token.lower_,)]
    forms += [(doc[token.i - 1].lower_, token.lower_)] if token.i > 0 else []
    forms += [(token.lower_, doc[token.i + 1].lower_)] if token.i + 1 < len(doc) else []  # "Attorney General"
    sectors = [lexicon.roles[form] for form in forms if form in lexicon.roles]
    if any(sector != "CVL" for sector in sectors):
        return True  # a post: "President", "Prime Minister", "General"
    # a civilian's title right before the name ("U.S. citizen Steven Henry"), not "National" in
    # "Democratic National Committee Chair Debbie Wasserman Schultz"
    return bool(sectors) and token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON"


def normalise_tokens(tokens: list[Token], lexicon: ActorLexicon | None = None) -> tuple[str | None, Sector | None]:
    """Country and sector of a phrase given as its tokens (head last).

    >>> # "Gaza's health ministry" -> ("PSE", "HLH"); "Israeli hostages" -> ("ISR", "CVL")
    """
    lexicon = lexicon or load_actor_lexicon()
    org = _longest(tokens, lexicon.organisations, names=True)
    if org is not None and org[0][1] == "MED" and _is_given_name(tokens[org[1]]):
        org = None  # "Tasnim Aslam", "Efe Obada": an agency's name is also a given name
    named = _longest(tokens, lexicon.people, names=True)
    if named is not None and _given_name_of_another(tokens, named):
        named = None  # "AP photographer Burhan Ozbilici" is not Sudan's al-Burhan
    if org is not None and (_inside(org, named) or _inside_a_name(tokens, org)):
        org = None  # "Kim Jong Un" is no UN, "Amal Clooney" no Amal movement
    person = None
    if org is None:
        org = person = named  # "Netanyahu", "President Ruto": a leader
    owner_only = person is not None and person[1] < len(tokens) - 1  # "Hemedti's fighters", "Obama's eyes"
    if owner_only and _role(tokens, lexicon) is None and tokens[-1].lemma_.lower() not in lexicon.collectives:
        org = person = None  # a person's eyes or words are no actor: only his forces, aides or followers are
    unaffiliated = _without_affiliations(tokens)
    country_hit = _longest(unaffiliated, lexicon.countries, names=True)
    if country_hit is not None and unaffiliated == tokens and (
            _inside(country_hit, person) or _inside_a_name(tokens, country_hit,
                                                           surname_only=_is_demonym(tokens, country_hit, lexicon))):
        country_hit = None  # "UN rights chief Volker Turk": a surname, no demonym (but "Bosnian Serbs")
    if country_hit is not None and _capital_named_for_person(tokens, country_hit, lexicon):
        country_hit = None  # "soldiers detained Victoria": a woman, not the Seychelles
    names_head = country_hit is not None and country_hit[1] == len(tokens) - 1
    firm_land = _firm_named_as_state(tokens, country_hit, lexicon) if names_head and country_hit else None
    if firm_land is not None:
        return firm_land, "BUS"  # "Emirates cancelled flights": the airline; "the Emirates" is the state
    role = None if names_head else _role(tokens, lexicon)  # "the Soviet Union" is no labour union
    country: str | None = country_hit[0] if country_hit else None
    sector: Sector | None = None
    if org is not None:
        org_country, org_sector = org[0]
        if country_hit is not None and unaffiliated == tokens and org[2] <= country_hit[1] <= org[1]:
            country = None  # "the Organization of American States": the demonym is part of the name
        country = country or org_country
        if org_country and country_hit and country_hit[1] > org[1]:
            country = country_hit[0]
        sector = org_sector
        if role == "CVL" and org[1] < len(tokens) - 1 and tokens[-1].lemma_.lower() not in _MEMBERSHIP_ROLES:
            sector = role  # "Hamas hostages" are people, not the group; "Red Cross workers" are its own
        if role == "GOV" and org[1] < len(tokens) - 1 and tokens[-1].lemma_.lower() in _GOVERNING_BODIES:
            sector = role  # "the Taliban government", "Houthi authorities": the group governs
        if person is not None and (role is not None or owner_only):
            sector = _sector_of_titled_person(org_sector, role)
    if sector is None:
        sector = role
    if sector is None and names_head and country is not None:  # a region ("the Middle East") has no government
        last = (_normal(tokens[-1]),)
        if tokens[-1].pos_ == "PROPN" and last not in lexicon.demonyms:
            sector = "GOV"  # the state itself acts: "Israel released ..."
    if sector == "MIL" and org is None and _names_people(tokens, lexicon):
        sector = "REB"  # "Tigrayan forces", "Chechen fighters": armed, but not the state's army
    if _agent_of_a_state(tokens, org, country, lexicon):
        sector = "GOV"  # "Qatari mediators" carry their government's word; bare "mediators" stay OTHER
    return country, sector


def _agent_of_a_state(tokens: list[Token], org: tuple[Any, int, int] | None, country: str | None,
                      lexicon: ActorLexicon) -> bool:
    """The head is a go-between's role (``state_agents``: "mediators") named with a state and no body:
    Qatar's or Egypt's mediators are officials of their governments, where tribal or AU mediators are not."""
    head = tokens[-1]
    return (org is None and country is not None and head.lemma_.lower() in lexicon.state_agents
            and not _names_people(tokens, lexicon))


def _hit_words(tokens: list[Token], hit: tuple[Any, int, int]) -> tuple[str, ...]:
    """The normalised words of a dictionary hit (value, last index, first index)."""
    return tuple(_normal(t) for t in tokens[hit[2] : hit[1] + 1])


def _capital_named_for_person(tokens: list[Token], hit: tuple[Any, int, int], lexicon: ActorLexicon) -> bool:
    """A capital's name heading the phrase where only a person can stand: the object of a verb done
    to a body ("soldiers detained Victoria", "Kingston was arrested"; the lexicon's
    ``persons_not_places``). A state is never detained, so the name is a given name; a city that is
    shelled or captured stays a place, and "Kyiv" as subject stays the state."""
    if hit[1] != len(tokens) - 1 or _hit_words(tokens, hit) not in lexicon.capitals:
        return False
    head = tokens[-1]
    if head.dep_ == "conj":
        head = head.head  # "detained Victoria and Kingston"
    return head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in lexicon.persons_not_places


def _firm_named_as_state(tokens: list[Token], hit: tuple[Any, int, int], lexicon: ActorLexicon) -> str | None:
    """The land of a firm whose bare name is also a state's short name ("Emirates" the airline), None
    if the name is not one or is written with "the" ("the Emirates" is the state). The determiner is
    outside the phrase's tokens, so the word before the name is read in the document."""
    land = lexicon.firms_named_as_states.get(_hit_words(tokens, hit))
    first = tokens[hit[2]]
    return land if first.i == 0 or first.nbor(-1).lower_ != "the" else None


def _names_people(tokens: list[Token], lexicon: ActorLexicon) -> bool:
    """A people or region within a state ("Tigrayan", "Baloch") or one whose land several states share
    ("Kurdish") is named: its fighters are no state army."""
    return any((_normal(t),) in lexicon.peoples or (_normal(t),) in lexicon.peoples_across_states for t in tokens)


def attackers_sector(tokens: list[Token], country: str | None, lexicon: ActorLexicon | None = None) -> Sector:
    """Sector of the side a demonym names on an attack, weapon or fire of no named body: a state's
    army ("Russian shelling" MIL), but rebels for a people within a state ("Tigrayan shelling",
    "Baloch fire") and for a nation whose attacks are its armed groups' (``fought_by_armed_groups``:
    "Palestinian rocket fire"), which have no state army doing the firing."""
    lexicon = lexicon or load_actor_lexicon()
    return "REB" if country in lexicon.fought_by_armed_groups or _names_people(tokens, lexicon) else "MIL"


def _sector_of_titled_person(person_sector: Sector | None, role: Sector | None) -> Sector | None:
    """A named person's sector when a title or a possessed role is written with the name: the title
    as written outranks a later office ("opposition leader Ousmane Sonko" POL), but the forces or
    the rank of an armed group's leader are his group's, not a state army's ("Hemedti's forces",
    "RSF General Hemedti" REB)."""
    if role == "MIL" and person_sector == "REB":
        return person_sector
    return role


def _is_demonym(tokens: list[Token], hit: tuple[Any, int, int], lexicon: ActorLexicon) -> bool:
    """The country hit is a demonym or a people ("Bosnian"), not a state's or capital's name: only a
    name may also be a person's given name ("Victoria Nuland", "Jordan Bardella")."""
    return tuple(_normal(t) for t in tokens[hit[2] : hit[1] + 1]) in lexicon.demonyms


def _inside(hit: tuple[Any, int, int], outer: tuple[Any, int, int] | None) -> bool:
    """A dictionary hit (value, last index, first index) lying within a longer one."""
    return outer is not None and outer[2] <= hit[2] and hit[1] <= outer[1] and outer[1] - outer[2] > hit[1] - hit[2]


def _given_name_of_another(tokens: list[Token], hit: tuple[Any, int, int]) -> bool:
    """A leader known by one name ("Burhan") whose name here opens a longer name of a person the
    dictionary does not know ("Burhan Ozbilici"): a given name of someone else. Known longer names
    ("Burhan Wani") win as the longer entry."""
    words = tokens[hit[2] : hit[1] + 1]
    last = words[-1]
    if len(words) != 1 or last.ent_type_ != "PERSON" or last.i + 1 >= len(last.doc):
        return False
    following = last.nbor(1)  # a surname, not the possessive the tagger may take into the name ("Trump's")
    return following.ent_iob_ == "I" and following.ent_type_ == "PERSON" and following.is_alpha and following.is_title


def _inside_a_name(tokens: list[Token], hit: tuple[Any, int, int], *, surname_only: bool = False) -> bool:
    """A dictionary hit whose words are part of a longer name of a person ("Amal" in "Amal Clooney");
    with ``surname_only``, only after a given name ("Turk" in "Volker Turk"): a demonym opening what
    the tagger calls a name is still one ("Bosnian Serbs")."""
    words = tokens[hit[2] : hit[1] + 1]
    if not all(t.ent_type_ == "PERSON" for t in words):
        return False
    before = words[0].i > 0 and words[0].nbor(-1).ent_type_ == "PERSON" and words[0].ent_iob_ == "I"
    after = words[-1].i + 1 < len(words[-1].doc) and words[-1].nbor(1).ent_iob_ == "I"
    return before or (after and not surname_only)


#: Head nouns of a body that governs: a group named before one is in power ("the Taliban government").
_GOVERNING_BODIES = frozenset({"government", "authority", "authorities", "administration", "cabinet"})


def _is_given_name(token: Token) -> bool:
    """A one-word name the tagger reads as a person's, or followed by a surname."""
    if token.ent_type_ == "PERSON":
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.lower_ not in {"news", "agency", "television", "tv"}


def is_plural_in_meaning(token: Token, lexicon: ActorLexicon | None = None) -> bool:
    """A group's name that takes a plural verb though it has no plural ending ("the Taliban are",
    "Taliban free two prisoners"): the tagger reads it as a singular name, so agreement alone would
    miss the headline verb after it (the lexicon's ``plural_names``)."""
    return _normal(token) in (lexicon or load_actor_lexicon()).plural_names


def names_organisation(tokens: list[Token], lexicon: ActorLexicon | None = None) -> bool:
    """The phrase holds a name the organisation dictionary knows ("Hamas", "the Red Cross")."""
    return _longest(tokens, (lexicon or load_actor_lexicon()).organisations, names=True) is not None


class WrittenOrganisation(NamedTuple):
    """A dictionary organisation found in plain text: its name as written, its country and sector."""

    name: str
    country: str | None
    sector: Sector | None


def organisation_written(text: str, lexicon: ActorLexicon | None = None) -> WrittenOrganisation | None:
    """The longest dictionary organisation written in a plain phrase, None if none.

    For text that was never parsed (a claimant as stored): "the Rapid Support Forces" is an armed
    group of Sudan, and "the Sudan People's Liberation Movement-in-Opposition" one of South Sudan,
    though its name holds "Sudan". Words are split as dictionary keys are (:func:`_key`), and, as
    in parsed text (:func:`_is_name_like`), a name all in lower case is a word: "the party congress".
    """
    organisations = (lexicon or load_actor_lexicon()).organisations
    written = [w.strip(",.;:()\"“”") for w in unaccented(text.replace("’", "'")).replace("'s", " 's").split()]
    found = _longest_entry([w.lower() for w in written], organisations,
                           lambda start, end: any(not w.islower() for w in written[start:end]),
                           _organisation_openers() if lexicon is None else None)
    if found is None:
        return None
    (country, sector), start, end = found
    return WrittenOrganisation(" ".join(written[start:end]), country, sector)


@lru_cache(maxsize=1)
def _organisation_openers() -> frozenset[str]:
    """The first words of the dictionary's organisations: the checker reads every stored article whole
    for the organisation it names (:func:`organisation_written`), and most words open none."""
    return frozenset(key[0] for key in load_actor_lexicon().organisations)


def phrase_tokens(head: Token) -> list[Token]:
    """The actor phrase as written: the head with its left modifiers, without determiners or numbers.

    "all 240 Israeli hostages" -> "Israeli hostages"; "Gaza's health ministry" stays whole.
    """
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _KEEP_LEFT or child.lower_ in {"all", "more", "other", "another", "some"}:
            break
        start = min(start, child.left_edge.i)
    doc = head.doc
    tokens = [doc[i] for i in range(start, head.i + 1)]
    while tokens and (tokens[0].like_num or tokens[0].dep_ in {"det", "predet", "nummod", "quantmod", "punct"}):
        tokens = tokens[1:]
    if len(tokens) > 1 and is_captive_complement(head):
        tokens = tokens[:-1]  # "took 12 workers hostage": the workers
    return tokens or [head]


#: Words that join the rest of an organisation's name to its head noun.
_NAME_LINKS = frozenset({"of", "for", "to"})


def name_rest(head: Token) -> list[Token]:
    """The rest of the organisation's name the head stands in, after it: "of the Red Cross" in "the
    International Committee of the Red Cross", "to Protect Journalists"; empty for any other phrase.

    Only a name the tagger marks as an organisation, going on with "of", "for" or "to" and made of
    words the head governs: a tagging slip ("the State Department - before") or a possessive
    ("Christie's") adds nothing.
    """
    entity = entity_of(head)
    if entity is None or head.ent_type_ != "ORG" or entity.end <= head.i + 1:
        return []
    rest = list(head.doc[head.i + 1 : entity.end])
    governed = {t.i for t in head.subtree}
    if rest[0].lower_ not in _NAME_LINKS or any(t.is_punct or t.tag_ == "POS" or t.i not in governed for t in rest):
        return []
    return rest


def _dictionary_name_rest(head: Token, tokens: list[Token], lexicon: ActorLexicon) -> list[Token]:
    """The rest of a dictionary organisation's name that the tagger left out of its entity: "in the
    Arabian Peninsula" in "Al-Qaeda in the Arabian Peninsula", "in Iraq" in "the Islamic Resistance
    in Iraq". Only a prepositional phrase right after the head, and only as far as a dictionary name
    reaches past the head: "Hamas in Gaza" stays Hamas."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1), None)
    if prep is None:
        return []
    rest = list(head.doc[prep.i : prep.right_edge.i + 1])
    hit = _longest(tokens + rest, lexicon.organisations, names=True)
    if hit is None or hit[2] >= len(tokens) or hit[1] < len(tokens):
        return []  # the name must hold the head and go past it: not "sanctions on the Taliban"
    return rest[: hit[1] - len(tokens) + 1]


def _conjunct_heads(head: Token) -> list[Token]:
    return [head, *[t for t in head.conjuncts if t.i > head.i]]


def _antecedent(head: Token, lexicon: ActorLexicon) -> tuple[str | None, Sector | None]:
    """Country and sector of the nearest earlier named organisation (for "we", "the group").

    Looks back over the current and three previous sentences; only organisations are taken, so
    a place named in between ("in Cape Town") does not capture the pronoun.
    """
    doc = head.doc
    if head.lower_ in {"he", "she", "him", "her", "his"}:
        return _previous_person(head, lexicon)  # a person, never an organisation named in between
    subject = _previous_subject(head)
    if subject is not None:
        return normalise_tokens(phrase_tokens(subject), lexicon)
    sent_start = sentence_of(head).start
    earlier = [start for start in _sentence_starts(doc) if start <= sent_start][-4:]
    window_start = earlier[0] if earlier else sent_start
    norms = _doc_normals(doc)
    for end in range(head.i - window_start, 0, -1):
        for n in range(min(MAX_ENTRY_TOKENS, end), 0, -1):
            first = window_start + end - n
            key = tuple(norms[first : window_start + end])
            if key in lexicon.organisations and _is_name_like([doc[i] for i in range(first, window_start + end)]):
                country, sector = lexicon.organisations[key]
                if country is not None and sector != "MED":  # "(AFP) -- ... he said": the agency is no antecedent
                    return country, sector
    return None, None


def _previous_person(pronoun: Token, lexicon: ActorLexicon) -> tuple[str | None, Sector | None]:
    """'Gallant threatened ... "We will not ...," he said': "he" and "she" stand for a person named
    before them in the current or three previous sentences, not for an organisation: the nearest one
    named as a subject ("Katsav refused to meet King Abdullah, saying he would ..."), else the nearest;
    an object "him" or "her" is rather someone else than the subject ("... he would welcome him")."""
    doc = pronoun.doc
    sent_start = sentence_of(pronoun).start
    earlier = [start for start in _sentence_starts(doc) if start <= sent_start][-4:]
    window_start = earlier[0] if earlier else sent_start
    names = [doc[i] for i in range(pronoun.i - 1, window_start - 1, -1)
             if doc[i].ent_type_ == "PERSON" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")]
    subjects = [n for n in names if _phrase_head(n).dep_ in {"nsubj", "nsubjpass"}]
    if pronoun.dep_ in {"dobj", "pobj", "dative"}:
        reporter = _reporting_person(pronoun)  # "Gershkovich said a court, on Putin's orders, sentenced him"
        subjects = [reporter] if reporter is not None else [n for n in names if n not in subjects]
    for name in subjects[:1] or names[:1]:
        found = actor_for(name, lexicon=lexicon, with_conjuncts=False)
        return found.country, found.sector
    return None, None


def _reporting_person(pronoun: Token) -> Token | None:
    """The named person whose report holds an object pronoun, when someone else is the reported
    clause's subject: "him" in "Gershkovich said a Russian court sentenced him" is Gershkovich."""
    clause = pronoun.head
    while clause.head.i != clause.i and clause.head.lemma_.lower() not in _REPORTING_LEMMAS:
        clause = clause.head
    if clause.head.i == clause.i:
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.ent_type_ != "PERSON":
        return None
    own = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return reporter if own is None or (own.i != reporter.i and own.pos_ != "PRON") else None


#: Verbs of saying whose subject an object pronoun in the report may stand for.
_REPORTING_LEMMAS = frozenset({"say", "tell", "add", "write", "recall", "describe", "claim", "allege"})


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase a name's last word is in: "Katsav" in "President Moshe Katsav"."""
    while token.dep_ in {"compound", "flat", "appos"} and token.head.i != token.i:
        token = token.head
    return token


#: Sectors of a body a bare or definite description may name again ("the military", "the militia").
_DESCRIBED_SECTORS = frozenset({"MIL", "GOV", "REB"})
#: Heads of such descriptions that carry no sector of their own in the lexicon.
_DESCRIBED_BODIES = frozenset({"group", "movement"})


def _described_before(head: Token, sector: str | None, lexicon: ActorLexicon) -> str | None:
    """'The Sudanese army said ... the military would not negotiate': a description of a state body
    or armed group with no country ("the military", "the militia", "soldiers", "the government") is
    the one of the same kind the article placed last before it ("army" and "military" are one kind,
    "government", "junta" and "authorities" another, "militia", "group" and "rebels" a third); a bare
    plural needs the same noun ("Ethiopian soldiers ... soldiers went from house to house"). Only an
    earlier noun or organisation whose own phrase names the country counts, not a place name, and
    a sentence opening "In <country>," comes first. "The government" and "the army" look back only
    over this sentence and the one before (a story names many states); other descriptions over the
    last four sentences ("Yemeni security forces" paragraphs before are no "state security forces")."""
    if any(c.dep_ == "poss" for c in head.children) or any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"}
                                                            for c in head.children):
        return None  # "his government", "a militia": someone else's, or not one named before
    owners = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
    if any(o.lemma_.lower() in _OWNING_NOUNS or normalise_tokens(phrase_tokens(o), lexicon)[0] for o in owners):
        return None  # "the foreign ministers of the two countries": the phrase says whose
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)
    lemma = head.lemma_.lower()
    kind = _KIND_OF.get(lemma)
    if kind is None and not (head.tag_ == "NNS" and sector in _DESCRIBED_SECTORS):
        return None  # "the commander", "the spokesman": one person, not a body named again
    reporter = _reporting_party(head, lexicon) if definite and kind in {"army", "state"} else None
    if reporter is not None:  # "Russian troops attacked ... Ukrainian officials said the army destroyed"
        return reporter
    scene = _scene_country(head, lexicon) if kind == "state" else None  # "In Gaza, troops ...": not Gaza's
    if scene is not None:
        return scene
    doc = head.doc
    singular = head.tag_ not in {"NNS", "NNPS"}
    starts = [st for st in _sentence_starts(doc) if st <= sentence_of(head).start]
    near = starts[-2] if len(starts) >= 2 else 0  # this sentence and the one before
    window = starts[-4] if len(starts) >= 4 else 0
    nearby_only = definite and kind in {"army", "state"}
    for i in range(head.i - 1, -1, -1):
        if i < (near if nearby_only else window):
            break
        token = doc[i]
        if token.dep_ in {"compound", "amod"} or not (token.pos_ == "NOUN" or token.ent_type_ in {"ORG", "NORP"}):
            continue
        other = token.lemma_.lower()
        same = other == lemma or (definite and singular and kind is not None and _KIND_OF.get(other) == kind)
        named = definite and singular and kind == "armed" and token.ent_type_ == "ORG"
        if not same and not named:
            continue  # an armed group is named by its name ("the RSF ... the paramilitary group")
        country, found = normalise_tokens(phrase_tokens(token), lexicon)
        if country is not None and (same or found == _KIND_SECTOR.get(kind or "")):
            return country
    return None


#: Nouns whose "of" phrase says whose a body is: "the ministers of the two countries".
_OWNING_NOUNS = frozenset({"country", "nation", "state", "side", "party", "government"})
#: Kinds of body a description names again: its head nouns, and the sector of an organisation of that kind.
_KINDS = {"army": ("army", "military", "forces", "force", "troop", "soldier"),
          "state": ("government", "junta", "authority", "authorities", "regime", "administration"),
          "armed": ("militia", "group", "movement", "rebel", "militant", "paramilitary", "paramilitaries",
                    "fighter", "insurgent", "extremist", "gang")}
_KIND_OF = {lemma: kind for kind, lemmas in _KINDS.items() for lemma in lemmas}
_KIND_SECTOR = {"army": "MIL", "state": "GOV", "armed": "REB"}


#: Nouns for a body of any kind that a report names again: "the group", "the organisation".
_GENERIC_BODIES = frozenset({"group", "organisation", "organization"})


def _reporting_party(head: Token, lexicon: ActorLexicon) -> str | None:
    """The country of whoever reports the clause "the army" or "the government" is the subject of:
    a state's officials speak of their own army ("Ukrainian officials said the army destroyed ...")."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.dep_ != "ccomp":
        return None
    reporter = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.pos_ == "PRON":
        return None
    country, sector = normalise_tokens(phrase_tokens(reporter), lexicon)
    return country if sector in {"GOV", "MIL"} else None


def _opening_subject_before(head: Token) -> Token | None:
    """The main subject of the sentence before, a noun or a name, for a subject that opens its own
    sentence ("The group ...", "It ..."); None for any other subject."""
    doc = head.doc
    here = sentence_of(head).start
    if head.dep_ != "nsubj" or head.head.dep_ != "ROOT" or head.left_edge.i != here:
        return None
    starts = _sentence_starts(doc)
    if here not in starts or starts.index(here) == 0:
        return None
    previous = doc[starts[starts.index(here) - 1] : here].root
    subject = next((c for c in previous.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else None


def _scene_country(head: Token, lexicon: ActorLexicon) -> str | None:
    """'In neighbouring Burkina Faso, the military government suspended ...': a sentence that opens
    with "In <country>," sets the scene for the state bodies it leaves unplaced."""
    sent = sentence_of(head)
    first = sent[0] if len(sent) else None
    if first is None or first.lower_ != "in":
        return None
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i > head.i:
        return None
    scene = list(sent[1 : comma.i - sent.start])
    if not scene or any(t.pos_ not in {"ADJ", "PROPN", "DET"} and t.tag_ not in {"VBG", "VBN", "HYPH"}
                        for t in scene):  # "In neighbouring Burkina Faso", "In war-torn Sudan"
        return None  # "In talks with Iran, the government ...", "In a letter to Egypt, ...": no scene
    return normalise_tokens([t for t in scene if t.pos_ == "PROPN"], lexicon)[0]


def _previous_subject(pronoun: Token) -> Token | None:
    """'The Sudanese Doctors Network said the RSF had killed 300 people. It accused the group of
    genocide': a pronoun opening a sentence as its main subject takes up the main subject of the
    sentence before, a noun or name agreeing in number ("it" a singular, "they" a plural), before any
    organisation named in between."""
    subject = _opening_subject_before(pronoun) if pronoun.lower_ in {"it", "they"} else None
    if subject is None:
        return None
    plural = subject.tag_ in {"NNS", "NNPS"}
    return subject if plural == (pronoun.lower_ == "they") else None


#: Sectors of bodies whose posts are held abroad: their country is where they are posted, not theirs.
_INTERNATIONAL = frozenset({"IGO", "NGO"})

#: Prepositions whose object says where an actor is from or belongs: "groups in Zimbabwe", "doctors from ...",
#: "students throughout Indonesia".
_ORIGIN_PREPS = frozenset({"of", "in", "from", "throughout", "across"})


def _country_of_origin(head: Token, lexicon: ActorLexicon) -> str | None:
    """'Opposition groups in Zimbabwe', 'guerrillas operating in Macedonia', 'the military chief of
    Pakistan': the country of a locating phrase.

    Only people, groups and posts are located this way (a role noun is the head); "the release of
    Israelis" is not an actor phrase and never reaches here.
    """
    lemma = head.lemma_.lower()
    located = _role([head], lexicon) is not None or lemma in lexicon.collectives
    if lemma in lexicon.positions and normalise_tokens(phrase_tokens(head), lexicon)[1] in _INTERNATIONAL:
        return None  # "the UN's representative for Syria", "a UN official in Khartoum": posted there, not from there
    if not located and lemma not in lexicon.positions:
        return None
    preps = _ORIGIN_PREPS if located else frozenset({"of"})  # a post is of its country
    if lemma in lexicon.speakers:
        preps |= {"for"}  # one speaks for it: "a spokesman for Iran's foreign ministry"
    anchors = [head, *(c for c in head.children if c.dep_ == "acl")]
    own_name = {t.i for t in name_rest(head)}  # "the Organization of American States" locates nothing
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i not in own_name:
                country = normalise_tokens(phrase_tokens(obj), lexicon)[0]
                if country is not None:
                    return country
    return None


def is_ethnic_group(head: Token, lexicon: ActorLexicon) -> bool:
    """'ethnic Albanians', 'Albanians of southern Serbia': people named by ethnicity, not by state.

    CAMEO and PLOVER code such a group by the country it lives in, not the one its name recalls.
    """
    if (_normal(head),) not in lexicon.demonyms or head.pos_ not in {"PROPN", "NOUN"}:
        return False
    return any(c.lower_ == "ethnic" for c in head.lefts) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children
    )


def _residence(head: Token, lexicon: ActorLexicon) -> str | None:
    """The country an ethnic group is placed in by its own phrase ("in south Serbia", "of southern Serbia")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _ORIGIN_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            country = normalise_tokens(phrase_tokens(obj), lexicon)[0] if obj is not None else None
            if country is not None:
                return country
    return None


def _named_country(head: Token, lexicon: ActorLexicon) -> str | None:
    """Country a person's mention gives: its title or modifier, or an apposition ("Naim, a Hamas official")."""
    country = normalise_tokens(phrase_tokens(head), lexicon)[0]
    if country is None:
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        country = normalise_tokens(phrase_tokens(appos), lexicon)[0] if appos is not None else None
    if country is None:  # "King Hussein of Jordan": his own "of" phrase, before another Hussein's
        of = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"), None)
        name = tuple(_normal(t) for t in phrase_tokens(of) if t.pos_ != "DET") if of is not None else ()
        country = lexicon.countries.get(name) if of is not None and of.pos_ == "PROPN" else None  # not "New Mexico"
    return country


def _person_country(head: Token, lexicon: ActorLexicon) -> str | None:
    """A person's country from another mention of the same name in the article.

    "Iranian President Hassan Rouhani ... Rouhani said": wire copy titles a person once, at first
    mention; later mentions by surname share that country.
    """
    if head.ent_type_ not in {"PERSON", ""}:
        return None  # the tagger misses some later surname mentions; a place or group is not a person
    own = _named_country(head, lexicon)
    if own is not None:
        return own
    doc = head.doc
    named: dict[tuple[int, int], str | None] = doc.user_data.setdefault("parley_named_country", {})
    for i in _person_mentions(doc).get(head.text, ()):
        if i != head.i:
            key = (i, id(lexicon))
            if key not in named:  # every later mention of a name asks about the same earlier ones
                named[key] = _named_country(doc[i], lexicon)
            country = named[key]
            if country is not None:
                return country
    return None


def _person_mentions(doc: Doc) -> dict[str, list[int]]:
    """Indices of PERSON tokens by text, in document order; built once per Doc.

    Looking a surname up here instead of walking every token of the article per mention keeps
    the cost linear in the article's length (a Token object per token per lookup dominated).
    """
    index = doc.user_data.get("parley_person_mentions")
    if not isinstance(index, dict):
        index = {}
        for i, label in enumerate(token_column(doc, "ENT_TYPE")):
            if label == "PERSON":
                index.setdefault(doc[i].text, []).append(i)
        doc.user_data["parley_person_mentions"] = index
    return index


def is_lone_person_label(token: Token) -> bool:
    """A one-word name the tagger labels a person here and nowhere else in the article ("a shopping
    centre in Kremenchuk"): no full name, title or later mention backs the label, so a gazetteer may
    overrule it. A person is named in full first ("Abraham Lincoln ... Lincoln")."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "B":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.ent_type_ == "PERSON" and following.ent_iob_ == "I":
        return False
    return _person_mentions(token.doc).get(token.text, []) == [token.i]


def reporting_subject(pronoun: Token) -> Token | None:
    """'Switzerland said it had expelled ...': a subject pronoun in a reported clause is the speaker.

    Taken only when the speaker is a name or a noun (not another pronoun) and agrees in number
    with the pronoun well enough ("it" for a singular, "they" for a plural or a collective, "he"
    and "she" for a named person or a person's title: "Gbagbo announced that he would ...", "the
    minister said he ..."; after a body, "the army said he was killed", "he" is someone else).
    """
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.lower_ not in {"it", "they", "we", "he", "she"}:
        return None
    clause = pronoun.head
    conjoined = clause.dep_ == "conj"
    while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head
    first = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if conjoined and pronoun.lower_ in {"it", "they"} and first is not None and first.pos_ in {"PROPN", "NOUN"} \
            and first.i < pronoun.i:
        # "the WFP said its trucks had been blocked, and it appealed to the warring parties": the first
        # conjunct's subject goes on as the second's
        plural = first.tag_ in {"NNS", "NNPS"}
        return first if plural == (pronoun.lower_ == "they") else None
    if clause.dep_ == "relcl" and pronoun.lower_ in {"it", "they"}:
        speaker = _governing_subject(clause.head)  # "sanctions on officials it accused of ...": the sanctioner
    elif clause.dep_ == "ccomp":
        report = clause.head
        while report.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in report.children):
            report = report.head  # "Israel refused to say whether it ...": the one who would say
        speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
        while speaker is None and report.dep_ == "conj" and report.head.i != report.i:
            report = report.head  # "the junta rejected the report and said it had opened an inquiry"
            speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if speaker is not None and speaker.pos_ == "PRON" and speaker.lower_ == pronoun.lower_ and speaker.i < pronoun.i:
        speaker = reporting_subject(speaker)  # "the military said it had killed the commander, whom it accused"
    if speaker is None or speaker.pos_ not in {"PROPN", "NOUN"}:
        return None
    plural = speaker.tag_ in {"NNS", "NNPS"}
    if pronoun.lower_ in {"he", "she"}:  # a person: a name or a singular title ("the minister")
        if clause.head.i > pronoun.i:
            return None  # '"He must stop," Biden said': in a quote put first, "he" is someone else
        lexicon = load_actor_lexicon()
        person = speaker.ent_type_ == "PERSON" or (speaker.pos_ == "PROPN" and not speaker.ent_type_) or (
            speaker.pos_ == "NOUN" and speaker.lemma_.lower() not in lexicon.bodies
            and _role([speaker], lexicon) is not None)  # "the minister", not "the army"
        return speaker if person and not plural else None
    lexicon = load_actor_lexicon()
    if pronoun.lower_ == "they" and not plural and speaker.pos_ == "NOUN" and (
            speaker.lemma_.lower() not in lexicon.bodies | lexicon.collectives):
        return None  # '"They took my brothers," said one woman': others; a named leader's "they" is his side
    return None if pronoun.lower_ == "it" and plural else speaker


def _governing_subject(noun: Token) -> Token | None:
    """The subject of the verb a noun is the object of, through its prepositions: "the EU" for
    "officials" in "the EU imposed sanctions on officials it accused of ...". A contact relative
    clause on an object ("targets they said were ...") is mostly told by the main clause's subject."""
    verb = noun
    while verb.pos_ != "VERB" and (verb.dep_ in {"pobj", "prep", "dobj"} or (
            verb.dep_ == "attr" and verb.head.lemma_ != "be")) and verb.head.i != verb.i:
        verb = verb.head  # "eliminated" the commander, whom it accused: an object the parser calls attr
    if verb.pos_ != "VERB" or verb.i == noun.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


#: Possessive pronouns bound to their clause's subject, and whether that subject must be plural.
_OWNER_PRONOUNS = {"its": False, "their": True}


#: Verbs with an object whose infinitive is still the subject's act ("promised Kyiv to send its jets").
_SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "swear", "threaten", "offer"})


def owner_of(pronoun: Token) -> Token | None:
    """'Israel withdrew its troops', 'Russia intensified its campaign', 'the rebels said their
    fighters ...': the party a possessive pronoun stands for, from the clause it is in.

    The pronoun must agree in number with the party ("its" a singular, "their" a plural). It is the
    subject of its clause; for a phrase that is itself a subject, the speaker of the clause it is
    reported in; after a preposition of grounds, the verb's object ("condemned Russia for its attacks").
    Where two parties that agree could own it ("Russia said Ukraine attacked its troops", "the US
    told Israel that its soldiers ..."), none is taken.
    """
    if pronoun.dep_ != "poss" or pronoun.lower_ not in _OWNER_PRONOUNS:
        return None
    plural = _OWNER_PRONOUNS[pronoun.lower_]
    possessed = pronoun.head
    verb, grounds = possessed.head, False
    while verb.pos_ == "ADP" or verb.dep_ == "prep" or (verb.pos_ in {"ADJ", "ADV"} and verb.dep_ == "acomp"):
        if verb.head.i == verb.i:  # "the terms were far from its demands": up through "far" to "were"
            return None
        grounds = grounds or verb.lower_ in _GROUNDS_PREPOSITIONS
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if possessed.dep_ in {"nsubj", "nsubjpass"}:
        candidates = _speaker_and_addressee(verb)
    else:
        obj = next((c for c in verb.children
                    if c.dep_ == "dobj" and c.i != possessed.i and c.tag_ not in {"WDT", "WP"}), None)
        if grounds and obj is not None:
            return obj if _agrees(obj, plural) else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "xcomp":  # "MONUSCO began withdrawing its troops": the controller's
            controls = verb.head.lemma_.lower() not in _SUBJECT_CONTROL  # "urged Israel to withdraw its forces"
            addressed = [c for c in verb.head.children if c.dep_ == "dobj"] + [  # "called on Israel to withdraw"
                o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
                for o in p.children if o.dep_ == "pobj"]
            addressee = addressed[0] if controls and addressed else None
            subject = addressee or next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        candidates = [subject, *_speaker_and_addressee(verb)]
    agreeing = [c for c in candidates
                if c is not None and c.i != possessed.i and c.tag_ not in {"WDT", "WP"} and _agrees(c, plural)]
    countries = {_party_country(c) for c in agreeing} if len(agreeing) > 1 else set()
    if not agreeing or None in countries or len(countries) > 1:
        return None  # two parties could own it
    return agreeing[0]


#: Prepositions that give the grounds of a verb's act on its object: "condemned Russia for its attacks".
_GROUNDS_PREPOSITIONS = frozenset({"for", "over", "of", "about"})


def _speaker_and_addressee(clause: Token) -> list[Token | None]:
    """Who reports a clause and to whom: "Russia said ...", "the US told Israel that ..."."""
    if _reported_content(clause):
        clause = clause.head  # "the army denied reports that its soldiers ...": as if it denied that they did
    elif clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return []
    report = clause.head
    return [next((c for c in report.children if c.dep_ == "nsubj"), None),
            next((c for c in report.children if c.dep_ in {"dobj", "dative"}), None)]


def _reported_content(clause: Token) -> bool:
    """A "that" clause on a verb's object: "denied [reports that its soldiers had killed ...]"."""
    return clause.dep_ == "acl" and clause.head.dep_ == "dobj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _agrees(party: Token, plural: bool) -> bool:
    """Whether "its" (singular) or "their" (plural) can stand for ``party``: not a person, nor "he"."""
    if party.pos_ == "PRON":
        return party.lower_ in ({"they", "we"} if plural else {"it"})
    if party.tag_ in {"NNS", "NNPS"}:
        return plural  # the tagger calls some peoples persons ("Bosnian Serbs")
    return not plural and party.ent_type_ != "PERSON"


def _party_country(party: Token) -> str | None:
    return actor_for(party, with_conjuncts=False).country  # "their forces" are of their own owner


def _owned_country(head: Token, lexicon: ActorLexicon) -> str | None:
    """A body's own people ("its troops", "their ambassador") are of their owner's country.

    People held or harmed (CVL) are left alone: "troops destroyed their homes" are someone else's.
    """
    pronoun = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)
    owner = owner_of(pronoun) if pronoun is not None else None
    if owner is None and pronoun is not None:
        owner = _owner_before(head, pronoun)
    if owner is None:
        return None
    return _party_country(owner) if owner.pos_ == "PRON" else normalise_tokens(phrase_tokens(owner), lexicon)[0]


def _owner_before(possessed: Token, pronoun: Token) -> Token | None:
    """'The Burkinabe junta ordered a mobilisation. Its soldiers killed ...': a possessive opening a
    sentence, on that sentence's main subject, stands for the main subject of the sentence before,
    when it agrees in number ("its" a singular body, "their" a plural); the clause itself names no owner."""
    if pronoun.i != sentence_of(pronoun).start:
        return None
    subject = _opening_subject_before(possessed)
    return subject if subject is not None and _agrees(subject, _OWNER_PRONOUNS[pronoun.lower_]) else None


def is_crowd(head: Token) -> bool:
    """A vague plural standing alone for people ("thousands", "hundreds"): not "thousands of dollars"."""
    return (vague_unit(head.text) is not None and head.pos_ in {"NOUN", "NUM"}
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children))


def _country_served(head: Token, lexicon: ActorLexicon) -> str | None:
    """"forces loyal to the Tripoli government": those loyal to a party are of its country."""
    for loyal in head.children:
        if loyal.dep_ in {"amod", "acl"} and loyal.lower_ in _LOYAL:
            served = [o for p in loyal.children if p.dep_ == "prep" and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"]
            for party in served:
                country = normalise_tokens(phrase_tokens(party), lexicon)[0]
                if country is not None:
                    return country
    return None


#: Adjectives of allegiance: "loyal to", "allied to".
_LOYAL = frozenset({"loyal", "allied", "affiliated"})


def joins_the_report(verb: Token) -> bool:
    """Whether a past-tense verb joined by "and" to a reported clause, with no comma and no subject of
    its own, is the reporter's second report rather than the clause's second act: it is when it
    reports a clause itself ("said security forces were pursuing the kidnappers and vowed that every
    child would be brought back") or when the clause has no agent of its own to do it ("said the
    complaint was disturbing and accused the administration of ...")."""
    clause = verb.head
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return True
    return not another_agent(next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None))


def another_agent(subject: Token | None) -> bool:
    """A reported clause's subject that can act or speak itself, other than the reporter: a name,
    a group, a body, people ("the gunmen stormed the school and demanded a ransom": they demand);
    not a thing ("the complaint was disturbing and accused ...": the reporter accuses) and not a
    personal pronoun, which mostly takes up the reporter ("said he would order a review and warned")."""
    if subject is None or subject.pos_ == "PRON":
        return False
    if subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    found = actor_for(subject, with_conjuncts=False)
    return found.country is not None or found.sector is not None


def actor_for(head: Token, *, lexicon: ActorLexicon | None = None, with_conjuncts: bool = True) -> Actor:
    """The Actor for a noun phrase headed by ``head``: text and offsets as written, country, sector.

    Conjuncts that share the head's country stay in one actor ("Palestinian women and children").
    """
    lexicon = lexicon or load_actor_lexicon()
    tokens = phrase_tokens(head)
    country, sector = normalise_tokens(tokens, lexicon)
    rest = name_rest(head) or _dictionary_name_rest(head, tokens, lexicon)
    if rest and names_organisation(tokens + rest, lexicon):  # "the Organization of American States"
        country, sector = normalise_tokens(tokens + rest, lexicon)
    tokens += rest
    if sector is None or sector == _role([head], lexicon):  # no role, or the post's own: its body may say more
        sector = body_of_post(head, lexicon) or sector
    if sector is None and is_crowd(head):
        sector = "CVL"  # "thousands rallied in Tel Aviv": a bare count of people is a crowd
    if sector is None and any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in head.children):
        sector = "CVL"  # "ethnic Albanians": a people, not its state or armed groups
    last = min(head, tokens[-1], key=lambda t: t.i)  # "took 12 workers hostage" ends before "hostage"
    if with_conjuncts:
        for conj in _conjunct_heads(head)[1:]:
            c_country, _ = normalise_tokens(phrase_tokens(conj), lexicon)
            if c_country not in (None, country):
                break
            last = conj
    anaphoric = head.pos_ == "PRON" or any(t.lower_ == "the" for t in head.lefts)
    bound = False
    if country is None and head.pos_ == "PRON" and head.dep_ == "nsubj" and head.head.dep_ == "ccomp":
        teller = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
        if teller is not None and teller.lower_ == head.lower_ and teller.i < head.i:
            # "It said it was investigating": the second "it" is whoever the first stands for
            found_actor = actor_for(teller, lexicon=lexicon, with_conjuncts=False)
            if found_actor.country is not None or found_actor.sector is not None:
                country, sector, bound = found_actor.country, found_actor.sector, True
    if country is None and head.pos_ == "PRON" and not bound:
        speaker = reporting_subject(head)
        if speaker is not None:
            bound = True  # "the UN said it was investigating": the UN, whatever its country
            found = normalise_tokens(phrase_tokens(speaker), lexicon)
            country, sector = found[0], found[1] or sector
            if country is None and speaker.pos_ == "PROPN":
                country = _person_country(speaker, lexicon)  # "Gbagbo said he would ...": as Gbagbo
            if country is None and speaker.i != head.i:
                whole = actor_for(speaker, lexicon=lexicon, with_conjuncts=False)  # "his government said it"
                country, sector = whole.country, sector or whole.sector
            bound = country is not None or sector is not None  # a speaker of no known side: look further back
    if country is None and head.pos_ == "PROPN":
        country = _person_country(head, lexicon)
    if country is None and sector not in {None, "CVL"}:
        country = _owned_country(head, lexicon)
    if country is None and head.pos_ in {"NOUN", "PROPN"}:
        country = _country_of_origin(head, lexicon) or _country_served(head, lexicon)
    elif is_ethnic_group(head, lexicon):
        country = _residence(head, lexicon) or country
    opening = _opening_subject_before(head) if head.lemma_.lower() in _GENERIC_BODIES and anaphoric else None
    if country is None and opening is not None and not bound:
        # "Amnesty said the RSF killed ... The group called for an embargo": the last sentence's subject
        country, found_sector = normalise_tokens(phrase_tokens(opening), lexicon)
        sector, bound = found_sector or sector, True
    if country is None and head.lemma_.lower() in _ANAPHORS and anaphoric and not bound:
        found_country, found_sector = _antecedent(head, lexicon)
        if found_country is not None or found_sector in _INTERNATIONAL:
            country, sector = found_country, found_sector  # "UNIFIL said ... It said": a body of no country
    if country is None and not bound and head.pos_ == "NOUN" and sector in _DESCRIBED_SECTORS:
        country = _described_before(head, sector, lexicon)  # "the Sudanese army ... the military"
    elif country is None and not bound and head.pos_ == "NOUN" and sector is None and (
            head.lemma_.lower() in _DESCRIBED_BODIES):
        country = _described_before(head, None, lexicon)
    doc = head.doc
    start_char = tokens[0].idx
    end_char = max(last.idx + len(last.text), tokens[-1].idx + len(tokens[-1].text))
    span: Span = doc.char_span(start_char, end_char, alignment_mode="expand") or doc[head.i : head.i + 1]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, country=country, sector=sector)


def actor_in_doc(doc: Doc, start: int, end: int) -> Actor:
    """The Actor for the text ``doc.text[start:end]`` (its last token taken as head); for tests."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        raise ValueError(f"no tokens at {start}:{end}")
    return actor_for(span.root)


_COUNTRIES_NAMED = "parley_countries_named"  # the Doc.user_data key of its cache


@lru_cache(maxsize=1)
def _longest_country_name() -> int:
    """The most tokens a country's name, demonym or capital takes, so that the whole name is read before
    its tail: "Democratic Republic of the Congo" (five) holds "Republic of the Congo", another state."""
    return max(len(key) for key in load_actor_lexicon().countries)


def countries_named(doc: Doc) -> list[tuple[int, str]]:
    """Where the article names a state, as (token index, ISO3) in text order: a capitalised name,
    demonym or capital of the actor lexicon ("Iraq", "Libyan", "Baghdad"), or a place entity the
    gazetteer places ("Kassala"). Found once per Doc; a bare currency word and a town several
    countries' towns share both take their state from it."""
    cached = doc.user_data.get(_COUNTRIES_NAMED)
    if isinstance(cached, list):
        return cached
    countries = load_actor_lexicon().countries
    found: dict[int, str] = {}
    i = 0
    while i < len(doc):
        size = 1
        if doc[i].text[:1].isupper():
            for n in range(_longest_country_name(), 0, -1):
                iso3 = countries.get(tuple(unaccented(t.lower_) for t in doc[i : i + n]))
                if iso3 is not None:
                    found[i], size = iso3, n  # "South Sudan" is not also "Sudan"
                    break
        i += size
    places = gazetteer_places()
    for ent in doc.ents:
        place = places.get(unaccented(ent.text).lower()) if ent.label_ == "GPE" else None
        if place is not None:
            found.setdefault(ent.start, place)
    named = sorted(found.items())
    doc.user_data[_COUNTRIES_NAMED] = named
    return named


def state_named_near(mentions: list[tuple[int, str]], start: int, end: int, states: set[str],
                     later_until: int) -> str | None:
    """The one of ``states`` the article names nearest before tokens ``start:end`` among ``mentions``
    (:func:`countries_named`), else the first named after them up to token ``later_until``: copy that has
    set the country speaks of its money and towns without naming it again. None when it names none."""
    before = [iso3 for i, iso3 in mentions if i < start and iso3 in states]
    if before:
        return before[-1]
    return next((iso3 for i, iso3 in mentions if end <= i < later_until and iso3 in states), None)
