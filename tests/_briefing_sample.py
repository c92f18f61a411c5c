"""A hand-built analysis for the rendering tests (display, charts, rendering): no spaCy needed.

Not collected by pytest (no ``test_`` prefix); imported by the test modules, which pytest puts on ``sys.path``.
"""

from __future__ import annotations

import copy
from typing import Any

from newsbrief.records import Analysis

TEXT = (
    "La vision de Kassym-Jomart Tokaïev\n\n"
    "« La connectivité est devenue un enjeu central de notre agenda commun », affirme le président "
    "kazakhstanais. Selon l'ONU, « <script>alert('x')</script> » n'est pas une citation. "
    "Le président Tokaïev rappelle que « la voie vers la paix passe par les négociations »."
)

SAMPLE: dict[str, Any] = {
    "document": {
        "id": "sample_0001",
        "path": "/data/in/sample & co.txt",
        "title": "La vision de Kassym-Jomart Tokaïev <b>",
        "date": "2026-02-06",
        "language": "fr",
        "n_words": 42,
        "sha256": "0" * 64,
        "text": TEXT,
        "blocks": [{"kind": "title", "start": 0, "end": 34, "text": "La vision de Kassym-Jomart Tokaïev"}],
    },
    "quotes": [
        {
            "text": "La connectivité est devenue un enjeu central de notre agenda commun",
            "start": 38, "end": 105, "kind": "speech", "speaker": "Kassym-Jomart Tokaïev",
            "speaker_mention": "le président kazakhstanais", "resolution": "nominal", "cue": "affirme",
            "key": True, "fragment": False,
        },
        {
            "text": "<script>alert('x')</script>", "start": 160, "end": 190, "kind": "speech",
            "speaker": None, "speaker_mention": None, "resolution": "unknown", "cue": None,
            "key": True, "fragment": False,
        },
        {
            "text": "la voie vers la paix passe par les négociations", "start": 230, "end": 280,
            "kind": "speech", "speaker": "Kassym-Jomart Tokaïev", "speaker_mention": "Le président Tokaïev",
            "resolution": "explicit", "cue": "rappelle", "key": False, "fragment": False,
        },
    ],
    "entities": [
        {"name": "Kazakhstan", "label": "LOC", "count": 9, "aliases": [], "first_start": 300,
         "resolved_mentions": 0, "linked_forms": {"kazakhstanais": 3}, "ambiguous": False},
        {"name": "Kassym-Jomart Tokaïev", "label": "PER", "count": 12, "aliases": ["Tokaïev", "Tokayev"],
         "first_start": 13, "resolved_mentions": 4, "linked_forms": {}, "ambiguous": False},
        {"name": "ONU", "label": "ORG", "count": 2, "aliases": [], "first_start": 140,
         "resolved_mentions": 0, "linked_forms": {}, "ambiguous": False},
        {"name": "Accords d'Abraham", "label": "MISC", "count": 1, "aliases": [], "first_start": 400,
         "resolved_mentions": 0, "linked_forms": {}, "ambiguous": False},
        {"name": "Trump", "label": "PER", "count": 1, "aliases": [], "first_start": 500,
         "resolved_mentions": 0, "linked_forms": {}, "ambiguous": True},
    ],
    "themes": [
        {"label": "connectivité régionale", "keyphrases": ["corridor", "routes commerciales"],
         "sentences": ["La connectivité est devenue un enjeu central."], "heading": "La vision de Tokaïev"},
        {"label": "paix et négociations", "keyphrases": ["négociations"],
         "sentences": ["La voie vers la paix passe par les négociations."], "heading": None},
    ],
    "keyphrases": ["connectivité", "corridor", "négociations"],
    "summary": ["Le président défend une diplomatie de l'équilibre.", "Il mise sur la connectivité.",
                "Il appelle à négocier."],
    "provenance": {"newsbrief": "0.1.0", "spacy": "3.8.18", "model": {"name": "fr_core_news_sm", "version": "3.8.0"},
                   "parameters": {"summary_sentences": 3}},
}


def sample_dict() -> dict[str, Any]:
    """A fresh copy of the sample, safe to modify."""
    return copy.deepcopy(SAMPLE)


def sample_analysis() -> Analysis:
    return Analysis.from_dict(sample_dict())
