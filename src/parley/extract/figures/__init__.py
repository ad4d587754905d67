"""Figures: every number a reader would count on, read from a parsed spaCy ``Doc``.

A figure is a number expression (digits, number words, "1.2 million", "hundreds", ranges) with
the qualifier words around it ("more than", "about", "between ... and"), its unit (percent, a
currency, a time unit), the noun phrase it counts, a category (killed, released, duration...) and
the claimant the attribution stage finds for it. Conventions follow ``FORMAT.md``.

How: tokens are grouped into number expressions with the number lexicon
(:mod:`parley.extract.numbers`); dates, years, times of day, ordinals, phone numbers and labels
("Resolution 2334") are dropped using spaCy's entity types, the neighbouring tokens and the
parse; the counted noun is the ``nummod`` head (or the object of "N of ..."); the category comes
from cue words (``data/figure_categories.json``) on the verb or nominal that governs the counted
noun, falling back on the noun itself and then on the previous figure for partitive or elliptical
mentions ("30 of them", "125 from the primary school").

After "the", a count followed by a participle or adjective of what befell people stands for them, so
that word is counted ("six of the 11 wounded", "30% of the 2 million displaced"); the whole of such a
part keeps its own participle's category, or failing one the lot its noun names ("half of the 4,000
detainees" held). A bound after "be" told of a share of people is their age ("most of the victims
were under 18"), not after a plain subject ("the dead were under 50" may count them); a bare number set
off after a person is an age even when a word of time dates it ("Mr. Okafor, then 38, said"). A
bare whole number "be" takes after one person is that person's age ("the gunman was 22", "who was then 17",
"the youngest was 3"), never after people ("the dead were 20") or as a part ("she was one of 12 nurses");
so is one set off after "one of them" ("one of them, then 16,"), and a bound in months after a word for
infants ("babies under six months"). "One of the most violent" ranks, so it lends no counted noun to a
later bare count. A predicate "one" with an article and an adjective ("the truce was a fragile one") is
no figure, so no elliptical count reaches back to the last figure's noun through it. ISO codes that
also spell labels ("SDG 4", "ILS") name a currency only before a sum: a scale word or comma-grouped
digits after them ("SDG 787 million", "ILS 50,000").

Fractions and shares ("two-thirds", "one in five", "half the") are figures with their fractional value;
a share before an article counts what the whole after it counts, and that whole is read as after "of"
("half the 400 families fled": half displaced, the 400 other); a whole number and a fraction are one
number ("three and a half hours", "2 1/2", "one and a half million"); a factor is a figure without a
unit ("rose 30-fold", "a tenfold increase"); the size of a body ("a 2,000-strong force") is a count, and
"-plus"/"-odd" after a number qualify it. "A couple of" is two, approx ("a couple of hundred" 200); an
earthquake's magnitude is a reading with unit `magnitude` ("a 7.8-magnitude quake", "a magnitude 6.3
earthquake"), not a count of the quake.

Qualifier conventions: a written "about"/"around" wins over a verb of change ("up about 19
per cent" is approx, as in NewsQuant); a range of amounts of change is that change ("fell by 1 to
1.5 degrees" is down) but "from X to Y" stays a range ("fell from $2,415 to $2,315"), as NewsQuant
marks it three times in four; the level reached ("rose 5% to 164p") stays exact; a restatement in
other units inside parentheses or after "/" takes the qualifier of the figure it restates ("more
than 100 km (60 miles)"), and so does a change restated after ", or" ("lost 190 points, or 0.6%",
though NewsQuant dev marks that 0.6% once a change and once exact); "nearly"/"almost" is at_most
(the reports guide; NewsQuant writes approx, a known, accepted divergence). A phrasal particle
("gave up 517 yards"), money raised as funds ("raised $5 million") and a signed level ("was -5
yards") mark no change.

Scientific notation ("2.998×10^-8", "1.6×10−19", "6.02×10²³", "3 × 10^8") is read when the exponent
is marked ("^", "**", a sign, or superscript digits), so sizes and products ("1920x1080", "4x100",
"3x3") are not; "minus 40" is negative (but "plus or minus 3" is a positive margin).

People in care: those carried to or treated in a place of care for a wound, or for breathing an
irritant ("treated for tear gas inhalation"), are injured, though "taken" alone would seize them; for
a reason that is no wound ("for observation", "cholera patients") they are other. A count with no
noun of people alive in a stated condition or needing care ("another 14 are in critical condition",
"60 need treatment") is never the dead of the figure before: injured after violence, else other; and
one given a lot of its own ("a further 33 million have been affected") keeps no earlier category.

Where people shelter or stay tells displacement: in camps, collective centres, schools or churches, or
a country they took shelter in ("2 million have taken shelter in Poland"), they are displaced; in a
basement, bunker or metro station during a raid, or anywhere but such a place of refuge during a
clash ("sheltered in the library during the clashes"), they take cover (other); in tents only when they
are told to have fled a place or a danger ("living in tents after fleeing Khan Younis"). Ages are also
read from "as young as 12" after a word for people, and from "children under 5" before a verb the
tagger takes for a noun ("account for"); captives whose bodies are harmed ("eleven inmates were
affected by smoke") are injured, and the living "in hospital" after a toll are never its dead. A strike
staged or called by workers ("teachers staged two strikes") is a stoppage of work, not military.

People beaten, stabbed, clubbed or burned, told in the passive ("three reporters were beaten unconscious",
"seven inmates were badly beaten"), and people who lost a limb or their sight are injured, whatever their
noun counts (inmates held, marines military); things burned ("forty shops were burned"), people beaten
in a contest ("beaten in the runoff") and "beaten to death" or "burned alive" are not. A verb of doing
again ("rearrested", "recaptured") takes its stem's category, so a relative clause on its noun ("who were
released last year") is their past. A parent's "of N" ("Yusuf, a father of four, died") counts children,
other, and "the number of missing" a tally of the missing; a share of materiel ("95% of the missiles were
intercepted") is military, and a station ("14 polling stations") a place, not forces stationed. A
hyphenated "re-detained", split by the tokenizer and misparsed, is read off the "re" and "-" glued
before the verb. People shot, in the active as in the passive ("police shot 12 protesters"), are
injured; what "shoot" takes that names no materiel ("shot 12 scenes", "shot 40 deer") is no
military count. Care after a weapon or a fight that is no event noun ("tear gas", "the battle for the
airport", "heavy fighting", "a drone hit their frigate") is care for wounds.

Not figures, besides dates (with the two-digit year of a dateline, "6 FEB 89") and labels: places
in a ranking ("the bottom three"), zero-padded clock times and codes ("at 0945"), house numbers
("9 E 71st St"), tied scores ("ended 2-2"), the numbers of market index names ("S&P 500 futures",
"the ftse 100"), listed in ``figure_exclusions.json`` because they also open sentences and lose case.

Limits: one sentence at a time, except that "N of them" / "N were among them" with no figure
before may take the category of what the previous sentence's plural subject underwent; a number
written inside a word ("G7", "COVID-19", "sub-7") is never a figure; a result is told from a range
only after a verb of winning or losing or before a result noun ("won 3-2", "a 3-1 win"), so "a 3-2
majority" still reads as a range; a vote tally, the larger count first after a verb of deciding by
vote or with a vote noun ("passed the bill 220-207", "by a vote of 7-2", "a 5-4 ruling"), is two
figures; a sentence split by the parser inside "approximately 2.998×10−8"
loses the qualifier. A qualifier inside a range ("from up to 5 to 7"), a range nested in
a bound ("from 2 to 3-4 billion") and model numbers ("737 Max") are not handled: rules for them
found no support outside one dev sentence each.

Package layout, lowest first: a module imports only from those above it in this list, and a figure
is read from its number expression to the record assembled.

* ``_lexicons``: The figure lexicons (data/figure_qualifiers.json, figure_units.json,
  figure_exclusions.json, figure_categories.json) read once into _Lexicons, the entity and
  dependency sets all stages share, and _Expr, the number expression found.
* ``_expressions``: Finding number expressions (_expressions): digits and number words, scales,
  fractions and shares, factors, scientific notation, ranges and scores, and the unit words around
  them.
* ``_units``: The qualifier ("more than", "about") and unit of a figure: currencies named or implied
  by the article, temperatures, ages, and a change told by its verb or range (up, down).
* ``_exclusions``: What is not a figure (_is_excluded): dates and years, clock times, phone numbers,
  labels, ranks, market index names, addresses, measures and names with a number.
* ``_counted``: The counted noun (the nummod head, "N of ...", a pronoun's antecedent) and the
  category cued by the governing verb, nominal or phrase: harmed, taken, moved, held, tallied.
* ``_assembly``: Assembling Figure records: cues read around the number (surface, among, parsed),
  tallies and their claimants, restated figures, and find_figures, the entry point.
"""

from __future__ import annotations

from parley.extract.figures._assembly import find_figures

__all__ = [
    "find_figures",
]
