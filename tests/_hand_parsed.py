"""Sentences parsed by hand, to test the rules that repair the parser's known mistakes whatever the model does.

Not collected by pytest (no ``test_`` prefix); imported by the test modules, which pytest puts on ``sys.path``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsbrief.nlp import load_pipeline

if TYPE_CHECKING:
    from collections.abc import Sequence

#: One token: (text, lemma, part of speech, dependency, head index, entity IOB tag, morphology, space after).
Row = tuple[str, str, str, str, int, str, str, bool]


def hand_parsed(language: str, rows: Sequence[Row]) -> Doc:
    """A document with the given tokens, lemmas, tags, dependencies and entities, in the language's vocabulary."""
    return Doc(load_pipeline(language).vocab, words=[r[0] for r in rows], spaces=[r[7] for r in rows],
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows],
               heads=[r[4] for r in rows], ents=[r[5] for r in rows], morphs=[r[6] for r in rows])
