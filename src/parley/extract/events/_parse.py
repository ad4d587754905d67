"""Reading the dependency parse for arguments: subjects (controlled, gapped, passive), the actor a
token names, counted parties, and the verb lemmas every stage compares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.actors import (
    ARMED_SECTORS,
    ActorLexicon,
    actor_for,
    body_of_post,
    is_crowd,
    is_plural_in_meaning,
    joins_the_report,
    load_actor_lexicon,
    names_organisation,
    normalise_tokens,
    phrase_tokens,
)
from parley.extract.dates import is_upper_sentence
from parley.extract.events._lexicons import _PLACE_LABELS, TriggerLexicon, load_trigger_lexicon
from parley.extract.events._places import (
    _PROVINCES,
    _SETTLEMENTS,
    _child,
    _compounded_name,
    _described_as_a_settlement,
    _fold,
    _namesakes,
    _place_country,
    _reads_as_a_person,
    _town_named_with_a_capital,
    _weakly_labelled_town,
    _written_as_a_person,
    attacked_town_country,
    attacked_town_the_article_backs,
    gazetteer_country,
    load_place_lexicon,
)
from parley.extract.nlp import entity_of, is_bare_captive_complement, resolve_relative, sentence_of, verb_stems
from parley.extract.numbers import vague_unit
from parley.extract.status import Governor, finite_after_nonfinite, load_status_cues
from parley.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token


def verb_lemmas(token: Token) -> list[str]:
    """The verb's lemma, then forms undone by hand where the lemmatiser slips ("staged" -> "stag").

    Regular "-ed"/"-es"/"-s" endings are stripped from the word as written; a caller looks each
    form up in turn, so a wrong guess costs nothing unless it is itself a lexicon entry.
    """
    lemma = token.lemma_.lower()
    word = token.lower_
    forms = [lemma]
    for suffix, repl in (("ed", "e"), ("ed", ""), ("es", "e"), ("s", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + repl)
    if word.startswith("re") and len(word) > _SHORTEST_PREFIXED:
        forms += ["re" + stem for stem in verb_stems(word[2:])]  # "retook" -> retake: "took" is irregular
    return list(dict.fromkeys(forms))


#: Shortest word read as "re" and a verb ("retook", "reseized"); "read", "rent" and "reset" are shorter.
_SHORTEST_PREFIXED = 5


#: Prepositions naming what a party controls: "control of the town", "control over the border crossing".
_CONTROLLED_PREPS = frozenset({"of", "over"})


def _subject(token: Token) -> Token | None:
    """The active subject; a verb without one shares its first conjunct's ("Hamas demanded X but proposed Y").

    Where the parser gives two subjects ("the movement Hamas"), the proper name wins.
    """
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects:  # "Qatar have been mediating": the parser hangs the subject on an auxiliary
        subjects = [g for c in token.children if c.dep_ == "aux" and c.i < token.i
                    for g in c.children if g.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        first = token.head.head if finite_after_nonfinite(token.head, token) else token.head
        if _joined_to_the_report(token):
            first = token.head.head  # "said India's claims were baseless, and warned of a response"
        return _subject(first)  # "denied carrying it out and blamed"; "robbed, beat and abducted"
    if not subjects:
        return _headline_subject(token)
    return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])


def _headline_subject(token: Token) -> Token | None:
    """'Army shells rebel positions in Idlib': in a headline the parser may hang the subject on the verb
    as a compound, reading "Army shells" as one noun phrase (the verb tagged a plural noun, or a verb
    with a noun's modifier). A root of that kind with a direct object, which no noun phrase takes, is
    the verb, and the capitalised word opening it its subject ("Pakistan expels Afghan refugees", the
    land tagged an adjective, too). A verb read inside a run of nouns has its subject just before it."""
    chain = _headline_verb_in_noun_chain(token)
    if chain is not None:
        return chain[0]
    if token.tag_ not in {"NNS", "VBZ"} or token.dep_ != "ROOT" or _child(token, "dobj") is None:
        return None
    first = token.doc[token.left_edge.i]
    named = first.dep_ == "amod" and first.ent_type_ in {"GPE", "ORG"}
    if (first.dep_ != "compound" and not named) or first.head != token or not first.is_title:
        return None
    return first


#: Nouns singular in form that take a plural verb ("police raid Nablus mosque").
_PLURAL_COLLECTIVES = frozenset({"police", "people"})


def _headline_verb_in_noun_chain(token: Token) -> tuple[Token, Token] | None:
    """The subject and object of a headline verb the parser read as a noun inside a run of nouns
    ("Militants ambush convoy in Niger", "Two killed as army raids Jenin camp": "army raids Jenin
    camp" parsed as one noun phrase). Such a run heads no clause: it is the sentence's root or the
    object of "as", where only a clause fits. The word is read as the verb only when the noun before
    it agrees with it as a subject would ("army raids", "militants raid"), which a compound's
    modifier does not ("army raid"), and the nouns after it form the object phrase. Not in upper-case
    copy, whose tags say nothing of number ("ARMED FORCES PRESS COMMITTEE" is a body's name).

    The tagger may also read a plain verb as an adjective ("Rebels free 20 hostages", "Militias
    routinely detain journalists") and a plural name as a determiner ("Houthis release crew"): a
    verb of the trigger lexicon in its base form after a plural party is read the same way, past an
    adverb between them."""
    if not _noun_chain_word(token) or token.i == 0 or is_upper_sentence(token):
        return None
    doc, head = token.doc, _run_head(token)
    if head.i <= token.i or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not (head.dep_ == "ROOT" or (head.dep_ == "pobj" and head.head.lower_ == "as")):
        return None
    subject = _word_before_adverbs(token)
    if subject is None or subject.dep_ not in _CHAIN_SUBJECT_DEPS or subject.head.i not in {token.i, head.i}:
        return None
    if (subject.dep_ != "compound" or token.dep_ == "amod") and not _is_plural_name(subject):
        return None  # the looser readings only where a plural party asks for a verb
    plural_subject = _is_plural_name(subject)
    agrees = (token.tag_ == "NNS" and token.lower_.endswith("s") and subject.tag_ in {"NN", "NNP"}
              and not plural_subject) or (token.tag_ in {"NN", "JJ"} and plural_subject)
    if not agrees:
        return None
    if any(not (token.i < w.head.i <= head.i) for w in doc[token.i + 1 : head.i]):
        return None
    if any(c.dep_ in {"acl", "relcl"} for c in head.children):
        return None  # "Car bombs factory found in Idlib": a noun phrase, subject of a clause of its own
    return (subject, head) if _names_a_party(list(doc[head.left_edge.i : subject.i + 1])) else None


#: Labels the parser gives a headline's subject when it reads subject and verb as a noun phrase.
_CHAIN_SUBJECT_DEPS = frozenset({"compound", "nmod", "det", "npadvmod"})


def _noun_chain_word(token: Token) -> bool:
    """A word that may be a headline verb read into a run of nouns: a compound noun ("ambush convoy"),
    or a modifier tagged an adjective that is a trigger verb's base form ("free hostages")."""
    if token.dep_ == "compound":
        return token.tag_ in {"NN", "NNS"}
    return token.dep_ == "amod" and token.tag_ in {"JJ", "NN"} and token.lower_ in load_trigger_lexicon().verbs


def _run_head(token: Token) -> Token:
    """The noun heading the run a word sits in, past compounds after it ("free Galaxy Leader crew": crew)."""
    head = token.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head


def _word_before_adverbs(token: Token) -> Token | None:
    """The word before ``token``, past adverbs that modify it ("Militias routinely detain")."""
    i = token.i - 1
    while i >= 0 and token.doc[i].dep_ == "advmod" and token.doc[i].head == token:
        i -= 1
    return token.doc[i] if i >= 0 else None


def _is_plural_name(subject: Token) -> bool:
    """A plural subject: a plural noun, a collective ("police"), or a capitalised plural name the tagger
    took for a determiner or a singular name ("Houthis")."""
    if subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in _PLURAL_COLLECTIVES or is_plural_in_meaning(subject):
        return True
    return subject.tag_ in {"DT", "NNP"} and subject.is_title and subject.lower_.endswith("s") \
        and not subject.lower_.endswith("ss")


def _names_a_party(tokens: list[Token]) -> bool:
    """Words a party answers to (a land or a sector): "Sharks attack swimmer" has no actor doing it."""
    country, sector = normalise_tokens(tokens, load_actor_lexicon())
    return country is not None or sector is not None


def _split_at_headline_verb(token: Token, actor: Actor, actors: ActorLexicon) -> Actor:
    """'Myanmar junta bombs village in Sagaing': the parser made one noun phrase of subject, verb and
    object, so the phrase of either party stops at the verb: the subject is "Myanmar junta", the object
    "village", never the whole run."""
    doc = token.doc
    verb = next((c for c in token.children if _headline_object(c) == token), None)
    if verb is not None:  # the object: the run's head, after the verb
        tokens = [t for t in phrase_tokens(token) if t.i > verb.i]
    else:
        chain = _headline_verb_in_noun_chain(token.head) if token.dep_ == "compound" else None
        if chain is None or chain[0] != token:
            return actor
        tokens = list(doc[chain[1].left_edge.i : token.i + 1])  # the subject: the run up to the verb
        tokens = [t for t in tokens if not t.is_punct or t.tag_ == "HYPH"]
    if not tokens:
        return actor
    country, sector = normalise_tokens(tokens, actors)
    span = doc[tokens[0].i : tokens[-1].i + 1]
    return actor.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char,
                                    "country": country, "sector": sector})


def _headline_object(token: Token) -> Token | None:
    """The object of a headline verb read as a noun in a run of nouns: the run's head ("convoy")."""
    chain = _headline_verb_in_noun_chain(token)
    return chain[1] if chain is not None else None


def _clause_subject(verb: Token) -> Token | None:
    """Who a verb's clause is about: its own subject, or for an infinitive with none the subject of
    the verb it completes. A raising verb's subject is its infinitive's ("markets are poised to
    rally", "shares were expected to rally": markets and shares rally, not "are" or "expected"), and
    so is a controlling verb's ("the opposition plans to rally") and an adjective's ("stocks are likely
    to rally": the subject hangs on "are")."""
    subject = _child(verb, "nsubj")
    if subject is not None or verb.dep_ != "xcomp":
        return subject
    governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return _child(governor, "nsubj", "nsubjpass") if governor.pos_ in {"VERB", "AUX"} else None


def _joined_to_the_report(verb: Token) -> bool:
    """A verb of speech joined after a comma to a reported clause ("Pakistan said India's claims were
    baseless, and warned of a strong response"): the parser hangs it on the clause, but the comma
    sets it beside the report, so it is the reporter's act. "Said gunmen attacked, and killed 12" is
    the gunmen's deed. Without the comma, a verb in the past like the report's is joined to it too
    ("said the complaint was disturbing and accused the administration of ...")."""
    doc, head = verb.doc, verb.head
    if verb.i < 2 or doc[verb.i - 1].lower_ not in {"and", "but"}:
        return False
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in load_status_cues().report_verbs:
        return False
    joined = head.head.tag_ == "VBD" and verb.tag_ in {"VBD", "VBN"}
    if doc[verb.i - 2].text != "," and not (joined and joins_the_report(verb)):
        return False  # "said the gunmen stormed the school and demanded a ransom": the gunmen's demand
    spoken = load_trigger_lexicon().verbs.get(verb.lemma_.lower())
    return spoken is not None and (spoken[0] in _VERBAL_TYPES or spoken[0] == "THREATEN")


def _reduced_passive_clause(token: Token) -> bool:
    """'The men face life in prison if convicted', 'once arrested, the suspects ...': a bare past
    participle opening a clause of condition or time, or put before the main clause, is passive;
    the main clause's subject undergoes it. Forces sent or armed are not what the act is aimed at:
    "Deployed to Mali in 2013, French troops left" tells whose the troops are."""
    if token.tag_ != "VBN" or token.dep_ != "advcl" or any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux"} for c in token.children):
        return False
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in _REDUCED_CLAUSE_MARKS for c in token.children):
        return True
    moved = load_trigger_lexicon().verbs.get(token.lemma_.lower(), ("",))[0] == "MOBILIZE"
    return token.i < token.head.i and not moved


#: Words opening a clause that may drop its subject and "be": "if convicted", "once arrested".
_REDUCED_CLAUSE_MARKS = frozenset({"if", "unless", "once", "when", "until", "after", "before", "while"})


def _is_passive(token: Token) -> bool:
    """A passive verb, or a past participle that modifies a noun or follows "with" ("with 5,287
    injured"): the people it counts underwent it, and the clause around it did not do it."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children):
        return True
    if token.dep_ == "conj" and token.tag_ == "VBN" and token.head.tag_ == "VBN" and not any(
            c.dep_ in {"nsubj", "dobj"} for c in token.children) and _is_passive(token.head):
        return True  # "were tortured or executed": the second shares the first's passive auxiliary
    if _gapped_passive_subject(token) is not None:
        return True
    if _reduced_passive_clause(token):
        return True
    # a participle with an object is active: "strikes killed 46 people" parsed as a reduced relative;
    # "people taken hostage" has none: "hostage" says what they were taken as (tagged a past tense)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    captive = _only_captive_roles(objects)
    return ((token.tag_ == "VBN" or (captive and token.tag_ == "VBD")) and token.dep_ in {"acl", "relcl", "pcomp"}
            and (captive or not objects) and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children))


def _only_captive_roles(objects: list[Token]) -> bool:
    """The verb's objects are all bare captive words ("taken hostage", "held captive"): what its
    subject was taken or held as, no object of its own."""
    return bool(objects) and all(is_bare_captive_complement(o) for o in objects)


def _gapped_passive_subject(token: Token) -> Token | None:
    """The counted subject of a passive whose auxiliary is left out after the first: in "five
    policemen were killed and 24 soldiers injured", "and 15 wounded", "and five others wounded" the
    parse makes the count the subject of an active verb, but the soldiers were injured.

    Only a count (a number or a noun with one, "others") of a verb of harm is read so: "two soldiers
    were killed and the rebels retreated", "and 2,000 protesters marched" are active."""
    if token.dep_ != "conj" or token.tag_ not in {"VBN", "VBD"} or not _is_passive(token.head):
        return None
    if any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    taken = _only_captive_roles(objects)  # "and 251 taken hostage"
    subject = _child(token, "nsubj")
    if subject is None or subject.i < token.head.i or (objects and not taken) or not (taken or _harms(token)):
        return None
    counted = subject.pos_ == "NUM" or subject.lemma_.lower() == "other" or vague_unit(subject.text) is not None \
        or any(c.dep_ == "nummod" for c in subject.children)  # "and dozens wounded"

    return subject if counted else None


def _harms(verb: Token) -> bool:
    """A verb of harm or coercion (ASSAULT, COERCE), which people undergo: "injured", "arrested";
    not "marched" or "surrendered", which a counted subject does."""
    return _verb_of_types(verb, frozenset({"ASSAULT", "COERCE"}))


def _verb_of_types(verb: Token, types: frozenset[str]) -> bool:
    """Whether one of the verb's lemmas is an entry of the trigger lexicon of one of ``types``."""
    lexicon = load_trigger_lexicon()
    return any(lexicon.verbs.get(lemma, ("",))[0] in types for lemma in verb_lemmas(verb))


#: Prepositions whose gerund or act noun a verb's object does: "accused X of killing", "blamed X for the
#: attack", "stopped X from marching".
_CONTROLLED_PREPOSITIONS = frozenset({"of", "for", "from"})


def _gerund_controller(governor: Governor) -> Token | None:
    """'Israel accused Hamas of killing 30 civilians', 'the Kremlin accused Kyiv of staging the
    attack', 'praised Qatar for mediating': the act after "of" or "for" is done by the verb's
    object, when the object is a party, not by its subject."""
    token = governor.token
    if governor.across not in _CONTROLLED_PREPOSITIONS:
        return None
    if _misattached_accused(token):
        return token  # "accused Chinese vessels of ramming and firing water cannon": the vessels fired
    accused = _accused_past_accuser(token)
    if accused is not None:
        return accused  # "the military has been accused by rights groups of carrying out air strikes"
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    obj = _child(token, "dobj")
    if obj is None and token.pos_ == "VERB":
        obj = _child(token, "nsubjpass")  # "the militia was accused of carrying out executions": the militia
    if (obj is None or obj.tag_ in {"WDT", "WP"}) and _relative_object(token):
        obj = token.head  # "officials it accused of deporting children", "men who were accused of ...": the men
    actors = load_actor_lexicon()
    if obj is None or obj.tag_ in {"WDT", "WP"} or obj.lemma_.lower() in actors.premises:  # "used tanks for attacking"
        return None
    return obj if _actor(obj, actors) is not None else None


def _misattached_accused(noun: Token) -> bool:
    """The object of an accusation that the parser gave the "of" of the act it is accused of
    ("accused [vessels of ramming]"): the object did the act, as with "of" on the verb."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if load_status_cues().governors.get(verb.lemma_.lower()) != "alleged":
        return False
    return _actor(noun, load_actor_lexicon()) is not None


def _accused_past_accuser(noun: Token) -> Token | None:
    """The subject of a passive accusation whose "of" the parser hung on the accuser in its "by" phrase
    ("was accused [by rights groups of carrying out strikes]"): the accused did the act."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return None
    verb = noun.head.head
    if load_status_cues().governors.get(verb.lemma_.lower()) != "alleged":
        return None
    accused = _child(verb, "nsubjpass")
    return accused if accused is not None and _actor(accused, load_actor_lexicon()) is not None else None


def _relative_object(verb: Token) -> bool:
    """The verb heads a relative clause whose noun is its object or passive subject, not its doer:
    "officials (whom) it accused", "men who were accused", not "a report which accused"."""
    if verb.dep_ != "relcl":
        return False
    subject = _child(verb, "nsubj")
    return subject is None or subject.tag_ not in {"WDT", "WP"}


#: Verbs of travel whose "for" phrase names the visit or talks travelled for.
_TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "come", "go", "head", "land", "return"})


def _journey_for(trigger: Token) -> Token | None:
    """The verb of travel an event noun is the purpose of: "arrived in Islamabad for a two-day visit",
    "travelled to Kabul for talks"."""
    head = trigger.head
    if trigger.dep_ != "pobj" or head.lower_ != "for" or head.head.pos_ != "VERB":
        return None
    return head.head if head.head.lemma_.lower() in _TRAVEL_VERBS else None


def _for_a_reason(fire: Token) -> bool:
    """'came under fire for his remarks', 'over the decision': fire with a reason is criticism."""
    verb = fire.head.head
    return any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in [*fire.children, *verb.children])


def _under_attack(trigger: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who comes or is under the act: the subject of "the convoy came under fire", "the town was under
    heavy shelling" (``under_fire`` in the lexicon)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() not in lexicon.under_fire_verbs:
        return None
    subject = _child(prep.head, "nsubj")
    return resolve_relative(subject, prep.head) if subject is not None else None


_NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _actor(token: Token | None, actors: ActorLexicon, *, conjuncts: bool = True) -> Actor | None:
    """The actor headed by ``token``, or None when the phrase names no one we can place.

    A phrase with neither country nor sector that is not a name or pronoun ("the truce", "a
    claim") is a thing, not an actor. In "the Islamist movement Hamas" the name is the head.
    """
    if token is None or token.pos_ not in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"}:
        return None
    token = _counted_party(token)
    if token.ent_type_ in _NON_ACTOR_ENTITIES and not is_crowd(token):  # "thousands rallied" are people
        return None
    appos = _child(token, "appos")
    described: Actor | None = None
    if appos is not None and appos.pos_ == "PROPN" and token.pos_ == "NOUN":
        if token.lemma_.lower() in actors.collectives or normalise_tokens([token], actors)[1] is not None:
            described = actor_for(token, lexicon=actors, with_conjuncts=conjuncts)  # a person or group
        token = appos
    actor = _split_at_headline_verb(token, actor_for(token, lexicon=actors, with_conjuncts=conjuncts), actors)
    if described is None and appos is not None and token.pos_ == "PROPN" and appos.pos_ == "NOUN":
        actor = _described_name(token, appos, actor, actors)
    if described is not None:  # "a member of the Kenyan parliament, John Mbadi": the name, placed by its description
        actor = actor.model_copy(update={"country": actor.country or described.country,
                                         "sector": actor.sector or described.sector})
    if actor.country is None and actor.sector is None and token.pos_ not in {"PROPN", "PRON"}:
        return None
    if is_upper_sentence(token):
        return actor  # upper-case text's entity labels are not trusted
    entity = entity_of(token)
    name = list(entity) if entity is not None else [token]
    if actor.country is None and _may_be_place(token):
        country = _place_country(name, actors)  # "bombed Idlib": the town's country
        return actor.model_copy(update={"country": country}) if country is not None else actor
    # a town named with a capital is placed by its whole name, whatever the tagger's label ("attacked the
    # town of Mocimboa da Praia", tagged a work of art, is no Praia); a person's name is no town
    named_town = token.pos_ == "PROPN" and (token.ent_type_ != "PERSON" or _may_be_place(token))
    named_town = named_town or _named_before_region_noun(token)  # "attacked Mocimboa da Praia town"
    written = name if entity is not None else list(_compounded_name(token))  # unlabelled: "Mocimboa da Praia"
    town = _town_named_with_a_capital(written) if actor.country is not None and named_town else None
    return actor.model_copy(update={"country": town}) if town is not None else actor


#: Prepositions of place, and nouns of a settlement named with "of" ("the town of Aleppo").
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "across", "around", "outside", "inside", "from",
                                    "toward", "towards"})
#: Acts done to a place when its name is their object: "attacked Aleppo", "shelled Kherson".
_PLACE_ACTS = frozenset({"ASSAULT", "COERCE"})


def _may_be_place(token: Token) -> bool:
    """A place by its entity label, or a name the tagger called a people ("attacked Aleppo" is
    tagged NORP) as the object of an attack or a seizure, whatever the label after a verb whose
    object is ground ("shelled Kharkiv" is tagged a person), or one it left unlabelled or called a
    people after a preposition of place. The gazetteer then may place it; a name asked, signed or
    forgiven ("asked God", "signed Walker") is no place."""
    lexicon = load_trigger_lexicon()
    if token.ent_type_ in _PLACE_LABELS:
        # "gunmen attacked Laila outside her home": a given name the tagger called a place
        return not _given_name_called_a_place(token, lexicon)
    if _described_as_a_settlement(token):
        return True  # "attacked Mach, a town in Balochistan", tagged a person
    head = token.head
    if token.pos_ == "PROPN" and (_ground_object(token, lexicon) or _controlled(token, lexicon)):
        # "shelled Kharkiv", tagged a person; "shelled Avdiivka", tagged a product, which as a thing would
        # take an article ("captured a Bradley")
        bare_product = token.ent_type_ == "PRODUCT" and _child(token, "det") is None
        return token.ent_type_ in {"", "NORP", "PERSON", "ORG"} or bare_product
    if token.pos_ == "PROPN" and _site_object(token, lexicon) and (
            _weakly_labelled_town(token) or _town_of_several_words_called_a_person(token)):
        return True  # "raided Tubas", "attacked Sderot", "attacked Tal Afar": a town the tagger called a person
    if token.pos_ == "PROPN" and _site_verb_object(token, lexicon) and token.ent_type_ in {"", "PERSON"} \
            and _attacked_by_a_band(token) and attacked_town_the_article_backs(token):
        return True  # "settlers attacked Huwara ... in the West Bank": a band of any kind, a town the article places
    if token.pos_ == "PROPN" and _hit_by_a_weapon(token, lexicon):
        return True  # "Russian missiles hit Kharkiv", "a drone struck Odesa": weapons strike ground, not people
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and _site_verb_object(token, lexicon) \
            and _town_of_the_rebels_land(token):
        return True  # "Al-Shabaab fighters attacked Kismayo": rebels at war in their own land attack its towns
    if token.pos_ != "PROPN" or token.ent_type_ not in {"", "NORP", "ORG"}:
        return False
    if token.dep_ == "dobj":  # an unlabelled object may be a person: "troops killed Walker"
        hit = load_trigger_lexicon().verbs.get(head.lemma_.lower())
        # "attacked El Fasher", tagged an organisation: a town's name of several words is the town
        # or left unlabelled ("attacked Mocimboa da Praia", parsed as compounds); one word may be a surname
        named = token.ent_type_ == "NORP" or _town_of_several_words(token)
        return named and hit is not None and hit[0] in _PLACE_ACTS
    if token.ent_type_ == "ORG":
        return False
    if token.dep_ != "pobj":
        return False
    return head.lower_ in _LOCATIVE_PREPOSITIONS or (head.lower_ == "of" and head.head.lemma_.lower() in _SETTLEMENTS)


def _town_of_the_rebels_land(token: Token) -> bool:
    """A one-word name the tagger calls a person, attacked by rebels the actor lexicon places in a land
    ("Al-Shabaab fighters attacked Kismayo", "ELN guerrillas attacked Tibu"), that is a town of that
    same land (:func:`attacked_town_country`): insurgents fight over their own country's towns, and a
    person they attack is seldom named by a town of it alone. Armies and police are left out, as they
    attack people of their own land by name too ("police attacked Hassan"); so are bands of no land
    ("gunmen attacked Hassan"), for whom the name gives no land to match."""
    subject = _subject(token.head)
    if subject is None or len(entity_of(token) or [token]) != 1:
        return False
    country, sector = normalise_tokens(phrase_tokens(subject), load_actor_lexicon())
    return sector == "REB" and country is not None and attacked_town_country(token) == country


#: Verbs whose weapon subject lands on what they take: "missiles hit Kharkiv", "a drone struck Odesa".
_WEAPON_LANDING_VERBS = frozenset({"hit", "strike", "target", "slam", "pound"})
#: Fire that lands on ground, besides the projectiles and craft of the trigger lexicon: "shells hit
#: Kherson", "airstrikes pounded Rafah". No "strike" alone (a workers' strike hits firms by name), nor
#: "barrage" or "salvo", which are as often of words ("a barrage of criticism hit Hassan").
_GROUND_FIRE = frozenset({"shell", "mortar", "artillery", "projectile", "munition", "airstrike", "shelling",
                          "bombardment"})


def _hit_by_a_weapon(token: Token, lexicon: TriggerLexicon) -> bool:
    """A name a projectile or warcraft hits ("Russian missiles hit Kharkiv", "rockets hit Kiryat
    Shmona"), labelled a person or an organisation or left unlabelled, that the gazetteer places in one
    land: a missile's or jet's object is ground, so the name is a town unless the sentence writes it as a
    person's (:func:`_reads_as_a_person`: "Mr Hassan", "hit Hassan as he left"). A strike or a blow "hits" a
    firm or a person in words ("the strike hit Ford"), so only a weapon's noun as subject counts."""
    if token.dep_ != "dobj" or token.ent_type_ not in {"", "PERSON", "ORG"} or not token.is_title:
        return False
    if not _WEAPON_LANDING_VERBS.intersection(verb_lemmas(token.head)):
        return False
    subject = _subject(token.head)
    weapons = lexicon.aircraft | lexicon.weapons_tests.tested_weapons | _GROUND_FIRE
    if subject is None or subject.lemma_.lower() not in weapons:
        return False
    words = entity_of(token) or token.doc[token.i : token.i + 1]
    name = _fold(words.text)
    return (words.end == token.i + 1 and name not in _namesakes() and gazetteer_country(name) is not None
            and name not in load_place_lexicon().eponyms and not _told_of_with_a_possessive(token)
            and not names_organisation(list(words), load_actor_lexicon()) and not _reads_as_a_person(token, words))


def _told_of_with_a_possessive(name: Token) -> bool:
    """A "his" or "her" after the name in its sentence ("a bomb hit Kennedy as his motorcade passed"):
    a town struck is no one's "his"; the possessive may be another's, but a weapon's object so told of
    is left to the tagger's label."""
    return any(word.lower_ in {"his", "her"} for word in name.doc[name.i + 1 : sentence_of(name).end])


def _given_name_called_a_place(token: Token, lexicon: TriggerLexicon) -> bool:
    """A one-word name the tagger called a place that an armed party attacks as a person ("gunmen
    attacked Laila outside her home", "attacked Salem, who was driving"): given names are towns too.
    A land or capital the actor lexicon knows ("attacked Kabul") stays a place."""
    return (token.pos_ == "PROPN" and len(entity_of(token) or [token]) == 1 and _site_object(token, lexicon)
            and normalise_tokens([token], load_actor_lexicon())[0] is None and _written_as_a_person(token))


def _named_before_region_noun(noun: Token) -> bool:
    """A region or settlement noun with the place's proper name compounded before it ("Mocimboa da Praia
    town", "Cabo Delgado province"): the phrase names the place, not a party."""
    return noun.lemma_.lower() in _PROVINCES and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts)


def _town_of_several_words(token: Token) -> bool:
    """The whole entity, or the unlabelled name the parser compounds, is a gazetteer town of several words
    and no organisation the actor lexicon knows ("El Fasher", not "Al Shabaab")."""
    entity = entity_of(token)
    name = _compounded_name(token) if entity is None else entity if token.ent_type_ == "ORG" else None
    if name is None or len(name) < 2 or names_organisation(list(name), load_actor_lexicon()):
        return False
    return gazetteer_country(_fold(name.text)) is not None


def _town_of_several_words_called_a_person(token: Token) -> bool:
    """The last word of a gazetteer town of several words that the tagger calls a person ("militants
    attacked Tal Afar", "Khan Sheikhoun", "Bahir Dar"): Arabic and Amharic town names read as a given
    name and a surname, but people's full names are seldom a town's, so the whole name in the gazetteer,
    in one land only (not "Santa Maria"), is the town. A person's signs win (:func:`_reads_as_a_person`:
    a title before it, "he" after it, the surname written again, upper-case copy)."""
    entity = entity_of(token)
    if token.ent_type_ != "PERSON" or entity is None or len(entity) < 2 or entity.end != token.i + 1:
        return False
    name = _fold(entity.text)
    return (name not in _namesakes() and gazetteer_country(name) is not None
            and not names_organisation(list(entity), load_actor_lexicon()) and not _reads_as_a_person(token, entity))


def _ground_object(token: Token, lexicon: TriggerLexicon) -> bool:
    """The object of a verb whose object is ground: "shelled Kharkiv", "took over Goma"."""
    if token.dep_ != "dobj":
        return False
    return bool(lexicon.ground_verbs.intersection(verb_lemmas(token.head))) or _takes_over(token.head, lexicon)


def _site_object(token: Token, lexicon: TriggerLexicon) -> bool:
    """The object of a verb that takes a site or a person alike ("raided Tubas", "attacked a
    journalist") done by an armed party: troops and gunmen raid towns, while hackers and tax inspectors
    raid and attack firms that bear a town's name ("attacked Nokia", "raided Hitachi")."""
    if not _site_verb_object(token, lexicon):
        return False
    subject = _subject(token.head)
    return subject is not None and normalise_tokens(phrase_tokens(subject), load_actor_lexicon())[1] in ARMED_SECTORS


def _site_verb_object(token: Token, lexicon: TriggerLexicon) -> bool:
    """The object of a verb that takes a site or a person alike ("attacked Huwara", "attacked a
    journalist"), whoever the subject is."""
    return token.dep_ == "dobj" and bool(lexicon.site_verbs.intersection(verb_lemmas(token.head)))


def _attacked_by_a_band(token: Token) -> bool:
    """The attack's subject is a plural noun or a crowd ("settlers", "dozens of settlers", "a mob of
    villagers"): bands of any party attack towns, while one person who "attacked Kenscoff over the
    gangs" attacks in words, often a person."""
    subject = _subject(token.head)
    if subject is None:
        return False
    band = _child(subject, "prep")
    member = _child(band, "pobj") if band is not None and band.lower_ == "of" else None  # "dozens of settlers"
    return any(word.tag_ in {"NNS", "NNPS"} for word in (subject, member) if word is not None) or is_crowd(subject)


def _takes_over(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'took over Goma': a verb of ``over_verbs`` with the particle "over"."""
    return verb.lemma_.lower() in lexicon.over_verbs and any(c.dep_ == "prt" and c.lower_ == "over"
                                                            for c in verb.children)


def _controlled(token: Token, lexicon: TriggerLexicon) -> bool:
    """What a party has or takes control of: "control of Goma", "control over Bakhmut"."""
    return (token.dep_ == "pobj" and token.head.lower_ in _CONTROLLED_PREPS
            and token.head.head.lemma_.lower() in lexicon.control_nouns)


def _described_name(name: Token, appos: Token, actor: Actor, actors: ActorLexicon) -> Actor:
    """'The Kachin Independence Army, an ethnic armed group': a name the dictionary does not know,
    described right after it, is what the description says (REB), not what its last word ("Army")
    would make it. A name the dictionary knows keeps its entry."""
    if names_organisation(phrase_tokens(name), actors):
        return actor
    country, sector = normalise_tokens(phrase_tokens(appos), actors)
    sector = body_of_post(appos, actors) or sector  # "Hector Oqueli, leader of the leftist party": POL
    if sector is None:
        return actor
    return actor.model_copy(update={"country": actor.country or country, "sector": sector})


#: Words that take a part of the people their "of" phrase names: "some of the soldiers", "many of its troops".
_PARTITIVES = frozenset({"many", "some", "most", "several", "few", "all", "both", "each", "half", "majority", "rest"})


def _counted_party(token: Token) -> Token:
    """A count of people stands for the people: "hundreds of settlers", "tens of thousands of students",
    "some of the soldiers".

    The count itself is a number, not a party; the "of" phrase it heads names who acted or was hit.
    A pronoun there ("13 of them") is left alone: it names no one by itself, and taking it as the
    party would give "them" the country of whoever is nearest.
    """
    while (token.ent_type_ in {"CARDINAL", "QUANTITY"} or token.like_num or vague_unit(token.text) is not None
           or token.lower_ in _PARTITIVES):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = _child(of, "pobj") if of is not None else None
        if counted is None or counted.pos_ == "PRON":
            return token
        token = counted
    return token


#: Types of talk and dealings between parties, which often take place on a third party's ground.
_VERBAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT"})
