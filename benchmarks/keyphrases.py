"""Keyphrase benchmark on French Wikinews: anchors and newsbrief's ranking, F@5 / F@10 on the dev and test splits.

    .venv/bin/python benchmarks/keyphrases.py                      # the table
    .venv/bin/python benchmarks/keyphrases.py --write-frequencies  # regenerate data/df-french.tsv (dev only)

Splits: the 30 files with the lowest ids are dev (tuning, document frequencies), the 30 highest are test.
newsbrief is also scored by 5-fold cross-validation inside dev (each held-out fold ranked with document
frequencies of the other 24 articles, plus the shipped background frequencies), the estimate for unseen articles
that choices are made on, and by halves (each half of dev ranked with the other half's frequencies).
``--dev-only`` leaves the test split out (what tuning runs use).
Every method ranks the same candidates (newsbrief's noun groups, sub-phrases and entities) so that the
comparison is about scoring; scores are evaluate.py's (Snowball stems, exact match, macro F@k).
"""

from __future__ import annotations

import argparse
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from newsbrief import themes
from newsbrief.evaluate import f_at_5_and_10, parse_keyphrase_references
from newsbrief.lang import get_language_data
from newsbrief.loading import load_document
from newsbrief.nlp import load_pipeline, normalise_text

CORPUS = Path("/work/shared/corpus/wikinews-fr")
FREQUENCIES = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "data" / "df-french.tsv"
ATTRIBUTION = ("# Document frequencies of Snowball (french) stems in the 30 dev articles of the French Wikinews\n"
               "# keyphrase corpus (fr.wikinews.org, May-December 2012; Bougouin, Boudin and Daille 2013).\n"
               "# Source text: Creative Commons Attribution 2.5 (CC BY 2.5), the contributors of fr.wikinews.org.\n"
               "# Regenerate: python benchmarks/keyphrases.py --write-frequencies\n")
LANG = get_language_data("fr")


def load_split(files: list[Path]) -> list[tuple[str, object]]:
    nlp = load_pipeline("fr")
    documents = [load_document(str(f)) for f in files]
    docs = nlp.pipe((normalise_text(d.text, d.language) for d in documents), batch_size=8)
    return [(f.name, doc) for f, doc in zip(files, docs)]


def candidates(doc) -> list[themes.Candidate]:
    return list(themes._candidates(doc, LANG, 5).values())


# --- anchors -------------------------------------------------------------------------------------------------------


def first_phrases(doc) -> list[str]:
    return [c.text for c in sorted(candidates(doc), key=lambda c: (c.first, c.key))]


def tf_idf(doc) -> list[str]:
    """Plain TF-IDF with the shipped dev document frequencies only, log(N / (1 + df)) (no background)."""
    idf = _dev_idf()
    default = idf.get("", 0.0)

    def score(c: themes.Candidate) -> float:
        return len(c.starts) * sum(idf.get(s, default) for s in c.key.split()) / c.n_words

    return [c.text for c in sorted(candidates(doc), key=lambda c: (-score(c), c.first))]


def yake_like(doc) -> list[str]:
    """YAKE's word features (casing, position, frequency, context spread, sentence spread), phrase score
    prod(S) / (tf * (1 + sum S)), lower is better."""
    words = [t for t in doc if t.is_alpha]
    stem = themes._stemmer(LANG.STEMMER)
    stems = stem.stemWords([t.lower_ for t in words])
    tf = Counter(stems)
    mean, std = np.mean(list(tf.values())), np.std(list(tf.values())) or 1.0
    sentences, upper, left, right = defaultdict(set), Counter(), defaultdict(set), defaultdict(set)
    for n, (t, s) in enumerate(zip(words, stems)):
        sentences[s].add(t.sent.start)
        upper[s] += t.text[:1].isupper() and not t.is_sent_start
        if n:
            left[s].add(stems[n - 1])
        if n + 1 < len(stems):
            right[s].add(stems[n + 1])
    n_sents = max(1, len(list(doc.sents)))
    median_sent = {s: np.median(sorted({t.sent.start for t, x in zip(words, stems) if x == s})) for s in tf}

    def word_score(s: str) -> float:
        if s not in tf:
            return 1.0
        case = upper[s] / (1 + math.log(tf[s]))
        position = math.log(math.log(3 + median_sent[s] / max(1, len(doc)) * n_sents))
        frequency = tf[s] / (mean + std)
        related = 1 + (len(left[s]) + len(right[s])) / (2 * tf[s])
        spread = len(sentences[s]) / n_sents
        return related * position / (case + frequency / related + spread / related)

    def score(c: themes.Candidate) -> float:
        ws = [word_score(s) for s in c.key.split()]
        return float(np.prod(ws)) / (len(c.starts) * (1 + sum(ws)))

    return [c.text for c in sorted(candidates(doc), key=lambda c: (score(c), c.first))]


def topic_rank(doc, *, threshold: float = 0.25, damping: float = 0.85) -> list[str]:
    """TopicRank (Bougouin et al. 2013): candidates clustered by stem overlap (average linkage, Jaccard
    distance <= 0.75), a complete graph of topics weighted by 1/|offset difference|, PageRank, and for each
    topic its first-occurring candidate."""
    cands = sorted(candidates(doc), key=lambda c: (c.first, c.key))
    if len(cands) < 2:
        return [c.text for c in cands]
    labels = _average_linkage([set(c.key.split()) for c in cands], max_distance=1 - threshold)
    topics = [[c for c, label in zip(cands, labels) if label == k] for k in sorted(set(labels))]
    weights = np.zeros((len(topics), len(topics)))
    for i, a in enumerate(topics):
        for j, b in enumerate(topics):
            if i != j:
                weights[i, j] = sum(1 / abs(p - q) for x in a for y in b for p in x.starts for q in y.starts
                                    if p != q)
    scores = _pagerank(weights, damping)
    order = sorted(range(len(topics)), key=lambda k: (-scores[k], min(c.first for c in topics[k])))
    return [min(topics[k], key=lambda c: c.first).text for k in order]


def _average_linkage(sets: list[set[str]], *, max_distance: float) -> list[int]:
    """Cluster labels by agglomerative average linkage on Jaccard distance (Lance-Williams updates)."""
    n = len(sets)
    distance = np.array([[1 - len(a & b) / len(a | b) for b in sets] for a in sets])
    np.fill_diagonal(distance, np.inf)
    sizes, labels, alive = np.ones(n), list(range(n)), np.ones(n, dtype=bool)
    while alive.sum() > 1:
        masked = np.where(np.outer(alive, alive), distance, np.inf)
        i, j = np.unravel_index(np.argmin(masked), masked.shape)
        if masked[i, j] > max_distance:
            break
        i, j = min(i, j), max(i, j)
        distance[i, :] = distance[:, i] = (sizes[i] * distance[i] + sizes[j] * distance[j]) / (sizes[i] + sizes[j])
        distance[i, i] = np.inf
        sizes[i] += sizes[j]
        alive[j] = False
        labels = [i if label == j else label for label in labels]
    return labels


def _pagerank(weights: np.ndarray, damping: float, iterations: int = 100) -> np.ndarray:
    out = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, out, out=np.zeros_like(weights), where=out > 0)
    scores = np.ones(len(weights)) / len(weights)
    for _ in range(iterations):
        scores = (1 - damping) + damping * transition.T @ scores
    return scores


def newsbrief_method(doc) -> list[str]:
    return [c.text for c in themes.rank_keyphrases(doc, lang=LANG, top=10)]


METHODS: dict[str, Callable] = {"first phrases": first_phrases, "TF-IDF": tf_idf, "YAKE-like": yake_like,
                                "TopicRank": topic_rank, "newsbrief": newsbrief_method}


# --- document frequencies ---------------------------------------------------------------------------------------


def document_frequencies(split: list[tuple[str, object]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for _, doc in split:
        df.update({s for c in candidates(doc) for s in c.key.split()})
    return df


def idf_of(split: list[tuple[str, object]]) -> dict[str, float]:
    """newsbrief's idf with the document frequencies of ``split`` and the shipped background frequencies."""
    frequencies = themes.DocumentFrequencies(len(split), dict(document_frequencies(split)))
    return themes.idf_table(frequencies, themes.background_frequencies(LANG.STEMMER))


def _dev_idf() -> dict[str, float]:
    text = FREQUENCIES.read_text(encoding="utf-8")
    return themes.idf_table(themes.parse_document_frequencies(text), {}, pseudo_documents=0)


def cross_validated(split: list[tuple[str, object]], references: dict[str, list[str]], *, folds: int = 5) -> tuple:
    """newsbrief on each held-out fold (every ``folds``-th article) with document frequencies of the other
    folds only; macro F@5 / F@10 over all articles (the folds are equal, so also the mean of the folds)."""
    pairs = []
    for k in range(folds):
        held, train = split[k::folds], [item for n, item in enumerate(split) if n % folds != k]
        pairs += _held_out(held, train, references)
    return f_at_5_and_10(pairs)


def half_split(split: list[tuple[str, object]], references: dict[str, list[str]]) -> tuple[float, float]:
    """F@10 of newsbrief on each half of ``split`` (first half, second half) ranked with the document frequencies
    of the other half only: a harsher estimate than ``cross_validated``, with half as many articles to learn from."""
    middle = len(split) // 2
    first, second = split[:middle], split[middle:]
    return (f_at_5_and_10(_held_out(first, second, references))[1],
            f_at_5_and_10(_held_out(second, first, references))[1])


def _held_out(held: list[tuple[str, object]], train: list[tuple[str, object]],
              references: dict[str, list[str]]) -> list[tuple[list[str], list[str]]]:
    """(newsbrief's top 10, references) for each article of ``held``, ranked with the frequencies of ``train``."""
    idf = idf_of(train)
    return [([c.text for c in themes.rank_keyphrases(doc, lang=LANG, top=10, idf=idf)], references[name])
            for name, doc in held]


def write_frequencies(split: list[tuple[str, object]], path: Path = FREQUENCIES) -> None:
    df = document_frequencies(split)
    rows = [f"documents\t{len(split)}"] + [f"{s}\t{n}" for s, n in sorted(df.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ATTRIBUTION + "\n".join(rows) + "\n", encoding="utf-8")


# --- main ---------------------------------------------------------------------------------------------------------


def evaluate(split: list[tuple[str, object]], method: Callable, references: dict[str, list[str]]) -> tuple:
    return f_at_5_and_10([(method(doc)[:10], references[name]) for name, doc in split])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-frequencies", action="store_true")
    parser.add_argument("--dev-only", action="store_true", help="leave the test split out")
    args = parser.parse_args()
    files = sorted(CORPUS.glob("*.html"), key=lambda p: int(p.stem))
    dev, test = load_split(files[:30]), ([] if args.dev_only else load_split(files[30:]))
    if args.write_frequencies:
        write_frequencies(dev)
        themes._idf_table.cache_clear()
    references = parse_keyphrase_references((CORPUS / "keyphrases.tsv").read_text(encoding="utf-8"))
    print(f"{'method':<16}{'dev F@5':>9}{'dev F@10':>10}{'test F@5':>10}{'test F@10':>11}")
    for name, method in METHODS.items():
        d5, d10 = evaluate(dev, method, references)
        t5, t10 = evaluate(test, method, references) if test else (math.nan, math.nan)
        print(f"{name:<16}{d5:>9.3f}{d10:>10.3f}{t5:>10.3f}{t10:>11.3f}")
    c5, c10 = cross_validated(dev, references)
    print(f"{'newsbrief CV':<16}{c5:>9.3f}{c10:>10.3f}{'-':>10}{'-':>11}   (5-fold inside dev)")
    h1, h2 = half_split(dev, references)
    print(f"newsbrief halves: F@10 {h1:.3f} / {h2:.3f} (each half of dev ranked with the other's frequencies)")


if __name__ == "__main__":
    main()
