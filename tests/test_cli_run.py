"""The ``newsbrief run`` command: progress bar on stderr, summary, exit status, incremental re-runs."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest

from newsbrief import cli

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ROOT / "data" / "samples" / "en-synthetic-ceasefire-talks.txt"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(["run", *argv])
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_run_refuses_a_bad_jobs_count(tmp_path, jobs):
    with pytest.raises(SystemExit) as info, contextlib.redirect_stderr(io.StringIO()):
        cli.main(["run", str(tmp_path), "--out", str(tmp_path / "o"), "--jobs", jobs])
    assert info.value.code == 2


def test_run_refuses_an_unknown_format(tmp_path):
    status, _, stderr = _run(str(tmp_path), "--out", str(tmp_path / "o"), "--to", "html,docx")
    assert status == 2 and "--to accepts html and pdf, not docx" in stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.slow
def test_run_reports_progress_and_skips_unchanged_documents(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    shutil.copy(ENGLISH, inputs / ENGLISH.name)
    (inputs / "empty.txt").write_text("")
    status, stdout, stderr = _run(str(inputs), "--out", str(out), "--to", "html")
    assert status == 1
    assert "2 document(s): 1 ok, 0 skipped (unchanged), 1 failed" in stdout
    assert "briefings: 100%" in stderr and "2/2" in stderr
    assert f"failed  {inputs / 'empty.txt'}: empty file\n" in stderr and "TCP" not in stderr  # the path once
    assert sorted(e["status"] for e in json.loads((out / "run.json").read_text())["entries"]) == ["failed", "ok"]

    status, stdout, _ = _run(str(inputs), "--out", str(out), "--to", "html", "--no-progress")
    assert status == 1 and "0 ok, 1 skipped (unchanged), 1 failed" in stdout
    (inputs / "empty.txt").unlink()
    status, stdout, _ = _run(str(inputs), "--out", str(out), "--to", "html", "--force", "--no-progress")
    assert status == 0 and "1 document(s): 1 ok, 0 skipped (unchanged), 0 failed" in stdout
