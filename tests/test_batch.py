"""newsbrief.batch: inputs expanded, one analysis stage, one notebook per document, run.json and index.html."""

from __future__ import annotations

import functools
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import nbformat
import pytest
from _briefing_sample import sample_analysis
from nbformat.v4 import new_code_cell, new_notebook

from newsbrief import batch, worker
from newsbrief.errors import InputError
from newsbrief.records import Analysis, Document
from newsbrief.worker import Entry, Settings

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


def _entry(doc_id: str, status: str, **kw) -> Entry:
    return Entry(path=f"{doc_id}.txt", id=doc_id, status=status, **kw)


def test_report_counts_each_status():
    report = batch.RunReport((_entry("a", "ok"), batch.failed_entry("b", InputError("b", "empty")),
                              _entry("c", "skipped")), {"pdf": 1.23456})
    assert (report.failed, report.skipped, report.count("ok")) == (1, 1, 1)
    data = report.as_dict()
    assert (data["failed"], data["skipped"], data["ok"], data["total"]) == (1, 1, 1, 3)
    assert data["timings"] == {"pdf": 1.235}
    assert data["entries"][1] == {"path": "b", "id": None, "status": "failed", "error": "b: empty", "outputs": {},
                                  "title": None, "date": None, "language": None, "key": None}
    assert Entry.from_dict(data["entries"][2]) == report.entries[2]


def test_write_analysis_round_trips(tmp_path):
    analysis = sample_analysis()
    path = batch.write_analysis(analysis, tmp_path / "x.analysis.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert Analysis.from_dict(data) == analysis
    assert list(data) == sorted(data)


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        batch.run_briefings([], out_dir=tmp_path, formats=("docx",))


# --- planning -----------------------------------------------------------------------------------------------------


def _key(document: Document | None = None, **changes) -> str:
    options = {"source": "in/a.txt", "top_quotes": 8, "fingerprint": "f", **changes}
    return batch.run_key(document or _doc("a"), **options)


@pytest.mark.parametrize(
    "changed",
    [
        {"document": replace(_doc("a"), sha256="1" * 64)},
        {"document": _doc("b")},
        {"top_quotes": 3},
        {"fingerprint": "g"},
        {"source": "elsewhere/a.txt"},
    ],
)
def test_run_key_changes_with_input_parameters_and_rendering(changed):
    assert _key() == _key()
    assert _key(**changed) != _key()


@pytest.mark.parametrize("change", ["notebook", "formats"])
def test_render_fingerprint_follows_notebook_and_formats(tmp_path, change):
    notebook = tmp_path / "nb.ipynb"
    notebook.write_text("{}")
    before = batch.render_fingerprint(notebook, formats=("html",))
    if change == "notebook":
        notebook.write_text('{"cells": []}')
    after = batch.render_fingerprint(notebook, formats=("html", "pdf") if change == "formats" else ("html",))
    assert before != after
    assert batch.render_fingerprint(notebook, formats=("pdf", "html")) == batch.render_fingerprint(
        notebook, formats=("html", "pdf", "ipynb"))


OUTPUTS = {"analysis": "a.analysis.json", "ipynb": "a.ipynb", "html": "a.html"}


@pytest.mark.parametrize(
    ("previous", "formats", "remove", "valid"),
    [
        (_entry("a", "ok", key="k", outputs=OUTPUTS), ("html",), None, True),
        (_entry("a", "skipped", key="k", outputs=OUTPUTS), ("html",), None, True),
        (_entry("a", "failed", key="k", outputs=OUTPUTS), ("html",), None, False),
        (_entry("a", "ok", key="other", outputs=OUTPUTS), ("html",), None, False),
        (_entry("a", "ok", key="k", outputs=OUTPUTS), ("html", "pdf"), None, False),
        (_entry("a", "ok", key="k", outputs=OUTPUTS), ("html",), "a.html", False),
        (None, ("html",), None, False),
    ],
)
def test_still_valid(tmp_path, previous, formats, remove, valid):
    for name in OUTPUTS.values():
        (tmp_path / name).write_text("x")
    if remove:
        (tmp_path / remove).unlink()
    assert batch.still_valid(previous, key="k", out_dir=tmp_path, formats=formats) is valid


@pytest.mark.parametrize("content", [None, "not json", '{"entries": 3}'])
def test_previous_entries_without_a_readable_run_json(tmp_path, content):
    if content is not None:
        (tmp_path / "run.json").write_text(content)
    assert batch.previous_entries(tmp_path) == {}


@pytest.mark.parametrize("force", [False, True])
def test_plan_fails_unreadable_skips_unchanged_and_runs_the_rest(tmp_path, force):
    notebook = tmp_path / "nb.ipynb"
    notebook.write_text("{}")
    settings = Settings(out_dir=str(tmp_path), notebook=str(notebook), formats=("html",), force=force)
    loaded = [("bad.txt", InputError("bad.txt", "empty")), ("a.txt", _doc("a")), ("b.txt", _doc("b"))]
    fingerprint = batch.render_fingerprint(notebook, formats=("html",))
    key = batch.run_key(_doc("a"), source="a.txt", top_quotes=8, fingerprint=fingerprint)
    for name in OUTPUTS.values():
        (tmp_path / name).write_text("x")
    previous = {"a": _entry("a", "ok", key=key, outputs=OUTPUTS, error=None)}
    plan = batch.plan_run(loaded, settings=settings, previous=previous)
    assert plan.known[0].status == "failed"
    assert [job.index for job in plan.jobs] == ([1, 2] if force else [2])
    if not force:
        assert plan.known[1].status == "skipped" and plan.known[1].outputs == OUTPUTS


# --- whole runs (a kernel each) ------------------------------------------------------------------------------------


def _fake_analyse(documents, *, top_quotes=8):
    return [replace(sample_analysis(), document=d) for d in documents]


def _records_notebook(path: Path, *, fail: bool | str = False) -> Path:
    """A briefing notebook that reads the cached analysis with records only (no spaCy, no newsbrief.analysis);
    ``fail`` True fails every document, a string fails the documents whose path contains it."""
    failing = "raise ValueError('broken on purpose')"
    if isinstance(fail, str):
        failing = f"if {fail!r} in document_path: {failing}"
    sources = [
        "document_path = ''\ntop_quotes = 8\nanalysis_path = None",
        "import json\nfrom newsbrief.records import Analysis\nfrom newsbrief import display",
        "analysis = Analysis.from_dict(json.load(open(analysis_path, encoding='utf-8')))",
        failing if fail else "display.header_html(analysis)",
        "display.key_quotes_html(analysis, top=top_quotes)",
    ]
    nb = new_notebook(cells=[new_code_cell(s) for s in sources],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells[0].metadata["tags"] = ["parameters"]
    nbformat.write(nb, path)
    return path


def _article(path: Path, extra: str = "") -> Path:
    text = SEED.read_text(encoding="utf-8") if SEED.is_file() else "Un article. " * 50
    path.write_text(text + extra, encoding="utf-8")
    return path


OLD_NS = 1_000_000_000 * 10**9  # 2001-09-09


@pytest.mark.slow
def test_run_briefings_accounts_for_every_input_then_skips_unchanged(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "analyse_batch", _fake_analyse)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # it drops the timings run.json is checked for
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    _article(inputs / "seed.txt")
    (inputs / "empty.txt").write_text("")
    (inputs / "README.md").write_text("# not an article")
    seen, totals = [], []
    run = functools.partial(batch.run_briefings, [str(inputs), str(tmp_path / "missing.txt")], out_dir=out,
                            formats=("html",), notebook=_records_notebook(tmp_path / "nb.ipynb"))
    report = run(progress=lambda label, status: seen.append((label, status)), on_start=totals.append)
    assert [e.status for e in report.entries] == ["failed", "ok", "failed"]
    assert report.failed == 2 and totals == [3]
    assert sorted(s.split(":")[0] for _, s in seen) == ["failed", "failed", "ok"]
    ok = report.entries[1]
    assert ok.outputs == {"analysis": "seed.analysis.json", "ipynb": "seed.ipynb", "html": "seed.html"}
    assert "<blockquote" in (out / "seed.html").read_text(encoding="utf-8")
    data = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(report.as_dict()))
    assert data["timings"]["execute"] > 0 and data["timings"]["pdf"] == 0
    assert (out / "index.html").read_text(encoding="utf-8").count('<tr class="failed">') == 2
    assert {p.name for p in out.iterdir()} >= {"documents.csv", "quotes.csv", "entities.csv"}

    # outputs dated long ago: one rewritten by the skipping run would bear today's time, however coarse the clock
    outputs = [out / name for name in ok.outputs.values()]
    for path in outputs:
        os.utime(path, ns=(OLD_NS, OLD_NS))
    again = run()
    assert [e.status for e in again.entries] == ["failed", "skipped", "failed"]
    assert again.entries[1].outputs == ok.outputs and again.entries[1].key == ok.key
    assert [path.stat().st_mtime_ns for path in outputs] == [OLD_NS] * len(outputs)
    assert "skipped" in (out / "run.json").read_text(encoding="utf-8")
    assert [e.status for e in run(force=True).entries] == ["failed", "ok", "failed"]
    _article(inputs / "seed.txt", extra="\n\nUne phrase de plus.")
    assert [e.status for e in run().entries] == ["failed", "ok", "failed"]


@pytest.mark.slow
def test_failed_notebook_keeps_the_executed_notebook_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "analyse_batch", _fake_analyse)
    paths = [str(_article(tmp_path / name)) for name in ("a.txt", "b.txt")]
    notebook = _records_notebook(tmp_path / "nb.ipynb", fail="a.txt")
    report = batch.run_briefings(paths, out_dir=tmp_path / "out", notebook=notebook)
    first, second = report.entries
    assert first.status == "failed" and "ValueError: broken on purpose" in first.error
    assert first.outputs == {"analysis": "a.analysis.json", "ipynb": "a.ipynb"}
    kept = nbformat.read(tmp_path / "out" / "a.ipynb", as_version=4)
    assert any(o.get("ename") == "ValueError" for c in kept.cells for o in c.get("outputs", []))
    assert not (tmp_path / "out" / "a.html").exists() and not (tmp_path / "out" / "a.pdf").exists()
    assert second.status == "ok" and (tmp_path / "out" / "b.pdf").read_bytes().startswith(b"%PDF")
    again = batch.run_briefings(paths, out_dir=tmp_path / "out", notebook=notebook)
    assert [e.status for e in again.entries] == ["failed", "skipped"]  # the failed one is redone


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
    assert run["failed"] == 1 and run["overview_error"] is None
    assert report.timings["analysis"] > 0
    overview = (out / "overview.html").read_text(encoding="utf-8")
    assert "Kassym-Jomart Tokaïev" in overview and "data:image/png" in overview
    assert 'href="overview.html"' in (out / "index.html").read_text(encoding="utf-8")
