"""The place gazetteer (data/event_places.json), the country a place name gives and the place a phrase
names, with the two dependency look-ups they read by.

Wire archives (all upper case) defeat the model's entity labels: dates go unlabelled and common
nouns ("ADDITION", "CLASHES") come out as places. There dates are read by pattern
(:func:`parley.extract.dates.find_dates`) and places only from a gazetteer or a place noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from parley.extract.actors import (
    ActorLexicon,
    countries_named,
    is_lone_person_label,
    load_actor_lexicon,
    names_organisation,
    normalise_tokens,
    phrase_tokens,
    state_named_near,
    unaccented,
)
from parley.extract.data_files import read_data
from parley.extract.dates import is_upper_sentence
from parley.extract.events._lexicons import _LOCATIVE_PREPS, _PLACE_LABELS, load_trigger_lexicon
from parley.extract.nlp import AIMED_PREPOSITIONS, entities, entity_of, gazetteer_places, load_nlp, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(token: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first of ``preps`` on ``token``; a time ("on Monday") is never a participant."""
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            obj = _child(child, "pobj")
            if obj is not None and obj.pos_ == "ADJ":
                obj = _child(obj, "appos") or obj  # "by the paramilitary Rapid Support Forces", misparsed
            if obj is not None and obj.ent_type_ not in {"DATE", "TIME"}:
                return obj
    return None


_SETTLEMENTS = frozenset({"town", "city", "village", "province", "region", "district", "capital", "port"})
#: Region nouns written after their name: "Zamfara state", "Cabo Delgado province", "Kherson oblast".
_PROVINCES = frozenset({"state", "province", "region", "district", "county", "governorate", "oblast", "prefecture",
                        "territory", "township", "camp", "village", "town", "department", "island"})
#: The same for the parts of a town ("the Solino neighbourhood"), whose names the gazetteer of towns does
#: not hold: "San Borja neighborhood in Lima" is no Bolivian town of San Borja.
_TOWN_PARTS = frozenset({"neighbourhood", "neighborhood", "suburb", "municipality"})
_REGIONS = _PROVINCES | _TOWN_PARTS


@dataclass(frozen=True)
class PlaceLexicon:
    """Place names and place nouns for upper-case text, folded to lower case without accents."""

    names: frozenset[str]
    heads: frozenset[str]
    waters: frozenset[str]
    parts: frozenset[str]
    modifiers: frozenset[str]
    particles: frozenset[str]
    common_words: frozenset[str]
    #: the countries' names and capitals alone (``data/actor_countries.json``), no demonyms
    countries_and_capitals: frozenset[str] = frozenset()
    #: towns on a line between two lands, from which a compass bearing tells no land ("north of Jerusalem")
    divided: frozenset[str] = frozenset()
    #: festivals, seasons of worship and months of other calendars, which the tagger labels places ("in Lent")
    periods: frozenset[str] = frozenset()
    #: first words of a military operation's name ("Operation Barkhane"), which the tagger labels places
    campaigns: frozenset[str] = frozenset()
    #: nouns of sites news names by their town ("Omdurman market", "Sanaa airport")
    sites: frozenset[str] = frozenset()
    #: words that make a plant one of power ("nuclear plant"), the only plant named by its town, not its firm
    power_plant_words: frozenset[str] = frozenset()
    #: people's names sites bear that towns bear too ("Kennedy airport")
    eponyms: frozenset[str] = frozenset()


def _fold(text: str) -> str:
    return unaccented(text).lower()


def _common_words() -> frozenset[str]:
    """English words of the WordNet index the model's lemmatizer carries: names that are also words."""
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w.lower() for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []))


@lru_cache(maxsize=1)
def _listed_regions() -> dict[str, str]:
    """Folded names of provinces and conflict regions → ISO3 (``regions`` of ``data/event_places.json``),
    once: the ones the GeoNames gazetteer lacks or places wrongly, mostly because their name holds a
    capital's or a country's ("Lower Juba", "the Niger Delta")."""
    regions = cast(dict[str, str], read_data("event_places.json")["regions"])
    return {_fold(name): iso3 for name, iso3 in regions.items()}


@lru_cache(maxsize=1)
def load_place_lexicon() -> PlaceLexicon:
    """Load the gazetteer (``data/event_places.json``) with the country names and capitals, once."""
    raw = read_data("event_places.json")
    countries = read_data("actor_countries.json")["countries"]
    countries_and_capitals = frozenset(_fold(n) for entry in countries for n in [*entry["names"], *entry["capitals"]])
    names = {_fold(n) for n in raw["names"]} | set(_listed_regions()) | countries_and_capitals
    return PlaceLexicon(
        names=frozenset(names), heads=frozenset(raw["heads"]), waters=frozenset(raw["waters"]),
        parts=frozenset(raw["parts"]),
        modifiers=frozenset(raw["modifiers"]),
        particles=frozenset(raw["particles"]), common_words=_common_words(),
        countries_and_capitals=countries_and_capitals, divided=frozenset(_fold(n) for n in raw["divided"]),
        periods=frozenset(raw["periods"]), campaigns=frozenset(raw["campaigns"]),
        sites=frozenset(raw["sites"]), power_plant_words=frozenset(raw["power_plant_words"]),
        eponyms=frozenset(raw["eponyms"]),
    )


def gazetteer_country(name: str) -> str | None:
    """The country of a folded town or province name, as the gazetteer holds it or with its Arabic
    article spelled otherwise ("deir el-zor" for "deir ez-zor"; :func:`_article_variants`). The one
    look-up of ``data/place_countries.json`` by name: the checker places its records' places by it too,
    so that both read a spelling alike."""
    return (_listed_regions().get(name) or gazetteer_places().get(name)
            or _article_variants().get(_article_spelling(name)) or gazetteer_places().get(_unmarked(name))
            or _closing_h_variants().get(_article_spelling(name) + "h") or _bare_spelling_country(name))


def _bare_spelling_country(name: str) -> str | None:
    """The country of a name news writes barer than the gazetteer holds it (:func:`_bare_variants`):
    without the Arabic article and maybe its closing "h" ("Kufra" for "Al Kufrah", a province GeoNames
    and ISO 3166-2 hold only with the article), or with single vowels for doubled ones ("Ras Kamboni"
    for the Somali "Raas-Kaambooni"). A name the gazetteer holds as written never gets here."""
    key = _article_spelling(name)
    if len(key) < _SHORTEST_BARE_NAME:
        return None
    variants = _bare_variants()
    found = variants.get(key) or variants.get(_single_vowels(key))
    if found is None and len(key.split()[-1]) >= _SHORTEST_H_LESS_WORD:
        found = variants.get(key + "h")
    return found


#: Shortest name read by a barer spelling: short bare names are given names and words ("Bab", "Ali").
_SHORTEST_BARE_NAME = 5
#: Region nouns the gazetteer's provinces carry after their name ("Al Jawf governorate"), dropped when
#: the bare spellings of one name are grouped, so a province abroad of the same name is seen.
_KIND_WORDS = frozenset({"governorate", "popularate", "region", "province", "district", "municipality",
                         "emirate", "state", "department", "county", "city"})


#: A vowel written twice, which :func:`_single_vowels` writes once.
_DOUBLED_VOWEL = re.compile("aa|ee|ii|oo|uu")


def _single_vowels(key: str) -> str:
    """A name with each doubled vowel written once ("raas kaambooni" → "ras kamboni"): Somali, Finnish
    and Dutch spellings double vowels that English news writes once."""
    if _DOUBLED_VOWEL.search(key) is None:
        return key  # most names: one search instead of five replacements, for each of 120,000 names
    for vowel in "aeiou":
        key = key.replace(vowel * 2, vowel)
    return key


@lru_cache(maxsize=1)
def _bare_variants() -> dict[str, str]:
    """Barer spellings of gazetteer names → their country, once: each name without its opening Arabic
    article ("al kufrah" → "kufrah") and with single vowels ("raas kaambooni" → "ras kamboni"). Kept
    only when every name of the spelling is in one country, a province's with its region noun dropped
    included ("Jawf" is a Libyan town and Saudi and Yemeni provinces: left out; "Red Sea state" keeps the
    sea's name from Sudan), and the spelling is no gazetteer name, namesake, English word or Arabic
    compass word (:func:`_arabic_compass_words`), at :data:`_SHORTEST_BARE_NAME` letters or more."""
    countries: dict[str, set[str]] = {}
    holders: dict[str, set[str]] = {}  # with the region noun dropped: only to see a namesake province abroad
    spellings = _gazetteer_spellings()
    for name, iso3 in gazetteer_places().items():
        written = spellings[name]
        for spelling in _bare_spellings(written):
            countries.setdefault(spelling, set()).add(iso3)
        kind = written.rfind(" ")
        if written.count(" ") > 1 and written[kind + 1 :] in _KIND_WORDS:
            for spelling in _bare_spellings(written[:kind]):
                holders.setdefault(spelling, set()).add(iso3)
    taken, namesakes, common = gazetteer_places(), _namesakes(), load_place_lexicon().common_words
    compass = _arabic_compass_words()
    return {key: next(iter(found)) for key, found in countries.items()
            if len(found) == 1 and len(key) >= _SHORTEST_BARE_NAME and (key not in holders or holders[key] <= found)
            and key not in taken and key not in namesakes and key not in common
            and not set(key.split()) <= compass}


@lru_cache(maxsize=1)
def _arabic_compass_words() -> frozenset[str]:
    """Transliterated Arabic words of the compass and of position (``arabic_compass_words`` of
    ``data/event_places.json``), once: a province named by them alone ("Al Janub", "Al Wusta") is no
    name news gives one land once its article is dropped."""
    return frozenset(cast(list[str], read_data("event_places.json")["arabic_compass_words"]))


def _bare_spellings(spelling: str) -> set[str]:
    """A name's spellings without its opening article and with single vowels (:func:`_bare_variants`).

    ``spelling`` is an article spelling (:func:`_article_spelling`): its words are one space apart, so
    it is read as a string, not split and joined again for each of the gazetteer's names."""
    if spelling.startswith("al "):
        bare_name = spelling[3:]
        return {bare_name, _single_vowels(bare_name), _single_vowels(spelling)}
    return {spelling, _single_vowels(spelling)}  # no article: the name and its bare spelling are one


def _unmarked(name: str) -> str:
    """A folded name with the marks of the ayn and hamza and its hyphens dropped ("sana'a" → "sanaa",
    "petion-ville" → "petionville"): GeoNames holds many towns in one spelling of the two and news
    writes the other. A name of several words keeps its spaces, so only the same words meet."""
    return name.translate(_AYN_AND_HAMZA_MARKS).replace("-", "")


#: The Arabic article inside a town's name, as transliterations write it before a sun or moon letter:
#: "Deir ez-Zor", "Deir el-Zor" and "Deir al-Zor" are one town.
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "ez", "ed", "es", "at", "an", "ul", "ud"})


#: Apostrophes and the marks of the Arabic ayn and hamza in transliterated names ("ras al-'ayn", "al bayda’").
_AYN_AND_HAMZA_MARKS = str.maketrans("", "", "'`\u2018\u2019\u02bf\u02be")


def _article_spelling(name: str) -> str:
    """A folded name with its Arabic article written "al" and hyphens as spaces ("deir ez-zor" → "deir al
    zor", "el-arish" → "al arish"): the key under which the spellings of one name meet. A last word is
    no article. Marks of the ayn and hamza are dropped, which some spellings write and others do not ("al
    bayda’" in Libya, "al bayda" in Yemen: the key is then shared by two countries and gives none)."""
    words = name.replace("-", " ").translate(_AYN_AND_HAMZA_MARKS).split()
    if _ARABIC_ARTICLES.isdisjoint(words[:-1]):
        return " ".join(words)  # most names have no article: no word by word rewrite
    return " ".join(["al" if word in _ARABIC_ARTICLES else word for word in words[:-1]] + words[-1:])


@lru_cache(maxsize=1)
def _gazetteer_spellings() -> dict[str, str]:
    """Every gazetteer name → its article spelling (:func:`_article_spelling`), once: the three tables
    of other spellings below are each built from all 120,000 names, and folding them three times was
    most of the second or two a process spends on its first place look-up."""
    return {name: _article_spelling(name) for name in gazetteer_places()}


@lru_cache(maxsize=1)
def _article_variants() -> dict[str, str]:
    """Each gazetteer name of several words under the key its spellings share (:func:`_article_spelling`),
    when all names of that key are in one country: news writes "Deir el-Zor" and "El-Arish" where
    GeoNames holds "Deir ez-Zor" and "Al Arish"; the gazetteer cannot list every transliteration."""
    countries: dict[str, set[str]] = {}
    for name, iso3 in gazetteer_places().items():
        if "-" in name or " " in name:
            countries.setdefault(_gazetteer_spellings()[name], set()).add(iso3)
    return {key: next(iter(found)) for key, found in countries.items() if len(found) == 1}


#: Shortest last word a closing "h" is added to: first names end in "-a" too ("Ana", "Rima").
_SHORTEST_H_LESS_WORD = 5


@lru_cache(maxsize=1)
def _closing_h_variants() -> dict[str, str]:
    """Gazetteer names whose last word ends in "-ah" (the Arabic ta marbuta), under their article spelling
    (:func:`_article_spelling`), for names written without the "h": news writes "Ar-Raqqa", "Shabwa" and
    "Hodeida" where GeoNames holds "Ar-Raqqah", "Shabwah" and "Hodeidah". Only the "h"-less spelling is
    looked up this way, not the reverse ("Hannah", "Jonah" are people, not the towns "Hanna", "Jona");
    a key held by towns of several countries, or a name several countries' towns share, is left out, and a
    last word shorter than :data:`_SHORTEST_H_LESS_WORD` is never extended. Of the gazetteer's 845 such
    keys none is held by towns of two countries; 8 that a namesake's spelling holds are left out."""
    countries: dict[str, set[str]] = {}
    for name, iso3 in gazetteer_places().items():
        key = _gazetteer_spellings()[name]
        if key.endswith("ah") and len(key.split()[-1]) > _SHORTEST_H_LESS_WORD:
            countries.setdefault(key, set()).add(iso3)
    namesakes = _namesakes()
    return {key: next(iter(found)) for key, found in countries.items()
            if len(found) == 1 and key not in namesakes and key[:-1] not in namesakes}


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, frozenset[str]]:
    """Folded names that towns of several countries hold → those countries (ISO3; ``namesakes`` of
    ``data/place_countries.json``, with the capitals and small towns ``data/event_places.json`` adds), once."""
    raw = cast(dict[str, list[str]], read_data("place_countries.json")["namesakes"])
    added = cast(dict[str, list[str]], read_data("event_places.json")["namesakes"])
    return {name: frozenset(codes) for name, codes in {**raw, **added}.items()}


@lru_cache(maxsize=1)
def _shared_regions() -> dict[str, frozenset[str]]:
    """Folded names of regions several countries share → those countries (ISO3; ``shared_regions`` of
    ``data/event_places.json``), once: "Kashmir", "Lake Chad", "the Jordan Valley" name no one land."""
    raw = cast(dict[str, list[str]], read_data("event_places.json")["shared_regions"])
    return {name: frozenset(codes) for name, codes in raw.items()}


def _shared_region_in(tokens: Sequence[Token]) -> tuple[int, frozenset[str]] | None:
    """Where in a place phrase the name of a shared region starts (index into the phrase's words
    without articles) and the countries that share it: "Indian-administered Kashmir", "the Jordan
    Valley". The phrase must end in the name (with a region noun at most: "Punjab province")."""
    words = [t for t in tokens if t.pos_ != "DET"]
    if len(words) > 1 and words[-1].lower_ in _PROVINCES:
        words = words[:-1]
    shared = _shared_regions()
    for start in range(len(words)):
        written = _written_name(words[start:])
        if written in shared:
            return start, shared[written]
        if gazetteer_country(written) is not None:
            return None  # a longer name of one land that ends in one: "Jammu and Kashmir"
    return None


def _shared_region_country(tokens: Sequence[Token], actors: ActorLexicon) -> tuple[bool, str | None]:
    """Whether the phrase names a shared region, and then the one of its countries the phrase's own
    modifiers ("Pakistani Punjab", "Indian-administered Kashmir") or else the article sets the story in
    (:func:`_land_the_article_sets`): the name alone would give a wrong land ("Jordan Valley", Jordan)
    or a guess among its sharers, so with none told the region has no country."""
    found = _shared_region_in(tokens)
    if found is None:
        return False, None
    start, sharers = found
    words = [t for t in tokens if t.pos_ != "DET"]
    head = tokens[-1]
    noun = head.head if head.dep_ == "compound" and head.head.lower_ in _PROVINCES else head
    owner = _prep_object(noun, frozenset({"of"})) if noun.lower_ in _PROVINCES else None  # "the Sahel region of Mali"
    described = [list(c.subtree) for c in head.lefts if c.dep_ in {"amod", "poss", "nmod"} and c.i < tokens[0].i]
    modifiers = [[t] for t in words[:start]] + described + ([list(entity_of(owner) or [owner])] if owner else [])
    told = next((c for m in modifiers if (c := normalise_tokens(m, actors)[0]) in sharers), None)
    return True, told or _land_the_article_sets(sharers, list(tokens))


def _names_a_shared_region(token: Token) -> bool:
    """A land's name inside a shared region's name ("Jordan" of "the Jordan Valley", "Chad" of "Lake
    Chad"): no naming of that land, so it sets no story there."""
    doc, shared = token.doc, _shared_regions()
    first = token.i - 1 if token.i > 0 and token.nbor(-1).is_title else token.i  # "Lake Chad"
    ends = range(token.i + 1, min(token.i + 4, len(doc) + 1))
    return any(_written_name(list(doc[first:end])) in shared or _written_name(list(doc[token.i:end])) in shared
               for end in ends)


def _town_country(name: str, words: Sequence[Token]) -> str | None:
    """The country of the gazetteer's town or province ``name`` (folded), written as ``words``. A name
    that towns of several countries hold ("Bor", "Hyderabad", "Rafah") is in the one of them the article
    names as its land (:func:`_namesake_the_article_sets`), as copy names the country once and its towns
    after; with none of them named, the gazetteer's own choice stands (None for a name it leaves out)."""
    return _namesake_the_article_sets(name, words) or gazetteer_country(name)


def _namesake_the_article_sets(name: str, words: Sequence[Token]) -> str | None:
    """Of a name that towns of several countries hold, the country of them the article names as the land
    of its story (:func:`_names_the_land`) nearest before ``words``, else first after them; None for
    another name or when the article names none.
    An article that names the gazetteer's own country anywhere keeps it: war copy names the parties
    as well as the land ("Russian shelling of Pokrovsk, Ukraine's ...")."""
    namesakes = _namesakes().get(name)
    if namesakes is None or not words:
        return None
    doc = words[0].doc
    if gazetteer_places().get(name) in {iso3 for _, iso3 in _lands_named(doc)}:
        return None
    return _land_the_article_sets(namesakes, words)


#: The Doc.user_data key of :func:`_lands_named`'s cache.
_LANDS_NAMED = "parley_lands_named"


def _lands_named(doc: Doc) -> list[tuple[int, str]]:
    """The article's namings of a state (:func:`countries_named`) that are no guess: not a town several
    lands' towns share ("Bor") nor a word of a shared region's name ("Jordan" of "the Jordan Valley").
    Found once per Doc: every namesake town and shared region of the article asks for them."""
    cached = doc.user_data.get(_LANDS_NAMED)
    if isinstance(cached, list):
        return cached
    lands = [(i, iso3) for i, iso3 in countries_named(doc)
             if not _names_a_namesake(doc[i]) and not _names_a_shared_region(doc[i])]
    doc.user_data[_LANDS_NAMED] = lands
    return lands


def _land_the_article_sets(states: frozenset[str], words: Sequence[Token]) -> str | None:
    """The one of ``states`` the article names as the land of its story (:func:`_names_the_land`)
    nearest before ``words``, else first after them; None when it names none of them so."""
    doc = words[0].doc
    lands = [(i, iso3) for i, iso3 in _lands_named(doc) if _names_the_land(_name_head(doc[i]), words[-1])]
    return state_named_near(lands, words[0].i, words[-1].i + 1, set(states), len(doc))


#: Nouns for a country's own police, which act at home: "Pakistani police said", "Kenya's police".
_HOME_FORCES = frozenset({"police", "policeman", "policemen", "gendarmerie", "gendarme", "gendarmes"})


def _name_head(first: Token) -> Token:
    """The last word of a name that starts at ``first`` ("Sudan" of "South Sudan's"): the word whose
    dependency says how the name is used."""
    name = first
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return name


def _names_the_land(name: Token, town: Token) -> bool:
    """Whether a country's (or place's) mention sets where the story is, not who acts in it: "in
    Ecuador", "Pakistan's Sindh province", "Spanish police", or the subject of a report of what happened
    in the town ("Egyptian security sources said a car bomb exploded in Rafah"). A party named acting or
    acted on is none: "Russian troops shelled Pokrov", "Egypt warned Israel against an offensive on
    Rafah", "spying for Pakistan", "Venezuelan exiles protested in Barcelona"."""
    if name.dep_ == "pobj":
        return name.head.lower_ in _LOCATIVE_PREPS
    if name.dep_ == "appos":
        return True  # "Colon, Matanzas", "Valencia, Venezuela's third-largest city"
    if name.dep_ not in {"amod", "poss", "compound", "nmod", "nsubj"}:
        return False
    noun = name if name.dep_ == "nsubj" else name.head
    if noun.lemma_.lower() in _PROVINCES | _SETTLEMENTS | _HOME_FORCES or any(
            c.dep_ == "compound" and c.lower_ in _HOME_FORCES for c in noun.children):
        return True
    return noun.dep_ == "nsubj" and _reports(noun.head, town)


def _reports(verb: Token, town: Token) -> bool:
    """Whether ``verb`` reports a clause (its complement or a parenthetical) that holds ``town``: "police
    said a bomb exploded in Hyderabad", "..., killing 12 herders near Bor, the minister said"."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    clauses += [verb.head] if verb.dep_ == "parataxis" else []  # not the reported verb: "troops shelled X, he said"
    return any(clause.left_edge.i <= town.i <= clause.right_edge.i for clause in clauses)


def _names_a_namesake(token: Token) -> bool:
    """A place entity whose name towns of several countries hold ("Bor"): the gazetteer's country for it
    is a guess, no sign of the country the article is about (and an earlier "Bor" must not vouch for
    the Russian one)."""
    entity = entity_of(token)
    return _fold(entity.text if entity is not None else token.text) in _namesakes()


def _place_country(tokens: Sequence[Token], actors: ActorLexicon) -> str | None:
    """The country of a place phrase (:func:`_named_place_country`); a province or country the writer
    sets the town in decides, as it tells a town the gazetteers miss ("Maru, Zamfara state") and one
    whose name several countries' towns share ("Tripoli, Lebanon", "Kani township, Sagaing region")."""
    if not tokens or _names_waters(tokens) or _measured_from_a_divided_town(tokens):
        return None  # "the Gulf of Oman" is no part of Oman
    owner = _owning_place(tokens[-1])
    if owner is not None:
        tokens = phrase_tokens(owner)  # "Kharkiv's outskirts", "Odesa's port": the town's
    region = _enclosing_region(tokens[-1]) or _land_owning_a_region(tokens[-1])
    country = _named_place_country(region, actors) if region is not None else None
    return country or _country_of_the_town_near(tokens, actors) or _named_place_country(tokens, actors)


def _land_owning_a_region(name: Token) -> list[Token] | None:
    """The country a region noun's "of" phrase names ("Ethiopia" in "the Somali region of Ethiopia"):
    it sets the region there, whatever people or town the words before it name."""
    holder = _of_name_holder(name)
    if holder.i == name.i or holder.lemma_.lower() not in _PROVINCES or not _names_a_country(name):
        return None
    entity = entity_of(name)
    return list(entity) if entity is not None else [name]


def _country_of_the_town_near(tokens: Sequence[Token], actors: ActorLexicon) -> str | None:
    """The country of the town a place is written "near" ("Bokoro near Bunia", "Zamzam camp near El
    Fasher"), when the article names no other country for the place itself: a village the gazetteer
    misses, or holds only as a namesake abroad (a Bokoro in Chad), lies where the town it is measured
    from lies. One whose own country the article names keeps it ("Adre near Geneina, in Chad")."""
    town = _town_written_near(tokens[-1])
    country = _named_place_country(town, actors) if town is not None else None
    if country is None:
        return None
    own = _named_place_country(tokens, actors)
    doc = tokens[-1].doc
    named_elsewhere = {iso3 for i, iso3 in countries_named(doc) if not tokens[0].i <= i <= tokens[-1].i}
    return None if own is not None and own in named_elsewhere else country


def _town_written_near(name: Token) -> list[Token] | None:
    """The named town in a "near" phrase right after a place's name ("Bunia" in "in Bokoro near Bunia"),
    wherever the parser hangs the phrase; not a country ("a village near Lebanon" may lie outside it) nor
    a divided town ("Hebron near Jerusalem")."""
    after = name.nbor() if name.i + 1 < len(name.doc) else None
    town = _child(after, "pobj") if after is not None and after.lower_ == "near" and after.dep_ == "prep" else None
    if town is None or not _names_a_town(town) or _is_divided(town) or _named_place(town) is None:
        return None
    entity = entity_of(town)
    return list(entity) if entity is not None else [town]


def _measured_from_a_divided_town(tokens: Sequence[Token]) -> bool:
    """A place measured by a compass word from a town on a line between two lands ("a village north of
    Jerusalem"): the bearing does not tell on which side it lies, so no country is safer than a guess."""
    return any(word.lower_ in _COMPASS and (town := _prep_object(word, frozenset({"of"}))) is not None
               and _is_divided(town) for word in tokens)


def _is_divided(town: Token) -> bool:
    """A town on a line between two lands (``divided`` in ``data/event_places.json``): "Jerusalem"."""
    return _fold((entity_of(town) or town).text) in load_place_lexicon().divided


def _owning_place(part: Token) -> Token | None:
    """The named town whose part or site a place noun is ("Kharkiv" in "Kharkiv's outskirts", "Odesa's
    port"), else None."""
    places = load_place_lexicon()
    owner = _child(part, "poss")
    if owner is None or owner.pos_ != "PROPN" or part.lower_ not in places.parts | places.heads:
        return None
    return owner if _named_place(owner) is not None else None  # not "Hezbollah's base"


def _enclosing_region(name: Token) -> list[Token] | None:
    """The larger place a town's name is set in, as wire copy writes it: after a comma ("Tonj, Warrap
    state", "Fresnillo, Zacatecas"), or after "in"/"of" when that names a province or a land ("Mongbwalu
    in Ituri province", "the village of Solhan in northern Burkina Faso"). A person, people or
    organisation after the comma is no place ("in Goma, Corneille Nangaa said", "in Tripoli, Hezbollah"),
    and of a list only a province the parser joins to the town as a conjunct is ("in Maru, Zamfara
    state"; not "in Goma, Bukavu and Uvira")."""
    listed = any(child.dep_ == "cc" for child in name.children)
    for child in name.rights:
        after_comma = _after_comma(child)
        described = _region_of_description(child) if child.dep_ == "appos" and after_comma else None
        if described is not None:
            return described
        if child.dep_ == "appos" and after_comma and (child.lower_ in _PROVINCES or _names_a_land(child)):
            return phrase_tokens(child)
        if child.dep_ == "conj" and after_comma and not listed and child.lower_ in _PROVINCES:
            return phrase_tokens(child)
        if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
            # a building is placed, not made a land's ("a rally at the Grand Hotel in Leeds")
            region = _region_named(_child(child, "pobj"), lands=name.ent_type_ != "FAC")
            if region is not None:
                return region
    holder = _of_name_holder(name)
    if holder.i != name.i and holder.lemma_.lower() in _SETTLEMENTS:
        return _region_named(_prep_object(holder, frozenset({"in"})))  # "the town of Boni in Mali's Mopti region"
    return _region_hung_beside(name)


def _region_hung_beside(name: Token) -> list[Token] | None:
    """The land or province of an "in" phrase written right after a town's "in" phrase but hung by the
    parser on the same word ("struck a building in Tripoli in northern Lebanon", both phrases on
    "building"): the second phrase sets the town, as "X in Y" does when parsed as written."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in _LOCATIVE_PREPS or prep.head.i == prep.i:
        return None
    beside = next((c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "in"
                   and c.i == prep.right_edge.i + 1), None)
    return _region_named(_child(beside, "pobj")) if beside is not None else None


def _region_named(region: Token | None, *, lands: bool = True) -> list[Token] | None:
    """The words of a province ("Ituri province") or, with ``lands``, a land ("northern Burkina Faso") a
    town is set in."""
    if region is None:
        return None
    if region.lower_ in _PROVINCES:
        return phrase_tokens(region)
    return _whole_name(region) if lands and _names_a_land(region) else None


def _region_of_description(noun: Token) -> list[Token] | None:
    """The region an apposed description of a town sets it in: "Chinameca, a town in El Salvador",
    "Rubaya, a mining town in North Kivu"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SETTLEMENTS:
        return None
    return _region_named(_prep_object(noun, frozenset({"in"})))


def _described_as_a_settlement(name: Token) -> bool:
    """A proper name an apposed settlement or region noun describes ("Rubaya, a coltan mining town",
    "Mach, a town in Balochistan", "Geneina, the capital of West Darfur"): the writer says it is a place,
    whatever label the tagger gave it and whether or not the gazetteer holds it. A person is described
    by a role ("Hassan, a district official": the apposition's head is "official"), never by these nouns."""
    if name.pos_ != "PROPN" or normalise_tokens(phrase_tokens(name), load_actor_lexicon()) != (None, None):
        return False  # "Hezbollah, a state within a state": a party the lexicon knows stays one
    return any(noun.lemma_.lower() in _SETTLEMENTS | _PROVINCES for noun in _apposed_descriptions(name))


def _apposed_descriptions(name: Token) -> list[Token]:
    """The common nouns apposed after a comma that say what a name is: "town" in "Rubaya, a mining
    town", "teacher" in "Layla, a village teacher" (a place or a person, for the caller to tell)."""
    return [c for c in name.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and _after_comma(c)]


def _after_comma(child: Token) -> bool:
    """The dependent's phrase opens right after a comma: "Tonj, Warrap state", "Mach, a town"."""
    return child.left_edge.i > 0 and child.left_edge.nbor(-1).text == ","


def _names_a_land_or_province(place: Span) -> bool:
    """A place phrase naming a country ("the southern Philippines"), a province by its noun ("Benue
    state", "Walikale territory") or a listed conflict region ("the occupied West Bank"): an address a
    town is set in, never a town itself ("Sao Paulo" is a city as well as a state)."""
    head = place[-1]
    words = [t for t in place if t.pos_ == "PROPN"]
    return head.lower_ in _PROVINCES or _names_a_country(head) or (
        bool(words) and _written_name(words) in _listed_regions())


def _whole_name(head: Token) -> list[Token] | None:
    """The words of a land's name the parser may split ("Valle del Cauca", its "Cauca" hung as an
    apposition), with its modifiers ("northern Burkina Faso"); None when a clause or list runs on."""
    words = list(head.subtree)
    return words if all(t.pos_ in {"PROPN", "ADJ", "DET", "ADP"} for t in words) else None


#: Compass words that measure a place from a named one: "20 km north of Goma", "east of Khartoum".
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _compass_reference(word: Token) -> Token | None:
    """The named town or province a bare compass word measures from ("Goma" in "a village 20 km north of
    Goma", "Tawila, 60 km west of El Fasher"), which lies in the same country as the place described.
    Not a country ("just south of Lebanon" lies outside it) nor a compass word with an article ("the
    north of Mali" is a part of the land, read as such elsewhere)."""
    if word.lower_ not in _COMPASS or any(c.dep_ in {"det", "poss"} for c in word.children):
        return None
    reference = _prep_object(word, frozenset({"of"}))
    return reference if reference is not None and _names_a_town(reference) else None


def _names_a_town(token: Token) -> bool:
    """A capitalised proper noun that is no country's name: a town or province a place may be measured
    from ("north of Goma", "near Bunia"), which shares its country; a country's neighbour does not."""
    return token.pos_ == "PROPN" and token.is_title and not _names_a_country(token)


def _names_a_country(token: Token) -> bool:
    """A country's name, of one word or several ("Chad", "Burkina Faso")."""
    entity = entity_of(token)
    words = entity if entity is not None else [token]
    return tuple(t.lower_ for t in words if t.pos_ != "DET") in load_actor_lexicon().country_names


def _compass_place(anchor: Token) -> Span | None:
    """The phrase of a compass word on ``anchor`` measuring from a named place, with its distance ("20 km
    north of Goma" in "attacked a village 20 km north of Goma", the parser hanging "north" on the verb or
    the town). Not the words the parser may hang before it as a compound ("a bus north of Sderot")."""
    for word in anchor.children:
        reference = _compass_reference(word) if word.dep_ in _COMPASS_DEPS else None
        if reference is not None and _named_place(reference) is not None:
            start = min([word.i, *(c.left_edge.i for c in word.lefts if c.dep_ == "npadvmod")])
            entity = entity_of(reference)
            return word.doc[start : entity.end if entity is not None else reference.i + 1]
    return None


#: How the parser hangs a compass phrase on what it places: "north" as an adverb, or an apposition.
_COMPASS_DEPS = frozenset({"advmod", "npadvmod", "appos", "amod"})


def _names_a_land(token: Token) -> bool:
    """A proper noun that may name a country or province: no person, people or organisation the actor
    lexicon knows (the tagger calls "Balochistan" an organisation, but no lexicon does). A country's own
    name is one whatever the tagger calls it ("in Gao, Mali", both tagged persons)."""
    if token.pos_ != "PROPN":
        return False
    return _names_a_country(token) or (token.ent_type_ not in {"PERSON", "NORP"}
                                       and not names_organisation(phrase_tokens(token), load_actor_lexicon()))


def _named_place_country(tokens: Sequence[Token], actors: ActorLexicon) -> str | None:
    """The country of a place's name: a country or capital the actor lexicon knows ("southern Lebanon"),
    else a town or province of the gazetteer ("El Fasher", "northern Idlib"); articles before the
    name are skipped, and so are modifiers, unless they are part of the name ("South Carolina" is
    no "Carolina"). A region several lands share takes the one the article tells, or none
    (:func:`_shared_region_country`)."""
    shared, country = _shared_region_country(tokens, actors)
    if shared:
        return country
    return (_town_named_with_a_capital(tokens) or _town_named_like_a_person(tokens, actors)
            or normalise_tokens(list(tokens), actors)[0] or _gazetteer_town(tokens)[0])


def _town_named_like_a_person(tokens: Sequence[Token], actors: ActorLexicon) -> str | None:
    """The gazetteer's country of a town the tagger labels a place whose name the actor lexicon holds as
    a person or party of another land ("near Masisi", a Congolese town and a Botswanan president's
    surname): written as a place, the name is the town. A country's or capital's name is the land's."""
    words = [t for t in tokens if t.pos_ != "DET"]
    if not words or any(t.ent_type_ not in _PLACE_LABELS for t in words):
        return None
    name = _written_name(words)
    if name in load_place_lexicon().countries_and_capitals:
        return None
    country, sector = normalise_tokens(words, actors)
    town = _town_country(name, words)
    return town if sector is not None and country is not None and town is not None and town != country else None


def _town_named_with_a_capital(tokens: Sequence[Token]) -> str | None:
    """The gazetteer's country of a town whose name holds a capital's or country's name
    (:func:`_holds_a_capital`), or of a listed region (:func:`_listed_regions`): the actor lexicon
    would give the capital's country, as its look-up finds "Praia" in "Mocimboa da Praia" or "Juba" in
    "Lower Juba" before the gazetteer sees the whole name."""
    town, name = _gazetteer_town(tokens)
    written = _written_name(name) if name else ""
    listed = written in _listed_regions()  # "Niger state": the Nigerian one
    # a capital another country's town shares ("Tripoli"): the article may set it in the other country
    capital_namesake = written in _namesakes() and written in load_place_lexicon().countries_and_capitals
    return town if town is not None and (listed or capital_namesake or _holds_a_capital(name)) else None


def _gazetteer_town(tokens: Sequence[Token]) -> tuple[str | None, list[Token]]:
    """The country of the longest town or province name of the gazetteer the phrase ends in, with the
    name's words: "the city of El Obeid", "northern Idlib", "Kaduna state"."""
    skip = load_place_lexicon().modifiers
    words = [t for t in tokens if t.pos_ != "DET"]
    of = [i for i, t in enumerate(words) if t.lower_ == "of" and i > 0]
    if of and _of_name_holder(words[-1]).i == words[of[-1] - 1].i:
        words = words[of[-1] + 1 :]  # "the city of El Obeid": the name after the settlement noun
    if len(words) > 1 and words[-1].lower_ in _TOWN_PARTS:
        return None, []
    if len(words) > 1 and words[-1].lower_ in _PROVINCES and gazetteer_country(_written_name(words)) is None:
        words = words[:-1]  # "Kaduna state", "Kherson oblast": the region's own name
        while len(words) > 1 and words[-1].pos_ == "NOUN" and words[-1].text.islower():
            words = words[:-1]  # "the Jenin refugee camp": a describing noun between
    while words:
        country = _town_country(_written_name(words), words)
        if country is not None or words[0].lower_ not in skip:
            return country, words
        words = words[1:]
    return None, []


def _name_end_past_particles(first: int, end: int, doc: Doc) -> int:
    """The end of a place's name that runs on past the entity the tagger cut at a particle ("Valle"
    of "Valle del Cauca", its "del Cauca" hung as an apposition): the longest run of a particle and
    capitalised proper nouns after ``end`` whose whole name from ``first`` the gazetteer holds."""
    particles, best, i = load_place_lexicon().particles, end, end
    while i + 1 < len(doc) and doc[i].lower_ in particles and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title:
        i += 2
        while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title:
            i += 1
        if gazetteer_country(_written_name(list(doc[first:i]))) is not None:
            best = i
    return best


def _written_name(words: Sequence[Token]) -> str:
    """The folded name the words spell with the text's own spacing: the tokenizer cuts "Deir ez-Zor" and
    "Cap-Haitien" at the hyphen, which the gazetteer's names keep ("deir ez-zor", not "deir ez - zor")."""
    return _fold("".join(t.text_with_ws for t in words[:-1]) + words[-1].text)


def _holds_a_capital(name: list[Token]) -> bool:
    """A town's name of several words with a country's or capital's name inside it, but more than that
    name and its region noun: "Mocimboa da Praia", "San Jose del Cabo", "Benin City". The whole name
    is the town; the country or capital in it is only a word of it. "Gaza province" or "Georgia state"
    stays the land named ("Gaza province" is also Mozambican, but news means Gaza by it)."""
    words = [_fold(t.text) for t in name]
    if len(words) > 1 and name[-1].lower_ in _PROVINCES:
        words = words[:-1]
    known = load_place_lexicon().countries_and_capitals
    if len(words) < 2 or " ".join(words) in known:
        return False
    return any(" ".join(words[i:j]) in known for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _names_waters(tokens: Sequence[Token]) -> bool:
    """A body of water named for a land ("the Gulf of Oman", "the Sea of Azov", "the South China Sea")."""
    waters = load_place_lexicon().waters
    return any(t.lower_ in waters and t.nbor().lower_ == "of" for t in tokens[:-1]) or _sea_named_for_a_land(tokens)


def _sea_named_for_a_land(tokens: Sequence[Token]) -> bool:
    """A body of water whose name holds a land's name or demonym before its water noun ("the South China
    Sea", "the Taiwan Strait", "the Philippine Sea"): shared waters, in no one's country."""
    last, countries = tokens[-1], load_actor_lexicon().countries
    return last.lower_ in load_place_lexicon().waters and last.is_title and any(
        countries.get((unaccented(t.lower_),)) is not None for t in tokens[:-1] if t.pos_ in {"PROPN", "ADJ"})


def _gazetteer_name(token: Token) -> bool:
    """A proper noun after a locative preposition that names a gazetteer town, whatever entity label the
    model gave it ("in Aleppo" labelled NORP): after "in", "near", "from", a town is the likely reading.
    """
    if token.pos_ != "PROPN" or (token.ent_type_ in {"DATE", "TIME"} and not _town_read_as_date(token)):
        return False
    entity = entity_of(token)
    # The upper-case gazetteer's names: it leaves out one-word names that are also English words
    # ("Police", "March", "Reading") unless the city is large ("Aleppo"); a name of several words in the
    # country gazetteer is none ("Nagorno-Karabakh", labelled an organisation)
    name = _fold(entity.text if entity is not None else token.text)
    several_words = len(name.split()) > 1 or "-" in name
    # a name labelled a person is a town by several words ("withdrew from Khan Younis"), or when the
    # article never names it as a person again ("a shopping centre in Kremenchuk")
    trusted_person = token.ent_type_ == "PERSON" and not (is_lone_person_label(token) and not is_upper_sentence(token))
    town = not trusted_person and name in load_place_lexicon().names
    # in mixed case, a capitalised name the tagger calls an organisation is a town the upper-case list
    # left out for sharing a word with the dictionary ("in Herat", "in Goma")
    named_town = (token.ent_type_ == "ORG" and token.is_title and not is_upper_sentence(token)
                  and not names_organisation([token], load_actor_lexicon()))
    named_town = named_town or (not trusted_person and _mislabelled_town(token, name))
    return town or ((several_words or named_town) and gazetteer_country(name) is not None) or _compound_town(token)


def _mislabelled_town(token: Token, name: str) -> bool:
    """A capitalised one-word name the tagger called a people or left unlabelled ("in Culiacan", tagged
    NORP), or called a person the article never names again ("in Marawi"), that is no party the actor
    lexicon knows ("near Hezbollah"): the caller takes it for a town when the gazetteer holds it. A
    surname is tagged a person, so for a person's label the name must also be no dictionary word:
    the towns "Taylor", "Harper" and "Reading" are also words or surnames (the dictionary holds big
    cities too, so "outside Gao" stays unplaced), unless the sentence sets the name in a land or
    measures from it (:func:`_set_as_a_place`: "in Gao, Mali", "30 km south of Gao")."""
    if token.ent_type_ not in {"", "NORP", "PERSON"} or not token.is_title or is_upper_sentence(token):
        return False
    if token.ent_type_ == "PERSON" and name in load_place_lexicon().common_words and not (
            _set_as_a_place(token) or _placed_in(token)):
        return False
    return normalise_tokens([token], load_actor_lexicon()) == (None, None)


def _weakly_labelled_town(token: Token) -> bool:
    """A one-word town's name the tagger left unlabelled ("attacked Sderot") or called an organisation no
    lexicon knows ("attacked Bannu") and that only a town spells: the gazetteer places it, and it is no
    dictionary word ("Santiago") nor a known party. A bare name called a product or a work ("attacked
    Tillaberi", "attacked Ouallam") is read as one called an organisation: people are seldom so
    labelled, and a ship or product attacked takes an article ("attacked the Sounion"). For objects of
    verbs that take sites and people alike; a person's label is kept, as given names are towns too
    ("attacked Hassan", "Mariana")."""
    if token.ent_type_ not in {"", "ORG", "PERSON", *_THING_LABELS} or _written_as_a_person(token):
        return False
    if token.ent_type_ in _THING_LABELS and _child(token, "det") is not None:
        return False
    name = _fold(token.text)
    if name in _namesakes() or gazetteer_country(name) is None:
        return False  # a name towns of several lands hold ("Palma") is no sure town, and its land a guess
    if token.ent_type_ == "PERSON":
        # a person's label stands ("attacked Hassan", "attacked Mariana" are people and towns) unless the
        # article names the same word as a place elsewhere ("attacked Beni ... residents in Beni said"),
        # sets the story in the town's own land (:func:`attacked_town_the_article_backs`), or the verb
        # takes no person by name and the article tells of no person so called ("raided Jenin")
        return token.is_title and not is_upper_sentence(token) and (
            _placed_elsewhere(token) or attacked_town_the_article_backs(token)
            or (_named_once(token) and _raided(token)))
    if _capital_named_as_a_place(token, name):
        return token.is_title and not is_upper_sentence(token)  # "rebels attacked Bangui", left unlabelled
    if name in load_place_lexicon().common_words:
        return False
    if token.ent_type_ in {"ORG", *_THING_LABELS}:
        return token.is_title and not is_upper_sentence(token) and not names_organisation([token], load_actor_lexicon())
    return _mislabelled_town(token, name)


def _capital_named_as_a_place(token: Token, name: str) -> bool:
    """A capital the actor lexicon knows ("Bangui", "Kyiv") that the gazetteer places in its own land,
    attacked with no reason given: the dictionary holds capitals too, but an armed party's attack on one
    is on the city. An attack "over" or "for" something is one in words, on the state ("rebels attacked
    Washington over its sanctions")."""
    places = load_place_lexicon()
    if name not in places.countries_and_capitals or (name,) in load_actor_lexicon().country_names:
        return False
    rebuked = any(c.dep_ == "prep" and c.lower_ in _REBUKE_PREPOSITIONS for c in token.head.children)
    return not rebuked and gazetteer_country(name) == normalise_tokens([token], load_actor_lexicon())[0]


#: Prepositions giving the reason of an attack in words: "attacked Washington over its sanctions".
_REBUKE_PREPOSITIONS = frozenset({"over", "for"})


#: Labels of things the tagger gives rare towns' names after an attack verb ("attacked Tillaberi").
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def attacked_town_the_article_backs(name: Token) -> bool:
    """A gazetteer town attacked by name that the article sets in the town's own land by naming a place
    of it, the country or another town or province, outside the attackers' own words ("KARNATAKA - Gunmen
    attacked Hassan", "attacked Beni ... in North Kivu", "settlers attacked Huwara ... in the West
    Bank"). Given names are towns too (Hassan, Layla, Menaka), so the verb alone does not tell, nor does
    a people's adjective ("Gunmen attacked Hassan, Indian police said" is as likely a person); a
    person's signs win (:func:`_reads_as_a_person`), and a name towns of several lands hold or a
    dictionary word gives no land to match."""
    country = attacked_town_country(name)
    if country is None:
        return False
    attackers = [range(c.left_edge.i, c.right_edge.i + 1) for c in name.head.children
                 if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
    doc = name.doc
    first = (entity_of(name) or name.doc[name.i : name.i + 1])[0].lower_
    # the name's own mentions vouch for no land ("interest in Mariana" is no town; :func:`_placed_elsewhere`)
    return any(iso3 == country and doc[i].lower_ != first and not any(i in span for span in attackers)
               and not _names_a_people(doc[i]) for i, iso3 in _places_and_lands_named(doc))


def attacked_town_country(name: Token) -> str | None:
    """The land of a gazetteer town an attacked name may be, when nothing says it is a person's: a name
    the gazetteer places in one land, no dictionary word, and with no person's signs
    (:func:`_reads_as_a_person`). None says the name gives no land to match, so it stays as tagged."""
    words = entity_of(name) or name.doc[name.i : name.i + 1]
    folded = _fold(words.text)
    country = gazetteer_country(folded)
    if (country is None or folded in _namesakes() or folded in load_place_lexicon().common_words
            or _reads_as_a_person(name, words)):
        return None
    return country


def _reads_as_a_person(name: Token, words: Span) -> bool:
    """Signs that an attacked name is a person's, which no backing of a town outweighs: a title, article
    or owner before it ("Mr Hassan"), a person's words after it (:func:`_written_as_a_person`), a "he"
    or "she" of the attack's clauses (:func:`_told_of_as_a_person`), a second mention as a person, or
    upper-case copy, where labels and case tell nothing."""
    return (not name.is_title or is_upper_sentence(name) or _written_as_a_person(name)
            or _told_of_as_a_person(name)
            or any(c.dep_ in {"compound", "amod", "det", "poss"} and c.i < words.start for c in name.lefts)
            or (name.ent_type_ == "PERSON" and not _named_alone_once(words)))


def _told_of_as_a_person(name: Token) -> bool:
    """A "he", "she", "him" or "her" after the name in its sentence ("attacked Hassan as he left a
    mosque", "attacked Hassan, police said, adding that he survived"). Not proof of a person, as the
    pronoun may be someone else's ("attacked Bannu while he was visiting"), but enough to withhold the
    article's backing of a town the tagger calls a person."""
    return any(word.lower_ in {"he", "she", "him", "her"} and word.pos_ == "PRON"
               for word in name.doc[name.i + 1 : sentence_of(name).end])


def _names_a_people(word: Token) -> bool:
    """A state's naming by its people's adjective ("Palestinian", "Indian"), not by a place's name."""
    return word.ent_type_ == "NORP" or word.pos_ == "ADJ"


def _named_alone_once(words: Span) -> bool:
    """A name the tagger calls a person that the article names nowhere else as one: one word labelled a
    person only here (:func:`is_lone_person_label`), or a name of several words whose last word is
    written only here ("Bahir Dar"; a person is named again by surname)."""
    if len(words) == 1:
        return is_lone_person_label(words[0])
    return _word_counts(words.doc).get(words[-1].lower_, 0) == 1


#: The Doc.user_data key of :func:`_word_counts`'s cache.
_WORD_COUNTS = "parley_word_counts"


def _word_counts(doc: Doc) -> dict[str, int]:
    """How often the article writes each word, by its lower-case form, counted once per Doc: every
    attacked name and site town asks whether its surname is written again, and a count over the whole
    article for each would make long articles quadratic."""
    cached = doc.user_data.get(_WORD_COUNTS)
    if isinstance(cached, dict):
        return cached
    counts: dict[str, int] = {}
    for token in doc:
        counts[token.lower_] = counts.get(token.lower_, 0) + 1
    doc.user_data[_WORD_COUNTS] = counts
    return counts


def _places_and_lands_named(doc: Doc) -> list[tuple[int, str]]:
    """The article's namings of a state that are no guess (:func:`_lands_named`) with the provinces and
    regions the tagger labels a location ("North Kivu", "the West Bank"), which
    :func:`countries_named` leaves to the lands and towns it labels political."""
    regions = [(ent.start, iso3) for ent in entities(doc) if ent.label_ == "LOC"
               and (iso3 := gazetteer_country(_fold(ent.text[4:] if ent.text.lower().startswith("the ")
                                                    else ent.text))) is not None]
    return sorted([*_lands_named(doc), *regions])


#: Verbs of force whose object is a place or premises, never a person by name: troops raid a town or
#: a home, not "Hassan". (A person is attacked, shot or captured; those keep a person's label.)
_PLACE_ONLY_SITE_VERBS = frozenset({"raid"})


def _named_once(name: Token) -> bool:
    """A one-word name (no longer entity or compound holds it) the article writes nowhere else: a person
    attacked is told of again ("Mariana, 34, was taken to hospital") or was named in full before
    ("Mariana Souza ... attacked Souza"), a town struck often is not."""
    return len(entity_of(name) or [name]) == 1 and not any(c.dep_ == "compound" for c in name.lefts) \
        and _word_counts(name.doc).get(name.lower_, 0) == 1


def _raided(name: Token) -> bool:
    """The object of a verb no person is the object of (:data:`_PLACE_ONLY_SITE_VERBS`): "Israeli
    forces raided Jenin", where the tagger calls the town a person."""
    return name.dep_ == "dobj" and name.head.lemma_.lower() in _PLACE_ONLY_SITE_VERBS


#: Words that stand for or follow only a person, never a town: "attacked Layla outside her home", "Florence,
#: who runs a shelter". A town is "it"; "they" and "their" may be its people.
_PERSON_WORDS = frozenset({"her", "his", "who"})
#: Prepositions setting a victim's own spot beside the act: "outside her home", "at his shop".
_VICTIM_SPOT_PREPOSITIONS = frozenset({"outside", "inside", "at", "near"})


def _written_as_a_person(name: Token) -> bool:
    """The attack's own clause goes on about the named one as a person: the first person word after the
    name (:data:`_PERSON_WORDS`) comes before any other noun it could stand for ("attacked Laila outside
    her home", "attacked Florence, who runs a shelter"), days and times aside ("attacked Layla on
    Tuesday outside her home"). Given names are towns too (Layla, Salem), and the
    gazetteer cannot tell them apart; "raided Jenin and shot a man in his home" gives "his" the man.
    A name apposed to a party's noun is a person too (:func:`_described_as_a_person`)."""
    if _described_as_a_person(name):
        return True
    for word in name.doc[name.i + 1 : name.sent.end]:
        if word.pos_ == "PRON" and word.lower_ in _PERSON_WORDS and _person_word_of_the_act(word, name):
            return True
        if word.pos_ in {"NOUN", "PROPN"} and word.ent_type_ not in {"DATE", "TIME"}:
            return False
    return False


def _described_as_a_person(name: Token) -> bool:
    """A name apposed to a noun the actor lexicon gives a sector ("attacked Layla, a village teacher",
    "Salem, a farmer"): the writer says who, not where; a town is described as a town or a hub."""
    actors = load_actor_lexicon()
    return any(normalise_tokens([noun], actors)[1] is not None for noun in _apposed_descriptions(name))


def _person_word_of_the_act(word: Token, name: Token) -> bool:
    """A person word that places or joins the attack's victim: the possessive of the victim's own spot
    beside the act ("outside her home", "at his shop") or of kin joined to the name ("Layla and her
    daughter"), or a relative pronoun hung on the name ("Florence, who runs"). Other possessives after
    a town name someone else ("at his command", "near her border", "killing his brother", "his
    spokesman said"), and a town may have a "whose" ("Bannu, whose residents fled")."""
    if word.lower_ == "who":
        return word.head.dep_ == "relcl" and word.head.head == name
    if word.dep_ != "poss":
        return False
    owned = word.head
    spots, kin = _victim_words()
    beside_the_act = (owned.dep_ == "pobj" and owned.head.lower_ in _VICTIM_SPOT_PREPOSITIONS
                      and owned.head.head == name.head and owned.lemma_.lower() in spots)
    return beside_the_act or (owned.dep_ == "conj" and owned.head == name and owned.lemma_.lower() in kin)


@lru_cache(maxsize=1)
def _victim_words() -> tuple[frozenset[str], frozenset[str]]:
    """A person's own spots and kin (``victim_words`` of ``data/event_places.json``), once: only these,
    owned by a possessive after an attacked name, show the name a person's."""
    words = cast(dict[str, list[str]], read_data("event_places.json")["victim_words"])
    return frozenset(words["spots"]), frozenset(words["kin"])


def _placed_elsewhere(name: Token) -> bool:
    """Whether the article writes the same one-word name elsewhere as a place (:func:`_written_as_a_place`).
    A name only said, greeted or mourned elsewhere ("Hassan's brother", "Hassan said") vouches for no town."""
    doc = name.doc
    return any(i != name.i and _written_as_a_place(doc[i]) for i in _one_word_names(doc).get(name.lower_, []))


#: The Doc.user_data key of :func:`_one_word_names`'s cache.
_ONE_WORD_NAMES = "parley_one_word_names"


def _one_word_names(doc: Doc) -> dict[str, list[int]]:
    """Where the article writes each proper noun that stands alone as a name (no longer entity holds
    it), by its lower-case form, once per Doc: :func:`_placed_elsewhere` asks for every mislabelled town."""
    cached = doc.user_data.get(_ONE_WORD_NAMES)
    if isinstance(cached, dict):
        return cached
    index: dict[str, list[int]] = {}
    for token in doc:
        if token.pos_ == "PROPN" and len(entity_of(token) or [token]) == 1:
            index.setdefault(token.lower_, []).append(token.i)
    doc.user_data[_ONE_WORD_NAMES] = index
    return index


def _written_as_a_place(mention: Token) -> bool:
    """A mention set in a land or province (:func:`_set_as_a_place`) or right after "in"
    (:func:`_placed_in`), but not after a word of regard ("confidence in Hassan", "interest in
    Mariana"), where "in" places nothing. One the tagger also calls a person must hold people or things
    there, a plural noun ("residents in Gao", "shops in Gao"), as "in" after a person is rarer still."""
    if _set_as_a_place(mention):
        return True
    holder = mention.head.head
    regard = _regard_words()
    # "had full confidence in Hassan": the parser may hang the phrase on the verb of the regard noun
    if not _placed_in(mention) or holder.lemma_.lower() in regard or any(
            c.dep_ == "dobj" and c.lemma_.lower() in regard for c in holder.children):
        return False
    return mention.ent_type_ != "PERSON" or holder.tag_ in {"NNS", "NNPS"}


@lru_cache(maxsize=1)
def _regard_words() -> frozenset[str]:
    """Lemmas whose "in" phrase names whom one trusts or values ("confidence in Hassan"; ``regard`` of
    ``data/event_places.json``), once: that "in" places nothing."""
    return frozenset(cast(list[str], read_data("event_places.json")["regard"]))


def _placed_in(token: Token) -> bool:
    """A name right after "in": nobody is "in" a person, so "in Goma" and "in Gao" are towns though the
    tagger calls them persons and the dictionary holds them (WordNet lists cities among its nouns); "near
    Gao" or "from Harper" may still be a person's."""
    return token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.i == token.i - 1


def _town_read_as_date(token: Token) -> bool:
    """A town's name the tagger took for a date ("in Turbat on Thursday", "in Manbij on Friday": a rare
    name beside a weekday): the date entity is the name alone, no dictionary word ("March", "Easter",
    "Ramadan" are) and a gazetteer town."""
    entity = entity_of(token)
    if entity is None or len(entity) != 1 or not token.is_title or is_upper_sentence(token):
        return False
    name = _fold(token.text)
    return name not in load_place_lexicon().common_words and gazetteer_country(name) is not None


def _set_as_a_place(token: Token) -> bool:
    """A name the sentence itself shows to be a place, whatever the tagger says: set in a land or
    province ("a school in Gao, Mali", "Goma in North Kivu") or measured from by a compass word
    ("30 km south of Gao"). Such a town may share its name with a word ("Gao", "Goma")."""
    reference = _compass_reference(token.head.head) if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    measured = reference is not None and reference.i == token.i
    region = _enclosing_region(token) if not measured else None
    return measured or (region is not None and _named_place_country(region, load_actor_lexicon()) is not None)


def _compound_town(token: Token) -> bool:
    """A gazetteer town of several words the tagger cut short ("Dera Ismail Khan", tagged "Ismail Khan" a
    person; "Croix-des-Bouquets", tagged "Croix" one): the proper nouns compounded right before the name,
    with the hyphens between them, read with it."""
    name = _compounded_name(token)
    if len(name) == 1 or not name[0].is_alpha:
        return False
    return gazetteer_country(_fold(name.text)) is not None


def _compounded_name(token: Token) -> Span:
    """A proper noun with the proper nouns and hyphens compounded right before it: the whole name the
    parser cuts into compounds ("Mocimboa da Praia", "Croix-des-Bouquets"), whatever the tagger's label."""
    first = token
    while first.i > 0 and _compounded_into(first.nbor(-1), token):
        first = first.nbor(-1)
    return token.doc[first.i : token.i + 1]


def _compounded_into(word: Token, name: Token) -> bool:
    """A proper noun compounded into ``name``, or a hyphen inside it ("Croix-des-Bouquets")."""
    inside = any(ancestor.i == name.i for ancestor in word.ancestors)
    return inside and (word.text == "-" or (word.dep_ == "compound" and word.pos_ == "PROPN"))


#: How a site's town is written before it: "Omdurman market", "the Zaporizhzhia nuclear plant" (parsed
#: nmod), "Kramatorsk's train station", "Kerman cemetery" (parsed amod).
_SITE_TOWN_DEPS = frozenset({"compound", "nmod", "poss", "amod"})


def town_naming_site(site: Token) -> Span | None:
    """The town a site noun is named by, written before it ("an airstrike hit Omdurman market", "shelled
    Saada prison", "Kramatorsk's train station", "in a Khan Younis hospital"): news names airports,
    markets, prisons and stations by the town they stand in, so the town is where an act at the site
    happened. A possessor is read before compounds ("Gaza City's Ahli hospital": "Ahli" is the
    hospital's own name), then the compound nearest the noun, which ends the town's name ("Mocimboa da
    Praia port"). Only a town the gazetteer places in one land (:func:`_site_town`), and only in mixed
    case, whose parse tells a name from a common noun."""
    if is_upper_sentence(site) or not _is_site_named_by_town(site):
        return None
    modifiers = [c for c in site.lefts if c.dep_ in _SITE_TOWN_DEPS and c.pos_ == "PROPN"]
    for modifier in sorted(modifiers, key=lambda c: (c.dep_ != "poss", -c.i)):
        town = _site_town(modifier)
        if town is not None:
            return town
    return None


def _is_site_named_by_town(site: Token) -> bool:
    """A site noun of ``sites`` in the gazetteer data; a plant only as one of power ("Lviv power plant"),
    since firms name theirs ("Toyota plant"); a town's own proper name ("Gaza City", "Benin City") is
    no site of a town."""
    places = load_place_lexicon()
    lemma = site.lemma_.lower()
    if site.pos_ not in {"NOUN", "PROPN"} or lemma not in places.sites:
        return False
    if site.pos_ == "PROPN" and lemma in _SETTLEMENTS:
        return False
    if lemma == "hall":
        return any(c.dep_ == "compound" and c.lower_ in _CIVIC_HALL_WORDS for c in site.lefts)
    return lemma != "plant" or any(c.lower_ in places.power_plant_words for c in site.lefts)


#: The words that make a hall a town's seat ("city hall", "town hall"), the only hall named by its town.
_CIVIC_HALL_WORDS = frozenset({"city", "town"})


def _site_town(modifier: Token) -> Span | None:
    """The whole name a site's modifier ends ("Khan Younis", "Deir al-Balah", "Port Sudan") when it is a
    town: one the gazetteer places, or the tagger labels a place of a land ("Gaza City"), that no towns
    of several lands share ("Palma"), no country or organisation names ("Jordan hospital", "Wagner base"), no
    person's name sites bear ("Kennedy airport"), no dictionary word a smaller town bears ("Liberty
    hospital"), and not a person the article names again as one."""
    words = _name_ending_at(modifier)
    name = _written_name(list(words))
    places, actors = load_place_lexicon(), load_actor_lexicon()
    country, sector = normalise_tokens(list(words), actors)
    land_town = modifier.ent_type_ == "GPE" and country is not None and sector is None
    if name in _namesakes() or _fold(words[-1].text) in places.eponyms or (
            gazetteer_country(name) is None and not land_town):
        return None
    if tuple(t.lower_ for t in words) in actors.country_names or names_organisation(list(words), actors):
        return None
    word = len(words) == 1 and name in places.common_words and name not in places.names
    if word and _site_town_land_told(words, gazetteer_country(name)):
        word = False  # "M23 rebels shelled Goma airport": the dictionary's city, in the land the story is set in
    person = modifier.ent_type_ == "PERSON" and not _named_alone_once(words)
    return None if word or person else words


def _site_town_land_told(words: Span, country: str | None) -> bool:
    """Whether the article sets the story in the land of a site's town that is also a dictionary word
    ("Goma airport" with "Congo" or "M23 rebels" in the article): a place or land of that country named
    elsewhere (:func:`_places_and_lands_named`), or the act's doer a party of it. "Liberty bridge" in a
    story of no American place stays unplaced."""
    if country is None:
        return False
    doc = words.doc
    if any(iso3 == country and not words.start <= i < words.end for i, iso3 in _places_and_lands_named(doc)):
        return True
    site = words[-1].head
    doer = next((c for c in site.head.children if c.dep_ == "nsubj"), None) if site.dep_ == "dobj" else None
    return doer is not None and normalise_tokens(phrase_tokens(doer), load_actor_lexicon())[0] == country


def _name_ending_at(modifier: Token) -> Span:
    """The run of proper nouns and hyphens that ends at a site's modifier: the parser hangs the words of
    one name on the site or on each other ("Deir al-Balah school", "Port Sudan naval base"), never
    past the site's own phrase."""
    first, start = modifier.i, modifier.head.left_edge.i
    while first > start and (modifier.doc[first - 1].pos_ == "PROPN" or modifier.doc[first - 1].text == "-"):
        first -= 1
    return modifier.doc[first : modifier.i + 1]


def _town_read_as_adverb(verb: Token) -> Token | None:
    """The town a verb acts on that the tagger read as an adverb ("shelled Bakhmut", "attacked
    Toretsk", tagged ADV or a bare noun phrase modifier): right after a verb with no object, a
    capitalised name the gazetteer places, not a time ("attacked Friday") nor a person's name."""
    if verb.pos_ != "VERB" or _child(verb, "dobj") is not None or verb.i + 1 >= len(verb.doc):
        return None
    word = next((c for c in verb.rights if c.dep_ in {"advmod", "npadvmod"} and c.left_edge.i == verb.i + 1), None)
    if word is None or not word.is_title or word.ent_type_ in {"DATE", "TIME", "PERSON"}:
        return None
    entity = entity_of(word)
    name = _fold(entity.text if entity is not None else word.doc[word.left_edge.i : word.i + 1].text)
    placed = gazetteer_country(name) is not None
    return word if placed and not names_organisation([word], load_actor_lexicon()) else None


def _of_name_holder(token: Token) -> Token:
    """The noun whose "of" name ``token`` is ("city" for "El Obeid" in "the city of El Obeid"), else itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        return token.head.head
    return token


def _is_event_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in load_trigger_lexicon().nouns


def _closed_clause(trigger: Token) -> Token | None:
    """The verb of the clause a closing participle ends (", killing five"), or None."""
    head = trigger.head
    return head if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and head.pos_ == "VERB" else None


def _aimed_at_by(verb: Token) -> list[Token]:
    """What a verb's aiming phrases name: "protesters" in "opened fire on protesters"."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPOSITIONS
            for o in p.children if o.dep_ == "pobj"]


def _named_place(obj: Token) -> Token | None:
    """The place name of a locative object: itself, or its "of" name ("the besieged town of Madaya").

    News English names a town or region by a common noun with an "of" apposition; the name is
    the place, the noun and its modifiers ("besieged Syrian") belong to the place phrase. After a
    settlement noun the name is a place whatever label the tagger gives it; so is a name before a
    region noun ("Zamfara state", "Cabo Delgado province").
    """
    if obj.pos_ == "PROPN" and _names_a_time(obj):
        return None
    if obj.ent_type_ in _PLACE_LABELS or _gazetteer_name(obj) or _country_name(obj):
        return obj
    if obj.pos_ != "NOUN":
        return None
    of_name = _prep_object(obj, frozenset({"of"}))  # "the West Bank village of Turmus Ayya": the village's own
    ministry = obj.lower_ == "department" and not obj.text.islower()  # "the State Department" is no region
    named_by_of = of_name is not None and of_name.pos_ == "PROPN"
    if obj.lemma_.lower() in _REGIONS and obj.i > 0 and not ministry and not named_by_of:
        before = obj.doc[obj.i - 1]  # "in Zamfara state", "in Cabo Delgado province": the name before it
        if before.pos_ == "NOUN" and before.dep_ == "compound" and obj.i > 1:
            before = obj.doc[obj.i - 2]  # "the Jenin refugee camp": a describing noun between
        named = before.pos_ == "PROPN" or before.ent_type_ in _PLACE_LABELS  # "Sagaing region", tagged a verb
        if before.dep_ == "amod" and before.head.i == obj.i and before.is_title and _listed_region_named(before, obj):
            return before  # "Ethiopia's Somali region": a region named by a people's adjective
        if before.dep_ == "compound" and before.head.i == obj.i and named:
            # a country's name before a region noun is another country's region ("Niger state", Nigeria),
            # placed only when the region is listed ("East Azerbaijan province", Iran)
            foreign = (before.lower_,) in load_actor_lexicon().country_names
            return None if foreign and not _listed_region_named(before, obj) else before
    name = _prep_object(obj, frozenset({"of"}))
    if name is not None and name.pos_ == "NOUN" and name.lemma_.lower() in _PROVINCES:
        return _named_place(name)  # "rebel-held areas of Idlib province": the region's own name
    settlement = obj.lemma_.lower() in _SETTLEMENTS  # "the village of Huwara", tagged a person, is a village
    if name is not None and name.pos_ == "PROPN" and (
            settlement or name.ent_type_ in _PLACE_LABELS or _gazetteer_name(name)):
        return name
    return None


def _listed_region_named(name: Token, region: Token) -> bool:
    """Whether the name before a region noun, with the compounds before it, is a listed region
    (:func:`_listed_regions`), alone or with the noun: "Niger state", "East Azerbaijan province"."""
    words = [t for t in name.doc[name.left_edge.i : region.i] if t.pos_ != "DET"]
    listed = _listed_regions()
    return bool(words) and (_written_name(words) in listed or _written_name([*words, region]) in listed)


def _names_a_time(name: Token) -> bool:
    """A proper name that tells when or in what campaign, not where, though the tagger labels it a place
    after "in": a festival or month of worship ("arrested mourners in Muharram", "in Lent", "in Eid
    al-Fitr") or a military operation ("killed 12 militants in Operation Hadin Kai"). The whole name
    must be the period's: "Easter Island" and "Meskel Square" are places."""
    places = load_place_lexicon()
    entity = entity_of(name)
    if _fold(entity.text if entity is not None else name.text) in places.periods:
        return True
    first = name.doc[min(entity.start if entity is not None else name.i, name.left_edge.i)]
    return first.i < name.i and first.is_title and first.lower_ in places.campaigns


def _country_name(token: Token) -> bool:
    """A country's own name after a locative preposition, whatever label the tagger gave it ("in
    western Niger" labelled a date)."""
    return token.pos_ == "PROPN" and (token.lower_,) in load_actor_lexicon().country_names
