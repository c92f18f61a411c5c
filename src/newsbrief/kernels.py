"""A warm Jupyter kernel: started once per worker, reused for every document, reset in between.

Starting a kernel and importing newsbrief and matplotlib (and drawing a first PNG) costs seconds; a batch pays it
once per worker process (:data:`PREWARM_CODE`). nbclient runs each notebook on the kernel manager it is given and
then neither shuts the kernel down nor closes its client: :meth:`WarmKernel.execute` closes that client.

Before each document :meth:`WarmKernel.reset` runs :data:`RESET_CODE`: ``%reset -f`` (every user name, ``Out``,
``_``), all pyplot figures closed, the working directory, ``sys.path``, ``os.environ``, warning filters and
matplotlib ``rcParams`` put back as they were after the prewarm, and the execution counter back to 1, so that a
briefing executes as in a fresh kernel (tests/test_kernels.py checks each). Imported modules stay imported
(that is the point). After a failed document (cell error, dead kernel) the kernel is restarted.

The kernel talks over IPC sockets in a private temporary folder: no TCP port, and no "Kernel is running over TCP
without encryption" warning. It gets this process's environment, a relative ``PYTHONPATH`` made absolute
(:func:`kernel_environment`): it runs in the notebook's folder, and must import the same newsbrief.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
import tempfile
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from newsbrief.errors import RenderError

if TYPE_CHECKING:  # pragma: no cover
    from jupyter_client import AsyncKernelClient, AsyncKernelManager, BlockingKernelClient

STARTUP_TIMEOUT = 60.0
#: No history database; only errors logged (not "Parent appears to have exited" when a worker is killed).
KERNEL_ARGUMENTS = ["--HistoryManager.enabled=False", "--IPKernelApp.log_level=ERROR"]
CONTROL_TIMEOUT = 60.0

PREWARM_CODE = """
import io as _io, os as _os, sys as _sys, warnings as _warnings
import matplotlib as _mpl
import matplotlib.pyplot as _plt
from matplotlib.figure import Figure as _Figure
import newsbrief.analysis, newsbrief.charts, newsbrief.display, newsbrief.records
get_ipython().run_line_magic("matplotlib", "inline")
_Figure(figsize=(1, 1)).savefig(_io.BytesIO(), format="png")
get_ipython()._newsbrief_baseline = {
    "cwd": _os.getcwd(), "path": list(_sys.path), "environ": dict(_os.environ),
    "filters": list(_warnings.filters), "rc": dict(_mpl.rcParams),
}
"""

RESET_CODE = """
def _newsbrief_reset():
    import os, sys, warnings
    import matplotlib, matplotlib.pyplot
    shell = get_ipython()
    base = shell._newsbrief_baseline
    shell.run_line_magic("reset", "-f")
    matplotlib.pyplot.close("all")
    os.chdir(base["cwd"])
    sys.path[:] = base["path"]
    os.environ.clear()
    os.environ.update(base["environ"])
    warnings.filters[:] = base["filters"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        matplotlib.rcParams.update(base["rc"])
    shell.execution_count = 1
_newsbrief_reset()
"""


def _run_sync(coroutine: Any) -> Any:
    from jupyter_core.utils import run_sync

    async def _await() -> Any:
        return await coroutine

    return run_sync(_await)()


class WarmKernel:
    """One started kernel, prewarmed, reused by :meth:`execute` for document after document."""

    def __init__(self, *, cwd: Path, kernel_name: str = "python3") -> None:
        self.cwd = Path(cwd)
        self.kernel_name = kernel_name
        self.manager: AsyncKernelManager | None = None
        self._client: BlockingKernelClient | None = None
        self._runtime: Path | None = None

    def __enter__(self) -> WarmKernel:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.shutdown()

    @property
    def pid(self) -> int | None:
        """The kernel process id (``None`` when not started)."""
        process = getattr(getattr(self.manager, "provisioner", None), "process", None)
        return getattr(process, "pid", None)

    def start(self) -> None:
        """Start the kernel over IPC in a private folder, connect, and run :data:`PREWARM_CODE`."""
        self._runtime = Path(tempfile.mkdtemp(prefix="newsbrief-kernel-"))
        connection_file = str(self._runtime / f"k-{uuid.uuid4().hex[:8]}.json")
        self.manager = warm_manager_class()(kernel_name=self.kernel_name, transport="ipc",
                                                connection_file=connection_file)
        _run_sync(self.manager.start_kernel(cwd=str(self.cwd), extra_arguments=KERNEL_ARGUMENTS,
                                            env=kernel_environment()))
        self._client = control_client(self.manager.get_connection_info())
        self._client.start_channels()
        self._client.wait_for_ready(timeout=STARTUP_TIMEOUT)
        self.run(PREWARM_CODE)

    def run(self, code: str) -> None:
        """Run ``code`` silently (no history, no execution count); :class:`RenderError` when it fails."""
        if self._client is None:
            raise RenderError("warm kernel: not started")
        try:
            reply = self._client.execute_interactive(code, silent=True, store_history=False, timeout=CONTROL_TIMEOUT,
                                                     output_hook=_ignore)
        except Exception as exc:  # a dead kernel times out; jupyter_client raises several kinds
            raise RenderError(f"warm kernel: {type(exc).__name__}: {exc}") from exc
        content = reply["content"]
        if content.get("status") != "ok":
            raise RenderError(f"warm kernel: {content.get('ename')}: {content.get('evalue')}")

    def reset(self) -> None:
        """Give the next document a clean namespace (see :data:`RESET_CODE`)."""
        self.run(RESET_CODE)

    def execute(self, *, notebook: Path, output: Path, parameters: Mapping[str, Any]) -> Path:
        """:func:`newsbrief.rendering.execute_briefing` on this kernel after a reset; restarted after a failure."""
        from newsbrief import rendering

        try:
            self.reset()
            return rendering.execute_briefing(notebook=notebook, output=output, parameters=parameters,
                                              kernel_name=self.kernel_name, km=self.manager)
        except RenderError:
            self.restart()
            raise
        finally:
            self._release_notebook_clients()

    def restart(self) -> None:
        """Shut the kernel down and start a fresh, prewarmed one."""
        self.shutdown()
        self.start()

    def shutdown(self) -> None:
        """Stop the kernel and remove its connection folder (safe to call twice)."""
        if self._client is not None:
            self._client.stop_channels()
        self._stop_notebook_clients()
        if self.manager is not None and self.manager.has_kernel:
            _run_sync(self.manager.shutdown_kernel(now=True))
        if self._runtime is not None:
            shutil.rmtree(self._runtime, ignore_errors=True)
        self.manager, self._client, self._runtime = None, None, None

    def kill(self) -> None:
        """Kill the kernel process at once, without the event loop (for a process that is exiting)."""
        process = getattr(getattr(self.manager, "provisioner", None), "process", None)
        if self._client is not None:
            self._client.stop_channels()
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        if self._runtime is not None:
            shutil.rmtree(self._runtime, ignore_errors=True)
        self.manager, self._client, self._runtime = None, None, None

    def _release_notebook_clients(self) -> None:
        """Stop the channels of notebook clients made in other threads (nbclient does not: it does not own
        the kernel); the client of the current thread stays connected for the next document."""
        clients = getattr(self.manager, "notebook_clients", {})
        for thread in [t for t in clients if t != threading.get_ident()]:
            clients.pop(thread).stop_channels()

    def _stop_notebook_clients(self) -> None:
        for client in getattr(self.manager, "notebook_clients", {}).values():
            client.stop_channels()


@functools.cache
def warm_manager_class() -> type[AsyncKernelManager]:
    """An ``AsyncKernelManager`` whose ``client()`` gives each thread one connected, ready client, reused from
    document to document: nbclient's new client per notebook would wait on IOPub (about 0.2 s) every time."""
    from jupyter_client import AsyncKernelClient, AsyncKernelManager
    from traitlets import default

    class ReusedClient(AsyncKernelClient):
        def start_channels(self, *args: Any, **kwargs: Any) -> None:
            if not self.channels_running:
                super().start_channels(*args, **kwargs)

        async def wait_for_ready(self, timeout: float | None = None) -> None:
            if not self.__dict__.get("ready"):
                await super().wait_for_ready(timeout=timeout)
                self.__dict__["ready"] = True

    class WarmKernelManager(AsyncKernelManager):
        @default("client_factory")
        def _client_factory_default(self) -> type[AsyncKernelClient]:
            return ReusedClient

        def client(self, **kwargs: Any) -> AsyncKernelClient:
            clients = self.__dict__.setdefault("notebook_clients", {})
            thread = threading.get_ident()
            if thread not in clients:
                clients[thread] = super().client(**kwargs)
            return clients[thread]

    return WarmKernelManager


def kernel_environment() -> dict[str, str]:
    """This process's environment with each relative ``PYTHONPATH`` entry made absolute: the kernel starts in the
    notebook's folder, where ``PYTHONPATH=src`` finds nothing, so it would import another newsbrief (the installed
    one) than the run analysed with, and the briefing would be rendered by other code."""
    env = dict(os.environ)
    if env.get("PYTHONPATH"):
        entries = env["PYTHONPATH"].split(os.pathsep)
        env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) if p else p for p in entries)
    return env


def control_client(connection_info: Mapping[str, Any]) -> BlockingKernelClient:
    """A blocking client of its own for control code (nbclient's async clients live on its event loop)."""
    from jupyter_client import BlockingKernelClient

    client = BlockingKernelClient()
    client.load_connection_info(dict(connection_info))
    return client


def _ignore(message: dict[str, Any]) -> None:
    """An output hook that drops the outputs of control code."""
