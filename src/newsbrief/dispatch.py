"""Where the jobs of a run execute: in this process, in a local process pool, or on a Dask cluster.

Jobs go in batches (:func:`chunked`): a worker analyses a batch with one ``nlp.pipe`` call, then renders its
documents one by one on its warm kernel (:func:`newsbrief.worker.process_batch`). With ``analyse_in_parent`` the
parent analyses each batch itself (its model loaded once) and hands over the analyses; it analyses the next batch
while the workers render. Every outcome is passed to ``on_outcome`` as soon as it is known; a batch whose worker
died becomes failed outcomes and the run goes on.
"""

from __future__ import annotations

import math
import multiprocessing
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import as_completed as futures_completed
from pathlib import Path
from typing import Any

from newsbrief.worker import Job, Outcome, Settings, attach_analyses, iter_jobs, job_entry, one_line, prepare, \
    process_batch

OnOutcome = Callable[[Outcome], None]
MAX_BATCH = 4


def batch_size(n_jobs: int, *, workers: int) -> int:
    """Batches small enough to keep ``workers`` busy (4 batches each at least), at most :data:`MAX_BATCH`."""
    return max(1, min(MAX_BATCH, math.ceil(n_jobs / (4 * max(1, workers)))))


def chunked(jobs: Sequence[Job], *, size: int) -> list[list[Job]]:
    """``jobs`` cut into consecutive batches of ``size``."""
    return [list(jobs[i:i + size]) for i in range(0, len(jobs), size)]


def failed_batch(chunk: Iterable[Job], error: BaseException) -> list[Outcome]:
    """The outcomes of a batch whose worker failed (crashed, killed, lost)."""
    reason = f"worker failed: {type(error).__name__}: {one_line(error)}"
    return [Outcome(job.index, job_entry(job, status="failed", error=reason)) for job in chunk]


def run_inline(jobs: Sequence[Job], settings: Settings, *, on_outcome: OnOutcome) -> None:
    """Every job in this process, on one warm kernel started here and shut down at the end."""
    from newsbrief.kernels import WarmKernel

    if not jobs:
        return
    with WarmKernel(cwd=Path(settings.notebook).parent) as kernel:
        for chunk in chunked(jobs, size=batch_size(len(jobs), workers=1)):
            for outcome in iter_jobs(chunk, settings, kernel=kernel):
                on_outcome(outcome)


def run_pool(
    jobs: Sequence[Job], settings: Settings, *, workers: int, analyse_in_parent: bool, on_outcome: OnOutcome
) -> None:
    """The jobs on ``workers`` local processes (forkserver where available, else spawn), each with its warm
    kernel started when the process starts."""
    chunks = chunked(jobs, size=batch_size(len(jobs), workers=workers))
    if not chunks:
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=context, initializer=prepare,
                             initargs=(settings,)) as pool:
        submit = lambda chunk: pool.submit(process_batch, chunk, settings)  # noqa: E731
        collect(chunks, settings, submit=submit, completed=futures_completed, analyse_in_parent=analyse_in_parent,
                on_outcome=on_outcome)


def run_dask(
    jobs: Sequence[Job], settings: Settings, *, scheduler: str, workers: int, analyse_in_parent: bool,
    on_outcome: OnOutcome,
) -> None:
    """The jobs on the Dask cluster at ``scheduler`` (``tcp://host:port``). Its workers must see the input and
    output folders at the same paths and have newsbrief installed; each loads the models once, keeps a warm
    kernel, and runs one batch at a time."""
    from distributed import Client
    from distributed import as_completed as dask_completed

    with Client(scheduler) as client:
        n_workers = max(workers, len(client.scheduler_info().get("workers", {})))
        chunks = chunked(jobs, size=batch_size(len(jobs), workers=n_workers))
        submit = lambda chunk: client.submit(process_batch, chunk, settings, pure=False)  # noqa: E731
        collect(chunks, settings, submit=submit, completed=dask_completed, analyse_in_parent=analyse_in_parent,
                on_outcome=on_outcome)


def collect(
    chunks: Sequence[list[Job]], settings: Settings, *, submit: Callable[[list[Job]], Any],
    completed: Callable[[list[Any]], Iterable[Any]], analyse_in_parent: bool, on_outcome: OnOutcome,
) -> None:
    """Submit every batch (analysed here first when ``analyse_in_parent``), reporting finished batches as they
    come, then wait for the rest."""
    pending: dict[Any, list[Job]] = {}
    for chunk in chunks:
        if analyse_in_parent:
            prepared = attach_analyses(chunk, settings)
            for outcome in prepared.failed:
                on_outcome(outcome)
            chunk = prepared.ready
        if chunk:
            pending[submit(chunk)] = chunk
        for future in [f for f in pending if f.done()]:
            report(future, pending.pop(future), on_outcome)
    for future in completed(list(pending)):
        report(future, pending.pop(future), on_outcome)


def report(future: Future[list[Outcome]] | Any, chunk: list[Job], on_outcome: OnOutcome) -> None:
    """Pass on the outcomes of a finished batch (failed outcomes when its worker failed)."""
    try:
        outcomes = future.result()
    except Exception as error:  # noqa: BLE001 - a dead process, a lost Dask worker, an unpicklable result...
        outcomes = failed_batch(chunk, error)
    for outcome in outcomes:
        on_outcome(outcome)
