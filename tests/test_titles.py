"""What an article teaches about titles: the capitalised words it writes before people's names, learned once."""

from __future__ import annotations

import re

import pytest

from newsbrief.lang import get_language_data
from newsbrief.mentions import mentions_and_titles
from newsbrief.names import Mention, fold_name
from newsbrief.nlp import load_pipeline, normalise_text
from newsbrief.quotes import speech_subject_tokens
from newsbrief.titles import TitleLessons, TitleSighting, learn_titles


def hand_mentions(text: str, names: list[str]) -> list[Mention]:
    """Each name's first occurrence after the previous one's, tagged as a person's."""
    mentions, at = [], 0
    for name in names:
        start = text.index(name, at)
        mentions.append(Mention(start=start, end=start + len(name), text=name, label="PER"))
        at = start + len(name)
    return mentions


def sightings_by_word(lessons: TitleLessons) -> dict[str, list[tuple[str, bool, bool, bool]]]:
    """Each word's sightings as (person, full name, opening the mention, inside a sentence)."""
    return {word: [(s.person, s.full, s.opening, s.inside) for s in found]
            for word, found in lessons.by_word().items()}


@pytest.mark.parametrize(("language", "text", "names", "sightings", "titles", "before_full"), [
    # (language, text, the person mentions as the model would tag them, each word's sightings as (the person's
    # surname, full name, opening the mention, inside a sentence), the titles learned, the words before a full name
    # inside a sentence)
    # seen before one person's full name and surname both: a title
    ("en", "The inquiry was led by Sheriff Carys Pennant. Sheriff Pennant ruled on Friday.",
     ["Carys Pennant", "Pennant"],
     {"Sheriff": [("Pennant", True, False, True), ("Pennant", False, False, False)]}, {"Sheriff"}, {"sheriff"}),
    # seen before two persons' surnames: a title
    ("en", "Dzulkifli Yassin and Rosnah Kamil signed. Haji Yassin and Haji Kamil spoke.",
     ["Dzulkifli Yassin", "Rosnah Kamil", "Yassin", "Kamil"],
     {"Haji": [("Yassin", False, False, False), ("Kamil", False, False, True)]}, {"Haji"}, set()),
    # the model ran the word into a surname, read as a full name: seen opening the mention (and so the given name
    # opening the other full name is seen before the surname, a sighting that teaches nothing)
    ("en", "Dzulkifli Yassin and Rosnah Kamil signed. Haji Yassin and Haji Kamil spoke.",
     ["Dzulkifli Yassin", "Rosnah Kamil", "Haji Yassin", "Kamil"],
     {"Dzulkifli": [("Yassin", False, True, False)],
      "Haji": [("Yassin", False, True, False), ("Kamil", False, False, True)]}, {"Haji"}, set()),
    # an abbreviation of a longer word seen before the same person: a title, the longer word none yet
    ("en", "Advocate Thabiso Lekhanya spoke first. Then Adv Lekhanya asked for bail.",
     ["Thabiso Lekhanya", "Lekhanya"],
     {"Advocate": [("Lekhanya", True, False, False)], "Adv": [("Lekhanya", False, False, True)]}, {"Adv"}, set()),
    # seen once before a full name only: no title yet, but a word written before a full name inside a sentence
    ("en", "The hearing was opened by Warden Orla Dunleavy on Monday.", ["Orla Dunleavy"],
     {"Warden": [("Dunleavy", True, False, True)]}, set(), {"warden"}),
    # a given name before a surname is none, though seen before two persons'
    ("en", "Tomas Breen and Aoife Garvey spoke. Fiona Breen and Fiona Garvey did not.",
     ["Tomas Breen", "Aoife Garvey", "Breen", "Garvey"],
     {"Fiona": [("Breen", False, False, False), ("Garvey", False, False, True)]}, set(), set()),
    # a hyphenated title, seen before one person's full name and surname both: a title
    ("en", "The appeal was argued by Solicitor-General Maren Odhiambo. Solicitor-General Odhiambo lost it.",
     ["Maren Odhiambo", "Odhiambo"],
     {"Solicitor-General": [("Odhiambo", True, False, True), ("Odhiambo", False, False, False)]},
     {"Solicitor-General"}, {"solicitor-general"}),
    # a title after an elided article, capitalised or not, is read without the article
    ("fr", "Le texte a été défendu par l'Honorable Ginette Mbarga. Puis l'Honorable Mbarga a quitté la salle.",
     ["Ginette Mbarga", "Mbarga"],
     {"Honorable": [("Mbarga", True, False, True), ("Mbarga", False, False, True)]}, {"Honorable"}, {"honorable"}),
    ("fr", "La séance a été ouverte par l'honorable Ginette Mbarga. L'honorable Mbarga a parlé.",
     ["Ginette Mbarga", "Mbarga"],
     {"honorable": [("Mbarga", True, False, True), ("Mbarga", False, False, True)]}, {"honorable"}, {"honorable"}),
    # an apostrophe that elides no article opens a name, no title ("O'Brien"); nor is a lower-case word without
    # an article one
    ("en", "Ronan Kehoe met O'Dea Kehoe and the minister Kehoe.", ["Ronan Kehoe", "Kehoe", "Kehoe"], {}, set(), set()),
    # a person's surname ending the sentence before another person's full name is no abbreviated title
    ("en", "Keza Nsabimana opened. Agathe Kwizera thanked Nsabimana. Bosco Habimana hailed Nsabimana. Agathe "
     "Kwizera left.", ["Keza Nsabimana", "Agathe Kwizera", "Nsabimana", "Bosco Habimana", "Nsabimana",
                       "Agathe Kwizera"], {}, set(), set()),
    # no person named in full: nothing to learn from
    ("en", "Marshal Quigley said the road was closed.", ["Quigley"], {}, set(), set()),
])
def test_the_article_teaches_the_words_it_writes_before_people_s_names(
        language: str, text: str, names: list[str], sightings: dict[str, list[tuple[str, bool, bool, bool]]],
        titles: set[str], before_full: set[str]) -> None:
    lessons = learn_titles(hand_mentions(text, names), text, get_language_data(language))
    assert sightings_by_word(lessons) == {word: [(fold_name(person), *how) for person, *how in found]
                                          for word, found in sightings.items()}
    assert lessons.titles == {fold_name(word) for word in titles}
    assert lessons.words_before_full_names() == before_full


def test_a_sighting_records_where_the_word_is_written() -> None:
    text = "The case went to Sheriff Carys Pennant."
    lessons = learn_titles(hand_mentions(text, ["Carys Pennant"]), text, get_language_data("en"))
    assert lessons.sightings == (TitleSighting("Sheriff", fold_name("Pennant"), True, text.index("Sheriff")),)
    assert dict(lessons.persons) == {fold_name("Pennant"): frozenset({fold_name("Carys Pennant")})}
    assert lessons.known_names() == {fold_name("Pennant"), fold_name("Carys Pennant")}


@pytest.mark.parametrize(("language", "text", "titles", "cut"), [
    # (language, text, the titles the parsed article teaches, the mentions of persons once they are cut)
    ("en", "Coroner Mairead Flanagan opened the inquest. Coroner Flanagan adjourned it until May.",
     {"coroner"}, ["Mairead Flanagan", "Flanagan"]),
    # used as a person's noun ("the constable said") and seen before a surname: a title
    ("en", "Bryn Dunmore heads the station. Constable Dunmore arrived at noon. The constable said the file was "
           "complete.", {"constable"}, ["Bryn Dunmore", "Dunmore"]),
    # a hyphenated title, which the tagger does not know (read as an adjective)
    ("en", "The appeal was argued by Solicitor-General Maren Odhiambo on Monday. Solicitor-General Odhiambo told "
           "the court the ruling was flawed.", {"solicitor general"}, ["Maren Odhiambo", "Odhiambo"]),
    # a capitalised word after an elided article, read as an adjective: a title all the same
    ("fr", "Le texte a été défendu par l'Honorable Ginette Mbarga, députée du Centre. L'Honorable Mbarga a "
           "ensuite quitté la salle.", {"honorable"}, ["Ginette Mbarga", "Mbarga"]),
])
def test_the_titles_are_learned_once_from_the_parsed_article(language: str, text: str, titles: set[str],
                                                             cut: list[str]) -> None:
    lang = get_language_data(language)
    doc = load_pipeline(language)(normalise_text(text))
    mentions, lessons = mentions_and_titles(doc, doc.text, lang=lang,
                                            speech_heads=speech_subject_tokens(doc, lang=lang))
    assert lessons.titles == titles
    assert [m.text for m in mentions if m.label == "PER" and re.search(r"\w", m.text)] == cut
