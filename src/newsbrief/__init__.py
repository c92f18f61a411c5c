"""newsbrief: briefings (quotes with speakers, entities, themes) from press articles.

Importing the package is cheap: spaCy and the notebook machinery load only when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "load_documents": "newsbrief.loading",
    "load_document": "newsbrief.loading",
    "analyse_document": "newsbrief.analysis",
    "analyse_documents": "newsbrief.analysis",
    "prepare_briefing": "newsbrief.analysis",
    "load_corpus": "newsbrief.corpus",
    "Corpus": "newsbrief.corpus",
    "Analysis": "newsbrief.records",
    "Document": "newsbrief.records",
    "Quote": "newsbrief.records",
    "Entity": "newsbrief.records",
    "Theme": "newsbrief.records",
}

if TYPE_CHECKING:  # pragma: no cover
    from newsbrief.analysis import analyse_document, analyse_documents
    from newsbrief.corpus import Corpus, load_corpus
    from newsbrief.loading import load_document, load_documents
    from newsbrief.records import Analysis, Document, Entity, Quote, Theme


def __getattr__(name: str) -> Any:
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")


__all__ = sorted(_LAZY) + ["__version__"]
