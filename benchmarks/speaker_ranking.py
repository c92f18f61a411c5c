"""Would a learned ranking over candidate speakers beat the hand-written attribution rules? (issue 3 spike)

    PYTHONPATH=src .venv/bin/python benchmarks/speaker_ranking.py [--rows /tmp/rank_rows.json]

For every speech quote of the dev articles matched to the gold (overlap 0.3, unique spans, as
``benchmarks/speaker_errors.py``), builds the candidate speakers: every entity of the analysis' table (PER, ORG,
LOC) named in the quote's paragraph or the two before, the rules' answer and the previous quote's speaker. Prints

- the ORACLE: the share of quotes whose gold speaker is among the candidates;
- per language and per model, speaker accuracy over matched quotes of the rules, of a logistic-regression RANKER
  over cheap features (numpy only; the top-scored candidate per quote), of a HYBRID (the ranker overrides the
  rules only when its top candidate outscores the rules' answer by a margin chosen by cross-validation on the
  training sets alone) and of a GATED hybrid (the same, but only where the rules' answer is weak: a description,
  null, or carried over from the previous quote), with the quotes each fixed and broke against the rules. Models:
  pointwise (each candidate a yes/no example), listwise (a softmax over each quote's candidates) and listwise
  without the features that tell the rules' answer (the ranker alone). Each is measured (a) by 5-fold
  cross-validation over the dev sets the rules were tuned on, whole sets held out together, and (b) trained on
  all of those and tested on dev 17 (fr-97 … fr-102, en-77 … en-81), the one set the rules were never tuned on;
- the weights of each model trained on the tuned sets, and the cost of the candidates and features in seconds
  per 100 documents beside the parse and the analysis (the gold matching and a second ``learn_roles`` included).

Dev 18 (fr-115 … fr-120, en-92 … en-96) and every held-out set are left out; the files are listed explicitly.
``--rows`` caches the feature rows (the analysis takes a few minutes) so the modelling can be rerun alone.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from newsbrief import evaluate as ev
from newsbrief.cues import speech_subject_tokens
from newsbrief.entities import EntityTable, extract_entities
from newsbrief.lang import get_language_data
from newsbrief.loading import load_document
from newsbrief.nlp import load_pipeline, normalise_text
from newsbrief.quotes import extract_quotes
from newsbrief.quotespans import find_quote_spans
from newsbrief.records import Document, Quote
from newsbrief.roles import learn_roles

ROOT = Path(__file__).resolve().parents[1]
CORPUS, GOLD = ROOT / "benchmarks/corpus", ROOT / "benchmarks/gold"
WIKINEWS = ROOT.parent / "shared/corpus/wikinews-fr"
TEST_SET = {"fr": "frp17", "en": "en17"}
KINDS = ("explicit", "pronoun", "nominal", "previous", "unknown")
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "agent", "pobj", "obl:agent", "obl:arg", "obl:mod", "nmod"}


def _press(language: str, numbers: list[int]) -> list[Path]:
    folder = "fr-press" if language == "fr" else "en"
    return [CORPUS / folder / f"{language}-{n:02d}.txt" for n in numbers]


def dev_sets() -> dict[str, tuple[str, list[Path]]]:
    """Set name -> (language, files): the dev sets of ``/tmp/devall.sh``, never dev 18 nor a held-out file."""
    wiki = sorted(WIKINEWS.glob("*.html"))[:30] if WIKINEWS.is_dir() else []
    rng = lambda a, b: list(range(a, b + 1))  # noqa: E731
    sets = {"wiki": ("fr", wiki), "frp-dev": ("fr", _press("fr", [1, 2, 4, 5, *rng(7, 14)])),
            "en-dev": ("en", _press("en", [1, 2, 4, 5, 7, 9, *rng(11, 14)]))}
    fr = {3: (15, 22), 4: (23, 30), 5: (31, 36), 6: (37, 42), 7: (43, 48), 8: (49, 54), 9: (55, 60),
          10: (61, 66), 11: (73, 78), 12: (67, 72), 13: (85, 90), 14: (91, 96), 15: (79, 84), 16: (103, 108),
          17: (97, 102)}
    en = {3: (15, 19), 4: (20, 23), 5: (24, 26), 6: (27, 31), 7: (32, 36), 8: (37, 41), 9: (42, 46),
          10: (47, 51), 11: (57, 61), 12: (52, 56), 13: (67, 71), 14: (72, 76), 15: (62, 66), 16: (82, 86),
          17: (77, 81)}
    sets |= {f"frp{k}": ("fr", _press("fr", rng(*v))) for k, v in fr.items()}
    sets |= {f"en{k}": ("en", _press("en", rng(*v))) for k, v in en.items()}
    return sets


# ---------------------------------------------------------------------------------------------------- analysis


@dataclass
class Parsed:
    """One analysed document with what the features read."""

    doc: Any
    document: Document
    table: EntityTable
    quotes: list[Quote]
    genders: dict[str, str]
    quoted: list[tuple[int, int]]
    lang: ModuleType


def analyse(document: Document, doc: Any) -> Parsed:
    """The entity table, quotes and learnt genders of a parsed document (as ``analysis.analyse_parsed``)."""
    lang = get_language_data(document.language)
    table = extract_entities(doc, lang=lang, speech_heads=speech_subject_tokens(doc, lang=lang))
    quotes = extract_quotes(doc, document, table, lang=lang)
    quoted = [(s.start, s.end) for s in find_quote_spans(document.text, document.blocks)]
    _, genders = learn_roles(doc, table, lang=lang, quoted=quoted)
    return Parsed(doc, document, table, quotes, genders, quoted, lang)


def gold_of(path: Path) -> Path:
    folder = "wikinews-fr" if path.suffix == ".html" else path.parent.name
    return GOLD / folder / f"{path.stem}.json"


def matched(parsed: Parsed, gold_path: Path) -> list[tuple[int, dict]]:
    """(index in ``parsed.quotes``, gold quote) for each speech quote matched to the gold at overlap 0.3."""
    unique: dict = {}
    for quote in json.loads(gold_path.read_text())["quotes"]:
        if quote["kind"] == "speech":
            unique.setdefault(ev.word_tokens(quote["text"]), quote)
    gold = list(unique.values())
    first: dict[tuple[str, ...], int] = {}
    for i, q in enumerate(parsed.quotes):
        if q.kind not in ev.NOT_SPEECH:
            first.setdefault(ev.word_tokens(q.text), i)
    system = ev._unique_spans({"text": parsed.quotes[i].text, "speaker": None} for i in first.values())
    indices = list(first.values())
    return [(indices[i], gold[j]) for i, j in ev._pair(system, ev._unique_spans(gold), 0.3)]


# ---------------------------------------------------------------------------------------------------- candidates


@dataclass
class Context:
    """Where a quote stands: its window of paragraphs, its cue and the cue's sentence and subject."""

    window: tuple[int, int]
    paragraph: tuple[int, int]
    cue_at: int
    cue_sentence: tuple[int, int]
    subject_ranges: list[tuple[int, int]]
    previous: str | None
    pronoun_gender: str | None


def _block_window(document: Document, at: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(the quote's block with the two before it, the quote's block) as character ranges."""
    blocks = list(document.blocks)
    index = next((i for i, b in enumerate(blocks) if b.start <= at < b.end), len(blocks) - 1)
    return (blocks[max(0, index - 2)].start, blocks[index].end), (blocks[index].start, blocks[index].end)


def _outside(parsed: Parsed, at: int) -> bool:
    return not any(start <= at < end for start, end in parsed.quoted)


def cue_offset(parsed: Parsed, quote: Quote) -> int:
    """The offset of the quote's cue (a lemma: "déclarer", "say", "selon") nearest the quote in its sentences and
    the next one, outside quotes; the quote's start when it has no cue or the cue cannot be found."""
    if not quote.cue:
        return quote.start
    doc, word = parsed.doc, quote.cue.split()[0].lower()
    first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    last = doc.char_span(max(quote.start, quote.end - 1), quote.end, alignment_mode="expand")
    lo = first.sent.start if first is not None else 0
    hi = min(len(doc), last.sent.end + 40) if last is not None else len(doc)
    hits = [t.idx for t in doc[lo:hi] if word in (t.lemma_.lower(), t.lower_) and _outside(parsed, t.idx)]
    return min(hits, key=lambda h: min(abs(h - quote.start), abs(h - quote.end))) if hits else quote.start


def _subject_ranges(parsed: Parsed, at: int) -> list[tuple[int, int]]:
    """Character ranges of the cue word's subject, agent or source phrase ("selon X", "according to X")."""
    span = parsed.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return []
    cue = span[0]
    heads = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON")]
    heads += [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if cue.dep_ == "case":
        heads.append(cue.head)
    return [(h.left_edge.idx, h.right_edge.idx + len(h.right_edge)) for h in heads]


def _mention_range(parsed: Parsed, quote: Quote, at: int) -> list[tuple[int, int]]:
    """The occurrence of the rules' speaker words ("la vice-présidente", "Mr Lennox") nearest the cue, outside
    quotes: the subject when the parse hangs it elsewhere (inverted incises)."""
    if not quote.speaker_mention:
        return []
    text = parsed.doc.text  # apostrophes normalised one for one, as the mention is
    lo = max(0, at - 200)
    words = re.escape(quote.speaker_mention.replace("’", "'"))
    hits = [lo + m.start() for m in re.finditer(words, text[lo:at + 200])]
    hits = [h for h in hits if _outside(parsed, h)]
    nearest = min(hits, key=lambda h: abs(h - at), default=None)
    return [] if nearest is None else [(nearest, nearest + len(quote.speaker_mention))]


def context(parsed: Parsed, index: int) -> Context:
    """The :class:`Context` of ``parsed.quotes[index]``."""
    quote = parsed.quotes[index]
    window, paragraph = _block_window(parsed.document, quote.start)
    at = cue_offset(parsed, quote)
    span = parsed.doc.char_span(at, at + 1, alignment_mode="expand")
    sentence = (span.sent.start_char, span.sent.end_char) if span is not None else (at, at)
    earlier = [q for q in parsed.quotes[:index] if q.kind == "speech" and q.speaker]
    mention = (quote.speaker_mention or "").lower()
    gender = parsed.lang.PRONOUN_GENDERS.get(mention) if quote.resolution == "pronoun" else None
    return Context(window, paragraph, at, sentence, _subject_ranges(parsed, at) + _mention_range(parsed, quote, at),
                   earlier[-1].speaker if earlier else None, gender)


def mentions_of(parsed: Parsed, name: str) -> list[tuple[int, int]]:
    """Offsets where a candidate is named: its table mentions, else (a description) its occurrences by search."""
    found = [(m.start, m.end) for m, canonical in parsed.table.mentions if canonical == name]
    if found:
        return sorted(found)
    text = parsed.doc.text.lower()  # apostrophes normalised, as the rules' descriptions are
    words = re.escape(name.lower().replace("’", "'"))
    return [(m.start(), m.end()) for m in re.finditer(words, text)] if name.strip() else []


def candidates(parsed: Parsed, index: int, ctx: Context) -> list[str | None]:
    """Entities named in the window, the rules' answer (null when the rules give none) and the previous speaker."""
    lo, hi = ctx.window
    named = [c for m, c in parsed.table.mentions if lo <= m.start < hi]
    rules = parsed.quotes[index].speaker
    found: list[str | None] = [rules]
    for name in [*named, ctx.previous]:
        if name and name not in found:
            found.append(name)
    return found


# ---------------------------------------------------------------------------------------------------- features


def _gender(parsed: Parsed, name: str) -> str | None:
    """A candidate's gender: learnt by ``roles.learn_roles`` (titles, determiners, given names), else a title."""
    if name in parsed.genders:
        return parsed.genders[name]
    titles = {m.title for m, canonical in parsed.table.mentions if canonical == name and m.title}
    return titles.pop() if len(titles) == 1 else None


def _distances(parsed: Parsed, spans: list[tuple[int, int]], quote: Quote, ctx: Context) -> dict[str, float]:
    """Distances of the nearest mention outside quotes before the quote (or after it in its sentence)."""
    outside = [s for s in spans if _outside(parsed, s[0])]
    before = [s for s in outside if s[1] <= quote.start]
    after = [s for s in outside if quote.end <= s[0] < ctx.cue_sentence[1]]
    chars = quote.start - before[-1][1] if before else 5000
    cue = min((abs(s[0] - ctx.cue_at) for s in outside), default=5000)
    starts = [s.start_char for s in parsed.doc.sents]
    sentence_of = lambda at: sum(1 for s in starts if s <= at)  # noqa: E731
    sentences = sentence_of(quote.start) - sentence_of(before[-1][0]) if before else 10
    return {"log_chars_before": math.log1p(min(chars, 5000)), "log_chars_cue": math.log1p(min(cue, 5000)),
            "sentences_before": min(sentences, 10) / 10, "named_after_in_sentence": float(bool(after)),
            "never_named_before": float(not before and not after),
            "only_inside_quotes": float(bool(spans) and not outside)}


def features(parsed: Parsed, index: int, ctx: Context, name: str | None) -> dict[str, float]:
    """The features of one (quote, candidate) pair; ``name`` None is the rules' null answer."""
    quote = parsed.quotes[index]
    rules = float(name == quote.speaker)
    row = {"is_rules": rules, **{f"rules_{k}": rules * (quote.resolution == k) for k in KINDS}}
    label = parsed.table.label_of(name) if name else None
    row |= {f"label_{k}": float(label == k) for k in ("PER", "ORG", "LOC")}
    row |= {"description": float(name is not None and label is None), "null": float(name is None)}
    spans = mentions_of(parsed, name) if name else []
    row |= _distances(parsed, spans, quote, ctx)
    in_range = lambda r: any(r[0] <= s[0] < r[1] for s in spans)  # noqa: E731
    row |= {"in_cue_sentence": float(in_range(ctx.cue_sentence)), "in_paragraph": float(in_range(ctx.paragraph)),
            "cue_subject": float(any(in_range(r) or r[0] <= s[0] < r[1] or s[0] <= r[0] < s[1]
                                     for r in ctx.subject_ranges for s in spans)),
            "log_count_so_far": math.log1p(sum(1 for s in spans if s[0] < quote.end)),
            "previous_speaker": float(name is not None and name == ctx.previous)}
    gender = _gender(parsed, name) if name and ctx.pronoun_gender else None
    row |= {"gender_agrees": float(gender is not None and gender == ctx.pronoun_gender),
            "gender_clashes": float(gender is not None and gender != ctx.pronoun_gender)}
    return row


def quote_rows(parsed: Parsed, gold_path: Path) -> list[dict[str, Any]]:
    """One record per matched quote: its candidates' features and which candidates are the gold speaker."""
    rows = []
    for index, gold in matched(parsed, gold_path):
        ctx = context(parsed, index)
        names = candidates(parsed, index, ctx)
        rows.append({"quote": parsed.quotes[index].text[:60], "gold": gold["speaker"],
                     "gold_resolution": gold["speaker_resolution"], "candidates": names,
                     "features": [features(parsed, index, ctx, n) for n in names],
                     "correct": [ev.speakers_match(n, gold["speaker"]) for n in names]})
    return rows


def collect() -> tuple[dict[str, list[dict[str, Any]]], dict[str, float]]:
    """Set name -> quote records, and the seconds spent (parse, analysis, features) over all documents."""
    rows: dict[str, list[dict[str, Any]]] = {}
    cost = {"documents": 0.0, "parse": 0.0, "analysis": 0.0, "features": 0.0}
    for name, (language, files) in dev_sets().items():
        documents = [load_document(f) for f in files]
        nlp, rows[name] = load_pipeline(language), []
        start = time.perf_counter()
        docs = list(nlp.pipe(normalise_text(d.text, language) for d in documents))
        cost["parse"] += time.perf_counter() - start
        for path, document, doc in zip(files, documents, docs):
            start = time.perf_counter()
            parsed = analyse(document, doc)
            middle = time.perf_counter()
            rows[name] += [dict(r, file=path.stem) for r in quote_rows(parsed, gold_of(path))]
            cost["analysis"] += middle - start
            cost["features"] += time.perf_counter() - middle
        cost["documents"] += len(files)
    return rows, cost


# ---------------------------------------------------------------------------------------------------- model


@dataclass
class Arrays:
    """One set's candidates as arrays: features with a bias column, labels, and each quote's row range."""

    x: np.ndarray
    y: np.ndarray
    bounds: list[tuple[int, int]]
    weak: list[bool]  # per quote: the rules' answer is a description, null, or carried over from the previous quote


WEAK_SHARED = ("label_PER", "in_cue_sentence", "in_paragraph", "cue_subject", "gender_agrees")


def is_weak(record: dict[str, Any]) -> bool:
    """Whether the rules' answer is weak: a description, null, or carried over from the previous quote."""
    rules = record["features"][0]
    return max(rules["description"], rules["null"], rules["rules_previous"]) > 0


def interactions(record: dict[str, Any]) -> list[dict[str, float]]:
    """Each candidate's features plus, when the rules' answer is weak (a description, null, or carried over from
    the previous quote), some of its features again as ``weak_*``: a named person near the cue may then win."""
    weak = float(is_weak(record))
    return [f | {f"weak_{n}": weak * f[n] * (i > 0) for n in WEAK_SHARED} for i, f in enumerate(record["features"])]


def arrays(records: list[dict[str, Any]], names: list[str]) -> Arrays:
    """The :class:`Arrays` of a set's quote records (the rules' answer is each quote's first row)."""
    x = [[1.0, *(f[n] for n in names)] for r in records for f in interactions(r)]
    y = [float(c) for r in records for c in r["correct"]]
    ends = np.cumsum([len(r["candidates"]) for r in records]).tolist()
    bounds = list(zip([0, *ends[:-1]], ends))
    return Arrays(np.array(x).reshape(-1, len(names) + 1), np.array(y), bounds, [is_weak(r) for r in records])


def fit(parts: list[Arrays], listwise: bool, l2: float = 1.0) -> np.ndarray:
    """Pointwise (every candidate a yes/no example) or listwise (a softmax over each quote's candidates, the
    conditional logit) L2-regularised logistic regression, by Newton's method."""
    x, y = np.vstack([p.x for p in parts]), np.concatenate([p.y for p in parts])
    offsets = np.cumsum([0, *(len(p.y) for p in parts)])[:-1]
    starts = np.array([o + lo for o, p in zip(offsets, parts) for lo, _ in p.bounds])
    return _newton_list(x, y, starts, l2) if listwise else _newton_point(x, y, l2)


def _damped(step: np.ndarray, largest: float = 1.0) -> np.ndarray:
    """A Newton step shortened so no weight moves by more than ``largest`` (near-separable data overshoots)."""
    return step * min(1.0, largest / max(float(np.abs(step).max()), 1e-12))


def _newton_point(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 60) -> np.ndarray:
    """Binary logistic regression over candidates (the bias is not penalised)."""
    w, penalty = np.zeros(x.shape[1]), np.r_[0.0, np.full(x.shape[1] - 1, l2)]
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = _damped(np.linalg.solve(hessian, x.T @ (p - y) + penalty * w))
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def _newton_list(x: np.ndarray, y: np.ndarray, starts: np.ndarray, l2: float, steps: int = 60) -> np.ndarray:
    """Conditional logit: each quote's candidates compete in a softmax; the target spreads over its right
    candidates; quotes with none are left out (they carry no choice)."""
    sizes = np.diff(np.r_[starts, len(y)])
    group = np.repeat(np.arange(len(starts)), sizes)
    totals = np.add.reduceat(y, starts)
    keep = (totals > 0)[group]
    target = np.where(keep, y / np.maximum(totals, 1)[group], 0.0)
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        e = np.exp(x @ w - np.maximum.reduceat(x @ w, starts)[group]) * keep
        p = e / np.maximum(np.add.reduceat(e, starts), 1e-300)[group]
        means = np.add.reduceat(x * p[:, None], starts)
        hessian = (x * p[:, None]).T @ x - means.T @ means + l2 * np.eye(x.shape[1])
        step = _damped(np.linalg.solve(hessian, x.T @ (p - target) + l2 * w))
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def margins(part: Arrays, w: np.ndarray) -> list[tuple[int, float]]:
    """Per quote: (the ranker's top candidate, its score minus the rules' answer's score)."""
    scores = part.x @ w
    out = []
    for lo, hi in part.bounds:
        top = int(np.argmax(scores[lo:hi]))
        out.append((top, float(scores[lo + top] - scores[lo])))
    return out


def right(part: Arrays, picks: list[tuple[int, float]], threshold: float, gated: bool = False) -> list[bool]:
    """Per quote, whether the answer is right when the ranker's pick replaces the rules' past ``threshold``
    (when ``gated``, only where the rules' answer is weak)."""
    return [bool(part.y[lo + (top if margin > threshold and (weak or not gated) else 0)])
            for (lo, _), (top, margin), weak in zip(part.bounds, picks, part.weak)]


GRID = [0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, math.inf]


FOLDS = 5


def cv_picks(sets: dict[str, Arrays], listwise: bool, folds: int = FOLDS) -> dict[str, list[tuple[int, float]]]:
    """Cross-validated predictions: the sets dealt into ``folds`` folds, each scored by a model trained on the
    others (whole sets stay together, so no article is scored by a model that saw it)."""
    names = list(sets)
    picks = {}
    for k in range(folds):
        held = names[k::folds]
        w = fit([sets[s] for s in names if s not in held], listwise)
        picks |= {s: margins(sets[s], w) for s in held}
    return picks


def best_thresholds(sets: dict[str, Arrays], listwise: bool) -> tuple[float, float]:
    """The override margins (always, gated) with the best cross-validated accuracy over ``sets`` (languages
    pooled; ties go to the more cautious margin)."""
    picks = cv_picks(sets, listwise)
    score = lambda t, g: sum(sum(right(sets[s], picks[s], t, g)) for s in sets)  # noqa: E731
    return max(GRID, key=lambda t: (score(t, False), t)), max(GRID, key=lambda t: (score(t, True), t))


# ---------------------------------------------------------------------------------------------------- report

Result = tuple[list[bool], list[bool], list[bool], list[bool], tuple[float, float]]


def scored(train: dict[str, Arrays], tests: dict[str, Arrays], listwise: bool) -> dict[str, Result]:
    """Per test set: (rules, ranker, hybrid) rightness per quote for a model trained on ``train``, and the margin
    the hybrid uses (chosen by cross-validation on ``train`` alone)."""
    w, (always, gated) = fit(list(train.values()), listwise), best_thresholds(train, listwise)
    out = {}
    for name, test in tests.items():
        picks = margins(test, w)
        out[name] = (right(test, picks, math.inf), right(test, picks, -1.0), right(test, picks, always),
                     right(test, picks, gated, True), (always, gated))
    return out


def tally(results: dict[str, Result], sets: list[str]) -> str:
    """Accuracy of the rules, the ranker, the hybrid and the gated hybrid over the named sets, with the quotes
    each fixed and broke against the rules."""
    rules, ranker, hybrid, gated = ([x for s in sets for x in results[s][k]] for k in range(4))
    n = max(1, len(rules))

    def changed(new: list[bool]) -> tuple[int, int]:
        return sum(b and not a for a, b in zip(rules, new)), sum(a and not b for a, b in zip(rules, new))

    return (f"rules {sum(rules) / n:.3f}  ranker {sum(ranker) / n:.3f}  hybrid {sum(hybrid) / n:.3f}  "
            f"gated {sum(gated) / n:.3f}  ({len(rules)} quotes; rules wrong {n - sum(rules)}; fixed/broken: "
            f"ranker {changed(ranker)}, hybrid {changed(hybrid)}, gated {changed(gated)})")


def oracle(rows: dict[str, list[dict[str, Any]]], language: dict[str, str]) -> None:
    """Prints per language the share of quotes whose gold speaker is among the candidates."""
    for lang in ("fr", "en"):
        records = [r for s, rs in rows.items() if language[s] == lang for r in rs]
        n = max(1, len(records))
        wrong = [r for r in records if not r["correct"][0]]
        print(f"{lang}: {len(records)} matched speech quotes, {sum(len(r['candidates']) for r in records) / n:.1f} "
              f"candidates per quote; oracle {sum(any(r['correct']) for r in records) / n:.3f}; rules wrong on "
              f"{len(wrong)}, of which the gold is a candidate on {sum(any(r['correct']) for r in wrong)}")


def evaluate(data: dict[str, Arrays], language: dict[str, str], listwise: bool) -> tuple[float, float]:
    """Prints CV by set over the tuned sets and the dev 17 scores of one model; returns the chosen margin."""
    tuned = {s: a for s, a in data.items() if s not in TEST_SET.values()}
    cv: dict[str, Result] = {}
    for k in range(FOLDS):  # whole sets held out together
        held = list(tuned)[k::FOLDS]
        cv |= scored({s: a for s, a in tuned.items() if s not in held}, {s: tuned[s] for s in held}, listwise)
    final = scored(tuned, {s: data[s] for s in TEST_SET.values()}, listwise)
    for lang in ("fr", "en"):
        print(f"  {lang} CV by set (tuned sets): {tally(cv, [s for s in cv if language[s] == lang])}")
        print(f"  {lang} dev 17 (unseen):        {tally(final, [TEST_SET[lang]])}")
    return final[TEST_SET["fr"]][4]


VARIANTS = {"pointwise, all features": (True, True), "listwise, all features": (True, False),
            "listwise, no rules features (ranker alone)": (False, False)}


def report(rows: dict[str, list[dict[str, Any]]], names: list[str]) -> None:
    """Prints the oracle, then per model variant the accuracies and the weights trained on the tuned sets."""
    language = {s: lang for s, (lang, _) in dev_sets().items() if s in rows}
    oracle(rows, language)
    for title, (with_rules, pointwise) in VARIANTS.items():
        used = [n for n in names if with_rules or not n.startswith(("is_rules", "rules_", "weak_"))]
        data = {s: arrays(r, used) for s, r in rows.items() if r}
        start = time.perf_counter()
        print(f"{title}:")
        margin = evaluate(data, language, not pointwise)
        weights = fit([a for s, a in data.items() if s not in TEST_SET.values()], not pointwise)
        print(f"  margins (hybrid, gated) chosen on the tuned sets: {margin}; weights: " + ", ".join(
            f"{n} {w:+.2f}" for n, w in sorted(zip(["bias", *used], weights), key=lambda p: -abs(p[1]))))
        print(f"  ({time.perf_counter() - start:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, help="cache of the feature rows (read when present, else written)")
    args = parser.parse_args()
    if args.rows and args.rows.exists():
        cached = json.loads(args.rows.read_text())
        rows, cost = cached["rows"], cached["cost"]
    else:
        rows, cost = collect()
        if args.rows:
            args.rows.write_text(json.dumps({"rows": rows, "cost": cost}))
    per = 100 / max(1.0, cost["documents"])
    print(f"{cost['documents']:.0f} documents; seconds per 100 documents: parse {cost['parse'] * per:.1f}, "
          f"analysis {cost['analysis'] * per:.1f}, candidates and features {cost['features'] * per:.1f}")
    names = list(interactions(next(r for rs in rows.values() for r in rs))[0])
    report(rows, names)


if __name__ == "__main__":
    main()
