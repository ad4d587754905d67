"""Attributions: who says what (source, cue, content), and the claimant of any span.

An attribution follows the PARC / PolNeAR scheme: a *cue* (``said``, ``told``, ``according to``)
links a *source* (who says or thinks it, the whole noun phrase as written, appositives included)
to a *content* (the quote or paraphrase; a ``that`` complementiser belongs to the content; a quote
keeps its quotation marks). Candidates are read off spaCy's dependency parse, and a small trained
model (:mod:`parley.extract.attribution_model`) decides which verb and noun candidates are cues:

* every verb proposes the attribution its parse gives it: its subject as the source and, in
  order, its nearest clausal complement not cut off by a semicolon, its object, the object of a
  content preposition ("called for X", "complained about X"; the preposition joins the cue, but a
  manner noun after "with" is looked through to the that-clause the parser hung on it: "said with
  a laugh that ..."; a concession opening the clause, "said that while X claimed", stays in it), the
  host clause of a parenthetical ("..., the operator said, and ...") or of an "as" aside ("As
  the senator put it, ..."), or a quotation right after or right before it ('"Why?" the mayor
  asked'; before it also when the quotation is a sentence closed by its own full stop and the next
  one only signs it: '"..." The governor said.'; after it also past the verb's own adverbs and
  phrases when a colon opens it and no one else signs it: 'Hamas replied within hours: "..."', the
  cue running through the colon, as through a noun of saying the verb voices: 'issued a stark
  warning: "..."'), a speaker named after the verb of an unquoted
  clause ("..., reported Radio Dabanga")
  or of a question ('"Why?" asked the mayor') is the source, also where the parser joined the verb to
  the clause before as its second verb ("The deal is dead, reported the Tehran Times") and after
  a verb of warning with no subject ('"...," warned the WFP'); a speaker set off after its verb
  inside the clause it reports ("The offensive, said a Kurdish official, had stalled") is the source
  of the whole clause; a subject the parser made the verb's object ("said debris from a missile had
  injured ...") opens the clausal content; a subject-less verb ("... and added",
  "..., saying"; a gerund after a preposition, "since announcing", "in addition to claiming",
  "stopped short of blaming", whose person subject outranks a passive's agent: "was attacked by
  MPs after claiming") inherits the subject of the verb it hangs on, or of the clause before it when the
  parser hung it on the quotation it opens ('addressed parliament, telling lawmakers, "Russia ..."'),
  and one after a passive aside takes the name before it ("Kenyatta, asked about the raid, said");
  the subject of a passive cue is the one accused, asked or told, so it is no source ("Roof is
  accused of ...": the agent, if named, is), unless it still speaks ("he was quoted as saying";
  the outlet in "was quoted by Tass as saying" is no source) or speaks with an active verb joined
  to the passive one ("The army was forced to retreat and said ...": the army, not an agent); the
  that-clause of "was told by X that" is the content, wherever the parser hangs it; a
  passive verb of judging with an agent and no other content ("the truce was rejected by Hamas")
  reports on its subject, the content, and such a participle after a noun on that noun ("the
  proposal, rejected by Hamas, ...": kept by rule, the model never saw it), unless the noun is a
  person, a place, or, after a verb with a deed sense too, no claim, document or count ("the
  appeal, dismissed by the court"); the infinitive of an adjective after a linking verb ("the
  army was quick to deny") is its subject's, and one hung on "it is" + adjective ("It is hard to
  say whether") has no source, "it" standing for the infinitive; an opening "Asked whether ...,"
  has none either, also where the tagger reads it as a past tense; nor is the subject of a verb of seeming ("the rebels
  appear to have withdrawn", "it seems"), whose judgement is the writer's; a quotation opening
  right after the verb is its content, not the phrase opening the sentence ('Visibly angry,
  the minister said, "..."'); a speaker set inside one clause ("What Kyiv needs, he said, is ...")
  reports the whole clause; and a writing named after "read" ('"...," read the statement') is the
  source of the quotation before it;
* a noun with a that/to clause or, when it has a possessor or agent, a content preposition
  proposes one too ("Trump's claim that", "a claim made by X that", "her criticism of X"), and so
  does a noun of saying or thinking before a linking "be" with a that/whether clause ("Erdogan's
  argument is that", "the hope has been that": the cue runs through "be"); a claim noun with a
  named source and a that-clause of its own is kept whatever the model says;
* a fronted "in" phrase naming an opinion poll ("In a Gallup poll released Tuesday, 62 percent
  said ...") attributes the rest of its clause to the poll, unless that clause is a passive no one
  polled did ("the question was worded differently"), and "in X's view" the clause it hangs
  on to ``X``, unless a person's view is a sight ("In the photographer's view, tanks rolled
  past"); an attitude after a relative pronoun ("diplomats, who are wary of the plan") is the
  pronoun's, as a verb's is; so is a quotation a colon opens after an adjective of how a person or
  group speaks ('the envoy was blunt: "..."'), unless another speaker signs it;
* source prepositions (``according to X``, ``in the words of X``) attribute the rest of their clause to ``X``, and a
  description set off after ``X`` ("according to Airwars, a London-based monitor, ...") is part of
  the source, wherever the parser hangs it;
* a source's quotation marks and brackets pair up (a title is taken whole, a bracketed aside is
  left out), and a quantifier floated before the verb ("have both denied") belongs to the cue;
* a source ends on the speaker: a time or medium phrase the parser hung on its end ("Police in
  Karachi on Sunday said", "the minister on state television said") is left out, and a hyphenated
  name the tokenizer broke ("Har-Even told": cue "Even told") is whole again;
* a quotation that continues after the attribution (``"A," she said. "B."``, also past a telling
  verb's addressee: ``"A," she told the crowd, "B."``) extends the content to the end of the
  continuing quote, as PolNeAR covers discontinuous contents with one span;
* a quotation signed by a dash and a name (``"..." ― Name``, reader comments, epigraphs) and a
  paragraph opening with a speaker label (``Name: ...`` in headlines and transcripts) are kept
  by rule: the dash or colon is the cue. Labels that are page furniture ("Editor's note:"),
  headings without a named entity, place-name list headings and numeric results are not speakers;
* a Title Case headline whose cue verb the tagger reads as a name ("Senator X Praises Y Deal")
  is kept by rule: the name opening the line is the source, the rest of the line the content;
* of two kept candidates whose cues nest ("continued" and "continued to call for"), the longer
  cue is kept;
* a report relayed by another ("X killed 12, the ministry said, according to state media") ends
  before the relay, which keeps the wider record; a Title Case quotation after a verb of making a
  work ('who wrote "The Long War"') is a title, no attribution; a gerund right after "footage of
  X" is X's ("footage of the commander asking for ..."), not the outlet's; an opinion poll named
  after its clause ("..., in a Gallup poll") finds that clause; "was quoted by Tass as saying"
  gives one record, the "saying" one.

:class:`ClaimantResolver` turns attributions into claimants for figures and events: the source of
the narrowest attribution whose content covers the span, with pronouns resolved to the nearest
preceding compatible named source (a deliberately simple rule, documented at
:meth:`ClaimantResolver.claimant_for`), a source cut to its name ("Bassem Naim, a senior
official" -> "Bassem Naim", "the Islamist movement Hamas" -> "Hamas", "the report, published by
Amnesty" -> "Amnesty"), and no claimant for a time apposition that is the reporter's background
("on Friday, the first day of a four-day truce"). An "in" frame's holder or poll ("In Moscow's
view", "In a Gallup poll") claims its clause as "according to X" does; a view a wider attribution
reports ("In Tehran's view, ..., state media said") is that speaker's claim.

Limits: quotes running over several paragraphs are not joined; a tweet signed without quotation
marks ("... — Name (@handle) date") is not attributed; the parse decides content boundaries, so a
misattached phrase is cut off or included; pronoun resolution knows nothing of gender, only
person versus organisation; the model has seen US political news only.

Package layout, lowest first: a module imports only from those above it in this list, and an
attribution is read from its cue to the claimant it gives.

* ``_lexicon``: The cue lexicon (data/attribution_cues.json) read once into _Lexicon, and the tags,
  dependency sets and quotation marks all stages share.
* ``_spans``: Character spans of sources and contents: _Found (one attribution found), trimming,
  subtree and source ranges, relative-clause cuts, quotation pairs, sources whose marks pair up,
  sources cut to the speaker (no trailing time or medium phrase, hyphenated names whole).
* ``_cue_verbs``: Cue verbs and their edges (_is_cue_verb, _cue_range, channels, joined words),
  speakers the parse tells (passive, fronted, folded, apposed, closing, set in the clause, before
  a passive aside), the host clause of a parenthetical, and reports set against another.
* ``_verb_content``: What a cue verb reports and who says it: _subject, the content clause, object
  or preposition (_verb_content), questions asked, tolls, "as" asides, quotations before or after
  the verb and the speakers they name.
* ``_candidates``: Verb and noun candidates (_verb_candidate, _noun_candidate): voiced, copular and
  light-verb nouns, headline passives, contrasted reports, rejoinders, and the clause a candidate
  stays within.
* ``_source_prepositions``: Source prepositions ("according to X") attributing the rest of their
  clause to X, and the asides they open.
* ``_quotes``: Quotes across sentences: a quotation continuing after the attribution extends its
  content to the end of the continuing quote.
* ``_labels``: Attributions kept by rule: bylines (a dash and a name), speaker labels, attitude and
  copular nouns ("a critic of"), "made clear", "in" frames (a poll, a possessor's view), and Title
  Case headlines.
* ``_repairs``: Repairs after the model's decision: a relayed report's content ending before the
  relay, quoted titles, speakers shown in footage, a "was quoted by X as saying" frame.
* ``_find``: The public API: scored_verb_candidates (the cue model's candidates, for training too)
  and find_attributions, with preposition candidates, split quotes, physical (not verbal) acts,
  editorial notes, overlapping and nested cues, and _span.
* ``_claimants``: ClaimantResolver, the claimant of a span: the source of the narrowest attribution
  covering it, pronouns resolved to a named source, names cut to their core.
"""

from __future__ import annotations

from parley.extract.attributions._claimants import ClaimantResolver
from parley.extract.attributions._find import find_attributions, scored_verb_candidates
from parley.extract.attributions._labels import _is_title_case
from parley.extract.attributions._spans import _Found

__all__ = [
    "ClaimantResolver",
    "_Found",
    "_is_title_case",
    "find_attributions",
    "scored_verb_candidates",
]
