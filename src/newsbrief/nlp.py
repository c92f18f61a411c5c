"""spaCy pipelines, loaded once per process, and the text normalisation they read.

The French model splits "Kassym-Jomart" across sentences when its parser sets the boundaries, so a rule-based
sentencizer runs before the parser (the parser then keeps its boundaries), plus a component that starts a
sentence after every paragraph break. Curly apostrophes and non-breaking spaces confuse the tokenizer
("n’" and "l’" come out as entities), so the pipeline reads :func:`normalise_text`, which replaces them
character for character: every offset into the normalised text is an offset into the original. A name that an
apostrophe opens ("Justice 'Mathabo Nkuebe") is made one token with it, so the name keeps its apostrophe.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbrief.lang import MODELS, get_language_data
from newsbrief.quotespans import CLOSING_MARKS, SIDED_OPENING_MARKS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

#: A one-letter word opening a sentence, a paragraph or a quotation ("A Bruxelles, un haut fonctionnaire").
_SENTENCE_OPENING_LETTER = re.compile(r"(^|[.!?]\s+|\n\s*|«\s*)([A-Z])(?= )", re.MULTILINE)
#: Apostrophe look-alikes ("Le Cléac´h", "aujourd‛hui") and odd spaces, one character each.
_SAME_LENGTH = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "‛": "'", "′": "'", "`": "'",
                              "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": " ", "\t": " "})


def normalise_text(text: str, language: str | None = None) -> str:
    """``text`` with typographic apostrophes and odd spaces replaced one character for one (offsets kept); for a
    language whose press drops the accent of a capital ("A Paris" for "À Paris"), the accent restored on a
    one-letter word opening a sentence, so that the tagger does not take it for a noun."""
    text = text.translate(_SAME_LENGTH)
    capitals: dict[str, str] = getattr(get_language_data(language), "UNACCENTED_CAPITALS", {}) if language else {}
    if not capitals:
        return text
    return _SENTENCE_OPENING_LETTER.sub(lambda m: m.group(1) + capitals.get(m.group(2), m.group(2)), text)


@lru_cache(maxsize=4)
def load_pipeline(language: str) -> Language:
    """The spaCy pipeline for ``language`` ("fr" or "en"), with newsbrief's sentence rules; cached per process."""
    import spacy

    _register_components()
    nlp = spacy.load(MODELS[language])
    for abbreviation in get_language_data(language).TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    nlp.add_pipe("newsbrief_hyphenated_names", first=True)
    nlp.add_pipe("newsbrief_apostrophe_names", after="newsbrief_hyphenated_names")
    nlp.add_pipe("sentencizer", before="parser")
    nlp.add_pipe("newsbrief_paragraph_breaks", after="sentencizer")
    nlp.add_pipe("newsbrief_hyphenated_name_tags", last=True)
    nlp.add_pipe("newsbrief_nominal_participles", last=True)
    return nlp


@lru_cache(maxsize=None)
def model_version(language: str) -> str:
    """``name==version`` of the model used for ``language``, for provenance (read once per process)."""
    from importlib.metadata import PackageNotFoundError, version

    name = MODELS[language]
    try:
        return f"{name}=={version(name)}"
    except PackageNotFoundError:
        return f"{name}==unknown"


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("newsbrief_paragraph_breaks"):
        Language.component("newsbrief_paragraph_breaks", func=_paragraph_breaks)
    if not Language.has_factory("newsbrief_hyphenated_names"):
        Language.component("newsbrief_hyphenated_names", func=_merge_hyphenated_names)
    if not Language.has_factory("newsbrief_apostrophe_names"):
        Language.component("newsbrief_apostrophe_names", func=_merge_apostrophe_names)
    if not Language.has_factory("newsbrief_hyphenated_name_tags"):
        Language.component("newsbrief_hyphenated_name_tags", func=_tag_hyphenated_names)
    if not Language.has_factory("newsbrief_nominal_participles"):
        Language.component("newsbrief_nominal_participles", func=_tag_nominal_participles)


def _merge_hyphenated_names(doc: Doc) -> Doc:
    """Make one token of a capitalised hyphenated name the tokenizer split ("Kassym - Jomart"), or of a Breton
    name the tokenizer cut at its "c'h" as if at an elision ("Cléac' h" of "Le Cléac'h"), so the tagger and
    parser see one name."""
    spans = []
    i = 0
    while i + 1 < len(doc):
        left, dash, right = doc[i], doc[i + 1], doc[i + 2] if i + 2 < len(doc) else None
        if (right is not None and dash.text == "-" and not left.whitespace_ and not dash.whitespace_
                and left.text[:1].isupper() and right.text[:1].isupper() and left.is_alpha and right.is_alpha):
            spans.append(doc[i:i + 3])
            i += 3
        elif _breton_ch(left, dash):
            spans.append(doc[i:i + 2])
            i += 2
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


#: A single quotation mark closing a quote: after a word, before a space, a punctuation mark or the end of the line.
_CLOSING_SINGLE_QUOTE = re.compile(r"(?<=[^\W_])'(?=[\s.,;:!?)]|$)", re.MULTILINE)


def _merge_apostrophe_names(doc: Doc) -> Doc:
    """Make one token of a capitalised name the tokenizer cut after the apostrophe that opens it ("Justice
    'Mathabo Nkuebe", a Sesotho given name; "'Ofa", a Tongan one), so the name keeps its apostrophe and the tagger
    and parser see one proper noun; not a single quotation mark opening a quote ("'We will not'"), which a closing
    one follows before the end of the paragraph."""
    spans = [doc[token.i: token.i + 2] for token in doc[1:-1] if token.text == "'" and _opens_name(token)]
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def _opens_name(mark: Token) -> bool:
    """An apostrophe after a space and glued to a capitalised word, with no closing quotation mark after it in its
    paragraph (see :func:`_merge_apostrophe_names`)."""
    word = mark.nbor(1)
    if mark.text != "'" or mark.whitespace_ or not mark.nbor(-1).whitespace_ or not word.is_alpha \
            or not word.text[:1].isupper() or not word.text[1:2].islower():
        return False
    text = mark.doc.text
    line_end = text.find("\n", mark.idx)
    return not _CLOSING_SINGLE_QUOTE.search(text, mark.idx + 1, line_end if line_end >= 0 else len(text))


def _tag_hyphenated_names(doc: Doc) -> Doc:
    """A merged hyphenated name of capitalised words ("Ben-Haim") that the tagger, not knowing the word, took for
    a number or a foreign word is a proper noun; so is one right after a person's name inside a sentence,
    whatever the tagger made of it ("Undersecretary Leilani Ocampo-Reyes assured": no verb is written so)."""
    for token in doc:
        parts = token.text.split("-")
        if len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts) and (
                token.pos_ in ("NUM", "X") or _after_a_name(token) or _verb_modifier(token)):
            token.pos_ = "PROPN"
    return doc


def _after_a_name(token: Token) -> bool:
    """A word inside its sentence right after a name the model tags a person's, which the tagger took for a verb,
    adverb or noun (not "Deputy Secretary-General": a title)."""
    before = token.nbor(-1) if token.i > token.sent.start else None
    return token.pos_ in ("VERB", "ADV", "NOUN") and before is not None and before.pos_ == "PROPN" \
        and before.ent_type_ == "PERSON" and before.whitespace_ == " "


def _verb_modifier(token: Token) -> bool:
    """A word the tagger took for an adjective that the parser hangs on the verb right after it ("”, Briggs-Alabo
    replied"): no adjective opens a clause so, a name the tagger did not know does."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ == "ADJ" and after is not None and after.pos_ == "VERB" and token.head.i == after.i


#: The places of a noun phrase's head in both parsers' labels (subject, object, object of a preposition, agent).
_NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "pobj", "iobj", "obl", "obl:arg",
                          "obl:agent", "obl:mod", "nmod", "poss", "nmod:poss", "appos", "attr", "dative"})


def _tag_nominal_participles(doc: Doc) -> Doc:
    """A participle used as a noun, which the tagger left a verb though the parser gave it a determiner and a
    noun's place ("the accused said", "told by the accused", « a déclaré l'accusé », « le prévenu a répondu »),
    and a role word the tagger took for an adjective so ("a dit la plaignante"): nouns, so no verb "accuse" is
    read as the cue of a quote and the role can speak."""
    roles = get_language_data(doc.lang_).ROLE_NOUNS if doc.lang_ in MODELS else frozenset()
    for token in doc:
        if token.pos_ not in ("VERB", "ADJ") or token.dep_ not in _NOUN_PLACES:
            continue
        if not any(c.dep_ == "det" and c.pos_ == "DET" and c.i < token.i for c in token.children):
            continue
        if token.pos_ == "VERB" and not any(c.dep_ in _NOUN_PLACES - {"poss", "nmod:poss"} for c in token.children):
            token.pos_, token.lemma_ = "NOUN", token.lower_
        elif token.pos_ == "ADJ" and token.lower_ in roles:
            token.pos_ = "NOUN"
    return doc


def _breton_ch(left: Token, right: Token) -> bool:
    """"Cléac'" + "h": a capitalised word cut after the apostrophe of a Breton "c'h"."""
    return (not left.whitespace_ and len(left.text) > 3 and left.text[:1].isupper() and left.text.endswith("c'")
            and right.text[:1] == "h" and right.is_alpha)


#: The closing marks that open no quotation too: after one, a lower-case word goes on the quote's sentence ("“"
#: closes „ but mostly opens, and a sentence starts at it).
_CLOSING_ONLY_MARKS = CLOSING_MARKS - SIDED_OPENING_MARKS


def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after each line break, never on the break itself, and on an opening quotation mark
    rather than just after it (the sentencizer leaves « at the end of the previous sentence)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
        elif token.is_space and "\n" in token.text:
            token.is_sent_start = False
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if following.is_sent_start and _opens_quote(token):
            token.is_sent_start = True
            following.is_sent_start = False
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_sent_start and "\n" not in previous.text and _continues(token, previous):
            token.is_sent_start = False
    return doc


def _continues(token: Token, previous: Token) -> bool:
    """A quote ending in ? or ! goes on with its incise: « ... ? », s'est interrogée la députée."""
    return previous.text == "," or previous.text in _CLOSING_ONLY_MARKS and token.text[:1].islower()


def _opens_quote(token: Token) -> bool:
    if token.text in SIDED_OPENING_MARKS:
        return True
    return token.text == '"' and not token.whitespace_ and (token.i == 0 or bool(token.nbor(-1).whitespace_))
