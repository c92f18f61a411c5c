"""Name comparisons: the folded key, the canonical form of a group, the surname searched alone, demonyms."""

from __future__ import annotations

import pytest

from newsbrief.lang import get_language_data
from newsbrief.names import Mention, canonical_name, demonym_place, fold_name, given_name_gender, is_initialism, \
    is_legal_form, looks_personal, surname


@pytest.mark.parametrize(("a", "b"), [
    ("Tokayev", "Tokaïev"),
    ("Tokaiev", "Tokaïev"),
    ("Zelensky", "Zelenski"),
    ("Kiev", "Kyiv"),
    ("l'Élysée", "l’Elysée"),
    ("Kassym-Jomart Tokaïev", "Kassym Jomart Tokayev"),
])
def test_fold_name_merges_spelling_variants(a: str, b: str) -> None:
    assert fold_name(a) == fold_name(b)


@pytest.mark.parametrize(("a", "b"), [("Marine Le Pen", "Jean-Marie Le Pen"), ("Autriche", "Australie")])
def test_fold_name_keeps_different_names_apart(a: str, b: str) -> None:
    assert fold_name(a) != fold_name(b)


@pytest.mark.parametrize(("forms", "expected"), [
    (["Obama", "Barack Obama", "Obama"], "Barack Obama"),  # most words, whatever the count
    (["B. Obama", "Barack Obama"], "Barack Obama"),  # a given name spelled out over an initial
    (["LONDON", "London"], "London"),  # a dateline's capitals over the name written normally
    (["Tokayev", "Tokaïev", "Tokaïev"], "Tokaïev"),  # then the most frequent
    (["Tokayev", "Tokaïev"], "Tokayev"),  # then the first
    # the accented spelling of the same letters, whatever the counts or the order
    (["Etats-Unis", "Etats-Unis", "États-Unis"], "États-Unis"),
    (["Elysée", "Élysée", "Elysee"], "Élysée"),
])
def test_canonical_name_is_the_fullest_then_most_frequent_then_first_form(forms: list[str], expected: str) -> None:
    group = [Mention(start=10 * i, end=10 * i + len(form), text=form, label="PER") for i, form in enumerate(forms)]
    assert canonical_name(group) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Kassym-Jomart Tokaïev", True),
    ("Gordon and Betty Moore", False),  # a lower-case word
    ("CERN", False),
    ("Tokaïev", False),  # a single word
    ("Kollie B. Sumo", True),  # a middle initial
    ("B. Sumo", False),  # an initial opening the name: no given name to read
    ("Kollie Sumo B.", False),
    ("Jean Pierre Paul Jacques Martin", False),  # more than four words
    ("'Malineo Thato", True),  # an apostrophe opening a given name
])
def test_looks_personal(name: str, expected: bool) -> None:
    assert looks_personal(name) is expected


@pytest.mark.parametrize(("language", "name", "expected"), [
    ("en", "Daniel Okafor", "Okafor"),
    ("fr", "Marine Le Pen", "Le Pen"),
    ("fr", "Kassym-Jomart Tokaïev", "Tokaïev"),
    ("en", "Okafor", ""),  # a single word
    ("en", "Baltic Capital Bank", ""),  # a body the model took for a person
    ("en", "Jean Paris", ""),  # a place
    ("fr", "Wang Li", ""),  # too short to search alone
    ("en", "Raymond Kwok Chi-wai", "Kwok"),  # before an East Asian given name
    ("en", "Moon Jae-in", "Moon"),
    ("en", "Park Min-jae", "Park"),  # a surname that is also a place noun, before an East Asian given name
    ("en", "Wendy Ho Ka-yee", "Ho"),  # a surname of two letters, before an East Asian given name
    ("fr", "Kwabena Owusu-Mensah", "Owusu-Mensah"),  # a hyphenated surname
    ("en", "Nguyen Van Hieu", "Hieu"),  # a Vietnamese name goes by its last word, "Van" a middle name
    ("fr", "Dang Thi Lan", "Lan"),
    ("fr", "Pieter Van Damme", "Van Damme"),  # a Flemish particle, capitalised, still opens the surname
])
def test_the_surname_searched_alone(language: str, name: str, expected: str) -> None:
    assert surname(name, get_language_data(language)) == expected


@pytest.mark.parametrize(("word", "place"), [
    ("kazakhstanais", "Kazakhstan"),
    ("Américaines", "États-Unis"),  # any case, gender or number
    ("Philippines", None),  # the place itself, not the plural of "philippin"
    ("présidentiel", None),
])
def test_demonym_place(word: str, place: str | None) -> None:
    assert demonym_place(word, get_language_data("fr").DEMONYMS) == place


@pytest.mark.parametrize(("text", "ignore", "most", "initialism"), [
    ("FDSEA", ".&-", None, True),
    ("N-VA", ".&-", None, True),
    ("N-VA", ".&", None, False),     # where hyphens count, a hyphenated word is no initialism
    ("U.S.", ".&", None, True),
    ("S&D", ".&", None, True),
    ("A", ".&-", None, False),       # one letter
    ("Unesco", ".&-", None, False),  # written as a word
    ("G7", ".&-", None, False),
    ("CD&V", ".&-", 5, True),        # a bound counts the letters only
    ("AUSTIN", ".&-", 5, False),     # longer capitals: a word set in capitals
])
def test_is_initialism(text: str, ignore: str, most: int | None, initialism: bool) -> None:
    assert is_initialism(text, ignore=ignore, most=most) is initialism


@pytest.mark.parametrize(("language", "word", "gender"), [
    ("fr", "Grégory", "Masc"),
    ("fr", "Marie-Claire", "Fem"),  # a compound given name by its first part
    ("fr", "Lallement", ""),  # a surname
    ("en", "Sandra", "Fem"),
    ("en", "Siobhan", "Fem"),  # an Irish given name, written without its accent
    ("en", "Marlon", "Masc"),
    ("fr", "Aïssatou", "Fem"),
    ("fr", "Sofiane", "Masc"),
    ("fr", "Patrice", "Masc"),  # a man's name in French...
    ("en", "Patrice", ""),  # ...often a woman's in English: no gender rather than a wrong one
])
def test_given_name_gender(language: str, word: str, gender: str) -> None:
    assert given_name_gender(word, get_language_data(language)) == gender


@pytest.mark.parametrize(("word", "legal_form"), [
    ("Ltd", True),
    ("Ltd.", True),  # as shown, with its full stop
    ("ltd", True),  # as folded in an alias key
    ("Bhd", True),
    ("GmbH", True),
    ("Limited", True),
    ("Services", False),  # a firm's word, but no legal form
    ("Lt", False),  # a lieutenant's abbreviation
])
def test_is_legal_form(word: str, legal_form: bool) -> None:
    assert is_legal_form(word, get_language_data("en")) is legal_form
