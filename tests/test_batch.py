"""newsbrief.batch: inputs expanded, one analysis stage, one notebook per document, run.json and index.html."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import nbformat
import pytest
from _briefing_sample import sample_analysis
from nbformat.v4 import new_code_cell, new_notebook

from newsbrief import batch
from newsbrief.errors import InputError
from newsbrief.records import Analysis, Document

ROOT = Path(__file__).resolve().parents[1]
SEED_NAME = "000_59a7decd111426f4.txt"
# The seed article: in data/samples once copied there, else in shared/ beside the clone (as CI lays it out).
SEED = next(
    (p for p in (ROOT / "data" / "samples" / SEED_NAME, ROOT.parent / "shared" / "seed" / SEED_NAME,
                 Path("/work/shared/seed") / SEED_NAME) if p.is_file()),
    ROOT / "data" / "samples" / SEED_NAME,
)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("a.txt", True), ("b.md", True), ("c.HTML", True), ("d.htm", True), ("e.json", True), ("f.jsonl", True),
        ("README.md", False), ("ATTRIBUTION.md", False), ("LICENSE", False), ("LICENSE.txt", False),
        ("notes.pdf", False), (".hidden.txt", False),
    ],
)
def test_is_candidate(tmp_path, name, kept):
    (tmp_path / name).write_text("x")
    assert batch.is_candidate(tmp_path / name) is kept


def test_expand_inputs_sorts_folders_and_keeps_files_as_given(tmp_path):
    for name in ("b.txt", "a.md", "README.md", "x.pdf"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    assert batch.expand_inputs([str(tmp_path), "missing.txt"]) == [
        str(tmp_path / "a.md"), str(tmp_path / "b.txt"), "missing.txt"
    ]


def _doc(doc_id: str) -> Document:
    return replace(sample_analysis().document, id=doc_id)


def test_dedupe_ids():
    loaded = [("a", _doc("x")), ("b", InputError("b", "empty")), ("c", _doc("x")), ("d", _doc("x"))]
    ids = [item.id for _, item in batch.dedupe_ids(loaded) if isinstance(item, Document)]
    assert ids == ["x", "x-2", "x-3"]


def test_failed_entry_has_a_one_line_reason():
    entry = batch.failed_entry("p.txt", RuntimeError("first line\nsecond line"))
    assert (entry.status, entry.error, entry.id) == ("failed", "first line", None)


def test_report_counts_failures():
    report = batch.RunReport((batch.ok_entry("a", _doc("a")), batch.failed_entry("b", InputError("b", "empty"))))
    assert report.failed == 1
    data = report.as_dict()
    assert (data["failed"], data["total"]) == (1, 2)
    assert data["entries"][1] == {"path": "b", "id": None, "status": "failed", "error": "b: empty", "outputs": {},
                                  "title": None, "date": None, "language": None}


def test_write_analysis_round_trips(tmp_path):
    analysis = sample_analysis()
    path = batch.write_analysis(analysis, tmp_path / "x.analysis.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert Analysis.from_dict(data) == analysis
    assert list(data) == sorted(data)


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        batch.run_briefings([], out_dir=tmp_path, formats=("docx",))


def _fake_analyse(documents, *, top_quotes=8):
    return [replace(sample_analysis(), document=d) for d in documents]


def _records_notebook(path: Path, *, fail: bool = False) -> Path:
    """A briefing notebook that reads the cached analysis with records only (no spaCy, no newsbrief.analysis)."""
    sources = [
        "document_path = ''\ntop_quotes = 8\nanalysis_path = None",
        "import json\nfrom newsbrief.records import Analysis\nfrom newsbrief import display",
        "analysis = Analysis.from_dict(json.load(open(analysis_path, encoding='utf-8')))",
        "raise ValueError('broken on purpose')" if fail else "display.header_html(analysis)",
        "display.key_quotes_html(analysis, top=top_quotes)",
    ]
    nb = new_notebook(cells=[new_code_cell(s) for s in sources],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells[0].metadata["tags"] = ["parameters"]
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_run_briefings_accounts_for_every_input(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "analyse_all", _fake_analyse)
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED if SEED.is_file() else ROOT / "pyproject.toml", inputs / "seed.txt")
    (inputs / "empty.txt").write_text("")
    (inputs / "README.md").write_text("# not an article")
    seen = []
    report = batch.run_briefings([str(inputs), str(tmp_path / "missing.txt")], out_dir=tmp_path / "out",
                                 formats=("html",), notebook=_records_notebook(tmp_path / "nb.ipynb"),
                                 progress=lambda label, status: seen.append((label, status)))
    assert [e.status for e in report.entries] == ["failed", "ok", "failed"]
    assert report.failed == 2
    assert [s.split(":")[0] for _, s in seen] == ["failed", "ok", "failed"]
    ok = report.entries[1]
    assert ok.outputs == {"analysis": "seed.analysis.json", "ipynb": "seed.ipynb", "html": "seed.html"}
    assert "<blockquote" in (tmp_path / "out" / "seed.html").read_text(encoding="utf-8")
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run == json.loads(json.dumps(report.as_dict()))
    assert (tmp_path / "out" / "index.html").read_text(encoding="utf-8").count('<tr class="failed">') == 2


@pytest.mark.slow
def test_failed_notebook_keeps_the_executed_notebook(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "analyse_all", _fake_analyse)
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8") if SEED.is_file() else "Un article. " * 50)
    report = batch.run_briefings([str(tmp_path / "a.txt")], out_dir=tmp_path / "out",
                                 notebook=_records_notebook(tmp_path / "nb.ipynb", fail=True))
    (entry,) = report.entries
    assert entry.status == "failed" and "ValueError: broken on purpose" in entry.error
    assert entry.outputs == {"analysis": "a.analysis.json", "ipynb": "a.ipynb"}
    kept = nbformat.read(tmp_path / "out" / "a.ipynb", as_version=4)
    assert any(o.get("ename") == "ValueError" for c in kept.cells for o in c.get("outputs", []))
    assert not (tmp_path / "out" / "a.html").exists() and not (tmp_path / "out" / "a.pdf").exists()


@pytest.mark.slow
@pytest.mark.skipif(not SEED.is_file(), reason=f"{SEED} not here")
def test_end_to_end_seed_and_empty_file(tmp_path):
    pytest.importorskip("newsbrief.analysis")
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / SEED.name)
    (inputs / "empty.txt").write_text("")
    out = tmp_path / "out"
    report = batch.run_briefings([str(inputs)], out_dir=out)
    assert report.failed == 1
    stem = SEED.stem
    for suffix in (".ipynb", ".html", ".pdf", ".analysis.json"):
        assert (out / f"{stem}{suffix}").is_file(), suffix
    html = (out / f"{stem}.html").read_text(encoding="utf-8")
    assert "La connectivité est devenue un enjeu central" in html
    assert '<script src="http' not in html and "<script" not in html
    assert (out / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    by_path = {Path(e["path"]).name: e for e in run["entries"]}
    assert by_path["empty.txt"]["status"] == "failed" and by_path["empty.txt"]["error"]
    assert by_path[SEED.name]["status"] == "ok"
    assert run["failed"] == 1
