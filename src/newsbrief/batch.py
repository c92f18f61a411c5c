"""Briefings for many documents: load, analyse once in-process, then execute the notebook per document.

The analysis stage loads the spaCy model once (:func:`newsbrief.analysis.analyse_documents`) and caches each
analysis as ``<id>.analysis.json``; the notebook reads that cache, so kernels never load spaCy. A document that
cannot be read or rendered becomes a failed entry with a one-line reason, and the run goes on. Nothing is
printed: pass ``progress`` to hear about each document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from newsbrief import rendering
from newsbrief.errors import NewsbriefError, RenderError
from newsbrief.records import Analysis, Document

if TYPE_CHECKING:  # pragma: no cover
    from nbconvert import HTMLExporter

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})
SKIPPED_NAMES = frozenset({"readme.md", "attribution.md"})
FORMATS = frozenset({"html", "pdf"})
Progress = Callable[[str, str], None]


@dataclass(frozen=True)
class Entry:
    """What became of one input (or one record of a ``.jsonl`` input). ``outputs`` maps a format (``ipynb``,
    ``html``, ``pdf``, ``analysis``) to a file name in the output folder."""

    path: str
    id: str | None
    status: Literal["ok", "failed"]
    error: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    date: str | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "id": self.id, "status": self.status, "error": self.error,
            "outputs": dict(self.outputs), "title": self.title, "date": self.date, "language": self.language,
        }


@dataclass(frozen=True)
class RunReport:
    """Every entry of a run, in input order."""

    entries: tuple[Entry, ...]

    @property
    def failed(self) -> int:
        return sum(1 for e in self.entries if e.status != "ok")

    def as_dict(self) -> dict[str, Any]:
        return {"entries": [e.as_dict() for e in self.entries], "failed": self.failed, "total": len(self.entries)}


def is_candidate(path: Path) -> bool:
    """A file a folder expansion keeps: a known suffix, not a README, ATTRIBUTION or LICENSE file."""
    name = path.name.lower()
    skipped = name in SKIPPED_NAMES or name.startswith("license") or name.startswith(".")
    return path.is_file() and path.suffix.lower() in SUFFIXES and not skipped


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Folders become their candidate files (sorted, not recursive); other paths are kept as given, so that a
    missing file is reported by the loader."""
    paths: list[str] = []
    for item in inputs:
        if Path(item).is_dir():
            paths.extend(str(p) for p in sorted(Path(item).iterdir()) if is_candidate(p))
        else:
            paths.append(item)
    return paths


def load_inputs(paths: Iterable[str]) -> Iterator[tuple[str, Document | NewsbriefError]]:
    """Each input path with each of its documents, or with the error that stopped it."""
    from newsbrief.loading import iter_documents

    for path in paths:
        try:
            for item in iter_documents(path):
                yield path, item
        except NewsbriefError as error:
            yield path, error


def write_analysis(analysis: Analysis, path: Path) -> Path:
    """Cache ``analysis`` as JSON (UTF-8, sorted keys); :func:`newsbrief.loading.read_analysis` reads it back."""
    text = json.dumps(analysis.cache_dict(), ensure_ascii=False, sort_keys=True, indent=1)
    return rendering.atomic_write_text(path, text + "\n")


def ok_entry(path: str, document: Document) -> Entry:
    return Entry(path=path, id=document.id, status="ok", title=document.title, date=document.date,
                 language=document.language)


def failed_entry(path: str, error: Exception, *, document_id: str | None = None) -> Entry:
    return Entry(path=path, id=document_id, status="failed", error=str(error).splitlines()[0] if str(error) else
                 type(error).__name__)


def dedupe_ids(loaded: Iterable[tuple[str, Document | NewsbriefError]]) -> list[tuple[str, Document | NewsbriefError]]:
    """Give documents that share an id a ``-2``, ``-3``... suffix, so that their outputs do not collide."""
    seen: dict[str, int] = {}
    result: list[tuple[str, Document | NewsbriefError]] = []
    for path, item in loaded:
        if isinstance(item, Document):
            seen[item.id] = seen.get(item.id, 0) + 1
            if seen[item.id] > 1:
                item = replace(item, id=f"{item.id}-{seen[item.id]}")
        result.append((path, item))
    return result


def analyse_all(documents: Sequence[Document], *, top_quotes: int = 8) -> list[Analysis | NewsbriefError]:
    """The analysis of each document, in order (spaCy loaded once); if the stage fails, the documents it had not
    reached get its error."""
    from newsbrief.analysis import analyse_documents

    results: list[Analysis | NewsbriefError] = []
    try:
        results.extend(analyse_documents(documents, top_quotes=top_quotes))
    except NewsbriefError as error:
        results.extend([error] * (len(documents) - len(results)))
    return results


def export_formats(
    notebook_path: Path, *, formats: Iterable[str], title: str, exporter: HTMLExporter | None
) -> dict[str, str]:
    """Write the requested ``html``/``pdf`` of an executed notebook beside it; their file names by format."""
    wanted = FORMATS.intersection(formats)
    if not wanted:
        return {}
    html = rendering.export_html(notebook_path, exporter=exporter, title=title)
    outputs = {}
    if "html" in wanted:
        outputs["html"] = rendering.atomic_write_text(notebook_path.with_suffix(".html"), html).name
    if "pdf" in wanted:
        pdf = rendering.write_pdf(html, notebook_path.with_suffix(".pdf"), base_url=notebook_path.parent)
        outputs["pdf"] = pdf.name
    return outputs


def remove_outputs(out_dir: Path, document_id: str) -> None:
    """Delete a previous run's briefing files for ``document_id``, so that none outlives a failure."""
    for suffix in (".ipynb", ".html", ".pdf"):
        (out_dir / f"{document_id}{suffix}").unlink(missing_ok=True)


def render_one(
    analysis: Analysis, *, source: str, out_dir: Path, formats: Sequence[str], top_quotes: int, notebook: Path,
    exporter: HTMLExporter | None = None,
) -> Entry:
    """Cache the analysis, execute the notebook on it and export; a render failure keeps the executed notebook."""
    doc = analysis.document
    remove_outputs(out_dir, doc.id)
    cache = write_analysis(analysis, out_dir / f"{doc.id}.analysis.json")
    outputs = {"analysis": cache.name}
    parameters = {"document_path": str(Path(source).resolve()), "top_quotes": top_quotes,
                  "analysis_path": str(cache.resolve())}
    executed = out_dir / f"{doc.id}.ipynb"
    try:
        rendering.execute_briefing(notebook=notebook, output=executed, parameters=parameters, cwd=notebook.parent)
        outputs["ipynb"] = executed.name
        outputs.update(export_formats(executed, formats=formats, title=doc.title, exporter=exporter))
    except RenderError as error:
        outputs.update({"ipynb": executed.name} if executed.is_file() else {})
        return replace(failed_entry(source, error, document_id=doc.id), outputs=outputs, title=doc.title,
                       date=doc.date, language=doc.language)
    return replace(ok_entry(source, doc), outputs=outputs)


def write_report(report: RunReport, out_dir: Path) -> None:
    """``run.json`` (sorted keys) and ``index.html`` in ``out_dir``."""
    data = report.as_dict()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    rendering.atomic_write_text(out_dir / "run.json", text + "\n")
    rendering.write_index(data["entries"], out_dir / "index.html")


def _notify(progress: Progress | None, entry: Entry) -> None:
    if progress is not None:
        progress(entry.id or entry.path, "ok" if entry.status == "ok" else f"failed: {entry.error}")


def check_formats(formats: Iterable[str]) -> None:
    """Refuse a format other than html, pdf and ipynb (the executed notebook, always written)."""
    unknown = set(formats) - FORMATS - {"ipynb"}
    if unknown:
        raise ValueError(f"unknown format(s) {sorted(unknown)}; choose among html, pdf, ipynb")


def run_briefings(
    inputs: Sequence[str],
    *,
    out_dir: Path,
    formats: Sequence[str] = ("html", "pdf"),
    top_quotes: int = 8,
    notebook: Path | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Briefings of every input (files, or folders of them) into ``out_dir``, with ``run.json`` and ``index.html``.

    ``progress(label, status)`` is called once per document, ``label`` its id (or the input path when it could
    not be read), ``status`` ``"ok"`` or ``"failed: reason"``.
    """
    check_formats(formats)
    notebook = Path(notebook) if notebook else rendering.default_notebook()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    loaded = dedupe_ids(load_inputs(expand_inputs(inputs)))
    analyses = iter(analyse_all([item for _, item in loaded if isinstance(item, Document)], top_quotes=top_quotes))
    exporter = rendering.briefing_exporter() if FORMATS.intersection(formats) else None
    render = partial(render_one, out_dir=Path(out_dir), formats=formats, top_quotes=top_quotes, notebook=notebook,
                     exporter=exporter)
    entries = []
    for path, item in loaded:
        result = next(analyses) if isinstance(item, Document) else item
        if isinstance(result, Analysis):
            entry = render(result, source=path)
        else:
            entry = failed_entry(path, result, document_id=item.id if isinstance(item, Document) else None)
        entries.append(entry)
        _notify(progress, entry)
    report = RunReport(tuple(entries))
    write_report(report, Path(out_dir))
    return report
