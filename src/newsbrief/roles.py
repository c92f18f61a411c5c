"""The roles an article gives its people, and their grammatical gender.

:func:`learn_roles` reads the article's own wording ("le président Tokaïev", "la ministre des Affaires étrangères,
Catherine Colonna", "Sergueï Lavrov, le ministre", "Mme Le Pen", and any lower-case word set off after a name:
"Élise Lambotte, chargée de plaidoyer"; the nouns for the members of the parties and the inhabitants of the places
a person's introduction names: "le député LFI X" -> "insoumis", "X (UDC/VD)" -> "vaudois") into role word -> the
people given that role (:class:`Role`, with the words that qualify it and the names of what it belongs to) and
person -> gender, weighing titles and determiners over agreeing adjectives, gendered endings and role pairs
("avocate" beside "avocat", "l'ex-avocate"), given names, a pronoun taking up the speaker in what they said
("Pruett said she was troubled", English only) and the tagger's guess (:func:`gender_evidence`). :func:`pick_role`
picks the person a later description ("le porte-parole du Kremlin") names; :mod:`newsbrief.speakers` resolves
descriptions with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.cues import is_negated, speech_lemma, speech_subject_tokens
from newsbrief.entities import EntityTable
from newsbrief.grammar import ADJUNCT_OPENERS, complement, honorific_before, is_address_title, is_age, is_finite_verb, \
    is_source_marker, lowered_words, noun_phrase, possessor, premodifies, represented_role, reported_pronoun
from newsbrief.names import demonym_place, fold_name, given_name_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Role:
    """A role the article gives a person: where, to whom, the lower-case words that qualify it ("service" for
    "le porte-parole du service diplomatique") and the capitalised ones that name what it belongs to ("affaires",
    "etrangeres" for "le ministre des Affaires étrangères", "quartier" for "porte-parole du Quartier général")."""

    at: int
    person: str
    qualifiers: frozenset[str]
    owners: frozenset[str] = frozenset()
    place: str = ""  # the country of a nationality adjective ("Burkina Faso" for "la ministre burkinabè")


#: The language lists of bodies, firms, places, texts and topics: a noun in one keeps its handling, whatever its
#: ending ("l'opérateur", "le commentaire").
_NON_PERSON_LISTS = ("ORG_NOUNS", "BUSINESS_CLASS_NOUNS", "FIRM_KIND_NOUNS", "BUSINESS_BODY_NOUNS", "BUSINESS_NOUNS",
                     "ADMINISTRATION_NOUNS", "BODY_PART_NOUNS", "EPITHET_BODY_NOUNS", "SUBGROUP_NOUNS", "CIRCLE_NOUNS",
                     "PLACE_KIND_NOUNS", "DIVISION_NOUNS", "TEXT_NOUNS", "REPORTING_NOUNS", "TOPIC_NOUNS",
                     "KINSHIP_NOUNS", "NON_PERSON_SUFFIXED")


def is_person_noun(noun: Token, lang: ModuleType) -> bool:
    """A lower-case common noun not in ``ROLE_NOUNS`` whose lemma has the ending of a person's trade, field or
    stance (``PERSON_SUFFIXES``: « le cardiologue », « un transitaire », "a physician"), in none of the lists of
    bodies, places, texts or things; a noun with an ending only masculine persons have is feminine (« la valeur »)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not noun.text.islower() or lemma in lang.ROLE_NOUNS:
        return False
    suffix = next((s for s in lang.PERSON_SUFFIXES if lemma.endswith(s) and len(lemma) > len(s) + 2),
                  None)
    if suffix is None or lemma in _non_person_nouns(lang):
        return False
    return not (suffix in lang.MASCULINE_PERSON_SUFFIXES and "Fem" in noun.morph.get("Gender"))


@lru_cache(maxsize=8)
def _non_person_nouns(lang: ModuleType) -> frozenset[str]:
    """The words of the language lists of ``_NON_PERSON_LISTS``, made once per language."""
    return frozenset().union(*(getattr(lang, name, ()) for name in _NON_PERSON_LISTS))


def with_person_nouns(doc: Doc, lang: ModuleType, speech_heads: Iterable[int] | None = None) -> ModuleType:
    """The language data with ``ROLE_NOUNS`` grown by the person nouns (:func:`is_person_noun`) the article makes
    speak: the singular subject of a speech verb (« insiste le cardiologue », « Un transitaire … estime »), so a
    speaking description with one is resolved as any role's; ``lang`` itself when there is none. ``speech_heads``:
    the subjects' indices when already found (:func:`~newsbrief.cues.speech_subject_tokens`)."""
    heads = speech_subject_tokens(doc, lang=lang) if speech_heads is None else speech_heads
    subjects = (doc[i] for i in heads)  # « insiste le cardiologue », inverted
    nouns = frozenset(t.lemma_.lower() for t in subjects if "Plur" not in t.morph.get("Number")
                      and t.tag_ not in ("NNS", "NNPS") and is_person_noun(t, lang))
    return _grown_language(lang, nouns) if nouns else lang


@lru_cache(maxsize=64)
def _grown_language(lang: ModuleType, nouns: frozenset[str]) -> ModuleType:
    """A copy of the language data with ``nouns`` added to ``ROLE_NOUNS``, one per set of nouns: the caches keyed
    on the language module (``cues._listed_speech_verb``) then serve every article that grows the same nouns."""
    grown = ModuleType(lang.__name__, lang.__doc__)
    grown.__dict__.update({k: v for k, v in vars(lang).items() if not k.startswith("__")})
    grown.ROLE_NOUNS = lang.ROLE_NOUNS | nouns
    return grown


def learn_roles(doc: Doc, table: EntityTable, *, lang: ModuleType,
                quoted: Sequence[tuple[int, int]] = (), text: str | None = None,
                ) -> tuple[dict[str, list[Role]], dict[str, str]]:
    """Role word -> the people given that role, and person -> grammatical gender, from the article's own
    wording: "le président Tokaïev", "la ministre des Affaires étrangères, Catherine Colonna", "Sergueï
    Lavrov, le ministre", "Mme Le Pen", "Mr. Smith". ``text`` is ``doc.text`` when the caller has read it."""
    labels = {e.name: e.label for e in table.entities}
    roles: dict[str, list[Role]] = {}
    evidence: list[tuple[str, str, float]] = []  # (person, gender, weight)
    sentences, text = _sentence_bounds(doc), doc.text if text is None else text  # Doc.text joins every token
    for mention, name in table.mentions:
        if labels.get(name) != "PER" or any(a <= mention.start < b for a, b in quoted):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if "-" in (text[mention.start - 1:mention.start], text[mention.end:mention.end + 1]):
            continue  # one name of a hyphenated pair ("la liste Lasserre-Bénaben"): the words around are the pair's
        for token in _linked_tokens(doc, span, lang):
            _learn_linked_role(token, span, name, mention.start, roles, lang)
            evidence += [(name, gender, weight) for gender, weight in _linked_gender(token, span, lang)
                         if not _namesake(span, name, gender, lang)]
        evidence += [(name, gender, weight) for gender, weight in _name_gender(span, lang, alone=" " not in name)]
        evidence += [(name, gender, weight) for gender, weight in _set_off_participle(doc, span, lang)]
        _learn_set_off_word(doc, span, name, mention.start, roles, lang)
        _learn_age_noun(doc, span, name, mention.start, roles, lang)
        _learn_role_after_age(doc, span, name, mention.start, roles, lang)
        for noun in _member_nouns(doc, span, text, sentences[span.start], lang):
            roles.setdefault(noun, []).append(Role(mention.start, name, frozenset()))
    _learn_titles_before_names(doc, table, labels, roles, lang, quoted)
    words, lemmas = lowered_words(doc, "LOWER"), lowered_words(doc, "LEMMA")  # read once for the scans below
    _learn_verb_roles(doc, words, table, labels, roles, lang, quoted)
    _learn_noun_roles(doc, words, table, labels, roles, lang, quoted)
    _learn_held_portfolios(doc, lemmas, table, labels, roles, lang, quoted)
    _learn_subject_roles(doc, lemmas, table, labels, roles, lang, quoted)
    _learn_named_relatives(doc, words, table, labels, roles, lang, quoted)
    _learn_trial_roles(doc, table, roles, lang, quoted)
    _learn_charged_defendants(doc, words, lemmas, table, labels, roles, lang, quoted)
    return roles, _genders(evidence)


def _proper_noun_indices(doc: Doc) -> list[int]:
    """The indices of the tokens tagged as proper nouns, read from the document's array at once."""
    from spacy.attrs import POS
    from spacy.symbols import PROPN

    return [i for i, pos in enumerate(doc.to_array(POS).tolist() if len(doc) else []) if pos == PROPN]


def _learn_titles_before_names(doc: Doc, table: EntityTable, labels: dict[str, str], roles: dict[str, list[Role]],
                               lang: ModuleType, quoted: Sequence[tuple[int, int]]) -> None:
    """The role a noun right before a name gives it ("Harare magistrate Mrs Loice X"), or a capitalised title
    after the name of the body it heads ("CPUC Chairwoman Lourdes X" for a later "the chairwoman"; see
    :func:`_body_title`), outside quotes; the body's words are the role's owners."""
    for token in (doc[i] for i in _proper_noun_indices(doc) if i > 0):
        before = _before_address_title(doc, token.i, lang)
        body = _body_title(before, lang)
        if (before.pos_ == "NOUN" or body) and before.lemma_.lower() in lang.ROLE_NOUNS \
                and not any(a <= token.idx < b for a, b in quoted):
            name = table.canonical(token.text) or (table.name_at(token.idx) if before.i < token.i - 1 or body
                                                   else None)
            if name is not None and labels.get(name) == "PER":
                owners = frozenset(fold_name(t.text) for t in body)
                roles.setdefault(before.lemma_.lower(), []).append(Role(token.idx, name, frozenset(), owners))


def _body_title(title: Token, lang: ModuleType) -> list[Token]:
    """The words of the organisation a capitalised title right after its name belongs to ("CPUC Chairwoman",
    "Treasury Board President"; an acronym the tagger left untagged), which make it an office of that body, not a
    title of another kind ("Foreign Minister X" is left out, see :func:`_title_role`, and "Health Secretary X",
    ``PORTFOLIOS``); [] for any other word."""
    if title.i == 0 or not title.is_title or title.pos_ != "PROPN" or title.lower_ in lang.GENDERED_TITLES:
        return []
    body: list[Token] = []
    for word in reversed(title.doc[max(0, title.i - 6): title.i]):
        acronym = word.pos_ == "PROPN" and word.is_alpha and word.is_upper and len(word) > 1  # "WSRB", untagged
        if word.ent_type_ != "ORG" and not (acronym and not body):
            break
        body.insert(0, word)
    portfolios = getattr(lang, "PORTFOLIOS", frozenset())  # "Health Secretary X": a portfolio the tagger took for one
    return [] if any(w.lower_ in portfolios for w in body) else body


def _before_address_title(doc: Doc, index: int, lang: ModuleType) -> Token:
    """The word before token ``index``, past a title of address ("Mrs", "Dr"), which is no part of the name."""
    return doc[index - 2] if index > 1 and is_address_title(doc[index - 1], lang) else doc[index - 1]


def _learn_verb_roles(doc: Doc, words: list[str], table: EntityTable, labels: dict[str, str],
                      roles: dict[str, list[Role]], lang: ModuleType, quoted: Sequence[tuple[int, int]]) -> None:
    """The role a verb form of the language data gives the person named after it (``ROLE_VERB_FORMS``:
    "l'association que préside Olivier X" -> "président"), or named as its subject, or taken up by a relative
    pronoun subject, the role then being of the verb's object ("Anne X, qui préside la commission", "Anne X, who
    chairs the committee"), outside quotes and not negated. ``words`` are the tokens' lower-case forms."""
    role_verbs = lang.ROLE_VERB_FORMS
    for token in (doc[i] for i, word in enumerate(words) if word in role_verbs):
        role = role_verbs[token.lower_]
        if not role or any(a <= token.idx < b for a, b in quoted) or is_negated(token, lang):
            continue
        holder = _role_verb_holder(token, lang)
        subject = _clause_subject_name(token, lang) if holder is None else None  # "X, qui préside la …"
        name = table.name_at((holder or subject).idx) if holder or subject else None
        if name is not None and labels.get(name) == "PER":
            qualifiers, owners = _object_words(token) if subject is not None else (frozenset(), frozenset())
            roles.setdefault(role, []).append(Role((holder or subject).idx, name, qualifiers, owners))


def _learn_noun_roles(doc: Doc, words: list[str], table: EntityTable, labels: dict[str, str],
                      roles: dict[str, list[Role]], lang: ModuleType, quoted: Sequence[tuple[int, int]]) -> None:
    """The role a noun for holding an office gives the person named in its complement (``ROLE_NOUN_FORMS``:
    « réunies sous la présidence de la ministre togolaise des Affaires étrangères, Afi X » -> "président"; "under
    the chairmanship of X" -> "chair"), outside quotes. ``words`` are the tokens' lower-case forms."""
    forms, links = lang.ROLE_NOUN_FORMS, lang.ROLE_NOUN_LINKS
    for token in (doc[i] for i, word in enumerate(words[:-1]) if word in forms and words[i + 1] in links):
        if any(a <= token.idx < b for a, b in quoted):
            continue
        named = ((w, table.name_at(w.idx)) for w in _names_after(doc[token.i + 1], lang))
        holder, name = next(((w, n) for w, n in named if n is not None and labels.get(n) == "PER"), (None, None))
        if holder is not None and name is not None:
            roles.setdefault(forms[token.lower_], []).append(Role(holder.idx, name, frozenset()))


def _names_after(marker: Token, lang: ModuleType) -> list[Token]:
    """The first words of the names a preposition introduces, past the determiners, adjectives, nouns and
    complements of a description before them ("by Norwegian envoy Lars X", « de la ministre togolaise des Affaires
    étrangères, Afi X »: a comma is crossed only after a role noun, a name then set off in apposition to it); none
    past a verb or any other word, nor a name a finite verb follows (the subject of the next clause: « sous la
    présidence de l'ONU, Jean X a dit »)."""
    doc, role_seen, names = marker.doc, False, []
    for word in doc[marker.i + 1: min(marker.i + 14, len(doc))]:
        if word.text == "," and not role_seen or word.pos_ not in ("DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"):
            break
        if is_address_title(word, lang):
            continue  # "by Mrs X"
        if word.pos_ == "PROPN" and (doc[word.i - 1].pos_ != "PROPN" or is_address_title(doc[word.i - 1], lang)):
            end = word.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            if end < len(doc) and is_finite_verb(doc[end]):
                break
            names.append(word)
        role_seen = role_seen or word.lemma_.lower() in lang.ROLE_NOUNS
        if word.is_punct and word.text != ",":
            break
    return names


def _object_words(verb: Token) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case nouns and the capitalised words, accent-folded, of a role verb's object ("X, qui préside la
    commission des finances" -> "commission", "finances"; "X, who chairs the CPUC" -> "cpuc"): what the role
    is of, as a role noun's complement would tell ("le président de la commission")."""
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    if obj is None:
        return frozenset(), frozenset()
    words = [t for t in obj.subtree if t.pos_ in ("NOUN", "PROPN") and t.i - obj.i <= 6]
    return (frozenset(t.lemma_.lower() for t in words if t.text.islower()),
            frozenset(fold_name(t.text) for t in words if t.text[:1].isupper()))


def _learn_held_portfolios(doc: Doc, lemmas: list[str], table: EntityTable, labels: dict[str, str],
                           roles: dict[str, list[Role]], lang: ModuleType, quoted: Sequence[tuple[int, int]]) -> None:
    """The office a portfolio held gives the person holding it (``HELD_OFFICES``: "X, who has held the home
    affairs portfolio since February," -> "minister"): press names a minister's office so and calls the person
    "the minister" after, outside quotes. ``lemmas`` are the tokens' lemmas in lower case."""
    for noun, office in getattr(lang, "HELD_OFFICES", {}).items():
        for token in (doc[i] for i, lemma in enumerate(lemmas) if lemma == noun):
            if token.dep_ != "dobj" or token.head.lemma_.lower() not in lang.HOLDING_VERBS:
                continue
            holder = _clause_subject_name(token.head)
            name = table.name_at(holder.idx) if holder is not None else None
            if name is not None and labels.get(name) == "PER" and not any(a <= token.idx < b for a, b in quoted):
                roles.setdefault(office, []).append(Role(holder.idx, name, frozenset()))


def _learn_subject_roles(doc: Doc, lemmas: list[str], table: EntityTable, labels: dict[str, str],
                         roles: dict[str, list[Role]], lang: ModuleType, quoted: Sequence[tuple[int, int]]) -> None:
    """The role a verb gives the person named as its subject (``SUBJECT_ROLE_VERBS``: "X, who …, was testifying
    on Monday" -> "witness"), outside quotes: a court report calls that person "the witness" after. ``lemmas``
    are the document's lower-case lemmas (:func:`~newsbrief.grammar.lowered_words`)."""
    role_verbs = getattr(lang, "SUBJECT_ROLE_VERBS", {})
    found = (doc[i] for i, lemma in enumerate(lemmas) if lemma in role_verbs)
    for token in (t for t in found if t.pos_ == "VERB"):
        holder = _clause_subject_name(token) if not any(a <= token.idx < b for a, b in quoted) else None
        name = table.name_at(holder.idx) if holder is not None else None
        if name is not None and labels.get(name) == "PER":
            roles.setdefault(role_verbs[token.lemma_.lower()], []).append(Role(holder.idx, name, frozenset()))


def _clause_subject_name(verb: Token, lang: ModuleType | None = None) -> Token | None:
    """The name a verb's subject is, or that a relative pronoun subject takes up ("X, who holds …": X; with
    ``lang``, any of its ``RELATIVE_PRONOUNS``: "X, qui préside …"); None for any other subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    relative = subject is not None and (subject.tag_ == "WP" or lang is not None
                                        and subject.lower_ in lang.RELATIVE_PRONOUNS)
    if relative and verb.dep_ in ("relcl", "acl:relcl"):
        subject = verb.head
    if subject is not None and lang is not None and is_address_title(subject, lang) \
            and subject.i + 1 < len(subject.doc):
        subject = subject.nbor()  # "Mme X, qui préside": the parser heads the name with its title
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _learn_named_relatives(doc: Doc, words: list[str], table: EntityTable, labels: dict[str, str],
                           roles: dict[str, list[Role]], lang: ModuleType, quoted: Sequence[tuple[int, int]]) -> None:
    """A possessed noun of kinship right before a person's name ("et son épouse Sandrine", "sa fille Léa") names
    that relative: the kinship noun becomes the relative's role, so that a later "son épouse" takes up the person
    the article named so, not a description built on whoever "son" stands for. The tagger may read a given name
    after such a noun as a common noun, so a capitalised word will do. ``words`` are the tokens' lower-case forms."""
    kinship = lang.KINSHIP_NOUNS
    for token in (doc[i] for i in range(1, len(words) - 1) if words[i] in kinship):
        named = doc[token.i + 1]
        if doc[token.i - 1].lower_ not in lang.POSSESSIVES or not named.text[:1].isupper() \
                or any(a <= named.idx < b for a, b in quoted):
            continue
        name = table.name_at(named.idx)
        if name is not None and labels.get(name) == "PER":
            roles.setdefault(token.lower_, []).append(Role(named.idx, name, frozenset()))


def _learn_trial_roles(doc: Doc, table: EntityTable, roles: dict[str, list[Role]], lang: ModuleType,
                       quoted: Sequence[tuple[int, int]]) -> None:
    """A trial report's roles (``DEFENDANT_VERBS``): the defendant, the person named as the subject of "comparaître"
    or whom a participle of being tried describes ("Jugé pour diffamation, X a …", "X, poursuivi pour …"), and the
    presiding judge as one of its magistrates, as is a president of a court anywhere ("la présidente de la 11e
    chambre"). A report is a trial's when it names a defendant so, or tells of people tried before a court ("Une
    gérante et son compagnon étaient jugés mardi par le tribunal correctionnel": "la présidente, X" presides it)."""
    from spacy.attrs import LEMMA, LOWER

    verbs, participles = getattr(lang, "DEFENDANT_VERBS", ()), getattr(lang, "DEFENDANT_PARTICIPLES", ())
    people = {e.name for e in table.entities if e.label == "PER"}
    strings = doc.vocab.strings  # by the words' hashes, read at once: a Token per word would cost more
    verb_ids, participle_ids = {strings.add(v) for v in verbs}, {strings.add(p) for p in participles}
    accusing_ids = {strings.add(v) for v in getattr(lang, "ACCUSING_VERBS", ())}
    hashes = doc.to_array([LEMMA, LOWER]).tolist() if verbs else []
    before_court = False  # people tried before a court, named or not
    for token in (doc[i] for i, (lemma, lower) in enumerate(hashes)
                  if lemma in verb_ids or lower in participle_ids or lemma in accusing_ids):
        if token.lemma in accusing_ids and not any(a <= token.idx < b for a, b in quoted):
            _learn_accusation(token, table, people, roles, lang)
        tried = token.lemma in verb_ids and token.pos_ == "VERB" or token.lower in participle_ids
        tried = tried and not any(a <= token.idx < b for a, b in quoted) and not is_negated(token, lang)
        near = doc[token.i + 1: token.i + 6]  # "jugés mardi par le tribunal", not "un projet jugé coûteux"
        before_court = before_court or tried and any(t.lemma_.lower() in lang.COURT_WORDS for t in near)
        person = _tried_person(token, table, people) if tried else None
        described = _described_defendant(token, table, people, roles, lang, quoted) \
            if tried and person is None else None
        person = person or described
        if person is not None:
            roles.setdefault(lang.DEFENDANT_ROLE, []).append(Role(token.idx, person, frozenset()))
        if described is not None:
            _learn_described_age(token, described, roles, lang)
            _learn_described_role(token, described, roles, lang)
    _learn_unaged_defendant(roles, lang)
    president, magistrate = getattr(lang, "PRESIDING_ROLE", ("", ""))
    trial = (lang.DEFENDANT_ROLE in roles or before_court) if verbs else False
    for role in roles.get(president, []) if president else []:
        court = role.qualifiers & lang.COURT_WORDS or {fold_name(w) for w in lang.COURT_WORDS} & role.owners
        if court or trial and not role.owners:
            roles.setdefault(magistrate, []).append(role)


def _learn_charged_defendants(doc: Doc, words: list[str], lemmas: list[str], table: EntityTable,
                              labels: dict[str, str], roles: dict[str, list[Role]], lang: ModuleType,
                              quoted: Sequence[tuple[int, int]]) -> None:
    """The defendant of a court report, whom "the accused" takes up: the person a passive participle of being
    charged names (``CHARGED_PARTICIPLES``: "X was charged with theft", "X, accused of fraud, …", "X, 52, of
    Y, who is charged with …"), or the one a trial is of (``TRIAL_NOUNS``: "the trial of former manager X").
    ``words`` and ``lemmas`` are the tokens' lower-case forms and lemmas, as the sibling scans take them."""
    participles, trials = getattr(lang, "CHARGED_PARTICIPLES", ()), getattr(lang, "TRIAL_NOUNS", ())
    if not participles or not hasattr(lang, "DEFENDANT_ROLE"):
        return
    for token in (doc[i] for i, word in enumerate(words) if word in participles or lemmas[i] in trials):
        charged = token.lower_ in participles
        if any(a <= token.idx < b for a, b in quoted):
            continue
        named = _charged_nouns(token, lang) if charged else _trial_of(token, lang)
        found = next(((word, person) for word in named
                      if (person := _person_named_at(word, table, labels)) is not None), None)
        if found is not None:
            roles.setdefault(lang.DEFENDANT_ROLE, []).append(Role(found[0].idx, found[1], frozenset()))


def _charged_nouns(participle: Token, lang: ModuleType) -> list[Token]:
    """The words that may name whom a passive participle of being charged is said of: its passive subject, the
    proper nouns before a relative pronoun standing for it, nearest first (the antecedent of "who", however the
    parser hung the clause: "X, 41, of Y, who is charged"), or the noun a reduced relative qualifies ("X, accused
    of fraud"); none for an active verb ("X accused the minister") or a negated one ("X was not charged")."""
    if "Part" not in participle.morph.get("VerbForm") or is_negated(participle, lang):
        return []
    subject = next((c for c in participle.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    if subject is None:
        return [participle.head] if participle.dep_ == "acl" and participle.head.pos_ == "PROPN" else []
    if subject.pos_ != "PRON":
        return [subject]
    if subject.lower_ not in lang.RELATIVE_PRONOUNS:
        return []
    return [t for t in reversed(participle.doc[participle.sent.start:subject.i]) if t.pos_ == "PROPN"]


def _trial_of(noun: Token, lang: ModuleType) -> list[Token]:
    """The name a trial noun is "of" ("the trial of former manager X", ``TRIAL_LINKS``), if any."""
    links = getattr(lang, "TRIAL_LINKS", frozenset())
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in links), None)
    named = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return [named] if named is not None and named.pos_ == "PROPN" else []


def _person_named_at(word: Token, table: EntityTable, labels: dict[str, str]) -> str | None:
    """The person whose name a word is part of, if the article names a person there."""
    name = table.name_at(word.idx)
    return name if name is not None and labels.get(name) == "PER" else None


def _learn_accusation(verb: Token, table: EntityTable, people: set[str], roles: dict[str, list[Role]],
                      lang: ModuleType) -> None:
    """The defendants a verb of accusing names after "contre", and, when it names one, the person named as its
    subject, who holds the prosecution's role (``ACCUSER_ROLE``: "X a requis dix ans contre Y" for an earlier or
    later « le substitut du procureur »; not "X a requis l'anonymat")."""
    accused = _accused(verb, table, people, lang)
    for at, person in accused:
        roles.setdefault(lang.DEFENDANT_ROLE, []).append(Role(at, person, frozenset()))
    subject = _clause_subject_name(verb) if accused and getattr(lang, "ACCUSER_ROLE", "") else None
    accuser = table.name_at(subject.idx) if subject is not None else None
    if accuser in people and accuser not in {person for _, person in accused}:
        roles.setdefault(lang.ACCUSER_ROLE, []).append(Role(subject.idx, accuser, frozenset()))


def _accused(verb: Token, table: EntityTable, people: set[str], lang: ModuleType) -> list[tuple[int, str]]:
    """The people a verb of accusing names after "contre" in its sentence, with where ("Le procureur a requis deux
    ans dont un ferme contre X, dix-huit mois avec sursis contre M. Y")."""
    found = []
    for token in verb.doc[verb.i + 1: verb.i + 40]:
        if token.is_sent_start:
            break
        if token.lower_ in lang.AGAINST_WORDS and token.i + 1 < len(verb.doc):
            named = token.nbor()
            while named.lower_.rstrip(".") in lang.GENDERED_TITLES and named.i + 1 < len(verb.doc):
                named = named.nbor()  # "contre M. Gobert"
            person = table.name_at(named.idx)
            found += [(named.idx, person)] if person in people else []
    return found


def _tried_person(token: Token, table: EntityTable, people: set[str]) -> str | None:
    """The person named as the subject of a verb of being tried, or whom its participle describes: the name it
    is hung on, or set off after it or joined to it (a plural participle on a coordination: "la société et son
    gérant, X, poursuivis pour …"), else the subject of the clause it opens ("Poursuivi par …, le conseiller
    Rémi X a comparu")."""
    if token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm"):
        subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
    elif token.dep_ in ("acl", "amod", "appos"):
        subject = token.head
    elif token.dep_ in ("advcl", "ROOT", "acl:relcl") or token.i == token.sent.start:
        subject = next((c for c in token.head.children if c.dep_.startswith("nsubj") and c.i > token.i), None) \
            if token.dep_ == "advcl" else next((c for c in token.children if c.dep_.startswith("nsubj")), None)
    else:
        subject = None
    if subject is None:
        return None
    words = [subject, *(c for c in subject.children if c.dep_ in ("appos", "flat:name", "flat", "nmod", "conj")
                        and not complement(c, subject))]  # "X et son associé, Y, poursuivis pour …": both tried
    for word in words:
        name = table.name_at(word.idx)
        if name in people:
            return name
    return None


def _learn_unaged_defendant(roles: dict[str, list[Role]], lang: ModuleType) -> None:
    """A trial report that gives no one an age still calls its one defendant by the noun of their decade, from the
    court's file (« Réponse du quinquagénaire »): with a single defendant and no age learnt, every decade noun
    is theirs."""
    nouns = getattr(lang, "DECADE_NOUNS", {}).values()
    defendants = {r.person for r in roles.get(lang.DEFENDANT_ROLE, [])}
    if len(defendants) != 1 or any(noun in roles for noun in nouns):
        return
    first, person = min(r.at for r in roles[lang.DEFENDANT_ROLE]), defendants.pop()
    for noun in nouns:
        roles[noun] = [Role(first, person, frozenset())]


def _described_defendant(verb: Token, table: EntityTable, people: set[str], roles: dict[str, list[Role]],
                         lang: ModuleType, quoted: Sequence[tuple[int, int]]) -> str | None:
    """A defendant a trial report first describes, as the subject of "comparaître" ("L'ancien trésorier de la
    commune a comparu hier …", "Un propriétaire de 58 ans comparaissait …"), and names only further on: the first
    person named for the first time after that sentence, outside quotes, within the next three paragraphs, and
    named again (the report's protagonist, not a passing name), who is no officer of the court (``COURT_ROLES``:
    "la présidente, X"). Not two people ("Un arboriculteur et son fils")."""
    subject = _tried_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or "Plur" in subject.morph.get("Number") \
            or "Plur" in verb.morph.get("Number") or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Le chauffeur d'un camion et le gérant … étaient jugés": two people, however parsed
    text, end, limit = verb.doc.text, verb.sent.end_char, verb.idx
    for _ in range(4):  # the end of the third paragraph after the verb's (a byline and a date may come between)
        limit = text.find("\n\n", limit + 2) if limit >= 0 else -1
    limit = len(text) if limit < 0 else limit
    counts = {e.name: e.count for e in table.entities}
    seen = {r.person for word in lang.COURT_ROLES for r in roles.get(word, [])}
    for mention, name in sorted(table.mentions, key=lambda pair: pair[0].start):
        if end <= mention.start < limit and name in people - seen and counts.get(name, 0) > 1 \
                and not any(a <= mention.start < b for a, b in quoted):
            return name
        seen.add(name)
    return None


def _tried_subject(verb: Token) -> Token | None:
    """The noun a verb of being tried is said of: its subject ("L'ancien trésorier a comparu"), or the noun its
    participle qualifies ("le tribunal jugeait l'ancien directeur du syndicat, poursuivi pour favoritisme")."""
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    qualified = "Part" in verb.morph.get("VerbForm") and verb.dep_ in ("acl", "appos", "amod")
    return subject if subject is not None or not qualified else verb.head


def _learn_described_role(verb: Token, person: str, roles: dict[str, list[Role]], lang: ModuleType) -> None:
    """The role noun of a defendant's description ("L'ancien trésorier de la commune a comparu") is the role of the
    person named further on, whom « l'ancien trésorier » then takes up."""
    subject = _tried_subject(verb)
    lemma = subject.lemma_.lower() if subject is not None else ""
    if lemma in lang.ROLE_NOUNS:
        roles.setdefault(lemma, []).append(Role(subject.idx, person, role_qualifiers(subject), role_owners(subject)))


def _learn_described_age(verb: Token, person: str, roles: dict[str, list[Role]], lang: ModuleType) -> None:
    """The age in a defendant's description ("Un propriétaire de 58 ans a comparu") gives the noun of its decade
    to the person named further on (« le quinquagénaire »), as an age set off after the name does."""
    subject = _tried_subject(verb)
    if subject is None:
        return
    nouns = getattr(lang, "DECADE_NOUNS", {})
    for number in subject.subtree:
        noun = nouns.get(int(number.text) // 10) if number.text.isdigit() and is_age(number, lang) else None
        if noun is not None:
            roles.setdefault(noun, []).append(Role(number.idx, person, frozenset()))


def _role_verb_holder(verb: Token, lang: ModuleType) -> Token | None:
    """The name that holds the role a verb gives ("que préside Olivier X", "présidée par Anne X", "présidé par la
    juge Anne X": a title before the name; "prosecuted by X"): the name just after it, or after its agent marker
    (``AGENT_MARKERS``), past a description of the person ("chaired by Norwegian envoy Lars X",
    :func:`_names_after`); None otherwise."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.lower_ in lang.AGENT_MARKERS and verb.i + 2 < len(doc):
        if doc[verb.i + 2].pos_ != "PROPN":  # "chaired by Norwegian envoy Lars X", « présidé par la juge Anne X »
            return next(iter(_names_after(after, lang)), None)
        after = doc[verb.i + 2]
    if after is not None and is_address_title(after, lang) and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # "prosecuted by Mrs X"
    return after if after is not None and after.pos_ == "PROPN" else None


def _linked_tokens(doc: Doc, span: Span, lang: ModuleType) -> list[Token]:
    """The words a person's name is tied to: the head it is apposed to or names, its appositions and complements,
    the word before it and a role set off by a comma before it. The role a name complements is another's
    ("l'avocat de Samir B." is not Samir B.'s role). A name under a preposition is no subject: when the parser
    made it one, the noun it hung on it as an apposition is the clause's real subject, someone else ("Contre X, la
    représentante du parquet a requis …")."""
    root = span.root
    linked = [root.head] if root.dep_ in ("appos", "flat:name", "flat", "nmod", "compound") \
        and not (root.dep_ == "nmod" and complement(root, root.head)) and not _premodifier(span) else []
    misread = root.dep_.startswith("nsubj") and any(c.dep_ == "case" for c in root.children)
    subject_after = _main_subject_after(doc, span, lang)  # "Opening … before Justice X, the former director, …"
    linked += [c for c in root.children if c.dep_ == "nmod" or c.dep_ == "appos" and not misread
               and not (subject_after and c.i > span.end)]
    linked += [doc[span.start - 1]] if span.start > 0 else []
    return linked + _comma_apposition(doc, span, lang)


def _premodifier(span: Span) -> bool:
    """A name qualifying a noun after it that opens with its own determiner (see
    :func:`~newsbrief.grammar.premodifies`): the noun is someone tied to the name, not the name's role."""
    head = span.root.head
    return span.root.dep_ in ("compound", "nmod") and head.i >= span.end and premodifies(span[0], head)


def _learn_linked_role(token: Token, span: Span, name: str, start: int, roles: dict[str, list[Role]],
                       lang: ModuleType) -> None:
    """Record the role a word tied to the name gives it: a role noun, or an abbreviated title just before it
    ("Sen. Roger Halvorsen")."""
    set_off = token.i >= span.end or any(t.text == "," for t in span.doc[token.i:span.start])  # not "Minister X"
    if token.lemma_.lower() in lang.ROLE_NOUNS and (_nominal(token) or set_off and _capitalised_title(token)):
        role = Role(start, name, role_qualifiers(token), role_owners(token, beside=range(span.start, span.end)),
                    role_place(token))
        words = {token.lemma_.lower(), represented_role(token, lang)} | {
            c.lower_ for c in token.children if c.dep_ == "amod" and _affiliation_word(c.lower_, lang)}
        for word in words - {None}:  # "le porte-parole péquiste"; "la représentante du parquet" is a prosecutor too
            roles.setdefault(word, []).append(role)
    elif token.i == span.start - 1 and (titled := _title_role(token, lang)):
        roles.setdefault(titled, []).append(Role(start, name, frozenset()))


def _linked_gender(token: Token, span: Span, lang: ModuleType) -> list[tuple[str, float]]:
    """The genders a word tied to the name tells, with their weights. A noun just before the name tells its
    gender only when it governs it ("l'historienne Nicole X"), not as a complement ("le ministre des finances
    Tõnis Aru"), nor when it is a speech verb the tagger took for a noun (« … », tonne Laurent X) or the noun of
    an adjunct the parser hung the name on ("estime pour sa part Mathias X": "sa part" is no woman); a gendered
    title before the name tells it surely ("Mme", "Mr."), not a party's acronym after it ("Sabine X (MR)"), nor an
    abbreviated role, the same for both ("Me Hadjira X", "Pr Anne X": the tagger's guess)."""
    found = []
    abbreviated = token.lower_ in lang.ABBREVIATED_ROLES
    if token.pos_ == "NOUN" and not abbreviated and (token.lemma_.lower() in lang.ROLE_NOUNS
                                 or token.i == span.start - 1 and token.i == span.root.head.i
                                 and speech_lemma(token, lang) is None
                                 and not any(c.dep_ == "case" for c in token.children)):
        gender, weight = gender_evidence(token)
        if not (weight <= _TAGGER_WEIGHT and _epicene(token, lang)):
            found.append((gender, weight))
    kin = _kin_gender(token, span, lang)
    if kin:  # "Ortiz's son, Mateo,": the relative's gender, whatever the given name
        found.append((kin, _KIN_WEIGHT))
    title = token.lower_.rstrip(".")
    if title in lang.GENDERED_TITLES and token.i < span.start:
        found.append((lang.GENDERED_TITLES[title], _TITLE_WEIGHT))
    return found


def _kin_gender(token: Token, span: Span, lang: ModuleType) -> str:
    """The gender a noun of kinship tells of the name the parser tied to it: the noun the name is apposed to or
    compounds ("Ortiz's son, Mateo,", "his wife Leilani") or the noun apposed to the name ("Mateo, her son,");
    not a noun merely set off near it ("Peter X, whose mother, Marjorie,": Marjorie is the mother, not he), else
    ""."""
    root = span.root
    tied = token.i == root.head.i and root.dep_ in ("appos", "compound", "nmod", "flat") \
        or token.head.i == root.i and token.dep_ == "appos"
    kinship = lang.KINSHIP_GENDERS
    return kinship.get(token.lower_, "") if token.pos_ == "NOUN" and tied else ""


def _namesake(span: Span, name: str, gender: str, lang: ModuleType) -> bool:
    """Whether a surname alone, which the table joined to the full name ``name``, is told a gender its given name
    contradicts ("Mme Lallement" where the article names "Grégory Lallement"): a spouse or relative shares the
    surname, and a title or role word before it tells that namesake's gender, not the named person's."""
    given = given_name_gender(name.split()[0], lang) if " " in name else ""
    return len(span) == 1 and bool(given) and bool(gender) and gender != given


def _name_gender(span: Span, lang: ModuleType, *, alone: bool = False) -> list[tuple[str, float]]:
    """The genders the name itself and what is said of it tell: a pronoun reporting it ("X said she"), the
    tagger's gender of a first word (not an adjective the parser hung on it: "Yanis Gherbi esquive" is no
    feminine adjective), a known given name. A person the article names by one word only (``alone``: "his son,
    John") is told by that word when it is a known given name, below a pronoun reporting it (it may be a
    surname that looks like one); a surname alone standing for a full name tells nothing."""
    found = []
    said = reported_pronoun(span.root, span.end, lang)
    if said:
        found.append((said, 0.8))
    if len(span) > 1:
        found.append(gender_evidence(span[0], weight=0.6, agreeing=False))
    given = given_name_gender(span[0].text, lang) if len(span) > 1 or alone else ""
    if given:
        found.append((given, 1.0 if len(span) > 1 else 0.7))
    return found


def _set_off_participle(doc: Doc, span: Span, lang: ModuleType) -> list[tuple[str, float]]:
    """The gender of a past participle set off after a name, or after its age, which agrees with the person
    ("Moussa, 31 ans, arrivé de Bamako en 2023,"), weighed as an agreeing adjective; not a verb the name is the
    subject of (see :func:`_governs_name`), nor one that may agree with the noun the name complements."""
    i = span.end
    if i + 3 < len(doc) and doc[i].text == "," and is_age(doc[i + 1], lang):
        i += 3  # past the age
    participle = doc[i + 1] if i + 1 < len(doc) and doc[i].text == "," else None
    if participle is None or "Part" not in participle.morph.get("VerbForm") \
            or participle.morph.get("Number") != ["Sing"] or _governs_name(participle, span):
        return []
    gender = participle.morph.get("Gender")
    if _owner_of_like_noun(span, gender):
        return []
    return [(gender[0], 1.5 if gender[0] == "Fem" else 0.9)] if len(gender) == 1 else []


def _governs_name(verb: Token, span: Span) -> bool:
    """Whether the name, or the role it is set off after, is the subject of a word the tagger took for a
    participle: then it is the clause's finite verb, which agrees with nobody ("Le maire de X, Y, salue une
    décision", read as a feminine "saluée")."""
    subjects = {t.i for t in span} | {span.root.head.i}
    return any(c.dep_.startswith("nsubj") and c.i in subjects for c in verb.children)


def _owner_of_like_noun(span: Span, gender: list[str]) -> bool:
    """Whether the name is the complement of a noun of the participle's gender ("une lettre de X, datée de mai"):
    the participle may agree with that noun, whatever the parser hung it on, and tells nothing of the person."""
    root = span.root
    noun = root.head if root.dep_ == "nmod" and any(c.dep_ == "case" for c in root.children) else None
    return noun is not None and noun.pos_ == "NOUN" and noun.morph.get("Gender") == gender


def _title_role(title: Token, lang: ModuleType) -> str:
    """The role an abbreviated title before a name gives ("Sen." -> senator, "Gov." -> governor), for a later
    description ("the 71-year-old senator"), or a full title that names one role only ("Justice" -> judge); "" for
    any other word. Another title in full ("Foreign Minister X") is left out: articles use "the minister" for a
    person with some other title as well."""
    role = lang.ABBREVIATED_ROLES.get(title.lower_, "")
    return role if role in lang.ROLE_NOUNS else ""


def _learn_set_off_word(doc: Doc, span: Span, name: str, at: int, roles: dict[str, list[Role]],
                        lang: ModuleType) -> None:
    """A lower-case word set off by a comma after a name is a role of that person even when no role word
    list knows it ("Élise Lambotte, chargée de plaidoyer au CIRÉ," for a later « La chargée de plaidoyer »)."""
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return
    word = doc[span.end + 1]
    if not word.is_lower or not word.is_alpha or word.pos_ not in ("NOUN", "ADJ", "VERB") \
            or word.lemma_.lower() in lang.ROLE_NOUNS:
        return
    for key in {word.lower_, word.lemma_.lower()}:
        roles.setdefault(key, []).append(Role(at, name, role_qualifiers(word)))


def _learn_age_noun(doc: Doc, span: Span, name: str, at: int, roles: dict[str, list[Role]],
                    lang: ModuleType) -> None:
    """An age set off after a name gives the noun of its decade ("Patrick Gobert, 53 ans," or "X (53 ans)" for a
    later « le quinquagénaire », ``DECADE_NOUNS``)."""
    nouns = getattr(lang, "DECADE_NOUNS", {})
    if not nouns or span.end + 2 >= len(doc) or doc[span.end].text not in (",", "("):
        return
    number = doc[span.end + 1]
    noun = nouns.get(int(number.text) // 10) if number.text.isdigit() and is_age(number, lang) else None
    if noun is not None:
        roles.setdefault(noun, []).append(Role(at, name, frozenset()))


def _learn_role_after_age(doc: Doc, span: Span, name: str, at: int, roles: dict[str, list[Role]],
                          lang: ModuleType) -> None:
    """A role noun set off after a name and its age is that person's role, as court and local reports introduce
    people ("Jean X, 61 ans, ancien directeur des services de la commune," for a later « l'ancien directeur »):
    the first of the three words after the age's comma, maybe after a former role's adjective ("ancien")."""
    i = span.end
    if i + 4 >= len(doc) or doc[i].text != "," or not is_age(doc[i + 1], lang) or doc[i + 3].text != ",":
        return
    role = next((t for t in doc[i + 4: i + 7] if t.is_lower and _role_word(t, lang) in lang.ROLE_NOUNS), None)
    if role is not None and not any(t.is_punct for t in doc[i + 4: role.i]):
        roles.setdefault(_role_word(role, lang), []).append(
            Role(at, name, role_qualifiers(role), role_owners(role, beside=range(span.start, span.end))))


def _role_word(token: Token, lang: ModuleType) -> str:
    """The role word of a lower-case word: its lemma, or the word itself when the tagger took it for another part
    of speech ("gérant" as a participle of "gérer")."""
    return token.lower_ if token.lower_ in lang.ROLE_NOUNS else token.lemma_.lower()


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Per token, the (start, end) token indices of its sentence, read in one pass (``Span.sent`` scans the
    document at each call)."""
    return [(sent.start, sent.end) for sent in doc.sents for _ in range(sent.start, sent.end)]


def _member_nouns(doc: Doc, span: Span, text: str, sentence: tuple[int, int], lang: ModuleType) -> set[str]:
    """The nouns for the members of the parties and the inhabitants of the places a person's introduction ties
    them to (``MEMBER_NOUNS``, ``PLACE_INHABITANTS``): "le député LFI X" -> "insoumis"; "X, délégué CGT chez …"
    -> "cégétiste"; "X (UDC/VD)" -> "agrarien", "vaudois" (``CANTON_TAGS``); "le maire de Lyon, X" -> "lyonnais"."""
    members, places = lang.MEMBER_NOUNS, getattr(lang, "PLACE_INHABITANTS", {})
    cantons = getattr(lang, "CANTON_TAGS", {})
    words = [t.lower_ for t in _introduction(doc, span, sentence, lang)]
    tags = _bracketed_tags(text, span)
    nouns = {n for w in words + tags for n in members.get(w, ()) + places.get(w, ())}
    nouns |= {w for w in words if _affiliation_word(w, lang) and w not in lang.ROLE_NOUNS}  # a role noun
    # ("économiste") is learnt with its owner where it is tied to the name
    return nouns | {n for w in tags if w in cantons for n in places.get(cantons[w], ())}


def _affiliation_word(word: str, lang: ModuleType) -> bool:
    """A word of a person's introduction that names a movement or party line and that a journalist nominalises
    for them later, whatever the party ("le porte-parole péquiste X" … "le péquiste"; "la députée
    indépendantiste X" … "l'indépendantiste"; "the unionist MLA X" … "the unionist"): the language's affiliation
    suffix (``AFFILIATION_SUFFIXES``), not a short common word ("liste")."""
    return len(word) >= 7 and word.isalpha() and word.endswith(lang.AFFILIATION_SUFFIXES)


def _introduction(doc: Doc, span: Span, sentence: tuple[int, int], lang: ModuleType) -> list[Token]:
    """The words that introduce a name in its sentence: those just before it back to a punctuation mark or a verb
    ("le député LFI Yanis X"), unless a preposition governs the name ("a rétorqué l'élu social-démocrate à M.
    X": those words are another's), and those of the apposition or brackets after it, up to the next comma past a
    first one, a finite verb or the sentence's end ("X, député de l'Hérault élu sous l'étiquette de LFI,")."""
    before: list[Token] = []
    governing = next((t for t in reversed(doc[max(sentence[0], span.start - 3): span.start])
                      if t.lower_.rstrip(".") not in lang.GENDERED_TITLES), None)
    for token in reversed(doc[max(sentence[0], span.start - 6): span.start] if governing is None
                          or governing.pos_ != "ADP" else ()):
        if token.is_punct and token.text not in "()" or token.pos_ in ("VERB", "AUX", "CCONJ") \
                or token.pos_ == "PROPN" and not token.is_upper:  # another name, not an acronym ("LFI")
            break
        before.append(token)
    after: list[Token] = []
    commas = 0
    for token in doc[span.end: min(sentence[1], span.end + 14)]:
        commas += token.text == ","
        if commas > 1 or token.text in (".", ";", ":", "«", "“") or is_finite_verb(token) \
                or token.pos_ == "CCONJ" and (not after or after[-1].text == ","):
            break  # a conjunction right after the name or its comma joins another ("X, et les Engagés …")
        after.append(token)
    return before + after


def _bracketed_tags(text: str, span: Span) -> list[str]:
    """The slash-separated tags in brackets right after a name, lower case ("X (UDC/VD)" -> "udc", "vd")."""
    rest = text[span.end_char: span.end_char + 24]
    if not rest.startswith(" (") or ")" not in rest:
        return []
    return [tag.strip().lower() for tag in rest[2: rest.index(")")].split("/")]


_TAGGER_WEIGHT = 0.5  # the weight gender_evidence gives the tagger's own guess
_KIN_WEIGHT = 1.2  # a noun of kinship tied to the name ("son", "wife"), as sure as a gendered ending
_TITLE_WEIGHT = 2.5  # a title just before the name ("M.", "Mme") outweighs a determiner the parse may misplace


def _epicene(noun: Token, lang: ModuleType) -> bool:
    """A role noun or party word with one form for both genders ("analyste", "ministre", "l'autonomiste"): with no
    article or adjective ("Tarek X, analyste à …"), its gender tag is the tagger's guess, no evidence about the
    person it describes."""
    word = noun.lower_
    known = word in lang.ROLE_NOUNS or _affiliation_word(word, lang)  # "l'autonomiste" too
    return known and word.endswith("e") and not _paired_role_gender(
        word, lang.FORMER_PREFIXES, lang.ROLE_NOUNS)


def _genders(evidence: list[tuple[str, str, float]]) -> dict[str, str]:
    """Each person's gender from the strongest evidence: titles ("Mme", "M.") over determiners ("la ministre",
    which a misparse may tie to the wrong name: "Comme Joël X, la porte-parole …, Maude Y, a accusé") over
    the noun's own tag ("historienne") over the given name's tag ("Nicole")."""
    best: dict[str, tuple[float, str]] = {}
    for name, gender, weight in evidence:
        if gender and (name not in best or weight > best[name][0]):
            best[name] = (weight, gender)
    return {name: gender for name, (_, gender) in best.items()}


def gender_evidence(noun: Token, *, weight: float = 0.5, agreeing: bool = True) -> tuple[str, float]:
    """(gender, weight): a feminine determiner weighs 2, an agreeing feminine adjective 1.5 ("la secrétaire
    générale"), a masculine one 0.9, below a given name, for the masculine is also the generic of titles ("le
    procureur Laure Beccuau"); a feminine ending of the language data 1.2 ("chercheuse", "spokeswoman"), a masculine
    one 0.9 for the same reason ("chairman Nicole X"), or a
    role word listed beside its other form, 1.2 ("avocate" beside "avocat"), not a look-alike ("witness",
    ``ENDING_EXCEPTIONS``); the word's own tag ``weight`` (the
    tagger guesses: "chercheuse" comes out masculine, epicene "ministre" at random). ``agreeing=False`` leaves
    adjectives out (a name's first word, on which the parser hangs verbs it took for adjectives)."""
    for dep, strength in (("det", 2.0), ("amod", 1.5))[:2 if agreeing else 1]:
        for child in (c for c in noun.children if c.dep_ == dep):
            found = child.morph.get("Gender")
            if len(found) == 1:  # the masculine is also the generic of titles ("le procureur Laure Beccuau")
                return found[0], strength if found[0] == "Fem" else 0.9
    word = noun.lower_
    lookalike = word in getattr(_language_of(noun), "ENDING_EXCEPTIONS", ())  # "witness" tells no gender
    for gender, endings in (("Fem", _endings(noun, "FEMININE_ENDINGS")), ("Masc", _endings(noun, "MASCULINE_ENDINGS"))):
        if noun.pos_ == "NOUN" and not lookalike and any(word.endswith(e) for e in endings):
            return gender, 1.2 if gender == "Fem" else 0.9  # "chairman Nicole X": the generic, below a given name
    lang = _language_of(noun)
    paired = _paired_role_gender(word, lang.FORMER_PREFIXES, lang.ROLE_NOUNS)
    if noun.pos_ == "NOUN" and paired:
        return paired, 1.2
    found = noun.morph.get("Gender")
    return (found[0], weight) if len(found) == 1 else ("", 0)


def description_gender(noun: Token) -> str | None:
    """The gender a description tells of the person it stands for; None when it tells none: an epicene role noun
    after an elided article ("l'édile", "l'analyste") has only the tagger's guess ("au ministre" shows it)."""
    gender, weight = gender_evidence(noun)
    lang = _language_of(noun)
    elided = any(c.dep_ == "det" and c.lower_ in lang.ELIDED_ARTICLES for c in noun.children)
    if elided and weight <= _TAGGER_WEIGHT and _epicene(noun, lang):
        return None
    return gender or None


def _paired_role_gender(word: str, prefixes: tuple[str, ...], roles: frozenset[str]) -> str:
    """The gender of a role word the language data lists with its other form, maybe after the prefix of a former
    role: "avocate" beside "avocat" is feminine ("l'ex-avocate"), "avocat" beside "avocate" masculine."""
    word = next((word[len(p):] for p in prefixes if word.startswith(p) and word not in roles), word)
    if word.endswith("e") and word[:-1] in roles:
        return "Fem"
    return "Masc" if word + "e" in roles else ""


def _language_of(token: Token) -> ModuleType:
    return _language_data(token.lang_)


@lru_cache(maxsize=None)
def _language_data(language: str) -> ModuleType:
    from newsbrief.lang import get_language_data

    return get_language_data(language)


def _endings(token: Token, name: str) -> tuple[str, ...]:
    return tuple(getattr(_language_of(token), name, ()))


def adjectives_of(noun: Token) -> frozenset[str]:
    return frozenset(c.lemma_.lower() for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ")


def adjectives_agree(these: frozenset[str], those: frozenset[str]) -> bool:
    """Two descriptions' adjectives agree when one has none or they share one ("européen")."""
    return not (these and those) or bool(these & those)


def role_qualifiers(role: Token) -> frozenset[str]:
    """Lower-case common nouns qualifying a role noun in its phrase ("service" in "le porte-parole du service
    diplomatique"), and a portfolio's adjective on it ("foreign" in "the foreign minister", ``PORTFOLIOS``): names
    ("du Kazakhstan") and other adjectives ("ancien", "kazakhstanais") are left out, and the
    nouns inside an adjective ("year" in "the 71-year-old senator"), and those of an adjunct the parser hung on
    the role ("a insisté son président sur les ondes de la radio"), and the nouns that class a business
    (``BUSINESS_CLASS_NOUNS``: "le patron du groupe namurois" is "le patron"), and those for a sitting of a body
    (``SITTING_NOUNS``: "la présidente de la session" is its body's "présidente"); a delegate's body is its role
    ("le représentant du parquet" is a prosecutor, see :func:`~newsbrief.grammar.represented_role`), no qualifier,
    nor a role of the same kind (``ROLE_KINDS``: "le substitut du procureur" is of the prosecution, as "le
    procureur X" is)."""
    adjunct, lang = _adjunct_start(role), _language_of(role)
    if represented_role(role, lang) is not None:
        return frozenset()
    business = getattr(lang, "BUSINESS_CLASS_NOUNS", frozenset()) | same_kind(role.lemma_.lower(), lang) \
        | lang.SITTING_NOUNS
    portfolios = getattr(lang, "PORTFOLIOS", frozenset())  # "the foreign minister": the adjective names the office
    return frozenset(t.lemma_.lower() for t in noun_phrase(role) if t is not role and (
                     t.pos_ == "NOUN" or t.pos_ == "ADJ" and t.head.i == role.i and t.lower_ in portfolios)
                     and t.text.islower() and abs(t.i - role.i) <= 6 and t.head.pos_ != "ADJ" and t.i < adjunct
                     and t.lemma_.lower() not in business and not _classed(t, role))


def role_place(role: Token) -> str:
    """The country a nationality adjective of a role noun points to ("la ministre marocaine": Maroc), else ""."""
    demonyms = getattr(_language_of(role), "DEMONYMS", {})
    return next((place for c in role.children if c.dep_ == "amod" and c.i > role.i
                 and (place := demonym_place(c.text, demonyms))), "")


def role_owners(role: Token, *, beside: range = range(0)) -> frozenset[str]:
    """The capitalised words after a role noun in its phrase, accent-folded, that name what the role belongs to
    ("kremlin" in "le porte-parole du Kremlin"), with the acronym in brackets after that name ("uniden" in
    "présidente de l'Union des industries utilisatrices d'énergie (Uniden)", for a later "la présidente de
    l'Uniden"); ``beside`` holds the person's own name, left out, and so are the words of an adjunct the parser
    hung on the role ("son président sur les ondes de l'ORTB"). For a role the tagger read as an adjective, whose
    complement the parser hangs elsewhere ("X, économiste chez Natixis,"), the words after it up to a punctuation
    mark."""
    adjunct = _adjunct_start(role)
    phrase = _set_off_words(role) if role.pos_ == "ADJ" else noun_phrase(role)
    words = [t for t in phrase if role.i < t.i <= role.i + 6 and t.i < adjunct and t.i not in beside
             and t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and _classed_body(t, role) is None]
    acronyms = [a for t in words if t.ent_iob_ == "B" and (a := _acronym_after(t))]
    return frozenset(fold_name(word) for word in [t.text for t in words + _possessive_owner(role)] + acronyms)


def _classed_body(word: Token, role: Token) -> Token | None:
    """The lower-case noun for a body that a capitalised class word before or after it qualifies ("the Crown
    corporation", « la société d'État », ``BODY_CLASS_CAPITALS``), other than the role itself: a kind of body,
    whose own name the article gives elsewhere; else None."""
    classes = getattr(_language_of(role), "BODY_CLASS_CAPITALS", frozenset())
    head = word.head
    if fold_name(word.text) not in classes or head.i in (role.i, word.i) or head.pos_ != "NOUN":
        return None
    return head if head.text.islower() else None


def _classed(noun: Token, role: Token) -> bool:
    """Whether a lower-case noun is one for a body a capitalised class word qualifies (:func:`_classed_body`): it
    tells the body's kind, not which of the role's holders it is."""
    return any((body := _classed_body(child, role)) is not None and body.i == noun.i for child in noun.children)


def _possessive_owner(role: Token) -> list[Token]:
    """The capitalised words of a name owning a role by a possessive before it ("the EU's chief negotiator",
    "the European Commission's spokesperson"): what the role belongs to, as a complement after it is."""
    owner = possessor(role)
    if owner is None or owner.pos_ != "PROPN":
        return []
    return [t for t in owner.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]


def _set_off_words(role: Token) -> list[Token]:
    """The words after a role the tagger took for an adjective, up to the next punctuation mark (at most six): its
    complement, which the parser hung elsewhere ("Julien X, économiste à l'OFCE,": "OFCE")."""
    after = role.doc[role.i + 1: role.i + 7]
    return list(after[: next((t.i - after.start for t in after if t.is_punct), len(after))])


def _acronym_after(name: Token) -> str:
    """The word in brackets right after the name a token opens ("Union des industries … (Uniden)"), else ""."""
    doc, end = name.doc, name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    return doc[end + 1].text if bracketed and doc[end + 1].text[:1].isupper() else ""


@lru_cache(maxsize=512)
def same_kind(lemma: str, lang: ModuleType) -> frozenset[str]:
    """The role words of the same kind as ``lemma`` (``ROLE_KINDS``: "substitut" and "procureur" are of the
    prosecution), none for a word of no kind; made once per word."""
    kinds = lang.ROLE_KINDS
    kind = kinds.get(lemma)
    return frozenset(word for word, other in kinds.items() if kind is not None and other == kind)


def _adjunct_start(role: Token) -> int:
    """Where an adjunct the parser hung on a role noun opens ("sur les ondes", a day or time of day: "a déclaré la
    ministre mardi en commission de l'Économie"), an apposition set off by a comma ("la socialiste, elle-même
    locataire à la Pontaise"), or a finite verb the parser hung on the role, which is the sentence's predicate and
    not in the noun phrase ("Le prévenu marque un temps": "temps" qualifies no role), else past the document's
    end."""
    times = getattr(_language_of(role), "TIME_NOUNS", frozenset())
    return next((_time_phrase_start(t, role) if t.lower_ in times else t.i for t in noun_phrase(role)
                 if t.i > role.i and (t.lower_ in ADJUNCT_OPENERS or t.text == "," or t.lower_ in times
                                      or is_finite_verb(t))), len(role.doc))


def _time_phrase_start(time: Token, role: Token) -> int:
    """Where the phrase of a time noun after a role opens: at the preposition of the noun it completes ("le
    substitut du procureur en fin de journée": "en"), else at the time noun."""
    noun = time
    while role.i < noun.head.i < noun.i and noun.head.pos_ == "NOUN" and any(c.dep_ == "case" for c in noun.children):
        noun = noun.head
    return min([c.i for c in noun.children if c.dep_ == "case" and c.i > role.i] + [noun.i])


def pick_role(roles: list[Role], qualifiers: frozenset[str], at: int, *, owners: frozenset[str] = frozenset(),
              named: dict[str, int] | None = None, place: str = "",
              places: frozenset[frozenset[str]] = frozenset()) -> str | None:
    """The person a description names: among those given the role with compatible qualifiers (none in the
    description, or some shared: "le porte-parole du service diplomatique" is not "le porte-parole du
    gouvernement") and owners (none on either side, or some shared: "le porte-parole du Kremlin" is not Andriï
    Moroz, "porte-parole du Quartier général"; a shared owner settles it: "le patron du fabricant seraingeois
    Elytrix" is "le CEO d'Elytrix"), the last one given it before ``at`` or, with ``named`` (person -> where
    last named before ``at``), the last one named ("La procureure, X, …, la présidente, Y, … Mme X … La
    magistrate a requis": X), else the first after. A nationality (``place``) rules out a holder of another ("la
    ministre marocaine" is not "la ministre burkinabè"). ``places`` (the folded words of each of the article's
    place names, given for an elected role) lets a constituency and a party stand side by side (:func:`owners_fit`:
    "l'élue de Thiès" is "la députée X (Takku Wallu)")."""
    portfolio = frozenset(fold_name(q) for q in qualifiers)  # "the health minister", "Minister of Health, X"
    fitting = [r for r in roles if (not qualifiers or qualifiers & r.qualifiers or owners & r.owners
                                    or portfolio & r.owners)
               and owners_fit(owners, r.owners, places=places) and not (place and r.place and place != r.place)]
    before = [r for r in fitting if r.at < at]
    if before:
        return max(before, key=lambda r: max(r.at, (named or {}).get(r.person, -1))).person
    return fitting[0].person if fitting else None


def owners_fit(owners: frozenset[str], held: frozenset[str], *,
               places: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Whether a description's owners fit those of a role given: none on either side, some shared, or, with
    ``places`` (the folded words of each place name), one side naming a place whole and the other not: an elected
    person's constituency beside their party ("le député de la Somme" is "le député LFI X"), while "le maire de
    Lyon" is still not the mayor of Paris. A whole name, for the tagger takes parties for places in bits."""
    if not owners or not held or owners & held:
        return True
    return bool(places) and (owners in places) != (held in places)


def _comma_apposition(doc: Doc, span: Span, lang: ModuleType) -> list[Token]:
    """Nouns set off by a comma just before or after a name ("le président ukrainien, Volodymyr Zelensky,";
    "Sergueï Lavrov, le ministre"), for when the parser did not attach them; before the name, the first role noun
    of the phrase back to a punctuation mark or a verb ("le porte-parole péquiste en matière de transports, Joël
    X": "porte-parole", which the parser may not link to "matière"), else the head of the noun phrase, not its
    complement ("la ministre des Transports du Québec, Lyne Bérubé": "ministre"). After a name governed by a
    preposition ("Comme Joël X, la porte-parole solidaire, Maude Y"), the words set off are another's, as are words
    running into the main verb after a name in an adjunct ("Interpellé par M. X, le gouverneur a promis …"). A role
    stacked on another ("Le gouverneur de la Région, le général Y,") gives both to the name."""
    nouns: list[Token] = []
    facing: list[Token] = []  # the role set off before the name, even in an adjunct
    start = span.start - 2 if _after_demonym(doc, span, lang) else span.start  # "…, la Burkinabè Awa X"
    start -= honorific_before(doc, start, lang)  # "La ministre des Mines, Ir Jeanine X,": the honorific is no break
    start -= start > 1 and doc[start - 1].lower_.rstrip(".") in lang.GENDERED_TITLES  # "…, Mrs Ana X": nor a title
    start -= _title_set_off(doc, start, lang)  # "…, Deputy Ana X": nor a title of office right after the comma
    closed = span.end < len(doc) and doc[span.end].text == ","  # not a list: "le maire, le préfet X et …"
    stacked = _stacked_role_start(doc, start, lang) if closed else None
    start = stacked or start
    if start > 1 and doc[start - 1].text == ",":
        phrase = _set_off_phrase(doc, span.sent.start, start - 1, lang)
        phrase = phrase if not stacked or len(phrase) and phrase[0].pos_ != "ADP" \
            and not any(t.pos_ == "PROPN" and t.ent_type_ in ("PER", "PERSON") for t in phrase) else phrase[:0]
        facing = [t for t in phrase if t.lemma_.lower() in lang.ROLE_NOUNS and _nominal(t)][:1]
        phrase = phrase[:0] if _fronted_adjunct(phrase, lang) else phrase
        roles = [t for t in phrase if t.lemma_.lower() in lang.ROLE_NOUNS]
        role = [t for t in roles if _nominal(t)][:1] or [t for t in roles if _capitalised_title(t)][:1]
        before = [t for t in phrase if t.pos_ == "NOUN"][-1:]
        nouns += role or ([_phrase_head(before[0], span.sent.start)] if before else [])
    first = _past_title(doc, span.start, lang)  # "par M. X", "before Justice X": the title is no break
    marker = doc[first - 1] if first > 0 else None
    governed = marker is not None and marker.pos_ == "ADP" \
        and not is_source_marker(marker, lang)  # "Selon X, la présidente de …," is X's role
    set_off = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "," else None
    if set_off is not None and _main_subject_after(doc, span, lang):
        set_off = None  # "Pour X, la ministre « maquille … »": the main clause's subject, another person
    if set_off is not None and _reporting_incise(doc[span.end + 1:], lang):
        set_off = None  # "The Teesta, the official said, was …": the speaker of an incise, not the name's role
    if set_off is not None and not governed:
        after = [t for t in doc[span.end + 1: span.end + 4] if _nominal(t)][:1]
        nouns += [] if facing and after and _genders_differ(facing[0], after[0]) else after
    elif set_off is not None and set_off.lemma_.lower() in lang.ROLE_NOUNS and _nominal(set_off):
        nouns.append(set_off)  # a bare role, no article: the name's own ("Pour Nassima X, économiste à …,")
    return nouns


def _set_off_phrase(doc: Doc, first: int, comma: int, lang: ModuleType) -> Span:
    """The words before the comma at ``comma`` back to a punctuation mark or a verb, at most eight words, from
    ``first`` on; a comma between the coordinated complements of a role is no break, and the reach starts anew
    past it ("le ministre de l'Agriculture, du Développement rural et de la Pêche, M. X"), nor a participle
    qualifying a role ("la commissaire de la CEDEAO chargée des Affaires politiques, de la Paix et …, X")."""
    start, i = max(first, comma - 8), comma - 1
    while i >= start:
        word = doc[i]
        if word.is_punct and word.text not in "()" or word.pos_ in ("VERB", "AUX") \
                and not _role_participle(word, lang):
            if not _listing_comma(word, comma):
                return doc[i + 1: comma]
            start = max(first, i - 8)
        i -= 1
    return doc[start: comma]


def _role_participle(word: Token, lang: ModuleType) -> bool:
    """Whether a participle qualifies the role noun before it ("la commissaire chargée des Affaires politiques")."""
    head = word.head
    return word.dep_ == "acl" and "Part" in word.morph.get("VerbForm") and head.i < word.i \
        and head.lemma_.lower() in lang.ROLE_NOUNS


def _listing_comma(word: Token, end: int) -> bool:
    """Whether a comma joins the coordinated complements of a noun before ``end``: a preposition right after it,
    a conjunction further on ("des Affaires politiques, de la Paix et de la Sécurité")."""
    doc = word.doc
    return word.text == "," and word.i + 1 < end and doc[word.i + 1].pos_ == "ADP" \
        and doc[word.i + 1].dep_ == "case" and any(t.pos_ == "CCONJ" for t in doc[word.i + 2: end])


def _genders_differ(before: Token, after: Token) -> bool:
    """Whether the roles set off either side of a name disagree in gender ("Face à la présidente du tribunal, X, le
    prévenu, …": one person is not both), by their nouns or articles: the one after is another person's, the
    subject of the clause."""
    first, second = _noun_genders(before), _noun_genders(after)
    return len(first) == 1 and len(second) == 1 and first != second


def _noun_genders(noun: Token) -> set[str]:
    """The grammatical genders a noun and its articles show."""
    return set(noun.morph.get("Gender")) | {g for c in noun.children if c.dep_ == "det" for g in c.morph.get("Gender")}


def _title_set_off(doc: Doc, start: int, lang: ModuleType) -> bool:
    """Whether a capitalised title of office alone stands between a comma and the name at ``start`` ("The Minister
    for Infrastructure, Deputy Tom X, said"): the role set off before the comma is the name's, the title no break
    (a title after an article is a stacked role, see :func:`_stacked_role_start`; an abbreviated title of address,
    « Me X », ``PERSONAL_TITLES``, is left as it was)."""
    title = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    return start > 2 and doc[start - 2].text == "," and _past_title(doc, start, lang) == start - 1 \
        and title not in lang.PERSONAL_TITLES


def _fronted_adjunct(phrase: Span, lang: ModuleType) -> bool:
    """Whether the words set off before a name are a prepositional adjunct opening the sentence, the name being its
    subject ("Face au président du tribunal, M. X a eu du mal": X is no president), not a source marker ("Selon la
    ministre de la Santé, Mme X,": she is the minister); also the complement of a participle opening the sentence
    ("Led in evidence by the prosecutor, X said", "Questioned by the judge, X admitted": X is no prosecutor)."""
    first = phrase[0] if len(phrase) else None
    if first is None:
        return False
    opener = first.sent[0]
    participle = opener.pos_ == "VERB" and "Part" in opener.morph.get("VerbForm") and opener.dep_ == "advcl" \
        and first.i > opener.i and all(t.i < opener.head.i for t in phrase)
    return participle or first.i == first.sent.start and (first.pos_ == "ADP" or first.dep_ == "case") \
        and not is_source_marker(first, lang)


def _stacked_role_start(doc: Doc, start: int, lang: ModuleType) -> int | None:
    """The start of a role with its article right before a name, itself set off by a comma after another role
    ("Le gouverneur de la Région, le général de brigade X": both are X's), else None."""
    i = start - 1
    while i > start - 6 and i > 0 and doc[i].pos_ in ("DET", "NOUN", "ADP", "ADJ") and doc[i].text != ",":
        i -= 1
    words = doc[i + 1: start]
    stacked = i > 0 and doc[i].text == "," and len(words) > 1 and words[0].pos_ == "DET" \
        and any(t.lemma_.lower() in lang.ROLE_NOUNS for t in words)
    return i + 1 if stacked else None


def _in_adjunct(doc: Doc, start: int) -> bool:
    """Whether a name starting at token ``start`` is governed by a preposition, past the article and role noun
    before it ("par M. X", "Pour l'écologiste X")."""
    i = start - 1
    while i > start - 4 and i > 0 and doc[i].pos_ in ("DET", "NOUN", "ADJ"):
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP"


def _main_subject_after(doc: Doc, span: Span, lang: ModuleType) -> bool:
    """Whether the words set off by a comma after a name in an adjunct are the main clause's subject, another
    person (see :func:`_opens_main_clause`)."""
    return span.end + 1 < len(doc) and doc[span.end].text == "," \
        and _in_adjunct(doc, _past_title(doc, span.start, lang)) and _opens_main_clause(doc[span.end + 1:])


def _past_title(doc: Doc, start: int, lang: ModuleType) -> int:
    """The start of a name with the title of address or office just before it ("M. X", "Justice X"), which
    belongs to the name: a preposition before the title governs the name all the same."""
    if start < 2:
        return start
    title = doc[start - 1]
    word = title.lower_.rstrip(".")
    titled = word in lang.GENDERED_TITLES or title.is_title and word in lang.TITLES
    return start - 1 if titled else start


def _opens_main_clause(words: Span) -> bool:
    """Whether words set off by a comma after a name in an adjunct run straight into a finite verb or a quote,
    before any comma, bracket or relative pronoun: they are the main clause's subject, not the name's apposition
    ("Interpellé par M. X, le gouverneur a promis …", "Pour X, la ministre « maquille … »"); a relative clause
    set off by commas after the subject does not stop it ("Opening his defence before Justice X, the former
    director, who was led in evidence by …, said": the director is the main clause's subject, not the judge)."""
    relative = _set_off_relative(words[:12])
    for word in words[:12 + len(relative)]:
        if word.i in relative:
            continue
        if word.pos_ == "PRON" or word.is_punct and word.text not in "«“":
            return False
        if word.text in "«“" or is_finite_verb(word):
            return True
    return False


def _set_off_relative(words: Span) -> frozenset[int]:
    """The token indices of a relative clause on a noun of the words, with the commas around it ("the director,
    who was led in evidence by his counsel, X, said": from the first comma to the last)."""
    clause = next((w for w in words if w.dep_ in ("relcl", "acl:relcl") and w.head.i < w.i
                   and w.head.i >= words.start), None)
    if clause is None:
        return frozenset()
    first, last = clause.left_edge.i, clause.right_edge.i
    doc = words.doc
    first -= first > 0 and doc[first - 1].text == ","
    last += last + 1 < len(doc) and doc[last + 1].text == ","
    return frozenset(range(first, last + 1)) if doc[first].text == "," else frozenset()


def _reporting_incise(words: Span, lang: ModuleType) -> bool:
    """Whether words set off by a comma after a name are a reporting incise: a noun phrase, a speech verb, then a
    comma ("The Teesta, the official said, was not on the table", "Kyiv, the minister added, would …"): the noun
    is the one speaking about the name, not its apposition."""
    for word in words[:6]:
        if word.pos_ in ("VERB", "AUX"):
            after = word.nbor(1) if word.i + 1 < len(word.doc) else None
            return word.lemma_.lower() in lang.SPEECH_VERBS and after is not None and after.text == ","
        if word.is_punct:
            return False
    return False


def _after_demonym(doc: Doc, span: Span, lang: ModuleType) -> bool:
    """"la directrice de la banque, la Burkinabè Awa Traoré": a name after a nationality noun and its article,
    which give the person's origin; a role set off before them is still the name's."""
    return span.start > 2 and doc[span.start - 2].pos_ == "DET" and doc[span.start - 1].text[:1].isupper() \
        and demonym_place(doc[span.start - 1].text, lang.DEMONYMS) is not None


def _phrase_head(noun: Token, start: int) -> Token:
    """The head noun of the noun phrase a noun closes, back to ``start``: up from a complement ("la ministre des
    Transports": "ministre") and from the object of a participle modifying it ("le vice-président chargé des
    mobilités": "vice-président")."""
    while start <= noun.head.i < noun.i:
        head = noun.head
        if any(c.dep_ == "case" for c in noun.children) and head.pos_ == "NOUN":
            noun = head
        elif head.dep_ == "acl" and "Part" in head.morph.get("VerbForm") and head.head.pos_ == "NOUN" \
                and start <= head.head.i < head.i:
            noun = head.head
        else:
            break
    return noun


def _capitalised_title(token: Token) -> bool:
    """A bare role written with a capital, which the tagger takes for a name, set off by a comma before or after a
    person's name ("Minister of Foreign Affairs, Mrs Ana X,", "The President of the Nurses Association, Lisa Y,
    said"): much of the Commonwealth press capitalises every title, and the role is the person's all the same.
    Not one with a word before it, which may make it another office ("Shadow Minister", "Deputy Minister",
    "Senior Parish Judge"), unless the word keeps the office (``SAME_OFFICE_WORDS``: "A former Executive Director
    of Projects of the Commission, Mr X," is "the former director"), nor a title right before the name (see
    :func:`_title_role`); only a noun of the phrase is taken when there is one ("Prime Minister X's spokesman, Y":
    a spokesman)."""
    keeping = getattr(_language_of(token), "SAME_OFFICE_WORDS", frozenset())
    return token.pos_ == "PROPN" and token.is_title \
        and not any(c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and c.lower_ not in keeping
                    for c in token.children)


def _nominal(token: Token) -> bool:
    """A noun, a role the tagger took for an adjective in apposition or set off by a comma ("Mathilde Roux,
    économiste chez", which the parser may hang elsewhere), or a lower-case word it took for a name, a borrowed
    title it does not know ("du wali d'Oran, Saïd X")."""
    return token.pos_ == "NOUN" or token.pos_ == "ADJ" and (token.dep_ == "appos" or token.i > 0
                                                            and token.nbor(-1).text == ",") \
        or token.pos_ == "PROPN" and token.is_lower
