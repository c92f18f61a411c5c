"""Who said what: the quotes of a parsed document, attributed, classified, merged and ranked.

:func:`extract_quotes` runs these steps:

1. the quoted spans (:mod:`newsbrief.quotespans`);
2. a capitalised name after a title noun (journal, sculpture, opération, newspaper) or a naming verb (baptisée,
   dubbed), before one ("the “Keep It Local” campaign") or closing its noun phrase ("a report by the Audit
   Office, “…”"), headed by one of its own ("the “Kavango Green Belt Project”", « la « Déclaration du Locle » »),
   right after a class noun (« la coopérative « Fanantenana » »), a medium a speech verb goes through (« révélée
   par le « Luxemburger Wort » »), a guest's programme (« Invité de « Questions politiques » »), a name after a
   possessive ("Speaking on GBC's “Viewpoint”"), a slogan on a banner or placard (« une banderole proclame :
   « … » »), a name written as one, every long word capitalised, after a word in lower case ("a project the
   company has branded “Wann Road Commons”") or a capitalised object of a verb of signing (« ont signé une
   « Feuille de route 2026-2030 » ») is a title, not speech; a short term right after a naming marker
   ("so-called", "known locally as", « surnommés », « l'affaire dite des », « un accord dit de », « une circulaire
   …, dite », "a practice, locally called", « une note, intitulée »), a noun for a name (« avaient un nom : les
   « … » »), what nobody in particular calls a thing (« ce que tout le monde appelle le « … » »), a nickname
   between a given name and a surname ("Andre “Scrappy” Campbell"), a term after a demonstrative (« ce « serpent
   de mer » »), glossed by one (« les « horaires brisés », ces journées coupées … »), after a noun for a topic (« le
   thème de l'« accès à la mer » », "talk of a “trade war”") or naming a charge at a trial (« comparaissait … pour
   « abus de confiance » ») a scare quote; a short noun phrase qualifying the noun right after the marks ("27
   “ghost” families") or glossed by a bracket right after them (its acronym, a rendering in lower case: « le
   « bouclier qualité-prix » (BQP) ») is either, by its case, and so is a span listed after a title or a scare
   quote, or rendering it in brackets (« des banderoles « … » ou encore « … » »);
3. the cue of each span and the token naming its speaker (:mod:`newsbrief.cues`, which lists the rules), the
   speaker words resolved to a name by :mod:`newsbrief.speakers`;
4. a quote of a paragraph with no cue takes the speaker of an earlier quote of its sentence when the source
   marker opening the sentence attributes that one ("Selon elle, X « … », et il n'existe « … »"), else the
   named subject of its own sentence, or of the clause the quote is the object of when the main one is missing or
   comes after it (or the place of an "on": "À Matignon, on préfère saluer un « … »"; the annotation rule: a
   fragment whose speaker the context identifies is speech), else, for a quote opening its paragraph, the person
   the sentence after it names for the first time ("“…” Sophie Ellery, 31, who rents …, was watching"), else the
   subject of the sentence before when a colon lead-in with no subject of its own opens the quote's ("Puis, en
   rejoignant le car : « … »"), else the speaker of the previous quote when it follows it in the next sentence,
   or within the same or next paragraph with no other person named as a subject in between; a short quote with
   none is a scare quote, and so is a bare term (a noun phrase after a determiner, adjectives between: « de
   véritables « … » », or after a preposition when the sentence's subject does not predicate it: « payé à la
   « richesse » ») in a sentence with no speech word, source marker or other quote, or, whatever the sentence
   holds, one that no active speech word reaches: a noun's complement, a passive's subject, what a participle
   with no agent or a copula predicates (« un « service minimum » est assuré », « présentée comme le « … » »);
5. a quote still without a cue takes the speaker of a later quote of its own sentence that a cue attributes, and
   a piece of a quote left open at a paragraph's end and reopened at the next (French continuation) the speaker
   of the cue that closes the quote; in a question-and-answer exchange, a quote with no cue after a turn of each
   side continues it (a question is the asker's again, an answer the one who replied before:
   :mod:`newsbrief.exchanges`);
6. a headline quote repeating a body quote word for word is merged into it, and one taking up part of a body
   quote gets its speaker, unless a name attributes it in the headline ("« On ne lâchera pas », la rue répond"
   takes the speaker of the body's "« … On ne lâchera pas tant que … », a prévenu Karine Delorme");
7. a quote whose speaker stays a description (a lede's "one of the chancellor's most senior ministers"), a
   headline quote given to an organisation, or a quote of the deck or lede given to no person (a country, a group,
   nobody), takes the person who speaks a later quote of the same words (one holding the headline's words, or
   those the deck or lede gives a body or place, gender and number endings aside: « prête » for « prêts »), and
   so does a quote standing alone in its paragraph (a pull quote) that a later cued quote repeats;
8. the key quotes are marked: full statements by named speakers first, speakers and wording diverse.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import takewhile
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.cues import Cue, could_speak, find_cue, is_passive_subject, sentence_subject, speech_lemma, \
    subject_of, token_index
from newsbrief.cues import speech_subject_tokens as speech_subject_tokens  # re-exported: imported from here
from newsbrief.entities import EntityTable
from newsbrief.exchanges import addressee, answer_to_asking, answer_to_question, answer_to_reported_question, \
    answerer, attribute_answer_turns, attribute_exchange_turns, counsel_of_client, description_in_exchange, \
    not_the_one_addressed, opens_paragraph, pressing_after_answer, replier, reply_to_another
from newsbrief.grammar import DEFINITE, PERSON_TAGS, determiner, is_asking_participle, is_finite_verb, noun_root, \
    token_starts
from newsbrief.names import is_given_name
from newsbrief.quotespans import CLOSING_MARKS, PAIRS, SIDED_OPENING_MARKS, QuoteSpan, find_quote_spans
from newsbrief.records import Document, Quote
from newsbrief.roles import with_person_nouns
from newsbrief.speakers import Resolved, SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_SCARE_MAX_WORDS = 3
#: the longest term a marker of naming ("so-called", « surnommé ») sets off as a scare quote
_SCARE_MARKER_MAX_WORDS = 5
#: the longest name in marks with no finite verb taken for a title ("Review of Lease Consents, Efate 2019–2022")
_LONG_TITLE_MAX_WORDS = 16
#: how far back from a name in marks the title word of its noun phrase is looked for
_TITLE_PHRASE_REACH = 10
#: how far back from a slogan in marks the banner, placard or chant carrying it is looked for
_SIGN_REACH = 12
#: how far back from the word before a term the opening of a split marker ("known … as") is looked for
_SPLIT_MARKER_REACH = 6
#: the longest name in marks a class noun before it names (« la coopérative « Fanantenana » »)
_CLASS_NAME_MAX_WORDS = 5
#: the longest name of a medium in marks after a speech verb's preposition (« a confié au « Matin » »)
_MEDIUM_MAX_WORDS = 6
#: the longest bare term in marks that no speech word of its sentence gives anyone (« payé à la « richesse » »)
_TERM_MAX_WORDS = 3
#: how far back from a comma the comma opening an incise is looked for (« a, de son côté, appelé »)
_INCISE_REACH = 6
#: the longest nickname in marks between a given name and a surname ("Andre “Scrappy” Campbell")
_NICKNAME_MAX_WORDS = 2


def extract_quotes(doc: Doc, document: Document, table: EntityTable, *, lang: ModuleType,
                   top_quotes: int = 8, speech_heads: Iterable[int] | None = None) -> list[Quote]:
    """The quotes of a parsed document, attributed, classified, merged and with the key ones marked;
    ``speech_heads``: the subjects of its speech verbs when already found (:func:`speech_subject_tokens`)."""
    spans = find_quote_spans(document.text, document.blocks)
    lang = with_person_nouns(doc, lang, speech_heads)  # « insiste le cardiologue »: a person, as a listed role's noun
    resolver = SpeakerResolver(doc, table, lang=lang, quoted=[(s.start, s.end) for s in spans],
                               paragraphs=[(b.start, b.end) for b in document.blocks if b.kind == "paragraph"])
    starts = token_starts(doc)
    quotes: list[Quote] = []
    previous: tuple[Quote, int] | None = None
    for i, span in enumerate(spans):
        quote = _attributed(doc, starts, span, document, resolver, lang, previous)
        if i and quotes[-1].kind != "speech" and _listed_after(spans[i - 1], span, document.text, lang):
            quote = Quote(text=quote.text, start=quote.start, end=quote.end, kind=quotes[-1].kind,
                          fragment=quote.fragment)
        quotes.append(quote)
        if quote.kind == "speech":
            previous = (quote, resolver.sentence_index(doc[token_index(starts, span.end - 1)]))
            resolver.note_speaker(quote.speaker, span.start)
    quotes = share_sentence_speakers(quotes, [doc[token_index(starts, s.open_at)].sent.start for s in spans],
                                     text=document.text)
    quotes = share_continued_speakers(quotes, spans, document)
    replying = lang.REPLYING_VERBS
    addressed = {q.start: name for q in quotes if q.kind == "speech" and q.speaker and q.text.rstrip().endswith("?")
                 and (name := addressee(q, resolver)) is not None}
    quotes = attribute_answer_turns(attribute_exchange_turns(quotes, spans, document, replying, addressees=addressed),
                                    spans, replying, addressees=addressed)
    people = frozenset(e.name for e in table.entities if e.label == "PER")
    # the body's own quotes take their people first, so a heading copies the final speaker of its repeat
    quotes = attribute_repeated_quotes(merge_headline_quotes(quotes, document), set(people),
                                       _heading_ranges(document), _opening_ranges(document), lang=lang)
    quotes = attribute_headline_quotes(quotes, document, people, articles=lang.ARTICLES,
                                       determiners=lang.POSSESSIVES)
    quotes = attribute_pull_quotes(quotes, document, people)
    return mark_key_quotes(quotes, top=top_quotes)


def _listed_after(before: QuoteSpan, span: QuoteSpan, text: str, lang: ModuleType) -> bool:
    """A span right after another of its block, only a bracket or a word of a list between (« des banderoles
    « ENIEM vivra » ou encore « … » », « aux cris de « Ni una gota más » (« Pas une goutte de plus ») », "placards
    reading “…” and “…”"): the next item of a list, or the rendering of the span before, of its kind. Not after a
    bare comma, which may lead to words said ("calls itself the “Islamic Emirate”, “does not allow …”")."""
    if before.close_at is None or before.block != span.block:
        return False
    between = " ".join(text[before.close_at + 1:span.open_at].lower().split())
    link = between.removeprefix(",").strip()
    return between in ("(", "[") or link in lang.LIST_LINKS


def share_sentence_speakers(quotes: list[Quote], sentences: list[int], *, text: str = "") -> list[Quote]:
    """A quote left without a cue (a short one too, first taken for a scare quote, given the sentence's subject
    or the previous speaker) takes the speaker of a later quote of the same sentence that a cue attributes ("La
    France « regrette » ces décisions tout en « comprenant le contexte », a fait savoir le Quai d'Orsay"; "The
    bill is “no weapon” but a “long-overdue repair”, says X": the reporting clause closing the sentence covers
    every quote of it, whoever spoke before); not when the later quote's speaker is named between the two ("« … »,
    tandis que X reproche au maire « … »"): X's clause opens after the first quote, whose words are not X's."""
    result = list(quotes)
    for i in range(len(result) - 2, -1, -1):
        quote, following = result[i], result[i + 1]
        open_to_cue = quote.speaker is None or quote.cue is None
        shares = quote.kind in ("speech", "scare") and open_to_cue and following.kind == "speech"
        mention = following.speaker_mention or ""
        named_between = len(mention.split()) > 1 and mention in text[quote.end:following.start]  # not "he", "il"
        if shares and following.speaker and following.cue and following.resolution != "previous" \
                and sentences[i] == sentences[i + 1] and not named_between:
            result[i] = replace(_attributed_as(quote, following), kind="speech")
    return result


def share_continued_speakers(quotes: list[Quote], spans: list[QuoteSpan], document: Document) -> list[Quote]:
    """The pieces of one quotation running over several paragraphs (each left open at the end of its paragraph
    and reopened at the start of the next: the press continuation convention) share one speaker. A piece with no
    cue of its own, or one that resolves to nobody (a context cue taking up "Tous deux" before it), takes the
    speaker of the cue that closes the quote (« Ce que nous redoutons … ¶ « … », explique le Dr Claire
    Fournival); failing that, a later piece left with nobody takes the speaker of the piece before it ("X said:
    “… ¶ “…,” he added." with "he" unresolved)."""
    result = list(quotes)
    for i in range(len(result) - 2, -1, -1):
        quote, following = result[i], result[i + 1]
        unheard = quote.cue is None or quote.speaker is None or quote.resolution == "previous"
        if _continued(spans[i], spans[i + 1], document) and quote.kind == "speech" and unheard \
                and following.kind == "speech" and following.speaker and following.resolution != "previous":
            result[i] = _attributed_as(quote, following)
    for i in range(1, len(result)):
        before, quote = result[i - 1], result[i]
        if _continued(spans[i - 1], spans[i], document) and quote.kind == "speech" and quote.speaker is None \
                and before.kind == "speech" and before.speaker:
            result[i] = replace(quote, speaker=before.speaker, speaker_mention=before.speaker_mention,
                                resolution="previous")
    return result


def _continued(span: QuoteSpan, reopened: QuoteSpan, document: Document) -> bool:
    """Whether ``reopened`` goes on with the quote of ``span``: left open at the end of its paragraph, it opens
    the next one."""
    return span.close_at is None and reopened.block == span.block + 1 and opens_paragraph(reopened, document)


def _attributed_as(quote: Quote, source: Quote) -> Quote:
    """The quote with the speaker, the words naming them, the resolution and the cue of another quote."""
    return replace(quote, speaker=source.speaker, speaker_mention=source.speaker_mention,
                   resolution=source.resolution, cue=source.cue)


# --- one quote ------------------------------------------------------------------------------------------------


def _attributed(doc: Doc, starts: list[int], span: QuoteSpan, document: Document, resolver: SpeakerResolver,
                lang: ModuleType, previous: tuple[Quote, int] | None) -> Quote:
    """The quote of a span: a title, else attributed by its cue, else (in a paragraph) by its context."""
    text = document.text[span.start:span.end]
    base = Quote(text=text, start=span.start, end=span.end, fragment=_is_fragment(text))
    open_token = doc[token_index(starts, span.open_at)]
    close = doc[token_index(starts, span.close_at)] if span.close_at is not None else None
    label = _label_kind(open_token, close, text, lang)
    if label is not None:
        return replace(base, kind=label)
    if close is not None and document.blocks[span.block].kind == "paragraph" \
            and _unvoiced_term(base, open_token, close, lang):  # a headline's parse is too rough for it
        return replace(base, kind="scare")
    cue = find_cue(doc, starts, span, lang=lang)
    if cue is not None and cue.speaker is not None:
        speaker, mention, resolution = resolver.resolve(cue.speaker, at=span.start)
        replying = cue.word in lang.REPLYING_VERBS
        if resolution == "pronoun" and replying and speaker is not None:  # an answer, else a retort
            speaker = replier(speaker, cue.speaker, previous, resolver, lang) \
                or answer_to_question(speaker, cue.speaker, resolver, lang) \
                or reply_to_another(speaker, cue.speaker, open_token, previous, resolver, lang) or speaker
        elif resolution == "pronoun" and speaker is not None:
            speaker = pressing_after_answer(speaker, cue.speaker, open_token, cue.word, resolver, lang) \
                or answer_to_asking(speaker, cue.speaker, text, resolver, lang) \
                or counsel_of_client(speaker, cue.speaker, text, resolver, lang) or speaker
        elif resolution == "nominal" and replying and speaker is not None:
            speaker = reply_to_another(speaker, cue.speaker, open_token, previous, resolver, lang) or speaker
        if resolution == "nominal" and speaker is not None and resolver.table.label_of(speaker) is None:
            speaker = description_in_exchange(cue, open_token, previous, resolver, lang) or speaker
        quote = replace(base, speaker=speaker, speaker_mention=mention, resolution=resolution, cue=cue.word)
        answering = answer_to_reported_question(quote, cue, open_token, resolver, lang)
        if answering is not None:  # « La juge est intervenue pour lui demander pourquoi … . « … » »
            return replace(quote, speaker=answering, speaker_mention=None, resolution="previous")
        return _not_addressing_context_source(quote, cue, resolver)
    if document.blocks[span.block].kind != "paragraph":
        return replace(base, cue=cue.word if cue else None)
    quote = _attributed_by_context(base, cue, open_token, resolver, lang, previous)
    other = not_the_one_addressed(quote, resolver) if quote.cue is None and quote.kind == "speech" else None
    return replace(quote, speaker=other, speaker_mention=None, resolution="previous") if other else quote


def _label_kind(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> str | None:
    """"title" or "scare" for words in marks that the words around them give as a name or a label, whatever speech
    verb the sentence holds (step 2 of :func:`extract_quotes`); None for words that may be somebody's."""
    if _is_title(open_token, close, text, lang) or _on_a_sign(open_token, lang) \
            or _medium_of_speech(open_token, close, text, lang) or _owned_name(open_token, close, text, lang) \
            or _written_as_a_name(open_token, close, text) or _signed_document(open_token, close, text, lang):
        return "title"
    term = not text[:1].isupper() and len(text.split()) <= _SCARE_MARKER_MAX_WORDS  # what _is_short_term asks first
    if _after_scare_marker(open_token, text, lang) or _named_by_everyone(open_token, lang) \
            or _after_naming_noun(open_token, text, lang) or _nickname_in_name(open_token, close, text) \
            or term and (_term_after_demonstrative(open_token, close, text) or _glossed_term(open_token, close, text)
                         or _term_of_a_topic(open_token, close, text, lang)) \
            or _charge_on_trial(open_token, close, text, lang):
        return "scare"
    # « le dossier est surnommé depuis des mois « … » », "27 “ghost” families"
    if _object_of_naming_verb(open_token, close, lang) or _modifies_next_noun(open_token, close, text) \
            or _glossed_in_brackets(open_token, close, text):
        return "title" if text[:1].isupper() else "scare"
    return None


def _not_addressing_context_source(quote: Quote, cue: Cue, resolver: SpeakerResolver) -> Quote:
    """A quote the sentence before attributes, when it addresses a role that sentence's subject holds ("Justice X
    asked whether …. ¶ “…, Your Honour. …”"): one does not address oneself, so the last other person quoted nearby
    speaks, as for a quote with no cue (:func:`newsbrief.exchanges.not_the_one_addressed`)."""
    other = not_the_one_addressed(quote, resolver) if cue.how == "context" and quote.kind == "speech" else None
    return replace(quote, speaker=other, speaker_mention=None, resolution="previous") if other else quote


def _attributed_by_context(base: Quote, cue: Cue | None, open_token: Token, resolver: SpeakerResolver,
                           lang: ModuleType, previous: tuple[Quote, int] | None) -> Quote:
    """A quote of a paragraph that no cue attributes: the named subject of its sentence when it has no cue or a
    marker naming no source, else the person the sentence after it introduces when it opens its paragraph, else
    the subject of the sentence before that it goes on with, else the one who answers in an exchange, else the
    previous quote's speaker when it goes on with it, else a scare quote when it is short."""
    # the annotation rule: a quote whose speaker the context identifies is speech ("À Paris, le Quai d'Orsay a
    # « pris note »", "Marc Guillemot a dû faire demi-tour après avoir entendu deux « bangs successifs »")
    # a marker that names no source ("selon ses moyens") is no cue
    if cue is None and previous is not None and _under_opening_marker(previous, open_token, resolver, lang):
        quote = previous[0]  # "Selon elle, Ravenel « a engagé … », et il n'existe « aucun fait de corruption »"
        return _attributed_as(base, quote)
    term = cue is None and _is_bare_term(base, open_token, lang) and _sentence_gives_no_words(open_token, lang)
    if term and _word_before_term(open_token).pos_ == "DET":
        return replace(base, kind="scare")  # "le planteur est payé à la « richesse »": nobody is said to say it
    named = _named_subject(open_token, resolver, lang) if cue is None or cue.how == "marker" else None
    if named is not None:  # "X defended the cuts as “…”": after a preposition, the subject may predicate the term
        speaker, mention, resolution = named
        return replace(base, speaker=speaker, speaker_mention=mention, resolution=resolution)
    if term:  # « la question des « minerais de sang » empoisonne … »
        return replace(base, kind="scare")
    # a cue word the next sentence gave with no speaker ("X, 41 ans, est l'un des chauffeurs venus témoigner")
    unvoiced = cue is None or cue.speaker is None and cue.how == "next"
    introduced = _introduced_after(base, open_token, resolver, lang, previous) if unvoiced else None
    if introduced is not None:  # "“I have waited four years …” Sophie Ellery, 31, who rents …, was watching"
        return replace(base, speaker=introduced, speaker_mention=introduced, resolution="explicit")
    carried = _carried_subject(open_token, resolver)
    if carried is not None:  # "Kevin, 34 ans, ne dit rien. Puis lâche : « … »"
        return replace(base, speaker=carried, resolution="previous", cue=cue.word if cue else None)
    answer = answerer(previous, open_token, resolver) if previous is not None else None
    if answer is not None:  # « … ? » demande la présidente. Le prévenu marque un temps. « … »
        return replace(base, speaker=answer[0], speaker_mention=answer[1], resolution=answer[2])
    if previous is not None and _continues(previous, base.start, open_token, resolver):
        quote = previous[0]
        return replace(base, speaker=quote.speaker, speaker_mention=quote.speaker_mention, resolution="previous",
                       cue=cue.word if cue else None)
    if cue is not None:
        return replace(base, cue=cue.word)
    return replace(base, kind="scare") if len(base.text.split()) <= _SCARE_MAX_WORDS else base


def _is_bare_term(base: Quote, open_token: Token, lang: ModuleType) -> bool:
    """A term in marks after a determiner or a preposition: a noun phrase in lower case headed by a noun, of a
    few words ("a “disappearing act”", « l'« or noir » », « la question des « minerais de sang » »), or of more
    when a title word opens it (« la « convention canne » »), with no finite verb (not « refuse de « combler le
    trou » », a verb's phrase)."""
    doc = open_token.doc
    words = list(takewhile(lambda t: t.idx < base.end, doc[open_token.i + 1:]))
    inside = [t for t in words if not t.is_punct]
    if not inside or base.text[:1].isupper() or open_token.i == 0 \
            or _word_before_term(open_token).pos_ not in ("DET", "ADP"):
        return False
    headed = _is_title_head(inside[0], lang) and inside[0].pos_ == "NOUN"
    if len(base.text.split()) > (_LONG_TITLE_MAX_WORDS if headed else _TERM_MAX_WORDS):
        return False
    nominal = all(t.pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN")
                  or t.pos_ == "VERB" and "Fin" not in t.morph.get("VerbForm") for t in inside)
    root = next((t for t in inside if not open_token.i < t.head.i <= open_token.i + len(words)), None)
    return nominal and root is not None and root.pos_ == "NOUN"


def _unvoiced_term(base: Quote, open_token: Token, close: Token, lang: ModuleType) -> bool:
    """A bare term (:func:`_is_bare_term`) that no speech word reaches: the complement of a noun (« les trains de
    la « … » »), the subject of a passive (« un « service minimum » est assuré »), what a participle with no
    auxiliary and no agent takes (« longtemps présentée comme le « … » ») or a copula predicates (« est devenu un
    « … » »), with no active speech verb or noun over it and no source marker in its sentence. Someone's words are
    governed by the verb reporting them (« X dénonce l'absence de « … » »); a noun's complement in the object of
    a subject who could speak, or after a preposition of a second object, may be that subject's word."""
    root = _root_in_marks(open_token, close)
    if root is None or _has_source_marker(open_token.sent, lang) \
            or _verb_hung_on_subject(open_token.sent.root) or not _is_bare_term(base, open_token, lang):
        return False
    governor = root.head.head if root.head.pos_ == "ADP" and root.dep_ == "pobj" else root.head
    nested = governor.pos_ == "NOUN" and not open_token.i < governor.i < close.i \
        and not _in_object_of_speaker(governor, lang) and not _after_dative(root, lang)
    passive = root.dep_ in ("nsubj:pass", "nsubjpass") or _after_passive_participle(governor, root)
    return (nested or passive or _predicate_of_copula(root, governor, lang)) \
        and not any(_voices(t, lang) for t in root.ancestors)


def _verb_hung_on_subject(root: Token) -> bool:
    """A sentence whose parse makes its subject the root and hangs the verb on it (« L'opposition raille un
    « … » », with « raille » a modifier of « opposition »): what governs the marks cannot be read from it."""
    return root.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in root.children)


def _after_passive_participle(verb: Token, root: Token) -> bool:
    """A term a past participle with no auxiliary of a compound tense and no agent takes (« longtemps présentée
    comme le « … » », "classified as a “…”"): the participle says what the thing is, not who called it so."""
    return verb.i != root.i and _bare_participle(verb)


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary, active subject or agent: an adjective's use, with nobody doing it."""
    if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
        return False
    return not any(c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "obl:agent", "agent")
                   or c.dep_ in ("nsubj", "csubj") for c in verb.children)


def _in_object_of_speaker(noun: Token, lang: ModuleType) -> bool:
    """The noun phrase holding a term hangs on the verb of a subject who could speak (« M. X impute une partie
    des retards aux « … » », « renvoie la responsabilité à « … » »): the term may be that subject's word."""
    verb = noun
    while verb.pos_ in ("NOUN", "PROPN", "ADP", "DET", "NUM", "PRON") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX", "ADJ") or _bare_participle(verb):
        return False
    subject = subject_of(verb)
    return subject is not None and could_speak(subject, lang)


def _after_dative(root: Token, lang: ModuleType) -> bool:
    """A term after the preposition of a second object (« renvoie la responsabilité à « … » »): it may be the
    verb's own argument that the parser hung on the object, not a noun's complement."""
    prepositions = [c for c in root.children if c.dep_ == "case"] + ([root.head] if root.head.pos_ == "ADP" else [])
    return any(p.lower_ in lang.DATIVE_PREPOSITIONS for p in prepositions)


def _predicate_of_copula(root: Token, governor: Token, lang: ModuleType) -> bool:
    """A term a copula predicates of its subject (« est devenu un « … » », "had become a “…”")."""
    return governor.lemma_.lower() in lang.COPULA_LEMMAS and root.dep_ in ("obj", "attr", "xcomp", "acomp") \
        or any(c.dep_ == "cop" for c in root.children)


def _voices(token: Token, lang: ModuleType) -> bool:
    """A speech verb or noun in the active voice (a passive participle reports nobody: « présentée comme »)."""
    if token.pos_ not in ("VERB", "AUX", "NOUN") or not speech_lemma(token, lang):
        return False
    return token.pos_ == "NOUN" or not (any(c.dep_ in ("aux:pass", "auxpass") for c in token.children)
                                        or _bare_participle(token))


def _word_before_term(open_token: Token) -> Token:
    """The word before the marks, or the determiner before the adjectives right before them (« de véritables
    « zones grises » », "the statewide “hazard map”")."""
    doc, i = open_token.doc, open_token.i - 1
    while i > open_token.sent.start and doc[i].pos_ == "ADJ":
        i -= 1
    return doc[i] if doc[i].pos_ == "DET" else doc[open_token.i - 1]


def _has_source_marker(sentence: Span, lang: ModuleType) -> bool:
    """Whether a word of a sentence is a source marker (``SOURCE_MARKERS``: « selon », « pour », "according")."""
    return any(t.lower_ in lang.SOURCE_MARKERS for t in sentence)


def _sentence_gives_no_words(open_token: Token, lang: ModuleType) -> bool:
    """No speech verb or noun, no source marker (« selon », « pour ») and no other quote in the quote's
    sentence: nothing there reports anyone as saying what the marks hold (two quoted pieces in a sentence are
    the words of a source it goes on reporting: « ils auraient remarqué un « … » avant de le « … » »)."""
    sentence = open_token.sent
    if _has_source_marker(sentence, lang):
        return False
    if sum(sentence.text.count(mark) for mark in SIDED_OPENING_MARKS) + sentence.text.count('"') // 2 > 1:
        return False  # a straight mark both opens and closes
    return not any(t.pos_ in ("VERB", "AUX", "NOUN") and speech_lemma(t, lang) for t in sentence)


def _under_opening_marker(previous: tuple[Quote, int], open_token: Token, resolver: SpeakerResolver,
                          lang: ModuleType) -> bool:
    """Whether the previous quote shares the sentence and was attributed by the source marker opening it
    ("Selon elle, …"): the marker's source speaks the whole sentence."""
    quote, sentence = previous
    first = open_token.sent[0]
    return quote.speaker is not None and quote.cue is not None and sentence == resolver.sentence_index(open_token) \
        and quote.cue in lang.SOURCE_MARKERS and first.lower_ == quote.cue


def _named_subject(open_token: Token, resolver: SpeakerResolver, lang: ModuleType) -> Resolved | None:
    """The speaker a cue-less quote's own sentence gives: its main subject before the quote (else, when that
    subject is missing or comes after the quote, the subject of the clause the quote is the object of, or the
    person named before a main verb left without one), a name or a personal pronoun, resolved to a person,
    organisation or place (a country speaks in diplomacy)."""
    if _in_relative_with_own_subject(open_token):
        return None
    subject = subject_of(open_token.sent.root)
    if subject is None or subject.i >= open_token.i:
        subject = _governing_subject(open_token) or noun_root(open_token.sent)
    if subject is None or subject.i >= open_token.i:
        subject = _introducing_subject(open_token) or _lost_subject(open_token)
    if subject is None or subject.i >= open_token.i or resolver.in_quote(subject.idx):
        return None  # a subject inside an earlier quote is never the speaker
    if is_passive_subject(subject, subject.head, lang):
        return None  # "les usagers sont invités à « … »": the ones told, not the speaker
    role = subject.pos_ == "NOUN" and subject.lemma_.lower() in lang.ROLE_NOUNS  # "Un haut fonctionnaire y voit"
    # an organisation word named in its phrase ("L'association des compagnies de croisière, la CLIA, « regrette …
    # »"): kept below only when that name is its own
    circle = subject.pos_ == "NOUN" and subject.lemma_.lower() in getattr(lang, "CIRCLE_NOUNS", ())
    body = subject.pos_ == "NOUN" and subject.lemma_.lower() in lang.ORG_NOUNS or circle
    impersonal = subject.lower_ in getattr(lang, "IMPERSONAL_PRONOUNS", ())  # "À Matignon, on salue un « … »"
    if not (subject.pos_ == "PROPN" or subject.lower_ in lang.PRONOUN_GENDERS or role or body or impersonal
            or could_speak(subject, lang) and subject.text[:1].isupper()):
        return None  # a name, also one tagged as a noun ("Ahmed al-Charaa a remercié Ankara pour son « … »")
    resolved = resolver.resolve(subject, at=open_token.idx)
    named = resolved[0] is not None and resolver.table.label_of(resolved[0]) in ("PER", "ORG", "LOC")
    if body and not role and resolved[2] != "explicit":  # no name in its phrase: a definite body speaks as the
        # article describes it in a sentence that speaks of its words ("Dans un communiqué, la préfecture invitait
        # les usagers à « … »"), not the last person quoted; not "le gouvernement prépare une « réforme »"
        reported = any(t.lemma_.lower() in lang.REPORTING_NOUNS or speech_lemma(t, lang) for t in open_token.sent
                       if t.i < open_token.i)
        definite = determiner(subject) in DEFINITE and (reported or circle)  # "l'entourage du maire" is a source
        return (resolved[0], resolved[1], "nominal") if definite and resolved[0] is not None else None
    return resolved if named or role and resolved[0] is not None else None


def _in_relative_with_own_subject(open_token: Token) -> bool:
    """A quote inside a relative clause, under a verb before it with a noun subject of its own ("the Council, the
    forum that embodied what diplomats liked to call “…”, was frozen"): that subject's words or term, not the main
    subject's (the quote's own verbs do not count)."""
    own = False
    for head in open_token.ancestors:
        if head.dep_ == "ROOT":
            return False
        own = own or head.i < open_token.i and any(c.dep_.startswith("nsubj") and c.pos_ in ("NOUN", "PROPN")
                                                   for c in head.children)
        if own and head.dep_ in ("acl:relcl", "relcl"):
            return True
    return False


def _governing_subject(open_token: Token) -> Token | None:
    """The subject, before the quote, of the nearest clause up the parse from the quote whose verb (or noun the
    parser made its head) has one, when the sentence's main subject is missing or comes after the quote: the quote
    is what that subject does or says ("À Tahiti, l'Autorité n'a relevé « aucun risque » pour …, les enseignes
    étant …", "Dans un communiqué rendu public, l'Union a « pris acte »", the communiqué taken for the root); not
    past a relative clause, whose subject only qualifies a noun ("une blessure que Marseille n'a jamais refermée
    et relance le débat sur les « … »"), nor a reported or asked clause ("asked whether the government would
    commit “…”": the one asked about, not the speaker)."""
    for head in open_token.ancestors:
        if head.dep_ in ("acl:relcl", "relcl") or any(c.dep_ == "mark" for c in head.children):
            return None
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.i < open_token.i else None
    return None


def _lost_subject(open_token: Token) -> Token | None:
    """The person named before the main verb the parser left without a subject, the verb coming before the quote
    ("À gauche, Claire X (Les Verts) a voté le texte, non sans réclamer une « … »", the name read as a
    conjunct)."""
    root = open_token.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i > open_token.i or subject_of(root) is not None:
        return None
    return sentence_subject(open_token.sent)


def _introducing_subject(open_token: Token) -> Token | None:
    """The subject of a clause closed by a colon just before the quote, which the parser hung on the quote's own
    verb ("The senator was unconvinced: “Numbers are not a policy.”"): the clause introduces the quote."""
    sentence = open_token.sent
    colon = open_token.nbor(-1) if open_token.i > sentence.start else None
    if colon is None or colon.text != ":":
        return None
    clause = next((c for c in sentence.root.children if c.dep_ in ("ccomp", "parataxis") and c.i < colon.i), None)
    return subject_of(clause) if clause is not None else None


def _introduced_after(base: Quote, open_token: Token, resolver: SpeakerResolver, lang: ModuleType,
                      previous: tuple[Quote, int] | None) -> str | None:
    """The person a quote opening its paragraph with no cue is put in the mouth of by the sentence right after it
    (nothing but marks between them, in the same paragraph or the next): its main subject, or the owner of the
    words it is ("X's speech drew jeers"), named there for the first time in the article. A reporter opens with
    the words, then introduces who said them ("“…” Sophie Ellery, 31, who rents a house in …, was watching"; the
    subject may be a title or role naming the person: "« … » Me Nadia X, avocate, ne cache pas son agacement");
    someone already named would be a new turn, not the words' introduction. A paragraph of a quote alone after
    one giving someone's words (a cue's, or whole sentences) goes on with them, whoever the next paragraph brings
    in; after one with a catchword at most, it is a new voice.

    Not a duplicate of the cue rule for the next sentence (``cues._next_sentence_cues``, its ``opens_paragraph``
    branch), which runs first and gives most of these quotes their speaker: this one runs only when no cue was
    found, and takes what the parse alone cannot tell. The cues see only the model's tags, so a name it tagged as
    no person fails there ("Sophie Ellery" read as an organisation), where the entity table, which weighs the whole
    article, knows a person; and the cues take from a next paragraph only a reaction, an occasion or the speaker a
    section opens with, while here its newly named subject introduces the words too."""
    here = bisect.bisect_right(resolver.paragraphs, open_token.idx, key=lambda p: p[0]) - 1
    if here < 0 or resolver.paragraphs[here][0] != open_token.idx:
        return None
    following = bisect.bisect_left(resolver.sentences, base.end, key=lambda s: s.start_char)
    if not 0 < following < len(resolver.sentences) \
            or any(not (t.is_punct or t.is_space) for t in resolver.sentences[following - 1] if t.idx >= base.end):
        return None
    after = resolver.sentences[following]
    voiced_before = previous is not None and here > 0 and previous[0].end > resolver.paragraphs[here - 1][0] \
        and previous[0].speaker is not None and (previous[0].cue is not None or not _is_fragment(previous[0].text))
    if after.start_char >= resolver.paragraphs[here][1] and voiced_before:
        return None
    name_as_root = _name_as_root(after)
    subject = sentence_subject(after, lang) or name_as_root
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None \
        and subject.lemma_.lower() in lang.REPORTING_NOUNS else None
    subject = owner or subject
    if subject is None or resolver.in_quote(subject.idx):
        return None
    person = resolver.mention_at(subject) if subject.pos_ == "PROPN" or subject == name_as_root \
        else _named_by_noun(subject, resolver)
    named_here = person is not None and resolver.table.label_of(person) == "PER" \
        and resolver.first_named(person) >= after.start_char
    return person if named_here else None


def _named_by_noun(subject: Token, resolver: SpeakerResolver) -> str | None:
    """The person a subject noun names in its own phrase or sets off after it: a title or role before the name
    ("Me Nadia X, avocate, ne cache pas …", "Secrétaire régional du syndicat, Paul X a salué …"); None for a
    description the resolver only takes up from the context."""
    speaker, _, resolution = resolver.resolve(subject, at=subject.idx)
    return speaker if resolution == "explicit" else None


def _name_as_root(sentence: Span) -> Token | None:
    """A name the parser made the root of a sentence, hanging its verb on it as a modifier ("Ionut Vasilescu, 41
    ans, est l'un des chauffeurs", its first name tagged as a foreign word): the sentence's subject."""
    root = sentence.root
    return root if root.pos_ == "PROPN" or root.ent_type_ in PERSON_TAGS else None


def _carried_subject(open_token: Token, resolver: SpeakerResolver) -> str | None:
    """The person a subjectless speech verb opening the quote's sentence goes on with ("Kevin, 34 ans, ne dit
    rien. Puis lâche : « … »"): the named subject of the sentence just before, in the same paragraph, when the
    words before the quote hold no noun or pronoun, or lead in to it with a colon and hold no subject, name or
    pronoun (what the same person does before speaking: "X sourit. Puis, en rejoignant le car : « … »")."""
    sentence = open_token.sent
    before = [t for t in sentence if t.i < open_token.i and not t.is_space]
    if not before or not (_verb_without_noun(before) or _subjectless_lead_in(before)):
        return None
    here = resolver.sentence_index(open_token)
    if here < 1:
        return None
    previous = resolver.sentences[here - 1]
    if "\n" in resolver.text[previous.end_char: sentence.start_char]:
        return None
    subject = sentence_subject(previous)
    if subject is None or subject.pos_ != "PROPN" or resolver.in_quote(subject.idx):
        return None
    speaker = resolver.resolve(subject, at=open_token.idx)[0]
    return speaker if speaker is not None and resolver.table.label_of(speaker) == "PER" else None


def _verb_without_noun(words: list[Token]) -> bool:
    """Words with a verb and no noun or pronoun ("Puis lâche :")."""
    return not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words) and any(t.pos_ in ("VERB", "AUX") for t in words)


def _subjectless_lead_in(words: list[Token]) -> bool:
    """Words ending with a colon that name nobody and have no subject ("Puis, en rejoignant le car :")."""
    return words[-1].text == ":" and not any(t.pos_ in ("PROPN", "PRON") or t.dep_.startswith("nsubj") for t in words)


def _continues(previous: tuple[Quote, int], start: int, open_token: Token, resolver: SpeakerResolver) -> bool:
    """Whether a quote without cue (starting at ``start``) goes on with the previous quote's speaker: it follows
    in the next sentence, or in the same or next paragraph with no other person named as a subject in between."""
    quote, sentence = previous
    if quote.speaker is None or resolver.sentence_index(open_token) - sentence > 3:
        return False
    if resolver.sentence_index(open_token) - sentence <= 1:
        return True
    between = resolver.subjects_between(quote.end, start)
    return all(name == quote.speaker for name in between)


def _is_title(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> bool:
    """A name in marks after a title word ("le journal « Libération »", "Operation “Black Sea”") or a naming
    verb ("baptisée « Europe »"), or the medium that asked ("Interrogé par « Le Parisien », X …"); or a name the
    title word follows ("Manx Radio's “Mandate” programme") or that ends the title word's noun phrase ("a report
    by the Statistics Department, “…”", « un rapport de 42 pages, « … » »). A name is capitalised and reads as
    one (:func:`_reads_as_a_name`). A name may open with a figure (« 3DS XL », « 24 heures »), which has no case;
    not after a title word, which may take a measure (les sites « 30 % plus chers »). A name in lower case takes a
    noun for a named thing next to it (:func:`_named_in_lower_case`)."""
    figure = text[:1].isdigit()
    if not (text[:1].isupper() or figure):
        return _named_in_lower_case(open_token, close, text, lang)
    if not _reads_as_a_name(open_token, close, text):
        return False
    phrase = _is_noun_phrase(open_token, close)
    if _named_right_after(open_token, lang, figure=figure, clause=not phrase):
        return True
    if phrase and (_headed_by_title_word(open_token, close, lang) or _named_after_class_noun(open_token, text, lang)):
        return True
    return not figure and (_title_word_after(close, lang) or phrase and _title_phrase_before(open_token, lang))


def _named_in_lower_case(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> bool:
    """Words in lower case in marks, with no finite verb, that name a thing: a noun phrase right after a noun for
    a thing that bears a name (« une nouvelle opération « port mort » », « le label « made in Europe » »), or
    before one ("the “buy local” campaign"), or a legal text's title after its noun (« la loi « visant à … » »).
    Not an adjective's phrase (« un plan « ambitieux » », « un projet « structurant pour trente ans » »), which
    is the speaker's word, nor what a verb predicates of the noun ("called the scheme “daylight robbery”")."""
    if close is None or open_token.i == open_token.sent.start or not _is_noun_phrase(open_token, close) \
            or len(text.split()) > _LONG_TITLE_MAX_WORDS:
        return False
    doc = open_token.doc
    inside = [t for t in doc[open_token.i + 1:close.i] if not t.is_punct]
    before = doc[open_token.i - 1]
    if not inside or before.pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "NUM") and before.dep_ != "poss" \
            and before.tag_ != "POS":
        return False
    if before.pos_ == "NOUN" and _is_title_word(before, lang) and len(inside) >= 3 \
            and inside[0].lower_ in lang.TITLE_OPENERS:
        return True  # « la proposition de loi « relative au droit à l'aide à mourir » »
    if len(inside) > _CLASS_NAME_MAX_WORDS:
        return False
    if before.pos_ in ("NOUN", "PROPN") and _is_name_class(before, lang):
        return _noun_led(inside) and not _predicated_of(before, lang)
    after = doc[close.i + 1] if close.i + 1 < open_token.sent.end else None
    # a plural noun after the marks gives a kind of thing, not one named ("one of the largest “selective
    # licensing” schemes")
    return after is not None and after.pos_ == "NOUN" and _is_name_class(after, lang) \
        and "Plur" not in after.morph.get("Number") \
        and any(t.pos_ not in ("ADJ", "ADV", "CCONJ", "DET") for t in inside)


def _is_name_class(token: Token, lang: ModuleType) -> bool:
    """Whether a noun is one of the language data's nouns for a thing that bears a name (``NAME_CLASS_NOUNS``), by
    lemma, as written or with the two words before it (« mot d'ordre »)."""
    words = lang.NAME_CLASS_NOUNS
    phrase = token.doc[max(0, token.i - 2):token.i + 1].text.lower().replace("’", "'")
    return token.lemma_.lower() in words or token.lower_ in words or phrase in words


def _noun_led(inside: list[Token]) -> bool:
    """Words that open on a noun, a name or a figure, or on an adjective before a noun (« zéro déchet »): a noun
    phrase, not an adjective's or an adverb's (« très ambitieux ») nor a preposition's (« du chiffre »)."""
    first = inside[0]
    if first.pos_ in ("NOUN", "PROPN", "NUM", "X"):
        return True
    return first.pos_ == "ADJ" and len(inside) > 1 and inside[1].pos_ in ("NOUN", "PROPN")


def _predicated_of(noun: Token, lang: ModuleType) -> bool:
    """Whether ``noun`` is the object of a verb of calling or labelling, so that the words in marks after it are
    what the subject says of it ("called the scheme “daylight robbery”"), not the noun's own name."""
    doc, i = noun.doc, noun.i - 1
    while i > noun.sent.start and (doc[i].pos_ in ("DET", "ADJ", "NUM") or doc[i].dep_ == "poss"
                                   or doc[i].tag_ == "POS"):
        i -= 1
    verbs = lang.LABELLING_VERBS | lang.CALLING_VERBS
    return doc[i].pos_ in ("VERB", "AUX") and doc[i].lemma_.lower() in verbs


def _reads_as_a_name(open_token: Token, close: Token | None, text: str) -> bool:
    """At most eight words, or a long name with no finite verb (a report's "Investigation into the Loss of
    Emergency Call Access on 20 January 2026"): a sentence that long is somebody's words."""
    words = len(text.split())
    if words <= 8:
        return True
    return words <= _LONG_TITLE_MAX_WORDS and _is_noun_phrase(open_token, close)


def _is_noun_phrase(open_token: Token, close: Token | None) -> bool:
    """Words in marks with no finite verb: a name set off by a comma after a title word's phrase, not a clause
    of speech ("Asked about the report, “We did nothing wrong,” he said")."""
    return close is not None and not any(is_finite_verb(t) for t in open_token.doc[open_token.i + 1:close.i])


def _named_right_after(open_token: Token, lang: ModuleType, *, figure: bool, clause: bool) -> bool:
    """A title word, a naming verb, a medium interviewing or asking, right before the marks (determiners,
    adjectives, a comma or a colon between; not a comma or a colon before a ``clause``: "About the report, “We
    did nothing wrong,” he said")."""
    doc, punctuated = open_token.doc, False
    for token in reversed(doc[max(open_token.sent.start, open_token.i - 3): open_token.i]):
        if token.pos_ in ("NOUN", "PROPN") and not figure and _is_title_word(token, lang):
            return not (punctuated and clause)
        punctuated = punctuated or token.text in (",", ":")
        if token.pos_ in ("VERB", "ADJ") and token.lemma_.lower() in lang.NAMING_VERBS:
            return True  # "la série est baptisée « Europe »", "a film called “Dune”"
        if token.pos_ == "ADP" and token.i > 0 and (token.nbor(-1).lemma_.lower() in lang.REPORTING_NOUNS
                                                   or token.nbor(-1).lower_ in lang.GUEST_WORDS):
            return True  # a medium after an interview or an op-ed: "dans un entretien au « Journal du dimanche »";
            # the programme of a guest: « Invité de « Questions politiques » », "a guest on “Meet the Press”"
        if token.lower_ in lang.AGENT_MARKERS and token.i > 0 \
                and is_asking_participle(token.nbor(-1), lang):
            return True  # the medium that asked: "Interrogée par « Le Soleil », l'océanographe …"
        if not (token.pos_ in ("DET", "ADJ") or token.text in (",", ":")):
            return False
    return False


def _is_title_word(token: Token, lang: ModuleType) -> bool:
    """Whether a word is one of the language data's title words (``TITLE_CUES``), by lemma or as written."""
    return token.lemma_.lower() in lang.TITLE_CUES or token.lower_ in lang.TITLE_CUES


def _title_word_after(close: Token | None, lang: ModuleType) -> bool:
    """The marks hold the name a title word after them qualifies: "the “Keep It Local” campaign", "Kan's “Hakol
    Diburim” morning show", "the “Everything But Arms” (EBA) scheme". Up to two words of the noun phrase between."""
    if close is None:
        return False
    doc, between = close.doc, 0
    for token in doc[close.i + 1: min(close.sent.end, close.i + 6)]:
        if token.pos_ in ("NOUN", "PROPN") and _is_title_head(token, lang):
            return True
        if token.text in ("(", ")") or token.pos_ == "PROPN" and token.nbor(-1).text == "(":
            continue
        between += 1
        if between > 2 or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
    return False


def _title_phrase_before(open_token: Token, lang: ModuleType) -> bool:
    """The marks close the noun phrase of a title word: its complements, a participle's ("A report published last
    month by Chatham House, “…”"), a comma before the name. A finite verb, a pronoun or a conjunction ends it."""
    doc = open_token.doc
    for token in reversed(doc[max(open_token.sent.start, open_token.i - _TITLE_PHRASE_REACH): open_token.i]):
        if token.pos_ in ("NOUN", "PROPN") and _is_title_word(token, lang):
            return True
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")
        if not (participle or token.pos_ in ("DET", "ADJ", "NUM", "ADP", "NOUN", "PROPN", "PART")
                or token.text in (",", "-")):
            return False
    return False


def _headed_by_title_word(open_token: Token, close: Token | None, lang: ModuleType) -> bool:
    """The name in marks is headed by a capitalised title word of its own, at either end ("under its “Kavango
    Green Belt Project”", "“Operation Southern Shield”", « la « Déclaration de Berne » », « le « Plan vélo 2030 » »):
    a name of a plan, a pact or a declaration, not words anyone says. Not after a demonstrative ("“This Bill,” she
    added"), which points at a thing as speech does."""
    inside = [t for t in open_token.doc[open_token.i + 1:close.i] if not t.is_punct] if close is not None else []
    if not inside or inside[0].pos_ == "DET" and "Dem" in inside[0].morph.get("PronType"):
        return False
    words = [t for t in inside if t.pos_ not in ("DET", "NUM", "ADP", "CCONJ")]
    return bool(words) and any(t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN") and _is_title_head(t, lang)
                               for t in (words[0], words[-1]))


def _is_title_head(token: Token, lang: ModuleType) -> bool:
    """A title word, or a word that heads a name only inside its marks (``TITLE_HEADS``: « Déclaration de
    Berne », where « une déclaration « … » » before marks gives somebody's words)."""
    heads = lang.TITLE_HEADS
    return _is_title_word(token, lang) or token.lemma_.lower() in heads or token.lower_ in heads


def _named_after_class_noun(open_token: Token, text: str, lang: ModuleType) -> bool:
    """A short capitalised name in marks right after a determiner and a common noun in lower case, nothing
    between: the noun gives the class of what the marks name (« les crèches « Les Petits Explorateurs » », « la
    coopérative « Fanantenana » »). Speech after a noun takes a verb or a colon; not after a word for what is said
    (« la formule « … » »)."""
    doc = open_token.doc
    if len(text.split()) > _CLASS_NAME_MAX_WORDS or open_token.i - 2 < open_token.sent.start:
        return False
    noun, article = doc[open_token.i - 1], doc[open_token.i - 2]
    return noun.pos_ == "NOUN" and noun.text.islower() and article.pos_ == "DET" \
        and noun.lemma_.lower() not in lang.REPORTING_NOUNS and noun.lower_ not in lang.REPORTING_NOUNS


def _medium_of_speech(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> bool:
    """A capitalised name in marks after a preposition that a speech verb or an asking participle governs, or
    after a source marker: the medium spoken to or through (« a-t-elle confié au « Matin » », « révélée par le
    « Courrier » », "Writing in “The Island Times”", « selon « Le Temps » »), not what is said."""
    elided = next((a for a in lang.ELIDED_ARTICLES if text.lower().startswith(a)), "")
    name = text[len(elided):]  # « l'Obs »
    if not name[:1].isupper() or not _is_noun_phrase(open_token, close) or len(text.split()) > _MEDIUM_MAX_WORDS:
        return False
    doc, i = open_token.doc, open_token.i - 1
    while i > open_token.sent.start and doc[i].pos_ == "DET":
        i -= 1
    if doc[i].pos_ != "ADP" or i <= open_token.sent.start:
        return False
    marker = i if doc[i].lower_ in lang.SOURCE_MARKERS else i - 1 if doc[i - 1].lower_ in lang.SOURCE_MARKERS else None
    if marker is not None:  # opening its clause ("Selon « … », le ministre …"), not « plaide pour une « … » »
        return marker == open_token.sent.start or doc[marker - 1].is_punct
    name_root = next((t for t in doc[open_token.i + 1:close.i] if not open_token.i < t.head.i < close.i), None) \
        if close is not None else None
    verb = name_root.head if name_root is not None else None
    verb = verb.head if verb is not None and verb.pos_ == "ADP" else verb  # "Writing in “…”": in, then the verb
    return verb is not None and verb.pos_ == "VERB" and verb.i < open_token.i \
        and (speech_lemma(verb, lang) is not None or is_asking_participle(verb, lang))


def _owned_name(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> bool:
    """A short capitalised name in marks right after a possessive ending, with no finite verb and no exclamation
    or question: what its owner runs or puts out, a programme, a plan, a map ("Speaking on GBC's “Viewpoint”", "the
    institute's “Pacific Aid Map”"), not anyone's words, which a possessive does not introduce."""
    endings = lang.POSSESSIVE_ENDINGS
    if not endings or open_token.i == 0 or open_token.nbor(-1).text not in endings:
        return False
    return text[:1].isupper() and text.rstrip()[-1:] not in "!?" and len(text.split()) <= _MEDIUM_MAX_WORDS \
        and _is_noun_phrase(open_token, close)


def _nickname_in_name(open_token: Token, close: Token | None, text: str) -> bool:
    """One or two capitalised words in marks between a person's given name and their surname, nothing else
    between ("Andre “Scrappy” Campbell", « Jean « Jeannot » Dupont »): a nickname, part of the name, not anyone's
    words."""
    doc = open_token.doc
    words = text.split()
    if close is None or not 1 <= len(words) <= _NICKNAME_MAX_WORDS or open_token.i == open_token.sent.start \
            or close.i + 1 >= len(doc) or close.i + 1 >= open_token.sent.end:
        return False
    before, after = doc[open_token.i - 1], doc[close.i + 1]
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and all(_name_word(t) for t in (before, after))


def _name_word(token: Token) -> bool:
    """A capitalised word of letters, not in capitals only (a name's word, not an acronym), tagged as a proper noun
    or inside a name the model found (« Pontarlier » read as an adverb)."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper \
        and (token.pos_ == "PROPN" or bool(token.ent_type_))


def _on_a_sign(open_token: Token, lang: ModuleType) -> bool:
    """A slogan: capitalised words in marks that a banner, a placard or a chant carries, named shortly before in
    the sentence ("placards reading “No fish, no food”", « une banderole proclame : « … » », « sous le mot
    d'ordre « … » »). Nobody is reported saying them: the gold calls them titles. A person named between the
    sign and the marks may speak ("A woman with a placard, Jane Doe, said “…”")."""
    doc = open_token.doc
    if open_token.i + 1 >= len(doc) or not doc[open_token.i + 1].text[:1].isupper():
        return False
    for token in reversed(doc[max(open_token.sent.start, open_token.i - _SIGN_REACH): open_token.i]):
        if token.ent_type_ == "PER" or _spoken_by_another(token, lang):
            return False
        if _is_sign_word(token, lang):  # not one pointed at by who speaks: « Puis, désignant la banderole : « … » »
            return token.head.lemma_.lower() not in lang.POINTING_VERBS
    return False


def _spoken_by_another(token: Token, lang: ModuleType) -> bool:
    """A speech verb with a subject of its own that is no sign ("Holding a placard, she said: “…”"), unlike
    « la banderole proclame » or « on peut lire » (the subject is the modal's)."""
    if token.pos_ not in ("VERB", "AUX") or speech_lemma(token, lang) is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass") and not _is_sign_word(c, lang) for c in token.children)


def _is_sign_word(token: Token, lang: ModuleType) -> bool:
    """Whether a noun is one of the language data's words for what carries a slogan (``SIGN_WORDS``), by lemma,
    as written or with the two words before it (« mot d'ordre »)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False  # « on affiche une confiance sans faille : « … » » is a verb
    words = lang.SIGN_WORDS
    phrase = token.doc[max(0, token.i - 2):token.i + 1].text.lower().replace("’", "'")
    return token.lemma_.lower() in words or token.lower_ in words or phrase in words


def _after_scare_marker(open_token: Token, text: str, lang: ModuleType) -> bool:
    """A short term in marks right after words that give it as a name, not as anyone's words ("the so-called
    “garbage barons”", "nicknamed “the flour law”", « des studios surnommés « célibatoriums » »): the writer
    keeps a label at a distance, so it is a scare quote whatever speech verb the sentence holds. Determiners
    between the marker and the quote are skipped."""
    if len(text.split()) > _SCARE_MARKER_MAX_WORDS:
        return False
    doc, opening, start = open_token.doc, open_token.sent.start, open_token.i
    while start > opening and doc[start - 1].pos_ == "DET":
        start -= 1
    after_noun = getattr(lang, "SCARE_MARKERS_AFTER_NOUN", ())
    marker = start - 2 if start - 3 >= opening and doc[start - 1].pos_ == "ADP" else start - 1
    split = marker == start - 2 and doc[marker].lower_ in getattr(lang, "SCARE_MARKERS_BEFORE_PREPOSITION", ())
    if marker - 1 >= opening and (doc[marker].lower_ in after_noun or split):  # « l'affaire dite des « … » »
        return _ends_noun_phrase(doc[marker - 1])  # "la loi dite « … »", not "elle s'est dite « … »"
    participle = doc[start - 1] if start - 2 >= opening else None
    if participle is not None and participle.lower_ in lang.NAMING_PARTICIPLES \
            and _labels_a_noun(participle, opening, lang) and not _agent_after(open_token, text, lang):
        return True  # "illegal mining, popularly called “…”"
    before = doc[max(opening, start - 4):start].text_with_ws.lower()  # not doc.text: it joins the whole doc
    words = " ".join(re.findall(r"[\w'-]+", before))
    if any(words == marker or words.endswith(" " + marker) for marker in lang.SCARE_MARKERS):
        return True
    return _after_split_marker(doc[opening:start], lang)


def _labels_a_noun(marker: Token, opening: int, lang: ModuleType) -> bool:
    """A participle of naming after a noun, or a comma closing a noun phrase, adverbs between ("illegal mining,
    popularly called “…”", "the letter, marked “…”", "a practice called “…”", « la loi dite « … » »). A form that
    reads as a past tense too is the verb of a noun that could speak right before it ("Critics called “…”", "a
    move the minister called “…”"), or after its comma, unless a comma closes the participle's phrase after the
    marks ("The mayor, Tom Reilly, called “…”"); not « elle s'est dite « … » »."""
    before = marker.i - 1
    while before > opening and marker.doc[before].pos_ == "ADV":
        before -= 1
    noun = marker.doc[before]
    if not _ends_noun_phrase(noun):
        return False
    comma = noun.text == ","
    if comma and _closes_incise_after_auxiliary(noun):
        return False  # "The minister has, for her part, called “…”"
    noun = noun.nbor(-1) if comma else noun
    if marker.lower_ not in getattr(lang, "SCARE_MARKERS_ALSO_PAST", ()) or not could_speak(noun, lang):
        return comma or not (noun.head == marker and noun.dep_.startswith("nsubj"))
    return comma and _comma_after_marks(marker)


def _closes_incise_after_auxiliary(comma: Token) -> bool:
    """A comma closing words set off after an auxiliary (« a, de son côté, », "has, for her part,"): the
    participle after it is the auxiliary's."""
    doc, start = comma.doc, max(comma.sent.start, comma.i - _INCISE_REACH)
    opening = next((t for t in reversed(doc[start:comma.i]) if t.text == ","), None)
    return opening is not None and opening.i > comma.sent.start and opening.nbor(-1).pos_ == "AUX"


def _comma_after_marks(marker: Token) -> bool:
    """A comma right after the marks that follow ``marker``: the participle's phrase closes there."""
    doc, end = marker.doc, marker.sent.end
    closing = next((t for t in doc[marker.i + 1:end] if t.text in CLOSING_MARKS and t.i > marker.i + 1), None)
    return closing is not None and closing.i + 1 < end and doc[closing.i + 1].text == ","


def _agent_after(open_token: Token, text: str, lang: ModuleType) -> bool:
    """An agent right after the closing mark ("a plan called “…” by its critics"): whose label it is."""
    end = open_token.idx + 1 + len(text)
    after = [t for t in open_token.doc[open_token.i + 1:open_token.sent.end] if t.idx >= end and not t.is_punct]
    return bool(after) and after[0].lower_ in lang.AGENT_MARKERS


def _ends_noun_phrase(token: Token) -> bool:
    """A noun, or a comma after one (« une circulaire du ministère, dite « … » »): what a participle of naming
    after it qualifies."""
    if token.text == "," and token.i > token.sent.start:
        token = token.nbor(-1)
    return token.pos_ in ("NOUN", "PROPN")


def _after_split_marker(before: Span, lang: ModuleType) -> bool:
    """A marker of naming split by where the name is used: "known in the industry as the “…”", "known locally
    as": the language data's split markers map the word before the term to the lemma opening the marker."""
    if not len(before):
        return False
    opening = getattr(lang, "SPLIT_SCARE_MARKERS", {}).get(before[-1].lower_)
    return opening is not None and any(t.lemma_.lower() == opening for t in before[-_SPLIT_MARKER_REACH:-1])


def _after_naming_noun(open_token: Token, text: str, lang: ModuleType) -> bool:
    """A short term in lower case after a noun for a name, a colon or determiners between (« ces heures avaient
    même un nom : les « heures creuses » », "the practice has a name: “ghost shifts”"): the name given to a thing,
    not anyone's words."""
    if text[:1].isupper() or len(text.split()) > _SCARE_MARKER_MAX_WORDS:
        return False
    for token in reversed(open_token.doc[max(open_token.sent.start, open_token.i - 4):open_token.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in lang.NAMING_NOUNS:
            return True
        if not (token.pos_ == "DET" or token.text == ":"):
            return False
    return False


def _object_of_naming_verb(open_token: Token, close: Token | None, lang: ModuleType) -> bool:
    """Words in marks that a naming verb before them takes as the name it gives, whatever stands between (« le
    dossier est surnommé depuis trois ans « … » »): a name, not anyone's words."""
    root = _root_in_marks(open_token, close)
    verb = root.head if root is not None else None
    return verb is not None and verb.i < open_token.i and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in lang.NAMING_VERBS


def _root_in_marks(open_token: Token, close: Token | None) -> Token | None:
    """The first word in the marks whose head is outside them (the head of what they hold), None for open marks."""
    if close is None:
        return None
    return next((t for t in open_token.doc[open_token.i + 1:close.i] if not open_token.i < t.head.i < close.i), None)


def _modifies_next_noun(open_token: Token, close: Token | None, text: str) -> bool:
    """A short noun phrase in marks inside a larger one, between its determiner, figure, adjective, preposition or
    possessive and the noun right after the marks that it qualifies, or after a determiner the noun that adjectives
    lead to ("27 “ghost” families", "a new “family bundle” option", "its “economic security” agenda", "the 2020
    “New Decade, New Approach” deal", "the “TRNC” public works department"): the name of a
    kind of thing, not anyone's words (an adjective may be: "a “very hard” review")."""
    if close is None or len(text.split()) > _TERM_MAX_WORDS + 1:
        return False  # the cheap test first: most quotes are longer
    root, doc = _root_in_marks(open_token, close), open_token.doc
    if root is None or open_token.i == open_token.sent.start \
            or close.i + 1 >= open_token.sent.end or not _is_noun_phrase(open_token, close):
        return False
    before, noun = doc[open_token.i - 1], doc[close.i + 1]
    if before.pos_ == "DET" and close.i + 1 < root.head.i <= close.i + 3 and doc[close.i + 1].pos_ == "ADJ" \
            and not any(t.is_punct for t in doc[close.i + 1:root.head.i]):
        noun = root.head  # "the “TRNC” public works department": words of the noun's phrase between
    opens_phrase = before.pos_ in ("DET", "NUM", "ADJ", "ADP") or before.dep_ == "poss" or before.tag_ == "POS"
    return opens_phrase and root.pos_ in ("NOUN", "PROPN") and noun.pos_ in ("NOUN", "PROPN") \
        and noun.text.islower() and close.i < root.head.i <= close.i + 3


def _written_as_a_name(open_token: Token, close: Token | None, text: str) -> bool:
    """Two to eight words in marks with no finite verb, the first and every one of four letters or more
    capitalised, after a word in lower case or a figure ("a project the company has branded “Wann Road Commons”",
    « auteur de « L'Atome et la Frontière » », "the 2020 “New Decade, New Approach” deal"): a name, written as
    one; words said are written as a sentence ("would spell “the end of the Scottish Tories”"). Not opening a
    sentence ("“This Bill,” she added"; German capitalises its nouns), nor after a capital (a headline may
    capitalise every word)."""
    words = text.split()
    long_words = [w for w in words if len(w.strip(",.;:!?")) >= 4]
    if not 2 <= len(words) <= 8 or len(long_words) < 2 or not text[:1].isupper() or text.isupper() \
            or open_token.i == open_token.sent.start:
        return False
    before = open_token.doc[open_token.i - 1]
    if before.text in ("'", "’") and before.i > open_token.sent.start:  # « de l'« … » », split by the tokenizer
        before = before.nbor(-1)
    letters = before.text.rstrip("'’")
    lower_before = letters.isalpha() and letters.islower() or before.like_num
    return lower_before and all(w[:1].isupper() for w in long_words) and _is_noun_phrase(open_token, close)


def _signed_document(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> bool:
    """A capitalised name in marks that a verb of signing or adopting takes as its object (« ont signé une
    « Feuille de route 2026-2030 » », "ratified the “Blue Pacific Accord”"): the title of a document."""
    if not text[:1].isupper() or not _reads_as_a_name(open_token, close, text) or not _is_noun_phrase(open_token, close):
        return False
    root = _root_in_marks(open_token, close)
    if root is None:
        return False
    verb = root.head
    return root.dep_ in ("obj", "dobj") and verb.i < open_token.i \
        and verb.lemma_.lower() in lang.DOCUMENT_SIGNING_VERBS


def _is_short_term(open_token: Token, close: Token | None, text: str) -> bool:
    """A short noun phrase in lower case in marks: a few words with no finite verb, headed by a noun (a word the
    tagger does not know may be read as a name: « les « lollars » »)."""
    root = _root_in_marks(open_token, close)
    return root is not None and root.pos_ in ("NOUN", "PROPN") and not text[:1].isupper() \
        and len(text.split()) <= _SCARE_MARKER_MAX_WORDS and _is_noun_phrase(open_token, close)


def _term_after_demonstrative(open_token: Token, close: Token | None, text: str) -> bool:
    """A short term in lower case right after a demonstrative determiner, adjectives between (« ce « serpent de
    mer » ferroviaire », « cette « cathédrale » industrielle », « ce petit « mouchard » »): the writer's label for
    the thing just named, not anyone's words."""
    determiner = _word_before_term(open_token) if open_token.i > open_token.sent.start else None
    return determiner is not None and determiner.pos_ == "DET" and "Dem" in determiner.morph.get("PronType") \
        and _is_short_term(open_token, close, text)


def _term_of_a_topic(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> bool:
    """A short term in lower case that a noun for a topic takes through its preposition, determiners between
    (« le thème de l'« accès à la mer » », « le débat sur les « procédures-bâillons » », "talk of a “trade war”"):
    the name of what is talked about, not anyone's words."""
    doc, i = open_token.doc, open_token.i - 1
    while i > open_token.sent.start and doc[i].pos_ == "DET":
        i -= 1
    if i - 1 < open_token.sent.start or doc[i].lower_ not in lang.TOPIC_LINKS:
        return False
    noun = doc[i - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lang.TOPIC_NOUNS \
        and _is_short_term(open_token, close, text)


def _glossed_term(open_token: Token, close: Token | None, text: str) -> bool:
    """A short term in lower case that a comma and a demonstrative gloss (« les « horaires brisés », ces journées
    coupées en deux », « la « part des anges », cette évaporation … »): a word the writer explains, not anyone's."""
    if close is None or close.i + 2 >= open_token.sent.end:
        return False
    comma, determiner = close.nbor(1), close.nbor(2)
    return comma.text == "," and determiner.pos_ == "DET" and "Dem" in determiner.morph.get("PronType") \
        and _is_short_term(open_token, close, text)


def _glossed_in_brackets(open_token: Token, close: Token | None, text: str) -> bool:
    """A short noun phrase in marks that a bracket right after glosses with words of the writer's, in no marks: its
    acronym (« le « bouclier qualité-prix » (BQP) ») or a rendering in lower case ("the weight of “kedaulatan
    digital” (digital sovereignty)"): a name the text explains, not anyone's words (a translation of words said
    is in marks of its own: "“…” (“We will not …”)")."""
    doc = open_token.doc
    if close is None or len(text.split()) > _SCARE_MARKER_MAX_WORDS or close.i + 2 >= open_token.sent.end \
            or close.nbor(1).text not in ("(", "[") or not _is_noun_phrase(open_token, close):
        return False
    inside = list(takewhile(lambda t: t.text not in (")", "]"), doc[close.i + 2:open_token.sent.end]))
    if not inside or len(inside) > _SCARE_MARKER_MAX_WORDS or inside[-1].i + 1 >= open_token.sent.end:
        return False
    acronym = len(inside) == 1 and inside[0].is_alpha and inside[0].is_upper and len(inside[0].text) >= 2
    rendering = len(inside) >= 2 and inside[0].is_lower and all(t.is_alpha or t.text in "-'’" for t in inside)
    return acronym or rendering


def _charge_on_trial(open_token: Token, close: Token | None, text: str, lang: ModuleType) -> bool:
    """Words in lower case after the preposition of a charge (``CHARGE_PREPOSITIONS``) whose nearest verb before is
    one of a trial (« X comparaissait devant le tribunal pour « abus de confiance » », « ils sont poursuivis pour
    « … » »): the name of the offence, not anyone's words (« il a plaidé pour « … » » is his)."""
    doc = open_token.doc
    if close is None or text[:1].isupper() or open_token.i - 1 <= open_token.sent.start \
            or doc[open_token.i - 1].lower_ not in getattr(lang, "CHARGE_PREPOSITIONS", ()):
        return False
    verb = next((t for t in reversed(doc[open_token.sent.start:open_token.i - 1]) if t.pos_ == "VERB"), None)
    return verb is not None and (verb.lemma_.lower() in getattr(lang, "DEFENDANT_VERBS", ())
                                 or verb.lower_ in getattr(lang, "DEFENDANT_PARTICIPLES", ()))


def _named_by_everyone(open_token: Token, lang: ModuleType) -> bool:
    """A term in marks that a verb of calling gives as what everyone, or nobody in particular, calls it: « ce que
    tout le monde ici appelle « la cathédrale » », « ce que l'on appelle une « … » », "what has been called
    Efate's “lease rush”". Nobody is reported saying it, so it is a scare quote; "what she called “…”" is hers.
    Determiners, adverbs and a possessive name may stand between the verb and the marks."""
    doc = open_token.doc
    for token in reversed(doc[max(open_token.sent.start, open_token.i - 4):open_token.i]):
        if token.lemma_.lower() in lang.CALLING_VERBS and token.pos_ in ("VERB", "AUX"):
            return _called_by_nobody_in_particular(token, lang)
        if token.pos_ not in ("DET", "ADV", "PROPN", "PART", "ADJ") and token.dep_ != "poss":
            return False
    return False


def _called_by_nobody_in_particular(verb: Token, lang: ModuleType) -> bool:
    """A passive with no agent ("has been called"), or a subject of the language data's generic ones (« on »,
    « tout le monde », "everyone")."""
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "aux:pass") for c in children):
        return not any(c.dep_ == "agent" or c.dep_ == "obl:agent" for c in children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "expl:subj")]
    generic = lang.GENERIC_SUBJECTS
    return any(" ".join(t.lower_ for t in s.subtree) in generic or s.lower_ in generic for s in subjects)


def _is_fragment(text: str) -> bool:
    return len(text.split()) < 6 or not text[:1].isupper()


# --- merging and ranking --------------------------------------------------------------------------------------


def normalised(text: str) -> str:
    """Lower case, typographic marks folded, punctuation at the ends dropped: for comparing quotes."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").casefold()
    return re.sub(r"\s+", " ", text).strip(" .,;:!?…")


def merge_headline_quotes(quotes: list[Quote], document: Document) -> list[Quote]:
    """Drop a quote in the title or a heading whose words a body quote repeats exactly (but for case, marks and
    final punctuation): the body quote stands for both. A headline quoting part of a longer body quote stays."""
    heading_ranges = _heading_ranges(document)
    body = [normalised(q.text) for q in quotes if not _inside(q, heading_ranges)]

    def repeated(quote: Quote) -> bool:
        key = normalised(quote.text)
        return _inside(quote, heading_ranges) and key in body

    return [q for q in quotes if not repeated(q)]


def attribute_headline_quotes(quotes: list[Quote], document: Document, people: frozenset[str] = frozenset(), *,
                              articles: frozenset[str] = frozenset(),
                              determiners: frozenset[str] = frozenset()) -> list[Quote]:
    """A quote in the title or a heading that no name in it attributes takes the speaker of the body quote whose
    words it takes up ("- « Nous voulons des garanties » -" over "« Nous voulons des garanties écrites... »"): the
    body names the speaker more precisely than a headline's description ("« On ne lâchera pas », la rue répond")
    or a guess from the paragraph before. Failing that, in an interview laid out as questions and answers, it
    takes the person (of ``people``) whose answer holds its words ("Anne Roux : Rien n'est exclu. …"). Its words
    are matched also without their articles and ``determiners`` (possessives), which a headline changes. If none
    does and it is a word or two with no cue, it is a scare quote. Words in marks of a heading, or capitalised in
    the opening (its first two paragraphs), read as a title or a term (three words or more) are speech when a
    later body quote says them in a row: a headline or a lede quotes a speaker ("« Pas une tonne sans garantie »,
    les planteurs bloquent l'usine" over "« Pas une tonne sans garantie. On a assez attendu », lance X")."""
    heading_ranges = _heading_ranges(document)
    body = [(normalised(q.text), q) for q in quotes if not _inside(q, heading_ranges) and q.speaker]
    opening = heading_ranges + _opening_ranges(document)

    def attributed(quote: Quote) -> Quote:
        # a name taken from the context around a heading ("" cue) is not a name in it
        named = quote.speaker is not None and quote.resolution == "explicit" and quote.cue != ""
        # in a lede, a lower-case term is a noun phrase a speaker may take up («équipement agent seul»)
        sentence = _inside(quote, heading_ranges) or quote.text[:1].isupper()
        if quote.kind != "speech" and _inside(quote, opening) and sentence:
            return _said_in_body(quote, [q for _, q in body if q.kind == "speech" and q.start > quote.start])
        if named or quote.kind != "speech" or not _inside(quote, heading_ranges):
            return quote
        key = normalised(quote.text)
        source = next((q for text, q in body if key and key in text), None) \
            or next((q for text, q in body if key and text in key), None) \
            or _condensed_from(key, [q for _, q in body], quote.start) \
            or _condensed_from(_without_article(key, articles), [q for _, q in body], quote.start) \
            or _condensed_from(_without_determiners(key, articles | determiners), [q for _, q in body], quote.start)
        if source is not None:
            return replace(quote, speaker=source.speaker, resolution="previous")
        answerer = _answered_by(key, document, people, quote.start)
        if answerer is not None:
            return replace(quote, speaker=answerer, resolution="previous")
        if quote.speaker is not None:
            return quote
        short = quote.cue is None and len(quote.text.split()) <= _SCARE_MAX_WORDS
        return replace(quote, kind="scare") if short else quote

    return [attributed(q) for q in quotes]


def _said_in_body(quote: Quote, body: list[Quote]) -> Quote:
    """A heading's or an opening's title or term as speech of the first of the later ``body`` quotes holding its
    words in a row, if it is three words or more (a shorter one is a term the body also uses); else the quote as
    it is."""
    key = normalised(quote.text)
    if len(re.findall(r"\w+", key)) < _SCARE_MAX_WORDS:
        return quote
    source = next((q for q in body if _holds_words(q.text, key)), None)
    if source is None:
        return quote
    return replace(quote, kind="speech", speaker=source.speaker, resolution="previous")


def _answered_by(key: str, document: Document, people: frozenset[str], at: int) -> str | None:
    """The person whose interview answer after ``at`` holds the words of ``key`` in order, the answer laid out
    as a paragraph opening with the person's name and a colon ("Anne Roux : Rien n'est exclu. Nous …")."""
    words = re.findall(r"\w+", key)
    if len(words) < 2:
        return None
    for block in document.blocks:
        text = document.text[block.start:block.end]
        speaker, colon, answer = text.partition(":")
        speaker = speaker.strip()
        if block.kind != "paragraph" or block.start <= at or not colon or speaker not in people:
            continue
        if _in_order(words, re.findall(r"\w+", normalised(answer))):
            return speaker
    return None


def _without_article(key: str, articles: frozenset[str]) -> str:
    """A heading's words without the article opening them, which the body leaves outside its marks ("« Une bonne
    nouvelle pour la rade »" over "on se félicite d'une « bonne nouvelle pour la rade et … »")."""
    first, _, rest = key.partition(" ")
    return rest if first in articles and rest else ""


def _without_determiners(key: str, determiners: frozenset[str]) -> str:
    """A heading's words without its articles and possessives, which a headline writer changes ("« Un risque réel
    pour la sécurité »" over "« … il y a un risque réel pour sa sécurité »")."""
    folded = {word.strip("'’") for word in determiners}
    return " ".join(w for w in re.findall(r"\w+", key) if w not in folded)


def _condensed_from(key: str, body: list[Quote], at: int) -> Quote | None:
    """The body quote a heading condenses by dropping words ("« Pas de faute du parquet »" over "« Il n'y a pas
    eu de faute du parquet »"): one holding all its words (three or more) in order, the first after the heading
    (a heading announces what follows), else the last before it."""
    words = re.findall(r"\w+", key)
    if len(words) < _SCARE_MAX_WORDS:
        return None
    holding = [q for q in body if _in_order(words, re.findall(r"\w+", normalised(q.text)))]
    after = [q for q in holding if q.start > at]
    return after[0] if after else holding[-1] if holding else None


def _in_order(words: list[str], text: list[str]) -> bool:
    """Whether ``words`` appear in ``text`` in order, other words between them."""
    remaining = iter(text)
    return all(word in remaining for word in words)


def attribute_repeated_quotes(quotes: list[Quote], people: set[str], headings: Sequence[tuple[int, int]] = (),
                              opening: Sequence[tuple[int, int]] = (), *,
                              lang: ModuleType | None = None) -> list[Quote]:
    """A quote whose speaker stays a description ("one of the chancellor's most senior ministers warned against
    “a blank check”") takes the person who speaks a later quote of the same words ("Albers … said, would amount
    to “a blank check for the next government”"): a lede quotes what the body attributes. So does a headline
    quote given to an organisation ("Coalition warns of “veto by another name”") when a person speaks a body
    quote holding its words: the party's leader. So does a quote of the article's opening (its deck or lede, in
    ``opening``) given to no person: a country or a capital standing for its government ("Host Malaysia called the
    deal “…”"), a group ("was accused of “…” by his own backbenchers") or nobody, whose words the body gives to
    the one who said them (also when a description names that one: "the Cork TD said"). In the opening (a deck or
    a lede), a fragment may hold the words of the later quote in another form ("un dirigeant paysan promet de
    « retourner au barrage »" for "« … nous retournerons au barrage »", said by X). A headline's fragment of two
    words is enough ("Bill a “sugar high,” Tories warn"), and so is an opening's fragment of two words or one that
    no name attributes: a lede sums up the sides of a debate by their camps ("La majorité parle d'une « décision
    historique », la droite d'une mesure « intenable »") and the body gives the same words to the one speaking
    for the camp ("a qualifié la mesure d'« intenable »", said by X); so does a body or place the lede or a
    headline names ("Le groupe Résidalys juge la décision « injuste »", "Paris appelle à la « retenue »"), whose
    member says the words in the body ("« Cette décision est injuste … », a réagi X, directeur du groupe"); the
    lede may give them in the singular ("La Région se dit « prête à discuter »" for "« Nous sommes prêts à
    discuter »"). A camp's single word is found inside the body's sentence
    ("L'opposition raille un « bricolage »" for "« Ce plan, c'est du bricolage »", said by X). A heading's quote
    is no source, and one whose speaker its own words give beats one that only inherits it: a subheading or a
    short paragraph takes its words from the body ("Une motion « pour la galerie » ?" before "« Ce vote, c'est
    pour la galerie »", a lancé X)."""
    result = list(quotes)
    for i, quote in enumerate(result):
        source = _repeated_source(quote, result[i + 1:], people, headings, opening, lang) \
            or _echoed_source(quote, result[i + 1:], people, opening)
        if source is not None:
            result[i] = replace(quote, speaker=source.speaker, resolution="previous")
    return result


def _repeated_source(quote: Quote, later: list[Quote], people: set[str], headings: Sequence[tuple[int, int]],
                     opening: Sequence[tuple[int, int]], lang: ModuleType | None) -> Quote | None:
    """The ``later`` quote whose person a quote takes (:func:`attribute_repeated_quotes`), if any."""
    key = normalised(quote.text)
    heading = _inside(quote, headings) and quote.resolution == "explicit"
    summarised = _inside(quote, opening) and quote.speaker not in people
    in_lede = _inside(quote, opening)  # a deck or a lede over it
    size = len(key.split())
    camp = summarised and quote.resolution != "explicit"
    # a body or place named there, not a person the model took for one ("Helen Park")
    named_body = summarised and not camp and not _person_by_given_name(quote.speaker, lang)
    if quote.kind != "speech" or quote.speaker in people or size < (1 if camp or named_body or heading else 3) \
            or not (heading or summarised or quote.resolution == "nominal"):
        return None
    sources = [q for q in later if q.kind == "speech" and q.speaker in people
               and not _inside(q, headings)
               and (key == normalised(q.text)
                    or (heading or camp or named_body) and _holds_words(q.text, key)
                    or in_lede and size >= 2 and _holds_inflected(q.text, key))]
    return _likeliest_source(sources, cue=quote.cue if camp else None) \
        or (_named_body_source(key, later, headings) if camp or heading else None)


def _echoed_source(quote: Quote, later: list[Quote], people: set[str],
                   opening: Sequence[tuple[int, int]]) -> Quote | None:
    """The later quote of the very same words (two or more) that a cue names a person for, for an opening's quote
    a pronoun attributes: a lede's pronoun stands for a body the lede names, and the body gives the words to the
    person who said them ("Le parquet a requis … contre les deux hommes qui, selon lui, ont « fait les poches »"
    and "Pour la vice-procureure X, les prévenus ont « fait les poches »")."""
    key = normalised(quote.text)
    if quote.kind != "speech" or quote.resolution != "pronoun" or len(key.split()) < 2 \
            or not _inside(quote, opening):
        return None
    return next((q for q in later if q.kind == "speech" and q.resolution == "explicit" and q.speaker in people
                 and normalised(q.text) == key), None)


def _named_body_source(key: str, later: list[Quote], headings: Sequence[tuple[int, int]]) -> Quote | None:
    """The first later body quote holding the words of a heading's or an opening's fragment, which its own cue
    gives to a name or a description, when no person says them: a lede's words are the body's that says them
    ("Le régulateur exige un programme « vérifiable »" for "L'Autorité réclame un calendrier « vérifiable par
    chaque abonné »"; "Le gouvernement redoute « un signal désastreux »" for "« …, c'est envoyer un signal
    désastreux », glisse un conseiller ministériel", two words or more for a description), and a headline's word
    order may mislead the parser ("Firm to appeal as board insists it “acted lawfully”" for "The board said it
    had “acted lawfully at every stage”")."""
    # a description's quote is taken for two words or more: a single word may be a term both sides use
    cued = ("explicit", "nominal") if len(key.split()) >= 2 else ("explicit",)
    return next((q for q in later if q.kind == "speech" and q.speaker and q.resolution in cued
                 and not _inside(q, headings) and _holds_words(q.text, key)), None)


def _person_by_given_name(name: str | None, lang: ModuleType | None) -> bool:
    """Whether a name is a given name of the language data and a capitalised word after it ("Helen Park"): a
    person's, whatever the entity table's label; not a body's whose first word happens to be one ("Marine
    nationale")."""
    words = (name or "").split()
    return lang is not None and len(words) > 1 and is_given_name(words[0], lang) and words[1][:1].isupper()


def attribute_pull_quotes(quotes: list[Quote], document: Document, people: frozenset[str]) -> list[Quote]:
    """A paragraph that is one quote alone, with no cue, whose words a later quote repeats is a pull quote: an
    intertitle the layout sets between paragraphs (« Qui va payer ? » over "« Qui va payer ? Les usagers »,
    a-t-il lancé"), not a quote going on with the paragraph before, so it takes the speaker a cue gives the later
    quote, not the previous quote's."""
    result = list(quotes)
    for i, quote in enumerate(result):
        key = normalised(quote.text)
        if quote.cue is not None or quote.kind not in ("speech", "scare") or len(key.split()) < _SCARE_MAX_WORDS \
                or not _alone_in_paragraph(quote, document):
            continue
        source = next((q for q in result[i + 1:] if q.kind == "speech" and q.speaker in people and q.cue
                       and q.resolution != "previous" and _holds_words(q.text, key)), None)
        if source is not None:
            result[i] = replace(quote, kind="speech", speaker=source.speaker, speaker_mention=None,
                                resolution="previous")
    return result


def _alone_in_paragraph(quote: Quote, document: Document) -> bool:
    """Whether a quote and its marks are all of its paragraph's text."""
    block = next((b for b in document.blocks if b.start <= quote.start < b.end), None)
    return block is not None and block.kind == "paragraph" \
        and document.text[block.start:quote.start].strip(" \u00a0\u202f") in PAIRS \
        and document.text[quote.end:block.end].strip(" \u00a0\u202f") in PAIRS.get(document.text[block.start], "")


def _likeliest_source(sources: list[Quote], *, cue: str | None) -> Quote | None:
    """The body quote a shorter one takes its words from: one the same verb reports when a camp's word is given
    ("L'opposition dénonce une « chasse aux pauvres »" and "Le conseiller a dénoncé une « chasse aux pauvres qui
    … »", not the other side's denial "« Ce n'est pas une chasse aux pauvres »"), else one whose speaker its own
    words give, else the first."""
    same_verb = [q for q in sources if cue and q.cue == cue]
    return next((q for q in same_verb + sources if q.resolution != "previous"), sources[0] if sources else None)


def _holds_words(text: str, key: str) -> bool:
    """Whether a quote holds the words of ``key`` in a row, whatever the punctuation between them ("La frontière
    est revenue dans nos vies" in "« La frontière est revenue dans nos vies. On a mis … »")."""
    words, held = " ".join(re.findall(r"\w+", key)), " ".join(re.findall(r"\w+", normalised(text)))
    return bool(words) and f" {words} " in f" {held} "


def _holds_inflected(text: str, key: str) -> bool:
    """Whether a quote holds the words of ``key`` in a row, each maybe in another form of the same stem (a word of
    six letters or more less its last two: "retourner au barrage" in "nous retournerons au barrage")."""
    wanted, held = re.findall(r"\w+", key), re.findall(r"\w+", normalised(text))
    stems = [w[:-2] if len(w) >= 6 else w for w in wanted]
    return any(all(held[i + j] == w or len(w) >= 6 and held[i + j].startswith(stem)
                   or len(w) >= 4 and _without_agreement(held[i + j]) == _without_agreement(w)
                   for j, (w, stem) in enumerate(zip(wanted, stems)))
               for i in range(len(held) - len(wanted) + 1)) if wanted else False


def _without_agreement(word: str) -> str:
    """A word less the endings of gender and number ("prête", "prêts": "prêt"), which a lede changes when it
    gives a body's words in the singular ("La Région se dit « prête à discuter »" for "Nous sommes prêts")."""
    return word.removesuffix("s").removesuffix("x").removesuffix("e")


def _heading_ranges(document: Document) -> list[tuple[int, int]]:
    """The offsets of the title and the headings."""
    return [(b.start, b.end) for b in document.blocks if b.kind != "paragraph"]


def _opening_ranges(document: Document, paragraphs: int = 2) -> list[tuple[int, int]]:
    """The offsets of an article's opening: its first two paragraphs (a deck, a summary or the lede)."""
    return [(b.start, b.end) for b in document.blocks if b.kind == "paragraph"][:paragraphs]


def _inside(quote: Quote, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start <= quote.start < end for start, end in ranges)


#: A key quote tells the reader something: fewer words than this only when nothing longer is left.
_KEY_MIN_WORDS = 4


def mark_key_quotes(quotes: list[Quote], *, top: int) -> list[Quote]:
    """Mark the ``top`` key quotes: full statements by named speakers first, speakers and wording diverse; a
    quote of fewer than ``_KEY_MIN_WORDS`` words (« décisive ») only when no longer one is left."""
    chosen: list[int] = []
    candidates = [i for i, q in enumerate(quotes) if q.kind == "speech"]
    while candidates and len(chosen) < top:
        best = max(candidates, key=lambda i: (len(quotes[i].text.split()) >= _KEY_MIN_WORDS,
                                              _key_score(quotes[i], [quotes[j] for j in chosen]), -i))
        candidates.remove(best)
        if not any(_similar(quotes[best].text, quotes[j].text) for j in chosen):
            chosen.append(best)
    return [replace(q, key=i in chosen) for i, q in enumerate(quotes)]


def _key_score(quote: Quote, chosen: list[Quote]) -> float:
    words = len(quote.text.split())
    score = {"explicit": 3.0, "nominal": 2.0, "pronoun": 2.0, "previous": 1.5}.get(quote.resolution, 0.0)
    score += 0.0 if quote.speaker is None else 1.0
    score += 0.0 if quote.fragment else 2.0
    score += min(words, 30) / 15 - max(0, words - 60) / 30
    score -= 1.5 * sum(1 for other in chosen if other.speaker == quote.speaker)
    return score


def _similar(a: str, b: str) -> bool:
    left, right = set(normalised(a).split()), set(normalised(b).split())
    return len(left & right) / max(1, min(len(left), len(right))) > 0.7