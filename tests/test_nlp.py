"""The text the pipelines read: normalised character for character, so that every offset still holds."""

from __future__ import annotations

import pytest

from newsbrief.nlp import normalise_text

CASES = [
    # (language, text, normalised)
    (None, "l’Élysée\u00a0: «\u202fNon\u202f»", "l'Élysée : « Non »"),
    ("fr", "A Bruxelles, un haut fonctionnaire.", "À Bruxelles, un haut fonctionnaire."),
    ("fr", "Il a parlé. A Paris, on temporise.\n\nA la sortie, « A quoi bon ? »",
     "Il a parlé. À Paris, on temporise.\n\nÀ la sortie, « À quoi bon ? »"),
    ("fr", "Le plan A sera lancé. Airbus A320. A-t-il menti ?", "Le plan A sera lancé. Airbus A320. A-t-il menti ?"),
    ("en", "A spokesman said. A deal is close.", "A spokesman said. A deal is close."),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_normalised_text_keeps_every_offset(language: str | None, text: str, expected: str) -> None:
    normalised = normalise_text(text, language)
    assert normalised == expected
    assert len(normalised) == len(text)
