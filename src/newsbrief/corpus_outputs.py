"""What a run writes about the whole corpus: ``index.html`` and the tidy datasets.

``index.html`` lists every input (title, date, language, top speakers, top entities, status, links), pre-sorted
by date (newest first) then title; clicking a column header re-sorts it with a few lines of inline script that
the page's Content-Security-Policy allows by hash (nothing else runs, nothing is fetched). The datasets, one row
per document, quote or entity, in input order then text order: ``documents.csv`` (id, path, title, date,
language, n_words, n_quotes, status), ``quotes.csv`` (document_id, start, end, text, speaker, kind, key, cue,
resolution), ``entities.csv`` (document_id, name, label, count, resolved_mentions, aliases joined by ``|``);
UTF-8, written with the csv module; also as Parquet when pyarrow is importable.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from newsbrief.display import top_entities
from newsbrief.records import Analysis
from newsbrief.rendering import atomic_write_bytes, atomic_write_text
from newsbrief.worker import Entry

DOCUMENT_FIELDS = ("id", "path", "title", "date", "language", "n_words", "n_quotes", "status")
QUOTE_FIELDS = ("document_id", "start", "end", "text", "speaker", "kind", "key", "cue", "resolution")
ENTITY_FIELDS = ("document_id", "name", "label", "count", "resolved_mentions", "aliases")
TOP_SPEAKERS = 3
TOP_ENTITIES = 5
OUTPUT_FORMATS = ("html", "pdf", "ipynb")


@dataclass(frozen=True)
class Briefing:
    """One input of a run with its analysis (``None`` when it could not be read or analysed)."""

    entry: Entry
    analysis: Analysis | None

    @property
    def top_speakers(self) -> list[str]:
        """The most-quoted speakers (speech quotes), most quoted first, ties by name."""
        quotes = self.analysis.quotes if self.analysis else ()
        counts = Counter(q.speaker for q in quotes if q.speaker and q.kind == "speech")
        return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][:TOP_SPEAKERS]

    @property
    def top_entities(self) -> list[str]:
        return [e.name for e in top_entities(self.analysis.entities, top=TOP_ENTITIES)] if self.analysis else []

    def as_dict(self) -> dict[str, Any]:
        return {"entry": self.entry.as_dict(), "top_speakers": self.top_speakers, "top_entities": self.top_entities}


def read_briefing(entry: Entry, out_dir: Path) -> Briefing:
    """``entry`` with the analysis it cached in ``out_dir`` (if any, and readable)."""
    name = entry.outputs.get("analysis")
    try:
        data = json.loads((Path(out_dir) / name).read_text(encoding="utf-8")) if name else None
        return Briefing(entry, Analysis.from_dict(data) if data else None)
    except (OSError, ValueError, KeyError, TypeError):
        return Briefing(entry, None)


# --- datasets -----------------------------------------------------------------------------------------------------


def document_row(briefing: Briefing) -> dict[str, Any]:
    entry, analysis = briefing.entry, briefing.analysis
    return {"id": entry.id, "path": entry.path, "title": entry.title, "date": entry.date,
            "language": entry.language, "n_words": analysis.document.n_words if analysis else None,
            "n_quotes": len(analysis.quotes) if analysis else None, "status": entry.status}


def quote_rows(briefing: Briefing) -> list[dict[str, Any]]:
    quotes = sorted(briefing.analysis.quotes, key=lambda q: (q.start, q.end)) if briefing.analysis else []
    return [{"document_id": briefing.entry.id, **{k: getattr(q, k) for k in QUOTE_FIELDS[1:]}} for q in quotes]


def entity_rows(briefing: Briefing) -> list[dict[str, Any]]:
    entities = briefing.analysis.entities if briefing.analysis else ()
    return [{"document_id": briefing.entry.id, "name": e.name, "label": e.label, "count": e.count,
             "resolved_mentions": e.resolved_mentions, "aliases": "|".join(e.aliases)} for e in entities]


def csv_text(fields: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """``rows`` as CSV with a header (``None`` as an empty field, ``\\n`` line ends)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: ("" if row.get(k) is None else row[k]) for k in fields} for row in rows)
    return buffer.getvalue()


def has_parquet() -> bool:
    return importlib.util.find_spec("pyarrow") is not None


def write_table(out_dir: Path, name: str, fields: Sequence[str], rows: list[dict[str, Any]]) -> list[Path]:
    """``<name>.csv`` (and ``<name>.parquet`` when pyarrow is importable) in ``out_dir``."""
    written = [atomic_write_text(out_dir / f"{name}.csv", csv_text(fields, rows))]
    if has_parquet():
        import pandas

        buffer = io.BytesIO()
        pandas.DataFrame(rows, columns=list(fields)).to_parquet(buffer, index=False)
        written.append(atomic_write_bytes(out_dir / f"{name}.parquet", buffer.getvalue()))
    return written


# --- index --------------------------------------------------------------------------------------------------------

SORT_SCRIPT = """(function () {
  var table = document.querySelector("table.briefings");
  table.tHead.addEventListener("click", function (event) {
    var th = event.target.closest("th"), body = table.tBodies[0];
    if (!th) { return; }
    var col = th.cellIndex, up = th.getAttribute("aria-sort") !== "ascending";
    var key = function (row) { var c = row.cells[col]; return c.getAttribute("data-key") || c.textContent; };
    var rows = Array.prototype.slice.call(body.rows).sort(function (a, b) {
      return (up ? 1 : -1) * key(a).localeCompare(key(b), undefined, {numeric: true});
    });
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
    rows.forEach(function (row) { body.appendChild(row); });
  });
})();"""

INDEX_CSS = """
body { font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #1b1b1b;
  margin: 2rem auto; max-width: 80rem; padding: 0 1rem; font-size: 10pt; }
h1 { font-size: 16pt; color: #1f4e79; border-bottom: 2.5px solid #1f4e79; padding-bottom: .3em; }
p.counts { color: #5f6368; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; border-bottom: 1.5px solid #1b1b1b; padding: .3em .6em .3em 0; color: #5f6368;
  cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " \\25B2"; }
th[aria-sort="descending"]::after { content: " \\25BC"; }
td { border-bottom: 1px solid #d0d4d9; padding: .3em .6em .3em 0; vertical-align: top; }
td.status { font-weight: 700; }
tr.ok td.status { color: #2e7d32; }
tr.skipped td.status { color: #1f4e79; }
tr.failed td.status { color: #b00020; }
td.path, td.error, td.speakers, td.entities { overflow-wrap: anywhere; color: #5f6368; font-size: 9pt; }
td.links, td.date { white-space: nowrap; }
td.links a { margin-right: .5em; }
"""
COLUMNS = ("Title", "Date", "Lang.", "Top speakers", "Top entities", "Status", "Briefing", "Input", "Error")


def script_hash(script: str) -> str:
    """The CSP source (``'sha256-...'``) that allows exactly ``script`` inline."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _links_html(outputs: Mapping[str, str]) -> str:
    return " ".join(f'<a href="{escape(outputs[fmt])}">{fmt}</a>' for fmt in OUTPUT_FORMATS if outputs.get(fmt))


def display_title(entry: Entry) -> str:
    """The title an index row shows: the document's, else its id, else its file name."""
    return entry.title or entry.id or Path(entry.path).name


def _title_html(entry: Entry) -> str:
    title = display_title(entry)
    short = escape(title if len(title) <= 120 else title[:119] + "\u2026")
    target = entry.outputs.get("html") or entry.outputs.get("ipynb")
    return f'<a href="{escape(target)}">{short}</a>' if target and entry.status != "failed" else short


def index_row_html(briefing: Briefing) -> str:
    """One row of the index."""
    entry = briefing.entry
    cells = [
        ("title", _title_html(entry)),
        ("date", escape(entry.date or "")),
        ("language", escape(entry.language or "")),
        ("speakers", escape(", ".join(briefing.top_speakers))),
        ("entities", escape(", ".join(briefing.top_entities))),
        ("status", escape(entry.status)),
        ("links", _links_html(entry.outputs)),
        ("path", f'<span title="{escape(entry.path)}">{escape(Path(entry.path).name)}</span>'),
        ("error", escape(entry.error or "")),
    ]
    return f'<tr class="{escape(entry.status)}">' + "".join(f'<td class="{c}">{v}</td>' for c, v in cells) + "</tr>"


def index_order(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Newest first, undated last; then by title, then by input path."""
    ordered = sorted(briefings, key=lambda b: (display_title(b.entry).casefold(), b.entry.path))
    return sorted(ordered, key=lambda b: b.entry.date or "", reverse=True)


def index_html(briefings: Iterable[Briefing], *, overview: bool = False) -> str:
    """A standalone page listing every input of a run (CSS inlined, one inline script allowed by hash)."""
    rows = index_order(briefings)
    counts = Counter(b.entry.status for b in rows)
    head = "".join(f"<th>{h}</th>" for h in COLUMNS)
    body = "\n".join(index_row_html(b) for b in rows)
    csp = f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src {script_hash(SORT_SCRIPT)}"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n<title>newsbrief briefings</title>\n'
        f"<style>{INDEX_CSS}</style>\n</head>\n<body>\n<h1>Briefings</h1>\n"
        f'<p class="counts">{len(rows)} documents, {counts["ok"]} ok, {counts["skipped"]} unchanged, '
        f'{counts["failed"]} failed. Click a column header to sort.</p>\n'
        + ('<p class="overview"><a href="overview.html">Corpus overview</a>: who is quoted most, who appears '
           'with whom, coverage over time, shared themes.</p>\n' if overview else "") +
        f'<table class="briefings">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n'
        f"<script>{SORT_SCRIPT}</script>\n</body>\n</html>\n"
    )


def write_corpus_outputs(entries: Iterable[Entry], out_dir: Path) -> list[Path]:
    """``index.html``, ``documents``, ``quotes`` and ``entities`` tables of a run's entries, in ``out_dir``."""
    out_dir = Path(out_dir)
    briefings = [read_briefing(entry, out_dir) for entry in entries]
    overview = (out_dir / "overview.html").is_file()
    written = [atomic_write_text(out_dir / "index.html", index_html(briefings, overview=overview))]
    written += write_table(out_dir, "documents", DOCUMENT_FIELDS, [document_row(b) for b in briefings])
    written += write_table(out_dir, "quotes", QUOTE_FIELDS, [r for b in briefings for r in quote_rows(b)])
    written += write_table(out_dir, "entities", ENTITY_FIELDS, [r for b in briefings for r in entity_rows(b)])
    return written
