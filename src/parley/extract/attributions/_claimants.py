"""ClaimantResolver, the claimant of a span: the source of the narrowest attribution covering it,
pronouns and "the ministry" resolved to a named source, names cut to their core.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parley.extract.actors import load_actor_lexicon, name_rest, reporting_subject
from parley.extract.attributions._lexicon import _CLAUSES, _NO_ONE, _SUBJECTS, _Lexicon, _lexicon
from parley.extract.attributions._source_prepositions import _names_an_instrument
from parley.extract.attributions._spans import _relative_antecedent, _relative_cut
from parley.extract.events import load_trigger_lexicon
from parley.extract.nlp import doc_text, entities, entities_in, preposition_objects, sentence_of
from parley.records import Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


class ClaimantResolver:
    """Who claims a span of the text, read off the document's attributions.

    >>> from parley.extract.attributions import find_attributions
    >>> from parley.extract.nlp import load_nlp
    >>> doc = load_nlp()("Police said 12 people died. They added that 3 were children.")
    >>> resolver = ClaimantResolver(doc, find_attributions(doc, "d"))
    >>> resolver.claimant_for(44, 45)
    'Police'
    """

    def __init__(self, doc: Doc, attributions: Sequence[Attribution]) -> None:
        self.doc = doc
        self._lex = _lexicon()
        cues = [(a, *self._read_cue(a)) for a in attributions]  # each cue read once
        # who does not say claims nothing: "The army did not say how many soldiers had been killed"
        self.attributions = sorted(
            (a for a, lemma, negated in cues if self._is_claim(a, lemma) and not negated),
            key=lambda a: a.content.end - a.content.start,
        )
        # A denial claims no figure, but a denied act is the denier's ("Israel denied that its forces
        # struck the hospital"). A later pronoun may stand for the source of any attribution ("the
        # army denied ..., although he admitted ...").
        self._denials = sorted(
            (a for a, lemma, _ in cues if lemma == "deny"), key=lambda a: a.content.end - a.content.start
        )
        self._sources = [a.source for a in attributions if a.source is not None]
        # what each source reports: a name inside it is talked about, not a later pronoun's speaker
        self._reported = [(a.source.start, a.content.start, a.content.end) for a in attributions if a.source]

    def _is_claim(self, attribution: Attribution, lemma: str | None) -> bool:
        """Speech and estimates give claimants; attitudes ("agreed to", "defended") do not. An "in"
        frame ("In the army's assessment, ...", "In a Gallup poll, 62 percent ...") gives one as
        "according to" does: the view's holder or the poll tells what the clause says."""
        if tuple(attribution.cue.text.lower().split()) in self._lex.source_preps:
            return not self._cites_an_instrument(attribution)
        return lemma in self._lex.claim_verbs or lemma in self._lex.toll_revisers or self._is_in_frame(attribution)

    def _cites_an_instrument(self, attribution: Attribution) -> bool:
        """"According to the Geneva Conventions": a law is no claimant of what its clause says."""
        source = attribution.source
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand") if source else None
        return span is not None and _names_an_instrument(span.root)

    def _is_in_frame(self, attribution: Attribution) -> bool:
        """The cue of an "in" frame (attributions._labels._in_frame_candidates): "in" before a poll
        or survey, or a noun of judging right after "in" ("in Moscow's view"); the same nouns as
        cues of anything else ("their view that ...") are read as nouns are."""
        cue = self.doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
        if cue is None or len(cue) != 1:
            return False
        word = cue[0]
        if doc_text(self.doc)[: attribution.content.end].rstrip().endswith("?"):
            return False  # "In your view, were 50 people killed?": a question claims nothing
        if word.lower_ == "in":
            return any(c.dep_ == "pobj" and c.lemma_.lower() in self._lex.poll_nouns for c in word.children)
        return (word.lemma_.lower() in self._lex.viewpoint_nouns and word.dep_ == "pobj"
                and word.head.lower_ == "in")

    def _read_cue(self, attribution: Attribution) -> tuple[str | None, bool]:
        """The lemma of the cue's (last) verb, and whether the cue is negated ("did not say")."""
        cue = attribution.cue
        span = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if span is None:
            return None, False
        verbs = [t for t in span if t.pos_ == "VERB"] or list(span)
        negated = any(t.dep_ == "neg" or any(c.dep_ == "neg" for c in t.children) for t in span)
        return str(verbs[-1].lemma_.lower()), negated or self._source_names_no_one(attribution)

    def _source_names_no_one(self, attribution: Attribution) -> bool:
        """"No group has claimed responsibility", "Nobody said ...": a source that is no one claims nothing.

        Read on the source as stored, a string; ``_verb_content._names_no_one`` reads the same on a
        parsed subject."""
        if attribution.source is None:
            return False
        words = attribution.source.text.lower().split()
        return bool(words) and (words[0] in _NO_ONE or (words[0] == "no" and len(words) > 1))

    def claimant_for(self, start: int, end: int, *, denied: bool = False) -> str | None:
        """The claimant of the characters ``start:end`` (a figure, an event trigger), or None.

        The narrowest attribution whose content covers the span gives it. Its source is
        returned as written, with these rewrites:

        * a pronoun ("he", "they") becomes the nearest named source before it, a PERSON for
          he/she and anything but a PERSON for they/it, taken from earlier attributions' sources
          (a name set as a subject after that source wins, unless the source reported it: "the air
          force said Russia launched 96 drones. It said ..." is the air force), else for they/it
          from a body that was a recent clause's subject ("The health ministry in Gaza gave the toll
          as 112. It said ..."), else from the named entities before it, else for they/it from an
          earlier source the tagger left untagged ("Human Rights Watch");
        * "the ministry", "the army" (a body by its head noun alone) becomes the nearest earlier
          source with the same head ("Sudan's health ministry");
        * a source naming a person with a title or apposition ("Ministry spokesman Majed
          al-Ansari", "Ukraine's commissioner, Dmytro Lubinets") becomes the person's name;
          "the ministry's figures" becomes "the ministry".

        * a possessor's "'s" is dropped ("In Moscow's view" gives "Moscow"), and a possessive
          pronoun ("In his view") is resolved as "he" is; one naming no one gives way to a wider
          attribution ("In its view, ..., the monitor said" is the monitor's);
        * a name the tagger calls a person that only places the speaker ("the hospital director in
          Khan Younis") is no person's name: the source stays whole.

        None when no attribution covers the span (the article says it in its own voice) or none that
        covers it has a source: a sourceless one ("is believed to have killed 15,000, according to UN
        experts") leaves the span to a wider one that names who says it. A denial gives the claimant
        only of what is ``denied`` (an event whose status says so), never of a figure.
        """
        if self._in_background(start, end):
            return None
        for attribution in [*self.attributions, *(self._denials if denied else [])]:
            content = attribution.content
            if content.start <= start and end <= content.end and attribution.source is not None:
                name = self._name(attribution.source)
                if name == attribution.source.text and self._is_possessive_pronoun(attribution.source):
                    continue  # "In his view, ..., the witness said": "his" naming no one, the witness
                if self._is_view_reported(attribution):
                    continue  # "In Tehran's view, the deal is dead, state media said": state media's
                return name
        return None

    def _is_view_reported(self, attribution: Attribution) -> bool:
        """A view frame ("In Tehran's view") inside what a wider attribution says ("..., state media
        said"): the speaker who reports the view is who vouches for the clause, as the teller of an
        "according to" aside is; a view standing in the article's own voice keeps its holder."""
        cue = attribution.cue
        return self._is_in_frame(attribution) and cue.text.lower() != "in" and any(
            other is not attribution and other.source is not None
            and other.content.start <= cue.start and cue.end <= other.content.end
            for other in self.attributions)

    def _is_possessive_pronoun(self, source: Span) -> bool:
        """A source that is a possessive pronoun alone ("In his view", "In our assessment"): when
        it names no one, a wider attribution's speaker is who it stands for, and with none the
        span is left unclaimed rather than claimed by "his"."""
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        return span is not None and len(span) == 1 and span[0].tag_ == "PRP$"

    def _in_background(self, start: int, end: int) -> bool:
        """The span lies in a time apposition set off by a comma ("on Friday, the first day of a
        four-day truce, X said"): the reporter's background, not what the source reports."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token: Token = span.root
        while token.head.i != token.i:
            if token.dep_ in {"npadvmod", "appos"} and token.ent_type_ in {"DATE", "TIME"} and not (
                    token.like_num and token.n_lefts + token.n_rights == 0):  # "Maria Kovalenko, 34,": an age
                before = token.left_edge.i - 1
                if before >= 0 and self.doc[before].text == ",":
                    return True
            if token.dep_ in _CLAUSES or token.pos_ in {"VERB", "AUX"}:
                return False
            token = token.head
        return False

    def _name(self, source: Span) -> str:
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is None:
            return source.text
        if len(span) > 1 and span[-1].dep_ == "case":
            span = span[:-1]  # "In Moscow's view": the possessor is "Moscow", its "'s" no part of the name
        if len(span) == 1 and _pronoun_stands_for(span[0], self._lex) is not None:
            return self._antecedent(span[0]) or source.text
        if self._is_bare_body(span):
            fuller = self._earlier_same_body(span)
            if fuller is not None:
                return fuller  # "Sudan's health ministry said ... The ministry added ...": the one named before
            named = self._sole_named_organisation(span)
            if named is not None:
                return named  # "UNHCR said ... The agency said ...": the one body the article just named
        if len(span) == 1 and span[0].tag_ in {"WDT", "WP"}:  # "the ministry, which said": the ministry
            noun = _relative_antecedent(span[0].head, span[0])
            if noun.i != span[0].i:
                span = self.doc[noun.left_edge.i : noun.right_edge.i + 1]
        roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
        described = _split_described_name(span) if len(roots) > 1 else None
        if described is not None:
            return described  # "The monitoring group ACLED said", parsed as two phrases: ACLED
        if len(roots) > 1 and roots[0].dep_ in _SUBJECTS and roots[0].pos_ in {"NOUN", "PROPN"}:
            # "COGAT, the Israeli body that ..., said": the parser made the apposition a second subject
            span = self.doc[roots[0].left_edge.i : roots[0].right_edge.i + 1]
        return (_short_name(span, self._lex) or span.text).strip()

    def _antecedent(self, pronoun: Token) -> str | None:
        """The nearest earlier named source compatible with a pronoun (the documented simple rule)."""
        wants_person = bool(_pronoun_stands_for(pronoun, self._lex))
        speaker = reporting_subject(pronoun)
        if speaker is not None and speaker.pos_ != "PRON":  # "sanctions on officials it accused of ...": the sanctioner
            phrase = self.doc[speaker.left_edge.i : speaker.i + 1]
            return _short_name(phrase, self._lex) or str(phrase.text)
        labels = {"PERSON"} if wants_person else {"ORG", "NORP", "GPE"}
        # a demonym or name that modifies a noun ("Russian officials") is no one a pronoun stands for
        named = [e for e in entities(self.doc) if e.end_char <= pronoun.idx and e.label_ in labels
                 and not (e.root.dep_ in {"amod", "compound"} and e.root.head.pos_ == "NOUN")]
        earlier = sorted((s for s in self._sources if s.end <= pronoun.idx), key=lambda s: -s.start)
        subject = _recent_subject(named, pronoun)
        for source in earlier:
            span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
            if span is None or (len(span) == 1 and span[0].pos_ == "PRON"):
                continue
            if _is_person(span, self._lex) == wants_person:
                if subject is not None and subject.start_char >= source.end and not self._is_reported(subject, source):
                    return str(subject.text)  # "the minister, Daud Aweis, gave another account. He said ..."
                nearer = _asked_before(named, span, pronoun, self._lex)
                if nearer is not None:
                    return str(nearer.text)  # "Sanders was asked ..., in which he said": Sanders, asked, says
                return _short_name(span, self._lex) or source.text
        body = None if wants_person else self._recent_body(pronoun)
        if body is not None:
            return body  # "The health ministry in Gaza gave the toll as 112. It said ...": no entity, no cue
        if named:
            return str(named[-1].text)
        return None if wants_person else self._untagged_source(earlier)

    def _is_bare_body(self, span: SpacySpan) -> bool:
        """"The ministry", "the army": a body named by "the" and its head alone, which takes up a body
        the article named in full before, as a pronoun would."""
        return (len(span) == 2 and span[0].lower_ == "the" and span[1].pos_ == "NOUN"
                and span[1].lemma_.lower() in self._lex.organisation_heads)

    def _earlier_same_body(self, span: SpacySpan) -> str | None:
        """The nearest earlier source with more words and the same head noun ("Sudan's health
        ministry" for "the ministry"), cut to its name; None when there is none."""
        lemma = span.root.lemma_.lower()
        for source in sorted((s for s in self._sources if s.end <= span.start_char), key=lambda s: -s.start):
            named = self.doc.char_span(source.start, source.end, alignment_mode="expand")
            if named is not None and len(named) > len(span) and named.root.lemma_.lower() == lemma:
                return (_short_name(named, self._lex) or named.text).strip()
        return None

    def _sole_named_organisation(self, span: SpacySpan) -> str | None:
        """The organisation a generic "the agency", "the organisation" or "the group" takes up: the
        one body named in the nearest sentence before it that names any ("The World Health
        Organization warned ... The organisation said"), or earlier in its own sentence. None when
        that sentence names two ("the WHO and UNICEF ... The agency said": either may speak), when an
        earlier phrase with the same noun ("a group of protesters") is nearer than the name, or when
        the noun is a specific kind ("the ministry") that only a body of its own name takes up."""
        lemma = span.root.lemma_.lower()
        if lemma not in _GENERIC_BODY_HEADS:
            return None
        bodies = self._bodies_before(span)
        if len(bodies) != 1:
            return None
        body = bodies[0]
        phrase = _core(self.doc[body.left_edge.i : body.right_edge.i + 1])
        source = next((s for s in self._sources if s.start <= body.idx < s.end), None)
        named = self.doc.char_span(source.start, source.end, alignment_mode="expand") if source else None
        if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in self.doc[body.i : span.start]) \
                or body.conjuncts or any(t.dep_ == "cc" for t in (named or phrase)) \
                or not _fits_generic_head(phrase, lemma):
            return None  # "IOM and UNHCR said ...": either may be "the agency"
        if source is not None:
            return self._name(source)  # the name as that source gives it ("Doctors Without Borders")
        return (_short_name(phrase, self._lex) or phrase.text).strip()

    def _bodies_before(self, span: SpacySpan) -> list[Token]:
        """The heads of the bodies named in the nearest sentence before ``span`` (within two
        sentences, its own included) that names any: a proper-noun subject that no entity calls a
        person or place, with its conjuncts, and any ORG name outside those subjects that modifies
        no noun ("according to OCHA"; not "UN aid convoys"). A name inside a subject ("the UN Office
        for the Coordination of Humanitarian Affairs (OCHA)") is that subject's, not a second body."""
        sentence = sentence_of(self.doc[span.start])
        for _ in range(3):
            window = self.doc[sentence.start : min(sentence.end, span.start)]
            heads = [t for t in window if t.dep_ in _SUBJECTS and t.pos_ == "PROPN"
                     and t.ent_type_ not in _NOT_BODY_ENTITIES]
            heads += [c for t in heads for c in t.conjuncts if c.i < span.start]
            for entity in entities_in(window):
                root = entity.root
                inside = any(h.left_edge.i <= root.i <= h.right_edge.i for h in heads)
                modifier = root.dep_ in {"amod", "compound"} and root.head.pos_ == "NOUN"
                if entity.label_ == "ORG" and not inside and not modifier:
                    heads.append(root)
            if heads or sentence.start == 0:
                return sorted(set(heads), key=lambda t: t.i)
            sentence = sentence_of(self.doc[sentence.start - 1])
        return []

    def _is_reported(self, name: SpacySpan, by: Span | None = None) -> bool:
        """The name lies in what a source (``by``, else any) reports ("the air force said Russia launched
        96 drones. It said ..."): the one talked about, not the speaker a following pronoun takes up."""
        return any(start <= name.start_char and name.end_char <= end and (by is None or source_start == by.start)
                   for source_start, start, end in self._reported)

    def _recent_body(self, pronoun: Token) -> str | None:
        """The subject of a clause in the pronoun's sentence or the one before whose head is a body
        that speaks ("The health ministry in Gaza gave the toll as 112. It said ..."), named by no
        entity the tagger found and by no cue; a body inside what a source reports is passed over."""
        window = sentence_of(pronoun).start
        if window > 0:
            window = sentence_of(pronoun.doc[window - 1]).start
        for token in reversed(self.doc[window : pronoun.i]):
            heads = self._lex.organisation_heads
            if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.lemma_.lower() not in heads:
                continue
            phrase = self.doc[token.left_edge.i : _co_subject(token).right_edge.i + 1]
            if not self._is_reported(phrase):
                return (_short_name(phrase, self._lex) or phrase.text).strip()
        return None

    def _untagged_source(self, earlier: Sequence[Span]) -> str | None:
        """For "it"/"they" with no compatible source and no name: the nearest earlier source that no
        PERSON entity names ("Human Rights Watch said ... It said ..."), which the tagger left untagged
        and :func:`_is_person` took for a person by its singular proper-noun head."""
        for source in earlier:
            span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
            if span is None or span.root.pos_ == "PRON" or _names_a_post(span.root):
                continue  # "the army's spokesman" is a person by his post, not by a guess
            if not any(ent.label_ == "PERSON" for ent in entities_in(span)):
                return _short_name(span, self._lex) or source.text
        return None


#: Heads of a generic "the agency", "the organisation", "the group": any organisation's, so a named
#: ORG of another head ("UNHCR", "Human Rights Watch") is what they take up; "the ministry", "the army"
#: name a kind of their own and take up only a body with that head (_earlier_same_body).
_GENERIC_BODY_HEADS = frozenset({"agency", "organisation", "organization", "group"})

#: Words of an agency's own name ("the UN Office for the Coordination of Humanitarian Affairs", "the
#: World Food Programme"): "the agency" takes up such a name or an acronym ("UNHCR", "AFP"), not a
#: seat of government or a body of another kind ("the Kremlin said ... The agency said": a news agency).
_AGENCY_NAME_WORDS = frozenset({"agency", "office", "programme", "program", "fund", "organization", "organisation",
                                "commission", "commissioner", "service"})


def _fits_generic_head(name: SpacySpan, head: str) -> bool:
    """Whether a named body may be what a generic head takes up: an organisation or group is any body,
    but "the agency" wants a name of an agency's kind or an acronym (see _AGENCY_NAME_WORDS)."""
    if head != "agency":
        return True
    return any(t.lower_ in _AGENCY_NAME_WORDS or (len(t.text) >= 2 and t.text.isupper() and t.is_alpha) for t in name)


#: Entity types of a proper-noun subject that is no body a generic "the agency" takes up: a person,
#: a country or place ("Israel said ... The group said" is not Israel), a nationality.
_NOT_BODY_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME"})


#: Possessive determiners that hold a view ("In his view, ..."), and whether each stands for a person.
_POSSESSIVE_PERSON = {"his": True, "her": True, "their": False, "its": False}


def _pronoun_stands_for(pronoun: Token, lex: _Lexicon) -> bool | None:
    """Whether a pronoun stands for a person (True) or a body (False); None for any other word. A
    possessive ("In his view", "In their assessment") stands for its holder as "he" or "they" would."""
    word = pronoun.lower_
    if word in lex.pronouns_person:
        return True
    if word in lex.pronouns_group:
        return False
    return _POSSESSIVE_PERSON.get(word) if pronoun.tag_ == "PRP$" else None


def _recent_subject(named: Sequence[SpacySpan], pronoun: Token) -> SpacySpan | None:
    """The last name in the pronoun's sentence or the one before that is a clause's subject, or set
    beside one ("Somalia's information minister, Daud Aweis, gave a different account"): the one a
    following "he said" most likely takes up, though no cue made it a source."""
    window = sentence_of(pronoun).start
    if window > 0:
        window = sentence_of(pronoun.doc[window - 1]).start
    for entity in reversed(named):
        if entity.start < window:
            return None
        root = entity.root
        subject = root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "appos" and root.head.dep_ == "nsubj")
        if pronoun.lower_ in {"it", "its"} and root.tag_ in {"NNS", "NNPS"}:
            continue  # "... 34,488 Palestinians have been killed. ..., but it says": "it" is no plural
        if subject and root.i < pronoun.i:
            return entity
    return None


def _asked_before(named: Sequence[SpacySpan], source: SpacySpan, pronoun: Token, lex: _Lexicon) -> SpacySpan | None:
    """A name after the nearest earlier source, in the pronoun's sentence or the one before, that
    was asked or told something ("Sanders was asked about their case ..., in which he said"): the
    one asked answers, though as the subject of a passive cue it is no source itself."""
    window = sentence_of(pronoun).start
    if window > 0:
        window = sentence_of(pronoun.doc[window - 1]).start
    for entity in reversed(named):
        if entity.start < max(source.end, window):
            return None
        verb = entity.root.head
        if entity.root.dep_ == "nsubjpass" and verb.lemma_.lower() in lex.verbs and verb.i < pronoun.i:
            return entity
    return None


def _is_person(span: SpacySpan, lex: _Lexicon) -> bool:
    """A source that names a person: a PERSON entity at its head, or a singular noun head that is
    not an organisation ("The Obama campaign" is no person: the name does not head it)."""
    names = entities_in(span)
    if any(ent.label_ == "PERSON" and ent.start <= span.root.i < ent.end for ent in names):
        return True
    if any(c.dep_ == "appos" and c.tag_ == "NN" and _names_a_post(c) for c in span.root.children):
        return True  # "Jean-Claude Mambo, a civil society leader": the tagger's ORG is a person by his post
    if any(ent.label_ in {"ORG", "NORP", "GPE"} and ent.root == span.root for ent in names):
        return False
    return span.root.tag_ in {"NN", "NNP"} and span.root.lemma_.lower() not in lex.organisation_heads


def _names_a_post(noun: Token) -> bool:
    """A common noun of a person's post ("spokesman", "minister"), not of a body ("army", "command")."""
    roles = load_actor_lexicon()
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma,) in roles.roles and lemma not in roles.bodies


def _short_name(span: SpacySpan, lex: _Lexicon) -> str | None:
    """The claimant's name out of a source as written; None to keep it whole.

    * "Ukraine's commissioner, Dmytro Lubinets": the named appositive;
    * otherwise the source is first cut before its appositive or relative clause ("Bassem Naim,
      a senior Hamas official"; "Israeli figures, dozens of whom are believed dead"), then a
      titled person ("Army spokesman Daniel Hagari") becomes the name, a proper noun after a
      common description ("the Islamist movement Hamas") the proper noun, and "the ministry's
      figures" the ministry.
    """
    root = span.root
    split = any(not span.start <= t.head.i < span.end for t in span if t.i != root.i)
    beside = any(c.dep_ == "appos" and c.i == root.i + 1 and c.is_title for c in root.children)
    described = _split_described_name(span) if split or beside else None
    if described is not None:
        # a source the parse left in two phrases ("The monitoring group ACLED"), or whose name it read
        # as a common noun set beside the description ("the group Doctors Without Borders")
        return described
    named = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > root.i]
    if named and not any(ent.label_ == "PERSON" and ent.start <= root.i < ent.end for ent in entities_in(span)):
        return str(_core(span.doc[named[0].left_edge.i : named[0].right_edge.i + 1]).text)
    core = _core(span)
    # a name the tagger calls a person but that modifies a common noun is no one ("the Azov brigade"),
    # nor is one that owns a body that speaks ("Mali's army", "Netanyahu's office", "Rubio's campaign")
    people = [ent for ent in entities_in(core) if ent.label_ == "PERSON" and ent[0].pos_ == "PROPN"
              and not (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN")
              and not (ent.root.dep_ == "poss" and _speaking_body(_compound_head(ent.root.head)))
              and not _owns_named_body(ent) and not _places_a_noun(ent)]
    if people:
        person = _titled_name(people[-1])
        while len(person) > 1 and person[0].text.endswith(".") and len(person[0].text) <= 6 and person[0].is_title:
            person = person[1:]  # "Maj. Gen. Pat Ryder": the rank's abbreviations are no part of the name
        return str(person.text)
    proper = _trailing_proper_name(core)
    if proper is not None:
        return proper
    root = core.root
    written = root.lemma_.lower() in load_trigger_lexicon().documents  # "the report, published by Amnesty"
    if written or root.lemma_.lower() in lex.figure_nouns or root.lower_ in lex.figure_nouns:  # "data": "datum"
        owners = [c for c in root.children if c.dep_ == "poss"]
        # "figures compiled by the UN", "data released by the ministry": the agent of the participle
        owners += [o for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if written:  # "a statement from the army"
            owners += preposition_objects(root, {"from"})
        if owners:
            owner = owners[0]
            return str(span.doc[owner.left_edge.i : owner.i + 1].text)
        makers = preposition_objects(root, {"by"})  # "estimates by aid groups"
        if makers:  # the whole name: "a study by Harvard and the University of California at Berkeley"
            return str(span.doc[makers[0].left_edge.i : makers[0].right_edge.i + 1].text)
        # "UN figures", "Health Ministry data": a name compounded with the figure noun owns it
        # ("Israeli figures" may be people, and an adjective is no owner)
        named = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ not in {"DATE", "TIME"}]  # "January figures" have no owner
        if named:
            owner = named[0]  # its own name, not the common nouns after it ("UN casualty figures")
            return str(span.doc[owner.left_edge.i : owner.i + 1].text)
    return str(core.text) if len(core) < len(span) else None


#: Prepositions that place a speaker ("the hospital director in Khan Younis", "a doctor at Nasser").
_PLACING_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})


def _places_a_noun(entity: SpacySpan) -> bool:
    """"The hospital director in Khan Younis", "a spokesman for the army in Goma": a name the tagger
    calls a person that only places a common noun is where the speaker is, not who speaks."""
    prep = entity.root.head
    return (entity.root.dep_ == "pobj" and prep.lower_ in _PLACING_PREPOSITIONS
            and prep.head.pos_ == "NOUN" and prep.head.i != prep.i)


def _owns_named_body(entity: SpacySpan) -> bool:
    """"Sri Lanka's Disaster Management Centre": a name the tagger calls a person that owns an
    organisation's proper name is the organisation's place, not a speaker; the source is the body."""
    owned = entity.root.head
    return entity.root.dep_ == "poss" and owned.pos_ == "PROPN" and owned.ent_type_ == "ORG"


#: Nouns of a person's own staff that speak for them: "Rubio's campaign", "Trump's aides".
_STAFF_NOUNS = frozenset({"campaign", "team", "aide", "aides", "camp"})


def _compound_head(noun: Token) -> Token:
    """The noun a compound modifier belongs to: "ministry" for "transport" in "transport ministry"."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _speaking_body(noun: Token) -> bool:
    """A body or staff that speaks in its own name ("army", "office", "campaign"), not a thing a person
    has ("Clinton's win", "Trump's performance")."""
    lemma = noun.lemma_.lower()
    common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower)  # "transport ministry", tagged a name
    return common and (lemma in _STAFF_NOUNS or (lemma,) in load_actor_lexicon().roles)


def _titled_name(person: SpacySpan) -> SpacySpan:
    """A person's name with the given names the tagger left out between it and a title:
    "Attorney General Tarek William Saab" is tagged "William Saab". Only names right after a role
    word are taken in, so "Foreign Secretary David Lammy" tagged "Lammy" stays "Lammy"."""
    doc, roles = person.doc, load_actor_lexicon().roles
    start = person.start
    while start > max(person.start - 2, 1) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].dep_ == "compound" and (doc[start - 1].lemma_.lower(),) not in roles:
        start -= 1
    if start == person.start or (doc[start - 1].lemma_.lower(),) not in roles:
        return person
    return doc[start : person.end]


def _trailing_proper_name(span: SpacySpan) -> str | None:
    """A capitalised name after a common description: "the Islamist movement Hamas" -> "Hamas"."""
    doc = span.doc
    last = span.end - 1
    first = last
    while first >= span.start and doc[first].pos_ == "PROPN" and doc[first].text[:1].isupper():
        first -= 1
    if first == last or first < span.start or doc[first].pos_ != "NOUN" or doc[first].text[:1].isupper():
        return None  # "Doctors Without Borders": a capitalised noun is part of the name
    return str(doc[first + 1 : last + 1].text)


def _core(span: SpacySpan) -> SpacySpan:
    """The source without the appositive or relative clause after its head noun."""
    span = _first_phrase(span)
    root = span.root
    cut = span.end
    for child in root.rights:
        if child.dep_ in {"appos", "relcl", "acl"} and child.i < cut:
            cut = child.left_edge.i
    comma = _relative_cut(root, cut)  # "the headquarters for prisoners, which said": hung on "prisoners"
    cut = comma if comma is not None else cut
    rest = name_rest(root)
    if rest and cut <= rest[-1].i < span.end:
        cut = rest[-1].i + 1  # "the Committee to Protect Journalists": a clause inside the name is the name
    while cut > span.start + 1 and span.doc[cut - 1].is_punct:
        cut -= 1
    return span.doc[span.start : max(cut, root.i + 1)]


def _first_phrase(span: SpacySpan) -> SpacySpan:
    """The source's first phrase, where the parser hung the apposition after it on the word beside the
    source rather than on its head ("according to the Syrian Observatory for Human Rights, a
    Britain-based monitor": a second object of "according"), so that the span has two heads. The
    apposition opens with a determiner and joins nothing; a list of speakers the parser gave two
    heads ("The family, protesters and civic leaders") stays whole."""
    doc = span.doc
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if len(heads) < 2:
        return span
    end = heads[0].right_edge.i + 1
    if not span.start < end < span.end - 1 or doc[end].text != ",":
        return span
    apposition = doc[end + 1 : span.end]
    if apposition[0].tag_ != "DT" or any(t.pos_ == "CCONJ" for t in apposition):
        return span
    return doc[span.start : end]


#: Small words inside an organisation's name ("Doctors Without Borders", "Save the Children").
_NAME_LINKS = frozenset({"of", "for", "without", "the", "and", "on", "in", "to", "-", "'s", "’s"})


def _split_described_name(span: SpacySpan) -> str | None:
    """The name after a common description in a source the parse split in two ("The monitoring group
    ACLED", "The Iran-backed group Hezbollah"): the capitalised words after the last lower-case noun
    before them, to the source's end; None when the source does not so end. A date after the noun
    ("the ministry Monday") is no name."""
    doc = span.doc
    for token in span[1:]:
        before = doc[token.i - 1]
        if before.pos_ == "NOUN" and before.is_lower and token.text[:1].isupper() \
                and token.ent_type_ not in {"DATE", "TIME"}:
            name = doc[token.i : span.end]
            if name[-1].text[:1].isupper() and all(_in_a_name(t) for t in name):
                return str(name.text)
    return None


def _in_a_name(token: Token) -> bool:
    """A word of a name: capitalised, a small linking word ("Doctors Without Borders"), or a particle
    hyphenated to the next word ("al-Qudra", "bin-Salman")."""
    doc = token.doc
    hyphenated = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and token.is_alpha
    return token.text[:1].isupper() or token.lower_ in _NAME_LINKS or hyphenated


def _co_subject(noun: Token) -> Token:
    """The name right after a subject that the parse made a second subject of the same verb ("The
    monitoring group ACLED published": "group" and "ACLED"), so the phrase taken up is the whole
    description and name; ``noun`` itself when there is none."""
    after = noun.right_edge.i + 1
    if after < len(noun.doc):
        name = noun.doc[after]
        if name.dep_ == noun.dep_ and name.head.i == noun.head.i and name.text[:1].isupper():
            return name
    return noun
