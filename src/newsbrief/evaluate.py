"""Score newsbrief's output against gold annotations (pure functions: dicts in, reports out, no file I/O).

Four measures, each returning a frozen report with ``as_dict`` and ``format_table``:

* :func:`score_quotes` follows the Scoring section of ``ANNOTATION-SPEC.md``. Texts are normalised (quote
  marks, apostrophes, spaces, case) and split into word tokens; the shared text of a system/gold pair is the
  number of tokens in the matching blocks of :class:`difflib.SequenceMatcher`. A pair matches at threshold ``t``
  when the shared tokens cover at least ``t`` of both quotes (0.3 lenient, 0.8 strict); pairs are taken one to
  one, best first (score ``min(shared/len_sys, shared/len_gold)``, ties in document order). Choices the spec
  leaves open:

  - Only gold ``speech`` quotes are targets. Repeats are counted once, on *both* sides: two quotes are the same
    when their normalised word tokens are equal (so a headline repeating a body quote without its final full
    stop is still a repeat), and a system that finds both occurrences is not charged a false positive.
  - System quotes of kind ``scare`` or ``title`` are the system saying "not speech": they are not system speech
    quotes and count neither as TP nor FP.
  - A system speech quote left unpaired that matches a gold ``scare``/``title`` span at the lenient threshold is
    left out of precision (reported as ``excluded``).
  - Speaker accuracy and attribution are computed per threshold over that threshold's pairs; the headline
    speaker accuracy is the lenient one. Attribution precision is correct-speaker pairs over counted system
    quotes (tp + fp), recall correct-speaker pairs over gold speech quotes.

* :func:`score_entities` measures the entity table against the gold's most-mentioned entities (see
  :func:`row_matches_entity` for when a system row stands for a gold entity).
* :func:`score_keyphrases` is the usual Wikinews keyphrase measure: Snowball-stemmed token sequences, exact
  match, stemmed duplicates removed, P/R/F at k macro-averaged over documents.
* :func:`score_themes` is a loose measure of the themes against the gold's short theme descriptions (see
  :func:`theme_covers`): the share of gold themes some system theme covers, and the share of system themes that
  cover a gold theme (the others are themes no annotator named).

Every report keeps per-document results and micro totals (summed counts) except keyphrases (macro, as usual).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, TypeVar

from newsbrief.lang import stop_words
from newsbrief.names import fold_accents

LENIENT = 0.3
STRICT = 0.8
MAX_GOLD_ENTITIES = 8
NOT_SPEECH = frozenset({"scare", "title"})
PERSON_LABELS = frozenset({"PER", "PERSON"})

_QUOTE_MARKS = str.maketrans({c: '"' for c in "«»“”„‟‹›\"″"} | {c: "'" for c in "’‘ʼ‛`´"})
_STOP_TOKENS = frozenset(
    "le la les l de du des d un une the of a an one m mme mlle mr mrs ms dr sir president".split()
)


# ---------------------------------------------------------------------------------------------------- shared


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


_Counts = TypeVar("_Counts")


def _summed(a: _Counts, b: _Counts) -> _Counts:
    """Two dataclasses of counts added field by field (micro totals over documents)."""
    return type(a)(*(x + y for x, y in zip(asdict(a).values(), asdict(b).values())))  # type: ignore[call-overload]


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


def normalise_text(text: str) -> str:
    """Quote marks to ``"``, apostrophes to ``'``, every run of spaces (NBSP, narrow NBSP too) to one, casefold."""
    return " ".join(text.translate(_QUOTE_MARKS).split()).casefold()


def word_tokens(text: str) -> tuple[str, ...]:
    """The word tokens of the normalised text (letters and digits; marks and apostrophes split)."""
    return tuple(re.findall(r"[^\W_]+", normalise_text(text)))


def _name_tokens(name: str) -> list[tuple[str, bool]]:
    """(folded casefolded token, capitalised in the original) for each run of letters of ``name``."""
    return [(t.casefold(), t[0].isupper()) for t in re.findall(r"[^\W\d_]+", fold_accents(name))]


def _abbreviates(short: list[tuple[str, bool]], name: list[tuple[str, bool]]) -> bool:
    """Whether a one-word name is the acronym of a longer one: the initials of its capitalised words, or of all
    its words ("WLGA" of "Welsh Local Government Association", "Cosla" of "Convention of Scottish Local
    Authorities"), as the entity table merges them."""
    if len(short) != 1 or len(name) < 2 or len(short[0][0]) < 2:
        return False
    initials = ("".join(t[0] for t, cap in name if cap), "".join(t[0] for t, _ in name))
    return short[0][0] in initials


def _content(tokens: Iterable[tuple[str, bool]]) -> set[str]:
    return {t for t, _ in tokens if t not in _STOP_TOKENS}


def _document_id(system: dict[str, Any], gold: dict[str, Any]) -> str:
    document = system.get("document") or {}
    return str(gold.get("file") or document.get("id") or document.get("path") or "?")


# ---------------------------------------------------------------------------------------------------- speakers


def speakers_match(system: str | None, gold: str | None) -> bool:
    """Whether a system speaker names the gold speaker (accent-folded, casefolded name tokens).

    Stop tokens (le, de, the, M., Mme, président...) are ignored; English "one" is one of them, as French « un » is,
    because it is the indefinite determiner of an unnamed source ("One senator" = "a senator"). The names match when
    either content-token set contains the other ("Tokaïev" and "Kassym-Jomart Tokaïev"), or when they share a
    capitalised gold token of four letters or more and every capitalised token of the system is in the gold ("M.
    Tokaïev, chef de l'État" against "Kassym-Jomart Tokaïev"). Namesakes do not match ("Jean-Marie Le Pen" / "Marine
    Le Pen"), nor do different spellings ("Tokayev" / "Tokaïev"). An acronym matches the name it abbreviates
    ("WLGA"). A null (or blank) gold speaker matches only a null system one.
    """
    if not (gold and gold.strip()) or not (system and system.strip()):
        return not (gold and gold.strip()) and not (system and system.strip())
    sys_tokens, gold_tokens = _name_tokens(system), _name_tokens(gold)
    if _abbreviates(sys_tokens, gold_tokens) or _abbreviates(gold_tokens, sys_tokens):
        return True
    sys_content, gold_content = _content(sys_tokens), _content(gold_tokens)
    if sys_content and gold_content and (sys_content <= gold_content or gold_content <= sys_content):
        return True
    gold_names = {t for t, cap in gold_tokens if cap and len(t) >= 4 and t not in _STOP_TOKENS}
    sys_names = {t for t, cap in sys_tokens if cap and t not in _STOP_TOKENS}
    return bool(gold_names & sys_content) and sys_names <= gold_content


# ---------------------------------------------------------------------------------------------------- quotes


@dataclass(frozen=True)
class QuoteScore:
    """Counts at one overlap threshold; rates are derived (and included in ``as_dict``)."""

    threshold: float
    tp: int = 0
    fp: int = 0
    fn: int = 0
    excluded: int = 0
    speaker_correct: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_correct, self.tp)

    @property
    def attribution_precision(self) -> float:
        return _ratio(self.speaker_correct, self.tp + self.fp)

    @property
    def attribution_recall(self) -> float:
        return _ratio(self.speaker_correct, self.tp + self.fn)

    @property
    def attribution_f1(self) -> float:
        return _f1(self.attribution_precision, self.attribution_recall)

    def __add__(self, other: QuoteScore) -> QuoteScore:
        counts = ("tp", "fp", "fn", "excluded", "speaker_correct")
        return QuoteScore(self.threshold, *(getattr(self, c) + getattr(other, c) for c in counts))

    def as_dict(self) -> dict[str, Any]:
        rates = ("precision", "recall", "f1", "speaker_accuracy")
        rates += ("attribution_precision", "attribution_recall", "attribution_f1")
        return {**asdict(self), **{r: getattr(self, r) for r in rates}}


@dataclass(frozen=True)
class DocumentQuoteScore:
    document: str
    lenient: QuoteScore
    strict: QuoteScore

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "lenient": self.lenient.as_dict(), "strict": self.strict.as_dict()}


@dataclass(frozen=True)
class QuoteReport:
    """Micro totals (counts summed over documents) and the per-document scores."""

    lenient: QuoteScore
    strict: QuoteScore
    documents: tuple[DocumentQuoteScore, ...]

    @property
    def speaker_accuracy(self) -> float:
        return self.lenient.speaker_accuracy

    def as_dict(self) -> dict[str, Any]:
        return {
            "lenient": self.lenient.as_dict(),
            "strict": self.strict.as_dict(),
            "speaker_accuracy": self.speaker_accuracy,
            "documents": [d.as_dict() for d in self.documents],
        }

    def format_table(self) -> str:
        head = f"{'quotes':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'excl':>6}"
        head += "".join(f"{h:>8}" for h in ("P", "R", "F1", "spk.acc", "attr.F1"))
        named = (("lenient", self.lenient), ("strict", self.strict))
        rows = [_quote_row(f"{name} {score.threshold:g}", score) for name, score in named]
        return "\n".join([head, *rows, f"documents: {len(self.documents)}"])


def _quote_row(name: str, s: QuoteScore) -> str:
    rates = (s.precision, s.recall, s.f1, s.speaker_accuracy, s.attribution_f1)
    counts = f"{name:<14}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.excluded:>6}"
    return counts + "".join(f"{r:>8.3f}" for r in rates)


@dataclass(frozen=True)
class _Span:
    tokens: tuple[str, ...]
    speaker: str | None


def _unique_spans(quotes: Iterable[dict[str, Any]]) -> list[_Span]:
    """Spans with distinct token sequences, first occurrence kept (a repeat counts once)."""
    seen: dict[tuple[str, ...], _Span] = {}
    for quote in quotes:
        tokens = word_tokens(quote.get("text") or "")
        seen.setdefault(tokens, _Span(tokens, quote.get("speaker")))
    return list(seen.values())


def _overlap(system: tuple[str, ...], gold: tuple[str, ...]) -> float:
    """min(shared/len(system), shared/len(gold)), shared = tokens in SequenceMatcher's matching blocks."""
    if not system or not gold:
        return 0.0
    matcher = difflib.SequenceMatcher(None, system, gold, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return min(shared / len(system), shared / len(gold))


def _pair(system: list[_Span], gold: list[_Span], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (system index, gold index) pairs over the threshold, best overlap first."""
    candidates = [
        (score, i, j)
        for i, s in enumerate(system)
        for j, g in enumerate(gold)
        if (score := _overlap(s.tokens, g.tokens)) >= threshold
    ]
    candidates.sort(key=lambda c: -c[0])
    pairs: list[tuple[int, int]] = []
    used_sys: set[int] = set()
    used_gold: set[int] = set()
    for _, i, j in candidates:
        if i not in used_sys and j not in used_gold:
            pairs.append((i, j))
            used_sys.add(i)
            used_gold.add(j)
    return pairs


def _score_at(system: list[_Span], gold: list[_Span], other: list[_Span], threshold: float) -> QuoteScore:
    pairs = _pair(system, gold, threshold)
    paired = {i for i, _ in pairs}
    excluded = sum(
        1
        for i, s in enumerate(system)
        if i not in paired and any(_overlap(s.tokens, o.tokens) >= LENIENT for o in other)
    )
    correct = sum(speakers_match(system[i].speaker, gold[j].speaker) for i, j in pairs)
    fp = len(system) - len(pairs) - excluded
    return QuoteScore(threshold, len(pairs), fp, len(gold) - len(pairs), excluded, correct)


def score_document_quotes(system: dict[str, Any], gold: dict[str, Any]) -> DocumentQuoteScore:
    """Quote scores of one document (see the module docstring for the rules)."""
    sys_spans = _unique_spans(q for q in system.get("quotes", []) if q.get("kind", "speech") not in NOT_SPEECH)
    gold_quotes = gold.get("quotes", [])
    targets = _unique_spans(q for q in gold_quotes if q.get("kind", "speech") not in NOT_SPEECH)
    others = _unique_spans(q for q in gold_quotes if q.get("kind", "speech") in NOT_SPEECH)
    return DocumentQuoteScore(
        document=_document_id(system, gold),
        lenient=_score_at(sys_spans, targets, others, LENIENT),
        strict=_score_at(sys_spans, targets, others, STRICT),
    )


def score_quotes(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> QuoteReport:
    """Score (system analysis, gold) pairs; totals are micro (counts summed over documents)."""
    documents = tuple(score_document_quotes(system, gold) for system, gold in pairs)
    lenient, strict = QuoteScore(LENIENT), QuoteScore(STRICT)
    for document in documents:
        lenient, strict = lenient + document.lenient, strict + document.strict
    return QuoteReport(lenient=lenient, strict=strict, documents=documents)


# ---------------------------------------------------------------------------------------------------- entities


def _forms(name: str, others: Iterable[str]) -> set[str]:
    return {normalise_text(form) for form in (name, *others) if form and form.strip()}


def _content_list(name: str) -> list[str]:
    return [t for t, _ in _name_tokens(name) if t not in _STOP_TOKENS]


def _is_person(label: str | None) -> bool:
    return label is None or label.upper() in PERSON_LABELS


def _surname_match(name: str, form: str) -> bool:
    """All name tokens of ``name`` are in ``form`` and its last one is the last one of ``form``."""
    tokens, form_tokens = _content_list(name), _content_list(form)
    return bool(tokens) and set(tokens) <= set(form_tokens) and tokens[-1] == form_tokens[-1]


def row_matches_entity(row: dict[str, Any], entity: dict[str, Any]) -> bool:
    """Whether a system entity row stands for a gold entity.

    Either a form of the row (name or alias) equals a form of the gold entity (name or variant), normalised as
    quotes are; or, for persons only (gold ``PER``, row ``PER``/``PERSON`` or unlabelled), the row's *name*
    tokens (accent-folded, stop tokens dropped) are all in a gold form and the last one is that form's surname
    ("Trump" for "Donald Trump", "M. Le Pen" for "Marine Le Pen"). Aliases count only through exact forms, so
    that a row whose aliases include a bare surname is not taken for every namesake.
    """
    gold_forms = [entity["name"], *entity.get("variants", ())]
    if _forms(row["name"], row.get("aliases", ())) & _forms(gold_forms[0], gold_forms[1:]):
        return True
    if entity.get("type") not in PERSON_LABELS or not _is_person(row.get("label")):
        return False
    return any(_surname_match(row["name"], form) for form in gold_forms)


@dataclass(frozen=True)
class EntityScore:
    """Counts for one document or summed over many; rates derived (and included in ``as_dict``).

    ``gold`` gold entities, ``found`` of them with a corresponding row, ``counts_right`` of the found whose
    largest row count is within max(1, 20 %) of the gold count, ``top_k`` system rows considered for top-k
    precision and ``top_k_correct`` of them standing for a gold entity, ``splits`` gold entities spread over
    two rows or more, ``merges`` rows standing for two gold entities or more.
    """

    gold: int = 0
    found: int = 0
    counts_right: int = 0
    top_k: int = 0
    top_k_correct: int = 0
    splits: int = 0
    merges: int = 0

    @property
    def found_rate(self) -> float:
        return _ratio(self.found, self.gold)

    @property
    def counts_right_rate(self) -> float:
        return _ratio(self.counts_right, self.found)

    @property
    def top_k_precision(self) -> float:
        return _ratio(self.top_k_correct, self.top_k)

    def __add__(self, other: EntityScore) -> EntityScore:
        return _summed(self, other)

    def as_dict(self) -> dict[str, Any]:
        rates = ("found_rate", "counts_right_rate", "top_k_precision")
        return {**asdict(self), **{r: getattr(self, r) for r in rates}}


@dataclass(frozen=True)
class DocumentEntityScore:
    document: str
    score: EntityScore

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, **self.score.as_dict()}


@dataclass(frozen=True)
class EntityReport:
    """Micro totals (counts summed over documents) and the per-document scores."""

    total: EntityScore
    documents: tuple[DocumentEntityScore, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total.as_dict(), "documents": [d.as_dict() for d in self.documents]}

    def format_table(self) -> str:
        t = self.total
        return "\n".join(
            [
                f"{'entities':<22}{'value':>8}{'count':>12}",
                f"{'found':<22}{t.found_rate:>8.3f}{f'{t.found}/{t.gold}':>12}",
                f"{'counts right':<22}{t.counts_right_rate:>8.3f}{f'{t.counts_right}/{t.found}':>12}",
                f"{'top-k precision':<22}{t.top_k_precision:>8.3f}{f'{t.top_k_correct}/{t.top_k}':>12}",
                f"{'splits':<22}{t.splits:>8}",
                f"{'merges':<22}{t.merges:>8}",
                f"documents: {len(self.documents)}",
            ]
        )


def _count_right(system_count: int, gold_count: int) -> bool:
    return abs(system_count - gold_count) <= max(1.0, 0.2 * gold_count)


def _top_rows(rows: Sequence[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """The k rows with the highest counts (ties in system order), among rows named at least once: gold ranks
    by named mentions only, so a place the system lists only for its demonyms ("kazakhstanais", count 0)
    cannot be one of the most named."""
    named = [r for r in rows if int(r.get("count", 0)) > 0]
    return sorted(named, key=lambda r: -int(r.get("count", 0)))[:k]


def score_document_entities(system: dict[str, Any], gold: dict[str, Any]) -> DocumentEntityScore:
    """Entity scores of one document; every gold entity counts, top-k uses k = min(len(gold), 8)."""
    rows, entities = list(system.get("entities", [])), list(gold.get("entities", []))
    matches = [[r for r in rows if row_matches_entity(r, e)] for e in entities]
    best = [max(int(r.get("count", 0)) for r in m) for m in matches if m]
    found = [e for e, m in zip(entities, matches) if m]
    top = _top_rows(rows, min(len(entities), MAX_GOLD_ENTITIES))
    score = EntityScore(
        gold=len(entities),
        found=len(found),
        counts_right=sum(_count_right(b, int(e.get("named_mentions", 0))) for b, e in zip(best, found)),
        top_k=len(top),
        top_k_correct=sum(any(row_matches_entity(r, e) for e in entities) for r in top),
        splits=sum(len(m) >= 2 for m in matches),
        merges=sum(sum(row_matches_entity(r, e) for e in entities) >= 2 for r in rows),
    )
    return DocumentEntityScore(document=_document_id(system, gold), score=score)


def score_entities(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> EntityReport:
    """Score (system analysis, gold) pairs; the total is micro (counts summed over documents)."""
    documents = tuple(score_document_entities(system, gold) for system, gold in pairs)
    return EntityReport(total=sum((d.score for d in documents), EntityScore()), documents=documents)


# ---------------------------------------------------------------------------------------------------- keyphrases

_STEMMER_NAMES = {"fr": "french", "en": "english"}


@lru_cache(maxsize=None)
def _stemmer(language: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_STEMMER_NAMES.get(language, language))


def stem_phrase(phrase: str, *, language: str = "fr") -> tuple[str, ...]:
    """Lowercased letter/digit tokens, each Snowball-stemmed.

    "élections présidentielles" -> ("élect", "présidentiel"); ``language`` is "fr", "en" or a Snowball name.
    """
    return tuple(_stemmer(language).stemWords(re.findall(r"[^\W_]+", phrase.lower())))


def _unique_stems(phrases: Iterable[str], language: str) -> list[tuple[str, ...]]:
    """Stemmed phrases, empty ones and stemmed duplicates dropped, first occurrence kept (order kept)."""
    stems = (stem_phrase(p, language=language) for p in phrases)
    return list(dict.fromkeys(s for s in stems if s))


@dataclass(frozen=True)
class KeyphraseScore:
    k: int
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DocumentKeyphraseScore:
    index: int
    scores: tuple[KeyphraseScore, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "scores": [s.as_dict() for s in self.scores]}


@dataclass(frozen=True)
class KeyphraseReport:
    """Macro averages over documents (one score per k) and the per-document scores (in input order)."""

    language: str
    scores: tuple[KeyphraseScore, ...]
    documents: tuple[DocumentKeyphraseScore, ...]

    def at(self, k: int) -> KeyphraseScore:
        """The averaged score at ``k`` (KeyError if ``k`` was not asked for)."""
        for score in self.scores:
            if score.k == k:
                return score
        raise KeyError(k)

    def as_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "scores": [s.as_dict() for s in self.scores],
            "documents": [d.as_dict() for d in self.documents],
        }

    def format_table(self) -> str:
        rows = [f"{f'@{s.k}':<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}" for s in self.scores]
        head = f"{'keyphrases':<14}{'P':>7}{'R':>7}{'F':>7}"
        return "\n".join([head, *rows, f"documents: {len(self.documents)}"])


def keyphrase_score(
    system: Sequence[str], reference: Sequence[str], *, k: int, language: str = "fr"
) -> KeyphraseScore:
    """P@k = matches in the top k / min(k, len(system)), R@k = matches / len(reference), F@k harmonic."""
    top = _unique_stems(system, language)[:k]
    gold = set(_unique_stems(reference, language))
    matches = sum(phrase in gold for phrase in top)
    precision, recall = _ratio(matches, len(top)), _ratio(matches, len(gold))
    return KeyphraseScore(k=k, precision=precision, recall=recall, f1=_f1(precision, recall))


def _mean_score(k: int, scores: Sequence[KeyphraseScore]) -> KeyphraseScore:
    n = len(scores)
    mean = [_ratio(sum(getattr(s, m) for s in scores), n) for m in ("precision", "recall", "f1")]
    return KeyphraseScore(k, *mean)


def score_keyphrases(
    pairs: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    ks: Sequence[int] = (5, 10),
    language: str = "fr",
) -> KeyphraseReport:
    """Score (system ranked list, reference list) pairs at each k; averages are macro (F is averaged too)."""
    documents = tuple(
        DocumentKeyphraseScore(i, tuple(keyphrase_score(s, r, k=k, language=language) for k in ks))
        for i, (s, r) in enumerate(pairs)
    )
    scores = tuple(_mean_score(k, [d.scores[n] for d in documents]) for n, k in enumerate(ks))
    return KeyphraseReport(language=language, scores=scores, documents=documents)


def f_at_5_and_10(
    pairs: Iterable[tuple[Sequence[str], Sequence[str]]], *, language: str = "fr"
) -> tuple[float, float]:
    """Macro F@5 and F@10, the two numbers usually reported for the Wikinews corpus."""
    report = score_keyphrases(pairs, ks=(5, 10), language=language)
    return report.at(5).f1, report.at(10).f1


def parse_keyphrase_references(tsv_text: str) -> dict[str, list[str]]:
    """``file<TAB>kp1;kp2;...`` lines to {file: [kp1, kp2, ...]}; blank lines skipped, phrases stripped.

    Raises ValueError naming the line when a non-blank line has no tab or no file name.
    """
    references: dict[str, list[str]] = {}
    for number, line in enumerate(tsv_text.splitlines(), start=1):
        if not line.strip():
            continue
        name, tab, phrases = line.partition("\t")
        if not tab or not name.strip():
            raise ValueError(f"keyphrase references, line {number}: expected 'file<TAB>kp1;kp2;...'")
        references[name.strip()] = [p.strip() for p in phrases.split(";") if p.strip()]
    return references


# -------------------------------------------------------------------------------------------------------- themes

_THEME_WORD = re.compile(r"[^\W\d_]{4,}")


def theme_words(text: str, *, language: str = "fr") -> set[str]:
    """The Snowball stems of the words of four letters or more that are not stop words ("Ohio's early
    enforcement of Medicaid work requirements" -> {"ohio", "earli", "enforc", "medicaid", "work", "requir"})."""
    words = [w for w in _THEME_WORD.findall(text.lower()) if w not in stop_words(language)]
    return set(_stemmer(language).stemWords(words))


def theme_covers(theme: dict[str, Any], gold_theme: str, *, language: str = "fr") -> bool:
    """True when the theme's label or keyphrases share a content word (stemmed) with the gold description."""
    words = theme_words(" ".join([theme.get("label", ""), *theme.get("keyphrases", [])]), language=language)
    return bool(words & theme_words(gold_theme, language=language))


@dataclass(frozen=True)
class ThemeScore:
    """``gold`` gold themes, ``covered`` of them covered by a system theme; ``themes`` system themes,
    ``on_gold`` of them covering a gold theme."""

    gold: int = 0
    covered: int = 0
    themes: int = 0
    on_gold: int = 0

    @property
    def recall(self) -> float:
        return _ratio(self.covered, self.gold)

    @property
    def precision(self) -> float:
        return _ratio(self.on_gold, self.themes)

    def __add__(self, other: ThemeScore) -> ThemeScore:
        return _summed(self, other)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "recall": self.recall, "precision": self.precision}


@dataclass(frozen=True)
class ThemeReport:
    """Micro totals and the per-document scores."""

    total: ThemeScore
    documents: tuple[tuple[str, ThemeScore], ...]

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total.as_dict(),
                "documents": [{"document": d, **score.as_dict()} for d, score in self.documents]}

    def format_table(self) -> str:
        t = self.total
        return "\n".join([
            f"{'themes':<30}{'value':>8}{'count':>12}",
            f"{'gold themes covered':<30}{t.recall:>8.3f}{f'{t.covered}/{t.gold}':>12}",
            f"{'themes covering a gold theme':<30}{t.precision:>8.3f}{f'{t.on_gold}/{t.themes}':>12}",
            f"{'themes per document':<30}{_ratio(t.themes, len(self.documents)):>8.2f}",
            f"documents: {len(self.documents)}",
        ])


def score_document_themes(system: dict[str, Any], gold: dict[str, Any]) -> ThemeScore:
    """Theme scores of one document, in the document's language."""
    language = system.get("document", {}).get("language", "fr")
    themes, described = list(system.get("themes", [])), list(gold.get("themes", []))
    covers = [[theme_covers(t, g, language=language) for g in described] for t in themes]
    return ThemeScore(gold=len(described), covered=sum(any(c[j] for c in covers) for j in range(len(described))),
                      themes=len(themes), on_gold=sum(any(c) for c in covers))


def score_themes(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> ThemeReport:
    """Score (system analysis, gold) pairs; the total is micro (counts summed over documents)."""
    documents = tuple((_document_id(system, gold), score_document_themes(system, gold)) for system, gold in pairs)
    return ThemeReport(total=sum((score for _, score in documents), ThemeScore()), documents=documents)
