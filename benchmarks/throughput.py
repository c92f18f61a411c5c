"""Throughput of ``newsbrief run`` against the naive loop, on a corpus built from data/samples.

    .venv/bin/python benchmarks/throughput.py --n 100 --jobs 2 --to html,pdf --naive-n 10

Builds N distinct documents (copies of data/samples with a suffix and a tiny change, so each has its own id and
sha256), then measures:

* the naive loop, per document: ``papermill`` CLI executing notebooks/briefing.ipynb without ``analysis_path``
  (the kernel loads spaCy), ``jupyter nbconvert --to html --no-input``, then the PDF by WeasyPrint (newsbrief's
  ``write_pdf``) in a third process. With ``--naive-n M < N`` it runs on the first M documents only and the
  per-document cost is extrapolated to N (the output says so);
* ``newsbrief run`` over the whole corpus in one run (a subprocess), its wall time, its stage seconds (from
  run.json: analysis, execute, html, pdf, summed over documents), and the peak RSS (VmHWM) of every process it
  starts: workers and kernels (polled with psutil);
* the analysis stage (``analyse_documents``, models already loaded) against raw ``nlp.pipe`` on the same texts.

Prints documents per minute for both, their ratio, and the rest; ``--json PATH`` saves the numbers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
NOTEBOOK = ROOT / "notebooks" / "briefing.ipynb"
BIN = Path(sys.executable).parent
GIB = 1024**3


@dataclass
class Measure:
    documents: int
    seconds: float
    extrapolated_from: int | None = None
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def per_minute(self) -> float:
        return 60 * self.documents / self.seconds if self.seconds else 0.0


# --- corpus -------------------------------------------------------------------------------------------------------


def build_corpus(n: int, folder: Path) -> list[Path]:
    """``n`` copies of the sample articles, each with a distinct name and a tiny change (distinct sha256)."""
    from newsbrief.batch import is_candidate

    samples = [p for p in sorted(SAMPLES.iterdir()) if is_candidate(p)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        source = samples[i % len(samples)]
        target = folder / f"{source.stem}-c{i:04d}{source.suffix}"
        marker = f"\n<!-- copy {i} -->\n" if source.suffix in (".html", ".htm") else f"\n\n(Copie {i}.)\n"
        target.write_text(source.read_text(encoding="utf-8") + marker, encoding="utf-8")
        paths.append(target)
    return paths


# --- the naive loop -----------------------------------------------------------------------------------------------

PDF_SCRIPT = ("import sys; from pathlib import Path; from newsbrief.rendering import write_pdf; "
              "write_pdf(Path(sys.argv[1]).read_text(encoding='utf-8'), Path(sys.argv[2]))")


def _timed(command: list[str], stages: dict[str, float], stage: str) -> None:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=NOTEBOOK.parent)
    stages[stage] = stages.get(stage, 0.0) + time.perf_counter() - start


def naive_loop(paths: list[Path], out: Path, *, formats: set[str]) -> Measure:
    """papermill CLI, then nbconvert CLI, then the PDF, each in its own process, document after document."""
    out.mkdir(parents=True, exist_ok=True)
    stages: dict[str, float] = {}
    start = time.perf_counter()
    for path in paths:
        executed = out / f"{path.stem}.ipynb"
        _timed([str(BIN / "papermill"), str(NOTEBOOK), str(executed), "-p", "document_path", str(path.resolve()),
                "-p", "top_quotes", "8", "--no-progress-bar"], stages, "execute")
        _timed([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)], stages, "html")
        if "pdf" in formats:
            _timed([sys.executable, "-c", PDF_SCRIPT, str(executed.with_suffix(".html")),
                    str(executed.with_suffix(".pdf"))], stages, "pdf")
    return Measure(len(paths), time.perf_counter() - start, stages=stages)


def extrapolate(measure: Measure, n: int) -> Measure:
    scale = n / measure.documents
    return Measure(n, measure.seconds * scale, extrapolated_from=measure.documents,
                   stages={k: v * scale for k, v in measure.stages.items()})


# --- newsbrief run ------------------------------------------------------------------------------------------------


def peak_rss(pid: int) -> int:
    """The peak resident set (VmHWM) of a process, in bytes (its current RSS where /proc is not there)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    import psutil

    return int(psutil.Process(pid).memory_info().rss)


def role(process: Any, root: int) -> str | None:
    cmdline = " ".join(process.cmdline())
    if process.pid == root:
        return "main"
    if "ipykernel" in cmdline:
        return "kernel"
    if "resource_tracker" in cmdline:
        return None
    if "forkserver" in cmdline:  # pool workers are forked from the forkserver (a child of the run)
        parent = process.parent()  # and keep its command line, as does a short-lived fork of a worker
        return "worker" if parent is not None and parent.ppid() == root else None
    return "worker" if "python" in cmdline else None


def watch(root: int, peaks: dict[int, tuple[str, int]], stop: threading.Event) -> None:
    """Record the peak RSS of ``root`` and its descendants until ``stop`` is set."""
    import psutil

    while not stop.is_set():
        try:
            processes = [psutil.Process(root), *psutil.Process(root).children(recursive=True)]
        except psutil.Error:
            return
        for process in processes:
            try:
                kind = role(process, root)
                if kind:
                    peaks[process.pid] = (kind, max(peak_rss(process.pid), peaks.get(process.pid, ("", 0))[1]))
            except (psutil.Error, OSError):
                continue
        stop.wait(0.25)


def newsbrief_run(corpus: Path, out: Path, *, jobs: int, formats: str, analyse_in: str) -> tuple[Measure, dict]:
    command = [str(BIN / "newsbrief"), "run", str(corpus), "--out", str(out), "--to", formats, "--jobs", str(jobs),
               "--no-progress", "--no-overview", "--analyse-in", analyse_in]  # the naive loop makes no overview
    peaks: dict[int, tuple[str, int]] = {}
    stop = threading.Event()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watcher = threading.Thread(target=watch, args=(process.pid, peaks, stop), daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    watcher.join()
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    if report["failed"]:
        print(f"warning: {report['failed']} document(s) failed\n{stderr[-2000:]}", file=sys.stderr)
    measure = Measure(report["total"], seconds, stages={k: v for k, v in report["timings"].items() if k != "wall"})
    return measure, {"peaks": peaks, "status": process.returncode, "counts": {k: report[k] for k in
                                                                             ("ok", "failed", "skipped")}}


# --- analysis stage against raw nlp.pipe --------------------------------------------------------------------------


def analysis_vs_pipe(paths: list[Path]) -> dict[str, float]:
    """Seconds of ``analyse_documents`` and of bare ``nlp.pipe`` on the same documents. What a process loads once
    is left out of both: the models, and the package's shipped word frequencies (about 0.5 s per language, read at
    the first keyphrase ranking), warmed by analysing one document of each language first."""
    from newsbrief.analysis import analyse_documents
    from newsbrief.loading import load_document
    from newsbrief.nlp import load_pipeline, normalise_text

    documents = [load_document(p) for p in paths]
    by_language: dict[str, list[str]] = {}
    for document in documents:
        by_language.setdefault(document.language, []).append(normalise_text(document.text, document.language))
        load_pipeline(document.language)
    list(analyse_documents([next(d for d in documents if d.language == language) for language in by_language]))
    start = time.perf_counter()
    for language, texts in by_language.items():
        list(load_pipeline(language).pipe(texts, batch_size=8))
    raw = time.perf_counter() - start
    start = time.perf_counter()
    list(analyse_documents(documents))
    stage = time.perf_counter() - start
    return {"documents": len(documents), "nlp_pipe": raw, "analysis_stage": stage, "ratio": stage / raw}


# --- report -------------------------------------------------------------------------------------------------------


def print_report(args: argparse.Namespace, naive: Measure | None, run: Measure, info: dict, pipe: dict | None) -> None:
    print(f"corpus: {args.n} documents from {SAMPLES.relative_to(ROOT)}; --to {args.to}; --jobs {args.jobs}; "
          f"analysis in {args.analyse_in}")
    print(f"newsbrief run: {run.seconds:.1f} s, {run.per_minute:.1f} documents/minute "
          f"({info['counts']}, exit status {info['status']})")
    stages = ", ".join(f"{k} {v:.1f} s ({v / run.documents:.2f} s/doc)" for k, v in run.stages.items())
    print(f"  stage seconds summed over documents (all workers): {stages}")
    for pid, (kind, rss) in sorted(info["peaks"].items(), key=lambda item: item[1]):
        print(f"  peak RSS {kind:<6} pid {pid}: {rss / GIB:.2f} GiB")
    if naive is not None:
        how = f" (measured on {naive.extrapolated_from} documents, extrapolated per document to {naive.documents})" \
            if naive.extrapolated_from else ""
        print(f"naive loop: {naive.seconds:.1f} s, {naive.per_minute:.1f} documents/minute{how}")
        stages = ", ".join(f"{k} {v / naive.documents:.2f} s/doc" for k, v in naive.stages.items())
        print(f"  {stages}")
        print(f"speed-up: {run.per_minute / naive.per_minute:.1f}x")
    if pipe is not None:
        print(f"analysis stage {pipe['analysis_stage']:.2f} s vs raw nlp.pipe {pipe['nlp_pipe']:.2f} s on "
              f"{pipe['documents']} documents: {pipe['ratio']:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="documents in the corpus (default 100)")
    parser.add_argument("--jobs", type=int, default=2, help="newsbrief run --jobs (default 2)")
    parser.add_argument("--to", default="html,pdf", choices=("html,pdf", "html"))
    parser.add_argument("--naive-n", type=int, default=10, help="documents for the naive loop (0: skip it)")
    parser.add_argument("--analyse-in", choices=("workers", "parent"), default="workers")
    parser.add_argument("--pipe-n", type=int, default=0, help="documents for analysis vs nlp.pipe (0: skip)")
    parser.add_argument("--workdir", type=Path, help="keep the corpus and outputs here (default: a temp folder)")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="newsbrief-bench-"))
    try:
        paths = build_corpus(args.n, work / "corpus")
        run, info = newsbrief_run(work / "corpus", work / "run", jobs=args.jobs, formats=args.to,
                                  analyse_in=args.analyse_in)
        naive = None
        if args.naive_n:
            naive = naive_loop(paths[:args.naive_n], work / "naive", formats=set(args.to.split(",")))
            naive = extrapolate(naive, args.n) if args.naive_n < args.n else naive
        pipe = analysis_vs_pipe(paths[:args.pipe_n]) if args.pipe_n else None
        print_report(args, naive, run, info, pipe)
        if args.json:
            data = {"args": {k: str(v) for k, v in vars(args).items()}, "run": asdict(run), "naive":
                    asdict(naive) if naive else None, "peaks": info["peaks"], "pipe": pipe}
            args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
