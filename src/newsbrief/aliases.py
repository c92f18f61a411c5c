"""Aliases: mentions grouped into entities, each short or variant form joined to the name it stands for.

Steps (each a small function):

3. group mentions by a folded key that merges spelling variants (Tokayev / Tokaïev / Tokaiev, Kiev / Kyiv), a
   body's well-known other names ("OTAN", "Organisation du traité de l'Atlantique nord"; a party's nicknames,
   "Tories", and a country's abbreviations, "U.S."), a party's branch ("Scottish Tory", "Scottish
   Conservatives"; the bare "Labour" too when it is the one branch named, "Welsh Labour") and a name under a
   lower-case head ("musée de Pointe-à-Callière", "Musée Pointe-à-Callière"), also qualified by the one demonym
   the article gives it (« université anglaise de Manchester », « université de Manchester »), a law's name with
   its year under the name without it, when the text writes both ("Tenancy Act 2015", "the Tenancy Act"); a
   one-word plural joins its singular ("Minitels"), a one-word name qualified by an adjective joins the name
   ("la Francophonie institutionnelle"); families ("les sœurs Williams", "the Whitfields") are counted for no one;
   a name the text
   gives as another's other name joins it ("…Ordinance, also known as the Article 23 law"), and one the model cut at
   its acronym in brackets before its last words joins the body named by the acronym and those words ("the Tupua
   Tamasese Meaole (T.T.M.) Hospital", then "the T.T.M. Hospital");
4. attach a short form to the longer name it belongs to: a form with initials first ("B. Obama"), then a
   surname or given name alone (also a surname before an East Asian given name: "Kwok" of "Raymond Kwok
   Chi-wai"), a leading part ("Assemblée", "Ana Pastor" of "Ana Pastor García", a commune's short name whatever
   the model reads in it: "Saint-Laurent" of "Saint-Laurent-du-Maroni"; not a place the text gives as one before
   a person's name: "Vosges", "Vosges Matin"; an acronym no body of the language data goes by, "VBS" of "VBS Mutual
   Bank"; not "UN" of "UN Human Rights Council", nor "Suburban Rail Loop" of the "Suburban Rail Loop Authority"
   named after it, nor "Bourges" of the event "Bourges 2028", nor "House" of the "House Ways and Means
   Committee"), a person's name without its middle word ("Nana Agyeman-Duah" of "Nana Kwaku Agyeman-Duah") or
   without the patronym after its link ("Siti Aminah" of "Siti Aminah binti Yusof"), a word inside one person's
   full name only, neither first nor last ("Rafizi" of "Mohd Rafizi bin Ramli", « M. Mwamba » of « Christian
   Mwamba Kalonji »), the
   core of a place ("Baltique" of "mer Baltique"), a place without the compass point or "New" that opens it,
   named after it ("Delhi" of "New Delhi"; not a known place: "Sudan"), an acronym defined in the
   text ("Nouvelle Démocratie (ND)", "… in Hong Kong (AmCham)", ", or CMS,", a branch's "CGT Mayotte (CGT-Ma)", a
   branch's country after the acronym: "… Pipeline Company (WAPCO Niger)", a word too long for initials: « Banque
   africaine d'import-export (Afreximbank) »; not after a person) or made of the name's initials or first
   syllables ("PCC", "Upads", "Legco" of "Legislative Council"; initials first when two names fit: "UNI"), the
   place that ends the name left out or not ("PUC" of "Public Utility Commission of Texas"); a numbered bill's
   initials and number ("SB 6" of "Senate Bill 6"; not "Senate" alone, nor "Treasury Board" of its "Treasury
   Board Secretariat"); a university without its head ("Iowa State"); a body's leading word the model reads as a
   place, an article before it as before the full name written first ("le Tapura" of "le Tapura huiraatira"; not
   "Salford" of "Salford City Council", nor a bare one-word place named and read as a place before the body named
   after it: "Rusumo", "Rusumo One Stop Border Post"); a name whose article a contraction swallowed ("au Point");
   a firm's name without its trailing initials ("Sabine Crest" of "Sabine Crest LNG"), never those initials alone
   ("LNG"), or without the words that end in its legal form ("Nile Enviro" of "Nile Enviro Services Ltd"; not a
   place the model reads as one alone: "Perak" of "Perak Agro-Feeds Bhd"). Of two owners one of which ends the
   other, the short form stands for the nearer ("National": "Conseil national", not the commission of it; "Commission":
   "Commission européenne", not "Commission européenne pour le commerce", which that name then joins).
   Without another owner, a clipped form joins the one name a word of which it opens ("Ouaga" of "Ouagadougou",
   "l'Agglo" of "Saint-Malo Agglomération", "Philly"); an establishment's own name joins its full name ("Tilleuls"
   of "Ehpad Les Tilleuls"), a firm's first word the model reads as a place and a person its firm ("Altamira" of
   "Altamira Partners"), a word in brackets after a body's name, written alone too, the body ("Coalition for Clean
   and Fair Elections (Bersih)", then "Bersih"), whatever the model reads in them.
   A surname shared by namesakes goes to the one its title points to (M./Mme, Mr./Ms.), else to the one named
   with the role word before it ("Minister Kim" of "Trade Minister Kim Do-hyun"; also a capitalised word the
   article writes inside a sentence before a person's full name, :mod:`newsbrief.titles`: "Warden Kerr" of "said
   Warden Joan Kerr"), else to the
   one last named,
   else stays its own row marked ambiguous. Last, a capitalised designation after an article joins the one body
   of its head or the one country of its form the article names ("l'Agglomération": the "Communauté de
   l'Auxerrois"; "the Kingdom": Jordan; "the Island": Jersey, or the "Isle of Man"), or the town the article
   writes after it (« la Ville de Sherbrooke », which the model reads as the town: « la Ville » then joins
   Sherbrooke); without one, a designation that names nothing alone ("the House", also after a chamber's rank:
   "the Lower House"; "the Island") is a description, counted for no one.

The labels these steps look at (a person's surname joins only a name of the same kind) are given by the
caller, :func:`newsbrief.entities.extract_entities`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType, ModuleType

from newsbrief.grammar import after_definite_article
from newsbrief.names import (ELISION, Mention, after_capitalised_word, canonical_name, demonym_place, fold_name,
                             folded_words, has_initial, is_given_name, is_initialism, is_legal_form, looks_personal,
                             surname, without_middle_name)
from newsbrief.titles import TitleLessons, learn_titles

#: An acronym in brackets after a name, or after a place that completes the name ("de Montréal (MBAM)").
_DEFINED = re.compile(r"(?: (?:de la |de |du |d'|of )[A-ZÀ-Ý][\w'-]*)?\s*\(\s*([\w.&-]+)\s*\)")
#: The hyphen between a body's capitals and its place's first letters in a branch's acronym ("CGT-Ma").
_BRANCH_HYPHEN = re.compile(r"^([A-Z]{2,})-([A-Z][a-z]+)$")
#: A capitalised word right after a mention: the mention opens a longer name ("House Republicans").
_CAPITALISED_NEXT = re.compile(r"[ \u00a0]+[A-ZÀ-Ý]")
#: The longest acronym taken for a name's initials without its definition in brackets ("Cedeao"); one defined
#: there may be longer, a word of syllables ("Fédération des pêcheurs traditionnels du Boeny (Fepetrab)").
_SPELLED_MOST = 7
#: How many times as often as its one regional branch a party's bare name may be named and still stand for it.
_BRANCH_SHARE = 2
#: Mentions by the folded key of the entity they name.
Groups = dict[str, list[Mention]]
_YEAR_END = re.compile(r" (?:1[89]|20)\d\d$")


def group_mentions(mentions: list[Mention], *, lang: ModuleType) -> Groups:
    """Mentions by folded name (step 3's first part); a name under a lower-case head is keyed without the small
    words after the head, whatever the case of the head elsewhere ("musée de Pointe-à-Callière", "Musée
    Pointe-à-Callière"), a body's other name under its full name."""
    headed = {fold_name(m.text): _headed_key(m.text, lang) for m in mentions if m.text[:1].islower()}
    headed |= _unqualified_heads(mentions, headed, lang)
    headed |= _undated_laws({fold_name(m.text) for m in mentions}, lang)
    headed |= _other_saint_forms([fold_name(m.text) for m in mentions], lang)
    synonyms = _synonym_keys(lang)
    groups: Groups = defaultdict(list)
    for mention in mentions:
        key = fold_name(mention.text)
        key = headed.get(key, key)
        groups[synonyms.get(key) or _branch_key(mention.text, lang) or key].append(mention)
    return dict(groups)


def _unqualified_heads(mentions: list[Mention], headed: dict[str, str], lang: ModuleType) -> dict[str, str]:
    """A name under a lower-case head that a demonym qualifies -> the key of the same name without it, when the
    article writes it so and qualifies it by no other demonym (« l'université anglaise de Manchester »,
    « l'université de Manchester »): one body, its country given once as a precision."""
    plain = set(headed.values())
    stripped: dict[str, str] = {}
    places: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.text.split()
        if len(words) < 4 or not words[0].islower() or words[2].lower() not in lang.CONNECTIVES:
            continue
        place = demonym_place(words[1], lang.DEMONYMS)
        unqualified = _headed_key(" ".join([words[0], *words[2:]]), lang) if place else ""
        if unqualified in plain:
            stripped[fold_name(mention.text)] = unqualified
            places.setdefault(unqualified, set()).add(place or "")
    return {key: value for key, value in stripped.items() if len(places[value]) == 1}


def _undated_laws(keys: set[str], lang: ModuleType) -> dict[str, str]:
    """A law's name with its year -> the name without it, when the article also writes it so ("Tenancy Act
    2015", "the Tenancy Act"): one law, its year given once as a precision."""
    nouns = folded_words(frozenset(lang.LEGISLATION_NOUNS))
    undated = {key: key.rsplit(" ", 1)[0] for key in keys if _YEAR_END.search(key)}
    return {key: name for key, name in undated.items() if name in keys and name.split()[-1] in nouns}


def _other_saint_forms(keys: list[str], lang: ModuleType) -> dict[str, str]:
    """A name opening with a form of "Saint" (``SAINT_FORMS``: "St. Maarten", "Sint Maarten") -> the first key in
    the text with the same rest and another form: one place or person, however the article writes the saint."""
    forms = getattr(lang, "SAINT_FORMS", frozenset())
    first: dict[str, str] = {}
    result: dict[str, str] = {}
    for key in keys:
        saint, _, rest = key.partition(" ")
        if saint not in forms or not rest:
            continue
        result[key] = first.setdefault(rest, key)
    return {key: other for key, other in result.items() if key != other}


def _branch_key(text: str, lang: ModuleType) -> str:
    """A party's branch keyed by its demonym and the party's full name ("Scottish Tory" and "Scottish
    Conservatives" -> "scotish conservative parti"), else ""."""
    first, _, rest = text.partition(" ")
    parties = _party_nicknames(lang)
    if rest and fold_name(rest) in parties and demonym_place(first, lang.DEMONYMS):
        return f"{fold_name(first)} {parties[fold_name(rest)]}"
    return ""


def merge_aliases(groups: Groups, labels: dict[str, str], *, text: str, lang: ModuleType,
                  titles: TitleLessons | None = None) -> tuple[Groups, set[str]]:
    """The groups with plurals and qualified names merged, families dropped and short forms attached (steps 3
    and 4); ``labels`` gives each group's label, ``titles`` what the article teaches about titles (learned from
    the groups' mentions when not given). Also returns the keys of short forms left apart because several people
    share them."""
    groups = _merge_qualified(_merge_party_plurals(_merge_plurals(groups, labels), labels, lang), labels, lang)
    groups = _join_party_branch(_join_party_families(groups, labels, text, lang), lang)
    groups = _merge_other_names(_drop_families(groups, labels, text, lang), text, lang)
    groups = _join_names_around_acronyms(groups, labels, text, lang)
    groups = _drop_opened_full_forms(_merge_inverted_bodies(groups, lang), labels, text, lang)
    if titles is None:
        titles = learn_titles([m for group in groups.values() for m in group], text, lang)
    groups, ambiguous = _attach_short_forms(groups, labels, text, lang, titles)
    return _drop_descriptions(_join_seats(groups, lang), text, lang), ambiguous


# --- grouping -----------------------------------------------------------------------------------------------------


def group_key(name: str, lang: ModuleType) -> str:
    """The key of the group a name joins: its folded form, or its body's full name for a well-known other name
    ("U.S." -> "united states"), so that a demonym's place finds the row of whichever form the text uses."""
    key = fold_name(name)
    return _synonym_keys(lang).get(key, key)


def _synonym_keys(lang: ModuleType) -> dict[str, str]:
    """Folded other names of a body -> its folded full name ("otan" -> "organisation du traite ...")."""
    return {fold_name(other): fold_name(name) for other, name in lang.SYNONYMS.items()}


def _headed_key(text: str, lang: ModuleType) -> str:
    words = text.split()
    rest = words[1:]
    while len(rest) > 1 and rest[0].lower() in lang.CONNECTIVES:
        rest = rest[1:]
    return fold_name(" ".join([words[0], ELISION.sub("", rest[0]) if rest else "", *rest[1:]]))


def _merge_plurals(groups: Groups, labels: dict[str, str]) -> Groups:
    """A one-word plural joins its singular ("Minitels" -> "Minitel"); the plural of a person's name is a
    family ("the Whitfields") and is counted for no one."""
    merged = {k: list(v) for k, v in groups.items()}
    for key in groups:
        singular = next((k for k in merged if key.endswith("s") and k.split()[-1:] == [key[:-1]]), None)
        if singular is None or " " in key:
            continue
        of_person = "PER" in (labels[key], labels[singular])
        if not of_person and singular != key[:-1]:
            continue  # "Estoniens" is not a plural of "Parlement estonien"
        family = merged.pop(key)
        if not of_person:
            merged[singular] += family
    return merged


def _merge_party_plurals(groups: Groups, labels: dict[str, str], lang: ModuleType) -> Groups:
    """A body's name in the plural of its members joins the singular or the party it names ("Progressive
    Conservatives" -> "Progressive Conservative", "Ulster Unionists" -> "Ulster Unionist Party"); people
    and one-word plurals are :func:`_merge_plurals`'s."""
    merged = {k: list(v) for k, v in groups.items()}
    nouns = sorted(folded_words(frozenset(getattr(lang, "PARTY_NOUNS", ()))))
    for key in groups:
        if " " not in key or not key.endswith("s"):
            continue
        parties = [f"{key[:-1]} {noun}" for noun in nouns]  # a party's name is no person's, whatever the model says
        stems = [*parties] if labels[key] == "PER" else [key[:-1], *parties]
        owner = next((k for k in stems if k in merged and labels[k] != "PER"), None)
        if owner is not None and key in merged:
            merged[owner] += merged.pop(key)
    return merged


def _join_party_families(groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> Groups:
    """A party's nickname ("the Tories", "the Conservatives") joins the one party of that family the article
    names ("Progressive Conservatives") when it never writes the party's own full name: the nickname stands for
    the party the article is about. Not a branch named by its place ("Scottish Conservatives": the bare forms
    stay the party's, as :func:`_ends_name` keeps them, unless :func:`_join_party_branch` joins them), nor a
    nickname the model cut from a longer name ("a Christian Democrat" is no "Social Democrat")."""
    merged = {k: list(v) for k, v in groups.items()}
    articles = lang.LEADING_ARTICLES
    for party, words in _party_families(lang).items():
        if party not in merged or any(fold_name(m.text) == party or after_capitalised_word(m.start, text, articles)
                                      for m in merged[party]):
            continue
        kin = [k for k in merged if k != party and labels.get(k) != "PER" and _of_family(k, words, lang)
               and not demonym_place(canonical_name(merged[k]).split()[0], lang.DEMONYMS)]
        if len(kin) == 1:
            merged[kin[0]] += merged.pop(party)
    return merged


def _join_party_branch(groups: Groups, lang: ModuleType) -> Groups:
    """A party's bare name ("Labour", "the Conservatives") joins the one regional branch the article names
    ("Welsh Labour"): the article is about the branch, and the bare name is its short form. Not when two
    branches are named, nor when the bare name is named over twice as often as the branch: then the national
    party is an actor of its own ("the Tories" across Britain, "the Scottish Conservatives" leadership race)."""
    merged = {k: list(v) for k, v in groups.items()}
    for party in sorted(_party_keys(lang) & set(groups)):
        branches = [k for k in groups if k.endswith(" " + party) and k.count(" ") == party.count(" ") + 1
                    and demonym_place(canonical_name(groups[k]).split()[0], lang.DEMONYMS)]
        if len(branches) == 1 and len(groups[party]) <= _BRANCH_SHARE * len(groups[branches[0]]):
            merged[branches[0]] += merged.pop(party)
    return merged


def _of_family(key: str, words: set[str], lang: ModuleType) -> bool:
    """A multi-word party name ending in a word of the family, or in that word and a party noun
    ("progressive conservative"; not "Democratic National Committee")."""
    tokens = key.split()
    if len(tokens) > 1 and tokens[-1] in folded_words(frozenset(getattr(lang, "PARTY_NOUNS", ()))):
        tokens = tokens[:-1]
    return len(tokens) > 1 and tokens[-1] in words


@lru_cache(maxsize=8)
def _party_families(lang: ModuleType) -> dict[str, set[str]]:
    """Folded full names of parties -> the folded words of their nicknames ("conservative party" -> {"tory",
    "tories", "conservative", "conservatives"})."""
    families: dict[str, set[str]] = defaultdict(set)
    for nickname, party in _party_nicknames(lang).items():
        if " " not in nickname:
            families[party].add(nickname)
    return dict(families)


def _merge_qualified(groups: Groups, labels: dict[str, str], lang: ModuleType) -> Groups:
    """A one-word name with a lower-case adjective, named less often than the word alone, is that name qualified
    ("la Francophonie institutionnelle" is the Francophonie); not a place ("Europe centrale"), a demonym
    ("Parlement européen") or an institution's head ("Conseil constitutionnel")."""
    merged = {k: list(v) for k, v in groups.items()}
    for key, group in groups.items():
        words = canonical_name(group).split()
        base = fold_name(words[0])
        if len(words) != 2 or not words[1].islower() or base not in merged or labels[key] == "LOC":
            continue
        if len(group) >= len(merged[base]) or demonym_place(words[1], lang.DEMONYMS):
            continue
        if words[0].lower() in lang.NON_PERSON_WORDS or base in map(fold_name, lang.PLACES):
            continue
        merged[base] += merged.pop(key)
    return merged


def _merge_other_names(groups: Groups, text: str, lang: ModuleType) -> Groups:
    """A name the text gives as another's other name joins it ("the Safeguarding National Security Ordinance, also
    known as the Article 23 law"): both name one thing."""
    markers = getattr(lang, "OTHER_NAME_MARKERS", ())
    if not markers:
        return groups
    pattern = re.compile(rf",?\s*\(?(?:{'|'.join(markers)})\s+(?:(?:{'|'.join(lang.ARTICLES)})\s+)?$")
    merged = {k: list(v) for k, v in groups.items()}
    ends = {m.end: key for key, group in groups.items() for m in group}
    for key, group in groups.items():
        for mention in group:
            found = pattern.search(text, max(0, mention.start - 40), mention.start)
            owner = ends.get(found.start()) if found else None
            if owner is not None and owner != key and owner in merged and key in merged:
                merged[owner] += merged.pop(key)
    return merged


def _join_seats(groups: Groups, lang: ModuleType) -> Groups:
    """A seat of power or other fixed name of a body joins the body's row when the article names that body too
    (« le Palais du Luxembourg » and « le Sénat », "Castille" and "the Office of the Prime Minister"; the
    language's ``SEATS``); alone it keeps its own row, and it joins nothing when another row also holds its words
    (« Congo » beside « Congo-Brazzaville »: two countries)."""
    merged = {k: list(v) for k, v in groups.items()}
    for seat, bodies in seat_keys(lang).items():
        owners = sorted((k for k in merged if k in bodies), key=lambda k: -len(merged[k]))
        if seat not in merged or not owners or _other_row_holds(seat, bodies, merged):
            continue
        merged[owners[0]] += merged.pop(seat)
    return merged


@lru_cache(maxsize=8)
def seat_keys(lang: ModuleType) -> dict[str, frozenset[str]]:
    """Folded seats and other fixed names -> the folded names of the bodies they stand for."""
    seats = lang.SEATS
    return {fold_name(seat): frozenset(map(fold_name, bodies)) for seat, bodies in seats.items()}


def _other_row_holds(seat: str, bodies: frozenset[str], groups: Groups) -> bool:
    """Whether a row other than the seat's and its bodies' holds the seat's words (« congo brazaville »)."""
    return any(f" {seat} " in f" {key} " for key in groups if key != seat and key not in bodies)


def _merge_inverted_bodies(groups: Groups, lang: ModuleType) -> Groups:
    """A body named after its place with its head last ("Grenoble-Alpes Métropole", "Rennes Métropole") joins the
    same body named with its head first ("la Métropole de Grenoble"): the official and the spoken name of one
    body, which the head alone then takes up ("la Métropole")."""
    heads = folded_words(frozenset(getattr(lang, "BODY_NAME_HEADS", ())))
    merged = {k: list(v) for k, v in groups.items()}
    for key in groups:
        words = key.split()
        if len(words) != 3 or words[0] not in heads or words[1] not in ("de", "du", "d'") or key not in merged:
            continue
        inverted = [k for k in merged if k.split()[-1:] == words[:1] and len(k.split()) > 1
                    and re.split(r"[\s-]", k)[0] == words[2]]
        for other in inverted:
            merged[key] += merged.pop(other)
    return merged


def _join_names_around_acronyms(groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> Groups:
    """A name the text writes with its acronym in brackets before the name's last words ("the Tupua Tamasese Meaole
    (T.T.M.) Hospital", « le centre nucléaire de production d'électricité (CNPE) du Bugey ») joins the body the text
    then names by the acronym and those words ("T.T.M. Hospital", « CNPE du Bugey »), the acronym in brackets
    with it: one name, which the model cut at the brackets; the last words are no mention of their own there (the
    place « Bugey »), and so does the name written whole without the acronym (« Centre hospitalier et
    universitaire de Brazzaville » beside « … (CHU) de Brazzaville » and « CHU de Brazzaville »). Not a role
    after the acronym ("Ports Authority (SLPA) Chairman")."""
    merged = {k: list(v) for k, v in groups.items()}
    for key, group in groups.items():
        acronym, _, rest = canonical_name(group).partition(" ")
        if labels[key] == "PER" or not rest or not _is_acronym(acronym.replace(".", "")) \
                or any(word.lower() in lang.ROLE_NOUNS for word in rest.split()):
            continue
        for found in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)\s+{re.escape(rest)}(?!\w)", text):
            for other in [k for k in merged if k != key]:
                around = [m for m in merged[other] if _around_brackets(m, found)]
                if any(m.end <= found.start() for m in around):  # also written whole without the acronym
                    around += [m for m in merged[other] if text.startswith(" " + rest, m.end) and m not in around]
                merged[key] += [m for m in around if m.end <= found.start() or text.startswith(" " + rest, m.end)
                                or fold_name(m.text) == fold_name(acronym)]
                merged[other] = [m for m in merged[other] if m not in around]
    return {k: v for k, v in merged.items() if v}


def _around_brackets(mention: Mention, found: re.Match[str]) -> bool:
    """Whether a mention ends right before the acronym in brackets that cuts a name, or is inside the brackets or
    the words after them."""
    return found.string[mention.end:found.start()].isspace() or found.start() < mention.start < found.end()


def _drop_families(groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> Groups:
    """A person's surname alone after "les", "sœurs", before "sisters" is a family, counted for no one."""
    result = {}
    for key, group in groups.items():
        kept = [m for m in group if labels[key] != "PER" or not _is_family(text, m.start, m.text, lang)]
        if kept:
            result[key] = kept
    return result


def _is_family(text: str, start: int, name: str, lang: ModuleType) -> bool:
    """A surname after "les", "sœurs", "the ... sisters": a family, not one person."""
    if " " in name:
        return False
    before = text[max(0, start - 12):start].split()
    after = text[start + len(name):start + len(name) + 12].split()
    return bool(before and before[-1].lower() in lang.FAMILY_BEFORE) or \
        bool(after and after[0].lower().strip(".,;") in lang.FAMILY_AFTER)


# --- short forms --------------------------------------------------------------------------------------------------


def _attach_short_forms(groups: Groups, labels: dict[str, str], text: str, lang: ModuleType,
                        titles: TitleLessons) -> tuple[Groups, set[str]]:
    """Merge each short form into the longer name it stands for (see the module docstring); returns the
    groups and the keys of short forms left apart because several people share them."""
    merged = {k: list(v) for k, v in groups.items()}
    ambiguous: set[str] = set()
    roles = _roles_before(groups, text, lang, titles)
    # a name with initials first ("B. Obama" joins "Barack Obama"), so that the surname alone then has one owner
    for key in sorted(groups, key=lambda k: (not has_initial(k), len(k.split()))):
        owners = _owners(key, merged, labels, text, lang)
        if not owners:
            continue
        genders = {o: _gender(merged[o], o, lang) for o in owners}
        keep = []
        for mention in merged.pop(key):
            owner = _pick_owner(owners, genders, merged, mention, roles=roles)
            (merged[owner] if owner else keep).append(mention)
        if keep:
            merged[key] = keep
            ambiguous.add(key)
    return merged, ambiguous


def _owners(key: str, groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> list[str]:
    """The longer names a short form may stand for: for an acronym the name it is defined after or spells,
    else the place it is the core of ("mer Baltique"), else the names it ends (a surname) or abbreviates
    ("J-M Ayrault"), else the one name it begins (the shortest of names that open one another: "Commission" of
    "Commission européenne", itself of "Commission européenne pour le commerce"), else the one body or state a
    capitalised designation stands for ("la Principauté"), else the one person whose full name of three words or
    more holds it as a middle word ("Rafizi" of "Mohd Rafizi bin Ramli"), else the one name a word of which it
    clips ("Ouaga")."""
    acronym = _acronym_owners(key, groups, labels, text, lang)
    if acronym:
        return acronym
    contracted = _contracted_owner(key, groups, text, lang)
    if contracted:
        return [contracted]
    places = [k for k in groups if k != key and _place_core(canonical_name(groups[k]), lang) == key] \
        if labels[key] != "PER" else []  # a person's short form never goes to a place: no scan
    if len(places) == 1 and labels[places[0]] != "PER":
        return places
    speaks = any(m.person_cue for m in groups[key])
    ends = [k for k in groups if k != key and _ends_name(key, k, labels, lang, speaks=speaks, groups=groups)]
    # "National" ends "Commission … du Conseil national" only through "Conseil national", its complement
    ends = [k for k in ends if not any(o != k and k.endswith(" " + o) for o in ends)]
    if ends:
        return ends
    articled = all(after_definite_article(m.start, text, lang) for m in groups[key])
    placed = _placed_in_text(groups[key], text, lang)
    begins = [k for k in groups if k != key and _begins_name(key, k, labels, lang, groups, articled=articled,
                                                             placed=placed)]
    # "Commission" opens "Commission européenne pour le commerce" through "Commission européenne", its owner in turn
    begins = [k for k in begins if not any(o != k and k.startswith(o + " ") for o in begins)]
    if len(begins) > 1 and labels[key] == "PER":  # "Abiy" of "Abiy Ahmed", not of "Abiy the Nobel Peace Prize"
        begins = [k for k in begins if labels[k] == "PER"]
    if _opens_several_names(canonical_name(groups[key]), text):
        return []
    if len(begins) == 1:
        return begins
    inner = _inner_word_owner(key, groups, labels, lang) if not begins else ""
    if inner:
        return [inner]
    designated = _designated_owner(key, groups, labels, text, lang)
    if designated:
        return [designated]
    clipped = _clipped_owner(key, groups, labels, lang) if not begins else ""
    return [clipped] if clipped else []


def _inner_word_owner(key: str, groups: Groups, labels: dict[str, str], lang: ModuleType) -> str:
    """The one person whose full name of three words or more holds a one-word person's name inside it, neither
    first nor last ("Rafizi" of "Mohd Rafizi bin Ramli", "M. Mwamba" of "Christian Mwamba Kalonji"): the word many
    naming cultures call a person by (a Malay given name before the patronym, a Congolese or Latin American first
    surname); "" when another person's name holds the word too (namesakes stay apart), or the word is a place."""
    group = groups[key]
    if " " in key or not (labels[key] == "PER" or any(m.title or m.role or m.person_cue for m in group)) \
            or key in folded_words(lang.PLACES):
        return ""
    holders = [k for k in groups if k != key and labels[k] == "PER" and key in k.split()]
    words = holders[0].split() if len(holders) == 1 else []
    return holders[0] if len(words) >= 3 and key in words[1:-1] else ""


def _clipped_owner(key: str, groups: Groups, labels: dict[str, str], lang: ModuleType) -> str:
    """The one name of the article one of whose words a one-word name clips, its opening letters only, three
    letters or more left out (« Ouaga » of « Ouagadougou », « l'Agglo » of « Saint-Malo Agglomération »; with an
    ending the language adds to clipped names, ``CLIPPED_NAME_ENDINGS``: "Philly" of "Philadelphia"): never a
    person's name or a given name (« Jean », « Jeanne »), a known place, a form of four letters or fewer ("Euro"
    of "Euronext"), nor a word another name holds whole ("Ouaga" of « Ouaga 2000 »); "" when no name or several
    fit."""
    name = canonical_name(groups[key])
    if " " in key or labels[key] == "PER" or not name[:1].isupper() or name.isupper() \
            or is_given_name(name, lang) or key in folded_words(lang.PLACES):
        return ""
    endings = folded_words(frozenset(lang.CLIPPED_NAME_ENDINGS))
    stems = {key} if len(_letters(name)) >= 5 else set()  # "Euro" stays apart from "Euronext"; "Agglo" is "aglo"
    stems |= {key[:-len(e)] for e in endings if key.endswith(e) and len(key) - len(e) >= 4}
    owners = [k for k in groups if k != key and labels[k] != "PER" and any(_clips(stem, word, len(key))
                                                                          for stem in stems for word in k.split())]
    # "Philly" of "Philadelphia", not of "West Philadelphia", named after it
    owners = [k for k in owners if not any(o != k and o in _word_spans(k) for o in owners)]
    holders = [k for k in groups if k != key and key in k.split()]
    return owners[0] if len(owners) == 1 and not holders else ""


def _word_spans(key: str) -> set[str]:
    """Every run of whole words of a folded name ("west philadelphia" -> "west", "philadelphia", ...)."""
    words = key.split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def _clips(stem: str, word: str, size: int) -> bool:
    """Whether a folded word opens with a clipped form's stem and is three letters longer than the form at least,
    the stem no more than half the word, the clipped part inside it ("aglo" of "aglomeration"; not "saint" of
    "saint-malo", nor a word the ending of a derived word lengthens: "parliament" of "parliamentary", "rouen" of
    "rouenais", "island" of "islanders")."""
    return len(word) >= size + 3 and 2 * len(stem) <= len(word) and word.startswith(stem) \
        and word[len(stem)].isalpha()


def _drop_descriptions(groups: Groups, text: str, lang: ModuleType) -> Groups:
    """Without the name it would stand for, a capitalised designation that names nothing alone is a description,
    counted for no one ("the House" of an assembly the article never names, "the Kingdom" of an article that
    names two kingdoms): the language's ``DESCRIPTIONS_ALONE``, also after a chamber's rank ("the Lower House",
    ``CHAMBER_RANKS``), mostly used as a noun (:func:`_mostly_described`)."""
    alone = folded_words(lang.DESCRIPTIONS_ALONE)
    ranks = folded_words(getattr(lang, "CHAMBER_RANKS", frozenset()))
    return {key: group for key, group in groups.items()
            if not _names_description(key, alone, ranks) or not _mostly_described(group, text, lang)}


def _names_description(key: str, alone: frozenset[str], ranks: frozenset[str]) -> bool:
    """Whether a folded name is a designation alone ("house") or after a chamber's rank ("lower house", "upper
    chamber"): either side of a parliament, which names no assembly of its own."""
    words = key.split()
    return key in alone or len(words) == 2 and words[0] in ranks and words[1] in alone


def _mostly_described(group: list[Mention], text: str, lang: ModuleType) -> bool:
    """Whether most mentions of a one-word designation are after a definite article ("the Bench said") or before
    no capitalised word ("Crown counsel Jane Doe", "A Division Bench of", "observes Bench;" in a headline): used as
    a noun, not as the first word of a longer name ("House Republicans")."""
    described = sum(after_definite_article(m.start, text, lang) or not _CAPITALISED_NEXT.match(text, m.end)
                    for m in group if m.text[:1].isupper())
    return described * 2 > len(group)


def _mostly_articled(group: list[Mention], text: str, lang: ModuleType) -> bool:
    """Whether most mentions of a one-word name are capitalised after a definite article ("the Community"), as a
    designation is, not a name's first word ("House Republicans") nor a common noun opening a sentence."""
    articled = sum(m.text[:1].isupper() and after_definite_article(m.start, text, lang) for m in group)
    return articled * 2 > len(group)


def _designated_owner(key: str, groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> str:
    """The one body or state a capitalised designation stands for, mostly after a definite article: the one
    name of the article with that head ("l'Agglomération": the "Communauté de l'Auxerrois"; "the Community": the
    "East African Community", whatever label the model gave each; not the building a chamber's designation ends,
    "Parliament House" for "the House"), or the one country of that form ("la
    Principauté": Monaco; "the Kingdom": Jordan, not Syria); "" when the article names none or several, the
    reader then cannot tell which."""
    heads, states = designations(lang).get(key, (frozenset(), frozenset()))
    if not heads or not _mostly_articled(groups[key], text, lang):
        return ""
    owners = [k for k in groups if k != key and labels[k] != "PER" and not _chamber_designation(k.split()[-1:], lang)
              and (k in states or _head_word(canonical_name(groups[k]), lang) in heads)]
    owners = owners or _completed_places(key, groups, labels, text)
    return owners[0] if len(owners) == 1 else ""


def _completed_places(key: str, groups: Groups, labels: dict[str, str], text: str) -> list[str]:
    """The names the text writes after the designation and « de » (« la Ville de Sherbrooke »): the town whose
    administration the designation, also written alone, stands for, when the model read the full form as the
    place alone; not when the designation only opens the full form (« la Ville de Marseille », its own body)."""
    designation = canonical_name(groups[key])
    return [k for k in groups if labels[k] != "PER" and _completes(designation, name := canonical_name(groups[k]), text)
            and not all(_completes(m.text, name, text, at=m.end + 1) for m in groups[key])]


def _completes(designation: str, name: str, text: str, *, at: int | None = None) -> bool:
    """Whether the text writes the name after the designation and « de » (« Ville de Sherbrooke »), anywhere
    or, with ``at``, right after the designation written at that offset."""
    pattern = rf"(?:de |d['’]){re.escape(name)}(?!\w)"
    if at is not None:
        return re.match(pattern, text[at:at + len(name) + 4]) is not None
    return re.search(rf"(?<!\w){re.escape(designation)} {pattern}", text) is not None


def _drop_opened_full_forms(groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> Groups:
    """Without the designation that opens a full form the model read apart (« Ville » of « la Ville de
    Sherbrooke », the town tagged alone) when the article also writes the designation alone: the town's mention
    already counts the full form, the designation alone then joins the town. Written only in the full form, the
    designation stays the body's own row (« la Ville de Marseille », a party to a trial)."""
    result = dict(groups)
    for key in groups.keys() & designations(lang).keys():
        places = [canonical_name(groups[k]) for k in groups if k != key and labels[k] != "PER"]
        kept = [m for m in groups[key] if not any(_completes(m.text, p, text, at=m.end + 1) for p in places)]
        if kept:
            result[key] = kept
    return result


@lru_cache(maxsize=8)
def designations(lang: ModuleType) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Folded designation -> the folded heads of the names and the folded countries it may stand for (the
    language's ``DESIGNATIONS`` and ``STATE_FORMS``)."""
    forms = lang.STATE_FORMS
    return {fold_name(word): (frozenset(map(fold_name, (word, *heads))), frozenset(map(fold_name, forms.get(word, ()))))
            for word, heads in lang.DESIGNATIONS.items()}


@lru_cache(maxsize=8)
def body_kinds(lang: ModuleType) -> frozenset[str]:
    """The folded words naming a body's or a division's kind that open its name before « de » and its place (« Ville
    de Trois-Rivières », « Province de Namur »): the language's designations (``DESIGNATIONS``) and
    ``DIVISION_NOUNS``."""
    return frozenset(designations(lang)) | folded_words(frozenset(getattr(lang, "DIVISION_NOUNS", ())))


def designation_word(name: str, lang: ModuleType) -> str:
    """The word of a body's name of several words that the article may write alone as its designation: its head
    when the language counts it one ("Government" of the "Solomon Islands Government", of "HM Government of
    Gibraltar"), else ""."""
    head = _head_word(name, lang)
    if head not in designations(lang):
        return ""
    return next((word for word in name.split() if fold_name(word) == head), "")


def _head_word(name: str, lang: ModuleType) -> str:
    """The folded head of a name of several words: its first in a language whose heads come first ("Communauté
    de l'Auxerrois"), else the last before "of" ("East African Community", "HM Government of Gibraltar"), or the
    last word when a possessive follows "of": the name is then of what the complement owns ("House of
    Representatives' Foreign Affairs Committee")."""
    if " " not in name:
        return ""
    if lang.HEAD_FIRST:
        return fold_name(name.split()[0])
    owner, _, complement = name.partition(" of ")
    return fold_name((name if "'" in complement.replace("’", "'") else owner).split()[-1])


def _opens_several_names(short: str, text: str) -> bool:
    """Whether an acronym opens two names or more in the text, tagged or not ("NHS Tayside", "NHS Fife"): the
    body whose branches they are, which none of them stands for."""
    if not is_initialism(short) or not short.isupper():
        return False
    following = re.findall(rf"(?<!\w){re.escape(short)} ([A-Z][\w'’-]*)", text)
    return len(set(following)) >= 2


def _contracted_owner(key: str, groups: Groups, text: str, lang: ModuleType) -> str:
    """The name opening with an article that a contraction swallowed ("au Point", "du Monde": "Le Point", "Le
    Monde"), when every mention of the short form follows such a contraction; else ""."""
    contractions = getattr(lang, "CONTRACTED_ARTICLES", {})
    articles = set()
    for mention in groups[key]:
        before = text[max(0, mention.start - 5):mention.start]
        word = before.split()[-1].lower() if before.endswith(" ") and before.split() else ""
        if word not in contractions:
            return ""
        articles.add(contractions[word])
    owners = [f"{article} {key}" for article in articles if f"{article} {key}" in groups]
    return owners[0] if len(owners) == 1 else ""


@lru_cache(maxsize=8192)
def _place_core(name: str, lang: ModuleType) -> str:
    """The folded place a longer form names ("mer Baltique" -> "baltique", "Kingdom of Denmark" -> "denmark", its
    demonym's: "French Republic" -> "france"), or "": no head as a separate word ("Île-de-France"), a known
    place after a feature ("golfe de Finlande"), or a state's head after a federated state, which is no
    sovereign's name ("The Arizona Republic", a newspaper). Cached: each short form looks at every name of the
    article."""
    places, states = folded_words(lang.PLACE_HEADS), folded_words(lang.STATE_HEADS)
    words = [fold_name(w) for w in name.split()]
    core = " ".join(w for w in words if w not in places | states and ELISION.sub("", w) not in lang.CONNECTIVES
                    and w not in lang.CONNECTIVES)
    if set(words) & states:
        place = demonym_place(core, lang.DEMONYMS) if " " not in core else None
        if core in folded_words(frozenset(getattr(lang, "STATES", ()))):
            return ""
        return fold_name(place) if place else core  # "French Republic" -> "france"
    return core if set(words) & places and core not in folded_words(lang.PLACES) else ""


def _ends_name(short: str, long: str, labels: dict[str, str], lang: ModuleType, *, speaks: bool = False,
               groups: Groups | None = None) -> bool:
    """A surname or tail of a longer name of the same kind ("Tokaïev", "Council"), a speaking surname of a
    name that looks personal whatever the model's labels ("Feld said" for "Marcus Feld"), a name with
    initials for given names ("J-M Ayrault") or without its middle name ("Nana Agyeman-Duah")."""
    short_tokens, long_tokens = short.split(), long.split()
    short_label, long_label = labels[short], labels[long]
    if _abbreviates(short_tokens, long_tokens) or _numbered_initials(short_tokens, long_tokens) \
            or groups and "PER" in (short_label, long_label) \
            and without_middle_name(canonical_name(groups[short]), canonical_name(groups[long])):
        return True
    if groups and long_label == "PER" and short in long_tokens[:-1] \
            and _inner_surname(short, canonical_name(groups[long]), lang):
        return True
    if len(long_tokens) <= len(short_tokens) or long_tokens[-len(short_tokens):] != short_tokens:
        return False
    if _establishment_name(short_tokens, long_tokens, lang) and short_label != "PER" \
            and short not in map(fold_name, lang.PLACES):
        return True  # « les Tilleuls » of « l'Ehpad Les Tilleuls », whatever the model reads in it
    if _chamber_designation(short_tokens, lang):
        return False  # "the House" is the chamber, not "Parliament House" or "Leinster House" where it sits
    if short_label == "LOC" and long_label == "LOC" and groups and _qualified_place(short_tokens, long_tokens, lang) \
            and _named_first(groups[long], groups[short]):
        return True  # "Delhi" after "New Delhi"; not "Philadelphia" before "West Philadelphia", nor "Sudan"
    if short_label == "LOC" and (long_label != "PER" or short in map(fold_name, lang.PLACES)):
        return False  # "Pakistan" stays apart from "The News Pakistan"
    before_tail = long_tokens[-len(short_tokens) - 1]
    if len(long_tokens) >= len(short_tokens) + 2 and before_tail in lang.CONNECTIVES \
            and long_tokens[-len(short_tokens) - 2] in body_kinds(lang):
        return False  # the place a body of its kind governs, whatever the model reads (« [...] Ville de Laval »)
    if long_label != "PER" and before_tail in lang.CONNECTIVES and (short_label != "PER" or groups and any(
            m.label == "LOC" or m.place_cue for m in groups[short])):
        # a body named as the complement of another ("Commission … du Conseil national"), or the place that
        # completes a body's name, which the model reads as a surname but also as a place ("Chambre de commerce
        # de Lévis", "Lévis")
        return False
    if short in _party_keys(lang) and before_tail in folded_words(frozenset(lang.DEMONYMS)):
        return False  # the party is not its branch ("the Conservatives", "the Scottish Conservatives")
    if len(short_tokens) == 1 and is_initialism(canonical_name(groups[short]) if groups else short, ignore=".&") \
            and not _abbreviates(short_tokens, long_tokens):
        return False  # trailing initials name a product or a legal form ("LNG" of "Sabine Crest LNG")
    if speaks and groups and len(short_tokens) == 1 and looks_personal(canonical_name(groups[long])):
        return True
    return "PER" in (short_label, long_label) or short_label == long_label


def _establishment_name(short: list[str], long: list[str], lang: ModuleType) -> bool:
    """Whether folded words are the own name of an establishment that a longer name gives after its kind and an
    article (``ESTABLISHMENT_KINDS``: « Tilleuls » or « Les Tilleuls » of « Ehpad Les Tilleuls »): the name the
    article then uses alone; not a complement after « de » (« Stade de France »: the country)."""
    kinds = folded_words(frozenset(lang.ESTABLISHMENT_KINDS))
    if len(long) < 3 or long[0] not in kinds:
        return False
    rest = long[1:]
    elided = next((a for a in lang.ELIDED_ARTICLES if rest[0].startswith(a) and len(rest[0]) > len(a)), "")
    if rest[0] in lang.ESTABLISHMENT_ARTICLES:
        own = rest[1:]
    elif elided:
        own = [rest[0][len(elided):], *rest[1:]]
    else:
        return False
    return short in (own, rest) or short == [ELISION.sub("", rest[0]), *rest[1:]]


def _chamber_designation(short: list[str], lang: ModuleType) -> bool:
    """Whether folded words are a chamber's designation that is also a building's noun ("house", of both
    ``DESCRIPTIONS_ALONE`` and ``BUILDING_NOUNS``): "the House" the members speak in is the assembly, never the
    building whose name that noun ends ("Parliament House", "Leinster House")."""
    return _seat_of(short, lang) and short[0] in folded_words(lang.DESCRIPTIONS_ALONE)


def _qualified_place(short: list[str], long: list[str], lang: ModuleType) -> bool:
    """Whether a place is a longer place without the compass point or the "New" that opens it ("Bengal" of "West
    Bengal", "Delhi" of "New Delhi"): once the article has named the longer place, its short form, unless the
    short one is a known place in its own right ("Sudan" of "South Sudan", "Mexico" of "New Mexico"); a city
    named before its district ("Philadelphia", then "West Philadelphia") is the whole, not the part."""
    return len(long) == len(short) + 1 and long[0] in getattr(lang, "PLACE_QUALIFIERS", ()) \
        and " ".join(short) not in map(fold_name, lang.PLACES)


@lru_cache(maxsize=8)
def _party_nicknames(lang: ModuleType) -> dict[str, str]:
    """Folded nicknames of parties -> their folded full names (the language's ``PARTY_NICKNAMES``)."""
    return {fold_name(nickname): fold_name(name) for nickname, name in getattr(lang, "PARTY_NICKNAMES", {}).items()}


def _party_keys(lang: ModuleType) -> set[str]:
    """Folded full names of the parties whose nicknames the language lists."""
    return set(_party_nicknames(lang).values())


def _inner_surname(short: str, long_name: str, lang: ModuleType) -> bool:
    """A surname that does not end the person's name: before an East Asian given name ("Kwok" of "Raymond Kwok
    Chi-wai")."""
    last_name = surname(long_name, lang)
    return bool(last_name) and fold_name(last_name) == short and not fold_name(long_name).endswith(short)


def _abbreviates(short: list[str], long: list[str]) -> bool:
    return len(short) == len(long) > 1 and short[-1] == long[-1] and short != long and all(
        s == w or (len(s) == 1 and w.startswith(s)) for s, w in zip(short, long))


def _numbered_initials(short: list[str], long: list[str]) -> bool:
    """The initials of a numbered name's words, then its number ("sb 6" of "senate bill 6")."""
    return len(short) == 2 and len(long) > 2 and short[-1] == long[-1] and short[-1][:1].isdigit() \
        and short[0] == "".join(word[:1] for word in long[:-1])


def _begins_name(short: str, long: str, labels: dict[str, str], lang: ModuleType, groups: Groups, *,
                 articled: bool = False, placed: bool = True) -> bool:
    """The leading words of a longer name: a given name alone ("Eleni"), a person's name without a second
    surname ("Ana Pastor", "Ana Pastor García"), "Assemblée" for "Assemblée nationale", a place for a longer
    place that is not itself a known one ("Ivry" for "Ivry-sur-Seine"); never a known place for anything else
    ("France" stays apart from "France Télévisions"), an acronym before a body ("UN Office"), a chamber before
    its committee ("House Ways and Means Committee"), a place's short form before the body named after the place
    ("Cayman" of the "Cayman Islands Monetary Authority") or a person's full name before the body or place named
    after them ("Francine Clark Art Institute"; a work titled after a hero, "Harry Potter et les reliques de la
    mort", still takes "Harry Potter")."""
    short_tokens, long_tokens = short.split(), long.split()
    if len(long_tokens) <= len(short_tokens) or long_tokens[:len(short_tokens)] != short_tokens:
        return False
    if _firm_short_name(short_tokens, long_tokens, labels[short], groups[short], lang):
        return True  # "Nile Enviro" of "Nile Enviro Services Ltd", whatever the model reads in it
    bodies = {fold_name(noun) for noun in lang.ORG_NOUNS}
    if canonical_name(groups[short]).isupper() and set(long_tokens[len(short_tokens):]) & bodies \
            and short in _synonym_keys(lang):
        return False  # "UN", a body of the language data, is not the "UN Human Rights Council"
    # an acronym no body of the language data goes by opens its firm's name: "PSA" of "PSA Peugeot Citroën", "VBS"
    # of "VBS Mutual Bank"
    if _names_another(short_tokens, long_tokens, labels[long], lang):
        return False
    return _begins_by_kinds(short, long, labels, lang, groups, articled=articled, placed=placed)


def _begins_by_kinds(short: str, long: str, labels: dict[str, str], lang: ModuleType, groups: Groups, *,
                     articled: bool, placed: bool = True) -> bool:
    """Whether ``short``, whose words open ``long``'s, is its leading words by the two names' kinds (the rest of
    :func:`_begins_name`): a person's name without a last word, a place's core, a firm without its initials."""
    short_tokens, long_tokens = short.split(), long.split()
    if labels[long] == "PER":
        if len(short_tokens) > 1:  # "Ana Pastor" for "Ana Pastor García", "Siti Aminah" for "Siti Aminah binti Yusof"
            return labels[short] == "PER" and (len(long_tokens) == len(short_tokens) + 1
                                               or long_tokens[len(short_tokens)] in _patronym_links(lang))
        # nor a place the text gives as one ("la préfète des Vosges", then "Vosges Matin", read as a person), or
        # the model reads as one only, no given name ("Perak" of "Perak Agro-Feeds", a firm read as a person)
        return short not in map(fold_name, lang.PLACES) and not any(m.place_cue for m in groups[short]) \
            and not _read_as_place_only(groups[short], lang)
    if labels[long] == "LOC" and long_tokens[len(short_tokens)] in getattr(lang, "PLACE_PAIR_LINKS", ()):
        return False  # the town "Saint-Pierre" is not "Saint-Pierre-et-Miquelon", the river "Loir" not "Loir-et-Cher"
    if labels[long] == "LOC" and labels[short] == "PER" and _opens_compound_place(
            canonical_name(groups[short]), canonical_name(groups[long]), lang):
        # "Saint-Laurent" of "Saint-Laurent-du-Maroni", though the model reads "Laurent" as a person; one it
        # reads as a place goes by the rules of places below (a known place stays apart)
        return True
    if labels[short] == "PER" and len(short_tokens) > 1 and labels[long] in ("ORG", "LOC"):
        # "Francine Clark" is not the "Francine Clark Art Institute" named after her; "Sabine Crest" without
        # title or role is the firm "Sabine Crest LNG" shorn of its trailing initials
        return _firm_without_initials(groups[short], canonical_name(groups[long]), len(short_tokens))
    if labels[short] == "LOC" or _read_as_place_only(groups[short], lang):
        # "Emirats" for "Emirats arabes unis", "Ivry" for "Ivry-sur-Seine"; not "France", nor "Canterbury", read
        # as a body once ("Federated Farmers Mid Canterbury"), of the "Canterbury Land and Water Regional Plan"
        body = labels[long] == "ORG" and articled and _named_first(groups[long], groups[short])
        if not placed and _unplaced_first_word(short, long, labels, groups, lang) and not body:
            return short not in map(fold_name, lang.PLACES)
        return (labels[long] == "LOC" or body) and short not in map(fold_name, lang.PLACES) \
            and not _body_of_place(long_tokens[len(short_tokens):], lang)
    if labels[long] == "ORG" and _bare_place_named_first(short, groups[short], groups[long], articled=articled):
        return False  # "Rusumo", a border town named, and read as a place, before the "Rusumo One Stop Border Post"
    # a town the text names as a place somewhere ("in Juneau") is not the body named after it ("Juneau Assembly")
    return not (_body_of_place(long_tokens[len(short_tokens):], lang) and _placed_somewhere(groups[short]))


def _bare_place_named_first(short: str, group: list[Mention], long: list[Mention], *, articled: bool) -> bool:
    """Whether a one-word name is a place's that the text names before the body named after it: the model reads it
    as a place at least once and never as a body's, and it goes without an article at least once ("at Rusumo",
    then "the Rusumo One Stop Border Post"); not a body's short name, always after its article ("le Parc", before
    the « Parc naturel régional … ») or read as a body's too ("Bloomberg", "Bloomberg Television")."""
    labels = {m.label for m in group}
    return " " not in short and "LOC" in labels and "ORG" not in labels and not articled and _named_first(group, long)


def _unplaced_first_word(short: str, long: str, labels: dict[str, str], groups: Groups, lang: ModuleType) -> bool:
    """Whether a one-word name the model reads as a place, but also as a person's or a body's, is the distinctive
    first word of a body named before it ("Altamira" of "Altamira Partners"; not "Anjou", "Bhakra", read as
    places only, of « Anjou Solidarités mobiles », the "Bhakra Beas Management Board"), when nothing in the text
    places it (the caller's :func:`_placed_in_text`) and the body's other words are no public body's of a place
    ("Salford" of "Salford City Council", a town, whatever the text does with it)."""
    rest = long.split()[1:]
    public = folded_words(frozenset(getattr(lang, "BODY_NAME_HEADS", ()))) \
        | folded_words(frozenset(lang.BODY_LABEL_WORDS)) \
        | folded_words(frozenset(getattr(lang, "COURT_ENDINGS", ()))) | folded_words(lang.PLACE_HEADS) \
        | folded_words(frozenset(lang.PLACE_KIND_NOUNS))
    mixed = {m.label for m in groups[short] if m.label} - {"LOC"}  # "Bhakra", "Anjou": places the model reads alone
    return " " not in short and labels[long] == "ORG" and bool(mixed) and _named_first(groups[long], groups[short]) \
        and not set(rest) & public \
        and not _names_another(short.split(), long.split(), labels[long], lang)


def _placed_in_text(group: list[Mention], text: str, lang: ModuleType) -> bool:
    """Whether the text places a mention of the group: a preposition that takes places before it ("in Salford",
    ``PLACE_ONLY_PREPOSITIONS``) or a place's noun ("the town of")."""
    prepositions = lang.PLACE_ONLY_PREPOSITIONS
    return any(m.place_preposition or m.place_cue or _word_before(m.start, text) in prepositions for m in group)


def _placed_somewhere(group: list[Mention]) -> bool:
    """Whether the model reads a mention of the group as a place or a preposition that takes places governs one."""
    return any(m.label == "LOC" or m.place_preposition for m in group)


def _patronym_links(lang: ModuleType) -> frozenset[str]:
    """The language's patronymic links (``PATRONYM_LINKS``: "bin", "binti", "ould"), folded: the words before one
    are the person's own name, which the article uses alone once it has given the father's ("Siti Aminah")."""
    return folded_words(frozenset(lang.PATRONYM_LINKS))


def _names_another(short: list[str], long: list[str], label: str, lang: ModuleType) -> bool:
    """Whether the words a longer name adds to a shorter one make it another thing's name: one named after it
    ("Francine Clark Art Institute"), its seat, a body its place opens, its committee, a numbered one, a law or a
    road or a stretch of water named after it ("Yell Sound")."""
    rest = long[len(short):]
    return _named_after(short, long, lang) or _seat_of(rest, lang) or _place_opens_body(rest, label, lang) \
        or _committee_of(rest, lang) or _numbered(rest) or numbered_law(rest, lang) or _feature_named_after(rest, lang)


def _feature_named_after(rest: list[str], lang: ModuleType) -> bool:
    """Whether the words after a name open with a noun of a road or a stretch of water named after a place
    (``PLACE_FEATURE_NOUNS``: "Carmichael Road Detention Centre" after the district "Carmichael", "Yell Sound"
    after the island "Yell"): the feature, and what is named after it, is another place than the one alone."""
    return bool(rest) and rest[0] in folded_words(frozenset(getattr(lang, "PLACE_FEATURE_NOUNS", ())))


def _read_as_place_only(group: list[Mention], lang: ModuleType) -> bool:
    """Whether the model reads every labelled mention of a one-word name as a place, the word is no given name and
    never speaks: a place, which no person's name is cut down to (a chief's title does speak: "Tuala said")."""
    name, labels = canonical_name(group), {m.label for m in group if m.label}
    return labels == {"LOC"} and " " not in name and not is_given_name(name, lang) \
        and not any(m.person_cue or m.title or m.role for m in group)


def _opens_compound_place(short: str, long: str, lang: ModuleType) -> bool:
    """Whether a name is the part of a place's hyphenated compound before its linking word ("Saint-Laurent" of
    "Saint-Laurent-du-Maroni", "Sotteville" of "Sotteville-lès-Rouen"): the commune's everyday short name, which
    stands for it whatever the model reads in it (a given name, "Laurent", makes it a person's)."""
    if not long.startswith(short + "-"):
        return False
    link = long[len(short) + 1:].split("-")[0].lower()
    return link in lang.CONNECTIVES or link in getattr(lang, "COMPOUND_PLACE_LINKS", ())


def _named_first(long: list[Mention], short: list[Mention]) -> bool:
    """Whether a body's full name comes before its leading word, alone ("le Tapura huiraatira", then "le
    Tapura"): an article always before it too, the word is the body's short name, which no town is ("in
    Salford", "Salford City Council"); a party "le Centre" named before the "Centre social protestant" is
    another."""
    return min(m.start for m in long) < min(m.start for m in short)


def _numbered(rest: list[str]) -> bool:
    """Whether the words after a name are a number only ("Bourges 2028", "Paris 2024", "Euro 2016"): an event or
    an edition named after the thing, which is another (the city is not its year as a capital of culture)."""
    return bool(rest) and all(word.isdigit() for word in rest)


def numbered_law(rest: list[str], lang: ModuleType) -> bool:
    """Whether folded words (:func:`fold_name`) are a law's noun and its number only ("Bill 1213", "Bill 26-1188"
    after "House"): a bill filed in the chamber, which is not the chamber."""
    nouns = folded_words(frozenset(lang.LEGISLATION_NOUNS))
    return len(rest) >= 2 and rest[0] in nouns and all(word[:1].isdigit() for word in rest[1:])


def _body_of_place(rest: list[str], lang: ModuleType) -> bool:
    """Whether the words after a place name a body of it ("Le Mans Métropole", "Rennes Métropole", "Juneau
    Assembly": a public body's word, ``BODY_LABEL_WORDS``), or end with a
    court's word (``COURT_ENDINGS``: "Maricopa County Superior Court", which the model reads as a place): the city
    is not its metropolis, nor the county the court sitting there."""
    heads = folded_words(frozenset(getattr(lang, "BODY_NAME_HEADS", ()))) | folded_words(lang.ORGANISATION_ENDINGS) \
        | folded_words(frozenset(lang.BODY_LABEL_WORDS))
    courts = folded_words(frozenset(getattr(lang, "COURT_ENDINGS", ())))
    return bool(rest) and (all(word in heads for word in rest) or rest[-1] in courts)


def _committee_of(rest: list[str], lang: ModuleType) -> bool:
    """Whether the words after a name hold a committee's head ("Ways and Means Committee" after "House"): the
    committee is drawn from the body, which is another."""
    return bool(set(rest) & folded_words(frozenset(getattr(lang, "COMMITTEE_HEADS", ()))))


def _place_opens_body(rest: list[str], label: str, lang: ModuleType) -> bool:
    """Whether the words after a short form go on with a place's head and then a body's words ("Cayman" of the
    "Cayman Islands Monetary Authority"): the short form is the place's ("Cayman" for the Cayman Islands), which
    the body is named after, not the body."""
    return label != "LOC" and len(rest) > 1 and rest[0] in folded_words(lang.PLACE_HEADS)


def _seat_of(rest: list[str], lang: ModuleType) -> bool:
    """Whether the words after a name are only a building's noun ("Parliament House", "Government House",
    "County Hall"): the building where the body sits is not the body."""
    return len(rest) == 1 and rest[0] in folded_words(frozenset(getattr(lang, "BUILDING_NOUNS", ())))


def _named_after(short: list[str], long: list[str], lang: ModuleType) -> bool:
    """A name of several words that a longer one only follows with the head of a body's name: the body is named
    after the thing, and is another ("Suburban Rail Loop", the project, and the "Suburban Rail Loop Authority"
    that builds it); not a university's usual short name ("Iowa State" of "Iowa State University")."""
    schools = folded_words(frozenset(getattr(lang, "SCHOOL_HEADS", ())))
    return len(short) > 1 and len(long) == len(short) + 1 and long[-1] in folded_words(lang.ORGANISATION_ENDINGS) \
        and long[-1] not in schools


def _firm_short_name(short: list[str], long: list[str], label: str, group: list[Mention], lang: ModuleType) -> bool:
    """The leading words of a firm's name that ends in its legal form (``LEGAL_FORMS``: "Nile Enviro" of "Nile
    Enviro Services Ltd", "Perak Agro-Feeds" of "Perak Agro-Feeds Bhd"): the name the article uses once it has
    given the registered one, which the model reads as a person's or a place's; not a single word the model reads
    as a place ("Perak", the state the firm is named after), nor a person's name with a title or a role."""
    if not is_legal_form(long[-1], lang) or any(is_legal_form(word, lang) for word in short):
        return False
    return (len(short) > 1 or label != "LOC") and not any(m.title or m.role for m in group)


def _firm_without_initials(short: list[Mention], long_name: str, size: int) -> bool:
    """A firm's name shorn of the initials that end it ("Sabine Crest" of "Sabine Crest LNG"), when nothing
    makes the short form a person's: no title, no role."""
    rest = long_name.split()[size:]
    initials = bool(rest) and all(is_initialism(w, ignore=".&") for w in rest)
    return initials and not any(m.title or m.role for m in short)


# --- acronyms -----------------------------------------------------------------------------------------------------


def _acronym_owners(key: str, groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> list[str]:
    """The name an acronym is defined after ("Nouvelle Démocratie (ND)"; not a person: "Alfredo Pérez Rubalcaba
    (PSOE)" names his party; a word of syllables only after a body in lower case, "ministère chinois du Commerce
    (Mofcom)", or an organisation's name of its first letter, "Union des industries utilisatrices d'énergie
    (Uniden)", not "Pauline Achard (Renew)"), else the one name whose initials it spells ("EU" -> "European
    Union", "Cedeao" -> "Communauté économique des États de l'Afrique de l'Ouest": an acronym written as a word)."""
    qualified = _qualified_acronym_owner(key, groups, labels, text, lang)
    if qualified:
        return [qualified]
    forms = {m.text.replace(".", "") for m in groups[key]}
    acronyms = {_letters(f) for f in forms if _is_acronym(f) or _bracketed_word(f, text)}
    if len(acronyms) != 1 or " " in canonical_name(groups[key]):
        return []
    acronym = acronyms.pop()
    # a name the acronym itself opens is a branch of its body ("NHS Shetland"), never what the acronym spells
    longer = [k for k in groups if len(k.split()) >= 2 and k != key and k.split()[0] != key]
    upper = any(_capitals(f) >= 2 for f in forms)  # "Pauline Achard (Renew)": a word in brackets defines nothing
    defined = [k for k in longer if (upper or _lower_case_body(groups[k]) or _initial_of_body(acronym, k, labels)
                                     or _translated_body(k, labels, lang) or _other_name_of_body(acronym, k, labels)
                                     or _reused_other_name(groups[key], k, labels, text, lang))
               and labels[k] != "PER" and _defines(groups[k], acronym, text, lang)]
    if defined:
        return defined[:1]
    if not any(_is_acronym(f) for f in forms):
        return []  # a word of three letters ("Pjf") or a long one ("Synactamoc") only through its definition
    if not any(f.isupper() or f.istitle() for f in forms):
        return []  # a name of syllables ("AmCham", or "McCain") only through its definition
    if len(acronym) > _SPELLED_MOST:
        return []  # a longer word of syllables ("Fepetrab") only through its definition
    spelled = [k for k in longer if spells(acronym, k.split(), lang)
               or spells(acronym, _without_place_complement(k.split(), labels, lang), lang)]
    if len(spelled) > 1:  # "UNI": "University of Northern Iowa" by its initials, not "UNiversity of Iowa"
        spelled = [k for k in spelled if spells(acronym, k.split(), lang, syllables=False)]
    if len(spelled) > 1:  # "PNG": "Papua New Guinea", not its people read as a person ("Papua New Guineans")
        spelled = [k for k in spelled if labels[k] != "PER"]
    return spelled if len(spelled) == 1 else []


def _without_place_complement(words: list[str], labels: dict[str, str], lang: ModuleType) -> list[str]:
    """A body's folded name without the place that completes it ("public utility commission of texas" ->
    "public utility commission"), which its acronym often leaves out ("PUC"); [] when no place ends it."""
    if len(words) < 4 or words[-2] not in lang.CONNECTIVES:
        return []
    place = words[-1]
    return words[:-2] if labels.get(place) == "LOC" or place in folded_words(lang.PLACES) else []


def _qualified_acronym_owner(key: str, groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> str:
    """The name an acronym followed by its place, after a space or a hyphen, is defined after, when the name ends
    or opens with that place and the rest spells the acronym ("Confédération des petites et moyennes entreprises
    de l'Isère (CPME Isère)": a local branch named by the national acronym and its place; "Kenya Institute for
    Fiscal Research (IFR-Kenya)"), or, when the name holds no place, an organisation's name of the acronym's first
    letter (« la West African Oil Pipeline Company (WAPCO Niger) »: the body's branch in that country, named in
    full without it); without brackets, when the acronym is the initials of every other word ("CLIA Alaska" of
    "Cruise Lines International Association Alaska"), or the place opens both ("Bombay HC" of "Bombay High
    Court"); else ""."""
    words = re.split(r"[\s-]", canonical_name(groups[key]))
    if len(words) == 2 and _is_acronym(words[1]) and words[1].isupper() and words[0][:1].isupper() \
            and not words[0].isupper():
        return _place_first_owner(fold_name(words[0]), _letters(words[1]), key, groups, labels)
    if len(words) != 2 or not words[0].isupper() or not _is_acronym(words[0]) or not words[1][:1].isupper():
        return ""
    place, bracket = fold_name(words[1]), re.compile(r"\s*\(\s*" + re.escape(canonical_name(groups[key])) + r"\s*\)")
    for owner, group in groups.items():
        body = owner.split()
        if owner == key or labels[owner] == "PER" or len(body) < 3:
            continue
        rest = body[:-1] if ELISION.sub("", body[-1]) == place else body[1:] if body[0] == place else []
        acronym = _letters(words[0])
        spelled = spells(acronym, rest, lang) if rest else _initial_of_body(acronym, owner, labels)
        if spelled and (any(bracket.match(text, m.end) for m in group) or _initials_of(rest) == acronym):
            return owner
    return ""


def _place_first_owner(place: str, acronym: str, key: str, groups: Groups, labels: dict[str, str]) -> str:
    """The one body named by a place and capitalised words whose initials, after the place, make a short form
    ("Bombay HC" of "Bombay High Court"), else ""."""
    owners = [owner for owner in groups if owner != key and labels[owner] != "PER" and owner.split()[0] == place
              and len(owner.split()) >= 3 and _initials_of(owner.split()[1:]) == acronym]
    return owners[0] if len(owners) == 1 else ""


def _initials_of(words: list[str]) -> str:
    """The first letters of folded words, every one ("high court" -> "hc")."""
    return "".join(_letters(word)[:1] for word in words)


def _initial_of_body(acronym: str, key: str, labels: dict[str, str]) -> bool:
    """Whether a word of syllables may be the acronym of an organisation's name: it starts with the name's first
    letter ("Union des industries utilisatrices d'énergie (Uniden)", not "Pauline Achard (Renew)")."""
    return labels[key] == "ORG" and _letters(key)[:1] == acronym[:1]


def _other_name_of_body(word: str, key: str, labels: dict[str, str]) -> bool:
    """Whether a word in brackets after an organisation's name is too long for its initials (``_SPELLED_MOST``):
    the name the body is known by, made of syllables of its name in another language (« la Banque africaine
    d'import-export (Afreximbank) »), whose first letter need not be the name's."""
    return labels[key] == "ORG" and len(word) > _SPELLED_MOST


def _reused_other_name(group: list[Mention], key: str, labels: dict[str, str], text: str, lang: ModuleType) -> bool:
    """Whether a word in brackets after an organisation's name is the other name the text then uses for it
    ("Coalition for Clean and Fair Elections (Bersih)", then "Bersih's proposal"), whatever the model reads in it:
    written outside brackets too, and no place the language data or the model knows (not "(Kenya)")."""
    outside = [m for m in group if text[max(0, m.start - 1):m.start] != "("]
    return labels[key] == "ORG" and bool(outside) and all(m.label != "LOC" and not m.place_preposition for m in group) \
        and canonical_name(group) not in lang.PLACES


def _translated_body(key: str, labels: dict[str, str], lang: ModuleType) -> bool:
    """An organisation whose name opens with a demonym ("Indonesian Employers Association (Apindo)"): a name
    translated from another language, whose acronym in brackets keeps that language's letters."""
    return labels[key] == "ORG" and demonym_place(key.split()[0], lang.DEMONYMS) is not None


def _lower_case_body(group: list[Mention]) -> bool:
    """A body the article names in lower case ("chambre régionale des comptes"): no person's name."""
    return any(m.text[:1].islower() for m in group)


def _letters(text: str) -> str:
    """Accent-folded lower-case letters and digits, y as i, doubled letters kept ("PCC" -> "pcc")."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isalnum()).lower().replace("y", "i")


def _is_acronym(form: str) -> bool:
    """"CEDEAO", "EU", an acronym of four letters or more written as a word ("Cedeao", "Unesco") or of syllables
    ("AmCham"), also when a hyphen adds a word's first letters ("CGT-Ma" of "CGT Mayotte")."""
    if " " in form or not 2 <= len(form) <= 9:
        return False
    form = _BRANCH_HYPHEN.sub(r"\1\2", form)
    syllables = form.isalpha() and form[:1].isupper() and _capitals(form) >= 2
    return form.isupper() or (len(form) >= 4 and form.isalpha() and form.istitle()) or syllables


def _bracketed_word(form: str, text: str) -> bool:
    """A word of one capital that the text writes in brackets, also of three letters or of more than nine ("Pool
    judiciaire financier (Pjf)", "(Synactamoc)"): an acronym in the house style of papers that write them as
    words, which only its definition tells from a name ("Kim")."""
    return len(form) >= 3 and form.isalpha() and form.istitle() and f"({form})" in text


def _capitals(form: str) -> int:
    return sum(c.isupper() for c in form)


def _defines(group: list[Mention], acronym: str, text: str, lang: ModuleType) -> bool:
    """Whether the acronym is in brackets after a mention, or after the place that completes it ("Musée des
    beaux-arts de Montréal (MBAM)", the place counted apart), or in apposition after "or" ("the Centers for
    Medicare & Medicaid Services, or CMS,": wire style, where the acronym need not spell every word); not after
    an acronym of the group, which only ends the name defined ("la Force unifiée de l'AES (FU-AES)": the force,
    not the AES)."""
    for mention in group:
        if _is_acronym(mention.text) and mention.text.isupper():
            continue
        found = _DEFINED.match(text, mention.end) or _defined_after_or(text, mention.end, lang)
        if found and _letters(found.group(1)) == acronym:
            return True
    return False


def _defined_after_or(text: str, end: int, lang: ModuleType) -> re.Match[str] | None:
    """", or CMS," right after a name: the acronym the text gives it."""
    words = "|".join(map(re.escape, lang.ACRONYM_OR))
    return re.compile(rf",\s+(?:{words})\s+([A-Z][\w.&-]*[A-Z][\w.&-]*)(?=[\s,.;:)])").match(text, end)


def spells(acronym: str, words: list[str], lang: ModuleType, *, syllables: bool = True) -> bool:
    """Whether the acronym is the initials of the words, small words optional ("cedh", "cour européenne des
    droits de l'homme"), a word giving one to three letters when ``syllables`` ("upads", "union panafricaine
    pour la démocratie sociale"; "legco", "legislative council"). Without syllables, initials only: of two
    names an acronym spells, the one whose initials it is ("UNI": "University of Northern Iowa", not
    "University of Iowa"). A compound word may give a letter for each of its parts (``COMPOUND_PREFIXES``:
    « Interprofession du Gruyère (IPG) »)."""
    if not words:
        return not acronym
    word = ELISION.sub("", words[0])
    optional = words[0] in lang.CONNECTIVES or word in lang.CONNECTIVES
    if acronym and word[:1] == acronym[0] and spells(acronym[1:], words[1:], lang, syllables=syllables):
        return True
    parts = next(([p, word[len(p):]] for p in getattr(lang, "COMPOUND_PREFIXES", ()) if word.startswith(p)
                  and len(word) > len(p) + 2), [])  # « Interprofession »: I and P
    if parts and spells(acronym, [*parts, *words[1:]], lang, syllables=syllables):
        return True
    for size in (2, 3) if syllables else ():
        if len(acronym) >= size and not optional and word[:size] == acronym[:size] and \
                spells(acronym[size:], words[1:], lang):
            return True
    return optional and spells(acronym, words[1:], lang, syllables=syllables)


# --- namesakes ----------------------------------------------------------------------------------------------------


def _gender(group: list[Mention], key: str, lang: ModuleType) -> str:
    """"Masc" or "Fem" from the titles before the name's mentions, else from its given name; "" when unknown."""
    titles = Counter(m.title for m in group if m.title)
    if titles:
        return titles.most_common(1)[0][0]
    given = re.split(r"[\s-]", canonical_name(group))[0].lower()
    return lang.GIVEN_NAMES.get(given, "") or lang.GIVEN_NAMES.get(key.split()[0], "")


def _pick_owner(owners: list[str], genders: dict[str, str], groups: Groups, mention: Mention, *,
                roles: Mapping[int, str] = MappingProxyType({})) -> str | None:
    """The owner a short mention stands for: the only one, the one its title's gender fits, the one named
    with the role word before it ("Trade Minister Kim Do-hyun", then "Minister Kim"; ``roles`` gives the role
    word before each mention, by start), else the one named last before it; ``None`` when nothing tells."""
    if len(owners) == 1:
        return owners[0]
    fitting = [o for o in owners if mention.title and genders[o] == mention.title]
    if len(fitting) == 1:
        return fitting[0]
    candidates = fitting or owners
    role = roles.get(mention.start, "")
    same_role = [o for o in candidates if role and any(roles.get(m.start) == role for m in groups[o])]
    if len(same_role) == 1:
        return same_role[0]
    before = [(max(m.start for m in groups[o] if m.start < mention.start), o) for o in candidates
              if any(m.start < mention.start for m in groups[o])]
    return max(before)[1] if before else None


def _roles_before(groups: Groups, text: str, lang: ModuleType, titles: TitleLessons) -> dict[int, str]:
    """The title or role word right before each mention, by start ("minister" for "Trade Minister Kim Do-hyun"
    and "Minister Kim", "rep" for "Rep. Kim Seong-ae"), also a capitalised word the article writes inside a
    sentence right before a person's full name, a title it teaches (``titles``: "said Warden Joan Kerr", then
    "Warden Kerr"), unless it names a group itself."""
    words = {w.lower().rstrip(".") for w in (*lang.TITLES, *lang.ROLE_NOUNS)}
    words |= {word for word in titles.words_before_full_names() if word not in groups}
    before = {m.start: _word_before(m.start, text).lower().rstrip(".") for group in groups.values() for m in group}
    return {start: word for start, word in before.items() if word in words}


def _word_before(start: int, text: str) -> str:
    """The word right before an offset as written, a space between and no punctuation after it but an
    abbreviation's full stop ("Warden" of "Warden Kerr", "Rep." of "Rep. Kim"; "" after "said, ")."""
    before = text[max(0, start - 30):start]
    word = before.split()[-1] if before.endswith(" ") and before.split() else ""
    return word if re.fullmatch(r"[^\W\d_][\w'’-]*\.?", word) else ""
