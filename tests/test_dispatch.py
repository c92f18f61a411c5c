"""newsbrief.dispatch: batches, failure isolation, and the same briefings in-process, on a pool and on Dask."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

import pytest
from _briefing_sample import sample_analysis

from newsbrief import batch, dispatch
from newsbrief.worker import Job, Outcome, Settings, job_entry

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
CORPUS = ("000_59a7decd111426f4.txt", "en-synthetic-ceasefire-talks.txt", "wikinews-fr-44551.html")


def _job(index: int) -> Job:
    document = replace(sample_analysis().document, id=f"d{index}")
    return Job(index=index, source=f"d{index}.txt", document=document, key=f"k{index}")


@pytest.mark.parametrize(("n", "workers", "size"), [(0, 2, 1), (1, 1, 1), (6, 2, 1), (30, 2, 4), (1000, 8, 4),
                                                    (20, 1, 4)])
def test_batch_size(n, workers, size):
    assert dispatch.batch_size(n, workers=workers) == size


def test_chunked_keeps_order_and_every_job():
    jobs = [_job(i) for i in range(7)]
    chunks = dispatch.chunked(jobs, size=3)
    assert [[j.index for j in c] for c in chunks] == [[0, 1, 2], [3, 4, 5], [6]]


def test_a_failed_worker_fails_its_batch_only():
    def task(chunk: list[Job]) -> list[Outcome]:
        if chunk[0].index == 2:
            raise MemoryError("killed")
        return [Outcome(job.index, job_entry(job, status="ok")) for job in chunk]

    seen: list[Outcome] = []
    settings = Settings(out_dir="out", notebook="nb.ipynb")
    with ThreadPoolExecutor(2) as pool:
        dispatch.collect(dispatch.chunked([_job(i) for i in range(4)], size=2), settings,
                         submit=lambda chunk: pool.submit(task, chunk), completed=as_completed,
                         analyse_in_parent=False, on_outcome=seen.append)
    by_index = {o.index: o.entry for o in seen}
    assert sorted(by_index) == [0, 1, 2, 3]
    assert [by_index[i].status for i in range(4)] == ["ok", "ok", "failed", "failed"]
    assert by_index[3].error == "worker failed: MemoryError: killed" and by_index[3].id == "d3"


# --- the same briefings wherever they are made (real analysis, kernels, processes) ---------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in CORPUS:
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "empty.txt").write_text("")
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.name.endswith((".analysis.json", ".html"))
            and p.name not in ("index.html", "overview.html")}


@pytest.fixture(scope="module")
def local_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[batch.RunReport, dict[str, bytes]]:
    out = tmp_path_factory.mktemp("local")
    report = batch.run_briefings([str(corpus)], out_dir=out, formats=("html",))
    return report, _outputs(out)


def _assert_same(report: batch.RunReport, outputs: dict[str, bytes], local_run) -> None:
    local_report, local_outputs = local_run
    assert [(e.id, e.status, e.error, e.outputs) for e in report.entries] == [  # the error says why one failed
        (e.id, e.status, e.error, e.outputs) for e in local_report.entries]
    assert report.failed == 1 and len(local_outputs) == 2 * len(CORPUS)
    assert outputs == local_outputs


@pytest.mark.slow
def test_pool_with_analysis_in_parent_makes_the_same_briefings(corpus, local_run, tmp_path):
    report = batch.run_briefings([str(corpus)], out_dir=tmp_path, formats=("html",), jobs=2,
                                 analyse_in_parent=True)
    _assert_same(report, _outputs(tmp_path), local_run)
    assert report.timings["analysis"] > 0 and report.timings["execute"] > 0


@pytest.mark.slow
def test_dask_cluster_makes_the_same_briefings(corpus, local_run, tmp_path):
    distributed = pytest.importorskip("distributed")
    import dask

    # On a loaded machine the workers (spaCy, a kernel each) and the scheduler answer slowly: four times the 30 s
    # Dask gives a connection to open or to answer (the workers get the setting from their nannies).
    generous = {"distributed.comm.timeouts.connect": "120s", "distributed.comm.timeouts.tcp": "120s"}
    with dask.config.set(generous), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        report = batch.run_briefings([str(corpus)], out_dir=tmp_path, formats=("html",), jobs=2,
                                     scheduler=cluster.scheduler_address)
    _assert_same(report, _outputs(tmp_path), local_run)
    assert report.timings["analysis"] > 0
