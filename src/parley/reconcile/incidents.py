"""Event identity: reports of one real event become one incident, incrementally.

Method (feature-based, no model): each new report is compared only with incidents found through
two blocking indexes, (kind of event, day ± 3) and (kind of event, rare content word), then
scored against each candidate's profile: the counts of its days, places, actors' countries,
kinds of captive, figure values and content words. The score is a sum of log-odds-like terms:

* a prior per PLOVER type/mode (``data/type_priors.json``): a release or a truce rarely happens
  twice a day between the same parties; attacks are common, so they need more evidence;
* the day: equal days given by the text count for, days a day or more apart against; a day only
  guessed from the publication date counts little either way; a year or month given by the text
  ("in 2011") is a period, and a report dated by its text outside every period and day its
  candidate's reports give is another event (background is not today's news);
* a report told as a repeat ("attacked the village again", "another attack"), dated after every day of
  an incident none of whose reports is told so, is the next event, not that one (:func:`_repeat_score`);
* place, the actors' countries, the kind of captive ("hostages" vs "prisoners"): agreement counts
  for, disagreement against, and a reversal of roles (the releaser of one is the released of the
  other, as in the two halves of an exchange) strongly against;
* a shared figure value ("39 detainees" and "39 Palestinian women and children"), unless the two
  name different places (a small toll recurs between two attacks of one day); for captives,
  counts of the same kind of captive that all differ ("39 prisoners" and "33 prisoners") count
  against, as daily releases of one exchange differ in their numbers while reports of one release
  repeat it (a part named by nationality, "12 Thai workers", has no kind and is not judged so;
  casualty tolls, which grow and differ between reports, are not judged either);
* the cosine of the report's content words (IDF-weighted) with the incident's centroid;
* rare words of the report's document (all its reports' sentences, :func:`document_contexts`)
  that other documents of the incident share, weighted by their document IDF: reports of one
  incident often tell it in different sentences ("the Jesuits were shot" / "Ellacuria's killers").
  A word counts only when it is typical of the incident's documents (:data:`CONTEXT_SHARE`), so a
  large incident's union of words does not match everything of its period. Those rarest words are
  also block keys, so a follow-up weeks later is still a candidate.

Places are compared case-free, with the wire's "(CITY)" levels dropped, at two levels: the same
place (or a part of it) counts for, a city and its country (via the actor lexicon's countries and
capitals) is no evidence, two countries strongly against (see :data:`PLACE_SCORES`). A report placed
elsewhere whose article names none of its candidate's places, and which shares no rare name with it
but its own town's, counts further against (:data:`UNMENTIONED_PLACE`): two strikes in two towns on
one day each name their own town only.

The report joins the best incident scoring at least :data:`JOIN_THRESHOLD`, else opens its own.
Offers, demands and plans are kept apart from what happened (an offered release and the release
are different records). Nothing is recomputed: an incident's profile is updated when a report
joins, and the work per report is bounded by the block caps, so the cost grows linearly.

Limits: single pass and order-dependent (reports are fed in date order); no split or merge of
incidents already formed; towns the actor lexicon does not know have no country (no gazetteer);
reports restored from the store use their own sentence as context.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from parley.reconcile.reports import (
    Features,
    Report,
    content_words,
    country_of,
    features,
    is_country_name,
    load_data,
    place_relation,
    told_apart_or_running,
)

__all__ = ["JOIN_THRESHOLD", "Incident", "IncidentClusterer", "cluster_reports"]

#: Minimum score for a report to join an existing incident.
JOIN_THRESHOLD = 1.0
#: Days either side of a report's day searched for candidate incidents.
DAY_WINDOW = 3
#: At most this many incidents are kept per block key (most recent first), bounding the work.
BLOCK_CAP = 60
#: Content words of a report used to look up incidents beyond the day window.
RARE_WORDS = 3
#: Content words kept in an incident's profile (the most frequent), so comparisons cost the same as it grows.
PROFILE_WORDS = 200
#: Weight of the log-scaled delay of an undated report published after its incident (see _date_score).
LATE_REPORT_WEIGHT = 0.6
#: IDF above which a shared word is rare enough to count on its own (df ≈ n / 400 and rarer).
RARE_IDF = 7.0
RARE_BONUS_WEIGHT = 0.8
RARE_BONUS_CAP = 2.5
#: Shared rare words needed before they count (one shared rare word is often a typo or a common name).
RARE_MIN_SHARED = 1
#: Score of a figure value the report shares with its incident ("39 detainees" / "39 Palestinian women"), when
#: their places agree or one is not named. Reports placing an event in two towns get nothing from a shared
#: number: small tolls ("nine killed") recur between attacks of one day, so it is a coincidence there.
SHARED_VALUE = 1.0
#: Score of a report counting captives of a kind its incident counts too ("prisoners") with none of its counts.
COUNT_CONFLICT = -2.0
#: Score of a report whose text dates it to a period (a year, a month) that no text date of the incident falls in.
PERIOD_MISMATCH = -4.0
#: Document IDF above which a context word shared with another document of the incident counts.
CONTEXT_RARE_IDF = 5.5
CONTEXT_WEIGHT = 0.3
CONTEXT_CAP = 2.5
#: Share of an incident's other documents a context word must occur in to count.
CONTEXT_SHARE = 0.6
#: Member documents whose context words an incident keeps (bounding its profile).
CONTEXT_DOCS = 40
#: Rarest context words of a report used to look up incidents beyond the day window.
CONTEXT_RARE_WORDS = 3
#: Score of the closest relation of the report's place to the incident's (see reports.place_relation).
PLACE_SCORES = (("same", 1.0), ("country", 0.0), ("unknown", -1.0), ("apart", -3.0))
#: Score of a report placed elsewhere than its incident whose article names none of the incident's places:
#: two strikes of one day in two towns ("Rafah", "Deir al-Balah") share the day, the parties and the words
#: of any strike, and each article names only its own town; one event told with two place names
#: ("Soyapango", "San Salvador") is usually written with both somewhere in the article.
UNMENTIONED_PLACE = -2.0
#: Score of a report told as a repeat, dated after its candidate incident (see :func:`_repeat_score`).
REPEAT_SPLIT = -4.0
_NEVER = -1e9


@dataclass
class Incident:
    """One real-world event as reconstructed from its reports, with a profile for matching."""

    incident_id: str
    block: str
    realized: bool
    members: list[tuple[str, int]] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    exact_days: Counter[int] = field(default_factory=Counter)
    guessed_days: Counter[int] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    source_countries: Counter[str] = field(default_factory=Counter)
    target_countries: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    values: set[float] = field(default_factory=set)
    tokens: Counter[str] = field(default_factory=Counter)
    #: Reports told as a repeat of an earlier event ("attacked the village again").
    repeats: int = 0
    spans: Counter[tuple[int, int]] = field(default_factory=Counter)
    #: The context words of each member document (see :meth:`IncidentClusterer.add`); documents per word.
    contexts: dict[str, frozenset[str]] = field(default_factory=dict)
    context_counts: Counter[str] = field(default_factory=Counter)
    norm_cache: float | None = field(default=None, repr=False, compare=False)

    @property
    def size(self) -> int:
        """Number of reports in the incident."""
        return len(self.members)

    def add(self, key: tuple[str, int], f: Features, score: float, context: frozenset[str] = frozenset()) -> None:
        """Add a report and fold its features (and its document's context words) into the profile."""
        self.members.append(key)
        if context and key[0] not in self.contexts and len(self.contexts) < CONTEXT_DOCS:
            self.contexts[key[0]] = context
            self.context_counts.update(context)
        self.scores.append(score)
        if f.day is not None:
            (self.exact_days if f.exact_day else self.guessed_days)[f.day] += 1
        for counter, value in ((self.places, f.place), (self.source_countries, f.source_country),
                               (self.target_countries, f.target_country), (self.kinds, f.kind)):
            if value:
                counter[value] += 1
        self.values |= f.values
        self.repeats += f.repeat
        if f.span is not None:
            self.spans[f.span] += 1
        self.tokens.update(f.tokens)
        if len(self.tokens) > 2 * PROFILE_WORDS:  # keep the cost of a comparison bounded as an incident grows
            self.tokens = Counter(dict(self.tokens.most_common(PROFILE_WORDS)))
        self.norm_cache = None

    def day(self) -> int | None:
        """The incident's most reported day (days given by the text before guessed ones)."""
        days = self.exact_days or self.guessed_days
        return days.most_common(1)[0][0] if days else None


def _incident_id(key: tuple[str, int]) -> str:
    """A stable id from the first report's key, so re-runs give the same ids."""
    return "inc-" + hashlib.sha1(f"{key[0]}:{key[1]}".encode()).hexdigest()[:12]


def _prior(block: str) -> float:
    priors = load_data("type_priors.json")
    return float(priors.get(block, priors.get(block.split("/")[0], priors["default"])))


class IncidentClusterer:
    """Incremental clustering of reports into incidents.

    Feed reports with :meth:`add` (or :meth:`add_all`); read :attr:`assignments` (report key →
    incident id) and :attr:`incidents`. The result does not depend on Python's string hashing:
    sums over word sets are exact (``math.fsum``, the same in any order) and block lists are
    filled in a fixed order, so a re-run in another process gives the same incidents and ids.
    Existing incidents can be restored with :meth:`restore` so that new reports join clusters
    built in an earlier run.

        >>> clusterer = IncidentClusterer()
        >>> clusterer.add_all(reports)          # doctest: +SKIP
        >>> clusterer.assignments[("doc-1", 0)] # doctest: +SKIP
        'inc-3f2a...'
    """

    def __init__(self, *, threshold: float = JOIN_THRESHOLD) -> None:
        self.threshold = threshold
        self.incidents: dict[str, Incident] = {}
        self.assignments: dict[tuple[str, int], str] = {}
        self.scores: dict[tuple[str, int], float] = {}
        self._by_day: dict[tuple[str, bool, int], list[str]] = {}
        self._by_word: dict[tuple[str, bool, str], list[str]] = {}
        self._undated: dict[tuple[str, bool], list[str]] = {}
        self._df: Counter[str] = Counter()
        self._n = 0
        self._context_df: Counter[str] = Counter()
        self._context_docs: set[str] = set()

    # ------------------------------------------------------------------ public

    def add(self, report: Report, context: frozenset[str] | None = None) -> str:
        """Assign one report to an incident (joining or opening one); returns the incident id.

        ``context`` is the content words of the report's document around it (:func:`document_contexts`);
        reports of one incident often tell it in different sentences, so names shared by two documents
        ("Ellacuria", "UCA") link them when their event sentences share nothing. Without it, the
        report's own sentence is its context.
        """
        if report.key in self.assignments:
            return self.assignments[report.key]
        f = features(report)
        ctx = context if context is not None else f.tokens
        self._observe(f, report.key[0], ctx)
        rare_ctx = self._rare_context(ctx)
        best, best_score = None, _NEVER
        candidates = self._candidates(f, ctx)
        for candidate in candidates:
            score = self.score(f, candidate, doc_id=report.key[0], rare_context=rare_ctx, context=ctx)
            if score > best_score:
                best, best_score = candidate, score
        if best is None or best_score < self.threshold:
            update = _placed_incident_of_update(f, candidates, ctx, country_of(report.dateline), report.sentence)
            if update is not None:
                best, best_score = update, self.threshold
        if best is None or best_score < self.threshold:
            best = Incident(_incident_id(report.key), f.block, f.realized)
            self.incidents[best.incident_id] = best
            best_score = 0.0
        self._join(best, report.key, f, best_score, ctx)
        return best.incident_id

    def add_all(self, reports: Iterable[Report]) -> dict[tuple[str, int], str]:
        """Add reports in a stable order (day, document, index); returns their assignments."""
        ordered = sorted(reports, key=_order)
        contexts = document_contexts(ordered)
        return {r.key: self.add(r, contexts.get(r.key[0])) for r in ordered}

    def restore(self, incident_id: str, report: Report, score: float = 0.0) -> None:
        """Put a report back into an incident formed earlier (used when resuming from the store)."""
        f = features(report)
        self._observe(f, report.key[0], f.tokens)
        incident = self.incidents.get(incident_id)
        if incident is None:
            incident = Incident(incident_id, f.block, f.realized)
            self.incidents[incident_id] = incident
        self._join(incident, report.key, f, score, f.tokens)

    def clusters(self) -> Iterator[Incident]:
        """The incidents, largest first."""
        yield from sorted(self.incidents.values(), key=lambda i: (-i.size, i.incident_id))

    # ------------------------------------------------------------------ scoring

    def score(self, f: Features, c: Incident, *, doc_id: str = "",
              rare_context: Sequence[tuple[str, float]] = (), context: frozenset[str] | None = None) -> float:
        """How strongly the report with features ``f`` belongs to incident ``c`` (log-odds-like).

        ``rare_context`` is the report's document's rare words with their excess IDF
        (:meth:`_rare_context`); those another document of ``c`` shares count for the match.
        ``context`` is all the content words of the report's document (its own sentence's when not
        given), read for the incident's place names.
        """
        shared = _context_overlap(rare_context, c, doc_id)
        rare = self._rare_overlap(f, c)
        total = _prior(f.block) + _date_score(f, c) + _period_score(f, c) + _repeat_score(f, c)
        if total <= _NEVER / 2:
            return total
        place = _place_score(f, c)
        if (place < 0 and not _names_a_place_of(f.place, context if context is not None else f.tokens, c)
                and not self._shares_a_name(f, c, rare_context, doc_id)):
            place += UNMENTIONED_PLACE
        total += place + _actor_score(f, c) + _mode_score(f, c)
        if f.kind and c.kinds:
            total += 0.5 if f.kind in c.kinds else -3.0
        if f.values & c.values:
            total += SHARED_VALUE if place >= 0 else 0.0
        elif f.values and c.values and f.kind and f.kind in c.kinds:
            total += COUNT_CONFLICT
        return total + 3.0 * self._similarity(f, c) + rare + shared

    def _rare_overlap(self, f: Features, c: Incident) -> float:
        """Shared rare words (names of victims, places, groups: "Ellacuria", "FENASTRAS") count on their own.

        The centroid cosine dilutes them as an incident grows; each shared word whose IDF is above
        :data:`RARE_IDF` adds its excess, up to :data:`RARE_BONUS_CAP`.
        """
        excess = [self._idf(w) - RARE_IDF for w in f.tokens if w in c.tokens and self._idf(w) > RARE_IDF]
        if len(excess) < RARE_MIN_SHARED:
            return 0.0
        return min(RARE_BONUS_WEIGHT * math.fsum(excess), RARE_BONUS_CAP)

    def _shares_a_name(self, f: Features, c: Incident, rare_context: Sequence[tuple[str, float]],
                       doc_id: str) -> bool:
        """Whether the report shares a rare word other than its own place's with the incident, in its
        sentence or, with another document of the incident, in its article: a victim's name ("Galan")
        ties a report placed in the city to reports placed in its suburb, whatever towns they name."""
        own_place = content_words(f.place or "")
        if any(w in c.tokens and self._idf(w) > RARE_IDF for w in f.tokens - own_place):
            return True
        own_document = c.contexts.get(doc_id, frozenset())
        return any(c.context_counts[w] - (w in own_document) > 0 for w, _ in rare_context if w not in own_place)

    def _idf(self, word: str) -> float:
        return math.log((self._n + 1) / (self._df[word] + 1)) + 1.0

    def _similarity(self, f: Features, c: Incident) -> float:
        """Cosine of the report's IDF-weighted words with the incident's centroid."""
        if not f.tokens or not c.tokens:
            return 0.0
        dot = math.fsum(self._idf(w) ** 2 * c.tokens[w] / c.size for w in f.tokens if w in c.tokens)
        norm_f = math.sqrt(math.fsum(self._idf(w) ** 2 for w in f.tokens))
        if c.norm_cache is None:  # recomputed when the incident changes, not for every comparison
            c.norm_cache = math.sqrt(math.fsum((self._idf(w) * n / c.size) ** 2 for w, n in c.tokens.items()))
        norm_c = c.norm_cache
        return dot / (norm_f * norm_c) if norm_f and norm_c else 0.0

    # ------------------------------------------------------------------ blocking

    def _observe(self, f: Features, doc_id: str, context: frozenset[str]) -> None:
        self._n += 1
        self._df.update(f.tokens)
        if doc_id not in self._context_docs:
            self._context_docs.add(doc_id)
            self._context_df.update(context)

    def _context_idf(self, word: str) -> float:
        return math.log((len(self._context_docs) + 1) / (self._context_df[word] + 1)) + 1.0

    def _rare_context(self, context: frozenset[str]) -> list[tuple[str, float]]:
        """The context words rarer than :data:`CONTEXT_RARE_IDF` across documents, with their excess."""
        excess = ((w, self._context_idf(w) - CONTEXT_RARE_IDF) for w in context)
        return [(w, x) for w, x in excess if x > 0]

    def _rarest_context(self, context: frozenset[str]) -> list[str]:
        return sorted(context, key=lambda w: (self._context_df[w], w))[:CONTEXT_RARE_WORDS]

    def _rare(self, f: Features) -> list[str]:
        return sorted(f.tokens, key=lambda w: (self._df[w], w))[:RARE_WORDS]

    def _candidates(self, f: Features, context: frozenset[str]) -> list[Incident]:
        seen: dict[str, Incident] = {}
        keys: list[list[str]] = []
        kind = _kind(f.block)
        if f.day is None:
            keys.append(self._undated.get((kind, f.realized), []))
        else:
            keys += [self._by_day.get((kind, f.realized, f.day + d), []) for d in range(-DAY_WINDOW, DAY_WINDOW + 1)]
        keys += [self._by_word.get((kind, f.realized, w), []) for w in self._rare(f)]
        keys += [self._by_word.get((kind, f.realized, w), []) for w in self._rarest_context(context)]
        for ids in keys:
            for incident_id in ids:
                seen.setdefault(incident_id, self.incidents[incident_id])
        return list(seen.values())

    def _join(self, incident: Incident, key: tuple[str, int], f: Features, score: float,
              context: frozenset[str]) -> None:
        incident.add(key, f, score, context)
        self.assignments[key] = incident.incident_id
        self.scores[key] = score
        kind = _kind(f.block)
        if f.day is None:
            _push(self._undated.setdefault((kind, f.realized), []), incident.incident_id)
        else:
            _push(self._by_day.setdefault((kind, f.realized, f.day), []), incident.incident_id)
        for word in dict.fromkeys([*self._rare(f), *self._rarest_context(context)]):
            _push(self._by_word.setdefault((kind, f.realized, word), []), incident.incident_id)


def _placed_incident_of_update(f: Features, candidates: Sequence[Incident], context: frozenset[str],
                               filed_in: str | None, sentence: str = "") -> Incident | None:
    """The one placed incident a report naming no place can only be an update of, else None.

    A first toll often names no town ("Gunmen killed 12 people on Tuesday, the governor said", under an
    ABUJA dateline) and shares too little with the later, placed report ("... killed 15 in Kuje, Abuja")
    to score a join. It joins when it gives a count, its article's dateline names a known place and the
    article names no other country, and exactly one incident fits: of the same kind, told as done and
    counted, on the day its text gives, in that country, with no other mode and no actor of another side.
    Two fitting incidents (two attacks that day in the country) leave it on its own: the update could be
    of either. A toll told as another event ("In another action, ...", "again") or as a running total
    ("since 11 November") is no update. (Each condition was narrowed on the MUC-4 benchmark, where looser
    ones joined wrongly.)
    """
    if f.place is not None or not f.exact_day or f.day is None or not f.realized or not f.values:
        return None  # a toll ("killed 12 people"), not any mention of an attack
    if filed_in is None:
        return None  # no dateline naming a known place: where the toll was is not told
    if f.repeat or told_apart_or_running(sentence):
        return None  # "In another action, six were wounded", "800 wounded since 11 November": not that incident
    countries = {c for c in (country_of(w) for w in context) if c} | {filed_in}
    if len(countries) != 1:
        return None  # an article naming several countries does not say where its unplaced toll was
    fits = [c for c in candidates
            if c.realized == f.realized and _kind(c.block) == _kind(f.block) and c.places and c.values
            and f.day in c.exact_days
            and _mode_score(f, c) == 0.0 and _actor_score(f, c) >= 0.0 and countries & _countries_of(c)]
    return fits[0] if len(fits) == 1 else None


def _countries_of(c: Incident) -> set[str]:
    """The countries an incident's places name (a town the lexicon does not know names none), and its
    victims' countries."""
    return {country for country in (country_of(p) for p in c.places) if country} | set(c.target_countries)


def document_contexts(reports: Iterable[Report]) -> dict[str, frozenset[str]]:
    """Each document's context: the content words of all its reports' sentences."""
    sentences: dict[str, set[str]] = {}
    for report in reports:
        sentences.setdefault(report.key[0], set()).add(report.sentence)
    return {doc: frozenset().union(*(content_words(s) for s in texts)) for doc, texts in sentences.items()}


def _context_overlap(rare_context: Sequence[tuple[str, float]], c: Incident, doc_id: str) -> float:
    """Rare context words the report shares with another document of the incident, weighted by rarity."""
    if not rare_context or not c.context_counts:
        return 0.0
    own = c.contexts.get(doc_id, frozenset())
    others = len(c.contexts) - (doc_id in c.contexts)
    if others <= 0:
        return 0.0
    # A word counts when it is typical of the incident's documents, not in one of many: a large
    # incident's union of words would otherwise match any report of its period.
    needed = max(1.0, CONTEXT_SHARE * others)
    excess = math.fsum(x for w, x in rare_context if c.context_counts[w] - (w in own) >= needed)
    return min(CONTEXT_WEIGHT * excess, CONTEXT_CAP)


def _kind(block: str) -> str:
    """The PLOVER type of a block ('ASSAULT/targeted' → 'ASSAULT'): reports of one killing differ in mode."""
    return block.split("/", 1)[0]


def _mode_score(f: Features, c: Incident) -> float:
    """Two different modes named ('release' and 'ceasefire', 'abduct' and 'targeted') are two events;
    a mode named by one report only is no evidence either way."""
    if f.block == c.block or "/" not in f.block or "/" not in c.block:
        return 0.0
    return -5.0


def _push(ids: list[str], incident_id: str) -> None:
    """Add an id to a block list, keeping it short (most recent last)."""
    if incident_id in ids[-8:]:
        return
    ids.append(incident_id)
    if len(ids) > BLOCK_CAP:
        del ids[: len(ids) - BLOCK_CAP]


def _order(report: Report) -> tuple[int, str, int]:
    f_day = features(report).day
    return (f_day if f_day is not None else 10**7, report.event.doc_id, report.idx)


def _date_score(f: Features, c: Incident) -> float:
    """Days agree: for; apart: against; beyond the window only strong other evidence can join."""
    if f.day is None:
        return -0.5
    days = c.exact_days if (f.exact_day and c.exact_days) else (c.exact_days + c.guessed_days)
    if not days:
        return -0.5
    gap = min(abs(f.day - d) for d in days)
    both_exact = f.exact_day and bool(c.exact_days)
    if both_exact:
        return {0: 1.5, 1: -0.5, 2: -2.0}.get(gap, -3.0 - 0.05 * gap)
    if gap <= 3:
        return {0: 0.5, 1: 0.2, 2: -0.3, 3: -0.6}[gap]
    if not f.exact_day and f.day >= max(days):
        # An undated report published weeks after the incident: follow-ups (trials, condemnations)
        # rarely repeat the date, so the gap weighs little; the words must carry the match.
        return -0.6 - LATE_REPORT_WEIGHT * math.log1p((f.day - max(days)) / 3)
    return -2.5 - 0.05 * gap


def _period_score(f: Features, c: Incident) -> float:
    """Text dates that cannot meet: "in 2011" and "on November 24, 2023", or "in October" and "in 2011".

    Only periods longer than a day are judged here (two days are :func:`_date_score`'s), and only
    against dates the text gave; a publication day says nothing of when a background event was.
    """
    if f.span is None or not c.spans:
        return 0.0
    if f.span[0] == f.span[1] and all(first == last for first, last in c.spans):
        return 0.0
    meets = any(first <= f.span[1] and f.span[0] <= last for first, last in c.spans)
    return 0.0 if meets else PERIOD_MISMATCH


def _repeat_score(f: Features, c: Incident) -> float:
    """A report told as a repeat ("attacked the village again", "another attack"), on a day after every
    day of an incident none of whose reports is told so, is the next event, not that one: two attacks on
    one town two days apart share place, parties and words, and an undated report of the second is
    otherwise read as an update of the first. An incident told as a repeat itself gives no evidence."""
    if not f.repeat or c.repeats or f.day is None:
        return 0.0
    days = c.exact_days + c.guessed_days
    return REPEAT_SPLIT if days and f.day > max(days) else 0.0


def _place_score(f: Features, c: Incident) -> float:
    """Same place (or a part of it): for; a city and its country: no evidence; two countries: against.

    Places named differently with no country known for one ("Soyapango" and "San Salvador") count
    a little against: reports of one incident usually name it the same way.
    """
    if not f.place or not c.places:
        return 0.0
    relations = {place_relation(f.place, p) for p in c.places}
    for relation, score in PLACE_SCORES:
        if relation in relations:
            return score
    return PLACE_SCORES[-1][1]


def _names_a_place_of(place: str | None, context: frozenset[str], c: Incident) -> bool:
    """Whether a report placed in ``place`` names one of the incident's places: its article's content
    words hold all the words of one, or one of the two is a country (which holds the other whether or
    not the lexicon knows that town).

    A report placed in another town than its incident's may still tell the same event when its
    article also names the incident's town ("in Soyapango, on the edge of San Salvador").
    """
    if place is None or is_country_name(place):
        return True
    # a name of no content word ("El") cannot be looked for: no judgement
    return any(is_country_name(known) or content_words(known) <= context for known in c.places)


def _actor_score(f: Features, c: Incident) -> float:
    score = 0.0
    for mine, theirs, others in ((f.source_country, c.source_countries, c.target_countries),
                                 (f.target_country, c.target_countries, c.source_countries)):
        if not mine:
            continue
        if mine in theirs:
            score += 0.5
        elif mine in others:
            score -= 2.5  # roles reversed: the other half of an exchange, or a reprisal
        elif theirs:
            score -= 1.5
    return score


def cluster_reports(reports: Iterable[Report], *, threshold: float = JOIN_THRESHOLD) -> dict[tuple[str, int], str]:
    """Cluster reports in memory (nothing stored); returns report key → incident id."""
    clusterer = IncidentClusterer(threshold=threshold)
    return clusterer.add_all(reports)
