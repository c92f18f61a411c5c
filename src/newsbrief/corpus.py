"""A run's briefings as pandas tables, and the questions an analyst asks of a corpus.

``load_corpus("reports/")`` reads every cached analysis (``<id>.analysis.json``) a run left in its folder and
returns a :class:`Corpus` of tidy DataFrames: ``documents``, ``quotes``, ``entities`` and ``keyphrases``, one
row per item, keyed by ``document_id``. Each question is one call returning a table or a chart:

- who said what about whom: :func:`search_quotes` (by speaker, entity named in the quote, keyword);
- who is quoted most: :func:`quotes_per_speaker`, :func:`quotes_per_speaker_chart`;
- which people and places appear together: :func:`entity_cooccurrence`, :func:`cooccurrence_chart`;
- how coverage moves over time: :func:`mentions_over_time`, :func:`mentions_over_time_chart`;
- which themes run through the corpus: :func:`theme_keyphrases`.

Reading is the only I/O here and happens in :func:`load_corpus`; everything else is a pure function of the
tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbrief.names import fold_accents

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

DOCUMENT_COLUMNS = ["document_id", "title", "date", "language", "n_words", "n_quotes", "path"]
QUOTE_COLUMNS = ["document_id", "date", "start", "end", "speaker", "text", "kind", "key", "cue", "resolution"]
ENTITY_COLUMNS = ["document_id", "date", "name", "label", "count", "resolved_mentions", "aliases"]
KEYPHRASE_COLUMNS = ["document_id", "rank", "keyphrase"]


@dataclass(frozen=True)
class Corpus:
    """The tables of one run. Dates are pandas timestamps (NaT when the article has none)."""

    documents: pd.DataFrame
    quotes: pd.DataFrame
    entities: pd.DataFrame
    keyphrases: pd.DataFrame

    def __repr__(self) -> str:
        return (f"Corpus({len(self.documents)} documents, {len(self.quotes)} quotes, "
                f"{len(self.entities)} entity rows)")


def load_corpus(reports_dir: str | Path) -> Corpus:
    """Every analysis a run cached in ``reports_dir`` (files ``*.analysis.json``), as a :class:`Corpus`."""
    paths = sorted(Path(reports_dir).glob("*.analysis.json"))
    return corpus_from_analyses([json.loads(p.read_text(encoding="utf-8")) for p in paths])


def corpus_from_analyses(analyses: list[dict[str, Any]]) -> Corpus:
    """The tables of analyses given as dicts (``Analysis.cache_dict()`` or ``as_dict()``)."""
    import pandas as pd

    documents, quotes, entities, keyphrases = [], [], [], []
    for analysis in analyses:
        doc = analysis["document"]
        key = {"document_id": doc["id"], "date": doc.get("date")}
        speech = [q for q in analysis["quotes"] if q.get("kind", "speech") == "speech"]
        documents.append({"document_id": doc["id"], "title": doc["title"], "date": doc.get("date"),
                          "language": doc["language"], "n_words": doc.get("n_words", 0),
                          "n_quotes": len(speech), "path": doc["path"]})
        quotes.extend({**key, **{c: q.get(c) for c in QUOTE_COLUMNS[2:]}} for q in analysis["quotes"])
        entities.extend({**key, **{c: e.get(c) for c in ENTITY_COLUMNS[2:-1]},
                         "aliases": "|".join(e.get("aliases", []))} for e in analysis["entities"])
        keyphrases.extend({"document_id": doc["id"], "rank": rank, "keyphrase": phrase}
                          for rank, phrase in enumerate(analysis["keyphrases"], start=1))
    frames = [pd.DataFrame(rows, columns=columns) for rows, columns in
              ((documents, DOCUMENT_COLUMNS), (quotes, QUOTE_COLUMNS), (entities, ENTITY_COLUMNS),
               (keyphrases, KEYPHRASE_COLUMNS))]
    for frame in frames[:3]:
        frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return Corpus(*frames)


# --- questions ------------------------------------------------------------------------------------------------


def search_quotes(corpus: Corpus, *, speaker: str | None = None, entity: str | None = None,
                  keyword: str | None = None, speech_only: bool = True) -> pd.DataFrame:
    """Quotes by a speaker, naming an entity (any of its aliases, in the quote's words), or holding a keyword;
    matching ignores case and accents. "What did Tokayev say about Russia?" is
    ``search_quotes(corpus, speaker="Tokaïev", entity="Russie")``."""
    quotes = corpus.quotes
    if speech_only:
        quotes = quotes[quotes["kind"] == "speech"]
    if speaker:
        quotes = quotes[quotes["speaker"].fillna("").map(_folded).str.contains(_folded(speaker), regex=False)]
    if entity:
        forms = _entity_forms(corpus, entity)
        quotes = quotes[quotes["text"].map(lambda t: any(f in _folded(t) for f in forms))]
    if keyword:
        quotes = quotes[quotes["text"].map(_folded).str.contains(_folded(keyword), regex=False)]
    columns = ["document_id", "date", "speaker", "text", "cue"]
    table = quotes[columns].sort_values(["date", "document_id"], kind="stable").reset_index(drop=True)
    return table.fillna({"speaker": "", "cue": ""})


def quotes_per_speaker(corpus: Corpus, *, top: int = 15) -> pd.DataFrame:
    """Speakers by number of speech quotes, with the number of documents they are quoted in."""
    quotes = corpus.quotes[(corpus.quotes["kind"] == "speech") & corpus.quotes["speaker"].notna()]
    table = quotes.groupby("speaker").agg(quotes=("text", "size"), documents=("document_id", "nunique"))
    return table.sort_values(["quotes", "documents"], ascending=False, kind="stable").head(top).reset_index()


def entity_cooccurrence(corpus: Corpus, *, top: int = 12, labels: tuple[str, ...] = ("PER", "ORG", "LOC")
                        ) -> pd.DataFrame:
    """Number of documents in which each pair of the ``top`` most-named entities both appear (diagonal: the
    documents naming each entity)."""
    named = corpus.entities[(corpus.entities["count"] > 0) & corpus.entities["label"].isin(labels)]
    leaders = named.groupby("name")["count"].sum().sort_values(ascending=False, kind="stable").head(top).index
    presence = (named[named["name"].isin(leaders)].assign(present=1)
                .pivot_table(index="document_id", columns="name", values="present", aggfunc="max", fill_value=0))
    presence = presence.reindex(columns=list(leaders), fill_value=0)
    return presence.T.dot(presence)


def mentions_over_time(corpus: Corpus, *, entities: list[str] | None = None, top: int = 5,
                       freq: str = "D") -> pd.DataFrame:
    """Named mentions per period (``freq``: "D", "W", "MS" ...) of the given or the ``top`` most-named entities,
    by article date; articles without a date are left out."""
    table = corpus.entities[corpus.entities["date"].notna() & (corpus.entities["count"] > 0)]
    if entities is None:
        entities = list(table.groupby("name")["count"].sum().sort_values(ascending=False, kind="stable")
                        .head(top).index)
    table = table[table["name"].isin(entities)]
    series = table.groupby([table["date"].dt.to_period(freq).dt.start_time, "name"])["count"].sum()
    return series.unstack("name", fill_value=0).reindex(columns=entities, fill_value=0)


def theme_keyphrases(corpus: Corpus, *, top: int = 20, per_document: int = 10) -> pd.DataFrame:
    """Keyphrases shared across documents: how many documents rank each among their ``per_document`` best,
    with its mean rank and the documents."""
    phrases = corpus.keyphrases[corpus.keyphrases["rank"] <= per_document].copy()
    phrases["key"] = phrases["keyphrase"].map(_folded)
    table = phrases.groupby("key").agg(keyphrase=("keyphrase", "first"), documents=("document_id", "nunique"),
                                       mean_rank=("rank", "mean"),
                                       document_ids=("document_id", lambda ids: ", ".join(sorted(set(ids)))))
    table = table.sort_values(["documents", "mean_rank"], ascending=[False, True], kind="stable")
    return table.head(top).reset_index(drop=True)


# --- charts -------------------------------------------------------------------------------------------------------


def quotes_per_speaker_chart(corpus: Corpus, *, top: int = 12) -> Figure:
    """Horizontal bars: quotes per speaker."""
    table = quotes_per_speaker(corpus, top=top).iloc[::-1]
    figure, axes = _figure()
    axes.barh(table["speaker"], table["quotes"], color="#35608f")
    axes.set_xlabel("quotes")
    axes.set_title("Most-quoted speakers", loc="left", fontsize=10, fontweight="bold")
    return figure


def cooccurrence_chart(corpus: Corpus, *, top: int = 12) -> Figure:
    """Heatmap of :func:`entity_cooccurrence`."""
    matrix = entity_cooccurrence(corpus, top=top)
    figure, axes = _figure(height_cm=12)
    image = axes.imshow(matrix.to_numpy(), cmap="Blues")
    axes.set_xticks(range(len(matrix.columns)), matrix.columns, rotation=60, ha="right", fontsize=7)
    axes.set_yticks(range(len(matrix.index)), matrix.index, fontsize=7)
    figure.colorbar(image, ax=axes, label="documents")
    axes.set_title("Entities named in the same documents", loc="left", fontsize=10, fontweight="bold")
    return figure


def mentions_over_time_chart(corpus: Corpus, *, entities: list[str] | None = None, top: int = 5,
                             freq: str = "D") -> Figure:
    """Lines: named mentions per period of the most-named entities."""
    table = mentions_over_time(corpus, entities=entities, top=top, freq=freq)
    figure, axes = _figure()
    for name in table.columns:
        axes.plot(table.index, table[name], marker="o", label=name)
    axes.set_ylabel("named mentions")
    axes.legend(fontsize=7, frameon=False)
    axes.set_title("Mentions over time (by article date)", loc="left", fontsize=10, fontweight="bold")
    figure.autofmt_xdate()
    return figure


def _figure(*, width_cm: float = 16, height_cm: float = 8) -> tuple[Figure, Any]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=150, layout="constrained")
    return figure, figure.add_subplot()


# --- helpers ------------------------------------------------------------------------------------------------------


def _folded(text: str) -> str:
    return fold_accents(str(text).replace("’", "'")).casefold()


def _entity_forms(corpus: Corpus, entity: str) -> set[str]:
    """The folded names and aliases of the entities whose name or alias contains ``entity``."""
    wanted = _folded(entity)
    forms = {wanted}
    for name, aliases in zip(corpus.entities["name"], corpus.entities["aliases"]):
        candidates = [name, *[a for a in str(aliases or "").split("|") if a]]
        if any(wanted in _folded(c) for c in candidates):
            forms.update(_folded(c) for c in candidates)
    return forms
