"""The ``newsbrief`` command: a thin layer over the package (the only module that prints).

    newsbrief analyse PATH... [--format jsonl|json]      one JSON object per document on stdout
    newsbrief run PATH... --out DIR [--to html,pdf] [--jobs N] [--force] [--scheduler tcp://HOST:PORT]
                                                          briefings (notebook, HTML, PDF), index.html, run.json,
                                                          documents/quotes/entities.csv; unchanged ones skipped
    newsbrief evaluate quotes --gold DIR FILE...         quote and speaker scores against gold
    newsbrief evaluate entities --gold DIR FILE...       entity-count scores against gold
    newsbrief evaluate keyphrases --references TSV FILE...  keyphrase P/R/F@5,10 against references
    newsbrief evaluate themes --gold DIR FILE...         themes against the gold's theme descriptions

Exit status: 0 when every document succeeded, 1 when any failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.loading import DEFAULT_MAX_BYTES
from newsbrief.records import Document


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except NewsbriefError as error:
        print(f"newsbrief: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsbrief: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbrief", description="Briefings from press articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    analyse = commands.add_parser("analyse", aliases=["analyze"], help="analyse documents, print JSON lines")
    analyse.add_argument("paths", nargs="+", help="article files (.txt .md .html .json .jsonl)")
    analyse.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    _add_common(analyse)
    analyse.set_defaults(handler=_analyse)

    run = commands.add_parser("run", help="render briefings for files or folders")
    run.add_argument("paths", nargs="+", help="article files or folders")
    run.add_argument("--out", required=True, type=Path, help="output folder")
    run.add_argument("--to", default="html,pdf", help="comma-separated outputs: html, pdf (default both)")
    run.add_argument("--jobs", "-j", type=_positive, default=1, help="worker processes (default 1)")
    run.add_argument("--force", action="store_true", help="redo documents that did not change since the last run")
    run.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run on this Dask cluster instead of locally")
    run.add_argument("--analyse-in", choices=("workers", "parent"), default="workers",
                     help="where the spaCy analysis runs: in each worker (default) or in this process")
    run.add_argument("--no-progress", action="store_true", help="no progress bar (failures are still reported)")
    run.add_argument("--no-overview", action="store_true", help="skip the corpus overview (overview.html)")
    _add_common(run)
    run.set_defaults(handler=_run)

    evaluate = commands.add_parser("evaluate", help="score extraction against gold annotations")
    evaluate.add_argument("measure", choices=("quotes", "entities", "keyphrases", "themes"))
    evaluate.add_argument("paths", nargs="+", help="article files to analyse and score")
    evaluate.add_argument("--gold", type=Path, help="folder of gold JSON files (quotes, entities, themes)")
    evaluate.add_argument("--references", type=Path, help="keyphrases.tsv (keyphrases)")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--top", type=int, default=10, help="keyphrases kept per document (default 10)")
    _add_common(evaluate)
    evaluate.set_defaults(handler=_evaluate)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--top-quotes", type=int, default=8, help="key quotes per briefing (default 8)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES})")


# --- analyse ------------------------------------------------------------------------------------------------------


def _analyse(args: argparse.Namespace) -> int:
    from newsbrief.analysis import analyse_documents

    items = _load_all(args.paths, args.max_bytes)
    documents = [item for _, item in items if isinstance(item, Document)]
    analyses = iter(analyse_documents(documents, top_quotes=args.top_quotes))
    results: list[dict[str, Any]] = []
    for path, item in items:
        if isinstance(item, Document):
            results.append(next(analyses).as_dict())
        else:
            print(f"newsbrief: {item}", file=sys.stderr)
            results.append({"document": {"path": getattr(item, "path", path)},
                            "error": getattr(item, "reason", str(item))})
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for result in results:
            print(json.dumps(result, ensure_ascii=False))
    return 1 if any("error" in r for r in results) else 0


def _load_all(paths: Sequence[str], max_bytes: int) -> list[tuple[str, Document | NewsbriefError]]:
    from newsbrief.batch import load_inputs

    return list(load_inputs(paths, max_bytes=max_bytes))


# --- run ----------------------------------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    from newsbrief.batch import run_briefings

    formats = tuple(f.strip() for f in args.to.split(",") if f.strip())
    unknown = set(formats) - {"html", "pdf"}
    if unknown:
        print(f"newsbrief: --to accepts html and pdf, not {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    with _ProgressBar(enabled=not args.no_progress) as bar:
        report = run_briefings(args.paths, out_dir=args.out, formats=formats, top_quotes=args.top_quotes,
                               jobs=args.jobs, force=args.force, scheduler=args.scheduler,
                               overview=not args.no_overview,
                               analyse_in_parent=args.analyse_in == "parent", on_start=bar.start,
                               progress=bar.update)
    counts = f"{report.count('ok')} ok, {report.skipped} skipped (unchanged), {report.failed} failed"
    print(f"{len(report.entries)} document(s): {counts}; index: {args.out / 'index.html'}")
    if report.overview_error:
        print(f"newsbrief: corpus overview not rendered: {report.overview_error}", file=sys.stderr)
    elif (args.out / "overview.html").is_file():
        print(f"corpus overview: {args.out / 'overview.html'}")
    return 1 if report.failed else 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


class _ProgressBar:
    """A tqdm bar on stderr: one step per document, its id and status beside the bar; failures on a line each."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def start(self, total: int) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, disable=not self.enabled,
                        desc="briefings")

    def update(self, label: str, status: str) -> None:
        from tqdm import tqdm

        if status.startswith("failed"):
            reason = status.removeprefix("failed: ")  # an InputError's message already starts with its path
            tqdm.write(f"failed  {reason if reason.startswith(label) else f'{label}: {reason}'}", file=sys.stderr)
        if self.bar is not None:
            self.bar.set_postfix_str(f"{status.split(':')[0]} {label}", refresh=False)
            self.bar.update(1)


# --- evaluate -----------------------------------------------------------------------------------------------------


def _evaluate(args: argparse.Namespace) -> int:
    from newsbrief import evaluate

    systems = _system_outputs(args)
    if args.measure == "keyphrases":
        if args.references is None:
            print("newsbrief: evaluate keyphrases needs --references keyphrases.tsv", file=sys.stderr)
            return 2
        references = evaluate.parse_keyphrase_references(args.references.read_text(encoding="utf-8"))
        pairs_kp = [(s["keyphrases"][: args.top], references[Path(p).name]) for p, s in systems
                    if Path(p).name in references]
        report: Any = evaluate.score_keyphrases(pairs_kp, language=_language(systems))
    else:
        if args.gold is None:
            print(f"newsbrief: evaluate {args.measure} needs --gold DIR", file=sys.stderr)
            return 2
        golds = _gold_index(args.gold)
        pairs = [(s, _gold_for(golds, p)) for p, s in systems]
        scorers = {"quotes": evaluate.score_quotes, "entities": evaluate.score_entities,
                   "themes": evaluate.score_themes}
        report = scorers[args.measure](pairs)
    print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) if args.json else report.format_table())
    return 0


def _system_outputs(args: argparse.Namespace) -> list[tuple[str, dict[str, Any]]]:
    from newsbrief.analysis import analyse_documents

    items = _load_all(args.paths, args.max_bytes)
    for _, item in items:
        if isinstance(item, NewsbriefError):
            raise item
    documents = [item for _, item in items if isinstance(item, Document)]
    analyses = analyse_documents(documents, top_quotes=args.top_quotes)
    return [(path, analysis.as_dict()) for (path, _), analysis in zip(items, analyses)]


def _gold_index(folder: Path) -> dict[str, dict[str, Any]]:
    """Gold annotations of a folder by the article file name they name (their "file" field)."""
    index: dict[str, dict[str, Any]] = {}
    for gold_path in sorted(folder.glob("*.json")):
        gold = dict(json.loads(gold_path.read_text(encoding="utf-8")))
        index[str(gold.get("file") or gold_path.stem)] = gold
    return index


def _gold_for(golds: dict[str, dict[str, Any]], path: str) -> dict[str, Any]:
    name = Path(path).name
    gold = golds.get(name) or next((g for f, g in golds.items() if Path(f).stem == Path(name).stem), None)
    if gold is None:
        raise InputError(path, "no gold annotation names this file")
    return gold


def _language(systems: list[tuple[str, dict[str, Any]]]) -> str:
    languages = {s["document"]["language"] for _, s in systems}
    return languages.pop() if len(languages) == 1 else "fr"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
