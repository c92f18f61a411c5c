"""newsbrief.corpus_outputs: the index page and the tidy datasets of a run."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pandas
import pytest
from _briefing_sample import sample_analysis

from newsbrief import corpus_outputs as co
from newsbrief.records import Quote
from newsbrief.worker import Entry, write_analysis

EXTERNAL = re.compile(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?//""", re.I)
OUTPUTS = {"html": "a.html", "pdf": "a.pdf", "ipynb": "a.ipynb", "analysis": "a.analysis.json"}
ENTRIES = [
    Entry(path="in/a.txt", id="a", status="ok", title="Titre <A>", date="2026-02-06", language="fr",
          outputs=OUTPUTS),
    Entry(path="in/empty.txt", id=None, status="failed", error="in/empty.txt: empty file <x>"),
    Entry(path="in/b.txt", id="b", status="failed", error="b.ipynb: execution failed: KeyError: 'x'", title="B",
          language="en", outputs={"ipynb": "b.ipynb", "analysis": "b.analysis.json"}),
    Entry(path="in/c.txt", id="c", status="skipped", title="Ça", date="2026-03-01", language="fr",
          outputs={**OUTPUTS, "html": "c.html", "analysis": "c.analysis.json"}),
]


def _briefings() -> list[co.Briefing]:
    return [co.Briefing(e, sample_analysis() if e.id in ("a", "c") else None) for e in ENTRIES]


@pytest.fixture(scope="module")
def page() -> str:
    return co.index_html(_briefings())


def test_index_allows_only_its_own_script_by_hash(page):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    (script,) = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert f"script-src {co.script_hash(script)}" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1] and "default-src 'none'" in csp
    assert not EXTERNAL.search(page) and "http" not in script


def test_index_lists_every_entry_newest_first(page):
    titles = re.findall(r'<td class="title">(.*?)</td>', page)
    assert titles == ['<a href="c.html">Ça</a>', '<a href="a.html">Titre &lt;A&gt;</a>', "B", "empty.txt"]
    assert "4 documents, 1 ok, 1 unchanged, 2 failed" in page
    assert "in/empty.txt: empty file &lt;x&gt;" in page
    assert page.count('<tr class="failed">') == 2 and page.count('<tr class="skipped">') == 1


def test_index_shows_top_speakers_and_entities(page):
    row = co.index_row_html(_briefings()[0])
    assert '<td class="speakers">Kassym-Jomart Tokaïev' in row
    assert re.search(r'<td class="entities">[^<]*Kassym-Jomart Tokaïev', row)


@pytest.mark.parametrize(("index", "links"), [(0, ["a.html", "a.html", "a.pdf", "a.ipynb"]), (1, []),
                                             (2, ["b.ipynb"])])
def test_index_links_existing_outputs(index, links):
    assert re.findall(r'href="([^"]+)"', co.index_row_html(_briefings()[index])) == links


def test_top_speakers_most_quoted_first_speech_only():
    quotes = [Quote("x", 0, 1, speaker="B"), Quote("y", 2, 3, speaker="A"), Quote("z", 4, 5, speaker="B"),
              Quote("t", 6, 7, kind="title", speaker="C"), Quote("u", 8, 9, speaker=None)]
    briefing = co.Briefing(ENTRIES[0], replace(sample_analysis(), quotes=tuple(quotes)))
    assert briefing.top_speakers == ["B", "A"]
    assert co.Briefing(ENTRIES[1], None).top_speakers == [] and co.Briefing(ENTRIES[1], None).top_entities == []


def test_csv_text_quotes_and_blanks():
    text = co.csv_text(("a", "b"), [{"a": 'x, "y"', "b": None}, {"a": "é\nz", "b": 2}])
    assert list(csv.reader(io.StringIO(text))) == [["a", "b"], ['x, "y"', ""], ["é\nz", "2"]]


def test_rows_of_a_briefing():
    briefing = _briefings()[0]
    quotes, entities = co.quote_rows(briefing), co.entity_rows(briefing)
    assert [tuple(r) for r in quotes][0] == co.QUOTE_FIELDS
    assert [r["start"] for r in quotes] == sorted(r["start"] for r in quotes)
    assert {r["document_id"] for r in quotes + entities} == {"a"}
    tokayev = next(r for r in entities if r["name"] == "Kassym-Jomart Tokaïev")
    assert "|" in tokayev["aliases"] and tuple(tokayev) == co.ENTITY_FIELDS
    assert co.document_row(briefing)["n_quotes"] == len(sample_analysis().quotes)
    assert co.document_row(_briefings()[1])["n_words"] is None


def test_write_corpus_outputs_reads_cached_analyses(tmp_path, monkeypatch):
    monkeypatch.setattr(co, "has_parquet", lambda: False)
    write_analysis(sample_analysis(), tmp_path / "a.analysis.json")
    (tmp_path / "c.analysis.json").write_text("{broken", encoding="utf-8")
    written = co.write_corpus_outputs(ENTRIES, tmp_path)
    assert sorted(p.name for p in written) == ["documents.csv", "entities.csv", "index.html", "quotes.csv"]
    documents = pandas.read_csv(tmp_path / "documents.csv", encoding="utf-8", keep_default_na=False)
    assert list(documents.columns) == list(co.DOCUMENT_FIELDS)
    assert list(documents["status"]) == ["ok", "failed", "failed", "skipped"]
    assert list(documents["title"]) == ["Titre <A>", "", "B", "Ça"]
    quotes = pandas.read_csv(tmp_path / "quotes.csv", encoding="utf-8")
    assert set(quotes["document_id"]) == {"a"} and len(quotes) == len(sample_analysis().quotes)
    assert co.write_corpus_outputs(ENTRIES, tmp_path) == written
    assert (tmp_path / "quotes.csv").read_bytes() == co.csv_text(
        co.QUOTE_FIELDS, co.quote_rows(co.read_briefing(ENTRIES[0], tmp_path))).encode("utf-8")
