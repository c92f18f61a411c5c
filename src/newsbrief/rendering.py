"""Executing the briefing notebook and turning it into HTML and PDF (the only I/O of rendering, with batch.py).

papermill, nbconvert and WeasyPrint are imported inside the functions: importing this module is cheap. Every
file is written atomically (a temporary file in the same folder, then :func:`os.replace`).
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbrief.errors import RenderError

if TYPE_CHECKING:  # pragma: no cover
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "briefing"
TIMING_KEYS = ("start_time", "end_time", "duration")


def default_notebook() -> Path:
    """``notebooks/briefing.ipynb`` of the source tree (or the copy packaged beside this module)."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "notebooks" / "briefing.ipynb", here.parent / "notebooks" / "briefing.ipynb"]
    for path in candidates:
        if path.is_file():
            return path
    raise RenderError(f"{candidates[0]}: briefing notebook not found (is newsbrief installed from its source tree?)")


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    """:func:`atomic_write_bytes` of UTF-8 text."""
    return atomic_write_bytes(path, text.encode("utf-8"))


@functools.cache
def briefing_exporter() -> HTMLExporter:
    """The HTMLExporter with newsbrief's template: outputs only, no prompt, no script. Built once, reused."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.HTMLExporter.template_name = TEMPLATE_NAME
    config.HTMLExporter.extra_template_basedirs = [str(TEMPLATES)]
    config.TemplateExporter.exclude_input = True
    config.TemplateExporter.exclude_input_prompt = True
    config.TemplateExporter.exclude_output_prompt = True
    config.TemplateExporter.exclude_output_stdin = True
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = {"remove-cell"}
    return HTMLExporter(config=config)


def strip_timing(nb: NotebookNode, *, output_path: str | None = None) -> NotebookNode:
    """Drop papermill's and nbclient's timestamps (and the random id of the injected cell), in place."""
    papermill = nb.metadata.get("papermill", {})
    for key in TIMING_KEYS:
        papermill.pop(key, None)
    if output_path is not None and "output_path" in papermill:
        papermill["output_path"] = output_path
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for key in TIMING_KEYS:
            cell.metadata.get("papermill", {}).pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", ()):
            cell["id"] = "injected-parameters"
    return nb


def _execution_error(output: Path, exc: Exception) -> RenderError:
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    reason = f"{ename}: {evalue}" if ename else (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    cell = getattr(exc, "exec_count", None)
    where = f" (In [{cell}])" if cell is not None else ""
    return RenderError(f"{output}: execution failed{where}: {reason}")


def execute_briefing(
    *,
    notebook: Path,
    output: Path,
    parameters: Mapping[str, Any],
    kernel_name: str = "python3",
    cwd: Path | None = None,
    km: Any = None,
) -> Path:
    """Run ``notebook`` with papermill into ``output`` (timings stripped so that re-runs are byte-stable).

    ``km`` is a started kernel manager to execute on (a :class:`newsbrief.kernels.WarmKernel`'s): nbclient then
    neither starts nor shuts down a kernel. When a cell fails, the executed notebook (with the error) is still
    written to ``output`` and :class:`RenderError` is raised with a one-line reason.
    """
    import nbformat
    import papermill

    output = Path(output)
    tmp = output.with_name(f".{output.stem}.running.ipynb")
    failure: RenderError | None = None
    try:
        papermill.execute_notebook(
            str(notebook), str(tmp), parameters=dict(parameters), kernel_name=kernel_name,
            cwd=str(cwd or Path(notebook).parent), progress_bar=False, log_output=False,
            request_save_on_cell_execute=False, **({"km": km} if km is not None else {}),
        )
    except Exception as exc:  # papermill, nbclient and jupyter_client raise many kinds
        failure = _execution_error(output, exc)
    if tmp.is_file():
        nb = strip_timing(nbformat.read(tmp, as_version=4), output_path=str(output))
        atomic_write_text(output, nbformat.writes(nb) + "\n")
        tmp.unlink()
    if failure is not None:
        raise failure
    return output


def export_html(notebook_path: Path, *, exporter: HTMLExporter | None = None, title: str | None = None) -> str:
    """The briefing HTML of an executed notebook (standalone: CSS inlined, images as data: URIs)."""
    import nbformat

    notebook_path = Path(notebook_path)
    nb = nbformat.read(notebook_path, as_version=4)
    resources = {"metadata": {"name": title or notebook_path.stem, "path": str(notebook_path.parent)}}
    try:
        body, _ = (exporter or briefing_exporter()).from_notebook_node(nb, resources=resources)
    except Exception as exc:  # jinja2 and nbconvert errors
        raise RenderError(f"{notebook_path}: HTML export failed: {exc}") from exc
    return body


def write_pdf(html: str, pdf_path: Path, *, base_url: Path | str | None = None) -> Path:
    """Print ``html`` to an A4 PDF with WeasyPrint (page size, header and page numbers come from the CSS)."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"})  # a briefing never reaches the network or the disk
    try:
        document = HTML(string=html, base_url=str(base_url) if base_url else None, url_fetcher=fetcher)
        pdf = document.write_pdf()
    except Exception as exc:  # WeasyPrint raises many kinds
        raise RenderError(f"{pdf_path}: PDF rendering failed: {exc}") from exc
    return atomic_write_bytes(pdf_path, pdf)


INDEX_CSS = """
body { font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #1b1b1b;
  margin: 2rem auto; max-width: 70rem; padding: 0 1rem; font-size: 10pt; }
h1 { font-size: 16pt; color: #1f4e79; border-bottom: 2.5px solid #1f4e79; padding-bottom: .3em; }
p.counts { color: #5f6368; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; border-bottom: 1.5px solid #1b1b1b; padding: .3em .6em .3em 0; color: #5f6368; }
td { border-bottom: 1px solid #d0d4d9; padding: .3em .6em .3em 0; vertical-align: top; }
td.status { font-weight: 700; }
tr.ok td.status { color: #2e7d32; }
tr.failed td.status { color: #b00020; }
td.path, td.error { overflow-wrap: anywhere; color: #5f6368; font-size: 9pt; }
td.links, td.date { white-space: nowrap; }
td.links a { margin-right: .5em; }
"""
OUTPUT_FORMATS = ("html", "pdf", "ipynb")


def _links_html(outputs: Mapping[str, str]) -> str:
    return " ".join(
        f'<a href="{escape(outputs[fmt])}">{fmt}</a>' for fmt in OUTPUT_FORMATS if outputs.get(fmt)
    )


def index_row_html(entry: Mapping[str, Any]) -> str:
    """One row of the index: status, title, date, language, links, input file and error."""
    status = "ok" if entry.get("status") == "ok" else "failed"
    path = str(entry.get("path", ""))
    title = entry.get("title") or entry.get("id") or Path(path).name
    cells = [
        ("status", escape(status)),
        ("title", escape(title if len(title) <= 120 else title[:119] + "\u2026")),
        ("date", escape(entry.get("date") or "")),
        ("language", escape(entry.get("language") or "")),
        ("links", _links_html(entry.get("outputs") or {})),
        ("path", f'<span title="{escape(path)}">{escape(Path(path).name)}</span>'),
        ("error", escape(entry.get("error") or "")),
    ]
    return f'<tr class="{status}">' + "".join(f'<td class="{c}">{v}</td>' for c, v in cells) + "</tr>"


def index_html(entries: Iterable[Mapping[str, Any]]) -> str:
    """A standalone page listing every input of a run (no script, CSS inlined)."""
    entries = list(entries)
    failed = sum(1 for e in entries if e.get("status") != "ok")
    head = "".join(f"<th>{h}</th>" for h in ("Status", "Title", "Date", "Lang.", "Briefing", "Input", "Error"))
    rows = "\n".join(index_row_html(e) for e in entries)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">\n<title>newsbrief briefings</title>\n"
        f"<style>{INDEX_CSS}</style>\n</head>\n<body>\n<h1>Briefings</h1>\n"
        f'<p class="counts">{len(entries)} documents, {len(entries) - failed} ok, {failed} failed</p>\n'
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n</body>\n</html>\n"
    )


def write_index(entries: Iterable[Mapping[str, Any]], path: Path) -> Path:
    """Write :func:`index_html` of ``entries`` (``RunReport.as_dict()["entries"]``) to ``path``."""
    return atomic_write_text(Path(path), index_html(entries))
