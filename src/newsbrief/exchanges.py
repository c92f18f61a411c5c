"""Question-and-answer exchanges (a court hearing, an interview, a debate): who answers whom.

A quote's cue names its speaker; in an exchange the layout and the verbs of answering (``REPLYING_VERBS``) and of
going on (``CONTINUING_VERBS``) tell more:

- :func:`answerer`: a quote with no cue after a quoted question, a remark addressing someone by name, or a quote
  its cue puts to someone ("X put it to the witness: “…”", :func:`cue_addressee`), is the answer of someone other
  than the asker (of the one addressed, when named);
- :func:`replier`: "a-t-il répondu" whose pronoun went to the asker of the question just before is the person
  the asker spoke with;
- :func:`answer_to_question`: "she replied" a few sentences after a quoted question, others having spoken or been
  named since, is the person the question was put to;
- :func:`reply_to_another`: "a-t-elle rétorqué", "a répliqué la présidente" that went to the person who spoke
  just before is the one that person spoke with: one does not retort to oneself;
- :func:`pressing_after_answer`: "a-t-elle insisté" whose pronoun went to the person the sentence before reports
  answering ("Y lui a répondu que …") is the one Y answered, pressing on;
- :func:`answer_to_asking`: "she said" right after "X turned to Y and asked whether …", whose pronoun went to the
  asker X, is Y answering (a quoted question stays X's, and so does what follows a request: "X asked the board to
  hold …");
- :func:`answer_to_reported_question`: a quote with no cue after « La juge est intervenue pour lui demander
  pourquoi … », which the sentence before would give the judge, is the answer of the one she asked;
- :func:`counsel_of_client`: a pronoun whose quote speaks of « mon client » is the lawyer named near, not the
  judge named just before;
- :func:`description_in_exchange`: "ajoute l'agriculteur" right after a named quote is its speaker,
  "a rétorqué la conseillère d'Etat" the person that speaker addressed;
- :func:`attribute_exchange_turns`: paragraph-per-turn exchanges after a cued question alternate between asker
  and the one who last replied;
- :func:`attribute_answer_turns`: inside one or two paragraphs, a quote with no cue after a turn of each side
  goes back to the first of the two.

The first three attribute one quote while :func:`newsbrief.quotes.extract_quotes` walks the spans; the last two
revise the list once every quote has its cue.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from newsbrief.cues import Cue, sentence_subject, speech_lemma
from newsbrief.grammar import DEFINITE, determiner, is_asking_participle, noun_root
from newsbrief.quotespans import QuoteSpan
from newsbrief.records import Document, Quote
from newsbrief.roles import description_gender
from newsbrief.speakers import Resolved, SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def attribute_exchange_turns(quotes: list[Quote], spans: list[QuoteSpan], document: Document,
                             replying: frozenset[str], *, addressees: Mapping[int, str] | None = None) -> list[Quote]:
    """An exchange reported turn by turn: after a question opening its paragraph with a cue ("“When did you
    learn of it?” X asked."), the quotes with no cue that follow, each alone in the next paragraph, are answers by
    the person the question addresses by name (``addressees``: quote start -> that person, see :func:`addressee`:
    "“Mr Y, where is this going?” X asked."), else by the one who last replied to someone else (a cue of
    ``replying``: "Y replied") and, when questions, X's again ("“In July.” ¶ “Not before?” ¶ “No.”"); not the
    asker's throughout."""
    addressees = addressees or {}
    result, asker, answerer = list(quotes), None, None
    for i, (quote, span) in enumerate(zip(result, spans)):
        turn = i > 0 and quote.kind == "speech" and not quote.cue and asker is not None \
            and spans[i - 1].block == span.block - 1 and _alone_in_paragraph(span, document)
        if turn:
            asking = quote.text.rstrip().endswith("?")
            speaker = asker if asking else answerer
            result[i] = replace(quote, speaker=speaker, speaker_mention=None, resolution="previous")
            continue
        asker = answerer = None
        if quote.kind == "speech" and quote.cue is not None and quote.text.rstrip().endswith("?") \
                and opens_paragraph(span, document):
            answerer = addressees.get(quote.start) or next(
                (q.speaker for q in reversed(result[:i]) if q.kind == "speech" and q.cue in replying
                 and q.speaker and q.speaker != quote.speaker), None)
            asker = quote.speaker if answerer is not None and quote.speaker else None
    return result


def attribute_answer_turns(quotes: list[Quote], spans: list[QuoteSpan], replying: frozenset[str], *,
                           addressees: Mapping[int, str] | None = None) -> list[Quote]:
    """In a question-and-answer exchange (a court hearing, an interview), a quote with no cue right after a turn
    of each side continues the exchange: a question after Y's reply (a cue of ``replying``) to X's question is
    X's again (« … ? », interroge la présidente. « … », répond le prévenu. « Et votre épouse ? »), and an answer
    after X's question that follows Y's reply is Y's (« … », répond le prévenu. « … ? », reprend la magistrate.
    « Parce que … »), unless X's question addresses someone else by name (``addressees``, see
    :func:`attribute_exchange_turns`). The three quotes follow one another in one paragraph or the next."""
    addressees = addressees or {}
    result = list(quotes)
    for i in range(2, len(result)):
        quote, first, second = result[i], result[i - 2], result[i - 1]
        near = spans[i].block - spans[i - 2].block <= 2 and spans[i].block - spans[i - 1].block <= 1
        if quote.kind != "speech" or quote.cue or not near or first.kind != "speech" or second.kind != "speech" \
                or not (first.speaker and second.speaker) or first.speaker == second.speaker:
            continue
        asking = quote.text.rstrip().endswith("?")
        if asking and _asks(first) and second.cue in replying or not asking and first.cue in replying \
                and _asks(second):  # either way the turn goes back to the first of the two
            speaker = (None if asking else addressees.get(second.start)) or first.speaker
            result[i] = replace(quote, speaker=speaker, speaker_mention=None, resolution="previous")
    return result


def answerer(previous: tuple[Quote, int], open_token: Token, resolver: SpeakerResolver) -> Resolved | None:
    """Who answers a question (an exchange in court, a debate, an interview): a quote without cue in one of the
    two sentences after a quoted question is not the one who asked it, but the person the sentence between names
    as its subject ("Le prévenu marque un temps."), else the person it addresses by name, else the one a clitic
    of its asking sentence or the one before stands for ("« … ? » l'a interrogé la magistrate", see
    :meth:`SpeakerResolver.addressed_by_clitic`), else the last other person who spoke in the question's paragraph
    or the one before. A remark addressing someone by name ("“…,
    Mr. Okoro,” the judge remarked. ¶ “…”") or put to someone by its cue ("X put it to the witness: “…” ¶ “…”") is
    answered as a question is. None when the quote follows neither."""
    quote, sentence = previous
    here = resolver.sentence_index(open_token)
    asked = quote.text.rstrip(" »\"”").endswith("?")
    addressed = addressee(quote, resolver) or cue_addressee(quote, resolver) if quote.speaker is not None else None
    if quote.speaker is None or not (asked or addressed) or not 0 < here - sentence <= 2:
        return None
    if here - sentence == 2:
        between = resolver.sentences[here - 1]
        subject = sentence_subject(between) or noun_root(between)
        if subject is not None and not resolver.in_quote(subject.idx):
            resolved = resolver.resolve(subject, at=open_token.idx)
            if resolved[0] is not None and resolved[0] != quote.speaker:
                return resolved
    if addressed is not None:  # « Monsieur X, comment expliquez-vous … ? » « … »: X answers
        return addressed, None, "previous"
    opening = resolver.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    spoken_to = resolver.addressed_by_clitic(opening[0], quote.speaker) if opening is not None else None
    if spoken_to is not None:  # « … ? » l'a interrogé la magistrate. « … »: the one she questioned
        return spoken_to, None, "previous"
    others = _people_quoted_nearby(quote.start, resolver, besides=quote.speaker)
    if not others:  # « … ? », lui a-t-elle demandé. « … »: the one she spoke with
        spoken_with = resolver.interlocutor(open_token, quote.speaker)
        if spoken_with is not None:
            return spoken_with, None, "previous"
        return (None, None, "unknown") if _asks_someone(quote.text, resolver.lang) else None
    return others[-1], None, "previous"


def not_the_one_addressed(quote: Quote, resolver: SpeakerResolver) -> str | None:
    """The other side of an exchange for a quote with no cue, or one the sentence before attributes, given to
    someone it addresses by role ("“…, Your Worship.”" after the magistrate's reply, "“…, senator.”" after the
    senator's retort): one does not address oneself, so the last other person quoted nearby speaks; None when the
    quote addresses no role its speaker holds, or no one else spoke."""
    roles = addressed_roles(quote.text, resolver.lang)
    mention = set((quote.speaker_mention or "").casefold().split())
    if quote.speaker is None or not roles or not (roles & mention or resolver.holds_role(quote.speaker, roles)):
        return None
    others = _people_quoted_nearby(quote.start, resolver, besides=quote.speaker, back=3)  # turn by turn
    return others[-1] if others else None


def addressed_roles(text: str, lang: ModuleType) -> frozenset[str]:
    """The roles a quote speaks to by a term of address set off by commas, a sentence's end or its edges
    (``ADDRESS_TERMS``: "…, Your Honour.", "…, Your Honour. It is not …", "Because, my lord, …") or by a role noun
    set off at its end ("…, senator.")."""
    folded = text.casefold().strip(" \"“”«»'’.!?")
    roles = {role for term, held in getattr(lang, "ADDRESS_TERMS", {}).items()
             if re.search(rf"(^|[,.!?])\s*{re.escape(term)}\s*([,.!?]|$)", folded) for role in held}
    last = re.search(r",\s*(\w+)$", folded)
    return frozenset(roles | ({last.group(1)} if last and last.group(1) in lang.ROLE_NOUNS else set()))


def addressee(question: Quote, resolver: SpeakerResolver) -> str | None:
    """The person a question addresses by a title and name set off at its edges or by commas, as a judge or an
    interviewer does (« Monsieur Mérignac, comment expliquez-vous … ? », « Et vos chauffeurs, madame Roux ? »):
    the one who answers; None when it addresses no one so, or the asker (``ADDRESS_TITLES``)."""
    titles = getattr(resolver.lang, "ADDRESS_TITLES", frozenset())
    span = resolver.doc.char_span(question.start, question.end, alignment_mode="expand") if titles else None
    for title in span if span is not None else ():
        opening = title.i == span.start or title.nbor(-1).is_quote or title.nbor(-1).text == ","
        if title.lower_ not in titles or not opening or title.i + 1 >= span.end or not _closes_address(title, span.end):
            continue
        name = resolver.mention_at(title.nbor())
        if name is not None and name != question.speaker and resolver.table.label_of(name) == "PER":
            return name
    return None


def cue_addressee(quote: Quote, resolver: SpeakerResolver) -> str | None:
    """The person a quote's cue puts it to, by an addressing verb and its object or preposition
    (``ADDRESSING_CUES``: "X put it to the witness: “…”", "X asked Y: “…”"): the one who answers; None when the
    cue addresses no person of the article, or the speaker."""
    how = getattr(resolver.lang, "ADDRESSING_CUES", {}).get(quote.cue or "")
    span = resolver.doc.char_span(quote.start, quote.end, alignment_mode="expand") if how is not None else None
    if span is None:
        return None
    verb = (quote.cue or "").split()[0]
    cued = [t for t in span[0].sent if t.lemma_.lower() == verb and not quote.start <= t.idx < quote.end]
    spoken_to = next((o for t in cued if (o := _addressed_object(t, how)) is not None), None)
    named = resolver.resolve(spoken_to, at=quote.start)[0] if spoken_to is not None else None
    return named if named not in (None, quote.speaker) and resolver.table.label_of(named) == "PER" else None


def _addressed_object(verb: Token, preposition: str) -> Token | None:
    """The one a verb speaks to: the object of its ``preposition`` ("put it to the witness"), or its own object
    or dative when ``preposition`` is empty ("asked Y")."""
    if preposition:
        heads = [c for c in verb.children if c.lower_ == preposition]
        return next((o for h in heads for o in h.children if o.dep_ in ("pobj", "obj", "obl")), None)
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "iobj")
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _closes_address(title: Token, end: int) -> bool:
    """Whether the name after an address title is set off at its end too, by punctuation or the quote's end ("…,
    Mrs Lee?", "Mr Ellington, where …"): a vocative, not the subject of a verb ("Mr. Lazar sold parts …")."""
    after = next((t for t in title.doc[title.i + 1: end] if not (t.pos_ == "PROPN" or t.text[:1].isupper()
                                                                   or t.text in ("-", "‐"))), None)
    return after is None or after.is_punct


def _asks_someone(text: str, lang: ModuleType) -> bool:
    """Whether a question speaks to someone in the second person (« Pourquoi ne pas vous être arrêté ? »): asked
    of another, not a question its speaker goes on to answer (« Qui paiera ? Les contribuables. »)."""
    words = set(re.findall(r"\w+['’]?", text.casefold()))
    return bool(words & getattr(lang, "SECOND_PERSON_WORDS", frozenset()))


def replier(speaker: str, pronoun: Token, previous: tuple[Quote, int] | None, resolver: SpeakerResolver,
             lang: ModuleType) -> str | None:
    """Who a pronoun answering a question stands for ("« Où sont les policiers ? », a-t-il lancé. « … »,
    a-t-il répondu"): one does not answer one's own question, so when the pronoun went to the asker of the
    question just before (within two sentences), or of a reply just before (one does not retort to one's own
    reply: "“…,” she replied. ¶ “…,” she shot back"), or to the one the sentence before says asked someone ("X
    pressed Y to explain …. “…,” he replied"), the person the asker spoke with; else None."""
    replying = lang.REPLYING_VERBS
    if previous is not None and previous[1] == resolver.sentence_index(pronoun) and previous[0].cue in replying \
            and previous[0].resolution == "pronoun" and previous[0].speaker:
        return previous[0].speaker  # the quote's second piece after the incise ("“…,” she shot back, “…”")
    asked = previous is not None and previous[0].speaker == speaker \
        and (previous[0].text.rstrip(" »\"”").endswith("?") or previous[0].cue in replying) \
        and 0 <= resolver.sentence_index(pronoun) - previous[1] <= 2
    if not asked and resolver.asker_before(pronoun) != speaker:
        return None
    return _interlocutor(speaker, pronoun, resolver, lang)


def answer_to_question(speaker: str, pronoun: Token, resolver: SpeakerResolver, lang: ModuleType) -> str | None:
    """Who a pronoun in a replying cue stands for when a quoted question came within the six sentences before,
    and others spoke or were named since ("“…?” X asked. ¶ Y objected. The judge overruled her. ¶ “…,” she
    replied"): the answer is the question's, so its speaker is the one the asker put it to, the last person of
    the pronoun's gender named before the question (:meth:`SpeakerResolver.interlocutor`), not someone named
    after it nor one the question speaks of ("“So it reached Mr X?”"); None when the pronoun already went to
    that person or the asker (see :func:`replier`)."""
    question = _last_question_before(pronoun, resolver, back=6)
    if question is None:
        return None
    opening, asker = question
    word = _pronoun_word(pronoun)
    quoted = next(((a, b) for a, b in resolver.quoted if a <= opening.idx < b), (opening.idx, opening.idx))
    spoken_of = frozenset(name for m, name in resolver.table.mentions if quoted[0] <= m.start < quoted[1])
    asked = resolver.interlocutor(opening, asker, gender=lang.PRONOUN_GENDERS.get(word), besides=spoken_of)
    return asked if asked is not None and speaker not in (asked, asker) else None


def _last_question_before(token: Token, resolver: SpeakerResolver, *, back: int) -> tuple[Token, str] | None:
    """The opening token and the speaker of the last quote before ``token`` that asks a question, when it opens
    within ``back`` sentences before the token's and has a person for its speaker."""
    text, here = resolver.text, resolver.sentence_index(token)
    spoken = dict(resolver.speakers)
    asking = [(start, end) for start, end in resolver.quoted if end <= token.idx and start in spoken
              and text[start:end].rstrip(" »\"”").endswith("?")]
    opening = token.doc.char_span(*asking[-1], alignment_mode="expand") if asking else None
    if opening is None or here - resolver.sentence_index(opening[0]) > back \
            or resolver.table.label_of(spoken[asking[-1][0]]) != "PER":
        return None
    return opening[0], spoken[asking[-1][0]]


def reply_to_another(speaker: str, token: Token, open_token: Token, previous: tuple[Quote, int] | None,
                     resolver: SpeakerResolver, lang: ModuleType) -> str | None:
    """Who a pronoun or a description in a replying cue stands for ("« … », a lancé X. « … », a répliqué la
    présidente"; "X lui a répondu que …. « … », a-t-elle rétorqué"): one does not retort to oneself, so when it
    went to the person who spoke last (:func:`_replied_to`), the person of its gender that one spoke with (named in
    the sentences before, else quoted in the paragraph or the one before); None when someone asked in between or
    the cue's own sentence says its subject was asked ("Interrogé sur …, il a répondu : « … »": the answer to an
    unnamed asker), or otherwise."""
    word = _pronoun_word(token)
    if resolver.asker_before(token) is not None or any(is_asking_participle(t, lang) for t in token.sent) \
            or speaker != _replied_to(open_token, previous, resolver, lang, pronoun=word in lang.PRONOUN_GENDERS):
        return None
    gender = lang.PRONOUN_GENDERS.get(word) if word in lang.PRONOUN_GENDERS else description_gender(token)
    spoken_with = resolver.interlocutor(token, speaker, gender=gender)
    if spoken_with is not None:
        return spoken_with
    others = _people_quoted_nearby(open_token.idx, resolver, besides=speaker, gender=gender)
    return others[-1] if others else None


def pressing_after_answer(speaker: str, pronoun: Token, open_token: Token, cue_word: str,
                          resolver: SpeakerResolver, lang: ModuleType) -> str | None:
    """Who a pronoun in a cue of pressing (``PRESSING_VERBS``: "a-t-elle insisté") stands for when it went to the
    person the sentence just before the quote reports answering in a clause of its own ("X lui a répondu que …",
    "X replied that …"): that turn is over, and the one who presses is the one X answered, the topic of the
    paragraph's sentence before the answer (see :meth:`SpeakerResolver.topic_besides`); None otherwise."""
    here = resolver.sentence_index(open_token)
    if cue_word not in lang.PRESSING_VERBS or here == 0:
        return None
    answer = resolver.sentences[here - 1]
    if speech_lemma(answer.root, lang) not in lang.REPLYING_VERBS \
            or _reported_speaker(answer, resolver, lang) != speaker:
        return None
    return resolver.topic_besides(answer[0], speaker, gender=lang.PRONOUN_GENDERS.get(_pronoun_word(pronoun)))


def _replied_to(open_token: Token, previous: tuple[Quote, int] | None, resolver: SpeakerResolver,
                lang: ModuleType, *, pronoun: bool) -> str | None:
    """Who spoke last before a reply opening at ``open_token``: the speaker of the quote in its sentence or the one
    before, else the person the sentence before reports as speaking in a clause of their own ("X lui a répondu que
    …": a finished turn), else the speaker of the quote two sentences before ("X lui a répondu : « … » Sa collègue
    n'a pas désarmé."). For a pronoun, not the speaker of a fragment quoted in the sentence before, whose reply it
    goes on with ("X a défendu un « choix juste ». « … », a-t-elle répliqué")."""
    here = resolver.sentence_index(open_token)
    distance = here - previous[1] if previous is not None else -1
    quoted = previous[0].speaker if previous is not None and 0 <= distance <= 2 else None
    if distance == 1 and pronoun and previous is not None and previous[0].fragment:
        return None
    if quoted is not None and distance <= 1 or here == 0:
        return quoted
    return _reported_speaker(resolver.sentences[here - 1], resolver, lang) or quoted


def _reported_speaker(sentence: Span, resolver: SpeakerResolver, lang: ModuleType) -> str | None:
    """The person a sentence names as the subject of a speech verb reporting what they said in a clause of its
    own, outside quotes ("Mme X lui a rappelé que …")."""
    root = sentence.root
    if speech_lemma(root, lang) is None or not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)
                                                   for c in root.children):
        return None
    subject = sentence_subject(sentence)
    if subject is None or resolver.in_quote(subject.idx):
        return None
    named = [n for t in (subject, *subject.children) if t.i == subject.i or t.dep_.startswith("flat")  # "Mme X"
             if (n := resolver.mention_at(t)) is not None and resolver.table.label_of(n) == "PER"]
    return named[0] if named else None


def _people_quoted_nearby(before: int, resolver: SpeakerResolver, *, besides: str | None,
                          gender: str | None = None, back: int = 1) -> list[str]:
    """The people quoted before the offset ``before``, in its paragraph or the ``back`` ones before, in order,
    but ``besides`` and those whose known gender disagrees with ``gender`` (None: any): the other side of an
    exchange, when the sentences just before no longer name it."""
    floor = _paragraphs_start(before, resolver, back=back)
    return [name for at, name in resolver.speakers if floor <= at < before and name != besides
            and resolver.table.label_of(name) == "PER" and resolver.compatible(name, gender)]


def _paragraphs_start(before: int, resolver: SpeakerResolver, *, back: int) -> int:
    """The offset where the paragraph ``back`` paragraphs before the one holding ``before`` starts (0 when there
    are fewer): how far back an exchange's other side may have been named."""
    opening = resolver.paragraph_start(before)
    earlier = [start for start, _ in resolver.paragraphs if start < opening]
    return earlier[-back] if len(earlier) >= back else 0


def counsel_of_client(speaker: str, pronoun: Token, text: str, resolver: SpeakerResolver,
                      lang: ModuleType) -> str | None:
    """Who a pronoun stands for when its quote speaks of « mon client » (``CLIENT_WORDS``): a lawyer's plea, so
    when the pronoun went to someone the article makes no lawyer (the presiding judge named in the sentence just
    before: « Me X a plaidé … La présidente Y a relu le dossier. « Mon client … », a-t-elle insisté »), the
    nearest lawyer of its gender (``COUNSEL_ROLE``: "Me X", "l'avocate, X") named in its paragraph or the one
    before; else None."""
    counsel = frozenset({getattr(lang, "COUNSEL_ROLE", "")})
    folded = text.casefold()
    if not any(re.search(rf"\b{phrase}\b", folded) for phrase in getattr(lang, "CLIENT_WORDS", ())) \
            or resolver.holds_role(speaker, counsel):
        return None
    gender = lang.PRONOUN_GENDERS.get(_pronoun_word(pronoun))
    floor = _paragraphs_start(pronoun.idx, resolver, back=1)
    named = sorted(((m.start, n) for m, n in resolver.table.mentions if floor <= m.start < pronoun.idx), reverse=True)
    return next((n for _, n in named if n != speaker and resolver.holds_role(n, counsel)
                 and resolver.compatible(n, gender)), None)


def answer_to_asking(speaker: str, pronoun: Token, text: str, resolver: SpeakerResolver,
                     lang: ModuleType) -> str | None:
    """Who a pronoun speaking right after a sentence telling that someone asked stands for ("X turned to Y and
    asked whether …. “…,” she said"), when it went to that asker: the answer is the one asked's; a question is
    still the asker's own ("“…?” she said"); else None."""
    if text.rstrip(" »\"”").endswith("?") or resolver.asker_before(pronoun) != speaker \
            or _requested(pronoun, resolver, lang):
        return None
    return _interlocutor(speaker, pronoun, resolver, lang)


def _requested(pronoun: Token, resolver: SpeakerResolver, lang: ModuleType) -> bool:
    """Whether the sentence before the pronoun's asks someone to do something, by an asking verb governing an
    infinitive ("X asked the commission to hold its next hearing in the evening", « lui a demandé de conclure »): a
    request, not a question, which the one asked does not answer in the next quote."""
    here = resolver.sentence_index(pronoun)
    asking = lang.ASKING_VERBS
    return here > 0 and any(t.lemma_.lower() in asking and any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")
                                                                for c in t.children)
                            for t in resolver.sentences[here - 1])


def _interlocutor(speaker: str, pronoun: Token, resolver: SpeakerResolver, lang: ModuleType) -> str | None:
    """The person ``speaker`` spoke with, of the pronoun's gender ("a-t-il", "she"): who answers the asker."""
    word = _pronoun_word(pronoun)
    return resolver.interlocutor(pronoun, speaker, gender=lang.PRONOUN_GENDERS.get(word))


def description_in_exchange(cue: Cue, open_token: Token, previous: tuple[Quote, int] | None,
                             resolver: SpeakerResolver, lang: ModuleType) -> str | None:
    """A definite description no rule resolved, in the cue of a quote that opens within a sentence of a named
    person's quote: one going on ("« … », ajoute l'agriculteur", ``CONTINUING_VERBS``) is that person; one answering
    ("« … », a rétorqué la conseillère d'Etat", ``REPLYING_VERBS``) is the person that speaker spoke with, named
    in the sentences before. None otherwise: the description stays as the article words it."""
    token = cue.speaker
    if previous is None or token is None or determiner(token) not in DEFINITE or "Plur" in token.morph.get("Number"):
        return None
    quote, sentence = previous
    if quote.speaker is None or resolver.table.label_of(quote.speaker) != "PER" \
            or not 0 <= resolver.sentence_index(open_token) - sentence <= 1:
        return None
    gender = description_gender(token)
    if cue.word in lang.CONTINUING_VERBS:
        return quote.speaker if resolver.compatible(quote.speaker, gender) else None
    if cue.word in lang.REPLYING_VERBS:
        return resolver.interlocutor(token, quote.speaker, gender=gender)
    return None


def answer_to_reported_question(quote: Quote, cue: Cue, open_token: Token, resolver: SpeakerResolver,
                                lang: ModuleType) -> str | None:
    """Who speaks a quote with no cue of its own that the sentence before gives its subject ("context"), when
    that subject asks someone a question there, reported, not quoted (an asking verb with the one asked as its
    clitic or object and an indirect question: « La juge est intervenue pour lui demander pourquoi il … . « … » »,
    "The judge asked the witness whether she …. “…”"): a statement after it answers, so the one asked speaks
    (named by the clitic, see :meth:`SpeakerResolver.addressed_by_clitic`, else by the object, else the last other
    person named before). None for a question (the asker's own), or when the sentence asks nobody so."""
    here = resolver.sentence_index(open_token)
    if cue.how != "context" or quote.speaker is None or here == 0 or quote.text.rstrip(" »\"”").endswith("?"):
        return None
    asked = next((a for t in resolver.sentences[here - 1] if (a := _one_asked(t, lang)) is not None), None)
    if asked is None:
        return None
    spoken_to = resolver.addressed_by_clitic(open_token, quote.speaker)
    named = resolver.resolve(asked, at=open_token.idx)[0] if spoken_to is None and asked.pos_ != "PRON" else None
    if named is not None and named != quote.speaker and resolver.table.label_of(named) == "PER":
        return named
    return spoken_to or resolver.interlocutor(open_token, quote.speaker)


def _one_asked(verb: Token, lang: ModuleType) -> Token | None:
    """The one an asking verb (``ASKING_VERBS``) puts an indirect question to, a clitic or an object (« lui
    demander pourquoi … », "asked the witness whether …"); None when it asks no question (« demander à l'État de
    revoir sa copie »: a request) or no one, or when not the sentence's subject asks."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lang.ASKING_VERBS:
        return None
    if verb.dep_ != "ROOT" and any(c.dep_.startswith("nsubj") for c in verb.children):
        return None  # a clause with an asker of its own: « Quand on lui demande si …, X marque un temps »
    question = any(c.dep_ == "ccomp" and _opens_question(c, lang) for c in verb.children)
    asked = next((c for c in verb.children if c.dep_ in ("iobj", "obj", "dobj")
                  and (c.pos_ in ("PRON", "PROPN") or c.pos_ == "NOUN" and c.lemma_.lower() in lang.ROLE_NOUNS)), None)
    return asked if question else None


def _opens_question(clause: Token, lang: ModuleType) -> bool:
    """Whether a clause is an indirect question: opened by a question word ("pourquoi", "why", "how") or a
    question mark word (``QUESTION_MARKS``: "whether", « si »)."""
    first = clause.left_edge
    return "Int" in first.morph.get("PronType") or first.tag_ in ("WRB", "WP") \
        or first.lower_ in getattr(lang, "QUESTION_MARKS", ())


def _asks(quote: Quote) -> bool:
    """A question with its cue."""
    return bool(quote.cue) and quote.text.rstrip().endswith("?")


def opens_paragraph(span: QuoteSpan, document: Document) -> bool:
    """Whether a quote's opening mark starts its block."""
    return not document.text[document.blocks[span.block].start: span.open_at].strip()


def _alone_in_paragraph(span: QuoteSpan, document: Document) -> bool:
    """Whether a quote is all its block holds, but for a final full stop."""
    block = document.blocks[span.block]
    after = document.text[span.close_at + 1: block.end].strip() if span.close_at is not None else ""
    return opens_paragraph(span, document) and after in ("", ".")


def _pronoun_word(token: Token) -> str:
    """A subject clitic as the pronoun lists write it ("-t-elle" -> "elle")."""
    return token.lower_.lstrip("-").replace("t-", "")
