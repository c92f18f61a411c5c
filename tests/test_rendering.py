"""newsbrief.rendering: notebook execution, HTML export with our template, PDF."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import nbformat
import pytest
from _briefing_sample import sample_analysis, sample_dict
from _notebooks import write_notebook
from nbformat.v4 import new_code_cell, new_notebook, new_output

from newsbrief import display, rendering
from newsbrief.charts import entity_bar_chart
from newsbrief.errors import RenderError

EXTERNAL = re.compile(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?//""", re.I)


def _html_output(html: str) -> nbformat.NotebookNode:
    return new_output("execute_result", data={"text/html": html, "text/plain": "<Html>"}, execution_count=1)


def _png_output() -> nbformat.NotebookNode:
    buffer = io.BytesIO()
    entity_bar_chart(sample_analysis().entities).savefig(buffer, format="png", dpi=50)
    data = base64.b64encode(buffer.getvalue()).decode()
    return new_output("display_data", data={"image/png": data, "text/plain": "<Figure>"})


def executed_notebook() -> nbformat.NotebookNode:
    """What papermill leaves after running the briefing on the sample, built without a kernel."""
    analysis = sample_analysis()
    setup = new_code_cell("import secret_code_here", outputs=[
        new_output("stream", name="stdout", text="noise on stdout\n"),
        new_output("stream", name="stderr", text="warning on stderr\n"),
    ])
    cells = [setup] + [
        new_code_cell(f"{name}(analysis)", outputs=[_html_output(getattr(display, name)(analysis))])
        for name in ("header_html", "summary_html", "key_quotes_html", "entities_table_html")
    ]
    cells.append(new_code_cell("entity_bar_chart(analysis.entities)", outputs=[_png_output()]))
    cells.append(new_code_cell("themes_html(analysis)", outputs=[_html_output(display.themes_html(analysis))]))
    return new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}})


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("nb") / "briefing.ipynb"
    nbformat.write(executed_notebook(), path)
    return rendering.export_html(path, title="Sample <title>")


def test_export_has_no_external_resource(html):
    assert not EXTERNAL.search(html)
    assert "<script" not in html
    assert "require.js" not in html and "mathjax" not in html.lower()


def test_export_has_the_content_security_policy(html):
    meta = re.search(r'<meta[^>]*http-equiv="Content-Security-Policy"[^>]*>', html)
    assert meta and "default-src 'none'; img-src data:; style-src 'unsafe-inline'" in meta.group(0)


@pytest.mark.parametrize("hidden", ["import secret_code_here", "noise on stdout", "warning on stderr", "In&nbsp;["])
def test_export_hides_code_streams_and_prompts(html, hidden):
    assert hidden not in html


@pytest.mark.parametrize(
    "shown",
    [
        "<title>Sample &lt;title&gt;</title>",
        '<blockquote class="quote">',
        '<b class="speaker">Kassym-Jomart Tokaïev</b>',
        "&lt;script&gt;alert(",
        '<table class="entity-table">',
        '<figure class="chart">\n<img alt="chart" src="data:image/png;base64,',
        '<section class="themes" lang="fr">',
        "<style>",
        "@page",
    ],
)
def test_export_shows_the_briefing(html, shown):
    assert shown in html


def test_exporter_built_once():
    assert rendering.briefing_exporter() is rendering.briefing_exporter()


def test_write_pdf_is_a4_pdf(html, tmp_path):
    pdf = rendering.write_pdf(html, tmp_path / "b.pdf", base_url=tmp_path)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]


def test_briefing_css_prints_on_a4(html):
    from weasyprint import HTML

    page = HTML(string=html).render().pages[0]
    assert (round(page.width * 25.4 / 96), round(page.height * 25.4 / 96)) == (210, 297)


def test_write_pdf_does_not_fetch_remote_images(tmp_path):
    html = '<html><body><p>x</p><img src="http://example.invalid/a.png"></body></html>'
    assert rendering.write_pdf(html, tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_strip_timing_removes_timestamps_and_random_ids():
    nb = new_notebook(cells=[new_code_cell("x = 1"), new_code_cell("y = 2")])
    nb.metadata["papermill"] = {"start_time": "t", "end_time": "t", "duration": 1.0, "output_path": "/tmp/.x",
                                "parameters": {"a": 1}}
    nb.cells[0].metadata.update(tags=["injected-parameters"], execution={"iopub.status.busy": "t"},
                                papermill={"duration": 1.0, "status": "completed"})
    rendering.strip_timing(nb, output_path="out.ipynb")
    assert nb.metadata["papermill"] == {"output_path": "out.ipynb", "parameters": {"a": 1}}
    assert nb.cells[0].metadata == {"tags": ["injected-parameters"], "papermill": {"status": "completed"}}
    assert nb.cells[0].id == "injected-parameters"


def test_atomic_write_replaces_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "f.txt"
    target.write_text("old")
    rendering.atomic_write_text(target, "new é")
    assert target.read_text(encoding="utf-8") == "new é"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_default_notebook_is_the_briefing():
    path = rendering.default_notebook()
    assert path.name == "briefing.ipynb" and path.is_file()
    nb = nbformat.read(path, as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and nb.cells[0] is params[0]
    for name in ("document_path", "top_quotes", "analysis_path"):
        assert re.search(rf"^{name} = ", params[0].source, re.M)
    default = re.search(r'^document_path = "([^"]+)"', params[0].source, re.M).group(1)
    assert not Path(default).is_absolute()


def test_default_notebook_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(rendering, "__file__", str(tmp_path / "src" / "newsbrief" / "rendering.py"))
    with pytest.raises(RenderError, match="briefing.ipynb: notebook not found"):
        rendering.default_notebook()


# Executing notebooks starts a kernel: seconds each.


def _write_notebook(path: Path, *sources: str) -> Path:
    return write_notebook(path, *sources)


@pytest.mark.slow
def test_execute_briefing_is_byte_stable_and_exports(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(sample_dict()), encoding="utf-8")
    notebook = _write_notebook(
        tmp_path / "t.ipynb",
        "analysis_path = None",
        "%matplotlib inline\nimport json\nfrom newsbrief.records import Analysis\nfrom newsbrief import display\n"
        "from newsbrief.charts import entity_bar_chart\nprint('noise')",
        "analysis = Analysis.from_dict(json.load(open(analysis_path, encoding='utf-8')))",
        "display.key_quotes_html(analysis)",
        "entity_bar_chart(analysis.entities)",
    )
    params = {"analysis_path": str(tmp_path / "a.json")}
    first = rendering.execute_briefing(notebook=notebook, output=tmp_path / "o.ipynb", parameters=params).read_bytes()
    second = rendering.execute_briefing(notebook=notebook, output=tmp_path / "o.ipynb", parameters=params)
    assert second.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "o.ipynb", "t.ipynb"]
    html = rendering.export_html(second)
    assert '<b class="speaker">Kassym-Jomart Tokaïev</b>' in html
    assert "data:image/png;base64," in html and "noise" not in html and not EXTERNAL.search(html)


# The kernel, as a loaded machine would, says it is idle (the last IOPub message of a cell) 5 s after its reply.
_LATE_IDLE = """import time
kernel = get_ipython().kernel
publish = kernel._publish_status
def _late(status, *args, **kwargs):
    if status == "idle":
        kernel._publish_status = publish
        time.sleep(5)
    publish(status, *args, **kwargs)
kernel._publish_status = _late"""


@pytest.mark.slow
def test_execute_briefing_waits_for_late_outputs(tmp_path):
    assert rendering.IOPUB_TIMEOUT > 5  # nbclient's default, 4 s, fails the cell
    notebook = _write_notebook(tmp_path / "t.ipynb", "x = 1", _LATE_IDLE, "print('after')")
    executed = nbformat.read(rendering.execute_briefing(notebook=notebook, output=tmp_path / "o.ipynb",
                                                        parameters={"x": 2}), as_version=4)
    assert executed.cells[-1].outputs[0]["text"] == "after\n"


@pytest.mark.slow
def test_execute_briefing_failure_keeps_the_notebook(tmp_path):
    notebook = _write_notebook(tmp_path / "t.ipynb", "x = 1", "raise KeyError('missing thing')", "y = 2")
    with pytest.raises(RenderError, match=r"execution failed \(In \[3\]\): KeyError: 'missing thing'") as info:
        rendering.execute_briefing(notebook=notebook, output=tmp_path / "o.ipynb", parameters={"x": 2})
    assert "\n" not in str(info.value)
    kept = nbformat.read(tmp_path / "o.ipynb", as_version=4)
    assert any(o.get("ename") == "KeyError" for c in kept.cells for o in c.get("outputs", []))
