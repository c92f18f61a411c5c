"""The cue of a quoted span: the verb, marker or colon that attributes it, and the token naming its speaker.

For each span (:mod:`newsbrief.quotespans`) the cues are tried in this order (:func:`find_cue`); the first whose
speaker words could name a speaker (:func:`could_speak`: a name, a pronoun, a role or organisation word, any
noun with a person set off after it, "son attachée de presse, Kelsey Lund", or given an age, "un matelot de 34
ans") wins:

0. the source of the clause holding the quote, found up the parse before any speech verb: a document subject of
   a speech or document verb ("The summit declaration requires countries to submit plans showing a “credible
   path”"; "Two diplomats said the draft guidance would require … “a demonstrable purpose”"), the subject of a
   labelling verb in a free relative ("what developers call the “viability gap”", "what it calls": the noun "it"
   takes up), the owner of a claim noun ("Brightwater's suggestion that … a “message”"), taken whatever they are;
1. an incise right after the quote (« … », affirme X / a-t-elle ajouté / a déclaré à l'AFP X / s'est réjoui X /
   a réagi auprès de Libération X / a confié à franceinfo X, the name the parser joined to a lower-case medium /
   a dénoncé celle qui … / nous a confié X / lui a demandé X / "…," she said), or inside its marks (« …,
   dit-elle. … », « …, insiste X, le directeur. … »), or whose subject opens
   the words after the quote however long its apposition ("…," X, the department's assistant secretary for …,
   told reporters); a cue group of a modal or attitude verb and its infinitive is one incise, whatever the
   infinitive, with its subject inverted after the whole group (« … », veut croire X / a tenu à préciser Mme X /
   a voulu rassurer le maire / s'est voulu rassurant le directeur; a fait valoir M. X, en citant …: X, not what
   the gerund cites), past a complement and the whole name of the outlet it holds (a déclaré jeudi à France Info
   X / said in a statement the ministry's spokesman X);
2. a speech verb before the quote in its sentence (X a déclaré : « … », X affirme que « … », X qualifie Y de « … »),
   light-verb phrases included (a fait savoir X, fait-il valoir), also one an adjunct parts from its auxiliary
   (X a, pour sa part, salué « … »), and an infinitive a verb governs whose subject speaks through it (on se
   contente de rappeler que « … », la préfecture se borne à indiquer que « … »), not one in a relative clause on a
   fronted complement of the main verb ("Aux élus qui redoutent …, l'adjointe a opposé des chiffres : « … »"), nor
   one with a noun object of its own in a que-clause a speech verb reports (« ont fait savoir qu'ils ajouteraient
   un camion « … » »: the reporting verb is the cue); a speech
   participle qualifying a noun just before the quote speaks through its agent (« une réponse jugée
   « insuffisante » par X »), and with no agent is no cue ("Dans un communiqué publié mardi, X « salue … »"); a verb
   of commitment or restraint whose infinitive opens the quote is its subject's, ahead of a marker that only reports
   it ("Le wali s'est engagé, selon les syndicats, à « saisir … »"), unless a speech verb reports its clause;
3. a source marker (selon X, d'après X, pour X, par la voix de X, according to X, in her view); "d'après le
   communiqué du ministère" is the ministry; not one in a relative or subordinate clause opened after the quote
   ("X a mis en garde contre « … », qui pourraient, selon le parti, racheter …": X's words);
4. a speech verb later in the sentence ("…" was what X told reporters), or one closing the sentence with its
   subject inverted after a comma however far (« … » qui …, lors de …, a indiqué un porte-parole), or past an
   adjunct between commas (écrit ainsi, le 3 juillet 2023, le directeur …), even when the parser hangs it on a
   gerund after it (a écrit sur X le porte-parole, …, en visant …), though not on a finite verb ("said Ukraine
   needed");
5. a colon after a name or a clause whose subject could speak (X : « … »; X revendique une priorité : « … »; not
   the agent of a participle on a noun of the clause, "X a accepté la méthode suggérée par Y : « … »";
   X partage ce constat : à ses yeux, les partenaires « … »; not a name in a prepositional phrase, "sur BFM
   Business :"), after a person's name opening a clause with no finite verb ("X, président du collectif, joint
   par téléphone :"), after a verb the parser left without subject (the last person named before it, or a first
   name its age sets off: "Mathieu, 34 ans, technicien …, s'inquiète :", "Odile, 71 ans, …, reste partagée :"),
   or after a reaction noun (Réponse de X : « … »);
6. for a quote standing as a sentence of its own: the next sentence when it points back to it ("C'est en ces termes
   que X a conclu", "C'est par ces mots que X a ouvert", "La phrase revient dans la bouche de X"; not an infinitive
   with its own subject, "X expects the commission to concede", nor a verb with an infinitive content of its own,
   "La chambre dit avoir recensé …") or, after a quote opening its paragraph, that names who said, used or signed
   its words ("L'interpellation est signée X", "C'est le message qu'a voulu porter X", "X used that line"; in the
   next paragraph also « C'est ainsi que X a résumé … », "That was councillor X") or whose subject is a person
   ("« … » Assise dans son bureau, Claire Vasseur pèse chaque mot.", "« … » La syndique de Tafers, Ursula X, ne
   cache pas sa colère."; a name set off after a bare description or made the root by the
   parser: "Professeur de droit, X voit", "X, 71 ans, habite"; also when it quotes words of its own past its verb,
   with no colon announcing them: "« … » Me X, l'avocat de Y, a dénoncé une enquête qui « … »"), or, inside a
   paragraph, whose subject is a person it introduces (a name not given before, set off by its age or role); or the
   subject of the sentence before (the last person named before its verb when the parser left it without one; the
   source of a "Pour X," opening it when its subject cannot speak), also across a paragraph break when that sentence
   announces speech (a speech verb, "dans un entretien", a colon), though not a subject inside that sentence's own
   quote.
7. a quote holding the main verb of its sentence, with no speech verb or marker: the verb's subject, before the
   marks (Le syndicat, plus modéré, « prend acte » du vote).

A verb after the quote whose subject comes before the quote does not report it, nor one that names an action before
a to-infinitive ("had agreed to “conduct …”"); a passive speech verb speaks through its agent ("reconnue par
l'Église"), but an asking participle names who asked ("Interrogé par Le Figaro, X juge") and a quoting one the noun
it qualifies ("Un diplomate cité par l'AFP se montre peu optimiste :"); "told Reuters" never makes Reuters the
speaker, nor "said the GOP leadership had" the GOP; a name the parser hung on a clause before the verb is still its
subject ("Rep. X, one of the first lawmakers to sign …, said", "Her opponent, Alasdair Kerr, a list MSP seen as …,
said"); a second subject taken from an earlier subject's relative clause, or a verb taken for a subject, is not one,
nor the subject of a reported clause the parser made the root ("X a, de son côté, assuré que la situation « … »":
X); a subject reached through a conjunction agrees in number ("Le gouvernement assure que ses agents patrouillaient
… et exige"); a verb opened by a conjunction has no inverted subject, the noun after it is its object, and one the
parser coordinated to a noun shares the subject of the verb above it ("X a dit « prendre acte » de … et annoncé le
déploiement de « … »"); a speech participle or conjunct the parser hung on the clause another speech verb reports is
the reporter's ("X said the Coalition would oppose the bill, arguing …", "X told POLITICO that the law covers … and
warned"), and one qualifying what its subject spent is that subject's ("Ms Drummond had spent the campaign
insisting"); a speech verb of a reported clause does not report a quote in the clause coordinated to it, the verb
reporting both does ("He said the union had written … but had received “no meaningful response”": his words); a
relative clause only a person takes ("who") that the parser hung on a body or thing in the complement of a person's
noun phrase is that person's ("the witness, a former director at the commission, who had testified"); a labelling
verb the parser hung on its subject as a reduced relative is that subject's when the quote follows its object ("the
White House called Lindahl “…”"); a relative pronoun after an apposition takes up the name ("Thierry Massart, son
secrétaire général, qui dénonce"); the walk back to a speaker hops over a relative clause ("Une source …, qui a
requis l'anonymat, a affirmé"); a gerund clause opening the sentence is not its subject
("Opening the meeting, Minister of State X said"); a subject inside an earlier quote is never the speaker; a marker
that names no source ("selon ses moyens") is no cue. A subject the parser hung on the auxiliary is the verb's ("Les
dirigeants, réunis …, ont une nouvelle fois affirmé"); an inverted subject may follow a time adjunct ("a répété
mercredi matin X") and be a name with a role set off after it that the parser hung on the medium before ("sur La
Première Olivier Dessart, le président des libéraux"), or a name or noun with an article it hung there without a
preposition ("a confié au Journal un député", "prévient dans les colonnes de Reforma Efraín X"); a fronted
complement the parser took for the subject gives way to the noun set off after it ("Dans un communiqué diffusé
jeudi, le syndicat dénonce"); "relever de" (belong to) is no speech; an object clitic the tagger read as an article
makes a speech verb of the noun after it, whose speaker is the noun phrase before ("un proche de la direction la
juge « prématurée »"). Failing those, a speech verb whose subject is some other noun keeps that noun as a
description. Negated speech verbs ("n'a pas dit", "did not say") are not cues. The speaker words a cue points to are
resolved to a name by :mod:`newsbrief.speakers`; what a quote without a cue gets is decided in
:mod:`newsbrief.quotes`.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.grammar import DEFINITE, PERSON_TAGS, PLACE_TAGS, clitic_carrier, determiner, has_relative_clause, \
    has_subject, is_age, is_asking_participle, is_finite_verb, is_source_marker, marked_source, noun_phrase, \
    opens_view_relative, after_object_clitic, passive_agent, possessor, role_lemma, set_off_after
from newsbrief.names import is_given_name
from newsbrief.quotespans import OPENING_MARKS, QUOTE_MARKS, SIDED_CLOSING_MARKS, SIDED_OPENING_MARKS, QuoteSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_INCISE_GAP = 4  # tokens allowed between a closing mark and its incise verb (", a-t-il")
_REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})  # "s'indigne": the clitic marks a verb
#: The tags of a verb, or of a speech verb the tagger took for a noun or adjective (:func:`_verb_tagged_as_noun`).
_VERB_LIKE_TAGS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
_DATIVE_CLITICS = frozenset({"lui", "leur"})  # "X lui a répondu": the one spoken to
_AFTER_WINDOW = 12
_NAME_TAGS = ("PER", "PERSON", "ORG", "GPE")
_FROM = ("de", "du", "d'", "d’", "des", "from", "of", "by")
_CIRCLE_PLACES = ("dans", "de", "d'", "d’", "in", "from")  # the circle words go round in or come from


@dataclass(frozen=True)
class Cue:
    """What attributes a quote: the cue word (verb or marker) and the token naming the speaker."""

    word: str
    speaker: Token | None
    how: str


def find_cue(doc: Doc, starts: list[int], span: QuoteSpan, *, lang: ModuleType) -> Cue | None:
    """The first cue that attributes ``span`` to a plausible speaker (see :func:`could_speak`), trying the rules
    in the module's order; failing that, a speech verb or marker whose subject is some other noun outside
    the quote ("l'opposition arménienne a dénoncé", kept as a description); failing that, the first cue
    found, with no speaker. ``starts`` are the character offsets of the tokens of ``doc``."""
    found = list(_candidate_cues(doc, starts, span, lang))
    plausible = [c for c in found if c.speaker is not None
                 and (could_speak(c.speaker, lang) or c.how in ("source", "misread"))]
    if plausible:
        return plausible[0]
    described = [c for c in found if c.how not in ("colon", "context") and c.speaker is not None
                 and c.speaker.pos_ == "NOUN" and not span.start <= c.speaker.idx < span.end
                 and not _is_one_of(c.speaker, lang.REPORTING_NOUNS)
                 and not (c.how == "marker" and _possessed(c.speaker, lang))]  # "selon ses moyens" names nobody
    if described:
        return described[0]
    return Cue(word=found[0].word, speaker=None, how=found[0].how) if found else None


def token_index(starts: list[int], offset: int) -> int:
    """The index of the token a character offset falls in, given the tokens' start offsets."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def speech_subject_tokens(doc: Doc, *, lang: ModuleType) -> Iterator[int]:
    """Token indices of the subjects of speech verbs (evidence that a name is a person or organisation)."""
    for token in doc:
        if _is_speech_verb(token, lang):
            subject = subject_of(token)
            if subject is not None:
                yield subject.i


def _candidate_cues(doc: Doc, starts: list[int], span: QuoteSpan, lang: ModuleType) -> Iterator[Cue]:
    """Every cue of the span, in the order of the module's rules (a cue may come with no speaker)."""
    first = token_index(starts, span.open_at)
    last = token_index(starts, span.close_at) if span.close_at is not None else token_index(starts, span.end - 1)
    sentence_start, sentence_end = doc[first].sent.start, doc[last].sent.end
    before = _tokens_before(doc, first, sentence_start)
    after = _tokens_after(doc, last + 1, sentence_end)
    opening = all(t.is_punct or t.is_space for t in before)  # the quote opens its sentence
    following = [*_incise_cues(after, lang, opening=opening), *_long_incise_cues(after, lang), None,
                 *_verb_cues(after[:_AFTER_WINDOW], lang, "after"),
                 *_final_incise_cues(after[_AFTER_WINDOW:], lang), *_pointing_back_cues(after, lang)]
    # a verb after the quote whose subject comes before it does not report it ("les papillons « naturellement »
    # mutés présentaient ..."); one in an earlier sentence is what a pronoun after the quote takes up ("“…,” it
    # said")
    following = [c for c in following if c is None or c.speaker is None or c.speaker.i > last
                 or c.speaker.i < sentence_start]
    split = following.index(None)
    yield from _clause_source_cues(doc, first, last, lang)
    yield from following[:split]
    yield from _inner_incise_cues(doc[first + 1: last], lang)
    yield from _agent_participle_cues(before, after, lang)
    yield from _view_relative_cues(before, lang)
    yield from _gapped_clause_cues(doc, first, last, lang)
    reporting = [t for t in reversed(before) if not _coordinate_beside_quote(t, doc, first, last, lang)]
    yield from (c for c in _verb_cues(reporting, lang, "before")
                if c.speaker is None or not first < c.speaker.i < last)  # never a word of the quote itself
    yield from _marker_cues(before + _up_to_next_clause(after, lang), lang)
    yield from _opening_marker_cues(doc, sentence_start, before, lang)
    yield from following[split + 1:]
    yield from _colon_cues(doc, first, lang, before)
    yield from (c for c in _verb_cues(reporting, lang, "relative")
                if c.speaker is None or not first < c.speaker.i < last)
    if all(t.is_punct or t.is_space for t in before + after):
        yield from _neighbour_cues(doc[first].sent, doc[last].sent, lang)
    yield from _quoted_predicate_cues(doc, first, last, sentence_end, lang)


def _coordinate_beside_quote(verb: Token, doc: Doc, first: int, last: int, lang: ModuleType) -> bool:
    """"He said the union had written to the officer twice but had received “no meaningful response”": a speech verb
    of the clause another speech verb reports, whose quote sits in a coordinate clause of its own (no speech verb
    between them), does not report that quote; the verb reporting both clauses does."""
    if not _is_speech_verb(verb, lang):
        return False
    attached = next((t for t in doc[first + 1: last] if not first < t.head.i < last), None)
    if attached is None or not any(_is_speech_verb(a, lang) for a in verb.ancestors):
        return False
    came, node = attached, attached.head
    while node.i != came.i:
        if node.i == verb.i:
            return came.dep_ == "conj" and came.pos_ in ("VERB", "AUX")
        if node.pos_ in ("VERB", "AUX") and _is_speech_verb(node, lang):
            return False
        came, node = node, node.head
    return False


def _quoted_predicate_cues(doc: Doc, first: int, last: int, end: int, lang: ModuleType) -> Iterator[Cue]:
    """A quote holding the finite verb of its sentence's main clause, whose subject stands before it, outside the
    marks, quotes that subject's own words for what it does ("Le syndicat, plus modéré, « prend acte » du vote"),
    when no speech verb or marker attributes it, nor an incise later in the sentence, a verb right after a comma
    ("La France « regrette » …, a fait savoir le Quai d'Orsay": the ministry's words), and when the quote opens on
    the verb (not "le temps où « nos routes … attendaient »")."""
    verb = next((t for t in doc[first + 1: last] if t.dep_ == "ROOT" and is_finite_verb(t)), None)
    if verb is None or any(t.text == "," and doc[t.i + 1].pos_ in ("VERB", "AUX") for t in doc[last + 1: end - 1]):
        return
    if any(t.pos_ not in ("AUX", "PRON", "ADV", "PART") for t in doc[first + 1: verb.i]):
        return  # the quote opens on the predicate ("« n'a pas » tenu"), not inside a clause of its own
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        or _after_fronted_adjunct_phrase(verb, verb.sent[0], [])  # the subject the parser lost after an adjunct
    if subject is not None and subject.i < first and could_speak(subject, lang) \
            and not any(t.text == ":" for t in doc[subject.i: first]):
        yield Cue(word=verb.lemma_.lower(), speaker=subject, how="predicate")


def _gapped_clause_cues(doc: Doc, first: int, last: int, lang: ModuleType) -> Iterator[Cue]:
    """« Le préfet parle d'une « pause », les pêcheurs d'un « mépris » », "The minister called it “a step
    forward”, the unions “a betrayal”": a clause that leaves out the speech verb of the clause before it, a
    subject after a comma or a conjunction and a complement of the same preposition (or none) holding the quote;
    the parser hangs the subject on the verb of the first clause, whose own complement holds a quote, and the
    quote on the subject. The gapped clause's subject speaks, not the first clause's."""
    attached = next((t for t in doc[first + 1: last] if not first < t.head.i < last), None)
    subject = attached.head if attached is not None else None
    if subject is None or subject.i >= first or subject.pos_ not in ("NOUN", "PROPN"):
        return
    start = next(t.i for t in subject.subtree if not (t.is_punct or t.dep_ == "cc"))
    opener, verb = doc[max(start - 1, 0)], subject.head
    if not (opener.text == "," or opener.dep_ == "cc") or not verb.i < opener.i or not _is_speech_verb(verb, lang):
        return
    if any(t.pos_ in ("VERB", "AUX") for t in doc[opener.i + 1: first]) or not could_speak(subject, lang):
        return
    complement = next((c for c in verb.children if verb.i < c.i < opener.i
                       and any(t.text in OPENING_MARKS or t.is_quote for t in c.subtree)), None)
    if complement is not None and _case_word(complement) == _case_word(attached):
        yield Cue(word=_cue_word(verb, lang), speaker=subject, how="before")


def _case_word(noun: Token) -> str | None:
    """The preposition a noun's phrase opens on ("d'une pause": "de"), None for a bare noun phrase."""
    case = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)
    return case.lemma_.lower() if case is not None else None


def _asked_about(verb: Token, lang: ModuleType) -> bool:
    """A verb heading an indirect question ("whether the Act required", "si la loi impose"), which asserts
    nothing of its own."""
    return any(c.dep_ == "mark" and c.lower_ in getattr(lang, "QUESTION_MARKS", ()) for c in verb.children)


def _clause_source_cues(doc: Doc, first: int, last: int, lang: ModuleType) -> Iterator[Cue]:
    """Rule 0: the source of the clause a quote sits in, from the quote up the parse to the first speech verb: a
    document subject of a speech or document verb ("The summit declaration requires countries to submit plans
    showing a “credible path”", "a batch of petitions that contended that …"); the subject of a labelling verb in a
    free relative ("what the bill calls an “external force”", "what it calls": the noun "it" takes up); the owner
    of a claim noun whose content clause ("Brightwater's suggestion that his appointment was meant as a
    “message”") or "as" phrase (``_predicated_claim_cue``) holds the quote."""
    documents = getattr(lang, "DOCUMENT_NOUNS", frozenset())
    attached = next((t for t in doc[first + 1: last] if not first < t.head.i < last), None)
    if not documents or attached is None:
        return
    if (claimed := _predicated_claim_cue(attached, lang)) is not None:
        yield claimed
        return
    came, node = attached, attached.head
    for _ in range(10):
        if node.pos_ in ("VERB", "AUX"):
            found, done = _verb_source(node, first, last, documents, lang)
        else:
            found, done = _claim_owner(node, came, lang)
        if found is not None:
            yield found
        if done or node.head.i == node.i:
            return
        came, node = node, node.head


def _verb_source(node: Token, first: int, last: int, documents: AbstractSet[str],
                 lang: ModuleType) -> tuple[Cue | None, bool]:
    """A verb on the way up from a quote (:func:`_clause_source_cues`): its document subject's cue, or its
    labelling subject's in a free relative, and whether the climb ends there (at any speech verb)."""
    subject = _source_subject(node, documents, lang)
    speech = _is_speech_verb(node, lang)
    document = subject is not None and subject.lemma_.lower() in documents | lang.REPORTING_NOUNS \
        and not first < subject.i < last \
        and not is_passive_subject(subject, node)  # a word of the quote ("Not letters, payments," X told)
    # is no source, nor a document that was written ("She said the bill had been written “…”")
    if document and (speech or node.lemma_.lower() in getattr(lang, "DOCUMENT_VERBS", ())):
        if not _asked_about(node, lang):  # "asked whether the Act required …": the asker's words
            return Cue(word=node.lemma_.lower(), speaker=subject, how="source"), True
        return None, True
    free = any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in node.children)
    if subject is not None and free and node.lemma_.lower() in lang.LABELLING_VERBS:
        speaker = _taken_up(subject, lang) if subject.lower_ == "it" else subject
        return (Cue(word=node.lemma_.lower(), speaker=speaker, how="source") if speaker is not None else None), True
    return None, speech


def _source_subject(node: Token, documents: AbstractSet[str], lang: ModuleType) -> Token | None:
    """A verb's subject; for a relative pronoun, the noun the clause qualifies, of a group of documents the
    documents ("a batch of petitions that")."""
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in lang.RELATIVE_PRONOUNS and node.dep_ == "relcl":
        subject = node.head
        subject = next((g for c in subject.children if c.lower_ == "of" for g in c.children
                        if g.lemma_.lower() in documents), subject)
    return subject


def _claim_owner(node: Token, came: Token, lang: ModuleType) -> tuple[Cue | None, bool]:
    """A claim noun on the way up whose content clause holds the quote (``came`` the child the climb came
    from): its owner's cue, and whether the climb ends there (at such a noun)."""
    if node.pos_ == "NOUN" and node.lemma_.lower() in getattr(lang, "CLAIM_NOUNS", ()) \
            and came.dep_ in ("acl", "ccomp", "relcl"):
        owner = next((c for c in node.children if c.dep_ in ("poss", "nmod:poss") and could_speak(c, lang)), None)
        return (Cue(word=node.lemma_.lower(), speaker=owner, how="claim") if owner is not None else None), True
    return None, False


def _predicated_claim_cue(attached: Token, lang: ModuleType) -> Cue | None:
    """The owner of a claim noun whose "as" phrase holds the quote ("Park's description of the plan as “prudent”"),
    when that owner can speak."""
    claim = predicated_claim(attached, lang)
    owner = possessor(claim) if claim is not None else None
    return Cue(word=claim.lemma_.lower(), speaker=owner, how="claim") \
        if claim is not None and owner is not None and could_speak(owner, lang) else None


def predicated_claim(word: Token, lang: ModuleType) -> Token | None:
    """The claim noun whose "as" phrase holds a word, which gives what the noun's owner called something ("Ward's
    description of the deal as “a betrayal”": Ward's word, as in "Ward described the deal as …"); the parser
    may hang the phrase on the verb the noun is the object of, unless that verb is one of speech, whose own
    "as" phrase it then is ("She dismissed the report as “fiction”")."""
    prep = next((a for a in (word, *word.ancestors) if a.dep_ == "prep"
                 and a.lower_ in getattr(lang, "PREDICATIVE_PREPOSITIONS", ())), None)
    if prep is None:
        return None
    head, claims = prep.head, getattr(lang, "CLAIM_NOUNS", ())
    if head.pos_ == "NOUN":
        return head if head.lemma_.lower() in claims else None
    if head.pos_ != "VERB" or _is_speech_verb(head, lang):
        return None
    return next((t for t in head.doc[head.i + 1: prep.i] if t.pos_ == "NOUN" and t.lemma_.lower() in claims
                 and head in t.ancestors), None)


def _taken_up(pronoun: Token, lang: ModuleType) -> Token | None:
    """The noun "it" takes up in its sentence: the last one before it that could speak, outside a prepositional
    phrase ("a residents' group has launched a petition against what it calls"; "the court came down on the
    Centre and the Commission over what it called")."""
    return next((t for t in reversed(pronoun.doc[pronoun.sent.start: pronoun.i]) if t.pos_ in ("NOUN", "PROPN")
                 and could_speak(t, lang) and not _governed(t) and not _in_prepositional_phrase(t)), None)


def _inner_incise_cues(inside: Span, lang: ModuleType) -> Iterator[Cue]:
    """« Nous n'avons pas fait un cadeau, dit-elle. Ces gens travaillaient déjà. »: an incise with an inverted
    clitic inside the marks ("dit-elle", "a-t-il ajouté"), set off by a comma."""
    for clitic in inside:
        if not clitic.text.startswith("-") or clitic.lower_.lstrip("-") not in lang.PRONOUNS:
            continue
        doc, carrier = inside.doc, clitic_carrier(clitic, floor=inside.start)  # "dit-elle", "a-t-il ajouté"
        verbs = [doc[carrier], *doc[clitic.i + 1: min(clitic.i + 2, inside.end)]]
        verb = next((t for t in verbs if speech_lemma(t, lang) is not None), None)
        if verb is not None and carrier > inside.start and doc[carrier - 1].text == ",":
            yield Cue(word=_cue_word(verb, lang), speaker=clitic, how="incise")
            return
    yield from _inner_named_incise_cues(inside, lang)


def _inner_named_incise_cues(inside: Span, lang: ModuleType) -> Iterator[Cue]:
    """« Le projet est prêt, assure Marc Weber, le maire. Il ne manque que l'argent. »: an incise inside the marks
    whose speech verb, right after a comma, inverts a named or described subject that ends its sentence or is set
    off by a comma."""
    for verb in inside:
        if verb.i < inside.start + 2 or not _after_comma(verb) or not _is_speech_verb(verb, lang):
            continue
        subject = _postverbal_subject(verb, lang)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not could_speak(subject, lang):
            continue
        ending = subject.right_edge.i + 1
        if ending >= inside.end or inside.doc[ending].text in (",", ".", ";"):
            yield Cue(word=_cue_word(verb, lang), speaker=subject, how="incise")
            return


def _tokens_before(doc: Doc, first: int, sentence_start: int) -> list[Token]:
    """Tokens of the sentence before the opening mark, back to the previous closing mark if any."""
    tokens: list[Token] = []
    for i in range(first - 1, sentence_start - 1, -1):
        if doc[i].text in "»”›\"" and tokens:
            break
        tokens.insert(0, doc[i])
    return tokens


def _tokens_after(doc: Doc, start: int, sentence_end: int) -> list[Token]:
    """Tokens of the sentence after the closing mark, up to the next opening mark."""
    tokens: list[Token] = []
    for i in range(start, sentence_end):
        if doc[i].text in OPENING_MARKS:
            break
        tokens.append(doc[i])
    return tokens


# --- rules 1 to 4: speech verbs and source markers ---------------------------------------------------------------


def _incise_cues(after: list[Token], lang: ModuleType, *, opening: bool) -> Iterator[Cue]:
    """« … », affirme X / a-t-il ajouté / "…," she said: a finite or past-participle speech verb right after; a cue
    group (:func:`_cue_group_cues`) when the quote ``opening`` its sentence is its object."""
    for position, token in enumerate(after[:_INCISE_GAP + 1]):
        last = _cue_group_last(token, lang)
        if last is not None:  # « … », veut croire X / a tenu à préciser X: the group reports the quote
            yield from _cue_group_cues(token, last, after[0].i, lang, opening=opening)
            return
        # "a-t-elle martelé", "s'indigne X" (ADJ): a clitic before the word marks a verb
        clitic_before = position > 0 and (after[position - 1].text.startswith("-")
                                          or after[position - 1].lower_ in _REFLEXIVE_CLITICS
                                          or _perfect_auxiliary(after[position - 1], lang))  # "a tempéré" (ADJ)
        # "tranche-t-il" tagged as a number: a word carrying an inverted subject clitic is a verb, whatever its tag
        clitic_after = position + 1 < len(after) and _inverted_subject_clitic(after[position + 1])
        mistagged = (position <= 1 or clitic_before) and token.pos_ in ("NOUN", "ADJ", "PROPN") or clitic_after
        verb_like = _is_speech_verb(token, lang) or _incise_only_verb(token, lang) or mistagged and \
            speech_lemma(token, lang) is not None and (token.lemma_.lower() not in lang.ROLE_NOUNS
                                                       or _before_determiner(token))
        # « … », calcule-t-elle / sourit-il: a verb inverting its subject clitic right after the quote's comma is
        # an incise, which reports speech whatever the verb (a verb of manner or thought used as a speech verb)
        incise = (clitic_after and position <= 2 and token.pos_ != "AUX" and token.is_alpha
                  or _perfect_incise(after, position)) and not is_negated(token, lang)
        if (verb_like or incise) and not _is_present_participle(token):
            if not _quotes_own_object(token, since=after[0].i):
                yield Cue(word=_cue_word(token, lang), speaker=_speaker_of(token, lang, after[0].i), how="incise")
            return
        if token.lower_ in lang.RELATIVE_PRONOUNS or not (
                token.is_punct or token.pos_ in ("AUX", "PRON", "ADV", "PROPN", "DET", "NOUN")
                or _infinitive_incise(after, position, lang)):
            return


def _cue_group_last(lead: Token, lang: ModuleType) -> Token | None:
    """The last word of a cue group opened by a modal or attitude verb of ``CUE_GROUP_VERBS`` (``lead``): the
    infinitive it governs, bare or past a particle of ``CUE_GROUP_PARTICLES`` or an adverb ("veut croire", "a tenu
    à préciser", "se plaît à dire", "tient encore à rappeler"), the last of a chain of them ("a voulu tenir à
    préciser"), or the adjective a reflexive one takes ("s'est voulu rassurant", ``CUE_GROUP_ADJECTIVE_VERBS``);
    None when ``lead`` opens no group or is negated."""
    if lead.pos_ not in ("VERB", "AUX") or lead.lemma_.lower() not in lang.CUE_GROUP_VERBS \
            or is_negated(lead, lang):
        return None
    reflexive = lead.lemma_.lower() in lang.CUE_GROUP_ADJECTIVE_VERBS \
        and any(c.lower_ in _REFLEXIVE_CLITICS for c in lead.children)
    for token in lead.doc[lead.i + 1: lead.i + 4]:
        linked = token.head.i == lead.i or lead.head.i == token.i
        if linked and "Inf" in token.morph.get("VerbForm"):
            return _cue_group_last(token, lang) or token
        if linked and reflexive and token.pos_ == "ADJ":
            return token
        if not (token.lower_ in lang.CUE_GROUP_PARTICLES or token.pos_ == "ADV"):
            return None
    return None


def _cue_group_cues(lead: Token, last: Token, since: int, lang: ModuleType, *, opening: bool) -> Iterator[Cue]:
    """The cue of a group after a quote's comma from ``lead`` to ``last`` (:func:`_cue_group_last`): its subject
    inverted after the group, whatever its verbs when the quote opens its sentence (``opening``: "« … », veut croire
    X", "a voulu rassurer le maire", "s'est voulu rassurant le directeur"; not "La réforme dite « … », peut
    inquiéter les syndicats", a clause on the noun before), else, for a speech infinitive, the speaker of its verb
    ("a-t-il tenu à préciser")."""
    verb = last if last.pos_ in ("VERB", "AUX") else lead
    inverted = _postverbal_subject(last, lang) if opening or speech_lemma(verb, lang) is not None else None
    if inverted is not None and could_speak(inverted, lang):
        yield Cue(word=_cue_word(verb, lang), speaker=inverted, how="incise")
    elif speech_lemma(verb, lang) is not None and not _quotes_own_object(verb, since=since):
        yield Cue(word=_cue_word(verb, lang), speaker=_speaker_of(verb, lang, since), how="incise")


def _cue_group_end(verb: Token, lang: ModuleType) -> Token:
    """The last word of the cue group ``verb`` opens, after which its subject is inverted: the infinitive or
    particle of its light-verb phrase ("a fait valoir M. X", "fait part"), the infinitive of a modal or attitude
    verb (:func:`_cue_group_last`), else the verb itself."""
    phrase = _light_verb_phrase(verb, lang)
    if phrase is not None:
        word = phrase.split()[-1]
        return next((t for t in verb.doc[verb.i + 1: verb.i + 4] if t.lemma_.lower() == word), verb)
    return _cue_group_last(verb, lang) or verb


def _quotes_own_object(verb: Token, *, since: int) -> bool:
    """A verb after a quote's comma whose own object or complement holds the next quote ("L'opposition dénonce
    une « … », la majorité défend un texte « … »", "…, tandis que X reproche au maire d'avoir « … »"): a clause
    of its own reporting those words, not an incise on the quote before it, which keeps the verb of its own
    clause; so is a relative clause on a noun after the quote ("… “may result in deductions”, a warning the union
    described as “a slap in the face”": the union's words are the second quote only). Its subject comes before it
    after the quote (from token ``since``), as an incise's never does."""
    fronted = any(c.dep_ in ("nsubj", "nsubj:pass") and since <= c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                  for c in verb.children)
    subordinate = verb.dep_ in ("relcl", "acl:relcl") and since <= verb.head.i < verb.i \
        or any(t.pos_ == "SCONJ" or t.dep_ == "mark" for t in verb.doc[since: verb.i])  # "tandis que X …"
    return fronted and any(c.i > verb.i and (subordinate or c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN"))
                           and any(t.is_quote or t.text in OPENING_MARKS for t in c.subtree) for c in verb.children)


def _perfect_auxiliary(token: Token, lang: ModuleType) -> bool:
    """The auxiliary of a compound past (``PERFECT_AUXILIARIES``: "a", "ont"), after which a word the tagger took
    for an adjective or a noun is a past participle ("a tempéré hier son porte-parole")."""
    return token.pos_ == "AUX" and token.lemma_.lower() in getattr(lang, "PERFECT_AUXILIARIES", ())


def _perfect_incise(after: list[Token], position: int) -> bool:
    """« … », a-t-elle commencé / a-t-il souri: a past participle right after the quote's comma, an auxiliary and
    the subject clitic it inverts, which is an incise whatever the verb."""
    token = after[position]
    return position >= 2 and _inverted_subject_clitic(after[position - 1]) and token.pos_ == "VERB" \
        and "Part" in token.morph.get("VerbForm") and any(t.pos_ == "AUX" for t in after[:position]) \
        and all(t.is_punct or t.pos_ == "AUX" or _inverted_subject_clitic(t) for t in after[:position])


def _incise_only_verb(token: Token, lang: ModuleType) -> bool:
    """A verb of the language's incise-only list (""…," she submitted"), not negated."""
    return token.pos_ == "VERB" and token.lemma_.lower() in lang.INCISE_SPEECH_VERBS \
        and not is_negated(token, lang)


def _infinitive_incise(after: list[Token], position: int, lang: ModuleType) -> bool:
    """« … », de dire X / et d'ajouter X: the word before a speech verb in the infinitive that reports a quote
    with its subject after it (the narrative infinitive of press French)."""
    token = after[position]
    following = after[position + 1] if position + 1 < len(after) else None
    if token.lower_ in getattr(lang, "COORDINATORS", ()) and following is not None:
        return _infinitive_incise(after, position + 1, lang)
    return token.lower_ in getattr(lang, "INFINITIVE_INCISE_MARKERS", ()) and following is not None \
        and "Inf" in following.morph.get("VerbForm") and speech_lemma(following, lang) is not None


def _long_incise_cues(after: list[Token], lang: ModuleType) -> Iterator[Cue]:
    """"…," Dana Whitcombe, the Commerce Department's assistant secretary for export enforcement, told reporters:
    an incise whose subject opens the words after the quote and whose speech verb comes past an apposition,
    a relative clause or a title too long for the incise window ("…," Senate Majority Leader John Thune told
    reporters); the subject speaks, not the one told. Words opening on a conjunction ("…», tandis que X
    reproche …") are a clause of their own, whatever the parser hung the conjunction on."""
    opening = next((t for t in after if not t.is_punct), None)
    if opening is None or opening.pos_ in ("SCONJ", "CCONJ") or opening.dep_ in ("mark", "cc"):
        return
    for token in after[_INCISE_GAP + 1:]:
        if _is_speech_verb(token, lang) and "Inf" not in token.morph.get("VerbForm"):
            subject = subject_of(token)
            if subject is not None and subject.i < opening.i:  # a word of the quote: the phrase after it speaks
                subject = _phrase_before_verb(opening, token)
            if subject is not None and subject.left_edge.i <= opening.i <= subject.i and could_speak(subject, lang):
                yield Cue(word=_cue_word(token, lang), speaker=subject, how="incise")
                return


_CLITICS = ("il", "elle", "ils", "elles", "on")
_SPEAKER_ARTICLES = DEFINITE | {"un", "une", "a", "an"}  # "confie un technicien", not "confie son inquiétude"


def _clitic_word(token: Token) -> str | None:
    """The pronoun of a hyphenated clitic ("-t-il" -> "il", "-elle" -> "elle", "-t" -> "t"), else None."""
    return token.lower_.replace("-t-", "").lstrip("-") if token.text.startswith("-") else None


def _inverted_subject_clitic(token: Token) -> bool:
    """"-t-il", "-elle", "-on": a subject pronoun hyphenated after its verb (or the "-t" the tokenizer cut off)."""
    return _clitic_word(token) in (*_CLITICS, "t")


def _phrase_before_verb(opening: Token, verb: Token) -> Token | None:
    """The head of the name phrase that runs from ``opening`` to just before ``verb``, when the parser took a word
    of the quote before for the verb's subject ("“… Not promises, money,” Kostas Tzelas, a cotton farmer from
    Serres, told Euronews": "promises" the subject, "Tzelas" a conjunct of "money")."""
    heads = [t for t in opening.doc[opening.i: verb.i] if t.left_edge.i == opening.i and t.right_edge.i >= verb.i - 1
             and t.pos_ == "PROPN"]
    return heads[0] if heads else None


def _verb_cues(tokens: list[Token], lang: ModuleType, how: str) -> Iterator[Cue]:
    """Every finite speech verb of ``tokens``; after the quote, its subject inverted after a comma first. Before
    it, not a relative clause's verb with an infinitive of its own, which ``how`` "relative" gives alone."""
    for token in tokens:
        if (_is_speech_verb(token, lang) or _commits_to_quote(token, lang)) \
                and (not _infinitive(token) or _controlled_speech(token, lang)) \
                and (how == "relative") == (how != "after" and _relative_with_infinitive(token)) \
                and not is_asking_participle(token, lang, bare=True) \
                and not (how == "before" and (_on_fronted_complement(token) or _qualifies_subject(token)
                                              or _relative_with_object(token) or _reported_concrete_act(token, lang))) \
                and not _reported_attitude(token, lang) \
                and not (how == "after" and _quotes_own_object(token, since=tokens[0].i)) \
                and not (how == "before" and (_hearsay_before_colon(token, lang)
                                              or _place_committed_by_person(token, lang))):
            inverted = _postverbal_subject(token, lang) if how == "after" and _after_comma(token) \
                and token.lemma_.lower() not in lang.ADDRESSING_VERBS else None  # not "X, who ..., told Reuters"
            speaker = inverted if inverted is not None and could_speak(inverted, lang) else \
                _speaker_of(token, lang, -1)
            if _postposed_participle(token) and (_reduced_relative(token)
                                                 or speaker is not None and speaker.i == token.head.i):
                continue  # "les entrepreneurs appelés en renfort", "Dans un communiqué publié mardi, X « … »": what
                # befell the noun, not anyone's speech; the main clause reports the quote
            yield Cue(word=_cue_word(token, lang), speaker=speaker, how="before" if how == "relative" else how)


def _hearsay_before_colon(verb: Token, lang: ModuleType) -> bool:
    """« Selon un élu, Paris aurait promis à M. X de prendre en charge la perte : « … » »: a verb in the hearsay
    conditional, in a sentence a source marker frames, whose content (object or complement) comes before a colon the
    quote follows: the quote comments on the reported act in the source's words, so the verb is no cue of it; a
    quote the verb governs itself (« aurait qualifié le rapport de « torchon » ») stays its subject's."""
    if not _hearsay_conditional(verb):
        return False
    colon = next((t for t in verb.doc[verb.i + 1: verb.sent.end] if t.text == ":"), None)
    marker = any(is_source_marker(t, lang) for t in verb.doc[verb.sent.start: verb.i])
    return colon is not None and marker and any(
        c.dep_ in ("obj", "dobj", "xcomp", "ccomp") and c.i < colon.i for c in verb.children)


def _place_committed_by_person(verb: Token, lang: ModuleType) -> bool:
    """« Cotonou s'est borné à « prendre acte », selon un message du porte-parole du gouvernement »: a commitment
    verb whose subject is a place standing for its government, in a sentence whose source marker names a person or
    role: the person speaks for the place, and the quote is theirs."""
    subject = _speaker_of(verb, lang, -1) if _commits_to_quote(verb, lang) else None
    if subject is None or subject.ent_type_ not in PLACE_TAGS:
        return False
    sources = [marked_source(t, lang) for t in verb.sent if is_source_marker(t, lang)]
    return any(source is not None and (_is_person_word(source, lang) or _is_role_noun(source, lang))
               for source in sources)


def _hearsay_conditional(verb: Token) -> bool:
    """A verb in the conditional, or with a conditional auxiliary (« aurait promis »): French hearsay."""
    return any("Cnd" in t.morph.get("Mood") for t in (verb, *verb.children) if t.i <= verb.i
               and (t.i == verb.i or t.dep_.startswith("aux")))


def _reduced_relative(participle: Token) -> bool:
    """A participle qualifying the noun it follows ("Dans un communiqué publié mardi"), not the main verb of a
    compound tense whose auxiliary an adjunct parts from it ("X a pour sa part salué", hung on "part")."""
    return participle.head.pos_ in ("NOUN", "PROPN") and not any(
        _detached_auxiliary(t, participle) for t in participle.doc[participle.sent.start: participle.i])


def _commits_to_quote(verb: Token, lang: ModuleType) -> bool:
    """A verb of commitment or restraint (``COMMITTING_VERBS``) whose infinitive complement opens a quote ("Le wali
    s'est engagé, selon les syndicats, à « saisir … »", "s'est borné à « prendre note »"): the quote gives its
    subject's own words, so it is a cue with that subject, ahead of a source marker that only reports them; not in
    a clause a speech verb reports, whose speaker quotes the commitment."""
    if verb.pos_ not in ("VERB", "ADJ") or not _is_one_of(verb, lang.COMMITTING_VERBS) \
            or any(_is_speech_verb(a, lang) for a in verb.ancestors):
        return False  # "X, qui rappelle que le gouvernement s'était engagé à « … »": the reporter's words
    return any(c.dep_ == "xcomp" and c.i > verb.i and _opens_quote(c, lang) for c in verb.children)


def _opens_quote(word: Token, lang: ModuleType) -> bool:
    """Whether a word is the first of a quote: an opening mark, and an infinitive's particle (``INFINITIVE_PARTICLES``:
    "to"), before it."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.lower_ in getattr(lang, "INFINITIVE_PARTICLES", ()) and before.i > 0:
        before = before.doc[before.i - 1]
    return before is not None and before.text in OPENING_MARKS


def _postposed_participle(verb: Token) -> bool:
    """A past participle right after the noun it qualifies (no comma between), with no subject, object, clause or
    agent of its own and no quote in its phrase ("Selon lui, les entrepreneurs appelés en renfort … étaient choisis
    …, « … »"): a passive that tells what befell the noun, not anyone's speech, so the noun is no speaker of it."""
    if not _participle_on_noun(verb) or verb.head.i > verb.i \
            or not ("Past" in verb.morph.get("Tense") or verb.tag_ == "VBN"):
        return False
    if any(t.is_punct for t in verb.doc[verb.head.i + 1: verb.i]):
        return False  # "X a, de son côté, assuré …": a main verb past an adjunct the parser hung it on
    own = any(c.dep_.startswith(("nsubj", "obj", "dobj", "oprd", "ccomp", "xcomp")) for c in verb.children)
    quoting = any(t.is_quote or t.text in "«»“”" for t in verb.subtree)
    return not own and not quoting and passive_agent(verb) is None


def _relative_with_object(verb: Token) -> bool:
    """A verb of a relative clause with an object of its own and no quote in it ("Sen. X, a Democrat who wrote the
    bill, “is …”"): it describes the person; what it wrote or said is that object, not the quote after it (not
    "posts in which he described the country as “a failed state”")."""
    return verb.dep_ in ("relcl", "acl:relcl") and any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")
                                                        for c in verb.children) \
        and not any(t.is_quote or t.text in OPENING_MARKS for t in verb.subtree)


def _reported_concrete_act(verb: Token, lang: ModuleType) -> bool:
    """A speech verb in a que-clause a speech verb before it reports, used with a noun object that holds no quote
    and not as a labelling verb (« Les pompiers ont fait savoir qu'ils ajouteraient un camion « dans la mesure … » »,
    « Le maire assure qu'une majorité soutient le projet, « même si … » »): adding a truck, backing a plan, no
    speech; the reporting verb is the cue. Not « … a dit que le syndicat dénonçait une réforme « injuste » »."""
    if verb.lemma_.lower() in lang.LABELLING_VERBS or not any(
            c.dep_ == "mark" and c.lower_ in lang.COMPLEMENTIZERS and c.i < verb.i for c in verb.children) \
            or not any(t.i < verb.i and _is_speech_verb(t, lang) for a in verb.ancestors
                       for t in (a, *(c for c in a.children if c.pos_ == "AUX"))):  # "fait" of "fait savoir"
        return False
    mark = next((t for t in verb.doc[verb.i + 1: verb.sent.end] if t.text in OPENING_MARKS), None)
    if mark is None or mark.i + 1 >= verb.sent.end:
        return False
    quoted = verb.doc[mark.i + 1]
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") and c.i < mark.i]
    complements = [c for c in verb.children if c.dep_ in ("obj", "dobj", "iobj", "xcomp", "ccomp", "obl:arg")]
    return bool(objects) and not any(quoted in c.subtree for c in complements)


def _relative_with_infinitive(verb: Token) -> bool:
    """A verb of a relative clause that governs an infinitive of its own and no quote (« Un cadre du site, qui
    souhaite rester anonyme, se montre nuancé : « … » », "who asked to remain anonymous"): it describes the
    speaker, and whom its relative pronoun takes up may be the wrong noun ("site"); the main clause reports the
    quote, so it is tried only after every other cue (:func:`_candidate_cues`)."""
    return verb.dep_ in ("relcl", "acl:relcl") and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children) \
        and not any(t.is_quote or t.text in OPENING_MARKS for t in verb.subtree)


def _reported_attitude(verb: Token, lang: ModuleType) -> bool:
    """A verb of thought in the clause a speech verb reports ("He told reporters that the council hoped the bill
    would pass “before …”"): the words are the reporting speaker's, not the thinker's, so it is no cue."""
    return speech_lemma(verb, lang) in getattr(lang, "ATTITUDE_VERBS", ()) and verb.dep_ == "ccomp" \
        and verb.head.i < verb.i and _is_speech_verb(verb.head, lang) \
        and speech_lemma(verb.head, lang) not in getattr(lang, "ATTITUDE_VERBS", ())


def _qualifies_subject(verb: Token) -> bool:
    """A participle with an agent qualifying the subject of another verb ("la médiation évoquée par X offrirait
    « … »"): its agent tells whose the subject is, and the quote belongs to the clause the subject governs."""
    return _participle_on_noun(verb) and passive_agent(verb) is not None \
        and verb.head.dep_.startswith("nsubj") and verb.head.head.i != verb.i


def _on_fronted_complement(verb: Token) -> bool:
    """A verb in a relative clause on a fronted prepositional complement of the main verb, which has its own
    subject and comes after it: the main clause reports what follows ("Aux élus qui redoutent …, l'adjointe a
    opposé des chiffres : « … »")."""
    root, noun = verb.sent.root, verb.head
    return verb.dep_ in ("acl:relcl", "relcl") and any(c.dep_ == "case" for c in noun.children) \
        and noun.head.i == root.i and verb.i < root.i and subject_of(root) is not None


def _agent_participle_cues(before: list[Token], after: list[Token], lang: ModuleType) -> Iterator[Cue]:
    """« Une réponse jugée « insuffisante » par X », « une décision qualifiée d'« historique » par la présidente »:
    a speech participle qualifying a noun right before the quote (tagged a verb or an adjective) speaks through its
    agent (par X), which the parser hangs on it or on the noun after the quote; the noun is what is judged."""
    words = [t for t in before if not t.is_punct]
    participle = next((t for t in reversed(words[-3:]) if t.dep_ in ("amod", "acl") and (
        t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm")) and speech_lemma(t, lang) is not None), None)
    if participle is None or participle.lemma_.lower() in lang.ASKING_VERBS | lang.QUOTING_VERBS:
        return
    by = next((t for t in after[:2] if t.lower_ in lang.AGENT_MARKERS), None)
    agent = passive_agent(participle) or (by.head if by is not None and by.head.i > by.i else None)
    if agent is not None and could_speak(agent, lang):
        yield Cue(word=_cue_word(participle, lang), speaker=agent, how="before")


def _controlled_speech(verb: Token, lang: ModuleType) -> bool:
    """A speech infinitive governed by a verb whose subject speaks through it (``SPEAKING_CONTROL_VERBS``: "on se
    contente de rappeler que « … »"; a modal or attitude verb of a cue group, ``CUE_GROUP_VERBS``: "le maire s'est
    empressé de préciser que « … »"; an attitude adjective, ``CUE_GROUP_ADJECTIVES``: "the minister was keen to
    stress that “…”"): a cue with that subject."""
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.lower() in getattr(lang, "SPEAKING_CONTROL_VERBS", ())
        or head.lemma_.lower() in lang.CUE_GROUP_VERBS and head.i < verb.i
        and not is_negated(head, lang)
        or head.pos_ == "ADJ" and head.lower_ in getattr(lang, "CUE_GROUP_ADJECTIVES", ()))


def _infinitive(verb: Token) -> bool:
    """An infinitive; not a past participle the tagger took for one after its auxiliary ("La CRC avait pointé des
    « anomalies »")."""
    return "Inf" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux:tense" for c in verb.children)


def _final_incise_cues(tokens: list[Token], lang: ModuleType) -> Iterator[Cue]:
    """A speech verb far after the quote that closes the sentence with its subject inverted after a comma
    ("« … » qui peut contenir 12 000 personnes, lors d'une fête, a indiqué un porte-parole de la police.")."""
    for token in tokens:
        if _is_speech_verb(token, lang) and _after_comma(token):
            inverted = _postverbal_subject(token, lang)
            if inverted is not None and could_speak(inverted, lang):
                yield Cue(word=_cue_word(token, lang), speaker=inverted, how="after")
        elif _is_speech_verb(token, lang) and (subject := _set_off_main_subject(token)) is not None \
                and could_speak(subject, lang):
            yield Cue(word=_cue_word(token, lang), speaker=subject, how="after")


def _set_off_main_subject(verb: Token) -> Token | None:
    """The subject of a main speech verb right before it, its phrase set off by a comma: a reporting clause that
    closes a long sentence in the usual order ("… closed “the large majority” of chapters in their free trade
    agreement, the chief negotiator said on Wednesday")."""
    subject = subject_of(verb) if verb.dep_ == "ROOT" else None
    if subject is None or subject.right_edge.i != verb.i - 1 or subject.left_edge.i == 0:
        return None
    return subject if verb.doc[subject.left_edge.i - 1].text == "," else None


def _pointing_back_cues(tokens: list[Token], lang: ModuleType) -> Iterator[Cue]:
    """« … » : c'est par ce message que X a réagi — a demonstrative document noun after the quote points back
    to it; the first subject after it that could speak is the speaker."""
    pointer = next((t for t in tokens if _is_one_of(t, lang.REPORTING_NOUNS) and any(
        c.dep_ == "det" and c.lower_ in lang.DEMONSTRATIVES for c in t.children)), None)
    if pointer is None:
        return
    speaker = next((t for t in tokens if t.i > pointer.i and t.dep_.startswith("nsubj") and could_speak(t, lang)),
                   None)
    if speaker is not None:
        yield Cue(word="", speaker=speaker, how="after")


def _possessed(noun: Token, lang: ModuleType) -> bool:
    return any(c.lower_ in lang.POSSESSIVES for c in noun.children)


def _marker_cues(tokens: list[Token], lang: ModuleType) -> Iterator[Cue]:
    """Selon X, d'après X, according to X: the source a marker introduces."""
    for token in tokens:
        if is_source_marker(token, lang):
            yield Cue(word=token.lower_, speaker=marked_source(token, lang), how="marker")


def _view_relative_cues(before: list[Token], lang: ModuleType) -> Iterator[Cue]:
    """A view relative before the quote ("Une menace qui a fait réagir M. X, pour qui il s'agit de « … »"): the
    quote is in the clause giving the view of the noun it follows, ahead of any speech verb of the clause that noun
    is in (here the threat's, which made X react)."""
    for token in reversed(before):
        source = marked_source(token, lang) if opens_view_relative(token, lang) else None
        if source is not None and not _inside_marks(source, token):  # not a noun of a quote the parser hung it on
            yield Cue(word=token.lower_, speaker=source, how="marker")
            return


def _up_to_next_clause(after: list[Token], lang: ModuleType) -> list[Token]:
    """The words after a quote up to a relative pronoun or a subordinating conjunction opening a clause of its own:
    a marker in that clause sources what the clause says, not the quote before it ("M. X a mis en garde contre
    « … », qui pourraient, selon le parti, racheter …": X's words; "… « … », tandis que l'opposition, par la
    voix de Y, dénonce …")."""
    opening = next((i for i, t in enumerate(after) if t.lower_ in lang.RELATIVE_PRONOUNS or t.dep_ == "mark"),
                   len(after))
    return after[:opening]


def _opening_marker_cues(doc: Doc, sentence_start: int, before: list[Token], lang: ModuleType) -> Iterator[Cue]:
    """A marker opening the sentence frames all of it, past another quote between it and this one ("Selon X, les
    opérations, baptisées « Bouclier », n'ont « jamais commencé »": X's words)."""
    opener = doc[sentence_start]
    if (not before or before[0].i > sentence_start) and is_source_marker(opener, lang):
        yield Cue(word=opener.lower_, speaker=marked_source(opener, lang), how="marker")


def _cue_word(verb: Token, lang: ModuleType) -> str:
    """The word a verb cue records: its speech verb, else its lemma."""
    return speech_lemma(verb, lang) or verb.lemma_


# --- rule 5: colons -----------------------------------------------------------------------------------------------


def _colon_cues(doc: Doc, first: int, lang: ModuleType, before: list[Token]) -> Iterator[Cue]:
    """« … » after a colon: a name right before the colon (X : « … »), else the subject of the clause before
    the colon, also when words come between ("X partage ce constat : à ses yeux, les partenaires « … »")."""
    colons = [t.i for t in before if t.text == ":"]
    if not colons or colons[-1] < 1:
        return
    colon = colons[-1]
    named = doc[colon - 1]  # "Barack Obama : « … »", not a place as a rubric ("Sahel : « … »")
    rubric = named.pos_ == "PROPN" and (named.text in lang.PLACES or named.ent_type_ in PLACE_TAGS)
    right_before = all(t.is_space for t in doc[colon + 1: first])
    if right_before and named.pos_ == "PROPN" and not rubric and not _governed(named):
        yield Cue(word=":", speaker=named, how="colon")
    reacting = _reacting(doc[named.sent.start: colon], lang)
    if reacting is not None:  # a description is kept as it is ("l'armateur"), see find_cue
        yield Cue(word=":", speaker=reacting, how="reaction")
        return
    heading = _verbless_name(doc[named.sent.start: colon])
    if heading is not None:
        yield Cue(word=":", speaker=heading, how="colon")
        return
    for verb in (_clause_verb(named, colon), named.sent.root):
        subject = subject_of(verb)
        if (verb.dep_ in ("acl:relcl", "relcl") or _reduced_relative_participle(verb)) \
                and verb.i != named.sent.root.i:
            continue  # "X a eu la voix qui tremble :", "X a salué la méthode proposée par Y :": a relative clause
            # or a participle on a noun ends the clause; its main verb's subject
        if subject is not None and subject.i < colon and not (rubric and subject.i == named.i):
            yield Cue(word=":", speaker=subject, how="colon")
            return
    misread = _misread_name_cue(doc[named.sent.start: colon], lang)
    if misread is not None:  # "Tremblay shot back:" parsed as a verb and its object
        yield misread
        return
    speaker = _speaker_of_lost_subject(doc, named, colon, lang)
    if speaker is not None:
        yield Cue(word=":", speaker=speaker, how="colon")


def _participle_on_noun(verb: Token) -> bool:
    """A participle the parser hung on a word as a clause or an adjective ("la méthode suggérée par X")."""
    return verb.dep_ in ("acl", "amod") and "Part" in verb.morph.get("VerbForm")


def _reduced_relative_participle(verb: Token) -> bool:
    """A participle qualifying a noun a verb governs ("a accepté la méthode suggérée par X"), whose agent is no
    subject; not one on a verbless heading ("Motifs invoqués par les juges :"), whose agent speaks."""
    noun = verb.head
    return _participle_on_noun(verb) and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i and noun.head.i != noun.i


def _speaker_of_lost_subject(doc: Doc, named: Token, colon: int, lang: ModuleType) -> Token | None:
    """The person a clause before a colon names when the parser lost its subject (see :func:`_colon_cues`), or
    None."""
    root = named.sent.root
    lost = next((v for v in (root, _clause_verb(named, colon)) if v.pos_ in ("VERB", "AUX") and v.i < colon
                 and subject_of(v) is None), None)  # "Place X, Odile, 71 ans, …, reste partagée :", root a noun
    speaker = _last_person(doc[named.sent.start: lost.i], lang) if lost is not None else None
    if speaker is None and root.i > colon:  # the parser ran the clause into the quote ("Même ligne chez Me X,
        speaker = _last_person(doc[named.sent.start: colon])  # l'avocate de Y : « … »")
    if speaker is None and speech_lemma(named, lang) is not None:  # "Mathieu, 34 ans, technicien …, s'inquiète :"
        speaker = _last_person(doc[named.sent.start: named.i]) or _speaker_just_before(named, lang)  # unparsed
    return speaker


def _misread_name_cue(clause: Span, lang: ModuleType) -> Cue | None:
    """"Tremblay shot back:", which the tagger reads as a verb and its object: a capitalised word opening the clause
    before a colon, the last word of a person's name elsewhere in the document, followed only by a form of a phrasal
    speech verb (``LIGHT_SPEECH_VERBS``) and its particle, is that person speaking; None otherwise."""
    words = [t for t in clause if not t.is_space]
    if len(words) != 3 or words[0].pos_ == "PROPN" or not words[0].text[:1].isupper():
        return None
    name, form, particle = words
    light = _light_verb_of_form(form, lang)
    if light is None or particle.lower_ not in lang.LIGHT_SPEECH_VERBS[light]:
        return None
    return Cue(word=f"{light} {particle.lower_}", speaker=name, how="misread") if _surname_of_person(name) else None


def _surname_of_person(token: Token) -> bool:
    """Whether a capitalised word is the last word of a person's name the document tags elsewhere ("Tremblay" after
    "Coun. Gord Tremblay")."""
    return token.text[:1].isupper() and len(token.text) > 1 \
        and any(e.label_ in PERSON_TAGS and len(e) > 1 and e[-1].text == token.text for e in token.doc.ents)


def _light_verb_of_form(form: Token, lang: ModuleType) -> str | None:
    """The light verb of ``LIGHT_SPEECH_VERBS`` a word is a form of, whatever the tagger made of it ("shot", read
    as a noun): an irregular form of the language data (``IRREGULAR_VERB_FORMS``), its lemma or a regular form."""
    word = form.lower_
    candidates = (getattr(lang, "IRREGULAR_VERB_FORMS", {}).get(word), form.lemma_.lower(), word,
                  *_regular_infinitives(word, lang))
    return next((c for c in candidates if c in lang.LIGHT_SPEECH_VERBS), None)


def _verbless_name(clause: Span) -> Token | None:
    """The person's name opening a clause with no finite verb before a colon, however long what is set off after
    it ("Abdoulaye X, président du collectif des pêcheurs, joint par téléphone : « … »"): the one who speaks."""
    name = next((t for t in clause if not t.is_space), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in PERSON_TAGS:
        return None
    finite = any(is_finite_verb(t) for t in clause)
    return None if finite else name


def _governed(named: Token) -> bool:
    """A name in a prepositional phrase: "writing on Telegram: « … »", "sur BFM Business :" (also when the
    parser hung the name's last word elsewhere)."""
    first = named
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and not first.nbor(-1).is_space:
        first = first.nbor(-1)
    heads = {named.head if named.dep_ in ("flat:name", "flat", "compound") else named, first}
    return any(h.dep_ == "pobj" or any(c.dep_ == "case" for c in h.children) for h in heads)


def _in_prepositional_phrase(word: Token) -> bool:
    """A word whose phrase, up through the names, bracketed acronyms and conjuncts it is part of, is a
    preposition's object ("Air" and "CAQM" in "came down on the Centre and the Commission for Air Quality
    Management (CAQM)")."""
    while (word.dep_ in ("flat:name", "flat", "compound", "conj") or _bracketed_apposition(word)) \
            and word.head.i != word.i:
        word = word.head
    return _governed(word)


def _bracketed_apposition(word: Token) -> bool:
    """An apposition in brackets right after what it names: an acronym ("(CAQM)")."""
    return word.dep_ == "appos" and word.i > 0 and word.nbor(-1).text == "("


def _clause_verb(named: Token, colon: int) -> Token:
    """The verb of the clause before the colon: "Rayner hit back:", "writing on Telegram:"."""
    clause = named
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i and clause.head.i < colon:
        clause = clause.head
    return clause


def _qualifies(verb: Token, noun: Token) -> bool:
    """A finite verb that says nothing of its own beside a reaction noun: one in a relative clause of the noun's
    phrase, or the copula (or its auxiliary) whose subject the noun is ("Her reply was swift")."""
    copula = verb.head if verb.dep_.startswith(("aux", "cop")) else verb
    subject = noun.dep_.startswith("nsubj") and noun.head.i == copula.i \
        and (copula.lemma_ in ("be", "être") or any(c.dep_ == "cop" for c in copula.children))
    return subject or noun.i < verb.i and verb.i in {t.i for t in noun.subtree}


def _reacting(clause: Span, lang: ModuleType) -> Token | None:
    """Who reacts in a verbless clause before a colon: the owner of its reaction noun ("Réponse laconique de
    l'armateur :", "Sa réponse :"), else a name after it ("Même fermeté à Helsinki :"); also when the reaction
    noun is the subject of a copula that only qualifies it ("Her message to councils, which …, was blunt:",
    "Sa réponse a été sèche :")."""
    noun = next((t for t in clause if _reaction_noun(t, lang)), None)
    if noun is None or any(is_finite_verb(t) and not _qualifies(t, noun) for t in clause):
        return None
    owner = next((c for c in noun.children if c.dep_ in ("nmod", "poss", "nmod:poss") and c.pos_ in ("NOUN", "PROPN")
                  or c.lower_ in lang.POSSESSIVES), None)
    return owner or next((t for t in clause if t.i > noun.i and t.pos_ == "PROPN"), None)


def _reaction_noun(word: Token, lang: ModuleType) -> bool:
    """A reaction noun ("Réponse du ministre :"), also one opening its sentence that the tagger, misled by the
    capital, read as another part of speech with a lemma of its own ("Réplique d'Aïssatou X, … :" as an
    adjective "répliqu"): the word itself is then the noun."""
    if word.pos_ == "NOUN":
        return word.lemma_.lower() in lang.REACTION_NOUNS
    return word.is_sent_start and word.pos_ != "VERB" and word.lower_ in lang.REACTION_NOUNS


# --- rule 6: the sentence after or before ------------------------------------------------------------------------


def _neighbour_cues(first: Span, last: Span, lang: ModuleType) -> Iterator[Cue]:
    """A quote that is a sentence of its own: the next sentence of the paragraph when it points back to it,
    else the sentence before (see :func:`_next_sentence_cues` and :func:`_previous_sentence_cues`)."""
    opens_paragraph = first.start == 0 or "\n" in first.doc[first.start - 1].text
    yield from _next_sentence_cues(last, lang, opens_paragraph=opens_paragraph)
    if opens_paragraph:
        yield from _next_paragraph_cues(last, lang, after_heading=_after_heading(first))
    if first.start > 0:
        yield from _previous_sentence_cues(first, lang)


def _next_sentence_cues(last: Span, lang: ModuleType, *, opens_paragraph: bool = False) -> Iterator[Cue]:
    """The next sentence of the paragraph, when it holds no quote and points back to the quote with a speech verb
    or a reporting noun ("C'est en ces termes que X a conclu"; "X said."); after a quote opening its paragraph,
    also when its subject is a person, named or described, who does something ("« … » Assise dans son bureau,
    Claire Vasseur pèse chaque mot." "« … » L'ex-avocate hausse les épaules."), or a reaction that comes from
    someone ("« … » La réplique est venue de la maire, Camille Roussel."); after one inside its paragraph, when
    its subject is a person it introduces (:func:`_introduced`). A person is what the model tags or
    the words say (:func:`_is_person_word`): a name it tagged otherwise, and the subject of the next paragraph,
    are left to ``quotes._introduced_after``, which reads the entity table once no cue is found."""
    doc = last.doc
    following = doc[last.end].sent if last.end < len(doc) and "\n" not in doc[last.end - 1].text else None
    if following is None:
        return
    if _has_quote_mark(following) and not (opens_paragraph and _fragments_only(following)):
        pointing = _pointing_back_before_quote(following, lang) if opens_paragraph else None
        if pointing is not None:  # "“…” That was the assessment of X, who urged senators not to “…”"
            yield Cue(word="", speaker=pointing, how="next")
        speaking_on = _person_speaking_on(following, lang) if opens_paragraph else None
        if speaking_on is not None:
            yield Cue(word="", speaker=speaking_on, how="next")
        return  # a fragment the next sentence quotes is its subject's too: "« … » X a défendu un projet «équilibré»"
    verbs = [t for t in following if _is_speech_verb(t, lang) and not _expected_speech(t)
             and not _infinitive_content(t)]
    if verbs or any(t.lower_ in lang.REPORTING_NOUNS for t in following):
        # the mouth or circle the words come from, or the source a noun for them as subject names, whatever verb
        # goes on ("La formule est d'un conseiller, et elle résume …": not "elle", the formula)
        speaker = _voiced_source(following, lang) or _reaction_author(following, lang) \
            or (_speaker_of(verbs[0], lang, -1) if verbs else None)
        if speaker is None or not could_speak(speaker, lang):  # "c'est par ce message publié sur X que Y"
            speaker = _speaking_subject(following, lang)
        yield Cue(word=speech_lemma(verbs[0], lang) if verbs else "", speaker=speaker, how="next")
    else:
        subject = _person_subject(following, lang)
        if subject is not None and (opens_paragraph or _introduced(subject)):
            yield Cue(word="", speaker=subject, how="next")
        elif opens_paragraph:  # "La réplique est venue de la maire"; "That was how X greeted the ruling"
            author = _reaction_author(following, lang) or _manner_source(following, lang) \
                or _pointing_source(following, lang) or _user_of_words(following, lang)
            if author is not None:
                yield Cue(word="", speaker=author, how="next")


def _person_speaking_on(sentence: Span, lang: ModuleType) -> Token | None:
    """The person subject of a sentence after a quote opening its paragraph, when that sentence quotes words of its
    own only inside its predicate, past its main verb ("« … » Me X, l'avocat de Y, a dénoncé une enquête qui
    « … »"): the subject the paragraph opens on goes on speaking, as with a fragment (see
    :func:`_next_sentence_cues`); not a sentence opening on a quote, nor one whose colon announces the new words it
    quotes ("X n'a pas mâché ses mots : « … »")."""
    subject = _person_subject(sentence, lang)
    first_mark = next((t.i for t in sentence if t.text in QUOTE_MARKS), sentence.end)
    announced = any(t.text == ":" for t in sentence.doc[sentence.start: first_mark])
    return subject if subject is not None and subject.i < subject.head.i < first_mark and not announced else None


def _introduced(name: Token) -> bool:
    """Whether a subject is a person's name the text has not given before, set off by a comma for the age or role
    that presents it ("« … » Paul Girard, 64 ans, habite …"): after a quote inside a paragraph too, that is who
    the quote was waiting to name, as after one opening it."""
    if name.pos_ != "PROPN" or name.ent_type_ not in PERSON_TAGS:
        return False
    doc, end = name.doc, name.i + 1
    while end < name.sent.end and doc[end].dep_.startswith("flat"):
        end += 1
    return end < len(doc) and doc[end].text == "," and doc.text.find(doc[name.i: end].text) == name.idx


def _person_subject(sentence: Span, lang: ModuleType) -> Token | None:
    """The person a sentence is about when its subject is one: the main verb's subject, else that of its first
    clause (a fronted participle or a root the parser took too far on: "Invitée de …, X n'a pas varié"; "X a
    réagi sur X. Selon lui, …"), else a name set off after a subject that is a bare description (the parser
    reads the apposition as a conjunct: "Professeure de droit à Lyon, Anne Morel voit là un tournant"), else a
    name the parser made the root, hanging the verb on it ("Paul Girard, 64 ans, habite …", "X, délégué
    syndical, ne décolère pas")."""
    subject, root = subject_of(sentence.root), sentence.root
    set_off = next((c for c in subject.children if c.dep_ in ("appos", "conj") and c.i > subject.i
                    and c.ent_type_ in PERSON_TAGS and c.nbor(-1).text == ","), None) if subject is not None else None
    verbal_name = root if root.pos_ == "PROPN" and any(c.pos_ == "VERB" and c.i > root.i for c in root.children) \
        else None
    candidates = (subject, _first_subject(sentence), set_off, verbal_name)
    return next((c for c in candidates if c is not None and _is_person_word(c, lang)), None)


def _next_paragraph_cues(last: Span, lang: ModuleType, *, after_heading: bool = False) -> Iterator[Cue]:
    """A quote that is a paragraph of its own, whose next paragraph opens on its source: a reaction that comes
    from someone ("“…” ¶ That was the warning from X", "The words came from X"; a cleft pointing back to the
    words, « C'est en ces termes que X a ouvert », see :func:`_cleft_source`), or the occasion its subject spoke
    at (:func:`_speaking_event_cues`); right after a heading, the speaker it announces
    (:func:`_section_opening_cues`)."""
    doc = last.doc
    if last.end >= len(doc) or "\n" not in doc[last.end - 1].text:
        return
    following = doc[last.end].sent
    author = _reaction_author(following, lang) or _manner_source(following, lang) \
        or _pointing_source(following, lang) or _user_of_words(following, lang) or _cleft_source(following, lang)
    if author is not None:
        yield Cue(word="", speaker=author, how="next")
    yield from _speaking_event_cues(following, lang)
    if after_heading:
        yield from _section_opening_cues(following, lang)


def _manner_source(sentence: Span, lang: ModuleType) -> Token | None:
    """Who a sentence pointing back to a quote by a demonstrative and a manner clause names as its source: the
    subject of that clause ("That is how X, a former ambassador, assessed the outcome", "That was how X put it on
    television"), whatever its verb, since the demonstrative is the quote and the clause how someone said it; also
    when the parser made the copula a clause of that verb ("That was how Crown counsel, Advocate X, summed up …")."""
    copula = next((t for t in sentence[:4] if t.lemma_ == "be" and t.i + 1 < sentence.end), None)
    subject = subject_of(copula) if copula is not None else None
    if subject is None or subject.i != copula.i - 1 or "Dem" not in subject.morph.get("PronType") \
            or copula.nbor().lower_ not in lang.MANNER_WORDS:
        return None  # the manner word right after the copula, wherever the parser hung it
    clause = next((c for c in copula.children if c.dep_ in ("ccomp", "attr", "advcl") and c.pos_ in ("VERB", "AUX")),
                  None)
    if clause is None and copula.dep_ == "advcl" and copula.head.i > copula.i:
        clause = copula.head
    source = subject_of(clause) if clause is not None else None
    return source if source is not None and could_speak(source, lang) else None


def _cleft_source(sentence: Span, lang: ModuleType) -> Token | None:
    """Who a cleft pointing back to the quote before names as its source (« C'est ainsi que X a résumé … », « C'est
    par ces mots que X a ouvert … »): a demonstrative pronoun and a copula, then a manner word (``MANNER_WORDS``)
    or a phrase with a demonstrative determiner before the complementizer; the first subject after it that could
    speak."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 4 or words[0].pos_ != "PRON" or words[0].lemma_.lower() not in lang.DEMONSTRATIVES \
            or words[1].lemma_ not in lang.COPULA_LEMMAS:
        return None
    that = next((k for k, t in enumerate(words[2:8], start=2) if t.lower_ in lang.COMPLEMENTIZERS), None)
    pointing = that is not None and any(t.lower_ in lang.MANNER_WORDS or t.pos_ == "DET"
                                        and t.lower_ in lang.DEMONSTRATIVES for t in words[2:that])
    return next((t for t in words[that + 1:] if t.dep_.startswith("nsubj") and could_speak(t, lang)), None) \
        if pointing else None


def _user_of_words(sentence: Span, lang: ModuleType) -> Token | None:
    """The subject of a sentence whose main verb takes the quote before it as its object, by a demonstrative
    ("X said this in a voice note", "X used that line to open the debate", "X a lâché cette phrase"): whoever
    said, used or wrote those words."""
    root = sentence.root
    subject = subject_of(root) if not _has_quote_mark(sentence) else None  # not "“They call this a gain”"
    pointing = next((c for c in root.children if c.dep_ in ("dobj", "obj") and (
        c.pos_ == "PRON" and c.lower_ in lang.DEMONSTRATIVES
        or _names_words(c, lang) and any(d.dep_ == "det" and d.lower_ in lang.DEMONSTRATIVES for d in c.children))),
        None)
    if pointing is None or subject is None or subject.i > root.i or not could_speak(subject, lang):
        return None
    # the person a long title ends on, which the parser hung on the body opening it ("Tobago Division of the
    # Chamber chairman X said this"), or the name set off right before the verb whatever the model tagged it
    # ("Minister of State in the Office of the Prime Minister, Nadine X, used that line")
    return _last_person(sentence.doc[subject.i: root.i], lang) or _name_set_off_before(root) or subject


def _name_set_off_before(verb: Token) -> Token | None:
    """The last word of a name of two or more capitalised words set off by commas right before a verb, after the
    title its phrase opens on ("Minister of State …, Nadine X, used"): the person the title is."""
    doc, end = verb.doc, verb.i - 1
    start = end
    while start - 1 > verb.sent.start and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].pos_ in ("PROPN", "NOUN"):
        start -= 1
    named = end - start >= 2 and doc[end].text == "," and doc[start - 1].text == ","
    return doc[end - 1] if named else None


def _pointing_back_before_quote(sentence: Span, lang: ModuleType) -> Token | None:
    """The source a sentence with a demonstrative subject, or one opening on a noun for the words, names for the
    quote before it ("That was the blunt assessment of X", "Those were the words of X", "L'argument a été avancé
    par X"), before the sentence quotes anything of its own (a relative clause on X: "…, who urged senators not to
    “…”"; a placard "that read “…”"): the subject is that quote, whatever the sentence quotes after it."""
    subject = subject_of(sentence.root)
    opening = subject is not None and all(t.dep_ == "det" for t in sentence.doc[sentence.start: subject.i])
    if not opening or not ("Dem" in subject.morph.get("PronType") or _names_words(subject, lang)):
        return None  # also a noun for the words ("« … » L'interpellation est signée X, qui a dénoncé une « … »")
    source = _reaction_author(sentence, lang) or _pointing_source(sentence, lang)
    first_mark = next((t.i for t in sentence if t.text in QUOTE_MARKS), sentence.end)
    return source if source is not None and source.i < first_mark else None


def _pointing_source(sentence: Span, lang: ModuleType) -> Token | None:
    """The person a sentence opening on a word that points back to the quote names as its source: a demonstrative
    subject whose copula's complement is a person's name ("That was X, who owns …"; one a role titles, whatever the
    model tagged it: "That was councillor X, seconding the motion"), or the inverted subject of a
    speech verb after an adverb of manner (``POINTING_ADVERBS``: "So said X, director of …")."""
    first, root = sentence[0], sentence.root
    subject = subject_of(root)
    if subject is None:
        return None
    if subject.i == first.i and "Dem" in first.morph.get("PronType") and root.pos_ == "AUX":
        attr = next((c for c in root.children if c.dep_ == "attr"), None)
        role = attr is not None and _is_role_noun(attr, lang)  # "That was councillor X": the name in apposition
        named = attr if attr is not None and attr.pos_ == "PROPN" else next(
            (c for c in attr.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if role else None
        return named if named is not None and (named.ent_type_ in PERSON_TAGS or role or _titled_by_role(named, lang)) \
            else None
    pointing = first.lower_ in getattr(lang, "POINTING_ADVERBS", ()) and first.head.i == root.i
    return subject if pointing and subject.i > root.i and _is_speech_verb(root, lang) else None


def _titled_by_role(name: Token, lang: ModuleType) -> bool:
    """A name whatever the model tagged it, that a role noun before it in its phrase titles ("North Isles
    councillor Magnus Isbister"): a person."""
    return any(c.dep_ == "compound" and c.i < name.i and _is_role_noun(c, lang) for c in name.children)


def _after_heading(first: Span) -> bool:
    """Whether the paragraph a sentence opens comes right after a heading (or the title): a paragraph of one
    sentence that ends on no full stop, question or exclamation mark ("Stalled, not failed").

    Not ``SpeakerResolver._section_starts``, which reads the loader's blocks: the cues see only the parse, and
    the two ask different things. Here the title and a byline before the lede count (a quote right under them
    opens the article as one under an intertitle opens a section), and a quoted question standing as a heading
    does not ("« Vous saviez ? »": a question may be the quote itself); there a section starts after any heading
    between body paragraphs, never at the lede. On the dev articles they disagree on about one paragraph opening
    in thirteen, most of them ledes."""
    doc = first.doc
    if first.start == 0:
        return False
    previous = doc[first.start - 1].sent
    opens = previous.start == 0 or "\n" in doc[previous.start - 1].text
    words = [t for t in previous if not (t.is_punct or t.is_space)]
    ending = next((t for t in reversed(previous) if not (t.is_space or t.is_quote)), None)
    return opens and ending is not None and ending.text not in (".", "!", "?", "…", ":") and len(words) <= 12


def _section_opening_cues(following: Span, lang: ModuleType) -> Iterator[Cue]:
    """A quote that is a paragraph of its own opening a section sets up the speaker its next paragraph brings
    in; it does not go on with the previous section's voice ("Heading ¶ “…” ¶ Defence lawyer X told the court
    that …"): the subject of the speech verb heading ``following``, the next paragraph's first sentence, or of a
    verb of speaking to someone ("Heading ¶ “…” ¶ X, who travelled …, spoke to New Era outside the court",
    ``SPEAKING_VERBS``)."""
    verb = following.root
    speaking = _is_speech_verb(verb, lang) or _speaking_verb(verb, lang)
    subject = subject_of(verb) if speaking else None
    if subject is not None and subject.i < verb.i and _is_person_word(subject, lang):
        yield Cue(word=speech_lemma(verb, lang) or verb.lemma_.lower(), speaker=subject, how="next")


def _speaking_verb(verb: Token, lang: ModuleType) -> bool:
    """Whether a verb tells that its subject spoke (``SPEAKING_VERBS``: "spoke to reporters"), not negated."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in getattr(lang, "SPEAKING_VERBS", ()) \
        and not is_negated(verb, lang)


def _speaking_event_cues(following: Span, lang: ModuleType) -> Iterator[Cue]:
    """The first sentence of the paragraph after a quote that is one of its own, when it opens on the occasion its
    subject spoke at ("“…” ¶ CoG chairperson X was speaking outside the court after the ruling"): that subject
    speaks."""
    verb = following.root
    progressive = any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        and "Prog" in verb.morph.get("Aspect")
    subject = subject_of(verb) if progressive and verb.lemma_.lower() in getattr(lang, "SPEAKING_VERBS", ()) \
        else None
    if subject is not None and subject.i < verb.i and _is_person_word(subject, lang) \
            and not _has_quote_mark(following):
        yield Cue(word=verb.lemma_.lower(), speaker=subject, how="next")


def _reaction_author(sentence: Span, lang: ModuleType) -> Token | None:
    """Whom a sentence pointing back to a quote by a reaction noun names as its source: the noun is its subject
    ("La réplique est venue de la maire", "The words came not from the opposition but from X") or what a
    demonstrative subject is ("That was the warning from X"); the source is the first person or body after
    it marked by "de", "from", "of" or "by" (not a negated one), or the agent of the passive verb it is the
    subject of ("« … » Le constat est dressé par X", "La question est posée par X"), the name after a passive
    of signing ("L'interpellation est signée X"), or the subject of a relative clause on the noun ("C'est le message
    qu'a voulu porter X")."""
    subject = _pointing_opener(sentence, lang) or subject_of(sentence.root)
    # else the noun the parser made the root or hung on the copula ("La phrase, reprise en chœur par la foule, est
    # de X"), not in a verbless "Réponse de X : « … »", which introduces the quote after its colon
    noun = subject or next((t for t in (sentence.root, _first_subject(sentence)) if t is not None
                            and _names_words(t, lang) and not any(w.text == ":" for w in sentence)), None)
    if subject is not None and _points_back(subject, lang):  # or the root of "C'est le message de X"
        verb = subject.head
        noun = next((c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.i != subject.i), None) \
            or (verb if verb.pos_ == "NOUN" else None)
    if noun is None or not _names_words(noun, lang):
        return None  # any noun of something said ("That assurance came from X", "La phrase est de X")
    signing = getattr(lang, "SIGNING_VERBS", ())
    return _relative_author(noun, lang) or next((t for t in sentence if t.i > noun.i and t.pos_ in ("NOUN", "PROPN")
                 and (_marked_from(t) or t.head.i == noun.head.i and (
                     t.dep_ == "obl:agent" or t.dep_ in ("xcomp", "obj") and noun.head.lemma_.lower() in signing))
                 and could_speak(t, lang)), None)


def _pointing_opener(sentence: Span, lang: ModuleType) -> Token | None:
    """A demonstrative opening the sentence as the subject of a copula that the parser hung under a later verb
    ("Those were the words of X, in a statement read to the court by Y": "read" made the root), else None."""
    opener = sentence[0] if len(sentence) else None
    if opener is None or not opener.dep_.startswith("nsubj") or not _points_back(opener, lang) \
            or opener.head.i == sentence.root.i or opener.head.lemma_.lower() not in lang.COPULA_LEMMAS:
        return None
    return opener


def _points_back(subject: Token, lang: ModuleType) -> bool:
    """A demonstrative pronoun: "That", "Those", also the « c' » the French tagger leaves unmarked."""
    return "Dem" in subject.morph.get("PronType") or subject.pos_ == "PRON" \
        and subject.lemma_.lower() in lang.DEMONSTRATIVES


def _names_words(noun: Token, lang: ModuleType) -> bool:
    """Whether a noun stands for words someone said: a reaction, message or quote noun, also one of several words
    ("la mise en garde", "le son de cloche")."""
    said = lang.REACTION_NOUNS | getattr(lang, "MESSAGE_NOUNS", frozenset()) | lang.QUOTE_NOUNS
    phrase = " ".join([noun.lemma_.lower()] + [t.lower_ for t in noun.doc[noun.i + 1: noun.i + 3]])
    return noun.lemma_.lower() in said or any(phrase.startswith(f"{words} ") or phrase == words
                                              for words in said if " " in words)


def _relative_author(noun: Token, lang: ModuleType) -> Token | None:
    """The subject of a relative clause on a noun standing for the words, who said or wrote them ("That was the
    line X chose"); not the relative pronoun itself. After "que" the subject may follow the verb, which the parser
    reads as its object ("C'est le message qu'a voulu porter X")."""
    clause = next((c for c in noun.children if c.dep_ in ("acl:relcl", "relcl")), None)
    verbs = [clause] + [c for c in clause.children if c.dep_ == "xcomp"] if clause is not None else []
    subject = next((s for v in verbs if (s := subject_of(v)) is not None and s.pos_ != "PRON"), None)
    inverted = next((c for v in verbs for c in v.children if c.dep_ == "obj" and c.i > v.i
                     and c.pos_ in ("NOUN", "PROPN")), None) if subject is None else None
    source = subject or inverted
    return source if source is not None and could_speak(source, lang) else None


def _marked_from(word: Token) -> bool:
    """A word marked as a source by a preposition of origin, as its case ("de la maire") or as the object of
    one ("from the minister"), unless that one is negated ("not from the opposition")."""
    marker = next((c for c in word.children if c.dep_ == "case"), None) or (word.head if word.dep_ == "pobj" else None)
    return marker is not None and marker.lower_ in _FROM and not any(c.dep_ == "neg" for c in marker.children)


def _voiced_source(sentence: Span, lang: ModuleType) -> Token | None:
    """The person whose mouth, voice or pen a sentence names ("La formule revient sans cesse dans la bouche de
    la maire"), who says what the sentence points back to; else the circle the words go round or come from ("Le
    message circule dans l'entourage du Premier ministre"), which speaks itself."""
    return next((source for t in sentence if t.lower_ in lang.VOICE_NOUNS and is_source_marker(t, lang)
                 and (source := marked_source(t, lang)) is not None and could_speak(source, lang)), None) \
        or next((t for t in sentence if t.lemma_.lower() in getattr(lang, "CIRCLE_NOUNS", ())
                 and any(c.dep_ == "case" and c.lower_ in _CIRCLE_PLACES for c in t.children)), None)


def _first_subject(sentence: Span) -> Token | None:
    """The first subject of a sentence, outside marks: that of its first clause ("Invitée de …, Marion Delaunay
    n'a pas varié", whose participle the parser made the root)."""
    quoted = _quoted_positions(sentence)
    return next((t for t in sentence if t.dep_ in ("nsubj", "nsubj:pass") and t.i not in quoted), None)


def _quoted_positions(sentence: Span) -> set[int]:
    """Indices of the tokens between marks in a sentence; a straight mark ('"') opens or closes in turn."""
    inside, positions = False, set()
    for token in sentence:
        if token.text in SIDED_OPENING_MARKS:
            inside = True
        elif token.text in SIDED_CLOSING_MARKS:
            inside = False
        elif token.text == '"':
            inside = not inside
        elif inside:
            positions.add(token.i)
    return positions


def _fragments_only(sentence: Span) -> bool:
    """Whether every span in marks of a sentence is a short fragment (at most three words: "un projet
    «équilibré»"), not a quote of its own that its speech verb would report."""
    marks = [t.i for t in sentence if t.text in QUOTE_MARKS]
    return len(marks) % 2 == 0 and all(b - a <= 4 for a, b in zip(marks[::2], marks[1::2]))


def _infinitive_content(verb: Token) -> bool:
    """A speech verb that reports a content of its own in an infinitive clause ("La chambre dit avoir recensé
    quarante dossiers"): it says something new, it does not point back to the quote before it."""
    return any(c.dep_ == "xcomp" and (_infinitive(c) or any(a.dep_.startswith("aux") and _infinitive(a)
                                                             for a in c.children)) for c in verb.children)


def _expected_speech(verb: Token) -> bool:
    """"Vervoort expects the commission to concede on timing": an infinitive with a subject of its own, what
    someone expects, wants or asks another to say, which reports nothing said."""
    return "Inf" in verb.morph.get("VerbForm") and has_subject(verb)


def _is_person_word(token: Token, lang: ModuleType) -> bool:
    """A person's name as the model tags it, a role with a definite article ("L'ex-avocate"), a noun with a
    person's name set off after it ("La syndique de Tafers, Ursula Bertschy,"), or il/elle."""
    role = _is_role_noun(token, lang) and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
    named = token.pos_ == "NOUN" and (_person_set_off(token) or any(
        c.dep_ == "appos" and c.ent_type_ in PERSON_TAGS and c.nbor(-1).text == "," for c in token.children))
    return token.ent_type_ in PERSON_TAGS or role or named or token.lower_ in lang.PRONOUN_GENDERS


def _previous_sentence_cues(first: Span, lang: ModuleType) -> Iterator[Cue]:
    """The subject of the sentence before, when that one holds no quote ("Le ministre ne le cache pas. « … »"),
    also across a paragraph break when it announces speech (see :func:`_announces_speech`)."""
    doc = first.doc
    preceding = doc[first.start - 1].sent
    if "\n" not in doc[first.start - 1].text:
        if not _has_quote_mark(preceding):
            yield Cue(word="", speaker=_context_source(preceding, lang), how="context")
    elif _announces_speech(preceding, lang) and not _ends_with_quoted_question(preceding) \
            and not _reports_own_quote(preceding):
        # "X a salué sa position dans un entretien au quotidien. ¶ « … »"; not "X demande : « … ? » ¶ « … »"
        subject = _opening_source(preceding, lang) or sentence_subject(preceding, lang) \
            or _lost_described_subject(preceding, lang)
        if subject is not None and subject.i not in _quoted_positions(preceding):  # not a word of its quote
            yield Cue(word="", speaker=subject, how="context")


def _lost_described_subject(sentence: Span, lang: ModuleType) -> Token | None:
    """The last noun before a main verb the parser left without subject that a personal relative clause makes a
    person ("In Westport, …, a worker who asked not to be named said …", "worker" hung on the place)."""
    return next((t for t in reversed(sentence.doc[sentence.start: sentence.root.i]) if t.pos_ == "NOUN"
                 and _personal_relative_clause(t, lang) and not _governed(t)), None)


def _context_source(sentence: Span, lang: ModuleType) -> Token | None:
    """Whose words a sentence before a quote gives: the source a marker opening it names, whose account the quote
    goes on with ("Pour X, chercheuse au …, le problème est structurel. « … »": X's view; "According to X, the
    association wrote to the council. “…”": X tells what the body did), else its subject."""
    subject = sentence_subject(sentence, lang)
    if not is_source_marker(sentence[0], lang):
        return subject
    source = marked_source(sentence[0], lang)
    if source is not None and could_speak(source, lang) or subject is None or not could_speak(subject, lang):
        return source or subject  # "Selon le rapport, …": the document, when no one speaks
    return subject


def _opening_source(sentence: Span, lang: ModuleType) -> Token | None:
    """The source a marker opening the sentence names, when it could speak ("According to X, …", "Selon X, …"),
    else None."""
    if not len(sentence) or not is_source_marker(sentence[0], lang):
        return None
    source = marked_source(sentence[0], lang)
    return source if source is not None and could_speak(source, lang) else None


def sentence_subject(sentence: Span, lang: ModuleType | None = None) -> Token | None:
    """The main verb's subject, else the last person named before it outside a prepositional phrase ("Patron
    d'un fileyeur basé à Ciboure, Mikel Arrieta, 46 ans, fait ses comptes": the parser left "fait" without one);
    with ``lang``, also a name its age sets off whatever the model's tag ("Ibrahima, 29 ans, est venu …")."""
    return subject_of(sentence.root) or _last_person(sentence.doc[sentence.start: sentence.root.i], lang)


def _last_person(tokens: Span, lang: ModuleType | None = None) -> Token | None:
    """The last person the model tags among the tokens, outside a prepositional phrase; also a capitalised name
    the tagger took for a noun ("Sandrine, elle, …"), and with ``lang`` a name its age sets off, whatever the
    model's tag ("Odile, 71 ans, …")."""
    return next((t for t in reversed(tokens) if (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper())
                 and (t.ent_type_ in PERSON_TAGS or lang is not None and _aged_name(t, lang))
                 and not _governed(t)), None)


def _aged_name(name: Token, lang: ModuleType) -> bool:
    """A capitalised name followed by its age in the press's apposition: "Odile, 71 ans," (a person)."""
    after = name.doc[name.i + 1: name.i + 4]
    return name.is_title and len(after) == 3 and after[0].text == "," and is_age(after[1], lang)


def _announces_speech(sentence: Span, lang: ModuleType) -> bool:
    """A sentence that ends a paragraph by announcing what follows: a speech verb, a reporting noun
    ("dans un entretien", "in comments to PAP") or a final colon."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text == ":" or any(
        _is_speech_verb(t, lang) or t.lemma_.lower() in lang.REPORTING_NOUNS for t in words)


def _speaking_subject(sentence: Span, lang: ModuleType) -> Token | None:
    """The first subject of the sentence that could speak, in any clause ("C'est par ces mots que la ministre
    a ouvert son intervention"), else the main clause's subject, else the person named before the main verb when
    the parser lost it (see :func:`sentence_subject`)."""
    subjects = [t for t in sentence if t.dep_.startswith("nsubj") and could_speak(t, lang)]
    return subjects[0] if subjects else sentence_subject(sentence, lang)  # "…, Claire X, …, veut croire"


def _ends_with_quoted_question(sentence: Span) -> bool:
    """Whether a sentence ends on a quoted question (« La présidente attaque : « Comment l'expliquez-vous ? »"):
    the speech it announced is that question, and a quote opening the next paragraph is its answer, someone
    else's (see :mod:`newsbrief.exchanges`)."""
    words = [t.text for t in sentence if not t.is_space and not t.is_punct or t.text in "?«»“”\""]
    return len(words) >= 2 and words[-1] in "»”\"" and words[-2].endswith("?")


def _reports_own_quote(sentence: Span) -> bool:
    """Whether a sentence quotes words of its own, more than fragments, and closes on its cue rather than a colon
    ("“…, Mr. Okoro,” the judge remarked."): its speech verb reports that quote, and the quote opening the next
    paragraph is a new turn, maybe another's (an answer), not words it announces."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text != ":" and _has_quote_mark(sentence) and not _fragments_only(sentence)




def _has_quote_mark(sentence: Span) -> bool:
    return any(t.text in QUOTE_MARKS for t in sentence)


# --- the speaker of a speech verb --------------------------------------------------------------------------------


def _speaker_of(verb: Token, lang: ModuleType, quote_end: int) -> Token | None:
    """The verb's subject when it could speak and is not inside the quote just before (``quote_end``);
    else the noun phrase after the verb ("comme le précise l'ambassadeur"), else the sentence's subject."""
    quoted = _quoted_source(verb, lang) or _quoted_as_saying(verb, lang) or _reporter(verb, lang) \
        or _spending_subject(verb, lang) or _labelling_subject(verb, lang) or _contact_relative_subject(verb, lang) \
        or _person_behind_relative(verb, lang)
    if quoted is not None:
        return quoted
    subject = _outside_subject(verb, lang)
    taken_up = _sentence_it_source(subject, lang) if subject is not None else None
    if taken_up is not None:
        return taken_up
    subject = _trailing_participle_subject(verb, lang) or subject
    incise = 0 <= quote_end <= verb.i <= quote_end + 2
    swapped = _object_before_subject(verb, subject, lang) if incise else None
    if swapped is not None:
        return swapped
    if subject is None and verb.pos_ not in ("VERB", "AUX") and _after_acronym(verb) \
            and could_speak(verb.nbor(-2), lang):
        return verb.nbor(-2)  # "la Commission … (CRE) juge les offres « … »": the body the acronym stands for
    if subject is not None and is_passive_subject(subject, verb, lang):
        return _agent_noun(verb)  # "elle a été reconnue par l'Église": the Church speaks, not she
    past_addressee = _subject_past_addressee(verb, lang) if incise else None
    if past_addressee is not None:
        return past_addressee
    if subject is not None and subject.i >= quote_end and could_speak(subject, lang):
        return subject
    return _speaker_past_subject(verb, subject, lang, quote_end, incise=incise)


def _speaker_past_subject(verb: Token, subject: Token | None, lang: ModuleType, quote_end: int, *,
                          incise: bool) -> Token | None:
    """The rest of :func:`_speaker_of` once its ``subject`` (maybe ``None``) is no speaker outside the quote:
    the noun phrase after the verb, a conjunct's own subject, a name before the quote, the sentence's subject."""
    after = _postverbal_subject(verb, lang) if verb.lemma_.lower() not in lang.ADDRESSING_VERBS \
        and not _coordinated_verb(verb) else None
    objected = after is not None and after.dep_ in ("obj", "dobj") and subject is not None and subject.i < verb.i
    if after is not None and could_speak(after, lang) and not objected:  # not the one told: "the 45-year-old
        return after  # told Sky News"; not the object of a subject's verb ("un vendeur résume l'état d'esprit :")
    if incise and after is not None and after.pos_ == "NOUN" and (
            after.dep_ in ("obj", "dobj") and determiner(after) in _SPEAKER_ARTICLES
            or determiner(after) in lang.POSSESSIVES):  # an incise's subject the parser took for its object, of a
        return after  # noun no word list knows: "« … », confie un technicien de maintenance", "raconte sa mère"
    if subject is not None and _own_conjunct_subject(subject, verb):
        return subject  # "the minister says …, but private sector warns of “…”": not the first clause's subject
    if subject is not None and verb.pos_ not in ("VERB", "AUX") and _has_own_subject(verb):
        return subject  # "Le régulateur juge …" read as a noun: its own subject, not the sentence root's
    if subject is None and _between_name_and_quote(verb):  # "un bilan que Paul Roux juge « … »": the name speaks
        name = verb.nbor(-1)
        return name.head if name.dep_.startswith("flat") and name.head.i < name.i else name
    root_subject = _subject_before_reported_root(verb, lang) or subject_of(verb.sent.root)
    if root_subject is not None and root_subject.i >= quote_end and not _inside_marks(root_subject, verb):
        return root_subject
    if after_object_clitic(verb, lang):  # "un proche de la direction la juge « … »": the noun phrase before
        return _speaker_just_before(verb, lang) or subject
    if verb.pos_ not in ("VERB", "AUX"):  # a verb the tagger took for a noun: its clause opens with the speaker
        return next((t for t in verb.sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN") and could_speak(t, lang)),
                    subject)
    return subject or _speaker_just_before(verb, lang)


def _subject_past_addressee(verb: Token, lang: ModuleType) -> Token | None:
    """"…," told the BBC the foreign minister: an addressing verb's subject inverted after the one it addresses,
    which the parser takes for a second object (the addressee being read as its object or its subject, "told Sky
    News the minister"); the noun phrase with an article after the addressee."""
    if verb.lemma_.lower() not in lang.ADDRESSING_VERBS:
        return None
    addressee = next((c for c in verb.children if c.i > verb.i
                      and (c.dep_ in ("dative", "iobj") or c.dep_.startswith("nsubj"))), None)
    second = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and addressee is not None
                   and c.i > addressee.i and determiner(c) in DEFINITE), None)
    return second if second is not None and could_speak(second, lang) else None


def _coordinated_verb(verb: Token) -> bool:
    """A verb opened by a coordinating conjunction ("… et annonce le déploiement de « … »", "and warned the
    council"): its subject is the one it shares with the verb before, never inverted after it, so the noun
    after it is its object. Not the narrative infinitive, whose subject follows it (« … », et d'ajouter X)."""
    return _opened_by_conjunction(verb) and "Inf" not in verb.morph.get("VerbForm")


def _opened_by_conjunction(verb: Token) -> bool:
    """A conjunct with its coordinating conjunction before it ("… et annonce", "and warned")."""
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.i < verb.i for c in verb.children)


def _person_behind_relative(verb: Token, lang: ModuleType) -> Token | None:
    """"the second witness, a former clerk at the ministry, who had told the court that …": a relative clause opened
    by a pronoun only a person takes, which the parser hung on a noun that names no person (a body, a place, a
    thing) in a prepositional complement of a person's noun phrase, qualifies that person: the head of the phrase,
    before the appositions it heads."""
    pronoun = next((c for c in verb.children if c.dep_.startswith("nsubj")
                    and c.lower_ in getattr(lang, "PERSONAL_RELATIVES", ())), None)
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl:relcl") or pronoun is None or _person_noun(noun, lang):
        return None
    for _ in range(6):
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        elif noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        else:
            return None
        if _person_noun(noun, lang):
            while noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head
            return noun if could_speak(noun, lang) else None
    return None


def _person_noun(noun: Token, lang: ModuleType) -> bool:
    """A person's name as the model tags it, or a role noun ("director", "la présidente")."""
    return noun.ent_type_ in PERSON_TAGS or _is_role_noun(noun, lang)


def _is_role_noun(token: Token, lang: ModuleType) -> bool:
    """A noun of ``ROLE_NOUNS``, by its form or its role lemma ("director", "la présidente")."""
    return token.pos_ == "NOUN" and (_is_one_of(token, lang.ROLE_NOUNS) or role_lemma(token, lang) in lang.ROLE_NOUNS)


def _subject_before_reported_root(verb: Token, lang: ModuleType) -> Token | None:
    """The subject before a speech verb left without one when the parser made the clause it reports the root of
    the sentence, hanging both subjects on it ("Le ministère a, de son côté, assuré … que la situation « est en
    voie d'amélioration »"): the clause opened by a complementizer after the verb is what is said, and its own
    subject ("la situation") is no speaker; the one before the verb is."""
    root = verb.sent.root
    if not any(c.dep_ == "mark" and c.lower_ in lang.COMPLEMENTIZERS and c.i > verb.i for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i < verb.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _outside_subject(verb: Token, lang: ModuleType) -> Token | None:
    """The verb's subject (also a subject pronoun parsed as an expletive, "il confie", or stranded), unless it is
    inside the quote marks, a pronoun that does not agree with the verb or the incise's dative: "« … n'est pas une
    zone de non-droit », a déclaré le représentant de l'État" is not said by the zone; of two subjects the parser
    gave the verb, one in quote marks, the other when it could speak."""
    subject = subject_of(verb) or next((c for c in verb.children if c.dep_ == "expl:subj"
                                        and c.lower_ in lang.PRONOUN_GENDERS), None) \
        or _stranded_subject(verb, lang)
    if subject is not None and _inside_marks(subject, verb):  # a verb given two subjects, one a title's word: "la
        subject = _other_speaking_subject(subject, verb, lang)  # CRC, dans son rapport « … les défis … », qualifiait"
    if subject is not None and (_inside_marks(subject, verb) or _disagreeing_pronoun(subject, verb)
                                or _incise_dative(subject, verb)):
        return None
    return subject


def _other_speaking_subject(subject: Token, verb: Token, lang: ModuleType) -> Token:
    """Another subject the parser gave the verb, outside quote marks, that could speak; else ``subject``."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i != subject.i
                 and not _inside_marks(c, verb) and could_speak(c, lang)), subject)


def _own_conjunct_subject(subject: Token, verb: Token) -> bool:
    """Whether a verb conjoined to the clause before has a subject of its own, before it ("X says …, but exporters
    warn …"): a noun no word list knows still speaks there, where the first clause's subject does not."""
    return verb.dep_ == "conj" and subject.head == verb and subject.dep_.startswith("nsubj") and subject.i < verb.i \
        and subject.pos_ in ("NOUN", "PROPN") and not _inside_marks(subject, verb)


def _detached_auxiliary(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the auxiliary of the participle ``verb`` that an adjunct between them led the parser to
    hang elsewhere ("X a, pour sa part, salué …", "X a pour sa part appelé …": the participle taken for a
    modifier of "part"): no other verb stands between them. The parser then often makes the subject noun the
    root of the sentence, hanging the rest of the clause on it."""
    return token.pos_ == "AUX" and "Part" in verb.morph.get("VerbForm") and token.i < verb.i \
        and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[token.i + 1: verb.i])


def _object_before_subject(verb: Token, subject: Token | None, lang: ModuleType) -> Token | None:
    """« … », a affirmé le député X, d'EPR, le parti de Y: in an incise the quote is what is said, so a noun phrase
    opening right after the verb that the parser made its object, ahead of the noun it made the subject, is the
    inverted subject, and the later noun an apposition to it."""
    if subject is None or subject.i < verb.i:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and verb.i < c.i < subject.i), None)
    return obj if obj is not None and obj.left_edge.i == verb.i + 1 and could_speak(obj, lang) else None


def _disagreeing_pronoun(subject: Token, verb: Token) -> bool:
    """« … », nous a confié un diplomate: a first- or second-person pronoun before a verb in the third person does
    not agree with it, so it is the verb's indirect object (the parser may label it the subject)."""
    finite = next((t for t in [*(c for c in verb.children if c.dep_.startswith("aux")), verb]
                   if "Fin" in t.morph.get("VerbForm")), None)
    return subject.pos_ == "PRON" and subject.i < verb.i and finite is not None \
        and set(subject.morph.get("Person")) & {"1", "2"} != set() and finite.morph.get("Person") == ["3"]


def _incise_dative(subject: Token, verb: Token) -> bool:
    """« … », lui a demandé la présidente / leur répond X: "lui" / "leur" opening an incise right before its verb
    or auxiliary is the one spoken to (the parser may label it the subject and the inverted subject after the
    verb its object); a stressed subject "lui" would not follow the quote's comma."""
    if subject.lower_ not in _DATIVE_CLITICS or not subject.i < verb.i or subject.i < 2 \
            or subject.nbor().pos_ not in ("AUX", "VERB"):
        return False
    before = subject.nbor(-1)
    return _closing_mark(before) or before.text == "," and _closing_mark(subject.nbor(-2))


def _sentence_it_source(subject: Token, lang: ModuleType) -> Token | None:
    """"The complaint argues that … It also accuses the agency of …": a neuter pronoun opening its sentence, or
    opening its main clause after a fronted adjunct ("In a statement it said", "On Monday, it added") or after
    the quote that opens the sentence ("“…,” it said in a response"), takes up the subject of the sentence before
    when that is a document, a statement or a body (never a person)."""
    if subject.lower_ not in getattr(lang, "NEUTER_PRONOUNS", ()) or subject.sent.start == 0 \
            or not (subject.i == subject.sent.start or _after_fronted_adjunct(subject)
                    or _after_opening_quote(subject)):
        return None
    before = subject_of(subject.doc[subject.sent.start - 1].sent.root)
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    words = getattr(lang, "DOCUMENT_NOUNS", frozenset()) | lang.REPORTING_NOUNS | lang.ORG_NOUNS
    return before if before.lemma_.lower() in words or before.ent_type_ == "ORG" else None


def _after_opening_quote(subject: Token) -> bool:
    """A word right after the closing mark of a quote that opens its sentence (the incise "“…,” it said")."""
    opening = subject.sent[0]
    return subject.i > opening.i + 1 and opening.is_quote and "Ini" in opening.morph.get("PunctSide") \
        and subject.nbor(-1).is_quote and "Fin" in subject.nbor(-1).morph.get("PunctSide")


def _after_fronted_adjunct(subject: Token) -> bool:
    """The subject of its sentence's main verb with only adjuncts before it (prepositional phrases, adverbs, a
    noun of time: "In a statement it said", "Later, it added"), no other clause or noun phrase."""
    root = subject.sent.root
    fronted = [c for c in root.children if c.i < subject.i]
    return subject.head.i == root.i and bool(fronted) \
        and all(c.dep_ in ("prep", "advmod", "npadvmod", "punct") for c in fronted)


def _trailing_participle_subject(verb: Token, lang: ModuleType) -> Token | None:
    """An -ing participle set off by a comma after a clause, which the parser hung on a noun that cannot speak
    ("The ministry called the post “a provocation” in a statement, accusing Chisinau of “…”"), says what the
    clause's subject does: that subject speaks. A noun that is itself a name, role or body keeps it ("…, the
    minister, accusing …")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i == 0 or verb.nbor(-1).text != "," \
            or noun.pos_ == "PROPN" or noun.ent_type_ or _is_one_of(noun, lang.ROLE_NOUNS | lang.ORG_NOUNS):
        return None
    node = noun
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    subject = subject_of(node) if node.pos_ in ("VERB", "AUX") else None
    return subject if subject is not None and could_speak(subject, lang) else None


def _reporter(verb: Token, lang: ModuleType) -> Token | None:
    """The subject of the speech verb whose reported clause the parser hung a speech participle or conjunct on:
    "X said the Coalition would oppose the bill, arguing …", "X told POLITICO that the law already covers … and
    warned against …" (a past conjunct of a clause not in the past, a finite verb beside a participle with its
    auxiliaries, "X annonce que le pont sera fermé …, et dénonce « … »", or any conjunct of a clause whose subject
    cannot speak) are X's."""
    clause = verb.head
    participle = verb.dep_ == "advcl" and _is_present_participle(verb) and verb.i > 0 and verb.nbor(-1).text == ","
    conjunct = verb.dep_ == "conj" and not has_subject(verb) \
        and ("Past" in verb.morph.get("Tense") and "Past" not in clause.morph.get("Tense")
             or _finite_beside_participle(verb, clause) or _mute_subject(clause, lang))
    reporting = _reporting_verb(clause)
    if not (participle or conjunct) or reporting is None or _is_speech_verb(clause, lang) \
            or not _is_speech_verb(reporting, lang):
        return None
    subject = subject_of(reporting)
    return subject if subject is not None and could_speak(subject, lang) else None


def _reporting_verb(clause: Token) -> Token | None:
    """The verb a reported clause is the object of: its head for a complement clause, and for a "that" clause the
    parser hung on the medium named after the verb ("X said in a statement that Beijing “stands ready …” and
    hoped …": the clause qualifies no statement, it is what X said in one) the verb the medium's phrase hangs on."""
    if clause.dep_ == "ccomp":
        return clause.head
    medium = clause.head
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if clause.dep_ != "acl" or not marked or medium.dep_ != "pobj" or medium.head.dep_ != "prep":
        return None
    verb = medium.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _mute_subject(clause: Token, lang: ModuleType) -> bool:
    """Whether a reported clause's subject is a thing that cannot speak ("Ms X said the levy was under review and
    accused her opposite number of …"): a speech verb coordinated to that clause cannot share its subject, so it is
    the reporter's."""
    subject = subject_of(clause)
    return subject is not None and subject.pos_ == "NOUN" and not could_speak(subject, lang)


def _finite_beside_participle(verb: Token, clause: Token) -> bool:
    """A simple past conjunct hung on a participle with its auxiliaries ("X said that Kolkata had not been taken into
    confidence and warned New Delhi …"): a finite verb shares no auxiliary, so it is no coordinate of the
    participle's clause but of the verb that reports it."""
    auxiliaries = any(c.dep_ in ("aux", "auxpass", "aux:pass") for c in clause.children)
    return "Fin" in verb.morph.get("VerbForm") and "Part" in clause.morph.get("VerbForm") and auxiliaries


def _spending_subject(verb: Token, lang: ModuleType) -> Token | None:
    """A speech participle describing what the subject spent a time doing: "Ms Drummond had spent the campaign
    insisting …" (parsed as qualifying "campaign") is Ms Drummond's."""
    noun = verb.head
    if verb.dep_ != "acl" or not _is_present_participle(verb) or noun.dep_ not in ("dobj", "obj", "npadvmod") \
            or could_speak(noun, lang):
        return None
    subject = subject_of(noun.head)
    return subject if subject is not None and could_speak(subject, lang) else None


def _labelling_subject(verb: Token, lang: ModuleType) -> Token | None:
    """"the White House called Lindahl “a proven dealmaker”": a labelling verb the parser hung on its subject as a
    reduced relative ("the man called John") is active when the quote follows its object; the noun speaks."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in lang.LABELLING_VERBS or passive_agent(verb) is not None \
            or not could_speak(verb.head, lang):
        return None
    labelled = next((c for c in verb.children if c.dep_ in ("oprd", "dobj", "obj") and c.i > verb.i), None)
    after = max(t.i for t in labelled.subtree) + 1 if labelled is not None else len(verb.doc)
    return verb.head if after < len(verb.doc) and verb.doc[after].text in OPENING_MARKS else None


def _contact_relative_subject(verb: Token, lang: ModuleType) -> Token | None:
    """"a move the minister responsible called “overdue”", "a bill that its sponsor called “…”", "plots, which the
    mayor called “…”": a past speech verb of a relative clause (with or without relative pronoun, English "contact
    clause") whose own subject, a determined noun phrase, stands between the noun qualified and the verb; that
    phrase speaks, through its head before any complement (its last word there that could speak: not a postposed
    adjective the tagger took for a name), also when the parser hung the verb on the complement ("the minister
    responsible for the Crown corporation called"); whatever the noun qualified, "the man the police called"."""
    if verb.dep_ not in ("acl", "relcl") or "Past" not in verb.morph.get("Tense") or verb.head.i >= verb.i:
        return None
    opening = _relative_subject_start(verb, lang)
    if opening is None:
        return None
    phrase = verb.doc[opening:verb.i]
    head = phrase[:next((t.i - opening for t in phrase if t.pos_ == "ADP"), len(phrase))]
    return next((t for t in reversed(head) if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "amod"
                 and could_speak(t, lang)), None)


def _relative_subject_start(verb: Token, lang: ModuleType) -> int | None:
    """Where the subject of a relative clause opens, walking back from its verb: the determiner or possessive
    right after the noun the clause qualifies or after a relative pronoun ("a move the minister …", "a bill
    that its sponsor …"); none when a verb or punctuation comes first."""
    for token in reversed(verb.doc[max(1, verb.i - _AFTER_WINDOW):verb.i]):
        if token.pos_ in ("VERB", "AUX", "PUNCT") or "Rel" in token.morph.get("PronType"):
            return None
        before = token.nbor(-1)
        if (token.pos_ == "DET" or token.lower_ in lang.POSSESSIVES) and token.i < verb.i - 1 and (
                before.pos_ in ("NOUN", "PROPN") or before.lower_ in lang.RELATIVE_PRONOUNS):
            return token.i
    return None


def _inside_marks(token: Token, verb: Token) -> bool:
    """Whether a token before its verb sits inside guillemets or curly quotes closed before the verb."""
    if token.i >= verb.i or not any(t.text in ("»", "”") for t in token.doc[token.i + 1: verb.i]):
        return False  # no mark closes between the token and its verb: the cheap test, first
    start = max(0, token.i - 80)  # a quote may hold several sentences
    opened = [t.i for t in token.doc[start: token.i] if t.text in SIDED_OPENING_MARKS]
    closed = [t.i for t in token.doc[start: verb.i] if t.text in ("»", "”")]
    return bool(opened) and any(c > token.i for c in closed) and not any(opened[-1] < c < token.i for c in closed)


def _stranded_subject(verb: Token, lang: ModuleType) -> Token | None:
    """A name (or a noun with a name in apposition) the parser gave to a clause hanging before the verb instead of
    to the verb ("Rep. Alicia Moreno, …, one of the first lawmakers to sign the petition, said": "Moreno" as
    subject of "sign"; "Her opponent, Alasdair Kerr, a list MSP seen as the favourite …, said")."""
    for clause in verb.children:
        if clause.i < verb.i and clause.dep_ in ("ccomp", "advcl", "xcomp", "acl"):
            subject = next((c for c in clause.children if c.dep_.startswith("nsubj") and c.i < clause.i), None)
            named = subject is not None and (subject.pos_ == "PROPN" or any(  # "Her opponent, Alasdair Kerr, …"
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
                or _participle_set_off(subject, clause))  # "A senior aide, granted anonymity …, said"
            if named and could_speak(subject, lang):
                return subject
    return None


def _participle_set_off(subject: Token, clause: Token) -> bool:
    """A participle phrase set off by commas right after a noun describes it, it is no clause of its own: "A senior
    aide, granted anonymity to discuss the talks, said" / "An official, speaking on condition of anonymity, said"
    (the parser made the noun the participle's subject, tagging "granted" as a past tense)."""
    doc = subject.doc
    return subject.i + 2 == clause.i and doc[subject.i + 1].text == "," and clause.tag_ in ("VBN", "VBD", "VBG") \
        and clause.head.i > clause.i + 1 and doc[clause.head.i - 1].text == ","


def _quoted_source(verb: Token, lang: ModuleType) -> Token | None:
    """The object of a quoting verb, who speaks: "le journal cite un haut fonctionnaire selon lequel « … »"; the
    noun its participle qualifies ("Un diplomate européen cité par l'AFP se montre peu optimiste : « … »")."""
    if verb.lemma_.lower() not in lang.QUOTING_VERBS:
        return None
    if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and could_speak(verb.head, lang):
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("obj", "dobj") and could_speak(c, lang)), None)


def _quoted_as_saying(verb: Token, lang: ModuleType) -> Token | None:
    """"The agency quoted the ministry as saying that … « … »": a speech verb after "as" on a quoting verb gives
    the words of the one quoted, the quoting verb's object ("the minister was quoted as saying": its passive
    subject), not of the agency that quotes."""
    link = verb.head
    if verb.dep_ != "pcomp" or link.dep_ != "prep" \
            or link.lower_ not in getattr(lang, "PREDICATIVE_PREPOSITIONS", frozenset()):
        return None
    if link.head.lemma_.lower() not in lang.QUOTING_VERBS:
        return None
    return next((c for c in link.head.children
                 if c.dep_ in ("obj", "dobj", "nsubjpass", "nsubj:pass") and could_speak(c, lang)), None)


def is_passive_subject(subject: Token, verb: Token, lang: ModuleType | None = None) -> bool:
    """The passive subject of ``verb`` itself ("elle a été reconnue"; "les riverains sont invités à « … »", which
    the parser may label active: see :func:`_passive_participle`)."""
    if subject.head.i != verb.i:
        return False
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
    if passive and subject.dep_ in ("nsubj:pass", "nsubjpass"):
        return True
    return subject.dep_ == "nsubj" and lang is not None and (_passive_participle(verb, lang)
                                                             or _elliptic_passive(subject, verb, lang))


def _elliptic_passive(subject: Token, verb: Token, lang: ModuleType) -> bool:
    """"Constitutional Court told", "MPs told": a verb that always names whom it addresses (``ADDRESSEE_VERBS``),
    with its subject before it and no object, clause or adjunct after it, is a headline's passive without its
    auxiliary."""
    if verb.lemma_.lower() not in getattr(lang, "ADDRESSEE_VERBS", ()) or subject.i > verb.i:
        return False
    return verb.tag_ in ("VBD", "VBN") and not any(c.i > verb.i and not c.is_punct and not c.is_space
                                                   for c in verb.children)


def _passive_participle(verb: Token, lang: ModuleType) -> bool:
    """A past participle after "être" that is no compound tense: not reflexive ("s'est dit") and not one of the
    verbs conjugated with "être" (``ETRE_VERBS``: "elle est venue")."""
    being = any(c.dep_.startswith("aux") and c.lemma_.lower() in getattr(lang, "PASSIVE_AUXILIARIES", ())
                for c in verb.children)
    reflexive = any(c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in verb.children)
    return being and not reflexive and "Part" in verb.morph.get("VerbForm") \
        and verb.lemma_.lower() not in getattr(lang, "ETRE_VERBS", ())


def _speaker_just_before(verb: Token, lang: ModuleType) -> Token | None:
    """For a speech verb the parser left without subject ("l'économiste Esther Duflo juge que", with "juge" taken
    into the name): the nearest word before it in its clause that could speak."""
    i = verb.i - 1
    while i >= verb.sent.start:
        token = verb.doc[i]
        i -= 1
        if token.head.i == verb.i and token.dep_.startswith(("aux", "expl")):
            continue  # its own auxiliary and reflexive clitic: "Nolwenn Jégou s'est dite « … »"
        if _detached_auxiliary(token, verb):  # "X, qui …, a pour sa part salué": the clause hung on its subject
            root = verb.sent.root
            if root.i < token.i and root.pos_ in ("NOUN", "PROPN"):
                return root
            continue
        relative = _enclosing_relative(token, verb)
        if relative is not None:
            # over a relative clause to what it qualifies: "Une source, qui a requis l'anonymat,"; from its last
            # word, to the word before it: "X, qui cultive … pour la Coopérative du Centre (CAC), se dit"
            i = relative.head.i if relative.i == token.i else relative.left_edge.i - 1
            continue
        if token.text in (":", ";", "»", "”") or token.text in OPENING_MARKS or token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ in ("PROPN", "NOUN") and could_speak(token, lang) and not _governed(token):
            while token.dep_ == "nmod" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN"):
                token = token.head  # "un proche du premier ministre glisse": the proche speaks
            return token
    return None


def _enclosing_relative(token: Token, verb: Token) -> Token | None:
    """The verb of the relative clause a word before ``verb`` belongs to, on a word before it: the word itself, or
    one of its heads when the clause does not hold ``verb`` and a comma closes it before ``verb``; None when the
    word is in no such clause (not "…, où il a été reçu par le roi, l'Anversois a assuré": the parser's apposition
    after the comma is the subject)."""
    if token.dep_ in ("acl:relcl", "relcl") and token.head.i < token.i:
        return token
    if not any(t.text == "," for t in token.doc[token.i + 1: verb.i]):
        return None
    for head in token.ancestors:
        if head.i == verb.i:
            return None
        if head.dep_ in ("acl:relcl", "relcl") and head.head.i < head.i \
                and not head.left_edge.i <= verb.i <= head.right_edge.i:
            return head
    return None


def _past_complement(head: Token, i: int, lang: ModuleType) -> tuple[Token | None, int]:
    """For a complement after an inverted verb, headed by ``head`` from token ``i`` on ("a déclaré à l'AFP"):
    the subject itself when it is the complement's head ("a répété sur La Première Olivier Dessart, le président
    des libéraux"), else None and where to look on: past the complement, or at a name the parser hung on it ("a
    réagi auprès de Libération Laurent Vidal": "Vidal" in apposition; "prévient de son côté le délégué": the
    subject hung on "côté")."""
    if head.lower_ in getattr(lang, "SIDE_NOUNS", ()):
        return None, head.i + 1
    if _person_given_role(head, lang):
        return head, i
    beyond = _past_medium_name(head, lang)  # "à France Info Paul X", "à Ici Montréal Nadia X": the outlet whole
    named = _given_name_after_medium(head, lang)
    named = min((c.i for c in head.children if c.dep_ == "appos" and c.i > head.i), default=None) \
        if named is None else named
    named = beyond if named is not None and named < beyond else named
    named = _name_after_medium(head) if named is None else named
    named = _subject_hung_on_medium(head, lang) if named is None else named
    return None, named if named is not None else max(beyond, max(t.i for t in head.subtree if t.i >= i) + 1)


def _past_medium_name(medium: Token, lang: ModuleType) -> int:
    """Where the named entity a complement's head opens ends, short of a given name the recogniser ran into it: the
    parser splits an outlet's name ("à France Info Paul X": "Info" an object; "à Ici Montréal Nadia X": "Montréal"
    an apposition) and a word of it is never the speaker."""
    doc, end = medium.doc, medium.i + 1
    while medium.ent_iob_ in ("B", "I") and end < len(doc) and doc[end].ent_iob_ == "I" \
            and not is_given_name(doc[end].text, lang):
        end += 1
    return end


def _quote_opens_between(word: Token, verb: Token) -> bool:
    """Whether a quotation opens between a word and a verb after it and is still open at the verb: the verb is in
    quoted words, the word is not (not "the use of the word “pipeline” had become")."""
    marks = [t for t in word.doc[word.i + 1: verb.i] if t.is_quote or t.text in ("“", "”", "«", "»")]
    return bool(marks) and ("Ini" in marks[-1].morph.get("PunctSide") or marks[-1].text in SIDED_OPENING_MARKS)


def _postverbal_subject(verb: Token, lang: ModuleType) -> Token | None:
    """The noun phrase after an inverted verb ("affirme le président kazakhstanais"), past a complement in
    between ("a déclaré à l'AFP le vice-Premier ministre", "said in a statement the ministry") or an adjunct
    between commas ("écrit ainsi, le 3 juillet 2023, le directeur Afrique"); past a whole cue group ("a fait valoir
    M. X", "veut croire X": :func:`_cue_group_end`)."""
    doc, verb = verb.doc, _cue_group_end(verb, lang)
    i, limit = verb.i + 1, verb.i + 10
    while i < min(len(doc), limit):
        token = doc[i]
        if token.text == ",":
            closing = next((t.i for t in doc[i + 1: i + 8] if t.text == ","), None)
            if closing is None or any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1: closing]):
                return None
            i, limit = closing + 1, limit + closing + 1 - i
            continue
        phrase = _phrase_of_modifier(token)  # "said the GOP leadership had": the phrase of "GOP"
        if phrase.dep_.startswith("nsubj") and phrase.head.i > verb.i and phrase.head.pos_ != "NUM" \
                and _finite(phrase.head) and not _quote_opens_between(phrase, phrase.head):
            return None  # "said Ukraine needed": another verb's; not "a écrit le porte-parole, en visant"; (a
            # numeral has no subject: "sur Europe 1 la députée", mis-hung); a verb of the quote's second half is not
            # the name's ("“The fees,” said Sen. X, a Democrat, “are paid by …”": X, hung on "paid", speaks)
        if token.lower_ in getattr(lang, "TIME_NOUNS", ()) and token.pos_ in ("NOUN", "ADV") \
                or token.pos_ == "NUM" and doc[i - 1].pos_ == "PROPN" or _closing_mark(token):
            i += 1  # "a répété mercredi matin sur La Première Olivier Dessart", "a réagi sur Europe 1 la députée"
            continue
        if f"{doc[i - 1].lower_} {token.lower_}" in lang.PRONOUNS and token.pos_ in ("ADJ", "NOUN", "PRON"):
            return token  # "a assuré ce dernier": a pronoun of two words, the last one named
        if token.pos_ in ("NOUN", "PROPN") or token.pos_ == "PRON" and (
                token.dep_.startswith("nsubj") or token.lower_ in lang.PRONOUNS or token.lower_ in lang.PARTITIVES):
            return phrase if token.dep_ in ("poss", "nmod:poss") else token  # "the company's chief executive"
        if token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children):
            return token  # an adjective heading its own phrase is a noun: "assure le quinquagénaire"
        if token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm") and i == verb.i + 1:
            i += 1  # "a fait savoir le Quai d'Orsay"
            continue
        complement = token.head if token.pos_ == "ADP" and token.head.i > i else _prepositional_object(token)
        if complement is not None:  # skip "à l'AFP", "in a statement", not a name the parser hung on it
            found, i = _past_complement(complement, i, lang)
            if found is not None:
                return found
            continue
        if not (token.pos_ in ("DET", "ADJ", "AUX", "ADV") or token.text.startswith("-")):
            return None
        i += 1
    return None


def _phrase_of_modifier(token: Token) -> Token:
    """The noun a compound, an adjective or a possessor before it belongs to ("GOP" of "the GOP leadership"), else
    the token itself."""
    while token.dep_ in ("compound", "amod", "nmod:poss", "poss") and token.head.i > token.i:
        token = token.head
    return token


def _prepositional_object(preposition: Token) -> Token | None:
    """The object of a preposition that heads its phrase, as English parses have it ("in a statement": "statement");
    None for any other word."""
    if preposition.pos_ != "ADP":
        return None
    return next((c for c in preposition.children if c.dep_ == "pobj" and c.i > preposition.i), None)


def _closing_mark(token: Token) -> bool:
    """A closing quotation mark, as after a medium's name in marks ("confie au « Nouvelliste » un guide")."""
    return token.text in ("»", "”") or token.is_quote and "Fin" in token.morph.get("PunctSide")


def _given_name_after_medium(medium: Token, lang: ModuleType) -> int | None:
    """The full name the parser hung on the medium just before it, or on a later word of the medium's name,
    opening on a given name ("confie à L'Echo Pierre-Yves X, le CEO de …": X, not the role after him; "a déclaré à
    Ici Montréal Nadia X": hung on "Montréal"): where it starts."""
    if medium.lower_ in lang.GIVEN_NAMES:
        return None
    for token in medium.doc[medium.i + 1: medium.i + 4]:
        if token.pos_ != "PROPN" or token.head.i < medium.i or token.head.i > token.i:
            return None
        if is_given_name(token.text, lang):
            return token.i
    return None


def _name_after_medium(medium: Token) -> int | None:
    """The name the parser joined to a medium written in lower case ("a confié à franceinfo Besnik, un
    enseignant"): where it starts."""
    if medium.text[:1].isupper():
        return None
    return min((c.i for c in medium.children if c.dep_ in ("flat:name", "flat") and c.i == medium.i + 1
                and c.text[:1].isupper()), default=None)


def _subject_hung_on_medium(medium: Token, lang: ModuleType) -> int | None:
    """The inverted subject the parser hung on the medium before it, or on a name in the medium's phrase, with no
    preposition of its own: a person's name or a noun with an article ("a confié au Journal un député de la
    Rive-Sud", "prévient dans les colonnes de Reforma Efraín Loya"): where it starts."""
    for token in medium.subtree:
        if token.i <= medium.i or token.dep_ not in ("nmod", "appos") or token.head.i >= token.i \
                or any(c.dep_ == "case" for c in token.children) or token.lower_ in getattr(lang, "TIME_NOUNS", ()):
            continue
        person = token.pos_ == "PROPN" and token.ent_type_ in PERSON_TAGS
        described = token.pos_ == "NOUN" and determiner(token) in _SPEAKER_ARTICLES and could_speak(token, lang)
        if person or described:
            return token.i
    return None


def _person_given_role(name: Token, lang: ModuleType) -> bool:
    """A full name opening on a given name, set off by a definite role after it ("Olivier Dessart, le président
    des libéraux"), which the parser hung on a preposition with the medium before it ("sur La Première")."""
    given = name.pos_ == "PROPN" and name.lower_ in lang.GIVEN_NAMES \
        and any(c.dep_ in ("flat:name", "flat") for c in name.children)
    return given and any(c.dep_ == "appos" and c.i > name.i and role_lemma(c, lang) in lang.ROLE_NOUNS
                         and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children) for c in name.children)


def _finite(verb: Token) -> bool:
    """A verb with a finite form or auxiliary ("needed", "had become", "a écrit"), which can have a subject of its
    own; not a bare participle, gerund or infinitive ("en visant")."""
    return any("Fin" in t.morph.get("VerbForm") or not t.morph.get("VerbForm") and t.tag_ not in ("VBG", "VBN")
               for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])


def _after_comma(verb: Token) -> bool:
    """", a fait savoir le Quai d'Orsay": the verb (or its auxiliary) right after a comma, subject inverted."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "AUX":
        i -= 1
    return i >= 0 and verb.doc[i].text == ","


# --- grammar helpers --------------------------------------------------------------------------------------------


def _is_speech_verb(token: Token, lang: ModuleType) -> bool:
    """A speech verb by lemma, not negated; also "faire savoir"/"fait-il valoir" (the light verb carries the
    subject) and a speech verb the tagger took for a noun (see :func:`_verb_tagged_as_noun`)."""
    if _light_verb_phrase(token, lang) is not None:
        return not is_negated(token, lang)
    if token.pos_ not in _VERB_LIKE_TAGS or speech_lemma(token, lang) is None:
        return False  # the lemma first: it is cached, where the verb tagged as a noun is read from the parse
    verb_like = token.pos_ in ("VERB", "AUX") or _verb_tagged_as_noun(token, lang)
    if not verb_like or _action_before_infinitive(token, lang) or _other_sense(token, lang) \
            or _premodifying_participle(token):
        return False
    return not is_negated(token, lang)


def _agent_noun(verb: Token) -> Token | None:
    """The noun naming the agent of a passive verb: French hangs it on the verb, English on its "by" ("she was
    told by the accused that …": accused)."""
    agent = passive_agent(verb)
    if agent is None or agent.dep_ != "agent":
        return agent
    return next((g for g in agent.children if g.dep_ == "pobj"), agent)


def _premodifying_participle(token: Token) -> bool:
    """A participle before the noun it qualifies ("learned of the proposed hub “…”", "the announced cuts"): an
    adjective there, telling what the thing is, not anyone's speech, and its noun no speaker."""
    return token.dep_ == "amod" and token.head.i > token.i and "Part" in token.morph.get("VerbForm")


def _action_before_infinitive(verb: Token, lang: ModuleType) -> bool:
    """"had agreed to “conduct the campaign …”": a verb of the language data that names an action, not speech,
    before a to-infinitive."""
    return verb.lemma_.lower() in getattr(lang, "ACTION_BEFORE_INFINITIVE", ()) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _other_sense(verb: Token, lang: ModuleType) -> bool:
    """A speech verb in a sense that reports nothing, known by the preposition right after it ("la motion
    relevait de la « politique de clocher »": belonged to, not pointed out; not "relève de nombreux défauts"), or
    a labelling verb without its labelling word (:func:`_unlabelled_object`)."""
    prepositions = getattr(lang, "NON_SPEECH_PREPOSITIONS", {}).get(verb.lemma_.lower())
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return bool(prepositions) and following is not None and following.lower_ in prepositions \
        and following.dep_ == "case" and following.head.i > following.i or _unlabelled_object(verb, lang)


def _unlabelled_object(verb: Token, lang: ModuleType) -> bool:
    """A verb that reports words only as a labelling verb (``LABELLING_COMPLEMENTS``: « présenter X comme … »)
    with an object, no labelling word in its phrase and a subject that cannot speak (« le registre présentait des
    « anomalies » »: showed, had): no speech."""
    markers = getattr(lang, "LABELLING_COMPLEMENTS", {}).get(verb.lemma_.lower())
    if not markers or not any(c.dep_ in ("obj", "dobj") for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is not None and could_speak(subject, lang):
        return False  # « l'échevine a présenté un règlement « souple » »: a speaker presenting, in her words
    return not any(t.lower_ in markers for t in verb.subtree)


def _verb_tagged_as_noun(token: Token, lang: ModuleType) -> bool:
    """A noun or adjective standing where a verb does: before "que" ("Un diplomate juge qu'...") or after a name,
    a comma or a name's bracketed acronym and before a determiner ("Bruno Retailleau, juge la situation
    « intenable »", "l'Autorité de la concurrence (ADLC) juge les tarifs « excessifs »"), or after an object
    clitic (see :func:`newsbrief.grammar.after_object_clitic`). Not the object of a preposition with its own
    determiner ("told by the accused that …"): a noun."""
    return token.pos_ in ("NOUN", "ADJ") and token.i + 1 < len(token.doc) and not _determined_object(token) \
        and (token.nbor().lower_ in lang.COMPLEMENTIZERS or _before_determiner(token) and token.i > 0
             and (token.nbor(-1).pos_ == "PROPN" or token.nbor(-1).text == "," or _after_acronym(token))
             or after_object_clitic(token, lang) or _between_name_and_quote(token) or _has_own_subject(token))


def _determined_object(token: Token) -> bool:
    """A word the parser made the object of a preposition, with a determiner of its own ("by the accused")."""
    return token.dep_ in ("pobj", "obl", "obl:arg", "obl:agent", "obl:mod", "nmod") \
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)


def _has_own_subject(token: Token) -> bool:
    """"Le régulateur juge l'ajustement « … »", "Québec solidaire reproche au gouvernement …": the parser gave the
    word a subject before it, which only a verb takes when no copula, article or preposition makes it a noun
    ("sans juge", "il est juge")."""
    return any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) and not any(
        c.dep_ in ("cop", "det", "case") for c in token.children)


def _between_name_and_quote(token: Token) -> bool:
    """"un bilan que Paul Roux juge « mitigé »": a bare word between a person's name and an opening mark stands
    where the name's verb does (a role noun would take an article or follow a comma)."""
    return token.i > 0 and token.nbor(-1).pos_ == "PROPN" and token.nbor(-1).ent_type_ in PERSON_TAGS \
        and token.nbor().text in OPENING_MARKS and not any(c.dep_ == "det" for c in token.children)


def _after_acronym(token: Token) -> bool:
    """Whether a word follows a name's acronym in brackets ("la Commission de régulation de l'énergie (CRE)")."""
    return token.i > 2 and token.nbor(-1).text == ")" and token.nbor(-2).text.isupper() \
        and token.nbor(-3).text == "("


def _light_verb_phrase(token: Token, lang: ModuleType) -> str | None:
    """"faire savoir", "faire valoir" ...: the infinitive of a light-verb phrase of the language data within
    three tokens after a form of its light verb."""
    light = token.lemma_.lower()
    infinitives = lang.LIGHT_SPEECH_VERBS.get(light)
    if not infinitives:
        return None
    following = token.doc[token.i + 1: token.i + 4]
    found = next((t.lemma_.lower() for t in following if t.lemma_.lower() in infinitives), None)
    return None if found is None else f"{light} {found}"


def speech_lemma(token: Token, lang: ModuleType) -> str | None:
    """The speech verb a token is a form of: its lemma when the lemmatizer knows it, else a regular form of a
    listed verb (the French lemmatizer returns "estime", "indique" unchanged); a reflexive one ("s'indigne",
    "s'est réjoui") when the verb has its "se"."""
    phrase = _light_verb_phrase(token, lang)
    if phrase is not None and token.lemma_.lower() not in lang.SPEECH_VERBS:
        return phrase
    lemma, word = token.lemma_.lower(), token.lower_
    if _listed_speech_verb(lemma, word, lang, reflexive=True) is None:
        return None  # no form of it is listed, reflexive or not: its "se" need not be looked for
    reflexive = any(c.lower_ in _REFLEXIVE_CLITICS for c in token.children)
    return _listed_speech_verb(lemma, word, lang, reflexive=reflexive)


@lru_cache(maxsize=50_000)
def _listed_speech_verb(lemma: str, word: str, lang: ModuleType, *, reflexive: bool) -> str | None:
    """The speech verb of the language data that a lemma or a form's regular infinitive is (see
    :func:`speech_lemma`), computed once per lemma and form: a form may have tens of candidate infinitives."""
    for candidate in (lemma, *_regular_infinitives(word, lang)):
        forms = (candidate, f"s'{candidate}", f"se_{candidate}") if reflexive else (candidate,)
        found = next((form for form in forms if form in lang.SPEECH_VERBS), None)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=50_000)
def _regular_infinitives(word: str, lang: ModuleType) -> tuple[str, ...]:
    """The infinitives a conjugated form may come from by the language's regular endings ("indigne" -> "indigner"),
    computed once per word form."""
    alternations = getattr(lang, "STEM_ALTERNATIONS", {})
    found = []
    for ending in lang.VERB_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: len(word) - len(ending)]
            for infinitive in lang.REGULAR_INFINITIVES:
                found.append(stem + infinitive)
                found += [stem[:at] + other + stem[at + 1:] + infinitive for vowel, other in alternations.items()
                          if (at := stem.rfind(vowel)) >= 0]
    return tuple(found)


def is_negated(verb: Token, lang: ModuleType) -> bool:
    """Whether a negation hangs on the verb or its auxiliary; not one the parser hung on it from inside the quote
    before it (« Je n'ai rien touché. Jamais », a martelé X)."""
    heads = [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]
    closers = {"»", "”", '"', "›"}
    return any(c.lower_ in lang.NEGATIONS and not any(t.text in closers for t in verb.doc[c.i + 1: verb.i])
               for h in heads for c in h.children) or any(c.dep_ == "neg" for c in verb.children)


def _is_present_participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense") or token.tag_ == "VBG"


def _before_determiner(token: Token) -> bool:
    """"», juge le ministère": a word that could be a role noun but stands bare before a determiner is a verb."""
    return token.i + 1 < len(token.doc) and token.nbor().pos_ == "DET" and \
        not any(c.dep_ == "det" for c in token.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, following conjunctions and participles up to the verb that has one; for an
    inverted clitic ("déclare-t-il", "a-t-elle ajouté") the pronoun; a subject hung on its auxiliary is its own
    (:func:`_auxiliary_subjects`). A subject reached through a conjunction must agree in number with the verb ("Le
    gouvernement assure que ses agents patrouillaient … et exige": not "agents") when it is a common noun (the
    tagger guesses the number of names: "Les Kataëb … et appellent")."""
    number, climbed = verb.morph.get("Number"), False
    for _ in range(4):
        clitic = _inverted_clitic(verb)
        if clitic is not None:
            return clitic
        subjects = _main_subjects([c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
                                   and not _fronted_gerund(c, verb)] or _auxiliary_subjects(verb))
        subjects = _without_stray_postverbal(subjects, verb)
        opening = verb.sent[0]
        detached = _after_detached_participle(verb, opening, subjects) \
            or _after_fronted_adjunct_phrase(verb, opening, subjects)
        if detached is not None:
            return detached
        subjects.sort(key=lambda c: abs(c.i - verb.i))
        if subjects and subjects[0].lower_ in ("qui", "who", "which", "that") and verb.dep_.endswith("relcl"):
            return verb.head if verb.head.pos_ in ("NOUN", "PROPN", "PRON") else _noun_before(subjects[0])
        agreeing = not (climbed and number and subjects and subjects[0].pos_ == "NOUN"
                        and subjects[0].morph.get("Number") and subjects[0].morph.get("Number") != number
                        and not any(c.dep_ == "conj" for c in subjects[0].children))
        if subjects and agreeing:
            return _subject_past_complement(subjects[0])
        if subjects:
            return None
        found, done = _subject_by_attachment(verb)
        if done:
            return found
        climbed = climbed or verb.dep_ == "conj"
        verb = _verbal_ancestor(verb.head) if _conjunct_of_noun(verb) else verb.head
        if verb is None:
            return None
    return None


def _subject_by_attachment(verb: Token) -> tuple[Token | None, bool]:
    """For a verb with no subject of its own (:func:`subject_of`), the subject its attachment gives, and whether
    it gives one at all (``False``: climb to the verb above, through a conjunct, adverbial, complement or
    parataxis)."""
    if verb.dep_ == "acl":
        antecedent = _relative_antecedent(verb)
        if antecedent is not None:
            return antecedent, True
        # a finite verb hung on a fronted complement: "Dans un communiqué diffusé mardi, X rappelle"
        return (passive_agent(verb) if "Past" in verb.morph.get("Tense")
                else _subject_past_complement(verb.head)), True
    if verb.dep_ == "advcl" and "Part" not in verb.morph.get("VerbForm"):
        # "Budapest, qui refuse …, réclame que …": the main verb hung on the relative clause's verb
        return _relative_antecedent(verb) or _opening_noun(verb), True
    if verb.dep_ not in ("conj", "advcl", "xcomp", "parataxis"):
        # "X, qui défend M. Y, a répondu": hung on the relative's verb, or left without subject after it
        return _relative_antecedent(verb) or _closed_relative_antecedent(verb), True
    return None, False


def _conjunct_of_noun(verb: Token) -> bool:
    """A verb opened by a coordinating conjunction that the parser made a conjunct of a noun ("l'opérateur a dit
    « prendre acte » de la mise en demeure et annoncé le déploiement …", hung on "acte"): a misreading, since only
    a verb is coordinated to a verb; its first conjunct is the verb above that noun."""
    return _opened_by_conjunction(verb) and verb.pos_ in ("VERB", "AUX") and verb.head.pos_ in ("NOUN", "PROPN")


def _verbal_ancestor(word: Token) -> Token | None:
    """The nearest verb above a word in the parse, the word itself if it is one."""
    return next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _after_detached_participle(verb: Token, opening: Token, subjects: list[Token]) -> Token | None:
    """The noun phrase right after a past participle phrase that opens the sentence, set off by a comma
    ("Interrogée, la ministre avait promis …", "Contacté par notre journal, le syndicat, qui …, affirme …"): a
    detached participle qualifies the subject of the main clause, which follows its comma; the parser may take the
    participle for the subject or the root. Only when the verb has no subject after that comma; ``opening`` is the
    sentence's first word."""
    found = _after_opening_comma(verb, opening) if opening.i != verb.i and _past_participle(opening) else None
    if found is None or any(s.i > found[0] for s in subjects):
        return None
    noun = found[1]
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or "Rel" in noun.morph.get("PronType"):
        return None  # "Interrogé à la sortie du Palais, où il a été reçu, …": a relative clause, not the subject
    set_off = any(t.text == "," for t in verb.doc[noun.i: verb.i])  # "André, un éleveur, raconte": a name
    return None if set_off and opening.pos_ not in ("VERB", "AUX") else noun  # with its apposition


def _after_fronted_adjunct_phrase(verb: Token, opening: Token, subjects: list[Token]) -> Token | None:
    """The noun phrase right after a prepositional phrase that opens the sentence, set off by a comma, for a main
    verb the parser left with no subject ("Sur le marché de Rungis, un grossiste, installé depuis vingt ans, accepte
    de témoigner : …", the noun made an apposition of the fronted complement; "Dans un communiqué, le gouvernement
    « se félicite … »", hung on the comma; "Dans un communiqué, Maaden Mauritanie, l'agence …, « salue … »", a name
    the tagger took for a noun): a determined noun or a name, not a complement of its own nor the verb's object;
    ``opening`` is the sentence's first word."""
    if subjects or opening.pos_ != "ADP" or verb.head.i != verb.i or "Fin" not in verb.morph.get("VerbForm"):
        return None
    noun = found[1] if (found := _after_opening_comma(verb, opening)) is not None else None
    while noun is not None and noun.dep_ in ("compound", "flat", "flat:name") and noun.i < noun.head.i < verb.i:
        noun = noun.head  # "the Arctic Council": the head of the name
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in noun.children) \
            or (noun.head.i == verb.i and noun.dep_ != "appos"):
        return None
    return noun if _name_like(noun) or any(c.dep_ in ("det", "nmod:poss", "poss") for c in noun.children) else None


def _name_like(noun: Token) -> bool:
    """A name or an acronym: tagged as a name, or a capitalised word inside a sentence (the tagger takes an unknown
    company name for a common noun: "Maaden Mauritanie")."""
    return noun.pos_ == "PROPN" or (not noun.is_sent_start and noun.text[:1].isupper())


def _after_opening_comma(verb: Token, opening: Token) -> tuple[int, Token] | None:
    """The first comma between a sentence's first word and its verb, and the first word after it that is no
    determiner or adjective (the head of the noun phrase the comma opens), if both are there."""
    comma = next((t.i for t in verb.doc[opening.i + 1: verb.i] if t.text == ","), None)
    noun = next((t for t in verb.doc[comma + 1: verb.i] if t.pos_ not in ("DET", "ADJ")), None) \
        if comma is not None else None
    return (comma, noun) if comma is not None and noun is not None else None


def _past_participle(word: Token) -> bool:
    """A past participle, or a word with the ending of one of the first conjugation (-é, -ée, -és, -ées) that the
    tagger took for a name or a noun at the start of a sentence ("Sollicitée, …"; a name such as "André" is told
    apart by the caller)."""
    if word.pos_ in ("VERB", "AUX"):
        return "Part" in word.morph.get("VerbForm") and "Past" in word.morph.get("Tense")
    return word.pos_ in ("PROPN", "NOUN", "X") and word.lower_.endswith(("é", "ée", "és", "ées"))


def _subject_past_complement(subject: Token) -> Token:
    """The subject itself, or, when the parser took a fronted complement for it (a noun with a preposition: "Dans
    un communiqué diffusé jeudi, le syndicat dénonce", "Contre Julien Morel, Mme Vidal demande": a subject never
    has one), the noun set off after it that it made an apposition or a conjunct with no conjunction."""
    if _bare_opening_noun(subject):
        return next((c for c in subject.children if _determined_after_comma(c)), subject)
    if not any(c.dep_ == "case" and c.i < subject.i for c in subject.children):
        return subject
    return next((c for c in subject.children if set_off_after(c)), None) \
        or next((c for c in subject.subtree if c.dep_ == "appos" and set_off_after(c)), subject)  # hung deeper:
    # "Dans un communiqué publié à la veille du vote, le Groupement … estimait", an apposition of "vote"


def _bare_opening_noun(noun: Token) -> bool:
    """A common noun with no determiner opening its sentence: a detached apposition ("Opératrice sur la ligne 4
    depuis 2004, une salariée … dit"), for a subject of French or English prose takes a determiner."""
    return noun.pos_ == "NOUN" and noun.is_sent_start and not any(c.dep_ in ("det", "nmod:poss", "poss")
                                                                  for c in noun.children)


def _determined_after_comma(noun: Token) -> bool:
    """A noun with a determiner set off by a comma after its head (the subject after a detached apposition)."""
    start = noun.left_edge.i
    return noun.i > noun.head.i and noun.pos_ in ("NOUN", "PROPN") and start > 0 \
        and noun.doc[start - 1].text == "," and any(c.dep_ == "det" for c in noun.children)


def _without_stray_postverbal(subjects: list[Token], verb: Token) -> list[Token]:
    """Drop a subject the parser hung on the verb from deep inside its reported clause when the verb has one before
    it ("Ms Keary, …, said the figures were “…” and the minister's bed plan “…”": "plan" is a gapped clause's
    subject); an inverted subject opens right after the verb ("said the minister") and is kept."""
    before = [s for s in subjects if s.i < verb.i]
    stray = [s for s in subjects if s.i > verb.i and s.left_edge.i > verb.i + 1]
    return [s for s in subjects if s not in stray] if before and stray else subjects


def _relative_antecedent(verb: Token) -> Token | None:
    """"Léa Marchetti, qui préside l'antenne de l'association, rappelle que …": a finite verb after a comma that
    the parser hung on the object of a relative clause (as if a reduced relative) is the main verb; its subject is
    what the relative clause qualifies; so is a compound tense whose auxiliary follows that comma ("Me Roux, qui
    défend M. Petit, a répondu": the parser hangs "répondu" on "défend"). None when the verb group is not finite or
    no relative clause is above it."""
    start = _verb_group_start(verb)
    if start is None or start == 0 or verb.doc[start - 1].text != ",":
        return None
    node = verb.head
    for _ in range(4):
        if node.dep_ in ("acl:relcl", "relcl") and node.head.pos_ in ("NOUN", "PROPN") and node.head.i < node.i:
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _closed_relative_antecedent(verb: Token) -> Token | None:
    """"Me Paul Garnier, qui représente Mme Lebrun, a répondu : …": a main verb the parser left without subject,
    whose verb group follows the comma that closes a relative clause, has what that clause qualifies as subject
    (the name inside the relative clause is its object, not the speaker). The clause may hang on the complement of
    that subject ("Une source au sein des services (SBU), qui a requis l'anonymat, a affirmé"): the head of the
    noun phrase is it."""
    start = _verb_group_start(verb)
    if start is None or start == 0 or verb.doc[start - 1].text != ",":
        return None
    noun = next((r.head for r in verb.sent if r.dep_ in ("acl:relcl", "relcl") and r.right_edge.i == start - 2
                 and r.head.i < r.i and r.head.pos_ in ("NOUN", "PROPN")), None)
    while noun is not None and noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _verb_group_start(verb: Token) -> int | None:
    """Where a finite verb group opens: the verb itself, or the finite auxiliary of a compound tense ("a
    répondu" opens at "a"); None for an infinitive or a participle with no finite auxiliary."""
    if "Fin" in verb.morph.get("VerbForm"):
        return verb.i
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i
                   and "Fin" in c.morph.get("VerbForm")]
    return min(a.i for a in auxiliaries) if auxiliaries else None


def _opening_noun(verb: Token) -> Token | None:
    """The noun phrase opening a sentence ("Un jeune salarié, arrivé il y a deux ans, qui préfère taire son nom,
    résume …"), set off by a comma, for a finite verb after a comma the parser left with no subject (hung on the
    noun made root, or on a verb inside the quote): a sentence has a finite main verb, so that verb is it and the
    opening noun its subject. Only relative pronouns may be subjects between them (a clause with a subject of its
    own is no apposition)."""
    sentence = verb.sent
    if "Fin" not in verb.morph.get("VerbForm") or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    words = [t for t in sentence if t.i < verb.i]
    noun = next((t for t in words if t.pos_ not in ("DET", "ADJ")), None)
    if noun is None or noun.pos_ != "NOUN" or words[0].pos_ != "DET" or noun.i + 1 >= verb.i \
            or noun.nbor(1).text != ",":
        return None
    between = verb.doc[noun.i + 1:verb.i]
    return noun if all("Rel" in t.morph.get("PronType") for t in between if t.dep_.startswith("nsubj")) else None


def _fronted_gerund(subject: Token, verb: Token) -> bool:
    """"Opening the meeting, Senior Minister of State Gerald Seah said": a gerund clause opening the sentence and
    set off by a comma, which the parser took for the verb's clausal subject; the noun before the verb is it."""
    return subject.dep_ == "csubj" and subject.tag_ == "VBG" and subject.i == subject.sent.start \
        and any(t.text == "," for t in subject.doc[subject.i: verb.i]) and verb.nbor(-1).pos_ in ("PROPN", "NOUN")


def _auxiliary_subjects(verb: Token) -> list[Token]:
    """Subjects the parser hung on the auxiliary of a participle, the auxiliary tagged as a verb ("Les dirigeants
    européens, réunis jeudi à Bruxelles, ont une nouvelle fois affirmé": "dirigeants" on "ont"); not on an
    infinitive it wrongly governs ("Le président n'a ni à commenter"); or on an adverb between the auxiliary and
    the participle that took the auxiliary too ("la ministre a d'abord assuré": "ministre" and "a" on "d'")."""
    if "Part" not in verb.morph.get("VerbForm") and not (verb.tag_ == "VBD" and _has_perfect_auxiliary(verb)):
        return []
    hosts = [a for a in verb.children if a.i < verb.i and (a.dep_.startswith("aux") or a.dep_ == "advmod"
                                                           and any(c.dep_.startswith("aux") for c in a.children))]
    return [s for a in hosts for s in a.children if s.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]


def _has_perfect_auxiliary(verb: Token) -> bool:
    """A past form after "had"/"has" the tagger took for a preterite ("A panel …, had, in September, dismissed"):
    a participle all the same."""
    return any(a.dep_ == "aux" and a.i < verb.i and a.lemma_.lower() == "have" for a in verb.children)


def _main_subjects(subjects: list[Token]) -> list[Token]:
    """Drop a second subject the parser took from an earlier subject's relative clause ("Les Emirats, qui ont
    facilité plusieurs dizaines d'échanges, ont salué": "dizaines" is the relative verb's object) or from the
    brackets after a name ("MK Avi Ben-Haim (Likud) said"), and a verb
    it took for a nominal subject when a noun is there too."""
    relatives = [r.i for s in subjects for r in s.children if r.dep_ in ("acl:relcl", "relcl")]
    kept = [s for s in subjects if not any(r < s.i for r in relatives)] or subjects
    # a party or place in brackets after a name is an aside, not a second subject ("X (Likud) said")
    kept = [s for s in kept if not (s.i > 0 and s.nbor(-1).text == "(")] or kept
    kept = [s for s in kept if not _resumptive(s, kept)] or kept
    kept = [s for s in kept if not _dative_clitic(s, kept)] or kept
    kept = [s for s in kept if not _merged_relative(s, kept)] or kept
    kept = [s for s in kept if not _complement_of_subject(s, kept)] or kept
    nominal = [s for s in kept if s.pos_ not in ("VERB", "AUX") or s.dep_ == "csubj"]
    return nominal or kept  # "le président …, admet que « les protestants ne parlent pas »": not "parlent"


def _complement_of_subject(noun: Token, subjects: list[Token]) -> bool:
    """A noun whose preposition follows right after another subject ("Un cadre d'une société minière se montre
    …", both hung on the verb by the parser): a subject has no preposition, so it is that subject's complement."""
    return any(c.dep_ == "case" and c.i < noun.i and any(s.i < c.i and s.right_edge.i + 1 == c.i for s in subjects)
               for c in noun.children)


def _merged_relative(pronoun: Token, subjects: list[Token]) -> bool:
    """A relative pronoun beside a subject before it ("La préfecture, qui devra organiser l'enquête, indique"):
    the parser made the relative clause's verb the main one and hung both on it; a relative pronoun never
    subjects a main clause, so the noun it takes up is the subject."""
    return "Rel" in pronoun.morph.get("PronType") and any(s.i < pronoun.i for s in subjects)


def _dative_clitic(pronoun: Token, subjects: list[Token]) -> bool:
    """"lui" / "leur" right before its verb or auxiliary, which the parser took for a second subject ("Sylvie
    Martin, adjointe aux finances, lui a répondu", "Le directeur leur a lancé"): a clitic in that place is the
    indirect object, the one spoken to; the subject is the other one before it. A stressed "Lui a refusé",
    with no other subject, stays."""
    return pronoun.lower_ in _DATIVE_CLITICS and pronoun.i + 1 < len(pronoun.doc) \
        and pronoun.nbor().pos_ in ("AUX", "VERB") and any(s.i < pronoun.i for s in subjects)


def _resumptive(pronoun: Token, subjects: list[Token]) -> bool:
    """An emphatic pronoun subject right after another subject of its verb, which it only takes up ("Mme Deprez
    elle-même assure"): the noun phrase before is the subject (one set off by commas, "Le maire, lui, estime", is
    the resolver's left dislocation); not a phrase a word of comparison opens, which the parser hung on the verb
    ("Comme la porte-parole de l'ONU elle-même, il redoute")."""
    if pronoun.pos_ != "PRON" or pronoun.i == 0:
        return False
    before = pronoun.nbor(-1)
    return any(s.i < pronoun.i and s.pos_ in ("NOUN", "PROPN") and s.right_edge.i == before.i
               and not (s.left_edge.i > 0 and _comparing(s.doc[s.left_edge.i - 1], pronoun.head)) for s in subjects)


def _comparing(word: Token, verb: Token) -> bool:
    """A preposition or conjunction opening a phrase hung on a verb ("Comme la porte-parole …"), not the
    complementizer of that verb's own clause ("Elle rappelle que Mme X elle-même avait dénoncé")."""
    return word.pos_ in ("ADP", "SCONJ") and not (word.dep_ == "mark" and word.head.i == verb.i)


def _noun_before(relative: Token) -> Token | None:
    """The noun a relative pronoun follows, past its adjectives, when the parser hung its clause on a verb
    ("a-t-elle demandé au ministre, qui lui a répondu": the minister); the name a noun is in apposition to
    ("regrette Thierry Massart, son secrétaire général, qui dénonce": Massart)."""
    before = relative.doc[relative.i - 1] if relative.i > 0 and relative.doc[relative.i - 1].text == "," else relative
    noun = before.nbor(-1) if before.i > 0 else None
    while noun is not None and noun.pos_ == "ADJ" and noun.i > 0:
        noun = noun.nbor(-1)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun


def _inverted_clitic(verb: Token) -> Token | None:
    """"-il", "-elle", "-t-il" just after the verb or its auxiliary."""
    for token in verb.doc[max(0, verb.i - 3): min(len(verb.doc), verb.i + 3)]:
        if _clitic_word(token) in _CLITICS:
            return token
    return None


def could_speak(token: Token, lang: ModuleType) -> bool:
    """A name, a personal pronoun, a role or organisation word, or a noun with a name, role or organisation in
    its phrase."""
    word = token.lower_.replace("-t-", "").lstrip("-")
    if word in lang.PRONOUNS and token.head.lemma_.lower() in lang.IMPERSONAL_VERBS:
        return False  # the "il" of "Faut-il …", "il semble que": nobody
    if token.pos_ == "PROPN" or word in lang.PRONOUNS or word in lang.POSSESSIVES:
        return True
    if token.pos_ == "X" and token.text[:1].isupper():  # a name the tagger did not know ("Moody'" + "s")
        return True
    if word in lang.PARTITIVES and token.pos_ in ("NUM", "PRON") and (token.dep_.startswith("nsubj") or any(
            c.pos_ == "PRON" or c.dep_ == "appos" for c in token.children)):
        return True  # "One described …", "One of them", "s'emporte l'un d'eux, Pierre Martin"
    if word in getattr(lang, "OTHER_PARTITIVES", ()) and token.pos_ == "PRON" and token.dep_.startswith("nsubj"):
        return True  # "Another said …"
    if token.text[:1].isupper() and token.ent_type_ in _NAME_TAGS:  # a name tagged as a noun ("Zelenskyy")
        return True
    if token.i == token.sent.start and _surname_of_person(token):  # a PROPN returned above
        return True  # "Hunt shot back:", a surname opening its sentence that the tagger read as a noun or a verb
    if token.lower_.endswith("-year-old") or token.lower_ == "old" and token.i > 1 \
            and token.doc[token.i - 2].lower_ in ("year", "years"):  # "the 45-year-old told Sky News"
        return True
    if token.pos_ == "ADJ" and _is_one_of(token, lang.ROLE_NOUNS) and any(c.dep_ == "det" for c in token.children):
        return True  # a role the tagger read as an adjective heading its own phrase: "assure le quinquagénaire"
    if token.pos_ not in ("NOUN", "PRON"):
        return False
    speakers = lang.ROLE_NOUNS | lang.ORG_NOUNS
    if _is_one_of(token, speakers) or role_lemma(token, lang) in speakers or _person_set_off(token):  # "l'ex-avocate"
        return True
    if _aged(token, lang):  # "un matelot de 34 ans, qui préfère taire son nom, sort sa fiche de paie :"
        return True
    if token.lemma_.lower() in lang.REPORTING_NOUNS and _authored(token, lang):
        return True  # "un rapport de la Ligue arabe", "the ministry's statement", "the report, published by X"
    if _is_one_of(token, lang.TEXT_NOUNS) and determiner(token) in DEFINITE:
        return True  # « conclut le texte »: the text taken up, whose issuer the resolver finds
    if _personal_relative_clause(token, lang):
        return True  # "a long-serving worker who asked not to be named": "who" takes up none but a person
    # "l'un des deux porte-parole", "one of the ministers"
    return any(t.pos_ == "PROPN" or t.lemma_.lower() in speakers for t in noun_phrase(token))


def _aged(noun: Token, lang: ModuleType) -> bool:
    """A noun its phrase gives an age ("un matelot de 34 ans"): the press ages people, so it names a person."""
    return any(c.lower_ in getattr(lang, "AGE_NOUNS", ()) and any(is_age(n, lang) for n in c.children)
               for c in noun.children if c.i > noun.i)


def _personal_relative_clause(noun: Token, lang: ModuleType) -> bool:
    """A noun a relative clause qualifies through a pronoun only a person takes ("who", "whom"), in any role of
    the clause: "whom", its object, says a person as surely as "who" (unlike ``speakers._thing_relative``, which
    asks for the subject "which"); :func:`newsbrief.grammar.has_relative_clause`."""
    return has_relative_clause(noun, getattr(lang, "PERSONAL_RELATIVES", frozenset()))


def _authored(document: Token, lang: ModuleType) -> bool:
    """Whether a document noun names its author: a complement or owner that could speak itself ("un rapport de
    la Ligue arabe", "the ministry's statement", "the report of the committee"), a possessive ("son rapport",
    "leur procès-verbal") or an agent ("the report, published by X"); not a complement that only describes the
    words ("la phrase en lettres rouges")."""
    for child in document.children:
        if child.dep_ == "det" and child.lower_ in lang.POSSESSIVES:
            return True
        if child.dep_ == "acl" and passive_agent(child) is not None:
            return True
        authors = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else \
            [child] if child.dep_ in ("nmod", "poss", "nmod:poss") else []
        if any(could_speak(a, lang) for a in authors):
            return True
    return False


def _person_set_off(noun: Token) -> bool:
    """A noun phrase followed by a person's name set off by a comma ("son attachée de presse, Kelsey Lund")."""
    end = max(t.i for t in noun_phrase(noun)) + 1
    doc = noun.doc
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ in PERSON_TAGS \
        and doc[end + 1].text[:1].isupper()


def _is_one_of(token: Token, words: Container[str]) -> bool:
    """Whether the token's lemma or its lower-cased form is one of ``words``."""
    return token.lemma_.lower() in words or token.lower_ in words
