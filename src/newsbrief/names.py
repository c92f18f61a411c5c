"""Names: one mention of a name, and the comparisons every step of entity extraction makes on names.

- :class:`Mention`: where a name stands in the text, its surface form and what the model and the text say of it;
- :func:`fold_name`: a key that merges spelling variants (Tokayev / Tokaïev / Tokaiev, Kiev / Kyiv);
- :func:`canonical_name`: the form a group of mentions is shown under ("Barack Obama" over "B. Obama");
- :func:`looks_personal`, :func:`surname`: whether a name reads as a person's, and its surname searched alone
  ("Okafor"; "Kwok" of "Raymond Kwok Chi-wai", before an East Asian given name);
- :func:`demonym_place`: the place a demonym or nationality adjective points to ("kazakhstanais" -> Kazakhstan).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

#: An elided article or preposition opening a word ("l'Élysée", "d'Emmanuel Macron", "qu'Ankara").
ELISION = re.compile(r"^(?:[lLdDjJ]|qu|Qu)['’]")


@dataclass(frozen=True)
class Mention:
    """One place where an entity is named: offsets into the text, the surface form and the model's label.

    ``label`` is empty for occurrences found by search rather than by the model; ``title`` is the gender a
    title before the name gives ("Masc" for "M. Le Pen", "Fem" for "Ms. Whitfield"), empty when none does;
    ``role`` tells that a title or a role noun in apposition describes the name as a person's ("M. Houdré",
    "Tomasz Wrona, chief economist at", "its president, Ewa Nowicka"); ``body_cue`` that an organisation noun
    just before it, or a copula, describes it as a body's ("le groupe Ravenel", "the carrier Ryanair", « X n'était
    qu'une société »); ``place_cue`` that a noun of a place's office or people before it, a noun of a place's parts
    after it or a copula makes it a place's ("la maire de Bordes", "the mayor of Oakville", "Kolkata port");
    ``place_preposition`` that it follows a preposition that takes places, not persons ("in Armagh", « dans Lévis »).
    """

    start: int
    end: int
    text: str
    label: str
    person_cue: bool = False
    title: str = ""
    role: bool = False
    body_cue: bool = False
    place_cue: bool = False
    place_preposition: bool = False


@lru_cache(maxsize=65536)
def fold_accents(text: str) -> str:
    """NFKD, combining marks dropped: "Tokaïev" -> "Tokaiev" (case and punctuation kept)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_head(name: str, lang: ModuleType) -> str:
    """The word, lower case, that heads a name of several words: its first in a language whose heads come first
    ("Agence régionale de santé"), else its last ("Fukushima Prefecture"); "" for a name of one word."""
    words = name.split()
    return (words[0] if lang.HEAD_FIRST else words[-1]).lower() if len(words) > 1 else ""


def is_given_name(word: str, lang: ModuleType) -> bool:
    """A given name of the language data, or a compound one whose first part is ("Pierre-Yves", "Jean-Marc")."""
    given = lang.GIVEN_NAMES
    return word.lower() in given or word.split("-")[0].lower() in given


def given_name_gender(word: str, lang: ModuleType) -> str:
    """"Masc" or "Fem" for a given name of the language data, or a compound one by its first part ("Jean-Marc");
    "" when the word is none."""
    return lang.GIVEN_NAMES.get(word.lower().split("-")[0], "")


def inhabitant_stem(word: str, endings: tuple[str, ...]) -> str:
    """What is left of a lower-case word once the first of the language's inhabitant ``endings`` it ends with is
    cut ("lyonn" of "lyonnaise"); "" when it ends with none."""
    return next((word.removesuffix(ending) for ending in endings if word.endswith(ending)), "")


@lru_cache(maxsize=16384)
def fold_name(text: str) -> str:
    """A key that merges spelling variants: accents folded, lower case, y -> i, "ie" inside a word -> i
    (Kiev / Kyiv), doubled letters single, punctuation dropped. Cached: entity merging folds the same few hundred
    names of an article tens of thousands of times."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("y", "i")
    folded = re.sub(r"ie(?=\w)", "i", folded)
    folded = re.sub(r"(\w)\1", r"\1", folded)
    return " ".join(re.findall(r"[\w']+", folded))


@lru_cache(maxsize=64)
def folded_words(words: frozenset[str]) -> frozenset[str]:
    """A word set of the language data, folded (:func:`fold_name`); computed once per set."""
    return frozenset(fold_name(w) for w in words)


def is_legal_form(word: str, lang: ModuleType) -> bool:
    """A firm's legal form ("Ltd", "Ltd.", "Bhd", "GmbH"; ``LEGAL_FORMS``), shown or folded: the word that ends a
    registered firm's name, whatever the model read in the words before it."""
    return fold_name(word) in folded_words(frozenset(getattr(lang, "LEGAL_FORMS", ())))


def canonical_name(group: list[Mention]) -> str:
    """The fullest form (most words, no title, given names spelled out: "Barack Obama" over "B. Obama"; not
    in capitals: "London" over a dateline's "LONDON"), then the most frequent, then the first; spelled with the
    accents any of its forms gives it (:func:`most_accented`)."""
    return _fullest_form(tuple((m.text, m.start) for m in group))


@lru_cache(maxsize=8192)
def _fullest_form(occurrences: tuple[tuple[str, int], ...]) -> str:
    """:func:`canonical_name` of the (text, start) of a group's mentions, cached: merging aliases asks for the
    name of every group at each step, while few groups change."""
    counts = Counter(text for text, _ in occurrences)
    first = {text: min(start for other, start in occurrences if other == text) for text in counts}
    fullest = min(counts, key=lambda t: (-len(fold_name(t).split()), has_initial(fold_name(t)), _shouted(t),
                                         -counts[t], first[t]))
    return most_accented(fullest, counts)


def most_accented(name: str, forms: Iterable[str]) -> str:
    """The spelling of ``name`` among ``forms`` with the most accented letters, the same letters otherwise
    ("États-Unis" over "Etats-Unis", "Élysée" over "Elysée"): the press drops accents on capitals, never adds
    them, so the accented form is the correct one whatever the counts or the order; ``name`` on a tie."""
    bare = fold_accents(name)
    return max((form for form in forms if fold_accents(form) == bare),
               key=lambda form: (_accented_letters(form), form == name), default=name)


def _accented_letters(text: str) -> int:
    return sum(fold_accents(letter) != letter for letter in text)


def without_middle_name(short: str, long: str) -> bool:
    """Whether a name of two words is a longer one of three without the middle one ("Nana Agyeman-Duah" of "Nana
    Kwaku Agyeman-Duah"): a person's given name and surname, which only a person's name drops. Words compared
    whole, so that "Jean Dupont" is no "Jean-Pierre Dupont"."""
    short_words, long_words = [fold_name(w) for w in short.split()], [fold_name(w) for w in long.split()]
    return len(short_words) == 2 and len(long_words) == 3 and short_words[0] == long_words[0] \
        and short_words[-1] == long_words[-1]


def is_initialism(text: str, *, ignore: str = ".&-", most: int | None = None) -> bool:
    """Capitals only, two letters or more once the characters of ``ignore`` are left out ("N-VA", "FDSEA",
    "U.S."), and at most ``most`` of them when given (longer capitals are a word set in capitals, a dateline's
    "AUSTIN"): an organisation's name or a country's, never a person's."""
    letters = text.translate({ord(c): None for c in ignore})
    return 2 <= len(letters) <= (most or len(letters)) and letters.isalpha() and letters.isupper()


def has_initial(key: str) -> bool:
    """A folded name with an initial for a given name ("b obama", "j m ayrault")."""
    words = key.split()
    return len(words) > 1 and any(len(w) == 1 for w in words[:-1])


def _shouted(form: str) -> bool:
    """A word of five letters or more in capitals ("LONDON" in a dateline): the same name written normally is
    shown instead."""
    return form.isupper() and len(form) >= 5 and form.replace(" ", "").isalpha()


def looks_personal(name: str) -> bool:
    """Two to four capitalised words, not an acronym: "Kassym-Jomart Tokaïev", not "CERN" or "Conseil
    constitutionnel" (a speech verb's subject may be an organisation or a place standing for a government;
    a single capitalised word that speaks is taken for a surname unless the place list knows it); a middle
    initial is a person's ("Musu T. Kamara"), though a capital alone; an apostrophe may open a word ("'Mathabo
    Nkuebe", a Sesotho given name)."""
    words = [w.removeprefix("'") for w in name.replace("’", "'").split()]
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and (not w.isupper() or 0 < i < len(words) - 1
                                                             and _middle_initial(w)) for i, w in enumerate(words))


def _middle_initial(word: str) -> bool:
    """One capital and its full stop ("T."): a person's middle initial inside a name."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def surname(name: str, lang: ModuleType) -> str:
    """The surname of a person's full name, searched alone ("Okafor does not" for "Daniel Okafor"), with its
    particles ("Le Pen"); before a hyphenated East Asian given name ("Kwok" of "Raymond Kwok Chi-wai", "Moon" of
    "Moon Jae-in", also when the surname is a common noun of places: "Park" of "Park Min-jae", or has two letters:
    "Lo" of "Wendy Lo Sze-man"); the last word, the given name, of a Vietnamese name of three words or more, which
    the press uses alone ("Thanh" of "Nguyen Van Thanh", "Van" a middle name); "" for a single word, a body the model took for a person ("Baltic Capital Bank"),
    a surname too short or one the place list knows."""
    words = name.split()
    east_asian = len(words) == 2 and _east_asian_given(words[-1])  # no body is named "Park Min-jae"
    if len(words) < 2 or not looks_personal(name) or not east_asian and any(
            w.lower() in lang.NON_PERSON_WORDS for w in words):
        return ""
    if _east_asian_given(words[-1]):
        words = words[:-1]
        return words[-1] if len(words[-1]) >= 2 and words[-1] not in lang.PLACES else ""
    if len(words) >= 3 and words[0] in lang.GIVEN_NAME_LAST_FAMILIES:
        return words[-1] if len(words[-1]) >= 2 else ""  # "Thanh" of "Nguyen Van Thanh": "Van" no particle
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in lang.NAME_PARTICLES:
        cut -= 1
    last_name = " ".join(words[cut:])
    return last_name if len(last_name) >= 3 and last_name not in lang.PLACES else ""


def _east_asian_given(word: str) -> bool:
    """A given name of two syllables joined by a hyphen, the second in lower case, written after the surname
    ("Chi-wai", "Jae-in"; not "Owusu-Mensah" nor "Jean-Marie")."""
    first, _, second = word.partition("-")
    return first.istitle() and first.isalpha() and second.isalpha() and second.islower()


def demonym_place(word: str, demonyms: dict[str, str]) -> str | None:
    """The place a demonym or nationality adjective points to, any gender or number ("américaines")."""
    word = word.lower()
    for ending in ("", "s", "e", "es", "ne", "nes"):
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in demonyms and fold_name(word) != fold_name(demonyms[stem]):
            return demonyms[stem]  # "Philippines" is the place, not the plural of "philippine"
    return None


def after_capitalised_word(start: int, text: str, articles: frozenset[str]) -> bool:
    """A capitalised word other than an article right before ``start``: the name there may be cut from a longer
    one ("Christian Democrat", "Social Democrats")."""
    words = text[max(0, start - 30):start].split(" ")
    word = words[-2] if len(words) >= 2 and words[-1] == "" else ""
    return word[:1].isupper() and word.lower() not in articles
