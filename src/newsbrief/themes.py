"""Keyphrases, themes with their supporting sentences, and a three-sentence extractive summary.

Candidates are spaCy noun chunks and named entities, stripped of determiners and grouped by their lemmas.
A candidate scores by how often and how early it appears, with a bonus for phrases of several words. Themes
follow the article's sections when it has headings; otherwise each theme grows around a top keyphrase and the
sentences that use it. Everything is deterministic (ties broken by position).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.records import Document, Quote, Theme

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MAX_THEMES = 5
_MIN_THEMES = 3
_STRIP_POS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM", "SPACE", "ADV", "AUX"}


@dataclass
class Candidate:
    """One keyphrase candidate: its key (lemmas), surface forms and the sentences it occurs in."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    sentences: list[int] = field(default_factory=list)
    n_words: int = 1

    @property
    def text(self) -> str:
        return min(self.forms, key=lambda f: (-self.forms[f], f))


def rank_keyphrases(doc: Doc, *, lang: ModuleType, top: int = 20) -> list[Candidate]:
    """Candidates ranked best first."""
    sentences = list(doc.sents)
    candidates = _candidates(doc, sentences, lang)
    n = max(1, len(sentences))

    def score(c: Candidate) -> float:
        first = min(c.sentences)
        return len(c.sentences) * (1 + 0.5 * (c.n_words > 1)) * (1 + (n - first) / n)

    ranked = sorted(candidates.values(), key=lambda c: (-score(c), min(c.sentences), c.key))
    return _drop_nested(ranked)[:top]


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


# --- candidates ---------------------------------------------------------------------------------------------------


def _candidates(doc: Doc, sentences: list[Span], lang: ModuleType) -> dict[str, Candidate]:
    index = {s.start: i for i, s in enumerate(sentences)}
    stop = doc.vocab.lang and set(lang.EXTRA_STOP_WORDS)
    found: dict[str, Candidate] = {}
    for span in [*_noun_chunks(doc), *doc.ents]:
        tokens = _trim(list(span))
        if not tokens or all(t.is_stop or t.lemma_.lower() in stop for t in tokens) or len(tokens) > 5:
            continue
        if len("".join(t.text for t in tokens)) < 3:
            continue
        key = " ".join(t.lemma_.lower() if t.pos_ != "PROPN" else t.text.lower() for t in tokens)
        candidate = found.setdefault(key, Candidate(key=key, n_words=len(tokens)))
        candidate.forms[doc.text[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]] += 1
        candidate.sentences.append(index.get(span.sent.start, 0))
    return found


def _noun_chunks(doc: Doc) -> list[Span]:
    try:
        return list(doc.noun_chunks)
    except (NotImplementedError, ValueError):
        return []


def _trim(tokens: list) -> list:
    while tokens and (tokens[0].pos_ in _STRIP_POS or tokens[0].is_stop and tokens[0].pos_ != "PROPN"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in _STRIP_POS or tokens[-1].is_stop and tokens[-1].pos_ != "PROPN"):
        tokens = tokens[:-1]
    if any(t.is_punct and t.text not in "-'" for t in tokens) or any("\n" in t.text for t in tokens):
        return []
    return tokens


def _drop_nested(ranked: list[Candidate]) -> list[Candidate]:
    """Leave out a phrase whose words all belong to a better-ranked phrase that occurs as often."""
    kept: list[Candidate] = []
    for candidate in ranked:
        words = set(candidate.key.split())
        if not any(words < set(k.key.split()) and len(k.sentences) >= len(candidate.sentences) for k in kept):
            kept.append(candidate)
    return kept


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
