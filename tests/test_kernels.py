"""newsbrief.kernels: one warm kernel runs document after document, each from a clean namespace."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from _notebooks import write_notebook

from newsbrief import kernels, rendering
from newsbrief.errors import RenderError

pytestmark = pytest.mark.slow  # each test starts a kernel (about a second)

LEAKY = """
import os, sys, warnings
import matplotlib
import matplotlib.pyplot as plt
leak = "from the first document"
plt.figure()
os.chdir("/")
sys.path.append("/leaked/path")
os.environ["NEWSBRIEF_LEAK"] = "1"
warnings.simplefilter("error")
matplotlib.rcParams["lines.linewidth"] = 42
"""

CLEAN = """
import os, sys, warnings
import matplotlib
import matplotlib.pyplot as plt
assert "leak" not in globals(), "a name leaked"
assert plt.get_fignums() == [], "figures accumulated"
assert os.getcwd() == NOTEBOOK_DIR, os.getcwd()
assert "/leaked/path" not in sys.path
assert "NEWSBRIEF_LEAK" not in os.environ
assert not any(f[0] == "error" and f[2] is Warning for f in warnings.filters)
assert matplotlib.rcParams["lines.linewidth"] != 42
"""


def _notebook(path: Path, *sources: str) -> Path:
    return write_notebook(path, "NOTEBOOK_DIR = ''", *sources)


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory):
    with kernels.WarmKernel(cwd=tmp_path_factory.mktemp("kernel")) as warm:
        yield warm


def _run(kernel: kernels.WarmKernel, notebook: Path) -> nbformat.NotebookNode:
    output = notebook.with_name(notebook.stem + ".out.ipynb")
    kernel.execute(notebook=notebook, output=output, parameters={"NOTEBOOK_DIR": str(kernel.cwd)})
    return nbformat.read(output, as_version=4)


def test_no_state_leaks_from_one_document_to_the_next(kernel, tmp_path):
    leaky, clean = _notebook(tmp_path / "leaky.ipynb", LEAKY), _notebook(tmp_path / "clean.ipynb", CLEAN)
    pid = kernel.pid
    _run(kernel, leaky)
    executed = _run(kernel, clean)
    assert kernel.pid == pid  # the same kernel ran both: nothing was restarted in between
    assert [c.execution_count for c in executed.cells] == [1, 2, 3]  # counted from 1 as in a fresh kernel


def test_without_the_reset_the_state_would_leak(kernel, tmp_path):
    """The control of the test above: the clean notebook does detect a leak when the reset is skipped."""
    leaky, clean = _notebook(tmp_path / "leaky.ipynb", LEAKY), _notebook(tmp_path / "clean.ipynb", CLEAN)
    _run(kernel, leaky)
    with pytest.raises(RenderError, match="a name leaked"):
        rendering.execute_briefing(notebook=clean, output=tmp_path / "o.ipynb",
                                   parameters={"NOTEBOOK_DIR": str(kernel.cwd)}, km=kernel.manager)
    kernel.restart()


@pytest.mark.parametrize("failure", ["raise KeyError('boom')", "import os; os._exit(1)"])
def test_a_failed_document_restarts_the_kernel_for_the_next(kernel, tmp_path, failure):
    pid = kernel.pid
    with pytest.raises(RenderError):
        _run(kernel, _notebook(tmp_path / "bad.ipynb", failure))
    assert kernel.pid != pid
    executed = _run(kernel, _notebook(tmp_path / "ok.ipynb", "x = 40 + 2", "x"))
    assert executed.cells[-1].outputs[0]["data"]["text/plain"] == "42"


def test_kernel_is_prewarmed_over_ipc_and_reuses_one_notebook_client(kernel, tmp_path):
    assert kernel.manager.transport == "ipc"
    notebook = _notebook(tmp_path / "m.ipynb", "import sys", "'newsbrief.charts' in sys.modules", "print('out')")
    executed = _run(kernel, notebook)
    assert executed.cells[-2].outputs[0]["data"]["text/plain"] == "True"
    clients = dict(kernel.manager.notebook_clients)
    assert len(clients) == 1 and next(iter(clients.values())).channels_running
    for _ in range(3):  # no output lost or mixed up on the reused client
        assert _run(kernel, notebook).cells[-1].outputs[0]["text"] == "out\n"
    assert kernel.manager.notebook_clients == clients


def test_shutdown_removes_the_connection_folder(tmp_path):
    warm = kernels.WarmKernel(cwd=tmp_path)
    warm.start()
    runtime = Path(warm.manager.connection_file).parent
    assert runtime.is_dir()
    warm.shutdown()
    warm.shutdown()
    assert not runtime.exists() and warm.pid is None


def test_a_relative_pythonpath_reaches_the_kernel_from_the_notebook_folder(tmp_path, monkeypatch):
    """The kernel starts in the notebook's folder: "PYTHONPATH=lib" must still mean the run's lib, so that the
    briefing imports the newsbrief the run analysed with, not the installed one."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "_pythonpath_probe.py").write_text("")
    (tmp_path / "notebooks").mkdir()
    inherited = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(["lib", *inherited]))
    monkeypatch.chdir(tmp_path)
    assert kernels.kernel_environment()["PYTHONPATH"].split(os.pathsep)[0] == str(tmp_path / "lib")
    notebook = _notebook(tmp_path / "notebooks" / "probe.ipynb",
                         "import _pythonpath_probe\nprint(_pythonpath_probe.__file__)")
    with kernels.WarmKernel(cwd=tmp_path / "notebooks") as warm:
        printed = _run(warm, notebook).cells[-1].outputs[0]["text"]
    assert printed == f"{tmp_path / 'lib' / '_pythonpath_probe.py'}\n"
