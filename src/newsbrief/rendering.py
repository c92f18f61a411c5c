"""Executing the briefing notebook and turning it into HTML and PDF (the index page is in corpus_outputs.py).

papermill, nbconvert and WeasyPrint are imported inside the functions: importing this module is cheap. Every
file is written atomically (a temporary file in the same folder, then :func:`os.replace`).
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbrief.errors import RenderError

if TYPE_CHECKING:  # pragma: no cover
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "briefing"
TIMING_KEYS = ("start_time", "end_time", "duration")
#: Seconds a cell's outputs may arrive after its reply. nbclient's default, 4 s, is short on a loaded machine, and
#: papermill makes a late output a failed cell: a briefing would fail for no fault of its own.
IOPUB_TIMEOUT = 60


def default_notebook(name: str = "briefing.ipynb") -> Path:
    """``notebooks/<name>`` of the source tree (or the copy packaged beside this module)."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "notebooks" / name, here.parent / "notebooks" / name]
    for path in candidates:
        if path.is_file():
            return path
    raise RenderError(f"{candidates[0]}: notebook not found (is newsbrief installed from its source tree?)")


def render_overview(out_dir: Path, *, notebook: Path | None = None) -> Path:
    """``out_dir/overview.html``: ``notebooks/explore.ipynb`` executed by papermill on the run's folder (its
    executed notebook kept as ``overview.ipynb``)."""
    from newsbrief.kernels import WarmKernel

    out_dir = Path(out_dir).resolve()
    notebook = notebook or default_notebook("explore.ipynb")
    with WarmKernel(cwd=notebook.parent) as kernel:
        executed = kernel.execute(notebook=notebook, output=out_dir / "overview.ipynb",
                                  parameters={"reports_dir": str(out_dir)})
    html = export_html(executed, title="Corpus overview")
    return atomic_write_text(out_dir / "overview.html", html)


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
            request_save_on_cell_execute=False, iopub_timeout=IOPUB_TIMEOUT, **({"km": km} if km is not None else {}),
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
