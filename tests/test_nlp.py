"""The text the pipelines read: normalised character for character, so that every offset still holds."""

from __future__ import annotations

import pytest

from newsbrief.nlp import load_pipeline, normalise_text

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


@pytest.mark.parametrize(("text", "title"), [
    ('"It was closed," said Coun. Marisa Delorme.', "Coun."),
    ("She thanked Sgt. Ian Moss for his work.", "Sgt."),
])
def test_an_abbreviated_title_stays_in_the_sentence_of_its_name(text: str, title: str) -> None:
    doc = load_pipeline("en")(text)
    assert title in [t.text for t in doc] and len(list(doc.sents)) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Likud MK Yossi Ben-Ami shot back at the opposition.", "Ben-Ami"),
    # right after a given name, whatever the tagger made of it (an adverb here)
    ("Budget Secretary Ramon Santos-Reyes assured the senators that the budget was balanced.", "Santos-Reyes"),
    # one the tagger took for an adjective hung on the verb after it: a subject, no adjective
    ("The prosecution counsel showed him a letter.\n\n\u201cMy Lord, I signed many letters in that office. I cannot "
     "remember every one of them,\u201d Harry-Alabo replied.", "Harry-Alabo"),
    ("The prosecution counsel showed him a letter.\n\n\u201cMy Lord, I signed many letters in that office. I cannot "
     "remember every one of them,\u201d Fubara-Alabo replied.", "Fubara-Alabo"),
])
def test_a_hyphenated_name_the_tagger_does_not_know_is_a_proper_noun(text: str, name: str) -> None:
    doc = load_pipeline("en")(text)
    assert next(t for t in doc if t.text == name).pos_ == "PROPN"


@pytest.mark.parametrize(("text", "word", "one_token"), [
    ("The hearing resumed before Judge 'Malineo Thato on Monday.", "'Malineo", True),  # a Sesotho given name
    ("The minister said 'We will not back down' on Monday.", "'We", False),  # a single quote, closed later
])
def test_a_name_an_apostrophe_opens_is_one_token(text: str, word: str, one_token: bool) -> None:
    doc = load_pipeline("en")(text)
    assert (word in [t.text for t in doc]) is one_token


@pytest.mark.parametrize(("language", "text", "word"), [
    # a participle with its own determiner in a noun's place is a noun, whatever the tagger made of it
    ("en", "\u201cI never signed it,\u201d the accused said.", "accused"),
    ("en", "She was warned by the accused that the deal was done.", "accused"),
    ("fr", "« Je n'ai rien signé », a déclaré l'accusé.", "accusé"),
    # a role noun the tagger took for an adjective
    ("fr", "« Il m'a menacée », a dit la plaignante.", "plaignante"),
])
def test_a_participle_or_role_used_as_a_noun_is_a_noun(language: str, text: str, word: str) -> None:
    doc = load_pipeline(language)(normalise_text(text, language))
    assert next(t for t in doc if t.text == word).pos_ == "NOUN"


def test_a_participle_qualifying_a_noun_stays_a_verb() -> None:
    doc = load_pipeline("en")("The accused officer was charged with theft.")
    assert next(t for t in doc if t.text == "charged").pos_ == "VERB"
