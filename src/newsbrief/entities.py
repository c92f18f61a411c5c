"""Named entities counted per canonical name: spaCy's mentions cleaned, merged, relabelled and re-found.

Steps (each a small function):

1. clean the model's mentions: cut them at punctuation no name runs across ("Vendée Globe : Kito"); drop junk
   (dates, "État", "Etat-clé", "-Jomart", demonyms, roles such as "ministre de la Défense", capitalised common
   words opening a sentence, a quote or a headline's second part, headline rubrics, families such as "les
   sœurs Williams"); strip articles, elisions, titles, possessives and the nouns a name follows
   ("d'Emmanuel Macron", "M. Le Pen", "Britain's", "l'affaire Merah"), remembering a gendered title;
   split "Commission européenne de Bruxelles" at a known place;
2. add the places of the language data the model missed ("Proche-Orient") and every other occurrence of a
   name already found;
3. group mentions by a folded key that merges spelling variants (Tokayev / Tokaïev / Tokaiev, Kiev / Kyiv);
4. attach a short form to the longer name it belongs to: a form with initials first ("B. Obama"), then a
   surname or given name alone, a leading part ("Assemblée", "Ana Pastor" of "Ana Pastor García"; not "UN" of
   "UN Human Rights Council"), an acronym defined in the text ("Nouvelle Démocratie (ND)", not after a person)
   or made of the name's initials ("PCC").
   A surname shared by namesakes goes to the one its title points to (M./Mme, Mr./Ms.), else to the one last
   named, else stays its own row marked ambiguous;
5. label each entity by evidence over all its mentions: the place list; a person's when a given name opens it,
   a title or a role in apposition describes it ("Tomasz Wrona, chief economist at") or it speaks; never a
   person's when an organisation's head opens or ends it ("Moore Foundation"); else the model's majority vote;
6. link demonyms to their places ("kazakhstanais" -> Kazakhstan), shown beside the count, not added to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Model labels kept, mapped to newsbrief's four; the others (DATE, CARDINAL, MONEY...) are not names.
_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "NORP": "MISC", "GPE": "LOC", "LOC": "LOC",
           "FAC": "LOC", "MISC": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
           "PRODUCT": "MISC", "LANGUAGE": "MISC"}
_LABEL_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}
_ELISION = re.compile(r"^(?:[lLdDjJ]|qu|Qu)['’]")
#: Ratings ("Baa2"), plural acronyms ("MPs"), ordinal centuries ("Xe", "XIXe siècle"), an initial alone ("X.").
_CODE = re.compile(r"[A-Z][a-z]{0,2}\d|[A-Z]{2,}s|[IVXLC]+(?:e|er|ème|th)|[A-Z]\.")
_PREPOSITION = re.compile(r" (?:de la|de l'|de|du|d'|of the|of) (?=\S)")
#: An acronym in brackets after a name, or after a place that completes the name ("de Montréal (MBAM)").
_DEFINED = re.compile(r"(?: (?:de la |de |du |d'|of )[A-ZÀ-Ý][\w'-]*)?\s*\(\s*([\w.&-]+)\s*\)")
#: Punctuation after which any word is capitalised ("Union européenne : Lancement prévu", "« Couper 30 milliards").
_CLAUSE_OPENERS = frozenset({":", "«", "“", '"', "—"})
_QUOTE_CLOSERS = frozenset({"»", "”", '"'})
#: Punctuation no name runs across ("Vendée Globe : Kito de Pavant" is two names).
_SEPARATORS = frozenset({":", ";", "|", "—", "«", "»", "“", "”"})
Groups = dict[str, list["Mention"]]


@dataclass(frozen=True)
class Mention:
    """One place where an entity is named: offsets into the text, the surface form and the model's label.

    ``label`` is empty for occurrences found by search rather than by the model; ``title`` is the gender a
    title before the name gives ("m" for "M. Le Pen", "f" for "Ms. Whitfield"), empty when none does;
    ``role`` tells that a title or a role noun in apposition describes the name as a person's ("M. Houdré",
    "Tomasz Wrona, chief economist at", "its president, Ewa Nowicka").
    """

    start: int
    end: int
    text: str
    label: str
    person_cue: bool = False
    title: str = ""
    role: bool = False


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

    def persons_before(self, offset: int) -> list[str]:
        """Canonical names of people named before ``offset``, most recent first."""
        labels = {e.name: e.label for e in self.entities}
        named = [(m.start, name) for m, name in self.mentions if m.start < offset and labels.get(name) == "PER"]
        return [name for _, name in sorted(named, reverse=True)]


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """A key that merges spelling variants: accents folded, lower case, y -> i, "ie" inside a word -> i
    (Kiev / Kyiv), doubled letters single, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("y", "i")
    folded = re.sub(r"ie(?=\w)", "i", folded)
    folded = re.sub(r"(\w)\1", r"\1", folded)
    return " ".join(re.findall(r"[\w']+", folded))


def extract_entities(doc: Doc, *, lang: ModuleType, speech_heads: Iterable[int] = ()) -> EntityTable:
    """The entity table of a parsed document; ``speech_heads`` are token indices of speech-verb subjects."""
    text = doc.text  # Doc.text joins every token: compute it once
    mentions = _with_lower_case_bodies(_model_mentions(doc, text, lang, set(speech_heads)), doc, lang)
    mentions = _numbered_persons(_prefer_named_cores(mentions, lang))
    mentions = _add_occurrences(mentions, _known_forms(mentions, text, lang), text, lang)
    groups = _group_mentions(mentions, lang)
    labels = {key: _group_label(group, lang) for key, group in groups.items()}
    groups = _drop_families(_merge_qualified(_merge_plurals(groups, labels), labels, lang), labels, text, lang)
    groups, ambiguous = _attach_short_forms(groups, labels, text, lang)
    return _build_table(doc, groups, ambiguous, lang)


def link_demonyms(doc: Doc, *, lang: ModuleType) -> dict[str, Counter[str]]:
    """Place -> demonym forms found in the text with their counts ("Kazakhstan": {"kazakhstanais": 1})."""
    linked: dict[str, Counter[str]] = defaultdict(Counter)
    for token in doc:
        place = _demonym_place(token.text.lower(), lang.DEMONYMS)
        if place and token.pos_ in ("ADJ", "NOUN", "PROPN"):
            linked[place][token.text.lower()] += 1
    return dict(linked)


def with_resolved_mentions(entities: list[Entity], resolved: Counter[str]) -> list[Entity]:
    """The entities with the pronouns and descriptions that quote attribution resolved to them counted, ranked
    again (those mentions break ties between equally named entities)."""
    return sorted((replace(e, resolved_mentions=resolved.get(e.name, 0)) for e in entities), key=_rank)


# --- cleaning the model's mentions --------------------------------------------------------------------------------


def _model_mentions(doc: Doc, text: str, lang: ModuleType, subjects: set[int]) -> list[Mention]:
    places = {fold_name(e.text) for e in doc.ents if e.label_ in ("LOC", "GPE")} | set(map(fold_name, lang.PLACES))
    countries = set(map(fold_name, lang.DEMONYMS.values()))
    common = {token.text for token in doc if token.is_alpha and token.text.islower()}
    mentions = []
    for part in (part for span in doc.ents for part in _split_at_separators(span)):
        mention = _clean_mention(part, text, lang, subjects, common=common)
        if mention is not None:
            mentions.extend(_split_at_place(mention, places, countries))
    return mentions


def _with_lower_case_bodies(mentions: list[Mention], doc: Doc, lang: ModuleType) -> list[Mention]:
    """The mentions and the bodies written all in lower case that no mention covers ("ministère de la justice":
    head, small words, a noun and its adjectives; not "ministère azerbaïdjanais des affaires étrangères",
    described by its country)."""
    found = []
    for head in doc:
        last = _lower_case_body_end(head, lang) if head.text in lang.LOWER_CASE_BODIES else None
        end = last.idx + len(last.text) if last is not None else 0
        if end and not any(m.start < end and head.idx < m.end for m in mentions):
            found.append(Mention(start=head.idx, end=end, text=doc.text[head.idx:end], label="ORG"))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _lower_case_body_end(head: Token, lang: ModuleType) -> Token | None:
    """The last token of "ministère de l'intérieur" / "ministère des affaires étrangères", else None."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].lower_.replace("’", "'") in lang.CONNECTIVES:
        i += 1
    if i == head.i + 1 or i >= len(doc) or doc[i].pos_ != "NOUN" or not doc[i].text.islower():
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ == "ADJ" and doc[i + 1].text.islower() and \
            not _demonym_place(doc[i + 1].text, lang.DEMONYMS):
        i += 1
    return doc[i]


def _split_at_separators(span: Span) -> list[Span]:
    """The parts of a span between punctuation no name runs across ("Vendée Globe : Kito" -> two parts), and on
    either side of a sentence boundary ("wrote on X. She urged" -> "X")."""
    from spacy.tokens import Span

    cuts = [token.i for token in span if token.text in _SEPARATORS]
    cuts += [token.i - 1 for token in span[1:] if token.is_sent_start and span.doc[token.i - 1].text == "."]
    cuts += [token.i for token in span[1:] if token.pos_ == "PRON" and span.doc[token.i - 1].text.endswith(".")]
    if not cuts:
        return [span]
    bounds = zip([span.start - 1, *sorted(cuts)], [*sorted(cuts), span.end])
    return [Span(span.doc, a + 1, b, label=span.label_) for a, b in bounds if b > a + 1]


def _clean_mention(span: Span, doc_text: str, lang: ModuleType, subjects: set[int], *,
                   common: set[str] = frozenset()) -> Mention | None:
    """The mention a span of the model stands for, trimmed; None for junk. ``common`` are the words the text
    also writes in lower case (a capitalised one opening a sentence is a common word)."""
    label = _LABELS.get(span.label_)
    if label is None:
        return None
    tokens = _extend_right(_extend_left(list(span), lang, person=label == "PER"), label, lang)
    tokens = _trim_tokens(tokens, lang, person=label == "PER")
    if not tokens or _is_junk(tokens, label, lang, common):
        return None
    start, end = _name_bounds(doc_text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), lang)
    glued = _glued_title(doc_text[start:end], lang)
    start += glued
    text = doc_text[start:end]
    if _is_junk_text(text, lang):
        return None
    return Mention(start=start, end=end, text=text, label=label, person_cue=_person_cue(tokens, lang, subjects),
                   title=_title_gender(doc_text, start, lang), role=bool(glued) or _has_role(tokens, lang))


def _glued_title(text: str, lang: ModuleType) -> int:
    """The length of a title written without its space ("M.Houdré", "Dr.Osei"), else 0."""
    found = re.match(r"([A-Z][a-z]{0,3})\.(?=[A-ZÀ-Ý][a-zà-ÿ])", text)
    return found.end() if found and found.group(1).lower() in _titles(lang) else 0


def _extend_left(tokens: list[Token], lang: ModuleType, *, person: bool) -> list[Token]:
    """Add a given name or a capitalised particle the model left out ("Tomasz" or "Le" before a surname
    tagged alone)."""
    first = tokens[0]
    if len(tokens) != 1 or first.i == 0:
        return tokens
    before = first.nbor(-1)
    if not (before.is_title and before.is_alpha and before.ent_iob_ == "O" and before.whitespace_ == " "):
        return tokens
    if before.pos_ == "PROPN" or (person and before.lower_ in lang.NAME_PARTICLES):
        return [before, *tokens]
    return tokens


def _extend_right(tokens: list[Token], label: str, lang: ModuleType) -> list[Token]:
    """Add a number the model left out ("Euro 2012", "France 2"; not after a person), or the adjective of a one-word
    institution ("Conseil constitutionnel"; not "le Forum court jusqu'à") or of a name opening with a
    capitalised article ("La France insoumise")."""
    last = tokens[-1]
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if after is None or not last.whitespace_ or after.ent_iob_ != "O":
        return tokens
    following = after.nbor(1) if after.i + 1 < len(after.doc) else None
    numbered = label != "PER"  # "gouvernement Ayrault 2" names Ayrault's second government, Ayrault still
    if numbered and after.is_digit and len(after.text) <= 4 and (following is None or
                                                                 following.pos_ not in ("NOUN", "NUM")):
        return [*tokens, after]
    institution = len(tokens) == 1 and tokens[0].lower_ in lang.INSTITUTION_HEADS
    if (institution or _opens_with_article(tokens, lang)) and after.pos_ == "ADJ" and after.text.islower():
        return [*tokens, after]
    return tokens


def _opens_with_article(tokens: list[Token], lang: ModuleType) -> bool:
    """A name opening with a capitalised article inside a sentence, so the article is part of the name and so may
    be an adjective after it ("(La France insoumise)", not "La France entière" opening a sentence)."""
    first = tokens[0]
    return len(tokens) > 1 and first.is_title and first.lower_ in lang.NAME_PARTICLES and not _opens_clause(first)


def _trim_tokens(tokens: list[Token], lang: ModuleType, *, person: bool) -> list[Token]:
    """Drop leading articles, prepositions, common words, titles and the nouns a person's name follows ("affaire
    Merah"), and trailing punctuation and small words."""
    while len(tokens) > 1 and _drops_leading(tokens[0], lang, person=person):
        tokens = tokens[1:]
    if tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or _drops_trailing(tokens[-1], lang)):
        tokens = tokens[:-1]
    return tokens


def _drops_leading(token: Token, lang: ModuleType, *, person: bool) -> bool:
    word = token.lower_
    if token.is_punct or word in lang.LEADING_ARTICLES or token.text in lang.PERSON_HEADS:
        return True
    if not token.text[:1].isupper():
        small = token.pos_ in ("ADP", "DET", "PRON", "CCONJ", "ADV") or token.text.endswith("'")
        return small and not (person and word in lang.NAME_PARTICLES)
    return word.rstrip(".") in lang.GENDERED_TITLES or (person and word.rstrip(".") in _titles(lang))


def _drops_trailing(token: Token, lang: ModuleType) -> bool:
    """A lower-case small word or adverb at the end ("Tokaïev et", "Parti de la réforme presque"), or a
    possessive "'s"."""
    if token.text in lang.POSSESSIVE_ENDINGS:
        return True
    return token.text.islower() and token.pos_ in ("ADP", "DET", "CCONJ", "PRON", "ADV")


def _titles(lang: ModuleType) -> set[str]:
    return {t.rstrip(".") for t in lang.TITLES}


def _name_bounds(text: str, start: int, end: int, lang: ModuleType) -> tuple[int, int]:
    """Offsets without an elision ("l'Élysée") or possessive ("Britain's"); "Moody'" + "s" made whole."""
    elided = _ELISION.match(text[start:end])
    if elided and end - start > elided.end():
        start += elided.end()
    for ending in lang.POSSESSIVE_ENDINGS:
        if text[start:end].endswith(ending) and end - start > len(ending) + 1:
            end -= len(ending)
            break
    if text[end - 1:end] in ("'", "’") and text[end:end + 1] == "s" and not text[end + 1:end + 2].isalnum():
        end += 1
    return start, end


def _is_junk(tokens: list[Token], label: str, lang: ModuleType, common: set[str]) -> bool:
    """Numbers, a role ("ministre de la Défense"), capitalised common words opening a sentence, a quote or a
    headline's second part ("Union européenne : Lancement prévu", written "lancement" elsewhere), rubrics
    opening a headline ("Science :", "High-tech :"), a common noun alone in quote marks ("“Today”"), a people
    named after its adjective ("Étrusques"), an adjective the model took for a group ("Western")."""
    if _is_number(tokens):
        return True
    first = tokens[0]
    if label != "PER" and _is_role(tokens, lang):
        return True
    if len(tokens) == 1 and label in ("LOC", "MISC") and _people_of(first):
        return True
    if len(tokens) == 1 and label == "MISC" and first.pos_ == "ADJ":
        return True  # "Western governments", "Arab officials": an adjective, like a demonym
    capitalised = [t for t in tokens if t.text[:1].isupper()]
    if len(capitalised) != 1 or not _opens_clause(first):
        return False
    if len(tokens) == 1 and (first.lower_ in common and first.text not in lang.PLACES or
                             first.pos_ in ("VERB", "AUX", "ADJ", "ADV") or _quoted_word(first)):
        return True
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


def _quoted_word(token: Token) -> bool:
    """A common noun alone in quote marks: a title made of a word ("the “Today” programme"), not a name."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ == "NOUN" and after is not None and after.text in _QUOTE_CLOSERS


def _is_number(tokens: list[Token]) -> bool:
    """Numbers and dates ("2012", "trois", "Premier ministre"), not a name that a capitalised ordinal opens
    ("Seconde Guerre mondiale", "Second World War")."""
    numbers = [t for t in tokens if t.like_num]
    if not numbers or any(t.pos_ == "PROPN" for t in tokens):
        return False
    return not (all(t.is_title for t in numbers) and sum(t.is_title for t in tokens) >= 2)


def _people_of(token: Token) -> bool:
    """A capitalised plural whose singular the text uses as a lower-case adjective: a people named after its
    adjective ("les Étrusques" beside "le peuple étrusque"; not "les Minitels" beside "le minitel"), like a
    demonym not counted."""
    word = token.text
    if len(word) <= 3 or word[-1] != "s" or not word[:1].isupper():
        return False
    return any(t.pos_ == "ADJ" and t.text == word[:-1].lower() for t in token.doc)


def _opens_clause(token: Token) -> bool:
    """A token that is capitalised whatever it is: opening a sentence, a quote or a headline's second part."""
    return token.is_sent_start or token.i > 0 and token.nbor(-1).text in _CLAUSE_OPENERS


def _is_role(tokens: list[Token], lang: ModuleType) -> bool:
    """A lower-case role before "de"/"of": "ministre de la Défense", "secretary of State"."""
    return len(tokens) > 2 and tokens[0].text in lang.ROLE_NOUNS and tokens[1].lower_ in lang.CONNECTIVES


def _is_junk_text(text: str, lang: ModuleType) -> bool:
    """Too short, no capital, a common word ("État", "gouvernement français", "Etat-clé"), a code, a demonym."""
    if len(text) < 2 or text.startswith("-") or not any(c.isupper() for c in text):
        return True
    words = text.split()
    rest = " ".join(w for w in words if not _demonym_place(w, lang.DEMONYMS)).lower()
    if not rest or rest in lang.NON_ENTITIES or _CODE.fullmatch(text):
        return True
    head, _, tail = text.partition("-")
    if head.lower() in lang.NON_ENTITIES and tail.islower():
        return True
    return words[-1][:1].isupper() and bool(_demonym_place(words[-1], lang.DEMONYMS))


def _is_family(text: str, start: int, name: str, lang: ModuleType) -> bool:
    """A surname after "les", "sœurs", "the ... sisters": a family, not one person."""
    if " " in name:
        return False
    before = text[max(0, start - 12):start].split()
    after = text[start + len(name):start + len(name) + 12].split()
    return bool(before and before[-1].lower() in lang.FAMILY_BEFORE) or \
        bool(after and after[0].lower().strip(".,;") in lang.FAMILY_AFTER)


def _person_cue(tokens: list[Token], lang: ModuleType, subjects: set[int]) -> bool:
    """A title just before the name ("M.", "le président") or the name as subject of a speech verb."""
    first = tokens[0]
    before = first.nbor(-1) if first.i > 0 else None
    titled = before is not None and (before.lower_.rstrip(".") in _titles(lang) or before.lower_ in lang.TITLES)
    return titled or any(t.i in subjects for t in tokens) and not _is_dateline(tokens)


def _has_role(tokens: list[Token], lang: ModuleType) -> bool:
    """A title just before the name ("M. Houdré", "Dr Osei"), or a lower-case role noun in apposition, next to
    the name and linked to it by the parse: "its president, Ewa Nowicka", "Tomasz Wrona, chief economist at"
    (not "The News Pakistan, le chef de l'État a exposé", where the role is the next clause's subject)."""
    first = tokens[0]
    before = first.nbor(-1) if first.i > 0 else None
    if before is not None and before.lower_.rstrip(".") in _titles(lang):
        return True
    if before is not None and before.text == "," and before.i > 0 and _linked_role(before.nbor(-1), tokens, lang):
        return True
    role = _role_after(tokens[-1])
    return role is not None and _linked_role(role, tokens, lang)


def _role_after(last: Token) -> Token | None:
    """The noun heading "Name, (a|the|le) (adjectives) noun", if any."""
    doc, i = last.doc, last.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < min(len(doc) - 1, last.i + 5) and doc[i].pos_ in ("DET", "ADJ") and doc[i].text.islower():
        i += 1
    return doc[i] if i < len(doc) else None


def _linked_role(token: Token, name: list[Token], lang: ModuleType) -> bool:
    """A lower-case role noun that the parse attaches to the name, or the name to it."""
    role = token.text.islower() and (token.lower_ in lang.ROLE_NOUNS or token.lemma_.lower() in lang.ROLE_NOUNS)
    return role and (token.head in name or any(t.head == token for t in name))


def _is_dateline(tokens: list[Token]) -> bool:
    """"LONDON — Downing Street said ...": an upper-case place opening a paragraph before a dash."""
    first, last = tokens[0], tokens[-1]
    opens = first.i == 0 or "\n" in first.nbor(-1).text
    dash = last.i + 1 < len(last.doc) and last.nbor().text in ("—", "–", "-", ":")
    return opens and dash and all(t.text.isupper() for t in tokens)


def _title_gender(text: str, start: int, lang: ModuleType) -> str:
    """The gender the word just before ``start`` gives as a title ("Mme" -> "f"), else ""."""
    words = text[max(0, start - 14):start].split()
    return lang.GENDERED_TITLES.get(words[-1].lower().rstrip("."), "") if words else ""


def _split_at_place(mention: Mention, places: set[str], countries: set[str]) -> list[Mention]:
    """"Commission européenne de Bruxelles" -> the organisation and the place, when the place is known."""
    found = list(_PREPOSITION.finditer(mention.text))
    if not found:
        return [mention]
    cut = found[-1]
    left, right = mention.text[:cut.start()], mention.text[cut.end():]
    if fold_name(right) not in places or not (" " in left or "-" in left) or left.islower():
        return [mention]
    if fold_name(right) in countries:
        return [mention]  # "Réseau ferré de France", "Banque de France"
    right_start = mention.start + cut.end()
    return [replace(mention, end=mention.start + len(left), text=left),
            Mention(start=right_start, end=mention.end, text=right, label="LOC")]


def _demonym_place(word: str, demonyms: dict[str, str]) -> str | None:
    """The place a demonym or nationality adjective points to, any gender or number ("américaines")."""
    word = word.lower()
    for ending in ("", "s", "e", "es", "ne", "nes"):
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in demonyms and fold_name(word) != fold_name(demonyms[stem]):
            return demonyms[stem]  # "Philippines" is the place, not the plural of "philippine"
    return None


# --- finding more occurrences -------------------------------------------------------------------------------------


def _prefer_named_cores(mentions: list[Mention], lang: ModuleType) -> list[Mention]:
    """"tournoi de Wimbledon" is Wimbledon when Wimbledon is named alone elsewhere; "ministère de l'Intérieur"
    stays whole."""
    keys = {fold_name(m.text) for m in mentions}
    result = []
    for mention in mentions:
        cut = next((i for i, c in enumerate(mention.text) if c.isupper()), 0)
        core = mention.text[cut:]
        head = mention.text.split()[0].lower()
        if cut and mention.text[cut - 1] in " '’" and fold_name(core) in keys and head not in lang.NAME_HEADS:
            mention = replace(mention, start=mention.start + cut, text=core)
        result.append(mention)
    return result


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


def _known_forms(mentions: list[Mention], text: str, lang: ModuleType) -> list[tuple[str, str]]:
    """(form, label) to search for, longest first: the names found and their surnames, the language data's places
    and bodies ("the Commons"), and the acronyms defined after a name ("(MPIA)")."""
    forms = {(m.text, "") for m in mentions if len(m.text) >= 3}
    forms |= {(surname, "") for m in mentions if m.label == "PER" and (surname := _surname(m.text, lang))}
    forms |= {(place, "LOC") for place in lang.PLACES} | {(body, "ORG") for body in lang.BODIES}
    pattern = re.compile(r"\s*\(\s*([A-Z][A-Z.&-]{1,9})\s*\)")
    forms |= {(found.group(1), m.label) for m in mentions if (found := pattern.match(text, m.end))}
    return sorted(forms, key=lambda f: (-len(f[0]), f))


def _surname(name: str, lang: ModuleType) -> str:
    """The surname of a person's full name, searched alone ("Okafor does not" for "Daniel Okafor"), with its
    particles ("Le Pen"); "" for a single word, a body the model took for a person ("Baltic Capital Bank"), a
    surname too short or one the place list knows."""
    words = name.split()
    if len(words) < 2 or not _looks_personal(name) or any(w.lower() in lang.NON_PERSON_WORDS for w in words):
        return ""
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in lang.NAME_PARTICLES:
        cut -= 1
    surname = " ".join(words[cut:])
    return surname if len(surname) >= 3 and surname not in lang.PLACES else ""


def _add_occurrences(mentions: list[Mention], forms: list[tuple[str, str]], text: str,
                     lang: ModuleType) -> list[Mention]:
    """Add whole-word occurrences of the forms that no mention covers, or that cover shorter mentions only
    ("boson de Higgs" over "Higgs"); a multi-word form is also found with a lower-case first letter."""
    result = list(mentions)
    for form, label in forms:
        for start, end in _occurrences(form, text):
            overlapping = [m for m in result if m.start < end and start < m.end]
            if any(m.start <= start and end <= m.end for m in overlapping):
                continue
            if any(m.start < start or end < m.end for m in overlapping):
                continue
            result = [m for m in result if m not in overlapping]
            result.append(Mention(start=start, end=end, text=text[start:end], label=label,
                                  title=_title_gender(text, start, lang)))
    return sorted(result, key=lambda m: m.start)


def _occurrences(form: str, text: str) -> Iterable[tuple[int, int]]:
    if form not in text and form[1:] not in text:
        return ()
    return (m.span() for m in _form_pattern(form).finditer(text))


@lru_cache(maxsize=20_000)
def _form_pattern(form: str) -> re.Pattern[str]:
    """Whole-word pattern for a name; a multi-word name also with a lower-case first letter."""
    pattern = re.escape(form)
    if " " in form:
        pattern = f"[{re.escape(form[0])}{re.escape(form[0].lower())}]{re.escape(form[1:])}"
    edges = (r"(?<!\w)", r"(?!\w)") if form.isupper() else (r"(?<![\w-])", r"(?![\w-])")
    return re.compile(edges[0] + pattern + edges[1])


# --- grouping and attaching short forms ---------------------------------------------------------------------------


def _group_mentions(mentions: list[Mention], lang: ModuleType) -> Groups:
    """Mentions by folded name; a name under a lower-case head is keyed without the small words after the
    head, whatever the case of the head elsewhere ("musée de Pointe-à-Callière", "Musée Pointe-à-Callière")."""
    headed = {fold_name(m.text): _headed_key(m.text, lang) for m in mentions if m.text[:1].islower()}
    synonyms = _synonym_keys(lang)
    groups: Groups = defaultdict(list)
    for mention in mentions:
        key = fold_name(mention.text)
        key = headed.get(key, key)
        groups[synonyms.get(key, key)].append(mention)
    return dict(groups)


def _synonym_keys(lang: ModuleType) -> dict[str, str]:
    """Folded other names of a body -> its folded full name ("otan" -> "organisation du traite ...")."""
    return {fold_name(other): fold_name(name) for other, name in lang.SYNONYMS.items()}


def _headed_key(text: str, lang: ModuleType) -> str:
    words = text.split()
    rest = words[1:]
    while len(rest) > 1 and rest[0].lower() in lang.CONNECTIVES:
        rest = rest[1:]
    return fold_name(" ".join([words[0], _ELISION.sub("", rest[0]) if rest else "", *rest[1:]]))


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


def _merge_qualified(groups: Groups, labels: dict[str, str], lang: ModuleType) -> Groups:
    """A one-word name with a lower-case adjective, named less often than the word alone, is that name qualified
    ("la Francophonie institutionnelle" is the Francophonie); not a place ("Europe centrale"), a demonym
    ("Parlement européen") or an institution's head ("Conseil constitutionnel")."""
    merged = {k: list(v) for k, v in groups.items()}
    for key, group in groups.items():
        words = _canonical_name(group).split()
        base = fold_name(words[0])
        if len(words) != 2 or not words[1].islower() or base not in merged or labels[key] == "LOC":
            continue
        if len(group) >= len(merged[base]) or _demonym_place(words[1], lang.DEMONYMS):
            continue
        if words[0].lower() in lang.NON_PERSON_WORDS or base in map(fold_name, lang.PLACES):
            continue
        merged[base] += merged.pop(key)
    return merged


def _drop_families(groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> Groups:
    """A person's surname alone after "les", "sœurs", before "sisters" is a family, counted for no one."""
    result = {}
    for key, group in groups.items():
        kept = [m for m in group if labels[key] != "PER" or not _is_family(text, m.start, m.text, lang)]
        if kept:
            result[key] = kept
    return result


def _attach_short_forms(groups: Groups, labels: dict[str, str], text: str,
                        lang: ModuleType) -> tuple[Groups, set[str]]:
    """Merge each short form into the longer name it stands for (see the module docstring); returns the
    groups and the keys of short forms left apart because several people share them."""
    merged = {k: list(v) for k, v in groups.items()}
    ambiguous: set[str] = set()
    for key in sorted(groups, key=lambda k: (not _has_initial(k), len(k.split()))):
        owners = _owners(key, merged, labels, text, lang)
        if not owners:
            continue
        genders = {o: _gender(merged[o], o, lang) for o in owners}
        keep = []
        for mention in merged.pop(key):
            owner = _pick_owner(owners, genders, merged, mention)
            (merged[owner] if owner else keep).append(mention)
        if keep:
            merged[key] = keep
            ambiguous.add(key)
    return merged, ambiguous


def _has_initial(key: str) -> bool:
    """A name with an initial for a given name ("b obama", "j m ayrault"): merged first, so that the surname
    alone then has one owner."""
    words = key.split()
    return len(words) > 1 and any(len(w) == 1 for w in words[:-1])


def _owners(key: str, groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> list[str]:
    """The longer names a short form may stand for: for an acronym the name it is defined after or spells,
    else the place it is the core of ("mer Baltique"), else the names it ends (a surname) or abbreviates
    ("J-M Ayrault"), else the one name it begins."""
    acronym = _acronym_owners(key, groups, labels, text, lang)
    if acronym:
        return acronym
    places = [k for k in groups if k != key and _place_core(_canonical_name(groups[k]), lang) == key]
    if len(places) == 1 and "PER" not in (labels[key], labels[places[0]]):
        return places
    speaks = any(m.person_cue for m in groups[key])
    ends = [k for k in groups if k != key and _ends_name(key, k, labels, lang, speaks=speaks, groups=groups)]
    if ends:
        return ends
    begins = [k for k in groups if k != key and _begins_name(key, k, labels, lang, groups)]
    return begins if len(begins) == 1 else []


def _place_core(name: str, lang: ModuleType) -> str:
    """The folded place a longer form names ("mer Baltique" -> "baltique", "Kingdom of Denmark" -> "denmark"),
    or "": no head as a separate word ("Île-de-France"), or a known place after a feature ("golfe de Finlande")."""
    places, states = _folded(lang.PLACE_HEADS), _folded(lang.STATE_HEADS)
    words = [fold_name(w) for w in name.split()]
    core = " ".join(w for w in words if w not in places | states and _ELISION.sub("", w) not in lang.CONNECTIVES
                    and w not in lang.CONNECTIVES)
    if set(words) & states:
        return core
    return core if set(words) & places and core not in _folded(lang.PLACES) else ""


@lru_cache(maxsize=64)
def _folded(words: frozenset[str]) -> frozenset[str]:
    """A word set of the language data, folded (:func:`fold_name`); computed once per set."""
    return frozenset(fold_name(w) for w in words)


def _ends_name(short: str, long: str, labels: dict[str, str], lang: ModuleType, *, speaks: bool = False,
               groups: Groups | None = None) -> bool:
    """A surname or tail of a longer name of the same kind ("Tokaïev", "Council"), a speaking surname of a
    name that looks personal whatever the model's labels ("Feld said" for "Marcus Feld"), or a name with
    initials for given names ("J-M Ayrault")."""
    short_tokens, long_tokens = short.split(), long.split()
    short_label, long_label = labels[short], labels[long]
    if _abbreviates(short_tokens, long_tokens):
        return True
    if len(long_tokens) <= len(short_tokens) or long_tokens[-len(short_tokens):] != short_tokens:
        return False
    if short_label == "LOC" and (long_label != "PER" or short in map(fold_name, lang.PLACES)):
        return False  # "Pakistan" stays apart from "The News Pakistan"
    if speaks and groups and len(short_tokens) == 1 and _looks_personal(_canonical_name(groups[long])):
        return True
    return "PER" in (short_label, long_label) or short_label == long_label


def _abbreviates(short: list[str], long: list[str]) -> bool:
    return len(short) == len(long) > 1 and short[-1] == long[-1] and short != long and all(
        s == w or (len(s) == 1 and w.startswith(s)) for s, w in zip(short, long))


def _begins_name(short: str, long: str, labels: dict[str, str], lang: ModuleType, groups: Groups) -> bool:
    """The leading words of a longer name: a given name alone ("Eleni"), a person's name without a second
    surname ("Ana Pastor", "Ana Pastor García"), or "Assemblée" for "Assemblée nationale"; never a place
    ("France" stays apart from "France Télévisions"), an acronym before a body ("UN Office") or a person's full
    name before the body or place named after them ("Francine Clark Art Institute"; a work titled after a hero,
    "Harry Potter et les reliques de la mort", still takes "Harry Potter")."""
    short_tokens, long_tokens = short.split(), long.split()
    if len(long_tokens) <= len(short_tokens) or long_tokens[:len(short_tokens)] != short_tokens:
        return False
    bodies = {fold_name(noun) for noun in lang.ORG_NOUNS}
    if _canonical_name(groups[short]).isupper() and set(long_tokens[len(short_tokens):]) & bodies:
        return False  # "UN" is not the "UN Human Rights Council"; "PSA" is "PSA Peugeot Citroën"
    if labels[long] == "PER":
        if len(short_tokens) > 1:  # "Ana Pastor" for "Ana Pastor García"
            return labels[short] == "PER" and len(long_tokens) == len(short_tokens) + 1
        return short not in map(fold_name, lang.PLACES)
    if labels[short] == "PER" and len(short_tokens) > 1 and labels[long] in ("ORG", "LOC"):
        return False  # "Francine Clark" is not the "Francine Clark Art Institute" named after her
    return labels[short] != "LOC"


def _acronym_owners(key: str, groups: Groups, labels: dict[str, str], text: str, lang: ModuleType) -> list[str]:
    """The name an acronym is defined after ("Nouvelle Démocratie (ND)"; not a person: "Alfredo Pérez Rubalcaba
    (PSOE)" names his party), else the one name whose initials it spells ("EU" -> "European Union", "Cedeao"
    -> "Communauté économique des États de l'Afrique de l'Ouest": an acronym written as a word)."""
    forms = {m.text.replace(".", "") for m in groups[key]}
    acronyms = {_letters(f) for f in forms if _is_acronym(f)}
    if len(acronyms) != 1 or " " in _canonical_name(groups[key]):
        return []
    acronym = acronyms.pop()
    longer = [k for k in groups if len(k.split()) >= 2 and k != key]
    upper = any(f.isupper() for f in forms)  # "Pauline Achard (Renew)": a word in brackets defines nothing
    defined = [k for k in longer if upper and labels[k] != "PER" and _defines(groups[k], acronym, text)]
    if defined:
        return defined[:1]
    spelled = [k for k in longer if _spells(acronym, k.split(), lang)]
    return spelled if len(spelled) == 1 else []


def _letters(text: str) -> str:
    """Accent-folded lower-case letters and digits, y as i, doubled letters kept ("PCC" -> "pcc")."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isalnum()).lower().replace("y", "i")


def _is_acronym(form: str) -> bool:
    """"CEDEAO", "EU", or an acronym of four letters or more written as a word ("Cedeao", "Unesco")."""
    if " " in form or not 2 <= len(form) <= 7:
        return False
    return form.isupper() or (len(form) >= 4 and form.isalpha() and form.istitle())


def _defines(group: list[Mention], acronym: str, text: str) -> bool:
    """Whether the acronym is in brackets after a mention, or after the place that completes it ("Musée des
    beaux-arts de Montréal (MBAM)", the place counted apart)."""
    for mention in group:
        found = _DEFINED.match(text, mention.end)
        if found and _letters(found.group(1)) == acronym:
            return True
    return False


def _spells(acronym: str, words: list[str], lang: ModuleType) -> bool:
    """Whether the acronym is the initials of the words, small words optional ("cedh", "cour européenne des
    droits de l'homme")."""
    if not words:
        return not acronym
    word = _ELISION.sub("", words[0])
    optional = words[0] in lang.CONNECTIVES or word in lang.CONNECTIVES
    if acronym and word[:1] == acronym[0] and _spells(acronym[1:], words[1:], lang):
        return True
    return optional and _spells(acronym, words[1:], lang)


def _gender(group: list[Mention], key: str, lang: ModuleType) -> str:
    """"m" or "f" from the titles before the name's mentions, else from its given name; "" when unknown."""
    titles = Counter(m.title for m in group if m.title)
    if titles:
        return titles.most_common(1)[0][0]
    given = re.split(r"[\s-]", _canonical_name(group))[0].lower()
    return lang.GIVEN_NAMES.get(given, "") or lang.GIVEN_NAMES.get(key.split()[0], "")


def _pick_owner(owners: list[str], genders: dict[str, str], groups: Groups, mention: Mention) -> str | None:
    """The owner a short mention stands for: the only one, the one its title's gender fits, else the one
    named last before it; ``None`` when nothing tells."""
    if len(owners) == 1:
        return owners[0]
    fitting = [o for o in owners if mention.title and genders[o] == mention.title]
    if len(fitting) == 1:
        return fitting[0]
    candidates = fitting or owners
    before = [(max(m.start for m in groups[o] if m.start < mention.start), o) for o in candidates
              if any(m.start < mention.start for m in groups[o])]
    return max(before)[1] if before else None


# --- labels, names and the table ----------------------------------------------------------------------------------


def _canonical_name(group: list[Mention]) -> str:
    """The fullest form (most words, no title, given names spelled out: "Barack Obama" over "B. Obama"; not
    in capitals: "London" over a dateline's "LONDON"), then the most frequent, then the first."""
    counts = Counter(m.text for m in group)
    first = {text: min(m.start for m in group if m.text == text) for text in counts}
    return min(counts, key=lambda t: (-len(fold_name(t).split()), _has_initial(fold_name(t)), _shouted(t),
                                      -counts[t], first[t]))


def _shouted(form: str) -> bool:
    """A word of five letters or more in capitals ("LONDON" in a dateline): the same name written normally is
    shown instead."""
    return form.isupper() and len(form) >= 5 and form.replace(" ", "").isalpha()


def _group_label(group: list[Mention], lang: ModuleType) -> str:
    """Place list first, then person evidence, then the model's majority vote."""
    name = _canonical_name(group)
    if name in lang.PLACES or any(m.text in lang.PLACES for m in group):
        return "LOC"
    if _person_by_evidence(group, name, lang):
        return "PER"
    votes = Counter(m.label for m in group if m.label)
    if _names_organisation(name, lang):
        return max(("ORG", "LOC", "MISC"), key=lambda label: (votes[label], label == "ORG"))
    spoke = any(m.person_cue for m in group)
    personal = votes["PER"] or _looks_personal(name) or len(name.split()) == 1 and not name.isupper()
    if (any(m.title for m in group) or spoke and personal) and votes["ORG"] <= votes["PER"] + votes["LOC"]:
        return "PER"
    if spoke and name.isupper() and not votes["PER"]:
        return "ORG"
    if votes["PER"] and len(name.split()) >= 2 and "-" in name.split()[0]:
        return "PER"
    return votes.most_common(1)[0][0] if votes else "MISC"


def _person_by_evidence(group: list[Mention], name: str, lang: ModuleType) -> bool:
    """Whatever the model's labels, a name of two to four capitalised words that no word makes an
    organisation, a place or an event ("Baltic Capital Bank", "Fridtjof Nansen Institute") is a person's when
    it opens with a given name ("Tomasz Wrona", not one the model tagged a place: "Victoria Falls") or when a
    title or a role in apposition describes it ("Rafael Dumlao, the spokesperson"); a surname alone only in
    the latter case ("M. Houdré")."""
    words = name.split()
    single = len(words) == 1 and name[:1].isupper() and not name.isupper()
    if not (_looks_personal(name) or single) or any(w.lower() in lang.NON_PERSON_WORDS for w in words):
        return False
    if any(m.role for m in group):
        return True  # "M. Houdré", "Ewa Nowicka, its president"
    given = not single and words[0].lower() in lang.GIVEN_NAMES or words[0].split("-")[0].lower() in lang.GIVEN_NAMES
    votes = Counter(m.label for m in group if m.label)
    return given and votes["LOC"] <= votes["PER"]


def _names_organisation(name: str, lang: ModuleType) -> bool:
    """A name of two words or more that opens or ends with the head of an organisation's or a building's name
    ("Gordon and Betty Moore Foundation", "Fondation EDF", "Groupe Bel"): never a person's."""
    words = name.split()
    return len(words) >= 2 and any(w[:1].isupper() and w.lower() in lang.ORGANISATION_ENDINGS
                                   for w in (words[0], words[-1]))


def _looks_personal(name: str) -> bool:
    """Two to four capitalised words, not an acronym: "Kassym-Jomart Tokaïev", not "CERN" or "Conseil
    constitutionnel" (a speech verb's subject may be an organisation or a place standing for a government;
    a single capitalised word that speaks is taken for a surname unless the place list knows it)."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)


def _build_table(doc: Doc, groups: Groups, ambiguous: set[str], lang: ModuleType) -> EntityTable:
    canonicals = {key: _canonical_name(group) for key, group in groups.items()}
    linked = link_demonyms(doc, lang=lang)
    entities = [_entity(canonicals[k], _group_label(g, lang), g, linked, ambiguous=k in ambiguous)
                for k, g in groups.items()]
    entities += _places_only_linked(linked, {e.name for e in entities})
    entities.sort(key=_rank)
    pairs = [(m, canonicals[k]) for k, group in groups.items() for m in group]
    return EntityTable(entities=entities, mentions=sorted(pairs, key=lambda p: p[0].start))


def _rank(entity: Entity) -> tuple[int, int, int, int, str]:
    """Most named first (gold and reader alike count names). At equal counts, the entity the text also
    points to otherwise comes first: pronouns and descriptions that quotes resolved to a person, demonyms
    linked to a place ("les autorités arméniennes" keeps Arménie in view); then people, organisations,
    places and the rest (news is told through its actors); then order of first mention (the lede names what
    matters)."""
    other = entity.resolved_mentions + sum(entity.linked_forms.values())
    label = _LABEL_ORDER.get(entity.label, len(_LABEL_ORDER))
    return -entity.count, -other, label, entity.first_start, entity.name


def _entity(name: str, label: str, group: list[Mention], linked: dict[str, Counter[str]], *,
            ambiguous: bool) -> Entity:
    aliases = tuple(sorted({m.text for m in group} - {name}))
    return Entity(name=name, label=label, count=len(group), aliases=aliases, ambiguous=ambiguous,
                  first_start=min(m.start for m in group), linked_forms=dict(sorted(linked.get(name, {}).items())))


def _places_only_linked(linked: dict[str, Counter[str]], named: set[str]) -> list[Entity]:
    return [Entity(name=place, label="LOC", count=0, linked_forms=dict(sorted(forms.items())), first_start=10**9)
            for place, forms in sorted(linked.items()) if place not in named]
