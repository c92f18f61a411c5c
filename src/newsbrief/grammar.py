"""Grammar over a parsed sentence that the cue finder and the speaker resolver share.

Pure functions of a spaCy token or span, and of the language data where a word list is needed: the noun phrase a
token heads (:func:`noun_phrase`) and its determiner, the noun the parser made a sentence's root in place of its
subject (:func:`noun_root`), the verb an inverted clitic hangs on (:func:`clitic_carrier`), a verb the tagger read
with its object clitic as an article and a noun (:func:`after_object_clitic`, "la juge « prématurée »"), source
markers and the source they mark ("selon X", "d'après le communiqué du ministère"), the role word of a former role
(:func:`role_lemma`, "l'ex-avocate"), whether a name is a noun's complement rather than naming it, the words
that cannot begin or end a speaker's noun phrase, the pronoun that takes up a speaker in what they said (or
anywhere in what the speech verb governs: :func:`speaker_taken_up`), and
what a relative pronoun on a noun says it is (:func:`has_relative_clause`, "who" a person, "which" a thing).
Nothing here knows the entity table or what was resolved before; :mod:`newsbrief.cues` and
:mod:`newsbrief.speakers` build on it.
"""

from __future__ import annotations

import re
from collections.abc import Container
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.quotespans import CLOSING_MARKS, OPENING_MARKS, SIDED_CLOSING_MARKS, SIDED_OPENING_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Words that open an adjunct, where a speaker's noun phrase ends ("le ministre lors de son audition", "a
#: insisté son président sur les ondes de l'ORTB").
ADJUNCT_OPENERS = frozenset({"lors", "pendant", "après", "avant", "dans", "sur", "devant", "during", "after",
                             "before", "at", "in", "on"})
#: Definite articles, French and English ("le ministre", "the minister").
DEFINITE = frozenset({"le", "la", "l'", "l’", "the"})
#: The spaCy entity labels of a person, French and English models.
PERSON_TAGS = frozenset({"PER", "PERSON"})
#: The spaCy entity labels of a place, French and English models (also the entity table's place labels).
PLACE_TAGS = frozenset({"LOC", "GPE"})


def names_speaker(noun: Token, lang: ModuleType) -> bool:
    """A common noun that can be a document's author: a role or an organisation ("le communiqué du ministère",
    "the minister's statement"), not a kind of document ("un communiqué de presse")."""
    return noun.lemma_.lower() in lang.ROLE_NOUNS or noun.lemma_.lower() in lang.ORG_NOUNS


def reported_pronoun(name: Token, end: int, lang: ModuleType) -> str:
    """The gender of "he"/"she" opening the clause reported by the speech verb a name (its head token, the name
    ending before ``end``) is the subject of, with no other person's name in between ("Pruett said she was troubled",
    "Nwosu later told CNN she had"): the pronoun takes up the speaker, a person. "" when there is none, and in a
    language whose pronouns may stand for a body (French "elle" for the country just named)."""
    verb = _speech_verb_of_person(name, lang)
    if verb is None:
        return ""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if pronoun is not None and pronoun.lower_ in lang.PRONOUN_GENDERS and pronoun.i > end \
                and not any(t.ent_type_ in PERSON_TAGS for t in name.doc[end: pronoun.i]):
            return str(lang.PRONOUN_GENDERS[pronoun.lower_])
    return ""


def _speech_verb_of_person(name: Token, lang: ModuleType) -> Token | None:
    """The speech verb a name is the subject of, where "he"/"she" taking it up would make it a person: None in a
    language whose gendered pronouns may stand for a body (French "elle" for the country just named), or when the
    name is no speech verb's subject."""
    verb = name.head
    if lang.GENDERED_BODIES or not name.dep_.startswith("nsubj") \
            or verb.lemma_.lower() not in lang.SPEECH_VERBS:
        return None
    return verb


#: The functions of a pronoun that takes up the speaker: subject or owner, never the object ("told him": the
#: addressee).
_TAKING_UP = frozenset({"nsubj", "nsubjpass", "poss"})


def speaker_taken_up(name: Token, end: int, lang: ModuleType) -> bool:
    """Whether "he", "his", "she" or "her" outside quotation marks, as a subject or an owner, takes up a speech
    verb's subject in the rest of what the verb governs, with no person's name in between ("Al-Rashidi said in
    his opening address", "Grewal said the party backed the motion but not what he called a show"): only a
    person is taken up so, whatever the model reads the name as. Never in a language whose pronouns may stand
    for a body (French "elle")."""
    verb = _speech_verb_of_person(name, lang)
    if verb is None:
        return False
    pronouns = getattr(lang, "SPEAKER_PRONOUNS", frozenset())
    for token in (t for t in verb.subtree if t.i >= end and t.lower_ in pronouns and t.dep_ in _TAKING_UP):
        between = name.doc[end: token.i]
        if any(t.ent_type_ in PERSON_TAGS or t.pos_ == "PROPN" and not t.ent_type_ for t in between):
            return False  # a person named, or a proper noun the model left untagged, may be the one taken up
        return not _inside_quotation(between)
    return False


def _inside_quotation(between: Span) -> bool:
    """Whether more quotation marks open than close in a stretch of text: what follows it is quoted."""
    opened = sum(t.text in SIDED_OPENING_MARKS for t in between)
    closed = sum(t.text in SIDED_CLOSING_MARKS for t in between)
    return opened > closed or sum(t.text == '"' for t in between) % 2 == 1


def role_lemma(noun: Token, lang: ModuleType) -> str:
    """The role word a noun is a form of, lower case: its lemma, or the role after a prefix of a former role
    ("l'ex-avocate" -> "avocate", "the ex-minister" -> "minister"), unless the prefixed word is listed itself."""
    lemma = noun.lemma_.lower()
    if lemma in getattr(lang, "DELEGATE_NOUNS", ()):
        return represented_role(noun, lang) or lemma  # "la représentante du parquet" -> "procureur"
    for prefix in lang.FORMER_PREFIXES:
        if lemma not in lang.ROLE_NOUNS and lemma.startswith(prefix):
            rest = lemma[len(prefix):]
            return rest if rest in lang.ROLE_NOUNS else lemma
    return lemma


def represented_role(noun: Token, lang: ModuleType) -> str | None:
    """The role of the hearing voice a delegate's noun represents (``DELEGATE_NOUNS``, ``HEARING_VOICES``: "la
    représentante du ministère public", "le représentant du parquet" -> "procureur"): the delegate speaks for the
    prosecution as its prosecutor does, and is no defendant; None for a delegate of anything else."""
    if noun.lemma_.lower() not in getattr(lang, "DELEGATE_NOUNS", ()):
        return None
    return next((role for body in noun.children if body.dep_ == "nmod"
                 if (role := voiced_role(body, lang)) is not None), None)


def voiced_role(noun: Token, lang: ModuleType) -> str | None:
    """The role of the hearing voice a noun names, alone or with its adjective (``HEARING_VOICES``: "le parquet",
    "le ministère public" -> "procureur"), else None."""
    voices, lemma = getattr(lang, "HEARING_VOICES", {}), noun.lemma_.lower()
    return voices.get(lemma) or next((voices[key] for c in noun.children if c.dep_ == "amod"
                                      if (key := f"{lemma} {c.lower_}") in voices), None)


def complement(name: Token, head: Token) -> bool:
    """Whether a name hangs on a noun as its complement or owner ("l'avocat de M. Lazar", "Lazar's lawyer",
    "le porte-parole de Vladimir Poutine") rather than naming it ("le président Tokaïev", "the lawyer, Feld",
    "l'un des porte-parole, Joe Incandela"); also one of several people named after an English preposition,
    whose group the noun is ("a bench of Justices Meera Rao and Arun Das": the bench, not one judge)."""
    node = _name_link(name, head, ("flat", "flat:name", "compound"))  # "Poutine" -> "Vladimir", which links it
    first = _name_link(node, head, ("flat", "flat:name", "compound", "conj"))  # the first of several conjuncts
    several = first.i != node.i or any(c.dep_ == "conj" for c in first.children)
    return node.dep_ in ("poss", "nmod:poss") or first.dep_ == "pobj" and several \
        or any(c.dep_ == "case" for c in node.children)


def _name_link(name: Token, head: Token, deps: tuple[str, ...]) -> Token:
    """The token up the name's ``deps`` arcs that links it to the rest of the sentence (stopping at ``head``)."""
    node = name
    while node.dep_ in deps and node.head.i != node.i and node.i != head.i:
        node = node.head
    return node


def interrupts(pronoun: Token) -> bool:
    """The pronoun of an incise that interrupts plain text after a comma ("L'Espagne, reconnaît-elle,
    n'exécute ...", "The BJP, he said, would"): the words before it are what is said, not who says it (unlike
    « … », estime-t-elle)."""
    doc = pronoun.doc
    if not pronoun.text.startswith("-"):  # ", he said,"
        i = pronoun.i
        return i - 2 >= pronoun.sent.start and i + 2 < len(doc) and doc[i - 1].text == "," \
            and doc[i - 2].text not in CLOSING_MARKS and doc[i + 1].pos_ in ("VERB", "AUX") and doc[i + 2].text == ","
    i = clitic_carrier(pronoun, floor=pronoun.sent.start)
    return i - 2 >= pronoun.sent.start and doc[i - 1].text == "," and doc[i - 2].text not in CLOSING_MARKS


def follows_quote(pronoun: Token) -> bool:
    """The inverted pronoun of an incise right after a quote and its comma (« … », a-t-il ajouté): unlike one
    that :func:`interrupts` plain text, it tells who said the quote."""
    if not pronoun.text.startswith("-"):
        return False
    i, doc = clitic_carrier(pronoun, floor=pronoun.sent.start), pronoun.doc
    return i - 2 >= pronoun.sent.start and doc[i - 1].text == "," and doc[i - 2].text in CLOSING_MARKS


def clitic_carrier(clitic: Token, *, floor: int) -> int:
    """The index of the verb or auxiliary an inverted clitic hangs on ("reconnaît-elle", "a-t-il ajouté"),
    looking back no further than ``floor``."""
    i = clitic.i - 1
    while i > floor and clitic.doc[i].text.startswith("-"):
        i -= 1
    return i


def after_object_clitic(token: Token, lang: ModuleType) -> bool:
    """A noun the tagger read with an object clitic as "article + noun", between a noun phrase and a quote: "un
    proche de la direction la juge « prématurée »" (la + juge, "judges it"); not "le rapport de la juge",
    "a rencontré la juge"."""
    doc = token.doc
    return 2 <= token.i < len(doc) - 1 and doc[token.i - 1].lower_ in getattr(lang, "OBJECT_CLITICS", ()) \
        and doc[token.i - 2].pos_ in ("NOUN", "PROPN") and doc[token.i + 1].text in OPENING_MARKS


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject among its own dependents (none reached through a conjunction)."""
    return any(c.dep_.startswith("nsubj") for c in verb.children)


def is_finite_verb(token: Token) -> bool:
    """A verb or auxiliary in a finite form ("marque", "a", "said"): a clause's predicate, never a word of a noun
    phrase, unlike a participle or an infinitive."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def is_asking_participle(token: Token, lang: ModuleType, *, bare: bool = False) -> bool:
    """A participle of asking (``ASKING_VERBS``: "Interrogé sur …", "Asked whether …"), which tells who was asked,
    not who speaks; with ``bare``, only one with no auxiliary of its own ("Interrogé par Le Figaro, X", not "a
    demandé X", whose subject asks). The lemma is read first: the morphology is slow to read. A form the tagger
    read as a past tense is one too when it opens its sentence as an adverbial clause with no subject ("Asked
    whether …, she replied")."""
    if token.lemma_.lower() not in lang.ASKING_VERBS:
        return False
    participle = "Part" in token.morph.get("VerbForm") or token.i == token.sent.start and token.dep_ == "advcl" \
        and not any(c.dep_.startswith("nsubj") for c in token.children)
    return participle and not (bare and any(c.dep_.startswith("aux") for c in token.children))


def passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb or participle, as each parser hangs it: the noun itself in French ("revendiqué
    par le président": président, ``obl:agent``), the preposition in English ("chaired by X": by, ``agent``, whose
    object names the agent)."""
    return next((c for c in verb.children if c.dep_ in ("obl:agent", "agent")), None)


def noun_root(sentence: Span) -> Token | None:
    """A noun the parser made the root of a sentence whose verb comes after it: the subject it missed ("Le chef
    de l'État, Emmanuel Macron, était à Bruxelles" parsed with "chef" as root and "était" as a copula)."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    verb_after = any(t.i > root.i and is_finite_verb(t) for t in sentence)
    return root if verb_after else None


def determiner(noun: Token) -> str:
    """The noun's determiner, lower case ("" when it has none); "one" counts as one ("One senior Tory figure")."""
    return next((c.lower_ for c in noun.children if c.dep_ == "det" or c.dep_ == "nummod" and c.lower_ == "one"), "")


def edge(token: Token) -> bool:
    """Words that do not begin or end a speaker's noun phrase: punctuation, conjunctions, prepositions,
    relative pronouns ("a diplomat close to the mediation, who")."""
    relative = "Rel" in token.morph.get("PronType") or token.tag_ in ("WP", "WDT")
    if token.tag_ == "POS" or token.text == "-":  # "Brazil's embassy", "the 45-year-old" split by the tokenizer
        return False
    return relative or token.is_punct or token.dep_ in ("cc", "advmod", "mark", "case", "punct") \
        or token.pos_ == "ADP"


def set_off_after(noun: Token) -> bool:
    """Whether a noun is set off by a comma after its head as its apposition, or as a conjunct with no conjunction,
    which is how the parser often reads one ("Le Conseil … (CREA), principale organisation patronale du pays,";
    "Contre Julien Morel, Mme Vidal demande")."""
    if noun.head.i >= noun.i or noun.left_edge.i == 0:
        return False
    apposed = noun.dep_ == "appos" or noun.dep_ == "conj" and not any(c.dep_ == "cc" for c in noun.children)
    return apposed and "," in (noun.left_edge.text, noun.doc[noun.left_edge.i - 1].text)


def has_relative_clause(noun: Token, pronouns: Container[str], *, as_subject: bool = False) -> bool:
    """Whether a relative clause on ``noun`` holds one of ``pronouns`` (a language's list), hung on the clause's
    verb: what the pronoun can take up says what the noun is ("a worker who asked not to be named" is a person,
    "Harbour Lines, which runs the ferries" a body). With ``as_subject`` only the clause's subject counts
    ("X, which runs …", not an object "which"). Both parsers' labels count: ``relcl`` (English), ``acl:relcl``
    (French)."""
    return any(clause.dep_ in ("relcl", "acl:relcl") and any(
        word.lower_ in pronouns and (not as_subject or word.dep_.startswith("nsubj")) for word in clause.children)
        for clause in noun.children)


def premodifies(name: Token, noun: Token) -> bool:
    """A name between a noun's determiner and the noun ("the Cork South-Central TD", "a Trump adviser"): it says
    whose or where the role is, not who holds it ("Jane Hollis MP" has no determiner)."""
    return name.i < noun.i and any(c.dep_ == "det" and c.i < name.i for c in noun.children)


def is_age(number: Token, lang: ModuleType) -> bool:
    """A number followed by the language's noun of years (``AGE_NOUNS``), as the press sets a person's age off
    after the name ("Patrick X, 53 ans,")."""
    return number.like_num and number.i + 1 < len(number.doc) \
        and number.nbor().lower_ in getattr(lang, "AGE_NOUNS", ())


def is_source_marker(token: Token, lang: ModuleType) -> bool:
    """"selon", "d'après" (one token or two), "according to", "par la voix de", "pour" opening a sentence before
    a name, a role, a capitalised noun ("Pour le Glânois,": an inhabitant) or a definite body ("Pour le parquet,"),
    or before a stressed pronoun set off by a comma ("Pour elle, la réforme « … »": in her view); or a preposition
    and a relative pronoun set off after a noun that give that noun's view ("X, pour qui il s'agit de « … »", "X, for
    whom …": :func:`opens_view_relative`)."""
    word = token.lower_
    if word == "après" and token.i > 0 and token.nbor(-1).lower_ in ("d'", "d’"):
        return True
    if word in lang.VOICE_NOUNS and token.i > 1 and token.nbor(-1).dep_ == "det" \
            and token.nbor(-2).lower_ in lang.VOICE_PREPOSITIONS:  # "par la voix de l'ambassadeur", "through the
        return True  # mouth of", "dans la bouche de la ministre"
    if word == "pour":  # "Pour le député du Rassemblement national Grégoire Salvan, la France ..."
        phrase = list(token.doc[token.i + 1: token.i + 10])
        phrase = phrase[:next((i for i, t in enumerate(phrase) if t.is_punct), len(phrase))]
        pronoun = (len(phrase) == 1 and phrase[0].lower_ in lang.PRONOUNS or _latter_phrase(phrase, lang)) \
            and phrase[-1].i + 1 < len(token.doc) and token.doc[phrase[-1].i + 1].text == ","
        return token.is_sent_start and (pronoun or _speaking_body(phrase, lang) or any(
            t.pos_ == "PROPN" or t.lemma_.lower() in lang.ROLE_NOUNS or _capitalised_noun(t) for t in phrase))
    return word in lang.SOURCE_MARKERS or _view_owner(token, lang) is not None or opens_view_relative(token, lang)


def opens_view_relative(token: Token, lang: ModuleType) -> bool:
    """A preposition set off after a noun with a relative pronoun after it that gives that noun's view ("Une menace
    qui a fait réagir M. X, pour qui il s'agit de « … »", "X, for whom the deal was “…”"; ``VIEW_RELATIVES``)."""
    return token.i > 0 and token.i + 1 < len(token.doc) and token.nbor(-1).text == "," \
        and (token.lower_, token.nbor().lower_) in lang.VIEW_RELATIVES


def _speaking_body(words: list[Token], lang: ModuleType) -> bool:
    """Whether words are a body's word, maybe with its epithet, or a hearing's voice, with a definite article ("le
    gouvernement", "l'association bruxelloise", "le parquet", "le ministère public"): "Pour le gouvernement, le
    texte …" opening a sentence gives that body's view, as a name there would."""
    return 2 <= len(words) <= 3 and words[0].lower_ in DEFINITE and words[1].pos_ == "NOUN" \
        and (words[1].lemma_.lower() in lang.ORG_NOUNS or voiced_role(words[1], lang) is not None)


def _latter_phrase(words: list[Token], lang: ModuleType) -> bool:
    """Whether words are a pronoun standing for the last one named ("ce dernier", "cette dernière", "celui-ci"),
    not an adjective before its noun ("ce dernier rapport")."""
    last = words[-1] if words else None
    after = last.doc[last.i + 1] if last is not None and last.i + 1 < len(last.doc) else None
    return last is not None and last.lower_ in getattr(lang, "LATTER_PRONOUNS", ()) \
        and " ".join(t.lower_ for t in words) in lang.PRONOUNS \
        and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))


def possessor(noun: Token) -> Token | None:
    """The possessive word a noun's owner is given by ("her view", "Ward's description", "sa réponse"), if any."""
    return next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss")), None)


def _view_owner(view: Token, lang: ModuleType) -> Token | None:
    """"In her view", "in Ms Moss's opinion", "in the words of one diplomat": the owner of an opinion noun after
    "in" (the possessive, or the complement of "of" after "the"); not "in view of the risks", which owns nothing."""
    if view.lower_ not in getattr(lang, "VIEW_NOUNS", ()) or view.i == 0 or view.head.lower_ != "in" \
            or view.head.i >= view.i:
        return None
    owner = possessor(view)
    if owner is None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in view.children):
        of = next((c for c in view.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return owner


def _capitalised_noun(token: Token) -> bool:
    """A noun written with a capital after a determiner: an inhabitant or a name the tagger took for a common noun
    ("Pour le Glânois, …", "Pour la Genevoise, …")."""
    return token.pos_ == "NOUN" and token.text[:1].isupper() and any(c.dep_ == "det" for c in token.children)


def marked_source(marker: Token, lang: ModuleType) -> Token | None:
    """The source after "selon", "d'après", "according to"; for "d'après le communiqué du ministère", the
    ministry; for "in her view", her."""
    owner = _view_owner(marker, lang)
    if owner is not None:
        return owner
    latter = marker.doc[marker.i + 1: marker.i + 3]
    if _latter_phrase(list(latter), lang):  # "Pour ce dernier, « … »", "selon celle-ci": the last one named
        return latter[-1]
    for token in marker.doc[marker.i + 1: marker.i + 6]:
        if token.lemma_.lower() in lang.REPORTING_NOUNS or token.lower_ in lang.REPORTING_NOUNS:
            owner = next((c for c in token.children if c.dep_ in ("nmod", "poss", "nmod:poss")), None)
            return owner or token
        if token.lower_ in lang.DATA_NOUNS:
            return _data_owner(token, lang) or token  # "selon les chiffres de son ministère": the ministry
        if token.lower_ in lang.RELATIVE_PRONOUNS:  # "un haut fonctionnaire selon lequel « … »"
            clause = next((a for a in token.ancestors if a.dep_ in ("acl:relcl", "relcl")), None)
            return clause.head if clause is not None else None
        if token.lower_ in lang.POSSESSIVES and token.head.i > token.i and token.head.pos_ == "NOUN" \
                and not lang.REPORTING_NOUNS & {token.head.lemma_.lower(), token.head.lower_}:
            return token.head  # "pour sa porte-parole, Sarah Benali": the spokeswoman, not "sa" ("selon ses termes")
        if _owner_of_role(token, lang):
            return token.head  # "according to Chow's spokesperson, Ben Lachance": the spokesperson, not Chow
        if token.pos_ in ("PROPN", "NOUN", "PRON") or token.lower_ in lang.POSSESSIVES:
            while token.dep_ == "compound" and token.head.i > token.i:  # "a senior administration official"
                token = token.head
            return _titled_holder(token, lang) or token
    return None


def _data_owner(data: Token, lang: ModuleType) -> Token | None:
    """Who owns the figures a source marker names: the noun's complement or possessor ("selon les chiffres de son
    ministère", "according to figures from the ministry", "according to the campaign's count"), if any."""
    for child in data.children:
        if child.dep_ in ("nmod", "poss", "nmod:poss"):
            return child
        if child.dep_ == "prep" and child.lower_ in lang.DATA_OWNER_PREPOSITIONS:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _titled_holder(source: Token, lang: ModuleType) -> Token | None:
    """The person a source phrase ends on after a role, as a title before the name ("according to Centre to
    Combat Corruption (C4 Center) executive director Farah Ain Rosli"): that person, not the body opening the
    phrase; the last word of the name, up to the comma."""
    words = list(source.doc[source.i: min(source.i + 16, len(source.doc))])
    words = words[:next((k for k, w in enumerate(words) if w.text == "," or w.is_sent_start and k), len(words))]
    for k, word in enumerate(words[:-1]):
        if word.pos_ == "NOUN" and word.lemma_.lower() in lang.ROLE_NOUNS and words[k + 1].pos_ == "PROPN":
            name = [w for w in words[k + 1:] if w.pos_ == "PROPN"]
            run = name[:next((j for j in range(1, len(name)) if name[j].i != name[j - 1].i + 1), len(name))]
            return run[-1] if run[-1].ent_type_ in ("PERSON", "PER") else None
    return None


def _owner_of_role(token: Token, lang: ModuleType) -> bool:
    """Whether a name is the possessor of a role noun after it ("Chow's spokesperson", "Ottawa's envoy"): the
    source is the one holding the role; a report owned by a name ("Chow's statement") stays the name's."""
    head = token.head
    return token.dep_ in ("poss", "nmod:poss") and head.i > token.i and head.pos_ == "NOUN" \
        and head.lemma_.lower() in lang.ROLE_NOUNS


def noun_phrase(token: Token) -> list[Token]:
    """The tokens of the noun phrase a token heads, without relative clauses, at most 10 tokens either side and
    within its paragraph: the parser may hang a byline's name on a headline's last noun as its apposition ("…,
    reconnaît l'ancien directeur" over "Jean Dupont"), but no phrase runs over a paragraph break; nor past a
    speech verb the parser read as a noun of the phrase (« L'institut d'émission juge « … » »)."""
    skip = {t.i for c in token.children if c.dep_ in ("acl", "acl:relcl", "relcl") for t in c.subtree}
    subtree = list(token.subtree)
    low, high = _paragraph_window(token, reach=10, within=(token.left_edge.i, token.right_edge.i))
    verb = next((t.i for t in subtree if t.i > token.i and _verb_read_as_noun(t)), None)
    high = min(high, verb - 1) if verb is not None else high
    return [t for t in subtree if t.i not in skip and low <= t.i <= high]


def _verb_read_as_noun(token: Token) -> bool:
    """A bare noun (no article, preposition or number before it) the parser hung on a noun before it as its
    adjective or complement, right before an opening quotation mark: the speech verb it is a homograph of
    ("L'agence juge « prématuré » le calendrier"), which ends the subject's noun phrase; a complement noun has
    its preposition ("le mot d'ordre « … »"), an adjective is no noun."""
    doc = token.doc
    return token.pos_ == "NOUN" and token.dep_ in ("amod", "nmod") and token.head.i < token.i \
        and token.i + 1 < len(doc) and doc[token.i + 1].text in OPENING_MARKS \
        and not any(c.i < token.i for c in token.children)


def _paragraph_window(token: Token, *, reach: int, within: tuple[int, int]) -> tuple[int, int]:
    """The indices at most ``reach`` words either side of a token with no paragraph break (a space token holding
    a line break) between them and it, as they bound the words ``within`` (first, last index; a break outside
    them bounds none of them, so the scan stops there)."""
    doc = token.doc
    breaks = (t.i for t in doc[max(token.i - reach, within[0], 0):token.i] if t.is_space and "\n" in t.text)
    before = max(breaks, default=token.i - reach - 1)
    after = (t.i for t in doc[token.i + 1:min(token.i + reach, within[1]) + 1] if t.is_space and "\n" in t.text)
    return before + 1, next(after, token.i + reach + 1) - 1


def is_address_title(token: Token, lang: ModuleType) -> bool:
    """A title of address ("Mr", "Mrs", "Dr", "Mme"), no part of the name it comes before ("Prosecutor Mr X",
    "magistrate Mrs Y": the role is the name's, past the title)."""
    word = token.lower_.rstrip(".")
    return word in lang.GENDERED_TITLES or word in lang.PERSONAL_TITLES


def honorific_before(doc: Doc, index: int, lang: ModuleType) -> int:
    """The number of words of an honorific of address (``HONORIFICS``: « l'Honorable », « Ir », "Tan Sri") ending
    right before ``index``, longest first, else 0: it is conferred on people only and is no part of the name."""
    honorifics = lang.HONORIFICS
    last = doc[index - 1].text.casefold() if index > 0 else ""
    if not last or not any(h.endswith(last) for h in honorifics):
        return 0  # the cheap test first: it runs for every name
    sizes = (size for size in (3, 2, 1) if index >= size and doc[index - size: index].text.casefold() in honorifics)
    return next(sizes, 0)


def after_definite_article(start: int, text: str, lang: ModuleType) -> bool:
    """Whether a singular definite article, maybe contracted, stands right before ``start`` ("le CHU", "l'IUT",
    "au CHU", also after the quotation mark it opens: '"the Community cannot'): one institution's name; not a
    party after its member's role ("le député FL de Zahlé"), nor the network's institutions in a town ("les CHU
    d'Abidjan et de Bouaké")."""
    before = text[max(0, start - 6):start].replace("’", "'")
    word = before if before.endswith("'") else before[:-1] if before.endswith(" ") else ""
    word = re.split(r"[\s(«\"“]", word)[-1].lower()
    return getattr(lang, "CONTRACTED_ARTICLES", {}).get(word, word) in DEFINITE


def lowered_words(doc: Doc, attribute: str) -> list[str]:
    """Per token of ``doc``, its ``attribute`` ("LOWER", "LEMMA") in lower case (see :func:`words_of`)."""
    return words_of(doc, attribute, lower=True)


def words_of(doc: Doc, attribute: str, *, lower: bool = False) -> list[str]:
    """Per token of ``doc``, its ``attribute`` ("ORTH", "LOWER", "LEMMA"), in lower case with ``lower``, read from
    the document's array at once: a scan for a few words this way makes no Token for the others (a Token per word
    costs more)."""
    hashes = doc.to_array(attribute).tolist() if len(doc) else []
    strings = doc.vocab.strings
    folded = {value: strings[value].lower() if lower else strings[value] for value in set(hashes)}
    return [folded[value] for value in hashes]


def token_starts(doc: Doc) -> list[int]:
    """The character offset of each token of ``doc``, read from the document's array at once."""
    from spacy.attrs import IDX

    return doc.to_array(IDX).tolist() if len(doc) else []
