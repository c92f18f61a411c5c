"""Briefings for many documents: load, plan, analyse once, render on warm kernels, account for every input.

A run loads every input, gives each document a run key (:func:`run_key`: its analysis cache key -- input bytes,
parameters, newsbrief, spaCy and model versions -- with the notebook, the export template, the formats and the
input path) and skips those whose key matches an ``ok`` entry of the previous ``run.json`` with all its outputs
still there (``force`` redoes them). The others become jobs for :mod:`newsbrief.dispatch`: analysed in batches
(spaCy loaded once per process, ``nlp.pipe``, cached as ``<id>.analysis.json``), executed on a warm kernel per
worker, exported to HTML and PDF. A document that cannot be read or rendered becomes a failed entry with a
one-line reason, and the run goes on. ``run.json``, ``index.html`` and the tidy datasets
(:mod:`newsbrief.corpus_outputs`) account for every input. Nothing is printed: pass ``progress``.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newsbrief import rendering
from newsbrief.errors import NewsbriefError
from newsbrief.records import Document
from newsbrief.worker import STAGES, Entry, Job, Outcome, Settings, one_line, write_analysis

__all__ = ["Entry", "RunReport", "run_briefings", "write_analysis"]

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})
SKIPPED_NAMES = frozenset({"readme.md", "attribution.md"})
FORMATS = frozenset({"html", "pdf"})
Progress = Callable[[str, str], None]


@dataclass(frozen=True)
class RunReport:
    """Every entry of a run, in input order, and the seconds spent per stage (summed over documents)."""

    entries: tuple[Entry, ...]
    timings: dict[str, float] = field(default_factory=dict)
    overview_error: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for e in self.entries if e.status == status)

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def skipped(self) -> int:
        return self.count("skipped")

    def as_dict(self) -> dict[str, Any]:
        return {"entries": [e.as_dict() for e in self.entries], "failed": self.failed, "skipped": self.skipped,
                "ok": self.count("ok"), "total": len(self.entries), "overview_error": self.overview_error,
                "timings": {k: round(v, 3) for k, v in self.timings.items()}}


# --- inputs -------------------------------------------------------------------------------------------------------


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


def load_inputs(paths: Iterable[str], *,
                max_bytes: int | None = None) -> Iterator[tuple[str, Document | NewsbriefError]]:
    """Each input path with each of its documents, or with the error that stopped it (files over ``max_bytes``
    are refused; default: :data:`newsbrief.loading.DEFAULT_MAX_BYTES`)."""
    from newsbrief.loading import DEFAULT_MAX_BYTES, iter_documents

    for path in paths:
        try:
            for item in iter_documents(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES):
                yield path, item
        except NewsbriefError as error:
            yield path, error


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


def failed_entry(path: str, error: Exception, *, document_id: str | None = None) -> Entry:
    return Entry(path=path, id=document_id, status="failed", error=one_line(error))


def check_formats(formats: Iterable[str]) -> None:
    """Refuse a format other than html, pdf and ipynb (the executed notebook, always written)."""
    unknown = set(formats) - FORMATS - {"ipynb"}
    if unknown:
        raise ValueError(f"unknown format(s) {sorted(unknown)}; choose among html, pdf, ipynb")


# --- planning -----------------------------------------------------------------------------------------------------


def render_fingerprint(notebook: Path, *, formats: Iterable[str]) -> str:
    """A digest of what turns an analysis into briefings: the notebook, the export template, the formats."""
    digest = hashlib.sha256(Path(notebook).read_bytes())
    for path in sorted(p for p in rendering.TEMPLATES.rglob("*") if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(",".join(sorted(FORMATS.intersection(formats))).encode())
    return digest.hexdigest()


def run_key(document: Document, *, source: str, top_quotes: int, fingerprint: str) -> str:
    """The key a run records for a document; a later run skips the document while it is the same."""
    from newsbrief.analysis import analysis_parameters, cache_key

    analysis = cache_key(document, analysis_parameters(top_quotes=top_quotes))
    payload = json.dumps([analysis, fingerprint, str(Path(source).resolve()), document.id])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def previous_entries(out_dir: Path) -> dict[str, Entry]:
    """The entries of the previous run in ``out_dir`` with an id (none when there is no readable run.json)."""
    try:
        data = json.loads((Path(out_dir) / "run.json").read_text(encoding="utf-8"))
        entries = [Entry.from_dict(e) for e in data["entries"]]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {e.id: e for e in entries if e.id}


def still_valid(previous: Entry | None, *, key: str, out_dir: Path, formats: Iterable[str]) -> bool:
    """``previous`` succeeded with this key and every output it needs is still in ``out_dir``."""
    if previous is None or previous.status not in ("ok", "skipped") or previous.key != key:
        return False
    needed = {"analysis", "ipynb", *FORMATS.intersection(formats)}
    outputs = previous.outputs
    return needed <= set(outputs) and all((Path(out_dir) / outputs[name]).is_file() for name in needed)


@dataclass(frozen=True)
class Plan:
    """What a run does with each input: entries known now (unreadable, skipped) and jobs to run."""

    known: dict[int, Entry]
    jobs: list[Job]


def plan_run(
    loaded: Sequence[tuple[str, Document | NewsbriefError]], *, settings: Settings, previous: dict[str, Entry]
) -> Plan:
    """Unreadable inputs fail now, unchanged documents are skipped, the others become jobs."""
    fingerprint = render_fingerprint(Path(settings.notebook), formats=settings.formats)
    known: dict[int, Entry] = {}
    jobs: list[Job] = []
    for index, (path, item) in enumerate(loaded):
        if not isinstance(item, Document):
            known[index] = failed_entry(path, item)
            continue
        key = run_key(item, source=path, top_quotes=settings.top_quotes, fingerprint=fingerprint)
        before = previous.get(item.id)
        if not settings.force and before and still_valid(before, key=key, out_dir=Path(settings.out_dir),
                                                         formats=settings.formats):
            known[index] = replace(before, path=path, status="skipped", error=None)
        else:
            jobs.append(Job(index=index, source=path, document=item, key=key))
    return Plan(known, jobs)


# --- running ------------------------------------------------------------------------------------------------------


def status_text(entry: Entry) -> str:
    return f"failed: {entry.error}" if entry.status == "failed" else entry.status


def total_seconds(outcomes: Iterable[Outcome]) -> dict[str, float]:
    """Seconds per stage summed over ``outcomes`` (every stage present, 0 when unused)."""
    totals = dict.fromkeys(STAGES, 0.0)
    for outcome in outcomes:
        for stage, seconds in outcome.seconds.items():
            totals[stage] = totals.get(stage, 0.0) + seconds
    return totals


def execute_plan(
    plan: Plan, settings: Settings, *, jobs: int, scheduler: str | None, analyse_in_parent: bool,
    on_outcome: Callable[[Outcome], None],
) -> None:
    """Run the plan's jobs in this process (``jobs == 1``), on a local pool, or on the Dask cluster."""
    from newsbrief import dispatch

    if scheduler:
        dispatch.run_dask(plan.jobs, settings, scheduler=scheduler, workers=jobs,
                          analyse_in_parent=analyse_in_parent, on_outcome=on_outcome)
    elif jobs > 1 and len(plan.jobs) > 1:
        dispatch.run_pool(plan.jobs, settings, workers=jobs, analyse_in_parent=analyse_in_parent,
                          on_outcome=on_outcome)
    else:
        dispatch.run_inline(plan.jobs, settings, on_outcome=on_outcome)


def run_briefings(
    inputs: Sequence[str],
    *,
    out_dir: Path,
    formats: Sequence[str] = ("html", "pdf"),
    top_quotes: int = 8,
    notebook: Path | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
    jobs: int = 1,
    force: bool = False,
    scheduler: str | None = None,
    analyse_in_parent: bool = False,
    overview: bool = True,
) -> RunReport:
    """Briefings of every input (files, or folders of them) into ``out_dir``, with ``run.json``, ``index.html``
    and the tidy datasets.

    ``on_start(n)`` is called once the ``n`` documents are known; ``progress(label, status)`` once per document,
    ``label`` its id (or the input path when it could not be read), ``status`` ``"ok"``, ``"skipped"`` or
    ``"failed: reason"``. ``jobs`` worker processes (or the Dask cluster at ``scheduler``) do the work.
    With ``overview``, ``overview.html`` (the corpus notebook, ``notebooks/explore.ipynb``) is rendered too and
    linked from the index; a failure there is reported in ``run.json`` and does not fail the run.
    """
    started = time.perf_counter()
    settings = _settings(out_dir, formats, top_quotes, force, notebook)
    loaded = dedupe_ids(load_inputs(expand_inputs(inputs)))
    plan = plan_run(loaded, settings=settings, previous=previous_entries(Path(out_dir)))
    if on_start is not None:
        on_start(len(loaded))
    outcomes = _run_plan(plan, settings, progress, jobs=jobs, scheduler=scheduler,
                         analyse_in_parent=analyse_in_parent)
    entries = {**plan.known, **{o.index: o.entry for o in outcomes}}
    overview_error = _render_overview(Path(out_dir)) if overview and outcomes else None
    timings = {**total_seconds(outcomes), "wall": time.perf_counter() - started}
    report = RunReport(tuple(entries[i] for i in range(len(loaded))), timings, overview_error=overview_error)
    write_report(report, Path(out_dir))
    return report


def _run_plan(plan: Plan, settings: Settings, progress: Progress | None, *, jobs: int, scheduler: str | None,
              analyse_in_parent: bool) -> list[Outcome]:
    """The outcomes of the plan's jobs, in the order they end; ``progress`` hears of the documents known from a
    previous run first, then of each outcome as it comes."""
    for entry in plan.known.values():
        _notify(progress, entry)
    outcomes: list[Outcome] = []

    def on_outcome(outcome: Outcome) -> None:
        outcomes.append(outcome)
        _notify(progress, outcome.entry)

    execute_plan(plan, settings, jobs=jobs, scheduler=scheduler, analyse_in_parent=analyse_in_parent,
                 on_outcome=on_outcome)
    return outcomes


def _settings(out_dir: Path, formats: Sequence[str], top_quotes: int, force: bool,
              notebook: Path | None) -> Settings:
    """The run's settings, once the formats are checked, with ``out_dir`` made and cleared of a failed run's
    leftovers."""
    check_formats(formats)
    settings = Settings(out_dir=str(Path(out_dir).resolve()), formats=tuple(formats), top_quotes=top_quotes,
                        force=force, notebook=str(Path(notebook) if notebook else rendering.default_notebook()))
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    remove_leftovers(Path(out_dir))
    return settings


def _render_overview(out_dir: Path) -> str | None:
    """Render ``overview.html``; the one-line reason when it fails."""
    try:
        rendering.render_overview(out_dir)
    except NewsbriefError as error:
        (out_dir / "overview.html").unlink(missing_ok=True)
        return str(error).splitlines()[0]
    return None


def remove_leftovers(out_dir: Path) -> list[Path]:
    """Delete the temporary files a killed run left (``.<name>.*.tmp``, ``.<id>.running.ipynb``): outputs are
    only ever renamed into place whole, so these are the only half files there can be."""
    leftovers = [*out_dir.glob(".*.tmp"), *out_dir.glob(".*.running.ipynb")]
    for path in leftovers:
        path.unlink(missing_ok=True)
    return leftovers


def write_report(report: RunReport, out_dir: Path) -> None:
    """``run.json`` (sorted keys), ``index.html`` and the tidy datasets in ``out_dir``."""
    from newsbrief.corpus_outputs import write_corpus_outputs

    data = report.as_dict()
    if "SOURCE_DATE_EPOCH" in os.environ:  # a reproducible build: no clock readings in the outputs
        data.pop("timings")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    rendering.atomic_write_text(out_dir / "run.json", text + "\n")
    write_corpus_outputs(report.entries, out_dir)


def _notify(progress: Progress | None, entry: Entry) -> None:
    if progress is not None:
        progress(entry.id or entry.path, status_text(entry))
