"""The grammar the cue finder and the speaker resolver share, on parsed French and English sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from newsbrief.grammar import determiner, honorific_before, noun_phrase, possessor
from newsbrief.lang import en, fr
from newsbrief.nlp import load_pipeline, normalise_text

if TYPE_CHECKING:
    from types import ModuleType

    from spacy.tokens import Doc, Token


def parse(language: str, text: str) -> Doc:
    return load_pipeline(language)(normalise_text(text))


def token(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


COLONNA = "La ministre des Affaires étrangères, Catherine Colonna, a rencontré le président Tokaïev à Astana."
DIPLOMAT = "Un diplomate européen, qui a requis l'anonymat, estime que la crise va durer."
TORY = "One senior Tory figure said the shadow minister had resigned."


@pytest.mark.parametrize(("language", "text", "noun", "expected"), [
    ("fr", COLONNA, "ministre", "la"),
    ("fr", COLONNA, "président", "le"),
    ("fr", COLONNA, "Affaires", ""),  # "des" is a preposition and article in one: no determiner of its own
    ("fr", DIPLOMAT, "diplomate", "un"),
    ("en", TORY, "figure", "one"),  # "one" counts
    ("en", TORY, "minister", "the"),
])
def test_determiner(language: str, text: str, noun: str, expected: str) -> None:
    assert determiner(token(parse(language, text), noun)) == expected


@pytest.mark.parametrize(("language", "text", "head", "words"), [
    ("fr", COLONNA, "président", ["le", "président", "Tokaïev"]),  # the name in the phrase, not the place after it
    ("fr", COLONNA, "ministre", ["La", "ministre", "des", "Affaires", "étrangères", ",", "Catherine", "Colonna"]),
    ("fr", DIPLOMAT, "diplomate", ["Un", "diplomate", "européen", ","]),  # without its relative clause
    ("en", TORY, "figure", ["One", "senior", "Tory", "figure"]),
])
def test_noun_phrase(language: str, text: str, head: str, words: list[str]) -> None:
    assert [t.text for t in noun_phrase(token(parse(language, text), head))] == words


@pytest.mark.parametrize(("lang", "text", "name", "expected"), [
    (fr, "Selon le Très Honorable Paul Ndayishimiye, le budget tiendra.", "Paul", 2),
    (fr, "La ministre, Ir Jeanine Nsabimana, a répondu.", "Jeanine", 1),
    (fr, "La ministre Jeanine Nsabimana a répondu.", "Jeanine", 0),  # a role is no honorific
    (en, "Tan Sri Nor Hayati said the talks would go on.", "Nor", 2),
])
def test_honorific_before(lang: ModuleType, text: str, name: str, expected: int) -> None:
    doc = spacy.blank(lang.__name__.rsplit(".", 1)[-1])(text)
    assert honorific_before(doc, token(doc, name).i, lang) == expected


@pytest.mark.parametrize(("text", "noun", "owner"), [
    ("Ward's description of the deal as a betrayal angered the union.", "description", "Ward"),
    ("In her view, the deal was a betrayal.", "view", "her"),
    ("The description of the deal surprised nobody.", "description", None),
])
def test_possessor(text: str, noun: str, owner: str | None) -> None:
    found = possessor(token(parse("en", text), noun))
    assert (found.text if found is not None else None) == owner
