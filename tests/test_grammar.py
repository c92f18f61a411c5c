"""The grammar the cue finder and the speaker resolver share, on parsed French and English sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from newsbrief.grammar import (after_definite_article, determiner, follows_quote, has_relative_clause,
                               honorific_before, is_asking_participle, lowered_words, noun_phrase, opens_view_relative,
                               passive_agent, possessor, speaker_taken_up, token_starts, words_of)
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


HEADLINE_AND_BYLINE = "« On nous a menti », dénonce l'ancien délégué syndical\n\nMathilde Perrin\n\nLe tribunal a tranché."


@pytest.mark.parametrize(("language", "text", "head", "words"), [
    ("fr", COLONNA, "président", ["le", "président", "Tokaïev"]),  # the name in the phrase, not the place after it
    ("fr", COLONNA, "ministre", ["La", "ministre", "des", "Affaires", "étrangères", ",", "Catherine", "Colonna"]),
    ("fr", DIPLOMAT, "diplomate", ["Un", "diplomate", "européen", ","]),  # without its relative clause
    ("en", TORY, "figure", ["One", "senior", "Tory", "figure"]),
    ("fr", HEADLINE_AND_BYLINE, "délégué", ["l'", "ancien", "délégué", "syndical"]),  # not the byline's name
    # the speech verb the parser read as the subject's noun ends it ("juge « soutenable »")
    ("fr", "L'organisme de contrôle juge « insuffisant » le plan de la compagnie.", "organisme",
     ["L'", "organisme", "de", "contrôle"]),
    # a paragraph break just before the phrase bounds nothing of it (the window is scanned over the phrase only)
    ("fr", "Le directeur\n\nLe porte-parole du ministère de l'Intérieur a confirmé la fermeture.", "porte-parole",
     ["Le", "porte-parole", "du", "ministère", "de", "l'", "Intérieur"]),
    ("en", "Flood warning\n\nThe regional water authority said the river had peaked.", "authority",
     ["The", "regional", "water", "authority"]),
    # at most 10 words after the head
    ("en", "The spokeswoman for the regional authority for water and sanitation services in the northern districts "
     "said it was over.", "spokeswoman",
     ["The", "spokeswoman", "for", "the", "regional", "authority", "for", "water", "and", "sanitation", "services",
      "in"]),
])
def test_noun_phrase(language: str, text: str, head: str, words: list[str]) -> None:
    assert [t.text for t in noun_phrase(token(parse(language, text), head))] == words


FERRIES = "Harbour Lines, which operates the island ferries, cancelled every crossing."
WHO, WHICH = en.PERSONAL_RELATIVES, en.NON_PERSON_RELATIVES


@pytest.mark.parametrize(("lang", "text", "name", "expected"), [
    (fr, "Il dénonce l'Agglomération.", "Agglomération", True),
    (fr, "Il félicite au CHU les soignants.", "CHU", True),
    (en, 'He said "the Union cannot wait".', "Union", True),  # the article opens a quotation
    (en, "He said a Union cannot wait.", "Union", False),
])
def test_after_definite_article(lang: ModuleType, text: str, name: str, expected: bool) -> None:
    assert after_definite_article(text.index(name), text, lang) is expected


@pytest.mark.parametrize(("language", "text", "noun", "pronouns", "as_subject", "expected"), [
    ("en", "Investigators questioned a fisherman who had seen the wreck.", "fisherman", WHO, False, True),
    ("en", "The envoy met a lawyer whom the family had hired.", "lawyer", WHO, False, True),  # an object counts
    ("en", "The envoy met a lawyer whom the family had hired.", "lawyer", WHO, True, False),  # not as the subject
    ("en", FERRIES, "Lines", WHICH, True, True),
    ("en", FERRIES, "Lines", WHO, False, False),
    ("en", "Harbour Lines, which the council bought in 2019, cancelled every crossing.", "Lines", WHICH, True, False),
    ("en", TORY, "figure", WHO, False, False),  # no relative clause
    ("fr", DIPLOMAT, "diplomate", {"qui"}, True, True),  # the French parser's label, acl:relcl, counts too
])
def test_has_relative_clause(language: str, text: str, noun: str, pronouns: frozenset[str], as_subject: bool,
                             expected: bool) -> None:
    word = token(parse(language, text), noun)
    assert has_relative_clause(word, pronouns, as_subject=as_subject) is expected


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


@pytest.mark.parametrize(("language", "text", "name", "expected"), [
    ("en", "Al-Mansouri said in his closing remarks that the corridor would open next year.", "Al-Mansouri", True),
    ("en", "Grewal said the party backed the motion but would not join what she called a staged debate.",
     "Grewal", True),
    # "it" takes up a body; a name between may be the one taken up; a quoted "he" is someone the speaker names
    ("en", "Ofgem said in its annual report that prices would fall.", "Ofgem", False),
    ("en", "Tesco said Jane Hollis had told her staff about the sale.", "Tesco", False),
    ("en", "Unison said the cuts were “what he promised would never happen”.", "Unison", False),
    ("en", "Unison said the cuts were „what he promised would never happen“.", "Unison", False),  # low mark
    ("en", "The council told him the permit had lapsed.", "council", False),  # "him" is whom it told
    # a French "il" or "elle" may take up a body or a country
    ("fr", "Renault a déclaré lors de son assemblée qu'elle fermerait l'usine.", "Renault", False),
])
def test_speaker_taken_up(language: str, text: str, name: str, expected: bool) -> None:
    doc = parse(language, text)
    name_token = token(doc, name)
    lang = en if language == "en" else fr
    assert speaker_taken_up(name_token, name_token.i + 1, lang) is expected


@pytest.mark.parametrize(("language", "text", "verb", "bare", "expected"), [
    ("fr", "Interrogée sur le calendrier, la ministre a promis une réponse en juin.", "Interrogée", True, True),
    ("fr", "Le député a interrogé la ministre sur le calendrier des travaux.", "interrogé", False, True),
    # with its auxiliary the participle is the asker's own verb: not a bare one
    ("fr", "Le député a interrogé la ministre sur le calendrier des travaux.", "interrogé", True, False),
    ("en", "Asked about the timetable, the minister promised an answer by the summer.", "Asked", True, True),
    ("en", "The minister promised an answer by the summer.", "promised", False, False),  # no verb of asking
    # a form the tagger reads as a past tense opening the sentence with no subject of its own is the participle
    ("en", "Asked whether the port would reopen before Christmas, she replied: “Every option remains on the "
     "table.”", "Asked", True, True),
    ("en", "The senator asked whether the port would reopen before Christmas.", "asked", False, False),
])
def test_is_asking_participle(language: str, text: str, verb: str, bare: bool, expected: bool) -> None:
    lang = en if language == "en" else fr
    assert is_asking_participle(token(parse(language, text), verb), lang, bare=bare) is expected


@pytest.mark.parametrize(("language", "text", "verb", "agent"), [
    ("fr", "La réforme a été défendue par la ministre devant les sénateurs.", "défendue", "ministre"),
    ("en", "The meeting was chaired by the mayor of the town.", "chaired", "by"),  # its object names the agent
    ("en", "The mayor chaired the meeting.", "chaired", None),
])
def test_passive_agent(language: str, text: str, verb: str, agent: str | None) -> None:
    found = passive_agent(token(parse(language, text), verb))
    assert (found.text if found is not None else None) == agent


@pytest.mark.parametrize(("language", "text", "word", "expected"), [
    ("fr", "Le texte a déçu la maire, pour qui la réforme arrive « trop tard ».", "pour", True),
    ("en", "The bill angered the mayor, for whom the reform came “too late”.", "for", True),
    # a purpose clause, and a preposition not set off after a noun, give nobody's view
    ("fr", "Le texte a été amendé, pour que la réforme arrive plus tôt.", "pour", False),
    ("fr", "Elle se bat pour qui veut bien l'écouter.", "pour", False),
])
def test_opens_view_relative(language: str, text: str, word: str, expected: bool) -> None:
    lang = en if language == "en" else fr
    assert opens_view_relative(token(parse(language, text), word), lang) is expected


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    ("La Fondation veut « tout reprendre », a-t-elle ajouté.", "-elle", True),
    ("« Rien ne bouge », dit-il.", "-il", True),
    # an incise interrupting plain text, or an inverted question, follows no quote
    ("La commune, reconnaît-il, manque de moyens.", "-il", False),
    ("Viendra-t-il demain ?", "-il", False),
])
def test_follows_quote(text: str, pronoun: str, expected: bool) -> None:
    assert follows_quote(token(parse("fr", text), pronoun)) is expected


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Premier ministre a RAPPELÉ que les Élections auront lieu."),
    ("en", "The Finance Minister SAID the Banks were lending again."),
    ("en", ""),
])
def test_words_read_from_the_arrays_are_the_tokens_own(language: str, text: str) -> None:
    doc = parse(language, text)
    assert words_of(doc, "ORTH") == [t.text for t in doc]
    assert lowered_words(doc, "LOWER") == [t.lower_ for t in doc]
    assert lowered_words(doc, "LEMMA") == [t.lemma_.lower() for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
