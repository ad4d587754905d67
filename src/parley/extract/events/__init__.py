"""Events: who did what to whom, typed with PLOVER 2.0, with status, date, place and claimant.

One :class:`~parley.records.Event` per event mention. A trigger is a verb, verb phrase or event
noun found in the trigger lexicon (``data/event_triggers.json``: "release", "take hostage",
"truce"), which gives the PLOVER type and mode. Its arguments come from the dependency parse:
the subject (or passive agent) is the source, the object (or passive subject, or "of" phrase of
a noun) the target; both are normalised by :mod:`parley.extract.actors`. Status comes from the
governing words (:mod:`parley.extract.status`), the date from a DATE entity attached to the
trigger or its governing clause (:mod:`parley.extract.dates`), the place from a GPE/LOC/FAC
entity in a locative phrase, the claimant from the attributions.

Decisions, after FORMAT.md and the seed annotation:

* A governor that only frames another event ("offered to release", "demanded the release") is
  not an event of its own: the framed event carries the status. One that is an act in itself
  ("agreed to extend", "is investigating a claim that ... were killed") stays, and so does the
  framed event. A threat stands for what it threatens: the threatened act is not emitted.
* A release whose target lists parties of different countries ("60 Israeli hostages and 180
  Palestinian prisoners") gives one event per party, as the two releases are separate acts.
* A bare definite event noun ("the attack", "the truce") refers back to an event already
  mentioned and is not emitted again, unless the sentence tells it going ahead after all ("the
  strike was not called off", "the march went ahead despite a ban"); ambiguous nouns ("deal",
  "exchange") need an argument.
* An act a party holds by leave that someone lets go ahead ("allowed the march to go ahead",
  "permitted the demonstration to take place") is a mention of its own, planned (refused when the
  permission is withheld); an act of force let take place keeps the status its clause gives it.
* A negated trigger with an active subject is ``refused``; otherwise it is dropped. An act its
  governor says failed ("failed to reach agreement") or was kept from ("stopped protesters from
  marching": the protesters' act) counts as negated.
* Halting an attack is a ceasefire ("suspended attacks on soldiers", "stopped shelling the
  city": RETREAT ceasefire); the attack halted is not told as done.
* A light verb ("carried out the liberation of", "conducted raids") is no trigger: its object
  noun names the event, unless the pair is a phrase of its own ("stage strike").
* A noun restating its verb's event ("wounded two soldiers in a bomb attack", "agreed upon a
  pact") is not a second event; the verb takes the noun's mode.
* A meeting or visit is a consultation only between parties: a board that "met on Tuesday" alone,
  teams that "met in the final", tourists who "visited Petra", a man who "visited his mother", and
  "met the news with relief" consult no one (``consultations`` in the lexicon).
* An event noun of a meeting, cooperation, agreement, aid, withdrawal or deployment that its clause
  judges ("the withdrawal was a mistake", "the meeting was constructive"), or a cooperation or
  agreement whose standing changes or lapses ("cooperation has deepened", "the accord expired"), is
  talked about, not reported (``judged_nouns``); one ranked ("the first since 2016") or given a
  status ("talks are due to resume") stays. Visiting a thing that names no party, place or land
  ("visited a munitions factory") consults no one; "visited the country" does.
* A vow of a cooperative act is a promise (AGREE, the act offered); of a hostile act, a threat.
* A truce starting ("the ceasefire took effect at 7 a.m.", "came into force at midnight", "the truce
  will begin at dawn") is a mention even as a bare definite noun, with the start's status; one that
  only dates another act ("since the truce began") or is told in the plain present is not
  (``coming_into_force`` in the lexicon).
* Firms, investors, clubs and sports bodies that agree to buy, sign players or ban clubs make no
  event ("Amazon agreed to buy the studio", "UEFA banned the Russian clubs"); states doing the same
  do (``private_dealings``). So do a firm agreeing to pay a fine or a settlement, a board or shareholders
  approving a merger, a "sponsorship deal" or a union's "pay rise" (a term compounded on the object).
* A leader visiting troops, refugees or their camps (a plural common noun of a sector in
  ``unpolitical_visited``) cheers or comforts them, no consultation; visiting "the army", its chief or
  its headquarters still consults. A meeting "of shareholders" is no talks between parties.
* A headline's "X to do" ("Rebels to free 20 hostages", "Syrian rebels to release soldiers") drops the
  "is" of "is to": the act is planned, though not an act in a phrase of cause under it ("Gunmen to
  face trial over Kaduna kidnapping"). A report coming to light ("reports emerged that", "claims
  circulated that") leaves what it tells alleged, as "reports that" does ("news emerged" and
  "confirmed reports" do not); an impersonal "it was alleged that" is no accusation by anyone. An act
  dreaded ("residents fear an attack", "braced for an offensive", "fears of a raid") is hypothetical.
  A plan told in the past or disclosed by a speaker of another land ("Al-Shabaab planned to bomb the
  hotel", "Russia plans to attack Kharkiv, Zelensky said") is no threat: the act, planned. An act an
  inquiry takes as object ("an inquiry into the massacre") happened; a claim or a "whether" under
  inquiry is what is under investigation. Firms named after their land ("Qatar Airways") are BUS.
* War words in sport, markets, products and the arts name no act ("Senegal struck twice in the
  first half", "bombed out of the Asian Cup", "released a new phone"); in an article most of whose
  sentences tell sport, "Liverpool hit Chelsea" is play too. Fans, police, forces, a town a country
  strikes and a weapon keep the act ("fans attacked police in the second half").
* Verbs of heavy blows ("pounded", "pummelled", "battered", "crushed", "rained down") are an
  attack only where force shows: a weapon or an armed party doing it, or a weapon it is done with
  ("Russia pounded Kharkiv with drones"); rains, storms, teams, markets and voters do not. Crushing
  a protest, told without its means, is left to the words that tell them.
* Talking is a consultation only between political parties ("Blinken spoke with Wang Yi", "spoke to
  his Turkish counterpart"): talking to the press, troops, a crowd or kin, addressing a body
  ("spoke to parliament"), and calls among private people ("witnesses called the police") are not.
* Owning up to a fault is a concession (PLOVER CONCEDE) and the act owned up to is done: a fault
  admitted ("admitted responsibility", "acknowledged mistakes", "conceded that the raid was a
  mistake") or a harm of the admitter's own done to the unarmed or by mistake ("acknowledged that its
  troops had killed 11 civilians"); acknowledging a crowd, a duty, a loss or a strike on a foe, and
  admitting people ("admitted new members"), concede nothing (``admissions`` in the lexicon).
* A verb introducing a statement of fact takes its speech sense ("protested that ..." is ACCUSE;
  "insisted the unrest reflected ..." demands nothing).
* A place measured from a town ("a village 20 km north of Goma") is in the town's country; one measured
  from a country ("just south of Lebanon") is not placed. The land or province the writer sets a town in
  ("Gao, Mali", "the village of Kobe in Darfur") decides over a namesake abroad in the gazetteer; so
  does the land the article names ("in Ecuador", "Pakistan's Sindh province", "Spanish police"), not
  a party it names acting ("Russian troops shelled Pokrov"), unless it names the gazetteer's own country.
* Targets as CAMEO and PLOVER coders give them: an attack, curfew, protest, threat or aid with no
  one named is aimed at its place ("demonstrated in Nairobi" → KEN); an object that is a party's
  act is aimed at the party ("condemned the army's handling" → the army), unless a pronoun owns it.

* A town is looked up as the text spells it, not as the tokenizer cuts it ("Cap-Haitien", "Deir
  ez-Zor"), and under any transliteration of an inner Arabic article ("Deir el-Zor", "Ras al-Ain").
  A town the tagger calls a person is one right after "in" even when the dictionary holds its name
  ("in Goma"; not "near Gao"), and so is a rare name beside a weekday tagged a date ("in Turbat on
  Thursday"), but no month or holiday ("in Ramadan"). A festival, month of worship or military
  operation the tagger labels a place ("in Muharram", "in Lent", "in Operation Hadin Kai") is none,
  and a place hung on it is the act's ("arrested mourners in Muharram in Karachi"). An unlabelled
  town the parser cuts into compounds is read whole ("attacked Mocimboa da Praia", no Praia). A one-word
  town an armed party attacks or raids, unlabelled or tagged an organisation no lexicon knows, is the
  act's place ("militants attacked Bannu"); a person's label stands ("attacked Hassan") unless the
  article writes the same name as a place elsewhere ("residents in Beni said"; not after a word of
  regard, "confidence in Hassan") or, named only once, it is raided ("raided Jenin": no one raids a
  person by name), and a firm's object of hackers or inspectors stays one ("raided Hitachi"). A name
  apposed to a settlement noun is a place whatever its label or the gazetteer ("captured Rubaya, a
  mining town"), one apposed to a party's noun a person ("Layla, a village teacher"); an attacked
  town written with its province or land after it is the place, not the region ("shelled Mubi in
  Walikale territory"). A capital another land's town shares is set in that land when the article
  names it as the story's ("Tripoli", Lebanon), and a name the tagger cuts at a particle or a
  coordination is read whole ("Valle del Cauca", "Sistan and Baluchestan"). A region several lands
  share ("Kashmir", "the Jordan Valley", "Lake Chad") takes the one its own words ("Indian-administered Kashmir") or the
  article name as the story's, else none; the land's name inside it ("Jordan") names no land.
  A site named by its town ("shelled Saada prison", "in a Khan Younis hospital", "Kramatorsk's train
  station", "the Zaporizhzhia nuclear plant") stands in that town, the place when the sentence names
  no other; not when the name is a person's, a firm's, a country's or a party's ("Kennedy airport",
  "Toyota plant", "Al-Shifa hospital"), nor before a hotel or stadium, which bear other towns' names.
  A town written without the closing "h" of the gazetteer's spelling ("Ar-Raqqa", "Shabwa") is looked
  up with it, never the reverse ("Hannah").

* Upper-case wire text (archives such as MUC) defeats the model's entity labels, so there a date
  is read by pattern in the trigger's clause or sentence (not from the dateline), and a place only
  when the gazetteer (``data/event_places.json`` with the actor lexicon's countries and capitals)
  knows it or a place noun carries a name that is no English word ("USULUTAN DEPARTMENT", "THE
  TOWN OF SESORI"); "IN ADDITION", "IN CLASHES" give none.
* A word tagged a noun that heads a clause with its own subject ("a figure Israel disputes"), or
  has both a subject and an object ("Al-Shabaab fighters storm hotel in Mogadishu", a headline read
  as a run of nouns), is read as the verb it is; so is a headline's plural noun or verb at the root with
  an object whose capitalised first word the parser hung on it as a compound ("Army shells rebel
  positions in Idlib": "Army" is the subject). A headline verb hung inside a run of nouns that heads
  no clause (the root, or the object of "as": "Militants ambush convoy in Niger", "Two killed as army
  raids Jenin camp") is the verb when the noun before it agrees with it as a subject and names a
  party; each party's phrase stops at the verb. A noun phrase with a clause of its own ("Car bombs
  factory found in Idlib") stays one. A truce noun opening a headline with the infinitive of its
  start ("Truce to take effect at dawn", which the tagger may read as an imperative) is planned.

Limits: one sentence at a time (no cross-sentence argument filling except pronoun look-back for
actors; the article is read whole only to tell sport copy); light verbs are data, but verb-noun
compositions beyond the phrase list are not tried.
On upper-case text places and dates fall back to the nearest in the sentence when the parse
attaches none, and a town named for a person ("RODRIGUEZ") can still be taken for a place.

Package layout, lowest first: a module imports only from those above it in this list, and the stages
of reading an event run from the trigger to the assembly.

* ``_lexicons``: The trigger lexicon (data/event_triggers.json) read into typed classes, the Trigger
  record, and the preposition sets all stages share.
* ``_places``: The place gazetteer (data/event_places.json), the country a place name gives and the
  place a phrase names, with the two dependency look-ups they read by.
* ``_parse``: Reading the dependency parse for arguments: subjects (controlled, gapped, passive),
  the actor a token names, counted parties, and the verb lemmas every stage compares.
* ``_trigger_words``: Finding trigger words: verb, phrase and noun triggers, light verbs, labour
  strikes, and the tests that keep an event noun (its own arguments, a fixed preposition, a
  purpose).
* ``_trigger_senses``: A trigger's sense from what it acts on: background and setting nouns, what is
  moved, taken, blocked, cut or deployed, objects that rule a sense out, and the mode by means, weapon or
  handover (_verb_event).
* ``_triggers``: The trigger stage, find_triggers, with the uses it rules out: attacks in words,
  figurative (sport, markets, the arts), accidental, questioned or symbolic uses, and sport copy.
* ``_arguments``: Source and target of a trigger (_verb_arguments, _noun_arguments): inherited and
  controlled subjects, objects, passive agents, attackers of an instrument, parties between.
* ``_circumstances``: Date, place, mode and figures of an event, with upper-case wire text read by
  pattern and by the gazetteer.
* ``_announcements``: Announcements, threats and commitments, purposes and answered requests: acts
  told as said, promised or threatened.
* ``_parties``: Refining the parties: state forces and compatriots, domestic authorities and people,
  owners, holders and authors, protest targets, and places taken as targets.
* ``_assembly``: Assembling events: framing governors, restated and merged events, parties
  completed, and find_events, the entry point.
"""

from __future__ import annotations

from parley.extract.events._assembly import find_events
from parley.extract.events._lexicons import Trigger, TriggerLexicon, load_trigger_lexicon
from parley.extract.events._places import PlaceLexicon, gazetteer_country, load_place_lexicon
from parley.extract.events._trigger_senses import is_cyber_attack
from parley.extract.events._trigger_words import enacts_with_object, is_armed_strike, is_labour_strike
from parley.extract.events._triggers import find_triggers

__all__ = [
    "PlaceLexicon",
    "Trigger",
    "TriggerLexicon",
    "enacts_with_object",
    "find_events",
    "find_triggers",
    "gazetteer_country",
    "is_armed_strike",
    "is_cyber_attack",
    "is_labour_strike",
    "load_place_lexicon",
    "load_trigger_lexicon",
]
