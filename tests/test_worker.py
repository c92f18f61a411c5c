"""newsbrief.worker: the analysis cache, per-document isolation of analysis failures, stage timings."""

from __future__ import annotations

from dataclasses import replace

import pytest
from _briefing_sample import sample_analysis

from newsbrief import worker
from newsbrief.analysis import analysis_parameters, provenance
from newsbrief.errors import NewsbriefError
from newsbrief.records import Analysis
from newsbrief.worker import Job, Settings


def _fresh(analysis: Analysis, top_quotes: int = 8) -> Analysis:
    """``analysis`` with the provenance a real analysis of its document would record now."""
    return replace(analysis, provenance=provenance(analysis.document, analysis_parameters(top_quotes=top_quotes)))


def _job(index: int, analysis: Analysis | None = None) -> Job:
    document = replace(sample_analysis().document, id=f"d{index}")
    return Job(index=index, source=f"d{index}.txt", document=document, key="k", analysis=analysis)


@pytest.mark.parametrize(
    ("change", "reused"),
    [
        (None, True),
        ("text", False),
        ("top_quotes", False),
        ("version", False),
        ("id", False),
        ("corrupt", False),
    ],
)
def test_cached_analysis_is_reused_only_when_fresh(tmp_path, change, reused):
    analysis = _fresh(sample_analysis())
    document = analysis.document
    if change == "version":
        analysis = replace(analysis, provenance={**analysis.provenance, "newsbrief": "0.0.0"})
    path = worker.write_analysis(analysis, tmp_path / "a.analysis.json")
    if change == "corrupt":
        path.write_text("{", encoding="utf-8")
    document = {"text": replace(document, sha256="f" * 64), "id": replace(document, id="other")}.get(change, document)
    cached = worker.cached_analysis(path, document, top_quotes=3 if change == "top_quotes" else 8)
    assert (cached == analysis) if reused else cached is None


def test_analyse_batch_isolates_the_failing_document(monkeypatch):
    from newsbrief import analysis as analysis_module

    def analyse_documents(documents, *, top_quotes):
        if len(documents) > 1:
            raise RuntimeError("one of them is bad")
        return iter([sample_analysis()])

    def analyse_document(document, *, top_quotes):
        if document.id == "d1":
            raise RuntimeError("bad document\nwith a traceback")
        return replace(sample_analysis(), document=document)

    monkeypatch.setattr(analysis_module, "analyse_documents", analyse_documents)
    monkeypatch.setattr(analysis_module, "analyse_document", analyse_document)
    results = worker.analyse_batch([_job(i).document for i in range(3)], top_quotes=8)
    assert [type(r).__name__ for r in results] == ["Analysis", "NewsbriefError", "Analysis"]
    assert str(results[1]).endswith("analysis failed: bad document")


@pytest.mark.parametrize("force", [False, True])
def test_attach_analyses_uses_the_cache_unless_forced(tmp_path, monkeypatch, force):
    calls: list[list[str]] = []

    def analyse_batch(documents, *, top_quotes):
        calls.append([d.id for d in documents])
        return [replace(sample_analysis(), document=d) if d.id != "d2" else NewsbriefError("d2: no") for d in
                documents]

    monkeypatch.setattr(worker, "analyse_batch", analyse_batch)
    settings = Settings(out_dir=str(tmp_path), notebook="nb.ipynb", force=force)
    cached = _fresh(replace(sample_analysis(), document=_job(0).document))
    worker.write_analysis(cached, tmp_path / "d0.analysis.json")
    prepared = worker.attach_analyses([_job(0), _job(1), _job(2)], settings)
    assert calls == [["d0", "d1", "d2"] if force else ["d1", "d2"]]
    assert [j.index for j in prepared.ready] == [0, 1]
    assert (prepared.ready[0].analysis == cached) is not force
    assert prepared.ready[1].analysis_seconds > 0 and (prepared.ready[0].analysis_seconds > 0) is force
    (failed,) = prepared.failed
    assert (failed.index, failed.entry.status, failed.entry.error, failed.entry.key) == (2, "failed", "d2: no", "k")


def test_stopwatch_adds_up():
    seconds: dict[str, float] = {"pdf": 1.0}
    with worker.stopwatch(seconds, "pdf"):
        pass
    with pytest.raises(ValueError), worker.stopwatch(seconds, "html"):
        raise ValueError
    assert seconds["pdf"] >= 1.0 and "html" in seconds
