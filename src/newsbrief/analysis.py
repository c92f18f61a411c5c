"""One document in, one :class:`~newsbrief.records.Analysis` out: entities, quotes, themes, summary.

``analyse_documents`` loads each language's model once and parses with ``nlp.pipe``; ``analyse_document`` is
the same for one document. ``prepare_briefing`` is what the briefing notebook calls: it reads a cached analysis
when the batch stage made one, else it loads and analyses the file itself (JupyterLab use).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata
from typing import TYPE_CHECKING, Any

from newsbrief.cues import speech_subject_tokens
from newsbrief.entities import extract_entities, names_only_quoted, with_resolved_mentions
from newsbrief.lang import get_language_data
from newsbrief.nlp import load_pipeline, model_version, normalise_text
from newsbrief.quotes import extract_quotes
from newsbrief.records import Analysis, Document
from newsbrief.themes import ALL_CANDIDATES, extract_themes, paragraph_runs, rank_keyphrases, summarise

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_PARAMETERS: dict[str, Any] = {"top_quotes": 8, "top_keyphrases": 15}


def analyse_document(document: Document, *, top_quotes: int = 8) -> Analysis:
    """The analysis of one document (loads the language's model on first use in this process)."""
    return next(analyse_documents([document], top_quotes=top_quotes))


def analyse_documents(documents: Iterable[Document], *, top_quotes: int = 8,
                      batch_size: int = 8) -> Iterator[Analysis]:
    """Analyses in input order; each language's pipeline is loaded once and fed with ``nlp.pipe``."""
    pending = list(documents)
    by_language: dict[str, list[int]] = {}
    for i, document in enumerate(pending):
        by_language.setdefault(document.language, []).append(i)
    results: dict[int, Analysis] = {}
    for language, indices in by_language.items():
        nlp = load_pipeline(language)
        texts = (normalise_text(pending[i].text, language) for i in indices)
        for i, doc in zip(indices, nlp.pipe(texts, batch_size=batch_size)):
            results[i] = analyse_parsed(doc, pending[i], top_quotes=top_quotes)
    for i in range(len(pending)):
        yield results.pop(i)


def analyse_parsed(doc: Doc, document: Document, *, top_quotes: int = 8) -> Analysis:
    """The analysis of a document already parsed by its language's pipeline."""
    lang = get_language_data(document.language)
    heads = tuple(speech_subject_tokens(doc, lang=lang))  # one scan for the entities and the quotes
    table = extract_entities(doc, lang=lang, speech_heads=heads)
    quotes = extract_quotes(doc, document, table, lang=lang, top_quotes=top_quotes, speech_heads=heads)
    resolved = Counter(q.speaker for q in quotes if q.speaker and q.resolution in ("pronoun", "nominal"))
    spoken = names_only_quoted(table, [(q.start, q.end) for q in quotes if q.kind == "speech"])
    entities = with_resolved_mentions(table.entities, resolved, quoted_only=spoken)
    ranked = rank_keyphrases(doc, lang=lang, top=ALL_CANDIDATES)
    runs = paragraph_runs(doc, document, ranked, lang=lang)
    parameters = analysis_parameters(top_quotes=top_quotes)
    return Analysis(
        document=document,
        quotes=tuple(quotes),
        entities=tuple(entities),
        themes=tuple(extract_themes(doc, document, ranked, quotes=quotes, entities=entities, runs=runs)),
        keyphrases=tuple(c.text for c in ranked[: DEFAULT_PARAMETERS["top_keyphrases"]]),
        summary=tuple(summarise(doc, document, ranked, quotes=quotes, runs=runs)),
        provenance=provenance(document, parameters),
    )


def provenance(document: Document, parameters: dict[str, Any]) -> dict[str, Any]:
    """What produced an analysis: input hash, versions and parameters (no clock time: outputs stay stable)."""
    return {
        "input_sha256": document.sha256,
        "newsbrief": _version("newsbrief"),
        "spacy": _version("spacy"),
        "model": model_version(document.language),
        "parameters": dict(sorted(parameters.items())),
    }


@lru_cache(maxsize=None)
def _version(package: str) -> str:
    """An installed package's version, read once per process (each read scans the installed distributions)."""
    return metadata.version(package)


def analysis_parameters(*, top_quotes: int = 8) -> dict[str, Any]:
    """The parameters an analysis records in its provenance (and its cache key depends on)."""
    return {**DEFAULT_PARAMETERS, "top_quotes": top_quotes}


def cache_key(document: Document, parameters: dict[str, Any]) -> str:
    """A key that changes when the input, the parameters or any version changes."""
    return provenance_key(provenance(document, parameters))


def provenance_key(provenance: dict[str, Any]) -> str:
    """:func:`cache_key` of the analysis that recorded ``provenance`` (to check a cached analysis)."""
    payload = json.dumps(provenance, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def prepare_briefing(document_path: str, *, analysis_path: str | None = None, top_quotes: int = 8) -> Analysis:
    """The analysis a briefing shows: the cached one when ``analysis_path`` is given, else computed now."""
    from newsbrief.loading import load_document, read_analysis

    if analysis_path:
        return read_analysis(analysis_path)
    return analyse_document(load_document(document_path), top_quotes=top_quotes)
