"""Resolve the words that name or point to a speaker to the entity table's canonical names.

- A name (a proper noun, a noun with a name in its phrase or set off by commas after it, not past a participial
  aside: "a soutenu l'accusé, interrogé par son avocat, Me X" is not X; maybe after an article
  and a word: "le président Trump", "l'un des porte-parole, Joe Incandela,", "son porte-parole, le
  lieutenant-colonel Matteo Ferrante,"; a person in apposition before other names) -> its entity's canonical name
  (``explicit``). A name that is the
  noun's complement or owner ("l'avocat de M. Lazar", "Lazar's lawyer") is not the speaker. A role noun the
  model took for an organisation's name -> the person set off after it ("Patron d'un fileyeur basé à Ciboure,
  Mikel Arrieta, 46 ans, fait ses comptes"); a capitalised role with a possessive too ("Its Foreign Minister, X,").
  An organisation set off after a description ("The airport's owner, Heathline Holdings,") -> that organisation;
  a name in apposition the model left untagged ("Her deputy, Joost Verhoef,") -> its words; a person named right
  after a definite description the parser hung elsewhere ("tonne le conseiller national Thierry Bolomey") -> that
  person. A place before a
  business noun is where it is based, not its name ("The Fremont, Calif., company" is the company just named).
- A document that "says" ("un rapport de Chatham House", "le communiqué du ministère", "According to the
  judgment") -> its author or issuer; a document
  with no author in its phrase ("un communiqué de presse") -> the subject of the verb that issued it, also when
  it is taken up later, however far ("In a written statement, a government spokesperson said … " / "the statement
  said"; "a statement from the Pentagon" … "the statement said" is the Pentagon's; "Dans un communiqué, X
  justifie …"); a word for any text ("The document", « le texte ») -> the issuer of the document or of what a verb
  issued in the sentences just before ("X published its priorities. The document calls …"; « le vœu déposé par
  X … Le texte demandait »), else whoever it goes on quoting; a standing text with no issuer that is the subject
  of a speaker's reported clause ("X told the court that the law required …") -> that speaker; a draft or a text
  the press saw ("the draft guidance, seen by Reuters") and a document that speaks for itself ("the summit
  declaration requires", see :mod:`newsbrief.cues`) -> its words.
- A pronoun (il, elle, -t-il, celui qui, he, she) or a possessive ("selon ses termes") -> a person of compatible
  gender named (also by a given name or surname the tagger took for a noun: "Karima, elle, attend de voir :",
  "Justice Moxey-Rolle also criticised what she called") or described
  earlier in its sentence, unless a pronoun of its gender opens the sentence as subject before any name ("He
  criticised Peskov for what he called": what that one stands for) or the pronoun opens a free relative on the main
  verb ("X thanked Y for what he called": the subject, X), and not one a participial adjunct of its
  verb answers or is questioned by ("Répondant à M. X, il …"), nor the subject of an absolute participial clause ("Le
  président X lui ayant demandé de conclure, « … », a-t-il insisté"), nor a body or place subject of its sentence
  when it is the subject of an incise right after the quote and a compatible person is the topic or a subject of
  the sentence before ("…, précise M. X. L'Office entend « aller au bout », a-t-il ajouté": X); else, from the
  nearest of the three sentences before, the sentence's topic (the speaker it quotes, also one no name gives,
  "« … », glisse un conseiller, sous couvert d'anonymat", unless in a clause on another noun than its subject:
  "X was ordered to withdraw it by the chair, Y, who warned that “…”" is about X; "pour X" / "selon X" at its head
  ahead of its main-clause subject, "Pour Me X, c'est Y qui a ouvert le compte" being X's view, what a pronoun
  subject of the sentence just before stands for, an indefinite description such as "un proche du ministre" or,
  by kinship, "une mère de famille", also
  one a source marker gives anywhere in it: "according to a senior diplomat who asked not to be named") or a person
  named there as a subject or opening it ("Me X rejoint Y sur un point : …") (or, in French only, the organisation
  or country that is its subject, also a place's name a body's or capitalised noun heads, "Le Parc naturel régional
  … a lui aussi réagi", and a body no name gives: "Le rectorat de l'académie …, reste prudent. Dans un communiqué,
  il dit"; "he" and "she" never stand for one in English), or, in the nearest sentence outside quotes, any person
  named ("… par la voix de son avocate, Me X. « … », écrit-elle"; not the owner of a thing, "bien avant la question
  écrite de X"), of those the last in the fewest subordinate clauses and passive agents ("X a reçu une délégation
  emmenée par Y. « … », a-t-elle déclaré": X, however the parser hung X's apposition), not the topic or subject of
  the nearest sentence outside quotes when it is in the background (a pluperfect, "Y avait pourtant assuré que …",
  "Y had warned"; a French imperfect of a verb other than speech, "Y se tenait à ses côtés") and one of the one or
  two sentences before it in the paragraph has another compatible one, the paragraph's topic; else the last
  speaker, else the last person named; else, in French, the last organisation named in the sentence just before
  whose noun agrees ("… échappé à l'Agence française anticorruption. Dans son rapport, elle relève")
  (``pronoun``). A sentence's subject may be one the parser lost ("Le chef de l'État, Emmanuel Macron, était …", "Le maire, lui,
  n'a pas souhaité …", "un soldat amaigri, drapé …, descendait") or a definite role standing for its person
  ("l'élu … a présidé"), also one whose complement names a body the parser took a word of for the subject ("la
  gérante de VH Prestations viticoles ne nie pas": the manager, not the business); a definite role a name owns
  stands for its person, not the owner ("President Trump's nominee … posts in which he described"). An incise
  interrupting a clause does not point back into it ("L'Espagne, reconnaît-elle, …", "The BJP, he said, would").
  "Ce dernier" / "celui-ci" -> the last person named. "On" -> the place or group after its verb ("explique-t-on à
  l'Élysée"), or opening the sentence ("Du côté de l'opposition, on …", "Côté francophone, on …"), or taken up by
  "où" ("à la préfecture, où l'on …"), or
  the one of an "on" opening the sentence before ("Au Quai d'Orsay, on mise … « … », soupire-t-on"), else
  nobody. Plural pronouns (ils, eux, they) -> the plural subject of the sentence. A partitive ("l'un d'eux,
  Pierre Martin", "l'un de ses proches", "One of them") -> the person set off after it, else one of the group it
  names or the plural subject or source just before ("one of the people familiar with the matter"; the last
  group that spoke, "those people said" taking up the earlier "people familiar with the matter"; "MPs" tagged as
  a singular).
- A definite description with a capitalised qualifier whose words all are in one person's introduction ("the
  Maryland Democrat" for "Democratic Sen. Rachel Nwosu of Maryland") -> that person (``nominal``).
- A nationality or a town's inhabitants with a definite article ("a insisté l'Allemande", "l'Anversois a
  assuré", "La Bernoise a insisté" as a subject opening the sentence, not "le Palais"), or a party member's noun
  split by hyphens ("le chrétien-démocrate") -> the compatible person the article tied to it ("X (UDC/VD)" for
  "le Vaudois", see :mod:`newsbrief.roles`), else the compatible topic or subject of the sentences before, else the
  speaker of the last quote near, else the protagonist. The plural of a party member's noun ("les socialistes",
  "les insoumis") -> the party the entity table names ("Parti socialiste", "La France insoumise").
- "L'intéressé" -> the last compatible person named before, in a quote too, other than the last speaker.
- A definite description qualified by a party member's noun ("le responsable chrétien-démocrate") -> the
  compatible person the article tied to that party ("X (CDU)"), if any; a person after "à" in its phrase is the
  one spoken to, not its owner ("a rétorqué l'élu à M. Oberle").
- A definite description ("le président kazakhstanais", "the minister"; a former role, "l'ex-avocate", counts
  as its role; never a person named in its own clauses or in a participial adjunct of its verb: "La députée,
  chahutée par les bancs où siège Mme X,", "Répondant à M. X, le ministre") -> the person the article gave that role
  before it (or the party-member or inhabitants' noun the
  article's words about them give: "délégué CGT" for "le cégétiste"),
  or a role of the same kind ("économiste" then "la chercheuse", "maire" then "l'édile"), with compatible
  qualifiers (not those of an adjunct: "son président sur les ondes de …") and gender ("le
  président Tokaïev", "Sergueï Lavrov, le ministre ...") and owners ("le porte-parole du Kremlin" is not the
  spokesman of another body, and stays a description); else, or when the role is only given later, the
  indefinite description of its kind that introduced it, one with its own noun first ("a judge" rather than "a
  magistrate" for "the judge"; "un diplomate européen" for "le diplomate européen cité
  plus haut", "One backbencher" for "the MP", "A member of the panel, who …, said" for "the negotiator");
  else, for a subject of the main verb opening the lede (the paragraph after a deck the byline closes), the
  person the next paragraph opens with as subject (or in apposition inside it, or after an opening participle),
  named there for the first time ("Hong Kong's security chief has defended …" / "Secretary for Security Raymond
  Kwok told …"), whose role it is from then on ("the nominee"); a role a name owns by a possessive ("the UAE's
  chief negotiator") is not another owner's ("the EU's chief negotiator"); else the person the same description
  took up where it opened a sentence right after naming them ("… a lancé Anne X. La maire de Millau rappelle …"
  for a later "la maire"), when no one else holds a role of its kind; else the one person
  the article's last sentence before names as a bare subject or object ("L'annonce n'a pas convaincu X. « … »,
  lâche le délégué"), else a compatible topic or subject of the sentences before, else whom a pronoun subject
  of the sentence before stands for ("Il a aussi reproché … « … », a poursuivi l'élu"), else the one person that
  sentence names in a complement, else the speaker of the last quote of the two sentences before, else the
  article's clear protagonist, else a person given the role only further on (a description set against the
  topic by a stressed pronoun, "La conseillère d'Etat, elle, se dit …", skips that topic and the last speaker for
  the person last named in those sentences who is not the topic); but a description a person or role
  owns ("the prime minister's official spokesman") is no one named near and stays a description when no role
  holder fits. A bare organisation word,
  or one with an epithet but no name ("l'ONG", "the
  embassy", "l'organisation patronale", "the Washington-based lender") -> the fuller phrase with a name just
  before ("Brazil's embassy in Dublin"), else the fuller phrase with a complement and the same epithet anywhere
  before ("le ministère burkinabé" for "le ministère des affaires étrangères burkinabé"), else the organisation
  just named as a subject, or in a subject's complement ("le comité de gestion de X a adopté"), or quoted (the last
  of those; also one the model read as a place no place list holds), else, with no body named there, the one the
  same word took up before ("selon le régulateur" … "prévient le régulateur"); a word of one kind of body only
  one of that kind ("the regulator" an authority, not the bank it took over); a word for a business by what it
  runs ("l'opérateur", "the operator") -> the body named or quoted in the sentences just before; a bare word for a
  management ("La direction a assuré") -> the body the sentence before is about, else the one just talked about
  (not one named as a person's affiliation: then the body that spoke last); a plural one -> the body
  named as its complement ("les membres de la Conférence …"), else the last body named whose noun the language
  data pairs with its words ("les juges" -> "la Cour constitutionnelle", "les services préfectoraux" -> "la
  préfecture du Val-d'Oise") (``nominal``).
- A definite noun no role list holds that a person's introduction gave them, in the title before the name or
  the words set off after it ("Paul X, délégué CGT des cheminots," for "le cheminot", "Former … Comptroller Jane
  X" for "the former comptroller") -> that person, when the article so introduced only one (``nominal``).
- A possessed role that people of several bodies hold ("conclut son secrétaire général", a ministry's too) -> the
  holder of the organisation just talked about; one no one holds, in the first sentence of the lede ("…, with their
  lead counsel arguing “…”"), -> the person the next paragraph opens with, named there for the first time
  (``nominal``). A reporter a byline names ("By Jane Doe", "Jane Doe/Staff Reporter") is no one's antecedent.
- An indefinite role opening the lede as its subject ("A procurement officer at X told the court …") -> the person
  the next paragraph opens with, named there for the first time, unless kept anonymous (``nominal``).
- An indefinite, plural or unresolved description ("un diplomate européen", "the spokeswoman") -> the
  description itself, as the article gives it: never a guess shown as certain.

Gender comes from titles and determiners ("Mme", "la ministre"), agreeing adjectives, gendered endings, role
words listed with their other form ("avocate" beside "avocat") and given names of the language data, and last
the tagger's guess (:func:`newsbrief.roles.learn_roles`).

The roles and genders an article gives its people are learnt in :mod:`newsbrief.roles`; the grammar this
module shares with :mod:`newsbrief.cues` (noun phrases, determiners, source markers, inverted clitics) lives in
:mod:`newsbrief.grammar`.
"""

from __future__ import annotations

import bisect
from functools import cached_property, lru_cache
from collections.abc import Iterator, Sequence
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.aliases import spells
from newsbrief.cues import could_speak, predicated_claim, speech_lemma
from newsbrief.entities import EntityTable
from newsbrief.grammar import ADJUNCT_OPENERS, DEFINITE, PERSON_TAGS, PLACE_TAGS, complement, edge, \
    has_relative_clause, has_subject, interrupts, is_address_title, is_age, is_finite_verb, is_source_marker, \
    follows_quote, lowered_words, marked_source, token_starts, words_of, \
    names_speaker, noun_phrase, noun_root, passive_agent, possessor, premodifies, represented_role, role_lemma, \
    after_object_clitic, set_off_after, voiced_role
from newsbrief.grammar import determiner as _determiner  # aliased: the methods call its result ``determiner``
from newsbrief.names import Mention, demonym_place, fold_name, inhabitant_stem, is_given_name, looks_personal, \
    name_head
from newsbrief.records import Resolution
from newsbrief.roles import Role, adjectives_agree, adjectives_of, description_gender, gender_evidence, \
    learn_roles, pick_role, role_owners, role_place, role_qualifiers, same_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_INDEFINITE = frozenset({"un", "une", "des", "a", "an", "one", "another", "some", "plusieurs", "certains",
                         "certaines", "quelques"})
_DETERMINERS = _INDEFINITE | DEFINITE | {"les"}
_A_OR_AN = frozenset({"un", "une", "a", "an"})
_PLURAL_DEFINITE = frozenset({"les", "the"})
_A_OR_ONE = _A_OR_AN | {"one"}  # "One backbencher", "One senior Tory figure"
_SINGULAR = frozenset({"le", "la", "l'", "l’", "un", "une", "a", "an", "this", "that", "ce", "cet", "cette"})
Resolved = tuple[str | None, str | None, Resolution]
EMBEDDED_CLAUSES = frozenset({"acl:relcl", "relcl", "ccomp", "advcl"})  # clauses with a subject of their own
_SUBORDINATE_DEPS = EMBEDDED_CLAUSES | {"obl:agent", "agent"}  # where a name is not what its sentence is about


class SpeakerResolver:
    """Resolves speaker tokens of one document; remembers the speakers of the quotes seen so far."""

    def __init__(self, doc: Doc, table: EntityTable, *, lang: ModuleType,
                 quoted: Sequence[tuple[int, int]] = (), paragraphs: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.text = doc.text  # read once: Doc.text joins every token at each call
        self.paragraphs = list(paragraphs)  # offsets of the body paragraphs, the lede first
        self.table = table
        self.lang = lang
        self.quoted = list(quoted)
        self.sentences = list(doc.sents)  # built once: Doc.sents is recomputed on every access
        self._sentence_starts = [s.start for s in self.sentences]
        self._bylines = self._byline_starts()
        self.table = self._titles_taken_up(table)
        self.roles, self.genders = learn_roles(doc, table, lang=lang, quoted=self.quoted, text=self.text)
        self.speakers: list[tuple[int, str]] = []
        self._chain: dict[int, str | None] = {}  # pronoun subject -> what it stands for (see _pronoun_topic)
        self._described_subjects: dict[int, str | None] = {}  # role subject -> its person (_described_person)
        self._thing_names: dict[str, bool] = {}  # name -> whether it names a thing (see _names_thing)
        self._barred: frozenset[str] = frozenset()  # people the description being resolved cannot be
        self._absolute: dict[tuple[int, int], frozenset[int]] = {}  # sentence -> _absolute_participle_words

    def _in_quote(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quoted)

    def in_quote(self, offset: int) -> bool:
        """Whether an offset falls inside one of the document's quotes."""
        return self._in_quote(offset)

    def sentence_index(self, token: Token) -> int:
        """The position of a token's sentence in the document."""
        return bisect.bisect_right(self._sentence_starts, token.i) - 1

    def note_speaker(self, speaker: str | None, at: int) -> None:
        if speaker is not None:
            self.speakers.append((at, speaker))

    def resolve(self, token: Token | None, *, at: int) -> Resolved:
        """(speaker, the words that point to it, how it was resolved) for the speaker token of a cue."""
        if token is None:
            return None, None, "unknown"
        word = token.lower_.replace("-t-", "").lstrip("-")
        if word in self.lang.PRONOUNS or word in self.lang.POSSESSIVES:
            return self._resolve_pronoun(token, word)
        if word in self.lang.PARTITIVES and token.pos_ in ("NUM", "PRON"):  # "One of them", "l'un d'eux, X"
            return self._partitive(token)
        if word in getattr(self.lang, "OTHER_PARTITIVES", ()) and token.pos_ == "PRON":  # "Another said"
            return self._another(token)
        if self._is_demonym_noun(token) and self._name_after_title(token) is None:  # "a insisté l'Allemande", "the
            # Briton said"; not a title before its name ("le Colonel Hamidou a promis": Hamidou)
            return (self._person_noun_holder(token, token.lower_) or self._phrase(token)), self._phrase(token), \
                "nominal"
        possessed = any(c.lower_ in self.lang.POSSESSIVES or c.dep_ == "poss" and c.pos_ != "PROPN"
                        for c in token.children)  # "Its Foreign Minister, X,", "the state's water resources minister"
        if token.pos_ == "PROPN" and token.lower_ in self.lang.ROLE_NOUNS and (_determiner(token) in DEFINITE
                                                                             or possessed):
            named = self._named_in_phrase(token) or self._set_off_name(token)  # "The shadow minister, Tom Ashworth,"
            # "the Conservative told supporters": a role the tagger took for a name
            return (named, self._phrase(token), "explicit") if named else self._described(token, at)
        own = self._own_name(token)
        holder = self._acronym_role_holder(token, at) if token.text.isupper() \
            and (own is None or self.table.label_of(own) != "PER") else None
        if holder is not None:  # "l'ancien DGS", "le PDS": a role the article defines by its acronym
            return holder, self._phrase(token), "nominal"
        if own is not None:
            return own, self._phrase(token), "explicit"
        if token.pos_ == "PROPN":  # "Leader of the Opposition in the Legislative Assembly C.N. Prabhakar"
            person = self._named_in_phrase(token)
            person = person if person is not None and self.table.label_of(person) == "PER" else None
            if person is None and token.lower_ in self.lang.ORG_NOUNS and _determiner(token) in DEFINITE:
                return self._described(token, at)  # "the NGO said": a kind of body the tagger took for a name
            return person or self._phrase(token), self._phrase(token), "explicit"
        voiced = self._text_voice(token, at)  # a document's author or issuer, or whom it goes on quoting
        if voiced is not None:
            return voiced
        named = self._named_in_phrase(token) or self._set_off_name(token) or self._apposed_body(token) \
            or self._apposed_name(token) or self._name_after_phrase(token)
        if named is not None:
            return named, self._phrase(token), "explicit"
        return self._described(token, at)

    def _own_name(self, token: Token) -> str | None:
        """The name a cue's speaker word is part of, or the one after its title; past an honorific, the name it
        honours ("Ir X"); for a body's name, the person it titles or names ("Fomca chief executive officer Dr X"),
        else the body; for a person's title, the honoured name after it ("Toshao of Annai, Mr Derrick Ignatius,")."""
        own = self._mention_at(token) or self._name_after_title(token)
        if own is not None and own.casefold() in self.lang.HONORIFICS:
            return self._name_after_honorific(token) or own
        if own is not None and self.table.label_of(own) != "PER":
            return self._person_titled_after_body(token) or self._named_in_phrase(token) \
                or self._person_after_role(token) or own
        return self._honoured_after_title(token, own) or own if own is not None else None

    def _name_after_title(self, token: Token) -> str | None:
        """A title the parser took for the head of the phrase ("résume Me Lambinet", "a dit Mme Roux", "Dr
        Martin a expliqué") stands for the person named right after it, not for a description."""
        if token.lower_.rstrip(".") not in self.lang.GENDERED_TITLES and token.lower_ not in self.lang.TITLES:
            return None
        following = token.nbor() if token.i + 1 < len(self.doc) else None
        if following is None or not (following.pos_ == "PROPN" or following.ent_type_ in PERSON_TAGS):
            return None
        named = self._mention_at(following)
        return named if named is not None and self.table.label_of(named) == "PER" else None

    def _honoured_after_title(self, token: Token, own: str) -> str | None:
        """The person set off by an honorific after a title the model took for a person's name ("Toshao of Annai,
        Mr Derrick Ignatius, said"; "Regional Chairman of Region Nine (…), Mr X, said"), the formal way some
        presses introduce an official: that person, not the title. Only for a "name" with a lower-case word, a
        role or title in it ("Vice-Chairman"), or a complement after it: a person's name set off before another's
        is a list, not a title."""
        doc, titles = self.doc, self.lang.ADDRESS_TITLES
        words = own.replace("-", " ").split()
        if not any(w.islower() or w.lower() in self.lang.ROLE_NOUNS or w.lower() in self.lang.TITLES for w in words) \
                and not (token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "prep"):
            return None
        for i in range(token.i + 1, min(len(doc) - 2, token.i + 14)):
            if doc[i].text == ",":
                named = self._mention_at(doc[i + 2]) if doc[i + 1].lower_ in titles else None
                return named if named is not None and named != own and self.table.label_of(named) == "PER" else None
            if is_finite_verb(doc[i]) or doc[i].text in (".", ":", "“", "«", '"'):
                return None
        return None

    def _titles_taken_up(self, table: EntityTable) -> EntityTable:
        """The table as the resolver reads it: a mention that is only an honorific ("Datuk Seri", "Tan Sri") the
        tagger cut off the name written right after it stands for that name ("says Datuk Seri Nor Hayati Mokhtar"
        is Nor Hayati Mokhtar's; "Prime Minister Datuk Seri Anwar Ibrahim" is Anwar Ibrahim's)."""
        honorifics = self.lang.HONORIFICS
        if not any(name.casefold() in honorifics for _, name in table.mentions):
            return table
        tokens = {t.idx: t for t in self.doc}
        taken = [(mention, (self._name_after_honorific(tokens[mention.start], mention.end)
                            if mention.start in tokens else None) or name)
                 if name.casefold() in honorifics else (mention, name) for mention, name in table.mentions]
        return replace(table, mentions=taken)

    def _name_after_honorific(self, token: Token, end: int | None = None) -> str | None:
        """The name an honorific the tagger took for a whole name opens ("said Datuk Seri Nor Hayati Mokhtar"
        with only "Datuk Seri" tagged): the capitalised words right after it, as the entity table names them."""
        end = end if end is not None else next((m.end for m, _ in self.table.mentions if m.start <= token.idx < m.end),
                                               token.idx + len(token))
        words = []
        for word in self.doc[token.i:min(token.i + 8, len(self.doc))]:
            if word.idx < end:
                continue
            if not (word.text[:1].isupper() and word.is_alpha):  # "Nor" tagged as a conjunction still names
                break
            words.append(word.text)
        name = " ".join(words)
        return (self.table.canonical(name) or name) if words else None

    def _person_after_role(self, token: Token) -> str | None:
        """A role noun the model took for an organisation's name, with the person it describes set off after it
        ("Patron d'un fileyeur basé à Ciboure, Mikel Arrieta, 46 ans, fait ses comptes"): that person."""
        if token.pos_ != "NOUN" or role_lemma(token, self.lang) not in self.lang.ROLE_NOUNS:
            return None
        return self._set_off_name(token)

    def _person_titled_after_body(self, token: Token) -> str | None:
        """The person a body's name, maybe its acronym in brackets, and lower-case role words title before their
        name ("Federation of Consumers Associations (Fomca) chief executive officer Dr Jane Doe called";
        "according to Otago medical officer of health Dr Jane Doe"): English writes a role head last, so the body
        is where that person works and the person is the speaker, however the parser hung the phrase."""
        if self.lang.HEAD_FIRST:
            return None
        doc, end = self.doc, next((m.end for m, _ in self.table.mentions if m.start <= token.idx < m.end), None)
        i, role = token.i + 1, False
        while i < min(len(doc), token.i + 16) and end is not None and doc[i].idx < end:
            i += 1
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].text[:1].isupper() and doc[i + 2].text == ")":
            i += 3  # the body's acronym
        for word in doc[i:min(len(doc), i + 8)]:
            named = self.table.name_at(word.idx)
            if named is not None and self.table.label_of(named) == "PER":
                return named if role else None
            titled = word.lower_ in self.lang.TITLES or word.lower_ in self.lang.HONORIFICS
            if not titled and not (word.is_lower and word.is_alpha and word.pos_ not in ("VERB", "AUX", "PRON",
                                                                                        "CCONJ")):
                return None
            role = role or word.lemma_.lower() in self.lang.ROLE_NOUNS  # "chief executive officer", "MP"
        return None

    def _partitive(self, token: Token) -> Resolved:
        """"l'un d'eux, Pierre Martin," -> the person set off after it; "One of them described" -> one of the
        group that is the plural subject or source of its sentence or the one before ("people familiar with the
        matter"), as the article words it; else unknown."""
        named = self._set_off_name(token)
        if named is not None:
            return named, self._phrase(token), "explicit"
        group = self._member_group(token) or self._plural_group(token)
        mention = token.text
        return (self.lang.PARTITIVE_OF.format(group=group) if group else None), mention, "nominal"

    def _another(self, token: Token) -> Resolved:
        """"One EU diplomat described … Another said" -> "another EU diplomat": a second member of the kind the
        last speaker described with "one" ("one of the diplomats" -> "another of the diplomats"); else unknown."""
        ones = [name for at, name in self.speakers if at < token.idx and len(name.split()) > 1
                and name.split()[0].lower() in self.lang.PARTITIVES]
        if not ones:
            return None, token.text, "unknown"
        return f"{token.lower_} {ones[-1].split(maxsplit=1)[1]}", token.text, "nominal"

    def _member_group(self, token: Token) -> str | None:
        """The group a partitive names itself ("l'un de ses proches" -> "proches de Hélène Carrère-Dumont",
        "one of his aides"), its possessive resolved; None for a pronoun ("l'un d'eux")."""
        of = [g for c in token.children for g in ([c] if c.dep_ == "nmod" else c.children if c.dep_ == "prep" else [])]
        member = next((m for m in of if m.pos_ == "NOUN"), None)
        if member is None:
            return None
        possessive = next((c for c in member.children if c.lower_ in self.lang.POSSESSIVES), None)
        owner = self._antecedent(possessive) if possessive is not None else None
        return self.lang.POSSESSED_ROLE.format(role=member.text, owner=owner) if owner else member.text

    def _plural_group(self, token: Token) -> str | None:
        """The words of the plural noun phrase that is a source ("according to people familiar with the matter")
        or a subject naming people or bodies, in the token's sentence or the two before."""
        speakers = self.lang.ROLE_NOUNS | self.lang.ORG_NOUNS
        for sentence in [token.sent, *reversed(self._previous_sentences(token, 2))]:
            groups = []
            for noun in sentence:
                plural = "Plur" in noun.morph.get("Number") or noun.tag_ in ("NNS", "NNPS") \
                    or noun.lower_.endswith("s") and noun.lower_[:-1] in speakers  # "MPs" tagged as singular
                marked = noun.dep_ in ("pobj", "obl:mod", "nmod") and any(
                    is_source_marker(t, self.lang) for t in noun.doc[max(0, noun.i - 2): noun.i])
                human = noun.dep_.startswith("nsubj") and (noun.pos_ == "PROPN" or noun.lemma_.lower() in speakers
                                                           or noun.lower_[:-1] in speakers
                                                           or speech_lemma(noun.head, self.lang) is not None)
                if noun.pos_ in ("NOUN", "PROPN") and plural and (marked or human) and noun.i < token.i \
                        and not self._in_quote(noun.idx):  # not "Proceeds will go to …"
                    groups.append(noun)
            # the last group that speaks: "after U.S. intelligence agencies concluded …, those people said"
            speaking = [g for g in groups if g.dep_.startswith("nsubj") and speech_lemma(g.head, self.lang)]
            if groups:
                group = speaking[-1] if speaking else groups[0]
                group = self._taken_up_group(group) or group
                words = self._phrase(group).split()
                if words[0].lower() in _DETERMINERS:
                    return " ".join(words[1:])
                named = self.table.name_at(group.left_edge.idx) is not None
                return " ".join(_uncapitalised_opener(group, words, named=named))
        return None

    def _taken_up_group(self, group: Token) -> Token | None:
        """The earlier mention a demonstrative group takes up ("according to people familiar with the matter …
        those people said"): the last noun of the same lemma before it, in its sentence or the two before."""
        if not any(c.dep_ == "det" and c.lower_ in self.lang.DEMONSTRATIVES for c in group.children):
            return None
        previous = self._previous_sentences(group, 2)
        start = previous[0].start if previous else group.sent.start
        return next((t for t in reversed(self.doc[start: group.i]) if t.lemma_ == group.lemma_
                     and not self._in_quote(t.idx)), None)

    def _impersonal_source(self, token: Token) -> Token | None:
        """Where "on" speaks from: the place or group after its verb ("confie-t-on dans l'entourage du ministre",
        "indique-t-on au Quai d'Orsay"), else the one the sentence opens with ("À l'UPA, on prévient que des
        tracteurs …": not the object after the verb, nor the complement of a verb "on" comes before: "on parle
        d'une situation « … »"), or taken up before; None when the text does not say."""
        seen_preposition = False
        inverted = token.text.startswith("-") or token.head.i < token.i
        for following in token.doc[token.i + 1: token.i + 6] if inverted else ():
            if following.pos_ in ("NOUN", "PROPN"):
                if seen_preposition:
                    return following
                break
            if following.is_punct and following.text not in ("-", "'"):
                break
            seen_preposition = seen_preposition or following.pos_ == "ADP"
        return self._fronted_source(token) or self._relative_source(token) or self._source_before(token)

    def _source_before(self, token: Token) -> Token | None:
        """The source of an "on" opening the sentence just before, in the same paragraph ("Au Quai d'Orsay, on mise
        sur une visite. « … », soupire-t-on.")."""
        told = self._told_before(token)
        if told is None or "\n" in self.text[told.end_char: token.idx]:
            return None
        impersonal = getattr(self.lang, "IMPERSONAL_PRONOUNS", ())
        earlier = next((t for t in told if t.lower_ in impersonal and t.dep_.startswith("nsubj")), None)
        return self._fronted_source(earlier) if earlier is not None else None

    def _relative_source(self, token: Token) -> Token | None:
        """The place a relative "où" takes up before "on" ("à la préfecture, où l'on reconnaît ...")."""
        i = token.i - 1 if token.i > 0 and self.doc[token.i - 1].lower_ in ("l'", "l’") else token.i
        if i < 1 or self.doc[i - 1].lower_ not in getattr(self.lang, "PLACE_RELATIVES", ()):
            return None
        for earlier in reversed(self.doc[token.sent.start: i - 1]):
            if earlier.pos_ in ("NOUN", "PROPN"):
                return earlier
            if not (earlier.is_punct or earlier.pos_ in ("DET", "ADJ")):
                return None
        return None

    def _fronted_source(self, token: Token) -> Token | None:
        """The place or group a sentence opens with before "on" ("Du côté de l'opposition, on dénonce",
        "À Matignon, on assure"): the first noun after the opening preposition, past "côté"-like words; opening
        on a bare "côté"-like word with an epithet ("Côté francophone, on parle"), that word and its epithet."""
        opening = self.doc[token.sent.start: token.i]
        sides = getattr(self.lang, "SIDE_NOUNS", ())
        side = len(opening) >= 3 and opening[0].lower_ in sides
        if len(opening) < 3 or opening[-1].text != "," or opening[0].pos_ != "ADP" and not side:
            return None
        nouns = [t for t in opening if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in sides]
        return nouns[0] if nouns else opening[0] if side else None

    def _resolve_pronoun(self, token: Token, word: str) -> Resolved:
        mention = token.text.lstrip("-").replace("t-", "")
        if word in getattr(self.lang, "IMPERSONAL_PRONOUNS", ()):  # "explique-t-on à l'Élysée"
            place = self._impersonal_source(token)
            return (self._mention_at(place) or self._phrase(place), self._phrase(place), "nominal") \
                if place is not None else (None, mention, "unknown")
        gender = self.lang.PRONOUN_GENDERS.get(word)
        dislocated = _dislocated_noun(token, gender) if getattr(self.lang, "LEFT_DISLOCATION", False) else None
        if dislocated is not None:  # "L'opposition, elle, parle d'un « … »": the noun it takes up
            return self.resolve(dislocated, at=dislocated.idx)
        if self.lang.PRONOUNS.get(word) == "pl" or word in getattr(self.lang, "PLURAL_POSSESSIVES", ()):
            return self._plural_antecedent(token), mention, "pronoun"
        if word in getattr(self.lang, "LATTER_PRONOUNS", ()):  # "ce dernier", "celui-ci": the last one named
            latest = [n for n in self.table.persons_before(token.idx) if self._compatible(n, gender)]
            return (latest[0] if latest else None), mention, "pronoun"
        person = self._named_behind(self._antecedent(token, gender=gender), token)
        self._learn_gender(person, gender)
        return person, mention, "pronoun"

    def _learn_gender(self, person: str | None, gender: str | None) -> None:
        """A person a gendered pronoun took up is of its gender, when nothing told it before ("“…,” Loizou said"
        … "“…,” she said"): a later pronoun of the other gender is not them."""
        if person is not None and gender and self.table.label_of(person) == "PER":
            self.genders.setdefault(person, gender)

    def _named_behind(self, name: str | None, token: Token) -> str | None:
        """The person behind an antecedent the model tagged as a name though it is an inhabitants' or
        nationality noun ("Le Loclois regrette … « … », énumère-t-il": "Le Loclois" is the Yves X named before):
        the person it takes up, as for that noun as a speaker (see :meth:`_person_noun_holder`)."""
        if name is None or self.table.label_of(name) != "PER" or name.split()[0].lower() not in DEFINITE:
            return name
        starts = [m for m, n in self.table.mentions if n == name and m.start < token.idx]
        span = self.doc.char_span(starts[-1].start, starts[-1].end, alignment_mode="expand") if starts else None
        noun = span.root if span is not None else None
        if noun is None or not self._is_demonym_noun(noun):
            return name
        return self._person_noun_holder(noun, noun.lower_) or name

    def _is_demonym_noun(self, token: Token) -> bool:
        """A nationality standing for a person, with a definite article ("l'Allemande", "le Français"), or a
        town's inhabitants' noun after a lower-case one (see :func:`_inhabitant`)."""
        word = token.lower_
        demonyms = self.lang.DEMONYMS
        determiner = _determiner(token)
        return token.text[:1].isupper() and determiner in DEFINITE and (
            word in demonyms or word.endswith("e") and word[:-1] in demonyms or _inhabitant(token, self.lang)
            or (self._learnt_role(token) or self._inhabitant_subject(token)) and not self._names_body(token))

    def _inhabitant_subject(self, token: Token) -> bool:
        """An inhabitants' noun opening a sentence as the subject of its verb ("La Bernoise a insisté")."""
        return token.dep_.startswith("nsubj") and _inhabitant(token, self.lang, opening=True)

    def _names_body(self, token: Token) -> bool:
        """Whether a capitalised word names an organisation of the table ("Le Parisien révèle", a newspaper; the
        model may take an inhabitants' noun for a place, which says nothing)."""
        named = self._mention_at(token)
        return named is not None and self.table.label_of(named) == "ORG"

    def _person_noun_holder(self, token: Token, word: str) -> str | None:
        """The person a definite noun for a party's member or a place's inhabitant stands for ("le Vaudois", "le
        chrétien-démocrate"): the compatible one the article tied to it, else the compatible topic or subject of
        the sentences before, the last speaker near, the protagonist."""
        gender = description_gender(token)
        return self._learnt_holder(token, word, gender=gender) or self._recent_subject(token, gender=gender) \
            or self._recent_speaker(token, gender=gender) or self._protagonist(gender=gender, at=token.idx)

    def _learnt_holder(self, token: Token, word: str, *, gender: str | None) -> str | None:
        """The compatible person the article tied to a word it learnt ("X (UDC/VD)" for "le Vaudois"), the last
        one before the token, else the first after (see :func:`~newsbrief.roles.learn_roles`)."""
        holders = [r for r in self.roles.get(word, self.roles.get(token.lemma_.lower(), []))
                   if self._compatible(r.person, gender)]
        return pick_role(holders, frozenset(), token.idx)

    def _reporting_owner(self, token: Token) -> Token | None:
        """"A report by Chatham House", "le communiqué du ministère", "la formule répétée par le ministre", "In a
        38-page judgment, Justice X said … According to the judgment": the author of a document or formula that
        "says" something; none for a draft or a document the press saw ("the draft guidance, seen by Reuters"),
        which speaks for itself."""
        word = token.lemma_.lower()
        if word not in self._document_words and token.lower_ not in self._document_words or self._unissued(token):
            return None
        author = self._author_in_phrase(token)
        if author is None and token.dep_ in ("obj", "dobj"):  # "TVE a émis un communiqué de presse affirmant": TVE
            author = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        return author or self._issuer_before(token)

    def _text_voice(self, token: Token, at: int) -> Resolved | None:
        """Whose words a document gives: its author or issuer (:meth:`_reporting_owner`); else, for a standing
        text or a word for any text, the speaker whose reported clause it is the subject of ("X told the judge
        that the law required … “…”", « X a rappelé que le texte reprend « … » »); else, for a word for any text,
        whoever it goes on quoting ("« … », poursuit le texte")."""
        owner = self._reporting_owner(token) or self._document_reporter(token)
        if owner is not None:
            return self.resolve(owner, at=at)
        quoted = self._text_quoted_before(token)
        return (quoted, self._phrase(token), "nominal") if quoted is not None else None

    def _text_quoted_before(self, token: Token) -> str | None:
        """For a word for any text with a definite article and no issuer found ("« … », poursuit le texte"), whoever
        spoke the last quote of the two sentences before: the text goes on giving their words."""
        if token.lemma_.lower() not in self.lang.TEXT_NOUNS or _determiner(token) not in DEFINITE:
            return None
        return self._last_quoted(token, gender=None)

    def _document_reporter(self, token: Token) -> Token | None:
        """For a standing text with no issuer found ("the law", "the constitution", « le texte »), the subject of
        the speech verb whose clause it is the subject of ("X told the judge that the law required the commission
        to …"): the one who renders its words; not for a draft or a text the press saw, which speaks for itself."""
        if token.lemma_.lower() not in self._standing_texts or self._unissued(token) \
                or not token.dep_.startswith("nsubj") or token.head.dep_ != "ccomp":
            return None
        speech = token.head.head
        if speech_lemma(speech, self.lang) is None:
            return None
        subject = next((c for c in speech.children if c.dep_.startswith("nsubj")), None)
        return subject if subject is not None and could_speak(subject, self.lang) else None

    @cached_property
    def _standing_texts(self) -> frozenset[str]:
        """The nouns of a text that stands whoever wrote it (``DOCUMENT_NOUNS``, ``TEXT_NOUNS``: "the law", « le
        texte »), for :meth:`_document_reporter`."""
        return getattr(self.lang, "DOCUMENT_NOUNS", frozenset()) | self.lang.TEXT_NOUNS

    @cached_property
    def _document_words(self) -> frozenset[str]:
        """The nouns of texts and of what someone says whose author may be named around them."""
        return self.lang.REPORTING_NOUNS | getattr(self.lang, "DOCUMENT_NOUNS", frozenset())

    def _unissued(self, token: Token) -> bool:
        """A draft ("the draft guidance", "A draft of the communique") or a document the press saw ("seen by
        Reuters"): nobody has issued its words yet, it speaks for itself."""
        drafts, access = self.lang.DRAFT_WORDS, self.lang.ACCESS_VERBS
        return token.lemma_.lower() in drafts or any(
            c.dep_ in ("amod", "compound") and c.lower_ in drafts or c.dep_ == "acl" and c.lemma_.lower() in access
            for c in token.children)

    def _author_in_phrase(self, token: Token) -> Token | None:
        """The author a document's own phrase names: a possessive ("Son rapport"), a name complement ("le
        communiqué du ministère"), "by"/"of"/"from" X, a participle's agent ("issued by X")."""
        for child in token.children:
            if child.dep_ == "det" and child.lower_ in self.lang.POSSESSIVES:
                return child  # "Son rapport dénonce": whom the possessive stands for
            if child.dep_ in ("nmod", "poss", "nmod:poss") and (child.pos_ == "PROPN" or child.pos_ == "NOUN" and (
                    names_speaker(child, self.lang) or self._mention_at(child) is not None)):
                return child
            if child.dep_ in ("prep",) and child.lower_ in ("by", "of", "from"):
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ == "acl":
                agent = passive_agent(child)
                if agent is not None:
                    return next((g for g in agent.children if g.dep_ == "pobj"), agent)
        return None

    def _issuer_before(self, token: Token) -> Token | None:
        """"the statement said" with no author: who issued the same document before (the subject of the speech or
        issuing verb it hangs on: "In a written statement, a government spokesperson said …"); a word for any text
        ("The document", « le texte ») takes up, in the sentences just before, any document or what a verb issued
        ("X published its priorities … The document calls": X)."""
        if _determiner(token) not in DEFINITE:
            return None
        previous = self._previous_sentences(token, 3)
        near = previous[0].start if previous else token.sent.start
        lemma = token.lemma_.lower()
        generic = lemma in self.lang.TEXT_NOUNS
        for i in range(token.i - 1, -1, -1):  # the lemma list, not a Token per word of the article
            same = self._lemmas[i] == lemma  # anywhere before; any text only near
            if not (same or generic and i >= near):
                continue
            earlier = self.doc[i]
            if not (same or self._is_document(earlier)) or self._in_quote(earlier.idx):
                continue
            author = self._issuing_subject(earlier) or self._author_in_phrase(earlier)
            if author is not None and author.i != earlier.i:
                return author
        return None

    def _is_document(self, token: Token) -> bool:
        """A noun for a text, or what an issuing verb issued ("published its priorities", « le vœu déposé par »)."""
        issuing = self.lang.ISSUING_VERBS
        return token.pos_ == "NOUN" and (token.lemma_.lower() in self._document_words or token.dep_ in (
            "obj", "dobj") and token.head.lemma_.lower() in issuing or any(
            c.dep_ == "acl" and c.lemma_.lower() in issuing for c in token.children))

    def _issuing_subject(self, token: Token) -> Token | None:
        """The subject of the verb that issued a document: a speech verb it is an adjunct of ("In a written
        statement, X said"; any verb for a document said to be issued: "In a statement released on Monday, X
        called …"), an issuing verb it is the object or adjunct of ("X published its priorities"); not a verb that
        speaks about it ("X defends the bill")."""
        issuing = self.lang.ISSUING_VERBS
        adjunct = token.dep_ in ("pobj", "obl", "obl:mod")
        verb = token.head.head if token.dep_ == "pobj" else token.head
        issued = verb.lemma_.lower() in issuing and (adjunct or token.dep_ in ("obj", "dobj"))
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        # "Dans un communiqué, X justifie …": any verb of a speaking subject, for a document it is said to be in
        inside = subject is not None and self._document_case(token) in self.lang.DOCUMENT_PREPOSITIONS \
            and could_speak(subject, self.lang)
        # "Dans un communiqué diffusé mardi, la préfecture « appelle … »": any verb, for a document said to be issued
        voiced = inside or speech_lemma(verb, self.lang) is not None \
            or any(c.dep_ == "acl" and c.lemma_.lower() in issuing for c in token.children)
        return subject if issued or adjunct and voiced else None

    @staticmethod
    def _document_case(token: Token) -> str:
        """The preposition of a noun adjunct, as each parser hangs it ("In a statement": the head; « Dans un
        communiqué »: a ``case`` child)."""
        if token.dep_ == "pobj":
            return token.head.lower_
        return next((c.lower_ for c in token.children if c.dep_ == "case"), "")

    def _set_off_name(self, token: Token) -> str | None:
        """A person named between commas right after a description, maybe after a determiner and a word ("L'un
        des porte-parole des équipes scientifiques, Joe Incandela, a annoncé"; "Selon le président du conseil du
        CERN, Michel Spiro, ..."; "Son commissaire chargé de la paix, le Ghanéen Kwabena Owusu-Mensah, a"); not one
        after a word setting someone else beside the speaker (``COMPARISON_OPENERS``: "a répété le prévenu face à
        la présidente, Mme X": the judge is not the defendant), nor, after a marker opening the sentence, one that
        goes on into its own clause: its subject ("Pour le parquet, X n'a rien d'une victime"), nor one past a
        participial aside ("a soutenu l'accusé, interrogé par son avocat, Me X": the lawyer)."""
        doc, beside = self.doc, self.lang.COMPARISON_OPENERS
        end = max(t.i for t in noun_phrase(token)) + 1
        for i in range(token.i + 1, min(len(doc) - 1, end + 12)):
            name = self._named_after_comma(i) if doc[i].text == "," else None
            if name is not None:  # "Pour le parquet, X n'a rien …": the subject of the clause after the marker
                return name if _name_closed(doc, i) or not self._marked_opening(token) else None
            if is_finite_verb(doc[i]) or doc[i].text in (".", ":", "«", "“") or doc[i].lower_ in beside \
                    or doc[i - 1].text == "," and _is_participle(doc[i], self.lang):
                return None  # "a soutenu l'accusé, interrogé par son avocat, Me X": the lawyer's name, in an aside
        return None

    def _marked_opening(self, token: Token) -> bool:
        """Whether a description is the source a marker opening its sentence introduces ("Pour le parquet,")."""
        opener = token.sent[0]
        return token.i - opener.i <= 4 and is_source_marker(opener, self.lang)

    def _apposed_body(self, token: Token) -> str | None:
        """An organisation named in apposition right after a description ("The airport's owner, Heathline
        Holdings, said"): the description is that body's."""
        doc = self.doc
        if token.i + 2 >= len(doc) or doc[token.i + 1].text != "," or doc[token.i + 2].pos_ != "PROPN":
            return None
        name = self._mention_at(doc[token.i + 2])
        return name if name is not None and self.table.label_of(name) == "ORG" else None

    def _apposed_name(self, token: Token) -> str | None:
        """A person's name in apposition right after a description that the model did not tag ("Her deputy, Joost
        Verhoef, said"): its words, two to four capitalised ones."""
        doc = self.doc
        name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i + 1
                     and doc[token.i + 1].text == "," and c.left_edge.i == token.i + 2), None)
        if name is None or not all(t.pos_ == "PROPN" for t in doc[name.left_edge.i: name.i + 1]):
            return None
        words = doc[name.left_edge.i: name.i + 1].text
        return (self.table.canonical(words) or words) if looks_personal(words) else None

    def _name_after_phrase(self, token: Token) -> str | None:
        """The person named right after a definite description, whom the parser hung elsewhere ("tonne le
        conseiller national Thierry Bolomey (UDC/VD)"); not the subject after a comma ("Pour le parquet, X a")."""
        end = max(t.i for t in noun_phrase(token)) + 1
        if _determiner(token) not in DEFINITE or end >= len(self.doc) or self.doc[end].pos_ != "PROPN" \
                or self.doc[end - 1].is_punct:
            return None
        named = next((n for m, n in self.table.mentions if m.start == self.doc[end].idx), None)  # a name starts there
        return named if named is not None and self.table.label_of(named) == "PER" else None

    def _named_after_comma(self, comma: int) -> str | None:
        """The person named right after a comma, maybe after an article and lower-case words ("le lieutenant-colonel
        Matteo Ferrante", "le Ghanéen Kwabena Owusu-Mensah"; not "de la paix"); a name tagged as a noun too
        ("Iñaki")."""
        words = self.doc[comma + 1: comma + 6]
        first = next((k for k, t in enumerate(words) if t.text[:1].isupper()), None)
        if first is None or first and words[0].pos_ != "DET":
            return None
        return next((n for t in words[first:first + 2] if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()
                     and (n := self._mention_at(t)) is not None and self.table.label_of(n) == "PER"), None)

    def _plural_antecedent(self, token: Token) -> str | None:
        """"ils", "eux", "they": the plural subject of the sentence (or the one before) when the article names
        it ("Les Talibans ont visé cet hôtel car selon eux ..."), or the party its members' noun stands for ("Les
        socialistes … ont-ils écrit": the Parti socialiste the article names), else its words; never a subject
        of quoted words (the sentence before may be the quote's own: "“… Every file will …¶“…,” they said")."""
        for sentence in [token.sent, *reversed(self._previous_sentences(token, 1))]:
            subject = next((c for c in sentence.root.children if c.dep_.startswith("nsubj") and c.i < token.i
                            and c.lower_ not in self.lang.PRONOUNS and not self._in_quote(c.idx)), None)
            if subject is None or _singular_noun(subject):  # "Le ministre n'a rien annoncé. « … », ont-ils dit"
                continue
            if not could_speak(subject, self.lang):  # "le déficit structurel … selon le Conseil d'État, ils …"
                source = self._marked_source_before(token)
                if source is not None:
                    return source
            return self._group_named(subject)
        return self._marked_source_before(token) or self._group_earlier_in_paragraph(token)

    def _group_earlier_in_paragraph(self, token: Token) -> str | None:
        """For a plural pronoun left without antecedent by the two sentences around it, the group that is the
        subject of an earlier sentence of its paragraph, newest first ("Les syndicats ont présenté leurs
        revendications. La réunion a duré trois heures. … « … », ont-ils prévenu"): a plural noun that could speak,
        or a coordination of names ("Marie Durand et Paul Petit ont signé …")."""
        paragraph = next(((a, b) for a, b in self.paragraphs if a <= token.idx < b), None)
        if paragraph is None:
            return None
        for sentence in reversed(self._previous_sentences(token, 4)[:-1]):
            if sentence.start_char < paragraph[0]:
                return None
            subject = next((c for c in sentence.root.children if c.dep_.startswith("nsubj")
                            and not self._in_quote(c.idx)), None)
            if subject is not None and _speaking_group(subject, self.lang):
                return self._group_named(subject)
        return None

    def _marked_source_before(self, token: Token) -> str | None:
        """The source a marker names earlier in the pronoun's sentence ("Des chiffres contestés : selon le
        Conseil d'État, ils reposent sur « … »": "ils" are the figures, the words the Conseil d'État's), when it
        is no pronoun itself and could speak."""
        marker = next((t for t in token.sent if t.i < token.i and is_source_marker(t, self.lang)), None)
        source = marked_source(marker, self.lang) if marker is not None else None
        if source is None or source.lower_ in self.lang.PRONOUNS or not could_speak(source, self.lang):
            return None
        return self.resolve(source, at=source.idx)[0]

    def _acronym_role_holder(self, token: Token, at: int) -> str | None:
        """The person holding a role the article defines by its acronym, as lower-case words before it in brackets
        ("ancien directeur général des services (DGS)" for a later « l'ancien DGS ») or as words its initials spell
        ("le président de la Délégation spéciale (PDS)" for « le PDS », the body's head, not the body), or the
        press's usual acronym for a role (``ROLE_ACRONYMS``: « le DG » after « X, directeur général du port »): the
        one it gave that role (see :func:`~newsbrief.roles.pick_role`); None when the acronym is defined as no
        role, or neither defined nor listed."""
        defined = self._bracketed_acronyms.get(token.text)
        if defined is not None:
            before = self.doc[max(0, defined - 10): defined - 1]
            roles = _role_lemmas(_lower_case_tail(before[-6:]), self.lang) \
                or _role_lemmas(_spelt_by_initials(before, token.text, self.lang), self.lang)
            role = roles[0] if roles and self.lang.HEAD_FIRST else roles[-1] if roles else None
            return pick_role(self.roles.get(role, []), frozenset(), at) if role else None
        words = self.lang.ROLE_ACRONYMS.get(token.lower_, ())
        return pick_role(sorted((r for w in words for r in self.roles.get(w, [])), key=lambda r: r.at), frozenset(), at)

    @cached_property
    def _bracketed_acronyms(self) -> dict[str, int]:
        """Each word the article sets in brackets alone -> where it first does: the acronym it defines there."""
        defined: dict[str, int] = {}
        for t in self.doc[1:-1]:
            if t.text.isupper() and t.nbor(-1).text == "(" and t.nbor().text == ")":
                defined.setdefault(t.text, t.i)
        return defined

    def mention_at(self, token: Token) -> str | None:
        """The entity named at this token (see :meth:`_mention_at`)."""
        return self._mention_at(token)

    def _mention_at(self, token: Token) -> str | None:
        """The entity named at this token; for a proper noun the model did not tag, the entity one of whose
        names it is ("le président Tokaïev" when only "Kassym-Jomart Tokaïev" was tagged)."""
        named = self.table.name_at(token.idx)
        if named is None and (token.pos_ == "PROPN" or token.ent_type_ in PERSON_TAGS):
            named = self.table.canonical(token.text)  # also a name tagged as a noun ("Zelenskyy")
        return named

    def _named_in_phrase(self, token: Token) -> str | None:
        """A name in the noun phrase of a description: a person in apposition ("le président du CERN, Michel
        Spiro"); an organisation only when the phrase is definite and not a role ("le syndicat SUD", but "un
        porte-parole du RN" stays a description)."""
        proper = [t for t in noun_phrase(token) if _name_word(t) and not _relating_name(t, token)
                  and not self._based_in(t, token) and not self._tags_person(t)]  # not "the Washington-based lender"
        short = {t.i for t in proper if _short_name_of(t, token)}  # "The Indonesian Employers Association (Apindo)"
        names = [n for t in proper if t.i not in short and (n := self._mention_at(t)) is not None]
        proper.sort(key=lambda t: t.dep_ != "appos")  # the person in apposition first ("…, Laurent Ferrières,")
        people = [n for t in proper if t.i not in short and (not complement(t, token) or self._glued_to_complement(t))
                  and not premodifies(t, token)
                  and (n := self._mention_at(t)) is not None and self.table.label_of(n) == "PER"]
        if people:
            return people[0]
        determiner = _determiner(token)
        role = token.lemma_.lower() in self.lang.ROLE_NOUNS
        if token.lemma_.lower() not in self.lang.ORG_NOUNS:  # "la direction de la chaîne ... de la France"
            names = [n for t in proper if t.i not in short and not complement(t, token)
                     and (n := self._mention_at(t)) is not None]
        if names and self._administration_of_place(token, names):
            return None  # "la préfecture de la Moselle": the office speaks, not the place
        if token.lemma_.lower() in getattr(self.lang, "SUBGROUP_NOUNS", ()) \
                and proper and all(_within_complement(t, token) for t in proper):
            return self._subgroup(token, [t.text for t in proper if t.text.isupper() and len(t.text) > 1] + names)
        return names[0] if names and not role and determiner not in _INDEFINITE else None

    def _tags_person(self, word: Token) -> bool:
        """A word in brackets right after a person's name ("l'échevine, Claire X (MR)", "X (UDC/VD)"): the
        party or place the press tags them with, never the one speaking, though its letters may be some other
        person's initials."""
        if word.i < 2 or word.nbor(-1).text != "(" or word.nbor(-2).pos_ != "PROPN":
            return False
        name = self._mention_at(word.nbor(-2))
        return name is not None and self.table.label_of(name) == "PER"

    def _subgroup(self, token: Token, owners: list[str]) -> str | None:
        """A part of a body named as its complement ("le groupe parlementaire du Rassemblement … (RDPC)"): the
        part, written with the body's shortest name ("groupe parlementaire de RDPC"), not the body."""
        if not owners:
            return None
        role = " ".join([token.text, *(c.text for c in token.children if c.dep_ == "amod" and c.i > token.i)])
        return self.lang.POSSESSED_ROLE.format(role=role, owner=owners[0])

    def _administration_of_place(self, token: Token, names: list[str]) -> bool:
        """A definite word for the administration of a place with only places named in its phrase ("la préfecture
        de la Moselle", "la mairie de Lyon"): the office is the speaker; a place never speaks."""
        return token.lemma_.lower() in self.lang.ADMINISTRATION_NOUNS \
            and _determiner(token) in DEFINITE and all(self.table.label_of(n) == "LOC" for n in names)

    def _glued_to_complement(self, name: Token) -> bool:
        """A person's name the parser hung on the place closing the description before it ("le député RN de la
        Somme Thibault Germain"): the holder of the role, not part of the complement."""
        head = name.head
        return (name.dep_.startswith("flat") or name.dep_ == "appos") and head.pos_ == "PROPN" and head.i < name.i \
            and self._mention_at(head) not in (None, self._mention_at(name))

    def _described(self, token: Token, at: int) -> Resolved:
        phrase = self._phrase(token)
        determiner = next((_possessor_article(c) or c.lower_ for c in token.children if c.dep_ in ("det", "nmod:poss",
                           "poss") or c.dep_ == "nummod" and c.lower_ == "one"), "") \
            or _opening_article(token)  # "one senior EU official"; "A Ministry of … (MHCLG) spokesperson"
        lemma = role_lemma(token, self.lang)  # "l'ex-avocate": an "avocate"
        if lemma in getattr(self.lang, "INTERLOCUTOR_NOUNS", ()) and (  # "ajoute notre interlocuteur", "le même
                determiner in getattr(self.lang, "NEWSROOM_POSSESSIVES", ())  # interlocuteur prédit"
                or determiner in DEFINITE and _marked_same(token, self.lang)):
            return (self._last_quoted(token, gender=description_gender(token)) or phrase), phrase, "nominal"
        if determiner in self.lang.POSSESSIVES:
            return self._possessed_description(token, determiner, lemma), phrase, "nominal"
        plural = ("Plur" in token.morph.get("Number") or token.tag_ in ("NNS", "NNPS")) \
            and determiner not in _SINGULAR  # "L'ONG": an invariable noun the tagger took for a plural
        if plural and determiner not in _INDEFINITE:
            proper = [t for t in noun_phrase(token) if t.i != token.i and token.i in (t.head.i, t.head.head.i)
                      and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper())]  # its own complement
            owner = self._mention_at(proper[0]) if proper else None  # "les membres de la Conférence … en France"
            return (owner or self._members_body(token) or self._party_of_members(token) or phrase), phrase, \
                "nominal"
        if lemma in getattr(self.lang, "CIRCLE_NOUNS", ()):
            return phrase, phrase, "nominal"  # "l'entourage du maire": the circle itself, not the mayor
        voice = self._hearing_voice(token) if determiner in DEFINITE else None
        if voice is not None:
            return voice, phrase, "nominal"
        if determiner not in _INDEFINITE and lemma in self.lang.ORG_NOUNS and lemma not in self.lang.ROLE_NOUNS \
                or self._body_by_epithet(token, determiner, lemma):
            return (self._body_epithet(token) or phrase), phrase, "nominal"
        if determiner in DEFINITE and self._business_word(token, lemma):  # "l'opérateur a dit", "La direction a
            return (self._business_taken_up(token, lemma) or phrase), phrase, "nominal"  # assuré": a firm's
        whole = _hyphenated_word(token)  # "le chrétien-démocrate flamand", which the tokenizer splits
        if determiner in DEFINITE and whole != token.lower_ and whole in self.lang.ROLE_NOUNS:
            return (self._person_noun_holder(token, whole) or phrase), phrase, "nominal"
        if determiner in _INDEFINITE and lemma in self.lang.ROLE_NOUNS:
            return (self._business_role(token) or self._titled_in_body(token) or self._named_after_lede_subject(token)
                    or phrase), phrase, "nominal"
        if self._anaphoric_description(token, determiner, lemma):  # "lâche ce père de trois enfants"
            return (self._taken_up(token) or phrase), phrase, "nominal"
        if determiner in _INDEFINITE or lemma not in self.lang.ROLE_NOUNS and not self._learnt_role(token):
            return (self._introduced_by_noun(token, determiner, lemma) or self._trade_of_named(token, determiner, lemma)
                    or phrase), phrase, "nominal"
        if lemma in getattr(self.lang, "CONCERNED_NOUNS", ()):
            return (self._person_concerned(token) or phrase), phrase, "nominal"
        return (self._party_member(token) or self._role_holder(token) or phrase), phrase, "nominal"

    def _possessed_description(self, token: Token, determiner: str, lemma: str) -> str | None:
        """The speaker a possessed description stands for: an indefinite description set off after it ("Son
        voisin, un éleveur ariégeois, acquiesce"), the one given its role ("son homologue" after "son homologue
        allemand, Boris Pistorius"; when people of several bodies hold it, the one of the body just talked about:
        :meth:`_possessing_body`), else the role of its owner ("Its chairperson", "sa direction")."""
        apposed = _indefinite_apposition(token)
        if apposed is not None:
            return self._phrase(apposed)
        holders = self._roles_like(lemma)
        lede = self._identified_after_lede(token, gender=description_gender(token)) \
            if not holders and lemma in self.lang.ROLE_NOUNS else None
        if lede is not None:  # "…, with their lead counsel arguing “…”" ¶ "Jane X, KC, told the court …"
            return lede
        if holders:
            qualifiers, owners = role_qualifiers(token), role_owners(token)
            body = self._possessing_body(token, holders) if not owners else frozenset()
            return (pick_role(holders, qualifiers, token.idx, owners=body) if body else None) \
                or pick_role(holders, qualifiers, token.idx, owners=owners)
        impersonal = determiner in self.lang.NON_PERSONAL_POSSESSIVES
        owner = self._recent_organisation(token) if impersonal else self._possessor(token, lemma)
        role = " ".join(t.text for t in _unbroken(noun_phrase(token), token)
                        if t.lower_ != determiner and t.dep_ != "case")
        return self.lang.POSSESSED_ROLE.format(role=role, owner=owner) if owner else self._phrase(token)

    def _possessing_body(self, token: Token, holders: list[Role]) -> frozenset[str]:
        """The words of the organisation a possessed role takes up when people of different bodies hold its role
        ("« … », conclut son secrétaire général" after "Le syndicat menace …", the ministry having one too):
        the organisation just talked about, its name and acronym; none when the holders share their owners."""
        if len({r.owners for r in holders}) < 2:
            return frozenset()
        return self._entity_words(self._recent_organisation(token)) or frozenset()

    def _entity_words(self, name: str | None) -> frozenset[str] | None:
        """The folded capitalised words of the entity named ``name`` and of its aliases, with the full name of a body
        named by its acronym (:meth:`_with_aliases`); None when no entity has that name."""
        entity = next((e for e in self.table.entities if e.name == name), None)
        return None if entity is None else self._with_aliases(frozenset(
            fold_name(w) for n in (entity.name, *entity.aliases) for w in n.split() if w[:1].isupper()))

    def _possessor(self, token: Token, lemma: str) -> str | None:
        """Who owns a possessed description: for the management of a body ("sa direction" after "le CHU se dit
        prêt"), the body just talked about, a person having none; else the antecedent of the possessive."""
        if lemma not in getattr(self.lang, "BODY_PART_NOUNS", ()):
            return self._antecedent(token)
        subject = self._subject_before(token)
        named = self._mention_at(subject) if subject is not None else None
        if named is None and subject is not None and subject.text.isupper() and len(subject.text) > 1:
            return subject.text  # an acronym the model did not tag: "le CHU se dit prêt. Selon sa direction"
        body = named if named is not None and self._is_body(named) else self._recent_organisation(token)
        return body or self._antecedent(token)

    def _subject_before(self, token: Token) -> Token | None:
        """The main subject of the sentence just before the token's, if any."""
        previous = self._previous_sentences(token, 1)
        return _main_subject(previous[-1]) if previous else None

    def _business_word(self, token: Token, lemma: str) -> bool:
        """A singular word for a business by what it runs (``BUSINESS_BODY_NOUNS``: "l'opérateur") or a bare word
        for a body's management ("La direction"), which take up a body (:meth:`_business_taken_up`)."""
        return not _plural(token) and lemma in self.lang.BUSINESS_BODY_NOUNS \
            or self._bare_body_part(token, lemma)

    def _business_taken_up(self, token: Token, lemma: str) -> str | None:
        """The body a business word (:meth:`_business_word`) stands for: the one named or quoted just before
        (:meth:`_body_near`), or the one whose management it is (:meth:`_managed_body`)."""
        if lemma in self.lang.BUSINESS_BODY_NOUNS:
            return self._body_near(token)
        return self._managed_body(token)

    def _body_near(self, token: Token) -> str | None:
        """The organisation an organisation word takes up (:meth:`_recent_organisation`) when it is named or quoted
        in the sentences just before; None when only one quoted further back is (a business word is no ministry
        quoted paragraphs before: "Tallinn a indiqué … L'opérateur a assuré")."""
        body = self._recent_organisation(token, body_word=True)
        previous = self._previous_sentences(token, 3)
        since = previous[0].start_char if previous else token.sent.start_char
        near = any(n == body and since <= m.start < token.idx for m, n in self.table.mentions) \
            or any(n == body and since <= at < token.idx for at, n in self.speakers)
        return body if near else None

    def _bare_body_part(self, token: Token, lemma: str) -> bool:
        """A singular word for the management of a body (``BODY_PART_NOUNS``) with nothing in its phrase to say
        whose ("La direction a assuré", not "la direction de la CBRN" nor "la direction régionale")."""
        return lemma in getattr(self.lang, "BODY_PART_NOUNS", ()) and not _plural(token) \
            and not any(c.dep_ in ("nmod", "amod", "appos", "compound", "acl") for c in token.children)

    def _managed_body(self, token: Token) -> str | None:
        """The body a bare word for a management stands for, as "sa direction" does (:meth:`_possessor`): the body
        the sentence before is about, else the organisation just talked about; None when the article names none."""
        subject = self._subject_before(token)
        named = self._mention_at(subject) if subject is not None else None
        if named is not None and self._is_body(named):
            return named
        recent = self._recent_organisation(token)
        if recent is None or not self._in_role_phrase(recent, token.idx):
            return recent
        spoken = [name for at, name in self.speakers if at < token.idx and self._is_body(name) and name != recent]
        return spoken[-1] if spoken else None

    def _in_role_phrase(self, name: str, before: int) -> bool:
        """Whether the last mention of a body before an offset lies in the phrase of a person's role ("le secrétaire
        général du syndicat maison, affilié à l'USTG"): a person's affiliation, not the body the text is about."""
        starts = [m.start for m, n in self.table.mentions if n == name and m.start < before]
        token = self.doc.char_span(starts[-1], starts[-1] + 1, alignment_mode="expand") if starts else None
        node = token.root if token is not None else None
        while node is not None and node.head.i != node.i and not node.dep_.startswith("nsubj"):
            node = node.head
            if node.pos_ == "NOUN" and node.lemma_.lower() in self.lang.ROLE_NOUNS:
                return True
        return False

    def _anaphoric_description(self, token: Token, determiner: str, lemma: str) -> bool:
        """A demonstrative description of a person no role list knows ("ce père de trois enfants", "cette
        habitante d'Elbeuf", "this grandmother"): a demonstrative only takes up someone already named; not a body,
        a document or a place word ("ce ministère", "ce communiqué")."""
        non_person = _non_person_words(self.lang)
        return determiner in self.lang.DEMONSTRATIVES and lemma not in self.lang.ROLE_NOUNS \
            and lemma not in non_person and token.lower_ not in non_person and not self._learnt_role(token)

    def _taken_up(self, token: Token) -> str | None:
        """The person an anaphoric description takes up: the one person the sentence before names, else the
        recent compatible topic or subject."""
        gender = description_gender(token)
        return self._only_person_before(token, gender=gender, bare=True) or self._recent_subject(token, gender=gender)

    def _introduced_by_noun(self, token: Token, determiner: str, lemma: str) -> str | None:
        """A definite singular noun no role list holds that a person's introduction gave them, in the title before
        the name or the words set off after it ("Former Port Authority Comptroller Jane X" for "the former
        comptroller"; "Paul X, délégué CGT des cheminots," for "le cheminot"): the one compatible person so
        introduced before it; None when none or several are."""
        if determiner not in DEFINITE or token.pos_ != "NOUN" or _plural(token) \
                or lemma in _non_person_words(self.lang):
            return None
        gender = description_gender(token)
        people = {name for name, words in self._introductions if words[0] < token.i and lemma in words[1]
                  and self._compatible(name, gender)}
        return people.pop() if len(people) == 1 else None

    @cached_property
    def _introductions(self) -> list[tuple[str, tuple[int, frozenset[str]]]]:
        """Each person's first mention outside quotes -> (where, the lower-case lemmas of its introduction): the
        words of the title before the name ("Former … Comptroller Jane X") and of the phrase set off after it, up
        to the next punctuation mark ("X, délégué CGT des cheminots messins,"); found once per article."""
        found: dict[str, tuple[int, frozenset[str]]] = {}
        for mention, name in self.table.mentions:
            if name in found or self.table.label_of(name) != "PER" or self._in_quote(mention.start):
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            title = [t for t in span.root.subtree if t.i < span.start]
            after = self.doc[span.end + 1: min(span.end + 9, span.sent.end)] \
                if span.end < len(self.doc) and self.doc[span.end].text == "," else self.doc[0:0]
            set_off = list(after[:next((t.i - after.start for t in after if t.is_punct), len(after))])
            found[name] = (span.start, frozenset(t.lemma_.lower() for t in title + set_off if t.is_alpha))
        return list(found.items())

    def _trade_of_named(self, token: Token, determiner: str, lemma: str) -> str | None:
        """A definite singular noun of a trade or state no role list holds (``AGENT_ENDINGS``: "s'indigne la
        technicienne de laboratoire"), which takes up the one compatible person the sentence before names, as a
        bare subject or object first; None when that sentence names nobody or several."""
        endings = getattr(self.lang, "AGENT_ENDINGS", ())
        non_person = _non_person_words(self.lang)
        if determiner not in DEFINITE or not endings or not lemma.endswith(endings) or lemma in non_person \
                or token.pos_ != "NOUN" or "Plur" in token.morph.get("Number"):
            return None
        gender = description_gender(token)
        return self._only_person_before(token, gender=gender, bare=True) or self._only_person_before(token,
                                                                                                  gender=gender)

    def _body_epithet(self, token: Token) -> str | None:
        """The organisation a definite organisation word stands for: "l'ONG", or an epithet with no name in it
        ("l'organisation patronale", "l'organisation de défense des droits humains"; "the Washington-based lender",
        "the Fremont, Calif., company"; "the umbrella body", though the tagger calls "umbrella" a name) takes up
        the organisation just named; not "le gouvernement allemand", nor "the prime minister's office", that
        role's office."""
        epithet = not self._owned_by_person(token) and not any(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.head.pos_ not in ("ADJ", "VERB")
            and not self._based_in(t, token)
            or demonym_place(t.text, self.lang.DEMONYMS) for t in noun_phrase(token) if t.i != token.i)
        if not epithet:
            return self._of_kind_and_nationality(token)
        return self._named_earlier(token) or self._fuller_with_epithet(token) or self._body_subject_before(token) \
            or self._recent_organisation(token, body_word=True)

    def _of_kind_and_nationality(self, token: Token) -> str | None:
        """For a word whose kinds the language data gives (``KIND_ALSO_BODIES``) with a nationality adjective, the
        last body quoted before, named or described, whose words hold both its kind and that adjective (« a réagi
        le ministère russe des affaires étrangères » … « La diplomatie russe accuse »); None else: "le gouvernement
        allemand" is no body quoted before."""
        demonyms = {fold_name(t.text) for t in noun_phrase(token) if t.i != token.i
                    and t.text.islower() and demonym_place(t.text, self.lang.DEMONYMS)}
        if not demonyms or token.lemma_.lower() not in self.lang.KIND_ALSO_BODIES:
            return None
        kinds = _kinds_of_body_word(token, self.lang)
        quoted = [name for start, name in self.speakers if start < token.idx
                  and kinds & (words := set(fold_name(name).split())) and demonyms & words
                  and not words & self.lang.ROLE_NOUNS]  # not "le porte-parole du ministère russe"
        return quoted[-1] if quoted else None

    def _as_word_took_up(self, token: Token) -> str | None:
        """The body the same bare word took up where the article first used it, outside quotes: the press keeps
        one designation for one body ("L'Autorité … (X) hausse le ton. … le régulateur exige" … paragraphs later,
        other bodies named since, "la patronne du régulateur"); None for its first use. Only for the owner of a
        role: a bare subject rather takes up the body just named."""
        first = next(self._bare_uses_before(token), None)
        if first is None:
            return None
        return self._named_earlier(first) or self._body_subject_before(first) or self._recent_organisation(first)

    def _as_source_took_up(self, token: Token) -> str | None:
        """The body the same bare organisation word took up where the article last used it before, outside quotes,
        as a subject or a source ("selon le régulateur"); not as an object ("l'injonction adressée au groupe")."""
        earlier = [t for t in self._bare_uses_before(token)
                   if not _plural(t) and self._is_subject_at(t.idx, t.idx + len(t.text))]
        return self._body_epithet(earlier[-1]) if earlier else None

    def _bare_uses_before(self, token: Token) -> Iterator[Token]:
        """The earlier uses of a token's word, outside quotes, as a definite common noun with no name in its phrase,
        in text order (found from the lemma list, not a Token per word)."""
        lemma = token.lemma_.lower()
        return (t for t in (self.doc[i] for i, other in enumerate(self._lemmas[:token.i]) if other == lemma)
                if t.pos_ == "NOUN" and not self._in_quote(t.idx) and self._definite_noun(t)
                and not any(w.pos_ == "PROPN" for w in noun_phrase(t)))

    def _body_subject_before(self, token: Token) -> str | None:
        """The body the sentence just before is about, which a definite organisation word takes up though the
        model missed or misread its name ("Keidanren, Japan's business lobby, welcomed the pact. '…,' the
        federation said"): that sentence's main subject, a name outside quotes read as no person's or place's, or
        set off by a relative of things ("X Transit, which runs the buses, said"); a person named there is no
        agency, a country no ministry."""
        subject = self._subject_before(token)
        if subject is None or subject.pos_ != "PROPN" or self._in_quote(subject.idx):
            return None
        name = self._mention_at(subject)
        label = self.table.label_of(name) if name is not None else None
        if label in ("LOC", "PER") and not _kind_given(subject, self.lang) \
                and not (label == "PER" and _thing_relative(subject, self.lang)):
            return None
        name = name or " ".join(t.text for t in _name_compound(subject))
        return name if self._of_kind(name, token) else None

    def _body_by_epithet(self, token: Token, determiner: str, lemma: str) -> bool:
        """A definite singular noun naming a body by its kind with an adjective (``EPITHET_BODY_NOUNS``: "la haute
        corporation", "la chambre consulaire"), which takes up a body as an organisation word does."""
        return determiner in DEFINITE and lemma in getattr(self.lang, "EPITHET_BODY_NOUNS", ()) \
            and "Plur" not in token.morph.get("Number") and any(c.dep_ == "amod" for c in token.children)

    def _hearing_voice(self, token: Token) -> str | None:
        """In a trial report (one with a defendant or a presiding judge), the person a bare body speaks through at
        the hearing (``HEARING_VOICES``: "Dans ses réquisitions, le parquet a décrit …" is the prosecutor named), not
        a body with a name ("le parquet de Reims") or in another article; a voice may be a noun with its adjective
        ("le ministère public"). The voice may hold any role of its kind (``ROLE_KINDS``: "le substitut du
        procureur, X" speaks for "le parquet" as a "procureure" does)."""
        role = voiced_role(token, self.lang)
        bare = not any(t.pos_ == "PROPN" for t in noun_phrase(token))
        trial = getattr(self.lang, "DEFENDANT_ROLE", None) in self.roles \
            or getattr(self.lang, "PRESIDING_ROLE", ("", ""))[1] in self.roles  # a judge presides a hearing
        holders = self._roles_like(role) if role and bare and trial else []
        return pick_role(holders, frozenset(), token.idx) if holders else None

    def _business_role(self, token: Token) -> str | None:
        """"A company spokesperson", "a bank official": a role of the business just named (its topic or
        subject in the sentences before), written "spokesperson of LG Energy Solution"; None with no such one, or
        for a public body ("the Transport Ministry": no company)."""
        kind = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                     and c.lower_ in getattr(self.lang, "BUSINESS_NOUNS", ())), None)
        owner = self._recent_organisation(kind) if kind is not None else None
        public = self.lang.ORG_NOUNS - getattr(self.lang, "BUSINESS_NOUNS", frozenset())  # "Transport Ministry"
        if kind is None or owner is None or public & set(owner.lower().split()):
            return None
        role = " ".join(t.text for t in noun_phrase(token) if kind.i <= t.i <= token.i)  # "company spokesperson"
        return self.lang.POSSESSED_ROLE.format(role=role, owner=owner)

    def _party_member(self, token: Token) -> str | None:
        """A definite role qualified by a party member's noun ("le responsable chrétien-démocrate", "la députée
        insoumise") -> the compatible person the article tied to that party ("Markus Oberle (CDU)"), if any."""
        members = {noun for nouns in self.lang.MEMBER_NOUNS.values() for noun in nouns}
        word = next((w for t in noun_phrase(token) if t.i > token.i and t.pos_ != "PUNCT"
                     and (w := _hyphenated_word(t)) in members), None)
        gender = description_gender(token)
        holders = [r for r in self.roles.get(word, []) if self._compatible(r.person, gender)] if word else []
        return pick_role(holders, frozenset(), token.idx)

    def _role_holder(self, token: Token) -> str | None:
        """The person a definite role description stands for: one whose introduction holds its words, the person
        the article gave the role (or one of its kind), else the one an indefinite description introduced, the
        lede's person, the recent subject or speaker, the protagonist; None for the role of another body."""
        role_words = [t for t in noun_phrase(token) if self._roles_like(role_lemma(t, self.lang))
                      and not _owner_within(t, token)]  # "the prime minister's spokesman" is no minister
        given = self._roles_like(role_lemma(role_words[0], self.lang)) if role_words else []
        gender = description_gender(token)
        person = self._introduced_with(token) or self._titled_as_qualified(role_words, gender=gender)
        if person is not None:
            return person
        introduction = self._introduction_of(token)
        if given and introduction is not None and self._holder_named_since(given, introduction, token):
            introduction = None  # "CPUC Chairwoman X" … "A member of the board said" … "X said …, the chairwoman"
        if given and not any(r.at < token.idx for r in given) or introduction is not None \
                and any(a <= introduction.idx < b for a, b in self.paragraphs) \
                and all(r.at < introduction.idx for r in given if r.at < token.idx):
            person = self._introduced_as(token)  # "A senior official, who …, said … the official said": not a
            # person given the role further on, nor one given it before a paragraph's introduction ("the
            # spokesperson of the council, X" … "a spokesperson for the ministry told … The spokesperson urged")
        later = None  # one given the role only further on: a last resort (a description takes up, not ahead)
        others = self._named_in_own_clauses(token)
        if given and person is None:
            beside = self._set_beside(token) | others
            holders = [r for r in given if self._compatible(r.person, gender) and r.person not in beside]
            owners, qualifiers = self._owners_of(role_words[0]), role_qualifiers(role_words[0])
            place, places = role_place(role_words[0]), self._constituencies(role_words[0])
            earlier = [r for r in holders if r.at < token.idx]
            named = self._last_named(token.idx) if len({r.person for r in earlier}) > 1 else None
            person = pick_role(earlier, qualifiers, token.idx, owners=owners, named=named, place=place,
                               places=places) or _sole_holder_of_another(earlier, qualifiers, self.lang)
            later = pick_role(holders, qualifiers, token.idx, owners=owners, place=place, places=places)
            if person is None and owners and any(r.at < token.idx for r in holders):
                return self._newly_titled(token, given, gender=gender)  # the role of another body, given before
        person = person or self._introduced_as(token) or (None if given else self._unnamed_office(token)) \
            or self._identified_after_lede(token, gender=gender) or self._described_by_title(token, gender=gender) \
            or (None if given else self._of_nationality(token, gender=gender)
                or self._sole_titled(token, gender=gender)) \
            or self._sole_of_owner(role_words[0] if role_words else token, gender=gender) \
            or self._named_after_lede(token, given, later) or self._same_description_before(token, gender=gender)
        if person is not None or self._owned_by_person(token):
            return person  # "the prime minister's official spokesman": not a person named near, the owner least
        return self._not_the_defendant(token, self._person_so_far_besides(token, others, gender=gender, later=later),
                                       later=later)

    def _person_so_far_besides(self, token: Token, others: frozenset[str], *, gender: str | None,
                               later: str | None) -> str | None:
        """:meth:`_person_so_far`, none of ``others`` (people named in the description's own clauses) taken. What
        the pronoun and description caches learn while they are barred is dropped after, being true only here."""
        if not others:
            return self._person_so_far(token, gender=gender, later=later)
        saved = self._barred, dict(self._chain), dict(self._described_subjects)
        self._barred = self._barred | others
        try:
            return self._person_so_far(token, gender=gender, later=None if later in others else later)
        finally:
            self._barred, self._chain, self._described_subjects = saved

    def _named_in_own_clauses(self, token: Token) -> frozenset[str]:
        """The people named in a description's own clauses (:func:`_own_clause_words`): "La députée, chahutée par
        les bancs où siège Mme X, a concédé", "Répondant à M. X, le ministre a rappelé" are not X."""
        words = (self.doc[i] for i in sorted(_own_clause_words(token, self.lang)))
        names = (self._mention_at(w) for w in words if w.pos_ in ("PROPN", "NOUN") and not self._in_quote(w.idx))
        own = self._set_off_name(token)  # "la ministre déléguée chargée de l'Industrie, Claire X,": hers
        return frozenset(n for n in names if n is not None and n != own and self.table.label_of(n) == "PER")

    def _same_description_before(self, token: Token, *, gender: str | None) -> str | None:
        """The person the same definite role took up where the article used it before as the subject opening a
        sentence right after that person was named ("« … », a martelé Anne X. La membre du gouvernement a
        rappelé …" … "La membre du gouvernement a promis …"), when no holder accounts for it: the press keeps one
        designation for one person, so the description still stands for them, not for whoever spoke or was named
        since; the nearest such use whose owners and qualifiers include the description's own ("la maire" for
        "la maire de Millau", not "la magistrate du parquet" for "la magistrate"), of compatible gender."""
        owners, qualifiers = role_owners(token), role_qualifiers(token)
        for earlier in reversed(self._definite_roles.get(role_lemma(token, self.lang), [])):
            if earlier.i < token.i and owners <= role_owners(earlier) and qualifiers <= role_qualifiers(earlier):
                person = self._named_then_described(earlier)
                if person is not None and self._compatible(person, gender) and not self._others_titled(token, person):
                    return person
        return None

    def _others_titled(self, role: Token, person: str) -> bool:
        """Whether the article gives a role of a description's kind to someone other than ``person``, set off or
        as a title before the name ("Minister of Energy Bassel X" beside "The Syrian minister"): then the bare
        description may be theirs."""
        kin = self._kin(role_lemma(role, self.lang))
        return any(p != person for word in kin for p in self._titled_people.get(word, {})) \
            or any(r.person != person for word in kin for r in self.roles.get(word, []))

    def _named_then_described(self, noun: Token) -> str | None:
        """The person a definite role opening a sentence as its subject takes up when they are the last person
        named before it, outside quotes ("… a lancé Anne X. La maire de Millau rappelle …"); None for a
        description inside a clause ("after the commissioner found"), which may name someone else."""
        first = noun.left_edge.i
        opens = first == noun.sent.start or self.doc[first - 1].text in (".", "!", "?")
        if not opens or not noun.dep_.startswith("nsubj"):
            return None
        person = next(iter(self._described_person(noun)), None)
        named = self._person_mentions_between(0, noun.idx)
        return person if named and named[-1][1] == person else None

    @cached_property
    def _definite_roles(self) -> dict[str, list[Token]]:
        """Role word -> the singular definite role nouns of the article's own words, in text order ("la maire",
        "le ministre"), found once per article."""
        found: dict[str, list[Token]] = {}
        for noun in (self.doc[i] for i, lemma in enumerate(self._lemmas) if lemma in self.lang.ROLE_NOUNS):
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.lang.ROLE_NOUNS and not _plural(noun) \
                    and _determiner(noun) in DEFINITE and not self._in_quote(noun.idx):
                found.setdefault(role_lemma(noun, self.lang), []).append(noun)
        return found

    def _person_so_far(self, token: Token, *, gender: str | None, later: str | None) -> str | None:
        """The person a role description no holder accounts for falls back on: the only person named before, the
        speaker or subject just before, the protagonist, else ``later``, the one given the role further on; for
        a description set against the topic ("La conseillère d'Etat, elle, se dit …"), one other than it."""
        if _contrasted(token, self.lang):
            return self._only_person_before(token, gender=gender, bare=True) \
                or self._other_than_topic(token, gender=gender) \
                or self._protagonist(gender=gender, at=token.idx) or later
        return self._only_person_before(token, gender=gender, bare=True) \
            or self._unnamed_speaker_before(token, gender=gender) or self._recent_subject(token, gender=gender) \
            or self._pronoun_subject_before(token, gender=gender) \
            or self._only_person_before(token, gender=gender) or self._recent_speaker(token, gender=gender) \
            or self._protagonist(gender=gender, at=token.idx) or later

    def _pronoun_subject_before(self, token: Token, *, gender: str | None) -> str | None:
        """The person a personal pronoun stands for as the main subject of the nearest sentence before a description
        in the article's own words ("Il a aussi reproché à la majorité … « … », a poursuivi l'élu"): the
        description goes on with whom that sentence is about, when compatible."""
        own = [s for s in self._previous_sentences(token, 2) if not self._all_quoted(s)]
        subject = self._topic_subject(own[-1], for_pronoun=True) if own else None
        return self._last_compatible(self._pronoun_topic(subject), gender)

    def _not_the_defendant(self, token: Token, person: str | None, *, later: str | None = None) -> str | None:
        """The person a role description falls back on (a recent subject, the protagonist), unless the role is a
        court officer's (``COURT_ROLES``: "le juge", "le procureur") and that person the trial's defendant: in a
        trial report the defendant is the subject of most sentences, and no officer of the court; then ``later``,
        the one given the role further on (« a martelé le substitut du procureur. X a requis … »), else None. A
        role of no court officer ("l'ancien chef de division") that fell back on one (the prosecutor who spoke
        last) is the defendant of its gender named last before it, if any."""
        court, lemma = frozenset(self.lang.COURT_ROLES), role_lemma(token, self.lang)
        officer = lemma in court
        defendants = {r.person for r in self.roles.get(self.lang.DEFENDANT_ROLE, [])}
        party = officer or lemma[:-1] in court or lemma in getattr(self.lang, "DELEGATE_NOUNS", ())  # "la magistrate"
        officers = court - {getattr(self.lang, "PRESIDING_ROLE", ("",))[0]}  # a court's president is a "magistrat"
        if party or person is None or not defendants or not self.holds_role(person, officers):
            return (later if later not in defendants else None) if officer and person in defendants else person
        gender = description_gender(token)
        named = [n for m, n in self.table.mentions if n in defendants and m.start < token.idx
                 and self._compatible(n, gender)]
        return named[-1] if named else person  # « l'ancien chef de division » in a trial: no officer of the court

    def _constituencies(self, role: Token) -> frozenset[frozenset[str]]:
        """The folded words of each of the article's place names when a role is an elected one
        (``CONSTITUENCY_KINDS``: "l'élue de Thiès" names her constituency, which does not rule out "la députée X
        (Takku Wallu)"), else none."""
        kinds = self.lang.ROLE_KINDS
        if kinds.get(role_lemma(role, self.lang)) not in self.lang.CONSTITUENCY_KINDS:
            return frozenset()
        return self._place_names

    @cached_property
    def _place_names(self) -> frozenset[frozenset[str]]:
        """The folded capitalised words of each name and alias of the article's places; not of one only ever
        named in brackets, which the tagger takes for a place but is a party tag after a name ("X (Horizons)")."""
        text = self.text
        unbracketed = {name for mention, name in self.table.mentions if text[mention.start - 1:mention.start] != "("}
        return frozenset(frozenset(fold_name(word) for word in name.split() if word[:1].isupper())
                         for entity in self.table.entities if entity.label in PLACE_TAGS
                         and entity.name in unbracketed for name in (entity.name, *entity.aliases))

    def _owners_of(self, role: Token) -> frozenset[str]:
        """What a role belongs to (see :func:`~newsbrief.roles.role_owners`); for a body the complement only
        describes ("la patronne du régulateur", "le directeur de l'institut"), the words of the names of the body
        that description took up where the article first used it (else the one it takes up here): a role's
        complement keeps the designation the article gave the body, however many bodies were named since."""
        owners = self._with_aliases(role_owners(role))
        body = next((c for c in role.children if c.dep_ == "nmod" and c.i > role.i and c.pos_ == "NOUN"
                     and self._definite_noun(c) and c.lemma_.lower() in self.lang.ORG_NOUNS
                     and c.lemma_.lower() not in self.lang.ROLE_NOUNS), None) if not owners else None
        name = (self._as_word_took_up(body) or self._body_epithet(body)) if body is not None else None
        words = self._entity_words(name)
        return owners if words is None else words

    def _definite_noun(self, noun: Token) -> bool:
        """Whether a noun has a definite article, maybe contracted with its preposition ("du régulateur")."""
        contracted = getattr(self.lang, "CONTRACTED_ARTICLES", {})
        return _determiner(noun) in DEFINITE or any(c.dep_ == "case" and contracted.get(c.lower_) in DEFINITE
                                                    for c in noun.children)

    def _with_aliases(self, owners: frozenset[str]) -> frozenset[str]:
        """The owners of a role with the words of the full name of a body named by its acronym ("le
        président du CONIPAS" is "président du Conseil national interprofessionnel … (CONIPAS)")."""
        return owners | frozenset(word for owner in owners for word in self._body_words.get(owner, ()))

    @cached_property
    def _body_words(self) -> dict[str, frozenset[str]]:
        """Folded acronym of each organisation (a one-word alias that is none of its name's words) -> the folded
        capitalised words of its full name."""
        words: dict[str, frozenset[str]] = {}
        for entity in self.table.entities:
            full = frozenset(fold_name(w) for w in entity.name.split() if w[:1].isupper())
            for alias in entity.aliases if entity.label == "ORG" else ():
                if " " not in alias and fold_name(alias) not in full:
                    words[fold_name(alias)] = full
        return words

    def _sole_of_owner(self, role: Token, *, gender: str | None) -> str | None:
        """The one compatible person the article gave, before, any role of the body a description's role belongs to
        ("Le représentant du Tapura" after "Le président du groupe Tapura huiraatira, X"): the press varies the
        title of a body's figure; None when the description names no body, or when several people hold its roles."""
        owners = self._with_aliases(role_owners(role))
        people = {r.person for held in self.roles.values() for r in held
                  if r.at < role.idx and r.owners & owners and self._compatible(r.person, gender)} if owners else set()
        return people.pop() if len(people) == 1 else None

    def _newly_titled(self, token: Token, given: list[Role], *, gender: str | None) -> str | None:
        """A definite role of a body whose holder the article has not given ("X n'a pas attendu pour dégainer. Le
        président du groupe Y reproche …", when only the head of another body was named president): the one
        person the sentence before names as a bare subject or object, whom the description newly titles; never one
        of the role's holders of another body; None when that sentence names nobody else."""
        person = self._only_person_before(token, gender=gender, bare=True)
        return person if person is not None and all(r.person != person for r in given) else None

    def _set_beside(self, token: Token) -> frozenset[str]:
        """The people a description's own sentence names, outside quotes, right after a word setting them beside
        its subject (``COMPARISON_OPENERS``): someone else ("Le maire a pourtant voté pour, comme M. X": not X,
        though X is a mayor too)."""
        sentence = self.sentences[self.sentence_index(token)]
        words = self.lang.COMPARISON_OPENERS
        found: set[str] = set()
        for opener in (t for t in sentence if t.lower_ in words and not self._in_quote(t.idx)):
            for word in self.doc[opener.i + 1: min(opener.i + 5, sentence.end)]:
                if word.is_punct:
                    break
                name = self._mention_at(word) if word.pos_ == "PROPN" else None
                if name is not None and self.table.label_of(name) == "PER":
                    found.add(name)
        return frozenset(found)

    def _of_nationality(self, token: Token, *, gender: str | None) -> str | None:
        """A role nobody was given, of a nationality ("le chef de la diplomatie mauritanienne", on the role or
        its complement): the one compatible person the article gave a role of that nationality before ("son
        homologue mauritanien, X")."""
        place = role_place(token) or next((p for c in token.children if c.dep_ == "nmod" and c.i > token.i
                                           and (p := role_place(c))), "")
        people = {r.person for held in self.roles.values() for r in held
                  if place and r.place == place and r.at < token.idx and self._compatible(r.person, gender)}
        return people.pop() if len(people) == 1 else None

    def _other_than_topic(self, token: Token, *, gender: str | None) -> str | None:
        """The person last named in the three sentences before who is not their topic (the recent subject), when
        compatible: whom a contrastive subject sets against that topic ("La syndique, Ursula X, ne cache pas sa
        colère. Elle a écrit à Véronique Y … La conseillère d'Etat, elle, se dit « sereine »": Y)."""
        previous = self._previous_sentences(token, 3)
        topic = self._recent_subject(token, gender=gender)
        since = previous[0].start_char if previous else token.sent.start_char
        named = [n for n in self._persons_between(since, token.idx) if n != topic]
        return self._last_compatible(named, gender)

    def _last_named(self, at: int) -> dict[str, int]:
        """Each person named before an offset, outside quotes -> where last named."""
        return {name: m.start for m, name in self._person_mentions_between(0, at)}

    def _only_person_before(self, token: Token, *, gender: str | None, bare: bool = False) -> str | None:
        """The one person the sentence just before (past those of a quote) names, in any function, when a new
        description takes them up ("Le ton monte avec l'écologiste Mathilde Garnier. La sénatrice de
        Loire-Atlantique dénonce …"): that sentence names no one else outside quotes, and its subject is no other
        person's pronoun or description (one with that person set off after it is theirs: "Sa déléguée syndicale,
        Julie X, réclame « … ». « … », détaille la technicienne").
        ``bare``: named as a bare subject or object, no preposition before ("L'annonce n'a pas convaincu Julien
        X. « … », lâche le délégué syndical"), which a description takes up before an older subject; not one
        named in a complement ("une entreprise dirigée par Gilles X")."""
        sentence = self._told_before(token)  # past the quote it closes: "X. « Exemplaire ? Ils … », lâche le …"
        if sentence is None:
            return None
        named = set(self._persons_between(sentence.start_char, sentence.end_char))
        subject = _main_subject(sentence)
        other = subject is not None and not self._in_quote(subject.idx) and self._mention_at(subject) is None \
            and (subject.lower_ in self.lang.PRONOUN_GENDERS or role_lemma(subject, self.lang) in self.lang.ROLE_NOUNS
                 and self._set_off_name(subject) not in named)  # "Sa déléguée, X, réclame …": X's own role
        if len(named) != 1 or other:
            return None
        mentions = self._person_mentions_between(sentence.start_char, sentence.end_char)
        if bare and any(self._in_complement(m) for m, _ in mentions):
            return None
        person = next(iter(named))
        return person if self._compatible(person, gender) else None

    def _in_complement(self, mention: Mention) -> bool:
        """Whether a name hangs on a preposition ("par Gilles X", "à Julien X"), or is no subject or object."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is None or any(c.dep_ == "case" for c in root.children) \
            or not root.dep_.startswith(("nsubj", "obj", "dobj", "appos")) and not self._behind_time_subject(root)

    def _behind_time_subject(self, name: Token) -> bool:
        """A name the parser hung on an opening time word it took for the subject ("Samedi déjà, lors de …, X
        avait donné le ton"): a day is no speaker, the name is the subject."""
        head = name.head
        return name.dep_ in ("conj", "nmod", "appos", "flat:name") and head.i < name.i \
            and head.dep_.startswith("nsubj") and head.lower_ in getattr(self.lang, "TIME_NOUNS", ())

    def _owned_by_person(self, token: Token) -> bool:
        """Whether a description belongs to a person or a role ("the prime minister's official spokesman", "an
        aide to Senator Reyes"): it names someone else than them, whom nothing near identifies; not a role of the
        description's own kind (``ROLE_KINDS``: "le substitut du procureur" is of the prosecution, as its owner)."""
        addressed = getattr(self.lang, "ADDRESSEE_CASES", frozenset())  # "a rétorqué l'élu à M. X": X is spoken to
        kin = same_kind(role_lemma(token, self.lang), self.lang)
        return any(_owner_within(t, token) and not _hyphen_joined(t) and (
            role_lemma(t, self.lang) in self.lang.ROLE_NOUNS and not _plural(t)  # not "des commerçantes"
            and role_lemma(t, self.lang) not in kin or (
            (name := self._mention_at(t)) is not None and self.table.label_of(name) == "PER"
            and not _owner_within(t, token, cases=addressed))) for t in noun_phrase(token) if t.i != token.i)

    def _based_in(self, name: Token, noun: Token) -> bool:
        """A place before a business noun, where the business is based ("The Fremont, Calif., company", "the
        London firm"), not its name; a government's place is its name ("the Beijing government")."""
        if name.i > noun.i or noun.lemma_.lower() not in getattr(self.lang, "BUSINESS_NOUNS", ()):
            return False
        place = self._mention_at(name)
        return place is not None and self.table.label_of(place) == "LOC" or name.ent_type_ in ("GPE", "LOC")

    def _members_body(self, token: Token) -> str | None:
        """The body a plural description of its members or services stands for: the last one named before whose
        name opens with a noun the language data pairs with the description's words ("les juges" -> "la Cour
        constitutionnelle", "les services préfectoraux" -> "la préfecture du Val-d'Oise")."""
        pairs = getattr(self.lang, "MEMBER_BODIES", {})
        bodies = {b for t in noun_phrase(token) for b in pairs.get(t.lemma_.lower(), pairs.get(t.lower_, ()))}
        named = [name for mention, name in self.table.mentions if mention.end <= token.idx
                 and not self._in_quote(mention.start) and mention.text.split()[0].lower() in bodies]
        return named[-1] if named else None

    def _party_of_members(self, token: Token) -> str | None:
        """The party or union a plural noun for its members stands for ("les socialistes", "les insoumis"): the
        organisation of the table one of whose names holds a word the language data ties to that noun
        (``MEMBER_NOUNS``: "Parti socialiste", "La France insoumise", "PS", "LFI"); None when none is named, and
        for a group joined to another ("socialistes et écologistes ont scellé un accord")."""
        members = self.lang.MEMBER_NOUNS
        word = token.lemma_.lower()
        joined = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
        keys = set() if joined or _determiner(token) not in _PLURAL_DEFINITE else {
            key for key, nouns in members.items() if word in nouns or word.rstrip("s") in nouns}
        for entity in self.table.entities if keys else ():
            names = [entity.name, *entity.aliases]
            if entity.label == "ORG" and any(w.lower() in keys for n in names for w in n.split()):
                return entity.name
        return None

    def _introduced_with(self, token: Token) -> str | None:
        """The person whose introduction holds every word of a description with a capitalised qualifier ("the
        Maryland Democrat" for "Democratic Sen. Rachel Nwosu of Maryland", "the Kansas Republican" for "Sen. Dale
        Houchins of Kansas, a Republican"), a word matching another it begins ("Democrat", "Democratic") or the
        demonym of its place; the last one introduced before the description."""
        words = [token, *(c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i)]
        if len(words) < 2 or not any(w.text[:1].isupper() for w in words[1:]):
            return None
        wanted = [w.lower_ for w in words]
        found: str | None = None
        for mention, name in self.table.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or mention.start >= token.idx or self.table.label_of(name) != "PER" \
                    or self._in_quote(mention.start):
                continue
            root = span.root
            start = min([t.i for t in root.subtree if t.i >= root.sent.start] + [span.start])
            around = [t.lower_ for t in self.doc[start: min(max(t.i for t in root.subtree) + 1, span.end + 12)]]
            if all(any(_same_word(w, a, self.lang) for a in around) for w in wanted):
                found = name
        return found

    def _identified_after_lede(self, token: Token, *, gender: str | None) -> str | None:
        """A lede that opens on a description ("Hong Kong's security chief has defended …", "President Trump's
        nominee … faced …", "…, the state's top budget official said"), or quotes one in a clause of its first
        sentence ("…, in a move the minister called “…”", "…, with the deputy minister calling it “…”"), names its
        person in the next paragraph, which opens with them as subject, or as agent of a passive ("The meeting was
        chaired by X"), named there for the first time ("Secretary for Security Raymond Kwok told …"); the role is
        then theirs ("the nominee"). A lede cannot take anyone up: nobody is named before it. The lede may follow a
        deck or a dateline (see :attr:`_lede_index`)."""
        opening_paragraph = self._lede_index
        if opening_paragraph + 1 >= len(self.paragraphs) \
                or not self.paragraphs[opening_paragraph][0] <= token.idx < self.paragraphs[opening_paragraph][1]:
            return None
        if token.sent.start_char > self.paragraphs[opening_paragraph][0]:
            return None
        start = self.paragraphs[opening_paragraph + 1][0]
        following = self.sentences[self.sentence_index(self.doc.char_span(start, start + 1,
                                                                          alignment_mode="expand")[0])]
        person = self._person_subject(following) or self._passive_agent(following)
        if person is None or not self._compatible(person, gender) or self.first_named(person) < following.start_char:
            return None
        self.roles.setdefault(token.lemma_.lower(), []).append(Role(token.idx, person, role_qualifiers(token)))
        return person

    def _named_after_lede_subject(self, token: Token) -> str | None:
        """The person an indefinite role opening the lede as its subject stands for: the one the next paragraph
        opens with, named there for the first time ("A procurement officer at the utility told the court …" /
        "Jane X was testifying …"; see :meth:`_identified_after_lede`); not a source kept unnamed ("who asked not to
        be named", « sous couvert d'anonymat »), nor a description in a clause, which the lede need not name."""
        anonymous = getattr(self.lang, "ANONYMITY_WORDS", frozenset())
        relative = any(c.dep_ in ("relcl", "acl:relcl") for c in token.children)
        if not token.dep_.startswith("nsubj") or token.head.dep_ != "ROOT" or relative \
                or any(t.lower_ in anonymous for t in token.sent):
            return None
        return self._identified_after_lede(token, gender=description_gender(token))

    def _named_after_lede(self, token: Token, given: list[Role], later: str | None) -> str | None:
        """The person the article gives a role further on, for a description of that role in its lede, which no
        one held before ("…, with one councillor calling it “…” and the chair saying …" … "Council chair Jane
        Doe"): a lede that has named no one yet takes no one up, it describes whom the body names next; not the
        reporter of a byline nor another voice of the lede."""
        lede = self.paragraphs[self._lede_index] if self.paragraphs else None
        if later is None or lede is None or not token.idx < lede[1] or any(r.at < token.idx for r in given) \
                or self._persons_between(lede[0], token.idx):
            return None
        return later

    @cached_property
    def _lede_index(self) -> int:
        """The position of the lede among the body paragraphs: past a deck that a byline line separates from it
        ("Deck …¶By Jane Doe¶Lede …") and past a dateline standing as a paragraph of its own, with no verb
        ("WESTERN BUREAU:¶Lede …")."""
        if len(self.paragraphs) < 2:
            return 0
        between = self.text[self.paragraphs[0][1]:self.paragraphs[1][0]].lower().splitlines()
        openers = tuple(self.lang.BYLINE_OPENERS)
        index = 1 if openers and any(line.strip().startswith(openers) for line in between) else 0
        while index + 1 < len(self.paragraphs) and self._verbless(*self.paragraphs[index]):
            index += 1
        return index

    def _verbless(self, start: int, end: int) -> bool:
        """Whether the text between two offsets has no verb (a dateline, a rubric)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)

    def _passive_agent(self, sentence: Span) -> str | None:
        """The person named as the agent of a sentence's passive main verb ("The meeting was chaired by X"): the
        object of the agent (:func:`newsbrief.grammar.passive_agent`), as the English parse hangs it."""
        agent = passive_agent(sentence.root)
        named = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        person = self._mention_at(named) if named is not None and named.pos_ == "PROPN" else None
        return person if person is not None and self.table.label_of(person) == "PER" else None

    def _person_subject(self, sentence: Span) -> str | None:
        """The person a sentence's main subject names: the subject's own name, or a person's name the parser hung
        inside a subject it took from the title's body ("Minnesota Management and Budget (MMB) Commissioner Renata
        Solberg released …": "Management" as subject, the commissioner in apposition); not the name of a
        complement ("the lawyer of X"); the last person named before the verb when the parser lost its subject
        ("Speaking after the talks, Dr X, Assistant Under-Secretary …, said")."""
        subject = _main_subject(sentence) or noun_root(sentence) or self._unparsed_subject(sentence)
        if subject is None:
            return None
        person = self._mention_at(subject) if subject.pos_ == "PROPN" else None
        if person is not None and (self.table.label_of(person) == "PER" or subject.ent_type_ in PERSON_TAGS):
            return person
        inside = (self._mention_at(t) for t in subject.subtree if t.pos_ == "PROPN" and t.i > subject.i
                  and t.dep_ == "appos" and not complement(t, subject))
        return next((n for n in inside if n is not None and self.table.label_of(n) == "PER"), None)

    def _described_by_title(self, token: Token, *, gender: str | None) -> str | None:
        """A headline that opens on a role ("…, la ministre de l'Agriculture défend son texte") names its person in
        the lede, whose first sentence has them as subject, named there for the first time ("Auditionnée mardi
        …, Hélène Caradec a défendu …"): a later description of that role ("La ministre a répondu") is theirs."""
        if not self.paragraphs or token.idx < self.paragraphs[0][0]:
            return None
        kin = self._kin(role_lemma(token, self.lang))
        title = [t for t in self._subject_nouns_before_lede if role_lemma(t, self.lang) in kin
                 and _determiner(t) in DEFINITE]
        if not title:
            return None
        start = self.paragraphs[0][0]
        lede = self.sentences[self.sentence_index(self.doc.char_span(start, start + 1, alignment_mode="expand")[0])]
        subject = _main_subject(lede)
        person = self._mention_at(subject) if subject is not None and subject.pos_ == "PROPN" else None
        if person is None or self.table.label_of(person) != "PER" or not self._compatible(person, gender) \
                or self.first_named(person) < lede.start_char:
            return None
        return person

    @cached_property
    def _subject_nouns_before_lede(self) -> list[Token]:
        """The common nouns that are subjects before the first body paragraph (a headline's, a deck's), found once
        per article."""
        start = bisect.bisect_left(token_starts(self.doc), self.paragraphs[0][0]) if self.paragraphs else 0
        before = self.doc[:start]
        return [t for t in before if t.dep_.startswith("nsubj") and t.pos_ == "NOUN"]

    def _titled_as_qualified(self, role_words: list[Token], *, gender: str | None) -> str | None:
        """A description whose lower-case qualifiers are the capitalised words of one person's title before their
        name ("the board president" for "Board President Dana X", "the council leader" for "Council Leader Y"):
        that person, named before, whoever else the article gave the bare role ("Z, the student body
        president")."""
        qualifiers = role_qualifiers(role_words[0]) if role_words else frozenset()
        if not qualifiers:
            return None
        at, kin = role_words[0].idx, self._kin(role_lemma(role_words[0], self.lang))
        people = {p for word in kin for p, modifiers in self._titled_people.get(word, {}).items()
                  if qualifiers <= modifiers and self._compatible(p, gender) and 0 <= self.first_named(p) < at}
        return people.pop() if len(people) == 1 else None

    def _sole_titled(self, token: Token, *, gender: str | None) -> str | None:
        """A role no description gave anyone, whose word is the capitalised title of one compatible person only,
        before or after ("Finance Minister Carla Duarte said …" … "the minister said"; "the mayor insists" in
        the lede, "Mayor Graeme Hollins" in the body): that person. Full titles are not learnt as roles (another
        minister may be "the minister" too), so it holds only when the article titles no one else so. Past the
        lede a description takes up, it does not announce: one titled only further on is not it ("the MSP added"
        … "Liberal Democrat MSP Hamish Gow"); and a description naming its party or seat is not one titled with
        another ("the Elam MP" is not "Akel MP Christiana Loizou")."""
        kin = self._kin(role_lemma(token, self.lang))
        named = _title_modifiers(token)
        lede = not self.paragraphs or token.idx < self.paragraphs[0][1]
        people = {p for word in kin for p, modifiers in self._titled_people.get(word, {}).items()
                  if self._compatible(p, gender) and named <= modifiers
                  and not _other_office(token, modifiers, self.lang) and (lede or self.first_named(p) < token.idx)}
        return people.pop() if len(people) == 1 else None

    @cached_property
    def _section_starts(self) -> list[int]:
        """Where each section after a heading starts: the body paragraphs with text between them and the paragraph
        before (a heading none holds), where the topic starts anew; found once per article, when first needed.
        Not ``cues._after_heading``, which guesses a heading from the parse alone (the cues have no blocks) and
        counts the title: here any heading the loader found counts, whatever its last mark (« … ? »), and the
        lede starts no section, the topic of an article's first paragraph being its own."""
        text = self.text
        return [start for (_, end), (start, _) in zip(self.paragraphs, self.paragraphs[1:]) if text[end:start].strip()]

    @cached_property
    def _lemmas(self) -> list[str]:
        """Per token, its lemma in lower case (:func:`newsbrief.grammar.lowered_words`), read once per article."""
        return lowered_words(self.doc, "LEMMA")

    @cached_property
    def _titled_people(self) -> dict[str, dict[str, frozenset[str]]]:
        """The people each role word is the capitalised title of, written before their name ("Water Resources
        Minister Harpreet Singh Bains": minister), with the capitalised words before the title (its party or
        seat: "Akel MP Christiana Loizou": akel), also past a title of address ("Prosecutor Mr Tendai X"), made
        once per article."""
        found: dict[str, dict[str, frozenset[str]]] = {}
        texts = words_of(self.doc, "ORTH")  # only a capitalised word is a title: the others make no Token
        for title, name in ((self.doc[i], self.doc[i + 1]) for i, text in enumerate(texts[:-1])
                            if text[:1].isupper() or text.istitle()):
            word, name = title.lemma_.lower(), self._past_address_title(name)
            if title.text[:1].isupper() and title.pos_ in ("NOUN", "PROPN") and word in self.lang.ROLE_NOUNS \
                    and name.pos_ == "PROPN" and name.is_title and name.lower_ not in self.lang.ROLE_NOUNS:
                person = self._mention_at(name)
                if person is not None and self.table.label_of(person) == "PER":
                    held = found.setdefault(word, {})
                    held[person] = held.get(person, frozenset()) | _title_modifiers(title)
            elif title.is_title and name.pos_ == "PROPN" and name.is_title \
                    and (portfolio := _portfolio_before(title, self.lang)) is not None \
                    and (person := self._mention_at(name)) is not None and self.table.label_of(person) == "PER":
                held = found.setdefault(portfolio[0], {})  # "Minister for Foreign Affairs X": "the foreign minister"
                held[person] = held.get(person, frozenset()) | portfolio[1]
        return found

    def _past_address_title(self, token: Token) -> Token:
        """The word after a title of address ("Mr", "Dr", "Mme"), which is no part of the name; else the token."""
        return self.doc[token.i + 1] if token.i + 1 < len(self.doc) and is_address_title(token, self.lang) \
            else token

    def holds_role(self, person: str, words: frozenset[str]) -> bool:
        """Whether the article gives a person one of these roles, set off or as a title before the name
        ("Magistrate X", "Justice Y" as judge, "Liberal senator Z")."""
        return any(r.person == person for word in words for r in self.roles.get(word, [])) \
            or any(person in self._titled_people.get(word, {}) for word in words)

    def first_named(self, name: str) -> int:
        """Where the article first names the entity ``name``; -1 when no entity has that name."""
        return next((e.first_start for e in self.table.entities if e.name == name), -1)

    def _person_concerned(self, token: Token) -> str | None:
        """"L'intéressé": the last compatible person named before, in a quote too, other than the speaker who
        just named them ("« Monsieur Morel, vous avez voté la ZFE » … « … », a rétorqué l'intéressé")."""
        gender = gender_evidence(token)[0] or None
        last_speaker = self.speakers[-1][1] if self.speakers else None
        return next((n for n in self.table.persons_before(token.idx) if n != last_speaker
                     and self._compatible(n, gender)), None)

    def _learnt_role(self, token: Token) -> bool:
        """A word the article set off after a person's name ("X, chargée de plaidoyer"), see
        :func:`~newsbrief.roles.learn_roles`."""
        return token.lower_ in self.roles or token.lemma_.lower() in self.roles

    def _recent_speaker(self, token: Token, *, gender: str | None) -> str | None:
        """The person who spoke the last quote of the two sentences before, when compatible ("« … », a prévenu la
        secrétaire générale de la CGT, Karine Delorme. Pour la syndicaliste, …")."""
        since = self._quotes_since(token, 2)
        spoken = [name for at, name in self.speakers if since <= at < token.idx and self.table.label_of(name) == "PER"]
        return self._last_compatible(spoken, gender)

    def _last_quoted(self, token: Token, *, gender: str | None) -> str | None:
        """Whoever, named or not, spoke the last quote of the two sentences before, when compatible: the one the
        reporter calls "notre interlocuteur" has just been quoted ("« … », glisse le trésorier d'une banque. « … »,
        ajoute notre interlocuteur")."""
        since = self._quotes_since(token, 2)
        return self._last_compatible([name for at, name in self.speakers if since <= at < token.idx], gender)

    def _quotes_since(self, token: Token, count: int) -> int:
        """Where the quotes of the ``count`` sentences before a token begin: the first of those sentences, or the
        opening of a quote running into it, which the speaker list notes where it opens ("« L'argent public …
        blanc. Si ces aides …, nous en exigerons … », a prévenu X. … l'élue a reconnu": X spoke in the sentence
        just before, though the quote opened two sentences back)."""
        previous = self._previous_sentences(token, count)
        since = previous[0].start_char if previous else token.sent.start_char
        return next((start for start, end in self.quoted if start < since < end), since)

    def _unnamed_speaker_before(self, token: Token, *, gender: str | None) -> str | None:
        """The person no name gives who spoke last in the sentence just before, when compatible: one an indefinite
        description introduced (its gender noted by :meth:`_unnamed_person`), whom a new description goes on
        with ("Une viticultrice … « … », raconte-t-elle. Mais, prévient la chef d'exploitation, « … »"), or one
        whose role word tells a person though not their gender ("One SNP backbencher told …: « … » … the MSP
        added")."""
        if not self._previous_sentences(token, 1):
            return None
        since = self._quotes_since(token, 1)
        spoken = [name for at, name in self.speakers if since <= at < token.idx]
        last = spoken[-1] if spoken else None
        return last if last is not None and self._unnamed_person_speaker(last) and self._compatible(last, gender) \
            else None

    def _unnamed_person_speaker(self, speaker: str) -> bool:
        """Whether a speaker is a person no name gives: a description that is no entity, whose gender an indefinite
        description noted (:meth:`_unnamed_person`) or whose role word tells a person ("un responsable", "an
        official")."""
        return self.table.label_of(speaker) is None \
            and (speaker in self.genders or speaker.split()[-1].lower() in self.lang.ROLE_NOUNS)

    def _named_earlier(self, token: Token) -> str | None:
        """The fuller phrase a bare organisation word takes up from the sentences just before ("Brazil's
        embassy in Dublin" for "the embassy", "le ministère russe des Affaires étrangères" for "le
        ministère"): its entity when it is one, else its words."""
        previous = self._previous_sentences(token, 2)
        start = previous[0].start if previous else token.sent.start
        for earlier in reversed(self.doc[start:token.i]):
            if earlier.lemma_.lower() != token.lemma_.lower() or self._in_quote(earlier.idx):
                continue
            if any(t.pos_ == "PROPN" for t in noun_phrase(earlier)):  # "NGO Sahkar": the name it classifies
                named = earlier.head if earlier.dep_ == "compound" and earlier.head.pos_ == "PROPN" else None
                return self._mention_at(earlier) or (self._mention_at(named) if named is not None else None) \
                    or self._phrase(earlier)
        return None

    def _fuller_with_epithet(self, token: Token) -> str | None:
        """The fuller phrase, anywhere before, that an organisation word with an epithet takes up: same noun,
        a complement, and the epithet among its adjectives ("le ministère burkinabé" for "le ministère des
        affaires étrangères burkinabé" paragraphs before); its entity when it is one, else its words."""
        adjectives = adjectives_of(token)
        for earlier in reversed(self.doc[:token.i]) if adjectives else ():
            if earlier.lemma_.lower() != token.lemma_.lower() or self._in_quote(earlier.idx) \
                    or not any(c.dep_ == "nmod" for c in earlier.children):
                continue
            if adjectives <= {t.lemma_.lower() for t in noun_phrase(earlier) if t.pos_ == "ADJ"}:
                return self._mention_at(earlier) or self._body_set_off_before(earlier) or self._phrase(earlier)
        return None

    def _body_set_off_before(self, noun: Token) -> str | None:
        """The organisation a phrase is set off after as its apposition ("Le Conseil du renouveau économique
        algérien (CREA), principale organisation patronale du pays, a salué"), which the parser may have made a
        conjunct with no conjunction."""
        name = self._mention_at(noun.head) if set_off_after(noun) else None
        return name if name is not None and self._is_body(name) else None

    def _introduced_as(self, token: Token) -> str | None:
        """The indefinite description that introduced the person a definite one takes up ("un diplomate
        européen" for "le diplomate européen cité plus haut"); the person named when it is set off after a name
        ("Sen. X, a Democrat who voted against the bill, said …" … "the Democrat said": X, no unnamed one)."""
        introduction = self._introduction_of(token)
        if introduction is None:
            return None
        return self._name_set_off_by(introduction) or self._titled_in_body(introduction) or self._phrase(introduction)

    def _name_set_off_by(self, description: Token) -> str | None:
        """The person whose name a description is in apposition to ("X, a Democrat who …"), if it names one."""
        name = self._mention_at(description.head) if description.dep_ == "appos" \
            and description.head.pos_ == "PROPN" and description.head.i < description.i else None
        return name if name is not None and self.table.label_of(name) == "PER" else None

    def _introduction_of(self, token: Token) -> Token | None:
        """The last indefinite description of the role (or one of its kind) before a definite one, outside
        quotes, preferring one with the same adjectives ("européen" in both), then one with the same noun set off
        after no name ("A High Court judge" rather than "a magistrate" for "the judge"; not "X, a list MSP" over "One
        backbencher" for "the MSP"); a generic role takes up the more
        specific ones it covers (``GENERIC_ROLES``: "A finance executive … said" … "the official said"); any role
        takes up an unnamed member introduced as a subject (``MEMBERSHIP_NOUNS``: "A member of the panel … said" …
        "the negotiator said")."""
        lemma = token.lemma_.lower()
        lemmas = self._kin(lemma) | getattr(self.lang, "GENERIC_ROLES", {}).get(lemma, frozenset())
        adjectives = adjectives_of(token)
        members = getattr(self.lang, "MEMBERSHIP_NOUNS", frozenset())
        wanted = lemmas | members  # the words of either test, found without a Token per word
        found = (self.doc[i] for i, lemma in enumerate(self._lemmas[:token.i]) if lemma in wanted)
        earlier = [t for t in found if (t.lemma_.lower() in lemmas or _member_subject(t, members))
                   and t.pos_ in ("NOUN", "PROPN")
                   and (any(c.dep_ in ("det", "nummod") and c.lower_ in _A_OR_ONE for c in t.children)
                        or _opening_article(t) in _A_OR_ONE) and "Plur" not in t.morph.get("Number")
                   and adjectives_agree(adjectives, adjectives_of(t)) and not self._in_quote(t.idx)]
        closest = [t for t in earlier if adjectives & adjectives_of(t)] or earlier
        same = [t for t in closest if t.lemma_.lower() == lemma and self._name_set_off_by(t) is None] or closest
        return same[-1] if same else None

    def _holder_named_since(self, given: list[Role], introduction: Token, token: Token) -> bool:
        """Whether one the article gave a role before an indefinite description of it ("CPUC Chairwoman X" … "A
        member of the board, who …, said") is named again between that description and a definite one ("X said …
        the chairwoman added"): the definite one takes up the person named last, not the unnamed one."""
        holders = {r.person for r in given if r.at < introduction.idx}
        return any(name in holders for _, name in self._person_mentions_between(introduction.idx, token.idx))

    def _titled_in_body(self, token: Token) -> str | None:
        """The one person an indefinite role description of the lede stands for ("episodes that a magistrate said
        were designed to …"), when the body names that person only with that role as a title ("Principal
        Magistrate Raymond Chow"; a deck may name them first). The lede may follow a deck or a dateline (see
        :attr:`_lede_index`: "A county judge on Tuesday blocked …" after a deck). In the body, "a magistrate"
        introduces someone else; a title two people hold says nothing, and one the lede itself names is not its
        unnamed person."""
        opening = next((p for p in self.paragraphs[:self._lede_index + 1] if p[0] <= token.idx < p[1]), None) \
            if self.paragraphs and token.idx < self.paragraphs[self._lede_index][1] else None
        if opening is None:
            return None
        word, gender = role_lemma(token, self.lang), description_gender(token)
        titled = {name for m, name in self._person_mentions_between(opening[1], self.doc[-1].idx + 1)
                  if (title := self._word_before(m.start)) is not None and title.lower_ == word}
        person = next(iter(titled)) if len(titled) == 1 else None
        lede = range(*opening)
        return person if person is not None and self.first_named(person) not in lede \
            and self._compatible(person, gender) else None

    def _word_before(self, start: int) -> Token | None:
        """The token just before the one at a character offset, if any."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return self.doc[span.start - 1] if span is not None and span.start > 0 else None

    def _unnamed_office(self, token: Token) -> str | None:
        """The office just mentioned with its complement that a bare definite role takes up when the article gives
        that role to nobody ("a interpellé la ministre de la Santé … La ministre a promis": the minister, not the
        MP asking): the same noun in the last two sentences, outside quotes; for a delegate of a hearing voice, the
        office it represents anywhere before ("Le procureur de la République a requis …" … "le représentant du
        ministère public a décrit": one prosecution, the article's unnamed prosecutor)."""
        lemma = role_lemma(token, self.lang)
        delegate = represented_role(token, self.lang) is not None
        window = 0 if delegate else [*self._previous_sentences(token, 2), token.sent][0].start
        bare = delegate or not any(c.dep_ in ("nmod", "amod", "appos") for c in token.children)
        earlier = [t for t in self.doc[window:token.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                   and not self._in_quote(t.idx) and _determiner(t) in DEFINITE
                   and any(c.dep_ == "nmod" for c in t.children)]
        return self._phrase(earlier[-1]) if bare and earlier else None

    def _roles_like(self, lemma: str) -> list[Role]:
        """The people given this role, or one of its kind (``ROLE_KINDS``: "chercheuse" after "économiste"),
        in text order."""
        return sorted((r for word in self._kin(lemma) for r in self.roles.get(word, [])), key=lambda r: r.at)

    def _kin(self, lemma: str) -> set[str]:
        """A role word and the words of its kind (``ROLE_KINDS``: "the MP" takes up "one backbencher"), and of the
        kinds it covers (``ROLE_KIND_COVERS``: "la magistrate" takes up "la procureure", not the other way)."""
        covered = getattr(self.lang, "ROLE_KIND_COVERS", {}).get(lemma, ())
        return {lemma} | same_kind(lemma, self.lang) \
            | {word for word, other in self.lang.ROLE_KINDS.items() if other in covered}

    def _recent_organisation(self, token: Token, *, body_word: bool = False) -> str | None:
        """"L'ONG", "l'organisation", "the agency": the organisation that is the topic or a subject of the
        sentences just before (also in the complement of a subject, or quoted there: the last of those), else, for
        an organisation word with no body named there (``body_word``), the one the same word took up before as a
        subject or source (:meth:`_as_source_took_up`), else the last organisation quoted, else the last one named
        there ("a report published by Amnesty International"); for a word of one kind of body ("la préfecture"), only one whose
        name holds it. A section heading starts the topic anew: a body named or quoted only before it gives way
        to the one named just before ("Les hôteliers applaudissent" / "… le soutien de l'Union des métiers … Dans un
        communiqué, l'organisation professionnelle salue …"). A word of a kind in the lede, with no body of its kind
        named before, is the first one named after it (:meth:`_kind_named_after_lede`)."""
        ahead = self._kind_named_after_lede(token)
        if ahead is not None:
            return ahead
        previous = self._previous_sentences(token, 3)
        section = max((start for start in self._section_starts if start <= token.idx), default=0)
        window = max(previous[0].start_char if previous else token.sent.start_char, section)
        kinded = self._bodies_of_kind(token)  # "l'association": the Association … named, if any, before others
        named = [(m, name) for m, name in self.table.mentions if window <= m.start < token.idx
                 and self._acts_as_body(name) and not self._in_quote(m.start) and self._of_kind(name, token)
                 and (not kinded or name in kinded)]
        subjects = [(m, name) for m, name in named if (self._is_subject_at(m.start, m.end)
                                                     or self._in_subject_complement(m.start, m.end))
                    and not self._after_coordinated_verb(m.start, m.end)]
        main = [(m.start, name) for m, name in subjects if not self._in_reported_clause(m.start, m.end)]
        voiced = [(start, name) for start, name in self.speakers if window <= start < token.idx
                  and self._acts_as_body(name) and self._of_kind(name, token) and (not kinded or name in kinded)]
        if subjects or voiced:  # what a body says of another ("l'USM rappelle que la cour d'appel fonctionne") is
            # not its topic; a body quoted just before is ("That was the assessment of X. The group said")
            return max((main or [(m.start, name) for m, name in subjects]) + voiced)[1]
        taken_up = self._as_source_took_up(token) if body_word and not named else None
        if taken_up is not None:  # "selon le régulateur" … paragraphs later, no body named since: "prévient le
            return taken_up  # régulateur" is the same body, not the last one quoted
        spoken = [(start, name) for start, name in self.speakers if start < token.idx and self._is_body(name)
                  and self._of_kind(name, token) and (not kinded or name in kinded)]
        if named and not any(start >= section for start, _ in spoken):
            return named[-1][1]  # a body quoted before the section's heading gives way to one it names
        return spoken[-1][1] if spoken else (kinded[-1] if kinded else None)

    def _kind_named_after_lede(self, token: Token) -> str | None:
        """For a singular word whose kinds the language data gives (``KIND_ALSO_BODIES``) in the lede, when no body
        of those kinds was named before it: the first body of its kind the article names after it ("…, with the
        main opposition party accusing Seoul …" ¶ "Rep. X of the People Power Party said"): a lede describes the
        body the article names next, not the assembly it names in passing."""
        lede = self.paragraphs[self._lede_index] if self.paragraphs else None
        if lede is None or not token.idx < lede[1] or token.lemma_.lower() not in self.lang.KIND_ALSO_BODIES \
                or _plural(token) or self._bodies_of_kind(token):  # "the unions": several, not the first named
            return None
        kinds = _kinds_of_body_word(token, self.lang)
        return next((name for m, name in self.table.mentions if m.start > token.idx and not self._in_quote(m.start)
                     and self._is_body(name) and kinds & set(fold_name(name).split())), None)

    def _acts_as_body(self, name: str) -> bool:
        """Whether an organisation word can take up a name: an organisation's (:meth:`_is_body`), or one the model
        read as a place that no place list holds and that the article quotes ("précise le SPW", "Suez « prend
        acte »": a place the press makes speak is a country or a town, which the lists hold)."""
        return self._is_body(name) or self.table.label_of(name) in PLACE_TAGS and name not in self.lang.PLACES \
            and any(spoken == name for _, spoken in self.speakers)

    def _in_subject_complement(self, start: int, end: int) -> bool:
        """Whether a name is in the complement of a common noun that is the main verb's subject, through nouns only
        ("le comité de gestion de l'ANRT a adopté", "the board of X voted"): an organ or part of a body acts for it."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        node = span.root if span is not None else None
        while node is not None and node.dep_ in ("nmod", "pobj", "prep", "flat:name", "compound") \
                and node.head.i != node.i:
            node = node.head
            if node.dep_.startswith("nsubj") and node.pos_ == "NOUN":  # of the main verb: not "X, whose joint
                return node.head.i == node.sent.root.i  # venture with Y runs a plant, said"
        return False

    def _bodies_of_kind(self, token: Token) -> list[str]:
        """The bodies named before a description, outside quotes, whose name says the kind it names: its noun
        ("l'association" and the Association marocaine …), or the body an adjective of kind points to
        (``BODY_ADJECTIVES``: "l'exécutif communautaire" and the Communauté de l'Auxerrois); in text order."""
        kinds = _kinds_of_body_word(token, self.lang)
        return [name for m, name in self.table.mentions if m.start < token.idx and not self._in_quote(m.start)
                and self._is_body(name) and kinds & set(fold_name(name).split())]

    def _is_body(self, name: str) -> bool:
        """Whether a name is an organisation's: labelled one, or headed by a body's word though the model read a
        place ("la Métropole de Lyon", "l'Agence régionale de santé"): ``BODY_NAME_HEADS``."""
        head = name_head(name, self.lang) or name.lower()
        return self.table.label_of(name) == "ORG" or head in getattr(self.lang, "BODY_NAME_HEADS", ())

    def _of_kind(self, name: str, word: Token) -> bool:
        """Whether an organisation can be taken up by a word: any by "l'ONG", "the agency"; only one whose name
        holds it by a word of one kind of body (``KIND_BODIES``: "la préfecture" is not the union named before),
        or the kind its adjective of kind says ("le département ministériel" is the ministry named before), or by a
        word whose kinds the language data gives (``KIND_ALSO_BODIES``) once a body of those kinds was named ("the
        regulator" is the authority named before, not the bank it took over)."""
        lemma = word.lemma_.lower()
        kinds = {fold_name(lemma)} | _kinds_of_body_word(word, self.lang)
        strict = lemma in self.lang.KIND_BODIES \
            or lemma in self.lang.KIND_ALSO_BODIES and bool(self._bodies_of_kind(word))
        return not strict or bool(kinds & set(fold_name(name).split()))

    def _protagonist(self, *, gender: str | None, at: int) -> str | None:
        """The person an article is about, when one clearly is: named before ``at``, at least three times in the
        article and more than twice as often as anyone else named before ``at`` (the profile of a leader
        that calls him "le président" throughout)."""
        people = sorted((e.count, e.name) for e in self.table.entities if e.label == "PER" and e.first_start < at)
        if not people or people[-1][0] < 3 or len(people) > 1 and people[-1][0] <= 2 * people[-2][0]:
            return None
        name = people[-1][1]
        return name if gender is None or self.genders.get(name, gender) == gender else None

    def _antecedent(self, token: Token, *, gender: str | None = None) -> str | None:
        """What a pronoun stands for: a compatible person earlier in its sentence; else, sentence by sentence
        from the nearest of the three before, the compatible topic (the speaker it quotes, its main-clause
        subject, or "pour X" / "selon X" at its head), else a compatible person named there as a subject, else,
        in the nearest sentence outside quotes, any compatible person named ("… par la voix de son avocate, Me X.
        « … », écrit-elle"), in either case the last of those in the fewest subordinate clauses; else the last
        compatible speaker (or, in an article naming nobody, the organisation or place that is the nearest
        sentence's subject); else the last compatible person named."""
        here = None if interrupts(token) else self._in_sentence_before(token, gender=gender)
        if here is not None:
            return self._person_over_body(token, here, gender=gender) or here
        previous = self._previous_sentences(token)
        told = self._told_before(token)
        narrated = (told or previous[-1]).start if previous else None  # quoted sentences do not break a chain
        for sentence in reversed(previous):
            mentions = self._mentions_past_adjuncts(sentence)
            found = self._topic_or_subject(sentence, mentions, gender=gender, chain=sentence.start == narrated)
            if found is not None:
                return self._past_background(token, sentence, found, gender=gender) \
                    if sentence.start == narrated else found
            body = self._body_subject(sentence, gender=gender) if gender else None
            if body is not None and (self.table.label_of(body) == "ORG" or self._body_noun_subject(sentence)):
                return body  # "L'Agence … a enquêté. Elle relève …", "Le Parc naturel régional … a réagi. … il"
            described = self._described_body(sentence, gender=gender) if gender else None
            if described is not None:  # "Le rectorat …, reste prudent. Dans un communiqué, il dit « … »"
                return described
            verbless = self._verbless_body(sentence, gender=gender) if sentence is previous[-1] else None
            if verbless is not None:  # "Colère du côté de l'association X. Dans un communiqué, elle dénonce …"
                return verbless
            named = self._last_in_main_clause([(m, n) for m, n in mentions if not self._owns_thing(m)], gender)
            if named is not None and told is not None and sentence.start == told.start \
                    and not self._addressed(sentence):
                return named
        return self._last_before(token, previous, gender=gender)

    def _last_before(self, token: Token, previous: list[Span], *, gender: str | None) -> str | None:
        """The last resort of :meth:`_antecedent` (``previous`` the sentences it looked at): the last compatible
        speaker (in an article naming nobody, also the body that is the nearest sentence's subject), else the last
        compatible person named, else a body named before."""
        persons = list(reversed(self._persons_outside_bylines(token.idx)))
        earlier = [name for start, name in self.speakers if start < token.idx  # a person, if any is named
                   and (not persons or self.table.label_of(name) not in ("ORG", "LOC"))]
        if not persons:  # "Le PNAT s'est saisi. Dans un communiqué, il précise"
            bodies = [b for s in reversed(previous) if (b := self._body_subject(s, gender=gender))]
            earlier += bodies[:1]
        for candidates in (earlier, persons):
            found = self._last_compatible(candidates, gender)
            if found is not None:
                return found
        return self._body_named_before(token, gender=gender)

    def _person_over_body(self, token: Token, body: str, *, gender: str | None) -> str | None:
        """For a body or place subject of the pronoun's own sentence, when the pronoun is the subject of an incise
        right after a quote in that sentence (:func:`follows_quote`), the compatible person who is the topic or a
        subject of the sentence just before: a body is no «il» of a speech incise when a person spoke just before
        ("Deux dossiers sont pendants, précise M. X. L'Institut veut « aller au bout », a-t-il ajouté": X says
        what the institute wants)."""
        previous = self._previous_sentences(token, 1)
        if not previous or self.table.label_of(body) not in ("ORG", "LOC") or not follows_quote(token):
            return None
        return self._topic_or_subject(previous[-1], self._mentions_past_adjuncts(previous[-1]), gender=gender)

    def _topic_or_subject(self, sentence: Span, mentions: list[tuple[Mention, str]], *, gender: str | None,
                          chain: bool = False) -> str | None:
        """The compatible topic of a sentence for a pronoun (:meth:`_topic_of`), else the last compatible person
        of its ``mentions`` named as a subject, in the fewest subordinate clauses."""
        topic = self._topic_of(sentence, for_pronoun=True, chain=chain)
        return self._last_compatible(topic, gender) \
            or self._last_in_main_clause(self._subject_mentions(mentions, sentence), gender)

    def _past_background(self, token: Token, sentence: Span, found: str, *, gender: str | None) -> str:
        """``found``, the topic or subject of ``sentence``, the nearest one outside quotes before a pronoun, that the
        pronoun would take up, unless that sentence is in the background (:meth:`_in_background`: "X a repris le
        micro. Y se tenait à ses côtés. « … », a-t-il averti"; "X a défendu le texte. Y avait pourtant assuré que
        …"): then the other compatible topic or subject of the one or two sentences before it in the same
        paragraph, the one the paragraph's story is about."""
        if not self._in_background(sentence):
            return found
        floor = self.paragraph_start(token.idx)
        for earlier in reversed(self._previous_sentences(sentence[0], 2)):
            if earlier.start_char < floor:
                break
            subjects = self._subject_mentions(self._mentions_past_adjuncts(earlier), earlier)
            other = self._last_compatible(self._topic_of(earlier, for_pronoun=True), gender) \
                or self._last_in_main_clause(subjects, gender)
            if other is not None:
                return other
        return found

    def _in_background(self, sentence: Span) -> bool:
        """Whether a sentence's main verb, outside quotes, sets it in the background of the story: in a tense of
        ``BACKGROUND_AUXILIARIES`` (the pluperfect, "avait assuré", "had promised") or, but for a speech verb, a
        finite tense of ``BACKGROUND_TENSES`` (the French imperfect, "se tenait")."""
        root = sentence.root
        if root.pos_ not in ("VERB", "AUX") or self._in_quote(root.idx):
            return False
        auxiliaries = self.lang.BACKGROUND_AUXILIARIES
        if any(c.dep_.startswith("aux") and auxiliaries.get(c.lemma_.lower()) in c.morph.get("Tense")
               for c in root.children):
            return True
        tenses = self.lang.BACKGROUND_TENSES
        return root.pos_ == "VERB" and "Fin" in root.morph.get("VerbForm") \
            and bool(tenses.intersection(root.morph.get("Tense"))) and speech_lemma(root, self.lang) is None

    def _subject_mentions(self, mentions: list[tuple[Mention, str]], sentence: Span) -> list[tuple[Mention, str]]:
        """The mentions of a sentence that are a subject, or open it (see :meth:`_opens_sentence`)."""
        return [(m, n) for m, n in mentions if self._is_subject_at(m.start, m.end) or self._opens_sentence(m, sentence)]

    def _opens_sentence(self, mention: Mention, sentence: Span) -> bool:
        """Whether a mention opens its sentence, maybe after a title ("Me Jacquemin rejoint X sur un point : …"):
        a name opening a sentence is its subject, however the parser hung it."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or self._in_quote(mention.start):
            return False
        before = [t for t in self.doc[sentence.start: span.start] if not t.is_space]
        return all(t.ent_type_ in PERSON_TAGS and _person_noun(t.text.rstrip("."), self.lang) for t in before)

    def _owns_thing(self, mention: Mention) -> bool:
        """Whether a name is the complement of a noun that names no person, text, circle or body ("bien avant la
        question écrite de X", "la ligne de défense de X"): the sentence is about the thing, not its owner (a text's
        owner is its author, who may speak, "une lettre de X"; so may a person's circle, "l'entourage de X")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        link = next((t for t in span if not span.start <= t.head.i < span.end), None) if span is not None else None
        if link is None or not (any(c.dep_ == "case" for c in link.children) or link.dep_ in ("poss", "nmod:poss")):
            return False
        head = link.head.head if link.head.dep_ == "acl" and _is_participle(link.head, self.lang) else link.head
        people = self._document_words | getattr(self.lang, "CIRCLE_NOUNS", frozenset()) | self.lang.ORG_NOUNS
        return head.pos_ == "NOUN" and not _person_noun(head.lower_, self.lang) and head.lemma_.lower() not in people

    def _absolute_words(self, sentence: Span) -> frozenset[int]:
        """:func:`_absolute_participle_words` of a sentence, found once per sentence."""
        key = (sentence.start, sentence.end)
        if key not in self._absolute:
            self._absolute[key] = _absolute_participle_words(sentence)
        return self._absolute[key]

    @cached_property
    def _byline_spans(self) -> list[tuple[int, int]]:
        """The character offsets of the byline sentences (see :meth:`_byline_starts`)."""
        return [(s.start_char, s.end_char) for s in self.sentences if s.start in self._bylines]

    def _persons_outside_bylines(self, offset: int) -> list[str]:
        """The people named before an offset, most recent first, but not a reporter the byline alone names: the
        byline is no antecedent ("Jane Doe/Staff Reporter ¶ Residents …, with their spokesman saying")."""
        bylines = self._byline_spans
        named = {name for mention, name in self.table.mentions if mention.start < offset
                 and not any(a <= mention.start < b for a, b in bylines)}
        return [name for name in self.table.persons_before(offset) if name in named]

    def _last_in_main_clause(self, mentions: list[tuple[Mention, str]], gender: str | None) -> str | None:
        """The last compatible person of ``mentions`` among those in the fewest subordinate clauses and passive
        agents (:func:`_subordination`): a pronoun takes up whom the sentence is about, not a name in a clause on
        another noun ("X a reçu une délégation emmenée par Y. « … », a-t-elle déclaré": X; "X said …, but warned
        that …, a risk Y had dismissed. “…,” she said": X)."""
        depths = [(self._mention_subordination(m), n) for m, n in mentions if self._compatible(n, gender)]
        least = min((depth for depth, _ in depths), default=0)
        return next((n for depth, n in reversed(depths) if depth == least), None)

    def _mention_subordination(self, mention: Mention) -> int:
        """How many subordinate clauses and passive agents a mention lies in (see :func:`_subordination`)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return _subordination(span.root) if span is not None else 0

    def _mentions_past_adjuncts(self, sentence: Span) -> list[tuple[Mention, str]]:
        """The mentions of people in a sentence outside quotes, but for complements of a participle with no subject
        of its own (see :func:`_participial_adjunct`: "Puis, se tournant vers Me X : « … »"): the one it turns to or
        answers is not who the sentence is about."""
        mentions = self._person_mentions_between(sentence.start_char, sentence.end_char)
        spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m, _ in mentions]
        absolute = self._absolute_words(sentence)  # "X lui ayant demandé de conclure, « … »": not X
        return [found for found, span in zip(mentions, spans) if span is None
                or not _participial_adjunct(span.root) and span.root.i not in absolute]

    def _addressed(self, sentence: Span) -> bool:
        """Whether a sentence's subject addresses someone by a dative clitic outside quotes (``DATIVE_CLITICS``:
        "Y lui a mis sous les yeux un courriel de Z. Il a haussé les épaules"): a pronoun after it that its subject
        cannot stand for is that one, named before, not a person the sentence names in passing (Z)."""
        clitics = getattr(self.lang, "DATIVE_CLITICS", frozenset())
        return any(t.lower_ in clitics and t.pos_ == "PRON" and t.dep_ in ("iobj", "obl:arg", "obj")
                   and t.head.pos_ in ("VERB", "AUX") and not self._in_quote(t.idx) for t in sentence)

    def _body_named_before(self, token: Token, *, gender: str | None) -> str | None:
        """With no compatible person before it, a gendered pronoun's organisation: the last one named outside
        quotes in the sentence just before, whose noun agrees with it ("Ces paiements n'ont pas échappé à l'Agence
        française anticorruption. Dans son rapport, elle relève …")."""
        return self._agreeing_body(self._previous_sentences(token, 1), gender=gender)

    def _verbless_body(self, sentence: Span, *, gender: str | None) -> str | None:
        """The organisation a verbless sentence naming no person is about, as a gendered pronoun's antecedent: a
        nominal sentence sets its topic in its complements ("Colère, en revanche, du côté de l'association X, qui
        revendique 600 adhérents. Dans un communiqué, elle dénonce …": the association, not a woman named before)."""
        if sentence.root.pos_ in ("VERB", "AUX") or self._persons_between(sentence.start_char, sentence.end_char):
            return None
        main = [t for t in sentence if is_finite_verb(t) and not self._in_quote(t.idx) and not _in_relative(t)]
        return None if main else self._agreeing_body([sentence], gender=gender)

    def _agreeing_body(self, sentences: list[Span], *, gender: str | None) -> str | None:
        """The last organisation named outside quotes in ``sentences`` whose noun agrees with a gendered pronoun,
        in a language whose pronouns take up bodies."""
        if gender is None or not self.lang.GENDERED_BODIES:
            return None
        for candidate in reversed([t for s in sentences for t in s]):
            name = None if self._in_quote(candidate.idx) or candidate.pos_ not in ("NOUN", "PROPN") \
                else self._mention_at(candidate)
            if name is not None and self.table.label_of(name) == "ORG" and gender_evidence(candidate)[0] == gender:
                return name
        return None

    def _in_sentence_before(self, token: Token, *, gender: str | None) -> str | None:
        """The last compatible person named, or described by a definite role ("le ministre des armées"), earlier
        in the pronoun's own sentence and outside quotes ("le discours du ministre, dans lequel il évoquait"), not
        one the sentence opens by comparing with ("Comme la députée X, elle réclame": someone else), or introduced by
        an indefinite role as its main subject ("A spokeswoman … added that …, a figure she described as"); but when a
        pronoun of the same gender opens the sentence as its main subject, before any name, what that one stands
        for ("He criticised Peskov for what he called …": not Peskov); and when the pronoun is the subject of a free
        relative on the main verb, the main clause's subject ("X thanked Y for what he called …": not Y)."""
        lead = self._leading_pronoun(token, gender=gender)
        if lead is not None:
            return self._antecedent(lead, gender=gender)
        if _in_free_relative_adjunct(token, self.lang):  # "X thanked Y for what he called": X's words
            topic = self._last_compatible(self._topic_of(token.sent), gender)
            if topic is not None:
                return topic
        found: str | None = None
        compared = self._compared_until(token.sent)
        others = _participle_complements(token, self.lang) | _set_off_relative_words(token) \
            | self._absolute_words(token.sent)
        for candidate in token.sent:
            if candidate.i >= token.i:
                break
            if self._in_quote(candidate.idx) or candidate.pos_ not in ("PROPN", "NOUN") or candidate.i < compared \
                    or candidate.i in others or _participial_adjunct(candidate):  # "Then, turning to X: “…,” she"
                continue
            name = self._mention_at(candidate) if candidate.pos_ == "PROPN" or self._name_noun(candidate) \
                else None
            if name is not None and self.table.label_of(name) == "PER" and self._compatible(name, gender):
                found = name
            elif name is None and candidate.pos_ == "NOUN" and candidate.lemma_.lower() in self.lang.ROLE_NOUNS \
                    and "Plur" not in candidate.morph.get("Number") and candidate.tag_ not in ("NNS", "NNPS"):
                determiner = _determiner(candidate) or _owner_named(candidate)  # "Trump's nominee … he"
                noun_gender = gender_evidence(candidate)[0] or None
                introduced = determiner in _INDEFINITE and _main_subject(token.sent) == candidate
                if determiner and (determiner not in _INDEFINITE or introduced) \
                        and (gender is None or noun_gender in (None, gender)):
                    found = self._described(candidate, candidate.idx)[0]
        return found or self._body_subject(token.sent, gender=gender, before=token.i)

    def _leading_pronoun(self, token: Token, *, gender: str | None) -> Token | None:
        """The main clause's pronoun subject of the token's gender, before the token and any name in its sentence
        and outside quotes."""
        for candidate in token.sent:
            if candidate.i >= token.i or candidate.pos_ == "PROPN" or self._in_quote(candidate.idx):
                return None
            if candidate.dep_.startswith("nsubj") and candidate.head.i == token.sent.root.i and gender is not None \
                    and self.lang.PRONOUN_GENDERS.get(candidate.lower_) == gender:
                return candidate
        return None

    def _compared_until(self, sentence: Span) -> int:
        """The end of a comparison opening the sentence up to its comma ("Comme la ministre, elle …", "Like his
        predecessor, he …"), or up to the main clause's pronoun subject when an apposition or relative clause
        lengthens it ("Avec sa voisine, Carla Bensa, qui gère un glacier, elle …"), past linking adverbs ("Puis,
        sous le regard de la présidente, elle …", "Puis, très calmement, face à X : « … », a-t-elle rappelé");
        the sentence's start when it opens with none."""
        opener = next((t for t in sentence[:8] if t.pos_ not in ("ADV", "CCONJ") and t.text != ","), sentence[0])
        if opener.lower_ not in self.lang.COMPARISON_OPENERS:
            return sentence.start
        subject = next((c for c in sentence.root.children if c.dep_.startswith("nsubj")
                        and c.lower_ in self.lang.PRONOUN_GENDERS), None)
        comma = next((t.i for t in sentence if t.text == "," and t.i > opener.i), sentence.start)
        return subject.i if subject is not None and subject.i > comma else comma

    def _name_noun(self, token: Token) -> bool:
        """A given name the tagger took for a noun ("Karima, elle, attend de voir :"), or a capitalised noun with no
        determiner that is no role or title, which may be a name the tagger read as a noun ("Justice Moxey-Rolle
        also criticised what she called": the hyphenated surname; whether it names a person is the entity table's
        to say; not "Ce Rouennais", an inhabitant)."""
        return token.ent_type_ in PERSON_TAGS and token.lower_ in self.lang.GIVEN_NAMES \
            or token.is_title and not _determiner(token) and not _person_noun(token.lower_, self.lang)

    def _body_subject(self, sentence: Span, *, gender: str | None, before: int | None = None) -> str | None:
        """The organisation or place named as a sentence's main subject (outside quotes, before ``before``),
        when its article agrees with the pronoun's gender ("La Russie a averti qu'elle considérerait ...")."""
        if gender is not None and not self.lang.GENDERED_BODIES:
            return None  # "she" is never an organisation in English ("it" is)
        subject = self._subject_outside_quotes(sentence, before=before)
        subject = _owning_role(subject, self.lang) or subject if subject is not None else None
        name = None if subject is None else self._mention_at(subject) or (
            self._named_in_phrase(subject) or self._name_set_off_before(subject)
            if subject.pos_ == "NOUN" else None)  # "Le Conseil constitutionnel"
        if name is None or self.table.label_of(name) not in ("ORG", "LOC"):
            return None
        articles = [g for c in subject.children if c.dep_ == "det" for g in c.morph.get("Gender")]
        return name if gender is None or not articles or articles[0] == gender else None

    def _name_set_off_before(self, noun: Token) -> str | None:
        """The name opening the sentence that an organisation noun describes after a comma ("Atmo Grand Est,
        l'association agréée pour …, a donné son accord": the name, not "l'association"), if any."""
        if noun.lemma_.lower() not in self.lang.ORG_NOUNS:
            return None
        first = min([noun] + [c for c in noun.children if c.dep_ == "det"], key=lambda t: t.i)
        words = noun.doc[noun.sent.start: first.i - 1]
        if not len(words) or noun.doc[first.i - 1].text != "," \
                or not all(w.text[:1].isupper() or w.is_punct and w.text in "-'’" for w in words):
            return None  # the name opens the sentence and runs up to the comma
        return self._mention_at(words[0]) or self._mention_at(words[-1])

    def _body_noun_subject(self, sentence: Span) -> bool:
        """Whether a sentence's main subject is a place's name headed by a body's noun or a capitalised common noun
        ("la Région Grand Est indique", "Le Parc naturel régional … a réagi"): a body that acts and speaks, not a
        place where things happen, whatever the model tagged it; not an inhabitants' noun ("Ce Rouennais")."""
        subject = self._subject_outside_quotes(sentence)
        return subject is not None and subject.pos_ in ("NOUN", "PROPN") and _determiner(subject) in DEFINITE \
            and not self._is_demonym_noun(subject) and (
                subject.lemma_.lower() in self.lang.ORG_NOUNS
                or subject.pos_ == "NOUN" and subject.is_title and subject.i > sentence.start)

    def _subject_outside_quotes(self, sentence: Span, *, before: int | None = None) -> Token | None:
        """The subject of a sentence's main verb, if not inside a quote (and before token ``before``); of the
        causative verb before it when the parser made the infinitive the root ("Le gouvernement a fait savoir …");
        of its auxiliary, on which the parser hangs the subject when an adjunct splits the verb ("La préfecture n'a
        pas, à ce stade, prononcé …") or of a stressed pronoun splitting them ("Le Parc a lui aussi réagi")."""
        limit = sentence.end if before is None else before
        verbs = [sentence.root] + [c for c in sentence.root.children if c.i < sentence.root.i and c.pos_ == "VERB"
                                   and c.lemma_ in getattr(self.lang, "CAUSATIVE_VERBS", ())] \
            + [c for c in sentence.root.children if c.dep_.startswith("aux")
               or c.dep_ == "advmod" and c.pos_ == "PRON"]  # "Le Parc … a lui aussi réagi": hung on "lui"
        subject = next((c for v in verbs for c in v.children if c.dep_.startswith("nsubj") and c.i < limit
                        and not self._in_quote(c.idx)), None)
        return subject or _set_off_after_participle(sentence.root, limit)

    def _described_body(self, sentence: Span, *, gender: str) -> str | None:
        """The words of an organisation no name gives, the main subject of a sentence with a definite article
        agreeing with a pronoun's gender ("Le rectorat de l'académie, qui doit valider la carte, reste prudent.
        Dans un communiqué, il dit « … »"), in a language whose pronouns take up bodies."""
        if not self.lang.GENDERED_BODIES:
            return None
        subject = self._subject_outside_quotes(sentence)
        if subject is None or subject.pos_ != "NOUN" or "Plur" in subject.morph.get("Number") \
                or subject.lemma_.lower() not in self.lang.ORG_NOUNS or subject.lemma_.lower() in self.lang.ROLE_NOUNS:
            return None
        article = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in DEFINITE), None)
        agrees = article is not None and (gender_evidence(subject)[0] or gender) == gender
        return self._phrase(subject) if agrees else None

    def _compatible(self, name: str, gender: str | None) -> bool:
        """Whether a gendered pronoun can stand for ``name``: its known gender agrees, and it names no text; never
        one the description being resolved cannot be (see :meth:`_person_so_far_besides`)."""
        if name in self._barred:
            return False
        return gender is None or self.genders.get(name, gender) == gender and not self._names_text(name) \
            and not self._names_thing(name)

    def _names_text(self, name: str) -> bool:
        """A name or description headed by a document noun ("Political Financing Bill", "the submission") names a
        text, whatever the tagger read in it (a given name "Bill"): no "he" or "she" stands for it."""
        words = name.split()
        head = (words[0] if self.lang.HEAD_FIRST else words[-1]).lower() if words else ""
        texts = getattr(self.lang, "DOCUMENT_NOUNS", frozenset()) | self.lang.REPORTING_NOUNS
        return head in texts and not is_given_name(words[0], self.lang)

    def _names_thing(self, name: str) -> bool:
        """A name the article only ever sets right after a common noun that names no person, with no determiner,
        title or given name of its own, names a thing of that noun's kind (the naming apposition: "une
        entreprise de dattes Deglet Nour", "l'expertise du cabinet Syndex"), whatever the tagger read in it, and
        never as a subject: no "il" or "elle" stands for it. Role and agent nouns ("le syndicaliste Dupont") name a
        person, and so does a subject ("l'océanographe Khady Sall, chercheuse au Crodt, rappelle")."""
        if name not in self._thing_names:  # a head-first language's naming apposition: noun, then name
            mentions = [m for m, n in self.table.mentions if n == name]
            self._thing_names[name] = self.lang.HEAD_FIRST and bool(mentions) \
                and not is_given_name(name.split()[0], self.lang) \
                and all(self._after_thing_noun(m) and not self._is_subject_at(m.start, m.end) for m in mentions)
        return self._thing_names[name]

    def _after_thing_noun(self, mention: Mention) -> bool:
        """Whether a mention, with no title, comes right after a lower-case noun that is no role, title or agent
        noun ("dattes Deglet Nour", not "le président Macron" nor "l'agriculteur Dupont"), in a phrase that no
        singular role opens ("le ministre des finances Tõnis Aru": the minister's name)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        noun = self.doc[span.start - 1] if span is not None and span.start > 0 else None
        # in a noun phrase, not "», analyse X" (a verb the tagger read as a noun)
        in_phrase = noun is not None and noun.i > 0 and self.doc[noun.i - 1].pos_ in ("DET", "ADP")
        if not in_phrase or mention.title or mention.person_cue or noun.pos_ != "NOUN" or not noun.is_lower:
            return False
        phrase = []
        for word in reversed(self.doc[max(0, noun.i - 8): noun.i + 1]):
            if word.is_punct or word.pos_ in ("VERB", "AUX"):
                break
            phrase.append(word)
        roles = self.lang.ROLE_NOUNS
        return not _person_noun(noun.lower_, self.lang) and not any(
            w.pos_ == "NOUN" and "Plur" not in w.morph.get("Number") and w.lemma_.lower() in roles for w in phrase)

    def compatible(self, name: str, gender: str | None) -> bool:
        """Whether a person's known gender (from the article) agrees with ``gender`` (None: any)."""
        return self._compatible(name, gender)

    def _last_compatible(self, candidates: list[str], gender: str | None) -> str | None:
        """The last candidate whose known gender agrees."""
        return next((n for n in reversed(candidates) if self._compatible(n, gender)), None)

    def paragraph_start(self, offset: int) -> int:
        """Where the body paragraph holding ``offset`` starts (0 before the first)."""
        return max((start for start, _ in self.paragraphs if start <= offset), default=0)

    def _group_named(self, subject: Token) -> str | None:
        """The name, the party of its members' noun ("les socialistes") or else the words of a plural subject."""
        return self._mention_at(subject) or self._party_of_members(subject) or self._phrase(subject)

    def _previous_sentences(self, token: Token, count: int = 3) -> list[Span]:
        """The ``count`` sentences before the token's, without a byline before the body ("By Rebecca Marsden"):
        the reporter's name is no context for whom the article quotes."""
        here = self.sentence_index(token)
        return [s for s in self.sentences[max(0, here - count): here] if s.start not in self._bylines]

    def _byline_starts(self) -> frozenset[int]:
        """The first tokens of the sentences before the body that are a byline: opening with a byline word ("By …",
        ``BYLINE_OPENERS``) or naming a reporter's job after a comma or a slash ("Jane Doe/Staff Reporter", "Jane
        Doe, Political Correspondent": ``BYLINE_WORDS``)."""
        body = self.paragraphs[0][0] if self.paragraphs else 0
        return frozenset(s.start for s in self.sentences if s.end_char <= body and _is_byline(s.text, self.lang))

    def _topics_before(self, token: Token) -> list[str]:
        """The named topic of each of the sentences before, oldest first (see :meth:`_topic_of`)."""
        return [name for sentence in self._previous_sentences(token) for name in self._topic_of(sentence)]

    def _topic_of(self, sentence: Span, *, for_pronoun: bool = False, chain: bool = False) -> list[str]:
        """The person a sentence is about: named in its main-clause subject (outside quotes), after "pour" /
        "selon" at its head or as a body's voice ("par la voix de son avocate, Me X"). For a pronoun, also the
        speaker the sentence quotes (first; also one no name gives, :meth:`_unnamed_person_speaker`), the person a
        pronoun subject stands for (with ``chain``, see :meth:`_pronoun_topic`) and an indefinite description
        (:meth:`_unnamed_person`); for a pronoun, the person "pour" / "selon" gives comes before the subject ("Pour
        Me X, c'est Y qui …": X)."""
        spoken = [(at, n) for at, n in self.speakers if sentence.start_char <= at < sentence.end_char
                  and (self.table.label_of(n) == "PER" or for_pronoun and self._unnamed_person_speaker(n))]
        main = [n for at, n in spoken if not self._quoted_in_clause(sentence, at)]
        if main and for_pronoun:  # a sentence quoting someone is about its speaker, not the subject inside
            return main[-1:]
        subject = self._topic_subject(sentence, for_pronoun=for_pronoun)
        heads = [subject] if subject is not None else []
        sources = [source for t in sentence[:4] if is_source_marker(t, self.lang)
                   and (source := marked_source(t, self.lang)) is not None]
        # a pronoun takes up whose view the sentence gives ("Pour Me X, c'est Y qui a ouvert le compte. « … »,
        # a-t-il ajouté": X), not the subject inside it
        heads = sources + heads if for_pronoun else heads + sources
        names = [n for h in heads for t in _head_first(_with_apposed(h), h)
                 if (t.i == h.i or _names_head(t, h) or not complement(t, h))
                 and (n := self._mention_at(t)) is not None and self.table.label_of(n) == "PER"]
        names += self._voices(sentence) + self._message_source(sentence)
        if spoken and for_pronoun:  # words quoted in a clause of another's: "X, à qui Y reproche un « chantage »",
            # "Elle rappelle que Mme Y elle-même avait dénoncé les « … »": about what "elle" stands for, not Y
            return names[:1] or (self._pronoun_topic(subject) if chain else []) or [spoken[-1][1]]
        if names or not for_pronoun:
            return names[:1] or self._described_person(subject)
        return (self._pronoun_topic(subject) if chain else []) or self._unnamed_person(subject) \
            or self._described_person(subject) or self._unnamed_person(subject, definite=True) \
            or self._unnamed_source(sentence)

    def _topic_subject(self, sentence: Span, *, for_pronoun: bool) -> Token | None:
        """The main-clause subject :meth:`_topic_of` starts from: past an opening participle, a comparison or a
        set-off gerund, not a demonstrative pronoun; an age, a title or an owned role read past; else None."""
        compared = self._compared_until(sentence)  # not the one compared with ("Avec sa voisine, X, …, elle")
        opened = _participle_end(sentence)
        contrasted = _contrasted_subject(sentence.root, self.lang) if for_pronoun else None
        set_off = _set_off_name_head(sentence)  # "X, qui a interpellé Y, ne s'est pas montrée convaincue"
        subject = contrasted or set_off or next((c for c in sentence.root.children if c.dep_.startswith("nsubj")
                                      and not self._in_quote(c.idx)
                                      and c.i >= opened  # past an opening participial clause
                                      and not _set_off_gerund(c, sentence)
                                      and not (c.pos_ == "PRON" and c.lower_ not in self.lang.PRONOUNS)  # not "cela"
                                      and (c.i >= compared or compared == sentence.start)),
                                     None) or _personal_expletive(sentence.root, self.lang) or noun_root(sentence) \
            or self._unparsed_subject(sentence)
        if subject is not None and _age_noun(subject, self.lang):  # "l'ancien chef, 52 ans, a contesté": the age
            subject = self._unparsed_subject(sentence, past=subject) or subject  # read as the subject
        if subject is not None and self._in_quote(subject.idx) and self._all_quoted(sentence):
            subject = None  # « La ministre parle d'économies. … », a-t-elle répliqué: the speaker's words, no topic
        subject = _titled_subject(subject, self.lang) if subject is not None else None
        subject = _owning_role(subject, self.lang) or subject if subject is not None else None
        if subject is not None and subject.i == sentence.root.i and subject.pos_ == "NOUN" \
                and not any(c.dep_ == "appos" for c in subject.children):  # not "Son adjointe, X, à qui Y …"
            subject = _relative_subject(subject) or subject  # "Une accusation que rejette la vice-présidente."
        return subject

    def _all_quoted(self, sentence: Span) -> bool:
        """Whether every word of a sentence lies inside quotes: a sentence of a quote running over several, whose
        subject is the speaker's business, not the article's."""
        return all(self._in_quote(t.idx) for t in sentence if not t.is_punct and not t.is_space)

    def _message_source(self, sentence: Span) -> list[str]:
        """The person a message noun comes from, in a sentence whose subject it is ("The warning came from
        Labour's health spokeswoman, X, …": X, ``MESSAGE_NOUNS``, ``SOURCE_VERBS``)."""
        root = sentence.root
        if root.lemma_.lower() not in getattr(self.lang, "SOURCE_VERBS", ()):
            return []
        subject = next((c for c in root.children if c.dep_.startswith("nsubj")), None)
        if subject is None or subject.lemma_.lower() not in getattr(self.lang, "MESSAGE_NOUNS", ()):
            return []
        sources = [g for c in root.children if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        return [n for s in sources for t in _head_first(_with_apposed(s), s)
                if (n := self._mention_at(t)) is not None and self.table.label_of(n) == "PER"][:1]

    def _quoted_in_clause(self, sentence: Span, at: int) -> bool:
        """Whether the quote opening at ``at`` lies in a relative or completive clause with its own subject,
        outside quotes, under a main clause with another subject: "X, à qui Y reproche un « chantage »,
        ne décolère pas", "X rappelle que Y promettait une « fiscalité plus juste »" quote Y in a sentence
        about X; so does a claim noun Y owns ("X took issue with Y's description of the talks as “…”"), and a
        relative clause on a noun outside the main subject ("X was ordered to withdraw the remark by the chair, Y,
        who warned that the debate “…”": about X)."""
        mark = next((t for t in sentence if t.idx >= at), None)
        clause = next((a for a in mark.ancestors if a.dep_ in EMBEDDED_CLAUSES), None) if mark is not None else None
        owner = _claim_owner(mark, self.lang) if mark is not None and clause is None else None
        owner = owner or (_named_after_relative(mark) if mark is not None and clause is None else None)
        if clause is None and owner is None:
            return False
        own = [owner] if owner is not None else \
            [c for c in clause.children if c.dep_.startswith("nsubj") and not self._in_quote(c.idx)]
        root = sentence.root  # a noun root is the subject of a verb the parser lost ("Son adjointe, X, à qui …")
        other = [root] if root.pos_ in ("NOUN", "PROPN") else \
            [c for c in root.children if c.dep_.startswith("nsubj") and not self._in_quote(c.idx)]
        if not other or self._in_quote(other[0].idx):
            return False
        relative = next((a for a in mark.ancestors if a.dep_ in ("relcl", "acl:relcl")), None)
        aside = relative is not None and relative.head.i not in {t.i for t in other[0].subtree}
        return bool(own) and _named(own[0]) or aside

    def _voices(self, sentence: Span) -> list[str]:
        """The people a sentence names as a body's voice ("a répondu par la voix de son avocate, Me Claire Dumont")."""
        sources = [source for t in sentence if t.lower_ in self.lang.VOICE_NOUNS and is_source_marker(t, self.lang)
                   and (source := marked_source(t, self.lang)) is not None]
        return [n for source in sources if (n := self._mention_at(source) if source.pos_ == "PROPN"
                                            else self._set_off_name(source)) is not None
                and self.table.label_of(n) == "PER"]

    def _unparsed_subject(self, sentence: Span, *, past: Token | None = None) -> Token | None:
        """For a verb the parser left without subject, the last person named before it ("Costume sombre, mains
        croisées, Yannick Le Floch, 61 ans, a écouté ...") or a role opening the sentence or set off by a comma
        ("Le maire, lui, n'a pas souhaité ...", "Quelques heures plus tard, un soldat amaigri, …, descendait"),
        not governed by a preposition, nor in a participial clause opening the sentence or a relative clause
        ("Opening his defence before Justice X, the former director, who was led by his counsel, Y, said": the
        director, neither the judge nor the counsel). With ``past``, a subject the parser made of a word that cannot
        be one (an age set off after the role: "À la barre, l'ancien chef, 52 ans, a contesté"), not that word."""
        root = sentence.root
        if root.pos_ not in ("VERB", "AUX"):
            return _set_off_after_setting(sentence)
        opened = _opening_participle_comma(sentence)
        absolute = self._absolute_words(sentence)  # "Le président X lui ayant demandé de conclure, « … »"
        free = [t for t in sentence if opened < t.i < root.i and t.pos_ in ("PROPN", "NOUN") and t != past
                and t.i not in absolute
                and not self._in_quote(t.idx) and not _governed_by_preposition(t) and not _in_relative(t)]
        named = [t for t in free if (n := self._mention_at(t)) is not None and self.table.label_of(n) == "PER"]
        if named:
            return named[-1]
        roles = [t for t in free if t.lemma_.lower() in self.lang.ROLE_NOUNS and _determiner(t) in DEFINITE | _A_OR_AN
                 and _opens_clause(t, sentence)]
        return roles[-1] if roles else None

    def _described_person(self, subject: Token | None) -> list[str]:
        """The person a definite role description stands for ("A chaque fois, l'élu divers droite a présidé ..."
        is about the mayor named before; "the acting MD said …", a role's usual acronym, about the managing director
        named before), so that "il" in the next sentence can stand for them."""
        acronym = subject is not None and _role_acronym(subject, self.lang)
        if subject is None or not acronym and (subject.pos_ != "NOUN"
                                               or subject.lemma_.lower() not in self.lang.ROLE_NOUNS) \
                or _determiner(subject) not in DEFINITE:
            return []
        if subject.i not in self._described_subjects:  # memoised: each description looks further back
            self._described_subjects[subject.i] = None
            person = self._acronym_role_holder(subject, subject.idx) if acronym \
                else self._described(subject, subject.idx)[0]
            self._described_subjects[subject.i] = person if person and self.table.label_of(person) == "PER" else None
        person = self._described_subjects[subject.i]
        return [person] if person is not None else []

    def _pronoun_topic(self, subject: Token | None) -> list[str]:
        """A sentence whose subject is "il"/"elle"/"he"/"she" is about what that pronoun stands for ("Dès 1976,
        il fit parler de lui." continues the chain to the person named earlier); remembered per token. Only the
        article's last sentence of its own words before a pronoun continues a chain (the sentences of a quote in
        between do not break it): further back, a named subject is the better guess."""
        if subject is None or subject.lower_ not in self.lang.PRONOUN_GENDERS:
            return []
        if subject.i not in self._chain:
            self._chain[subject.i] = None  # guards against cycles
            self._chain[subject.i] = self._antecedent(subject, gender=self.lang.PRONOUN_GENDERS[subject.lower_])
        found = self._chain[subject.i]
        return [found] if found is not None and self.table.label_of(found) == "PER" else []

    def _unnamed_person(self, subject: Token | None, *, definite: bool = False) -> list[str]:
        """An indefinite description of a person as a sentence's topic ("Un proche du Premier ministre assure
        que ..."), or with ``definite`` a definite one the article never names ("le chef de l'État aurait
        tranché"), with its gender noted, so that "il" in the next sentence can stand for it; an indefinite one
        may name a person by kinship ("Une mère de famille brandissait une pancarte. « … », a-t-elle confié")."""
        kinship = self.lang.KINSHIP_NOUNS if not definite else frozenset()
        if subject is None or subject.pos_ != "NOUN" \
                or subject.lemma_.lower() not in self.lang.ROLE_NOUNS | kinship:
            return []
        determiner = _determiner(subject)
        if determiner not in (DEFINITE if definite else _A_OR_ONE):
            return []
        office = self._unnamed_office(subject) if represented_role(subject, self.lang) else None
        phrase, gender = office or self._phrase(subject), gender_evidence(subject)[0]  # the prosecutor represented
        if gender:
            self.genders.setdefault(phrase, gender)
        return [phrase]

    def _unnamed_source(self, sentence: Span) -> list[str]:
        """An indefinite description of a person a source marker gives anywhere in a sentence outside quotes, as
        its topic when nothing else is ("The hardest part, according to a senior diplomat who asked not to be
        named, was extradition.": the diplomat), so that "he" in the next sentence can stand for it."""
        sources = [source for t in sentence if is_source_marker(t, self.lang) and not self._in_quote(t.idx)
                   and (source := marked_source(t, self.lang)) is not None]
        return next((found for source in sources if (found := self._unnamed_person(source))), [])

    def _subjects_before(self, token: Token) -> list[str]:
        """People named as subjects, or as sources ("pour X", "selon X"), in this sentence or the two before,
        outside quotes, in text order."""
        previous = self._previous_sentences(token, 2)
        return self.subjects_between(previous[0].start_char if previous else token.sent.start_char, token.idx)

    def _person_mentions_between(self, start: int, end: int) -> list[tuple[Mention, str]]:
        """The mentions of people between two offsets, outside quotes, with their names, in text order."""
        return [(m, name) for m, name in self.table.mentions if start <= m.start < end
                and self.table.label_of(name) == "PER" and not self._in_quote(m.start)]

    def _persons_between(self, start: int, end: int) -> list[str]:
        """People named between two offsets, outside quotes, in text order."""
        return [name for _, name in self._person_mentions_between(start, end)]

    def subjects_between(self, start: int, end: int) -> list[str]:
        """People named as subjects (or sources) between two offsets, outside quotes, in text order."""
        return [name for m, name in self._person_mentions_between(start, end) if self._is_subject_at(m.start, m.end)]

    def asker_before(self, token: Token) -> str | None:
        """The person named as subject of a finite verb of asking (``ASKING_VERBS``) in the sentence before the
        token's ("Jafri pressed the minister to explain the cost. “…,” he replied"), if any (the parser may take
        the verb for an adjective: its form still tells it)."""
        previous = self._previous_sentences(token, 1)
        asking = self.lang.ASKING_VERBS
        subjects = [c for t in (previous[0] if previous else ()) if t.lemma_.lower() in asking
                    and "Fin" in t.morph.get("VerbForm") and _asks_something(t, self.lang)
                    for c in _conjoined_subjects(t)
                    if c.dep_ == "nsubj" and not self._in_quote(c.idx)]
        return next((name for c in subjects for m, name in self.table.mentions if m.start <= c.idx < m.end
                     and self.table.label_of(name) == "PER"), None)

    def interlocutor(self, token: Token, asker: str, *, gender: str | None = None,
                     besides: frozenset[str] = frozenset()) -> str | None:
        """Whom the asker of a question spoke with: the last person (of ``gender``) other than the asker (and
        ``besides``) named outside quotes in the token's sentence or the three before ("Le député X a interpellé
        le ministre, Y. « … ? », a-t-il lancé. « … », a-t-il répondu": Y)."""
        previous = self._previous_sentences(token)
        start = previous[0].start_char if previous else token.sent.start_char
        names = [n for n in self._persons_between(start, token.idx)
                 if n != asker and n not in besides and self._compatible(n, gender)]
        return names[-1] if names else None

    def addressed_by_clitic(self, question: Token, asker: str) -> str | None:
        """Whom a quoted question was put to when a clitic of its sentence or the one before names them
        (``ADDRESSED_CLITICS``: "« … ? » l'a interrogé la magistrate", "La présidente lui a rappelé les relevés.
        « … ? », a-t-elle demandé"): the person, not the asker, that the sentences before the clitic's are about
        (see :meth:`_topic_of`); None without such a clitic or person."""
        clitics = getattr(self.lang, "ADDRESSED_CLITICS", frozenset())
        here = self.sentence_index(question)
        found = next((t for sentence in reversed(self.sentences[max(0, here - 1): here + 1]) for t in sentence
                      if t.lower_ in clitics and t.pos_ == "PRON" and t.dep_ in ("iobj", "obj", "obl:arg")
                      and t.head.pos_ == "VERB" and not self._in_quote(t.idx)), None)
        if found is None:
            return None
        for sentence in reversed(self._previous_sentences(found, 2)):
            topic = [name for name in self._topic_of(sentence, for_pronoun=True) if name != asker]
            if topic and self.table.label_of(topic[0]) == "PER":
                return topic[0]
        return None

    def topic_besides(self, token: Token, person: str, *, gender: str | None) -> str | None:
        """The compatible person other than ``person`` that the nearest of the two sentences before the token's, in
        its paragraph and outside quotes, is about (see :meth:`_topic_of`): the other side of an exchange."""
        floor = self.paragraph_start(token.idx)
        for sentence in reversed(self._previous_sentences(token, 2)):
            if sentence.start_char < floor or self._all_quoted(sentence):
                return None
            found = self._last_compatible([n for n in self._topic_of(sentence, for_pronoun=True) if n != person],
                                          gender)
            if found is not None:
                return found
        return None

    def _told_before(self, token: Token) -> Span | None:
        """The nearest of the three sentences before that is the article's own words, not a quote's."""
        told = [s for s in self._previous_sentences(token) if not self._in_quote(s[min(1, len(s) - 1)].idx)]
        return told[-1] if told else None

    def _recent_subject(self, token: Token, *, gender: str | None) -> str | None:
        """The last compatible topic of the sentences before, else the last compatible subject."""
        for candidates in (self._topics_before(token), self._subjects_before(token)):
            found = self._last_compatible(candidates, gender)
            if found is not None:
                return found
        return None

    def _after_coordinated_verb(self, start: int, end: int) -> bool:
        """A name the parser made the subject of a verb coordinated to another, after it ("Le CSP estime … et
        appelle le Conseil d'État à revoir sa copie"): the verb shares the first one's subject, the name is its
        object."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is not None and root.dep_.startswith("nsubj") and root.head.dep_ == "conj" \
            and root.head.i < root.i

    def _in_reported_clause(self, start: int, end: int) -> bool:
        """A name inside the clause a speech verb reports ("rappelle que la cour d'appel de Nîmes fonctionne")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        clause = span.root.head if span is not None else None
        return clause is not None and clause.dep_ in ("ccomp", "xcomp") and speech_lemma(clause.head, self.lang) \
            is not None

    def _is_subject_at(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        first = span[0]
        source = any(is_source_marker(t, self.lang) for t in self.doc[max(0, first.i - 3): first.i])
        root = span.root  # "Le quotidien français Le Figaro annonce": the name names the subject
        naming = root.head if root.dep_ in ("appos", "nmod") and not complement(root, root.head) else root
        return source or naming.dep_.startswith("nsubj") or naming == noun_root(naming.sent) \
            or self._after_speech_verb(first) or _name_before_apposed_subject(naming) \
            or _dislocated_topic(first, self.lang) or any(
            t.dep_.startswith("nsubj") or t.head.dep_.startswith("nsubj")
            and t.dep_ in ("flat:name", "flat", "compound", "appos") for t in span)

    def _after_speech_verb(self, first: Token) -> bool:
        """A name right after a speech verb, past a title, is its inverted subject ("C'est sur ce point qu'a
        insisté Mme Le Bihan"), unless the verb has a subject of its own, its first conjunct's too ("who said …
        and accused Ms Mair of …": its object)."""
        i = first.i - 1
        if i > 0 and self.doc[i].lower_.rstrip(".") in self.lang.GENDERED_TITLES:
            i -= 1
        verb = self.doc[i]
        return i >= 0 and verb.pos_ == "VERB" and verb.lemma_.lower() in self.lang.SPEECH_VERBS \
            and not has_subject(verb) and not (verb.dep_ == "conj" and has_subject(verb.head))

    def _phrase(self, token: Token) -> str:
        """The words of the noun phrase around a token: contiguous, no punctuation, clause words or
        prepositions at its edges ("Mais le premier ministre, malgré ..." -> "le premier ministre"), not an adjunct
        of time ("a déclaré la ministre mardi en commission" -> "la ministre")."""
        inside = {t.i for t in noun_phrase(token)}
        start = token.i
        while start - 1 in inside and not edge(self.doc[start - 1]):
            start -= 1
        start = token.left_edge.i if _opening_article(token) else start  # past the name's commas and brackets
        end, joined = token.i + 1, 0
        unnamed = _determiner(token) in _A_OR_ONE  # "One Labor MP in a marginal seat": where the source sits
        while end in inside and not (self.doc[end].is_punct and not _slash_joined(self.doc[end])
                                     or self.doc[end].is_space) and end - token.i - joined <= 6 \
                and (self.doc[end].pos_ != "VERB" or _slash_joined(self.doc[end - 1])) \
                and not self._adjunct_opener(self.doc[end], unnamed) \
                and self.doc[end].lower_ not in getattr(self.lang, "TIME_NOUNS", ()) \
                and not (end + 1 < len(self.doc) and after_object_clitic(self.doc[end + 1], self.lang)):  # "lors de"
            joined += 2 * _slash_joined(self.doc[end])  # "the CDU/CSU parliamentary group": one word
            end += 1  # "un proche de la direction la juge « … »": not past "la juge"
        end = self._whole_place(token, end) if unnamed else end
        while end - 1 > token.i and edge(self.doc[end - 1]):
            end -= 1
        while end < token.sent.end and _name_adverb(self.doc[end]):
            end += 1  # "The left-wing NGO Peace Now welcomed": the name goes on
        return self.doc[start:end].text.strip(" ,\n")

    def _whole_place(self, token: Token, end: int) -> int:
        """The end of an unnamed source's phrase when its length cut a name: before the preposition of its place
        ("A senior official", not "A senior official at the Coordinating Ministry for Economic"), else past the whole
        name of the body it speaks for ("a spokesperson for New Zealand's Ministry of Foreign Affairs and Trade",
        not "… Ministry", which names no body of the article)."""
        if end >= len(self.doc) or self.doc[end].ent_iob_ != "I":
            return end
        places = getattr(self.lang, "SOURCE_PREPOSITIONS", ())
        place = next((i for i in range(end - 1, token.i, -1) if self.doc[i].lower_ in places), None)
        if place is not None:
            return place
        while end < token.sent.end and self.doc[end].ent_iob_ == "I":
            end += 1
        return end

    def _adjunct_opener(self, word: Token, unnamed: bool) -> bool:
        """A preposition opening an adjunct of the speech, not a part of the speaker's phrase ("a déclaré la
        ministre mardi en commission"); but after an unnamed source's noun, "in" or "at" says where the source
        works or sits, which is how the article describes them ("One Labor MP in a marginal seat", "a senior
        official at the ministry")."""
        sits = unnamed and word.lower_ in getattr(self.lang, "SOURCE_PREPOSITIONS", ())
        return word.lower_ in ADJUNCT_OPENERS and not sits or self._anonymity_adjunct(word)

    def _anonymity_adjunct(self, word: Token) -> bool:
        """A preposition opening how an unnamed source speaks, not who it is ("un négociateur sous couvert
        d'anonymat": "un négociateur"; ``ANONYMITY_WORDS``)."""
        words = getattr(self.lang, "ANONYMITY_WORDS", frozenset())
        return word.pos_ == "ADP" and word.head.i > word.i and any(t.lower_ in words for t in word.head.subtree)


def _marked_same(noun: Token, lang: ModuleType) -> bool:
    """A noun an adjective of sameness qualifies (« le même interlocuteur »; ``SAME_WORDS``): with no role of its
    own, it takes up the one just quoted (a role, « le même diplomate », is left to the holders of that role)."""
    return any(c.dep_ == "amod" and c.lower_ in getattr(lang, "SAME_WORDS", ()) for c in noun.children)


def _is_byline(text: str, lang: ModuleType) -> bool:
    """Whether a line above the body is a byline: it opens with a byline word ("By Jane Doe") or names a reporter's
    job after its last comma or slash ("Jane Doe/Staff Reporter", "Jane Doe, Political Correspondent")."""
    folded = text.strip().lower()
    openers = tuple(lang.BYLINE_OPENERS)
    cut = max(folded.rfind(","), folded.rfind("/"))
    job = set(folded[cut + 1:].split()) if cut >= 0 else set()
    return bool(openers) and folded.startswith(openers) or bool(job & lang.BYLINE_WORDS)


def _kinds_of_body_word(token: Token, lang: ModuleType) -> set[str]:
    """The folded words a body's name holds when a word names it by its kind: those its adjective of kind points to
    (``BODY_ADJECTIVES``: "l'exécutif communautaire" -> "communauté"), else the word itself ("la préfecture") and
    the other kinds it takes up (``KIND_ALSO_BODIES``: "le département" -> "ministère")."""
    adjectives = getattr(lang, "BODY_ADJECTIVES", {})
    kinds = {fold_name(w) for c in token.children if c.dep_ == "amod" for w in adjectives.get(c.lemma_.lower(), ())}
    lemma = token.lemma_.lower()
    also = lang.KIND_ALSO_BODIES.get(lemma, ())
    return kinds or {fold_name(lemma)} | {fold_name(word) for word in also}


def _named_after_relative(mark: Token) -> Token | None:
    """The name right after a relative pronoun whose clause runs up to an opening mark with one word between,
    however the parser read it ("une comparaison que Nathalie X juge « … »"): the clause's own subject, who speaks
    its quote, not the sentence's."""
    doc = mark.doc
    if mark.i > mark.sent.start and doc[mark.i - 1].text in ("«", "“"):
        mark = doc[mark.i - 1]  # the quote's first word: its mark is just before
    relative = next((t for t in reversed(doc[mark.sent.start: mark.i]) if "Rel" in t.morph.get("PronType")), None)
    if relative is None or relative.i + 1 >= mark.i or doc[relative.i + 1].pos_ != "PROPN":
        return None
    words = [t for t in doc[relative.i + 1: mark.i] if t.pos_ != "PROPN"]
    return doc[relative.i + 1] if len(words) == 1 and words[0].i == mark.i - 1 else None


def _named(noun: Token) -> bool:
    """A name, or a title the tagger read as a noun before a name ("Mme X", "M. X")."""
    return noun.pos_ == "PROPN" or any(c.dep_.startswith("flat") and c.pos_ == "PROPN" for c in noun.children)


def _participial_adjunct(word: Token) -> bool:
    """Whether the nearest verb above a word is a present participle or gerund with no subject of its own, or a past
    participle opening its sentence ("Puis, se tournant vers Me X :", "Répondant à M. X,", "Turning to X,",
    "Interrogé par X,"): its understood subject is someone else, the one the sentence (or the one before) is about."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or has_subject(verb):
        return False
    forms, tenses = verb.morph.get("VerbForm"), verb.morph.get("Tense")
    present = "Ger" in forms or "Part" in forms and "Pres" in tenses
    opening = "Part" in forms and "Past" in tenses and verb.i == verb.sent.start
    return present or opening


def _personal_expletive(verb: Token, lang: ModuleType) -> Token | None:
    """An "il" or "elle" the parser took for an expletive subject of a verb with no impersonal use
    (``IMPERSONAL_USES``): the person subject ("Il regrette que ni X ni Y n'aient …" is about "il", not X)."""
    uses = getattr(lang, "IMPERSONAL_USES", None)
    if uses is None or verb.pos_ != "VERB" or verb.lemma_.lower() in uses:
        return None
    return next((c for c in verb.children if c.dep_ == "expl:subj" and c.i < verb.i
                 and c.lower_ in lang.PRONOUN_GENDERS), None)


def _in_relative(word: Token) -> bool:
    """Whether a word is in a relative clause ("qui revendique 600 adhérents")."""
    return any(t.dep_ in ("acl:relcl", "relcl") for t in (word, *word.ancestors))


def _subordination(word: Token) -> int:
    """How many subordinate clauses (relative, reported, adverbial) and passive agents a word lies in, also by an
    apposition there ("une délégation emmenée par Y", "qui rend compte au chef de l'État, le général Y,", "warned
    that …, a risk Y had dismissed"): counted, not just found, since the parser may hang a main verb on a noun as a
    relative clause, and its subject with it."""
    return sum(t.dep_ in _SUBORDINATE_DEPS for t in (word, *word.ancestors))


def _opens_clause(noun: Token, sentence: Span) -> bool:
    """Whether a noun's phrase, from its article through its adjectives and noun modifiers, opens the sentence or
    follows a comma ("Quelques heures plus tard, un soldat amaigri", "Outside the court, a senior police
    officer attached to …")."""
    article = next((c for c in noun.lefts if c.dep_ == "det"), None)
    if article is None or any(t.dep_ not in ("amod", "compound", "nmod", "advmod") or t.head.i not in (noun.i, t.i + 1)
                              for t in noun.doc[article.i + 1:noun.i]):
        return False
    return article.i <= sentence.start or noun.doc[article.i - 1].text == ","


def _indefinite_apposition(noun: Token) -> Token | None:
    """An indefinite description set off after a possessed one ("son voisin de barrage, un éleveur ariégeois"):
    it says who the person is, where the possessive only says whose."""
    return next((c for c in noun.children if c.pos_ == "NOUN" and c.i > noun.i
                 and (c.dep_ == "appos" or c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children))
                 and c.nbor(-1).text != "(" and _determiner(c) in _A_OR_AN
                 and any(t.text == "," for t in noun.doc[noun.i: c.i])), None)


def _within_complement(word: Token, head: Token) -> bool:
    """Whether a word lies in a complement of a noun, one opening on a preposition ("le groupe parlementaire du
    Rassemblement … (RDPC)": "RDPC" too, the bracketed short name of what it follows), not in its apposition."""
    if word.i > 1 and word.nbor(-1).text == "(" and word.nbor(-2).i != head.i:
        return _within_complement(word.nbor(-2), head)
    node = word
    while node.head.i != head.i and node.head.i != node.i:
        node = node.head
    return node.head.i == head.i and node.i != head.i and any(c.dep_ == "case" for c in node.children)


def _unbroken(phrase: list[Token], head: Token) -> list[Token]:
    """The words of a noun phrase around its head up to a punctuation mark either side: a description is a noun
    phrase, never a run across a comma into an apposition ("sa direction, le pôle femme-enfant")."""
    marks = [t.i for t in phrase if t.is_punct and t.text not in ("-", "'", "’")]
    start = max((i for i in marks if i < head.i), default=-1)
    end = min((i for i in marks if i > head.i), default=len(head.doc))
    return [t for t in phrase if start < t.i < end]


def _age_noun(noun: Token, lang: ModuleType) -> bool:
    """Whether a noun is the years of an age set off after a person ("52 ans"), no subject of its own."""
    return noun.lower_ in getattr(lang, "AGE_NOUNS", ()) and any(is_age(c, lang) for c in noun.children)


def _set_off_after_setting(sentence: Span) -> Token | None:
    """The person a sentence the parser left with no finite verb sets off after its opening adjunct of place or
    time, made the root or hung on the root ("Dans le box, X, 34 ans, garde les yeux baissés", "À la barre, le
    chauffeur, …": the verb read as a noun; "Sur le banc des prévenus, X, 47 ans, guide …"): the name or role noun
    in apposition to that adjunct, what the sentence is about; None otherwise."""
    root = sentence.root
    if root.pos_ != "NOUN" or any(is_finite_verb(t) for t in sentence):
        return None
    setting = next((t for t in (root, *root.children) if t.pos_ == "NOUN" and t.left_edge.i == sentence.start
                    and _governed_by_preposition(t)), None)  # the root, or a noun the parser hung on the verb read
    return next((c for c in (setting.children if setting is not None else ()) if c.dep_ == "appos"
                 and c.pos_ in ("PROPN", "NOUN")
                 and "," in (c.left_edge.text, c.doc[c.left_edge.i - 1].text)), None)


def _governed_by_preposition(token: Token) -> bool:
    """Whether a noun is a preposition's object: it has a ``case`` child (UD), or it or the name it is part of is
    the object of a preposition qualifying a noun (English "pobj": "the MP for Bolton West, said …" names a seat,
    not the subject; the parser hangs a set-off subject on a fronted preposition, so one on a verb is kept)."""
    head = token
    while head.dep_ in ("compound", "flat", "flat:name") and head.head.i != head.i:
        head = head.head
    nominal = head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN")  # not "Outside the court, a …"
    return nominal or any(child.dep_ == "case" for child in token.children)


def _uncapitalised_opener(group: Token, words: list[str], *, named: bool) -> list[str]:
    """A group's words with the first in lower case when it is a common word capitalised only for opening the
    sentence ("Allies of Ms Drummond said …" -> "one of the allies of Ms Drummond"): the group as it would read
    inside a sentence, the way a speaker is written. Not a name (``named``: the entity table's, or the tagger's
    entity), though the tagger reads many such openers as names."""
    first, doc = group.left_edge, group.doc
    opening = first.is_sent_start or first.i == 0 or doc[first.i - 1].is_space or doc[first.i - 1].text in ".!?"
    if not opening or named or first.ent_type_ or not first.is_title or first.text != words[0]:
        return words
    return [words[0].lower(), *words[1:]]


def _title_modifiers(role: Token) -> frozenset[str]:
    """The capitalised words right before a role word: its party, seat or country ("the Glasgow Kelvin MSP":
    glasgow, kelvin; "Akel MP Christiana Loizou": akel), not the sentence's opening word unless a name."""
    words: list[str] = []
    for token in reversed(role.doc[max(role.i - 4, 0):role.i]):
        if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "ADJ", "NOUN") or token.is_sent_start \
                and token.pos_ != "PROPN":
            break
        words.append(token.lower_)
    return frozenset(words)


def _portfolio_before(last: Token, lang: ModuleType) -> tuple[str, frozenset[str]] | None:
    """The title and the portfolio's words of a full title ending on ``last``, written capitalised right before a
    name ("Minister for Foreign Affairs Jean X", "Minister of Water and Irrigation Y", "Secretary of State for
    Trade Z", a preposition inside: "Commissioner for Standards in Public Life W": ``PORTFOLIO_TITLES``,
    ``PORTFOLIO_LINKS``): the person is "the foreign minister", "the trade secretary", "the commissioner"; None for
    anything else."""
    links, doc = getattr(lang, "PORTFOLIO_LINKS", frozenset()), last.doc
    i = last.i
    while i > 0 and last.i - i < 7 and doc[i].lower_ not in links \
            and (doc[i].is_title or (doc[i].pos_ in ("CCONJ", "ADP") or doc[i].text == "&") and doc[i + 1].is_title):
        i -= 1  # "Minister of Water and Irrigation", "Commissioner for Standards in Public Life"
    words = frozenset(t.lower_ for t in doc[i + 1:last.i + 1] if t.is_title)
    if i < 1 or doc[i].lower_ not in links or not words:
        return None
    title = doc[i - 1]
    if i >= 3 and doc[i - 2].lower_ in links and title.text in getattr(lang, "TITLE_COMPLEMENTS", ()):
        title = doc[i - 3]  # "Minister of State for", "Secretary of State for"
    if not title.is_title or title.lower_ not in lang.PORTFOLIO_TITLES:
        return None
    return title.lower_, words | _title_modifiers(title)  # "Deputy Minister of …": not "the minister"


def _other_office(role: Token, modifiers: frozenset[str], lang: ModuleType) -> bool:
    """Whether a title's modifiers make another office than the description's ("Prime Minister X", "Vice President
    Y": "the minister", "the president" is someone else): a word of ``OFFICE_MODIFIERS`` in one but not the other
    ("the prime minister" is "Prime Minister X")."""
    making = getattr(lang, "OFFICE_MODIFIERS", frozenset())
    own = {t.lower_ for t in role.doc[max(role.i - 2, 0):role.i]}
    return modifiers & making != own & making


def _member_subject(noun: Token, members: frozenset[str]) -> bool:
    """Whether a noun for someone who belongs to a body is the subject of its clause ("A member of the committee
    … said"): one set off after a name ("X, a member of the committee,") is that person's role, not an unnamed
    source a later description takes up."""
    return noun.lemma_.lower() in members and noun.dep_ in ("nsubj", "nsubjpass")


def _opening_article(noun: Token) -> str:
    """The article opening a noun's phrase that the parser hung on a name premodifying it ("A Ministry of Housing,
    Communities and Local Government (MHCLG) spokesperson": the article is the spokesperson's, who is one of
    several), lower case; "" when there is none."""
    first = next((c for c in noun.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"), None)
    article = next((c for c in first.children if c.dep_ == "det" and c.i < first.i), None) if first else None
    return article.lower_ if article is not None and article.i == noun.left_edge.i else ""


def _sole_holder_of_another(holders: list[Role], qualifiers: frozenset[str], lang: ModuleType) -> str | None:
    """A role qualified only by another person's role ("l'avocat du prévenu", "le porte-parole du maire") takes up
    the one person given that role plainly before ("Me X"), whose client or employer the article did not say."""
    plain = {r.person for r in holders if not r.qualifiers}
    if not qualifiers or not qualifiers <= lang.ROLE_NOUNS or len(plain) != 1:
        return None
    return plain.pop()


def _name_adverb(token: Token) -> bool:
    """A capitalised adverb right after a proper noun, inside its sentence, ends a name ("Peace Now")."""
    adverb = token.pos_ == "ADV" or token.dep_ == "advmod"  # "Now" tagged as a proper noun modifying the verb
    return adverb and token.text[:1].isupper() and token.is_alpha and not token.is_sent_start \
        and token.nbor(-1).pos_ == "PROPN" and token.nbor(-1).whitespace_ != ""


@lru_cache(maxsize=8)
def _non_person_words(lang: ModuleType) -> frozenset[str]:
    """Words no description of a person is headed by: bodies, documents and place words ("ce ministère", "ce
    communiqué", "la préfecture"); made once per language."""
    return frozenset(lang.ORG_NOUNS | lang.REPORTING_NOUNS | lang.NON_PERSON_WORDS)


def _short_name_of(word: Token, name: Token) -> bool:
    """A name in brackets right after another name, which it shortens ("The Indonesian Employers Association
    (Apindo)", "the Kenya National Union of Nurses (KNUN)"): the same body, even when its letters are not the
    initials of the name; "the Coalition for Clean and Fair Elections (Bersih)", hung on the name's last word)."""
    within = word.head.i == name.i or word.head.pos_ == "PROPN" and any(a.i == name.i for a in word.head.ancestors)
    return name.pos_ == "PROPN" and within and word.dep_ == "appos" and word.i > name.i + 1 \
        and word.nbor(-1).text == "("


def _relating_name(name: Token, head: Token) -> bool:
    """A name in a description that says to whom its person relates, not who they are: one under an adjective or
    verb ("One senior source close to Mr Lyttle", "a lawyer familiar with Ms Diaz's case") or set between the
    determiner and another noun of the phrase ("The Chicago Teachers Union, a key Johnson ally,")."""
    node = name.head
    while node.pos_ not in ("ADJ", "VERB"):
        if node.i == head.i or node.head.i == node.i:
            return False
        if node.pos_ == "NOUN" and premodifies(name, node):
            return True
        node = node.head
    return True


def _name_before_apposed_subject(name: Token) -> bool:
    """"Anne Roux, la juge d'instruction, a ordonné …": a name opening its sentence, set off by a comma before a
    described subject of the same verb, itself closed by a comma; the parser took the description for the subject
    and hung the name on the verb, but the description is the name's apposition and the name the subject."""
    doc, after = name.doc, name.right_edge.i + 1
    if name.left_edge.i != name.sent.start or after >= len(doc) or doc[after].text != "," \
            or name.dep_.startswith("nsubj") or name.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    subject = next((c for c in name.head.children if c.dep_.startswith("nsubj") and c.i > after), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.left_edge.i == after + 1 \
        and subject.right_edge.i + 1 < name.head.i and doc[subject.right_edge.i + 1].text == ","


def _opening_participle_verb(token: Token) -> bool:
    """Whether a word is a participle opening its sentence ("Sollicitée par la presse, …")."""
    return token.i == token.sent.start and token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def _set_off_after_participle(root: Token, limit: int) -> Token | None:
    """The subject the parser hung on an opening participle phrase ("Sollicitée par la presse, la Région indique
    …": "la Région" made the participle's apposition): the noun with a determiner after the participle's comma,
    before the main verb; when the parser made the participle the root, the subject of the verb it hung on it."""
    if _opening_participle_verb(root):  # "Contactée par X, la Région affirme": the participle made the root
        verb = next((c for c in root.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"), None)
        return next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < limit), None) \
            if verb is not None else None
    opening = next((c for c in root.children if c.i < root.i and _opening_participle_verb(c)), None)
    if opening is None:
        return None
    return next((c for c in opening.children if c.dep_ in ("appos", "nsubj", "nmod") and c.pos_ in ("NOUN", "PROPN")
                 and c.i < min(root.i, limit) and any(d.dep_ == "det" for d in c.children)
                 and root.doc[min(d.i for d in c.children if d.dep_ == "det") - 1].text == ","), None)


def _dislocated_noun(pronoun: Token, gender: str | None) -> Token | None:
    """The noun phrase a subject pronoun set off by commas takes up when it opens the sentence and the pronoun
    agrees with it, in a language that dislocates subjects so ("L'opposition, elle, parle …", "Les élus, eux, …";
    a name is the cue's own business; not English "The company, he said, …"); else None."""
    doc, i = pronoun.doc, pronoun.i
    if i < 3 or i + 1 >= len(doc) or doc[i - 1].text != "," or doc[i + 1].text != ",":
        return None
    noun = doc[i - 2]
    noun = noun.head if noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i < noun.i else noun
    if noun.pos_ != "NOUN" or noun.left_edge.i != pronoun.sent.start:
        return None
    genders = noun.morph.get("Gender")
    return noun if gender is None or not genders or gender in genders else None


def _dislocated_topic(first: Token, lang: ModuleType) -> bool:
    """A noun phrase opening its sentence (past a linking adverb or conjunction) and taken up by a stressed pronoun
    set off by commas ("Nadia Kessler, elle, s'attaque surtout …", "Mais le maire, lui, …"): the subject, dislocated
    to the left, whatever the parser made of it."""
    doc = first.doc
    opening = all(t.pos_ in ("ADV", "CCONJ") or t.text == "," for t in doc[first.sent.start: first.i])
    return opening and _contrasted(first, lang)


def _contrasted(noun: Token, lang: ModuleType) -> bool:
    """A subject taken up by a stressed pronoun set off by commas ("La conseillère d'Etat, elle, se dit …"), in a
    language that dislocates subjects so: a contrastive topic, someone other than the one the text was about."""
    doc = noun.doc
    end = next((t.i for t in doc[noun.i + 1: noun.i + 8] if t.text == ","), len(doc))
    return getattr(lang, "LEFT_DISLOCATION", False) and end + 2 < len(doc) \
        and doc[end + 1].lower_ in lang.PRONOUN_GENDERS and doc[end + 2].text == ","


def _with_apposed(head: Token) -> list[Token]:
    """A noun phrase with the name set off after it however long the description before the name is ("la
    vice-présidente de la Collectivité européenne d'Alsace (CeA) chargée du transfrontalier, Sophie Kieffer,"),
    also when the parser made that name a second subject of the verb or hung it elsewhere."""
    phrase = noun_phrase(head)
    near = {t.i for t in phrase}
    siblings = head.head.children if head.dep_.startswith("nsubj") else ()
    set_off = [c for c in head.children if c.dep_ == "appos" or set_off_after(c)] \
        + [c for c in siblings if c.dep_ == head.dep_]  # "Le président du groupe …, X, a": X parsed a conjunct
    after = max(t.i for t in phrase) + 1  # or anywhere the parser hung it ("Une version que contredit l'ancienne
    if after + 1 < len(head.doc) and head.doc[after].text == "," and head.doc[after + 1].i not in near:
        set_off.append(head.doc[after + 1])  # directrice des services, Nathalie X, citée comme témoin.")
    return phrase + [t for c in set_off if c.pos_ == "PROPN" and c.i > head.i and c.nbor(-1).text == ","
                     for t in c.subtree if t.i not in near]


def _head_first(phrase: list[Token], head: Token) -> list[Token]:
    """A phrase's words with its head first: the name a phrase is about is its head's ("George Town Central MP
    Lennox Whittaker" is Whittaker, whatever the model made of the constituency before the title)."""
    return sorted(phrase, key=lambda t: t.i != head.i)


def _in_free_relative_adjunct(pronoun: Token, lang: ModuleType) -> bool:
    """Whether a pronoun is the subject of a free relative (``FREE_RELATIVES``: "what he called", "what she
    described as") that a preposition hangs on its sentence's main verb ("X thanked Y for what he called “…”",
    "X criticised Y over what she described as “…”"): the words are named by the main clause's subject, who
    speaks, not by the person the verb acts on."""
    verb = pronoun.head
    if not pronoun.dep_.startswith("nsubj") or verb.dep_ != "pcomp" \
            or not any(c.lower_ in getattr(lang, "FREE_RELATIVES", ()) and c.i < pronoun.i for c in verb.children):
        return False
    preposition = verb.head
    while preposition.dep_ == "conj" and preposition.head.pos_ == "ADP":  # "for hosting … and for what he called"
        preposition = preposition.head
    return preposition.dep_ == "prep" and preposition.head.i == pronoun.sent.root.i


def _participle_complements(pronoun: Token, lang: ModuleType) -> frozenset[int]:
    """The words of a participial adjunct with no subject of its own hung on the pronoun subject's verb
    ("Répondant à M. X, il a appelé …", "Interpellée par la députée X, elle a assuré …"): the participle's
    understood subject is the pronoun, so the person it answers, or is questioned by, is someone else."""
    if not pronoun.dep_.startswith("nsubj"):
        return frozenset()
    return frozenset(t.i for adjunct in pronoun.head.children if adjunct.i < pronoun.i
                     and _is_participle(adjunct, lang)  # advcl, or obl:mod as the parser has it too
                     and not has_subject(adjunct)
                     for t in adjunct.subtree) | _opening_participle(pronoun)


def _own_clause_words(noun: Token, lang: ModuleType) -> frozenset[int]:
    """The words of the clauses on a noun ("La députée, chahutée par les bancs où siège Mme X,") and of a
    participial adjunct with no subject of its own on the verb it is the subject of ("Répondant à M. X, le ministre
    a rappelé"): a description never stands for a person named there."""
    own = frozenset(t.i for c in noun.children if c.dep_ in ("acl", "acl:relcl", "relcl") for t in c.subtree)
    comma = _opening_participle_comma(noun.sent)  # however the parser hung the opening clause's words
    opening = range(noun.sent.start, comma) if noun.dep_.startswith("nsubj") and comma < noun.left_edge.i else ()
    return own | _participle_complements(noun, lang) | frozenset(opening)


def _absolute_participle_words(sentence: Span) -> frozenset[int]:
    """The words of the participial clauses of a sentence that have a subject of their own (the absolute
    construction: "Le président X lui ayant demandé de conclure, « … », a-t-il insisté", "The chair having
    asked him to conclude, he …"): their subject is not the main clause's, so its pronoun stands for someone else."""
    return frozenset(t.i for verb in sentence if (subject := _absolute_subject(verb)) is not None
                     for t in (*subject.subtree, *verb.subtree))


def _absolute_subject(verb: Token) -> Token | None:
    """The subject of a participle with no finite auxiliary that heads an adverbial clause of its own; or the noun
    opening a clause that a participle with a participial auxiliary ("ayant", "having") follows with no comma
    between, as the parser may hang the clause on its subject ("Le président X lui ayant demandé …")."""
    if verb.pos_ != "VERB":  # the cheap test first: most words are no verb
        return None
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if "Part" not in verb.morph.get("VerbForm") \
            or not all("Part" in a.morph.get("VerbForm") for a in auxiliaries):
        return None
    if verb.dep_ == "advcl":
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    head = verb.head
    glued = head.i < verb.i and not any(t.is_punct for t in verb.doc[head.i + 1: verb.i])
    opening = head.dep_.startswith("nsubj") or head.left_edge.i == head.sent.start
    return head if verb.dep_ == "acl" and auxiliaries and head.pos_ in ("NOUN", "PROPN") and glued and opening \
        else None


def _is_participle(token: Token, lang: ModuleType) -> bool:
    """A participle, also a past participle opening its sentence that the tagger took for a name or a noun for its
    capital ("Rappelée à l'ordre par X, elle …", "Invité à s'exprimer, il …"): a word of no entity ending as one
    (``PARTICIPLE_ENDINGS``) before a preposition."""
    if token.pos_ in ("VERB", "AUX"):
        return "Part" in token.morph.get("VerbForm")
    endings = tuple(getattr(lang, "PARTICIPLE_ENDINGS", ()))
    return bool(endings) and token.i == token.sent.start and token.pos_ in ("PROPN", "NOUN") \
        and not token.ent_type_ and token.lower_.endswith(endings) and token.i + 1 < len(token.doc) \
        and token.nbor(1).pos_ == "ADP"


def _opening_participle(pronoun: Token) -> frozenset[int]:
    """The words before a pronoun subject when they are a participial clause opening its sentence (see
    :func:`_participle_end`), whose understood subject is the pronoun."""
    sentence = pronoun.sent
    return frozenset(range(sentence.start, pronoun.i)) if _participle_end(sentence) == pronoun.i else frozenset()


def _contrasted_subject(root: Token, lang: ModuleType) -> Token | None:
    """The subject of a main clause set against the first by a contrastive conjunction ("Dorsey made a similar point
    in court, but Whitlow was blunter"): the contrast puts it forward, so a pronoun after the sentence takes it up.
    None when the root has no such conjunct with a subject of its own (``CONTRAST_CONJUNCTIONS``), or only a plural
    one, which no "he" or "she" takes up ("X said …, but both sides had to …": still X)."""
    contrasts = getattr(lang, "CONTRAST_CONJUNCTIONS", frozenset())
    for verb in (c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        if any(c.dep_ == "cc" and c.lower_ in contrasts and root.i < c.i < verb.i
               for c in (*root.children, *verb.children)):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN") and "Plur" not in subject.morph.get("Number"):
                return subject
    return None


def _set_off_name_head(sentence: Span) -> Token | None:
    """The first word of a name opening the sentence's main clause (past an opening adjunct: "Assis au premier
    rang, X, …") and set off by a comma, when a finite verb follows the comma closing the aside: "Agathe X, qui
    avait interpellé Y en juin, ne s'est pas montrée convaincue", "Z, président du comité, a écouté le diplomate".
    That name is the verb's subject however the parser hung the aside (often the name inside it, or an object
    after the verb, as the subject); None when the sentence opens otherwise."""
    start = _past_opening_adjunct(sentence)
    head = sentence.doc[start] if start < sentence.end else None
    if head is None or head.pos_ != "PROPN":
        return None
    end = next((t.i for t in sentence.doc[start:sentence.end] if t.pos_ != "PROPN" and t.ent_iob_ != "I"), None)
    if end is None or end == start or sentence.doc[end].text != ",":
        return None
    for token in sentence.doc[end + 1:min(sentence.end, end + 40)]:
        if token.text in _CLAUSE_BREAKS or token.is_quote:
            return None
        if token.text == "," and token.i > end + 1 and _finite_verb_next(token):
            return head
    return None


_CLAUSE_BREAKS = frozenset({":", ";", "—", "–"})  # not "(": an acronym in the aside


def _past_opening_adjunct(sentence: Span) -> int:
    """The first word after an adjunct of two words or more opening the sentence up to its first comma, with no
    finite verb nor name in it ("Assis au premier rang,", "Plus radicale,"; its first word has a capital anyway);
    the sentence's first word when it opens with none."""
    comma = next((t.i for t in sentence[:8] if t.text == ","), None)
    if comma is None or comma == sentence.start:
        return sentence.start
    opening = sentence.doc[sentence.start:comma]
    if len(opening) < 2 or any(is_finite_verb(t) or t.is_quote for t in opening) \
            or any(t.pos_ == "PROPN" or t.is_title for t in opening[1:]):
        return sentence.start
    return comma + 1


def _finite_verb_next(comma: Token) -> bool:
    """Whether a finite verb follows a comma, past a negation, adverbs and clitic pronouns ("…, ne s'est pas
    montrée", "…, a toutefois concédé", "…, lui a répondu")."""
    for token in comma.doc[comma.i + 1:comma.i + 5]:
        if is_finite_verb(token):
            return True
        if token.pos_ not in ("ADV", "PART") and not (token.pos_ == "PRON" and not token.dep_.startswith("nsubj")):
            return False
    return False


def _participle_end(sentence: Span) -> int:
    """The main clause's subject after a participial clause opening the sentence and set off by a comma, however
    the parser hung its words ("Saluant la présence du député X, il a annoncé …", read as a noun phrase or even
    as the subject): the clause's understood subject is that one, not a person it names; else the sentence's
    start."""
    opener = sentence[0]
    if opener.pos_ not in ("VERB", "AUX") or "Part" not in opener.morph.get("VerbForm"):
        return sentence.start
    subject = next((c for c in sentence.root.children if c.dep_.startswith("nsubj") and c.i > sentence.start + 2
                    and "," in (c.left_edge.text, c.doc[c.left_edge.i - 1].text)), None)
    return subject.i if subject is not None else sentence.start


def _set_off_gerund(subject: Token, sentence: Span) -> bool:
    """A participle opening the sentence and set off by a comma that the parser made the main verb's subject
    ("Testifying before Justice X, the former treasurer, …, said"): an adjunct whose understood subject is the
    main one, not the subject itself."""
    return subject.pos_ == "VERB" and subject.i == sentence.start and "Part" in subject.morph.get("VerbForm") \
        and any(t.text == "," for t in sentence.doc[subject.i: subject.head.i])


def _opening_participle_comma(sentence: Span) -> int:
    """The first comma after a participle opening the sentence ("Opening his defence before Justice X, …"): the
    words before it are the clause's, whose understood subject is the main one; the index before the sentence's
    start when it opens otherwise."""
    opener = sentence[0]
    if opener.pos_ not in ("VERB", "AUX") or "Part" not in opener.morph.get("VerbForm"):
        return sentence.start - 1
    return next((t.i for t in sentence if t.text == ","), sentence.start - 1)


def _set_off_relative_words(pronoun: Token) -> frozenset[int]:
    """The words of a relative clause set off by commas after a name, closed before the pronoun ("Minister X, who
    stood in for Prime Minister Y, said he …"): an aside, so the person it names is not the one the pronoun, in
    the clause the main verb reports, stands for."""
    words: set[int] = set()
    for clause in pronoun.sent:
        if clause.i >= pronoun.i or clause.dep_ not in ("relcl", "acl:relcl") or clause.head.pos_ != "PROPN":
            continue
        span = list(clause.subtree)
        after = span[-1].i + 1
        if span[0].i > 0 and clause.doc[span[0].i - 1].text == "," and after < pronoun.i \
                and clause.doc[after].text == ",":
            words.update(t.i for t in span)
    return frozenset(words)


def _slash_joined(token: Token) -> bool:
    """A slash or hyphen joining two words with no space ("CDU/CSU", "the Hamburg-based company"): part of one
    word, not a break in a phrase."""
    doc = token.doc
    return token.text in ("/", "-") and not token.whitespace_ and 0 < token.i < len(doc) - 1 \
        and not doc[token.i - 1].whitespace_ and doc[token.i + 1].is_alpha


def _hyphen_joined(token: Token) -> bool:
    """A word a hyphen with no space joins to the noun before it: a second title compounded with the first ("le
    conseiller de gouvernement-ministre des Finances", "le ministre d'État-ministre"), its holder's own, not an
    owner's."""
    return token.i >= 2 and _slash_joined(token.doc[token.i - 1]) and token.doc[token.i - 1].text == "-" \
        and token.doc[token.i - 2].pos_ in ("NOUN", "PROPN")  # not a prefix: "vice", "ex"


def _hyphenated_word(token: Token) -> str:
    """The whole lower-case word a token is part of when hyphens with no space join it to others
    ("chrétien-démocrate", split by the tokenizer), else the token's own word."""
    doc, start, end = token.doc, token.i, token.i
    while start >= 2 and _slash_joined(doc[start - 1]) and doc[start - 1].text == "-":
        start -= 2
    while end + 2 < len(doc) and _slash_joined(doc[end + 1]) and doc[end + 1].text == "-":
        end += 2
    return doc[start: end + 1].text.lower()


def _inhabitant(noun: Token, lang: ModuleType, *, opening: bool = False) -> bool:
    """A capitalised noun with an inhabitants' ending of the language data and a stem of four letters or more,
    after a lower-case definite article ("l'Anversois a assuré", "a insisté la Lyonnaise"): a person; not "le
    Palais", nor "Le Parisien" (a newspaper) opening a sentence, nor an organisation word ("le Quotidien").
    ``opening`` allows the article to open the sentence."""
    word = noun.lower_
    article = next((c for c in noun.children if c.dep_ == "det"), None)
    stem = inhabitant_stem(word, getattr(lang, "INHABITANT_ENDINGS", ()))
    return len(stem) >= 4 and article is not None and (article.text.islower() or opening) \
        and word not in lang.ORG_NOUNS


def _names_head(name: Token, head: Token) -> bool:
    """Whether a name word is the rest of the name its head opens ("Pour Me Béguin,": "Béguin" names "Me"), not
    its complement."""
    return name.head.i == head.i and name.dep_ in ("flat:name", "flat")


def _titled_subject(subject: Token, lang: ModuleType) -> Token:
    """The name right after a title subject, which the parser made a second subject of the same verb or the
    title's apposition ("Te Rūnanga o Whatitiri chair Mereana Kīngi said": "chair" the subject, "Kīngi" another
    subject or in apposition): the name is the subject, the words before the title name the body it chairs,
    whatever the model tagged them."""
    doc = subject.doc
    beside = [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i]
    apposed = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    named = next((c for c in beside + apposed if c.left_edge.i == subject.i + 1 and c.pos_ == "PROPN"
                  and c.ent_type_ in PERSON_TAGS), None)
    if named is None or subject.pos_ != "NOUN" or role_lemma(subject, lang) not in lang.ROLE_NOUNS:
        return subject
    return named if doc[subject.i + 1].pos_ == "PROPN" else subject


def _owning_role(subject: Token, lang: ModuleType) -> Token | None:
    """The role noun whose complement is the name the parser took a word of for the subject ("la gérante de VH
    Prestations viticoles ne nie pas", with "Prestations" the subject): the role is the subject, its body only the
    owner; None for any other subject."""
    first = subject
    while first.ent_iob_ == "I" and first.i > 0:
        first = first.nbor(-1)  # the name's first word
    role = first.head
    if first.i == subject.i or not subject.ent_type_ or first.dep_ != "nmod" or role.i >= first.i:
        return None
    return role if role.pos_ == "NOUN" and role_lemma(role, lang) in lang.ROLE_NOUNS else None


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised word set off by a comma that the model tagged as a name
    but the tagger as a noun ("L'association des compagnies de croisière, la CLIA,"), or a capitalised word the
    model tagged as a person whatever the tagger says ("L'eurodéputée alsacienne Anne-Claire X": "Anne-Claire" an
    adjective); not a complement ("la Commission européenne de Bruxelles")."""
    set_off = token.dep_ in ("appos", "conj") and any(t.text == "," for t in token.doc[max(0, token.i - 2): token.i])
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and set_off and token.text[:1].isupper() \
        and token.ent_type_ in ("ORG", "PER", "PERSON", "GPE", "LOC") \
        or token.ent_type_ in PERSON_TAGS and token.text[:1].isupper() and token.pos_ in ("ADJ", "NOUN")


def _relative_subject(noun: Token) -> Token | None:
    """The subject of the relative clause of a verbless sentence's noun, which the sentence is about ("Une
    accusation que rejette la vice-présidente.": the vice-president); after "que" the subject follows the verb,
    where the parser may take it for the object."""
    for verb in (c for c in noun.children if c.dep_ == "acl:relcl"):
        relative_object = any(c.dep_ == "obj" and "Rel" in c.morph.get("PronType") for c in verb.children)
        found = [c for c in verb.children if c.dep_.startswith("nsubj") and c.pos_ != "PRON"
                 or relative_object and c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
        if found:
            return found[0]
    return None


def _thing_relative(name: Token, lang: ModuleType) -> bool:
    """Whether a relative clause of things sets off a name ("WeGo Public Transit, which runs the city's buses"):
    English "which" takes up no person (``NON_PERSON_RELATIVES``). Only as the clause's subject, the name doing
    what the clause says, where ``cues._personal_relative_clause`` takes "who" or "whom" in any role;
    :func:`newsbrief.grammar.has_relative_clause`."""
    return has_relative_clause(name, getattr(lang, "NON_PERSON_RELATIVES", frozenset()), as_subject=True)


def _kind_given(name: Token, lang: ModuleType) -> bool:
    """Whether a common noun of a body says a name's kind: set before it ("Anti-corruption NGO Sahkar") or in
    apposition after it ("Confindustria, Italy's main employers' lobby"), whatever the model reads the name as."""
    return any(c.dep_ in ("compound", "appos") and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in lang.ORG_NOUNS
               and (c.dep_ == "appos" or c.i < name.i) for c in name.children)


def _name_compound(name: Token) -> list[Token]:
    """A name's words the model did not make an entity of: the capitalised compounds just before its head
    ("Rule-of-law NGO Repubblika" gives "NGO Repubblika")."""
    words = [name]
    while words[0].i > 0 and (before := words[0].nbor(-1)).dep_ == "compound" and before.pos_ == "PROPN" \
            and before.head.i == name.i:
        words.insert(0, before)
    return words


def _main_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb, if the parser found one."""
    return next((c for c in sentence.root.children if c.dep_.startswith("nsubj")), None)


def _asks_something(verb: Token, lang: ModuleType) -> bool:
    """Whether an asking verb asks ("asked the minister", "asked whether …", "pressed him to explain"): not a
    phrasal verb of going on ("Mallia pressed on"), nor one that needs the one asked as its object and has none
    ("questioned why the chair had …" doubts, ``ASKING_WITHOUT_ADDRESSEE``), or has a thing as its first object
    ("questioned the council's estimate, a figure …": see :func:`_can_be_asked`; the parser may hang an apposition
    as a second object)."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    alone = getattr(lang, "ASKING_WITHOUT_ADDRESSEE", None)
    asked = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return alone is None or verb.lemma_.lower() in alone or asked is not None and _can_be_asked(asked, lang)


def _can_be_asked(word: Token, lang: ModuleType) -> bool:
    """Whether an asking verb's object may be the one asked: a name, a pronoun, a noun for a person or a body
    ("questioned the minister", "pressed the council"); a common noun for a thing is doubted, not asked
    ("questioned the estimate", "the timing of the vote"), and whoever answers next is not its addressee."""
    if word.pos_ != "NOUN" or word.ent_type_:
        return True
    lemma = word.lemma_.lower()
    return lemma in lang.ROLE_NOUNS or lemma in lang.ORG_NOUNS


def _conjoined_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, or of the verb it is joined to when it has none ("X turned to Y and asked
    whether …": X asked)."""
    own = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return own if own or verb.dep_ != "conj" else [c for c in verb.head.children if c.dep_.startswith("nsubj")]


def _same_word(word: str, other: str, lang: ModuleType) -> bool:
    """"democrat" and "democratic", "texan" and "texas": one word, in the words of a person's introduction."""
    if word == other or len(word) >= 5 and len(other) >= 5 and (word.startswith(other) or other.startswith(word)):
        return True
    place = demonym_place(word, lang.DEMONYMS)
    return place is not None and place.lower() == other


def _singular_noun(noun: Token) -> bool:
    """A common noun marked singular and coordinated with nothing ("le ministre"): no antecedent for "ils"."""
    return noun.pos_ == "NOUN" and "Sing" in noun.morph.get("Number") and noun.tag_ != "NNS" \
        and not any(c.dep_ == "conj" for c in noun.children)


def _speaking_group(subject: Token, lang: ModuleType) -> bool:
    """A plural common noun that could speak ("les syndicats", "the unions"), or a name coordinated with another
    ("Marie Durand et Paul Petit")."""
    if subject.lower_ in lang.PRONOUNS:
        return False
    if _plural(subject):
        return could_speak(subject, lang)
    return subject.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children)


def _plural(noun: Token) -> bool:
    """A plural common noun ("des commerçantes", "the farmers'"): a class of people, the members a body gathers,
    not one person owning a description ("la présidente de l'association des commerçantes" is nobody's aide)."""
    return noun.pos_ == "NOUN" and ("Plur" in noun.morph.get("Number") or noun.tag_ == "NNS")


def _owner_within(word: Token, head: Token, *, cases: frozenset[str] | None = None) -> bool:
    """Whether a word of a description's phrase belongs to its owner or complement ("the prime minister's
    official spokesman", "a spokesman for the minister"): its path up to the head passes a possessive or a
    preposition's object; with ``cases``, only the object of one of those prepositions."""
    node = word
    while node.i != head.i and node.head.i != node.i:
        if cases is not None:
            if any(c.dep_ == "case" and c.lower_ in cases for c in node.children):
                return True
        elif node.dep_ in ("poss", "nmod:poss", "pobj", "nmod") or any(c.dep_ == "case" for c in node.children):
            return True
        node = node.head
    return False


def _possessor_article(child: Token) -> str:
    """The article of a common noun possessing a description, which is the description's ("a residents' group" is
    indefinite, "the farmers' union" definite); "" for any other child."""
    if child.dep_ not in ("poss", "nmod:poss") or child.pos_ != "NOUN":
        return ""
    return next((c.lower_ for c in child.children if c.dep_ == "det"), "")


def _owner_named(noun: Token) -> str:
    """"the" for a noun a name owns ("President Trump's nominee"): as definite as with an article."""
    return "the" if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children) else ""


def _person_noun(word: str, lang: ModuleType) -> bool:
    """A noun that names a person by role, title, kinship or agent ending ("ministre", "syndicaliste", "épouse",
    "agriculteur")."""
    word = word.lower()
    return word in lang.ROLE_NOUNS or word in lang.TITLES or word in lang.GENDERED_TITLES \
        or word in lang.KINSHIP_NOUNS \
        or word.endswith(tuple(getattr(lang, "AGENT_ENDINGS", ())))


def _claim_owner(mark: Token, lang: ModuleType) -> Token | None:
    """The owner of the claim noun whose phrase holds a quote mark, who is quoted in a sentence about someone
    else ("X took issue with Y's description of the talks as “constructive”. “…,” she said": she is X)."""
    noun = predicated_claim(mark, lang) or next((a for a in mark.ancestors if a.pos_ == "NOUN"
                                                 and a.lemma_.lower() in getattr(lang, "CLAIM_NOUNS", ())), None)
    return possessor(noun) if noun is not None else None


def _lower_case_tail(words: Span) -> list[Token]:
    """The lower-case words that end a phrase ("directeur général des services" before "(DGS)")."""
    tail: list[Token] = []
    for word in reversed(words):
        if not word.is_lower:
            break
        tail.insert(0, word)
    return tail


def _role_acronym(token: Token, lang: ModuleType) -> bool:
    """Whether a word is the press's usual acronym for a role (``ROLE_ACRONYMS``: "MD", "DG"), in capitals."""
    return token.text.isupper() and token.lower_ in lang.ROLE_ACRONYMS


def _role_lemmas(words: Sequence[Token], lang: ModuleType) -> list[str]:
    """The lemmas of the role nouns among some words, in order."""
    return [w.lemma_.lower() for w in words if w.lemma_.lower() in lang.ROLE_NOUNS]


def _spelt_by_initials(words: Span, acronym: str, lang: ModuleType) -> list[Token]:
    """The shortest run of words ending a phrase whose initials, small words optional, spell an acronym
    (:func:`~newsbrief.aliases.spells`: "président de la Délégation spéciale" for "PDS"): a role its acronym
    defines, though a body's capitalised name is in it; [] when they spell something else."""
    letters = fold_name(acronym)
    for start in range(len(words) - 1, -1, -1):
        if spells(letters, fold_name(words[start:].text).split(), lang, syllables=False):
            return list(words[start:])
    return []


def _name_closed(doc: Doc, comma: int) -> bool:
    """Whether the name after a comma ends on a punctuation mark or a bracket ("…, Michel Spiro, a dit", "…, Mme X
    (PS)."), as a name set off does, rather than going on with a word of its own clause ("…, X n'a rien")."""
    words = doc[comma + 1: min(len(doc), comma + 9)]
    first = next((k for k, t in enumerate(words) if t.text[:1].isupper()), None)
    if first is None:
        return True
    rest = [t for t in words[first:] if not (t.text[:1].isupper() or t.pos_ == "PROPN" or t.text in ("-", "'", "’"))]
    return not rest or rest[0].is_punct or rest[0].is_digit or rest[0].is_space
