"""The per-document work of a batch, as a worker does it: analyse, execute the briefing, export HTML and PDF.

The same code runs in the ``newsbrief run`` process (``--jobs 1``), in a local process pool (``--jobs N``) and on
Dask workers (``--scheduler``): :func:`process_batch` is the task. A process loads each spaCy model once
(:func:`newsbrief.nlp.load_pipeline` is cached), keeps one warm kernel (:func:`process_kernel`, shut down when the
process exits) and one HTML exporter (:func:`newsbrief.rendering.briefing_exporter` is cached).

An analysis is cached as ``<id>.analysis.json`` in the output folder; it is reused when its provenance gives the
same :func:`newsbrief.analysis.cache_key` as the document (same input bytes, parameters, newsbrief, spaCy and
model versions).
"""

from __future__ import annotations

import functools
import json
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from newsbrief import rendering
from newsbrief.errors import NewsbriefError, RenderError
from newsbrief.records import Analysis, Document

if TYPE_CHECKING:  # pragma: no cover
    from newsbrief.kernels import WarmKernel

FORMATS = ("html", "pdf")
STAGES = ("analysis", "execute", "html", "pdf")
_KERNEL_LOCK = threading.Lock()  # a Dask worker may run tasks in several threads: one document at a time


@dataclass(frozen=True)
class Settings:
    """What every document of a run shares."""

    out_dir: str
    notebook: str
    formats: tuple[str, ...] = FORMATS
    top_quotes: int = 8
    force: bool = False


@dataclass(frozen=True)
class Job:
    """One document to brief; ``analysis`` is set when the parent analysed it already."""

    index: int
    source: str
    document: Document
    key: str
    analysis: Analysis | None = None
    analysis_seconds: float = 0.0


Status = Literal["ok", "failed", "skipped"]


@dataclass(frozen=True)
class Entry:
    """What became of one input (or one record of a ``.jsonl`` input): a line of run.json.

    ``outputs`` maps a format (``analysis``, ``ipynb``, ``html``, ``pdf``) to a file name in the output folder;
    ``key`` is the run key of the document (input, parameters, versions, notebook, template, formats): a later
    run skips the document while it is unchanged.
    """

    path: str
    id: str | None
    status: Status
    error: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    date: str | None = None
    language: str | None = None
    key: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "id": self.id, "status": self.status, "error": self.error,
            "outputs": dict(self.outputs), "title": self.title, "date": self.date, "language": self.language,
            "key": self.key,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        return cls(**{name: data.get(name) for name in ("path", "id", "status", "error", "title", "date",
                                                       "language", "key")}, outputs=dict(data.get("outputs") or {}))


@dataclass(frozen=True)
class Outcome:
    """What became of a job: its entry, seconds per stage, and which processes did it."""

    index: int
    entry: Entry
    seconds: dict[str, float] = field(default_factory=dict)
    worker_pid: int | None = None
    kernel_pid: int | None = None


def job_entry(job: Job, *, status: Status, error: str | None = None, outputs: dict[str, str] | None = None) -> Entry:
    """The entry of a document."""
    doc = job.document
    return Entry(path=job.source, id=doc.id, status=status, error=error, outputs=dict(outputs or {}),
                 title=doc.title, date=doc.date, language=doc.language, key=job.key)


def one_line(error: BaseException) -> str:
    """The first line of an error's message (its type name when it has none)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


@contextmanager
def stopwatch(seconds: dict[str, float], stage: str) -> Iterator[None]:
    """Add the time spent in the ``with`` block to ``seconds[stage]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start


# --- analysis -----------------------------------------------------------------------------------------------------


def analysis_path(settings: Settings, document: Document) -> Path:
    return Path(settings.out_dir) / f"{document.id}.analysis.json"


def cached_analysis(path: Path, document: Document, *, top_quotes: int) -> Analysis | None:
    """The analysis cached at ``path`` when it was made from the same input, parameters and versions."""
    from newsbrief.analysis import analysis_parameters, cache_key, provenance_key

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fresh = provenance_key(data["provenance"]) == cache_key(document, analysis_parameters(top_quotes=top_quotes))
        return Analysis.from_dict(data) if fresh and data["document"]["id"] == document.id else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def analyse_batch(documents: Sequence[Document], *, top_quotes: int) -> list[Analysis | NewsbriefError]:
    """Each document's analysis, in order, with ``nlp.pipe``; when the batch fails, each document is retried
    alone so that one bad document does not fail the others."""
    from newsbrief.analysis import analyse_document, analyse_documents

    try:
        return list(analyse_documents(documents, top_quotes=top_quotes))
    except Exception:  # noqa: BLE001 - isolate the document that fails below
        pass
    results: list[Analysis | NewsbriefError] = []
    for document in documents:
        try:
            results.append(analyse_document(document, top_quotes=top_quotes))
        except Exception as error:  # noqa: BLE001 - spaCy and the extractors raise many kinds
            results.append(NewsbriefError(f"{document.path}: analysis failed: {one_line(error)}"))
    return results


@dataclass(frozen=True)
class Prepared:
    """Jobs with their analysis (``analysis_seconds`` set on those analysed now), and the outcomes of those whose
    analysis failed."""

    ready: list[Job]
    failed: list[Outcome]


def with_cached_analyses(jobs: Sequence[Job], settings: Settings) -> list[Job]:
    """The jobs, with the cached analysis of each that has a fresh one (none when ``settings.force``)."""
    if settings.force:
        return list(jobs)
    return [job if job.analysis else replace(job, analysis=cached_analysis(
        analysis_path(settings, job.document), job.document, top_quotes=settings.top_quotes)) for job in jobs]


def attach_analyses(jobs: Sequence[Job], settings: Settings) -> Prepared:
    """The jobs with their analysis (cached, or computed now in one ``nlp.pipe`` and timed)."""
    jobs = with_cached_analyses(jobs, settings)
    todo = [job for job in jobs if job.analysis is None]
    seconds: dict[str, float] = {}
    with stopwatch(seconds, "analysis"):
        computed = analyse_batch([j.document for j in todo], top_quotes=settings.top_quotes) if todo else []
    results = dict(zip((j.index for j in todo), computed))
    share = {j.index: seconds["analysis"] / len(todo) for j in todo}
    ready, failed = [], []
    for job in jobs:
        result = results.get(job.index, job.analysis)
        if isinstance(result, Analysis):
            ready.append(replace(job, analysis=result, analysis_seconds=share.get(job.index, job.analysis_seconds)))
        else:
            error = one_line(result) if result is not None else "no analysis"
            failed.append(Outcome(job.index, job_entry(job, status="failed", error=error),
                                  {"analysis": share[job.index]}, worker_pid=os.getpid()))
    return Prepared(ready, failed)


# --- rendering ----------------------------------------------------------------------------------------------------


def write_analysis(analysis: Analysis, path: Path) -> Path:
    """Cache ``analysis`` as JSON (UTF-8, sorted keys); :func:`newsbrief.loading.read_analysis` reads it back."""
    text = json.dumps(analysis.cache_dict(), ensure_ascii=False, sort_keys=True, indent=1)
    return rendering.atomic_write_text(path, text + "\n")


def remove_outputs(out_dir: Path, document_id: str) -> None:
    """Delete a previous run's briefing files for ``document_id``, so that none outlives a failure."""
    for suffix in (".ipynb", ".html", ".pdf"):
        (out_dir / f"{document_id}{suffix}").unlink(missing_ok=True)


def export_formats(executed: Path, *, formats: Sequence[str], title: str, seconds: dict[str, float]) -> dict[str, str]:
    """Write the requested ``html``/``pdf`` of an executed notebook beside it; their file names by format."""
    if not set(FORMATS).intersection(formats):
        return {}
    outputs = {}
    with stopwatch(seconds, "html"):
        html = rendering.export_html(executed, exporter=rendering.briefing_exporter(), title=title)
        if "html" in formats:
            outputs["html"] = rendering.atomic_write_text(executed.with_suffix(".html"), html).name
    if "pdf" in formats:
        with stopwatch(seconds, "pdf"):
            outputs["pdf"] = rendering.write_pdf(html, executed.with_suffix(".pdf"), base_url=executed.parent).name
    return outputs


def render_job(job: Job, settings: Settings, *, kernel: WarmKernel) -> Outcome:
    """Cache the analysis, execute the notebook on the warm kernel and export; a failure keeps the notebook."""
    assert job.analysis is not None
    out_dir, doc = Path(settings.out_dir), job.document
    seconds = {"analysis": job.analysis_seconds} if job.analysis_seconds else {}
    remove_outputs(out_dir, doc.id)
    cache = write_analysis(job.analysis, analysis_path(settings, doc))
    outputs = {"analysis": cache.name}
    parameters = {"document_path": str(Path(job.source).resolve()), "top_quotes": settings.top_quotes,
                  "analysis_path": str(cache.resolve())}
    executed = out_dir / f"{doc.id}.ipynb"
    try:
        with stopwatch(seconds, "execute"):
            kernel.execute(notebook=Path(settings.notebook), output=executed, parameters=parameters)
        outputs["ipynb"] = executed.name
        outputs.update(export_formats(executed, formats=settings.formats, title=doc.title, seconds=seconds))
        entry = job_entry(job, status="ok", outputs=outputs)
    except RenderError as error:
        outputs.update({"ipynb": executed.name} if executed.is_file() else {})
        entry = job_entry(job, status="failed", error=one_line(error), outputs=outputs)
    return Outcome(job.index, entry, seconds, worker_pid=os.getpid(), kernel_pid=kernel.pid)


def iter_jobs(jobs: Sequence[Job], settings: Settings, *, kernel: WarmKernel) -> Iterator[Outcome]:
    """Analyse what needs it (one ``nlp.pipe`` over the batch), then render each document on ``kernel``; the
    outcome of each document as soon as it is known."""
    prepared = attach_analyses(jobs, settings)
    yield from prepared.failed
    for job in prepared.ready:
        yield render_job(job, settings, kernel=kernel)


# --- the task -----------------------------------------------------------------------------------------------------


@functools.cache
def process_kernel(cwd: str) -> WarmKernel:
    """This process's warm kernel (started on first use, shut down when the process exits)."""
    from multiprocessing.util import Finalize

    from newsbrief.kernels import WarmKernel

    kernel = WarmKernel(cwd=Path(cwd))
    kernel.start()
    Finalize(kernel, kernel.kill, exitpriority=20)
    return kernel


def prepare(settings: Settings) -> None:
    """Start this process's warm kernel and build the exporter (a process pool's initializer)."""
    process_kernel(str(Path(settings.notebook).parent))
    if set(FORMATS).intersection(settings.formats):
        rendering.briefing_exporter()


def process_batch(jobs: Sequence[Job], settings: Settings) -> list[Outcome]:
    """The task of a worker process (local pool or Dask): :func:`iter_jobs` on this process's warm kernel."""
    with _KERNEL_LOCK:
        return list(iter_jobs(jobs, settings, kernel=process_kernel(str(Path(settings.notebook).parent))))

