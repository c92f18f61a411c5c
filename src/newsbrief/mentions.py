"""Mentions: spaCy's entity spans turned into clean :class:`~newsbrief.names.Mention` records, plus the names it missed.

Steps (each a small function):

1. join a span a lower-case head opens and its link ends to the span right after it (« centre des » then
   « Congrès de Québec »); clean the model's mentions: cut them at punctuation no name runs across ("Vendée Globe :
   Kito"), at a sentence boundary or at the possessive of a body named with its complement ("the Department of
   Immigration's Hawkins Hill headquarters"); drop a role's words before its holder's full name
   ("le Premier ministre Bart De Wever"), and split the holder's party from the holder ("le député LR Étienne
   Morel"), and a body's acronym from the
   official after it ("Managing Director of NHC Jane Doe"); split a role's place from its
   holder ("la députée de Beyrouth Nour Kanaan") and a party's acronym from its place in a span tagged as a
   person ("le député FL de Zahlé"); drop junk (dates, amounts: « 400 DH », "Rs 150", "État", "Etat-clé",
   "-Jomart", demonyms, but not a body's
   name a demonym opens: "Scottish Government"; weekdays,
   roles such as "ministre de la Défense", also tagged as a person: "président de la République", phrases of
   a role's words only: "Foreign Minister", "Dublin TD", "le Roi", a portfolio after its title: « la ministre des
   Pêches », also listed after others or the title's qualifiers: « ministre déléguée chargée de l'Industrie »,
   « de la Santé, de l'Hygiène publique et de la Couverture maladie », also capitalised: "the Minister for Home
   Affairs"; the body or place after a portfolio the model ran into it: « ministre des Transports du Québec » ->
   Québec), common nouns capitalised only where they open a sentence or an intertitle (« Suspension de séance »),
   capitalised common words opening a sentence, a quote or a headline's second part, a foreign word opening a
   quote: "« Het glas is halfvol »",
   headline rubrics, an adverb made of a place's name: "outre-Rhin", a law's noun after an article: "the Bill", a
   standing in the house: "the Opposition", also before a member's seat letters; the lower-case noun a name
   qualifies: "the Servant of the People lawmaker"); label a law's name MISC, run
   to the capitalised words the model left out, where it read "Bill" as a given name ("Bill C-45", "the Housing
   Supply Bill" tagged "Bill", also as a headline's speaker), and to the chamber that opens a numbered bill's
   name, tagged apart ("House Bill 1213"); strip articles (also a capitalised one
   before a known place: "La Chine promet", « Le Sahel n'est pas »), elisions, titles, possessives and the nouns a name
   follows ("d'Emmanuel Macron", "M. Le Pen", "le président Berry",
   "Britain's", "l'affaire Merah", "sur X Karim Benhaddou", "le Ghanéen Kwabena Owusu-Mensah", a medium in
   lower case: "à franceinfo Besnik", a title before a name: "Oregon Solicitor General …", also a role's
   words before its holder's name: "Acme Power Chief Executive Officer Jane Doe", a capitalised title whatever
   the model's label: "Taoiseach Micheál Martin", also before the surname alone of a person named in full:
   "Crown Advocate Le Marquand", a capitalised word the article itself shows to be a title: "Sheriff Linklater"
   after "Sheriff Fiona Linklater", :func:`_without_learned_titles`, and the letters of an honour after a person's
   full name: "Harriet Lowe KC"), remembering a gendered title and a role in apposition or used as a title
   ("Treasurer Maria Kostakis"; also after a role's phrase: "le député FL de Zahlé, Jihad Tannous.", or, in
   English, "he"/"she" taking the name up in what it said: "Lindahl said he had", "Al-Rashidi said in his address");
   start a person at their initials ("the Legislative Assembly C.N. Prabhakar"); extend a name by what the model
   left out ("Tomasz" before "Wrona", "Lim" opening the sentence before "Chee Keong", a word the model tags as a
   person's elsewhere, "Castañeda" after "Renata", a name cut at a surname particle: "Ursula von
   der Leyen", "Euro 2012", "Conseil constitutionnel", a
   firm's legal form and the words before it: "Feedmill Sdn Bhd"; in English, the capitalised words up to a body's
   head and its complement: "Hong Kong General" then "Chamber of Commerce"; an institution's head and « de » and a
   lower-case noun: « Conseil des ministres », « Conseil de gouvernement »); split "Commission européenne de
   Bruxelles" at a known place, unless an acronym in brackets names the whole ("… Progress of Hong Kong (DAB)")
   or a common noun ends the name before it ("Chambre de commerce de Lévis"); a capitalised name keeps, by
   longest match, a place that is no seat of the language data after « de » or that its capitalised complements
   run to ("Conseil général du Locle", "Alliance des États du Sahel", in English any: "Insurance Council of New
   Zealand"), unless the text names it alone,
   and join a body to the place after it when one does ("American Chamber of Commerce in Hong Kong (AmCham)"),
   and the pieces of a name, or find it missed, where such an acronym spells it letter for letter ("Royal
   Automobile Club of Tasmania (RACT)"); run a name the model cut to the acronym in brackets that spells it with
   the words after it, complements listed with commas too, with or without a small word, the initials in another
   order or one or two words left out (« ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse
   (MENJE) », « ministère des Travaux publics, Transports et Communications (MTPTC) »), and across its « et » /
   "and" when capitalised words run from there to an acronym in brackets ("Coalition for Clean and Fair
   Elections (Bersih)");
   join a name of several words to the places an en dash joins before it, which the model cut at the dash ("the
   Isaka–Kigali Standard Gauge Railway"); cut a number before what it counts ("LFI 14 %"); join a given name and a
   surname the model read apart around a nickname in marks, which is no mention ("Andre “Scrappy” Campbell" ->
   "Andre Campbell");
   add the bodies written in lower case, their portfolio capitalised or not ("ministère de la justice", "ministère
   des Finances"), a body named by its holder's title ("the Prime Minister's Office") and the people it missed
   after a capitalised title ("Defence Minister Rasa Žemaitienė", also when it tagged the surname alone as a
   place: "Justice 'Mathabo Nkuebe") or as a speech verb's subject ("Clemens Uhlig of the
   Ifo Institute said"), and the party before a member's seat letters ("Akel MP Christiana Loizou"); split a
   wire-style party tag after a member's name into the party and the place ("Jane Doe, DFL-Duluth"); join a
   network's acronym to its place ("le CHU de Clermont-Ferrand"); drop a lower-case division before its place
   ("la province de Namur");
2. prefer the name the text also writes alone ("tournoi de Wimbledon" -> "Wimbledon"; "directeur Afrique de
   Ravenel" -> the firm Ravenel; « Représentante spéciale des Nations unies » -> the body the capitalised role
   serves; "sur La Première Olivier Dessart" -> the person; "Ayrault 2" -> the person Ayrault; "Ministry of East
   African Community Affairs" -> the body the text names alone), then add the places and bodies of the language
   data the model missed ("Proche-Orient", "the Commons") and every other occurrence of a name already found, of
   a person's surname, of an acronym defined after a name (its slash kept: "PPP/C"; a digit between its capitals:
   "S4S") or opening a body's name ("VBS" of "VBS Mutual Bank") or spelling a body's or
   a district's initials, small words kept or not ("PRCOT", "the CBD"), and of an acronym defined after a phrase
   in lower case with that phrase ("the memorandum of understanding (MOU)", "la zone à faibles émissions (ZFE)");
   add a court named in lower case before its seat, the seat still counted ("tribunal correctionnel de Lyon"),
   and a hospital named by its kind and its town, the town then not counted ("centre hospitalier d'Issoire", also
   capitalised, its acronym in brackets maybe before the town: « Centre hospitalier et universitaire (CHU) de
   Brazzaville »); join a place and the capitalised name after it that a public body's word ends ("The Bombay High
   Court"), and find the place with the initials of the rest as the body's short form ("Bombay HC", "CLIA
   Alaska"), the place inside no mention of its own; count
   each of two names joined by a hyphen or an en dash ("le paquet Suisse-UE", "le corridor Dakar-Bamako", a
   headline's "Corridor Djibouti–Addis-Abeba"; one of them may be a known place never named alone: « Frontière
   Cameroun-Nigeria ») and a place the
   article names inside a quoted title tagged whole ("Keep Redford
   Swimming"), and each of two places joined by a hyphen the model left untagged ("Thaïlande-Cambodge : …", "the
   Korea-US deal"); add a numbered bill's initials and number ("SB 6"); add a dateline in capitals of a place the
   article names, before a dash, a colon or a bar ("TALLAHASSEE —", "ISLAMABAD:", « LÉVIS | »), every other name
   found that a headline or a lede sets in capitals, its first words at least ("HIGH COURT", "BULAWAYO City
   Council"), a body a lede's capitals name ("A HIGH COURT judge") and its title-case form, an acronym written three
   times and never defined ("the union ABVO"), and an area named by a code beside an area's noun ("M-East ward",
   « la zone 4Rs »), written twice or more; drop the nouns
   for a named place's inhabitants ("les Dunkerquois") and a
   place's adjective ("Zambian", « Franco-Ontariens »), not a newspaper's title ("told The Oregonian"); join a
   body's name to the country tagged apart after it, written so twice ("Transparency International UK"), and a
   title the model reads alone as a person to the full name it opens ("Sa'u Ioane Tautala", then "Sa'u"); add a
   capitalised designation after "the" of a body named in full ("the Government" of the "Solomon Islands
   Government"); mark the mentions an organisation noun opens ("le groupe Ravenel") or a plural noun of a body's
   members stands beside ("Fianna Fáil backbenchers"), and those a copula says are a body or a place (« X n'était
   qu'une société », "X is one of the lakes") or a noun of a place's office or parts opens or closes (« le
   quartier de l'Alma », "Kolkata port"); last, a name after a lower-case head, a demonym and a link, the text
   naming that head and that name without the demonym, is that body (« l'université anglaise de Manchester »).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.aliases import body_kinds, designation_word, designations, numbered_law, spells
from newsbrief.grammar import (DEFINITE, PERSON_TAGS, PLACE_TAGS, after_definite_article, honorific_before, is_age,
                               reported_pronoun, speaker_taken_up)
from newsbrief.names import (ELISION, Mention, after_capitalised_word, demonym_place, fold_accents, fold_name,
                             folded_words, inhabitant_stem, is_given_name, is_initialism, is_legal_form, surname)
from newsbrief.quotespans import PAIRS
from newsbrief.titles import TitleLessons, learn_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The most characters a quoted title or slogan spans, its opening mark to its closing one.
_TITLE_MOST = 200

#: The label of a holder's party split from a span that runs over the role, the party and the holder: a body that
#: the role before it does not describe ("le député LR Étienne Morel").
_PARTY = "PARTY"
#: Model labels kept, mapped to newsbrief's four; the others (DATE, CARDINAL, MONEY...) are not names.
_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "NORP": "MISC", "GPE": "LOC", "LOC": "LOC",
           "FAC": "LOC", "MISC": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
           "PRODUCT": "MISC", "LANGUAGE": "MISC", _PARTY: "ORG"}
#: Ratings ("Baa2"), plural acronyms ("MPs"), ordinal centuries ("Xe", "XIXe siècle"), an initial alone ("X.").
_CODE = re.compile(r"[A-Z][a-z]{0,2}\d|[A-Z]{2,}s|[IVXLC]+(?:e|er|ème|th)|[A-Z]\.")
_PREPOSITION = re.compile(r" (?:de la|de l'|de|du|d'|of the|of) (?=\S)")
#: Punctuation after which any word is capitalised ("Union européenne : Lancement prévu", "« Couper 30 milliards").
_CLAUSE_OPENERS = frozenset({":", "«", "“", '"', "—"})
_QUOTE_CLOSERS = frozenset({"»", "”", '"'})
#: Punctuation no name runs across ("Vendée Globe : Kito de Pavant" is two names).
_SEPARATORS = frozenset({":", ";", "|", "—", "«", "»", "“", "”"})
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
#: An acronym in brackets right after a name ("… of Hong Kong (DAB)").
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z.&-]{1,9}\s*\)")
#: The acronym in brackets right after a name, searched for wherever the text writes it: capitals, also with a
#: digit standing for a word between them ("Sustainability for Seychelles (S4S)", « (C3IV) »), or capitals and a
#: word's first letters after a hyphen ("CGT Mayotte (CGT-Ma)").
_DEFINED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z.&-]{1,9}|[A-Z][A-Z\d]{0,4}\d[A-Z\d]{0,4}[A-Z]"
                              r"|[A-Z]{2,}-[A-Z][a-z]{1,3})\s*\)")
#: The acronym in brackets of a body whose name joins two names with a slash, the slash kept ("People's
#: Progressive Party/Civic (PPP/C)"): the whole acronym is the body's short name, not its first part alone.
_SLASHED_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z]{2,6}/[A-Z]{1,6})\s*\)")
#: A dateline in capitals opening a paragraph before a dash ("TALLAHASSEE — ", "ST. PAUL, Minn. — ", "WASHINGTON (AP)
#: — "), a colon ("ISLAMABAD: ", "MAE SOT, Tak: ") or a bar (« LÉVIS | »), as papers set it, perhaps with the
#: wire's date after the comma ("BISSAU, 19 février 2026 (AFP) - ", "TOKYO, Dec. 4 (Kyodo) -- "): its place.
_DATELINE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{2,30}?)(?:, [A-ZÀ-Ý][\w.]+(?: [A-ZÀ-Ý][\w.]+)?"
                       r"|, \d{1,2}(?:er)? [^\W\d]+\.?(?: \d{4})?|, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
                       r"(?: \([A-Z][\w.]*(?: [A-Z][\w.]*)?\))?(?: +[—–-]{1,2}| ?:| +\|) ", re.M)
#: Capitalised portfolios listed with commas before a committee's head ("Local Government, Housing and ").
_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
_CAPITALISED = rf"{_WORD}(?: (?:and|&|of|for) {_WORD}| {_WORD})*"
_PORTFOLIOS = re.compile(rf"(?<![\w'’])(?:{_CAPITALISED}, )+(?:{_CAPITALISED},? (?:and|&) )?$")
#: The most words between a name the model cut and the acronym in brackets that defines it whole (« ministère de
#: l'Éducation nationale, de l'Enfance et de la Jeunesse (MENJE) », tagged up to « nationale »).
_DEFINED_TAIL_MOST = 14
#: The most capitalised words after a firm's name the model tagged, its legal form last ("Feedmill Sdn Bhd").
_LEGAL_TAIL_MOST = 4
#: The most words after a name the model tagged up to the word that heads a body's name and its complement
#: ("The Hong Kong General" tagged, then "Chamber of Commerce").
_BODY_TAIL_MOST = 6
#: The run of words that ends where the search ends (before an acronym's bracket or "or").
_WORDS_BEFORE = re.compile(r"((?:[^\W\d_]+[ '’-])*[^\W\d_]+)$")


def extract_mentions(doc: Doc, text: str, *, lang: ModuleType, speech_heads: Iterable[int] = ()) -> list[Mention]:
    """The mentions of names in a parsed document, in text order: the model's cleaned (step 1), then the
    occurrences it missed (step 2). ``text`` is ``doc.text``, passed in because Doc.text joins every token;
    ``speech_heads`` are token indices of speech-verb subjects."""
    return mentions_and_titles(doc, text, lang=lang, speech_heads=speech_heads)[0]


def mentions_and_titles(doc: Doc, text: str, *, lang: ModuleType,
                        speech_heads: Iterable[int] = ()) -> tuple[list[Mention], TitleLessons]:
    """The mentions of :func:`extract_mentions`, and what the article teaches about titles, learned once from the
    cleaned mentions (:func:`newsbrief.titles.learn_titles`), for the aliases to read too."""
    subjects = set(speech_heads)
    mentions = _with_lower_case_bodies(_split_holder_tails(_model_mentions(doc, text, lang, subjects), doc, lang),
                                       doc, lang)
    mentions = _with_defined_tails(_join_spelled_pieces(mentions, doc, lang), doc, lang)
    mentions = _join_dashed_openers(_with_defined_bodies(mentions, doc, lang), text)
    mentions = _with_speaking_names(_with_titled_names(mentions, doc, lang), doc, lang, subjects)
    mentions = _with_local_bodies(_with_party_tags(_with_seat_parties(mentions, text, lang), text), text, lang)
    mentions = _with_aged_given_names(_with_apposed_names(mentions, doc, lang), doc, lang)
    mentions = _with_courts(_numbered_persons(_prefer_named_cores(mentions, lang)), doc, lang)
    mentions = _untitled_surnames(mentions, lang)
    titles = learn_titles(mentions, text, lang, doc=doc, subjects=subjects)
    mentions = _without_learned_titles(mentions, titles)
    mentions = _join_country_branches(_with_place_bodies(mentions, doc, text, lang), text, lang)
    mentions = _add_occurrences(mentions, _known_forms(mentions, text, lang), text, lang, doc=doc)
    mentions = _with_place_acronyms(_join_place_before_body(mentions, text, lang), text, lang)
    mentions = _without_body_seats(mentions, doc, text, lang)
    mentions = _join_patronyms(mentions, text, lang)  # a given name found again before the father's name
    mentions = _with_places_in_titles(_with_party_members(_join_name_titles(mentions, text), text, lang), text)
    mentions = _with_untagged_pairs(_split_name_pairs(mentions, text, lang), text, lang)
    mentions = _with_designations(_with_datelines(mentions, text, lang), text, lang)
    mentions = _with_coded_areas(_with_capitalised_forms(mentions, text, lang), text, lang)
    mentions = _join_qualified_heads(_without_inhabitants(mentions, text, lang), text, lang)
    return _with_governed_places(_with_body_cues(mentions, doc, lang), lang), titles


#: Capitalised words joined by en dashes without spaces (the last perhaps hyphenated), then one space, ending where a
#: name begins ("Isaka–Kigali " before "Standard Gauge Railway").
_DASHED_PAIR_BEFORE = re.compile(r"(?<![\w–-])[A-ZÀ-Ý][\w]*(?:–[A-ZÀ-Ý][\w-]*)+ $")
#: A capitalised word and the en dash that glues it to the name after it ("Rwanda–"; a hyphen opens too many
#: other things: "Ex-Baltimore County", "D-Iowa City").
_DASHED_WORD_BEFORE = re.compile(r"(?<![\w–-])[A-ZÀ-Ý][\w]*–$")


def _join_dashed_openers(mentions: list[Mention], text: str) -> list[Mention]:
    """A name of several words that the places an en dash joins open ("the Isaka–Kigali Standard Gauge Railway",
    "the Rwanda–Tanzania Joint Permanent Commission"), which the model cut at the dash: one name, the places inside
    it no mentions of their own, as the tokenizer keeps "Isaka-Kigali" one word; not a person's name."""
    result: list[Mention] = []
    for mention in mentions:
        found = None
        if " " in mention.text and mention.label != "PER" and mention.text[:1].isupper():
            window = text[max(0, mention.start - 80):mention.start]
            found = _DASHED_PAIR_BEFORE.search(window) or _DASHED_WORD_BEFORE.search(window)
        if found is None:
            result.append(mention)
            continue
        start = mention.start - len(found.group())
        result = [m for m in result if m.end <= start or m.start >= mention.start]
        result.append(replace(mention, start=start, text=text[start:mention.end]))
    return result


_QUALIFIED_HEAD = re.compile(r"(?<![\w-])([^\W\d_]+) ([^\W\d_]+) ([^\W\d_]+['’]?) ?$")


def _join_qualified_heads(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A name after a lower-case head, a demonym and the link to its complement, when the text names the head and
    that name without the demonym (« l'université de Manchester », then « l'université anglaise de Manchester »,
    where the model tags the town alone): the body, qualified by its country, not the town."""
    bodies = {fold_name(m.text): m.label for m in mentions if m.text[:1].islower()}
    result = []
    for mention in mentions:
        found = _QUALIFIED_HEAD.search(text, max(0, mention.start - 60), mention.start)
        head, adjective, link = found.groups() if found else ("", "", "")
        qualified = head.islower() and link.lower() in lang.COMPLEMENT_LINKS and demonym_place(adjective, lang.DEMONYMS)
        label = bodies.get(fold_name(f"{head} {link} {mention.text}")) if qualified else None
        if found and label:
            mention = Mention(start=found.start(), end=mention.end, text=text[found.start():mention.end], label=label)
        result.append(mention)
    return result


# --- cleaning the model's mentions --------------------------------------------------------------------------------


def _model_mentions(doc: Doc, text: str, lang: ModuleType, subjects: set[int]) -> list[Mention]:
    places = {fold_name(e.text) for e in doc.ents if e.label_ in PLACE_TAGS} | _folded(lang.PLACES)
    countries = _folded(frozenset(lang.DEMONYMS.values()))
    common = {token.text for token in doc if token.is_alpha and token.text.islower()}
    mentions = []
    alone = {e.text for e in doc.ents if len(e) == 1 and e.label_ not in ("PER", "PERSON")}
    parts = (piece for span in _joined_at_links(doc, lang) for part in _split_at_separators(span, lang)
             for split in _split_role_complement(part, lang, places)
             for party_split in _split_party_member(split, lang)
             for role_split in _split_role_party(party_split, lang, alone)
             for body in _split_body_holder(role_split, lang)
             for piece in _cut_role_remit(body, text, lang))
    for part in parts:
        mention = _clean_mention(part, text, lang, subjects, common=common)
        if mention is not None:
            mentions.extend(_split_at_place(mention, places, countries, text=text, and_word=lang.AND_WORD,
                                            seats=_folded(lang.PLACES), seat_links=lang.SEAT_LINKS))
    mentions = _join_place_before_acronym(_join_listed_portfolios(mentions, text, lang), text, lang)
    mentions = _join_coordinated_before_acronym(mentions, text, lang)
    mentions = _join_chamber_before_bill(_join_demonym_before_party(mentions, text, lang), text, lang)
    mentions = _join_particle_surnames(_join_nicknamed_names(_join_bracketed_laws(mentions, text, lang), text), text,
                                       lang)
    return _join_patronyms(mentions, text, lang)


def _joined_at_links(doc: Doc, lang: ModuleType) -> list[Span]:
    """The model's spans, a span that a lower-case head opens and the word linking it to its complement ends
    joined to the span right after it (« centre des » then « Congrès de Québec », « université du » then
    « Pirée »: one body's name the model cut in two), under the first span's label; not a court's, whose seat is
    counted too (:func:`_with_courts`), nor a span a capitalised word opens, which the model more often runs over
    a list (« Réseau de santé Vitalité et du » before « Réseau de santé Horizon »)."""
    from spacy.tokens import Span

    spans: list[Span] = []
    for span in doc.ents:
        before = spans[-1] if spans else None
        if before is not None and before.end == span.start and _lower_case_head_cut(before, lang):
            spans[-1] = Span(doc, before.start, span.end, label=before.label_)
            continue
        spans.append(span)
    return spans


def _lower_case_head_cut(span: Span, lang: ModuleType) -> bool:
    """A span of the model opened by a lower-case noun that heads no court's name and ended by a link to a complement
    (« centre des »)."""
    head = span[0]
    return len(span) > 1 and head.is_lower and head.pos_ == "NOUN" and head.lower_ not in lang.COURT_HEADS \
        and span[-1].lower_ in lang.COMPLEMENT_LINKS and span.label_ not in PERSON_TAGS


def _join_particle_surnames(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A person's mention that ends in a lower-case particle of a surname ("Ursula von der", the model then tagging
    "Leyen" apart, as a place): the particle opens the surname, so the capitalised word after it is the name's end;
    the mention the model made of that word is dropped."""
    pattern = _particle_surname(lang)
    return _joined_forward(mentions, text, lambda m: pattern.match(text, m.end) if _ends_in_particle(m, lang) else None)


def _ends_in_particle(mention: Mention, lang: ModuleType) -> bool:
    """Whether a person's mention of two words or more ends in a lower-case particle ("Ursula von der")."""
    words = mention.text.split()
    return mention.label == "PER" and len(words) >= 2 and words[-1].islower() and words[-1] in lang.NAME_PARTICLES


def _joined_forward(mentions: list[Mention], text: str, found_after: Callable[[Mention], re.Match[str] | None],
                    *, label: str | None = None) -> list[Mention]:
    """The mentions, each one ``found_after`` matches words after run on to the match's end (with ``label``, if
    given), the mentions inside those words dropped."""
    result: list[Mention] = []
    end = -1
    for mention in mentions:
        if mention.start < end:
            continue  # a word of the name already joined
        found = found_after(mention)
        if found is None:
            result.append(mention)
            continue
        end = found.end()
        result.append(replace(mention, end=end, text=text[mention.start:end], label=label or mention.label))
    return result


@lru_cache(maxsize=8)
def _particle_surname(lang: ModuleType) -> re.Pattern[str]:
    """The rest of a surname after its first particle: up to two more lower-case particles ("den" of "van den"),
    then one capitalised word (made once per language)."""
    particles = "|".join(sorted(re.escape(p) for p in lang.NAME_PARTICLES if p.isalpha()))
    return re.compile(rf"(?: (?:{particles})){{0,2}} [A-ZÀ-Ý][\w'’-]*(?![\w'’-])")


def _join_patronyms(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A person's name, a patronymic link and the father's name after it ("Siti Aminah binti Haji Yusof", "Ahmad
    bin Ali"): one person's full name, which the model reads as two persons (the father's, "Haji Yusof", mentioned
    only inside it); the mentions inside the father's name dropped."""
    pattern = _patronym(lang)
    if pattern is None:
        return mentions
    return _joined_forward(mentions, text, lambda m: pattern.match(text, m.end) if m.label in ("PER", "") else None,
                           label="PER")


@lru_cache(maxsize=8)
def _patronym(lang: ModuleType) -> re.Pattern[str] | None:
    """A patronymic link (``PATRONYM_LINKS``) and one to four capitalised words after a name (made once per
    language; None in a language without links)."""
    links = lang.PATRONYM_LINKS
    if not links:
        return None
    word = r"[A-Z][\w'’-]*"
    return re.compile(rf" (?:{'|'.join(sorted(links))}) {word}(?: {word}){{0,3}}(?![\w'’-])")


#: a nickname in marks between a given name and a surname: one or two capitalised words and the spaces around
_NICKNAME = re.compile(r"\s+[“\"«]\s?[A-ZÀ-Ý][\w-]*(?: [A-ZÀ-Ý][\w-]*)?\s?[”\"»]\s+")


def _join_nicknamed_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A person's given names and surname the model read apart around a nickname in marks ("Andre “Scrappy”
    Campbell", « Marcel « Célou » Pontarlier »): one person, its mention spanning the three and written without the
    nickname ("Andre Campbell", the name the person goes by in full; the only mention whose form is no slice of the
    text), the nickname's own mention dropped (it is no other entity)."""
    result: list[Mention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        surname = _surname_after_nickname(mentions, i, text) if mention.label == "PER" else None
        if surname is None:
            result.append(mention)
            i += 1
            continue
        last = mentions[surname]
        result.append(replace(mention, end=last.end, text=f"{mention.text} {last.text}"))
        i = surname + 1
    return result


def _surname_after_nickname(mentions: list[Mention], i: int, text: str) -> int | None:
    """The index of the one-word capitalised mention that a nickname in marks separates from mention ``i``, the
    nickname's own mention (if the model found one) between; None when there is none."""
    gap = _NICKNAME.match(text, mentions[i].end)
    if gap is None:
        return None
    j = i + 1
    while j < len(mentions) and mentions[j].end <= gap.end():
        j += 1  # the nickname's own mention
    if j == len(mentions) or j > i + 2 or mentions[j].start != gap.end():
        return None
    surname = mentions[j].text
    return j if surname[:1].isupper() and " " not in surname else None


def _split_holder_tails(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """A body's name the model ran into the full name of the official after it ("the Department of Energy Aoife
    Kinsella told", then "Ms Kinsella said"): when its last word is the surname of a person the text names
    alone with a title or a role, its last two capitalised proper nouns are that person, the words before them
    the body."""
    surnames = {m.text for m in mentions if m.label == "PER" and (m.title or m.role) and " " not in m.text}
    if not surnames:
        return mentions
    result = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") \
            if mention.label != "PER" and mention.text.rsplit(" ", 1)[-1] in surnames else None
        if span is None or len(span) < 4 or not _name_words(span[-2:], lang) or not span[-3].text[:1].isupper():
            result.append(mention)
            continue
        given, body_end = span[-2], span[-3].idx + len(span[-3].text)
        result += [replace(mention, end=body_end, text=doc.text[mention.start:body_end], person_cue=False),
                   Mention(start=given.idx, end=mention.end, text=doc.text[given.idx:mention.end], label="PER",
                           person_cue=mention.person_cue)]
    return result


@lru_cache(maxsize=16)
def _folded(names: frozenset[str]) -> frozenset[str]:
    """The language data's names folded (:func:`fold_name`), once per process."""
    return frozenset(map(fold_name, names))


def _join_demonym_before_party(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A demonym right before a party's nickname names the party's branch there ("the Scottish Conservatives",
    "a Scottish Tory figure"): one name, which the model splits in two adjectives."""
    parties = getattr(lang, "PARTY_NICKNAMES", {})
    return _join_word_before(mentions, text, lambda mention, word: mention.text in parties and word[:1].isupper()
                             and bool(demonym_place(word, lang.DEMONYMS)))


def _join_chamber_before_bill(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The chamber right before a numbered bill opens the bill's name ("House Bill 1213", "Senate Bill 6"): one
    name, which the model splits into the chamber, counted apart, and the bill."""
    chambers = getattr(lang, "BILL_CHAMBERS", frozenset())
    return _join_word_before(mentions, text, lambda mention, word: word in chambers
                             and _numbered_bill(mention.text, lang))


def _join_bracketed_laws(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A law's name with a word in brackets ("Criminal Courts (Reform) Bill", "Defence (Dual Service) Amendment
    Bill 2026"): one name, which the model breaks at the brackets into its first words, counted apart as a body
    or a portfolio, and the law's noun; the pieces inside it give way to the whole."""
    laws = [Mention(start=m.start(), end=m.end(), text=m.group(), label="MISC")
            for m in _bracketed_laws(lang).finditer(text)]
    if not laws:
        return mentions
    kept = [m for m in mentions if not any(law.start <= m.start < law.end for law in laws)]
    return sorted([*kept, *laws], key=lambda m: m.start)


@lru_cache(maxsize=8)
def _bracketed_laws(lang: ModuleType) -> re.Pattern[str]:
    """Capitalised words, a capitalised word or two in brackets, capitalised words and a law's noun, its year
    optional (made once per language; never matches in a language without ``LEGISLATION_NOUNS``)."""
    nouns = "|".join(sorted(n.capitalize() for n in lang.LEGISLATION_NOUNS)) or "(?!)"
    word = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?<![\w'’-])(?!The\b){word}(?: (?:and |of |& )?{word})* \({word}(?: {word})?\)"
                      rf"(?: {word})* (?:{nouns})(?: (?:19|20)\d\d)?(?![\w'’-])")


def _numbered_bill(name: str, lang: ModuleType) -> bool:
    """A law's capitalised noun and its number, two words ("Bill 6", "Bill 26-1188")."""
    return len(name.split()) == 2 and name[:1].isupper() and numbered_law(fold_name(name).split(), lang)


def _join_word_before(mentions: list[Mention], text: str, joins: Callable[[Mention, str], bool]) -> list[Mention]:
    """The mentions, each run back over the word right before it when ``joins`` says that word opens its name
    (the model's mention of that word alone dropped)."""
    result: list[Mention] = []
    for mention in mentions:
        words = text[max(0, mention.start - 30):mention.start].split(" ")
        before = words[-2] if len(words) >= 2 and words[-1] == "" else ""
        if before and joins(mention, before):
            start = mention.start - len(before) - 1
            if result and result[-1].start == start:
                result.pop()  # the model's mention of that word alone
            mention = replace(mention, start=start, text=text[start:mention.end])
        result.append(mention)
    return result


def _join_listed_portfolios(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A committee named by the list of its portfolios is one name across the list's commas ("the Local
    Government, Housing and Planning Committee", "the Culture, Media and Sport Committee"), which the model cuts
    at each comma; the capitalised items before the head are its own."""
    heads = getattr(lang, "LISTED_BODY_HEADS", frozenset())
    result: list[Mention] = []
    for mention in mentions:
        listed = _PORTFOLIOS.search(text, max(0, mention.start - 120), mention.start)
        if mention.text.split()[-1] in heads and listed and " and " in text[listed.start():mention.end]:
            while result and result[-1].end > listed.start():
                cut = result.pop()  # the model's pieces of the list ("Culture", "Media"), or a name run into it
                if cut.start < listed.start():
                    result.append(_cut_before(cut, listed.start(), text, lang))
            mention = replace(mention, start=listed.start(), text=text[listed.start():mention.end])
        result.append(mention)
    return result


def _cut_before(mention: Mention, end: int, text: str, lang: ModuleType) -> Mention:
    """The mention up to ``end``, without a possessive ending ("Holyrood’s" of "Holyrood’s Local Government")."""
    name = text[mention.start:end].rstrip(" ,")
    for ending in lang.POSSESSIVE_ENDINGS:
        name = name.removesuffix(ending)
    return replace(mention, end=mention.start + len(name), text=name)


def _join_place_before_acronym(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A body and the place after it are one name when an acronym in brackets follows both ("The American
    Chamber of Commerce in Hong Kong (AmCham)": the model stops at "in"; "l'Assemblée de la francophonie de
    l'Ontario (AFO)", an elided article before the place), also when the model read the body as a place, if the
    acronym spells the whole name ("Confédération générale du travail de La Réunion (CGTR)": a union)."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        between = text[previous.end:mention.start] if previous else ""
        acronym = _ACRONYM_AFTER.match(text, mention.end)
        if previous is not None and mention.label == "LOC" and acronym is not None \
                and _connective_words(between, lang) and between.startswith(" ") \
                and between.endswith((" ", "'", "’")) \
                and (previous.label in ("ORG", "MISC") or _spelled(acronym.group(), text[previous.start:mention.end],
                                                                   lang)):
            result[-1] = replace(previous, end=mention.end, text=text[previous.start:mention.end])
            continue
        result.append(mention)
    return result


def _join_place_before_body(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """In a language that capitalises every word of a name, a place and the body's name right after it, whose
    capitalised words end with a public body's word (``BODY_LABEL_WORDS``: "The Bombay High Court", "the Juneau
    Assembly"), are one body's name, which the model cuts into the place and the rest or finds only as the place:
    the place it holds is no mention of its own (a place: one the model labels so somewhere, or of the language
    data)."""
    if lang.CAPITALS_NAME_WORDS:
        return mentions
    placed = {m.text for m in mentions if m.label == "LOC"}
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        place = previous is not None and (previous.text in placed or previous.text in lang.PLACES)
        if previous is not None and place and text[previous.end:mention.start] == " " \
                and _capitalised_body_name(mention.text, lang):
            result[-1] = replace(mention, start=previous.start, text=text[previous.start:mention.end], label="ORG")
            continue
        result.append(mention)
    return result


def _with_place_acronyms(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions and each short form of a body named after a place that keeps the place and writes the rest's
    initials, no brackets ("Bombay HC" of "Bombay High Court", "CLIA Alaska" of "Cruise Lines International
    Association Alaska"): one name, whose place is no mention of its own."""
    placed = {m.text for m in mentions if m.label == "LOC"}
    forms = {form for m in mentions for form in _place_acronym_forms(m.text, placed, lang.PLACES)}
    words = frozenset(_WORD_RUN.findall(text)) if forms else frozenset()
    found = [(start, end) for form in sorted(forms) for start, end in _occurrences(form, text, words)]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in found)]
    added = [Mention(start=start, end=end, text=text[start:end], label="ORG") for start, end in found]
    return sorted([*kept, *added], key=lambda m: m.start)


def _place_acronym_forms(name: str, placed: AbstractSet[str], places: AbstractSet[str]) -> set[str]:
    """A name's place (one the model reads as a place, ``placed``, or of the language data, ``places``) and the
    initials of its other words, on the side the name puts them ("Bombay High Court" -> "Bombay HC"), when the
    name is a place and two capitalised words or more; else none."""
    words = name.split()
    if len(words) < 3 or not all(word[:1].isupper() and word.isalpha() for word in words):
        return set()
    forms = set()
    if words[0] in placed or words[0] in places:
        forms.add(f"{words[0]} {''.join(word[0] for word in words[1:])}")
    if words[-1] in placed or words[-1] in places:
        forms.add(f"{''.join(word[0] for word in words[:-1])} {words[-1]}")
    return forms


def _capitalised_body_name(name: str, lang: ModuleType) -> bool:
    """Whether a name is capitalised words only, the last a public body's word ("High Court", "Assembly")."""
    words = name.split()
    return all(word[:1].isupper() for word in words) and words[-1].lower() in lang.BODY_LABEL_WORDS


def _join_coordinated_before_acronym(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A name the model cut at its « et » / "and" is one name when capitalised words follow the conjunction right
    up to an acronym in brackets (« Pêches et Océans Canada (MPO) »), or a word in brackets after a body's piece
    ("Coalition for Clean and Fair Elections (Bersih)"): the acronym names the whole; not when it spells the words
    after the conjunction alone, which it then names ("… and the Maritime Safety Agency (MSA)"), nor after a
    person's name, nor two places, the second's other name in brackets ("between Pyroi and Louroujina
    (Akincilar)")."""
    joined = _coordinated_run(lang.AND_WORD)
    result: list[Mention] = []
    joined_end = -1
    for mention in mentions:
        if mention.end <= joined_end:
            continue  # a piece of the name just joined
        run = joined.match(text, mention.end) if mention.label != "PER" and mention.text[-1:].isalpha() else None
        acronym = _ACRONYM_AFTER.match(text, run.end()) if run else None
        proper = acronym is not None and (acronym.group().strip(" ()").isupper() or mention.label == "ORG")
        if run and proper and not _spelled_alone(acronym.group(), run.group(1), lang):
            mention = replace(mention, end=run.end(), text=text[mention.start:run.end()], label="ORG")
            joined_end = mention.end
        result.append(mention)
    return result


@lru_cache(maxsize=4)
def _coordinated_run(and_word: str) -> re.Pattern[str]:
    """The conjunction and the capitalised words after it (" et Océans Canada")."""
    word = r"[A-ZÀ-Ý][\w'’-]*"
    return re.compile(rf" {re.escape(and_word)} ({word}(?: {word})*)")


def _spelled_alone(bracket: str, words: str, lang: ModuleType) -> bool:
    """Whether an acronym in brackets spells the words before it by their initials only."""
    letters = fold_name(bracket.strip(" ()").replace(".", "")).replace(" ", "")
    return spells(letters, fold_name(words).split(), lang, syllables=False)


def _spelled(bracket: str, name: str, lang: ModuleType) -> bool:
    """Whether an acronym in brackets ("(CGTR)") spells the initials of a name of three words or more."""
    words = fold_name(name).split()
    letters = fold_name(bracket.strip(" ()").replace(".", "")).replace(" ", "")
    return len(words) >= 3 and len(letters) >= 2 and spells(letters, words, lang)


def _connective_words(between: str, lang: ModuleType) -> bool:
    """Whether the text between two names is connectives only ("in", "de", "de l'")."""
    words = between.replace("'", "' ").replace("’", "' ").lower().split()
    return bool(words) and all(word in lang.CONNECTIVES for word in words)


def _split_at_separators(span: Span, lang: ModuleType) -> list[Span]:
    """The parts of a span between punctuation no name runs across ("Vendée Globe : Kito" -> two parts), on
    either side of a sentence boundary ("wrote on X. She urged" -> "X"), of a lower-case speech verb, which no
    name holds, or of a verb whose subject is in the span ("Lafleur told CBC News", tagged as one title ->
    "Lafleur", "CBC News"), of a bracket it leaves unclosed and of the possessive of a body named with its
    complement ("the Department of Immigration's Hawkins Hill headquarters" -> the department, "Hawkins Hill")."""
    from spacy.tokens import Span

    cuts = [token.i for token in span if token.text in _SEPARATORS or _spaced_dash(token)
            or _verb_of_subject_in(token, span)
            or (token.is_lower and token.pos_ in ("VERB", "AUX") and token.lemma_ in lang.SPEECH_VERBS)
            or _unclosed_bracket(token, span) or _possessive_of_body(token, span, lang)]
    cuts += [token.i - 1 for token in span[1:] if token.is_sent_start and span.doc[token.i - 1].text == "."]
    cuts += [token.i for token in span[1:] if token.pos_ == "PRON" and span.doc[token.i - 1].text.endswith(".")]
    if not cuts:
        return [span]
    bounds = zip([span.start - 1, *sorted(cuts)], [*sorted(cuts), span.end])
    return [Span(span.doc, a + 1, b, label=span.label_) for a, b in bounds if b > a + 1]


def _possessive_of_body(token: Token, span: Span, lang: ModuleType) -> bool:
    """A possessive "'s" inside a span, after a name of three words or more whose complement a link opens and that
    the text also writes without it ("the Department of Immigration's Hawkins Hill headquarters", the department
    named alone elsewhere), before a capitalised word: the owner's name ends there and another begins; not a
    possessive inside one name, never written without it ("Federation of Women's Associations", "Farmers'")."""
    if token.lower_ != "'s" or token.i + 1 >= span.end:
        return False  # the cheap test first: it runs on every word of every span
    owner = span.doc[span.start + (span[0].pos_ == "DET"): token.i]
    if not (span.doc[token.i + 1].is_title and len(owner) >= 3 and owner[0].is_title
            and any(word.lower_ in lang.COMPLEMENT_LINKS for word in owner[1:-1])):
        return False
    text = span.doc.text
    return text.count(owner.text) > text.count(owner.text + token.text)


def _spaced_dash(token: Token) -> bool:
    """A hyphen or dash with a space on either side, which parts a headline's two halves ("Accord avec l'UE - Le
    ministre réclame"): a name's hyphen joins words without spaces ("Saint-Louis")."""
    doc = token.doc
    return token.text in ("-", "–") and bool(token.whitespace_) and token.i > 0 and bool(doc[token.i - 1].whitespace_)


def _unclosed_bracket(token: Token, span: Span) -> bool:
    """A bracket the span does not close, or closes without opening ("the Commission for Air Quality Management
    (CAQM" tagged without its ")"): a break between a name and its acronym."""
    before, after = span.doc[span.start: token.i].text, span.doc[token.i + 1: span.end].text
    return token.text == "(" and ")" not in after or token.text == ")" and "(" not in before


def _verb_of_subject_in(token: Token, span: Span) -> bool:
    """A verb of the span whose subject opens in the span before it: a clause the model ran a name across; also a
    lower-case "proper noun" with such a subject (« que le Département financerait », the verb so tagged): no
    name's word governs a subject."""
    return (token.pos_ == "VERB" or token.pos_ == "PROPN" and token.is_lower) and token.i > span.start and any(
        c.dep_.startswith("nsubj") and span.start <= c.i < token.i for c in token.children)


def _split_role_complement(span: Span, lang: ModuleType, places: set[str]) -> list[Span]:
    """A span the model ran across two names after a role noun: "la députée de Beyrouth Nour Kanaan" (the role's
    place, then its holder: two or three capitalised words) -> the place and the person; a complement that is no
    place before a given name ("le conseiller aux États Olivier Jaquenoud") -> the person; "le député FL de Zahlé"
    tagged as a person (a party's acronym, then its place) -> the party and the place."""
    from spacy.tokens import Span

    doc = span.doc
    if len(span) >= 3 and span.label_ in ("PER", "PERSON") and is_initialism(span[0].text, ignore="", most=6) \
            and span[1].lower_ in lang.CONNECTIVES and span[2].is_title:
        return [Span(doc, span.start, span.start + 1, label="ORG"), Span(doc, span.start + 2, span.end, label="LOC")]
    if len(span) < 3 or span.start < 2 or not _after_role(doc[span.start - 2], doc[span.start - 1], lang):
        return [span]
    for cut in range(1, len(span) - 1):
        holder = span[cut:]
        if fold_name(span[:cut].text) in places and _name_words(holder, lang):
            return [Span(doc, span.start, span.start + cut, label="LOC"),
                    Span(doc, holder.start, span.end, label="PER")]
        if holder[0].lower_ in lang.GIVEN_NAMES and len(holder) >= 2 and _name_words(holder, lang):
            return [Span(doc, holder.start, span.end, label="PER")]  # "le conseiller aux États Olivier X"
    return [span]


def _split_role_party(span: Span, lang: ModuleType, alone: set[str]) -> list[Span]:
    """A span the model ran from a role over the holder's party to the holder: "le député LR Étienne Morel", "la
    vice-Première ministre Vooruit Lien Decoster" -> the party (an acronym, or a word the model tags alone
    elsewhere as no person) and the person; the role is neither's name."""
    from spacy.tokens import Span

    cut = _role_word_count(span, lang)
    rest = span[cut:]
    if not cut or len(rest) not in (3, 4) \
            or not (is_initialism(rest[0].text, ignore="", most=6) or rest[0].text in alone):
        return [span]
    if not all(t.is_title and t.lower_ not in lang.NON_PERSON_WORDS for t in rest[1:]):
        return [span]
    return [Span(span.doc, rest.start, rest.start + 1, label=_PARTY),
            Span(span.doc, rest.start + 1, span.end, label="PER")]


def _split_body_holder(span: Span, lang: ModuleType) -> list[Span]:
    """A span the model ran from a body's acronym to the person after it, a role and its "of" before the span
    ("Managing Director of NHC Jane Doe-Grant") -> the body and the person: the role's complement is the body,
    the full name after it (a given name first) its holder."""
    from spacy.tokens import Span

    doc, holder = span.doc, span[1:]
    if len(span) not in (3, 4) or span.start < 2 or not is_initialism(span[0].text, ignore="", most=6):
        return [span]
    link, role = doc[span.start - 1], doc[span.start - 2]
    if not (link.is_lower and link.lower_ in lang.CONNECTIVES and role.lower_ in _role_words(lang)):
        return [span]
    if not is_given_name(holder[0].text, lang) or not all(
            t.is_title and t.lower_ not in lang.NON_PERSON_WORDS for t in holder):
        return [span]
    return [Span(doc, span.start, span.start + 1, label="ORG"), Span(doc, holder.start, span.end, label="PER")]


def _cut_role_remit(span: Span, text: str, lang: ModuleType) -> list[Span]:
    """A body's name the model ran on into the remit of the role before it (« la porte-parole de la Commission
    pour le commerce », « l'envoyé spécial des Nations unies pour le Sahel ») -> the body up to « pour »: a
    spokesperson's, an envoy's or a commissioner's remit (``REMIT_ROLES``) follows the body they speak for. Only
    when the text also writes the body's name without the remit, so a body named with « pour » keeps its name
    (« le porte-parole de l'Union pour un mouvement populaire »)."""
    from spacy.tokens import Span

    link = getattr(lang, "REMIT_LINK", "")
    cut = next((t.i for t in span[1:-1] if t.lower_ == link), None) if link else None
    if cut is None or span.label_ in PERSON_TAGS or not _after_remit_role(span, lang):
        return [span]
    body = span.doc[span.start:cut].text
    alone = re.search(rf"(?<![\w-]){re.escape(body)}(?![\w-])(?! {link}\b)", text)
    return [Span(span.doc, span.start, cut, label=span.label_)] if alone else [span]


def _after_remit_role(span: Span, lang: ModuleType) -> bool:
    """Whether a role with a remit and the preposition of its complement, maybe an adjective and an article
    between, come right before a span (« la porte-parole de la », « l'envoyé spécial des »)."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_.replace("’", "'") in DEFINITE:
        i -= 1
    if i < 1 or doc[i].lower_.replace("’", "'") not in lang.CONNECTIVES:
        return False
    i -= 1
    if doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1
    return i >= 0 and doc[i].lower_ in lang.REMIT_ROLES


def _split_party_member(span: Span, lang: ModuleType) -> list[Span]:
    """A span the model ran from a party over its member's title to the member: "Alliance MLA Eoin Kearney",
    "Labour MP Jane Doe" -> the party (one or two capitalised words) and the person (two or three); the title,
    an assembly member's written in capitals, is neither's name ("Finance Minister Jane Doe" stays whole)."""
    from spacy.tokens import Span

    roles = _role_words(lang)
    cut = next((i for i, t in enumerate(span) if t.text.isupper() and t.lower_ in roles), 0)
    holder = span[cut + 1:]
    if cut not in (1, 2) or len(holder) not in (2, 3) or not all(t.is_title for t in span[:cut]):
        return [span]
    if not all(t.is_title and t.lower_ not in lang.NON_PERSON_WORDS for t in holder):
        return [span]
    return [Span(span.doc, span.start, span.start + cut, label=_PARTY),
            Span(span.doc, holder.start, span.end, label="PER")]


def _role_word_count(tokens: Sequence[Token] | Span, lang: ModuleType) -> int:
    """How many words of a role's name open the tokens ("Premier ministre", "vice-Première ministre")."""
    roles = _role_words(lang)
    cut = 0
    while cut < len(tokens) and all(w in roles for w in tokens[cut].lower_.split("-")):
        cut += 1
    return cut


def _after_role(role: Token, link: Token, lang: ModuleType) -> bool:
    """A lower-case role noun and the preposition of its complement ("la députée de", "le maire d'")."""
    return role.text.islower() and role.lower_ in lang.ROLE_NOUNS and link.lower_.replace("’", "'") in lang.CONNECTIVES


def _clean_mention(span: Span, doc_text: str, lang: ModuleType, subjects: set[int], *,
                   common: set[str] = frozenset()) -> Mention | None:
    """The mention a span of the model stands for, trimmed; None for junk. ``common`` are the words the text
    also writes in lower case (a capitalised one opening a sentence is a common word)."""
    label = _LABELS.get(span.label_)
    if label is None:
        return None
    tokens = _with_kind_before(_extend_left(list(span), lang, person=label == "PER"), lang)
    tokens = _extend_right(tokens, label, lang)
    if tokens[-1].i >= span.end and _body_tail(span[-1], lang) and not _legal_form_tail(span[-1], lang):
        label = "ORG"  # "Ralph L. Carr" tagged, then "Colorado Judicial Center": the body named after him
    if label == "LOC" and tokens[-1].i == span[-1].i + 1 and _continues_name(tokens[-1], lang):
        label = "ORG"  # "Bourges Plus": a body named after its place, which a common word ends
    tokens, label = _person_inside(_trim_tokens(tokens, lang, person=label == "PER"), label, lang)
    if label == "ORG" and len(tokens) == 1 and tokens[0].is_title and tokens[0].lower_ in lang.INSTITUTION_HEADS \
            and _noun_complement(tokens[0], lang):
        tokens = list(span.doc[tokens[0].i: tokens[0].i + 3])  # « Conseil des ministres », « de gouvernement »
    if _article_before_acronym(tokens, doc_text, lang):  # "Le Pjf rendra": the sentence's article
        tokens = tokens[1:]
    if tokens and honorific_before(span.doc, tokens[0].i, lang):  # "Ir Jeanine Nsabimana" read as a place: a person
        label = "PER"
    if len(tokens) > 1 and tokens[0].pos_ == "DET" and span.doc[tokens[1].i: tokens[-1].i + 1].text in lang.BODIES:
        tokens, label = tokens[1:], "ORG"  # "La Maison-Blanche a répondu": a body, not a person with a particle
    if label != "PER":  # « ministre des Transports du Québec » tagged whole: Québec
        tokens = tokens[_body_after_portfolio(tokens, lang):]
    if not tokens or _is_junk(tokens, label, lang, common):
        return None
    if _names_legislation(tokens, lang):  # "Bill C-12", "the Financing Bill": a law, though "Bill" is a given name
        tokens, label = _law_name(tokens), "MISC"
    if label != "PER" and _honoured_name(tokens, lang):  # "Huw Gethin MS" tagged as a body: a person
        label = "PER"
    honoured, tokens = tokens, _without_honour(tokens, lang, person=label == "PER")
    if not tokens or label == "PER" and _role_complement(tokens, lang):
        return None
    start, end = _name_bounds(doc_text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), lang)
    glued = _glued_title(doc_text[start:end], lang)
    start += glued
    text = doc_text[start:end]
    if _is_junk_text(text, lang) and not _lower_case_brand(tokens, label, subjects):
        return None
    if span.label_ == _PARTY:  # the role before it is its member's
        return Mention(start=start, end=end, text=text, label=label)
    return Mention(start=start, end=end, text=text, label=label, person_cue=_person_cue(tokens, lang, subjects),
                   title=_title_gender(doc_text, start, lang), role=bool(glued) or _has_role(honoured, lang))


def _lower_case_brand(tokens: list[Token], label: str, subjects: set[int]) -> bool:
    """One word in lower case that the model tags as an organisation and the tagger as a proper noun, the subject of
    a speech verb, with no determiner (« inwi dit prendre acte »; not "the congress said", a common noun): a brand
    written in lower case, which speaks as its firm."""
    word = tokens[0]
    determined = any(child.dep_ == "det" for child in word.children) or word.i > 0 and word.nbor(-1).pos_ == "DET"
    return len(tokens) == 1 and label == "ORG" and word.pos_ == "PROPN" and word.is_lower and word.is_alpha \
        and len(word.text) >= 3 and word.i in subjects and not determined


def _person_inside(tokens: list[Token], label: str, lang: ModuleType) -> tuple[list[Token], str]:
    """The tokens and label of a span that names a person after words the model ran into the name: a role, an
    assembly before initials, a title's complement, a medium, a demonym (each step below); else as they were."""
    roles = _leading_role_words(tokens, lang)
    if roles:  # "le Premier ministre Bart De Wever" tagged whole: the person after the role
        tokens, label = tokens[roles:], "PER"
    initials = next((i for i, t in enumerate(tokens[:-1]) if i >= 2 and _INITIALS.fullmatch(t.text)), 0)
    if initials:  # "the Legislative Assembly C.N. Prabhakar": a person, from the initials on
        tokens, label = tokens[initials:], "PER"
    holder = next((i for i in range(1, len(tokens) - 1) if _holder_after_complement(tokens[i:], lang)), 0)
    if holder:  # "Metro Director of Law Monique Harlan": a person, from the given name on
        tokens, label = tokens[holder:], "PER"
    medium = next((i for i, t in enumerate(tokens[:2]) if t.pos_ != "DET"), 0)
    if _medium_before_given_name(tokens[medium:], lang):  # "explique à L'Avenir Thierry X": the person after it
        tokens, label = tokens[medium + 1:], "PER"
    if _opens_with_demonym(tokens, lang) and (label != "ORG" or _person_after_demonym(tokens, lang)):
        tokens, label = tokens[1:], "PER"  # "le Ghanéen Kwabena Owusu-Mensah", "la Ghanéenne Ama X": a person
    return tokens, label


def _person_after_demonym(tokens: list[Token], lang: ModuleType) -> bool:
    """Whether the words the model tagged as an organisation after a nationality name a person: a given name opens
    them, or the language writes the nationality with a capital only as a noun for a person
    (``CAPITALISED_DEMONYM_NOUNS``: "la Ghanéenne Ama X", not "the Irish Exporters Forum"), and no word of them
    ends a body's name ("le Belge Colruyt Group")."""
    if any(t.lower_ in lang.ORGANISATION_ENDINGS or t.lower_ in lang.ORG_NOUNS for t in tokens[1:]):
        return False
    return is_given_name(tokens[1].text, lang) or getattr(lang, "CAPITALISED_DEMONYM_NOUNS", False)


def _holder_after_complement(name: list[Token], lang: ModuleType) -> bool:
    """A full name opening with a given name right after a title's one-word complement ("Director of Law Monique
    Harlan", "Minister of Finance Ruth Nakato"): the role's holder, whom the model ran into the role."""
    first = name[0]
    if first.i < 3 or first.lower_ not in lang.GIVEN_NAMES or not _name_words(name, lang):
        return False
    complement, link, title = first.nbor(-1), first.nbor(-2), first.nbor(-3)
    return complement.is_title and link.lower_ in lang.CONNECTIVES and title.lower_.rstrip(".") in _titles(lang)


def _without_honour(tokens: list[Token], lang: ModuleType, *, person: bool) -> list[Token]:
    """A person's full name without the letters of an honour, a rank at the bar or a seat after it ("Harriet Lowe
    KC", "Jane Hollis MP"): they are no part of the name the article goes on with ("Ms Lowe")."""
    honour = person and len(tokens) > 2 and tokens[-1].text in getattr(lang, "POST_NOMINALS", ())
    return tokens[:-1] if honour else tokens


def _honoured_name(tokens: list[Token], lang: ModuleType) -> bool:
    """Two or three words of a person's name then the letters of an honour or a seat ("Huw Gethin MS", "Amara
    Obi KC"): only a person bears them."""
    return len(tokens) > 2 and tokens[-1].text in getattr(lang, "POST_NOMINALS", ()) and _name_words(tokens[:-1], lang)


def _medium_before_given_name(tokens: list[Token], lang: ModuleType) -> bool:
    """A one-word medium after "à" and the full name of the person it quotes, which the model tags as one name
    ("confie à L'Echo Pierre-Yves X", "explique à L'Avenir Thierry X"): the medium's word is no given name, the
    next word is one (no place) and a capitalised word follows it."""
    given = lang.GIVEN_NAMES
    if len(tokens) < 3 or not all(t.text[:1].isupper() for t in tokens[:3]) or tokens[1].pos_ != "PROPN":
        return False
    before = [t.lower_ for t in tokens[0].doc[max(0, tokens[0].i - 2): tokens[0].i]]
    after_to = before[-1:] == ["à"] or before[-1:] == ["au"] or before[-2:-1] == ["à"] and \
        before[-1] in lang.ELIDED_ARTICLES
    return after_to and tokens[0].lower_ not in given and is_given_name(tokens[1].text, lang) \
        and tokens[1].text not in lang.PLACES


def _opens_with_demonym(tokens: list[Token], lang: ModuleType) -> bool:
    """A nationality after an article and before a name of two capitalised words or more ("le Ghanéen Kwabena
    Owusu-Mensah", "the Ghanaian Kwabena Owusu-Mensah"); the caller leaves organisations alone ("the Irish
    Exporters Forum")."""
    first = tokens[0] if tokens else None
    if first is None or len(tokens) < 3 or first.i == 0 or not first.is_title:
        return False
    return first.nbor(-1).pos_ == "DET" and demonym_place(first.text, lang.DEMONYMS) is not None \
        and all(t.text[:1].isupper() for t in tokens[1:])


def _glued_title(text: str, lang: ModuleType) -> int:
    """The length of a title written without its space ("M.Houdré", "Dr.Osei"), else 0."""
    found = re.match(r"([A-Z][a-z]{0,3})\.(?=[A-ZÀ-Ý][a-zà-ÿ])", text)
    return found.end() if found and found.group(1).lower() in _titles(lang) else 0


def _extend_left(tokens: list[Token], lang: ModuleType, *, person: bool) -> list[Token]:
    """Add a given name or a capitalised particle the model left out ("Tomasz" or "Le" before a surname
    tagged alone, "Amarjit" before "Singh Dhaliwal", a person's first name opening the sentence:
    :func:`_opens_person`); not a title, which stands before a person's name and is no part of it ("Dr Ashby",
    "Justice Ashby")."""
    first = tokens[0]
    if first.i == 0:
        return tokens
    before = first.nbor(-1)
    # a longer span only when a middle name opens it ("Singh Dhaliwal": the model left the given name out) or a
    # person's name opens the sentence, where the model often starts it one word late
    if len(tokens) != 1 and first.text not in lang.MIDDLE_NAMES and not (person and _opens_person(before, lang)):
        return tokens
    if not (before.is_title and before.is_alpha and before.ent_iob_ == "O" and before.whitespace_ == " ") \
            or before.lower_ in lang.GENDERED_TITLES or before.lower_ in lang.PERSONAL_TITLES \
            or before.lower_ in _titles(lang):
        return tokens  # "Justice Chepkoech", "Governor Ellery": the title describes the holder, no part of the name
    if before.pos_ == "PROPN" or (person and before.lower_ in lang.NAME_PARTICLES):
        return [before, *tokens]
    return tokens


def _opens_person(token: Token, lang: ModuleType) -> bool:
    """Whether a word opening the sentence before a person's name the model started one word late is the
    name's first word: a given name of the language data, or a word the model tags as a person's elsewhere in the
    text ("Lim Chee Keong, secretary-general of …", tagged "Chee Keong", then "Lim said"); not a capitalised noun
    or title ("Newsagent Tony Vuong")."""
    if not token.is_sent_start:
        return False
    return is_given_name(token.text, lang) or any(other.text == token.text and other.i != token.i
                                                  for ent in token.doc.ents if ent.label_ in ("PER", "PERSON")
                                                  for other in ent)


def _with_kind_before(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """Add a body's or a division's capitalised kind and its « de » that the model left out before the place
    it governs, after a definite article (« la Ville de Saint-Jérôme », « la Province de Namur »): one body's
    name, by longest match, not the place with a designation that would join it."""
    first = tokens[0]
    if first.i < 3 or first.nbor(-1).lower_ not in lang.SEAT_LINKS:
        return tokens
    kind, article = first.nbor(-2), first.nbor(-3)
    if kind.ent_iob_ != "O" or not kind.is_title or fold_name(kind.text) not in body_kinds(lang) \
            or article.lower_ not in DEFINITE:
        return tokens
    return [kind, first.nbor(-1), *tokens]


def _extend_right(tokens: list[Token], label: str, lang: ModuleType) -> list[Token]:
    """Add a number the model left out ("Euro 2012", "France 2"; not after a person), a person's hyphenated
    surname ("Eli Ben-Haim") or the surname after a given name tagged alone ("Renata Castañeda"), a capitalised
    word in a language that capitalises only names ("Bourges Plus"), or the adjective of a one-word institution
    ("Conseil constitutionnel"; not "le Forum court jusqu'à") or of a name opening with a capitalised article ("La
    France insoumise")."""
    last = tokens[-1]
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if after is None or not last.whitespace_ or after.ent_iob_ != "O":
        return tokens
    legal = _legal_form_tail(last, lang) or _body_tail(last, lang)
    if legal:
        return [*tokens, *legal]  # "Sinar Bestari" tagged without "Feedmill Sdn Bhd", "Hong Kong General" without
        # "Chamber of Commerce"
    following = after.nbor(1) if after.i + 1 < len(after.doc) else None
    numbered = label != "PER"  # "gouvernement Ayrault 2" names Ayrault's second government, Ayrault still
    if numbered and after.is_digit and len(after.text) <= 4 and (following is None or
                                                                 following.pos_ not in ("NOUN", "NUM")):
        return [*tokens, after]
    if label == "PER" and after.pos_ == "PROPN" and "-" in after.text and (last.head.i == after.i or all(
            part[:1].isupper() for part in after.text.split("-"))):
        return [*tokens, after]  # "MK Eli" tagged without the hyphenated surname it is a compound of ("Ben-Haim")
    if numbered and _continues_name(after, lang):
        return [*tokens, after]  # "Bourges Plus", the community of communes, not the city "Bourges"
    if label != "LOC" and _cut_surname(tokens, after, lang):
        return [*tokens, after]  # "Renata" tagged as a body without "Castañeda": the person's surname left out
    institution = len(tokens) == 1 and tokens[0].lower_ in lang.INSTITUTION_HEADS
    seat = _seat_after(after) if institution and tokens[0].is_title and label == "ORG" else None
    if seat is not None:  # "l'Assemblée de Martinique": the body's name is its head and its seat's
        return [*tokens, *after.doc[after.i: seat.end]]
    if (institution or _opens_with_article(tokens, lang)) and after.pos_ == "ADJ" and after.text.islower() \
            and not _takes_object(after, following):
        return [*tokens, after]
    return tokens


def _cut_surname(tokens: list[Token], after: Token, lang: ModuleType) -> bool:
    """A given name of the language data the model tagged alone, then a capitalised proper noun it left untagged
    inside the sentence: the surname the model cut ("Renata Castañeda covers water" tagged "Renata"), so the person
    is counted, and found as a speaker, under the full name the text gives, not a given name no other mention takes
    up; not when another name word follows, which other steps join ("Mariana Flores Quichocho")."""
    if not (len(tokens) == 1 and is_given_name(tokens[0].text, lang) and after.pos_ == "PROPN"
            and after.is_title and after.is_alpha and not after.is_sent_start):
        return False
    following = after.nbor(1) if after.i + 1 < len(after.doc) else None  # the surname ends the name
    return following is None or following.ent_iob_ == "O" and not (following.is_title and following.pos_ == "PROPN")


def _legal_form_tail(last: Token, lang: ModuleType) -> list[Token]:
    """The capitalised words after a name the model tagged, up to the legal form that ends a firm's registered
    name ("Sinar Bestari", then "Feedmill Sdn Bhd"): the span stopped short of the firm's name; [] when no legal
    form (``LEGAL_FORMS``) ends the run within a few words."""
    doc, tail = last.doc, []
    for token in doc[last.i + 1:min(len(doc), last.i + 1 + _LEGAL_TAIL_MOST)]:
        if not token.is_alpha or not (token.is_title or token.is_upper) or token.ent_iob_ != "O" \
                or tail and not tail[-1].whitespace_:
            break
        tail.append(token)
    ends = [i for i, token in enumerate(tail) if is_legal_form(token.text, lang)]
    return tail[:ends[-1] + 1] if ends else []


def _body_tail(last: Token, lang: ModuleType) -> list[Token]:
    """In a language that capitalises every word of a name, the capitalised words after a name the model tagged,
    up to the last that heads a body's name (``ORGANISATION_ENDINGS``, or a public body's, ``BODY_LABEL_WORDS``) and
    the capitalised complement after it ("The Hong Kong General" tagged, then "Chamber of Commerce"; "the Pacific
    Islands", then "Forum"; "The Bombay", then "High Court"; "the Juneau", then "Assembly"): the span
    stopped short of the body's name, whose place is then no mention of its own; [] when no such word ends the run."""
    if lang.CAPITALS_NAME_WORDS:
        return []
    doc, tail = last.doc, []
    for token in doc[last.i + 1:min(len(doc), last.i + 1 + _BODY_TAIL_MOST)]:
        capitalised = token.is_title and token.is_alpha or tail and token.lower_ in getattr(lang, "BODY_NAME_LINKS", ())
        if not capitalised or token.ent_iob_ != "O" or tail and not tail[-1].whitespace_ or token.is_sent_start:
            break
        tail.append(token)
    kinds = lang.ORGANISATION_ENDINGS | lang.BODY_LABEL_WORDS
    heads = [i for i, token in enumerate(tail) if token.is_title and token.lower_ in kinds]
    if not heads:
        return []
    end = heads[-1] + 1
    if end + 1 < len(tail) and tail[end].lower_ in lang.COMPLEMENT_LINKS:
        # its complement ("Chamber of Commerce"), not a title-case headline's verb after it
        end = next((i for i in range(end + 1, len(tail)) if tail[i].pos_ not in ("PROPN", "NOUN")), len(tail))
    return tail[:end]


def _noun_complement(head: Token, lang: ModuleType) -> bool:
    """Whether « de » or « des » and a lower-case noun with no article follow an institution's head the model
    tagged alone, and the name ends there (« en Conseil des ministres », « en Conseil de gouvernement »): the
    institution's full name, not a council of another body's name it would otherwise join (« conseil de l'Ordre »);
    not a manner or a time (« de nouveau », « de façon unanime »), nor a name the words after it go on (« Union des
    villes et communes », « Conseil du renouveau économique »: other steps run it to its acronym)."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in lang.INSTITUTION_COMPLEMENT_LINKS:
        return False
    link, noun = doc[head.i + 1], doc[head.i + 2]
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    adjective = following is not None and following.pos_ == "ADJ" and following.lower_ not in lang.NON_ENTITIES
    goes_on = adjective or following is not None and (following.pos_ == "CCONJ" or following.text in ("(", "-"))
    return head.whitespace_ != "" and link.ent_iob_ == "O" and noun.ent_iob_ == "O" and noun.pos_ == "NOUN" \
        and noun.is_lower and noun.is_alpha and not goes_on and noun.lower_ not in getattr(lang, "MANNER_NOUNS", ())


def _takes_object(word: Token, following: Token | None) -> bool:
    """A present participle the model reads as an adjective, followed by its object ("la direction du Trésor
    évaluant l'effet"): a verb of the clause, no part of the body's name ("le Trésor public")."""
    return word.lower_.endswith("ant") and following is not None and following.pos_ == "DET"


def _seat_after(link: Token) -> Span | None:
    """The place named right after « de » without an article ("Assemblée de Martinique", "Conseil de Paris"), as
    the model tagged it, else None."""
    doc = link.doc
    if link.lower_.replace("’", "'") not in ("de", "d'") or link.i + 1 >= len(doc):
        return None
    place = doc[link.i + 1]
    return next((e for e in doc.ents if e.start == place.i and e.label_ in PLACE_TAGS), None)


def _continues_name(after: Token, lang: ModuleType) -> bool:
    """In a language that capitalises only names inside a sentence, a capitalised word the model left out right
    after a place's or a body's name, that is no proper noun of its own (another name, untagged) nor a title:
    the name's last word ("Bourges Plus", "Paris Habitat")."""
    return lang.CAPITALS_NAME_WORDS and after.is_title and after.is_alpha \
        and after.pos_ != "PROPN" and not _opens_clause(after) and after.lower_ not in _titles(lang) \
        and after.lower_ not in lang.GENDERED_TITLES


def _opens_with_article(tokens: list[Token], lang: ModuleType) -> bool:
    """A name opening with a capitalised article inside a sentence, so the article is part of the name and so may
    be an adjective after it ("(La France insoumise)", not "La France entière" opening a sentence)."""
    first = tokens[0]
    return len(tokens) > 1 and first.is_title and first.lower_ in lang.NAME_PARTICLES and not _opens_clause(first)


def _trim_tokens(tokens: list[Token], lang: ModuleType, *, person: bool) -> list[Token]:
    """Drop leading articles, prepositions, common words, titles and the nouns a person's name follows ("affaire
    Merah"), and trailing punctuation and small words. A capitalised title before a person's name is dropped
    whatever the model's label ("Taoiseach Micheál Martin" tagged as an organisation)."""
    person = person or _titled_name(tokens, lang)
    while tokens:
        honour = _honorific_count(tokens, lang)
        if not honour and not (len(tokens) > 1 and _drops_leading(tokens[0], lang, person=person)):
            break
        tokens = tokens[honour or 1:]
    if tokens and tokens[0].is_punct or _article_before_place(tokens, lang):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or _drops_trailing(tokens[-1], lang)
                      or len(tokens) > 1 and _counts_something(tokens[-1])):
        tokens = tokens[:-1]
    return tokens


def _honorific_count(tokens: list[Token], lang: ModuleType) -> int:
    """The number of words of an honorific conferred on a person that opens the span ("Datuk Seri", "Tan Sri",
    "Alhaji"), else 0: it is no part of the name, which the article also writes without it ("Alhaji Seidu" is
    "Abdul-Rahman Seidu"); a span made of the honorific alone is no name."""
    honorifics = lang.HONORIFICS
    doc = tokens[0].doc
    return next((size for size in (3, 2, 1) if len(tokens) >= size
                 and doc[tokens[0].i: tokens[size - 1].i + 1].text.casefold() in honorifics), 0)


def _article_before_place(tokens: list[Token], lang: ModuleType) -> bool:
    """A capitalised article opening a sentence or a quote before a known place's name or a designation ("La
    Chine promet", "« Les Pays-Bas ont", « Le Sahel n'est pas », « La Ville savait »): the article is the
    sentence's, the name is the one written "de Chine" or « la Ville » elsewhere ("La Haye", "Le Caire" are names
    with their article: "Haye" and "Caire" are no places)."""
    if len(tokens) < 2 or not tokens[0].is_title or tokens[0].lower_ not in lang.PLACE_ARTICLES:
        return False
    rest = fold_name(tokens[1].doc[tokens[1].i: tokens[-1].i + 1].text)
    return rest in _places(lang) or rest in designations(lang)


def _article_before_acronym(tokens: list[Token], doc_text: str, lang: ModuleType) -> bool:
    """A capitalised article opening a sentence before an acronym, written in capitals or as the text defines it
    in brackets ("Le PS a voté", « Le Pjf rendra son délibéré » after « Pool judiciaire financier (Pjf) », the
    house style of papers that write acronyms as words): the article is the sentence's, the acronym the name,
    written without it elsewhere (« du Pjf »)."""
    if len(tokens) != 2 or not tokens[0].is_title or tokens[0].lower_ not in lang.PLACE_ARTICLES:
        return False
    word = tokens[1].text
    return word.isalpha() and (word.isupper() and 2 <= len(word) <= 6 or f"({word})" in doc_text)


@lru_cache(maxsize=8)
def _places(lang: ModuleType) -> frozenset[str]:
    """The folded names of the language's places (made once per language)."""
    return frozenset(map(fold_name, lang.PLACES))


def _counts_something(token: Token) -> bool:
    """A number before what it counts ("LFI 14 %", "le PS 31 sièges"): a quantity after the name, not a part of
    it ("Euro 2012", "France 2 a diffusé", nor before a singular noun it cannot count: "the Article 23 law")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    counted = after is not None and (after.pos_ == "NUM" or after.text == "%" or after.pos_ == "NOUN"
                                     and "Sing" not in after.morph.get("Number"))
    return token.like_num and counted


def _leading_role_words(tokens: list[Token], lang: ModuleType) -> int:
    """The number of words of a role's name that open a span before a person's full name ("Premier ministre Bart
    De Wever", "vice-Première ministre Anne Claes", "Deputy Prime Minister Jan Novak"), else 0: the role describes
    the person, it is no part of the name."""
    cut = _role_word_count(tokens, lang)
    return cut if cut and _name_words(tokens[cut:], lang, most=4, particles=True) else 0


def _titled_name(tokens: list[Token], lang: ModuleType) -> bool:
    """A capitalised title then two or three capitalised proper nouns that no word makes a body's or a place's
    ("Taoiseach Micheál Martin"; not "Prince Edward Island"), the first no role's word ("Deputy Bailiff Jane Doe"
    is a role's name before the person's, see :func:`_leading_role_words`)."""
    first, rest = tokens[0], tokens[1:]
    return first.is_title and first.lower_.rstrip(".") in _titles(lang) and _name_words(rest, lang) \
        and rest[0].lower_.rstrip(".") not in _role_words(lang)


def _name_words(tokens: Sequence[Token] | Span, lang: ModuleType, *, most: int = 3, particles: bool = False) -> bool:
    """Two to ``most`` words of a person's name: capitalised proper nouns, none a word of a body's or a place's
    name; with ``particles``, also lower-case particles between them ("Bart De Wever", "Ursula von der Leyen")."""
    words = [t for t in tokens if not (particles and t.lower_ in lang.NAME_PARTICLES)]
    # an apostrophe may open a given name ("'Mathabo Nkuebe")
    return 2 <= len(tokens) <= most and tokens[0].text.lstrip("'")[:1].isupper() and tokens[-1].text[:1].isupper() \
        and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in lang.NON_PERSON_WORDS for t in words)


def _drops_leading(token: Token, lang: ModuleType, *, person: bool) -> bool:
    word = token.lower_
    if token.is_punct or word in lang.LEADING_ARTICLES or token.text in lang.PERSON_HEADS:
        return True
    if token.text in getattr(lang, "PARTY_STANDINGS", ()) and token.i + 1 < len(token.doc) \
            and token.nbor(1).is_title:
        return True  # "the Opposition Progressive Conservatives": the party's standing, not its name
    if len(token.text) == 1 and token.text.isupper() and token.pos_ != "PROPN":
        return True  # "sur X Karim Benhaddou": X, the network, tagged as a noun (an initial is a proper noun)
    if not token.text[:1].isupper():
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if word in lang.TITLES and after is not None and after.is_title and after.lower_ not in lang.NON_PERSON_WORDS:
            return True  # "le président Berry", "le ministre Lavallée" (tagged a body): the title, not the name
        if word in getattr(lang, "DIVISION_NOUNS", ()) and after is not None and after.lower_ in lang.CONNECTIVES:
            return True  # "la province de Namur": the division is named after the place, which is the name
        small = token.pos_ in ("ADP", "DET", "PRON", "CCONJ", "ADV") or token.text.endswith("'")
        return (small or person and _lower_case_medium(token)) and not (person and word in lang.NAME_PARTICLES)
    abbreviated = not token.text.isupper() and word.rstrip(".") in lang.PERSONAL_TITLES  # not "PR"
    return word.rstrip(".") in lang.GENDERED_TITLES or abbreviated or (person and word.rstrip(".") in _titles(lang))


def _lower_case_medium(token: Token) -> bool:
    """A lower-case word after a preposition and before a capitalised name: a medium the model joined to the
    person after it ("a confié à franceinfo Besnik, un enseignant", whatever the tagger made of "franceinfo")."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].pos_ == "ADP" and doc[token.i + 1].text[:1].isupper()


def _drops_trailing(token: Token, lang: ModuleType) -> bool:
    """A lower-case small word, adverb or weekday at the end ("Tokaïev et", "Parti de la réforme presque", "CFDT
    mercredi"), or a possessive "'s"."""
    if token.text in lang.POSSESSIVE_ENDINGS:
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.lower_ in lang.TITLES and after is not None and after.pos_ == "PROPN":
        return True  # a title before a name: "Oregon Solicitor" in "Oregon Solicitor General Benjamin Ashworth"
    if _role_before_holder(token, lang):
        return True  # "Acme Power Chief Executive" in "Acme Power Chief Executive Officer Jane Doe": her title
    if token.text.islower() and token.lower_ in lang.NON_ENTITIES:
        return True  # a weekday the model ran into the name ("les représentants de la CFDT mercredi")
    if _noun_after_name(token):
        return True  # "the Servant of the People party", "a Fidesz lawmaker": the noun the name qualifies
    return token.text.islower() and token.pos_ in ("ADP", "DET", "CCONJ", "PRON", "ADV")


def _role_before_holder(token: Token, lang: ModuleType) -> bool:
    """Whether a capitalised role word opens or continues the title of the person the model tags right after it,
    maybe past more of the role's words ("Chief Executive" before "Officer Jane Doe"): the model ran a body's
    name into its head's title; the title is the person's, not the body's."""
    roles = _role_words(lang)
    for word in token.doc[token.i: token.i + 4]:
        if word.ent_type_ == "PERSON" and word.ent_iob_ == "B":
            return word.i > token.i
        if not (word.is_title and word.lower_ in roles):
            return False
    return False


def _noun_after_name(token: Token) -> bool:
    """A lower-case common noun right after a capitalised proper noun: the noun a name qualifies as a modifier
    ("the Servant of the People lawmaker"); a name's own lower-case words follow a small word ("Cour de
    cassation") or are adjectives ("Parti socialiste")."""
    return token.i > 0 and token.text.islower() and token.pos_ == "NOUN" and token.nbor(-1).pos_ == "PROPN" \
        and token.nbor(-1).text[:1].isupper()


def _titles(lang: ModuleType) -> set[str]:
    return {t.rstrip(".") for t in lang.TITLES}


@lru_cache(maxsize=8)
def _role_words(lang: ModuleType) -> frozenset[str]:
    """The words of roles' names: titles, role nouns and their modifiers, without abbreviation points (made once
    per language: asked for every mention)."""
    return frozenset(w.rstrip(".") for w in (*lang.TITLES, *lang.ROLE_NOUNS, *lang.ROLE_MODIFIERS))


def _name_bounds(text: str, start: int, end: int, lang: ModuleType) -> tuple[int, int]:
    """Offsets without an elision ("l'Élysée"), a prefix ("Ex-Cook County") or possessive ("Britain's");
    "Moody'" + "s" made whole."""
    elided = ELISION.match(text[start:end])
    if elided and end - start > elided.end():
        start += elided.end()
    start += _hyphen_prefix(text[start:end], lang)
    for ending in lang.POSSESSIVE_ENDINGS:
        if text[start:end].endswith(ending) and end - start > len(ending) + 1:
            end -= len(ending)
            break
    if text[end - 1:end] in ("'", "’") and text[end:end + 1] == "s" and not text[end + 1:end + 2].isalnum():
        end += 1
    return start, end


def _hyphen_prefix(text: str, lang: ModuleType) -> int:
    """The length of a prefix and its hyphen opening a name ("Ex-" in "Ex-Cook County clerk", "ex-" in "un
    ex-LR"), else 0: the prefix qualifies the compound it opens, the name after it is a mention of its own."""
    found = re.match(r"([^\W\d_]+)-(?=[A-ZÀ-Ý])", text)
    return found.end() if found and found.group(1).lower() in lang.HYPHEN_PREFIXES else 0


def _person_cue(tokens: list[Token], lang: ModuleType, subjects: set[int]) -> bool:
    """A title just before the name ("M.", "le président") or the name as subject of a speech verb."""
    first = tokens[0]
    before = first.nbor(-1) if first.i > 0 else None
    titled = before is not None and (before.lower_.rstrip(".") in _titles(lang) or before.lower_ in lang.TITLES)
    return titled or any(t.i in subjects for t in tokens) and not _is_dateline(tokens)


def _with_body_cues(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions, those after an organisation noun marked (:func:`_body_cue`) or that a copula says are a body
    (:func:`_predicated_kind`: « X n'était qu'une société »), else those after a noun of a place's office marked
    (:func:`_place_cue`), that a copula says are a place, or that the model reads as a person's but lists with
    places or sets before a noun of a place's parts (:func:`_modifies_place_noun`: "Kolkata port"); those beside a
    plural noun of a body's members marked as a body's too (:func:`_beside_member_noun`), whatever else they are."""
    result = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            result.append(mention)
            continue
        kind = _predicated_kind(span, lang)
        cue = _body_cue(span[0], lang) or _business_after(span[-1], lang) or _heads_named(span[-1], lang) \
            or kind in lang.ORG_NOUNS or kind in getattr(lang, "FIRM_KIND_NOUNS", ())
        place = not cue and (_place_cue(span[0], lang) or kind in lang.PLACE_KIND_NOUNS
                             or mention.label == "PER"
                             and (_listed_with_places(span, lang) or _modifies_place_noun(span[-1], lang)))
        member = _beside_member_noun(span, lang)
        result.append(replace(mention, body_cue=mention.body_cue or cue or member, place_cue=mention.place_cue or place,
                              place_preposition=_after_place_preposition(span, lang)))
    return result


def _with_governed_places(mentions: list[Mention], lang: ModuleType) -> list[Mention]:
    """The mentions, those of a name that completes a body's capitalised kind elsewhere (« la Ville de
    Sherbrooke », « la Province de Namur », :func:`~newsbrief.aliases.body_kinds`) marked as a place's, though the
    model reads a person in it (« Sherbrooke puise son eau »): the place the body governs; not one with a title."""
    governed = {fold_name(words[2]) for m in mentions if len(words := m.text.split(" ", 2)) == 3
                and _is_body_kind(words[:1], lang) and words[1] in lang.SEAT_LINKS}
    return [replace(m, place_cue=True) if fold_name(m.text) in governed and not (m.title or m.role) else m
            for m in mentions]


def _beside_member_noun(span: Span, lang: ModuleType) -> bool:
    """A lower-case plural noun of a body's members beside a name (``BODY_MEMBER_NOUNS``): only a party, a union or
    a council has backbenchers, lawmakers or « élus », though the model reads many a party's name as a person's.
    Right after the name in a language whose heads come last ("Sinn Féin ministers"), unless the model reads a
    place there ("Oregon lawmakers": its legislature); right before it after an article in one whose heads come
    first (« les élus Renaissance »; a place's take « de »)."""
    nouns, doc = lang.BODY_MEMBER_NOUNS, span.doc
    if lang.HEAD_FIRST:
        if span.start < 2:
            return False
        noun, article = doc[span.start - 1], doc[span.start - 2]
        return noun.text.islower() and noun.lower_ in nouns and article.pos_ == "DET"
    if span.end >= len(doc) or span[-1].ent_type_ in ("GPE", "LOC"):
        return False
    noun = doc[span.end]
    return not noun.text.istitle() and noun.lower_ in nouns


def _place_cue(first: Token, lang: ModuleType) -> bool:
    """A name complementing a lower-case noun of a place's office or people ("la maire de Bordes", "les
    habitants d'Oisemont", "the mayor of Oakville", ``PLACE_OF_NOUNS``), capitalised only where it opens the
    sentence (« Originaire de Iasi, il »): a place, whatever the model says."""
    if first.i < 2:
        return False
    link, noun = first.nbor(-1), first.nbor(-2)
    if first.i >= 3 and link.lower_.replace("’", "'") in getattr(lang, "PLACE_OF_ARTICLES", ()):
        link, noun = noun, first.nbor(-3)  # « le quartier de l'Alma »: a place's name that takes its article
    written = noun.text.islower() or noun.is_sent_start and noun.text.istitle()
    return written and noun.lower_ in lang.PLACE_OF_NOUNS \
        and link.lower_.replace("’", "'") in lang.PLACE_OF_LINKS


def _predicated_kind(span: Span, lang: ModuleType) -> str:
    """The singular common noun a copula says the name is, lower-cased, else "" ("Trans-Danubia n'était qu'une
    société de façade", "La Brea cannot stay a one-industry town", "Te Waihora is one of the most degraded
    lakes": a body's or a place's kind, which no person's name is said to be; ``COPULA_LEMMAS``)."""
    root = span.root
    if not root.dep_.startswith("nsubj") or root.head.i in range(span.start, span.end):
        return ""
    head = root.head
    if any(child.dep_ == "cop" for child in head.children):
        noun = head  # « X n'était qu'une société »: the attribute heads the clause
    elif head.lemma_ in lang.COPULA_LEMMAS:
        noun = next((c for c in head.children if c.dep_ in ("attr", "obj", "dobj") and c.i > root.i), None)
    else:
        return ""
    one = noun is not None and noun.pos_ == "NUM"
    if one:  # "one of the lakes", « l'une des villes »: the plural noun the number picks from
        noun = next((t for t in noun.subtree if t.pos_ == "NOUN" and t.dep_ in ("pobj", "nmod")), None)
    if noun is None or noun.pos_ != "NOUN" or not one and "Plur" in noun.morph.get("Number"):
        return ""  # the lemma then: "one of the witnesses" gives "witness", which no list of bodies holds
    return noun.lemma_.lower()


def _modifies_place_noun(last: Token, lang: ModuleType) -> bool:
    """A name right before a lower-case noun of a place's parts or works that it modifies, in a language whose
    heads come last ("Kolkata port", "the Kiteezi landfill", ``PLACE_PART_NOUNS``): a place's name, though the
    model reads an unfamiliar town's as a person's; not a possessive ("Smith's village": where she lives)."""
    nouns = getattr(lang, "PLACE_PART_NOUNS", frozenset())
    if not nouns or last.i + 1 >= len(last.doc):
        return False
    noun = last.nbor(1)
    return noun.text.islower() and noun.lower_ in nouns


def _after_place_preposition(span: Span, lang: ModuleType) -> bool:
    """A name right after a lower-case preposition that takes places, not persons (``PLACE_ONLY_PREPOSITIONS``:
    "talks in Mae Sot", « escales dans Lévis »), not a possessive ("in Smith's view"): one vote for a place,
    which an unfamiliar town's name the model reads as a person's needs."""
    doc = span.doc
    if span.start == 0 or span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
        return False
    before = doc[span.start - 1]
    return before.text.islower() and before.lower_ in lang.PLACE_ONLY_PREPOSITIONS


def _listed_with_places(span: Span, lang: ModuleType) -> bool:
    """A name coordinated with a place after a preposition of place ("hubs in Wagga Wagga, Townsville and
    Bendigo", ``PLACE_LIST_PREPOSITIONS``): one more place of the list, though the model reads an unfamiliar
    town's name as a person's; not a name with a place of its own ("Clara Weiss in Brussels and Tom Aldridge in
    Houston": a reporter and where she writes from)."""
    prepositions = lang.PLACE_LIST_PREPOSITIONS
    own_place = span.end < len(span.doc) and span.doc[span.end].lower_ in prepositions
    if own_place or any(child.dep_ in ("prep", "nmod") for child in span.root.children):
        return False
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    cases = [head.head] if head.dep_ == "pobj" else [c for c in head.children if c.dep_ == "case"]
    if not any(case.lower_ in prepositions for case in cases):
        return False
    others = [t for t in (head, *head.conjuncts) if not span.start <= t.i < span.end]
    return any(t.ent_type_ in PLACE_TAGS or t.text in lang.PLACES for t in others)


def _body_cue(first: Token, lang: ModuleType) -> bool:
    """An organisation noun between an article and the name, or a firm's kind ("le groupe Ravenel", "du groupe
    Ravenel", "the carrier Ryanair", "la fonderie Semoy Fonte"), maybe with a lower-case adjective between noun
    and name ("le groupe finlandais Kaarna Paper", "le collectif citoyen X"); or a firm's head or its shareholders
    before "de" ("le PDG d'Orvane", ``FIRM_OWNER_NOUNS``); not a noun a person's name follows ("le gouvernement
    Ayrault")."""
    if first.i < 2:
        return False
    step = 1 + (first.i >= 3 and first.nbor(-1).pos_ == "ADJ" and first.nbor(-1).text.islower())
    noun, article = first.nbor(-step), first.nbor(-step - 1)
    kind = noun.lower_ in lang.ORG_NOUNS or noun.lower_ in getattr(lang, "FIRM_KIND_NOUNS", ())
    owner = first.nbor(-1).lower_.replace("’", "'") in getattr(lang, "FIRM_OWNER_LINKS", ()) \
        and first.nbor(-2).lower_ in lang.FIRM_OWNER_NOUNS
    return owner or noun.text.islower() and kind and noun.lower_ not in lang.PERSON_HEADS \
        and (article.pos_ == "DET" or article.lower_ in lang.CONNECTIVES)


def _heads_named(last: Token, lang: ModuleType) -> bool:
    """A name right before the lower-case title of a body's head and that head's name ("Metrolinx president
    Daniel Okafor", "Toyota chairman Akio Toyoda"), or before a possessive and a firm's head ("Rio Tinto's
    chief executive", ``FIRM_OWNER_NOUNS``): the body a president or chief executive heads, never a person (a
    person has an adviser or a spokesperson, not a president)."""
    doc = last.doc
    if last.i + 2 >= len(doc):
        return False
    role, name = doc[last.i + 1], doc[last.i + 2]
    if role.lower_ in ("'s", "’s") and name.text.islower():
        return name.lower_ in lang.FIRM_OWNER_NOUNS or last.i + 3 < len(doc) \
            and f"{name.lower_} {doc[last.i + 3].lower_}" in lang.FIRM_OWNER_NOUNS
    written = role.text.islower() or role.text.isupper()  # "president", "CEO"; not a name's word ("President")
    return written and role.lower_ in getattr(lang, "BODY_HEAD_ROLES", frozenset()) \
        and name.pos_ == "PROPN" and name.text[:1].isupper()


def _business_after(last: Token, lang: ModuleType) -> bool:
    """A name set off before an indefinite description of a business ("Voltridge, a battery start-up backed by a
    Korean conglomerate, promised", "Kestrel, an Oslo-based lender,"): an organisation, however personal the
    name looks. The description's words run to its first verb, preposition or punctuation; a hyphenated word
    counts whole ("start-up" is a "startup")."""
    doc, articles = last.doc, getattr(lang, "DESCRIPTION_ARTICLES", frozenset())
    if last.i + 3 >= len(doc) or doc[last.i + 1].text != "," or doc[last.i + 2].lower_ not in articles \
            or doc[last.i + 2].pos_ != "DET":  # not the French verb "a"
        return False
    words, i = [], last.i + 3
    while i < min(len(doc), last.i + 9) and (doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "NUM") or doc[i].text == "-"):
        words.append(doc[i].lower_)
        i += 1
    nouns = getattr(lang, "BUSINESS_NOUNS", frozenset()) | lang.ORG_NOUNS
    hyphenated = len(words) >= 3 and words[-2] == "-" and "".join(words[-3:]).replace("-", "") in nouns
    return bool(words) and (words[-1] in nouns or hyphenated)


def _has_role(tokens: list[Token], lang: ModuleType) -> bool:
    """A title just before the name ("M. Houdré", "Dr Osei", a role used as one: "Treasurer Maria Kostakis"), or a
    lower-case role noun in apposition, next to the name and linked to it by the parse: "its president, Ewa
    Nowicka", "Tomasz Wrona, chief economist at"
    (not "The News Pakistan, le chef de l'État a exposé", where the role is the next clause's subject; not a
    plural after the name, which describes others: "des deux côtés du Rhin, élus et commerçants"); a relative
    pronoun only a person takes ("X, who heads"; not after a role's complement: "Representative for Dunmore,
    who"); or, in English, "he"/"she" taking the name up in what it said ("Lindahl said he had traveled") or
    "he"/"his"/"she"/"her" anywhere in what its speech verb governs ("Al-Rashidi said in his address"); or an age
    set off after it ("Dwayne Kerr, 47, told", "Anne Roy, 61 ans,")."""
    first = tokens[0]
    before = first.nbor(-1) if first.i > 0 else None
    if before is not None and (before.lower_.rstrip(".") in _titles(lang) or _role_as_title(before, tokens, lang)):
        return True
    if before is not None and before.text == "," and before.i > 0 and _linked_role(before.nbor(-1), tokens, lang):
        return True
    if before is not None and before.text == "," and before.i > 0 and _ends_clause(tokens[-1]) \
            and _role_phrase_end(before.nbor(-1), lang):
        return True
    role = _role_after(tokens[-1], lang)
    singular = role is not None and "Plur" not in role.morph.get("Number")  # "du Rhin, élus et commerçants"
    relative = _personal_relative(tokens[-1], lang) and not _role_complement_of(first, lang)
    return singular and _linked_role(role, tokens, lang) or relative \
        or bool(reported_pronoun(tokens[-1], tokens[-1].i + 1, lang)) or _aged_after(tokens[-1], lang) \
        or speaker_taken_up(tokens[-1], tokens[-1].i + 1, lang)


def _role_complement_of(first: Token, lang: ModuleType) -> bool:
    """Whether a name is the complement of a role noun after a preposition ("a People's Representative for
    Dunmore, who", "the Minister of Mines, who"): the relative after it takes up the person the role describes."""
    before = first.nbor(-1) if first.i > 0 else None
    return before is not None and before.pos_ == "ADP" and before.head.i < before.i \
        and before.head.lower_ in lang.ROLE_NOUNS


def _aged_after(last: Token, lang: ModuleType) -> bool:
    """A name set off before a person's age (", 47," / ", 61 ans,"): only people are given an age there; a number
    past any age ("Berlin, 2019,") is a date."""
    after = last.doc[last.i + 1: last.i + 5]
    return _aged(after, lang) and (not after[1].text.isdigit() or int(after[1].text) < 120)


def _role_as_title(word: Token, name: list[Token], lang: ModuleType) -> bool:
    """A capitalised role noun the parse hangs on the name right after it, used as a title ("Treasurer Maria
    Kostakis", "Premier Jacinta Allan"): the name is a person's, whatever the model later tags its surname."""
    return word.text[:1].isupper() and word.lower_ in lang.ROLE_NOUNS and word.head in name


def _personal_relative(last: Token, lang: ModuleType) -> bool:
    """A relative pronoun only a person takes, set off after the name ("Kazuko Shimada, who heads a cooperative")."""
    doc = last.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].text == "," \
        and doc[last.i + 2].lower_ in getattr(lang, "PERSONAL_RELATIVES", ())


def _role_phrase_end(token: Token, lang: ModuleType) -> bool:
    """The last word of a role noun's phrase ("le député FL de Zahlé", "la maire de Lyon"): the parse leads
    from it, within a few words, to a lower-case role noun before it."""
    head, steps = token, 0
    while steps < 3 and head.head.i < head.i and token.i - head.head.i <= 6:
        head, steps = head.head, steps + 1
        if head.text.islower() and (head.lower_ in lang.ROLE_NOUNS or head.lemma_.lower() in lang.ROLE_NOUNS):
            return True
    return False


def _ends_clause(last: Token) -> bool:
    """A name followed by the end of its clause (".", ",", ";", a closing bracket or the end of the text): in
    apposition, not the subject of what follows ("Selon le ministre, Jean Dupont a menti")."""
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return after is None or after.text in (".", ",", ";", ")", "!", "?") or "\n" in after.text


def _role_after(last: Token, lang: ModuleType) -> Token | None:
    """The noun heading "Name, (a|the|le) (owner's) (adjectives, modifying nouns) noun", if any."""
    doc, i = last.doc, last.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    i = _past_owner(doc, i + (doc[i].pos_ == "DET" and doc[i].text.islower()), lang) or i
    end = i + 3
    while i < min(len(doc) - 1, end) and (doc[i].pos_ in ("DET", "ADJ") or _noun_modifier(doc[i])) \
            and doc[i].text.islower():
        i += 1
    return doc[i] if i < len(doc) else None


def _past_owner(doc: Doc, start: int, lang: ModuleType) -> int:
    """The index after a possessive owner opening a role's phrase ("Germany's finance minister", "the Energy
    Ministry's deputy", "the company's founder"): up to four nouns then the possessive ending; 0 for none."""
    end = start
    while end < min(len(doc) - 1, start + 4) and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    owned = end > start and doc[end].text in lang.POSSESSIVE_ENDINGS and doc[end].dep_ == "case"
    return end + 1 if owned else 0


def _noun_modifier(token: Token) -> bool:
    """A noun modifying the noun after it ("a trade economist", "advocacy manager"): the role is the noun it
    modifies."""
    return token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.i == token.i + 1


def _linked_role(token: Token, name: list[Token], lang: ModuleType) -> bool:
    """A lower-case role noun that the parse attaches to the name, or the name to it; a noun that is a role only
    there (``APPOSED_ROLE_NOUNS``: "a board member") counts too."""
    nouns = (lang.ROLE_NOUNS, getattr(lang, "APPOSED_ROLE_NOUNS", frozenset()))
    role = token.text.islower() and any(token.lower_ in words or token.lemma_.lower() in words for words in nouns)
    return role and (token.head in name or any(t.head == token for t in name))


def _is_dateline(tokens: list[Token]) -> bool:
    """"LONDON — Downing Street said ...": an upper-case place opening a paragraph before a dash."""
    first, last = tokens[0], tokens[-1]
    opens = first.i == 0 or "\n" in first.nbor(-1).text
    dash = last.i + 1 < len(last.doc) and last.nbor().text in ("—", "–", "-", ":")
    return opens and dash and all(t.text.isupper() for t in tokens)


def _title_gender(text: str, start: int, lang: ModuleType) -> str:
    """The gender the word just before ``start`` gives as a title ("Mme" -> "Fem"), else ""."""
    words = text[max(0, start - 14):start].split()
    return lang.GENDERED_TITLES.get(words[-1].lower().rstrip("."), "") if words else ""


def _split_at_place(mention: Mention, places: AbstractSet[str], countries: AbstractSet[str], *, text: str,
                    and_word: str = "", seats: AbstractSet[str] = frozenset(),
                    seat_links: AbstractSet[str] = frozenset()) -> list[Mention]:
    """"Commission européenne de Bruxelles" -> the organisation and the place, when the place is known; not when
    an acronym in brackets follows, naming the whole ("Democratic Alliance for the Betterment and Progress of
    Hong Kong (DAB)"). A capitalised name, by longest match, keeps the place that ends it ("Conseil général du
    Locle", "Alliance des États du Sahel", "Insurance Council of New Zealand") unless the text also names it
    alone (« le Palais des Congrès ») or the place is a seat of the language data (``seats``, folded) after a
    word that locates (``seat_links``: « de Bruxelles ») a name that ends in lower case (:func:`_located_name`).
    Also two names joined by ``and_word`` before the place's preposition, which the model ran into one (« les
    commerçants du Petit Marché et du Grand Marché »): each its own, the first without the conjunction."""
    found = list(_PREPOSITION.finditer(mention.text))
    if not found or _ACRONYM_AFTER.match(text, mention.end):
        return [mention]
    cut = found[-1]
    left, right = mention.text[:cut.start()], mention.text[cut.end():]
    coordinated = bool(and_word) and left.endswith(" " + and_word) and not left.islower()
    left = left[:-len(and_word) - 1] if coordinated else left
    if fold_name(right) not in places or not (coordinated or " " in left or "-" in left) or left.islower() \
            or _generic_body(left):
        return [mention]
    if fold_name(right) in countries and not coordinated:
        return [mention]  # "Réseau ferré de France", "Banque de France"
    located = _located_name(left, cut.group().strip(), right, seats, seat_links)
    if not coordinated and left[:1].isupper() and not located and not _named_without_tail(left, mention, text) \
            and text[mention.start - 1:mention.start] not in PAIRS:
        return [mention]  # longest match: "Conseil général du Locle" is one name (a quoted title's place counts)
    right_start = mention.start + cut.end()
    return [replace(mention, end=mention.start + len(left), text=left),
            Mention(start=right_start, end=mention.end, text=right, label="LOC")]


def _located_name(left: str, link: str, place: str, seats: AbstractSet[str], links: AbstractSet[str]) -> bool:
    """Whether a known seat after a locating word says where a name ending in lower case sits (« Commission
    européenne de Bruxelles », « Tribunal correctionnel de Genève »): not a place the language data does not
    know, part of a local body's name (« Conseil général du Locle »), nor a name whose capitalised complements
    go on to the place (« Alliance des États du Sahel »)."""
    return link in links and fold_name(place) in seats and left.split()[-1][:1].islower()


def _named_without_tail(head: str, mention: Mention, text: str) -> bool:
    """Whether the text names ``head``, the capitalised words that open a mention, somewhere without the rest of
    the mention after it (« au Palais des Congrès » after « Palais des Congrès de Yaoundé »): a name of its own,
    which the place after it then only locates."""
    tail = mention.text[len(head):]
    return any(not text.startswith(tail, start + len(head)) for start in _word_starts(head, text, 0, len(text)))


def _generic_body(name: str) -> bool:
    """Whether a body's name ends with a common noun as its complement ("Chambre de commerce", "Office de
    tourisme", "Chambre d'agriculture"): a kind of body, of which the place after it names the one meant
    ("Chambre de commerce de Lévis"), unlike a name complete in itself ("Commission européenne de Bruxelles")."""
    words = name.split()
    last = ELISION.sub("", words[-1])
    links = list(_PREPOSITION.finditer(name))
    linked = last != words[-1] or bool(links) and links[-1].end() == len(name) - len(words[-1])
    return last[:1].islower() and linked


# --- junk ---------------------------------------------------------------------------------------------------------


def _is_junk(tokens: list[Token], label: str, lang: ModuleType, common: set[str]) -> bool:
    """Numbers, also spelt ("les Vingt-Sept"), a role ("ministre de la Défense"), a people named after its
    adjective ("Étrusques"), an adjective the model took for a group ("Western"), a word capitalised only because
    it opens a clause."""
    if _is_number(tokens):
        return True
    first = tokens[0]
    if len(tokens) == 1 and _spelt_number(first):
        return True
    if _is_role(tokens, lang) and (label != "PER" or sum(t.is_title for t in tokens) <= 1):
        return True
    if label != "PER" and (_portfolio_before_title(tokens, lang) or _portfolio_after_title(tokens, lang)
                           or _capitalised_portfolio_after_title(tokens, label, lang)):
        return True
    if len(tokens) == 1 and label in ("LOC", "MISC") and _people_of(first, common):
        return True
    if len(tokens) == 1 and label == "MISC" and first.pos_ == "ADJ":
        return True  # "Western governments", "Arab officials": an adjective, like a demonym
    if len(tokens) == 1 and _legislation_noun(first, lang) and first.i > 0 and first.nbor(-1).pos_ == "DET":
        return True  # "the Bill", "this Act": the law described, as "the minister" describes a person
    if len(tokens) == 1 and first.text in getattr(lang, "PARTY_STANDINGS", ()):
        return True  # "the Opposition": a standing in the house, whichever party holds it, as "the minister" is
    if len(tokens) == 1 and first.text in lang.COURT_SIDES and first.i > 0 and first.nbor(-1).pos_ == "DET":
        return True  # "the Prosecution": a side in a trial, whoever argues it
    if _is_amount(tokens, lang):
        return True  # "Rs 150", « 400 DH », « Rs 4 milliards »: a currency counting money, as « euros » does
    return _is_capitalised_common_word(tokens, label, lang, common)


def _is_amount(tokens: list[Token], lang: ModuleType) -> bool:
    """A currency's abbreviation or a scale of the language's ``FIGURE_UNITS`` with figures only, among its words
    or just before or after them ("Rs 150", « 400 DH », « Rs 4 milliards »): an amount, no name. A unit counts
    as written when in capitals ("FC", a club, is not « fc », the franc)."""
    units = [t for t in tokens if (t.text if t.text.isupper() else t.text.lower()) in lang.FIGURE_UNITS]
    if not units or any(not t.like_num and t not in units for t in tokens):
        return False
    doc, start, end = tokens[0].doc, tokens[0].i, tokens[-1].i
    return any(0 <= i < len(doc) and doc[i].like_num for i in range(start - 1, end + 2))


def _legislation_noun(token: Token, lang: ModuleType) -> bool:
    """A capitalised noun of a law ("Bill", "Act"; the language's ``LEGISLATION_NOUNS``)."""
    return token.text[:1].isupper() and token.text.lower() in lang.LEGISLATION_NOUNS


def _names_legislation(tokens: list[Token], lang: ModuleType) -> bool:
    """A law's name: words a law's noun ends ("Political Financing Bill"), that noun alone after the words of the
    name the model left out ("Housing Supply Bill" tagged "Bill"), or before a number or a code ("Bill 38",
    "Bill C-202"); never "Bill Clinton", a given name before a surname."""
    if len(tokens) == 1:
        return _legislation_noun(tokens[0], lang) and len(_law_name(tokens)) > 1
    numbered = _legislation_noun(tokens[0], lang) and all(any(c.isdigit() for c in t.text) for t in tokens[1:])
    return numbered or _legislation_noun(tokens[-1], lang)


def _law_name(tokens: list[Token]) -> list[Token]:
    """The tokens with the capitalised words before them that no other name holds ("Housing Supply" before the
    "Bill" the model tagged alone): the law's whole name."""
    doc, start = tokens[0].doc, tokens[0].i
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") \
            and doc[start - 1].ent_iob_ == "O" and tokens[0].i - start < 5:
        start -= 1
    return [*doc[start:tokens[0].i], *tokens]


def _role_complement(tokens: list[Token], lang: ModuleType) -> bool:
    """What is left of a title and its complement once the title is dropped ("Président de la République" ->
    "de la République"): lower-case particles, then only words of bodies and places; it names no person (unlike
    "de Villepin")."""
    capitals = [t for t in tokens if t.text[:1].isupper()]
    return tokens[0].text.islower() and tokens[0].lower_ in lang.NAME_PARTICLES and bool(capitals) \
        and all(t.lower_ in lang.NON_PERSON_WORDS for t in capitals)


def _portfolio_before_title(tokens: list[Token], lang: ModuleType) -> bool:
    """A portfolio the model tagged alone before the title it qualifies ("Finance" of "Finance Secretary Elin
    Ross", "the Health Minister"), or any role's modifier before a civil servant's title ("Labour" of "Labour
    Commissioner Jane Doe", ``OFFICE_TITLES``): part of a role, no body's name."""
    last = tokens[-1]
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if len(tokens) != 1 or after is None or not after.is_title:
        return False
    office = after.lower_ in getattr(lang, "OFFICE_TITLES", ()) and last.lower_ in lang.ROLE_MODIFIERS
    return office or last.lower_ in getattr(lang, "PORTFOLIOS", ()) \
        and after.lower_ in lang.PORTFOLIO_TITLES


def _portfolio_after_title(tokens: list[Token], lang: ModuleType) -> bool:
    """Common nouns, a portfolio, that the model tagged without the title before them (« la ministre des
    Pêches », « ministre ghanéen des Affaires étrangères »): part of a role, no body's name; not a place or a
    state after the title (« le Premier ministre du Canada », « de la Principauté »), nor a proper noun
    (« ministre de la Fédération Wallonie-Bruxelles »), nor a body right after a ministry's noun (« le ministère
    des Transports » is one)."""
    return not any(t.pos_ == "PROPN" for t in tokens) and _opens_portfolio(tokens[0], lang)


def _opens_portfolio(first: Token, lang: ModuleType) -> bool:
    """Whether a capitalised common noun follows a portfolio's title and its connective (« la ministre des
    Pêches », « ministre ghanéen des Affaires »), or a ministry's noun and its country's adjective (« le
    ministère soudanais des Affaires »: the model cut the body's description, no name of its own), so opens a
    portfolio; not a place's or a state's noun."""
    doc, i = first.doc, first.i - 1
    states = lang.STATE_HEADS | getattr(lang, "DIVISION_NOUNS", frozenset())
    if first.pos_ != "NOUN" or not first.is_title or first.text in lang.PLACES or first.lower_ in states:
        return False
    while i >= 0 and first.i - i <= 2 and doc[i].lower_ in lang.CONNECTIVES:  # "des", "de la"
        i -= 1
    if i < 0 or i == first.i - 1:
        return False
    listed = _title_before_portfolios(doc, i, lang, joined=doc[i + 1].pos_ == "CCONJ")  # « et des Mines »
    country = i > 0 and _lower_case_adjective(doc[i])
    if country:  # the title's country: « ministre ghanéen des »
        i -= 1
    if doc[i].pos_ == "CCONJ" and i > 0:  # « ministre des Mines et de la Géologie »: a second portfolio
        return _first_portfolio(doc[i - 1], lang) or listed
    ministry = country and bool(_word_forms(doc[i]) & lang.LOWER_CASE_BODIES)
    return doc[i].lower_ in lang.PORTFOLIO_TITLES or ministry or listed


def _lower_case_adjective(token: Token) -> bool:
    """An adjective in lower case: a country's (« ghanéen ») or a portfolio's own (« Affaires étrangères »),
    never a name's word."""
    return token.pos_ == "ADJ" and token.text.islower()


def _word_forms(token: Token) -> set[str]:
    """The word in lower case and its dictionary form (« ministères », « ministère »)."""
    return {token.lower_, token.lemma_.lower()}


def _title_before_portfolios(doc: Doc, i: int, lang: ModuleType, *, joined: bool, most: int = 12) -> bool:
    """Whether ``doc[i]`` (a comma, « et » or a title's qualifier; with ``joined``, the portfolio « et » follows)
    and the words back to a portfolio's title are that title's qualifiers and the portfolios listed before
    (« ministre déléguée chargée de l'Industrie », « ministre fédérale de l'Asile et de la Migration », « ministre
    de la Santé, de l'Hygiène publique et de la Couverture maladie », « ministre de l'Action et des Comptes
    publics »): each a portfolio, part of the role. Not a body right after a portfolio (« des Affaires étrangères
    de la Confédération … »: whose ministers they are), nor after a comma that follows the title itself (« le
    ministre, à la Poste »)."""
    qualifiers = getattr(lang, "PORTFOLIO_QUALIFIERS", frozenset())
    if not (joined or doc[i].text == "," or doc[i].pos_ == "CCONJ" or doc[i].lower_ in qualifiers):
        return False
    for j in range(i, max(-1, i - most), -1):
        token = doc[j]
        if token.lower_ in lang.PORTFOLIO_TITLES:
            return True
        listed = token.text == "," and j > 0 and (doc[j - 1].is_title and doc[j - 1].pos_ in ("NOUN", "PROPN")
                                                  or doc[j - 1].pos_ == "ADJ" and doc[j - 1].text.islower())
        lower = token.text.islower() and (token.lower_ in lang.CONNECTIVES or token.lower_ in qualifiers
                                          or token.pos_ == "ADJ")
        portfolio = token.is_title and token.pos_ in ("NOUN", "PROPN") and token.text not in lang.PLACES
        if not (listed or lower or portfolio):
            return False
    return False


def _first_portfolio(token: Token, lang: ModuleType) -> bool:
    """Whether a capitalised noun, or the adjective after it, is the first of portfolios joined by « et », after
    a title or a ministry's noun, also in the plural (« ministre des Mines et de la Géologie », « les ministères
    des Affaires étrangères et de la Défense »: each ministry is named by the noun and its own portfolio)."""
    doc = token.doc
    if _lower_case_adjective(token) and token.i > 0:  # « Affaires étrangères »
        token = doc[token.i - 1]
    i = token.i - 1
    while i >= 0 and token.i - i <= 2 and doc[i].lower_ in lang.CONNECTIVES:
        i -= 1
    heads = lang.PORTFOLIO_TITLES | lang.LOWER_CASE_BODIES
    return token.is_title and token.pos_ in ("NOUN", "PROPN") and 0 <= i < token.i - 1 \
        and bool(_word_forms(doc[i]) & heads)


def _body_after_portfolio(tokens: list[Token], lang: ModuleType) -> int:
    """The index of the body or the place a span names after a portfolio the model ran into it (« ministres de
    l'Économie et des Finances de la Confédération des États du Sahel », « ministre des Transports du Québec »:
    the ministers are the Confederation's, Quebec's), else 0: the portfolio, its adjectives and the portfolios
    joined to it by « et » are part of a role."""
    if len(tokens) < 3 or not _opens_portfolio(tokens[0], lang):
        return 0
    i = 1
    while i < len(tokens):
        if tokens[i].pos_ == "ADJ" and tokens[i].text.islower():  # « Affaires étrangères »
            i += 1
            continue
        joined = i + 1 if tokens[i].lower_ == "et" else i
        j = next((k for k in range(joined, len(tokens)) if tokens[k].lower_ not in lang.CONNECTIVES), len(tokens))
        if j == i or j == len(tokens) or not tokens[j].is_title:
            return 0
        if joined == i:  # « de la Confédération »: the body that the portfolio belongs to
            return j
        i = j + 1  # « et des Finances »: a second portfolio
    return 0


def _capitalised_portfolio_after_title(tokens: list[Token], label: str, lang: ModuleType) -> bool:
    """A portfolio written capitalised that the model tagged alone after its title and "for" or "of" ("the
    Minister for Home Affairs", "Secretary of State for Trade"), also the second of two ("Minister of Foreign
    Affairs and International Cooperation"): part of a role, no body's name (the language's
    ``PORTFOLIO_LINKS``); not a place ("Secretary for Latin America"), nor a body after an article ("Secretary
    of the Treasury")."""
    links = getattr(lang, "PORTFOLIO_LINKS", ())
    first = tokens[0]
    doc, i = first.doc, first.i - 1
    if not links or label == "LOC" or first.text in lang.PLACES or i < 1:
        return False
    if doc[i].lower_ == "and":  # the second of two portfolios: back over the first one's capitalised words
        i -= 1
        while i > 0 and doc[i].is_title and first.i - i < 6:
            i -= 1
    if i < 1 or doc[i].lower_ not in links:
        return False
    title = doc[i - 1]
    if i >= 3 and doc[i - 2].lower_ in links and title.text in getattr(lang, "TITLE_COMPLEMENTS", ()):
        title = doc[i - 3]  # "Minister of State for", "Secretary of State for"
    return title.is_title and title.lower_ in lang.PORTFOLIO_TITLES


def _is_capitalised_common_word(tokens: list[Token], label: str, lang: ModuleType, common: set[str]) -> bool:
    """Common words capitalised because they open a sentence, a quote or a headline's second part ("Union
    européenne : Lancement prévu", written "lancement" elsewhere; a foreign word opening a quote in another
    language: "« Het glas is halfvol »"; a pronoun: "« Ça fait"; an exclamation: "« Chiche ! »"), rubrics
    opening a headline ("Science :", "High-tech :"), a common noun alone in quote marks ("“Today”")."""
    first = tokens[0]
    capitalised = [t for t in tokens if t.text[:1].isupper()]
    if len(capitalised) != 1 or not _opens_clause(first):
        return False
    if len(tokens) == 1 and (first.lower_ in common and first.text not in lang.PLACES or _exclaimed(first) or
                             first.pos_ in ("VERB", "AUX", "ADJ", "ADV", "X", "PRON") or _quoted_word(first)
                             or _common_noun_only_opening(first, lang)):
        return first.lower_ in common or not _word_of_full_name(first)
    if not first.is_sent_start:
        return False
    last = tokens[-1]
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    rubric = after is not None and after.text == ":" and (label == "MISC" or first.pos_ == "NOUN")
    if len(tokens) > 1:
        worded = all(t.is_alpha or t.text == "-" for t in tokens)  # "High-tech :", not "Euro 2012 :"
        return first.pos_ != "PROPN" or rubric and worded
    plural = first.pos_ == "NOUN" and first.lemma_.lower() != first.lower_ and first.lower_.endswith(("s", "x"))
    common_word = plural or first.pos_ in ("VERB", "AUX", "ADJ", "ADV")  # "Delegates said"
    return rubric or common_word or (label == "MISC" and first.pos_ != "PROPN")


def _word_of_full_name(token: Token) -> bool:
    """A capitalised word the model also tags inside a person's full name elsewhere in the text (« Thanh a
    salué » after « Nguyen Van Thanh »): that person called by one word of the name, not a common word that opens
    the sentence, whatever the tagger reads it as."""
    return token.is_title and token.is_alpha and any(
        ent.label_ in PERSON_TAGS and len(ent) > 1 and any(t.text == token.text and t.i != token.i for t in ent)
        for ent in token.doc.ents)


def _common_noun_only_opening(token: Token, lang: ModuleType) -> bool:
    """A word the tagger reads as a common noun, capitalised only where it opens a sentence or an intertitle
    (« Suspension de séance », « Préjudice estimé pour le Trésor : »), that the text never writes capitalised
    inside a sentence: a name recurs so (« Matignon compte » and « à Matignon »), a common noun does not. Not
    a given name, a listed place, an acronym or a compound ("Maine-et-Loire"), nor a word before a colon (a
    headline's place or rubric, left to :func:`_is_capitalised_common_word`)."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.pos_ != "NOUN" or not token.is_sent_start or not token.is_title or "-" in token.text \
            or token.text in lang.PLACES or is_given_name(token.text, lang) or after is not None and after.text == ":":
        return False
    return not any(t.text == token.text and not _opens_clause(t) for t in token.doc)


def _exclaimed(token: Token) -> bool:
    """A word opening a quote or the text and followed by "!" (« Chiche ! », « Scandaleux ! »): an
    exclamation, whatever the tagger made of it, not a name called out."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.text == "!" and (token.i == 0 or token.nbor(-1).text in _CLAUSE_OPENERS)


def _quoted_word(token: Token) -> bool:
    """A common noun alone in quote marks: a title made of a word ("the “Today” programme"), not a name."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ == "NOUN" and after is not None and after.text in _QUOTE_CLOSERS


def _is_number(tokens: list[Token]) -> bool:
    """Numbers and dates ("2012", "trois", "Premier ministre"), not a name that a capitalised ordinal opens
    ("Seconde Guerre mondiale", "Second World War") or a numbered provision ("Article 23")."""
    numbers = [t for t in tokens if t.like_num]
    if not numbers or any(t.pos_ == "PROPN" or _numbered_noun(t) for t in tokens):
        return False
    return not (all(t.is_title for t in numbers) and sum(t.is_title for t in tokens) >= 2)


def _spelt_number(token: Token) -> bool:
    """A number spelt in words joined by hyphens, which the tagger does not read as one (« les Vingt-Sept » a
    trouvé un accord): the count of a group, the EU's member states, no name; not a place a number opens
    (« Trois-Rivières »)."""
    parts = token.text.split("-")
    return len(parts) > 1 and all(part and token.vocab[part.lower()].like_num for part in parts)


def _numbered_noun(token: Token) -> bool:
    """A capitalised noun inside its sentence before a number, the two qualifying a noun after them: the name of
    a provision used as a modifier ("the Article 23 law", "the Section 230 shield"), whatever the tagger says."""
    doc = token.doc
    numbered = token.i + 2 < len(doc) and doc[token.i + 1].like_num and doc[token.i + 2].pos_ == "NOUN"
    return numbered and token.is_title and not token.like_num and not _opens_clause(token)


def _people_of(token: Token, common: set[str]) -> bool:
    """A capitalised plural whose singular the text uses as a lower-case adjective: a people named after its
    adjective ("les Étrusques" beside "le peuple étrusque"; not "les Minitels" beside "le minitel"), like a
    demonym not counted. ``common`` (the text's lower-case words) spares scanning the text for most words."""
    word = token.text
    singular = word[:-1].lower()
    if len(word) <= 3 or word[-1] != "s" or not word[:1].isupper() or singular.isalpha() and singular not in common:
        return False
    return any(t.pos_ == "ADJ" and t.text == singular for t in token.doc)


def _opens_clause(token: Token) -> bool:
    """A token that is capitalised whatever it is: opening a sentence, a quote or a headline's second part."""
    return token.is_sent_start or token.i > 0 and token.nbor(-1).text in _CLAUSE_OPENERS


def _is_role(tokens: list[Token], lang: ModuleType) -> bool:
    """A lower-case role before "de"/"of": "ministre de la Défense", "secretary of State"; the caller keeps a
    person's name after it ("président de la République Emmanuel Macron"); also after an article opening a
    headline's second half ("… avec l'UE - Le ministre de la Pêche réclame")."""
    if len(tokens) > 3 and tokens[0].pos_ == "DET" and _role_noun(tokens[1], lang):
        tokens = tokens[1:]
    if len(tokens) > 3 and _role_noun(tokens[0], lang) and tokens[1].pos_ == "ADJ" and tokens[1].text.islower():
        tokens = [tokens[0], *tokens[2:]]  # "ministre burkinabè des Affaires étrangères": qualified by its country
    return len(tokens) > 2 and _role_noun(tokens[0], lang) and tokens[1].lower_ in lang.CONNECTIVES


def _role_noun(token: Token, lang: ModuleType) -> bool:
    """A lower-case role noun, singular or plural ("ministre", "ministres des Affaires étrangères": roles of
    several people, no body's name)."""
    return token.text in lang.ROLE_NOUNS or token.text.islower() and token.lemma_ in lang.ROLE_NOUNS


def _is_junk_text(text: str, lang: ModuleType) -> bool:
    """Too short, no capital, a common word ("État", "gouvernement français", "Etat-clé"), an adverb made of a
    place's name ("outre-Rhin"), a code, a demonym."""
    if len(text) < 2 or text.startswith("-") or not any(c.isupper() for c in text):
        return True
    words = text.split()
    rest = " ".join(w for w in words if not demonym_place(w, lang.DEMONYMS)).lower()
    if not rest or rest in lang.NON_ENTITIES and not _demonym_named_body(words, lang) or _CODE.fullmatch(text):
        return True
    head, _, tail = text.partition("-")
    if head.lower() in lang.NON_ENTITIES and tail.islower() or tail and head.lower() in lang.PLACE_ADVERB_PREFIXES:
        return True  # "Etat-clé"; "outre-Rhin", an adverb for the country beyond, no mention of the Rhine
    if _is_role_phrase(words, lang):
        return True
    return words[-1][:1].isupper() and bool(demonym_place(words[-1], lang.DEMONYMS))


def _demonym_named_body(words: list[str], lang: ModuleType) -> bool:
    """A demonym then capitalised words only ("Scottish Government", "Welsh Government"): the proper name of a
    body, as the language capitalises it, not the common noun a demonym qualifies ("gouvernement français",
    "the British government")."""
    return len(words) >= 2 and demonym_place(words[0], lang.DEMONYMS) is not None \
        and all(word.istitle() for word in words[1:])


def _is_role_phrase(words: list[str], lang: ModuleType) -> bool:
    """A phrase made only of a role's words, with no name in it ("Foreign Minister", "U.S. Trade Representative",
    "Dublin TD", "le Roi"): it describes a person the text names elsewhere, it is no entity of its own. A place
    or demonym in it is the role's, not a name; its head must be a title (a surname may be a role noun:
    "Marin"; a party's member is no title: "Liberal Democrat")."""
    roles = _role_words(lang)
    places = [w for w in words if w in lang.PLACES or lang.SYNONYMS.get(w) in lang.PLACES]
    rest = [w.lower().rstrip(".") for w in words if w not in places and not demonym_place(w, lang.DEMONYMS)]
    return bool(rest) and all(w in roles for w in rest) and rest[-1] in _titles(lang)


# --- bodies written in lower case ---------------------------------------------------------------------------------


def _with_lower_case_bodies(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions and the bodies that no mention covers: written all in lower case ("ministère de la justice":
    head, small words, a noun and its adjectives; not "ministère azerbaïdjanais des affaires étrangères",
    described by its country) or with its portfolio capitalised, which the model may tag alone and which then
    gives way to the whole ("ministère des Finances"), or a capitalised institution the model missed ("le Conseil
    constitutionnel", "the Prime Minister's Office")."""
    found = []
    for head in doc:
        last = _lower_case_body_end(head, lang) if head.text in lang.LOWER_CASE_BODIES else \
            _institution_end(head, lang) or _titled_office_end(head, lang)
        end = last.idx + len(last.text) if last is not None else 0
        inside = [m for m in mentions if m.start < end and head.idx < m.end] if end else []
        if end and all(head.idx < m.start and m.end <= end for m in inside):  # "Finances" of "ministère des Finances"
            mentions = [m for m in mentions if m not in inside]
            found.append(Mention(start=head.idx, end=end, text=doc.text[head.idx:end], label="ORG"))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _with_defined_bodies(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions and the bodies in lower case that an acronym in brackets right after them defines ("le
    ministère chinois du Commerce (Mofcom)", "la chambre régionale des comptes (CRC) de Bourgogne"): a name, which
    the acronym then stands for, when its head is an organisation's word or the acronym spells its words. (Step 1,
    from the parse, at the definition; :func:`_lower_case_expansions` then finds, in step 2, every occurrence of a
    phrase in lower case that an acronym spells, body or not: "the memorandum of understanding (MOU)".)"""
    found = []
    for bracket in _acronym_brackets(doc):
        acronym, last = doc[bracket.i + 1], doc[bracket.i - 1]
        head = _body_head(last)
        if head is None or head.lemma_.lower() in lang.ROLE_NOUNS or acronym.lower_ in lang.NON_ENTITIES \
                or any(m.start <= last.idx and head.idx < m.end for m in mentions):
            continue
        text = doc.text[head.idx: last.idx + len(last.text)]
        bodies = lang.ORG_NOUNS | lang.INSTITUTION_HEADS | lang.LOWER_CASE_BODIES
        if head.lemma_.lower() in bodies or spells(acronym.text.lower(), fold_name(text).split(), lang):
            found.append(Mention(start=head.idx, end=head.idx + len(text), text=text, label="ORG"))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _acronym_brackets(doc: Doc) -> Iterator[Token]:
    """The opening brackets of the acronyms in brackets after a word ("(CSP)": a bracket, one word, a bracket),
    which may define the name before them; the text is read only around a bracket (Doc.text joins every token)."""
    for bracket in doc[2:-2]:
        if bracket.text == "(" and doc[bracket.i + 2].text == ")" and _ACRONYM_AFTER.fullmatch(
                doc.text[bracket.idx: doc[bracket.i + 2].idx + 1]):
            yield bracket


def _with_defined_tails(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions, each that the model cut before the lower-case words of its name run up to the acronym in
    brackets that spells the whole ("du Centre de surveillance des pêches (CSP)", tagged "Centre"), run up to
    them: the acronym defines the whole name. The words may end with the place that completes the name, which
    the acronym may leave out (« Assemblée populaire de la wilaya d'Alger (APW) »): the place read there is
    part of the longer name, not a mention of its own. They may also list the name's further complements, each
    capitalised after its small word, which the model cuts at a comma (« ministère de l'Éducation nationale, de
    l'Enfance et de la Jeunesse (MENJE) »), the acronym then giving their initials in its own order or leaving
    out a word or two (:func:`_initials_spell`)."""
    found, places = list(mentions), []
    for bracket in _acronym_brackets(doc):
        index = _defined_tail_owner(bracket, found, lang)
        if index is not None:
            mention, last = found[index], bracket.nbor(-1)
            end = last.idx + len(last.text)
            found[index] = replace(mention, end=end, text=doc.text[mention.start:end], label="ORG")
            places.append((mention.end, end))
    return [m for m in found if not any(start <= m.start and m.end <= end for start, end in places)]


def _defined_tail_owner(bracket: Token, mentions: list[Mention], lang: ModuleType) -> int | None:
    """The index of the mention, nearest first, that the words after it (its tail) and the acronym in brackets
    that spells them with it complete; None when the name before the bracket is whole, a tail holds other than a
    name's words (:func:`_name_tail`) or no mention is spelled. The acronym's hyphens and dots spell nothing (« la
    Force unifiée de l'AES (FU-AES) »)."""
    doc, last = bracket.doc, bracket.nbor(-1)
    acronym = re.sub(r"[.-]", "", bracket.nbor(1).text.lower())
    ends = {m.end: i for i, m in enumerate(mentions)}
    for token in reversed(doc[max(bracket.sent.start, last.i - _DEFINED_TAIL_MOST):bracket.i]):
        index = ends.get(token.idx + len(token.text))
        if index is None:
            continue
        mention, tail = mentions[index], list(doc[token.i + 1:bracket.i])
        if not tail and spells(acronym, fold_name(mention.text).split(), lang) or mention.label == "PER":
            return None  # the name is whole ("Jordan Valley Authority (JVA)"), or a person's
        if not tail:
            continue  # a place completing the name (« wilaya d'Alger (APW) »)
        if not _name_tail(tail, lang):
            return None
        text = doc.text[mention.start:last.idx + len(last.text)]
        place = _completing_place(tail, lang)
        named = fold_name(doc.text[mention.start:place[0].idx] if place else text).split()
        if (_initials_spell(acronym, fold_name(text).split(), lang) or _initials_spell(acronym, named, lang)) \
                and not spells(acronym, fold_name(mention.text).split(), lang):
            return index
    return None


def _name_tail(tail: list[Token], lang: ModuleType) -> bool:
    """Whether words after a name can be the rest of it: words in lower case, small words (``CONNECTIVES``),
    commas between complements and a capitalised word after a small word, another capitalised one or a comma
    (« de l'Enfance et de la Jeunesse », « de la wilaya d'Alger », « des Travaux publics, Transports et
    Communications »); the acronym's spelling then decides."""
    def fits(i: int, token: Token) -> bool:
        if token.text == "," or token.is_alpha and token.is_lower or token.text.endswith(("'", "’")):
            return True
        before = tail[i - 1] if i else None
        return token.text[:1].isupper() and before is not None and (
            before.lower_.replace("’", "'") in lang.CONNECTIVES or before.text[:1].isupper() or before.text == ",")
    return all(fits(i, token) for i, token in enumerate(tail)) and tail[-1].text != ","


def _initials_spell(acronym: str, words: list[str], lang: ModuleType) -> bool:
    """Whether an acronym spells folded words: letter for letter (:func:`spells`), or by the initials of the words
    other than ``CONNECTIVES``, from the first to the last, four letters or more leaving out two words at most
    (« Office de lutte contre le trafic illicite de migrants (OLTIM) »), or all of them in another order, as the
    acronym of a ministry whose portfolios changed order (« ministère de l'Éducation nationale, de l'Enfance et de
    la Jeunesse (MENJE) »)."""
    if spells(acronym, words, lang):
        return True
    initials = [word[:1] for word in (ELISION.sub("", w) for w in words) if word and word not in lang.CONNECTIVES]
    if len(acronym) < 3 or not initials or acronym[0] != initials[0]:
        return False
    if sorted(acronym) == sorted(initials):
        return True
    letters = iter(initials)
    return len(acronym) >= 4 and acronym[-1] == initials[-1] and len(initials) - len(acronym) <= 2 \
        and all(c in letters for c in acronym)


def _completing_place(tail: list[Token], lang: ModuleType) -> list[Token]:
    """The capitalised words (three at most) that end a name's lower-case tail after a small word (« d' » of « de
    la wilaya d'Alger », « la » of « de la Presqu'île »; ``CONNECTIVES``): the place completing a body's name,
    which its acronym often leaves out; [] when none ends it."""
    size = 0
    while size < min(3, len(tail) - 1) and tail[-1 - size].text[:1].isupper():
        size += 1
    link = tail[-1 - size].lower_.replace("’", "'") if size else ""
    return tail[len(tail) - size:] if link in lang.CONNECTIVES else []


def _join_spelled_pieces(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions, those inside a capitalised name that the acronym in brackets after it spells letter for
    letter joined into that name ("The Royal Automobile Club of Tasmania (RACT)" tagged "Royal Automobile Club"
    and "Tasmania"; "Solomon Islands Chamber of Commerce and Industry (SICCI)" tagged "Solomon Islands"): the
    acronym's letters give the name's extent; also such a name the model missed. Never a mention reaching past
    that extent, nor an honorific ("Yang Berhormat (YB)"), no name."""
    for bracket in _acronym_brackets(doc):
        span = _spelled_name_before(bracket, lang)
        if span is None or span.text.casefold() in lang.HONORIFICS:
            continue  # "Yang Berhormat (YB)": an honorific and its short form, no name
        start, end = span.start_char, span.end_char
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if inside and inside[0].start == start and inside[0].end == end \
                or any(m.start < end and start < m.end and m not in inside for m in mentions):
            continue
        joined = Mention(start=start, end=end, text=span.text, label=_spelled_name_label(span, inside, lang))
        mentions = sorted([*(m for m in mentions if m not in inside), joined], key=lambda m: m.start)
    return mentions


def _spelled_name_label(span: Span, inside: list[Mention], lang: ModuleType) -> str:
    """A place's when places the model read make the whole name spelled by an acronym, from its first word to its
    last, else a body's: a name with lower-case words (« Laboratoire des sols de Kaolack-Nioro », tagged
    « Laboratoire » and « Kaolack-Nioro » as places) is an institution's."""
    places = bool(inside) and all(m.label == "LOC" for m in inside) and inside[0].start == span.start_char \
        and inside[-1].end == span.end_char
    lower = any(t.is_lower and t.lower_ not in lang.CONNECTIVES for t in span)
    return "LOC" if places and not lower else "ORG"


def _spelled_name_before(bracket: Token, lang: ModuleType) -> Span | None:
    """The shortest run of words opening with a capitalised one before an acronym in brackets whose initials,
    small words optional, are the acronym's letters ("Royal Automobile Club of Tasmania" for "RACT"), else None."""
    acronym = bracket.nbor(1).text.replace(".", "").lower().replace("y", "i")  # as fold_name, doubles kept
    first = bracket.i
    while first > max(bracket.sent.start, bracket.i - 12) and _spelled_run_word(bracket.doc[first - 1], lang):
        first -= 1
    for start in range(bracket.i - 1, first - 1, -1):
        words = bracket.doc[start:bracket.i]
        if words[0].is_title and words[0].lower_ not in lang.CONNECTIVES \
                and spells(acronym, fold_name(words.text).split(), lang, syllables=False):
            return words
    return None


def _spelled_run_word(token: Token, lang: ModuleType) -> bool:
    """A word of a name an acronym spells, capitalised or not after its capitalised head (« Collectif des
    commerçants du Petit Marché (CCPM) », tagged « Petit Marché »), hyphenated too (« Dakar-Thiaroye »), or a
    small word or a comma between its words (« Direction des finances, du budget et du patrimoine (DFBP) »)."""
    return token.text.replace("-", "").isalpha() or token.lower_ in lang.CONNECTIVES or token.text == ","


def _body_head(last: Token) -> Token | None:
    """The lower-case head noun after the article of the noun phrase a word closes ("chambre" for "la chambre
    régionale des comptes"), else None."""
    head = last
    while not any(c.dep_ == "det" for c in head.children) and head.dep_ in ("nmod", "amod", "flat:name", "flat") \
            and head.head.i < head.i:
        head = head.head
    article = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
    return head if head.pos_ == "NOUN" and head.text.islower() and article and head.i < last.i else None


def _lower_case_body_end(head: Token, lang: ModuleType) -> Token | None:
    """The last token of "ministère de l'intérieur" / "ministère des affaires étrangères", else None; the
    portfolio may be capitalised, as French typography has it ("ministère des Outre-mer", "ministère des
    Finances"), which the model tags alone or drops."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].lower_.replace("’", "'") in lang.CONNECTIVES:
        i += 1
    portfolio = i < len(doc) and (doc[i].pos_ == "NOUN" and doc[i].text.islower() or _capitalised_portfolio(doc[i]))
    if i == head.i + 1 or not portfolio:
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ == "ADJ" and doc[i + 1].text.islower() and \
            not demonym_place(doc[i + 1].text, lang.DEMONYMS):
        i += 1
    return doc[i]


def _capitalised_portfolio(token: Token) -> bool:
    """A ministry's portfolio written with a capital, as French typography has it: a common or proper noun that
    opens no sentence ("Finances", "Outre-mer")."""
    return token.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper() and not token.is_sent_start


def _institution_end(head: Token, lang: ModuleType) -> Token | None:
    """The last adjective of a capitalised institution after an article ("le Conseil constitutionnel", "la Cour
    suprême"), else None."""
    doc = head.doc
    if not (head.text[:1].isupper() and head.lower_ in lang.INSTITUTION_HEADS and head.i > 0
            and doc[head.i - 1].pos_ == "DET" and head.i + 1 < len(doc)):
        return None
    i = head.i
    while i + 1 < len(doc) and doc[i + 1].pos_ == "ADJ" and doc[i + 1].text.islower():
        i += 1
    return doc[i] if i > head.i else None


def _titled_office_end(head: Token, lang: ModuleType) -> Token | None:
    """The office noun of a body named by its holder's capitalised title in the possessive, after the article
    ("the Prime Minister's Office", "the Attorney General's Office"), else None: one body's name, which the model
    misses or tags without its first title word ("General's Office")."""
    doc, words = head.doc, _role_words(lang)
    if not (head.i > 0 and doc[head.i - 1].lower_ in DEFINITE and _capitalised_role_word(head, words)):
        return None
    i = head.i
    while i + 1 < len(doc) and _capitalised_role_word(doc[i + 1], words):
        i += 1
    if i + 2 < len(doc) and doc[i + 1].text in ("'s", "’s") and doc[i + 2].text[:1].isupper() \
            and doc[i + 2].lower_ in lang.TITLED_OFFICE_NOUNS:
        return doc[i + 2]
    return None


def _capitalised_role_word(token: Token, words: frozenset[str]) -> bool:
    """A title's word written with a capital ("Prime", "General"), as in the name of the holder's office."""
    return token.text[:1].isupper() and token.lower_ in words


def _with_courts(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions and each court named in lower case before its seat ("tribunal correctionnel de Lyon", "cour
    d'appel de Douai"): one body's name, which the model misses; the seat inside it is still the city named."""
    courts = []
    for head in doc:
        seat = _court_seat(head, mentions, lang) if head.text in lang.COURT_HEADS else None
        if seat is not None:
            courts.append(Mention(start=head.idx, end=seat.end, text=doc.text[head.idx:seat.end], label="ORG"))
    return sorted([*mentions, *courts], key=lambda m: m.start) if courts else mentions


def _with_place_bodies(mentions: list[Mention], doc: Doc, text: str, lang: ModuleType) -> list[Mention]:
    """The mentions and each body named in lower case by its kind and its place ("centre hospitalier d'Issoire",
    ``PLACE_BODY_KINDS``), which takes the place's mention inside it: the hospital's name, where the town is not
    named apart (unlike a court's seat, which the press names as the town's court). Capitalised, the model reads
    the kind's words as a name of their own: that mention stays the body's (:func:`_without_body_seats`)."""
    bodies, seats = [], []
    starts = {m.start for m in mentions}
    for head, seat in _place_body_seats(mentions, doc, text, lang):
        if head.idx not in starts:
            bodies.append(Mention(start=head.idx, end=seat.end, text=text[head.idx:seat.end], label="ORG"))
        seats.append(seat)
    return sorted([*(m for m in mentions if m not in seats), *bodies], key=lambda m: m.start) if seats else mentions


def _without_body_seats(mentions: list[Mention], doc: Doc, text: str, lang: ModuleType) -> list[Mention]:
    """The mentions without the place that ends a capitalised body's name of a kind of ``PLACE_BODY_KINDS``
    whose words the model read as a name of their own, its acronym in brackets maybe before the place (« Centre
    hospitalier et universitaire (CHU) de Brazzaville »): one body, the town inside it no mention, also where the
    text's other mentions of the town found it again, and also after that acronym and « de » (« CHU de
    Brazzaville »)."""
    starts = {m.start for m in mentions}
    found = [(head, seat) for head, seat in _place_body_seats(mentions, doc, text, lang, labels=("LOC", ""))
             if head.idx in starts]
    acronyms = {a for head, seat in found for a in _BRACKETED_CAPITALS.findall(text, head.idx, seat.start)}
    seats = {seat for _, seat in found} | {m for m in mentions if _after_acronym_of(m.start, acronyms, text)}
    return [m for m in mentions if m not in seats] if seats else mentions


def _after_acronym_of(start: int, acronyms: AbstractSet[str], text: str) -> bool:
    """Whether one of the acronyms and « de » stand right before ``start`` (« CHU de Brazzaville », a headline's
    short form of the hospital the text names in full with its town)."""
    found = _ACRONYM_OF.search(text, max(0, start - 16), start) if acronyms else None
    return found is not None and found.group(1) in acronyms


def _place_body_seats(mentions: list[Mention], doc: Doc, text: str, lang: ModuleType, *,
                      labels: tuple[str, ...] = ("LOC",)) -> list[tuple[Token, Mention]]:
    """The head word of each body named by its kind of ``PLACE_BODY_KINDS``, capitalised or not, and the mention
    of the place that ends its name."""
    kinds = getattr(lang, "PLACE_BODY_KINDS", frozenset())
    folded = text.lower() if kinds else ""
    if not any(kind in folded for kind in kinds):  # no token loop in most articles
        return []
    found = []
    for head in doc[:-1]:
        kind = f"{head.lower_} {head.nbor(1).text}" in kinds
        seat = _court_seat(head.nbor(1), mentions, lang, articled=True, bracketed=True, labels=labels) if kind \
            else None
        if seat is not None:
            found.append((head, seat))
    return found


def _court_seat(head: Token, mentions: list[Mention], lang: ModuleType, *, articled: bool = False,
                bracketed: bool = False, labels: tuple[str, ...] = ("LOC",)) -> Mention | None:
    """The place mention that ends a court's or a hospital's name: after at most four lower-case words
    ("correctionnel", "d'appel", "de grande instance") and "de"/"du"/"d'", with ``articled`` maybe also the
    place's article (a council's department: « conseil départemental de la Somme »; not a court's « cour de
    l'Élysée », the palace's yard); with ``bracketed`` also after the acronym in brackets that the text defines
    there (« Centre hospitalier et universitaire (CHU) de Brazzaville »); else None."""
    doc = head.doc
    skipped = _bracketed_acronym_tokens(head) if bracketed else set()
    for i in range(head.i + 1, min(len(doc) - 1, head.i + 6 + len(skipped))):
        token = doc[i]
        if i in skipped:
            continue
        article = articled and i + 2 < len(doc) and doc[i + 1].lower_.replace("’", "'") in ("la", "l'")
        place = i + 2 if article else i + 1
        if token.lower_.replace("’", "'") in ("de", "du", "d'") and doc[place].text[:1].isupper():
            return next((m for m in mentions if m.start == doc[place].idx and m.label in labels), None)
        if not token.text.islower() or not token.is_alpha and not token.text.endswith(("'", "’")):
            return None
    return None


def _bracketed_acronym_tokens(head: Token, most: int = 6) -> set[int]:
    """The indices of the first acronym in brackets within ``most`` tokens after ``head``, brackets included
    ("(CHU)"), else an empty set."""
    doc = head.doc
    for i in range(head.i + 1, min(len(doc) - 2, head.i + 1 + most)):
        if doc[i].text == "(" and doc[i + 1].is_upper and doc[i + 1].is_alpha and doc[i + 2].text == ")":
            return {i, i + 1, i + 2}
    return set()


# --- people after a title -----------------------------------------------------------------------------------------


def _with_titled_names(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions and the people the model missed after a capitalised title: two to four capitalised proper
    nouns ("Defence Minister Rasa Žemaitienė said", "le ministre Rasa Žemaitienė"), or one after a gendered
    title ("Mme Kask"), also when the model tagged the last of them alone as no person's, whose mention the
    person's replaces ("Justice 'Mathabo Nkuebe", "Nkuebe" read as a place); never the rest of a role ("Foreign
    Minister" after "Vice")."""
    found, replaced = [], set()
    for title in doc[:-1]:
        word = title.lower_
        if not (title.text[:1].isupper() or word in lang.GENDERED_TITLES) or word not in lang.TITLES:
            continue
        names = _titled_name_words(title)
        if not 2 <= len(names) <= 4 and not (names and word.rstrip(".") in lang.GENDERED_TITLES):
            continue
        start, end = names[0].idx, names[-1].idx + len(names[-1].text)
        if _is_role_phrase(doc.text[start:end].split(), lang) or _role_words_only(names, lang):
            continue  # "Vice Foreign Minister Hiroshi Sato", the model tagging the name: the rest of the role
        overlapping = {i for i, m in enumerate(mentions) if m.start < end and start < m.end}
        if all(start <= mentions[i].start and mentions[i].end <= end and mentions[i].label != "PER"
               for i in overlapping) and (not overlapping or names[-1].ent_iob_ != "O"):
            replaced |= overlapping  # "Justice 'Mathabo Nkuebe", the surname alone read as a place: the person
            found.append(Mention(start=start, end=end, text=doc.text[start:end], label="PER", person_cue=True,
                                 title=lang.GENDERED_TITLES.get(word.rstrip("."), ""), role=True))
    kept = [m for i, m in enumerate(mentions) if i not in replaced]
    return sorted([*kept, *found], key=lambda m: m.start) if found else mentions


def _titled_name_words(title: Token) -> list[Token]:
    """The capitalised proper nouns after a title that the model left untagged, up to four, then the rest of a
    name the model tagged from one of them on as something else than a person ("Justice 'Mathabo Nkuebe", the
    surname alone read as a place); [] when the model tagged the first word."""
    doc = title.doc
    untagged = list(itertools.takewhile(lambda t: _name_word(t) and t.ent_iob_ == "O", doc[title.i + 1: title.i + 5]))
    if not untagged:
        return []
    rest = list(itertools.takewhile(lambda t: _name_word(t) and t.ent_iob_ != "O" and t.ent_type_ not in PERSON_TAGS,
                                    doc[untagged[-1].i + 1: title.i + 5]))
    entity_end = rest[-1].i + 1 < len(doc) and doc[rest[-1].i + 1].ent_iob_ != "I" if rest else True
    return [*untagged, *rest] if rest and rest[0].ent_iob_ == "B" and entity_end else untagged


def _name_word(token: Token) -> bool:
    """A capitalised proper noun, or an accented capitalised word the tagger read as a common noun."""
    return (token.pos_ == "PROPN" or _accented_name_word(token)) and token.is_title


def _role_words_only(words: Sequence[Token], lang: ModuleType) -> bool:
    """Whether the words after a title are all a role's ("Chief Executive Officer Jane Doe", "the Chief Labour
    Officer"): the rest of the role, whose head need not be a title, not a person's name."""
    return all(word.lower_ in _role_words(lang) for word in words)


def _accented_name_word(token: Token) -> bool:
    """A capitalised word with an accented letter that the tagger reads as a common noun ("TD Seán Crotty",
    "Siobhán"): the English tagger reads an accent as foreign, and a common noun after a title is not capitalised."""
    return token.pos_ == "NOUN" and token.is_title and not token.text.isascii()


def _with_seat_parties(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions and the party the model missed before a seat's letters and a person's name ("Akel MP
    Christiana Loizou"): one capitalised word, no place, demonym or title ("Dublin TD", "Scottish MP")."""
    seats = "|".join(sorted(getattr(lang, "SEAT_TITLES", ())))
    if not seats:
        return mentions
    pattern = re.compile(rf"(?<![\w'’-])([A-Z][\w'’-]+) (?:{seats}) $")
    found = []
    for person in (m for m in mentions if m.label == "PER"):
        match = pattern.search(text, max(0, person.start - 40), person.start)
        if match is None or not _party_word(match.group(1), lang) or \
                after_capitalised_word(match.start(), text, lang.LEADING_ARTICLES) or \
                any(m.start < match.end(1) and match.start() < m.end for m in mentions):
            continue
        found.append(Mention(start=match.start(), end=match.end(1), text=match.group(1), label="ORG", body_cue=True))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


#: A party's tag after a member's name, wire style: the party's letters, a hyphen and the member's home place or
#: state ("Rep. Jane Doe, D-Ohio,", "Sen. X, DFL-Brooklyn Park,", "R-Calif."); a dot kept only before a comma.
_PARTY_TAG = re.compile(r", ([A-Z]{1,4})-([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(\.(?=[,;)]))?(?=[\s,.;:)]|$)")


def _with_party_tags(mentions: list[Mention], text: str) -> list[Mention]:
    """The party and the place of a wire-style tag after a person's name ("Ingrid Paulsen, DFL-Roseville"), each
    a name of its own where the model reads the tag as one person's or place's name; a party's single letter
    ("D-", "R-") is no name, the place still is one."""
    ends = {m.end for m in mentions if m.label == "PER"}
    tags = [t for t in _PARTY_TAG.finditer(text) if t.start() in ends]
    if not tags:
        return mentions
    kept = [m for m in mentions if not any(m.start < t.end() and t.start(1) < m.end for t in tags)]
    for tag in tags:
        if len(tag.group(1)) >= 2:
            kept.append(Mention(start=tag.start(1), end=tag.end(1), text=tag.group(1), label="ORG"))
        kept.append(Mention(start=tag.start(2), end=tag.end(), text=text[tag.start(2):tag.end()], label="LOC"))
    return sorted(kept, key=lambda m: m.start)


#: An acronym in capitals then "de", "du", "d'" right before a place ("CHU de ", "CCI d'").
_ACRONYM_OF = re.compile(r"(?<![\w-])([A-Z]{2,6}) (?:de la |de l['’]|de |du |d['’])$")
#: An acronym in brackets ("(CHU)").
_BRACKETED_CAPITALS = re.compile(r"\(([A-Z]{2,6})\)")
_LOCAL_BODY = re.compile(r"[A-Z]{2,6} (?:de |du |d['’])")


def _with_local_bodies(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A local institution named by a network's acronym after an article and its place ("le CHU de
    Clermont-Ferrand", "la CCI de Lyon", "l'IUT d'Annecy") is one body's name, the place inside it no mention of
    its own; not a party after a role ("le député FL de Zahlé"), nor an acronym of a common noun ("le PIB de la
    France") or of a body of the language data ("l'ONU de Genève")."""
    result: list[Mention] = []
    for mention in mentions:
        found = _ACRONYM_OF.search(text, max(0, mention.start - 16), mention.start) if mention.label == "LOC" else None
        acronym = found.group(1) if found and after_definite_article(found.start(), text, lang) else ""
        if not acronym or acronym.lower() in lang.NON_ENTITIES or acronym in lang.BODIES \
                or acronym in lang.SYNONYMS or acronym.lower() in _role_words(lang):
            result.append(mention)
            continue
        result = [m for m in result if m.end <= found.start()]  # the acronym the model tagged alone
        result.append(Mention(start=found.start(), end=mention.end, text=text[found.start():mention.end],
                              label="ORG", body_cue=True))
    return result


def _local_body_acronyms(mentions: list[Mention]) -> set[str]:
    """The acronyms that open a local institution's name (:func:`_with_local_bodies`), which the text then
    writes alone for it ("le CHU se dit prêt")."""
    return {m.text.split()[0] for m in mentions if m.body_cue and _LOCAL_BODY.match(m.text)}


def _party_word(word: str, lang: ModuleType) -> bool:
    """Whether a capitalised word before a seat's letters may name the member's party: no place the language
    lists, no demonym, no role's or article's word, no standing in the house ("Opposition MP")."""
    return word not in lang.PLACES and demonym_place(word, lang.DEMONYMS) is None \
        and word.lower() not in _role_words(lang) and word.lower() not in lang.ARTICLES \
        and word not in getattr(lang, "PARTY_STANDINGS", ())


def _with_speaking_names(mentions: list[Mention], doc: Doc, lang: ModuleType, subjects: set[int]) -> list[Mention]:
    """The mentions and the people the model missed as a speech verb's subject: two to four capitalised proper nouns
    no word of which makes an organisation's or a place's name ("Clemens Uhlig of the Ifo Institute said"), not
    only a role's words ("Its Foreign Minister said", "Chief Executive Officer … insisted")."""
    found = []
    for i in sorted(subjects):
        last = doc[i]
        names = [t for t in doc[max(0, i - 3): i] if t.head.i == i and t.dep_ in ("compound", "flat", "flat:name")]
        names = [*itertools.dropwhile(lambda t: t.pos_ != "PROPN" or t.lower_.rstrip(".") in _titles(lang),
                                      _after_seat(names, lang)),
                 last]  # "spokesperson Sadia …", "Ms Delaney": the title is no part of the name
        given = names[0].lower_ in lang.GIVEN_NAMES  # "Patrice Knowles told": a surname tagged plural
        if not 2 <= len(names) <= 4 or names[-1].i - names[0].i != len(names) - 1 or any(
                not _proper_word(t, lang) or not _name_cased(t.text)
                or t.ent_iob_ != "O" and not _lone_surname_entity(t, lang) or t.lower_ in lang.NON_PERSON_WORDS
                or _plural_word(t) and not given for t in names):  # not "Social Democrats"
            continue
        law = _names_legislation(names, lang)  # "Tenancy Reform Bill …, says minister": a law, which never speaks
        names = _law_name(names) if law else names
        start, end = names[0].idx, last.idx + len(last.text)
        named = doc.text[start:end] not in lang.PLACES and not _is_role_phrase(doc.text[start:end].split(), lang) \
            and not _role_words_only(names, lang)  # "Chief Executive Officer of the port said"
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        retagged = last.ent_iob_ != "O" and all(start <= m.start and m.end <= end and m.label != "PER"
                                                 for m in overlapping)
        if named and (not overlapping or retagged):
            found.append(Mention(start=start, end=end, text=doc.text[start:end], label="MISC" if law else "PER",
                                 person_cue=not law, role=_has_role(names, lang)))
    if not found:
        return mentions  # not "Its Foreign Minister said"; the model's entity on the surname alone gives way
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)


def _plural_word(token: Token) -> bool:
    """A word tagged plural ("Social Democrats"), but not a double-barrelled surname, which the tagger may read as
    a plural common noun ("Vance-Ruiz" as NNS)."""
    return (token.tag_ == "NNPS" or "Plur" in token.morph.get("Number")) and "-" not in token.text


def _after_seat(words: list[Token], lang: ModuleType) -> list[Token]:
    """The words after the last letters of a seat ("SDLP MLA Siobhán", "Alliance MLA Sinead"): the party and the
    seat before the name are no part of it; all the words when there is none."""
    seats = getattr(lang, "SEAT_TITLES", ())
    last = max((k for k, word in enumerate(words) if word.text in seats), default=-1)
    return words[last + 1:]


def _proper_word(token: Token, lang: ModuleType) -> bool:
    """A proper noun, or a double-barrelled surname the tagger reads as a common noun ("Campbell-Hall",
    "Ortiz-Blanco": capitalised words joined by hyphens, none a role's: not "Secretary-General")."""
    parts = token.text.split("-")
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and len(parts) >= 2 \
        and all(_name_cased(p) and p.lower() not in _role_words(lang) for p in parts)


def _name_cased(word: str) -> bool:
    """A word written as a name: a capital then a lower-case letter, maybe with another capital inside a surname
    ("Siobhán", "McCartan", "O'Neill", "DeSantis"); not an acronym ("MLA") nor a lower-case word."""
    return word.istitle() or word[:1].isupper() and word[1:2].islower()


def _lone_surname_entity(token: Token, lang: ModuleType) -> bool:
    """The last word of a speaking name that the model tagged alone as something other than a person ("Foreign
    Office spokesperson Sadia Rehman Qureshi told", "Qureshi" a place): the surname of the name before it, unless
    it is a known place ("Host Indonesia called")."""
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I")
    return alone and token.ent_type_ not in ("PER", "PERSON") and token.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") \
        and fold_name(token.text) not in _places(lang)


def _with_apposed_names(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions and the people the model missed in apposition to a role or a position in a body, set off by
    commas: two to four capitalised proper nouns no word of which makes an organisation's or a place's name
    ("The head of the Bulgarian Association of International Road Transport, Plamen Georgiev, said")."""
    found = []
    for last in doc[1:-1]:
        role = last.head
        if last.dep_ != "appos" or not _proper_word(last, lang) or role.i > last.i or not (
                role.pos_ == "NOUN" and (role.lemma_.lower() in lang.ROLE_NOUNS or _heads_body(role))
                or _role_or_its_complement(role, lang)):
            continue
        names = [*(t for t in doc[max(0, last.i - 3): last.i] if t.head.i == last.i and t.dep_ == "compound"), last]
        if not 2 <= len(names) <= 4 or names[-1].i - names[0].i != len(names) - 1 or doc[names[0].i - 1].text != "," \
                or doc[last.i + 1].text not in ",." or any(not _proper_word(t, lang) or not t.is_title
                                                         or t.ent_iob_ != "O" or t.lower_ in lang.NON_PERSON_WORDS
                                                         for t in names):
            continue
        start, end = names[0].idx, last.idx + len(last.text)
        if doc.text[start:end] not in lang.PLACES and not any(m.start < end and start < m.end for m in mentions):
            found.append(Mention(start=start, end=end, text=doc.text[start:end], label="PER", person_cue=True))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _with_aged_given_names(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions and the people press articles name by a given name and their age ("Yasmine, 34 ans,
    aide-soignante", "Bernard, 71 ans, retraité", "Maria, 34, a nurse"): a capitalised known given name set off
    by a comma before a number (and the language's word for years); a place or nothing the model saw there
    gives way to the person."""
    found = []
    for name in doc[:-3]:
        if not (name.is_title and name.lower_ in lang.GIVEN_NAMES and _aged(doc[name.i + 1: name.i + 5], lang)):
            continue
        start, end = name.idx, name.idx + len(name.text)
        if not any(m.start < end and start < m.end and m.label == "PER" for m in mentions):
            found.append(Mention(start=start, end=end, text=name.text, label="PER", person_cue=True))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)


def _aged(after: Span, lang: ModuleType) -> bool:
    """", 34 ans," / ", 34,": a comma, a number, maybe the language's word for years, a comma."""
    if len(after) < 3 or after[0].text != "," or not after[1].like_num or _year_like(after[1]):
        return False  # "the Mining (Amendment) Bill, 2026,": a law's year, no one's age
    closing = 3 if is_age(after[1], lang) else 2
    return closing < len(after) and after[closing].text == ","


def _year_like(number: Token) -> bool:
    """A number in digits too large for anyone's age ("2026"): a year or a count set off after a name."""
    return number.text.isdigit() and int(number.text) > 130


def _role_or_its_complement(token: Token, lang: ModuleType) -> bool:
    """A role noun after a determiner, capitalised or not, or the last word of a body's name complementing one
    ("The Chairperson of the Senate Committee on Power, Chinwe Okoro,"; "the head of the Ports Authority, X,"):
    the name after it in apposition is the role's holder, not the body's."""
    head = token
    for _ in range(5):  # the role, then up to four heads leftwards: "Power" -> "on" -> "Committee" -> "of" -> role
        if head.lower_ in lang.ROLE_NOUNS and head.i > 0 and head.nbor(-1).pos_ == "DET":
            return token.ent_type_ in ("ORG", "")
        if head.head.i >= head.i or token.i - head.head.i > 8:
            return False
        head = head.head
    return False


def _heads_body(noun: Token) -> bool:
    """A noun whose "of" complement is an organisation the model tagged: someone's position in it ("the head of
    the Bulgarian Association of International Road Transport")."""
    return any(c.lower_ == "of" and any(g.ent_type_ == "ORG" for g in c.children) for c in noun.children)


# --- finding more occurrences -------------------------------------------------------------------------------------


def _prefer_named_cores(mentions: list[Mention], lang: ModuleType) -> list[Mention]:
    """"tournoi de Wimbledon" is Wimbledon when Wimbledon is named alone elsewhere; "ministère de l'Intérieur"
    stays whole."""
    keys = {fold_name(m.text) for m in mentions}
    places = {fold_name(m.text) for m in mentions if m.label == "LOC"} | folded_words(lang.PLACES)
    not_places = {fold_name(m.text) for m in mentions if m.label not in ("LOC", "")}
    result = []
    for mention in mentions:
        cut = next((i for i, c in enumerate(mention.text) if c.isupper()), 0)
        core = mention.text[cut:]
        head = mention.text.split()[0].lower()
        if cut and mention.text[cut - 1] in " '’" and fold_name(core) in keys and head not in lang.NAME_HEADS:
            mention = replace(mention, start=mention.start + cut, text=core)
        else:
            mention = _named_tail(_body_of_portfolio(mention, keys, lang), keys, places, not_places, lang)
            mention = _served_body(mention, keys, lang)
        result.append(mention)
    return result


def _body_of_portfolio(mention: Mention, keys: set[str], lang: ModuleType) -> Mention:
    """The body whose affairs a portfolio names ("Minister for East African Community Affairs", "Ministry of
    European Union Affairs"), when the text also names that body alone: the mention counts the body, as a reader
    does; else the mention ("Ministry of Foreign Affairs" names no body "Foreign")."""
    words = mention.text.split(" ")
    if len(words) < 2 or words[-1].lower() not in getattr(lang, "PORTFOLIO_TAILS", ()):
        return mention
    for cut in range(len(words) - 1):
        core = " ".join(words[cut:-1])
        if (cut == 0 or words[cut - 1] in lang.CONNECTIVES) and core[:1].isupper() and fold_name(core) in keys:
            offset = len(" ".join(words[:cut])) + 1 if cut else 0
            return replace(mention, start=mention.start + offset, end=mention.start + offset + len(core), text=core,
                           role=False, title="", person_cue=False)
    return mention


def _served_body(mention: Mention, keys: set[str], lang: ModuleType) -> Mention:
    """The body a capitalised role the model ran into it serves, when the text also names that body alone: « la
    Représentante spéciale des Nations unies », « du Secrétaire général de la Ville », also past a second role and
    before the role's remit (« Représentante spéciale du Secrétaire général des Nations unies pour l'Afrique de
    l'Ouest »): the mention counts the body, as a reader does; else the mention (« Agent judiciaire de l'État »,
    an office of its own)."""
    words, roles = mention.text.split(" "), _role_words(lang)
    if len(words) < 3 or words[0].lower() not in roles and words[0].lower() not in DEFINITE \
            or not words[1 if words[0].lower() in DEFINITE else 0][:1].isupper():
        return mention  # a role, capitalised, maybe after its article: « Le Représentant spécial des »
    for cut in range(1, len(words)):
        word = words[cut]
        if word.lower() in roles or word in lang.CONNECTIVES or word.islower() and words[cut - 1].lower() in roles:
            continue  # the roles' words, the lower-case adjective after one and the links between them
        elided = len(ELISION.match(word).group(0)) if ELISION.match(word) else 0  # « de l'Ordre »
        linked = elided or words[cut - 1] in lang.CONNECTIVES
        if not word[elided:elided + 1].isupper() or not linked or not any(w.lower() in roles for w in words[:cut]):
            return mention
        remit = getattr(lang, "REMIT_LINK", "")
        served = words[cut:words.index(remit, cut)] if remit in words[cut:] else words[cut:]
        text = " ".join(served)[elided:]
        if fold_name(text) not in keys:
            return mention
        offset = len(" ".join(words[:cut])) + 1 + elided  # the model's label was the role's: no vote
        return replace(mention, start=mention.start + offset, end=mention.start + offset + len(text), text=text,
                       label="", role=False, title="", person_cue=False)
    return mention


def _named_tail(mention: Mention, keys: set[str], places: set[str], not_places: set[str],
                lang: ModuleType) -> Mention:
    """The name that ends a capitalised mention and is written alone elsewhere: after a place and "de" when the
    model tags it alone as no place ("le directeur Afrique de Ravenel", Ravenel a firm; not "Métropole de Lyon",
    nor after a body's kind the model reads as a place alone: « la Ville de Trois-Rivières », :func:`_is_body_kind`),
    or a person's name (a given name first) run into a body's ("sur La Première Olivier Dessart", the radio
    then its guest; "ministre des Finances Clément Ngoma-Loubaki"; not a surname's particle that is also a given
    name after a one-word given name: "Riadh Ben Slama"); else the mention."""
    words = mention.text.split(" ")
    for cut in range(1, len(words)):
        head, core = words[:cut], words[cut:]
        key = fold_name(" ".join(core))
        if key not in keys or not core[0][:1].isupper():
            continue
        after_place = len(head) >= 2 and head[-1] in lang.CONNECTIVES and fold_name(" ".join(head[:-1])) in places \
            and key in not_places and not _is_body_kind(head[:-1], lang)
        after_body = len(core) >= 2 and is_given_name(core[0], lang) and head[0].lower() not in lang.GIVEN_NAMES \
            and not (len(head) == 1 and core[0].lower() in lang.NAME_PARTICLES)  # "Riadh Ben Slama": a surname
        if after_place or after_body:
            offset = len(" ".join(head)) + 1
            cut_mention = replace(mention, start=mention.start + offset, text=" ".join(core))
            # a title before the place was the role's ("le directeur Afrique de"), not the name's
            return replace(cut_mention, role=False, title="", person_cue=False) if after_place else cut_mention
    return mention


def _is_body_kind(words: list[str], lang: ModuleType) -> bool:
    """Whether words before « de » are a body's or a division's capitalised kind alone (« Ville », « Province »),
    which the model may tag as a place where the text writes it alone (« à la Ville »): the kind and
    its complement are one body's name (« la Ville de Trois-Rivières »), not a place and a name after it."""
    return len(words) == 1 and words[0][:1].isupper() and fold_name(words[0]) in body_kinds(lang)


def _numbered_persons(mentions: list[Mention]) -> list[Mention]:
    """"Ayrault 2" (a government, "le gouvernement Ayrault 2") is a mention of the person Ayrault when a person
    of that name is named: the number is dropped."""
    surnames = {fold_name(m.text).split()[-1] for m in mentions if m.label == "PER"}
    result = []
    for mention in mentions:
        found = re.fullmatch(r"(\S.*?) \d{1,2}", mention.text)
        if found and fold_name(found.group(1)) in surnames:
            mention = replace(mention, end=mention.start + len(found.group(1)), text=found.group(1), label="PER")
        result.append(mention)
    return result


def _untitled_surnames(mentions: list[Mention], lang: ModuleType) -> list[Mention]:
    """The mentions, a capitalised title run into the surname of a person the article names in full cut to that
    surname, a person's ("Justice Adeyemi-Bello" tagged as a body or "Crown Advocate Le Marquand" as a work, after
    "Sarah Le Marquand"): the title describes the holder, it is no part of the name (else the rows "Justice X" and
    "Grace X" split one judge); a single word after a title may name a body ("Justice Department"), so only a
    surname the article gives a person makes it one (:func:`_titled_name` needs a full name)."""
    surnames = {fold_name(found) for m in mentions if m.label == "PER" and (found := surname(m.text, lang))}
    return [_without_title(m, surnames, lang) if m.label != "PER" else m for m in mentions] if surnames else mentions


def _without_title(mention: Mention, surnames: AbstractSet[str], lang: ModuleType) -> Mention:
    """The mention cut after the title that opens it when the rest is one of ``surnames`` (folded), else itself."""
    words = mention.text.split()
    cut = next((i for i in range(1, len(words)) if fold_name(" ".join(words[i:])) in surnames), 0)
    titled = cut and words[cut - 1].lower().rstrip(".") in _titles(lang) \
        and all(w.lower().rstrip(".") in _role_words(lang) and w[:1].isupper() for w in words[:cut])
    if not titled or mention.text != " ".join(words):
        return mention
    return _person_after_title(mention, words, cut)


def _without_learned_titles(mentions: list[Mention], titles: TitleLessons) -> list[Mention]:
    """The mentions, a title the article itself shows to be one cut from the name it opens ("Sheriff Linklater"
    after "Sheriff Fiona Linklater" is Linklater): titles and honorifics vary by place and trade beyond any list
    ("Adv", "Dayang", « Maître »), so a capitalised word is learned as a title from the article
    (:func:`newsbrief.titles.learn_titles`); the rest must be a person's surname or full name the article gives.
    Such a title the model tagged alone is no mention."""
    if not titles.titles:
        return mentions
    known = titles.known_names()
    cut = [_cut_learned_title(m, titles.titles, known) for m in mentions]
    return [m for m in cut if fold_name(m.text) not in titles.titles]  # "Warden" tagged alone: a title, no name


def _cut_learned_title(mention: Mention, titles: frozenset[str], known: AbstractSet[str]) -> Mention:
    """The mention without the learned titles that open it ("Awang Haji" of "Awang Haji Mohd Ali") when a
    person's folded surname or full name is left, a person's; else itself."""
    words = mention.text.split(" ")
    cut = 0
    while cut < len(words) - 1 and fold_name(words[cut]) in titles:
        cut += 1
    while cut and fold_name(" ".join(words[cut:])) not in known:
        cut -= 1
    if not cut:
        return mention
    return _person_after_title(mention, words, cut)


def _person_after_title(mention: Mention, words: list[str], cut: int) -> Mention:
    """The mention without its first ``cut`` words (a title), a person's, named with a title."""
    offset = len(" ".join(words[:cut])) + 1
    return replace(mention, start=mention.start + offset, text=" ".join(words[cut:]), label="PER", person_cue=True,
                   role=True)


def _with_datelines(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions and each dateline in capitals the model missed ("TALLAHASSEE — A judge ruled"), when the article
    names that place in normal case too: the press counts a dateline as a mention of its place; capitals naming
    nothing the article names (a kicker: "INVITÉE D'EUROPE 1 - ") stay out. A place is a name the model reads as one
    or that follows a preposition of place ("talks in Mae Sot", read as a person's)."""
    places = {fold_name(m.text) for m in mentions if m.label == "LOC" or _after_place_word(m.start, text, lang)}
    found = [Mention(start=d.start(1), end=d.end(1), text=d.group(1), label="LOC") for d in _DATELINE.finditer(text)
             if fold_name(d.group(1)) in places and not any(m.start <= d.start(1) < m.end for m in mentions)]
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _with_capitalised_forms(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions plus each occurrence of a name found that a headline, a lede or a dateline sets in capitals,
    its first words at least ("A HIGH COURT judge" after "the High Court", "BULAWAYO City Council" after
    "Bulawayo City Council"), or of a body a lede's capitals name (:func:`_lede_bodies`): the same name, which the
    model reads as capitals of common words or cuts ("City Council" alone); it replaces the mentions inside it."""
    forms = {m.text: m.label for m in mentions if len(m.text) >= 4 and any(c.islower() for c in m.text)}
    forms |= {form: "ORG" for form in _lede_bodies(text, lang) if form not in forms}
    result = list(mentions)
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        for start, end in _capitalised_occurrences(form, text):
            overlapping = [m for m in result if m.start < end and start < m.end]
            if all(start <= m.start and m.end <= end and m.text != text[start:end] for m in overlapping):
                result = [m for m in result if m not in overlapping]
                result.append(Mention(start=start, end=end, text=text[start:end], label=forms[form]))
    return sorted(result, key=lambda m: m.start)


def _lede_bodies(text: str, lang: ModuleType) -> set[str]:
    """The bodies a paragraph's first words name in capitals, as some papers set a lede ("A HIGH COURT judge has",
    "THE ELECTORAL COMMISSION said"): two capitalised words or more, after an article perhaps, that a word in
    normal case follows and whose last is a body's head of the language data ("court", "commission"), in title
    case ("High Court")."""
    found = set()
    for lede in _LEDE_CAPITALS.finditer(text):
        words = lede.group(1).split()
        if words[0].lower() in lang.ARTICLES:
            words = words[1:]
        if len(words) >= 2 and words[-1].lower() in lang.BODY_LABEL_WORDS:
            found.add(" ".join(word.capitalize() for word in words))
    return found


#: A paragraph's first words in capitals, then a word in normal case ("A HIGH COURT judge").
_LEDE_CAPITALS = re.compile(r"^((?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]* ){2,6})(?=[A-ZÀ-Ý]?[a-zà-ÿ])", re.M)


def _capitalised_occurrences(form: str, text: str) -> list[tuple[int, int]]:
    """The spans where ``form`` is written with its first words in capitals, the rest as found ("HIGH COURT",
    "BULAWAYO City Council"), a whole run of words."""
    words = form.split()
    upper = [w.upper() for w in words]
    if upper[0] == words[0] or upper[0] not in text:
        return []
    pattern = r"\s+".join(f"({re.escape(u)}|{re.escape(w)})" for w, u in zip(words, upper))
    spans = []
    for found in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text):
        capitals = [found.group(i + 1) == u and u != w for i, (w, u) in enumerate(zip(words, upper))]
        if capitals[0] and capitals == sorted(capitals, reverse=True):
            spans.append(found.span())
    return spans


def _with_coded_areas(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions plus the areas named by a code the model leaves untagged ("M-East ward", « la zone 4Rs »): a
    code of capitals and digits or of a capital and a hyphenated word that the text writes twice or more, once at
    least beside a noun of an area of the language data (``CODE_AREA_NOUNS``); each occurrence counts, with the noun
    when it follows the code as the name's head ("M-East ward"), also where the model tagged the code alone."""
    nouns = lang.CODE_AREA_NOUNS
    codes = Counter(_CODE_NAME.findall(text))
    found = [Mention(start=m.start(), end=m.end(), text=m.group(), label="LOC") for code, count in codes.items()
             if count >= 2 and _beside_area_noun(code, text, nouns)
             for m in re.finditer(rf"(?<![\w'’-]){re.escape(code)}(?: (?:{'|'.join(nouns)})\b)?(?![\w'’-])", text)
             if not any(n.start < m.end() and m.start() < n.end and n.text != code for n in mentions)]
    if not found:
        return mentions
    kept = [n for n in mentions if not any(m.start <= n.start and n.end <= m.end for m in found)]
    return sorted([*kept, *found], key=lambda m: m.start)


#: A code naming an area: a capital, a hyphen and a capitalised word ("M-East"), or capitals and digits mixed, a
#: letter and a digit at least ("3Ps", "4T", "B12").
_CODE_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z]-[A-Z][a-z]+|\d{1,2}[A-Z][A-Za-z]{0,2}|[A-Z]{1,2}\d{1,2}[A-Z]?)"
                        r"(?![\w'’-])")


def _beside_area_noun(code: str, text: str, nouns: frozenset[str]) -> bool:
    """Whether ``code`` stands right after or right before a noun of an area ("zone 3Ps", "M-East ward")."""
    if not nouns:
        return False
    alternatives = "|".join(map(re.escape, nouns))
    return re.search(rf"\b(?:{alternatives}) {re.escape(code)}(?![\w'’-])|(?<![\w'’-]){re.escape(code)} "
                     rf"(?:{alternatives})\b", text) is not None


def _after_place_word(start: int, text: str, lang: ModuleType) -> bool:
    """Whether the word right before ``start`` is a lower-case preposition that takes places, not persons
    (``PLACE_ONLY_PREPOSITIONS``: "talks in Mae Sot")."""
    before = text[max(0, start - 20):start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in lang.PLACE_ONLY_PREPOSITIONS


def _with_designations(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions plus each capitalised designation after a definite article ("the Government") when the
    article names a body with that head in full ("the Solomon Islands Government (SIG)"): the body's short name,
    which the model leaves untagged or the cleaning drops as a common noun; the aliases join it to the body. Only
    the language's ``UNTAGGED_DESIGNATIONS``; not after another word ("Minister for Local Government")."""
    kinds = getattr(lang, "UNTAGGED_DESIGNATIONS", frozenset())
    words = {word for m in mentions if m.label == "ORG" and " " in m.text and not _field_of_work(m, text)
             and (word := designation_word(m.text, lang)) and word.lower() in kinds}
    found = [Mention(start=start, end=start + len(word), text=word, label="ORG") for word in words
             for start in _word_starts(word, text, 0, len(text))
             if after_definite_article(start, text, lang) and not any(m.start <= start < m.end for m in mentions)]
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _field_of_work(mention: Mention, text: str) -> bool:
    """Whether a name is a field of work more than a body: cut by the model from a longer title ("Local Government
    Reporter") or a portfolio after its connective ("Minister for Local Government")."""
    before = text[max(0, mention.start - 5):mention.start].split()
    return re.match(r" [A-Z]", text[mention.end:mention.end + 2]) is not None \
        or bool(before) and before[-1] in ("for", "of")


def _known_forms(mentions: list[Mention], text: str, lang: ModuleType) -> list[tuple[str, str]]:
    """(form, label) to search for, longest first: the names found (two capitals too: a body's "PN" found once is
    the party wherever the text writes it) and their surnames, the language data's places and bodies ("the
    Commons"), the acronyms defined after a name ("(MPIA)") or written three times and never defined ("ABVO"),
    and the bodies a lede names in capitals ("A HIGH COURT judge": "High Court")."""
    forms = {(m.text, "") for m in mentions if len(m.text) >= 3 or _two_letter_acronym(m)}
    forms |= {(last_name, "") for m in mentions if _person_named(m, lang) and (last_name := surname(m.text, lang))}
    people = {m.text for m in mentions if m.label == "PER"}  # each name once: the search scans the whole text
    forms |= {(given, "PER") for name in people if (given := _given_name_style(name, text, lang))}
    forms |= {(place, "LOC") for place in lang.PLACES} | {(body, "ORG") for body in lang.BODIES}
    forms |= {(found.group(1), m.label) for m in mentions if (found := _DEFINED_ACRONYM.match(text, m.end))}
    forms |= {(found.group(1), "ORG") for m in mentions if "/" in m.text and m.label == "ORG"
              and (found := _SLASHED_ACRONYM_AFTER.match(text, m.end))}
    forms |= {(form, "") for form in _lower_case_expansions(mentions, text, lang)}
    forms |= _initials_of_bodies(mentions, text, lang)
    forms |= {(acronym, "ORG") for acronym in _local_body_acronyms(mentions)}
    forms |= {(acronym, "ORG") for acronym in _article_acronyms(mentions, text, lang)}
    forms |= {(acronym, "ORG") for acronym in _repeated_acronyms(mentions, text, lang)}
    forms |= {(body, "ORG") for body in _lede_bodies(text, lang)}
    forms |= {(acronym, "ORG") for acronym in _opening_acronyms(mentions, lang)}
    forms |= {(initials, "MISC") for initials in _bill_initials(mentions, lang)}
    return sorted(forms, key=lambda f: (-len(f[0]), f))


def _person_named(mention: Mention, lang: ModuleType) -> bool:
    """A person's mention, also a full name the model took for a body or a place where a title stands before it
    or it speaks ("President Joko Widodo", "Sherwin Lake said"), or where it opens with a given name of the
    language data: its surname alone, later, is that person ("Widodo added")."""
    if mention.label == "PER":
        return True
    words = mention.text.split()
    return mention.label in ("ORG", "LOC") and len(words) in (2, 3) and all(w.istitle() for w in words) \
        and (mention.person_cue or is_given_name(words[0], lang))


def _bill_initials(mentions: list[Mention], lang: ModuleType) -> set[str]:
    """The short form of each numbered bill the chamber's name opens: the initials and the number ("SB 6" of
    "Senate Bill 6", "HB 1213" of "House Bill 1213"), which the press writes after the full name."""
    chambers = getattr(lang, "BILL_CHAMBERS", frozenset())
    bills = {m.text for m in mentions if m.label == "MISC" and m.text.split()[0] in chambers
             and _numbered_bill(m.text.partition(" ")[2], lang)}
    return {f"{chamber[0]}{noun[0]} {number}" for chamber, noun, number in map(str.split, bills)}


def _article_acronyms(mentions: list[Mention], text: str, lang: ModuleType) -> set[str]:
    """The acronyms the model missed that the text writes after an article ("the DA") and three times or more: an
    article before capitals marks a body's short name, which the press keeps repeating (no common noun's
    capitals, NON_ENTITIES, and no role's: "the MP")."""
    articles = lang.ACRONYM_ARTICLES
    if not articles:
        return set()
    pattern = re.compile(rf"\b(?i:{'|'.join(map(re.escape, articles))})\s+([A-Z]{{2,6}})(?![\w-])")
    tagged = {m.text for m in mentions}
    found = {a for a in pattern.findall(text) if a not in tagged and a.lower() not in lang.NON_ENTITIES
             and a.lower() not in lang.TITLES and a.lower() not in lang.ROLE_NOUNS}
    return {a for a in found if len(_form_pattern(a).findall(text)) >= 3}


def _repeated_acronyms(mentions: list[Mention], text: str, lang: ModuleType) -> set[str]:
    """The acronyms of three capitals or more the model missed that the text writes three times or more and never
    defines in brackets (a union's, a body's or a programme's short name the article takes as known: "the union
    ABVO", "Under TABOR"); not the capitals of a common noun, a kind of body, a unit, a title or an honour of the
    language data ("PME", « CHU », "FCFA", "MLA"), nor capitals after a figure (a currency)."""
    tagged = {m.text for m in mentions}
    counts = Counter(_LONE_CAPITALS.findall(text))
    return {word for word, count in counts.items() if count >= 3 and word not in tagged
            and f"({word})" not in text and not _lang_capitals(word, lang)
            and not re.search(rf"\d\s*{word}(?!\w)", text)}


#: A word of three capitals or more standing alone (no hyphen, apostrophe or digit joined to it).
_LONE_CAPITALS = re.compile(r"(?<![\w'’-])[A-Z]{3,}(?![\w'’-])")


def _lang_capitals(word: str, lang: ModuleType) -> bool:
    """Whether the language data knows these capitals as a common noun's, a kind of body's, a unit's, a title's, a
    role's or an honour's ("GDP", « CHU », "FCFA", "MSP", « DGS », "YB")."""
    lower = word.lower()
    sets = (lang.TITLES, lang.ROLE_NOUNS, lang.ROLE_ACRONYMS, lang.FIGURE_UNITS, lang.HONORIFICS)
    return _known_capitals(word, lang) or any(lower in words for words in sets) \
        or word in getattr(lang, "POST_NOMINALS", frozenset())


def _known_capitals(word: str, lang: ModuleType) -> bool:
    """Whether the language data knows capitals as a body's, a place's or another name's ("UN", "US"), or as a
    common noun's or a kind of body's ("AI", « CHU »)."""
    return word in lang.SYNONYMS or word in lang.PLACES or word in lang.BODIES \
        or word.lower() in lang.NON_ENTITIES or word.lower() in lang.BODY_LABEL_WORDS


def _opening_acronyms(mentions: list[Mention], lang: ModuleType) -> set[str]:
    """The acronyms of three capitals or more that open a body's name ("VBS Mutual Bank"), which the press then
    writes alone for the body ("losses at VBS"); not one the language data knows as a body's or a place's ("UN",
    "US"), whose offices and branches it opens, nor a common noun's or a kind of body's ("AI", « CHU »)."""
    firsts = {m.text.split()[0] for m in mentions if m.label == "ORG" and " " in m.text}
    return {word for word in firsts if len(word) >= 3 and word.isalpha() and word.isupper()
            and not _known_capitals(word, lang)}


def _two_letter_acronym(mention: Mention) -> bool:
    """A body's or a place's acronym of two capitals ("PN", "DA", "UE"), which names it wherever the text writes
    it in capitals; other two-letter forms are too often a word's part or an initial to search for."""
    return len(mention.text) == 2 and mention.text.isalpha() and mention.text.isupper() \
        and mention.label in ("ORG", "LOC")


def _initials_of_bodies(mentions: list[Mention], text: str, lang: ModuleType) -> set[tuple[str, str]]:
    """(acronym, label) for the acronyms, written in capitals in the text, made of the initials of the name of a
    body or a place of three capitalised words or more, small words left out or kept ("the Community and Public
    Sector Union", then "the CPSU"; "the Electric Grid Council of Ontario", then "EGCO"; "the Central Business
    District", then "the CBD"): a press article names a body or a district in full once, then by its initials,
    with or without brackets."""
    found = set()
    for mention in mentions:
        words = [w for w in mention.text.split() if w.lower() not in lang.CONNECTIVES]
        if mention.label not in ("ORG", "LOC") or len(words) < 3 \
                or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        for acronym in {"".join(w[0] for w in words), "".join(w[0] for w in mention.text.split()).upper()}:
            if acronym.isupper() and _form_pattern(acronym).search(text):
                found.add((acronym, mention.label))
    return found


def _join_name_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with a one-word name the model read apart before a person's full name joined to it when the
    model reads that word alone as a person elsewhere ("Sa'u Ioane Tautala", then "Sa'u said"): a chiefly or
    honorific title by which the press calls the holder, part of the full name (Samoan matai titles)."""
    people = {m.text for m in mentions if m.label == "PER" and " " not in m.text}
    people -= {m.text for m in mentions if m.label not in ("PER", "")}
    return _join_word_before(mentions, text, lambda m, word: m.label == "PER" and " " in m.text and word in people)


def _join_country_branches(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions with a body's name of several words joined to the country's name or code the model tagged
    apart after it ("Transparency International UK", "Save the Children Australia") when the text writes them
    together twice or more: the national branch's own name; once, it may be a body before a country in a list."""
    countries = lang.COUNTRIES | lang.COUNTRY_ABBREVIATIONS.keys()
    result: list[Mention] = []
    for mention in mentions:
        body = result[-1] if result else None
        if body is not None and body.label == "ORG" and " " in body.text and mention.text in countries \
                and text[body.end:mention.start] == " " \
                and len(re.findall(rf"(?<!\w){re.escape(text[body.start:mention.end])}(?!\w)", text)) >= 2:
            result[-1] = replace(body, end=mention.end, text=text[body.start:mention.end])
            continue
        result.append(mention)
    return result


def _with_party_members(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions and the capitalised plurals of a party's members the model missed ("with the Conservatives
    and Reform UK against"), not after a capitalised word: "Social Democrats" is another party."""
    forms = [(members, "ORG") for members in sorted(_party_members(lang))]
    known = {(m.start, m.end) for m in mentions}
    found = _add_occurrences(mentions, forms, text, lang)
    return [m for m in found if (m.start, m.end) in known
            or not after_capitalised_word(m.start, text, lang.LEADING_ARTICLES)]


@lru_cache(maxsize=8)
def _party_members(lang: ModuleType) -> frozenset[str]:
    """The capitalised plurals of a party's members, which name the party wherever the text writes them ("the
    Tories", "the Conservatives", "the Democrats"): one-word nicknames in the plural of a "... Party"."""
    nouns = {noun.lower() for noun in getattr(lang, "PARTY_NOUNS", ())}
    return frozenset(nick for nick, party in getattr(lang, "PARTY_NICKNAMES", {}).items()
                     if nick.isalpha() and nick.endswith("s") and party.split()[-1].lower() in nouns)


def _lower_case_expansions(mentions: list[Mention], text: str, lang: ModuleType) -> set[str]:
    """The acronyms the text defines after a phrase in lower case that its initials spell, in brackets or after
    "or" ("the memorandum of understanding (MOU)", "mixed hydroxide precipitate, or MHP,", "la zone à faibles
    émissions (ZFE)"), and those phrases: the phrase is the acronym written out, each occurrence of either names
    the same thing. An acronym the model missed counts when the text writes it three times or more, as it does
    a scheme it is about (a passing "plan de sauvegarde de l'emploi (PSE)" is a common noun's shorthand);
    acronyms of common nouns the language lists ("PIB", "GDP") never do."""
    tagged = {m.text for m in mentions}
    ors = "|".join(map(re.escape, lang.ACRONYM_OR))
    markers = re.compile(rf"(?:\s*\(\s*|,\s+(?:{ors})\s+)([A-Z]{{2,6}})(?=\s*\)|,)")
    forms = set()
    for marker in markers.finditer(text):  # the acronyms first, then the words before each (linear in the text)
        before = _WORDS_BEFORE.search(text, max(0, marker.start() - 300), marker.start())
        if before is None:
            continue
        acronym, words = marker.group(1), before.group(1).replace("’", "'").split(" ")
        initials = [ELISION.sub("", w).lower() for w in words]
        phrase = next((words[i:] for i in range(len(words) - 2, -1, -1) if words[i] not in lang.CONNECTIVES
                       and spells(acronym.lower(), [w if w in lang.CONNECTIVES else fold_accents(w)
                                                    for w in initials[i:]], lang)), None)
        if phrase and all(w.islower() for w in phrase) and acronym.lower() not in lang.NON_ENTITIES \
                and not _names_role(phrase, lang) \
                and (acronym in tagged or len(_form_pattern(acronym).findall(text)) >= 3):
            forms |= {" ".join(phrase), acronym}
    return forms


def _names_role(phrase: list[str], lang: ModuleType) -> bool:
    """A phrase headed by a role's word ("directeur général des services (DGS)", "chief executive officer"): the
    acronym names a position someone holds, no body."""
    head = phrase[-1] if not lang.HEAD_FIRST else phrase[0]
    return head.lower() in lang.ROLE_NOUNS or head.lower() in lang.TITLES


def _given_name_style(name: str, text: str, lang: ModuleType) -> str:
    """The given name of a person the article calls by it ("Abiy Ahmed" then "Abiy said", as Ethiopian, Eritrean
    or Icelandic names go, and Malay ones of three words: "Azman Shah Ridzuan", then "Azman said"): the name's first
    word when it stands alone in the text and the surname never does; "" otherwise (most articles say "Trump", not
    "Donald"), and for a demonym that is no given name."""
    last_name, words = surname(name, lang), name.split()
    if not last_name or len(words) not in (2, 3) or any(w.lower() in lang.NAME_PARTICLES for w in words[:-1]):
        return ""
    if demonym_place(words[0], lang.DEMONYMS) and not is_given_name(words[0], lang):
        return ""  # "Nepali Congress" read as a person's name: "Nepali" alone is the adjective ("Nepali goods")
    alone, whole, surname_alone = (len(_form_pattern(form).findall(text)) for form in (words[0], name, last_name))
    return words[0] if alone > whole and surname_alone <= whole else ""


def _add_occurrences(mentions: list[Mention], forms: list[tuple[str, str]], text: str, lang: ModuleType, *,
                     doc: Doc | None = None) -> list[Mention]:
    """Add whole-word occurrences of the forms that no mention covers, or that cover shorter mentions only
    ("boson de Higgs" over "Higgs"); a multi-word form is also found with a lower-case first letter, unless that
    word is an article ("Le Sahel" opening a sentence does not make "le Sahel" a name: "Sahel" is); not a
    portfolio after its title, given the parsed ``doc`` (« le ministre des Mines » when « la commission des
    Mines » is a name): part of a role."""
    result = list(mentions)
    words = frozenset(_WORD_RUN.findall(text))
    for form, label in forms:
        for start, end in _occurrences(form, text, words):
            if text[start].islower() and text[start:end].split()[0] in lang.ARTICLES \
                    or doc is not None and _in_role(doc, start, end, lang):
                continue
            overlapping = [m for m in result if m.start < end and start < m.end]
            if any(m.start <= start and end <= m.end for m in overlapping):
                continue
            if any(m.start < start or end < m.end for m in overlapping):
                continue
            result = [m for m in result if m not in overlapping]
            result.append(Mention(start=start, end=end, text=text[start:end], label=label,
                                  title=_title_gender(text, start, lang)))
    return sorted(result, key=lambda m: m.start)


def _in_role(doc: Doc, start: int, end: int, lang: ModuleType) -> bool:
    """Whether the words at these offsets are a portfolio after its title (:func:`_portfolio_after_title`)."""
    span = doc.char_span(start, end)
    return span is not None and _portfolio_after_title(list(span), lang)


def _with_places_in_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions plus the places the article names written inside a quoted title or slogan that the model
    tagged as a name ("a petition titled "Save Redford Baths"", the "Buy Ghana, Build Ghana" drive): the title
    names the place, which a reader counts there too; the title keeps its own mention."""
    places = {m.text for m in mentions if m.label == "LOC"}
    added = [Mention(start=start, end=start + len(place), text=place, label="LOC")
             for title in mentions if (end := _title_end(title, text)) for place in places
             for start in _word_starts(place, text, title.start, end)]
    taken = {(m.start, m.end) for m in mentions}
    added = [m for m in added if (m.start, m.end) not in taken]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _title_end(mention: Mention, text: str) -> int:
    """Where the quoted title a mention opens ends (its closing mark, on the same line, within a title's
    length); 0 when the mention opens no quotation or is no title's (one word, or a person, place or body)."""
    closing = PAIRS.get(text[mention.start - 1:mention.start]) if mention.start else None
    if not closing or mention.label != "MISC" or " " not in mention.text:
        return 0
    ends = [i for mark in closing if (i := text.find(mark, mention.end - 1, mention.start + _TITLE_MOST)) >= 0]
    end = min(ends, default=0)
    return end if end and "\n" not in text[mention.start:end] else 0


def _word_starts(word: str, text: str, start: int, end: int) -> list[int]:
    """The offsets of ``word`` as a whole word between ``start`` and ``end``."""
    return [start + m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text[start:end])] \
        if word in text[start:end] else []


def _without_inhabitants(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions but the nouns for the inhabitants of a place the text names ("les Dunkerquois" of
    Dunkerque, "La Bernoise" of Berne, "la Genevoise" of Genève): a person or people described by their town,
    like a demonym, no name of their own."""
    places = {fold_accents(m.text.lower()) for m in mentions if m.label == "LOC" and " " not in m.text}
    return [m for m in mentions if not _inhabitant_of(m.text, places, lang) or _title_after_article(m, text, lang)]


def _title_after_article(mention: Mention, text: str, lang: ModuleType) -> bool:
    """A capitalised article inside a sentence right before the name ("told The Oregonian", "for The Namibian"):
    a newspaper's title named after its readers, a name, no demonym."""
    before = text[max(0, mention.start - 30):mention.start].split(" ")
    return len(before) >= 3 and before[-1] == "" and before[-2].lower() in lang.PLACE_ARTICLES \
        and before[-2][:1].isupper() and before[-3][-1:].isalpha()


def _inhabitant_of(word: str, places: set[str], lang: ModuleType) -> bool:
    """A capitalised word, no place of the place list, whose stem once an inhabitant ending is cut (at least four
    letters) is another place's name short of at most its last two letters ("Dunkerqu|ois", "Genev|oise" of
    Genève), or once a place's adjective ending is cut, the name of a place the text or the place list names
    ("Zamb|ian" of Zambia, "Bermud|ians"); also after a demonym's combining form ("Franco-Ontariens": French
    speakers of Ontario, no more a name than "Ontariens")."""
    head, _, tail = word.partition("-")
    if tail[:1].isupper() and head.lower() in lang.DEMONYM_PREFIXES:
        return _inhabitant_of(tail, places, lang) or bool(demonym_place(tail, lang.DEMONYMS))
    if " " in word or not word[:1].isupper() or word.lower() in lang.GIVEN_NAMES or word in lang.PLACES:
        return False
    plain = fold_accents(word.lower())
    adjective = getattr(lang, "PLACE_ADJECTIVE_ENDINGS", ())
    return _stem_names_place(plain, getattr(lang, "INHABITANT_ENDINGS", ()), places) \
        or _stem_names_place(plain, adjective, places) or _stem_names_place(plain, adjective, _place_words(lang))


def _stem_names_place(plain: str, endings: tuple[str, ...], places: AbstractSet[str]) -> bool:
    """Whether the word (folded, singular or plural) less the first of the ``endings`` it ends with is, at four
    letters or more, the start of a place's name other than the word, at most two letters short of it."""
    stems = {stem for form in (plain, plain.removesuffix("s")) if len(stem := inhabitant_stem(form, endings)) >= 4}
    return any(p.startswith(stem) and len(p) - len(stem) <= 2 and p != plain for stem in stems for p in places)


@lru_cache(maxsize=8)
def _place_words(lang: ModuleType) -> frozenset[str]:
    """The language's places of one word, folded as :func:`_without_inhabitants` folds the text's."""
    return frozenset(fold_accents(place.lower()) for place in lang.PLACES if " " not in place)


def _split_name_pairs(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """A hyphenated word joining two names the text also writes alone is a pair of names, each counted, also
    after a lower-case noun the model ran into it ("le paquet Suisse-UE", "la liste Martin-Durand" of Anne Martin
    and Paul Durand, "le match France-Algérie"), or after a place of several words ("la commission Burkina
    Faso-Ghana")."""
    labels = {fold_name(m.text): m.label for m in mentions if " " not in m.text}
    labels |= {fold_name(last): "PER" for m in mentions if m.label == "PER" and (last := surname(m.text, lang))}
    places = {fold_name(m.text) for m in mentions if m.label in PLACE_TAGS} | _folded(lang.PLACES)
    counts = Counter(fold_name(m.text) for m in mentions)
    result = []
    for mention in mentions:
        # after a preposition of place, a pair the place list does not know apart is one place ("tribunal de
        # Cergy-Pontoise"); elsewhere it links two places the text names alone ("le corridor Ouagadougou-Tema")
        pair_start = mention.end - len(re.split(r"[ '’]", mention.text)[-1])
        known = _folded(lang.PLACES) if _after_locative(pair_start, text) else places
        parts = _name_pair(mention.text, labels, known, counts, lang, headline=_capitalised_noun_opens(mention, text))
        if not parts:
            result.append(mention)
            continue
        start = mention.end - len(parts[0]) - 1 - len(parts[1])
        for part in parts:
            label = labels.get(fold_name(part), "LOC")
            result.append(Mention(start=start, end=start + len(part), text=part, label=label))
            start += len(part) + 1
    return result


#: A word of two capitalised names joined by a hyphen or an en dash, the second perhaps hyphenated itself
#: ("Thaïlande-Cambodge", "Korea-US", "Djibouti–Addis-Abeba").
_PAIR_WORD = re.compile(r"(?<![\w–-])[A-ZÀ-Ý][\w]*(?:[–-][A-ZÀ-Ý][\w]*)+(?![\w–-])")
#: A capitalised word right after a name, on the same line: the name goes on.
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-ZÀ-Ý]")


def _with_untagged_pairs(mentions: list[Mention], text: str, lang: ModuleType) -> list[Mention]:
    """The mentions plus the two names of a hyphenated word the model left untagged ("Thaïlande-Cambodge : à
    Kuala Lumpur", "RDC-Rwanda : ...", "the Korea-US investment deal"), when each is a name the text writes alone
    or a place of the language data (or its acronym: « RDC »), one of them a place, the word is no place of its own
    ("Guinée-Bissau") and no capitalised word goes on after it: a headline's or a noun's pair of countries names
    each, as :func:`_split_name_pairs` counts a tagged one."""
    labels = {fold_name(m.text): m.label for m in mentions}
    places = _folded(lang.PLACES | lang.PLACE_INITIALISMS) \
        | {key for key, label in labels.items() if label == "LOC"}
    found = []
    for word in _PAIR_WORD.finditer(text):
        parts = _pair_parts(word.group())
        folded = [fold_name(part) for part in parts]
        if len(parts) != 2 or min(map(len, parts)) < 2 or word.group() in lang.PLACES \
                or not all(f in labels or f in places for f in folded) \
                or not any(f in places for f in folded):
            continue
        spans = [(word.start(), word.start() + len(parts[0])), (word.end() - len(parts[1]), word.end())]
        inside = [m for m in mentions if m.start < word.end() and word.start() < m.end]
        if any((m.start, m.end) not in spans for m in inside) or _NAME_GOES_ON.match(text, word.end()):
            continue  # a longer name holds the word ("Korea-US Strategic Investment Corp.")
        found += [Mention(start=start, end=end, text=part, label=labels.get(key, "LOC"))
                  for part, key, (start, end) in zip(parts, folded, spans)
                  if not any((m.start, m.end) == (start, end) for m in inside)]
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _after_locative(start: int, text: str) -> bool:
    """Whether a name follows a preposition that places it ("à", "de", "in", "of")."""
    before = text[max(0, start - 4):start].lower()
    return before.endswith((" à ", " de ", " d'", " d’", " en ", " in ", " of ", " at "))


def _capitalised_noun_opens(mention: Mention, text: str) -> bool:
    """Whether a mention opens the text or a line (a headline, an intertitle) with a word the text also writes in
    lower case: a common noun capitalised as the line's first word ("Corridor Djibouti–Addis-Abeba")."""
    first = mention.text.split(" ")[0]
    if " " not in mention.text or mention.start > 0 and text[mention.start - 1] != "\n":
        return False
    return re.search(rf"(?<!\w){re.escape(first.lower())}(?!\w)", text) is not None


def _pair_parts(word: str) -> list[str]:
    """The parts of a word two names make, joined by an en dash ("Djibouti–Addis-Abeba", the second name
    hyphenated) or else by a hyphen ("Suisse-UE")."""
    return word.split("–") if "–" in word else word.split("-")


def _name_pair(text: str, labels: dict[str, str], places: set[str], counts: Counter[str],
               lang: ModuleType, *, headline: bool = False) -> tuple[str, str] | None:
    """The two names a mention ends in, joined by a hyphen or an en dash (:func:`_is_name_pair`), or the place of
    several words and the place it is joined to ("Burkina Faso-Ghana": both named alone as places), else None;
    ``headline``: the mention opens a line, where a common noun before the pair is capitalised ("Corridor
    Djibouti–Addis-Abeba")."""
    if _is_name_pair(text, labels, places, counts, lang, headline=headline):
        first, second = _pair_parts(text.rpartition(" ")[2])
        return first, second
    first, hyphen, second = text.partition("-")
    if " " in first and hyphen and "-" not in second and {fold_name(first), fold_name(second)} <= places \
            and text not in lang.PLACES:
        return first, second
    return None


def _is_name_pair(text: str, labels: dict[str, str], places: set[str], counts: Counter[str],
                  lang: ModuleType, *, headline: bool = False) -> bool:
    """Whether a mention ends in two names joined by a hyphen or an en dash, each named alone in the text
    (``labels``) or, one of them named alone, the other a place of the language data (``places``: « Frontière
    Cameroun-Nigeria », Cameroun named alone), after nothing but lower-case words, or a headline's capitalised
    common noun (``headline``); not
    a name of its own that the place list knows ("Bosnie-Herzégovine") or
    that the text writes alone again (unless both are places, listed or named alone as places: "le corridor
    Dakar-Bamako", however often written, links two cities), nor an eponym of three ("boson de
    Brout-Englert-Higgs")."""
    head, _, word = text.rpartition(" ")
    parts = _pair_parts(word)
    capitalised = headline and " " not in head and head[1:].islower()  # a headline's "Corridor", one word
    if len(parts) != 2 or word in lang.PLACES or head and not (head.islower() or capitalised):
        return False
    if counts[fold_name(word)] > (0 if head else 1) and not all(fold_name(p) in places for p in parts):
        return False  # the pair is a name the text writes on its own
    known = [fold_name(p) in labels or fold_name(p) in places for p in parts]
    return all(p[:1].isupper() and len(p) >= 2 for p in parts) and all(known) \
        and any(fold_name(p) in labels for p in parts)


def _occurrences(form: str, text: str, words: frozenset[str]) -> Iterable[tuple[int, int]]:
    """The spans of ``form`` in ``text`` (:func:`_form_pattern`); ``words`` are the text's runs of word
    characters. A form that ends in a word occurs only where that word is a whole run of the text, so most of the
    language data's places are ruled out by one set lookup instead of a scan of the text."""
    last = _last_word(form)
    if last is not None and last not in words or form not in text and form[1:] not in text:
        return ()
    return (m.span() for m in _form_pattern(form).finditer(text))


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=20_000)
def _last_word(form: str) -> str | None:
    """The run of word characters that ends ``form`` (a match ends with the same whole run: only a multi-word
    form's first letter may be lowered), or None when the form ends in another character ("U.S.")."""
    found = re.search(r"\w+$", form)
    return found.group() if found else None


@lru_cache(maxsize=20_000)
def _form_pattern(form: str) -> re.Pattern[str]:
    """Whole-word pattern for a name; a multi-word name also with a lower-case first letter. The character before
    the name is checked once the name has matched, by a look-behind over it and the name's own characters: a
    pattern that opens on the name's letters lets ``re`` jump to where they occur, where one that opens on a
    look-behind is tried at every position of the text (some twenty times slower)."""
    pattern = re.escape(form)
    if " " in form:
        pattern = f"[{re.escape(form[0])}{re.escape(form[0].lower())}]{re.escape(form[1:])}"
    before, after = (r"\w", r"(?!\w)") if form.isupper() else (r"[\w-]", r"(?![\w-])")
    return re.compile(rf"{pattern}(?<!{before}[\s\S]{{{len(form)}}}){after}")
