"""Corpus tables and questions over hand-made analyses (no model), and explore.ipynb run by papermill."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbrief import corpus as nc

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def analysis(doc_id: str, date: str | None, quotes: list[tuple[str, str | None, str]],
             entities: list[tuple[str, str, int]], keyphrases: list[str]) -> dict[str, Any]:
    return {
        "document": {"id": doc_id, "path": f"{doc_id}.txt", "title": f"Title {doc_id}", "date": date,
                     "language": "fr", "n_words": 100, "sha256": "0" * 64},
        "quotes": [{"text": text, "speaker": speaker, "kind": kind, "start": 0, "end": len(text), "key": True,
                    "cue": "dire", "resolution": "explicit"} for text, speaker, kind in quotes],
        "entities": [{"name": name, "label": label, "count": count, "aliases": [], "resolved_mentions": 0}
                     for name, label, count in entities],
        "keyphrases": keyphrases,
    }


ANALYSES = [
    analysis("a", "2026-02-01", [("La Russie reste un partenaire", "Kassym-Jomart Tokaïev", "speech"),
                                 ("ironie", None, "scare")],
             [("Kassym-Jomart Tokaïev", "PER", 5), ("Russie", "LOC", 2), ("Kazakhstan", "LOC", 3)],
             ["corridor", "Russie", "énergie"]),
    analysis("b", "2026-02-03", [("Nous voulons la paix", "Kassym-Jomart Tokaïev", "speech"),
                                 ("Moscou écoute", "Vladimir Poutine", "speech")],
             [("Kassym-Jomart Tokaïev", "PER", 2), ("Vladimir Poutine", "PER", 4), ("Russie", "LOC", 1)],
             ["Russie", "paix"]),
    analysis("c", None, [("Le commerce progresse", "Ursula von der Leyen", "speech")],
             [("Ursula von der Leyen", "PER", 1), ("Kazakhstan", "LOC", 1)], ["corridor", "commerce"]),
]


@pytest.fixture()
def corpus() -> nc.Corpus:
    return nc.corpus_from_analyses(ANALYSES)


def test_tables_have_one_row_per_item(corpus: nc.Corpus) -> None:
    assert (len(corpus.documents), len(corpus.quotes), len(corpus.entities), len(corpus.keyphrases)) == (3, 5, 8, 7)
    assert corpus.documents.set_index("document_id")["n_quotes"].to_dict() == {"a": 1, "b": 2, "c": 1}


@pytest.mark.parametrize(("options", "expected"), [
    ({"speaker": "tokaiev"}, ["La Russie reste un partenaire", "Nous voulons la paix"]),
    ({"speaker": "Tokaïev", "entity": "Russie"}, ["La Russie reste un partenaire"]),
    ({"keyword": "PAIX"}, ["Nous voulons la paix"]),
    ({"keyword": "ironie"}, []),
])
def test_search_quotes(corpus: nc.Corpus, options: dict[str, str], expected: list[str]) -> None:
    assert nc.search_quotes(corpus, **options)["text"].tolist() == expected


def test_quotes_per_speaker_counts_speech_only(corpus: nc.Corpus) -> None:
    table = nc.quotes_per_speaker(corpus)
    assert table.iloc[0].to_dict() == {"speaker": "Kassym-Jomart Tokaïev", "quotes": 2, "documents": 2}
    assert len(table) == 3


def test_cooccurrence_counts_documents(corpus: nc.Corpus) -> None:
    matrix = nc.entity_cooccurrence(corpus)
    assert matrix.loc["Kassym-Jomart Tokaïev", "Russie"] == 2
    assert matrix.loc["Kazakhstan", "Vladimir Poutine"] == 0
    assert matrix.loc["Kazakhstan", "Kazakhstan"] == 2


def test_mentions_over_time_skips_undated(corpus: nc.Corpus) -> None:
    table = nc.mentions_over_time(corpus, entities=["Kazakhstan", "Russie"])
    assert table["Kazakhstan"].sum() == 3 and table["Russie"].tolist() == [2, 1]


def test_theme_keyphrases_shared_first(corpus: nc.Corpus) -> None:
    table = nc.theme_keyphrases(corpus)
    assert table.iloc[:2]["keyphrase"].tolist() == ["corridor", "Russie"]  # same documents, better rank first
    assert table.iloc[0]["documents"] == 2


@pytest.mark.parametrize("chart", [nc.quotes_per_speaker_chart, nc.cooccurrence_chart, nc.mentions_over_time_chart])
def test_charts_draw(corpus: nc.Corpus, chart: Any) -> None:
    figure = chart(corpus)
    assert figure.axes and (figure.axes[0].patches or figure.axes[0].lines or figure.axes[0].images)


@pytest.fixture()
def reports_dir(tmp_path: Path) -> Path:
    for item in ANALYSES:
        (tmp_path / f"{item['document']['id']}.analysis.json").write_text(json.dumps(item), encoding="utf-8")
    return tmp_path


def test_load_corpus_reads_a_run_folder(reports_dir: Path) -> None:
    import newsbrief as nb

    assert len(nb.load_corpus(reports_dir).documents) == 3


@pytest.mark.slow
def test_explore_notebook_runs_on_a_run_folder(reports_dir: Path, tmp_path: Path) -> None:
    import papermill

    output = tmp_path / "explore-out.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(output), parameters={"reports_dir": str(reports_dir),
                               "speaker": "Tokaïev"}, cwd=str(NOTEBOOK.parent), progress_bar=False)
    executed = json.loads(output.read_text(encoding="utf-8"))
    outputs = [o for cell in executed["cells"] if cell["cell_type"] == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 3
