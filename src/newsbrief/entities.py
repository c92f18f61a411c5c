"""Named entities counted per canonical name: spaCy's mentions cleaned, merged, relabelled and re-found.

:func:`extract_entities` runs the steps, each in the module of its concept:

1. and 2. :mod:`newsbrief.mentions`: the model's mentions cleaned, and the names it missed found;
3. and 4. :mod:`newsbrief.aliases`: mentions grouped by folded name, short forms attached to the name they
   stand for, namesakes kept apart (both steps read the titles the article teaches, :mod:`newsbrief.titles`,
   learned once from the cleaned mentions);
5. (here) label each entity by evidence over all its mentions: the place list, the seats of power
   ("Matignon"); a person's when a given name opens it, a title or a role in apposition describes it ("Tomasz
   Wrona, chief economist at") or it speaks, unless the model reads it as a place more than as a person
   ("Edmonton accuse Ottawa": a government) or as a group named by a plural ("The Greens said": a party);
   never a person's when an organisation's head opens or ends it ("Moore Foundation"), a demonym that is no
   given name opens it ("Nepali Congress") or it is written in capitals only ("Liesbeth Vandamme (N-VA)"); a
   person's when it is named with and without a middle word ("Nana Kwaku Agyeman-Duah"); else the model's
   majority vote (a surname alone voting as the full name the model read as a person's: "Greg Albrecht", then
   "Albrecht" read as a body), after an organisation's: an organisation noun before a mention ("le groupe
   Ravenel") or a plural noun of a body's members beside it ("Fianna Fáil backbenchers"); the table then shows
   a body opened or closed by its kind as one, so a firm's name its legal form ends ("… Services Ltd"), a name
   of common nouns only or a storm as neither, and an acronym as a body unless the language data lists its place;
6. (here) link demonyms to their places ("kazakhstanais" -> Kazakhstan), shown beside the count, not added to
   it, and rank the rows, each shown under its fullest name other than a designation that joined it ("Jersey",
   not "the Island"), into an :class:`EntityTable` that quote attribution reads names from.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.aliases import Groups, designations, group_key, group_mentions, merge_aliases, seat_keys
from newsbrief.mentions import mentions_and_titles
from newsbrief.names import (Mention, canonical_name, demonym_place, fold_name, is_given_name, is_initialism,
                             is_legal_form, looks_personal, name_head, without_middle_name)
from newsbrief.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["EntityTable", "Mention", "extract_entities", "fold_name", "link_demonyms", "names_only_quoted",
           "with_resolved_mentions"]

_LABEL_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}


@dataclass
class EntityTable:
    """The entities of one document with every mention, so quote attribution can resolve names to rows."""

    entities: list[Entity]
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, canonical name)

    def canonical(self, name: str) -> str | None:
        """The canonical name a surface form belongs to ("Tokaïev" -> "Kassym-Jomart Tokaïev"), if any."""
        key = fold_name(name)
        for entity in self.entities:
            if key in {fold_name(entity.name), *map(fold_name, entity.aliases)}:
                return entity.name
        surname = key.split()[-1] if key else ""
        matches = [e.name for e in self.entities if e.label == "PER" and fold_name(e.name).split()[-1:] == [surname]]
        return matches[0] if len(matches) == 1 else None

    def label_of(self, name: str) -> str | None:
        return next((e.label for e in self.entities if e.name == name), None)

    def name_at(self, offset: int) -> str | None:
        """The canonical name of the mention covering a character offset, if any."""
        return next((name for mention, name in self.mentions if mention.start <= offset < mention.end), None)

    def persons_before(self, offset: int) -> list[str]:
        """Canonical names of people named before ``offset``, most recent first."""
        labels = {e.name: e.label for e in self.entities}
        named = [(m.start, name) for m, name in self.mentions if m.start < offset and labels.get(name) == "PER"]
        return [name for _, name in sorted(named, reverse=True)]


def extract_entities(doc: Doc, *, lang: ModuleType, speech_heads: Iterable[int] = ()) -> EntityTable:
    """The entity table of a parsed document; ``speech_heads`` are token indices of speech-verb subjects."""
    text = doc.text  # Doc.text joins every token: compute it once
    mentions, titles = mentions_and_titles(doc, text, lang=lang, speech_heads=speech_heads)
    groups = group_mentions(mentions, lang=lang)
    labels = {key: _group_label(group, lang) for key, group in groups.items()}
    groups, ambiguous = merge_aliases(groups, labels, text=text, lang=lang, titles=titles)
    return _build_table(doc, groups, ambiguous, lang)


def link_demonyms(doc: Doc, *, lang: ModuleType) -> dict[str, Counter[str]]:
    """Place -> demonym forms found in the text with their counts ("Kazakhstan": {"kazakhstanais": 1})."""
    linked: dict[str, Counter[str]] = defaultdict(Counter)
    for token in doc:
        place = demonym_place(token.text.lower(), lang.DEMONYMS) if token.pos_ in ("ADJ", "NOUN", "PROPN") else None
        if place:
            linked[place][token.text.lower()] += 1
    return dict(linked)


def with_resolved_mentions(entities: list[Entity], resolved: Counter[str], *,
                           quoted_only: frozenset[str] = frozenset()) -> list[Entity]:
    """The entities with the pronouns and descriptions that quote attribution resolved to them counted, ranked
    again (those mentions break ties between equally named entities, and so does ``quoted_only``: the names of
    entities named only inside what someone said)."""
    rows = (replace(e, resolved_mentions=resolved.get(e.name, 0)) for e in entities)
    return sorted(rows, key=lambda e: _rank(e, quoted_only=e.name in quoted_only))


def names_only_quoted(table: EntityTable, spans: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The canonical names all of whose mentions lie inside the given (start, end) spans of speech: a name only
    a speaker drops ("the DGSE and the DCRI agree", inside a quote) is less the article's own subject than one
    the narrative names, so it yields to it at equal counts (as readers and annotators rank them). A name that
    fills a whole quotation is not dropped by a speaker: it is a title or a name set in quotation marks
    (« Nintendo Direct »), however the quotation was read."""
    inside = list(spans)
    named_outside = {name for mention, name in table.mentions
                     if not any(start <= mention.start and mention.end <= end
                                and (start, end) != (mention.start, mention.end) for start, end in inside)}
    return frozenset(name for _, name in table.mentions) - named_outside


# --- labels -------------------------------------------------------------------------------------------------------


def _group_label(group: list[Mention], lang: ModuleType) -> str:
    """Place list first, then person evidence, then the model's majority vote."""
    name = canonical_name(group)
    shown = _evidenced_label(group, name, lang)
    if shown:
        return shown
    votes = _label_votes(group, lang)
    if _names_organisation(name, lang) or is_initialism(name):  # "Liesbeth Vandamme (N-VA)": her party
        return max(("ORG", "LOC", "MISC"), key=lambda label: (votes[label], label == "ORG"))
    if any(m.person_cue for m in group) and _speaking_group(name, votes, lang):
        return "ORG"  # "The Greens said": a party named by its members
    speaks = any(m.person_cue for m in group)
    spoke = speaks and votes["LOC"] <= votes["PER"]  # "Edmonton accuse": a government, not a person
    # a name with a word no person's name holds ("Région", "Région Grand Est") is not personal, however it speaks
    institutional = any(w.lower() in lang.NON_PERSON_WORDS for w in name.split()) or _named_after_country(name, lang)
    personal = not institutional and (votes["PER"] or looks_personal(name) or len(name.split()) == 1
                                      and not name.isupper())
    personal = personal and not _ends_in_initials(name)
    if (any(m.title for m in group) or spoke and personal) and votes["ORG"] <= votes["PER"] + votes["LOC"]:
        return "PER"
    if (spoke and name.isupper() or speaks and institutional) and not votes["PER"]:
        return "ORG"  # "La Région Grand Est reconnaît": an institution that speaks
    if votes["PER"] and len(name.split()) >= 2 and "-" in name.split()[0]:
        return "PER"
    if name_head(name, lang) in lang.NON_PERSON_WORDS:
        # headed by a word no person's name holds ("Fukushima Prefecture", tagged a person; not "Park Min-jae")
        votes = Counter({label: n for label, n in votes.items() if label != "PER"}) or Counter({"LOC": 1})
    if _named_after_country(name, lang):  # "Nepali Congress lawmaker Januka Basnet": a party, read as a person
        votes = Counter({label: n for label, n in votes.items() if label != "PER"}) or Counter({"ORG": 1})
    acronym = any(is_initialism(m.text) for m in group)  # a tie with a defined acronym: a body ("La France
    # insoumise"); a one-word name's other tie is no person's: no title, role or speech made it one, and the model
    # reads a person's name as a person's far more steadily than a place named as a modifier ("Cork light rail");
    # a longer name's tie goes to its first label ("Park Jin-woo", a person the model also read as a body once)
    single = len(name.split()) == 1
    return max(votes, key=lambda label: (votes[label], acronym and label == "ORG", single and label != "PER")) \
        if votes else "MISC"


def _evidenced_label(group: list[Mention], name: str, lang: ModuleType) -> str:
    """The label the language data or the article's cues give a group named ``name`` (a listed place or body, a
    medium, a party, a place's or a person's cue), before any vote; "" when none does."""
    if name in lang.PLACES or any(m.text in lang.PLACES for m in group) or _hyphenated_place(name, lang):
        return "LOC"
    if name in lang.BODIES or any(m.text in lang.BODIES for m in group):
        return "ORG"  # "Matignon a fait savoir", "Beauvau": a government seat speaks as its body, never as a person
    if _names_medium(name, lang) and not any(m.title or m.role for m in group):
        return "ORG"  # "a confié au Devoir", "joint par Jeune Afrique": a paper the model reads as a person
    if _names_party(group, lang):
        return "ORG"  # "the Tories", "the Scottish Conservatives": a party, though the model reads a people
    if any(m.place_cue for m in group) and not any(m.title or m.role or m.body_cue for m in group) \
            or _named_as_place(group) or _saint_place(name, group, lang):
        return "LOC"  # "la maire de Bordes", "talks in Mae Sot": a commune or town, though the model reads a person
    if _person_by_evidence(group, name, lang) or _drops_middle_name(group):
        return "PER"
    if any(m.body_cue for m in group) and not any(m.title for m in group):
        return "ORG"  # "le groupe Ravenel" then "Ravenel a versé": a firm, whatever the model says
    return ""


def _label_votes(group: list[Mention], lang: ModuleType) -> Counter[str]:
    """The model's labels over a group's mentions, a surname alone voting as the full name the model read as a
    person's ("Greg Albrecht", then "Albrecht had pushed" tagged a body twice): the model reads a lone surname as
    a body or a place far more often than a full name; so does the first word alone of a name that puts the
    name it is known by first (a chief's title, "Tuala Sieni Fa'amausili", then "Tuala said", read as a place);
    not a name a place opens ("Manitoba Hydro", then "Hydro") or with a word no person's name holds, which the
    model may read as a person's once."""
    personal = [m.text.split() for m in group if m.label == "PER" and looks_personal(m.text)
                and m.text.split()[0] not in lang.PLACES
                and not any(w.lower() in lang.NON_PERSON_WORDS for w in m.text.split())]
    short_forms = {words[-1] for words in personal} | {words[0] for words in personal if len(words) >= 3}
    return Counter("PER" if m.text in short_forms else m.label for m in group if m.label)


def _shown_label(name: str, group: list[Mention], lang: ModuleType) -> str:
    """The label the table shows: a public body's name is an organisation's (``_headed_by_body``) even where the
    votes that steered the merging of names read the place it holds, so is a firm's name ended by its legal form
    (``_ends_in_legal_form``); a thing named by common nouns only or a storm is neither (``_names_common_thing``,
    ``_names_storm``), unless it speaks (a brand in lower case: « inwi dit »); an acronym is a body's unless the
    language data makes it a place's ("le RN", read as a place; "UAE", read as a body)."""
    if _headed_by_body(name, lang) or _ends_in_legal_form(name, lang) or _names_elected_body(name, lang):
        return "ORG"
    if _names_common_thing(name, lang) and not any(m.person_cue for m in group) or _names_storm(name, lang):
        return "MISC"  # not a lower-case brand that speaks (« inwi dit »)
    label = _group_label(group, lang)
    if is_initialism(name, most=5) and label in ("LOC", "ORG"):  # "RN", "N-VA", "CD&V", "UAE"
        return "LOC" if _names_place_by_initials(name, lang) else "ORG"
    return label


def _ends_in_legal_form(name: str, lang: ModuleType) -> bool:
    """A name of two words or more ending in a firm's legal form ("Nile Enviro Services Ltd", "Sdn Bhd"): a
    firm's, though the model reads a place or a person in the words before it."""
    words = name.split()
    return len(words) >= 2 and is_legal_form(words[-1], lang)


def _names_elected_body(name: str, lang: ModuleType) -> bool:
    """A place's name right after a capitalised word of its elected body, no « de » between (``BODY_BRAND_HEADS``:
    « la Région Grand Est », « la Région Normandie »): the council, named as it names itself, which the model
    reads as the place; not « la région de Kayes », a territory."""
    words = name.split()
    return len(words) >= 2 and words[0] in getattr(lang, "BODY_BRAND_HEADS", frozenset()) and words[1][:1].isupper()


def _names_place_by_initials(name: str, lang: ModuleType) -> bool:
    """Whether an acronym stands for a place of the language data ("US" for "United States", "RDC", a Swiss
    canton's "VD"): the model reads most acronyms of parties and firms as places ("le RN", "la N-VA"), so an
    acronym is a place's only when the language data says so."""
    return name in lang.PLACE_INITIALISMS or lang.SYNONYMS.get(name) in lang.PLACES \
        or name.lower() in getattr(lang, "CANTON_TAGS", {})


def _names_common_thing(name: str, lang: ModuleType) -> bool:
    """A name written in lower case with no word of a body, a place or a building ("memorandum of
    understanding", "projet de loi de finances", the words an acronym stands for): a scheme, a status or a
    product, which the model reads as the body its acronym sounds like; not "ministère de la justice"."""
    return name.islower() and not any(_is_kind_word(word, lang) for word in re.findall(r"[^\W\d_]+", name))


def _is_kind_word(word: str, lang: ModuleType) -> bool:
    """A word, or its singular, of a body, a place or a building ("organisations de producteurs" is a body's)."""
    bodies = lang.BODY_LABEL_WORDS
    return any(form in lang.NON_PERSON_WORDS or form in bodies for form in {word, word.removesuffix("s")})


def _names_storm(name: str, lang: ModuleType) -> bool:
    """A name opened by a storm's kind ("Hurricane Melissa", "Typhoon Kalmaegi"): an event, though the model
    reads a person's given name after it."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in lang.STORM_WORDS


def _headed_by_body(name: str, lang: ModuleType) -> bool:
    """A name of two words or more opened or closed by a public body's word (``BODY_LABEL_WORDS``: "Métropole de
    Lyon", "Assemblée de Corse", "Le Mans Métropole") or by a body's kind of two words ("Port autonome de
    Lomé"), which the model reads as a place for the place it holds; not a bill the chamber's name opens
    ("Senate Bill 6")."""
    words = name.lower().split()
    heads = lang.BODY_LABEL_WORDS
    if len(words) >= 2 and words[1] in lang.LEGISLATION_NOUNS:
        return False
    return len(words) >= 2 and (words[0] in heads or words[-1] in heads or " ".join(words[:2]) in heads)


def _speaking_group(name: str, votes: Counter[str], lang: ModuleType) -> bool:
    """A name ending in a capitalised plural that the model reads as a group (a nationality, a religion, a
    party: MISC) and never as a person's: when it speaks it is the body its members form ("The Liberal
    Democrats called on", "Les Écologistes dénoncent"); not inhabitants ("les Parisiens"), a people, no body."""
    last = name.split()[-1]
    inhabitants = last[:-1].endswith(tuple(getattr(lang, "INHABITANT_ENDINGS", ())))
    return len(last) > 3 and last[:1].isupper() and last.endswith("s") and not inhabitants \
        and votes["MISC"] > 0 and not votes["PER"]


def _hyphenated_place(name: str, lang: ModuleType) -> bool:
    """Whether a one-word name holds a linking word only places' hyphenated names hold ("Cherbourg-en-Cotentin",
    "Stoke-on-Trent"; the language's ``PLACE_NAME_LINKS``) or opens with a region's prefix (« Haute-Gruyère »,
    « Nord-Kivu »; ``PLACE_PREFIXES``): a place, though the model reads a person in it."""
    parts = name.split("-")
    if " " in name or len(parts) < 2:
        return False
    prefixed = parts[0].istitle() and parts[0].lower() in getattr(lang, "PLACE_PREFIXES", ()) and parts[1].istitle()
    return prefixed or len(parts) >= 3 and any(part in lang.PLACE_NAME_LINKS for part in parts[1:-1])


def _names_party(group: list[Mention], lang: ModuleType) -> bool:
    """A party named by its nickname or its members' name, alone or after a demonym (its branch there)."""
    nicknames = getattr(lang, "PARTY_NICKNAMES", {})
    return any(m.text in nicknames or (m.text.partition(" ")[2] in nicknames
                                       and demonym_place(m.text.partition(" ")[0], lang.DEMONYMS)) for m in group)


def _names_medium(name: str, lang: ModuleType) -> bool:
    """A news medium of the language data (``MEDIA``), named with or without its article ("Devoir" in "au
    Devoir" is "Le Devoir"): a body, though its name often reads as a person's ("Jeune Afrique")."""
    media, folded = lang.MEDIA, name.lower().replace("’", "'")
    return folded in media or any(article + folded in media for article in lang.MEDIA_ARTICLES)


def _named_as_place(group: list[Mention]) -> bool:
    """Whether at least half of a group's mentions, two or more, read as a place (the model's label, or a
    preposition that takes places: "talks in Armagh", "a meeting in Armagh"), one of them by its preposition,
    and no title, role, speech or organisation noun makes it a person's or a body's: an unfamiliar town the
    model reads as a person's at each mention ("Mae Sot", with a given name's first word)."""
    if any(m.title or m.role or m.person_cue or m.body_cue for m in group):
        return False
    placed = sum(m.place_preposition or m.label == "LOC" for m in group)
    organised = sum(m.label == "ORG" for m in group)
    return any(m.place_preposition for m in group) and placed >= 2 and 2 * placed >= len(group) \
        and organised < placed


def _saint_place(name: str, group: list[Mention], lang: ModuleType) -> bool:
    """Whether a name is a place named after a saint, as the language writes one (``SAINT_PLACE_PREFIXES``:
    "Saint-Benoît", "St Helier") with one word after the prefix, and no title, role or organisation noun makes it
    a person's or a body's: the model reads the saint's given name as a person's ("l'élue de Saint-Benoît")."""
    folded = name.lower()
    prefix = next((p for p in lang.SAINT_PLACE_PREFIXES if folded.startswith(p)), None)
    rest = name[len(prefix):] if prefix is not None else ""
    return rest[:1].isupper() and " " not in rest and "-" not in rest \
        and not any(m.title or m.role or m.body_cue for m in group)


def _drops_middle_name(group: list[Mention]) -> bool:
    """Whether the group names its entity both with and without a middle word ("Nana Kwaku Agyeman-Duah", then
    "Nana Agyeman-Duah"), as only a person's name is shortened, whatever the model reads in either; the longer
    form a person's by its look (capitalised words), not a building's named with and without « de » (« musée de
    Pointe-Neuve », « musée Pointe-Neuve »)."""
    forms = {m.text for m in group}
    return any(without_middle_name(short, long) and looks_personal(long) for short in forms for long in forms)


def _named_after_country(name: str, lang: ModuleType) -> bool:
    """A name of two words or more opened by a demonym, no given name among its first two words ("Nepali
    Congress", "Thai Airways"): a body or an event named after its country, never a person's, though the model
    may read one; not "Ghanaian Kwabena Owusu-Mensah", a person introduced by nationality."""
    words = name.split()
    return len(words) >= 2 and demonym_place(words[0], lang.DEMONYMS) is not None \
        and not any(is_given_name(word, lang) for word in words[:2])


def _ends_in_initials(name: str) -> bool:
    """A name of several words ending in initials of three letters or more ("Sabine Crest LNG"): a firm's, even
    when the model reads its first words as a person's."""
    words = name.split()
    return len(words) >= 2 and len(words[-1]) >= 3 and is_initialism(words[-1])


def _person_by_evidence(group: list[Mention], name: str, lang: ModuleType) -> bool:
    """Whatever the model's labels, a name of two to four capitalised words that no word makes an
    organisation, a place or an event ("Baltic Capital Bank", "Fridtjof Nansen Institute") is a person's when
    it opens with a given name ("Tomasz Wrona", not one the model tagged a place: "Victoria Falls"), holds a
    middle name only a person's holds ("Amarjit Singh Dhaliwal") or when a title or a role in apposition
    describes it ("Rafael Dumlao, the spokesperson"); a surname alone only in the latter case ("M. Houdré")."""
    words = name.split()
    single = len(words) == 1 and name[:1].isupper() and not name.isupper()
    if not (looks_personal(name) or single) or any(w.lower() in lang.NON_PERSON_WORDS for w in words):
        return False
    if any(m.role for m in group):
        return True  # "M. Houdré", "Ewa Nowicka, its president"
    given = not single and words[0].lower() in lang.GIVEN_NAMES or words[0].split("-")[0].lower() in lang.GIVEN_NAMES
    if any(w in lang.MIDDLE_NAMES for w in words[1:-1]):
        return True  # "Amarjit Singh Dhaliwal", read as a body with its surname: only a person has a middle name
    votes = _label_votes(group, lang)
    return given and votes["LOC"] <= votes["PER"]


def _names_organisation(name: str, lang: ModuleType) -> bool:
    """A name of two words or more that opens or ends with the head of an organisation's or a building's name
    ("Gordon and Betty Moore Foundation", "Fondation EDF", "Groupe Bel"), or that opens with a body's acronym
    of three letters or more ("NHS Orkney", "CPME Isère": the body's branch there): never a person's."""
    words = name.split()
    return len(words) >= 2 and (any(w[:1].isupper() and w.lower() in lang.ORGANISATION_ENDINGS
                                    for w in (words[0], words[-1])) or _opens_with_acronym(words))


def _opens_with_acronym(words: list[str]) -> bool:
    """Whether the first of a name's words is an acronym of three capitals or more ("NHS"; not a person's
    initials, "JD Vance")."""
    return len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper()


# --- the table ----------------------------------------------------------------------------------------------------


def _build_table(doc: Doc, groups: Groups, ambiguous: set[str], lang: ModuleType) -> EntityTable:
    canonicals = {key: _shown_name(group, lang) for key, group in groups.items()}
    linked = _linked_to_rows(_linked_by_key(link_demonyms(doc, lang=lang), lang), groups)
    entities = [_entity(canonicals[k], _shown_label(canonicals[k], g, lang), g, linked.pop(k, ("", Counter()))[1],
                        ambiguous=k in ambiguous) for k, g in groups.items()]
    entities += _places_only_linked(dict(linked.values()))
    entities.sort(key=_rank)
    pairs = [(m, canonicals[k]) for k, group in groups.items() for m in group]
    return EntityTable(entities=entities, mentions=sorted(pairs, key=lambda p: p[0].start))


def _shown_name(group: list[Mention], lang: ModuleType) -> str:
    """The name a row shows: the fullest form of its mentions (:func:`canonical_name`) other than a capitalised
    designation that joined it ("Jersey", named twice, over "the Island", named three times; "Monaco" over "la
    Principauté"), or a seat that joined its body (« Sénat » over « Palais du Luxembourg »), unless the designation
    or the seat is all the text writes."""
    named = [m for m in group if fold_name(m.text) not in designations(lang).keys() | seat_keys(lang).keys()]
    return canonical_name(named or group)


def _rank(entity: Entity, *, quoted_only: bool = False) -> tuple[int, int, bool, bool, int, int, str]:
    """Most named first (gold and reader alike count names). At equal counts, the entity the text also
    points to otherwise comes first: pronouns and descriptions that quotes resolved to a person, demonyms
    linked to a place ("les autorités arméniennes" keeps Arménie in view); then a name with a capital before
    one without any (a common noun's phrase as often as a body's: "plan de sauvegarde de l'emploi"); then one
    the narrative names before one only quoted speech does (``quoted_only``: a speaker's aside); then people,
    organisations, places and the rest (news is told through its actors); then order of first mention (the
    lede names what matters)."""
    other = entity.resolved_mentions + sum(entity.linked_forms.values())
    label = _LABEL_ORDER.get(entity.label, len(_LABEL_ORDER))
    return -entity.count, -other, entity.name.islower(), quoted_only, label, entity.first_start, entity.name


def _linked_by_key(linked: dict[str, Counter[str]], lang: ModuleType) -> dict[str, tuple[str, Counter[str]]]:
    """Demonyms by the group key of their place, so that "American" finds the row the text names "U.S."."""
    return {group_key(place, lang): (place, forms) for place, forms in linked.items()}


def _linked_to_rows(linked: dict[str, tuple[str, Counter[str]]],
                    groups: Groups) -> dict[str, tuple[str, Counter[str]]]:
    """Demonyms keyed by the group whose mentions include their place's name, when the place is not a group of
    its own: "French" finds "France" merged into "French Republic"."""
    rows = {fold_name(m.text): key for key, group in groups.items() for m in group}
    moved = {rows[k]: v for k, v in linked.items() if k not in groups and rows.get(k, k) not in linked}
    return {**{k: v for k, v in linked.items() if k in groups or rows.get(k, k) in linked}, **moved}


def _entity(name: str, label: str, group: list[Mention], forms: Counter[str], *, ambiguous: bool) -> Entity:
    aliases = tuple(sorted({m.text for m in group} - {name}))
    return Entity(name=name, label=label, count=len(group), aliases=aliases, ambiguous=ambiguous,
                  first_start=min(m.start for m in group), linked_forms=dict(sorted(forms.items())))


def _places_only_linked(linked: dict[str, Counter[str]]) -> list[Entity]:
    """Places the text names only through demonyms: listed with count 0 (the demonyms shown beside)."""
    return [Entity(name=place, label="LOC", count=0, linked_forms=dict(sorted(forms.items())), first_start=10**9)
            for place, forms in sorted(linked.items())]
