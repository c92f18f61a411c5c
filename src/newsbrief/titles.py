"""Titles an article teaches: the capitalised words it writes right before people's names.

Titles and honorifics vary by place and trade beyond any list ("Sheriff", "Warden", "Adv", "Dayang", « Maître »),
so the article itself shows which capitalised words are titles. :func:`learn_titles` reads, once per document,
each capitalised word, maybe hyphenated ("Attorney-General"), written right before a person's name the article
gives, or opening a mention whose other words are that name (a :class:`TitleSighting`), also the word after an
elided article, capitalised or not (« l'Honorable », « l'honorable »), and returns them in a :class:`TitleLessons`
record with what they teach:

- ``titles``: the words shown to be titles, which the mentions cut from the names they open
  (:func:`newsbrief.mentions.extract_mentions`: "Sheriff Linklater" after "Sheriff Fiona Linklater" is Linklater):
  a word seen before two persons' names ("Haji Osman", "Haji Ali"), before one person's full name and surname both
  ("Sheriff Fiona Linklater", "Sheriff Linklater"), before a surname and used as a person's noun ("the sheriff
  said"; not any common noun: « Déneigement Bellemare » is a firm; nor a body's name before a full name: "the
  Treasury", "Treasury Owen Lytton"), or before the name of one a longer word it opens also stands before ("Adv
  Sekoati", "Advocate Sekoati"); never a given name, a place, a demonym, a word of a body's name, nor a word the
  tagger reads as no noun ("Leaked Marsh memos"; a hyphenated word the tagger does not know, "Attorney-General",
  and a word capitalised after an elided article, « l'Honorable », stand as nouns whatever their tag);
- :meth:`TitleLessons.words_before_full_names`: the words written inside a sentence right before a person's full
  name ("said Warden Joan Kerr"), by which the aliases settle which namesake a titled surname stands for
  ("Warden Kerr": :func:`newsbrief.aliases.merge_aliases`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING

from newsbrief.grammar import after_definite_article, token_starts
from newsbrief.names import Mention, demonym_place, fold_name, is_given_name, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A capitalised word, maybe abbreviated or hyphenated, right before a name, maybe after an elided word (group 1):
#: a title the article may show itself ("Sheriff ", "Attorney-General ", « l'Honorable »); after an elided article
#: the word may be in lower case, as a title after an article is written (« l'honorable »).
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(\w['’])?([A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*\.?) $")
#: A test of whether the token starting at an offset is read as a noun.
_NounAt = Callable[[int], bool]
#: What ends right before a word that opens a sentence, a paragraph or a quotation (not inside a sentence).
_SENTENCE_OPENERS = ".!?:;\"“«(\n"


@dataclass(frozen=True)
class TitleSighting:
    """A capitalised word as written (``word``: "Sheriff", "Adv.") at offset ``start``, right before the name of
    the person whose folded surname is ``person`` (``opening``: the word opens the mention of that name, the model
    ran it into the name), a ``full`` name or the surname alone; ``noun`` when the tagger reads it as a noun (or
    no token starts there, or there is no parse); ``inside`` when it is written inside a sentence (no sentence,
    paragraph or quotation opens right before it)."""

    word: str
    person: str
    full: bool
    start: int
    opening: bool = False
    noun: bool = True
    inside: bool = True


@dataclass(frozen=True)
class TitleLessons:
    """What an article teaches about titles (see the module docstring): every sighting, in text order; the
    ``persons`` it names in full (folded surname -> folded full names); the folded ``titles`` it shows."""

    sightings: tuple[TitleSighting, ...] = ()
    persons: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    titles: frozenset[str] = frozenset()

    def by_word(self) -> dict[str, list[TitleSighting]]:
        """The sightings of each word as written, in text order."""
        found: dict[str, list[TitleSighting]] = {}
        for sighting in self.sightings:
            found.setdefault(sighting.word, []).append(sighting)
        return found

    def known_names(self) -> frozenset[str]:
        """The folded surnames and full names of the persons the article names in full."""
        return frozenset({*self.persons, *(name for names in self.persons.values() for name in names)})

    def words_before_full_names(self) -> frozenset[str]:
        """The words, in lower case and without an abbreviation's full stop, written inside a sentence right before
        a person's full name ("warden" of "said Warden Joan Kerr")."""
        return frozenset(s.word.lower().rstrip(".") for s in self.sightings if s.full and s.inside)


def learn_titles(mentions: Sequence[Mention], text: str, lang: ModuleType, *, doc: Doc | None = None,
                 subjects: AbstractSet[int] = frozenset()) -> TitleLessons:
    """What the article (``text``, its ``mentions`` and, when parsed, ``doc``; ``subjects`` are the token indices
    of speech verbs' subjects) teaches about titles: see the module docstring."""
    nouns = {t.text for t in doc if t.pos_ == "NOUN" and t.is_lower} if doc is not None else set()
    persons = _full_names(mentions, nouns, lang)
    if not persons:
        return TitleLessons()
    sightings = _title_sightings(mentions, text, persons, doc, lang)
    speakers = _person_nouns(doc, text, lang, subjects) if doc is not None else set()
    frozen = MappingProxyType({last: frozenset(names) for last, names in persons.items()})
    return TitleLessons(tuple(sightings), frozen, _learned_titles(sightings, speakers, lang))


def _person_nouns(doc: Doc, text: str, lang: ModuleType, subjects: AbstractSet[int]) -> set[str]:
    """The nouns the article uses as a person's: in lower case as a speech verb's subject ("the sheriff said";
    ``subjects`` are their token indices), or capitalised after a definite article and before no other
    capitalised word, a title the press writes as a designation ("the Constable of St Brelade", "the Warden
    said"; not "the Sheriff Court")."""
    nouns = {doc[i].text for i in subjects if i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower}
    return nouns | {token.text.lower() for token in doc if token.is_title and token.pos_ in ("NOUN", "PROPN")
                    and after_definite_article(token.idx, text, lang)
                    and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title)}


def _full_names(mentions: Sequence[Mention], nouns: AbstractSet[str], lang: ModuleType) -> dict[str, set[str]]:
    """The folded full names of the persons the article names, by folded surname ("linklater": {"fiona
    linklater"}); not a "surname" the article also writes in lower case as a common noun, a body's head the model
    read as a person's ("Majority Caucus" beside "the caucus")."""
    persons: dict[str, set[str]] = {}
    for mention in mentions:
        last = surname(mention.text, lang) if mention.label == "PER" else ""
        if last and last.lower() not in nouns:
            persons.setdefault(fold_name(last), set()).add(fold_name(mention.text))
    return persons


def _learned_titles(sightings: Sequence[TitleSighting], speakers: AbstractSet[str],
                    lang: ModuleType) -> frozenset[str]:
    """The folded words the sightings show to be titles (see the module docstring; ``speakers`` are the nouns
    the article uses as a person's, :func:`_person_nouns`)."""
    seen: dict[str, list[tuple[str, bool]]] = {}
    for sighting in sightings:
        if _may_be_title(sighting.word, lang) and sighting.noun:
            seen.setdefault(sighting.word, []).append((sighting.person, sighting.full))
    return frozenset(fold_name(word) for word, found in seen.items()
                     if len({person for person, _ in found}) >= 2
                     or any(not full for _, full in found) and (word.rstrip(".").lower() in speakers
                                                                or any(full for _, full in found))
                     or _abbreviated_before(word, {person for person, _ in found}, sightings))


def _abbreviated_before(word: str, persons: set[str], sightings: Sequence[TitleSighting]) -> bool:
    """Whether a word of three letters or more, maybe with its full stop, opens a longer word written before the
    name of one of the same ``persons`` ("Adv" and "Advocate" before Sekoati): that word's abbreviation."""
    bare = fold_name(word.rstrip("."))
    return len(bare) >= 3 and any(s.person in persons and fold_name(s.word).startswith(bare)
                                  and len(fold_name(s.word)) > len(bare) for s in sightings)


def _title_sightings(mentions: Sequence[Mention], text: str, persons: dict[str, set[str]],
                     doc: Doc | None, lang: ModuleType) -> list[TitleSighting]:
    """Each capitalised word opening a mention or right before one, whose other words are a person's folded
    surname or full name. A surname counts only when a full name gives the person another first word, and not
    when the word is a middle one of the person's name ("Min Naing" of "Zaw Min Naing": his name without its first
    word). A person's surname with a full stop is the end of the sentence before, not an abbreviated title."""
    sightings = []
    fulls = {full: last for last, names in persons.items() for full in names}
    nouns = _noun_reader(doc, lang)
    for mention in mentions:
        opening, _, rest = mention.text.partition(" ")
        candidates = [(opening, rest, mention.start, True)]
        before = _word_before(text, mention.start, lang)
        if before:
            candidates.append((before[0], mention.text, before[1], False))
        for word, name, start, opens in candidates:
            key, first = fold_name(name), fold_name(word)
            if word.endswith(".") and first in persons:
                continue  # a person's surname ending the sentence before ("thanked Nsabimana. Bosco Habimana")
            if key in fulls:
                person, full = fulls[key], True
            elif key in persons and any(full.split()[0] != first for full in persons[key]) \
                    and not any(first in full.split()[1:-1] for full in persons[key]):
                person, full = key, False
            else:
                continue
            sightings.append(TitleSighting(word, person, full, start, opening=opens, noun=nouns(start),
                                           inside=_inside_sentence(start, text)))
    return sightings


def _word_before(text: str, start: int, lang: ModuleType) -> tuple[str, int] | None:
    """The word that may be a title right before the name at ``start`` (see :data:`_WORD_BEFORE`) and its offset;
    after an apostrophe only when an elided article (``ELIDED_ARTICLES``) opens it (« l'Honorable », not
    "O'Brien"); else None."""
    window = max(0, start - 30)
    found = _WORD_BEFORE.search(text[window:start])
    if found is None:
        return None
    word, elided = found.group(2), found.group(1)
    if elided is None and not word[:1].isupper():
        return None  # "the sheriff Pennant": a lower-case word shows no title without its article
    if elided is not None and elided.replace("’", "'").lower() not in lang.ELIDED_ARTICLES:
        return None
    return word, window + found.start(2)


def _noun_reader(doc: Doc | None, lang: ModuleType) -> _NounAt:
    """A test of whether the token starting at an offset, if any, is read as a noun (always true without a
    parse), or stands as one whatever its tag (:func:`_noun_whatever_tag`)."""
    if doc is None:
        return lambda start: True
    starts = token_starts(doc)

    def noun_at(start: int) -> bool:
        at = bisect.bisect_left(starts, start)
        token = doc[at] if at < len(starts) and starts[at] == start else None
        return token is None or token.pos_ in ("PROPN", "NOUN") or _noun_whatever_tag(token, lang)

    return noun_at


def _noun_whatever_tag(token: Token, lang: ModuleType) -> bool:
    """A word whose tag tells nothing against a title: a hyphenated word of capitalised parts, which the pipeline
    makes one token the tagger does not know ("Attorney-General", read as an adjective), or a capitalised word
    right after an elided article, capitalised inside the sentence as only a name or a title is (« l'Honorable »;
    not « l'honorable », an epithet as « l'inévitable »)."""
    parts = token.text.split("-")
    if len(parts) > 1 and all(part[:1].isupper() and part.isalpha() for part in parts):
        return True
    before = token.nbor(-1) if token.i > 0 else None
    return token.is_title and before is not None and not before.whitespace_ \
        and before.lower_ in lang.ELIDED_ARTICLES


def _may_be_title(word: str, lang: ModuleType) -> bool:
    """A capitalised word that may be a title: no given name, place, demonym or word of a body's name."""
    bare = word.rstrip(".")
    return len(bare) >= 2 and not is_given_name(bare, lang) and bare.lower() not in lang.NON_PERSON_WORDS \
        and bare not in lang.PLACES and demonym_place(bare, lang.DEMONYMS) is None \
        and bare.lower() not in lang.LEADING_ARTICLES


def _inside_sentence(start: int, text: str) -> bool:
    """Whether the word at an offset does not open a sentence, a paragraph or a quotation."""
    head = text[max(0, start - 60):start].rstrip()
    return bool(head) and head[-1] not in _SENTENCE_OPENERS
