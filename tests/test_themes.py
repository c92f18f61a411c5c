"""Tests for newsbrief.themes: keyphrases, themes and summary on the seed and on a short English text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc

from newsbrief.analysis import analyse_document
from newsbrief.loading import load_document
from newsbrief.records import Analysis, Block, Entity, Theme
from newsbrief.lang import get_language_data
from newsbrief.nlp import load_pipeline
from newsbrief.themes import (Candidate, DocumentFrequencies, KeyphraseWeights, _by_kind, _describing_tokens,
                              _is_clause_participle, _is_cut_modifier, _is_figure_unit, _is_people_of_place, _is_person, _label,
                              _local_keyphrases, _merge_partial_names, _non_topic_keys, _one_per_entity, _People,
                              _Place, _same_topic, _score, _standing_alone, _Unit, _with_enough_keyphrases, _with_event_nouns,
                              _with_main_subjects, _with_whole_quotes, background_frequencies, idf_table,
                              parse_document_frequencies, parse_word_frequencies, rank_keyphrases,
                              _acronyms_used_most, section_headings)

# the seed, copied into the package's samples (a fresh clone without ../shared still runs every test here)
SEED = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_59a7decd111426f4.txt"
SHORT_EN = """Council approves new cycle lanes for the city centre

The city council on Tuesday approved a plan to build twelve kilometres of protected cycle lanes in the city \
centre, after a long debate about parking and traffic.

"This plan will make our streets safer for everyone," said Mayor Helen Carter, who has championed the project \
since her election. Local shop owners fear that the loss of parking spaces will hurt their business.

Work on the first cycle lanes is due to start in the spring, and the council expects the network to be finished \
by the end of next year.
"""
DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an", "of", "son", "sa",
               "ses", "ce", "cette", "ces"}

@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyse_document(load_document(str(SEED)))


@pytest.fixture(scope="module")
def short_en(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    path = tmp_path_factory.mktemp("themes") / "short.txt"
    path.write_text(SHORT_EN, encoding="utf-8")
    return analyse_document(load_document(str(path)))


@pytest.fixture(params=["seed", "short_en"])
def analysis(request: pytest.FixtureRequest) -> Analysis:
    return request.getfixturevalue(request.param)


def _section(analysis: Analysis, heading_start: str) -> str:
    """The text of the section whose heading starts with ``heading_start`` (up to the next heading)."""
    blocks = analysis.document.blocks
    first = next(i for i, b in enumerate(blocks) if b.kind == "heading" and b.text.startswith(heading_start))
    following = [b for b in blocks[first + 1:]]
    end = next((b.start for b in following if b.kind == "heading"), len(analysis.document.text))
    return analysis.document.text[blocks[first].end:end]


# --- determinism, bounds, shape -------------------------------------------------------------------------------


def test_same_input_gives_same_output() -> None:
    document = load_document(str(SEED))
    first, second = analyse_document(document), analyse_document(document)
    assert first.themes == second.themes
    assert first.keyphrases == second.keyphrases
    assert first.summary == second.summary


@pytest.mark.parametrize(("fixture", "low", "high"), [("seed", 5, 6), ("short_en", 1, 3)])
def test_theme_count_bounds(fixture: str, low: int, high: int, request: pytest.FixtureRequest) -> None:
    assert low <= len(request.getfixturevalue(fixture).themes) <= high


def test_themes_have_labels_keyphrases_and_sentences(analysis: Analysis) -> None:
    for theme in analysis.themes:
        assert theme.label and len(theme.label.split()) <= 6
        assert 3 <= len(theme.keyphrases) <= 6
        assert 1 <= len(theme.sentences) <= 2


def test_supporting_sentences_are_verbatim_and_in_article_order(analysis: Analysis) -> None:
    text = analysis.document.text
    for theme in analysis.themes:
        positions = [text.find(s) for s in theme.sentences]
        assert all(p >= 0 for p in positions), theme.sentences
        assert positions == sorted(positions)
        assert len(set(theme.sentences)) == len(theme.sentences)


def test_themes_follow_article_order(seed: Analysis) -> None:
    starts = [seed.document.text.find(t.sentences[0]) for t in seed.themes]
    assert starts == sorted(starts)


# --- keyphrases -----------------------------------------------------------------------------------------------


def test_keyphrases_are_ranked_non_empty_and_trimmed(analysis: Analysis) -> None:
    phrases = list(analysis.keyphrases) + [k for t in analysis.themes for k in t.keyphrases]
    assert analysis.keyphrases
    for phrase in phrases:
        words = phrase.replace("'", " ").replace("’", " ").lower().split()
        assert words, phrase
        assert words[0] not in DETERMINERS and words[-1] not in DETERMINERS, phrase


@pytest.mark.parametrize(("text", "expected"), [
    ("# comment\ndocuments\t10\nguerr\t4\n", DocumentFrequencies(10, {"guerr": 4})),
    ("documents\t30\n", DocumentFrequencies(30, {})),
    ("", DocumentFrequencies(0, {})),
])
def test_parse_document_frequencies(text: str, expected: DocumentFrequencies) -> None:
    assert parse_document_frequencies(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("# comment\nguerr\t5.00\npay\t6.50\n", {"guerr": pytest.approx(1e-4), "pay": pytest.approx(10 ** -2.5)}),
    ("", {}),
])
def test_parse_word_frequencies(text: str, expected: dict[str, float]) -> None:
    assert parse_word_frequencies(text) == expected


PLAIN = DocumentFrequencies(10, {"guerr": 4, "juin": 9})
BACKGROUND = {"guerr": 1e-4, "juin": 1e-4, "pay": 1e-3, "kapis": 1e-7}


@pytest.mark.parametrize(("frequencies", "background", "m", "expected"), [
    # without pseudo-documents: the plain log(N / (1 + df)), unseen stems log(N)
    (PLAIN, {}, 0, {"guerr": pytest.approx(0.693, abs=1e-3), "juin": 0.0, "": pytest.approx(2.303, abs=1e-3)}),
    # common in general text -> low even when rare in the articles; rare everywhere -> high
    (DocumentFrequencies(0, {}), BACKGROUND, 100,
     {"pay": pytest.approx(1.312, abs=1e-3), "guerr": pytest.approx(3.230, abs=1e-3),
      "juin": pytest.approx(3.230, abs=1e-3), "kapis": pytest.approx(4.602, abs=1e-3),
      "": pytest.approx(4.602, abs=1e-3)}),
    # both: the articles' document frequency still counts ("juin" in 9 of 10 articles)
    (PLAIN, BACKGROUND, 100, {"juin": pytest.approx(2.139, abs=1e-3), "guerr": pytest.approx(2.627, abs=1e-3)}),
])
def test_idf_table_smooths_document_frequencies_with_the_background(
        frequencies: DocumentFrequencies, background: dict[str, float], m: int, expected: dict[str, float]) -> None:
    table = idf_table(frequencies, background, pseudo_documents=m, words_per_document=300)
    assert {k: table[k] for k in expected} == expected


@pytest.mark.parametrize(("stemmer", "common", "rare"), [
    ("french", "pay", "taliban"), ("french", "juin", "kapis"), ("english", "countri", "taliban"),
])
def test_shipped_background_ranks_common_words_above_rare_ones(stemmer: str, common: str, rare: str) -> None:
    frequencies = background_frequencies(stemmer)
    assert len(frequencies) > 50_000
    assert frequencies[common] > 10 * frequencies.get(rare, 0.0)


def test_shipped_background_has_its_licence_beside_it() -> None:
    readme = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "data" / "README.md"
    assert "CC BY-SA 4.0" in readme.read_text(encoding="utf-8")


def _name(key: str, types: set[str], starts: list[int]) -> Candidate:
    return Candidate(key=key, starts=starts, ends=[s + len(key.split()) for s in starts],
                     sentences=[0] * len(starts), n_words=len(key.split()), name=True, entity_types=types)


@pytest.mark.parametrize(("short_types", "long_types", "folded"), [
    ({"PER"}, {"PER"}, True),          # "Diouf" -> "Mouss Diouf"
    (set(), {"ORG"}, True),            # a name the model left untyped
    ({"LOC"}, {"ORG"}, False),         # "France" (a place) stays apart from "HP France" (a company)
    ({"LOC", "ORG"}, {"ORG"}, False),
])
def test_partial_names_fold_only_into_a_name_of_the_same_kind(
        short_types: set[str], long_types: set[str], folded: bool) -> None:
    found = {"franc": _name("franc", short_types, [0, 9]), "hp franc": _name("hp franc", long_types, [20])}
    merged = _merge_partial_names(found)
    assert ("franc" not in merged) is folded
    assert len(merged["hp franc"].starts) == (3 if folded else 1)


@pytest.mark.parametrize(("short_starts", "mentions"), [
    ([0], 1),          # "Suédoise" inside "Suédoise Karin" at the same place: one mention
    ([0, 9], 2),       # and once more on its own ("la Suédoise a devancé"): two
])
def test_a_folded_name_inside_the_longer_one_is_one_mention(short_starts: list[int], mentions: int) -> None:
    found = {"suédois": _name("suédois", {"LOC"}, short_starts),
             "suédois karin": _name("suédois karin", {"LOC"}, [0])}
    assert len(_merge_partial_names(found)["suédois karin"].starts) == mentions


NAME_MENTIONS = [
    ("Ski : la Norvégienne Ingrid Solbakken remporte la descente de Lillehammer\n\nLa Norvégienne Ingrid "
     "Solbakken a battu la Suissesse Anna Meier dimanche. La Norvégienne, 24 ans, signe sa troisième victoire de "
     "la saison.", "norvégienne ingrid solbakken", 3),
    ("Golf : victoire de la Suédoise Karin Lindqvist à Saint-Andrews\n\nLa Suédoise Karin Lindqvist a remporté "
     "dimanche le tournoi. La Suédoise a devancé l'Américaine Jane Porter de deux coups.",
     "suédoise karin lindqvist", 3),
    ("Cyclisme : le Colombien Diego Arboleda gagne l'étape\n\nLe Colombien Diego Arboleda a gagné mardi la "
     "huitième étape. Le Colombien devance le Belge Pieter Claes.", "belge pieter claes", 1),
]


@pytest.mark.parametrize(("text", "phrase", "mentions"), NAME_MENTIONS)
def test_a_name_counts_each_mention_once(text: str, phrase: str, mentions: int) -> None:
    """The model may give "Norvégienne" its own entity inside the name the noun group holds; once folded into
    the name, that occurrence must not count a second time."""
    doc = load_pipeline("fr")(text)
    ranked = rank_keyphrases(doc, lang=get_language_data("fr"), top=1000)
    found = next(c for c in ranked if c.text.lower() == phrase)
    assert len(found.starts) == mentions


KEYPHRASE_TEXT = """Le Sénat adopte le nouveau projet de loi sur le harcèlement sexuel

12 juillet 2012. Le Sénat a adopté jeudi 12 juillet le nouveau projet de loi sur le harcèlement sexuel. \
Le harcèlement sexuel sera puni de deux ans de prison. Le projet de loi revient en juillet devant les députés.
"""


@pytest.mark.parametrize(("phrase", "candidate"), [
    ("nouveau projet de loi", True),   # "nouveau" is a spaCy stop word, kept for keyphrases
    ("harcèlement sexuel", True),
    ("juillet", False),                # months and weekdays make no keyphrase
    ("jeudi", False),
])
def test_keyphrase_candidates_keep_nouveau_and_leave_out_dates(phrase: str, candidate: bool) -> None:
    doc = load_pipeline("fr")(KEYPHRASE_TEXT)
    ranked = rank_keyphrases(doc, lang=get_language_data("fr"), top=1000)
    assert (phrase in {c.text.lower() for c in ranked}) is candidate


HEADLINE_NUMBERS = """France : Hewlett-Packard va supprimer 520 postes d'ici à 2014, le SMIC augmente de 2 %

Le groupe emploie 5 000 personnes en France depuis 12 ans. Moody's et M. Gérald Karsenti ont commenté l'annonce.
"""


@pytest.mark.parametrize(("phrase", "candidate"), [
    ("520 postes", True),       # a figure of the headline, with its noun
    ("2014", True),
    ("2 %", True),
    ("5 000 personnes", False),  # figures of the body make no keyphrase
    ("12 ans", False),
    ("moody's", True),           # the possessive "s" the tokenizer cut off stays with the name
    ("moody'", False),
    ("gérald karsenti", True),   # a person's name without the title before it
    ("m. gérald karsenti", False),
])
def test_keyphrase_candidates_of_figures_and_names(phrase: str, candidate: bool) -> None:
    doc = load_pipeline("fr")(HEADLINE_NUMBERS)
    ranked = rank_keyphrases(doc, lang=get_language_data("fr"), top=1000)
    assert (phrase in {c.text.lower() for c in ranked}) is candidate


PARTICIPLE_TEXTS = {
    "fr": """Chômage : le nombre d'emplois menacés atteint 75 000

Selon la CGT, 75 000 emplois menacés dans l'industrie. Les salaires sont gelés depuis deux ans.
""",
    "en": """Thousands of jobs threatened by the closure

The union said 75,000 jobs threatened by the closure were at risk. The man arrested on Monday was released.
""",
}


@pytest.mark.parametrize(("language", "phrase", "candidate"), [
    ("fr", "emplois menacés", True),    # a past participle right after a noun belongs to its group
    ("fr", "menacés", False),           # alone it stays a verb
    ("fr", "gelés", False),             # after "sont": the verb of the clause
    ("en", "jobs threatened", False),   # English: a reduced relative clause, no part of the group
    ("en", "man arrested", False),
    ("en", "jobs", True),
])
def test_a_french_past_participle_after_a_noun_is_part_of_the_phrase(language: str, phrase: str,
                                                                      candidate: bool) -> None:
    doc = load_pipeline(language)(PARTICIPLE_TEXTS[language])
    ranked = rank_keyphrases(doc, lang=get_language_data(language), top=1000)
    assert (phrase in {c.text.lower() for c in ranked}) is candidate


def _phrase(key: str, spans: list[tuple[int, int]]) -> Candidate:
    return Candidate(key=key, starts=[a for a, _ in spans], ends=[b for _, b in spans],
                     sentences=[0] * len(spans), n_words=len(key.split()))


@pytest.mark.parametrize(("longer", "inside"), [
    ([_phrase("nord du pay", [(0, 3), (10, 13)])], 2),        # a repeated phrase holds "nord" twice
    ([_phrase("nord du pay", [(0, 3)])], 1),
    ([_phrase("sud du pay", [(0, 3), (10, 13)])], 0),         # "nord" is not inside that key
    ([_phrase("nord du pay", [(1, 4), (11, 14)])], 0),        # occurrences elsewhere in the text
    ([], 0),
])
def test_occurrences_inside_longer_phrases(longer: list[Candidate], inside: int) -> None:
    nord = _phrase("nord", [(0, 1), (10, 11), (20, 21)])
    assert len(nord.starts) - len(_standing_alone(nord, longer)) == inside


@pytest.mark.parametrize(("key", "name", "start", "factor"), [
    ("lo", False, 2, 5.0),                  # in the headline: 1 + headline
    ("lo", False, 12, 1.25),                # in the lede: 1 + lede
    ("lo", False, 40, 1.0),                 # elsewhere
    ("pollu atmospher", False, 12, 2.5),    # a common-noun phrase in the lede: 1 + lede_phrase
    ("pollu atmospher", False, 2, 5.0),     # in the headline it weighs as any headline candidate
    ("pollu atmospher", False, 40, 1.0),
    ("jean dupont", True, 12, 1.25 * 1.5),  # a name of two words in the lede: 1 + lede (and the name weight)
])
def test_headline_and_lede_weigh_on_the_score(key: str, name: bool, start: int, factor: float) -> None:
    weights = KeyphraseWeights(headline=4.0, lede=0.25, lede_phrase=1.5, specificity=0.0,
                               length=(1.0, 1.0), name=0.5)
    place = _Place(headline_end=8, lede=(10, 20))
    candidate = _phrase(key, [(start, start + len(key.split()))])
    candidate.name = name
    assert _score(candidate, weights, {}, place=place, tf=2) == pytest.approx(2 ** 1.5 * factor)


LEDE_PHRASE = """Incendie dans une usine chimique près de Lyon

Un incendie a ravagé mardi soir une usine chimique de la banlieue lyonnaise et provoqué une pollution \
atmosphérique, selon la préfecture. Les pompiers sont intervenus pendant toute la nuit. Les pompiers ont évacué \
les habitants du quartier. Les habitants ont pu regagner leur domicile au matin. Le préfet a annoncé une enquête.
"""


@pytest.mark.parametrize(("phrase", "word"), [
    ("pollution atmosphérique", "habitants"),   # the lede's phrase, once, above a word of the body found twice
    ("pollution atmosphérique", "pollution"),   # and above its own word, then left out as inside it
    ("banlieue lyonnaise", "banlieue"),
])
def test_a_common_noun_phrase_of_the_lede_ranks_above_a_body_word(phrase: str, word: str) -> None:
    doc = load_pipeline("fr")(LEDE_PHRASE)
    ranked = [c.text.lower() for c in rank_keyphrases(doc, lang=get_language_data("fr"), top=1000)]
    assert ranked.index(phrase) < (ranked.index(word) if word in ranked else len(ranked))


@pytest.mark.parametrize(("nested", "word_first"), [(1.0, False), (0.0, True)])
@pytest.mark.parametrize(("word", "phrase"), [("harcèlement", "harcèlement sexuel"), ("loi", "projet de loi")])
def test_a_word_always_inside_a_repeated_phrase_ranks_below_it(word: str, phrase: str, nested: float,
                                                                word_first: bool) -> None:
    doc = load_pipeline("fr")(KEYPHRASE_TEXT)
    ranked = [c.text.lower() for c in rank_keyphrases(doc, lang=get_language_data("fr"), top=1000,
                                                      weights=KeyphraseWeights(nested=nested))]
    rank = {text: n for n, text in enumerate(ranked)}
    assert (rank.get(word, len(ranked)) < rank[phrase]) is word_first


HEADLINE_PHRASE = """Le Sénat adopte le projet de loi sur le harcèlement sexuel

12 juillet 2012. Le Sénat a adopté jeudi le projet de loi sur le harcèlement sexuel, attendu par les associations. \
Le harcèlement sexuel sera puni de deux ans de prison. Les associations saluent un texte clair. \
Le harcèlement au travail reste difficile à prouver, disent les associations.
"""


@pytest.mark.parametrize(("phrase", "headline_weight"), [
    ("harcèlement", False),         # in the headline only inside the repeated "harcèlement sexuel"
    ("harcèlement sexuel", True),
    ("sénat", True),                # stands alone in the headline
    ("projet de loi", True),
    ("associations", False),        # not in the headline
])
def test_a_headline_word_inside_a_repeated_phrase_gets_no_headline_weight(phrase: str,
                                                                          headline_weight: bool) -> None:
    doc = load_pipeline("fr")(HEADLINE_PHRASE)
    lang = get_language_data("fr")

    def score(headline: float) -> float:
        ranked = rank_keyphrases(doc, lang=lang, top=1000, weights=KeyphraseWeights(headline=headline))
        return next(c.score for c in ranked if c.text.lower() == phrase)

    assert (score(4.0) > score(0.0)) is headline_weight


@pytest.mark.parametrize(("longer", "alone"), [
    ([_phrase("harcèl sexuel", [(5, 7), (20, 22)])], [30]),    # the headline's "harcèlement" is inside the phrase
    ([_phrase("harcèl sexuel", [(20, 22)])], [5, 30]),
    ([_phrase("abus sexuel", [(5, 7), (20, 22)])], [5, 20, 30]),  # its key does not hold "harcèl"
    ([], [5, 20, 30]),
])
def test_occurrences_standing_alone(longer: list[Candidate], alone: list[int]) -> None:
    harcelement = _phrase("harcèl", [(5, 6), (20, 21), (30, 31)])
    assert _standing_alone(harcelement, longer) == alone


HEADLINE_VERB = """Russie : Wikipédia proteste contre un projet de loi visant les sites

La protestation de Wikipédia en russe contre le projet de loi a duré une journée. La protestation a été suivie.
"""


@pytest.mark.parametrize(("phrase", "in_headline"), [
    ("protestation", True),     # the headline's "proteste" counts as an occurrence of the noun of its stem
    ("projet de loi", True),
    ("journée", False),
    ("visant", None),           # a verb with no noun of its stem is no candidate
])
def test_a_headline_verb_counts_for_the_noun_of_its_stem(phrase: str, in_headline: bool | None) -> None:
    doc = load_pipeline("fr")(HEADLINE_VERB)
    ranked = {c.text.lower(): c for c in rank_keyphrases(doc, lang=get_language_data("fr"), top=1000)}
    headline_end = next(doc.sents).end
    assert (ranked[phrase].first < headline_end if phrase in ranked else None) is in_headline


@pytest.mark.parametrize(("tags", "name", "adjective", "kept"), [
    (["PROPN", "PROPN", "ADJ"], True, False, True),    # "France" tagged an adjective once is still a name
    (["PROPN", "ADJ", "ADJ"], False, True, True),      # the last occurrence no longer decides
    (["ADJ", "NOUN"], False, False, True),
    (["VERB", "NOUN"], False, False, True),            # a headline verb beside its noun
    (["VERB", "VERB"], False, False, False),           # only ever a verb: no candidate
])
@pytest.mark.parametrize("entity", [False, True])
def test_candidate_kind_is_that_of_most_occurrences(tags: list[str], name: bool, adjective: bool,
                                                     kept: bool, entity: bool) -> None:
    doc = Doc(load_pipeline("fr").vocab, words=["mot"] * len(tags), pos=tags)
    candidate = _phrase("mot", [(i, i + 1) for i in range(len(tags))])
    candidate.entity_types = {"ORG"} if entity else set()   # a name tagged a verb ("Sanofi") stays
    found = _by_kind({"mot": candidate}, doc)
    assert ("mot" in found) is (kept or entity)
    if kept:
        assert (found["mot"].name, found["mot"].adjective) == (name, adjective)

# --- summary --------------------------------------------------------------------------------------------------


def test_summary_has_three_sentences_from_the_lede_on(analysis: Analysis) -> None:
    assert len(analysis.summary) == 3
    first_paragraph = analysis.document.paragraphs[0].text
    assert first_paragraph.startswith(analysis.summary[0])
    positions = [analysis.document.text.find(s) for s in analysis.summary]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_summary_repeats_no_key_quote(analysis: Analysis) -> None:
    for quote in analysis.key_quotes:
        assert all(quote.text not in sentence for sentence in analysis.summary)


# --- the seed's five subjects ---------------------------------------------------------------------------------

GEOGRAPHY = "La vision de Kassym-Jomart"
DIPLOMACY = "La diplomatie est"
CONFLICTS = "Conflits internationaux"


def _theme_with(seed: Analysis, words: tuple[str, ...]) -> Theme:
    """The theme whose keyphrases and sentences name most of ``words`` (case-insensitive)."""
    def hits(theme: Theme) -> int:
        content = " ".join(theme.keyphrases + theme.sentences).lower()
        return sum(w in content for w in words)
    best = max(seed.themes, key=hits)
    assert hits(best) >= 2, (words, [t.keyphrases for t in seed.themes])
    return best


@pytest.mark.parametrize(("words", "sections"), [
    (("corridor", "connectivité", "turkménistan"), (GEOGRAPHY,)),
    (("états-unis", "trump", "grandes puissances"), (DIPLOMACY,)),
    (("abraham", "proche-orient", "gaza", "deux états"), (DIPLOMACY, CONFLICTS)),
    (("russie", "ukraine", "négociations", "plateforme neutre"), (CONFLICTS,)),
    (("réforme constitutionnelle", "droits", "libertés", "contre-pouvoirs"), (CONFLICTS,)),
])
def test_seed_subject_has_a_theme_with_a_sentence_from_its_section(
        seed: Analysis, words: tuple[str, ...], sections: tuple[str, ...]) -> None:
    theme = _theme_with(seed, words)
    assert any(w in " ".join(theme.keyphrases).lower() for w in words), theme.keyphrases
    texts = [_section(seed, s) for s in sections]
    assert any(sentence in text for sentence in theme.sentences for text in texts), theme.sentences


def test_seed_law_and_order_is_a_theme_of_its_section(seed: Analysis) -> None:
    theme = _theme_with(seed, ("loi", "ordre", "citoyens"))
    assert theme.heading and theme.heading.startswith(DIPLOMACY)


def test_seed_subjects_are_distinct_themes(seed: Analysis) -> None:
    subjects = [("corridor", "connectivité", "turkménistan"), ("abraham", "proche-orient", "gaza"),
                ("russie", "ukraine", "plateforme neutre"),
                ("réforme constitutionnelle", "libertés", "droits", "contre-pouvoirs")]
    themes = [_theme_with(seed, words) for words in subjects]
    assert len({t.label for t in themes}) == len(subjects)


def test_seed_has_no_gender_disagreeing_phrase(seed: Analysis) -> None:
    phrases = [k.lower() for t in seed.themes for k in t.keyphrases] + [k.lower() for k in seed.keyphrases]
    assert "libertés humains" not in phrases
    assert all("libertés humains" not in t.label.lower() for t in seed.themes)


# --- section headings, credit lines, predicates, people ---------------------------------------------------------

FURNITURE_EN = """date 2026-03-02
Ministers split over the fisheries deal

Coastal states want quotas; inland ones want subsidies, and the talks drag on

By Jane Okoro, Diplomatic Correspondent

Fisheries ministers failed on Monday to agree on the quota deal that the presidency had promised by March.

Quotas on the table

The proposal would cut the cod quota by a fifth over three years, according to the draft seen by reporters.

Rowan Hale, political reporter

Tuesday 3 March 2026 14:32, UK

Subsidies in question

Inland states want the subsidies for new vessels to stay, and several said so in the closed session.

With Reuters

Read more from Reuters:
Why the cod quota keeps falling
"""
FURNITURE_FR = """date 2026-03-02
Les ministres divisés sur l'accord de pêche

Les ministres de la Pêche ne sont pas parvenus lundi à s'entendre sur les quotas promis par la présidence.

Texte par : Claire Martin

Avec notre correspondant à Bruxelles, Paul Girard

Des quotas en baisse

La proposition réduirait le quota de cabillaud d'un cinquième en trois ans, selon le projet consulté.

Lire aussi : Les pêcheurs bretons inquiets pour l'avenir de leurs quotas de cabillaud en mer du Nord

Avec AFP
"""


@pytest.mark.parametrize(("text", "headings"), [
    (FURNITURE_EN, ["Quotas on the table", "Subsidies in question"]),  # no deck, byline or time stamp
    (FURNITURE_FR, ["Des quotas en baisse"]),                           # no "Texte par", no correspondent's line
])
def test_section_headings_leave_out_decks_bylines_and_time_stamps(text: str, headings: list[str],
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    document = load_document(str(path))
    lang = get_language_data(document.language)
    assert [b.text for b in section_headings(document, lang)] == headings


@pytest.mark.parametrize(("text", "furniture"), [
    (FURNITURE_FR, ("Avec AFP", "Lire aussi")),
    (FURNITURE_EN, ("With Reuters", "Read more")),
])
def test_a_credit_line_or_a_link_to_another_story_makes_no_theme_nor_summary(
        text: str, furniture: tuple[str, ...], tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyse_document(load_document(str(path)))
    assert analysis.themes
    sentences = [s for t in analysis.themes for s in t.sentences] + list(analysis.summary)
    assert not any(f in s for f in furniture for s in sentences), sentences
    assert not any(f in (t.heading or "") for f in furniture for t in analysis.themes)


@pytest.mark.parametrize(("language", "text", "phrase", "candidate"), [
    # a verb the tagger may take for a noun or a participle makes no phrase with its subject
    ("fr", "L'historien rappelle que Bamako accuse également la Russie de financer les milices.",
     "historien rappelle", False),
    ("fr", "L'historien rappelle que Bamako accuse également la Russie de financer les milices.", "historien", True),
    # a noun with a copula stays a noun
    ("fr", "La France reste une puissance moyenne, dit le rapport.", "puissance moyenne", True),
    # dates the English model tags as entities make no keyphrase
    ("en", "The council approved the new budget on Tuesday after a long debate.", "tuesday", False),
    ("en", "The council approved the new budget on Tuesday after a long debate.", "new budget", True),
    # no piece of a word the tokenizer split at a hyphen
    ("en", "Her concerns were echoed by Rep. Kim Seong-ae, who said the deal needed a vote in the Assembly.", "ae",
     False),
])
def test_keyphrase_candidates_leave_out_predicates_and_dates(language: str, text: str, phrase: str,
                                                             candidate: bool) -> None:
    doc = load_pipeline(language)(text)
    ranked = rank_keyphrases(doc, lang=get_language_data(language), top=1000)
    assert (phrase in {c.text.lower() for c in ranked}) is candidate


@pytest.mark.parametrize(("text", "person"), [
    ("président Trump", True),        # a title and a person's name
    ("Trump", True),
    ("Donald Trump", True),
    ("Special Agent Lena Ward", True),  # a phrase holding a person's full name
    ("Gaza", False),                  # the tagger may call it a person; the entity table does not
    ("Accords d'Abraham", False),     # a name holding a word of a person's name among other words
    ("loi", False),
    ("ministre", True),               # a role alone: who talks, not what is talked about
    ("Ward", False),                  # lower-case in the text: a common word, not the name
])
def test_a_person_is_told_by_the_entity_tables_names(text: str, person: bool) -> None:
    candidate = Candidate(key=text.lower(), forms=Counter({(text.lower() if text == "Ward" else text): 1}))
    people = _People.of(["Donald Trump", "Trump", "Abraham Mercier", "Lena Ward"])
    assert _is_person(candidate, people, get_language_data("fr")) is person


@pytest.mark.parametrize(("language", "text", "person"), [
    ("fr", "diplomate occidental", True),    # a role heading the phrase: someone described
    ("fr", "délégué syndical", True),
    ("fr", "ancienne ministre", True),       # a role past the word that qualifies it
    ("fr", "ancien DGS", True),              # the press's acronym of a role, qualified
    ("fr", "DG Trade", False),               # opening the phrase: a directorate
    ("fr", "DGS", True),                     # alone: who talks
    ("fr", "ancien régime", False),
    ("fr", "droits fondamentaux", False),
    ("en", "press secretary", True),         # English heads come last
    ("en", "secretary general election", False),
    ("en", "battery metals", False),
    # a role with a capitalised complement or modifier is someone described too
    ("fr", "préfète de la Somme", True),
    ("fr", "députée LFI", True),
    ("fr", "Saint-Nazaire", False),          # one word: a town, no saint
    ("en", "Labour MP", True),
    ("en", "Minister for Housing", True),    # the head comes before "for"
    ("en", "Citizens for Justice", False),
])
def test_a_role_heading_a_phrase_describes_a_person(language: str, text: str, person: bool) -> None:
    candidate = Candidate(key=text, forms=Counter({text: 1}))
    assert _is_person(candidate, _People.of([]), get_language_data(language)) is person


def test_theme_keyphrases_name_no_person_of_the_entity_table(seed: Analysis) -> None:
    people = {e.name for e in seed.entities if e.label == "PER"}
    assert "Kassym-Jomart Tokaïev" in people
    keyphrases = {k for t in seed.themes for k in t.keyphrases}
    assert not any("Tokaïev" in k or "Tokayev" in k or "Trump" in k for k in keyphrases), keyphrases


QUOTE_TEXT = ("Le port a fermé lundi. « Fermer le port, c'est couper la principale route du pays. Sans solution, ce "
              "sera un désastre », a averti jeudi la porte-parole de l'agence. Les ministres se réunissent demain.")


def test_a_supporting_sentence_cut_inside_a_quotation_is_widened_to_the_whole_quotation() -> None:
    doc = load_pipeline("fr")(QUOTE_TEXT)
    inner = QUOTE_TEXT.index("Fermer"), QUOTE_TEXT.index(" »")
    cut = next(s for s in doc.sents if s.text.startswith("Sans solution"))
    widened = _with_whole_quotes(cut, [inner])
    assert widened.text == QUOTE_TEXT[QUOTE_TEXT.index("«"):QUOTE_TEXT.index("Les ministres")].strip()
    assert _with_whole_quotes(cut, [inner], most=1) == cut        # too long a widening: left as it is
    assert _with_whole_quotes(doc[:5], [inner]).text == "Le port a fermé lundi."


POOR_PARAGRAPH = ("The regional council approved the new water tariff for farmers on Monday. "
                  "\"It is what it is,\" she said. "
                  "Irrigation quotas for the dry valley farms will fall by a third under the new tariff scheme.")


def test_a_unit_with_too_few_keyphrases_joins_its_neighbour() -> None:
    doc = load_pipeline("en")(POOR_PARAGRAPH)
    candidates = rank_keyphrases(doc, lang=get_language_data("en"), top=1000)
    units = [_Unit([s], 0, None) for s in doc.sents]
    assert len(units) == 3
    joined = _with_enough_keyphrases(units, candidates, 3)
    assert [[s.text[:12] for s in u.sentences] for u in joined] == [["The regional", "\"It is what "],
                                                                     ["Irrigation q"]]


def test_names_of_one_entity_make_one_keyphrase_under_the_tables_name() -> None:
    tories = Candidate(key="tori", forms=Counter({"Tories": 2}), starts=[3, 9], ends=[4, 10], sentences=[0, 1])
    conservatives = Candidate(key="conserv", forms=Counter({"Conservatives": 1}), starts=[20], ends=[21],
                              sentences=[2])
    budget = Candidate(key="budget", forms=Counter({"budget": 1}), starts=[30], ends=[31], sentences=[3])
    table = [Entity(name="Conservatives", label="ORG", count=3, aliases=("Tories",))]
    merged = _one_per_entity([tories, budget, conservatives], table)
    assert [(c.text, c.starts) for c in merged] == [("Conservatives", [3, 9, 20]), ("budget", [30])]
    assert tories.starts == [3, 9] and tories.text == "Tories"      # the ranked candidates are left as they were


@pytest.mark.parametrize(("acronym_uses", "shown"), [
    (3, {"Fonds monétaire international": "FMI"}),  # named once in full, then by its acronym
    (1, {}),                                         # as often in full as by its acronym: the full name
])
def test_an_entity_the_article_calls_by_its_acronym_is_shown_by_it(acronym_uses: int,
                                                                   shown: dict[str, str]) -> None:
    full = Candidate(key="fond monétair international", forms=Counter({"Fonds monétaire international": 1}),
                     starts=[2], ends=[5], sentences=[0])
    acronym = Candidate(key="fmi", forms=Counter({"FMI": acronym_uses}), starts=list(range(10, 10 + acronym_uses)),
                        ends=list(range(11, 11 + acronym_uses)), sentences=[1] * acronym_uses)
    table = [Entity(name="Fonds monétaire international", label="ORG", count=4, aliases=("FMI",))]
    assert _acronyms_used_most([full, acronym], table) == shown


LONG_OPENING_FR = """date 2026-05-04
Le Parlement adopte la réforme des retraites agricoles

Le Parlement a adopté mardi la réforme des retraites agricoles, après six mois de navette entre les deux chambres.

La réforme relève la pension minimale des exploitants agricoles à 85 % du salaire minimum dès janvier.

Les syndicats agricoles saluent un progrès pour les retraites des exploitants, mais jugent le calendrier trop lent.

Le coût de la réforme des retraites agricoles est estimé à 900 millions d'euros par an par le gouvernement.

Les régions inquiètes

Les présidents de région redoutent que le financement des lycées agricoles soit réduit pour payer la réforme.

Les régions du Sud demandent une compensation de l'État pour les lycées agricoles et les centres de formation.
"""


def test_a_long_opening_before_the_first_intertitle_is_a_section_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(LONG_OPENING_FR, encoding="utf-8")
    analysis = analyse_document(load_document(str(path)))
    # four paragraphs are a story of their own, not a lede left to the summary: a theme speaks for them
    opening = [t for t in analysis.themes if {"exploitants", "retraites agricoles"} & set(t.keyphrases)]
    assert opening, analysis.themes
    assert all(t.heading is None for t in opening)


@pytest.mark.parametrize(("language", "keyphrases", "label"), [
    ("fr", ["corridor médian", "Russie"], "Corridor médian et Russie"),
    # a long name is the whole label, never cut ("Organisation pour la sécurité et la")
    ("fr", ["Organisation pour la sécurité et la coopération en Europe", "frontière"],
     "Organisation pour la sécurité et la coopération en Europe"),
    ("en", ["water cannon", "Scarborough Shoal", "fishermen"], "Water cannon and Scarborough Shoal"),
    # the second keyphrase never repeats the first: the next one that does not is joined instead
    ("fr", ["tarif réduit", "tarif social", "cantine scolaire"], "Tarif réduit et cantine scolaire"),
    ("en", ["Ukraine", "Western Ukraine", "grain exports"], "Ukraine and grain exports"),
    ("fr", ["Conseil régional", "Conseil constitutionnel"], "Conseil régional et Conseil constitutionnel"),
    # a lone vague noun says nothing of the theme: the next keyphrase is joined instead, or the label stands alone
    ("en", ["tribunal", "matter", "adjournment"], "Tribunal and adjournment"),
    ("fr", ["décision", "Conseil d'État", "recours"], "Conseil d'État et recours"),
    ("fr", ["mairie", "heures"], "Mairie"),
    ("en", ["statement"], "Statement"),
])
def test_a_label_joins_two_keyphrases_and_never_cuts_one(language: str, keyphrases: list[str], label: str) -> None:
    assert _label(keyphrases, get_language_data(language))[0] == label


@pytest.mark.parametrize(("keyphrases", "label"), [
    # the acronym the article uses is written, so a second keyphrase fits
    (["Organisation pour la sécurité et la coopération en Europe", "frontière"], "OSCE et frontière"),
    # whether the second repeats the first is read on the full name
    (["La France insoumise", "France", "motion de censure"], "LFI et motion de censure"),
])
def test_a_label_names_an_entity_by_its_acronym(keyphrases: list[str], label: str) -> None:
    short = {"Organisation pour la sécurité et la coopération en Europe": "OSCE", "La France insoumise": "LFI"}
    assert _label(keyphrases, get_language_data("fr"), short=short)[0] == label


@pytest.mark.parametrize(("text", "kicker"), [
    ("Retraites : le ministre défend sa réforme\n\nINVITÉ DE FRANCE INTER - Le ministre du Travail a défendu mardi "
     "sa réforme des retraites devant les auditeurs. Il promet une concertation avec les syndicats dès janvier.\n\n"
     "Les syndicats dénoncent une réforme injuste et appellent à manifester le 15 janvier dans toute la France. "
     "La CGT et la CFDT se retrouveront à Paris.\n\nLe gouvernement table sur une adoption au printemps, malgré "
     "l'opposition de la gauche à l'Assemblée nationale.", "INVITÉ"),
    ("Ministers defend the rail budget\n\nLONDON — The transport secretary defended the rail budget on Tuesday "
     "before a committee of MPs. She promised new trains for the north by 2028.\n\nUnions said the budget would "
     "not cover the wage rise promised to drivers and called a strike for January.\n\nThe Treasury expects the "
     "bill to pass in the spring despite opposition from backbenchers.", "LONDON"),
])
def test_a_kicker_in_capitals_before_a_dash_is_left_out_of_the_summary(text: str, kicker: str,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyse_document(load_document(str(path)))
    sentences = [s for t in analysis.themes for s in t.sentences] + list(analysis.summary)
    assert analysis.summary and not any(kicker in s for s in sentences), sentences


MEDIA_CITED_EN = """Opposition digs in over the port privatisation bill

The government's plan to sell a majority stake in the state port operator ran into fierce resistance in parliament on Tuesday, with the opposition accusing ministers of selling a strategic asset at a discount.

"This is a fire sale of the country's front door," opposition leader Maria Okonkwo told CBS News in a radio interview on Wednesday morning. She said her party would table amendments to cap any foreign stake at 30 percent.

Finance Minister David Chen defended the sale in an interview with CBS News. "The port needs investment that the state cannot provide," he said, adding that the buyer would be bound by strict labour guarantees.

According to Reuters, three bidders remain in the running, including a consortium led by a Gulf sovereign fund. Reuters reported that the final bids are due in March.

Dock workers' unions have called a strike for next week. "Our jobs are not for sale," a union spokesman told Reuters. The port handles a third of the country's container traffic, and a long strike would hit exporters hard.

The bill returns to the port committee next Wednesday, where the government has a majority of one.
"""


def test_a_news_medium_the_article_cites_is_no_theme_keyphrase(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(MEDIA_CITED_EN, encoding="utf-8")
    themes = analyse_document(load_document(str(path))).themes
    keyphrases = [k for t in themes for k in t.keyphrases]
    assert keyphrases and not {"CBS News", "Reuters"} & set(keyphrases), keyphrases


def _candidate(key: str, starts: list[int], *, score: float = 10.0) -> Candidate:
    return Candidate(key=key, forms=Counter({key: len(starts)}), starts=starts, ends=[s + 1 for s in starts],
                     sentences=starts, n_words=len(key.split()), score=score)


def _span_unit(start: int, end: int, *, heading: tuple[int, int] = (0, 0)) -> _Unit:
    return _Unit([SimpleNamespace(start=start, end=end)], 0, None, heading)  # type: ignore[list-item]


# a strike story: "grève" stands in every unit, so no unit picks it, yet the briefing must name it
@pytest.mark.parametrize(("held", "full", "given_to"), [
    (["salair", "hôpital"], [False, False], 1),          # to the unit where it occurs most
    (["salair", "grev infirmi"], [False, False], None),  # a theme already holds it, inside a phrase
    (["salair", "hôpital"], [False, True], 0),           # that unit has six keyphrases: the next best
])
def test_a_main_subject_no_theme_holds_is_given_to_the_unit_where_it_occurs_most(
        held: list[str], full: list[bool], given_to: int | None) -> None:
    units = [_span_unit(0, 10), _span_unit(10, 20)]
    strike = _candidate("grev", [2, 12, 15])
    chosen = [[_candidate(held[i], [i * 10 + 1])] * (6 if full[i] else 1) for i in range(2)]
    result = _with_main_subjects(units, chosen, [strike], top=1)
    assert [strike in keyphrases for keyphrases in result] == [i == given_to for i in range(2)]


@pytest.mark.parametrize(("heading", "in_theme"), [((0, 0), False), ((0, 3), True)])
def test_a_word_of_the_sections_heading_is_a_keyphrase_of_its_theme(heading: tuple[int, int],
                                                                      in_theme: bool) -> None:
    # the heading "Une médiation proposée" (tokens 0-3) names what its section is about
    mediation = _candidate("médiat", [1, 30], score=3.0)
    others = [_candidate(f"mot{i}", [10 + i], score=3.0) for i in range(5)]
    keyphrases = _local_keyphrases(_span_unit(5, 40, heading=heading), [*others, mediation], 20)
    assert (mediation in keyphrases) is in_theme


@pytest.mark.parametrize(("heading", "describes"), [
    ("Une médiation proposée", True),
    ("« On ne signera pas les yeux fermés »", False),  # a speaker's words, not a description of the section
])
def test_a_heading_in_quotation_marks_does_not_describe_its_section(heading: str, describes: bool) -> None:
    text = f"{heading}\n\nLa préfecture a proposé lundi une médiation entre la direction et les syndicats."
    doc = load_pipeline("fr")(text)
    block = Block(kind="heading", start=0, end=len(heading), text=heading)
    assert (_describing_tokens(doc, block) != (0, 0)) is describes


@pytest.mark.parametrize(("text", "noun"), [
    # the steps of a trial told with verbs count for their nouns, in a sentence about the trial
    ("Le procureur a requis dix-huit mois de prison avec sursis contre le gérant du garage.", "réquisitions"),
    ("Son avocate a plaidé la relaxe, estimant que rien ne prouvait l'intention de frauder.", "plaidoiries"),
    # the same verbs outside a trial name no step of one
    ("Un cadre de l'entreprise, qui a requis l'anonymat, confirme la fermeture du site.", None),
    ("La ministre plaide pour un accord rapide avec les pays voisins sur la pêche.", None),
])
def test_a_step_of_a_trial_told_with_a_verb_is_a_topic_named_by_its_noun(text: str, noun: str | None) -> None:
    lang = get_language_data("fr")
    doc = load_pipeline("fr")(text)
    added = [c.text for c in _with_event_nouns(doc, [], lang)]
    assert added == ([noun] if noun else [])


def test_a_step_the_article_names_with_its_noun_adds_the_verbs_to_the_nouns_occurrences() -> None:
    lang = get_language_data("fr")
    doc = load_pipeline("fr")("Le parquet a requis deux ans de prison. Les réquisitions ont surpris la salle.")
    written = _candidate("réquisit", [10], score=5.0)
    [topic] = _with_event_nouns(doc, [written], lang)
    assert topic.key == "réquisit" and sorted(topic.starts) == [3, 10] and written.starts == [10]


@pytest.mark.parametrize(("language", "text", "phrase", "cut"), [
    # a modifier left without the noun it qualifies names nothing of its own
    ("en", "Negotiators met a senior EU official in Geneva on the steel quotas.", "senior EU", True),
    ("fr", "La section régionale du syndicat a voté la grève des dockers.", "régionale du syndicat", True),
    # a sub-phrase that keeps its head stays a topic
    ("fr", "La section régionale du syndicat a voté la grève des dockers.", "section régionale", False),
    ("en", "The court heard that sexual harassment at work had gone unpunished.", "sexual harassment", False),
])
def test_a_modifier_cut_from_its_noun_is_no_theme_topic(language: str, text: str, phrase: str, cut: bool) -> None:
    doc = load_pipeline(language)(text)
    words = phrase.split()
    start = next(t.i for t in doc if doc[t.i:t.i + len(words)].text == phrase)
    candidate = Candidate(key=phrase.lower(), forms=Counter({phrase: 1}), starts=[start], ends=[start + len(words)],
                          n_words=len(words))
    assert _is_cut_modifier(candidate, doc) is cut


@pytest.mark.parametrize(("text", "phrase", "clause"), [
    # a participle telling what happened to a vague noun, qualifying a noun outside the phrase or disagreeing
    ("Le ministère a rappelé, dans un communiqué publié jeudi, que les travaux reprendront en juin.",
     "communiqué publié", True),
    ("L'émission d'obligations prévue en mars doit financer l'extension du port.", "obligations prévue", True),
    ("La vente des terrains décidée par le conseil a surpris les riverains.", "terrains décidée", True),
    # a participle that agrees with its noun and qualifies it names a kind of thing
    ("Les emplois menacés par la fermeture de l'usine inquiètent toute la vallée.", "emplois menacés", False),
    ("Le rejet d'eaux usées dans la lagune a contraint la préfecture à fermer la plage.", "eaux usées", False),
])
def test_a_noun_with_a_participle_of_a_clause_is_no_theme_topic(text: str, phrase: str, clause: bool) -> None:
    doc = load_pipeline("fr")(text)
    words = phrase.split()
    start = next(t.i for t in doc if doc[t.i:t.i + len(words)].text == phrase)
    candidate = Candidate(key=phrase, forms=Counter({phrase: 1}), starts=[start], ends=[start + len(words)],
                          n_words=len(words))
    assert _is_clause_participle(candidate, doc, get_language_data("fr")) is clause


@pytest.mark.parametrize(("shown", "other", "name", "same"), [
    # an acronym shown under its entity's full name holds the pieces of that name
    ("Comité régional de la pêche", "Comité régional", False, True),
    ("Comité régional de la pêche", "régional de la pêche", False, True),
    # a single word or a name inside the full name may be a subject of its own
    ("Comité régional de la pêche", "pêche", False, False),
    ("American Chamber of Commerce in Hong Kong", "Hong Kong", True, False),
])
def test_a_piece_of_an_entitys_shown_name_is_the_same_topic(shown: str, other: str, name: bool, same: bool) -> None:
    acronym = Candidate(key="crp", forms=Counter({shown: 1}), name=True)
    piece = Candidate(key=other.lower(), forms=Counter({other: 1}), n_words=len(other.split()), name=name)
    assert _same_topic(acronym, piece) is same and _same_topic(piece, acronym) is same


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("fr", "Un diplomate a confirmé sous couvert d'anonymat la fermeture du port de commerce.", "couvert d'anonymat"),
    ("en", "An aide said on condition of anonymity that the port closure would last.", "condition of anonymity"),
    ("fr", "Les dockers ont bloqué le port de commerce toute la matinée.", "matinée"),
])
def test_a_framing_phrase_is_no_theme_topic(language: str, text: str, phrase: str) -> None:
    lang = get_language_data(language)
    ranked = rank_keyphrases(load_pipeline(language)(text), lang=lang, top=1000)
    candidate = next(c for c in ranked if c.text.lower() == phrase)
    assert candidate.key in _non_topic_keys(lang)
    assert not {"port", "closur"} & _non_topic_keys(lang)


def _only_candidate(doc: Doc, phrase: str) -> Candidate:
    """A candidate of one word at each of its occurrences in ``doc``."""
    starts = [t.i for t in doc if t.text == phrase]
    return Candidate(key=phrase.lower(), forms=Counter({phrase: len(starts)}), starts=starts,
                     ends=[s + 1 for s in starts], sentences=[0] * len(starts), n_words=1)


@pytest.mark.parametrize(("language", "text", "word", "unit"), [
    # money counted in a currency, its subunit or a scale is no theme topic
    ("en", "The agency promised to recover every kobo taken from the ministry's accounts.", "kobo", True),
    ("en", "Tenders above Shs10 billion now need the approval of the solicitor general.", "Shs10", True),
    ("fr", "Le sac de riz se vend désormais à 21 000 fc sur les marchés de Moroni.", "fc", True),
    ("fr", "Le déficit atteint 12 millions d'euros selon la chambre régionale.", "millions", True),
    # what is counted, a club's initials and a named group stay topics
    ("en", "The builders completed 34,180 homes in the first nine months.", "homes", False),
    ("fr", "Les juniors du FC Tavannes ont perdu leur terrain.", "FC", False),
    ("fr", "Les rebelles du M23 ont repris la colline au petit matin.", "M23", False),
])
def test_a_unit_of_money_is_no_theme_topic(language: str, text: str, word: str, unit: bool) -> None:
    doc = load_pipeline(language)(text)
    assert _is_figure_unit(_only_candidate(doc, word), doc, get_language_data(language)) is unit


@pytest.mark.parametrize(("language", "text", "word", "entities", "people"), [
    # the inhabitants of a town or region, named by their demonym
    ("fr", "Les Millavois ont manifesté contre le projet de parc éolien.", "Millavois", (), True),
    ("fr", "Selon le maire, les Rochelais attendent la réouverture du pont.", "Rochelais", (), True),
    ("en", "For many Tasmanians who rely on ferries, the fare rise is a blow.", "Tasmanians", (), True),
    # a party named like a people is an organisation of the table
    ("fr", "Les Républicains ont voté contre le budget de la région.", "Républicains",
     (Entity(name="Républicains", label="ORG", count=1),), False),
    ("en", "The Republicans blocked the spending bill in the Senate.", "Republicans",
     (Entity(name="Republicans", label="ORG", count=1),), False),
])
def test_a_town_s_people_are_no_theme_topic(language: str, text: str, word: str, entities: tuple[Entity, ...],
                                            people: bool) -> None:
    doc = load_pipeline(language)(text)
    lang = get_language_data(language)
    assert _is_people_of_place(_only_candidate(doc, word), doc, entities, lang) is people
