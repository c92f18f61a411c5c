"""The ``newsbrief analyse`` contract: one JSON object per document, errors in place, exit status.

Each command runs once per module (spaCy loads once per process) and the tests share its output.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from newsbrief import cli
from newsbrief.loading import iter_documents, load_document
from newsbrief.records import Document

ROOT = Path(__file__).resolve().parents[1]
SEED = os.path.relpath(ROOT / "data" / "samples" / "000_59a7decd111426f4.txt")
ENGLISH = str(ROOT / "data" / "samples" / "en-synthetic-ceasefire-talks.txt")
JSONL = str(Path(__file__).resolve().parent / "data" / "articles.jsonl")


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines()]


def run_cli(*argv: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(argv))
    return Run(status, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("cli")
    (folder / "empty.txt").write_bytes(b"")
    return {"seed": SEED, "missing": str(folder / "missing.txt"), "empty": str(folder / "empty.txt"),
            "english": ENGLISH}


@pytest.fixture(scope="module")
def mixed(paths: dict[str, str]) -> Run:
    return run_cli("analyse", paths["seed"], paths["missing"], paths["empty"], paths["english"])


@pytest.fixture(scope="module")
def seed_result(mixed: Run) -> dict[str, Any]:
    return mixed.lines[0]


@pytest.fixture(scope="module")
def seed_document() -> Document:
    return load_document(SEED)


def test_one_line_per_input_in_order(mixed: Run, paths: dict[str, str]) -> None:
    lines = mixed.lines
    assert len(lines) == 4 == len(mixed.stdout.splitlines())
    assert [line["document"]["path"] for line in lines] == [paths[k] for k in ("seed", "missing", "empty", "english")]
    assert ["error" in line for line in lines] == [False, True, True, False]
    assert lines[3]["document"]["language"] == "en"


def test_errors_in_place_on_stdout_and_named_on_stderr(mixed: Run, paths: dict[str, str]) -> None:
    assert mixed.status == 1
    assert mixed.lines[1] == {"document": {"path": paths["missing"]}, "error": "file not found"}
    assert mixed.lines[2] == {"document": {"path": paths["empty"]}, "error": "empty file"}
    assert mixed.stderr.splitlines() == [f"newsbrief: {paths['missing']}: file not found",
                                         f"newsbrief: {paths['empty']}: empty file"]


def test_document_object(seed_result: dict[str, Any], seed_document: Document) -> None:
    document = seed_result["document"]
    assert set(document) == {"id", "path", "title", "date", "language", "n_words", "sha256"}
    assert document["path"] == SEED
    assert document["id"] == "000_59a7decd111426f4"
    assert document["date"] == "2026-02-06" and document["language"] == "fr"
    assert document["title"] == seed_document.title and not document["title"].startswith("date")
    assert document["n_words"] == seed_document.n_words > 500
    assert document["sha256"] == seed_document.sha256 and len(document["sha256"]) == 64


def test_top_level_keys(seed_result: dict[str, Any]) -> None:
    assert list(seed_result) == ["document", "quotes", "entities", "themes", "keyphrases", "summary", "provenance"]


def test_quotes_slice_the_document_text(seed_result: dict[str, Any], seed_document: Document) -> None:
    quotes = seed_result["quotes"]
    assert quotes and any(q["key"] for q in quotes)
    for quote in quotes:
        assert {"text", "speaker", "start", "end", "cue", "key"} <= set(quote)
        assert seed_document.text[quote["start"]:quote["end"]] == quote["text"]
    assert any(q["speaker"] and "Tokaïev" in q["speaker"] for q in quotes)


def test_entities_themes_keyphrases_summary(seed_result: dict[str, Any], seed_document: Document) -> None:
    entities = seed_result["entities"]
    assert entities and all({"name", "label", "count", "aliases"} <= set(e) for e in entities)
    assert all(isinstance(e["count"], int) and e["count"] >= 1 and isinstance(e["aliases"], list) for e in entities)
    assert any(e["name"] == "Kazakhstan" for e in entities)
    themes = seed_result["themes"]
    assert themes and all({"label", "keyphrases", "sentences"} <= set(t) for t in themes)
    assert all(s in seed_document.text for t in themes for s in t["sentences"])
    assert seed_result["keyphrases"] and all(isinstance(k, str) for k in seed_result["keyphrases"])
    assert seed_result["summary"] and all(s in seed_document.text for s in seed_result["summary"])


def test_provenance(seed_result: dict[str, Any]) -> None:
    provenance = seed_result["provenance"]
    assert {"newsbrief", "spacy", "model", "parameters"} <= set(provenance)
    assert provenance["spacy"] == version("spacy")
    assert provenance["model"].startswith("fr_core_news")
    assert provenance["parameters"]["top_quotes"] == 8


def test_json_format(paths: dict[str, str], seed_result: dict[str, Any]) -> None:
    run = run_cli("analyse", "--format", "json", paths["seed"], paths["missing"])
    results = json.loads(run.stdout)
    assert run.status == 1 and isinstance(results, list) and len(results) == 2
    assert results[0]["document"] == seed_result["document"]
    assert results[0]["quotes"] == seed_result["quotes"]
    assert results[1] == {"document": {"path": paths["missing"]}, "error": "file not found"}


def test_all_good_exits_zero(paths: dict[str, str]) -> None:
    run = run_cli("analyse", paths["english"])
    assert run.status == 0 and run.stderr == "" and len(run.lines) == 1


def test_jsonl_input_gives_one_line_per_record() -> None:
    run = run_cli("analyse", JSONL)
    lines = run.lines
    assert len(lines) == 4 and run.status == 1
    assert [line["document"].get("id") for line in lines] == ["fr-greve", None, "articles-3", "articles-5"]
    assert lines[1]["document"]["path"] == f"{JSONL}:2" and lines[1]["error"].startswith("invalid JSON")
    assert run.stderr.splitlines() == [f"newsbrief: {JSONL}:2: {lines[1]['error']}"]
    documents = [item for item in iter_documents(JSONL) if isinstance(item, Document)]
    for line, document in zip([lines[0], lines[2], lines[3]], documents):
        assert line["document"]["path"] == JSONL and line["document"]["sha256"] == document.sha256
        assert all(document.text[q["start"]:q["end"]] == q["text"] for q in line["quotes"])


def test_theme_sentences_keep_the_original_characters(seed_result: dict[str, Any], seed_document: Document) -> None:
    assert all(s in seed_document.text for t in seed_result["themes"] for s in t["sentences"])
