"""Keyphrases, themes with their supporting sentences, and a three-sentence extractive summary.

Keyphrases: candidates are the noun groups of spaCy's parse (nouns, names and adjectives, joined by "de"/"of"),
every sub-phrase of them that does not cut a name, and the named entities; they are grouped by Snowball stems.
A candidate scores by frequency, presence in the headline, specificity (document frequencies shipped in
``data/``), length and being a name (weights chosen on the Wikinews dev split, see benchmarks/keyphrases.py).
Everything is deterministic (ties broken by position).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.records import Document, Quote, Theme

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MAX_THEMES = 5
_MIN_THEMES = 3
_STRIP_POS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM", "SPACE", "ADV", "AUX"}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ"}
_CONTENT_WORD = re.compile(r"^[^\W\d_][\w'-]*$")
_WORD = re.compile(r"[^\W_]+")

@dataclass
class Candidate:
    """One keyphrase candidate: its key (Snowball stems), surface forms, token positions and sentences."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    starts: list[int] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    n_words: int = 1
    name: bool = False
    adjective: bool = False
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

    score = tf**frequency * (1 + headline·in headline) / (1 + position·first offset) * (1 + specificity·idf)
    * length[n words] * (1 + name·is a name) * (adjective if only adjectives)
    """

    frequency: float = 1.5
    headline: float = 4.0
    position: float = 0.0
    specificity: float = 1.0
    length: tuple[float, ...] = (1.0, 1.5, 1.0, 0.1)
    name: float = 1.0
    adjective: float = 1.0
    max_words: int = 5


def rank_keyphrases(doc: Doc, *, lang: ModuleType, top: int = 20,
                    weights: KeyphraseWeights | None = None) -> list[Candidate]:
    """Candidates ranked best first, stemmed repeats and partial names merged, nested phrases thinned."""
    weights = weights or KeyphraseWeights()
    candidates = list(_candidates(doc, lang, weights.max_words).values())
    idf = _idf_table(lang.STEMMER)
    headline_end = next(doc.sents).end if len(doc) else 0
    for c in candidates:
        c.score = _score(c, weights, idf, headline_end=headline_end, n_tokens=max(1, len(doc)))
    ranked = sorted(candidates, key=lambda c: (-c.score, c.first, c.key))
    return _drop_nested(ranked)[:top]


def _score(c: Candidate, w: KeyphraseWeights, idf: dict[str, float], *, headline_end: int, n_tokens: int) -> float:
    default = idf.get("", 0.0)
    specificity = max(idf.get(s, default) for s in c.key.split())
    score = len(c.starts) ** w.frequency * (1 + w.headline * (c.first < headline_end))
    score *= (1 + w.specificity * specificity) / (1 + w.position * c.first / n_tokens)
    score *= w.length[min(c.n_words, len(w.length)) - 1] * (1 + w.name * c.name)
    return score * (w.adjective if c.adjective else 1.0)


# --- candidates ---------------------------------------------------------------------------------------------------


def _candidates(doc: Doc, lang: ModuleType, max_words: int) -> dict[str, Candidate]:
    """Noun groups and their sub-phrases, plus named entities, grouped by stems."""
    sentence_of = _sentence_numbers(doc)
    stem = _stemmer(lang.STEMMER)
    stop = set(lang.EXTRA_STOP_WORDS)
    found: dict[str, Candidate] = {}
    for start, end in sorted(_candidate_spans(doc, lang, stop, max_words)):
        tokens = doc[start:end]
        key = " ".join(stem.stemWords([w for t in tokens for w in _WORD.findall(t.lower_)]))
        if not key:
            continue
        candidate = found.setdefault(key, Candidate(key=key, n_words=len(key.split())))
        candidate.forms[_surface(tokens)] += 1
        candidate.starts.append(start)
        candidate.sentences.append(sentence_of[start])
        candidate.name = all(t.pos_ == "PROPN" for t in tokens)
        candidate.adjective = all(t.pos_ == "ADJ" for t in tokens)
    return _merge_partial_names(found)


def _candidate_spans(doc: Doc, lang: ModuleType, stop: set[str], max_words: int) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for start, end in _noun_groups(doc, lang, stop):
        spans.update(_sub_spans(doc, start, end, stop, max_words))
    for ent in doc.ents:
        tokens = _trim(list(ent))
        if tokens and not any("\n" in t.text for t in tokens) and len(tokens) <= max_words:
            spans.add((tokens[0].i, tokens[-1].i + 1))
    return spans


def _is_content(token: Token, stop: set[str]) -> bool:
    return (token.pos_ in _CONTENT_POS and not token.is_stop and token.lower_ not in stop and len(token.text) > 1
            and bool(_CONTENT_WORD.match(token.text)))


def _noun_groups(doc: Doc, lang: ModuleType, stop: set[str]) -> list[tuple[int, int]]:
    """Maximal runs of nouns, names and adjectives, joined by a link word (and article) before a noun."""
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _is_content(doc[i], stop):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and not doc[end].is_sent_start:
            if _is_content(doc[end], stop):
                end += 1
            elif (after := _linked_noun(doc, end, lang, stop)) is not None:
                end = after + 1
            else:
                break
        groups.append((i, end))
        i = end
    return groups


def _linked_noun(doc: Doc, i: int, lang: ModuleType, stop: set[str]) -> int | None:
    """The index of the noun a link word at ``i`` leads to ("de [la] N"), else None."""
    if doc[i].lower_ not in lang.KEYPHRASE_LINKS:
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ in lang.KEYPHRASE_ARTICLES:
        j += 1
    if j < len(doc) and _is_content(doc[j], stop) and doc[j].pos_ != "ADJ" and not doc[j].is_sent_start:
        return j
    return None


def _sub_spans(doc: Doc, start: int, end: int, stop: set[str], max_words: int) -> list[tuple[int, int]]:
    """Every sub-span of a noun group that starts and ends on a content word and does not cut a name."""
    bounds = [i for i in range(start, end) if _is_content(doc[i], stop)]
    spans = []
    for a in bounds:
        if a > start and _same_name(doc[a - 1], doc[a]):
            continue
        for b in bounds:
            if b < a or (b + 1 < end and _same_name(doc[b], doc[b + 1])):
                continue
            if sum(_is_content(t, stop) for t in doc[a:b + 1]) > max_words:
                break
            spans.append((a, b + 1))
    return spans


def _same_name(left: Token, right: Token) -> bool:
    return left.pos_ == right.pos_ == "PROPN"


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].pos_ in _STRIP_POS or tokens[0].is_stop and tokens[0].pos_ != "PROPN"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in _STRIP_POS or tokens[-1].is_stop and tokens[-1].pos_ != "PROPN"):
        tokens = tokens[:-1]
    return tokens


def _surface(tokens: Span) -> str:
    """The words as written, lowercased unless a name or an acronym ("harcèlement sexuel", "CGT")."""
    parts = []
    for t in tokens:
        keep = t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1) or t.ent_type_ and t.text[:1].isupper()
        parts.append((t.text if keep else t.lower_) + t.whitespace_)
    return "".join(parts).strip()


def _merge_partial_names(found: dict[str, Candidate]) -> dict[str, Candidate]:
    """Fold a name that is part of exactly one longer name ("Diouf" in "Mouss Diouf") into the longer one."""
    names = [c for c in found.values() if c.name]
    for short in sorted(names, key=lambda c: c.n_words):
        longer = [c for c in names if c.n_words > short.n_words and f" {short.key} " in f" {c.key} "
                  and found.get(c.key) is c]
        if len(longer) == 1:
            target = longer[0]
            target.starts += short.starts
            target.sentences += short.sentences
            del found[short.key]
    return found


def _drop_nested(ranked: list[Candidate]) -> list[Candidate]:
    """Leave out a phrase inside a better-ranked longer phrase that occurs at least as often."""
    kept: list[Candidate] = []
    for candidate in ranked:
        inner = f" {candidate.key} "
        if not any(inner in f" {k.key} " and len(k.starts) >= len(candidate.starts) for k in kept):
            kept.append(candidate)
    return kept


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for n, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            numbers[i] = n
    return numbers


@lru_cache(maxsize=4)
def _stemmer(name: str):  # noqa: ANN202 - snowballstemmer has no types
    import snowballstemmer

    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=4)
def _idf_table(stemmer: str) -> dict[str, float]:
    """log(N / (1 + df)) per stem from ``data/df-<stemmer>.tsv``; key "" holds the value for an unseen stem."""
    try:
        text = resources.files("newsbrief").joinpath(f"data/df-{stemmer}.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return parse_document_frequencies(text)


def parse_document_frequencies(text: str) -> dict[str, float]:
    """``#`` comment lines, a ``documents<TAB>N`` line, then ``stem<TAB>df`` lines -> idf per stem."""
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    counts = {stem: int(df) for stem, df in rows}
    n = counts.pop("documents", 1)
    table = {stem: math.log(n / (1 + df)) for stem, df in counts.items()}
    return {**table, "": math.log(n)}


def extract_themes(doc: Doc, document: Document, ranked: list[Candidate], *, quotes: list[Quote]) -> list[Theme]:
    """3–5 themes (fewer for a short article), by section when the article has headings."""
    sentences = [s for s in doc.sents if s.text.strip()]
    sections = _sections(document, sentences)
    if len(sections) >= _MIN_THEMES:
        themes = [_section_theme(heading, members, ranked) for heading, members in sections]
        return [t for t in themes if t.sentences][:_MAX_THEMES + 1]
    return _keyphrase_themes(sentences, ranked)


def summarise(doc: Doc, document: Document, ranked: list[Candidate], *, quotes: list[Quote],
              size: int = 3) -> list[str]:
    """``size`` sentences in article order: the lede's first sentence, then the sentences that carry the most
    keyphrases, leaving out headings and sentences holding a key quote."""
    paragraphs = [(b.start, b.end) for b in document.blocks if b.kind == "paragraph"]
    sentences = [s for s in doc.sents if any(a <= s.start_char < b for a, b in paragraphs) and len(s) > 4]
    if not sentences:
        return []
    key_spans = [(q.start, q.end) for q in quotes if q.key]
    weights = {c.key: 1.0 / (rank + 1) for rank, c in enumerate(ranked)}
    scored = [(sum(weights.get(k, 0) for k in _keys_in(s, ranked)), -i, s) for i, s in enumerate(sentences[1:], 1)
              if not any(s.start_char <= a < s.end_char for a, _ in key_spans)]
    chosen = [sentences[0]] + [s for _, _, s in sorted(scored, key=lambda t: (-t[0], -t[1]))[: size - 1]]
    return [_clean(document.text[s.start_char:s.end_char]) for s in sorted(chosen, key=lambda s: s.start)]


def _keys_in(sentence: Span, ranked: list[Candidate]) -> list[str]:
    index = sentence.doc[sentence.start:sentence.start + 1]
    position = [i for i, s in enumerate(sentence.doc.sents) if s.start == sentence.start]
    _ = index
    return [c.key for c in ranked if position and position[0] in c.sentences]


# --- themes -----------------------------------------------------------------------------------------------------


def _sections(document: Document, sentences: list[Span]) -> list[tuple[str | None, list[Span]]]:
    """(heading, sentences) for the lede and each headed section."""
    headings = [b for b in document.blocks if b.kind == "heading"]
    if len(headings) < 2:
        return []
    sections: dict[int, list[Span]] = defaultdict(list)
    for sentence in sentences:
        owner = max((i for i, h in enumerate(headings) if h.start <= sentence.start_char), default=-1)
        if owner == -1 or sentence.start_char >= headings[owner].end:
            sections[owner].append(sentence)
    return [(headings[i].text if i >= 0 else None, sections[i]) for i in sorted(sections)]


def _section_theme(heading: str | None, members: list[Span], ranked: list[Candidate]) -> Theme:
    positions = {s.start for s in members}
    all_sents = list(members[0].doc.sents) if members else []
    indices = {i for i, s in enumerate(all_sents) if s.start in positions}
    local = [c for c in ranked if indices & set(c.sentences)]
    local.sort(key=lambda c: -len(indices & set(c.sentences)))
    keyphrases = tuple(c.text for c in local[:5])
    label = _label(heading) if heading else (keyphrases[0].capitalize() if keyphrases else "Introduction")
    best = sorted(members, key=lambda s: -sum(1 for c in local[:5] if _sentence_index(s, all_sents) in c.sentences))
    chosen = sorted(best[:2], key=lambda s: s.start)
    return Theme(label=label, keyphrases=keyphrases, sentences=tuple(_clean(s.text) for s in chosen), heading=heading)


def _keyphrase_themes(sentences: list[Span], ranked: list[Candidate]) -> list[Theme]:
    all_sents = list(sentences[0].doc.sents) if sentences else []
    themes: list[Theme] = []
    used: set[int] = set()
    for candidate in ranked:
        fresh = [i for i in candidate.sentences if i not in used]
        if not fresh or len(themes) >= _MAX_THEMES:
            continue
        related = [c.text for c in ranked if c is not candidate and set(c.sentences) & set(candidate.sentences)]
        chosen = sorted(set(fresh))[:2]
        used.update(candidate.sentences)
        themes.append(Theme(label=candidate.text[:1].upper() + candidate.text[1:],
                            keyphrases=tuple([candidate.text, *related[:4]]),
                            sentences=tuple(_clean(all_sents[i].text) for i in chosen if i < len(all_sents))))
    return themes


def _sentence_index(sentence: Span, all_sents: list[Span]) -> int:
    return next((i for i, s in enumerate(all_sents) if s.start == sentence.start), -1)


def _label(heading: str) -> str:
    text = re.sub(r"\s+", " ", heading).strip()
    return text if len(text) <= 90 else text[:87].rsplit(" ", 1)[0] + "…"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
