"""Named entities counted per canonical name: spaCy's mentions cleaned, merged, relabelled and re-found.

Steps (each a small function): clean the model's mentions (drop junk such as "État", "-Jomart", demonyms,
capitalised common words at the start of a sentence; strip elisions and titles); group them by a folded key
that merges spelling variants (Tokayev / Tokaïev / Tokaiev) and titles (M. Macron); attach a surname alone or an
acronym defined in the text to its full form, unless two people share it (namesakes stay apart, the bare
surname goes to the one last named, or stays an ambiguous row); fix each group's label from evidence over all
its mentions (a title before it or a speech verb after it makes a person; the place list in the language data
makes a place); find the occurrences of each alias the model missed; and link demonyms to their places.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "NORP": "MISC", "GPE": "LOC", "LOC": "LOC",
           "FAC": "LOC", "MISC": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
           "PRODUCT": "MISC", "LANGUAGE": "MISC"}
_ELISION = re.compile(r"^(?:[lLdDjJ]|qu|Qu)['’]")


@dataclass(frozen=True)
class Mention:
    """One place where an entity is named: offsets into the text, the surface form and the model's label."""

    start: int
    end: int
    text: str
    label: str
    person_cue: bool = False


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


def fold_name(text: str) -> str:
    """A key that merges spelling variants: accents folded, lower case, y -> i, doubled letters single."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("y", "i")
    folded = re.sub(r"(\w)\1", r"\1", folded)
    return " ".join(re.findall(r"[\w']+", folded))


def extract_entities(doc: Doc, *, lang: ModuleType, speech_heads: Iterable[int] = ()) -> EntityTable:
    """The entity table of a parsed document; ``speech_heads`` are token indices of speech-verb subjects."""
    subjects = set(speech_heads)
    mentions = [m for span in doc.ents if (m := _clean_mention(span, lang, subjects)) is not None]
    groups = _group_mentions(mentions, lang)
    first_labels = {key: _group_label(group, _canonical_name(group), lang) for key, group in groups.items()}
    groups = _attach_short_forms(groups, first_labels, doc.text)
    canonicals = {key: _canonical_name(group) for key, group in groups.items()}
    labels = {key: _group_label(group, canonicals[key], lang) for key, group in groups.items()}
    groups = _add_missed_occurrences(groups, canonicals, doc.text)
    linked = link_demonyms(doc, lang=lang)
    entities = [_entity(canonicals[k], labels[k], groups[k], linked) for k in groups]
    entities += _places_only_linked(linked, {e.name for e in entities})
    entities.sort(key=lambda e: (-e.count, e.first_start, e.name))
    pairs = [(m, canonicals[k]) for k, group in groups.items() for m in group]
    return EntityTable(entities=entities, mentions=sorted(pairs, key=lambda p: p[0].start))


def link_demonyms(doc: Doc, *, lang: ModuleType) -> dict[str, Counter[str]]:
    """Place -> demonym forms found in the text with their counts ("Kazakhstan": {"kazakhstanais": 1})."""
    linked: dict[str, Counter[str]] = defaultdict(Counter)
    for token in doc:
        place = _demonym_place(token.text.lower(), lang.DEMONYMS)
        if place and token.pos_ in ("ADJ", "NOUN", "PROPN"):
            linked[place][token.text.lower()] += 1
    return dict(linked)


# --- cleaning -----------------------------------------------------------------------------------------------------


def _clean_mention(span: Span, lang: ModuleType, subjects: set[int]) -> Mention | None:
    tokens = list(span)
    while tokens and (_is_leading_function_word(tokens[0]) or tokens[0].lower_.rstrip(".") in lang.TITLES
                      or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = span.doc.text[start:end]
    elided = _ELISION.match(text)
    if elided:
        start, text = start + elided.end(), text[elided.end():]
    if _is_junk(text, tokens, lang):
        return None
    cue = _person_cue(tokens, lang, subjects)
    return Mention(start=start, end=end, text=text, label=_LABELS.get(span.label_, "MISC"), person_cue=cue)


def _is_leading_function_word(token) -> bool:
    """A lower-case article or preposition at the start of a mention ("en Bretagne", "the Kremlin")."""
    return token.text.islower() and token.pos_ in ("ADP", "DET")


def _is_junk(text: str, tokens: list, lang: ModuleType) -> bool:
    if len(text) < 2 or text.startswith("-") or not any(c.isupper() for c in text):
        return True
    if text.lower() in lang.NON_ENTITIES or _demonym_place(text.lower(), lang.DEMONYMS):
        return True
    if any(t.like_num for t in tokens) and not any(t.pos_ == "PROPN" for t in tokens):
        return True
    capitalised = [t for t in tokens if t.text[:1].isupper()]
    return len(capitalised) == 1 and tokens[0].is_sent_start and tokens[0].pos_ not in ("PROPN",) \
        and len(tokens) > 1


def _person_cue(tokens: list, lang: ModuleType, subjects: set[int]) -> bool:
    """A title just before the name ("M.", "le président") or the name as subject of a speech verb."""
    first = tokens[0]
    before = first.nbor(-1) if first.i > 0 else None
    titled = before is not None and before.lower_.rstrip(".") in lang.TITLES
    return titled or any(t.i in subjects for t in tokens)


def _demonym_place(word: str, demonyms: dict[str, str]) -> str | None:
    """The place a demonym or nationality adjective points to, any gender or number ("américaines")."""
    for ending in ("", "s", "e", "es", "ne", "nes"):
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in demonyms:
            return demonyms[stem]
    return None


# --- grouping -----------------------------------------------------------------------------------------------------


def _group_mentions(mentions: list[Mention], lang: ModuleType) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[fold_name(mention.text)].append(mention)
    return dict(groups)


def _attach_short_forms(groups: dict[str, list[Mention]], labels: dict[str, str],
                        text: str) -> dict[str, list[Mention]]:
    """Merge a surname alone into the one longer name that ends with it, and an acronym into the name it is
    defined after ("Nouvelle Démocratie (ND)"); a surname shared by several full names goes to the one named
    last before each mention, and stays apart when none was."""
    merged = {k: list(v) for k, v in groups.items()}
    for key in sorted(groups, key=lambda k: len(k.split())):
        owners = [k for k in merged if k != key and _ends_with(k, key) and _same_kind(labels[k], labels[key])]
        owners = owners or _acronym_owner(key, merged, text)
        if not owners:
            continue
        keep = []
        for mention in merged.pop(key):
            owner = _nearest_owner(owners, merged, mention.start)
            (merged[owner] if owner else keep).append(mention)
        if keep:
            merged[key] = keep
    return merged


def _same_kind(owner_label: str, short_label: str) -> bool:
    """A surname joins a longer name when either is a person; other short forms join names of their kind;
    a place never joins a longer name ("Pakistan" stays apart from "The News Pakistan")."""
    if short_label == "LOC":
        return False
    return "PER" in (owner_label, short_label) or owner_label == short_label


def _ends_with(long_key: str, short_key: str) -> bool:
    long_tokens, short_tokens = long_key.split(), short_key.split()
    return len(long_tokens) > len(short_tokens) and long_tokens[-len(short_tokens):] == short_tokens


def _acronym_owner(key: str, groups: dict[str, list[Mention]], text: str) -> list[str]:
    if not re.fullmatch(r"[a-z]{2,6}", key):
        return []
    for other, mentions in groups.items():
        initials = "".join(w[0] for w in other.split() if len(w) > 2 or w[:1].isupper())
        if initials == key and any(text[m.end:m.end + len(key) + 3].lower().startswith(f" ({key}") for m in mentions):
            return [other]
    return []


def _nearest_owner(owners: list[str], groups: dict[str, list[Mention]], offset: int) -> str | None:
    """The owner named last before ``offset``; with one owner, that one."""
    if len(owners) == 1:
        return owners[0]
    before = [(max(m.start for m in groups[o] if m.start < offset), o) for o in owners
              if any(m.start < offset for m in groups[o])]
    return max(before)[1] if before else None


def _canonical_name(group: list[Mention]) -> str:
    """The fullest form (most words), then the most frequent, then the first."""
    counts = Counter(m.text for m in group)
    first = {text: min(m.start for m in group if m.text == text) for text in counts}
    return min(counts, key=lambda t: (-len(t.split()), -counts[t], first[t]))


def _group_label(group: list[Mention], name: str, lang: ModuleType) -> str:
    """Place list first, then person evidence, then the model's majority vote."""
    if name in lang.PLACES or any(m.text in lang.PLACES for m in group):
        return "LOC"
    votes = Counter(m.label for m in group)
    if any(m.person_cue for m in group) and votes["ORG"] <= votes["PER"] + votes["LOC"]:
        return "PER"
    if votes["PER"] and len(name.split()) >= 2 and "-" in name.split()[0]:
        return "PER"
    return votes.most_common(1)[0][0]


def _add_missed_occurrences(groups: dict[str, list[Mention]], canonicals: dict[str, str],
                            text: str) -> dict[str, list[Mention]]:
    """Add whole-word, case-sensitive occurrences of each group's surface forms that no mention covers."""
    covered = [(m.start, m.end) for group in groups.values() for m in group]
    result = {k: list(v) for k, v in groups.items()}
    forms = sorted({(m.text, k) for k, group in groups.items() for m in group if len(m.text) >= 3},
                   key=lambda p: -len(p[0]))
    for form, key in forms:
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if not any(s < match.end() and match.start() < e for s, e in covered):
                label = result[key][0].label
                result[key].append(Mention(start=match.start(), end=match.end(), text=form, label=label))
                covered.append((match.start(), match.end()))
    return result


def _entity(name: str, label: str, group: list[Mention], linked: dict[str, Counter[str]]) -> Entity:
    aliases = tuple(sorted({m.text for m in group} - {name}))
    return Entity(name=name, label=label, count=len(group), aliases=aliases,
                  first_start=min(m.start for m in group), linked_forms=dict(sorted(linked.get(name, {}).items())))


def _places_only_linked(linked: dict[str, Counter[str]], named: set[str]) -> list[Entity]:
    return [Entity(name=place, label="LOC", count=0, linked_forms=dict(sorted(forms.items())), first_start=10**9)
            for place, forms in sorted(linked.items()) if place not in named]


def with_resolved_mentions(entities: list[Entity], resolved: Counter[str]) -> list[Entity]:
    """The entities with the pronouns and descriptions that quote attribution resolved to them counted."""
    return [replace(e, resolved_mentions=resolved.get(e.name, 0)) for e in entities]
