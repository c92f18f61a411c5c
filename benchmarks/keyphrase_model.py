"""A learned keyphrase scorer (KEA-style logistic regression) against newsbrief's hand-set score, dev only.

    .venv/bin/python benchmarks/keyphrase_model.py                # pointwise model, l2 = 1, 10, 100
    .venv/bin/python benchmarks/keyphrase_model.py --listwise      # softmax over each article's candidates
    .venv/bin/python benchmarks/keyphrase_model.py --hand-form     # the hand score's shapes of the features
    .venv/bin/python benchmarks/keyphrase_model.py --stack         # log(hand score) as one more feature
    .venv/bin/python benchmarks/keyphrase_model.py --ranked-only   # fit on candidates with tf > 0 only

Each candidate gets the numbers the hand-set score (``themes._score``) already computes (see ``features``); an
L2-regularised logistic regression (Newton's method, numpy) predicts "is a reference" (``evaluate``'s stemmed
exact match). Measured honestly, under the two schemes of ``keyphrases.py``: 5-fold CV inside dev and halves
(first 15 / last 15), the model fit on the training articles only, whose features use idf tables that leave the
article itself out (as an unseen article's would), and the held-out articles ranked with the training articles'
frequencies. Each scheme ranks by the hand score ("current"), the model's log-odds ("learned"), hand score ×
probability ("product") and the mean of the two ranks ("rank average"); ranking otherwise as
``rank_keyphrases`` (nested phrases dropped, top 10). Only the 30 dev articles are read. Issue 5, eleventh round:
nothing won, so nothing is shipped; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import keyphrases as bench  # noqa: E402  (the benchmark's loading, references and idf helpers)
from newsbrief import themes  # noqa: E402
from newsbrief.evaluate import f_at_5_and_10, parse_keyphrase_references, stem_phrase  # noqa: E402

NAMES = ("log tf", "headline", "lede", "lede phrase", "idf", "2 words", "3 words", "4+ words", "name", "adjective",
         "first position")
W = themes.KeyphraseWeights()


@dataclass
class Prepared:
    """One article's candidates with what the score needs that does not depend on the idf table."""

    name: str
    candidates: list[themes.Candidate]
    tf: list[int]
    alone: list[list[int]]
    place: themes._Place
    n_tokens: int
    stems: frozenset[str]


def prepare(name: str, doc) -> Prepared:  # noqa: ANN001
    cands = list(themes._candidates(doc, bench.LANG, W.max_words).values())
    repeated = [c for c in cands if c.n_words > 1 and len(c.starts) > 1]
    alone = [themes._standing_alone(c, repeated) for c in cands]
    stems = frozenset(s for c in cands for s in c.key.split())
    return Prepared(name, cands, [len(a) for a in alone], [a or c.starts for a, c in zip(alone, cands)],
                    themes._Place.of(doc), max(1, len(doc)), stems)


def features(p: Prepared, idf: dict[str, float]) -> np.ndarray:
    """One row per candidate: the hand-set score's ingredients as numbers."""
    rows, default = [], idf.get("", 0.0)
    for c, tf, starts in zip(p.candidates, p.tf, p.alone):
        headline = min(starts) < p.place.headline_end
        lede = not headline and any(p.place.lede[0] <= s < p.place.lede[1] for s in starts)
        rows.append([math.log(max(tf, 1)), headline, lede, lede and themes._is_common_phrase(c),
                     max(idf.get(s, default) for s in c.key.split()), c.n_words == 2, c.n_words == 3,
                     c.n_words >= 4, c.name, c.adjective, c.first / p.n_tokens])
    return np.array(rows, dtype=float)


def current_scores(p: Prepared, idf: dict[str, float]) -> np.ndarray:
    return np.array([themes._score(c, W, idf, place=p.place, tf=tf, starts=s)
                     for c, tf, s in zip(p.candidates, p.tf, p.alone)])


def labels(p: Prepared, references: list[str]) -> np.ndarray:
    gold = {stem_phrase(r, language="fr") for r in references}
    return np.array([stem_phrase(c.text, language="fr") in gold for c in p.candidates], dtype=float)


# --- the model ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # intercept first

    def logit(self, x: np.ndarray) -> np.ndarray:
        return self.coef[0] + ((x - self.mean) / self.scale) @ self.coef[1:]


def fit_listwise(x: np.ndarray, y: np.ndarray, groups: np.ndarray, *, l2: float = 1.0,
                 iterations: int = 50) -> Model:
    """L2-regularised softmax over each article's candidates (its references the chosen ones): damped Newton."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    members = [m for m in (np.flatnonzero(groups == g) for g in np.unique(groups)) if y[m].any()]

    def loss(w: np.ndarray) -> float:
        total = l2 / 2 * w @ w
        for m in members:
            s = z[m] @ w
            total += y[m].sum() * (s.max() + np.log(np.exp(s - s.max()).sum())) - y[m] @ s
        return float(total)

    w = np.zeros(z.shape[1])
    for _ in range(iterations):
        gradient, hessian = l2 * w, l2 * np.eye(len(w))
        for m in members:
            zs, k = z[m], y[m].sum()
            s = zs @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mu = p @ zs
            gradient += k * mu - y[m] @ zs
            hessian += k * ((zs * p[:, None]).T @ zs - np.outer(mu, mu))
        step, before = np.linalg.solve(hessian, gradient), loss(w)
        while loss(w - step) > before and np.abs(step).max() > 1e-10:
            step /= 2
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(mean, scale, np.concatenate([[0.0], w]))


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, iterations: int = 25) -> Model:
    """L2-regularised logistic regression on standardised features (intercept not penalised), Newton's method."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    w = np.zeros(z.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(mean, scale, w)


# --- idf tables (cached by the set of articles) -------------------------------------------------------------------


PREPARED: dict[str, Prepared] = {}


@lru_cache(maxsize=512)
def idf_of(names: frozenset[str]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for n in names:
        for s in PREPARED[n].stems:
            counts[s] = counts.get(s, 0) + 1
    frequencies = themes.DocumentFrequencies(len(names), counts)
    return themes.idf_table(frequencies, themes.background_frequencies(bench.LANG.STEMMER))


# --- ranking and schemes -------------------------------------------------------------------------------------------


def ranked(p: Prepared, scores: np.ndarray, tf: list[int]) -> list[str]:
    """Top 10 by ``scores`` (no standing-alone occurrence ranks last, as with the hand score), nested dropped."""
    order = sorted(range(len(p.candidates)), key=lambda i: (tf[i] <= 0, -scores[i], p.candidates[i].first,
                                                            p.candidates[i].key))
    return [c.text for c in themes._drop_nested([p.candidates[i] for i in order])][:10]


def rank_of(values: np.ndarray) -> np.ndarray:
    order = np.argsort(-values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    return ranks


def method_scores(p: Prepared, idf: dict[str, float], model: Model, options: Options) -> dict[str, np.ndarray]:
    """Scores of the article's candidates by each method (higher is better)."""
    current = current_scores(p, idf)
    logit = model.logit(design(p, idf, options))
    probability = 1 / (1 + np.exp(-logit))  # the listwise model has no intercept: a squashed score there
    return {"current": current, "learned": logit, "rank average": -(rank_of(current) + rank_of(logit)),
            "product": np.log(np.maximum(current, 1e-12)) + np.log(probability)}


@dataclass(frozen=True)
class Options:
    """Which model: pointwise or listwise loss, feature shapes, training rows, regularisation."""

    listwise: bool = False
    hand_form: bool = False
    stack: bool = False
    ranked_only: bool = False
    l2: float = 1.0


def design(p: Prepared, idf: dict[str, float], options: Options) -> np.ndarray:
    """``features``, in the hand score's shapes if asked (log(1 + 0.5 idf), no first position), with
    log(hand score) as one more column if asked."""
    x = features(p, idf)
    if options.hand_form:
        x = np.hstack([x[:, :4], np.log1p(W.specificity * x[:, 4:5]), x[:, 5:-1]])
    if options.stack:
        x = np.hstack([x, np.log(np.maximum(current_scores(p, idf), 1e-3))[:, None]])
    return x


def train_model(train: list[str], references: dict[str, list[str]], options: Options) -> Model:
    """Fit on ``train``, each article's features from the idf of the other training articles."""
    names = frozenset(train)
    x = np.vstack([design(PREPARED[n], idf_of(names - {n}), options) for n in train])
    y = np.concatenate([labels(PREPARED[n], references[n]) for n in train])
    groups = np.concatenate([np.full(len(PREPARED[n].candidates), i) for i, n in enumerate(train)])
    keep = np.concatenate([np.array(PREPARED[n].tf) > 0 for n in train]) if options.ranked_only \
        else np.ones(len(y), dtype=bool)
    if options.listwise:
        return fit_listwise(x[keep], y[keep], groups[keep], l2=options.l2)
    return fit(x[keep], y[keep], l2=options.l2)


def scheme(splits: list[tuple[list[str], list[str]]], references: dict[str, list[str]], options: Options) -> dict:
    """{method: [(top 10, references)]} over the held-out articles of each (held, train) split."""
    pairs: dict[str, list] = {}
    for held, train in splits:
        model = train_model(train, references, options)
        idf = idf_of(frozenset(train))
        for n in held:
            p = PREPARED[n]
            for method, scores in method_scores(p, idf, model, options).items():
                pairs.setdefault(method, []).append((ranked(p, scores, p.tf), references[n]))
    return pairs


#: The hand score's weights as log-linear coefficients per unit of each feature (None: not log-linear there).
HAND = (W.frequency, math.log(1 + W.headline), math.log(1 + W.lede), math.log((1 + W.lede_phrase) / (1 + W.lede)),
        None, math.log(W.length[1]), math.log(W.length[2]), math.log(W.length[3]), math.log(1 + W.name),
        math.log(W.adjective), 0.0)


def print_coefficients(model: Model) -> None:
    """The model's coefficients per unit of each feature, rescaled so that log tf's equals the hand score's
    frequency exponent, beside the hand score's log weights."""
    raw = model.coef[1:] / model.scale
    for name, value, hand in zip(NAMES, raw, HAND):
        print(f"  {name:<15}{value / raw[0] * W.frequency:>+8.2f}   hand {'-' if hand is None else f'{hand:+.2f}'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag in ("listwise", "hand-form", "stack", "ranked-only"):
        parser.add_argument(f"--{flag}", action="store_true")
    parser.add_argument("--l2", type=float, nargs="+", default=[1.0, 10.0, 100.0])
    args = parser.parse_args()
    files = sorted(bench.CORPUS.glob("*.html"), key=lambda p: int(p.stem))[:30]  # dev only
    references = parse_keyphrase_references((bench.CORPUS / "keyphrases.tsv").read_text(encoding="utf-8"))
    for name, doc in bench.load_split(files):
        PREPARED[name] = prepare(name, doc)
    names = [f.name for f in files]
    folds = [(names[k::5], [n for i, n in enumerate(names) if i % 5 != k]) for k in range(5)]
    halves = [(names[:15], names[15:]), (names[15:], names[:15])]
    for l2 in args.l2:
        options = Options(args.listwise, args.hand_form, args.stack, args.ranked_only, l2)
        cv, first, second = (scheme(s, references, options) for s in (folds, halves[:1], halves[1:]))
        for method in cv:
            c5, c10 = f_at_5_and_10(cv[method])
            h1, h2 = f_at_5_and_10(first[method]), f_at_5_and_10(second[method])
            print(f"l2={l2:<6} {method:<13} CV {c5:.3f} / {c10:.3f}   halves F@10 {h1[1]:.3f} / {h2[1]:.3f}"
                  f" (mean {(h1[1] + h2[1]) / 2:.3f}; F@5 {h1[0]:.3f} / {h2[0]:.3f})")
    if not (args.listwise or args.hand_form or args.stack):
        print("coefficients fit on all dev (l2 = 1):")
        print_coefficients(train_model(names, references, Options()))


if __name__ == "__main__":
    main()
