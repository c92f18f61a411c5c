"""Resolve the words that name or point to a speaker to the entity table's canonical names.

- A name (a proper noun, or a noun with a name beside it: "le président Trump") -> its entity's canonical name
  (``explicit``).
- A pronoun (il, elle, -t-il, he, she) or a possessive ("selon ses termes") -> the last speaker, else the last
  person named before the quote (``pronoun``).
- A definite description ("le président kazakhstanais", "the minister") -> the person the article gave that
  role to ("le président Tokaïev", "Sergueï Lavrov, le ministre ..."), else the last speaker or person named
  (``nominal``).
- An indefinite description ("un diplomate européen") or an organisation word with no name ("le gouvernement")
  -> the description itself, as the article gives it.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.entities import EntityTable
from newsbrief.records import Resolution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_INDEFINITE = frozenset({"un", "une", "des", "a", "an", "some", "plusieurs", "certains", "certaines"})
Resolved = tuple[str | None, str | None, Resolution]


class SpeakerResolver:
    """Resolves speaker tokens of one document; remembers the speakers of the quotes seen so far."""

    def __init__(self, doc: Doc, table: EntityTable, *, lang: ModuleType) -> None:
        self.doc = doc
        self.table = table
        self.lang = lang
        self.roles = learn_roles(doc, table, lang=lang)
        self.speakers: list[tuple[int, str]] = []

    def note_speaker(self, speaker: str | None, at: int) -> None:
        if speaker is not None:
            self.speakers.append((at, speaker))

    def resolve(self, token: Token | None, *, at: int) -> Resolved:
        """(speaker, the words that point to it, how it was resolved) for the speaker token of a cue."""
        if token is None:
            return None, None, "unknown"
        word = token.lower_.replace("-t-", "").lstrip("-")
        if word in self.lang.PRONOUNS or word in self.lang.POSSESSIVES:
            return self._antecedent(token), token.text.lstrip("-").replace("t-", ""), "pronoun"
        named = self._named(token)
        if named is not None:
            return named, self._phrase(token), "explicit"
        if token.pos_ == "PROPN":
            return self._phrase(token), self._phrase(token), "explicit"
        return self._described(token, at)

    def _named(self, token: Token) -> str | None:
        """The canonical name of an entity mention on the token, or on a name in its noun phrase ("le
        président du CERN, Michel Spiro"; "l'un des porte-parole, Joe Incandela"); people first."""
        phrase = [token, *[t for t in _noun_phrase(token) if t.pos_ == "PROPN" and t is not token]]
        names = [name for t in phrase for mention, name in self.table.mentions if mention.start <= t.idx < mention.end]
        people = [n for n in names if self.table.label_of(n) == "PER"]
        return (people or names or [None])[0]

    def _described(self, token: Token, at: int) -> Resolved:
        phrase = self._phrase(token)
        determiner = next((c.lower_ for c in token.children if c.dep_ in ("det", "nmod:poss", "poss")), "")
        lemma = token.lemma_.lower()
        if determiner in self.lang.POSSESSIVES:
            owner = self._antecedent(token)
            role = " ".join(t.text for t in _noun_phrase(token) if t.lower_ != determiner)
            return (self.lang.POSSESSED_ROLE.format(role=role, owner=owner) if owner else phrase), phrase, "nominal"
        if determiner in _INDEFINITE or lemma not in self.lang.ROLE_NOUNS:
            return phrase, phrase, "nominal"
        person = self.roles.get(lemma) or self._antecedent(token)
        return (person or phrase), phrase, "nominal"

    def _antecedent(self, token: Token) -> str | None:
        """What a pronoun or description stands for: a person named as a subject in this sentence or the two
        before, else the last speaker, else the last person named."""
        sentences = list(self.doc.sents)
        here = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
        window = sentences[max(0, here - 2)].start_char
        subjects = [name for m, name in self.table.mentions if window <= m.start < token.idx
                    and self.table.label_of(name) == "PER" and self._is_subject_at(m.start)]
        if subjects:
            return subjects[-1]
        earlier = [name for start, name in self.speakers if start < token.idx]
        if earlier:
            return earlier[-1]
        persons = self.table.persons_before(token.idx)
        return persons[0] if persons else None

    def _is_subject_at(self, offset: int) -> bool:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and any(t.dep_.startswith("nsubj") or t.head.dep_.startswith("nsubj")
                                        and t.dep_ in ("flat:name", "flat", "compound") for t in span)

    def _phrase(self, token: Token) -> str:
        """The noun phrase a token heads, without a trailing relative clause or punctuation."""
        keep = [t for t in token.subtree if t.dep_ not in ("acl", "acl:relcl", "relcl", "punct")
                and not any(a.dep_ in ("acl", "acl:relcl", "relcl") and a.head == token for a in t.ancestors
                            if a in token.subtree)]
        keep = [t for t in keep if t.i >= token.i - 4 and t.i <= token.i + 6]
        start, end = min(t.i for t in keep), max(t.i for t in keep) + 1
        return self.doc[start:end].text.strip(" ,")


def _noun_phrase(token: Token) -> list[Token]:
    """The tokens of the noun phrase a token heads, without relative clauses, at most 8 tokens either side."""
    skip = {t.i for c in token.children if c.dep_ in ("acl", "acl:relcl", "relcl") for t in c.subtree}
    return [t for t in token.subtree if t.i not in skip and abs(t.i - token.i) <= 8]


def learn_roles(doc: Doc, table: EntityTable, *, lang: ModuleType) -> dict[str, str]:
    """Role word -> person, from the article's own wording: "le président Tokaïev", "le ministre des Affaires
    étrangères, Sergueï Lavrov", "Sergueï Lavrov, le ministre". Later statements win."""
    labels = {e.name: e.label for e in table.entities}
    roles: dict[str, str] = {}
    for mention, name in table.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if labels.get(name) != "PER" or span is None:
            continue
        root = span.root
        linked = [root.head] if root.dep_ in ("appos", "flat:name", "flat", "nmod", "compound") else []
        linked += [c for c in root.children if c.dep_ in ("appos", "nmod")]
        linked += [t for t in doc[max(0, span.start - 3): span.start] if t.pos_ == "NOUN"][-1:]
        for token in linked:
            if token.lemma_.lower() in lang.ROLE_NOUNS and token.pos_ == "NOUN":
                roles[token.lemma_.lower()] = name
    return roles
