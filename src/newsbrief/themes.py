"""Keyphrases, themes with their supporting sentences, and a three-sentence extractive summary.

Keyphrases: candidates are the noun groups of spaCy's parse (nouns, names and adjectives, joined by "de"/"of"),
every sub-phrase of them that does not cut a name, lie inside a named entity or break gender agreement, and the
named entities (a person's without its title), plus the headline's figures ("520 postes"); they are grouped by
Snowball stems, and a verb of the headline counts for the noun of its stem ("proteste" for "protestation"). In
French a past participle right after a noun belongs to its group ("emplois menacés").
Months, weekdays and a few vague nouns make no candidate. A candidate scores by frequency (not counting
occurrences inside a repeated longer candidate), presence in the headline or else the lede (there too outside
such a candidate: "sexuel" inside the headline's "harcèlement sexuel" is not in the headline; a common-noun phrase
of several words weighs more in the lede than a single word or a name), specificity
(an idf from document frequencies of news articles smoothed by background word frequencies of general text, both
shipped in ``data/``), length and being a name (weights chosen on the Wikinews dev split, see
benchmarks/keyphrases.py).
Themes are runs of paragraphs: each headed section's paragraphs start apart and merge with a neighbour when
they share specific words (or when there are too many), so a long section splits into sub-themes; a theme is
labelled by its two most specific keyphrases, the second not repeating the first. A theme's topics also count the
steps of a procedure told with verbs as their nouns (« a requis » for "réquisitions", language data), and leave
out what frames the story rather than tells it (times of day, an anonymous source's formula: ``THEME_NON_TOPICS``),
a modifier cut from its noun ("senior EU" of "senior EU official"), a noun with a participle of a clause
(« communiqué publié », « sukuks prévue » of « l'émission de sukuks prévue »), a unit of money ("kobo", "Shs10")
and the people of a town named by their demonym (« les Millavois »); a theme lists no topic twice (nor a piece of
an entity's name shown in full); a label leaves out a lone vague noun ("Court and matter") and names an entity
by the acronym the article calls it by most (« BCT »; the keyphrase keeps the full name). Sentences are sliced
from ``Document.text`` (apostrophes kept). Everything is deterministic (ties broken by position).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from newsbrief.lang import get_language_data, stop_words
from newsbrief.records import Block, Document, Entity, Quote, Theme

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_STRIP_POS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM", "SPACE", "ADV", "AUX"}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ"}
_CONTENT_WORD = re.compile(r"^[^\W\d_][\w'-]*$")
_WORD = re.compile(r"[^\W_]+")
_PERSON_LABELS = {"PER", "PERSON"}
#: Entity labels of dates and figures (English models), which make no keyphrase ("Tuesday", "July").
_NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
#: A kicker or dateline in capitals opening a paragraph before a dash ("INVITÉE D'EUROPE 1 - ", "LONDON — ").
_CAPITAL_KICKER = re.compile(r"^(?=[^a-zß-ÿ]*[A-ZÀ-Þ]{4})[^a-zß-ÿ\n]{4,60}?\s+[-–—]+\s+(?=[A-ZÀ-Þ«“\"])")
_THOUSANDS = re.compile(r"^\d{3}$")


@dataclass
class Candidate:
    """One keyphrase candidate: its key (Snowball stems), surface forms, token positions and sentences."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    n_words: int = 1
    name: bool = False
    adjective: bool = False
    entity_types: set[str] = field(default_factory=set)
    score: float = 0.0

    @property
    def text(self) -> str:
        return min(self.forms, key=lambda f: (-self.forms[f], f))

    @property
    def first(self) -> int:
        return min(self.starts)


@dataclass(frozen=True)
class KeyphraseWeights:
    """How a candidate scores (tuned on the Wikinews dev split, see benchmarks/keyphrases.py).

    score = tf**frequency * (1 + headline·in headline, else 1 + lede·in the lede)
    * (1 + specificity·idf) * length[n words] * (1 + name·is a name) * (adjective if only adjectives), where
    tf leaves out ``nested`` times each occurrence inside a repeated longer candidate ("nord" in "nord du pays"),
    and a common-noun phrase of several words in the lede weighs ``lede_phrase`` instead of ``lede``: the lede
    names the article's subject with such phrases ("saison touristique", "tir d'obus"), whereas its single words
    are often generic ("homme", "forces") and its names often secondary (an agency, a spokesman)
    """

    frequency: float = 1.5
    headline: float = 4.0
    lede: float = 0.25
    lede_phrase: float = 1.5
    specificity: float = 0.5
    length: tuple[float, ...] = (1.0, 1.0, 0.6, 0.3)
    name: float = 0.5
    adjective: float = 0.6
    nested: float = 1.0
    max_words: int = 5


#: ``top`` that keeps every candidate (what themes and the summary need).
ALL_CANDIDATES = 10_000


def _is_complete(ranked: list[Candidate]) -> bool:
    return getattr(ranked, "complete", False)


class CandidateList(list):  # type: ignore[type-arg]
    """A ranked list known to hold every candidate of its document."""

    complete = True


def rank_keyphrases(doc: Doc, *, lang: ModuleType, top: int = 20, weights: KeyphraseWeights | None = None,
                    idf: dict[str, float] | None = None) -> list[Candidate]:
    """Candidates ranked best first, stemmed repeats and partial names merged, nested phrases thinned.

    ``idf`` replaces the shipped table (see ``idf_table``), e.g. for cross-validation."""
    weights = weights or KeyphraseWeights()
    candidates = list(_candidates(doc, lang, weights.max_words).values())
    idf = _idf_table(lang.STEMMER) if idf is None else idf
    place = _Place.of(doc)
    repeated = [c for c in candidates if c.n_words > 1 and len(c.starts) > 1]
    for c in candidates:
        alone = _standing_alone(c, repeated)
        tf = len(c.starts) - weights.nested * (len(c.starts) - len(alone))
        c.score = _score(c, weights, idf, place=place, tf=tf, starts=alone or c.starts)
    kept = _drop_nested(sorted(candidates, key=lambda c: (-c.score, c.first, c.key)))
    return CandidateList(kept) if top >= len(kept) else kept[:top]


def extract_themes(doc: Doc, document: Document, ranked: list[Candidate], *, quotes: list[Quote],
                   lang: ModuleType | None = None, entities: Sequence[Entity] = (),
                   runs: ParagraphRuns | None = None) -> list[Theme]:
    """Up to six themes in article order (fewer for a short article), each a run of paragraphs.

    Paragraphs start as separate units inside each headed section (the lede joins the first section); adjacent
    units merge, most similar first (shared specific words; across a heading counts half), while a pair is
    similar enough or there are more than ``min(6, words / 120)``. A theme's keyphrases are what is talked
    about, not who talks: no person, named or described (the names and aliases of the ``entities`` table's
    persons, their titles and roles), no news medium (``MEDIA`` of the language data, and organisations whose
    name holds one of its ``MEDIA_WORDS``: "CBS", "Yonhap News Agency"), and one keyphrase per entity of the
    table ("Tories" and "Conservatives").
    ``runs`` (``paragraph_runs``) saves cutting the paragraphs again when the summary is made too.
    """
    lang = lang or get_language_data(document.language)
    candidates, segments, n_sentences = runs or paragraph_runs(doc, document, ranked, lang=lang)
    persons = _People.of([name for e in entities if e.label == "PER" for name in (e.name, *e.aliases)])
    media = _media_names(entities, lang)
    non_topics = _non_topic_keys(lang)
    topics = _one_per_entity([c for c in candidates if not _is_person(c, persons, lang)
                              and c.text.casefold() not in media and c.key not in non_topics
                              and not _is_cut_modifier(c, doc) and not _is_figure_unit(c, doc, lang)
                              and not _is_clause_participle(c, doc, lang)
                              and not _is_people_of_place(c, doc, entities, lang)], entities)
    topics = _with_event_nouns(doc, topics, lang)
    short = _acronyms_used_most(candidates, entities)
    units = [_focus(u, document, lang) for u in _with_enough_keyphrases(segments, topics, n_sentences)]
    own = [_local_keyphrases(u, topics, n_sentences) for u in units]
    themes: list[Theme] = []
    labelled: set[str] = set()
    for unit, keyphrases, shown in zip(units, own, _with_main_subjects(units, own, topics)):
        theme, in_label = _theme(unit, document, keyphrases, shown=shown, labelled=labelled, lang=lang,
                                 quoted=[(q.start, q.end) for q in quotes], short=short)
        themes.append(theme)
        labelled.update(in_label)
    return [t for t in themes if t.sentences and t.keyphrases]


def summarise(doc: Doc, document: Document, ranked: list[Candidate], *, quotes: list[Quote],
              size: int = 3, lang: ModuleType | None = None, runs: ParagraphRuns | None = None) -> list[str]:
    """``size`` sentences in article order: the lede's first sentence (of four words or more), then the best
    supporting sentence of the largest themes (then the sentences with the most keyphrase weight), leaving out
    headings and sentences holding a key quote."""
    lang = lang or get_language_data(document.language)
    candidates, segments, n_sentences = runs or paragraph_runs(doc, document, ranked, lang=lang)
    key_spans = [(q.start, q.end) for q in quotes if q.key]
    body = [s for seg in segments for s in seg.sentences
            if sum(t.is_alpha for t in s) >= 4 and not _overlaps(s, key_spans)]
    if not body:
        return []
    chosen = [body[0]]
    for segment in sorted(segments, key=lambda g: (-len(g.sentences), g.sentences[0].start)):
        keyphrases = _local_keyphrases(segment, candidates, n_sentences)
        allowed = [s for s in segment.sentences if s in body and s.start != body[0].start]
        picked = _supporting_sentences(_Unit(allowed, 0, None), keyphrases)[:1] if allowed else []
        chosen += picked[: size - len(chosen)]
    weights = {c.key: c.score for c in candidates}
    keys = _sentence_keys(doc, candidates)
    rest = [s for s in body if s not in chosen]
    rest.sort(key=lambda s: (-sum(weights[k] for k in keys[s.start]), s.start))
    chosen += rest[: max(0, size - len(chosen))]
    return [_sentence_text(document, s) for s in sorted(chosen, key=lambda s: s.start)]


class ParagraphRuns(NamedTuple):
    """What themes and summary are cut from: all candidates, the merged paragraph runs, the number of body
    sentences."""

    candidates: list[Candidate]
    runs: list[_Unit]
    n_sentences: int


def paragraph_runs(doc: Doc, document: Document, ranked: list[Candidate], *,
                   lang: ModuleType | None = None) -> ParagraphRuns:
    """The document's paragraphs merged into runs (see ``extract_themes``). ``ranked`` is used when it holds every
    candidate (``rank_keyphrases(..., top=ALL_CANDIDATES)``), else the ranking is redone."""
    lang = lang or get_language_data(document.language)
    candidates = ranked if len(ranked) >= ALL_CANDIDATES or _is_complete(ranked) else \
        rank_keyphrases(doc, lang=lang, top=ALL_CANDIDATES)
    units = _paragraph_units(doc, document, lang)
    limit = max(1, min(_MAX_THEMES, document.n_words // _WORDS_PER_THEME))
    n_sentences = sum(len(u.sentences) for u in units)
    return ParagraphRuns(candidates, _merge_units(units, _unit_vectors(units, candidates), limit=limit), n_sentences)


@dataclass(frozen=True)
class _Place:
    """Where the headline ends and the lede (first body sentence of four words or more) lies."""

    headline_end: int
    lede: tuple[int, int]

    @classmethod
    def of(cls, doc: Doc) -> _Place:
        headline_end = next(doc.sents).end if len(doc) else 0
        lede = next((s for s in doc.sents if s.start >= headline_end and sum(t.is_alpha for t in s) >= 4), None)
        return cls(headline_end, (lede.start, lede.end) if lede is not None else (0, 0))


def _standing_alone(c: Candidate, longer: list[Candidate]) -> list[int]:
    """The starts of the occurrences of ``c`` that do not lie inside an occurrence of one of the ``longer``
    candidates holding it ("sexuel" outside "harcèlement sexuel")."""
    spans = [(a, b) for k in longer if k.n_words > c.n_words and f" {c.key} " in f" {k.key} "
             for a, b in zip(k.starts, k.ends)]
    return [s for s, e in zip(c.starts, c.ends) if not any(a <= s and e <= b for a, b in spans)]


def _score(c: Candidate, w: KeyphraseWeights, idf: dict[str, float], *, place: _Place, tf: float,
           starts: list[int] | None = None) -> float:
    """The candidate's score by ``w`` (see ``KeyphraseWeights``) for a frequency ``tf``; the headline and lede
    weights look at the occurrences ``starts`` (default: all), so a word of the headline that stands there only
    inside a repeated phrase ("sexuel" in "harcèlement sexuel") does not get the headline's weight."""
    default = idf.get("", 0.0)
    specificity = max(idf.get(s, default) for s in c.key.split())
    starts = c.starts if starts is None else starts
    in_lede = any(place.lede[0] <= p < place.lede[1] for p in starts)
    lede = w.lede_phrase if _is_common_phrase(c) else w.lede
    position = 1 + w.headline if min(starts) < place.headline_end else 1 + lede * in_lede
    score = max(tf, 0.0) ** w.frequency * position
    score *= 1 + w.specificity * specificity
    score *= w.length[min(c.n_words, len(w.length)) - 1] * (1 + w.name * c.name)
    return score * (w.adjective if c.adjective else 1.0)


def _is_common_phrase(c: Candidate) -> bool:
    """A phrase of several words that is no name ("saison touristique", not "Manuel Valls")."""
    return c.n_words > 1 and not c.name


# --- candidates ---------------------------------------------------------------------------------------------------


def _candidates(doc: Doc, lang: ModuleType, max_words: int) -> dict[str, Candidate]:
    """Noun groups and their sub-phrases, plus named entities, grouped by stems."""
    sentence_of = _sentence_numbers(doc)
    stop = _StopWords(frozenset(lang.EXTRA_STOP_WORDS), frozenset(lang.KEYPHRASE_NOT_STOP_WORDS),
                      lang.KEYPHRASE_NOUN_PARTICIPLES)
    found: dict[str, Candidate] = {}
    every = list(doc)  # read token by token many times, and the spans overlap: a list's items and slices come
    # faster than a Doc's tokens and Spans
    for start, end in sorted(_candidate_spans(doc, every, lang, stop, max_words)):
        tokens = every[start:end]
        key = " ".join(stem for t in tokens for stem in _word_stems(t.lower_, lang.STEMMER))
        if not key:
            continue
        candidate = found.setdefault(key, Candidate(key=key, n_words=len(key.split())))
        candidate.forms[_surface(tokens)] += 1
        candidate.starts.append(start)
        candidate.ends.append(end)
        candidate.sentences.append(sentence_of[start])
        candidate.entity_types.update(t.ent_type_ for t in tokens if t.ent_type_)
    return _merge_partial_names(_by_kind(found, every))


def _by_kind(found: dict[str, Candidate], tokens: Sequence[Token]) -> dict[str, Candidate]:
    """Mark a candidate a name or a lone adjective when most of its occurrences are (the tagger may tag one
    occurrence otherwise: "France" as an adjective), and leave out one that only occurs as a verb outside a named
    entity (a headline verb with no noun of its stem). ``tokens`` are the document's."""
    kept = {}
    for key, c in found.items():
        tags = [{t.pos_ for t in tokens[a:b]} for a, b in zip(c.starts, c.ends)]
        if all(tag == {"VERB"} for tag in tags) and not c.entity_types:
            continue
        c.name = 2 * sum(tag == {"PROPN"} for tag in tags) > len(tags)
        c.adjective = 2 * sum(tag == {"ADJ"} for tag in tags) > len(tags)
        kept[key] = c
    return kept


def _candidate_spans(doc: Doc, every: list[Token], lang: ModuleType, stop: _StopWords,
                     max_words: int) -> set[tuple[int, int]]:
    """Sub-phrases of noun groups that do not lie strictly inside a named entity ("Forum mondial" in "Forum
    mondial de la langue française" counts for the entity), plus the entities that are names, not dates or
    figures. ``every`` is ``list(doc)``, made once by the caller."""
    spans: set[tuple[int, int]] = set()
    content = [_is_content(token, stop) for token in every]
    for start, end in _noun_groups(doc, lang, content):
        spans.update(s for s in _sub_spans(every, start, end, content, max_words) if not _inside_entity(s, every))
    headline_end = next(doc.sents).end if len(doc) else 0
    spans.update(_number_spans(doc, headline_end, content))
    spans.update((i, i + 1) for i in range(headline_end) if _is_verb(doc[i], stop))
    for ent in (e for e in doc.ents if e.label_ not in _NUMERIC_LABELS):
        tokens = _untitled(_trim(list(ent)), lang) if ent.label_ in _PERSON_LABELS else _trim(list(ent))
        if tokens and not any("\n" in t.text for t in tokens) and len(tokens) <= max_words:
            spans.add((tokens[0].i, _possessive_end(doc, tokens[-1].i + 1)))
    return {s for s in spans if not _cuts_a_hyphenated_word(every, *s)}


def _cuts_a_hyphenated_word(doc: Doc | Sequence[Token], start: int, end: int) -> bool:
    """Whether a span starts or ends inside a word the tokenizer split at a hyphen ("ae" of "Seong-ae")."""
    glued = ("-", "‐")
    return start >= 2 and doc[start - 1].text in glued and not doc[start - 2].whitespace_ \
        and not doc[start - 1].whitespace_ \
        or end + 1 < len(doc) and doc[end].text in glued and not doc[end - 1].whitespace_ and not doc[end].whitespace_


def _number_spans(doc: Doc, end: int, content: list[bool]) -> list[tuple[int, int]]:
    """Numbers of the headline written in digits ("2014", "75 000"), with the noun or "%" that follows them
    ("520 postes", "2 %"): the figure a news headline is about. ``content[i]``: whether token i is a content word
    (``_is_content``)."""
    spans = []
    i = 0
    while i < end:
        if not _NUMBER.match(doc[i].text):
            i += 1
            continue
        j = i + 1
        while j < end and _THOUSANDS.match(doc[j].text) and doc[j - 1].whitespace_:
            j += 1
        if j < end and (doc[j].text == "%" or doc[j].pos_ == "NOUN" and content[j]):
            j += 1
        spans.append((i, j))
        i = j
    return spans


def _is_verb(token: Token, stop: _StopWords) -> bool:
    """A verb of the headline, which counts as an occurrence of the noun of its stem ("proteste" for
    "protestation", "libérer" for "libération"): the event the headline names."""
    return token.pos_ == "VERB" and not stop.excludes(token) and len(token.text) > 2 \
        and bool(_CONTENT_WORD.match(token.text))


def _untitled(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """A person's name without the titles before it ("M. Ayrault" -> "Ayrault")."""
    while len(tokens) > 1 and tokens[0].lower_ in lang.TITLES:
        tokens = tokens[1:]
    return tokens


def _possessive_end(doc: Doc, end: int) -> int:
    """``end`` moved past an "s" that the tokenizer cut from a name's possessive ("Moody'" + "s")."""
    glued = end < len(doc) and doc[end - 1].text.endswith(("'", "’")) and not doc[end - 1].whitespace_
    return end + 1 if glued and doc[end].lower_ == "s" else end


def _inside_entity(span: tuple[int, int], doc: Doc | Sequence[Token]) -> bool:
    """True when the span is part of a longer named entity (not the whole of it)."""
    start, end = span
    ent_type = doc[start].ent_type_
    if not ent_type or doc[end - 1].ent_type_ != ent_type:
        return False
    first = next(i for i in range(start, -1, -1) if doc[i].ent_iob_ == "B")
    last = next((i for i in range(start + 1, len(doc)) if doc[i].ent_iob_ != "I"), len(doc))
    return end <= last and (first, last) != span


@dataclass(frozen=True)
class _StopWords:
    """Words that make no keyphrase: spaCy's stop words except ``kept`` ("nouveau"), and ``extra`` ("fois");
    ``participles``: whether a past participle right after a noun is a word of the phrase ("emplois menacés")."""

    extra: frozenset[str]
    kept: frozenset[str]
    participles: bool = False

    def excludes(self, token: Token) -> bool:
        return token.lower_ in self.extra or token.is_stop and token.lower_ not in self.kept


def _is_content(token: Token, stop: _StopWords) -> bool:
    """A noun, name or adjective (or, where the language says so, a noun's past participle) that is no stop word
    and no predicate."""
    kind = token.pos_ in _CONTENT_POS or stop.participles and _is_noun_participle(token)
    return kind and not stop.excludes(token) and len(token.text) > 1 and bool(_CONTENT_WORD.match(token.text)) \
        and not _is_predicate(token)


def _is_predicate(token: Token) -> bool:
    """A word the parser gives a subject without a copula: a verb the tagger took for a noun or a participle
    ("le chercheur rappelle", "la nuit tombe"), which is no part of a noun group. A noun with a copula stays one
    ("la France est une puissance")."""
    deps = {child.dep_ for child in token.children}
    return any(d.startswith("nsubj") for d in deps) and "cop" not in deps


def _is_noun_participle(token: Token) -> bool:
    """A past participle right after a noun, which qualifies it as an adjective would ("emplois menacés",
    "groupes armés"); the tagger calls it a verb. Alone it stays a verb (see ``_by_kind``)."""
    return (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
            and not token.is_sent_start and token.i > 0 and token.nbor(-1).pos_ == "NOUN")


def _noun_groups(doc: Doc, lang: ModuleType, content: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of nouns, names and adjectives, joined by a link word (and article) before a noun."""
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not content[i]:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and not doc[end].is_sent_start:
            if content[end]:
                end += 1
            elif (after := _linked_noun(doc, end, lang, content)) is not None:
                end = after + 1
            else:
                break
        groups.append((i, end))
        i = end
    return groups


def _linked_noun(doc: Doc, i: int, lang: ModuleType, content: list[bool]) -> int | None:
    """The index of the noun a link word at ``i`` leads to ("de [la] N"), else None."""
    if doc[i].lower_ not in lang.KEYPHRASE_LINKS:
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ in lang.KEYPHRASE_ARTICLES:
        j += 1
    if j < len(doc) and content[j] and doc[j].pos_ != "ADJ" and not doc[j].is_sent_start:
        return j
    return None


def _sub_spans(doc: Doc | Sequence[Token], start: int, end: int, content: list[bool],
               max_words: int) -> list[tuple[int, int]]:
    """Every sub-span of a noun group that starts and ends on a content word and does not cut a name, nor lies
    across two neighbours that disagree (``_agrees``, read once per pair of the group)."""
    bounds = [i for i in range(start, end) if content[i]]
    apart = [not _agrees(doc[i:i + 2]) for i in range(start, end - 1)]  # pair (i, i + 1) at i - start
    spans = []
    for first, a in enumerate(bounds):
        if a > start and _same_name(doc[a - 1], doc[a]):
            continue
        for last in range(first, len(bounds)):  # bounds[first..last] are the span's content words
            b = bounds[last]
            if b + 1 < end and _same_name(doc[b], doc[b + 1]):
                continue
            if last - first + 1 > max_words:
                break
            if not any(apart[a - start:b - start]):
                spans.append((a, b + 1))
    return spans


def _agrees(tokens: Span | Sequence[Token]) -> bool:
    """False when a noun and an adjective next to it disagree in gender ("libertés humains", cut from
    "droits et libertés humains"); tokens without gender (English) always agree."""
    for left, right in zip(tokens, tokens[1:]):
        if {left.pos_, right.pos_} == {"NOUN", "ADJ"}:
            genders = left.morph.get("Gender"), right.morph.get("Gender")
            if all(genders) and genders[0] != genders[1]:
                return False
    return True


def _same_name(left: Token, right: Token) -> bool:
    return left.pos_ == right.pos_ == "PROPN"


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].pos_ in _STRIP_POS or tokens[0].is_stop and tokens[0].pos_ != "PROPN"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in _STRIP_POS or tokens[-1].is_stop and tokens[-1].pos_ != "PROPN"):
        tokens = tokens[:-1]
    return tokens


def _surface(tokens: Span | Sequence[Token]) -> str:
    """The words as written, lowercased unless a name or an acronym ("harcèlement sexuel", "CGT")."""
    parts = []
    for t in tokens:
        keep = t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1) or t.ent_type_ and t.text[:1].isupper()
        parts.append((t.text if keep else t.lower_) + t.whitespace_)
    return "".join(parts).strip()


def _merge_partial_names(found: dict[str, Candidate]) -> dict[str, Candidate]:
    """Fold a name that is part of exactly one longer name ("Diouf" in "Mouss Diouf") into the longer one,
    unless the short name is also an entity of another type ("France", a place, in "HP France", a company).
    An occurrence of the short name lying inside an occurrence of the longer one is the same mention, not a
    second one (the model's entity "Polonaise" inside the noun group "Polonaise Agnieszka")."""
    names = [c for c in found.values() if c.name]
    for short in sorted(names, key=lambda c: c.n_words):
        longer = [c for c in names if c.n_words > short.n_words and f" {short.key} " in f" {c.key} "
                  and found.get(c.key) is c]
        if len(longer) == 1 and short.entity_types <= longer[0].entity_types:
            target = longer[0]
            spans = list(zip(target.starts, target.ends))
            for start, end, sentence in zip(short.starts, short.ends, short.sentences):
                if not any(a <= start and end <= b for a, b in spans):
                    target.starts.append(start)
                    target.ends.append(end)
                    target.sentences.append(sentence)
            del found[short.key]
    return found


def _drop_nested(ranked: list[Candidate]) -> list[Candidate]:
    """Leave out a phrase inside a better-ranked longer phrase that occurs at least as often."""
    kept: list[Candidate] = []
    longer: dict[str, list[tuple[str, int]]] = {}  # word -> the kept phrases of several words holding it, padded,
    for candidate in ranked:                       # and their frequencies
        inner, n = f" {candidate.key} ", len(candidate.starts)
        holding = longer.get(candidate.key.split()[0], ())
        if not any(inner in key and count >= n for key, count in holding if len(key) > len(inner)):
            kept.append(candidate)
            for word in set(candidate.key.split()) if candidate.n_words > 1 else ():
                longer.setdefault(word, []).append((inner, n))
    return kept


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for n, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            numbers[i] = n
    return numbers


@lru_cache(maxsize=50_000)
def _word_stems(word: str, stemmer: str) -> tuple[str, ...]:
    """The stems of the runs of letters and digits of a token's lower-case text ("l'état" -> "l", "etat"), cached
    per word form: the candidate spans overlap, so each token is read for several."""
    return tuple(_stem_word(stemmer, w) for w in _WORD.findall(word))


@lru_cache(maxsize=50_000)
def _stem_word(stemmer: str, word: str) -> str:
    """One word's stem, cached: the same words recur across candidates and documents."""
    return str(_stemmer(stemmer).stemWord(word))


@lru_cache(maxsize=4)
def _stemmer(name: str):  # noqa: ANN202 - snowballstemmer has no types
    import snowballstemmer

    return snowballstemmer.stemmer(name)


#: The background word frequencies weigh as this many pseudo-documents of this many words (see ``idf_table``).
PSEUDO_DOCUMENTS = 100
WORDS_PER_DOCUMENT = 300


@dataclass(frozen=True)
class DocumentFrequencies:
    """How many documents hold each stem, out of ``documents``."""

    documents: int
    counts: dict[str, int]


@lru_cache(maxsize=4)
def _idf_table(stemmer: str) -> dict[str, float]:
    """``idf_table`` of the shipped ``data/df-<stemmer>.tsv`` and ``data/freq-<stemmer>.tsv`` (either may be absent)."""
    return idf_table(parse_document_frequencies(_data_text(f"df-{stemmer}.tsv")), background_frequencies(stemmer))


@lru_cache(maxsize=4)
def background_frequencies(stemmer: str) -> dict[str, float]:
    """Frequency per word of each stem in general text (``data/freq-<stemmer>.tsv``, from wordfreq), else empty."""
    return parse_word_frequencies(_data_text(f"freq-{stemmer}.tsv"))


def _data_text(name: str) -> str:
    """A file of the package's ``data/`` folder, "" when there is none."""
    try:
        return resources.files("newsbrief").joinpath(f"data/{name}").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def parse_document_frequencies(text: str) -> DocumentFrequencies:
    """``#`` comment lines, a ``documents<TAB>N`` line, then ``stem<TAB>df`` lines ("" gives no documents)."""
    counts = {stem: int(df) for stem, df in _rows(text)}
    return DocumentFrequencies(counts.pop("documents", 0), counts)


def parse_word_frequencies(text: str) -> dict[str, float]:
    """``#`` comment lines, then ``stem<TAB>zipf`` lines -> frequency per word, 10 ** (zipf - 9)."""
    return {stem: 10 ** (float(zipf) - 9) for stem, zipf in _rows(text)}


def idf_table(frequencies: DocumentFrequencies, background: dict[str, float], *,
              pseudo_documents: float = PSEUDO_DOCUMENTS,
              words_per_document: float = WORDS_PER_DOCUMENT) -> dict[str, float]:
    """log((N + m) / (1 + df + m·p)) per stem: the N documents, plus m pseudo-documents of general text in which a
    stem of background frequency f occurs with probability p = 1 - exp(-f·words), so a word rare in a handful of
    articles but common in general ("juin", "pays") is not taken for specific. Key "" holds the value for a stem in
    neither table (p of the rarest background stem). With m = 0 this is the plain log(N / (1 + df))."""
    def idf(df: int, frequency: float) -> float:
        seen = 1 + df + pseudo_documents * (1 - math.exp(-frequency * words_per_document))
        return math.log(max(frequencies.documents + pseudo_documents, 1) / seen)

    floor = min(background.values(), default=0.0)
    stems = frequencies.counts.keys() | background.keys()
    table = {s: idf(frequencies.counts.get(s, 0), background.get(s, floor)) for s in stems}
    return {**table, "": idf(0, floor)}


# --- themes -----------------------------------------------------------------------------------------------------

_MAX_THEMES = 6
_WORDS_PER_THEME = 120
_SIMILAR = 0.12
_HEADING_PENALTY = 0.5
_MIN_WORDS = 4
_MIN_KEYPHRASES = 3
_LEDE_PARAGRAPHS = 2
_THEME_KEYPHRASES = 5
_MOST_KEYPHRASES = 6
_HEADING_WEIGHT = 1.0
_QUOTE_OPENERS = ("«", "“", '"', "‘")
_MAIN_SUBJECTS = 5
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


@dataclass
class _Unit:
    """A run of paragraphs: their sentences and the heading of the section they belong to."""

    sentences: list[Span]
    section: int
    heading: str | None
    #: the heading's tokens (start, end); (0, 0) without one
    heading_tokens: tuple[int, int] = (0, 0)


def _paragraph_units(doc: Doc, document: Document, lang: ModuleType) -> list[_Unit]:
    """One unit per paragraph of four words or more (not a credit line: "Avec AFP") that is not the page's
    furniture ("Read more from …", "Lire aussi"). A lede of at most ``_LEDE_PARAGRAPHS`` paragraphs before the
    first section heading belongs to the first section; a longer opening (a story told before its first
    intertitle) is a section of its own, without a heading."""
    units: list[_Unit] = []
    section, heading, span = 0, None, (0, 0)
    sentences = [s for s in doc.sents if s.text.strip()]
    headings = {b.start for b in section_headings(document, lang)}
    for block in document.blocks:
        if block.start in headings:
            opened = heading is not None or len(units) > _LEDE_PARAGRAPHS
            section, heading, span = section + opened, block.text.strip(), _describing_tokens(doc, block)
            continue
        if block.kind != "paragraph":
            continue
        members = [s for s in sentences if block.start <= s.start_char < block.end]
        if sum(t.is_alpha for s in members for t in s) >= _MIN_WORDS and not _is_furniture(block.text, lang):
            units.append(_Unit(members, section, heading, span))
    first_headed = next((u for u in units if u.heading), None)
    if first_headed is not None and first_headed.section == 0:
        for unit in (u for u in units if u.heading is None):
            unit.heading, unit.heading_tokens = first_headed.heading, first_headed.heading_tokens
    return units


def _describing_tokens(doc: Doc, heading: Block) -> tuple[int, int]:
    """The tokens (start, end) of a heading that describes its section, (0, 0) for a quotation ("« On veut une
    date »": a speaker's words, colourful rather than descriptive) or when they cannot be found."""
    span = doc.char_span(heading.start, heading.end, alignment_mode="expand")
    quoted = heading.text.strip().startswith(_QUOTE_OPENERS)
    return (span.start, span.end) if span is not None and not quoted else (0, 0)


def section_headings(document: Document, lang: ModuleType) -> list[Block]:
    """The headings that open a section of the article: not a deck or a byline standing before the first
    paragraph, not a byline, a link to another story or a time stamp further down ("Jane Doe, political
    reporter", "Lire aussi : …", "14:32, UK")."""
    first_paragraph = next((b.start for b in document.blocks if b.kind == "paragraph"), 0)
    return [b for b in document.blocks if b.kind == "heading" and b.start > first_paragraph
            and not _is_byline(b.text, lang) and not _is_furniture(b.text, lang) and not _TIME.search(b.text)
            and any(c.isalpha() for c in b.text)]


def _is_furniture(text: str, lang: ModuleType) -> bool:
    """A line of the page's furniture: a link to other stories ("Read more from …", "Lire aussi"), or an agency
    credit ("With Reuters", "(Avec AFP)": a credit word and at most three capitalised words)."""
    words = text.strip("()[] ").split()
    credit = 1 < len(words) <= 4 and words[0].casefold() in lang.CREDIT_WORDS and all(w[:1].isupper()
                                                                                      for w in words[1:])
    return credit or text.casefold().lstrip("(«“\"' ").startswith(lang.FURNITURE_OPENERS)


def _is_byline(text: str, lang: ModuleType) -> bool:
    """A reporter's byline: it opens with a byline word ("By", "Par") or names a reporter's job after a comma."""
    folded = text.casefold().lstrip("(")
    after_comma = set(_WORD.findall(folded.rpartition(",")[2])) if "," in folded else set()
    return folded.startswith(lang.BYLINE_OPENERS) or bool(after_comma & lang.BYLINE_WORDS)


def _unit_vectors(units: list[_Unit], candidates: list[Candidate]) -> list[Counter[str]]:
    """Per unit, the single-word and name keys it holds, weighted by log(units / units holding the key)."""
    positions = [(u.sentences[0].start, u.sentences[-1].end) for u in units]
    vectors: list[Counter[str]] = [Counter() for _ in units]
    for c in candidates:
        if c.n_words > 1 and not c.name:
            continue
        for start in c.starts:
            for i, (a, b) in enumerate(positions):
                if a <= start < b:
                    vectors[i][c.key] += 1
    spread = Counter(k for v in vectors for k in v)
    return [Counter({k: n * math.log(len(units) / spread[k]) for k, n in v.items()}) for v in vectors]


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(a[k] * b[k] for k in a.keys() & b.keys())
    norm = math.sqrt(sum(x * x for x in a.values()) * sum(x * x for x in b.values()))
    return dot / norm if norm else 0.0


def _merge_units(units: list[_Unit], vectors: list[Counter[str]], *, limit: int) -> list[_Unit]:
    """Merge adjacent units, most similar pair first, while a pair is similar or there are too many."""
    units, vectors = list(units), list(vectors)
    while len(units) > 1:
        scores = [_cosine(vectors[i], vectors[i + 1]) * (1 if units[i].section == units[i + 1].section
                                                          else _HEADING_PENALTY) for i in range(len(units) - 1)]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        if scores[best] < _SIMILAR and len(units) <= limit:
            break
        left, right = units[best], units.pop(best + 1)
        units[best] = replace(left, sentences=left.sentences + right.sentences)
        vectors[best] = vectors[best] + vectors.pop(best + 1)
    return units


def _with_enough_keyphrases(units: list[_Unit], candidates: list[Candidate], n_sentences: int) -> list[_Unit]:
    """The units, each with at least ``_MIN_KEYPHRASES`` keyphrases of its own: a poorer unit (a short paragraph
    of quotation) joins the unit before it, the first joins the next."""
    units = list(units)
    i = 0
    while len(units) > 1 and i < len(units):
        if len(_local_keyphrases(units[i], candidates, n_sentences)) >= _MIN_KEYPHRASES:
            i += 1
            continue
        a = max(i - 1, 0)
        units[a] = replace(units[a], sentences=units[a].sentences + units[a + 1].sentences)
        del units[a + 1]
        i = a
    return units


def _focus(unit: _Unit, document: Document, lang: ModuleType) -> _Unit:
    """The part of a run of paragraphs that speaks for its theme: a short lede merged into the first headed section
    is left to the summary, so the section's own paragraphs remain."""
    first_heading = next((b.start for b in section_headings(document, lang)), None)
    headed = [s for s in unit.sentences
              if first_heading is not None and unit.heading is not None and s.start_char > first_heading]
    return replace(unit, sentences=headed) if headed else unit


def _with_main_subjects(units: list[_Unit], chosen: list[list[Candidate]], topics: list[Candidate], *,
                        top: int = _MAIN_SUBJECTS) -> list[list[Candidate]]:
    """The units' keyphrases, each of the article's ``top`` best topics that no unit holds (nor a phrase overlapping
    it) added to the unit where it occurs most (the first on a tie) that has fewer than ``_MOST_KEYPHRASES``: a
    subject spread over the whole article weighs little in each unit ("grève" in a strike story), yet a
    briefing whose themes never name it misses the story."""
    chosen = [list(c) for c in chosen]
    for topic in topics[:top]:
        if any(_same_topic(topic, c) for keyphrases in chosen for c in keyphrases):
            continue
        inside = [sum(u.sentences[0].start <= p < u.sentences[-1].end for p in topic.starts) for u in units]
        room = [i for i in range(len(units)) if inside[i] and len(chosen[i]) < _MOST_KEYPHRASES]
        if room:
            best = max(room, key=lambda i: (inside[i], -i))
            chosen[best] = [*chosen[best], topic]
    return chosen


def _theme(unit: _Unit, document: Document, keyphrases: list[Candidate], *, shown: list[Candidate],
           labelled: set[str], lang: ModuleType, quoted: list[tuple[int, int]],
           short: dict[str, str]) -> tuple[Theme, list[str]]:
    """Label, keyphrases and supporting sentences of a run of paragraphs (its ``_focus``): the unit's own
    ``keyphrases`` choose the sentences, the ``shown`` ones (with the main subjects given to it) are listed. A
    supporting sentence cut inside a quotation (the parser ends sentences inside quotes) is widened to the whole
    quotation. The label names an entity by the acronym the article calls it by most (``short``); its keyphrase
    keeps the full name, which the acronym may not tell."""
    sentences = _supporting_sentences(unit, keyphrases)
    sentences = list(dict.fromkeys(_with_whole_quotes(s, quoted) for s in sentences))
    texts = [c.text for c in shown]
    fresh = [t for t in texts if t not in labelled] or texts
    label, in_label = _label(fresh, lang, short=short)
    theme = Theme(label=label, keyphrases=tuple(texts),
                  sentences=tuple(_sentence_text(document, s) for s in sentences), heading=unit.heading)
    return theme, in_label


def _with_whole_quotes(sentence: Span, quoted: list[tuple[int, int]], *, most: int = 3) -> Span:
    """The sentence widened to the sentences that hold the whole of each quotation it cuts ("Sans alternative,
    ce sera une catastrophe », a averti X." from "« Fermer l'artère. Sans alternative, ce sera…"); as it is when
    that would take more than ``most`` sentences."""
    doc = sentence.doc
    start, end = sentence.start_char, sentence.end_char
    for a, b in quoted:
        start = a if a < start < b else start
        end = b if a < end < b else end
    span = doc.char_span(start, end, alignment_mode="expand")
    widened = doc[span[0].sent.start:span[-1].sent.end]
    return widened if len(list(widened.sents)) <= most else sentence


def _with_event_nouns(doc: Doc, topics: list[Candidate], lang: ModuleType) -> list[Candidate]:
    """The topics and, for the verbs of the language's ``THEME_EVENT_NOUNS`` in a sentence holding a word of
    ``THEME_EVENT_CONTEXT``, their nouns as topics whose occurrences are the verbs' (« a requis deux ans de prison »
    for "réquisitions", not « a requis l'anonymat »), scored like any candidate, in rank order: a report tells the
    steps of a trial with verbs, yet a briefing names them with nouns. A noun the article writes as well (« Dans
    ses réquisitions… ») counts the verbs among its occurrences: the step is told both ways."""
    nouns, context = lang.THEME_EVENT_NOUNS, lang.THEME_EVENT_CONTEXT
    verbs: dict[str, list[int]] = defaultdict(list)
    for token in doc if nouns else ():
        if token.pos_ == "VERB" and token.lemma_ in nouns and any(t.lemma_.lower() in context for t in token.sent):
            verbs[nouns[token.lemma_]].append(token.i)
    if not verbs:
        return topics
    sentence_of, written = _sentence_numbers(doc), {c.key: i for i, c in enumerate(topics)}
    topics, added = list(topics), []
    for noun, positions in verbs.items():
        key = " ".join(stem for w in noun.split() for stem in _word_stems(w, lang.STEMMER))
        if key in written:  # the article names the step with the noun too: the verbs add to its occurrences
            c = topics[written[key]]
            topics[written[key]] = replace(c, starts=c.starts + positions, ends=c.ends + [p + 1 for p in positions],
                                           sentences=c.sentences + [sentence_of[p] for p in positions])
            continue
        c = Candidate(key=key, forms=Counter({noun: 1}), starts=positions, ends=[p + 1 for p in positions],
                      sentences=[sentence_of[p] for p in positions], n_words=len(key.split()))
        c.score = _score(c, KeyphraseWeights(), _idf_table(lang.STEMMER), place=_Place.of(doc), tf=len(positions))
        added.append(c)
    return sorted([*topics, *added], key=lambda c: -c.score)


def _one_per_entity(candidates: list[Candidate], entities: Sequence[Entity]) -> list[Candidate]:
    """The candidates, those naming one entity of the table (its name, its aliases) made one under the first: a
    copy holding all their occurrences, shown under the table's name."""
    entity_of = {form.casefold(): e.name for e in entities for form in (e.name, *e.aliases)}
    kept: list[Candidate] = []
    first: dict[str, Candidate] = {}
    for c in candidates:
        name = entity_of.get(c.text.casefold())
        if name is not None and name in first:
            group = first[name]
            group.starts, group.ends, group.sentences = group.starts + c.starts, group.ends + c.ends, \
                group.sentences + c.sentences
            continue
        copy = replace(c, starts=list(c.starts), ends=list(c.ends), sentences=list(c.sentences))
        if name is not None:
            first[name], copy.forms = copy, Counter({name: 1})
        kept.append(copy)
    return kept


#: An acronym as the press writes a body's: two to six capitals ("FMI", "BCT"), no lower-case word ("Cedeao").
_ACRONYM = re.compile(r"^[A-ZÀ-Þ]{2,6}$")


def _acronyms_used_most(candidates: list[Candidate], entities: Sequence[Entity]) -> dict[str, str]:
    """The table's name of each entity the article calls by its acronym more often than by its other names (« la
    Banque centrale de Tunisie (BCT) », then « la BCT » three times) -> that acronym: an analyst reads « BCT » faster
    than the full name, which the entity table spells out. Occurrences are the candidates' (not the table's count,
    which does not tell the forms apart)."""
    entity_of = {form.casefold(): e for e in entities for form in (e.name, *e.aliases)}
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    for c in candidates:
        entity = entity_of.get(c.text.casefold())
        if entity is not None:
            uses[entity.name][c.text] += len(c.starts)
    short = {}
    for name, forms in uses.items():
        acronym = max((f for f in forms if _ACRONYM.match(f)), key=lambda f: (forms[f], f), default=None)
        if acronym is not None and acronym != name and 2 * forms[acronym] > sum(forms.values()):
            short[name] = acronym
    return short


@lru_cache(maxsize=None)
def _non_topic_keys(lang: ModuleType) -> frozenset[str]:
    """The stem keys of the language's ``THEME_NON_TOPICS``: times of day and seasons ("matin", "yesterday") and the
    formula of an anonymous source ("sous couvert d'anonymat", "on condition of anonymity"), which frame what an
    article tells but are no subject of it."""
    return frozenset(" ".join(stem for w in phrase.split() for stem in _word_stems(w, lang.STEMMER))
                     for phrase in lang.THEME_NON_TOPICS)


#: Dependencies of a word that qualifies a noun (an adjective, a noun used as a modifier).
_MODIFIER_DEPS = {"amod", "compound"}


def _is_cut_modifier(c: Candidate, doc: Doc) -> bool:
    """A phrase of common words cut from the noun it qualifies at every occurrence ("senior EU" of "senior EU
    official", « régionale du syndicat » of « section régionale du syndicat »): its words that hang outside it
    hang on one word next to it, at least one as its modifier (the complement « du syndicat » hangs on
    « section » too), so it names no thing of its own. (A sub-phrase keeping its head, "harcèlement
    sexuel" of « harcèlement sexuel au travail », hangs on a verb or a preposition.)"""
    if c.n_words < 2 or c.name:
        return False
    for start, end in zip(c.starts, c.ends):
        outer = [t for t in doc[start:end] if not start <= t.head.i < end]
        heads = {t.head.i for t in outer}
        if heads - {start - 1, end} or len(heads) != 1 or not any(t.dep_ in _MODIFIER_DEPS for t in outer):
            return False
    return True


def _is_clause_participle(c: Candidate, doc: Doc, lang: ModuleType) -> bool:
    """A noun and the past participle after it that tells what happened to the noun rather than names a kind of it,
    at most of its occurrences: a participle qualifying a noun outside the phrase (« sukuks prévue » cut from
    « l'émission de sukuks prévue »), one that disagrees with the noun in gender or number (« brouillons défendue »),
    or one after a vague noun (``THEME_VAGUE_NOUNS``: « communiqué publié », « déclaration transmise », a source's
    formula). "Emplois menacés" and "eaux usées", a participle that agrees with its noun and hangs on it, stay
    topics."""
    if c.n_words < 2 or c.name:
        return False
    vague = lang.THEME_VAGUE_NOUNS
    clauses = 0
    for start, end in zip(c.starts, c.ends):
        participle, noun = doc[end - 1], doc[end - 2]
        if participle.pos_ != "VERB":
            continue
        told = noun.lower_ in vague and c.n_words == 2 or not start <= participle.head.i < end
        clauses += told or not _agrees_in(noun, participle, ("Gender", "Number"))
    return 2 * clauses > len(c.starts)


def _agrees_in(left: Token, right: Token, features: tuple[str, ...]) -> bool:
    """False when both words carry one of the morphological ``features`` and their values differ."""
    return all(not (a := left.morph.get(f)) or not (b := right.morph.get(f)) or a == b for f in features)


#: A currency's abbreviation glued to the figure it measures ("Shs10", "N68"): letters, then digits.
_GLUED_FIGURE = re.compile(r"^([^\W\d_]{1,4})\d[\d.,]*$")


def _is_figure_unit(c: Candidate, doc: Doc, lang: ModuleType) -> bool:
    """A single word that counts money rather than names a subject: a currency or a scale of the language's
    ``FIGURE_UNITS`` ("kobo", « euros », « millions »), a currency glued to its figure ("Shs10"), or a word the
    model tags as part of an amount at most of its occurrences. It tells how much, not what a theme is about;
    what is counted ("34,180 homes", « 150 salariés ») stays a topic, and durations and distances, which may be
    the subject ("mining within two kilometres of a river"), stay topics but no label word
    (``THEME_VAGUE_NOUNS``)."""
    if c.n_words > 1:
        return False
    units = lang.FIGURE_UNITS
    glued = _GLUED_FIGURE.match(c.text)
    written = c.text if c.text.isupper() else c.text.lower()  # "FC", a club, is not « fc », the franc
    if written in units or glued is not None and glued.group(1).lower() in units:
        return True
    return 2 * sum(doc[a].ent_type_ == "MONEY" for a in c.starts) > len(c.starts)


def _is_people_of_place(c: Candidate, doc: Doc, entities: Sequence[Entity], lang: ModuleType) -> bool:
    """The inhabitants of a place named by their demonym ("Cantabrians", « les Millavois », « des Comoriens »):
    one capitalised word ending like a demonym (``DEMONYM_ENDINGS``) that most often follows a determiner or is
    tagged a nationality, and that names no organisation of the entity table (a party: "Republicans",
    « les Républicains »). Who lives there is not what a theme is about; the demonym lists hold countries only,
    so a town's or a region's people are known by their ending."""
    text = c.text
    if c.n_words > 1 or not text[:1].isupper() or not text.lower().endswith(lang.DEMONYM_ENDINGS):
        return False
    if any(e.label == "ORG" and text.casefold() in {f.casefold() for f in (e.name, *e.aliases)} for e in entities):
        return False
    people = sum(doc[a].ent_type_ == "NORP" or a > 0 and doc[a - 1].pos_ == "DET" for a in c.starts)
    return 2 * people > len(c.starts)


@dataclass(frozen=True)
class _People:
    """The persons of the entity table: the words of their names and aliases, and their names of several words."""

    words: frozenset[str]
    full_names: tuple[str, ...]

    @classmethod
    def of(cls, names: Collection[str]) -> _People:
        words = frozenset(w for name in names for w in _WORD.findall(name.casefold()))
        return cls(words, tuple(f" {n.casefold()} " for n in names if len(n.split()) > 1))


def _media_names(entities: Sequence[Entity], lang: ModuleType) -> frozenset[str]:
    """The names, lower case, of the news media of the language data and of the table's organisations whose name
    holds a medium's word ("Yonhap News Agency"), with their aliases."""
    media = lang.MEDIA
    words = lang.MEDIA_WORDS
    found = {form.casefold() for e in entities if e.label == "ORG" for form in (e.name, *e.aliases)
             if e.name.casefold() in media or any(w in words for w in _WORD.findall(e.name.casefold()))}
    return frozenset(media | found)


@lru_cache(maxsize=None)
def _titles_and_roles(lang: ModuleType) -> frozenset[str]:
    """The language's titles and role nouns, joined once (``_is_person`` asks for every word of every candidate)."""
    return frozenset(lang.TITLES | lang.ROLE_NOUNS)


def _is_person(c: Candidate, people: _People, lang: ModuleType) -> bool:
    """A person, named or described: titles or roles alone or heading a phrase ("la ministre", "the
    spokesperson", "diplomate occidental", "press secretary", « maire de Rouen », « députée LFI », "Labour MP",
    "Minister for Health"), capitalised words
    of persons' names with titles or roles at most ("président Trump"), or a phrase holding a person's full name
    ("FBI Special Agent Thomas Brennan"). The entity table's labels are used, not the tagger's, which may call a
    place a person ("Gaza")."""
    roles, text = _titles_and_roles(lang), c.text  # read once: Candidate.text picks the commonest form
    plain = _WORD.findall(text)
    head = _head_word(text, lang).casefold()
    if _is_role_acronym(head, text, lang) or " " in text and head in roles:
        return True  # a role with its modifiers or its complement: "diplomate occidental", « ministre du Commerce »
    words = [w for w in plain if w.casefold() not in roles]
    if all(w[:1].isupper() and w.casefold() in people.words for w in words):
        return True
    return any(name in f" {text.casefold()} " for name in people.full_names)


def _is_role_acronym(head: str, text: str, lang: ModuleType) -> bool:
    """Whether the head word (lower case) is the press's acronym of a role (``ROLE_ACRONYMS``), alone (« le DGS »)
    or after a word that qualifies it (« ancien DGS », "acting MD"): someone described. Opening a longer phrase it
    may name a body instead (« DG Trade », the Commission's directorate)."""
    return head in lang.ROLE_ACRONYMS and (" " not in text or not text.casefold().startswith(head))


def _head_word(phrase: str, lang: ModuleType) -> str:
    """The word a noun phrase is about: its first word where the head comes first (« ministre du Commerce »), past
    the words that qualify a role before it (``ROLE_MODIFIERS``: « ancien DGS », « ancienne ministre »), else the
    last before a lower-case stop word ("Minister" of "Minister for Health", "MP" of "Labour MP"). Words are split
    at spaces only: « Saint-Louis » is one word, no saint."""
    words = phrase.split()
    if lang.HEAD_FIRST:
        return next((w for w in words if w.casefold() not in lang.ROLE_MODIFIERS), words[-1])
    stop = stop_words(lang.__name__.rpartition(".")[2])
    before = next((i for i, w in enumerate(words) if i and w.islower() and w in stop), len(words))
    return words[before - 1]


def _local_keyphrases(unit: _Unit, candidates: list[Candidate], n_sentences: int, *,
                      size: int = _THEME_KEYPHRASES) -> list[Candidate]:
    """The unit's candidates that are important in the article and frequent in it: log(1 + global score) *
    occurrences inside * square root of the share inside * log(1 + sentences / sentences holding it), phrases of
    several words and names favoured; lone adjectives out. (A steeper share, squared, picked phrases that occur
    once in the article over its subject: on the dev press articles' gold themes it covered 0.67 of them, this
    0.75.)"""
    start, end = unit.sentences[0].start, unit.sentences[-1].end
    heading_start, heading_end = unit.heading_tokens
    local = []
    for c in candidates:
        inside = len([s for s in c.starts if start <= s < end])  # asked for every candidate of every unit
        if inside and not c.adjective:
            spread = math.log(1 + n_sentences / len(set(c.sentences)))
            kind = 1 + 0.5 * (c.n_words > 1) + c.name
            headed = 1 + _HEADING_WEIGHT * any(heading_start <= s < heading_end for s in c.starts)
            weight = math.log(1 + c.score) * inside * math.sqrt(inside / len(c.starts)) * spread * kind * headed
            local.append((weight, c))
    local.sort(key=lambda t: (-t[0], t[1].first, t[1].key))
    chosen: list[Candidate] = []
    for _, c in local:
        if not any(_same_topic(c, k) for k in chosen):
            chosen.append(c)
        if len(chosen) == size:
            break
    return chosen


def _same_topic(a: Candidate, b: Candidate) -> bool:
    """Whether a theme would list the same topic twice: one key holds the other, or one shown text holds the other's
    of several words. The text counts for an entity shown under its table's name: the acronym « CRCM » shown as
    « Comité régional conchylicole de Méditerranée » holds the phrase « Comité régional conchylicole », a piece of
    it, whereas a single word or a name inside a name may be a subject of its own ("water" inside "Arizona
    Department of Water Resources", "Hong Kong" inside "American Chamber of Commerce in Hong Kong")."""
    if _overlap(a.key, b.key):
        return True
    short, long = sorted((a, b), key=lambda c: len(c.text))
    piece = short.text.casefold()
    return " " in piece and not short.name and f" {piece} " in f" {long.text.casefold()} "


def _overlap(a: str, b: str) -> bool:
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _supporting_sentences(unit: _Unit, keyphrases: list[Candidate]) -> list[Span]:
    """The sentence holding the most keyphrases (the best first), then one adding keyphrases it lacks."""
    weights = {c.key: len(keyphrases) - i for i, c in enumerate(keyphrases)}
    holds = {s.start: {c.key for c in keyphrases if any(s.start <= p < s.end for p in c.starts)}
             for s in unit.sentences}
    by_weight = sorted(unit.sentences, key=lambda s: (-sum(weights[k] for k in holds[s.start]), s.start))
    first = by_weight[0]
    second = next((s for s in by_weight[1:] if holds[s.start] - holds[first.start]), None)
    return sorted([first] + ([second] if second is not None else []), key=lambda s: s.start)


def _label(keyphrases: list[str], lang: ModuleType, *, max_words: int = 6,
           short: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """The first keyphrase (whole, however long: a name is not cut), joined by "et"/"and" to the next one that
    does not repeat it (``_repeats``: "Petit taxi et taxi rouge") when the whole stays short, and the keyphrases it
    holds. A lone vague noun (``THEME_VAGUE_NOUNS``: "statement", « décision ») is left out while others remain:
    "Court and matter" tells an analyst nothing the keyphrases "adjournment" or "contractor" would not. (The caller
    passes the keyphrases no earlier theme's label holds, so labels differ.) A keyphrase with a ``short`` form (an
    entity's acronym) is written so; whether the next one repeats it is read on the full name ("LFI" and "France"
    would repeat « La France insoumise »)."""
    vague = lang.THEME_VAGUE_NOUNS
    keyphrases = [k for k in keyphrases if k not in vague] or keyphrases
    if not keyphrases:
        return "", []
    short = short or {}
    words, used = short.get(keyphrases[0], keyphrases[0]).split(), keyphrases[:1]
    stop = stop_words(lang.__name__.rpartition(".")[2])  # which two keyphrases may share
    second = next((k for k in keyphrases[1:] if not _repeats(keyphrases[0], k, stop=stop)), None)
    if second is not None and len(words) + 1 + len(short.get(second, second).split()) <= max_words:
        words += [lang.AND_WORD, *short.get(second, second).split()]
        used = [keyphrases[0], second]
    label = " ".join(words)
    return label[:1].upper() + label[1:], used


def _repeats(first: str, other: str, *, stop: frozenset[str]) -> bool:
    """Whether two keyphrases would say the same thing twice in a label: they share a lower-case word that is no
    ``stop`` word ("raw data", "data file") or one holds every word of the other ("Pakistan", "Taliban Pakistan").
    Names that share a capitalised word are different things ("Assemblée de Corse", "Assemblée nationale")."""
    a, b = _WORD.findall(first), _WORD.findall(other)
    common = {w for w in a if w.islower() and w not in stop} & {w for w in b if w.islower()}
    folded_a, folded_b = {w.casefold() for w in a}, {w.casefold() for w in b}
    return bool(common) or folded_a <= folded_b or folded_b <= folded_a


# --- sentences ----------------------------------------------------------------------------------------------------


def _sentence_keys(doc: Doc, ranked: list[Candidate]) -> dict[int, set[str]]:
    numbers = _sentence_numbers(doc)
    starts = [s.start for s in doc.sents]
    keys: dict[int, set[str]] = defaultdict(set)
    for c in ranked:
        for p in c.starts:
            keys[starts[numbers[p]]].add(c.key)
    return keys


def _paragraph_of(sentence: Span, units: list[_Unit]) -> int:
    return next((i for i, u in enumerate(units) if any(s.start == sentence.start for s in u.sentences)), -1)


def _overlaps(sentence: Span, spans: list[tuple[int, int]]) -> bool:
    return any(a < sentence.end_char and sentence.start_char < b for a, b in spans)


def _sentence_text(document: Document, sentence: Span) -> str:
    """The sentence as written in the document (curly apostrophes kept), surrounding space and a kicker or
    dateline in capitals before a dash stripped."""
    return _CAPITAL_KICKER.sub("", document.text[sentence.start_char:sentence.end_char].strip(), count=1)
