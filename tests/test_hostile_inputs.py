"""One batch over a folder of hostile files: every input accounted for, hostile ones refused with a reason, no
article script live in any briefing; and two runs under SOURCE_DATE_EPOCH give the same bytes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsbrief import batch
from newsbrief.cli import main

SEED = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_59a7decd111426f4.txt"

INJECTION = ("date 2026-03-01\nLe ministre <script>alert('titre')</script> répond\n\n"
             "« Nous ne céderons pas <script>alert('quote')</script> aux pressions », a déclaré le ministre "
             "Jean Dupont devant les députés réunis à Paris mardi soir.\n\n"
             "Le débat reprendra <img src=x onerror=alert(1)> la semaine prochaine au Parlement, selon "
             "plusieurs sources proches du dossier.")
GERMAN = ("Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen. Der Kanzler sagte, die Lage sei "
          "ernst, aber beherrschbar. Die Opposition kritisierte die Pläne scharf und forderte Neuwahlen.")


@pytest.fixture()
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "nothing.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    (folder / "huge.txt").write_bytes(b"a" * 5_000_001)
    (folder / "injection.txt").write_text(INJECTION, encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(SEED.read_text(encoding="utf-8").encode("cp1252"))
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "seed.md").write_bytes(SEED.read_bytes())  # same id as seed.txt: must not collide
    return folder


REFUSED = {"empty.txt": "empty", "junk.txt": "not text", "german.txt": "language", "nothing.html": "text",
           "huge.txt": "too large"}


@pytest.mark.slow
def test_hostile_batch(hostile_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = main(["run", str(hostile_folder), "--out", str(out), "--to", "html", "--no-progress",
                   "--no-overview"])
    assert status == 1
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    by_name = {Path(e["path"]).name: e for e in run["entries"]}
    assert set(by_name) == {p.name for p in hostile_folder.iterdir()}
    for name, reason in REFUSED.items():
        assert by_name[name]["status"] == "failed" and reason in by_name[name]["error"], name
    assert run["failed"] == len(REFUSED)
    stderr = capsys.readouterr().err
    assert all(name in stderr for name in REFUSED)
    ids = [e["id"] for e in run["entries"] if e["status"] == "ok"]
    assert len(ids) == len(set(ids)) == 4
    html = (out / f"{by_name['injection.txt']['id']}.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;quote&#x27;)&lt;/script&gt;" in html or "&lt;script&gt;" in html
    assert "Content-Security-Policy" in html
    assert "Ã©" not in (out / f"{by_name['cp1252.txt']['id']}.html").read_text(encoding="utf-8")
    for entry in run["entries"]:
        for name in entry["outputs"].values():
            assert (out / name).resolve().parent == out.resolve()


@pytest.mark.slow
def test_two_runs_under_source_date_epoch_are_byte_identical(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    batch.run_briefings([str(folder)], out_dir=out, formats=("html", "pdf"), overview=False)
    first = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    batch.run_briefings([str(folder)], out_dir=out, formats=("html", "pdf"), overview=False, force=True)
    second = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert set(first) == set(second) and {"seed.pdf", "seed.ipynb", "seed.html", "run.json"} <= set(first)
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.slow
def test_a_killed_run_leaves_no_half_file_and_the_next_run_completes(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"seed-{i}.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n\nCopie {i}.", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsbrief.cli", "run", str(folder), "--out", str(out), "--to", "html,pdf",
               "--no-progress", "--no-overview"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob("*.pdf")):
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    for html in out.glob("*.html"):
        assert html.read_text(encoding="utf-8").rstrip().endswith("</html>"), html
    for pdf in out.glob("*.pdf"):
        assert pdf.read_bytes().rstrip().endswith(b"%%EOF"), pdf
    report = batch.run_briefings([str(folder)], out_dir=out, formats=("html", "pdf"), overview=False)
    assert report.failed == 0 and report.count("ok") + report.skipped == 4
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    assert len(list(out.glob("*.pdf"))) == 4


@pytest.mark.slow
def test_a_long_input_of_twenty_pasted_articles_works(tmp_path: Path) -> None:
    from newsbrief.analysis import analyse_document
    from newsbrief.loading import load_document

    body = SEED.read_text(encoding="utf-8").strip().split(" ", 2)[2]  # without "date 2026-02-06"
    path = tmp_path / "long.txt"
    path.write_text("date 2026-02-06\n" + "\n\n".join([body] * 14), encoding="utf-8")
    document = load_document(path)
    assert len(document.text) > 70_000
    analysis = analyse_document(document)
    speech = [q for q in analysis.quotes if q.kind == "speech"]
    assert len(speech) >= 14 * 14 and all(document.text[q.start:q.end] == q.text for q in speech)
    assert analysis.entities[0].name == "Kassym-Jomart Tokaïev" and analysis.entities[0].count >= 14 * 11
